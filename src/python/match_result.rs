//! `MatchResult`: one resume's score for one job, with its explanation.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::convert::{dict_to_json, serde_to_py};
use super::errors::JobmatchError;
use super::profile::build;
use crate::matching::MatchResult;

/// The score of one resume for one job, and its explanation.
///
/// Returned by `Matcher.score`; not created directly. Immutable. The skill lists hold
/// `SkillMatch` dataclasses: the job's skill, whether it is required, the credit the
/// resume earned for it, its weight, the resume's skill it was met through (``via``),
/// the spans in the job and in the resume (`str` indices), and, for a skill the job offers
/// as one of alternatives ("AWS, GCP or Azure"), the others' names (``alternatives``; only
/// the alternative that scores best is listed).
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "MatchResult")]
pub(crate) struct PyMatchResult {
    pub(super) inner: MatchResult,
}

#[pymethods]
impl PyMatchResult {
    /// The overall score in [0, 1], the weighted mean of the scores in `breakdown`.
    #[getter]
    fn score(&self) -> f64 {
        self.inner.score
    }
    /// The score in [0, 1] of each category the job has data for, as a dict.
    ///
    /// A job that states no years has no ``"experience"``; one that names no degree has no
    /// ``"education"``.
    #[getter]
    fn breakdown<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in &self.inner.breakdown {
            d.set_item(k, v)?;
        }
        Ok(d)
    }
    /// The job's skills the resume has (credit 1), as a tuple of `SkillMatch`; one it
    /// names without years of use is in `partial` unless its positions back its claim to
    /// the job in full or the matcher's ``listed_credit`` is 1.
    #[getter]
    fn matched<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "skill_match", &self.inner.matched)
    }
    /// The job's skills met only partly, as a tuple of `SkillMatch`.
    ///
    /// Met through a narrower, broader or related skill of the resume (``via``), with a
    /// credit between 0 and 1; or named by the resume without years of use (``via`` None,
    /// a credit from the matcher's ``listed_credit`` up to 1, as far as the skills the
    /// resume uses in positions back its claim to the job).
    #[getter]
    fn partial<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "skill_match", &self.inner.partial)
    }
    /// The job's skills the resume lacks (credit 0), as a tuple of `SkillMatch`.
    #[getter]
    fn missing<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        build(py, "skill_match", &self.inner.missing)
    }
    /// Years short of the job's minimum, or None when the minimum is met or not stated.
    #[getter]
    fn experience_gap(&self) -> Option<f64> {
        self.inner.experience_gap
    }
    /// The candidate's years used for the experience category.
    ///
    /// The merged years of the positions, or the years claimed when no position was found.
    #[getter]
    fn candidate_years(&self) -> f64 {
        self.inner.candidate_years
    }
    /// The skills' fit, in [0, 1], or None when the job names no required skill the
    /// taxonomy knows (or the matcher weighs the fit's categories 0).
    ///
    /// The weighted mean of the required skills and skill experience categories. The
    /// experience category is the years' credit times it: years of other work do not meet
    /// a job's years.
    #[getter]
    fn skill_fit(&self) -> Option<f64> {
        self.inner.skill_fit
    }
    /// How much of the candidate's profile the job uses, in [0, 1].
    ///
    /// The weighted share of the resume's skills that the job asks for.
    #[getter]
    fn reverse_score(&self) -> f64 {
        self.inner.reverse_score
    }
    /// √(score · reverse_score), in [0, 1]: high only when the resume covers the job and
    /// the job uses the resume.
    ///
    /// What `Matcher.cdist` and `Matcher.top_k` give for a matcher made with
    /// ``rank_by="mutual"``.
    #[getter]
    fn mutual_score(&self) -> f64 {
        self.inner.mutual_score
    }
    /// The degree the job asks for against the candidate's, when the job names one.
    ///
    /// A dict: ``asked`` (the lowest level the job requires, None when it names degrees only
    /// as preferred), ``preferred`` (a higher level the job prefers, or None), ``candidate``
    /// (the resume's highest, None when it names none), ``candidate_in_progress`` (that
    /// degree is under way, not held, and counts as the level below it),
    /// ``experience_may_replace``, ``fields_asked`` (the job's fields of study),
    /// ``candidate_fields`` (those of the resume's degrees), ``field_fit`` (``"same"``,
    /// ``"related"``, ``"unrelated"``, or None when either side names no field the
    /// classification knows) and ``related_fields`` (the job welcomes a related field, which
    /// then counts in full); None when the job names no degree.
    #[getter]
    fn education<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner.education)
    }
    /// A short human-readable account of the score.
    ///
    /// Returns
    /// -------
    /// str
    ///     A few lines: the score and its breakdown, the skills the resume has, has partly
    ///     (through which skill, with what credit) and misses, the years short of the
    ///     minimum, the degree asked for when the candidate's falls short, and the share of
    ///     the candidate's skills the job uses.
    fn explain(&self) -> String {
        self.inner.explain()
    }
    /// The result as plain dicts and lists (for JSON and DataFrames).
    ///
    /// Returns
    /// -------
    /// dict
    ///     The score, breakdown, skill lists, experience gap, candidate years, reverse
    ///     score and mutual score as Python objects.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.inner)
    }
    /// The result as a JSON string (what `MatchResult.from_json` reads back).
    ///
    /// Returns
    /// -------
    /// str
    ///     JSON of the fields of `to_dict`.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.inner).map_err(|e| JobmatchError::new_err(e.to_string()))
    }
    /// Reads a result written by `to_json`.
    ///
    /// Parameters
    /// ----------
    /// json : str
    ///     What `MatchResult.to_json` wrote.
    ///
    /// Returns
    /// -------
    /// MatchResult
    ///
    /// Raises
    /// ------
    /// JobmatchError
    ///     When `json` is not a serialised MatchResult.
    #[classmethod]
    fn from_json(_cls: &Bound<'_, pyo3::types::PyType>, json: &str) -> PyResult<PyMatchResult> {
        _match_result_from_json(json)
    }
    /// Reads a result from the dict `to_dict` wrote (as from its JSON).
    ///
    /// Parameters
    /// ----------
    /// data : dict
    ///     What `MatchResult.to_dict` returned.
    ///
    /// Returns
    /// -------
    /// MatchResult
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `data` is not a dict.
    /// JobmatchError
    ///     When `data` is not a serialised MatchResult.
    #[classmethod]
    fn from_dict(
        _cls: &Bound<'_, pyo3::types::PyType>,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<PyMatchResult> {
        _match_result_from_json(&dict_to_json(data, "MatchResult")?)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("_match_result_from_json")?;
        Ok((f, (self.to_json()?,)))
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyMatchResult>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "MatchResult(score={:.4}, matched={}, partial={}, missing={})",
            self.inner.score,
            self.inner.matched.len(),
            self.inner.partial.len(),
            self.inner.missing.len()
        )
    }
}

/// A `MatchResult` from its JSON (pickles use this).
#[pyfunction]
fn _match_result_from_json(json: &str) -> PyResult<PyMatchResult> {
    let inner: MatchResult = serde_json::from_str(json)
        .map_err(|e| JobmatchError::new_err(format!("not a serialised MatchResult: {e}")))?;
    Ok(PyMatchResult { inner })
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyMatchResult>()?;
    m.add_function(wrap_pyfunction!(_match_result_from_json, m)?)?;
    Ok(())
}
