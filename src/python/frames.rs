//! Columns for DataFrames: many documents in, one dict of numpy arrays and lists out, so
//! that `jobmatch.skills_frame`, `jobs_frame` and `resumes_frame` build a pandas or polars
//! frame without a Python loop per document.

use std::collections::HashMap;
use std::sync::Arc;

use numpy::PyArray1;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use super::convert::{guard, texts_of, workers_of, CharOffsets, Workers};
use super::extractor::PyExtractor;
use super::matching::{inputs, resolve};
use super::profile::{job_for_python, resume_for_python, today_of, PyJob, PyResume};
use crate::batch::{resolve_workers, Pool};
use crate::extract::{Extractor, Mention};
use crate::profile::{Job, Resume};
use crate::taxonomy::SkillIndex;

/// Documents per chunk between checks for Ctrl-C.
const CHUNK: usize = 2048;

fn extractor_of(extractor: Option<&Bound<'_, PyExtractor>>) -> Arc<Extractor> {
    extractor.map_or_else(Extractor::builtin, |e| e.get().inner.clone())
}

/// The latest position: the one that ends last (ties: the later start).
fn latest(positions: &[crate::profile::Position]) -> Option<&crate::profile::Position> {
    positions.iter().max_by_key(|p| (p.end, p.start))
}

fn nan(v: Option<f64>) -> f64 {
    v.unwrap_or(f64::NAN)
}

/// The skills of many texts in long form: `doc`, `code` (into `ids`/`names`/`kinds`/`categories`, the
/// distinct skills found, in order of first appearance), `start`, `end` (`str` indices),
/// `text` (the matched text) and `fuzzy`.
#[pyfunction]
#[pyo3(signature = (texts, *, extractor = None, workers = None))]
fn _skill_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    extractor: Option<Bound<'py, PyExtractor>>,
    workers: Option<Workers>,
) -> PyResult<Bound<'py, PyDict>> {
    let ex = extractor_of(extractor.as_ref());
    let texts = texts_of(texts, "extract_skills")?;
    let pool = Pool::new(resolve_workers(workers_of(workers))?.min(texts.len().max(1)))?;
    let (mut doc, mut code, mut start, mut end, mut fuzzy) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let matched = PyList::empty(py);
    let mut codes: HashMap<SkillIndex, i32> = HashMap::new();
    let mut found_skills: Vec<SkillIndex> = Vec::new();
    let mut first = 0usize;
    for chunk in texts.chunks(CHUNK) {
        let found: Vec<Vec<Mention>> =
            py.detach(|| guard(|| pool.map(chunk, |t| ex.extract(t))))?;
        for (i, (text, mentions)) in chunk.iter().zip(found).enumerate() {
            let mut offsets = CharOffsets::new(text);
            for m in mentions {
                let next = found_skills.len() as i32;
                let c = *codes.entry(m.skill).or_insert_with(|| {
                    found_skills.push(m.skill);
                    next
                });
                doc.push((first + i) as i64);
                code.push(c);
                start.push(offsets.at(m.start) as i64);
                end.push(offsets.at(m.end) as i64);
                fuzzy.push(m.match_type == crate::extract::MatchType::Fuzzy);
                matched.append(m.text(text))?;
            }
        }
        first += chunk.len();
        py.check_signals()?;
    }
    let tax = ex.taxonomy();
    let out = PyDict::new(py);
    out.set_item("n_docs", texts.len())?;
    out.set_item("doc", PyArray1::from_vec(py, doc))?;
    out.set_item("code", PyArray1::from_vec(py, code))?;
    out.set_item("start", PyArray1::from_vec(py, start))?;
    out.set_item("end", PyArray1::from_vec(py, end))?;
    out.set_item("text", matched)?;
    out.set_item("fuzzy", PyArray1::from_vec(py, fuzzy))?;
    let skills = found_skills.iter().map(|&s| tax.skill(s));
    out.set_item(
        "ids",
        skills.clone().map(|s| s.id.as_str()).collect::<Vec<_>>(),
    )?;
    out.set_item(
        "names",
        skills.clone().map(|s| s.name.as_str()).collect::<Vec<_>>(),
    )?;
    out.set_item(
        "kinds",
        skills.clone().map(|s| s.kind.as_str()).collect::<Vec<_>>(),
    )?;
    out.set_item(
        "categories",
        skills.map(|s| s.category.as_str()).collect::<Vec<_>>(),
    )?;
    Ok(out)
}

