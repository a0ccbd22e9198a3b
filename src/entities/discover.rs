//! Discovery: names the gazetteer lacks, found by method.
//!
//! - a title or role before a capitalised name (`Maj. Gen. Tahsin Khafaji`);
//! - appositions in both orders (`Tahseen al-Khafaji, the JOC spokesman,`;
//!   `the Dutch Ambassador to Iraq, Hans Sande,`);
//! - name shape: a capitalised run that starts with a known given name;
//! - a byline at the head of the article (`Hoda Jassim (Baghdad)`);
//! - cue words from the gazetteer's `name_cues.tsv`: heads that end a name
//!   (`Anbar Governorate`, `Joint Operations Command`), prefixes that start
//!   one (`Camp Taji`), and words around one (`the city of Ramadi`, `the
//!   Tharthar area`);
//! - acronyms ([`acronym`]): defined in the text in either order
//!   (`Iraqi Joint Operations Command (JOC)`, the Iraqi News Agency “INA”,
//!   `JOC (Joint Operations Command)`), their letters read off the long
//!   form's words and syllables, or named elsewhere in full; or used
//!   without a definition (`the NKA said`).
//!
//! Each rule looks at a bounded window of tokens around its cue, so the whole
//! pass is linear in the document.

use std::num::NonZeroU16;

use super::choose::Reading;
use super::scan::{Hit, ScanBuffers};
use super::words::Words;
use super::{EntityKind, How};
use crate::gazetteer::grammar::{Classes, WordClass};
use crate::gazetteer::lexicon::PatternWord;
use crate::gazetteer::{CuePosition, Gazetteer, NamePartKind, TitleClass};
use crate::text::word_map::WordMap;
use crate::text::{Analysis, Class, Folder, PerToken, Shape, Token, TokenRange};

mod acronym;

/// The longest name a rule will take, in tokens.
const MAX_NAME_TOKENS: usize = 8;
/// How far a rule looks for its cue.
const WINDOW: usize = 12;

/// The compiled cues: name parts, particles and cue words, folded.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cues {
    /// Everything the lists say about a folded word, so that a document
    /// looks each of its words up once.
    words: WordMap<WordFacts>,
    phrases: Vec<Phrase>,
    /// Groups of phrases with the same first word; `WordFacts::phrases`
    /// points here.
    phrase_groups: Vec<Vec<usize>>,
    /// Whether some word of `words` is punctuation, so that punctuation
    /// tokens must be looked up too.
    punctuation_words: bool,
    /// What `acronyms.tsv` says of a word: looked up for the few tokens
    /// the acronym rules read, not kept in every word's facts.
    acronym_words: WordMap<acronym::AcronymFacts>,
}

/// What the cue lists say about each token of a document: the facts of its
/// spelling. Read through the spelling rather than copied out per token,
/// which on a long document wrote a table as big as the token table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokenFacts<'a> {
    tokens: &'a [Token],
    by_spelling: &'a [WordFacts],
}

impl<'a> TokenFacts<'a> {
    /// The facts of `analysis`'s tokens; `by_spelling` must have been
    /// completed for it by [`Cues::facts_of`].
    pub(crate) fn new(analysis: &'a Analysis, by_spelling: &'a [WordFacts]) -> TokenFacts<'a> {
        debug_assert!(by_spelling.len() >= analysis.spellings.len());
        TokenFacts {
            tokens: &analysis.tokens,
            by_spelling,
        }
    }

    /// The facts of token `i`.
    #[inline]
    pub(crate) fn of(&self, i: usize) -> WordFacts {
        self.of_token(&self.tokens[i])
    }

    /// The facts of `token`, one of the document's tokens: for loops that
    /// walk the tokens, which need not index them again.
    #[inline]
    pub(crate) fn of_token(&self, token: &Token) -> WordFacts {
        self.by_spelling[token.spelling as usize]
    }
}

/// What the cue lists say about one folded word. Sixteen bytes, so that
/// a word and its facts fill half a cache line in the table every token is
/// looked up in.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) struct WordFacts {
    /// The word's classes: what `grammar.tsv` and `name_parts.tsv` say of
    /// it.
    classes: Classes,
    /// A particle of names (`al`, `bin`), and whether it may be dropped.
    particle: Option<bool>,
    /// A head that ends a name of this kind (`Governorate`, `Ministry`).
    head: Option<EntityKind>,
    /// One more than the group of cue phrases that start with this word.
    phrases: Option<NonZeroU16>,
    /// Its place in the gazetteer's patterns.
    pattern: PatternWord,
}

impl WordFacts {
    /// Whether the word is of `class`.
    #[inline]
    pub(crate) fn has(&self, class: WordClass) -> bool {
        self.classes.is(class)
    }

    /// The word's classes.
    #[inline]
    pub(crate) fn classes(&self) -> Classes {
        self.classes
    }

    fn set(&mut self, class: WordClass, yes: bool) {
        if yes {
            self.classes.add(class);
        }
    }

    /// Never starts a name (`the`, `however`, `monday`).
    #[inline]
    pub(crate) fn is_function_word(&self) -> bool {
        self.has(WordClass::Function)
    }

