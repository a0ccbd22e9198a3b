//! The bundled gazetteer: sizes, and a sample of entries and alternates.

use crate::{bundled_extractor, named};
use sayso::EntityKind;

#[test]
fn files_hold_what_the_readme_promises() {
    let g = bundled_extractor().gazetteer();
    let count = |kind: sayso::EntityKind| g.entries().iter().filter(|e| e.kind() == kind).count();
    assert!(count(sayso::EntityKind::Place) > 30_000);
    let roles = |role: &str| {
        g.entries()
            .iter()
            .filter(|e| e.roles().iter().any(|r| r.title() == role))
            .count()
    };
    assert!(roles("river") >= 150);
    assert!(roles("sea") >= 30);
    assert!(count(sayso::EntityKind::Organization) >= 800);
    assert!(count(sayso::EntityKind::Person) >= 600);
}

#[test]
fn alternate_names_reach_their_place() {
    let text = "Irbil, also Hawler or Hewlêr, is Erbil. ERBIL, Kurdistan Region – troops left.";
    let x = bundled_extractor().extract(text);
    let erbil: Vec<&str> = x
        .mentions()
        .iter()
        .filter(|m| x.entity(m.entity()).unwrap().gazetteer_id() == Some("geonames:95446"))
        .map(|m| &text[m.span()])
        .collect();
    assert_eq!(erbil, ["Irbil", "Hawler", "Hewlêr", "Erbil", "ERBIL"]);
}

/// The short forms wire copy gives whole countries (`CURATED_COUNTRY_ALIASES`
/// in gazetteer/tools/build.py) reach them, not an organization by their
/// capitals.
#[test]
fn wire_copy_short_forms_name_their_countries() {
    let text = "PNG's Electoral Commission and the DPRK met officials of the KSA, the PRC \
                and DR Congo.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    for (short, id) in [
        ("PNG", "geonames:2088628"),
        ("DPRK", "geonames:1873107"),
        ("KSA", "geonames:102358"),
        ("PRC", "geonames:1814991"),
        // Read whole, though `Dr` is a title and `Congo` another alias.
        ("DR Congo", "geonames:203312"),
    ] {
        assert!(ids.contains(&(short, Some(id))), "{short}: {ids:?}");
    }
}

#[test]
fn washington_in_news_is_the_capital() {
    let text = "Iraqi Prime Minister Mustafa al-Kadhimi landed in Washington on Thursday.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            ("Mustafa al-Kadhimi", Some("sayso:mustafa-al-kadhimi")),
            // GeoNames 4140963 is Washington, D.C., not the state or a person.
            ("Washington", Some("geonames:4140963")),
        ]
    );
}

#[test]
fn seas_rivers_and_regions_are_places_and_leave_countries_and_states_their_names() {
    let text = "Tankers left the Red Sea for the Gulf of Aden and the Strait of Hormuz. \
                The Euphrates and the River Euphrates fell, and Lake Chad shrank. \
                Jordan and Chad sent troops to the Golan Heights, Kashmir and the Hindu Kush. \
                Barges on the Mississippi River reached Mississippi.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            // The sea, not the Egyptian governorate of that name.
            ("Red Sea", Some("sayso:red-sea")),
            ("Gulf of Aden", Some("sayso:gulf-of-aden")),
            ("Strait of Hormuz", Some("sayso:strait-of-hormuz")),
            ("Euphrates", Some("sayso:euphrates")),
            ("River Euphrates", Some("sayso:euphrates")),
            ("Lake Chad", Some("sayso:lake-chad")),
            ("Jordan", Some("geonames:248816")),
            ("Chad", Some("geonames:2434508")),
            ("Golan Heights", Some("sayso:golan-heights")),
            ("Kashmir", Some("sayso:kashmir")),
            ("Hindu Kush", Some("sayso:hindu-kush")),
            ("Mississippi River", Some("sayso:mississippi-river")),
            ("Mississippi", Some("sayso:us-ms")),
        ]
    );
}

#[test]
fn the_many_names_of_the_islamic_state_are_one_entry() {
    let text = "The Islamic State (IS) and Daesh are ISIS, also ISIL.";
    let x = bundled_extractor().extract(text);
    assert_eq!(x.mentions().len(), 5, "{:?}", named(text, &x));
    assert_eq!(x.entities().len(), 1);
    assert_eq!(x.entities()[0].gazetteer_id(), Some("sayso:islamic-state"));
}

#[test]
fn common_words_are_not_places() {
    let text =
        "Of course, Said and March were hit. Mobile units took a bath. At noon, Nice weather.";
    let x = bundled_extractor().extract(text);
    let places: Vec<_> = named(text, &x);
    assert!(places.is_empty(), "{places:?}");
}

