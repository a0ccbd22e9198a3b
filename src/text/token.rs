//! Tokens: UAX #29 segments repaired for news text.
//!
//! On top of the raw segments, four rules make names addressable:
//! - a possessive splits off: `Iraq’s` → `Iraq` + `’s`;
//! - `:` and full stops inside a long word split it: `Baghdad:The`, `Iraq.The`;
//! - dotted abbreviations keep their final stop: `U.S.`, `Maj.`, `Oct.`, `J.`;
//! - hyphens are already segments of their own, so `U.S.-led` and
//!   `al-Khafaji` keep their parts addressable.

use crate::span::Span;

use super::{chars, segment};

/// What a token is made of.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Class {
    /// Contains a letter or digit.
    Word,
    /// The possessive clitic `’s`.
    Possessive,
    /// Anything else: punctuation, symbols, marks.
    Punct,
}

/// The letter case of a word as written.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Shape {
    /// First letter upper case, at least one lower-case letter: `Baghdad`, `McCain`.
    Capitalized,
    /// Every letter upper case: `BAGHDAD`, `IS`, `U.S.`, `J.`.
    Upper,
    /// First letter lower case: `said`, `al`, `iPhone`.
    Lower,
    /// No letter: `5,000`, `.`, `“`.
    Other,
}

impl Shape {
    pub(crate) fn of(s: &str) -> Shape {
        if s.is_ascii() {
            return Shape::of_ascii(s.as_bytes());
        }
        let mut letters = s.chars().filter(|&c| chars::is_alphabetic(c));
        let Some(first) = letters.next() else {
            return Shape::Other;
        };
        if !chars::is_uppercase(first) {
            return Shape::Lower;
        }
        if letters.any(chars::is_lowercase) {
            Shape::Capitalized
        } else {
            Shape::Upper
        }
    }

    fn of_ascii(bytes: &[u8]) -> Shape {
        let Some(first) = bytes.iter().position(u8::is_ascii_alphabetic) else {
            return Shape::Other;
        };
        if !bytes[first].is_ascii_uppercase() {
            return Shape::Lower;
        }
        if bytes[first + 1..].iter().any(u8::is_ascii_lowercase) {
            Shape::Capitalized
        } else {
            Shape::Upper
        }
    }

    /// Written with a capital first letter (`Capitalized` or `Upper`).
    #[inline]
    pub(crate) fn is_capital(self) -> bool {
        matches!(self, Shape::Capitalized | Shape::Upper)
    }
}

use Abbreviation::{BeforeName, BeforeNumber, Other};

/// Abbreviations that keep their full stop, with how their stop behaves at
/// a sentence end.
const ABBREVIATIONS: &[(&str, Abbreviation)] = &[
    ("adm", BeforeName),
    ("amb", BeforeName),
    ("apr", BeforeName),
    ("atty", BeforeName),
    ("aug", BeforeName),
    ("brig", BeforeName),
    ("capt", BeforeName),
    ("cdr", BeforeName),
    ("cmdr", BeforeName),
    ("co", Other),
    ("col", BeforeName),
    ("corp", Other),
    ("cpl", BeforeName),
    ("cpt", BeforeName),
    ("dec", BeforeName),
    ("dept", Other),
    ("det", BeforeName),
    ("dr", BeforeName),
    ("etc", Other),
    ("feb", BeforeName),
    ("fr", BeforeName),
    ("ft", BeforeName),
    ("gen", BeforeName),
    ("gov", BeforeName),
    ("hon", BeforeName),
    ("inc", Other),
    ("insp", BeforeName),
    ("jan", BeforeName),
    ("jr", Other),
    ("jul", BeforeName),
    ("jun", BeforeName),
    ("lt", BeforeName),
    ("ltd", Other),
    ("maj", BeforeName),
    ("mar", BeforeName),
    ("messrs", BeforeName),
    ("mr", BeforeName),
    ("mrs", BeforeName),
    ("ms", BeforeName),
    ("mt", BeforeName),
    ("no", BeforeNumber),
    ("nos", BeforeNumber),
    ("nov", BeforeName),
    ("oct", BeforeName),
    ("pfc", BeforeName),
    ("pres", BeforeName),
    ("prof", BeforeName),
    ("pte", BeforeName),
    ("pvt", BeforeName),
    ("rep", BeforeName),
    ("rev", BeforeName),
    ("sen", BeforeName),
    ("sep", BeforeName),
    ("sept", BeforeName),
    ("sgt", BeforeName),
    ("spc", BeforeName),
    ("sr", Other),
    ("st", BeforeName),
    ("supt", BeforeName),
    ("vs", Other),
];

