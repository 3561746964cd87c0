//! Word-level steps for the automaton: words of the text, hashed once (see
//! [`super::tokens`]), are looked up in tables of the words the surface forms are made of.
//!
//! Most words of a text begin no surface form, and most multi-word forms are whole words
//! separated by single spaces. So the scan takes each word, looks it up among the forms'
//! first words, and, while the text goes on with a space and another word, looks that word
//! up among the words that follow the ones read so far. Each table entry carries the trie
//! node reached, the form ending there, and masks of the bytes that may follow; only
//! symbols inside a form ("Node.js", "C++", "CI/CD") need a byte-by-byte walk of the trie.
//! Every entry stores its word, compared with the text's, so a hash collision never changes
//! the result.

use super::boundary::is_word_char;
use super::inflect::Inflection;
use super::tokens::{head, read_word, Word, K1, K2};
use super::trie::NONE;

/// ASCII word bytes: letters, digits, `_`.
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] as a table: one load instead of four comparisons.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

/// The first offset at or after `at` that is not inside a word which began before `at`.
#[inline]
pub(crate) fn skip_word_tail(text: &str, at: usize) -> usize {
    // Most matches end before an ASCII byte that is no word byte: nothing to skip.
    if text
        .as_bytes()
        .get(at)
        .is_none_or(|&b| b < 0x80 && !is_word_byte(b))
    {
        return at;
    }
    let glued = super::boundary::char_before(text, at).is_some_and(is_word_char);
    if glued {
        read_word(text, at).end
    } else {
        at
    }
}

/// A set of bytes, ASCII case-insensitive, in 64 bits: one bit for each of the bytes
/// 0x20..0x60 (space, digits, upper-case letters, most punctuation), lower-case letters
/// sharing their upper-case bit; every other byte is counted as present.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ByteMask(u64);

impl ByteMask {
    #[inline]
    fn bit(b: u8) -> Option<u32> {
        match b {
            0x20..=0x5F => Some(u32::from(b - 0x20)),
            b'a'..=b'z' => Some(u32::from(b - 0x40)),
            _ => None,
        }
    }

    /// Adds a byte (one without a bit of its own is always present anyway).
    pub(crate) fn insert(&mut self, b: u8) {
        if let Some(bit) = Self::bit(b) {
            self.0 |= 1u64 << bit;
        }
    }

    /// Is `b` possibly in the set?
    #[inline]
    pub(crate) fn contains(self, b: u8) -> bool {
        Self::bit(b).is_none_or(|bit| self.0 & (1u64 << bit) != 0)
    }
}

/// A state of the word automaton: the words of some forms' beginnings, read so far.
/// Identifies a [`Step`] in one of the two tables; the root is [`ROOT`].
pub(crate) type StateId = u32;

/// The state before any word.
pub(crate) const ROOT: StateId = u32::MAX;

/// Marks ids of the table of following words.
const FOLLOWING: u32 = 1 << 31;

/// Is `id` the state after a form's first word (not after a later one)?
#[inline]
pub(crate) fn after_first_word(id: StateId) -> bool {
    id != ROOT && id & FOLLOWING == 0
}

/// One state of the word automaton (one cache line).
#[derive(Debug, Clone)]
#[repr(align(64))]
pub(crate) struct Step {
    /// Bytes that continue some form right after the words read.
    pub(crate) next: ByteMask,
    /// Bytes that continue some form after the words read and one space.
    pub(crate) after_space: ByteMask,
    /// A Bloom filter of the words that follow these and a space in some form.
    followers: u64,
    /// The pattern that is exactly the words read, or `NONE`.
    pub(crate) output: u32,
    /// Where the byte trie of forms with symbols stands after the words read (`NONE` when
    /// no such form starts with them).
    pub(crate) trie_node: u32,
    /// The state before this word.
    from: StateId,
    len: u32,
    /// Offset in the long-word store of a word longer than 16 bytes.
    offset: u32,
    head: [u64; 2],
}

/// Two bits of a word's hash for a [`Step`]'s Bloom filter of followers.
#[inline]
fn follower_bits(hash: u64) -> u64 {
    (1u64 << (hash >> 58)) | (1u64 << ((hash >> 52) & 63))
}

