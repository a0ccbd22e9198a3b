//! Extracts entities and quotations from articles, one JSON line each.
//!
//! ```text
//! extract [--explain] [--gazetteer DIR] [--html DIR] FILE...
//! extract [--explain] [--gazetteer DIR] [--html DIR] --jsonl < articles.jsonl
//! ```
//!
//! With files, each output line is `{"file": …, "entities": […], "quotes": […]}`.
//! With `--jsonl`, each input line `{"id": …, "text": …}` gives one output
//! line with the same `id`, in input order, in constant memory (in parallel
//! when built with the `rayon` feature). An input that cannot be read or
//! parsed, an empty line included, gives a line
//! `{"file"|"id"|"line": …, "error": …}` and a message on stderr; the others
//! are still processed, and the exit status is 1 at the end.
//!
//! `--gazetteer DIR` uses the `.tsv` files of DIR (with the bundled word
//! lists) instead of the bundled gazetteer. `--html DIR` also writes one
//! HTML page per article into DIR, and `index.html` listing them.

use std::collections::HashSet;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sayso::html::{self, IndexRow};
use sayso::{Extraction, Extractor, Gazetteer};

const USAGE: &str =
    "usage: extract [--explain] [--gazetteer DIR] [--html DIR] (FILE... | --jsonl < INPUT.jsonl)";

