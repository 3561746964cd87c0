//! What a resume's text says, before it is dressed as a [`Resume`](super::Resume): its
//! sections, positions, skills with their years, claimed years and highest degree. Both
//! [`Resume::parse`](super::Resume::parse) and the matcher's resume index read resumes
//! through [`read`]; the index keeps only what scoring needs, and skips the rest.

use super::dates::{find_ranges, merged_months, DateRange, YearMonth, MAX_YEAR, MIN_YEAR};
use super::education::{
    drop_degree_names, find_degrees, find_word, in_progress, Degree, DegreeLevel,
};
use super::resume::Position;
use super::sections::{
    drop_heading_words, heading_kind, kind_at, sections, skills_lists, DocKind, Section,
    SectionKind,
};
use super::stated::{stated_range, stated_years};
use super::titles::{
    drop_name_line, drop_organisation_kinds, drop_organisation_names, ends_with_company_suffix,
    ends_with_title_word, ends_with_us_state, has_title_word, is_organisation, name, reads_as_name,
    title_employer,
};
use super::words::Starts;
use super::years::{find_statements, round2, tied_mentions, Context, YearsStatement};
use super::{sentence_bounds, Span};
use crate::extract::context::{opens_with_bullet, strip_bullets};
use crate::extract::{Extractor, Mention};

/// What [`read`] is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// A full [`Resume`](super::Resume): everything, notes included.
    Profile,
    /// Scoring: no notes, positions without their titles and employers, and the claimed
    /// years only when there is no position.
    Scoring,
}

/// A skill of the resume, once, in order of first mention.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SkillYears {
    /// Index in the extractor's taxonomy.
    pub(crate) skill: u32,
    /// Years of use: the positions that mention it, merged as intervals, or the years
    /// stated beside it, whichever is larger.
    pub(crate) years: Option<f64>,
    /// Years stated beside it ("Python (5 years)").
    pub(crate) stated_years: Option<f64>,
    /// The last month of the latest position that mentions it.
    pub(crate) last_used: Option<YearMonth>,
    /// Its stated years come from a statement that names it ("7 years of Python
    /// experience"), not from beside it.
    pub(crate) claimed: bool,
}

/// A resume's text read (see the module documentation).
pub(crate) struct Read {
    pub(crate) sections: Vec<Section>,
    pub(crate) positions: Vec<Position>,
    /// Years of the positions, overlaps merged.
    pub(crate) total_years: f64,
    pub(crate) mentions: Vec<Mention>,
    /// Each skill once, in order of first mention.
    pub(crate) skills: Vec<SkillYears>,
    /// For each mention, the index of its skill in `skills`.
    pub(crate) slots: Vec<u32>,
    /// "8+ years of experience" outside the positions (for [`Purpose::Scoring`], read only
    /// when there is no position).
    pub(crate) claimed_years: Option<f64>,
    /// The highest degree held (or, without one, under way), from the education section
    /// when there is one.
    pub(crate) education: Option<Degree>,
    /// The degree in `education` is under way, not held ("Pursuing M.Tech").
    pub(crate) education_in_progress: bool,
    /// What was ignored and why (empty for [`Purpose::Scoring`]).
    pub(crate) notes: Vec<String>,
}

impl Read {
    /// The years scoring counts (see [`scored_years`]).
    pub(crate) fn years(&self) -> f64 {
        scored_years(&self.positions, self.total_years, self.claimed_years)
    }
}

/// The years of experience scoring counts: the positions' (merged), or without positions
/// the years claimed ("8+ years of experience"), or 0.
pub(crate) fn scored_years(positions: &[Position], total_years: f64, claimed: Option<f64>) -> f64 {
    if positions.is_empty() {
        claimed.unwrap_or(0.0)
    } else {
        total_years
    }
}

/// The degree rank scoring counts: [`DegreeLevel::rank`] for a degree held, one less for
/// one under way ("Pursuing M.Tech" counts as a bachelor's).
pub(crate) fn scored_degree_rank(level: DegreeLevel, in_progress: bool) -> u8 {
    level.rank() - u8::from(in_progress)
}

/// Reads `text` with `extractor`'s taxonomy; "present" is `today`.
pub(crate) fn read(text: &str, extractor: &Extractor, today: YearMonth, purpose: Purpose) -> Read {
    let plain = super::plain_line_ends(text);
    let text = &*super::relined(&plain, DocKind::Resume);
    // Dates are read in MIN_YEAR..=MAX_YEAR; so is "present".
    let today = today.clamp(
        YearMonth::new(MIN_YEAR, 1).unwrap_or(today),
        YearMonth::new(MAX_YEAR, 12).unwrap_or(today),
    );
    let sections = sections(text, DocKind::Resume);
    let mut notes = Vec::new();
    let starts = Starts::new(text);
    let mut degrees = find_degrees(text, &starts);
    let mut mentions = extractor.extract_with_lists(text, &skills_lists(&sections));
    drop_heading_words(text, &sections, &mut mentions);
    drop_name_line(text, &mut mentions);
    drop_organisation_names(text, &mut mentions);
    drop_organisation_kinds(text, &mut mentions);
    drop_degree_names(&mut mentions, &degrees);
    drop_denied(text, &mut mentions, CREDENTIAL_DENIALS);
    drop_under_way(text, &mut mentions);
    let found = Found {
        sections: &sections,
        degrees: &degrees,
        mentions: &mentions,
    };
    let (positions, employers, titles) =
        positions(text, found, &starts, today, purpose, &mut notes);
    drop_employer_names(text, &employers, &mut mentions);
    add_title_skills(text, &titles, extractor.taxonomy(), &mut mentions);
    let mut intervals: Vec<(YearMonth, YearMonth)> =
        positions.iter().map(|p| (p.start, p.end.plus(1))).collect();
    let total_years = round2(merged_months(&mut intervals) as f64 / 12.0);

    let (mut skills, slots) = skill_years(text, &mentions, &positions, today);

    // Statements of years: "8+ years of experience" in the summary (or anywhere outside the
    // positions) is the years claimed; "7 years of Python experience" gives the skills it
    // names their years.
    let mut ignored = Vec::new();
    let statements = find_statements(
        text,
        &starts.units,
        false,
        |_| Context::Prose,
        &[],
        &mut ignored,
    );
    tie_statements(text, &sections, &statements, &mentions, &slots, &mut skills);
    let claimed_years = if purpose == Purpose::Profile || positions.is_empty() {
        statements
            .iter()
            .filter(|s| match kind_at(&sections, s.start) {
                SectionKind::Summary | SectionKind::Intro | SectionKind::Other => true,
                // A skills section's years are its skills' ("Java - 36 months"), unless
                // the line says they are the whole career's ("☑ MBA with a total work
                // experience of 6.8 years").
                SectionKind::Skills => {
                    let line =
                        memchr::memrchr(b'\n', &text.as_bytes()[..s.start]).map_or(0, |i| i + 1);
                    says_total_experience(&text[line..s.start])
                }
                _ => false,
            })
            .map(|s| s.min_years)
            .chain(since_claim(text, &sections, today))
            .max_by(f64::total_cmp)
    } else {
        None
    };
    if purpose == Purpose::Profile {
        notes.extend(ignored.into_iter().map(|(_, _, why)| why));
    }

    // The highest degree held, from the education section when there is one that names a
    // degree; under an education heading that names none, from outside the experience
    // ("Supervised PhD students" is no PhD); without an education heading, from anywhere
    // (an unknown heading such as "Academia" leaves its degrees in the section before);
    // without one held, the highest under way ("Pursuing M.Tech").
    let in_education = degrees
        .iter()
        .any(|d| kind_at(&sections, d.start) == SectionKind::Education);
    let has_education = sections.iter().any(|s| s.kind == SectionKind::Education);
    let education = (0..degrees.len())
        .filter(|&k| {
            let kind = kind_at(&sections, degrees[k].start);
            if in_education {
                kind == SectionKind::Education
            } else {
                !has_education || kind != SectionKind::Experience
            }
        })
        .map(|k| (k, in_progress(text, &degrees, k, today.year())))
        .max_by(|&(a, a_under_way), &(b, b_under_way)| {
            let (a, b) = (&degrees[a], &degrees[b]);
            b_under_way
                .cmp(&a_under_way)
                .then(a.level.rank().cmp(&b.level.rank()))
                .then((!a.fields.is_empty()).cmp(&!b.fields.is_empty()))
                .then(b.start.cmp(&a.start))
        });
    let education_in_progress = education.is_some_and(|(_, under_way)| under_way);
    let education = education.map(|(k, _)| degrees.swap_remove(k));
    Read {
        sections,
        positions,
        total_years,
        mentions,
        skills,
        slots,
        claimed_years,
        education,
        education_in_progress,
        notes,
    }
}

