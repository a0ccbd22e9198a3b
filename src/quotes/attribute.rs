//! Tying quotations to speakers, by sieves from the most to the least
//! certain:
//! 1. after the quotation, a speaker and a cue (`…,” al-Khafaji said`), a
//!    cue and a speaker (`…,” said X`), a voice that reports another (`…,”
//!    the agency quoted al-Khafaji as saying`) or a statement (`…,” reads a
//!    joint statement from Trump and Kadhimi`);
//! 2. before it, in its sentence, `according to X`, a reported voice (`the
//!    agency quoted Al-Khafaji as confirming that “…”`) or a speaker and a
//!    cue (`A security source said, “…”`, `Trump assured that troops would
//!    be “…”`);
//! 3. with no cue, a quotation continues the speaker of the quotation
//!    before it in the same or the previous paragraph.
//!
//! The speaker is the local mention the attribution rests on: a name, a
//! pronoun (`he` → the last person named before it) or a noun phrase (`the
//! spokesman`, `the agency` → the last entity given that role; `a security
//! source` → no entity).

use super::marks::Marked;
use super::{Inputs, Quote, QuoteKind, QuoteRule, Speaker};
use crate::entities::{EntityId, EntityKind, Reading};
use crate::gazetteer::{Frame, Gender};
use crate::span::Span;
use crate::text::{Class, PerToken, TokenRange};

/// Quotations of this many words or fewer, without a cue in their sentence
/// or inside a noun phrase, are scare quotes or names.
const MAX_TERM_WORDS: usize = 3;
/// How far after a quotation its attribution is looked for, in tokens.
const AFTER_WINDOW: usize = 24;
/// How many paragraphs back a pronoun looks for its person.
const PRONOUN_PARAGRAPHS: usize = 3;
/// How many mentions back a pronoun or role looks, at most.
const MENTIONS_BACK: usize = 200;
/// How many speech cues back a pronoun looks for the last speaker, at most.
const SPEAKERS_BACK: usize = 12;
/// How far before a quotation its attribution is looked for, in tokens.
const BEFORE_WINDOW: usize = 40;
/// How far around a short quotation a cue makes it speech, in tokens.
const CUE_NEARBY: usize = 12;

/// Words that may sit between a speaker and the cue: `also`, `has`, `later`.
pub(crate) const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
    "also",
    "again",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "is",
    "later",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "then",
    "was",
    "will",
    "would",
];

/// The document as attribution sees it.
pub(crate) struct Context<'a> {
    pub(crate) inputs: &'a Inputs<'a>,
    /// The mention at each token.
    mention_at: &'a PerToken,
    /// The cue hit at each token.
    cue_at: &'a PerToken,
    /// The cue hits: token range and frame.
    cues: &'a [(TokenRange, Frame)],
    /// For each token in a title, the title's first token.
    title_start: &'a PerToken,
}

/// A speaker phrase: its tokens and what it is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    pub(crate) tokens: TokenRange,
    what: What,
}

#[derive(Clone, Copy, Debug)]
enum What {
    Mention(usize),
    /// `he`, `she`: a person of that gender if the text tells it; `it`: an
    /// organization.
    Pronoun(EntityKind, Option<Gender>),
    /// A noun phrase headed by a role noun at token `noun`.
    Nominal {
        noun: usize,
        definite: bool,
    },
}

/// The tables behind a [`Context`], in buffers kept from one document to
/// the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tables {
    mention_at: PerToken,
    cue_at: PerToken,
    cues: Vec<(TokenRange, Frame)>,
    title_start: PerToken,
}

