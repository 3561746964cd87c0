//! The words of a text, found 64 bytes at a time.
//!
//! Before the scan, one pass over the text classifies its bytes 64 at a time (in vector
//! code) into two bit masks: a bit per byte telling whether it belongs to a word, and a bit
//! per byte where a symbol stands (an ASCII byte that is neither a word byte nor white
//! space, or a non-ASCII char that is no letter or digit), which may start a form such as
//! ".NET". The scan then jumps from word start to word start with bit operations, and
//! hashes a word from two eight-byte loads of the text (more for words over 16 bytes): it
//! never copies a word. Texts with non-ASCII chars get a second pass, which decodes those
//! chars only.
//!
//! The hash folds case by setting bit 5 of every byte, one operation per eight bytes. That
//! makes ASCII letters lower case and leaves digits and `_` distinct; it also merges some
//! non-ASCII bytes, so two different words may share a hash, which costs only a comparison:
//! the word tables compare a word's bytes, ASCII lower-cased, before they accept it.
//!
//! Word chars are ASCII letters, digits and `_`, and non-ASCII alphanumerics (the same as
//! [`is_word_char`]); texts without non-ASCII bytes never decode a char.

use std::cell::Cell;

use super::boundary::is_word_char;
use super::prefilter::is_word_byte;

/// The high bit of each of eight bytes, gathered into the low eight bits.
#[inline(always)]
fn gather(high_bits: u64) -> u64 {
    // Bit 8i (after the shift) times 2^(56 - 7i) lands on bit 56 + i; no two partial
    // products meet, so nothing carries.
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Classifies 64 bytes: (a bit per word byte, a bit per symbol byte: ASCII, no word byte,
/// no white space; whether any byte is not ASCII). Written a byte at a time in a form the
/// compiler turns into vector code.
#[inline(always)]
fn classify64(src: &[u8; 64]) -> (u64, u64, bool) {
    // 0x80 for a byte of the class, 0 otherwise: the loop becomes vector code, and
    // [`gather`] turns eight such bytes into eight bits.
    let mut word = [0u8; 64];
    let mut punct = [0u8; 64];
    let mut high = 0u8;
    for i in 0..64 {
        let c = src[i];
        let letter = (c | 0x20).wrapping_sub(b'a') < 26;
        let w = letter | (c.wrapping_sub(b'0') < 10) | (c == b'_');
        word[i] = u8::from(w) << 7;
        let space = c == b' ' || c.wrapping_sub(b'\t') < 5;
        punct[i] = u8::from(!w & !space & (c < 0x80)) << 7;
        high |= c;
    }
    (high_bits(&word), high_bits(&punct), high >= 0x80)
}

/// The high bits of 64 bytes, as a 64-bit mask.
#[inline(always)]
pub(crate) fn high_bits(flags: &[u8; 64]) -> u64 {
    let mut mask = 0;
    for (k, chunk) in flags.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        mask |= gather(u64::from_le_bytes(b)) << (8 * k);
    }
    mask
}

/// The buffers of [`Tokens`], kept per thread between texts.
#[derive(Default)]
struct Buffers {
    word: Vec<u64>,
    symbol: Vec<u64>,
}

/// Buffers for texts up to this size are kept per thread for the next text (4 MiB of them
/// at most).
const KEEP: usize = 1 << 24;

thread_local! {
    static SPARE: Cell<Buffers> = const {
        Cell::new(Buffers { word: Vec::new(), symbol: Vec::new() })
    };
}

/// The shortest line whose line break may fall inside a name of several words: a line of
/// running text wrapped by a converter, not a heading or a short list item.
pub(crate) const WRAPPED_LINE: usize = 30;

/// May byte `b` open a gap that parts the words of a form ([`Tokens::next_word_after`]): a
/// space, a line break, or the first byte of a no-break (U+00A0) or typographic space
/// (U+2000..U+200A, U+202F, U+205F)?
#[inline]
pub(crate) fn may_open_gap(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | 0xC2 | 0xE2)
}

/// A text's bytes classified for the scan (see the module documentation).
pub(crate) struct Tokens<'t> {
    bytes: &'t [u8],
    /// Bit `k` of entry `b`: byte `64 b + k` belongs to a word. Entry `n / 64` exists for
    /// a text of `n` bytes; bits past the end are zero.
    word: Vec<u64>,
    /// Bit `k` of entry `b`: byte `64 b + k` is a symbol (an ASCII byte that is neither a
    /// word byte nor white space) or starts a non-ASCII char that is not a word char. Bits
    /// past the end are zero.
    symbol: Vec<u64>,
}

