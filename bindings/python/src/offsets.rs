//! Byte offsets of the crate turned into the character offsets of a Python
//! `str`.

use sayso::{Extraction, Span};

/// The character offset of every byte offset one extraction reports.
///
/// Built in one pass over the text: the offsets are sorted, and the
/// characters between each and the next are counted once, so a document
/// with many mentions costs no more than reading it.
#[derive(Debug)]
pub(crate) struct CharOffsets {
    /// Sorted, distinct byte offsets; empty when the text is ASCII, where a
    /// byte offset is its own character offset.
    bytes: Vec<usize>,
    /// The character offset of each of `bytes`.
    chars: Vec<usize>,
}

impl CharOffsets {
    /// The character offsets of every span of `extraction` over `text`.
    pub(crate) fn of(text: &str, extraction: &Extraction) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets {
                bytes: Vec::new(),
                chars: Vec::new(),
            };
        }
        let mut bytes = byte_offsets(extraction);
        bytes.sort_unstable();
        bytes.dedup();
        let chars = count_chars_up_to(text, &bytes);
        CharOffsets { bytes, chars }
    }

    /// The character offset of byte offset `byte`, one of those the
    /// extraction reports.
    pub(crate) fn char_of(&self, byte: usize) -> usize {
        if self.bytes.is_empty() {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.chars[i],
            // Not reachable for the extraction's own spans; an unknown
            // offset maps to its nearest known one below.
            Err(0) => 0,
            Err(i) => self.chars[i - 1],
        }
    }

    /// `(start, end)` of `span` in characters.
    pub(crate) fn span(&self, span: Span) -> (usize, usize) {
        (self.char_of(span.start), self.char_of(span.end))
    }
}

/// Every start and end the extraction reports, unsorted.
fn byte_offsets(extraction: &Extraction) -> Vec<usize> {
    let designations = extraction
        .entities()
        .iter()
        .flat_map(|e| e.designations())
        .map(|d| d.span());
    let quotes = extraction.quotes().iter().flat_map(|q| {
        let speaker = q.speaker().map(|s| s.span());
        [Some(q.span()), speaker, q.cue()].into_iter().flatten()
    });
    let mentions = extraction.mentions().iter().map(|m| m.span());
    mentions
        .chain(designations)
        .chain(quotes)
        .flat_map(|s| [s.start, s.end])
        .collect()
}

/// The number of characters before each of the sorted offsets `bytes`.
fn count_chars_up_to(text: &str, bytes: &[usize]) -> Vec<usize> {
    let text = text.as_bytes();
    let mut chars = Vec::with_capacity(bytes.len());
    let (mut at, mut count) = (0, 0);
    for &byte in bytes {
        let byte = byte.min(text.len());
        count += text[at..byte].iter().filter(|&&b| starts_char(b)).count();
        at = byte;
        chars.push(count);
    }
    chars
}

/// Whether `byte` begins a character: it is no UTF-8 continuation byte.
fn starts_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}
