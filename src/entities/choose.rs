//! Choosing one gazetteer entry for each hit.
//!
//! A full name with one candidate decides itself. A name several entries
//! share goes to the one with the best score: its prior, plus the document
//! (an entry named unambiguously elsewhere in it), a title before the name
//! (a person) and a preposition of place before it (a place). A surname
//! alone only stands for an entry the document names in full, or failing
//! that for the one prominent entry with that surname; two candidates in one
//! document leave it unresolved rather than guessed.

use super::{Choice, EntityKind, How, TokenFacts};
use crate::gazetteer::Gazetteer;
use crate::gazetteer::lexicon::{Lexicon, Sense};
use crate::gazetteer::variants::Form;
use crate::text::Analysis;
use rustc_hash::FxHashSet as HashSet;

use super::scan::Hit;

/// Bonuses added to an entry's prior when choosing between candidates.
const IN_DOCUMENT_BONUS: i32 = 50;
const TITLE_BONUS: i32 = 40;
const TITLE_PENALTY: i32 = -30;
const PLACE_CONTEXT_BONUS: i32 = 15;
/// A name is more likely the entity it is the name of than one it is an
/// alternate of (`Oklahoma` the state, not Oklahoma City).
const CANONICAL_BONUS: i32 = 5;

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
    /// Per hit: the entries it names in full, those it spells by their own
    /// name rather than an alternate, and those it names by surname.
    full: Lists,
    canonical: Lists,
    short: Lists,
    /// Per hit: whether it reads as a title, and whether a title stands
    /// right before it.
    is_title: Vec<bool>,
    title_before: Vec<bool>,
    decisions: Vec<Option<Decision>>,
    /// The entries the document names unambiguously so far: few, so a set
    /// rather than a flag per gazetteer entry.
    in_document: HashSet<u32>,
    candidates: Vec<(u32, How)>,
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
    let entries = gazetteer.entries();
    let Workspace {
        full,
        canonical,
        short,
        is_title,
        title_before,
        decisions,
        in_document,
        candidates,
    } = work;
    for lists in [&mut *full, &mut *canonical, &mut *short] {
        lists.clear();
    }
    is_title.clear();
    readings.clear();
    for hit in hits {
        full.open();
        canonical.open();
        short.open();
        let (mut demonym, mut title, mut cue) = (None, None, None);
        for sense in hit.senses(lexicon) {
            match *sense {
                Sense::Entity {
                    entry,
                    form: Form::Full,
                    canonical: own_name,
                    ..
                } => {
                    full.push_unique(entry);
                    if own_name {
                        canonical.push_unique(entry);
                    }
                }
                // A surname that is also a month or a function word ("May")
                // never stands alone, nor one followed by another capitalised
                // word: that is someone else's first name ("Ahmed Kamil Murad").
                Sense::Entity {
                    entry,
                    form: Form::Surname,
                    ..
                } if !facts.of(hit.tokens.start as usize).is_function_word()
                    && !followed_by_name(analysis, hit.tokens.end as usize) =>
                {
                    short.push_unique(entry)
                }
                Sense::Entity { .. } => {}
                Sense::Demonym { place } => demonym = Some(place),
                Sense::Title { title: t } => title = title.or(Some(t)),
                Sense::Cue { verb } => cue = cue.or(Some(verb)),
            }
        }
        if demonym.is_some() {
            // A nationality word is context, never a mention.
            full.clear_last();
            short.clear_last();
        }
        let (f, s) = (full.last(), short.last());
        is_title.push(title.is_some() && f.is_empty());
        readings.push(match (demonym, title) {
            (Some(_), _) => Reading::Demonym,
            (None, Some(t)) if f.is_empty() => Reading::Title(t),
            _ if f.is_empty() && s.is_empty() && cue.is_some() => Reading::Cue(cue.unwrap_or(0)),
            _ => Reading::Unresolved,
        });
    }

    title_before.clear();
    title_before.extend(
        (0..hits.len())
            .map(|k| k > 0 && is_title[k - 1] && hits[k - 1].tokens.end == hits[k].tokens.start),
    );
    decisions.clear();
    decisions.resize(hits.len(), None);
    in_document.clear();
    for k in 0..hits.len() {
        if let ([entry], []) = (full.get(k), short.get(k)) {
            if !title_before[k] {
                decisions[k] = Some(Decision {
                    entry: *entry,
                    how: How::Gazetteer,
                    choice: Choice::OnlyCandidate,
                });
                in_document.insert(*entry);
            }
        }
    }
    for k in 0..hits.len() {
        if decisions[k].is_some()
            || full.get(k).is_empty() && (!title_before[k] || short.get(k).is_empty())
        {
            continue;
        }
        // Candidates: the full names, and surnames when a title or the
        // document vouches for them.
        candidates.clear();
        candidates.extend(full.get(k).iter().map(|&e| (e, How::Gazetteer)));
        for &e in short.get(k) {
            if title_before[k] || in_document.contains(&e) {
                candidates.push((e, How::ShortForm));
            }
        }
        let place_context = hits[k].tokens.start > 0 && {
            let previous = hits[k].tokens.start as usize - 1;
            facts.of(previous).is_place_preposition()
        };
        let bonus = |entry: u32| -> (i32, Choice) {
            let e = &entries[entry as usize];
            let mut best = (0, Choice::Prior);
            let mut add = |points: i32, why: Choice| {
                if points > best.0 {
                    best.1 = why;
                }
                best.0 += points;
            };
            if in_document.contains(&entry) {
                add(IN_DOCUMENT_BONUS, Choice::InDocument);
            }
            if title_before[k] {
                if e.kind() == EntityKind::Person {
                    add(TITLE_BONUS, Choice::TitleBefore);
                } else {
                    add(TITLE_PENALTY, Choice::TitleBefore);
                }
            }
            if place_context && e.kind() == EntityKind::Place {
                add(PLACE_CONTEXT_BONUS, Choice::PlaceContext);
            }
            if canonical.get(k).contains(&entry) {
                add(CANONICAL_BONUS, Choice::OwnName);
            }
            best
        };
        let score = |entry: u32| i32::from(entries[entry as usize].prior()) + bonus(entry).0;
        // Ties go to the entry loaded first, so the choice is deterministic.
        let Some(&(best, how)) = candidates.iter().rev().max_by_key(|(e, _)| score(*e)) else {
            continue;
        };
        let Some(&(by_prior, _)) = candidates
            .iter()
            .rev()
            .max_by_key(|(e, _)| entries[*e as usize].prior())
        else {
            continue;
        };
        let choice = if candidates.len() == 1 {
            Choice::OnlyCandidate
        } else if best == by_prior {
            Choice::Prior
        } else {
            bonus(best).1
        };
        decisions[k] = Some(Decision {
            entry: best,
            how,
            choice,
        });
        in_document.insert(best);
    }
    for (k, decision) in decisions.iter_mut().enumerate() {
        let candidates = short.get(k);
        if decision.is_some() || candidates.is_empty() {
            continue;
        }
        let mut named = candidates
            .iter()
            .copied()
            .filter(|e| in_document.contains(e));
        *decision = match (named.next(), named.next()) {
            (Some(entry), None) => Some(Decision {
                entry,
                how: How::ShortForm,
                choice: Choice::InDocument,
            }),
            (None, _) => most_prominent(candidates, entries).map(|entry| Decision {
                entry,
                how: How::ShortForm,
                choice: Choice::Prior,
            }),
            _ => None,
        };
    }

    for (reading, decision) in readings.iter_mut().zip(decisions.iter()) {
        if let Some(d) = *decision {
            *reading = Reading::Entry(d);
        }
    }
}

/// The entry a surname alone stands for when the document does not name
/// anyone with it in full: the one bearer prominent enough, clearly ahead
/// of any other prominent bearer.
fn most_prominent(candidates: &[u32], entries: &[crate::gazetteer::Entry]) -> Option<u32> {
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

    fn last_start(&self) -> usize {
        self.starts.last().map_or(0, |&s| s as usize)
    }

    /// The list opened last.
    fn last(&self) -> &[u32] {
        &self.entries[self.last_start()..]
    }

    /// Adds `entry` to the list opened last, unless it is there already.
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
    fn get(&self, k: usize) -> &[u32] {
        let start = self.starts[k] as usize;
        let end = self
            .starts
            .get(k + 1)
            .map_or(self.entries.len(), |&e| e as usize);
        &self.entries[start..end]
    }
}
