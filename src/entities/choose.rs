//! Choosing one gazetteer entry for each hit.
//!
//! A full name with one candidate decides itself. A name several entries
//! share goes to the one with the best score: its prior, plus the document
//! (an entry named unambiguously elsewhere in it), a title before the name
//! (a person) and a preposition of place before it (a place). A surname
//! alone only stands for an entry the document names in full, or failing
//! that for the one prominent entry with that surname, who also outranks a
//! minor place of that name (`Obama said`); two candidates in one document
//! leave it unresolved rather than guessed.
//!
//! Three tables hold the rules: [`READINGS`], what a hit is when no entry is
//! chosen for it; [`RULES`], which choose the entries, each over the whole
//! document before the next; and [`BONUSES`], which score the candidates
//! of a shared name.

use super::discover::STRONG_PLACE_PRIOR;
use super::scan::Hit;
use super::{Choice, EntityKind, How, TokenFacts};
use crate::gazetteer::grammar::WordClass;
use crate::gazetteer::lexicon::{Lexicon, Sense};
use crate::gazetteer::variants::Form;
use crate::gazetteer::{Entry, Gazetteer};
use crate::text::{Analysis, Shape};
use rustc_hash::FxHashSet as HashSet;

/// Bonuses added to an entry's prior when choosing between candidates.
const IN_DOCUMENT_BONUS: i32 = 50;
const TITLE_BONUS: i32 = 40;
const TITLE_PENALTY: i32 = -30;
const PLACE_CONTEXT_BONUS: i32 = 15;
/// A name is more likely the entity it is the name of than one it is an
/// alternate of (`Oklahoma` the state, not Oklahoma City).
const CANONICAL_BONUS: i32 = 5;
/// A place of a country the document names is more likely than its
/// namesakes elsewhere, but not than a better-known city of the name
/// (`Geneva` in a story that names the United States is still Swiss).
const COUNTRY_BONUS: i32 = 10;

/// A surname alone stands for an entry not named in full only when the
/// entry is at least this prominent and no other such entry shares it.
const STANDALONE_SURNAME_PRIOR: u8 = 80;
/// …and at least this far ahead of the next prominent bearer.
const PROMINENCE_LEAD: u8 = 5;

/// The entry chosen for a hit, how and why.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Decision {
    pub(crate) entry: u32,
    pub(crate) how: How,
    pub(crate) choice: Choice,
}

/// What each hit is: a title, a nationality word, an entry, or nothing the
/// text supports.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Reading {
    Title(u32),
    Demonym,
    /// A speech cue: `said`, `according to`.
    Cue(u32),
    Entry(Decision),
    Unresolved,
}

/// The buffers of [`choose`], kept from one document to the next so that
/// choosing allocates nothing in steady state.
#[derive(Clone, Debug, Default)]
pub(crate) struct Workspace {
    names: Names,
    /// Per hit: whether it reads as a title, and whether a title stands
    /// right before it.
    is_title: Vec<bool>,
    title_before: Vec<bool>,
    decisions: Vec<Option<Decision>>,
    known: Known,
}

/// Per hit: the entries it names in full, those of them it spells by their
/// own name rather than an alternate, and those it names by surname.
#[derive(Clone, Debug, Default)]
struct Names {
    full: Lists,
    canonical: Lists,
    short: Lists,
}

impl Names {
    /// Removes the lists of every hit.
    fn clear(&mut self) {
        for lists in [&mut self.full, &mut self.canonical, &mut self.short] {
            lists.clear();
        }
    }

    /// Starts the lists of the next hit, empty.
    fn open(&mut self) {
        for lists in [&mut self.full, &mut self.canonical, &mut self.short] {
            lists.open();
        }
    }
}

/// What the rules settled so far, and a buffer for the next.
#[derive(Clone, Debug, Default)]
struct Known {
    /// The entries the document names unambiguously so far: few, so a set
    /// rather than a flag per gazetteer entry.
    in_document: HashSet<u32>,
    /// The candidates of the hit being decided, and how each is named.
    candidates: Vec<(u32, How)>,
    /// The countries the document names, as ISO codes: of its nationality
    /// words, then of the entries chosen (see [`Known::complete_countries`]).
    countries: Vec<[u8; 2]>,
    /// Whether `countries` holds those of the entries chosen so far.
    countries_complete: bool,
    /// The countries of the nationality words and of the places of note
    /// chosen so far, made for a hit whose candidates are places of
    /// several countries: a buffer kept from one hit to the next.
    place_countries: Vec<[u8; 2]>,
    /// The spellings written somewhere right after another capitalised
    /// word inside a sentence, a bit each: made when first asked, for the
    /// few surnames alone that no rule before settled.
    after_capitals: Option<Vec<u64>>,
    /// The spellings written somewhere as a later part of a full name
    /// (after a capitalised word that is no title), and as the first part
    /// of one (before a capitalised word that is no head), a bit each:
    /// made when first asked, likewise.
    in_names: Option<[Vec<u64>; 2]>,
    /// The bearers a surname of the hit being decided may name: a buffer
    /// kept from one hit to the next.
    vouched: Vec<u32>,
}

impl Known {
    /// Whether the word of hit `k`, one token, is written somewhere right
    /// after another capitalised word inside a sentence: a later part of
    /// someone's full name.
    fn written_in_full(&mut self, view: &View<'_>, k: usize) -> bool {
        let analysis = view.analysis;
        let bits = self
            .after_capitals
            .get_or_insert_with(|| analysis.spellings_after_capitals());
        analysis.spelling_in(bits, view.hits[k].tokens.start as usize)
    }

    /// Whether the surname of hit `k` is written somewhere in the full
    /// name of someone other than entry `e`: after a capitalised word that
    /// is no title and no function word (`Mason Smith … Mr Smith`), or, for
    /// a bearer named family name first, before a capitalised word that is
    /// no head (`Lee Sang-min … Lee said`; given names are often words,
    /// `Sang`). The surname alone is then that person's, whom the gazetteer
    /// does not know. A title names no one (`President Trump`), nor does a
    /// day (`On Monday Putin`), and a body named after the person names no
    /// other person (`the Seo Foundation`).
    fn written_in_other_name(&mut self, view: &View<'_>, k: usize, e: u32) -> bool {
        let analysis = view.analysis;
        let [after, before] = self.in_names.get_or_insert_with(|| {
            let capital_word = |t: usize| {
                analysis.tokens[t].class == crate::text::Class::Word
                    && analysis.tokens[t].shape.is_capital()
            };
            let after_title = |t: usize| {
                let k = view.hits.partition_point(|h| (h.tokens.start as usize) < t);
                view.hits
                    .get(k)
                    .is_some_and(|h| h.tokens.start as usize == t && view.title_before[k])
            };
            let after = analysis.capitalised_spellings(|t| {
                t > analysis.sentence_start(t)
                    && capital_word(t - 1)
                    && !view.facts.of(t - 1).is_function_word()
                    && !after_title(t)
            });
            let before = analysis.capitalised_spellings(|t| {
                let next = t + 1;
                next < analysis.sentence_end(t)
                    && capital_word(next)
                    && analysis.tokens[next].shape == Shape::Capitalized
                    && view.facts.of(next).head().is_none()
            });
            [after, before]
        });
        let bits = if view.is_family_first(e) {
            before
        } else {
            after
        };
        analysis.spelling_in(bits, view.hits[k].tokens.start as usize)
    }

