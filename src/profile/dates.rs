//! Months, and the date ranges of resume positions.
//!
//! Forms understood (any dash, "to", "until", "till", "to till", "through"; case-insensitive):
//! "Jan 2018 – Present", "January 2018 to Current", "Sep. 2019 – Mar. 2021", "March, 2015",
//! "03/2017 - 06/2020", "06/19 - 03/21" (in a range only), "Jan-18", "3.2017", "2017-03",
//! "2015 - 2017", "2019–now", "Since 2020" and "Jan 2018 –" with nothing after the dash
//! (to the present, the second with a note), "Summer 2020",
//! and a lone "2014". A year without a month counts from its middle when it starts or ends
//! a range (so "2015 - 2017" is two years), and as the whole year when it stands alone.
//! Seasons are three months (spring from March, summer from June, fall/autumn from
//! September, winter from December), and so are quarters ("Q1 2019" from January).

use std::fmt;
use std::sync::OnceLock;

use super::anchored::{ChainMatch, ChainPattern};
use super::words::Starts;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, ErrorKind, Result};

/// Earliest and latest years accepted in a resume (others are ignored and noted).
pub const MIN_YEAR: i32 = 1950;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 2100;

/// A calendar month. Serialised as `"YYYY-MM"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth(i32);

impl YearMonth {
    /// The month `month` (1–12) of `year`; `None` when either is out of range.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (0..=9999).contains(&year))
            .then(|| YearMonth(year * 12 + month as i32 - 1))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        (self.0.rem_euclid(12) + 1) as u32
    }

    /// Months from `self` to `other` (negative when `other` is earlier).
    pub fn months_until(self, other: YearMonth) -> i32 {
        other.0.saturating_sub(self.0)
    }

    /// `n` months later (earlier when negative), saturating at the ends of `i32` months.
    pub fn plus(self, n: i32) -> YearMonth {
        YearMonth(self.0.saturating_add(n))
    }

    /// The current month (UTC), from the system clock.
    pub fn now() -> YearMonth {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let (y, m, _) = civil_from_days(secs.div_euclid(86_400));
        YearMonth(y * 12 + m as i32 - 1)
    }

    /// Parses `"YYYY-MM"` or `"YYYY-MM-DD"` (the day is checked, then ignored).
    pub fn parse(s: &str) -> Result<YearMonth> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("expected a date as YYYY-MM-DD or YYYY-MM, got {s:?}"),
            )
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        if !(2..=3).contains(&parts.len()) || parts[0].len() != 4 || parts[1].len() != 2 {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month: u32 = parts[1].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("{s:?} is no date: there is no month {month}"),
            ));
        }
        if let Some(day) = parts.get(2) {
            let day: u32 = day.parse().map_err(|_| bad())?;
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!("{s:?} is no date: month {month} of {year} has {days} days"),
                ));
            }
        }
        YearMonth::new(year, month).ok_or_else(bad)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        YearMonth::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// A date range found in a text: `[start, end)` in months, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateRange {
    pub(crate) start: YearMonth,
    /// One past the last month.
    pub(crate) end: YearMonth,
    /// Ends at "present" (or "now", "current", ...).
    pub(crate) current: bool,
    /// A single date, not a range ("2014", "Summer 2020"), or one with "since" before it
    /// (whose range runs to the present).
    pub(crate) lone: bool,
    /// Byte span of the range in the text.
    pub(crate) span: (usize, usize),
}

/// Why a date-like text was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejected {
    pub(crate) span: (usize, usize),
    pub(crate) reason: String,
    /// Used after all, with its end moved back to today.
    pub(crate) clamped: bool,
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const SEASON: &str = r"(?:spring|summer|fall|autumn|winter|q[1-4])";
const PRESENT: &str = r"(?:present\s+day|present|current(?:ly)?|now|today|ongoing|till\s+(?:date|today|now)|until\s+(?:today|now)|to\s+date|to\s+(?:the\s+)?present|the\s+present|still\s+(?:working|employed|here)|onwards?|continuing|date)";

/// One date. With a day ("01/15/2019", "15.01.2019", "2019-01-15", "2019.01.15", "15 Jan
/// 2019"), the day is checked and then dropped: positions count in months. A year and a
/// month with a dot ("2019.03", as resumes from East Asia write them) only with two digits
/// of a month that exists, so that an amount ("2500.00") or a version ("Unity 2019.4",
/// "IntelliJ 2021.3") is no date; a month and a year with a dash ("03-2019") only with a
/// month that exists and a year of 19xx or 20xx.
fn one_date() -> String {
    format!(
        r"(?:{MONTH}(?:\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:,?\s*|-)['’]?\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH},?[ \t]+\d{{4}}|{SEASON},?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}(?-u:\b)|\d{{4}}\.\d{{2}}\.\d{{2}}(?-u:\b)|\d{{1,2}}\s*[/.]\s*\d{{4}}|(?:0?[1-9]|1[0-2])-(?:19|20)\d{{2}}(?-u:\b)|\d{{4}}\s*[/-]\s*\d{{1,2}}(?-u:\b)|\d{{4}}\.(?:0[1-9]|1[0-2])(?-u:\b)|\d{{1,2}}/\d{{2}}(?-u:\b)|\d{{4}})"
    )
}

