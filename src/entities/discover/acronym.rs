//! Acronyms, by method.
//!
//! - A definition, the long form then the acronym in brackets or quotation
//!   marks, a possessive before or after the bracket allowed:
//!   `Norvalan Kestrel Association (NORKA)`, `the Kestrel Union's (KU)
//!   leader`, `the Kestrel Union (KU)'s leader`, `the Kestrel Union “KU”`.
//! - A definition the other way round: `NORKA (Norvalan Kestrel
//!   Association)`.
//! - An acronym whose long form the document names elsewhere, undefined:
//!   `the Norvalan Kestrel Association met … NKA officials said`.
//! - An all-capital token the document uses without defining it, which is
//!   an organization when nothing says it is something else.
//!
//! A definition holds when the acronym's letters can be read off the long
//! form in order ([`align`]): from the starts of its words, from further
//! letters of a word (syllable acronyms: `FEDINVA` for `Federal
//! Investigation Agency`), passing over connectors in any language. An
//! organization's name right before a bracketed acronym defines it even when
//! the letters do not spell it (a long form translated from the language its
//! acronym comes from), if one of its words gives the first letter or the
//! document goes on to use the acronym as a name.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{AcronymNote, Discovery, Doc, Found};
use crate::entities::EntityKind;
use crate::entities::choose::Reading;
use crate::gazetteer::acronym_words::{AcronymUse, AcronymWord};
use crate::gazetteer::grammar::WordClass;
use crate::text::word_map::WordMap;
use crate::text::{Class, Folder, Shape, TokenRange};

/// The most letters and digits a defined acronym has.
const MAX_LETTERS: usize = 8;
/// The most letters an undefined all-capital token has to be taken for an
/// organization: longer ones are words written in capitals.
const MAX_UNDEFINED_LETTERS: usize = 6;
/// The most tokens of a long form, connectors and hyphens included.
const MAX_LONG_TOKENS: usize = 16;
/// The most capitalised words an alignment may pass over.
const MAX_SKIPS: usize = 1;

/// What `acronyms.tsv` says of a folded word.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) struct AcronymFacts {
    connector: bool,
    not_organization: bool,
    sign: bool,
}

/// The words of `acronyms.tsv`, folded by `folder`.
pub(crate) fn words(rows: &[AcronymWord], folder: &Folder) -> WordMap<AcronymFacts> {
    let mut map = WordMap::default();
    for row in rows {
        let mut folded = crate::text::fold_phrase(folder, &row.word);
        // A row of one word, as the text's tokens are looked up.
        let (Some(word), None) = (folded.pop(), folded.pop()) else {
            continue;
        };
        let facts: &mut AcronymFacts = map.entry(&word);
        match row.use_ {
            AcronymUse::Connector => facts.connector = true,
            AcronymUse::NotOrganization => facts.not_organization = true,
            AcronymUse::Sign => facts.sign = true,
            // Read as written: see `VesselPrefixes`.
            AcronymUse::Vessel => {}
        }
    }
    map
}

/// The prefixes of ships' names of `acronyms.tsv`, as written: in
/// capitals, and not folded, as the fold makes `USS` and `US` one word.
/// Each is kept as its bytes packed in a number, sorted: every name of a
/// document is asked whether a prefix stands before it.
#[derive(Clone, Debug, Default)]
pub(crate) struct VesselPrefixes {
    sorted: Vec<u64>,
}

impl VesselPrefixes {
    /// The prefixes among `rows`; one longer than eight bytes is none.
    pub(crate) fn of(rows: &[AcronymWord]) -> VesselPrefixes {
        let mut sorted: Vec<u64> = rows
            .iter()
            .filter(|row| row.use_ == AcronymUse::Vessel)
            .filter_map(|row| VesselPrefixes::key(&row.word))
            .collect();
        sorted.sort_unstable();
        sorted.dedup();
        VesselPrefixes { sorted }
    }

    /// Whether `word`, as written, is one of the prefixes.
    pub(crate) fn contains(&self, word: &str) -> bool {
        VesselPrefixes::key(word).is_some_and(|key| self.sorted.binary_search(&key).is_ok())
    }

    /// `word`'s bytes packed in a number, when it has one to eight.
    fn key(word: &str) -> Option<u64> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > 8 {
            return None;
        }
        let mut packed = [0u8; 8];
        packed[..bytes.len()].copy_from_slice(bytes);
        Some(u64::from_le_bytes(packed))
    }
}

impl Doc<'_> {
    /// Whether token `i` is written against a currency sign: `US$`,
    /// `HK$`. Such a word names a currency, not its country nor a body.
    pub(crate) fn is_beside_currency_sign(&self, i: usize) -> bool {
        let tokens = &self.analysis.tokens;
        let after =
            i + 1 < self.len() && !tokens[i + 1].space_before && self.acronym_facts(i + 1).sign;
        let before = i > 0 && !tokens[i].space_before && self.acronym_facts(i - 1).sign;
        after || before
    }

    /// Whether token `i` lies in the path of a web address: a run of text
    /// without spaces that holds `://`, or goes on with `/` after a domain
    /// in lower case (`twitter.com/Kestrel`). A country or a city in an
    /// address's path is no mention (`news.example.com/Iraq/Mosul`);
    /// `U.S./Iraq` is no address.
    pub(crate) fn is_in_web_address(&self, i: usize) -> bool {
        // Asked of every name: a text without a slash has no path.
        if !*self
            .has_slash
            .get_or_init(|| memchr::memchr(b'/', self.text.as_bytes()).is_some())
        {
            return false;
        }
        let tokens = &self.analysis.tokens;
        let mut first = i;
        while first > 0 && !tokens[first].space_before {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < tokens.len() && !tokens[last + 1].space_before {
            last += 1;
        }
        if first == last {
            return false;
        }
        let run = &self.text[tokens[first].span().start..tokens[last].span().end];
        let Some((host, _)) = run.split_once('/') else {
            return false;
        };
        let domain = host.contains('.') && {
            host.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        };
        domain || run.contains("://")
    }

    /// Whether token `i` is a prefix of ships' names, or a capitalised
    /// word right after one: `USS Mahan`, `MV Kestrel Star`. A ship is no
    /// person, place or organization.
    pub(crate) fn is_ship_name(&self, i: usize) -> bool {
        // Asked of every name a document has: the shape and the length
        // before the text.
        let prefix = |k: usize| {
            let token = &self.analysis.tokens[k];
            token.shape == Shape::Upper
                && self.cues.vessel_prefixes.contains(&self.text[token.span()])
        };
        self.is_cap(i + 1) && prefix(i) || i > 0 && self.is_cap(i) && prefix(i - 1)
    }

    /// Whether token `i` is a connector of another language's names that
    /// `acronyms.tsv` lists: `do` in `Liga Paulista do Interior`, `por`.
    pub(super) fn is_foreign_connector(&self, i: usize) -> bool {
        i < self.len() && self.acronym_facts(i).connector
    }

    /// What `acronyms.tsv` says of token `i`.
    fn acronym_facts(&self, i: usize) -> AcronymFacts {
        let token = &self.analysis.tokens[i];
        self.cues
            .acronym_words
            .get_in(&self.analysis.haystack, token.folded())
    }
}

/// The all-capital words of a document, listed once for the acronym rules,
/// which read them several times, in a buffer kept for the next document:
/// the capitalised words they are among are many more, and far apart in
/// the token table.
#[derive(Clone, Debug, Default)]
pub(crate) struct Capitals {
    tokens: Vec<u32>,
    /// Those the document writes as common nouns ([`is_common_noun`]).
    nouns: Vec<u32>,
    listed: bool,
}

impl Capitals {
    /// Empties it for the next document.
    pub(crate) fn clear(&mut self) {
        self.tokens.clear();
        self.nouns.clear();
        self.listed = false;
    }

    /// The list of `out`, taken out of it to be put back when done, made
    /// for `doc` if it is not yet.
    fn take(doc: &Doc<'_>, out: &mut Discovery) -> Capitals {
        let mut capitals = std::mem::take(&mut out.capitals);
        if !capitals.listed {
            let tokens = &doc.analysis.tokens;
            capitals
                .tokens
                .extend(doc.analysis.capitalized.iter().filter(|&&i| {
                    let token = &tokens[i as usize];
                    token.shape == Shape::Upper && token.class == Class::Word
                }));
            // Both rules leave the common nouns out: found once.
            capitals.nouns.extend(
                capitals
                    .tokens
                    .iter()
                    .filter(|&&i| is_common_noun(doc, i as usize)),
            );
            capitals.listed = true;
        }
        capitals
    }
}

