//! Criterion benchmarks of skill extraction and profile parsing with the built-in taxonomy.
//!
//! The corpus is synthetic job-posting text made from `benches/corpus_words.txt` by a
//! deterministic generator that `benches/peers.py` reproduces, so the Rust and Python
//! figures are on the same text.

#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use jobmatch::{Extractor, ExtractorOptions, Job, Resume, Taxonomy, YearMonth};

/// The corpus generator shared with `benches/peers.py`: a 64-bit LCG picks words; about one
/// token in eight is a skill phrase; sentences of 8-23 tokens; a newline every 4 sentences.
fn corpus(target_bytes: usize) -> String {
    let vocab = include_str!("corpus_words.txt");
    let mut filler = Vec::new();
    let mut skills = Vec::new();
    let mut in_skills = false;
    for line in vocab.lines().filter(|l| !l.starts_with('#')) {
        if line == "[skills]" {
            in_skills = true;
        } else if in_skills {
            skills.push(line);
        } else {
            filler.extend(line.split_whitespace());
        }
    }
    let mut x: u64 = 42;
    let mut next = |n: usize| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((x >> 33) % n as u64) as usize
    };
    let mut out = String::with_capacity(target_bytes + 256);
    let mut sentence = 0;
    while out.len() < target_bytes {
        let len = 8 + next(16);
        for i in 0..len {
            if i > 0 {
                out.push(' ');
            }
            if next(8) == 0 {
                out.push_str(skills[next(skills.len())]);
            } else {
                out.push_str(filler[next(filler.len())]);
            }
        }
        out.push('.');
        sentence += 1;
        out.push(if sentence % 4 == 0 { '\n' } else { ' ' });
    }
    out
}

fn bench_extract(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let text = corpus(2 << 20);
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("builtin/one_text_2MiB", |b| {
        b.iter(|| black_box(ex.extract(black_box(&text))))
    });
    // The reference point the speed target is stated against: a plain Aho-Corasick scan
    // (the `aho-corasick` crate, leftmost-longest, ASCII case-insensitive) of the same
    // surface forms, keeping the matches that start and end at word boundaries. Timed in
    // the same run so the ratio holds however fast the machine is that day.
    let taxonomy = Taxonomy::builtin();
    let forms: Vec<&str> = taxonomy
        .surface_forms()
        .into_iter()
        .map(|(form, _, _)| form.trim())
        .filter(|form| !form.is_empty())
        .collect();
    let plain = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&forms)
        .unwrap();
    g.bench_function("plain_aho_corasick_baseline/one_text_2MiB", |b| {
        b.iter(|| {
            let hay = black_box(&text).as_bytes();
            let word = |i: usize| hay.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
            let found: Vec<_> = plain
                .find_iter(hay)
                .filter(|m| (m.start() == 0 || !word(m.start() - 1)) && !word(m.end()))
                .collect();
            black_box(found)
        })
    });
    let fuzzy = Extractor::new(
        Arc::clone(&taxonomy),
        ExtractorOptions::default().fuzzy(true),
    )
    .unwrap();
    g.bench_function("builtin_fuzzy/one_text_2MiB", |b| {
        b.iter(|| black_box(fuzzy.extract(black_box(&text))))
    });
    g.finish();

    // 4 KiB documents, as postings and resumes come.
    let docs: Vec<&str> = {
        let mut v = Vec::new();
        let mut rest = text.as_str();
        while rest.len() > 4096 {
            let cut = rest[..4096].rfind(' ').unwrap_or(4096);
            v.push(&rest[..cut]);
            rest = &rest[cut..];
        }
        v
    };
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group("extract_many");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    for workers in [1i64, 2] {
        g.bench_with_input(BenchmarkId::new("workers", workers), &workers, |b, &w| {
            b.iter(|| black_box(ex.extract_many(&docs, Some(w)).unwrap()))
        });
    }
    g.finish();
}

/// The example postings and resumes written for the project (`python/jobmatch/examples/jobs`,
/// `python/jobmatch/examples/resumes`).
fn examples(dir: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(path)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn bench_parse(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let today = YearMonth::new(2026, 11).unwrap();
    let jobs = examples("python/jobmatch/examples/jobs");
    let resumes = examples("python/jobmatch/examples/resumes");
    let mut g = c.benchmark_group("parse");
    g.sample_size(20);
    let bytes = |v: &[String]| v.iter().map(String::len).sum::<usize>() as u64;
    g.throughput(Throughput::Bytes(bytes(&jobs)));
    g.bench_function("jobs/examples", |b| {
        b.iter(|| {
            for t in &jobs {
                black_box(Job::parse(t, &ex));
            }
        })
    });
    g.throughput(Throughput::Bytes(bytes(&resumes)));
    g.bench_function("resumes/examples", |b| {
        b.iter(|| {
            for t in &resumes {
                black_box(Resume::parse(t, &ex, today));
            }
        })
    });
    // Batches: the examples forty times over.
    let many: Vec<String> = (0..40).flat_map(|_| jobs.iter().cloned()).collect();
    g.throughput(Throughput::Bytes(bytes(&many)));
    for workers in [1i64, 2] {
        g.bench_with_input(
            BenchmarkId::new("parse_jobs/workers", workers),
            &workers,
            |b, &w| b.iter(|| black_box(ex.parse_jobs(&many, Some(w)).unwrap())),
        );
    }
    g.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("taxonomy_and_extractor_from_scratch", |b| {
        b.iter(|| {
            let tax = Arc::new(Taxonomy::from_tsv(Taxonomy::builtin_tsv(), "builtin").unwrap());
            black_box(Extractor::new(tax, ExtractorOptions::default()).unwrap())
        })
    });
    g.bench_function("parse_builtin_taxonomy", |b| {
        b.iter(|| black_box(Taxonomy::from_tsv(Taxonomy::builtin_tsv(), "builtin").unwrap()))
    });
    let tax = Taxonomy::builtin();
    g.bench_function("build_builtin_extractor", |b| {
        b.iter(|| black_box(Extractor::new(Arc::clone(&tax), ExtractorOptions::default()).unwrap()))
    });
    g.finish();
    let ex = Extractor::builtin();
    eprintln!(
        "built-in extractor: {} surface forms, automaton and tables {:.1} MB",
        ex.pattern_count(),
        ex.memory_usage() as f64 / 1e6
    );
}

criterion_group!(benches, bench_extract, bench_parse, bench_build);
criterion_main!(benches);
