//! Raw word segments: Unicode word boundaries (UAX #29) with a fast path.
//!
//! A segment is a maximal run that UAX #29 keeps together, minus whitespace.
//! `unicode-segmentation` runs at about 26 MB/s, slower than everything that
//! follows it, so chunks of ASCII, typographic marks and the letters of the
//! common alphabets (the bulk of news in English and in many other
//! languages) are segmented by a loop that implements the same rules for
//! that repertoire; property tests check that both paths agree.

use unicode_segmentation::UnicodeSegmentation;

use super::chars;

/// Calls `emit(start, end)` for every non-whitespace segment of `text`, in
/// order: the reference that [`super::token::tokenize`]'s plain-chunk loop
/// is tested against.
#[cfg(test)]
pub(crate) fn segments(text: &str, mut emit: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        chunk_segments(text, start, i, &mut emit);
    }
}

/// Calls `emit` for every segment of `text[start..end]`, a chunk without
/// ASCII whitespace: the simple rules when the whole chunk is in their
/// repertoire, checked first. (The tokenizer instead tries the simple rules
/// and undoes them on the first character outside it.)
#[cfg(test)]
pub(crate) fn chunk_segments(
    text: &str,
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    if is_simple(&text.as_bytes()[start..end]) {
        let whole = simple_segments(text.as_bytes(), start, end, emit);
        debug_assert!(whole);
    } else {
        unicode_segments(text, start, end, emit);
    }
}

/// UAX #29 on one chunk of text without ASCII whitespace.
pub(crate) fn unicode_segments(
    text: &str,
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    for (offset, piece) in text[start..end].split_word_bound_indices() {
        // UAX #29 keeps format characters with the word before them; an
        // invisible mark at either end is no part of the word (`Mosul` and
        // the left-to-right mark a page puts after it).
        let trimmed = piece.trim_matches(is_invisible_mark);
        if !trimmed.chars().all(char::is_whitespace) {
            let from =
                start + offset + (piece.len() - piece.trim_start_matches(is_invisible_mark).len());
            emit(from, from + trimmed.len());
        }
    }
}

/// A character that writes nothing: the marks that set the direction of
/// text (left-to-right, right-to-left, Arabic letter mark, embeddings and
/// isolates), zero-width spaces, joiners and the byte order mark, as pages
/// in right-to-left scripts and web editors leave them around words.
fn is_invisible_mark(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The typographic marks news text is full of, if `bytes` starts with one:
/// its length, and whether it may join the letters or digits on both sides
/// into one word, as `’` does in `Iraq’s` (UAX #29 MidNumLet). None of them
/// joins anything else.
#[inline]
pub(crate) fn typographic_mark(bytes: &[u8]) -> Option<(usize, bool)> {
    match bytes {
        // U+2018 and U+2019, the single quotation marks.
        [0xE2, 0x80, 0x98 | 0x99, ..] => Some((3, true)),
        // U+2013 and U+2014 (dashes), U+201C and U+201D (double quotation
        // marks), U+2026 (ellipsis).
        [0xE2, 0x80, 0x93 | 0x94 | 0x9C | 0x9D | 0xA6, ..] => Some((3, false)),
        _ => None,
    }
}

/// U+00A0, the no-break space: whitespace, so never a segment, but not a
/// separator of chunks.
const NO_BREAK_SPACE: [u8; 2] = [0xC2, 0xA0];

/// What UAX #29 does with a character of the fast path's repertoire.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Kind {
    /// ALetter: ASCII letters and the [`chars`] table's word letters.
    Letter,
    /// An ASCII digit (Numeric).
    Digit,
    /// `_` (ExtendNumLet).
    Connector,
    /// Punctuation that may join the letters or digits on both sides:
    /// `:` (MidLetter), `.` and `'` and the curly single quotes
    /// (MidNumLet, Single_Quote), `,` and `;` (MidNum); each given as the
    /// ASCII mark that behaves the same.
    Mid(u8),
    /// A character that is a segment of its own.
    Alone,
    /// The no-break space: no segment at all.
    Space,
}

impl Kind {
    #[inline]
    fn is_word(self) -> bool {
        matches!(self, Kind::Letter | Kind::Digit | Kind::Connector)
    }
}

/// The length and kind of the character at `bytes[i..end]`, or `None`
/// outside the repertoire: ASCII, [`typographic_mark`]s, the no-break space,
/// the letters of the alphabets the [`chars`] table knows, CJK ideographs
/// and the common CJK punctuation.
#[inline(always)]
fn unit(bytes: &[u8], i: usize, end: usize) -> Option<(usize, Kind)> {
    match ASCII_KIND.get(usize::from(bytes[i])) {
        Some(&kind) => Some((1, kind)),
        None => non_ascii_unit(&bytes[i..end]),
    }
}

