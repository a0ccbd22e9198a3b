//! The directory of HTML pages and its index.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use sayso::html::{self, IndexRow};

use crate::render::Page;

/// A directory that receives one HTML page per article and, at the end,
/// `index.html` listing them.
pub struct Pages {
    dir: PathBuf,
    rows: Vec<IndexRow>,
    used: HashSet<String>,
}

impl Pages {
    /// Creates `dir` (and its parents) if needed.
    pub fn create(dir: &Path) -> io::Result<Pages> {
        std::fs::create_dir_all(dir)?;
        Ok(Pages {
            dir: dir.to_owned(),
            rows: Vec::new(),
            used: HashSet::new(),
        })
    }

    /// The directory the pages go to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a page under a safe, unused file name.
    pub(crate) fn write(&mut self, page: Page) -> io::Result<()> {
        let file = self.file_name_for(&page.name);
        std::fs::write(self.dir.join(&file), page.html)?;
        let mut row = page.row;
        row.title = page.title;
        row.href = file;
        self.rows.push(row);
        Ok(())
    }

    /// `name` cut to 80 safe characters, never hidden nor `index`, made
    /// unique with a number: file names come from the input, which may
    /// hold anything.
    fn file_name_for(&mut self, name: &str) -> String {
        let mut base: String = name
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
        file
    }

    /// Writes `index.html`, listing the pages written so far.
    pub fn finish(&self) -> io::Result<()> {
        std::fs::write(self.dir.join("index.html"), html::index(&self.rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages() -> Pages {
        Pages {
            dir: PathBuf::new(),
            rows: Vec::new(),
            used: HashSet::new(),
        }
    }

    #[test]
    fn file_names_are_safe_and_unique() {
        let mut p = pages();
        assert_eq!(p.file_name_for("a b/c"), "a_b_c.html");
        assert_eq!(p.file_name_for("a b/c"), "a_b_c-2.html");
        assert_eq!(p.file_name_for("index"), "article-index.html");
        assert_eq!(p.file_name_for(".."), "article-...html");
        assert_eq!(p.file_name_for(""), "article-.html");
        assert_eq!(p.file_name_for(&"x".repeat(100)).len(), 85);
    }
}