/// Between the two dates of a range: a dash or "to", "until", "through", ...
const SEPARATOR: &str = r"\s*(?:--?|–|—|‒|―|‐|‑|−|﹣|－|~|(?-u:\b)to\s+till(?-u:\b)|(?-u:\b)to(?-u:\b)|(?-u:\b)until(?-u:\b)|(?-u:\b)till(?-u:\b)|(?-u:\b)through(?-u:\b)|(?-u:\b)thru(?-u:\b))\s*";

/// The range as one pattern: a date, and optionally a separator and a second date or
/// "present". (What [`range_parts`] finds part by part; the tests compare the two.)
#[cfg(test)]
fn range_pattern() -> String {
    let d = one_date();
    format!(r"(?i)(?-u:\b)(?P<a>{d})(?:{SEPARATOR}(?P<b>{d}|{PRESENT}(?-u:\b)|{SHORT_END}))?")
}

/// The end of "2017-19": a year's last two digits (read only after a year).
const SHORT_END: &str = r"\d{2}(?-u:\b)";

/// The range pattern in parts: the first date, then the separator and the second date.
fn range_parts() -> &'static ChainPattern {
    static RE: OnceLock<ChainPattern> = OnceLock::new();
    RE.get_or_init(|| {
        let d = one_date();
        ChainPattern::new(
            &format!(r"(?i)(?-u:\b){d}"),
            &[
                &format!("(?i){SEPARATOR}"),
                &format!(r"(?i)(?:{d}|{PRESENT}(?-u:\b)|{SHORT_END})"),
            ],
        )
    })
}

/// What a date with a day and the year last says of the order of its numbers: day first
/// (`Some(true)`: "30/06/2022", "01.03.2018"), month first (`Some(false)`: "06/30/2022"), or
/// nothing ("05/03/2018", or no such date).
fn numeric_order(s: &str) -> Option<bool> {
    let trimmed = s.trim();
    if !trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut runs = trimmed
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty());
    let (a, b, y) = (runs.next()?, runs.next()?, runs.next()?);
    if runs.next().is_some() || a.len() > 2 || b.len() > 2 || !matches!(y.len(), 2 | 4) {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    if trimmed.contains('.') || (13..=31).contains(&a) && (1..=12).contains(&b) {
        Some(true)
    } else if (13..=31).contains(&b) && (1..=12).contains(&a) {
        Some(false)
    } else {
        None
    }
}