/// [`unit`] for a character outside ASCII, at the start of `rest`.
#[inline(always)]
fn non_ascii_unit(rest: &[u8]) -> Option<(usize, Kind)> {
    if let Some((len, joins)) = typographic_mark(rest) {
        return Some((len, if joins { Kind::Mid(b'\'') } else { Kind::Alone }));
    }
    if rest.starts_with(&NO_BREAK_SPACE) {
        return Some((NO_BREAK_SPACE.len(), Kind::Space));
    }
    let c = decode_two_or_three(rest)?;
    if let Some(info) = chars::info(c) {
        return info
            .is_word_letter()
            .then_some((c.len_utf8(), Kind::Letter));
    }
    cjk_unit(c)
}

/// [`unit`] for a character above the [`chars`] table: CJK ideographs and
/// punctuation are in the repertoire.
#[inline(never)]
fn cjk_unit(c: char) -> Option<(usize, Kind)> {
    let kind = match c {
        // Ideographs and the ideographic comma and full stop: each a
        // segment of its own (Word_Break = Other).
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{3001}' | '\u{3002}' => Kind::Alone,
        // The full-width comma and semicolon join digits (MidNum), the
        // full-width colon joins letters (MidLetter), the full-width stop
        // joins both (MidNumLet).
        '\u{FF0C}' | '\u{FF1B}' => Kind::Mid(b','),
        '\u{FF1A}' => Kind::Mid(b':'),
        '\u{FF0E}' => Kind::Mid(b'.'),
        _ => return None,
    };
    Some((c.len_utf8(), kind))
}

/// The kind of each ASCII character.
static ASCII_KIND: [Kind; 128] = {
    let mut table = [Kind::Alone; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' | b'A'..=b'Z' => Kind::Letter,
            b'0'..=b'9' => Kind::Digit,
            b'_' => Kind::Connector,
            b':' | b'.' | b'\'' => Kind::Mid(c),
            b',' | b';' => Kind::Mid(b','),
            _ => Kind::Alone,
        };
        b += 1;
    }
    table
};

/// The character at the start of `bytes` if it is encoded in two or three
/// bytes, as every character of the [`chars`] table is.
#[inline]
fn decode_two_or_three(bytes: &[u8]) -> Option<char> {
    let code = match *bytes {
        [a @ 0xC2..=0xDF, b, ..] => u32::from(a & 0x1F) << 6 | u32::from(b & 0x3F),
        [a @ 0xE0..=0xEF, b, c, ..] => {
            u32::from(a & 0x0F) << 12 | u32::from(b & 0x3F) << 6 | u32::from(c & 0x3F)
        }
        _ => return None,
    };
    char::from_u32(code)
}

/// Whether every character of `chunk` is in the fast path's repertoire (see
/// [`unit`]).
#[cfg(test)]
fn is_simple(chunk: &[u8]) -> bool {
    let mut i = 0;
    while i < chunk.len() {
        match unit(chunk, i, chunk.len()) {
            Some((len, _)) => i += len,
            None => return false,
        }
    }
    true
}

/// The UAX #29 word rules restricted to the repertoire of [`unit`]: letters,
/// digits and `_` form runs; `:` joins letters (MidLetter), `.`, `'`, `‘`
/// and `’` join letters or digits (MidNumLet, Single_Quote), `,` and `;`
/// join digits (MidNum); a no-break space is dropped; every other character
/// is a segment of its own.
///
/// None of the repertoire extends or joins what precedes it (UAX #29
/// Extend, Format, ZWJ) or has rules of its own (Hebrew_Letter, Katakana),
/// so these rules are the whole story for a chunk within it. At the first
/// character outside it, returns `false` at once: the caller discards what
/// was emitted and segments the chunk by the full rules. Each character is
/// so decoded once when the chunk is simple, as most are.
pub(crate) fn simple_segments(
    bytes: &[u8],
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) -> bool {
    let mut i = start;
    while i < end {
        let Some((len, kind)) = unit(bytes, i, end) else {
            return false;
        };
        if !kind.is_word() {
            if kind != Kind::Space {
                emit(i, i + len);
            }
            i += len;
            continue;
        }
        let run = i;
        let mut last = kind;
        i += len;
        while i < end {
            let Some((len, kind)) = unit(bytes, i, end) else {
                return false;
            };
            if kind.is_word() {
                last = kind;
                i += len;
                continue;
            }
            let Kind::Mid(mid) = kind else { break };
            if i + len >= end {
                break;
            }
            let Some((after_len, after)) = unit(bytes, i + len, end) else {
                return false;
            };
            if !joins(last, mid, after) {
                break;
            }
            last = after;
            i += len + after_len;
        }
        emit(run, i);
    }
    true
}