/// How a word that absorbed a following full stop behaves at a sentence end.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Abbreviation {
    /// Not an abbreviation.
    No,
    /// A title or month (`Maj.`, `Aug.`): the sentence goes on.
    BeforeName,
    /// An acronym, initial or other abbreviation (`U.S.`, `J.`, `Inc.`): it
    /// ends the sentence when a sentence-starting word follows.
    Other,
    /// A numbering abbreviation (`No.`, `Nos.`): it stands before a number
    /// (`the No. 2 seed`), so before a capitalised word its stop is a full
    /// stop (`He said no. Rhea laughed`).
    BeforeNumber,
}

/// Classifies `word` (without its final stop) as an abbreviation.
pub(crate) fn abbreviation(word: &str) -> Abbreviation {
    let bytes = word.as_bytes();
    if let Some(key) = abbreviation_key(bytes) {
        if let Ok(i) = ABBREVIATION_KEYS.binary_search(&key) {
            return ABBREVIATIONS[i].1;
        }
    }
    // Neither an initial nor dotted: the common case of a word before a
    // stop, decided without decoding characters.
    if bytes.len() > 1 && !bytes.contains(&b'.') && bytes.is_ascii() {
        return Abbreviation::No;
    }
    let mut characters = word.chars();
    let single_capital = matches!(
        (characters.next(), characters.next()),
        (Some(c), None) if chars::is_uppercase(c)
    );
    if single_capital || is_dotted(word) {
        Abbreviation::Other
    } else {
        Abbreviation::No
    }
}

/// Classifies a word token that ends in a stop (`Gen.`, `U.S.`) as an
/// abbreviation by the letters before its stop; `None` for any other
/// token.
pub(crate) fn abbreviation_with_stop(token: &str) -> Option<Abbreviation> {
    let word = token.strip_suffix('.').filter(|word| !word.is_empty())?;
    Some(abbreviation(word))
}

/// A word of up to eight ASCII letters, lower-cased and packed first byte
/// highest, so that keys sort as their words do.
const fn abbreviation_key(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        let byte = if i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                return None;
            }
            bytes[i].to_ascii_lowercase()
        } else {
            0
        };
        key = key << 8 | byte as u64;
        i += 1;
    }
    Some(key)
}

/// The keys of [`ABBREVIATIONS`], in the same order.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = match abbreviation_key(ABBREVIATIONS[i].0.as_bytes()) {
            Some(key) => key,
            None => panic!("abbreviations are short words of letters"),
        };
        i += 1;
    }
    keys
};

/// `U.S`, `e.g`, `Ph.D`: letters in groups of one or two joined by full
/// stops. One pass over the characters: splitting the word on its stops cost
/// hundreds of instructions for a four-byte `U.S`.
fn is_dotted(word: &str) -> bool {
    let (mut group, mut joined) = (0, false);
    for c in word.chars() {
        if c == '.' {
            if group == 0 {
                return false;
            }
            (group, joined) = (0, true);
        } else if group < 2 && chars::is_alphabetic(c) {
            group += 1;
        } else {
            return false;
        }
    }
    joined && group > 0
}

/// Where a token lies in the text, in 32-bit offsets (documents are limited
/// to `u32::MAX` bytes): half the size of a [`Span`], since tokenizing
/// writes one for every token of the document.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct Piece {
    start: u32,
    end: u32,
}

