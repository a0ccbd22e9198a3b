//! One entity per referent.
//!
//! Gazetteer readings and discovered names compete for the text: names of
//! several words from the gazetteer and discovered names first, longest
//! first, then single gazetteer words, so that `Hoda Jassim` (a byline)
//! beats the village of Jassim inside it, `Anbar Governorate` beats `Anbar`
//! and `the Iraqi Kurdistan Region` beats `Iraqi Kurdistan`. The winners
//! are then gathered into entities:
//! - a discovered name whose core is a gazetteer name takes that entry;
//! - discovered names with the same folded words are one entity, and so are
//!   two people who share a given name and the surname (`Tahsin Khafaji`,
//!   `Tahseen al-Khafaji`, `Jens Otto Harry Jespersen`, `Otto Jespersen`);
//! - a surname or a given name alone joins the person of the document who
//!   bears it (`Al-Khafaji`, `Khafaji`); shared by two, it goes to the one
//!   named in full more often, or stays apart;
//! - an acronym defined in the document (`(JOC)`, `“INA”`) joins its long
//!   form everywhere in the document.

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry as Slot;

use super::choose::{self, Reading};
use super::discover::{self, Cues, Discovery, Doc, TokenFacts};
use super::scan::ScanBuffers;
use super::{Choice, Designation, Entity, EntityId, EntityKind, How, Mention, Source};
use crate::gazetteer::grammar::WordClass;
use crate::gazetteer::lexicon::Lexicon;
use crate::gazetteer::{Entry, Gazetteer};
use crate::text::{Analysis, Class, PerToken, TokenRange};

/// Which entity a candidate mention stands for.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Target {
    Entry(u32),
    New,
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    tokens: TokenRange,
    kind: EntityKind,
    target: Target,
    how: How,
    choice: Choice,
    priority: u8,
}

/// Everything resolution reads.
pub(crate) struct Inputs<'a> {
    pub(crate) text: &'a str,
    pub(crate) analysis: &'a Analysis,
    pub(crate) scan: &'a ScanBuffers,
    pub(crate) lexicon: &'a Lexicon,
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) cues: &'a Cues,
    pub(crate) facts: TokenFacts<'a>,
}

/// Resolves the hits and discovered names of a document into its entities
/// and mentions, replacing what `out` held.
pub(crate) fn resolve(inputs: &Inputs<'_>, out: &mut Resolved) {
    let Inputs {
        text,
        analysis,
        scan,
        lexicon,
        gazetteer,
        cues,
        facts,
    } = *inputs;
    let Resolved {
        entities,
        mentions,
        mention_tokens,
        readings,
        choosing,
        work,
    } = out;
    entities.clear();
    mentions.clear();
    mention_tokens.clear();
    choose::choose(
        analysis, facts, &scan.hits, lexicon, gazetteer, choosing, readings,
    );
    // The document borrows the table of hits it fills; it is put back
    // after.
    let hit_of = std::mem::take(&mut work.hit_of);
    let doc = Doc::new(
        text, analysis, scan, readings, gazetteer, cues, facts, hit_of,
    );
    work.discovery.clear();
    discover::discover(&doc, &mut work.discovery);

    candidates(&doc, readings, work);
    select(work, analysis.tokens.len());
    rekind_where_cued(&mut work.candidates, &work.accepted);
    work.clusters.reset(work.candidates.len());
    cluster_by_key(&doc, work);
    owners(
        &work.candidates,
        &work.accepted,
        &mut work.owner,
        analysis.tokens.len(),
    );
    acronyms(&doc, work);
    short_forms(&doc, work);
    let Workspace {
        candidates,
        accepted,
        keys,
        ..
    } = work;
    sort_by_start(accepted, candidates, keys);
    build(&doc, work, entities, mentions, mention_tokens);
    work.hit_of = doc.hit_of;
}

/// The entities and mentions of a document, with what later stages read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Resolved {
    pub(crate) entities: Vec<Entity>,
    /// In text order, without overlap.
    pub(crate) mentions: Vec<Mention>,
    /// The tokens of each mention.
    pub(crate) mention_tokens: Vec<TokenRange>,
    /// The reading of each hit.
    pub(crate) readings: Vec<Reading>,
    /// Buffers for choosing, kept for the next document.
    choosing: choose::Workspace,
    /// Buffers for the rest of resolution, kept for the next document.
    work: Workspace,
}

/// What resolution builds for a document, in buffers kept for the next.
#[derive(Clone, Debug, Default)]
struct Workspace {
    /// For each token, the hit covering it.
    hit_of: PerToken,
    discovery: Discovery,
    candidates: Vec<Candidate>,
    /// Whether each hit's gazetteer reading is a candidate, for discovered
    /// names whose core it is.
    entry_kept: Vec<bool>,
    /// Candidates in the order [`select`] tries them, with their rank.
    order: Vec<(u64, usize)>,
    /// Whether an accepted candidate covers each token.
    taken: Vec<bool>,
    /// Accepted candidates: in order of acceptance until sorted by start.
    accepted: Vec<usize>,
    /// Accepted candidates as integers that sort by start.
    keys: Vec<u64>,
    clusters: Clusters,
    /// The first candidate of each gazetteer entry.
    by_entry: HashMap<u32, usize>,
    /// The accepted candidate at each token: made by [`owners`] and kept
    /// current by [`acronyms`] and [`short_forms`] as they accept more.
    owner: PerToken,
    /// Accepted candidates a later, better reading replaced.
    dropped: Vec<bool>,
    /// The entity of each cluster, by its root candidate: a table, since
    /// roots are candidate indices.
    ids: Vec<Option<EntityId>>,
    /// For each discovered cluster, by its root candidate, its longest
    /// name: words, candidate.
    best_name: Vec<Option<(usize, usize)>>,
    /// A name or title being written, before it is shared.
    name: String,
    /// The allocation of a list of a candidate's words, kept empty between
    /// documents: see [`recycle`].
    spare_words: Vec<&'static str>,
    /// Where the words of each discovered name lie in such a list, while
    /// they are clustered.
    word_ranges: Vec<(usize, usize)>,
}

/// An empty vector in the allocation of `spare`, for references that live
/// as long as another document. Collecting a mapped vector into one of the
/// same element size reuses its allocation, and with no element the map
/// never runs, so a buffer of words borrowed from one document serves the
/// next without allocating.
fn recycle<'b>(mut spare: Vec<&str>) -> Vec<&'b str> {
    spare.clear();
    spare.into_iter().map(|_| "").collect()
}

/// A map with room for `n` entries: resolution knows how many candidates
/// each of its maps can hold, and a map grown from empty would allocate and
/// rehash several times per document.
fn sized_map<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// `map`, given room for `n` entries when first written to. The maps keyed
/// by a document's words live for one document; made this way, one the
/// document never writes to costs no allocation.
fn ready<K: Eq + std::hash::Hash, V>(map: &mut HashMap<K, V>, n: usize) -> &mut HashMap<K, V> {
    if map.capacity() == 0 {
        map.reserve(n);
    }
    map
}

/// Empties a kept map and makes room for `n` entries. Emptying costs as
/// much as the map's capacity, so one grown by a long document is made
/// afresh for a short one.
fn reuse_map<K: Eq + std::hash::Hash, V>(map: &mut HashMap<K, V>, n: usize) {
    if map.capacity() > 4 * n.max(64) {
        *map = sized_map(n);
    } else {
        map.clear();
        map.reserve(n);
    }
}

