#![allow(missing_docs)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).unwrap_or_default();
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let ex = jobmatch::Extractor::builtin();
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        total += ex.scan_len(&text);
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{total} candidates, {:.1} MB/s", (text.len() * n) as f64 / secs / 1e6);
}
