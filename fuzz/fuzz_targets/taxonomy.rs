//! Loading a taxonomy from any CSV or JSON: an error or a taxonomy that works.
#![no_main]

use std::sync::Arc;

use jobmatch::{Extractor, ExtractorOptions, Taxonomy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for loaded in [
        Taxonomy::from_csv(&text, "fuzz.csv"),
        Taxonomy::from_json(&text, "fuzz.json"),
    ] {
        let Ok(tax) = loaded else { continue };
        let tax = Arc::new(tax);
        let back = Taxonomy::from_json(&tax.to_json(), "again.json").expect("round trip");
        assert_eq!(back.skills(), tax.skills());
        let ex = Extractor::new(tax, ExtractorOptions::default().fuzzy(true))
            .expect("a loaded taxonomy builds an extractor");
        for m in ex.extract(&text) {
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
});
