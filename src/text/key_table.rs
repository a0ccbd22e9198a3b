//! An open-addressed table from packed word keys to small values, with
//! the key and its value side by side.
//!
//! The words of the gazetteer and its lists (over a hundred and fifty
//! thousand) are looked up once for each spelling a thread meets for the
//! first time, and most of those lookups miss the cache. A Swiss table
//! reads a group of control bytes and then, elsewhere, the bucket: two
//! misses, the second waiting on the first. Here the key is compared where
//! the value lies, in one 32-byte slot, and a lookup is one miss in the
//! common case.
//!
//! Keys are the packed words of [`word_map`](super::word_map). Zero marks
//! an empty slot; the one word packed to zero, the empty word, is held
//! beside the slots. Slots are probed linearly from a multiplicative hash,
//! and the table is kept at most half full, so that a word it does not
//! hold, as most names are not, is told in one line too. That takes twice
//! the memory of a Swiss table of the same words (17 MB for the bundled
//! gazetteer's words, against 8.5), and cuts the cache misses of a new
//! document's spellings by a third.

/// A map from `u128` keys to `V`, built once and then read.
#[derive(Clone, Debug)]
pub(crate) struct KeyTable<V> {
    slots: Vec<Slot<V>>,
    /// The value of the key zero, which marks empty slots.
    zero: Option<V>,
    len: usize,
    /// `64 - log2(slots.len())`: the hash's top bits index the slots.
    shift: u32,
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot<V> {
    /// The key, or [`EMPTY`].
    key: u128,
    value: V,
}

const EMPTY: u128 = 0;

/// The fewest slots a table that holds anything has.
const MIN_SLOTS: usize = 16;

impl<V: Copy + Default> Default for KeyTable<V> {
    fn default() -> KeyTable<V> {
        KeyTable {
            slots: Vec::new(),
            zero: None,
            len: 0,
            shift: 64,
        }
    }
}

impl<V: Copy + Default> KeyTable<V> {
    /// The number of keys held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The value of `key`.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<&V> {
        if key == EMPTY {
            return self.zero.as_ref();
        }
        if self.slots.is_empty() {
            return None;
        }
        let slot = &self.slots[self.find(key)];
        (slot.key == key).then_some(&slot.value)
    }

    /// The value of `key`, inserted as `V::default()` if absent.
    pub(crate) fn or_default(&mut self, key: u128) -> &mut V {
        if key == EMPTY {
            if self.zero.is_none() {
                self.len += 1;
            }
            return self.zero.get_or_insert_default();
        }
        if self.slots.is_empty() {
            self.grow();
        }
        let mut index = self.find(key);
        if self.slots[index].key != key {
            if (self.len + 1) * 2 > self.slots.len() {
                self.grow();
                index = self.find(key);
            }
            self.slots[index].key = key;
            self.len += 1;
        }
        &mut self.slots[index].value
    }

    /// Calls `f` with every key and its value, in no order.
    pub(crate) fn for_each(&self, mut f: impl FnMut(u128, &V)) {
        if let Some(value) = &self.zero {
            f(EMPTY, value);
        }
        for slot in &self.slots {
            if slot.key != EMPTY {
                f(slot.key, &slot.value);
            }
        }
    }

    /// The slot the probe for `key` starts at: the top bits of a
    /// multiplicative hash of both halves.
    #[inline]
    fn home(&self, key: u128) -> usize {
        let mixed = (key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (key >> 64) as u64;
        (mixed.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> self.shift) as usize
    }

    /// The slot holding `key`, or the empty slot its probe ends at.
    #[inline]
    fn find(&self, key: u128) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].key != key && self.slots[i].key != EMPTY {
            i = (i + 1) & mask;
        }
        i
    }

    /// Doubles the slots (or makes the first) and enters every key again.
    #[cold]
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let slots = (old.len() * 2).max(MIN_SLOTS);
        self.slots = vec![Slot::default(); slots];
        self.shift = 64 - slots.trailing_zeros();
        for slot in old {
            if slot.key != EMPTY {
                let index = self.find(slot.key);
                self.slots[index] = slot;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Keys shaped as the packed words are: a length in the top byte.
    fn key(n: u64) -> u128 {
        1u128 << 120 | u128::from(n)
    }

    #[test]
    fn the_table_agrees_with_a_hash_map() {
        let mut table = KeyTable::<u32>::default();
        let mut model = HashMap::new();
        // A small generator: the same sequence on every run.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for step in 0..20_000u32 {
            // Now and then the key zero, which empty slots are marked with.
            let k = match next() % 5_001 {
                5_000 => 0,
                n => key(n),
            };
            if next() % 2 == 0 {
                *table.or_default(k) += step;
                *model.entry(k).or_insert(0) += step;
            } else {
                assert_eq!(table.get(k), model.get(&k));
            }
            assert_eq!(table.len(), model.len());
        }
        // The table has grown many times over.
        assert!(model.len() > 3_000);
        for (&k, &v) in &model {
            assert_eq!(table.get(k), Some(&v));
        }
        let mut seen = 0;
        table.for_each(|k, &v| {
            assert_eq!(model.get(&k), Some(&v));
            seen += 1;
        });
        assert_eq!(seen, model.len());
    }

    proptest::proptest! {
        /// Whatever keys are entered, in whatever order, each reads back
        /// its value and no other key reads one.
        #[test]
        fn every_key_entered_reads_back(
            entered in proptest::collection::vec((proptest::num::u128::ANY, 0u8..4), 0..400),
            asked in proptest::collection::vec(proptest::num::u128::ANY, 0..50),
        ) {
            let mut table = KeyTable::<u32>::default();
            let mut model = HashMap::new();
            for (n, &(k, narrow)) in entered.iter().enumerate() {
                // Narrowed keys collide on their home slots more often.
                let k = k >> (32 * u32::from(narrow));
                *table.or_default(k) += n as u32 + 1;
                *model.entry(k).or_insert(0) += n as u32 + 1;
            }
            proptest::prop_assert_eq!(table.len(), model.len());
            for (&k, &v) in &model {
                proptest::prop_assert_eq!(table.get(k), Some(&v));
            }
            for k in asked {
                proptest::prop_assert_eq!(table.get(k), model.get(&k));
            }
        }
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        let mut table = KeyTable::<u8>::default();
        assert_eq!(table.get(key(7)), None);
        assert_eq!(table.get(0), None);
        *table.or_default(key(7)) += 3;
        assert_eq!(table.get(key(7)), Some(&3));
        assert_eq!(table.get(key(8)), None);
        assert_eq!(table.get(0), None);
    }
}
