//! Names by context: names no list knows, found by what the sentence does
//! with them.
//!
//! People:
//! - the subject or the inverted subject of a verb of speech (`Okwudili
//!   Fashanu said`, `“…,” said Fashanu.`);
//! - an age set off by commas (`Okwudili Fashanu, 45, a farmer`);
//! - life dates in brackets after a name (`Ilse Varnholt (1811 – 1832)`);
//! - a citation of authors (`Varnholt and Osk (2009)`, `(Varnholt, 2010)`,
//!   `Varnholt et al.`);
//! - a name part that opens a clause and owns what follows (`Edwin sold
//!   his farm`).
//!
//! Organizations: the teams around a match's score (`Orlando Pirates beat
//! Kaizer Chiefs 2-0`).
//!
//! Places: an unknown word before a comma and a known place (`in Tolvik,
//! Norway`, `Hadibo, Yemen –`).
//!
//! Cue words that follow a person's name (`born`, `who`, `widow` after a
//! possessive) are rows of `name_cues.tsv` read by [`super::cue_words`];
//! the rules here read what no word list can hold: the speech cues the scan
//! found, numbers and brackets.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Discovery, Doc};
use crate::entities::EntityKind;
use crate::entities::choose::Reading;
use crate::gazetteer::Frame;
use crate::gazetteer::grammar::WordClass;
use crate::text::{Class, Shape, TokenRange};

/// The subject before a verb of speech, and the name right after one:
/// `Okwudili Fashanu said`, `Fashanu also told`, `said Fashanu.`.
pub(super) fn speakers(doc: &Doc<'_>, out: &mut Discovery) {
    // The first and last words of the people found so far, made at the
    // first speaker: a word among them alone is a short form.
    let mut name_ends: Option<HashSet<&str>> = None;
    for (k, hit) in doc.hits.iter().enumerate() {
        let Reading::Cue(verb) = doc.readings[k] else {
            continue;
        };
        let (start, end) = (hit.tokens.start as usize, hit.tokens.end as usize);
        match doc.gazetteer.lists.speech_verbs[verb as usize].frame {
            Frame::Say => {}
            // A person's full name after `according to`; one word alone is
            // as often a firm's (`according to Quantcast`).
            Frame::According => {
                if let Some(name) = name_after(doc, end).filter(|n| n.end - n.start >= 2) {
                    out.name(name, EntityKind::Person);
                }
                continue;
            }
            _ => continue,
        }
        // A word alone that ends a person's name is that person's short
        // form, whatever its place in the sentence (`Sheikh Mazen
        // al-Obaidi … Obaidi said`).
        let alone = || {
            organization_alone(doc, start, end).filter(|&name| {
                let ends = name_ends.get_or_insert_with(|| people_name_ends(doc, out));
                !is_short_form(doc, ends, name)
            })
        };
        if let Some(name) = organization_before(doc, start, end)
            .or_else(|| organization_after_place(doc, start))
            .or_else(alone)
        {
            out.name(name, EntityKind::Organization);
            continue;
        }
        let subject = subject_before(doc, start).or_else(|| subject_before_apposition(doc, start));
        let partner = subject.and_then(|name| partner_before(doc, name));
        for name in [subject, partner, name_after(doc, end)]
            .into_iter()
            .flatten()
        {
            let ends = name_ends.get_or_insert_with(|| people_name_ends(doc, out));
            if !is_short_form(doc, ends, name) {
                ends.extend(name_ends_of(doc, name));
                out.name(name, EntityKind::Person);
            }
        }
    }
}

/// The unknown name before a verb of speech at `verb..verb_end` that the
/// clause after it calls `it`: `Norvex said in a statement that it would
/// appeal`, `Zantrofex said its profits fell`. Only `its`, or `it` before
/// an auxiliary that is no form of `be`: `it was` is as often the
/// weather's. A name part, a word the lists know, is left to the person
/// rules.
fn organization_before(doc: &Doc<'_>, verb: usize, verb_end: usize) -> Option<TokenRange> {
    // The name may stand before an apposition: `Safaricom, the country's
    // largest operator, said its network was unaffected`.
    let name_end = apposition_start(doc, verb).unwrap_or(verb);
    if name_end == 0 || !doc.is_cap(name_end - 1) {
        return None;
    }
    let start = doc.name_run_start(name_end);
    let unknown = |t: usize| {
        let classes = doc.classes(t);
        doc.reading(t).is_none()
            && !classes.is(WordClass::NamePart)
            && !classes.is(WordClass::Common)
            && !classes.is_closed_class()
    };
    if start == name_end || is_determined(doc, start) || !(start..name_end).all(unknown) {
        return None;
    }
    if verb_end >= doc.len() {
        return None;
    }
    let limit = doc.sentence_end(verb_end).min(verb_end + 8);
    for k in verb_end..limit {
        // A capitalised word of a closed class is no other name (`said on
        // Monday it would`).
        if doc.is_mark(k) || doc.is_cap(k) && !doc.classes(k).is(WordClass::Function) {
            return None;
        }
        let classes = doc.classes(k);
        if classes.is(WordClass::It) {
            let its = classes.is(WordClass::Possessive);
            let acts = doc.is(k + 1, WordClass::Auxiliary) && !doc.is(k + 1, WordClass::Be);
            return (its || acts).then(|| TokenRange::new(start, name_end));
        }
        if classes.is_any(&[WordClass::He, WordClass::She, WordClass::They, WordClass::I]) {
            return None;
        }
    }
    None
}

/// One word no list knows that opens its sentence as the subject of a verb
/// of speech at `verb..verb_end`, that the document never writes after
/// another capitalised word nor in lower case (`respondents`), and that
/// the rest of the sentence does not call `he` or `she`: an organization
/// of one word (`Cosatu threatened a national strike`, `Petronas said
/// output rose`). A person named so alone is named in full somewhere
/// (`Thandi Mokoena … Mokoena said`), or called `he` or `she`; capitalised
/// only where it opens a sentence, the word gives no other sign.
fn organization_alone(doc: &Doc<'_>, verb: usize, verb_end: usize) -> Option<TokenRange> {
    let mut subject_end = verb;
    while subject_end > 0
        && (doc.is(subject_end - 1, WordClass::Adverb)
            || doc.is(subject_end - 1, WordClass::Auxiliary))
    {
        subject_end -= 1;
    }
    let word = subject_end.checked_sub(1)?;
    let unknown = doc.analysis.tokens[word].shape == Shape::Capitalized
        && doc.reading(word).is_none()
        && !doc.classes(word).is(WordClass::NamePart)
        && !doc.classes(word).is(WordClass::Common)
        && !doc.classes(word).is_closed_class();
    if !unknown
        || word != doc.analysis.sentence_start(word)
        || doc.written_after_capital(word)
        || doc.written_in_lower_case(word)
    {
        return None;
    }
    (!speaks_of_a_person(doc, verb_end)).then(|| TokenRange::new(word, word + 1))
}

/// Whether `he` or `she` stands between token `from` and the end of its
/// sentence: what a verb of speech reports then speaks of a person.
fn speaks_of_a_person(doc: &Doc<'_>, from: usize) -> bool {
    let sentence_end = doc.sentence_end(from.min(doc.len() - 1));
    (from..sentence_end).any(|k| doc.classes(k).is_any(&[WordClass::He, WordClass::She]))
}

