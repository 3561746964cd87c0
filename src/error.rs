//! The one error type of the crate.

use std::fmt;

/// What went wrong, broadly. New kinds may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A taxonomy file or value is malformed: a missing column, a duplicate id, an empty
    /// label, a relation to an unknown id, a cycle of broader relations.
    Taxonomy,
    /// An argument is out of range or inconsistent (for example zero workers).
    InvalidArgument,
    /// Reading a file failed.
    Io,
    /// A saved profile or matcher is not valid JSON of its type, or was saved in another
    /// format version.
    Format,
}

/// The error type of every fallible jobmatch operation.
///
/// The message says what was wrong and where: the file, the line and the field when there
/// is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// A new error of the given kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// A taxonomy error located in `source` (a file name or `"<json>"`) at `line` (1-based).
    pub(crate) fn taxonomy_at(source: &str, line: usize, message: impl fmt::Display) -> Self {
        Error::new(ErrorKind::Taxonomy, format!("{source}:{line}: {message}"))
    }

    /// The broad kind of the error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The result type of jobmatch operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;
