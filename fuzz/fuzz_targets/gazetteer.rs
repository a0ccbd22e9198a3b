//! Loading a gazetteer file from arbitrary bytes either succeeds or returns
//! an error; it never panics, and a loaded gazetteer always compiles.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut gazetteer = sayso::Gazetteer::empty();
    // Make every entity file reach the row checks: the fuzzer supplies rows.
    let with_header = format!("id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n{text}");
    for contents in [text, with_header.as_str()] {
        if gazetteer.load_str("fuzz.tsv", contents).is_ok() {
            if let Ok(extractor) = sayso::Extractor::builder().build(gazetteer.clone()) {
                let _ = extractor.extract(text);
            }
        }
    }
});
