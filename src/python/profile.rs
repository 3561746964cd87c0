//! `Job`, `Resume` and the parsing functions.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyType};

use super::convert::{
    char_index_map, dict_to_json, guard, serde_to_py, text_of, texts_of, workers_of, Workers,
};
use super::errors::JobmatchError;
use crate::batch::{resolve_workers, Pool};
use crate::extract::Extractor;
use crate::profile::{Job, OffsetUnit, Resume, YearMonth, MAX_YEAR, MIN_YEAR};

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

fn opt(v: Option<f64>) -> String {
    v.map_or("None".into(), |v| format!("{v}"))
}

/// A parsed job posting: its skills, years of experience, education and sections.
///
/// Returned by `parse_job`, `parse_jobs` and `SkillExtractor.parse_job`; not created
/// directly. Immutable plain data: compares by value, pickles (for Dask, Ray and Spark
/// workers) and round-trips through `to_json` / `Job.from_json`. Its parts (`JobSkill`,
/// `ExperienceRequirement`, `EducationRequirement`, `Section`) are frozen dataclasses. All
/// offsets and spans are `str` indices into the posting's text.
///
/// See Also
/// --------
/// parse_job : Parses a posting.
/// Matcher.score : Scores a resume against a job.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Job")]
pub(crate) struct PyJob {
    pub(crate) inner: Arc<Job>,
}

/// A hash of some strings, in order (for `__hash__` of value objects: what equal values
/// share, so that equal values hash alike).
pub(crate) fn hash_of<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

