//! One document's extraction, as Python sees it.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};

use crate::objects::{Builder, Entity, Mention, Quote};
use crate::offsets::CharOffsets;

/// A document extracted without the interpreter: what the worker threads
/// of `extract_batch` hand back.
pub(crate) struct Extracted {
    pub(crate) text: String,
    pub(crate) extraction: sayso::Extraction,
    pub(crate) offsets: CharOffsets,
}

impl Extracted {
    /// Extracts `text` and computes its character offsets.
    pub(crate) fn new(extractor: &sayso::Extractor, text: String) -> Extracted {
        let extraction = extractor.extract(&text);
        let offsets = CharOffsets::of(&text, &extraction);
        Extracted {
            text,
            extraction,
            offsets,
        }
    }
}

/// What one document names and who said what in it.
///
/// Every `start` and `end` of its objects is a character offset into the
/// Python string that was extracted, so `extraction.text[m.start:m.end]`
/// is a mention. `to_json()` gives the crate's own JSON instead, whose
/// offsets are UTF-8 byte offsets.
///
/// The Python objects are made on first access and then kept: an
/// extraction that is only serialized never makes them.
#[pyclass(frozen, module = "sayso", name = "Extraction")]
pub struct Extraction {
    source: Py<PyString>,
    extracted: Extracted,
    explain: bool,
    mentions: PyOnceLock<Vec<Py<Mention>>>,
    entities: PyOnceLock<Vec<Py<Entity>>>,
    quotes: PyOnceLock<Vec<Py<Quote>>>,
}

impl Extraction {
    /// The extraction of `source`, whose UTF-8 copy was extracted.
    pub(crate) fn new(source: Py<PyString>, extracted: Extracted, explain: bool) -> Extraction {
        Extraction {
            source,
            extracted,
            explain,
            mentions: PyOnceLock::new(),
            entities: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
        }
    }

    fn builder<'a, 'py>(&'a self, py: Python<'py>) -> Builder<'a, 'py> {
        Builder {
            py,
            text: &self.extracted.text,
            offsets: &self.extracted.offsets,
            explain: self.explain,
        }
    }

    fn mention_objects(&self, py: Python<'_>) -> PyResult<&[Py<Mention>]> {
        let made = self.mentions.get_or_try_init(py, || {
            let builder = self.builder(py);
            let mentions = self.extracted.extraction.mentions().iter();
            mentions.map(|m| builder.mention(m)).collect()
        })?;
        Ok(made)
    }

    fn entity_objects(&self, py: Python<'_>) -> PyResult<&[Py<Entity>]> {
        let mentions = self.mention_objects(py)?;
        let made = self.entities.get_or_try_init(py, || {
            let extraction = &self.extracted.extraction;
            // Each entity's mentions, gathered in one pass.
            let mut by_entity: Vec<Vec<Py<Mention>>> = std::iter::repeat_with(Vec::new)
                .take(extraction.entities().len())
                .collect();
            for (mention, object) in extraction.mentions().iter().zip(mentions) {
                if let Some(list) = by_entity.get_mut(mention.entity().as_usize()) {
                    list.push(object.clone_ref(py));
                }
            }
            let builder = self.builder(py);
            let entities = extraction.entities().iter().zip(by_entity);
            entities.map(|(e, ms)| builder.entity(e, ms)).collect()
        })?;
        Ok(made)
    }

    fn quote_objects(&self, py: Python<'_>) -> PyResult<&[Py<Quote>]> {
        let made = self.quotes.get_or_try_init(py, || {
            let builder = self.builder(py);
            let quotes = self.extracted.extraction.quotes().iter();
            quotes.map(|q| builder.quote(q)).collect()
        })?;
        Ok(made)
    }

    /// The index of the entity `which` names: an `Entity`, an id (`"e3"`)
    /// or an index (`3`); `None` when there is no such entity.
    fn entity_index(&self, which: &Bound<'_, PyAny>) -> PyResult<Option<usize>> {
        let index = if let Ok(entity) = which.cast::<Entity>() {
            Some(entity.get().index())
        } else if let Ok(id) = which.cast::<PyString>() {
            let id = id.to_cow()?;
            id.strip_prefix('e').and_then(|n| n.parse::<usize>().ok())
        } else if let Ok(index) = which.extract::<isize>() {
            usize::try_from(index).ok()
        } else {
            return Err(PyTypeError::new_err(
                "an entity is named by an Entity, an id such as 'e3' or an index",
            ));
        };
        let count = self.extracted.extraction.entities().len();
        Ok(index.filter(|&i| i < count))
    }
}

#[pymethods]
impl Extraction {
    /// The text that was extracted.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.source.clone_ref(py)
    }

    /// The entities, in order of first mention: `entities[i].id == f"e{i}"`.
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.entity_objects(py)?.iter().map(|e| e.clone_ref(py)))
    }

    /// Every mention, in text order, without overlap.
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.mention_objects(py)?.iter().map(|m| m.clone_ref(py)),
        )
    }

    /// The quotations, in text order.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.quote_objects(py)?.iter().map(|q| q.clone_ref(py)))
    }

    /// The entity with id `id` (`"e3"`) or index `id` (`3`), or `None`.
    fn entity(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Option<Py<Entity>>> {
        let Some(index) = self.entity_index(id)? else {
            return Ok(None);
        };
        Ok(Some(self.entity_objects(py)?[index].clone_ref(py)))
    }

    /// The mentions of `entity` (an `Entity`, an id or an index), in text
    /// order.
    fn mentions_of<'py>(
        &self,
        py: Python<'py>,
        entity: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let Some(index) = self.entity_index(entity)? else {
            return Err(PyValueError::new_err(format!(
                "no entity {} in this extraction",
                entity.repr()?
            )));
        };
        self.entity_objects(py)?[index].get().mentions(py)
    }

    /// The extraction in the evaluation kit's JSON shape, as Python dicts
    /// and lists, with **character** offsets: `{"entities": [...],
    /// "quotes": [...]}`, each entity with its mentions nested. The same
    /// keys as `to_json()`, whose offsets are bytes.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let entities = self.entity_objects(py)?.iter().map(|e| e.get().to_dict(py));
        let quotes = self.quote_objects(py)?.iter().map(|q| q.get().to_dict(py));
        let dict = PyDict::new(py);
        dict.set_item("entities", entities.collect::<PyResult<Vec<_>>>()?)?;
        dict.set_item("quotes", quotes.collect::<PyResult<Vec<_>>>()?)?;
        Ok(dict)
    }

    /// The crate's own JSON for this extraction, byte for byte what the
    /// `extract` command prints after its `"file"` or `"id"` key: offsets
    /// are UTF-8 **byte** offsets into the text, not character offsets.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.extracted.extraction)
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    fn __repr__(&self) -> String {
        let extraction = &self.extracted.extraction;
        format!(
            "Extraction(entities={}, mentions={}, quotes={})",
            extraction.entities().len(),
            extraction.mentions().len(),
            extraction.quotes().len(),
        )
    }
}