impl Piece {
    /// The piece `start..end`, in a document within 32-bit offsets.
    #[inline]
    pub(crate) fn new(start: usize, end: usize) -> Piece {
        Piece {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The token's bytes in the text.
    #[inline]
    pub(crate) fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Splits `text` into tokens, appending where each lies to `out`.
///
/// Chunks between whitespace that are plain ASCII words and punctuation (most
/// of English news) are tokenized by one byte loop; any other chunk is
/// segmented by [`segment`]'s rules, from its first byte. A property test
/// checks that both ways give the same tokens.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Piece>) {
    tokenize_range(text, 0, text.len(), out);
}

/// Splits `text[from..to]` into tokens, appending where each lies in
/// `text` to `out`. `to` must be the end of the text or followed by ASCII
/// whitespace, as chunks are: the bytes after it are read, eight at a
/// time, but never taken into a token.
pub(crate) fn tokenize_range(text: &str, from: usize, to: usize, out: &mut Vec<Piece>) {
    let mut tokens = Tokens::new(text, out);
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let Some(start) = tokens.plain_chunks(i, to) else {
            break;
        };
        let end = bytes[start..to]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(to, |n| start + n);
        let saved = tokens.checkpoint();
        if !segment::simple_segments(bytes, start, end, &mut |s, e| tokens.segment(s, e)) {
            // A character the simple rules do not cover: undone, and the
            // chunk segmented by the full rules.
            tokens.rewind(saved);
            segment::unicode_segments(text, start, end, &mut |s, e| tokens.segment(s, e));
        }
        i = end;
    }
    tokens.finish();
}

/// Tokenizes `text` segment by segment, without the plain-chunk loop: the
/// reference the fast path is tested against.
#[cfg(test)]
pub(crate) fn tokenize_by_segments(text: &str, out: &mut Vec<Piece>) {
    let mut tokens = Tokens::new(text, out);
    segment::segments(text, |start, end| tokens.segment(start, end));
    tokens.finish();
}

/// Turns segments into tokens. The last word waits in `pending` to see
/// whether a full stop follows it.
struct Tokens<'a> {
    text: &'a str,
    out: &'a mut Vec<Piece>,
    pending: Option<Span>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str, out: &'a mut Vec<Piece>) -> Tokens<'a> {
        Tokens {
            text,
            out,
            pending: None,
        }
    }

    /// Appends a token.
    #[inline]
    fn emit(&mut self, span: Span) {
        self.out.push(Piece {
            start: span.start as u32,
            end: span.end as u32,
        });
    }

    /// What [`Tokens::rewind`] needs to undo the tokens made after now.
    #[inline]
    fn checkpoint(&self) -> (usize, Option<Span>) {
        (self.out.len(), self.pending)
    }

    /// Undoes the tokens made since `checkpoint`.
    #[inline]
    fn rewind(&mut self, (len, pending): (usize, Option<Span>)) {
        self.out.truncate(len);
        self.pending = pending;
    }

    fn finish(mut self) {
        self.flush();
    }

    /// Emits the waiting word: what follows is not its full stop.
    #[inline]
    fn flush(&mut self) {
        if let Some(word) = self.pending.take() {
            self.emit(word);
        }
    }

    /// A word of ASCII letters and digits: nothing to split.
    #[inline]
    fn plain_word(&mut self, start: usize, end: usize) {
        if let Some(word) = self.pending.replace(Span::new(start, end)) {
            self.emit(word);
        }
    }

    /// A full stop: it ends an abbreviation written just before it, or
    /// stands alone.
    #[inline]
    fn stop(&mut self, start: usize, end: usize) {
        if let Some(word) = self.pending.take() {
            if word.end == start && abbreviation(&self.text[word]) != Abbreviation::No {
                self.emit(Span::new(word.start, end));
                return;
            }
            self.emit(word);
        }
        self.emit(Span::new(start, end));
    }

    /// Tokenizes the plain chunks from byte `i` on, one after another:
    /// chunks between whitespace of ASCII runs of letters and digits that
    /// no joiner continues, and punctuation other than `_`. Stops at the
    /// end of the text (`None`), or at the first chunk that is not plain:
    /// returns where that chunk starts, with its tokens undone. Staying in
    /// one loop across spaces, rather than returning at each, saves a call
    /// and the setup of the undo record per word. Whitespace at or past
    /// `to` ends the text.
    #[inline]
    fn plain_chunks(&mut self, mut i: usize, to: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let kind = |i: usize| bytes.get(i).map_or(SPACE, |&b| PLAIN_KIND[usize::from(b)]);
        let mut chunk = i;
        let mut saved = self.checkpoint();
        loop {
            let here = kind(i);
            if here & ALNUM != 0 {
                let start = i;
                i = alnum_run_end(bytes, i + 1);
                // `a:b`, `a.b`, `a'b`, `1,5`: the segmenter's rules decide.
                if kind(i) & JOINER != 0 && kind(i + 1) & CONTINUES != 0 {
                    break;
                }
                self.plain_word(start, i);
            } else if here & SPACE != 0 {
                if i >= to {
                    return None;
                }
                i += 1;
                if kind(i) & SPACE == 0 {
                    chunk = i;
                    saved = self.checkpoint();
                }
            } else if here & BREAK != 0 {
                break;
            } else if bytes[i] == b'.' {
                self.stop(i, i + 1);
                i += 1;
            } else {
                self.flush();
                self.emit(Span::new(i, i + 1));
                i += 1;
            }
        }
        self.rewind(saved);
        Some(chunk)
    }