/// How a word of a long form takes part in its acronym.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Part {
    /// A capitalised word or a number: it gives the acronym its first
    /// letter at least.
    Kept,
    /// A connector, a particle, or the lower-case part of a hyphenated word
    /// (`of`, `de`, `al`, `operation` in `Co-operation`): it gives letters
    /// or none.
    Optional,
}

/// One word of a long form, as [`align`] reads it.
#[derive(Clone, Copy, Debug)]
struct Unit<'t> {
    word: &'t str,
    part: Part,
}

/// The letters and digits of an acronym, without its stops.
#[derive(Clone, Copy, Debug)]
struct Letters {
    chars: [char; MAX_LETTERS],
    len: usize,
}

impl Letters {
    /// The letters of `s`, if it has 2 to [`MAX_LETTERS`].
    fn of(s: &str) -> Option<Letters> {
        let mut letters = Letters {
            chars: ['\0'; MAX_LETTERS],
            len: 0,
        };
        for c in s.chars().filter(|c| c.is_alphanumeric()) {
            *letters.chars.get_mut(letters.len)? = c;
            letters.len += 1;
        }
        (letters.len >= 2).then_some(letters)
    }

    fn as_slice(&self) -> &[char] {
        &self.chars[..self.len]
    }
}

/// Whether two characters are one letter, up to case and diacritics.
fn same(a: char, b: char) -> bool {
    fn key(c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        // The base letter, without its diacritics: `É` is `E`.
        let mut base = None;
        unicode_normalization::char::decompose_canonical(c, |d| {
            if base.is_none() && !unicode_normalization::char::is_combining_mark(d) {
                base = Some(d);
            }
        });
        let base = base.unwrap_or(c);
        base.to_lowercase().next().unwrap_or(base)
    }
    a == b || key(a) == key(b)
}

/// The first letter or digit of `word`, and the rest of it.
fn split_initial(word: &str) -> Option<(char, &str)> {
    let (at, c) = word.char_indices().find(|(_, c)| c.is_alphanumeric())?;
    Some((c, &word[at + c.len_utf8()..]))
}

/// How freely an acronym's letters may be read off its long form.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Spelling {
    /// From the starts of words and from further letters of a word
    /// (syllables), passing over one capitalised word: what a definition
    /// in the text allows.
    Syllables,
    /// From the starts of words only, every capitalised word giving one:
    /// what a name the text does not tie to the acronym needs.
    Initials,
}

/// The first unit of the long form that spells `letters` and ends with
/// `units`, if any. The letters are matched in order: to the first letter
/// of a word first, then to further letters of the same word; the first
/// letter must be the first letter of the long form's first word, and
/// every capitalised word of the long form must give a letter, but for one
/// that an acronym of three letters or more may pass over. Connectors may
/// give letters or none. Of the alignments, one that passes over no
/// capitalised word wins, then the longest long form. Read as
/// [`Spelling::Initials`], a word gives its first letter only and none is
/// passed over.
fn align(letters: &[char], units: &[Unit<'_>], spelling: Spelling) -> Option<usize> {
    if letters.len() < 2 {
        return None;
    }
    let syllables = spelling == Spelling::Syllables;
    let most_skips = if letters.len() >= 3 && syllables {
        MAX_SKIPS
    } else {
        0
    };
    let mut search = Search {
        letters,
        units,
        syllables,
        failed: [0; FAILED_WORDS],
    };
    for skips in 0..=most_skips {
        for (start, unit) in units.iter().enumerate() {
            if unit.part == Part::Kept && search.spell(0, start, skips, true) {
                return Some(start);
            }
        }
    }
    None
}

/// The states of a search: a letter (or the end of them), a unit (or the
/// end of them), the skips left.
const STATES: usize = (MAX_LETTERS + 1) * (MAX_LONG_TOKENS + 1) * (MAX_SKIPS + 1);
const FAILED_WORDS: usize = STATES.div_ceil(64);

/// A depth-first search for an alignment. The states that failed are
/// remembered, so that the search takes time polynomial in the letters and
/// words, however contrived the brackets.
struct Search<'a, 't> {
    letters: &'a [char],
    units: &'a [Unit<'t>],
    /// Whether a word may give further letters than its first.
    syllables: bool,
    /// One bit per state whose search failed.
    failed: [u64; FAILED_WORDS],
}

impl Search<'_, '_> {
    /// Whether `letters[k..]` is spelled by `units[u..]`, passing over at
    /// most `skips` capitalised words; the `first` unit must give a letter.
    fn spell(&mut self, k: usize, u: usize, skips: usize, first: bool) -> bool {
        let state = (k * (MAX_LONG_TOKENS + 1) + u) * (MAX_SKIPS + 1) + skips;
        let (word, bit) = (state / 64, 1u64 << (state % 64));
        if !first && self.failed[word] & bit != 0 {
            return false;
        }
        let found = self.spell_afresh(k, u, skips, first);
        if !found && !first {
            self.failed[word] |= bit;
        }
        found
    }

    fn spell_afresh(&mut self, k: usize, u: usize, skips: usize, first: bool) -> bool {
        let Some(unit) = self.units.get(u) else {
            return k == self.letters.len();
        };
        if let (Some(&want), Some((initial, rest))) =
            (self.letters.get(k), split_initial(unit.word))
        {
            if same(initial, want) && self.within(k + 1, u, rest, skips) {
                return true;
            }
        }
        if first {
            return false;
        }
        match unit.part {
            Part::Optional => self.spell(k, u + 1, skips, false),
            Part::Kept => skips > 0 && self.spell(k, u + 1, skips - 1, false),
        }
    }

    /// Whether `letters[k..]` is spelled by `rest`, what is left of unit
    /// `u` after the letters it gave, and the units after it.
    fn within(&mut self, k: usize, u: usize, rest: &str, skips: usize) -> bool {
        // The start of the next word first.
        if self.spell(k, u + 1, skips, false) {
            return true;
        }
        // Else the next letter from further in this word: its first
        // occurrence, which leaves the most letters for the ones after.
        let Some(&want) = self.letters.get(k).filter(|_| self.syllables) else {
            return false;
        };
        match rest.char_indices().find(|&(_, c)| same(c, want)) {
            Some((at, c)) => self.within(k + 1, u, &rest[at + c.len_utf8()..], skips),
            None => false,
        }
    }
}

/// The words of a long form with their tokens, in text order.
struct Units<'t> {
    units: [Unit<'t>; MAX_LONG_TOKENS],
    tokens: [u32; MAX_LONG_TOKENS],
    len: usize,
}

impl<'t> Units<'t> {
    fn new() -> Units<'t> {
        Units {
            units: [Unit {
                word: "",
                part: Part::Optional,
            }; MAX_LONG_TOKENS],
            tokens: [0; MAX_LONG_TOKENS],
            len: 0,
        }
    }

    fn push(&mut self, unit: Unit<'t>, token: usize) -> bool {
        if self.len == MAX_LONG_TOKENS {
            return false;
        }
        self.units[self.len] = unit;
        self.tokens[self.len] = token as u32;
        self.len += 1;
        true
    }

    fn units(&self) -> &[Unit<'t>] {
        &self.units[..self.len]
    }
}

/// What token `i` is in a long form.
enum Piece {
    Unit(Part),
    /// Passed over: a joining hyphen, a possessive, an ampersand.
    Between,
    /// Not in a name: the long form stops before it.
    Stop,
}

