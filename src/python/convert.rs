//! Converting Python inputs: texts (with the `None`/NaN rule) and byte offsets to `str`
//! indices.

use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBool, PyFloat, PyMapping, PyString};

use super::errors::JobmatchError;

/// A text from Python: the UTF-8 bytes of a `str`, which Python encodes once into a
/// `bytes` object that this keeps alive (no second copy; nothing is cached in the `str`),
/// or no text (`None`, NaN).
pub(crate) enum PyText {
    Empty,
    Str(PyBackedStr),
}

impl PyText {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            PyText::Empty => "",
            PyText::Str(s) => s,
        }
    }
}

impl std::ops::Deref for PyText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for PyText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// The `workers=` argument of the batch calls: an `int` (or an object with `__index__`,
/// such as a NumPy integer). A `bool` is refused, since `True` would quietly mean one
/// worker; a positive int too large for 64 bits means all cores, as any number beyond
/// them does.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Workers(pub(crate) i64);

impl<'a, 'py> FromPyObject<'a, 'py> for Workers {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let n = int_argument(obj, |what| {
            PyTypeError::new_err(format!(
                "workers must be an int (a number of threads, -1 for all cores) or None, \
                 got {what}"
            ))
        })?;
        match n {
            Some(n) => Ok(Workers(n)),
            None if obj.gt(0)? => Ok(Workers(i64::MAX)),
            None => Err(JobmatchError::new_err(format!(
                "workers must be a positive number or -1 (all cores), got {}",
                obj.repr()?
            ))),
        }
    }
}

/// An int argument (NumPy's too) as an `i64`, `None` when it is beyond 64 bits; a `bool`
/// or anything else is the `TypeError` of `refuse`, given what was passed.
fn int_argument(
    obj: Borrowed<'_, '_, PyAny>,
    refuse: impl Fn(String) -> PyErr,
) -> PyResult<Option<i64>> {
    if obj.is_instance_of::<PyBool>() {
        return Err(refuse(format!("the bool {}", obj.repr()?)));
    }
    match obj.extract::<i64>() {
        Ok(n) => Ok(Some(n)),
        Err(e) if e.is_instance_of::<PyOverflowError>(obj.py()) => Ok(None),
        Err(_) => Err(refuse(format!("{}", obj.get_type().name()?))),
    }
}

/// `k` of `top_k` and the ranking tables: an int (NumPy's too), not a bool; one beyond 64
/// bits reads as "all of them" when positive (`k` is capped at the number of candidates)
/// and as the smallest `i64` when negative (which the caller's range check refuses).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Count(pub(crate) i64);

impl<'a, 'py> FromPyObject<'a, 'py> for Count {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let n = int_argument(obj, |what| {
            PyTypeError::new_err(format!("k must be an int, got {what}"))
        })?;
        match n {
            Some(n) => Ok(Count(n)),
            None => Ok(Count(if obj.gt(0)? { i64::MAX } else { i64::MIN })),
        }
    }
}

/// The JSON text of `obj`, a dict that a `to_dict` wrote, for the `from_json` of `what`.
pub(crate) fn dict_to_json(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if !obj.is_instance_of::<pyo3::types::PyDict>() {
        return Err(PyTypeError::new_err(format!(
            "expected the dict of {what}.to_dict(), got {}",
            obj.get_type().name()?
        )));
    }
    obj.py()
        .import("json")?
        .call_method1("dumps", (obj,))?
        .extract()
}

/// The number of a `workers=` argument, for [`crate::batch::resolve_workers`].
pub(crate) fn workers_of(workers: Option<Workers>) -> Option<i64> {
    workers.map(|w| w.0)
}

/// One text from Python. `None` and NaN become the empty text (documented rule: missing
/// values give no mentions); anything else that is not a `str` is a `TypeError`.
pub(crate) fn text_of(obj: &Bound<'_, PyAny>, position: Option<usize>) -> PyResult<PyText> {
    let at = || position.map(|i| format!(" (item {i})")).unwrap_or_default();
    if obj.is_none() {
        return Ok(PyText::Empty);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return match PyBackedStr::try_from(s.clone()) {
            Ok(t) => Ok(PyText::Str(t)),
            Err(e) => Err(JobmatchError::new_err(format!(
                "text{} is not valid Unicode: {}; clean it first, e.g. \
                 text.encode('utf-8', 'replace').decode('utf-8')",
                at(),
                e.value(obj.py())
            ))),
        };
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        if f.value().is_nan() {
            return Ok(PyText::Empty);
        }
    }
    // numpy's float32 and float16 NaN (float64 is a Python float).
    if is_missing_number(obj) {
        return Ok(PyText::Empty);
    }
    if is_pandas_missing(obj) {
        return Ok(PyText::Empty);
    }
    let hint = if obj.is_instance_of::<pyo3::types::PyBytes>() {
        " (decode bytes first, e.g. data.decode('utf-8'), or read files with \
         jobmatch.read_text or jobmatch.read_bytes_text)"
    } else {
        ""
    };
    Err(PyTypeError::new_err(format!(
        "a text must be a str, None or NaN{}, got {}{hint}",
        at(),
        obj.get_type().name()?
    )))
}

