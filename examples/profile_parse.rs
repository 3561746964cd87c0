//! Parses the example postings and resumes many times (for profilers):
//! `profile_parse N [extract|index] [JOBS_DIR RESUMES_DIR]`; with `extract`, only extracts
//! their skills, for comparison; with `index`, parses the jobs and adds the resume texts to
//! a matcher's resume index on one worker, as `top_k` from texts does; with two folders,
//! parses the texts in them instead.
#![allow(missing_docs)]
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let mut rest: Vec<String> = args.collect();
    let mode = rest.first().cloned().unwrap_or_default();
    let extract_only = mode == "extract";
    let index = mode == "index";
    if extract_only || index {
        rest.remove(0);
    }
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
    let (jobs_dir, resumes_dir) = match rest.as_slice() {
        [j, r] => (j.as_str(), r.as_str()),
        _ => (
            "python/jobmatch/examples/jobs",
            "python/jobmatch/examples/resumes",
        ),
    };
    let jobs = read(jobs_dir);
    let resumes = read(resumes_dir);
    let ex = jobmatch::Extractor::builtin();
    let today = jobmatch::YearMonth::new(2026, 11).unwrap_or_else(jobmatch::YearMonth::now);
    let bytes: usize = jobs.iter().chain(&resumes).map(String::len).sum();
    let matcher = jobmatch::Matcher::builtin();
    let t = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..n {
        if index {
            let Ok(mut builder) = matcher.index_builder(Some(1)) else {
                eprintln!("cannot start the index builder");
                return;
            };
            builder.add_texts(&ex, &resumes, today);
            found += builder.finish().map_or(0, |index| index.len());
            for j in &jobs {
                found += jobmatch::Job::parse(j, &ex).skills.len();
            }
            continue;
        }
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
        if extract_only {
            "mentions"
        } else if index {
            "resumes and job skills"
        } else {
            "skills"
        },
        (bytes * n) as f64 / secs / 1e6
    );
}
