//! Reported speech without marks: `al-Khafaji said that …`, `Al-Sudani
//! stressed the necessity of …`, `…, a senior official said on Monday.`
//!
//! A speech cue whose subject is a speaker (a name, a pronoun, a role)
//! reports what follows `that`, or the object that follows the cue, or —
//! when the cue closes the sentence — the clause before the speaker. A cue
//! of quoting reports what a participle of saying after it reports, its
//! subject the speaker in the passive (`was quoted as saying …`), its
//! object in the active (`Reuters quoted the minister as saying …`). The
//! reported clause never overlaps a quotation, and cues that attribute a
//! quotation report nothing more. These are `Indirect` quotations, with a
//! lower confidence than marked ones.

use super::attribute::in_headline;
use super::marks::Marked;
use super::phrases::{Context, Cue, Phrase};
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

/// Adds to `quotes` the reported speech of the document: see the module's
/// docs.
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
        let start = cue.start();
        if in_quote[start]
            || claimed[start]
            || used.contains(&ctx.span_of(cue.tokens))
            || in_headline(ctx, start)
        {
            continue;
        }
        let reported = if cue.frame == Frame::Quote && !ctx.is_passive(cue) {
            voiced(ctx, cue, in_quote)
        } else if reports_its_subject(ctx, cue) {
            said_by_subject(ctx, cue, in_quote)
        } else {
            None
        };
        let Some((found, clause, rule)) = reported else {
            continue;
        };
        let words = clause.indices().filter(|&k| ctx.is_word(k)).count();
        if words < MIN_WORDS || clause.indices().any(|k| in_quote[k]) {
            continue;
        }
        let a = rules::attribution(ctx, found, rule, 0.9);
        quotes.push(indirect(ctx, clause, a));
    }
}

/// What a cue whose subject is its speaker reports, with the speaker and
/// the rule.
fn said_by_subject(
    ctx: &Context<'_>,
    cue: Cue,
    in_quote: &[bool],
) -> Option<(Found, TokenRange, QuoteRule)> {
    let phrase = speaker(ctx, cue)?;
    let (clause, rule) = clause(ctx, cue, phrase, in_quote)?;
    Some((Found::by(phrase, cue), clause, rule))
}

/// `Reuters quoted the minister as saying prices would fall`: the object
/// of a cue of quoting in the active voice said what the participle of
/// saying after it reports; the subject only passed it on.
fn voiced(
    ctx: &Context<'_>,
    cue: Cue,
    in_quote: &[bool],
) -> Option<(Found, TokenRange, QuoteRule)> {
    let last = ctx.sentence_end_before_stop(cue.start()).max(cue.end());
    let quoted = ctx.phrase_after(cue.end(), last)?;
    let clause = what_saying_reports(ctx, quoted.tokens.end as usize, last, in_quote)?;
    let found = Found {
        rule: Some(QuoteRule::ReportedVoice),
        ..Found::by(quoted, cue)
    };
    Some((found, clause, QuoteRule::ReportedVoice))
}

/// Whether the subject of `cue` is who said what it reports: a verb of
/// saying's in the active voice (`al-Khafaji said`, `he was saying`); in
/// the passive, only one of quoting's (`was quoted as saying`), since a
/// verb of saying's is then what was said (`20 cases were reported`) or
/// its listener (`the minister was told`).
fn reports_its_subject(ctx: &Context<'_>, cue: Cue) -> bool {
    let passive = ctx.is_passive(cue);
    match cue.frame {
        Frame::Say => !passive,
        Frame::Quote => passive,
        _ => false,
    }
}

/// The speaker of a reporting cue: its subject, or for a participle after a
/// comma the subject of the cue before it (`Khafaji said, adding that …`).
fn speaker(ctx: &Context<'_>, cue: Cue) -> Option<Phrase> {
    let start = cue.start();
    if ctx.is_participle(cue) && start > 0 && ctx.punct(start - 1) == Some(',') {
        (rules::before_limit(ctx, start)..start - 1)
            .rev()
            .find_map(|k| ctx.cue_starting_at(k))
            .and_then(|previous| ctx.phrase_before(previous.start()))
    } else {
        ctx.phrase_before(start)
    }
}

