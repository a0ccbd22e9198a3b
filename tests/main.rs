//! The integration tests: one binary, one module per concern.

mod bundled;
mod discovery;
mod errors;
mod html;
mod matching;
mod properties;
mod quotes;
mod regressions;
mod serialization;

use std::path::PathBuf;
use std::sync::OnceLock;

use sayso::{Extraction, Extractor, Gazetteer};

/// The directory of the tests' data files.
pub fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

/// An extractor over the small hand-written gazetteer in `tests/data/gazetteer`.
pub fn test_extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let gazetteer = Gazetteer::from_dir(data("gazetteer")).expect("test gazetteer loads");
        Extractor::builder()
            .build(gazetteer)
            .expect("test gazetteer compiles")
    })
}

/// Extracts from a megabyte-sized `text`, failing if it takes longer than
/// linear work would: well under a second in a release build, and a
/// generous bound for a debug build. A quadratic rule takes many times more.
pub fn extract_in_linear_time(text: &str) -> Extraction {
    let start = std::time::Instant::now();
    let x = test_extractor().extract(text);
    let elapsed = start.elapsed();
    let limit = if cfg!(debug_assertions) { 30.0 } else { 1.0 };
    assert!(elapsed.as_secs_f64() < limit, "took {elapsed:?}");
    x
}

/// An extractor over the bundled gazetteer.
pub fn bundled_extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new().expect("bundled gazetteer compiles"))
}

/// `(mention text, entity name)` for every mention, in text order.
pub fn named<'t>(text: &'t str, extraction: &Extraction) -> Vec<(&'t str, String)> {
    extraction
        .mentions()
        .iter()
        .map(|m| {
            let entity = extraction
                .entity(m.entity())
                .expect("mention's entity exists");
            (&text[m.span()], entity.name().to_owned())
        })
        .collect()
}

/// Asserts that the names of a table's cases are all different.
pub fn assert_unique_names<'a>(names: impl IntoIterator<Item = &'a str>) {
    let mut names: Vec<&str> = names.into_iter().collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "case names repeat");
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<sayso::Extractor>();
    assert_send_sync::<sayso::ExtractorBuilder>();
    assert_send_sync::<sayso::Extraction>();
    assert_send_sync::<sayso::Gazetteer>();
    assert_send_sync::<sayso::Error>();
    assert_send_sync::<sayso::Span>();
}
