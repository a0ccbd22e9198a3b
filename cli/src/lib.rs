//! The workings of the `sayso` command, which reads news articles and
//! writes their people, organizations, places and quotations as JSON lines
//! or HTML pages.
//!
//! The command itself is `src/main.rs`: its options and exit codes. This
//! library is what it runs, public so that the fuzz targets and tests can
//! run it too; it is no stable interface.
//!
//! ```no_run
//! use sayso_cli::{Output, run_files};
//!
//! let extractor = sayso::Extractor::shared()?;
//! let mut output = Output::new(std::io::stdout()).with_progress_on_terminal();
//! let failures = run_files(extractor, &["article.txt".into()], &mut output)?;
//! output.finish()?;
//! # let _ = failures;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs, unsafe_code)]

mod check;
mod pages;
mod render;
mod run;

pub use check::{FileCounts, GazetteerReport, check_gazetteer};
pub use pages::Pages;
pub use run::{Output, run_files, run_jsonl};