/// Gazetteer readings and discovered names as candidate mentions.
fn candidates(doc: &Doc<'_>, readings: &[Reading], work: &mut Workspace) {
    let entries = doc.gazetteer.entries();
    let Workspace {
        discovery,
        candidates: out,
        entry_kept,
        ..
    } = work;
    out.clear();
    out.reserve(doc.hits.len() + discovery.found.len());
    entry_kept.clear();
    entry_kept.resize(doc.hits.len(), false);
    for (k, (hit, reading)) in doc.hits.iter().zip(readings).enumerate() {
        let Reading::Entry(d) = *reading else {
            continue;
        };
        let words = hit
            .tokens
            .indices()
            .filter(|&i| doc.analysis.tokens[i].class == Class::Word)
            .count();
        let first = hit.tokens.start as usize;
        if words == 1
            && (doc.is_name_read_as_minor_place(first)
                || doc.is_ordinary_word_qualifying(first)
                || doc.is_ordinary_word_opening(first)
                || doc.is_ordinary_word_determined(first)
                || doc.is_beside_currency_sign(first))
            || doc.is_ship_name(first)
            || doc.is_in_web_address(first)
        {
            continue;
        }
        entry_kept[k] = true;
        out.push(Candidate {
            tokens: hit.tokens,
            kind: entries[d.entry as usize].kind(),
            target: Target::Entry(d.entry),
            how: d.how,
            choice: d.choice,
            priority: if words >= 2 { 3 } else { 1 },
        });
    }
    for found in &discovery.found {
        let first = found.tokens.start as usize;
        if doc.is_ship_name(first) || doc.is_in_web_address(first) {
            continue;
        }
        let known = core_entry(doc, readings, entry_kept, found);
        let (target, choice) = match known {
            Some((entry, choice)) => (Target::Entry(entry), choice),
            None => (Target::New, Choice::Discovered),
        };
        // A discovered name ranks with the gazetteer's names of several
        // words, so that the longer wins: `the Iraqi Kurdistan Region` over
        // `Iraqi Kurdistan`, `University of Southern Norland` over `Southern
        // Norland`.
        out.push(Candidate {
            tokens: found.tokens,
            kind: found.kind,
            target,
            how: found.how,
            choice,
            priority: 3,
        });
    }
}

/// The gazetteer entry, and how it was chosen, of a discovered name whose
/// core the gazetteer knows: `Anbar Governorate`, `the city of Ramadi`.
/// Hits do not overlap: the one hit that may be the core is the one at its
/// start, kept as a candidate (`entry_kept`). An organization's head after
/// the core must name the kind of body the entry is (`the Hamas
/// Movement`); any other names another body after it (`the Labour Union`,
/// `the ANC Youth League`).
fn core_entry(
    doc: &Doc<'_>,
    readings: &[Reading],
    entry_kept: &[bool],
    found: &discover::Found,
) -> Option<(u32, Choice)> {
    let head = (found.tokens.end > found.core.end)
        .then(|| doc.analysis.folded(found.tokens.end as usize - 1));
    let entries = doc.gazetteer.entries();
    doc.hit_of
        .get(found.core.start as usize)
        .filter(|&k| entry_kept[k] && doc.hits[k].tokens == found.core)
        .and_then(|k| match readings[k] {
            Reading::Entry(d) => Some((d.entry, d.choice)),
            _ => None,
        })
        .filter(|&(entry, _)| {
            let kind = entries[entry as usize].kind();
            kind == found.kind
                && (kind != EntityKind::Organization
                    || head.is_none_or(|head| doc.cues.is_kind_of(entry, head)))
        })
}

/// Longer candidates rank alike: 24 bits of the packed rank.
const MAX_RANKED_LEN: u64 = (1 << 24) - 1;

/// The classes of ranks [`select`] sorts apart: three priorities, each
/// split into longer candidates and those of one token.
const CLASSES: usize = 6;

/// Picks non-overlapping candidates of a document of `n` tokens: higher
/// priority first, then longer, then earlier. Lists them as accepted and
/// marks their tokens taken.
fn select(work: &mut Workspace, n: usize) {
    let Workspace {
        candidates,
        order,
        taken,
        accepted,
        ..
    } = work;
    // Each candidate's rank packed into one integer, its index last, so
    // that sorting compares plain numbers and ties keep the candidates'
    // order.
    let rank = |cand: &Candidate| {
        let t = cand.tokens;
        let shortness = MAX_RANKED_LEN - u64::from(t.end - t.start).min(MAX_RANKED_LEN);
        u64::from(u8::MAX - cand.priority) << 56 | shortness << 32 | u64::from(t.start)
    };
    // Ranks fall into classes, each below the next: a priority, and
    // within it longer candidates before those of one token. The classes
    // are laid out in turn and each sorted on its own. Gazetteer hits come
    // in text order, so the largest class, hits of one token, is sorted
    // already, which the sort sees in one pass.
    let class = |cand: &Candidate| {
        debug_assert!((1..=3).contains(&cand.priority));
        let one_token = cand.tokens.end - cand.tokens.start <= 1;
        usize::from(3 - cand.priority.clamp(1, 3)) * 2 + usize::from(one_token)
    };
    let mut bounds = [0; CLASSES + 1];
    for cand in candidates.iter() {
        bounds[class(cand) + 1] += 1;
    }
    for k in 0..CLASSES {
        bounds[k + 1] += bounds[k];
    }
    let mut next = bounds;
    order.clear();
    order.resize(candidates.len(), (0, 0));
    for (c, cand) in candidates.iter().enumerate() {
        let slot = &mut next[class(cand)];
        order[*slot] = (rank(cand), c);
        *slot += 1;
    }
    for k in 0..CLASSES {
        order[bounds[k]..bounds[k + 1]].sort_unstable();
    }
    taken.clear();
    taken.resize(n, false);
    accepted.clear();
    for &(_, c) in order.iter() {
        let range = candidates[c].tokens.indices();
        if range.clone().all(|i| !taken[i]) {
            taken[range].fill(true);
            accepted.push(c);
        }
    }
}

/// A name whose words have a person's shape is the place or body that a
/// cue names by the same words: `Wat Rai Khing temple` is a temple. Of the
/// two readings, selection kept the one found first, the shape's.
fn rekind_where_cued(candidates: &mut [Candidate], accepted: &[usize]) {
    let cued: Vec<(TokenRange, EntityKind)> = candidates
        .iter()
        .filter(|cand| {
            cand.how == How::NameCue
                && cand.kind != EntityKind::Person
                && cand.target == Target::New
        })
        .map(|cand| (cand.tokens, cand.kind))
        .collect();
    if cued.is_empty() {
        return;
    }
    for &c in accepted {
        let cand = &mut candidates[c];
        if cand.how != How::NameShape || cand.kind != EntityKind::Person {
            continue;
        }
        if let Some(&(_, kind)) = cued.iter().find(|(tokens, _)| *tokens == cand.tokens) {
            cand.kind = kind;
            cand.how = How::NameCue;
        }
    }
}

/// Sorts accepted candidates into text order. They never overlap, so no two
/// start at one token and the order is the one order.
fn sort_by_start(accepted: &mut [usize], candidates: &[Candidate], keys: &mut Vec<u64>) {
    // Sorted as plain integers, start above index, rather than through a
    // key read from the candidates at every comparison; and by the sort
    // that merges runs, since candidates are accepted as a few runs in text
    // order (one per priority and length). An index must fit in 32 bits.
    if candidates.len() > u32::MAX as usize {
        accepted.sort_unstable_by_key(|&c| candidates[c].tokens.start);
        return;
    }
    keys.clear();
    keys.extend(
        accepted
            .iter()
            .map(|&c| u64::from(candidates[c].tokens.start) << 32 | c as u64),
    );
    keys.sort();
    for (slot, &key) in accepted.iter_mut().zip(keys.iter()) {
        *slot = (key & u64::from(u32::MAX)) as usize;
    }
    debug_assert!(
        accepted
            .windows(2)
            .all(|w| candidates[w[0]].tokens.end <= candidates[w[1]].tokens.start)
    );
}

/// Union-find over candidates.
#[derive(Clone, Debug, Default)]
struct Clusters {
    parent: Vec<usize>,
}

impl Clusters {
    /// `n` candidates, each alone.
    fn reset(&mut self, n: usize) {
        self.parent.clear();
        self.parent.extend(0..n);
    }

    fn grow(&mut self, n: usize) {
        let len = self.parent.len();
        self.parent.extend(len..n);
    }

    fn root(&mut self, mut c: usize) -> usize {
        while self.parent[c] != c {
            self.parent[c] = self.parent[self.parent[c]];
            c = self.parent[c];
        }
        c
    }

    /// Joins two clusters; the earlier candidate index stays the root.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            let (low, high) = if a < b { (a, b) } else { (b, a) };
            self.parent[high] = low;
        }
    }
}

/// The words that identify a name: folded words without particles,
/// hyphens, initials and, for organizations and places, without leading
/// nationality words and plural endings.
fn key_words_into<'a>(doc: &Doc<'a>, c: &Candidate, words: &mut Vec<&'a str>) {
    each_word(doc, c, Words::Key, |word| words.push(word));
}

