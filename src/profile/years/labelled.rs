//! Statements of years written as labels and parts: "Experience: 5 years", "Python | 3
//! yrs", and a part of the years in brackets ("(3 of them with Kubernetes)").

use std::sync::OnceLock;

use regex::Regex;

use super::super::statement::{never, number_value};
use super::super::words::Needles;
use super::{round2, YearsStatement, MAX_YEARS};

/// A part of the years before it, in their clause: "7+ years of software engineering, 2 of
/// which in SaaS", "(at least 3 of them with Kubernetes)". With a unit ("2 years of which")
/// it is a statement of its own already.
fn part_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:^|[,;(]|(?-u:\b)(?:and|with))\s*(?:(?:at\s+least|min(?:imum)?)\s+)?(?-u:\b)(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s+of\s+(?:which|those|them|these)(?-u:\b)",
        )
        .unwrap_or_else(|_| never())
    })
}

/// The words every part ([`part_regex`]) ends with, a literal prefilter.
static PART_WORDS: Needles = Needles::any_case(&["which", "those", "them", "these"]);

/// Adds the parts of statements ([`part_regex`]) to `out`: each a statement of its own, of
/// the part's years, whose clause runs to the end of the whole's (the whole's clause then
/// ends where the part begins, so the skills after the part are the part's).
pub(super) fn part_statements(text: &str, out: &mut Vec<YearsStatement>) {
    let mut parts = Vec::new();
    let mut resumed = Vec::new();
    for (i, st) in out.iter().enumerate() {
        let Some(tail) = text.get(st.end..st.clause_end) else {
            continue;
        };
        if !PART_WORDS.in_text(tail) {
            continue;
        }
        let Some(caps) = part_regex().captures(tail) else {
            continue;
        };
        let (Some(n), Some(whole)) = (caps.name("n"), caps.get(0)) else {
            continue;
        };
        let Some(years) = number_value(n.as_str()) else {
            continue;
        };
        if years >= st.min_years {
            continue;
        }
        let start = st.end + n.start();
        let end = st.end + whole.end();
        // "(3 of them with Kubernetes) and Python": a part in brackets ends with them.
        // An open bracket before the number ("(at least 3 of them ...)").
        let between = &text[st.end..start];
        let bracketed = between
            .rfind('(')
            .is_some_and(|open| !between[open..].contains(')'));
        let clause_end = match text[end..st.clause_end].find(')') {
            Some(close) if bracketed => {
                // The whole's clause goes on after the bracket.
                resumed.push((i, (end + close + 1, st.clause_end)));
                end + close
            }
            _ => st.clause_end,
        };
        parts.push(YearsStatement {
            min_years: round2(years),
            max_years: None,
            alternatives: Vec::new(),
            start,
            end,
            clause_end,
            after_part: None,
        });
    }
    for (i, rest) in resumed {
        out[i].after_part = Some(rest);
    }
    if !parts.is_empty() {
        out.extend(parts);
        out.sort_by_key(|s| s.start);
    }
}

/// The words a label of years may begin with on its line ("Total years of experience: 8").
const LABEL_PREFIXES: &[&str] = &[
    "",
    "total",
    "minimum",
    "min.",
    "required",
    "overall",
    "relevant",
    "number of",
    "no. of",
];

/// The rest of a line after "years" that makes it a label of a bare number: "Years of
/// experience: 4", "Years of relevant experience required: 3-5", "Years of Experience
/// (Required): 2+". A number followed by its own unit ("Years of experience: 4 years") is
/// read as any statement is.
fn label_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^\s*of\s+(?:(?:relevant|professional|work|related|industry|total|overall|prior|previous)\s+)*experience(?:\s+(?:required|needed))?\s*(?:\(\s*(?:required|minimum|min\.?)\s*\)\s*)?[:\-–—]\s*(?:(?:at\s+least|minimum|min\.?)\s+)?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*(?P<plus_a>\+)?(?:\s*(?:-|–|—|to)\s*(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*(?P<plus_b>\+)?)?\s*(?:\(\s*required\s*\)\s*)?[.;,]?\s*$",
        )
        .unwrap_or_else(|_| never())
    })
}

