//! The gazetteer: entities and word lists loaded from tab-separated files.
//!
//! The data format is documented in `gazetteer/README.md`. Every file is
//! recognised by its header line, so a directory may hold any number of
//! entity files next to the word lists. Loading checks every line and fails
//! with `file:line` and the problem; nothing is skipped silently.

pub(crate) mod acronym_words;
pub(crate) mod grammar;
mod inflect;
pub(crate) mod lexicon;
mod tsv;
pub(crate) mod variants;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::Arc;

use crate::entities::EntityKind;
use crate::error::Error;

const ENTITY_COLUMNS: &[&str] = &[
    "id", "kind", "name", "aliases", "prior", "case", "country", "roles",
];
const DEMONYM_COLUMNS: &[&str] = &["place", "demonyms"];
const NAME_PART_COLUMNS: &[&str] = &["name", "part", "common_word"];
const TITLE_COLUMNS: &[&str] = &["title", "class", "gender"];
const SPEECH_VERB_COLUMNS: &[&str] = &["lemma", "frame", "irregular", "except"];
const PARTICLE_COLUMNS: &[&str] = &["particle", "droppable"];
const TRANSLITERATION_COLUMNS: &[&str] = &["rule", "from", "to"];
/// The feature class of a country in the `roles` column of `places.tsv`.
const COUNTRY_CLASS: &str = "country";
/// The feature class of a first-level division in the `roles` column of
/// `places.tsv`.
const FIRST_LEVEL_DIVISION_CLASS: &str = "admin1";

const NAME_ORDER_COLUMNS: &[&str] = &["country", "order"];
const NAME_CUE_COLUMNS: &[&str] = &["cue", "kind", "position"];
const GRAMMAR_COLUMNS: &[&str] = &["word", "class"];
const WORD_COLUMNS: &[&str] = &["word"];

/// The bundled data files, by the name errors give them.
const BUNDLED_ENTITIES: &[(&str, &str)] = &[
    (
        "gazetteer/places.tsv",
        include_str!("../../gazetteer/places.tsv"),
    ),
    (
        "gazetteer/features.tsv",
        include_str!("../../gazetteer/features.tsv"),
    ),
    (
        "gazetteer/organizations.tsv",
        include_str!("../../gazetteer/organizations.tsv"),
    ),
    (
        "gazetteer/people.tsv",
        include_str!("../../gazetteer/people.tsv"),
    ),
];
const BUNDLED_LISTS: &[(&str, &str)] = &[
    (
        "gazetteer/demonyms.tsv",
        include_str!("../../gazetteer/demonyms.tsv"),
    ),
    (
        "gazetteer/name_parts.tsv",
        include_str!("../../gazetteer/name_parts.tsv"),
    ),
    (
        "gazetteer/titles.tsv",
        include_str!("../../gazetteer/titles.tsv"),
    ),
    (
        "gazetteer/speech_verbs.tsv",
        include_str!("../../gazetteer/speech_verbs.tsv"),
    ),
    (
        "gazetteer/particles.tsv",
        include_str!("../../gazetteer/particles.tsv"),
    ),
    (
        "gazetteer/transliteration.tsv",
        include_str!("../../gazetteer/transliteration.tsv"),
    ),
    (
        "gazetteer/name_cues.tsv",
        include_str!("../../gazetteer/name_cues.tsv"),
    ),
    (
        "gazetteer/name_order.tsv",
        include_str!("../../gazetteer/name_order.tsv"),
    ),
    (
        "gazetteer/grammar.tsv",
        include_str!("../../gazetteer/grammar.tsv"),
    ),
    (
        "gazetteer/acronyms.tsv",
        include_str!("../../gazetteer/acronyms.tsv"),
    ),
    (
        "gazetteer/words.tsv",
        include_str!("../../gazetteer/words.tsv"),
    ),
];

/// Entities and word lists, ready to be compiled into an
/// [`Extractor`](crate::Extractor).
///
/// ```
/// use sayso::{EntityKind, Gazetteer};
///
/// let mut gazetteer = Gazetteer::with_bundled_lists()?;
/// gazetteer.load_str(
///     "my/people.tsv",
///     "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n\
///      sayso:hans-sande\tperson\tHans Sande\t\t40\t\tNL\tAmbassador of the Netherlands to Iraq 2022-\n",
/// )?;
/// let hans = gazetteer.entries().last().unwrap();
/// assert_eq!(hans.kind(), EntityKind::Person);
/// assert_eq!(hans.roles()[0].since(), Some(2022));
/// # Ok::<(), sayso::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    ids: HashMap<Arc<str>, usize>,
    pub(crate) lists: Lists,
}

/// The word lists that steer matching and discovery.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lists {
    pub(crate) demonyms: Vec<Demonym>,
    pub(crate) name_parts: Vec<NamePart>,
    pub(crate) titles: Vec<Title>,
    pub(crate) speech_verbs: Vec<SpeechVerb>,
    pub(crate) particles: Vec<Particle>,
    pub(crate) rewrites: Vec<(String, String)>,
    pub(crate) same_spellings: Vec<(String, Vec<String>)>,
    pub(crate) family_first: Vec<String>,
    pub(crate) name_cues: Vec<NameCue>,
    pub(crate) grammar: Vec<grammar::GrammarWord>,
    /// The ordinary words of English, as a dictionary writes them.
    pub(crate) words: Vec<String>,
    pub(crate) acronym_words: Vec<acronym_words::AcronymWord>,
}

