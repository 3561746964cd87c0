//! Reading one statement of years: the number or range, its qualifier and its "+", in the
//! few bytes before a unit ("at least 3", "2-5+", "five (5)"). Statements written in digits
//! are read by a small parser; words, qualifiers and other blanks go to the pattern's
//! capture search, and the tests compare the two.

use std::sync::OnceLock;

use regex::Regex;

const NUMBER_WORDS: [(&str, f64); 22] = [
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
];

pub(super) fn number_value(s: &str) -> Option<f64> {
    let s = s.trim().to_ascii_lowercase();
    // "one and a half", "2 and a half".
    if let Some(whole) = s.strip_suffix("a half") {
        let whole = whole.trim_end();
        let whole = whole.strip_suffix("and").map(str::trim_end)?;
        return number_value(whole).map(|v| v + 0.5);
    }
    // "five (5)": the digits decide.
    if let Some(open) = s.find('(') {
        let inner: String = s[open..].chars().filter(|c| c.is_ascii_digit()).collect();
        if !inner.is_empty() {
            return inner.parse().ok();
        }
        return number_value(&s[..open]);
    }
    if let Ok(v) = s.parse::<f64>() {
        return Some(v);
    }
    NUMBER_WORDS.iter().find(|(w, _)| *w == s).map(|&(_, v)| v)
}

/// A number of a statement: digits, a word ("five", "five (5)"), either with "and a half"
/// ("one and a half", "2 and a half"), or "a" / "an".
const NUM: &str = r"(?:(?:\d{1,6}(?:\.\d{1,2})?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s*\(\s*\d{1,3}\s*\))?)(?:\s+and\s+a\s+half)?|an?)";

/// The number and qualifiers before a unit, anchored at the end of the window.
fn statement_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(?i)(?:(?-u:\b)(?P<qual>at\s+least|a\s+minimum\s+of|minimum\s+of|min(?:imum|\.)?|over|more\s+than|in\s+excess\s+of|upwards\s+of|up\s+to|no\s+more\s+than|maximum\s+of|max(?:imum|\.)?|approximately|approx\.?|around|about|nearly|almost|close\s+to)\s+)?(?-u:\b)(?P<a>{NUM})(?P<plus_a>\s*\+)?(?:\s*(?:-|–|—|to|or)\s*(?P<b>{NUM})(?P<plus_b>\s*\+)?)?\s*(?:\+\s*)?(?:full[-\s]time\s+|calendar\s+|-?plus\s+|or\s+(?:more|greater)\s+)?(?:-\s*)?$"
        );
        Regex::new(&pattern).unwrap_or_else(|_| never())
    })
}

/// The parts of a statement that [`statement_regex`] matched, from `start` to the end of its
/// window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StatementParts<'t> {
    pub(super) start: usize,
    pub(super) qual: Option<&'t str>,
    pub(super) a: &'t str,
    pub(super) plus_a: bool,
    pub(super) b: Option<&'t str>,
    pub(super) plus_b: bool,
}

/// The statement at the end of `window`, if there is one: its parts as the regex's groups
/// give them.
pub(super) fn statement_at_end(window: &str) -> Option<StatementParts<'_>> {
    let re = statement_regex();
    let whole = re.find(window)?;
    if let Some(parts) = digits_statement(window, whole.start()) {
        return Some(parts);
    }
    captured_parts(window)
}

/// The statement's parts as the regex's capture groups give them.
fn captured_parts(window: &str) -> Option<StatementParts<'_>> {
    let caps = statement_regex().captures(window)?;
    Some(StatementParts {
        start: caps.get(0)?.start(),
        qual: caps.name("qual").map(|m| m.as_str()),
        a: caps.name("a")?.as_str(),
        plus_a: caps.name("plus_a").is_some(),
        b: caps.name("b").map(|m| m.as_str()),
        plus_b: caps.name("plus_b").is_some(),
    })
}

