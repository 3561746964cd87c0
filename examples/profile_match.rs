//! Times `cdist` and `top_k` on generated profiles (for profilers):
//! `profile_match RESUMES JOBS [ROUNDS]`.
#![allow(missing_docs)]
use jobmatch::{Extractor, Job, Matcher, Resume, YearMonth};

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
    let skills: Vec<&str> = include_str!("../benches/corpus_words.txt")
        .lines()
        .skip_while(|l| *l != "[skills]")
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    let ex = Extractor::builtin();
    let today = YearMonth::new(2026, 11).unwrap_or_else(YearMonth::now);
    let mut x: u64 = 7;
    let mut next = |n: usize| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((x >> 33) % n as u64) as usize
    };
    let pick = |next: &mut dyn FnMut(usize) -> usize, k: usize| {
        (0..k)
            .map(|_| skills[next(skills.len())])
            .collect::<Vec<_>>()
            .join(", ")
    };
    // As in `benches/matching.rs`: random years, skills and degrees.
    let degrees = [
        "",
        "B.S. in Computer Science",
        "M.S. in Statistics",
        "MBA",
        "Ph.D. in Physics",
    ];
    let resume_texts: Vec<String> = (0..n_resumes)
        .map(|_| {
            let start = 2000 + next(25);
            let n = 5 + next(15);
            let list = pick(&mut next, n);
            let degree = degrees[next(degrees.len())];
            format!("Experience\nEngineer, Acme | Jan {start} - Present\n- {list}\nEducation\n{degree}\n")
        })
        .collect();
    let job_texts: Vec<String> = (0..n_jobs)
        .map(|_| {
            let years = 1 + next(8);
            let n = 4 + next(10);
            let req = pick(&mut next, n);
            let degree = degrees[next(degrees.len())];
            let n = 2 + next(4);
            let pref = pick(&mut next, n);
            format!("Requirements:\n- {years}+ years of experience\n- {req}\n- {degree}\nNice to have\n- {pref}\n")
        })
        .collect();
    let resumes: Vec<Resume> = ex
        .parse_resumes(&resume_texts, today, None)
        .unwrap_or_default();
    let jobs: Vec<Job> = ex.parse_jobs(&job_texts, None).unwrap_or_default();
    let m = Matcher::builtin();
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
        println!(
            "index {:.1} ms; cdist {:.1} ms = {:.1} M pairs/s; top-10 in index {:.1} ms = {:.1} M pairs/s ({} {})",
            t_index * 1e3, t_cdist * 1e3, pairs / t_cdist / 1e6, t_top * 1e3, pairs / t_top / 1e6, s.len(), top.len()
        );
    }
}