/// What token `i` is in a long form: capitalised words and numbers are
/// kept, connectors and particles optional. Read as a `term`, a long form
/// keeps its lower-case words too (`sea surface salinity (SSS)`).
fn piece(doc: &Doc<'_>, i: usize, term: bool) -> Piece {
    let token = &doc.analysis.tokens[i];
    if token.shape == Shape::Lower && after_elision(&doc.text[token.span()]).is_some() {
        return Piece::Unit(Part::Kept);
    }
    // A plural's bare apostrophe, attached to its word, is a possessive
    // too: `Municipal Workers' Union (Samwu)`.
    let plural_possessive = matches!(doc.punct(i), Some('\'' | '’'))
        && !token.space_before
        && i > 0
        && doc.is_word(i - 1)
        && doc.text[..token.span().start].ends_with(['s', 'S']);
    if token.class == Class::Possessive
        || plural_possessive
        || doc.is_joining_hyphen(i)
        || doc.punct(i) == Some('&')
    {
        return Piece::Between;
    }
    if !doc.is_word(i) {
        return Piece::Stop;
    }
    let classes = doc.classes(i);
    let connector = classes.is_any(&[
        WordClass::Connector,
        WordClass::Determiner,
        WordClass::Preposition,
        WordClass::Conjunction,
    ]) || doc.particle(i).is_some()
        || doc.acronym_facts(i).connector;
    match token.shape {
        // Capitalised connectors in a title-case name (`Of`, `The`, `Under`),
        // and capitalised words of closed classes, which cannot start one.
        Shape::Capitalized | Shape::Upper if connector || classes.is_closed_class() => {
            Piece::Unit(Part::Optional)
        }
        Shape::Capitalized | Shape::Upper | Shape::Other => Piece::Unit(Part::Kept),
        Shape::Lower if connector || i > 0 && doc.is_joining_hyphen(i - 1) => {
            Piece::Unit(Part::Optional)
        }
        Shape::Lower if term && !classes.is_closed_class() => Piece::Unit(Part::Kept),
        Shape::Lower => Piece::Stop,
    }
}

/// The capitalised word after an elided article or preposition written
/// onto it, which gives the acronym its letter: `Avenir` of `l'Avenir` in
/// `Parti de l'Avenir Démocratique (PAD)`, `Arte` of `dell'Arte`.
fn after_elision(word: &str) -> Option<&str> {
    let (at, mark) = word.char_indices().find(|&(_, c)| c == '\'' || c == '’')?;
    let (elided, rest) = (&word[..at], &word[at + mark.len_utf8()..]);
    let lower = (1..=4).contains(&elided.len()) && elided.bytes().all(|b| b.is_ascii_lowercase());
    (lower && rest.chars().next().is_some_and(char::is_uppercase)).then_some(rest)
}

/// The word of token `i` that gives a long form's letters: past an elided
/// article (`l'Avenir`).
fn unit_word<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    let word = &doc.text[doc.analysis.tokens[i].span()];
    after_elision(word).unwrap_or(word)
}

/// The units of the long form that ends just before token `end`: back to
/// the start of the sentence or a word that is in no name.
fn units_before<'t>(doc: &Doc<'t>, end: usize, term: bool) -> Units<'t> {
    let mut units = Units::new();
    let floor = doc.sentence_start(end.saturating_sub(1));
    let mut i = end;
    while i > floor && end - i < MAX_LONG_TOKENS {
        i -= 1;
        match piece(doc, i, term) {
            Piece::Unit(part) => {
                units.push(
                    Unit {
                        word: unit_word(doc, i),
                        part,
                    },
                    i,
                );
            }
            Piece::Between => {}
            Piece::Stop => break,
        }
    }
    units.units[..units.len].reverse();
    units.tokens[..units.len].reverse();
    units
}

/// The units of the long form at tokens `range`, if every token can be in
/// one.
fn units_in<'t>(doc: &Doc<'t>, range: TokenRange) -> Option<Units<'t>> {
    let mut units = Units::new();
    for i in range.indices() {
        match piece(doc, i, false) {
            Piece::Unit(part) => {
                if !units.push(
                    Unit {
                        word: unit_word(doc, i),
                        part,
                    },
                    i,
                ) {
                    return None;
                }
            }
            Piece::Between => {}
            Piece::Stop => return None,
        }
    }
    Some(units)
}

/// Whether token `i` is a nationality word or a place, which a long form
/// keeps before the words its acronym spells (`Iraqi Joint Operations
/// Command`, `U.S. Central Command`).
fn is_modifier(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_demonym_at(i) || doc.entity_kind_at(i) == Some(EntityKind::Place)
}

/// The tokens of the long form spelled from unit `start` of `units` to
/// `end`, with the nationality words and places right before it.
fn long_form(doc: &Doc<'_>, units: &Units<'_>, start: usize, end: usize) -> TokenRange {
    let mut first = units.tokens[start] as usize;
    let mut u = start;
    while u > 0
        && units.tokens[u - 1] as usize + 1 == first
        && units.units[u - 1].part == Part::Kept
        && is_modifier(doc, first - 1)
    {
        u -= 1;
        first -= 1;
    }
    TokenRange::new(first, end)
}

/// The first unit of the long form of `units` that spells `letters` and
/// ends just before token `end` with a kept word: a name of two words at
/// least (`Ultraviolet (UV)` defines a word, not a name).
fn aligned_to_end(
    units: &Units<'_>,
    end: usize,
    letters: &[char],
    spelling: Spelling,
) -> Option<usize> {
    let last = units.len.checked_sub(1)?;
    if units.tokens[last] as usize + 1 != end || units.units[last].part != Part::Kept {
        return None;
    }
    let start = align(letters, units.units(), spelling)?;
    let kept = units.units()[start..]
        .iter()
        .filter(|unit| unit.part == Part::Kept)
        .count();
    (kept >= 2).then_some(start)
}

/// The long form of `units`, which end just before token `end`, if
/// `letters` spell all of it, but for the articles, nationality words and
/// places before it.
fn spelled_whole(
    doc: &Doc<'_>,
    units: &Units<'_>,
    end: usize,
    letters: &[char],
    spelling: Spelling,
) -> Option<TokenRange> {
    let start = aligned_to_end(units, end, letters, spelling)?;
    let long = long_form(doc, units, start, end);
    let first = units
        .units()
        .iter()
        .position(|unit| unit.part == Part::Kept)?;
    (units.tokens[first] == long.start).then_some(long)
}

/// The longest name the rules before found ending at each token, with its
/// kind.
type FoundEnding = HashMap<u32, (TokenRange, EntityKind)>;

/// The name the rules before found, or the gazetteer entry, that ends just
/// before token `end`, with its kind: the longest found name that is not a
/// person's, else the entry.
fn known_before(
    doc: &Doc<'_>,
    end: usize,
    found: &[Found],
    found_ending: &mut Option<FoundEnding>,
) -> Option<(TokenRange, EntityKind)> {
    // Made when the first bracketed acronym needs it: most documents have
    // none.
    let ending = found_ending.get_or_insert_with(|| {
        let mut ending = FoundEnding::default();
        for f in found.iter().filter(|f| f.kind != EntityKind::Person) {
            let slot = ending.entry(f.tokens.end).or_insert((f.tokens, f.kind));
            if f.tokens.end - f.tokens.start > slot.0.end - slot.0.start {
                *slot = (f.tokens, f.kind);
            }
        }
        ending
    });
    if let Some(&known) = ending.get(&(end as u32)) {
        return Some(known);
    }
    match doc.reading(end.checked_sub(1)?) {
        Some((k, Reading::Entry(d))) if doc.hits[k].tokens.end as usize == end => {
            let kind = doc.gazetteer.entries()[d.entry as usize].kind();
            Some((doc.hits[k].tokens, kind))
        }
        _ => None,
    }
}

/// The end of the long form before acronym `a` set off in brackets or
/// quotation marks: the bracket, or the possessive before it (`the Kestrel
/// Union's (KU)`).
fn bracketed(doc: &Doc<'_>, a: usize) -> Option<usize> {
    let open = a
        .checked_sub(1)
        .filter(|&open| open > 0 && a + 1 < doc.len())?;
    let (before, after) = (doc.punct(open), doc.punct(a + 1));
    if !(before == Some('(') && after == Some(')') || before == Some('"') && after == Some('"')) {
        return None;
    }
    let possessive = doc.analysis.tokens[open - 1].class == Class::Possessive;
    Some(if possessive { open - 1 } else { open })
}