/// Is `line` a duration and nothing else ("6 years 4 months", "2 yrs 3 mos", "11 months")?
fn is_duration(line: &str) -> bool {
    let mut words = 0;
    line.split_whitespace().all(|w| {
        words += 1;
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        w.bytes().all(|b| b.is_ascii_digit())
            || ["year", "years", "yr", "yrs", "month", "months", "mo", "mos"].contains(&w.as_str())
    }) && (2..=4).contains(&words)
        && line.starts_with(|c: char| c.is_ascii_digit())
}

/// Does `text` have a blank line after nearly every line (a copy from a word processor or
/// a PDF)? Then the lines above a position's dates are read across the blank lines.
fn double_spaced(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut lines, mut adjacent, mut previous_blank, mut start) = (0usize, 0usize, true, 0);
    for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let blank = bytes[start..end].iter().all(u8::is_ascii_whitespace);
        if !blank {
            lines += 1;
            adjacent += usize::from(!previous_blank);
        }
        previous_blank = blank;
        start = end + 1;
    }
    lines >= 6 && adjacent * 10 <= lines
}

/// Drops the mentions a resume says its writer is not or does not hold ("Not a CPA",
/// "not an RN", "non-CPA"), or a posting says it does not ask for ("Non-CDL", "No CDL
/// required"): `denials` (lower case) are the words right before a mention.
///
/// The denial reaches on over "or", "nor" and "/" ("No CDL or forklift certification
/// required", "not a CPA or CMA"), with up to two words of the denied thing before the
/// joiner ("No CDL license or ...").
pub(super) fn drop_denied(text: &str, mentions: &mut Vec<Mention>, denials: &[&str]) {
    let bytes = text.as_bytes();
    // The bytes that end a denial, by the byte before them ("a " of "not a "): most
    // mentions are settled by one lookup.
    let mut ends = [0u8; 256];
    for d in denials
        .iter()
        .map(|d| d.as_bytes())
        .filter(|d| d.len() >= 2)
    {
        ends[usize::from(d[d.len() - 2])] |= if d[d.len() - 1] == b' ' { 1 } else { 2 };
    }
    // Where the last denied mention ended.
    let mut denied_end: Option<usize> = None;
    mentions.retain(|m| {
        if denied_end.is_some_and(|end| continues_a_denial(text.get(end..m.start))) {
            denied_end = Some(m.end);
            return false;
        }
        denied_end = None;
        // Every denial ends with a space or a hyphen.
        if m.start < 3 || !matches!(bytes[m.start - 1], b' ' | b'-') {
            return true;
        }
        // Most mentions are settled by the two bytes before them, which end no denial.
        let last = if bytes[m.start - 1] == b' ' { 1 } else { 2 };
        if ends[usize::from(bytes[m.start - 2].to_ascii_lowercase())] & last == 0 {
            return true;
        }
        let before = &text[..m.start];
        let penultimate = bytes[m.start - 2].to_ascii_lowercase();
        let denied = denials.iter().any(|d| {
            let at = before.len().wrapping_sub(d.len());
            // The two bytes before first (the denials are lower case).
            d.as_bytes()[d.len().saturating_sub(2)] == penultimate
                && before.len() >= d.len()
                && before.is_char_boundary(at)
                && before[at..].eq_ignore_ascii_case(d)
                // A word of its own: not the end of "Cannon".
                && !before[..at].ends_with(|c: char| c.is_alphanumeric())
        });
        if denied {
            denied_end = Some(m.end);
        }
        !denied
    });
}

/// Does `between` (the text from a denied mention to the next) carry the denial on: "or",
/// "nor" or "/", perhaps after up to two words ("CDL license or ")?
fn continues_a_denial(between: Option<&str>) -> bool {
    let Some(between) = between.filter(|b| b.len() <= 40) else {
        return false;
    };
    let lower = between.to_ascii_lowercase();
    let Some(words) = [" or a ", " or an ", ", or ", " or ", " nor ", " / ", "/"]
        .iter()
        .find_map(|j| lower.strip_suffix(j))
    else {
        return false;
    };
    words.len() < 30
        && words.split(' ').filter(|w| !w.is_empty()).count() <= 2
        && words
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
}