    /// After it a name is more likely a place (`across`, `near`).
    #[inline]
    pub(crate) fn is_place_preposition(&self) -> bool {
        self.has(WordClass::PlacePreposition)
    }

    /// Whether a discovery rule starts at a token of this word: a head
    /// of names, or the first word of a cue phrase. The scan lists such
    /// tokens for [`cue_words`].
    #[inline]
    pub(crate) fn cues_discovery(&self) -> bool {
        self.head.is_some() || self.phrases.is_some()
    }

    /// The group of cue phrases that start with this word.
    #[inline]
    fn phrase_group(&self) -> Option<usize> {
        self.phrases.map(|g| g.get() as usize - 1)
    }

    /// The word's place in the gazetteer's patterns: whether a token of it
    /// may start a match, and how a match goes on through it.
    #[inline]
    pub(crate) fn pattern_word(&self) -> PatternWord {
        self.pattern
    }
}

#[derive(Clone, Debug)]
struct Phrase {
    words: Vec<String>,
    kind: EntityKind,
    position: CuePosition,
    /// Written with a capital in the data, so only capitalised in the text
    /// (`Northern Iraq`, not `northern Iraq`).
    capital: bool,
}

impl Cues {
    /// Builds the cues; `pattern_words` are the words of the gazetteer's
    /// patterns, from
    /// [`Lexicon::take_words`](crate::gazetteer::lexicon::Lexicon::take_words).
    pub(crate) fn build(
        gazetteer: &Gazetteer,
        folder: &Folder,
        pattern_words: WordMap<PatternWord>,
    ) -> Cues {
        let fold = |s: &str| crate::text::fold_phrase(folder, s);
        let mut cues = Cues::default();
        for row in &gazetteer.lists.grammar {
            if let Some(key) = single(fold(&row.word)) {
                cues.words.entry(&key).set(row.class, true);
            }
        }
        for part in &gazetteer.lists.name_parts {
            let Some(key) = single(fold(&part.name)) else {
                continue;
            };
            let word = cues.words.entry(&key);
            word.set(WordClass::NamePart, true);
            word.set(WordClass::Given, part.kind != NamePartKind::Surname);
            word.set(WordClass::Common, part.common_word);
        }
        for p in &gazetteer.lists.particles {
            if let Some(key) = single(fold(&p.particle)) {
                cues.words.entry(&key).particle = Some(p.droppable);
            }
        }
        for cue in &gazetteer.lists.name_cues {
            let words = fold(&cue.cue);
            match (cue.position, &words[..]) {
                (CuePosition::Head, [word]) => {
                    cues.words.entry(word).head = Some(cue.kind);
                }
                (_, []) => {}
                _ => cues.phrases.push(Phrase {
                    words,
                    kind: cue.kind,
                    position: cue.position,
                    capital: cue.cue.starts_with(char::is_uppercase),
                }),
            }
        }
        for (index, phrase) in cues.phrases.iter().enumerate() {
            let facts = cues.words.entry(&phrase.words[0]);
            let group = match facts.phrase_group() {
                Some(group) => group,
                // The facts number groups in 16 bits, to stay in sixteen
                // bytes: a word past the 65,535th distinct first word of
                // the cue phrases starts none.
                None => match u16::try_from(cues.phrase_groups.len() + 1) {
                    Ok(number) => {
                        cues.phrase_groups.push(Vec::new());
                        facts.phrases = NonZeroU16::new(number);
                        cues.phrase_groups.len() - 1
                    }
                    Err(_) => continue,
                },
            };
            cues.phrase_groups[group].push(index);
        }
        cues.words.for_each(|word, _| {
            cues.punctuation_words |= crate::text::classify(word) == Class::Punct;
        });
        pattern_words.for_each(|word, &pattern| cues.words.entry(word).pattern = pattern);
        cues.acronym_words = acronym::words(&gazetteer.lists.acronym_words, folder);
        cues
    }

    /// Completes `by_spelling`, the facts of every spelling of `analysis`,
    /// read through [`TokenFacts`] by
    /// matching and by every discovery rule. Each distinct spelling is
    /// looked up once, into `by_spelling`: it holds the facts of the first
    /// `by_spelling.len()` spellings of `analysis` (of earlier documents;
    /// see [`Analysis::forget_spellings`]), and those of the spellings
    /// added since are appended.
    pub(crate) fn facts_of(&self, analysis: &Analysis, by_spelling: &mut Vec<WordFacts>) {
        if by_spelling.len() > analysis.spellings.len() {
            // Spellings forgotten without their facts: start again.
            by_spelling.clear();
        }
        let known = by_spelling.len();
        by_spelling.extend(analysis.spellings[known..].iter().map(|spelling| {
            let facts = self
                .words
                .get_in(&analysis.haystack, spelling.folded.range());
            if spelling.class == Class::Word || self.punctuation_words {
                facts
            } else {
                // Patterns go on through punctuation (`al - khafaji`), but
                // no word list speaks of it.
                WordFacts {
                    pattern: facts.pattern,
                    ..WordFacts::default()
                }
            }
        }));
    }

    /// What the lists say about a folded word.
    #[cfg(test)]
    pub(crate) fn facts(&self, folded: &str) -> WordFacts {
        self.words.get(folded)
    }
}

