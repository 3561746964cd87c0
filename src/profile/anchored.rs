//! Patterns run anchored at chosen places of a text: the words where [`Starts`] says they
//! can begin (see [`super::words`]). A pattern with capture groups ([`WordPattern`]),
//! several patterns as one automaton without groups ([`WordSet`]), and a pattern read part by
//! part, each part a search without groups ([`ChainPattern`]).

#[cfg(doc)]
use super::words::Starts;
use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

/// A matched group: its byte span and text, like `regex::Match`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Group<'t> {
    /// The group `text[start..end]` (empty if that is no slice of `text`).
    pub(crate) fn new(text: &'t str, start: usize, end: usize) -> Group<'t> {
        Group {
            start,
            end,
            text: text.get(start..end).unwrap_or(""),
        }
    }
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }
}

/// A match of a [`WordPattern`], with its named groups.
pub(crate) struct WordMatch<'t> {
    text: &'t str,
    caps: Captures,
}

impl<'t> WordMatch<'t> {
    fn group(&self, span: Option<regex_automata::Span>) -> Option<Group<'t>> {
        let s = span?;
        Some(Group {
            start: s.start,
            end: s.end,
            text: self.text.get(s.start..s.end)?,
        })
    }

    /// The whole match.
    pub(crate) fn whole(&self) -> Option<Group<'t>> {
        self.group(self.caps.get_group(0))
    }

    /// Every group's span, in order (`None` for a group that took no part), for tests.
    #[cfg(test)]
    pub(crate) fn spans(&self) -> Vec<Option<(usize, usize)>> {
        (0..self.caps.group_len())
            .map(|i| {
                self.group(self.caps.get_group(i))
                    .map(|g| (g.start(), g.end()))
            })
            .collect()
    }

    /// The named group `name`, if it took part in the match.
    #[cfg(test)]
    pub(crate) fn name(&self, name: &str) -> Option<Group<'t>> {
        self.group(self.caps.get_group_by_name(name))
    }
}

/// The matches `match_at` finds at `starts` (in increasing order), left to right, none
/// overlapping the one before: `match_at(s)` is the match anchored at `s` and where it ends.
fn matches_at<'t, T: 't>(
    text_len: usize,
    starts: &'t [usize],
    mut match_at: impl FnMut(usize) -> Option<(T, usize)> + 't,
) -> impl Iterator<Item = T> + 't {
    let mut starts = starts.iter();
    let mut done = 0;
    std::iter::from_fn(move || {
        for &s in starts.by_ref() {
            if s < done || s > text_len {
                continue;
            }
            if let Some((m, end)) = match_at(s) {
                done = end.max(s + 1);
                return Some(m);
            }
        }
        None
    })
}

/// A pattern that runs anchored at chosen places of a text.
pub(crate) struct WordPattern {
    re: Option<Regex>,
}

impl WordPattern {
    /// `pattern` in regex syntax. A pattern that fails to compile matches nothing (the
    /// patterns are constants, and the tests compile each).
    pub(crate) fn new(pattern: &str) -> WordPattern {
        WordPattern {
            re: Regex::new(pattern).ok(),
        }
    }

    /// Whether the pattern compiled (for tests).
    #[cfg(test)]
    pub(crate) fn compiled(&self) -> bool {
        self.re.is_some()
    }

    /// The matches in `text` that start at one of `starts` (in increasing order), left to
    /// right, none overlapping the one before.
    pub(crate) fn matches<'t>(
        &'t self,
        text: &'t str,
        starts: &'t [usize],
    ) -> impl Iterator<Item = WordMatch<'t>> + 't {
        let mut caps = self.re.as_ref().map(Regex::create_captures);
        matches_at(text.len(), starts, move |s| {
            let (re, caps) = (self.re.as_ref()?, caps.as_mut()?);
            let input = Input::new(text).range(s..).anchored(Anchored::Yes);
            re.search_captures(&input, caps);
            let end = caps.get_match()?.end();
            Some((
                WordMatch {
                    text,
                    caps: caps.clone(),
                },
                end,
            ))
        })
    }

    /// The first match in `text` at one of `starts`, if any.
    pub(crate) fn first<'t>(&'t self, text: &'t str, starts: &'t [usize]) -> Option<WordMatch<'t>> {
        self.matches(text, starts).next()
    }
}

/// Several patterns run anchored at chosen places like a [`WordPattern`], as one automaton
/// without capture groups. At each place the first pattern (in order) that matches wins, as
/// in an alternation of them; which one it was takes the place of a capture group per
/// alternative, without a capture search.
pub(crate) struct WordSet {
    re: Option<Regex>,
}

impl WordSet {
    /// The patterns, in regex syntax (flags such as `(?i)` written in each). Patterns that
    /// fail to compile match nothing (the patterns are constants, and the tests compile each).
    pub(crate) fn new(patterns: &[String]) -> WordSet {
        WordSet {
            re: Regex::new_many(patterns).ok(),
        }
    }

