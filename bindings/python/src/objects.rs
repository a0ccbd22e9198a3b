//! The Python objects of one extraction: entities, mentions, quotations,
//! speakers and spans, every offset in characters of the Python `str`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::offsets::CharOffsets;

/// What the objects of one extraction are made from: the text, its
/// character offsets, and whether the extractor explains its mentions.
pub(crate) struct Builder<'a, 'py> {
    pub(crate) py: Python<'py>,
    pub(crate) text: &'a str,
    pub(crate) offsets: &'a CharOffsets,
    pub(crate) explain: bool,
}

impl Builder<'_, '_> {
    /// The character offsets and the words of `span`.
    fn located(&self, span: sayso::Span) -> (usize, usize, Py<PyString>) {
        let (start, end) = self.offsets.span(span);
        let words = self.text.get(span.range()).unwrap_or_default();
        (start, end, PyString::new(self.py, words).unbind())
    }

    /// A name the crate serializes (`short_form`, `quote_cue_speaker`), as
    /// an interned Python string: the same few names recur on every object.
    fn wire_name<T: serde::Serialize>(&self, value: &T) -> Py<PyString> {
        let name = match serde_json::to_value(value) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        };
        PyString::intern(self.py, &name).unbind()
    }

    fn entity_id(&self, id: sayso::EntityId) -> Py<PyString> {
        PyString::new(self.py, &id.to_string()).unbind()
    }

    /// The Python object of one mention.
    pub(crate) fn mention(&self, mention: &sayso::Mention) -> PyResult<Py<Mention>> {
        let (start, end, text) = self.located(mention.span());
        let mention = Mention {
            start,
            end,
            text,
            entity: self.entity_id(mention.entity()),
            how: self.wire_name(&mention.how()),
            choice: self.wire_name(&mention.choice()),
            explain: self.explain,
        };
        Py::new(self.py, mention)
    }

    /// The Python object of one entity, with its mentions already made.
    pub(crate) fn entity(
        &self,
        entity: &sayso::Entity,
        mentions: Vec<Py<Mention>>,
    ) -> PyResult<Py<Entity>> {
        let designations = entity
            .designations()
            .iter()
            .map(|d| self.designation(d))
            .collect::<PyResult<_>>()?;
        let entity = Entity {
            id: self.entity_id(entity.id()),
            index: entity.id().as_usize(),
            kind: PyString::intern(self.py, entity.kind().as_str()).unbind(),
            name: PyString::new(self.py, entity.name()).unbind(),
            gazetteer_id: entity
                .gazetteer_id()
                .map(|id| PyString::new(self.py, id).unbind()),
            source: self.wire_name(&entity.source()),
            designations,
            mentions,
            explain: self.explain,
        };
        Py::new(self.py, entity)
    }

    fn designation(&self, designation: &sayso::Designation) -> PyResult<Py<Designation>> {
        let (start, end, text) = self.located(designation.span());
        let title = PyString::new(self.py, designation.title()).unbind();
        Py::new(
            self.py,
            Designation {
                start,
                end,
                text,
                title,
            },
        )
    }

    /// The Python object of one quotation, with its speaker and cue.
    pub(crate) fn quote(&self, quote: &sayso::Quote) -> PyResult<Py<Quote>> {
        let (start, end, text) = self.located(quote.span());
        let speaker = quote.speaker().map(|s| self.speaker(s)).transpose()?;
        let cue = quote.cue().map(|span| self.span(span)).transpose()?;
        let quote = Quote {
            start,
            end,
            text,
            kind: self.wire_name(&quote.kind()),
            rule: self.wire_name(&quote.rule()),
            confidence: widened(quote.confidence()),
            speaker,
            cue,
        };
        Py::new(self.py, quote)
    }

    fn speaker(&self, speaker: sayso::Speaker) -> PyResult<Py<Speaker>> {
        let (start, end, text) = self.located(speaker.span());
        let entity = speaker.entity().map(|id| self.entity_id(id));
        Py::new(
            self.py,
            Speaker {
                start,
                end,
                text,
                entity,
            },
        )
    }

    fn span(&self, span: sayso::Span) -> PyResult<Py<Span>> {
        let (start, end, text) = self.located(span);
        Py::new(self.py, Span { start, end, text })
    }
}

