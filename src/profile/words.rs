//! Where the profile patterns can start.
//!
//! Dates, degrees, units of time and "entry level" all begin a word, and only a few words
//! can begin them ("Jan", "2018", "Bachelor", "M.S.", "years"). Instead of letting each
//! pattern scan every byte of a text, one cheap pass walks its ASCII words and each pattern
//! runs, anchored, only at the words that can start it. That finds exactly the matches a
//! scan finds, provided the set of starting words is complete: the tests compare both on
//! texts built to hit every branch.

use std::sync::OnceLock;

use crate::extract::high_bits;

/// Is `b` a word byte of an ASCII `\b`: a letter, a digit or `_`?
#[inline]
pub(crate) const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// What a word can begin.
const YEAR: u8 = 1;
const MONTH: u8 = 2;
const DECADE: u8 = 4;
const DEGREE: u8 = 8;
const CAPITALS: u8 = 16;
const DATE: u8 = 32;
const ENTRY: u8 = 64;

/// The names of months (and their short forms) and of seasons, lower case: where a date
/// may start.
pub(super) const MONTHS_AND_SEASONS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "q1",
    "q2",
    "q3",
    "q4",
];

/// The words (lower case) that can begin each pattern. Spelled degrees: "ph" of "Ph.D.",
/// "m" of "M.S.", "4" of "4-year degree". Capitalised abbreviations are matched in their
/// case afterwards.
const STARTING_WORDS: &[(u8, &[&str])] = &[
    (YEAR, &["year", "years", "yr", "yrs"]),
    (MONTH, &["month", "months", "mos"]),
    (DECADE, &["decade", "decades"]),
    (
        DEGREE,
        &[
            "ph",
            "phd",
            "doctorate",
            "doctoral",
            "d",
            "doctor",
            "j",
            "juris",
            "m",
            "mb",
            "mba",
            "master",
            "masters",
            "dipl",
            "diplom",
            "executive",
            "post",
            "postgraduate",
            "msc",
            "mtech",
            "mc",
            "mca",
            "mcom",
            "ll",
            "llm",
            "llb",
            "meng",
            "pgdm",
            "pgdba",
            "mdes",
            "b",
            "bachelor",
            "bachelors",
            "undergraduate",
            "four",
            "4",
            "bsc",
            "btech",
            "bc",
            "bca",
            "mbbs",
            "bcom",
            "beng",
            "bb",
            "bba",
            "bpharm",
            "mpharm",
            "bdes",
            "pharm",
            "bsme",
            "bsee",
            "bsce",
            "bsche",
            "bsie",
            "bscs",
            "bsit",
            "bsba",
            "msme",
            "msee",
            "msce",
            "msche",
            "msie",
            "mscs",
            "msit",
            "pharmd",
            "ed",
            "two",
            "2",
            "graduate",
            "graduation",
            "college",
            "university",
            "associate",
            "associates",
            "high",
            "secondary",
            "ged",
            "g",
            "hsc",
            "ssc",
            "10th",
            "12th",
            "dphil",
            "bcomm",
            "pg",
            "pgdip",
            "pgce",
            "pgde",
            "honours",
            "honors",
            "degree",
            "hnd",
            "hnc",
            "higher",
            "foundation",
            "advanced",
            "gcse",
            "gcses",
            "gce",
            "ncea",
            "national",
            "matric",
            "matriculation",
            "class",
            "nvq",
            "btec",
            "leaving",
            "diploma",
            "polytechnic",
        ],
    ),
    (
        CAPITALS,
        &[
            "phd", "md", "jd", "ms", "ma", "me", "msc", "mtech", "bs", "ba", "be", "bsc", "btech",
            "bcom", "beng", "aas", "as", "aa", "edd", "dnp", "dpt", "mph", "mfa", "msn", "msw",
            "bsn", "bfa", "bsw", "med", "adn", "bed", "dvm", "basc", "bscn",
        ],
    ),
    (DATE, MONTHS_AND_SEASONS),
    (
        ENTRY,
        // "enrolled" for a student's job ("Must be enrolled at a university").
        &[
            "entry", "no", "new", "recent", "fresher", "freshers", "fresh", "enrolled",
        ],
    ),
];

