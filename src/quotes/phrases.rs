//! The phrase layer: the document as attribution reads it.
//!
//! One view over the token table, built once per document in linear time:
//! the words as every stage reads them ([`Words`], shared with discovery),
//! the mention, title and speech cue at each token, and the walkers that
//! find a cue's
//! subject by clause: a name (with its titles), a pronoun, a role noun
//! phrase (`the JOC spokesman`, `a spokesman for the bank`) or any other
//! noun phrase (`one poster`, `the memo`, `52 percent of voters`), across
//! adverbs and auxiliaries (`also told`, `would tell`), appositions and
//! interjected clauses (`Khafaji, the JOC spokesman, said`), relative
//! pronouns (`Pompeo, who said`) and coordinated or participial verbs,
//! whose subject is the main clause's (`went to the podium and declared`,
//! `blasted the ruling, saying`).

use super::{Inputs, Speaker};
use crate::entities::words::Words;
use crate::entities::{EntityId, EntityKind, Reading};
use crate::gazetteer::grammar::WordClass;
use crate::gazetteer::{Frame, Gender};
use crate::text::{Class, PerToken, Shape, TokenRange};

/// How many paragraphs back a pronoun looks for its person.
const PRONOUN_PARAGRAPHS: usize = 3;
/// How many mentions back a pronoun or role looks, at most.
const MENTIONS_BACK: usize = 200;
/// How many speech cues back a pronoun looks for the last speaker, at most.
const SPEAKERS_BACK: usize = 12;
/// The longest noun phrase taken as a speaker without a name in it, in
/// tokens.
const MAX_PHRASE_TOKENS: usize = 12;

/// The most lower-case words between a name and the role noun it
/// qualifies: `Gallup senior editor`, `ACLU deputy legal director`.
const MAX_ROLE_MODIFIERS: usize = 2;
/// How far back from a verb the start of its clause is looked for, in
/// tokens.
const MAX_CLAUSE_TOKENS: usize = 40;
/// The longest apposition or interjected clause between a speaker and its
/// cue, in tokens.
const MAX_INTERJECTION_TOKENS: usize = 30;

/// Word classes that end a speaker's noun phrase on its left or right:
/// what opens or joins a clause.
const CLAUSE_WORDS: &[WordClass] = &[
    WordClass::Auxiliary,
    WordClass::Relative,
    WordClass::Complementizer,
    WordClass::Conjunction,
    WordClass::Subordinator,
    WordClass::Infinitive,
];

/// Word classes that open a noun phrase: `the`, `his`, `one`.
const OPENERS: &[WordClass] = &[
    WordClass::Determiner,
    WordClass::Possessive,
    WordClass::Quantifier,
];

/// Whether the cues of `frame` are verbs, not nouns (`a statement from`)
/// or a preposition (`according to`).
fn is_verb(frame: Frame) -> bool {
    !matches!(frame, Frame::Statement | Frame::According)
}

/// Whether the cue word at token `i` is a plural noun, the object of the
/// past verb before it: `The court rejected claims that`, `the ministry
/// has denied reports that`. A word in `-ed` after a word that opens no
/// noun phrase is the verb (`the accused claims` keeps its cue), and the
/// `-s` form after it is no verb of its own: `rejected claims` is no
/// subject and its verb. Read from the text, as the fold may rewrite the
/// endings' letters.
fn is_object_of_verb(words: &Words<'_>, i: usize) -> bool {
    // Three letters at least before `-ed`: `shed` is no past.
    let past =
        |k: usize| words.is_lower_ending_in(k, b"ed") && words.analysis.tokens[k].span().len() >= 5;
    i >= 2
        && words.is_lower_ending_in(i, b"s")
        && words.analysis.tokens[i].span().len() >= 3
        && past(i - 1)
        && !words.classes(i - 2).is_any(OPENERS)
}

/// Whether the cue at token `start` modifies the noun after it, as a
/// participle does after a determiner: `most of the declared seats`, `the
/// 15 declared seats` (no verb follows a determiner). Quantifiers are left
/// out, as they may be the subject (`many said`, `one said`), and so are
/// numbers without a determiner (`45 said prices rose`) and words that
/// open a clause too (`letters that said`). No verb follows a preposition
/// either (`arrested for alleged links`, `claims of reported killings`,
/// `stopped short of saying`), but `to` may open an infinitive (`went on
/// to say`) and `and` join verbs (`rose and said`).
fn is_modifier_of_noun(words: &Words<'_>, start: usize) -> bool {
    let floor = words.sentence_start(start);
    if start <= floor {
        return false;
    }
    let determines = |k: usize| {
        let classes = words.classes(k);
        classes.is(WordClass::Determiner)
            && !classes.is(WordClass::Quantifier)
            && !classes.is_any(CLAUSE_WORDS)
    };
    let preposition = |k: usize| {
        let classes = words.classes(k);
        classes.is_any(PREPOSITIONS) && !classes.is_any(CLAUSE_WORDS)
    };
    determines(start - 1)
        || words.is_number(start - 1) && start - 1 > floor && determines(start - 2)
        || preposition(start - 1)
}

/// Word classes only prepositions have.
const PREPOSITIONS: &[WordClass] = &[
    WordClass::Preposition,
    WordClass::PlacePreposition,
    WordClass::InNounPhrase,
    WordClass::Connector,
    WordClass::Complement,
    WordClass::Source,
];

/// A speech cue: its tokens and frame.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct Cue {
    pub(crate) tokens: TokenRange,
    pub(crate) frame: Frame,
    /// Whether the verb's first object is who was told (`told reporters`).
    pub(crate) listener: bool,
}

