//! The crate's one error type.

use std::path::PathBuf;

/// An error from building a [`Gazetteer`](crate::Gazetteer) or an
/// [`Extractor`](crate::Extractor).
///
/// Extraction itself never fails; only loading and compiling data can. The
/// message names the file and line at fault, e.g.
/// `people.tsv:42: column "kind": unknown kind "persn" (expected person, organization or place)`,
/// and an underlying cause (an I/O error) is available through
/// [`std::error::Error::source`], not repeated in the message.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(#[from] Repr);

#[derive(Debug, thiserror::Error)]
pub(crate) enum Repr {
    #[error("{file}:{line}: {message}")]
    Line {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("{}: cannot read", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// An error at `file:line`.
    pub(crate) fn line(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error(Repr::Line {
            file: file.to_owned(),
            line,
            message: message.into(),
        })
    }

    /// An error about a whole file.
    pub(crate) fn file(file: &str, message: impl Into<String>) -> Error {
        Error(Repr::File {
            file: file.to_owned(),
            message: message.into(),
        })
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error(Repr::Io {
            path: path.into(),
            source,
        })
    }

    /// The file the error is about, when there is one.
    pub fn file_name(&self) -> Option<&str> {
        match &self.0 {
            Repr::Line { file, .. } | Repr::File { file, .. } => Some(file),
            Repr::Io { path, .. } => path.to_str(),
        }
    }

    /// The 1-based line the error is about, when there is one.
    pub fn line_number(&self) -> Option<usize> {
        match &self.0 {
            Repr::Line { line, .. } => Some(*line),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_file_and_line() {
        let e = Error::line("people.tsv", 42, "column \"kind\": unknown kind \"persn\"");
        assert_eq!(
            e.to_string(),
            "people.tsv:42: column \"kind\": unknown kind \"persn\""
        );
        assert_eq!(e.file_name(), Some("people.tsv"));
        assert_eq!(e.line_number(), Some(42));
    }

    #[test]
    fn io_cause_is_a_source_not_part_of_the_message() {
        use std::error::Error as _;
        let e = Error::io(
            "missing/people.tsv",
            std::io::Error::new(std::io::ErrorKind::NotFound, "gone"),
        );
        assert_eq!(e.to_string(), "missing/people.tsv: cannot read");
        assert_eq!(e.source().map(|s| s.to_string()), Some("gone".into()));
    }
}
