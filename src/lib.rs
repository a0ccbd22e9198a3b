//! sayso reads news articles and says who and what they name, and who said
//! what.
//!
//! # Overview
//!
//! An [`Extractor`] is built once from a [`Gazetteer`] (the bundled one, or
//! your own tab-separated files) and then turns any `&str` into an
//! [`Extraction`]: the [`Entity`]s the text names, each [`Mention`] of them
//! with its [`Span`] of bytes in your original text, and the [`Quote`]s with
//! their [`Speaker`]s. Building may fail (with the file and line at fault);
//! extracting never fails and never panics.
//!
//! The pipeline, one module per stage:
//!
//! 1. **text** — paragraphs, sentences and tokens over the original text,
//!    each distinct spelling folded once (case, diacritics, quote and dash
//!    forms, transliteration);
//! 2. **gazetteer** — the data files, parsed with `file:line` errors, every
//!    alias expanded into spelling variants and compiled into one trie of
//!    folded words;
//! 3. **entities** — matching word by word at the tokens that can start a name,
//!    checked against the text's letter case, then resolved to one entry by
//!    prior and context (a title before a name, a preposition of place, the
//!    rest of the document); names no list knows are discovered by method
//!    (titles, appositions, name shapes, cue words, acronyms, and what the
//!    sentence does with a name: `Fashanu said`, `Fashanu, 45,`), each
//!    mention saying [`How`] it was found;
//! 4. **quotes** — quotation marks paired as writers use them, then one
//!    phrase layer over the document (names, pronouns, noun phrases,
//!    speech cues, appositions, clause boundaries, each word's grammar
//!    class from `gazetteer/grammar.tsv`) that a table of short attribution
//!    rules reads to find each quotation's speaker, the subject of its
//!    cue's clause; each [`Quote`] names the [`QuoteRule`] that fired.
//!
//! # Examples
//!
//! ```
//! use sayso::Extractor;
//!
//! let extractor = Extractor::new()?;
//! let text = "“The coalition will hand over the sites,” al-Khafaji said in Baghdad.";
//! let extraction = extractor.extract(text);
//! let names: Vec<&str> = extraction.mentions().iter().map(|m| &text[m.span()]).collect();
//! // The speaker is found by what the sentence does with the name.
//! assert_eq!(names, ["al-Khafaji", "Baghdad"]);
//! let quote = &extraction.quotes()[0];
//! assert_eq!(quote.speaker().map(|s| &text[s.span()]), Some("al-Khafaji"));
//! # Ok::<(), sayso::Error>(())
//! ```
//!
//! A gazetteer of your own, with the bundled word lists:
//!
//! ```
//! use sayso::{Extractor, Gazetteer};
//!
//! let mut gazetteer = Gazetteer::with_bundled_lists()?;
//! gazetteer.load_str(
//!     "people.tsv",
//!     "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n\
//!      sayso:tahsin-al-khafaji\tperson\tTahsin al-Khafaji\t\t40\t\tIQ\t\n",
//! )?;
//! let extractor = Extractor::builder().build(gazetteer)?;
//! let text = "Maj. Gen. Tahseen Khafaji spoke. Al-Khafaji said more.";
//! let extraction = extractor.extract(text);
//! assert_eq!(extraction.entities().len(), 1);
//! assert_eq!(extraction.mentions().len(), 2);
//! # Ok::<(), sayso::Error>(())
//! ```
//!
//! # Limits
//!
//! Extraction accepts any `&str` and runs in time linear in its length
//! (`examples/adversarial.rs` measures documents of quotation marks, of
//! megabytes without a space, of nested brackets, of capitalised words and
//! of titles). What it will not do, by design:
//!
//! - A document longer than [`MAX_DOCUMENT_BYTES`] (4 GiB) is analysed up
//!   to the last character boundary before that size; offsets are 32-bit
//!   inside the token table.
//! - A quotation whose closing mark never comes ends with its paragraph,
//!   and is dropped when that would make it longer than 200 tokens.
//!   Attribution looks 40 tokens before a quotation and 24 after it,
//!   within its sentence (and the next, when the quotation is a sentence of
//!   its own and the next has at most 14 tokens); a speaker's noun phrase
//!   has at most 12 tokens; reported speech is cut at 120 tokens; a
//!   discovered name has at most 8.
//! - A gazetteer line may hold 1 MiB; a longer one is an error. Letter case
//!   is checked on an alias's first 32 tokens, and inside a word on its
//!   first 32 letters. Entities, aliases and patterns are numbered with 32
//!   bits, trie nodes with 31. The bundled gazetteer compiles in about a
//!   quarter of a second into about 80 MB.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize` for [`Extraction`] and the types in it,
//!   in the JSON format of the `sayso extract` command (`cli/`).
//! - `html` (default): the [`html`] module, which renders an article and its
//!   extraction as a self-contained HTML page.
//! - `rayon`: `Extractor::extract_batch`, which extracts many documents
//!   on all cores.
#![deny(missing_docs, unsafe_code, rustdoc::broken_intra_doc_links)]

mod entities;
mod error;
mod extract;
mod gazetteer;
#[cfg(feature = "html")]
pub mod html;
mod quotes;
mod span;
#[cfg(test)]
mod test_util;
mod text;

pub use crate::entities::{
    Choice, Designation, Entity, EntityId, EntityKind, How, Mention, Source,
};
pub use crate::error::Error;
pub use crate::extract::{Extraction, Extractor, ExtractorBuilder, MAX_DOCUMENT_BYTES, stages};
pub use crate::gazetteer::{Entry, Gazetteer, Role};
pub use crate::quotes::{Quote, QuoteKind, QuoteRule, Speaker};
pub use crate::span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
