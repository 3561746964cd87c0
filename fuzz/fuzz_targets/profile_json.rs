//! Reading saved profiles from any JSON: an error, or a profile that scores in [0, 1].
#![no_main]

use std::sync::OnceLock;

use jobmatch::{Extractor, Job, Matcher, Resume, YearMonth};
use libfuzzer_sys::fuzz_target;

fn fixed() -> &'static (Job, Resume) {
    static P: OnceLock<(Job, Resume)> = OnceLock::new();
    P.get_or_init(|| {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).expect("a valid month");
        (
            Job::parse(
                "Requirements: 3+ years of Python and SQL. Bachelor's degree.",
                &ex,
            ),
            Resume::parse(
                "Experience\nEngineer\n2019 - 2024\nPython, SQL\nEducation\nBSc",
                &ex,
                today,
            ),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let m = Matcher::builtin();
    let (job, cv) = fixed();
    if let Ok(j) = Job::from_json(&text) {
        let r = m.score(cv, &j);
        assert!((0.0..=1.0).contains(&r.score), "{}", r.score);
        let _ = m.top_k(&[cv], &[&j], 1, Some(1));
    }
    if let Ok(c) = Resume::from_json(&text) {
        let r = m.score(&c, job);
        assert!((0.0..=1.0).contains(&r.score), "{}", r.score);
        let _ = m.top_k(&[&c], &[job], 1, Some(1));
    }
});
