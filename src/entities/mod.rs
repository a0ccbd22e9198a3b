//! Entities and their mentions: matching the gazetteer against the token
//! table, then resolving each match to one entity of the document.

mod choose;
pub(crate) mod discover;
mod resolve;
pub(crate) mod scan;
pub(crate) mod words;

use std::fmt;
use std::sync::Arc;

use crate::span::Span;

pub(crate) use choose::Reading;
pub(crate) use discover::{Cues, TokenFacts, WordFacts};
pub(crate) use resolve::{Inputs, Resolved, resolve};
pub(crate) use scan::scan;

/// What an entity is.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: `Tahsin al-Khafaji`.
    Person,
    /// An organization: `Islamic State`, `Iraqi News Agency`.
    Organization,
    /// A place: `Baghdad`, `Kurdistan Region`, `Middle East`.
    Place,
}

impl EntityKind {
    /// The lower-case name used in JSON: `person`, `organization`, `place`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The identifier of an entity within one [`Extraction`](crate::Extraction):
/// entities are numbered from zero in order of first mention, and shown as
/// `e0`, `e1`, ….
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq, PartialOrd, Ord)]
pub struct EntityId(u32);

impl EntityId {
    pub(crate) fn new(index: usize) -> EntityId {
        EntityId(index as u32)
    }

    /// The index of the entity in [`Extraction::entities`](crate::Extraction::entities).
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EntityId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where an entity comes from.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Source {
    /// An entry of the gazetteer.
    Gazetteer,
    /// Found in the text without a gazetteer entry.
    Discovered,
}

/// One real-world entity named in a document.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Entity {
    pub(crate) id: EntityId,
    pub(crate) kind: EntityKind,
    pub(crate) name: Arc<str>,
    pub(crate) gazetteer_id: Option<Arc<str>>,
    pub(crate) source: Source,
    pub(crate) designations: Vec<Designation>,
}

impl Entity {
    /// Its identifier within the extraction.
    pub fn id(&self) -> EntityId {
        self.id
    }

    /// Person, organization or place.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// Its canonical name: the gazetteer's name, or the fullest form the
    /// document gives for a discovered entity.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its gazetteer identifier (`geonames:98182`, `sayso:islamic-state`),
    /// if it comes from the gazetteer.
    pub fn gazetteer_id(&self) -> Option<&str> {
        self.gazetteer_id.as_deref()
    }

    /// Whether it comes from the gazetteer or was discovered.
    pub fn source(&self) -> Source {
        self.source
    }

    /// The roles the document gives it, in order of appearance: `spokesman
    /// of the Iraqi Joint Operations Command`, `Iraqi Prime Minister`.
    pub fn designations(&self) -> &[Designation] {
        &self.designations
    }
}

/// A role the document gives an entity, by which later text may refer to
/// it (`the spokesman`, `the Prime Minister`).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Designation {
    pub(crate) span: Span,
    pub(crate) title: Box<str>,
}

impl Designation {
    /// The whole phrase in the text: `spokesman of the Iraqi Joint
    /// Operations Command (JOC)`.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The title at its core, folded: `spokesman`, `prime minister`.
    pub fn title(&self) -> &str {
        &self.title
    }
}

/// How a mention was found.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum How {
    /// A name or alias of a gazetteer entry, or a generated spelling of one.
    Gazetteer,
    /// A short form of a name (a surname) that the document, or the entry's
    /// prominence, ties to a fuller name.
    ShortForm,
    /// A capitalised name after a title or role: `Maj. Gen. Tahsin Khafaji`.
    Title,
    /// A name beside a title phrase, set off by commas: `Hans Sande` in
    /// `the Dutch Ambassador to Iraq, Hans Sande,`; an organization beside a
    /// noun phrase of its kind: `Eskom, the state power utility,`.
    Apposition,
    /// A capitalised run that starts with a known given name, or a family
    /// name before a given name in romanised syllables: `Nguyen Van Hung`.
    NameShape,
    /// The author's name at the head of the article.
    Byline,
    /// A capitalised name with a cue word that tells its kind: `Anbar
    /// Governorate`, `the city of Ramadi`, `the Tharthar area`.
    NameCue,
    /// An acronym the document defines, or the long form it defines it by:
    /// `Norvalan Kestrel Association (NORKA)`, `NORKA (Norvalan Kestrel
    /// Association)`; or an acronym of three letters or more that spells an
    /// organization's name the document holds elsewhere.
    Acronym,
    /// A name the sentence treats as a person's: the subject of a verb of
    /// speech (`Okwudili Fashanu said`), a name with an age or life dates,
    /// a cited author (`(Varnholt, 2009)`), a name part that opens a
    /// clause and owns what follows (`Edwin sold his farm`); or an unknown
    /// word before a comma and a known place, a place (`Tolvikhavn,
    /// Norway`), as is one written after two different prepositions of
    /// place (`from Tolvik … in Tolvik`).
    Context,
    /// An all-capital token of 2 to 6 letters that the document uses
    /// without defining it and that the gazetteer does not know, taken for
    /// an organization when the document uses it as one (a possessive, a
    /// speech cue or an auxiliary after it, a person `of` it, or two
    /// mentions never before a noun): `the NKA said`. Not one in a sentence
    /// written in capitals, nor a word of a closed class, a Roman numeral,
    /// a currency, or an abbreviation that `gazetteer/acronyms.tsv` lists as
    /// naming no organization (`GDP`, `CEO`, `UTC`).
    AcronymShape,
}

/// Why a mention went to its entity rather than another with the same name.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Choice {
    /// No other entity has this name.
    OnlyCandidate,
    /// The most prominent of the entities with this name.
    Prior,
    /// The entity is named unambiguously elsewhere in the document.
    InDocument,
    /// A title before the name makes it a person.
    TitleBefore,
    /// A preposition of place before the name (`in`, `near`) makes it a place.
    PlaceContext,
    /// The text spells the entity's own name, where the others have it as
    /// an alternate.
    OwnName,
    /// The document names the entity's country: a national figure by
    /// surname, whom no other bearer of the name is of a country it names;
    /// a place, whose namesakes are abroad.
    Country,
    /// Found by discovery, not in the gazetteer.
    Discovered,
}

/// One mention of an entity: where, which entity, and how it was found.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Mention {
    pub(crate) span: Span,
    pub(crate) entity: EntityId,
    pub(crate) how: How,
    pub(crate) choice: Choice,
}

impl Mention {
    /// Where the mention is in the text: the name alone, without a title or
    /// a possessive `’s`.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The entity it refers to.
    pub fn entity(&self) -> EntityId {
        self.entity
    }

    /// How it was found.
    pub fn how(&self) -> How {
        self.how
    }

    /// Why it went to this entity.
    pub fn choice(&self) -> Choice {
        self.choice
    }
}