/// The words before a mention that say a resume's writer does not hold it ("Not a CPA",
/// "non-CPA") or is still on the way to it ("Pursuing CPA licensure", "eligible for the
/// CPA exam", "studying for the PMP").
const CREDENTIAL_DENIALS: &[&str] = &[
    "not a ",
    "not an ",
    "non-",
    "non ",
    "pursuing ",
    "pursuing the ",
    "pursuing a ",
    "studying for ",
    "studying for the ",
    "eligible for ",
    "eligible for the ",
    "candidate for ",
    "candidate for the ",
    "working toward ",
    "working towards ",
    "working toward the ",
    "working towards the ",
    "preparing for ",
    "preparing for the ",
    // Wanted, not held: "a role where I can earn my forklift certification and eventually
    // obtain a Class A CDL", "Aspiring registered nurse", "hoping to learn IV therapy".
    "earn my ",
    "earn a ",
    "earn the ",
    "obtain my ",
    "obtain a ",
    "obtain the ",
    "get my ",
    "aspiring ",
    "hoping to learn ",
    "hope to learn ",
    "eager to learn ",
    "want to learn ",
];

/// Drops the mentions a resume says are under way ("CPA candidate", "CFA Level II
/// Candidate", "PMP (in progress)", "CPA (expected 2027)"): the words right after the
/// mention, past at most two words of the credential's ("Level II", "exam"), say so.
fn drop_under_way(text: &str, mentions: &mut Vec<Mention>) {
    const PARTS: &[&str] = &[
        "level",
        "i",
        "ii",
        "iii",
        "exam",
        "exams",
        "certification",
        "license",
        "licensure",
        "designation",
        "charter",
    ];
    const UNDER_WAY: &[&str] = &[
        "candidate",
        "in progress",
        "(in progress",
        "(expected",
        "expected 20",
        "(pending",
        "pending",
        "in process",
        "(in process",
        "eligible",
    ];
    let bytes = text.as_bytes();
    mentions.retain(|m| {
        // Most mentions are settled by the word after them (its first eight bytes), which
        // is none of the lists'.
        let after = &bytes[m.end..];
        let skip = after
            .iter()
            .take_while(|&&b| matches!(b, b' ' | b',' | b'-'))
            .count();
        let mut head = [0u8; 9];
        for (h, &b) in head.iter_mut().zip(&after[skip..]) {
            *h = b.to_ascii_lowercase();
        }
        // A word of the lists, whole or by its first eight bytes.
        let begins = |w: &&str| {
            let w = &w.as_bytes()[..w.len().min(8)];
            head.starts_with(w) && (w.len() == 8 || !head[w.len()].is_ascii_alphabetic())
        };
        if !PARTS.iter().chain(UNDER_WAY).any(begins) {
            return true;
        }
        let mut rest = text[m.end..].trim_start_matches([' ', ',', '-']);
        for _ in 0..2 {
            let word_end = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            if word_end == 0
                || !PARTS
                    .iter()
                    .any(|p| rest[..word_end].eq_ignore_ascii_case(p))
            {
                break;
            }
            rest = rest[word_end..].trim_start_matches(' ');
        }
        !UNDER_WAY.iter().any(|w| {
            rest.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w))
                // A word of its own: not "candidates".
                && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
    });
}

/// Whether the words before a statement of years on its line name the whole career's
/// experience: "total" and then "experience" or "exp" ("Total IT experience: 6 years", "a
/// total work experience of 6.8 years").
fn says_total_experience(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    // "experience" or "exp" among the two words after "total" ("total work experience",
    // "Total IT Exp"; "Total Quality Management experience: 5 years" is a skill's).
    lower.match_indices("total").any(|(i, _)| {
        lower[i + 5..]
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| w == "experience" || w == "exp")
    })
}

/// The years a resume's summary claims with "since" and a year ("Licensed electrician since
/// 2012", "Working as a Java developer since 2015", "in the trucking industry since 2010"):
/// from January of that year to `today`, when the words before "since" in its sentence
/// name a title or work ("working", "experience", "industry", "career", "licensed", ...);
/// not "Member of IEEE since 2015" or "Living in Austin since 2018".
fn since_claim(text: &str, sections: &[Section], today: YearMonth) -> Option<f64> {
    const WORK: &[&str] = &[
        "working",
        "worked",
        "work",
        "experience",
        "industry",
        "career",
        "professional",
        "professionally",
        "licensed",
        "certified",
        "practicing",
        "practising",
        "employed",
        "driving",
        "teaching",
        "nursing",
    ];
    const NOT_WORK: &[&str] = &[
        "member",
        "citizen",
        "resident",
        "living",
        "lived",
        "married",
        "based",
        "volunteer",
    ];
    let bytes = text.as_bytes();
    let mut best: Option<f64> = None;
    // "since " or "Since ".
    for at in memchr::memmem::find_iter(bytes, b"ince ").filter_map(|i| i.checked_sub(1)) {
        if !matches!(bytes[at], b's' | b'S')
            || !matches!(
                kind_at(sections, at),
                SectionKind::Summary | SectionKind::Intro | SectionKind::Other
            )
            || at > 0 && bytes[at - 1].is_ascii_alphanumeric()
        {
            continue;
        }
        let digits = &bytes[at + 6..(at + 10).min(bytes.len())];
        let ends = bytes
            .get(at + 10)
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        if digits.len() != 4 || !digits.iter().all(u8::is_ascii_digit) || !ends {
            continue;
        }
        let year = digits
            .iter()
            .fold(0i32, |y, d| y * 10 + i32::from(d - b'0'));
        if !(1950..=today.year()).contains(&year) {
            continue;
        }
        // Its sentence, within 120 bytes either side.
        let (s, e) = sentence_bounds(text, at, at + 10, 120, 120);
        let before = &text[s..at];
        // A sentence that opens with it: the words after the year ("Since 2016, I have
        // worked as a registered nurse").
        let before = if before.trim().is_empty() {
            let after = &text[at + 10..e.max(at + 10)];
            // Of the writer ("I have worked"), not of an employer ("Since 2001, Acme has
            // been the leader in ...").
            let first_person = after
                .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
                .any(|w| matches!(w, "I" | "I've" | "I'm"));
            if first_person {
                after
            } else {
                ""
            }
        } else {
            before
        };
        let words = || {
            before
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
        };
        let not_work = words().any(|w| NOT_WORK.iter().any(|k| w.eq_ignore_ascii_case(k)));
        let says_work = !not_work
            && (has_title_word(before)
                || words().any(|w| WORK.iter().any(|k| w.eq_ignore_ascii_case(k))));
        if let Some(from) = YearMonth::new(year, 1).filter(|_| says_work) {
            let years = f64::from(from.months_until(today)) / 12.0;
            best = Some(best.map_or(years, |b: f64| b.max(years)));
        }
    }
    best.map(round2)
}

