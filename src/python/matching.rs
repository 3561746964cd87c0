//! `Matcher`: scores, score matrices and top-k rankings.

use std::sync::Arc;

use numpy::ndarray::Array2;
use numpy::{IntoPyArray, PyArray1, PyArray2};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::convert::{
    dict_to_json, guard, serde_to_py, text_of, workers_of, Count, PyText, Workers,
};
use super::errors::JobmatchError;
use super::extractor::PyExtractor;
use super::match_result::PyMatchResult;
use super::profile::{job_for_python, resume_for_python, today_of, PyJob, PyResume};
use super::resume_index::PyResumeIndex;
use crate::batch::{resolve_workers, Pool};
use crate::extract::Extractor;
use crate::matching::{
    IndexBuilder, Matcher, RankBy, ResumeIndex, ResumeSource, Weights, CATEGORIES,
    DEFAULT_LISTED_CREDIT,
};
use crate::profile::{Job, Resume, YearMonth};

/// Format version of `Matcher.to_json()`: 2 added `rank_by` (version 1, without it, is
/// still read, as `"score"`), 3 `listed_credit` (versions without it read as 1), 4 the
/// listed credit as the least share, which rises with the support (a version 3 file's flat
/// share reads as that least share).
const MATCHER_VERSION: u32 = 4;

/// Rows (resumes for cdist, jobs for top_k) per chunk between checks for Ctrl-C.
const CHUNK: usize = 4096;

/// A resume or job given as a parsed profile or as text to parse.
pub(crate) enum Input<T> {
    Parsed(Arc<T>),
    Text(PyText),
}

/// A resume input as the index builder takes it.
fn source_of(input: &Input<Resume>) -> ResumeSource<'_> {
    match input {
        Input::Parsed(p) => ResumeSource::Parsed(p),
        Input::Text(t) => ResumeSource::Text(t),
    }
}

pub(crate) fn inputs<T, P: pyo3::PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync>(
    obj: &Bound<'_, PyAny>,
    what: &str,
    inner: impl Fn(&P) -> Arc<T>,
) -> PyResult<Vec<Input<T>>> {
    not_a_str(obj, what)?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in obj.try_iter()?.enumerate() {
        out.push(input_of(&item?, what, i, &inner)?);
    }
    Ok(out)
}

/// A single str (read as documents of one char each) or a mapping (read as its keys) where
/// an iterable of documents belongs is a mistake.
fn not_a_str(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<()> {
    super::convert::not_one_text(obj, &format!("{what}s or texts"))
}

/// Item `i` of an input iterable of `what`s ("Resume" or "Job"): a parsed profile, or a
/// text (None and NaN are empty).
fn input_of<T, P: pyo3::PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync>(
    item: &Bound<'_, PyAny>,
    what: &str,
    i: usize,
    inner: impl Fn(&P) -> Arc<T>,
) -> PyResult<Input<T>> {
    Ok(match item.cast::<P>() {
        Ok(p) => Input::Parsed(inner(p.get())),
        Err(_) => Input::Text(document_text(item, what, Some(i))?),
    })
}

/// `obj`, a document that is not a parsed `what` ("Resume" or "Job"), as a text; else a
/// `TypeError` that names the argument (and item `at` of it) and what it takes, and says so
/// when a resume and a job look swapped.
fn document_text(obj: &Bound<'_, PyAny>, what: &str, at: Option<usize>) -> PyResult<PyText> {
    let py = obj.py();
    text_of(obj, at).map_err(|e| {
        if !e.is_instance_of::<PyTypeError>(py) {
            return e;
        }
        let arg = what.to_ascii_lowercase();
        let arg = match at {
            Some(i) => format!("{arg}s[{i}]"),
            None => arg,
        };
        let got = type_name(obj);
        let other = if what == "Resume" { "Job" } else { "Resume" };
        let hint = if got == other {
            "; resumes come first: score(resume, job), cdist(resumes, jobs)"
        } else {
            ""
        };
        PyTypeError::new_err(format!(
            "{arg} must be a {what}, a str, None or NaN, got {got}{hint}"
        ))
    })
}

/// Checks that `matcher` knows every skill of the parsed profiles among `items` (texts are
/// parsed with its own extractor): see [`Matcher::check_job`].
pub(crate) fn check_parsed<T>(
    items: &[Input<T>],
    check: impl Fn(&T) -> crate::Result<()>,
) -> PyResult<()> {
    for item in items {
        if let Input::Parsed(p) = item {
            check(p)?;
        }
    }
    Ok(())
}

/// Adds `chunk` to `builder` (on any thread: no Python object is touched), and gives both
/// back, so that the Python objects are dropped where the GIL is held.
fn add_chunk<'m>(
    mut builder: IndexBuilder<'m>,
    chunk: Vec<Input<Resume>>,
    matcher: &Matcher,
    extractor: &Extractor,
    today: YearMonth,
) -> (IndexBuilder<'m>, Vec<Input<Resume>>, PyResult<()>) {
    if let Err(e) = check_parsed(&chunk, |r| matcher.check_resume(r)) {
        return (builder, chunk, Err(e));
    }
    let sources: Vec<ResumeSource> = chunk.iter().map(source_of).collect();
    let added = guard(|| builder.add_mixed(extractor, &sources, today));
    drop(sources);
    (builder, chunk, added)
}

/// The next resumes of `items` (numbered from 0): up to `PARSE_CHUNK` texts to parse, and up
/// to 16 times as many items in all (empty texts cost nothing, a parsed profile a little).
/// Empty when `items` is done.
fn next_resumes(
    items: &mut std::iter::Enumerate<Bound<'_, pyo3::types::PyIterator>>,
) -> PyResult<Vec<Input<Resume>>> {
    let mut out = Vec::new();
    let mut to_parse = 0;
    while to_parse < PARSE_CHUNK && out.len() < PARSE_CHUNK * 16 {
        let Some((i, item)) = items.next() else {
            break;
        };
        let input = input_of::<Resume, PyResume>(&item?, "Resume", i, |r| r.inner.clone())?;
        to_parse += usize::from(matches!(&input, Input::Text(t) if !t.is_empty()));
        out.push(input);
    }
    Ok(out)
}

