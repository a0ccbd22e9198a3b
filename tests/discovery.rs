//! Names the gazetteer lacks, found by method, and one entity per referent.

use sayso::{EntityKind, Extraction, How};

use crate::test_extractor;

/// `(mention, kind, entity name, how)` for every mention, in text order.
fn found<'t>(text: &'t str, x: &Extraction) -> Vec<(&'t str, EntityKind, String, How)> {
    x.mentions()
        .iter()
        .map(|m| {
            let e = x.entity(m.entity()).unwrap();
            (&text[m.span()], e.kind(), e.name().to_owned(), m.how())
        })
        .collect()
}

/// A named case: a text and some `(mention, kind, entity name)` it must yield.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, EntityKind, &'static str)],
);

use EntityKind::{Organization as Org, Person, Place};

#[test]
fn table() {
    let cases: &[Case] = &[
        (
            "rank before a name",
            "Brig. Gen. Yahya Rasool told reporters.",
            &[("Yahya Rasool", Person, "Yahya Rasool")],
        ),
        (
            "nationality and office before a name",
            "Iraqi Prime Minister Salim Jawad Hamdani arrived.",
            &[("Salim Jawad Hamdani", Person, "Salim Jawad Hamdani")],
        ),
        (
            "country and office before a name",
            "U.S. Secretary of State Mike Pompeo spoke.",
            &[
                ("U.S.", Place, "United States"),
                ("Mike Pompeo", Person, "Mike Pompeo"),
            ],
        ),
        (
            "apposition after the name",
            "Karim Nouri, the ministry spokesman, said so.",
            &[("Karim Nouri", Person, "Karim Nouri")],
        ),
        (
            "apposition before the name",
            "He met the Dutch Ambassador to Iraq, Hans Sande, on Monday.",
            &[
                ("Iraq", Place, "Iraq"),
                ("Hans Sande", Person, "Hans Sande"),
            ],
        ),
        (
            "apposition with an organization",
            "Tahir Jabbar, spokesman of the Nineveh Operations Command (NOC), said the NOC would act.",
            &[
                ("Tahir Jabbar", Person, "Tahir Jabbar"),
                (
                    "Nineveh Operations Command",
                    Org,
                    "Nineveh Operations Command",
                ),
                ("NOC", Org, "Nineveh Operations Command"),
                ("NOC", Org, "Nineveh Operations Command"),
            ],
        ),
        (
            "name shape",
            "Later, Layla Hamid visited Mosul.",
            &[("Layla Hamid", Person, "Layla Hamid")],
        ),
        (
            "byline",
            "Omar Sattar (Baghdad)\nThe ministry said so.",
            &[
                ("Omar Sattar", Person, "Omar Sattar"),
                ("Baghdad", Place, "Baghdad"),
            ],
        ),
        (
            "byline with by",
            "By Layla Hamid\nThe ministry said so.",
            &[("Layla Hamid", Person, "Layla Hamid")],
        ),
        (
            "quoted acronym",
            "the Kurdistan Anti-Terror Agency “KATA” said KATA units moved.",
            &[
                (
                    "Kurdistan Anti-Terror Agency",
                    Org,
                    "Kurdistan Anti-Terror Agency",
                ),
                ("KATA", Org, "Kurdistan Anti-Terror Agency"),
                ("KATA", Org, "Kurdistan Anti-Terror Agency"),
            ],
        ),
        (
            "syllable acronym",
            "The Norvalan Kestrel Association (NORKA) met, and NORKA voted.",
            &[
                (
                    "Norvalan Kestrel Association",
                    Org,
                    "Norvalan Kestrel Association",
                ),
                ("NORKA", Org, "Norvalan Kestrel Association"),
                ("NORKA", Org, "Norvalan Kestrel Association"),
            ],
        ),
        (
            "acronym before its long form",
            "Members of VAPOL (Varnesh Anti-Poaching League) marched.",
            &[
                ("VAPOL", Org, "Varnesh Anti-Poaching League"),
                (
                    "Varnesh Anti-Poaching League",
                    Org,
                    "Varnesh Anti-Poaching League",
                ),
            ],
        ),
        (
            "acronym whose long form is named elsewhere",
            "The Norvalan Kestrel Association met. Later, NKA officials spoke.",
            &[
                (
                    "Norvalan Kestrel Association",
                    Org,
                    "Norvalan Kestrel Association",
                ),
                ("NKA", Org, "Norvalan Kestrel Association"),
            ],
        ),
        (
            "acronym the text does not define",
            "The ZORVA's chief said ZORVA would strike.",
            &[("ZORVA", Org, "ZORVA"), ("ZORVA", Org, "ZORVA")],
        ),
        (
            "place head",
            "Troops entered Salahuddin Governorate.",
            &[("Salahuddin Governorate", Place, "Salahuddin Governorate")],
        ),
        (
            "a speech cue that opens the sentence is not in the name",
            "Declaring Salahuddin Governorate safe, the minister left.",
            &[("Salahuddin Governorate", Place, "Salahuddin Governorate")],
        ),
        (
            "known place with a head",
            "Troops entered Anbar Governorate.",
            &[("Anbar Governorate", Place, "Al Anbar Governorate")],
        ),
        (
            "area after a name",
            "Militants hid in the Makhmour area.",
            &[("Makhmour", Place, "Makhmour")],
        ),
        (
            "city of",
            "It happened north of the city of Samarra.",
            &[("Samarra", Place, "Samarra")],
        ),
        (
            "military base after a name",
            "They left Balad air base.",
            &[("Balad", Place, "Balad")],
        ),
        (
            "organization head",
            "The Security Media Cell said so.",
            &[("Security Media Cell", Org, "Security Media Cell")],
        ),
        (
            "short forms join the full name",
            "Maj. Gen. Saad Maan spoke. Maan added that Saad Maan agreed.",
            &[
                ("Saad Maan", Person, "Saad Maan"),
                ("Maan", Person, "Saad Maan"),
                ("Saad Maan", Person, "Saad Maan"),
            ],
        ),
        (
            "particles and transliteration join",
            "Maj. Gen. Tahseen al-Jabouri spoke. Al-Jabouri and Tahsin Jabouri agreed.",
            &[
                ("Tahseen al-Jabouri", Person, "Tahseen al-Jabouri"),
                ("Al-Jabouri", Person, "Tahseen al-Jabouri"),
                ("Tahsin Jabouri", Person, "Tahseen al-Jabouri"),
            ],
        ),
    ];
    crate::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, text, want) in cases {
        let x = test_extractor().extract(text);
        let got: Vec<(&str, EntityKind, String)> = found(text, &x)
            .into_iter()
            .map(|(t, k, n, _)| (t, k, n))
            .collect();
        let want: Vec<(&str, EntityKind, String)> = want
            .iter()
            .map(|(t, k, n)| (*t, *k, n.to_string()))
            .collect();
        assert_eq!(got, want, "{name}: {text}");
    }
}