fn single(mut words: Vec<String>) -> Option<String> {
    (words.len() == 1).then(|| words.pop()).flatten()
}

/// A name found by discovery.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub(crate) tokens: TokenRange,
    /// The name without a head or prefix cue (`Anbar` in `Anbar Governorate`).
    pub(crate) core: TokenRange,
    pub(crate) kind: EntityKind,
    pub(crate) how: How,
}

/// A role the text gives a name: `spokesman of the JOC`, `Iraqi Prime Minister`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RoleNote {
    pub(crate) name: TokenRange,
    /// The whole phrase.
    pub(crate) role: TokenRange,
    /// The title in it: `spokesman`, `Prime Minister`.
    pub(crate) title: TokenRange,
}

/// An acronym and the long form the document defines it by: `long (ACR)`,
/// `long “ACR”` or `ACR (long)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AcronymNote {
    pub(crate) acronym: usize,
    pub(crate) long: TokenRange,
}

/// Everything discovery adds to a document.
#[derive(Clone, Debug)]
pub(crate) struct Discovery {
    pub(crate) found: Vec<Found>,
    pub(crate) roles: Vec<RoleNote>,
    pub(crate) acronyms: Vec<AcronymNote>,
    /// The all-capital words, listed for the acronym rules.
    capitals: acronym::Capitals,
    /// The rule at work, which every name it finds reports: set from
    /// [`RULES`] as each rule runs.
    how: How,
}

impl Default for Discovery {
    fn default() -> Discovery {
        Discovery {
            found: Vec::new(),
            roles: Vec::new(),
            acronyms: Vec::new(),
            capitals: acronym::Capitals::default(),
            how: How::NameShape,
        }
    }
}

impl Discovery {
    /// Empties it for the next document, keeping its buffers.
    pub(crate) fn clear(&mut self) {
        self.found.clear();
        self.roles.clear();
        self.acronyms.clear();
        self.capitals.clear();
    }

    /// Records a name whose core is the whole name.
    fn name(&mut self, tokens: TokenRange, kind: EntityKind) {
        self.name_with_core(tokens, tokens, kind);
    }

    /// Records a name and its core, the name without its cue word.
    fn name_with_core(&mut self, tokens: TokenRange, core: TokenRange, kind: EntityKind) {
        self.found.push(Found {
            tokens,
            core,
            kind,
            how: self.how,
        });
    }

    /// Records a person found with a role, and the role.
    fn person_with_role(&mut self, name: TokenRange, role: TokenRange, title: TokenRange) {
        self.name(name, EntityKind::Person);
        self.roles.push(RoleNote { name, role, title });
    }
}

/// The document as discovery sees it.
pub(crate) struct Doc<'a> {
    /// The words, as every rule reads them.
    words: Words<'a>,
    pub(crate) hits: &'a [Hit],
    /// The tokens whose words cue a discovery rule, from the scan.
    cue_tokens: &'a [u32],
    pub(crate) readings: &'a [Reading],
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) cues: &'a Cues,
    /// For each token, the index of the hit covering it.
    pub(crate) hit_of: PerToken,
}

impl<'a> std::ops::Deref for Doc<'a> {
    type Target = Words<'a>;

    fn deref(&self) -> &Words<'a> {
        &self.words
    }
}

/// Places this prominent are never a part of a person's name.
const STRONG_PLACE_PRIOR: u8 = 65;

