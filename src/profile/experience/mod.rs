//! What a resume's text says, before it is dressed as a [`Resume`](super::Resume): its
//! sections, positions, skills with their years, claimed years and highest degree. Both
//! [`Resume::parse`](super::Resume::parse) and the matcher's resume index read resumes
//! through [`read`]; the index keeps only what scoring needs, and skips the rest.

use super::columns::Columns;
use super::dates::{merged_months, YearMonth, MAX_YEAR, MIN_YEAR};
use super::education::{drop_degree_names, find_degrees, in_progress, Degree, DegreeLevel};
use super::resume::Position;
use super::sections::{
    drop_heading_words, drop_interests, heading_glued_before, kind_at, sections, skills_lists,
    DocKind, Section, SectionKind,
};
use super::sentence_bounds;
use super::titles::{
    drop_name_line, drop_organisation_kinds, drop_organisation_names, has_title_word, reads_as_name,
};
use super::words::Starts;
use super::years::{find_statements, round2, Context};
use crate::extract::{Extractor, Mention};

mod credentials;
mod positions;
mod skill_years;
mod title_skills;

pub(crate) use credentials::drop_denied;
use credentials::{
    drop_after_a_status, drop_apprenticeships, drop_client_fields, drop_hiring_fields,
    drop_under_way, CREDENTIAL_DENIALS,
};
use positions::{positions, Found};
use skill_years::{skill_years, tie_statements};
use title_skills::add_title_skills;

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