#[pymethods]
impl PyJob {
    /// Overall minimum years of experience, or None when not stated.
    ///
    /// The largest required minimum (of degree tiers and of alternatives joined by "or",
    /// the smallest counts); 0.0 for entry level.
    #[getter]
    fn min_years(&self) -> Option<f64> {
        self.inner.min_years
    }
    /// Upper end of the overall range of years ("2-5 years" gives 5.0), or None.
    #[getter]
    fn max_years(&self) -> Option<f64> {
        self.inner.max_years
    }
    /// True when the posting says it is entry level, or requires a minimum of 0 years.
    ///
    /// E.g. "entry-level", "no experience required", "new grads", "BS with 0-1 years of
    /// experience".
    #[getter]
    fn entry_level(&self) -> bool {
        self.inner.entry_level
    }
    /// Every statement of years of experience, as a tuple of `ExperienceRequirement`.
    ///
    /// Each has its years, the ids of the skills it names, whether it is required, and
    /// its span.
    #[getter]
    fn experience<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "experience", &self.inner.experience)
    }
    /// The skills the posting asks for, each once, as a tuple of `JobSkill`.
    ///
    /// Each has its id, name, kind, ``required`` (False when only preferred),
    /// ``min_years``, the spans of its mentions and ``group``: skills offered as
    /// alternatives ("AWS, GCP or Azure") share a group number, and a resume needs one of
    /// them (None for a skill asked for on its own). Skills named only under "about us" or
    /// "benefits" are left out.
    #[getter]
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "job_skill", &self.inner.skills)
    }
    /// The education asked for, as an `EducationRequirement`, or None.
    ///
    /// It has the lowest accepted level, the fields, a preferred higher level, and whether
    /// experience may replace the degree.
    #[getter]
    fn education<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "education_requirement", &self.inner.education)
    }
    /// The sections found, as a tuple of `Section` (kind, heading as written, start, end).
    #[getter]
    fn sections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "section", &self.inner.sections)
    }
    /// What the parser ignored, and why, as a list of str (e.g. years over 50).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }
    /// The posting as plain dicts and lists (for JSON and DataFrames).
    ///
    /// Returns
    /// -------
    /// dict
    ///     The same content as `to_json`, as Python objects; spans are ``{"start": ...,
    ///     "end": ...}`` dicts of `str` indices.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.inner)
    }
    /// The posting as JSON text, readable by `Job.from_json`.
    ///
    /// Returns
    /// -------
    /// str
    ///     A JSON object with a format ``"version"`` and ``"offsets": "chars"`` (offsets are
    ///     `str` indices).
    fn to_json(&self) -> PyResult<String> {
        Ok(self.inner.to_json())
    }
    /// Reads a posting saved by `Job.to_json`.
    ///
    /// Parameters
    /// ----------
    /// json : str
    ///     The text `to_json` wrote.
    ///
    /// Returns
    /// -------
    /// Job
    ///     A job equal to the one saved.
    ///
    /// Raises
    /// ------
    /// JobmatchError
    ///     If `json` is not a saved Job, or was saved in another format version (the message
    ///     names both versions).
    #[classmethod]
    #[pyo3(name = "from_json")]
    fn from_json_py(_cls: &Bound<'_, PyType>, json: &str) -> PyResult<PyJob> {
        Ok(PyJob {
            inner: Arc::new(Job::from_json(json)?),
        })
    }
    /// Reads a job from the dict `Job.to_dict` wrote (as from its JSON).
    ///
    /// Parameters
    /// ----------
    /// data : dict
    ///     What `to_dict` returned (or the same parsed from JSON).
    ///
    /// Returns
    /// -------
    /// Job
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `data` is not a dict.
    /// JobmatchError
    ///     As `from_json`.
    #[classmethod]
    fn from_dict(cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<PyJob> {
        Self::from_json_py(cls, &dict_to_json(data, "Job")?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyJob>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }
    /// Of what equal postings share: their skills' ids, in order.
    fn __hash__(&self) -> u64 {
        hash_of(self.inner.skills.iter().map(|s| s.skill_id.as_str()))
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
        Ok((f, (self.inner.to_json(),)))
    }
}

/// A parsed resume: positions, total and per-skill years, education and sections.
///
/// Returned by `parse_resume`, `parse_resumes` and `SkillExtractor.parse_resume`; not
/// created directly. Immutable plain data: compares by value, pickles (for Dask, Ray and
/// Spark workers) and round-trips through `to_json` / `Resume.from_json`. Its parts
/// (`Position`, `ResumeSkill`, `Education`, `Section`) are frozen dataclasses. All offsets
/// and spans are `str` indices into the resume's text.
///
/// See Also
/// --------
/// parse_resume : Parses a resume.
/// Matcher.score : Scores a resume against a job.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Resume")]
pub(crate) struct PyResume {
    pub(crate) inner: Arc<Resume>,
}

#[pymethods]
impl PyResume {
    /// Years of work from the positions' date ranges.
    ///
    /// Overlaps are merged and gaps are not counted; 0.0 when no dated position was found.
    #[getter]
    fn total_years(&self) -> f64 {
        self.inner.total_years
    }
    /// Years the candidate claims ("8+ years of experience" in the summary), or None.
    #[getter]
    fn claimed_years(&self) -> Option<f64> {
        self.inner.claimed_years
    }
    /// The month "present" resolved to (the `today` argument), as ``"YYYY-MM"``.
    #[getter]
    fn today(&self) -> String {
        self.inner.today.to_string()
    }
    /// The positions in the order written, as a tuple of `Position`.
    ///
    /// Each has its title, employer, first and last month (``"YYYY-MM"``), whether it is
    /// current, the months held and its span.
    #[getter]
    fn positions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "position", &self.inner.positions)
    }
    /// The skills, each once, as a tuple of `ResumeSkill`.
    ///
    /// Each has its id, name, kind, years of use, years stated beside it, last month used
    /// (``"YYYY-MM"``) and the spans of its mentions.
    #[getter]
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "resume_skill", &self.inner.skills)
    }
    /// The highest degree, as an `Education` (level, field, span, in_progress), or None.
    #[getter]
    fn education<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "education", &self.inner.education)
    }
    /// The sections found, as a tuple of `Section` (kind, heading as written, start, end),
    /// in reading order (for a resume in two columns side by side, the right column's after
    /// the left's).
    #[getter]
    fn sections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "section", &self.inner.sections)
    }
    /// What the parser ignored or clamped, and why, as a list of str.
    ///
    /// E.g. an impossible month, an end before its start, an end after `today`.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }
    /// The resume as plain dicts and lists (for JSON and DataFrames).
    ///
    /// Returns
    /// -------
    /// dict
    ///     The same content as `to_json`, as Python objects; spans are ``{"start": ...,
    ///     "end": ...}`` dicts of `str` indices.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.inner)
    }
    /// The resume as JSON text, readable by `Resume.from_json`.
    ///
    /// Returns
    /// -------
    /// str
    ///     A JSON object with a format ``"version"`` and ``"offsets": "chars"`` (offsets are
    ///     `str` indices).
    fn to_json(&self) -> PyResult<String> {
        Ok(self.inner.to_json())
    }
    /// Reads a resume saved by `Resume.to_json`.
    ///
    /// Parameters
    /// ----------
    /// json : str
    ///     The text `to_json` wrote.
    ///
    /// Returns
    /// -------
    /// Resume
    ///     A resume equal to the one saved.
    ///
    /// Raises
    /// ------
    /// JobmatchError
    ///     If `json` is not a saved Resume, or was saved in another format version (the
    ///     message names both versions).
    #[classmethod]
    #[pyo3(name = "from_json")]
    fn from_json_py(_cls: &Bound<'_, PyType>, json: &str) -> PyResult<PyResume> {
        Ok(PyResume {
            inner: Arc::new(Resume::from_json(json)?),
        })
    }
    /// Reads a resume from the dict `Resume.to_dict` wrote (as from its JSON).
    ///
    /// Parameters
    /// ----------
    /// data : dict
    ///     What `to_dict` returned (or the same parsed from JSON).
    ///
    /// Returns
    /// -------
    /// Resume
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `data` is not a dict.
    /// JobmatchError
    ///     As `from_json`.
    #[classmethod]
    fn from_dict(cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<PyResume> {
        Self::from_json_py(cls, &dict_to_json(data, "Resume")?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyResume>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }
    /// Of what equal resumes share: their skills' ids, in order.
    fn __hash__(&self) -> u64 {
        hash_of(self.inner.skills.iter().map(|s| s.skill_id.as_str()))
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
        Ok((f, (self.inner.to_json(),)))
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
        // pandas' NaT, a missing date, is no date given: the current month.
        if iso == "NaT" {
            return Ok(YearMonth::now());
        }
        iso.chars().take(10).collect()
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "today must be a 'YYYY-MM-DD' string, a datetime.date or None, got {}",
            obj.get_type().name()?
        )));
    };
    let today = YearMonth::parse(&s)
        .map_err(|e| JobmatchError::new_err(format!("today: {}", e.message())))?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&today.year()) {
        return Err(JobmatchError::new_err(format!(
            "today {s:?} is outside the years dates are read in, {MIN_YEAR}-{MAX_YEAR}"
        )));
    }
    Ok(today)
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
    workers: Option<Workers>,
) -> PyResult<Vec<PyJob>> {
    let texts = texts_of(texts, "parse_job")?;
    let pool = Pool::new(resolve_workers(workers_of(workers))?.min(texts.len().max(1)))?;
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
    workers: Option<Workers>,
) -> PyResult<Vec<PyResume>> {
    let texts = texts_of(texts, "parse_resume")?;
    let today = today_of(today)?;
    let pool = Pool::new(resolve_workers(workers_of(workers))?.min(texts.len().max(1)))?;
    let mut out = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(CHUNK) {
        let cvs = py.detach(|| guard(|| pool.map(chunk, |t| resume_for_python(t, ex, today))))?;
        out.extend(cvs.into_iter().map(|c| PyResume { inner: Arc::new(c) }));
        py.check_signals()?;
    }
    Ok(out)
}