/// `value` as the `f64` its shortest decimal form reads as, so that `0.9`
/// is `0.9` in Python as in the JSON, not `0.8999999761581421`.
fn widened(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

/// Python's `repr` of a string, shortened to `limit` characters.
fn quoted(py: Python<'_>, text: &Py<PyString>, limit: usize) -> PyResult<String> {
    let text = text.bind(py);
    let shown = match text.to_cow()? {
        full if full.chars().count() <= limit => full.into_owned(),
        long => long.chars().take(limit).chain(['…']).collect(),
    };
    Ok(PyString::new(py, &shown).repr()?.to_string())
}

/// Python's `repr` of an optional string: `'e3'` or `None`.
fn quoted_or_none(py: Python<'_>, text: Option<&Py<PyString>>) -> PyResult<String> {
    text.map_or(Ok("None".into()), |t| quoted(py, t, usize::MAX))
}

/// The longest quotation shown whole in a `repr`.
const REPR_CHARS: usize = 60;

/// One mention of an entity: where it is, which entity, and how it was
/// found. `start` and `end` are character offsets into the Python string
/// given to `extract`, so `text[start:end]` is the mention.
#[pyclass(frozen, module = "sayso", name = "Mention")]
pub struct Mention {
    /// Character offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Character offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// The words of the mention, the name alone (no title, no possessive).
    #[pyo3(get)]
    text: Py<PyString>,
    /// The id of its entity in the extraction (`"e3"`).
    #[pyo3(get)]
    entity: Py<PyString>,
    /// How it was found: `gazetteer`, `short_form`, `title`, `apposition`,
    /// `name_shape`, `byline`, `name_cue`, `acronym`, `context` or
    /// `acronym_shape`.
    #[pyo3(get)]
    how: Py<PyString>,
    /// Why it went to its entity: `only_candidate`, `prior`,
    /// `in_document`, `title_before`, `place_context`, `own_name` or
    /// `discovered`.
    #[pyo3(get)]
    choice: Py<PyString>,
    explain: bool,
}

#[pymethods]
impl Mention {
    /// The mention in the evaluation kit's JSON shape, with character
    /// offsets: `{"start", "end"}`, plus `"how"` and `"choice"` when the
    /// extractor explains.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        if self.explain {
            dict.set_item("how", &self.how)?;
            dict.set_item("choice", &self.choice)?;
        }
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Mention(start={}, end={}, text={}, entity={}, how={})",
            self.start,
            self.end,
            quoted(py, &self.text, usize::MAX)?,
            quoted(py, &self.entity, usize::MAX)?,
            quoted(py, &self.how, usize::MAX)?,
        ))
    }
}

/// One real-world entity the document names: a person, an organization or
/// a place, with its mentions in text order.
#[pyclass(frozen, module = "sayso", name = "Entity")]
pub struct Entity {
    /// Its id in the extraction: `"e0"`, `"e1"`, … in order of first
    /// mention.
    #[pyo3(get)]
    id: Py<PyString>,
    /// Its index in `Extraction.entities` (the number of its id).
    #[pyo3(get)]
    index: usize,
    /// `"person"`, `"organization"` or `"place"`.
    #[pyo3(get)]
    kind: Py<PyString>,
    /// Its canonical name: the gazetteer's, or the fullest form the
    /// document gives.
    #[pyo3(get)]
    name: Py<PyString>,
    /// Its gazetteer identifier (`"geonames:98182"`), or `None` when it was
    /// discovered.
    #[pyo3(get)]
    gazetteer_id: Option<Py<PyString>>,
    /// `"gazetteer"` or `"discovered"`.
    #[pyo3(get)]
    source: Py<PyString>,
    designations: Vec<Py<Designation>>,
    mentions: Vec<Py<Mention>>,
    explain: bool,
}

impl Entity {
    /// Its index in the extraction's entities.
    pub(crate) fn index(&self) -> usize {
        self.index
    }
}

#[pymethods]
impl Entity {
    /// The roles the document gives it, in order of appearance.
    #[getter]
    fn designations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.designations.iter().map(|d| d.clone_ref(py)))
    }

    /// Its mentions, in text order.
    #[getter]
    pub(crate) fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.mentions.iter().map(|m| m.clone_ref(py)))
    }

    /// The entity in the evaluation kit's JSON shape, with character
    /// offsets: `{"id", "kind", "name", "gazetteer_id", "source",
    /// "mentions"}`, plus `"roles"` when the extractor explains.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("id", &self.id)?;
        dict.set_item("kind", &self.kind)?;
        dict.set_item("name", &self.name)?;
        dict.set_item("gazetteer_id", &self.gazetteer_id)?;
        dict.set_item("source", &self.source)?;
        if self.explain {
            let roles = self.designations.iter().map(|d| d.get().to_dict(py));
            dict.set_item("roles", roles.collect::<PyResult<Vec<_>>>()?)?;
        }
        let mentions = self.mentions.iter().map(|m| m.get().to_dict(py));
        dict.set_item("mentions", mentions.collect::<PyResult<Vec<_>>>()?)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Entity(id={}, kind={}, name={}, gazetteer_id={}, mentions={})",
            quoted(py, &self.id, usize::MAX)?,
            quoted(py, &self.kind, usize::MAX)?,
            quoted(py, &self.name, usize::MAX)?,
            quoted_or_none(py, self.gazetteer_id.as_ref())?,
            self.mentions.len(),
        ))
    }
}