/// The words of a name as written (folded), without particles, hyphens and
/// initials, a leading article or nationality word, or a company's legal
/// form. Into a reused buffer, which is cleared first.
fn words_of_into<'a>(doc: &Doc<'a>, c: &Candidate, words: &mut Vec<&'a str>) {
    words.clear();
    each_word(doc, c, Words::Repeated, |word| words.push(word));
}

/// How many words a name has as written in full, counted without writing
/// them: [`words_of_into`]'s, with a company's legal form.
fn word_count(doc: &Doc<'_>, c: &Candidate) -> usize {
    let mut n = 0;
    each_word(doc, c, Words::Full, |_| n += 1);
    n
}

/// Which words of a name [`each_word`] gives.
#[derive(Clone, Copy, Eq, PartialEq)]
enum Words {
    /// Those written in full: all but particles, hyphens, initials, and a
    /// leading article or nationality word.
    Full,
    /// Those written again: without a company's legal form (`Zantrofex Ltd
    /// … Zantrofex`).
    Repeated,
    /// Those that make two names one: as written again, with plural
    /// endings dropped.
    Key,
}

/// Hands each of the `which` words of a name to `push`, in order.
#[inline]
fn each_word<'a>(doc: &Doc<'a>, c: &Candidate, which: Words, mut push: impl FnMut(&'a str)) {
    let analysis: &'a Analysis = doc.analysis;
    let mut any = false;
    for i in c.tokens.indices() {
        let t = &analysis.tokens[i];
        if t.class != Class::Word {
            continue;
        }
        let folded = analysis.folded(i);
        let word = if c.kind == EntityKind::Person {
            // An initial is two bytes, the second a stop: read without
            // slicing the text.
            let span = t.span();
            let initial = span.len() == 2 && doc.text.as_bytes()[span.end - 1] == b'.';
            if initial || doc.particle(i).is_some() {
                continue;
            }
            folded
        } else {
            if !any
                && (doc.is(i, WordClass::Definite)
                    || matches!(doc.readings_at(i), Some(Reading::Demonym)))
            {
                continue;
            }
            // After the name's first word, or before its last: `Zantrofex
            // Ltd`, `PT Zantrofex`.
            let legal_form = (any || i + 1 < c.tokens.end as usize)
                && c.kind == EntityKind::Organization
                && doc.facts(i).is_legal_form();
            if legal_form && which != Words::Full {
                continue;
            }
            if which == Words::Key {
                folded
                    .strip_suffix('s')
                    .filter(|w| w.len() > 2)
                    .unwrap_or(folded)
            } else {
                folded
            }
        };
        any = true;
        push(word);
    }
}

impl Doc<'_> {
    fn readings_at(&self, i: usize) -> Option<&Reading> {
        Some(&self.readings[self.hit_of.get(i)?])
    }
}

/// Joins gazetteer mentions of one entry, discovered names with the same
/// words, and people who share a given name and the surname.
fn cluster_by_key(doc: &Doc<'_>, work: &mut Workspace) {
    let Workspace {
        candidates,
        accepted,
        clusters,
        by_entry,
        spare_words,
        word_ranges,
        ..
    } = work;
    reuse_map(by_entry, accepted.len());
    let room = accepted.len();
    // The candidates are taken in the order accepted: the clusters come
    // out the same in any order, each holding every candidate that shares
    // a key with one of it, and the root of each is its lowest index.
    // The key words of every discovered name are written first into one
    // buffer, so that the maps below borrow them rather than each name
    // owning a vector of its own.
    let mut words = recycle(std::mem::take(spare_words));
    word_ranges.clear();
    for &c in accepted.iter() {
        if candidates[c].target == Target::New {
            let start = words.len();
            key_words_into(doc, &candidates[c], &mut words);
            word_ranges.push((start, words.len()));
        }
    }
    rekind_by_cue(candidates, accepted, &words, word_ranges);
    let mut by_key: HashMap<(EntityKind, &[&str]), usize> = HashMap::default();
    let mut by_ends: HashMap<(&str, &str), usize> = HashMap::default();
    let mut ranges = word_ranges.iter();
    for &c in accepted.iter() {
        let cand = &candidates[c];
        match cand.target {
            Target::Entry(entry) => {
                let first = *by_entry.entry(entry).or_insert(c);
                clusters.union(first, c);
            }
            Target::New => {
                let Some(&(start, end)) = ranges.next() else {
                    unreachable!("one range per discovered name");
                };
                let words = &words[start..end];
                if words.is_empty() {
                    continue;
                }
                // A person named by a given name and the surname is one
                // with every fuller name that holds both: `Tahsin Khafaji`,
                // `Tahsin al-Khafaji`; `Otto Varn`, `Jens Otto Harry Varn`.
                if let [given @ .., last] = words {
                    if cand.kind == EntityKind::Person {
                        for &word in given.iter() {
                            let first =
                                *ready(&mut by_ends, room).entry((word, *last)).or_insert(c);
                            clusters.union(first, c);
                        }
                    }
                }
                let first = *ready(&mut by_key, room)
                    .entry((cand.kind, words))
                    .or_insert(c);
                clusters.union(first, c);
            }
        }
    }
    drop((by_key, by_ends));
    *spare_words = recycle(words);
}

/// A discovered name that the shape of its words or its verb made a
/// person's is the organization or place that a cue names by the same
/// words elsewhere in the document: `Shares of Tata Steel fell. Tata Steel
/// said output rose.`, `Kalbe Farma Tbk … Kalbe Farma said`.
/// `ranges` are the key words, in `words`, of the discovered names among
/// `accepted`, in order.
fn rekind_by_cue(
    candidates: &mut [Candidate],
    accepted: &[usize],
    words: &[&str],
    ranges: &[(usize, usize)],
) {
    let cued_kind = |c: usize| {
        let cand = &candidates[c];
        (cand.how == How::NameCue && cand.kind != EntityKind::Person).then_some(cand.kind)
    };
    if !accepted.iter().any(|&c| cued_kind(c).is_some()) {
        return;
    }
    let named: Vec<(usize, (usize, usize))> = accepted
        .iter()
        .copied()
        .filter(|&c| candidates[c].target == Target::New)
        .zip(ranges.iter().copied())
        .collect();
    let mut cued: HashMap<&[&str], EntityKind> = HashMap::default();
    for &(c, (start, end)) in &named {
        if let Some(kind) = cued_kind(c).filter(|_| end > start) {
            cued.entry(&words[start..end]).or_insert(kind);
        }
    }
    for &(c, (start, end)) in &named {
        let cand = &mut candidates[c];
        if cand.kind == EntityKind::Person && matches!(cand.how, How::NameShape | How::Context) {
            if let Some(&kind) = cued.get(&words[start..end]) {
                cand.kind = kind;
            }
        }
    }
}

/// Fills `owner` with the accepted candidate at each token.
fn owners(candidates: &[Candidate], accepted: &[usize], owner: &mut PerToken, n: usize) {
    owner.reset(n);
    for &c in accepted {
        owner.set(candidates[c].tokens, c);
    }
}