/// What a resume's other passes found, for [`positions`] to read the dates among.
#[derive(Clone, Copy)]
struct Found<'a> {
    sections: &'a [Section],
    degrees: &'a [Degree],
    /// The skill mentions, in order.
    mentions: &'a [Mention],
}

/// A byte range of the text (start, end).
type ByteRange = (usize, usize);

/// The positions: date ranges in the experience section (or, with no such section, outside
/// education, projects and certifications, and not on a degree's line), with the title and
/// employer found near them (kept for [`Purpose::Profile`] only: for scoring they only
/// mark where a position's text starts). For a profile, dates ignored are noted in `notes`.
/// Also returns where the employers of positions with a title and where the titles stand.
fn positions(
    text: &str,
    found: Found<'_>,
    starts: &Starts,
    today: YearMonth,
    purpose: Purpose,
    notes: &mut Vec<String>,
) -> (Vec<Position>, Vec<ByteRange>, Vec<ByteRange>) {
    let Found {
        sections,
        degrees,
        mentions,
    } = found;
    let has_experience = sections.iter().any(|s| s.kind == SectionKind::Experience);
    let mut rejected = Vec::new();
    let ranges = find_ranges(text, starts, today, &mut rejected);
    let lines = Lines::new(text);
    let line_start = |at: usize| lines.start(at);
    let line_end = |at: usize| lines.end(at);
    let degree_lines: foldhash::HashSet<usize> =
        degrees.iter().map(|d| line_start(d.start)).collect();
    let mut last_line = usize::MAX;
    let mut kept_ranges: Vec<DateRange> = Vec::new();
    for r in ranges {
        let kind = kind_at(sections, r.span.0);
        let counts = if has_experience {
            kind == SectionKind::Experience
        } else {
            !(matches!(
                kind,
                SectionKind::Education | SectionKind::Projects | SectionKind::Certifications
            ) || degree_lines.contains(&line_start(r.span.0))
                // "Skills: Go (2019-2023)": a skill's years of use, not a position.
                || (kind == SectionKind::Skills && after_a_skill(text, r.span.0, mentions)))
        };
        let ls = line_start(r.span.0);
        if !counts || ls == last_line {
            continue;
        }
        // A project's dates under a position ("Client: FMCG company\nRole: FICO Consultant
        // | Duration: Feb 2022 – Feb 2024"), within an earlier position's: that position's
        // project, not a position of its own.
        if kept_ranges
            .iter()
            .any(|k| k.start <= r.start && r.end <= k.end)
            && names_a_project(text, ls, line_start)
        {
            continue;
        }
        let line = &text[ls..line_end(r.span.0)];
        // (A range may go on to the next line: "Jan 2018 -\nPresent".)
        let after = text.get(r.span.1..ls + line.len()).unwrap_or("");
        if has_experience && an_event_of(&text[ls..r.span.0], after, &r, kept_ranges.last()) {
            continue;
        }
        // A lone date ("2014", "Summer 2016") is a position only at the start or end of
        // a short line, not inside a sentence ("promoted in 2020").
        if r.lone {
            let before = text[ls..r.span.0].trim_end();
            // "Engineer, Acme (since 2020)": a range to the present in brackets at the
            // end of the line (a lone year in them is more often a school's).
            let since = text
                .get(r.span.0..r.span.0 + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            let mut after = text[r.span.1..line_end(r.span.1)].trim_start();
            if since {
                after = after.trim_start_matches(')').trim_start();
            }
            let at_edge = |s: &str, edge_last: bool| {
                s.is_empty()
                    || if edge_last {
                        s.ends_with(['|', ',', '-', '–', '—', ':']) || (since && s.ends_with('('))
                    } else {
                        s.starts_with(['|', ',', '-', '–', '—', ':'])
                    }
                    || (!edge_last
                        && s.split_whitespace().take(7).count() <= 6
                        && !s.ends_with(['.', ')']))
            };
            // A column's gap before it ("Sous Chef          Since 2022"): a tab, or
            // three spaces or more.
            let raw_before = &text[ls..r.span.0];
            let gap = raw_before.ends_with('\t') || raw_before.ends_with("   ");
            let edge = before.trim_start_matches(['-', '*', '•', ' ']).is_empty()
                && at_edge(after, false)
                || (gap || at_edge(before, true)) && after.is_empty();
            if line.trim().len() > 100 || !has_experience || !edge {
                continue;
            }
        }
        last_line = ls;
        kept_ranges.push(r);
    }
    for r in rejected.iter().filter(|_| purpose == Purpose::Profile) {
        if kind_at(sections, r.span.0) == SectionKind::Experience || !has_experience {
            let what = if r.clamped {
                "date clamped"
            } else {
                "date ignored"
            };
            notes.push(format!("{what}: {}", r.reason));
        }
    }
    let mut positions: Vec<Position> = Vec::with_capacity(kept_ranges.len());
    // Where the employers of positions with a title stand in the text.
    let mut employers: Vec<(usize, usize)> = Vec::new();
    // Where the positions' titles stand in the text.
    let mut titles: Vec<(usize, usize)> = Vec::new();
    let mut rest = String::new();
    // The section of the last position, and whether its employer stood on a line of its
    // own above it (a header that later positions of the same employer may share).
    let mut last_header: Option<(usize, bool)> = None;
    // Whether the last employer's header held the duration of its whole stay.
    let mut last_grouped = false;
    // Whether the text is double spaced ([`double_spaced`]), found when first needed.
    let mut spacing: Option<bool> = None;
    // The start of the line below a position's dates that gave it its title: no header of
    // the next position.
    let mut title_line_below: Option<usize> = None;
    for (k, r) in kept_ranges.iter().enumerate() {
        let ls = line_start(r.span.0);
        let le = line_end(r.span.1);
        rest.clear();
        // A label before the dates says what they are ("Duration: 01-Apr-2019 to
        // Present", "Period : Jan 2020 - Mar 2022"); it names no title or employer.
        let before_dates = &text[ls..r.span.0];
        if !is_dates_label(before_dates) {
            rest.push_str(before_dates);
        }
        rest.push(' ');
        rest.push_str(&text[r.span.1..le]);
        let (mut title, mut employer) = title_employer(&rest);
        let employer_on_line = employer.is_some();
        let mut header = ls;
        // Title or employer on the lines just above (two lines, and the blank lines
        // between them in a double-spaced text).
        // Lines read for a title or employer (two at most); lines passed over (details,
        // labels, blank lines of a double-spaced text) count only towards six lines in all.
        let mut read = 0;
        // A duration of the employer's whole stay passed over ("Nordhaven Foods\n6 years 4
        // months\nLogistics Manager\n..."): LinkedIn's several roles under one employer.
        let mut grouped = false;
        // The line above the dates that gave the title, if any.
        let mut title_line: Option<&str> = None;
        for _ in 0..6 {
            if title.is_some() && employer.is_some() || header == 0 || read == 2 {
                break;
            }
            let prev_start = line_start(header - 1);
            let prev = text[prev_start..header].trim();
            if prev.is_empty() && *spacing.get_or_insert_with(|| double_spaced(text)) {
                header = prev_start;
                continue;
            }
            let prev_is_position = (k > 0 && prev_start <= kept_ranges[k - 1].span.0)
                || title_line_below == Some(prev_start);
            // A bullet after the previous position's dates is that position's text ("- Cared
            // for 5 patients per shift"), not this one's header, unless the resume bullets
            // its headers: the previous position's header, above its dates, is a bullet too.
            let bulleted = |line: &str| opens_with_bullet(line.trim_start());
            let headers_bulleted = positions.last().is_some_and(|p| {
                p.span.start < line_start(kept_ranges[k - 1].span.0)
                    && bulleted(&text[p.span.start..])
            });
            let prev_is_bullet = k > 0 && !headers_bulleted && bulleted(prev);
            if prev.is_empty()
                || prev.len() > 100
                || prev_is_position
                || prev_is_bullet
                || heading_kind(prev, DocKind::Resume).is_some()
                || (prev.ends_with('.') && !ends_with_company_suffix(prev))
            {
                break;
            }
            // A title or an employer given with its label, as Indian resumes write a
            // position ("Organisation : Acme Pvt Ltd", "Designation : Senior Coder").
            if let Some((is_title, value)) = labelled_position_line(prev) {
                if is_title && title.is_none() {
                    title = Some(value);
                    title_line = Some(prev);
                } else if !is_title && employer.is_none() {
                    employer = Some(value);
                }
                read += 1;
                header = prev_start;
                continue;
            }
            // A project's details ("Team Size: 12") are passed over, within the two lines.
            if is_detail_line(prev) {
                header = prev_start;
                continue;
            }
            let (t, e) = title_employer(prev);
            // A line of nothing but places and labels ("description - India", "Boston, MA")
            // is passed over like a detail.
            if (t, e) == (None, None) {
                grouped |= is_duration(prev);
                header = prev_start;
                continue;
            }
            read += 1;
            let before = (title.is_some(), employer.is_some());
            if title.is_none() && t.is_some() {
                title = t;
                if employer.is_none() {
                    employer = e;
                }
                title_line = Some(prev);
            } else if employer.is_none() && (e.is_some() || t.is_some()) {
                // "Medical Assistant\nSunshine Physician Associates, Orlando, FL\nJuly 2022 -
                // Present": two lines of titles, the nearer one with its town and state (or
                // a company's suffix) is the employer's.
                // (Not when the nearer title ends with a title word: "Cook Children's
                // Medical Center\nRegistered Nurse, Fort Worth, TX".)
                let nearer_is_employer = e.is_none()
                    && title.is_some_and(|t| !ends_with_title_word(t))
                    && title_line
                        .is_some_and(|l| ends_with_us_state(l) || ends_with_company_suffix(l));
                if nearer_is_employer {
                    employer = title;
                    title = t;
                } else {
                    employer = e.or(t);
                }
            }
            if before == (title.is_some(), employer.is_some()) {
                break;
            }
            header = prev_start;
        }
        // "Senior Accountant      June 2019 – Current\nLakeshore Manufacturing Group,
        // Chicago, IL": a title with its dates and no employer above them, and the line
        // below names an organisation ("Group", "Hospital", "Inc.", ...) or a name and its
        // US state ("Midway Office Supply, Cicero, IL"), and nothing else.
        // The line right below the dates' line, when it may name the position's title or
        // employer: short, no bullet, no sentence, no heading, not another position's dates.
        let line_below = || {
            let below = text
                .get(le + 1..)
                .and_then(|t| t.split('\n').next())
                .map_or("", str::trim);
            let next_range_below = kept_ranges
                .get(k + 1)
                .is_some_and(|n| line_start(n.span.0) == le + 1);
            (!below.is_empty()
                && below.len() <= 80
                && !next_range_below
                && !opens_with_bullet(below)
                && (!below.ends_with('.') || ends_with_company_suffix(below))
                && heading_kind(below, DocKind::Resume).is_none())
            .then_some(below)
        };
        if title.is_some() && employer.is_none() {
            if let Some(below) = line_below() {
                if let (None, Some(e)) = title_employer(below) {
                    if reads_as_name(e) && (is_organisation(e) || ends_with_us_state(below)) {
                        employer = Some(e);
                    }
                }
            }
        }
        // "Buckeye Power & Light | Columbus, OH | 05/2021 - Present\nJourneyman Electrician":
        // an employer with the dates and no title above them, and the line below is a title
        // (perhaps with its unit) and nothing else; a title has no digits ("SQL Server 2000"
        // below is a detail), and "Sales Associate, Electrical Department" names the
        // employer's unit.
        if title.is_none() && employer_on_line {
            let below = line_below().filter(|b| !b.bytes().any(|c| c.is_ascii_digit()));
            if let Some((Some(t), _)) = below.map(title_employer) {
                title = Some(t);
                title_line_below = Some(le + 1);
            }
        }
        // "2019 - Present\nStore Manager, Aritzia, Calgary AB": the dates alone on their
        // line, nothing above them, and the line below a title (perhaps with its employer)
        // and nothing else.
        if title.is_none() && employer.is_none() && rest.trim().is_empty() {
            let below = line_below().filter(|b| !b.bytes().any(|c| c.is_ascii_digit()));
            if let Some((Some(t), e)) = below.map(title_employer) {
                (title, employer) = (Some(t), e);
                title_line_below = Some(le + 1);
            }
        }
        // Sections are sorted and contiguous: the one holding the range by binary search.
        let section = sections
            .partition_point(|s| s.start <= r.span.0)
            .wrapping_sub(1);
        let section_end = sections
            .get(section)
            .filter(|s| r.span.0 < s.end)
            .map_or(text.len(), |s| s.end);
        // "Target Corporation\nStore Manager, 2021 – Present\n...\nAssistant Store Manager,
        // 2018 – 2021": a title with no employer of its own, and no header above it, under
        // a position whose employer stood above it in the same section, shares that employer.
        let employer_above = employer.is_some() && !employer_on_line && header < ls;
        // Also with its title above its dates when the employer's header held the length
        // of its whole stay (LinkedIn's roles under one employer).
        // And with its title on the line above its dates, right under a bullet of the
        // position before ("...\n• Ran the store\nAssistant Store Manager\n2018 - 2021"; not
        // after a blank line or a sentence, where a new block may begin).
        let title_above = read == 1
            && header < ls
            && header > 0
            && opens_with_bullet(text[line_start(header - 1)..header].trim_start());
        let shares_employer = title.is_some()
            && employer.is_none()
            && last_header == Some((section, true))
            && (header == ls || last_grouped || title_above);
        last_grouped = grouped || (shares_employer && last_grouped);
        last_header = Some((section, employer_above || shares_employer));
        let next = kept_ranges
            .get(k + 1)
            .map_or(section_end, |n| line_start(n.span.0).min(section_end));
        let months = r.start.months_until(r.end).max(0) as u32;
        if let (Some(_), Some(e)) = (title, employer) {
            if !shares_employer {
                employers.extend(span_in_text(text, &rest, (ls, r.span.0, r.span.1), e));
            }
        }
        if let Some(t) = title {
            titles.extend(span_in_text(text, &rest, (ls, r.span.0, r.span.1), t));
        }
        let keep = |part: Option<&str>| part.filter(|_| purpose == Purpose::Profile).map(name);
        let employer = match positions.last() {
            Some(last) if shares_employer => last.employer.clone(),
            _ => keep(employer),
        };
        positions.push(Position {
            title: keep(title),
            employer,
            start: r.start,
            end: r.end.plus(-1),
            current: r.current,
            months,
            span: Span::new(header, next.max(header)),
        });
    }
    // A position's text ends where the next one's header starts.
    for k in 1..positions.len() {
        let next_start = positions[k].span.start;
        let prev = &mut positions[k - 1].span;
        if prev.end > next_start {
            prev.end = next_start.max(prev.start);
        }
    }
    (positions, employers, titles)
}

/// Titles that name their trade's or profession's core skill (matched as whole words of a
/// position's title, in any case), and the skill's name in the taxonomy.
const TITLE_SKILLS: &[(&str, &str)] = &[
    ("graphic designer", "graphic design"),
    ("accountant", "accounting"),
    ("bookkeeper", "accounting"),
    ("welder", "welding techniques"),
    ("mechanical engineer", "mechanical engineering"),
    ("civil engineer", "civil engineering"),
    ("electrical engineer", "electrical engineering"),
    ("industrial engineer", "industrial engineering"),
    ("environmental engineer", "environmental engineering"),
    ("aerospace engineer", "aerospace engineering"),
    ("biomedical engineer", "biomedical engineering"),
    ("physical therapist", "physiotherapy"),
    ("physiotherapist", "physiotherapy"),
    ("surveyor", "surveying"),
    ("data scientist", "data science"),
    ("carpenter", "carpentry"),
    ("photographer", "photography"),
    ("plumber", "install plumbing systems"),
    ("data engineer", "data engineering"),
    ("product manager", "Product management"),
    ("project manager", "project management"),
    ("devops engineer", "DevOps"),
    ("ux designer", "UX design"),
    ("ui designer", "UI design"),
    ("software tester", "software testing"),
    ("frontend developer", "implement front-end website design"),
    ("frontend engineer", "implement front-end website design"),
    ("front-end developer", "implement front-end website design"),
    ("front-end engineer", "implement front-end website design"),
    ("front end developer", "implement front-end website design"),
    ("web developer", "web programming"),
    ("business analyst", "business analysis"),
    ("database administrator", "database"),
    (
        "occupational therapist",
        "apply techniques of occupational therapy",
    ),
    ("radiographer", "radiological photography"),
    ("radiologic technologist", "radiological photography"),
    ("paramedic", "principles of paramedic practice"),
    ("medical coder", "clinical coding"),
    ("pharmacist", "pharmacy practice"),
    ("teacher", "teach in academic or vocational contexts"),
    ("lecturer", "perform lectures"),
];

/// Adds a mention of the skill a position's title names ([`TITLE_SKILLS`]: "Graphic
/// Designer" has graphic design, "Staff Accountant" accounting) where the title stands,
/// unless a mention is already there. Only titles: elsewhere the words name other people
/// ("forward invoices to the accountant", "Mike Carpenter"). A taxonomy without the skill
/// gets none.
fn add_title_skills(
    text: &str,
    titles: &[(usize, usize)],
    taxonomy: &crate::Taxonomy,
    mentions: &mut Vec<Mention>,
) {
    let before = mentions.len();
    for &(start, end) in titles {
        // (Lower-cased in ASCII only: the offsets stay the title's.)
        let title = text[start..end].to_ascii_lowercase();
        let title_words: Vec<&str> = title
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (words, skill_name) in TITLE_SKILLS {
            // A title has a few words: settled by the phrase's last one before any search.
            let ends_with_one = title_words.iter().any(|w| {
                words.ends_with(w)
                    && (words.len() == w.len()
                        || words.as_bytes()[words.len() - w.len() - 1] == b' ')
            });
            if !ends_with_one {
                continue;
            }
            let Some(at) = find_word(&title, words) else {
                continue;
            };
            let Some(skill) = taxonomy.find_index(skill_name) else {
                continue;
            };
            let (s, e) = (start + at, start + at + words.len());
            let taken = mentions[..before].iter().any(|m| {
                m.start < end && m.end > start && (m.skill == skill || m.start < e && m.end > s)
            });
            if !taken {
                mentions.push(Mention {
                    skill,
                    start: s,
                    end: e,
                    match_type: crate::extract::MatchType::Exact,
                });
            }
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// Where `part`, a slice of `text` or of `rest`, stands in `text`. `rest` is
/// `text[line_start..range_start] + " " + text[range_end..]` (a position's line with its
/// dates taken out); a part across the dates has no place.
fn span_in_text(
    text: &str,
    rest: &str,
    (line_start, range_start, range_end): (usize, usize, usize),
    part: &str,
) -> Option<(usize, usize)> {
    let at = part.as_ptr() as usize;
    let offset_in = |s: &str| {
        let base = s.as_ptr() as usize;
        (base..=base + s.len()).contains(&at).then(|| at - base)
    };
    if let Some(start) = offset_in(text) {
        return Some((start, start + part.len()));
    }
    let start = offset_in(rest)?;
    let before = range_start - line_start;
    if start + part.len() <= before {
        Some((line_start + start, line_start + start + part.len()))
    } else if start > before {
        let start = range_end + start - before - 1;
        Some((start, start + part.len()))
    } else {
        None
    }
}

/// Drops the mentions inside the name of a position's employer ("Line Cook | The Ember
/// Room", "Analyst, Meridian Freight Logistics"): the name says where the writer worked,
/// not what they can do. Only names that read as names are read so: words of four letters
/// or more capitalised, eight words at most, and words besides the skills' own ("Amazon Web
/// Services" and a lone "Oracle" keep their mentions, as does a list of tools that took an
/// employer's place: "Developer | Spring Boot Microservices").
fn drop_employer_names(text: &str, employers: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut dropped = vec![false; mentions.len()];
    let mut any = false;
    for &(start, end) in employers {
        let first = mentions.partition_point(|m| m.start < start);
        let inside = mentions[first..].partition_point(|m| m.end <= end && m.start < end);
        if inside == 0 {
            continue;
        }
        let inside = &mentions[first..first + inside];
        let name = &text[start..end];
        // Units named after their field keep it ("Department of Computer Science",
        // "Machine Learning Lab"), and so does a part with brackets (a list of tools).
        const UNITS: &[&str] = &[
            "department",
            "dept",
            "lab",
            "labs",
            "laboratory",
            "school",
            "institute",
            "center",
            "centre",
            "faculty",
            "college",
            "university",
            "division",
            "team",
        ];
        let name_like = !name.contains(['(', ')'])
            && reads_as_name(name)
            && name.split_whitespace().all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                !UNITS.iter().any(|u| u.eq_ignore_ascii_case(w))
            });
        // A word of the name that no mention covers ("The", "Room", "Meridian"); "and",
        // "of" and the like join tools as well as names ("Spring Boot and Kafka").
        const JOINERS: &[&str] = &["and", "of", "the", "for", "at", "in", "with", "&"];
        let other_words = name
            .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
            .filter(|w| !w.is_empty())
            .any(|w| {
                let at = start + (w.as_ptr() as usize - name.as_ptr() as usize);
                !JOINERS.iter().any(|j| j.eq_ignore_ascii_case(w))
                    && w.contains(|c: char| c.is_alphanumeric())
                    && !inside.iter().any(|m| m.start <= at && at < m.end)
            });
        if name_like && other_words {
            dropped[first..first + inside.len()].fill(true);
            any = true;
        }
    }
    if any {
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            !dropped[k - 1]
        });
    }
}

