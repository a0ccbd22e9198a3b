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
    if text.as_bytes()[start..end].is_ascii() {
        ascii_segments(text.as_bytes(), start, end, emit);
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

/// The UAX #29 word rules restricted to ASCII: letters, digits and `_` form
/// runs; `:` joins letters (MidLetter), `.` and `'` join letters or digits
/// (MidNumLet, Single_Quote), `,` and `;` join digits (MidNum); every other
/// byte is a segment of its own.
pub(crate) fn ascii_segments(
    bytes: &[u8],
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    let mut i = start;
    while i < end {
        if !is_word_byte(bytes[i]) {
            emit(i, i + 1);
            i += 1;
            continue;
        }
        let run = i;
        i += 1;
        loop {
            while i < end && is_word_byte(bytes[i]) {
                i += 1;
            }
            if i + 1 < end && joins(bytes[i - 1], bytes[i], bytes[i + 1]) {
                i += 2;
                continue;
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
            ascii_segments(text.as_bytes(), 0, text.len(), &mut emit);
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
        ];
        for (text, want) in cases {
            assert_eq!(&collect(text, false), want, "ascii path on {text:?}");
            assert_eq!(&collect(text, true), want, "unicode path on {text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The ASCII fast path is UAX #29 restricted to ASCII.
        #[test]
        fn ascii_path_agrees_with_unicode_segmentation(
            text in "([A-Za-z0-9_]{1,6}|[.,;:'\"!?()\\[\\]{}<>@#$%^&*+=/|~`-]){0,40}"
        ) {
            proptest::prop_assert_eq!(collect(&text, false), collect(&text, true));
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
