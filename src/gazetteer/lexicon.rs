//! Compiling the gazetteer: every folded variant of every alias, title and
//! demonym in one `aho-corasick` automaton (leftmost-longest, anchored), and
//! for each pattern the senses it can have.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use super::variants::{self, AliasKind, CaseCheck, Form, Rules, Variant};
use super::{CaseRule, Gazetteer};
use crate::entities::EntityKind;
use crate::error::Error;
use crate::text::Folder;

/// What a matched pattern can mean.
#[derive(Clone, Debug, Eq, PartialEq)]
pub(crate) enum Sense {
    /// A name of gazetteer entry `entry`; `canonical` when the variant
    /// spells the entry's own name rather than an alternate.
    Entity {
        entry: u32,
        form: Form,
        case: CaseCheck,
        canonical: bool,
    },
    /// A title or role from the titles list.
    Title { title: u32 },
    /// A nationality word of place entry `place`.
    Demonym { place: u32 },
    /// A form of speech verb or cue `verb` of the speech verbs list.
    Cue { verb: u32 },
}

/// The compiled matcher.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    automaton: AhoCorasick,
    senses: Vec<Sense>,
    by_pattern: Vec<Range<u32>>,
    /// The fold of every token that starts a pattern, and whether some
    /// pattern starting with it may start without a capital. Handed to the
    /// word facts by [`Lexicon::take_starters`] when the extractor is built.
    starters: HashMap<Box<str>, bool>,
}

impl Lexicon {
    pub(crate) fn build(gazetteer: &Gazetteer, folder: &Folder) -> Result<Lexicon, Error> {
        Lexicon::collect(gazetteer, folder)?.finish()
    }

    /// The distinct folded patterns the lexicon of `gazetteer` holds, in the
    /// haystack's shape (`" tahsin al - khafaji "`).
    pub(crate) fn patterns(gazetteer: &Gazetteer, folder: &Folder) -> Result<Vec<String>, Error> {
        Ok(Lexicon::collect(gazetteer, folder)?.patterns)
    }

    /// Generates every variant of every alias, title, cue and demonym.
    fn collect(gazetteer: &Gazetteer, folder: &Folder) -> Result<Builder, Error> {
        let particles: HashMap<String, bool> = gazetteer
            .lists
            .particles
            .iter()
            .map(|p| {
                let mut folded = String::new();
                folder.fold(
                    &p.particle,
                    crate::text::Class::Word,
                    &mut folded,
                    &mut String::new(),
                );
                (folded, p.droppable)
            })
            .collect();
        let rules = Rules {
            folder,
            particles: &particles,
        };
        let family_first: HashSet<&str> = gazetteer
            .lists
            .family_first
            .iter()
            .map(String::as_str)
            .collect();

        // An alias that starts with a title ("Prince Charles", "Sheikh Sabah
        // al-Ahmad") names the person with the title: its last word is not a
        // surname to stand alone.
        let title_words: HashSet<String> = gazetteer
            .lists
            .titles
            .iter()
            .filter_map(|t| {
                crate::text::fold_phrase(folder, &t.title)
                    .into_iter()
                    .next()
            })
            .collect();
        let starts_with_title = |alias: &str| {
            crate::text::fold_phrase(folder, alias)
                .first()
                .is_some_and(|w| title_words.contains(w))
        };

        let mut builder = Builder::default();
        let mut variants = Vec::new();
        for (index, entry) in gazetteer.entries().iter().enumerate() {
            let person = entry.kind() == EntityKind::Person;
            let kind = |alias: &str| AliasKind {
                person: person && !starts_with_title(alias),
                family_first: person && entry.country().is_some_and(|c| family_first.contains(c)),
                exact: match entry.case() {
                    CaseRule::Exact => true,
                    CaseRule::Title => false,
                    CaseRule::Auto => is_all_capitals(alias),
                },
            };
            let names =
                std::iter::once(entry.name()).chain(entry.aliases().iter().map(String::as_str));
            for (n, alias) in names.enumerate() {
                variants.clear();
                variants::generate(alias, kind(alias), &rules, &mut variants);
                for v in variants.drain(..) {
                    let sense = Sense::Entity {
                        entry: index as u32,
                        form: v.form,
                        case: v.case.clone(),
                        canonical: n == 0 && v.form == Form::Full,
                    };
                    builder.add(v, sense);
                }
            }
        }
        for (index, title) in gazetteer.lists.titles.iter().enumerate() {
            variants.clear();
            variants::generate(&title.title, AliasKind::PLAIN, &rules, &mut variants);
            for mut v in variants.drain(..) {
                // Titles are recognised in any case: "the spokesman", "President".
                v.first_needs_capital = false;
                builder.add(
                    v,
                    Sense::Title {
                        title: index as u32,
                    },
                );
            }
        }
        for (index, verb) in gazetteer.lists.speech_verbs.iter().enumerate() {
            for form in &verb.forms {
                variants.clear();
                variants::generate(form, AliasKind::PLAIN, &rules, &mut variants);
                for mut v in variants.drain(..) {
                    // Cues are recognised in any case: "said", "According to".
                    v.first_needs_capital = false;
                    builder.add(v, Sense::Cue { verb: index as u32 });
                }
            }
        }
        for demonym in &gazetteer.lists.demonyms {
            let place = gazetteer
                .index_of(&demonym.place)
                .filter(|&i| gazetteer.entries()[i].kind() == EntityKind::Place)
                .ok_or_else(|| {
                    Error::line(
                        &demonym.file,
                        demonym.line,
                        format!("column \"place\": no place with id {:?}", demonym.place),
                    )
                })?;
            for form in &demonym.forms {
                variants.clear();
                variants::generate(form, AliasKind::PLAIN, &rules, &mut variants);
                for v in variants.drain(..) {
                    builder.add(
                        v,
                        Sense::Demonym {
                            place: place as u32,
                        },
                    );
                }
            }
        }
        Ok(builder)
    }

