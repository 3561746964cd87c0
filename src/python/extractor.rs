//! `SkillExtractor`, `Mention` and the module-level extraction functions.

use std::sync::{Arc, OnceLock};

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::convert::{guard, text_of, texts_of, CharOffsets};
use super::taxonomy::{PySkill, PyTaxonomy};
use crate::batch::{resolve_workers, Pool};
use crate::extract::{Extractor, ExtractorOptions, MatchType, Mention};
use crate::taxonomy::{SkillIndex, Taxonomy};

/// Texts per chunk between checks for Ctrl-C in batch calls.
const CHUNK: usize = 2048;

/// One skill found in a text. `start`/`end` are `str` indices: `text[start:end] == m.text`.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Mention")]
pub(crate) struct PyMention {
    taxonomy: Arc<Taxonomy>,
    skill: SkillIndex,
    /// Start index in the text (code points).
    #[pyo3(get)]
    start: usize,
    /// End index in the text (code points, exclusive).
    #[pyo3(get)]
    end: usize,
    /// The matched text.
    #[pyo3(get)]
    text: String,
    fuzzy: bool,
}

#[pymethods]
impl PyMention {
    #[getter]
    fn skill_id(&self) -> &str {
        &self.taxonomy.skill(self.skill).id
    }
    #[getter]
    fn name(&self) -> &str {
        &self.taxonomy.skill(self.skill).name
    }
    #[getter]
    fn kind(&self) -> &'static str {
        self.taxonomy.skill(self.skill).kind.as_str()
    }
    #[getter]
    fn category(&self) -> &str {
        &self.taxonomy.skill(self.skill).category
    }
    #[getter]
    fn esco_uri(&self) -> Option<&str> {
        self.taxonomy.skill(self.skill).esco_uri.as_deref()
    }
    /// "exact" or "fuzzy".
    #[getter]
    fn match_type(&self) -> &'static str {
        if self.fuzzy {
            "fuzzy"
        } else {
            "exact"
        }
    }
    /// The full `Skill`.
    #[getter]
    fn skill(&self) -> PySkill {
        PySkill {
            inner: self.taxonomy.skill(self.skill).clone(),
        }
    }

    /// The mention as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.taxonomy.skill(self.skill);
        let d = PyDict::new(py);
        d.set_item("skill_id", &s.id)?;
        d.set_item("name", &s.name)?;
        d.set_item("kind", s.kind.as_str())?;
        d.set_item("category", &s.category)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("esco_uri", s.esco_uri.as_deref())?;
        d.set_item("match_type", self.match_type())?;
        Ok(d)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyMention>().is_ok_and(|o| {
            let o = o.get();
            self.taxonomy.skill(self.skill).id == o.taxonomy.skill(o.skill).id
                && (self.start, self.end, &self.text, self.fuzzy)
                    == (o.start, o.end, &o.text, o.fuzzy)
        })
    }

    fn __repr__(&self) -> String {
        let s = self.taxonomy.skill(self.skill);
        format!(
            "Mention(name={:?}, skill_id={:?}, kind={:?}, text={:?}, start={}, end={})",
            s.name,
            s.id,
            s.kind.as_str(),
            self.text,
            self.start,
            self.end
        )
    }
}

fn to_py(taxonomy: &Arc<Taxonomy>, text: &str, mentions: Vec<Mention>) -> Vec<PyMention> {
    let mut offsets = CharOffsets::new(text);
    mentions
        .into_iter()
        .map(|m| PyMention {
            taxonomy: taxonomy.clone(),
            skill: m.skill,
            start: offsets.at(m.start),
            end: offsets.at(m.end),
            text: m.text(text).to_owned(),
            fuzzy: m.match_type == MatchType::Fuzzy,
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
    workers: Option<i64>,
) -> PyResult<Vec<Vec<PyMention>>> {
    let texts = texts_of(texts)?;
    let threads = resolve_workers(workers)?.min(texts.len().max(1));
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

/// Finds skills of a taxonomy in text. Immutable and thread-safe.
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

    /// The skills in one text.
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyMention>> {
        extract_one(py, &self.inner, text)
    }

    /// The skills in many texts, in parallel.
    #[pyo3(signature = (texts, *, workers = None))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        workers: Option<i64>,
    ) -> PyResult<Vec<Vec<PyMention>>> {
        extract_batch(py, &self.inner, texts, workers)
    }

    /// Parses a job posting with this extractor's taxonomy.
    fn parse_job(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
    ) -> PyResult<super::profile::PyJob> {
        super::profile::parse_job_with(py, &self.inner, text)
    }

    /// Parses a resume with this extractor's taxonomy.
    #[pyo3(signature = (text, *, today = None))]
    fn parse_resume(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<super::profile::PyResume> {
        super::profile::parse_resume_with(py, &self.inner, text, today)
    }

    /// Parses many job postings in parallel.
    #[pyo3(signature = (texts, *, workers = None))]
    fn parse_jobs(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        workers: Option<i64>,
    ) -> PyResult<Vec<super::profile::PyJob>> {
        super::profile::parse_jobs_with(py, &self.inner, texts, workers)
    }

    /// Parses many resumes in parallel.
    #[pyo3(signature = (texts, *, today = None, workers = None))]
    fn parse_resumes(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        today: Option<&Bound<'_, PyAny>>,
        workers: Option<i64>,
    ) -> PyResult<Vec<super::profile::PyResume>> {
        super::profile::parse_resumes_with(py, &self.inner, texts, today, workers)
    }

    #[getter]
    fn taxonomy(&self) -> PyTaxonomy {
        PyTaxonomy {
            inner: self.inner.taxonomy().clone(),
        }
    }

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

/// The skills in one text, with the built-in taxonomy.
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

/// The skills in many texts, in parallel, with the built-in taxonomy.
#[pyfunction]
#[pyo3(signature = (texts, *, workers = None, fuzzy = false))]
fn extract_skills_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    workers: Option<i64>,
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
    Ok(())
}
