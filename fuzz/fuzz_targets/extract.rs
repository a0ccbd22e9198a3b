//! Extraction on arbitrary UTF-8 never panics, and every span it reports
//! lies in the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let extractor = sayso::Extractor::shared().expect("bundled gazetteer builds");
    let x = extractor.extract(text);
    let in_text = |s: sayso::Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut previous_end = 0;
    for m in x.mentions() {
        assert!(in_text(m.span()) && m.span().start >= previous_end);
        previous_end = m.span().end;
        assert!(x.entity(m.entity()).is_some());
    }
    for q in x.quotes() {
        assert!(in_text(q.span()));
        if let Some(s) = q.speaker() {
            assert!(in_text(s.span()));
        }
        if let Some(cue) = q.cue() {
            assert!(in_text(cue));
        }
    }
});