impl Cue {
    pub(crate) fn start(&self) -> usize {
        self.tokens.start as usize
    }

    pub(crate) fn end(&self) -> usize {
        self.tokens.end as usize
    }
}

/// A speaker phrase: its tokens and what it is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    pub(crate) tokens: TokenRange,
    pub(crate) what: What,
}

/// What a speaker phrase is.
#[derive(Clone, Copy, Debug)]
pub(crate) enum What {
    /// A mention of an entity.
    Mention(usize),
    /// `he`, `she`: a person of that gender; `it`: an organization;
    /// `I`, `we`, `they`: a speaker the text does not name here.
    Pronoun(Option<(EntityKind, Option<Gender>)>),
    /// A noun phrase headed by a role noun at token `noun`.
    Nominal { noun: usize, definite: bool },
    /// Any other noun phrase: `one poster`, `the memo`.
    Plain,
}

/// The tables behind a [`Context`], in buffers kept from one document to
/// the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tables {
    mention_at: PerToken,
    cue_at: PerToken,
    cues: Vec<Cue>,
    title_start: PerToken,
}

/// The document as attribution sees it.
pub(crate) struct Context<'a> {
    pub(crate) inputs: &'a Inputs<'a>,
    /// The words, as every rule reads them.
    words: Words<'a>,
    mention_at: &'a PerToken,
    cue_at: &'a PerToken,
    cues: &'a [Cue],
    /// For each token in a title, the title's first token.
    title_start: &'a PerToken,
}

impl<'a> std::ops::Deref for Context<'a> {
    type Target = Words<'a>;

    fn deref(&self) -> &Words<'a> {
        &self.words
    }
}

impl<'a> Context<'a> {
    /// The document of `inputs`, with `tables` filled in for it.
    pub(crate) fn new(inputs: &'a Inputs<'a>, tables: &'a mut Tables) -> Context<'a> {
        let n = inputs.analysis.tokens.len();
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
        let words = Words::new(inputs.text, inputs.analysis, inputs.facts);
        for (hit, reading) in inputs.hits.iter().zip(&inputs.resolved.readings) {
            match *reading {
                Reading::Title(_) => title_start.set(hit.tokens, hit.tokens.start as usize),
                // A verb's form that is a noun or an adjective there is no
                // cue; the cues that are nouns (`a statement`) stay.
                Reading::Cue(verb)
                    if is_verb(inputs.speech.frames[verb as usize])
                        && (is_object_of_verb(&words, hit.tokens.start as usize)
                            || is_modifier_of_noun(&words, hit.tokens.start as usize)) => {}
                Reading::Cue(verb) => {
                    cue_at.set(hit.tokens, cues.len());
                    cues.push(Cue {
                        tokens: hit.tokens,
                        frame: inputs.speech.frames[verb as usize],
                        listener: inputs.speech.listeners[verb as usize],
                    });
                }
                _ => {}
            }
        }
        Context {
            inputs,
            words,
            mention_at,
            cue_at,
            cues,
            title_start,
        }
    }

    /// The end of the sentence holding token `i`, without its final stops.
    pub(crate) fn sentence_end_before_stop(&self, i: usize) -> usize {
        let floor = self.sentence_start(i);
        let mut last = self.sentence_end(i);
        while last > floor + 1 && self.is_stop(last - 1) {
            last -= 1;
        }
        last
    }

    /// The cue starting at token `i`.
    pub(crate) fn cue_starting_at(&self, i: usize) -> Option<Cue> {
        let cue = *self.cues.get(self.cue_at.get(i)?)?;
        (cue.start() == i).then_some(cue)
    }

    /// Every cue of the document, in text order.
    pub(crate) fn all_cues(&self) -> impl Iterator<Item = Cue> + '_ {
        self.cues.iter().copied()
    }

