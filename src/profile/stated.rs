//! Years stated right after a skill in a resume ("Python (5 years)", "Java - 36 months",
//! "SQL (less than 1 year)").

use std::sync::OnceLock;

use regex::Regex;

use super::dates::{YearMonth, MAX_YEAR, MIN_YEAR};

/// Can `after` (the text right after a mention) begin as [`stated_years_regex`] requires:
/// blanks, one of `( : - – — ,`, blanks, then a digit or "less than" / "under"; or a dot,
/// blanks and `(` ("Linux. (2 years)")? Most mentions are followed by a comma and another
/// skill, or a line break: this settles them without running the pattern.
fn may_state_years(after: &str) -> bool {
    let rest = match after.strip_prefix('.') {
        Some(rest) => match rest.trim_start().strip_prefix('(') {
            Some(rest) => rest,
            None => return false,
        },
        None => {
            let rest = after.trim_start();
            rest.strip_prefix(['(', ':', '-', '–', '—', ',', '|'])
                .unwrap_or(rest)
        }
    };
    let rest = rest.trim_start();
    rest.strip_prefix('~')
        .unwrap_or(rest)
        .trim_start()
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b | 0x20, b'l' | b'u'))
}

/// A number of years stated right after a mention ("Python (5 years)", "Java - 36 months").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StatedYears<'t> {
    /// The number as written ("5", "2.5", "a", "one").
    pub(super) number: &'t str,
    /// The unit is months.
    pub(super) months: bool,
    /// "Less than" or "under" the number.
    pub(super) less: bool,
    /// Where the unit ends, in bytes from the start of the text read.
    pub(super) end: usize,
}

/// The years `after` (the text right after a mention) states, as [`stated_years_regex`]
/// reads them.
pub(super) fn stated_years(after: &str) -> Option<StatedYears<'_>> {
    // "Python (expert, 6 years)": a level before the years, inside the bracket.
    let whole = after.len();
    // "Windows Server 2008 (1 year)": a version between the mention and its bracket, which
    // then holds the years alone ("Windows 7 (10 years old fleet)" states none).
    let versioned = after_version(after);
    let after = versioned.unwrap_or(after);
    let after = after_level(after).unwrap_or(after);
    if !may_state_years(after) {
        return None;
    }
    let skipped = whole - after.len();
    digits_stated_years(after)
        .or_else(|| stated_years_captured(after))
        .filter(|s| versioned.is_none() || after[s.end..].trim_start().starts_with(')'))
        .map(|s| StatedYears {
            end: s.end + skipped,
            ..s
        })
}

/// The text from the bracket on when `after` (the text right after a mention) is a space,
/// a version number and a bracket ("Windows Server 2008 (1 year)", "Java 8 (3 years)",
/// "Python 3.x (2 years)"); `None` otherwise. (Without the bracket the number may be the
/// years themselves: "Python 5 years".)
fn after_version(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = rest.strip_prefix(['x', '+']).unwrap_or(rest);
    let rest = rest.trim_start_matches(' ');
    rest.starts_with('(').then_some(rest)
}

/// Levels of command written before the years in a skill's bracket ("Python (expert, 6
/// years)", "Java (advanced - 4 yrs)").
const LEVELS: &[&str] = &[
    "expert",
    "advanced",
    "intermediate",
    "proficient",
    "beginner",
    "basic",
    "strong",
    "good",
    "excellent",
    "familiar",
    "working knowledge",
    "hands-on",
];