/// The capitalised degree abbreviations, as written ("MS", not "ms").
const CAPITALISED: &[&[u8]] = &[
    b"PhD", b"PHD", b"MD", b"JD", b"MS", b"MA", b"ME", b"MSc", b"MTech", b"BS", b"BA", b"BE",
    b"BSc", b"BTech", b"BCom", b"BEng", b"AAS", b"AS", b"AA", b"EdD", b"DNP", b"DPT", b"MPH",
    b"MFA", b"MSN", b"MSW", b"BSN", b"BFA", b"BSW", b"MEd", b"ADN", b"BEd", b"DVM", b"BASc",
    b"BScN",
];

/// A word's lookup key: its first seven bytes lower-cased, and its length (up to 255) in
/// the top byte. Words of up to seven bytes have keys of their own; longer ones may share
/// one, which only costs a pattern run that fails. `bytes[s..e]` is the word; the eight
/// bytes from `s` are read at once when the text has them.
#[inline]
fn key(bytes: &[u8], s: usize, e: usize) -> u64 {
    let n = (e - s).min(7);
    let raw = match bytes.get(s..s + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])),
        None => {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&bytes[s..s + n]);
            u64::from_le_bytes(buf)
        }
    };
    let keep = !(!0u64 << (8 * n));
    // Lower-cases letters and keeps digits; `_` becomes DEL, in no starting word.
    ((raw | 0x2020_2020_2020_2020) & keep) | (((e - s).min(255) as u64) << 56)
}

/// The starting words by key, in an open-addressed table (a quarter full).
struct KeyTable {
    keys: Vec<u64>,
    flags: Vec<u8>,
    shift: u32,
    /// For each first letter and second letter (26 for none), a bit per word length (15
    /// for 15 and longer) that some starting word of letters has: most words of a text are
    /// settled by this alone.
    shapes: [[u16; 27]; 26],
    /// `shapes` without the length, for [`KeyTable::may_begin`]: by the [`PAIR_CLASS`] of a
    /// word's first byte, a bit per class of its second byte that lets it through.
    pairs: [u32; 28],
}

/// The class of a byte for [`KeyTable::pairs`]: 0-25 an ASCII letter (either case), 26 no
/// word byte (a one-letter word ends there), 27 a digit or `_`.
static PAIR_CLASS: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = c.to_ascii_lowercase() - b'a';
        } else if c.is_ascii_digit() || c == b'_' {
            t[b] = 27;
        }
        b += 1;
    }
    t
};

impl KeyTable {
    fn get() -> &'static KeyTable {
        static TABLE: std::sync::OnceLock<KeyTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| {
            let bits = 10;
            let mut t = KeyTable {
                keys: vec![0; 1 << bits],
                flags: vec![0; 1 << bits],
                shift: 64 - bits,
                shapes: [[0; 27]; 26],
                pairs: [1 << 27; 28],
            };
            for &(flag, list) in STARTING_WORDS {
                for w in list {
                    let k = key(w.as_bytes(), 0, w.len());
                    let mut i = t.slot(k);
                    while t.flags[i] != 0 && t.keys[i] != k {
                        i = (i + 1) & (t.keys.len() - 1);
                    }
                    t.keys[i] = k;
                    t.flags[i] |= flag;
                    if w.bytes().all(|b| b.is_ascii_lowercase()) {
                        let (first, second) = KeyTable::letters(w.as_bytes());
                        t.shapes[first][second] |= KeyTable::shape(w.len());
                    }
                }
            }
            // The starting words that are not all letters begin with a digit: a word that
            // does, or that goes on with a digit or `_` after its first letter ("J2018"),
            // passes (column 27 set above), and is left to the full check.
            t.pairs[26] = u32::MAX;
            t.pairs[27] = u32::MAX;
            for (row, lengths) in t.pairs.iter_mut().zip(&t.shapes) {
                for (second, &shape) in lengths.iter().enumerate() {
                    if shape != 0 {
                        *row |= 1 << second;
                    }
                }
            }
            t
        })
    }

    /// May a word whose first byte is `first` and whose next byte is `second` (a space or
    /// other non-word byte when the word has one letter) begin some starting word? A
    /// first check for every word of a text, before its length is read.
    #[inline]
    fn may_begin(&self, first: u8, second: u8) -> bool {
        let row = self.pairs[usize::from(PAIR_CLASS[usize::from(first)])];
        row >> PAIR_CLASS[usize::from(second)] & 1 != 0
    }

    /// The bit of a word length in `shapes`.
    #[inline]
    fn shape(len: usize) -> u16 {
        1 << len.min(15)
    }

    /// The indexes in `shapes` of a word of letters: its first letter, and its second
    /// (26 when it has one letter).
    #[inline]
    fn letters(word: &[u8]) -> (usize, usize) {
        let at = |i: usize| usize::from((word[i] | 0x20).wrapping_sub(b'a'));
        (at(0), if word.len() > 1 { at(1) } else { 26 })
    }

    /// May the word of letters `word` be a starting word? (No when no starting word has
    /// its first two letters and length.)
    #[inline]
    fn may_hold_letters(&self, word: &[u8]) -> bool {
        let (first, second) = KeyTable::letters(word);
        self.shapes
            .get(first)
            .and_then(|row| row.get(second))
            .is_none_or(|&lengths| lengths & KeyTable::shape(word.len()) != 0)
    }

    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn flags_of(&self, k: u64) -> u8 {
        let mut i = self.slot(k);
        loop {
            let f = self.flags[i];
            if f == 0 || self.keys[i] == k {
                return f;
            }
            i = (i + 1) & (self.keys.len() - 1);
        }
    }
}