impl<'a> Doc<'a> {
    /// The document, with `hit_of` (a table kept from an earlier document)
    /// filled in.
    #[expect(
        clippy::too_many_arguments,
        reason = "the document is everything the stages before made of it"
    )]
    pub(crate) fn new(
        text: &'a str,
        analysis: &'a Analysis,
        scan: &'a ScanBuffers,
        readings: &'a [Reading],
        gazetteer: &'a Gazetteer,
        cues: &'a Cues,
        facts: TokenFacts<'a>,
        mut hit_of: PerToken,
    ) -> Doc<'a> {
        hit_of.reset(analysis.tokens.len());
        for (k, hit) in scan.hits.iter().enumerate() {
            hit_of.set(hit.tokens, k);
        }
        Doc {
            words: Words::new(text, analysis, facts),
            hits: &scan.hits,
            cue_tokens: &scan.cue_tokens,
            readings,
            gazetteer,
            cues,
            hit_of,
        }
    }

    pub(crate) fn is_function_word(&self, i: usize) -> bool {
        self.facts(i).is_function_word()
    }

    /// A hyphen joining the tokens on both sides without spaces.
    fn is_joining_hyphen(&self, i: usize) -> bool {
        i + 1 < self.len()
            && self.folded(i) == "-"
            && !self.analysis.tokens[i].space_before
            && !self.analysis.tokens[i + 1].space_before
    }

    pub(crate) fn particle(&self, i: usize) -> Option<bool> {
        // Punctuation is looked up too when some cue word is punctuation;
        // it is never a particle.
        self.facts(i).particle.filter(|_| self.is_word(i))
    }

    fn reading(&self, i: usize) -> Option<(usize, &Reading)> {
        let k = self.hit_of.get(i)?;
        Some((k, &self.readings[k]))
    }

    fn is_title_at(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((_, Reading::Title(_))))
    }

    fn is_demonym_at(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((_, Reading::Demonym)))
    }

    /// The kind of the gazetteer entity a token belongs to, if any.
    fn entity_kind_at(&self, i: usize) -> Option<EntityKind> {
        match self.reading(i) {
            Some((_, Reading::Entry(d))) => Some(self.gazetteer.entries()[d.entry as usize].kind()),
            _ => None,
        }
    }

    /// Whether token `i` may be part of a person's name: not inside a title,
    /// a nationality word, an organization, a multi-word name or a prominent
    /// place.
    fn may_be_in_person_name(&self, i: usize) -> bool {
        match self.reading(i) {
            None | Some((_, Reading::Unresolved)) => true,
            Some((k, Reading::Entry(d))) => {
                let entry = &self.gazetteer.entries()[d.entry as usize];
                let single = self.hits[k].tokens.end - self.hits[k].tokens.start == 1;
                // A minor place, or a surname the gazetteer only guessed
                // from prominence (`Johnson` in `Mike Johnson`).
                let weak_place =
                    entry.kind() == EntityKind::Place && entry.prior() < STRONG_PLACE_PRIOR;
                let guessed_surname =
                    d.how == How::ShortForm && d.choice == crate::entities::Choice::Prior;
                single && (weak_place || guessed_surname)
            }
            Some(_) => false,
        }
    }

    /// A one-letter initial with its stop: `J.`.
    fn is_initial(&self, i: usize) -> bool {
        if !self.is_cap(i) {
            return false;
        }
        let s = &self.text[self.analysis.tokens[i].span()];
        s.len() == 2 && s.ends_with('.')
    }

    /// A run of name parts from `start` (inclusive) to at most `limit`: its
    /// end and the number of capitalised parts. Particles join parts
    /// (`Abu Mahdi al-Muhandis`), hyphens join double names, initials sit
    /// inside (`Stephen J. Townsend`).
    fn person_run(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let limit = limit.min(self.len()).min(start + MAX_NAME_TOKENS);
        let (mut i, mut parts, mut end) = (start, 0, start);
        while i < limit {
            if self.particle(i).is_some() && !(parts > 0 && self.is_cap(i) && !self.is_cap(i + 1)) {
                let next = if self.is_joining_hyphen(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                if next < limit
                    && self.is_cap(next)
                    && self.may_be_in_person_name(next)
                    && !self.is_function_word(next)
                {
                    i = next;
                    continue;
                }
                break;
            }
            if self.is_cap(i) && !self.is_function_word(i) && self.may_be_in_person_name(i) {
                parts += 1;
                i += 1;
                end = i;
                while i + 1 < limit
                    && self.is_joining_hyphen(i)
                    && self.is_cap(i + 1)
                    && self.may_be_in_person_name(i + 1)
                {
                    i += 2;
                    end = i;
                }
                continue;
            }
            if parts > 0 && self.is_initial(i) {
                i += 1;
                continue;
            }
            break;
        }
        // A run that ends in an organization or place head is not a
        // person: `Security Media Cell`.
        if parts == 0 || self.facts(end - 1).head.is_some() {
            return None;
        }
        Some((end, parts))
    }

    /// Whether a one-part name looks like a person's: a known name part that
    /// is not an ordinary word.
    fn is_known_name_part(&self, i: usize) -> bool {
        let facts = self.facts(i);
        facts.has(WordClass::NamePart) && !facts.has(WordClass::Common)
    }

    fn is_common_word(&self, i: usize) -> bool {
        let facts = self.facts(i);
        facts.has(WordClass::NamePart) && facts.has(WordClass::Common)
    }

    fn is_given_name(&self, i: usize) -> bool {
        let facts = self.facts(i);
        facts.has(WordClass::NamePart)
            && facts.has(WordClass::Given)
            && !facts.has(WordClass::Common)
    }

    /// The first token of the name that ends just before `end` (exclusive),
    /// walking back over name parts.
    fn person_run_ending_at(&self, end: usize) -> Option<(usize, usize)> {
        let floor = self.analysis.sentence_at(end.checked_sub(1)?)?.start as usize;
        let mut start = end;
        while start > floor {
            let p = start - 1;
            let joins =
                self.is_cap(p) && self.may_be_in_person_name(p) && !self.is_function_word(p)
                    || self.particle(p).is_some()
                    || self.is_joining_hyphen(p)
                    || self.is_initial(p);
            if !joins || end - p > MAX_NAME_TOKENS {
                break;
            }
            start = p;
        }
        // Titles and lower-case particles cannot open the run.
        while start < end && !self.is_cap(start) && self.particle(start).is_none() {
            start += 1;
        }
        let (run_end, parts) = self.person_run(start, end)?;
        (run_end == end).then_some((start, parts))
    }

    /// The capitalised words of an organization or place name ending just
    /// before `end`, joined by connectors (`Ministry of Defence`) and
    /// hyphens, with nationality words and place names as modifiers.
    fn name_run_ending_at(&self, end: usize) -> usize {
        let floor = self
            .analysis
            .sentence_at(end.saturating_sub(1))
            .map_or(0, |s| s.start as usize);
        let mut start = end;
        while start > floor && end - start < MAX_NAME_TOKENS {
            let p = start - 1;
            let word = self.is_cap(p)
                && !self.is_function_word(p)
                && self.entity_kind_at(p) != Some(EntityKind::Person)
                && !self.is_title_at(p);
            if word {
                start = p;
            } else if p > floor
                && (self.is_joining_hyphen(p) || self.facts(p).has(WordClass::Connector))
                && self.is_cap(p - 1)
                && start < end
            {
                start = p - 1;
            } else {
                break;
            }
        }
        // A connector cannot open a name, nor an unknown word or a speech
        // cue that is only capitalised because it starts the sentence
        // ("Declaring Mosul").
        while start < end && !self.is_cap(start) {
            start += 1;
        }
        if start + 1 < end
            && start == self.analysis.sentence_start(start)
            && matches!(self.reading(start), None | Some((_, Reading::Cue(_))))
            && !self.is_known_name_part(start)
        {
            start += 1;
        }
        start
    }

    /// The capitalised words from `start`, at most `max`, with no function
    /// word and no title.
    fn cap_run(&self, start: usize, max: usize) -> usize {
        let limit = self.analysis.sentence_at(start).map_or(0, |s| s.end) as usize;
        let mut i = start;
        while i < limit
            && i - start < max
            && self.is_cap(i)
            && !self.is_function_word(i)
            && !self.is_title_at(i)
        {
            i += 1;
            while i + 1 < limit && self.is_joining_hyphen(i) && self.is_cap(i + 1) {
                i += 2;
            }
        }
        i
    }

    /// Whether the phrase `words` is written at tokens `at..`.
    fn phrase_at(&self, at: usize, words: &[String]) -> bool {
        at + words.len() <= self.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| self.folded(at + k) == w)
    }
}

