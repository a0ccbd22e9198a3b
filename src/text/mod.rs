//! The text layer: paragraphs, sentences, tokens and their folded forms, all
//! over the caller's original text.
//!
//! After [`Analysis::run`], every token carries its span in the original
//! text and its *spelling*: the distinct way it is written, folded once
//! however often it recurs. Spellings are remembered from one document to
//! the next until [`Analysis::forget_spellings`]: the words of news repeat
//! from article to article, and a known word is neither folded nor looked
//! up again. A spelling's fold lies in the *haystack*, a string in which
//! every fold is preceded and followed by one space:
//! `" maj gen tahsin al - khafaji said "`. Gazetteer aliases are folded by
//! the same code, word by word.

mod chars;
pub(crate) mod fold;
pub(crate) mod segment;
mod sentence;
pub(crate) mod token;
pub(crate) mod word_map;

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

use crate::span::Span;

pub(crate) use fold::Folder;
pub(crate) use token::{Class, Shape};

/// One token of the document, in 24 bytes: the token table is written and
/// read by every stage, and on a long document it outgrows the cache.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Where the token lies in the original text, as the tokenizer found
    /// it.
    piece: token::Piece,
    /// Where its fold starts and ends in the haystack (without the
    /// surrounding spaces), which never outgrows 32-bit offsets either.
    fold_start: u32,
    fold_end: u32,
    /// Its spelling: an index into [`Analysis::spellings`].
    pub(crate) spelling: u32,
    pub(crate) class: Class,
    pub(crate) shape: Shape,
    /// Whether whitespace separates it from the previous token.
    pub(crate) space_before: bool,
    /// Whether it is the first token of a paragraph.
    pub(crate) paragraph_start: bool,
}

impl Token {
    /// Where the token is in the original text.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        self.piece.span()
    }

    /// Where its fold is in the haystack.
    #[inline]
    pub(crate) fn folded(&self) -> std::ops::Range<usize> {
        self.fold_start as usize..self.fold_end as usize
    }
}

/// A distinct way a token is written, with what follows from the writing
/// alone.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spelling {
    /// Where its fold is in the haystack.
    pub(crate) folded: Span,
    pub(crate) class: Class,
    pub(crate) shape: Shape,
    /// For a spelling too long to be its own key, where its text is kept in
    /// [`Analysis::long_spellings`]; empty otherwise.
    written: Span,
}

