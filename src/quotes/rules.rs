//! The attribution rules: one short function per construction, tried in
//! the order of [`RULES`], from the most to the least certain. Each reads
//! the phrase layer ([`Context`]) around one quotation and returns the
//! speaker phrase and the cue it rests on.
//!
//! The window is the quotation's sentence and, when the quotation closes
//! its sentence, the next one (`“Why?” Fenwick said.`).

use super::marks::Marked;
use super::phrases::{Context, Cue, Phrase, What};
use super::{QuoteRule, Speaker};
use crate::gazetteer::Frame;
use crate::gazetteer::grammar::WordClass;
use crate::span::Span;
use crate::text::TokenRange;

/// How far after a quotation its attribution is looked for, in tokens.
const AFTER_WINDOW: usize = 24;
/// The longest sentence after a quotation that may be its attribution
/// alone (`“Why?” Fenwick, the mayor of Harlow, said on Monday.`), in
/// tokens.
const SHORT_SENTENCE: usize = 14;
/// How far before a quotation its attribution is looked for, in tokens.
const BEFORE_WINDOW: usize = 40;
/// How many tokens may separate a speaker from its cue after the
/// quotation: an apposition (`Khafaji, the JOC spokesman, told`).
const APPOSITION_TOKENS: usize = 16;

/// What a rule found: the speaker phrase and the cue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub(crate) phrase: Phrase,
    pub(crate) cue: Option<Cue>,
    /// The rule when it is not the table's: a reported voice found by the
    /// rule for cues after the quotation.
    pub(crate) rule: Option<QuoteRule>,
}

impl Found {
    pub(crate) fn by(phrase: Phrase, cue: Cue) -> Found {
        Found {
            phrase,
            cue: Some(cue),
            rule: None,
        }
    }
}

/// One rule: the id it reports, how sure it is, and the function.
pub(crate) struct Rule {
    pub(crate) id: QuoteRule,
    pub(crate) confidence: f32,
    pub(crate) find: fn(&Context<'_>, &Marked) -> Option<Found>,
}

/// The rules, most certain first.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: QuoteRule::QuoteCueSpeaker,
        confidence: 0.95,
        find: speaker_and_cue_after,
    },
    Rule {
        id: QuoteRule::QuoteSpeakerCue,
        confidence: 0.95,
        find: cue_and_speaker_after,
    },
    Rule {
        id: QuoteRule::AccordingTo,
        confidence: 0.85,
        find: according_to,
    },
    Rule {
        id: QuoteRule::SpeakerCueQuote,
        confidence: 0.9,
        find: speaker_cue_quote,
    },
    Rule {
        id: QuoteRule::Colon,
        confidence: 0.8,
        find: colon,
    },
    Rule {
        id: QuoteRule::LateCue,
        confidence: 0.8,
        find: late_cue,
    },
    Rule {
        id: QuoteRule::Signature,
        confidence: 0.8,
        find: signature,
    },
    Rule {
        id: QuoteRule::PreviousSentence,
        confidence: 0.6,
        find: previous_sentence,
    },
];

/// The end of the window after quotation `m`: its sentence, and the next
/// one when the quotation is a whole sentence of its own (`“Why?” Fenwick
/// said.`), since the sentence splitter cuts after `?”`.
fn after_limit(ctx: &Context<'_>, m: &Marked) -> usize {
    let mut end = ctx.sentence_end(m.close);
    let next_in_paragraph = end < ctx.len() && ctx.paragraph_of(end) == ctx.paragraph_of(m.close);
    let whole_sentence = ctx.sentence_start(m.open) == m.open;
    let short_next = end < ctx.len() && ctx.sentence_end(end) - end <= SHORT_SENTENCE;
    if end == m.close + 1 && next_in_paragraph && whole_sentence && short_next && !ctx.is_mark(end)
    {
        end = ctx.sentence_end(end);
    }
    end.min(m.close + AFTER_WINDOW)
}

/// The start of the window before token `i`: its sentence, at most
/// [`BEFORE_WINDOW`] tokens back.
pub(crate) fn before_limit(ctx: &Context<'_>, i: usize) -> usize {
    ctx.sentence_start(i).max(i.saturating_sub(BEFORE_WINDOW))
}

/// The first token after quotation `m` and its commas.
fn after_mark(ctx: &Context<'_>, m: &Marked) -> usize {
    let mut j = m.close + 1;
    while ctx.punct(j) == Some(',') {
        j += 1;
    }
    j
}