/// The name before a verb of speech at `verb` that a place the gazetteer
/// knows opens, with one or two capitalised words after the place that no
/// list reads: the place's company or institution (`Kenya Power said`),
/// unless the clause after the verb speaks of a person (`Salvador Nasralla
/// said he`).
fn organization_after_place(doc: &Doc<'_>, verb: usize) -> Option<TokenRange> {
    let start = (verb.saturating_sub(2)..verb)
        .find(|&t| doc.is_after_place_name(t) && (t..verb).all(|w| doc.is_cap(w)))?;
    // `Governor of Washington Chris Gregoire said` is a person's, and `the
    // Ashanti Region said` a place's.
    let plain = !doc.is_given_name(start)
        && (start..verb).all(|t| {
            doc.is_word(t)
                && doc.reading(t).is_none()
                && !doc.classes(t).is_closed_class()
                && doc.facts(t).head() != Some(EntityKind::Place)
        });
    if !plain {
        return None;
    }
    let place = doc
        .hit_of
        .get(start - 1)
        .map(|k| doc.hits[k].tokens.start as usize)?;
    // `Abu Shanab said` is a person's kunya, and `Sofia Kestrova said` a
    // given name and a surname, whatever places `Abu` and `Sofia` are.
    if doc.is_person_prefix(place)
        || doc.is_place_as_given_name(place)
        || speaks_of_a_person(doc, verb)
    {
        return None;
    }
    Some(TokenRange::new(place, verb))
}

/// The most tokens an apposition between a subject and its verb holds.
const MAX_APPOSITION_TOKENS: usize = 12;

/// The comma that opens an apposition closed by a comma right before token
/// `verb`, lower case after it: `, the country's largest operator,` in
/// `Safaricom, the country's largest operator, said`.
fn apposition_start(doc: &Doc<'_>, verb: usize) -> Option<usize> {
    let close = verb.checked_sub(1).filter(|&c| doc.punct(c) == Some(','))?;
    let floor = doc
        .sentence_start(close)
        .max(close.saturating_sub(MAX_APPOSITION_TOKENS));
    let open = (floor..close).rev().find(|&t| doc.punct(t) == Some(','))?;
    let lower = open + 1 < close && !doc.is_cap(open + 1) && doc.is_word(open + 1);
    lower.then_some(open)
}

/// The first and last words of the people `out` has found.
fn people_name_ends<'a>(doc: &Doc<'a>, out: &Discovery) -> HashSet<&'a str> {
    let people = out.found.iter().filter(|f| f.kind == EntityKind::Person);
    people.flat_map(|f| name_ends_of(doc, f.tokens)).collect()
}

/// The first and last words of a name of two words or more.
fn name_ends_of<'a>(doc: &Doc<'a>, name: TokenRange) -> impl Iterator<Item = &'a str> + use<'a> {
    let (first, last) = (name.start as usize, name.end as usize - 1);
    let analysis = doc.analysis;
    (last > first)
        .then(|| [analysis.folded(first), analysis.folded(last)])
        .into_iter()
        .flatten()
}

/// Whether `name` is one word, the first or last word of a person found
/// before: a short form, which resolution joins to its person, or leaves
/// alone when two share it (`Dr. Ali Hamdani met Dr. Sara Hamdani.
/// Hamdani said`).
fn is_short_form(doc: &Doc<'_>, name_ends: &HashSet<&str>, name: TokenRange) -> bool {
    // One word, with its particles: `al-Khafaji` is `Khafaji`.
    let mut words = name
        .indices()
        .filter(|&i| doc.is_word(i) && doc.particle(i).is_none());
    match (words.next(), words.next()) {
        (Some(word), None) => name_ends.contains(doc.folded(word)),
        _ => false,
    }
}

/// The name that is the subject of a verb at token `verb`: the capitalised
/// run right before it, across adverbs and auxiliaries (`Fashanu has also
/// said`).
fn subject_before(doc: &Doc<'_>, verb: usize) -> Option<TokenRange> {
    let mut end = verb;
    while end > 0
        && !doc.is_cap(end - 1)
        && (doc.is(end - 1, WordClass::Adverb) || doc.is(end - 1, WordClass::Auxiliary))
    {
        end -= 1;
    }
    if end == 0 || !doc.is_cap(end - 1) {
        return None;
    }
    let (start, parts) = doc.person_run_ending_at(end)?;
    // `the tabloid Morning Star said`: a word that names a kind of
    // organization or place stands before the name. After a preposition
    // the name is no subject: `traders at Kongowea Market said`, `the MP
    // for Varnholt East said`.
    if is_determined(doc, start)
        || doc.kind_cue_ends_at(start)
        || doc.is_governed_name(start)
        || is_coordinated_unknown(doc, start, end)
        || !is_person_like(doc, start, end, parts)
    {
        return None;
    }
    Some(TokenRange::new(start, end))
}

/// The name before an apposition that closes right before the verb at
/// `verb`: `Chidiebere Okonkwo, a trader at the market, said`. The
/// apposition is a noun phrase, opened by a determiner (not `, for
/// monitoring the players, highlighting`), and ends in no word that names
/// a kind of organization or place (`Pelawa, the mining town, said`).
fn subject_before_apposition(doc: &Doc<'_>, verb: usize) -> Option<TokenRange> {
    let open = apposition_start(doc, verb)?;
    let determined =
        doc.is(open + 1, WordClass::Determiner) || doc.is(open + 1, WordClass::Possessive);
    if !determined || doc.kind_cue_ends_at(verb - 1) {
        return None;
    }
    subject_before(doc, open)
}

/// The name before `and` and `name`, the subject of a verb of speech: a
/// person's too when the subject is written with a name part and it with
/// a name part or a word no list knows (`Okafor and Mensah said`, `Smith
/// and Jones said`).
fn partner_before(doc: &Doc<'_>, name: TokenRange) -> Option<TokenRange> {
    let and = (name.start as usize).checked_sub(1)?;
    if !doc.is(and, WordClass::Conjunction) || and == 0 || !doc.is_cap(and - 1) {
        return None;
    }
    let (start, parts) = doc.person_run_ending_at(and)?;
    let partner = TokenRange::new(start, and);
    let name_part = |t: usize| doc.is(t, WordClass::NamePart);
    let person = name.indices().any(name_part)
        && partner
            .indices()
            .any(|t| name_part(t) || super::is_unknown_word(doc, t))
        && !is_determined(doc, start)
        && !(start > 0 && doc.is_preposition_word(start - 1))
        && is_person_like(doc, start, and, parts);
    person.then_some(partner)
}

/// Whether `start..end`, one word no list knows, is the last of names
/// joined by `and`: `Digicel and Vodafone said` names two bodies as often
/// as two people, and the verb tells neither.
fn is_coordinated_unknown(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    end == start + 1
        && start >= 2
        && doc.is(start - 1, WordClass::Conjunction)
        && doc.is_cap(start - 2)
        && super::is_unknown_word(doc, start)
}