#[test]
fn negatives() {
    let cases: &[(&str, &str)] = &[
        (
            "a nationality is not a place",
            "Iraqi forces and Kurdish fighters advanced.",
        ),
        (
            "a title alone creates no person",
            "The President said on Monday that the spokesman left.",
        ),
        (
            "sentence-initial words are not names",
            "Meanwhile, troops left. Yesterday, they returned. However, nobody spoke.",
        ),
        (
            "lower-case names are not names",
            "the joint operations command and the security media cell",
        ),
        (
            "a holiday is not a person",
            "Troops ate turkey on Thanksgiving Day.",
        ),
        (
            "abbreviations that name no organization",
            "The CEO said GDP grew by 3 percent, at 5 PM UTC.",
        ),
        (
            "an acronym named once, as a term",
            "The ZORVA bulbs failed.",
        ),
    ];
    for (name, text) in cases {
        let x = test_extractor().extract(text);
        assert!(x.mentions().is_empty(), "{name}: {:?}", found(text, &x));
    }
}

#[test]
fn a_surname_shared_by_two_people_stays_apart() {
    let text = "Dr. Ali Hamdani met Dr. Sara Hamdani. Hamdani said nothing.";
    let x = test_extractor().extract(text);
    let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(people, ["Ali Hamdani", "Sara Hamdani"]);
    assert_eq!(
        x.mentions().len(),
        2,
        "the lone surname is not guessed: {:?}",
        found(text, &x)
    );
}

#[test]
fn a_fuller_name_and_a_shorter_one_are_one_person() {
    let text = "Orsk Tallevan\n\nJens Orsk Harald Tallevan was a linguist. \
                Orsk Tallevan was born in a village. Tallevan wrote a grammar.";
    let x = test_extractor().extract(text);
    let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(
        people,
        ["Jens Orsk Harald Tallevan"],
        "{:?}",
        found(text, &x)
    );
    assert_eq!(x.mentions().len(), 4, "{:?}", found(text, &x));
}