struct Options {
    explain: bool,
    jsonl: bool,
    gazetteer: Option<String>,
    html: Option<PathBuf>,
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
    let mut pages = match &options.html {
        Some(dir) => match Pages::new(dir) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("extract: {}: {e}", dir.display());
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if options.jsonl {
        run_jsonl(&extractor, io::stdin().lock(), &mut out, pages.as_mut())
    } else {
        run_files(&extractor, &options.files, &mut out, pages.as_mut())
    };
    let result = result
        .and_then(|failures| out.flush().map(|()| failures))
        .and_then(|failures| match &pages {
            Some(p) => p.finish().map(|()| failures),
            None => Ok(failures),
        });
    match result {
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
        html: None,
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
            "--html" => {
                options.html = Some(args.next().ok_or("--html needs a directory")?.into());
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

/// One input's output: its JSON line, the message for stderr when it
/// failed, and its HTML page when pages are wanted.
struct Rendered {
    line: Vec<u8>,
    error: Option<String>,
    page: Option<Page>,
}

struct Page {
    name: String,
    title: String,
    html: String,
    row: IndexRow,
}

/// Writes one line per file; returns the number of files that failed.
fn run_files(
    extractor: &Extractor,
    files: &[String],
    out: &mut impl Write,
    mut pages: Option<&mut Pages>,
) -> io::Result<usize> {
    let mut failures = 0;
    for file in files {
        let name = serde_json::Value::from(file.as_str());
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
        let rendered = match text {
            Ok(text) => {
                let stem = Path::new(file)
                    .file_stem()
                    .map_or(file.clone(), |s| s.to_string_lossy().into_owned());
                render_text(extractor, "file", &name, &text, &stem, pages.is_some())
                    .unwrap_or_else(|e| failed("file", name.clone(), file, e.to_string()))
            }
            Err(message) => failed("file", name, file, message),
        };
        failures += emit(rendered, out, pages.as_deref_mut())?;
    }
    Ok(failures)
}

/// Lines read and extracted together: memory stays bounded whatever the
/// input's size, and output keeps the input's order.
const CHUNK_LINES: usize = 256;

/// Reads `{"id", "text"}` lines; returns the number of lines that failed.
pub(crate) fn run_jsonl(
    extractor: &Extractor,
    input: impl BufRead,
    out: &mut impl Write,
    mut pages: Option<&mut Pages>,
) -> io::Result<usize> {
    let mut failures = 0;
    let mut lines = input.split(b'\n').enumerate();
    let want_pages = pages.is_some();
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
        for rendered in render_all(&chunk, |n, line| {
            render_line(extractor, n, line, want_pages)
        }) {
            failures += emit(rendered, out, pages.as_deref_mut())?;
        }
    }
}

#[cfg(feature = "rayon")]
fn render_all(
    chunk: &[(usize, Vec<u8>)],
    render: impl Fn(usize, &[u8]) -> Rendered + Sync,
) -> Vec<Rendered> {
    use rayon::prelude::*;
    chunk.par_iter().map(|(n, line)| render(*n, line)).collect()
}

#[cfg(not(feature = "rayon"))]
fn render_all(
    chunk: &[(usize, Vec<u8>)],
    render: impl Fn(usize, &[u8]) -> Rendered,
) -> Vec<Rendered> {
    chunk.iter().map(|(n, line)| render(*n, line)).collect()
}

/// The output for input line `n`.
fn render_line(extractor: &Extractor, n: usize, line: &[u8], want_page: bool) -> Rendered {
    let where_ = format!("line {n}");
    match parse_line(line) {
        Ok((id, text)) => {
            let stem = match &id {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => format!("line-{n}"),
                other => other.to_string(),
            };
            render_text(extractor, "id", &id, &text, &stem, want_page)
                .unwrap_or_else(|e| failed("id", id, &where_, e.to_string()))
        }
        Err((Some(id), message)) => failed("id", id, &where_, message),
        Err((None, message)) => failed("line", serde_json::Value::from(n), &where_, message),
    }
}

/// Extracts one text and renders its line (and page).
fn render_text(
    extractor: &Extractor,
    key: &str,
    name: &serde_json::Value,
    text: &str,
    stem: &str,
    want_page: bool,
) -> io::Result<Rendered> {
    let extraction = extractor.extract(text);
    let mut line = Vec::new();
    write_result(&mut line, key, name, &extraction)?;
    let page = want_page.then(|| {
        let title = title_of(text, stem);
        Page {
            name: stem.to_owned(),
            html: html::page(&title, text, &extraction),
            row: IndexRow::new(&title, "", &extraction),
            title,
        }
    });
    Ok(Rendered {
        line,
        error: None,
        page,
    })
}

/// An article's first line, shortened, as its title; else its name.
fn title_of(text: &str, fallback: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(fallback);
    let mut title: String = first.chars().take(120).collect();
    if first.chars().count() > 120 {
        title.push('…');
    }
    title
}

fn failed(key: &str, name: serde_json::Value, where_: &str, message: String) -> Rendered {
    let mut line = Vec::new();
    if write_error(&mut line, key, &name, &message).is_err() {
        line = b"{\"error\":\"cannot render the error\"}\n".to_vec();
    }
    Rendered {
        line,
        error: Some(format!("{where_}: {message}")),
        page: None,
    }
}

/// Writes a rendered input; returns 1 if it failed, else 0.
fn emit(rendered: Rendered, out: &mut impl Write, pages: Option<&mut Pages>) -> io::Result<usize> {
    out.write_all(&rendered.line)?;
    if let (Some(pages), Some(page)) = (pages, rendered.page) {
        pages.write(page)?;
    }
    Ok(match rendered.error {
        Some(message) => {
            eprintln!("extract: {message}");
            1
        }
        None => 0,
    })
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
    extraction: &Extraction,
) -> io::Result<()> {
    let body = serde_json::to_string(extraction).map_err(io::Error::other)?;
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

/// The directory of HTML pages and the rows of its index.
pub(crate) struct Pages {
    dir: PathBuf,
    rows: Vec<IndexRow>,
    used: HashSet<String>,
}

impl Pages {
    fn new(dir: &Path) -> io::Result<Pages> {
        std::fs::create_dir_all(dir)?;
        Ok(Pages {
            dir: dir.to_owned(),
            rows: Vec::new(),
            used: HashSet::new(),
        })
    }

    /// Writes a page under a safe, unused file name.
    fn write(&mut self, page: Page) -> io::Result<()> {
        let mut base: String = page
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .take(80)
            .collect();
        if base.is_empty() || base.starts_with('.') || base == "index" {
            base.insert_str(0, "article-");
        }
        let mut file = format!("{base}.html");
        let mut n = 2;
        while !self.used.insert(file.clone()) {
            file = format!("{base}-{n}.html");
            n += 1;
        }
        std::fs::write(self.dir.join(&file), page.html)?;
        let mut row = page.row;
        row.title = page.title;
        row.href = file;
        self.rows.push(row);
        Ok(())
    }

    fn finish(&self) -> io::Result<()> {
        std::fs::write(self.dir.join("index.html"), html::index(&self.rows))
    }
}
