//! Matching the compiled gazetteer against the token table.
//!
//! Only tokens that can start a name are tried: capitalised ones, and the few
//! lower-case words that begin some pattern (`al`, titles such as
//! `spokesman`). At each, the lexicon's trie walks the following tokens'
//! words and reports every pattern they spell; the longest whose senses the
//! text's letter case allows wins. If case fails every sense of the longest
//! (the word `is` for the acronym `IS`, `New York times` for `New York
//! Times`), a shorter pattern at the same start still can.
//!
//! The scan reads the word facts of every token, so it also lists the
//! tokens that the discovery rules' cue words start at (heads such as
//! `Governorate`, the first words of cue phrases), which those rules would
//! otherwise find by reading every token's facts again.

use super::{TokenFacts, WordFacts};
use crate::gazetteer::lexicon::{Lexicon, Sense};
use crate::gazetteer::variants::CaseCheck;
use crate::text::{Analysis, Class, Shape, Token, TokenRange};

/// A pattern found at a token range, with the senses the text's case allows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) tokens: TokenRange,
    pub(crate) pattern: u32,
    /// Bit `i`: sense `i` of the pattern fits the text (first 64 senses).
    pub(crate) valid: u64,
}

impl Hit {
    /// The senses of the pattern that fit the text.
    pub(crate) fn senses<'l>(
        &self,
        lexicon: &'l Lexicon,
    ) -> impl Iterator<Item = &'l Sense> + use<'l> {
        let valid = self.valid;
        lexicon
            .senses(self.pattern as usize)
            .iter()
            .enumerate()
            .filter(move |(i, _)| *i < 64 && valid >> i & 1 == 1)
            .map(|(_, s)| s)
    }
}

/// What [`scan`] writes, kept from one document to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct ScanBuffers {
    /// The hits of the document, in text order and without overlap.
    pub(crate) hits: Vec<Hit>,
    /// The tokens whose words cue a discovery rule
    /// ([`WordFacts::cues_discovery`](super::discover::WordFacts::cues_discovery)),
    /// in text order.
    pub(crate) cue_tokens: Vec<u32>,
    /// The patterns found at one start: pattern and end token, shortest
    /// first.
    prefixes: Vec<(u32, u32)>,
}

/// Finds the hits and the cue tokens of the document, replacing those
/// `buffers` held.
///
/// `facts` are the tokens' [`WordFacts`], which say where a match may start.
pub(crate) fn scan(
    text: &str,
    analysis: &Analysis,
    facts: TokenFacts<'_>,
    lexicon: &Lexicon,
    buffers: &mut ScanBuffers,
) {
    let tokens = &analysis.tokens;
    let ScanBuffers {
        hits,
        cue_tokens,
        prefixes,
    } = buffers;
    hits.clear();
    cue_tokens.clear();
    let mut i = 0;
    while i < tokens.len() {
        let here = facts.of(i);
        if here.cues_discovery() {
            cue_tokens.push(i as u32);
        }
        let first = here.pattern_word();
        if !first.may_start(tokens[i].shape.is_capital()) {
            i += 1;
            continue;
        }
        prefixes.clear();
        let rest = facts.starting_at(i + 1).iter().map(WordFacts::pattern_word);
        lexicon.prefixes(first, rest, |pattern, words| {
            prefixes.push((pattern as u32, (i + words) as u32));
        });
        // The longest pattern whose senses the text's case allows.
        let found = prefixes.iter().rev().find_map(|&(pattern, end)| {
            let range = TokenRange::new(i, end as usize);
            let valid = valid_senses(text, analysis, lexicon, pattern as usize, range);
            (valid != 0 && !crosses_paragraph(analysis, range)).then_some(Hit {
                tokens: range,
                pattern,
                valid,
            })
        });
        match found {
            Some(hit) => {
                // The hit's other tokens are passed over, but not by the
                // list of cue tokens: `Governorate` may end a pattern.
                for j in i + 1..hit.tokens.end as usize {
                    if facts.of(j).cues_discovery() {
                        cue_tokens.push(j as u32);
                    }
                }
                i = hit.tokens.end as usize;
                hits.push(hit);
            }
            None => i += 1,
        }
    }
}