/// Whether a determiner or a possessive stands right before token `start`:
/// `the Herald said`, `Norland's Sentinel said`, `the Tsar, who`. A
/// person's name takes neither; a title, a group or a paper does. A
/// determiner that also opens a reported clause opens the clause before a
/// name: `found that Han Soojin, 44, had`.
pub(super) fn is_determined(doc: &Doc<'_>, start: usize) -> bool {
    start > 0
        && (doc.is(start - 1, WordClass::Determiner)
            && !doc.is(start - 1, WordClass::Complementizer)
            || doc.is(start - 1, WordClass::Possessive)
            || doc.analysis.tokens[start - 1].class == Class::Possessive)
}

/// The name right after a verb at token `after` (`said Fashanu,`) when it
/// ends its clause.
pub(super) fn name_after(doc: &Doc<'_>, after: usize) -> Option<TokenRange> {
    // A word that opens the names of places or bodies opens no person's:
    // `told Radio Varnoka:`.
    if !doc.is_cap(after) || doc.is_function_word(after) || doc.is_prefix_cue(after) {
        return None;
    }
    let limit = doc.sentence_end(after);
    let (end, parts) = doc.person_run(after, limit)?;
    // A stop that ends the sentence, not the one of an abbreviation
    // (`said Spc. Lorraine Walsh`).
    let closes = end >= limit
        || doc.is_stop(end) && end + 1 >= limit
        || doc.is_mark(end)
        || matches!(doc.punct(end), Some(',' | ':' | ')'));
    if !(closes && is_person_like(doc, after, end, parts)) {
        return None;
    }
    let start = doc.given_name_after_role(after, end).unwrap_or(after);
    Some(TokenRange::new(start, end))
}

/// Whether the capitalised run `start..end` of `parts` name parts may be a
/// person's name by its words: no closed-class word, no acronym, and one
/// word alone that opens its sentence must be written with a capital
/// elsewhere in the document too (`Officials said` is a sentence's first
/// word; `Fashanu said`, with `Fashanu` mid-sentence elsewhere, is a name).
pub(super) fn is_person_like(doc: &Doc<'_>, start: usize, end: usize, parts: usize) -> bool {
    // One word the gazetteer reads (a place, say) keeps its reading
    // (`Tikrit, who`), unless it is a person's name read as a minor place.
    let known = parts == 1
        && matches!(doc.reading(start), Some((_, Reading::Entry(_))))
        && !doc.is_name_read_as_minor_place(start);
    !known
        && is_plain_name(doc, start, end)
        && (parts > 1
            || start != doc.sentence_start(start)
            || doc.is_known_name_part(start)
            || doc.capitalised_mid_sentence(start))
}

/// Whether no word of `start..end` is a closed-class word or an acronym.
fn is_plain_name(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    // A particle may be a word of a closed class too (`de` also joins the
    // names of institutions): inside a name, it is a particle.
    (start..end)
        .filter(|&i| doc.is_word(i) && doc.particle(i).is_none())
        .all(|i| !doc.classes(i).is_closed_class() && doc.analysis.tokens[i].shape != Shape::Upper)
}

/// Life dates in brackets after a name: `Ilse Varnholt (1811 – 1832)`,
/// `Varnholt (c. 314 – 368)`; `(born 1950)` is read by the cue word
/// `born` of `name_cues.tsv`.
pub(super) fn life_dates(doc: &Doc<'_>, out: &mut Discovery) {
    // From the capitalised words, far fewer than the tokens.
    for &name_end in &doc.analysis.capitalized {
        let open = name_end as usize + 1;
        if !doc.is_punct(open, b'(') {
            continue;
        }
        // An optional `c.` (circa) before the first year.
        let mut i = open + 1;
        if doc.is_word(i)
            && !doc.is_cap(i)
            && doc.folded(i).len() == 1
            && doc.punct(i + 1) == Some('.')
        {
            i += 2;
        }
        let dates = is_year(doc, i) && matches!(doc.punct(i + 1), Some('-' | '–' | '—'));
        if dates {
            super::person_ending_at(doc, open, out);
        }
    }
}

