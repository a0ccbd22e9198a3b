//! Raw word segments: Unicode word boundaries (UAX #29) with an ASCII fast path.
//!
//! A segment is a maximal run that UAX #29 keeps together, minus whitespace.
//! `unicode-segmentation` runs at about 26 MB/s, slower than everything that
//! follows it, so runs of ASCII (the bulk of English news) are segmented by a
//! byte loop that implements the same rules for the ASCII repertoire; a
//! property test checks that both paths agree.

use unicode_segmentation::UnicodeSegmentation;

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
/// ASCII whitespace.
pub(crate) fn chunk_segments(
    text: &str,
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    if is_simple(&text.as_bytes()[start..end]) {
        simple_segments(text.as_bytes(), start, end, emit);
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
        if !piece.chars().all(char::is_whitespace) {
            emit(start + offset, start + offset + piece.len());
        }
    }
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

/// Whether every character of `chunk` is ASCII, a [`typographic_mark`] or
/// a no-break space: the repertoire [`simple_segments`] knows. None of the
/// non-ASCII ones extends or joins what precedes it (UAX #29 Extend,
/// Format, ZWJ), so each stays a character of its own.
fn is_simple(chunk: &[u8]) -> bool {
    let mut i = 0;
    while i < chunk.len() {
        if chunk[i].is_ascii() {
            i += 1;
        } else if let Some((len, _)) = typographic_mark(&chunk[i..]) {
            i += len;
        } else if chunk[i..].starts_with(&NO_BREAK_SPACE) {
            i += NO_BREAK_SPACE.len();
        } else {
            return false;
        }
    }
    true
}

/// The UAX #29 word rules restricted to ASCII, typographic marks and the
/// no-break space: letters, digits and `_` form runs; `:` joins letters
/// (MidLetter), `.`, `'`, `‘` and `’` join letters or digits (MidNumLet,
/// Single_Quote), `,` and `;` join digits (MidNum); a no-break space is
/// dropped; every other character is a segment of its own.
pub(crate) fn simple_segments(
    bytes: &[u8],
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    let mut i = start;
    while i < end {
        if !is_word_byte(bytes[i]) {
            let len = match typographic_mark(&bytes[i..end]) {
                Some((len, _)) => len,
                None if bytes[i..end].starts_with(&NO_BREAK_SPACE) => {
                    i += NO_BREAK_SPACE.len();
                    continue;
                }
                None => 1,
            };
            emit(i, i + len);
            i += len;
            continue;
        }
        let run = i;
        i += 1;
        loop {
            while i < end && is_word_byte(bytes[i]) {
                i += 1;
            }
            let joiner = match typographic_mark(&bytes[i..end]) {
                Some((len, true)) => Some((len, b'\'')),
                Some((_, false)) => None,
                None => bytes.get(i).filter(|_| i < end).map(|&b| (1, b)),
            };
            if let Some((len, mid)) = joiner {
                if i + len < end && joins(bytes[i - 1], mid, bytes[i + len]) {
                    i += len + 1;
                    continue;
                }
            }
            break;
        }
        emit(run, i);
    }
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[inline]
fn joins(before: u8, mid: u8, after: u8) -> bool {
    let letters = before.is_ascii_alphabetic() && after.is_ascii_alphabetic();
    let digits = before.is_ascii_digit() && after.is_ascii_digit();
    match mid {
        b':' => letters,
        b'.' | b'\'' => letters || digits,
        b',' | b';' => digits,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str, unicode: bool) -> Vec<&str> {
        let mut out = Vec::new();
        let mut emit = |s, e| out.push((s, e));
        if unicode {
            unicode_segments(text, 0, text.len(), &mut emit);
        } else {
            simple_segments(text.as_bytes(), 0, text.len(), &mut emit);
        }
        out.into_iter().map(|(s, e)| &text[s..e]).collect()
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
        ];
        for (text, want) in cases {
            assert_eq!(&collect(text, false), want, "ascii path on {text:?}");
            assert_eq!(&collect(text, true), want, "unicode path on {text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The fast path is UAX #29 restricted to its repertoire.
        #[test]
        fn simple_path_agrees_with_unicode_segmentation(
            text in "([A-Za-z0-9_]{1,6}|[.,;:'\"!?()\\[\\]{}<>@#$%^&*+=/|~`‘’“”–—…\u{a0}-]){0,40}"
        ) {
            proptest::prop_assert_eq!(collect(&text, false), collect(&text, true));
        }

        /// A chunk outside the repertoire goes to the Unicode path.
        #[test]
        fn chunks_agree_whatever_they_hold(
            text in "([A-Za-z0-9]{1,4}|[.,'’“\u{a0}\u{301}\u{200d}é-]){0,20}"
        ) {
            let mut out = Vec::new();
            chunk_segments(&text, 0, text.len(), &mut |s, e| out.push(&text[s..e]));
            proptest::prop_assert_eq!(out, collect(&text, true));
        }

        #[test]
        fn any_ascii_chunk_agrees(text in "[!-~]{0,80}") {
            proptest::prop_assert_eq!(collect(&text, false), collect(&text, true));
        }
    }

    #[test]
    fn whitespace_is_never_a_segment() {
        let text = "Hewlêr\u{a0}city  \n Baghdad";
        let mut out = Vec::new();
        segments(text, |s, e| out.push(&text[s..e]));
        assert_eq!(out, ["Hewlêr", "city", "Baghdad"]);
    }
}