/// Where a cue stands relative to the name it types.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum CuePosition {
    /// Ends the name and belongs to it.
    Head,
    /// Ends a company's name and belongs to it, and is left out when the
    /// name is written again: `Ltd` in `Zantrofex Ltd … Zantrofex`.
    LegalForm,
    /// Starts a company's name and belongs to it, and is left out when the
    /// name is written again: `PT` in `PT Zantrofex … Zantrofex`.
    LegalFormPrefix,
    /// Starts the name and belongs to it.
    Prefix,
    /// Precedes the name, outside it.
    Before,
    /// Follows the name, outside it.
    After,
    /// Follows the names of a list, outside them: a plural (`districts` in
    /// `the Osk and Talmenes districts`).
    AfterList,
    /// Follows the name in the possessive, outside it: a person's `widow`
    /// in `Tallevan's widow`.
    Possessed,
    /// Starts a longer name of a place the gazetteer knows, and belongs to
    /// it: `North` in `North Arabian Sea`.
    Extends,
    /// Ends a longer name of a place the gazetteer knows, and belongs to
    /// it: `City` in `Antipolo City`.
    Closes,
    /// Makes one name of its kind with the place the gazetteer knows right
    /// after it, and belongs to it: `Health Canada`, `Air Tanzania`.
    WithPlace,
    /// Is a name by itself, capitalised with no other name beside it: the
    /// institution of the document's own country (`Congress passed`,
    /// `Parliament approved`).
    Alone,
    /// Is a unit of distance: the name before a comma and a number of such
    /// units is a place, outside it (`Kivoro, about 40 km north of`,
    /// `Tolvik, 12 miles away`).
    Distance,
}

impl CuePosition {
    /// Whether the cue ends the name and belongs to it: a head, or a
    /// legal form.
    pub(crate) fn is_head(self) -> bool {
        matches!(self, CuePosition::Head | CuePosition::LegalForm)
    }

    /// Whether the cue is read as one word of the text: a head, or a legal
    /// form before or after the name.
    pub(crate) fn is_one_word(self) -> bool {
        self.is_head() || self == CuePosition::LegalFormPrefix
    }
}

#[derive(Clone, Debug)]
pub(crate) struct NameCue {
    pub(crate) cue: String,
    pub(crate) kind: EntityKind,
    pub(crate) position: CuePosition,
}

/// One entity of the gazetteer.
#[derive(Clone, Debug)]
pub struct Entry {
    id: Arc<str>,
    kind: EntityKind,
    name: Arc<str>,
    aliases: Vec<String>,
    prior: u8,
    case: CaseRule,
    country: Option<String>,
    roles: Vec<Role>,
}

impl Entry {
    /// The stable identifier: `geonames:98182`, `wikidata:Q1065`, `sayso:islamic-state`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Person, organization or place.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The other surface forms listed for it (spelling variants are generated
    /// on top of these when the extractor is built).
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// Prominence from 0 to 100, used to choose between entries that share
    /// an alias.
    pub fn prior(&self) -> u8 {
        self.prior
    }

    /// The ISO 3166-1 alpha-2 code of its country, if it has one.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Offices, designating nouns or feature classes.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// Whether it is a country: a place of the feature class `country` in
    /// `places.tsv`.
    pub fn is_country(&self) -> bool {
        self.kind == EntityKind::Place && self.roles.iter().any(|r| r.title == COUNTRY_CLASS)
    }

    /// Whether it is a first-level division of a country (a state, a
    /// province): a place of the feature class `admin1` in `places.tsv`.
    pub(crate) fn is_first_level_division(&self) -> bool {
        self.kind == EntityKind::Place
            && self
                .roles
                .iter()
                .any(|r| r.title == FIRST_LEVEL_DIVISION_CLASS)
    }

    pub(crate) fn case(&self) -> CaseRule {
        self.case
    }

    pub(crate) fn shared_id(&self) -> &Arc<str> {
        &self.id
    }

    pub(crate) fn shared_name(&self) -> &Arc<str> {
        &self.name
    }
}

/// An office, designating noun or feature class of an [`Entry`], with the
/// years it was held when the data gives them.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Role {
    title: String,
    since: Option<u16>,
    until: Option<u16>,
}

impl Role {
    /// The role without its years: `President of the United States`.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The first year, if given.
    pub fn since(&self) -> Option<u16> {
        self.since
    }

    /// The last year, if the role has ended.
    pub fn until(&self) -> Option<u16> {
        self.until
    }

    fn parse(value: &str) -> Role {
        let years = value.rsplit_once(' ').and_then(|(title, years)| {
            let (since, until) = years.split_once('-')?;
            let since: u16 = parse_year(since)?;
            let until = if until.is_empty() {
                None
            } else {
                Some(parse_year(until)?)
            };
            Some((title, since, until))
        });
        match years {
            Some((title, since, until)) => Role {
                title: title.trim().to_owned(),
                since: Some(since),
                until,
            },
            None => Role {
                title: value.to_owned(),
                since: None,
                until: None,
            },
        }
    }
}

