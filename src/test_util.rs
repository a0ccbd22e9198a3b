//! Helpers shared by the table tests beside the code.

/// Asserts that the names of a table's cases are all different, so that a
/// failure names one case.
pub(crate) fn assert_unique<'a>(names: impl IntoIterator<Item = &'a str>) {
    let mut names: Vec<&str> = names.into_iter().collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "case names repeat");
}

/// The quotations of `text` as the bundled extractor finds them: the
/// quoted words, the kind, the speaker's words (its local mention) and the
/// rule that fired.
pub(crate) fn quotes_of(
    text: &str,
) -> Vec<(String, crate::QuoteKind, Option<String>, crate::QuoteRule)> {
    extract(text)
        .quotes()
        .iter()
        .filter(|q| q.kind() != crate::QuoteKind::Indirect)
        .map(|q| {
            let speaker = q.speaker().map(|s| text[s.span()].to_owned());
            (text[q.span()].to_owned(), q.kind(), speaker, q.rule())
        })
        .collect()
}

/// What the bundled extractor finds in `text`.
pub(crate) fn extract(text: &str) -> crate::Extraction {
    let extractor = crate::Extractor::shared().expect("the bundled gazetteer compiles");
    extractor.extract(text)
}

/// The mentions of people the bundled extractor finds in `text`, as
/// written.
pub(crate) fn people_of(text: &str) -> Vec<&str> {
    let x = extract(text);
    x.mentions()
        .iter()
        .filter(|m| {
            x.entity(m.entity()).map(crate::Entity::kind) == Some(crate::EntityKind::Person)
        })
        .map(|m| &text[m.span()])
        .collect()
}

/// The rows of a table `(name, text, word, whether it is a place)` whose
/// word the bundled extractor reads otherwise than the row says, each as
/// a line naming the row.
pub(crate) fn wrong_place_rows(rows: &[(&str, &str, &str, bool)]) -> Vec<String> {
    assert_unique(rows.iter().map(|r| r.0));
    let mut wrong = Vec::new();
    for &(name, text, word, want) in rows {
        let x = extract(text);
        let place = x.mentions().iter().any(|m| {
            &text[m.span()] == word
                && x.entity(m.entity()).map(crate::Entity::kind) == Some(crate::EntityKind::Place)
        });
        if place != want {
            wrong.push(format!("{name}: {word:?} in {text:?} is a place: {place}"));
        }
    }
    wrong
}