/// Job profiles in wide form, one entry per job in every column. Inputs may be `Job`s or
/// texts (parsed in parallel).
#[pyfunction]
#[pyo3(signature = (jobs, *, extractor = None, workers = None))]
fn _job_columns<'py>(
    py: Python<'py>,
    jobs: &Bound<'py, PyAny>,
    extractor: Option<Bound<'py, PyExtractor>>,
    workers: Option<Workers>,
) -> PyResult<Bound<'py, PyDict>> {
    let ex = extractor_of(extractor.as_ref());
    let items = inputs::<Job, PyJob>(jobs, "Job", |j| j.inner.clone())?;
    let pool = Pool::new(resolve_workers(workers_of(workers))?)?;
    let js = resolve(py, items, &pool, |t| job_for_python(t, &ex))?;
    let out = PyDict::new(py);
    let f = |g: &dyn Fn(&Job) -> f64| PyArray1::from_iter(py, js.iter().map(|j| g(j)));
    out.set_item("min_years", f(&|j| nan(j.min_years)))?;
    out.set_item("max_years", f(&|j| nan(j.max_years)))?;
    out.set_item(
        "entry_level",
        PyArray1::from_iter(py, js.iter().map(|j| j.entry_level)),
    )?;
    let ids = |required: bool| -> Vec<Vec<&str>> {
        js.iter()
            .map(|j| {
                j.skills
                    .iter()
                    .filter(|s| s.required == required)
                    .map(|s| s.skill_id.as_str())
                    .collect()
            })
            .collect()
    };
    out.set_item("required_skills", ids(true))?;
    out.set_item("preferred_skills", ids(false))?;
    // The groups of alternatives, each a list of skill ids, in the order of their numbers.
    let groups: Vec<Vec<Vec<&str>>> = js
        .iter()
        .map(|j| {
            j.alternatives()
                .into_iter()
                .map(|g| g.into_iter().map(|s| s.skill_id.as_str()).collect())
                .collect()
        })
        .collect();
    out.set_item("alternatives", groups)?;
    let degree: Vec<Option<&str>> = js
        .iter()
        .map(|j| j.education.as_ref().map(|e| e.level.as_str()))
        .collect();
    out.set_item("degree", degree)?;
    let fields: Vec<Vec<&str>> = js
        .iter()
        .map(|j| {
            j.education
                .as_ref()
                .map_or_else(Vec::new, |e| e.fields.iter().map(String::as_str).collect())
        })
        .collect();
    out.set_item("degree_fields", fields)?;
    let degree_required: Vec<Option<bool>> = js
        .iter()
        .map(|j| j.education.as_ref().map(|e| e.required))
        .collect();
    out.set_item("degree_required", degree_required)?;
    Ok(out)
}

/// Resume profiles in wide form, one entry per resume in every column. Inputs may be
/// `Resume`s or texts (parsed in parallel, "present" resolved against `today`).
#[pyfunction]
#[pyo3(signature = (resumes, *, extractor = None, today = None, workers = None))]
fn _resume_columns<'py>(
    py: Python<'py>,
    resumes: &Bound<'py, PyAny>,
    extractor: Option<Bound<'py, PyExtractor>>,
    today: Option<&Bound<'py, PyAny>>,
    workers: Option<Workers>,
) -> PyResult<Bound<'py, PyDict>> {
    let ex = extractor_of(extractor.as_ref());
    let today = today_of(today)?;
    let items = inputs::<Resume, PyResume>(resumes, "Resume", |r| r.inner.clone())?;
    let pool = Pool::new(resolve_workers(workers_of(workers))?)?;
    let rs = resolve(py, items, &pool, |t| resume_for_python(t, &ex, today))?;
    let out = PyDict::new(py);
    out.set_item(
        "total_years",
        PyArray1::from_iter(py, rs.iter().map(|r| r.total_years)),
    )?;
    out.set_item(
        "claimed_years",
        PyArray1::from_iter(py, rs.iter().map(|r| nan(r.claimed_years))),
    )?;
    out.set_item(
        "positions",
        PyArray1::from_iter(py, rs.iter().map(|r| r.positions.len() as i64)),
    )?;
    let title: Vec<Option<&str>> = rs
        .iter()
        .map(|r| latest(&r.positions).and_then(|p| p.title.as_deref()))
        .collect();
    out.set_item("latest_title", title)?;
    let employer: Vec<Option<&str>> = rs
        .iter()
        .map(|r| latest(&r.positions).and_then(|p| p.employer.as_deref()))
        .collect();
    out.set_item("latest_employer", employer)?;
    let skills: Vec<Vec<&str>> = rs
        .iter()
        .map(|r| r.skills.iter().map(|s| s.skill_id.as_str()).collect())
        .collect();
    out.set_item("skills", skills)?;
    let degree: Vec<Option<&str>> = rs
        .iter()
        .map(|r| r.education.as_ref().map(|e| e.level.as_str()))
        .collect();
    out.set_item("degree", degree)?;
    let field: Vec<Option<&str>> = rs
        .iter()
        .map(|r| r.education.as_ref().and_then(|e| e.field.as_deref()))
        .collect();
    out.set_item("degree_field", field)?;
    Ok(out)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_skill_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_job_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_resume_columns, m)?)?;
    Ok(())
}
