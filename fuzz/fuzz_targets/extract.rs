//! Skill extraction, exact and fuzzy, on any text: no panic, spans on char boundaries.
#![no_main]

use std::sync::{Arc, OnceLock};

use jobmatch::{Extractor, ExtractorOptions, Taxonomy};
use libfuzzer_sys::fuzz_target;

fn fuzzy() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::new(Taxonomy::builtin(), ExtractorOptions::default().fuzzy(true))
            .expect("the built-in taxonomy builds")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let exact: Arc<Extractor> = Extractor::builtin();
    for ex in [&*exact, fuzzy()] {
        let mut last = 0;
        for m in ex.extract(&text) {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!(m.start >= last, "mentions in order, not overlapping");
            last = m.end;
        }
    }
});