/// Whether the capitalised name that ends just before token `end` is
/// headed by a word that heads organizations' names: its word before its
/// first connector, or its last word (`Central Bank of Egypt`, `the Rural
/// Electrification Agency`; not `Member of Parliament`, headed by
/// `Member`).
fn is_headed_as_organization(doc: &Doc<'_>, end: usize) -> bool {
    let inside = |t: usize| doc.is_cap(t) || doc.is(t, WordClass::Connector);
    let mut start = end;
    while start > 0 && end - start < MAX_LONG_TOKENS && inside(start - 1) {
        start -= 1;
    }
    while start < end && !doc.is_cap(start) {
        start += 1;
    }
    let head = (start + 1..end)
        .find(|&t| !doc.is_cap(t))
        .unwrap_or(end)
        .saturating_sub(1);
    start < end && doc.is_cap(head) && doc.facts(head).head() == Some(EntityKind::Organization)
}

/// The long form that ends just before token `end` and that acronym
/// `letters` stands for, recorded as a name when no rule found it; failing
/// the letters, an organization's name found or known there. `acts`: the
/// document uses the acronym elsewhere as an organization's name.
fn definition_before(
    doc: &Doc<'_>,
    end: usize,
    letters: &[char],
    term: bool,
    acts: bool,
    found_ending: &mut Option<FoundEnding>,
    out: &mut Discovery,
) -> Option<TokenRange> {
    let known = known_before(doc, end, &out.found, found_ending);
    let units = units_before(doc, end, false);
    let Some(start) = aligned_to_end(&units, end, letters, Spelling::Syllables) else {
        // An organization's name, translated from the language of its
        // acronym (`Kurdistan Workers' Party (PKK)`): one of its words
        // gives at least the first letter, which a credit in brackets
        // after a name (`(AP)`) seldom has; or none does, and the
        // document goes on to use the acronym as a name (`Corruption
        // Eradication Commission (KPK) … the KPK said`), as it does no
        // credit.
        let first_letter = |tokens: TokenRange| {
            tokens.indices().any(|t| {
                let word = &doc.text[doc.analysis.tokens[t].span()];
                doc.is_cap(t) && split_initial(word).is_some_and(|(c, _)| same(c, letters[0]))
            })
        };
        if known.is_none() && acts {
            // Named nowhere else, the long form is the name the brackets
            // close: `the National Jury of Elections (JNE) … the JNE said`.
            let long = unread_name_before(doc, end)?;
            out.name(long, EntityKind::Organization);
            return Some(long);
        }
        return known
            .filter(|&(tokens, kind)| {
                kind == EntityKind::Organization && (acts || first_letter(tokens))
            })
            .map(|(tokens, _)| tokens);
    };
    let long = long_form(doc, &units, start, end);
    if term && !has_name_head(doc, long) {
        return None;
    }
    match known {
        Some((tokens, _)) if tokens.start <= long.start => Some(tokens),
        _ => {
            out.name(long, EntityKind::Organization);
            Some(long)
        }
    }
}

/// The most tokens of a long form no letter of its acronym aligns with.
const MAX_UNREAD_LONG_TOKENS: usize = 8;

/// The name of capitalised words joined by a connector or more (`of`,
/// `and`) that ends just before token `end`, when the gazetteer reads none
/// of its words and none is the head of a place's or a person's name:
/// an institution's, translated from the language of its acronym
/// (`National Jury of Elections`), not a person's (`Ruth Okafor (APC)`)
/// nor a place's (`Bay of Varnel (BV)`).
fn unread_name_before(doc: &Doc<'_>, end: usize) -> Option<TokenRange> {
    let floor = doc.analysis.sentence_start(end.checked_sub(1)?);
    let mut start = end;
    let mut connectors = 0;
    while start > floor && end - start < MAX_UNREAD_LONG_TOKENS {
        let t = start - 1;
        if doc.is_cap(t) {
            let unread = doc.reading(t).is_none()
                && doc
                    .facts(t)
                    .head()
                    .is_none_or(|kind| kind == EntityKind::Organization);
            if !unread {
                return None;
            }
        } else if doc.is(t, WordClass::Connector) && doc.is_cap(t.checked_sub(1)?) {
            connectors += 1;
        } else {
            break;
        }
        start = t;
    }
    let whole = connectors > 0 && super::institution_end(doc, start) == end;
    whole.then(|| TokenRange::new(start, end))
}

/// The long form in brackets after acronym `a` (`NORKA (Norvalan Kestrel
/// Association)`), recorded as a name when no rule found it.
fn definition_after(
    doc: &Doc<'_>,
    a: usize,
    letters: &[char],
    term: bool,
    found_ending: &mut Option<FoundEnding>,
    out: &mut Discovery,
) -> Option<TokenRange> {
    if a + 2 >= doc.len() || doc.punct(a + 1) != Some('(') {
        return None;
    }
    let limit = doc.len().min(a + 2 + MAX_LONG_TOKENS);
    let close = (a + 2..limit).find(|&j| doc.punct(j) == Some(')'))?;
    let units = units_in(doc, TokenRange::new(a + 2, close))?;
    // The whole of the brackets is the long form, but for an article.
    let long = spelled_whole(doc, &units, close, letters, Spelling::Syllables)?;
    if term && !has_name_head(doc, long) {
        return None;
    }
    match known_before(doc, close, &out.found, found_ending) {
        Some((tokens, _)) if tokens.start <= long.start && tokens.start > a as u32 => Some(tokens),
        _ => {
            out.name(long, EntityKind::Organization);
            Some(long)
        }
    }
}

/// The folds of the capital tokens the document writes as common nouns
/// ([`is_common_noun`]), which no name is, whatever their letters spell.
fn common_nouns<'d>(doc: &Doc<'d>, capitals: &Capitals) -> HashSet<&'d str> {
    let analysis: &'d crate::text::Analysis = doc.analysis;
    capitals
        .nouns
        .iter()
        .map(|&i| analysis.folded(i as usize))
        .collect()
}

/// Whether capital token `i` is written after an indefinite determiner as
/// the head of a noun phrase (`a KTU may fail`, not `many KTU employees`,
/// `a KTU T-shirt`): a common noun.
fn is_common_noun(doc: &Doc<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let indefinite = doc.is(i - 1, WordClass::Determiner) && !doc.is(i - 1, WordClass::Definite);
    // The head of its phrase: before a stop or a word of a closed class,
    // not before a word it may qualify (`a KTU T-shirt`).
    let head = !doc.is_word(i + 1) || doc.classes(i + 1).is_closed_class();
    indefinite && head
}

/// Whether token `i` stands before a common noun, which it qualifies
/// (`KTU employees`): a lower-case word of no closed class that the
/// gazetteer does not read.
fn is_before_a_noun(doc: &Doc<'_>, i: usize) -> bool {
    let next = i + 1;
    doc.analysis.tokens.get(next).is_some_and(|t| {
        t.class == Class::Word
            && t.shape == Shape::Lower
            && !doc.classes(next).is_closed_class()
            && doc.reading(next).is_none()
    })
}

/// Acronyms the document defines, in either order: `Norvalan Kestrel
/// Association (NORKA)`, the Kestrel Union “KU”, `NORKA (Norvalan Kestrel
/// Association)`; then those whose long form it names elsewhere.
pub(super) fn definitions(doc: &Doc<'_>, out: &mut Discovery) {
    let capitals = Capitals::take(doc, out);
    let mut found_ending = None;
    let nouns = common_nouns(doc, &capitals);
    // How the document uses each acronym, read in one pass at the first
    // definition: most documents define none.
    let mut usages = None;
    for &a in &capitals.tokens {
        let a = a as usize;
        // The brackets first: they rule out almost every token without
        // looking at the text. A bracket or a mark must follow it.
        if !matches!(doc.punct(a + 1), Some(')' | '"' | '(')) {
            continue;
        }
        let before = bracketed(doc, a);
        if before.is_none() && (a + 1 >= doc.len() || doc.punct(a + 1) != Some('(')) {
            continue;
        }
        let Some(letters) = Letters::of(&doc.text[doc.analysis.tokens[a].span()]) else {
            continue;
        };
        // An abbreviation of a kind of thing is one body's when the name
        // before its bracket is headed as one: `the Central Bank of Egypt
        // (CBE)`, not `Commander of the British Empire (CBE)`.
        let not_organization = doc.acronym_facts(a).not_organization
            && !before.is_some_and(|end| is_headed_as_organization(doc, end));
        if not_organization || nouns.contains(doc.folded(a)) {
            continue;
        }
        let letters = letters.as_slice();
        let usages = usages.get_or_insert_with(|| usages_of(doc, &capitals.tokens));
        let usage = usages.get(doc.folded(a));
        let term = usage.is_some_and(Usage::is_term);
        // Acting elsewhere as an organization, and none the gazetteer
        // knows: no credit in brackets after a name (`(AP)`).
        let acts = usage.is_some_and(|u| u.acts) && doc.reading(a).is_none();
        let long = match before {
            Some(end) => definition_before(doc, end, letters, term, acts, &mut found_ending, out),
            None => definition_after(doc, a, letters, term, &mut found_ending, out),
        };
        if let Some(long) = long {
            out.acronyms.push(AcronymNote { acronym: a, long });
        }
    }
    implied(doc, &capitals.tokens, &nouns, out);
    word_definitions(doc, &mut found_ending, out);
    out.capitals = capitals;
}