/// The places in a text where the profile patterns can start, found in one pass over its
/// words.
#[derive(Debug, Default)]
pub(crate) struct Starts {
    /// Units of time ("years", "Yrs", "months", "mos", "decade"): span and the unit in years.
    pub(crate) units: Vec<(usize, usize, f64)>,
    /// Words that can begin a spelled degree name.
    pub(crate) degrees: Vec<usize>,
    /// Capitalised degree abbreviations.
    pub(crate) capitals: Vec<usize>,
    /// Numbers, months and seasons.
    pub(crate) dates: Vec<usize>,
    /// "entry", "no", "new", "recent", "fresher(s)".
    pub(crate) entry: Vec<usize>,
}

/// Bit masks of 64 bytes of `bytes` from `at` (bits past the end are 0): word bytes
/// (letters, digits, `_`), and letters among them. A byte loop over a zero-padded copy,
/// which the compiler turns into vector code.
#[inline]
fn masks(bytes: &[u8], at: usize) -> (u64, u64) {
    let mut block = [0u8; 64];
    let src = &bytes[at.min(bytes.len())..];
    let n = src.len().min(64);
    block[..n].copy_from_slice(&src[..n]);
    let mut word = [0u8; 64];
    let mut alpha = [0u8; 64];
    for i in 0..64 {
        let c = block[i];
        let letter = (c | 0x20).wrapping_sub(b'a') < 26;
        let w = letter | (c.wrapping_sub(b'0') < 10) | (c == b'_');
        word[i] = u8::from(w) << 7;
        alpha[i] = u8::from(letter) << 7;
    }
    (high_bits(&word), high_bits(&alpha))
}

impl Starts {
    pub(crate) fn new(text: &str) -> Starts {
        let bytes = text.as_bytes();
        let table = KeyTable::get();
        let mut out = Starts::default();
        // The words, 64 bytes at a time: a word starts where a word byte follows a
        // non-word byte, and runs over the ones after it.
        let mut base = 0;
        let mut carry = 0u64;
        while base < bytes.len() {
            let (word, alpha) = masks(bytes, base);
            let not_letters = word & !alpha;
            let mut starts = word & !((word << 1) | carry);
            carry = word >> 63;
            while starts != 0 {
                let k = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let s = base + k;
                // Most words are settled by their first two bytes.
                let next = bytes.get(s + 1).copied().unwrap_or(b' ');
                if !table.may_begin(bytes[s], next) {
                    continue;
                }
                let run = (!(word >> k)).trailing_zeros() as usize;
                let mut e = s + run;
                // No digit or `_` in the run (the shift leaves at least one bit).
                let mut letters_only = (not_letters >> k).trailing_zeros() as usize >= run;
                if k + run == 64 {
                    // The word goes on into the next bytes.
                    while e < bytes.len() && is_word_byte(bytes[e]) {
                        letters_only &= bytes[e].is_ascii_alphabetic();
                        e += 1;
                    }
                }
                if letters_only && !table.may_hold_letters(&bytes[s..e]) {
                    continue;
                }
                out.word(table, bytes, s, e, letters_only);
            }
            base += 64;
        }
        out
    }