/// What a cue reports, and the rule: the clause before the speaker when
/// the cue closes the sentence (`…, al-Khafaji said on Monday.`), else
/// what follows `that` or the cue's object.
fn clause(
    ctx: &Context<'_>,
    cue: Cue,
    phrase: Phrase,
    in_quote: &[bool],
) -> Option<(TokenRange, QuoteRule)> {
    let (start, end) = (cue.start(), cue.end());
    let sentence_start = ctx.sentence_start(start);
    let last = ctx.sentence_end_before_stop(start).max(end);
    let speaker_start = ctx.start_with_titles(phrase.tokens.start as usize);
    let that_follows =
        (end..last.min(end + THAT_WINDOW)).any(|k| ctx.is(k, WordClass::Complementizer));
    // Nothing but circumstances follow the cue (not an object, as in `…,
    // advisers urged the president to wait`).
    let only_circumstances = end >= last
        || ctx.is(end, WordClass::Circumstance)
        || matches!(ctx.punct(end), Some(',' | '.'));
    // A name between two commas right before the cue is set beside the
    // noun phrase before it, the cue's subject, which reports nothing:
    // `The party's candidate, Ama Varn, conceded in a speech.`
    let apposed =
        start > 0 && ctx.punct(start - 1) == Some(',') && phrase.tokens.end as usize == start - 1;
    let closes_sentence = !that_follows
        && only_circumstances
        && !apposed
        && speaker_start > sentence_start
        && ctx.punct(speaker_start - 1) == Some(',');
    if closes_sentence {
        // Before the speaker: the part nearest to it, after any quotation
        // and an opening `According to X,`, which only says who passed it on.
        let to = speaker_start - 1;
        let mut floor = sentence_start.max(to.saturating_sub(MAX_CLAUSE_TOKENS));
        if ctx
            .cue_starting_at(floor)
            .is_some_and(|c| c.frame == Frame::According)
        {
            floor = (floor..to)
                .find(|&k| ctx.punct(k) == Some(','))
                .map_or(floor, |k| k + 1);
        }
        let after_quote = (floor..to)
            .rev()
            .find(|&k| in_quote[k])
            .map_or(floor, |k| k + 1);
        return Some((TokenRange::new(after_quote, to), QuoteRule::QuoteCueSpeaker));
    }
    if cue.frame == Frame::Quote {
        if let Some(said) = what_saying_reports(ctx, end, last, in_quote) {
            return Some((said, QuoteRule::SpeakerCueQuote));
        }
    }
    // The `that` of this cue, not of a cue after it (`said the bridge was
    // safe, adding that …`).
    // A prepositional phrase before `that` may be long: `confirmed to the
    // Prime Minister during his visit to Washington that …`.
    let reach = if ctx.is(end, WordClass::Preposition) {
        2 * THAT_WINDOW
    } else {
        THAT_WINDOW
    };
    // A noun of statements may stand in the way: `said in a statement
    // that …`.
    let window = (end..last.min(end + reach))
        .take_while(|&k| !ctx.is_cue(k) || ctx.cue_frame(k) == Some(Frame::Statement))
        .find(|&k| ctx.is(k, WordClass::Complementizer) || in_quote[k]);
    let from = match window {
        Some(k) if !in_quote[k] => k + 1,
        Some(_) => return None,
        // `said on Monday it would`, `said last week the plan`: a phrase
        // of time before the clause is the cue's, not what was said.
        None if let Some(k) = after_time(ctx, end, last) => k,
        // The object itself, unless a preposition, an infinitive or a
        // subordinator opens it (`confirmed to the minister`, `are said to
        // be`, `protested outside the hospital`, `laughed when the bus
        // came`).
        None if ctx.is_word(end)
            && !ctx.is_cue(end)
            && !ctx.classes(end).is_any(&[
                WordClass::Adverb,
                WordClass::Auxiliary,
                WordClass::Preposition,
                WordClass::PlacePreposition,
                WordClass::Infinitive,
                WordClass::Subordinator,
            ]) =>
        {
            if cue.listener {
                after_listener(ctx, end, last).unwrap_or(end)
            } else {
                end
            }
        }
        None => return None,
    };
    // Up to a quotation inside it, the next report (`, adding that`), and
    // the length limit.
    let limit = last.min(from + MAX_CLAUSE_TOKENS);
    let next_report = |k: usize| ctx.punct(k) == Some(',') && ctx.is_cue(k + 1);
    let to = (from..limit)
        .find(|&k| in_quote[k] || next_report(k))
        .unwrap_or(limit);
    Some((TokenRange::new(from, to), QuoteRule::SpeakerCueQuote))
}