/// A short name made of its long form's syllables and written as a word,
/// in brackets after it: `the Commission on Elections (Comelec)`, `the
/// Economic Community of West African States (Ecowas)`. Only its letters
/// define it: a capitalised word in brackets after a name is as often a
/// place, a party or a credit (`Ruth Okafor (Varnland)`).
fn word_definitions(doc: &Doc<'_>, found_ending: &mut Option<FoundEnding>, out: &mut Discovery) {
    let tokens = &doc.analysis.tokens;
    // The closing brackets, found in the text: few documents have many,
    // and the word must stand against one.
    for close in memchr::memchr_iter(b')', doc.text.as_bytes()) {
        let a = tokens.partition_point(|t| t.span().end < close);
        let against = tokens.get(a).is_some_and(|t| t.span().end == close);
        if !against || tokens[a].class != Class::Word || tokens[a].shape != Shape::Capitalized {
            continue;
        }
        let Some(end) = bracketed(doc, a) else {
            continue;
        };
        let known_word = doc.reading(a).is_some()
            || doc.is(a, WordClass::Common)
            || doc.is(a, WordClass::NamePart);
        let letters = Letters::of(&doc.text[tokens[a].span()]);
        let Some(letters) = letters.filter(|_| !known_word) else {
            continue;
        };
        let units = units_before(doc, end, false);
        let Some(start) = aligned_to_end(&units, end, letters.as_slice(), Spelling::Syllables)
        else {
            continue;
        };
        let long = long_form(doc, &units, start, end);
        let long = match known_before(doc, end, &out.found, found_ending) {
            Some((tokens, _)) if tokens.start <= long.start => tokens,
            _ => {
                out.name(long, EntityKind::Organization);
                long
            }
        };
        out.acronyms.push(AcronymNote { acronym: a, long });
    }
}

/// How the document uses each of the all-capital words `capitals`, by
/// fold.
fn usages_of<'d>(doc: &Doc<'d>, capitals: &[u32]) -> HashMap<&'d str, Usage> {
    let analysis: &'d crate::text::Analysis = doc.analysis;
    let mut usages: HashMap<&str, Usage> = HashMap::default();
    for &i in capitals {
        let i = i as usize;
        usages.entry(analysis.folded(i)).or_default().add(doc, i);
    }
    usages
}

/// Whether a word of `long` is the head of a name (`Party`, `Forces`,
/// `Center`): a long form so headed is a name however its acronym is used.
fn has_name_head(doc: &Doc<'_>, long: TokenRange) -> bool {
    long.indices().any(|t| doc.facts(t).head.is_some())
}

/// The most names of organizations an acronym is compared with: the first
/// distinct ones of the document.
const MAX_IMPLIED_NAMES: usize = 64;

/// Acronyms whose long form the document names without defining them:
/// `the Norvalan Kestrel Association met … NKA officials said`. Each
/// distinct acronym not defined is compared once with the first names of
/// organizations of two words or more that the document holds, found or
/// known, and must spell one whole with three letters or more, by the
/// initials of its words.
fn implied<'d>(doc: &Doc<'d>, capitals: &[u32], nouns: &HashSet<&'d str>, out: &mut Discovery) {
    // Most documents have no acronym to ask about: the names are gathered
    // only for one that has.
    let asked = |&&a: &&u32| {
        let a = a as usize;
        doc.text[doc.analysis.tokens[a].span()]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
            >= 3
    };
    if !capitals.iter().any(|a| asked(&a)) {
        return;
    }
    let names = organization_names(doc, &out.found);
    if names.is_empty() {
        return;
    }
    let analysis: &'d crate::text::Analysis = doc.analysis;
    let mut tried: HashSet<&str> = out
        .acronyms
        .iter()
        .map(|note| analysis.folded(note.acronym))
        .collect();
    for &a in capitals {
        let a = a as usize;
        // One the gazetteer reads as an organization is asked too: the
        // document's own name outranks another body that the acronym
        // stands for elsewhere (`the Aam Aadmi Party … the AAP`, not the
        // news agency).
        let word = analysis.folded(a);
        if !tried.insert(word) || nouns.contains(word) || doc.acronym_facts(a).not_organization {
            continue;
        }
        // Two letters spell too many names to be read off one unasked.
        let Some(letters) =
            Letters::of(&doc.text[analysis.tokens[a].span()]).filter(|letters| letters.len >= 3)
        else {
            continue;
        };
        let letters = letters.as_slice();
        let long = names
            .iter()
            .filter(|name| name.may_be_spelled_by(letters))
            .map(|name| name.tokens)
            .find(|&tokens| {
                let end = tokens.end as usize;
                units_in(doc, tokens)
                    .and_then(|units| spelled_whole(doc, &units, end, letters, Spelling::Initials))
                    .is_some()
            });
        if let Some(long) = long {
            out.acronyms.push(AcronymNote { acronym: a, long });
        }
    }
}

/// The name of an organization an acronym may spell, with what rules out
/// most acronyms before their letters are aligned.
struct Name {
    tokens: TokenRange,
    /// The first letter of its first kept word.
    initial: char,
    /// How many kept words it has, each of which gives one letter.
    kept: usize,
}

impl Name {
    fn may_be_spelled_by(&self, letters: &[char]) -> bool {
        same(self.initial, letters[0]) && self.kept <= letters.len()
    }
}

/// The first [`MAX_IMPLIED_NAMES`] distinct names of organizations of two
/// words or more in the document: found by the rules before, or known.
fn organization_names(doc: &Doc<'_>, found: &[Found]) -> Vec<Name> {
    let entries = doc.gazetteer.entries();
    let known = doc
        .hits
        .iter()
        .zip(doc.readings)
        .filter_map(|(hit, reading)| {
            let Reading::Entry(d) = reading else {
                return None;
            };
            (entries[d.entry as usize].kind() == EntityKind::Organization).then_some(hit.tokens)
        });
    let found = found
        .iter()
        .filter(|f| f.kind == EntityKind::Organization)
        .map(|f| f.tokens);
    let mut seen: HashSet<&str> = HashSet::default();
    let mut names = Vec::new();
    for tokens in found.chain(known) {
        if names.len() == MAX_IMPLIED_NAMES {
            break;
        }
        let words = tokens.indices().filter(|&t| doc.is_word(t)).count();
        if words < 2 || !seen.insert(&doc.text[doc.span_of(tokens)]) {
            continue;
        }
        let Some(units) = units_in(doc, tokens) else {
            continue;
        };
        let kept = units.units().iter().filter(|u| u.part == Part::Kept);
        let initial = kept.clone().find_map(|unit| split_initial(unit.word));
        if let Some((initial, _)) = initial {
            names.push(Name {
                tokens,
                initial,
                kept: kept.count(),
            });
        }
    }
    names
}

/// All-capital tokens the document uses without defining them, which the
/// gazetteer does not know: organizations (`the NKA said`), unless the
/// sentence is written in capitals, the token is a word of a closed class,
/// a Roman numeral, a currency or an abbreviation of `acronyms.tsv` that
/// names no organization, the words around it make it something else, or
/// the document defines it by common nouns (`sea surface salinity (SSS)`)
/// or writes it as one (`a ZORVA`).
/// The document must also use it as organizations are used ([`Usage`]).
pub(super) fn undefined(doc: &Doc<'_>, out: &mut Discovery) {
    let capitals = Capitals::take(doc, out);
    undefined_among(doc, &capitals, out);
    out.capitals = capitals;
}