    /// Adds to the document's countries those of the entries it names
    /// unambiguously, once the rules that name them have run.
    fn complete_countries(&mut self, entries: &[Entry]) {
        if !self.countries_complete {
            for &e in &self.in_document {
                note_country(&mut self.countries, &entries[e as usize]);
            }
            self.countries_complete = true;
        }
    }
}

/// Chooses an entry (or a title or demonym reading) for every hit, into
/// `readings` (emptied first).
pub(crate) fn choose(
    analysis: &Analysis,
    facts: TokenFacts<'_>,
    hits: &[Hit],
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
    work: &mut Workspace,
    readings: &mut Vec<Reading>,
) {
    let Workspace {
        names,
        is_title,
        title_before,
        decisions,
        known,
    } = work;
    names.clear();
    is_title.clear();
    readings.clear();
    known.countries.clear();
    known.countries_complete = false;
    known.after_capitals = None;
    known.in_names = None;
    let entries = gazetteer.entries();
    for hit in hits {
        names.open();
        let senses = senses_of(hit, analysis, facts, lexicon, entries, names);
        is_title.push(senses.title.is_some() && names.full.last().is_empty());
        readings.push(first_reading(&senses, names));
        if let Some(place) = senses.demonym {
            note_country(&mut known.countries, &entries[place as usize]);
        }
    }
    mark_titles_before(hits, is_title, title_before);
    let view = View {
        analysis,
        hits,
        facts,
        entries,
        names,
        title_before,
        family_first: &gazetteer.lists.family_first,
    };
    decide(&view, decisions, known);
    drop_foreign_short_names(&view, analysis, decisions, &mut known.countries);
    for (reading, decision) in readings.iter_mut().zip(decisions.iter()) {
        if let Some(d) = *decision {
            *reading = Reading::Entry(d);
        }
    }
}

/// What a hit may be besides a name: the first title, nationality word and
/// speech cue among its senses.
#[derive(Clone, Copy, Debug, Default)]
struct Senses {
    demonym: Option<u32>,
    title: Option<u32>,
    cue: Option<u32>,
}

/// Sorts the senses of `hit`: the entries it names go into the lists last
/// opened in `names`, the rest is returned. A nationality word names no
/// entry: it is context, never a mention, so its lists are emptied.
fn senses_of(
    hit: &Hit,
    analysis: &Analysis,
    facts: TokenFacts<'_>,
    lexicon: &Lexicon,
    entries: &[Entry],
    names: &mut Names,
) -> Senses {
    let mut senses = Senses::default();
    for sense in hit.senses(lexicon) {
        match *sense {
            Sense::Entity {
                entry,
                form: Form::Full,
                ref case,
                ..
            } if case.exact.is_none()
                && is_acronym_for_minor_place(hit, analysis, &entries[entry as usize]) => {}
            Sense::Entity {
                entry,
                form: Form::Full,
                canonical: own_name,
                ..
            } => {
                names.full.push_unique(entry);
                if own_name {
                    names.canonical.push_unique(entry);
                }
            }
            Sense::Entity {
                entry,
                form: Form::Surname,
                ..
            } if surname_may_stand_alone(hit, analysis, facts) => names.short.push_unique(entry),
            Sense::Entity { .. } => {}
            Sense::Demonym { place } => senses.demonym = Some(place),
            Sense::Title { title } => senses.title = senses.title.or(Some(title)),
            Sense::Cue { verb, .. } if !is_capitalised_after_lower_case(hit, analysis) => {
                senses.cue = senses.cue.or(Some(verb));
            }
            Sense::Cue { .. } => {}
        }
    }
    // A title written with an abbreviation's stop is the title whatever
    // else it spells: `Hon. Lopeti Kauvaka`, not the town of Hon.
    let stopped = senses.title.is_some() && analysis.ends_in_stop_mark(hit.tokens.end as usize - 1);
    if senses.demonym.is_some() || stopped {
        names.full.clear_last();
        names.short.clear_last();
    }
    senses
}

/// Whether `hit` starts with a capital after a word written in lower case
/// in its sentence: a name there, though spelled like a verb of speech
/// (`spokesperson Promise Mkwananzi`, `party agent Said Ahmed`). A verb is
/// capitalised only where every word is, as in a headline (`Police Say`).
fn is_capitalised_after_lower_case(hit: &Hit, analysis: &Analysis) -> bool {
    let first = hit.tokens.start as usize;
    first > analysis.sentence_start(first)
        && analysis.tokens[first].shape == Shape::Capitalized
        && analysis.tokens[first - 1].shape == Shape::Lower
}

/// Whether `hit` is a word in capitals among words that are not, read as
/// a minor place of `entry` (`NEMA director general` is no `Néma`, a town
/// of Mauritania): such a word is an acronym, and names what an alias
/// written in capitals names (`USSR`). Three letters or fewer name nothing
/// else, whatever it is (see [`case_fits`](super::scan::case_fits)); a
/// longer one may still name a place of note, and a dateline opens its
/// sentence in capitals (`LAUTOKA, Fiji —`).
fn is_acronym_for_minor_place(hit: &Hit, analysis: &Analysis, entry: &Entry) -> bool {
    let start = hit.tokens.start as usize;
    // The shape first: it rules out nearly every hit.
    if analysis.tokens[start].shape != Shape::Upper || hit.tokens.end as usize != start + 1 {
        return false;
    }
    let dateline = analysis.sentence_start(start) == start
        && analysis
            .tokens
            .get(start + 1)
            .is_some_and(|next| next.class == crate::text::Class::Punct);
    entry.kind() == EntityKind::Place
        && entry.prior() < STRONG_PLACE_PRIOR
        && !dateline
        && super::scan::is_in_mixed_case(analysis, start)
}

/// Whether `hit`, a surname, may stand for a person alone. Not when it is
/// also a month or a function word (`May`), nor when another capitalised
/// word follows: that is someone else's first name (`Ahmed Kamil Murad`).
fn surname_may_stand_alone(hit: &Hit, analysis: &Analysis, facts: TokenFacts<'_>) -> bool {
    let end = hit.tokens.end as usize;
    !facts.of(hit.tokens.start as usize).is_function_word()
        && !followed_by_name(analysis, end)
        && !followed_by_particle_and_name(analysis, facts, end)
}