/// Whether `word`, written in capitals, has three letters or fewer (`ASP`,
/// `U.N.`): its bytes are counted, each letter by its first (a word in
/// capitals holds letters, full stops and apostrophes).
#[cold]
fn is_short_capitals(word: &str) -> bool {
    word.len() <= 3
        || word
            .bytes()
            .filter(|&b| b.is_ascii_alphabetic() || b >= 0xC0)
            .count()
            <= 3
}

/// Whether the nearest word before or after token `i` (within two
/// tokens, across punctuation) has a lower-case letter.
pub(crate) fn is_in_mixed_case(analysis: &Analysis, i: usize) -> bool {
    let tokens = &analysis.tokens;
    let lower =
        |t: &Token| t.class == Class::Word && matches!(t.shape, Shape::Lower | Shape::Capitalized);
    let before = tokens[i.saturating_sub(2)..i]
        .iter()
        .rev()
        .find(|t| t.class == Class::Word);
    let after = tokens[i + 1..tokens.len().min(i + 3)]
        .iter()
        .find(|t| t.class == Class::Word);
    before.is_some_and(lower) || after.is_some_and(lower)
}

/// Whether `word` has a capital right after a lower-case letter: `CoM`,
/// `McKeeran`, `GmbH`.
fn has_inner_capital(word: &str) -> bool {
    word.as_bytes()
        .windows(2)
        .any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase())
}

fn crosses_paragraph(analysis: &Analysis, range: TokenRange) -> bool {
    analysis.tokens[range.start as usize + 1..range.end as usize]
        .iter()
        .any(|t| t.paragraph_start)
}

fn valid_senses(
    text: &str,
    analysis: &Analysis,
    lexicon: &Lexicon,
    pattern: usize,
    range: TokenRange,
) -> u64 {
    let mut valid = 0u64;
    for (i, sense) in lexicon.senses(pattern).iter().enumerate().take(64) {
        let ok = match sense {
            Sense::Entity { case, .. } | Sense::Cue { case, .. } => {
                case_fits(text, analysis, range, case)
            }
            Sense::Demonym { .. } => analysis.tokens[range.start as usize].shape.is_capital(),
            Sense::Title { .. } => true,
        };
        if ok {
            valid |= 1 << i;
        }
    }
    valid
}

