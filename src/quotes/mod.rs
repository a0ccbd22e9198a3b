//! Quotations and their speakers.
//!
//! 1. [`marks`] pairs quotation marks on the original text, paragraph by
//!    paragraph, as writers use them (doubled apostrophes, mixed styles,
//!    marks in markup left out).
//! 2. [`phrases`] is the one view of the document that the rules read: the
//!    mention, title and cue at each token, each word's grammar classes,
//!    and the walkers that find a cue's subject by clause.
//! 3. [`rules`] is the table of attribution rules, one short function per
//!    construction, each with its [`QuoteRule`] and confidence.
//! 4. [`attribute`] tries the rules on each quotation, keeps what is
//!    speech (quoted names, titles and scare quotes such as `the “official”
//!    cell` are dropped by rule) and carries a speaker over to a quotation
//!    with no cue of its own.
//! 5. [`reported`] finds reported speech without marks.

mod attribute;
mod marks;
mod phrases;
mod reported;
mod rules;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::entities::{EntityId, Reading, Resolved, TokenFacts};
use crate::gazetteer::{Frame, Gazetteer, Gender, Title};
use crate::span::Span;
use crate::text::{Analysis, Folder};

use crate::entities::scan::Hit;

/// What attribution needs from the gazetteer, compiled once.
#[derive(Clone, Debug, Default)]
pub(crate) struct Speech {
    /// The frame of each speech verb.
    pub(crate) frames: Vec<Frame>,
    /// Whether each speech verb's first object is its listener.
    pub(crate) listeners: Vec<bool>,
    /// Folded nouns that name a role (`spokesman`, `agency`, `official`),
    /// singular and plural.
    role_nouns: HashSet<Box<str>>,
    /// For each gazetteer entry, its folded roles (`president of the united
    /// states`, `news agency`).
    entry_roles: Vec<Vec<Box<str>>>,
    /// Folded titles that tell a person's gender (`spokeswoman`, `mr`).
    title_gender: HashMap<Box<str>, Gender>,
    /// Folded abbreviated titles, with the folded title each abbreviates
    /// (`sen.`, `senator`): a person the text calls `Sen. Rand Paul` is
    /// `the senator` later.
    full_titles: HashMap<Box<str>, Box<str>>,
}

impl Speech {
    pub(crate) fn build(gazetteer: &Gazetteer, folder: &Folder) -> Speech {
        let fold = |s: &str| crate::text::fold_phrase(folder, s).join(" ");
        let mut role_nouns = HashSet::default();
        let mut add_noun = |phrase: &str| {
            if let Some(last) = crate::text::fold_phrase(folder, phrase).pop() {
                if last.chars().all(char::is_alphabetic) {
                    role_nouns.insert(format!("{last}s").into_boxed_str());
                    role_nouns.insert(last.into_boxed_str());
                }
            }
        };
        let mut title_gender = HashMap::default();
        for title in &gazetteer.lists.titles {
            add_noun(&title.title);
            if let Some(gender) = title.gender {
                title_gender.insert(fold(&title.title).into_boxed_str(), gender);
            }
        }
        let mut entry_roles = Vec::with_capacity(gazetteer.len());
        for entry in gazetteer.entries() {
            let roles: Vec<Box<str>> = entry
                .roles()
                .iter()
                .map(|r| fold(r.title()).into_boxed_str())
                .collect();
            if entry.kind() == crate::EntityKind::Organization {
                for role in entry.roles() {
                    add_noun(role.title());
                }
            }
            entry_roles.push(roles);
        }
        Speech {
            frames: gazetteer
                .lists
                .speech_verbs
                .iter()
                .map(|v| v.frame)
                .collect(),
            listeners: gazetteer
                .lists
                .speech_verbs
                .iter()
                .map(|v| v.listener)
                .collect(),
            role_nouns,
            entry_roles,
            title_gender,
            full_titles: full_titles(&gazetteer.lists.titles)
                .map(|(short, full)| (fold(short).into_boxed_str(), fold(full).into_boxed_str()))
                .collect(),
        }
    }

    /// The title that the folded title `title` abbreviates, or `title`.
    pub(crate) fn full_title<'t>(&'t self, title: &'t str) -> &'t str {
        self.full_titles.get(title).map_or(title, |full| full)
    }
}

/// Each abbreviated title with the title it abbreviates: of the same
/// class, as many words, and each word the same or written in full
/// ([`abbreviates_word`]): `Sen.` and `Senator`, `Lt. Gov.` and
/// `Lieutenant Governor`, `Sgt` and `Sergeant`; the shortest of several.
fn full_titles(titles: &[Title]) -> impl Iterator<Item = (&str, &str)> {
    // Every pair of titles is asked: each title's words are counted once,
    // not for each pair, and a title with no word written short abbreviates
    // none.
    let words: Vec<usize> = titles.iter().map(|t| t.title.split(' ').count()).collect();
    let shortened = (0..titles.len()).filter(|&s| titles[s].title.split(' ').any(is_written_short));
    shortened.filter_map(move |s| {
        let short = &titles[s];
        (0..titles.len())
            .filter(|&f| {
                let full = &titles[f];
                words[f] == words[s]
                    && full.class == short.class
                    && abbreviates(&short.title, &full.title)
            })
            .map(|f| &titles[f])
            .min_by_key(|full| full.title.len())
            .map(|full| (short.title.as_str(), full.title.as_str()))
    })
}

/// Whether the title `short` abbreviates the title `full`, word by word,
/// one word at least. Asked of every pair of titles as the extractor is
/// built: the words are compared as they are split, with nothing
/// allocated.
fn abbreviates(short: &str, full: &str) -> bool {
    short != full
        && short.split(' ').count() == full.split(' ').count()
        && short
            .split(' ')
            .zip(full.split(' '))
            .all(|(s, f)| s == f || abbreviates_word(s, f))
}