/// One discovery rule: the [`How`] it reports, and the function that
/// walks the document for it.
struct Rule {
    how: How,
    find: fn(&Doc<'_>, &mut Discovery),
}

/// The discovery rules, in the order they run: a name found by an earlier
/// rule keeps its reading when a later one finds it too.
const RULES: &[Rule] = &[
    Rule {
        how: How::Title,
        find: titles_before_names,
    },
    Rule {
        how: How::Apposition,
        find: appositions,
    },
    Rule {
        how: How::Byline,
        find: byline,
    },
    Rule {
        how: How::NameShape,
        find: name_shapes,
    },
    Rule {
        how: How::NameCue,
        find: cue_words,
    },
    Rule {
        how: How::NameCue,
        find: place_compounds,
    },
    Rule {
        how: How::Acronym,
        find: acronym::definitions,
    },
    Rule {
        how: How::AcronymShape,
        find: acronym::undefined,
    },
];

/// Runs every discovery rule over the document.
pub(crate) fn discover(doc: &Doc<'_>, out: &mut Discovery) {
    for rule in RULES {
        out.how = rule.how;
        (rule.find)(doc, out);
    }
}

/// Capitalised words that the gazetteer reads as separate minor places but
/// that stand together with nothing between them are one unknown place:
/// `Ayn Isa`, `Tal Afar`.
fn place_compounds(doc: &Doc<'_>, out: &mut Discovery) {
    let minor_place = |i: usize| {
        doc.is_cap(i)
            && matches!(doc.reading(i), Some((k, Reading::Entry(_))) if doc.hits[k].tokens.end - doc.hits[k].tokens.start == 1)
            && doc.entity_kind_at(i) == Some(EntityKind::Place)
            && doc.may_be_in_person_name(i)
    };
    // Only capitalised words can be minor places; `resume` skips the ones a
    // compound already took.
    let mut resume = 0;
    for &i in &doc.analysis.capitalized {
        let i = i as usize;
        if i < resume || !minor_place(i) {
            continue;
        }
        let mut end = i + 1;
        while end < doc.len()
            && end - i < 4
            && minor_place(end)
            && doc.analysis.sentence_start(end) == doc.analysis.sentence_start(i)
        {
            end += 1;
        }
        if end - i >= 2 {
            out.name(TokenRange::new(i, end), EntityKind::Place);
        }
        resume = end;
    }
}

/// `Maj. Gen. Tahsin Khafaji`, `Iraqi Prime Minister Muhammad Shiaa Al-Sudani`,
/// `Minister for the Middle East Tobias Ellwood`.
fn titles_before_names(doc: &Doc<'_>, out: &mut Discovery) {
    for (k, hit) in doc.hits.iter().enumerate() {
        let Reading::Title(title) = doc.readings[k] else {
            continue;
        };
        let class = doc.gazetteer.lists.titles[title as usize].class;
        let title_end = hit.tokens.end as usize;
        let mut name_start = title_end;
        // A complement of the title that is one gazetteer name:
        // `Minister for the Middle East`, `Ambassador to Iraq`.
        if doc.is(name_start, WordClass::Complement) {
            let mut j = name_start + 1;
            if doc.is(j, WordClass::Definite) {
                j += 1;
            }
            if let Some((h, Reading::Entry(_))) = doc.reading(j) {
                if doc.hits[h].tokens.start as usize == j {
                    name_start = doc.hits[h].tokens.end as usize;
                }
            }
        }
        let role = TokenRange::new(role_start(doc, hit.tokens.start as usize), name_start);
        // A gazetteer person right after the title takes the role.
        if let Some((h, Reading::Entry(_))) = doc.reading(name_start) {
            if doc.entity_kind_at(name_start) == Some(EntityKind::Person) {
                out.roles.push(RoleNote {
                    name: doc.hits[h].tokens,
                    role,
                    title: hit.tokens,
                });
                continue;
            }
        }
        if !doc.is_cap(name_start) && doc.particle(name_start).is_none() {
            continue;
        }
        let limit = doc.analysis.sentence_end(name_start.min(doc.len() - 1));
        let Some((end, parts)) = doc.person_run(name_start, limit) else {
            continue;
        };
        // A lone word after a lower-case role ("the spokesman Monday") is
        // not enough; after an office or rank it is ("Minister Ellwood").
        let written_capital = doc.analysis.tokens[hit.tokens.start as usize]
            .shape
            .is_capital();
        if parts == 1
            && !(written_capital && class != TitleClass::Role)
            && !doc.is_known_name_part(name_start)
        {
            continue;
        }
        let name = TokenRange::new(name_start, end);
        out.person_with_role(name, role, hit.tokens);
    }
}

/// Extends a title leftwards over the words that qualify it: `Iraqi Prime
/// Minister`, `U.S. Secretary of State`, `the JOC spokesman`.
fn role_start(doc: &Doc<'_>, title_start: usize) -> usize {
    let floor = doc.analysis.sentence_start(title_start);
    let mut start = title_start;
    while start > floor && title_start - start < 4 {
        let p = start - 1;
        let qualifies = doc.is_demonym_at(p)
            || doc.is_title_at(p)
            || matches!(
                doc.entity_kind_at(p),
                Some(EntityKind::Place | EntityKind::Organization)
            )
            || doc.analysis.tokens[p].shape == Shape::Upper && doc.is_word(p);
        if !qualifies {
            break;
        }
        start = p;
    }
    start
}

/// `Tahseen al-Khafaji, the JOC spokesman,` and `the Dutch Ambassador to
/// Iraq, Hans Sande,`.
fn appositions(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        if c == 0 {
            continue;
        }
        // Name first: the noun phrase after the comma holds a title.
        if let Some((role, title)) = title_phrase_after(doc, c + 1) {
            if let Some((h, Reading::Entry(_))) = doc.reading(c - 1) {
                if doc.entity_kind_at(c - 1) == Some(EntityKind::Person) {
                    out.roles.push(RoleNote {
                        name: doc.hits[h].tokens,
                        role,
                        title,
                    });
                    continue;
                }
            }
            if let Some((start, parts)) = doc.person_run_ending_at(c) {
                let mid_sentence = start > doc.analysis.sentence_start(start);
                // After a preposition the run is a time or place, not a
                // person: `On Thanksgiving Day, Defense Secretary …`.
                let after_preposition =
                    start > 0 && doc.facts(start - 1).has(WordClass::Preposition);
                let shaped =
                    parts >= 2 || doc.is_known_name_part(c - 1) || mid_sentence && parts == 1;
                if shaped && !after_preposition {
                    let name = TokenRange::new(start, c);
                    out.person_with_role(name, role, title);
                }
            }
        }
        // Title first: a title phrase ends at this comma, a name follows.
        if let Some((role, title)) = title_phrase_before(doc, c) {
            let limit = doc.analysis.sentence_end(c);
            let Some((end, parts)) = doc.person_run(c + 1, limit) else {
                continue;
            };
            let closes = end >= limit || matches!(doc.folded(end), "," | "." | ";" | ")" | ":");
            if closes && (parts >= 2 || doc.is_known_name_part(c + 1)) {
                let name = TokenRange::new(c + 1, end);
                out.person_with_role(name, role, title);
            }
        }
    }
}

