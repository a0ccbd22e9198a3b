//! The extractor (built once) and the extraction (one per document).

use crate::entities::{self, Cues, Entity, EntityId, Mention};
use crate::error::Error;
use crate::gazetteer::Gazetteer;
use crate::gazetteer::lexicon::Lexicon;
use crate::quotes::{self, Quote, Speech};
use crate::text::{Analysis, Folder};

/// Finds entities and quotations in articles.
///
/// Building compiles a [`Gazetteer`] and may fail; extracting never fails and
/// never panics, whatever the text. An `Extractor` is `Send + Sync`: build it
/// once and share it between threads.
///
/// ```
/// let extractor = sayso::Extractor::new()?;
/// let text = "BAGHDAD, July 24 — The U.S.-led coalition will hand over new sites in Iraq.";
/// let extraction = extractor.extract(text);
/// let places: Vec<&str> = extraction
///     .mentions()
///     .iter()
///     .map(|m| &text[m.span()])
///     .collect();
/// assert_eq!(places, ["BAGHDAD", "U.S.", "Iraq"]);
/// # Ok::<(), sayso::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    /// Tells apart the tables of extractors built separately, so that a
    /// thread's remembered spellings serve only the tables that made them.
    id: u64,
    gazetteer: Gazetteer,
    folder: Folder,
    lexicon: Lexicon,
    cues: Cues,
    speech: Speech,
    explain: bool,
}

/// Configures and builds an [`Extractor`].
///
/// ```
/// use sayso::{Extractor, Gazetteer};
///
/// let extractor = Extractor::builder().explain(true).build(Gazetteer::bundled()?)?;
/// # Ok::<(), sayso::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    explain: bool,
}

impl ExtractorBuilder {
    /// Whether serialized extractions say how each mention was found and why
    /// it went to its entity (`"how"`, `"choice"`). The Rust API always has
    /// them. Off by default.
    pub fn explain(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.explain = yes;
        self
    }

    /// Compiles `gazetteer` into an extractor.
    pub fn build(&self, gazetteer: Gazetteer) -> Result<Extractor, Error> {
        let folder = Folder::new(&gazetteer.lists.rewrites, &gazetteer.lists.same_spellings);
        let mut lexicon = Lexicon::build(&gazetteer, &folder)?;
        let cues = Cues::build(&gazetteer, &folder, lexicon.take_words());
        let speech = Speech::build(&gazetteer, &folder);
        static BUILT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Ok(Extractor {
            id: BUILT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            gazetteer,
            folder,
            lexicon,
            cues,
            speech,
            explain: self.explain,
        })
    }
}

impl Extractor {
    /// An extractor over the bundled gazetteer.
    pub fn new() -> Result<Extractor, Error> {
        ExtractorBuilder::default().build(Gazetteer::bundled()?)
    }

