//! Letters beyond ASCII, tabulated once: the properties and folds of the
//! characters from U+0080 to U+1FFF (Latin, Greek, Cyrillic, Armenian,
//! Hebrew, Arabic and the other alphabets of that range).
//!
//! Asking `std`'s Unicode tables whether a character is a letter, or
//! lower-casing and decomposing it with `unicode-normalization`, costs tens
//! of nanoseconds: a search through compressed tables each time. Text in
//! other languages asks for every letter of every word, so these answers are
//! computed for the whole range on first use, by those same functions, and
//! then read with one load.

use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The first character after the tabulated range.
const END: u32 = 0x2000;
/// The first tabulated character: ASCII is answered by byte tests.
const START: u32 = 0x80;

/// The longest fold the table holds; longer ones are computed each time.
const FOLD_CAPACITY: usize = 6;

/// What the table knows of one character.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CharInfo {
    flags: u8,
    fold_len: u8,
    fold: [u8; FOLD_CAPACITY],
}

const ALPHABETIC: u8 = 1;
const NUMERIC: u8 = 2;
const UPPERCASE: u8 = 4;
const LOWERCASE: u8 = 8;
const WORD_LETTER: u8 = 16;
/// The fold is longer than [`FOLD_CAPACITY`] and not in the table.
const LONG_FOLD: u8 = 32;

impl CharInfo {
    fn of(c: char) -> CharInfo {
        let mut flags = 0;
        for (yes, flag) in [
            (c.is_alphabetic(), ALPHABETIC),
            (c.is_numeric(), NUMERIC),
            (c.is_uppercase(), UPPERCASE),
            (c.is_lowercase(), LOWERCASE),
            (is_word_letter(c), WORD_LETTER),
        ] {
            if yes {
                flags |= flag;
            }
        }
        let mut folded = String::new();
        fold_letter_slowly(c, &mut folded);
        let mut fold = [0; FOLD_CAPACITY];
        if folded.len() <= FOLD_CAPACITY {
            fold[..folded.len()].copy_from_slice(folded.as_bytes());
        } else {
            flags |= LONG_FOLD;
        }
        CharInfo {
            flags,
            fold_len: folded.len() as u8,
            fold,
        }
    }

    #[inline]
    pub(crate) fn is_alphabetic(&self) -> bool {
        self.flags & ALPHABETIC != 0
    }

    #[inline]
    pub(crate) fn is_alphanumeric(&self) -> bool {
        self.flags & (ALPHABETIC | NUMERIC) != 0
    }

    #[inline]
    pub(crate) fn is_numeric(&self) -> bool {
        self.flags & NUMERIC != 0
    }

    #[inline]
    pub(crate) fn is_uppercase(&self) -> bool {
        self.flags & UPPERCASE != 0
    }

    #[inline]
    pub(crate) fn is_lowercase(&self) -> bool {
        self.flags & LOWERCASE != 0
    }

    /// A letter that UAX #29 treats exactly as it treats ASCII letters
    /// (Word_Break = ALetter), so the segmenter's fast path may take it.
    #[inline]
    pub(crate) fn is_word_letter(&self) -> bool {
        self.flags & WORD_LETTER != 0
    }

    /// The fold of the character as a letter (lower case, no diacritics,
    /// conventional Latin base), if the table holds it.
    #[inline]
    pub(crate) fn fold(&self) -> Option<&str> {
        if self.flags & LONG_FOLD != 0 {
            return None;
        }
        // Written from a `String` in `of`, cut at its own length: UTF-8.
        std::str::from_utf8(&self.fold[..usize::from(self.fold_len)]).ok()
    }
}

/// What the table knows of `c`, if `c` is in the tabulated range.
#[inline]
pub(crate) fn info(c: char) -> Option<&'static CharInfo> {
    let index = (c as u32).checked_sub(START)?;
    table().get(index as usize)
}

/// `char::is_alphabetic`, read from the table where it can be.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    answer(c, CharInfo::is_alphabetic, char::is_alphabetic)
}

/// `char::is_alphanumeric`, read from the table where it can be.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    answer(c, CharInfo::is_alphanumeric, char::is_alphanumeric)
}

/// `char::is_numeric`, read from the table where it can be.
#[inline]
pub(crate) fn is_numeric(c: char) -> bool {
    answer(c, CharInfo::is_numeric, char::is_numeric)
}

/// `char::is_uppercase`, read from the table where it can be.
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    answer(c, CharInfo::is_uppercase, char::is_uppercase)
}

/// `char::is_lowercase`, read from the table where it can be.
#[inline]
pub(crate) fn is_lowercase(c: char) -> bool {
    answer(c, CharInfo::is_lowercase, char::is_lowercase)
}

/// The table's answer for `c`, else `std`'s (which is quick for ASCII).
#[inline]
fn answer(c: char, tabulated: fn(&CharInfo) -> bool, computed: fn(char) -> bool) -> bool {
    match info(c) {
        Some(info) => tabulated(info),
        None => computed(c),
    }
}