/// `“…,” al-Khafaji said`, `“…,” Khafaji, the JOC spokesman, told`, `“…,”
/// he was quoted as saying`, `“…,” the agency quoted al-Khafaji as saying`.
fn speaker_and_cue_after(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    if !m.closed {
        return None;
    }
    let limit = after_limit(ctx, m);
    let j = after_mark(ctx, m);
    let phrase = ctx.phrase_after(j, limit)?;
    let mut k = phrase.tokens.end as usize;
    // `Mirela Quist and Tomas Fenn said`: the first of them.
    if ctx.is(k, WordClass::Conjunction) {
        k = ctx
            .phrase_after(k + 1, limit)
            .map_or(k, |p| p.tokens.end as usize);
    }
    if ctx.punct(k) == Some(',') || ctx.punct(k) == Some('(') {
        // An apposition or a bracket: the cue follows its end.
        let close = if ctx.punct(k) == Some('(') { ')' } else { ',' };
        k = (k + 1..limit.min(k + APPOSITION_TOKENS)).find(|&x| ctx.punct(x) == Some(close))? + 1;
    }
    let cue = (k..limit.min(k + 4))
        .take_while(|&x| {
            x == k
                || ctx
                    .classes(x - 1)
                    .is_any(&[WordClass::Adverb, WordClass::Auxiliary])
        })
        .find_map(|x| ctx.cue_starting_at(x))?;
    // `About his “protégé” he wrote, “He has …”`; but an interrupted
    // quotation shares its cue: `“I'll be honest,” she said, “I …”`.
    let interrupted = matches!(
        ctx.punct(m.inside.end as usize - 1),
        Some(',' | '.' | '!' | '?')
    );
    if introduces_next(ctx, cue) && !interrupted {
        return None;
    }
    match cue.frame {
        Frame::Quote if !ctx.is_passive(cue) => reported_voice(ctx, cue, limit),
        // `“…,” the minister was told`: the subject heard it; the agent,
        // if named, said it.
        Frame::Say if ctx.is_passive(cue) => agent(ctx, cue, limit),
        // `“…,” the union's general secretary, Peter Moyo, told`: the
        // name set off after a role is the speaker.
        Frame::Say | Frame::Quote | Frame::Tag => {
            Some(Found::by(ctx.named_in_apposition(phrase, cue.start()), cue))
        }
        _ => None,
    }
}

/// Whether a speech tag before quotation `m` introduces it, set off by a
/// colon or comma at most: `She continued: “…”`.
fn tags(ctx: &Context<'_>, cue: Cue, m: &Marked) -> bool {
    m.open == cue.end()
        || m.open == cue.end() + 1 && matches!(ctx.punct(cue.end()), Some(',' | ':'))
}

/// Whether a cue after a quotation introduces the next one instead: `About
/// his “protégé” he wrote, “He has been …”`.
fn introduces_next(ctx: &Context<'_>, cue: Cue) -> bool {
    let after = cue.end();
    matches!(ctx.punct(after), Some(',' | ':')) && ctx.is_mark(after + 1)
}

/// `“…,” said al-Khafaji`, `“…,” reads a joint statement from X and Y`.
fn cue_and_speaker_after(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    if !m.closed {
        return None;
    }
    let limit = after_limit(ctx, m);
    let cue = ctx.cue_starting_at(after_mark(ctx, m))?;
    match cue.frame {
        Frame::Say | Frame::Tag if !ctx.is_participle(cue) => {
            let phrase = ctx.phrase_after(cue.end(), limit)?;
            Some(Found::by(ctx.named_in_apposition(phrase, limit), cue))
        }
        Frame::Quote => reported_voice(ctx, cue, limit),
        Frame::Statement => statement(ctx, cue, limit),
        _ => None,
    }
}

/// `according to X` anywhere in the quotation's sentence: `Rents stayed
/// “stubborn,” with slight wage gains, according to the bulletin.`
fn according_to(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    let from = before_limit(ctx, m.open);
    let to = if m.closed {
        after_limit(ctx, m)
    } else {
        m.close
    };
    ctx.cues_in(TokenRange::new(from, to))
        .filter(|c| c.frame == Frame::According && !(m.open..=m.close).contains(&c.start()))
        .find_map(|cue| {
            let phrase = ctx.phrase_after(cue.end(), to)?;
            Some(Found::by(ctx.named_in_apposition(phrase, to), cue))
        })
}

