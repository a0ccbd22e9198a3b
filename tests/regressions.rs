//! Inputs that once crashed a fuzz target (`tests/data/fuzz/`), replayed as
//! the target would: the file name's prefix names the target.

use sayso::{Extractor, Gazetteer};

use crate::{bundled_extractor, data};

/// What the `gazetteer` fuzz target does with its input.
fn gazetteer_target(text: &str) {
    let with_header = format!("id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n{text}");
    let mut gazetteer = Gazetteer::empty();
    for contents in [text, with_header.as_str()] {
        if gazetteer.load_str("fuzz.tsv", contents).is_ok() {
            if let Ok(extractor) = Extractor::builder().build(gazetteer.clone()) {
                let x = extractor.extract(text);
                assert!(x.mentions().iter().all(|m| m.span().end <= text.len()));
            }
        }
    }
}

/// What the `extract` fuzz target does with its input.
fn extract_target(text: &str) {
    let x = bundled_extractor().extract(text);
    for m in x.mentions() {
        assert!(text.get(m.span().range()).is_some());
    }
    for q in x.quotes() {
        assert!(text.get(q.span().range()).is_some());
    }
}

#[test]
fn crash_inputs_no_longer_crash() {
    let dir = data("fuzz");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        match name.split('-').next() {
            Some("gazetteer") => gazetteer_target(&text),
            Some("extract") => extract_target(&text),
            _ => panic!("{name}: the file name must start with its fuzz target"),
        }
        replayed += 1;
    }
    assert!(replayed > 0, "the crash inputs are in {}", dir.display());
}
