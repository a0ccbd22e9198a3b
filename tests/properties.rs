//! Invariants that hold for any text.

use proptest::prelude::*;

use crate::test_extractor;

/// Text built from names, words, marks and odd characters, to reach the
/// matcher's paths more often than random bytes would.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Tahsin al-Khafaji".to_string()),
        Just("Al-Khafaji".to_string()),
        Just("U.S.-led".to_string()),
        Just("IS".to_string()),
        Just("is".to_string()),
        Just("Iraq’s".to_string()),
        Just("New York Times".to_string()),
        Just("Hewlêr".to_string()),
        Just("Maj. Gen.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        "[A-Za-z]{1,8}",
        "\\PC{1,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_in_bounds_sorted_and_disjoint(text in article()) {
        let x = test_extractor().extract(&text);
        let mut previous_end = 0;
        for m in x.mentions() {
            let s = m.span();
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start >= previous_end, "sorted and disjoint");
            previous_end = s.end;
            prop_assert!(x.entity(m.entity()).is_some());
        }
        for (i, e) in x.entities().iter().enumerate() {
            prop_assert_eq!(e.id().as_usize(), i);
            prop_assert!(x.mentions_of(e.id()).next().is_some(), "every entity is mentioned");
        }
    }

    #[test]
    fn extraction_is_deterministic(text in article()) {
        let e = test_extractor();
        prop_assert_eq!(e.extract(&text), e.extract(&text));
    }

    /// A thread remembers the spellings of the documents it extracted, for
    /// every extractor in turn; none of it shows in a later extraction,
    /// which equals that of a thread that never saw a document.
    #[test]
    fn what_a_thread_remembers_never_changes_an_extraction(
        before in article(),
        text in article(),
    ) {
        let fresh = {
            let text = text.clone();
            std::thread::spawn(move || test_extractor().extract(&text)).join().unwrap()
        };
        let bundled = crate::bundled_extractor();
        bundled.extract(&before);
        test_extractor().extract(&before);
        prop_assert_eq!(test_extractor().extract(&text), fresh.clone());
        // Another extractor's tables in between: what it folded is not used.
        bundled.extract(&text);
        prop_assert_eq!(test_extractor().extract(&text), fresh);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let x = test_extractor().extract(&text);
        for m in x.mentions() {
            prop_assert!(text.get(m.span().range()).is_some());
        }
    }
}

/// Paragraphs of sentences built from names, cues and quotations; each
/// paragraph opens with a plain sentence, so that no paragraph looks like a
/// headline or a byline wherever it stands.
fn paragraphs() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Ali Hamdani"),
        Just("Hamdani"),
        Just("Maj. Gen. Saad Maan"),
        Just("Maan"),
        Just("Tahseen al-Khafaji"),
        Just("the JOC spokesman"),
        Just("Iraqi Joint Operations Command (JOC)"),
        Just("said"),
        Just("told reporters"),
        Just("according to"),
        Just("he"),
        Just("she"),
        Just(","),
        Just("“We stay,”"),
        Just("“the border is secure.”"),
        Just("\"leaving shortly\""),
        Just("Baghdad"),
        Just("Iraq’s"),
        Just("IS"),
        Just("the"),
        Just("talks"),
    ];
    let sentence = prop::collection::vec(word, 1..12).prop_map(|w| format!("{}.", w.join(" ")));
    let paragraph = prop::collection::vec(sentence, 1..4)
        .prop_map(|s| format!("The talks went on for many hours that day. {}", s.join(" ")));
    prop::collection::vec(paragraph, 1..4).prop_map(|p| p.join("\n\n"))
}

/// What an extraction says, independent of entity numbering, with every
/// offset moved back by `shift`.
fn summary(x: &sayso::Extraction, shift: usize) -> Vec<String> {
    let name = |id: sayso::EntityId| {
        let e = x.entity(id).unwrap();
        format!("{}:{}", e.kind(), e.name())
    };
    let mut out: Vec<String> = x
        .mentions()
        .iter()
        .map(|m| {
            format!(
                "mention {:?} {} {:?}",
                m.span().start - shift..m.span().end - shift,
                name(m.entity()),
                m.how()
            )
        })
        .collect();
    for q in x.quotes() {
        let speaker = q.speaker().map(|s| {
            (
                s.span().start - shift..s.span().end - shift,
                s.entity().map(name),
            )
        });
        out.push(format!(
            "quote {:?} {:?} {:?} {:?}",
            q.span().start - shift..q.span().end - shift,
            q.kind(),
            speaker,
            q.rule()
        ));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A document reads the same on its own and after a paragraph of other
    /// text, its offsets shifted by the prefix's length.
    #[test]
    fn a_document_is_the_same_inside_a_longer_text(doc in paragraphs()) {
        let prefix = "markets were calm and quiet on the day.\n\n";
        let e = test_extractor();
        let alone = e.extract(&doc);
        let inside = e.extract(&format!("{prefix}{doc}"));
        prop_assert_eq!(summary(&alone, 0), summary(&inside, prefix.len()));
    }

    /// Every quotation and speaker span lies in the text on char boundaries,
    /// quotations in order.
    #[test]
    fn quote_spans_are_in_bounds(doc in paragraphs()) {
        let x = test_extractor().extract(&doc);
        for q in x.quotes() {
            let s = q.span();
            prop_assert!(s.start <= s.end && s.end <= doc.len());
            prop_assert!(doc.is_char_boundary(s.start) && doc.is_char_boundary(s.end));
            if let Some(speaker) = q.speaker() {
                let sp = speaker.span();
                prop_assert!(sp.end <= doc.len() && doc.is_char_boundary(sp.start) && doc.is_char_boundary(sp.end));
                if let Some(id) = speaker.entity() {
                    prop_assert!(x.entity(id).is_some());
                }
            }
        }
        prop_assert!(x.quotes().windows(2).all(|w| w[0].span().start <= w[1].span().start));
    }
}
