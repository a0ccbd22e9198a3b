//! A map from folded words to small values, laid out for one lookup per
//! token.
//!
//! Every token of every document is looked up once, in a table that holds
//! every word of the gazetteer's patterns and cue lists (over a hundred
//! thousand). A plain `HashMap<Box<str>, V>` pays for that with a second
//! cache miss per lookup: the bucket holds a pointer, and the key it
//! points to must be read to compare. Here:
//! - one-byte ASCII words (`,`, `.`, `-`, a quarter of all tokens) are an
//!   index into an array;
//! - words of up to [`INLINE`] bytes (nearly all the others) are packed
//!   into a `u128` that is both the key and its own comparison, in a
//!   [`KeyTable`] that keeps it beside its value;
//! - longer words fall back to an ordinary map.

use rustc_hash::FxHashMap as HashMap;

use super::key_table::KeyTable;

/// The longest word kept inline: the last byte of the key is the length.
pub(crate) const INLINE: usize = 15;

/// A map from folded words to `V`, where absent words read as
/// `V::default()`.
#[derive(Clone, Debug)]
pub(crate) struct WordMap<V> {
    bytes: Vec<V>,
    short: KeyTable<V>,
    long: HashMap<Box<str>, V>,
}

impl<V: Copy + Default> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            bytes: vec![V::default(); 128],
            short: KeyTable::default(),
            long: HashMap::default(),
        }
    }
}

impl<V: Copy + Default> WordMap<V> {
    /// The value of `word`, inserted as `V::default()` if absent.
    pub(crate) fn entry(&mut self, word: &str) -> &mut V {
        match word.as_bytes() {
            &[b] if b.is_ascii() => &mut self.bytes[usize::from(b)],
            bytes => match inline_key(bytes) {
                Some(key) => self.short.or_default(key),
                None => self.long.entry(word.into()).or_default(),
            },
        }
    }

    /// The value of `word`, or `V::default()`.
    #[cfg(test)]
    pub(crate) fn get(&self, word: &str) -> V {
        self.get_in(word, 0..word.len())
    }

    /// The value of the word `buffer[range]`, or `V::default()`. The key
    /// is read in place by [`key_in`].
    #[inline]
    pub(crate) fn get_in(&self, buffer: &str, range: std::ops::Range<usize>) -> V {
        match key_in(buffer.as_bytes(), range.clone()) {
            Some(key) if key >> 120 == 1 => self.bytes.get(key as usize & 0x7F),
            Some(key) => self.short.get(key),
            None => self.long.get(&buffer[range]),
        }
        .copied()
        .unwrap_or_default()
    }

    /// Calls `f` with every word that has a value other than the default.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&str, &V))
    where
        V: PartialEq,
    {
        let mut f = |word: &str, value: &V| {
            if *value != V::default() {
                f(word, value);
            }
        };
        for (b, value) in self.bytes.iter().enumerate() {
            // Only ASCII bytes are kept here.
            f(std::str::from_utf8(&[b as u8]).unwrap_or_default(), value);
        }
        let mut word = [0u8; INLINE];
        self.short.for_each(|key, value| {
            let len = (key >> 120) as usize;
            word[..len].copy_from_slice(&key.to_le_bytes()[..len]);
            // Only whole words were packed, so the bytes are UTF-8.
            f(std::str::from_utf8(&word[..len]).unwrap_or_default(), value);
        });
        for (word, value) in &self.long {
            f(word, value);
        }
    }

    /// The number of words with a value.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize
    where
        V: PartialEq,
    {
        let mut words = 0;
        self.for_each(|_, _| words += 1);
        words
    }
}

