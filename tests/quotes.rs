//! Quotations and their speakers, in sentences written for these tests.

use sayso::{Extraction, QuoteKind, QuoteRule};

use crate::test_extractor;

/// `(quoted text, kind, speaker's entity name or the speaker's words when it
/// has no entity, rule)` for every quotation.
fn quotes<'t>(
    text: &'t str,
    x: &Extraction,
) -> Vec<(&'t str, QuoteKind, Option<String>, QuoteRule)> {
    x.quotes()
        .iter()
        .map(|q| {
            let speaker = q.speaker().map(|s| match s.entity() {
                Some(id) => x.entity(id).unwrap().name().to_owned(),
                None => format!("({})", &text[s.span()]),
            });
            (&text[q.span()], q.kind(), speaker, q.rule())
        })
        .collect()
}

type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, QuoteKind, Option<&'static str>, QuoteRule)],
);

use QuoteKind::{Direct, Indirect, Partial};
use QuoteRule::*;

#[test]
fn table() {
    let cases: &[Case] = &[
        (
            "quote, speaker, cue",
            "“We will not back down,” Senator Maria Lopez said on Tuesday.",
            &[(
                "We will not back down,",
                Direct,
                Some("Maria Lopez"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a chain of titles before the name",
            "\"It is a sad day,\" Senate Majority Leader Tom Hale said on the floor.",
            &[(
                "It is a sad day,",
                Direct,
                Some("Tom Hale"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a straight quote after a stop opens the next sentence",
            "\"It is a sad day,\" Senator Maria Lopez said. \"They walked away.\"",
            &[
                (
                    "It is a sad day,",
                    Direct,
                    Some("Maria Lopez"),
                    QuoteCueSpeaker,
                ),
                (
                    "They walked away.",
                    Direct,
                    Some("Maria Lopez"),
                    Continuation,
                ),
            ],
        ),
        (
            "quote, cue, speaker",
            "\"It was a mistake,\" said Governor Tom Hale.",
            &[(
                "It was a mistake,",
                Direct,
                Some("Tom Hale"),
                QuoteSpeakerCue,
            )],
        ),
        (
            "speaker, cue, colon, quote",
            "Press Secretary Karen Doyle told reporters: “The president has been clear.”",
            &[(
                "The president has been clear.",
                Direct,
                Some("Karen Doyle"),
                SpeakerCueQuote,
            )],
        ),
        (
            "unnamed source before the quote",
            "A security source said, “The attack was repelled without casualties.”",
            &[(
                "The attack was repelled without casualties.",
                Direct,
                Some("(A security source)"),
                Nominal,
            )],
        ),
        (
            "according to a name",
            "According to Jim Brandt, a former aide, “nobody knew about the plan.”",
            &[(
                "nobody knew about the plan.",
                Partial,
                Some("Jim Brandt"),
                AccordingTo,
            )],
        ),
        (
            "pronoun goes to the last person",
            "Senator Maria Lopez visited Ohio. “The economy is strong,” she said.",
            &[(
                "The economy is strong,",
                Direct,
                Some("Maria Lopez"),
                Pronoun,
            )],
        ),
        (
            "a pronoun skips a person of the other gender",
            "Huda Salih, the ministry spokeswoman, met Karim Nouri, the ministry spokesman. “We agree,” she said.",
            &[("We agree,", Direct, Some("Huda Salih"), Pronoun)],
        ),
        (
            "a pronoun goes to the last speaker before the last mention",
            "Governor Tom Hale told reporters that he had met Karim Nouri. “We agree,” he said.",
            &[
                (
                    "he had met Karim Nouri",
                    Indirect,
                    Some("Tom Hale"),
                    SpeakerCueQuote,
                ),
                ("We agree,", Direct, Some("Tom Hale"), Pronoun),
            ],
        ),
        (
            "the person, not the place they come from",
            "Mayor Tom Hale of Baghdad, the council's top official, said that the bridge would reopen.",
            &[(
                "the bridge would reopen",
                Indirect,
                Some("Tom Hale"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a fragment woven into a sentence",
            "Governor Tom Hale said the troops would be “leaving shortly,” without giving a date.",
            &[(
                "leaving shortly,",
                Partial,
                Some("Tom Hale"),
                SpeakerCueQuote,
            )],
        ),
        (
            "reported voice is the one quoted, not the reporter",
            "The agency quoted Maj. Gen. Saad Maan as saying that “the border is secure.”",
            &[(
                "the border is secure.",
                Partial,
                Some("Saad Maan"),
                ReportedVoice,
            )],
        ),
        (
            "reported voice after the quote",
            "“The border is secure,” the Iraqi News Agency quoted Maj. Gen. Saad Maan as saying.",
            &[(
                "The border is secure,",
                Direct,
                Some("Saad Maan"),
                ReportedVoice,
            )],
        ),
        (
            "passive reported voice",
            "“The border is secure,” Maj. Gen. Saad Maan was quoted as saying.",
            &[(
                "The border is secure,",
                Direct,
                Some("Saad Maan"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "apposition between speaker and cue",
            "“We stay,” Karim Nouri, the ministry spokesman, told reporters.",
            &[("We stay,", Direct, Some("Karim Nouri"), QuoteCueSpeaker)],
        ),
        (
            "the person before a role, not the organization in it",
            "Gen. Saad Maan, commander of the Iraqi News Agency said, \"We stay and we fight.\"",
            &[(
                "We stay and we fight.",
                Direct,
                Some("Saad Maan"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a relative clause names the speaker",
            "He deferred to Senator Maria Lopez, who said they would leave “as soon as we can.”",
            &[(
                "as soon as we can.",
                Partial,
                Some("Maria Lopez"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a role refers back to a named person",
            "Karim Nouri, the ministry spokesman, spoke first. “We stay,” the spokesman added.",
            &[("We stay,", Direct, Some("Karim Nouri"), Nominal)],
        ),
        (
            "a quotation without a cue continues the speaker",
            "“We stay,” Senator Maria Lopez said. “And we fight.”",
            &[
                ("We stay,", Direct, Some("Maria Lopez"), QuoteCueSpeaker),
                ("And we fight.", Direct, Some("Maria Lopez"), Continuation),
            ],
        ),
        (
            "a joint statement",
            "“We agree,” reads a joint statement from Senator Maria Lopez and Governor Tom Hale.",
            &[("We agree,", Direct, Some("Maria Lopez"), JointStatement)],
        ),
        (
            // Each paragraph of the quotation is a quotation of its own.
            "a quotation over two paragraphs",
            "Senator Maria Lopez said: “We stay.\n“We fight,” she added.",
            &[
                ("We stay.", Direct, Some("Maria Lopez"), SpeakerCueQuote),
                ("We fight,", Direct, Some("Maria Lopez"), Pronoun),
            ],
        ),
        (
            "reported speech with that",
            "Governor Tom Hale said that the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                Indirect,
                Some("Tom Hale"),
                SpeakerCueQuote,
            )],
        ),
        (
            "reported speech according to a source",
            "According to a senior ministry official, the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                Indirect,
                Some("(a senior ministry official)"),
                Nominal,
            )],
        ),
        (
            "a colon introduction after a name and an outlet",
            "Senator Maria Lopez, The New York Times: “The debate changed nothing.”",
            &[(
                "The debate changed nothing.",
                Direct,
                Some("Maria Lopez"),
                Colon,
            )],
        ),
        (
            "the attribution closes the sentence later",
            "“We will fix the roads” and cut fares, Governor Tom Hale said.",
            &[("We will fix the roads", Direct, Some("Tom Hale"), LateCue)],
        ),
        (
            "the speaker named in the sentence before",
            "Governor Tom Hale noted that the roads were poor. “We will fix them.”",
            &[(
                "We will fix them.",
                Direct,
                Some("Tom Hale"),
                PreviousSentence,
            )],
        ),
        (
            "a signed quotation",
            "“The roads come first.” - Governor Tom Hale",
            &[("The roads come first.", Direct, Some("Tom Hale"), Signature)],
        ),
        (
            "a noun phrase that is no person speaks",
            "“Turnout stayed soft in rural counties,” the memo said.",
            &[(
                "Turnout stayed soft in rural counties,",
                Direct,
                Some("(the memo)"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "reported speech before the speaker",
            "The bridge would reopen next week, Governor Tom Hale said on Monday.",
            &[(
                "The bridge would reopen next week",
                Indirect,
                Some("Tom Hale"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a call cue: the subject called the object the quotation",
            "Senator Maria Lopez called the plan “a gift to lobbyists.”",
            &[(
                "a gift to lobbyists.",
                Partial,
                Some("Maria Lopez"),
                SpeakerCueQuote,
            )],
        ),
        (
            "a call cue of several words: referred to it as",
            "Governor Tom Hale referred to it as “the deal”.",
            &[("the deal", Partial, Some("Tom Hale"), SpeakerCueQuote)],
        ),
        (
            "a call cue with a pronoun subject",
            "Senator Maria Lopez met the governor. She described him as “a planet of his own.”",
            &[(
                "a planet of his own.",
                Partial,
                Some("Maria Lopez"),
                Pronoun,
            )],
        ),
        (
            "the subject of a passive call cue is not the speaker",
            "Senator Maria Lopez was described as “a planet of her own.”",
            &[("a planet of her own.", Partial, None, Unattributed)],
        ),
        (
            "a call cue reports no speech without marks",
            "Senator Maria Lopez called the plan a gift to the lobbyists of Washington.",
            &[],
        ),
        (
            "an inflected cue after the quotation",
            "“That is not true,” Senator Maria Lopez countered.",
            &[(
                "That is not true,",
                Direct,
                Some("Maria Lopez"),
                QuoteCueSpeaker,
            )],
        ),
        (
            "a cue listed with its that",
            "Governor Tom Hale maintained that the bridge would reopen next week.",
            &[(
                "the bridge would reopen next week",
                Indirect,
                Some("Tom Hale"),
                SpeakerCueQuote,
            )],
        ),
    ];
    crate::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, text, want) in cases {
        let x = test_extractor().extract(text);
        let want: Vec<_> = want
            .iter()
            .map(|(t, k, s, r)| (*t, *k, s.map(str::to_owned), *r))
            .collect();
        assert_eq!(quotes(text, &x), want, "{name}: {text}");
    }
}

#[test]
fn not_speech() {
    let cases: &[(&str, &str)] = &[
        (
            "scare quotes before a noun",
            "The “official” spokesman and the “additional” forces left.",
        ),
        (
            "a quoted name",
            "The agency “INA” and the terrorist organization “ISIS” reported it.",
        ),
        (
            "a quoted book title",
            "She wrote “The Long War” in 2019 and said nothing.",
        ),
        (
            "a quotation inside a headline",
            "Lopez: ‘We are not leaving’\nSenator Maria Lopez spoke on Monday.",
        ),
        (
            "apostrophes are not marks",
            "Iraq’s forces and the troops’ bases, Baghdad's airport.",
        ),
        ("a closing mark alone", "He said” nothing at all."),
        (
            "a name after a call cue",
            "They joined a program called “safe haven” and the so-called “green zone”.",
        ),
    ];
    for (name, text) in cases {
        let x = test_extractor().extract(text);
        let found: Vec<_> = quotes(text, &x)
            .into_iter()
            .filter(|q| q.1 != Indirect)
            .collect();
        assert!(found.is_empty(), "{name}: {found:?}");
    }
}

#[test]
fn an_odd_number_of_marks_is_bounded_by_the_paragraph() {
    let text = "“We stay and we fight for this city,” Senator Maria Lopez said. “And then\n\
                The next paragraph is not a quotation.";
    let x = test_extractor().extract(text);
    let spans: Vec<&str> = x
        .quotes()
        .iter()
        .filter(|q| q.kind() != Indirect)
        .map(|q| &text[q.span()])
        .collect();
    assert_eq!(spans, ["We stay and we fight for this city,"]);
}

#[test]
fn every_speaker_span_is_a_mention_of_the_same_text() {
    let text = "“We stay,” Senator Maria Lopez said. Karim Nouri, the ministry spokesman, agreed. \
                “We fight,” he said. “Later,” the spokesman added.";
    let x = test_extractor().extract(text);
    assert_eq!(x.quotes().len(), 3);
    for q in x.quotes() {
        let s = q.speaker().expect("each has a speaker");
        assert!(s.span().end <= text.len() && text.is_char_boundary(s.span().start));
        assert!(q.cue().is_some());
        assert!(q.confidence() > 0.0 && q.confidence() <= 1.0);
    }
}

#[test]
fn a_megabyte_of_unbalanced_marks_stays_linear() {
    // Marks, words and cues in one paragraph with no balance: no quotation
    // may swallow the text, and the time must follow the size.
    let unit = "“ he said ” “ “ Ali \" word ” , said ";
    let text = unit.repeat((1 << 20) / unit.len());
    let x = crate::extract_in_linear_time(&text);
    assert!(x.quotes().iter().all(|q| q.span().len() < 1000));
}
