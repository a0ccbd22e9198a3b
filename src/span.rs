//! Byte ranges into the caller's text.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open range of UTF-8 byte offsets into the text that was given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Every offset `sayso` reports is a `Span` into the caller's original text,
/// never into a normalized copy, so `&text[span]` is always the exact words
/// of the article. Spans produced by the crate always lie on `char`
/// boundaries.
///
/// ```
/// use sayso::Span;
///
/// let text = "Hewlêr is Erbil.";
/// let span = Span::new(0, 7);
/// assert_eq!(&text[span], "Hewlêr");
/// assert_eq!(span.len(), 7);
/// ```
#[derive(Clone, Copy, Default, Eq, Hash, PartialEq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end`.
    ///
    /// A span with `end < start` is empty; use [`Span::is_empty`] to check.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered (zero when `end <= start`).
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span as a `Range`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The span shifted right by `offset` bytes, as when a document is found
    /// inside a longer text.
    #[inline]
    pub const fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_original_text() {
        let text = "Maj. Gen. Tahsin al-Khafaji";
        assert_eq!(&text[Span::new(10, 16)], "Tahsin");
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(2, 6);
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
        assert!(a.contains(Span::new(2, 6)));
        assert!(!a.contains(Span::new(1, 3)));
        assert_eq!(a.shifted(10), Span::new(12, 16));
    }

    #[test]
    fn inverted_span_is_empty() {
        let s = Span::new(5, 3);
        assert!(s.is_empty());
        assert_eq!(s.len(), 0);
    }
}