/// Whether the line at `ls` (a line with dates) is labelled as a project's ("Role: ...",
/// "Project: ...") or follows, in its block of up to four lines, a line labelled so
/// ("Client: ...", "Project Name: ...": "Client: Y\nRole: Z\nDuration: ...").
fn names_a_project(text: &str, ls: usize, line_start: impl Fn(usize) -> usize) -> bool {
    let labelled = |line: &str, labels: &[&str]| {
        line_label(line)
            .is_some_and(|(label, _)| labels.iter().any(|l| l.eq_ignore_ascii_case(label)))
    };
    let this = text[ls..].split('\n').next().unwrap_or("");
    if labelled(this, &["role", "project", "project name"]) {
        return true;
    }
    let mut end = ls;
    for _ in 0..3 {
        if end == 0 {
            return false;
        }
        let start = line_start(end - 1);
        let prev = &text[start..end - 1];
        if prev.trim().is_empty() {
            return false;
        }
        if labelled(prev, &["client", "project", "project name"]) {
            return true;
        }
        end = start;
    }
    false
}

/// The label of a line that gives one before a colon, and what follows it, both trimmed
/// ("Designation  : Senior Coder" gives "Designation" and "Senior Coder"); bullets and
/// marks before the label are passed over.
fn line_label(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let colon = memchr::memchr(b':', line.as_bytes())?;
    Some((line[..colon].trim(), line[colon + 1..].trim()))
}