fn parse_year(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// How letter case must look in the text for an alias to match.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) enum CaseRule {
    /// Capital-only aliases match exactly, others need their capitals.
    #[default]
    Auto,
    /// Every alias only as written (ignoring full stops).
    Exact,
    /// Capitals where the alias has them, even for all-capital aliases.
    Title,
}

#[derive(Clone, Debug)]
pub(crate) struct Demonym {
    pub(crate) place: String,
    pub(crate) forms: Vec<String>,
    pub(crate) file: Arc<str>,
    pub(crate) line: usize,
}

#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum NamePartKind {
    Given,
    Surname,
    Both,
}

#[derive(Clone, Debug)]
pub(crate) struct NamePart {
    pub(crate) name: String,
    pub(crate) kind: NamePartKind,
    pub(crate) common_word: bool,
}

#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum TitleClass {
    Honorific,
    Military,
    Office,
    Role,
}

#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Gender {
    He,
    She,
}

#[derive(Clone, Debug)]
pub(crate) struct Title {
    pub(crate) title: String,
    pub(crate) class: TitleClass,
    pub(crate) gender: Option<Gender>,
}

/// How a speech cue ties what was said to who said it.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Frame {
    /// The subject said it: `X said “…”`, `“…,” X said`, `X said that …`.
    Say,
    /// The subject called the object what the quotation says: `X called
    /// the plan “a gift”`, `X described him as “…”`. The quotation is an
    /// object complement, so the cue comes before it; it reports no speech
    /// without marks, and in the passive (`she was described as “…”`) its
    /// subject is no speaker.
    Call,
    /// `according to X`.
    According,
    /// `Y quoted X as saying`.
    Quote,
    /// `a statement from X reads`.
    Statement,
    /// A speech tag: a verb that speaks only beside a quotation (`“…,” he
    /// continued`, `the crowd roared: “…”`), and reports no speech
    /// without marks, its object being mostly no speech (`continued their
    /// attack`).
    Tag,
}

/// A speech cue and every form of it the text may hold.
#[derive(Clone, Debug)]
pub(crate) struct SpeechVerb {
    pub(crate) forms: Vec<String>,
    pub(crate) frame: Frame,
    /// Whether the verb's first object is who was told, before what was
    /// said: `told reporters the plan had failed` (the frame `tell`, a
    /// [`Frame::Say`] verb).
    pub(crate) listener: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Particle {
    pub(crate) particle: String,
    pub(crate) droppable: bool,
}

impl Gazetteer {
    /// A gazetteer with no entities and no word lists.
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// The bundled word lists (titles, speech verbs, name parts, particles,
    /// transliteration, demonyms, ordinary words) and no entities: the start for a gazetteer
    /// of your own entities.
    ///
    /// Demonyms name bundled places, so they are only kept when those places
    /// are loaded too; see [`Gazetteer::bundled`].
    pub fn with_bundled_lists() -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::empty();
        for (file, text) in BUNDLED_LISTS {
            if !file.ends_with("demonyms.tsv") {
                g.load_str(file, text)?;
            }
        }
        Ok(g)
    }