impl<'a> Context<'a> {
    /// The document of `inputs`, with `tables` filled in for it.
    pub(crate) fn new(inputs: &'a Inputs<'a>, tables: &'a mut Tables) -> Context<'a> {
        let analysis = inputs.analysis;
        let n = analysis.tokens.len();
        let Tables {
            mention_at,
            cue_at,
            cues,
            title_start,
        } = tables;
        mention_at.reset(n);
        for (m, &range) in inputs.resolved.mention_tokens.iter().enumerate() {
            mention_at.set(range, m);
        }
        cue_at.reset(n);
        cues.clear();
        title_start.reset(n);
        for (hit, reading) in inputs.hits.iter().zip(&inputs.resolved.readings) {
            if let Reading::Title(_) = reading {
                title_start.set(hit.tokens, hit.tokens.start as usize);
            }
            if let Reading::Cue(verb) = *reading {
                cue_at.set(hit.tokens, cues.len());
                cues.push((hit.tokens, inputs.speech.frames[verb as usize]));
            }
        }
        Context {
            inputs,
            mention_at,
            cue_at,
            cues,
            title_start,
        }
    }

    /// The first token of token `i`'s sentence.
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.inputs.analysis.sentence_start(i)
    }

    /// The end of token `i`'s sentence.
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.inputs.analysis.sentence_end(i)
    }

    pub(crate) fn len(&self) -> usize {
        self.inputs.analysis.tokens.len()
    }

    pub(crate) fn folded(&self, i: usize) -> &str {
        self.inputs.analysis.folded(i)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.inputs.analysis.tokens[i].class == Class::Word
    }

    pub(crate) fn span_of(&self, range: TokenRange) -> Span {
        self.inputs.analysis.span_of(range)
    }

    /// The cue starting at token `i`: its tokens and frame.
    pub(crate) fn cue_starting_at(&self, i: usize) -> Option<(TokenRange, Frame)> {
        let cue = *self.cues.get(self.cue_at.get(i)?)?;
        (cue.0.start as usize == i).then_some(cue)
    }

    /// Every cue of the document, in text order: its tokens and frame.
    pub(crate) fn all_cues(&self) -> impl Iterator<Item = (TokenRange, Frame)> + '_ {
        self.cues.iter().copied()
    }

    /// The end of the sentence holding token `i`, without its final stop.
    pub(crate) fn sentence_end_before_stop(&self, i: usize) -> usize {
        let floor = self.sentence_start(i);
        let mut last = self.sentence_end(i);
        while last > floor + 1 && matches!(self.folded(last - 1), "." | "!" | "?" | ";") {
            last -= 1;
        }
        last
    }

    /// The cues whose first token lies in `range`, last first.
    pub(crate) fn cues_in(
        &self,
        range: TokenRange,
    ) -> impl Iterator<Item = (TokenRange, Frame)> + '_ {
        range
            .indices()
            .rev()
            .filter_map(|i| self.cue_starting_at(i))
    }

    fn mention_starting_at(&self, i: usize) -> Option<usize> {
        let m = self.mention_at.get(i)?;
        (self.inputs.resolved.mention_tokens[m].start as usize == i).then_some(m)
    }

    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let m = self.mention_at.get(end.checked_sub(1)?)?;
        (self.inputs.resolved.mention_tokens[m].end as usize == end).then_some(m)
    }

    fn entity_kind(&self, m: usize) -> EntityKind {
        let id = self.inputs.resolved.mentions[m].entity();
        self.inputs.resolved.entities[id.as_usize()].kind()
    }

    fn is_role_noun(&self, i: usize) -> bool {
        self.is_word(i) && self.inputs.speech.role_nouns.contains(self.folded(i))
    }

    pub(crate) fn is_cue(&self, i: usize) -> bool {
        self.cue_at.get(i).is_some()
    }

    /// The frame of the cue that holds token `i`, if one does.
    fn cue_frame(&self, i: usize) -> Option<Frame> {
        Some(self.cues.get(self.cue_at.get(i)?)?.1)
    }

    /// The start of the titles right before token `start`: `Governor` in
    /// `Governor Tom Hale`, `Maj. Gen.` in `Maj. Gen. Saad Maan`.
    pub(crate) fn start_with_titles(&self, mut start: usize) -> usize {
        while let Some(title) = start.checked_sub(1).and_then(|p| self.title_start.get(p)) {
            start = title;
        }
        start
    }

    /// Whether a cue is in the passive voice: `was quoted`.
    pub(crate) fn is_passive(&self, cue: TokenRange) -> bool {
        let start = cue.start as usize;
        start > 0
            && matches!(
                self.folded(start - 1),
                "was" | "were" | "is" | "are" | "been" | "being"
            )
    }

    /// Whether a cue is a participle: `adding`, `saying`, `pointing out`
    /// (a cue of several words inflects its first).
    pub(crate) fn is_participle(&self, cue: TokenRange) -> bool {
        self.folded(cue.start as usize).ends_with("ing")
    }

    fn is(&self, i: usize, folded: &str) -> bool {
        i < self.len() && self.folded(i) == folded
    }

    fn pronoun(&self, i: usize) -> Option<(EntityKind, Option<Gender>)> {
        match self.folded(i) {
            "he" => Some((EntityKind::Person, Some(Gender::He))),
            "she" => Some((EntityKind::Person, Some(Gender::She))),
            "it" => Some((EntityKind::Organization, None)),
            _ => None,
        }
    }

    /// The gender the document's titles give an entity (`spokeswoman`,
    /// `Mr.`), if any.
    fn gender_of(&self, id: EntityId) -> Option<Gender> {
        let entity = &self.inputs.resolved.entities[id.as_usize()];
        entity
            .designations()
            .iter()
            .find_map(|d| self.inputs.speech.title_gender.get(d.title()).copied())
    }

    /// The speaker phrase that starts at token `i`, within `limit`.
    pub(crate) fn phrase_after(&self, i: usize, limit: usize) -> Option<Phrase> {
        if i >= limit {
            return None;
        }
        // A name, of a place too: `Washington said`.
        let named_at = if self.folded(i) == "the" { i + 1 } else { i };
        if let Some(m) = self
            .mention_starting_at(named_at)
            .filter(|&m| !self.place_qualifies(m))
        {
            let tokens = self.inputs.resolved.mention_tokens[m];
            return Some(Phrase {
                tokens,
                what: What::Mention(m),
            });
        }
        if let Some((kind, gender)) = self.pronoun(i) {
            return Some(Phrase {
                tokens: TokenRange::new(i, i + 1),
                what: What::Pronoun(kind, gender),
            });
        }
        // A noun phrase: a determiner, a few modifiers, a role noun or a
        // name (`the state-run Iraqi News Agency`).
        let definite = self.folded(i) == "the";
        let indefinite = matches!(
            self.folded(i),
            "a" | "an" | "one" | "some" | "several" | "two" | "three"
        );
        let mut j = if definite || indefinite { i + 1 } else { i };
        let stop = limit.min(j + 6);
        let nominal = |noun: usize| {
            // A capitalised title with no determiner is definite:
            // `President said`; a bare plural is not: `officials said`.
            let capital = self.inputs.analysis.tokens[noun].shape.is_capital();
            let plural_bare = !definite && !indefinite && self.folded(noun).ends_with('s');
            Phrase {
                tokens: TokenRange::new(i, noun + 1),
                what: What::Nominal {
                    noun,
                    definite: definite || capital && !plural_bare && !indefinite,
                },
            }
        };
        let mut head = None;
        while j < stop {
            if j > i {
                if let Some(m) = self.mention_starting_at(j) {
                    if !self.place_qualifies(m) {
                        let tokens = self.inputs.resolved.mention_tokens[m];
                        return Some(Phrase {
                            tokens,
                            what: What::Mention(m),
                        });
                    }
                }
            }
            // A role noun heads the phrase unless more of a title follows
            // (`Senate Majority Leader`); `state` in `state-run` is none.
            if self.is_role_noun(j) && !self.is(j + 1, "-") {
                head = Some(j);
                // A title before a name: the name is the speaker.
                if let Some(m) = self.mention_starting_at(j + 1) {
                    let tokens = self.inputs.resolved.mention_tokens[m];
                    return Some(Phrase {
                        tokens,
                        what: What::Mention(m),
                    });
                }
                let title_goes_on =
                    j + 1 < stop && (self.is_role_noun(j + 1) || self.is_capital_word(j + 1));
                if !title_goes_on {
                    return Some(nominal(j));
                }
            }
            let modifier = self.is_word(j) || self.folded(j) == "-";
            if !modifier {
                break;
            }
            j += 1;
        }
        head.map(nominal)
    }

    /// Whether mention `m` qualifies the noun after it (`the Oklahoma
    /// Republican`, `a White House official`) rather than naming the
    /// speaker.
    fn place_qualifies(&self, m: usize) -> bool {
        let end = self.inputs.resolved.mention_tokens[m].end as usize;
        // `the Oklahoma Republican`, `a White House official`.
        self.entity_kind(m) == EntityKind::Place && self.is_capital_word(end)
            || self.is_role_noun(end)
    }

    /// Whether token `i` is a capitalised word.
    fn is_capital_word(&self, i: usize) -> bool {
        self.is_word(i) && self.inputs.analysis.tokens[i].shape.is_capital()
    }

    /// The speaker phrase that ends just before token `end`: a name, a
    /// pronoun, a noun phrase; across an apposition (`Khafaji, spokesman of
    /// the JOC, told`) and a relative pronoun (`Pompeo, who said`).
    pub(crate) fn phrase_before(&self, end: usize) -> Option<Phrase> {
        self.phrase_before_depth(end, 2)
    }

    fn phrase_before_depth(&self, mut end: usize, depth: u8) -> Option<Phrase> {
        let floor = self.inputs.analysis.sentence_at(end.checked_sub(1)?)?.start as usize;
        while end > floor + 1 && BETWEEN_SPEAKER_AND_CUE.contains(&self.folded(end - 1)) {
            end -= 1;
        }
        if end <= floor {
            return None;
        }
        let last = end - 1;
        if depth > 0 && self.folded(last) == "," {
            // An apposition: `X, spokesman of the JOC, told`; never across
            // a quotation mark.
            let opening = (floor..last)
                .rev()
                .take(20)
                .take_while(|&k| !matches!(self.folded(k), "\"" | "'"))
                .find(|&k| self.folded(k) == ",")?;
            return self.phrase_before_depth(opening, depth - 1);
        }
        if depth > 0 && self.folded(last) == "who" && last > floor && self.folded(last - 1) == "," {
            return self.phrase_before_depth(last - 1, depth - 1);
        }
        if let Some(m) = self.mention_ending_at(end) {
            let tokens = self.inputs.resolved.mention_tokens[m];
            // `Gen. Joseph Votel, commander of U.S. Central Command said`:
            // an organization or place that completes a role set off after
            // a person is not the speaker; the person is.
            if depth > 0 && self.entity_kind(m) != EntityKind::Person {
                if let Some(person) = self.person_before_role(tokens.start as usize, floor, depth) {
                    return Some(person);
                }
            }
            // `Rep. Jamie Raskin of Maryland said`: the person, not the place.
            let from = tokens.start as usize;
            if self.entity_kind(m) == EntityKind::Place
                && from > floor + 1
                && matches!(self.folded(from - 1), "of" | "from")
            {
                if let Some(p) = self
                    .mention_ending_at(from - 1)
                    .filter(|&p| self.entity_kind(p) == EntityKind::Person)
                {
                    let tokens = self.inputs.resolved.mention_tokens[p];
                    return Some(Phrase {
                        tokens,
                        what: What::Mention(p),
                    });
                }
            }
            return Some(Phrase {
                tokens,
                what: What::Mention(m),
            });
        }
        if let Some((kind, gender)) = self.pronoun(last) {
            return Some(Phrase {
                tokens: TokenRange::new(last, end),
                what: What::Pronoun(kind, gender),
            });
        }
        if self.is_role_noun(last) {
            let mut start = last;
            while start > floor && end - start < 7 {
                let p = start - 1;
                if matches!(self.folded(p), "the" | "a" | "an" | "this" | "one") {
                    start = p;
                    break;
                }
                if !(self.is_word(p) && !self.is_cue(p) || self.folded(p) == "-") {
                    break;
                }
                start = p;
            }
            return self.phrase_after(start, end);
        }
        None
    }

    /// The person named before `, <role> of` that ends at token `start`,
    /// if the words between the comma and `start` hold a role noun.
    fn person_before_role(&self, start: usize, floor: usize, depth: u8) -> Option<Phrase> {
        let comma = (floor..start)
            .rev()
            .take(8)
            .find(|&k| self.folded(k) == ",")?;
        if !(comma + 1..start).any(|k| self.is_role_noun(k)) {
            return None;
        }
        let phrase = self.phrase_before_depth(comma, depth - 1)?;
        match phrase.what {
            What::Mention(m) if self.entity_kind(m) == EntityKind::Person => Some(phrase),
            _ => None,
        }
    }

    /// The speaker a phrase stands for, and the span it rests on.
    pub(crate) fn speaker_of(&self, phrase: Phrase) -> Speaker {
        let span = self.span_of(phrase.tokens);
        let resolved = self.inputs.resolved;
        let entity = match phrase.what {
            What::Mention(m) => Some(resolved.mentions[m].entity()),
            // The last person who spoke before it, else the last entity of
            // the kind; skipping people the text shows to be of the other
            // gender.
            What::Pronoun(kind, gender) => {
                let fits = |id: EntityId| {
                    resolved.entities[id.as_usize()].kind() == kind
                        && (gender.is_none()
                            || self.gender_of(id).is_none_or(|g| Some(g) == gender))
                };
                let at = phrase.tokens.start as usize;
                let speaker = if kind == EntityKind::Person {
                    self.last_speaker_before(at, &fits)
                } else {
                    None
                };
                speaker.or_else(|| self.last_entity_before(at, fits))
            }
            What::Nominal {
                noun,
                definite: true,
            } => {
                let noun = self.folded(noun);
                let singular = noun.strip_suffix('s');
                self.last_entity_before(phrase.tokens.start as usize, |id| {
                    self.has_role(id, noun) || singular.is_some_and(|s| self.has_role(id, s))
                })
            }
            What::Nominal {
                definite: false, ..
            } => None,
        };
        Speaker { entity, span }
    }

    /// The person who was last the named subject of a speech cue before
    /// token `before`, within a few paragraphs: speakers stay in focus, so
    /// `“…,” he said` after `Patel told CNN that he spoke with Bondi` is
    /// Patel's.
    fn last_speaker_before(
        &self,
        before: usize,
        fits: &impl Fn(EntityId) -> bool,
    ) -> Option<EntityId> {
        let analysis = self.inputs.analysis;
        let paragraph = analysis.paragraph_at(before)?;
        let first = self
            .cues
            .partition_point(|(t, _)| (t.start as usize) < before);
        for &(cue, frame) in self.cues[..first].iter().rev().take(SPEAKERS_BACK) {
            if paragraph - analysis.paragraph_of(cue.start as usize) > PRONOUN_PARAGRAPHS {
                break;
            }
            if frame != Frame::Say && frame != Frame::Quote {
                continue;
            }
            // A pronoun subject refers further back: look on.
            if let Some(Phrase {
                what: What::Mention(m),
                ..
            }) = self.phrase_before(cue.start as usize)
            {
                let id = self.inputs.resolved.mentions[m].entity();
                if fits(id) {
                    return Some(id);
                }
            }
        }
        None
    }

    /// Whether entity `id` has a role named by `noun`: a role the document
    /// gives it, or one its gazetteer entry lists.
    fn has_role(&self, id: EntityId, noun: &str) -> bool {
        let entity = &self.inputs.resolved.entities[id.as_usize()];
        let fits = |role: &str| {
            role == noun
                || role.strip_prefix(noun).is_some_and(|r| r.starts_with(' '))
                || role.strip_suffix(noun).is_some_and(|r| r.ends_with(' '))
        };
        if entity.designations().iter().any(|d| fits(d.title())) {
            return true;
        }
        let Some(gid) = entity.gazetteer_id() else {
            return false;
        };
        let Some(index) = self.inputs.gazetteer.index_of(gid) else {
            return false;
        };
        self.inputs.speech.entry_roles[index]
            .iter()
            .any(|r| fits(r))
    }

    /// The entity of the last mention before token `before` that passes
    /// `wanted`, within a few paragraphs.
    fn last_entity_before(
        &self,
        before: usize,
        wanted: impl Fn(EntityId) -> bool,
    ) -> Option<EntityId> {
        let resolved = self.inputs.resolved;
        let analysis = self.inputs.analysis;
        let paragraph = analysis.paragraph_at(before)?;
        let first = resolved
            .mention_tokens
            .partition_point(|t| (t.end as usize) <= before);
        (0..first)
            .rev()
            .take(MENTIONS_BACK)
            .take_while(|&m| {
                let start = resolved.mention_tokens[m].start as usize;
                paragraph - analysis.paragraph_of(start) <= PRONOUN_PARAGRAPHS
            })
            .map(|m| resolved.mentions[m].entity())
            .find(|&id| wanted(id))
    }
}

