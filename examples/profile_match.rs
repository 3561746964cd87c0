//! Times `cdist`, `top_k` and `top_k_jobs` on generated profiles (for profilers):
//! `profile_match RESUMES JOBS [ROUNDS] [mutual] [alike]` (`mutual`: rank by the mutual
//! score; `alike`: skills named without years of use in full, a listed credit of 1).
#![allow(missing_docs)]
use jobmatch::{Matcher, RankBy};

// The profiles of `benches/matching.rs`.
#[path = "../benches/common/profiles.rs"]
mod profiles;
use profiles::profiles;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (n_resumes, n_jobs) = (
        args.first().copied().unwrap_or(10_000),
        args.get(1).copied().unwrap_or(1_000),
    );
    let rounds = args.get(2).copied().unwrap_or(3);
    let (resumes, jobs) = profiles(n_resumes, n_jobs);
    let rank_by = if std::env::args().any(|a| a == "mutual") {
        RankBy::Mutual
    } else {
        RankBy::Score
    };
    let mut m = Matcher::builtin().with_rank_by(rank_by);
    if std::env::args().any(|a| a == "alike") {
        m = m.with_listed_credit(1.0).unwrap_or_else(|e| panic!("{e}"));
    }
    let pairs = (n_resumes * n_jobs) as f64;
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        let index = m.index(&resumes, Some(1)).unwrap_or_else(|e| panic!("{e}"));
        let t_index = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let s = m.cdist(&resumes, &jobs, Some(1)).unwrap_or_default();
        let t_cdist = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let top = m.top_k_in(&index, &jobs, 10, Some(1)).unwrap_or_default();
        let t_top = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let per_resume = m
            .top_k_jobs(&resumes, &jobs, 10, Some(1))
            .unwrap_or_default();
        let t_jobs = t.elapsed().as_secs_f64();
        println!(
            "index {:.1} ms; cdist {:.1} ms = {:.1} M pairs/s; top-10 in index {:.1} ms = {:.1} M pairs/s; \
             top-10 jobs per resume {:.1} ms = {:.1} M pairs/s ({} {} {})",
            t_index * 1e3, t_cdist * 1e3, pairs / t_cdist / 1e6, t_top * 1e3, pairs / t_top / 1e6,
            t_jobs * 1e3, pairs / t_jobs / 1e6, s.len(), top.len(), per_resume.len()
        );
    }
}
