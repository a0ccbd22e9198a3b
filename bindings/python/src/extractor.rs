//! The extractor, built once and used from any Python thread.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rayon::prelude::*;

use crate::GazetteerError;
use crate::extraction::{Extracted, Extraction};

/// The crate's extractor: the process-wide one over the bundled gazetteer,
/// or one built for this object.
enum Held {
    Shared(&'static sayso::Extractor),
    Own(Box<sayso::Extractor>),
}

impl std::ops::Deref for Held {
    type Target = sayso::Extractor;

    fn deref(&self) -> &sayso::Extractor {
        match self {
            Held::Shared(extractor) => extractor,
            Held::Own(extractor) => extractor,
        }
    }
}

/// Finds the people, organizations and places a text names, and who said
/// what.
///
/// `Extractor()` uses the bundled gazetteer, compiled once per process and
/// shared by every such extractor; `Extractor(gazetteer="dir")` uses the
/// bundled word lists and the `.tsv` files of `dir`. `explain=True` makes
/// `to_json()` and `to_dict()` say how each mention was found and why it
/// went to its entity. Building may raise `GazetteerError`; extracting
/// never fails. One extractor serves any number of threads.
#[pyclass(frozen, module = "sayso", name = "Extractor")]
pub struct Extractor {
    inner: Held,
    gazetteer: Option<PathBuf>,
    explain: bool,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (gazetteer = None, *, explain = false))]
    fn new(py: Python<'_>, gazetteer: Option<PathBuf>, explain: bool) -> PyResult<Extractor> {
        let built = py.detach(|| build(gazetteer.as_deref(), explain));
        let inner = built.map_err(|e| gazetteer_error(py, &e))?;
        Ok(Extractor {
            inner,
            gazetteer,
            explain,
        })
    }

    /// The gazetteer directory it was built from; `None` for the bundled
    /// gazetteer.
    #[getter]
    fn gazetteer(&self) -> Option<String> {
        self.gazetteer.as_ref().map(|dir| dir.display().to_string())
    }

    /// Whether serialized extractions say how each mention was found.
    #[getter]
    fn explain(&self) -> bool {
        self.explain
    }

    /// The number of entries of its gazetteer.
    #[getter]
    fn entry_count(&self) -> usize {
        self.inner.gazetteer().len()
    }

    /// The number of distinct folded patterns its matcher holds.
    #[getter]
    fn pattern_count(&self) -> usize {
        self.inner.pattern_count()
    }

    /// Extracts the entities and quotations of `text`.
    ///
    /// The offsets of the result are character offsets into `text`. The
    /// interpreter is released while the extraction runs, so other Python
    /// threads go on meanwhile. A string with a lone surrogate, which has
    /// no UTF-8 form, raises `UnicodeEncodeError`.
    fn extract(&self, py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Extraction> {
        let utf8 = text.to_cow()?.into_owned();
        let extracted = py.detach(|| Extracted::new(&self.inner, utf8));
        Ok(Extraction::new(text.unbind(), extracted, self.explain))
    }

    /// Extracts many texts, in parallel, keeping their order.
    ///
    /// The texts are copied out first; then the interpreter is released
    /// while `threads` threads extract them (by default one per core, or
    /// `RAYON_NUM_THREADS`). Each thread lives as long as the process and
    /// remembers the words it has met, so later batches go faster. The
    /// result is the list `[self.extract(t) for t in texts]`.
    #[pyo3(signature = (texts, threads = None))]
    fn extract_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Extraction>> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let (sources, utf8s) = copied(texts)?;
        let pool = threads.filter(|&n| n > 1).map(pool_of).transpose()?;
        let extracted = py.detach(|| match (threads, pool) {
            (Some(1), _) => extract_here(&self.inner, utf8s),
            (_, Some(pool)) => pool.install(|| extract_parallel(&self.inner, utf8s)),
            (_, None) => extract_parallel(&self.inner, utf8s),
        });
        let pairs = sources.into_iter().zip(extracted);
        Ok(pairs
            .map(|(source, extracted)| Extraction::new(source, extracted, self.explain))
            .collect())
    }

    /// The arguments that build it again, for `pickle` and `copy`: an
    /// extractor sent to another process (a Spark worker, a
    /// multiprocessing pool) is rebuilt there from its gazetteer.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let args = PyTuple::new(py, [self.gazetteer()])?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("explain", self.explain)?;
        Ok((args, kwargs))
    }

    fn __repr__(&self) -> String {
        let gazetteer = match &self.gazetteer {
            Some(dir) => format!("{:?}", dir.display().to_string()),
            None => "None".into(),
        };
        format!(
            "Extractor(gazetteer={gazetteer}, explain={})",
            if self.explain { "True" } else { "False" }
        )
    }
}

