//! Extraction: from text to mentions of skills.

mod boundary;
pub(crate) mod context;
mod fuzzy;
mod inflect;
mod invisible;
mod prefilter;
mod skills;
mod tokens;
mod trie;

pub use context::CONTEXT_WINDOW;
pub use skills::{Extractor, ExtractorOptions, MatchType, Mention};
pub(crate) use tokens::high_bits;