    /// The cues whose first token lies in `range`, last first.
    pub(crate) fn cues_in(&self, range: TokenRange) -> impl Iterator<Item = Cue> + '_ {
        range
            .indices()
            .rev()
            .filter_map(|i| self.cue_starting_at(i))
    }

    pub(crate) fn is_cue(&self, i: usize) -> bool {
        self.cue_at.get(i).is_some()
    }

    /// The frame of the cue that holds token `i`, if one does.
    pub(crate) fn cue_frame(&self, i: usize) -> Option<Frame> {
        Some(self.cues.get(self.cue_at.get(i)?)?.frame)
    }

    /// Whether a cue is in the passive voice: `was quoted`, `was
    /// officially confirmed`; not `was saying`, a participle.
    pub(crate) fn is_passive(&self, cue: Cue) -> bool {
        if self.is_participle(cue) {
            return false;
        }
        let start = cue.start();
        let adverb = |i: usize| {
            self.is(i, WordClass::Adverb)
                || self.analysis.tokens[i].shape == Shape::Lower
                    && self.text[self.analysis.tokens[i].span()].ends_with("ly")
        };
        start > 0 && self.is(start - 1, WordClass::Be)
            || start > 1 && adverb(start - 1) && self.is(start - 2, WordClass::Be)
    }

    /// Whether a cue is a present participle: `adding`, `saying`,
    /// `pointing out` (a cue of several words inflects its first). Read
    /// from the text, since the fold may rewrite the ending's letters.
    pub(crate) fn is_participle(&self, cue: Cue) -> bool {
        let first = &self.analysis.tokens[cue.start()];
        let word = self.text[first.span()].as_bytes();
        word.len() > 4 && word[word.len() - 3..].eq_ignore_ascii_case(b"ing")
    }

    /// The start of the titles right before token `start`: `Governor` in
    /// `Governor Tom Hale`, `Maj. Gen.` in `Maj. Gen. Saad Maan`.
    pub(crate) fn start_with_titles(&self, mut start: usize) -> usize {
        while let Some(title) = start.checked_sub(1).and_then(|p| self.title_start.get(p)) {
            start = title;
        }
        start
    }

    fn mention_starting_at(&self, i: usize) -> Option<usize> {
        let m = self.mention_at.get(i)?;
        (self.inputs.resolved.mention_tokens[m].start as usize == i).then_some(m)
    }

    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let m = self.mention_at.get(end.checked_sub(1)?)?;
        (self.inputs.resolved.mention_tokens[m].end as usize == end).then_some(m)
    }

    fn mention(&self, m: usize) -> Phrase {
        Phrase {
            tokens: self.inputs.resolved.mention_tokens[m],
            what: What::Mention(m),
        }
    }

    fn entity_kind(&self, m: usize) -> EntityKind {
        let id = self.inputs.resolved.mentions[m].entity();
        self.inputs.resolved.entities[id.as_usize()].kind()
    }

    fn is_role_noun(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .inputs
                .speech
                .role_nouns
                .contains(self.analysis.folded(i))
    }

    /// The pronoun at token `i`, if it may be a speaker.
    fn pronoun(&self, i: usize) -> Option<What> {
        let c = self.classes(i);
        // A possessive determiner opens a noun phrase (`its spokesman`);
        // its person and number are for the rules that ask whose it is.
        if c.is(WordClass::Possessive) {
            return None;
        }
        let person = |gender| Some((EntityKind::Person, Some(gender)));
        Some(What::Pronoun(if c.is(WordClass::He) {
            person(Gender::He)
        } else if c.is(WordClass::She) {
            person(Gender::She)
        } else if c.is(WordClass::It) {
            Some((EntityKind::Organization, None))
        } else if c.is_any(&[WordClass::They, WordClass::I]) {
            None
        } else {
            return None;
        }))
    }

    /// Whether mention `m` qualifies the noun after it (`the Oklahoma
    /// Republican`, `a White House official`, `Gallup senior editor`)
    /// rather than naming the speaker.
    fn qualifies_next(&self, m: usize) -> bool {
        let end = self.inputs.resolved.mention_tokens[m].end as usize;
        self.entity_kind(m) == EntityKind::Place && self.is_cap(end)
            || self.role_noun_after_modifiers(end)
    }

    /// Whether a role noun stands at token `i`, or a person's title after
    /// a lower-case modifier or two: `spokesman`, `senior editor`, `staff
    /// attorney`; not `news agency`, which a body is.
    fn role_noun_after_modifiers(&self, i: usize) -> bool {
        let modifier = |k: usize| {
            let c = self.classes(k);
            self.is_word(k)
                && !self.is_cap(k)
                && !c.is(WordClass::Function)
                && (!c.is_closed_class() || c.is(WordClass::TitlePhrase))
                && !self.is_cue(k)
        };
        self.is_role_noun(i)
            || (i + 1..i + MAX_ROLE_MODIFIERS + 1)
                .take_while(|&k| modifier(k - 1))
                .any(|k| self.title_start.get(k).is_some())
    }

    /// The name set off after a role that `phrase` is (`the Crown
    /// prosecutor, Mark Tedeschi, QC,`), else `phrase` itself.
    pub(crate) fn named_in_apposition(&self, phrase: Phrase, limit: usize) -> Phrase {
        let end = phrase.tokens.end as usize;
        if matches!(phrase.what, What::Mention(_) | What::Pronoun(_))
            || self.punct(end) != Some(',')
        {
            return phrase;
        }
        let next_comma = (end + 1..limit.min(end + 8)).find(|&k| self.punct(k) == Some(','));
        let close = next_comma.unwrap_or(limit.min(end + 8));
        (end + 2..=close)
            .rev()
            .find_map(|k| self.name_between(end + 1, k))
            .unwrap_or(phrase)
    }

    /// Whether the capitalised words of a name go on after mention `m`, so
    /// that the mention is a part of an unknown name (`Petra Lunde`, where
    /// `Petra` alone names a news agency).
    fn name_goes_on(&self, m: usize) -> bool {
        let end = self.inputs.resolved.mention_tokens[m].end as usize;
        self.is_cap(end)
            && !self.classes(end).is_closed_class()
            && !self.is_cue(end)
            && self.mention_starting_at(end).is_none()
    }

    /// Whether token `i` may sit inside a noun phrase: a word that opens
    /// or joins no clause and is no cue, a hyphen, a possessive, the `@`
    /// of a handle written against its name (`@jdoe`).
    fn in_noun_phrase(&self, i: usize) -> bool {
        if self.is_word(i) {
            // The noun of a statement is a cue and a noun: `Cornyn's
            // statement added`; so is a tag after a determiner: `the
            // notes said`.
            let noun = match self.cue_frame(i) {
                Some(Frame::Statement) | None => true,
                Some(Frame::Tag) => {
                    i > 0
                        && self
                            .classes(i - 1)
                            .is_any(&[WordClass::Determiner, WordClass::Possessive])
                }
                Some(_) => false,
            };
            let verb = self.is_cue(i) && !noun;
            return !verb && !self.classes(i).is_any(CLAUSE_WORDS);
        }
        let possessive = self.analysis.tokens.get(i).is_some_and(|t| {
            t.class == Class::Possessive
                // `the troops' bases`: an apostrophe written onto a word.
                || self.punct(i) == Some('\'') && !t.space_before
        });
        let handle = self.punct(i) == Some('@')
            && self
                .inputs
                .analysis
                .tokens
                .get(i + 1)
                .is_some_and(|t| !t.space_before);
        (possessive || handle || matches!(self.punct(i), Some('-' | '&' | '.')))
            && self.is_word(i + 1)
    }

    /// Whether token `i` may be a word of a noun phrase before its head or
    /// be its head: in a noun phrase, and no preposition or word of time
    /// (`said on Monday`), though a determiner may be both (`this`), and a
    /// preposition before a number says how many (`a post made just over
    /// 24 hours ago`, `about 30 residents`).
    fn is_modifier(&self, i: usize) -> bool {
        let c = self.classes(i);
        let quantity = self.is_number(i + 1) && !c.is(WordClass::Circumstance);
        self.in_noun_phrase(i)
            && (c.is(WordClass::Determiner)
                || quantity
                || !c.is_any(&[WordClass::Preposition, WordClass::Circumstance]))
    }

    /// The speaker phrase that starts at token `i`, before `limit`: a
    /// name, a pronoun, a role noun phrase or another noun phrase.
    pub(crate) fn phrase_after(&self, i: usize, limit: usize) -> Option<Phrase> {
        if i >= limit {
            return None;
        }
        let det = self.classes(i).is_any(OPENERS);
        let named_at = if det { i + 1 } else { i };
        if let Some(m) = self
            .mention_starting_at(named_at)
            .filter(|&m| !self.qualifies_next(m) && !self.name_goes_on(m))
        {
            return Some(self.mention(m));
        }
        if let Some(what) = self.pronoun(i) {
            return Some(Phrase {
                tokens: TokenRange::new(i, i + 1),
                what,
            });
        }
        self.noun_phrase_from(i, limit)
    }

    /// The noun phrase that starts at token `i`: determiners and
    /// modifiers up to its head, then prepositional phrases that belong to
    /// it (`a spokesman for the bank`); the head is a role noun, a name or
    /// any word.
    fn noun_phrase_from(&self, i: usize, limit: usize) -> Option<Phrase> {
        let stop = limit.min(i + MAX_PHRASE_TOKENS);
        let mut end = i;
        let mut head = None;
        while end < stop {
            if end > i {
                if let Some(m) = self.mention_starting_at(end) {
                    if !self.qualifies_next(m) {
                        // A title before a name: the name is the speaker;
                        // an unknown given name before a known surname is
                        // part of it (`Maria Lopez`).
                        let mut phrase = self.mention(m);
                        if self.given_name_before(i, end) {
                            phrase.tokens.start = i as u32;
                        }
                        return Some(phrase);
                    }
                }
            }
            // A preposition after the head starts its complement; a word
            // of the open classes that a determiner follows is a verb and
            // its object (`The senator's office released a statement`).
            let verb_and_object = head.is_some()
                && !self.classes(end).is_closed_class()
                && self.is(end + 1, WordClass::Determiner);
            if !self.is_modifier(end)
                || head.is_some() && self.is(end, WordClass::InNounPhrase)
                || verb_and_object
            {
                break;
            }
            // A head is a noun, a name or a number word (`one said`); not
            // a determiner or another closed-class word (`There`).
            let c = self.classes(end);
            if self.is_word(end) && (!c.is_closed_class() || c.is(WordClass::Quantifier)) {
                head = Some(end);
            }
            end += 1;
        }
        let head = head?;
        let definite = self
            .classes(i)
            .is_any(&[WordClass::Definite, WordClass::Possessive]);
        let capital_title = self.is_cap(head) && !self.is(i, WordClass::Determiner);
        let what = if self.is_role_noun(head) {
            What::Nominal {
                noun: head,
                definite: definite || capital_title,
            }
        } else {
            What::Plain
        };
        // A complement belongs to a common noun or a role (`a spokesman
        // for the bank`); after a name no list reads it is the verb's
        // (`said Zantrofex in a statement`).
        let name_head =
            self.is_cap(head) && head > self.sentence_start(head) && !self.is_role_noun(head);
        let end = if name_head {
            head + 1
        } else {
            self.with_complement(head + 1, stop)
        };
        Some(Phrase {
            tokens: TokenRange::new(i, end),
            what,
        })
    }

    /// Whether tokens `start..end` are capitalised words of a name, no
    /// title or role among them.
    fn given_name_before(&self, start: usize, end: usize) -> bool {
        (start..end).all(|k| {
            self.is_cap(k)
                && !self.classes(k).is_closed_class()
                && self.title_start.get(k).is_none()
                && !self.is_role_noun(k)
        })
    }

    /// The end of the prepositional phrase that completes a noun phrase at
    /// token `at` (`for the bank`, `of voters`), or `at` when none does.
    fn with_complement(&self, at: usize, stop: usize) -> usize {
        if !self.is(at, WordClass::InNounPhrase) {
            return at;
        }
        // A name in it may hold a preposition of its own: `for the
        // Department of Justice`.
        let mut end = at + 1;
        while end < stop + MAX_PHRASE_TOKENS / 2
            && (self.is_modifier(end)
                || self.is(end, WordClass::InNounPhrase) && self.is_cap(end + 1))
        {
            end += 1;
        }
        if end > at + 1 { end } else { at }
    }

    /// The start of the speaker's words before token `end`: past adverbs
    /// and auxiliaries (`also told`, `would tell`), never before `floor`.
    fn before_adverbs(&self, mut end: usize, floor: usize) -> usize {
        while end > floor + 1
            && self
                .classes(end - 1)
                .is_any(&[WordClass::Adverb, WordClass::Auxiliary])
        {
            end -= 1;
        }
        end
    }

    /// The subject of the clause whose verb starts at token `verb`: the
    /// phrase right before it, or, for a verb coordinated with another
    /// (`went to the podium and declared`), a participle after a comma
    /// (`blasted the ruling, saying`) or an infinitive (`went on to say`),
    /// the subject of the main clause.
    pub(crate) fn subject_of(&self, verb: usize) -> Option<Phrase> {
        if let Some(phrase) = self.phrase_before(verb) {
            return Some(phrase);
        }
        let floor = self.sentence_start(verb);
        let before = self.before_adverbs(verb, floor);
        let cue = self.cue_starting_at(verb);
        let participle = cue.is_some_and(|c| self.is_participle(c));
        let joined = before > floor
            && (self.is(before - 1, WordClass::Conjunction)
                || self.is(before - 1, WordClass::Infinitive)
                || self.punct(before - 1) == Some(',')
                || participle && self.is(before - 1, WordClass::Subordinator));
        if !joined {
            return None;
        }
        self.clause_subject(floor, verb)
    }

    /// The first noun phrase of the sentence that starts at token `from`,
    /// before `limit`, past an opening adverbial set off by a comma (`On
    /// Monday,`): who a colon introduction names (`Ilse Marrow, The Kestrel
    /// Post: “…”`).
    pub(crate) fn first_subject(&self, from: usize, limit: usize) -> Option<Phrase> {
        let mut start = from;
        if self.classes(from).is_any(&[
            WordClass::Preposition,
            WordClass::Subordinator,
            WordClass::Circumstance,
            WordClass::Adverb,
        ]) {
            start = (from..limit.min(from + 12)).find(|&k| self.punct(k) == Some(','))? + 1;
        }
        while self.is_mark(start) && start < limit {
            start += 1;
        }
        self.phrase_after(start, limit)
    }

    /// The subject of the clause that holds the verb at token `verb`: the
    /// noun phrase after the nearest clause boundary before it (the start
    /// of the sentence, a comma or semicolon, a subordinator or relative)
    /// that a word of the open classes follows, as a verb does (`when
    /// people come up to me and say`, `Quill blasted the ruling, saying`),
    /// past an opening adverbial set off by a comma (`On Monday,`).
    pub(crate) fn clause_subject(&self, floor: usize, verb: usize) -> Option<Phrase> {
        let from = floor.max(verb.saturating_sub(MAX_CLAUSE_TOKENS));
        (from..verb)
            .rev()
            .filter(|&k| k == from || self.opens_clause(k - 1))
            .find_map(|k| {
                let mut start = k;
                while self.is_mark(start) && start < verb {
                    start += 1;
                }
                let phrase = self.phrase_after(start, verb)?;
                let end = phrase.tokens.end as usize;
                if self.verb_follows(end, verb) {
                    return Some(phrase);
                }
                // `when the mayor rose and said`, `the report ends on a
                // note:`: the phrase took in the clause's own verb, which
                // a closed-class word follows.
                let first_verb = end - 1;
                let took_verb = first_verb > start
                    && !self.classes(first_verb).is_closed_class()
                    && self.classes(end).is_closed_class();
                let shorter = self.phrase_after(start, first_verb)?;
                (took_verb && shorter.tokens.end as usize == first_verb).then_some(shorter)
            })
    }

    /// The subject of the clause before a colon that has a verb of its
    /// own (`however, the report ends on a note:`), else the first noun
    /// phrase of the sentence (`Ilse Marrow, The Kestrel Post:`).
    pub(crate) fn subject_before_colon(&self, floor: usize, colon: usize) -> Option<Phrase> {
        self.clause_subject(floor, colon)
            .filter(|p| {
                p.tokens.end as usize != colon && self.punct(p.tokens.end as usize) != Some(',')
            })
            .or_else(|| self.first_subject(floor, colon))
    }

    /// Whether what follows a subject that ends at token `end` may be its
    /// verb, the clause's verb being at `verb`: the verb itself, a word of
    /// the open classes, an adverb or auxiliary, or the comma that sets off
    /// a participle (`Bram Oduya criticised the ruling, saying`).
    fn verb_follows(&self, end: usize, verb: usize) -> bool {
        let set_off = self.punct(end) == Some(',') && end + 1 == verb;
        let c = self.classes(end);
        end == verb
            || set_off
            || self.is_word(end)
                && (!c.is_closed_class() || c.is_any(&[WordClass::Adverb, WordClass::Auxiliary]))
    }

    /// Whether a new clause may start after token `k`.
    fn opens_clause(&self, k: usize) -> bool {
        matches!(self.punct(k), Some(',' | ';' | ':' | '(' | '—'))
            || self.classes(k).is_any(&[
                WordClass::Subordinator,
                WordClass::Relative,
                WordClass::Complementizer,
            ])
    }

    /// The speaker phrase that ends just before token `end`: a name, a
    /// pronoun, a noun phrase; across adverbs and auxiliaries, an
    /// apposition or interjected clause (`Khafaji, spokesman of the JOC,
    /// told`) and a relative pronoun (`Pompeo, who said`).
    pub(crate) fn phrase_before(&self, end: usize) -> Option<Phrase> {
        self.phrase_before_depth(end, 2)
    }

    fn phrase_before_depth(&self, end: usize, depth: u8) -> Option<Phrase> {
        // What opens a sentence has nothing before it in the sentence: the
        // sentence before is no subject of it (`… a tragedy\nCommenting on`).
        if end < self.len() && self.sentence_start(end) == end {
            return None;
        }
        let floor = self.sentence_start(end.checked_sub(1)?);
        let end = self.before_adverbs(end, floor);
        if end <= floor {
            return None;
        }
        let last = end - 1;
        // An interjection ends with a comma or bracket, or with a
        // quotation that holds its comma (`noting that turnout was “a bit
        // soft,” added`).
        let quoted_comma = self.is_mark(last) && last > floor && self.punct(last - 1) == Some(',');
        if depth > 0 && (matches!(self.punct(last), Some(',' | ')')) || quoted_comma) {
            return self.across_interjection(last - usize::from(quoted_comma), floor, depth);
        }
        if depth > 0 && self.is(last, WordClass::Relative) && self.punct(last - 1) == Some(',') {
            return self.phrase_before_depth(last - 1, depth - 1);
        }
        // `Tomas Varn, 45, a farmer, said`: an age set off by commas
        // before an apposition is the speaker's (not `polled, 45 said`).
        let age_set_off = self.punct(end) == Some(',')
            && last > floor
            && self.is_age(last)
            && self.punct(last - 1) == Some(',');
        if depth > 0 && age_set_off {
            return self.phrase_before_depth(last - 1, depth - 1);
        }
        if let Some(m) = self.mention_ending_at(end) {
            return Some(self.speaker_mention(m, floor, depth));
        }
        if let Some(what) = self.pronoun(last) {
            return Some(Phrase {
                tokens: TokenRange::new(last, end),
                what,
            });
        }
        self.noun_phrase_before(end, floor)
    }

    /// The speaker before an apposition, an interjected clause or a
    /// bracket that ends at token `last` (`Holt (D-Ore.) said`).
    fn across_interjection(&self, last: usize, floor: usize, depth: u8) -> Option<Phrase> {
        let opening = if self.punct(last) == Some(')') {
            Some('(')
        } else {
            Some(',')
        };
        let open = (floor..last)
            .rev()
            .take(MAX_INTERJECTION_TOKENS)
            .find(|&k| self.punct(k) == opening)?;
        // `The secretary general of the council, Dana Holt, said`: the
        // apposition is the name.
        if let Some(name) = self.name_between(open + 1, last) {
            return Some(name);
        }
        let before = self.phrase_before_depth(open, depth - 1);
        // `The contractor, Izinyoni Fleet Solutions, said`: a body set off
        // after a noun with no complement is that noun's name; after one
        // with a complement it may name the complement (`A spokesman for
        // the group, Hamas, said`).
        match before {
            Some(noun) if opening == Some(',') && !self.has_complement(noun.tokens) => {
                self.body_between(open + 1, last).or(before)
            }
            _ => before,
        }
    }

    /// Whether a preposition or connector, no article, stands inside
    /// `tokens`.
    fn has_complement(&self, tokens: TokenRange) -> bool {
        tokens.indices().any(|k| {
            let classes = self.classes(k);
            self.is_word(k)
                && classes.is_any(&[
                    WordClass::Preposition,
                    WordClass::Connector,
                    WordClass::InNounPhrase,
                ])
                && !classes.is_any(&[WordClass::Definite, WordClass::Determiner])
        })
    }

    /// The organization mention that tokens `start..end` are, if they are
    /// one.
    fn body_between(&self, start: usize, end: usize) -> Option<Phrase> {
        let m = self.mention_ending_at(end)?;
        let whole = self.inputs.resolved.mention_tokens[m].start as usize == start;
        (whole && self.entity_kind(m) == EntityKind::Organization).then(|| self.mention(m))
    }

    /// The name that tokens `start..end` are, if they are one: a person
    /// mention, or a few capitalised words the gazetteer does not know.
    fn name_between(&self, start: usize, end: usize) -> Option<Phrase> {
        if let Some(m) = self.mention_ending_at(end) {
            let named = self.inputs.resolved.mention_tokens[m].start as usize;
            let person = self.entity_kind(m) == EntityKind::Person;
            return (person && self.start_with_titles(named) == start).then(|| self.mention(m));
        }
        let capitalised = (start..end)
            .all(|k| self.is_cap(k) && !self.classes(k).is_closed_class() && !self.is_cue(k));
        (capitalised && (1..=4).contains(&(end - start))).then_some(Phrase {
            tokens: TokenRange::new(start, end),
            what: What::Plain,
        })
    }

    /// The speaker a mention ending before a cue stands for: the mention,
    /// or the person it completes a role of.
    fn speaker_mention(&self, m: usize, floor: usize, depth: u8) -> Phrase {
        let tokens = self.inputs.resolved.mention_tokens[m];
        let from = tokens.start as usize;
        // `A leaked letter seen by Sky News says`: the agent of a reduced
        // relative clause is not the subject; the noun phrase before is.
        if from > floor + 2
            && self.is(from - 1, WordClass::Agent)
            && self.analysis.tokens[from - 2].shape == Shape::Lower
        {
            if let Some(phrase) = self.noun_phrase_before(from - 2, floor) {
                return phrase;
            }
        }
        if self.entity_kind(m) != EntityKind::Person {
            // `Gen. Joseph Votel, commander of U.S. Central Command said`.
            if depth > 0 {
                if let Some(person) = self.person_before_role(from, floor, depth) {
                    return person;
                }
            }
            // `Rep. Jamie Raskin of Maryland said`, `a spokesman for the
            // bank said`, `health officials in Nuku'alofa reported`: the
            // noun phrase the mention completes.
            if from > floor + 1 && self.is(from - 1, WordClass::InNounPhrase) {
                if let Some(p) = self.mention_ending_at(from - 1) {
                    if self.entity_kind(p) == EntityKind::Person {
                        return self.mention(p);
                    }
                }
                if let Some(phrase) = self.noun_phrase_before(from - 1, floor) {
                    return Phrase {
                        tokens: TokenRange::new(phrase.tokens.start as usize, tokens.end as usize),
                        what: phrase.what,
                    };
                }
                // A noun phrase that reads on through the preposition to
                // the mention's end is the whole speaker.
                let whole = self
                    .noun_phrase_start(from - 1, floor)
                    .and_then(|start| self.phrase_after(start, tokens.end as usize))
                    .filter(|p| p.tokens.end == tokens.end);
                if let Some(phrase) = whole {
                    return phrase;
                }
            }
        }
        self.mention(m)
    }

    /// The person named before `, <role> of` that ends at token `start`.
    fn person_before_role(&self, start: usize, floor: usize, depth: u8) -> Option<Phrase> {
        let comma = (floor..start)
            .rev()
            .take(8)
            .find(|&k| self.punct(k) == Some(','))?;
        if !(comma + 1..start).any(|k| self.is_role_noun(k)) {
            return None;
        }
        let phrase = self.phrase_before_depth(comma, depth - 1)?;
        match phrase.what {
            What::Mention(m) if self.entity_kind(m) == EntityKind::Person => Some(phrase),
            _ => None,
        }
    }

    /// The noun phrase that ends at token `end`, walked back to its
    /// determiner or to the start of its clause; none when the walk ends on
    /// a word that may be a verb (`the report released on Monday said`).
    fn noun_phrase_before(&self, end: usize, floor: usize) -> Option<Phrase> {
        let start = self.noun_phrase_start(end, floor)?;
        self.phrase_after(start, end)
            .filter(|p| p.tokens.end as usize <= end)
            .map(|p| Phrase {
                tokens: TokenRange::new(start, end),
                what: p.what,
            })
    }

    /// Where the noun phrase that ends at token `end` starts, as
    /// [`Context::noun_phrase_before`] walks it.
    fn noun_phrase_start(&self, end: usize, floor: usize) -> Option<usize> {
        let mut start = end;
        while start > floor && end - start < MAX_PHRASE_TOKENS {
            let p = start - 1;
            if self.classes(p).is_any(OPENERS) {
                start = p;
                // `the analysis of its own figures`: the phrase goes on
                // before the preposition.
                let of = p.checked_sub(1).filter(|&q| q > floor);
                match of {
                    Some(q) if self.is(q, WordClass::InNounPhrase) && self.is_word(q - 1) => {
                        start = q;
                        continue;
                    }
                    _ => break,
                }
            }
            let joins = self.is(p, WordClass::InNounPhrase) && p > floor && self.is_word(p - 1);
            if !(self.is_modifier(p) || joins) {
                break;
            }
            start = p;
        }
        let bounded = start == floor
            || self.classes(start).is_any(OPENERS)
            || self.punct(start - 1).is_some()
            || self.classes(start - 1).is_any(CLAUSE_WORDS);
        (start < end && bounded && self.is_word(end - 1)).then_some(start)
    }

    /// The speaker a phrase stands for, and the span it rests on.
    pub(crate) fn speaker_of(&self, phrase: Phrase) -> Speaker {
        let span = self.span_of(phrase.tokens);
        let resolved = self.inputs.resolved;
        let at = phrase.tokens.start as usize;
        let entity = match phrase.what {
            What::Mention(m) => Some(resolved.mentions[m].entity()),
            What::Pronoun(Some((kind, gender))) => self.antecedent(at, kind, gender),
            What::Nominal {
                noun,
                definite: true,
            } => {
                let noun = self.analysis.folded(noun);
                let singular = noun.strip_suffix('s');
                self.last_entity_before(at, |id| {
                    self.has_role(id, noun) || singular.is_some_and(|s| self.has_role(id, s))
                })
            }
            What::Pronoun(None) | What::Nominal { .. } | What::Plain => None,
        };
        Speaker { entity, span }
    }

    /// The entity a pronoun at token `at` refers to: the last person who
    /// spoke before it, else the last entity of the kind; skipping people
    /// the text shows to be of the other gender.
    fn antecedent(&self, at: usize, kind: EntityKind, gender: Option<Gender>) -> Option<EntityId> {
        let resolved = self.inputs.resolved;
        let fits = |id: EntityId| {
            resolved.entities[id.as_usize()].kind() == kind
                && (gender.is_none() || self.gender_of(id).is_none_or(|g| Some(g) == gender))
        };
        let speaker = if kind == EntityKind::Person {
            self.last_speaker_before(at, &fits)
        } else {
            None
        };
        speaker.or_else(|| self.last_entity_before(at, fits))
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

    /// The person who was last the named subject of a speech cue before
    /// token `before`, within a few paragraphs: speakers stay in focus, so
    /// `“…,” he said` after `Patel told CNN that he spoke with Bondi` is
    /// Patel's.
    fn last_speaker_before(
        &self,
        before: usize,
        fits: &impl Fn(EntityId) -> bool,
    ) -> Option<EntityId> {
        let analysis = self.analysis;
        let paragraph = analysis.paragraph_at(before)?;
        let first = self.cues.partition_point(|c| c.start() < before);
        for &cue in self.cues[..first].iter().rev().take(SPEAKERS_BACK) {
            if paragraph - analysis.paragraph_of(cue.start()) > PRONOUN_PARAGRAPHS {
                break;
            }
            if !matches!(cue.frame, Frame::Say | Frame::Quote | Frame::Tag) {
                continue;
            }
            // A pronoun subject refers further back: look on.
            if let Some(Phrase {
                what: What::Mention(m),
                ..
            }) = self.phrase_before(cue.start())
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
        let speech = self.inputs.speech;
        if entity
            .designations()
            .iter()
            .any(|d| fits(speech.full_title(d.title())))
        {
            return true;
        }
        let Some(index) = entity
            .gazetteer_id()
            .and_then(|gid| self.inputs.gazetteer.index_of(gid))
        else {
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
        let analysis = self.analysis;
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

#[cfg(test)]
mod tests {
    use crate::test_util::{assert_unique, quotes_of};

    /// `(name, text, speaker's words)`: the phrase the walkers take as the
    /// subject of the cue of the one quotation in the text.
    const SUBJECTS: &[(&str, &str, Option<&str>)] = &[
        ("a name", "Dana Holt said, “We stay.”", Some("Dana Holt")),
        (
            "titles stay out of the span",
            "Maj. Gen. Saad Maan said, “We stay.”",
            Some("Saad Maan"),
        ),
        ("a pronoun", "She said, “We stay.”", Some("She")),
        (
            "a possessive determiner opens a noun phrase",
            "“We stay,” said its spokesman.",
            Some("its spokesman"),
        ),
        (
            "an indefinite role",
            "A security source said, “We stay.”",
            Some("A security source"),
        ),
        (
            "a definite plain noun",
            "The memo said, “We stay.”",
            Some("The memo"),
        ),
        (
            "a possessive",
            "The council's lawyers said, “We stay.”",
            Some("The council's lawyers"),
        ),
        (
            "a plural possessive",
            "The workers' union said, “We stay.”",
            Some("The workers' union"),
        ),
        ("a number word", "Two said, “We stay.”", Some("Two")),
        (
            "a prepositional complement",
            "An official at the ministry said, “We stay.”",
            Some("An official at the ministry"),
        ),
        (
            "adverbs and auxiliaries",
            "Dana Holt has also repeatedly said, “We stay.”",
            Some("Dana Holt"),
        ),
        (
            "an apposition",
            "Dana Holt, the mayor of Harlow, said, “We stay.”",
            Some("Dana Holt"),
        ),
        (
            "an age and an apposition",
            "Tomas Varn, 45, a farmer, said, “We stay.”",
            Some("Tomas Varn"),
        ),
        (
            "a number after a comma as the subject",
            "Of the residents polled, 45 said, “We stay.”",
            Some("45"),
        ),
        (
            "a relative clause",
            "He thanked Dana Holt, who said, “We stay.”",
            Some("Dana Holt"),
        ),
        (
            "a name in apposition to a role",
            "The head of the council, Ansel Varro, said, “We stay.”",
            Some("Ansel Varro"),
        ),
        (
            "a body in apposition to a noun with no complement",
            "The contractor, Orvane Fleet Solutions, said, “We stay.”",
            Some("Orvane Fleet Solutions"),
        ),
        (
            "a body in apposition to the complement of a role",
            "A spokesman for the group, Norvik Holdings, said, “We stay.”",
            Some("A spokesman for the group"),
        ),
        (
            "a noun phrase a place completes",
            "Health officials in Kabul said, “We stay.”",
            Some("Health officials in Kabul"),
        ),
        (
            "a bracket",
            "Rep. Dana Holt (D-Ore.) said, “We stay.”",
            Some("Dana Holt"),
        ),
        (
            "a subordinate clause's subject",
            "The hall went quiet when the mayor rose and said, “We stay.”",
            Some("the mayor"),
        ),
        (
            "an opening adverbial",
            "On Monday, Dana Holt said, “We stay.”",
            Some("Dana Holt"),
        ),
        (
            "a verb-like word ends the walk",
            "The report released on Monday said, “We stay.”",
            None,
        ),
        ("an expletive is no subject", "There said, “We stay.”", None),
    ];

    #[test]
    fn subjects() {
        assert_unique(SUBJECTS.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for (name, text, want) in SUBJECTS {
            let got = quotes_of(text).first().and_then(|q| q.2.clone());
            if got.as_deref() != *want {
                wrong.push(format!("{name}: {text}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// `(name, text, the name of the entity the quotation's speaker is)`:
    /// a role written as a title's abbreviation before the name, and in
    /// full in the phrase that speaks.
    const ROLES: &[(&str, &str, &str)] = &[
        (
            "a senator's title abbreviated",
            "Sen. Dana Varn shook her head. “Not a chance,” the senator said.",
            "Dana Varn",
        ),
        (
            "a title of two words abbreviated",
            "Lt. Gov. Ilse Marr spoke. “We will act,” the lieutenant governor said.",
            "Ilse Marr",
        ),
        (
            "a representative's title abbreviated",
            "Rep. Tom Beyer arrived. “We held,” the representative said.",
            "Tom Beyer",
        ),
    ];

    #[test]
    fn a_role_written_short_names_its_holder() {
        assert_unique(ROLES.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for (name, text, want) in ROLES {
            let x = crate::test_util::extract(text);
            let got = x
                .quotes()
                .first()
                .and_then(|q| q.speaker())
                .and_then(|s| s.entity())
                .and_then(|id| x.entity(id))
                .map(crate::Entity::name);
            if got != Some(*want) {
                wrong.push(format!("{name}: {text}\n  got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