/// A point or period parsed from one date: (first month, one past the last month,
/// whether only a year was given). `day_first` reads "05/03/2018" as 5 March, not May 3
/// (a date whose numbers say their order is read so either way).
fn parse_one(
    s: &str,
    day_first: bool,
) -> std::result::Result<(YearMonth, YearMonth, bool), String> {
    let trimmed = s.trim();
    // The runs of digits: the first two, the last, and how many (three means three or more).
    let (mut runs, mut n, mut last) = (["", ""], 0, "");
    for run in trimmed
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
    {
        if let Some(slot) = runs.get_mut(n) {
            *slot = run;
        }
        n = (n + 1).min(3);
        last = run;
    }
    let digits = &runs[..n.min(2)];
    let starts_with = |w: &str| {
        trimmed
            .get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    };
    let year_of = |p: &str| -> std::result::Result<i32, String> {
        let y: i32 = p.parse().map_err(|_| format!("bad year in {s:?}"))?;
        let y = if p.len() == 2 {
            // '19 → 2019, '95 → 1995.
            if y <= 50 {
                2000 + y
            } else {
                1900 + y
            }
        } else {
            y
        };
        if (MIN_YEAR..=MAX_YEAR).contains(&y) {
            Ok(y)
        } else {
            Err(format!("year {y} outside {MIN_YEAR}-{MAX_YEAR}"))
        }
    };
    let first = trimmed.chars().next().unwrap_or(' ');
    // "15 Jan 2019", "15th January 2019": the day, then the month's name.
    let month_word = (!first.is_ascii_alphabetic())
        .then(|| {
            trimmed
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 3)
                .find_map(|w| {
                    month_number(|m| w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(m)))
                })
        })
        .flatten();
    if let Some(month) = month_word {
        let day: u32 = runs[0].parse().map_err(|_| format!("bad day in {s:?}"))?;
        let year = year_of(last)?;
        // Over 31 is no day but a number before the date ("Level 45 Jan 2019").
        if day > 31 {
            let start = YearMonth::new(year, month).ok_or("bad month")?;
            return Ok((start, start.plus(1), false));
        }
        return month_of_day(year, month, day, s);
    }
    if n == 3 && !first.is_ascii_alphabetic() {
        // "01/15/2019" (month first), "15.01.2019" (day first with dots, or when the first
        // number is no month, or when the document writes its dates so), "2019-01-15".
        let num = |p: &str| p.parse::<u32>().map_err(|_| format!("bad date {s:?}"));
        let (a, b) = (num(runs[0])?, num(runs[1])?);
        let (year, month, day) = if runs[0].len() == 4 {
            (year_of(runs[0])?, b, num(last)?)
        } else if trimmed.contains('.') || a > 12 || (day_first && b <= 12) {
            (year_of(last)?, b, a)
        } else {
            (year_of(last)?, a, b)
        };
        return month_of_day(year, month, day, s);
    }
    if first.is_ascii_alphabetic() {
        let year = year_of(last)?;
        let season = ["spring", "summer", "fall", "autumn", "winter"]
            .iter()
            .position(|w| starts_with(w));
        if let Some(k) = season {
            let month = [3, 6, 9, 9, 12][k];
            let start = YearMonth::new(year, month).ok_or("bad season")?;
            return Ok((start, start.plus(3), false));
        }
        // "Q3 2021": a quarter, three months from January, April, July or October.
        let quarter = trimmed.as_bytes();
        if matches!(quarter.first(), Some(b'q' | b'Q'))
            && matches!(quarter.get(1), Some(b'1'..=b'4'))
        {
            let month = 1 + 3 * u32::from(quarter[1] - b'1');
            let start = YearMonth::new(year, month).ok_or("bad quarter")?;
            return Ok((start, start.plus(3), false));
        }
        let month = month_number(starts_with).ok_or_else(|| format!("unknown month in {s:?}"))?;
        let start = YearMonth::new(year, month).ok_or("bad month")?;
        return Ok((start, start.plus(1), false));
    }
    match if n > 2 { &[][..] } else { digits } {
        [y] if y.len() == 4 => {
            let year = year_of(y)?;
            let start = YearMonth::new(year, 1).ok_or("bad year")?;
            Ok((start, start.plus(12), true))
        }
        [a, b] => {
            let (m, y) = if a.len() == 4 { (b, a) } else { (a, b) };
            let year = year_of(y)?;
            let month: u32 = m.parse().map_err(|_| format!("bad month in {s:?}"))?;
            let start = YearMonth::new(year, month)
                .ok_or_else(|| format!("month {month} does not exist in {s:?}"))?;
            Ok((start, start.plus(1), false))
        }
        _ => Err(format!("not a date: {s:?}")),
    }
}

/// The month of a date with a day, once the day is checked ("Feb 30" is no date).
fn month_of_day(
    year: i32,
    month: u32,
    day: u32,
    s: &str,
) -> std::result::Result<(YearMonth, YearMonth, bool), String> {
    let start = YearMonth::new(year, month)
        .ok_or_else(|| format!("month {month} does not exist in {s:?}"))?;
    if day == 0 || day > days_in_month(year, month) {
        return Err(format!("day {day} does not exist in {s:?}"));
    }
    Ok((start, start.plus(1), false))
}

/// The month whose name's first three letters `starts_with` (any case) says the text starts with.
pub(crate) fn month_number(starts_with: impl Fn(&str) -> bool) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| starts_with(n))
        .map(|i| i as u32 + 1)
}

