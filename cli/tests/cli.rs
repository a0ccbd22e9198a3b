//! The `sayso` binary, run as a user runs it: its output against the
//! library's, its error lines and exit codes, and its silence on a pipe.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use sayso::{Extractor, Gazetteer};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/data/centcom-sdf-patches.txt"
);
const TEST_GAZETTEER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/gazetteer");
const ENTITY_HEADER: &str = "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n";

/// Runs `sayso args…` with `stdin`, stdout and stderr being pipes.
fn sayso(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written beside the reading of stdout, so neither pipe fills up.
    let writer = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The line the command gives for an article: its name first, then the
/// library's serde output.
fn expected_line(extractor: &Extractor, key: &str, name: &str, article: &str) -> String {
    let body = serde_json::to_string(&extractor.extract(article)).unwrap();
    format!(
        "{{\"{key}\":{},{}\n",
        serde_json::Value::from(name),
        &body[1..]
    )
}

#[test]
fn extract_prints_the_library_json_of_each_file() {
    let dir = temp_dir("extract");
    let short = dir.join("short.txt");
    fs::write(
        &short,
        "“We stay,” Iraqi Prime Minister Mustafa al-Kadhimi said in Baghdad.",
    )
    .unwrap();
    let short = short.to_str().unwrap();
    let out = sayso(&["extract", SAMPLE, short], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let extractor = Extractor::shared().unwrap();
    let expected = expected_line(
        extractor,
        "file",
        SAMPLE,
        &fs::read_to_string(SAMPLE).unwrap(),
    ) + &expected_line(
        extractor,
        "file",
        short,
        &fs::read_to_string(short).unwrap(),
    );
    assert_eq!(text(&out.stdout), expected);
    assert!(
        expected.contains("\"quotes\":[{"),
        "the sample has quotations"
    );
    assert_eq!(text(&out.stderr), "", "no progress bar on a pipe");
}

#[test]
fn explain_and_a_gazetteer_reach_the_extractor() {
    let out = sayso(
        &[
            "extract",
            "--explain",
            "--gazetteer",
            TEST_GAZETTEER,
            SAMPLE,
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let extractor = Extractor::builder()
        .explain(true)
        .build(Gazetteer::from_dir(TEST_GAZETTEER).unwrap())
        .unwrap();
    let article = fs::read_to_string(SAMPLE).unwrap();
    assert_eq!(
        text(&out.stdout),
        expected_line(&extractor, "file", SAMPLE, &article)
    );
    let bundled = expected_line(Extractor::shared().unwrap(), "file", SAMPLE, &article);
    assert_ne!(text(&out.stdout), bundled, "the options change the output");
}

/// More lines than the command extracts at once, of varied lengths.
fn many_lines() -> (Vec<String>, String) {
    let texts: Vec<String> = (0..300)
        .map(|i| {
            let said = "Maj. Gen. Tahsin al-Khafaji said the forces left Erbil. ".repeat(i % 7);
            format!("Story {i}. {said}“We stay,” Kadhimi told reporters in Baghdad.")
        })
        .collect();
    let input = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({ "id": format!("n{i}"), "text": t }).to_string() + "\n")
        .collect();
    (texts, input)
}

#[test]
fn jsonl_keeps_input_order_whatever_the_threads() {
    let (texts, input) = many_lines();
    let one = sayso(&["extract", "--jsonl", "--threads", "1"], input.as_bytes());
    let two = sayso(&["extract", "--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(one.status.code(), Some(0), "{}", text(&one.stderr));
    assert_eq!(two.status.code(), Some(0), "{}", text(&two.stderr));
    assert_eq!(text(&one.stdout), text(&two.stdout));
    assert_eq!(text(&two.stderr), "", "no progress on a pipe");
    let extractor = Extractor::shared().unwrap();
    let lines: Vec<&str> = text(&two.stdout).split_inclusive('\n').collect();
    assert_eq!(lines.len(), texts.len());
    for (i, (line, article)) in lines.iter().zip(&texts).enumerate() {
        assert_eq!(
            *line,
            expected_line(extractor, "id", &format!("n{i}"), article)
        );
    }
}

#[test]
fn a_missing_file_gets_an_error_line_and_exit_1() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-article.txt");
    let missing = missing.to_str().unwrap();
    let out = sayso(&["extract", missing, SAMPLE], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "the other file is still processed");
    assert_eq!(lines[0]["file"], missing);
    assert!(lines[0]["error"].as_str().unwrap().contains("No such file"));
    assert!(lines[1]["entities"].is_array());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("sayso: {missing}: ")),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn bad_jsonl_lines_get_error_lines_and_exit_1() {
    let input = "{\"id\": 1, \"text\": \"Kadhimi spoke.\"}\nnot json\n\n{\"id\": 4}\r\n";
    let out = sayso(&["extract", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<&str> = text(&out.stdout).lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("{\"id\":1,\"entities\":["),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("{\"error\":\"not JSON: "),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",\"line\":2}"), "{}", lines[1]);
    assert_eq!(lines[2], r#"{"error":"empty line","line":3}"#);
    assert_eq!(lines[3], r#"{"error":"no string field \"text\"","id":4}"#);
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("sayso: line 2: not JSON: "), "{stderr}");
    assert!(
        stderr.ends_with("sayso: line 3: empty line\nsayso: line 4: no string field \"text\"\n")
    );
}

/// A gazetteer directory whose `people.tsv` has an unknown kind on line 2.
fn bad_gazetteer() -> PathBuf {
    let dir = temp_dir("bad-gazetteer");
    let row = "sayso:hanne-vermaat\tpersn\tHanne Vermaat\t\t40\t\tNL\t\n";
    fs::write(dir.join("people.tsv"), format!("{ENTITY_HEADER}{row}")).unwrap();
    dir
}

#[test]
fn a_bad_gazetteer_exits_2_naming_file_and_line() {
    let dir = bad_gazetteer();
    let dir = dir.to_str().unwrap();
    let pages = temp_dir("bad-gazetteer-pages");
    let pages = pages.to_str().unwrap();
    for args in [
        &["extract", "--gazetteer", dir, SAMPLE][..],
        &["html", pages, "--gazetteer", dir, SAMPLE][..],
        &["check", dir][..],
    ] {
        let out = sayso(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stdout), "", "{args:?}");
        let stderr = text(&out.stderr);
        let at = format!(
            "sayso: {}:2: column \"kind\": unknown kind \"persn\"",
            Path::new(dir).join("people.tsv").display()
        );
        assert!(stderr.starts_with(&at), "{args:?}: {stderr}");
    }
}

#[test]
fn check_prints_what_a_gazetteer_holds() {
    let out = sayso(&["check", TEST_GAZETTEER], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let file = |name: &str| Path::new(TEST_GAZETTEER).join(name).display().to_string();
    let titles = Gazetteer::with_bundled_lists().unwrap().list_sizes()[2];
    assert_eq!(titles.0, "titles");
    let extractor = Extractor::builder()
        .build(Gazetteer::from_dir(TEST_GAZETTEER).unwrap())
        .unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}: 0 entities, 0 aliases, 2 demonyms",
            file("demonyms.tsv")
        )
    );
    assert_eq!(
        lines[1],
        format!("{}: 18 entities, 26 aliases", file("entities.tsv"))
    );
    assert_eq!(
        lines[2],
        format!("{}: 0 entities, 0 aliases, 5 titles", file("titles.tsv"))
    );
    assert_eq!(lines[3], "entities: 18 (person 6, organization 4, place 8)");
    assert_eq!(lines[4], "aliases: 26");
    assert!(
        lines[5].starts_with("word lists: demonyms 2, "),
        "{}",
        lines[5]
    );
    assert!(
        lines[5].contains(&format!(", titles {},", titles.1 + 5)),
        "{}",
        lines[5]
    );
    assert_eq!(lines[6], format!("patterns: {}", extractor.pattern_count()));
    assert_eq!(lines.len(), 7);
}

#[test]
fn html_writes_a_page_per_article_and_an_index() {
    let pages = temp_dir("pages");
    let pages = pages.to_str().unwrap();
    let out = sayso(&["html", pages, SAMPLE, SAMPLE], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "", "pages only");
    let mut written: Vec<String> = fs::read_dir(pages)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    let stem = "centcom-sdf-patches";
    assert_eq!(
        written,
        [
            format!("{stem}-2.html"),
            format!("{stem}.html"),
            "index.html".into()
        ]
    );
    let index = fs::read_to_string(Path::new(pages).join("index.html")).unwrap();
    assert!(
        index.contains(&format!("href=\"{stem}-2.html\"")),
        "{index}"
    );

    let also = temp_dir("pages-too");
    let also = also.to_str().unwrap();
    let out = sayso(&["extract", "--html", also, SAMPLE], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().count(), 1);
    let page = |dir: &str| fs::read(Path::new(dir).join(format!("{stem}.html"))).unwrap();
    assert_eq!(page(pages), page(also));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract"][..],
        &["extract", "--jsonl", SAMPLE][..],
        &["extract", "--threads", "0", SAMPLE][..],
        &["extract", "--no-such-option", SAMPLE][..],
        &["check"][..],
        &[][..],
    ] {
        let out = sayso(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stdout), "", "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn help_gives_examples_and_exit_codes() {
    for args in [
        &["--help"][..],
        &["extract", "--help"][..],
        &["check", "--help"][..],
    ] {
        let out = sayso(args, b"");
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.contains("Examples:\n  sayso "), "{args:?}: {help}");
        assert!(help.contains("Exit status:\n  0  "), "{args:?}: {help}");
        assert!(help.contains("\n  2  "), "{args:?}: {help}");
    }
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(["extract", SAMPLE, SAMPLE])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}
