//! Words that steer acronym discovery (`gazetteer/acronyms.tsv`): the
//! connectors of long forms in other languages, the capital abbreviations
//! that name no organization, the signs that make a capital token a
//! currency, and the prefixes of ships' names.
//!
//! Like `grammar.tsv`, the words are folded at build by the folder that
//! folds the text, so discovery never compares a token with a literal.

use super::tsv::Row;
use crate::error::Error;

/// The header of `acronyms.tsv`.
pub(crate) const COLUMNS: &[&str] = &["word", "use"];

/// What a row of `acronyms.tsv` says of its word.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum AcronymUse {
    /// A lower-case word of a long form that its acronym may pass over, in
    /// a language other than English (`de`, `la`, `für`); English
    /// connectors are the closed-class words of `grammar.tsv`.
    Connector,
    /// A capital abbreviation that is not an organization's name: a common
    /// noun (`GDP`, `CEO`), a unit, a currency, a time zone, a role.
    NotOrganization,
    /// A sign written against a capital token that makes it a currency:
    /// `US$`, `HK$`.
    Sign,
    /// A prefix of ships' names (`USS`, `HMS`, `MV`): the name after it is
    /// a ship's, no person's, place's or organization's.
    Vessel,
}

impl AcronymUse {
    /// Every use with its name in the file.
    pub(crate) const ALL: &'static [(&'static str, AcronymUse)] = &[
        ("connector", AcronymUse::Connector),
        ("not-organization", AcronymUse::NotOrganization),
        ("sign", AcronymUse::Sign),
        ("vessel", AcronymUse::Vessel),
    ];
}

/// One row of `acronyms.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct AcronymWord {
    pub(crate) word: String,
    pub(crate) use_: AcronymUse,
}

/// The words of `file`'s rows, or the `file:line` of the first bad one.
pub(crate) fn parse(file: &str, rows: Vec<Row<'_>>) -> Result<Vec<AcronymWord>, Error> {
    rows.into_iter()
        .map(|row| {
            let f = &row.fields;
            if f[0].is_empty() {
                return Err(Error::line(file, row.line, "column \"word\": empty"));
            }
            let Some(&(_, use_)) = AcronymUse::ALL.iter().find(|(name, _)| *name == f[1]) else {
                let names: Vec<&str> = AcronymUse::ALL.iter().map(|(n, _)| *n).collect();
                return Err(Error::line(
                    file,
                    row.line,
                    format!(
                        "column \"use\": unknown value {:?} (expected {})",
                        f[1],
                        names.join(", ")
                    ),
                ));
            };
            Ok(AcronymWord {
                word: f[0].to_owned(),
                use_,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::Gazetteer;

    #[test]
    fn an_unknown_use_names_its_line() {
        let e = Gazetteer::empty()
            .load_str("a.tsv", "word\tuse\nGDP\tnot-organization\nde\tjoins\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.tsv:3:") && e.contains("joins"), "{e}");
    }

    #[test]
    fn the_bundled_list_has_every_use() {
        let g = Gazetteer::with_bundled_lists().unwrap();
        for &(name, use_) in super::AcronymUse::ALL {
            assert!(
                g.lists.acronym_words.iter().any(|w| w.use_ == use_),
                "no {name} row"
            );
        }
    }
}