/// The attribution of one quotation.
pub(crate) struct Attribution {
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Span>,
    pub(crate) rule: QuoteRule,
    pub(crate) confidence: f32,
}

/// Attributes every quotation that is speech.
pub(crate) fn attribute(ctx: &Context<'_>, marked: &[Marked]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    // The last attributed quotation: its speaker, paragraph.
    let mut previous: Option<(Speaker, usize)> = None;
    for m in marked {
        if !is_speech(ctx, m) {
            continue;
        }
        let span = ctx.span_of(m.inside);
        let first = ctx.inputs.text[span].chars().next().unwrap_or(' ');
        let kind = if first.is_lowercase() {
            QuoteKind::Partial
        } else {
            QuoteKind::Direct
        };
        let paragraph = ctx.inputs.analysis.paragraph_of(m.open);
        let found = after(ctx, m).or_else(|| before(ctx, m)).or_else(|| {
            // A quotation with no cue continues the previous speaker's, in
            // the same paragraph or the next.
            let (speaker, p) = previous?;
            let opens_paragraph = ctx.inputs.analysis.tokens[m.open].paragraph_start;
            (p == paragraph || p + 1 == paragraph && opens_paragraph).then_some(Attribution {
                speaker: Some(speaker),
                cue: None,
                rule: QuoteRule::Continuation,
                confidence: 0.6,
            })
        });
        let a = found.unwrap_or(Attribution {
            speaker: None,
            cue: None,
            rule: QuoteRule::Unattributed,
            confidence: 0.0,
        });
        if let Some(speaker) = a.speaker {
            previous = Some((speaker, paragraph));
        }
        let confidence = if m.closed {
            a.confidence
        } else {
            a.confidence * 0.8
        };
        out.push(Quote {
            span,
            kind,
            speaker: a.speaker,
            cue: a.cue,
            rule: a.rule,
            confidence,
        });
    }
    out
}