/// The extractor for `gazetteer` (the bundled one when `None`).
fn build(gazetteer: Option<&std::path::Path>, explain: bool) -> Result<Held, sayso::Error> {
    let gazetteer = match (gazetteer, explain) {
        (None, false) => return sayso::Extractor::shared().map(Held::Shared),
        (None, true) => sayso::Gazetteer::bundled()?,
        (Some(dir), _) => sayso::Gazetteer::from_dir(dir)?,
    };
    let extractor = sayso::Extractor::builder()
        .explain(explain)
        .build(gazetteer)?;
    Ok(Held::Own(Box::new(extractor)))
}

/// The crate's error as a `GazetteerError` with its message, and its file
/// and line as attributes.
fn gazetteer_error(py: Python<'_>, error: &sayso::Error) -> PyErr {
    let err = GazetteerError::new_err(error.to_string());
    let value = err.value(py);
    // Setting attributes on a fresh exception cannot fail.
    let _ = value.setattr("file", error.file_name());
    let _ = value.setattr("line", error.line_number());
    // An I/O failure is the cause, not part of the message: chain it.
    if let Some(source) = std::error::Error::source(error) {
        err.set_cause(py, Some(PyOSError::new_err(source.to_string())));
    }
    err
}

/// The strings of `texts` and their UTF-8 copies, which the threads read
/// without the interpreter.
fn copied(texts: &Bound<'_, PyAny>) -> PyResult<(Vec<Py<PyString>>, Vec<String>)> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_batch takes a sequence of strings, not one string: use extract",
        ));
    }
    let mut sources = Vec::with_capacity(texts.len().unwrap_or(0));
    let mut utf8s = Vec::with_capacity(sources.capacity());
    for item in texts.try_iter()? {
        let item = item?;
        let text = item.cast::<PyString>().map_err(|_| {
            let type_name = item.get_type().name().map(|n| n.to_string());
            PyTypeError::new_err(format!(
                "extract_batch takes strings, not {}",
                type_name.unwrap_or_default()
            ))
        })?;
        utf8s.push(text.to_cow()?.into_owned());
        sources.push(text.clone().unbind());
    }
    Ok((sources, utf8s))
}

/// Extracts on the calling thread.
fn extract_here(extractor: &sayso::Extractor, texts: Vec<String>) -> Vec<Extracted> {
    texts
        .into_iter()
        .map(|text| Extracted::new(extractor, text))
        .collect()
}

/// Extracts on the current rayon pool, in input order.
fn extract_parallel(extractor: &sayso::Extractor, texts: Vec<String>) -> Vec<Extracted> {
    texts
        .into_par_iter()
        .map(|text| Extracted::new(extractor, text))
        .collect()
}

/// The pool of `threads` threads, made on first use and kept: threads that
/// live on keep the words they have met from one batch to the next.
fn pool_of(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());
    let mut pools = POOLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, pool)) = pools.iter().find(|(n, _)| *n == threads) {
        return Ok(Arc::clone(pool));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("sayso-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    let pool = Arc::new(pool);
    pools.push((threads, Arc::clone(&pool)));
    Ok(pool)
}