    /// The longest pattern that starts at haystack offset `start` (a
    /// delimiting space) and ends at or before `end`: its index and end.
    #[inline]
    pub(crate) fn longest_at(
        &self,
        haystack: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let input = Input::new(haystack)
            .range(start..end)
            .anchored(Anchored::Yes);
        self.automaton
            .find(input)
            .map(|m| (m.pattern().as_usize(), m.end()))
    }

    /// The senses of pattern `pattern`.
    #[inline]
    pub(crate) fn senses(&self, pattern: usize) -> &[Sense] {
        let r = &self.by_pattern[pattern];
        &self.senses[r.start as usize..r.end as usize]
    }

    /// Takes the fold of every token that starts a pattern, and whether
    /// some pattern starting with it may start without a capital. The
    /// extractor keeps them in its word facts, so the lexicon gives them up
    /// rather than hold a second copy.
    pub(crate) fn take_starters(&mut self) -> HashMap<Box<str>, bool> {
        std::mem::take(&mut self.starters)
    }

    /// The number of distinct patterns.
    pub(crate) fn pattern_count(&self) -> usize {
        self.by_pattern.len()
    }
}

/// Whether every letter of an alias is a capital (`IS`, `U.S.`, `INA`).
fn is_all_capitals(alias: &str) -> bool {
    let mut letters = alias.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

#[derive(Default)]
struct Builder {
    ids: HashMap<String, usize>,
    patterns: Vec<String>,
    senses: Vec<Vec<Sense>>,
    starters: HashMap<Box<str>, bool>,
}

impl Builder {
    fn add(&mut self, variant: Variant, sense: Sense) {
        let lowercase = self
            .starters
            .entry(variant.first.as_str().into())
            .or_insert(false);
        *lowercase |= !variant.first_needs_capital;
        let id = match self.ids.get(&variant.pattern) {
            Some(&id) => id,
            None => {
                let id = self.patterns.len();
                self.ids.insert(variant.pattern.clone(), id);
                self.patterns.push(variant.pattern);
                self.senses.push(Vec::new());
                id
            }
        };
        if !self.senses[id].contains(&sense) {
            self.senses[id].push(sense);
        }
    }

    fn finish(self) -> Result<Lexicon, Error> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.patterns)
            .map_err(|e| Error::automaton("alias", e))?;
        let mut senses = Vec::new();
        let mut by_pattern = Vec::with_capacity(self.senses.len());
        for list in self.senses {
            let start = senses.len() as u32;
            senses.extend(list);
            by_pattern.push(start..senses.len() as u32);
        }
        Ok(Lexicon {
            automaton,
            senses,
            by_pattern,
            starters: self.starters,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_capitals() {
        assert!(is_all_capitals("IS"));
        assert!(is_all_capitals("U.S."));
        assert!(!is_all_capitals("Daesh"));
        assert!(!is_all_capitals("DoD"));
        assert!(!is_all_capitals("9/11"));
    }
}