    /// One segment of the general path.
    fn segment(&mut self, start: usize, end: usize) {
        let text = self.text;
        let piece = &text[start..end];
        if piece == "." {
            self.stop(start, end);
            return;
        }
        // Most words are plain ASCII letters and digits: nothing to split.
        if piece.bytes().all(|b| b.is_ascii_alphanumeric()) {
            self.plain_word(start, end);
            return;
        }
        let is_word = piece
            .chars()
            .next()
            .is_some_and(|c| chars::is_alphanumeric(c) || c == '_');
        // Nor is there in words without `:`, a stop or an apostrophe (whose
        // curly forms start with 0xE2).
        let may_split = |b: &u8| matches!(b, b':' | b'.' | b'\'' | 0xE2);
        if is_word && !piece.as_bytes().iter().any(may_split) {
            self.plain_word(start, end);
            return;
        }
        self.flush();
        if !is_word {
            self.emit(Span::new(start, end));
            return;
        }
        // A word: split it at `:` and long dotted joints, then split off a
        // possessive; the last part waits to see whether a stop follows.
        let mut parts = split_word(piece, start);
        while let Some(part) = parts.next() {
            let last = parts.peek_done();
            let (stem, possessive) = split_possessive(text, part);
            if let Some(p) = possessive {
                self.emit(stem);
                self.emit(p);
            } else if last {
                self.pending = Some(stem);
            } else {
                self.emit(stem);
            }
        }
    }
}

/// Whether the chunk `start..end` (a run between ASCII whitespace) is one
/// run of ASCII letters and digits, which [`tokenize_range`] makes into one
/// token: the common new word, known to be one token without tokenizing.
#[inline]
pub(crate) fn is_plain_word(bytes: &[u8], start: usize, end: usize) -> bool {
    start < end && alnum_run_end(bytes, start) == end
}

/// The end of the run of ASCII letters and digits that goes on at `i`.
///
/// Eight bytes are classified at once, so a word of up to eight letters
/// costs no loop whose exit the processor must guess; the byte loop is kept
/// for the last few bytes of the text.
#[inline]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    const LOW: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // With the top bit of each byte clear, adding `0x80 - lo` sets it
    // exactly when the byte is at least `lo`, and no carry crosses bytes.
    let at_least = |seven: u64, lo: u8| seven + LOW * u64::from(0x80 - lo);
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let word = u64::from_le_bytes(*chunk);
        let seven = word & !HIGH;
        let digit = at_least(seven, b'0') & !at_least(seven, b'9' + 1);
        let folded = seven | (LOW * 0x20);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let alnum = (digit | letter) & !word & HIGH;
        let run = (!alnum & HIGH).trailing_zeros() as usize / 8;
        i += run;
        if run < 8 {
            return i;
        }
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// A letter or digit.
const ALNUM: u8 = 1;
/// ASCII whitespace, and the end of the text.
const SPACE: u8 = 2;
/// Non-ASCII or `_`: the chunk is not plain.
const BREAK: u8 = 4;
/// `:`, `.`, `'`, `,` and `;`, which may join a word to what follows.
const JOINER: u8 = 8;
/// What a joiner joins to: a letter, digit, `_` or non-ASCII byte.
const CONTINUES: u8 = 16;

/// What each byte is to [`Tokens::plain_chunks`].
static PLAIN_KIND: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            ALNUM | CONTINUES
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if c == b'_' || !c.is_ascii() {
            BREAK | CONTINUES
        } else if matches!(c, b':' | b'.' | b'\'' | b',' | b';') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Iterates over the parts of a word split at `:` and at full stops that
/// join long groups of letters (`Iraq.The`), yielding separators as parts.
struct WordParts<'a> {
    word: &'a str,
    base: usize,
    at: usize,
    split_stops: bool,
}

fn split_word(word: &str, base: usize) -> WordParts<'_> {
    let split_stops =
        word.contains('.') && !is_dotted(word) && word.chars().any(chars::is_alphabetic);
    WordParts {
        word,
        base,
        at: 0,
        split_stops,
    }
}

impl WordParts<'_> {
    fn is_separator(&self, c: char, i: usize) -> bool {
        match c {
            ':' => true,
            '.' if self.split_stops => {
                // Keep stops between digits (`3.5`).
                let before = self.word[..i].chars().next_back();
                let after = self.word[i + 1..].chars().next();
                !(before.is_some_and(chars::is_numeric) && after.is_some_and(chars::is_numeric))
            }
            _ => false,
        }
    }

    fn peek_done(&self) -> bool {
        self.at >= self.word.len()
    }
}