impl<'t> Tokens<'t> {
    /// Classifies `text` and calls `f` with the result.
    pub(crate) fn with<R>(text: &str, f: impl FnOnce(&Tokens<'_>) -> R) -> R {
        // `try_with`: a thread-local being destroyed (extraction called from another one's
        // `Drop`) gets fresh buffers.
        let spare = SPARE.try_with(Cell::take).unwrap_or_default();
        let tokens = Tokens::new(text, spare);
        let out = f(&tokens);
        if tokens.word.capacity() <= KEEP / 64 + 1 {
            let buffers = Buffers {
                word: tokens.word,
                symbol: tokens.symbol,
            };
            // Nothing to keep them for when the thread is ending.
            let _ = SPARE.try_with(|spare| spare.set(buffers));
        }
        out
    }

    fn new(text: &'t str, buffers: Buffers) -> Tokens<'t> {
        let Buffers {
            mut word,
            mut symbol,
        } = buffers;
        let bytes = text.as_bytes();
        let blocks = bytes.len() / 64 + 1;
        word.clear();
        word.reserve(blocks);
        symbol.clear();
        symbol.reserve(blocks);
        let mut high = false;
        // `len`: how many of the block's bytes are the text's; the zero padding after them
        // is a symbol byte, which must not be one past the end.
        let mut push = |block: &[u8; 64], len: usize| {
            let (w, p, h) = classify64(block);
            word.push(w);
            let inside = if len == 64 {
                u64::MAX
            } else {
                (1u64 << len) - 1
            };
            symbol.push(p & inside);
            high |= h;
        };
        let mut sources = bytes.chunks_exact(64);
        for src in sources.by_ref() {
            let mut block = [0u8; 64];
            block.copy_from_slice(src);
            push(&block, 64);
        }
        // The last, partial block (empty when the text's length is a multiple of 64).
        let tail = sources.remainder();
        let mut block = [0u8; 64];
        block[..tail.len()].copy_from_slice(tail);
        push(&block, tail.len());
        let mut tokens = Tokens {
            bytes,
            word,
            symbol,
        };
        if high {
            tokens.mark_non_ascii(text);
        }
        tokens
    }

    /// Marks the bytes of non-ASCII word chars as word bytes, and the first byte of every
    /// other non-ASCII char as a symbol. Only the chars are decoded, found 64 bytes at a
    /// time by their first bytes.
    #[cold]
    fn mark_non_ascii(&mut self, text: &str) {
        for (b, block) in text.as_bytes().chunks(64).enumerate() {
            let mut leads = [0u8; 64];
            let mut any = 0u8;
            for (lead, &c) in leads.iter_mut().zip(block) {
                // The first byte of a non-ASCII char is 0xC0 or above; 0x80..0xC0 go on one.
                *lead = u8::from(c >= 0xC0) << 7;
                any |= c;
            }
            if any < 0x80 {
                continue;
            }
            let mut leads = high_bits(&leads);
            while leads != 0 {
                let at = b * 64 + leads.trailing_zeros() as usize;
                leads &= leads - 1;
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    continue;
                };
                if is_word_char(c) {
                    for i in at..at + c.len_utf8() {
                        self.word[i / 64] |= 1 << (i % 64);
                    }
                } else {
                    self.symbol[at / 64] |= 1 << (at % 64);
                }
            }
        }
    }

    /// Is byte `i` part of a word?
    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.word
            .get(i / 64)
            .is_some_and(|&bits| (bits >> (i % 64)) & 1 != 0)
    }

    /// Where the next word starts when the word that ends at `at` is followed by a gap that
    /// may part the words of a form: one space (the common case, answered first), or a
    /// short run of other white space, as converted documents write it: two blanks (spaces,
    /// no-break or typographic spaces: "machine\u{a0}learning"; not a tab, which parts the
    /// cells of a table), or one line break inside running
    /// text ("machine\nlearning": the line before it at least [`WRAPPED_LINE`] bytes long,
    /// and the words on either side in lower case, so that a heading and the line under it
    /// are never read as one name).
    #[inline]
    pub(crate) fn next_word_after(&self, at: usize) -> Option<usize> {
        match self.bytes.get(at) {
            Some(b' ') if self.is_word(at + 1) => Some(at + 1),
            Some(&b) if may_open_gap(b) => self.next_word_after_gap(at),
            _ => None,
        }
    }