/// The most fields of study a resume's education lists (a resume names a few degrees;
/// the bound keeps text that repeats degrees with new fields linear to read).
pub(crate) const MAX_EDUCATION_FIELDS: usize = 64;

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
    /// The fields of every degree read beside it, its own first (at most
    /// [`MAX_EDUCATION_FIELDS`]).
    pub(crate) education_fields: Vec<String>,
    /// What was ignored and why (empty for [`Purpose::Scoring`]).
    pub(crate) notes: Vec<String>,
    /// The text as read column by column, when it is laid out in two columns side by side:
    /// every offset above is in its rewritten text ([`Columns::original`] maps them back).
    pub(crate) columns: Option<Columns>,
    /// [`plain_line_ends`](super::plain_line_ends) replaced line ends (a line separator
    /// becomes a line end and spaces: an offset may fall inside the character it was).
    pub(crate) line_ends_replaced: bool,
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
    let line_ends_replaced = matches!(plain, std::borrow::Cow::Owned(_));
    let columns = Columns::read(&plain);
    let text = columns.as_ref().map_or(&*plain, |c| c.text.as_str());
    let text = &*super::relined(text, DocKind::Resume);
    // Dates are read in MIN_YEAR..=MAX_YEAR; so is "present".
    let today = today.clamp(
        YearMonth::new(MIN_YEAR, 1).unwrap_or(today),
        YearMonth::new(MAX_YEAR, 12).unwrap_or(today),
    );
    let sections = sections(text, DocKind::Resume);
    let mut notes = Vec::new();
    let starts = Starts::new(text);
    let mut degrees = find_degrees(text, &starts);
    // A degree after a heading glued to it ("EDUCATIONBachelor of Science in ...") starts
    // no word of the text: read on the rest of its line.
    let mut glued = Vec::new();
    for s in &sections {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[s.start..]).map_or(text.len(), |i| s.start + i);
        if let Some(i) = heading_glued_before(&text[s.start..end]) {
            let line = &text[s.start + i..end];
            for mut d in find_degrees(line, &Starts::new(line)) {
                d.start += s.start + i;
                d.end += s.start + i;
                // (Not one the pass over the whole text found: "EDUCATIONB.Sc. – M.Sc.";
                // the degrees are in order, so only the neighbours can overlap.)
                let at = degrees.partition_point(|x| x.start < d.start);
                let overlaps = |x: &Degree| x.start < d.end && d.start < x.end;
                if !(at > 0 && overlaps(&degrees[at - 1]) || degrees.get(at).is_some_and(overlaps))
                {
                    glued.push(d);
                }
            }
        }
    }
    if !glued.is_empty() {
        degrees.append(&mut glued);
        degrees.sort_by_key(|d| d.start);
    }
    let mut mentions = extractor.extract_with_lists(text, &skills_lists(&sections));
    drop_heading_words(text, &sections, &mut mentions);
    drop_interests(&sections, &mut mentions);
    drop_name_line(text, &mut mentions);
    drop_organisation_names(text, &mut mentions);
    drop_organisation_kinds(text, &mut mentions);
    drop_degree_names(&mut mentions, &degrees);
    drop_denied(text, &mut mentions, CREDENTIAL_DENIALS);
    drop_under_way(text, &mut mentions);
    drop_apprenticeships(text, extractor.taxonomy(), &mut mentions);
    drop_client_fields(text, extractor.taxonomy(), &mut mentions);
    drop_after_a_status(text, &mut mentions);
    drop_hiring_fields(text, &mut mentions);
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
    // In the skills section a list's line needs no word of experience: "5 years of Python"
    // names its skill's years as "Python (5 years)" does.
    let mut ignored = Vec::new();
    let skill_starts: Vec<usize> = mentions.iter().map(|m| m.start).collect();
    let statements = find_statements(
        text,
        &starts.units,
        false,
        |at| match kind_at(&sections, at) {
            SectionKind::Skills => Context::RequirementsList,
            _ => Context::Prose,
        },
        &skill_starts,
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
    let counts = |d: &Degree| {
        let kind = kind_at(&sections, d.start);
        if in_education {
            kind == SectionKind::Education
        } else {
            !has_education || kind != SectionKind::Experience
        }
    };
    let education = (0..degrees.len())
        .filter(|&k| counts(&degrees[k]))
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
    // The fields of every degree that counts, the chosen one's first ("B.E. Civil
    // Engineering" under an MBA in Finance), each once, up to `MAX_EDUCATION_FIELDS`.
    let mut education_fields: Vec<String> = Vec::new();
    if let Some((k, _)) = education {
        let others = degrees
            .iter()
            .enumerate()
            .filter(|&(i, d)| i != k && counts(d));
        let fields = std::iter::once(&degrees[k])
            .chain(others.map(|(_, d)| d))
            .flat_map(|d| &d.fields);
        for f in fields {
            if education_fields.len() == MAX_EDUCATION_FIELDS {
                break;
            }
            if !education_fields.iter().any(|g| g.eq_ignore_ascii_case(f)) {
                education_fields.push(f.clone());
            }
        }
    }
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
        education_fields,
        notes,
        columns,
        line_ends_replaced,
    }
}

/// Is `line` a duration and nothing else ("6 years 4 months", "2 yrs 3 mos", "11 months")?
pub(super) fn is_duration(line: &str) -> bool {
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
pub(super) fn double_spaced(text: &str) -> bool {
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

/// Where `part` starts in `s`, when it is a slice of `s`.
pub(super) fn offset_in(s: &str, part: &str) -> Option<usize> {
    let (at, base) = (part.as_ptr() as usize, s.as_ptr() as usize);
    (base..=base + s.len()).contains(&at).then(|| at - base)
}

/// Where `part`, a slice of `text` or of `rest`, stands in `text`. `rest` is
/// `text[line_start..range_start] + " " + text[range_end..]` (a position's line with its
/// dates taken out); a part across the dates has no place.
pub(super) fn span_in_text(
    text: &str,
    rest: &str,
    (line_start, range_start, range_end): (usize, usize, usize),
    part: &str,
) -> Option<(usize, usize)> {
    if let Some(start) = offset_in(text, part) {
        return Some((start, start + part.len()));
    }
    let start = offset_in(rest, part)?;
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

/// The lines of a text, found once: line starts and ends by binary search, so that many
/// dates on one long line stay linear.
pub(super) struct Lines {
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
