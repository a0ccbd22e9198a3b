//! Reported speech without marks: `al-Khafaji said that …`, `Al-Sudani
//! stressed the necessity of …`, `…, a senior official said on Monday.`
//!
//! A speech cue whose subject is a speaker (a name, a pronoun, a role)
//! reports what follows `that`, or the object that follows the cue, or —
//! when the cue closes the sentence — the clause before the speaker. The
//! reported clause never overlaps a quotation, and cues that attribute a
//! quotation report nothing more. These are `Indirect` quotations, with a
//! lower confidence than marked ones.

use super::attribute::in_headline;
use super::marks::Marked;
use super::phrases::Context;
use super::rules::{self, Attribution, Found};
use super::{Quote, QuoteKind, QuoteRule};
use crate::gazetteer::Frame;
use crate::gazetteer::grammar::WordClass;
use crate::text::TokenRange;

/// The fewest words a reported clause has.
const MIN_WORDS: usize = 3;
/// How far after its cue `that` may come: `confirmed to the Prime Minister
/// during his visit that …`.
const THAT_WINDOW: usize = 16;
/// The longest reported clause, in tokens; a longer one is cut.
const MAX_CLAUSE_TOKENS: usize = 120;
/// The confidence of reported speech relative to the rule's own.
const INDIRECT_WEIGHT: f32 = 0.6;

/// Flags per token, in buffers kept from one document to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Flags {
    /// Whether a quotation's marks hold the token.
    in_quote: Vec<bool>,
    /// Whether an `according to` already claims the token's sentence.
    claimed: Vec<bool>,
}

pub(crate) fn find(
    ctx: &Context<'_>,
    marked: &[Marked],
    flags: &mut Flags,
    quotes: &mut Vec<Quote>,
) {
    let n = ctx.len();
    let Flags { in_quote, claimed } = flags;
    in_quote.clear();
    in_quote.resize(n, false);
    for m in marked {
        in_quote[m.open..=m.close.min(n - 1)].fill(true);
    }
    let used: rustc_hash::FxHashSet<crate::span::Span> =
        quotes.iter().filter_map(|q| q.cue).collect();
    // Sentences whose reported speech `according to X` already claims.
    claimed.clear();
    claimed.resize(n, false);
    according_to(ctx, in_quote, &used, claimed, quotes);
    for cue in ctx.all_cues() {
        let cue_span = ctx.span_of(cue.tokens);
        let reporting = cue.frame == Frame::Say || cue.frame == Frame::Quote && ctx.is_passive(cue);
        let (start, end) = (cue.start(), cue.end());
        if !reporting
            || in_quote[start]
            || claimed[start]
            || used.contains(&cue_span)
            || in_headline(ctx, start)
        {
            continue;
        }
        let sentence_start = ctx.sentence_start(start);
        let phrase = if ctx.is_participle(cue) && start > 0 && ctx.punct(start - 1) == Some(',') {
            // `Khafaji said, adding that …`: the speaker of the cue before.
            (start.saturating_sub(5)..start - 1)
                .rev()
                .find_map(|k| ctx.cue_starting_at(k))
                .and_then(|previous| ctx.phrase_before(previous.start()))
        } else {
            ctx.phrase_before(start)
        };
        let Some(phrase) = phrase else { continue };
        let last = ctx.sentence_end_before_stop(start).max(end);
        let speaker_start = ctx.start_with_titles(phrase.tokens.start as usize);
        let that_follows =
            (end..last.min(end + THAT_WINDOW)).any(|k| ctx.is(k, WordClass::Complementizer));
        // `…, al-Khafaji said on Monday.`: the clause comes first, and
        // nothing but circumstances follow the cue (not an object, as in
        // `…, advisers urged the president to wait`).
        let only_circumstances = end >= last
            || ctx.is(end, WordClass::Circumstance)
            || matches!(ctx.punct(end), Some(',' | '.'));
        let closes_sentence = !that_follows
            && only_circumstances
            && speaker_start > sentence_start
            && ctx.punct(speaker_start - 1) == Some(',');
        let (clause, rule) = if closes_sentence {
            // `…, al-Khafaji said.`
            (
                TokenRange::new(sentence_start, speaker_start - 1),
                QuoteRule::QuoteCueSpeaker,
            )
        } else {
            let window = (end..last.min(end + THAT_WINDOW))
                .find(|&k| ctx.is(k, WordClass::Complementizer) || in_quote[k]);
            let from = match window {
                Some(k) if !in_quote[k] => k + 1,
                Some(_) => continue,
                None if ctx.is_word(end)
                    && !ctx.is_cue(end)
                    && !ctx
                        .classes(end)
                        .is_any(&[WordClass::Adverb, WordClass::Auxiliary]) =>
                {
                    end
                }
                None => continue,
            };
            (TokenRange::new(from, last), QuoteRule::SpeakerCueQuote)
        };
        // Stop at a quotation inside the clause, and at the length limit.
        let (from, to) = (clause.start as usize, clause.end as usize);
        let clause = if closes_sentence {
            // Before the speaker: the part nearest to it.
            let floor = from.max(to.saturating_sub(MAX_CLAUSE_TOKENS));
            let after_quote = (floor..to)
                .rev()
                .find(|&k| in_quote[k])
                .map_or(floor, |k| k + 1);
            TokenRange::new(after_quote, to)
        } else {
            let limit = to.min(from + MAX_CLAUSE_TOKENS);
            TokenRange::new(from, (from..limit).find(|&k| in_quote[k]).unwrap_or(limit))
        };
        let words = clause.indices().filter(|&k| ctx.is_word(k)).count();
        if words < MIN_WORDS || clause.indices().any(|k| in_quote[k]) {
            continue;
        }
        let a = rules::attribution(ctx, Found::by(phrase, cue), rule, 0.9);
        quotes.push(indirect(ctx, clause, a));
    }
}

