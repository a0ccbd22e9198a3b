//! The `sayso extract --jsonl` reader: any line gives exactly one output
//! line, a result or an error object, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sayso_cli::{Output, run_jsonl};

fuzz_target!(|data: &[u8]| {
    let extractor = sayso::Extractor::shared().expect("bundled gazetteer builds");
    let mut output = Output::new(Vec::new());
    let failures = run_jsonl(extractor, data, &mut output).expect("writing to memory succeeds");
    let out = output.finish().expect("writing to memory succeeds");
    let lines = data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n") || data.is_empty());
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), lines);
    assert!(failures <= lines);
    for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let value: serde_json::Value = serde_json::from_slice(line).expect("every output line is JSON");
        assert!(value.is_object());
    }
});