    /// [`Tokens::next_word_after`] past anything but one space.
    #[cold]
    fn next_word_after_gap(&self, at: usize) -> Option<usize> {
        let bytes = self.bytes;
        // Most calls are settled at once: a space before a symbol ("Python (", "SQL - "),
        // a line break after a word that does not end in lower case.
        let blank_or_break = |b: Option<&u8>| b.is_some_and(|&b| may_open_gap(b));
        match bytes[at] {
            b' ' if !blank_or_break(bytes.get(at + 1)) => return None,
            b'\n' | b'\r' if !(at > 0 && bytes[at - 1].is_ascii_lowercase()) => return None,
            _ => {}
        }
        let mut i = at;
        let mut blanks = 0;
        let mut line_break = false;
        loop {
            let n = match bytes.get(i..)? {
                [b' ', ..] => 1,
                [0xC2, 0xA0, ..] => 2,
                // U+2000..U+200A (the typographic spaces), U+202F, U+205F.
                [0xE2, 0x80, 0x80..=0x8A | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
                [b'\r', b'\n', ..] | [b'\n', ..] if !line_break => {
                    line_break = true;
                    i += if bytes[i] == b'\r' { 2 } else { 1 };
                    continue;
                }
                _ => break,
            };
            blanks += 1;
            if blanks > 2 {
                return None;
            }
            i += n;
        }
        if i == at || !self.is_word(i) {
            return None;
        }
        if line_break {
            let lower = |b: Option<&u8>| b.is_some_and(u8::is_ascii_lowercase);
            let wrapped = || {
                let line = &bytes[at.saturating_sub(WRAPPED_LINE)..at];
                line.len() == WRAPPED_LINE && !line.contains(&b'\n')
            };
            if !(lower(bytes.get(i))
                && at.checked_sub(1).is_some_and(|k| lower(bytes.get(k)))
                && wrapped())
            {
                return None;
            }
        }
        Some(i)
    }

    /// The end of the word starting at `start` (`start` itself when no word is there).
    #[inline]
    pub(crate) fn word_end(&self, start: usize) -> usize {
        let mut b = start / 64;
        let Some(&bits) = self.word.get(b) else {
            return start;
        };
        let mut stops = !bits & (u64::MAX << (start % 64));
        while stops == 0 {
            b += 1;
            // The last entry's bits past the text's end are zero, so this ends there.
            stops = !self.word.get(b).copied().unwrap_or(0);
        }
        b * 64 + stops.trailing_zeros() as usize
    }

    /// The word starting at `start` (a word start).
    #[inline]
    pub(crate) fn word(&self, start: usize) -> Word {
        Word::of(self.bytes, start, self.word_end(start))
    }

    /// The places the scan stops at, from byte `from` on: word starts and symbols.
    pub(crate) fn stops(&self, from: usize) -> Stops<'_, 't> {
        let mut stops = Stops {
            tokens: self,
            block: usize::MAX,
            bits: 0,
            starts: 0,
        };
        stops.seek(from);
        stops
    }

    /// The stops of entry `b`: (all of them, the word starts among them).
    #[inline]
    fn stops_in(&self, b: usize) -> (u64, u64) {
        let Some(&w) = self.word.get(b) else {
            return (0, 0);
        };
        let carry = match b.checked_sub(1) {
            Some(before) => self.word[before] >> 63,
            None => 0,
        };
        let starts = w & !((w << 1) | carry);
        (starts | self.symbol[b], starts)
    }
}

/// The word starts and symbols of a text in order, from a position that only moves on.
pub(crate) struct Stops<'a, 't> {
    tokens: &'a Tokens<'t>,
    /// The entry of [`Tokens::word`] that `bits` belong to.
    block: usize,
    /// The stops of `block` not yet passed.
    bits: u64,
    /// Those of `bits` that are word starts.
    starts: u64,
}

impl Stops<'_, '_> {
    /// Moves on to byte `at`, past the last stop returned.
    #[inline]
    pub(crate) fn seek(&mut self, at: usize) {
        let b = at / 64;
        if b != self.block {
            self.block = b;
            (self.bits, self.starts) = self.tokens.stops_in(b);
        }
        self.bits &= u64::MAX << (at % 64);
    }

    /// The first stop at or after the position (which stays where it is), and whether a
    /// word starts there (else it is a symbol).
    #[inline]
    pub(crate) fn first(&mut self) -> Option<(usize, bool)> {
        while self.bits == 0 {
            if self.block + 1 >= self.tokens.word.len() {
                return None;
            }
            self.block += 1;
            (self.bits, self.starts) = self.tokens.stops_in(self.block);
        }
        let k = self.bits.trailing_zeros();
        Some((self.block * 64 + k as usize, (self.starts >> k) & 1 != 0))
    }
}

pub(crate) const K1: u64 = 0x9E37_79B9_7F4A_7C15;
pub(crate) const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

#[inline(always)]
pub(crate) fn mix(h: u64, chunk: u64) -> u64 {
    (h ^ chunk).wrapping_mul(K1).rotate_left(31)
}

/// A word of a text: where it ends and its hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Word {
    pub(crate) end: usize,
    pub(crate) hash: u64,
}