/// Whether token `i` is a year: three or four digits.
fn is_year(doc: &Doc<'_>, i: usize) -> bool {
    // A word without a letter first: it rules out the words without
    // reading the text.
    let Some(token) = doc.analysis.tokens.get(i) else {
        return false;
    };
    if token.class != Class::Word || token.shape != Shape::Other {
        return false;
    }
    let s = &doc.text[token.span()];
    (3..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Authors cited by name and year: `(Varnholt, 2009; Osk & Brill 2011)`,
/// and `Varnholt and Osk (2010)`. One name before a year in brackets is
/// as often a work's title (`Silent Harbour (2004)`): it is an author in a
/// document that cites authors in brackets too.
pub(super) fn citations(doc: &Doc<'_>, out: &mut Discovery) {
    let years: Vec<usize> = years_after_names(doc).collect();
    let mut authors = Vec::new();
    let mut cites = false;
    for bracketed in [false, true] {
        for &year in &years {
            authors.clear();
            let enough = if bracketed {
                cited_before_year(doc, year, &mut authors);
                if cites { 1 } else { 2 }
            } else {
                cited_with_year(doc, year, &mut authors);
                1
            };
            if authors.len() >= enough {
                cites = true;
                for &name in &authors {
                    out.name(name, EntityKind::Person);
                }
            }
        }
    }
    // `Carrano & Biewener [7]`: names before a reference number, as a
    // year in brackets.
    for &t in &doc.analysis.capitalized {
        let open = t as usize + 1;
        if doc.punct(open) != Some('[') || !is_reference_number(doc, open + 1) {
            continue;
        }
        authors.clear();
        authors_ending_at(doc, open, true, &mut authors);
        if authors.len() >= if cites { 1 } else { 2 } {
            cites = true;
            for &name in &authors {
                out.name(name, EntityKind::Person);
            }
        }
    }
}

/// Two capitalised names joined by `&` outside a citation, a firm's name
/// (`Varn & Osk`, `Marks & Spencer`), or a name of the kind its head
/// tells (`the Evergreen Aviation & Space Museum`). Authors cited so are
/// people, whom the citation rule reads (`(Brannock & Osk, 2010)`, `Osk &
/// Brill [7]`, then `in Osk & Brill's study`); names the gazetteer knows
/// are its own (`Trinidad & Tobago`); abbreviations are a street's
/// (`44th St & Tatum`), and `R&D` is one word.
pub(super) fn ampersand_names(doc: &Doc<'_>, out: &mut Discovery) {
    let tokens = &doc.analysis.tokens;
    // The ampersands, found in the text: few documents have any.
    for at in memchr::memchr_iter(b'&', doc.text.as_bytes()) {
        let amp = tokens.partition_point(|t| t.span().start < at);
        let spaced = doc.punct(amp) == Some('&')
            && tokens[amp].space_before
            && tokens.get(amp + 1).is_some_and(|t| t.space_before);
        if !spaced {
            continue;
        }
        let (start, end) = (doc.name_run_start(amp), doc.cap_run(amp + 1, 3));
        if start == amp || end == amp + 1 {
            continue;
        }
        let bracketed = start > 0 && matches!(doc.punct(start - 1), Some('(' | '['));
        let cited = matches!(doc.punct(end), Some('(' | '['))
            || doc.punct(end) == Some(',') && is_year(doc, end + 1)
            || is_year(doc, end);
        let name = TokenRange::new(start, end);
        let words = || name.indices().filter(|&t| t != amp);
        let known = words().any(|t| doc.reading(t).is_some() || doc.folded(t).len() < 3);
        if bracketed || cited || known || words().any(|t| is_found_person_word(doc, t, out)) {
            continue;
        }
        let kind = doc
            .facts(end - 1)
            .head()
            .unwrap_or(EntityKind::Organization);
        out.name(name, kind);
    }
}

/// Whether the word at token `t` is written alone as a person a rule has
/// found: an author cited elsewhere.
fn is_found_person_word(doc: &Doc<'_>, t: usize, out: &Discovery) -> bool {
    out.found.iter().any(|f| {
        f.kind == EntityKind::Person
            && f.tokens.end == f.tokens.start + 1
            && doc.folded(f.tokens.start as usize) == doc.folded(t)
    })
}

/// Whether token `i` is the number of a reference: one to three figures,
/// then `]`, `,` or a dash (`[7]`, `[7, 12]`, `[7–9]`).
fn is_reference_number(doc: &Doc<'_>, i: usize) -> bool {
    let Some(token) = doc.analysis.tokens.get(i) else {
        return false;
    };
    let s = &doc.text[token.span()];
    token.class == Class::Word
        && (1..=3).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(doc.punct(i + 1), Some(']' | ',' | '-' | '–'))
}

/// The four-digit years right after a capitalised word, or after one and a
/// comma or an opening bracket (`Osk 2011`, `Osk, 2011`, `Osk (2011)`),
/// found from the capitalised words, far fewer than the tokens.
fn years_after_names<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = usize> + use<'d> {
    doc.analysis.capitalized.iter().filter_map(move |&t| {
        let t = t as usize;
        let year = if is_year(doc, t + 1) {
            t + 1
        } else if is_year(doc, t + 2) && matches!(doc.punct(t + 1), Some(',' | '(')) {
            t + 2
        } else {
            return None;
        };
        (doc.folded(year).len() == 4).then_some(year)
    })
}

/// `(Varnholt, 2009)`, `(Varnholt 2009)`, `; Osk & Brill 2011`: the names
/// before the year, first in the brackets or after another citation.
fn cited_with_year(doc: &Doc<'_>, year: usize, authors: &mut Vec<TokenRange>) {
    let before = year - 1;
    let end = if doc.punct(before) == Some(',') {
        before
    } else {
        year
    };
    let list_start = authors_ending_at(doc, end, false, authors);
    if !(list_start > 0 && matches!(doc.punct(list_start - 1), Some('(' | ';'))) {
        authors.clear();
    }
}

/// `Varnholt and Osk (2010)`: the year alone in brackets after the names.
fn cited_before_year(doc: &Doc<'_>, year: usize, authors: &mut Vec<TokenRange>) {
    let before = year - 1;
    if doc.punct(before) == Some('(') && matches!(doc.punct(year + 1), Some(')' | ',' | ':' | ';'))
    {
        authors_ending_at(doc, before, true, authors);
    }
}

/// The authors of a citation, a list of names joined by commas, `and` and
/// `&`, that ends just before token `end`, into `authors`; returns where
/// the list starts. `before_year`: the list stands before a year in
/// brackets, where a work's title may stand too.
fn authors_ending_at(
    doc: &Doc<'_>,
    mut end: usize,
    before_year: bool,
    authors: &mut Vec<TokenRange>,
) -> usize {
    let mut list_start = end;
    // A handful of authors at most.
    while authors.len() < 6 {
        let Some((start, parts)) = doc.person_run_ending_at(end) else {
            break;
        };
        // Before a year in brackets a work's title may stand too: it
        // ends in ordinary words (`Its Nature, Growth and Origin (1922)`),
        // as a surname seldom does, or names a place (`Stirling, Varnland
        // (1925)`).
        let known = parts == 1 && matches!(doc.reading(start), Some((_, Reading::Entry(_))));
        let ordinary = doc.is(end - 1, WordClass::Common);
        if parts > 3 || before_year && (known || ordinary) || !is_plain_name(doc, start, end) {
            break;
        }
        authors.push(TokenRange::new(start, end));
        list_start = start;
        // The author before: `Osk &`, `Osk,`, `Osk, &`, `Osk and`.
        let mut j = start;
        while j > 0
            && (matches!(doc.punct(j - 1), Some(',' | '&'))
                || doc.is(j - 1, WordClass::Conjunction))
        {
            j -= 1;
        }
        if j == start || j == 0 || !doc.is_cap(j - 1) {
            break;
        }
        end = j;
    }
    list_start
}

/// An unknown capitalised word before a comma and a known place, after a
/// preposition of place or opening a sentence: `in Tolvik, Norway`,
/// `Hadibo, Yemen –`; and an unknown word between them, the unit that
/// holds the first (`in Tolvik, Varnshire, Norway`). A word the lists know
/// as a name part or an ordinary word, or one a rule before has named, is
/// left alone; its other mentions follow by resolution.
pub(super) fn places_before_places(doc: &Doc<'_>, out: &mut Discovery) {
    // The tokens of the names found before, marked at the first candidate.
    let mut named: Option<Vec<bool>> = None;
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        // The comma first: it rules out most words without a lookup.
        let before_place = |t: usize| {
            doc.is_punct(t + 1, b',') && doc.entity_kind_at(t + 2) == Some(EntityKind::Place)
        };
        // Or before the unit that holds it: `in Tolvik, Varnshire, Norway`.
        let before_unit = || {
            doc.is_punct(t + 1, b',')
                && before_place(t + 2)
                && doc.is_cap(t + 2)
                && super::is_unknown_word(doc, t + 2)
        };
        let unit = if before_place(t) {
            None
        } else if before_unit() {
            Some(t + 2)
        } else {
            continue;
        };
        let unknown = (t == doc.sentence_start(t)
            || t > 0 && doc.facts(t - 1).is_place_preposition())
            && doc.analysis.tokens[t].shape != Shape::Lower
            && doc.reading(t).is_none()
            && !doc.is(t, WordClass::NamePart)
            && !doc.is(t, WordClass::Common)
            && !doc.classes(t).is_closed_class();
        if !unknown {
            continue;
        }
        let named = named.get_or_insert_with(|| {
            let mut named = vec![false; doc.len()];
            for f in &out.found {
                named[f.tokens.indices()].fill(true);
            }
            named
        });
        if !named[t] {
            out.name(TokenRange::new(t, t + 1), EntityKind::Place);
            if let Some(u) = unit.filter(|&u| !named[u]) {
                out.name(TokenRange::new(u, u + 1), EntityKind::Place);
            }
        }
    }
}

