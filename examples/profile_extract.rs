//! Runs extraction over a text file many times (for profilers and timing):
//! `profile_extract FILE N` prints the mentions and the mean, best and median MB/s of the
//! N passes.
#![allow(missing_docs)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(args.get(1).map_or("", String::as_str)).unwrap_or_default();
    let n: usize = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10)
        .max(1);
    let ex = jobmatch::Extractor::builtin();
    let mut total = 0;
    let mut rates = Vec::with_capacity(n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let pass = std::time::Instant::now();
        total += ex.extract(&text).len();
        rates.push(text.len() as f64 / pass.elapsed().as_secs_f64() / 1e6);
    }
    let secs = t.elapsed().as_secs_f64();
    rates.sort_by(|a, b| b.total_cmp(a));
    println!(
        "{total} mentions, {:.1} MB/s (best pass {:.1}, median {:.1})",
        (text.len() * n) as f64 / secs / 1e6,
        rates[0],
        rates[n / 2]
    );
}
