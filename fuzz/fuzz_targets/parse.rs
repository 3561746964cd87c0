//! Job and resume parsing, matching and the JSON round trip on any text.
#![no_main]

use jobmatch::{Extractor, Job, Matcher, Resume, Span, YearMonth};
use libfuzzer_sys::fuzz_target;

fn inside(span: &Span, len: usize) {
    assert!(
        span.start <= span.end && span.end <= len,
        "{span:?} outside 0..{len}"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ex = Extractor::builtin();
    let today = YearMonth::new(2026, 11).expect("a valid month");
    let job = Job::parse(&text, &ex);
    let cv = Resume::parse(&text, &ex, today);
    for s in &job.skills {
        s.mentions.iter().for_each(|m| inside(m, text.len()));
    }
    for r in &job.experience {
        inside(&r.span, text.len());
        assert!(r.min_years >= 0.0 && r.min_years <= 50.0);
    }
    for p in &cv.positions {
        inside(&p.span, text.len());
        assert!(p.start <= p.end);
    }
    for s in &cv.skills {
        s.mentions.iter().for_each(|m| inside(m, text.len()));
        assert!(s.years.is_none_or(|y| y >= 0.0 && y.is_finite()));
    }
    assert!(cv.total_years >= 0.0 && cv.total_years.is_finite());
    assert_eq!(Job::from_json(&job.to_json()).as_ref(), Ok(&job));
    assert_eq!(Resume::from_json(&cv.to_json()).as_ref(), Ok(&cv));
    let m = Matcher::builtin();
    let r = m.score(&cv, &job);
    assert!((0.0..=1.0).contains(&r.score), "{}", r.score);
    let column = m
        .cdist(&[&cv], &[&job], Some(1))
        .expect("one worker is valid");
    assert_eq!(column[0], r.score as f32);
});