/// Before the quotation, in its sentence: `A security source said, “…”`,
/// `Quill called the plan “a gift to lobbyists.”`, `Fenwick went to the
/// podium and declared, “…”`, `the agency quoted Al-Khafaji as confirming
/// that “…”`.
fn speaker_cue_quote(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    ctx.cues_in(TokenRange::new(before_limit(ctx, m.open), m.open))
        .find_map(|cue| match cue.frame {
            Frame::Quote if !ctx.is_passive(cue) => reported_voice(ctx, cue, m.open),
            Frame::Statement => statement(ctx, cue, m.open)
                .or_else(|| Some(Found::by(ctx.subject_of(cue.start())?, cue))),
            // `She was described as “…”`, `it was said to be “…”`: the
            // subject is who was spoken of; the agent, if named, spoke.
            Frame::Call | Frame::Say if ctx.is_passive(cue) => agent(ctx, cue, m.open),
            Frame::Say | Frame::Quote | Frame::Call => {
                Some(Found::by(ctx.subject_of(cue.start())?, cue))
            }
            // `She continued: “…”`: a tag right before the quotation.
            Frame::Tag if tags(ctx, cue, m) => Some(Found::by(ctx.subject_of(cue.start())?, cue)),
            Frame::According | Frame::Tag => None,
        })
}

/// A colon introduces the quotation: `Dale Fenwick, The Harlow Ledger:
/// “…”`; so does a colon or a comma after a cue at the end of the
/// paragraph before: `He wrote:¶“Never again.”`, `Rathbun stated,¶“…”`.
fn colon(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    let mark = m.open.checked_sub(1)?;
    let across = ctx.analysis.tokens[m.open].paragraph_start;
    let start = before_limit(ctx, mark);
    let cue = ctx.cues_in(TokenRange::new(start, mark)).next();
    // `he was quoted by The Canadian Press;¶“…”`: a passive quote cue
    // introduces its subject's words too.
    let introduces = |c: &Cue| {
        matches!(c.frame, Frame::Say | Frame::Call | Frame::Tag)
            || c.frame == Frame::Quote && ctx.is_passive(*c)
    };
    let cued = cue
        .filter(introduces)
        .and_then(|c| Some(Found::by(ctx.subject_of(c.start())?, c)));
    match ctx.punct(mark) {
        Some(':') if cued.is_some() => cued,
        Some(',' | ';') if across => cued,
        Some(':') if !across => Some(Found {
            phrase: ctx.subject_before_colon(ctx.sentence_start(mark), mark)?,
            cue: None,
            rule: None,
        }),
        _ => None,
    }
}

/// The attribution closes the sentence, further on: `“We will fix the
/// roads” and cut fares, Quill said.`
fn late_cue(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    if !m.closed {
        return None;
    }
    let end = ctx.sentence_end_before_stop(m.close);
    if end > m.close + AFTER_WINDOW * 2 {
        return None;
    }
    let comma = (m.close + 1..end)
        .rev()
        .find(|&k| ctx.punct(k) == Some(','))?;
    let cue = (comma + 1..end).find_map(|k| ctx.cue_starting_at(k))?;
    let closes = cue.end() == end || ctx.is(cue.end(), WordClass::Circumstance);
    if cue.frame != Frame::Say || !closes || ctx.is_participle(cue) {
        return None;
    }
    let phrase = ctx.phrase_before(cue.start())?;
    (ctx.start_with_titles(phrase.tokens.start as usize) == comma + 1)
        .then_some(Found::by(phrase, cue))
}

/// A quoted sentence signed after a dash, as an epigraph is: `“It's a
/// long game.” - Matthew Ingram`.
fn signature(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    let dash = m.close + 1;
    let signed = m.closed
        && ctx.is_stop(m.inside.end as usize - 1)
        && matches!(ctx.punct(dash), Some('-' | '—' | '–'))
        && ctx.analysis.tokens[dash].space_before;
    if !signed || !ctx.is_cap(dash + 1) {
        return None;
    }
    let end = ctx.sentence_end(dash + 1);
    let phrase = ctx.phrase_after(dash + 1, end)?;
    let after = phrase.tokens.end as usize;
    let alone = after >= end || matches!(ctx.punct(after), Some(',' | '.'));
    alone.then_some(Found {
        phrase,
        cue: None,
        rule: None,
    })
}