/// Every date range (and lone date) in `text`, whose [`Starts`] are `starts`, with `today`
/// for "present". Ranges whose end is before their start, or that end after `today`, are
/// clamped or rejected and reported in `rejected`.
pub(crate) fn find_ranges(
    text: &str,
    starts: &Starts,
    today: YearMonth,
    rejected: &mut Vec<Rejected>,
) -> Vec<DateRange> {
    // Cheap literal prefilter: no digit, no date.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let found: Vec<_> = range_parts().matches(text, &starts.dates).collect();
    // Dates with a day ("05/03/2018") are read month first, unless the document's other
    // such dates are day first ("30/06/2022") and none is month first ("06/30/2022"); a
    // range whose other end says its order is read in that order ("05/03/2018 -
    // 14/11/2019").
    let parts = |m: &ChainMatch| {
        let tail = m.tail_ends.map(|[sep_end, end]| &text[sep_end..end]);
        (&text[m.start..m.head_end], tail)
    };
    let (mut day_first, mut month_first) = (false, false);
    for m in &found {
        let (a, b) = parts(m);
        for order in [numeric_order(a), b.and_then(numeric_order)]
            .into_iter()
            .flatten()
        {
            day_first |= order;
            month_first |= !order;
        }
    }
    let document_day_first = day_first && !month_first;
    for m in found {
        let mut span = (m.start, m.end());
        let whole = &text[span.0..span.1];
        let (a, tail) = parts(&m);
        let day_first = match (numeric_order(a), tail.and_then(numeric_order)) {
            (Some(x), None) | (None, Some(x)) => x,
            (Some(x), Some(y)) if x == y => x,
            _ => document_day_first,
        };
        // "Since 2020", "(since March 2020)": a range to the present.
        // Like a lone date, it counts only at the edge of a short line ("Python since
        // 2015" in a sentence is no position); its span takes in the "since".
        let since_at = m
            .tail_ends
            .is_none()
            .then(|| text[..m.start].trim_end())
            .filter(|before| {
                before.len() >= 5
                    && before.is_char_boundary(before.len() - 5)
                    && before[before.len() - 5..].eq_ignore_ascii_case("since")
                    && !before[..before.len() - 5]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            })
            .map(|before| before.len() - 5);
        let since = since_at.is_some();
        // "Jan 2018 –" with nothing after the dash on its line: a range whose end is not
        // written, counted to the present with a note.
        let open_end = if m.tail_ends.is_none() && !since {
            open_dash_end(text, span.1)
        } else {
            None
        };
        let b = m
            .tail_ends
            .map(|[sep_end, end]| &text[sep_end..end])
            .or((since || open_end.is_some()).then_some("present"));
        // "2017-19" read as a year and a month 19: a year and the end year's last digits.
        let (a, b, short_head) = match short_year_range(a) {
            Some((year, end)) if b.is_none() => (year, Some(end), true),
            _ => (a, b, false),
        };
        // A number glued to letters or digits is not a date ("v2014", "20145").
        let glued = |at: usize| {
            text[at..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '%' || c == '+')
        };
        if glued(span.1) {
            continue;
        }
        // Nor one in digits glued after a number and a dash, slash or dot: the end of a
        // phone number or of an identifier ("415-12-2019", "555-03-2019"; not the month of
        // "01-Apr-2019").
        let before = &text.as_bytes()[..m.start];
        if text.as_bytes()[m.start].is_ascii_digit()
            && before.len() >= 2
            && matches!(before[before.len() - 1], b'-' | b'/' | b'.')
            && before[before.len() - 2].is_ascii_digit()
        {
            continue;
        }
        let first = match parse_one(a, day_first) {
            Ok(v) => v,
            // A lone number that is no date is just a number; a range is worth a note.
            Err(_) if b.is_none() => continue,
            Err(reason) => {
                rejected.push(Rejected {
                    span,
                    reason,
                    clamped: false,
                });
                continue;
            }
        };
        // Two digits after a dash end a range of years only after a bare year and before
        // no word ("2017-19"); "2019 - 25 stores", "Mar 2019 – 12 months" leave the first
        // date alone.
        let word_follows = || {
            text[span.1..]
                .trim_start_matches([' ', '\t'])
                .starts_with(|c: char| c.is_alphabetic())
        };
        let b = match b {
            Some(end) if two_digits(end) && (!first.2 || word_follows()) => {
                // ("2019 - 25 stores" read as a year and a month 25 is no date at all.)
                if short_head {
                    continue;
                }
                span.1 = m.head_end;
                None
            }
            other => other,
        };
        let range = match b {
            // "06/19" alone may be a score or a day ("rated 9/10"): only in a range.
            None if a.contains('/') && a.trim_end().len() <= 5 => continue,
            None => {
                // A lone date: only a four-digit year or month + year counts, as itself.
                DateRange {
                    start: first.0,
                    end: first.1,
                    current: false,
                    lone: true,
                    span,
                }
            }
            Some(b) => {
                let b_lower = b.to_ascii_lowercase();
                let is_present = !b_lower.chars().any(|c| c.is_ascii_digit());
                // (Only after a bare year, and before no word: see above.)
                let short_end = two_digits(b);
                let (end, current, end_year_only) = if is_present {
                    (today.plus(1), true, false)
                } else if short_end {
                    // "2017-19": the end year in the start year's century, after it.
                    let year = first.0.year() / 100 * 100 + b.parse::<i32>().unwrap_or(0);
                    if year <= first.0.year() || year - first.0.year() > 20 {
                        rejected.push(Rejected {
                            span,
                            reason: format!("not a range of years: {whole:?}"),
                            clamped: false,
                        });
                        continue;
                    }
                    let end = YearMonth::new(year, 1).map_or(first.1, |y| y.plus(6));
                    (end, false, true)
                } else {
                    match parse_one(b, day_first) {
                        Ok(second) => {
                            // A year-only end counts to mid-year, as does a year-only start.
                            let end = if second.2 { second.0.plus(6) } else { second.1 };
                            (end, false, second.2)
                        }
                        Err(reason) => {
                            rejected.push(Rejected {
                                span,
                                reason,
                                clamped: false,
                            });
                            continue;
                        }
                    }
                };
                if first.0 > today {
                    rejected.push(Rejected {
                        span,
                        reason: format!("starts in the future: {whole:?}"),
                        clamped: false,
                    });
                    continue;
                }
                let mut start = if first.2 { first.0.plus(6) } else { first.0 };
                let mut end = end;
                if first.2 && end <= start {
                    if end_year_only && first.0.year() == end.plus(-6).year() {
                        // "2015 - 2015": the whole year.
                        start = first.0;
                        end = first.1;
                    } else if first.0 < end {
                        // "2026 - Present" in the first half of 2026, "2020 - Mar 2020":
                        // from the start of the year, not its middle.
                        start = first.0;
                    }
                }
                if end <= start {
                    rejected.push(Rejected {
                        span,
                        reason: format!("ends before it starts: {whole:?}"),
                        clamped: false,
                    });
                    continue;
                }
                DateRange {
                    start,
                    end,
                    current,
                    lone: since || short_end,
                    span: (since_at.unwrap_or(span.0), span.1),
                }
            }
        };
        let mut range = range;
        if let Some(dash_end) = open_end {
            range.span.1 = dash_end;
            rejected.push(Rejected {
                span: range.span,
                reason: format!(
                    "no end date, counted to today: {:?}",
                    &text[range.span.0..dash_end]
                ),
                clamped: true,
            });
        }
        if range.start > today {
            rejected.push(Rejected {
                span,
                reason: format!("starts in the future: {whole:?}"),
                clamped: false,
            });
            continue;
        }
        if range.end > today.plus(1) {
            rejected.push(Rejected {
                span,
                reason: format!("ends in the future, counted to today: {whole:?}"),
                clamped: true,
            });
            range.end = today.plus(1);
        }
        out.push(range);
    }
    out
}