/// A person named by one word, with what made the word a person's once,
/// is that person at every mention: `(case, text, person, mentions)`.
#[test]
fn a_person_named_by_one_word_is_a_person_everywhere() {
    let cases: &[(&str, &str, &str, usize)] = &[
        (
            "a speaker",
            "“We lost the harvest,” said Fashanu. Critics doubted Fashanu.",
            "Fashanu",
            2,
        ),
        (
            "a verb news says only of people",
            "In 348 Ovidrus died, naming a successor. The monks mourned Ovidrus, \
             and Ovidrus was buried at the river.",
            "Ovidrus",
            3,
        ),
        (
            "a title",
            "Petty Officer Varnholt advised the unit. The crew praised Varnholt, \
             and Varnholt's family thanked them.",
            "Varnholt",
            3,
        ),
    ];
    for &(case, text, person, mentions) in cases {
        let x = test_extractor().extract(text);
        let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
        assert_eq!(people, [person], "{case}: {:?}", found(text, &x));
        assert_eq!(
            x.mentions().len(),
            mentions,
            "{case}: {:?}",
            found(text, &x)
        );
    }
}

#[test]
fn a_word_written_after_an_article_is_no_person_alone() {
    // The cue `who` would make each a person; the document's `the` says a
    // group and a title.
    let text = "The first settlers were the Varnettas. Today there are Varnettas \
                who farm the hills. The Hetman, who ruled them, fell.";
    let x = test_extractor().extract(text);
    let people: Vec<_> = found(text, &x)
        .into_iter()
        .filter(|m| m.1 == EntityKind::Person)
        .collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn a_shared_surname_goes_to_the_person_named_most() {
    let text = "Ilse Varnholt\n\nIlse Varnholt was born in a village. Her father, \
                Dr. Anton Varnholt, taught there. Ilse Varnholt left at twenty. \
                Varnholt later returned.";
    let x = test_extractor().extract(text);
    let last = x.mentions().last().expect("a mention");
    let owner = x.entity(last.entity()).map(|e| e.name());
    assert_eq!(
        (&text[last.span()], owner),
        ("Varnholt", Some("Ilse Varnholt")),
        "{:?}",
        found(text, &x)
    );
}

#[test]
fn a_given_name_alone_is_its_one_bearer() {
    let text = "Rhea Molotsi met the press. Rhea laughed at the question.";
    let x = test_extractor().extract(text);
    let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(people, ["Rhea Molotsi"], "{:?}", found(text, &x));
    assert_eq!(x.mentions().len(), 2, "{:?}", found(text, &x));
}

#[test]
fn a_place_named_with_its_head_is_written_again_without_it() {
    let text = "Ferries reach Osmora Island twice a week. Osmora has one hospital. \
                Tourists love Main Street, and the Main was closed.";
    let x = test_extractor().extract(text);
    let places: Vec<(&str, usize)> = x
        .entities()
        .iter()
        .map(|e| {
            (
                e.name(),
                x.mentions().iter().filter(|m| m.entity() == e.id()).count(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [("Osmora Island", 2), ("Main Street", 1)],
        "{:?}",
        found(text, &x)
    );
}

#[test]
fn a_name_written_family_name_first_is_short_by_its_first_word() {
    let text = "Minister Wong Kwok-kin spoke on Monday. Wong said the plan had failed.";
    let x = test_extractor().extract(text);
    let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(people, ["Wong Kwok-kin"], "{:?}", found(text, &x));
    assert_eq!(x.mentions().len(), 2, "{:?}", found(text, &x));
}

#[test]
fn roles_are_recorded_for_later_reference() {
    let text = "Tahir Jabbar, spokesman of the Nineveh Operations Command, said so. \
                Iraqi Prime Minister Salim Hamdani agreed.";
    let x = test_extractor().extract(text);
    let roles: Vec<(&str, Vec<&str>)> = x
        .entities()
        .iter()
        .filter(|e| e.kind() == Person)
        .map(|e| {
            (
                e.name(),
                e.designations().iter().map(|d| d.title()).collect(),
            )
        })
        .collect();
    assert_eq!(
        roles,
        [
            ("Tahir Jabbar", vec!["spokesman"]),
            ("Salim Hamdani", vec!["prime minister"])
        ]
    );
    let phrase = &x.entities()[0].designations()[0];
    assert_eq!(
        &text[phrase.span()],
        "spokesman of the Nineveh Operations Command"
    );
}

#[test]
fn mentions_say_how_they_were_found() {
    let text = "Maj. Gen. Saad Maan, the cell's head, spoke. Maan left.";
    let x = test_extractor().extract(text);
    let how: Vec<How> = x.mentions().iter().map(|m| m.how()).collect();
    assert_eq!(how, [How::Title, How::ShortForm]);
}

#[test]
fn a_megabyte_of_acronyms_and_names_stays_linear() {
    // Every acronym defined again and again, in one sentence that never
    // ends: what a rule learns of an acronym's use must be read once for
    // the document, not once per definition.
    let unit = "Ali Hamdani Baghdad Command (JOC) Agency, Saad Maan Iraq JOC (KU) Kestrel Union ";
    let text = unit.repeat((1 << 20) / unit.len());
    let x = crate::extract_in_linear_time(&text);
    assert!(!x.mentions().is_empty());
}
