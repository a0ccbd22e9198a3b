//! Tying quotations to speakers: the rules of [`rules::RULES`] in turn,
//! then, for a quotation with no cue of its own, the speaker of the
//! quotation before it (in the same or the previous paragraph).
//!
//! What is speech is decided with the attribution: a quotation a cue
//! governs is speech, even a fragment (`said she was “deeply troubled” by
//! the vote`); titles, names, terms and scare quotes are not (`the
//! “official” cell`, `the song “Songs My Mother Taught Me”`), nor is a
//! quotation in a headline.

use super::marks::Marked;
use super::phrases::Context;
use super::rules::{self, Attribution, Found};
use super::{Quote, QuoteKind, QuoteRule, Speaker};
use crate::gazetteer::Frame;
use crate::gazetteer::grammar::WordClass;
use crate::text::{Shape, TokenRange};

/// Quotations of this many words or fewer need a cue to be speech.
const MAX_TERM_WORDS: usize = 3;
/// The most words of a quoted phrase that modifies the noun after it
/// (`features “free as in beer” content`).
const MAX_MODIFIER_WORDS: usize = 6;
/// The most words of a quoted title (`The Internet Explorer 6 Countdown`).
const MAX_TITLE_WORDS: usize = 14;
/// How far after a quotation a cue makes it the cue's, in tokens.
const CUE_NEARBY: usize = 12;
/// How much of the sentence around a quoted title is read to tell whether
/// the sentence is in title case too, in tokens on each side.
const TITLE_CONTEXT: usize = 12;
/// How sure a continuation is: no cue says who speaks.
const CONTINUATION_CONFIDENCE: f32 = 0.6;
/// The confidence of a quotation whose closing mark never came, relative
/// to its rule's.
const UNCLOSED_WEIGHT: f32 = 0.8;

/// Attributes every quotation that is speech.
pub(crate) fn attribute(ctx: &Context<'_>, marked: &[Marked]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    // The last attributed quotation: its speaker, paragraph.
    let mut previous: Option<(Speaker, usize)> = None;
    // The quotation before, when it ran unclosed to the end of its
    // paragraph without a speaker: its place in `out`.
    let mut open_before: Option<usize> = None;
    for m in marked {
        let found = rules::first(ctx, m);
        if !is_speech(ctx, m, found.as_ref().map(|f| &f.0)) {
            continue;
        }
        let paragraph = ctx.paragraph_of(m.open);
        let a = match found {
            Some((_, a)) => a,
            None => continuation(ctx, m, previous, paragraph),
        };
        if let Some(speaker) = a.speaker {
            previous = Some((speaker, paragraph));
        }
        // `“We stay.¶“We fight,” she said.`: the paragraphs of one
        // quotation have one speaker, named after the last.
        let opens_paragraph = ctx.analysis.tokens[m.open].paragraph_start;
        if let Some(before) = open_before.take().filter(|_| opens_paragraph) {
            if a.speaker.is_some() {
                out[before].speaker = a.speaker;
                out[before].rule = QuoteRule::Continuation;
                out[before].confidence = CONTINUATION_CONFIDENCE * UNCLOSED_WEIGHT;
            }
        }
        if !m.closed && a.speaker.is_none() {
            open_before = Some(out.len());
        }
        out.push(quote(ctx, m, a));
    }
    out
}

fn quote(ctx: &Context<'_>, m: &Marked, a: Attribution) -> Quote {
    let span = ctx.span_of(m.inside);
    let first = ctx.text[span].chars().next().unwrap_or(' ');
    let kind = if first.is_lowercase() {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    };
    let confidence = if m.closed {
        a.confidence
    } else {
        a.confidence * UNCLOSED_WEIGHT
    };
    Quote {
        span,
        kind,
        speaker: a.speaker,
        cue: a.cue,
        rule: a.rule,
        confidence,
    }
}