/// `According to X, CLAUSE.` and `CLAUSE, according to X.`: the clause is
/// X's, whatever else in the sentence reports it.
fn according_to(
    ctx: &Context<'_>,
    in_quote: &[bool],
    used: &rustc_hash::FxHashSet<crate::span::Span>,
    claimed: &mut [bool],
    quotes: &mut Vec<Quote>,
) {
    for cue in ctx.all_cues() {
        let start = cue.start();
        if cue.frame != Frame::According
            || in_quote[start]
            || used.contains(&ctx.span_of(cue.tokens))
        {
            continue;
        }
        let sentence = (ctx.sentence_start(start), ctx.sentence_end(start));
        let Some(phrase) = ctx.phrase_after(cue.end(), sentence.1) else {
            continue;
        };
        let last = ctx.sentence_end_before_stop(start);
        let after = phrase.tokens.end as usize;
        let clause = if after < last && ctx.punct(after) == Some(',') {
            // `According to X, CLAUSE.`
            TokenRange::new(after + 1, last.min(after + 1 + MAX_CLAUSE_TOKENS))
        } else if start > sentence.0 && ctx.punct(start - 1) == Some(',') && after >= last {
            // `CLAUSE, according to X.`
            TokenRange::new(
                sentence.0.max(start.saturating_sub(1 + MAX_CLAUSE_TOKENS)),
                start - 1,
            )
        } else {
            continue;
        };
        let words = clause.indices().filter(|&k| ctx.is_word(k)).count();
        if words < MIN_WORDS || clause.indices().any(|k| in_quote[k]) {
            continue;
        }
        // A clause with its own speaker (`…Al-Khafaji confirmed that…,
        // according to INA`) is that speaker's; `according to` only says
        // who reported it.
        let own_speaker = clause.indices().any(|k| {
            ctx.cue_starting_at(k)
                .is_some_and(|c| c.frame == Frame::Say && ctx.phrase_before(c.start()).is_some())
        });
        if own_speaker {
            continue;
        }
        claimed[sentence.0..sentence.1].fill(true);
        let a = rules::attribution(ctx, Found::by(phrase, cue), QuoteRule::AccordingTo, 0.85);
        quotes.push(indirect(ctx, clause, a));
    }
}

/// An `Indirect` quotation of `clause`, with the attribution's speaker and
/// cue and a confidence below the rule's own.
fn indirect(ctx: &Context<'_>, clause: TokenRange, a: Attribution) -> Quote {
    Quote {
        span: ctx.span_of(clause),
        kind: QuoteKind::Indirect,
        speaker: a.speaker,
        cue: a.cue,
        rule: a.rule,
        confidence: a.confidence * INDIRECT_WEIGHT,
    }
}