fn table() -> &'static [CharInfo] {
    static TABLE: OnceLock<Box<[CharInfo]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (START..END)
            .map(|u| char::from_u32(u).map_or_else(CharInfo::default, CharInfo::of))
            .collect()
    })
}

/// The fold of a letter by the Unicode tables: lower case, canonical
/// decomposition without its combining marks, and a Latin base for the
/// letters that do not decompose.
pub(crate) fn fold_letter_slowly(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if !is_combining_mark(d) {
                push_base_letter(d, out);
            }
        });
    }
}

/// Letters that do not decompose but have a conventional Latin base.
fn push_base_letter(c: char, out: &mut String) {
    let s = match c {
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        'ħ' => "h",
        'ŋ' => "n",
        'ŧ' => "t",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// The blocks whose letters are all ALetter to UAX #29: Latin-1 and the
/// Latin extensions and IPA, Greek, Cyrillic, Armenian, Arabic, Georgian,
/// Latin Extended Additional and Greek Extended. Hebrew letters have rules
/// of their own, and the scripts of South-East Asia are segmented by
/// dictionary, so both stay with the general segmenter.
const WORD_LETTER_BLOCKS: [(u32, u32); 4] = [
    (0x00AA, 0x0590),
    (0x0600, 0x0700),
    (0x10A0, 0x1100),
    (0x1E00, 0x2000),
];

fn is_word_letter(c: char) -> bool {
    let u = c as u32;
    WORD_LETTER_BLOCKS
        .iter()
        .any(|&(start, end)| (start..end).contains(&u))
        && c.is_alphabetic()
        && !is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn joins(text: &str) -> bool {
        text.split_word_bounds().count() == 1
    }

    /// UAX #29 classes a character as ALetter exactly when it joins letters
    /// on both sides (ALetter, Hebrew_Letter, Numeric, ExtendNumLet,
    /// Extend, Format, ZWJ and the mid-word punctuation do), is joined to a
    /// letter across `:` (only ALetter and Hebrew_Letter are), and is not
    /// joined to a following apostrophe (Hebrew_Letter is).
    fn is_aletter(c: char) -> bool {
        joins(&format!("a{c}a")) && joins(&format!("{c}:a")) && !joins(&format!("{c}'"))
    }

    #[test]
    fn word_letters_are_aletter_to_the_segmenter() {
        let mut letters = 0;
        for c in (START..END).filter_map(char::from_u32) {
            let claimed = info(c).unwrap().is_word_letter();
            assert!(!claimed || is_aletter(c), "{c:?} U+{:04X}", c as u32);
            letters += usize::from(claimed);
        }
        // Most of the range: the check above is not vacuous.
        assert!(letters > 1500, "{letters}");
        for c in ['é', 'ğ', 'ж', 'Ω', 'ع', 'ệ', 'ა'] {
            assert!(info(c).unwrap().is_word_letter(), "{c}");
        }
        for c in ['א', 'ก', '\u{301}', '٣', '×', '\u{a0}'] {
            assert!(!info(c).unwrap().is_word_letter(), "{c}");
        }
    }

    #[test]
    fn properties_are_std_s() {
        for c in (START..END).filter_map(char::from_u32) {
            let info = info(c).unwrap();
            assert_eq!(info.is_alphabetic(), c.is_alphabetic(), "{c:?}");
            assert_eq!(info.is_alphanumeric(), c.is_alphanumeric(), "{c:?}");
            assert_eq!(info.is_numeric(), c.is_numeric(), "{c:?}");
            assert_eq!(info.is_uppercase(), c.is_uppercase(), "{c:?}");
            assert_eq!(info.is_lowercase(), c.is_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn folds_are_the_slow_folds() {
        let mut long = 0;
        for c in (START..END).filter_map(char::from_u32) {
            let mut slow = String::new();
            fold_letter_slowly(c, &mut slow);
            match info(c).unwrap().fold() {
                Some(fold) => assert_eq!(fold, slow, "{c:?}"),
                None => {
                    assert!(slow.len() > FOLD_CAPACITY, "{c:?}");
                    long += 1;
                }
            }
        }
        assert!(long < 10, "{long} folds do not fit");
        let fold = |c| info(c).unwrap().fold().unwrap().to_owned();
        assert_eq!(fold('Ê'), "e");
        assert_eq!(fold('ø'), "o");
        assert_eq!(fold('Þ'), "th");
        assert_eq!(fold('Ж'), "ж");
        assert_eq!(fold('\u{301}'), "");
    }

    #[test]
    fn outside_the_range_there_is_no_answer() {
        assert!(info('a').is_none());
        assert!(info('\u{2019}').is_none());
        assert!(info('中').is_none());
        assert!(info('\u{7f}').is_none());
        assert!(info('\u{80}').is_some());
        assert!(info('\u{1fff}').is_some());
    }
}