/// An unknown capitalised name after a known place and a comma, closed by
/// punctuation, where a preposition of place inside the sentence opens
/// the known place: the larger unit a writer names after a town (`educated
/// in Exeter, Devon, and`, `a camp near Kotli, Azad Kashmir.`). A name
/// part may be one (`Devon`): a person's name so set would follow a
/// sentence's opening phrase (`In Lagos, Okafor, a trader,`), which is
/// left out, or go on into a verb.
pub(super) fn places_after_places(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        // The known place before the comma first: it rules out most commas.
        let Some((k, Reading::Entry(_))) = c.checked_sub(1).and_then(|p| doc.reading(p)) else {
            continue;
        };
        if doc.entity_kind_at(c - 1) != Some(EntityKind::Place) {
            continue;
        }
        let place = doc.hits[k].tokens.start as usize;
        let opened = place > 1
            && doc.facts(place - 1).is_place_preposition()
            && place - 1 != doc.sentence_start(place - 1);
        if !opened {
            continue;
        }
        let start = c + 1;
        let end = doc.cap_run(start, 3);
        let closed = end > start
            && (end == doc.len()
                || matches!(doc.punct(end), Some(',' | '.' | ';' | ')' | '[' | ':')));
        if closed && (start..end).all(|t| is_unknown_name_word(doc, t)) {
            out.name(TokenRange::new(start, end), EntityKind::Place);
        }
    }
}

/// Whether token `i` is a capitalised word of three letters or more that
/// no list reads but as a name part.
fn is_unknown_name_word(doc: &Doc<'_>, i: usize) -> bool {
    let facts = doc.facts(i);
    let classes = facts.classes();
    doc.analysis.tokens[i].shape == Shape::Capitalized
        && doc.reading(i).is_none()
        && !classes.is(WordClass::Common)
        && !classes.is_closed_class()
        && !facts.cues_discovery()
        && doc.folded(i).len() >= 3
}

/// An unknown capitalised word, alone, that the document writes after two
/// different prepositions of place: `the ferry from Tolvik … docked in
/// Tolvik`; and the other of two places paired with a known one
/// ([`places_paired`]). A place is left, reached and stayed in; one
/// preposition alone is as often a company's (`works at Zantrofex`), a
/// person's or a language's (`written in Eegimaa`), and `to` completes
/// too many verbs (`related to`, `given to`) to count. A word the lists know, or one a
/// rule before has named alone, is left alone; its other mentions follow
/// by resolution.
pub(super) fn places_after_prepositions(doc: &Doc<'_>, out: &mut Discovery) {
    // By spelling: the first such token and its preposition's spelling,
    // or `None` once it is named.
    let mut first: HashMap<u32, Option<(usize, u32)>> = HashMap::default();
    let mut named: Option<HashSet<u32>> = None;
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        // The word before first: it rules out nearly every token.
        let after_preposition = t > 0
            && doc.facts(t - 1).is_place_preposition()
            && !doc.is_cap(t - 1)
            && !doc.is(t - 1, WordClass::Complement);
        if !after_preposition {
            continue;
        }
        places_paired(doc, t, out);
        let alone = !doc.is_cap(t + 1)
            && !doc.is_joining_hyphen(t + 1)
            && doc
                .analysis
                .tokens
                .get(t + 1)
                .is_none_or(|next| next.class != Class::Possessive);
        if !alone || !super::is_unknown_word(doc, t) {
            continue;
        }
        let tokens = &doc.analysis.tokens;
        let (spelling, preposition) = (tokens[t].spelling, tokens[t - 1].spelling);
        let Some((earlier, earlier_preposition)) =
            *first.entry(spelling).or_insert(Some((t, preposition)))
        else {
            continue;
        };
        if earlier_preposition == preposition {
            continue;
        }
        first.insert(spelling, None);
        let named = named.get_or_insert_with(|| {
            let alone = out.found.iter().filter(|f| f.tokens.indices().len() == 1);
            alone
                .map(|f| tokens[f.tokens.start as usize].spelling)
                .collect()
        });
        if !named.contains(&spelling) {
            out.name(TokenRange::new(earlier, earlier + 1), EntityKind::Place);
        }
    }
}

/// The agent of a passive verb, two or three capitalised words, each a
/// name part or a word no list knows: `a report written by Aminata Faye`,
/// `farmers led by Tendai Chirwa`. A name with a head, a cue or an entry
/// the gazetteer knows is left to its own rules (`owned by Varnel
/// Holdings`); a name part the gazetteer reads as a minor place or as a
/// surname alone is still one (`by Sokhna Diop`, `by Aminata Faye`).
pub(super) fn agents(doc: &Doc<'_>, out: &mut Discovery) {
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        // The word before first: `by` rules out nearly every token.
        let after_verb = t >= 2
            && doc.is(t - 1, WordClass::Agent)
            && !doc.is_cap(t - 1)
            && doc.is_word(t - 2)
            && !doc.is_cap(t - 2);
        if !after_verb {
            continue;
        }
        let limit = doc.sentence_end(t);
        let Some((end, parts)) = doc.person_run(t, limit) else {
            continue;
        };
        // The run holds only words that may be in a person's name: read
        // by the gazetteer, a word is a minor place or a surname alone.
        let name_word = |w: usize| {
            let name = doc.reading(w).is_some()
                || doc.is_known_name_part(w)
                || super::is_unknown_word(doc, w);
            name && !doc.facts(w).cues_discovery()
        };
        let plain = |name: TokenRange| {
            name.indices()
                .filter(|&w| doc.is_word(w) && doc.particle(w).is_none() && !doc.is_initial(w))
                .all(name_word)
        };
        // The name ends its phrase: not `given by Jóola Kaasa speakers`.
        let closed =
            |end: usize| end >= limit || !doc.is_word(end) || doc.classes(end).is_closed_class();
        let name = TokenRange::new(t, end);
        if !(2..=3).contains(&parts) || !plain(name) || !closed(end) {
            continue;
        }
        out.name(name, EntityKind::Person);
        // `by Sokhna Diop and Aminata Faye`.
        for listed in super::coordinated_after(doc, end) {
            let words = listed.indices().filter(|&w| doc.is_word(w)).count();
            if (2..=3).contains(&words) && plain(listed) && closed(listed.end as usize) {
                out.name(listed, EntityKind::Person);
            }
        }
    }
}

/// A name with an age set off by commas, or by a comma and the stop that
/// ends the sentence: `Okwudili Fashanu, 45, a farmer`, `the killing of
/// Rose Wanjiru, 29.`
pub(super) fn ages(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        let closed = match doc.punct(c + 2) {
            Some(',') => true,
            Some('.') => c + 3 >= doc.sentence_end(c),
            _ => false,
        };
        let aged = doc.is_age(c + 1) && closed;
        if aged && c > 0 && doc.is_cap(c - 1) {
            super::person_ending_at(doc, c, out);
        }
    }
}