/// A numpy floating-point NaN that is not a Python float (float32, float16).
fn is_missing_number(obj: &Bound<'_, PyAny>) -> bool {
    obj.get_type()
        .module()
        .is_ok_and(|m| m.to_cow().is_ok_and(|m| m == "numpy"))
        && obj.extract::<f64>().is_ok_and(f64::is_nan)
}

/// pandas' missing values, `pd.NA` and `pd.NaT` (what a nullable or Arrow-backed string
/// column holds where a text is missing): read as missing, like None and NaN.
fn is_pandas_missing(obj: &Bound<'_, PyAny>) -> bool {
    let ty = obj.get_type();
    let named = |want: &[&str]| ty.name().is_ok_and(|n| want.iter().any(|w| n == *w));
    named(&["NAType", "NaTType"])
        && ty
            .module()
            .is_ok_and(|m| m.to_cow().is_ok_and(|m| m.starts_with("pandas")))
}

/// A single str, or a mapping (a dict iterates over its keys), where an iterable of texts
/// or documents (`what`) belongs is a mistake: a clear `TypeError` says so.
pub(crate) fn not_one_text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<()> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "expected an iterable of {what}, got a single str"
        )));
    }
    // A DataFrame iterates over its column names: one "text" per column.
    let ty = obj.get_type();
    if ty
        .name()
        .is_ok_and(|n| n == "DataFrame" || n == "LazyFrame")
    {
        return Err(PyTypeError::new_err(format!(
            "expected an iterable of {what}, got a DataFrame (it would be read as its column \
             names); pass one column, e.g. df['text']"
        )));
    }
    if obj.cast::<PyMapping>().is_ok() {
        return Err(PyTypeError::new_err(format!(
            "expected an iterable of {what}, got a {} (it would be read as its keys); pass \
             its values, e.g. list(d.values())",
            obj.get_type().name()?
        )));
    }
    Ok(())
}

/// Many texts from any iterable (list, tuple, numpy array, pandas/polars Series).
/// `one` names the function for a single text, for the error when a single str is given.
pub(crate) fn texts_of(obj: &Bound<'_, PyAny>, one: &str) -> PyResult<Vec<PyText>> {
    not_one_text(obj, &format!("texts (use {one} for one text)"))?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in obj.try_iter()?.enumerate() {
        out.push(text_of(&item?, Some(i))?);
    }
    Ok(out)
}

/// Maps sorted byte offsets of `text` to `str` (code point) indices.
pub(crate) struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The char index of byte offset `b`; calls must not go backwards.
    pub(crate) fn at(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b < self.byte {
            // Not expected (offsets are sorted), but stay correct: restart.
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.chars
    }
}

/// A byte offset → `str` index map for one text (offsets in any order).
pub(crate) fn char_index_map(text: &str) -> impl Fn(usize) -> usize {
    let index = crate::offsets::CharIndex::new(text);
    move |b| index.at(b)
}

/// A serialisable value as plain Python objects (through its JSON form).
pub(crate) fn serde_to_py<'py>(
    py: Python<'py>,
    value: &impl serde::Serialize,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value)
        .map_err(|e| super::errors::JobmatchError::new_err(e.to_string()))?;
    json_to_py(py, &json)
}

/// A JSON value as plain Python objects (dict, list, str, int, float, bool, None).
fn json_to_py<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use pyo3::types::{PyDict, PyList};
    use pyo3::IntoPyObjectExt;
    Ok(match value {
        serde_json::Value::Null => py.None().into_bound(py),
        serde_json::Value::Bool(b) => b.into_bound_py_any(py)?,
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_bound_py_any(py)?
            } else if let Some(u) = n.as_u64() {
                u.into_bound_py_any(py)?
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?
            }
        }
        serde_json::Value::String(s) => s.into_bound_py_any(py)?,
        serde_json::Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        serde_json::Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Runs `f`, turning a panic (a bug) into a `JobmatchError` so that none reaches Python as
/// a `PanicException`.
pub(crate) fn guard<T>(f: impl FnOnce() -> T) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        let msg = e
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        JobmatchError::new_err(format!(
            "internal error in jobmatch, please report it with the input that caused it: {msg}"
        ))
    })
}