/// Whether the text's tokens have the capitals (or exact letters) the
/// variant asks for.
pub(crate) fn case_fits(
    text: &str,
    analysis: &Analysis,
    range: TokenRange,
    case: &CaseCheck,
) -> bool {
    let tokens = &analysis.tokens[range.indices()];
    for (position, token) in tokens.iter().enumerate().take(32) {
        if case.capitals >> position & 1 == 1 && !token.shape.is_capital() {
            return false;
        }
    }
    // A word of three letters or fewer written in capitals among words
    // that are not is an acronym: it names what an alias written so names
    // (`ASP` is a rank, not the `Asp` of a Spanish town). A heading in
    // capitals writes every name so.
    if let [token] = tokens
        && token.shape == Shape::Upper
        && case.exact.is_none()
        && is_short_capitals(&text[token.span()])
        && is_in_mixed_case(analysis, range.start as usize)
    {
        return false;
    }
    // A word with a capital inside that the alias does not write so
    // (`CoM` for the `Com` of Como) is an abbreviation or a brand.
    for (position, token) in tokens.iter().enumerate() {
        let unasked = token.shape == Shape::Capitalized
            && has_inner_capital(&text[token.span()])
            && !case
                .inner
                .iter()
                .flatten()
                .any(|word| usize::from(word.token) == position);
        if unasked {
            return false;
        }
    }
    for word in case.inner.iter().flatten() {
        let fits = tokens
            .get(usize::from(word.token))
            .is_some_and(|token| word.fit(&text[token.span()]));
        if !fits {
            return false;
        }
    }
    if let Some(plain) = &case.plain {
        let mut want = plain.split(' ');
        for token in tokens {
            if analysis.is_hyphen(token) {
                continue;
            }
            let spelled = want
                .next()
                .is_some_and(|w| crate::text::fold::folds_plain_to(&text[token.span()], w));
            if !spelled {
                return false;
            }
        }
        if want.next().is_some() {
            return false;
        }
    }
    let Some(exact) = &case.exact else {
        return true;
    };
    let mut want = exact.split(' ');
    for token in tokens {
        if analysis.is_hyphen(token) {
            continue;
        }
        let Some(letters) = want.next() else {
            return false;
        };
        let written = text[token.span()]
            .chars()
            .filter(|c| !matches!(c, '.' | '\'' | '\u{2019}'));
        if !written.eq(letters.chars()) {
            return false;
        }
    }
    want.next().is_none()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::entities::discover::WordFacts;
    use crate::gazetteer::Gazetteer;
    use crate::text::Folder;

    fn fixture() -> (Folder, Lexicon, crate::entities::Cues) {
        let mut g = Gazetteer::with_bundled_lists().unwrap();
        g.load_str(
            "entities.tsv",
            include_str!("../../tests/data/gazetteer/entities.tsv"),
        )
        .unwrap();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let mut lexicon = Lexicon::build(&g, &folder).unwrap();
        let cues = crate::entities::Cues::build(&g, &folder, lexicon.take_words());
        (folder, lexicon, cues)
    }

    fn words() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            Just("Tahseen"),
            Just("Tahsin"),
            Just("al"),
            Just("Al"),
            Just("-"),
            Just("Khafaji"),
            Just("U.S."),
            Just("US"),
            Just("IS"),
            Just("is"),
            Just("Iraq’s"),
            Just("Hewlêr"),
            Just("New"),
            Just("York"),
            Just("Times"),
            Just("the"),
            Just("said"),
            Just(","),
            Just("“"),
            Just("."),
            Just("\n"),
            Just("Washington"),
            Just("D.C."),
            Just("Hashd"),
            Just("Anbar"),
            Just("Governorate"),
            Just("city"),
            Just("of"),
            Just("Camp"),
        ];
        prop::collection::vec(word, 0..30).prop_map(|w| w.join(" "))
    }

    fn scanned(text: &str) -> (Analysis, Vec<WordFacts>, ScanBuffers) {
        let (folder, lexicon, cues) = fixture();
        let mut analysis = Analysis::default();
        analysis.run(text, &folder);
        let mut by_spelling = Vec::new();
        cues.facts_of(text, &analysis, &mut by_spelling);
        let mut by_token = Vec::new();
        let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
        let mut buffers = ScanBuffers::default();
        scan(text, &analysis, facts, &lexicon, &mut buffers);
        (analysis, by_spelling, buffers)
    }

    #[test]
    fn a_head_inside_a_hit_is_still_a_cue_token() {
        let (analysis, _, buffers) = scanned("Anbar Governorate and the city of Ramadi");
        let hit = buffers.hits[0].tokens;
        assert_eq!(
            (hit.start, hit.end),
            (0, 2),
            "`Anbar Governorate` is one hit"
        );
        let cue_words: Vec<&str> = buffers
            .cue_tokens
            .iter()
            .map(|&i| analysis.folded(i as usize))
            .collect();
        assert_eq!(cue_words, ["governorate", "city"]);
    }

    /// Entries whose aliases have capitals past a word's first letter,
    /// under each case rule.
    const CASED: &str = "\
id\tkind\tname\taliases\tprior\tcase\tcountry\troles
test:lok\torganization\tLashkar-e-Korvan\tLoK\t60\t\tPK\tgroup
test:dara-mckeeran\tperson\tDara McKeeran\t\t50\tauto\tIE\t
test:norvex\torganization\tNorvex Alliance\tNorVex\t60\ttitle\t\t
test:varlo\tplace\tVarlo\t\t40\t\tIT\tcity
";

    /// `(name, text, words, whether they name the entry)`: the case rule
    /// `auto` wants a capital wherever the alias has one.
    const CAPITALS: &[(&str, &str, &str, bool)] = &[
        ("as the alias writes it", "LoK claimed it.", "LoK", true),
        ("only the first capital", "Lok claimed it.", "Lok", false),
        ("all in capitals", "LOK CLAIMED IT.", "LOK", true),
        ("in lower case", "They lok it.", "lok", false),
        (
            "a short word in capitals among words in lower case",
            "The LOK claimed it.",
            "LOK",
            false,
        ),
        (
            "inside a full name",
            "Dara McKeeran spoke.",
            "Dara McKeeran",
            true,
        ),
        (
            "a missing inner capital",
            "Dara Mckeeran spoke.",
            "Dara Mckeeran",
            false,
        ),
        (
            "a fold of another length",
            "Dara McKiran spoke.",
            "Dara McKiran",
            true,
        ),
        (
            "a fold of another length, a capital short",
            "Dara Mckiran spoke.",
            "Dara Mckiran",
            false,
        ),
        (
            "a capital inside that the alias lacks",
            "The VarLo shifted.",
            "VarLo",
            false,
        ),
        ("the alias's own capitals", "Varlo flooded.", "Varlo", true),
        (
            "the title rule takes a first capital",
            "Norvex spoke.",
            "Norvex",
            true,
        ),
    ];

    #[test]
    fn a_capital_wherever_the_alias_has_one() {
        crate::test_util::assert_unique(CAPITALS.iter().map(|r| r.0));
        let mut g = Gazetteer::with_bundled_lists().unwrap();
        g.load_str("entities.tsv", CASED).unwrap();
        let folder = Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let mut lexicon = Lexicon::build(&g, &folder).unwrap();
        let cues = crate::entities::Cues::build(&g, &folder, lexicon.take_words());
        let mut wrong = Vec::new();
        for &(name, text, words, want) in CAPITALS {
            let mut analysis = Analysis::default();
            analysis.run(text, &folder);
            let mut by_spelling = Vec::new();
            cues.facts_of(text, &analysis, &mut by_spelling);
            let mut by_token = Vec::new();
            let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
            let mut buffers = ScanBuffers::default();
            scan(text, &analysis, facts, &lexicon, &mut buffers);
            let named = buffers.hits.iter().any(|hit| {
                &text[analysis.span_of(hit.tokens)] == words
                    && hit
                        .senses(&lexicon)
                        .any(|sense| matches!(sense, Sense::Entity { .. }))
            });
            if named != want {
                wrong.push(format!("{name}: {words:?} in {text:?} names it: {named}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    proptest! {
        /// The scan lists exactly the tokens whose words cue discovery,
        /// whether a hit covers them or not.
        #[test]
        fn cue_tokens_are_every_token_whose_word_cues_discovery(text in words()) {
            let (analysis, by_spelling, buffers) = scanned(&text);
            let mut by_token = Vec::new();
            let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
            let want: Vec<u32> = (0..analysis.tokens.len())
                .filter(|&i| facts.of(i).cues_discovery())
                .map(|i| i as u32)
                .collect();
            prop_assert_eq!(buffers.cue_tokens, want);
        }

        /// A match's fold does not depend on its context: the mention's
        /// text folded on its own is the same delimited pattern.
        #[test]
        fn folded_text_of_a_match_is_its_pattern(text in words()) {
            let (folder, lexicon, cues) = fixture();
            let mut analysis = Analysis::default();
            analysis.run(&text, &folder);
            let mut by_spelling = Vec::new();
            cues.facts_of(&text, &analysis, &mut by_spelling);
            let mut by_token = Vec::new();
            let facts = TokenFacts::copy(&analysis, &by_spelling, &mut by_token);
            let mut buffers = ScanBuffers::default();
            scan(&text, &analysis, facts, &lexicon, &mut buffers);
            for hit in buffers.hits {
                let in_context: Vec<&str> = hit.tokens.indices().map(|i| analysis.folded(i)).collect();
                let mut alone = Analysis::default();
                let alone_text = &text.as_str()[analysis.span_of(hit.tokens)];
                alone.run(alone_text, &folder);
                let alone_folds: Vec<&str> = (0..alone.tokens.len()).map(|i| alone.folded(i)).collect();
                prop_assert_eq!(in_context, alone_folds);
                // And the pattern really is there: the lone fold's words,
                // all of them, make the same pattern.
                let mut by_spelling = Vec::new();
                cues.facts_of(alone_text, &alone, &mut by_spelling);
                let mut by_token = Vec::new();
                let alone_facts = TokenFacts::copy(&alone, &by_spelling, &mut by_token);
                let words: Vec<_> = (0..alone.tokens.len()).map(|k| alone_facts.of(k).pattern_word()).collect();
                let mut longest = None;
                lexicon.prefixes(words[0], words[1..].iter().copied(), |pattern, n| {
                    longest = Some((pattern, n));
                });
                prop_assert_eq!(longest, Some((hit.pattern as usize, words.len())));
            }
        }
    }
}
