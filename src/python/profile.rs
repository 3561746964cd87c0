//! `Job`, `Resume` and the parsing functions.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyType};

use super::convert::{char_index_map, guard, serde_to_py, text_of, texts_of};
use super::errors::JobmatchError;
use crate::batch::{resolve_workers, Pool};
use crate::extract::Extractor;
use crate::profile::{Job, OffsetUnit, Resume, YearMonth};

/// Texts per chunk between checks for Ctrl-C in batch calls.
const CHUNK: usize = 1024;

/// `jobmatch._types._build(kind, data)`, imported once.
pub(crate) fn build<'py>(
    py: Python<'py>,
    kind: &str,
    value: &impl serde::Serialize,
) -> PyResult<Bound<'py, PyAny>> {
    static BUILD: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let f = BUILD.get_or_try_init(py, || {
        py.import("jobmatch._types")
            .and_then(|m| m.getattr("_build"))
            .map(Bound::unbind)
    })?;
    f.bind(py).call1((kind, serde_to_py(py, value)?))
}

fn to_json(value: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| JobmatchError::new_err(e.to_string()))
}

fn opt(v: Option<f64>) -> String {
    v.map_or("None".into(), |v| format!("{v}"))
}

/// A parsed job posting: requirements, skills, education and sections. Offsets are `str`
/// indices. Immutable; compares by value; pickles and round-trips through JSON.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Job")]
pub(crate) struct PyJob {
    pub(crate) inner: Arc<Job>,
}

#[pymethods]
impl PyJob {
    /// Overall minimum years of experience (None when not stated; 0 for entry level).
    #[getter]
    fn min_years(&self) -> Option<f64> {
        self.inner.min_years
    }
    /// Upper end of the overall range, if stated.
    #[getter]
    fn max_years(&self) -> Option<f64> {
        self.inner.max_years
    }
    /// The posting says entry level / no experience required.
    #[getter]
    fn entry_level(&self) -> bool {
        self.inner.entry_level
    }
    /// Every statement of years of experience.
    #[getter]
    fn experience<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "experience", &self.inner.experience)
    }
    /// Each skill once, with its evidence.
    #[getter]
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "job_skill", &self.inner.skills)
    }
    /// The education asked for, or None.
    #[getter]
    fn education<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "education_requirement", &self.inner.education)
    }
    /// Named sections with their spans.
    #[getter]
    fn sections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "section", &self.inner.sections)
    }
    /// What was ignored or clamped, and why.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }
    /// The posting as plain dicts and lists (for JSON and DataFrames).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.inner)
    }
    /// The posting as JSON (with a format version).
    fn to_json(&self) -> PyResult<String> {
        to_json(&*self.inner)
    }
    /// Reads what `to_json` wrote; a JSON from another format version raises
    /// JobmatchError.
    #[classmethod]
    #[pyo3(name = "from_json")]
    fn from_json_py(_cls: &Bound<'_, PyType>, json: &str) -> PyResult<PyJob> {
        Ok(PyJob {
            inner: Arc::new(Job::from_json(json)?),
        })
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyJob>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }
    fn __repr__(&self) -> String {
        let j = &self.inner;
        format!(
            "Job(min_years={}, max_years={}, skills={}, education={}, sections={})",
            opt(j.min_years),
            opt(j.max_years),
            j.skills.len(),
            j.education
                .as_ref()
                .map_or("None".into(), |e| format!("{:?}", e.level.as_str())),
            j.sections.len()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py.import("jobmatch._jobmatch")?.getattr("_job_from_json")?;
        Ok((f, (to_json(&*self.inner)?,)))
    }
}

/// A parsed resume: positions, total and per-skill years, education and sections.
/// Offsets are `str` indices. Immutable; compares by value; pickles and round-trips
/// through JSON.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Resume")]
pub(crate) struct PyResume {
    pub(crate) inner: Arc<Resume>,
}

#[pymethods]
impl PyResume {
    /// Years of work from the positions' dates, overlaps merged.
    #[getter]
    fn total_years(&self) -> f64 {
        self.inner.total_years
    }
    /// "8+ years of experience" stated in the summary, if any.
    #[getter]
    fn claimed_years(&self) -> Option<f64> {
        self.inner.claimed_years
    }
    /// The month "present" resolved to, as "YYYY-MM".
    #[getter]
    fn today(&self) -> String {
        self.inner.today.to_string()
    }
    /// Positions in the order written.
    #[getter]
    fn positions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "position", &self.inner.positions)
    }
    /// Each skill once, with years, last use and mentions.
    #[getter]
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "resume_skill", &self.inner.skills)
    }
    /// The highest degree, or None.
    #[getter]
    fn education<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "education", &self.inner.education)
    }
    /// Named sections with their spans.
    #[getter]
    fn sections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "section", &self.inner.sections)
    }
    /// What was ignored or clamped, and why.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }
    /// The resume as plain dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.inner)
    }
    /// The resume as JSON (with a format version).
    fn to_json(&self) -> PyResult<String> {
        to_json(&*self.inner)
    }
    /// Reads what `to_json` wrote; a JSON from another format version raises
    /// JobmatchError.
    #[classmethod]
    #[pyo3(name = "from_json")]
    fn from_json_py(_cls: &Bound<'_, PyType>, json: &str) -> PyResult<PyResume> {
        Ok(PyResume {
            inner: Arc::new(Resume::from_json(json)?),
        })
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyResume>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }
    fn __repr__(&self) -> String {
        let r = &self.inner;
        format!(
            "Resume(total_years={}, claimed_years={}, positions={}, skills={}, education={})",
            r.total_years,
            opt(r.claimed_years),
            r.positions.len(),
            r.skills.len(),
            r.education
                .as_ref()
                .map_or("None".into(), |e| format!("{:?}", e.level.as_str()))
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("_resume_from_json")?;
        Ok((f, (to_json(&*self.inner)?,)))
    }
}