    /// An extractor over the bundled gazetteer, built on first use and
    /// shared by every caller in the process: building takes a few hundred
    /// milliseconds, so programs that extract from the command line or in
    /// many places should build once.
    ///
    /// ```
    /// let extractor = sayso::Extractor::shared()?;
    /// assert!(std::ptr::eq(extractor, sayso::Extractor::shared()?));
    /// # Ok::<(), sayso::Error>(())
    /// ```
    pub fn shared() -> Result<&'static Extractor, Error> {
        static SHARED: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
        if let Some(extractor) = SHARED.get() {
            return Ok(extractor);
        }
        let built = Extractor::new()?;
        Ok(SHARED.get_or_init(|| built))
    }

    /// A builder for other gazetteers and options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The gazetteer it was built from.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The number of distinct folded patterns the matcher holds.
    pub fn pattern_count(&self) -> usize {
        self.lexicon.pattern_count()
    }

    /// Extracts many documents on all cores, keeping their order.
    ///
    /// Each document is extracted exactly as [`Extractor::extract`] would;
    /// the work is spread over rayon's global thread pool.
    ///
    /// ```
    /// let extractor = sayso::Extractor::shared()?;
    /// let docs = ["Daesh fled Mosul.", "Erbil is Hewlêr."];
    /// let results = extractor.extract_batch(&docs);
    /// assert_eq!(results.len(), 2);
    /// assert_eq!(results[1].entities()[0].name(), "Erbil");
    /// # Ok::<(), sayso::Error>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn extract_batch<T: AsRef<str> + Sync>(&self, docs: &[T]) -> Vec<Extraction> {
        use rayon::prelude::*;
        docs.par_iter()
            .map(|doc| self.extract(doc.as_ref()))
            .collect()
    }

    /// Extracts the entities and quotations of one document.
    ///
    /// Each thread keeps its working buffers from one call to the next,
    /// and remembers the spellings it has met with their folds and word
    /// facts (up to 131,072 of them), and the runs of text between spaces
    /// with the tokens they split into (about 19 MB in all): the words of
    /// news recur from article to article, and a known one is neither
    /// tokenized, folded nor looked up again. What a thread remembers never
    /// changes a result, only the time it takes; the memory goes with the
    /// thread.
    pub fn extract(&self, text: &str) -> Extraction {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                let extraction = self.extract_with(text, &mut scratch);
                scratch.trim();
                extraction
            }
            // Only reachable if extraction re-entered itself on this thread.
            Err(_) => self.extract_with(text, &mut Scratch::default()),
        })
    }

    fn extract_with(&self, text: &str, scratch: &mut Scratch) -> Extraction {
        let text = within_limit(text);
        if scratch.extractor != self.id {
            scratch.scanned.forget_spellings();
            scratch.extractor = self.id;
        }
        let Scratch {
            scanned,
            resolved,
            quoting,
            ..
        } = scratch;
        self.scan_into(text, scanned);
        entities::resolve(&self.entity_inputs(text, scanned), resolved);
        Extraction {
            quotes: quotes::find(&self.quote_inputs(text, scanned, resolved), quoting),
            entities: std::mem::take(&mut resolved.entities),
            mentions: std::mem::take(&mut resolved.mentions),
            explain: self.explain,
        }
    }

    /// The text layer, the word facts and the gazetteer hits of `text`.
    fn scan_into(&self, text: &str, scanned: &mut Scanned) {
        let Scanned {
            analysis,
            spelling_facts,
            token_facts,
            scan,
        } = scanned;
        analysis.run(text, &self.folder);
        self.cues.facts_of(text, analysis, spelling_facts);
        let facts = entities::TokenFacts::copy(analysis, spelling_facts, token_facts);
        entities::scan(text, analysis, facts, &self.lexicon, scan);
    }

    fn entity_inputs<'a>(&'a self, text: &'a str, scanned: &'a Scanned) -> entities::Inputs<'a> {
        entities::Inputs {
            text,
            analysis: &scanned.analysis,
            scan: &scanned.scan,
            lexicon: &self.lexicon,
            gazetteer: &self.gazetteer,
            cues: &self.cues,
            facts: entities::TokenFacts::new(&scanned.token_facts),
        }
    }

    fn quote_inputs<'a>(
        &'a self,
        text: &'a str,
        scanned: &'a Scanned,
        resolved: &'a entities::Resolved,
    ) -> quotes::Inputs<'a> {
        quotes::Inputs {
            text,
            analysis: &scanned.analysis,
            hits: &scanned.scan.hits,
            resolved,
            gazetteer: &self.gazetteer,
            speech: &self.speech,
            facts: entities::TokenFacts::new(&scanned.token_facts),
        }
    }
}

/// Buffers reused from one document to the next on each thread, so that
/// steady-state extraction does not allocate per token or per match, and
/// the spellings the thread has met, so that a word is folded and looked up
/// once per thread rather than once per document.
#[derive(Debug, Default)]
struct Scratch {
    /// The extractor whose tables folded the remembered spellings (0:
    /// none).
    extractor: u64,
    scanned: Scanned,
    /// Emptied of its entities and mentions after each document, which
    /// the extraction takes; its other buffers stay.
    resolved: entities::Resolved,
    quoting: quotes::Workspace,
}

/// A document through the text layer and the gazetteer scan.
#[derive(Debug, Default)]
struct Scanned {
    analysis: Analysis,
    spelling_facts: Vec<entities::WordFacts>,
    /// The facts of each token of the document, copied from its
    /// spelling's.
    token_facts: Vec<entities::WordFacts>,
    scan: entities::scan::ScanBuffers,
}