/// Texts parsed per chunk between checks for Ctrl-C.
const PARSE_CHUNK: usize = 1024;

/// Parses the texts among `items` in parallel, with the GIL released, in chunks between
/// checks for Ctrl-C.
pub(crate) fn resolve<T: Send + Sync>(
    py: Python<'_>,
    items: Vec<Input<T>>,
    pool: &Pool,
    parse: impl Fn(&str) -> T + Sync + Send,
) -> PyResult<Vec<Arc<T>>> {
    // Empty texts (and None/NaN) share one parsed profile: a column of missing values
    // costs a pointer per row, not a profile.
    let texts: Vec<&str> = items
        .iter()
        .filter_map(|i| match i {
            Input::Text(t) if !t.is_empty() => Some(t.as_str()),
            _ => None,
        })
        .collect();
    let mut parsed = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(PARSE_CHUNK) {
        parsed.extend(py.detach(|| guard(|| pool.map(chunk, |t| Arc::new(parse(t)))))?);
        py.check_signals()?;
    }
    let empty = Arc::new(guard(|| parse(""))?);
    let mut parsed = parsed.into_iter();
    Ok(items
        .iter()
        .map(|i| match i {
            Input::Parsed(p) => p.clone(),
            Input::Text(t) if t.is_empty() => empty.clone(),
            Input::Text(_) => parsed.next().unwrap_or_else(|| empty.clone()),
        })
        .collect())
}

/// `k` of `top_k` and friends: at least 1.
pub(super) fn check_k(k: Count) -> PyResult<usize> {
    match usize::try_from(k.0) {
        Ok(k) if k >= 1 => Ok(k),
        _ if k.0 == i64::MIN => Err(JobmatchError::new_err(
            "k must be at least 1, got a negative number beyond 64 bits",
        )),
        _ => Err(JobmatchError::new_err(format!(
            "k must be at least 1, got {}",
            k.0
        ))),
    }
}

/// `per` of `top_k` and `rank_frame`: "job" or "resume".
pub(super) fn check_per(per: &str) -> PyResult<()> {
    if per != "job" && per != "resume" {
        return Err(JobmatchError::new_err(format!(
            "per must be \"job\" or \"resume\", got {per:?}"
        )));
    }
    Ok(())
}

/// Runs `part` on `0..n` a [`CHUNK`] at a time with the GIL released (a panic becomes an
/// error), handing each result to `take`; Ctrl-C is checked between chunks.
fn in_chunks<P: Send>(
    py: Python<'_>,
    n: usize,
    part: impl Fn(std::ops::Range<usize>) -> crate::Result<P> + Sync,
    mut take: impl FnMut(P),
) -> PyResult<()> {
    for r0 in (0..n).step_by(CHUNK) {
        let rows = r0..(r0 + CHUNK).min(n);
        take(py.detach(|| guard(|| part(rows)))??);
        py.check_signals()?;
    }
    Ok(())
}

/// The `k` best resumes of `index` for each job, flattened job after job; checks for
/// Ctrl-C between chunks.
fn top_k_in(
    py: Python<'_>,
    matcher: &Matcher,
    index: &ResumeIndex,
    js: &[Arc<Job>],
    k: usize,
    threads: usize,
) -> PyResult<Vec<(u32, f32)>> {
    let w = Some(threads as i64);
    let mut out = Vec::with_capacity(js.len() * k);
    in_chunks(
        py,
        js.len(),
        |chunk| matcher.top_k_in(index, &js[chunk], k, w),
        |part| out.extend(part.into_iter().flatten()),
    )?;
    Ok(out)
}

/// The name of `obj`'s type, for error messages ("?" when Python cannot give it).
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

fn weights_from(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Weights> {
    let mut w = Weights::default();
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(w);
    };
    let dict = obj
        .cast::<PyDict>()
        .map_err(|_| pyo3::exceptions::PyTypeError::new_err("weights must be a dict"))?;
    for (k, v) in dict.iter() {
        let key: String = k.extract().map_err(|_| {
            PyTypeError::new_err(format!(
                "weights' keys must be category names (str), got {}",
                type_name(&k)
            ))
        })?;
        // True (or numpy's True) would read as 1.0: a bool is a mistake here, not a weight.
        let is_bool = v.is_instance_of::<pyo3::types::PyBool>()
            || v.get_type()
                .name()
                .is_ok_and(|n| n.to_cow().is_ok_and(|n| n == "bool_" || n == "bool"));
        let value: f64 = v.extract().ok().filter(|_| !is_bool).ok_or_else(|| {
            JobmatchError::new_err(format!(
                "weight {key:?} must be a number, got {}",
                type_name(&v)
            ))
        })?;
        match key.as_str() {
            "required_skills" => w.required_skills = value,
            "preferred_skills" => w.preferred_skills = value,
            "experience" => w.experience = value,
            "skill_experience" => w.skill_experience = value,
            "education" => w.education = value,
            other => {
                return Err(JobmatchError::new_err(format!(
                    "unknown weight {other:?}; the categories are required_skills, \
                     preferred_skills, experience, skill_experience, education"
                )))
            }
        }
    }
    w.validate()?;
    Ok(w)
}