    /// Files `s..e` as a unit of time if `flags` say it is one.
    #[inline]
    fn unit(&mut self, s: usize, e: usize, flags: u8) {
        if flags & (YEAR | MONTH | DECADE) != 0 {
            let scale = if flags & YEAR != 0 {
                1.0
            } else if flags & MONTH != 0 {
                1.0 / 12.0
            } else {
                10.0
            };
            self.units.push((s, e, scale));
        }
    }

    /// Files the word `bytes[s..e]` under what it can begin.
    #[inline]
    fn word(&mut self, table: &KeyTable, bytes: &[u8], s: usize, e: usize, letters_only: bool) {
        let word = &bytes[s..e];
        let mut flags = table.flags_of(key(bytes, s, e));
        if word[0].is_ascii_digit() {
            flags |= DATE;
            // "5yrs", "10years", "6months": a unit glued to its number.
            let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits <= 2
                && digits < word.len()
                && word[digits..].iter().all(u8::is_ascii_alphabetic)
            {
                let unit = table.flags_of(key(bytes, s + digits, e)) & (YEAR | MONTH | DECADE);
                self.unit(s + digits, e, unit);
            }
        } else if !letters_only {
            // "Jan2018", "April2018x": the letters in front decide.
            let letters = word
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(word.len());
            flags |= table.flags_of(key(bytes, s, s + letters)) & DATE;
        }
        if flags == 0 {
            return;
        }
        self.unit(s, e, flags);
        if flags & DEGREE != 0 {
            self.degrees.push(s);
        }
        if flags & CAPITALS != 0 && CAPITALISED.contains(&word) {
            self.capitals.push(s);
        }
        if flags & DATE != 0 {
            self.dates.push(s);
        }
        if flags & ENTRY != 0 {
            self.entry.push(s);
        }
    }
}

/// A constant list of phrases, searched for all at once (a SIMD searcher for a few literals,
/// or an automaton where the processor lacks the instructions; built on first use).
pub(crate) struct Needles {
    phrases: &'static [&'static str],
    /// Match ASCII letters in either case.
    any_case: bool,
    automaton: OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// A SIMD searcher of the phrases as written, for [`Needles::in_lower`] (none where the
    /// processor lacks the instructions).
    packed: OnceLock<Option<aho_corasick::packed::Searcher>>,
}