#[test]
fn a_given_name_is_no_minor_place_unless_written_as_one() {
    // Isabel is a province of the Solomon Islands and a given name.
    let text = "Her daughter, Isabel, laughed. Isabel said the exam was easy.";
    let x = bundled_extractor().extract(text);
    let kinds: Vec<(&str, sayso::EntityKind)> = x
        .mentions()
        .iter()
        .map(|m| (&text[m.span()], x.entity(m.entity()).unwrap().kind()))
        .collect();
    assert!(
        kinds.iter().all(|&(_, k)| k == sayso::EntityKind::Person),
        "{kinds:?}"
    );
    let text = "Ferries sail to Isabel from Honiara. Isabel has few roads.";
    let x = bundled_extractor().extract(text);
    let isabel: Vec<_> = named(text, &x)
        .into_iter()
        .filter(|(m, _)| *m == "Isabel")
        .collect();
    assert_eq!(isabel.len(), 2, "{isabel:?}");
}

#[test]
fn a_person_named_in_full_takes_a_place_of_the_surname_but_after_in() {
    let text = "Critics praised Margaret Washington. Washington said the plan would work. \
                The plan was debated in Washington.";
    let x = bundled_extractor().extract(text);
    let kinds: Vec<(&str, sayso::EntityKind)> = x
        .mentions()
        .iter()
        .map(|m| (&text[m.span()], x.entity(m.entity()).unwrap().kind()))
        .collect();
    use sayso::EntityKind::{Person, Place};
    assert_eq!(
        kinds,
        [
            ("Margaret Washington", Person),
            ("Washington", Person),
            ("Washington", Place)
        ]
    );
}

#[test]
fn sample_of_people_and_organizations() {
    let text = "U.S. Secretary of State Mike Pompeo met Reuters and the Iraqi News Agency (INA) \
                about the Popular Mobilization Forces and Hashd al-Shaabi.";
    let found = named(text, &bundled_extractor().extract(text));
    for (mention, entity) in [
        ("U.S.", "United States"),
        ("Mike Pompeo", "Mike Pompeo"),
        ("Reuters", "Reuters"),
        ("Iraqi News Agency", "Iraqi News Agency"),
        ("INA", "Iraqi News Agency"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ] {
        assert!(
            found.contains(&(mention, entity.to_string())),
            "{mention} in {found:?}"
        );
    }
}

#[test]
fn a_surname_the_document_names_is_not_a_famous_namesake() {
    let text = "Speaker Mike Johnson told reporters the House would wait. \"We have our own bill,\" Johnson said.";
    let x = bundled_extractor().extract(text);
    let found = named(text, &x);
    assert_eq!(
        found,
        [
            ("Mike Johnson", "Mike Johnson".to_string()),
            ("Johnson", "Mike Johnson".to_string())
        ]
    );
    let speaker = x
        .quotes()
        .iter()
        .find(|q| q.kind() != sayso::QuoteKind::Indirect)
        .unwrap()
        .speaker()
        .unwrap();
    assert_eq!(
        x.entity(speaker.entity().unwrap()).unwrap().name(),
        "Mike Johnson"
    );
}

#[test]
fn a_name_is_first_the_entity_it_is_the_name_of() {
    let text = "Sen. James Lankford of Oklahoma spoke.";
    let x = bundled_extractor().extract(text);
    let oklahoma = x
        .mentions()
        .iter()
        .find(|m| &text[m.span()] == "Oklahoma")
        .unwrap();
    let entity = x.entity(oklahoma.entity()).unwrap();
    assert_eq!(
        (entity.name(), oklahoma.choice()),
        ("Oklahoma", sayso::Choice::OwnName)
    );
}

/// `(mention text, gazetteer id of its entity)` for every mention, in text
/// order.
fn gazetteer_ids<'a>(text: &'a str, x: &'a sayso::Extraction) -> Vec<(&'a str, Option<&'a str>)> {
    x.mentions()
        .iter()
        .map(|m| {
            (
                &text[m.span()],
                x.entity(m.entity()).unwrap().gazetteer_id(),
            )
        })
        .collect()
}

#[test]
fn a_place_named_with_a_prefix_is_not_the_place_its_core_names() {
    // `Roma` alone is the capital; the neighbourhood is another place.
    let text = "She rents a flat in Colonia Roma, near the park.";
    let x = bundled_extractor().extract(text);
    let names: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(names, ["Colonia Roma"]);
}

