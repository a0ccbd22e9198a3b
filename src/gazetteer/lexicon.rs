//! Compiling the gazetteer: every folded variant of every alias, title and
//! demonym in one trie of words, and for each pattern the senses it can have.
//!
//! A pattern is a sequence of folded tokens (`tahsin al - khafaji`), and the
//! text is already cut into folded tokens, each looked up once in the word
//! facts. So the matcher walks words, not bytes: the word facts give a
//! token's word id and the trie node its word reaches from the root, and
//! each further token is one step in a hash table of `(node, word)` edges.
//! Most tokens start no pattern and cost nothing here; most that do end
//! after one or two steps. A byte automaton over the same patterns would
//! walk every byte of every candidate and everything after it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::grammar::Classes;
use super::variants::{self, AliasKind, CaseCheck, Form, Rules, Variant};
use super::{CaseRule, Gazetteer};
use crate::entities::EntityKind;
use crate::error::Error;
use crate::text::Folder;
use crate::text::word_map::WordMap;

/// What a matched pattern can mean.
#[derive(Clone, Debug, Eq, Hash, PartialEq)]
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
    /// A form of speech verb or cue `verb` of the speech verbs list, and
    /// the spelling the text must have ([`AliasKind::SPELLED`]).
    Cue { verb: u32, case: CaseCheck },
}

/// What the lexicon knows of one folded word of its patterns. Eight
/// bytes: every token's word facts carry one, so it is packed.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct PatternWord {
    /// The word's id on the trie's edges, or [`PatternWord::NONE`].
    id: u32,
    /// The node the word reaches from the root when some pattern starts
    /// with it, else 0 (the root itself, which no word reaches); with
    /// [`PatternWord::LOWERCASE`] set when some pattern starting with it
    /// may start without a capital.
    start: u32,
}

impl PatternWord {
    const NONE: u32 = u32::MAX;
    const LOWERCASE: u32 = 1 << 31;

    /// The node reached from the root, when some pattern starts with it.
    #[inline]
    fn first(&self) -> Option<u32> {
        let node = self.start & !PatternWord::LOWERCASE;
        (node != Trie::ROOT).then_some(node)
    }

    /// Whether a token of this word, capitalised or not, may start a match.
    #[inline]
    pub(crate) fn may_start(&self, capital: bool) -> bool {
        self.first().is_some() && (capital || self.start & PatternWord::LOWERCASE != 0)
    }
}

impl Default for PatternWord {
    /// A word of no pattern.
    fn default() -> PatternWord {
        PatternWord {
            id: PatternWord::NONE,
            start: 0,
        }
    }
}

/// The compiled matcher.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    trie: Trie,
    senses: Vec<Sense>,
    by_pattern: Vec<Range<u32>>,
    /// Every word of every pattern. Handed to the word facts by
    /// [`Lexicon::take_words`] when the extractor is built, so that a
    /// token's word is looked up once for everything.
    words: WordMap<PatternWord>,
}

/// The patterns as paths of word ids from the root.
#[derive(Clone, Debug)]
struct Trie {
    nodes: Vec<Node>,
    /// `(node << 32) | word` to the node the word leads to.
    edges: HashMap<u64, u32>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The pattern that ends here, or [`Node::NO_PATTERN`].
    pattern: u32,
    /// One bit, [`Node::bit`], for the word of each edge that leaves this
    /// node; zero when no longer pattern goes on from here. Most words
    /// after a name start lead nowhere, and this rules them out without a
    /// lookup in the table of edges, which holds every edge of the
    /// gazetteer and is seldom in cache.
    children: u32,
}

impl Node {
    const NO_PATTERN: u32 = u32::MAX;

    fn new() -> Node {
        Node {
            pattern: Node::NO_PATTERN,
            children: 0,
        }
    }

    /// The bit of `word` in [`Node::children`]: five bits of its id, mixed
    /// so that words numbered close together spread over them.
    #[inline]
    fn bit(word: u32) -> u32 {
        1 << (word.wrapping_mul(0x9E37_79B9) >> 27)
    }

    /// Whether an edge for `word` may leave this node.
    #[inline]
    fn may_lead_on(&self, word: u32) -> bool {
        self.children & Node::bit(word) != 0
    }
}

impl Trie {
    const ROOT: u32 = 0;

    fn new() -> Trie {
        Trie {
            nodes: vec![Node::new()],
            edges: HashMap::default(),
        }
    }