impl Scratch {
    /// Buffers grown beyond this many bytes of text are released after the
    /// document, so one huge document does not pin its memory.
    const KEEP_BYTES: usize = 4 << 20;

    /// The most spellings remembered, about 19 MB with their table, facts
    /// and chunks; past this, the thread starts afresh, and the words that
    /// recur most are soon met again.
    const KEEP_SPELLINGS: usize = 1 << 17;

    fn trim(&mut self) {
        if self.scanned.analysis.haystack.capacity() > Self::KEEP_BYTES {
            *self = Scratch::default();
        } else if self.scanned.analysis.spellings.len() > Self::KEEP_SPELLINGS {
            self.scanned.forget_spellings();
        }
    }
}

impl Scanned {
    /// Forgets the remembered spellings and their facts together.
    fn forget_spellings(&mut self) {
        self.analysis.forget_spellings();
        self.spelling_facts.clear();
    }

    /// Forgets the spellings met after the first `kept`, with their facts.
    fn forget_spellings_after(&mut self, kept: usize) {
        self.analysis.forget_spellings_after(kept);
        self.spelling_facts.truncate(kept);
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The largest document analysed, in bytes: offsets inside the token table
/// are 32-bit. A longer text is analysed up to the last character boundary
/// before the limit.
pub const MAX_DOCUMENT_BYTES: usize = u32::MAX as usize - 2;

/// `text`, or its longest prefix within [`MAX_DOCUMENT_BYTES`] that ends
/// on a character boundary.
pub(crate) fn within_limit(text: &str) -> &str {
    if text.len() <= MAX_DOCUMENT_BYTES {
        return text;
    }
    let mut end = MAX_DOCUMENT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What one document names and who said what in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    pub(crate) entities: Vec<Entity>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) quotes: Vec<Quote>,
    pub(crate) explain: bool,
}

impl Extraction {
    /// The entities, in order of first mention; `entities()[id.as_usize()]`
    /// is the entity with id `id`.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Every mention, in text order, without overlap.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// The quotations, in text order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The entity with id `id`.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.as_usize())
    }

    /// The mentions of entity `id`, in text order.
    pub fn mentions_of(&self, id: EntityId) -> impl Iterator<Item = &Mention> + '_ {
        self.mentions.iter().filter(move |m| m.entity() == id)
    }
}

#[cfg(feature = "serde")]
mod json {
    //! The JSON shape of an extraction: the evaluation kit's prediction
    //! format, entities with their mentions nested, spans flattened to
    //! `start`/`end`.

    use serde::ser::{Serialize, SerializeMap, Serializer};

    use super::Extraction;
    use crate::entities::{Designation, Entity, Mention};
    use crate::quotes::{Quote, Speaker};
    use crate::span::Span;

