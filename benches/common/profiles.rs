//! Generated profiles for the matching benchmark and `examples/profile_match.rs`: resumes and
//! postings with skills drawn from the `[skills]` list of `benches/corpus_words.txt`, random
//! years and degrees, parsed with the built-in extractor.

use jobmatch::{Extractor, Job, Resume, YearMonth};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// `n_resumes` resumes with 5-19 skills and `n_jobs` postings with 4-13 required and 2-5
/// preferred skills, the same for the same sizes.
pub fn profiles(n_resumes: usize, n_jobs: usize) -> (Vec<Resume>, Vec<Job>) {
    let ex = Extractor::builtin();
    let today = YearMonth::new(2026, 11).unwrap_or_else(YearMonth::now);
    let skills: Vec<&str> = include_str!("../corpus_words.txt")
        .lines()
        .skip_while(|l| *l != "[skills]")
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    let degrees = [
        "",
        "B.S. in Computer Science",
        "M.S. in Statistics",
        "MBA",
        "Ph.D. in Physics",
    ];
    let mut rng = Lcg(7);
    let pick = |rng: &mut Lcg, n: usize| -> String {
        (0..n)
            .map(|_| skills[rng.next(skills.len())])
            .collect::<Vec<_>>()
            .join(", ")
    };
    let resumes: Vec<String> = (0..n_resumes)
        .map(|_| {
            let start = 2000 + rng.next(25);
            let n = 5 + rng.next(15);
            let list = pick(&mut rng, n);
            let degree = degrees[rng.next(degrees.len())];
            format!("Experience\nEngineer, Acme | Jan {start} - Present\n- {list}\nEducation\n{degree}\n")
        })
        .collect();
    let jobs: Vec<String> = (0..n_jobs)
        .map(|_| {
            let years = 1 + rng.next(8);
            let n = 4 + rng.next(10);
            let req = pick(&mut rng, n);
            let n = 2 + rng.next(4);
            let pref = pick(&mut rng, n);
            let degree = degrees[rng.next(degrees.len())];
            format!("Requirements:\n- {years}+ years of experience\n- {req}\n- {degree}\nNice to have\n- {pref}\n")
        })
        .collect();
    (
        ex.parse_resumes(&resumes, today, None).unwrap_or_default(),
        ex.parse_jobs(&jobs, None).unwrap_or_default(),
    )
}
