//! Matching the gazetteer: spellings, case rules, variants and choices.

use sayso::{Choice, EntityKind, How};

use crate::{named, test_extractor};

#[test]
fn every_spelling_of_the_spokesman_is_one_entity() {
    let text = "BAGHDAD, July 24 (Xinhua) — The state-run Iraqi News Agency quoted Tahsin al-Khafaji, \
spokesman of the Iraqi Joint Operations Command (JOC), as saying so.\n\
“The coalition will hand over the sites,” al-Khafaji said.\n\
Maj. Gen. Tahsin Khafaji told state media that troops “did not re-station anywhere in Iraq,” Khafaji added.\n\
\"The international coalition is still working with us,\" Tahseen Al-Khafaji, the JOC spokesman, told INA.\n\
Al-Khafaji confirmed a timetable. Major General Tahseen al Khafaji denied it.";
    let extraction = test_extractor().extract(text);
    let found = named(text, &extraction);
    let spokesman: Vec<&str> = found
        .iter()
        .filter(|(_, name)| name == "Tahsin al-Khafaji")
        .map(|(t, _)| *t)
        .collect();
    assert_eq!(
        spokesman,
        [
            "Tahsin al-Khafaji",
            "al-Khafaji",
            "Tahsin Khafaji",
            "Khafaji",
            "Tahseen Al-Khafaji",
            "Al-Khafaji",
            "Tahseen al Khafaji"
        ]
    );
    let ids: Vec<_> = extraction
        .mentions()
        .iter()
        .filter(|m| extraction.entity(m.entity()).unwrap().name() == "Tahsin al-Khafaji")
        .map(|m| m.entity())
        .collect();
    assert!(
        ids.windows(2).all(|w| w[0] == w[1]),
        "one entity for all spellings"
    );
}

#[test]
fn the_acronym_is_never_the_word_is() {
    let cases = [
        "This is what it is: the IS group is weakened.",
        "IS fighters attacked. This IS a test of Isis and is.",
        "It is thisIS and ISIS.",
    ];
    for text in cases {
        let extraction = test_extractor().extract(text);
        for m in extraction.mentions() {
            let written = &text[m.span()];
            assert!(
                written == "IS" || written == "ISIS",
                "{written:?} matched in {text:?}"
            );
            assert!(
                m.span().start == 0 || !text.as_bytes()[m.span().start - 1].is_ascii_alphanumeric(),
                "match inside a word in {text:?}"
            );
        }
    }
    let text = "This is what it is: the IS group is weakened.";
    assert_eq!(
        named(text, &test_extractor().extract(text)),
        [("IS", "Islamic State".into())]
    );
}

#[test]
fn names_of_one_group_are_one_entity() {
    let text =
        "The Islamic State (IS) lost ground. Daesh gangs fled; ISIS and ISIL are its names too.";
    let extraction = test_extractor().extract(text);
    assert_eq!(extraction.entities().len(), 1);
    assert_eq!(extraction.mentions().len(), 5);
}

#[test]
fn names_inside_hyphenated_words_and_possessives() {
    let text =
        "The U.S.-led coalition and Iran-backed militias met in Iraq’s capital, Baghdad's airport.";
    let found = named(text, &test_extractor().extract(text));
    assert_eq!(
        found,
        [
            ("U.S.", "United States".to_string()),
            ("Iraq", "Iraq".to_string()),
            ("Baghdad", "Baghdad".to_string())
        ]
    );
}