/// A quotation that is a sentence of its own, after a sentence of the
/// same paragraph that reports its speaker's words: `Heald noted the
/// findings show pollution matters. “An air-quality cleanup would …”`
fn previous_sentence(ctx: &Context<'_>, m: &Marked) -> Option<Found> {
    let start = ctx.sentence_start(m.open);
    let opens_paragraph = ctx.analysis.tokens[m.open].paragraph_start;
    if start != m.open || opens_paragraph || start == 0 {
        return None;
    }
    let before = before_limit(ctx, start - 1);
    if (before..start).any(|k| ctx.is_mark(k)) {
        return None;
    }
    let cue = ctx
        .cues_in(TokenRange::new(before, start))
        .find(|c| matches!(c.frame, Frame::Say | Frame::Statement) && !ctx.is_participle(*c))?;
    if cue.frame == Frame::Statement {
        return issuer(ctx, cue).or_else(|| statement(ctx, cue, start));
    }
    Some(Found::by(ctx.subject_of(cue.start())?, cue))
}

/// Who issued the statement that the noun of `cue` names, the subject of
/// the verb whose object it is: `the senator issued a statement`, `the
/// ministry released its statement`.
fn issuer(ctx: &Context<'_>, cue: Cue) -> Option<Found> {
    let article = cue.start().checked_sub(1)?;
    let verb = article.checked_sub(1)?;
    let object = ctx.is(article, WordClass::Determiner) || ctx.is(article, WordClass::Possessive);
    if !object || !ctx.is_word(verb) || ctx.is_cap(verb) || ctx.classes(verb).is_closed_class() {
        return None;
    }
    Some(Found::by(ctx.subject_of(verb)?, cue))
}

/// `X quoted Y as saying`, `citing Y`: the speaker is the one quoted; but
/// when what is cited is no one (`The Guardian cited examples …`), the
/// subject speaks.
fn reported_voice(ctx: &Context<'_>, cue: Cue, limit: usize) -> Option<Found> {
    let quoted = ctx.phrase_after(cue.end(), limit)?;
    let named = quoted.tokens.indices().any(|k| ctx.is_cap(k));
    if matches!(quoted.what, What::Plain) && !named {
        return Some(Found::by(ctx.subject_of(cue.start())?, cue));
    }
    Some(Found {
        rule: Some(QuoteRule::ReportedVoice),
        ..Found::by(quoted, cue)
    })
}

/// The agent of a passive cue: `was described by W. W. Rouse Ball as “…”`.
fn agent(ctx: &Context<'_>, cue: Cue, limit: usize) -> Option<Found> {
    let by = cue.end() + usize::from(ctx.is(cue.end(), WordClass::Adverb));
    if !ctx.is(by, WordClass::Agent) {
        return None;
    }
    Some(Found::by(ctx.phrase_after(by + 1, limit)?, cue))
}

/// `a joint statement from X and Y`: the speaker is X (Y said it too).
fn statement(ctx: &Context<'_>, cue: Cue, limit: usize) -> Option<Found> {
    let end = (cue.end() + 8).min(limit);
    let from = (cue.end()..end).find(|&i| ctx.is(i, WordClass::Source))?;
    let phrase = ctx.phrase_after(from + 1, limit)?;
    let after = phrase.tokens.end as usize;
    let joint = after + 1 < limit
        && ctx.is(after, WordClass::Conjunction)
        && ctx.phrase_after(after + 1, limit).is_some();
    Some(Found {
        rule: Some(if joint {
            QuoteRule::JointStatement
        } else {
            QuoteRule::SpeakerCueQuote
        }),
        ..Found::by(phrase, cue)
    })
}

/// The attribution of one quotation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attribution {
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Span>,
    pub(crate) rule: QuoteRule,
    pub(crate) confidence: f32,
}

/// The attribution a rule's find makes: pronouns and role noun phrases
/// name their own rule, being less certain.
pub(crate) fn attribution(
    ctx: &Context<'_>,
    found: Found,
    rule: QuoteRule,
    confidence: f32,
) -> Attribution {
    let rule = found.rule.unwrap_or(rule);
    let (rule, confidence) = match found.phrase.what {
        What::Mention(_) | What::Plain => (rule, confidence),
        What::Pronoun(..) => (QuoteRule::Pronoun, confidence * 0.85),
        What::Nominal { .. } => (QuoteRule::Nominal, confidence * 0.8),
    };
    Attribution {
        speaker: Some(ctx.speaker_of(found.phrase)),
        cue: found.cue.map(|c| ctx.span_of(c.tokens)),
        rule,
        confidence,
    }
}