    impl Serialize for Extraction {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(2))?;
            // The mentions of each entity, gathered in one pass.
            let mut by_entity: Vec<Vec<&Mention>> = vec![Vec::new(); self.entities.len()];
            for m in &self.mentions {
                if let Some(list) = by_entity.get_mut(m.entity.as_usize()) {
                    list.push(m);
                }
            }
            let entities: Vec<EntityJson<'_>> = self
                .entities
                .iter()
                .zip(&by_entity)
                .map(|(entity, mentions)| EntityJson {
                    entity,
                    mentions,
                    explain: self.explain,
                })
                .collect();
            map.serialize_entry("entities", &entities)?;
            let quotes: Vec<QuoteJson<'_>> = self.quotes.iter().map(QuoteJson).collect();
            map.serialize_entry("quotes", &quotes)?;
            map.end()
        }
    }

    struct EntityJson<'a> {
        entity: &'a Entity,
        mentions: &'a [&'a Mention],
        explain: bool,
    }

    impl Serialize for EntityJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let e = self.entity;
            let mut map = s.serialize_map(None)?;
            map.serialize_entry("id", &e.id)?;
            map.serialize_entry("kind", &e.kind)?;
            map.serialize_entry("name", &*e.name)?;
            map.serialize_entry("gazetteer_id", &e.gazetteer_id.as_deref())?;
            map.serialize_entry("source", &e.source)?;
            if self.explain {
                let roles: Vec<DesignationJson<'_>> =
                    e.designations.iter().map(DesignationJson).collect();
                map.serialize_entry("roles", &roles)?;
            }
            let mentions: Vec<MentionJson<'_>> = self
                .mentions
                .iter()
                .map(|mention| MentionJson {
                    mention,
                    explain: self.explain,
                })
                .collect();
            map.serialize_entry("mentions", &mentions)?;
            map.end()
        }
    }

    struct DesignationJson<'a>(&'a Designation);

    impl Serialize for DesignationJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(3))?;
            map.serialize_entry("start", &self.0.span.start)?;
            map.serialize_entry("end", &self.0.span.end)?;
            map.serialize_entry("title", &*self.0.title)?;
            map.end()
        }
    }

    struct MentionJson<'a> {
        mention: &'a Mention,
        explain: bool,
    }

    impl Serialize for MentionJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let m = self.mention;
            let mut map = s.serialize_map(None)?;
            map.serialize_entry("start", &m.span.start)?;
            map.serialize_entry("end", &m.span.end)?;
            if self.explain {
                map.serialize_entry("how", &m.how)?;
                map.serialize_entry("choice", &m.choice)?;
            }
            map.end()
        }
    }

    struct QuoteJson<'a>(&'a Quote);

    impl Serialize for QuoteJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let q = self.0;
            let mut map = s.serialize_map(None)?;
            map.serialize_entry("start", &q.span.start)?;
            map.serialize_entry("end", &q.span.end)?;
            map.serialize_entry("kind", &q.kind)?;
            map.serialize_entry("speaker", &q.speaker.as_ref().map(SpeakerJson))?;
            map.serialize_entry("cue", &q.cue)?;
            map.serialize_entry("rule", &q.rule)?;
            map.serialize_entry("confidence", &q.confidence)?;
            map.end()
        }
    }

    struct SpeakerJson<'a>(&'a Speaker);

    impl Serialize for SpeakerJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let sp = self.0;
            let mut map = s.serialize_map(Some(3))?;
            map.serialize_entry("entity", &sp.entity)?;
            let Span { start, end } = sp.span;
            map.serialize_entry("start", &start)?;
            map.serialize_entry("end", &end)?;
            map.end()
        }
    }
}

/// Entry points to the pipeline's stages, for the benchmarks. Not part of
/// the stable API.
#[doc(hidden)]
pub mod stages {
    use super::Extractor;
    use crate::entities;
    use crate::quotes;
    use crate::text::Analysis;

    /// Makes this thread forget the spellings it has met, so that its next
    /// extraction starts as its first did: what a benchmark that repeats
    /// one document must do before each run to measure a document unseen.
    pub fn forget_spellings() {
        super::SCRATCH.with(|cell| {
            if let Ok(mut scratch) = cell.try_borrow_mut() {
                scratch.scanned.forget_spellings();
            }
        });
    }

    /// The number of spellings this thread remembers, to return to with
    /// [`forget_spellings_after`].
    pub fn remembered_spellings() -> usize {
        super::SCRATCH.with(|cell| {
            cell.try_borrow()
                .map_or(0, |scratch| scratch.scanned.analysis.spellings.len())
        })
    }

    /// Makes this thread forget the spellings it met after the first
    /// `kept`: a benchmark that repeats one document after others measures
    /// it unseen by a thread that has read those others.
    pub fn forget_spellings_after(kept: usize) {
        super::SCRATCH.with(|cell| {
            if let Ok(mut scratch) = cell.try_borrow_mut() {
                scratch.scanned.forget_spellings_after(kept);
            }
        });
    }

    /// A document analysed by the text layer.
    #[derive(Debug, Default)]
    pub struct Analyzed(Analysis);

    /// Runs the text layer (tokens, folds, sentences) into `into`, from no
    /// remembered spelling, as for a thread's first document; returns the
    /// number of tokens.
    pub fn analyze(extractor: &Extractor, text: &str, into: &mut Analyzed) -> usize {
        into.0.forget_spellings();
        into.0.run(text, &extractor.folder);
        into.0.tokens.len()
    }