    /// Everything bundled with the crate: places, organizations, people and
    /// the word lists.
    pub fn bundled() -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::empty();
        for (file, text) in BUNDLED_ENTITIES.iter().chain(BUNDLED_LISTS) {
            g.load_str(file, text)?;
        }
        Ok(g)
    }

    /// The bundled word lists plus every `.tsv` file of `dir`.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::with_bundled_lists()?;
        g.load_dir(dir)?;
        Ok(g)
    }

    /// Adds every `.tsv` file of `dir`, in file-name order. Entity files add
    /// entities; word lists add to the lists already loaded.
    pub fn load_dir(&mut self, dir: impl AsRef<Path>) -> Result<&mut Gazetteer, Error> {
        let dir = dir.as_ref();
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let path = entry.map_err(|e| Error::io(dir, e))?.path();
            if path.extension().is_some_and(|x| x == "tsv") && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let label = path.display().to_string();
            let text = std::str::from_utf8(&bytes).map_err(|e| {
                let line = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Error::line(&label, line, "invalid UTF-8")
            })?;
            self.load_str(&label, text)?;
        }
        Ok(self)
    }

    /// Adds one file's contents; `file` names it in errors. The kind of file
    /// is told by its header line.
    pub fn load_str(&mut self, file: &str, contents: &str) -> Result<&mut Gazetteer, Error> {
        let header = tsv::header(contents).unwrap_or("");
        let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
        match columns.as_slice() {
            c if c == ENTITY_COLUMNS => self.load_entities(file, contents)?,
            c if c == DEMONYM_COLUMNS => self.load_demonyms(file, contents)?,
            c if c == NAME_PART_COLUMNS => self.load_name_parts(file, contents)?,
            c if c == TITLE_COLUMNS => self.load_titles(file, contents)?,
            c if c == SPEECH_VERB_COLUMNS => self.load_speech_verbs(file, contents)?,
            c if c == PARTICLE_COLUMNS => self.load_particles(file, contents)?,
            c if c == TRANSLITERATION_COLUMNS => self.load_transliteration(file, contents)?,
            c if c == NAME_ORDER_COLUMNS => self.load_name_order(file, contents)?,
            c if c == NAME_CUE_COLUMNS => self.load_name_cues(file, contents)?,
            c if c == GRAMMAR_COLUMNS => self.load_grammar(file, contents)?,
            c if c == WORD_COLUMNS => self.load_words(file, contents)?,
            c if c == acronym_words::COLUMNS => {
                let rows = tsv::rows(file, contents, acronym_words::COLUMNS)?;
                let words = acronym_words::parse(file, rows)?;
                self.lists.acronym_words.extend(words);
            }
            _ => {
                return Err(Error::file(
                    file,
                    format!(
                        "unknown header {header:?}: an entity file starts with {:?}; \
                         see gazetteer/README.md for the word lists",
                        ENTITY_COLUMNS.join(" ")
                    ),
                ));
            }
        }
        Ok(self)
    }

    /// The entities, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entity with identifier `id`.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.ids.get(id).map(|&i| &self.entries[i])
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entity.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many rows each word list holds, named after its bundled file
    /// (`titles` for `gazetteer/titles.tsv`), every list once and in a fixed
    /// order: what a gazetteer of your own added is told by the sizes before
    /// and after loading it. `name_order` counts only the family-first
    /// countries, the rows it keeps.
    ///
    /// ```
    /// let mut gazetteer = sayso::Gazetteer::empty();
    /// gazetteer.load_str("my/titles.tsv", "title\tclass\tgender\nAdmiral\tmilitary\t\n")?;
    /// assert!(gazetteer.list_sizes().contains(&("titles", 1)));
    /// # Ok::<(), sayso::Error>(())
    /// ```
    pub fn list_sizes(&self) -> Vec<(&'static str, usize)> {
        let l = &self.lists;
        vec![
            ("demonyms", l.demonyms.len()),
            ("name_parts", l.name_parts.len()),
            ("titles", l.titles.len()),
            ("speech_verbs", l.speech_verbs.len()),
            ("particles", l.particles.len()),
            ("transliteration", l.rewrites.len() + l.same_spellings.len()),
            ("name_cues", l.name_cues.len()),
            ("name_order", l.family_first.len()),
            ("grammar", l.grammar.len()),
            ("acronyms", l.acronym_words.len()),
            ("words", l.words.len()),
        ]
    }

    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    fn load_entities(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, ENTITY_COLUMNS)? {
            let f = &row.fields;
            let err = |column: &str, message: String| {
                Error::line(file, row.line, format!("column {column:?}: {message}"))
            };
            check_id(f[0]).map_err(|m| err("id", m))?;
            if self.ids.contains_key(f[0]) {
                return Err(err("id", format!("duplicate id {:?}", f[0])));
            }
            let kind = match f[1] {
                "person" => EntityKind::Person,
                "organization" => EntityKind::Organization,
                "place" => EntityKind::Place,
                other => {
                    return Err(err(
                        "kind",
                        format!("unknown kind {other:?} (expected person, organization or place)"),
                    ));
                }
            };
            if f[2].is_empty() {
                return Err(err("name", "empty name".into()));
            }
            let aliases = tsv::list(file, &row, "aliases", f[3])?;
            let prior = f[4]
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= 100)
                .ok_or_else(|| {
                    err(
                        "prior",
                        format!("{:?} is not an integer from 0 to 100", f[4]),
                    )
                })?;
            let case = match f[5] {
                "" | "auto" => CaseRule::Auto,
                "exact" => CaseRule::Exact,
                "title" => CaseRule::Title,
                other => {
                    return Err(err(
                        "case",
                        format!("unknown case rule {other:?} (expected auto, exact or title)"),
                    ));
                }
            };
            let country = match f[6] {
                "" => None,
                c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                    Some(c.to_owned())
                }
                other => {
                    return Err(err(
                        "country",
                        format!("{other:?} is not an ISO 3166-1 alpha-2 code such as IQ"),
                    ));
                }
            };
            let roles = tsv::list(file, &row, "roles", f[7])?
                .into_iter()
                .map(Role::parse)
                .collect();
            let id: Arc<str> = f[0].into();
            self.ids.insert(id.clone(), self.entries.len());
            self.entries.push(Entry {
                id,
                kind,
                name: f[2].into(),
                aliases: aliases
                    .into_iter()
                    .filter(|a| *a != f[2])
                    .map(str::to_owned)
                    .collect(),
                prior,
                case,
                country,
                roles,
            });
        }
        Ok(())
    }

    fn load_demonyms(&mut self, file: &str, text: &str) -> Result<(), Error> {
        let shared: Arc<str> = file.into();
        for row in tsv::rows(file, text, DEMONYM_COLUMNS)? {
            let forms = tsv::list(file, &row, "demonyms", row.fields[1])?;
            if forms.is_empty() {
                return Err(Error::line(
                    file,
                    row.line,
                    "column \"demonyms\": no demonym",
                ));
            }
            self.lists.demonyms.push(Demonym {
                place: row.fields[0].to_owned(),
                forms: forms.into_iter().map(str::to_owned).collect(),
                file: shared.clone(),
                line: row.line,
            });
        }
        Ok(())
    }

    fn load_name_parts(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, NAME_PART_COLUMNS)? {
            let f = &row.fields;
            let kind = match f[1] {
                "given" => NamePartKind::Given,
                "surname" => NamePartKind::Surname,
                "both" => NamePartKind::Both,
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "part",
                        other,
                        "given, surname or both",
                    ));
                }
            };
            let common_word = match f[2] {
                "0" => false,
                "1" => true,
                other => return Err(bad_value(file, &row, "common_word", other, "0 or 1")),
            };
            non_empty(file, &row, "name", f[0])?;
            self.lists.name_parts.push(NamePart {
                name: f[0].to_owned(),
                kind,
                common_word,
            });
        }
        Ok(())
    }

    fn load_titles(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, TITLE_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "title", f[0])?;
            let class = match f[1] {
                "honorific" => TitleClass::Honorific,
                "military" => TitleClass::Military,
                "office" => TitleClass::Office,
                "role" => TitleClass::Role,
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "class",
                        other,
                        "honorific, military, office or role",
                    ));
                }
            };
            let gender = match f[2] {
                "" => None,
                "he" => Some(Gender::He),
                "she" => Some(Gender::She),
                other => return Err(bad_value(file, &row, "gender", other, "he, she or empty")),
            };
            self.lists.titles.push(Title {
                title: f[0].to_owned(),
                class,
                gender,
            });
        }
        Ok(())
    }

    fn load_speech_verbs(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, SPEECH_VERB_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "lemma", f[0])?;
            let (frame, listener) = match f[1] {
                "say" => (Frame::Say, false),
                "tell" => (Frame::Say, true),
                "call" => (Frame::Call, false),
                "according" => (Frame::According, false),
                "quote" => (Frame::Quote, false),
                "statement" => (Frame::Statement, false),
                "tag" => (Frame::Tag, false),
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "frame",
                        other,
                        "say, tell, call, according, quote, statement or tag",
                    ));
                }
            };
            let forms = speech_forms(file, &row)?;
            self.lists.speech_verbs.push(SpeechVerb {
                forms,
                frame,
                listener,
            });
        }
        Ok(())
    }

    fn load_particles(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, PARTICLE_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "particle", f[0])?;
            let droppable = yes_no(file, &row, "droppable", f[1])?;
            self.lists.particles.push(Particle {
                particle: f[0].to_owned(),
                droppable,
            });
        }
        Ok(())
    }

    fn load_transliteration(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, TRANSLITERATION_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "from", f[1])?;
            match f[0] {
                "rewrite" => {
                    let ascii_letters = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase());
                    if !ascii_letters(f[1]) || !ascii_letters(f[2]) {
                        return Err(Error::line(
                            file,
                            row.line,
                            "a rewrite replaces lower-case ASCII letters with lower-case ASCII letters",
                        ));
                    }
                    self.lists.rewrites.push((f[1].to_owned(), f[2].to_owned()));
                }
                "same" => {
                    let variants = tsv::list(file, &row, "to", f[2])?;
                    if variants.is_empty() {
                        return Err(Error::line(
                            file,
                            row.line,
                            "column \"to\": no variant spelling",
                        ));
                    }
                    self.lists.same_spellings.push((
                        f[1].to_owned(),
                        variants.into_iter().map(str::to_owned).collect(),
                    ));
                }
                other => return Err(bad_value(file, &row, "rule", other, "rewrite or same")),
            }
        }
        Ok(())
    }

    fn load_name_order(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, NAME_ORDER_COLUMNS)? {
            let f = &row.fields;
            match f[1] {
                "family-first" => self.lists.family_first.push(f[0].to_owned()),
                "given-first" => {}
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "order",
                        other,
                        "family-first or given-first",
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Gazetteer {
    fn load_grammar(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, GRAMMAR_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "word", f[0])?;
            let Some(class) = grammar::WordClass::named(f[1]) else {
                let names: Vec<&str> = grammar::WordClass::ALL.iter().map(|(n, _)| *n).collect();
                return Err(bad_value(file, &row, "class", f[1], &names.join(", ")));
            };
            self.lists.grammar.push(grammar::GrammarWord {
                word: f[0].to_owned(),
                class,
            });
        }
        Ok(())
    }

    fn load_words(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, WORD_COLUMNS)? {
            non_empty(file, &row, "word", row.fields[0])?;
            self.lists.words.push(row.fields[0].to_owned());
        }
        Ok(())
    }

    fn load_name_cues(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for row in tsv::rows(file, text, NAME_CUE_COLUMNS)? {
            let f = &row.fields;
            non_empty(file, &row, "cue", f[0])?;
            let kind = match f[1] {
                "person" => EntityKind::Person,
                "organization" => EntityKind::Organization,
                "place" => EntityKind::Place,
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "kind",
                        other,
                        "person, organization or place",
                    ));
                }
            };
            let position = match f[2] {
                "head" => CuePosition::Head,
                "legal-form" => CuePosition::LegalForm,
                "legal-form-prefix" => CuePosition::LegalFormPrefix,
                "prefix" => CuePosition::Prefix,
                "before" => CuePosition::Before,
                "after" => CuePosition::After,
                "after-list" => CuePosition::AfterList,
                "possessed" => CuePosition::Possessed,
                "extends" => CuePosition::Extends,
                "closes" => CuePosition::Closes,
                "alone" => CuePosition::Alone,
                "with-place" => CuePosition::WithPlace,
                "distance" => CuePosition::Distance,
                other => {
                    return Err(bad_value(
                        file,
                        &row,
                        "position",
                        other,
                        "head, legal-form, prefix, before, after, after-list, possessed, extends, closes, alone, with-place or distance",
                    ));
                }
            };
            // A head or a legal form is read as one word of the text
            // (`Force`, `PT`); a row of several would never match, so it is
            // refused, not ignored.
            if position.is_one_word() && f[0].contains(char::is_whitespace) {
                return Err(Error::line(
                    file,
                    row.line,
                    format!(
                        "column \"cue\": a head or a legal form is one word, not {:?}",
                        f[0]
                    ),
                ));
            }
            self.lists.name_cues.push(NameCue {
                cue: f[0].to_owned(),
                kind,
                position,
            });
        }
        Ok(())
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let Some((namespace, value)) = id.split_once(':') else {
        return Err(format!(
            "{id:?} is not namespace:value, e.g. geonames:98182 or sayso:islamic-state"
        ));
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match namespace {
        "geonames" => digits(value),
        "wikidata" => value.strip_prefix('Q').is_some_and(digits),
        "sayso" => {
            !value.is_empty()
                && value
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }
        ns => {
            !ns.is_empty()
                && ns
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
                && !value.is_empty()
                && !value.contains(char::is_whitespace)
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{id:?} is not a valid id (geonames:<digits>, wikidata:Q<digits>, sayso:<a-z0-9->)"
        ))
    }
}