/// A half-open range of token indices.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) struct TokenRange {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl TokenRange {
    pub(crate) fn new(start: usize, end: usize) -> TokenRange {
        // Documents are limited to u32::MAX bytes, so token indices fit.
        TokenRange {
            start: start as u32,
            end: end as u32,
        }
    }

    pub(crate) fn indices(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A number or nothing for each token of a document (the mention, hit or
/// cue covering it), as `number + 1` with 0 for nothing, so that emptying
/// a table is zeroing it. Several are filled per document, each in a
/// buffer kept from one document to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct PerToken(Vec<u32>);

impl PerToken {
    /// Empties the table for a document of `n` tokens, all without a
    /// number.
    pub(crate) fn reset(&mut self, n: usize) {
        self.0.clear();
        self.0.resize(n, 0);
    }

    /// Gives every token of `range` the number `value`.
    pub(crate) fn set(&mut self, range: TokenRange, value: usize) {
        self.0[range.indices()].fill(value as u32 + 1);
    }

    /// The number of token `i`, if it has one (and exists).
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<usize> {
        let stored = *self.0.get(i)?;
        stored.checked_sub(1).map(|v| v as usize)
    }
}

/// The analysed text of one document, with the spellings of the documents
/// analysed before it. Its buffers are reused from one document to the
/// next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Analysis {
    pub(crate) tokens: Vec<Token>,
    /// The distinct spellings of this document and of those before it since
    /// spellings were last forgotten, in order of first occurrence.
    pub(crate) spellings: Vec<Spelling>,
    /// The fold of every spelling, each between spaces.
    pub(crate) haystack: String,
    pub(crate) paragraphs: Vec<TokenRange>,
    pub(crate) sentences: Vec<TokenRange>,
    /// For each token, the index of its sentence: one number per token
    /// rather than three (start, end, paragraph), since the token tables
    /// are written for every token and read only here and there.
    sentence_of: Vec<u32>,
    /// For each sentence, the index of its paragraph.
    paragraph_of_sentence: Vec<u32>,
    /// The words written with a capital, in order: the only tokens where
    /// most discovery rules can fire.
    pub(crate) capitalized: Vec<u32>,
    /// The punctuation that folds to a quotation mark (`"` or `'`), in
    /// order: the only tokens where a quotation opens or closes.
    pub(crate) quote_marks: Vec<u32>,
    /// The punctuation that folds to a comma, in order: the only tokens
    /// where an apposition starts or ends.
    pub(crate) commas: Vec<u32>,
    /// The tokens that may end a sentence, in order: the only ones the
    /// sentence rules look at.
    sentence_ends: Vec<u32>,
    spans: Vec<token::Piece>,
    /// The spelling of each token text, by its packed bytes or, when too
    /// long to pack, a lossy key of them: most tokens repeat one seen
    /// before, and are neither folded nor looked up again.
    spelling_of: HashMap<u128, u32>,
    /// The text of each spelling whose key is lossy, to confirm a match of
    /// the key in any later document.
    long_spellings: String,
    scratch: String,
}

impl Analysis {
    /// Tokenizes, folds and splits `text`, replacing the previous document
    /// but keeping the spellings known from it: they must have been folded
    /// by the same `folder`, or forgotten since.
    pub(crate) fn run(&mut self, text: &str, folder: &Folder) {
        self.run_within(text, folder, u32::MAX as usize);
    }

    /// [`Analysis::run`], with the haystack kept within `limit` bytes so
    /// that tokens can hold their folds' offsets in 32 bits. Folds can be
    /// longer than their words, so a document of nearly 4 GB could need
    /// more: it is analysed up to the token whose fold would not fit, as a
    /// text over [`MAX_DOCUMENT_BYTES`](crate::MAX_DOCUMENT_BYTES) is
    /// analysed up to the limit.
    fn run_within(&mut self, text: &str, folder: &Folder, limit: usize) {
        // Every entry point passes through here: tokens hold 32-bit offsets.
        let text = crate::extract::within_limit(text);
        self.tokens.clear();
        self.paragraphs.clear();
        self.sentences.clear();
        self.sentence_of.clear();
        self.paragraph_of_sentence.clear();
        self.capitalized.clear();
        self.quote_marks.clear();
        self.commas.clear();
        self.sentence_ends.clear();
        self.spans.clear();
        token::tokenize(text, &mut self.spans);
        self.haystack.reserve(text.len() + 2);
        if self.haystack.is_empty() {
            self.haystack.push(' ');
        }
        let mut previous_end = 0;
        let mut paragraph_start = 0;
        for (i, &piece) in self.spans.iter().enumerate() {
            let span = piece.span();
            let gap = &text.as_bytes()[previous_end..span.start];
            #[expect(
                clippy::manual_contains,
                reason = "gaps are mostly one space: a loop beats calling memchr"
            )]
            let new_paragraph = i == 0 || gap.iter().any(|&b| b == b'\n');
            if new_paragraph && i > 0 {
                self.paragraphs.push(TokenRange::new(paragraph_start, i));
                paragraph_start = i;
            }
            // Sliced (and its bounds checked) only when a new or long
            // spelling needs its text; a known word is found by its key.
            let token_text = || &text[span];
            let new = self.spellings.len() as u32;
            let key = word_map::key_in(text.as_bytes(), span.range());
            // The key a new spelling was entered under, if it was.
            let mut entered = None;
            let known = match key {
                Some(key) => match self.spelling_of.entry(key) {
                    Entry::Occupied(known) => Some(*known.get()),
                    Entry::Vacant(vacant) => {
                        vacant.insert(new);
                        entered = Some(key);
                        None
                    }
                },
                // Too long to pack: known by a lossy key, and the same
                // spelling only if the bytes are the same.
                None => match self.spelling_of.entry(long_key(token_text().as_bytes())) {
                    Entry::Vacant(vacant) => {
                        entered = Some(*vacant.key());
                        vacant.insert(new);
                        None
                    }
                    Entry::Occupied(known) => {
                        let known = *known.get();
                        let written = self.spellings[known as usize].written;
                        (self.long_spellings[written.range()] == *token_text()).then_some(known)
                    }
                },
            };
            // A new spelling is used as folded rather than read back from
            // the list, where it was just stored in pieces.
            let (
                spelling,
                Spelling {
                    folded,
                    class,
                    shape,
                    ..
                },
            ) = match known {
                Some(known) => (known, self.spellings[known as usize]),
                None => {
                    let word = token_text();
                    let mark = self.haystack.len();
                    let mut folded =
                        fold_spelling(word, folder, &mut self.haystack, &mut self.scratch);
                    if self.haystack.len() > limit {
                        self.haystack.truncate(mark);
                        if let Some(key) = entered {
                            self.spelling_of.remove(&key);
                        }
                        break;
                    }
                    if key.is_none() {
                        // Known by a lossy key: its text is kept to confirm it.
                        let start = self.long_spellings.len();
                        self.long_spellings.push_str(word);
                        folded.written = Span::new(start, self.long_spellings.len());
                    }
                    self.spellings.push(folded);
                    (new, folded)
                }
            };
            if class == Class::Word && shape.is_capital() {
                self.capitalized.push(i as u32);
            } else if class == Class::Punct {
                match self.haystack.as_bytes()[folded.range()] {
                    [b'"' | b'\''] => self.quote_marks.push(i as u32),
                    [b','] => self.commas.push(i as u32),
                    _ => {}
                }
            }
            // Tokens are never empty.
            if sentence::may_end_sentence(text.as_bytes()[span.end - 1]) {
                self.sentence_ends.push(i as u32);
            }
            self.tokens.push(Token {
                piece,
                fold_start: folded.start as u32,
                fold_end: folded.end as u32,
                spelling,
                class,
                shape,
                space_before: !gap.is_empty(),
                paragraph_start: new_paragraph,
            });
            previous_end = span.end;
        }
        if !self.tokens.is_empty() {
            self.paragraphs
                .push(TokenRange::new(paragraph_start, self.tokens.len()));
        }
        let mut sentence_ends = &self.sentence_ends[..];
        for (p, &paragraph) in self.paragraphs.iter().enumerate() {
            let first = self.sentences.len();
            let within = sentence_ends.partition_point(|&i| i < paragraph.end);
            let candidates;
            (candidates, sentence_ends) = sentence_ends.split_at(within);
            sentence::split(
                text,
                &self.tokens,
                paragraph,
                candidates,
                &mut self.sentences,
            );
            let added = self.sentences.len() - first;
            self.paragraph_of_sentence
                .extend(std::iter::repeat_n(p as u32, added));
        }
        for (k, s) in self.sentences.iter().enumerate() {
            self.sentence_of
                .extend(std::iter::repeat_n(k as u32, s.indices().len()));
        }
        debug_assert_eq!(self.sentence_of.len(), self.tokens.len());
    }

    /// Forgets every spelling, as before the first document: for a new
    /// folder, or to bound the memory they take.
    pub(crate) fn forget_spellings(&mut self) {
        self.spellings.clear();
        self.spelling_of.clear();
        self.haystack.clear();
        self.long_spellings.clear();
    }

    /// Forgets the spellings met after the first `kept`, as if the
    /// documents that brought them had not been analysed. Spellings are
    /// stored in order of first occurrence, their folds and texts too, so
    /// the later ones are a tail of each.
    pub(crate) fn forget_spellings_after(&mut self, kept: usize) {
        let Some(&first_forgotten) = self.spellings.get(kept) else {
            return;
        };
        self.haystack.truncate(first_forgotten.folded.start);
        if let Some(long) = self.spellings[kept..]
            .iter()
            .find(|s| !s.written.is_empty())
        {
            self.long_spellings.truncate(long.written.start);
        }
        self.spellings.truncate(kept);
        self.spelling_of
            .retain(|_, spelling| (*spelling as usize) < kept);
    }

    /// The sentence of token `i`, if there is such a token.
    #[inline]
    pub(crate) fn sentence_at(&self, i: usize) -> Option<TokenRange> {
        self.sentences
            .get(*self.sentence_of.get(i)? as usize)
            .copied()
    }

    /// The first token of token `i`'s sentence.
    #[inline]
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i] as usize].start as usize
    }

    /// The end of token `i`'s sentence (one past its last token).
    #[inline]
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i] as usize].end as usize
    }

    /// The index of token `i`'s paragraph.
    #[inline]
    pub(crate) fn paragraph_of(&self, i: usize) -> usize {
        self.paragraph_of_sentence[self.sentence_of[i] as usize] as usize
    }

    /// The index of token `i`'s paragraph, if there is such a token.
    #[inline]
    pub(crate) fn paragraph_at(&self, i: usize) -> Option<usize> {
        Some(self.paragraph_of_sentence[*self.sentence_of.get(i)? as usize] as usize)
    }

    /// The fold of token `i`.
    #[inline]
    pub(crate) fn folded(&self, i: usize) -> &str {
        self.fold_of(&self.tokens[i])
    }

    /// The fold of `token`, one of this analysis's tokens.
    #[inline]
    pub(crate) fn fold_of(&self, token: &Token) -> &str {
        &self.haystack[token.folded()]
    }

    /// The original-text span from the start of token `range.start` to the
    /// end of token `range.end - 1`.
    pub(crate) fn span_of(&self, range: TokenRange) -> Span {
        Span::new(
            self.tokens[range.start as usize].span().start,
            self.tokens[range.end as usize - 1].span().end,
        )
    }
}