    /// The distinct folded patterns of the extractor's matcher, without
    /// their delimiting spaces: the alias set a plain automaton would scan.
    pub fn alias_patterns(extractor: &Extractor) -> Vec<String> {
        crate::gazetteer::lexicon::Lexicon::patterns(&extractor.gazetteer, &extractor.folder)
            .map(|patterns| patterns.into_iter().map(|p| p.trim().to_owned()).collect())
            .unwrap_or_default()
    }

    /// Looks up the words of an analysed document and matches the
    /// gazetteer over it; returns the number of hits.
    pub fn scan(extractor: &Extractor, text: &str, analyzed: &Analyzed) -> usize {
        let (mut by_spelling, mut by_token) = (Vec::new(), Vec::new());
        let mut scanned = crate::entities::scan::ScanBuffers::default();
        extractor.cues.facts_of(text, &analyzed.0, &mut by_spelling);
        let facts = crate::entities::TokenFacts::copy(&analyzed.0, &by_spelling, &mut by_token);
        crate::entities::scan(text, &analyzed.0, facts, &extractor.lexicon, &mut scanned);
        scanned.hits.len()
    }

    /// A document through the text layer and the gazetteer scan: what
    /// resolution reads.
    #[derive(Debug, Default)]
    pub struct Scanned(super::Scanned);

    /// Runs the text layer and the gazetteer scan into `into`, from no
    /// remembered spelling; returns the number of hits.
    pub fn analyze_and_scan(extractor: &Extractor, text: &str, into: &mut Scanned) -> usize {
        into.0.forget_spellings();
        extractor.scan_into(text, &mut into.0);
        into.0.scan.hits.len()
    }

    /// A document's entities and mentions: what quotation finding reads,
    /// with the buffers of resolution and quotation finding, kept from one
    /// run to the next as a thread keeps them.
    #[derive(Debug, Default)]
    pub struct Resolved(entities::Resolved, quotes::Workspace);

    /// Resolves the hits and discovered names of a scanned document into
    /// entities and mentions, in `into`; returns the number of mentions.
    pub fn resolve(
        extractor: &Extractor,
        text: &str,
        scanned: &Scanned,
        into: &mut Resolved,
    ) -> usize {
        entities::resolve(&extractor.entity_inputs(text, &scanned.0), &mut into.0);
        into.0.mentions.len()
    }

    /// Finds and attributes the quotations of a resolved document; returns
    /// their number.
    pub fn quotes(
        extractor: &Extractor,
        text: &str,
        scanned: &Scanned,
        resolved: &mut Resolved,
    ) -> usize {
        let Resolved(entities, quoting) = resolved;
        quotes::find(&extractor.quote_inputs(text, &scanned.0, entities), quoting).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Reading;
    use crate::text::TokenRange;

    /// Every form of every bundled speech cue, in a sentence and through
    /// the whole build (folding, the trie, the choice of readings), is read
    /// as a cue of its own frame: a form that folds or matches otherwise
    /// than the list expects would silently never cue anything.
    #[test]
    fn every_bundled_speech_cue_form_is_a_cue_of_its_frame() {
        let extractor = Extractor::new().unwrap();
        let mut scanned = Scanned::default();
        let mut resolved = entities::Resolved::default();
        let mut wrong = Vec::new();
        let mut checked = 0;
        for verb in &extractor.gazetteer.lists.speech_verbs {
            for form in &verb.forms {
                let text = format!("Dana Holt {form} it.");
                extractor.scan_into(&text, &mut scanned);
                entities::resolve(&extractor.entity_inputs(&text, &scanned), &mut resolved);
                // The form lies between `Dana Holt` and `it .`.
                let end = scanned.analysis.tokens.len().saturating_sub(2);
                let tokens = TokenRange::new(2, end);
                let cue =
                    scanned
                        .scan
                        .hits
                        .iter()
                        .zip(&resolved.readings)
                        .find_map(|(hit, reading)| match *reading {
                            Reading::Cue(v) if hit.tokens == tokens => Some(v),
                            _ => None,
                        });
                let frame = cue.map(|v| extractor.speech.frames[v as usize]);
                if frame != Some(verb.frame) {
                    wrong.push(format!("{form:?}: {frame:?}, not {:?}", verb.frame));
                }
                checked += 1;
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
        // Each lemma has a form at least, so none was skipped.
        assert!(checked >= extractor.gazetteer.lists.speech_verbs.len() && checked > 0);
    }
}
