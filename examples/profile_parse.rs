//! Parses the example postings and resumes many times (for profilers):
//! `profile_parse N [extract]`; with `extract`, only extracts their skills, for comparison.
#![allow(missing_docs)]
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let extract_only = args.next().as_deref() == Some("extract");
    let read = |dir: &str| -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    };
    let jobs = read("python/jobmatch/examples/jobs");
    let resumes = read("python/jobmatch/examples/resumes");
    let ex = jobmatch::Extractor::builtin();
    let today = jobmatch::YearMonth::new(2026, 11).unwrap_or_else(jobmatch::YearMonth::now);
    let bytes: usize = jobs.iter().chain(&resumes).map(String::len).sum();
    let t = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..n {
        for j in &jobs {
            found += if extract_only {
                ex.extract(j).len()
            } else {
                jobmatch::Job::parse(j, &ex).skills.len()
            };
        }
        for r in &resumes {
            found += if extract_only {
                ex.extract(r).len()
            } else {
                jobmatch::Resume::parse(r, &ex, today).skills.len()
            };
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{found} {}, {:.1} MB/s",
        if extract_only { "mentions" } else { "skills" },
        (bytes * n) as f64 / secs / 1e6
    );
}