/// The place written after a lawmaker's name with the letter of the party
/// and a hyphen, between commas or in brackets: `Sen. Jane Roe, D-Calif.,`,
/// `Rep. Tom Ellis (R-Texas)`, `state Sen. Ana Ruiz, D-San Francisco,`. The
/// short forms of states (`Calif.`, `N.Y.`) are spelled in no gazetteer.
pub(super) fn party_places(doc: &Doc<'_>, out: &mut Discovery) {
    for &start in &doc.analysis.capitalized {
        let start = start as usize;
        // A place's name has two letters at least: `(F-E)` is a term's
        // short form. A name the gazetteer reads is found by it.
        let place_word = doc.analysis.tokens[start].span().len() > 1
            && doc.is_after_party_letter(start)
            && !matches!(doc.reading(start), Some((_, Reading::Entry(_))));
        if !place_word {
            continue;
        }
        let mut end = doc.cap_run(start, 3);
        // The stop of an abbreviation, written on it: `Calif.`.
        if doc.is_punct(end, b'.') && !doc.analysis.tokens[end].space_before {
            end += 1;
        }
        let closed = end >= doc.sentence_end(start) || matches!(doc.punct(end), Some(',' | ')'));
        if end > start && closed {
            out.name(TokenRange::new(start, end), EntityKind::Place);
        }
    }
}

/// A company's arm in one country, named by the company and the country
/// with nothing between them: `Airtel Kenya cut prices`, `MTN Nigeria
/// said`, `Citibank Nigeria`. The company's word is one no list knows, an
/// acronym the gazetteer does not read, or a company the gazetteer knows,
/// and no capitalised word follows the country.
pub(super) fn national_arms(doc: &Doc<'_>, out: &mut Discovery) {
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        let Some((k, Reading::Entry(decision))) = doc.reading(t + 1) else {
            continue;
        };
        let country = doc.hits[k].tokens;
        let end = country.end as usize;
        if country.start as usize != t + 1
            || !doc.gazetteer.entries()[decision.entry as usize].is_country()
            || doc.is_cap(end)
        {
            continue;
        }
        let token = &doc.analysis.tokens[t];
        let acronym =
            token.shape == Shape::Upper && token.span().len() >= 2 && doc.reading(t).is_none();
        // A company the gazetteer knows by one word has arms too:
        // `Citibank Nigeria`.
        let known_company = matches!(doc.reading(t), Some((h, Reading::Entry(_)))
            if doc.hits[h].tokens.start as usize == t && doc.hits[h].tokens.end as usize == t + 1)
            && doc.entity_kind_at(t) == Some(EntityKind::Organization);
        let company = super::is_unknown_word(doc, t)
            || acronym && !doc.classes(t).is_closed_class()
            || known_company;
        // The first word of the name: after no other capitalised word but
        // one that opens the sentence (`Rival Airtel Kenya`). After a
        // preposition only a company the gazetteer knows: an unknown word
        // there is a town, before its country (`from Kitale Kenya`).
        let first = t == doc.sentence_start(t)
            || !doc.is_cap(t - 1) && (known_company || !doc.is_preposition_word(t - 1))
            || super::is_opening_ordinary_word(doc, t - 1);
        if company && first {
            out.name(TokenRange::new(t, end), EntityKind::Organization);
        }
    }
}

/// How far after a subject its possessive may stand.
const OWNER_WINDOW: usize = 8;

/// A name of one word that opens a clause and owns what follows it:
/// `Byron received his early education`, `In 1801, Varnholt sold her
/// farm`, `Zantrofex cut its forecast`. Nothing capitalised but a place may
/// stand between it and the possessive, which could be that name's. A
/// person's possessive (`his`, `her`) makes a known name part, unknown to
/// the gazetteer as anything else, a person; `its` makes a word no list
/// knows an organization.
pub(super) fn owners(doc: &Doc<'_>, out: &mut Discovery) {
    for &t in &doc.analysis.capitalized {
        let t = t as usize;
        let opens_clause = t == doc.sentence_start(t) || t > 0 && doc.is_punct(t - 1, b',');
        if !opens_clause || !is_verb_after(doc, t + 1) {
            continue;
        }
        let kind = if doc.is_known_name_part(t) {
            EntityKind::Person
        } else if super::is_unknown_word(doc, t) {
            EntityKind::Organization
        } else {
            continue;
        };
        if owner_after(doc, t) != Some(kind) {
            continue;
        }
        if kind == EntityKind::Organization || is_person_like(doc, t, t + 1, 1) {
            out.name(TokenRange::new(t, t + 1), kind);
        }
    }
}