/// Whether a particle in lower case at token `i` joins what comes before
/// to a capitalised word after it, itself or a hyphen: `Alexandre de
/// Moraes`, `Ahmed al-Khafaji`. The word before is then a given name.
fn followed_by_particle_and_name(analysis: &Analysis, facts: TokenFacts<'_>, i: usize) -> bool {
    let is_particle = analysis
        .tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Lower && !t.paragraph_start)
        && facts.of(i).is_joining_particle();
    let hyphen = analysis
        .tokens
        .get(i + 1)
        .is_some_and(|t| analysis.is_hyphen(t) && !t.space_before);
    is_particle && followed_by_name(analysis, i + 1 + usize::from(hyphen))
}

/// A rule for what a hit is when no entry is chosen for it, given its
/// senses and the entries it names in full and by surname.
type ReadingRule = fn(&Senses, &[u32], &[u32]) -> Option<Reading>;

/// What a hit is when no entry is chosen for it, tried in order; failing
/// every rule, [`Reading::Unresolved`]. A chosen entry replaces any of them
/// but a nationality word, which names none.
const READINGS: &[ReadingRule] = &[as_demonym, as_title, as_cue];

/// The reading of a hit from its senses and the lists of `names` last
/// opened, before any entry is chosen.
fn first_reading(senses: &Senses, names: &Names) -> Reading {
    let (full, short) = (names.full.last(), names.short.last());
    // A plain loop over the constant table, which the compiler unrolls
    // into direct calls: this runs for every hit.
    for rule in READINGS {
        if let Some(reading) = rule(senses, full, short) {
            return reading;
        }
    }
    Reading::Unresolved
}

/// A nationality word (`Iraqi`) is one whatever else it spells: it
/// describes a mention, it is none.
fn as_demonym(senses: &Senses, _full: &[u32], _short: &[u32]) -> Option<Reading> {
    senses.demonym.map(|_| Reading::Demonym)
}

/// A title (`spokesman`) is one unless it is the full name of an entry too,
/// which is more specific.
fn as_title(senses: &Senses, full: &[u32], _short: &[u32]) -> Option<Reading> {
    senses.title.filter(|_| full.is_empty()).map(Reading::Title)
}

/// A speech cue (`said`) is one unless it is a name too, in full or as a
/// surname: a name written like a verb is more likely a name.
fn as_cue(senses: &Senses, full: &[u32], short: &[u32]) -> Option<Reading> {
    senses
        .cue
        .filter(|_| full.is_empty() && short.is_empty())
        .map(Reading::Cue)
}

/// For each hit, whether a title reading ends right where it starts
/// (`President` in `President Putin`): the name after a title is a person's.
fn mark_titles_before(hits: &[Hit], is_title: &[bool], title_before: &mut Vec<bool>) {
    title_before.clear();
    title_before.extend(
        (0..hits.len())
            .map(|k| k > 0 && is_title[k - 1] && hits[k - 1].tokens.end == hits[k].tokens.start),
    );
}

/// What the rules of [`RULES`] read of a document's hits.
struct View<'a> {
    analysis: &'a Analysis,
    hits: &'a [Hit],
    facts: TokenFacts<'a>,
    entries: &'a [Entry],
    names: &'a Names,
    title_before: &'a [bool],
    /// The countries whose people are named family name first.
    family_first: &'a [String],
}

impl View<'_> {
    /// Whether entry `e` is a person named family name first (`Xi
    /// Jinping` is Mr. Xi).
    fn is_family_first(&self, e: u32) -> bool {
        let entry = &self.entries[e as usize];
        entry.kind() == EntityKind::Person
            && entry
                .country()
                .is_some_and(|c| self.family_first.iter().any(|f| f == c))
    }
}