/// `bytes` packed into a key with its length in the top byte, when it fits.
///
/// The bytes are read with at most two overlapping loads rather than one
/// at a time: every token of a document is packed at least once.
#[inline]
pub(crate) fn inline_key(bytes: &[u8]) -> Option<u128> {
    let len = bytes.len();
    let packed = match len {
        0 => 0,
        // First, middle and last byte, which between them are all of them.
        1..=3 => {
            u128::from(bytes[0])
                | u128::from(bytes[len / 2]) << (8 * (len / 2))
                | u128::from(bytes[len - 1]) << (8 * (len - 1))
        }
        // Two loads that overlap in the middle; the shared bytes land on
        // the same bits, so or-ing them is harmless.
        4..=7 => {
            let low = u32::from_le_bytes(bytes[..4].try_into().ok()?);
            let high = u32::from_le_bytes(bytes[len - 4..].try_into().ok()?);
            u128::from(low) | u128::from(high) << (8 * (len - 4))
        }
        8..=INLINE => {
            let low = u64::from_le_bytes(bytes[..8].try_into().ok()?);
            let high = u64::from_le_bytes(bytes[len - 8..].try_into().ok()?);
            u128::from(low) | u128::from(high) << (8 * (len - 8))
        }
        _ => return None,
    };
    Some(packed | (len as u128) << 120)
}

/// The key [`inline_key`] gives `bytes[range]`, read with one 16-byte
/// load and a mask when `bytes` goes on for 16 bytes from the start of
/// `range`, as it does for all but the last few tokens of a document.
#[inline]
pub(crate) fn key_in(bytes: &[u8], range: std::ops::Range<usize>) -> Option<u128> {
    let len = range.len();
    if len > INLINE {
        return None;
    }
    match bytes
        .get(range.start..)
        .and_then(|rest| rest.first_chunk::<16>())
    {
        Some(chunk) => Some(u128::from_le_bytes(*chunk) & LOW_BYTES[len] | (len as u128) << 120),
        None => inline_key(bytes.get(range)?),
    }
}

/// `LOW_BYTES[n]` keeps the low `n` bytes of a `u128`.
static LOW_BYTES: [u128; INLINE + 1] = {
    let mut masks = [0u128; INLINE + 1];
    let mut n = 1;
    while n <= INLINE {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_reads_back_what_was_written() {
        let words = [
            "",
            "-",
            ",",
            "é",
            "al",
            "the",
            "khafaji",
            "fifteen-letters",
            "sixteen-letters!",
            "a much longer word than any inline key",
        ];
        let mut map = WordMap::<u32>::default();
        for (i, w) in words.iter().enumerate() {
            *map.entry(w) = i as u32 + 1;
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), i as u32 + 1, "{w:?}");
        }
        assert_eq!(map.len(), words.len());
        assert_eq!(map.get("khafaj"), 0);
        assert_eq!(map.get("khafajii"), 0);
        assert_eq!(map.get("fifteen-letterz"), 0);
        assert_eq!(map.get("."), 0);
    }

    proptest::proptest! {
        /// The overlapping loads pack the same key as placing each byte.
        #[test]
        fn inline_key_places_every_byte(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..20)) {
            let want = (bytes.len() <= INLINE).then(|| {
                let mut key = (bytes.len() as u128) << 120;
                for (i, &b) in bytes.iter().enumerate() {
                    key |= u128::from(b) << (8 * i);
                }
                key
            });
            proptest::prop_assert_eq!(inline_key(&bytes), want);
        }

        /// Read in place, with or without the 16-byte load, a word has the
        /// key it has alone.
        #[test]
        fn key_in_agrees_with_inline_key(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40),
            start in 0usize..40,
            len in 0usize..20,
        ) {
            let start = start.min(bytes.len());
            let end = (start + len).min(bytes.len());
            proptest::prop_assert_eq!(key_in(&bytes, start..end), inline_key(&bytes[start..end]));
        }
    }

    #[test]
    fn length_is_part_of_the_key() {
        let mut map = WordMap::<u8>::default();
        *map.entry("a\0") = 1;
        assert_eq!(map.get("a"), 0);
        assert_eq!(map.get("a\0"), 1);
    }

    #[test]
    fn for_each_sees_every_kind_of_key() {
        let words = [
            "-",
            "é",
            "khafaji",
            "a much longer word than any inline key",
        ];
        let mut map = WordMap::<usize>::default();
        for (i, w) in words.iter().enumerate() {
            *map.entry(w) = i + 1;
        }
        let mut seen = Vec::new();
        map.for_each(|w, &v| seen.push((w.to_owned(), v)));
        seen.sort_by_key(|&(_, v)| v);
        let want: Vec<(String, usize)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), i + 1))
            .collect();
        assert_eq!(seen, want);
    }
}
