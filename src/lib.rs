//! sayso reads news articles and says who and what they name, and who said
//! what.
#![deny(missing_docs, unsafe_code, rustdoc::broken_intra_doc_links)]

mod entities;
mod error;
mod extract;
mod gazetteer;
mod quotes;
mod span;
mod text;

pub use crate::entities::{Choice, Entity, EntityId, EntityKind, How, Mention, Source};
pub use crate::error::Error;
pub use crate::extract::{Extraction, Extractor, ExtractorBuilder, MAX_DOCUMENT_BYTES};
pub use crate::gazetteer::{Entry, Gazetteer, Role};
pub use crate::quotes::{Quote, QuoteKind, QuoteRule, Speaker};
pub use crate::span::Span;