/// A rule that chooses the entry of one hit, the `k`th.
struct Rule {
    decide: fn(&View<'_>, usize, &mut Known) -> Option<Decision>,
    /// Whether the entries it chooses count as named in the document, for
    /// the hits decided after.
    names_entry: bool,
}

/// The rules that choose entries, most certain first. Each is tried on
/// every hit not yet decided, in text order, before the next: what the
/// surer rules settle vouches for the names the later ones weigh.
const RULES: &[Rule] = &[
    Rule {
        decide: only_candidate,
        names_entry: true,
    },
    Rule {
        decide: best_scored,
        names_entry: true,
    },
    Rule {
        decide: surname_alone,
        names_entry: false,
    },
];

/// Runs [`RULES`] over the hits of `view`, into `decisions` (one per hit,
/// made afresh).
fn decide(view: &View<'_>, decisions: &mut Vec<Option<Decision>>, known: &mut Known) {
    decisions.clear();
    decisions.resize(view.hits.len(), None);
    known.in_document.clear();
    for rule in RULES {
        for (k, decision) in decisions.iter_mut().enumerate() {
            if decision.is_some() {
                continue;
            }
            *decision = (rule.decide)(view, k, known);
            if let Some(d) = decision.filter(|_| rule.names_entry) {
                known.in_document.insert(d.entry);
            }
        }
    }
}

/// Organizations below this prior (major national ones and above keep
/// theirs) are named by an acronym only in a document that names their
/// country: see [`drop_foreign_short_names`].
const FOREIGN_ACRONYM_PRIOR: u8 = 70;

/// Undoes the choice of an organization of a country the document names
/// nowhere, named by a short form every country reuses rather than its
/// own name:
/// - an acronym, one token in capitals, when the organization is less
///   than a major national one (`PRO` in a Ghanaian story is a police
///   officer's post, not an Argentine party; `FBC News` in Fiji is not
///   Ethiopia's broadcaster);
/// - a name of ordinary words, when the document names other countries
///   (`the Liberal Party` in a Brazilian story is not Canada's).
///
/// The document's countries are those of its nationality words and of
/// every other entry chosen.
fn drop_foreign_short_names(
    view: &View<'_>,
    analysis: &Analysis,
    decisions: &mut [Option<Decision>],
    countries: &mut Vec<[u8; 2]>,
) {
    // The hit's tokens first, at hand; the entry only for the few hits
    // they make doubtful.
    let acronym = |k: usize| {
        let tokens = view.hits[k].tokens;
        tokens.end - tokens.start == 1
            && analysis.tokens[tokens.start as usize].shape == Shape::Upper
    };
    let ordinary_words = |k: usize| {
        let tokens = view.hits[k].tokens;
        tokens.end - tokens.start >= 2
            && tokens.indices().all(|t| {
                analysis.tokens[t].shape == Shape::Capitalized
                    && view.facts.of(t).has(WordClass::Common)
            })
    };
    let doubtful = |k: usize, d: &Decision| {
        let acronym = acronym(k);
        let generic = !acronym && ordinary_words(k);
        if !acronym && !generic {
            return false;
        }
        let entry = &view.entries[d.entry as usize];
        entry.kind() == EntityKind::Organization
            && (generic || entry.prior() < FOREIGN_ACRONYM_PRIOR)
            && entry.country().is_some()
            && !view.names.canonical.get(k).contains(&d.entry)
    };
    let decided = || {
        decisions
            .iter()
            .enumerate()
            .filter_map(|(k, d)| Some((k, (*d)?)))
    };
    if !decided().any(|(k, d)| doubtful(k, &d)) {
        return;
    }
    for (k, d) in decided() {
        if !doubtful(k, &d) {
            note_country(countries, &view.entries[d.entry as usize]);
        }
    }
    for (k, decision) in decisions.iter_mut().enumerate() {
        let foreign = decision.is_some_and(|d| {
            doubtful(k, &d)
                && (acronym(k) || !countries.is_empty())
                && !view.entries[d.entry as usize]
                    .country()
                    .and_then(country_code)
                    .is_some_and(|c| countries.contains(&c))
        });
        if foreign {
            *decision = None;
        }
    }
}

/// Adds the country of `entry`, if it has one, to `countries`.
fn note_country(countries: &mut Vec<[u8; 2]>, entry: &Entry) {
    if let Some(code) = entry.country().and_then(country_code)
        && !countries.contains(&code)
    {
        countries.push(code);
    }
}

/// An ISO 3166-1 alpha-2 code as two bytes.
fn country_code(country: &str) -> Option<[u8; 2]> {
    country.as_bytes().try_into().ok()
}

/// A full name of one entry and no surname decides itself, unless a title
/// stands before it: then a person of that surname competes, which
/// [`best_scored`] weighs.
fn only_candidate(view: &View<'_>, k: usize, _known: &mut Known) -> Option<Decision> {
    match (view.names.full.get(k), view.names.short.get(k)) {
        ([entry], []) if !view.title_before[k] => Some(Decision {
            entry: *entry,
            how: How::Gazetteer,
            choice: Choice::OnlyCandidate,
        }),
        _ => None,
    }
}

/// A name several entries share goes to the best score: the prior plus
/// [`BONUSES`]. Its candidates are the full names, and surnames when a
/// title or the document vouches for them; ties go to the entry loaded
/// first, so the choice is deterministic. A surname with neither waits for
/// [`surname_alone`].
fn best_scored(view: &View<'_>, k: usize, known: &mut Known) -> Option<Decision> {
    let (full, short) = (view.names.full.get(k), view.names.short.get(k));
    let title_before = view.title_before[k];
    if full.is_empty() && (!title_before || short.is_empty()) {
        return None;
    }
    // The bearers of the surname the document names, or that a title
    // vouches for: not when the document names someone else by it.
    let mut vouched = std::mem::take(&mut known.vouched);
    vouched.clear();
    for &e in short {
        if known.in_document.contains(&e)
            || title_before && !known.written_in_other_name(view, k, e)
        {
            vouched.push(e);
        }
    }
    let Known {
        in_document,
        candidates,
        countries,
        place_countries,
        ..
    } = known;
    candidates.clear();
    candidates.extend(full.iter().map(|&e| (e, How::Gazetteer)));
    candidates.extend(vouched.iter().map(|&e| (e, How::ShortForm)));
    known.vouched = vouched;
    let place_context = after_place_preposition(view, k);
    if let Some(e) = famous_bearer(view, k, place_context) {
        if !candidates.iter().any(|&(c, _)| c == e) {
            candidates.push((e, How::ShortForm));
        }
    }
    let places_apart =
        candidates.len() > 1 && places_of_several_countries(view.entries, candidates);
    place_countries.clear();
    if places_apart {
        // The countries named so far: of nationality words, and of the
        // prominent places chosen before this hit, countries and cities of
        // note (a village's name, often a given name too, or a person's or
        // a body's country says less of where the story is).
        place_countries.extend_from_slice(countries);
        for &e in in_document.iter() {
            let entry = &view.entries[e as usize];
            if entry.kind() == EntityKind::Place && entry.prior() >= STRONG_PLACE_PRIOR {
                note_country(place_countries, entry);
            }
        }
    }
    let scoring = Scoring {
        entries: view.entries,
        canonical: view.names.canonical.get(k),
        in_document,
        countries: place_countries,
        title_before,
        place_context,
    };
    let prior = |e: u32| view.entries[e as usize].prior();
    let score = |e: u32| i32::from(prior(e)) + scoring.bonus(e).0;
    let &(best, how) = candidates.iter().rev().max_by_key(|(e, _)| score(*e))?;
    let &(by_prior, _) = candidates.iter().rev().max_by_key(|(e, _)| prior(*e))?;
    let choice = if candidates.len() == 1 {
        Choice::OnlyCandidate
    } else if best == by_prior {
        Choice::Prior
    } else {
        scoring.bonus(best).1
    };
    Some(Decision {
        entry: best,
        how,
        choice,
    })
}

/// The one prominent bearer of the surname hit `k` spells
/// ([`most_prominent`]), when the hit's full names are all minor places
/// and no preposition of place stands before it: `Obama said` is the
/// president, not the Japanese town of 30,000. The bearer competes with
/// the places on prior (at least [`STANDALONE_SURNAME_PRIOR`], above any
/// place under [`STRONG_PLACE_PRIOR`] with its bonus for its own name),
/// so a town the document names elsewhere still wins. A surname is a
/// weaker sign than a full name, which is why only a world-famous bearer
/// and only a minor place: a city of millions keeps its name whoever
/// bears it, and after a preposition of place (`in Obama`), where a town's
/// name is expected and a person's surname is not, the town does.
fn famous_bearer(view: &View<'_>, k: usize, place_context: bool) -> Option<u32> {
    let minor_place = |&e: &u32| {
        let entry = &view.entries[e as usize];
        entry.kind() == EntityKind::Place && entry.prior() < STRONG_PLACE_PRIOR
    };
    let full = view.names.full.get(k);
    if place_context || full.is_empty() || !full.iter().all(minor_place) {
        return None;
    }
    most_prominent(view.names.short.get(k), view.entries)
}

/// Whether a preposition of place (`in`, `near`) stands right before hit
/// `k`.
fn after_place_preposition(view: &View<'_>, k: usize) -> bool {
    let start = view.hits[k].tokens.start as usize;
    start > 0 && view.facts.of(start - 1).is_place_preposition()
}

/// What the bonuses of one hit's candidates read.
struct Scoring<'a> {
    entries: &'a [Entry],
    /// The entries the hit spells by their own name.
    canonical: &'a [u32],
    in_document: &'a HashSet<u32>,
    /// The countries the document names, when the candidates are places
    /// of more than one.
    countries: &'a [[u8; 2]],
    title_before: bool,
    place_context: bool,
}

