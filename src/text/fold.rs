//! Folding: the form of a token that matching compares.
//!
//! Text and gazetteer aliases go through the same fold, so `Hewlêr` meets
//! `Hewler`, `Tahseen` meets `Tahsin` and `U.S.` meets `US`:
//! 1. lower case, diacritics removed (`ê` → `e`, `ø` → `o`), every apostrophe,
//!    quotation mark, hyphen and dash mapped to one form (`'`, `"`, `-`);
//!    full stops and apostrophes inside words are dropped (`U.S.` → `us`,
//!    `Da'esh` → `daesh`);
//! 2. transliteration rewrites from the gazetteer's data (`ee` → `i`,
//!    doubled consonants → single);
//! 3. spellings the gazetteer declares the same (`mohammed` → `muhammad`).

use rustc_hash::FxHashMap as HashMap;

use super::chars;
use super::token::{Class, Shape};

/// The folding tables, built once from the gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Folder {
    /// Rewrite rules `(from, to)`, grouped by first byte, longest `from`
    /// first within a group.
    rewrites: Vec<(Box<[u8]>, Box<str>)>,
    /// For each first byte, the range of its rules in `rewrites` (empty
    /// when no rule starts with it).
    rules_by_byte: [(u16, u16); 256],
    /// For each pair of lower-case letters, 1 + the index of the two-letter
    /// rule that rewrites it, or 0: the fast path of the rewrite.
    letter_pairs: Box<[u16; 26 * 26]>,
    /// For each lower-case letter, the letters that follow it in some
    /// two-letter rule, one bit each (as [`LETTER_BIT`]): detects in the
    /// fast path's one pass whether any rule applies.
    pair_follows: Box<[u32; 256]>,
    /// Whether some rule is not two letters long, so the slow path is needed.
    other_rules: bool,
    /// Folded spelling → the spelling of its equivalence class.
    same: HashMap<Box<str>, Box<str>>,
    /// The shortest and longest key of `same`, to skip lookups cheaply.
    same_len: (usize, usize),
    /// Which first two bytes keys of `same` start with, one bit per pair of
    /// bytes `(a & 31, b & 31)`: most words are ruled out without hashing.
    same_starts: [u32; 32],
}

impl Folder {
    /// Builds the tables. `same` lists classes of spellings, each a canonical
    /// spelling and its variants; every spelling is folded here first.
    pub(crate) fn new(rewrites: &[(String, String)], same: &[(String, Vec<String>)]) -> Folder {
        let mut rules: Vec<(Box<[u8]>, Box<str>)> = rewrites
            .iter()
            .filter(|(from, _)| !from.is_empty())
            .map(|(from, to)| (from.as_bytes().into(), to.as_str().into()))
            .collect();
        rules.sort_by(|a, b| a.0[0].cmp(&b.0[0]).then(b.0.len().cmp(&a.0.len())));
        let mut rules_by_byte = [(0u16, 0u16); 256];
        for (i, (from, _)) in rules.iter().enumerate() {
            let slot = &mut rules_by_byte[from[0] as usize];
            if slot.1 == 0 {
                slot.0 = i as u16;
            }
            slot.1 += 1;
        }
        let mut letter_pairs = Box::new([0u16; 26 * 26]);
        let mut other_rules = false;
        let mut pair_follows = Box::new([0u32; 256]);
        for (i, (from, _)) in rules.iter().enumerate() {
            match **from {
                [a @ b'a'..=b'z', b @ b'a'..=b'z'] => {
                    pair_follows[a as usize] |= LETTER_BIT[b as usize];
                    let slot = &mut letter_pairs[(a - b'a') as usize * 26 + (b - b'a') as usize];
                    if *slot == 0 {
                        *slot = i as u16 + 1;
                    }
                }
                _ => other_rules = true,
            }
        }
        let mut folder = Folder {
            rewrites: rules,
            rules_by_byte,
            letter_pairs,
            pair_follows,
            other_rules,
            same: HashMap::default(),
            same_len: (0, 0),
            same_starts: [0; 32],
        };
        let mut scratch = String::new();
        for (canonical, variants) in same {
            let mut key = String::new();
            folder.fold_word(canonical, &mut key, &mut scratch);
            for variant in variants {
                let mut v = String::new();
                folder.fold_word(variant, &mut v, &mut scratch);
                if v != key {
                    folder.same.insert(v.into(), key.clone().into());
                }
            }
        }
        for key in folder.same.keys() {
            if let [a, b, ..] = *key.as_bytes() {
                folder.same_starts[(a & 31) as usize] |= 1 << (b & 31);
            }
        }
        let lens = folder.same.keys().map(|k| k.len());
        folder.same_len = (lens.clone().min().unwrap_or(0), lens.max().unwrap_or(0));
        folder
    }