/// A quotation with no cue continues the previous speaker's, in the same
/// paragraph or the next; unless a cue follows it that no rule could
/// read, which says someone else spoke.
fn continuation(
    ctx: &Context<'_>,
    m: &Marked,
    previous: Option<(Speaker, usize)>,
    paragraph: usize,
) -> Attribution {
    let unattributed = Attribution {
        speaker: None,
        cue: None,
        rule: QuoteRule::Unattributed,
        confidence: 0.0,
    };
    let Some((speaker, p)) = previous else {
        return unattributed;
    };
    let opens_paragraph = ctx.analysis.tokens[m.open].paragraph_start;
    let near = p == paragraph || p + 1 == paragraph && opens_paragraph;
    if !near || has_own_cue(ctx, m) {
        return unattributed;
    }
    Attribution {
        speaker: Some(speaker),
        cue: None,
        rule: QuoteRule::Continuation,
        confidence: CONTINUATION_CONFIDENCE,
    }
}

/// Whether a speech cue sits near quotation `m`, in its sentence.
fn has_own_cue(ctx: &Context<'_>, m: &Marked) -> bool {
    let sentence_end = ctx.sentence_end(m.close.min(ctx.len() - 1));
    let before = TokenRange::new(rules::before_limit(ctx, m.open), m.open);
    let after = TokenRange::new(m.close + 1, sentence_end.min(m.close + CUE_NEARBY));
    ctx.cues_in(before)
        .chain(ctx.cues_in(after))
        .next()
        .is_some()
}

/// Whether the marked text is speech: see the module's docs.
fn is_speech(ctx: &Context<'_>, m: &Marked, found: Option<&Found>) -> bool {
    let words = m.inside.indices().filter(|&i| ctx.is_word(i)).count();
    if words == 0 || in_headline(ctx, m.open) || is_term(ctx, m, words) {
        return false;
    }
    // A cue right after the quotation makes it speech whatever its case;
    // one before it may govern a title (`she wrote “The Long War”`).
    let cue = found.and_then(|f| f.cue);
    if cue.is_some_and(|c| c.start() > m.close) {
        return true;
    }
    if is_title(ctx, m, words, cue.is_some()) {
        return false;
    }
    if cue.is_some() {
        return true;
    }
    if is_citation(ctx, m) || is_apposition(ctx, m) || leaves_its_bracket(ctx, m) {
        return false;
    }
    if found.is_some() {
        return true;
    }
    // Without a cue, a quotation that reads as a sentence is speech; a
    // short phrase, or a lower-case one after a determiner, is a term.
    let first = m.inside.start as usize;
    let sentence = ctx.is_cap(first) && ends_with_stop(ctx, m);
    let after_determiner = m.open > 0 && ctx.is(m.open - 1, WordClass::Determiner);
    if words <= MAX_TERM_WORDS {
        return sentence;
    }
    sentence || ctx.is_cap(first) || !after_determiner
}

/// A short quoted term inside a noun phrase (`the “official” cell`) or an
/// acronym (`“INA”`); or a name a `call` cue gives right before the marks
/// (`a plan called “…”`, `so-called “…”`), as its quotations come after an
/// object.
fn is_term(ctx: &Context<'_>, m: &Marked, words: usize) -> bool {
    if m.open > 0 && ctx.cue_frame(m.open - 1) == Some(Frame::Call) {
        return true;
    }
    if words > MAX_MODIFIER_WORDS || ends_with_stop(ctx, m) {
        return false;
    }
    let analysis = ctx.analysis;
    let all_capitals = m
        .inside
        .indices()
        .filter(|&i| ctx.is_word(i))
        .all(|i| analysis.tokens[i].shape == Shape::Upper);
    // An ordinary word right after the closing mark goes on with the noun
    // phrase; a preposition or a clause word does not (`“deeply
    // troubled” by the vote`).
    let next = m.close + 1;
    let noun_follows = m.closed
        && ctx.is_word(next)
        && !ctx.classes(next).is_closed_class()
        && !ctx.is_cue(next)
        && ctx.sentence_end(m.close) > next;
    words <= MAX_TERM_WORDS && all_capitals || noun_follows
}

/// Whether the quotation ends with closing punctuation.
fn ends_with_stop(ctx: &Context<'_>, m: &Marked) -> bool {
    let last = m.inside.end as usize - 1;
    ctx.is_stop(last) || ctx.punct(last) == Some(',')
}

