//! The words of a document as every rule reads them: each token with its
//! fold, letter case and word facts (the classes `gazetteer/grammar.tsv`
//! and `name_parts.tsv` give its word), its sentence and paragraph.
//!
//! Discovery's document and the quote stage's phrase layer both read the
//! text through this one view, so a word means the same to every rule and
//! no stage keeps helpers of its own for it.

use super::discover::{TokenFacts, WordFacts};
use crate::gazetteer::grammar::{Classes, WordClass};
use crate::span::Span;
use crate::text::{Analysis, Class, TokenRange};

/// The words of one document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words<'a> {
    /// The caller's text.
    pub(crate) text: &'a str,
    pub(crate) analysis: &'a Analysis,
    facts: TokenFacts<'a>,
}

impl<'a> Words<'a> {
    pub(crate) fn new(text: &'a str, analysis: &'a Analysis, facts: TokenFacts<'a>) -> Words<'a> {
        Words {
            text,
            analysis,
            facts,
        }
    }

    /// The number of tokens.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.analysis.tokens.len()
    }

    /// The fold of token `i`.
    #[inline]
    pub(crate) fn folded(&self, i: usize) -> &str {
        self.analysis.folded(i)
    }

    /// Whether token `i` is a word (holds a letter or digit).
    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.analysis.tokens[i].class == Class::Word
    }

    /// Whether token `i` is a word with no letter written in either case,
    /// a number as a rule: `24`, `5,000`, `2.5`.
    #[inline]
    pub(crate) fn is_number(&self, i: usize) -> bool {
        self.is_word(i) && self.analysis.tokens[i].shape == crate::text::Shape::Other
    }

    /// Whether token `i` is a word written in lower case, longer than
    /// `ending`, that ends with it whatever the letters' case: the ending
    /// of an inflected verb (`-ed`, `-en`, `-s`), read from the text as
    /// the fold may rewrite an ending's letters.
    pub(crate) fn is_lower_ending_in(&self, i: usize, ending: &[u8]) -> bool {
        let word = self.text.as_bytes();
        let span = self.analysis.tokens[i].span();
        self.analysis.tokens[i].shape == crate::text::Shape::Lower
            && span.len() > ending.len()
            && word[span.end - ending.len()..span.end].eq_ignore_ascii_case(ending)
    }

    /// Whether token `i` is a number a person's age may be: one or two
    /// digits, or 100 to 119.
    pub(crate) fn is_age(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let digits = &self.text.as_bytes()[self.analysis.tokens[i].span().range()];
        digits.iter().all(u8::is_ascii_digit)
            && match digits {
                [_] | [_, _] => true,
                [hundreds, tens, _] => *hundreds == b'1' && *tens < b'2',
                _ => false,
            }
    }

    /// Whether token `i` is a regnal number of `grammar.tsv` written in
    /// capitals: `II`, `V`, `XIV` in `Johann II`, `Henry V`. Not `I`, which
    /// is the pronoun as often.
    pub(crate) fn is_regnal_number(&self, i: usize) -> bool {
        let classes = self.classes(i);
        classes.is(WordClass::Regnal)
            && !classes.is(WordClass::I)
            && self.analysis.tokens[i].shape == crate::text::Shape::Upper
    }

    /// Whether token `i` is a word written with a capital.
    #[inline]
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.analysis.tokens[i].shape.is_capital()
    }

    /// What the word lists say about token `i` (nothing past the end).
    #[inline]
    pub(crate) fn facts(&self, i: usize) -> WordFacts {
        if i < self.len() {
            self.facts.of(i)
        } else {
            WordFacts::default()
        }
    }

    /// The classes of token `i`'s word.
    #[inline]
    pub(crate) fn classes(&self, i: usize) -> Classes {
        self.facts(i).classes()
    }

    /// Whether token `i`'s word is of `class`.
    #[inline]
    pub(crate) fn is(&self, i: usize, class: WordClass) -> bool {
        self.classes(i).is(class)
    }

    /// The punctuation character token `i` folds to, if it is punctuation.
    #[inline]
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        let token = self.analysis.tokens.get(i)?;
        if token.class != Class::Punct {
            return None;
        }
        // Rules ask this of most tokens they pass, and nearly every fold of
        // punctuation is one ASCII byte: read it as a byte, neither decoded
        // nor sliced as text.
        match self.analysis.haystack.as_bytes()[token.folded()].first() {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.analysis.fold_of(token).chars().next(),
        }
    }

    /// Whether token `i` is punctuation that folds to the ASCII character
    /// `c`: `punct(i) == Some(c)`, for the loops that ask it of every
    /// capitalised word, read in the loop itself.
    #[inline(always)]
    pub(crate) fn is_punct(&self, i: usize, c: u8) -> bool {
        debug_assert!(c.is_ascii());
        self.analysis.tokens.get(i).is_some_and(|token| {
            let fold = token.folded();
            token.class == Class::Punct
                && fold.start < fold.end
                && self.analysis.haystack.as_bytes()[fold.start] == c
        })
    }

    /// Whether token `i` ends a sentence: `.`, `!`, `?`, `;`, `…`.
    #[inline]
    pub(crate) fn is_stop(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('.' | '!' | '?' | ';' | '…'))
    }

    /// Whether token `i` is a quotation mark.
    #[inline]
    pub(crate) fn is_mark(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('"' | '\''))
    }

    /// The first token of token `i`'s sentence.
    #[inline]
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.analysis.sentence_start(i)
    }

    /// The end of token `i`'s sentence.
    #[inline]
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.analysis.sentence_end(i)
    }

    /// The paragraph of token `i`.
    #[inline]
    pub(crate) fn paragraph_of(&self, i: usize) -> usize {
        self.analysis.paragraph_of(i)
    }

    /// Where tokens `range` lie in the caller's text.
    #[inline]
    pub(crate) fn span_of(&self, range: TokenRange) -> Span {
        self.analysis.span_of(range)
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::grammar::WordClass;

    #[test]
    fn a_word_is_read_with_its_case_class_and_punctuation() {
        let g = crate::Gazetteer::with_bundled_lists().unwrap();
        let folder = crate::text::Folder::new(&g.lists.rewrites, &g.lists.same_spellings);
        let mut lexicon = crate::gazetteer::lexicon::Lexicon::build(&g, &folder).unwrap();
        let cues = super::super::discover::Cues::build(&g, &folder, lexicon.take_words());
        let text = "They would say so; the end.";
        let mut analysis = crate::text::Analysis::default();
        analysis.run(text, &folder);
        let mut by_spelling = Vec::new();
        cues.facts_of(text, &analysis, &mut by_spelling);
        let mut by_token = Vec::new();
        let words = super::Words::new(
            text,
            &analysis,
            super::TokenFacts::copy(&analysis, &by_spelling, &mut by_token),
        );
        assert!(words.is_cap(0) && !words.is_cap(1));
        assert!(words.is(0, WordClass::They) && words.is(1, WordClass::Auxiliary));
        assert!(words.is_stop(4) && words.punct(4) == Some(';'));
        assert!(!words.is(99, WordClass::They), "past the end is nothing");
        assert_eq!(
            &text[words.span_of(crate::text::TokenRange::new(5, 7))],
            "the end"
        );
    }
}