/// Folds a token's text into `haystack`, followed by one space, and
/// classifies it.
fn fold_spelling(
    piece: &str,
    folder: &Folder,
    haystack: &mut String,
    scratch: &mut String,
) -> Spelling {
    let start = haystack.len();
    let (class, shape) = match folder.fold_ascii(piece, haystack) {
        Some(class_and_shape) => class_and_shape,
        // Non-ASCII and dotted tokens (`U.S.`, `’s`): the general path.
        None => {
            let class = classify(piece);
            folder.fold(piece, class, haystack, scratch);
            (class, Shape::of(piece))
        }
    };
    let folded = Span::new(start, haystack.len());
    haystack.push(' ');
    Spelling {
        folded,
        class,
        shape,
        written: Span::default(),
    }
}

/// The key of a token too long for [`word_map::inline_key`]: its first and
/// last eight bytes and its length, under a top byte no inline key has. Two
/// tokens may share it, so a hit is confirmed by comparing the bytes.
fn long_key(bytes: &[u8]) -> u128 {
    let (first, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
        _ => (0, 0),
    };
    let mixed = first ^ (last >> 56) ^ (bytes.len() as u64).rotate_left(32);
    0xFF << 120 | u128::from(last & (u64::MAX >> 8)) << 64 | u128::from(mixed)
}