/// What the participle of saying after a cue of quoting that ends at
/// token `end` reports, past the cue's agent: `was quoted by Bernama as
/// saying the talks had failed`, `was quoted as saying that …`.
fn what_saying_reports(
    ctx: &Context<'_>,
    end: usize,
    last: usize,
    in_quote: &[bool],
) -> Option<TokenRange> {
    let saying = (end..last.min(end + 2 * THAT_WINDOW)).find_map(|k| {
        ctx.cue_starting_at(k)
            .filter(|c| c.frame == Frame::Say && ctx.is_participle(*c))
    })?;
    let from = saying.end() + usize::from(ctx.is(saying.end(), WordClass::Complementizer));
    let limit = last.min(from + MAX_CLAUSE_TOKENS);
    let to = (from..limit).find(|&k| in_quote[k]).unwrap_or(limit);
    (from < to).then(|| TokenRange::new(from, to))
}

/// The longest phrase of time after a cue: `earlier on Tuesday night`.
const MAX_TIME_TOKENS: usize = 4;

/// Where what was said starts after a phrase of time that opens the
/// object at `start` of a cue: circumstance words, one of them a word of
/// time (`on Monday`, `yesterday`, `earlier this`), with determiners
/// among them and one plain word at their end (`last week`, `on Tuesday
/// night`), the longest such phrase after which a clause opens
/// (`… it would`, `yesterday the army had`). `said Tuesday's attack was`
/// has no such clause, `spoken in the Basse Casamance area` no word of
/// time: their objects stay whole.
fn after_time(ctx: &Context<'_>, start: usize, last: usize) -> Option<usize> {
    // `confirmed by the ministry on Monday`: the agent of a passive.
    if !ctx.is(start, WordClass::Circumstance) || ctx.is(start, WordClass::Agent) {
        return None;
    }
    let limit = last.min(start + MAX_TIME_TOKENS);
    let mut found = None;
    // Whether a word of time, not only prepositions, has been read: `in
    // the area of`, `at the summit` are places, not times.
    let mut of_time = false;
    for k in start + 1..=limit {
        let word = k - 1;
        let circumstance = ctx.is(word, WordClass::Circumstance);
        let determiner = ctx.is(word, WordClass::Determiner);
        let plain = ctx.is_word(word) && !ctx.is_cap(word) && !ctx.classes(word).is_closed_class();
        if !circumstance && !determiner && !plain {
            break;
        }
        let preposition = ctx.is(word, WordClass::Preposition);
        of_time |= circumstance && !preposition;
        // After a preposition or a determiner comes its noun, not a clause
        // (`today at the Manama Dialogue`).
        if of_time && !determiner && !preposition && opens_clause(ctx, k, last) {
            found = Some(k);
        }
        // A plain word ends the phrase.
        if plain {
            break;
        }
    }
    found
}

