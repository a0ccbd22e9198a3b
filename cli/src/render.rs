//! One input's output: its JSON line, its message for stderr when it failed,
//! and its HTML page when pages are wanted.

use std::io::{self, Write};
use std::path::Path;

use sayso::html::{self, IndexRow};
use sayso::{Extraction, Extractor};
use serde_json::Value;

/// What one input gives, rendered on a worker thread and written in input
/// order.
pub(crate) struct Rendered {
    pub(crate) line: Vec<u8>,
    pub(crate) error: Option<String>,
    pub(crate) page: Option<Page>,
}

/// An article's HTML page, before it gets a file name.
pub(crate) struct Page {
    pub(crate) name: String,
    pub(crate) title: String,
    pub(crate) html: String,
    pub(crate) row: IndexRow,
}

/// Reads and extracts one file; a file that cannot be read or is not UTF-8
/// gives an error line.
pub(crate) fn render_file(extractor: &Extractor, file: &Path, want_page: bool) -> Rendered {
    let shown = file.to_string_lossy();
    let name = Value::from(shown.as_ref());
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
        Ok(text) => {
            let stem = file
                .file_stem()
                .map_or_else(|| shown.to_string(), |s| s.to_string_lossy().into_owned());
            render_text(extractor, "file", &name, &text, &stem, want_page)
                .unwrap_or_else(|e| failed("file", name.clone(), &shown, e.to_string()))
        }
        Err(message) => failed("file", name, &shown, message),
    }
}

/// The output for line `n` (1-based) of JSONL input.
pub(crate) fn render_line(
    extractor: &Extractor,
    n: usize,
    line: &[u8],
    want_page: bool,
) -> Rendered {
    let where_ = format!("line {n}");
    match parse_line(line) {
        Ok((id, text)) => {
            let stem = match &id {
                Value::String(s) => s.clone(),
                Value::Null => format!("line-{n}"),
                other => other.to_string(),
            };
            render_text(extractor, "id", &id, &text, &stem, want_page)
                .unwrap_or_else(|e| failed("id", id, &where_, e.to_string()))
        }
        Err((Some(id), message)) => failed("id", id, &where_, message),
        Err((None, message)) => failed("line", Value::from(n), &where_, message),
    }
}

/// Extracts one text and renders its line (and page).
fn render_text(
    extractor: &Extractor,
    key: &str,
    name: &Value,
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

/// The error line of an input named `name`, and the message that says
/// `where_` it failed.
fn failed(key: &str, name: Value, where_: &str, message: String) -> Rendered {
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

/// Why a JSONL line gives no text, with its `id` when it has one.
type LineError = (Option<Value>, String);

/// The `id` (null when absent) and `text` of a JSONL line.
fn parse_line(line: &[u8]) -> Result<(Value, String), LineError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((None, "empty line".into()));
    }
    let value: Value =
        serde_json::from_slice(line).map_err(|e| (None, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned();
    match value.get("text").and_then(|t| t.as_str()) {
        Some(text) => Ok((id.unwrap_or(Value::Null), text.to_owned())),
        None => Err((id, "no string field \"text\"".into())),
    }
}

/// `{key: name, "entities": …, "quotes": …}` on one line.
fn write_result(
    out: &mut impl Write,
    key: &str,
    name: &Value,
    extraction: &Extraction,
) -> io::Result<()> {
    let body = serde_json::to_string(extraction).map_err(io::Error::other)?;
    // `body` is a JSON object; put the name first.
    write!(out, "{{{}:{},", Value::from(key), name)?;
    out.write_all(&body.as_bytes()[1..])?;
    out.write_all(b"\n")
}

/// `{"error": message, key: name}` on one line.
fn write_error(out: &mut impl Write, key: &str, name: &Value, message: &str) -> io::Result<()> {
    let line = serde_json::json!({ key: name, "error": message });
    writeln!(out, "{line}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_needs_json_with_a_string_text() {
        assert_eq!(parse_line(b" \t").unwrap_err().1, "empty line");
        assert!(parse_line(b"{").unwrap_err().1.starts_with("not JSON"));
        let (id, message) = parse_line(br#"{"id": 7, "text": 3}"#).unwrap_err();
        assert_eq!(
            (id, message.as_str()),
            (Some(Value::from(7)), "no string field \"text\"")
        );
        let (id, text) = parse_line(br#"{"text": "Hi."}"#).unwrap();
        assert_eq!((id, text.as_str()), (Value::Null, "Hi."));
    }

    #[test]
    fn a_title_is_the_first_line_shortened() {
        assert_eq!(title_of("\n  Mosul falls  \nmore", "x"), "Mosul falls");
        assert_eq!(title_of(" \n", "fallback"), "fallback");
        let long = "a".repeat(130);
        assert_eq!(title_of(&long, "x").chars().count(), 121);
    }
}