/// The forms of a speech cue row: the regular forms of its lemma without
/// the `except` ones, and its `irregular` forms; for a cue that is not a
/// verb (`except` is `*`), the lemma and its `irregular` forms.
///
/// The checks keep the list honest: an exception that is no regular form, or
/// an irregular form the rules derive anyway, is a mistake in the list.
fn speech_forms(file: &str, row: &tsv::Row<'_>) -> Result<Vec<String>, Error> {
    let lemma = row.fields[0];
    let irregular = tsv::list(file, row, "irregular", row.fields[2])?;
    let except = tsv::list(file, row, "except", row.fields[3])?;
    let err = |column: &str, message: String| {
        Error::line(file, row.line, format!("column {column:?}: {message}"))
    };
    let mut forms: Vec<String> = if except == ["*"] {
        vec![lemma.to_owned()]
    } else if except.contains(&"*") {
        return Err(err(
            "except",
            "`*` (not a verb: no form is generated) stands alone".into(),
        ));
    } else {
        let regular = inflect::verb_forms(lemma);
        if let Some(x) = except.iter().find(|x| !regular.iter().any(|r| r == *x)) {
            return Err(err(
                "except",
                format!(
                    "{x:?} is not a regular form of {lemma:?} ({})",
                    regular.join(", ")
                ),
            ));
        }
        if let Some(x) = irregular.iter().find(|x| regular.iter().any(|r| r == *x)) {
            return Err(err(
                "irregular",
                format!("{x:?} is a regular form of {lemma:?}; list only what the rules miss"),
            ));
        }
        // Forms are written in full: `referred to` for `refer to`.
        if let Some((_, rest)) = lemma.split_once(' ') {
            if let Some(x) = irregular.iter().find(|x| !x.ends_with(&format!(" {rest}"))) {
                return Err(err(
                    "irregular",
                    format!("{x:?} does not end with {rest:?}, as forms of {lemma:?} do"),
                ));
            }
        }
        regular
            .into_iter()
            .filter(|r| !except.contains(&r.as_str()))
            .collect()
    };
    for x in irregular {
        if !forms.iter().any(|f| f == x) {
            forms.push(x.to_owned());
        }
    }
    if forms.is_empty() {
        return Err(err("except", format!("no form of {lemma:?} is left")));
    }
    Ok(forms)
}