/// A line that gives a position's title or employer after its label ("Designation :
/// Senior Medical Coder", "Organisation: Acme Pvt Ltd, Chennai", "Company Name: Acme"):
/// whether it is the title, and the value.
fn labelled_position_line(line: &str) -> Option<(bool, &str)> {
    // (Not "Title" alone: a project's name as often as a job's, "Title: E-Banking".)
    const TITLES: &[&str] = &["designation", "job title", "role", "position", "post"];
    const EMPLOYERS: &[&str] = &[
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "name of the organisation",
        "name of the organization",
        "company",
        "company name",
        "employer",
        "employer name",
    ];
    let (label, value) = line_label(line)?;
    if value.is_empty() || label.len() > 26 {
        return None;
    }
    let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(label));
    if is(TITLES) {
        Some((true, value))
    } else if is(EMPLOYERS) {
        Some((false, value))
    } else {
        None
    }
}

/// Whether the text before a position's dates on their line is only a label of them
/// ("Duration:", "Period :"), perhaps with the day of the start ("Duration:
/// 01-" before "Apr-2019 to Present").
fn is_dates_label(before: &str) -> bool {
    const LABELS: &[&str] = &[
        "duration",
        "period",
        "tenure",
        "dates",
        "date",
        "working period",
    ];
    let before = before
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_ascii_digit() || " -/.\t".contains(c));
    before.strip_suffix(':').is_some_and(|label| {
        let label = label.trim();
        LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
    })
}