/// Adds every use of a defined acronym to its long form's entity.
/// `work.owner` must be current, and is kept so.
fn acronyms(doc: &Doc<'_>, work: &mut Workspace) {
    let Workspace {
        discovery,
        candidates,
        accepted,
        taken,
        clusters,
        owner,
        ..
    } = work;
    if discovery.acronyms.is_empty() {
        return;
    }
    // Each acronym's letters → the candidate of its long form.
    let mut defined: HashMap<String, usize> = sized_map(discovery.acronyms.len());
    for note in &discovery.acronyms {
        // The candidate of the long form: one that covers its start, or an
        // organization inside it; not a place that ends it (`North Carolina`
        // in a university's name).
        let holder = note
            .long
            .indices()
            .rev()
            .filter_map(|t| owner.get(t))
            .find(|&c| {
                candidates[c].tokens.start <= note.long.start
                    || candidates[c].kind == EntityKind::Organization
            });
        if let Some(long) = holder {
            let mut letters = String::new();
            push_letters(doc, note.acronym, &mut letters);
            defined.entry(letters).or_insert(long);
        }
    }
    // An acronym in capitals (`NORKA`), or one of syllables written as a
    // word (`Comelec`): the words are read only when one such is defined.
    let words_defined = discovery
        .acronyms
        .iter()
        .any(|note| doc.analysis.tokens[note.acronym].shape != crate::text::Shape::Upper);
    let mut letters = String::new();
    for &i in &doc.analysis.capitalized {
        let i = i as usize;
        let token = &doc.analysis.tokens[i];
        let shape = token.shape;
        if !(shape == crate::text::Shape::Upper || words_defined && shape.is_capital()) {
            continue;
        }
        // Most acronyms are written without stops: their text is their
        // letters.
        let text = &doc.text[token.span()];
        let key = if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            text
        } else {
            letters.clear();
            push_letters(doc, i, &mut letters);
            letters.as_str()
        };
        let Some(&long) = defined.get(key) else {
            continue;
        };
        if taken[i] {
            // A gazetteer reading of the acronym gives way to the
            // document's own definition.
            let single_of_another = owner.get(i).filter(|&other| {
                candidates[other].tokens == TokenRange::new(i, i + 1)
                    && clusters.root(other) != clusters.root(long)
            });
            if let Some(other) = single_of_another {
                candidates[other].target = candidates[long].target;
                candidates[other].kind = candidates[long].kind;
                candidates[other].how = How::Acronym;
                clusters.union(long, other);
            }
            continue;
        }
        taken[i] = true;
        candidates.push(Candidate {
            tokens: TokenRange::new(i, i + 1),
            how: How::Acronym,
            priority: 2,
            ..candidates[long]
        });
        clusters.grow(candidates.len());
        accepted.push(candidates.len() - 1);
        clusters.union(long, candidates.len() - 1);
        owner.set(TokenRange::new(i, i + 1), candidates.len() - 1);
    }
}

/// Appends the letters and digits of token `i` to `out`: an acronym
/// without its stops.
fn push_letters(doc: &Doc<'_>, i: usize, out: &mut String) {
    out.extend(
        doc.text[doc.analysis.tokens[i].span()]
            .chars()
            .filter(|c| c.is_alphanumeric()),
    );
}

/// Discovered names looked for again per first word; more are not sought.
const MAX_NAMES_PER_FIRST_WORD: usize = 8;

/// Places this prominent keep a word that is also a person's surname.
const WEAK_PLACE_PRIOR: u8 = 65;

/// Surnames alone, short names of organizations, and repeats of discovered
/// names join their entity.
fn short_forms(doc: &Doc<'_>, work: &mut Workspace) {
    let mut words = recycle(std::mem::take(&mut work.spare_words));
    let names = ShortNames::index(doc, work, &mut words);
    join_one_word_names(&names, work);
    // Repeats in the text. A surname may take a word from a minor place
    // (`Davis`, `Ellwood`).
    find_short_forms(doc, &names, work);
    work.spare_words = recycle(words);
}

/// What a short form may stand for, gathered from the accepted candidates
/// of a document.
#[derive(Default)]
struct ShortNames<'a> {
    /// The surname of every person, with the cluster of the person who
    /// bears it: the one person, or the one named in full more often than
    /// each other (`Jeanne Varn`, three times, over her father `Anatole
    /// Varn`, once).
    surnames: Bearers<'a>,
    /// The given name of every person, likewise: `Rhea` for `Rhea
    /// Molotsi`.
    given_names: Bearers<'a>,
    /// The middle names of every person named with three words or more,
    /// likewise: `Muhdlor` for `Ahmad Muhdlor Ali`, written alone in
    /// Indonesian and Malay news. Only a person found alone by the word,
    /// after the full name, joins its bearer: before it, the word is as
    /// often another's family name (`Chao … Rulan Chao Pian`, his
    /// daughter).
    middle_names: Bearers<'a>,
    /// By cluster root, the first token of its first name of three words
    /// or more.
    named_in_full_at: HashMap<usize, u32>,
    /// By cluster root, a particle that cannot be dropped and is part of
    /// the surname: `bin Laden`.
    bound_particles: HashMap<usize, String>,
    /// The last word of every organization, to the cluster of the one
    /// organization that has it (None when two clusters share it).
    org_heads: HashMap<&'a str, Option<usize>>,
    /// The words of every discovered name that may be written again, by
    /// first word, with its cluster.
    repeats: Repeats<'a>,
    /// The discovered names of people and organizations of one word, with
    /// it, in the order accepted.
    one_word_names: Vec<(usize, &'a str)>,
}

impl<'a> ShortNames<'a> {
    /// Gathers the short names of the accepted candidates; `words` is a
    /// buffer.
    fn index(doc: &Doc<'a>, work: &mut Workspace, words: &mut Vec<&'a str>) -> ShortNames<'a> {
        let Workspace {
            candidates,
            accepted,
            clusters,
            ..
        } = work;
        let room = accepted.len();
        let mut names = ShortNames::default();
        for &c in accepted.iter() {
            let cand = &candidates[c];
            let discovered = cand.target == Target::New;
            // A known place, or a known name of one token, has no short
            // name and is not sought again: its words are not read.
            if !discovered
                && (cand.kind == EntityKind::Place || cand.tokens.end - cand.tokens.start < 2)
            {
                continue;
            }
            words_of_into(doc, cand, words);
            let root = clusters.root(c);
            names.note_last_word(doc, cand, words, root, clusters, room);
            names.note_repeatable(cand, words, root, room);
            names.note_place_without_head(doc, cand, words, root, room);
            if let [word] = words[..] {
                if discovered && cand.kind != EntityKind::Place {
                    names.one_word_names.push((c, word));
                }
            }
        }
        names
    }

    /// The last word of a name of two words or more, `words`, is the
    /// surname of a person and the short name of an organization; a place
    /// has none. A person's last two words, of three or more, are a short
    /// name too.
    fn note_last_word(
        &mut self,
        doc: &Doc<'_>,
        cand: &Candidate,
        words: &[&'a str],
        root: usize,
        clusters: &mut Clusters,
        room: usize,
    ) {
        let [first, .., last] = words[..] else { return };
        match cand.kind {
            EntityKind::Person => {
                if let Some(p) = bound_particle(doc, cand.tokens) {
                    self.bound_particles.insert(root, p);
                }
                // Family name first, the given name is all the rest
                // (`Kwok-kin`), never written alone in the news.
                if is_family_first(doc, cand.tokens) {
                    self.surnames.count(first, root, room);
                } else if cand.tokens.indices().any(|t| doc.is_regnal_number(t)) {
                    // `Johann II` has no surname; `Johann` is his name. Nor
                    // has `Abdullah II of Jordan`: his country is no name
                    // of his.
                    self.given_names.count(first, root, room);
                } else {
                    self.surnames.count(last, root, room);
                    self.given_names.count(first, root, room);
                    // The last two words of three or more are written
                    // again as the person: the two surnames of Spanish and
                    // Portuguese names (`Marisol Quispe Mamani … Quispe
                    // Mamani`, `Andrés Manuel López Obrador … López
                    // Obrador`).
                    if words.len() >= 3 {
                        self.repeats
                            .add(&words[words.len() - 2..], (root, cand.kind), room);
                        for &middle in &words[1..words.len() - 1] {
                            self.middle_names.count(middle, root, room);
                        }
                        let at = ready(&mut self.named_in_full_at, room)
                            .entry(root)
                            .or_insert(cand.tokens.start);
                        *at = (*at).min(cand.tokens.start);
                    }
                }
            }
            EntityKind::Organization => {
                note_unique(ready(&mut self.org_heads, room), last, root, clusters)
            }
            EntityKind::Place => {}
        }
    }

    /// A discovered name, `words`, may be written again without its cue:
    /// a person's of two words or more, or of one that the sentence or a
    /// title made a person (`Fashanu said`, `Petty Officer Keating`); any
    /// other's.
    fn note_repeatable(&mut self, cand: &Candidate, words: &[&'a str], root: usize, room: usize) {
        let repeatable = cand.target == Target::New
            && (words.len() >= 2
                || cand.kind != EntityKind::Person
                || matches!(cand.how, How::Context | How::NameCue | How::Title));
        if repeatable && !words.is_empty() {
            self.repeats.add(words, (root, cand.kind), room);
        }
    }

    /// A discovered place named with its head is written again without it:
    /// `Socotra Island … Socotra`, `the Varnel Basin … the Varnel`.
    fn note_place_without_head(
        &mut self,
        doc: &Doc<'_>,
        cand: &Candidate,
        words: &[&'a str],
        root: usize,
        room: usize,
    ) {
        let last = cand.tokens.end as usize - 1;
        // The rest must be a name by itself, no ordinary word: not `Main`
        // of `Main Street`, `Space` of `Space Museum`.
        let proper = || {
            (cand.tokens.start as usize..last)
                .filter(|&t| doc.is_word(t))
                .all(|t| !doc.is(t, WordClass::Common) && !doc.classes(t).is_closed_class())
        };
        let headed = cand.kind == EntityKind::Place
            && cand.target == Target::New
            && words.len() >= 2
            && doc.facts(last).head() == Some(EntityKind::Place)
            && proper();
        if headed {
            self.repeats
                .add(&words[..words.len() - 1], (root, cand.kind), room);
        }
    }
}

/// The discovered names that may be written again, by first word, each
/// first word's in the order added: held in three buffers, the names of a
/// first word linked, rather than in a vector each.
#[derive(Default)]
struct Repeats<'a> {
    /// By first word: its first and last name in `names`, and how many it
    /// has.
    by_first: HashMap<&'a str, (usize, usize, usize)>,
    names: Vec<Repeat>,
    /// The words of every name, one name after another.
    words: Vec<&'a str>,
}

/// A name of [`Repeats`]: where its words are, its cluster, and the next
/// name with its first word.
struct Repeat {
    words: (usize, usize),
    root: usize,
    kind: EntityKind,
    next: Option<usize>,
}

impl<'a> Repeats<'a> {
    /// Adds the name `words` of cluster `root`, of `kind`. Distinct names
    /// only, and a bounded number per first word, so that a text of one
    /// name repeated stays linear.
    fn add(&mut self, words: &[&'a str], (root, kind): (usize, EntityKind), room: usize) {
        let new = self.names.len();
        match ready(&mut self.by_first, room).entry(words[0]) {
            Slot::Vacant(slot) => {
                slot.insert((new, new, 1));
            }
            Slot::Occupied(mut slot) => {
                let (first, last, count) = slot.get_mut();
                let held =
                    Repeats::chain(&self.names, &self.words, *first).any(|(w, ..)| w == words);
                if *count == MAX_NAMES_PER_FIRST_WORD || held {
                    return;
                }
                self.names[*last].next = Some(new);
                *last = new;
                *count += 1;
            }
        }
        let start = self.words.len();
        self.words.extend_from_slice(words);
        self.names.push(Repeat {
            words: (start, self.words.len()),
            root,
            kind,
            next: None,
        });
    }

    /// The names whose first word is `word`, in the order added, with
    /// their clusters and kinds.
    fn by_first_word(&self, word: &str) -> impl Iterator<Item = (&[&'a str], usize, EntityKind)> {
        let first = self.by_first.get(word).map(|&(first, _, _)| first);
        first
            .into_iter()
            .flat_map(|first| Repeats::chain(&self.names, &self.words, first))
    }

    /// The names linked from name `from`, it first.
    fn chain<'r>(
        names: &'r [Repeat],
        words: &'r [&'a str],
        from: usize,
    ) -> impl Iterator<Item = (&'r [&'a str], usize, EntityKind)> {
        let mut next = Some(from);
        std::iter::from_fn(move || {
            let name = &names[next?];
            next = name.next;
            Some((&words[name.words.0..name.words.1], name.root, name.kind))
        })
    }
}

