//! Pairing quotation marks.
//!
//! Marks are paired paragraph by paragraph on the token table: curly and
//! straight double quotes, guillemets, low-high marks (`„…“`) and, where no
//! double quote is open, single quotes used as the outer marks. A quotation
//! that runs over paragraphs opens each with a mark and closes only the
//! last. An opening mark that never closes is bounded by its paragraph, and
//! dropped when that would make a quotation longer than
//! [`MAX_UNCLOSED_TOKENS`]: one stray mark never swallows an article.

use crate::text::{Analysis, Class, TokenRange};

/// The longest quotation, in tokens, taken from an opening mark that is
/// never closed.
pub(crate) const MAX_UNCLOSED_TOKENS: usize = 200;

/// A pair of marks and what lies between them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marked {
    /// The opening mark.
    pub(crate) open: usize,
    /// The closing mark, or the end of the paragraph when there is none.
    pub(crate) close: usize,
    /// The tokens between the marks.
    pub(crate) inside: TokenRange,
    /// Whether a closing mark was found.
    pub(crate) closed: bool,
}

#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Mark {
    /// `“`: opens, or closes a quotation opened by `„`.
    Open,
    /// `„`.
    LowOpen,
    /// `”`, `»`.
    Close,
    /// `"`: opens or closes by position.
    Either,
    /// `‘`.
    SingleOpen,
    /// `’`, `'` when not inside a word.
    SingleEither,
}

fn mark(s: &str) -> Option<Mark> {
    Some(match s {
        "\u{201C}" | "\u{00AB}" | "\u{FF02}" => Mark::Open,
        "\u{201E}" => Mark::LowOpen,
        "\u{201D}" | "\u{00BB}" => Mark::Close,
        "\"" => Mark::Either,
        "\u{2018}" => Mark::SingleOpen,
        "\u{2019}" | "'" => Mark::SingleEither,
        _ => return None,
    })
}

/// The marked spans of the document, in order, replacing those of `out`.
pub(crate) fn find(text: &str, analysis: &Analysis, out: &mut Vec<Marked>) {
    let tokens = &analysis.tokens;
    let mark_at = |i: usize| {
        let t = &tokens[i];
        if t.class == Class::Punct {
            mark(&text[t.span()])
        } else {
            None
        }
    };
    // Whether token `i` is attached to the previous token (no space).
    let attached_left = |i: usize| !tokens[i].space_before;
    let attached_right = |i: usize| i + 1 < tokens.len() && !tokens[i + 1].space_before;

    out.clear();
    // An opening mark carried over from the previous paragraph.
    let mut carried: Option<(usize, Mark)> = None;
    for (p, paragraph) in analysis.paragraphs.iter().enumerate() {
        let (start, end) = (paragraph.start as usize, paragraph.end as usize);
        let mut open: Option<(usize, Mark)> = None;
        let mut first = start;
        if let Some(c) = carried.take() {
            // The continued quotation's paragraph opens with a mark.
            open = Some(c);
            first = start + 1;
        }
        let mut single: Option<usize> = None;
        // Only tokens that fold to a quotation mark can be one.
        let marks = &analysis.quote_marks;
        let in_paragraph = marks[marks.partition_point(|&i| (i as usize) < first)..]
            .iter()
            .map(|&i| i as usize)
            .take_while(|&i| i < end);
        for i in in_paragraph {
            let Some(m) = mark_at(i) else { continue };
            match (open, m) {
                (None, Mark::Open | Mark::LowOpen) => open = Some((i, m)),
                (None, Mark::Either) if !attached_left(i) || attached_right(i) => {
                    open = Some((i, m))
                }
                (Some((o, Mark::LowOpen)), Mark::Open | Mark::Close | Mark::Either)
                | (Some((o, Mark::Open | Mark::Either)), Mark::Close | Mark::Either) => {
                    push(out, o, i, true);
                    open = None;
                    single = None;
                }
                // A new opening mark while one is open: the first was stray.
                (Some(_), Mark::Open) => open = Some((i, m)),
                (None, Mark::SingleOpen) => single = Some(i),
                (None, Mark::SingleEither) => match single {
                    Some(o) if attached_left(i) && !attached_right_letter(text, analysis, i) => {
                        push(out, o, i, true);
                        single = None;
                    }
                    None if !attached_left(i) && attached_right(i) => single = Some(i),
                    _ => {}
                },
                _ => {}
            }
        }
        let Some((o, m)) = open else { continue };
        // Continued in the next paragraph when that one opens with a mark.
        let next_opens = analysis
            .paragraphs
            .get(p + 1)
            .and_then(|next| mark_at(next.start as usize))
            .is_some_and(|next| matches!(next, Mark::Open | Mark::LowOpen | Mark::Either));
        if next_opens {
            carried = Some((o, m));
        } else if end - o <= MAX_UNCLOSED_TOKENS {
            push(out, o, end, false);
        }
    }
}

/// Whether a letter follows token `i` directly (an apostrophe, not a mark).
fn attached_right_letter(text: &str, analysis: &Analysis, i: usize) -> bool {
    analysis
        .tokens
        .get(i + 1)
        .is_some_and(|t| !t.space_before && text[t.span()].starts_with(char::is_alphanumeric))
}

fn push(out: &mut Vec<Marked>, open: usize, close: usize, closed: bool) {
    if close > open + 1 {
        out.push(Marked {
            open,
            close,
            inside: TokenRange::new(open + 1, close),
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::analyze;

    fn quoted(text: &str) -> Vec<String> {
        let a = analyze(text);
        // A buffer that held another document's marks.
        let mut marked = Vec::new();
        find("“Old.”", &analyze("“Old.”"), &mut marked);
        find(text, &a, &mut marked);
        marked
            .iter()
            .map(|m| text[a.span_of(m.inside)].to_string())
            .collect()
    }

    const CASES: &[(&str, &str, &[&str])] = &[
        ("curly", "“We stay,” he said.", &["We stay,"]),
        (
            "straight",
            "\"We stay,\" he said. \"Go.\"",
            &["We stay,", "Go."],
        ),
        ("guillemets", "«Nous restons» dit-il.", &["Nous restons"]),
        ("low-high", "„Wir bleiben“, sagte er.", &["Wir bleiben"]),
        (
            "single inside double",
            "“He said ‘no’ twice,” she said.",
            &["He said ‘no’ twice,"],
        ),
        (
            "single as outer marks",
            "He called it ‘a good day’ and left.",
            &["a good day"],
        ),
        (
            "apostrophe is not a mark",
            "Iraq’s and the troops’ bases",
            &[],
        ),
        (
            "over two paragraphs",
            "“We stay.\n“We fight,” he said.",
            &["We stay.\n“We fight,"],
        ),
        (
            "unclosed is bounded by its paragraph",
            "“We stay and fight\nNext line.",
            &["We stay and fight"],
        ),
        ("closing mark alone", "He said” nothing.", &[]),
        ("empty marks", "“” and \"\"", &[]),
    ];

    #[test]
    fn table() {
        for (name, text, want) in CASES {
            assert_eq!(&quoted(text), want, "{name}");
        }
    }

    #[test]
    fn table_names_are_unique() {
        crate::test_util::assert_unique(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn a_stray_mark_does_not_swallow_the_article() {
        let body = "word ".repeat(MAX_UNCLOSED_TOKENS + 10);
        let text = format!("“{body}\nThe end.");
        assert!(quoted(&text).is_empty());
    }
}