/// A role the document gives an entity (`spokesman of the Joint Operations
/// Command`), by which later text may refer to it.
#[pyclass(frozen, module = "sayso", name = "Designation")]
pub struct Designation {
    /// Character offset of the first character of the whole phrase.
    #[pyo3(get)]
    start: usize,
    /// Character offset one past its last character.
    #[pyo3(get)]
    end: usize,
    /// The whole phrase.
    #[pyo3(get)]
    text: Py<PyString>,
    /// The title at its core, folded: `"spokesman"`, `"prime minister"`.
    #[pyo3(get)]
    title: Py<PyString>,
}

#[pymethods]
impl Designation {
    /// `{"start", "end", "title"}`, with character offsets.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("title", &self.title)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Designation(start={}, end={}, text={}, title={})",
            self.start,
            self.end,
            quoted(py, &self.text, REPR_CHARS)?,
            quoted(py, &self.title, usize::MAX)?,
        ))
    }
}

/// One quotation: direct (`“We will stay,” he said`), partial (a fragment
/// in marks) or indirect (reported speech without marks), with its speaker
/// when one was found and the rule that found it.
#[pyclass(frozen, module = "sayso", name = "Quote")]
pub struct Quote {
    /// Character offset of the first character between the marks (or of
    /// the reported clause).
    #[pyo3(get)]
    start: usize,
    /// Character offset one past its last character.
    #[pyo3(get)]
    end: usize,
    /// The words quoted.
    #[pyo3(get)]
    text: Py<PyString>,
    /// `"direct"`, `"partial"` or `"indirect"`.
    #[pyo3(get)]
    kind: Py<PyString>,
    /// The attribution rule that fired (`"quote_cue_speaker"`, `"pronoun"`,
    /// …, `"unattributed"`).
    #[pyo3(get)]
    rule: Py<PyString>,
    /// How sure the attribution is, from 0 to 1.
    #[pyo3(get)]
    confidence: f64,
    /// Who said it, or `None` when no speaker was found.
    #[pyo3(get)]
    speaker: Option<Py<Speaker>>,
    /// The speech cue (`said`, `according to`), when there is one.
    #[pyo3(get)]
    cue: Option<Py<Span>>,
}

#[pymethods]
impl Quote {
    /// The quotation in the evaluation kit's JSON shape, with character
    /// offsets: `{"start", "end", "kind", "speaker", "cue", "rule",
    /// "confidence"}`.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("kind", &self.kind)?;
        let speaker = self.speaker.as_ref().map(|s| s.get().to_dict(py));
        dict.set_item("speaker", speaker.transpose()?)?;
        let cue = self.cue.as_ref().map(|c| c.get().to_dict(py));
        dict.set_item("cue", cue.transpose()?)?;
        dict.set_item("rule", &self.rule)?;
        dict.set_item("confidence", self.confidence)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let speaker = match &self.speaker {
            Some(s) => s.get().__repr__(py)?,
            None => "None".into(),
        };
        Ok(format!(
            "Quote(start={}, end={}, kind={}, text={}, speaker={}, rule={})",
            self.start,
            self.end,
            quoted(py, &self.kind, usize::MAX)?,
            quoted(py, &self.text, REPR_CHARS)?,
            speaker,
            quoted(py, &self.rule, usize::MAX)?,
        ))
    }
}

/// Who said a quotation: the words the attribution rests on (`he`, `the
/// agency`, `Khafaji`) and, when the text names it, their entity.
#[pyclass(frozen, module = "sayso", name = "Speaker")]
pub struct Speaker {
    /// Character offset of the first character of the speaker's words.
    #[pyo3(get)]
    start: usize,
    /// Character offset one past their last character.
    #[pyo3(get)]
    end: usize,
    /// The speaker's words in the text.
    #[pyo3(get)]
    text: Py<PyString>,
    /// The id of the speaker's entity (`"e3"`), or `None` for an unnamed
    /// source such as `a security source`.
    #[pyo3(get)]
    entity: Option<Py<PyString>>,
}

#[pymethods]
impl Speaker {
    /// `{"entity", "start", "end"}`, with character offsets.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("entity", &self.entity)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        Ok(dict)
    }

    pub(crate) fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Speaker(start={}, end={}, text={}, entity={})",
            self.start,
            self.end,
            quoted(py, &self.text, REPR_CHARS)?,
            quoted_or_none(py, self.entity.as_ref())?,
        ))
    }
}

/// A stretch of the text, such as a quotation's speech cue.
#[pyclass(frozen, module = "sayso", name = "Span")]
pub struct Span {
    /// Character offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Character offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// The words of the span.
    #[pyo3(get)]
    text: Py<PyString>,
}

#[pymethods]
impl Span {
    /// `{"start", "end"}`, with character offsets.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Span(start={}, end={}, text={})",
            self.start,
            self.end,
            quoted(py, &self.text, REPR_CHARS)?,
        ))
    }
}