/// Scores how well resumes fit jobs, with an explanation of every score.
///
/// `score` scores and explains one pair, `cdist` gives the matrix of scores of many
/// resumes against many jobs, `top_k` the best resumes for each job (or the best jobs for
/// each resume) without building the matrix, and `index` keeps an index of resumes for
/// repeated `top_k` queries. Resumes and jobs may be parsed profiles (`Resume`, `Job`) or
/// texts, which are parsed with the matcher's extractor; None and NaN are empty documents.
///
/// A score in [0, 1] is the weighted mean of five category scores (required skills,
/// preferred skills, experience, skill experience, education) over the categories the job
/// has data for; the weights of the others are renormalised rather than counted as zero.
/// A skill the resume lacks earns partial credit through a narrower, broader or related
/// skill of the taxonomy.
///
/// Immutable and thread-safe. It pickles and round-trips through `to_json` /
/// `Matcher.from_json` (with its extractor's taxonomy, if you gave one); two matchers are
/// equal when their JSON is.
///
/// Parameters
/// ----------
/// weights : dict of str to float, or None, default None
///     Weights of the categories ``"required_skills"`` (default 0.55),
///     ``"preferred_skills"`` (0.15), ``"experience"`` (0.10), ``"skill_experience"``
///     (0.10) and ``"education"`` (0.10). Categories left out keep their default; None
///     means all defaults. Weights must be finite and non-negative, and not all zero.
/// extractor : SkillExtractor or None, default None
///     Keyword-only. The extractor that parses texts given to the methods, and whose
///     taxonomy gives partial credit and skill weights. None means the built-in one.
/// rank_by : {"score", "mutual"}, default "score"
///     Keyword-only. What `cdist`, `top_k`, `index(...).top_k` and `rank_frame` give and
///     rank by: ``"score"``, how well the resume covers the job (`MatchResult.score`), or
///     ``"mutual"``, the geometric mean of that and how much of the resume the job uses
///     (`MatchResult.mutual_score`), which ranks the specialists of a field above
///     resumes that list every skill of it.
/// listed_credit : float, default 0.5
///     Keyword-only. The least share of its credit that a resume's skill earns when the
///     resume names it without years of use: in a skills list or a summary, in no
///     position's text, with no years stated beside it ("Python (5 years)"). The share
///     rises from it to 1 as far as the skills the resume uses in positions back its claim
///     to the job (the share of its credit for the job's required skills that they earn;
///     for its preferred skills when it earns none for the required ones):
///     a skills list that copies a posting above unrelated work earns about this much, one
///     beside positions that show most of the job's skills nearly all. 1 counts every
///     skill named alike. A statement that names the skill with years ("7 years of
///     Python") gives it years of use too. Between 0.01 and 1.
///
/// Raises
/// ------
/// TypeError
///     If `weights` is not a dict, `rank_by` is not a str or `listed_credit` not a
///     number.
/// JobmatchError
///     If a weight's name is unknown, a weight is not a number, negative or not finite,
///     or all weights are zero, `rank_by` is neither "score" nor "mutual", or
///     `listed_credit` is not between 0.01 and 1.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> m = jobmatch.Matcher(weights={"education": 0.3})
/// >>> assert m.weights["education"] == 0.3 and m.weights["required_skills"] == 0.55
/// >>> r = m.score("Skills: Python, SQL", "Requirements: Python, SQL and Docker.")
/// >>> assert 0.0 <= r.score <= 1.0
/// >>> S = m.cdist(["Python and SQL", "Java", None], ["Requirements: Java."])
/// >>> assert S.shape == (3, 1) and S.dtype == "float32"
/// >>> mutual = jobmatch.Matcher(rank_by="mutual")
/// >>> r = mutual.score("Skills: Python, SQL, Java", "Requirements: Python, SQL.")
/// >>> assert r.mutual_score == (r.score * r.reverse_score) ** 0.5
/// >>> S = mutual.cdist(["Skills: Python, SQL, Java"], ["Requirements: Python, SQL."])
/// >>> import numpy as np
/// >>> assert S[0, 0] == np.float32(r.mutual_score)
/// >>> jobmatch.Matcher().score("Skills: Python, SQL", "Requirements: Python, SQL.").score
/// 0.5
/// >>> alike = jobmatch.Matcher(listed_credit=1.0)
/// >>> alike.score("Skills: Python, SQL", "Requirements: Python, SQL.").score
/// 1.0
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Matcher")]
pub(crate) struct PyMatcher {
    inner: Arc<Matcher>,
    extractor: Arc<Extractor>,
    custom_extractor: Option<Py<PyExtractor>>,
}

/// Resumes and jobs, parsed where they were given as text.
type Profiles = (Vec<Arc<Resume>>, Vec<Arc<Job>>);

/// A ranking: how many rows, the best candidates of each row flattened row after row, and
/// the `k` of each row (capped at the number of candidates).
type Ranked = (usize, Vec<(u32, f32)>, usize);

/// The resumes and jobs of a matrix-shaped call as given, and the month "present" means.
type Inputs = (Vec<Input<Resume>>, Vec<Input<Job>>, YearMonth);

impl PyMatcher {
    fn today(&self, today: Option<&Bound<'_, PyAny>>) -> PyResult<YearMonth> {
        today_of(today)
    }