/// Adds the labelled statements of years ([`label_regex`]) to `out`, in order of their start.
/// The label begins its line (after a bullet, or one of [`LABEL_PREFIXES`]), so it is read
/// whatever its context: it can only speak of the experience asked for or claimed.
pub(super) fn labelled_statements(
    text: &str,
    units: &[(usize, usize, f64)],
    out: &mut Vec<YearsStatement>,
) {
    let mut found = Vec::new();
    for &(unit_start, unit_end, scale) in units {
        // "years" and then "of" (a literal test before the pattern).
        let of_at = unit_end
            + text[unit_end..]
                .bytes()
                .take(8)
                .take_while(u8::is_ascii_whitespace)
                .count();
        if scale != 1.0
            || text.as_bytes()[unit_start] | 0x20 != b'y'
            || !text
                .get(of_at..of_at + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case("of ") || w.eq_ignore_ascii_case("of\t"))
        {
            continue;
        }
        // The line's start, within a few words (the work stays linear in the text).
        let mut lo = unit_start.saturating_sub(24);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let line_start = match text[lo..unit_start].rfind('\n') {
            Some(i) => lo + i + 1,
            None if lo == 0 => 0,
            None => continue,
        };
        let prefix = text[line_start..unit_start]
            .trim_start_matches(|c: char| c.is_whitespace() || "-*•·–—>#".contains(c))
            .trim_end()
            .to_ascii_lowercase();
        if !LABEL_PREFIXES.contains(&prefix.as_str()) {
            continue;
        }
        let mut hi = (unit_end + 121).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let line_end = match text[unit_end..hi].find('\n') {
            Some(i) => unit_end + i,
            None if hi == text.len() => hi,
            None => continue,
        };
        let rest = &text[unit_end..line_end];
        let Some(caps) = label_regex().captures(rest) else {
            continue;
        };
        let (Some(a), Some(a_text)) = (
            caps.name("a").and_then(|m| m.as_str().parse::<f64>().ok()),
            caps.name("a"),
        ) else {
            continue;
        };
        let b = caps.name("b").and_then(|m| m.as_str().parse::<f64>().ok());
        let (min, mut max) = match b {
            Some(b) => (a.min(b), Some(a.max(b))),
            None => (a, None),
        };
        if caps.name("plus_b").is_some() || (b.is_none() && caps.name("plus_a").is_some()) {
            max = None;
        }
        if min > MAX_YEARS || max.is_some_and(|m| m > MAX_YEARS) {
            continue;
        }
        let last = caps
            .name("plus_b")
            .or(caps.name("b"))
            .or(caps.name("plus_a"))
            .unwrap_or(a_text);
        found.push(YearsStatement {
            min_years: round2(min),
            max_years: max.map(round2),
            alternatives: Vec::new(),
            start: unit_end + a_text.start(),
            end: unit_end + last.end(),
            clause_end: line_end,
            after_part: None,
        });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|s| s.start);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, prose};

    #[test]
    fn labels_before_a_bare_number() {
        for (text, min, max) in [
            ("Years of experience: 4", 4.0, None),
            (
                "Job details\nYears of Experience Required: 3-5\n",
                3.0,
                Some(5.0),
            ),
            ("- Total years of experience: 6+", 6.0, None),
            ("Years of relevant experience (required): 2.5", 2.5, None),
            ("Minimum years of experience - at least 3", 3.0, None),
        ] {
            let mut ignored = Vec::new();
            let got: Vec<_> = prose(text, &mut ignored)
                .iter()
                .map(|s| (s.min_years, s.max_years, &text[s.start..s.end]))
                .collect();
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!((got[0].0, got[0].1), (min, max), "{text}");
        }
        // A number with its own unit is read once; a label inside a sentence, a label
        // followed by more words, or one over the limit is none.
        assert_eq!(found("Years of experience: 4 years"), [(4.0, None)]);
        for text in [
            "We count years of experience: 4 of them in Python, which we value",
            "Years of experience: 4 in Python and more",
            "Years of experience: 99",
        ] {
            let mut ignored = Vec::new();
            assert!(prose(text, &mut ignored).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_part_of_the_years_is_a_statement_of_its_own() {
        let text = "7+ years of software engineering experience, 2 of which in SaaS";
        let mut ignored = Vec::new();
        let got = prose(text, &mut ignored);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].min_years, 7.0);
        assert_eq!(got[1].min_years, 2.0);
        // The whole's clause ends where the part starts: SaaS is the part's.
        assert!(got[0].clause_end <= got[1].start);
        assert!(text[got[1].start..got[1].clause_end].contains("SaaS"));
        // A part no smaller than the whole is no part.
        assert_eq!(found("3 years of Java, 5 of which with Spring").len(), 1);
        // A part in brackets ends with them, and the whole's clause goes on after them up to
        // the next statement.
        let text = "5+ years of backend experience (3 of them with Kubernetes) and Python; 2 years of Go experience";
        let got = prose(text, &mut ignored);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(&text[got[1].end..got[1].clause_end], " with Kubernetes");
        let (from, to) = got[0].after_part.unwrap_or_default();
        assert_eq!(&text[from..to], " and Python");
        assert_eq!(got[2].after_part, None);
    }
}