/// Is `s` two digits, the end of "2017-19"?
fn two_digits(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit())
}

/// "2017-19", "2019 - 17": a year, a dash and two digits that are no month (over 12), as
/// the year and the two digits.
fn short_year_range(a: &str) -> Option<(&str, &str)> {
    let (year, rest) = a.split_at_checked(4)?;
    let end = rest.trim_start().strip_prefix('-')?.trim_start();
    (year.bytes().all(|c| c.is_ascii_digit())
        && end.len() == 2
        && end.parse::<u32>().is_ok_and(|m| m > 12))
    .then_some((year, end))
}

/// If a dash follows `at` with nothing after it to the end of its line or a closing bracket
/// ("Jan 2018 –", "(2019 - )"), the end of the dash.
fn open_dash_end(text: &str, at: usize) -> Option<usize> {
    let blanks = |s: &str| s.len() - s.trim_start_matches([' ', '\t']).len();
    let rest = &text[at..];
    let i = blanks(rest);
    let dash = rest[i..]
        .chars()
        .next()
        .filter(|c| "-–—‒―‐‑−﹣－".contains(*c))?;
    let dash_end = i + dash.len_utf8();
    let after = &rest[dash_end..];
    after[blanks(after)..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '\n' | '\r' | ')'))
        .then_some(at + dash_end)
}