/// Whether a discovered name is written family name first (`Wong Kwok-kin`,
/// `Tran Van Minh`): its first word is a known surname that is no given
/// name, and its last word no known name part.
fn is_family_first(doc: &Doc<'_>, tokens: TokenRange) -> bool {
    let mut words = tokens
        .indices()
        .filter(|&i| doc.analysis.tokens[i].class == Class::Word && doc.particle(i).is_none());
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    is_family_name(doc, first) && !doc.is(last, WordClass::NamePart)
}

/// Whether token `i` is a name part that is no given name: a family name
/// (`Nguyen`, `Kwok`).
fn is_family_name(doc: &Doc<'_>, i: usize) -> bool {
    doc.is(i, WordClass::NamePart) && !doc.is(i, WordClass::Given)
}

/// The bearers of names (surnames, given names) in a document, by
/// cluster, with how often each is named in full.
#[derive(Default)]
struct Bearers<'a> {
    counts: HashMap<(&'a str, usize), u32>,
    /// By name: the bearer named most often, that count, and whether
    /// another is named as often. Counts only grow by one, so the leader is
    /// kept as they do, in constant time.
    leaders: HashMap<&'a str, (usize, u32, bool)>,
}

impl<'a> Bearers<'a> {
    /// Counts one full mention of the person of cluster `root` as a bearer
    /// of `name`.
    fn count(&mut self, name: &'a str, root: usize, room: usize) {
        let n = ready(&mut self.counts, room)
            .entry((name, root))
            .or_insert(0);
        *n += 1;
        let n = *n;
        ready(&mut self.leaders, room)
            .entry(name)
            .and_modify(|(leader, most, tie)| {
                if *leader == root || n > *most {
                    (*leader, *most, *tie) = (root, n, false);
                } else if n == *most {
                    *tie = true;
                }
            })
            .or_insert((root, n, false));
    }

    /// Whether some person bears `name`.
    fn has(&self, name: &str) -> bool {
        self.leaders.contains_key(name)
    }

    /// The cluster of the one named in full most often with `name`, if one
    /// is named more often than every other bearer.
    fn owner(&self, name: &str) -> Option<usize> {
        let &(leader, _, tie) = self.leaders.get(name)?;
        (!tie).then_some(leader)
    }
}

/// Discovered one-word names join the person or organization they
/// shorten: `Khafaji`, `the Coalition`.
fn join_one_word_names(names: &ShortNames<'_>, work: &mut Workspace) {
    let Workspace {
        candidates,
        clusters,
        ..
    } = work;
    for &(c, word) in &names.one_word_names {
        let owner = match candidates[c].kind {
            EntityKind::Person if names.surnames.has(word) => names.surnames.owner(word),
            EntityKind::Person if names.given_names.has(word) => names.given_names.owner(word),
            EntityKind::Person => names.middle_names.owner(word).filter(|root| {
                names
                    .named_in_full_at
                    .get(root)
                    .is_some_and(|&at| at < candidates[c].tokens.start)
            }),
            EntityKind::Organization => names.org_heads.get(word).copied().flatten(),
            EntityKind::Place => continue,
        };
        if let Some(root) = owner {
            clusters.union(root, c);
        }
    }
}

/// A short form found in the text: its tokens, the cluster it joins, and
/// how it was found.
#[derive(Clone, Copy, Debug)]
struct ShortForm {
    tokens: TokenRange,
    root: usize,
    how: How,
}

/// A rule that finds a short form starting at capitalised token `i`, given
/// what holds `i` and which tokens are taken.
type ShortFormRule =
    fn(&Doc<'_>, usize, Claim, &ShortNames<'_>, &[bool], &mut Clusters) -> Option<ShortForm>;

/// The rules for short forms, tried in order at each capitalised token.
const SHORT_FORMS: &[ShortFormRule] = &[repeated_name, surname_of_person, given_name_of_person];

/// What holds the first token of a short form, when a short form may take
/// it: see [`claim`].
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Claim {
    /// Nothing.
    Free,
    /// A minor place the gazetteer knows: any name the document gives
    /// wins over it (`The startup Quillon … Quillon said`).
    MinorPlace,
    /// A place the gazetteer knows, not after a preposition of place, or
    /// a surname it only guessed from prominence: only a person's surname
    /// named in the document wins over it (`Washington said`).
    Weak,
}

/// Finds the short forms of the document's names with [`SHORT_FORMS`] and
/// accepts them. Only capitalised words start one, and only on a word that
/// a short form may [`claim`]; a candidate that gives its word up is
/// dropped. `work.owner` must be current.
fn find_short_forms(doc: &Doc<'_>, names: &ShortNames<'_>, work: &mut Workspace) {
    let entries = doc.gazetteer.entries();
    work.dropped.clear();
    work.dropped.resize(work.candidates.len(), false);
    // `resume` skips the words of one just found.
    let mut resume = 0;
    for &i in &doc.analysis.capitalized {
        let i = i as usize;
        if i < resume {
            continue;
        }
        let after_place_preposition = i > 0 && doc.facts(i - 1).is_place_preposition();
        let claim = if work.taken[i] {
            let holder = work.owner.get(i);
            holder.and_then(|c| claim(c, &work.candidates, entries, after_place_preposition))
        } else {
            Some(Claim::Free)
        };
        let Some(claim) = claim else {
            continue;
        };
        let found = SHORT_FORMS
            .iter()
            .find_map(|rule| rule(doc, i, claim, names, &work.taken, &mut work.clusters));
        if let Some(found) = found {
            resume = accept_short_form(work, i, found);
        }
    }
    let dropped = &work.dropped;
    work.accepted
        .retain(|&c| !dropped.get(c).copied().unwrap_or(false));
}