    fn edge(node: u32, word: u32) -> u64 {
        (u64::from(node) << 32) | u64::from(word)
    }

    /// The node `word` leads to from `node`, added if new.
    fn step_or_add(&mut self, node: u32, word: u32) -> u32 {
        // Node ids leave the top bit to `PatternWord::LOWERCASE`; a
        // gazetteer of two billion pattern words would not fit in memory.
        let fresh = self.nodes.len() as u32;
        debug_assert!(fresh < PatternWord::LOWERCASE);
        let next = *self.edges.entry(Trie::edge(node, word)).or_insert(fresh);
        if next == fresh {
            self.nodes[node as usize].children |= Node::bit(word);
            self.nodes.push(Node::new());
        }
        next
    }
}

impl Lexicon {
    pub(crate) fn build(gazetteer: &Gazetteer, folder: &Folder) -> Result<Lexicon, Error> {
        Ok(Lexicon::collect(gazetteer, folder)?.finish())
    }

    /// The distinct folded patterns the lexicon of `gazetteer` holds, in the
    /// haystack's shape (`" tahsin al - khafaji "`).
    pub(crate) fn patterns(gazetteer: &Gazetteer, folder: &Folder) -> Result<Vec<String>, Error> {
        Ok(Lexicon::collect(gazetteer, folder)?.patterns)
    }

    /// Generates every variant of every alias, title, cue and demonym.
    fn collect(gazetteer: &Gazetteer, folder: &Folder) -> Result<Builder, Error> {
        // One word of a list, folded as the text's words are.
        let fold_word = |word: &str| {
            let mut folded = String::new();
            folder.fold(
                word,
                crate::text::Class::Word,
                &mut folded,
                &mut String::new(),
            );
            folded
        };
        let particles: HashMap<String, bool> = gazetteer
            .lists
            .particles
            .iter()
            .map(|p| (fold_word(&p.particle), p.droppable))
            .collect();
        let mut classes: HashMap<String, Classes> = HashMap::default();
        for row in &gazetteer.lists.grammar {
            classes
                .entry(fold_word(&row.word))
                .or_default()
                .add(row.class);
        }
        let ordinary: HashSet<String> =
            gazetteer.lists.words.iter().map(|w| fold_word(w)).collect();
        // The heads of places' names (`Sea`, `River`), which writers may
        // put in lower case after a name they know (`the Yellow sea`).
        let feature_words: HashSet<String> = gazetteer
            .lists
            .name_cues
            .iter()
            .filter(|c| c.kind == EntityKind::Place && c.position.is_head())
            .map(|c| fold_word(&c.cue))
            .collect();
        // And of organizations' (`Party`, `Movement`): `the Republican party`.
        let organization_heads: HashSet<String> = gazetteer
            .lists
            .name_cues
            .iter()
            .filter(|c| c.kind == EntityKind::Organization && c.position.is_head())
            .map(|c| fold_word(&c.cue))
            .collect();
        let rules = Rules {
            folder,
            particles: &particles,
            classes: &classes,
            ordinary: &ordinary,
            feature_words: &feature_words,
            organization_heads: &organization_heads,
        };
        let mut builder = Builder::default();
        add_entries(gazetteer, &rules, &mut builder);
        add_list_words(gazetteer, &rules, &mut builder)?;
        Ok(builder)
    }

    /// Calls `found(pattern, words)` for every pattern that is a prefix of
    /// the words `first`, then `rest`, shortest first, with the number of
    /// words it spans.
    #[inline]
    pub(crate) fn prefixes(
        &self,
        first: PatternWord,
        rest: impl IntoIterator<Item = PatternWord>,
        mut found: impl FnMut(usize, usize),
    ) {
        let Some(mut node) = first.first() else {
            return;
        };
        let mut words = 1;
        let mut rest = rest.into_iter();
        while let Some(here) = self.trie.nodes.get(node as usize) {
            if here.pattern != Node::NO_PATTERN {
                found(here.pattern as usize, words);
            }
            if here.children == 0 {
                return;
            }
            let Some(word) = rest
                .next()
                .filter(|w| w.id != PatternWord::NONE && here.may_lead_on(w.id))
            else {
                return;
            };
            let Some(&next) = self.trie.edges.get(&Trie::edge(node, word.id)) else {
                return;
            };
            node = next;
            words += 1;
        }
    }

    /// The senses of pattern `pattern`.
    #[inline]
    pub(crate) fn senses(&self, pattern: usize) -> &[Sense] {
        let r = &self.by_pattern[pattern];
        &self.senses[r.start as usize..r.end as usize]
    }