impl Step {
    /// May the word whose hash is `hash` follow these and a space in some form?
    #[inline]
    pub(crate) fn may_be_followed_by(&self, hash: u64) -> bool {
        let bits = follower_bits(hash);
        self.followers & bits == bits
    }
}

/// The word automaton: its states in two hash tables keyed by (state before, word), one
/// for the words that start forms (small, so it stays in cache) and one for the words
/// that follow a space inside them.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordAutomaton {
    first: StepTable,
    following: StepTable,
    /// The first words that a form may start with and go on from other than with a space
    /// and a word: a form of one word, or one going on with a symbol ("node" of "Node.js").
    solo: WordFilter,
    /// The pairs of first and second words, separated by a space, that forms start with.
    pairs: WordFilter,
    /// Keys of `pairs` gathered while building, until [`WordAutomaton::seal`].
    pair_keys: Vec<u64>,
}

impl WordAutomaton {
    /// The state after the word `bytes[start..word.end]` read from `from`.
    #[inline]
    pub(crate) fn get(
        &self,
        from: StateId,
        bytes: &[u8],
        start: usize,
        word: &Word,
    ) -> Option<(StateId, &Step)> {
        if from == ROOT {
            let i = self.first.index_of(from, bytes, start, word)?;
            Some((i as StateId, &self.first.steps[i]))
        } else {
            let i = self.following.index_of(from, bytes, start, word)?;
            Some((i as StateId | FOLLOWING, &self.following.steps[i]))
        }
    }

    /// The state after the word `bytes[start..word.end]` read from `from`,
    /// added if new.
    pub(crate) fn add(
        &mut self,
        from: StateId,
        bytes: &[u8],
        start: usize,
        word: &Word,
    ) -> StateId {
        if let Some((id, _)) = self.get(from, bytes, start, word) {
            return id;
        }
        if from == ROOT {
            self.first.push(from, bytes, start, word) as StateId
        } else {
            self.following.push(from, bytes, start, word) as StateId | FOLLOWING
        }
    }

    /// The state `id`.
    pub(crate) fn step(&self, id: StateId) -> &Step {
        if id & FOLLOWING == 0 {
            &self.first.steps[id as usize]
        } else {
            &self.following.steps[(id & !FOLLOWING) as usize]
        }
    }

    /// The state `id`, to change while building.
    pub(crate) fn step_mut(&mut self, id: StateId) -> &mut Step {
        if id & FOLLOWING == 0 {
            &mut self.first.steps[id as usize]
        } else {
            &mut self.following.steps[(id & !FOLLOWING) as usize]
        }
    }

    /// Records that a form goes on from state `id` with a space and the word whose hash is
    /// `hash`.
    pub(crate) fn add_follower(&mut self, id: StateId, hash: u64) {
        self.step_mut(id).followers |= follower_bits(hash);
    }

    /// Records that a form starts with the words whose hashes are `first` and `second`,
    /// separated by a space.
    pub(crate) fn add_pair(&mut self, first: u64, second: u64) {
        self.pair_keys.push(pair_key(first, second));
    }

    /// Builds the filters of first words and pairs; call once all forms are added.
    pub(crate) fn seal(&mut self) {
        let solo: Vec<u64> = (0..self.first.steps.len())
            .filter(|&i| {
                let step = &self.first.steps[i];
                step.output != NONE || step.trie_node != NONE
            })
            .map(|i| self.first.keys[i])
            .collect();
        self.solo = WordFilter::new(&solo);
        // Many forms share their first two words ("manage ..."): sized by the distinct
        // pairs, the filter is half as large and stays in a core's L2 cache.
        let mut pairs = std::mem::take(&mut self.pair_keys);
        pairs.sort_unstable();
        pairs.dedup();
        self.pairs = WordFilter::new(&pairs);
    }

    /// May a form start with `word`, followed by a space and `next` (if it is)? Answers
    /// from two small filters, so that the common words most forms begin with ("manage",
    /// "the", "data") cost no table lookup unless the next word makes a form possible.
    #[inline]
    pub(crate) fn may_start(&self, word: &Word, next: Option<&Word>) -> bool {
        self.solo.may_contain(word.hash)
            || next.is_some_and(|next| self.pairs.may_contain(pair_key(word.hash, next.hash)))
    }

    /// Approximate heap size in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.first.memory_usage()
            + self.following.memory_usage()
            + self.solo.memory_usage()
            + self.pairs.memory_usage()
    }
}

