//! What a gazetteer directory holds, once it is known to load and build.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::path::{Path, PathBuf};

use sayso::{EntityKind, Extractor, Gazetteer};

/// The counts `sayso check` prints for a gazetteer directory.
#[derive(Debug)]
pub struct GazetteerReport {
    /// What each `.tsv` file of the directory added, in load order.
    pub files: Vec<FileCounts>,
    /// The entities, by kind.
    pub entities: BTreeMap<EntityKind, usize>,
    /// The aliases listed for the entities (spelling variants not counted).
    pub aliases: usize,
    /// The rows of each word list: the bundled lists plus the directory's.
    pub lists: Vec<(&'static str, usize)>,
    /// The distinct folded patterns the built extractor matches, spelling
    /// variants included.
    pub patterns: usize,
}

/// What one file of a gazetteer directory added.
#[derive(Debug)]
pub struct FileCounts {
    /// The file, as errors name it.
    pub file: String,
    /// Entities added.
    pub entities: usize,
    /// Aliases of those entities.
    pub aliases: usize,
    /// Rows added to word lists, for the lists it added to.
    pub lists: Vec<(&'static str, usize)>,
}

/// Loads `dir` as `--gazetteer` does (the bundled word lists plus the
/// directory's `.tsv` files) and builds an extractor from it; the error
/// names the file and line at fault.
pub fn check_gazetteer(dir: &Path) -> Result<GazetteerReport, Box<dyn Error>> {
    let extractor = Extractor::builder().build(Gazetteer::from_dir(dir)?)?;
    let gazetteer = extractor.gazetteer();
    let mut entities = BTreeMap::new();
    for entry in gazetteer.entries() {
        *entities.entry(entry.kind()).or_insert(0) += 1;
    }
    Ok(GazetteerReport {
        files: counts_per_file(dir)?,
        entities,
        aliases: alias_count(gazetteer.entries()),
        lists: gazetteer.list_sizes(),
        patterns: extractor.pattern_count(),
    })
}

/// Loads the files of `dir` again one by one, in the order
/// [`Gazetteer::load_dir`] does, to tell what each added: the gazetteer
/// keeps no record of where an entry came from.
fn counts_per_file(dir: &Path) -> Result<Vec<FileCounts>, Box<dyn Error>> {
    let mut gazetteer = Gazetteer::with_bundled_lists()?;
    let mut files = Vec::new();
    for path in tsv_files(dir) {
        let (entries_before, lists_before) = (gazetteer.len(), gazetteer.list_sizes());
        let file = path.display().to_string();
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{file}: cannot read: {e}"))?;
        gazetteer.load_str(&file, &text)?;
        let added = &gazetteer.entries()[entries_before..];
        let lists = gazetteer
            .list_sizes()
            .into_iter()
            .zip(lists_before)
            .filter(|((_, after), (_, before))| after > before)
            .map(|((name, after), (_, before))| (name, after - before))
            .collect();
        files.push(FileCounts {
            file,
            entities: added.len(),
            aliases: alias_count(added),
            lists,
        });
    }
    Ok(files)
}

/// The `.tsv` files of `dir`, sorted as [`Gazetteer::load_dir`] sorts them.
fn tsv_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "tsv") && path.is_file())
        .collect();
    paths.sort();
    paths
}

fn alias_count(entries: &[sayso::Entry]) -> usize {
    entries.iter().map(|e| e.aliases().len()).sum()
}

impl fmt::Display for GazetteerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for file in &self.files {
            write!(
                f,
                "{}: {} entities, {} aliases",
                file.file, file.entities, file.aliases
            )?;
            for (list, rows) in &file.lists {
                write!(f, ", {rows} {list}")?;
            }
            writeln!(f)?;
        }
        let total: usize = self.entities.values().sum();
        let kinds: Vec<String> = self
            .entities
            .iter()
            .map(|(kind, n)| format!("{kind} {n}"))
            .collect();
        writeln!(f, "entities: {total} ({})", kinds.join(", "))?;
        writeln!(f, "aliases: {}", self.aliases)?;
        let lists: Vec<String> = self
            .lists
            .iter()
            .map(|(list, rows)| format!("{list} {rows}"))
            .collect();
        writeln!(f, "word lists: {}", lists.join(", "))?;
        writeln!(f, "patterns: {}", self.patterns)
    }
}