/// The noun phrase from `start` if a title heads it within a few words:
/// `the JOC spokesman`, `spokesman of the Iraqi Joint Operations Command
/// (JOC)`. It ends at the next comma, stop or verb.
fn title_phrase_after(doc: &Doc<'_>, start: usize) -> Option<(TokenRange, TokenRange)> {
    let limit = (doc.analysis.sentence_at(start)?.end as usize).min(start + WINDOW);
    let mut i = start;
    let mut title = None;
    while i < limit {
        if doc.is_title_at(i) {
            let (k, _) = doc.reading(i)?;
            i = doc.hits[k].tokens.end as usize;
            title = Some(doc.hits[k].tokens);
            break;
        }
        // Any word but a speech cue may qualify the title: `the ministry
        // spokesman`, `the JOC spokesman`.
        let qualifier = doc.is_word(i) && !matches!(doc.reading(i), Some((_, Reading::Cue(_))));
        if !qualifier || i - start >= 5 {
            return None;
        }
        i += 1;
    }
    let title = title?;
    // The complement: `of the Iraqi Joint Operations Command (JOC)`.
    let mut depth = 0usize;
    while i < limit {
        match doc.folded(i) {
            "(" => depth += 1,
            ")" if depth > 0 => depth -= 1,
            "," | "." | ";" | ":" | "\"" if depth == 0 => break,
            _ if depth == 0
                && doc.is_word(i)
                && !doc.is_cap(i)
                && !doc.facts(i).has(WordClass::TitlePhrase) =>
            {
                break;
            }
            _ => {}
        }
        i += 1;
    }
    Some((TokenRange::new(start, i), title))
}

