//! Python bindings: thin wrappers that convert inputs, release the GIL, call the core and
//! convert results. Nothing here is visible to Rust users of the crate.

mod convert;
mod errors;
mod extractor;
mod frames;
mod match_result;
mod matching;
mod profile;
mod resume_index;
mod taxonomy;

use pyo3::prelude::*;

/// The compiled core of the `jobmatch` Python package.
#[pymodule]
fn _jobmatch(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    errors::register(m)?;
    taxonomy::register(m)?;
    extractor::register(m)?;
    profile::register(m)?;
    matching::register(m)?;
    match_result::register(m)?;
    resume_index::register(m)?;
    frames::register(m)?;
    Ok(())
}