/// Total months covered by `intervals` (`[start, end)`), overlaps counted once.
pub(crate) fn merged_months(intervals: &mut [(YearMonth, YearMonth)]) -> u32 {
    intervals.sort_unstable();
    let mut total = 0i64;
    let mut current: Option<(YearMonth, YearMonth)> = None;
    for &(s, e) in intervals.iter() {
        match current {
            Some((cs, ce)) if s <= ce => current = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += i64::from(cs.months_until(ce));
                current = Some((s, e));
            }
            None => current = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = current {
        total += i64::from(cs.months_until(ce));
    }
    total.clamp(0, i64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: u32) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    fn ranges(text: &str) -> Vec<(String, String, bool)> {
        let mut rejected = Vec::new();
        find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected)
            .iter()
            .map(|r| (r.start.to_string(), r.end.to_string(), r.current))
            .collect()
    }

    #[test]
    fn range_forms() {
        let t = |s: &str, a: &str, b: &str| {
            assert_eq!(
                ranges(s),
                [(a.to_string(), b.to_string(), b == "2026-12")],
                "{s}"
            )
        };
        t("Jan 2018 – Present", "2018-01", "2026-12");
        t("January 2018 to Current", "2018-01", "2026-12");
        t("03/2017 - 06/2020", "2017-03", "2020-07");
        t("2015 - 2017", "2015-07", "2017-07");
        t("2019–now", "2019-07", "2026-12");
        t("Sep. 2019 – Mar. 2021", "2019-09", "2021-04");
        t("Summer 2020", "2020-06", "2020-09");
        t("2014", "2014-01", "2015-01");
        t("March, 2015 until June 2017", "2015-03", "2017-07");
        t("2017-03 – 2018-11", "2017-03", "2018-12");
        t("Oct '19 — Feb '21", "2019-10", "2021-03");
        // The other dashes text extraction gives: hyphen, non-breaking hyphen, minus, the
        // small and the full-width hyphen-minus.
        for dash in ["‐", "‑", "−", "﹣", "－"] {
            t(&format!("06/2019 {dash} 03/2021"), "2019-06", "2021-04");
        }
        // A day between the month and the year.
        t("May 15, 2018 - June 30, 2020", "2018-05", "2020-07");
        t("January 10, 2019 – Present", "2019-01", "2026-12");
        t("Dec 2nd 2019 to Mar 3rd 2021", "2019-12", "2021-04");
        // A year-only start that its end leaves no half year for counts from January.
        t("2020 - Mar 2020", "2020-01", "2020-04");
        t("2020 - Jun 2020", "2020-01", "2020-07");
        t("2015 - 2015", "2015-01", "2016-01");
        // A dash between month and year, and two-digit years after a slash in a range.
        t("Jan-2018 to Mar-2021", "2018-01", "2021-04");
        t("Jan-18 - Mar-21", "2018-01", "2021-04");
        t("06/19 – 03/21", "2019-06", "2021-04");
        t("06/19 - Present", "2019-06", "2026-12");
        t("Since Jan 2020", "2020-01", "2026-12");
        t("(since March 2020)", "2020-03", "2026-12");
        t("Since 2020", "2020-07", "2026-12");
        // Dates with a day: month first with slashes, day first with dots or when the
        // first number is no month, ISO, and a day before the month's name.
        t("01/15/2019 - 06/30/2021", "2019-01", "2021-07");
        t("1/1/2019 - 12/31/2020", "2019-01", "2021-01");
        t("15/01/2019 - 30/06/2021", "2019-01", "2021-07");
        t("01.03.2019 - 31.05.2021", "2019-03", "2021-06");
        t("2019-01-15 to 2021-06-30", "2019-01", "2021-07");
        // A year and a month, or a year, a month and a day, with dots.
        t("2019.03 - 2021.07", "2019-03", "2021-08");
        t("2019.03 – Present", "2019-03", "2026-12");
        t("2019.03.01 ~ 2021.07.31", "2019-03", "2021-08");
        t("03-2019 to 07-2021", "2019-03", "2021-08");
        t("15 Jan 2019 - 30 Jun 2021", "2019-01", "2021-07");
        t("15th January 2019 – Present", "2019-01", "2026-12");
        t("16th Jan 2017 to till 30th Aug 2018", "2017-01", "2018-09");
        t("Q1 2019 - Q3 2021", "2019-01", "2021-10");
        // A range one of whose ends says its order reads the other end so too.
        t("05/03/2018 - 14/11/2019", "2018-03", "2019-12");
        t("1/3/2017 - 31/5/2017", "2017-03", "2017-06");
        t("05/03/2018 - 11/30/2019", "2018-05", "2019-12");
        // Ends in words, a doubled dash, a curly apostrophe, a short end year.
        for end in [
            "till today",
            "Till now",
            "to the present",
            "Present day",
            "Still working",
            "onwards",
            "Continuing",
        ] {
            t(&format!("Mar 2019 - {end}"), "2019-03", "2026-12");
        }
        t("Mar 2019 -- May 2021", "2019-03", "2021-06");
        t("Mar’19 – May’21", "2019-03", "2021-06");
        t("2017-19", "2017-07", "2019-07");
        t("2017 – 19", "2017-07", "2019-07");
        // Not before a word, nor after a month: the first date stands alone.
        t("Mar 2019 – 12 months contract", "2019-03", "2019-04");
        t("Level 45 Jan 2019 - Present", "2019-01", "2026-12");
    }

    #[test]
    fn a_document_with_dates_day_first_reads_them_all_so() {
        let spans = |text: &str| -> Vec<(String, String)> {
            let mut rejected = Vec::new();
            find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected)
                .iter()
                .map(|r| (r.start.to_string(), r.end.to_string()))
                .collect()
        };
        let day_first = "Analyst\n12/06/2017 - 01/08/2017\nIntern\n01/02/2016 - 30/06/2016\n";
        assert_eq!(
            spans(day_first),
            [("2017-06", "2017-09"), ("2016-02", "2016-07")].map(|(a, b)| (a.into(), b.into()))
        );
        // Month first without any date that says otherwise, or when the document's dates
        // disagree.
        for text in [
            "Analyst\n12/06/2017 - 01/08/2018\n",
            "Analyst\n12/06/2017 - 01/08/2018\nIntern\n01/30/2016 - 06/30/2016\nAide\n30/01/2015 - 30/06/2015\n",
        ] {
            assert_eq!(spans(text)[0], ("2017-12".into(), "2018-02".into()), "{text:?}");
        }
    }

    #[test]
    fn a_dash_with_no_end_runs_to_today_with_a_note() {
        for (text, start, dash) in [
            ("Jan 2018 –", "2018-01", "Jan 2018 –"),
            (
                "Engineer, Acme, Mar 2019 - \nBuilt things",
                "2019-03",
                "Mar 2019 -",
            ),
            ("Acme (2019 - )", "2019-07", "2019 -"),
        ] {
            let mut rejected = Vec::new();
            let found = find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected);
            assert_eq!(found.len(), 1, "{text}: {rejected:?}");
            assert_eq!(found[0].start.to_string(), start, "{text}");
            assert_eq!(found[0].end, ym(2026, 12), "{text}");
            assert!(found[0].current && !found[0].lone, "{text}");
            assert_eq!(&text[found[0].span.0..found[0].span.1], dash, "{text}");
            assert_eq!(rejected.len(), 1, "{text}");
            assert!(rejected[0].clamped, "{text}");
            assert!(rejected[0].reason.starts_with("no end date"), "{text}");
        }
        // Words after the dash, or another date on the next line, are no open end.
        assert_eq!(
            ranges("Jan 2018 – Mar 2019"),
            [("2018-01".into(), "2019-04".into(), false)]
        );
        assert_eq!(
            ranges("Jan 2018 -\nPresent"),
            [("2018-01".into(), "2026-12".into(), true)]
        );
        assert_eq!(
            ranges("2014 - a good year"),
            [("2014-01".into(), "2015-01".into(), false)]
        );
    }

    #[test]
    fn a_slash_and_two_digits_alone_are_no_date() {
        for text in [
            "Rated 9/10 by users",
            "Support 24/7",
            "Scored 10/10",
            "on 12/21",
        ] {
            assert!(ranges(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_year_with_a_dot_and_no_month_is_a_year() {
        // "2020.00" and "2020.13" name no month: the year alone is read, as before the dot.
        for text in ["2020.00", "2020.13"] {
            assert_eq!(
                ranges(text),
                [("2020-01".into(), "2021-01".into(), false)],
                "{text}"
            );
        }
    }

    #[test]
    fn versions_and_phone_numbers_are_no_dates() {
        // A version numbered by its year and a one-digit release is no month: at most
        // its year alone is read, as before the dot.
        for text in [
            "Migrated the project from Unity 2019.4 to 2021.3",
            "Upgraded IntelliJ 2019.3 to 2021.2",
            "2019.3.1 to 2021.2.3",
        ] {
            let found = ranges(text);
            assert!(
                found
                    .iter()
                    .all(|(s, e, _)| s.ends_with("-01") && e.ends_with("-01")),
                "{text}: {found:?}"
            );
        }
        for text in ["Phone: 415-12-2019", "Call 555-03-2019"] {
            assert!(ranges(text).is_empty(), "{text}: {:?}", ranges(text));
        }
    }

    #[test]
    fn a_year_only_start_this_year_runs_to_present() {
        // Early in the year, "2026 - Present" starts in January, not mid-year.
        let text = "2026 - Present";
        let mut rejected = Vec::new();
        let found = find_ranges(text, &Starts::new(text), ym(2026, 3), &mut rejected);
        assert_eq!(found.len(), 1, "{rejected:?}");
        assert_eq!((found[0].start, found[0].end), (ym(2026, 1), ym(2026, 4)));
        // A start after today is reported as such, not as ending before it starts.
        let text = "Dec 2026 - Present";
        let found = find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected);
        assert!(found.is_empty());
        let last = rejected.last().unwrap();
        assert!(last.reason.starts_with("starts in the future"), "{last:?}");
        assert!(!last.clamped);
    }

    #[test]
    fn bad_dates_are_rejected_with_reasons() {
        let mut rejected = Vec::new();
        let text = "13/2020 - 05/2021; 2019 - 2017; 1850 - 1860; 2150; version 2014a; 20145";
        let found = find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(rejected.len(), 3, "{rejected:?}");
        // A day that does not exist, a month 13 with a day, a short end before its start.
        for text in ["02/30/2019 - 2020", "13/13/2019 - 2020", "2019 - 17"] {
            let mut rejected = Vec::new();
            let found = find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected);
            assert!(
                found.is_empty() && rejected.len() == 1,
                "{text}: {found:?} {rejected:?}"
            );
        }
        // Dates past today are clamped to today and said so.
        let text = "Jan 2025 - Dec 2030";
        let found = find_ranges(text, &Starts::new(text), ym(2026, 11), &mut rejected);
        assert_eq!(found[0].end, ym(2026, 12));
        assert!(rejected.last().unwrap().reason.contains("future"));
        assert!(rejected.last().unwrap().clamped);
        // Saturating arithmetic: no overflow however far.
        assert_eq!(ym(2026, 1).plus(i32::MAX), YearMonth(i32::MAX));
        assert_eq!(YearMonth(i32::MIN).months_until(ym(2026, 1)), i32::MAX);
    }

    #[test]
    fn merging_counts_overlaps_once() {
        let mut v = vec![
            (ym(2018, 1), ym(2020, 1)),
            (ym(2019, 1), ym(2021, 1)),
            (ym(2022, 1), ym(2022, 7)),
        ];
        assert_eq!(merged_months(&mut v), 36 + 6);
        assert_eq!(merged_months(&mut []), 0);
    }

    #[test]
    fn year_month_parsing_and_clock() {
        assert_eq!(YearMonth::parse("2026-11-27").unwrap(), ym(2026, 11));
        assert!(YearMonth::parse("2026-02-30").is_err());
        assert!(YearMonth::parse("2026-13").is_err());
        assert!(YearMonth::parse("yesterday").is_err());
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_784), (2026, 11, 27));
        assert!(YearMonth::now().year() >= 2024);
    }

    const DATE_PIECES: &[&str] = &[
        "Jan",
        "January",
        "feb",
        "FEBRUARY",
        "Mar",
        "march",
        "Apr.",
        "april",
        "May",
        "jun",
        "June",
        "Jul",
        "july",
        "Aug",
        "August",
        "Sep.",
        "Sept",
        "September",
        "oct",
        "October",
        "Nov",
        "november",
        "Dec",
        "December",
        "Spring",
        "summer",
        "Fall",
        "autumn",
        "Winter",
        "2018",
        "'19",
        "03",
        "3",
        "/",
        "2017",
        "12",
        "2020-06",
        "99999",
        "to",
        "until",
        "till",
        "to till",
        "through",
        "thru",
        "-",
        "–",
        "—",
        "~",
        "Present",
        "current",
        "currently",
        "now",
        "today",
        "ongoing",
        "till date",
        "to date",
        "till today",
        "onwards",
        "the present",
        "15th",
        "01.03.2019",
        "2019-01-15",
        "1/1/2019",
        "’",
        "--",
        "date",
        "v",
        "x",
        "_",
        "é",
        "%",
        "\u{b}",
        "\u{a0}",
        "\u{2003}",
        "123",
        "7k",
        "5+",
        "4.",
        "  ",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn anchored_date_pattern_finds_what_scanning_finds(
            picks in proptest::collection::vec((0..DATE_PIECES.len(), 0..6usize), 0..14),
        ) {
            let seps = [" ", "", ".", " - ", ", ", "\n"];
            let text = crate::profile::words::tests::text_of(DATE_PIECES, &seps, &picks);
            assert_parts_find_what_scanning_finds(&text);
        }
    }

    /// The range pattern run part by part at the date starts finds what the whole pattern
    /// finds by scanning every byte: the same matches, first dates and second dates.
    fn assert_parts_find_what_scanning_finds(text: &str) {
        type Spans = ((usize, usize), (usize, usize), Option<(usize, usize)>);
        let span = |m: regex::Match| (m.start(), m.end());
        let scan = regex::Regex::new(&range_pattern()).unwrap();
        let want: Vec<Spans> = scan
            .captures_iter(text)
            .map(|c| {
                (
                    span(c.get(0).unwrap()),
                    span(c.name("a").unwrap()),
                    c.name("b").map(span),
                )
            })
            .collect();
        let starts = Starts::new(text);
        let got: Vec<Spans> = range_parts()
            .matches(text, &starts.dates)
            .map(|m| {
                (
                    (m.start, m.end()),
                    (m.start, m.head_end),
                    m.tail_ends.map(|[sep_end, end]| (sep_end, end)),
                )
            })
            .collect();
        assert_eq!(got, want, "{text:?}");
    }

    #[test]
    fn parts_find_what_the_whole_pattern_finds() {
        for text in [
            "Jan 2018 – Present, 03/2017 - 06/2020, 2015 - 2017, 2019–now",
            "Sep. 2019 – Mar. 2021; Summer 2020; 2014; 2018-03 to 2019-1",
            "January 2018 to Current and 2016 until 2017, 2012 thru 2013",
            "2011 till date, 2010 to date, 2009 -, 2008 to, Jan '19 - Dec '20",
            "from 2020 through\tdecember 2021 and 5/2019 ~ 7/2019 (2001-2003)",
            "v2014, 20145, 2014a, 2015 - 20167, 1999 – 2000x, 2020 - presently",
        ] {
            assert_parts_find_what_scanning_finds(text);
        }
        assert!(ChainPattern::new("(", &[])
            .matches("a", &[0])
            .next()
            .is_none());
        assert!(ChainPattern::new("a", &["(", "b"])
            .matches("ab", &[0])
            .next()
            .is_none());
        assert!(ChainPattern::new("a", &["b", "c", "d"])
            .matches("abcd", &[0])
            .next()
            .is_none());
    }
}