/// How a short form may take a word that candidate `c` holds, if it may:
/// a surname named in the document wins over a minor place (`Davis`,
/// `Ellwood`), over any place but after a preposition of place
/// (`Washington said`), and over a surname the gazetteer only guessed from
/// prominence, each of one token.
fn claim(
    c: usize,
    candidates: &[Candidate],
    entries: &[Entry],
    after_place_preposition: bool,
) -> Option<Claim> {
    let cand = &candidates[c];
    if cand.tokens.end - cand.tokens.start != 1 {
        return None;
    }
    if cand.kind == EntityKind::Place
        && let Target::Entry(e) = cand.target
    {
        if entries[e as usize].prior() < WEAK_PLACE_PRIOR {
            return Some(Claim::MinorPlace);
        }
        // Any place but one after `in`, `near`: `Washington said`, after
        // `George Washington`, is the man.
        return (!after_place_preposition).then_some(Claim::Weak);
    }
    let guessed_surname = cand.how == How::ShortForm && cand.choice == Choice::Prior;
    guessed_surname.then_some(Claim::Weak)
}

/// A discovered name written again, on free tokens or over a minor place,
/// without the cue that found it: the first of its names by that first
/// word that matches.
fn repeated_name(
    doc: &Doc<'_>,
    i: usize,
    claim: Claim,
    names: &ShortNames<'_>,
    taken: &[bool],
    _: &mut Clusters,
) -> Option<ShortForm> {
    if claim == Claim::Weak {
        return None;
    }
    let word = doc.analysis.folded(i);
    names
        .repeats
        .by_first_word(word)
        .find_map(|(words, root, kind)| {
            // A place's name over a place the gazetteer knows is as likely
            // the known place: `Isfahan Province … in Isfahan`.
            if claim == Claim::MinorPlace && kind == EntityKind::Place {
                return None;
            }
            let end = match_words(doc, i, words, taken)?;
            Some(ShortForm {
                tokens: TokenRange::new(i, end),
                root,
                how: How::NameShape,
            })
        })
}

/// The surname of the one person of the document who bears it, with a free
/// particle before it (`Al-Khafaji`); one the surname cannot drop (`bin
/// Laden`) must be there. A function word is never a surname alone.
fn surname_of_person(
    doc: &Doc<'_>,
    i: usize,
    _: Claim,
    names: &ShortNames<'_>,
    taken: &[bool],
    clusters: &mut Clusters,
) -> Option<ShortForm> {
    if doc.is_function_word(i) {
        return None;
    }
    let root = names.surnames.owner(doc.analysis.folded(i))?;
    let start = particle_start(doc, i, taken);
    let particle_ok = match names.bound_particles.get(&clusters.root(root)) {
        Some(p) => (start..i).any(|t| doc.analysis.folded(t) == p),
        None => true,
    };
    particle_ok.then_some(ShortForm {
        tokens: TokenRange::new(start, i + 1),
        root,
        how: How::ShortForm,
    })
}

/// The given name of the person of the document who bears it, alone
/// (`Rhea laughed` after `Rhea Molotsi`): not before another capitalised
/// word, and not the surname of anyone.
fn given_name_of_person(
    doc: &Doc<'_>,
    i: usize,
    claim: Claim,
    names: &ShortNames<'_>,
    _: &[bool],
    _: &mut Clusters,
) -> Option<ShortForm> {
    let word = doc.analysis.folded(i);
    if claim != Claim::Free
        || doc.is_function_word(i)
        || doc.is_cap(i + 1)
        || names.surnames.has(word)
    {
        return None;
    }
    let root = names.given_names.owner(word)?;
    Some(ShortForm {
        tokens: TokenRange::new(i, i + 1),
        root,
        how: How::ShortForm,
    })
}

/// Where a surname at token `i` starts: at a free particle before it,
/// hyphenated (`Al-Khafaji`) or not, else at `i`.
fn particle_start(doc: &Doc<'_>, i: usize, taken: &[bool]) -> usize {
    let free = |t: usize| !taken[t];
    if i >= 2 && doc.punct(i - 1) == Some('-') && doc.particle(i - 2).is_some() && free(i - 2) {
        i - 2
    } else if i >= 1 && doc.particle(i - 1).is_some() && free(i - 1) {
        // Two particles in a row: `de la Fuente`, `van der Berg`.
        if i >= 2 && doc.particle(i - 2).is_some() && free(i - 2) {
            i - 2
        } else {
            i - 1
        }
    } else {
        i
    }
}

/// Accepts `found`, met at token `i`, as a new candidate of its cluster:
/// the candidate that held token `i`, if any, is dropped. Returns the token
/// after it, where the search resumes.
fn accept_short_form(work: &mut Workspace, i: usize, found: ShortForm) -> usize {
    let Workspace {
        candidates,
        accepted,
        taken,
        clusters,
        owner,
        dropped,
        ..
    } = work;
    let ShortForm { tokens, root, how } = found;
    if let Some(c) = owner.get(i).filter(|_| taken[i]) {
        dropped[c] = true;
    }
    for t in tokens.indices() {
        taken[t] = true;
    }
    let template = candidates[root];
    candidates.push(Candidate {
        tokens,
        how,
        choice: if template.target == Target::New {
            Choice::Discovered
        } else {
            Choice::InDocument
        },
        priority: 2,
        ..template
    });
    clusters.grow(candidates.len());
    accepted.push(candidates.len() - 1);
    clusters.union(root, candidates.len() - 1);
    // Its tokens were free, but for the one of the candidate it replaces:
    // the table stays whole for `build`.
    owner.set(tokens, candidates.len() - 1);
    tokens.end as usize
}

/// Records that `key` belongs to cluster `root`, or to no one when another
/// cluster already has it.
fn note_unique<'a>(
    map: &mut HashMap<&'a str, Option<usize>>,
    key: &'a str,
    root: usize,
    clusters: &mut Clusters,
) {
    map.entry(key)
        .and_modify(|r| {
            if let Some(existing) = *r {
                if clusters.root(existing) != root {
                    *r = None;
                }
            }
        })
        .or_insert(Some(root));
}

/// The particle that cannot be dropped before the last word of a name, if
/// any: `bin` in `Osama bin Laden`. Between a family name and a given name
/// it is a middle name (`Van` in `Nguyen Van Thanh`), and the given name
/// goes alone.
fn bound_particle(doc: &Doc<'_>, tokens: TokenRange) -> Option<String> {
    let words: Vec<usize> = tokens
        .indices()
        .filter(|&i| doc.analysis.tokens[i].class == Class::Word)
        .collect();
    let [.., before, last] = words[..] else {
        return None;
    };
    let first = words[0];
    let family_first =
        first != before && is_family_name(doc, first) && doc.is(last, WordClass::Given);
    (doc.particle(before) == Some(false) && !family_first)
        .then(|| doc.analysis.folded(before).to_owned())
}