/// Inflected first words of the taxonomy's verb phrases ("managed", "leads", "taught" of
/// "manage budgets", "lead a team", "teach English"), each with the state of its base
/// form in the [`WordAutomaton`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Inflections {
    /// The inflected words' hashes.
    filter: WordFilter,
    /// By hash: the inflected word (lower case), its base's state, and how it inflects
    /// the base.
    bases: foldhash::HashMap<u64, (Box<[u8]>, StateId, Inflection)>,
}

impl Inflections {
    /// From (inflected word in lower case, how it inflects, base's state, the hashes of
    /// the words that follow the base in forms); a word listed twice keeps its first base.
    /// Each inflected word and a word that follows its base go into the pairs of `words`
    /// ([`WordAutomaton::may_start`]), so that the scan asks for an inflection only where
    /// it asks for a form (call before [`WordAutomaton::seal`]).
    pub(crate) fn new(
        entries: Vec<(String, Inflection, StateId, &[u64])>,
        words: &mut WordAutomaton,
    ) -> Inflections {
        let mut bases = foldhash::HashMap::default();
        let mut padded = String::new();
        for (word, how, state, followers) in entries {
            padded.clear();
            padded.push_str(&word);
            padded.extend(std::iter::repeat_n('\0', 16));
            let hash = read_word(&padded, 0).hash;
            if bases.contains_key(&hash) {
                continue;
            }
            bases.insert(hash, (word.into_bytes().into_boxed_slice(), state, how));
            for &next in followers {
                words.add_pair(hash, next);
            }
        }
        let keys: Vec<u64> = bases.keys().copied().collect();
        Inflections {
            filter: WordFilter::new(&keys),
            bases,
        }
    }

    /// May `word` be an inflected word? (False positives are rare; no false negatives.)
    #[inline]
    pub(crate) fn may_hold(&self, word: &Word) -> bool {
        self.filter.may_contain(word.hash)
    }

    /// The base's state of the inflected word `bytes[start..word.end]` (in any ASCII
    /// case), and how it inflects the base.
    pub(crate) fn base(
        &self,
        bytes: &[u8],
        start: usize,
        word: &Word,
    ) -> Option<(StateId, Inflection)> {
        let (inflected, state, how) = self.bases.get(&word.hash)?;
        bytes
            .get(start..word.end)
            .is_some_and(|w| w.eq_ignore_ascii_case(inflected))
            .then_some((*state, *how))
    }

    /// Approximate heap size in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.filter.memory_usage()
            + self.bases.capacity() * (8 + std::mem::size_of::<(Box<[u8]>, StateId, Inflection)>())
            + self.bases.values().map(|(w, ..)| w.len()).sum::<usize>()
    }
}

/// The key of a pair of words in [`WordAutomaton::pairs`].
#[inline]
fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(23) ^ second).wrapping_mul(K1) ^ (first >> 17)
}

/// A Bloom filter of 64-bit keys: one 64-bit block per key, two bits set in it, about
/// sixteen bits per key (under 1% false positives).
#[derive(Debug, Clone)]
struct WordFilter {
    blocks: Vec<u64>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter { blocks: vec![0] }
    }
}

impl WordFilter {
    fn new(keys: &[u64]) -> WordFilter {
        let size = (keys.len() / 4).max(1).next_power_of_two();
        let mut filter = WordFilter {
            blocks: vec![0; size],
        };
        for &key in keys {
            let (block, bits) = filter.place(key);
            filter.blocks[block] |= bits;
        }
        filter
    }

    #[inline]
    fn place(&self, key: u64) -> (usize, u64) {
        let block = (key >> 7) as usize & (self.blocks.len() - 1);
        (block, (1u64 << (key >> 58)) | (1u64 << (key & 63)))
    }

    #[inline]
    fn may_contain(&self, key: u64) -> bool {
        let (block, bits) = self.place(key);
        self.blocks[block] & bits == bits
    }

    fn memory_usage(&self) -> usize {
        self.blocks.capacity() * 8
    }
}

