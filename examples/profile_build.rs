//! Builds the built-in taxonomy and extractor N times (for profilers): `profile_build N`.
#![allow(missing_docs)]
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    for _ in 0..n {
        let t = std::time::Instant::now();
        let tax = std::sync::Arc::new(
            jobmatch::Taxonomy::from_tsv(jobmatch::Taxonomy::builtin_tsv(), "builtin")
                .unwrap_or_else(|_| jobmatch::Taxonomy::empty()),
        );
        let parsed = t.elapsed();
        let t1 = std::time::Instant::now();
        let count = tax.surface_forms().len();
        let forms = t1.elapsed();
        let t = std::time::Instant::now() - parsed;
        let ex = jobmatch::Extractor::new(tax, jobmatch::ExtractorOptions::default());
        println!(
            "parse {:?}, surface forms {count} in {forms:?}, build {:?}, memory {:?}",
            parsed,
            t.elapsed() - parsed,
            ex.map(|e| e.memory_usage()).ok()
        );
    }
}