    /// Takes every word of the patterns, by fold. The extractor keeps them
    /// in its word facts, so the lexicon gives them up rather than hold a
    /// second copy; [`Lexicon::prefixes`] is then given the words it needs.
    pub(crate) fn take_words(&mut self) -> WordMap<PatternWord> {
        std::mem::take(&mut self.words)
    }

    /// The pattern word of `folded`, while the lexicon still holds its
    /// words (before [`Lexicon::take_words`]).
    #[cfg(test)]
    pub(crate) fn word(&self, folded: &str) -> PatternWord {
        self.words.get(folded)
    }

    /// The number of distinct patterns.
    pub(crate) fn pattern_count(&self) -> usize {
        self.by_pattern.len()
    }
}

/// Adds the variants of every name of every entry.
fn add_entries(gazetteer: &Gazetteer, rules: &Rules<'_>, builder: &mut Builder) {
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
            crate::text::fold_phrase(rules.folder, &t.title)
                .into_iter()
                .next()
        })
        .collect();
    let starts_with_title = |alias: &str| {
        crate::text::fold_phrase(rules.folder, alias)
            .first()
            .is_some_and(|w| title_words.contains(w))
    };

    let mut variants = Vec::new();
    let mut role_heads: HashMap<&str, Option<String>> = HashMap::default();
    for (index, entry) in gazetteer.entries().iter().enumerate() {
        let person = entry.kind() == EntityKind::Person;
        let organization = entry.kind() == EntityKind::Organization;
        let kind = |alias: &str| AliasKind {
            person: person && !starts_with_title(alias),
            family_first: person && entry.country().is_some_and(|c| family_first.contains(c)),
            exact: match entry.case() {
                CaseRule::Exact => true,
                CaseRule::Title => false,
                CaseRule::Auto => is_all_capitals(alias),
            },
            every_capital: entry.case() == CaseRule::Auto && !is_all_capitals(alias),
            spelled: false,
            place: entry.kind() == EntityKind::Place,
            organization,
        };
        // An organization's head may be written in lower case when its roles
        // name its kind so (`the Republican party`), not when the head is
        // only a word of its name (`the New York times`).
        // Each role's title is folded once for all entries.
        let own_heads: HashSet<String> = entry
            .roles()
            .iter()
            .filter(|_| organization)
            .filter_map(|role| {
                role_heads
                    .entry(role.title())
                    .or_insert_with(|| {
                        match &crate::text::fold_phrase(rules.folder, role.title())[..] {
                            [word] if rules.organization_heads.contains(word) => Some(word.clone()),
                            _ => None,
                        }
                    })
                    .clone()
            })
            .collect();
        let rules = &Rules {
            organization_heads: &own_heads,
            ..*rules
        };
        let names = std::iter::once(entry.name()).chain(entry.aliases().iter().map(String::as_str));
        let folded: Vec<Vec<String>> = names
            .clone()
            .map(|name| crate::text::fold_phrase(rules.folder, name))
            .collect();
        for (n, alias) in names.enumerate() {
            // A person's alias that is a title before another name of the
            // entry adds no name: the title rule reads the title, and the
            // name is matched whole however far the text writes it (`Sheikh
            // Mohammed bin Rashid Al Maktoum`, not `Sheikh Mohammed bin
            // Rashid` and a surname). The entry's own name stays, and a
            // place's or a body's alias is no title's (`DR Congo`).
            let titled_name = match folded[n].split_first() {
                Some((first, rest)) if n > 0 && entry.kind() == EntityKind::Person => {
                    title_words.contains(first) && folded.iter().any(|other| other[..] == *rest)
                }
                _ => false,
            };
            if titled_name {
                continue;
            }
            variants.clear();
            variants::generate(alias, kind(alias), rules, &mut variants);
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
}

/// Adds the variants of the words of the lists: titles, speech cues and
/// nationality words.
fn add_list_words(
    gazetteer: &Gazetteer,
    rules: &Rules<'_>,
    builder: &mut Builder,
) -> Result<(), Error> {
    let mut variants = Vec::new();
    for (index, title) in gazetteer.lists.titles.iter().enumerate() {
        variants.clear();
        variants::generate(&title.title, AliasKind::PLAIN, rules, &mut variants);
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
            variants::generate(form, AliasKind::SPELLED, rules, &mut variants);
            for mut v in variants.drain(..) {
                // Cues are recognised in any case: "said", "According to".
                v.first_needs_capital = false;
                let case = CaseCheck {
                    capitals: 0,
                    ..v.case.clone()
                };
                builder.add(
                    v,
                    Sense::Cue {
                        verb: index as u32,
                        case,
                    },
                );
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
            variants::generate(form, AliasKind::PLAIN, rules, &mut variants);
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
    Ok(())
}

/// Whether every letter of an alias is a capital (`IS`, `U.S.`, `INA`).
fn is_all_capitals(alias: &str) -> bool {
    let mut letters = alias.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

struct Builder {
    /// Every distinct pattern, by id.
    patterns: Vec<String>,
    /// Every sense added, with its pattern id, in the order added.
    senses: Vec<(u32, Sense)>,
    words: WordMap<PatternWord>,
    word_count: u32,
    trie: Trie,
}

impl Default for Builder {
    fn default() -> Builder {
        Builder {
            patterns: Vec::new(),
            senses: Vec::new(),
            words: WordMap::default(),
            word_count: 0,
            trie: Trie::new(),
        }
    }
}

impl Builder {
    fn add(&mut self, variant: Variant, sense: Sense) {
        let end = self.insert(&variant.pattern);
        let id = match self.trie.nodes[end as usize].pattern {
            Node::NO_PATTERN => {
                let id = self.patterns.len() as u32;
                self.trie.nodes[end as usize].pattern = id;
                self.patterns.push(variant.pattern);
                id
            }
            id => id,
        };
        if !variant.first_needs_capital {
            self.words.entry(&variant.first).start |= PatternWord::LOWERCASE;
        }
        self.senses.push((id, sense));
    }

    /// Adds the path of `pattern`'s words (`" tahsin al - khafaji "`) to
    /// the trie, and returns the node where it ends.
    fn insert(&mut self, pattern: &str) -> u32 {
        // The pattern's shape: one space before and after every word.
        let words = pattern
            .strip_prefix(' ')
            .and_then(|p| p.strip_suffix(' '))
            .unwrap_or(pattern)
            .split(' ');
        let mut node = Trie::ROOT;
        for word in words {
            let entry = self.words.entry(word);
            if entry.id == PatternWord::NONE {
                entry.id = self.word_count;
                self.word_count += 1;
            }
            let from_root = node == Trie::ROOT;
            node = self.trie.step_or_add(node, entry.id);
            if from_root {
                entry.start = node | (entry.start & PatternWord::LOWERCASE);
            }
        }
        node
    }

    fn finish(self) -> Lexicon {
        // Each pattern's senses together, in the order they were added,
        // each once. Pattern ids are dense and every pattern has a sense,
        // so the senses are placed by a count of each pattern's rather
        // than sorted: sorting them took about 6% of the build.
        let mut starts = vec![0u32; self.patterns.len() + 1];
        for &(pattern, _) in &self.senses {
            starts[pattern as usize + 1] += 1;
        }
        for p in 1..starts.len() {
            starts[p] += starts[p - 1];
        }
        let mut next = starts.clone();
        let mut order = vec![0u32; self.senses.len()];
        for (k, &(pattern, _)) in self.senses.iter().enumerate() {
            let slot = &mut next[pattern as usize];
            order[*slot as usize] = k as u32;
            *slot += 1;
        }
        let mut senses: Vec<Sense> = Vec::with_capacity(self.senses.len());
        let mut by_pattern = Vec::with_capacity(self.patterns.len());
        let mut seen = HashSet::default();
        for group in starts.windows(2) {
            let start = senses.len();
            seen.clear();
            for &k in &order[group[0] as usize..group[1] as usize] {
                let sense = &self.senses[k as usize].1;
                if seen.insert(sense) {
                    senses.push(sense.clone());
                }
            }
            by_pattern.push(start as u32..senses.len() as u32);
        }
        Lexicon {
            trie: self.trie,
            senses,
            by_pattern,
            words: self.words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::with_bundled_lists().unwrap();
        g.load_str(
            "entities.tsv",
            include_str!("../../tests/data/gazetteer/entities.tsv"),
        )
        .unwrap();
        g
    }

    fn lexicon() -> (Folder, Lexicon) {
        let g = gazetteer();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let lexicon = Lexicon::build(&g, &folder).unwrap();
        (folder, lexicon)
    }

    /// Every pattern the trie reports at the start of `phrase`, shortest
    /// first, as the pattern's text and its length in words.
    fn prefixes(lexicon: &Lexicon, folder: &Folder, phrase: &str) -> Vec<(String, usize)> {
        let words: Vec<PatternWord> = crate::text::fold_phrase(folder, phrase)
            .iter()
            .map(|w| lexicon.word(w))
            .collect();
        let patterns = Lexicon::patterns(&gazetteer(), folder).unwrap();
        let mut found = Vec::new();
        if let Some((&first, rest)) = words.split_first() {
            lexicon.prefixes(first, rest.iter().copied(), |pattern, n| {
                found.push((patterns[pattern].clone(), n));
            });
        }
        found
    }

    #[test]
    fn the_trie_reports_every_pattern_a_phrase_starts_with() {
        let (folder, lexicon) = lexicon();
        let table: &[(&str, &[(&str, usize)])] = &[
            ("Tahsin al-Khafaji said", &[(" tahsin al - khafaji ", 4)]),
            // The spelling variant folds to the same pattern.
            ("Tahseen Al-Khafaji", &[(" tahsin al - khafaji ", 4)]),
            // A surname stands alone, with and without its particle.
            ("al-Khafaji said", &[(" al - khafaji ", 3)]),
            ("Khafaji", &[(" khafaji ", 1)]),
            // The particle may be dropped.
            ("Tahsin Khafaji", &[(" tahsin khafaji ", 2)]),
            // The walk stops at the first word no pattern goes on with.
            ("Tahsin said", &[]),
            // A speech verb is a pattern too; no pattern goes on from it.
            ("said Khafaji", &[(" said ", 1)]),
            ("", &[]),
        ];
        for &(phrase, want) in table {
            let got = prefixes(&lexicon, &folder, phrase);
            let want: Vec<(String, usize)> = want.iter().map(|&(p, n)| (p.to_owned(), n)).collect();
            assert_eq!(got, want, "{phrase}");
        }
    }

    #[test]
    fn nested_patterns_are_all_reported() {
        let (folder, lexicon) = lexicon();
        let got = prefixes(&lexicon, &folder, "Islamic State of Iraq");
        let lengths: Vec<usize> = got.iter().map(|(_, n)| *n).collect();
        assert!(lengths.windows(2).all(|w| w[0] < w[1]), "{got:?}");
        assert!(got.iter().any(|(p, _)| p == " islamic state "), "{got:?}");
    }

    #[test]
    fn every_edge_passes_its_node_filter() {
        let (_, lexicon) = lexicon();
        let trie = &lexicon.trie;
        assert!(trie.edges.len() > 10, "{}", trie.edges.len());
        for (&edge, &to) in &trie.edges {
            let (from, word) = ((edge >> 32) as usize, edge as u32);
            assert!(
                trie.nodes[from].may_lead_on(word),
                "edge {from} -{word}-> {to}"
            );
        }
        // Leaves have no edge to pass.
        let leaves = trie.nodes.iter().filter(|n| n.children == 0).count();
        assert!(leaves > 0 && leaves < trie.nodes.len());
    }

    /// `(name, text, word, whether the bundled gazetteer reads it as a
    /// place)`: ordinary words are no places, whatever their fold.
    const ORDINARY_WORDS: &[(&str, &str, &str, bool)] = &[
        (
            "an alternate name that folds like a word",
            "Market traders cheered.",
            "Market",
            false,
        ),
        (
            "an own name that folds like a word",
            "Mining companies left.",
            "Mining",
            false,
        ),
        (
            "a word that folds like a city",
            "Fourth graders passed.",
            "Fourth",
            false,
        ),
        (
            "an alternate name of a capital that is a word",
            "Lime juice ran out.",
            "Lime",
            false,
        ),
        (
            "an own name that folds like a word, as spelled",
            "Officials in Minning said no.",
            "Minning",
            true,
        ),
        (
            "a city that folds like a word, in capitals",
            "LEEDS, England - Fans cheered.",
            "LEEDS",
            true,
        ),
        (
            "a capital's own name",
            "Officials in Lima said no.",
            "Lima",
            true,
        ),
    ];

    #[test]
    fn ordinary_words_are_no_places() {
        let wrong = crate::test_util::wrong_place_rows(ORDINARY_WORDS);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn all_capitals() {
        assert!(is_all_capitals("IS"));
        assert!(is_all_capitals("U.S."));
        assert!(!is_all_capitals("Daesh"));
        assert!(!is_all_capitals("DoD"));
        assert!(!is_all_capitals("9/11"));
    }
}