/// The folds of the tokens of a short phrase (an alias, a cue word), as
/// the text's tokens would fold.
pub(crate) fn fold_phrase(folder: &Folder, phrase: &str) -> Vec<String> {
    let mut spans = Vec::new();
    token::tokenize(phrase, &mut spans);
    let mut scratch = String::new();
    spans
        .into_iter()
        .map(|span| {
            let piece = &phrase[span.span()];
            let mut folded = String::new();
            folder.fold(piece, classify(piece), &mut folded, &mut scratch);
            folded
        })
        .collect()
}

/// The class of a token from its text.
pub(crate) fn classify(piece: &str) -> Class {
    let bytes = piece.as_bytes();
    if bytes.is_ascii() {
        return if bytes.iter().any(u8::is_ascii_alphanumeric) {
            if matches!(bytes, [b'\'', b's' | b'S']) {
                Class::Possessive
            } else {
                Class::Word
            }
        } else {
            Class::Punct
        };
    }
    let is_clitic = matches!(
        bytes,
        [b'\'', b's' | b'S'] | [0xE2, 0x80, 0x99, b's' | b'S']
    );
    if is_clitic {
        Class::Possessive
    } else if piece.chars().any(chars::is_alphanumeric) {
        Class::Word
    } else {
        Class::Punct
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn test_folder() -> Folder {
        Folder::new(&[("ee".into(), "i".into()), ("ss".into(), "s".into())], &[])
    }

    pub(crate) fn analyze(text: &str) -> Analysis {
        let mut a = Analysis::default();
        a.run(text, &test_folder());
        a
    }

    #[test]
    fn haystack_delimits_every_fold_with_one_space() {
        let a = analyze("Maj. Gen. Tahseen al-Khafaji’s “view”");
        assert_eq!(a.haystack, " maj gen tahsin al - khafaji 's \" view \" ");
        for t in &a.tokens {
            let folded = t.folded();
            assert_eq!(&a.haystack[folded.start - 1..folded.start], " ");
            assert_eq!(&a.haystack[folded.end..folded.end + 1], " ");
        }
    }

    #[test]
    fn a_document_whose_folds_outgrow_the_haystack_ends_where_they_would() {
        let folder = test_folder();
        let mut a = Analysis::default();
        // " alpha beta " is 12 bytes; "gamma" would take it to 18.
        a.run_within("alpha beta alpha gamma beta", &folder, 15);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(folds, ["alpha", "beta", "alpha"]);
        assert_eq!(a.haystack, " alpha beta ");
        assert_eq!(a.sentence_of.len(), 3);
        // Nothing of `gamma` is remembered: the next document folds it anew.
        a.run("gamma alpha", &folder);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(folds, ["gamma", "alpha"]);
        assert_eq!(a.spellings.len(), 3);
    }

    #[test]
    fn a_recurring_spelling_is_folded_once() {
        let text = "Iraq, IRAQ and Iraq. Iraq";
        let a = analyze(text);
        assert_eq!(a.haystack, " iraq , iraq and . ");
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 2, 3, 0, 4, 0]);
        assert_eq!(a.spellings.len(), 5);
        for (i, t) in a.tokens.iter().enumerate() {
            let s = a.spellings[t.spelling as usize];
            assert_eq!(
                (s.folded.range(), s.class, s.shape),
                (t.folded(), t.class, t.shape)
            );
            assert_eq!(a.folded(i), text[t.span()].to_lowercase());
        }
        // Beyond the length of an inline key too; a shared long key is not
        // a shared spelling.
        let long =
            analyze("Counterinsurgency counterinsurgency Counterinsurgency Контрнаступление");
        let spellings: Vec<u32> = long.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 0, 2]);
        assert_eq!(long.folded(0), long.folded(1));
        assert_eq!(long.folded(3), "контрнаступление");
        // The ninth byte is outside the key: the second word shares the
        // first's key, but not its spelling.
        let (word, other) = ("Counterinsurgency", "CounteriXsurgency");
        assert_eq!(long_key(word.as_bytes()), long_key(other.as_bytes()));
        let shared = analyze(&format!("{word} {other} {word} {other}"));
        let spellings: Vec<u32> = shared.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 0, 2]);
        assert_eq!(shared.folded(3), "counterixsurgency");
    }

    #[test]
    fn spellings_are_remembered_from_one_document_to_the_next() {
        let folder = test_folder();
        let mut a = Analysis::default();
        a.run("Iraq and Counterinsurgency", &folder);
        assert_eq!(a.spellings.len(), 3);
        // Known spellings keep their fold; only new ones are added, and a
        // long one is told from another with the same lossy key by the
        // text kept for it, not by the earlier document.
        a.run("IRAQ and Iraq CounteriXsurgency Counterinsurgency", &folder);
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [3, 1, 0, 4, 2]);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(
            folds,
            [
                "iraq",
                "and",
                "iraq",
                "counterixsurgency",
                "counterinsurgency"
            ]
        );
        a.forget_spellings();
        a.run("and Iraq", &folder);
        assert_eq!(a.haystack, " and iraq ");
        assert_eq!(a.spellings.len(), 2);
    }

    #[test]
    fn spellings_met_after_a_point_are_forgotten_alone() {
        let folder = test_folder();
        let mut a = Analysis::default();
        a.run("Iraq and Counterinsurgency", &folder);
        let (haystack, long) = (a.haystack.clone(), a.long_spellings.clone());
        a.run("Mosul and Counterterrorism Iraq", &folder);
        assert_eq!(a.spellings.len(), 5);
        a.forget_spellings_after(3);
        assert_eq!(
            (a.haystack.as_str(), a.long_spellings.as_str()),
            (&*haystack, &*long)
        );
        assert_eq!(a.spellings.len(), 3);
        // The forgotten are new again and numbered as before; the kept are
        // still known, the long one by the text kept for it.
        a.run(
            "Counterterrorism Counterinsurgency Mosul iraq Iraq",
            &folder,
        );
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [3, 2, 4, 5, 0]);
        assert_eq!(a.folded(0), "counterterrorism");
        // Keeping as many as there are, or more, forgets nothing.
        a.forget_spellings_after(6);
        a.forget_spellings_after(60);
        assert_eq!(a.spellings.len(), 6);
    }

    #[test]
    fn paragraphs_are_lines() {
        let a = analyze("Hoda Jassim (Baghdad)\nYesterday, Iraq confirmed.\n\n  Next one");
        assert_eq!(a.paragraphs.len(), 3);
        assert!(a.tokens[a.paragraphs[1].start as usize].paragraph_start);
        assert_eq!(a.sentences.len(), 3);
        // Tokens 0–4 (`Hoda Jassim ( Baghdad )`), 5–9, 10–11.
        let n = a.tokens.len();
        let paragraphs: Vec<usize> = (0..n).map(|i| a.paragraph_of(i)).collect();
        assert_eq!(paragraphs, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
        let starts: Vec<usize> = (0..n).map(|i| a.sentence_start(i)).collect();
        assert_eq!(starts, [0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10]);
        let ends: Vec<usize> = (0..n).map(|i| a.sentence_end(i)).collect();
        assert_eq!(ends, [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 12, 12]);
        assert_eq!(a.sentence_at(n), None);
        assert_eq!((a.paragraph_at(5), a.paragraph_at(n)), (Some(1), None));
    }

    #[test]
    fn quotation_marks_are_listed_by_their_fold() {
        // Curly, straight, low and angled marks; not the apostrophe of a
        // possessive, nor a hyphen.
        let text = "“Yes,” he said. \"No\" — «non» „ja“ Iraq’s ‘bases’ - x";
        let a = analyze(text);
        let marks: Vec<&str> = a
            .quote_marks
            .iter()
            .map(|&i| &text[a.tokens[i as usize].span()])
            .collect();
        assert_eq!(marks, ["“", "”", "\"", "\"", "«", "»", "„", "“", "‘", "’"]);
    }

    #[test]
    fn commas_are_listed_by_their_fold() {
        // Not the comma inside a number, nor other punctuation, nor the
        // ideographic comma, which keeps a fold of its own.
        let text = "Baghdad, Iraq, 1,500 troops; said: yes、no, then";
        let a = analyze(text);
        let commas: Vec<usize> = a
            .commas
            .iter()
            .map(|&i| a.tokens[i as usize].span().start)
            .collect();
        let expected: Vec<usize> = ["Baghdad,", "Iraq,", "no,"]
            .iter()
            .map(|w| text.find(w).unwrap() + w.len() - 1)
            .collect();
        assert_eq!(commas, expected);
    }

    #[test]
    fn per_token_numbers() {
        let mut table = PerToken::default();
        table.reset(5);
        table.set(TokenRange::new(1, 3), 0);
        table.set(TokenRange::new(3, 4), 7);
        let got: Vec<Option<usize>> = (0..6).map(|i| table.get(i)).collect();
        assert_eq!(got, [None, Some(0), Some(0), Some(7), None, None]);
        // Reused for a shorter document, the table keeps no number.
        table.reset(4);
        let got: Vec<Option<usize>> = (0..5).map(|i| table.get(i)).collect();
        assert_eq!(got, [None; 5]);
    }

    #[test]
    fn classes() {
        assert_eq!(classify("’s"), Class::Possessive);
        assert_eq!(classify("'S"), Class::Possessive);
        assert_eq!(classify("Iraq"), Class::Word);
        assert_eq!(classify("5,000"), Class::Word);
        assert_eq!(classify("“"), Class::Punct);
    }

    proptest::proptest! {
        /// The one-pass ASCII fold and classification equals the general
        /// path whenever it takes a token.
        #[test]
        fn ascii_fold_agrees_with_the_general_path(token in "[!-~]{1,12}|[A-Za-z]{1,12}") {
            let folder = test_folder();
            let mut fast = String::from("x");
            if let Some((class, shape)) = folder.fold_ascii(&token, &mut fast) {
                let (mut general, mut scratch) = (String::from("x"), String::new());
                folder.fold(&token, classify(&token), &mut general, &mut scratch);
                proptest::prop_assert_eq!(fast, general);
                proptest::prop_assert_eq!((class, shape), (classify(&token), Shape::of(&token)));
            } else {
                proptest::prop_assert_eq!(fast, "x");
            }
        }
    }

    #[test]
    fn empty_and_blank_text() {
        for text in ["", "   \n\n\t "] {
            let a = analyze(text);
            assert!(a.tokens.is_empty() && a.paragraphs.is_empty() && a.sentences.is_empty());
            assert_eq!(a.haystack, " ");
        }
    }
}