/// The text after a level in a bracket that opens `after` ("(expert, 6 years)" gives
/// "6 years)"), or after a separator and a level ("Python: Expert (7 years)", "Java - advanced
/// - 4 yrs"), when a number or "less than" / "under" follows it; `None` otherwise.
fn after_level(after: &str) -> Option<&str> {
    let rest = after.trim_start();
    let (rest, bracket) = match rest.strip_prefix('(') {
        Some(rest) => (rest.trim_start(), true),
        None => (
            rest.strip_prefix([':', '-', '–', '—', '|', ','])?
                .trim_start(),
            false,
        ),
    };
    let level = LEVELS.iter().find(|l| {
        rest.get(..l.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(l))
    })?;
    let rest = &rest[level.len()..];
    if rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = match bracket {
        true => rest.strip_prefix([',', '-', '–', '—', ':', ';', '/', '|'])?,
        // The years in a bracket of their own after the level, or after a separator.
        false => rest.strip_prefix(['(', ',', '-', '–', '—', ':', ';', '/', '|'])?,
    }
    .trim_start();
    let less = ["less", "under"].iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    });
    (less || rest.starts_with(|c: char| c.is_ascii_digit())).then_some(rest)
}

/// The years of a range of years in a bracket right after a mention ("Go (2019-2023)",
/// "Python (2018 - present)"), counted as a position's "2019 - 2023" is: from the middle of
/// the first year to the middle of the last, or to `today`. `None` for anything else, or a
/// range outside the years dates are read in or ending before it starts.
pub(super) fn stated_range(after: &str, today: YearMonth) -> Option<f64> {
    let rest = after
        .trim_start_matches([' ', '\t'])
        .strip_prefix('(')?
        .trim_start();
    let year = |s: &str| -> Option<(i32, usize)> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (digits == 4)
            .then(|| s[..4].parse().ok())
            .flatten()
            .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
            .map(|y| (y, 4))
    };
    let (first, n) = year(rest)?;
    let rest = rest[n..].trim_start();
    let rest = rest
        .strip_prefix(['-', '–', '—'])
        .or_else(|| rest.strip_prefix("to "))?
        .trim_start();
    let start = YearMonth::new(first, 7)?;
    let (end, rest) = match year(rest) {
        Some((last, n)) => (YearMonth::new(last, 6)?, &rest[n..]),
        None => {
            let word = rest
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let now = ["present", "current", "now", "date", "today"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word));
            if !now {
                return None;
            }
            (today, &rest[word.len()..])
        }
    };
    if !rest.trim_start().starts_with(')') || end < start {
        return None;
    }
    Some(f64::from(start.months_until(end) + 1) / 12.0)
}

/// [`stated_years`] through the regex's capture groups.
fn stated_years_captured(after: &str) -> Option<StatedYears<'_>> {
    let c = stated_years_regex().captures(after)?;
    Some(StatedYears {
        number: c.name("n").or(c.name("m")).map_or("", |n| n.as_str()),
        months: c
            .name("unit")
            .is_some_and(|u| u.as_str().to_ascii_lowercase().starts_with('m')),
        less: c.name("less").is_some(),
        end: c.get(0).map_or(0, |m| m.end()),
    })
}

/// [`stated_years`] without a capture search (thousands of instructions a match) in the
/// common case: ASCII punctuation and blanks, a number in digits, a unit. `None` when the
/// text is anything else, which is left to the regex: a match there is read the way the
/// pattern reads it (each part takes what it can, and giving any of it back leaves a byte the
/// next part cannot start with; the tests compare the two).
fn digits_stated_years(after: &str) -> Option<StatedYears<'_>> {
    let b = after.as_bytes();
    let blanks = |i: usize| {
        i + b[i.min(b.len())..]
            .iter()
            .take_while(|&&c| c.is_ascii_whitespace() || c == 0x0b)
            .count()
    };
    // `\.\s*\(` or `\s*[(:\-–—,|]?` (the dashes other than '-' are left to the regex), then `\s*`.
    let mut i = if b.first() == Some(&b'.') {
        let j = blanks(1);
        (b.get(j) == Some(&b'(')).then_some(j + 1)?
    } else {
        let j = blanks(0);
        match b.get(j) {
            Some(b'(' | b':' | b'-' | b',' | b'|') => j + 1,
            Some(c) if !c.is_ascii() => return None,
            _ => j,
        }
    };
    i = blanks(i);
    // `~?\s*` ("React ~3 years")
    if b.get(i) == Some(&b'~') {
        i = blanks(i + 1);
    }
    // `\d{1,2}(?:\.\d)?`, with no digit after it.
    let start = i;
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    i += digits;
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 2;
    }
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let number = &after[start..i];
    // `\s*\+?\s*`, then the unit, a whole ASCII word.
    i = blanks(i);
    if b.get(i) == Some(&b'+') {
        i = blanks(i + 1);
    }
    let run = b[i..]
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_')
        .count();
    if b.get(i + run).is_some_and(|c| !c.is_ascii()) {
        return None;
    }
    let unit = &after[i..i + run];
    let is = |words: &[&str]| words.iter().any(|w| unit.eq_ignore_ascii_case(w));
    let months = is(&["month", "months"]);
    if !months && !is(&["year", "years", "yr", "yrs"]) {
        return None;
    }
    Some(StatedYears {
        number,
        months,
        less: false,
        end: i + run,
    })
}