/// Is `line` a detail of a project or position ("Team Size: 12", "Environment: ...",
/// "Duration: ..."), which names neither a title nor an employer?
fn is_detail_line(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "team size",
        "duration",
        "environment",
        "technologies",
        "technology",
        "tools",
        "tools used",
        "description",
        "project description",
        "location",
        "domain",
        "responsibilities",
        "operating system",
        "skills",
        "platform",
        "software",
    ];
    line_label(line).is_some_and(|(label, _)| {
        let label = label.trim_matches(|c: char| !c.is_alphanumeric());
        label.len() <= 20 && LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
    })
}

/// Does a skill's mention and an opening bracket come right before `at` ("Go (2019-2023)")?
fn after_a_skill(text: &str, at: usize, mentions: &[Mention]) -> bool {
    let Some(open) = text[..at].trim_end().strip_suffix('(') else {
        return false;
    };
    let end = open.trim_end().len();
    let i = mentions.partition_point(|m| m.start < end);
    mentions[..i].last().is_some_and(|m| m.end == end)
}

/// Is the date range `r` on a bulleted line (`before` and `after` are the line's text
/// around it) an event of the position before it, `last` ("• Nurse of the Year, May 2022",
/// "• Completed ACLS recertification (2021 - 2023)")? It is when it falls within that
/// position's dates and the bullet's first part names no title ("• Senior Engineer, 2019 -
/// 2021" under the employer's dates is a promotion).
fn an_event_of(before: &str, after: &str, r: &DateRange, last: Option<&DateRange>) -> bool {
    let Some(last) = last else {
        return false;
    };
    let body = before.trim_start();
    if !opens_with_bullet(body) || r.start < last.start || r.end > last.end {
        return false;
    }
    let before = strip_bullets(body).trim();
    let part = if before.is_empty() {
        after.trim()
    } else {
        before
    };
    let first = part
        .split([',', '|', '(', ';', '–', '—'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .trim();
    // An event reads as words ("Nurse of the Year", "Completed ACLS recertification",
    // "audit cycles"), not as a name ("Globex", "Team Lead").
    let words_of_an_event = first.split_whitespace().count() >= 3
        || first.is_empty()
        || first.starts_with(|c: char| c.is_lowercase());
    words_of_an_event && !ends_with_title_word(first)
}

/// Each skill of `mentions` once, in order of first mention, with the positions that
/// mention it and the years stated beside it; and for each mention, its skill's index in
/// that list.
fn skill_years(
    text: &str,
    mentions: &[Mention],
    positions: &[Position],
    today: YearMonth,
) -> (Vec<SkillYears>, Vec<u32>) {
    // Sized for every mention a new skill, so that they never grow.
    let mut skills: Vec<SkillYears> = Vec::with_capacity(mentions.len());
    let mut slots = Vec::with_capacity(mentions.len());
    let mut slot_of =
        foldhash::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    // (skill's slot, interval of a position that mentions it): mentions come in text
    // order, so a repeated interval is the last one of its slot.
    let mut intervals: Vec<(u32, YearMonth, YearMonth)> = Vec::new();
    let mut last_interval: Vec<Option<(YearMonth, YearMonth)>> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let slot = *slot_of.entry(m.skill).or_insert_with(|| {
            skills.push(SkillYears {
                skill: m.skill,
                years: None,
                stated_years: None,
                last_used: None,
                claimed: false,
            });
            last_interval.push(None);
            skills.len() - 1
        });
        slots.push(slot as u32);
        let rs = &mut skills[slot];
        // Position spans are sorted and disjoint: the one holding the mention by binary
        // search.
        let p = positions
            .get(
                positions
                    .partition_point(|p| p.span.start <= m.start)
                    .wrapping_sub(1),
            )
            .filter(|p| m.start < p.span.end);
        if let Some(p) = p {
            let iv = (p.start, p.end.plus(1));
            if last_interval[slot] != Some(iv) {
                last_interval[slot] = Some(iv);
                intervals.push((slot as u32, iv.0, iv.1));
            }
            rs.last_used = Some(rs.last_used.map_or(p.end, |l| l.max(p.end)));
        }
        // "Python (5 years)": the statement follows the mention closely.
        let mut hi = (m.end + 48).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = &text[m.end..hi];
        let years = match stated_years(after) {
            Some(stated) => {
                let n: f64 = stated.number.parse().unwrap_or(1.0); // "a", "an", "one"
                let years = if stated.months { n / 12.0 } else { n };
                // "Less than 1 year", "under 6 months": half of it.
                Some(if stated.less { years / 2.0 } else { years })
            }
            // "Go (2019-2023)", "Python (2018 - present)".
            None => stated_range(after, today),
        };
        if let Some(years) = years.filter(|&y| y <= super::years::MAX_YEARS) {
            let y = round2(years);
            rs.stated_years = Some(rs.stated_years.map_or(y, |s| s.max(y)));
        }
    }
    // Each skill's intervals together (in the order met), merged.
    intervals.sort_by_key(|&(slot, _, _)| slot);
    let mut merged: Vec<(YearMonth, YearMonth)> = Vec::new();
    for group in intervals.chunk_by(|a, b| a.0 == b.0) {
        merged.clear();
        merged.extend(group.iter().map(|&(_, s, e)| (s, e)));
        let rs = &mut skills[group[0].0 as usize];
        rs.years = Some(round2(merged_months(&mut merged) as f64 / 12.0));
    }
    for rs in &mut skills {
        rs.years = match (rs.years, rs.stated_years) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    (skills, slots)
}

/// Gives the skills a statement of years names ("7 years of Python experience", "Python
/// developer with 5 years of experience") those years as stated years, the larger where
/// several do, unless years are stated beside the skill itself ("Python (2 years)", the more
/// precise). Statements in the education and certifications sections are passed over.
fn tie_statements(
    text: &str,
    sections: &[Section],
    statements: &[YearsStatement],
    mentions: &[Mention],
    slots: &[u32],
    skills: &mut [SkillYears],
) {
    let mut claimed: Vec<(u32, f64)> = Vec::new();
    for st in statements {
        if matches!(
            kind_at(sections, st.start),
            SectionKind::Education | SectionKind::Certifications
        ) {
            continue;
        }
        let (tied, _) = tied_mentions(text, st, mentions, |m| (m.start, m.end));
        claimed.extend(tied.into_iter().map(|i| (slots[i], st.min_years)));
    }
    // Beside-the-skill years were all read before: only skills without them take a claim.
    for &(slot, y) in &claimed {
        let rs = &mut skills[slot as usize];
        if rs.stated_years.is_none() || rs.claimed {
            rs.claimed = true;
            rs.stated_years = Some(rs.stated_years.map_or(y, |s| s.max(y)));
            rs.years = Some(rs.years.map_or(y, |s| s.max(y)));
        }
    }
}

/// The lines of a text, found once: line starts and ends by binary search, so that many
/// dates on one long line stay linear.
struct Lines {
    /// Where each line starts: 0, and after every `\n`.
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
        let mut starts = Vec::with_capacity(newlines.clone().count() + 1);
        starts.push(0);
        starts.extend(newlines.map(|i| i + 1));
        Lines {
            starts,
            len: text.len(),
        }
    }

    /// Start of the line holding byte `at` (after the last `\n` before `at`).
    fn start(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&s| s <= at);
        self.starts[k.saturating_sub(1)]
    }

    /// End of the line holding byte `at` (the first `\n` at or after `at`, or the end).
    fn end(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&s| s <= at);
        self.starts.get(k).map_or(self.len, |&s| s - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_title_skill_is_in_the_built_in_taxonomy() {
        let taxonomy = crate::Taxonomy::builtin();
        for (title, skill) in TITLE_SKILLS {
            assert!(taxonomy.find_index(skill).is_some(), "{title}: {skill}");
        }
    }
}