/// Whether the marked text is speech rather than a quoted name, title or
/// scare-quoted term: a term is short, has no closing punctuation, and
/// either sits inside a noun phrase, is all capitalised, or has no cue in
/// its sentence. A quotation inside a headline is the headline's, not
/// speech.
fn is_speech(ctx: &Context<'_>, m: &Marked) -> bool {
    let mut words = m.inside.indices().filter(|&i| ctx.is_word(i));
    let word_count = words.clone().count();
    if word_count == 0 || in_headline(ctx, m.open) {
        return false;
    }
    let last = m.inside.end as usize - 1;
    let closing_punctuation = matches!(
        ctx.folded(last),
        "," | "." | "!" | "?" | ";" | ":" | "…" | "..."
    );
    if word_count > MAX_TERM_WORDS || closing_punctuation {
        return true;
    }
    let analysis = ctx.inputs.analysis;
    let all_capitalised =
        words.all(|i| analysis.tokens[i].shape.is_capital() || ctx.folded(i).len() <= 3);
    let noun_phrase_continues =
        m.closed && ctx.is_word(m.close + 1) && ctx.sentence_end(m.close) > m.close + 1;
    // A `call` cue right before the marks names what they hold (`a plan
    // called “…”`, `so-called “…”`): its quotations come after an object.
    let after_a_noun = m.open > 0
        && ctx.is_word(m.open - 1)
        && ctx.cue_frame(m.open - 1).is_none_or(|f| f == Frame::Call)
        && !matches!(
            ctx.folded(m.open - 1),
            "that" | "as" | "be" | "is" | "was" | "were" | "are"
        );
    let from = ctx
        .sentence_start(m.open)
        .max(m.open.saturating_sub(CUE_NEARBY));
    let to = ctx
        .sentence_end(m.close.min(ctx.len() - 1))
        .min(m.close + CUE_NEARBY);
    let cue_nearby = ctx
        .cues_in(TokenRange::new(from, to.max(from)))
        .next()
        .is_some();
    !(all_capitalised || noun_phrase_continues || after_a_noun || !cue_nearby)
}

