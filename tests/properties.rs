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

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let x = test_extractor().extract(&text);
        for m in x.mentions() {
            prop_assert!(text.get(m.span().range()).is_some());
        }
    }
}
