//! The bundled gazetteer: sizes, and a sample of entries and alternates.

use crate::{bundled_extractor, named};

#[test]
fn files_hold_what_the_readme_promises() {
    let g = bundled_extractor().gazetteer();
    let count = |kind: sayso::EntityKind| g.entries().iter().filter(|e| e.kind() == kind).count();
    assert!(count(sayso::EntityKind::Place) > 30_000);
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

#[test]
fn washington_in_news_is_the_capital() {
    let text = "Iraqi Prime Minister Mustafa al-Kadhimi landed in Washington on Thursday.";
    let x = bundled_extractor().extract(text);
    let ids: Vec<(&str, Option<&str>)> = x
        .mentions()
        .iter()
        .map(|m| {
            (
                &text[m.span()],
                x.entity(m.entity()).unwrap().gazetteer_id(),
            )
        })
        .collect();
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
