//! Python bindings of sayso: the people, organizations and places a news
//! article names, and who said what.
//!
//! The crate reports UTF-8 byte offsets; Python indexes strings by
//! character, so every offset these bindings hand to Python is converted,
//! in one pass over each document, into a character offset of the `str`
//! that was extracted. Only `Extraction.to_json()` keeps the crate's byte
//! offsets, being the crate's own JSON.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

mod extraction;
mod extractor;
mod objects;
mod offsets;

create_exception!(
    sayso,
    GazetteerError,
    PyValueError,
    "A gazetteer that cannot be read or compiled. The message names the file and line at fault; the attributes `file` and `line` hold them (or None)."
);

/// The compiled core of the `sayso` package.
#[pymodule]
fn _sayso(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add_class::<extractor::Extractor>()?;
    module.add_class::<extraction::Extraction>()?;
    module.add_class::<objects::Entity>()?;
    module.add_class::<objects::Mention>()?;
    module.add_class::<objects::Designation>()?;
    module.add_class::<objects::Quote>()?;
    module.add_class::<objects::Speaker>()?;
    module.add_class::<objects::Span>()?;
    module.add("GazetteerError", py.get_type::<GazetteerError>())?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
