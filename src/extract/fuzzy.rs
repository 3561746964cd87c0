//! Optional fuzzy matching of misspelt technology names ("Javscript", "Kubernets").
//!
//! Only single-word, non-risky surface forms of technology skills of at least
//! `min_len` letters are candidates, and only words of at least `min_len` letters that no
//! exact mention covers are compared. A word matches a form when both start and end with
//! the same letter and their optimal-string-alignment distance (strsim) is 1, or 2 for forms
//! of 12 letters or more. Candidates are bucketed by first letter and length, so a word is
//! compared with a few dozen forms at most.

use foldhash::{HashMap, HashMapExt};

use super::context::Risk;
use super::skills::{MatchType, Mention, Pattern};
use crate::taxonomy::Taxonomy;

/// Candidate forms keyed by (first lower-case letter, length): (lower-case form, pattern).
type Buckets = HashMap<(u8, usize), Vec<(Box<str>, u32)>>;

#[derive(Debug, Clone)]
pub(crate) struct FuzzyIndex {
    /// (first lower-case letter, length) to (lower-case form, pattern index).
    buckets: Buckets,
    min_len: usize,
}

impl FuzzyIndex {
    pub(crate) fn new(
        forms: &[&str],
        patterns: &[Pattern],
        tax: &Taxonomy,
        min_len: usize,
    ) -> FuzzyIndex {
        let mut buckets = Buckets::new();
        for (i, (form, p)) in forms.iter().zip(patterns).enumerate() {
            let ok = p.risk == Risk::Safe
                && tax.skill(p.skill).tech
                && form.len() >= min_len
                && form.len() <= 40
                && form.bytes().all(|b| b.is_ascii_alphabetic());
            if ok {
                let low = form.to_ascii_lowercase();
                buckets
                    .entry((low.as_bytes()[0], low.len()))
                    .or_default()
                    .push((low.into_boxed_str(), i as u32));
            }
        }
        FuzzyIndex { buckets, min_len }
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.buckets
            .values()
            .flatten()
            .map(|(f, _)| f.len() + 24)
            .sum()
    }

    /// Adds fuzzy mentions for the words no exact mention covers; keeps `mentions` sorted.
    pub(crate) fn extend(&self, text: &str, mentions: &mut Vec<Mention>, patterns: &[Pattern]) {
        let bytes = text.as_bytes();
        let mut added = Vec::new();
        let mut covered = mentions.iter().peekable();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let end = i;
            // Only whole words: not glued to digits, underscores or non-ASCII letters.
            let glued = |b: Option<&u8>| {
                b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80)
            };
            if end - start < self.min_len
                || glued(bytes.get(end))
                || (start > 0 && glued(bytes.get(start - 1)))
            {
                continue;
            }
            while covered.peek().is_some_and(|m| m.end <= start) {
                covered.next();
            }
            if covered.peek().is_some_and(|m| m.start < end) {
                continue;
            }
            // The same rules as for exact forms: nothing in a web or e-mail address, no
            // protected characteristic in an equal-opportunity statement.
            if super::context::inside_a_link(text, start, end) {
                continue;
            }
            if let Some(p) = self.best(&text[start..end]) {
                if patterns[p as usize].look == super::skills::Look::ProtectedTrait
                    && super::context::in_equal_opportunity_statement(text, start, end)
                {
                    continue;
                }
                added.push(Mention {
                    skill: patterns[p as usize].skill,
                    start,
                    end,
                    match_type: MatchType::Fuzzy,
                });
            }
        }
        if !added.is_empty() {
            mentions.extend(added);
            mentions.sort_by_key(|m| m.start);
        }
    }

    fn best(&self, word: &str) -> Option<u32> {
        let low = word.to_ascii_lowercase();
        let b = low.as_bytes();
        let (first, last) = (b[0], b[b.len() - 1]);
        let mut best: Option<(usize, u32)> = None;
        for len in low.len().saturating_sub(2)..=low.len() + 2 {
            let Some(bucket) = self.buckets.get(&(first, len)) else {
                continue;
            };
            for (form, p) in bucket {
                if form.as_bytes()[form.len() - 1] != last || **form == *low {
                    continue;
                }
                let max = if form.len() >= 12 { 2 } else { 1 };
                if form.len().abs_diff(low.len()) > max {
                    continue;
                }
                let d = strsim::osa_distance(form, &low);
                if d <= max && best.is_none_or(|(bd, bp)| (d, *p) < (bd, bp)) {
                    best = Some((d, *p));
                }
            }
        }
        best.map(|(_, p)| p)
    }
}