#[test]
fn a_state_of_history_is_a_place_and_leaves_todays_state_its_names() {
    let text = "He left the Soviet Union for West Germany in 1975. The USSR protested; \
                Russia later apologised.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            ("Soviet Union", Some("sayso:soviet-union")),
            ("West Germany", Some("sayso:west-germany")),
            ("USSR", Some("sayso:soviet-union")),
            ("Russia", Some("geonames:2017370")),
        ]
    );
    assert!(x.entities().iter().all(|e| e.kind() == EntityKind::Place));
}

#[test]
fn an_enlisted_rank_written_short_is_a_title() {
    let text =
        "“We held the line,” said Spc. Dana Orvell. Pte Ilse Marr and Sqn Ldr Tom Beyer agreed.";
    let x = bundled_extractor().extract(text);
    let people: Vec<&str> = x.entities().iter().map(|e| e.name()).collect();
    assert_eq!(people, ["Dana Orvell", "Ilse Marr", "Tom Beyer"]);
    let speaker = x.quotes()[0].speaker().map(|s| &text[s.span()]);
    assert_eq!(speaker, Some("Dana Orvell"));
}

#[test]
fn a_country_written_against_a_currency_sign_is_a_currency() {
    let text = "Bail was set at US$ 20,000, and the flat cost HK$3 million. The US objected.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(ids, [("US", Some("geonames:6252001"))]);
}

#[test]
fn an_ordinary_word_after_the_is_no_minor_place() {
    // `Centre` is a province of three countries, and an ordinary word in
    // British spelling: after `the` it is the central government.
    let text = "Floods hit Centre, Burkina Faso. Officials said the Centre would act.";
    let x = bundled_extractor().extract(text);
    let mentions: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
    assert_eq!(mentions, ["Centre", "Burkina Faso"]);
}

#[test]
fn a_phrase_of_ordinary_words_is_no_city_by_an_old_name() {
    // GeoNames gives New Brunswick the old name `The River`, and Smithtown
    // `Head of the River`.
    let text = "The River rose overnight, officials in New Jersey said. \
                Rowers reached the Head of the River.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(ids, [("New Jersey", Some("sayso:us-nj"))]);
}

#[test]
fn an_organization_s_head_may_be_written_in_lower_case() {
    let text = "He joined the Republican party in 1990, then the Labour party. \
                Party members met.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            ("Republican party", Some("sayso:republican-party")),
            ("Labour party", Some("sayso:labour-party"))
        ]
    );
}

#[test]
fn a_proper_adjective_names_nothing_alone() {
    // CLDR names the Jewish Autonomous Oblast `Jewish`, and GeoNames a
    // district of Hong Kong `Olympic`; WordNet writes both as adjectives.
    let text = "Jewish and Olympic officials met Jewish Christians. \
                Birobidzhan is the capital of the Jewish Autonomous Oblast.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            ("Birobidzhan", Some("geonames:2026643")),
            ("Jewish Autonomous Oblast", Some("sayso:ru-yev"))
        ]
    );
}

#[test]
fn a_place_named_with_a_possessive_leaves_it_out() {
    // GeoNames gives a town of Cameroon the alternate name `Tonga's`.
    let text = "Tonga's Prime Minister resigned on Friday.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(ids, [("Tonga", Some("geonames:4032283"))]);
}

#[test]
fn a_country_is_named_after_its_capital() {
    let text = "KUWAIT CITY — Kuwait's emir met envoys. MEXICO CITY — Mexico's president spoke.";
    let x = bundled_extractor().extract(text);
    let ids = gazetteer_ids(text, &x);
    assert_eq!(
        ids,
        [
            ("KUWAIT CITY", Some("geonames:285787")),
            ("Kuwait", Some("geonames:285570")),
            ("MEXICO CITY", Some("geonames:3530597")),
            ("Mexico", Some("geonames:3996063")),
        ]
    );
}

#[test]
fn a_web_address_names_no_one() {
    let text = "Read more at https://news.example.com/Iraq/Mosul-Report or \
                kestrel.org/Kenya. U.S./Iraq talks resumed in Baghdad.";
    let x = bundled_extractor().extract(text);
    let mentions: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
    assert_eq!(mentions, ["U.S.", "Iraq", "Baghdad"]);
}

#[test]
fn a_regnal_number_is_no_surname() {
    let text = "King Abdullah II spoke on Monday. Veterans of World War II gathered. \
                Abdullah thanked them.";
    let x = bundled_extractor().extract(text);
    let mentions: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
    assert_eq!(mentions, ["Abdullah II", "Abdullah"]);
}

#[test]
fn a_ship_is_no_person_place_or_organization() {
    let text = "Gunmen boarded the MV Kestrel Star off Yemen. USS Mahan and HMS Ocean \
                escorted the convoy; the US Navy said the crew was safe.";
    let x = bundled_extractor().extract(text);
    let mentions: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
    assert_eq!(mentions, ["Yemen", "US Navy"]);
}