/// The title phrase that ends at comma `comma`: `the Dutch Ambassador to
/// Iraq`, `Iraq's ambassador`.
fn title_phrase_before(doc: &Doc<'_>, comma: usize) -> Option<(TokenRange, TokenRange)> {
    let floor = doc
        .analysis
        .sentence_start(comma)
        .max(comma.saturating_sub(WINDOW));
    let mut i = comma;
    let mut title = None;
    while i > floor {
        i -= 1;
        if doc.is_title_at(i) {
            title = doc.reading(i).map(|(k, _)| doc.hits[k].tokens);
            break;
        }
        let complement = doc.is_cap(i)
            || doc.is_demonym_at(i)
            || doc.is(i, WordClass::TitlePhrase)
            || doc.analysis.tokens[i].class == Class::Possessive;
        if !complement {
            return None;
        }
    }
    let title = title?;
    Some((
        TokenRange::new(role_start(doc, title.start as usize), comma),
        title,
    ))
}

/// `Hoda Jassim (Baghdad)` or `By Hoda Jassim` as the first line.
fn byline(doc: &Doc<'_>, out: &mut Discovery) {
    // The author's name as the first line: `Hoda Jassim (Baghdad)`.
    if let Some(first) = doc.analysis.paragraphs.first() {
        let (start, end) = (first.start as usize, first.end as usize);
        if end - start <= 10 {
            if let Some((run_end, parts)) = doc.person_run(start, end) {
                let rest_is_place =
                    run_end == end || matches!(doc.folded(run_end), "(" | "," | "|" | "-");
                if (2..=4).contains(&parts) && rest_is_place && doc.is_given_name(start) {
                    out.name(TokenRange::new(start, run_end), EntityKind::Person);
                }
            }
        }
    }
    // `By Jane Roberts and Tom Ellis` in one of the first lines.
    for paragraph in doc.analysis.paragraphs.iter().take(BYLINE_PARAGRAPHS) {
        let (mut i, end) = (paragraph.start as usize, paragraph.end as usize);
        if end - i > 16 || !doc.is(i, WordClass::Agent) || !doc.is_cap(i) {
            continue;
        }
        i += 1;
        while let Some((run_end, parts)) = doc.person_run(i, end) {
            if (2..=4).contains(&parts) {
                out.name(TokenRange::new(i, run_end), EntityKind::Person);
            }
            // The next author, after `and` or a comma.
            let joins =
                doc.is(run_end, WordClass::Conjunction) || matches!(doc.folded(run_end), "," | "&");
            if run_end + 1 < end && joins {
                i = run_end + 1;
            } else {
                break;
            }
        }
    }
}

/// How many of the first paragraphs may hold a `By …` line.
const BYLINE_PARAGRAPHS: usize = 3;

/// A capitalised run that starts with a known given name: `Hans Sande`.
fn name_shapes(doc: &Doc<'_>, out: &mut Discovery) {
    // Only a capitalised word can start a name; `resume` skips the words of
    // a name already found.
    let mut resume = 0;
    for &i in &doc.analysis.capitalized {
        let i = i as usize;
        if i < resume {
            continue;
        }
        let starts = doc.is_cap(i)
            && doc.is_given_name(i)
            && doc.may_be_in_person_name(i)
            && !(i > 0
                && (doc.is_cap(i - 1) && !doc.is_function_word(i - 1)
                    || doc.particle(i - 1).is_some())
                && doc.analysis.sentence_start(i) != i);
        if !starts {
            continue;
        }
        let limit = doc.analysis.sentence_end(i);
        match doc.person_run(i, limit) {
            // The last part must not be an ordinary word ("Thanksgiving Day").
            Some((end, parts)) if parts >= 2 && !doc.is_common_word(end - 1) => {
                let name = TokenRange::new(i, end);
                out.name(name, EntityKind::Person);
                resume = end;
            }
            _ => {}
        }
    }
}

/// Heads, prefixes and surrounding cue words.
fn cue_words(doc: &Doc<'_>, out: &mut Discovery) {
    for &i in doc.cue_tokens {
        let i = i as usize;
        if doc.is_cap(i) {
            if let Some(kind) = doc.facts(i).head {
                head_cue(doc, i, kind, out);
            }
        }
        let phrases = doc
            .facts(i)
            .phrase_group()
            .map_or(&[][..], |group| doc.cues.phrase_groups[group].as_slice());
        for phrase in phrases.iter().map(|&p| &doc.cues.phrases[p]) {
            if !doc.phrase_at(i, &phrase.words) || phrase.capital && !doc.is_cap(i) {
                continue;
            }
            phrase_cue(doc, i, phrase, out);
        }
    }
}

