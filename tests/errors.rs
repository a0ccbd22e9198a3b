//! A user's gazetteer with mistakes: every one is an error naming file:line.

use std::fs;

use sayso::Gazetteer;

const HEADER: &str = "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n";

/// Writes `files` into a fresh directory and loads it.
fn load(name: &str, files: &[(&str, &[u8])]) -> Result<Gazetteer, sayso::Error> {
    let dir = std::env::temp_dir().join(format!("sayso-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for (file, contents) in files {
        fs::write(dir.join(file), contents).unwrap();
    }
    let result = Gazetteer::from_dir(&dir);
    fs::remove_dir_all(&dir).unwrap();
    result
}

fn error(name: &str, file: &str, contents: &[u8]) -> String {
    load(name, &[(file, contents)]).unwrap_err().to_string()
}

#[test]
fn bad_lines_are_reported_with_file_and_line() {
    let row = |r: &str| format!("{HEADER}{r}\n").into_bytes();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "missing-column",
            row("sayso:a\tperson\tA\t\t10\t\t"),
            "people.tsv:2: expected 8 tab-separated columns",
        ),
        (
            "unknown-kind",
            row("sayso:a\tpeople\tA\t\t10\t\t\t"),
            "people.tsv:2: column \"kind\": unknown kind \"people\"",
        ),
        (
            "empty-alias",
            row("sayso:a\tperson\tA\tB|\t10\t\t\t"),
            "people.tsv:2: column \"aliases\": empty value",
        ),
        (
            "duplicate-id",
            format!("{HEADER}sayso:a\tperson\tA\t\t1\t\t\t\nsayso:a\tperson\tB\t\t1\t\t\t\n")
                .into_bytes(),
            "people.tsv:3: column \"id\": duplicate id",
        ),
        (
            "invalid-utf8",
            [HEADER.as_bytes(), b"sayso:a\tperson\t\xff\t\t1\t\t\t\n"].concat(),
            "people.tsv:2: invalid UTF-8",
        ),
        (
            "huge-line",
            [HEADER.as_bytes(), &vec![b'x'; 10 << 20]].concat(),
            "people.tsv:2: line is 10485760 bytes long",
        ),
    ];
    for (name, contents, want) in cases {
        let got = error(name, "people.tsv", &contents);
        assert!(
            got.contains(want),
            "{name}: {got:?} should contain {want:?}"
        );
    }
}

#[test]
fn missing_directory_is_an_io_error_naming_it() {
    let e = Gazetteer::from_dir("no/such/dir").unwrap_err();
    assert_eq!(e.to_string(), "no/such/dir: cannot read");
    assert!(std::error::Error::source(&e).is_some());
}

#[test]
fn demonym_of_an_unknown_place_fails_at_build() {
    let g = load(
        "demonym",
        &[
            ("d.tsv", b"place\tdemonyms\ngeonames:1\tMartian\n"),
            ("e.tsv", HEADER.as_bytes()),
        ],
    )
    .unwrap();
    let e = sayso::Extractor::builder()
        .build(g)
        .unwrap_err()
        .to_string();
    assert!(
        e.ends_with("d.tsv:2: column \"place\": no place with id \"geonames:1\""),
        "{e}"
    );
}

#[test]
fn a_head_of_several_words_is_refused() {
    let cues = b"cue\tkind\tposition\nTask Force\torganization\thead\n";
    let got = error("multi-word-head", "name_cues.tsv", cues);
    assert!(
        got.contains("name_cues.tsv:2: column \"cue\": a head or a legal form is one word"),
        "{got:?}"
    );
}