    /// The resumes and jobs of a matrix-shaped call, checked, and the month of `today`.
    fn inputs_of(
        &self,
        resumes: &Bound<'_, PyAny>,
        jobs: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Inputs> {
        let today = self.today(today)?;
        let rs = inputs::<Resume, PyResume>(resumes, "Resume", |r| r.inner.clone())?;
        let js = inputs::<Job, PyJob>(jobs, "Job", |j| j.inner.clone())?;
        check_parsed(&rs, |r| self.inner.check_resume(r))?;
        check_parsed(&js, |j| self.inner.check_job(j))?;
        Ok((rs, js, today))
    }

    /// The inputs of `rank_frame` as profiles: texts are parsed once, in parallel, with
    /// the GIL released.
    fn profiles(
        &self,
        py: Python<'_>,
        resumes: &Bound<'_, PyAny>,
        jobs: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
        threads: usize,
    ) -> PyResult<Profiles> {
        let (rs, js, today) = self.inputs_of(resumes, jobs, today)?;
        let pool = Pool::new(threads)?;
        let ex = &self.extractor;
        Ok((
            resolve(py, rs, &pool, |t| resume_for_python(t, ex, today))?,
            resolve(py, js, &pool, |t| job_for_python(t, ex))?,
        ))
    }

    /// The inputs of `cdist` and `top_k`: the resumes indexed (see
    /// [`PyMatcher::index_of`]) and the jobs parsed, texts once each, in parallel, with the
    /// GIL released.
    fn indexed(
        &self,
        py: Python<'_>,
        resumes: &Bound<'_, PyAny>,
        jobs: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
        threads: usize,
    ) -> PyResult<(ResumeIndex, Vec<Arc<Job>>)> {
        let today = self.today(today)?;
        not_a_str(resumes, "Resume")?;
        let js = jobs_for_scoring(py, &self.inner, &self.extractor, jobs, threads)?;
        let index = self.index_of(py, resumes, today, threads)?;
        Ok((index, js))
    }

    /// The index of `resumes` (an iterable of parsed resumes and texts, in order). Texts
    /// are parsed, resolved and dropped by the workers, with the GIL released, a chunk at a
    /// time between checks for Ctrl-C: the parsed profiles are never all in memory. With
    /// more than one worker, this thread reads the next chunk from Python while the
    /// workers parse one.
    fn index_of(
        &self,
        py: Python<'_>,
        resumes: &Bound<'_, PyAny>,
        today: YearMonth,
        threads: usize,
    ) -> PyResult<ResumeIndex> {
        not_a_str(resumes, "Resume")?;
        let mut builder = self.inner.index_builder(Some(threads as i64))?;
        builder.reserve(resumes.len().unwrap_or(0));
        let ex = &*self.extractor;
        let mut items = resumes.try_iter()?.enumerate();
        let mut chunk = next_resumes(&mut items)?;
        let m = &*self.inner;
        let add = |builder, chunk| add_chunk(builder, chunk, m, ex, today);
        builder = std::thread::scope(|scope| -> PyResult<IndexBuilder<'_>> {
            while !chunk.is_empty() {
                let current = std::mem::take(&mut chunk);
                // One worker adds the chunk here, then reads the next; with more, a thread
                // adds it while this one reads the next.
                let (added, next) = if threads <= 1 {
                    (py.detach(|| add(builder, current)), None)
                } else {
                    // (`Builder::spawn_scoped`: a thread the system refuses is an error,
                    // where `Scope::spawn` would panic.)
                    let worker = std::thread::Builder::new()
                        .name("jobmatch-index".into())
                        .spawn_scoped(scope, move || add(builder, current))
                        .map_err(|e| {
                            JobmatchError::new_err(format!("cannot start a thread: {e}"))
                        })?;
                    let next = next_resumes(&mut items);
                    let added = py.detach(|| worker.join()).map_err(|_| {
                        JobmatchError::new_err("internal error in jobmatch: a thread failed")
                    })?;
                    (added, Some(next))
                };
                let (b, done, added) = added;
                drop(done);
                builder = b;
                added?;
                py.check_signals()?;
                chunk = match next {
                    Some(next) => next?,
                    None => next_resumes(&mut items)?,
                };
            }
            Ok(builder)
        })?;
        Ok(py.detach(|| guard(|| builder.finish()))??)
    }
}

/// `jobs` for scoring with `matcher`: texts parsed with `extractor`, once each, in parallel,
/// with the GIL released; parsed jobs checked to name only skills the matcher knows.
pub(super) fn jobs_for_scoring(
    py: Python<'_>,
    matcher: &Matcher,
    extractor: &Extractor,
    jobs: &Bound<'_, PyAny>,
    threads: usize,
) -> PyResult<Vec<Arc<Job>>> {
    let items = inputs::<Job, PyJob>(jobs, "Job", |j| j.inner.clone())?;
    check_parsed(&items, |j| matcher.check_job(j))?;
    // Scoring reads no offsets: the jobs keep Rust's (bytes), unconverted.
    resolve(py, items, &Pool::new(threads)?, |t| {
        Job::parse(t, extractor)
    })
}

/// The `k` best candidates of every row of `index` and `js` (a job's resumes, or with
/// `per="resume"` a resume's jobs), flattened row after row: (rows, pairs, the `k` capped at
/// the number of candidates). Ctrl-C is checked between chunks.
pub(super) fn ranked(
    py: Python<'_>,
    matcher: &Matcher,
    index: &ResumeIndex,
    js: &[Arc<Job>],
    k: usize,
    per: &str,
    threads: usize,
) -> PyResult<Ranked> {
    let n = index.len();
    if per == "job" {
        let k = k.min(n);
        let pairs = if k == 0 {
            Vec::new()
        } else {
            top_k_in(py, matcher, index, js, k, threads)?
        };
        return Ok((js.len(), pairs, k));
    }
    let k = k.min(js.len());
    let mut pairs = Vec::with_capacity(n * k);
    if k > 0 {
        in_chunks(
            py,
            n,
            |rows| matcher.top_k_jobs_rows(index, js, rows, k, threads),
            |part| pairs.extend(part.into_iter().flatten()),
        )?;
    }
    Ok((n, pairs, k))
}

/// The matrix of scores of the resumes of `index` (rows) against `js`, in chunks of rows
/// between checks for Ctrl-C.
pub(super) fn cdist_in<'py>(
    py: Python<'py>,
    matcher: &Matcher,
    index: &ResumeIndex,
    js: &[Arc<Job>],
    threads: usize,
) -> PyResult<Bound<'py, PyArray2<f32>>> {
    let n = index.len();
    let mut out: Vec<f32> = Vec::with_capacity(n * js.len());
    in_chunks(
        py,
        n,
        |rows| matcher.cdist_rows(index, js, rows, threads),
        |part| out.extend(part),
    )?;
    let array = Array2::from_shape_vec((n, js.len()), out)
        .map_err(|e| JobmatchError::new_err(e.to_string()))?;
    Ok(array.into_pyarray(py))
}

// The default of `Matcher(listed_credit=...)` in its signature is the library's.
const _: () = assert!(DEFAULT_LISTED_CREDIT == 0.5);

