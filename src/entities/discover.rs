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

mod context;

use std::cell::OnceCell;
use std::num::NonZeroU16;

use super::choose::Reading;
use super::scan::{Hit, ScanBuffers};
use super::words::Words;
use super::{EntityKind, How};
use crate::gazetteer::grammar::{Classes, WordClass};
use crate::gazetteer::lexicon::PatternWord;
use crate::gazetteer::{CuePosition, Entry, Frame, Gazetteer, NamePartKind, TitleClass};
use crate::text::word_map::WordMap;
use crate::text::{Analysis, Class, Folder, PerToken, Shape, Spelling, Token, TokenRange};

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
    /// The classes that belong to a spelling rather than to its fold: the
    /// closed-class words of `grammar.tsv` and the ordinary words among
    /// the name parts, by their plain fold (case, diacritics and marks
    /// only). The transliteration fold joins the spellings of one name
    /// (`Tahseen`, `Tahsin`), and so also names with English words
    /// (`Saeed` with `said`, `Orr` with `or`, `Ann` with `an`): keyed by
    /// the fold, a word's grammar and its being an ordinary word would
    /// pass to every name that folds like it, and `Orr` would never start
    /// a name. What a name part is (a name part, a given name) stays with
    /// the fold, which is what it is for.
    ///
    /// Read for capitalised words only, where names are: a word in lower
    /// case takes these classes from `words`, by its fold, which holds them
    /// too, and is neither folded again nor looked up twice.
    spelled: WordMap<Classes>,
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
    /// The prefixes of ships' names of `acronyms.tsv`.
    vessel_prefixes: acronym::VesselPrefixes,
    /// By gazetteer entry, the folded last words of an organization's
    /// roles (`party`, `group`, `movement`): the kinds of body it is.
    organization_kinds: rustc_hash::FxHashMap<u32, Box<[Box<str>]>>,
}

/// What the cue lists say about each token of a document: the facts of its
/// spelling, copied out in token order. Rules read the facts of a token
/// and its neighbours over and over; through the spelling, each read went
/// to a table of every spelling the thread knows, in no order, and on a long
/// document one read in five missed the cache. The copy is one such read
/// per token, and leaves the facts beside each other as the tokens are.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokenFacts<'a> {
    by_token: &'a [WordFacts],
}

impl<'a> TokenFacts<'a> {
    /// The facts of `analysis`'s tokens, copied into `by_token` from
    /// `by_spelling`, which must have been completed for it by
    /// [`Cues::facts_of`].
    pub(crate) fn copy(
        analysis: &Analysis,
        by_spelling: &[WordFacts],
        by_token: &'a mut Vec<WordFacts>,
    ) -> TokenFacts<'a> {
        debug_assert!(by_spelling.len() >= analysis.spellings.len());
        by_token.clear();
        by_token.extend(
            analysis
                .tokens
                .iter()
                .map(|token| by_spelling[token.spelling as usize]),
        );
        TokenFacts::new(by_token)
    }

    /// Facts copied by [`TokenFacts::copy`].
    pub(crate) fn new(by_token: &'a [WordFacts]) -> TokenFacts<'a> {
        TokenFacts { by_token }
    }

    /// The facts of token `i`.
    #[inline]
    pub(crate) fn of(&self, i: usize) -> WordFacts {
        self.by_token[i]
    }

    /// The facts of the tokens from `i` on.
    #[inline]
    pub(crate) fn starting_at(&self, i: usize) -> &'a [WordFacts] {
        self.by_token.get(i..).unwrap_or_default()
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
    /// A head that ends names (`Governorate`, `Ministry`, `Ltd`).
    head: Option<Head>,
    /// One more than the group of cue phrases that start with this word.
    phrases: Option<NonZeroU16>,
    /// Its place in the gazetteer's patterns.
    pattern: PatternWord,
}

/// What names a head word ends, in the one byte [`WordFacts`] has for it.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Head {
    /// Names of this kind: `Governorate`, `Ministry`.
    Of(EntityKind),
    /// Companies' names, which are written again without it: `Ltd`.
    LegalForm,
    /// No name; it opens companies' names, which are written again
    /// without it: `PT`.
    LeadingLegalForm,
}

impl WordFacts {
    /// The kind of names the word is the head of (`Governorate`, `Ministry`).
    #[inline]
    pub(crate) fn head(&self) -> Option<EntityKind> {
        match self.head? {
            Head::Of(kind) => Some(kind),
            Head::LegalForm => Some(EntityKind::Organization),
            Head::LeadingLegalForm => None,
        }
    }

    /// Whether the word is a company's legal form, after its name (`Ltd`,
    /// `Inc`) or before it (`PT`), which the name is written again
    /// without.
    #[inline]
    pub(crate) fn is_legal_form(&self) -> bool {
        matches!(self.head, Some(Head::LegalForm | Head::LeadingLegalForm))
    }

    /// Whether the word is a company's legal form that opens its name
    /// (`PT`, `JSC`).
    #[inline]
    pub(crate) fn is_leading_legal_form(&self) -> bool {
        self.head == Some(Head::LeadingLegalForm)
    }

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

    /// A particle of names that is no English word of a closed class
    /// (`de`, `van`, `al`; not `as`, `at`): written in lower case between
    /// two capitalised words, it joins them into one name.
    #[inline]
    pub(crate) fn is_joining_particle(&self) -> bool {
        self.particle.is_some() && !self.classes.is_closed_class()
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
            cues.add_spelled(folder, &row.word, row.class);
        }
        for part in &gazetteer.lists.name_parts {
            let Some(key) = single(fold(&part.name)) else {
                continue;
            };
            let word = cues.words.entry(&key);
            word.set(WordClass::NamePart, true);
            word.set(WordClass::Given, part.kind != NamePartKind::Surname);
            if part.common_word {
                cues.add_spelled(folder, &part.name, WordClass::Common);
            }
        }
        for word in &gazetteer.lists.words {
            cues.add_spelled(folder, word, WordClass::Common);
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
                    cues.words.entry(word).head = Some(Head::Of(cue.kind));
                }
                (CuePosition::LegalForm, [word]) => {
                    cues.words.entry(word).head = Some(Head::LegalForm);
                }
                // A prefix of companies' names that is their legal form.
                (CuePosition::LegalFormPrefix, [word]) => {
                    cues.words.entry(word).head = Some(Head::LeadingLegalForm);
                    cues.phrases.push(Phrase {
                        words,
                        kind: EntityKind::Organization,
                        position: CuePosition::Prefix,
                        capital: cue.cue.starts_with(char::is_uppercase),
                    });
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
        cues.spelled.for_each(|word, _| {
            cues.punctuation_words |= crate::text::classify(word) == Class::Punct;
        });
        pattern_words.for_each(|word, &pattern| cues.words.entry(word).pattern = pattern);
        cues.acronym_words = acronym::words(&gazetteer.lists.acronym_words, folder);
        cues.vessel_prefixes = acronym::VesselPrefixes::of(&gazetteer.lists.acronym_words);
        cues.organization_kinds = (0u32..)
            .zip(gazetteer.entries())
            .filter(|(_, entry)| {
                entry.kind() == EntityKind::Organization && !entry.roles().is_empty()
            })
            .map(|(index, entry)| {
                let kinds = entry
                    .roles()
                    .iter()
                    .filter_map(|role| fold(role.title()).pop());
                (index, kinds.map(String::into_boxed_str).collect())
            })
            .collect();
        cues
    }

    /// Whether the folded `noun` names a kind of body the organization of
    /// gazetteer entry `entry` is (`movement` for Hamas, `party` for a
    /// party).
    pub(crate) fn is_kind_of(&self, entry: u32, noun: &str) -> bool {
        self.organization_kinds
            .get(&entry)
            .is_some_and(|kinds| kinds.iter().any(|kind| **kind == *noun))
    }

    /// Gives `word` a class of its spelling. A word the fold leaves as
    /// spelled (`said`, `however`) has it under its fold too, where a text
    /// word spelled so finds it in the one lookup of its facts; one the
    /// fold respells (`been` as `bin`, `would` as `wuld`) has it only by
    /// spelling, so that no word that folds like it (`bin`) takes it.
    fn add_spelled(&mut self, folder: &Folder, word: &str, class: WordClass) {
        let Some(plain) = single_plain(folder, word) else {
            return;
        };
        if single(crate::text::fold_phrase(folder, word)).as_deref() == Some(plain.as_str()) {
            self.words.entry(&plain).set(class, true);
        }
        self.spelled.entry(&plain).add(class);
    }

    /// Completes `by_spelling`, the facts of every spelling of `analysis`,
    /// the analysis of `text`, read through [`TokenFacts`] by matching and
    /// by every discovery rule. Each distinct spelling is looked up once,
    /// into `by_spelling`: it holds the facts of the first
    /// `by_spelling.len()` spellings of `analysis` (of earlier documents;
    /// see [`Analysis::forget_spellings`]), and those of the spellings
    /// added since are appended.
    pub(crate) fn facts_of(
        &self,
        text: &str,
        analysis: &Analysis,
        by_spelling: &mut Vec<WordFacts>,
    ) {
        if by_spelling.len() > analysis.spellings.len() {
            // Spellings forgotten without their facts: start again.
            by_spelling.clear();
        }
        let mut scratch = String::new();
        let added = &analysis.new_spelling_tokens;
        if by_spelling.len() + added.len() == analysis.spellings.len() {
            // The usual case: the facts of every spelling before this
            // document are known, and each it added is met at the first
            // token the analysis recorded for it.
            // The new spellings are first looked up in one tight loop: the
            // table is large and seldom in cache, and lookups that do not
            // wait on one another wait for memory together.
            let known = by_spelling.len();
            by_spelling.extend(
                analysis.spellings[known..]
                    .iter()
                    .map(|spelling| self.folded_facts(analysis, spelling)),
            );
            for (k, (&first, facts)) in added.iter().zip(&mut by_spelling[known..]).enumerate() {
                let token = &analysis.tokens[first as usize];
                debug_assert_eq!(token.spelling as usize, known + k);
                let spelling = &analysis.spellings[known + k];
                let plain = respelled_plain(text, analysis, token, spelling, &mut scratch);
                *facts = self.as_spelled(*facts, spelling, plain);
            }
            return;
        }
        // The spellings added since are numbered in the order this
        // document first writes them, so each is met, with the text its
        // spelled classes need, at its first token.
        for token in &analysis.tokens {
            if by_spelling.len() == analysis.spellings.len() {
                break;
            }
            if token.spelling as usize == by_spelling.len() {
                let spelling = &analysis.spellings[by_spelling.len()];
                let plain = respelled_plain(text, analysis, token, spelling, &mut scratch);
                by_spelling.push(self.spelling_facts(analysis, spelling, plain));
            }
        }
        // Spellings of earlier documents whose facts were forgotten and
        // that this one does not write (after the clearing above): their
        // fold stands in for their text, as if the fold left it as spelled.
        while let Some(spelling) = analysis.spellings.get(by_spelling.len()) {
            by_spelling.push(self.spelling_facts(analysis, spelling, ""));
        }
    }

    /// The facts of one spelling: `plain` is its plain fold when the fold
    /// respells it, and empty when the fold leaves it as spelled.
    fn spelling_facts(&self, analysis: &Analysis, spelling: &Spelling, plain: &str) -> WordFacts {
        self.as_spelled(self.folded_facts(analysis, spelling), spelling, plain)
    }

    /// What the lists say of the fold of `spelling`.
    #[inline]
    fn folded_facts(&self, analysis: &Analysis, spelling: &Spelling) -> WordFacts {
        self.words
            .get_in(&analysis.haystack, spelling.folded.range())
    }

    /// The facts of `spelling` from `facts`, those of its fold; `plain` is
    /// as [`Cues::spelling_facts`] takes it.
    fn as_spelled(&self, mut facts: WordFacts, spelling: &Spelling, plain: &str) -> WordFacts {
        if !plain.is_empty() {
            // The classes of the word as spelled, not of every word that
            // folds like it; only the name parts go by fold.
            facts.classes = facts.classes.name_parts();
            facts
                .classes
                .add_all(self.spelled.get_in(plain, 0..plain.len()));
        }
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
    }

    /// What the lists say about a word written `word`.
    #[cfg(test)]
    pub(crate) fn facts(&self, folder: &Folder, word: &str) -> WordFacts {
        let mut facts = single(crate::text::fold_phrase(folder, word))
            .map(|folded| self.words.get(&folded))
            .unwrap_or_default();
        if let Some(plain) = single_plain(folder, word) {
            facts.classes.add_all(self.spelled.get(&plain));
        }
        facts
    }
}

/// The plain fold of `token`, of `spelling`, when the fold respells it,
/// else "": a word the fold leaves as spelled finds the classes of its
/// spelling under its fold, and only one the fold respells is read again
/// by its spelling. Most words are known to be left so from their
/// folding. `scratch` holds the plain fold when it is built.
fn respelled_plain<'a>(
    text: &'a str,
    analysis: &Analysis,
    token: &Token,
    spelling: &Spelling,
    scratch: &'a mut String,
) -> &'a str {
    if spelling.plain {
        return "";
    }
    let written = &text[token.span()];
    let folded = &analysis.haystack[spelling.folded.range()];
    if written.bytes().all(|b| b.is_ascii_lowercase()) {
        // Its own plain fold, already.
        return if written == folded { "" } else { written };
    }
    scratch.clear();
    crate::text::fold::fold_plain(written, scratch);
    if *scratch == folded { "" } else { scratch }
}

/// The plain fold of `word` (case, diacritics and marks, as
/// [`fold_plain`](crate::text::fold::fold_plain)), when it is one token.
fn single_plain(folder: &Folder, word: &str) -> Option<String> {
    single(crate::text::fold_phrase(folder, word))?;
    let mut plain = String::new();
    crate::text::fold::fold_plain(word.trim(), &mut plain);
    Some(plain)
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
    /// A bit for each token that ends a person found, for the rules that
    /// ask it of the few tokens of a run.
    person_ends: Vec<u64>,
}