/// [`undefined`] among the all-capital words `capitals`.
fn undefined_among<'d>(doc: &Doc<'d>, capitals: &Capitals, out: &mut Discovery) {
    let analysis: &'d crate::text::Analysis = doc.analysis;
    // The tokens that may be acronyms by themselves, with their fold: most
    // documents have few, and the rest of the rule reads only these.
    let mut candidates: Vec<(u32, &str)> = capitals
        .tokens
        .iter()
        .filter(|&&i| may_be_undefined(doc, i as usize))
        .map(|&i| (i, analysis.folded(i as usize)))
        .collect();
    if candidates.is_empty() {
        return;
    }
    // The acronyms defined, the common nouns and the terms, by their fold.
    let mut defined = common_nouns(doc, capitals);
    defined.extend(
        out.acronyms
            .iter()
            .map(|note| analysis.folded(note.acronym)),
    );
    defined.extend(
        candidates
            .iter()
            .filter(|&&(i, _)| is_defined_term(doc, i as usize))
            .map(|&(_, word)| word),
    );
    // The usage of each word, which decides for all its candidates. Whether
    // the sentence that starts at a token shouts is kept for the last
    // sentence asked about: each sentence is read once.
    let mut usage: HashMap<&str, Usage> = HashMap::default();
    let mut shouting = (usize::MAX, false);
    candidates.retain(|&(i, word)| {
        let i = i as usize;
        let Some(sentence) = analysis.sentence_at(i) else {
            return false;
        };
        if defined.contains(word) || is_not_alone(doc, i) {
            return false;
        }
        if sentence.start as usize != shouting.0 {
            shouting = (sentence.start as usize, is_shouting(doc, sentence));
        }
        if !shouting.1 {
            usage.entry(word).or_default().add(doc, i);
        }
        !shouting.1
    });
    for (i, word) in candidates {
        if usage[word].is_organization() {
            let i = i as usize;
            out.name(TokenRange::new(i, i + 1), EntityKind::Organization);
        }
    }
}

/// How a document uses an undefined acronym, over all its mentions: as
/// organizations are used, or as terms are.
#[derive(Clone, Copy, Debug, Default)]
struct Usage {
    mentions: u32,
    /// A mention acts or owns as an organization does: `the NKA's`, `NKA
    /// said`, `NKA has`, a person `of NKA`, a spokesman `for NKA`, an `NKA
    /// spokesman`.
    acts: bool,
    /// A mention stands before a common noun it qualifies, as terms do:
    /// `NKA bulbs`.
    qualifies: bool,
    /// A mention owns or speaks, or a person belongs to it, as only names
    /// do: `the NKA's`, `NKA said`, a spokesman `for NKA` (a term may be
    /// the subject of `is` or `has`).
    owns: bool,
}

impl Usage {
    fn add(&mut self, doc: &Doc<'_>, i: usize) {
        self.mentions += 1;
        let next = i + 1;
        let owns_after = doc.analysis.tokens.get(next).is_some_and(|t| {
            t.class == Class::Possessive || matches!(doc.reading(next), Some((_, Reading::Cue(_))))
        });
        // Before a title, a body whose office it is: `KPK spokesman Ali
        // Fikri`.
        let owns = owns_after || is_affiliation(doc, i) || doc.is_title_at(next);
        let verb_after = doc
            .classes(next)
            .is_any(&[WordClass::Auxiliary, WordClass::Be]);
        self.owns |= owns;
        self.acts |= owns || verb_after || is_passive_agent(doc, i);
        self.qualifies |= is_before_a_noun(doc, i);
    }

    /// Used as a term rather than a name: before the nouns it qualifies
    /// (`GIS applications`), and never owning or speaking as organizations
    /// do (`NKA said`, `the NKA's`).
    fn is_term(&self) -> bool {
        self.qualifies && !self.owns
    }

    /// Acting as an organization once, or named twice and never before a
    /// noun.
    fn is_organization(&self) -> bool {
        self.acts || self.mentions >= 2 && !self.qualifies
    }
}

/// Whether acronym `i` is the agent of a passive verb: `figures released
/// by ZIMSTAT`, `was arrested by the DCI`. The verb is read from the
/// text, a word in `-ed` or `-en` before `by`.
fn is_passive_agent(doc: &Doc<'_>, i: usize) -> bool {
    let p = after_article(doc, i);
    let participle = |j: usize| {
        (doc.is_lower_ending_in(j, b"ed") || doc.is_lower_ending_in(j, b"en"))
            && doc.analysis.tokens[j].span().len() > 4
    };
    p >= 2 && doc.is(p - 1, WordClass::Agent) && participle(p - 2)
}

/// Where the noun phrase of token `i` starts: at `i`, or at the definite
/// article right before it (`the NKA`).
fn after_article(doc: &Doc<'_>, i: usize) -> usize {
    if i > 0 && doc.is(i - 1, WordClass::Definite) {
        i - 1
    } else {
        i
    }
}

/// Whether acronym `i` follows a person or a role and a preposition of
/// affiliation: `Jane Roe of NKA`, `a spokesman for the NKA`.
fn is_affiliation(doc: &Doc<'_>, i: usize) -> bool {
    let p = after_article(doc, i);
    // A capitalised word that only starts the sentence is no name
    // (`Results of NKA studies`).
    let name =
        |j: usize| doc.is_cap(j) && !doc.is_function_word(j) && doc.analysis.sentence_start(j) != j;
    p >= 2 && doc.is(p - 1, WordClass::InNounPhrase) && (name(p - 2) || doc.is_title_at(p - 2))
}

/// Whether acronym `i` is set off in brackets after the common nouns it
/// stands for: `sea surface salinity (SSS)`, a term rather than a name.
fn is_defined_term(doc: &Doc<'_>, i: usize) -> bool {
    let Some(end) = bracketed(doc, i) else {
        return false;
    };
    let Some(letters) = Letters::of(&doc.text[doc.analysis.tokens[i].span()]) else {
        return false;
    };
    let units = units_before(doc, end, true);
    aligned_to_end(&units, end, letters.as_slice(), Spelling::Syllables).is_some()
}

/// Whether token `i` may be an undefined acronym by itself: 2 to
/// [`MAX_UNDEFINED_LETTERS`] capital letters, unknown to the gazetteer, and
/// none of the capital words that are not names.
fn may_be_undefined(doc: &Doc<'_>, i: usize) -> bool {
    let token = &doc.analysis.tokens[i];
    if token.shape != Shape::Upper || !doc.is_word(i) {
        return false;
    }
    let s = &doc.text[token.span()];
    // Letters only: with stops, two letters are more often initials
    // (`J.D.`, `D.C.`).
    (2..=MAX_UNDEFINED_LETTERS).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_alphabetic())
        && matches!(doc.reading(i), None | Some((_, Reading::Unresolved)))
        && !doc.classes(i).is_closed_class()
        && !doc.acronym_facts(i).not_organization
        && !is_roman_numeral(s)
        && !doc.is_beside_currency_sign(i)
}

/// Whether the words around token `i` make it part of something else
/// than an organization's name on its own: a designation or a quantity
/// (`CTF 50`, `STS-1`, `25 CUC`, `507th ARW`), a longer name (`USS
/// Hopper`, `Windows XP`), a region after its place (`Paramus, NJ`), a
/// label or a field (`ANSWER:`, `(IATA: XYZ)`).
fn is_not_alone(doc: &Doc<'_>, i: usize) -> bool {
    let (start, end) = (doc.sentence_start(i), doc.sentence_end(i));
    let next = if doc.is_joining_hyphen(i + 1) {
        i + 2
    } else {
        i + 1
    };
    let is_number = |j: usize| {
        doc.is_word(j)
            && doc.text[doc.analysis.tokens[j].span()].starts_with(|c: char| c.is_ascii_digit())
    };
    let is_name_word =
        |j: usize| doc.is_cap(j) && !doc.is(j, WordClass::Function) && !doc.is_title_at(j);
    let after = next < end && (is_number(next) || is_name_word(next));
    let before = i > start && (is_number(i - 1) || is_name_word(i - 1) && !is_modifier(doc, i - 1));
    let region = i >= 2
        && doc.punct(i - 1) == Some(',')
        && doc.entity_kind_at(i - 2) == Some(EntityKind::Place);
    let label = i + 1 < doc.len() && doc.punct(i + 1) == Some(':');
    after || before || region || label
}