/// A named case: a text and the `(mention, entity name)` pairs it yields.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[test]
fn table() {
    let cases: &[Case] = &[
        (
            "alternate names and diacritics",
            "Irbil, Hawler and Hewlêr are Erbil.",
            &[
                ("Irbil", "Erbil"),
                ("Hawler", "Erbil"),
                ("Hewlêr", "Erbil"),
                ("Erbil", "Erbil"),
            ],
        ),
        (
            "dotted and undotted acronyms",
            "The US and the U.S. and the USA.",
            &[
                ("US", "United States"),
                ("U.S.", "United States"),
                ("USA", "United States"),
            ],
        ),
        (
            "lowercase is not a name",
            "the united states of mind, the new york times",
            &[],
        ),
        (
            "longest name wins, shorter one survives a failed case",
            "The New York Times wrote it; in New York times are hard.",
            &[
                ("The New York Times", "The New York Times"),
                ("New York", "New York"),
            ],
        ),
        (
            "a short word in capitals is an acronym, not a name written otherwise",
            "ERB officers met in Erbil and ERBIL.",
            &[("Erbil", "Erbil"), ("ERBIL", "Erbil")],
        ),
        (
            "a title before another name of the entry is no name of its own",
            "Sheikh Hamad bin Khalid Al Varni spoke, then Sheikh Hamad bin Khalid left.",
            &[
                ("Hamad bin Khalid Al Varni", "Hamad bin Khalid Al Varni"),
                ("Hamad bin Khalid", "Hamad bin Khalid Al Varni"),
            ],
        ),
        (
            "demonyms are not places",
            "Iraqi forces and American troops left Iraq.",
            &[("Iraq", "Iraq")],
        ),
        (
            "particle dropped and spaced",
            "Hashd Shaabi forces, the Hashd al Shaabi and Hashd al-Shaabi.",
            &[
                ("Hashd Shaabi", "Popular Mobilization Forces"),
                ("Hashd al Shaabi", "Popular Mobilization Forces"),
                ("Hashd al-Shaabi", "Popular Mobilization Forces"),
            ],
        ),
        (
            "place with its particle dropped",
            "Troops in Anbar and Al Anbar Governorate.",
            &[
                ("Anbar", "Al Anbar Governorate"),
                ("Al Anbar Governorate", "Al Anbar Governorate"),
            ],
        ),
        (
            "surname alone needs the full name or prominence",
            "Kadhimi met officials. Trump spoke.",
            &[("Trump", "Donald Trump")],
        ),
        (
            "surname joins the full name in the document",
            "Mustafa al-Kadhimi landed. Kadhimi and al-Kadhimi spoke.",
            &[
                ("Mustafa al-Kadhimi", "Mustafa al-Kadhimi"),
                ("Kadhimi", "Mustafa al-Kadhimi"),
                ("al-Kadhimi", "Mustafa al-Kadhimi"),
            ],
        ),
        (
            "a particle that cannot drop stays",
            "Osama bin Laden hid; bin Laden died. Laden trucks passed.",
            &[
                ("Osama bin Laden", "Osama bin Laden"),
                ("bin Laden", "Osama bin Laden"),
            ],
        ),
        (
            "names do not cross paragraphs",
            "He flew to New\nYork later.",
            &[],
        ),
    ];
    crate::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, text, want) in cases {
        let got = named(text, &test_extractor().extract(text));
        let want: Vec<(&str, String)> = want.iter().map(|(t, n)| (*t, n.to_string())).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn washington_is_the_capital_unless_a_title_says_person() {
    let e = test_extractor();
    let text = "Talks in Washington went well.";
    let x = e.extract(text);
    assert_eq!(x.entities()[0].name(), "Washington, D.C.");
    assert_eq!(x.mentions()[0].choice(), Choice::Prior);

    let text = "President Washington crossed the river. Washington was tired.";
    let x = e.extract(text);
    let first = x.entity(x.mentions()[0].entity()).unwrap();
    assert_eq!(first.name(), "George Washington");
    assert_eq!(first.kind(), EntityKind::Person);
    assert_eq!(x.mentions()[0].choice(), Choice::TitleBefore);
    // The second mention has no title, but the document has decided.
    assert_eq!(x.mentions()[1].entity(), x.mentions()[0].entity());
    assert_eq!(x.mentions()[1].choice(), Choice::InDocument);
}

#[test]
fn mentions_say_how_they_were_found() {
    let text = "Mustafa al-Kadhimi landed. Kadhimi spoke.";
    let x = test_extractor().extract(text);
    let how: Vec<How> = x.mentions().iter().map(|m| m.how()).collect();
    assert_eq!(how, [How::Gazetteer, How::ShortForm]);
}

#[test]
fn entities_carry_gazetteer_ids() {
    let text = "Daesh attacked near Baghdad.";
    let x = test_extractor().extract(text);
    let ids: Vec<Option<&str>> = x.entities().iter().map(|e| e.gazetteer_id()).collect();
    assert_eq!(ids, [Some("sayso:islamic-state"), Some("geonames:98182")]);
}