/// States of the word automaton in a hash table keyed by (state before, word).
#[derive(Debug, Clone)]
struct StepTable {
    /// Open addressing, linear probing, at most half full: the key hash's high 32 bits,
    /// then one plus the index into `steps`; 0 marks an empty slot.
    slots: Vec<u64>,
    steps: Vec<Step>,
    /// The hash of each step's key, for growing the table.
    keys: Vec<u64>,
    /// The bytes of words longer than 16 bytes.
    long: Vec<u8>,
    /// One bit per key hash (a Bloom filter with one function), 4 to 8 bits per entry:
    /// small enough to stay in cache, it settles most misses without touching `slots`.
    filter: Vec<u64>,
}

impl Default for StepTable {
    fn default() -> Self {
        StepTable {
            slots: vec![0; 16],
            steps: Vec::new(),
            keys: Vec::new(),
            long: Vec::new(),
            filter: vec![0; 1],
        }
    }
}

#[inline]
fn key(from: StateId, hash: u64) -> u64 {
    if from == ROOT {
        hash
    } else {
        (hash ^ u64::from(from).wrapping_mul(K2)).wrapping_mul(K1) ^ hash >> 32
    }
}

impl StepTable {
    /// Adds the word `bytes[start..word.end]` after state `from`, and
    /// returns its index. The caller adds each (from, word) once.
    fn push(&mut self, from: StateId, bytes: &[u8], start: usize, word: &Word) -> usize {
        let len = word.end - start;
        let mut step = Step {
            next: ByteMask::default(),
            after_space: ByteMask::default(),
            followers: 0,
            output: NONE,
            trie_node: NONE,
            from,
            len: len as u32,
            offset: 0,
            head: head(bytes, start, word.end),
        };
        if len > 16 {
            step.offset = self.long.len() as u32;
            self.long
                .extend(bytes[start..word.end].iter().map(u8::to_ascii_lowercase));
        }
        let index = self.steps.len();
        self.steps.push(step);
        let key = key(from, word.hash);
        self.keys.push(key);
        if self.steps.len() * 2 > self.slots.len() {
            self.grow();
        } else {
            self.place(key, index as u64 + 1);
        }
        index
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.slots = vec![0; size];
        self.filter = vec![0; (size / 32).max(1)];
        for i in 0..self.keys.len() {
            self.place(self.keys[i], i as u64 + 1);
        }
    }

    #[inline]
    fn filter_bit(&self, key: u64) -> (usize, u64) {
        let bit = (key >> 20) as usize & (self.filter.len() * 64 - 1);
        (bit / 64, 1u64 << (bit % 64))
    }

    fn place(&mut self, key: u64, one_plus_index: u64) {
        let (word, bit) = self.filter_bit(key);
        self.filter[word] |= bit;
        let mask = self.slots.len() - 1;
        let mut at = key as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = (key >> 32) << 32 | one_plus_index;
    }

    /// Is `word` the word of `step`, one longer than 16 bytes (ASCII case-insensitively)?
    #[inline(never)]
    fn long_word_is(&self, step: &Step, word: &[u8]) -> bool {
        self.long_word(step).eq_ignore_ascii_case(word)
    }

    /// The bytes of a word longer than 16 bytes.
    fn long_word(&self, step: &Step) -> &[u8] {
        let at = step.offset as usize;
        &self.long[at..at + step.len as usize]
    }

    #[inline]
    fn index_of(&self, from: StateId, bytes: &[u8], start: usize, word: &Word) -> Option<usize> {
        let key = key(from, word.hash);
        // First words come here only when [`WordAutomaton::may_start`] said yes.
        if from != ROOT {
            let (filter_word, bit) = self.filter_bit(key);
            if self.filter[filter_word] & bit == 0 {
                return None;
            }
        }
        let mask = self.slots.len() - 1;
        let tag = key >> 32;
        let len = (word.end - start) as u32;
        let mut at = key as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == tag {
                let index = (slot & 0xFFFF_FFFF) as usize - 1;
                let step = &self.steps[index];
                if step.from == from
                    && step.len == len
                    && step.head == head(bytes, start, word.end)
                    && (len <= 16 || self.long_word_is(step, &bytes[start..word.end]))
                {
                    return Some(index);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// Approximate heap size in bytes.
    fn memory_usage(&self) -> usize {
        self.slots.capacity() * 8
            + self.filter.capacity() * 8
            + self.keys.capacity() * 8
            + self.steps.capacity() * std::mem::size_of::<Step>()
            + self.long.capacity()
    }
}