/// The groups of [`statement_regex`]'s match that starts at `start` and runs to the end of
/// `window`, read without a capture search (which costs thousands of instructions a
/// match) in the common case: the statement starts with ASCII digits and goes on in ASCII
/// blanks, `+`, dashes, "to" / "or" before a second number in digits, and the words the
/// pattern allows before the unit. `None` for anything else, which the caller leaves to
/// the capture search. It tries the pattern's choices in the pattern's order of
/// preference, so it picks the groups the regex picks (the tests compare the two).
fn digits_statement(window: &str, start: usize) -> Option<StatementParts<'_>> {
    let bytes = window.as_bytes();
    // Only ASCII past `start`, except the two dashes the pattern names.
    let tail = &window[start..];
    if tail.chars().any(|c| !c.is_ascii() && c != '–' && c != '—') {
        return None;
    }
    // `\s*` over ASCII (the text has no other blanks).
    let is_blank = |b: &u8| b.is_ascii_whitespace() || *b == 0x0b;
    let blanks = |i: usize| i + bytes[i..].iter().take_while(|b| is_blank(b)).count();
    let a_end = number_in_digits(bytes, start)?;
    // `(?:\s*\+)?`, taken if it can be.
    let plus = |i: usize| {
        Some(blanks(i))
            .filter(|&j| bytes.get(j) == Some(&b'+'))
            .map(|j| j + 1)
    };
    // `\s*(?:-|–|—|to|or)\s*` then the second number: its span; `Err` when a separator is
    // there but no number in digits after it (left to the capture search).
    let second = |i: usize| -> Result<Option<(usize, usize)>, ()> {
        let i = blanks(i);
        let rest = &window[i..];
        let after = if rest.starts_with('-') {
            i + 1
        } else if rest.starts_with('–') || rest.starts_with('—') {
            i + 3
        } else if rest.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("to")) {
            i + 2
        } else if rest.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("or")) {
            // "3 or more": no second number, and the pattern takes "or more" after it
            // ("or" before anything else but digits is left to the capture search).
            if bytes
                .get(blanks(i + 2))
                .is_some_and(u8::is_ascii_alphabetic)
            {
                return Ok(None);
            }
            i + 2
        } else {
            return Ok(None);
        };
        let b_start = blanks(after);
        let b_end = number_in_digits(bytes, b_start).ok_or(())?;
        Ok(Some((b_start, b_end)))
    };
    // `\s*(?:\+\s*)?(?:full[-\s]time\s+|calendar\s+|-?plus\s+|or\s+(?:more|greater)\s+)?(?:-\s*)?$`
    // from `i`: each
    // part consumes what it can (giving any of it back leaves a byte nothing after it takes).
    let finishes = |i: usize| -> bool {
        let mut i = blanks(i);
        if bytes.get(i) == Some(&b'+') {
            i = blanks(i + 1);
        }
        let lower_at = |i: usize, w: &str| {
            window
                .get(i..i + w.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(w))
        };
        let word = if lower_at(i, "full")
            && bytes.get(i + 4).is_some_and(|c| *c == b'-' || is_blank(c))
            && lower_at(i + 5, "time")
        {
            Some(i + 9)
        } else if lower_at(i, "calendar") {
            Some(i + 8)
        } else if lower_at(i, "plus") {
            Some(i + 4)
        } else if bytes.get(i) == Some(&b'-') && lower_at(i + 1, "plus") {
            // "3-5-plus years" ("3-plus" is left to the capture search: see `second`)
            Some(i + 5)
        } else if lower_at(i, "or") && bytes.get(i + 2).is_some_and(is_blank) {
            let w = blanks(i + 2);
            if lower_at(w, "more") {
                Some(w + 4)
            } else if lower_at(w, "greater") {
                Some(w + 7)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(e) = word {
            let after = blanks(e);
            // `\s+`: at least one blank; without it, the word is not taken, and the text
            // left starts with a letter, which nothing after takes.
            if after == e {
                return false;
            }
            i = after;
        }
        if bytes.get(i) == Some(&b'-') {
            i = blanks(i + 1);
        }
        i == bytes.len()
    };
    // The choices in the pattern's order: `plus_a` taken or not; then the second number
    // with `plus_b`, without it, or no second number.
    for plus_a in [plus(a_end), None] {
        let after_a = plus_a.unwrap_or(a_end);
        if let Some((b_start, b_end)) = second(after_a).ok()? {
            for plus_b in [plus(b_end), None] {
                if finishes(plus_b.unwrap_or(b_end)) {
                    return Some(StatementParts {
                        start,
                        qual: None,
                        a: &window[start..a_end],
                        plus_a: plus_a.is_some(),
                        b: Some(&window[b_start..b_end]),
                        plus_b: plus_b.is_some(),
                    });
                }
            }
        }
        if finishes(after_a) {
            return Some(StatementParts {
                start,
                qual: None,
                a: &window[start..a_end],
                plus_a: plus_a.is_some(),
                b: None,
                plus_b: false,
            });
        }
        if plus_a.is_none() {
            break;
        }
    }
    None
}

/// The end of the pattern's number in digits at `i`, `\d{1,6}(?:\.\d{1,2})?` (ASCII
/// digits), if it is one and no digit follows it (a digit after it would be left to nothing).
fn number_in_digits(bytes: &[u8], i: usize) -> Option<usize> {
    let digits = |i: usize| {
        bytes[i.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let n = digits(i);
    if n == 0 || n > 6 {
        return None;
    }
    let mut e = i + n;
    if bytes.get(e) == Some(&b'.') {
        let f = digits(e + 1);
        if (1..=2).contains(&f) {
            e += 1 + f;
        } else if f > 2 {
            return None;
        }
    }
    Some(e)
}

/// A regex that matches nothing, for the impossible case of a pattern failing to compile.
pub(super) fn never() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("a trivial regex compiles"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that the reading without captures, where it answers, gives the regex's
    /// groups; returns whether it answered.
    fn assert_digits_reading_agrees(window: &str) -> bool {
        let Some(whole) = statement_regex().find(window) else {
            return false;
        };
        let fast = digits_statement(window, whole.start());
        if let Some(fast) = &fast {
            assert_eq!(Some(fast), captured_parts(window).as_ref(), "{window:?}");
        }
        assert_eq!(
            statement_at_end(window),
            captured_parts(window),
            "{window:?}"
        );
        fast.is_some()
    }

    #[test]
    fn statements_in_digits_are_read_without_captures_as_the_regex_reads_them() {
        for window in [
            "with 5+ ",
            "3-5 ",
            "3 - 5+ ",
            "2 to 4 ",
            "2 TO 4 +",
            "1 or 2 ",
            "10 + ",
            "3 – 5+ ",
            "3—5 ",
            "1.5 ",
            "have 3 full-time ",
            "3 Full time ",
            "5 calendar ",
            "7+ plus ",
            "3 or more ",
            "3 OR  greater\t",
            "3+ or more ",
        ] {
            assert!(assert_digits_reading_agrees(window), "{window:?}");
        }
        // Left to the capture search: words, qualifiers, a separator with no number after it
        // ("3-plus"), other blanks.
        for window in [
            "at least 5 ",
            "minimum 3\t",
            "five (5) ",
            "(5) ",
            "3 to five ",
            "4 - ",
            "12 -",
            "4+-",
            "3-plus ",
            "10 -PLUS\t",
            "a ",
            "3\u{a0}",
            "3\u{2003}",
            "2 and a half ",
        ] {
            assert!(!assert_digits_reading_agrees(window), "{window:?}");
        }
    }

    #[test]
    fn a_half_adds_to_its_number() {
        for (window, value) in [
            ("about one and a half ", 1.5),
            ("2 and a half ", 2.5),
            ("Two And A Half ", 2.5),
        ] {
            let parts = statement_at_end(window).unwrap_or_else(|| panic!("{window:?}"));
            assert_eq!(number_value(parts.a), Some(value), "{window:?}");
        }
        assert_eq!(number_value("a half"), None);
    }

    const STATEMENT_PIECES: &[&str] = &[
        "5",
        "12",
        "3.5",
        "2.25",
        "1234567",
        "0",
        "7.",
        "+",
        " ",
        "  ",
        "\t",
        "\u{b}",
        "\u{a0}",
        "-",
        "–",
        "—",
        "‒",
        "to",
        "TO",
        "or",
        "Or",
        "full-time",
        "Full time",
        "full",
        "time",
        "calendar",
        "plus",
        "PLUS",
        "more",
        "greater",
        "or more",
        "Or Greater",
        "at least",
        "minimum of",
        "up to",
        "max.",
        "five",
        "(5)",
        "a",
        "an",
        "one",
        ".",
        "x",
        "é",
        "$",
        "v",
        ",",
        "\n",
        "ſ",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn the_reading_without_captures_agrees_with_the_regex(
            picks in proptest::collection::vec(0..STATEMENT_PIECES.len(), 0..10),
        ) {
            let window: String = picks.iter().map(|&i| STATEMENT_PIECES[i]).collect();
            assert_digits_reading_agrees(&window);
        }
    }
}
