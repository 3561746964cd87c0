//! `ResumeIndex`: the resumes indexed once for repeated queries.

use std::sync::Arc;

use numpy::PyArray2;
use pyo3::prelude::*;

use super::convert::{workers_of, Count, Workers};
use super::matching::{arrays, cdist_in, check_k, check_per, jobs_for_scoring, ranked};
use crate::batch::resolve_workers;
use crate::extract::Extractor;
use crate::matching::{Matcher, ResumeIndex};

/// Resumes indexed by a `Matcher`, for repeated `top_k` queries.
///
/// Returned by `Matcher.index`; not created directly. Immutable. ``len(index)`` is the
/// number of resumes. It keeps the matcher's weights, `rank_by` and extractor: `top_k`
/// gives mutual scores when the matcher ranks by them, and jobs given as text are parsed
/// with that extractor.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "ResumeIndex")]
pub(crate) struct PyResumeIndex {
    pub(super) matcher: Arc<Matcher>,
    pub(super) extractor: Arc<Extractor>,
    pub(super) index: Arc<ResumeIndex>,
}

#[pymethods]
impl PyResumeIndex {
    /// An index lives in the process that built it: pickling it is a ``TypeError`` that
    /// says what to send instead.
    fn __reduce__(&self) -> PyResult<()> {
        Err(pyo3::exceptions::PyTypeError::new_err(
            "a ResumeIndex does not pickle; send the parsed resumes (Resume pickles, or \
             Resume.to_json()) and call Matcher.index(resumes) in the worker",
        ))
    }

    /// The `k` best indexed resumes for each job, or the `k` best jobs for each resume.
    ///
    /// Gives exactly what ``Matcher.top_k(resumes, jobs, k, per=per)`` gives for the
    /// indexed resumes: best first, ties to the lower index. Texts are parsed once per call,
    /// in parallel, with the GIL released; ranking runs in chunks, and Ctrl-C is checked
    /// between chunks, so it raises KeyboardInterrupt promptly.
    ///
    /// Parameters
    /// ----------
    /// jobs : iterable of Job or str or None
    ///     Parsed job postings and/or texts (a list, tuple, numpy array, or pandas or polars
    ///     Series; not a single str). None and NaN are empty documents.
    /// k : int, default 10
    ///     How many candidates to keep per row. Capped at the number of candidates (indexed
    ///     resumes for ``per="job"``, jobs for ``per="resume"``); must be at least 1.
    /// per : {"job", "resume"}, default "job"
    ///     Keyword-only. ``"job"``: one row per job, ranking the indexed resumes.
    ///     ``"resume"``: one row per indexed resume, ranking the jobs.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    ///
    /// Returns
    /// -------
    /// indices : numpy.ndarray
    ///     int64 array of shape ``(len(jobs), k)`` for ``per="job"`` (positions of the
    ///     resumes in the list given to `Matcher.index`) or ``(len(index), k)`` for
    ///     ``per="resume"`` (positions in `jobs`), with `k` after capping, best first.
    /// scores : numpy.ndarray
    ///     float32 array of the same shape: their scores.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `jobs` is a str, or an item is neither a `Job` nor a str, None or NaN.
    /// JobmatchError
    ///     If `k` is less than 1, `per` is not "job" or "resume", a text is not valid
    ///     Unicode (a lone surrogate), a parsed job names a skill the matcher's taxonomy
    ///     does not have, or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C during the call.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> index = jobmatch.Matcher().index(["Python and SQL developer", "Java developer"])
    /// >>> jobs = ["Requirements: Python, SQL.", "Requirements: Java.", None]
    /// >>> idx, scores = index.top_k(jobs, k=5)
    /// >>> assert idx.shape == scores.shape == (3, 2)  # k capped at the 2 resumes
    /// >>> assert idx.dtype == "int64" and scores.dtype == "float32"
    /// >>> idx, scores = index.top_k(jobs, k=1, per="resume")
    /// >>> assert idx.tolist() == [[0], [1]]  # each resume's best job
    #[pyo3(
        signature = (jobs, k = Count(10), *, per = "job", workers = None),
        text_signature = "($self, jobs, k=10, *, per='job', workers=None)"
    )]
    #[allow(clippy::type_complexity)]
    fn top_k<'py>(
        &self,
        py: Python<'py>,
        jobs: &Bound<'py, PyAny>,
        k: Count,
        per: &str,
        workers: Option<Workers>,
    ) -> PyResult<(Bound<'py, PyArray2<i64>>, Bound<'py, PyArray2<f32>>)> {
        check_per(per)?;
        let k = check_k(k)?;
        let threads = resolve_workers(workers_of(workers))?;
        let js = jobs_for_scoring(py, &self.matcher, &self.extractor, jobs, threads)?;
        let (rows, pairs, k) = ranked(py, &self.matcher, &self.index, &js, k, per, threads)?;
        arrays(py, &pairs, rows, k)
    }

    /// The matrix of scores of the indexed resumes against `jobs`.
    ///
    /// Gives exactly what ``Matcher.cdist(resumes, jobs)`` gives for the indexed resumes,
    /// without parsing or indexing them again.
    ///
    /// Parameters
    /// ----------
    /// jobs : iterable of Job or str or None
    ///     Parsed job postings and/or texts (not a single str). None and NaN are empty
    ///     documents.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     float32 matrix of shape ``(len(index), len(jobs))``.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `jobs` is a str, or an item is neither a `Job` nor a str, None or NaN.
    /// JobmatchError
    ///     If a text is not valid Unicode (a lone surrogate), a parsed job names a skill
    ///     the matcher's taxonomy does not have, or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C during the call.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> index = jobmatch.Matcher().index(["Python and SQL developer", "Java developer"])
    /// >>> S = index.cdist(["Requirements: Python, SQL.", "Requirements: Java."])
    /// >>> assert S.shape == (2, 2) and S[0, 0] > S[1, 0] and S[1, 1] > S[0, 1]
    #[pyo3(signature = (jobs, *, workers = None))]
    fn cdist<'py>(
        &self,
        py: Python<'py>,
        jobs: &Bound<'py, PyAny>,
        workers: Option<Workers>,
    ) -> PyResult<Bound<'py, PyArray2<f32>>> {
        let threads = resolve_workers(workers_of(workers))?;
        let js = jobs_for_scoring(py, &self.matcher, &self.extractor, jobs, threads)?;
        cdist_in(py, &self.matcher, &self.index, &js, threads)
    }

    fn __len__(&self) -> usize {
        self.index.len()
    }

    fn __repr__(&self) -> String {
        format!("ResumeIndex({} resumes)", self.index.len())
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyResumeIndex>()?;
    Ok(())
}