/// Parses a job posting with the built-in taxonomy.
///
/// Finds the sections (requirements, preferred, responsibilities, benefits, about us), the
/// skills asked for (required, or preferred when named under "nice to have" or called a
/// plus), the years of experience ("5+ years", "2-5 years", "at least three years") overall
/// and per skill, and the education (lowest accepted degree, fields, "or equivalent
/// experience"). Parsing runs with the GIL released. Use `SkillExtractor.parse_job` for
/// your own taxonomy.
///
/// Parameters
/// ----------
/// text : str or None
///     The posting. None and NaN (a missing value of a DataFrame) are empty texts and give
///     an empty `Job` (no skills, ``min_years`` None).
///
/// Returns
/// -------
/// Job
///     The parsed posting; offsets are `str` indices.
///
/// Raises
/// ------
/// TypeError
///     If `text` is not a str, None or NaN.
/// JobmatchError
///     If `text` is not valid Unicode (a str with a lone surrogate).
///
/// See Also
/// --------
/// parse_jobs : Many postings in parallel.
/// parse_resume : The same for resumes.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> job = jobmatch.parse_job("Requirements: 2-5 years of Python, SQL.\nNice to have: Docker.")
/// >>> assert (job.min_years, job.max_years) == (2.0, 5.0)
/// >>> assert [s.required for s in job.skills] == [True, True, False]
/// >>> assert job.skills[2].name == "Docker" and job.skills[1].min_years == 2.0
/// >>> assert jobmatch.Job.from_json(job.to_json()) == job
#[pyfunction]
fn parse_job(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyJob> {
    parse_job_with(py, &Extractor::builtin(), text)
}

/// Parses a resume with the built-in taxonomy.
///
/// Finds the sections, the positions (title, employer and date range: "Jan 2018 - Present",
/// "03/2017 - 06/2020", "2015 - 2017", ...), the total years (overlaps merged, gaps not
/// counted), each skill with its years and last use, the highest degree, and the years the
/// candidate claims. Parsing runs with the GIL released. Use `SkillExtractor.parse_resume`
/// for your own taxonomy.
///
/// Parameters
/// ----------
/// text : str or None
///     The resume. None and NaN (a missing value of a DataFrame) are empty texts and give
///     an empty `Resume`.
/// today : str, datetime.date or None, default None
///     Keyword-only. The month that "present" / "current" / "now" means, as
///     ``"YYYY-MM-DD"``, ``"YYYY-MM"`` or a `datetime.date` / `datetime.datetime`; None
///     means the current month. An end date after it is clamped to it, with a note. Pass
///     it for reproducible results.
///
/// Returns
/// -------
/// Resume
///     The parsed resume; offsets are `str` indices.
///
/// Raises
/// ------
/// TypeError
///     If `text` is not a str, None or NaN, or `today` is not a str, date or None.
/// JobmatchError
///     If `text` is not valid Unicode (a lone surrogate), or `today` is not a valid date.
///
/// See Also
/// --------
/// parse_resumes : Many resumes in parallel.
/// parse_job : The same for job postings.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> text = "Experience\nData Analyst, Acme\nJan 2020 - Dec 2022\nPython and SQL daily."
/// >>> cv = jobmatch.parse_resume(text, today="2026-11-27")
/// >>> assert cv.total_years == 3.0 and cv.today == "2026-11"
/// >>> (pos,) = cv.positions
/// >>> assert (pos.title, pos.employer, pos.months) == ("Data Analyst", "Acme", 36)
/// >>> assert (pos.start, pos.end) == ("2020-01", "2022-12")
/// >>> assert [s.name for s in cv.skills] == ["Python (computer programming)", "SQL"]
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
///
/// The texts are parsed with the GIL released, in chunks; Ctrl-C is checked between chunks
/// and raises KeyboardInterrupt promptly. One worker gives exactly what many do.
///
/// Parameters
/// ----------
/// texts : iterable of str or None
///     A list, tuple, numpy array, or pandas or polars Series of postings (not a single
///     str). None and NaN are empty texts.
/// workers : int or None, default None
///     Keyword-only. Number of threads; None or -1 means all cores.
///
/// Returns
/// -------
/// list of Job
///     One per text, in input order, equal to ``[parse_job(t) for t in texts]``.
///
/// Raises
/// ------
/// TypeError
///     If `texts` is a str, or an item is not a str, None or NaN (the message names the
///     item).
/// JobmatchError
///     If an item is not valid Unicode (a lone surrogate), or `workers` is 0 or below -1.
/// KeyboardInterrupt
///     On Ctrl-C during the call.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> jobs = jobmatch.parse_jobs(["Requirements: Python.", None], workers=2)
/// >>> assert [len(j.skills) for j in jobs] == [1, 0]
#[pyfunction]
#[pyo3(signature = (texts, *, workers = None))]
fn parse_jobs(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    workers: Option<Workers>,
) -> PyResult<Vec<PyJob>> {
    parse_jobs_with(py, &Extractor::builtin(), texts, workers)
}

/// Parses many resumes in parallel with the built-in taxonomy.
///
/// The texts are parsed with the GIL released, in chunks; Ctrl-C is checked between chunks
/// and raises KeyboardInterrupt promptly. One worker gives exactly what many do.
///
/// Parameters
/// ----------
/// texts : iterable of str or None
///     A list, tuple, numpy array, or pandas or polars Series of resumes (not a single
///     str). None and NaN are empty texts.
/// today : str, datetime.date or None, default None
///     Keyword-only. The month that "present" means for every resume, as in
///     `parse_resume`; None means the current month.
/// workers : int or None, default None
///     Keyword-only. Number of threads; None or -1 means all cores.
///
/// Returns
/// -------
/// list of Resume
///     One per text, in input order, equal to
///     ``[parse_resume(t, today=today) for t in texts]``.
///
/// Raises
/// ------
/// TypeError
///     If `texts` is a str, an item is not a str, None or NaN, or `today` has the wrong
///     type.
/// JobmatchError
///     If an item is not valid Unicode (a lone surrogate), `today` is not a valid date, or
///     `workers` is 0 or below -1.
/// KeyboardInterrupt
///     On Ctrl-C during the call.
#[pyfunction]
#[pyo3(signature = (texts, *, today = None, workers = None))]
fn parse_resumes(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
    workers: Option<Workers>,
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