fn stated_years_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:\.\s*\(|\s*[(:\-–—,|]?)\s*~?\s*(?:(?P<less>less\s+than|under)\s+(?P<m>\d{1,2}(?:\.\d)?|an?|one)|(?P<n>\d{1,2}(?:\.\d)?))\s*\+?\s*(?P<unit>years?|yrs?|months?)(?-u:\b)")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stated_years_in_digits_are_read_without_captures() {
        for (after, number, months) in [
            (" (5 years)", "5", false),
            (": 36 Months", "36", true),
            (" - 2.5 yrs", "2.5", false),
            (". (3+ years", "3", false),
            (", 1 year,", "1", false),
            ("\t12 YRS", "12", false),
            (" | 1 year", "1", false),
            (" ~3 years", "3", false),
            (" (~ 18 months)", "18", true),
        ] {
            let want = StatedYears {
                number,
                months,
                less: false,
                end: after.trim_end_matches([')', ',']).len(),
            };
            assert_eq!(digits_stated_years(after), Some(want), "{after:?}");
            assert_eq!(stated_years_captured(after), Some(want), "{after:?}");
        }
        // Left to the regex: words, other dashes and blanks, a glued unit.
        for after in [
            " (less than 1 year)",
            " (a year)",
            " – 3 years",
            "\u{a0}3 years",
            " (3 yearsé",
            " (123 years)",
            " (3 years2",
        ] {
            assert_eq!(digits_stated_years(after), None, "{after:?}");
        }
        assert_eq!(stated_years(" – 3 years").map(|s| s.number), Some("3"));
        assert_eq!(stated_years(" (3 years2"), None);
    }

    #[test]
    fn a_range_of_years_in_the_bracket() {
        let today = YearMonth::new(2026, 11).unwrap();
        // As a position's "2019 - 2023" counts: mid-year to mid-year, or to today.
        assert_eq!(stated_range(" (2019-2023)", today), Some(4.0));
        assert_eq!(stated_range(" (2019 – 2023), Java", today), Some(4.0));
        assert_eq!(stated_range(" (2018 - present)", today), Some(101.0 / 12.0));
        assert_eq!(
            stated_range(" (2018 to Current)", today),
            Some(101.0 / 12.0)
        );
        for after in [
            " (2023-2019)",
            " (1850-1860)",
            " (2019-2023",
            " (2019)",
            " (2019-23)",
            " 2019-2023",
            " (2019 - soon)",
        ] {
            assert_eq!(stated_range(after, today), None, "{after:?}");
        }
    }

    #[test]
    fn a_version_may_come_between_the_skill_and_its_years() {
        fn years(after: &str) -> Option<(&str, bool, usize)> {
            stated_years(after).map(|s| (s.number, s.less, s.end))
        }
        assert_eq!(years(" 2008 (1 year)"), Some(("1", false, 13)));
        assert_eq!(years(" 8 (3 years), Go"), Some(("3", false, 11)));
        assert_eq!(years(" 3.x (2 years)"), Some(("2", false, 13)));
        assert_eq!(years(" 7 (Less than 1 year)"), Some(("1", true, 20)));
        // Without a bracket, the number is the years; a word between is no version.
        assert_eq!(years(" 5 years"), Some(("5", false, 8)));
        assert_eq!(years(" 2016 and Word (5 years)"), None);
        assert_eq!(years(" 2016"), None);
        // After a version, the bracket holds the years alone.
        assert_eq!(years(" 7 (10 years old fleet)"), None);
        assert_eq!(years(" 2019 (2 years ahead of plan)"), None);
        assert_eq!(years(" 8 (3 years of legacy code)"), None);
    }

    #[test]
    fn a_level_may_come_before_the_years_in_the_bracket() {
        for (after, number) in [
            (" (expert, 6 years)", "6"),
            (" (Advanced - 4 yrs)", "4"),
            (" (intermediate; 18 months)", "18"),
            (" (working knowledge, less than 1 year)", "1"),
            // Or after a separator, with the years in a bracket or after another one.
            (": Expert (7 years)", "7"),
            (" - advanced - 4 yrs", "4"),
            (" | Proficient | 3 years", "3"),
        ] {
            assert_eq!(
                stated_years(after).map(|s| s.number),
                Some(number),
                "{after:?}"
            );
        }
        // A level alone, or words between it and the number, state no years.
        for after in [
            " (expert)",
            " (expert in 5 frameworks)",
            " expert, 6 years",
            ": Expert",
            ": goodness (5 years)",
            ", strong team of 5 years",
        ] {
            assert_eq!(stated_years(after), None, "{after:?}");
        }
    }

    const AFTER: &[&str] = &[
        " ",
        "\t",
        "\n",
        "\u{a0}",
        "(",
        ")",
        ".",
        ". (",
        ":",
        "-",
        "–",
        "—",
        ",",
        "5",
        "12",
        "1.5",
        "+",
        "years",
        "Yrs",
        "months",
        "less than ",
        "Less Than ",
        "under ",
        "an ",
        "a ",
        "one ",
        "x",
        "Python",
        "é",
        "123",
        "2.55",
        "year",
        "YEAR",
        "yr",
        "month",
        "ſ",
        "K",
        "_",
        "0",
        "|",
        "~",
        " ~ ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_stated_years_prefilter_passes_every_match(
            picks in proptest::collection::vec(0..AFTER.len(), 0..8)
        ) {
            let after: String = picks.iter().map(|&i| AFTER[i]).collect();
            if stated_years_regex().is_match(&after) {
                prop_assert!(may_state_years(&after), "{:?}", after);
            }
            // Read without captures where it can be, the years are the regex's.
            if let Some(fast) = digits_stated_years(&after) {
                prop_assert_eq!(Some(fast), stated_years_captured(&after), "{:?}", after);
            }
            prop_assert_eq!(stated_years(&after), stated_years_captured(&after), "{:?}", after);
        }

        #[test]
        fn stated_years_read_without_captures_are_the_regex_s(
            parts in (0..12usize, 0..7usize, 0..5usize, 0..9usize, 0..6usize)
        ) {
            let (p, n, m, u, x) = parts;
            let after = [
                [" ", "(", ": ", ". (", ",", "-", "", "\u{a0}", " | ", "~", "(~ ", " |~"][p],
                ["5", "12", "1.5", "123", "2.55", "0", "a"][n],
                ["", " ", "+", " + ", "\t"][m],
                ["years", "Yrs", "month", "MONTHS", "yr", "yearsé", "years2", "ſ", "year_"][u],
                [")", "", " of", "é", ".", "x"][x],
            ]
            .concat();
            if let Some(fast) = digits_stated_years(&after) {
                prop_assert_eq!(Some(fast), stated_years_captured(&after), "{:?}", after);
            }
            prop_assert_eq!(stated_years(&after), stated_years_captured(&after), "{:?}", after);
        }
    }
}