#[pymethods]
impl PyMatcher {
    #[new]
    // (The default as a literal, so that Python's signature shows it.)
    #[pyo3(signature = (weights = None, *, extractor = None, rank_by = "score", listed_credit = 0.5))]
    fn new(
        weights: Option<&Bound<'_, PyAny>>,
        extractor: Option<Bound<'_, PyExtractor>>,
        rank_by: &str,
        listed_credit: f64,
    ) -> PyResult<Self> {
        let w = weights_from(weights)?;
        let rank_by: RankBy = rank_by.parse()?;
        let ex = extractor
            .as_ref()
            .map_or_else(Extractor::builtin, |e| e.get().inner.clone());
        let matcher = Matcher::new(ex.taxonomy().clone(), w)?
            .with_rank_by(rank_by)
            .with_listed_credit(listed_credit)?;
        Ok(PyMatcher {
            inner: Arc::new(matcher),
            extractor: ex,
            custom_extractor: extractor.map(|e| e.unbind()),
        })
    }

    /// The category weights, as a dict of the five category names to floats.
    #[getter]
    fn weights<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, self.inner.weights())
    }

    /// What the bulk methods give and rank by: ``"score"`` or ``"mutual"``.
    #[getter]
    fn rank_by(&self) -> &'static str {
        self.inner.rank_by().name()
    }

    /// The least share of its credit that a skill named without years of use earns (0.5
    /// unless set; the share rises with the support, see `Matcher`).
    #[getter]
    fn listed_credit(&self) -> f64 {
        self.inner.listed_credit()
    }

    /// Scores one resume for one job, with an explanation.
    ///
    /// Texts are parsed with the matcher's extractor; parsing and scoring run with the GIL
    /// released. ``m.score(r, j).score`` equals ``m.cdist([r], [j])[0, 0]`` (as float32).
    ///
    /// Parameters
    /// ----------
    /// resume : Resume or str or None
    ///     A parsed resume, or its text. None and NaN are empty texts.
    /// job : Job or str or None
    ///     A parsed job posting, or its text. None and NaN are empty texts.
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month "present" means when `resume` is a text, as in
    ///     `parse_resume`; None means the current month. Ignored for a parsed `Resume`.
    ///
    /// Returns
    /// -------
    /// MatchResult
    ///     The score in [0, 1], its breakdown by category, the job's skills matched,
    ///     partly matched and missing, and `explain()` for a readable account.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `resume` or `job` is neither a profile nor a str, None or NaN, or `today` has
    ///     the wrong type.
    /// JobmatchError
    ///     If a text is not valid Unicode (a lone surrogate), or `today` is not a valid date.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> m = jobmatch.Matcher()
    /// >>> r = m.score("Skills: Python, SQL", "Requirements: Python, SQL and Docker.")
    /// >>> assert 0.0 <= r.score <= 1.0
    /// >>> assert [s.name for s in r.missing] == ["Docker"]
    /// >>> assert set(r.breakdown) <= set(m.weights)
    /// >>> print(r.explain())  # doctest: +SKIP
    #[pyo3(signature = (resume, job, *, today = None))]
    fn score(
        &self,
        py: Python<'_>,
        resume: &Bound<'_, PyAny>,
        job: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyMatchResult> {
        let today = self.today(today)?;
        let cv: Arc<Resume> = match resume.cast::<PyResume>() {
            Ok(r) => {
                self.inner.check_resume(&r.get().inner)?;
                r.get().inner.clone()
            }
            Err(_) => {
                let t = document_text(resume, "Resume", None)?;
                Arc::new(py.detach(|| guard(|| resume_for_python(&t, &self.extractor, today)))?)
            }
        };
        let jb: Arc<Job> = match job.cast::<PyJob>() {
            Ok(j) => {
                self.inner.check_job(&j.get().inner)?;
                j.get().inner.clone()
            }
            Err(_) => {
                let t = document_text(job, "Job", None)?;
                Arc::new(py.detach(|| guard(|| job_for_python(&t, &self.extractor)))?)
            }
        };
        let result = py.detach(|| guard(|| self.inner.score(&cv, &jb)))?;
        Ok(PyMatchResult { inner: result })
    }

    /// Scores every resume against every job.
    ///
    /// Texts are parsed once per call, in parallel, with the GIL released; scoring runs in
    /// chunks of resumes, and Ctrl-C is checked between chunks, so it raises
    /// KeyboardInterrupt promptly. One worker gives exactly what many do.
    ///
    /// Parameters
    /// ----------
    /// resumes : iterable of Resume or str or None
    ///     Parsed resumes and/or texts (a list, tuple, numpy array, or pandas or polars
    ///     Series; not a single str). None and NaN are empty documents (which usually
    ///     score 0).
    /// jobs : iterable of Job or str or None
    ///     Parsed job postings and/or texts, likewise.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month "present" means in resumes given as text, as in
    ///     `parse_resume`; None means the current month.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     float32 matrix of shape ``(len(resumes), len(jobs))``; entry ``[i, j]`` is the
    ///     score of resume ``i`` for job ``j``, ``score(resumes[i], jobs[j]).score`` as
    ///     float32 (``.mutual_score`` for a matcher made with ``rank_by="mutual"``).
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `resumes` or `jobs` is a str, or an item is neither a profile nor a str, None
    ///     or NaN (the message names the item).
    /// JobmatchError
    ///     If a text is not valid Unicode (a lone surrogate), `today` is not a valid date,
    ///     or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C during the call.
    ///
    /// See Also
    /// --------
    /// Matcher.top_k : The best matches without the whole matrix.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> m = jobmatch.Matcher()
    /// >>> resumes = ["Python and SQL developer", "Java developer", None]
    /// >>> jobs = ["Requirements: Python, SQL.", "Requirements: Java."]
    /// >>> S = m.cdist(resumes, jobs, workers=2)
    /// >>> assert S.shape == (3, 2) and S.dtype == "float32"
    /// >>> assert ((0.0 <= S) & (S <= 1.0)).all()
    #[pyo3(signature = (resumes, jobs, *, workers = None, today = None))]
    fn cdist<'py>(
        &self,
        py: Python<'py>,
        resumes: &Bound<'py, PyAny>,
        jobs: &Bound<'py, PyAny>,
        workers: Option<Workers>,
        today: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyArray2<f32>>> {
        let threads = resolve_workers(workers_of(workers))?;
        let (index, js) = self.indexed(py, resumes, jobs, today, threads)?;
        cdist_in(py, &self.inner, &index, &js, threads)
    }

    /// The `k` best resumes for each job, or the `k` best jobs for each resume.
    ///
    /// Gives the same ranking as sorting each column of `cdist` (each row with
    /// ``per="resume"``), best first with ties going to the lower index, without building
    /// the matrix: the resumes are indexed once; with ``per="job"`` each job is ranked
    /// against the index, with ``per="resume"`` every job's scores for a block of resumes
    /// go straight into each resume's best `k`. Either way memory grows with the rows
    /// times `k`, not with resumes times jobs. Texts are parsed once per call, in
    /// parallel, with the GIL released; a resume text is parsed, resolved into the index
    /// and dropped by the worker that read it, so the parsed resumes are never all in
    /// memory. Ranking runs in chunks, and Ctrl-C is checked between chunks, so it raises
    /// KeyboardInterrupt promptly. One worker gives exactly what many do.
    ///
    /// Parameters
    /// ----------
    /// resumes : iterable of Resume or str or None
    ///     Parsed resumes and/or texts (a list, tuple, numpy array, or pandas or polars
    ///     Series; not a single str). None and NaN are empty documents (which usually
    ///     score 0).
    /// jobs : iterable of Job or str or None
    ///     Parsed job postings and/or texts, likewise.
    /// k : int, default 10
    ///     How many candidates to keep per row. Capped at the number of candidates (resumes
    ///     for ``per="job"``, jobs for ``per="resume"``); must be at least 1.
    /// per : {"job", "resume"}, default "job"
    ///     Keyword-only. ``"job"``: one row per job, ranking the resumes. ``"resume"``: one
    ///     row per resume, ranking the jobs.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month "present" means in resumes given as text, as in
    ///     `parse_resume`; None means the current month.
    ///
    /// Returns
    /// -------
    /// indices : numpy.ndarray
    ///     int64 array of shape ``(len(jobs), k)`` for ``per="job"`` (positions in
    ///     `resumes`) or ``(len(resumes), k)`` for ``per="resume"`` (positions in `jobs`),
    ///     with `k` after capping; best first.
    /// scores : numpy.ndarray
    ///     float32 array of the same shape: the scores of those candidates, equal to the
    ///     corresponding `cdist` entries (mutual scores with ``rank_by="mutual"``).
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `resumes` or `jobs` is a str, or an item is neither a profile nor a str, None
    ///     or NaN (the message names the item).
    /// JobmatchError
    ///     If `k` is less than 1, `per` is not "job" or "resume", a text is not valid
    ///     Unicode (a lone surrogate), `today` is not a valid date, or `workers` is 0 or
    ///     below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C during the call.
    ///
    /// See Also
    /// --------
    /// Matcher.index : Index the resumes once for repeated queries.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> m = jobmatch.Matcher()
    /// >>> resumes = ["Python and SQL developer", "Java developer", None]
    /// >>> jobs = ["Requirements: Python, SQL.", "Requirements: Java."]
    /// >>> idx, scores = m.top_k(resumes, jobs, k=2)
    /// >>> assert idx.shape == scores.shape == (2, 2)
    /// >>> assert idx.dtype == "int64" and scores.dtype == "float32"
    /// >>> assert (scores[:, 0] >= scores[:, 1]).all()
    /// >>> idx, scores = m.top_k(resumes, jobs, k=5, per="resume")
    /// >>> assert idx.shape == (3, 2)  # k capped at the 2 jobs
    #[pyo3(
        signature = (resumes, jobs, k = Count(10), *, per = "job", workers = None, today = None),
        text_signature = "($self, resumes, jobs, k=10, *, per='job', workers=None, today=None)"
    )]
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn top_k<'py>(
        &self,
        py: Python<'py>,
        resumes: &Bound<'py, PyAny>,
        jobs: &Bound<'py, PyAny>,
        k: Count,
        per: &str,
        workers: Option<Workers>,
        today: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<(Bound<'py, PyArray2<i64>>, Bound<'py, PyArray2<f32>>)> {
        let threads = resolve_workers(workers_of(workers))?;
        check_per(per)?;
        let k = check_k(k)?;
        let (index, js) = self.indexed(py, resumes, jobs, today, threads)?;
        let (rows, pairs, k) = ranked(py, &self.inner, &index, &js, k, per, threads)?;
        arrays(py, &pairs, rows, k)
    }

    /// Indexes resumes for repeated `top_k` queries.
    ///
    /// Build the index once, then rank any number of batches of jobs against it with
    /// `ResumeIndex.top_k`, without parsing or indexing the resumes again. Texts are parsed
    /// with the matcher's extractor, in parallel, with the GIL released.
    ///
    /// Parameters
    /// ----------
    /// resumes : iterable of Resume or str or None
    ///     Parsed resumes and/or texts (a list, tuple, numpy array, or pandas or polars
    ///     Series; not a single str). None and NaN are empty documents.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month "present" means in resumes given as text, as in
    ///     `parse_resume`; None means the current month.
    ///
    /// Returns
    /// -------
    /// ResumeIndex
    ///     The index; ``len(index) == len(resumes)``, and its positions are those of
    ///     `resumes`.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `resumes` is a str, or an item is neither a `Resume` nor a str, None or NaN.
    /// JobmatchError
    ///     If a text is not valid Unicode (a lone surrogate), `today` is not a valid date,
    ///     or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C while the texts are parsed.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> m = jobmatch.Matcher()
    /// >>> index = m.index(["Python and SQL developer", "Java developer", None])
    /// >>> assert len(index) == 3
    /// >>> idx, scores = index.top_k(["Requirements: Java."], k=2)
    /// >>> assert idx.shape == scores.shape == (1, 2)
    #[pyo3(signature = (resumes, *, workers = None, today = None))]
    fn index(
        &self,
        py: Python<'_>,
        resumes: &Bound<'_, PyAny>,
        workers: Option<Workers>,
        today: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyResumeIndex> {
        let threads = resolve_workers(workers_of(workers))?;
        let today = self.today(today)?;
        let index = self.index_of(py, resumes, today, threads)?;
        Ok(PyResumeIndex {
            matcher: self.inner.clone(),
            extractor: self.extractor.clone(),
            index: Arc::new(index),
        })
    }

    /// The ranking as columns: `row` (the job, or the resume with `per="resume"`), `rank`
    /// (1-based), `candidate`, `score` and one float column per category (NaN where the
    /// job has no data for it). Used by `jobmatch.rank_frame`.
    #[pyo3(
        signature = (resumes, jobs, k = Count(10), *, per = "job", workers = None, today = None),
        text_signature = "($self, resumes, jobs, k=10, *, per='job', workers=None, today=None)"
    )]
    #[allow(clippy::too_many_arguments)]
    fn _rank_columns<'py>(
        &self,
        py: Python<'py>,
        resumes: &Bound<'py, PyAny>,
        jobs: &Bound<'py, PyAny>,
        k: Count,
        per: &str,
        workers: Option<Workers>,
        today: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let threads = resolve_workers(workers_of(workers))?;
        check_per(per)?;
        let k = check_k(k)?;
        let (rs, js) = self.profiles(py, resumes, jobs, today, threads)?;
        let index = py.detach(|| guard(|| self.inner.index(&rs, Some(threads as i64))))??;
        let (_, pairs, k) = ranked(py, &self.inner, &index, &js, k, per, threads)?;
        let by_job = per == "job";
        // Every (row, rank, candidate) triple with its score.
        let mut triples: Vec<(i64, i32, i64, f32)> = Vec::with_capacity(pairs.len());
        for (r, row) in pairs.chunks(k.max(1)).enumerate() {
            for (rank, &(c, s)) in row.iter().enumerate() {
                triples.push((r as i64, rank as i32 + 1, i64::from(c), s));
            }
        }
        let pool = Pool::new(threads)?;
        let mut cats: Vec<[f32; 5]> = Vec::with_capacity(triples.len());
        for chunk in triples.chunks(CHUNK * 4) {
            let part = py.detach(|| {
                guard(|| {
                    pool.map(chunk, |&(r, _, c, _)| {
                        let (cv, jb) = if by_job {
                            (&rs[c as usize], &js[r as usize])
                        } else {
                            (&rs[r as usize], &js[c as usize])
                        };
                        let (_, cats) = self.inner.categories_of(cv, jb);
                        cats.map(|c| c.map_or(f32::NAN, |c| c as f32))
                    })
                })
            })?;
            cats.extend(part);
            py.check_signals()?;
        }
        let out = PyDict::new(py);
        out.set_item("row", PyArray1::from_iter(py, triples.iter().map(|t| t.0)))?;
        out.set_item("rank", PyArray1::from_iter(py, triples.iter().map(|t| t.1)))?;
        out.set_item(
            "candidate",
            PyArray1::from_iter(py, triples.iter().map(|t| t.2)),
        )?;
        out.set_item(
            "score",
            PyArray1::from_iter(py, triples.iter().map(|t| t.3)),
        )?;
        for (i, name) in CATEGORIES.iter().enumerate() {
            out.set_item(*name, PyArray1::from_iter(py, cats.iter().map(|c| c[i])))?;
        }
        Ok(out)
    }

    /// The matcher as JSON text, readable by `Matcher.from_json`.
    ///
    /// Returns
    /// -------
    /// str
    ///     A JSON object with a format version, the weights, `rank_by` and
    ///     `listed_credit` and, when the matcher was given an extractor, that extractor's
    ///     taxonomy and `fuzzy` setting.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let mut doc = serde_json::json!({
            "format": "jobmatch.Matcher",
            "version": MATCHER_VERSION,
            "weights": self.inner.weights(),
            "rank_by": self.inner.rank_by(),
            "listed_credit": self.inner.listed_credit(),
        });
        if let Some(ex) = &self.custom_extractor {
            let ex = &ex.bind(py).get().inner;
            let tax: serde_json::Value = serde_json::from_str(&ex.taxonomy().to_json())
                .map_err(|e| JobmatchError::new_err(e.to_string()))?;
            doc["taxonomy"] = tax;
            doc["fuzzy"] = serde_json::Value::Bool(ex.options().fuzzy);
        }
        Ok(doc.to_string())
    }

    /// The matcher as a dict: the content of `to_json`, as Python objects.
    ///
    /// Returns
    /// -------
    /// dict
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?
            .call_method1("loads", (self.to_json(py)?,))
    }

    /// Reads a matcher from the dict `to_dict` wrote.
    ///
    /// Parameters
    /// ----------
    /// data : dict
    ///     What `Matcher.to_dict` returned.
    ///
    /// Returns
    /// -------
    /// Matcher
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `data` is not a dict.
    /// JobmatchError, TaxonomyError
    ///     As `from_json`.
    #[classmethod]
    fn from_dict(
        cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<PyMatcher> {
        Self::from_json(cls, py, &dict_to_json(data, "Matcher")?)
    }

    /// Reads a matcher saved by `Matcher.to_json`.
    ///
    /// Parameters
    /// ----------
    /// json : str
    ///     The text `to_json` wrote.
    ///
    /// Returns
    /// -------
    /// Matcher
    ///     A matcher equal to the one saved (with its own extractor rebuilt, if it had one).
    ///
    /// Raises
    /// ------
    /// JobmatchError
    ///     If `json` is not a saved Matcher, was saved in another format version (the
    ///     message names both versions), or holds invalid weights, `rank_by` or
    ///     `listed_credit`.
    /// TaxonomyError
    ///     If the saved taxonomy is malformed.
    #[classmethod]
    fn from_json(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        json: &str,
    ) -> PyResult<PyMatcher> {
        let bad = |why: String| JobmatchError::new_err(format!("not a serialised Matcher: {why}"));
        let doc: serde_json::Value = serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
        if doc.get("format").and_then(|f| f.as_str()) != Some("jobmatch.Matcher") {
            return Err(bad("no \"format\": \"jobmatch.Matcher\"".into()));
        }
        match doc.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if (1..=u64::from(MATCHER_VERSION)).contains(&v) => {}
            Some(v) => {
                return Err(JobmatchError::new_err(format!(
                    "this Matcher was saved in format version {v}; this jobmatch reads versions 1 to {MATCHER_VERSION}"
                )))
            }
            None => return Err(bad("no format version".into())),
        }
        let weights: Weights =
            serde_json::from_value(doc.get("weights").cloned().unwrap_or_default())
                .map_err(|e| bad(e.to_string()))?;
        weights.validate()?;
        // Saved before matchers had a `rank_by` (format version 1): the default.
        let rank_by: RankBy = match doc.get("rank_by") {
            None => RankBy::Score,
            Some(v) => v
                .as_str()
                .ok_or_else(|| bad(format!("rank_by must be a string, got {v}")))?
                .parse()
                .map_err(|e: crate::error::Error| bad(e.to_string()))?,
        };
        // Saved before matchers had a `listed_credit` (format versions 1 and 2): 1.
        let listed_credit = match doc.get("listed_credit") {
            None => 1.0,
            Some(v) => v
                .as_f64()
                .ok_or_else(|| bad(format!("listed_credit must be a number, got {v}")))?,
        };
        let (extractor, custom) = match doc.get("taxonomy") {
            None | Some(serde_json::Value::Null) => (Extractor::builtin(), None),
            Some(tax) => {
                let tax = crate::taxonomy::Taxonomy::from_json(&tax.to_string(), "Matcher JSON")?;
                let fuzzy = doc
                    .get("fuzzy")
                    .and_then(serde_json::Value::as_bool)
                    .unwrap_or(false);
                let ex = Arc::new(py.detach(|| {
                    Extractor::new(
                        Arc::new(tax),
                        crate::extract::ExtractorOptions::default().fuzzy(fuzzy),
                    )
                })?);
                let py_ex = Py::new(py, PyExtractor { inner: ex.clone() })?;
                (ex, Some(py_ex))
            }
        };
        let matcher = Matcher::new(extractor.taxonomy().clone(), weights)?
            .with_rank_by(rank_by)
            .with_listed_credit(listed_credit)
            .map_err(|e| bad(e.to_string()))?;
        Ok(PyMatcher {
            inner: Arc::new(matcher),
            extractor,
            custom_extractor: custom,
        })
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>, py: Python<'_>) -> PyResult<bool> {
        let Ok(o) = other.cast::<PyMatcher>() else {
            return Ok(false);
        };
        Ok(self.to_json(py)? == o.get().to_json(py)?)
    }

    fn __repr__(&self) -> String {
        let w = self.inner.weights();
        let rank_by = match self.inner.rank_by() {
            RankBy::Score => String::new(),
            r => format!(", rank_by='{}'", r.name()),
        };
        let listed = match self.inner.listed_credit() {
            DEFAULT_LISTED_CREDIT => String::new(),
            c => format!(", listed_credit={c:?}"),
        };
        format!(
            "Matcher(weights={{'required_skills': {:?}, 'preferred_skills': {:?}, 'experience': {:?}, 'skill_experience': {:?}, 'education': {:?}}}{rank_by}{listed})",
            w.required_skills, w.preferred_skills, w.experience, w.skill_experience, w.education
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (
            Bound<'py, PyAny>,
            Option<Py<PyExtractor>>,
            &'static str,
            f64,
        ),
    )> {
        let f = py.import("jobmatch._jobmatch")?.getattr("_make_matcher")?;
        let ex = self.custom_extractor.as_ref().map(|e| e.clone_ref(py));
        Ok((
            f,
            (
                self.weights(py)?,
                ex,
                self.rank_by(),
                self.inner.listed_credit(),
            ),
        ))
    }
}