    /// Appends the fold of a token of class `class` to `out`, never empty and
    /// never containing a space. `scratch` is a reusable buffer.
    pub(crate) fn fold(&self, token: &str, class: Class, out: &mut String, scratch: &mut String) {
        let mark = out.len();
        match class {
            Class::Word => self.fold_word(token, out, scratch),
            Class::Possessive => out.push_str("'s"),
            Class::Punct => {
                for c in token.chars() {
                    fold_char(c, false, out);
                }
            }
        }
        if out.len() == mark {
            out.push('_');
        }
    }

    /// Folds a word (or a whole alias word) without the empty-token guard.
    fn fold_word(&self, word: &str, out: &mut String, scratch: &mut String) {
        let mark = out.len();
        let bytes = word.as_bytes();
        let plain = bytes
            .iter()
            .all(|&b| b.is_ascii() && !matches!(b, b'.' | b'\'' | b'`'));
        if plain && !self.other_rules {
            // The common case, ASCII without inner marks: lower case and
            // rewrite letter pairs in one pass from the word straight to
            // `out`.
            self.lower_and_rewrite_pairs(word, out);
        } else {
            scratch.clear();
            let has_letter = base_fold(word, scratch);
            if has_letter {
                self.rewrite(scratch, out);
            } else {
                out.push_str(scratch);
            }
        }
        self.respell(out, mark);
    }

    /// Replaces the fold `out[mark..]` by the spelling of its equivalence
    /// class, if it has one; says whether it did.
    #[inline]
    fn respell(&self, out: &mut String, mark: usize) -> bool {
        let folded = &out[mark..];
        let candidate = match *folded.as_bytes() {
            [a, b, ..] => self.same_starts[(a & 31) as usize] & (1 << (b & 31)) != 0,
            _ => false,
        };
        if candidate && (self.same_len.0..=self.same_len.1).contains(&folded.len()) {
            if let Some(canonical) = self.same.get(folded) {
                out.truncate(mark);
                out.push_str(canonical);
                return true;
            }
        }
        false
    }

    /// Folds and classifies an ASCII token in one pass, appending its fold to
    /// `out`: the fast path for the bulk of English text. Returns `None`,
    /// leaving `out` as it was, for tokens the general path must handle:
    /// non-ASCII, inner stops or apostrophes (`U.S.`, `'s`), or rewrite
    /// rules that are not letter pairs.
    #[inline]
    pub(crate) fn fold_ascii(&self, token: &str, out: &mut String) -> Option<AsciiFold> {
        let (mut seen, mut pairs, mut previous) = (0u8, 0u32, 0u8);
        for &b in token.as_bytes() {
            let kind = BYTE_KIND[b as usize];
            seen |= kind;
            // Upper-case letters have bit 5 clear; UPPER << 4 sets it.
            let lower = b | ((kind & UPPER) << 4);
            pairs |= self.pair_follows[previous as usize] & LETTER_BIT[lower as usize];
            previous = lower;
        }
        if seen & NON_ASCII != 0 || token.is_empty() {
            return None;
        }
        if seen & (LETTER | DIGIT) == 0 {
            // Punctuation and symbols fold to themselves, the backtick to an
            // apostrophe.
            if seen & MARK != 0 {
                out.extend(token.chars().map(|c| if c == '`' { '\'' } else { c }));
            } else {
                out.push_str(token);
            }
            return Some(AsciiFold {
                class: Class::Punct,
                shape: Shape::Other,
                plain: seen & MARK == 0,
            });
        }
        if seen & MARK != 0 || self.other_rules {
            return None;
        }
        // Found after the loop, where it costs a byte or two, rather than
        // tested for on every byte.
        let first_letter = token
            .bytes()
            .map(|b| BYTE_KIND[b as usize] & LETTER)
            .find(|&kind| kind != 0)
            .unwrap_or(0);
        let shape = match first_letter {
            0 => Shape::Other,
            LOWER => Shape::Lower,
            _ if seen & LOWER != 0 => Shape::Capitalized,
            _ => Shape::Upper,
        };
        let mark = out.len();
        if pairs == 0 {
            out.push_str(token);
            // Most words are written in lower case already.
            if seen & UPPER != 0 {
                out[mark..].make_ascii_lowercase();
            }
        } else {
            self.lower_and_rewrite_pairs(token, out);
        }
        let respelled = self.respell(out, mark);
        Some(AsciiFold {
            class: Class::Word,
            shape,
            plain: pairs == 0 && !respelled,
        })
    }