/// Whether token `i` is in a headline: a short first paragraph with no
/// sentence stop, followed by more text.
pub(crate) fn in_headline(ctx: &Context<'_>, i: usize) -> bool {
    let analysis = ctx.inputs.analysis;
    let Some(first) = analysis.paragraphs.first() else {
        return false;
    };
    let range = first.start as usize..first.end as usize;
    range.contains(&i)
        && analysis.paragraphs.len() > 1
        && range.len() <= 25
        && !range
            .clone()
            .any(|k| matches!(ctx.folded(k), "." | "!" | "?"))
}

/// Sieve 1: the attribution after the quotation, in its sentence.
fn after(ctx: &Context<'_>, m: &Marked) -> Option<Attribution> {
    if !m.closed {
        return None;
    }
    let limit = ctx.sentence_end(m.close).min(m.close + AFTER_WINDOW);
    let mut j = m.close + 1;
    while j < limit && ctx.folded(j) == "," {
        j += 1;
    }
    if let Some(phrase) = ctx.phrase_after(j, limit) {
        // `…,” al-Khafaji said` or `…,” Khafaji, the JOC spokesman, told`.
        let mut k = phrase.tokens.end as usize;
        if k < limit && ctx.folded(k) == "," {
            k = (k + 1..limit)
                .find(|&x| ctx.folded(x) == ",")
                .map_or(limit, |x| x + 1);
        }
        while k < limit && BETWEEN_SPEAKER_AND_CUE.contains(&ctx.folded(k)) {
            k += 1;
        }
        if let Some((cue, frame)) = ctx.cue_starting_at(k) {
            return match frame {
                // `…,” al-Khafaji was quoted as saying`.
                Frame::Quote if ctx.is_passive(cue) => {
                    Some(by(ctx, phrase, cue, QuoteRule::QuoteCueSpeaker, 0.9))
                }
                // `…,” the agency quoted al-Khafaji as saying`.
                Frame::Quote => reported(ctx, cue, limit, 0.9),
                Frame::Say => Some(by(ctx, phrase, cue, QuoteRule::QuoteCueSpeaker, 0.95)),
                // A `call` cue's quotation follows it: this one is not its.
                Frame::Call | Frame::According | Frame::Statement => None,
            };
        }
    }
    let (cue, frame) = ctx.cue_starting_at(j)?;
    match frame {
        // `…,” said al-Khafaji`; not `…,” saying that …`.
        Frame::Say if !ctx.is_participle(cue) => {
            let phrase = ctx.phrase_after(cue.end as usize, limit)?;
            Some(by(ctx, phrase, cue, QuoteRule::QuoteSpeakerCue, 0.95))
        }
        Frame::According => {
            let phrase = ctx.phrase_after(cue.end as usize, limit)?;
            Some(by(ctx, phrase, cue, QuoteRule::AccordingTo, 0.85))
        }
        Frame::Quote => reported(ctx, cue, limit, 0.9),
        // `…,” reads a joint statement from Trump and Kadhimi`.
        Frame::Statement => statement(ctx, cue, limit),
        Frame::Say | Frame::Call => None,
    }
}

