//! Whether a resume's degree is still under way ("Pursuing M.Tech", "expected May
//! 2027", "2024 - Present" on its line) or held.

use super::super::dates::month_number;
use super::super::sections::{heading_kind, DocKind};
use super::super::words::Needles;
use super::{find_word, Degree};

/// Words that say a degree is not yet held, on the degree's own line ("Pursuing M.Tech",
/// "MSc (in progress)", "PhD candidate").
const UNDER_WAY: &[&str] = &[
    "pursuing",
    "in progress",
    "in-progress",
    "currently enrolled",
    "enrolled in",
    "currently studying",
    "currently completing",
    "candidate",
    "to be completed",
    "not completed",
    "incomplete",
    "coursework toward",
    "coursework towards",
    "credits toward",
    "credits towards",
    "working toward",
    "working towards",
];

/// Words that say a degree is not yet held on its line or the line after it, where its
/// school and dates often stand ("IIT Delhi, 2024 - Present").
const RUNNING: &[&str] = &[
    "ongoing",
    "on-going",
    "- present",
    "– present",
    "— present",
    "-present",
    "–present",
    "to present",
    "- current",
    "– current",
    "- now",
    "– now",
    "till date",
];

/// Words that say a degree is due ("expected May 2027"): under way unless the year they
/// name is before `today`'s. Read where [`RUNNING`] is.
const DUE: &[&str] = &[
    "expected",
    "anticipated",
    "graduating",
    "will graduate",
    "to graduate",
];

/// A part of each word of [`UNDER_WAY`], [`RUNNING`] and [`DUE`], searched for first.
static UNDER_WAY_STEMS: Needles = Needles::new(&[
    "pursu",
    "progress",
    "enrol",
    "studying",
    "complet",
    "candidate",
    "going",
    "present",
    "current",
    "now",
    "till date",
    "expected",
    "anticipated",
    "graduat",
    "toward",
]);

/// Is the degree `degrees[k]` under way rather than held? Read on its line (from the end of
/// the degree before it on that line to the start of the next one) and, for its dates, the
/// line just after it when that holds no other degree, or the two after it when neither
/// its line nor the first has a number (degree, school, dates). "Expected 2025" in a resume read in
/// 2026 is held.
pub(crate) fn in_progress(text: &str, degrees: &[Degree], k: usize, today_year: i32) -> bool {
    // Lines are looked for at most `NEAR_LINE` bytes away, so that many degrees on one
    // long line stay linear.
    const NEAR_LINE: usize = 200;
    const NEAR_BEFORE: usize = 100;
    let d = &degrees[k];
    let next_degree = degrees.get(k + 1).map_or(usize::MAX, |n| n.start);
    let mut lo = d.start.saturating_sub(NEAR_LINE);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let line_start =
        memchr::memrchr(b'\n', &text.as_bytes()[lo..d.start]).map_or(lo, |i| lo + i + 1);
    let ahead = |from: usize| {
        let to = (from + NEAR_LINE).min(text.len());
        memchr::memchr(b'\n', &text.as_bytes()[from..to]).map_or(to, |i| from + i)
    };
    let mut line_end = ahead(d.end);
    while !text.is_char_boundary(line_end) {
        line_end -= 1;
    }
    let own_end = line_end.min(next_degree);
    let mut hi = own_end;
    // The next line, when it is part of the same entry ("M.Tech, CS\nIIT Delhi, 2024 -
    // Present"): not blank, no heading and not another degree's; and the one after it when
    // neither the degree's line nor the first holds a number (the school's line: "BSN\nOhio
    // State University\nExpected May 2027").
    if hi == line_end {
        let dated = text[line_start..line_end]
            .bytes()
            .any(|b| b.is_ascii_digit());
        for _ in 0..if dated { 1 } else { 2 } {
            if hi >= text.len() || text.as_bytes()[hi] != b'\n' {
                break;
            }
            let mut next_end = ahead(hi + 1);
            while !text.is_char_boundary(next_end) {
                next_end -= 1;
            }
            let line = text[hi + 1..next_end].trim();
            // The second line on is read only as a line of dates ("Expected May 2027",
            // "2024 - Present"), not a position's ("Lab Assistant, 2024 - Present").
            let dates_line = line.starts_with(|c: char| c.is_ascii_digit())
                || line.split_whitespace().next().is_some_and(|w| {
                    let w = w.trim_end_matches([':', ',', '.']).to_ascii_lowercase();
                    DUE.contains(&w.as_str()) || month_number(|m| w.starts_with(m)).is_some()
                });
            if next_degree <= next_end
                || line.is_empty()
                || heading_kind(line, DocKind::Resume).is_some()
                || (hi > line_end && !dates_line)
            {
                break;
            }
            hi = next_end;
            if line.bytes().any(|b| b.is_ascii_digit()) {
                break;
            }
        }
    }
    let lo = match k.checked_sub(1).map(|p| degrees[p].end) {
        Some(prev_end) if prev_end > line_start => prev_end,
        _ => line_start,
    };
    let window = text[lo..hi.max(lo)].to_ascii_lowercase();
    // Most degrees' lines hold none of the words: one SIMD search settles them.
    if !UNDER_WAY_STEMS.in_lower(&window) {
        return false;
    }
    let own = &window[..(own_end.max(lo) - lo).min(window.len())];
    // Dates before the degree on its line are its own ("Aug 2023 - Present | Stanford
    // University | M.S."), but not a position's earlier on a long line of flattened text:
    // there, only those after the last sentence's end before the degree count.
    let head = &window[..d.start.saturating_sub(lo).min(window.len())];
    let near = if head.len() > NEAR_BEFORE {
        head.rfind(". ").map_or(0, |i| i + 2)
    } else {
        0
    };
    let dates = &window[near..];
    if UNDER_WAY.iter().any(|w| find_word(own, w).is_some())
        || RUNNING.iter().any(|w| find_word(dates, w).is_some())
    {
        return true;
    }
    let Some(at) = DUE.iter().filter_map(|w| find_word(dates, w)).min() else {
        return false;
    };
    // The latest year after the word: a due date already past is a degree held.
    let latest = dates[at..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .max();
    latest.is_none_or(|y| y >= today_year)
}