/// Teams named around a match's score: the subject of the verb and its
/// object before the score (`Orlando Pirates beat Kaizer Chiefs 2-0`,
/// after the verb's preposition too: `Acholi Pride lost to Ndejje Rising
/// 2-0`), or
/// the subject and the name after the score's preposition (`the Austin
/// Voyagers lost 3-1 to Dallas Comets`, `Kestrel United drew 1-1 with Varn
/// Rovers`). A poll's figures stand between people (`Okafor led Mensah
/// 48-45`): no team is written with name parts alone.
pub(super) fn teams(doc: &Doc<'_>, out: &mut Discovery) {
    let (bytes, tokens) = (doc.text.as_bytes(), &doc.analysis.tokens);
    // The hyphens and en dashes (whose last byte is 0x93) between digits,
    // found in the text: most documents have none, and no rule looks for
    // them among the tokens.
    for at in memchr::memchr2_iter(b'-', 0x93, bytes) {
        let dash = match bytes[at] {
            b'-' => at,
            _ if at >= 2 && bytes[at - 2..at] == [0xE2, 0x80] => at - 2,
            _ => continue,
        };
        let digits = dash > 0
            && bytes[dash - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        if !digits {
            continue;
        }
        let d = tokens.partition_point(|t| t.span().start < dash);
        if d < 2 || tokens.get(d).is_none_or(|t| t.span().start != dash) || !is_score(doc, d - 1) {
            continue;
        }
        let score = d - 1;
        if doc.is_cap(score - 1) {
            // `… Kaizer Chiefs 2-0`: the object ends right before the score,
            // and the verb comes before it and its article (`beat the Dallas
            // Comets 3-1`).
            let object = TokenRange::new(doc.name_run_ending_at(score), score);
            let verb = after_article(doc, object.start as usize);
            // Or the verb's preposition: `Acholi Pride lost to Ndejje
            // Rising 2-0`, `drew with`.
            let verb = match verb.checked_sub(1) {
                Some(p) if is_lower_closed_class(doc, p) => p,
                _ => verb,
            };
            if let Some(subject) = verb.checked_sub(1).and_then(|v| subject_of(doc, v)) {
                name_teams(doc, [subject, object], out);
            }
        } else if let Some(subject) = subject_of(doc, score - 1) {
            // `… Voyagers lost 3-1 to Dallas Comets`: the subject ends right
            // before the verb, the score follows it.
            let preposition = score + 3;
            let opponent =
                preposition + 1 + usize::from(doc.is(preposition + 1, WordClass::Definite));
            let by_preposition = is_lower_closed_class(doc, preposition);
            if by_preposition && doc.is_cap(opponent) {
                let end = doc.cap_run(opponent, 4);
                name_teams(doc, [subject, TokenRange::new(opponent, end)], out);
            }
        }
    }
}

/// Whether token `i` is a closed-class word in lower case: after a
/// match's verb, its preposition (`lost to`, `drew with`).
fn is_lower_closed_class(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_word(i)
        && doc.analysis.tokens[i].shape == Shape::Lower
        && doc.classes(i).is_closed_class()
}

/// Where the phrase of the name at `start` opens: at its article, if `the`
/// stands before it.
fn after_article(doc: &Doc<'_>, start: usize) -> usize {
    match start.checked_sub(1) {
        Some(article) if doc.is(article, WordClass::Definite) && !doc.is_cap(article) => article,
        _ => start,
    }
}

/// The capitalised run that ends right before the verb at token `verb` and
/// opens its clause, `the` before it or not: after a stop, a comma, a
/// subordinator or a conjunction.
fn subject_of(doc: &Doc<'_>, verb: usize) -> Option<TokenRange> {
    if !is_verb_after(doc, verb) || doc.is(verb, WordClass::Auxiliary) {
        return None;
    }
    let start = doc.name_run_ending_at(verb);
    // A clause opens after a stop, a comma, a subordinator or a
    // conjunction in lower case (`when Simba SC beat`), and `the` may open
    // its subject.
    let clause_opens_at = |t: usize| {
        t == doc.sentence_start(t)
            || doc.is_punct(t - 1, b',')
            || !doc.is_cap(t - 1)
                && doc
                    .classes(t - 1)
                    .is_any(&[WordClass::Subordinator, WordClass::Conjunction])
    };
    let opens = clause_opens_at(start)
        || doc.is(start - 1, WordClass::Definite) && clause_opens_at(start - 1);
    (start < verb && opens).then(|| TokenRange::new(start, verb))
}

/// Whether a match's score starts at token `i`: two numbers of one or two
/// digits joined by a hyphen or a dash, `2-0`, `3–1`.
fn is_score(doc: &Doc<'_>, i: usize) -> bool {
    let tokens = &doc.analysis.tokens;
    let small = |k: usize| {
        let digits = &doc.text.as_bytes()[tokens[k].span().range()];
        matches!(digits, [_] | [_, _]) && digits.iter().all(u8::is_ascii_digit)
    };
    i + 2 < tokens.len()
        && tokens[i].class == Class::Word
        && !tokens[i + 1].space_before
        && !tokens[i + 2].space_before
        && small(i)
        && matches!(doc.punct(i + 1), Some('-' | '–'))
        && small(i + 2)
}

/// Names both teams of a match as organizations, unless either is written
/// with name parts alone, as a person's name is.
fn name_teams(doc: &Doc<'_>, teams: [TokenRange; 2], out: &mut Discovery) {
    let personal = |team: TokenRange| team.indices().all(|t| doc.is_known_name_part(t));
    if teams
        .iter()
        .any(|&team| team.start >= team.end || personal(team))
    {
        return;
    }
    for team in teams {
        out.name(team, EntityKind::Organization);
    }
}

/// Whether token `i` may be the verb of a clause whose subject stands
/// before it: a word in lower case of no closed class but the adverbs and
/// auxiliaries (`received`, `finally returned`, `had sold`).
fn is_verb_after(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_word(i)
        && doc.analysis.tokens[i].shape == Shape::Lower
        && (!doc.classes(i).is_closed_class()
            || doc.is(i, WordClass::Adverb)
            || doc.is(i, WordClass::Auxiliary))
}

/// The kind of owner the first possessive determiner after the subject
/// at `t` in its sentence names, with no other name that could own it
/// between them: a person's (`his`, `her`) or an organization's (`its`);
/// `their`, `my`, `our` name neither.
fn owner_after(doc: &Doc<'_>, t: usize) -> Option<EntityKind> {
    let limit = doc.sentence_end(t).min(t + 1 + OWNER_WINDOW);
    for i in t + 1..limit {
        if doc.is(i, WordClass::Possessive) && !doc.is_cap(i) {
            let classes = doc.classes(i);
            return if classes.is(WordClass::It) {
                Some(EntityKind::Organization)
            } else if classes.is_any(&[WordClass::They, WordClass::I]) {
                None
            } else {
                Some(EntityKind::Person)
            };
        }
        if doc.is_cap(i) && doc.entity_kind_at(i) != Some(EntityKind::Place) {
            return None;
        }
    }
    None
}

/// Two places after a preposition of place, when the gazetteer knows one
/// as a place and no list reads the other as anything else: the ends of a
/// journey or a span of land, `from A to B` (`the road from Tolvik to
/// Oslo`, `fled from Kigali to Ormsund`), and two places joined by a
/// conjunction, `in A and B` (`farmers in Kano and Isabela`), where a
/// given name alone is the place's too, as a person is not where a place
/// is. Both unknown, they are as often firms or people (`moved from
/// Zantrofex to Quillon`). `a` is the first word after a preposition of
/// place; read in the walk of [`places_after_prepositions`], which passes
/// every such word.
fn places_paired(doc: &Doc<'_>, a: usize, out: &mut Discovery) {
    let joint = doc.cap_run(a, MAX_PLACE_WORDS);
    if joint == a {
        return;
    }
    let range = is_range_from(doc, a - 1) && is_range_to(doc, joint);
    let conjunction = !range && !doc.is_cap(joint) && doc.is(joint, WordClass::Conjunction);
    if !(range || conjunction) {
        return;
    }
    let b_end = doc.cap_run(joint + 1, MAX_PLACE_WORDS);
    let (first, second) = (TokenRange::new(a, joint), TokenRange::new(joint + 1, b_end));
    for (known, other) in [(first, second), (second, first)] {
        // A place a rule before found by its cue counts for `and`, whose
        // places are as often provinces and towns no list holds.
        let found = || {
            out.found
                .iter()
                .any(|f| f.tokens == known && f.kind == EntityKind::Place)
        };
        if !(is_known_place(doc, known) || conjunction && found()) {
            continue;
        }
        if conjunction && is_place_given_name(doc, other) {
            out.name(other, EntityKind::Place);
        } else {
            name_unknown_place(doc, other, out);
        }
    }
}

/// Whether `name` is one given name that nothing but a minor place reads:
/// beside a place, the place's (`in Kano and Isabela`). Before a verb of
/// speech it is the subject of a new clause (`in Lagos and Peter said`),
/// which the rule of speakers, run before, has named.
fn is_place_given_name(doc: &Doc<'_>, name: TokenRange) -> bool {
    let t = name.start as usize;
    name.indices().len() == 1
        && doc.is_given_name(t)
        && (matches!(doc.reading(t), None | Some((_, Reading::Unresolved)))
            || doc.is_minor_place(t))
        && !doc.facts(t).cues_discovery()
}

/// Whether token `i` is the `from` that opens a range of places.
fn is_range_from(doc: &Doc<'_>, i: usize) -> bool {
    !doc.is_cap(i) && doc.is(i, WordClass::Source) && doc.facts(i).is_place_preposition()
}

/// Whether token `i` is the `to` that closes a range of places.
fn is_range_to(doc: &Doc<'_>, i: usize) -> bool {
    !doc.is_cap(i) && doc.is(i, WordClass::Infinitive) && doc.facts(i).is_place_preposition()
}

/// Names `name` a place if it has words and no list reads any of them.
fn name_unknown_place(doc: &Doc<'_>, name: TokenRange, out: &mut Discovery) {
    if name.start < name.end && name.indices().all(|t| super::is_unknown_word(doc, t)) {
        out.name(name, EntityKind::Place);
    }
}

/// The most words of a place's name on either side of a pair of places
/// (`from A to B`, `in A and B`).
const MAX_PLACE_WORDS: usize = 3;

/// Whether `name` is one name the gazetteer knows as a place, whole, and
/// not a minor place of one word, which a name no list knows may fold as
/// (`Quillon` as `Quilon`).
fn is_known_place(doc: &Doc<'_>, name: TokenRange) -> bool {
    doc.whole_entry_kind(name) == Some(EntityKind::Place)
        && !doc.is_minor_place(name.start as usize)
}

/// A list of names after a preposition of place that a conjunction
/// closes, each of whose unknown names is a place: `in Aleppo, Sarmin and
/// Talmenes`. The list must name a known place and nothing else, or be of
/// three names or more of which the gazetteer knows none (`the attacks in
/// Qarvek, Sarmin and Talmenes`); a list of people, languages or months
/// never is, for what the gazetteer knows of them or their being ordinary
/// words.
pub(super) fn places_listed(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        // The first name ends at the list's first comma; a preposition of
        // place stands right before it.
        let start = doc.name_run_start(c);
        if start == c || start == 0 || !doc.facts(start - 1).is_place_preposition() {
            continue;
        }
        let mut names = vec![TokenRange::new(start, c)];
        names.extend(super::coordinated_after(doc, c));
        if names.len() < 2 || !is_list_of_places(doc, &names) {
            continue;
        }
        for name in names {
            if doc.reading(name.start as usize).is_none() {
                out.name(name, EntityKind::Place);
            }
        }
    }
}