/// A bonus to a candidate's prior: its points when it applies to the
/// candidate (an entry and its index), and the reason it gives for the
/// choice.
struct Bonus {
    points: fn(&Scoring<'_>, &Entry, u32) -> Option<i32>,
    why: Choice,
}

/// The bonuses, in the order they are added up.
const BONUSES: &[Bonus] = &[
    Bonus {
        points: in_document_bonus,
        why: Choice::InDocument,
    },
    Bonus {
        points: title_bonus,
        why: Choice::TitleBefore,
    },
    Bonus {
        points: place_context_bonus,
        why: Choice::PlaceContext,
    },
    Bonus {
        points: canonical_bonus,
        why: Choice::OwnName,
    },
    Bonus {
        points: country_bonus,
        why: Choice::Country,
    },
];

impl Scoring<'_> {
    /// The bonus of `entry`, and why it was chosen if it wins against the
    /// prior: the reason of the last bonus worth more than the total before
    /// it ([`Choice::Prior`] when none is).
    fn bonus(&self, entry: u32) -> (i32, Choice) {
        let e = &self.entries[entry as usize];
        let mut best = (0, Choice::Prior);
        for bonus in BONUSES {
            if let Some(points) = (bonus.points)(self, e, entry) {
                if points > best.0 {
                    best.1 = bonus.why;
                }
                best.0 += points;
            }
        }
        best
    }
}

/// An entry the document names unambiguously elsewhere is likely the one
/// meant here too.
fn in_document_bonus(s: &Scoring<'_>, _: &Entry, entry: u32) -> Option<i32> {
    s.in_document.contains(&entry).then_some(IN_DOCUMENT_BONUS)
}

/// After a title a name is a person's, and anything else's less likely.
fn title_bonus(s: &Scoring<'_>, e: &Entry, _: u32) -> Option<i32> {
    s.title_before.then_some(if e.kind() == EntityKind::Person {
        TITLE_BONUS
    } else {
        TITLE_PENALTY
    })
}

/// After a preposition of place a name is more likely a place.
fn place_context_bonus(s: &Scoring<'_>, e: &Entry, _: u32) -> Option<i32> {
    (s.place_context && e.kind() == EntityKind::Place).then_some(PLACE_CONTEXT_BONUS)
}

/// A name is more likely the entry it is the own name of than one it is an
/// alternate of.
fn canonical_bonus(s: &Scoring<'_>, _: &Entry, entry: u32) -> Option<i32> {
    s.canonical.contains(&entry).then_some(CANONICAL_BONUS)
}

/// A place of a country the document names is the one meant, rather than
/// its namesakes abroad: `Puno` in a story from Peru is not Pune, which
/// has the name as an alternate.
fn country_bonus(s: &Scoring<'_>, e: &Entry, _: u32) -> Option<i32> {
    if s.countries.is_empty() {
        return None;
    }
    let code = e.country().and_then(country_code)?;
    (e.kind() == EntityKind::Place && s.countries.contains(&code)).then_some(COUNTRY_BONUS)
}

/// Whether `candidates` hold places of more than one country.
fn places_of_several_countries(entries: &[Entry], candidates: &[(u32, How)]) -> bool {
    let mut places = candidates
        .iter()
        .map(|&(e, _)| &entries[e as usize])
        .filter(|e| e.kind() == EntityKind::Place)
        .filter_map(|e| e.country());
    let Some(first) = places.next() else {
        return false;
    };
    places.any(|c| c != first)
}

/// A surname alone stands for the one person of that surname the document
/// names; when it names none, for the one prominent bearer
/// ([`most_prominent`]) unless the document names someone else by it
/// ([`Known::written_in_other_name`]), or else the one national figure of a country the
/// document names ([`national_bearer`]); when it names two, for no one.
fn surname_alone(view: &View<'_>, k: usize, known: &mut Known) -> Option<Decision> {
    let candidates = view.names.short.get(k);
    if candidates.is_empty() {
        return None;
    }
    let mut named = candidates
        .iter()
        .copied()
        .filter(|e| known.in_document.contains(e));
    match (named.next(), named.next()) {
        (Some(entry), None) => Some(Decision {
            entry,
            how: How::ShortForm,
            choice: Choice::InDocument,
        }),
        (None, _) => most_prominent(candidates, view.entries)
            .filter(|&e| !known.written_in_other_name(view, k, e))
            .map(|entry| Decision {
                entry,
                how: How::ShortForm,
                choice: Choice::Prior,
            })
            .or_else(|| {
                national_bearer(view, k, known).map(|entry| Decision {
                    entry,
                    how: How::ShortForm,
                    choice: Choice::Country,
                })
            }),
        _ => None,
    }
}

/// The least prior of a national figure a surname alone may name in a
/// document about the figure's country: a major national figure, a head
/// of state or government (70 and above on the gazetteer's scale).
const NATIONAL_SURNAME_PRIOR: u8 = 70;

/// The one bearer of the surname hit `k` spells who is a national figure
/// ([`NATIONAL_SURNAME_PRIOR`]) of a country the document names: national
/// news names its president by surname alone (`Ruto said`, `Marape
/// said`), where the same surname elsewhere is anyone's. Not when the
/// text writes the surname after another capitalised word too: that is
/// someone's full name (`Gohar Ali Khan … Khan said`); nor when the
/// surname is an ordinary word (`Store hours` is no Støre).
fn national_bearer(view: &View<'_>, k: usize, known: &mut Known) -> Option<u32> {
    let candidates = view.names.short.get(k);
    let national = |&e: &u32| view.entries[e as usize].prior() >= NATIONAL_SURNAME_PRIOR;
    let ordinary = view
        .facts
        .of(view.hits[k].tokens.start as usize)
        .has(WordClass::Common);
    if ordinary || !candidates.iter().any(national) {
        return None;
    }
    known.complete_countries(view.entries);
    let of_country_named = |e: &u32| {
        view.entries[*e as usize]
            .country()
            .and_then(country_code)
            .is_some_and(|c| known.countries.contains(&c))
    };
    let mut bearers = candidates
        .iter()
        .filter(|e| national(e) && of_country_named(e));
    let bearer = match (bearers.next(), bearers.next()) {
        (Some(&e), None) => e,
        _ => return None,
    };
    // The text's own spellings last: a table made once per document.
    (!known.written_in_full(view, k)).then_some(bearer)
}