fn bad_value(file: &str, row: &tsv::Row<'_>, column: &str, value: &str, expected: &str) -> Error {
    Error::line(
        file,
        row.line,
        format!("column {column:?}: unknown value {value:?} (expected {expected})"),
    )
}

fn non_empty(file: &str, row: &tsv::Row<'_>, column: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        Err(Error::line(
            file,
            row.line,
            format!("column {column:?}: empty"),
        ))
    } else {
        Ok(())
    }
}

fn yes_no(file: &str, row: &tsv::Row<'_>, column: &str, value: &str) -> Result<bool, Error> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(bad_value(file, row, column, other, "yes or no")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tkind\tname\taliases\tprior\tcase\tcountry\troles\n";

    fn load(rows: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::empty();
        g.load_str("test.tsv", &format!("{HEADER}{rows}"))?;
        Ok(g)
    }

    #[test]
    fn parses_an_entry() {
        let g = load("sayso:islamic-state\torganization\tIslamic State\tISIS|IS|Daesh\t90\t\t\tmilitant group|group\n").unwrap();
        let e = g.get("sayso:islamic-state").unwrap();
        assert_eq!(e.kind(), EntityKind::Organization);
        assert_eq!(e.aliases(), ["ISIS", "IS", "Daesh"]);
        assert_eq!(e.prior(), 90);
        assert_eq!(e.roles()[1].title(), "group");
    }

    #[test]
    fn roles_carry_years() {
        let r = Role::parse("President of the United States 2017-2021");
        assert_eq!(
            (r.title(), r.since(), r.until()),
            ("President of the United States", Some(2017), Some(2021))
        );
        let r = Role::parse("President of Iraq 2022-");
        assert_eq!((r.since(), r.until()), (Some(2022), None));
        let r = Role::parse("news agency");
        assert_eq!((r.title(), r.since()), ("news agency", None));
    }

    #[test]
    fn malformed_rows_name_file_line_and_problem() {
        let cases: &[(&str, &str)] = &[
            (
                "sayso:Bad\tperson\tA\t\t1\t\t\t\n",
                "test.tsv:2: column \"id\": \"sayso:Bad\" is not a valid id",
            ),
            (
                "sayso:a\tpersn\tA\t\t1\t\t\t\n",
                "test.tsv:2: column \"kind\": unknown kind \"persn\"",
            ),
            (
                "sayso:a\tperson\t\t\t1\t\t\t\n",
                "test.tsv:2: column \"name\": empty name",
            ),
            (
                "sayso:a\tperson\tA\tB||C\t1\t\t\t\n",
                "test.tsv:2: column \"aliases\": empty value",
            ),
            (
                "sayso:a\tperson\tA\t\t101\t\t\t\n",
                "test.tsv:2: column \"prior\": \"101\" is not",
            ),
            (
                "sayso:a\tperson\tA\t\t1\tloud\t\t\n",
                "test.tsv:2: column \"case\": unknown case rule",
            ),
            (
                "sayso:a\tperson\tA\t\t1\t\tIraq\t\n",
                "test.tsv:2: column \"country\": \"Iraq\" is not",
            ),
            (
                "sayso:a\tperson\tA\t\t1\t\t\n",
                "test.tsv:2: expected 8 tab-separated columns",
            ),
            (
                "sayso:a\tperson\tA\t\t1\t\t\t\nsayso:a\tplace\tB\t\t1\t\t\t\n",
                "test.tsv:3: column \"id\": duplicate id \"sayso:a\"",
            ),
        ];
        for (rows, want) in cases {
            let e = load(rows).unwrap_err().to_string();
            assert!(e.starts_with(want), "{e:?} should start with {want:?}");
        }
    }

    #[test]
    fn unknown_header_is_an_error() {
        let e = Gazetteer::empty()
            .load_str("x.tsv", "a\tb\n1\t2\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.tsv: unknown header \"a\\tb\""), "{e}");
    }

    #[test]
    fn ids_accept_known_and_custom_namespaces() {
        for ok in [
            "geonames:98182",
            "wikidata:Q42",
            "sayso:islamic-state",
            "acme:AB-12",
        ] {
            assert!(check_id(ok).is_ok(), "{ok}");
        }
        for bad in [
            "98182",
            "geonames:x1",
            "wikidata:42",
            "sayso:Islamic",
            "sayso:",
            ":x",
            "Acme:1",
        ] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
    }

    fn speech_verbs(rows: &str) -> Result<Vec<SpeechVerb>, Error> {
        let mut g = Gazetteer::empty();
        g.load_str(
            "verbs.tsv",
            &format!("lemma\tframe\tirregular\texcept\n{rows}"),
        )?;
        Ok(g.lists.speech_verbs)
    }

    #[test]
    fn speech_cue_forms_are_generated_from_the_lemma() {
        // (case, row, frame, forms)
        let table: &[(&str, &str, Frame, &[&str])] = &[
            (
                "regular",
                "add\tsay\t\t",
                Frame::Say,
                &["add", "adds", "added", "adding"],
            ),
            (
                "irregular forms are added",
                "write\tsay\twrote|written\t",
                Frame::Say,
                &["write", "writes", "writed", "writing", "wrote", "written"],
            ),
            (
                "exceptions are left out",
                "report\tsay\t\treport",
                Frame::Say,
                &["reports", "reported", "reporting"],
            ),
            (
                "a phrase inflects its first word",
                "refer to\tcall\treferred to\t",
                Frame::Call,
                &[
                    "refer to",
                    "refers to",
                    "refered to",
                    "refering to",
                    "referred to",
                ],
            ),
            (
                "not a verb",
                "according to\taccording\t\t*",
                Frame::According,
                &["according to"],
            ),
            (
                "a noun with its plural",
                "press release\tstatement\tpress releases\t*",
                Frame::Statement,
                &["press release", "press releases"],
            ),
        ];
        crate::test_util::assert_unique(table.iter().map(|row| row.0));
        for &(case, row, frame, forms) in table {
            let verbs = speech_verbs(&format!("{row}\n")).unwrap();
            assert_eq!(verbs.len(), 1, "{case}");
            assert_eq!(verbs[0].frame, frame, "{case}");
            assert_eq!(verbs[0].forms, forms, "{case}");
        }
    }

    #[test]
    fn malformed_speech_cue_rows_name_file_line_and_problem() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "unknown frame",
                "say\tspeak\tsaid\t",
                "verbs.tsv:2: column \"frame\": unknown value \"speak\"",
            ),
            (
                "empty lemma",
                "\tsay\t\t",
                "verbs.tsv:2: column \"lemma\": empty",
            ),
            (
                "exception that is not generated",
                "post\tsay\t\tposting|poster",
                "verbs.tsv:2: column \"except\": \"poster\" is not a regular form of \"post\"",
            ),
            (
                "irregular form the rules derive",
                "add\tsay\tadded\t",
                "verbs.tsv:2: column \"irregular\": \"added\" is a regular form",
            ),
            (
                "irregular form of a phrase without its rest",
                "refer to\tcall\treferred\t",
                "verbs.tsv:2: column \"irregular\": \"referred\" does not end with \"to\"",
            ),
            (
                "star among exceptions",
                "call\tcall\t\t*|call",
                "verbs.tsv:2: column \"except\": `*`",
            ),
            (
                "every form excepted",
                "go\tsay\t\tgo|goes|goed|going",
                "verbs.tsv:2: column \"except\": no form of \"go\" is left",
            ),
            (
                "empty irregular value",
                "say\tsay\tsaid||\t",
                "verbs.tsv:2: column \"irregular\": empty value",
            ),
        ];
        crate::test_util::assert_unique(cases.iter().map(|c| c.0));
        for &(case, row, want) in cases {
            let e = speech_verbs(&format!("{row}\n"))
                .map(|_| ())
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with(want),
                "{case}: {e:?} should start with {want:?}"
            );
        }
    }

    #[test]
    fn the_header_of_hand_listed_forms_is_refused() {
        // The list of every form by hand is gone: its header is unknown
        // rather than read as a speech cue list with columns swapped.
        let e = Gazetteer::empty()
            .load_str("verbs.tsv", "lemma\tforms\tframe\nsay\tsay|said\tsay\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("verbs.tsv: unknown header"), "{e}");
    }

    #[test]
    fn a_legal_form_is_a_head_or_a_prefix_of_one_word() {
        let mut g = Gazetteer::empty();
        g.load_str(
            "cues.tsv",
            "cue\tkind\tposition\nLtd\torganization\tlegal-form\nAgency\torganization\thead\n\
             PT\torganization\tlegal-form-prefix\n",
        )
        .unwrap();
        let positions: Vec<_> = g.lists.name_cues.iter().map(|c| c.position).collect();
        assert_eq!(
            positions,
            [
                CuePosition::LegalForm,
                CuePosition::Head,
                CuePosition::LegalFormPrefix
            ]
        );
        assert!(positions[..2].iter().all(|p| p.is_head()));
        assert!(positions.iter().all(|p| p.is_one_word()));
        for row in [
            "Pty Ltd\torganization\tlegal-form",
            "Perseroan Terbatas\torganization\tlegal-form-prefix",
        ] {
            let e = Gazetteer::empty()
                .load_str("cues.tsv", &format!("cue\tkind\tposition\n{row}\n"))
                .unwrap_err()
                .to_string();
            let want = "cues.tsv:2: column \"cue\": a head or a legal form is one word";
            assert!(e.starts_with(want), "{e}");
        }
    }

    #[test]
    fn list_sizes_count_the_rows_each_list_keeps() {
        let sizes = |g: &Gazetteer| -> HashMap<&'static str, usize> {
            g.list_sizes().into_iter().collect()
        };
        let mut g = Gazetteer::empty();
        assert!(sizes(&g).values().all(|&n| n == 0));
        assert_eq!(
            sizes(&g).len(),
            g.list_sizes().len(),
            "each list named once"
        );
        g.load_str(
            "order.tsv",
            "country\torder\nCN\tfamily-first\nFR\tgiven-first\n",
        )
        .unwrap();
        g.load_str(
            "fold.tsv",
            "rule\tfrom\tto\nrewrite\tee\ti\nsame\tmohammed\tmuhammad\n",
        )
        .unwrap();
        g.load_str("words.tsv", "word\nbread\nbutter\n").unwrap();
        let s = sizes(&g);
        assert_eq!(
            (s["name_order"], s["transliteration"], s["words"]),
            (1, 2, 2)
        );
        assert_eq!(s.values().sum::<usize>(), 5);

        let bundled = sizes(&Gazetteer::bundled().unwrap());
        assert!(bundled.values().all(|&n| n > 0), "{bundled:?}");
    }

    #[test]
    fn bundled_gazetteer_loads() {
        let g = Gazetteer::bundled().unwrap();
        assert!(!g.is_empty());
        assert!(!g.lists.titles.is_empty());
    }
}
