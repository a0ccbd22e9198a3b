//! Extracts entities and quotations from articles, one JSON line each.
//!
//! ```text
//! extract [--explain] [--gazetteer DIR] FILE...
//! extract [--explain] [--gazetteer DIR] --jsonl < articles.jsonl
//! ```
//!
//! With files, each output line is `{"file": …, "entities": […], "quotes": […]}`.
//! With `--jsonl`, each input line `{"id": …, "text": …}` gives one output
//! line with the same `id`, in input order. An input that cannot be read or
//! parsed gives a line `{"file"|"id"|"line": …, "error": …}` and a message on
//! stderr; the others are still processed, and the exit status is 1 at the
//! end. `--gazetteer DIR` uses the `.tsv` files of DIR (with the bundled word
//! lists) instead of the bundled gazetteer.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use sayso::{Extractor, Gazetteer};

const USAGE: &str =
    "usage: extract [--explain] [--gazetteer DIR] (FILE... | --jsonl < INPUT.jsonl)";

struct Options {
    explain: bool,
    jsonl: bool,
    gazetteer: Option<String>,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("extract: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let extractor = match build(&options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if options.jsonl {
        run_jsonl(&extractor, io::stdin().lock(), &mut out)
    } else {
        run_files(&extractor, &options.files, &mut out)
    };
    match result.and_then(|failures| out.flush().map(|()| failures)) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        explain: false,
        jsonl: false,
        gazetteer: None,
        files: Vec::new(),
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--explain" => options.explain = true,
            "--jsonl" => options.jsonl = true,
            "--gazetteer" => {
                options.gazetteer = Some(args.next().ok_or("--gazetteer needs a directory")?);
            }
            "-h" | "--help" => return Err("help".into()),
            "--" => options.files.extend(args.by_ref()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => options.files.push(arg),
        }
    }
    match (options.jsonl, options.files.is_empty()) {
        (true, false) => Err("--jsonl reads stdin; give no files".into()),
        (false, true) => Err("no input files".into()),
        _ => Ok(options),
    }
}

fn build(options: &Options) -> Result<Extractor, sayso::Error> {
    let gazetteer = match &options.gazetteer {
        Some(dir) => Gazetteer::from_dir(dir)?,
        None => Gazetteer::bundled()?,
    };
    Extractor::builder()
        .explain(options.explain)
        .build(gazetteer)
}

/// Writes one line per file; returns the number of files that failed.
fn run_files(extractor: &Extractor, files: &[String], out: &mut impl Write) -> io::Result<usize> {
    let mut failures = 0;
    for file in files {
        let text = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                String::from_utf8(bytes).map_err(|e| {
                    format!(
                        "not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    )
                })
            });
        match text {
            Ok(text) => write_result(
                out,
                "file",
                &serde_json::Value::from(file.as_str()),
                extractor,
                &text,
            )?,
            Err(message) => {
                failures += 1;
                eprintln!("extract: {file}: {message}");
                write_error(
                    out,
                    "file",
                    &serde_json::Value::from(file.as_str()),
                    &message,
                )?;
            }
        }
    }
    Ok(failures)
}

/// Reads `{"id", "text"}` lines; returns the number of lines that failed.
fn run_jsonl(
    extractor: &Extractor,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<usize> {
    let mut failures = 0;
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(&line) {
            Ok((id, text)) => write_result(out, "id", &id, extractor, &text)?,
            Err((id, message)) => {
                failures += 1;
                eprintln!("extract: line {}: {message}", n + 1);
                write_error(
                    out,
                    "id",
                    &id.unwrap_or(serde_json::Value::from(n + 1)),
                    &message,
                )?;
            }
        }
    }
    Ok(failures)
}

type LineError = (Option<serde_json::Value>, String);

fn parse_line(line: &[u8]) -> Result<(serde_json::Value, String), LineError> {
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| (None, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned();
    match value.get("text").and_then(|t| t.as_str()) {
        Some(text) => Ok((id.unwrap_or(serde_json::Value::Null), text.to_owned())),
        None => Err((id, "no string field \"text\"".into())),
    }
}

fn write_result(
    out: &mut impl Write,
    key: &str,
    name: &serde_json::Value,
    extractor: &Extractor,
    text: &str,
) -> io::Result<()> {
    let extraction = extractor.extract(text);
    let body = serde_json::to_string(&extraction).map_err(io::Error::other)?;
    // `body` is a JSON object; put the name first.
    write!(out, "{{{}:{},", serde_json::Value::from(key), name)?;
    out.write_all(&body.as_bytes()[1..])?;
    out.write_all(b"\n")
}

fn write_error(
    out: &mut impl Write,
    key: &str,
    name: &serde_json::Value,
    message: &str,
) -> io::Result<()> {
    let line = serde_json::json!({ key: name, "error": message });
    writeln!(out, "{line}")
}