/// The entry a surname alone stands for when the document does not name
/// anyone with it in full: the one bearer prominent enough, clearly ahead
/// of any other prominent bearer.
fn most_prominent(candidates: &[u32], entries: &[Entry]) -> Option<u32> {
    let prior = |e: u32| entries[e as usize].prior();
    let mut ranked: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&e| prior(e) >= STANDALONE_SURNAME_PRIOR)
        .collect();
    ranked.sort_by_key(|&e| std::cmp::Reverse(prior(e)));
    match ranked[..] {
        [only] => Some(only),
        [first, second, ..] if prior(first) >= prior(second) + PROMINENCE_LEAD => Some(first),
        _ => None,
    }
}

/// Whether token `i` continues a name: a capitalised word or an initial.
fn followed_by_name(analysis: &Analysis, i: usize) -> bool {
    analysis.tokens.get(i).is_some_and(|t| {
        t.class == crate::text::Class::Word && t.shape.is_capital() && !t.paragraph_start
    })
}

/// One short list of entries per hit, in one buffer.
#[derive(Clone, Debug, Default)]
struct Lists {
    entries: Vec<u32>,
    /// Where each list starts in `entries`.
    starts: Vec<u32>,
}

impl Lists {
    /// Removes every list.
    fn clear(&mut self) {
        self.entries.clear();
        self.starts.clear();
    }

    /// Starts the next list, empty.
    fn open(&mut self) {
        self.starts.push(self.entries.len() as u32);
    }

    #[inline]
    fn last_start(&self) -> usize {
        self.starts.last().map_or(0, |&s| s as usize)
    }

    /// The list opened last.
    #[inline]
    fn last(&self) -> &[u32] {
        &self.entries[self.last_start()..]
    }

    /// Adds `entry` to the list opened last, unless it is there already.
    #[inline]
    fn push_unique(&mut self, entry: u32) {
        if !self.last().contains(&entry) {
            self.entries.push(entry);
        }
    }

    /// Empties the list opened last.
    fn clear_last(&mut self) {
        self.entries.truncate(self.last_start());
    }

