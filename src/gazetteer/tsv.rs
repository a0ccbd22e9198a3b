//! Tab-separated data files: comments, a header, rows with `file:line` errors.

use crate::error::Error;

/// The longest line a data file may have. Longer lines are an error rather
/// than a reason to hold megabytes of one alias list in memory.
pub(crate) const MAX_LINE_BYTES: usize = 1 << 20;

/// One data row: its 1-based line number and its fields, trimmed.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    pub(crate) fields: Vec<&'a str>,
}

/// The first line of `text` that is not blank or a comment, if any.
pub(crate) fn header(text: &str) -> Option<&str> {
    lines(text)
        .map(|(_, line)| line)
        .find(|line| !is_skipped(line))
}

/// Parses `text` (named `file` in errors), whose header must be `columns`.
pub(crate) fn rows<'a>(file: &str, text: &'a str, columns: &[&str]) -> Result<Vec<Row<'a>>, Error> {
    let mut out = Vec::new();
    let mut seen_header = false;
    for (line_no, line) in lines(text) {
        if line.len() > MAX_LINE_BYTES {
            return Err(Error::line(
                file,
                line_no,
                format!(
                    "line is {} bytes long; the limit is {MAX_LINE_BYTES}",
                    line.len()
                ),
            ));
        }
        if is_skipped(line) {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !seen_header {
            if fields != columns {
                return Err(Error::line(
                    file,
                    line_no,
                    format!(
                        "header must be {:?} (tab-separated), found {line:?}",
                        columns.join(" ")
                    ),
                ));
            }
            seen_header = true;
            continue;
        }
        if fields.len() != columns.len() {
            return Err(Error::line(
                file,
                line_no,
                format!(
                    "expected {} tab-separated columns ({}), found {}",
                    columns.len(),
                    columns.join(", "),
                    fields.len()
                ),
            ));
        }
        out.push(Row {
            line: line_no,
            fields,
        });
    }
    if !seen_header {
        return Err(Error::file(
            file,
            format!("no header line; expected {:?}", columns.join(" ")),
        ));
    }
    Ok(out)
}

/// Splits `|`-separated values; an empty field gives none, an empty value
/// between separators is an error.
pub(crate) fn list<'a>(
    file: &str,
    row: &Row<'a>,
    column: &str,
    value: &'a str,
) -> Result<Vec<&'a str>, Error> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    value
        .split('|')
        .map(|v| {
            let v = v.trim();
            if v.is_empty() {
                Err(Error::line(
                    file,
                    row.line,
                    format!("column {column:?}: empty value between `|` separators"),
                ))
            } else {
                Ok(v)
            }
        })
        .collect()
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)))
}

fn is_skipped(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_checks_header_and_columns() {
        let text = "# comment\n\na\tb\n1\t2\r\n# more\n3\t4\n";
        let rows = rows("f.tsv", text, &["a", "b"]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 4);
        assert_eq!(rows[1].fields, ["3", "4"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases: &[(&str, &str)] = &[
            ("x\ty\n", "f.tsv:1: header must be"),
            (
                "a\tb\n1\t2\t3\n",
                "f.tsv:2: expected 2 tab-separated columns (a, b), found 3",
            ),
            ("# only a comment\n", "f.tsv: no header line"),
        ];
        for (text, want) in cases {
            let e = rows("f.tsv", text, &["a", "b"]).unwrap_err().to_string();
            assert!(e.starts_with(want), "{e:?} should start with {want:?}");
        }
    }

    #[test]
    fn overlong_line_is_an_error() {
        let text = format!("a\tb\n{}\tx\n", "y".repeat(MAX_LINE_BYTES));
        let e = rows("f.tsv", &text, &["a", "b"]).unwrap_err().to_string();
        assert!(e.starts_with("f.tsv:2: line is"), "{e}");
    }

    #[test]
    fn empty_list_value_is_an_error() {
        let text = "a\tb\n1\tx||y\n";
        let rs = rows("f.tsv", text, &["a", "b"]).unwrap();
        let e = list("f.tsv", &rs[0], "b", rs[0].fields[1])
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "f.tsv:2: column \"b\": empty value between `|` separators"
        );
        assert!(list("f.tsv", &rs[0], "b", "").unwrap().is_empty());
    }
}