    /// Lower-cases the ASCII `word` into `out`, rewriting letter pairs from
    /// the left as the rules say. The text between rewrites is copied and
    /// lowered a run at a time, not pushed byte by byte.
    fn lower_and_rewrite_pairs(&self, word: &str, out: &mut String) {
        let bytes = word.as_bytes();
        let lower = |i: usize| bytes[i].to_ascii_lowercase();
        let mut copied = 0;
        let mut i = 1;
        while i < bytes.len() {
            let (a, b) = (lower(i - 1), lower(i));
            // Set only for a pair of lower-case letters that a rule rewrites.
            if self.pair_follows[a as usize] & LETTER_BIT[b as usize] == 0 {
                i += 1;
                continue;
            }
            let rule = self.letter_pairs[(a - b'a') as usize * 26 + (b - b'a') as usize];
            push_lowered(out, &word[copied..i - 1]);
            out.push_str(&self.rewrites[rule as usize - 1].1);
            copied = i + 1;
            i += 2;
        }
        push_lowered(out, &word[copied..]);
    }

    fn rewrite(&self, word: &str, out: &mut String) {
        let bytes = word.as_bytes();
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            let (first, count) = self.rules_by_byte[bytes[i] as usize];
            let rules = &self.rewrites[first as usize..(first + count) as usize];
            let rule = rules.iter().find(|(from, _)| {
                from.len() <= bytes.len() - i && from.iter().zip(&bytes[i..]).all(|(a, b)| a == b)
            });
            match rule {
                Some((from, to)) => {
                    // A rule matches whole characters, so `copied` and `i`
                    // sit on char boundaries: slicing needs no validation.
                    out.push_str(word.get(copied..i).unwrap_or(""));
                    out.push_str(to);
                    i += from.len();
                    copied = i;
                }
                None => i += 1,
            }
        }
        out.push_str(word.get(copied..).unwrap_or(""));
    }
}

/// Appends the ASCII `text` to `out` in lower case.
#[inline]
fn push_lowered(out: &mut String, text: &str) {
    let mark = out.len();
    out.push_str(text);
    out[mark..].make_ascii_lowercase();
}

/// What [`Folder::fold_ascii`] tells of a token besides its fold.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct AsciiFold {
    pub(crate) class: Class,
    pub(crate) shape: Shape,
    /// The fold is the token's plain fold ([`fold_plain`]): no rule
    /// rewrote it, so it is the token lower-cased.
    pub(crate) plain: bool,
}

const LOWER: u8 = 1;
const UPPER: u8 = 2;
const LETTER: u8 = LOWER | UPPER;
const DIGIT: u8 = 4;
/// `.`, `'` and `` ` ``: dropped inside words, so the general path folds them.
const MARK: u8 = 8;
const NON_ASCII: u8 = 16;

/// What each byte is, for [`Folder::fold_ascii`].
static BYTE_KIND: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'.' | b'\'' | b'`') {
            MARK
        } else if !c.is_ascii() {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    table
};

/// One bit per lower-case letter, nothing for other bytes.
static LETTER_BIT: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut b = b'a';
    while b <= b'z' {
        table[b as usize] = 1 << (b - b'a');
        b += 1;
    }
    table
};

/// Appends the fold of a word without the transliteration steps: the
/// spelling as written, up to case, diacritics and marks.
pub(crate) fn fold_plain(word: &str, out: &mut String) {
    base_fold(word, out);
}

/// Whether `word` folds by [`fold_plain`] to `plain`; ASCII words are
/// compared without building their fold.
pub(crate) fn folds_plain_to(word: &str, plain: &str) -> bool {
    if !word.is_ascii() {
        let mut folded = String::new();
        fold_plain(word, &mut folded);
        return folded == plain;
    }
    ascii_base_fold(word).0.eq(plain.bytes())
}

/// Step 1 of the fold for an ASCII word, as bytes, with whether the word
/// has a letter (only then are its stops and apostrophes dropped).
fn ascii_base_fold(word: &str) -> (impl Iterator<Item = u8> + '_, bool) {
    let has_letter = word.bytes().any(|b| b.is_ascii_alphabetic());
    let folded = word
        .bytes()
        .filter(move |b| !(has_letter && matches!(b, b'.' | b'\'' | b'`')))
        .map(|b| b.to_ascii_lowercase());
    (folded, has_letter)
}