/// The first rule that attributes quotation `m`, with its attribution.
pub(crate) fn first(ctx: &Context<'_>, m: &Marked) -> Option<(Found, Attribution)> {
    RULES.iter().find_map(|rule| {
        let found = (rule.find)(ctx, m)?;
        Some((found, attribution(ctx, found, rule.id, rule.confidence)))
    })
}

#[cfg(test)]
mod tests {
    use crate::QuoteKind::{Direct, Partial};
    use crate::QuoteRule::{self, *};
    use crate::test_util::{assert_unique, quotes_of};

    /// `(name, text, [(quoted words, kind, speaker's words, rule)])`: one
    /// row per construction of real news, in sentences written for it.
    type Row = (
        &'static str,
        &'static str,
        &'static [(
            &'static str,
            crate::QuoteKind,
            Option<&'static str>,
            QuoteRule,
        )],
    );

    const ROWS: &[Row] = &[
        (
            "a cue after `to`, the infinitive of the verb before",
            "Dana Holt rose and went on to say: “We will rebuild the bridge.”",
            &[(
                "We will rebuild the bridge.",
                Direct,
                Some("Dana Holt"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a statement after a determiner is still a cue",
            "Senator Dana Holt issued a statement about the closure. “I am disappointed with the decision to close the plant.”",
            &[(
                "I am disappointed with the decision to close the plant.",
                Direct,
                Some("Dana Holt"),
                PreviousSentence,
            )],
        ),
        (
            "a cue after a relative `that`",
            "Vendors sold caps that said, “Kestrel will rise again”.",
            &[("Kestrel will rise again", Direct, None, Unattributed)],
        ),
        (
            "speaker and cue after the quotation",
            "“Go and vote before Friday,” Osei Brandt implored.",
            &[(
                "Go and vote before Friday,",
                Direct,
                Some("Osei Brandt"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "cue and unknown name after the quotation, then an age and a role",
            "“I have not decided yet,” said Corwin Aldane, 20, a nursing student.",
            &[(
                "I have not decided yet,",
                Direct,
                Some("Corwin Aldane"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "cue, then a name no list reads and the verb's complement",
            "“It is done,” said Zantrofex in a statement.",
            &[("It is done,", Direct, Some("Zantrofex"), QuoteSpeakerCue)],
        ),
        (
            "cue, then a body, a modified title and its holder",
            "“It is a shift,” said Gallup senior editor Ana Velde.",
            &[("It is a shift,", Direct, Some("Ana Velde"), QuoteSpeakerCue)],
        ),
        (
            "a given name that is also a place",
            "“I am undecided,” said Brittany Vane, 20, a nursing major.",
            &[(
                "I am undecided,",
                Direct,
                Some("Brittany Vane"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "a speaker after a cue that is also a place name",
            "“I am undecided,” Brittany Vane said.",
            &[(
                "I am undecided,",
                Direct,
                Some("Brittany Vane"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "an auxiliary between speaker and cue",
            "“We stay,” Karim Nouri would tell reporters later.",
            &[("We stay,", Direct, Some("Karim Nouri"), QuoteCueSpeaker)],
        ),
        (
            "a listener before a passive cue after the quotation is no speaker",
            "“The bridge is unsafe,” Karim Nouri was told.",
            &[("The bridge is unsafe,", Direct, None, Unattributed)],
        ),
        (
            "the agent of a passive cue after the quotation",
            "“The bridge is unsafe,” Karim Nouri was told by Dana Holt.",
            &[(
                "The bridge is unsafe,",
                Direct,
                Some("Dana Holt"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a cue in the progressive before the quotation is active",
            "Karim Nouri was saying, “We stay.”",
            &[("We stay.", Direct, Some("Karim Nouri"), SpeakerCueQuote)],
        ),
        (
            "an adverb between speaker and cue",
            "“We stay,” Karim Nouri previously told reporters.",
            &[("We stay,", Direct, Some("Karim Nouri"), QuoteCueSpeaker)],
        ),
        (
            "a modal before a cue before the quotation",
            "Karim Nouri will say, “We stay.”",
            &[("We stay.", Direct, Some("Karim Nouri"), SpeakerCueQuote)],
        ),
        (
            "a call cue and its object before a fragment",
            "Marta Quillon called the tax plan “a present for landlords.”",
            &[(
                "a present for landlords.",
                Partial,
                Some("Marta Quillon"),
                SpeakerCueQuote,
            )],
        ),
        (
            "described as",
            "Lena Varga described the verdict as “a slap in the face.”",
            &[(
                "a slap in the face.",
                Partial,
                Some("Lena Varga"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a fragment governed by a cue before it",
            "Dorota Quill said she was “deeply troubled” by the vote.",
            &[(
                "deeply troubled",
                Partial,
                Some("Dorota Quill"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a fragment after a determiner governed by a call cue",
            "Ansel Brandt called the plan the “biggest giveaway” in years.",
            &[(
                "biggest giveaway",
                Partial,
                Some("Ansel Brandt"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a coordinated verb takes the main subject",
            "Tova Reinholt walked back to the microphone and declared, “We are not finished.”",
            &[(
                "We are not finished.",
                Direct,
                Some("Tova Reinholt"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a participle after a comma takes the main subject",
            "Bram Oduya criticised the ruling, saying the judges had “lost their way.”",
            &[(
                "lost their way.",
                Partial,
                Some("Bram Oduya"),
                SpeakerCueQuote,
            )],
        ),
        (
            "went on to say",
            "Councillor Jorun Falk went on to say the budget was “dead on arrival.”",
            &[(
                "dead on arrival.",
                Partial,
                Some("Jorun Falk"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a colon after a name and an outlet",
            "Ilse Marrow, The Kestrel Post: “The debate settled nothing.”",
            &[(
                "The debate settled nothing.",
                Direct,
                Some("Ilse Marrow"),
                Colon,
            )],
        ),
        (
            "a colon after a clause with its own verb",
            "The panel rejected the paper; however, the second report ends on a hopeful note: “We \
             would then suggest that the author publish it all.”",
            &[(
                "We would then suggest that the author publish it all.",
                Direct,
                Some("the second report"),
                Colon,
            )],
        ),
        (
            "a colon after a cue across a paragraph break",
            "Halvard Brin wrote:\n“Never again.”",
            &[("Never again.", Direct, Some("Halvard Brin"), Colon)],
        ),
        (
            "a thing speaks",
            "“Turnout was weak in the north,” the memo said.",
            &[(
                "Turnout was weak in the north,",
                Direct,
                Some("the memo"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a share of people speaks",
            "Sixty percent of voters called the debate “a waste of an evening.”",
            &[(
                "a waste of an evening.",
                Partial,
                Some("Sixty percent of voters"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a name set off after a role between the quotation and its cue",
            "“We will not back down,” the union's general secretary, Tendai Varn, told a rally.",
            &[(
                "We will not back down,",
                Direct,
                Some("Tendai Varn"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a spokesman for an organization",
            "“The numbers are wrong,” a spokesman for Harlow Savings said.",
            &[(
                "The numbers are wrong,",
                Direct,
                Some("a spokesman for Harlow Savings"),
                Nominal,
            )],
        ),
        (
            "a role for an institution with a preposition in its name",
            "“No comment,” a spokeswoman for the Department of Justice said Thursday.",
            &[(
                "No comment,",
                Direct,
                Some("a spokeswoman for the Department of Justice"),
                Nominal,
            )],
        ),
        (
            "an interrupted quotation shares its cue",
            "“I'll be honest with you,” the 67-year-old plumber said, “I didn't expect this.”",
            &[
                (
                    "I'll be honest with you,",
                    Direct,
                    Some("the 67-year-old plumber"),
                    QuoteCueSpeaker,
                ),
                (
                    "I didn't expect this.",
                    Direct,
                    Some("the 67-year-old plumber"),
                    SpeakerCueQuote,
                ),
            ],
        ),
        (
            "an unknown given name before a known surname",
            "“It was terrifying,” recalled Maria Lopez, who was there.",
            &[(
                "It was terrifying,",
                Direct,
                Some("Maria Lopez"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "a handle",
            "“You can't make this up,” tweeted @jdoe, a user with 200 followers.",
            &[(
                "You can't make this up,",
                Direct,
                Some("@jdoe"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "a party tag in brackets",
            "“You are too late,” Rep. Dana Holt (D-Ore.) said.",
            &[(
                "You are too late,",
                Direct,
                Some("Dana Holt"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "coordinated speakers",
            "“We disagree,” Mirela Quist and Tomas Fenn said.",
            &[(
                "We disagree,",
                Direct,
                Some("Mirela Quist"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a question mark before the cue",
            "“Why would anyone believe that?” Fenna Roos asked.",
            &[(
                "Why would anyone believe that?",
                Direct,
                Some("Fenna Roos"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "according to a document far from the mark",
            "Rents stayed “stubborn,” with slight wage gains, according to the bulletin.",
            &[("stubborn,", Partial, Some("the bulletin"), AccordingTo)],
        ),
        (
            "an interjected clause between speaker and cue",
            "Petra Lunde, noting that turnout was “a bit soft,” added: “Knock on more doors.”",
            &[
                ("a bit soft,", Partial, Some("Petra Lunde"), SpeakerCueQuote),
                (
                    "Knock on more doors.",
                    Direct,
                    Some("Petra Lunde"),
                    SpeakerCueQuote,
                ),
            ],
        ),
        (
            "the attribution later in the sentence",
            "“We will fix the roads” and cut fares, Sander Quill said.",
            &[(
                "We will fix the roads",
                Direct,
                Some("Sander Quill"),
                LateCue,
            )],
        ),
        (
            "a summary line in title case",
            "At A Denver Summit, Ilse Brandt Says “We Will Outwork Everyone.”",
            &[(
                "We Will Outwork Everyone.",
                Direct,
                Some("Ilse Brandt"),
                SpeakerCueQuote,
            )],
        ),
        (
            "one of several speaks",
            "“I am voting for him anyway,” one said.",
            &[(
                "I am voting for him anyway,",
                Direct,
                Some("one"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "they speak",
            "“It was chaos,” they said.",
            &[("It was chaos,", Direct, Some("they"), Pronoun)],
        ),
        (
            "a role noun no list holds",
            "“She cannot be trusted,” the narrator says.",
            &[(
                "She cannot be trusted,",
                Direct,
                Some("the narrator"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "the speaker in the sentence before",
            "Colette Hayle noted that yields had fallen. “We need cleaner air.”",
            &[(
                "We need cleaner air.",
                Direct,
                Some("Colette Hayle"),
                PreviousSentence,
            )],
        ),
        (
            "the issuer of a statement in the sentence before",
            "Senator Ilse Varnholt issued a statement on the ruling. “I am disappointed.”",
            &[(
                "I am disappointed.",
                Direct,
                Some("Ilse Varnholt"),
                PreviousSentence,
            )],
        ),
        (
            "a quotation with its own cue does not continue the last speaker",
            "“We stay,” Karim Nouri said. “I abstain,” Ove Marlow said.",
            &[
                ("We stay,", Direct, Some("Karim Nouri"), QuoteCueSpeaker),
                ("I abstain,", Direct, Some("Ove Marlow"), QuoteCueSpeaker),
            ],
        ),
        (
            "a quotation without a cue continues the speaker",
            "“We stay,” Karim Nouri said. “And we fight.”",
            &[
                ("We stay,", Direct, Some("Karim Nouri"), QuoteCueSpeaker),
                ("And we fight.", Direct, Some("Karim Nouri"), Continuation),
            ],
        ),
        (
            "a quotation over two paragraphs, its speaker named after the last",
            "The hall fell silent. “We stay.\n“We fight,” Karim Nouri said.",
            &[
                ("We stay.", Direct, Some("Karim Nouri"), Continuation),
                ("We fight,", Direct, Some("Karim Nouri"), QuoteCueSpeaker),
            ],
        ),
        (
            "doubled apostrophes",
            "''We'll fix it,'' Ms. Dorota Quill said.",
            &[(
                "We'll fix it,",
                Direct,
                Some("Dorota Quill"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a participle and a colon before a one-word quotation",
            "Senator Ola Brekke retweeted the post, adding: “Shameful.”",
            &[("Shameful.", Direct, Some("Ola Brekke"), SpeakerCueQuote)],
        ),
        (
            "cue words of news",
            "“This is the best day of my life,” Amira Kell gushed. “Nobody asked us,” fumed \
             Dario Pellegrini. “Not so fast,” Ivo Lund chimed in.",
            &[
                (
                    "This is the best day of my life,",
                    Direct,
                    Some("Amira Kell"),
                    QuoteCueSpeaker,
                ),
                (
                    "Nobody asked us,",
                    Direct,
                    Some("Dario Pellegrini"),
                    QuoteSpeakerCue,
                ),
                ("Not so fast,", Direct, Some("Ivo Lund"), QuoteCueSpeaker),
            ],
        ),
        (
            "referred to as",
            "Kell referred to the deal as “a trap.”",
            &[("a trap.", Partial, Some("Kell"), SpeakerCueQuote)],
        ),
        (
            "a colon after a sentence with a verb and its object",
            "The senator’s office released a statement: “We welcome the inquiry.”",
            &[(
                "We welcome the inquiry.",
                Direct,
                Some("The senator’s office"),
                Nominal,
            )],
        ),
        (
            "a plural speaker chants",
            "“We will not be silenced,” protesters chanted outside the hall.",
            &[(
                "We will not be silenced,",
                Direct,
                Some("protesters"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "speech tags after and before a quotation",
            "“People are angry,” Hedda Lorn continued. The crowd roared: “Out!”",
            &[
                (
                    "People are angry,",
                    Direct,
                    Some("Hedda Lorn"),
                    QuoteCueSpeaker,
                ),
                ("Out!", Direct, Some("The crowd"), SpeakerCueQuote),
            ],
        ),
        (
            "notes as a tag, and as a noun",
            "The Harlow Board of Health notes, “Ozone harms crops.” The notes said the plan was “flawed.”",
            &[
                (
                    "Ozone harms crops.",
                    Direct,
                    Some("Harlow Board of Health"),
                    SpeakerCueQuote,
                ),
                ("flawed.", Partial, Some("The notes"), SpeakerCueQuote),
            ],
        ),
        (
            "a sign reads, by someone",
            "“Stay home,” read a sign held by a nurse in Harlow.",
            &[("Stay home,", Direct, Some("a nurse in Harlow"), Nominal)],
        ),
        (
            "a passive cue's agent",
            "The mayor was described by the Harlow Ledger as “a man of the people.”",
            &[(
                "a man of the people.",
                Partial,
                Some("Harlow Ledger"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a signed quotation",
            "“Nothing lasts.” - Ilse Marrow",
            &[("Nothing lasts.", Direct, Some("Ilse Marrow"), Signature)],
        ),
        (
            "the words of a titled name after the quotation",
            "“It is a sad day for us” – those were the words of opposition leader Dana Holt.",
            &[(
                "It is a sad day for us",
                Direct,
                Some("Dana Holt"),
                AccordingTo,
            )],
        ),
        (
            "a name in apposition after according to a role",
            "In the words of the city's chief engineer, Ines Valko, “the bridge is sound.”",
            &[(
                "the bridge is sound.",
                Partial,
                Some("Ines Valko"),
                AccordingTo,
            )],
        ),
        (
            "a name in apposition after a cue and a role",
            "“The bridge is sound,” said the chief engineer, Ines Valko, on Monday.",
            &[(
                "The bridge is sound,",
                Direct,
                Some("Ines Valko"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "a passive quote cue and a semicolon before a new paragraph",
            "He was quoted by the Harlow Ledger on the ruling;\n“It will not stand.”",
            &[("It will not stand.", Direct, Some("He"), Pronoun)],
        ),
        (
            "a reported voice",
            "The agency quoted Karim Nouri as saying that “the border is secure.”",
            &[(
                "the border is secure.",
                Partial,
                Some("Karim Nouri"),
                ReportedVoice,
            )],
        ),
    ];

    #[test]
    fn table() {
        assert_unique(ROWS.iter().map(|r| r.0));
        let mut wrong = Vec::new();
        for (name, text, want) in ROWS {
            let want: Vec<_> = want
                .iter()
                .map(|&(q, k, s, r)| (q.to_owned(), k, s.map(str::to_owned), r))
                .collect();
            let got = quotes_of(text);
            if got != want {
                wrong.push(format!("{name}: {text}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn every_rule_has_a_row() {
        for rule in super::RULES {
            let fired = ROWS.iter().flat_map(|r| r.2.iter()).any(|q| q.3 == rule.id);
            assert!(fired, "no row shows {:?}", rule.id);
            assert!(rule.confidence > 0.0 && rule.confidence <= 1.0);
        }
    }
}