/// A quoted title of a work or a name written in title case (`the song
/// “Songs My Mother Taught Me”`), in a sentence that is not itself in
/// title case (a headline quoting in title case is still speech).
fn is_title(ctx: &Context<'_>, m: &Marked, words: usize, cued: bool) -> bool {
    // After a cue, one capitalised word with its stop is an exclamation:
    // `adding: “Shameful.”` (but `named their robot “Robogee.”`).
    let exclamation = cued && words == 1 && ends_with_stop(ctx, m);
    if exclamation
        || words > MAX_TITLE_WORDS
        || m.inside
            .indices()
            .any(|i| ctx.is_stop(i) && i + 1 < m.inside.end as usize)
    {
        return false;
    }
    // Title case: every word of the open classes, and at least one,
    // capitalised.
    // Title case: a word of the open classes at least, and every one of
    // them capitalised, as every longer closed-class word is but for the
    // determiners, prepositions and conjunctions that titles write in
    // lower case (`from`, `these`): `That is not what America is about` is
    // a sentence.
    let title_case = |range: &mut dyn Iterator<Item = usize>| {
        let tokens = &ctx.analysis.tokens;
        let mut open_words = 0;
        let all_capital = range
            .filter(|&i| ctx.is_word(i) && tokens[i].shape != Shape::Other)
            .all(|i| {
                let open = !ctx.classes(i).is_closed_class();
                open_words += usize::from(open);
                let long = tokens[i].span().len() >= 4;
                let small = ctx.classes(i).is_any(&[
                    WordClass::Determiner,
                    WordClass::Preposition,
                    WordClass::PlacePreposition,
                    WordClass::Conjunction,
                    WordClass::Connector,
                    WordClass::Complement,
                    WordClass::InNounPhrase,
                ]);
                ctx.is_cap(i) || !open && (!long || small)
            });
        all_capital && open_words >= 1
    };
    let before = ctx
        .sentence_start(m.open)
        .max(m.open.saturating_sub(TITLE_CONTEXT));
    let after = ctx
        .sentence_end(m.close.min(ctx.len() - 1))
        .min(m.close + 1 + TITLE_CONTEXT);
    let outside_title_case = title_case(&mut (before..m.open).chain(m.close + 1..after));
    title_case(&mut m.inside.indices()) && !outside_title_case
}

/// A quoted headline or title cited with its source after a dash:
/// `“Document found on street” — The Daily Ledger, August 15`.
fn is_citation(ctx: &Context<'_>, m: &Marked) -> bool {
    if ends_with_stop(ctx, m) {
        // A quoted sentence signed after a dash is speech: see
        // `rules::signature`.
        return false;
    }
    let next = m.close + 1 + usize::from(ctx.is_stop(m.close + 1));
    m.closed
        && matches!(ctx.punct(next), Some('-' | '—' | '–'))
        && ctx.analysis.tokens[next].space_before
}

/// A quoted phrase set off by a comma after a noun, which it names (`the
/// adage, “Those who forget history …”?`), or that ends its paragraph as
/// a cited title does (`Anonymous blogger, “Anon declares war”¶`); a
/// quoted sentence would close with its stop.
fn is_apposition(ctx: &Context<'_>, m: &Marked) -> bool {
    let Some(comma) = m.open.checked_sub(1).filter(|&c| ctx.punct(c) == Some(',')) else {
        return false;
    };
    if ends_with_stop(ctx, m) {
        return false;
    }
    let named_noun = comma > 1
        && ctx.is_word(comma - 1)
        && !ctx.classes(comma - 1).is_closed_class()
        && !ctx.is_cue(comma - 1)
        && ctx.is(comma - 2, WordClass::Determiner);
    let ends_paragraph = m.closed
        && ctx
            .inputs
            .analysis
            .tokens
            .get(m.close + 1)
            .is_none_or(|t| t.paragraph_start);
    named_noun || ends_paragraph
}

/// A quotation that runs out of the brackets it opened in, its closing
/// mark missing or another's: `(also known as “Wild 2) in deep space …`.
fn leaves_its_bracket(ctx: &Context<'_>, m: &Marked) -> bool {
    let mut depth = 0i32;
    m.inside.indices().any(|i| {
        match ctx.punct(i) {
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            _ => {}
        }
        depth < 0
    })
}