impl Needles {
    /// Phrases matched as written.
    pub(crate) const fn new(phrases: &'static [&'static str]) -> Needles {
        Needles {
            phrases,
            any_case: false,
            automaton: OnceLock::new(),
            packed: OnceLock::new(),
        }
    }

    /// Phrases (lower case) matched in any ASCII case.
    pub(crate) const fn any_case(phrases: &'static [&'static str]) -> Needles {
        Needles {
            phrases,
            any_case: true,
            automaton: OnceLock::new(),
            packed: OnceLock::new(),
        }
    }

    /// Does `lower`, a haystack whose ASCII letters are lower case already
    /// ([`str::to_ascii_lowercase`]), contain one of the phrases (all lower case)? A SIMD
    /// search for the few phrases, several times faster than an automaton over the bytes.
    pub(crate) fn in_lower(&self, lower: &str) -> bool {
        self.debug_assert_lower();
        match self.packed() {
            Some(searcher) => searcher.find(lower).is_some(),
            None => self.in_text(lower),
        }
    }

    /// The SIMD searcher of the phrases, built on first use (none where the processor
    /// lacks the instructions).
    fn packed(&self) -> Option<&aho_corasick::packed::Searcher> {
        let packed = self.packed.get_or_init(|| {
            let mut builder = aho_corasick::packed::Config::new().builder();
            builder.extend(self.phrases);
            builder.build()
        });
        packed.as_ref()
    }

    /// Where the last of the phrases found in `lower` (lower-cased, as for
    /// [`Needles::in_lower`]) starts, scanning left to right without overlaps.
    pub(crate) fn last_in_lower(&self, lower: &str) -> Option<usize> {
        self.last_span_in_lower(lower).map(|(start, _)| start)
    }

    /// Where the last of the phrases found in `lower` starts and ends, as for
    /// [`Needles::last_in_lower`].
    pub(crate) fn last_span_in_lower(&self, lower: &str) -> Option<(usize, usize)> {
        self.debug_assert_lower();
        match self.packed() {
            Some(searcher) => searcher
                .find_iter(lower)
                .last()
                .map(|m| (m.start(), m.end())),
            None => self
                .phrases
                .iter()
                .filter_map(|p| lower.rfind(p).map(|at| (at, at + p.len())))
                .max(),
        }
    }

    /// The searches of lower-cased text need phrases in lower case.
    fn debug_assert_lower(&self) {
        debug_assert!(self
            .phrases
            .iter()
            .all(|p| !p.bytes().any(|b| b.is_ascii_uppercase())));
    }

    /// Where the phrases, matched as written, are in `haystack`: the start and end of
    /// each, left to right, without overlaps (the SIMD searcher where the processor has
    /// it, else the automaton).
    pub(crate) fn spans_in(&self, haystack: &str) -> Vec<(usize, usize)> {
        debug_assert!(!self.any_case);
        let spans = |m: aho_corasick::Match| (m.start(), m.end());
        match self.packed() {
            Some(searcher) => searcher.find_iter(haystack).map(spans).collect(),
            None => self
                .automaton()
                .map_or_else(Vec::new, |ac| ac.find_iter(haystack).map(spans).collect()),
        }
    }

    /// The automaton of the phrases, built on first use (none if it cannot be built).
    fn automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(self.any_case)
                    .build(self.phrases)
                    .ok()
            })
            .as_ref()
    }

    /// Does `haystack` contain one of the phrases? (The automaton, where the processor has
    /// no SIMD searcher.)
    pub(crate) fn in_text(&self, haystack: &str) -> bool {
        match self.automaton() {
            Some(ac) => ac.is_match(haystack),
            None if self.any_case => {
                let lower = haystack.to_ascii_lowercase();
                self.phrases.iter().any(|p| lower.contains(p))
            }
            None => self.phrases.iter().any(|p| haystack.contains(p)),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::profile::anchored::WordPattern;

    /// The ASCII words of `text` (maximal runs of letters, digits and `_`) as byte ranges.
    pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        let b = text.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() && !is_word_byte(b[i]) {
                i += 1;
            }
            if i == b.len() {
                return None;
            }
            let start = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            Some((start, i))
        })
    }

    #[test]
    fn words_are_runs_of_letters_digits_and_underscores() {
        let text = "C++ and Node.js, 3+ yrs; snake_case é2";
        let got: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            ["C", "and", "Node", "js", "3", "yrs", "snake_case", "2"]
        );
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" -- ").count(), 0);
    }

    #[test]
    fn the_first_two_bytes_let_every_starting_word_through() {
        let table = KeyTable::get();
        let pass = |w: &[u8]| table.may_begin(w[0], w.get(1).copied().unwrap_or(b' '));
        for &(_, list) in STARTING_WORDS {
            for w in list.iter() {
                for form in [w.to_string(), w.to_uppercase(), format!("{w}2018")] {
                    assert!(pass(form.as_bytes()), "{form}");
                }
            }
        }
        // Numbers, and a letter then a digit ("J2018"), are left to the full check.
        assert!(pass(b"2018") && pass(b"4-year") && pass(b"J2018") && pass(b"_x"));
        // Most words of running text begin nothing.
        for w in ["the", "and", "of", "Python", "team", "skills", "Kubernetes"] {
            assert!(!pass(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn byte_masks_agree_with_the_byte_classes() {
        let all: Vec<u8> = (0..=255u8).collect();
        for at in [0, 64, 128, 192, 250] {
            let (word, alpha) = masks(&all, at);
            for k in 0..64 {
                let b = all.get(at + k).copied();
                assert_eq!(word >> k & 1 == 1, b.is_some_and(is_word_byte), "{b:?}");
                assert_eq!(
                    alpha >> k & 1 == 1,
                    b.is_some_and(|b| b.is_ascii_alphabetic()),
                    "{b:?}"
                );
            }
        }
    }

    #[test]
    fn the_simd_search_and_the_automaton_agree() {
        static ANY: Needles = Needles::any_case(&["a plus", "nice to have", "bonus"]);
        static EXACT: Needles = Needles::new(&["in lieu of", "old"]);
        for text in [
            "",
            "a",
            "Go is A PLUS",
            "a  plus",
            "nice to have: rust",
            "eligible for a bonus, and more",
            "in lieu of a degree",
            "a 20-year-old company",
            "ünïcode bonus ✓",
            "nothing here at all, even in a line far longer than thirty-two bytes",
        ] {
            let lower = text.to_ascii_lowercase();
            for n in [&ANY, &EXACT] {
                assert_eq!(n.in_lower(&lower), n.in_text(&lower), "{text}");
            }
            assert_eq!(ANY.in_lower(&lower), ANY.in_text(text), "{text}");
        }
        assert!(ANY.in_lower("go is a plus") && EXACT.in_lower("20-year-old"));
        assert!(!ANY.in_lower("plus") && !EXACT.in_lower("in lieu"));
    }

    #[test]
    fn the_word_filter_keeps_every_starting_word() {
        let table = KeyTable::get();
        for &(_, list) in STARTING_WORDS {
            for w in list
                .iter()
                .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
            {
                for word in [w.to_string(), w.to_ascii_uppercase()] {
                    assert!(table.may_hold_letters(word.as_bytes()), "{word}");
                }
            }
        }
        for w in ["and", "for", "the", "you", "with"] {
            assert!(!table.may_hold_letters(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn words_across_every_64_byte_boundary_are_read_whole() {
        for pad in 0..200 {
            for filler in ["a", "_", "9", " "] {
                let text = format!(
                    "{} 5 years Jan2018 decadent{}",
                    filler.repeat(pad),
                    "b".repeat(pad % 70)
                );
                let st = Starts::new(&text);
                let at = |w: &str| text.find(w).unwrap();
                let units: Vec<usize> = st.units.iter().map(|u| u.0).collect();
                assert_eq!(units, [at(" years") + 1], "{text}");
                let mut dates = vec![at(" 5 ") + 1, at("Jan2018")];
                if filler == "9" && pad > 0 {
                    dates.insert(0, 0);
                }
                assert_eq!(st.dates, dates, "{text}");
                assert!(st.degrees.is_empty() && st.entry.is_empty());
            }
        }
    }

    #[test]
    fn starts_sort_words_by_what_they_can_begin() {
        let text = "5+ YEARS, 18 mos; a Decade. Jan2018-Sept 2019; M.S. or MS, not ms; \
                    entry-level; new grads; my_years yearly";
        let st = Starts::new(text);
        let word = |s: usize| {
            let e = s + text[s..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(0);
            &text[s..e]
        };
        let units: Vec<(&str, f64)> = st.units.iter().map(|&(s, e, k)| (&text[s..e], k)).collect();
        assert_eq!(
            units,
            [("YEARS", 1.0), ("mos", 1.0 / 12.0), ("Decade", 10.0)]
        );
        let dates: Vec<&str> = st.dates.iter().map(|&s| word(s)).collect();
        assert_eq!(dates, ["5", "18", "Jan2018", "Sept", "2019"]);
        let degrees: Vec<&str> = st.degrees.iter().map(|&s| word(s)).collect();
        assert_eq!(degrees, ["M"]);
        let capitals: Vec<&str> = st.capitals.iter().map(|&s| word(s)).collect();
        assert_eq!(capitals, ["MS"]);
        let entry: Vec<&str> = st.entry.iter().map(|&s| word(s)).collect();
        assert_eq!(entry, ["entry", "new"]);
    }

    /// Test support: a text of `pieces`, each followed by one of `seps`, as `picks` says.
    pub(crate) fn text_of(pieces: &[&str], seps: &[&str], picks: &[(usize, usize)]) -> String {
        picks
            .iter()
            .map(|&(p, s)| format!("{}{}", pieces[p], seps[s]))
            .collect()
    }

    /// Test support: asserts that `pattern` run anchored at `pick(Starts::new(text))` finds
    /// what the pattern finds by scanning every byte, group by group.
    pub(crate) fn assert_same_as_scanning(
        pattern: &str,
        pick: fn(&Starts) -> &Vec<usize>,
        text: &str,
    ) {
        let scan = regex::Regex::new(pattern).unwrap();
        let want: Vec<Vec<Option<(usize, usize)>>> = scan
            .captures_iter(text)
            .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
            .collect();
        let starts = Starts::new(text);
        let p = WordPattern::new(pattern);
        let got: Vec<Vec<Option<(usize, usize)>>> =
            p.matches(text, pick(&starts)).map(|m| m.spans()).collect();
        assert_eq!(got, want, "{text:?}");
    }
}
