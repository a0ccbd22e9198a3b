//! Quotations and their speakers.
//!
//! The types here are the output format; finding quotations is the next
//! stage of the pipeline to land.

use crate::entities::EntityId;
use crate::span::Span;

/// What kind of speech a [`Quote`] is.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole quotation in marks: `“We will stay,” he said.`
    Direct,
    /// A fragment in marks woven into a sentence: troops `“did not re-station”`.
    Partial,
    /// Reported speech without marks: `al-Khafaji said that …`.
    Indirect,
}

/// The rule that tied a quotation to its speaker.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteRule {
    /// `“…,” al-Khafaji said`.
    QuoteCueSpeaker,
    /// `A security source said, “…”`.
    SpeakerCueQuote,
    /// `“…,” said al-Khafaji`.
    QuoteSpeakerCue,
    /// `the agency quoted al-Khafaji as saying “…”`.
    ReportedVoice,
    /// `according to X, “…”`.
    AccordingTo,
    /// `he said`, resolved to the last compatible person.
    Pronoun,
    /// `the spokesman said`, resolved through a role.
    Nominal,
    /// A quotation with no cue that continues the previous speaker's.
    Continuation,
    /// `reads a joint statement from X and Y`.
    JointStatement,
    /// No speaker could be found.
    Unattributed,
}

/// Who said a quotation.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Speaker {
    pub(crate) entity: Option<EntityId>,
    pub(crate) span: Span,
}

impl Speaker {
    /// The entity of the speaker; `None` for an unnamed source such as
    /// `a security source`.
    pub fn entity(&self) -> Option<EntityId> {
        self.entity
    }

    /// The local mention the attribution rests on: `he`, `the agency`, `Khafaji`.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// One quotation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quote {
    pub(crate) span: Span,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Span>,
    pub(crate) rule: QuoteRule,
    pub(crate) confidence: f32,
}

impl Quote {
    /// The text between the marks (or of the reported clause).
    pub fn span(&self) -> Span {
        self.span
    }

    /// Direct, partial or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// Who said it, when known.
    pub fn speaker(&self) -> Option<Speaker> {
        self.speaker
    }

    /// The speech cue (`said`, `according to`), when there is one.
    pub fn cue(&self) -> Option<Span> {
        self.cue
    }

    /// The rule that attributed it.
    pub fn rule(&self) -> QuoteRule {
        self.rule
    }

    /// How sure the attribution is, from 0 to 1.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
}
