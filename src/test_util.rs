//! Helpers shared by the table tests beside the code.

/// Asserts that the names of a table's cases are all different, so that a
/// failure names one case.
pub(crate) fn assert_unique<'a>(names: impl IntoIterator<Item = &'a str>) {
    let mut names: Vec<&str> = names.into_iter().collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "case names repeat");
}