/// A head at token `i`, capitalised, ends a capitalised name of its kind:
/// `Anbar Governorate`, `Council of Ministers`. Capitalised inside a
/// sentence after `the`, a head of organizations alone is the short name
/// of one: `the Coalition`.
fn head_cue(doc: &Doc<'_>, i: usize, kind: EntityKind, out: &mut Discovery) {
    let alone = i > 0
        && doc.is(i - 1, WordClass::Definite)
        && doc.analysis.sentence_start(i) != i
        && !doc.is_cap(i + 1)
        && kind == EntityKind::Organization
        && doc.reading(i).is_none();
    if alone {
        out.name(TokenRange::new(i, i + 1), kind);
    }
    let start = doc.name_run_ending_at(i);
    if start < i {
        let mut end = i + 1;
        // `Council of Ministers`, `Joint Chiefs of Staff`.
        if kind == EntityKind::Organization && doc.is(end, WordClass::Complement) {
            let run = doc.cap_run(end + 1, 3);
            if run > end + 1 {
                end = run;
            }
        }
        let tokens = TokenRange::new(start, end);
        out.name_with_core(tokens, TokenRange::new(start, i), kind);
    }
}

/// A cue phrase written at token `i` marks the capitalised name it goes
/// with, by its position: a prefix starts the name (`Camp Taji`), a phrase
/// before or after stands beside it (`the city of Ramadi`, `the Tharthar
/// area`).
fn phrase_cue(doc: &Doc<'_>, i: usize, phrase: &Phrase, out: &mut Discovery) {
    let after = i + phrase.words.len();
    match phrase.position {
        CuePosition::Prefix => {
            let end = doc.cap_run(after, 4);
            if end > after {
                out.name_with_core(
                    TokenRange::new(i, end),
                    TokenRange::new(after, end),
                    phrase.kind,
                );
            }
        }
        CuePosition::Before => {
            let end = doc.cap_run(after, 3);
            if end > after {
                let name = TokenRange::new(after, end);
                out.name(name, phrase.kind);
            }
        }
        CuePosition::After => {
            let start = doc.name_run_ending_at(i);
            if start < i && i - start <= 3 {
                let name = TokenRange::new(start, i);
                out.name(name, phrase.kind);
            }
        }
        CuePosition::Head => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(name, text, a name found in it, how)`: one row at least for each
    /// rule of [`RULES`], in sentences written for it, with names no
    /// gazetteer holds.
    const ROWS: &[(&str, &str, &str, How)] = &[
        (
            "a military title",
            "Maj. Gen. Orvin Pellar visited the base.",
            "Orvin Pellar",
            How::Title,
        ),
        (
            "an apposition to a role",
            "The Dutch Ambassador to Iraq, Hanne Vermaat, arrived on Monday.",
            "Hanne Vermaat",
            How::Apposition,
        ),
        (
            "a byline",
            "By Jane Roberts\nThe talks resumed on Monday.",
            "Jane Roberts",
            How::Byline,
        ),
        (
            "a known given name",
            "Talks stalled. Michael Okonjo spoke to the farmers.",
            "Michael Okonjo",
            How::NameShape,
        ),
        (
            "a head cue",
            "Troops entered Varnesh Governorate at dawn.",
            "Varnesh Governorate",
            How::NameCue,
        ),
        (
            "an acronym defined in the text",
            "The Norvalan Kestrel Association (NKA) met. The NKA voted.",
            "NKA",
            How::Acronym,
        ),
        (
            "an acronym the text does not define",
            "The ZORVA said on Monday that the talks had failed.",
            "ZORVA",
            How::AcronymShape,
        ),
    ];

    #[test]
    fn every_rule_finds_its_row() {
        crate::test_util::assert_unique(ROWS.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for (name, text, want, how) in ROWS {
            let x = crate::test_util::extract(text);
            let found = x
                .mentions()
                .iter()
                .any(|m| &text[m.span()] == *want && m.how() == *how);
            if !found {
                let got: Vec<_> = x
                    .mentions()
                    .iter()
                    .map(|m| (&text[m.span()], m.how()))
                    .collect();
                wrong.push(format!("{name}: {text}\n  got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        for rule in RULES {
            assert!(
                ROWS.iter().any(|r| r.3 == rule.how),
                "no row shows {:?}",
                rule.how
            );
        }
    }

    #[test]
    fn word_facts_fill_half_a_cache_line() {
        assert_eq!(std::mem::size_of::<WordFacts>(), 16);
    }

    #[test]
    fn every_grammar_word_has_its_class_in_a_sentence() {
        let g = Gazetteer::with_bundled_lists().unwrap();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let mut lexicon = crate::gazetteer::lexicon::Lexicon::build(&g, &folder).unwrap();
        let cues = Cues::build(&g, &folder, lexicon.take_words());
        assert!(g.lists.grammar.len() > 300);
        let mut analysis = Analysis::default();
        let mut by_spelling = Vec::new();
        for row in &g.lists.grammar {
            // Through the text layer, as an article's words are: the fold
            // turns `would` into `wuld` and `through` into `thrugh`.
            let sentence = format!("Then {} came.", row.word);
            analysis.run(&sentence, &folder);
            cues.facts_of(&analysis, &mut by_spelling);
            let facts = TokenFacts::new(&analysis, &by_spelling);
            assert!(
                facts.of(1).has(row.class),
                "{:?} in {sentence:?}",
                row.class
            );
        }
        let the = cues.facts("the");
        assert!(the.is_function_word() && !cues.facts("baghdad").is_function_word());
    }
}