/// Sieve 2: the attribution before the quotation, in its sentence.
fn before(ctx: &Context<'_>, m: &Marked) -> Option<Attribution> {
    let start = ctx
        .sentence_start(m.open)
        .max(m.open.saturating_sub(BEFORE_WINDOW));
    let window = TokenRange::new(start, m.open);
    // `According to the agency, “…”` wins over any other cue.
    for (cue, frame) in ctx.cues_in(window) {
        if frame == Frame::According {
            if let Some(phrase) = ctx.phrase_after(cue.end as usize, m.open) {
                return Some(by(ctx, phrase, cue, QuoteRule::AccordingTo, 0.85));
            }
        }
    }
    for (cue, frame) in ctx.cues_in(window) {
        let found = match frame {
            Frame::Quote if ctx.is_passive(cue) => ctx
                .phrase_before(cue.start as usize)
                .map(|phrase| by(ctx, phrase, cue, QuoteRule::SpeakerCueQuote, 0.9)),
            Frame::Quote => reported(ctx, cue, m.open, 0.9),
            Frame::Statement => statement(ctx, cue, m.open),
            // `She was described as “…”`: the subject is who was described.
            Frame::Call if ctx.is_passive(cue) => None,
            // `Quill called the plan “…”`: the subject, as for `said`.
            Frame::Say | Frame::Call => ctx
                .phrase_before(cue.start as usize)
                .map(|phrase| by(ctx, phrase, cue, QuoteRule::SpeakerCueQuote, 0.9)),
            Frame::According => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `X quoted Y as saying`, `citing Y`: the speaker is the one quoted.
fn reported(
    ctx: &Context<'_>,
    cue: TokenRange,
    limit: usize,
    confidence: f32,
) -> Option<Attribution> {
    let phrase = ctx.phrase_after(cue.end as usize, limit)?;
    Some(by(ctx, phrase, cue, QuoteRule::ReportedVoice, confidence))
}

/// `a joint statement from X and Y`: the speaker is X (Y said it too).
fn statement(ctx: &Context<'_>, cue: TokenRange, limit: usize) -> Option<Attribution> {
    let end = (cue.end as usize + 8).min(limit);
    let from = (cue.end as usize..end).find(|&i| matches!(ctx.folded(i), "from" | "by" | "of"))?;
    let phrase = ctx.phrase_after(from + 1, limit)?;
    let after = phrase.tokens.end as usize;
    let joint = after + 1 < limit
        && ctx.folded(after) == "and"
        && ctx.phrase_after(after + 1, limit).is_some();
    let rule = if joint {
        QuoteRule::JointStatement
    } else {
        QuoteRule::SpeakerCueQuote
    };
    Some(by(ctx, phrase, cue, rule, 0.8))
}

/// An attribution to `phrase` through `cue`; pronouns and noun phrases name
/// their own rule.
pub(crate) fn by(
    ctx: &Context<'_>,
    phrase: Phrase,
    cue: TokenRange,
    rule: QuoteRule,
    confidence: f32,
) -> Attribution {
    let (rule, confidence) = match phrase.what {
        What::Mention(_) => (rule, confidence),
        What::Pronoun(..) => (QuoteRule::Pronoun, confidence * 0.85),
        What::Nominal { .. } => (QuoteRule::Nominal, confidence * 0.8),
    };
    Attribution {
        speaker: Some(ctx.speaker_of(phrase)),
        cue: Some(ctx.span_of(cue)),
        rule,
        confidence,
    }
}