/// Whether the word `short` is written as an abbreviation (with a stop,
/// or with no vowel after its first letter: `Sen.`, `Sgt`) of the word
/// `full` (`Senator`, `Sergeant`): three letters shorter at least, the
/// same first letter, and its letters in order in `full`, whatever their
/// case. `Sir` is no abbreviation of `Sister`, nor `Mr` of `Mrs`.
fn abbreviates_word(short: &str, full: &str) -> bool {
    let stem = short.strip_suffix('.').unwrap_or(short);
    let first = lower(stem).next();
    if first.is_none()
        || first != lower(full).next()
        || lower(full).count() < lower(stem).count() + 3
        || !is_written_short(short)
    {
        return false;
    }
    let mut letters = lower(full);
    lower(stem).all(|c| letters.any(|f| f == c))
}

/// Whether `word` is written as an abbreviation: with a stop, or with
/// no vowel after its first letter (`Sen.`, `Sgt`).
fn is_written_short(word: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    word.ends_with('.') || !lower(word).skip(1).any(vowel)
}

/// The characters of `s` in lower case.
fn lower(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// Everything quotation finding reads.
pub(crate) struct Inputs<'a> {
    pub(crate) text: &'a str,
    pub(crate) analysis: &'a Analysis,
    pub(crate) hits: &'a [Hit],
    pub(crate) resolved: &'a Resolved,
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) speech: &'a Speech,
    pub(crate) facts: TokenFacts<'a>,
}

/// The tables quotation finding fills for a document, kept for the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Workspace {
    pairing: marks::Pairing,
    tables: phrases::Tables,
    flags: reported::Flags,
}

/// Finds the quotations of a document and their speakers, in text order.
pub(crate) fn find(inputs: &Inputs<'_>, work: &mut Workspace) -> Vec<Quote> {
    let Workspace {
        pairing,
        tables,
        flags,
    } = work;
    marks::find(inputs.text, inputs.analysis, pairing);
    let marked = &pairing.marked;
    // Every quotation is in marks or reported by a cue (`said`,
    // `according to`): a document with neither, as many short ones are,
    // skips the tables of attribution.
    let cued = inputs
        .resolved
        .readings
        .iter()
        .any(|reading| matches!(reading, Reading::Cue(_)));
    if marked.is_empty() && !cued {
        return Vec::new();
    }
    let context = phrases::Context::new(inputs, tables);
    let mut quotes = attribute::attribute(&context, marked);
    reported::find(&context, marked, flags, &mut quotes);
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes
}

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
    /// `“…,” al-Khafaji said`; also when the quotation ends its sentence:
    /// `“Why?” Fenwick said.`
    QuoteCueSpeaker,
    /// `A security source said, “…”`; the subject of the cue's clause,
    /// across coordinated and participial verbs (`went to the podium and
    /// declared, “…”`) and object complements (`called the plan “…”`).
    SpeakerCueQuote,
    /// `“…,” said al-Khafaji`.
    QuoteSpeakerCue,
    /// `the agency quoted al-Khafaji as saying “…”`.
    ReportedVoice,
    /// `according to X, “…”`, anywhere in the quotation's sentence.
    AccordingTo,
    /// A colon introduces the quotation: `Dale Fenwick, The Harlow
    /// Ledger: “…”`, also across a paragraph break.
    Colon,
    /// The attribution closes the sentence further on: `“We will fix the
    /// roads” and cut fares, Quill said.`
    LateCue,
    /// A quotation that is a sentence of its own, after a sentence that
    /// reports its speaker: `Heald noted the findings. “An air-quality
    /// cleanup would …”`
    PreviousSentence,
    /// A quoted sentence signed after a dash: `“It's a long game.” -
    /// Matthew Ingram`.
    Signature,
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

#[cfg(test)]
mod tests {
    use super::{abbreviates, abbreviates_word, full_titles};
    use crate::gazetteer::Gazetteer;

    /// `(short, full, whether short abbreviates full)`.
    const WORDS: &[(&str, &str, bool)] = &[
        ("Sen.", "Senator", true),
        ("Sgt", "Sergeant", true),
        ("Lt.", "Lieutenant", true),
        ("Sir", "Sister", false),
        ("Mr", "Mrs", false),
        ("son", "surgeon", false),
        ("Chairman", "Chairwoman", false),
        ("Cdr.", "Cmdr", false),
        ("Lt.", "Pilot", false),
    ];

    #[test]
    fn an_abbreviation_is_written_short_with_the_word_s_letters() {
        for &(short, full, want) in WORDS {
            assert_eq!(abbreviates_word(short, full), want, "{short} {full}");
        }
    }

    /// The titles the bundled lists abbreviate are those found by asking
    /// every pair, as [`full_titles`] does before it leaves out the titles
    /// with no word written short.
    #[test]
    fn full_titles_are_those_of_every_pair() {
        let gazetteer = Gazetteer::bundled().unwrap();
        let titles = &gazetteer.lists.titles;
        let every_pair: Vec<(&str, &str)> = titles
            .iter()
            .filter_map(|short| {
                titles
                    .iter()
                    .filter(|f| f.class == short.class && abbreviates(&short.title, &f.title))
                    .min_by_key(|f| f.title.len())
                    .map(|f| (short.title.as_str(), f.title.as_str()))
            })
            .collect();
        assert!(every_pair.contains(&("Sen.", "Senator")), "{every_pair:?}");
        assert_eq!(full_titles(titles).collect::<Vec<_>>(), every_pair);
    }
}