impl Default for Discovery {
    fn default() -> Discovery {
        Discovery {
            found: Vec::new(),
            roles: Vec::new(),
            acronyms: Vec::new(),
            capitals: acronym::Capitals::default(),
            how: How::NameShape,
            person_ends: Vec::new(),
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
        self.person_ends.clear();
    }

    /// Whether a person found so far ends at token `i`.
    fn ends_person(&self, i: usize) -> bool {
        self.person_ends
            .get(i / 64)
            .is_some_and(|bits| bits >> (i % 64) & 1 == 1)
    }

    /// Records a name whose core is the whole name.
    fn name(&mut self, tokens: TokenRange, kind: EntityKind) {
        self.name_with_core(tokens, tokens, kind);
    }

    /// Records a name and its core, the name without its cue word.
    fn name_with_core(&mut self, tokens: TokenRange, core: TokenRange, kind: EntityKind) {
        if kind == EntityKind::Person && tokens.end > tokens.start {
            let last = tokens.end as usize - 1;
            if self.person_ends.len() <= last / 64 {
                self.person_ends.resize(last / 64 + 1, 0);
            }
            self.person_ends[last / 64] |= 1 << (last % 64);
        }
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
    /// The spellings of capitalised words written somewhere a sentence
    /// does not open with them, a bit per spelling, made when a rule first
    /// asks.
    mid_sentence: OnceCell<Vec<u64>>,
    /// The spellings of given names written somewhere a place stands,
    /// likewise.
    where_places_stand: OnceCell<Vec<u64>>,
    /// Whether the text holds a slash, as every web address with a path
    /// does: most documents have none.
    has_slash: OnceCell<bool>,
    /// The spellings of capitalised words written somewhere right after a
    /// determiner, likewise.
    after_determiners: OnceCell<Vec<u64>>,
    /// The spellings of capitalised words written somewhere right after
    /// another capitalised word inside a sentence, likewise.
    after_capitals: OnceCell<Vec<u64>>,
    /// The folds of the words written somewhere in lower case, by their
    /// inline keys (longer ones are left out), made when a rule first asks.
    lower_case_folds: OnceCell<rustc_hash::FxHashSet<u128>>,
    /// The countries of the places the gazetteer reads in the document,
    /// but first-level divisions, made when a rule first asks.
    countries_named: OnceCell<Vec<[u8; 2]>>,
}

impl<'a> std::ops::Deref for Doc<'a> {
    type Target = Words<'a>;

    fn deref(&self) -> &Words<'a> {
        &self.words
    }
}

/// Places this prominent are never a part of a person's name, and a
/// famous person's surname alone does not outrank them.
pub(crate) const STRONG_PLACE_PRIOR: u8 = 65;

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
            mid_sentence: OnceCell::new(),
            where_places_stand: OnceCell::new(),
            has_slash: OnceCell::new(),
            after_determiners: OnceCell::new(),
            after_capitals: OnceCell::new(),
            lower_case_folds: OnceCell::new(),
            countries_named: OnceCell::new(),
        }
    }

    /// Whether the document names the country of `entry`, or a place in
    /// it other than a first-level division, by a reading of the gazetteer:
    /// what a division's name needs to be read as the division.
    fn names_country_of(&self, entry: &Entry) -> bool {
        // Countries are ISO 3166-1 alpha-2 codes: two bytes, no allocation.
        let code = |e: &Entry| -> Option<[u8; 2]> { e.country()?.as_bytes().try_into().ok() };
        let Some(country) = code(entry) else {
            return false;
        };
        let named = self.countries_named.get_or_init(|| {
            let entries = self.gazetteer.entries();
            let mut named: Vec<[u8; 2]> = self
                .readings
                .iter()
                .filter_map(|reading| match reading {
                    Reading::Entry(d) => Some(&entries[d.entry as usize]),
                    _ => None,
                })
                .filter(|e| e.kind() == EntityKind::Place && !e.is_first_level_division())
                .filter_map(code)
                .collect();
            named.sort_unstable();
            named.dedup();
            named
        });
        named.contains(&country)
    }

    /// Whether the word of token `i` is written somewhere right after
    /// another capitalised word inside a sentence: a later part of a name
    /// (`Tomas Varnholt`).
    pub(crate) fn written_after_capital(&self, i: usize) -> bool {
        let bits = self
            .after_capitals
            .get_or_init(|| self.analysis.spellings_after_capitals());
        self.spelling_in(bits, i)
    }

    /// Whether the word of token `i` is written somewhere in lower case:
    /// an ordinary word, whatever the lists say (`respondents`).
    pub(crate) fn written_in_lower_case(&self, i: usize) -> bool {
        let haystack = self.analysis.haystack.as_bytes();
        let key = |t: &Token| crate::text::word_map::key_in(haystack, t.folded());
        let folds = self.lower_case_folds.get_or_init(|| {
            let lower = |t: &&Token| t.class == Class::Word && t.shape == Shape::Lower;
            self.analysis
                .tokens
                .iter()
                .filter(lower)
                .filter_map(key)
                .collect()
        });
        key(&self.analysis.tokens[i]).is_some_and(|k| folds.contains(&k))
    }

    /// Whether the word of token `i` is written the same way, with a
    /// capital, somewhere a sentence does not open with it.
    pub(crate) fn capitalised_mid_sentence(&self, i: usize) -> bool {
        let bits = self.mid_sentence.get_or_init(|| {
            // The capitalised words and the sentences are both in text
            // order: walked together, rather than looking up each word's
            // sentence.
            let sentences = &self.analysis.sentences;
            let mut s = 0;
            self.capitalised_spellings(|t| {
                while s < sentences.len() && (sentences[s].start as usize) < t {
                    s += 1;
                }
                !(s < sentences.len() && sentences[s].start as usize == t)
            })
        });
        self.spelling_in(bits, i)
    }

    /// A bit for each spelling of the capitalised tokens `keep` keeps:
    /// see [`Analysis::capitalised_spellings`].
    fn capitalised_spellings(&self, keep: impl FnMut(usize) -> bool) -> Vec<u64> {
        self.analysis.capitalised_spellings(keep)
    }

    /// Whether the spelling of token `i` has its bit in `bits`.
    #[inline]
    fn spelling_in(&self, bits: &[u64], i: usize) -> bool {
        self.analysis.spelling_in(bits, i)
    }

    pub(crate) fn is_function_word(&self, i: usize) -> bool {
        self.facts(i).is_function_word()
    }

    /// A hyphen joining the tokens on both sides without spaces.
    fn is_joining_hyphen(&self, i: usize) -> bool {
        i + 1 < self.len()
            && self.punct(i) == Some('-')
            && !self.analysis.tokens[i].space_before
            && !self.analysis.tokens[i + 1].space_before
    }

    /// Whether token `i` is a particle of names (`al`, `bin`), and if so
    /// whether it may be dropped.
    #[inline]
    pub(crate) fn particle(&self, i: usize) -> Option<bool> {
        // Punctuation is looked up too when some cue word is punctuation;
        // it is never a particle. Rules ask this of most words they pass,
        // and few are particles: the word's facts answer inline.
        let facts = self.facts(i);
        let droppable = facts.particle.filter(|_| self.is_word(i))?;
        self.particle_written(i, facts, droppable)
    }

    /// [`Doc::particle`] for a word that the lists make a particle, by how
    /// it is written.
    fn particle_written(&self, i: usize, facts: WordFacts, droppable: bool) -> Option<bool> {
        // Some particles are English words too (the article `as`, `at`
        // assimilated): written apart in lower case they are the English
        // word (`such as`, `identified as`), and only hyphenated to the next
        // part (`as-Sadr`) or capitalised inside a name (`Abd As Salam`) a
        // particle.
        let english = facts.classes().is_closed_class();
        let in_name =
            self.is_joining_hyphen(i + 1) || i > 0 && self.is_cap(i) && self.is_cap(i - 1);
        (!english || in_name).then_some(droppable)
    }

    fn reading(&self, i: usize) -> Option<(usize, &Reading)> {
        let k = self.hit_of.get(i)?;
        Some((k, &self.readings[k]))
    }

    fn is_title_at(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((_, Reading::Title(_))))
    }

    /// Whether token `i` may be a word of a portfolio: a capitalised
    /// ordinary word that is no given name (`Finance`, `Foreign Affairs`).
    fn is_portfolio_word(&self, i: usize) -> bool {
        self.is_cap(i)
            && self.is(i, WordClass::Common)
            && !self.is(i, WordClass::Given)
            && !self.is_title_at(i)
    }

    /// Whether token `i` may join two words of a portfolio: a connector in
    /// lower case or `&` (`Lands and Survey`, `Trade & Industry`).
    fn is_portfolio_joint(&self, i: usize) -> bool {
        self.is(i, WordClass::Connector) && !self.is_cap(i) || self.punct(i) == Some('&')
    }

    /// The end of the portfolio that a title's complement at `complement`
    /// opens, written in capitalised ordinary words joined by connectors or
    /// `&`: `Minister for Finance`, `Minister for Lands and Survey`,
    /// `Cabinet Secretary for the Interior`. A person's name follows it.
    fn portfolio_end(&self, complement: usize) -> Option<usize> {
        if !self.is(complement, WordClass::Complement) {
            return None;
        }
        let mut j = complement + 1;
        if self.is(j, WordClass::Definite) {
            j += 1;
        }
        let mut end = None;
        while j < self.len() {
            let joins =
                end.is_some() && self.is_portfolio_joint(j) && self.is_portfolio_word(j + 1);
            if self.is_portfolio_word(j) {
                end = Some(j + 1);
            } else if !joins {
                break;
            }
            j += 1;
        }
        end
    }

    /// The end of the portfolio that opens at token `start`, right after a
    /// title and its complement (`Minister for Finance Biman Prasad`):
    /// no word of it is the person's name.
    fn portfolio_opening_at(&self, start: usize) -> Option<usize> {
        // Back over the portfolio's words before `start`: `Lands and` of
        // `Lands and Survey`.
        let mut first = start;
        while first > 0 {
            let p = first - 1;
            let joins = p > 0 && self.is_portfolio_joint(p) && self.is_portfolio_word(p - 1);
            if self.is_portfolio_word(p) || joins {
                first = p;
            } else {
                break;
            }
        }
        let mut complement = first.checked_sub(1)?;
        if self.is(complement, WordClass::Definite) {
            complement = complement.checked_sub(1)?;
        }
        let titled = complement > 0 && self.is_title_at(complement - 1);
        titled
            .then(|| self.portfolio_end(complement))
            .flatten()
            .filter(|&end| end > start)
    }

    /// Whether token `i` is a role of one word, which a name may hold
    /// before its head: `Fighter Squadron`, `Nurse Corps`. An office or
    /// a rank stands before a person's name instead (`Minister Ali`).
    fn is_role_in_name(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((k, Reading::Title(title)))
            if self.hits[k].tokens.end - self.hits[k].tokens.start == 1
                && self.gazetteer.lists.titles[*title as usize].class == TitleClass::Role)
    }

    /// Whether the title of one word at token `i` stands inside the name of
    /// a body, before its other words rather than a person's name: `the
    /// Tunisian General Labour Union`, `the General Directorate of
    /// Security`; not `Minister Varno Kelbar`.
    fn is_title_inside_body(&self, i: usize) -> bool {
        let next = i + 1;
        matches!(self.reading(i), Some((k, Reading::Title(_)))
            if self.hits[k].tokens.end as usize == next)
            && self.is_cap(next)
            && !self.opens_person_name(next)
            && self
                .reading(next)
                .is_none_or(|(_, r)| !matches!(r, Reading::Title(_)))
    }

    fn is_demonym_at(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((_, Reading::Demonym)))
    }

    /// The kind of the gazetteer entry that reads `name` whole, if one
    /// does.
    pub(crate) fn whole_entry_kind(&self, name: TokenRange) -> Option<EntityKind> {
        match self.reading(name.start as usize) {
            Some((k, Reading::Entry(d))) if self.hits[k].tokens == name => {
                Some(self.gazetteer.entries()[d.entry as usize].kind())
            }
            _ => None,
        }
    }

    /// The kind of the gazetteer entity a token belongs to, if any.
    pub(crate) fn entity_kind_at(&self, i: usize) -> Option<EntityKind> {
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
                let tokens = self.hits[k].tokens;
                let single = tokens.end - tokens.start == 1;
                // A match that stops inside a hyphenated given name has
                // cut a person's name: `Lin Yu-ting` is no town `Lin Yu`.
                let end = tokens.end as usize;
                let cuts_given_name =
                    self.is_joining_hyphen(end) && self.is_given_syllable(end - 1, end + 1);
                // A minor place, or a surname the gazetteer only guessed
                // from prominence (`Johnson` in `Mike Johnson`).
                let weak_place =
                    entry.kind() == EntityKind::Place && entry.prior() < STRONG_PLACE_PRIOR;
                let guessed_surname =
                    d.how == How::ShortForm && d.choice == crate::entities::Choice::Prior;
                (single || cuts_given_name) && (weak_place || guessed_surname)
            }
            Some(_) => false,
        }
    }

    /// Whether the lower-case word at `after` is the second syllable of a
    /// hyphenated given name whose first is at `before`: `Ha-rin`,
    /// `Kwok-kin`, `Wai-ching`. It is no ordinary word, or both syllables
    /// are short, as romanised syllables are; `Khafaji-led` is neither.
    fn is_given_syllable(&self, before: usize, after: usize) -> bool {
        let letters = |i: usize| self.text[self.analysis.tokens[i].span()].chars().count();
        self.is_word(after)
            && self.analysis.tokens[after].shape == Shape::Lower
            && (!self.is(after, WordClass::Common) || letters(before) <= 4 && letters(after) <= 6)
    }

    /// Whether token `i` is a given name that the gazetteer reads as a
    /// minor place of one word, and that the document never writes as a
    /// place (after `in`, `near`, or before a comma and a place): `Gloria
    /// laughed`, though villages are so called. Such a word names no place;
    /// it may name a person.
    #[inline]
    pub(crate) fn is_name_read_as_minor_place(&self, i: usize) -> bool {
        // The word's classes first: most words the gazetteer reads are no
        // given names, and the classes are at hand. A first-level division
        // of a country the document names by another place is the
        // division, whatever its prior (set below big cities' for the names
        // they share, not for its prominence): `Virginia` in a story from
        // Richmond. Elsewhere a division's name is as often a given name
        // (`Isabel`, a Solomon Islands province).
        self.is_given_name(i)
            && self.minor_place(i).is_some_and(|entry| {
                !(entry.is_first_level_division() && self.names_country_of(entry))
            })
            && !self.written_as_place(i)
    }

    /// Whether the gazetteer reads token `i`, alone, as a place less
    /// prominent than [`STRONG_PLACE_PRIOR`]: a reading a word may owe to
    /// chance.
    pub(crate) fn is_minor_place(&self, i: usize) -> bool {
        self.minor_place(i).is_some()
    }

    /// The entry of [`Doc::is_minor_place`].
    fn minor_place(&self, i: usize) -> Option<&Entry> {
        let Some((k, Reading::Entry(d))) = self.reading(i) else {
            return None;
        };
        let entry = &self.gazetteer.entries()[d.entry as usize];
        let minor = self.hits[k].tokens.end - self.hits[k].tokens.start == 1
            && entry.kind() == EntityKind::Place
            && entry.prior() < STRONG_PLACE_PRIOR;
        minor.then_some(entry)
    }

    /// Whether token `i` is an ordinary English word the gazetteer reads as
    /// a place of one word, written before a noun it qualifies: `Western
    /// diplomats`, `Central bank`, not `Western Province` nor `Central said`.
    #[inline]
    pub(crate) fn is_ordinary_word_qualifying(&self, i: usize) -> bool {
        let next = i + 1;
        // Not an acronym (`US troops`), nor a place too prominent to be a
        // word's chance reading.
        self.analysis.tokens[i].shape == Shape::Capitalized
            && self.is(i, WordClass::Common)
            && self.is_minor_place(i)
            && self.is_word(next)
            && self.analysis.tokens[next].shape == Shape::Lower
            && !self.classes(next).is_closed_class()
    }

    /// Whether token `i` is a preposition written as a word of the sentence:
    /// in lower case, or opening the sentence (`In Kenya`), not inside a
    /// name (`At Tall`).
    pub(crate) fn is_preposition_word(&self, i: usize) -> bool {
        self.is(i, WordClass::Preposition) && (!self.is_cap(i) || self.sentence_start(i) == i)
    }

    /// Whether a preposition, or the complement of a noun (`for` in `the MP
    /// for Varnholt East`), governs the name that starts at token `start`:
    /// such a name is no subject of the verb after it.
    pub(crate) fn is_governed_name(&self, start: usize) -> bool {
        let Some(before) = start.checked_sub(1) else {
            return false;
        };
        self.is_preposition_word(before)
            || self.is(before, WordClass::Complement) && !self.is_cap(before)
    }

    /// Whether a place the gazetteer knows ends right before token `i`,
    /// written with a capital and not as a given name: what follows names
    /// the place's institution or company (`Kenya Power`, `Qatar Airways`),
    /// not a person (`Jordan Peterson`).
    pub(crate) fn is_after_place_name(&self, i: usize) -> bool {
        let Some(place) = i.checked_sub(1) else {
            return false;
        };
        // After a preposition the place ends a phrase of its own: `In
        // Kenya Odinga said`.
        let after_preposition = |start: usize| start > 0 && self.is_preposition_word(start - 1);
        matches!(self.reading(place), Some((k, Reading::Entry(_)))
            if self.hits[k].tokens.end as usize == i
                && !after_preposition(self.hits[k].tokens.start as usize))
            && self.entity_kind_at(place) == Some(EntityKind::Place)
            && self.is_cap(place)
            && !self.is_place_as_given_name(place)
    }

    /// Whether token `i` is an ordinary English word the gazetteer reads as
    /// a minor place of one word, after `the`: a common noun capitalised
    /// for an institution or a landmark of the text's own country (`the
    /// Centre would act`, `the Valley`), not a province of another country.
    #[inline]
    pub(crate) fn is_ordinary_word_determined(&self, i: usize) -> bool {
        i > 0
            && self.is(i - 1, WordClass::Definite)
            && self.analysis.tokens[i].shape == Shape::Capitalized
            && self.is(i, WordClass::Common)
            && self.is_minor_place(i)
    }

    /// Whether token `i` is an ordinary English word the gazetteer reads as
    /// a minor place of one word, capitalised only because it opens its
    /// sentence, and written nowhere else with a capital: `Born in 1950,
    /// she…`, not `Reading` in a text that goes `in Reading` too.
    pub(crate) fn is_ordinary_word_opening(&self, i: usize) -> bool {
        self.analysis.tokens[i].shape == Shape::Capitalized
            && self.sentence_start(i) == i
            && self.is(i, WordClass::Common)
            && self.is_minor_place(i)
            && !self.capitalised_mid_sentence(i)
    }

    /// Whether the word of token `i`, a given name, stands somewhere in the
    /// document where a place does: after a preposition of place, before a
    /// comma and a place (`Gloria, Varnland`), or after a lawmaker's party
    /// ([`Doc::is_after_party_letter`]: `R-Indiana`).
    fn written_as_place(&self, i: usize) -> bool {
        debug_assert!(self.is_given_name(i));
        let bits = self.where_places_stand.get_or_init(|| {
            // Only given names are asked about, and a spelling is a given
            // name wherever it is written: the others are passed over.
            self.capitalised_spellings(|t| {
                self.is_given_name(t)
                    && (t > 0 && self.facts(t - 1).is_place_preposition()
                        || self.punct(t + 1) == Some(',')
                            && self.entity_kind_at(t + 2) == Some(EntityKind::Place)
                        || self.is_after_party_letter(t)
                        || self.is_hometown_after_name(t))
            })
        });
        self.spelling_in(bits, i)
    }

    /// Whether token `i`, a word alone, follows `of` after a person's name,
    /// the comma between them or none: the person's town (`Rep. Marcus
    /// Pike of Columbus`, `Ruth Okafor, of Dayton,`). The word before `of`
    /// is a name's part or a word no list knows, no head nor title: `the
    /// University of Dayton` names a body, `the Earl of Snowdon` a title;
    /// and a name that goes on is a body's (`Isabel Ruiz of Heaven Sent
    /// Gaming`).
    fn is_hometown_after_name(&self, i: usize) -> bool {
        let Some(of) = i.checked_sub(1) else {
            return false;
        };
        if !self.is(of, WordClass::Complement) || self.is_cap(of) || self.is_cap(i + 1) {
            return false;
        }
        // The name's last word, before the comma if one stands there.
        let comma = of.checked_sub(1).filter(|&c| self.punct(c) == Some(','));
        let Some(last) = comma.unwrap_or(of).checked_sub(1) else {
            return false;
        };
        self.is_cap(last)
            && (self.is(last, WordClass::NamePart) || is_unknown_word(self, last))
            && self.facts(last).head().is_none()
            && !self.is_title_at(last)
    }

    /// Whether token `i` follows the letter of a lawmaker's party and its
    /// hyphen, after the lawmaker's name and a comma or a bracket: the
    /// place the lawmaker stands for (`Sen. Jane Roe, D-Calif.`, `Rep. Tom
    /// Ellis (R-Indiana)`).
    pub(crate) fn is_after_party_letter(&self, i: usize) -> bool {
        // The letter alone two tokens before first: it rules out nearly
        // every word, without a lookup.
        i >= 4
            && self.analysis.tokens[i - 2].span().len() == 1
            && self.is_cap(i)
            && self.is_joining_hyphen(i - 1)
            && self.is_cap(i - 2)
            && matches!(self.punct(i - 3), Some(',' | '('))
            && self.is_cap(i - 4)
    }

    /// Whether the word of token `i` is written somewhere alone right
    /// after a determiner (`the Tsar`, `the Arabs`): a word a document so
    /// writes is a title, a group or a thing, never a person's name alone.
    /// Not where it qualifies a name that goes on (`the Nakamura Prize`,
    /// `the Lindqvist and Oduya Show`), nor after `that`, which also opens
    /// a clause (`said that Fashanu left`).
    pub(crate) fn written_after_determiner(&self, i: usize) -> bool {
        let bits = self.after_determiners.get_or_init(|| {
            self.capitalised_spellings(|t| {
                // The determiner first: few capitalised words follow one.
                let name_goes_on = || {
                    self.is_cap(t + 1)
                        || self.is(t + 1, WordClass::Conjunction) && self.is_cap(t + 2)
                };
                t > 0
                    && self.is(t - 1, WordClass::Determiner)
                    && !self.is(t - 1, WordClass::Complementizer)
                    && !name_goes_on()
            })
        });
        self.spelling_in(bits, i)
    }

    /// A connector inside a name that a head ends (`Bank of England`,
    /// `Trinidad and Tobago Police`), not the `to` that more often joins
    /// two names (`from US Weekly to Time Magazine`), nor a determiner
    /// alone between two capitalised words, which opens the name after a
    /// date or a sentence's first word (`On 19 December the Security
    /// Council`); a determiner joins only after another connector (`Bank
    /// of the Republic`).
    fn is_inner_connector(&self, i: usize) -> bool {
        let facts = self.facts(i);
        facts.has(WordClass::Connector)
            && !facts.has(WordClass::Infinitive)
            && !facts.has(WordClass::Determiner)
    }

    /// Whether token `i` is the possessive of an ordinary noun inside a
    /// name: `the People's Assembly`, `the Workers' Union`, `Magistrates'
    /// Court`. A name's possessive ends the name instead: `Kenya's Health
    /// Ministry` is a place and a ministry. The plural's bare apostrophe
    /// is attached to its word and followed by a space, which a closing
    /// quotation mark before a name would seldom be.
    fn is_possessive_in_name(&self, i: usize) -> bool {
        let tokens = &self.analysis.tokens;
        let mark = match tokens[i].class {
            Class::Possessive => true,
            Class::Punct => {
                self.punct(i) == Some('\'')
                    && !tokens[i].space_before
                    && tokens.get(i + 1).is_some_and(|t| t.space_before)
            }
            _ => false,
        };
        // Not a head's either: `Michigan State University's Broad Art
        // Museum` is two names.
        mark && i > 0
            && self.is_cap(i - 1)
            && self.is(i - 1, WordClass::Common)
            && self.reading(i - 1).is_none()
            && self.facts(i - 1).head().is_none()
    }

    /// Whether the `and` at token `i` follows a name of its own: a word no
    /// list knows (`Sasol and MTN Group`, `Petronas and Tenaga Nasional
    /// Berhad`), where the words of one name joined by `and` are words a
    /// list knows (`Revenue and Customs Service`, `Land and Titles Court`).
    fn ends_name_before_and(&self, i: usize) -> bool {
        self.is(i, WordClass::Conjunction) && is_unknown_word(self, i - 1)
    }

    /// An ordinal written in figures: digits, then the two letters of its
    /// ending (`3rd`, `101st`), whatever the language's endings are.
    fn is_ordinal(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let s = self.text[self.analysis.tokens[i].span()].as_bytes();
        let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
        digits >= 1 && s.len() == digits + 2 && s[digits..].iter().all(u8::is_ascii_lowercase)
    }

    /// A unit's number after its name: one to three figures, so not a
    /// year (`Task Force 50`, not `Planning Commission 2020`), and alone,
    /// not a tally's first number (`cleared the Senate 35-32`).
    fn is_designation(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let s = self.text[self.analysis.tokens[i].span()].as_bytes();
        let tally = matches!(self.punct(i + 1), Some('-' | '–' | '—')) && self.is_number(i + 2);
        (1..=3).contains(&s.len()) && s.iter().all(u8::is_ascii_digit) && !tally
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
        // Whether a particle opened the name as its given name: a part once
        // a word of the name follows it.
        let mut particle_given = false;
        while i < limit {
            if self.particle(i).is_some() && !(parts > 0 && self.is_cap(i) && !self.is_cap(i + 1)) {
                let next = if self.is_joining_hyphen(i + 1) {
                    i + 2
                } else if self.particle(i + 1).is_some() && !self.is_cap(i + 1) {
                    // Two particles in a row: `de la Fuente`, `van der Berg`.
                    i + 2
                } else {
                    i + 1
                };
                if next < limit
                    && self.is_cap(next)
                    && self.may_be_in_person_name(next)
                    && !self.is_function_word(next)
                {
                    // A particle that opens the name capitalised and is a
                    // given name too is the given name: `Ben Chan`, `Del
                    // Toro`, not the `ben` of `Yitzhak ben Zvi`. One of two
                    // letters is as often an article (`La Désirade`), and a
                    // kunya is a cue of its own (`Abu Varnakh`).
                    particle_given |= parts == 0
                        && self.is_cap(i)
                        && self.particle(i) == Some(false)
                        && self.is_given_name(i)
                        && self.analysis.tokens[i].span().len() >= 3
                        && !self.facts(i).cues_discovery();
                    i = next;
                    continue;
                }
                break;
            }
            // A place or an organization that is a surname too goes on a
            // name after a given name: `George Washington`, `Thomas Colton
            // Varn`, `Robert Ford`.
            let surname_entry = parts > 0
                && (parts == 1 || self.is_given_name(i - 1))
                && self.is_surname_entry_after_name(i);
            if self.is_cap(i)
                && !self.is_function_word(i)
                && (self.may_be_in_person_name(i)
                    || surname_entry
                    || parts > 0 && self.is_title_surname(i)
                    || parts == 0 && self.is_place_as_given_name(i)
                    || parts == 2 && self.is_second_surname(start, i))
            {
                parts += 1;
                i += 1;
                end = i;
                while i + 1 < limit
                    && self.is_joining_hyphen(i)
                    && (self.is_cap(i + 1) && self.may_be_in_person_name(i + 1)
                        || self.is_given_syllable(i - 1, i + 1))
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
        // person (`Security Media Cell`, `Anderson Ave`), unless an
        // organization's head is a given name after name parts (`Chan Kam
        // Wing`).
        if parts == 0 {
            return None;
        }
        parts += usize::from(particle_given);
        let headed = match self.facts(end - 1).head() {
            Some(EntityKind::Organization) => !self.is_name_with_given_head(start, end - 1),
            head => head.is_some(),
        };
        if headed {
            return None;
        }
        Some((end, parts))
    }

    /// Whether `start..=head` is a person's name whose last word is a given
    /// name that also heads organizations' names: every word before it a
    /// capitalised name part no list reads otherwise (`Chan Kam Wing`, not
    /// `Kestrel Wing`, `UN Board` nor, a prominent place first, `Kenya
    /// Power`).
    fn is_name_with_given_head(&self, start: usize, head: usize) -> bool {
        start < head
            && self.is(head, WordClass::Given)
            && (start..head).all(|t| {
                self.is_known_name_part(t)
                    && self.analysis.tokens[t].shape == Shape::Capitalized
                    && self.may_be_in_person_name(t)
            })
    }

    /// The kind of the gazetteer entry that token `i` names alone, as a
    /// hit of one token.
    fn one_word_entry_kind(&self, i: usize) -> Option<EntityKind> {
        match self.reading(i) {
            Some((k, Reading::Entry(_)))
                if self.hits[k].tokens.end - self.hits[k].tokens.start == 1 =>
            {
                self.entity_kind_at(i)
            }
            _ => None,
        }
    }

    /// Whether token `i` is a place of one word that is a known surname too.
    fn is_surname_place(&self, i: usize) -> bool {
        self.one_word_entry_kind(i) == Some(EntityKind::Place) && self.is_known_name_part(i)
    }

    /// Whether token `i` is a place that is a surname too, after a given
    /// name or a capitalised word no list knows (`George Washington`,
    /// `Valeska Paris`), or an organization of one word that is a surname
    /// too, after a given name (`Robert Ford`, `Tom Ford`). Whether the
    /// two are a person's name is for the rule that finds them to say;
    /// [`Doc::person_run`] takes the unknown word only as the first of two
    /// (`Fan Expo Canada` is no name).
    fn is_surname_entry_after_name(&self, i: usize) -> bool {
        i > 0
            && ((self.is_given_name(i - 1) || is_unknown_word(self, i - 1))
                && self.is_surname_place(i)
                || self.is_given_name(i - 1) && self.is_surname_organization(i))
    }

    /// Whether token `i` is a title that is a surname too, ending the
    /// capitalised run, as it ends a name after a given name: `Stephen King
    /// wrote`, `John Major said`, `Haleem Adil Sheikh rejected`. Not before
    /// its complement (`Mary Queen of Scots`).
    fn is_title_surname(&self, i: usize) -> bool {
        let next = i + 1;
        matches!(self.reading(i), Some((_, Reading::Title(_))))
            && self.is(i, WordClass::NamePart)
            && (!self.is_cap(next) || self.is(next, WordClass::NameSuffix))
            && self.particle(next).is_none()
            && !self.is_joining_hyphen(next)
            && !self
                .classes(next)
                .is_any(&[WordClass::Connector, WordClass::Complement])
    }

    /// Whether token `i` is an organization of one word that is a surname
    /// too, an ordinary word or not (`Ford`, `Dell`).
    fn is_surname_organization(&self, i: usize) -> bool {
        self.is(i, WordClass::NamePart)
            && self.one_word_entry_kind(i) == Some(EntityKind::Organization)
    }

    /// Whether a one-part name looks like a person's: a known name part that
    /// is not an ordinary word.
    fn is_known_name_part(&self, i: usize) -> bool {
        let facts = self.facts(i);
        facts.has(WordClass::NamePart) && !facts.has(WordClass::Common)
    }

    /// Whether token `i` is a second surname, as Spanish and Portuguese
    /// names have, after a given name at `start` and a surname: a surname
    /// of the lists that spells a place, no country, and ends the name
    /// (`Jorge Ruiz Santiago`, not `Jorge Ruiz Santiago Bernabéu`).
    fn is_second_surname(&self, start: usize, i: usize) -> bool {
        i == start + 2
            && self.is_given_name(start)
            && self.is_known_name_part(start + 1)
            && self.is_surname_place(i)
            && !self.is_country_at(i)
            && !self.is_cap(i + 1)
    }

    /// Whether the gazetteer's chosen reading of token `i` is a country.
    fn is_country_at(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((_, Reading::Entry(d)))
            if self.gazetteer.entries()[d.entry as usize].is_country())
    }

    /// Whether token `i` is a place the gazetteer knows by one word, however
    /// prominent, that is a given name too, before a name part no list
    /// reads otherwise or reads as a minor place (`Paris Hilton`, `Chad
    /// Michael Murray`, `Israel Katz`, `Sofia Paredes`), or, a place no
    /// country, before a word no list knows (`Sofia Kestrova`; `Kenya
    /// Varnacom` is a country's body). Not before an ordinary word
    /// (`Georgia Power`), nor after a preposition of place (`in Sofia
    /// Bulgarian officials`).
    pub(crate) fn is_place_as_given_name(&self, i: usize) -> bool {
        let next = i + 1;
        if !self.is_given_name(i)
            || !self.is_cap(next)
            || self.one_word_entry_kind(i) != Some(EntityKind::Place)
            || i.checked_sub(1)
                .is_some_and(|p| self.facts(p).is_place_preposition())
        {
            return false;
        }
        let surname = self.is(next, WordClass::NamePart)
            && !self.is(next, WordClass::Common)
            && (self.reading(next).is_none() || self.is_minor_place(next));
        surname || !self.is_country_at(i) && is_unknown_word(self, next)
    }

    /// The given name inside the run `start..end` that a capitalised
    /// ordinary word stands right before: a role no title list holds, no
    /// part of the name (`County Recorder Alicia Varnow`, `Sioux County
    /// Supervisor Pete Van Engen`). An ordinary word that is a name part
    /// too may be the person's (`Young Kim`), and an initial is one
    /// (`Kirk M. Bart`).
    fn given_name_after_role(&self, start: usize, end: usize) -> Option<usize> {
        (start + 1..end).find(|&g| self.is_given_name_after_role(g))
    }

    /// Whether token `g` is a given name after a role: see
    /// [`Doc::given_name_after_role`].
    fn is_given_name_after_role(&self, g: usize) -> bool {
        let Some(role) = g.checked_sub(1) else {
            return false;
        };
        // A particle in lower case is no given name: `Stade Municipal de
        // Tarnikh`.
        self.is_given_name(g)
            && self.is_cap(g)
            && self.is_cap(role)
            && !self.is_initial(role)
            && self.is(role, WordClass::Common)
            && !self.is(role, WordClass::NamePart)
            && self.reading(role).is_none()
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
                    || self.is_initial(p)
                    || p + 1 == end && p > floor && self.is_surname_entry_after_name(p);
            if !joins || end - p > MAX_NAME_TOKENS {
                break;
            }
            start = p;
        }
        // Titles and lower-case particles cannot open the run, nor an
        // ordinary word capitalised because it opens the sentence
        // (`Senators Ruth Okafor and`, `Residents Amos Keter said`).
        while start < end && !self.is_cap(start) && self.particle(start).is_none() {
            start += 1;
        }
        if start + 1 < end && is_opening_ordinary_word(self, start) {
            start += 1;
        }
        if let Some(portfolio_end) = self.portfolio_opening_at(start) {
            if portfolio_end >= end {
                return None;
            }
            start = portfolio_end;
        }
        start = self.given_name_after_role(start, end).unwrap_or(start);
        // The end of a longer name joined by `of`, `on`: `Theodorus of
        // Tabennese`, `Bank of England`; never a person alone.
        let joined = start >= 2
            && self.is(start - 1, WordClass::Connector)
            && self.is(start - 1, WordClass::Preposition)
            && !self.is_cap(start - 1)
            && self.is_cap(start - 2);
        // A run of two words or more that a body's or a place's prefix
        // opens is that name:
        // `Federación Campesina de Chusquipata, becoming …`.
        if joined || start + 1 < end && self.is_prefix_cue(start) {
            return None;
        }
        let (run_end, parts) = self.person_run(start, end)?;
        (run_end == end).then_some((start, parts))
    }

    /// The capitalised words of an organization or place name ending just
    /// before `end`, joined by connectors (`Ministry of Defence`) and
    /// hyphens, with nationality words and place names as modifiers.
    fn name_run_ending_at(&self, end: usize) -> usize {
        // The name stands in the sentence of what ends it (a head, a cue):
        // a heading's last word is no part of the next paragraph's name.
        let at = if end < self.len() {
            end
        } else {
            end.saturating_sub(1)
        };
        let floor = self
            .analysis
            .sentence_at(at)
            .map_or(0, |s| s.start as usize);
        let mut start = end;
        // Past an ordinary noun's possessive the name is a few capitalised
        // words (`Metro Employers' Council`, `Amalgamated Municipal and
        // Allied Workers' Union`), joined by no connector but `and`: `Yung
        // of New People's Party` is a person and a party.
        let mut past_possessive = false;
        while start > floor && end - start < MAX_NAME_TOKENS {
            let p = start - 1;
            let word = self.is_cap(p)
                && !self.is_function_word(p)
                && self.entity_kind_at(p) != Some(EntityKind::Person)
                && (!self.is_title_at(p)
                    || self.is_role_in_name(p)
                    || self.is_title_inside_body(p));
            if word {
                start = p;
            } else if p > floor
                && (!past_possessive || self.is(p, WordClass::Conjunction))
                && (self.is_joining_hyphen(p) || self.is_inner_connector(p))
                && self.is_cap(p - 1)
                && start < end
                && !self.ends_name_before_and(p)
            {
                start = p - 1;
            } else if let Some(word) = self
                .word_before_particle(p, floor)
                .filter(|_| start < end && !past_possessive)
            {
                start = word;
            } else if p > floor && !past_possessive && self.is_possessive_in_name(p) {
                start = p - 1;
                past_possessive = true;
            } else {
                break;
            }
        }
        // A connector cannot open a name, nor an ordinary word or a speech
        // cue that is only capitalised because it starts the sentence
        // ("Declaring Mosul"); a word no list knows is a name's there too
        // (`Kotoka International Airport reopened`).
        while start < end && !self.is_cap(start) {
            start += 1;
        }
        let ordinary = |t: usize| match self.reading(t) {
            Some((_, Reading::Cue(_))) => true,
            None => self.classes(t).is(WordClass::Common) && !self.is_known_name_part(t),
            Some(_) => false,
        };
        if start + 1 < end && start == self.analysis.sentence_start(start) && ordinary(start) {
            start += 1;
            // Nor the connector after it: `According to ABC News`.
            while start < end && !self.is_cap(start) {
                start += 1;
            }
        }
        // Two names are two when the first has a head of its own
        // (`University of Norland and Varn University`) or the gazetteer
        // knows it (`Anbar and Al Anbar Governorate`), unless the `and` is
        // inside a name the gazetteer knows (`Trinidad and Tobago Police`).
        if let Some(c) = (start + 1..end)
            .rev()
            .find(|&c| self.is(c, WordClass::Conjunction))
        {
            let inside_known = self.reading(c).is_some();
            let first_known = self.reading(c - 1).is_some();
            // A head alone, with neither a name before it nor its
            // complement after, is a field of the name, no name of its own:
            // `Mining and Energy Union`.
            let first_headed = (start..c).any(|t| {
                self.facts(t).head().is_some()
                    && (t > start || self.is(t + 1, WordClass::Complement))
            });
            if !inside_known && (first_headed || first_known) {
                start = c + 1;
            }
        }
        // A person's name does not open one across a connector: `Troy
        // Pellow of the Harbour Gazette` is a person of an organization.
        if self.is_given_name(start) {
            if let Some(c) = (start + 1..end)
                .rev()
                .find(|&c| self.is(c, WordClass::Connector))
            {
                start = c + 1;
                while start < end && !self.is_cap(start) {
                    start += 1;
                }
            }
        }
        self.with_opening_particle(start, floor)
    }

    /// `start`, or the lower-case particle hyphenated to the word there,
    /// not before `floor`: the article opens the name (`in al-Hartha
    /// district`).
    fn with_opening_particle(&self, start: usize, floor: usize) -> usize {
        match start.checked_sub(2) {
            Some(particle)
                if particle >= floor
                    && self.is_cap(start)
                    && self.is_joining_hyphen(particle + 1)
                    && !self.is_cap(particle)
                    && self.particle(particle).is_some() =>
            {
                particle
            }
            _ => start,
        }
    }

    /// The capitalised word before a lower-case particle that ends at
    /// token `p`, with its hyphens, not before `floor`: `Jaish al-Adl`,
    /// `Naqsh-e Jahan`, `Jamaat-e-Islami`.
    fn word_before_particle(&self, p: usize, floor: usize) -> Option<usize> {
        let mut q = p;
        if self.is_joining_hyphen(q) {
            q = q.checked_sub(1)?;
        }
        if q <= floor || self.is_cap(q) || self.particle(q).is_none() {
            return None;
        }
        q -= 1;
        if self.is_joining_hyphen(q) {
            q = q.checked_sub(1)?;
        }
        (q >= floor && self.is_cap(q)).then_some(q)
    }

    /// The first token of the capitalised words (at most three, no
    /// function word, no title) that end just before `end`; `end` if none.
    fn name_run_start(&self, end: usize) -> usize {
        let floor = end.saturating_sub(3);
        let mut start = end;
        while start > floor
            && self.is_cap(start - 1)
            && !self.is_function_word(start - 1)
            && !self.is_title_at(start - 1)
        {
            start -= 1;
        }
        start
    }

    /// Whether a cue phrase that stands before a name of an organization
    /// or a place ends just before token `end`: `the tabloid`, `the rights
    /// group`, `the village of`.
    fn kind_cue_ends_at(&self, end: usize) -> bool {
        self.kind_cue_ending_at(end)
            .is_some_and(|kind| kind != EntityKind::Person)
    }

    /// The kind a cue written before names tells, when one ends just
    /// before token `end` (`the firm`, `the village of`); a person's is
    /// told only when no other is.
    fn kind_cue_ending_at(&self, end: usize) -> Option<EntityKind> {
        let mut told = None;
        for k in 1..=end.min(3) {
            let first = end - k;
            let Some(g) = self.facts(first).phrase_group() else {
                continue;
            };
            for &p in &self.cues.phrase_groups[g] {
                let phrase = &self.cues.phrases[p];
                if phrase.position == CuePosition::Before
                    && phrase.words.len() == k
                    && self.phrase_at(first, &phrase.words)
                {
                    if phrase.kind != EntityKind::Person {
                        return Some(phrase.kind);
                    }
                    told = Some(phrase.kind);
                }
            }
        }
        told
    }

    /// Whether token `i` is a cue of one word that starts the name of a
    /// place or an organization (`Port`, `Cape`, `Daily`), as written.
    fn is_prefix_cue(&self, i: usize) -> bool {
        self.is_one_word_prefix(i, |kind| kind != EntityKind::Person)
    }

    /// Whether token `i` is a one-word prefix of people's names: a kunya
    /// or a nasab (`Abu`, `Umm`, `Ibn`), a name of its own with the word
    /// after it, whatever place it also spells.
    pub(crate) fn is_person_prefix(&self, i: usize) -> bool {
        self.is_one_word_prefix(i, |kind| kind == EntityKind::Person)
    }

    /// Whether token `i` is a prefix of one word of `name_cues.tsv`, of a
    /// kind `of_kind` accepts.
    fn is_one_word_prefix(&self, i: usize, of_kind: impl Fn(EntityKind) -> bool) -> bool {
        self.facts(i).phrase_group().is_some_and(|g| {
            self.cues.phrase_groups[g].iter().any(|&p| {
                let phrase = &self.cues.phrases[p];
                phrase.position == CuePosition::Prefix
                    && of_kind(phrase.kind)
                    && phrase.words.len() == 1
                    && self.phrase_at(i, &phrase.words)
            })
        })
    }

    /// The capitalised words from `start`, at most `max`, with no function
    /// word and no title. A particle in lower case that a hyphen joins to
    /// the next capitalised word goes on with them: `Aita al-Shaab`, `Kafr
    /// al-Dik`.
    fn cap_run(&self, start: usize, max: usize) -> usize {
        self.cap_run_until(start, max, |i| {
            self.opens_person_name(i) && !self.continues_known_name(i)
        })
    }

    /// Whether token `i` is inside a name the gazetteer reads, past its
    /// first word: `Juan` of `San Juan`, which opens no person's name there
    /// (`the village of San Juan Tolvak`).
    fn continues_known_name(&self, i: usize) -> bool {
        matches!(self.reading(i), Some((k, Reading::Entry(_)))
            if (self.hits[k].tokens.start as usize) < i)
    }

    /// [`Doc::cap_run`], stopping before a later word where `stop` says,
    /// rather than before a person's name.
    fn cap_run_until(&self, start: usize, max: usize, stop: impl Fn(usize) -> bool) -> usize {
        let limit = self.analysis.sentence_at(start).map_or(0, |s| s.end) as usize;
        let mut i = start;
        while i < limit
            && i - start < max
            && self.is_cap(i)
            && !self.is_function_word(i)
            && !self.is_title_at(i)
            && !(i > start && stop(i))
        {
            i += 1;
            loop {
                if i + 1 < limit && self.is_joining_hyphen(i) && self.is_cap(i + 1) {
                    i += 2;
                } else if i + 2 < limit && self.is_joined_particle(i) {
                    i += 3;
                } else {
                    break;
                }
            }
        }
        i
    }

    /// Whether token `i` is a particle in lower case that a hyphen joins
    /// to the capitalised word after it: `al` of `Aita al-Shaab`.
    fn is_joined_particle(&self, i: usize) -> bool {
        self.particle(i).is_some()
            && !self.is_cap(i)
            && self.is_joining_hyphen(i + 1)
            && self.is_cap(i + 2)
    }

    /// Whether a person's name starts at token `i`: one the gazetteer
    /// knows (`… to Counter ISIL Brett McGurk`), or a given name, then a
    /// capitalised word that is a name part or that no list knows (`Brett
    /// Okwudili`), not an ordinary word (`Georgia Tech`).
    fn opens_person_name(&self, i: usize) -> bool {
        let known = matches!(self.reading(i), Some((k, Reading::Entry(_)))
            if self.hits[k].tokens.start as usize == i)
            && self.entity_kind_at(i) == Some(EntityKind::Person);
        known
            || self.is_given_name(i)
                && self.is_cap(i + 1)
                && (self.is(i + 1, WordClass::NamePart) || is_unknown_word(self, i + 1))
                && !self.is(i + 1, WordClass::Common)
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
        how: How::Apposition,
        find: organizations_in_apposition,
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
        how: How::NameShape,
        find: regnal_names,
    },
    Rule {
        how: How::NameShape,
        find: nicknames,
    },
    Rule {
        how: How::Context,
        find: context::speakers,
    },
    Rule {
        how: How::Context,
        find: context::ages,
    },
    Rule {
        how: How::Context,
        find: context::agents,
    },
    Rule {
        how: How::Context,
        find: context::owners,
    },
    Rule {
        how: How::Context,
        find: context::life_dates,
    },
    Rule {
        how: How::Context,
        find: context::citations,
    },
    Rule {
        how: How::NameShape,
        find: context::ampersand_names,
    },
    Rule {
        how: How::Context,
        find: context::people_listed,
    },
    Rule {
        how: How::Context,
        find: context::teams,
    },
    Rule {
        how: How::Context,
        find: context::party_places,
    },
    Rule {
        how: How::Context,
        find: context::national_arms,
    },
    Rule {
        how: How::NameCue,
        find: cue_words,
    },
    Rule {
        how: How::Context,
        find: full_names,
    },
    Rule {
        how: How::NameCue,
        find: place_compounds,
    },
    Rule {
        how: How::NameCue,
        find: national_chapters,
    },
    Rule {
        how: How::Context,
        find: context::places_before_places,
    },
    Rule {
        how: How::Context,
        find: context::places_after_places,
    },
    Rule {
        how: How::Context,
        find: context::places_listed,
    },
    Rule {
        how: How::Context,
        find: context::places_after_prepositions,
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

/// The most given names written before a surname found alone.
const MAX_GIVEN_NAMES: usize = 2;

/// A person found by one word (`Fashanu said`), written elsewhere after
/// one or two capitalised words that no list knows or that are given
/// names, is named there in full: `Okwudili Fashanu lost his harvest`.
/// The rules that found the one word had the evidence the full name
/// lacked.
fn full_names(doc: &Doc<'_>, out: &mut Discovery) {
    let mut surnames: Vec<u32> = out
        .found
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.tokens.end - f.tokens.start == 1)
        .map(|f| doc.analysis.tokens[f.tokens.start as usize].spelling)
        .collect();
    if surnames.is_empty() {
        return;
    }
    surnames.sort_unstable();
    surnames.dedup();
    // A given name the gazetteer reads as a place of one word is the
    // person's here, who the rules found by the surname (`Salvador
    // Nasralla said he`, `Chad Okonkwo, a farmer,`), unless a preposition
    // makes it the place (`In Kenya Okwaro said`).
    let place_as_given = |t: usize| {
        doc.one_word_entry_kind(t) == Some(EntityKind::Place)
            && !(t > 0 && doc.is_preposition_word(t - 1))
    };
    let given = |t: usize| {
        doc.is_cap(t)
            && (is_unknown_word(doc, t)
                || doc.is_given_name(t) && (doc.reading(t).is_none() || place_as_given(t)))
    };
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        // Where the gazetteer reads the word as a place or an organization,
        // it names that (`HealthSpace Cleveland`).
        let read_otherwise = || {
            doc.entity_kind_at(t)
                .is_some_and(|kind| kind != EntityKind::Person)
        };
        let surname = surnames
            .binary_search(&doc.analysis.tokens[t].spelling)
            .is_ok();
        if t == 0 || !surname || read_otherwise() {
            continue;
        }
        let floor = doc
            .analysis
            .sentence_start(t)
            .max(t.saturating_sub(MAX_GIVEN_NAMES));
        let start = (floor..t).rev().take_while(|&g| given(g)).last();
        if let Some(start) = start {
            out.name(TokenRange::new(start, t + 1), EntityKind::Person);
        }
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
        // A given name opens a person's name more often than a place's:
        // `Yuri Gagarin`, `Troy Patterson` (two towns each).
        if i < resume || !minor_place(i) || doc.is_given_name(i) {
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

/// A country's chapter of an international body: a place or a nationality
/// word, then the name of an organization of no one country in two words
/// or more, after `the` or opening the sentence (`The Kenya Red Cross
/// said`, `the Lebanese Red Cross`); or that name, then a country's, before
/// a word in lower case or a stop (`Amnesty International Kenya said`,
/// `Transparency International Indonesia researcher`). Its own
/// organization, not the body's.
fn national_chapters(doc: &Doc<'_>, out: &mut Discovery) {
    for (k, hit) in doc.hits.iter().enumerate() {
        let (start, end) = (hit.tokens.start as usize, hit.tokens.end as usize);
        // The tokens first, at hand; the entry only for the few hits beside
        // a capitalised word.
        let named_before = start > 0 && doc.is_cap(start - 1);
        if end - start < 2 || !(named_before || doc.is_cap(end)) {
            continue;
        }
        let Reading::Entry(decision) = doc.readings[k] else {
            continue;
        };
        let entry = &doc.gazetteer.entries()[decision.entry as usize];
        if entry.kind() != EntityKind::Organization || entry.country().is_some() {
            continue;
        }
        if named_before {
            if let Some(opening) = nationality_before(doc, start) {
                out.name(TokenRange::new(opening, end), EntityKind::Organization);
            }
        }
        if let Some(country_end) = country_after(doc, end) {
            out.name(
                TokenRange::new(start, country_end),
                EntityKind::Organization,
            );
        }
    }
}

/// Where a nationality word or a place that ends just before token
/// `start` opens, when it opens the sentence or follows `the`.
fn nationality_before(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let nationality = match doc.reading(start - 1) {
        Some((n, Reading::Demonym)) => n,
        Some((n, Reading::Entry(_)))
            if doc.entity_kind_at(start - 1) == Some(EntityKind::Place) =>
        {
            n
        }
        _ => return None,
    };
    let tokens = doc.hits[nationality].tokens;
    let opening = tokens.start as usize;
    let opens = opening == doc.analysis.sentence_start(opening)
        || opening > 0 && doc.is(opening - 1, WordClass::Definite);
    (tokens.end as usize == start && opens).then_some(opening)
}

/// The end of a country's name that the gazetteer reads from token `start`
/// on, when a word in lower case, a stop or the text's end follows it.
fn country_after(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let (n, Reading::Entry(decision)) = doc.reading(start)? else {
        return None;
    };
    let tokens = doc.hits[n].tokens;
    let end = tokens.end as usize;
    let country = tokens.start as usize == start
        && doc.gazetteer.entries()[decision.entry as usize].is_country();
    let closed = end >= doc.len() || !doc.is_cap(end) && !doc.is_punct(end, b'-');
    (country && closed).then_some(end)
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
        // Or a portfolio: `Minister for Finance`, `Minister for Lands and
        // Survey`.
        if doc.is(name_start, WordClass::Complement) {
            let mut j = name_start + 1;
            if doc.is(j, WordClass::Definite) {
                j += 1;
            }
            match doc.reading(j) {
                Some((h, Reading::Entry(_))) if doc.hits[h].tokens.start as usize == j => {
                    name_start = doc.hits[h].tokens.end as usize;
                }
                _ => name_start = doc.portfolio_end(name_start).unwrap_or(name_start),
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
        // Nor one ordinary word that is no name part, whatever the title:
        // `Prince Series`, `General Motors` name things.
        if parts == 1
            && doc.is(name_start, WordClass::Common)
            && !doc.is(name_start, WordClass::NamePart)
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

/// The longest apposition that names an organization's kind: `, Malaysia's
/// state oil and gas firm,`.
const MAX_KIND_APPOSITION: usize = 8;

/// The most words of an organization's name that an apposition of its
/// kind follows.
const MAX_APPOSED_NAME: usize = 3;

/// A name no list reads, set beside a noun phrase that a cue of
/// organizations ends, or its complement: `Eskom, the state power utility,
/// said`, `Petronas, Malaysia's state oil firm,`, `Zantrofex, a Kenyan
/// maker of solar panels,`. The phrase opens with a determiner or a
/// possessive (not another name, as in a list) and the cue ends it.
fn organizations_in_apposition(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        if c == 0 || !doc.is_cap(c - 1) {
            continue;
        }
        let opens = doc.is(c + 1, WordClass::Determiner)
            || doc.is(c + 1, WordClass::Possessive)
            || doc.is_cap(c + 1)
                && doc
                    .analysis
                    .tokens
                    .get(c + 2)
                    .is_some_and(|t| t.class == Class::Possessive);
        if !opens {
            continue;
        }
        let limit = doc
            .analysis
            .sentence_end(c)
            .min(c + 2 + MAX_KIND_APPOSITION);
        // A hyphen inside a word is no end: `a Lagos-based lender`.
        let Some(close) =
            (c + 2..limit).find(|&k| doc.punct(k).is_some() && !doc.is_joining_hyphen(k))
        else {
            continue;
        };
        // The cue ends the phrase, or its complement follows it: `a
        // Kenyan maker of solar panels`, `a supplier to European retailers`.
        let cue_ends = |end: usize| doc.kind_cue_ending_at(end) == Some(EntityKind::Organization);
        let complemented = || {
            (c + 3..close)
                .any(|k| doc.is(k, WordClass::Complement) && !doc.is_cap(k) && cue_ends(k))
        };
        if !(cue_ends(close) || complemented()) {
            continue;
        }
        let floor = doc.analysis.sentence_start(c - 1);
        let mut start = c - 1;
        while start > floor
            && c - start < MAX_APPOSED_NAME
            && doc.is_cap(start - 1)
            && doc.reading(start - 1).is_none()
            && !doc.is_function_word(start - 1)
        {
            start -= 1;
        }
        // `However, the firm said`; `Maria Varnek, the budget airline,`.
        let a_name = (start..c).all(|t| !doc.is_function_word(t) && !doc.is(t, WordClass::Given));
        if a_name {
            out.name(TokenRange::new(start, c), EntityKind::Organization);
        }
    }
}

/// `Tahseen al-Khafaji, the JOC spokesman,` and `the Dutch Ambassador to
/// Iraq, Hans Sande,`.
fn appositions(doc: &Doc<'_>, out: &mut Discovery) {
    // The titles, in text order: both phrases hold one within a window of
    // the comma, and a comma with none near it is passed over without
    // reading the words around it. `next` is the first title that does not
    // end before the window of the comma at hand.
    let titles: Vec<TokenRange> = doc
        .hits
        .iter()
        .zip(doc.readings)
        .filter(|(_, reading)| matches!(reading, Reading::Title(_)))
        .map(|(hit, _)| hit.tokens)
        .collect();
    let mut next = 0;
    for &c in &doc.analysis.commas {
        let c = c as usize;
        if c == 0 {
            continue;
        }
        let window_start = c.saturating_sub(WINDOW);
        while titles
            .get(next)
            .is_some_and(|title| title.end as usize <= window_start)
        {
            next += 1;
        }
        if titles
            .get(next)
            .is_none_or(|title| title.start as usize >= c + 1 + WINDOW)
        {
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
            let closes =
                end >= limit || matches!(doc.punct(end), Some(',' | '.' | ';' | ')' | ':'));
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
    // A past verb before a determiner opens the sentence's predicate, not a
    // noun phrase: `the State Great Khural, elected a premier`.
    let determined = |k: usize| doc.is(k, WordClass::Determiner) || doc.is(k, WordClass::Definite);
    if doc.is_lower_ending_in(start, b"ed") && determined(start + 1) {
        return None;
    }
    let mut i = start;
    let mut title = None;
    while i < limit {
        if doc.is_title_at(i) {
            let (k, _) = doc.reading(i)?;
            i = doc.hits[k].tokens.end as usize;
            title = Some(doc.hits[k].tokens);
            break;
        }
        // Any word but a speech cue or a preposition may qualify the title:
        // `the ministry spokesman`, `one of the founders`, `a Lagos-based
        // lawyer`; not `deployed from the 158th Fighter Wing`, a clause.
        let preposition = doc.is(i, WordClass::Preposition) && !doc.is(i, WordClass::Complement);
        let word = doc.is_word(i) && !matches!(doc.reading(i), Some((_, Reading::Cue(_))));
        let qualifier = word && !preposition || doc.is_joining_hyphen(i);
        if !qualifier || i - start >= 5 {
            return None;
        }
        i += 1;
    }
    let title = title?;
    // A name right after the title is its holder's, who opens a clause
    // rather than describing the name before the comma: `…, Speaker Anita
    // Among said`, `At the Kelmoor Bay Lodge, President Ruto thanked …`.
    if doc.is_cap(i) && opens_holder_name(doc, i) {
        return None;
    }
    // The complement: `of the Iraqi Joint Operations Command (JOC)`.
    let mut depth = 0usize;
    while i < limit {
        match doc.punct(i) {
            Some('(') => depth += 1,
            Some(')') if depth > 0 => depth -= 1,
            Some(',' | '.' | ';' | ':' | '"') if depth == 0 => break,
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

/// Whether token `i`, capitalised after a title, opens the name of the
/// title's holder: a given name, a word no list knows, a known name part
/// or a person of the gazetteer (`Mr Johnson`, `President Ruto`).
fn opens_holder_name(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_given_name(i)
        || is_unknown_word(doc, i)
        || doc.is_known_name_part(i)
        || doc.entity_kind_at(i) == Some(EntityKind::Person)
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
    // Whether a common noun is written after the title: then only in its
    // complement (`a spokesperson for the group,`, `the head of the
    // agency,`), not as what the title qualifies.
    let mut noun = false;
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
        let common_noun =
            doc.is_word(i) && !doc.classes(i).is_closed_class() && doc.reading(i).is_none();
        if !(complement || common_noun) {
            return None;
        }
        noun |= !complement;
    }
    let title = title?;
    if noun && !doc.is(title.end as usize, WordClass::Complement) {
        return None;
    }
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
                    run_end == end || matches!(doc.punct(run_end), Some('(' | ',' | '|' | '-'));
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
            let joins = doc.is(run_end, WordClass::Conjunction)
                || matches!(doc.punct(run_end), Some(',' | '&'));
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
        // A word no list knows starts a name only before another part:
        // asked of the few such words, it spares the run of every other.
        let given = doc.facts(i).has(WordClass::Given);
        let unknown_given = !given
            && (doc.is_cap(i + 1) || doc.particle(i + 1).is_some())
            && is_unknown_word(doc, i);
        // A surname a parent gave as a given name, before a word no list
        // knows that ends the name: `Jensen Ackles and`, `Jensen Ackles
        // said`; not a name that qualifies a noun (`Varnell Kestra
        // speakers`), which is as often a language's or a place's.
        let before_noun = |t: usize| {
            doc.is_word(t)
                && !doc.is_cap(t)
                && doc.is(t, WordClass::Common)
                && !doc.classes(t).is_closed_class()
                && !matches!(doc.reading(t), Some((_, Reading::Cue(_))))
        };
        let surname_given = !given
            && !unknown_given
            && doc.is_cap(i + 1)
            && !doc.is_cap(i + 2)
            && is_plain_surname(doc, i)
            && is_unknown_word(doc, i + 1)
            && !before_noun(i + 2);
        let family_first = !unknown_given && !surname_given && is_family_name_first(doc, i);
        if !family_first {
            if let Some(end) = family_name_before_syllables(doc, i) {
                // Read whole, over what the gazetteer reads in its syllables.
                out.name(TokenRange::new(i, end), EntityKind::Person);
                resume = end;
                continue;
            }
        }
        if !(given || unknown_given || surname_given || family_first) {
            continue;
        }
        let starts = doc.is_cap(i)
            && (doc.may_be_in_person_name(i) || doc.is_place_as_given_name(i))
            && !(i > 0
                && (doc.is_cap(i - 1) && !doc.is_function_word(i - 1)
                    || doc.particle(i - 1).is_some())
                && doc.analysis.sentence_start(i) != i
                && !is_opening_ordinary_word(doc, i - 1)
                // `Kenyan Eliud Varnek`: a nationality qualifies the person.
                && !doc.is_demonym_at(i - 1)
                // `County Recorder Alicia Varnow`: so does a role.
                && !doc.is_given_name_after_role(i))
            // `the Harlow Ledger`: a determined name is a thing's.
            && !(i > 0 && doc.is(i - 1, WordClass::Determiner))
            // `residents of Orlando East`: a cue names its kind.
            && !doc.kind_cue_ends_at(i)
            // `Port Hutt`, `Cape Verran`: a given name that also starts the
            // names of places or organizations is read so, by its cue.
            && !doc.is_prefix_cue(i)
            && (family_first || !is_acronym_before_word(doc, i));
        if !starts {
            continue;
        }
        if family_first {
            // The family name and the given name's syllables, whole.
            out.name(TokenRange::new(i, i + 4), EntityKind::Person);
            resume = i + 4;
            continue;
        }
        let limit = doc.analysis.sentence_end(i);
        match doc.person_run(i, limit) {
            Some((end, parts))
                if parts >= 2
                    && ends_a_name(doc, i, end - 1)
                    && (!unknown_given
                        || is_plain_surname(doc, end - 1)
                        || is_unknown_pair(doc, i, end))
                    && (!surname_given || end == i + 2) =>
            {
                let start = doc.given_name_after_role(i, end).unwrap_or(i);
                if end - start >= 2 {
                    out.name(TokenRange::new(start, end), EntityKind::Person);
                }
                resume = end;
            }
            _ => {}
        }
    }
}

/// Whether the person's run `start..end` is two words no list knows,
/// inside a sentence, after no preposition of place nor possessive and
/// before a word: a person's name the name lists lack (`officials met
/// Chukwuma Obiora on Monday`), where a place would follow `in` or `near`
/// and a work someone's name (`Lagrange's Mécanique Analytique`); a
/// body's name holds an ordinary word or a head, which ends no person's
/// run. Before a stop or a comma the words are as often a place's or a
/// language's, and other rules read what comes there (`Obiora, 45,`).
fn is_unknown_pair(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    end == start + 2
        && start > doc.analysis.sentence_start(start)
        && !doc.facts(start - 1).is_place_preposition()
        && doc.analysis.tokens[start - 1].class != Class::Possessive
        && is_unknown_word(doc, start + 1)
        && doc.is_word(end)
}

/// Whether token `i` is written in capitals, three letters or more, before
/// a word written in lower case but its first letter: an acronym that
/// qualifies what follows (`ANG Airmen`, `NATO Secretary`), no given name
/// the list spells so (`Ang`). Two capitals may be initials (`JJ Abrams`).
fn is_acronym_before_word(doc: &Doc<'_>, i: usize) -> bool {
    let tokens = &doc.analysis.tokens;
    tokens[i].shape == Shape::Upper
        && tokens[i].span().len() >= 3
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.shape == Shape::Capitalized)
}

/// A given name and a regnal number after it, in capitals: `Johann II`,
/// `Henry V`, `Mswati III`. Not after another capitalised word, which
/// would start the name (`Prince Johann II` is the title's), and not `I`,
/// the pronoun.
fn regnal_names(doc: &Doc<'_>, out: &mut Discovery) {
    for &i in &doc.analysis.capitalized {
        let i = i as usize;
        // The number first: it rules out nearly every word.
        let regnal = doc.is_regnal_number(i + 1)
            && doc.is(i, WordClass::Given)
            && doc.may_be_in_person_name(i)
            && !(i > 0 && doc.is_cap(i - 1) && doc.analysis.sentence_start(i) != i);
        if regnal {
            out.name(TokenRange::new(i, i + 2), EntityKind::Person);
        }
    }
}

/// The most tokens a nickname in quotation marks may hold: `“J.D.”`,
/// `"Big Mike"`.
const MAX_NICKNAME_TOKENS: usize = 4;

/// A nickname in quotation marks between a given name and a surname is part
/// of the name: `Julia "Butterfly" Hill`, `Col. John “J.D.” Dorrian`. The
/// first name is a name part no list reads as an ordinary word, or a word
/// no list knows (`Jungwook "Wookie" Kim`).
fn nicknames(doc: &Doc<'_>, out: &mut Discovery) {
    for &i in &doc.analysis.capitalized {
        let (given, open) = (i as usize, i as usize + 1);
        // The mark first: it rules out nearly every word.
        if !doc.is_punct(open, b'"') {
            continue;
        }
        let name = doc.is_known_name_part(given) || is_unknown_word(doc, given);
        if !name || !doc.may_be_in_person_name(given) {
            continue;
        }
        // The marks hug the nickname: a mark that closes a quotation is
        // not one that opens a nickname (`"Finn" Polmar. Microsoft "`).
        let last = (open + 2 + MAX_NICKNAME_TOKENS).min(doc.len());
        let Some(close) = (open + 2..last).find(|&t| doc.is_punct(t, b'"')) else {
            continue;
        };
        let spaced = |t: usize| doc.analysis.tokens.get(t).is_some_and(|t| t.space_before);
        let hugged = spaced(open) && !spaced(open + 1) && !spaced(close) && spaced(close + 1);
        let nickname = (open + 1..close).all(|t| doc.is_cap(t) || doc.is_punct(t, b'.'));
        if !hugged || !nickname {
            continue;
        }
        let limit = doc.analysis.sentence_end(close + 1);
        let Some((end, _)) = doc.person_run(close + 1, limit) else {
            continue;
        };
        let start = doc
            .person_run_ending_at(given + 1)
            .map_or(given, |(start, _)| start);
        out.name(TokenRange::new(start, end), EntityKind::Person);
    }
}

/// Whether token `i` opens its sentence with a capital only for that, an
/// ordinary word that is no name part: `Nonpartisan Paul Tse won`,
/// `Veteran Ilse Varn spoke`.
fn is_opening_ordinary_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.analysis.sentence_start(i) == i
        && doc.is(i, WordClass::Common)
        && !doc.is(i, WordClass::NamePart)
        && doc.reading(i).is_none()
}

/// Whether token `i` is a family name written before a hyphenated given
/// name of two romanised syllables, the second in lower case: `Lam
/// Cheuk-ting`, `Kwon Ha-rin`, `Wong Kwok-kin`. A double surname writes
/// its second part with a capital (`Anna Smith-Jones`); a place and what
/// it qualifies start with an ordinary word (`Wall Street-based`).
fn is_family_name_first(doc: &Doc<'_>, i: usize) -> bool {
    let syllable = |t: usize| {
        let word = &doc.text[doc.analysis.tokens[t].span()];
        (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_alphabetic())
    };
    // A family name that is also a function word (`Oh`, `An`, `So`) before
    // a given name of romanised syllables the gazetteer reads as nothing:
    // `Oh Jae-won`, not `In Kyiv-based firms`.
    let function_word_as_family = |i: usize| {
        is_romanised_syllable(doc.folded(i + 1))
            && is_romanised_syllable(doc.folded(i + 3))
            && doc.reading(i + 1).is_none()
    };
    let tokens = &doc.analysis.tokens;
    // Punctuation two words on first: it rules out nearly every word.
    tokens.get(i + 2).is_some_and(|t| t.class == Class::Punct)
        && doc.is_joining_hyphen(i + 2)
        && doc.is(i, WordClass::NamePart)
        && (!doc.is_function_word(i) || function_word_as_family(i))
        && tokens[i].shape == Shape::Capitalized
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.shape == Shape::Capitalized)
        && tokens.get(i + 3).is_some_and(|t| t.shape == Shape::Lower)
        && syllable(i + 1)
        && syllable(i + 3)
        && !doc.is(i + 1, WordClass::Common)
}

/// The most letters of a romanised syllable of a given name: `Thuong`,
/// `Nguyet`.
const MAX_SYLLABLE_LETTERS: usize = 6;

/// The most romanised syllables of a given name after the family name:
/// `Nguyen Thi Minh Khai`.
const MAX_GIVEN_SYLLABLES: usize = 3;

/// The end of a name that token `i` starts as a family name written before
/// a given name of two or three romanised syllables, each capitalised,
/// that end the capitalised run: `Nguyen Van Hung said`, `Tran Thi Mai,
/// 45,`, `Kim Il Sung`; or of one that the name lists know as a given
/// name: `Wang Li attended`. The family name is a known name part and no
/// ordinary word, which the gazetteer reads as nothing else; the syllables
/// may be ordinary words (`Van`, `Son`, `Long`) or a minor place's alias
/// (`Van Thanh`), or closed-class words (`An`, `In`): capitalised in such
/// a run they are names. A run that goes on is another name's (`Le Van Tam
/// Park`).
fn family_name_before_syllables(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let tokens = &doc.analysis.tokens;
    // A capitalised word after it first: most capitalised words have
    // none.
    let capitalised = |t: usize| tokens.get(t).is_some_and(|t| t.shape == Shape::Capitalized);
    if !(capitalised(i) && capitalised(i + 1) && is_plain_surname(doc, i)) {
        return None;
    }
    let sentence_end = doc.analysis.sentence_end(i);
    let limit = sentence_end.min(i + 2 + MAX_GIVEN_SYLLABLES);
    let end = (i + 1..limit)
        .find(|&t| tokens[t].shape != Shape::Capitalized)
        .unwrap_or(limit);
    let run_ends = end < limit || end == sentence_end;
    let syllables = end - i - 1;
    let enough = syllables >= 2
        || syllables == 1 && doc.is(i + 1, WordClass::Given) && !doc.is_joining_hyphen(end);
    if !run_ends || !enough {
        return None;
    }
    let syllable = |t: usize| {
        is_romanised_syllable(doc.folded(t))
            && doc.facts(t).head().is_none()
            && syllable_reading_yields(doc, t, end)
    };
    (i + 1..end).all(syllable).then_some(end)
}

/// Whether `folded`, a word's fold, has the shape of one romanised
/// syllable of Vietnamese, Chinese or Korean: two to six Latin letters,
/// consonants, one group of vowels, and a final among `n`, `ng`, `nh`,
/// `m`, `p`, `t`, `c`, `ch`, `k` and `l` (`Văn`, `Thanh`, `Nguyệt`, `Il`,
/// `Đức`). `Reform` and `Dvořák` have two groups of vowels and `Act` ends
/// in `ct`: they are no syllables.
fn is_romanised_syllable(folded: &str) -> bool {
    const FINALS: [&str; 11] = ["", "n", "ng", "nh", "m", "p", "t", "c", "ch", "k", "l"];
    if !(2..=MAX_SYLLABLE_LETTERS).contains(&folded.len())
        || !folded.bytes().all(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let Some(first_vowel) = folded.find(is_vowel) else {
        return false;
    };
    let after_vowels = folded[first_vowel..]
        .find(|c| !is_vowel(c))
        .map_or(folded.len(), |k| first_vowel + k);
    let last = &folded[after_vowels..];
    !last.contains(is_vowel) && FINALS.contains(&last)
}

/// Whether what the gazetteer reads at token `t`, a syllable of a given
/// name that ends before `end`, gives way to the name: nothing, a role
/// noun written whole (`Son`, not `Gen.`), or a minor place that lies
/// within the name.
fn syllable_reading_yields(doc: &Doc<'_>, t: usize, end: usize) -> bool {
    match doc.reading(t) {
        None | Some((_, Reading::Unresolved)) => true,
        Some((_, Reading::Title(_))) => doc.punct(t + 1) != Some('.'),
        Some((k, Reading::Entry(d))) => {
            let entry = &doc.gazetteer.entries()[d.entry as usize];
            entry.kind() == EntityKind::Place
                && entry.prior() < STRONG_PLACE_PRIOR
                && doc.hits[k].tokens.end as usize <= end
        }
        Some(_) => false,
    }
}

/// Whether token `i` is a capitalised word no list knows: no name part,
/// no ordinary or closed-class word, nothing the gazetteer reads. Before a
/// known surname it is a given name the lists lack (`Okwudili Okafor`).
fn is_unknown_word(doc: &Doc<'_>, i: usize) -> bool {
    let facts = doc.facts(i);
    let classes = facts.classes();
    let known = classes.is(WordClass::NamePart)
        || classes.is(WordClass::Common)
        || classes.is_closed_class()
        || facts.cues_discovery()
        || doc.reading(i).is_some();
    // Three letters at least: `St`, `Dr` are abbreviations.
    let word = doc.folded(i);
    !known
        && doc.analysis.tokens[i].shape == Shape::Capitalized
        && word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_alphabetic() || b >= 0x80)
}

/// Whether token `i` is a known surname and nothing else the gazetteer
/// reads: after an unknown word, `Okafor` makes a name, `Mérida` (a city)
/// does not. The surname of a gazetteer person the text does not name is
/// still a plain surname (`Sipho Dlamini`).
fn is_plain_surname(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_known_name_part(i) && matches!(doc.reading(i), None | Some((_, Reading::Unresolved)))
}

/// The longest office of a title: `Attorney General`, `Chief Minister`.
const MAX_OFFICE_TOKENS: usize = 3;

/// Where the office whose possessive stands before the head at `head`
/// starts, when one does: `the Ombudsman's Office`, `the Attorney
/// General's Office`. An office that holds a body names it, with no name
/// of its own before the head but the place it serves: `the Varn County
/// Sheriff's Office`.
fn office_holder_before(doc: &Doc<'_>, head: usize) -> Option<usize> {
    let possessive = head.checked_sub(1)?;
    if doc.analysis.tokens[possessive].class != Class::Possessive {
        return None;
    }
    let title = |t: usize| doc.is_cap(t) && doc.is_title_at(t);
    let floor = possessive.saturating_sub(MAX_OFFICE_TOKENS);
    let office = (floor..possessive).rev().take_while(|&t| title(t)).last()?;
    let place = doc.name_run_ending_at(office);
    let serves = place < office
        && (place..office).any(|t| {
            doc.entity_kind_at(t) == Some(EntityKind::Place)
                || doc.facts(t).head() == Some(EntityKind::Place)
        })
        && (place..office).all(|t| doc.entity_kind_at(t) != Some(EntityKind::Organization));
    Some(if serves { place } else { office })
}

/// Whether token `last` may end a name that the given name at `first`
/// starts. An ordinary word may only if it is a surname too (`Isaac
/// Newton`, not `Thanksgiving Day`); after a given name that is an ordinary
/// word itself only a known surname that is none may, or a word no list
/// knows at all when the given name is no closed-class word (`Will`, `One`)
/// and follows no number, which makes the words an edition's (`the 2014
/// Winter Paralympics`): `Mark Hamill`, `Faith Tolvakwe`, `Maria
/// Kestrova`, not `Royal Society`, `Grace Garden` nor `Will Tolvak be
/// ready?`. A word in
/// capitals without stops after one that is not is an acronym, no
/// surname: `Maria BBA` is a firm's unit (an initial is the name's, `George
/// W.`; a heading in capitals writes names so, `HANS SANDE`).
fn ends_a_name(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let ordinary = |i: usize| doc.is(i, WordClass::Common);
    let upper = |i: usize| doc.analysis.tokens[i].shape == Shape::Upper;
    let acronym = upper(last) && !doc.text[doc.analysis.tokens[last].span()].contains('.');
    if acronym && !upper(first) {
        return false;
    }
    if ordinary(first) {
        doc.is_known_name_part(last)
            || is_unknown_word(doc, last)
                && !doc.classes(first).is_closed_class()
                && !(first > 0 && doc.is_number(first - 1))
    } else {
        !ordinary(last) || doc.is(last, WordClass::NamePart)
    }
}

/// Heads, prefixes and surrounding cue words.
fn cue_words(doc: &Doc<'_>, out: &mut Discovery) {
    for &i in doc.cue_tokens {
        let i = i as usize;
        if doc.is_cap(i) {
            if let Some(kind) = doc.facts(i).head() {
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
            if is_written_into_name(doc, i, phrase) {
                // Written after the name, the cue is its head: `the Bay Area`.
                if matches!(phrase.position, CuePosition::After | CuePosition::AfterList) {
                    head_cue(doc, i, phrase.kind, out);
                }
                continue;
            }
            phrase_cue(doc, i, phrase, out);
        }
    }
}

/// Where a name that ends at a head starts when a person the gazetteer
/// knows is written right before it: the place or body is named after the
/// person (`Queen Elizabeth Stadium`, `Jomo Kenyatta Airport`).
fn with_person_before(doc: &Doc<'_>, start: usize) -> usize {
    let Some(p) = start.checked_sub(1) else {
        return start;
    };
    match doc.reading(p) {
        Some((k, Reading::Entry(_)))
            if doc.hits[k].tokens.end as usize == start
                && doc.entity_kind_at(p) == Some(EntityKind::Person)
                && doc.is_cap(doc.hits[k].tokens.start as usize) =>
        {
            doc.hits[k].tokens.start as usize
        }
        _ => start,
    }
}

/// Whether a cue of one word listed in lower case that stands beside the
/// name of a place or an organization is written here as a word of one,
/// capitalised inside its sentence: `the Near East`, `the Bay Area`, not
/// `near Mosul`. A cue of more words names its kind capitalised too: `the
/// City of Cleveland`.
fn is_written_into_name(doc: &Doc<'_>, i: usize, phrase: &Phrase) -> bool {
    matches!(
        phrase.position,
        CuePosition::Before | CuePosition::After | CuePosition::AfterList
    ) && phrase.kind != EntityKind::Person
        && phrase.words.len() == 1
        && !phrase.capital
        && doc.is_cap(i)
        && doc.analysis.sentence_start(i) != i
}

/// A head at token `i`, capitalised, ends a capitalised name of its kind:
/// `Anbar Governorate`, `Council of Ministers`. Capitalised inside a
/// sentence after `the`, a head of organizations alone is the short name
/// of one: `the Coalition`.
fn head_cue(doc: &Doc<'_>, i: usize, kind: EntityKind, out: &mut Discovery) {
    if kind == EntityKind::Organization {
        if let Some(start) = office_holder_before(doc, i) {
            out.name(TokenRange::new(start, i + 1), kind);
            return;
        }
    }
    // A head joined by a hyphen to a name's word before it ends one word
    // with it: `the Post-Courier`, not `All-District`.
    let hyphenated = i > 1
        && doc.is_joining_hyphen(i - 1)
        && doc.is_cap(i - 2)
        && !doc.classes(i - 2).is_closed_class();
    // A head hyphenated to a word, where a person found before ends in the
    // same word, is that person's double surname: `State Sen. Renee
    // Castellanos-Ward … Castellanos-Ward, a senator`.
    if hyphenated && ends_person_found(doc, out, i) {
        return;
    }
    let start = if hyphenated {
        doc.name_run_ending_at(i - 1)
    } else {
        with_person_before(doc, doc.name_run_ending_at(i))
    };
    let start = match kind {
        EntityKind::Place if start == i => name_before_particle(doc, i).unwrap_or(start),
        _ => after_person_found(doc, out, start, i),
    };
    // A name the gazetteer knows up to its head is that name, and what
    // follows is no part of it: `Quds Force of Iran`. The head alone, a
    // name too, still opens a body's name with its purpose: `Centre` is a
    // province of three countries, `the Centre for Policy Alternatives` none.
    // A head inside a name the gazetteer knows, which goes on past it, ends
    // no name: `Major League Baseball`, not `the Boston Red Sox of Major
    // League`.
    let known = matches!(doc.reading(i), Some((k, Reading::Entry(_)))
        if doc.hits[k].tokens.end as usize > i + 1
            || doc.hits[k].tokens.end as usize == i + 1
                && doc.hits[k].tokens.start as usize <= start
                && !(doc.hits[k].tokens.start as usize == i && is_purpose(doc, i + 1)));
    // A head that is a given name too may end a person's name: `Chan Kam
    // Wing`, not the `Kestrel Wing`.
    let person = kind == EntityKind::Organization && doc.is_name_with_given_head(start, i);
    // A head that opens a title is the title's: `Pentagon Press Secretary`,
    // `RAF Wing Commander`.
    let title = matches!(doc.reading(i), Some((k, Reading::Title(_)))
        if doc.hits[k].tokens.start as usize == i && doc.hits[k].tokens.end as usize > i + 1);
    if known || person || title {
        return;
    }
    let start = if kind == EntityKind::Organization {
        with_ordinal(doc, start)
    } else {
        start
    };
    let mut end = i + 1;
    // The complement, after the head's `of`: `Council of Ministers`,
    // `Church of Norvalia`, `Foundation for the Visual Arts`.
    let mut complement = end;
    if doc.is(end, WordClass::Complement) {
        complement = end + 1;
        // After `the`, or `a` when the head opens the name: `Committee for
        // a Responsible Federal Budget`, not `Boston University for a Master
        // of Education`.
        let article = doc.is(complement, WordClass::Definite)
            || start == i && doc.is(complement, WordClass::Determiner);
        if article && doc.is_cap(complement + 1) {
            complement += 1;
        }
        let mut run = complement_run(doc, complement, 3);
        // `Board of Antiquities and Heritage`, `Ministry for the Propagation
        // of Virtue and the Prevention of Vice`, but not into a name with a
        // head of its own: `University of Norland and Varn University`.
        let words_after = |connector: usize| {
            connector + 1 + usize::from(doc.is(connector + 1, WordClass::Definite))
        };
        while run > complement
            && run - complement < MAX_NAME_TOKENS
            && doc.is(run, WordClass::Connector)
            && doc.is_cap(words_after(run))
        {
            let after = words_after(run);
            let next = doc.cap_run(after, 3);
            // No capitalised word after the connector (`Corps of Engineers
            // on Monday`), or one with a head of its own, or after `and` a
            // name the gazetteer knows (`Ministry of Oil and Iraq's army`).
            let and = doc.is(run, WordClass::Conjunction);
            let own_name =
                |t: usize| doc.facts(t).head().is_some() || and && doc.reading(t).is_some();
            if next == after || (after..next).any(own_name) {
                break;
            }
            run = next;
        }
        if run > complement {
            run = field_list_end(doc, run).unwrap_or(run);
        }
        // After `to`, a name with a head of its own, or one the gazetteer
        // knows, is another name: `from US Weekly to Time Magazine`, `from
        // Kelvaro Airport to Lagos`, not `Coalition to Counter ISIL`. So is
        // it after a place's `for`, which gives the place's use: `Varne
        // Stadium for the NFL Browns`, not `Centre for Disease Control`.
        let use_of_place = kind == EntityKind::Place && is_purpose(doc, end);
        let another_name = (doc.is(end, WordClass::Infinitive) || use_of_place)
            && (doc.entity_kind_at(complement).is_some()
                || (complement..run).any(|t| doc.facts(t).head().is_some()));
        if run > complement && !another_name {
            end = run;
        }
    } else if kind == EntityKind::Organization && doc.is_designation(end) {
        // `Task Force 50`: a unit's number is part of its name.
        end += 1;
    } else if kind == EntityKind::Organization
        && let Some(topic_end) = topic_after(doc, end)
    {
        complement = end + 1;
        end = topic_end;
    }
    // A place's head with a purpose after it names a body: `the Centre for
    // Policy Alternatives`, `Nigeria Centre for Disease Control`.
    let kind = if kind == EntityKind::Place && end > i + 1 && is_purpose(doc, i + 1) {
        EntityKind::Organization
    } else {
        kind
    };
    if start < i {
        let tokens = TokenRange::new(start, end);
        out.name_with_core(tokens, TokenRange::new(start, i), kind);
    } else if end > i + 1 {
        let tokens = TokenRange::new(i, end);
        out.name_with_core(tokens, TokenRange::new(complement, end), kind);
    } else if alone_head(doc, i, kind) {
        // A capitalised article after a word is the name's: `told The
        // Gleaner`, not `the Tribune` nor a sentence's `The`.
        let article = i - 1;
        let inside = article > 0 && doc.is_word(article - 1);
        let start = if inside && doc.is_cap(article) {
            article
        } else {
            i
        };
        out.name(TokenRange::new(start, i + 1), kind);
    }
}

/// The end of a body's topic after its head, when the preposition at `on`
/// opens one: capitalised ordinary words that no list reads as a name or a
/// head (`Committee on Foreign Relations`, `Council on Foreign Relations`).
/// The preposition is one that also opens a circumstance and is no
/// complement of `of`'s kind; a time or a place after it is the
/// circumstance (`the Board on Monday`, `Congress on Capitol Hill`,
/// `Space Center on STS-1` is a place's head anyway).
fn topic_after(doc: &Doc<'_>, on: usize) -> Option<usize> {
    let preposition = doc.is_word(on)
        && !doc.is_cap(on)
        && doc.is(on, WordClass::Preposition)
        && doc.is(on, WordClass::Circumstance)
        && !doc.is(on, WordClass::Complement);
    if !preposition {
        return None;
    }
    let end = topic_run(doc, on + 1)?;
    Some(topic_list_end(doc, on, end))
}

/// The end of a run of a topic's words from `start`, if one starts there.
fn topic_run(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let end = doc.cap_run(start, 3);
    let topic = |t: usize| {
        doc.is(t, WordClass::Common)
            && !doc.is_function_word(t)
            && doc.reading(t).is_none()
            && doc.facts(t).head().is_none()
    };
    (end > start && (start..end).all(topic)).then_some(end)
}

/// Where the topics of a body after `on` end, the first ending at `end`:
/// the last after a conjunction, and `the`, with those listed before it
/// after commas (`Committee on Agriculture, Water and Natural Resources`,
/// `Committee on Natural Resources and the Environment`). Topics after
/// commas with no conjunction to close the list are not the name's.
fn topic_list_end(doc: &Doc<'_>, on: usize, end: usize) -> usize {
    let mut at = end;
    while at - on < MAX_NAME_TOKENS {
        let comma = doc.punct(at) == Some(',');
        let joint = at + usize::from(comma);
        let conjunction = doc.is_word(joint) && doc.is(joint, WordClass::Conjunction);
        if !comma && !conjunction {
            break;
        }
        let next = joint + usize::from(conjunction);
        let next = next + usize::from(conjunction && doc.is(next, WordClass::Definite));
        let Some(run) = topic_run(doc, next) else {
            break;
        };
        if conjunction {
            return run;
        }
        at = run;
    }
    end
}

/// Where a name running from `start` to the head at `head` starts past
/// the last person `out` has found inside it, and the connectors after
/// that person: `Analyst Fransiska Wulandari of Mandala Sekuritas` names a
/// person and a firm.
fn after_person_found(doc: &Doc<'_>, out: &Discovery, start: usize, head: usize) -> usize {
    // A person right before the head gives the body its name: `the Ruth
    // Okafor Foundation`.
    let Some(last) = (start..head.saturating_sub(1))
        .rev()
        .find(|&t| out.ends_person(t))
    else {
        return start;
    };
    let mut end = last + 1;
    while end < head && !doc.is_cap(end) {
        end += 1;
    }
    end
}

/// Whether a person `out` has found, named by two words or more, ends in
/// the word of token `i`.
fn ends_person_found(doc: &Doc<'_>, out: &Discovery, i: usize) -> bool {
    let spelling = doc.analysis.tokens[i].spelling;
    out.found.iter().any(|f| {
        f.kind == EntityKind::Person
            && f.tokens.end - f.tokens.start >= 2
            && doc.analysis.tokens[f.tokens.end as usize - 1].spelling == spelling
    })
}

/// The first word of the name that a particle joins to a place's head at
/// `head`: `Davao del Norte`, `Lanao del Sur`.
fn name_before_particle(doc: &Doc<'_>, head: usize) -> Option<usize> {
    // The word before first: most heads follow no particle.
    let p = head.checked_sub(1)?;
    if doc.is_cap(p) || doc.particle(p).is_none() && !doc.is_joining_hyphen(p) {
        return None;
    }
    let floor = doc.analysis.sentence_start(head);
    let word = doc.word_before_particle(p, floor)?;
    Some(doc.name_run_ending_at(word + 1))
}

/// Whether token `i`, the complement of a head that opens a name, says
/// what the named thing is for: a complement that is no preposition of
/// place or time (`for`, not `of` or `to`). A place so named is a body:
/// `the Centre for Policy Alternatives`, not `the Valley of the Kings`.
fn is_purpose(doc: &Doc<'_>, i: usize) -> bool {
    doc.is(i, WordClass::Complement) && !doc.is(i, WordClass::Preposition)
}

/// Where the name of an institution that a prefix opens ends: its
/// capitalised words, and more of them after a connector, an article or a
/// particle inside it (`Ministry of the Interior`, `Ministry of Gender
/// Equality and Family`, `Universidad Nacional de Educación`, `Jaish
/// al-Adl`); after `and`, not into a name of its own, known or cued
/// (`Ministry of Oil and Iraq's army`).
fn institution_end(doc: &Doc<'_>, after: usize) -> usize {
    let mut end = doc.cap_run(after, 4);
    while end - after < MAX_NAME_TOKENS {
        let mut next = end;
        // `of`, and the particles and connectors of the languages whose
        // institutions English news names untranslated: `de`, `da`, `du`,
        // `y`, `do`, `por`; two of them in a row (`Pêches et des Océans`,
        // `Agricultura y de Riego`).
        let connector = |t: usize| {
            (doc.is(t, WordClass::Connector)
                || doc.particle(t).is_some()
                || doc.is_foreign_connector(t))
                && !doc.is_cap(t)
        };
        if connector(next) {
            next += 1 + usize::from(doc.is_joining_hyphen(next + 1));
            if connector(next) && doc.is_foreign_connector(end) {
                next += 1 + usize::from(doc.is_joining_hyphen(next + 1));
            }
        }
        let article = doc.is(next, WordClass::Definite) || doc.particle(next).is_some();
        if article && !doc.is_cap(next) {
            next += 1 + usize::from(doc.is_joining_hyphen(next + 1));
        }
        let run = complement_run(doc, next, 4);
        // A cue heads a name only as its last word: `Island Affairs` is a
        // field, `Osk Island` a place.
        let own_name = doc.is(end, WordClass::Conjunction)
            && run > next
            && ((next..run).any(|t| doc.reading(t).is_some())
                || doc.facts(run - 1).cues_discovery()
                || doc.is_prefix_cue(next));
        if next == end || run == next || own_name {
            return field_list_end(doc, end).unwrap_or(end);
        }
        end = run;
    }
    end
}

/// Where a place's name that a prefix opens at `after`, its capitalised
/// words ending at `end`, ends: on over the particles of the languages
/// such names are written in, one or two, before more capitalised words
/// (`Estadio Olímpico de la Ciudad`, `Stade Kestrel de Tarnikh`).
fn place_name_end(doc: &Doc<'_>, after: usize, mut end: usize) -> usize {
    let particle = |t: usize| doc.particle(t).is_some() && !doc.is_cap(t);
    while end - after < MAX_NAME_TOKENS && particle(end) {
        let next = end + 1 + usize::from(particle(end + 1));
        let run = doc.cap_run(next, 3);
        if run == next {
            break;
        }
        end = run;
    }
    end
}

/// The end of the capitalised words of a body's complement from `start`,
/// at most `max` ([`Doc::cap_run`]), or past a title of the body's
/// members written last: `House of Representatives`, `Board of Governors`.
fn complement_run(doc: &Doc<'_>, start: usize, max: usize) -> usize {
    let run = doc.cap_run(start, max);
    let members =
        run == start && doc.is_cap(start) && doc.is_title_at(start) && !doc.is_cap(start + 1);
    if members { start + 1 } else { run }
}

/// Where a list of the fields a body covers ends, when one goes on at
/// the comma `comma` after the first: `Ministry of Education, Science and
/// Technology`, `Ministry of Health, Labour and Welfare`. Each field is a
/// run of capitalised ordinary words, none the head of a name of its own,
/// and the last comes after `and`: without it the comma ends the name
/// (`Ministry of Health, Kenya's largest employer`), and names are no
/// fields (`the Ministry of Health, Nairobi and Kisumu`).
fn field_list_end(doc: &Doc<'_>, comma: usize) -> Option<usize> {
    let plain = |from: usize, to: usize| {
        to > from
            && (from..to).all(|t| doc.is(t, WordClass::Common) && doc.facts(t).head().is_none())
    };
    let mut at = comma;
    while at - comma < MAX_NAME_TOKENS && doc.punct(at) == Some(',') {
        // `, and Technology`: the comma before the last field.
        let and = at + 1;
        if doc.is(and, WordClass::Conjunction) && !doc.is_cap(and) {
            let end = doc.cap_run(and + 1, 3);
            return plain(and + 1, end).then_some(end);
        }
        let end = doc.cap_run(at + 1, 3);
        if !plain(at + 1, end) {
            return None;
        }
        if doc.is(end, WordClass::Conjunction) && !doc.is_cap(end) {
            let last = doc.cap_run(end + 1, 3);
            return plain(end + 1, last).then_some(last);
        }
        at = end;
    }
    None
}

/// Where the name of a place that a prefix ending in `of` opens at `i`
/// starts, with the capitalised words after `the` that qualify the prefix:
/// `the Hashemite Kingdom of Jordan`, `the Federated Republic of Varnesh`.
/// Words a list reads otherwise are no qualifiers (`the Norwegian Kingdom of
/// Varn`).
fn with_qualifiers(doc: &Doc<'_>, i: usize, after: usize) -> usize {
    if !doc.is(after - 1, WordClass::Complement) {
        return i;
    }
    let start = doc.name_run_ending_at(i);
    let qualifiers = start > 0
        && start < i
        && doc.is(start - 1, WordClass::Definite)
        && (start..i).all(|t| doc.reading(t).is_none());
    if qualifiers { start } else { i }
}

/// The most names a list after a cue may add.
const MAX_LISTED: usize = 8;

/// The names listed after a name that ends at `end`, when they make one
/// list with it that a conjunction closes: `the villages of Varnek, Osk and
/// Talmenes`. A list left open (`the town of Tolvik, Okafor said`) adds
/// none.
fn coordinated_after(doc: &Doc<'_>, end: usize) -> Vec<TokenRange> {
    let mut names = Vec::new();
    let mut at = end;
    let mut closed = false;
    while !closed && names.len() < MAX_LISTED {
        // `, X`, `and X`, `, and X`.
        let conjunction = doc.is(at, WordClass::Conjunction);
        if !conjunction && doc.punct(at) != Some(',') {
            break;
        }
        let next = at + 1 + usize::from(!conjunction && doc.is(at + 1, WordClass::Conjunction));
        closed = conjunction || next > at + 1;
        let name_end = doc.cap_run(next, 3);
        if name_end == next {
            break;
        }
        names.push(TokenRange::new(next, name_end));
        at = name_end;
    }
    if !closed {
        names.clear();
    }
    names
}

/// Whether `name`, before a cue written after it, may be a name of `kind`:
/// a place's has a word that is no ordinary word (`the Tharthar area`, not
/// `the Social Welfare constituency`), and no nationality word, which
/// says whose the place is (`a Syrian village`, `the Armenian town`).
fn names_by_cue_after(doc: &Doc<'_>, name: TokenRange, kind: EntityKind) -> bool {
    kind != EntityKind::Place
        || name
            .indices()
            .any(|t| doc.is_word(t) && !doc.is(t, WordClass::Common))
            && !name.indices().any(|t| doc.is_demonym_at(t))
}

/// Whether the name at `start` is the object of a preposition, and the cue
/// at `cue` after it a verb whose subject comes before: `The mayor of Tolvik
/// resigned` (the mayor resigned). Not after `by`, which names the author
/// (`studies by Varnholt et al.`), nor before `who`, which may be the name's.
fn is_object_before_verb(doc: &Doc<'_>, start: usize, cue: usize) -> bool {
    doc.is_governed_name(start)
        && !doc.is(start - 1, WordClass::Agent)
        && !doc.is(cue, WordClass::Relative)
}

/// The names listed before a name that starts at `start`, when they make
/// one list with it that a conjunction closes before it: `the Varnek, Osk
/// and Talmenes districts`. A list with no conjunction before the last
/// name (`In Tolvik, Osk district`) adds none.
fn coordinated_before(doc: &Doc<'_>, start: usize) -> Vec<TokenRange> {
    let mut names = Vec::new();
    let mut at = start;
    // The last name follows `and` (or `, and`); the others a comma.
    let joined = |at: usize, first: bool| {
        let before = at.checked_sub(1)?;
        if doc.is(before, WordClass::Conjunction) {
            let comma = before > 0 && doc.punct(before - 1) == Some(',');
            Some(before - usize::from(comma))
        } else if !first && doc.punct(before) == Some(',') {
            Some(before)
        } else {
            None
        }
    };
    while names.len() < MAX_LISTED {
        let Some(end) = joined(at, names.is_empty()) else {
            break;
        };
        let name_start = doc.name_run_ending_at(end);
        if name_start == end || end - name_start > 3 {
            break;
        }
        names.push(TokenRange::new(name_start, end));
        at = name_start;
    }
    names
}

/// Where an organization's name that starts at `start` starts with the
/// ordinal numbering it: `3rd Battalion`, `101st Airborne Division`, and
/// with the place or nationality before that (`U.S. 5th Fleet`).
fn with_ordinal(doc: &Doc<'_>, start: usize) -> usize {
    let Some(ordinal) = start.checked_sub(1).filter(|&o| doc.is_ordinal(o)) else {
        return start;
    };
    let before = doc.name_run_ending_at(ordinal);
    let modifiers = (before..ordinal)
        .filter(|&t| doc.is_word(t))
        .all(|t| doc.entity_kind_at(t) == Some(EntityKind::Place) || doc.is_demonym_at(t));
    if before < ordinal && modifiers {
        before
    } else {
        ordinal
    }
}

/// Capitalised inside a sentence after `the`, a head of organizations alone
/// is the short name of one: `the Coalition`.
fn alone_head(doc: &Doc<'_>, i: usize, kind: EntityKind) -> bool {
    i > 0
        && doc.is(i - 1, WordClass::Definite)
        && doc.analysis.sentence_start(i) != i
        && !doc.is_cap(i + 1)
        && kind == EntityKind::Organization
        && doc.reading(i).is_none()
        // A head in capitals is an abbreviation, a common noun alone: `the
        // TV series`.
        && doc.analysis.tokens[i].shape == Shape::Capitalized
}

/// A cue phrase written at token `i` marks the capitalised name it goes
/// with, by its position: a prefix starts the name (`Camp Taji`), a phrase
/// before or after stands beside it (`the city of Ramadi`, `the Tharthar
/// area`).
fn phrase_cue(doc: &Doc<'_>, i: usize, phrase: &Phrase, out: &mut Discovery) {
    let after = i + phrase.words.len();
    match phrase.position {
        CuePosition::Prefix => {
            let end = match phrase.kind {
                // A company's whole name, though it holds a person's:
                // `PT Samudra Karya Nusantara`.
                EntityKind::Organization if doc.facts(i).is_leading_legal_form() => {
                    doc.cap_run_until(after, MAX_NAME_TOKENS, |_| false)
                }
                EntityKind::Organization => institution_end(doc, after),
                // `Abu Bakr al-Varni`: the person's name, particles and all.
                EntityKind::Person if after < doc.len() => doc
                    .person_run(after, doc.analysis.sentence_end(after))
                    .map_or(after, |(end, _)| end),
                EntityKind::Person => after,
                // Not a role before a person's name, nor into the name:
                // `County Recorder Alicia Varnow`.
                EntityKind::Place => {
                    // The name may open with a particle a hyphen joins to it:
                    // `Nahr al-Kabir`, `Hayy al-Andalus`.
                    let first = if doc.is_joined_particle(after) {
                        after + 2
                    } else {
                        after
                    };
                    let end = doc.cap_run(first, 4);
                    let end = if end > first {
                        place_name_end(doc, after, end)
                    } else {
                        after
                    };
                    let given_limit = (end + 1).min(doc.len());
                    doc.given_name_after_role(after, given_limit)
                        .map_or(end, |g| g - 1)
                }
            };
            // A name that ends in the head of another kind is of that kind,
            // the head's rule's to find: `Port Elmira University`. Not one
            // an institution's noun opens: `Banco del Sur`, `Minera Plata
            // del Sur`.
            let headed_otherwise = end > after
                && phrase.kind != EntityKind::Organization
                && doc
                    .facts(end - 1)
                    .head()
                    .is_some_and(|head| head != phrase.kind);
            if headed_otherwise {
                return;
            }
            if end > after && phrase.kind == EntityKind::Place {
                // A place so named is another than the one its core may name:
                // `Camp Taji` is no town, `Colonia Roma` no capital.
                let start = with_qualifiers(doc, i, after);
                out.name(TokenRange::new(start, end), phrase.kind);
            } else if end > after {
                out.name_with_core(
                    TokenRange::new(i, end),
                    TokenRange::new(after, end),
                    phrase.kind,
                );
            }
        }
        CuePosition::Extends => {
            // Only a name the gazetteer knows, of the cue's kind, whole:
            // `North Arabian Sea`, not `East Asian Studies`.
            if let Some((k, Reading::Entry(_))) = doc.reading(after) {
                let known = doc.hits[k].tokens;
                if known.start as usize == after && doc.entity_kind_at(after) == Some(phrase.kind) {
                    let tokens = TokenRange::new(i, known.end as usize);
                    out.name_with_core(tokens, known, phrase.kind);
                }
            }
        }
        CuePosition::Closes => {
            // Only after a name the gazetteer knows, of the cue's kind,
            // whole: `Antipolo City` is Antipolo.
            if let Some((k, Reading::Entry(_))) = i.checked_sub(1).and_then(|p| doc.reading(p)) {
                let known = doc.hits[k].tokens;
                if known.end as usize == i && doc.entity_kind_at(i - 1) == Some(phrase.kind) {
                    let tokens = TokenRange::new(known.start as usize, after);
                    out.name_with_core(tokens, known, phrase.kind);
                }
            }
        }
        // A cue hyphenated to the word before it is part of a modifier:
        // `a second-team All-District pick` names no team.
        CuePosition::Before if i > 0 && doc.is_joining_hyphen(i - 1) => {}
        CuePosition::Before => match named_after_calling(doc, after, phrase.kind) {
            Some(name) => out.name(name, phrase.kind),
            None => name_after_cue(doc, after, phrase.kind, out),
        },
        CuePosition::After if phrase.kind == EntityKind::Person => {
            // `Fashanu was born`, `Fashanu, who`, `Fashanu (born …)`,
            // `Fashanu had died`: the cue word alone is listed, so that no
            // frequent word (`was`) cues a rule.
            let mut end = i;
            while end > 0
                && (doc.is(end - 1, WordClass::Be)
                    || doc.is(end - 1, WordClass::Auxiliary)
                    || matches!(doc.punct(end - 1), Some(',' | '(')))
                && end + 3 > i
            {
                end -= 1;
            }
            if let Some((start, parts)) = doc.person_run_ending_at(end) {
                if !is_object_before_verb(doc, start, i) {
                    name_person_run(doc, TokenRange::new(start, end), parts, out);
                }
            }
        }
        CuePosition::Possessed
            if i > 0 && doc.analysis.tokens[i - 1].class == Class::Possessive =>
        {
            if phrase.kind == EntityKind::Person {
                person_ending_at(doc, i - 1, out);
            } else {
                let start = doc.name_run_ending_at(i - 1);
                // A name the gazetteer knows as something else keeps its
                // reading: `Kenya's revenue` is the country's.
                let known_other = (start..i - 1)
                    .any(|t| matches!(doc.entity_kind_at(t), Some(k) if k != phrase.kind));
                if start + 1 < i && i - 1 - start <= 3 && !known_other {
                    out.name(TokenRange::new(start, i - 1), phrase.kind);
                }
            }
        }
        CuePosition::Possessed if phrase.kind == EntityKind::Organization => {
            // Without the possessive, before the name of the one who holds
            // the post: `Zantrofex founder Hugh Merle`, `Zantrofex chief
            // executive Mara Velt`.
            if let Some(name) = organization_before_post(doc, i, after) {
                out.name(name, EntityKind::Organization);
            }
        }
        CuePosition::Possessed => {}
        CuePosition::After => {
            let start = doc.name_run_ending_at(i);
            let name = TokenRange::new(start, i);
            if start < i && i - start <= 3 && names_by_cue_after(doc, name, phrase.kind) {
                out.name(name, phrase.kind);
            } else if phrase.kind == EntityKind::Place {
                if let Some(name) = place_before_apposition(doc, i, after) {
                    out.name(name, EntityKind::Place);
                }
            }
        }
        CuePosition::AfterList => {
            // The names are several, the last after the conjunction: `the
            // Osk and Talmenes districts`.
            let run = doc.name_run_ending_at(i);
            let start = (run..i)
                .rev()
                .find(|&t| doc.is(t, WordClass::Conjunction))
                .map_or(run, |c| c + 1);
            let name = TokenRange::new(start, i);
            if start < i && i - start <= 3 && names_by_cue_after(doc, name, phrase.kind) {
                out.name(name, phrase.kind);
                for name in coordinated_before(doc, start) {
                    if names_by_cue_after(doc, name, phrase.kind) {
                        out.name(name, phrase.kind);
                    }
                }
            }
        }
        CuePosition::WithPlace => {
            // The place whole, and the name ends with it: `Health Canada
            // said`, not `Air Canada Centre` (a name of its own).
            if let Some((k, Reading::Entry(_))) = doc.reading(after) {
                let place = doc.hits[k].tokens;
                let end = place.end as usize;
                let whole = place.start as usize == after
                    && doc.entity_kind_at(after) == Some(EntityKind::Place)
                    && !doc.is_cap(end);
                if whole && !(i > 0 && doc.is_cap(i - 1) && !doc.is_function_word(i - 1)) {
                    out.name(TokenRange::new(i, end), phrase.kind);
                }
            }
        }
        CuePosition::Alone => {
            // `Congress passed`, not `the US Congress` (a name the head
            // ends) nor `Congress Party`.
            let named_beside = |t: usize| doc.is_cap(t) && !doc.is_function_word(t);
            let beside = i > 0 && named_beside(i - 1) || named_beside(after);
            if !beside {
                out.name(TokenRange::new(i, after), phrase.kind);
            }
        }
        CuePosition::Distance => {
            if let Some(name) = place_before_distance(doc, i) {
                out.name(name, phrase.kind);
            }
        }
        CuePosition::Head | CuePosition::LegalForm | CuePosition::LegalFormPrefix => {}
    }
}

/// The name before a comma and a distance, a number of the units at
/// `unit` with at most two words that qualify it before (`about`, `just
/// over`, `roughly`): `Kivoro, about 40 km north of the capital`,
/// `Tolvik, 12 miles away`. A place, as nothing else lies so far from
/// somewhere; not a name the gazetteer reads as another kind, nor a
/// clause's subject (`Okafor, who was 40 km away`, `Okafor, walking 10 km
/// a day`).
fn place_before_distance(doc: &Doc<'_>, unit: usize) -> Option<TokenRange> {
    let number = unit.checked_sub(1)?;
    if !(doc.is_number(number) || doc.is(number, WordClass::Quantifier)) {
        return None;
    }
    // A word of a closed class or an adverb's ending, not a verb's
    // (`walking 10 km`) nor one that opens a clause.
    let qualifier = |t: usize| {
        let classes = doc.classes(t);
        doc.is_word(t)
            && !doc.is_cap(t)
            && (classes.is_closed_class() || doc.is_lower_ending_in(t, b"ly"))
            && !classes.is_any(&[
                WordClass::Relative,
                WordClass::Conjunction,
                WordClass::Auxiliary,
                WordClass::Be,
            ])
    };
    let mut comma = number.checked_sub(1)?;
    while number - comma <= MAX_APPOSITION_MODIFIERS && qualifier(comma) {
        comma = comma.checked_sub(1)?;
    }
    if doc.punct(comma) != Some(',') {
        return None;
    }
    let start = doc.name_run_ending_at(comma);
    let name = TokenRange::new(start, comma);
    let other_kind = name
        .indices()
        .any(|t| matches!(doc.entity_kind_at(t), Some(k) if k != EntityKind::Place));
    let place = start < comma
        && comma - start <= 3
        && !other_kind
        && names_by_cue_after(doc, name, EntityKind::Place);
    place.then_some(name)
}

/// The most ordinary words between the article of an apposition and the
/// noun that ends it: `a small farming village`.
const MAX_APPOSITION_MODIFIERS: usize = 2;

/// The name before a comma that an apposition says is a place, the noun
/// of a place's kind at `cue..after` ending it before a preposition or a
/// stop: `Kivoro, a village in western Kenya`, `Catatumbo, a remote region
/// near the border,`. Not a noun that qualifies another (`Okafor, a
/// village elder,`), and not a name the gazetteer reads.
fn place_before_apposition(doc: &Doc<'_>, cue: usize, after: usize) -> Option<TokenRange> {
    let modifier = |t: usize| doc.is_word(t) && !doc.is_cap(t) && !doc.classes(t).is_closed_class();
    let mut article = cue.checked_sub(1)?;
    while cue - article <= MAX_APPOSITION_MODIFIERS && modifier(article) {
        article = article.checked_sub(1)?;
    }
    let comma = article.checked_sub(1)?;
    if !doc.is(article, WordClass::Determiner) || doc.punct(comma) != Some(',') {
        return None;
    }
    let ends = doc.punct(after).is_some() || doc.is(after, WordClass::Preposition);
    let start = doc.name_run_ending_at(comma);
    let name = TokenRange::new(start, comma);
    let unread = name.indices().all(|t| doc.reading(t).is_none());
    let place = ends && start < comma && unread && names_by_cue_after(doc, name, EntityKind::Place);
    place.then_some(name)
}

/// The name a cue written before it names (`the city of Ramadi`, `shares
/// of Zantrofex`), which starts at token `after`, with the names listed
/// after it.
fn name_after_cue(doc: &Doc<'_>, after: usize, kind: EntityKind, out: &mut Discovery) {
    // A person's full name, that ends its clause: `the victim was named as
    // Zilvo Kantera`, `the late Ruth Okafor`.
    if kind == EntityKind::Person {
        if let Some(name) = context::name_after(doc, after).filter(|n| n.end - n.start >= 2) {
            out.name(name, kind);
        }
        return;
    }
    // An organization's name may follow `the` and hold connectors,
    // up to a list's conjunction: `the leader of the Indigenous
    // People of Biafra`.
    let organization = kind == EntityKind::Organization;
    let of = doc.is(after - 1, WordClass::Complement);
    let after = if organization && doc.is(after, WordClass::Definite) && doc.is_cap(after + 1) {
        after + 1
    } else {
        after
    };
    // A name opens with none of the words it may hold inside: `an
    // exporter to European buyers` names no one.
    if organization && !doc.is_cap(after) && doc.is_function_word(after) {
        return;
    }
    let end = if organization {
        let end = institution_end(doc, after);
        (after..end)
            .find(|&t| doc.is(t, WordClass::Conjunction))
            .unwrap_or(end)
    } else {
        doc.cap_run(after, 3)
    };
    // After `of`, not the owner of what follows (`members of Sapir's
    // group`; the company of `the company Hitwise UK's` is its own);
    // nor a particle alone (`members of the Al bu Nimr tribe`).
    let owner = of
        && doc
            .analysis
            .tokens
            .get(end)
            .is_some_and(|t| t.class == Class::Possessive);
    let particle = end == after + 1 && doc.particle(after).is_some();
    if organization && (owner || particle) {
        return;
    }
    // A name the gazetteer knows whole as another kind keeps its reading
    // (`the leader of Kenya`), unless a minor place of one word, which a
    // name no list knows may fold as (`the startup Quillon`, Quilon); a
    // nationality word alone qualifies a noun (`a spokesman for the
    // Indonesian military`).
    let known_otherwise = doc
        .whole_entry_kind(TokenRange::new(after, end))
        .is_some_and(|known| known != kind)
        && !doc.is_minor_place(after);
    let nationality = end == after + 1 && doc.is_demonym_at(after);
    if known_otherwise || nationality {
        return;
    }
    // A name cut at a line break before a capitalised word is no place by
    // its first words (`flew to New¶York`); a line after the name that
    // opens with a function word is a sentence of its own.
    let cut = doc
        .analysis
        .tokens
        .get(end)
        .is_some_and(|t| t.paragraph_start && doc.is_cap(end) && !doc.is_function_word(end));
    if kind == EntityKind::Place && cut {
        return;
    }
    // A name joined by a hyphen to a lower-case word modifies the
    // next one: `an analyst at Nairobi-based Sterling Capital`.
    if end > after && !doc.is_joining_hyphen(end) {
        let name = TokenRange::new(after, end);
        out.name(name, kind);
        for name in coordinated_after(doc, end) {
            out.name(name, kind);
        }
    }
}

/// The name a verb of naming gives after a body's cue: `a political
/// action committee called Restore Our Prairie Values`, `a startup dubbed
/// Quillon`. Written in title case, the name holds its capitalised function
/// words, and connectors between capitalised words (`a charity called
/// Friends of the Varn`), but not a circumstance after it (`the firm
/// called Reuters on Monday`).
fn named_after_calling(doc: &Doc<'_>, at: usize, kind: EntityKind) -> Option<TokenRange> {
    let naming = matches!(doc.reading(at), Some((k, &Reading::Cue(verb)))
        if doc.hits[k].tokens.start as usize == at
            && doc.hits[k].tokens.end as usize == at + 1
            && doc.gazetteer.lists.speech_verbs[verb as usize].frame == Frame::Call);
    if kind != EntityKind::Organization || !naming {
        return None;
    }
    let start = at + 1;
    let limit = doc.analysis.sentence_end(at);
    let mut end = start;
    while end < limit && end - start < MAX_NAME_TOKENS {
        if doc.is_cap(end) {
            end += 1;
        } else if end > start
            && doc.is_inner_connector(end)
            && !doc.is(end, WordClass::Circumstance)
        {
            // `of the`: the article goes with the connector.
            let word = end + 1 + usize::from(doc.is(end + 1, WordClass::Definite));
            if !doc.is_cap(word) {
                break;
            }
            end = word + 1;
        } else {
            break;
        }
    }
    (end > start).then(|| TokenRange::new(start, end))
}

/// The name of an organization written right before the post at `post`
/// that a person's name follows at `after`, with no possessive: one to
/// three capitalised words the gazetteer does not read, none an ordinary
/// word, a title or a closed-class word (`LibriVox founder Hugh McGuire`;
/// not `Internet founder Vint Calder`).
fn organization_before_post(doc: &Doc<'_>, post: usize, after: usize) -> Option<TokenRange> {
    if post == 0 || !doc.is_cap(post - 1) || !doc.is_cap(after) || doc.is_title_at(after) {
        return None;
    }
    let start = doc.name_run_ending_at(post);
    let plain = (start..post).all(|t| {
        doc.is_word(t)
            && doc.reading(t).is_none()
            && !doc.is(t, WordClass::Common)
            && !doc.classes(t).is_closed_class()
    });
    (start < post && post - start <= 3 && plain).then(|| TokenRange::new(start, post))
}

/// The person whose name ends just before token `end`, if the words may
/// name one.
pub(super) fn person_ending_at(doc: &Doc<'_>, end: usize, out: &mut Discovery) {
    if let Some((start, parts)) = doc.person_run_ending_at(end) {
        name_person_run(doc, TokenRange::new(start, end), parts, out);
    }
}

/// Names the run `run` of `parts` name parts a person, if its words may
/// name one.
fn name_person_run(doc: &Doc<'_>, run: TokenRange, parts: usize, out: &mut Discovery) {
    let (start, end) = (run.start as usize, run.end as usize);
    let one_word_determined = end == start + 1
        && (doc.written_after_determiner(start) || is_ordinary_head_of_phrase(doc, start));
    if !context::is_determined(doc, start)
        && !one_word_determined
        && context::is_person_like(doc, start, end, parts)
    {
        out.name(run, EntityKind::Person);
    }
}

/// The most words between a determiner and the noun that heads its phrase.
const MAX_MODIFIER_WORDS: usize = 4;

/// Whether token `i` is an ordinary word, no name part, that heads a noun
/// phrase a determiner opens a few words before it: a noun capitalised
/// for a party or a faith, not a person's name (`The South Carolina
/// Republican, who`, `the veteran Democrat, who`).
fn is_ordinary_head_of_phrase(doc: &Doc<'_>, i: usize) -> bool {
    if !doc.is(i, WordClass::Common) || doc.is(i, WordClass::NamePart) {
        return false;
    }
    let floor = doc
        .analysis
        .sentence_start(i)
        .max(i.saturating_sub(MAX_MODIFIER_WORDS + 1));
    (floor..i)
        .rev()
        .take_while(|&t| doc.is_word(t))
        .any(|t| doc.is(t, WordClass::Determiner) || doc.is(t, WordClass::Definite))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(name, text, a name found in it, how)`: one row at least for each
    /// rule of [`RULES`], in sentences written for it, with names no
    /// gazetteer holds.
    const ROWS: &[(&str, &str, &str, How)] = &[
        (
            "a given name that is an ordinary word before a word no list knows",
            "Villagers said Faith Tolvakwe led the march.",
            "Faith Tolvakwe",
            How::NameShape,
        ),
        (
            "a common given name that is a dictionary word before an unknown surname",
            "Maria Kestrova won the seat.",
            "Maria Kestrova",
            How::NameShape,
        ),
        (
            "a body's topic after `on` belongs to its name",
            "The Osk Committee on Coastal Fisheries met on Tuesday.",
            "Osk Committee on Coastal Fisheries",
            How::NameCue,
        ),
        (
            "a particle after a capitalised ordinary word is no given name after a role",
            "Fans filled the Stade Municipal de Tarnikh on Sunday.",
            "Stade Municipal de Tarnikh",
            How::NameCue,
        ),
        (
            "a place's foreign name goes on over its particles",
            "Fans filled the Stade Kestrel de Tarnikh on Sunday.",
            "Stade Kestrel de Tarnikh",
            How::NameCue,
        ),
        (
            "a title of a body's members ends its complement",
            "The Varnland Board of Governors met on Monday.",
            "Varnland Board of Governors",
            How::NameCue,
        ),
        (
            "a title of a body's members ends a name after a cue",
            "Members of the House of Representatives voted on Monday.",
            "House of Representatives",
            How::NameCue,
        ),
        (
            "two particles in a row inside a person's name",
            "Officials met Ruth de la Tarnikh on Monday.",
            "Ruth de la Tarnikh",
            How::NameShape,
        ),
        (
            "two connectors in a row inside an institution's foreign name",
            "Officials at the Ministère des Pêches et des Océans said so.",
            "Ministère des Pêches et des Océans",
            How::NameCue,
        ),
        (
            "a collective's Spanish noun opens its name",
            "The Colectivo Vecinal Varnez marched on Sunday.",
            "Colectivo Vecinal Varnez",
            How::NameCue,
        ),
        (
            "a name that opens with `Abd` and a particle",
            "Abd al-Tarnikh said the water was gone.",
            "Abd al-Tarnikh",
            How::NameCue,
        ),
        (
            "a place's prefix before a particle joined to its name",
            "Families fled along Wadi al-Tarnikh on Monday.",
            "Wadi al-Tarnikh",
            How::NameCue,
        ),
        (
            "a river's Arabic noun opens its name",
            "Herders watered their flocks at Nahr Varsh.",
            "Nahr Varsh",
            How::NameCue,
        ),
        (
            "a second surname that spells a place ends a person's name",
            "Officials met Jorge Ruiz Santiago on Monday.",
            "Jorge Ruiz Santiago",
            How::NameShape,
        ),
        (
            "a given name that is a capital city before a surname of the lists",
            "Sofia Paredes said the road was closed.",
            "Sofia Paredes",
            How::NameShape,
        ),
        (
            "a legislature's word ends its name, a county's name inside it",
            "The Dunvar County Legislature voted 9-2 on Tuesday.",
            "Dunvar County Legislature",
            How::NameCue,
        ),
        (
            "a body's topics listed after `on` belong to its name",
            "The bill went to the House Committee on Farming, Water and Rural Roads on Monday.",
            "House Committee on Farming, Water and Rural Roads",
            How::NameCue,
        ),
        (
            "a body's topic after `and the` belongs to its name",
            "The Osk Committee on Coastal Fisheries and the Environment met.",
            "Osk Committee on Coastal Fisheries and the Environment",
            How::NameCue,
        ),
        (
            "a trade's plural ends a firm's name",
            "The contract went to Toala Vesi Builders last year.",
            "Toala Vesi Builders",
            How::NameCue,
        ),
        (
            "a railway's word ends its name, a place's name inside it",
            "Delays hit Tarvel Kogen Railway again.",
            "Tarvel Kogen Railway",
            How::NameCue,
        ),
        (
            "a firm's head after a person and `of` names the firm alone",
            "Analyst Dewi Kesobi of Tarvel Sekuritas said demand was weak.",
            "Tarvel Sekuritas",
            How::NameCue,
        ),
        (
            "a broadcaster's word after a verb of telling opens a body's name, no person's",
            "The farmer told Radio Varnoka: “The river rose overnight.”",
            "Radio Varnoka",
            How::NameCue,
        ),
        (
            "a head alone before `and` is a field of the name, no name of its own",
            "Members of the Mining and Transport Union walked out.",
            "Mining and Transport Union",
            How::NameCue,
        ),
        (
            "a team after its verb's preposition and before a score",
            "Tarvel Kestrels lost to Osk Rovers 2-0 on Sunday.",
            "Osk Rovers",
            How::Context,
        ),
        (
            "a newspaper's word ends its name",
            "The mayor told the Tarvel Ledger she would not resign.",
            "Tarvel Ledger",
            How::NameCue,
        ),
        (
            "past an ordinary plural's possessive `and` still joins a body's name",
            "The Tarvel Municipal and Allied Workers' Union called a strike.",
            "Tarvel Municipal and Allied Workers' Union",
            How::NameCue,
        ),
        (
            "a sports club's noun in Spanish opens its name",
            "Fans of Atlético Varnesa invaded the pitch.",
            "Atlético Varnesa",
            How::NameCue,
        ),
        (
            "a trade's noun in Spanish opens a company's name",
            "The land was bought by Inversiones Tolkara last year.",
            "Inversiones Tolkara",
            How::NameCue,
        ),
        (
            "a football club's abbreviation opens its name",
            "Supporters of FC Osk Varnel rioted after the match.",
            "FC Osk Varnel",
            How::NameCue,
        ),
        (
            "a campaign committee's noun before a name",
            "The political action committee Osk Forward said it would spend heavily.",
            "Osk Forward",
            How::NameCue,
        ),
        (
            "a city council's office before a name",
            "Councilmember Dara Kesobi voted against the budget on Tuesday.",
            "Dara Kesobi",
            How::Title,
        ),
        (
            "a reported clause's `that` before a name with an age determines no name",
            "Prosecutors found that Varn Kesobi, 44, had forged the ledgers.",
            "Varn Kesobi",
            How::Context,
        ),
        (
            "a minor place's match that stops inside a hyphenated given name gives way to the person",
            "Lin Yu-hsuan, a county councillor, resigned on Friday.",
            "Lin Yu-hsuan",
            How::NameShape,
        ),
        (
            "a family name that is a function word opens a hyphenated given name of syllables",
            "Oh Seung-min told reporters the deal was off.",
            "Oh Seung-min",
            How::NameShape,
        ),
        (
            "a stream's English noun ends its name",
            "Floodwater from Tarvel Creek reached the school.",
            "Tarvel Creek",
            How::NameCue,
        ),
        (
            "a river's noun in Spanish opens its name",
            "Miners polluted the Río Varnecho last year.",
            "Río Varnecho",
            How::NameCue,
        ),
        (
            "an ordinary plural's possessive stands inside a body's name",
            "The Tarvel Teachers' Union called a strike on Monday.",
            "Tarvel Teachers' Union",
            How::NameCue,
        ),
        (
            "an ordinary noun's possessive stands inside a body's name",
            "Members of the Osk People's Assembly walked out.",
            "Osk People's Assembly",
            How::NameCue,
        ),
        (
            "a mining company's noun in Spanish opens its name",
            "The mine belongs to Minera Tolkara.",
            "Minera Tolkara",
            How::NameCue,
        ),
        (
            "a contest's challenger set off before a name is the person's role",
            "Her challenger, Esnart Kalulu, welcomed the ruling.",
            "Esnart Kalulu",
            How::Apposition,
        ),
        (
            "a broadcaster's word opens its name",
            "Officials spoke to Radio Varnoka on Monday.",
            "Radio Varnoka",
            How::NameCue,
        ),
        (
            "a head alone after a capitalised article that follows a word takes the article",
            "Vendors told The Varnish Tribune nothing; they told The Tribune everything.",
            "The Tribune",
            How::NameCue,
        ),
        (
            "a company's leading legal form opens its whole name, a person's name and all",
            "The licence of PT Varnesa Karya Nusantara was revoked.",
            "PT Varnesa Karya Nusantara",
            How::NameCue,
        ),
        (
            "a word of a company's trade heads its name",
            "The contract went to Veridane Systems last year.",
            "Veridane Systems",
            How::NameCue,
        ),
        (
            "a role no title list holds before a given name opens no name",
            "County Recorder Alicia Varnow said the count was wrong.",
            "Alicia Varnow",
            How::NameShape,
        ),
        (
            "a lower-case article hyphenated to a place's name opens it",
            "Pumps were installed in al-Varnah district last week.",
            "al-Varnah",
            How::NameCue,
        ),
        (
            "a village by the Arabic noun that opens its name",
            "The power plants at Zahrin and Deir Hamdan were shut.",
            "Deir Hamdan",
            How::NameCue,
        ),
        (
            "a name that ends in an initial",
            "Officials met Hans W. on Monday.",
            "Hans W.",
            How::NameShape,
        ),
        (
            "a name in capitals",
            "HANS VORTEK SAID THE TALKS FAILED.",
            "HANS VORTEK",
            How::NameShape,
        ),
        (
            "ordinary words joined by `and` before a head",
            "The Varnholt Revenue and Customs Service seized the drugs.",
            "Varnholt Revenue and Customs Service",
            How::NameCue,
        ),
        (
            "one word before a verb said only of people",
            "Officials met Tuilagi Varnoti in Apia. Varnoti resigned on Monday.",
            "Varnoti",
            How::NameCue,
        ),
        (
            "the full name of one word found by its verb",
            "Tuilagi Varnoti met officials in Apia. Varnoti shrugged.",
            "Tuilagi Varnoti",
            How::Context,
        ),
        (
            "an office's body, by the possessive",
            "The hostages were freed, the Attorney General's Office said.",
            "Attorney General's Office",
            How::NameCue,
        ),
        (
            "a head of newspapers' names",
            "The sacking was first reported by the Varnholt Star on Monday.",
            "Varnholt Star",
            How::NameCue,
        ),
        (
            "a head of newspapers' names, of the United States",
            "A poll in the Varnholt Register put her second.",
            "Varnholt Register",
            How::NameCue,
        ),
        (
            "a head of police forces' names",
            "The Royal Norvalan Constabulary arrested two men.",
            "Royal Norvalan Constabulary",
            How::NameCue,
        ),
        (
            "an officer of a legislature, with its complement",
            "Leader of the Opposition Teodor Vasquim walked out.",
            "Teodor Vasquim",
            How::Title,
        ),
        (
            "a local unit's prefix in another language",
            "Police raided a house in Barangay Malinta on Tuesday.",
            "Barangay Malinta",
            How::NameCue,
        ),
        (
            "a local unit written after its name, in lower case",
            "Floods reached Sitakunda upazila overnight.",
            "Sitakunda",
            How::NameCue,
        ),
        (
            "a name after an analyst's `at`",
            "Analysts at Varnholt Denby said demand would rise.",
            "Varnholt Denby",
            How::NameCue,
        ),
        (
            "a place's head that opens a name with its purpose",
            "The Centre for Policy Varnance said the figures were wrong.",
            "Centre for Policy Varnance",
            How::NameCue,
        ),
        (
            "a place that is a given name too, before a person's surname found alone",
            "After the rains failed, Chad Okwelumba lost his harvest. Okwelumba said he would replant.",
            "Chad Okwelumba",
            How::Context,
        ),
        (
            "a company named with the plural of its trade",
            "The pledge was signed by Kelvara Global Ventures on Monday.",
            "Kelvara Global Ventures",
            How::NameCue,
        ),
        (
            "a group named in Spanish",
            "Grupo Varnex bought a bakery in Puebla.",
            "Grupo Varnex",
            How::NameCue,
        ),
        (
            "a club after the noun of its kind",
            "The club Ormsund Voyagers signed a new coach on Monday.",
            "Ormsund Voyagers",
            How::NameCue,
        ),
        (
            "a magazine after the noun of its kind",
            "The satirical magazine Kestrel Review mocked the minister.",
            "Kestrel Review",
            How::NameCue,
        ),
        (
            "a team before a match's score",
            "Orlando Pirates beat Kaizer Chiefs 2-0 on Saturday.",
            "Kaizer Chiefs",
            How::Context,
        ),
        (
            "a team that opens a clause after a subordinator, before a match's score",
            "Fans danced when Varnel Rovers beat Tolvik City 2-1 at home.",
            "Varnel Rovers",
            How::Context,
        ),
        (
            "a team that opens a clause after a conjunction and `the`",
            "Rain fell and the Austin Voyagers beat Ormsund 3-0.",
            "Austin Voyagers",
            How::Context,
        ),
        (
            "a team after a match's score and its preposition",
            "The Austin Voyagers lost 3-1 to Dallas Comets.",
            "Dallas Comets",
            How::Context,
        ),
        (
            "a team named with its article after the verb",
            "The Austin Voyagers beat the Dallas Comets 3-1 on Sunday.",
            "Dallas Comets",
            How::Context,
        ),
        (
            "a team named with its article after the score's preposition",
            "The Austin Voyagers lost 3-1 to the Tolvik Rovers.",
            "Tolvik Rovers",
            How::Context,
        ),
        (
            "an organization after a leader's `of the`, with its connectors",
            "Kanu, leader of the Indigenous People of Varnia, was jailed.",
            "Indigenous People of Varnia",
            How::NameCue,
        ),
        (
            "an age between a comma and the sentence's stop",
            "Police arrested a suspect in the killing of Kelvaro Ostrang, 29.",
            "Kelvaro Ostrang",
            How::Context,
        ),
        (
            "a refugee camp written after its town's name",
            "Troops raided Kelvarin refugee camp at dawn.",
            "Kelvarin",
            How::NameCue,
        ),
        (
            "a gas field written after its name",
            "Two drones targeted the Khor Varnak gas field on Sunday.",
            "Khor Varnak",
            How::NameCue,
        ),
        (
            "a local government area written after its name",
            "Gunmen killed four people in Osk local government area.",
            "Osk",
            How::NameCue,
        ),
        (
            "a particle that is a given name opening a name",
            "Officials said Ben Kelvaro won the seat.",
            "Ben Kelvaro",
            How::NameShape,
        ),
        (
            "a person named with the subject of a verb of speech, before `and`",
            "On Monday, Kelvaro and Mensah said they would appeal.",
            "Kelvaro",
            How::Context,
        ),
        (
            "a place after its cue, with a particle a hyphen joins to its last word",
            "An airstrike hit the village of Zilvan al-Kasra on Monday.",
            "Zilvan al-Kasra",
            How::NameCue,
        ),
        (
            "a title with a complement of common nouns, then the name in apposition",
            "A spokesperson for the group, Zilvo Kantera, said the talks failed.",
            "Zilvo Kantera",
            How::Apposition,
        ),
        (
            "a company's arm in a country, by the company and the country",
            "Rival Zantrofex Kenya cut data prices last month.",
            "Zantrofex Kenya",
            How::Context,
        ),
        (
            "a company the gazetteer knows and a country, after `of`",
            "He was a former chairman of Citibank Nigeria, the bank said.",
            "Citibank Nigeria",
            How::Context,
        ),
        (
            "a company's arm in a country, by an acronym and the country",
            "ZTX Nigeria said its subscribers rose.",
            "ZTX Nigeria",
            How::Context,
        ),
        (
            "a lawmaker's state after the party's letter, between commas",
            "Sen. Kelvaro Nduta, D-Calif., voted against the bill.",
            "Calif.",
            How::Context,
        ),
        (
            "a lawmaker's state the gazetteer spells stays the gazetteer's",
            "Rep. Zilvo Kantera (R-Texas) voted for it.",
            "Texas",
            How::Gazetteer,
        ),
        (
            "a lawmaker's state that is also a given name keeps the gazetteer's reading",
            "Sen. Zilvo Kantera, R-Indiana, voted against the bill.",
            "Indiana",
            How::Gazetteer,
        ),
        (
            "a lawmaker's state after the party's letter, in brackets",
            "Rep. Zilvo Kantera (R-N.Y.) voted for it.",
            "N.Y.",
            How::Context,
        ),
        (
            "a title that is a surname before a name's suffix",
            "The march honoured Zilvo Ruth King Jr. on Monday.",
            "Zilvo Ruth King Jr.",
            How::NameShape,
        ),
        (
            "a plural office before the first of its holders",
            "The ruling was joined by Justices Zilvo Kantera and Ruth Okafor.",
            "Zilvo Kantera",
            How::Title,
        ),
        (
            "a role in lower case before the name: what the person is",
            "The firm is controlled by billionaire Zilvo Kantera, its founder.",
            "Zilvo Kantera",
            How::Title,
        ),
        (
            "a company by the head of its name",
            "Kelvaro Refinery began selling petrol on Sunday.",
            "Kelvaro Refinery",
            How::NameCue,
        ),
        (
            "a body's name with its purpose after `for a`",
            "The Committee for a Responsible Kelvaro Budget said the estimate was low.",
            "Committee for a Responsible Kelvaro Budget",
            How::NameCue,
        ),
        (
            "a valley named before the word in lower case",
            "Troops crossed into the Kelvaro valley at dawn.",
            "Kelvaro",
            How::NameCue,
        ),
        (
            "a place of worship by its cue after it, over the shape of a person's name",
            "Monks at Wat Kelvaro temple prayed.",
            "Wat Kelvaro",
            How::NameCue,
        ),
        (
            "a place named after a person the gazetteer knows",
            "Fans gathered at Queen Elizabeth Stadium.",
            "Queen Elizabeth Stadium",
            How::NameCue,
        ),
        (
            "a title, its complement and a portfolio before the name",
            "Fiji's Minister for Finance Kelvaro Nduta met the envoy.",
            "Kelvaro Nduta",
            How::Title,
        ),
        (
            "a portfolio of words joined by `and`",
            "Minister for Lands and Survey Zilvo Kantera said the survey began.",
            "Zilvo Kantera",
            How::Title,
        ),
        (
            "the portfolio after a title of two words and its article",
            "Cabinet Secretary for the Interior Zilvo Kantera visited the camp.",
            "Zilvo Kantera",
            How::Title,
        ),
        (
            "a person named after a cue before the name, at the clause's end",
            "The victim was named as Zilvo Kantera.",
            "Zilvo Kantera",
            How::NameCue,
        ),
        (
            "a person's full name after `according to`",
            "According to Zilvo Kantera, the rains failed.",
            "Zilvo Kantera",
            How::Context,
        ),
        (
            "the partner of a speaker, after an ordinary word that opens the sentence",
            "Farmers Kantera and Mensah said the rains failed.",
            "Kantera",
            How::Context,
        ),
        (
            "a title inside a body's name",
            "The Tunisian General Labour Union called a strike.",
            "Tunisian General Labour Union",
            How::NameCue,
        ),
        (
            "a title opening a body's name before its head",
            "The General Directorate of Security made arrests.",
            "General Directorate of Security",
            How::NameCue,
        ),
        (
            "two words no list knows, inside a sentence",
            "Officials met Chukwuma Obiora on Monday.",
            "Chukwuma Obiora",
            How::NameShape,
        ),
        (
            "a unit's name that holds `and` before its head",
            "Economists at the Varnel Policy Analysis and Research Unit disagreed.",
            "Varnel Policy Analysis and Research Unit",
            How::NameCue,
        ),
        (
            "a person's family after the name's possessive",
            "The police have no suspect, and Kelvaro Ostrang's family demanded justice.",
            "Kelvaro Ostrang",
            How::NameCue,
        ),
        (
            "a village written after its name",
            "Floods cut off Bumvela village overnight.",
            "Bumvela",
            How::NameCue,
        ),
        (
            "a town written after its name",
            "Traders in Okanjo town closed their stalls.",
            "Okanjo",
            How::NameCue,
        ),
        (
            "wards written after the names of a list",
            "Families in Kavuro and Nyamisenge wards fled the floods.",
            "Nyamisenge",
            How::NameCue,
        ),
        (
            "a sub-county written after its name",
            "The Nyakavura sub-county chief called a meeting.",
            "Nyakavura",
            How::NameCue,
        ),
        (
            "a given name after a nationality",
            "The race was won by Kenyan John Varnek on Sunday.",
            "John Varnek",
            How::NameShape,
        ),
        (
            "a verb news says only of people, after a name",
            "In 1946 Varnetta married a teacher from the coast.",
            "Varnetta",
            How::NameCue,
        ),
        (
            "authors before a reference number",
            "The study was inspired by Varnholt & Oskarde [7], whose birds were caged.",
            "Oskarde",
            How::Context,
        ),
        (
            "a head's complement after `to`",
            "The Kestrel Coalition to Counter Varnek met in Oslo.",
            "Kestrel Coalition to Counter Varnek",
            How::NameCue,
        ),
        (
            "an unknown word after two different prepositions of place",
            "The ferry from Tolvik reached the coast. Protests broke out in Tolvik.",
            "Tolvik",
            How::Context,
        ),
        (
            "an organization before a post its named holder holds",
            "Interview with Zantrofex founder Hugh Merle on Sunday.",
            "Zantrofex",
            How::NameCue,
        ),
        (
            "an apposition to a noun for a person",
            "Oswa Tamsk, a local woman, lost her home in the floods.",
            "Oswa Tamsk",
            How::Apposition,
        ),
        (
            "a place that is a surname after an unknown word, in apposition",
            "Vorella Paris, a nurse, said the ward was full.",
            "Vorella Paris",
            How::Apposition,
        ),
        (
            "a given name after the ordinary word that opens the sentence",
            "Nonpartisan Paul Varnek won the seat.",
            "Paul Varnek",
            How::NameShape,
        ),
        (
            "a title that is a surname ends a name after a given name",
            "Officials said Harold Bishop would resign in May.",
            "Harold Bishop",
            How::NameShape,
        ),
        (
            "a title that is a surname after two names",
            "Ayesha Noor Sheikh told the court she was innocent.",
            "Ayesha Noor Sheikh",
            How::NameShape,
        ),
        (
            "an organization beside a noun phrase of its kind",
            "Varnolux, the state power utility, said supplies would resume.",
            "Varnolux",
            How::Apposition,
        ),
        (
            "an organization beside a noun phrase of its kind that ends the sentence",
            "Residents blamed Varnolux, the utility.",
            "Varnolux",
            How::Apposition,
        ),
        (
            "an organization beside its country's noun phrase of its kind",
            "Kestrana, Norvalia's state oil firm, cut output.",
            "Kestrana",
            How::Apposition,
        ),
        (
            "a broker named by its head",
            "Analysts at Varnel Securities had expected a cut.",
            "Varnel Securities",
            How::NameCue,
        ),
        (
            "an insurer named by its head",
            "Kestrel Insurance said claims rose in May.",
            "Kestrel Insurance",
            How::NameCue,
        ),
        (
            "a market named by its head",
            "Shares closed flat at the Varnel Securities Exchange on Monday.",
            "Varnel Securities Exchange",
            How::NameCue,
        ),
        (
            "a family name before two romanised syllables",
            "Officials said Nguyen Van Hung would attend the talks.",
            "Nguyen Van Hung",
            How::NameShape,
        ),
        (
            "a family name before syllables a minor place's alias reads",
            "Nguyen Van Thanh, the deputy minister, said the plan would proceed.",
            "Nguyen Van Thanh",
            How::NameShape,
        ),
        (
            "a family name before syllables that are English words",
            "Tran Van Son, 45, a farmer, said the flood took everything.",
            "Tran Van Son",
            How::NameShape,
        ),
        (
            "a family name before syllables written with their diacritics",
            "Officials said Nguyễn Văn Hùng would attend the talks.",
            "Nguyễn Văn Hùng",
            How::NameShape,
        ),
        (
            "a family name before three romanised syllables",
            "The school is named after Nguyen Thi Minh Khai, a revolutionary.",
            "Nguyen Thi Minh Khai",
            How::NameShape,
        ),
        (
            "a family name before syllables, the last a closed-class word",
            "Deputy Minister Le Minh An said the plan would proceed.",
            "Le Minh An",
            How::NameShape,
        ),
        (
            "a family name before a hyphenated given name",
            "Yesterday Lam Cheuk-wing won the seat for the district.",
            "Lam Cheuk-wing",
            How::NameShape,
        ),
        (
            "a word qualifying a name after an article may be a person's",
            "The Ovidrus Prize was set up in 1990. Ovidrus, who founded it, died.",
            "Ovidrus",
            How::NameCue,
        ),
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
            "a company after what it makes, which the clause after it calls `it`",
            "The garment maker Pelawa Textiles said it would cut jobs.",
            "Pelawa Textiles",
            How::NameCue,
        ),
        (
            "an unknown place at one end of `from … to` a known place",
            "The road from Tolvik to Oslo was closed.",
            "Tolvik",
            How::Context,
        ),
        (
            "a place after `downtown`",
            "Protesters gathered in downtown Kesh on Monday.",
            "Kesh",
            How::NameCue,
        ),
        (
            "a body after the post of its spokesman",
            "A spokesman for Zantrofex declined to comment.",
            "Zantrofex",
            How::NameCue,
        ),
        (
            "a place after `County` or `River` that opens its name",
            "Floods hit County Kelmoor and the River Varn on Monday.",
            "County Kelmoor",
            How::NameCue,
        ),
        (
            "an unknown name joined by `and` alone to a person's",
            "The prize went to Velkaro Osk and Tendai Chirwa.",
            "Velkaro Osk",
            How::Context,
        ),
        (
            "a firm's name of two names joined by `&`",
            "She left Varn & Osk in 2019.",
            "Varn & Osk",
            How::NameShape,
        ),
        (
            "a company's legal form before its name",
            "Shares of PT Zantrofex fell on Monday.",
            "PT Zantrofex",
            How::NameCue,
        ),
        (
            "a place's head after a particle",
            "Floods hit Varnel del Norte on Monday.",
            "Varnel del Norte",
            How::NameCue,
        ),
        (
            "a name beside a noun phrase whose organization cue takes a complement",
            "Zantrofex, a Kenyan maker of solar panels, said sales rose.",
            "Zantrofex",
            How::Apposition,
        ),
        (
            "a long form translated from its acronym's language, which acts as a name",
            "They removed the head of the National Jury of Elections (JNE). The JNE said it would appeal.",
            "National Jury of Elections",
            How::Acronym,
        ),
        (
            "a name before an apposition whose noun is a place's kind",
            "He was born in Kivoro, a small village in western Kenya.",
            "Kivoro",
            How::NameCue,
        ),
        (
            "a name before an apposition whose noun is a suburb",
            "Shops in Kaviro, a suburb of the capital, stayed shut.",
            "Kaviro",
            How::NameCue,
        ),
        (
            "a name before a local unit written after it",
            "Residents of the Tolvi hamlet fled the floods.",
            "Tolvi",
            How::NameCue,
        ),
        (
            "a name before a comma and a distance in units",
            "Families fled by boat to Varnel Osk, roughly 80 kilometres away.",
            "Varnel Osk",
            How::NameCue,
        ),
        (
            "a name before a comma and a distance that a word of a closed class qualifies",
            "Tolvik, about 12 miles north of the border, was shelled.",
            "Tolvik",
            How::NameCue,
        ),
        (
            "a place after Spanish `new`, which opens its name",
            "Rains flooded Nueva Ecija on Monday.",
            "Nueva Ecija",
            How::NameCue,
        ),
        (
            "a name no list reads joined by `and` to a known place after a preposition of place",
            "Floods hit homes in Kano and Varnela.",
            "Varnela",
            How::Context,
        ),
        (
            "a given name joined by `and` to a known place after a preposition of place",
            "Farmers in Kano and Isabela lost their crops.",
            "Isabela",
            How::Context,
        ),
        (
            "a given name joined by `and` to a place a cue found",
            "Farmers in Nueva Ecija and Isabela lost their crops.",
            "Isabela",
            How::Context,
        ),
        (
            "a title's holder whose given name is spelled like a verb of speech",
            "Party spokesperson Promise Varnakwe said the count was fair.",
            "Promise Varnakwe",
            How::Title,
        ),
        (
            "a person named by a given name and a surname common in one country",
            "Thandiwe Mkhize was elected mayor.",
            "Thandiwe Mkhize",
            How::NameShape,
        ),
        (
            "the subject of a verb of speech",
            "Okwudili Fashanu said the floods came early.",
            "Okwudili Fashanu",
            How::Context,
        ),
        (
            "the subject of a verb of speech before a noun-phrase apposition",
            "Chidiebere Okwelumba, a regular at the market, said prices had doubled.",
            "Chidiebere Okwelumba",
            How::Context,
        ),
        (
            "a name after a verb of speech",
            "“The harvest is lost,” said Fashanu.",
            "Fashanu",
            How::Context,
        ),
        (
            "a one-word subject named mid-sentence elsewhere",
            "Tellerby said no. Critics of Tellerby disagreed.",
            "Tellerby",
            How::Context,
        ),
        (
            "an age set off by commas",
            "Okparaku Dembele, 45, a cassava farmer, lost his harvest.",
            "Okparaku Dembele",
            How::Context,
        ),
        (
            "a possessive before a word of kin",
            "The court heard from Tallevan's widow on Monday.",
            "Tallevan",
            How::NameCue,
        ),
        (
            "life dates",
            "The composer Orsolya Varnholt (1811 – 1832) wrote little.",
            "Orsolya Varnholt",
            How::Context,
        ),
        (
            "authors cited in brackets",
            "Later work (Brannock & Osk, 2010; Tellerby 2011) agreed.",
            "Osk",
            How::Context,
        ),
        (
            "two authors before a year",
            "Brannock and Osk (2010) disagree.",
            "Brannock",
            How::Context,
        ),
        (
            "a person cue after the name",
            "Gorvan Ostrowe was born in a village near the coast.",
            "Gorvan Ostrowe",
            How::NameCue,
        ),
        (
            "a relative clause after the name",
            "The prize went to Kettleby, who thanked her family.",
            "Kettleby",
            How::NameCue,
        ),
        (
            "a hyphenated given name in lower case after the hyphen",
            "Minister Kwon Ha-rin said the talks would go on.",
            "Kwon Ha-rin",
            How::Title,
        ),
        (
            "an unknown word before a comma and a known place",
            "Ferries from Tolvikhavn, Norway, docked late.",
            "Tolvikhavn",
            How::Context,
        ),
        (
            "a given name and a surname that names a company alone",
            "Envoy Tobias Ford met the delegates in the capital.",
            "Tobias Ford",
            How::Title,
        ),
        (
            "an unknown word that opens a clause and owns `its`",
            "Later, Kestrelon doubled its output.",
            "Kestrelon",
            How::Context,
        ),
        (
            "an unknown name that the clause after its verb of speech calls `it`",
            "Norvex said in a statement that it would appeal the ruling.",
            "Norvex",
            How::Context,
        ),
        (
            "an unknown name that the clause after its verb of speech calls `its`",
            "Tallowmere said its profits fell by a third.",
            "Tallowmere",
            How::Context,
        ),
        (
            "a head joined by a hyphen to the word before it",
            "The Varnel Post-Courier reported the fire.",
            "Varnel Post-Courier",
            How::NameCue,
        ),
        (
            "a prominent place before a head that is a given name too",
            "Supply was cut by Kenya Power on Monday.",
            "Kenya Power",
            How::NameCue,
        ),
        (
            "a complement goes on after `and the`",
            "The Council for the Care of Rivers and the Protection of Lakes met.",
            "Council for the Care of Rivers and the Protection of Lakes",
            How::NameCue,
        ),
        (
            "names listed before a cue written after them",
            "Voting was delayed in the Varnek, Oskelund and Talmenes districts.",
            "Varnek",
            How::NameCue,
        ),
        (
            "a surname found alone, written elsewhere after a given name",
            "Okwudili Varnholt lost his harvest. Varnholt said the floods came early.",
            "Okwudili Varnholt",
            How::Context,
        ),
        (
            "an unknown given name before a surname a gazetteer person bears",
            "Police arrested Osvaldo Varnholt-Ruiz and Sipho Dlamini in Soweto.",
            "Sipho Dlamini",
            How::NameShape,
        ),
        (
            "a surname as a given name, before a word no list knows",
            "The series starred Jensen Varnholtz for six seasons.",
            "Jensen Varnholtz",
            How::NameShape,
        ),
        (
            "a cue closes the name of a place the gazetteer knows",
            "Schools in Antipolo City reopened on Monday.",
            "Antipolo City",
            How::NameCue,
        ),
        (
            "a place before a body of no one country names its chapter",
            "The Kenya Red Cross said 20 people had died.",
            "Kenya Red Cross",
            How::NameCue,
        ),
        (
            "a country after a body of no one country, before a word in lower case, names its chapter",
            "Red Cross Uganda volunteers carried the wounded.",
            "Red Cross Uganda",
            How::NameCue,
        ),
        (
            "a nationality word before a body of no one country names its chapter",
            "Aid was sent by the Lebanese Red Cross on Monday.",
            "Lebanese Red Cross",
            How::NameCue,
        ),
        (
            "a word no list knows opens a sentence and a name with a head",
            "Tolvanek International Airport reopened on Monday.",
            "Tolvanek International Airport",
            How::NameCue,
        ),
        (
            "one word no list knows opening a sentence before a verb of speech",
            "Norvexa threatened a national strike on Monday.",
            "Norvexa",
            How::Context,
        ),
        (
            "an unknown name called `it` after the day of its verb of speech",
            "Ostravel said on Monday it would cut 200 jobs.",
            "Ostravel",
            How::Context,
        ),
        (
            "a head of its own after a place's prefix",
            "She studied at Port Varnel University for two years.",
            "Port Varnel University",
            How::NameCue,
        ),
        (
            "a newspaper by its head",
            "The Pelawa Post reported the fines on Monday.",
            "Pelawa Post",
            How::NameCue,
        ),
        (
            "a kunya and a word no list knows",
            "Abu Varnakh was involved in planning the attacks.",
            "Abu Varnakh",
            How::NameCue,
        ),
        (
            "a name listed with people",
            "The coach started Romelu Varnakh, Yannick Carrasco and Dries Mertens.",
            "Romelu Varnakh",
            How::Context,
        ),
        (
            "a place that is a given name, before a surname",
            "The film paired Paris Jenkins with a young director.",
            "Paris Jenkins",
            How::NameShape,
        ),
        (
            "a given name and a regnal number",
            "In 1452 Ludwig IV granted the town its charter.",
            "Ludwig IV",
            How::NameShape,
        ),
        (
            "a street by its abbreviated type",
            "The bakery on Varnholt Ave stayed open all night.",
            "Varnholt Ave",
            How::NameCue,
        ),
        (
            "a head's name across an ezafe",
            "Tourists crowded the Bagh-e Varnan Square at dusk.",
            "Bagh-e Varnan Square",
            How::NameCue,
        ),
        (
            "a head's name across a hyphenated particle",
            "Fighters of the Jaish al-Varnek Brigade attacked a post.",
            "Jaish al-Varnek Brigade",
            How::NameCue,
        ),
        (
            "the unit between an unknown place and a known one",
            "He was born in Kelsbury, Varnshire, England in 1802.",
            "Varnshire",
            How::Context,
        ),
        (
            "the larger unit after a known place, closed by a comma",
            "She went to school in Exeter, Tolvshire, and later moved north.",
            "Tolvshire",
            How::Context,
        ),
        (
            "the larger unit after a known place, a name part too",
            "The mill stood near Exeter, Devon.",
            "Devon",
            How::Context,
        ),
        (
            "an organization named after its kind",
            "The campaign group Quiet Harrows sued the council.",
            "Quiet Harrows",
            How::NameCue,
        ),
        (
            "a head's complement after the article",
            "Grants came from the Orvane Foundation for the Visual Arts last year.",
            "Orvane Foundation for the Visual Arts",
            How::NameCue,
        ),
        (
            "two names with heads of their own joined by and",
            "She studied at the University of Norvalia and Tellerby University.",
            "Tellerby University",
            How::NameCue,
        ),
        (
            "a head's complement joined by and",
            "The State Board of Relics and Heritage (SBRH) met.",
            "State Board of Relics and Heritage",
            How::NameCue,
        ),
        (
            "a place that is a surname too after a given name",
            "Critics praised Margaret Washington for the plan.",
            "Margaret Washington",
            How::NameShape,
        ),
        (
            "a head after a known place outranks the place",
            "Aid reached the Iraqi Kurdistan Region on Monday.",
            "Iraqi Kurdistan Region",
            How::NameCue,
        ),
        (
            "an organization named with a place outranks the place",
            "She taught at the University of Northern Iraq for years.",
            "University of Northern Iraq",
            How::NameCue,
        ),
        (
            "a direction word extends a known place",
            "The ship sailed into the North Arabian Sea on Monday.",
            "North Arabian Sea",
            How::NameCue,
        ),
        (
            "a complement stops at a connector with no name after it",
            "The Varn Corps of Relics on Monday opened the dam.",
            "Varn Corps of Relics",
            How::NameCue,
        ),
        (
            "no connector opens a name after a sentence's first word",
            "According to Varn News, the talks failed.",
            "Varn News",
            How::NameCue,
        ),
        (
            "a head with its complement and nothing before",
            "Pilgrims left the Church of Norvalia at noon.",
            "Church of Norvalia",
            How::NameCue,
        ),
        (
            "a person of an organization is cut at the connector",
            "Troy Pellow of Harbour Gazette wrote it.",
            "Harbour Gazette",
            How::NameCue,
        ),
        (
            "a feature head ends a place",
            "Boats crossed the Varnel Basin at dawn.",
            "Varnel Basin",
            How::NameCue,
        ),
        (
            "an acronym defined in the text",
            "The Norvalan Kestrel Association (NKA) met. The NKA voted.",
            "NKA",
            How::Acronym,
        ),
        (
            "an abbreviation of a kind of thing that a body's name defines",
            "The Central Bank of Varnland (CBE) held its rate. The CBE meets in May.",
            "CBE",
            How::Acronym,
        ),
        (
            "an acronym the text does not define",
            "The ZORVA said on Monday that the talks had failed.",
            "ZORVA",
            How::AcronymShape,
        ),
        (
            "an ordinal numbers a unit",
            "Soldiers of the 3rd Battalion crossed the river.",
            "3rd Battalion",
            How::NameCue,
        ),
        (
            "a role inside a unit's name",
            "Jets of the 158th Fighter Wing landed at dawn.",
            "158th Fighter Wing",
            How::NameCue,
        ),
        (
            "a role inside a name before its head",
            "The Kestrel Nurse Association met on Sunday.",
            "Kestrel Nurse Association",
            How::NameCue,
        ),
        (
            "a head that is a given name too, after name parts",
            "Chan Kam Wing said the vote was close.",
            "Chan Kam Wing",
            How::NameShape,
        ),
        (
            "a nickname in quotation marks inside a name",
            "Police named the owner as Orla \"Birdie\" Kestrane.",
            "Orla \"Birdie\" Kestrane",
            How::NameShape,
        ),
        (
            "a cue after a name, capitalised, is its head",
            "Rents rose across the Tolvik Area last year.",
            "Tolvik Area",
            How::NameCue,
        ),
        (
            "the words after `the` that qualify a place's prefix",
            "Envoys of the Federated Republic of Varnesh met.",
            "Federated Republic of Varnesh",
            How::NameCue,
        ),
        (
            "the place whose residents a sentence speaks of",
            "Residents of Osmora protested the tax.",
            "Osmora",
            How::NameCue,
        ),
        (
            "a place's company before a verb of speech",
            "Kenya Varnacom said on Monday that the network failed.",
            "Kenya Varnacom",
            How::Context,
        ),
        (
            "a speaker after a place that ends a phrase",
            "In Kenya Okwaro said the vote was fair.",
            "Okwaro",
            How::Context,
        ),
        (
            "an organization before an apposition, owning `its`",
            "Varnacom, the largest carrier, said its network failed.",
            "Varnacom",
            How::Context,
        ),
        (
            "a legislators' caucus by its head",
            "Members of the Kestrel Caucus walked out.",
            "Kestrel Caucus",
            How::NameCue,
        ),
        (
            "a market by its head",
            "Traders at Osmora Market lost their goods.",
            "Osmora Market",
            How::NameCue,
        ),
        (
            "a place a cue names, though its first word is a given name",
            "Residents of Orlando Varnesh protested the tax.",
            "Orlando Varnesh",
            How::NameCue,
        ),
        (
            "the agent of a passive verb",
            "The survey was led by Aminata Kestrane Osk last year.",
            "Aminata Kestrane Osk",
            How::Context,
        ),
        (
            "an agent listed after another",
            "The report was written by Kestra Diop and Aminata Vell.",
            "Aminata Vell",
            How::Context,
        ),
        (
            "a base's name with its head",
            "Jets flew from Kestrel Air Base on Monday.",
            "Kestrel Air Base",
            How::NameCue,
        ),
        (
            "an ordinal after a place",
            "Ships of the U.S. 7th Fleet sailed at dawn.",
            "U.S. 7th Fleet",
            How::NameCue,
        ),
        (
            "a unit's number after its head",
            "Sailors of Task Force 61 boarded the tanker.",
            "Task Force 61",
            How::NameCue,
        ),
        (
            "a list after a cue, closed by a conjunction",
            "Rebels took the villages of Varnek, Osk and Talmenes.",
            "Talmenes",
            How::NameCue,
        ),
        (
            "an institution named in its own language",
            "Delegates of the Partido Verde Unido walked out.",
            "Partido Verde Unido",
            How::NameCue,
        ),
        (
            "a particle and an article inside an institution's name",
            "Staff of the Ministerio de la Mujer met on Monday.",
            "Ministerio de la Mujer",
            How::NameCue,
        ),
        (
            "a prefix's name goes on across `and`",
            "Officials of the Ministry of Gender Equality and Family met.",
            "Ministry of Gender Equality and Family",
            How::NameCue,
        ),
        (
            "an office's body takes the place it serves before the title",
            "A spokeswoman for the Dunvar County Sheriff's Office declined to comment.",
            "Dunvar County Sheriff's Office",
            How::NameCue,
        ),
        (
            "a Malaysian honorific is no part of the name after it",
            "Datuk Lim Varn Keat said the plan would go ahead.",
            "Lim Varn Keat",
            How::Title,
        ),
        (
            "a West African honorific is no part of the name after it",
            "Alhaji Musa Tolvak said the road would be rebuilt.",
            "Musa Tolvak",
            How::Title,
        ),
        (
            "a given name inside a known place opens no person's name after a cue",
            "Police in the village of San Juan Tolvak said so.",
            "San Juan Tolvak",
            How::NameCue,
        ),
        (
            "a town's noun in Spanish opens a place's name",
            "Mayor Rodrigo Varnez of Ciudad Tolvak said so.",
            "Ciudad Tolvak",
            How::NameCue,
        ),
        (
            "a firm's trade before its one-word name",
            "The cocoa processor Tolvaro cut its forecast.",
            "Tolvaro",
            How::NameCue,
        ),
        (
            "an investment firm's word ends its name",
            "Osk Varnel Capital raised its price target.",
            "Osk Varnel Capital",
            How::NameCue,
        ),
        (
            "a verb of naming after a body's cue gives its title-case name",
            "A political action committee called Keep Our Varn Rivers spent $2 million.",
            "Keep Our Varn Rivers",
            How::NameCue,
        ),
        (
            "a school's word in US news ends its name, a place's name inside it",
            "Pupils at Tolvak Park Elementary were sent home.",
            "Tolvak Park Elementary",
            How::NameCue,
        ),
        (
            "a savings co-operative's word ends its name",
            "Loans from Tolvak Sacco doubled.",
            "Tolvak Sacco",
            How::NameCue,
        ),
        (
            "a connector of another language's names inside an institution's",
            "The Liga Varnesa do Interior fined the club.",
            "Liga Varnesa do Interior",
            How::NameCue,
        ),
        (
            "a council's noun in Spanish opens its name",
            "The Concejo Deliberante de Osk approved the budget.",
            "Concejo Deliberante de Osk",
            How::NameCue,
        ),
        (
            "a stadium's noun in Spanish opens a place's name",
            "Fans marched to the Estadio Varnel on Sunday.",
            "Estadio Varnel",
            How::NameCue,
        ),
        (
            "a cue inside a field after `and` heads no name of its own",
            "The Ministry of Fisheries and Island Affairs said boats must stay in port.",
            "Ministry of Fisheries and Island Affairs",
            How::NameCue,
        ),
        (
            "a prefix's name goes on over the list of the fields it covers",
            "The Ministry of Education, Science and Technology issued a circular.",
            "Ministry of Education, Science and Technology",
            How::NameCue,
        ),
        (
            "a head's complement goes on over a list of fields, an Oxford comma too",
            "Staff of the Council for Culture, Arts, and Heritage left.",
            "Council for Culture, Arts, and Heritage",
            How::NameCue,
        ),
        (
            "a person's verb after a name that `by` governs names its author",
            "Studies by Varnholt et al. found little.",
            "Varnholt",
            How::NameCue,
        ),
        (
            "`who` after a name that a preposition governs may be the name's",
            "She was the daughter of Varnek, who died in 2001.",
            "Varnek",
            How::NameCue,
        ),
        (
            "a mayor's town",
            "The mayor of Tolvik resigned on Monday.",
            "Tolvik",
            How::NameCue,
        ),
        (
            "an organization's kind in apposition, after a hyphenated word",
            "Zorvan, a Lagos-based lender, raised $20 million.",
            "Zorvan",
            How::Apposition,
        ),
        (
            "a person's title in apposition, after a hyphenated word",
            "Okwudili Fashanu, a Lagos-based lawyer, lost his case.",
            "Okwudili Fashanu",
            How::Apposition,
        ),
        (
            "the village of its villagers",
            "Villagers in Yambali were still digging on Friday.",
            "Yambali",
            How::NameCue,
        ),
        (
            "a family name before one syllable the lists know as a given name",
            "Wang Li attended the meeting in Tianjin.",
            "Wang Li",
            How::NameShape,
        ),
        (
            "a family name before a hyphenated given name, not its first syllable",
            "Chan Chi-wai won a seat on the council.",
            "Chan Chi-wai",
            How::NameShape,
        ),
        (
            "the place a verb of travel goes to",
            "The family fled to Tarvenna when the fighting began.",
            "Tarvenna",
            How::NameCue,
        ),
        (
            "the place a border is crossed into",
            "Herders crossed into Kesh after the rains.",
            "Kesh",
            How::NameCue,
        ),
        (
            "a transliterated prefix before a particle",
            "Fighters of Jaish al-Varnak crossed the border.",
            "Jaish al-Varnak",
            How::NameCue,
        ),
        (
            "a head that closes a name in its own language",
            "She taught at Ankara Üniversitesi for a decade.",
            "Ankara Üniversitesi",
            How::NameCue,
        ),
        (
            "a name part that owns what follows",
            "In the spring, Edwin sold his farm to a neighbour.",
            "Edwin",
            How::Context,
        ),
        (
            "an agency named by its field and its country",
            "A spokesman said Health Norway issued a recall.",
            "Health Norway",
            How::NameCue,
        ),
        (
            "unknown names listed after a preposition of place",
            "Shells fell in Qarvek, Sarmin and Talmenes overnight.",
            "Talmenes",
            How::Context,
        ),
        (
            "a given name no list holds before a known surname",
            "Rain ruined the crops of Okwudili Mensah last week.",
            "Okwudili Mensah",
            How::NameShape,
        ),
        (
            "what only an organization has, in the possessive",
            "Zantrofex's chief executive resigned on Monday.",
            "Zantrofex",
            How::NameCue,
        ),
        (
            "an institution named by one word",
            "After a long debate, Parliament approved the budget.",
            "Parliament",
            How::NameCue,
        ),
    ];

    /// `(name, text, a span no mention of that kind may have)`: what the
    /// rules above must not take.
    const NOT_FOUND: &[(&str, &str, &str, EntityKind)] = &[
        (
            "a name a body's prefix opens is no person before an apposition",
            "She leads the Federación Campesina de Varnés, becoming the first woman to do so.",
            "Federación Campesina de Varnés",
            EntityKind::Person,
        ),
        (
            "a place's head after a place before a verb of speech is no body's",
            "Cocoa farmers in the Ashanti Region said prices fell.",
            "Ashanti Region",
            EntityKind::Organization,
        ),
        (
            "a given name that is a place, before a word no list knows, is no place's body",
            "Sofia Kestrova said the road was closed.",
            "Sofia Kestrova",
            EntityKind::Organization,
        ),
        (
            "a kunya that spells a place opens a speaker's name, no place's body",
            "Abu Tarnikh said the market would reopen.",
            "Abu Tarnikh",
            EntityKind::Organization,
        ),
        (
            "a topic after a comma and no conjunction is no body's",
            "Members of the Osk Committee on Appropriations, Education Secretary Ruth Okafor said.",
            "Osk Committee on Appropriations, Education",
            EntityKind::Organization,
        ),
        (
            "a head inside a name the gazetteer knows ends no name there",
            "Tolvak played shortstop for the Oskvale Herons of Major League Baseball.",
            "Oskvale Herons of Major League",
            EntityKind::Organization,
        ),
        (
            "a circumstance after a name a verb of naming gives is no part of it",
            "The firm called Tolvak Osk on Monday to complain.",
            "Tolvak Osk on Monday",
            EntityKind::Organization,
        ),
        (
            "a tally after a body's head is no unit's number",
            "The bill cleared the Varnland Senate 35-32 on Thursday.",
            "Varnland Senate 35",
            EntityKind::Organization,
        ),
        (
            "a name a cue ends after `and` is its own, no field of a body",
            "The Ministry of Health and Osk Island officials met.",
            "Ministry of Health and Osk Island",
            EntityKind::Organization,
        ),
        (
            "a modal that is a given name opens no name",
            "Will Tolvak be ready in time?",
            "Will Tolvak",
            EntityKind::Person,
        ),
        (
            "an ordinary given name after a year names an edition",
            "Athletes trained for the 2030 Winter Kestravics in Osk.",
            "Winter Kestravics",
            EntityKind::Person,
        ),
        (
            "an ordinary given name before an ordinary word is no person",
            "Visitors crowded Grace Garden on Sunday.",
            "Grace Garden",
            EntityKind::Person,
        ),
        (
            "a time after a body's `on` is the circumstance, no topic",
            "The Tarvel Council on Monday approved the plan.",
            "Tarvel Council on Monday",
            EntityKind::Organization,
        ),
        (
            "a person found inside a body's run is no part of the body's name",
            "Analyst Dewi Kesobi of Tarvel Sekuritas said demand was weak.",
            "Analyst Dewi Kesobi of Tarvel Sekuritas",
            EntityKind::Organization,
        ),
        (
            "a cue hyphenated to the word before it is part of a modifier",
            "He was named to the second-team Varnel Kestrels roster last year.",
            "Varnel Kestrels",
            EntityKind::Organization,
        ),
        (
            "a head's possessive ends the name before it",
            "The prize went to Tarvel University's Varn Art Museum.",
            "Tarvel University's Varn Art Museum",
            EntityKind::Place,
        ),
        (
            "past an ordinary noun's possessive no connector joins a name",
            "Seats went to Osk Tarn of Varn People's Party.",
            "Osk Tarn of Varn People's Party",
            EntityKind::Organization,
        ),
        (
            "a head hyphenated to a word is a person's double surname where the person ends in it",
            "State Sen. Renee Tolkaros-Ward spoke. Tolkaros-Ward, a senator, left.",
            "Tolkaros-Ward",
            EntityKind::Place,
        ),
        (
            "an institution's noun opens a body's name that ends in a place's head",
            "Loans came from Banco Tolkara del Sur.",
            "Banco Tolkara del Sur",
            EntityKind::Place,
        ),
        (
            "a place's prefix takes no role before a person's name",
            "Officials said County Recorder Alicia Varnow was wrong.",
            "County Recorder",
            EntityKind::Place,
        ),
        (
            "a person named after a cue of speech leaves a role before the given name out",
            "According to Harlow County Supervisor Pete Varnek, the office was short.",
            "Harlow County Supervisor Pete Varnek",
            EntityKind::Person,
        ),
        (
            "a place's use after its `for` is no part of its name",
            "Fans filled the Varne Stadium for the Ostrava Steel Club on Sunday.",
            "Varne Stadium for the Ostrava Steel Club",
            EntityKind::Organization,
        ),
        (
            "a place's head after a name, with a purpose after it, names no place",
            "The Norvala Centre for Tropical Medicine said it had sent a team.",
            "Norvala Centre for Tropical Medicine",
            EntityKind::Place,
        ),
        (
            "a surname alone that ends a person's name with a particle is no body",
            "Sheikh Tarek al-Varnoudi, an elder, spoke. Varnoudi said the wells were dry.",
            "Varnoudi",
            EntityKind::Organization,
        ),
        (
            "a country before a name after a body of no one country is no chapter's",
            "Red Cross Uganda Chapter officials met.",
            "Red Cross Uganda",
            EntityKind::Organization,
        ),
        (
            "an abbreviation of a kind of thing that a title defines is no body",
            "She was elected a Member of Parliament (MP) last year. The MP spoke.",
            "MP",
            EntityKind::Organization,
        ),
        (
            "a name before a verb and a distance is the verb's subject",
            "Talvi Okafor, walking 10 km a day, reached the clinic.",
            "Talvi Okafor",
            EntityKind::Place,
        ),
        (
            "a name before a relative clause and a distance is its subject",
            "Talvi Okafor, who was 40 km away, heard the blast.",
            "Talvi Okafor",
            EntityKind::Place,
        ),
        (
            "a place's kind that qualifies another noun in an apposition names no place",
            "Talvi Okafor, a village elder, said the well was dry.",
            "Talvi Okafor",
            EntityKind::Place,
        ),
        (
            "names without a connector before an acronym none of them spells are no long form",
            "Voters backed Tolvik Ormsund (KVP). The KVP said it would win.",
            "Tolvik Ormsund",
            EntityKind::Organization,
        ),
        (
            "an organization's cue before a preposition names what follows no organization",
            "It is the largest exporter to European buyers.",
            "to European",
            EntityKind::Organization,
        ),
        (
            "a given name after a place and `and` before a verb of speech starts a clause",
            "The rally was held in Lagos and Peter said it went well.",
            "Peter",
            EntityKind::Place,
        ),
        (
            "two unknown names joined by `and` after a preposition are no places by that alone",
            "The deal was signed in Varnela and Tolvik.",
            "Varnela",
            EntityKind::Place,
        ),
        (
            "authors cited elsewhere, joined by `&`, are no firm",
            "Runners tire (Kelvaro, 2009; Tamsin, 2011). In Kelvaro & Tamsin's study, birds ran.",
            "Kelvaro & Tamsin",
            EntityKind::Organization,
        ),
        (
            "names joined by `&` before a year are cited authors",
            "As Kelvaro & Tamsin 2011 showed, birds ran.",
            "Kelvaro & Tamsin",
            EntityKind::Organization,
        ),
        (
            "a country after a body's cue keeps its reading",
            "He met the leader of Norway on Monday.",
            "Norway",
            EntityKind::Organization,
        ),
        (
            "a nationality word after a body's cue qualifies a noun",
            "A spokesman for the Kenyan military declined to comment.",
            "Kenyan",
            EntityKind::Organization,
        ),
        (
            "`from … to` a name only folded as a minor place names no place",
            "He moved from Zantrofex to Quillon in 2019.",
            "Zantrofex",
            EntityKind::Place,
        ),
        (
            "a place's head ends before `to` and a place the gazetteer knows",
            "Trucks drove from Kelvaro Airport to Lagos.",
            "Kelvaro Airport to Lagos",
            EntityKind::Place,
        ),
        (
            "a phrase between commas that no determiner opens is no apposition",
            "We used the Escola do Varnel, for monitoring the players, highlighting attention.",
            "Varnel",
            EntityKind::Person,
        ),
        (
            "a title before a known person after a comma is his, no apposition",
            "At the opening of the Kelmoor Bay Lodge, President Ruto thanked the staff.",
            "Kelmoor Bay Lodge",
            EntityKind::Person,
        ),
        (
            "an honorific before a known person after a comma is his",
            "Outside the Tamsin Grove Lodge, Mr Ruto greeted the staff.",
            "Tamsin Grove Lodge",
            EntityKind::Person,
        ),
        (
            "one word after a person's cue is no person's full name",
            "The buyer was identified as Zantrofex.",
            "Zantrofex",
            EntityKind::Person,
        ),
        (
            "one word after `according to` is as often a firm's",
            "The site ranks 135th, according to Zantrofex.",
            "Zantrofex",
            EntityKind::Person,
        ),
        (
            "`for a` after a whole name opens no part of it",
            "She studied at Kelvaro University for a Master of Education.",
            "Kelvaro University for a Master of Education",
            EntityKind::Organization,
        ),
        (
            "a town and its country after a preposition are no company",
            "Exports from Zantrofe Kenya rose.",
            "Zantrofe Kenya",
            EntityKind::Organization,
        ),
        (
            "a company and a city are no company's arm",
            "Zantrofex Nairobi cut data prices.",
            "Zantrofex Nairobi",
            EntityKind::Organization,
        ),
        (
            "a given name and a surname, each a town, are no place",
            "It was the day Yuri Gagarin lifted off.",
            "Yuri Gagarin",
            EntityKind::Place,
        ),
        (
            "one letter after a letter and a hyphen is a term's short form",
            "Formal Equivalence (F-E) was tested.",
            "E",
            EntityKind::Place,
        ),
        (
            "a common noun after a title outside its complement",
            "The spokesman briefly, Zilvo Kantera, said the talks failed.",
            "Zilvo Kantera",
            EntityKind::Person,
        ),
        (
            "a title's portfolio is no speaker",
            "The Minister for Health said the clinic would open.",
            "Health",
            EntityKind::Person,
        ),
        (
            "a title's portfolio opens no speaker's name",
            "Minister for Lands and Survey Zilvo Kantera said the survey began.",
            "Survey Zilvo Kantera",
            EntityKind::Person,
        ),
        (
            "an ordinary word that opens the sentence opens no person's name",
            "Farmers Kantera and Mensah said the rains failed.",
            "Farmers Kantera",
            EntityKind::Person,
        ),
        (
            "a word no list knows before `and` is a name of its own",
            "Zantrofex and Kestrel Power Group said profits rose.",
            "Zantrofex and Kestrel Power Group",
            EntityKind::Organization,
        ),
        (
            "an office a country names in its own way is no organization",
            "Treasury Cabinet Secretary Odhiambo Varnek said the bill would pass.",
            "Treasury Cabinet",
            EntityKind::Organization,
        ),
        (
            "a given name before an acronym is no person",
            "Analysts at Maria BBA said prices would fall.",
            "Maria BBA",
            EntityKind::Person,
        ),
        (
            "a given name beside a noun phrase of a firm's kind is no firm's",
            "Maria Varnek, the budget airline, said so.",
            "Maria Varnek",
            EntityKind::Organization,
        ),
        (
            "a list is no apposition",
            "Varnolux, Kestrana and the utility, all said so.",
            "Varnolux",
            EntityKind::Organization,
        ),
        (
            "a place the gazetteer knows keeps its kind beside a noun phrase",
            "Flights to Kenya, the airline, rose.",
            "Kenya",
            EntityKind::Organization,
        ),
        (
            "a phrase that goes on past the cue names no kind",
            "Varnolux, the utility that failed, said so.",
            "Varnolux",
            EntityKind::Organization,
        ),
        (
            "a title before its complement is no surname",
            "Edward Duke of Varnholt was born in 1650.",
            "Edward Duke",
            EntityKind::Person,
        ),
        (
            "a title before another capitalised word is no surname",
            "Officials said Harold Bishop Varnek would resign.",
            "Harold Bishop Varnek",
            EntityKind::Person,
        ),
        (
            "a title that is no surname ends no name",
            "Harold Governor said the plan had failed.",
            "Harold Governor",
            EntityKind::Person,
        ),
        (
            "a title after a word no list knows ends no name",
            "Varnholt Bishop said the plan had failed.",
            "Varnholt Bishop",
            EntityKind::Person,
        ),
        (
            "a run of capitals going on past the syllables is not cut after them",
            "Crowds filled Le Van Tam Park on Sunday.",
            "Le Van Tam",
            EntityKind::Person,
        ),
        (
            "four syllables after a family name are more than a given name",
            "Officials said Nguyen Van Thi Minh Hoa would attend the talks.",
            "Nguyen Van Thi Minh Hoa",
            EntityKind::Person,
        ),
        (
            "a run of capitals ends with its sentence",
            "A meeting with Tran\n\nLong Minh spoke first.",
            "Tran\n\nLong Minh",
            EntityKind::Person,
        ),
        (
            "a head of names is no syllable",
            "Shares of Tran Minh Group rose on Monday.",
            "Tran Minh Group",
            EntityKind::Person,
        ),
        (
            "a run of capitals going on past three syllables is not cut after them",
            "Crowds filled Nguyen Thi Minh Khai Park on Sunday.",
            "Nguyen Thi Minh Khai",
            EntityKind::Person,
        ),
        (
            "a family name the gazetteer reads as a place starts no syllables",
            "Officials said Jordan Van Minh would attend the talks.",
            "Jordan Van Minh",
            EntityKind::Person,
        ),
        (
            "words of two groups of vowels or a final of two consonants are no syllables",
            "Parliament passed the Varnel Reform Act on Monday.",
            "Varnel Reform Act",
            EntityKind::Person,
        ),
        (
            "a place after a preposition ends its own phrase",
            "In Kenya Red Cross teams gave out food.",
            "Kenya Red Cross",
            EntityKind::Organization,
        ),
        (
            "a lone word the sentence calls `he` is no organization",
            "Varnholt said he would appeal the ruling.",
            "Varnholt",
            EntityKind::Organization,
        ),
        (
            "a lone word written elsewhere after a given name is no organization",
            "Varnholt said the plan would fail. Critics of Tomas Varnholt agreed.",
            "Varnholt",
            EntityKind::Organization,
        ),
        (
            "a lone word written elsewhere in lower case is no organization",
            "Kestrelings said the rules were unfair. Most kestrelings agreed.",
            "Kestrelings",
            EntityKind::Organization,
        ),
        (
            "a head joined by a hyphen to a word of a closed class",
            "She was named to the All-District team.",
            "All-District",
            EntityKind::Place,
        ),
        (
            "an ordinary word heading a determined phrase before `who`",
            "The Norland Republican, who faces a primary, said he would fight.",
            "Republican",
            EntityKind::Person,
        ),
        (
            "a name joined by a hyphen to a lower-case word after a cue",
            "An analyst at Nairobi-based Kestrel Capital said prices fell.",
            "Nairobi",
            EntityKind::Organization,
        ),
        (
            "a place's head that opens a name with its purpose names a body",
            "The Centre for Policy Varnance said the figures were wrong.",
            "Centre for Policy Varnance",
            EntityKind::Place,
        ),
        (
            "a name before a comma and a predicate that holds a title",
            "Norland's parliament, the Varnel Great Khural, elected a premier.",
            "Varnel Great Khural",
            EntityKind::Person,
        ),
        (
            "a place that is a given name too opens a speaker's name, not a body's",
            "Salvador Nasralla said he would not concede.",
            "Salvador Nasralla",
            EntityKind::Organization,
        ),
        (
            "a poll's figures between names written with name parts",
            "In the latest poll, Okafor led Mensah 48-45.",
            "Mensah",
            EntityKind::Organization,
        ),
        (
            "a minister's portfolio that names a party too",
            "Labor Minister Jeannette Varna called the reform historic.",
            "Labor",
            EntityKind::Organization,
        ),
        (
            "the owner of a body after `members of`",
            "The Varn languages are members of Oskel's group of languages.",
            "Oskel",
            EntityKind::Organization,
        ),
        (
            "a particle alone after `members of`",
            "Gunmen killed 70 members of the Al bu Varnim tribe.",
            "Al",
            EntityKind::Organization,
        ),
        (
            "a list after a cue before organizations",
            "Shares of Kelvacom and Varntel fell on Monday.",
            "Kelvacom and Varntel",
            EntityKind::Organization,
        ),
        (
            "a particle of two letters opening a place's name",
            "Ferries sail from Kelvar to La Varnade daily.",
            "La Varnade",
            EntityKind::Person,
        ),
        (
            "the last of unknown names joined by `and` before a verb of speech",
            "Kelvacom and Varnatel said their networks were down.",
            "Varnatel",
            EntityKind::Person,
        ),
        (
            "a partner before `and` of a subject written with no name part",
            "On Monday, Kelvacom and Ostra Varnatel said their networks were down.",
            "Kelvacom",
            EntityKind::Person,
        ),
        (
            "a title before a given name and a body's name",
            "The grant came from the Minister Ilse Varnek Foundation.",
            "Minister Ilse Varnek Foundation",
            EntityKind::Organization,
        ),
        (
            "a title before a title in a body's name",
            "The General Secretary Varnek Institute opened.",
            "General Secretary Varnek Institute",
            EntityKind::Organization,
        ),
        (
            "two words no list knows after a preposition of place",
            "The road to Kelvaro Ostrang was closed.",
            "Kelvaro Ostrang",
            EntityKind::Person,
        ),
        (
            "two words no list knows after a possessive",
            "It resembles Lagrange's Mécanique Analytique in its order.",
            "Mécanique Analytique",
            EntityKind::Person,
        ),
        (
            "a nationality word before a place's cue written after it",
            "Shelling hit a Syrian village near the border.",
            "Syrian",
            EntityKind::Place,
        ),
        (
            "ordinary words before a place's cue written after them",
            "She won the Social Welfare constituency in the election.",
            "Social Welfare",
            EntityKind::Place,
        ),
        (
            "a surname found alone is no person where a place is named",
            "Cleveland said the vote was fair. Kestrelia Cleveland opened on Monday.",
            "Kestrelia Cleveland",
            EntityKind::Person,
        ),
        (
            "a title and its holder after a comma are no apposition",
            "Parliament passed the Varnel Reform Act, Speaker Anita Kestrelby said.",
            "Varnel Reform Act",
            EntityKind::Person,
        ),
        (
            "the word after a dateline opens its sentence",
            "KISUMU — Zantrofex said the plant would close.",
            "Zantrofex",
            EntityKind::Person,
        ),
        (
            "a name before a noun is no agent",
            "It is the word used by Varnel Kestra speakers.",
            "Varnel Kestra",
            EntityKind::Person,
        ),
        (
            "a name after a preposition is no subject",
            "Traders at Varnel Market said they lost goods.",
            "Varnel Market",
            EntityKind::Person,
        ),
        (
            "a place's company is no person",
            "Kenya Varnacom said on Monday that the network failed.",
            "Varnacom",
            EntityKind::Person,
        ),
        (
            "a nationality is no qualifier of a place's prefix",
            "The Norwegian Kingdom of Varn fell.",
            "Norwegian Kingdom of Varn",
            EntityKind::Place,
        ),
        (
            "a cue before a name, capitalised, is a word of the name",
            "Envoys toured the Near Varnesh in May.",
            "Varnesh",
            EntityKind::Place,
        ),
        (
            "a name part in capitals before a word is an acronym",
            "The base hosted 300 ANG Varnites last week.",
            "ANG Varnites",
            EntityKind::Person,
        ),
        (
            "a clause after a comma is no apposition",
            "Crews of the Varn Airlift, drawn from the Kestrel Fighter Wing, landed.",
            "Varn Airlift",
            EntityKind::Person,
        ),
        (
            "a mark that closes a quotation opens no nickname",
            "Fans shouted \"Orla\" Kestrane \"Birdie\" again.",
            "Orla\" Kestrane \"Birdie",
            EntityKind::Person,
        ),
        (
            "a head that opens a title",
            "Kestrel Press Secretary Ana Varn spoke to reporters.",
            "Kestrel Press",
            EntityKind::Organization,
        ),
        (
            "a person's name that ends in a head of organizations",
            "Chan Kam Wing said the vote was close.",
            "Chan Kam Wing",
            EntityKind::Organization,
        ),
        (
            "an unknown word that owns `their`",
            "Later, Varnolds raised their prices.",
            "Varnolds",
            EntityKind::Organization,
        ),
        (
            "a company listed with people",
            "Delegates from Kestrel Mining, Varn Orvell and John Smith attended.",
            "Kestrel Mining",
            EntityKind::Person,
        ),
        (
            "a person's name before `and` and a place's head",
            "Teams from Laura Varley and Kestrel Bay met in the hall.",
            "Laura Varley and Kestrel Bay",
            EntityKind::Place,
        ),
        (
            "a place that is a given name, before an ordinary word",
            "Georgia Power raised its rates again.",
            "Georgia Power",
            EntityKind::Person,
        ),
        (
            "`it was` after a verb of speech names no one",
            "Later Varnholt said it was a mistake.",
            "Varnholt",
            EntityKind::Organization,
        ),
        (
            "a head in capitals alone after `the`",
            "He starred in the TV series for a decade.",
            "TV",
            EntityKind::Organization,
        ),
        (
            "a head's complement ends before a person's name",
            "Envoy for the Coalition to Counter Varnism Brett Okwudili arrived.",
            "Coalition to Counter Varnism Brett",
            EntityKind::Organization,
        ),
        (
            "an ordinary word after a title",
            "Critics praised Varnholt's Prince Series at the fair.",
            "Series",
            EntityKind::Person,
        ),
        (
            "a person after a place that opens the sentence",
            "In Lagos, Okwudili, a trader, lost his stall.",
            "Okwudili",
            EntityKind::Place,
        ),
        (
            "a person after a place, going on into a verb",
            "The talks in Paris, Okwudili said, went well.",
            "Okwudili",
            EntityKind::Place,
        ),
        (
            "a determiner alone between capitalised words joins no name",
            "On 19 December the Norland Tariff Council adopted new rules.",
            "December the Norland Tariff Council",
            EntityKind::Organization,
        ),
        (
            "one name before a reference number, in a text that cites no one else",
            "We ran Kestrelon [3] on every sample.",
            "Kestrelon",
            EntityKind::Person,
        ),
        (
            "`to` after a head joins two names",
            "She wrote for everything from Varn Weekly to Kestrel Magazine.",
            "Varn Weekly to Kestrel Magazine",
            EntityKind::Organization,
        ),
        (
            "an ordinary word that opens its sentence is no minor place",
            "Born in 1950, she grew up by the sea.",
            "Born",
            EntityKind::Place,
        ),
        (
            "one preposition of place alone names no place",
            "She works at Zantrofex. Later she was promoted at Zantrofex.",
            "Zantrofex",
            EntityKind::Place,
        ),
        (
            "`to` completes a verb and counts for no place",
            "The dialect is related to Eegimaa and written in Eegimaa.",
            "Eegimaa",
            EntityKind::Place,
        ),
        (
            "a word named alone as a person stays a person",
            "Ovidrus, who led the monks, died. Pilgrims came from Ovidrus and stayed at Ovidrus.",
            "Ovidrus",
            EntityKind::Place,
        ),
        (
            "the first part of a hyphenated word is no place alone",
            "They sailed from Mof-Avvi to the isles and later lived in Mof-Avvi.",
            "Mof",
            EntityKind::Place,
        ),
        (
            "an ordinary word before a post is no organization",
            "He met Internet founder Vint Calder yesterday.",
            "Internet",
            EntityKind::Organization,
        ),
        (
            "a place that is a surname ends no run of a given name and an unknown word",
            "The 22nd Fan Expo Canada took place in Toronto.",
            "Fan Expo Canada",
            EntityKind::Person,
        ),
        (
            "a place before what it qualifies is no family name first",
            "Investors at Wall Street-based funds sold the shares.",
            "Wall Street-based",
            EntityKind::Person,
        ),
        (
            "a given name that is a place's prefix cue starts no person",
            "Today, Port Hallam is a quiet harbour.",
            "Port Hallam",
            EntityKind::Person,
        ),
        (
            "the end of a name joined by `of` is no person alone",
            "Orvel of Tamsk (c. 314 – 368) led the monks. Orvel died at Tamsk.",
            "Tamsk",
            EntityKind::Person,
        ),
        (
            "a name right after an article is no person's",
            "Her band toured with the Silver Varnettas, who split in 1990.",
            "Silver Varnettas",
            EntityKind::Person,
        ),
        (
            "a word the document writes alone after an article is no person",
            "The hills belong to the Varnettas. There are Varnettas who farm.",
            "Varnettas",
            EntityKind::Person,
        ),
        (
            "a list left open is no list",
            "Near the town of Tolvik, Varnek Osk farms barley.",
            "Varnek Osk",
            EntityKind::Place,
        ),
        (
            "after `and`, a known name is a name of its own",
            "The Ministry of Oil and Iraq's army agreed.",
            "Ministry of Oil and Iraq",
            EntityKind::Organization,
        ),
        (
            "`its` is no person's",
            "In the spring, Edwin raised its prices again.",
            "Edwin",
            EntityKind::Person,
        ),
        (
            "a pronoun with its clitic is no name",
            "Good morning. I'm arguing for the appellant today.",
            "I'm",
            EntityKind::Person,
        ),
        (
            "a hesitation is no name",
            "Uh, attorney Tam Varn will argue the rebuttal.",
            "Uh",
            EntityKind::Person,
        ),
        (
            "a heading is no part of the next paragraph's name",
            "Getting around\n\nSee\n\nIslands\n\nThe beaches are green.",
            "See\n\nIslands",
            EntityKind::Place,
        ),
        (
            "`to` between two names joins neither",
            "She wrote for Varnland Weekly to Osk Magazine each month.",
            "Varnland Weekly to Osk Magazine",
            EntityKind::Organization,
        ),
        (
            "a list of ordinary words is no list of places",
            "The course is taught in Physics, Chemistry and Botany.",
            "Botany",
            EntityKind::Place,
        ),
        (
            "an unknown word before a place that is a surname too",
            "Tourist Information (Turismo Mérida) opens at nine.",
            "Turismo Mérida",
            EntityKind::Person,
        ),
        (
            "a known place keeps its reading in the possessive",
            "Norway's chief executive resigned.",
            "Norway",
            EntityKind::Organization,
        ),
        (
            "a kind of organization before a speaker",
            "“We will appeal,” the tabloid Varnholt Star said.",
            "Varnholt Star",
            EntityKind::Person,
        ),
        (
            "an ordinary word before the noun it qualifies is no place",
            "Western diplomats met on Monday.",
            "Western",
            EntityKind::Place,
        ),
        (
            "a comma with no `and` to close a list of fields ends the name",
            "The Ministry of Health, Kenya's largest employer, hired.",
            "Ministry of Health, Kenya",
            EntityKind::Organization,
        ),
        (
            "names after a body's comma are no fields of it",
            "The Ministry of Health, Nairobi and Kisumu counties agreed.",
            "Ministry of Health, Nairobi and Kisumu",
            EntityKind::Organization,
        ),
        (
            "a person's verb after a name that a preposition governs is its head's",
            "The mayor of Tolvik resigned on Monday.",
            "Tolvik",
            EntityKind::Person,
        ),
        (
            "a name a noun's complement governs is no subject of the verb after it",
            "The MP for Varnholt East spoke on Monday.",
            "Varnholt East",
            EntityKind::Person,
        ),
        (
            "a year is no unit's number",
            "The Planning Commission 2020 report came out.",
            "Planning Commission 2020",
            EntityKind::Organization,
        ),
    ];

    #[test]
    fn rules_leave_what_is_no_name_of_their_kind() {
        for (name, text, not, kind) in NOT_FOUND {
            let x = crate::test_util::extract(text);
            let wrong = x
                .mentions()
                .iter()
                .find(|m| &text[m.span()] == *not && x.entity(m.entity()).unwrap().kind() == *kind);
            assert!(wrong.is_none(), "{name}: {text}");
        }
    }

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

    /// `(name, text, word, whether it is a place)`: a first-level division
    /// whose name is a given name too is the division where the document
    /// names its country, and no chance reading elsewhere.
    const DIVISIONS: &[(&str, &str, &str, bool)] = &[
        (
            "a state named in a story from a city of its country",
            "Officials in Reno said Nevada would appeal.",
            "Nevada",
            true,
        ),
        (
            "a province of another country than the story's",
            "Officials in Reno said Isabel would appeal.",
            "Isabel",
            false,
        ),
        (
            "a state in a story of no country",
            "The engineers said Nevada would appeal.",
            "Nevada",
            false,
        ),
    ];

    /// `(name, text, word, whether it is a place)`: a town whose name is a
    /// given name too, after `of` and a person's name, is the person's
    /// town.
    const HOMETOWNS: &[(&str, &str, &str, bool)] = &[
        (
            "after `of` and a person's name",
            "Rep. Dana Kesobi of Dayton voted no.",
            "Dayton",
            true,
        ),
        (
            "after a person's name, a comma and `of`",
            "Ruth Okafor, of Columbus, agreed.",
            "Columbus",
            true,
        ),
        (
            "a name that goes on after `of` is a body's",
            "Ruth Okafor of Columbus Freight agreed.",
            "Columbus",
            false,
        ),
    ];

    #[test]
    fn a_persons_town_follows_of() {
        let wrong = crate::test_util::wrong_place_rows(HOMETOWNS);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn divisions_are_places_in_their_country() {
        let wrong = crate::test_util::wrong_place_rows(DIVISIONS);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// `(name, word, class, whether the word has it)`: names that the
    /// transliteration fold joins with an English word keep their own
    /// facts, and the word its own.
    const SPELLED: &[(&str, &str, WordClass, bool)] = &[
        (
            "`said` is an ordinary word",
            "said",
            WordClass::Common,
            true,
        ),
        (
            "`Saeed` folds like `said`",
            "Saeed",
            WordClass::Common,
            false,
        ),
        ("`Saeed` is a given name", "Saeed", WordClass::Given, true),
        ("`or` is a function word", "or", WordClass::Function, true),
        ("`Orr` folds like `or`", "Orr", WordClass::Function, false),
        ("`an` is a function word", "an", WordClass::Function, true),
        ("`Ann` folds like `an`", "Ann", WordClass::Function, false),
        ("`you` is a function word", "you", WordClass::Function, true),
        ("`Yoo` folds like `you`", "Yoo", WordClass::Function, false),
        ("`Lee` is an ordinary word", "Lee", WordClass::Common, true),
        ("`Li` folds like `Lee`", "Li", WordClass::Common, false),
    ];

    /// `(name, text, the person found in it)`: the same names in text.
    const SPELLED_NAMES: &[(&str, &str, &str)] = &[
        (
            "a given name that folds like a verb",
            "Talks stalled. Saeed Norvani spoke to the farmers.",
            "Saeed Norvani",
        ),
        (
            "a surname that folds like a conjunction",
            "Colonel Dana Orr visited the base.",
            "Dana Orr",
        ),
        (
            "a given name that folds like an article",
            "Talks stalled. Ann Kellaway spoke to the farmers.",
            "Ann Kellaway",
        ),
        (
            "a given name that folds like a pronoun",
            "Talks stalled. Yoo Minseo spoke to the farmers.",
            "Yoo Minseo",
        ),
        (
            "a given name that folds like an ordinary word",
            "Talks stalled. Li Wenbo spoke to the farmers.",
            "Li Wenbo",
        ),
    ];

    #[test]
    fn a_spelling_keeps_the_facts_of_its_own_words() {
        crate::test_util::assert_unique(SPELLED.iter().map(|r| r.0));
        crate::test_util::assert_unique(SPELLED_NAMES.iter().map(|r| r.0));
        let g = Gazetteer::with_bundled_lists().unwrap();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let mut lexicon = crate::gazetteer::lexicon::Lexicon::build(&g, &folder).unwrap();
        let cues = Cues::build(&g, &folder, lexicon.take_words());
        let mut wrong = Vec::new();
        let (mut analysis, mut by_spelling) = (Analysis::default(), Vec::new());
        for &(name, word, class, want) in SPELLED {
            // In a sentence, after the other words of the table: the
            // facts of a spelling met before are kept.
            let sentence = format!("Then {word} came.");
            analysis.run(&sentence, &folder);
            cues.facts_of(&sentence, &analysis, &mut by_spelling);
            let mut by_token = Vec::new();
            let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
            if facts.of(1).has(class) != want {
                wrong.push(format!("{name}: {class:?} of {word:?} is not {want}"));
            }
        }
        for &(name, text, want) in SPELLED_NAMES {
            let people = crate::test_util::people_of(text);
            if !people.contains(&want) {
                wrong.push(format!("{name}: {text}\n  people {people:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// `(name, text, the person found in it)`: particles that are English
    /// words too join a name only when they are written as particles.
    const ENGLISH_PARTICLES: &[(&str, &str, &str)] = &[
        (
            "`such as` before an apposition",
            "Officials such as Norvin Tallee, the mayor, spoke.",
            "Norvin Tallee",
        ),
        (
            "`identified as` before an apposition",
            "The man was identified as Kemal Orsk, the spokesman of the group.",
            "Kemal Orsk",
        ),
        (
            "`such as` before a given name",
            "Leaders such as Michael Okonjo attended.",
            "Michael Okonjo",
        ),
        (
            "a particle hyphenated to the surname",
            "Colonel Hamid as-Sarrawi spoke.",
            "Hamid as-Sarrawi",
        ),
    ];

    #[test]
    fn english_words_are_particles_only_as_written_in_names() {
        crate::test_util::assert_unique(ENGLISH_PARTICLES.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for &(name, text, want) in ENGLISH_PARTICLES {
            let people = crate::test_util::people_of(text);
            if !people.contains(&want) {
                wrong.push(format!("{name}: {text}\n  people {people:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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
            cues.facts_of(&sentence, &analysis, &mut by_spelling);
            let mut by_token = Vec::new();
            let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
            assert!(
                facts.of(1).has(row.class),
                "{:?} in {sentence:?}",
                row.class
            );
        }
        let the = cues.facts(&folder, "the");
        assert!(the.is_function_word() && !cues.facts(&folder, "Baghdad").is_function_word());
    }
}