/// Whether `mid` joins the characters on its sides into one word.
#[inline]
fn joins(before: Kind, mid: u8, after: Kind) -> bool {
    let letters = before == Kind::Letter && after == Kind::Letter;
    let digits = before == Kind::Digit && after == Kind::Digit;
    match mid {
        b':' => letters,
        b'.' | b'\'' => letters || digits,
        b',' => digits,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segments of `text` by the simple rules, or `None` when they
    /// decline it.
    fn simple(text: &str) -> Option<Vec<&str>> {
        let mut out = Vec::new();
        simple_segments(text.as_bytes(), 0, text.len(), &mut |s, e| {
            out.push(&text[s..e])
        })
        .then_some(out)
    }

    /// The segments of `text` by the full rules.
    fn full(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        unicode_segments(text, 0, text.len(), &mut |s, e| out.push(&text[s..e]));
        out
    }

    #[test]
    fn the_simple_rules_decline_what_they_do_not_cover() {
        let declines =
            |text: &str| !simple_segments(text.as_bytes(), 0, text.len(), &mut |_, _| {});
        // The Arabic comma, a combining accent, a joiner, Hebrew, Thai.
        for text in [
            "بغداد،",
            "e\u{301}",
            "a\u{200d}b",
            "שלום",
            "ไทย",
            "x y\u{301}",
        ] {
            assert!(declines(text), "{text:?}");
        }
        for text in ["Hewlêr’s", "Москва.Киев,1", "人权宣言，1，2。", "x\u{a0}y"]
        {
            assert!(!declines(text), "{text:?}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S.-led", &["U.S", ".", "-", "led"]),
            ("Iraq's", &["Iraq's"]),
            ("al-Khafaji", &["al", "-", "Khafaji"]),
            ("5,000", &["5,000"]),
            ("3.5%", &["3.5", "%"]),
            ("a:b", &["a:b"]),
            ("1:2", &["1", ":", "2"]),
            ("x_1", &["x_1"]),
            ("\"Hi,\"", &["\"", "Hi", ",", "\""]),
            ("Iraq.The", &["Iraq.The"]),
            ("a..b", &["a", ".", ".", "b"]),
            ("Iraq’s", &["Iraq’s"]),
            ("“Iraq’”", &["“", "Iraq", "’", "”"]),
            ("1’000–2", &["1’000", "–", "2"]),
            ("a’1", &["a", "’", "1"]),
            ("x\u{a0}\u{a0}y…", &["x", "y", "…"]),
            ("Hewlêr’s", &["Hewlêr’s"]),
            ("Erdoğan:Ankara", &["Erdoğan:Ankara"]),
            ("Москва.Киев,1", &["Москва.Киев", ",", "1"]),
            ("Ωμέγα3_x", &["Ωμέγα3_x"]),
            ("ệ'1", &["ệ", "'", "1"]),
            ("بغداد،", &["بغداد", "،"]),
            (
                "人权宣言，1，2。",
                &["人", "权", "宣", "言", "，", "1，2", "。"],
            ),
        ];
        for (text, want) in cases {
            // As the tokenizer does: the full rules where the simple decline.
            let tokenizer = simple(text).unwrap_or_else(|| full(text));
            assert_eq!(&tokenizer, want, "tokenizer's path on {text:?}");
            assert_eq!(&full(text), want, "unicode path on {text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The fast path is UAX #29 restricted to its repertoire.
        #[test]
        fn simple_path_agrees_with_unicode_segmentation(
            text in "([A-Za-z0-9_]{1,6}|[éÉğжЖΩσعệა]{1,3}|[.,;:'\"!?()\\[\\]{}<>@#$%^&*+=/|~`‘’“”–—…\u{a0}-]){0,40}"
        ) {
            proptest::prop_assert_eq!(simple(&text), Some(full(&text)));
        }

        /// A chunk outside the repertoire goes to the Unicode path.
        #[test]
        fn chunks_agree_whatever_they_hold(
            text in "([A-Za-z0-9]{1,4}|[.,:'’“\u{a0}\u{301}\u{200d}éжאก٣中・ア-]){0,20}"
        ) {
            let mut out = Vec::new();
            chunk_segments(&text, 0, text.len(), &mut |s, e| out.push(&text[s..e]));
            proptest::prop_assert_eq!(out, full(&text));
        }

        #[test]
        fn any_ascii_chunk_agrees(text in "[!-~]{0,80}") {
            proptest::prop_assert_eq!(simple(&text), Some(full(&text)));
        }
    }

    /// Every character outside ASCII that the fast path takes behaves, in
    /// every context that tells the word-break classes apart, as UAX #29
    /// says.
    #[test]
    fn every_fast_character_agrees_with_unicode_segmentation() {
        const CONTEXTS: [&str; 12] = [
            "aXa", "1X1", "XX", "_X_", "aX", "X1", "a.X", "X'a", "X:a", "1X", "X\u{a0}X", "X’s",
        ];
        let mut taken = 0;
        for c in ('\u{80}'..='\u{FFFF}').filter(|c| {
            let mut buffer = [0; 4];
            let encoded = c.encode_utf8(&mut buffer).as_bytes();
            unit(encoded, 0, encoded.len()).is_some()
        }) {
            taken += 1;
            for context in CONTEXTS {
                let text = context.replace('X', c.encode_utf8(&mut [0; 4]));
                assert_eq!(
                    simple(&text),
                    Some(full(&text)),
                    "U+{:04X} in {context:?}",
                    c as u32
                );
            }
        }
        assert!(taken > 20_000, "{taken}");
    }

    #[test]
    fn whitespace_is_never_a_segment() {
        let text = "Hewlêr\u{a0}city  \n Baghdad";
        let mut out = Vec::new();
        segments(text, |s, e| out.push(&text[s..e]));
        assert_eq!(out, ["Hewlêr", "city", "Baghdad"]);
    }
}
