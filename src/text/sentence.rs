//! Sentence boundaries over the token table.
//!
//! The rule is UAX #29's for sentences (a terminator, optional closing
//! punctuation, then a space and an upper-case start), applied to tokens and
//! repaired for news: titles and months keep their stop inside the sentence
//! (`Maj. Gen. Tahsin Khafaji`, `on Aug. 20, U.S. President`), and an
//! acronym or initial ends a sentence only when a word that starts sentences
//! follows (`… in the U.S. The talks …`, but `the U.S. would`). A paragraph
//! always ends a sentence, and so does a dateline's dash (`LAGOS — The
//! commission said`): what follows it opens the story's first sentence.

use super::token::{Abbreviation, Class, Shape, abbreviation_with_stop};
use super::{Token, TokenRange};

/// Capitalised words that start sentences and rarely follow an acronym
/// inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "We",
    "When",
    "While",
    "With",
    "Yesterday",
];

/// Whether a token whose last byte is `last` may end a sentence: every
/// terminator ends in `.`, `!`, `?` or the last byte of `…`. Asked of every
/// token as it is analysed, so a table: one load and a branch seldom taken.
#[inline]
pub(super) fn may_end_sentence(last: u8) -> bool {
    const ENDS: [bool; 256] = {
        let mut table = [false; 256];
        table[b'.' as usize] = true;
        table[b'!' as usize] = true;
        table[b'?' as usize] = true;
        table[0xA6] = true;
        table
    };
    ENDS[usize::from(last)]
}

/// Appends the sentences of `paragraph` (a range of `tokens`) to `out`.
/// `candidates` are the tokens of the paragraph that
/// [`may_end_sentence`], in order: the only ones looked at.
pub(crate) fn split(
    text: &str,
    tokens: &[Token],
    paragraph: TokenRange,
    candidates: &[u32],
    out: &mut Vec<TokenRange>,
) {
    let (first, end) = (paragraph.start as usize, paragraph.end as usize);
    let mut start = first;
    if let Some(next) = dateline_end(text, tokens, first, end) {
        out.push(TokenRange::new(first, next));
        start = next;
    }
    for &i in candidates {
        let i = i as usize;
        // Closing marks taken into the sentence just ended.
        if i < start {
            continue;
        }
        if let Some(next) = boundary_after(text, tokens, i, end) {
            out.push(TokenRange::new(start, next));
            start = next;
        }
    }
    if start < end {
        out.push(TokenRange::new(start, end));
    }
}

/// If a sentence ends with token `i`, one that [`may_end_sentence`], the
/// index of the next sentence's first token (after any closing quotes or
/// brackets).
fn boundary_after(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let token = &tokens[i];
    let s = &text[token.span()];
    // A title stands capitalised before a name: its stop ends a sentence
    // only before a word of three letters or more that starts sentences and
    // is no name (`Hun Sen. The court ruled`, not `Dr. He Jiankui`). In
    // lower case it is no title, and its stop a full stop (`a retired gen.
    // Officials said`).
    let mut title = false;
    let stop = match token.class {
        Class::Punct if matches!(s, "." | "!" | "?" | "…" | "...") => Stop::Full,
        // Only a terminator or an abbreviation's stop can end a sentence;
        // returning early keeps the scan of closing marks below linear.
        Class::Punct => return None,
        Class::Word => match abbreviation_with_stop(s) {
            Some(Abbreviation::BeforeName) if token.shape.is_capital() => {
                title = true;
                Stop::BeforeStarter
            }
            Some(Abbreviation::BeforeName) => Stop::Full,
            Some(Abbreviation::BeforeNumber) => Stop::BeforeCapital,
            Some(_) => Stop::BeforeStarter,
            None => return None,
        },
        _ => return None,
    };
    let mut next = i + 1;
    // Closing marks hug what they close; a straight quote after a space
    // opens the next sentence.
    while next < end
        && tokens[next].class == Class::Punct
        && is_closing(&text[tokens[next].span()])
        && !(tokens[next].space_before && matches!(&text[tokens[next].span()], "\"" | "'"))
    {
        next += 1;
    }
    if next >= end {
        return None;
    }
    let following = &tokens[next];
    if !following.space_before {
        return None;
    }
    let word = &text[following.span()];
    let starts = match stop {
        Stop::Full => {
            following.shape.is_capital()
                || following.shape == Shape::Other
                    && word.starts_with(|c: char| c.is_numeric() || is_opening(c))
        }
        Stop::BeforeCapital => following.shape.is_capital(),
        Stop::BeforeStarter => {
            following.shape.is_capital()
                && SENTENCE_STARTERS.contains(&word)
                && (!title || word.len() >= 3)
        }
    };
    starts.then_some(next)
}