/// A list that a conjunction closes, of names of two or three capitalised
/// words, one of which is a person the gazetteer or a rule before knows:
/// each other name that no list reads is a person too (`Romelu Lukaku,
/// Yannick Carrasco and Dries Mertens`, `with Rem Koolhaas, Elia Zenghelis
/// and Bernard Tschumi`).
pub(super) fn people_listed(doc: &Doc<'_>, out: &mut Discovery) {
    for &c in &doc.analysis.commas {
        let c = c as usize;
        // The list's first name ends at its first comma: one after a
        // comma or a conjunction is inside a list met before.
        let start = doc.name_run_start(c);
        if c - start < 2 || is_inside_list(doc, start) {
            continue;
        }
        let mut names = vec![TokenRange::new(start, c)];
        names.extend(super::coordinated_after(doc, c));
        people_in_list(doc, &names, out);
    }
    // Two names joined by a conjunction alone, one a person's: `Nokuthula
    // Zwane and Tendai Chirwa`. From the people known, far fewer than the
    // capitalised words.
    let known = doc
        .hits
        .iter()
        .zip(doc.readings)
        .filter_map(|(hit, reading)| {
            let person = matches!(reading, Reading::Entry(_))
                && doc.entity_kind_at(hit.tokens.start as usize) == Some(EntityKind::Person);
            person.then_some(hit.tokens)
        });
    let found = out.found.iter().filter(|f| f.kind == EntityKind::Person);
    let people: Vec<TokenRange> = known.chain(found.map(|f| f.tokens)).collect();
    for person in people {
        for pair in pairs_with(doc, person) {
            // One of the two is a name no list reads, or there is nothing
            // to name.
            if pair.iter().any(|&name| is_unread_name(doc, name)) {
                people_in_list(doc, &pair, out);
            }
        }
    }
}

/// The names joined to `name` by a conjunction alone, before it or after
/// it, each as a pair in text order: `Nokuthula Zwane and` or `and Tendai
/// Chirwa`, not inside a longer list.
fn pairs_with(doc: &Doc<'_>, name: TokenRange) -> impl Iterator<Item = [TokenRange; 2]> {
    let (start, end) = (name.start as usize, name.end as usize);
    let after =
        (doc.is(end, WordClass::Conjunction) && doc.is_cap(end + 1) && !is_inside_list(doc, start))
            .then(|| [name, TokenRange::new(end + 1, doc.cap_run(end + 1, 3))]);
    let before = (start > 2 && doc.is(start - 1, WordClass::Conjunction) && doc.is_cap(start - 2))
        .then(|| TokenRange::new(doc.name_run_start(start - 1), start - 1))
        .filter(|first| first.indices().len() >= 2 && !is_inside_list(doc, first.start as usize))
        .map(|first| [first, name]);
    after.into_iter().chain(before)
}

/// Whether `name` is of two or three capitalised words that no list reads
/// and that may be a person's, cueing no other kind (not `Kestrel Mining`).
fn is_unread_name(doc: &Doc<'_>, name: TokenRange) -> bool {
    (2..=3).contains(&name.indices().len())
        && name.indices().all(|t| {
            let classes = doc.classes(t);
            doc.analysis.tokens[t].shape == Shape::Capitalized
                && doc.reading(t).is_none()
                && !doc.facts(t).cues_discovery()
                && (!classes.is(WordClass::Common) || classes.is(WordClass::NamePart))
                && !classes.is_closed_class()
        })
}

/// Whether a name that starts at token `start` follows a comma or a
/// conjunction, inside a list whose first name is read from elsewhere.
fn is_inside_list(doc: &Doc<'_>, start: usize) -> bool {
    start > 0 && (doc.punct(start - 1) == Some(',') || doc.is(start - 1, WordClass::Conjunction))
}

/// Names each name of a list of two or more, one of them a person the
/// gazetteer or a rule before knows, as a person when every other is a
/// name no list reads; or none.
fn people_in_list(doc: &Doc<'_>, names: &[TokenRange], out: &mut Discovery) {
    let is_person = |name: &TokenRange| {
        doc.whole_entry_kind(*name) == Some(EntityKind::Person)
            || out
                .found
                .iter()
                .any(|f| f.kind == EntityKind::Person && f.tokens == *name)
    };
    let unread_name = |name: &TokenRange| is_unread_name(doc, *name);
    // A name no list reads first, without the search of the people found:
    // most lists are of known places or bodies.
    if names.len() < 2 || !names.iter().any(unread_name) || !names.iter().any(is_person) {
        return;
    }
    let people = names.iter().filter(|name| is_person(name)).count();
    let new: Vec<TokenRange> = names
        .iter()
        .copied()
        .filter(|name| !is_person(name) && unread_name(name))
        .collect();
    // Every name of the list is a person's, or none is added.
    if people + new.len() < names.len() {
        return;
    }
    for name in new {
        out.name(name, EntityKind::Person);
    }
}

/// Whether `names` are places by what the gazetteer knows of them: some
/// known place and no other known name, or none known among three or more;
/// never ordinary words.
fn is_list_of_places(doc: &Doc<'_>, names: &[TokenRange]) -> bool {
    let mut known_places = 0;
    for name in names {
        for t in name.indices() {
            if doc.is(t, WordClass::Common) || doc.classes(t).is_closed_class() {
                return false;
            }
            match doc.reading(t) {
                None => {}
                Some((_, Reading::Entry(_)))
                    if doc.entity_kind_at(t) == Some(EntityKind::Place) =>
                {
                    known_places += 1;
                }
                Some(_) => return false,
            }
        }
    }
    known_places > 0 || names.len() >= 3
}