/// Whether most words of `sentence` are written in capitals: a headline or
/// a shout, whose capital words are no acronyms.
fn is_shouting(doc: &Doc<'_>, sentence: TokenRange) -> bool {
    let (mut capitals, mut others) = (0usize, 0usize);
    for i in sentence.indices() {
        let token = &doc.analysis.tokens[i];
        if token.class != Class::Word {
            continue;
        }
        match token.shape {
            Shape::Upper if token.span().len() >= 2 => capitals += 1,
            Shape::Capitalized | Shape::Lower => others += 1,
            _ => {}
        }
    }
    capitals >= 2 && capitals > others
}

/// Whether `s` is a Roman numeral in its usual form, up to 3999: `II`,
/// `XIV`, `MCMXC`.
fn is_roman_numeral(s: &str) -> bool {
    /// Strips one decimal digit written with `one`, `five` and `ten`.
    fn digit(s: &[u8], one: u8, five: u8, ten: u8) -> &[u8] {
        let ones = |s: &[u8]| s.iter().take(3).take_while(|&&b| b == one).count();
        match s {
            [a, b, ..] if *a == one && (*b == five || *b == ten) => &s[2..],
            [a, rest @ ..] if *a == five => &rest[ones(rest)..],
            _ => &s[ones(s)..],
        }
    }
    let bytes = s.as_bytes();
    let thousands = bytes.iter().take(3).take_while(|&&b| b == b'M').count();
    let mut rest = &bytes[thousands..];
    for (one, five, ten) in [(b'C', b'D', b'M'), (b'X', b'L', b'C'), (b'I', b'V', b'X')] {
        rest = digit(rest, one, five, ten);
    }
    !bytes.is_empty() && rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::How;

    /// The units of a long form written as words: capitalised words and
    /// numbers kept, lower-case words optional, hyphens between parts.
    fn units_of(long: &str) -> Vec<Unit<'_>> {
        long.split([' ', '-'])
            .map(|word| Unit {
                word,
                part: if word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                    Part::Kept
                } else {
                    Part::Optional
                },
            })
            .collect()
    }

    /// (words before the bracket, acronym, the long form it defines)
    const ALIGNMENTS: &[(&str, &str, Option<&str>)] = &[
        (
            "Norvalan Kestrel Association",
            "NKA",
            Some("Norvalan Kestrel Association"),
        ),
        (
            "Norvalan Kestrel Association",
            "NORKA",
            Some("Norvalan Kestrel Association"),
        ),
        (
            "Federal Investigation Agency",
            "FEDINVA",
            Some("Federal Investigation Agency"),
        ),
        (
            "Delegates of the Norvalan Kestrel Association",
            "NORKA",
            Some("Norvalan Kestrel Association"),
        ),
        ("Partido Verde Unido", "PVU", Some("Partido Verde Unido")),
        (
            "Frente Amplio de Liberación",
            "FAL",
            Some("Frente Amplio de Liberación"),
        ),
        ("Élan Kestrel Union", "EKU", Some("Élan Kestrel Union")),
        (
            "Union of Kestrel and Norvalan Traders",
            "UKNT",
            Some("Union of Kestrel and Norvalan Traders"),
        ),
        // A connector may give a letter.
        ("Joint Plan of Action", "JPOA", Some("Joint Plan of Action")),
        (
            "Kestrel Anti-Piracy Unit",
            "KAPU",
            Some("Kestrel Anti-Piracy Unit"),
        ),
        (
            "Kestrel Co-operation Office",
            "KCO",
            Some("Kestrel Co-operation Office"),
        ),
        (
            "Group of 20 Kestrel States",
            "G20KS",
            Some("Group of 20 Kestrel States"),
        ),
        // One capitalised word may be passed over, by three letters.
        (
            "Norvalan Kestrel Trade Association",
            "NKA",
            Some("Norvalan Kestrel Trade Association"),
        ),
        ("Norvalan Kestrel Trade Export Association", "NKA", None),
        ("Kestrel Trade Union", "KU", None),
        // The longest long form wins: not `National Association`.
        (
            "Norvalan National Association",
            "NNA",
            Some("Norvalan National Association"),
        ),
        ("Kestrel Union", "UK", None),
        ("Norvalan Kestrel Association", "NKAX", None),
        (
            "Norvalan Kestrel Association",
            "KA",
            Some("Kestrel Association"),
        ),
        ("the meeting on Tuesday", "AP", None),
    ];

    #[test]
    fn initials_alone_take_no_syllable_and_pass_over_no_word() {
        let initials = |long: &str, acronym: &str| {
            let letters = Letters::of(acronym).unwrap();
            align(letters.as_slice(), &units_of(long), Spelling::Initials)
        };
        assert_eq!(initials("Norvalan Kestrel Association", "NKA"), Some(0));
        assert_eq!(initials("Union of Kestrel Traders", "UKT"), Some(0));
        assert_eq!(initials("Norvalan Kestrel Association", "NORKA"), None);
        assert_eq!(initials("Kestrel Union Consulate", "KUNC"), None);
        assert_eq!(initials("Norvalan Kestrel Trade Association", "NKA"), None);
    }

    #[test]
    fn letters_align_with_words_and_syllables() {
        let mut wrong = Vec::new();
        for &(long, acronym, want) in ALIGNMENTS {
            let units = units_of(long);
            let letters = Letters::of(acronym).unwrap();
            let got = align(letters.as_slice(), &units, Spelling::Syllables).map(|start| {
                let skipped: usize = units[..start].iter().map(|u| u.word.len() + 1).sum();
                &long[skipped..]
            });
            if got != want {
                wrong.push(format!("{long} ({acronym}): {got:?}, not {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// The mentions of `text` as (text, how, entity).
    fn mentions(text: &str) -> Vec<(&str, How, usize)> {
        crate::test_util::extract(text)
            .mentions()
            .iter()
            .map(|m| (&text[m.span()], m.how(), m.entity().as_usize()))
            .collect()
    }

    /// (case, text, acronym, the long form it is defined by)
    const DEFINITIONS: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "a plural's bare apostrophe inside a long form a word acronym spells",
            "Members of the Varnel Municipal Workers' Union (Vamwu) marched. Vamwu would strike.",
            "Vamwu",
            Some("Varnel Municipal Workers' Union"),
        ),
        (
            "an elided article gives the letter of the word it is written onto",
            "The Parti de l'Essor Varnois (PEV) won. PEV said so.",
            "PEV",
            Some("Parti de l'Essor Varnois"),
        ),
        (
            "a connector of another language inside a long form",
            "The Movimiento Ciudadano por la Tierra Varnesa (MCTV) won two seats.",
            "MCTV",
            Some("Movimiento Ciudadano por la Tierra Varnesa"),
        ),
        (
            "the connectors of a Swahili name",
            "The Chama cha Wakulima wa Varno (CWV) sued the board.",
            "CWV",
            Some("Chama cha Wakulima wa Varno"),
        ),
        (
            "an acronym before a group's role noun is the group's, no term",
            "The Tolvar Meshi Sangh (TMS) filed the case. TMS convenor Ruth Okafor spoke.",
            "TMS",
            Some("Tolvar Meshi Sangh"),
        ),
        (
            "a term the document uses before nouns, never owning",
            "Most homes use the Compact Varnel Lamp (CVL). CVL bulbs last long.",
            "CVL",
            None,
        ),
        (
            "a headed long form names one however its acronym is used",
            "The Varnel Lamp Association (VLA) met. VLA members left.",
            "VLA",
            Some("Varnel Lamp Association"),
        ),
        (
            "words before the long form",
            "Delegates of the Norvalan Kestrel Association (NORKA) met on Monday.",
            "NORKA",
            Some("Norvalan Kestrel Association"),
        ),
        (
            "another language",
            "Members of the Frente Amplio de Liberación (FAL) marched.",
            "FAL",
            Some("Frente Amplio de Liberación"),
        ),
        (
            "a possessive before the bracket",
            "The Kestrel Union's (KU) leader spoke to the KU.",
            "KU",
            Some("Kestrel Union"),
        ),
        (
            "a possessive after the bracket",
            "The Kestrel Union (KU)'s leader spoke.",
            "KU",
            Some("Kestrel Union"),
        ),
        (
            "quotation marks",
            "The Bravan Export Council “BEC” met.",
            "BEC",
            Some("Bravan Export Council"),
        ),
        (
            "the acronym first",
            "NORKA (Norvalan Kestrel Association) members met.",
            "NORKA",
            Some("Norvalan Kestrel Association"),
        ),
        (
            "a translated name with the first letter",
            "The Norvalan Farmers Front (FFV) voted.",
            "FFV",
            Some("Norvalan Farmers Front"),
        ),
        (
            "a long form named elsewhere",
            "The Norvalan Kestrel Association met. Later, NKA officials spoke.",
            "NKA",
            Some("Norvalan Kestrel Association"),
        ),
        (
            "a long form named elsewhere, over a body the gazetteer knows by the acronym",
            "The Alliance of Agrarian Producers met. Later, AAP officials spoke.",
            "AAP",
            Some("Alliance of Agrarian Producers"),
        ),
        (
            "a day and a credit",
            "The meeting on Tuesday (AP) ended.",
            "AP",
            None,
        ),
        (
            "a word, not a name",
            "It emits Ultraviolet (UV) light.",
            "UV",
            None,
        ),
        (
            "a common noun",
            "Each Kestrel Test Unit (KTU) runs, and a KTU may fail.",
            "KTU",
            None,
        ),
        (
            "letters the name does not have",
            "The Norvalan Kestrel Association (XYZ) met.",
            "XYZ",
            None,
        ),
        (
            "a translated name whose acronym the document then uses as a name",
            "The Anti-Graft Commission (KPV) named a suspect. The KPV said he fled.",
            "KPV",
            Some("Anti-Graft Commission"),
        ),
        (
            "a translated name whose acronym the document then writes before a title",
            "Norland's Anti-Graft Commission (KPV) named a suspect. KPV spokesman Ali Varn spoke.",
            "KPV",
            Some("Anti-Graft Commission"),
        ),
        (
            "syllables of the long form written as a word, and the word again",
            "The Commission on Varnel Elections (Comvarel) met. Comvarel agreed.",
            "Comvarel",
            Some("Commission on Varnel Elections"),
        ),
        (
            "a capitalised word in brackets after a name that its letters do not spell",
            "The Norvalan Kestrel Union (Varnland) met. Varnland agreed.",
            "Varnland",
            None,
        ),
        (
            "a credit after a name, which the document names again and the gazetteer knows",
            "The Norvalan Kestrel Union (AP) met. AP said it would meet again.",
            "AP",
            None,
        ),
    ];

    #[test]
    fn definitions_join_the_acronym_to_its_long_form() {
        crate::test_util::assert_unique(DEFINITIONS.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for &(case, text, acronym, want) in DEFINITIONS {
            let found = mentions(text);
            let acronym_of = found
                .iter()
                .find(|m| m.0 == acronym && m.1 == How::Acronym)
                .map(|m| m.2);
            let long_of = want.and_then(|long| found.iter().find(|m| m.0 == long).map(|m| m.2));
            let right = match want {
                Some(_) => acronym_of.is_some() && acronym_of == long_of,
                None => acronym_of.is_none(),
            };
            if !right {
                wrong.push(format!("{case}: {text}\n  got {found:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// (case, text, acronym, whether it is found as an organization)
    const UNDEFINED: &[(&str, &str, &str, bool)] = &[
        (
            "the agent of a passive",
            "The figures were released by ZORVA on Tuesday.",
            "ZORVA",
            true,
        ),
        (
            "the agent of a passive, with its article",
            "The suspect was arrested by the ZORVA on Monday.",
            "ZORVA",
            true,
        ),
        (
            "after `by` without a passive",
            "Prices rose by ZORVA standards.",
            "ZORVA",
            false,
        ),
        ("a possessive", "The ZORVA's chief resigned.", "ZORVA", true),
        (
            "a speech verb",
            "ZORVA said the talks had failed.",
            "ZORVA",
            true,
        ),
        (
            "a person's affiliation",
            "Anna Pellar of ZORVA spoke.",
            "ZORVA",
            true,
        ),
        (
            "a common noun that starts the sentence",
            "Results of ZORVA studies came.",
            "ZORVA",
            false,
        ),
        (
            "named twice",
            "Farmers joined ZORVA in May and left ZORVA in June.",
            "ZORVA",
            true,
        ),
        ("two letters", "The ZK's chief resigned.", "ZK", true),
        ("named once", "Farmers joined ZORVA in May.", "ZORVA", false),
        (
            "a common noun",
            "A ZORVA is said to fail, and the ZORVA has failed.",
            "ZORVA",
            false,
        ),
        (
            "before the nouns it qualifies",
            "The ZORVA bulbs failed, and the ZORVA bulbs were replaced.",
            "ZORVA",
            false,
        ),
        (
            "a sentence in capitals",
            "ZORVA WINS THE VOTE IN THE NORTH, ZORVA SAYS",
            "ZORVA",
            false,
        ),
        ("a Roman numeral", "King Harald XIV said so.", "XIV", false),
        (
            "not an organization",
            "The CEO said the GDP grew.",
            "CEO",
            false,
        ),
        (
            "a currency sign",
            "The fee was ZRD$ 40 or ZRD$ 50 then.",
            "ZRD",
            false,
        ),
        (
            "a designation",
            "KTF 50 sailed and KTF 50 returned.",
            "KTF",
            false,
        ),
        (
            "a longer name",
            "The KSS Varna sailed and the KSS Varna returned.",
            "KSS",
            false,
        ),
        (
            "a label",
            "REPLY: they did. REPLY: they will.",
            "REPLY",
            false,
        ),
        (
            "a term the text defines",
            "The sea surface salinity (SSS) rose. SSS is high.",
            "SSS",
            false,
        ),
    ];

    #[test]
    fn undefined_acronyms_need_an_organization_s_usage() {
        crate::test_util::assert_unique(UNDEFINED.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for &(case, text, acronym, want) in UNDEFINED {
            let found = mentions(text);
            let got = found
                .iter()
                .any(|m| m.0 == acronym && m.1 == How::AcronymShape);
            if got != want {
                wrong.push(format!("{case}: {text}\n  got {found:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn every_mention_of_an_undefined_acronym_is_one_entity() {
        let text = "The ZORVA's chief said ZORVA would strike. Later, ZORVA did.";
        let found = mentions(text);
        let zorva: Vec<_> = found.iter().filter(|m| m.0 == "ZORVA").collect();
        assert_eq!(zorva.len(), 3, "{found:?}");
        assert!(
            zorva
                .iter()
                .all(|m| m.1 == How::AcronymShape && m.2 == zorva[0].2)
        );
    }

    #[test]
    fn an_acronym_at_either_end_of_the_text_is_read() {
        for text in [
            "NKA",
            "(NKA",
            "NKA)",
            "The Kestrel Union (KU",
            "KU (",
            "KU (Kestrel",
        ] {
            mentions(text);
        }
    }

    #[test]
    fn roman_numerals_are_told_from_acronyms() {
        for numeral in ["I", "II", "IV", "IX", "XIV", "XL", "MCMXC", "MMXXV", "CD"] {
            assert!(is_roman_numeral(numeral), "{numeral}");
        }
        for word in ["IIII", "VV", "IC", "XM", "MIX5", "NKA", "VX", ""] {
            assert!(!is_roman_numeral(word), "{word}");
        }
    }

    #[test]
    fn every_acronym_word_is_read_in_a_sentence() {
        let g = crate::Gazetteer::with_bundled_lists().unwrap();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let map = words(&g.lists.acronym_words, &folder);
        let mut analysis = crate::text::Analysis::default();
        for row in &g.lists.acronym_words {
            // Through the text layer, as an article's words are.
            let sentence = format!("Then {} came.", row.word);
            analysis.run(&sentence, &folder);
            let token = &analysis.tokens[1];
            let facts = map.get_in(&analysis.haystack, token.folded());
            let has = match row.use_ {
                AcronymUse::Connector => facts.connector,
                AcronymUse::NotOrganization => facts.not_organization,
                AcronymUse::Sign => facts.sign,
                AcronymUse::Vessel => {
                    VesselPrefixes::of(&g.lists.acronym_words).contains(&row.word)
                }
            };
            assert!(
                has && analysis.tokens.len() == 4,
                "{:?} in {sentence:?}",
                row.use_
            );
        }
    }
}