/// Where a stop may end a sentence.
#[derive(Clone, Copy)]
enum Stop {
    /// A full stop: before a capitalised word, a number or an opening mark.
    Full,
    /// A numbering abbreviation's (`No.`): before a capitalised word, not a
    /// number (`No. 10`).
    BeforeCapital,
    /// An abbreviation's: before a word that starts sentences.
    BeforeStarter,
}

/// The most tokens a dateline holds before its dash: `BAGHDAD, Aug. 20
/// (Xinhua) --` has nine.
const MAX_DATELINE_TOKENS: usize = 12;

/// If the paragraph `first..end` opens with a dateline, the index of the
/// token after its dash. A dateline is the place a story was filed from,
/// written in capitals, then what wire services add (the country, the
/// date, the agency in brackets) and a dash, spaced: `SUVA, Fiji —`,
/// `BAGHDAD, Aug. 20 (Xinhua) --`, `NAIROBI -`. A capitalised word must
/// follow, opening the story. A name in capitals is no dateline before a
/// dash that sets off a clause (`UNICEF — which runs the camps — said`).
/// At the start of a document the place may be written in title case, with
/// no word in lower case before the dash (`Mexico City —`, `Lima, Peru
/// —`); further on such a dash is the writer's (`Nairobi — Eskom said`).
fn dateline_end(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<usize> {
    let opening = tokens.get(first)?;
    let place = &text[opening.span()];
    let title_case = first == 0 && opening.shape == Shape::Capitalized;
    if opening.class != Class::Word
        || !(opening.shape == Shape::Upper || title_case)
        || place.len() < 2
    {
        return None;
    }
    let limit = end.min(first + MAX_DATELINE_TOKENS);
    let is_dash = |i: usize| {
        let token = &tokens[i];
        token.class == Class::Punct && matches!(&text[token.span()], "—" | "–" | "--" | "-")
    };
    // A hyphen between two words joins them (`ABU-DHABI`): a dateline's
    // dash stands apart, and the dash of `--` may be two tokens.
    let dash = (first + 1..limit).find(|&i| is_dash(i) && tokens[i].space_before)?;
    let lower_case = |i: usize| tokens[i].class == Class::Word && tokens[i].shape == Shape::Lower;
    if title_case && (first..dash).any(lower_case) {
        return None;
    }
    let mut next = dash + 1;
    while next < limit && is_dash(next) && !tokens[next].space_before {
        next += 1;
    }
    let opens_story = next < end && tokens[next].space_before && tokens[next].shape.is_capital();
    opens_story.then_some(next)
}

fn is_closing(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

#[cfg(test)]
mod tests {
    use crate::text::tests::analyze;

    fn sentences(text: &str) -> Vec<String> {
        let a = analyze(text);
        a.sentences
            .iter()
            .map(|r| {
                let first = a.tokens[r.start as usize].span().start;
                let last = a.tokens[r.end as usize - 1].span().end;
                text[first..last].to_string()
            })
            .collect()
    }

    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "a name that ends like a title, before a starter",
            "He met Hun Sen. The court ruled on Friday.",
            &["He met Hun Sen.", "The court ruled on Friday."],
        ),
        (
            "a title before a short name that starts sentences too",
            "The study was led by Dr. He Jiankui of Shenzhen.",
            &["The study was led by Dr. He Jiankui of Shenzhen."],
        ),
        (
            "a title's abbreviation in lower case",
            "He is a retired gen. Officials said he would speak.",
            &["He is a retired gen.", "Officials said he would speak."],
        ),
        (
            "a numbering abbreviation's stop before a capitalised word",
            "Asked about a deal, Okafor said no. Rhea Molotsi laughed.",
            &[
                "Asked about a deal, Okafor said no.",
                "Rhea Molotsi laughed.",
            ],
        ),
        (
            "a numbering abbreviation before its number",
            "The No. 2 seed lost to Nos. 4 and 5 in turn.",
            &["The No. 2 seed lost to Nos. 4 and 5 in turn."],
        ),
        (
            "titles keep the sentence",
            "Maj. Gen. Tahsin Khafaji said so. He left.",
            &["Maj. Gen. Tahsin Khafaji said so.", "He left."],
        ),
        (
            "an enlisted rank keeps the sentence",
            "“We held,” said Spc. Dana Orvell. Pfc. Ilse Marr agreed.",
            &[
                "“We held,” said Spc. Dana Orvell.",
                "Pfc. Ilse Marr agreed.",
            ],
        ),
        (
            "acronym inside a sentence",
            "Over 5,000 U.S. troops serve. the U.S. would stay.",
            &["Over 5,000 U.S. troops serve. the U.S. would stay."],
        ),
        (
            "month and acronym before a title",
            "On Aug. 20, U.S. President Donald Trump spoke.",
            &["On Aug. 20, U.S. President Donald Trump spoke."],
        ),
        (
            "acronym ends a sentence before a starter",
            "They met in the U.S. The talks ended.",
            &["They met in the U.S.", "The talks ended."],
        ),
        (
            "closing quote stays with its sentence",
            "“We stay.” He said it. “We go,” she said.",
            &["“We stay.”", "He said it.", "“We go,” she said."],
        ),
        (
            "paragraph ends a sentence",
            "Baghdad airport\nIraq confirmed it",
            &["Baghdad airport", "Iraq confirmed it"],
        ),
        (
            "every terminator, and closing marks after one",
            "Why? Because! They waited… (Then it ended.) Done.",
            &[
                "Why?",
                "Because!",
                "They waited…",
                "(Then it ended.)",
                "Done.",
            ],
        ),
        (
            "a dateline's dash ends a sentence",
            "BAGHDAD, Aug. 20 (Xinhua) -- Iraq agreed. SUVA — Fiji too.",
            &[
                "BAGHDAD, Aug. 20 (Xinhua) --",
                "Iraq agreed.",
                "SUVA — Fiji too.",
            ],
        ),
        (
            "a dateline opens a paragraph",
            "NAIROBI — Eskom said so.\nKISUMU -- Police left.",
            &["NAIROBI —", "Eskom said so.", "KISUMU --", "Police left."],
        ),
        (
            "a dash before lower case sets off a clause",
            "UNICEF — which runs the camps — said so.",
            &["UNICEF — which runs the camps — said so."],
        ),
        (
            "a hyphen inside the place is no dateline's dash",
            "ABU-DHABI — Emirates said so.",
            &["ABU-DHABI —", "Emirates said so."],
        ),
        (
            "a dateline further on is written in capitals",
            "Talks ended.\nNairobi — Eskom said so.",
            &["Talks ended.", "Nairobi — Eskom said so."],
        ),
        (
            "a dateline in title case opens a document",
            "Lima, Peru — Thousands marched. Mexico City — Pemex said so.",
            &[
                "Lima, Peru —",
                "Thousands marched.",
                "Mexico City — Pemex said so.",
            ],
        ),
        (
            "a word in lower case before the dash is no dateline's",
            "Eskom said — Nobody knew why.",
            &["Eskom said — Nobody knew why."],
        ),
        (
            "lower case after a stop",
            "The talks began at 3 p.m. and ended late.",
            &["The talks began at 3 p.m. and ended late."],
        ),
    ];

    #[test]
    fn table() {
        for (name, text, want) in CASES {
            assert_eq!(&sentences(text), want, "{name}");
        }
    }

    #[test]
    fn table_names_are_unique() {
        crate::test_util::assert_unique(CASES.iter().map(|c| c.0));
    }
}