/// `MASKS[n]`: the low `n` bytes of a 64-bit word.
static MASKS: [u64; 9] = {
    let mut masks = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        masks[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// Bit 5 of every byte: set, it lower-cases ASCII letters.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The eight bytes from `at`, zero-padded past the end, little-endian.
#[inline(always)]
fn load(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            u64::from_le_bytes(b)
        }
        None => load_short(bytes, at),
    }
}

/// [`load`] within eight bytes of the end.
#[cold]
#[inline(never)]
fn load_short(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    let tail = bytes.get(at..).unwrap_or(&[]);
    let n = tail.len().min(8);
    b[..n].copy_from_slice(&tail[..n]);
    u64::from_le_bytes(b)
}

/// Eight bytes with ASCII upper case lowered.
#[inline(always)]
fn lower8(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = !x & HIGH;
    let x7 = x & 0x7F7F_7F7F_7F7F_7F7F;
    // The high bit of each byte from 'A' and of each from 'Z' + 1.
    let from_a = (x7 + 0x3F3F_3F3F_3F3F_3F3F) & HIGH;
    let past_z = (x7 + 0x2525_2525_2525_2525) & HIGH;
    x | ((from_a & !past_z & ascii) >> 2)
}

/// The 16 bytes from `start` (zero-padded past the end), little-endian.
#[inline(always)]
fn load16(bytes: &[u8], start: usize) -> (u64, u64) {
    match bytes.get(start..start + 16) {
        Some(b) => {
            let (mut lo, mut hi) = ([0u8; 8], [0u8; 8]);
            lo.copy_from_slice(&b[..8]);
            hi.copy_from_slice(&b[8..]);
            (u64::from_le_bytes(lo), u64::from_le_bytes(hi))
        }
        None => (load_short(bytes, start), load_short(bytes, start + 8)),
    }
}

/// The first 16 bytes of the word `bytes[start..end]`, ASCII lower-cased and zero-padded:
/// how the word tables store their words.
#[inline]
pub(crate) fn head(bytes: &[u8], start: usize, end: usize) -> [u64; 2] {
    let len = end - start;
    let (c0, c1) = load16(bytes, start);
    [
        lower8(c0 & MASKS[len.min(8)]),
        lower8(c1 & MASKS[len.saturating_sub(8).min(8)]),
    ]
}

impl Word {
    /// The word `bytes[start..end]`.
    #[inline(always)]
    pub(crate) fn of(bytes: &[u8], start: usize, end: usize) -> Word {
        let len = end - start;
        let (c0, c1) = load16(bytes, start);
        let c0 = (c0 | FOLD) & MASKS[len.min(8)];
        let c1 = (c1 | FOLD) & MASKS[len.saturating_sub(8).min(8)];
        let mut h = mix(mix(0, c0), c1);
        if len > 16 {
            h = Self::mix_tail(bytes, start + 16, end, h);
        }
        let h = (h ^ len as u64).wrapping_mul(K2);
        Word {
            end,
            hash: h ^ (h >> 29),
        }
    }

    /// Mixes on the bytes of a word past its first 16.
    #[inline(never)]
    fn mix_tail(bytes: &[u8], mut at: usize, end: usize, mut h: u64) -> u64 {
        while at < end {
            let n = end - at;
            h = mix(h, (load(bytes, at) | FOLD) & MASKS[n.min(8)]);
            at += 8;
        }
        h
    }
}