/// If the words `words` are written from token `start` (particles and
/// hyphens skipped), on free tokens but for the first, the end of the
/// match.
fn match_words(doc: &Doc<'_>, start: usize, words: &[&str], taken: &[bool]) -> Option<usize> {
    // A name is written within one sentence: a heading's last word and
    // the next paragraph's first are no name.
    let end = doc.sentence_end(start);
    let mut i = start;
    let mut w = 0;
    while w < words.len() {
        // The first word's holder, if any, was found to give it up.
        if i >= end || i > start && taken[i] {
            return None;
        }
        let folded = doc.analysis.folded(i);
        if folded == words[w] && doc.analysis.tokens[i].shape.is_capital() {
            w += 1;
            i += 1;
        } else if doc.punct(i) == Some('-') || doc.particle(i).is_some() {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// Writes `words` into `out`, emptied first, one space apart.
fn join_words<'a>(words: impl Iterator<Item = &'a str>, out: &mut String) {
    out.clear();
    for (k, word) in words.enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// Numbers the clusters in order of first mention and writes the entities
/// and mentions.
fn build(
    doc: &Doc<'_>,
    work: &mut Workspace,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
    mention_tokens: &mut Vec<TokenRange>,
) {
    entities.reserve(work.accepted.len());
    mentions.reserve(work.accepted.len());
    mention_tokens.reserve(work.accepted.len());
    // The fullest form names a discovered entity: found first, so that
    // the entity is made with its name.
    best_names(doc, work);
    write_mentions(doc, work, entities, mentions, mention_tokens);
    // `short_forms` left the owner of each token in place.
    debug_assert!(work.accepted.iter().all(|&c| {
        work.candidates[c]
            .tokens
            .indices()
            .all(|t| work.owner.get(t) == Some(c))
    }));
    designations(doc, work, entities);
}

/// For each discovered cluster, by its root, its fullest form: the first
/// of its candidates with the most words.
fn best_names(doc: &Doc<'_>, work: &mut Workspace) {
    let Workspace {
        candidates,
        accepted,
        clusters,
        best_name,
        ..
    } = work;
    best_name.clear();
    best_name.resize(candidates.len(), None);
    for &c in accepted.iter() {
        let cand = &candidates[c];
        if cand.target == Target::New {
            let words = word_count(doc, cand);
            let best = best_name[clusters.root(c)].get_or_insert((0, c));
            if words > best.0 {
                *best = (words, c);
            }
        }
    }
}

/// Writes a mention for each accepted candidate, in text order, making the
/// entity of its cluster at its first mention, so that entities are
/// numbered in order of first mention.
fn write_mentions(
    doc: &Doc<'_>,
    work: &mut Workspace,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
    mention_tokens: &mut Vec<TokenRange>,
) {
    let Workspace {
        candidates,
        accepted,
        clusters,
        ids,
        best_name,
        name,
        ..
    } = work;
    ids.clear();
    ids.resize(candidates.len(), None);
    for &c in accepted.iter() {
        let root = clusters.root(c);
        let cand = &candidates[c];
        let id = *ids[root].get_or_insert_with(|| {
            let best = best_name[root].map_or(c, |(_, best)| best);
            new_entity(doc, cand, &candidates[best], name, entities)
        });
        mentions.push(Mention {
            span: mention_span(doc, cand.tokens),
            entity: id,
            how: cand.how,
            choice: cand.choice,
        });
        mention_tokens.push(cand.tokens);
    }
}

/// The span of a mention at `tokens`: the tokens' span, but for a name
/// whose last word is spelt like a title's abbreviation, whose stop is the
/// sentence's, as a title stands before a name and never ends one (`met
/// Hun Sen.`).
fn mention_span(doc: &Doc<'_>, tokens: TokenRange) -> crate::Span {
    use crate::text::token::{Abbreviation, abbreviation_with_stop};
    let span = doc.analysis.span_of(tokens);
    let last = &doc.text[doc.analysis.tokens[tokens.end as usize - 1].span()];
    if abbreviation_with_stop(last) == Some(Abbreviation::BeforeName) {
        crate::Span::new(span.start, span.end - 1)
    } else {
        span
    }
}

/// Makes the entity of `cand`, the first mention of its cluster: the
/// gazetteer's name and id for an entry; for a discovered one, the words of
/// its fullest form `best` as written, one space apart (`name` is a
/// buffer).
fn new_entity(
    doc: &Doc<'_>,
    cand: &Candidate,
    best: &Candidate,
    name: &mut String,
    entities: &mut Vec<Entity>,
) -> EntityId {
    let id = EntityId::new(entities.len());
    let (name, gazetteer_id, source) = match cand.target {
        Target::Entry(e) => {
            let entry = &doc.gazetteer.entries()[e as usize];
            (
                entry.shared_name().clone(),
                Some(entry.shared_id().clone()),
                Source::Gazetteer,
            )
        }
        Target::New => {
            let span = doc.analysis.span_of(best.tokens);
            join_words(doc.text[span].split_whitespace(), name);
            (name.as_str().into(), None, Source::Discovered)
        }
    };
    entities.push(Entity {
        id,
        kind: cand.kind,
        name,
        gazetteer_id,
        source,
        designations: Vec::new(),
    });
    id
}

/// Gives each entity the roles discovery found for it (`the JOC
/// spokesman`): one designation per title, where the document first gives
/// it.
fn designations(doc: &Doc<'_>, work: &mut Workspace, entities: &mut [Entity]) {
    let Workspace {
        discovery,
        clusters,
        owner,
        ids,
        name,
        ..
    } = work;
    for note in &discovery.roles {
        let holder = note.name.indices().find_map(|t| owner.get(t));
        let Some(c) = holder else { continue };
        let Some(id) = ids[clusters.root(c)] else {
            continue;
        };
        join_words(note.title.indices().map(|i| doc.analysis.folded(i)), name);
        let entity = &mut entities[id.as_usize()];
        if !entity.designations.iter().any(|d| *d.title == **name) {
            entity.designations.push(Designation {
                span: doc.analysis.span_of(note.role),
                title: name.as_str().into(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn candidate(priority: u8, start: usize, len: usize) -> Candidate {
        Candidate {
            tokens: TokenRange::new(start, start + len),
            kind: EntityKind::Place,
            target: Target::New,
            how: How::Gazetteer,
            choice: Choice::Discovered,
            priority,
        }
    }

    /// Selection as first written: one sort of every candidate by rank.
    fn select_by_one_sort(candidates: &[Candidate], n: usize) -> Vec<usize> {
        let mut order: Vec<(u8, u32, u32, usize)> = candidates
            .iter()
            .enumerate()
            .map(|(c, cand)| {
                let t = cand.tokens;
                (
                    u8::MAX - cand.priority,
                    u32::MAX - (t.end - t.start),
                    t.start,
                    c,
                )
            })
            .collect();
        order.sort_unstable();
        let mut taken = vec![false; n];
        let mut accepted = Vec::new();
        for (.., c) in order {
            let range = candidates[c].tokens.indices();
            if range.clone().all(|i| !taken[i]) {
                taken[range].fill(true);
                accepted.push(c);
            }
        }
        accepted
    }

    fn selected(candidates: Vec<Candidate>, n: usize) -> Vec<usize> {
        let mut work = Workspace {
            candidates,
            ..Workspace::default()
        };
        select(&mut work, n);
        work.accepted
    }

    /// `(name, text, the mentions as written)`.
    const MENTION_SPANS: &[(&str, &str, &[&str])] = &[
        (
            "a surname spelt like a title, ending the sentence",
            "Officials met Hun Sen. The talks ended.",
            &["Hun Sen"],
        ),
        (
            "a company's abbreviation ending the sentence",
            "Officials sold shares of Varnholt Inc. The talks ended.",
            &["Varnholt Inc."],
        ),
        (
            "an initial ending the sentence",
            "Officials met Hans W. The talks ended.",
            &["Hans W."],
        ),
    ];

    #[test]
    fn a_name_s_span_leaves_the_sentence_its_stop() {
        crate::test_util::assert_unique(MENTION_SPANS.iter().map(|r| r.0));
        for &(name, text, want) in MENTION_SPANS {
            let x = crate::test_util::extract(text);
            let got: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
            assert_eq!(got, want, "{name}: {text}");
        }
    }

    /// `(name, text, a short form, a full name, whether it joins it)`.
    const SHORT_FORM_ROWS: &[(&str, &str, &str, &str, bool)] = &[
        (
            "a surname after two particles, written again with both",
            "Ruth de la Tarnikh, a coach, spoke. Later de la Tarnikh left the club.",
            "de la Tarnikh",
            "Ruth de la Tarnikh",
            true,
        ),
        (
            "a company written again without its legal form",
            "Zantrofex Inc. cut its forecast. Later, Zantrofex shares fell.",
            "Zantrofex",
            "Zantrofex Inc.",
            true,
        ),
        (
            "a company found again by its head, without its legal forms",
            "Shares of Pelawa Mining Pty Ltd fell. Pelawa Mining said output was down.",
            "Pelawa Mining",
            "Pelawa Mining Pty Ltd",
            true,
        ),
        (
            "a company written again without its legal form before its name",
            "PT Zantrofex cut its forecast. Later, Zantrofex shares fell.",
            "Zantrofex",
            "PT Zantrofex",
            true,
        ),
        (
            "a company named by its verb of speech, written with both legal forms before",
            "PT Kelvaro Farma Tbk cut its forecast. Kelvaro Farma said demand fell.",
            "Kelvaro Farma",
            "PT Kelvaro Farma Tbk",
            true,
        ),
        (
            "the two surnames of a Spanish name",
            "Marisol Quispe Varnani filed a suit. Quispe Varnani sells fruit.",
            "Quispe Varnani",
            "Marisol Quispe Varnani",
            true,
        ),
        (
            "a Vietnamese given name after a middle name spelt like a particle",
            "Nguyen Van Thanh farms rice. Later, Thanh left the farm.",
            "Thanh",
            "Nguyen Van Thanh",
            true,
        ),
        (
            "a regnal name's country is no short form of it",
            "King Abdullah II of Jordan met officials. Jordan's army moved.",
            "Jordan",
            "Abdullah II of Jordan",
            false,
        ),
        (
            "a middle name, alone after the full name",
            "Investigators named Ahmad Kelvaro Wiranto a suspect. Kelvaro denied wrongdoing.",
            "Kelvaro",
            "Ahmad Kelvaro Wiranto",
            true,
        ),
        (
            "a middle name alone before the full name is another's",
            "Kelvaro denied wrongdoing. His daughter, Marta Kelvaro Wiranto, agreed.",
            "Kelvaro",
            "Marta Kelvaro Wiranto",
            false,
        ),
        (
            "the last word of a romanised name of three",
            "Officials met Le Minh Kelvo on Monday. Later, Kelvo left.",
            "Kelvo",
            "Le Minh Kelvo",
            true,
        ),
    ];

    #[test]
    fn a_short_form_joins_its_full_name() {
        crate::test_util::assert_unique(SHORT_FORM_ROWS.iter().map(|r| r.0));
        for &(name, text, short, full, joins) in SHORT_FORM_ROWS {
            let x = crate::test_util::extract(text);
            let entity_of = |written: &str| {
                x.mentions()
                    .iter()
                    .find(|m| &text[m.span()] == written)
                    .map(|m| m.entity())
            };
            let (short_of, full_of) = (entity_of(short), entity_of(full));
            assert!(
                short_of.is_some() && (short_of == full_of) == joins,
                "{name}: {text}\n  {short:?} {short_of:?}, {full:?} {full_of:?}"
            );
        }
    }

    #[test]
    fn a_company_is_named_with_its_legal_form_though_written_without_it_first() {
        let text = "Zantrofex shares fell on Monday. Zantrofex Inc. cut its forecast.";
        let x = crate::test_util::extract(text);
        let names: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
        assert_eq!(names, ["Zantrofex", "Zantrofex Inc."]);
        assert_eq!(x.entities().len(), 1, "{:?}", x.entities());
        assert_eq!(x.entities()[0].name(), "Zantrofex Inc.");
    }

    #[test]
    fn a_discovered_name_written_again_takes_a_minor_place_unless_a_place() {
        // `Quillon` folds as Quilon, a city of the gazetteer; the startup
        // the text names keeps every mention.
        let text = "The startup Quillon raised $20 million. Quillon said it would hire.";
        let x = crate::test_util::extract(text);
        let kinds: Vec<_> = x.entities().iter().map(|e| e.kind()).collect();
        assert_eq!(kinds, [EntityKind::Organization], "{text}");
        assert_eq!(x.mentions().len(), 2, "{text}");
        // A place's name is as likely the known place.
        let text = "It is the capital of Kollam Province. Kollam is known for its cashews.";
        let x = crate::test_util::extract(text);
        let last = x.mentions().last().unwrap();
        assert_eq!(&text[last.span()], "Kollam");
        assert!(
            x.entity(last.entity()).unwrap().gazetteer_id().is_some(),
            "{text}"
        );
    }

    /// `(name, text, a discovered name, whether it is the gazetteer entry
    /// of its core)`.
    const CORES: &[(&str, &str, &str, bool)] = &[
        (
            "a head that names the kind of body the core's entry is",
            "The Hamas Movement rejected the proposal.",
            "Hamas Movement",
            true,
        ),
        (
            "a head that names another body after the core",
            "The Labour Union called a strike.",
            "Labour Union",
            false,
        ),
        (
            "a place's head after the core",
            "Floods hit the Anbar Governorate.",
            "Anbar Governorate",
            true,
        ),
    ];

    #[test]
    fn a_discovered_name_is_its_core_s_entry_only_as_that_kind() {
        crate::test_util::assert_unique(CORES.iter().map(|r| r.0));
        for &(name, text, written, known) in CORES {
            let x = crate::test_util::extract(text);
            let entity = x
                .mentions()
                .iter()
                .find(|m| &text[m.span()] == written)
                .and_then(|m| x.entity(m.entity()));
            let got = entity.map(|e| e.gazetteer_id().is_some());
            assert_eq!(got, Some(known), "{name}: {text}");
        }
    }

    #[test]
    fn a_name_shaped_like_a_person_s_is_the_body_a_cue_names_so() {
        let text = "Shares of Ilse Steel fell. Ilse Steel said output rose.";
        let x = crate::test_util::extract(text);
        let kinds: Vec<EntityKind> = x
            .mentions()
            .iter()
            .filter_map(|m| x.entity(m.entity()))
            .map(Entity::kind)
            .collect();
        assert_eq!(kinds, [EntityKind::Organization, EntityKind::Organization]);
        assert_eq!(x.entities().len(), 1);
    }

    #[test]
    fn a_recycled_buffer_keeps_its_allocation() {
        let text = String::from("Tahsin al - Khafaji");
        let mut words: Vec<&str> = text.split(' ').collect();
        words.reserve(100);
        let (start, room) = (words.as_ptr() as usize, words.capacity());
        let spare: Vec<&'static str> = recycle(words);
        drop(text);
        assert!(spare.is_empty());
        assert_eq!((spare.as_ptr() as usize, spare.capacity()), (start, room));
    }

    #[test]
    fn selection_prefers_priority_then_length_then_the_earlier() {
        let candidates = vec![
            candidate(1, 0, 1),
            candidate(3, 1, 2),
            candidate(2, 0, 2),
            candidate(2, 3, 3),
            candidate(1, 4, 1),
            candidate(2, 5, 1),
            candidate(1, 6, 1),
        ];
        // The two-word entry first; then the discovered names, longest
        // first, of which only the one it does not overlap stays (3, not 2);
        // then the single words left free, in text order (0 and 6; 4 and 5
        // lie inside 3).
        assert_eq!(selected(candidates, 8), [1, 3, 0, 6]);
    }

    proptest! {
        /// Sorting the classes of ranks apart accepts the same candidates
        /// in the same order as sorting them all at once.
        #[test]
        fn class_by_class_selection_is_one_sort(
            spec in prop::collection::vec((1u8..=3, 0usize..40, 0usize..4), 0..60),
        ) {
            let candidates: Vec<Candidate> =
                spec.iter().map(|&(p, start, len)| candidate(p, start, len)).collect();
            let want = select_by_one_sort(&candidates, 44);
            prop_assert_eq!(selected(candidates, 44), want);
        }

        /// Accepted candidates come back in text order.
        #[test]
        fn text_order_is_by_start(starts in prop::collection::hash_set(0usize..500, 0..80)) {
            let candidates: Vec<Candidate> = starts.iter().map(|&s| candidate(1, s, 1)).collect();
            let mut accepted: Vec<usize> = (0..candidates.len()).rev().collect();
            sort_by_start(&mut accepted, &candidates, &mut Vec::new());
            let got: Vec<u32> = accepted.iter().map(|&c| candidates[c].tokens.start).collect();
            let mut want = got.clone();
            want.sort_unstable();
            prop_assert_eq!(got, want);
            prop_assert_eq!(accepted.len(), candidates.len());
        }
    }

    #[test]
    fn a_name_written_again_stays_in_its_sentence() {
        // The heading-like break of a line ends the sentence, so the two
        // words are no repeat of the name.
        let text = "Maj. Gen. Talvo Pellar visited the base.\n\nA speech by Talvo\n\nPellar ended the day.";
        let x = crate::test_util::extract(text);
        let spans: Vec<&str> = x.mentions().iter().map(|m| &text[m.span()]).collect();
        assert!(spans.iter().all(|s| !s.contains('\n')), "{spans:?}");
    }
}
