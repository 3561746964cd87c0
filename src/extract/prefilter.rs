//! A prefilter for the automaton: the hashes of the first words of all surface forms.
//!
//! Most words of a text begin no surface form. Hashing each word once (ASCII lower-cased,
//! FNV-1a) and checking a hash set is much cheaper than walking the automaton from every
//! word start, so the automaton runs only where a form can start. A hash collision only
//! costs a wasted automaton walk; it never changes the result.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use super::boundary::is_word_char;

/// ASCII word bytes: letters, digits, `_`.
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hash of the word starting at `start` (ASCII lower-cased) and the byte offset where it ends.
#[inline]
pub(crate) fn word_hash(text: &str, start: usize) -> (u64, usize) {
    let bytes = text.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !is_word_byte(b) {
                break;
            }
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
            i += 1;
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if !is_word_char(c) {
                break;
            }
            for &cb in &bytes[i..i + c.len_utf8()] {
                h = (h ^ u64::from(cb)).wrapping_mul(FNV_PRIME);
            }
            i += c.len_utf8();
        }
    }
    (h, i)
}

/// The first offset at or after `at` that is not inside a word which began before `at`.
#[inline]
pub(crate) fn skip_word_tail(text: &str, at: usize) -> usize {
    let glued = super::boundary::char_before(text, at).is_some_and(is_word_char);
    if glued {
        word_hash(text, at).1
    } else {
        at
    }
}

/// A pass-through hasher: the keys are already FNV hashes.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// First words of the surface forms, and the symbols forms may start with.
#[derive(Debug, Clone)]
pub(crate) struct FirstWords {
    hashes: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
    symbols: [bool; 256],
}

impl Default for FirstWords {
    fn default() -> Self {
        FirstWords {
            hashes: HashSet::default(),
            symbols: [false; 256],
        }
    }
}

impl FirstWords {
    /// Registers a surface form.
    pub(crate) fn add(&mut self, form: &str) {
        let first = form.as_bytes()[0];
        let starts_with_word = form.chars().next().is_some_and(is_word_char);
        if starts_with_word {
            self.hashes.insert(word_hash(form, 0).0);
        } else {
            self.symbols[first as usize] = true;
        }
    }

    /// Might a form start with the word whose hash this is?
    #[inline]
    pub(crate) fn contains(&self, hash: u64) -> bool {
        self.hashes.contains(&hash)
    }

    /// Might a form start with this (non-word) byte?
    #[inline]
    pub(crate) fn symbol_start(&self, b: u8) -> bool {
        self.symbols[b as usize]
    }

    /// Approximate heap size in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.hashes.capacity() * 16 + 256
    }
}