/// Reads the word starting at `start` in `text` (a char boundary where a word char starts,
/// or the word is empty), as [`Tokens::word`] would.
pub(crate) fn read_word(text: &str, start: usize) -> Word {
    let bytes = text.as_bytes();
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        if b < 0x80 {
            if !is_word_byte(b) {
                break;
            }
            end += 1;
        } else {
            match text[end..].chars().next() {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    Word::of(bytes, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every stop and word a byte-by-byte reading finds.
    fn slow_stops(text: &str) -> Vec<(usize, Option<Word>)> {
        let mut out = Vec::new();
        let mut previous_word = false;
        for (at, c) in text.char_indices() {
            let word = is_word_char(c);
            if word && !previous_word {
                out.push((at, Some(read_word(text, at))));
            } else if !(word || c == ' ' || ('\t'..='\r').contains(&c)) {
                out.push((at, None));
            }
            previous_word = word;
        }
        out
    }

    fn fast_stops(text: &str) -> Vec<(usize, Option<Word>)> {
        Tokens::with(text, |t| {
            let mut stops = t.stops(0);
            let mut out = Vec::new();
            while let Some((at, word)) = stops.first() {
                assert_eq!(word, t.is_word(at));
                out.push((at, word.then(|| t.word(at))));
                stops.seek(at + 1);
            }
            out
        })
    }

    #[test]
    fn words_and_symbols_are_found_as_a_char_by_char_reading_finds_them() {
        let long = "x".repeat(70) + " Supercalifragilistic_expialidocious2 end";
        for text in [
            "",
            "python",
            "Python3 rest",
            "machine_learning, C++ and .NET!",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ and",
            "kubernetes!\n\tdocker ~ [go] {x} @home 100%\r\n\u{b}\u{c}",
            "\u{0}x\u{1}y\u{7f}z \u{1b}[0m",
            "café au lait, naïve—yes; 日本語 • Go",
            "éJava go— C#",
            long.as_str(),
        ] {
            assert_eq!(fast_stops(text), slow_stops(text), "{text:?}");
        }
    }

    #[test]
    fn the_gaps_that_part_the_words_of_a_form() {
        // (text, where the first word ends, where the next word starts if the gap parts
        // the words of a form).
        let long = "we are looking for people with experience in machine";
        let cases: Vec<(String, usize, Option<usize>)> = vec![
            ("data science".into(), 4, Some(5)),
            ("data  science".into(), 4, Some(6)),
            ("data\u{a0}science".into(), 4, Some(6)),
            ("data \u{a0}science".into(), 4, Some(7)),
            ("data\u{2009}science".into(), 4, Some(7)),
            ("data\u{202f}science".into(), 4, Some(7)),
            // Three blanks are a column gap; a tab parts a table's cells.
            ("data   science".into(), 4, None),
            ("data\tscience".into(), 4, None),
            ("data \tscience".into(), 4, None),
            // A symbol or the text's end after the gap.
            ("data (science".into(), 4, None),
            ("data  ".into(), 4, None),
            ("data".into(), 4, None),
            ("data\u{2013}science".into(), 4, None),
            // A line break inside running text: a long line, lower case on both sides.
            (
                format!("{long}\nlearning"),
                long.len(),
                Some(long.len() + 1),
            ),
            (
                format!("{long}\r\nlearning"),
                long.len(),
                Some(long.len() + 2),
            ),
            (
                format!("{long} \n learning"),
                long.len(),
                Some(long.len() + 3),
            ),
            (format!("{long}\nLearning"), long.len(), None),
            (format!("{long}\n\nlearning"), long.len(), None),
            ("Skills\nmanagement".into(), 6, None),
            ("short line of text\nlearning".into(), 18, None),
        ];
        for (text, at, want) in cases {
            let got = Tokens::with(&text, |t| t.next_word_after(at));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn a_word_hashes_the_same_in_any_casing() {
        for text in [
            "Python",
            "KUBERNETES",
            "Machine_Learning_Engineering_X",
            "Café",
        ] {
            let lower = text.to_ascii_lowercase();
            assert_eq!(read_word(text, 0), read_word(&lower, 0));
            let w = Tokens::with(text, |t| t.word(0));
            assert_eq!(w, read_word(text, 0));
        }
        assert_ne!(read_word("abc", 0).hash, read_word("abd", 0).hash);
        assert_ne!(
            read_word("abcdefgh", 0).hash,
            read_word("abcdefgh0", 0).hash
        );
        assert_eq!(read_word("go—", 0).end, 2);
        // The tables' copy of a word: lower-cased ASCII letters, other bytes as they are.
        let upper = "PYTHON_3.12 ÉTÉ";
        let lower = "python_3.12 été";
        assert_eq!(head(upper.as_bytes(), 0, 8), head(lower.as_bytes(), 0, 8));
        assert_eq!(
            head(upper.as_bytes(), 0, 8),
            [u64::from_le_bytes(*b"python_3"), 0]
        );
        assert_ne!(
            head(upper.as_bytes(), 12, 16),
            head(lower.as_bytes(), 12, 16)
        );
        assert_eq!(
            head(b"@[`{", 0, 4),
            [u64::from_le_bytes(*b"@[`{\0\0\0\0"), 0]
        );
        assert_eq!(read_word("", 0).end, 0);
    }
}