/// Whether token `i` is in a headline: a short first paragraph, followed
/// by more text, with no sentence stop but inside a quotation (`Quill:
/// “We will win.”`).
pub(crate) fn in_headline(ctx: &Context<'_>, i: usize) -> bool {
    let analysis = ctx.analysis;
    let Some(first) = analysis.paragraphs.first() else {
        return false;
    };
    let range = first.start as usize..first.end as usize;
    // A closing mark is written against the stop it follows.
    let closes_quote = |k: usize| ctx.is_mark(k) && !analysis.tokens[k].space_before;
    let inner_stop = |k: usize| ctx.is_stop(k) && !closes_quote(k + 1);
    range.contains(&i)
        && analysis.paragraphs.len() > 1
        && range.len() <= 25
        && !range.clone().any(inner_stop)
}

#[cfg(test)]
mod tests {
    use crate::QuoteKind::{Direct, Partial};
    use crate::test_util::{assert_unique, quotes_of};

    /// Marked text that is not speech.
    const NOT_SPEECH: &[(&str, &str)] = &[
        (
            "a term inside a noun phrase",
            "The “official” spokesman left the room.",
        ),
        ("an acronym", "The agency “KNA” reported the fire."),
        (
            "a title in title case",
            "She wrote “The Long Winter” in 2019 and left.",
        ),
        (
            "a show after a cue",
            "She said on “Face the Nation.” that she would run.",
        ),
        (
            "a cited headline",
            "“Bridge closed for repairs” — The Harlow Ledger, May 2",
        ),
        (
            "a headline quotation with its stop",
            "Lopez: “We are not leaving.”\nSenator Maria Lopez spoke on Monday.",
        ),
        (
            "a quotation in a headline",
            "Lopez: ‘We are not leaving’\nSenator Maria Lopez spoke on Monday.",
        ),
        (
            "a name given by a call cue",
            "The plan, called “Open Doors”, failed.",
        ),
        ("a so-called term", "The so-called “peace tax” was dropped."),
        (
            "a phrase before the noun it modifies",
            "The site sells “free as in beer” software.",
        ),
        (
            "an apposition to a determined noun",
            "What about the adage, “Waste not, want not”?",
        ),
        (
            "a cited title ending its paragraph",
            "Ilse Marrow, “Notes from the Border”\nThe next paragraph.",
        ),
        (
            "a quotation that leaves its bracket",
            "The probe (known as \"Kestrel 2) landed in May, as the \"second probe\" did.",
        ),
        (
            "markup attributes",
            "<blockquote class=\"tweet\" data-id=\"12\">Hi</blockquote>",
        ),
        ("a measure", "The screen is 40\" wide and 12\" deep."),
        (
            "a name with its stop",
            "The team named their robot “Kestrel.” It won.",
        ),
    ];

    #[test]
    fn not_speech() {
        assert_unique(NOT_SPEECH.iter().map(|r| r.0));
        let wrong: Vec<String> = NOT_SPEECH
            .iter()
            .filter_map(|(name, text)| {
                let got = quotes_of(text);
                (!got.is_empty()).then(|| format!("{name}: {got:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Speech without a cue: a quoted sentence, and what continues it.
    #[test]
    fn a_quoted_sentence_is_speech_without_a_cue() {
        let got = quotes_of("The meeting ended late. “Nobody wanted to go home.”");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Nobody wanted to go home.");
        assert_eq!(got[0].1, Direct);
        assert_eq!(got[0].3, crate::QuoteRule::Unattributed);
    }

    #[test]
    fn a_sentence_with_one_name_is_no_title() {
        let got = quotes_of("“We stay,” Obama said. “That is not what America is about.”");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "That is not what America is about.");
        assert_eq!(got[1].3, crate::QuoteRule::Continuation);
    }

    #[test]
    fn a_short_fragment_needs_a_cue() {
        assert!(quotes_of("The results were “mixed” at best.").is_empty());
        let got = quotes_of("Dorota Quill said the results were “mixed” at best.");
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            (Partial, Some("Dorota Quill"))
        );
    }
}
