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

/// Lines read and extracted together: memory stays bounded whatever the
/// input's size, and output keeps the input's order.
const CHUNK_LINES: usize = 256;

/// One output line, and the message for stderr when the input failed.
struct Rendered {
    line: Vec<u8>,
    error: Option<String>,
}

/// Reads `{"id", "text"}` lines; returns the number of lines that failed.
fn run_jsonl(
    extractor: &Extractor,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<usize> {
    let mut failures = 0;
    let mut lines = input.split(b'\n').enumerate();
    loop {
        let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK_LINES);
        for (n, line) in lines.by_ref() {
            let mut line = line?;
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            chunk.push((n + 1, line));
            if chunk.len() == CHUNK_LINES {
                break;
            }
        }
        if chunk.is_empty() {
            return Ok(failures);
        }
        for rendered in render_all(extractor, &chunk) {
            if let Some(message) = rendered.error {
                failures += 1;
                eprintln!("extract: {message}");
            }
            out.write_all(&rendered.line)?;
        }
    }
}

#[cfg(feature = "rayon")]
fn render_all(extractor: &Extractor, chunk: &[(usize, Vec<u8>)]) -> Vec<Rendered> {
    use rayon::prelude::*;
    chunk
        .par_iter()
        .map(|(n, line)| render(extractor, *n, line))
        .collect()
}

#[cfg(not(feature = "rayon"))]
fn render_all(extractor: &Extractor, chunk: &[(usize, Vec<u8>)]) -> Vec<Rendered> {
    chunk
        .iter()
        .map(|(n, line)| render(extractor, *n, line))
        .collect()
}

/// The output line for input line `n`.
fn render(extractor: &Extractor, n: usize, line: &[u8]) -> Rendered {
    let mut out = Vec::new();
    match parse_line(line) {
        Ok((id, text)) => match write_result(&mut out, "id", &id, extractor, &text) {
            Ok(()) => Rendered {
                line: out,
                error: None,
            },
            Err(e) => failed(n, Some(id), e.to_string()),
        },
        Err((id, message)) => failed(n, id, message),
    }
}

fn failed(n: usize, id: Option<serde_json::Value>, message: String) -> Rendered {
    let mut line = Vec::new();
    let written = match &id {
        Some(id) => write_error(&mut line, "id", id, &message),
        None => write_error(&mut line, "line", &serde_json::Value::from(n), &message),
    };
    if written.is_err() {
        line = b"{\"error\":\"cannot render the error\"}\n".to_vec();
    }
    Rendered {
        line,
        error: Some(format!("line {n}: {message}")),
    }
}

type LineError = (Option<serde_json::Value>, String);

fn parse_line(line: &[u8]) -> Result<(serde_json::Value, String), LineError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((None, "empty line".into()));
    }
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
