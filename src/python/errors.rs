//! The Python exception hierarchy and the one mapping from [`crate::Error`].

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::error::{Error, ErrorKind};

pyo3::create_exception!(
    jobmatch,
    JobmatchError,
    PyValueError,
    "Base class of jobmatch's errors (a ValueError)."
);
pyo3::create_exception!(
    jobmatch,
    TaxonomyError,
    JobmatchError,
    "A taxonomy file or value is malformed; the message names the file, line and problem."
);

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        match e.kind() {
            ErrorKind::Taxonomy => TaxonomyError::new_err(e.message().to_owned()),
            ErrorKind::Io => pyo3::exceptions::PyOSError::new_err(e.message().to_owned()),
            _ => JobmatchError::new_err(e.message().to_owned()),
        }
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("JobmatchError", py.get_type::<JobmatchError>())?;
    m.add("TaxonomyError", py.get_type::<TaxonomyError>())?;
    Ok(())
}