    /// The matches in `text` that start at one of `starts` (in increasing order), left to
    /// right, not overlapping: (index of the pattern, start, end).
    pub(crate) fn matches<'t>(
        &'t self,
        text: &'t str,
        starts: &'t [usize],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        matches_at(text.len(), starts, move |s| {
            let input = Input::new(text).range(s..).anchored(Anchored::Yes);
            let m = self.re.as_ref()?.search(&input)?;
            Some(((m.pattern().as_usize(), m.start(), m.end()), m.end()))
        })
    }
}

/// The end of `re`'s match anchored at `at`, if it matches there (look-behind assertions see
/// the text before `at`).
fn anchored_end(re: &Regex, text: &str, at: usize) -> Option<usize> {
    re.search(&Input::new(text).range(at..).anchored(Anchored::Yes))
        .map(|m| m.end())
}

/// A pattern of the form `HEAD(?:TAIL_1 TAIL_2 ...)?` whose parts are its groups, run
/// anchored at chosen places like a [`WordPattern`], as one search per part without
/// capture groups.
///
/// Capture groups cost a backtracking search of the whole pattern over each match (thousands
/// of instructions for a date range); a search without them runs a lazy DFA. Part by part,
/// the result is the same as the whole pattern's provided that the optional tail is taken
/// whole or not at all and each tail part's preferred match is the only one that lets the
/// next part match (true when each part ends where the next one's first byte cannot
/// continue it). The tests compare both.
pub(crate) struct ChainPattern {
    head: Option<Regex>,
    tail: Vec<Regex>,
}

/// A match of a [`ChainPattern`]: the span of the head and, if the tail matched, the end of
/// each tail part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChainMatch {
    pub(crate) start: usize,
    pub(crate) head_end: usize,
    /// The ends of the tail's parts (at most [`ChainPattern::MAX_TAIL`] of them), if the tail
    /// matched.
    pub(crate) tail_ends: Option<[usize; ChainPattern::MAX_TAIL]>,
}

impl ChainMatch {
    /// Where the whole match ends.
    pub(crate) fn end(&self) -> usize {
        self.tail_ends.map_or(self.head_end, |ends| {
            ends.iter().copied().max().unwrap_or(0)
        })
    }
}

impl ChainPattern {
    pub(crate) const MAX_TAIL: usize = 2;

    /// The head and the tail's parts, in regex syntax (flags such as `(?i)` written in each).
    /// A pattern that fails to compile, or more than [`Self::MAX_TAIL`] tail parts, match
    /// nothing (the patterns are constants, and the tests compile each).
    pub(crate) fn new(head: &str, tail: &[&str]) -> ChainPattern {
        let tail: Option<Vec<Regex>> = tail.iter().map(|p| Regex::new(p).ok()).collect();
        match tail {
            Some(tail) if tail.len() <= Self::MAX_TAIL => ChainPattern {
                head: Regex::new(head).ok(),
                tail,
            },
            _ => ChainPattern {
                head: None,
                tail: Vec::new(),
            },
        }
    }

    /// The matches in `text` that start at one of `starts` (in increasing order), left to
    /// right, not overlapping.
    pub(crate) fn matches<'t>(
        &'t self,
        text: &'t str,
        starts: &'t [usize],
    ) -> impl Iterator<Item = ChainMatch> + 't {
        matches_at(text.len(), starts, move |s| {
            let head_end = anchored_end(self.head.as_ref()?, text, s)?;
            let mut ends = [head_end; Self::MAX_TAIL];
            let mut at = head_end;
            let mut tail_ok = true;
            for (part, end) in self.tail.iter().zip(ends.iter_mut()) {
                match anchored_end(part, text, at) {
                    Some(e) => {
                        *end = e;
                        at = e;
                    }
                    None => {
                        tail_ok = false;
                        break;
                    }
                }
            }
            let m = ChainMatch {
                start: s,
                head_end,
                tail_ends: tail_ok.then_some(ends),
            };
            Some((m, m.end()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::words::Starts;

    #[test]
    fn matches_are_anchored_at_the_given_starts_and_do_not_overlap() {
        let p = WordPattern::new(r"(?i)(?-u:\b)(?P<n>\d+)\s*(?:to\s*(?P<m>\d+))?");
        assert!(p.compiled());
        let text = "from 2 to 5, then 7; x8 and 9";
        let starts = Starts::new(text).dates;
        let got: Vec<(&str, Option<&str>)> = p
            .matches(text, &starts)
            .map(|m| {
                (
                    m.name("n").unwrap().as_str(),
                    m.name("m").map(|g| g.as_str()),
                )
            })
            .collect();
        assert_eq!(got, [("2", Some("5")), ("7", None), ("9", None)]);
        assert!(p.first("none here", &[]).is_none());
        assert_eq!(p.first("a 12 b", &[2]).unwrap().whole().unwrap().start(), 2);
        // A start where the pattern does not match is passed over.
        assert_eq!(
            p.first("a 12 b", &[0, 2]).unwrap().whole().unwrap().end(),
            5
        );
        assert!(!WordPattern::new("(").compiled());
        assert!(WordPattern::new("(").first("a", &[0]).is_none());
    }
}