#[pyfunction]
fn _job_from_json(json: &str) -> PyResult<PyJob> {
    Ok(PyJob {
        inner: Arc::new(Job::from_json(json)?),
    })
}

#[pyfunction]
fn _resume_from_json(json: &str) -> PyResult<PyResume> {
    Ok(PyResume {
        inner: Arc::new(Resume::from_json(json)?),
    })
}

/// `today` from Python: None (the current month), "YYYY-MM-DD" / "YYYY-MM", or a
/// `datetime.date` / `datetime.datetime`.
pub(crate) fn today_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<YearMonth> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(YearMonth::now());
    };
    let s: String = if let Ok(s) = obj.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else if obj.hasattr("isoformat")? {
        let iso: String = obj.call_method0("isoformat")?.extract()?;
        iso.chars().take(10).collect()
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "today must be a 'YYYY-MM-DD' string, a datetime.date or None, got {}",
            obj.get_type().name()?
        )));
    };
    Ok(YearMonth::parse(&s)?)
}

pub(crate) fn job_for_python(text: &str, ex: &Extractor) -> Job {
    let mut job = Job::parse(text, ex);
    if !text.is_ascii() {
        job.map_offsets(&char_index_map(text), OffsetUnit::Chars);
    } else {
        job.offsets = OffsetUnit::Chars;
    }
    job
}

pub(crate) fn resume_for_python(text: &str, ex: &Extractor, today: YearMonth) -> Resume {
    let mut cv = Resume::parse(text, ex, today);
    if !text.is_ascii() {
        cv.map_offsets(&char_index_map(text), OffsetUnit::Chars);
    } else {
        cv.offsets = OffsetUnit::Chars;
    }
    cv
}

pub(crate) fn parse_job_with(
    py: Python<'_>,
    ex: &Extractor,
    text: &Bound<'_, PyAny>,
) -> PyResult<PyJob> {
    let text = text_of(text, None)?;
    let job = py.detach(|| guard(|| job_for_python(&text, ex)))?;
    Ok(PyJob {
        inner: Arc::new(job),
    })
}

pub(crate) fn parse_resume_with(
    py: Python<'_>,
    ex: &Extractor,
    text: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyResume> {
    let text = text_of(text, None)?;
    let today = today_of(today)?;
    let cv = py.detach(|| guard(|| resume_for_python(&text, ex, today)))?;
    Ok(PyResume {
        inner: Arc::new(cv),
    })
}

pub(crate) fn parse_jobs_with(
    py: Python<'_>,
    ex: &Extractor,
    texts: &Bound<'_, PyAny>,
    workers: Option<i64>,
) -> PyResult<Vec<PyJob>> {
    let texts = texts_of(texts)?;
    let pool = Pool::new(resolve_workers(workers)?.min(texts.len().max(1)))?;
    let mut out = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(CHUNK) {
        let jobs = py.detach(|| guard(|| pool.map(chunk, |t| job_for_python(t, ex))))?;
        out.extend(jobs.into_iter().map(|j| PyJob { inner: Arc::new(j) }));
        py.check_signals()?;
    }
    Ok(out)
}

pub(crate) fn parse_resumes_with(
    py: Python<'_>,
    ex: &Extractor,
    texts: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
    workers: Option<i64>,
) -> PyResult<Vec<PyResume>> {
    let texts = texts_of(texts)?;
    let today = today_of(today)?;
    let pool = Pool::new(resolve_workers(workers)?.min(texts.len().max(1)))?;
    let mut out = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(CHUNK) {
        let cvs = py.detach(|| guard(|| pool.map(chunk, |t| resume_for_python(t, ex, today))))?;
        out.extend(cvs.into_iter().map(|c| PyResume { inner: Arc::new(c) }));
        py.check_signals()?;
    }
    Ok(out)
}

/// Parses a job posting with the built-in taxonomy.
#[pyfunction]
fn parse_job(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyJob> {
    parse_job_with(py, &Extractor::builtin(), text)
}

/// Parses a resume with the built-in taxonomy; "present" is `today` (default: this month).
#[pyfunction]
#[pyo3(signature = (text, *, today = None))]
fn parse_resume(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyResume> {
    parse_resume_with(py, &Extractor::builtin(), text, today)
}

/// Parses many job postings in parallel with the built-in taxonomy.
#[pyfunction]
#[pyo3(signature = (texts, *, workers = None))]
fn parse_jobs(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    workers: Option<i64>,
) -> PyResult<Vec<PyJob>> {
    parse_jobs_with(py, &Extractor::builtin(), texts, workers)
}

/// Parses many resumes in parallel with the built-in taxonomy.
#[pyfunction]
#[pyo3(signature = (texts, *, today = None, workers = None))]
fn parse_resumes(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
    workers: Option<i64>,
) -> PyResult<Vec<PyResume>> {
    parse_resumes_with(py, &Extractor::builtin(), texts, today, workers)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyJob>()?;
    m.add_class::<PyResume>()?;
    m.add_function(wrap_pyfunction!(parse_job, m)?)?;
    m.add_function(wrap_pyfunction!(parse_resume, m)?)?;
    m.add_function(wrap_pyfunction!(parse_jobs, m)?)?;
    m.add_function(wrap_pyfunction!(parse_resumes, m)?)?;
    m.add_function(wrap_pyfunction!(_job_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_resume_from_json, m)?)?;
    Ok(())
}