    /// List `k`.
    #[inline]
    fn get(&self, k: usize) -> &[u32] {
        let start = self.starts[k] as usize;
        let end = self
            .starts
            .get(k + 1)
            .map_or(self.entries.len(), |&e| e as usize);
        &self.entries[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::discover::Cues;
    use crate::entities::scan::{ScanBuffers, scan};
    use crate::test_util::assert_unique;
    use crate::text::Folder;

    /// Entries that share names, so that the choice has something to weigh:
    /// a place and a person called `Paris` of near priors, a prominent
    /// place and an obscure person called `Jordan`, two people called
    /// `Smith`, and surnames of prominent people (`Putin`, `Said`), of an
    /// obscure one spelt like a speech cue (`Told`) and of a function word
    /// (`May`).
    const ENTITIES: &str = "\
id\tkind\tname\taliases\tprior\tcase\tcountry\troles
test:paris\tplace\tParis\t\t68\t\tFR\tcity
test:paris-hilton\tperson\tParis Hilton\tParis\t70\t\tUS\t
test:jordan\tplace\tJordan\t\t80\t\tJO\tcountry
test:jordan-smith\tperson\tJordan Smith\tJordan\t50\t\tUS\t
test:anna-smith\tperson\tAnna Smith\t\t50\t\tUS\t
test:vladimir-putin\tperson\tVladimir Putin\t\t95\t\tRU\t
test:edward-said\tperson\tEdward Said\t\t85\t\tUS\t
test:theresa-may\tperson\tTheresa May\t\t90\t\tGB\t
test:omar-told\tperson\tOmar Told\t\t40\t\tUS\t
test:iraq\tplace\tIraq\t\t80\t\tIQ\tcountry
test:kestrel-broadcasting\torganization\tKestrel Broadcasting\tKBX\t42\t\tIQ\tbroadcaster
test:liberal-party-of-jordan\torganization\tLiberal Party of Jordan\tLiberal Party\t60\t\tJO\tparty
test:karim-varnouri\tperson\tKarim Varnouri\t\t75\t\tIQ\t
test:seo-dalwon\tperson\tSeo Dalwon\t\t85\t\tKR\t
test:varnish-union\tplace\tVarnish Union\tVRNU\t40\t\t\t
test:lena-market\tperson\tLena Market\t\t75\t\tIQ\t
test:ostra-iq\tplace\tOstra\t\t45\t\tIQ\tcity
test:ostra-fr\tplace\tOstra\t\t52\t\tFR\tcity
test:varna-ab\tplace\tVarnagrad\tVelm\t64\t\tFR\tcity
test:velm-iq\tplace\tVelm\t\t52\t\tIQ\tcity\ntest:genvar-fr\tplace\tGenvar\t\t60\t\tFR\tcity\ntest:genvar-iq\tplace\tGenvar\t\t42\t\tIQ\tcity\ntest:tarnik-iq\tplace\tTarnik\t\t40\t\tIQ\tcity
test:gen-iq\tplace\tGen\t\t45\t\tIQ\tcity
";
    const DEMONYMS: &str = "place\tdemonyms\ntest:iraq\tIraqi|Iraqis\n";

    /// The reading a case expects of its hit.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Want<'a> {
        /// An entry, by gazetteer id, how it was found and why chosen.
        Entity(&'a str, How, Choice),
        Title,
        Cue,
        Demonym,
        Nothing,
    }
    use Want::{Cue, Demonym, Entity, Nothing, Title};

    use Choice::{Country, InDocument, OnlyCandidate, OwnName, PlaceContext, Prior, TitleBefore};
    use How::{Gazetteer as Full, ShortForm};

    /// Each case: a name, a sentence, the text of one of its hits (the
    /// last that spells it) and the reading that hit must get.
    const CASES: &[(&str, &str, &str, Want<'static>)] = &[
        (
            "an acronym of an organization of a country the document names",
            "Iraqi officials told KBX about the fire.",
            "KBX",
            Entity("test:kestrel-broadcasting", Full, OnlyCandidate),
        ),
        (
            "an acronym of an organization of another country",
            "Officials in Paris told KBX about the fire.",
            "KBX",
            Nothing,
        ),
        (
            "a place of the country the document names among namesakes",
            "Iraqi farmers left Velm at dawn.",
            "Velm",
            Entity("test:velm-iq", Full, Country),
        ),
        (
            "a place named after the country, by an entry of note",
            "In Iraq, farmers left Ostra at dawn.",
            "Ostra",
            Entity("test:ostra-iq", Full, Country),
        ),
        (
            "a namesake of much more note abroad keeps the name",
            "Iraqi students met in Genvar at dawn.",
            "Genvar",
            Entity("test:genvar-fr", Full, Prior),
        ),
        (
            "a person of a country does not make the document about it",
            "Karim Varnouri left for Ostra.",
            "Ostra",
            Entity("test:ostra-fr", Full, Prior),
        ),
        (
            "a village of a country does not make the document about it",
            "Farmers met in Tarnik and left for Ostra.",
            "Ostra",
            Entity("test:ostra-fr", Full, Prior),
        ),
        (
            "a national figure by surname in a document about the country",
            "Officials in Iraq said Varnouri would resign.",
            "Varnouri",
            Entity("test:karim-varnouri", ShortForm, Country),
        ),
        (
            "a national figure by surname in a document about another country",
            "Officials in Paris said Varnouri would resign.",
            "Varnouri",
            Nothing,
        ),
        (
            "a national figure's surname that is an ordinary word",
            "Officials in Iraq said Market prices would rise.",
            "Market",
            Nothing,
        ),
        (
            "a surname written in full elsewhere is someone's full name",
            "Officials in Iraq met Ali Varnouri on Monday. Varnouri said so.",
            "Varnouri",
            Nothing,
        ),
        (
            "a name of ordinary words of an organization of another country",
            "In Paris the Liberal Party won the vote.",
            "Liberal Party",
            Nothing,
        ),
        (
            "a name of ordinary words of an organization of the country named",
            "In Jordan the Liberal Party won the vote.",
            "Liberal Party",
            Entity("test:liberal-party-of-jordan", Full, OnlyCandidate),
        ),
        (
            "a name of ordinary words in a document that names no country",
            "The Liberal Party won the vote.",
            "Liberal Party",
            Entity("test:liberal-party-of-jordan", Full, OnlyCandidate),
        ),
        (
            "an organization of another country by its name",
            "Officials in Paris told Kestrel Broadcasting about the fire.",
            "Kestrel Broadcasting",
            Entity("test:kestrel-broadcasting", Full, OnlyCandidate),
        ),
        (
            "one_entry_names_itself",
            "Officials met in Iraq on Monday.",
            "Iraq",
            Entity("test:iraq", Full, OnlyCandidate),
        ),
        (
            "a_shared_name_goes_to_the_more_prominent",
            "Jordan closed its border.",
            "Jordan",
            Entity("test:jordan", Full, Prior),
        ),
        (
            "its_own_name_outweighs_a_slightly_higher_prior",
            "Paris is expensive.",
            "Paris",
            Entity("test:paris", Full, OwnName),
        ),
        (
            "a_preposition_of_place_makes_it_a_place",
            "She lives in Paris now.",
            "Paris",
            Entity("test:paris", Full, PlaceContext),
        ),
        (
            "a word in capitals among words that are not is no minor place",
            "Officials from OSTRA inspected the site.",
            "OSTRA",
            Nothing,
        ),
        (
            "a minor place by an alias written in capitals",
            "Officials from VRNU inspected the site.",
            "VRNU",
            Entity("test:varnish-union", Full, OnlyCandidate),
        ),
        (
            "a minor place in a heading in capitals",
            "OFFICIALS FROM OSTRA INSPECTED THE SITE",
            "OSTRA",
            Entity("test:ostra-fr", Full, Prior),
        ),
        (
            "a minor place in capitals in a dateline",
            "OSTRA, Iraq — Officials inspected the site.",
            "OSTRA",
            Entity("test:ostra-iq", Full, Country),
        ),
        (
            "a place of note in capitals among words that are not",
            "Officials from JORDAN inspected the site.",
            "JORDAN",
            Entity("test:jordan", Full, Prior),
        ),
        (
            "a title vouches for a bearer of the surname",
            "Mr. Smith said so.",
            "Smith",
            Entity("test:jordan-smith", ShortForm, Prior),
        ),
        (
            "a title vouches for no bearer of a surname the document gives another",
            "Chief executive Mason Smith spoke. Mr. Smith said so.",
            "Smith",
            Nothing,
        ),
        (
            "a prominent bearer by surname, named family name first",
            "Seo told lawmakers he would stay.",
            "Seo",
            Entity("test:seo-dalwon", ShortForm, Prior),
        ),
        (
            "a surname written first in another full name is that person's",
            "Minister Seo Kimun spoke. Seo told lawmakers he would stay.",
            "Seo",
            Nothing,
        ),
        (
            "a surname before a head names a body after the person",
            "The Seo Foundation spoke. Seo told lawmakers he would stay.",
            "Seo",
            Entity("test:seo-dalwon", ShortForm, Prior),
        ),
        (
            "a surname after a title is the prominent bearer's",
            "Officials met President Putin. Putin said so.",
            "Putin",
            Entity("test:vladimir-putin", ShortForm, InDocument),
        ),
        (
            "a surname after a capitalised function word is the prominent bearer's",
            "On Monday Putin said so.",
            "Putin",
            Entity("test:vladimir-putin", ShortForm, Prior),
        ),
        (
            "a surname before a particle and a capitalised word is a given name",
            "Officials met Putin de Varnos on Monday.",
            "Putin",
            Nothing,
        ),
        (
            "a surname before a particle a hyphen joins to a capitalised word",
            "Officials met Putin al-Varnos on Monday.",
            "Putin",
            Nothing,
        ),
        (
            "a surname before an English word that is also a particle",
            "Officials said Putin at Harvard spoke.",
            "Putin",
            Entity("test:vladimir-putin", ShortForm, Prior),
        ),
        (
            "a surname written after another given name is that person's",
            "Officials met Anton Putin. Putin said so.",
            "Putin",
            Nothing,
        ),
        (
            "a_title_makes_it_a_person",
            "Dr. Jordan spoke.",
            "Jordan",
            Entity("test:jordan-smith", Full, TitleBefore),
        ),
        (
            "a_name_given_in_full_before_wins",
            "Jordan Smith arrived. Later Jordan spoke.",
            "Jordan",
            Entity("test:jordan-smith", Full, InDocument),
        ),
        (
            "the_full_name_names_itself",
            "Jordan Smith arrived.",
            "Jordan Smith",
            Entity("test:jordan-smith", Full, OnlyCandidate),
        ),
        (
            "a_surname_after_a_title",
            "Dr. Hilton spoke.",
            "Hilton",
            Entity("test:paris-hilton", ShortForm, OnlyCandidate),
        ),
        (
            "a_surname_a_title_vouched_for_before",
            "Dr. Hilton arrived. Later Hilton spoke.",
            "Hilton",
            Entity("test:paris-hilton", ShortForm, InDocument),
        ),
        (
            "a_tie_goes_to_the_entry_loaded_first",
            "Dr. Smith spoke.",
            "Smith",
            Entity("test:jordan-smith", ShortForm, Prior),
        ),
        (
            "a_surname_of_the_one_bearer_named",
            "Anna Smith arrived. Smith said no.",
            "Smith",
            Entity("test:anna-smith", ShortForm, InDocument),
        ),
        (
            "a_surname_two_people_named_share_is_no_one",
            "Anna Smith met Jordan Smith. Smith said no.",
            "Smith",
            Nothing,
        ),
        (
            "a_surname_of_a_prominent_person_alone",
            "Putin said no.",
            "Putin",
            Entity("test:vladimir-putin", ShortForm, Prior),
        ),
        (
            "a_surname_of_an_obscure_person_alone_is_no_one",
            "Hilton said no.",
            "Hilton",
            Nothing,
        ),
        (
            "a_surname_before_a_capitalised_word_is_a_first_name",
            "Putin Ahmed said no.",
            "Putin",
            Nothing,
        ),
        (
            "a_surname_that_is_a_function_word_is_no_one",
            "The talks resumed in May.",
            "May",
            Nothing,
        ),
        (
            "a_surname_spelt_like_a_cue_is_a_name",
            "Said wrote the book.",
            "Said",
            Entity("test:edward-said", ShortForm, Prior),
        ),
        (
            "an_obscure_surname_spelt_like_a_cue_is_no_cue",
            "Told you so.",
            "Told",
            Nothing,
        ),
        (
            "a_title_alone",
            "The spokesman said no.",
            "spokesman",
            Title,
        ),
        (
            "a_title_before_a_name",
            "President Putin spoke.",
            "President",
            Title,
        ),
        (
            "the_name_after_a_title",
            "President Putin spoke.",
            "Putin",
            Entity("test:vladimir-putin", ShortForm, OnlyCandidate),
        ),
        (
            "a_title_written_with_its_stop_over_a_place_of_its_letters",
            "Gen. Varnouri spoke.",
            "Gen.",
            Title,
        ),
        (
            "a_place_named_like_a_title_without_its_stop",
            "Farmers left Gen on Monday.",
            "Gen",
            Entity("test:gen-iq", Full, OnlyCandidate),
        ),
        ("a_speech_cue", "The spokesman said no.", "said", Cue),
        (
            "a_verb_of_speech_capitalised_after_a_lower_case_word_is_a_name",
            "The party spokesperson Promise Varn spoke.",
            "Promise",
            Nothing,
        ),
        (
            "a_verb_of_speech_capitalised_with_every_word_is_one",
            "Police Promise Reform",
            "Promise",
            Cue,
        ),
        (
            "a_nationality_word",
            "Iraqi officials said no.",
            "Iraqi",
            Demonym,
        ),
    ];

    /// What [`choose`] needs besides the text: the gazetteer of
    /// [`ENTITIES`] with the bundled lists, compiled.
    struct Fixture {
        gazetteer: Gazetteer,
        folder: Folder,
        lexicon: Lexicon,
        cues: Cues,
    }

    fn fixture() -> Fixture {
        let mut gazetteer = Gazetteer::with_bundled_lists().unwrap();
        gazetteer.load_str("entities.tsv", ENTITIES).unwrap();
        gazetteer.load_str("demonyms.tsv", DEMONYMS).unwrap();
        let folder = Folder::new(&gazetteer.lists.rewrites, &gazetteer.lists.same_spellings);
        let mut lexicon = Lexicon::build(&gazetteer, &folder).unwrap();
        let cues = Cues::build(&gazetteer, &folder, lexicon.take_words());
        Fixture {
            gazetteer,
            folder,
            lexicon,
            cues,
        }
    }

    /// Each hit of `text` as written, with the reading chosen for it.
    fn readings<'f>(f: &'f Fixture, text: &str, work: &mut Workspace) -> Vec<(String, Want<'f>)> {
        let mut analysis = Analysis::default();
        analysis.run(text, &f.folder);
        let mut by_spelling = Vec::new();
        f.cues.facts_of(text, &analysis, &mut by_spelling);
        let mut by_token = Vec::new();
        let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
        let mut scanned = ScanBuffers::default();
        scan(text, &analysis, facts, &f.lexicon, &mut scanned);
        let mut readings = Vec::new();
        choose(
            &analysis,
            facts,
            &scanned.hits,
            &f.lexicon,
            &f.gazetteer,
            work,
            &mut readings,
        );
        let entries = f.gazetteer.entries();
        let got = |reading: &Reading| match *reading {
            Reading::Entry(d) => Entity(entries[d.entry as usize].id(), d.how, d.choice),
            Reading::Title(_) => Title,
            Reading::Cue(_) => Cue,
            Reading::Demonym => Demonym,
            Reading::Unresolved => Nothing,
        };
        scanned
            .hits
            .iter()
            .zip(&readings)
            .map(|(hit, reading)| (text[analysis.span_of(hit.tokens)].to_owned(), got(reading)))
            .collect()
    }

    #[test]
    fn each_hit_gets_its_reading() {
        let f = fixture();
        // One workspace for every case, as for the documents of a run.
        let mut work = Workspace::default();
        for &(name, text, hit, want) in CASES {
            let all = readings(&f, text, &mut work);
            let Some((_, got)) = all.iter().rev().find(|(h, _)| h == hit) else {
                panic!("{name}: no hit {hit:?} among {all:?}");
            };
            assert_eq!(*got, want, "{name}: {hit:?} in {text:?}");
        }
    }

    /// `(name, text, word, the kind and name of what it names)`, through
    /// the bundled gazetteer: the surname of a world-famous person that
    /// is also the name of a minor place (a Japanese town of 30,000, a
    /// town in Nebraska).
    const FAMOUS_SURNAMES: &[(&str, &str, &str, EntityKind, &str)] = &[
        (
            "a famous surname before a verb of speech",
            "Obama said the talks would resume.",
            "Obama",
            EntityKind::Person,
            "Barack Obama",
        ),
        (
            "a famous surname as an object",
            "Critics praised Carney on Monday.",
            "Carney",
            EntityKind::Person,
            "Mark Carney",
        ),
        (
            "the town after a preposition of place",
            "The ferry docked in Obama on Monday.",
            "Obama",
            EntityKind::Place,
            "Obama",
        ),
    ];

    #[test]
    fn a_famous_surname_outranks_a_minor_place() {
        assert_unique(FAMOUS_SURNAMES.iter().map(|c| c.0));
        let mut wrong = Vec::new();
        for &(name, text, word, kind, entity) in FAMOUS_SURNAMES {
            let x = crate::test_util::extract(text);
            let got: Vec<(EntityKind, &str)> = x
                .mentions()
                .iter()
                .filter(|m| &text[m.span()] == word)
                .filter_map(|m| x.entity(m.entity()))
                .map(|e| (e.kind(), e.name()))
                .collect();
            if got != [(kind, entity)] {
                wrong.push(format!("{name}: {word:?} in {text:?} is {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn case_names_are_unique() {
        assert_unique(CASES.iter().map(|c| c.0));
    }
}