impl Iterator for WordParts<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        if self.at >= self.word.len() {
            return None;
        }
        let rest = &self.word[self.at..];
        let start = self.at;
        let mut end = self.word.len();
        for (i, c) in rest.char_indices() {
            if self.is_separator(c, start + i) {
                end = if i == 0 {
                    start + c.len_utf8()
                } else {
                    start + i
                };
                break;
            }
        }
        self.at = end;
        Some(Span::new(self.base + start, self.base + end))
    }
}

/// Splits a trailing `’s` or `'s` off a word of at least two characters.
fn split_possessive(text: &str, word: Span) -> (Span, Option<Span>) {
    let s = &text[word];
    for apostrophe in ["'", "\u{2019}"] {
        for ess in ["s", "S"] {
            let clitic_len = apostrophe.len() + 1;
            if s.len() > clitic_len + 1
                && s.ends_with(ess)
                && s[..s.len() - 1].ends_with(apostrophe)
            {
                let cut = word.end - clitic_len;
                return (Span::new(word.start, cut), Some(Span::new(cut, word.end)));
            }
        }
    }
    (word, None)
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// Eight bytes at a time, the run of letters and digits ends where
        /// the byte loop would end it, whatever the bytes.
        #[test]
        fn alnum_runs_end_where_the_byte_loop_ends_them(
            bytes in proptest::collection::vec(
                // Mostly the stretch from `0` to `z`, with the punctuation
                // inside it; sometimes any byte.
                proptest::prop_oneof![3 => b'0'..=b'z', 1 => proptest::num::u8::ANY],
                0..40,
            ),
            start in 0usize..40,
        ) {
            let start = start.min(bytes.len());
            let mut want = start;
            while bytes.get(want).is_some_and(u8::is_ascii_alphanumeric) {
                want += 1;
            }
            proptest::prop_assert_eq!(alnum_run_end(&bytes, start), want);
        }
    }

    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out.into_iter().map(|s| &text[s.span()]).collect()
    }

    /// (name, text, tokens): the specification of the tokenizer.
    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "possessive curly",
            "Iraq’s forces",
            &["Iraq", "’s", "forces"],
        ),
        (
            "possessive straight",
            "Iran's Islamic",
            &["Iran", "'s", "Islamic"],
        ),
        (
            "apostrophe inside a name",
            "O'Brien said",
            &["O'Brien", "said"],
        ),
        (
            "dotted acronym before hyphen",
            "U.S.-led coalition",
            &["U.S.", "-", "led", "coalition"],
        ),
        (
            "hyphenated adjective",
            "Iran-backed militias",
            &["Iran", "-", "backed", "militias"],
        ),
        (
            "arabic particle",
            "al-Khafaji said.",
            &["al", "-", "Khafaji", "said", "."],
        ),
        (
            "invisible marks around words",
            "after Mosul\u{200E}, \u{200F}Erbil\u{200F} and \u{200B} Duhok",
            &["after", "Mosul", ",", "Erbil", "and", "Duhok"],
        ),
        (
            "titles",
            "Maj. Gen. Tahsin Khafaji",
            &["Maj.", "Gen.", "Tahsin", "Khafaji"],
        ),
        (
            "month",
            "on Aug. 20, U.S. President",
            &["on", "Aug.", "20", ",", "U.S.", "President"],
        ),
        (
            "sentence end is not an abbreviation",
            "in Iraq. The",
            &["in", "Iraq", ".", "The"],
        ),
        (
            "initial",
            "Stephen J. Townsend",
            &["Stephen", "J.", "Townsend"],
        ),
        (
            "missing space after stop",
            "Baghdad.The troops",
            &["Baghdad", ".", "The", "troops"],
        ),
        (
            "colon after a word",
            "Baghdad:The",
            &["Baghdad", ":", "The"],
        ),
        (
            "numbers stay whole",
            "over 5,000 troops, 3.5%",
            &["over", "5,000", "troops", ",", "3.5", "%"],
        ),
        (
            "curly quotes",
            "“Hi,” he said",
            &["“", "Hi", ",", "”", "he", "said"],
        ),
        (
            "diacritics",
            "Hewlêr (Erbil)",
            &["Hewlêr", "(", "Erbil", ")"],
        ),
        ("dashes", "Region – Troops", &["Region", "–", "Troops"]),
        ("plural possessive", "troops' cut", &["troops", "'", "cut"]),
        ("lone clitic is not a possessive", "'s", &["'", "s"]),
    ];

    #[test]
    fn table() {
        for (name, text, want) in CASES {
            assert_eq!(&tokens(text), want, "{name}");
            let mut by_segments = Vec::new();
            tokenize_by_segments(text, &mut by_segments);
            let by_segments: Vec<&str> = by_segments.into_iter().map(|s| &text[s.span()]).collect();
            assert_eq!(&by_segments, want, "{name}, segment by segment");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The plain-chunk loop gives the tokens the segment rules give,
        /// wherever it hands a chunk over to them.
        #[test]
        fn plain_chunks_agree_with_segments(
            text in "([A-Za-z0-9]{1,5}|[.,;:'_\"()-]|[ \n]|[ê‘’“”–—…é\u{301}\u{a0}\u{200d}]|Mr|U|S|s){0,40}"
        ) {
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            tokenize(&text, &mut fast);
            tokenize_by_segments(&text, &mut reference);
            proptest::prop_assert_eq!(fast, reference);
        }

        /// A chunk is taken for a plain word exactly when it is all ASCII
        /// letters and digits, and then it tokenizes into that one token.
        #[test]
        fn a_plain_word_is_the_one_token_of_its_chunk(
            chunk in "([A-Za-z0-9]{1,5}|[.,;:'_\"()-]|[ê‘’é\u{301}\u{200d}]|Mr|U|S|s){1,6}",
            tail in "( [a-z]{0,3})?",
        ) {
            let text = format!("{chunk}{tail}");
            let mut pieces = Vec::new();
            tokenize_range(&text, 0, chunk.len(), &mut pieces);
            let plain = chunk.bytes().all(|b| b.is_ascii_alphanumeric());
            proptest::prop_assert_eq!(is_plain_word(text.as_bytes(), 0, chunk.len()), plain);
            if plain {
                proptest::prop_assert_eq!(pieces, vec![Piece::new(0, chunk.len())]);
            }
        }
    }

    #[test]
    fn plain_words() {
        for (text, end, plain) in [
            ("said", 4, true),
            ("2016 in", 4, true),
            ("F16", 3, true),
            ("Iraq,", 5, false),
            ("U.S.", 4, false),
            ("al-Khafaji", 10, false),
            ("Erbil’s", 9, false),
            ("café", 5, false),
            ("", 0, false),
        ] {
            assert_eq!(is_plain_word(text.as_bytes(), 0, end), plain, "{text:?}");
        }
    }

    #[test]
    fn table_names_are_unique() {
        crate::test_util::assert_unique(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn dotted_words() {
        for (word, dotted) in [
            ("U.S", true),
            ("e.g", true),
            ("Ph.D", true),
            ("U.S.A", true),
            ("é.U", true),
            ("US", false),
            ("U.S.", false),
            (".US", false),
            ("U..S", false),
            ("Abc.D", false),
            ("U.5", false),
            ("", false),
            (".", false),
        ] {
            assert_eq!(is_dotted(word), dotted, "{word:?}");
        }
    }

    #[test]
    fn abbreviation_table_is_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(ABBREVIATION_KEYS.is_sorted());
        assert_eq!(abbreviation("Maj"), Abbreviation::BeforeName);
        assert_eq!(abbreviation("INC"), Abbreviation::Other);
        assert_eq!(abbreviation("U.S"), Abbreviation::Other);
        assert_eq!(abbreviation("J"), Abbreviation::Other);
        assert_eq!(abbreviation("É"), Abbreviation::Other);
        assert_eq!(abbreviation("Majo"), Abbreviation::No);
        assert_eq!(abbreviation("Baghdad"), Abbreviation::No);
        assert_eq!(abbreviation("al-Khafaji"), Abbreviation::No);
        assert_eq!(abbreviation("é"), Abbreviation::No);
    }

    #[test]
    fn shapes() {
        assert_eq!(Shape::of("Baghdad"), Shape::Capitalized);
        assert_eq!(Shape::of("McCain"), Shape::Capitalized);
        assert_eq!(Shape::of("IS"), Shape::Upper);
        assert_eq!(Shape::of("U.S."), Shape::Upper);
        assert_eq!(Shape::of("al"), Shape::Lower);
        assert_eq!(Shape::of("5,000"), Shape::Other);
        assert_eq!(Shape::of("Ḥewlêr"), Shape::Capitalized);
    }
}