/// Whether a clause may open at token `k`, before `last`: with a name, a
/// number, a determiner, a possessive or a personal pronoun.
fn opens_clause(ctx: &Context<'_>, k: usize, last: usize) -> bool {
    k < last
        && (ctx.is_cap(k)
            || ctx.is_word(k) && ctx.folded(k).starts_with(|c: char| c.is_ascii_digit())
            || ctx.classes(k).is_any(&[
                WordClass::Determiner,
                WordClass::Definite,
                WordClass::Possessive,
                WordClass::He,
                WordClass::She,
                WordClass::It,
                WordClass::They,
                WordClass::I,
            ]))
}

/// The longest listener: `the` and two words (`told the appeals court`).
const MAX_LISTENER_TOKENS: usize = 3;

/// Where what was said starts after the listener that opens the object at
/// `start` of a verb like `tell`: after a pronoun (`told him`), a name
/// (`told FBC News`, `told the BBC`) or a short noun phrase (`told
/// reporters`, `told the court`), when a clause opens right after it, with
/// a determiner, a possessive, a pronoun, a name or a number (`… the
/// drought had hit`, `… her client was innocent`, `… she would vote no`).
/// Anything else (`told the story of the war`) is no listener and clause:
/// the object stays whole.
fn after_listener(ctx: &Context<'_>, start: usize, last: usize) -> Option<usize> {
    let listener_end = if ctx.is(start, WordClass::He) || ctx.is(start, WordClass::She) {
        start + 1
    } else {
        let first = if ctx.is(start, WordClass::Definite) {
            start + 1
        } else {
            start
        };
        if ctx.is_cap(first) {
            (first..first + MAX_LISTENER_TOKENS)
                .find(|&k| !ctx.is_cap(k))
                .unwrap_or(first + MAX_LISTENER_TOKENS)
        } else {
            // Plain words, none of a closed class: `reporters`, `the court`.
            (first..last.min(start + MAX_LISTENER_TOKENS))
                .find(|&k| !ctx.is_word(k) || ctx.classes(k).is_closed_class() || ctx.is_cap(k))
                .unwrap_or(last.min(start + MAX_LISTENER_TOKENS))
        }
    };
    (listener_end > start && opens_clause(ctx, listener_end, last)).then_some(listener_end)
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
            ctx.cue_starting_at(k).is_some_and(|c| {
                reports_its_subject(ctx, c) && ctx.phrase_before(c.start()).is_some()
            })
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

#[cfg(test)]
mod tests {
    use crate::QuoteRule::{self, *};
    use crate::test_util::assert_unique;

    /// `(name, text, [(reported words, speaker's words, rule)])`.
    type Row = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str, QuoteRule)],
    );

    const ROWS: &[Row] = &[
        (
            "a participle that opens a sentence after a headline",
            "Holt calls the flood a tragedy\nCommenting on reports that the dam had failed, Dana Holt said nothing.",
            &[],
        ),
        (
            "a cue after a preposition modifies a noun",
            "Police arrested him for alleged links to the gang.",
            &[],
        ),
        (
            "an active cue of quoting: its object said what the participle reports",
            "The broadcaster quoted Tendai Varn as saying the dam was safe.",
            &[("the dam was safe", "Tendai Varn", ReportedVoice)],
        ),
        (
            "an active cue of quoting with no participle of saying reports nothing",
            "The broadcaster quoted Tendai Varn at length in its report.",
            &[],
        ),
        (
            "a passive cue of quoting, its agent, and a participle of saying",
            "Tendai Varn was quoted by the state broadcaster as saying the dam was safe.",
            &[("the dam was safe", "Tendai Varn", SpeakerCueQuote)],
        ),
        (
            "a noun of statements between the cue and `that`",
            "The governor's office said in a statement that the curfew would end.",
            &[("the curfew would end", "The governor's office", Nominal)],
        ),
        (
            "a cue after a preposition of cause modifies a noun",
            "Auditors questioned two clerks over alleged bribes, officials said.",
            &[(
                "Auditors questioned two clerks over alleged bribes",
                "officials",
                Nominal,
            )],
        ),
        (
            "a cue after a preposition of opposition modifies a noun",
            "Villagers marched against reported land grabs on Sunday.",
            &[],
        ),
        (
            "a preposition before a number is in the speaker's noun phrase",
            "According to a report issued just over 24 hours ago, the ferry will not sail.",
            &[(
                "the ferry will not sail",
                "a report issued just over 24 hours ago",
                AccordingTo,
            )],
        ),
        (
            "a gerund after a preposition",
            "Dana Holt stopped short of saying that the plan had failed.",
            &[],
        ),
        (
            "a listener before a clause that a possessive opens",
            "Lawyer Dana Holt told reporters her client was innocent.",
            &[("her client was innocent", "Dana Holt", SpeakerCueQuote)],
        ),
        (
            "a cue after a determiner and a number modifies a noun",
            "The party has won 12 of the 15 declared seats so far.",
            &[],
        ),
        (
            "a cue after a determiner modifies a noun",
            "The party has won most of the declared seats so far.",
            &[],
        ),
        (
            "the subject of a verb of saying in the passive is what was said",
            "In the north of the country, 20 deaths were reported on Monday.",
            &[],
        ),
        (
            "the subject of a verb of saying in the passive is its listener",
            "The minister was told that the bridge was unsafe.",
            &[],
        ),
        (
            "a verb of saying in the progressive is active",
            "Dana Holt was saying that the bridge was safe.",
            &[("the bridge was safe", "Dana Holt", SpeakerCueQuote)],
        ),
        (
            "a clause whose verb of saying is passive is according to its source",
            "According to Dana Holt, 20 deaths were reported.",
            &[("20 deaths were reported", "Dana Holt", AccordingTo)],
        ),
        (
            "a cue after a quantifier is the verb",
            "Of the farmers polled, many said prices had doubled.",
            &[("prices had doubled", "many", SpeakerCueQuote)],
        ),
        (
            "a cue's plural is the object of a past verb",
            "The court rejected claims that the results were altered.",
            &[],
        ),
        (
            "a cue's plural after a plural subject's past verb",
            "Villagers welcomed reports that the road would reopen.",
            &[],
        ),
        (
            "a past participle after a determiner is the subject",
            "The newlywed claims that the money was a gift.",
            &[("the money was a gift", "The newlywed", SpeakerCueQuote)],
        ),
        (
            "a day after the cue is no part of what was said",
            "Kestrel Air said on Monday it would open two routes.",
            &[("it would open two routes", "Kestrel Air", SpeakerCueQuote)],
        ),
        (
            "a time phrase ending in a plain word",
            "Dana Holt said last week the bridge would reopen.",
            &[("the bridge would reopen", "Dana Holt", SpeakerCueQuote)],
        ),
        (
            "the longest time phrase a clause follows",
            "Kestrel Air said earlier on Monday it would open two routes.",
            &[("it would open two routes", "Kestrel Air", SpeakerCueQuote)],
        ),
        (
            "a phrase of place is no phrase of time",
            "Dana Holt said at the Kestrel Forum the bridge would reopen.",
            &[],
        ),
        (
            "a determiner's noun after a day is not what was said",
            "Dana Holt said today at the Kestrel Forum, the bridge would reopen.",
            &[(
                "today at the Kestrel Forum, the bridge would reopen",
                "Dana Holt",
                SpeakerCueQuote,
            )],
        ),
        (
            "a time word before a determiner that opens the clause",
            "Dana Holt said yesterday the bridge would reopen.",
            &[("the bridge would reopen", "Dana Holt", SpeakerCueQuote)],
        ),
        (
            "a plain word ends a time phrase",
            "Dana Holt said last week officials in the capital had lied.",
            &[(
                "last week officials in the capital had lied",
                "Dana Holt",
                SpeakerCueQuote,
            )],
        ),
        (
            "a day owning what follows opens what was said",
            "Dana Holt said Tuesday's attack was planned.",
            &[("Tuesday's attack was planned", "Dana Holt", SpeakerCueQuote)],
        ),
        (
            "what was said follows the listener of `tell`",
            "Governor Tom Hale told reporters the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                "Tom Hale",
                SpeakerCueQuote,
            )],
        ),
        (
            "a listener named",
            "Governor Tom Hale told Kestrel Radio he would resign in May.",
            &[("he would resign in May", "Tom Hale", SpeakerCueQuote)],
        ),
        (
            "an object that is no listener stays whole",
            "Governor Tom Hale told the story of the flood to the council.",
            &[(
                "the story of the flood to the council",
                "Tom Hale",
                SpeakerCueQuote,
            )],
        ),
        (
            "that after the cue",
            "Governor Tom Hale said that the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                "Tom Hale",
                SpeakerCueQuote,
            )],
        ),
        (
            "the cue closes the sentence",
            "The bridge would reopen next week, Governor Tom Hale said on Monday.",
            &[(
                "The bridge would reopen next week",
                "Tom Hale",
                QuoteCueSpeaker,
            )],
        ),
        (
            "a name set between commas before the cue is its subject's apposition",
            "The party's candidate, Karim Nouri, conceded in a speech at his home.",
            &[],
        ),
        (
            "the cue's object",
            "Prime Minister Karim Nouri stressed the need for calm in the capital.",
            &[(
                "the need for calm in the capital",
                "Karim Nouri",
                SpeakerCueQuote,
            )],
        ),
        (
            "according to before the clause",
            "According to a senior ministry official, the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                "a senior ministry official",
                Nominal,
            )],
        ),
        (
            "according to after the clause",
            "The bridge would reopen next week, according to Governor Tom Hale.",
            &[("The bridge would reopen next week", "Tom Hale", AccordingTo)],
        ),
        (
            "a participle after a comma takes the speaker before",
            "Governor Tom Hale said the bridge was safe, adding that it would reopen soon.",
            &[
                ("the bridge was safe", "Tom Hale", SpeakerCueQuote),
                ("it would reopen soon", "Tom Hale", SpeakerCueQuote),
            ],
        ),
        (
            "according to gives way to the clause's own speaker",
            "According to the timetable, the bases were handed over, Karim Nouri was quoted as saying.",
            &[("the bases were handed over", "Karim Nouri", QuoteCueSpeaker)],
        ),
        (
            "a long prepositional phrase before that",
            "Governor Tom Hale confirmed to the visiting minister during a long tour of the \
             northern provinces on Monday that the bridge would reopen.",
            &[("the bridge would reopen", "Tom Hale", SpeakerCueQuote)],
        ),
        (
            "said to be",
            "The attacks were said to be the work of a small cell.",
            &[],
        ),
        (
            "a question's topic is not what was said",
            "When reporters asked about the emails, she replied: “No more questions.”",
            &[],
        ),
        (
            "a passive with an adverb reports nothing of its subject",
            "The plan was officially confirmed by the ministry on Monday.",
            &[],
        ),
        (
            "an expletive is no speaker",
            "There are reports in the local press.",
            &[],
        ),
        ("too short to report", "Governor Tom Hale said so.", &[]),
        (
            "a subordinator opens no report",
            "Governor Tom Hale laughed when the bus finally arrived.",
            &[],
        ),
        (
            "a preposition of place opens no report",
            "Hundreds of residents protested outside the county hospital on Monday.",
            &[],
        ),
        (
            "a quotation is not reported twice",
            "Governor Tom Hale said, “The bridge is safe.”",
            &[],
        ),
    ];

    #[test]
    fn table() {
        assert_unique(ROWS.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for (name, text, want) in ROWS {
            let got: Vec<(&str, &str, QuoteRule)> = crate::test_util::extract(text)
                .quotes()
                .iter()
                .filter(|q| q.kind() == crate::QuoteKind::Indirect)
                .map(|q| {
                    (
                        &text[q.span()],
                        &text[q.speaker().unwrap().span()],
                        q.rule(),
                    )
                })
                .collect();
            if got != *want {
                wrong.push(format!("{name}: {text}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