/// Rebuilds a matcher when unpickling.
#[pyfunction]
#[pyo3(signature = (weights, extractor = None, rank_by = "score", listed_credit = 1.0))]
fn _make_matcher(
    weights: &Bound<'_, PyAny>,
    extractor: Option<Bound<'_, PyExtractor>>,
    rank_by: &str,
    listed_credit: f64,
) -> PyResult<PyMatcher> {
    PyMatcher::new(Some(weights), extractor, rank_by, listed_credit)
}

/// Flattened (index, score) pairs as two arrays of shape (rows, k).
#[allow(clippy::type_complexity)]
pub(super) fn arrays<'py>(
    py: Python<'py>,
    pairs: &[(u32, f32)],
    rows: usize,
    k: usize,
) -> PyResult<(Bound<'py, PyArray2<i64>>, Bound<'py, PyArray2<f32>>)> {
    let idx: Vec<i64> = pairs.iter().map(|&(i, _)| i64::from(i)).collect();
    let scores: Vec<f32> = pairs.iter().map(|&(_, s)| s).collect();
    let idx = Array2::from_shape_vec((rows, k), idx)
        .map_err(|e| JobmatchError::new_err(e.to_string()))?;
    let scores = Array2::from_shape_vec((rows, k), scores)
        .map_err(|e| JobmatchError::new_err(e.to_string()))?;
    Ok((idx.into_pyarray(py), scores.into_pyarray(py)))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyMatcher>()?;
    m.add_function(wrap_pyfunction!(_make_matcher, m)?)?;
    Ok(())
}