/// Step 1 of the fold: lower case, no diacritics, one form of each mark,
/// stops and apostrophes dropped inside words. Returns whether the word has
/// a letter.
fn base_fold(word: &str, out: &mut String) -> bool {
    if word.is_ascii() {
        // Most words hold no stop or apostrophe: copied and lowered whole.
        if !word.bytes().any(|b| matches!(b, b'.' | b'\'' | b'`')) {
            let start = out.len();
            out.push_str(word);
            out[start..].make_ascii_lowercase();
            return word.bytes().any(|b| b.is_ascii_alphabetic());
        }
        let (folded, has_letter) = ascii_base_fold(word);
        out.extend(folded.map(char::from));
        has_letter
    } else {
        let has_letter = word.chars().any(chars::is_alphabetic);
        for c in word.chars() {
            fold_char(c, has_letter, out);
        }
        has_letter
    }
}

/// Folds one character: apostrophes, quotes and dashes to one form each,
/// whitespace dropped, letters lowered and stripped of diacritics.
fn fold_char(c: char, in_word: bool, out: &mut String) {
    match c {
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{02BB}' | '\u{02BF}' | '\u{02BE}' | '`' | '\u{00B4}' => {
            if !in_word {
                out.push('\'');
            }
        }
        '.' => {
            if !in_word {
                out.push('.');
            }
        }
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{301D}' | '\u{301E}' | '\u{FF02}' => out.push('"'),
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        c if c.is_whitespace() => {}
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => match chars::info(c).and_then(chars::CharInfo::fold) {
            Some(fold) => out.push_str(fold),
            None => chars::fold_letter_slowly(c, out),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> Folder {
        let rewrites: Vec<(String, String)> = [("ee", "i"), ("ss", "s"), ("ff", "f"), ("aa", "a")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let same = vec![(
            "Muhammad".to_string(),
            vec!["Mohammed".to_string(), "Mohamed".to_string()],
        )];
        Folder::new(&rewrites, &same)
    }

    fn fold(f: &Folder, token: &str, class: Class) -> String {
        let (mut out, mut scratch) = (String::new(), String::new());
        f.fold(token, class, &mut out, &mut scratch);
        out
    }

    #[test]
    fn plain_fold_comparison_agrees_with_the_fold() {
        for (word, plain) in [
            ("U.S.", "us"),
            ("Da'esh", "daesh"),
            ("IRAQ", "iraq"),
            ("...", "..."),
            ("Hewlêr", "hewler"),
            ("Iraq", "iraqi"),
            ("Iraqi", "iraq"),
        ] {
            let mut folded = String::new();
            fold_plain(word, &mut folded);
            assert_eq!(folds_plain_to(word, plain), folded == plain, "{word}");
        }
    }

    #[test]
    fn table() {
        let f = folder();
        let cases: &[(&str, Class, &str)] = &[
            ("Hewlêr", Class::Word, "hewler"),
            ("U.S.", Class::Word, "us"),
            ("Tahseen", Class::Word, "tahsin"),
            ("Tahsin", Class::Word, "tahsin"),
            ("Khafaji", Class::Word, "khafaji"),
            ("Qassem", Class::Word, "qasem"),
            ("Mohammed", Class::Word, "muhammad"),
            ("MUHAMMAD", Class::Word, "muhammad"),
            ("Shiaa", Class::Word, "shia"),
            ("Da'esh", Class::Word, "daesh"),
            ("Da’esh", Class::Word, "daesh"),
            ("Erdoğan", Class::Word, "erdogan"),
            ("Łódź", Class::Word, "lodz"),
            ("5,000", Class::Word, "5,000"),
            ("3.5", Class::Word, "3.5"),
            ("’s", Class::Possessive, "'s"),
            ("“", Class::Punct, "\""),
            ("”", Class::Punct, "\""),
            ("–", Class::Punct, "-"),
            ("’", Class::Punct, "'"),
            ("\u{301}", Class::Punct, "_"),
        ];
        for (token, class, want) in cases {
            assert_eq!(fold(&f, token, *class), *want, "{token:?}");
        }
    }

    proptest::proptest! {
        /// The one-pass ASCII fold equals the general one.
        #[test]
        fn ascii_fast_path_agrees_with_the_general_fold(word in "[A-Za-z0-9]{1,20}") {
            let f = folder();
            let (mut fast, mut scratch) = (String::new(), String::new());
            f.fold_word(&word, &mut fast, &mut scratch);
            let mut general = String::new();
            let mut base = String::new();
            base_fold(&word, &mut base);
            if base.bytes().any(|b| b.is_ascii_alphabetic()) {
                f.rewrite(&base, &mut general);
            } else {
                general = base;
            }
            if let Some(canonical) = f.same.get(general.as_str()) {
                general = canonical.to_string();
            }
            proptest::prop_assert_eq!(fast, general);
        }
    }

    #[test]
    fn fold_never_contains_a_space() {
        let f = folder();
        assert_eq!(fold(&f, "a\u{a0}b", Class::Word), "ab");
    }
}
