//! Time and memory bounds on pathological input.
//!
//! Each case runs at two sizes, 4× apart: with linear work the throughput (MiB/s) is the
//! same at both. Before the timings, one pass per case prints the peak heap memory (a
//! counting allocator) for the sizes named in the reliability requirements: a 50 MB
//! line, 1,000,000 "C++ ", 100,000 nested brackets, 10,000 date ranges, a posting of
//! numbers, a taxonomy of 1,000,000 surface forms.
//!
//! `cargo bench --bench adversarial`

#![allow(clippy::unwrap_used, missing_docs, unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use jobmatch::{Extractor, ExtractorOptions, Job, Resume, Skill, SkillKind, Taxonomy, YearMonth};

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn today() -> YearMonth {
    YearMonth::new(2026, 11).unwrap()
}

/// The pathological texts, by name, at about `size` bytes.
fn case(name: &str, size: usize) -> String {
    let repeat = |unit: &str| unit.repeat((size / unit.len()).max(1));
    match name {
        "one_line" => repeat("Senior engineer, 5+ years of experience with Python and SQL; "),
        "cpp" => repeat("C++ "),
        "brackets" => {
            let depth = size / 2;
            format!("{}Python{}", "(".repeat(depth), ")".repeat(depth))
        }
        "date_ranges" => {
            let mut text = String::from("Experience\n");
            let mut i = 0;
            while text.len() < size {
                let year = 1990 + (i % 35);
                text.push_str(&format!(
                    "Engineer {i}, Company {i}\nJan {year} - Mar {year}\nPython and SQL.\n\n"
                ));
                i += 1;
            }
            text
        }
        "numbers" => {
            let mut text = String::new();
            let mut x: u64 = 12345;
            while text.len() < size {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let sep = [" ", "\n", "-", ".", " - ", "/", "+ "][(x >> 60) as usize % 7];
                text.push_str(&format!("{}{sep}", (x >> 33) % 100_000));
            }
            text
        }
        "dates_one_line" => repeat("Jan 2019 - Mar 2020 "),
        "masters" => repeat("Our scrum master masters the board. "),
        "a_year" => repeat("We pay $90,000 a year, reviewed once a year. "),
        "alternatives" => repeat("Python or Java, Go or Rust\n"),
        "skills_line" => format!("SKILLS\n{}\n", repeat("good excel use, ")),
        "llm_line" => format!("LLB {}", repeat("LLM ")),
        "everyday_nouns" => repeat("Apache Kafka, Beam, Impala, "),
        _ => unreachable!(),
    }
}

const CASES: [&str; 12] = [
    "one_line",
    "cpp",
    "brackets",
    "date_ranges",
    "numbers",
    "dates_one_line",
    "masters",
    "a_year",
    "alternatives",
    "skills_line",
    "llm_line",
    "everyday_nouns",
];

fn big_taxonomy(skills: usize) -> Taxonomy {
    Taxonomy::from_skills(
        (0..skills)
            .map(|i| {
                Skill::new(format!("t:{i}"), format!("Tool{i} Suite"), SkillKind::Tool)
                    .with_aliases([format!("tool{i}"), format!("tool-{i}"), format!("t{i}x")])
            })
            .collect(),
    )
    .unwrap()
}

/// One measured pass: seconds and peak heap bytes above what was live before.
fn measure<T>(f: impl FnOnce() -> T) -> (f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    black_box(f());
    let secs = t.elapsed().as_secs_f64();
    (secs, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

fn report() {
    let ex = Extractor::builtin();
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!("\npeak heap and time, one pass each (input size; extract, parse job, parse resume):");
    let sized = [
        ("one_line", 50 * 1024 * 1024),
        ("cpp", 4_000_000),
        ("brackets", 200_000),
        ("date_ranges", 650_000),
        ("numbers", 1_000_000),
        ("dates_one_line", 4_000_000),
        ("masters", 4_000_000),
        ("a_year", 4_000_000),
    ];
    for (name, size) in sized {
        let text = case(name, size);
        let (te, me) = measure(|| ex.extract(&text));
        let (tj, mj) = measure(|| Job::parse(&text, &ex));
        let (tr, mr) = measure(|| Resume::parse(&text, &ex, today()));
        println!(
            "  {name:<15} {:>7.1} MiB  extract {te:>6.3} s {:>7.1} MiB  job {tj:>6.3} s {:>7.1} MiB  resume {tr:>6.3} s {:>7.1} MiB",
            mib(text.len()),
            mib(me),
            mib(mj),
            mib(mr)
        );
    }
    let (tb, mb) = measure(|| {
        let tax = Arc::new(big_taxonomy(250_000));
        Extractor::new(tax, ExtractorOptions::default()).unwrap()
    });
    println!(
        "  taxonomy of 1,000,000 surface forms: build {tb:.2} s, peak {:.0} MiB",
        mib(mb)
    );
}

fn bench(c: &mut Criterion) {
    report();
    let ex = Extractor::builtin();
    for name in CASES {
        let mut g = c.benchmark_group(format!("adversarial/{name}"));
        g.sample_size(10);
        for size in [1 << 20, 4 << 20] {
            let text = case(name, size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new("parse_job", size >> 20), &text, |b, t| {
                b.iter(|| Job::parse(t, &ex))
            });
            g.bench_with_input(
                BenchmarkId::new("parse_resume", size >> 20),
                &text,
                |b, t| b.iter(|| Resume::parse(t, &ex, today())),
            );
        }
        g.finish();
    }
    let mut g = c.benchmark_group("adversarial/taxonomy");
    g.sample_size(10);
    for skills in [62_500, 250_000] {
        g.throughput(Throughput::Elements(4 * skills as u64));
        g.bench_with_input(BenchmarkId::new("build", 4 * skills), &skills, |b, &n| {
            b.iter(|| {
                Extractor::new(Arc::new(big_taxonomy(n)), ExtractorOptions::default()).unwrap()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
