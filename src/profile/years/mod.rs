//! Statements of years of experience: "5+ years", "2-5 years", "2 to 5 years", "3-5+ years",
//! "at least three years", "minimum of 4 years", "five (5) years", "over 10 years",
//! "18 months", "a decade", "1+ year".
//!
//! The scan looks for the units first ("year", "yr", "month", "decade": a literal search),
//! then reads the number in the few bytes before each. A statement counts as experience
//! when its sentence speaks of experience (or, in a posting's requirements, when it goes on
//! "of/in/with ..."), and not when it speaks of the company, a warranty, an age or money
//! ("for over 20 years we have...", "2-year warranty", "aged 18 years", "$50,000 a year").

use std::sync::OnceLock;

use regex::Regex;

use super::anchored::WordPattern;
use super::sentence_bounds;
use super::statement::{never, number_value, statement_at_end};
use super::titles::has_title_word;
use super::words::{Needles, Starts};
use serde::{Deserialize, Serialize};

mod labelled;
mod tied;
mod tiers;

use labelled::{labelled_statements, part_statements};
pub(crate) use tied::{tied_mentions, LINE_LOOKBACK};
use tiers::{is_alternative, says_level};

/// Largest number of years taken as an experience requirement or claim.
pub const MAX_YEARS: f64 = 50.0;

/// A statement of years of experience found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearsStatement {
    /// The smallest number of years it asks for or claims.
    pub min_years: f64,
    /// The largest, for a range ("2-5 years" → 5); `None` when open-ended.
    pub max_years: Option<f64>,
    /// Other minimums offered as alternatives in the same sentence ("3 years with a
    /// Master's or 5 with a Bachelor's" keeps 3 and records 5).
    pub alternatives: Vec<f64>,
    /// Byte offset where the statement starts.
    pub start: usize,
    /// Byte offset where the number-and-unit ends.
    pub end: usize,
    /// Byte offset where its clause ends (what follows it up to the end of the sentence,
    /// where the skills it names are).
    pub clause_end: usize,
    /// Where its clause goes on after a part of it in brackets, start and end: "5+ years of
    /// backend work (3 of them with Kubernetes) and Python" names Python for the five years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_part: Option<(usize, usize)>,
}

/// Words that make a sentence about experience.
static EXPERIENCE_WORDS: Needles = Needles::new(&[
    "experience",
    "exp.",
    " exp ",
    // "Exp: 5 to 8 Yrs" in a posting's header.
    "exp:",
    "expertise",
    "background",
    "track record",
    "hands-on",
    "hands on",
    "professional",
    "industry",
    "working with",
    "work with",
    "worked",
    "career",
    // "5+ years PQE", "2 years' post-qualification": years since qualifying (law,
    // accountancy).
    "pqe",
    "post-qualification",
    "post qualification",
    // "I have been working as a developer for the last 6 years"
    "been working",
    "been employed",
    "i have been",
    "i've been",
    "i had been",
]);

/// Words that make a number of years about something else.
static NOT_EXPERIENCE: Needles = Needles::new(&[
    " we ",
    "we've",
    "we have",
    " our ",
    "company",
    "founded",
    "established",
    "since ",
    "history",
    "in business",
    "anniversary",
    "warranty",
    "guarantee",
    " aged",
    " age ",
    " ago",
    "salary",
    "per year",
    "a year)",
    "annually",
    "annual",
    "contract term",
    "vesting",
    "vest ",
    "retention",
    "serving",
    "customers for",
    "clients for",
    "leader for",
    "leading provider",
    // A licence's term, a commitment asked for: "valid for 5 years", "available to work
    // 40 hours a week for at least 2 years".
    "valid for",
    "available to",
    "commit to",
    "commitment",
    "renewed every",
    // A contract's length, a notice period, a cover, a leave, a licence held: "Fixed term
    // contract for 2 years", "Notice period: 3 months", "Maternity cover for 12 months",
    // "held a full driving licence for 2 years" (not "held a supervisory role for 2
    // years", "maternity ward experience of 3+ years").
    "notice period",
    "fixed term",
    "fixed-term",
    "contract for",
    "maternity cover",
    "maternity leave",
    "paternity leave",
    "parental leave",
    "secondment for",
    "probation period",
    "probationary period",
    "licence for",
    "license for",
    "resided",
]);

/// Words that make a sentence speak of the candidate: later in the words before a number of
/// years than a word of [`NOT_EXPERIENCE`], they win ("We are looking for someone with 5+
/// years", "What we need: 3 years of ...").
static CANDIDATE: Needles = Needles::new(&[
    " you",
    "candidate",
    "applicant",
    "looking for",
    "seeking",
    "searching for",
    "hiring",
    " need",
    "require",
    " want",
    "ideal",
    "must ",
    "should ",
    " who ",
    "someone",
    "individual",
    "person",
    // A resume's writer: "a position in a BPO company where I can use my 6 years of call
    // center experience".
    " my ",
]);

/// Words that name the candidate, after the years ("With 5+ years of Python, you will ...").
static THE_CANDIDATE: Needles = Needles::new(&[" you", "candidate", "applicant"]);

/// In a posting, the words a sentence that opens with a number of years ("With over 20 years
/// of experience in fintech, ...") goes on with when it speaks of the employer.
static EMPLOYER_AFTER: Needles = Needles::new(&[
    " we ",
    " we'",
    " our ",
    "is hiring",
    "is looking",
    "is seeking",
    "are hiring",
    "company",
    " firm ",
    " serves",
    "has grown",
    "has built",
    "has been",
]);

/// After the unit, words that make a number of years about something else.
static NOT_EXPERIENCE_AFTER: Needles = Needles::new(&[
    "of age",
    "warranty",
    "of history",
    "of operation",
    "of service to",
]);

/// Does `after` (lower case, after a number of years) make the years a time of living
/// somewhere ("SC clearance, which requires 5 years' continuous residence in the UK")? Not
/// a doctor's residency that the experience follows ("2 years of post-residency
/// hospitalist experience", "3 years of practice after completing residency").
fn names_residence(after: &str) -> bool {
    const AFTER_TRAINING: &[&str] = &[
        "post-",
        "post ",
        "after ",
        "following ",
        "completion of ",
        "completing ",
        "completed ",
    ];
    static RESIDENCE: Needles = Needles::new(&["residenc"]);
    if !RESIDENCE.in_lower(after) {
        return false;
    }
    let mut from = 0;
    while let Some(i) = after[from..].find("residen") {
        let at = from + i;
        let before = &after[..at];
        // "residence", "residency", not "residential".
        let word = after[at + "residen".len()..].starts_with(['c']);
        if word && !AFTER_TRAINING.iter().any(|w| before.ends_with(w)) {
            return true;
        }
        from = at + "residen".len();
    }
    false
}

/// Right after the unit, words that make the years a deadline ("obtain the certification
/// within 12 months of hire"), not experience.
const AFTER_HIRE: &[&str] = &[
    "of hire",
    "of hiring",
    "of start",
    "of your start",
    "of the start",
    "of joining",
    "of the date of hire",
    "after hire",
    "after start",
    "after joining",
];

/// Right after the unit, words that make the years a check's reach back ("7-year
/// background check", "no DUI in last 5 years" is another rule), not experience.
const NOT_EXPERIENCE_NEXT: &[&str] = &[
    "background check",
    "background investigation",
    "background screen",
    "criminal background",
    "criminal history",
    "criminal record",
    "driving record",
    "motor vehicle record",
    "motor vehicle report",
    "mvr",
    "lookback",
    "look-back",
    "look back",
    // Airside and security vetting: "5-year referenced background check", "5-year
    // checkable employment history".
    "referenced background",
    "referenced employment",
    "referenced work history",
    "referenced check",
    "reference check",
    "checkable employment",
    "checkable work history",
    "checkable history",
];

/// After the unit, phrases that make the years a replacement for a degree.
static REPLACES_DEGREE: Needles =
    Needles::new(&["in lieu of", "instead of a degree", "in place of a degree"]);

/// After the unit, phrases that make the years those of another way in ("Diploma holders
/// with 6 years of experience will also be considered").
static ALSO_CONSIDERED: Needles = Needles::new(&[
    "will also be considered",
    "will be considered",
    "may also be considered",
    "may be considered",
    "can also be considered",
    "are also eligible",
    "also eligible",
    "may also apply",
    "can also apply",
]);

/// Before the number, the qualifications that years may make up for in such a sentence.
static LOWER_QUALIFICATION: Needles = Needles::new(&[
    "diploma",
    "holders",
    "without a degree",
    "non-graduate",
    "associate",
    "certificate",
]);

/// After the unit, the words that tie a number to experience in a requirements list.
const FOLLOWS: &[&str] = &[
    "of ",
    "in ",
    "with ",
    "using ",
    "working",
    "developing",
    "building",
    "programming",
    "designing",
    "managing",
    "leading",
    "as ",
    "post",
    "relevant",
    "hands",
    "'",
    "’",
    "exp",
];

/// Does `after` (lower case) open with a verb's "-ing" form, which says what the years
/// were spent doing ("3+ years running Kubernetes", "2 years driving a tractor-trailer")?
/// Not the words that end so without being one ("including", "during", "spring").
fn opens_with_gerund(after: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "including",
        "during",
        "starting",
        "beginning",
        "remaining",
        "pending",
        "following",
        "according",
        "regarding",
        "concerning",
        "excluding",
        "spring",
        "string",
        "nothing",
        "something",
        "anything",
        "everything",
        "morning",
        "evening",
        "ceiling",
        "residing",
        "living",
    ];
    let word = &after[..after
        .bytes()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(after.len())];
    word.len() >= 5 && word.ends_with("ing") && !NOT_VERBS.contains(&word)
}

/// Does the gerund that opens `after` (lower case) go on with a word of its own, an object
/// or a particle ("leading teams", "setting up CNC mills"; not "running." or "running,")?
fn gerund_takes_an_object(after: &str) -> bool {
    let word_end = after
        .bytes()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(after.len());
    after[word_end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// Do the words of the sentence before the years (lower case) only lead into a
/// requirement ("- Minimum of", "Requires at least"), so that the years open it? Not "Acme
/// spent 6+ years gathering data", whose years are the company's.
fn leads_a_requirement(before: &str) -> bool {
    const LEADS: &[&str] = &[
        "minimum",
        "min",
        "at",
        "least",
        "of",
        "a",
        "an",
        "over",
        "more",
        "than",
        "requires",
        "required",
        "require",
        "must",
        "have",
        "has",
        "plus",
        "and",
        "or",
        "with",
        "ideally",
        "preferably",
        "up",
        "to",
    ];
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| LEADS.contains(&w))
}

/// Do the words before a resume's years (lower case) say a role asks for them ("a role
/// requiring 5+", "positions that require at least", "jobs needing over")?
fn asked_by_a_role(before: &str) -> bool {
    const ASKS: &[&str] = &["requiring", "require", "requires", "needing", "asking"];
    const BETWEEN: &[&str] = &[
        "minimum", "min", "at", "least", "of", "a", "an", "over", "more", "than", "for",
    ];
    // ("What the role requires: 8 years of line experience" is the writer's answer.)
    let before = before.rsplit(':').next().unwrap_or(before);
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .find(|w| !BETWEEN.contains(w))
        .is_some_and(|w| ASKS.contains(&w))
}

/// Where a statement was found, for the context rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// A posting's requirements or preferred section: "3+ years of Python" is enough.
    RequirementsList,
    /// Anywhere else: the sentence must speak of experience.
    Prose,
}

/// `before` (lower case) from the end of the last age asked for in it ("years of age",
/// "years old", "or older"), or all of it.
fn past_an_age(before: String) -> String {
    static AGES: Needles = Needles::new(&[
        "years of age",
        "years old",
        "yrs old",
        "or older",
        "and older",
    ]);
    match AGES.last_span_in_lower(&before) {
        Some((_, end)) => before[end..].to_string(),
        None => before,
    }
}

/// Does the text before a statement end with "newly qualified to" ("NQ to 2 years' PQE",
/// "NQ-3 years"), which makes its number the most years asked for?
fn from_newly_qualified(before: &str) -> bool {
    let before = before.trim_end();
    let Some(rest) = ["to", "-", "–", "—"]
        .iter()
        .find_map(|j| before.strip_suffix(j))
    else {
        return false;
    };
    let rest = rest.trim_end().as_bytes();
    ["nq", "newly qualified", "newly-qualified"]
        .iter()
        .any(|w| {
            rest.len() >= w.len()
                && rest[rest.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
                && rest
                    .len()
                    .checked_sub(w.len() + 1)
                    .is_none_or(|k| !rest[k].is_ascii_alphanumeric())
        })
}

/// Every statement of years of experience in `text`, whose units of time are `units`
/// ([`Starts::units`]); `context_at(offset)` says where an offset is, and `skill_starts`
/// (sorted) where skill mentions start: in a requirements list, years followed by a skill
/// need no "of" ("3+ years Java"). Numbers over [`MAX_YEARS`] are skipped and reported in
/// `ignored`.
pub(crate) fn find_statements(
    text: &str,
    units: &[(usize, usize, f64)],
    posting: bool,
    context_at: impl Fn(usize) -> Context,
    skill_starts: &[usize],
    ignored: &mut Vec<(usize, usize, String)>,
) -> Vec<YearsStatement> {
    let mut out: Vec<YearsStatement> = Vec::new();
    // Where the last statement read ended (merged into an alternative or not).
    let mut last_end = 0;
    // The months of "9 years 8 months" were read with the years.
    let mut skip_until = 0;
    for (u, &(unit_start, unit_end, scale)) in units.iter().enumerate() {
        if unit_start < skip_until {
            continue;
        }
        let mut wstart = unit_start.saturating_sub(64);
        while !text.is_char_boundary(wstart) {
            wstart += 1;
        }
        let window = &text[wstart..unit_start];
        let Some(parts) = statement_at_end(window) else {
            continue;
        };
        let start = wstart + parts.start;
        // "$50 a year", "version 3 years": money and dotted versions are not experience.
        // Money ("$5 a year"), and a number glued to a dotted version ("3.5.2 years").
        let before = text[..start].trim_end_matches([' ', '\t']);
        let glued_dot = text[..start].ends_with('.')
            && text[..start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit());
        if before.ends_with(['$', '€', '£']) || glued_dot {
            continue;
        }
        let Some(mut a_val) = number_value(parts.a) else {
            continue;
        };
        let mut b_val = parts.b.and_then(number_value);
        // "between 3 and 5 years": the pattern saw only the 5.
        let mut start = start;
        if b_val.is_none() && parts.qual.is_none() {
            if let Some((first, at)) = between_before(text, start) {
                b_val = Some(a_val);
                a_val = first;
                start = at;
            }
        }
        // "a year and a half", "two years and a half": half a unit more.
        // (`half` is how far past the unit "and a half" ends.)
        let half = text.get(unit_end..).and_then(|after_unit| {
            let rest = after_unit.trim_start_matches([' ', '\t']);
            let head = rest.get(..10)?;
            (head.eq_ignore_ascii_case("and a half")
                && !rest[10..].starts_with(|c: char| c.is_alphanumeric()))
            .then(|| after_unit.len() - rest[10..].len())
        });
        if let (Some(_), None) = (half, b_val) {
            a_val += 0.5;
        }
        let a_word = parts.a.trim().to_ascii_lowercase();
        // "half a year of experience": half the unit, from "half".
        if (a_word == "a" || a_word == "an") && b_val.is_none() {
            let before = text[..start].trim_end_matches([' ', '\t']);
            let at = before.len().saturating_sub(4);
            if before
                .get(at..)
                .is_some_and(|w| w.eq_ignore_ascii_case("half"))
                && !before[..at].ends_with(char::is_alphanumeric)
            {
                a_val = 0.5;
                start = at;
            }
        }
        if (a_word == "a" || a_word == "an") && parts.qual.is_none() && scale == 1.0 {
            // "a year" is experience only as "a year of experience" / "a year's" (past
            // "and a half").
            let from = unit_end + half.unwrap_or(0);
            let mut hi = (from + 16).min(text.len());
            while !text.is_char_boundary(hi) {
                hi -= 1;
            }
            let after = text[from..hi].trim_start();
            if !(after.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
                || after.starts_with('\'')
                || after.starts_with('’'))
            {
                continue;
            }
        }
        let (s, e) = sentence_bounds(text, start, unit_end, 320, 240);
        let sentence = format!(" {} ", text[s..e].to_ascii_lowercase());
        // "Must be 21 years of age with 2 years of ...": an age asked for before the years
        // is a clause of its own, whose "age" says nothing of them.
        let before_lower = past_an_age(text[s..start].to_ascii_lowercase());
        let after_lower = text[unit_end..e].to_ascii_lowercase();
        let after_trim = after_lower.trim_start_matches([' ', '+', ')']);
        let qual = parts.qual.unwrap_or_default().to_ascii_lowercase();
        // "18 years old", "21 years or older", "3 years ago": among the first words, as
        // words ("as a key holder" is no age).
        // ("Older" only first or after "or" / "and": "18 years and older"; not "7 years'
        // experience supporting older adults".)
        let mut previous = "";
        let aged = after_trim
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .enumerate()
            .any(|(i, w)| {
                let hit = matches!(w, "old" | "ago")
                    || (w == "older" && (i == 0 || matches!(previous, "or" | "and")));
                previous = w;
                hit
            });
        if about_employer(&before_lower, &qual, &after_lower, posting)
            || aged
            || NOT_EXPERIENCE_AFTER.in_lower(after_trim)
            || names_residence(after_trim)
            || NOT_EXPERIENCE_NEXT
                .iter()
                .any(|w| after_trim.starts_with(w))
            || after_trim.starts_with("from ")
            || AFTER_HIRE.iter().any(|w| after_trim.starts_with(w))
            || a_deadline_or_schooling(&before_lower, after_trim, &after_lower)
            || (after_trim.starts_with("in business")
                && after_trim["in business".len()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric()))
        {
            continue;
        }
        // A resume's "Ready for a role requiring 5+ years of cooking": the years a role
        // asks for, not the writer's.
        if !posting && asked_by_a_role(&before_lower) {
            continue;
        }
        // "within the last ten years", "in the past 5 years": when, not how long (in a
        // posting; "the past 8 years of experience" and a resume's "the last 6 years" say
        // how long).
        if posting && recency_window(&before_lower) && !says_amount(after_trim) {
            continue;
        }
        // "4 years of experience in lieu of a degree" replaces a degree; it is no
        // requirement of its own.
        // Its own clause only: up to the next unit, and before an "or" or a ";" that
        // leads to the next statement ("4 years of experience, or 8 years ... in lieu of a
        // degree" asks for 4).
        let own = match units.get(u + 1) {
            Some(&(next, _, _)) if next < e && next > unit_end => {
                let own = &after_lower[..next - unit_end];
                let cut = [", or ", " or ", ";"]
                    .iter()
                    .filter_map(|w| own.rfind(w))
                    .min()
                    .unwrap_or(own.len());
                &own[..cut]
            }
            _ => after_lower.as_str(),
        };
        if REPLACES_DEGREE.in_lower(own) {
            continue;
        }
        // "Diploma holders with a minimum of 6 years of site experience will also be
        // considered": the years of another way in, beside the degree asked for.
        if posting
            && ALSO_CONSIDERED.in_lower(&after_lower)
            && LOWER_QUALIFICATION.in_lower(&before_lower)
        {
            continue;
        }
        // In a resume, a sentence that opens with a title claims its years too ("Java
        // developer for the last 6 years", "Software engineer (8 years)"; not "As a civil
        // engineer (1 year)", a position's duration).
        // And a resume's "12+ years in cold-chain distribution", "15 years in hospitality".
        let about_experience = EXPERIENCE_WORDS.in_lower(&sentence)
            || (!posting
                && (opens_with_title(&text[s..start])
                    || (after_trim.starts_with("in ")
                        && claim_opens(&before_lower)
                        && !after_trim[3..].starts_with(|c: char| c.is_ascii_digit())
                        && !["in a row", "in advance", "in prison", "in jail"]
                            .iter()
                            .any(|w| after_trim.starts_with(w)))
                    // "12 years leading engineering teams", "Machinist with nine years
                    // setting up CNC mills" (not "Top seller 3 years running").
                    || (opens_with_gerund(after_trim)
                        && claim_opens(&before_lower)
                        && gerund_takes_an_object(after_trim))));
        // "Python (5+ yrs) and AWS (2+ yrs)": years in brackets of their own.
        let in_brackets = text[..start].trim_end().ends_with('(')
            && after_lower.trim_start_matches([' ', '+']).starts_with(')');
        // "3+ years Java", "1 year food service": a skill right after the unit.
        let skill_next = skill_starts
            .binary_search(&(unit_end + after_lower.len() - after_trim.len()))
            .is_ok();
        // A posting's title with its years in brackets: "Java Developer (3-5 yrs)".
        // (Years only: "Project Manager (12 months)" is a contract's length.)
        let title_years =
            posting && scale == 1.0 && in_brackets && opens_with_title(&text[s..start]);
        // "3 years or more in retail": the words after an open end tie the years as
        // they would right after the unit; not after an age ("Must be 18 years or above
        // with the right to work").
        let an_age = || {
            before_lower
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| matches!(w, "be" | "are" | "is" | "aged" | "age"))
        };
        let past_open_end = ["or more ", "or longer ", "or above ", "and above ", "plus "]
            .iter()
            .find_map(|w| after_trim.strip_prefix(w))
            .filter(|_| !an_age())
            .unwrap_or(after_trim);
        let listed = context_at(start) == Context::RequirementsList
            && (in_brackets
                || skill_next
                || FOLLOWS.iter().any(|f| past_open_end.starts_with(f))
                || (opens_with_gerund(after_trim) && leads_a_requirement(&before_lower))
                || after_trim.is_empty()
                || after_trim.starts_with(':')
                || says_level(after_trim));
        if !(about_experience || listed || title_years) {
            continue;
        }
        let (mut min, mut max) = match b_val {
            Some(b) => (a_val.min(b), Some(a_val.max(b))),
            None if qual.starts_with("up to")
                || qual.starts_with("no more")
                || qual.starts_with("max")
                || from_newly_qualified(&text[..start]) =>
            {
                (0.0, Some(a_val))
            }
            None => (a_val, None),
        };
        // "3-5+ years": open-ended.
        if parts.plus_b || (b_val.is_none() && parts.plus_a) {
            max = None;
        }
        min *= scale;
        max = max.map(|m| m * scale);
        // "9 Yrs 8 months", "6 years and 6 months": the months add to a single number.
        let mut end = unit_end;
        if scale == 1.0 && b_val.is_none() {
            if let Some((months, months_end)) = months_after(text, unit_end) {
                min += months / 12.0;
                end = months_end;
            }
        }
        if min > MAX_YEARS || max.is_some_and(|m| m > MAX_YEARS) {
            ignored.push((
                start,
                unit_end,
                format!(
                    "ignored {:?}: more than {MAX_YEARS} years",
                    &text[start..unit_end]
                ),
            ));
            continue;
        }
        // In brackets ("Python (5+ yrs) and AWS (2+ yrs)"), the clause ends with them: the
        // years are of the skill before them.
        let bracketed = text[..start].trim_end().ends_with('(');
        let clause_end = match text.get(end..e).and_then(|rest| rest.find(')')) {
            Some(close) if bracketed => end + close,
            _ => e.max(end),
        };
        let statement = YearsStatement {
            min_years: round2(min),
            max_years: max.map(round2),
            alternatives: Vec::new(),
            start,
            end,
            clause_end,
            after_part: None,
        };
        skip_until = end;
        // "6 months to 1 year", "2 years to 5 years": a range across two units.
        if let Some(prev) = out.last_mut() {
            let raw = text.get(prev.end..start).unwrap_or("");
            let joint = raw.trim();
            // On one line: "- 3 years\n- 5 years of Java" are two statements.
            if !raw.contains(['\n', '\r'])
                && prev.max_years.is_none()
                && prev.alternatives.is_empty()
                && statement.max_years.is_none()
                && statement.min_years > prev.min_years
                && (["-", "–", "—"].contains(&joint) || joint.eq_ignore_ascii_case("to"))
            {
                prev.max_years = Some(statement.min_years);
                prev.end = end;
                prev.clause_end = prev.clause_end.max(statement.clause_end);
                last_end = end;
                continue;
            }
        }
        // Alternatives ("... or 5 years with a Master's", "BS with 7 years, MS with 5") keep
        // the smallest minimum.
        if let Some(prev) = out.last_mut() {
            if is_alternative(text.get(last_end..start).unwrap_or("")) {
                let (keep, other) = if statement.min_years < prev.min_years {
                    (statement.clone(), prev.min_years)
                } else {
                    (prev.clone(), statement.min_years)
                };
                let mut alternatives = prev.alternatives.clone();
                alternatives.push(other);
                *prev = YearsStatement {
                    alternatives,
                    ..keep
                };
                last_end = end;
                continue;
            }
        }
        last_end = end;
        out.push(statement);
    }
    part_statements(text, &mut out);
    labelled_statements(text, units, &mut out);
    // A clause ends where the next statement starts ("5 years of software engineering,
    // including 2 years with Kubernetes": Kubernetes is the second one's).
    for i in 1..out.len() {
        let next_start = out[i].start;
        let st = &mut out[i - 1];
        if next_start < st.clause_end {
            st.clause_end = next_start.max(st.end);
        }
    }
    // And the stretch after a part in brackets ends where the next statement after it starts.
    for i in 0..out.len() {
        if let Some((from, to)) = out[i].after_part {
            // Statements are in order of their start.
            let next = out
                .get(out.partition_point(|s| s.start < from))
                .map_or(to, |s| s.start);
            out[i].after_part = (from < next.min(to)).then_some((from, next.min(to)));
        }
    }
    // "or 5 with a Bachelor's", "(or 3+ with an MS)": an alternative with no unit of its
    // own.
    for st in &mut out {
        let tail = text[st.end..st.clause_end].to_ascii_lowercase();
        let or = [" or ", "(or "].iter().filter_map(|w| tail.find(w)).min();
        if let Some(i) = or {
            let rest = tail[i + 4..].trim_start();
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
                .collect();
            let after = rest[word.len()..].trim_start_matches('+').trim_start();
            if let Some(v) = number_value(&word) {
                if word != "a"
                    && word != "an"
                    && (after.starts_with("with") || after.starts_with("and"))
                    && v <= MAX_YEARS
                    && !st.alternatives.contains(&v)
                {
                    if v < st.min_years {
                        // (A range's top goes with it, as when the alternative has a unit.)
                        st.alternatives.push(st.min_years);
                        st.min_years = v;
                        st.max_years = None;
                    } else {
                        st.alternatives.push(v);
                    }
                }
            }
        }
    }
    out
}

/// Do the first four words of `before` (the words of a sentence before its years) hold a
/// title word, the first of them not "as"?
fn opens_with_title(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .peekable();
    if words.peek().is_none_or(|w| w.eq_ignore_ascii_case("as")) {
        return false;
    }
    words.any(has_title_word)
}

/// Does the text of a sentence before a resume's "N years in ..." make it a claim: nothing,
/// a title or "with" / "for" / "than" right before the number ("15+ years in hospitality",
/// "Logistics leader with 12+ years in cold-chain distribution"; not "Lived 3 years in
/// Japan", "over 2 years in the APAC region")?
fn claim_opens(before: &str) -> bool {
    let before = before.trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    before.bytes().all(|b| !b.is_ascii_alphanumeric())
        || ["with", "for", "than"].contains(&last)
        || (before.split_whitespace().count() <= 3 && opens_with_title(before))
}

/// Do the words of a sentence before a number of years (`before`) and after it (`after`),
/// lower-cased, make it about the employer (its age, its history, its own experience) or
/// something else that is not experience asked for or claimed? A word of [`NOT_EXPERIENCE`]
/// does ("Our company has 20 years of experience"), unless a word of [`CANDIDATE`] comes
/// after it ("We are looking for someone with 5+ years"), but not when the years are how
/// long the employer has done something ("We've been helping individuals ... for over 20
/// years"). In a posting, so does a sentence that opens with the years and goes on about
/// the employer ("With over 20 years of experience in fintech, Acme is hiring ...";
/// "Backed by 30 years of industry experience, our firm ..."; not "With 5+ years of Python,
/// you will ..."; "For more than 20 years, we have been leading ..."): after "with" or
/// "for", only a number the employer would boast of ("over", "more than", "nearly", ...;
/// `qual` is the statement's qualifier, lower-cased) counts.
fn about_employer(before: &str, qual: &str, after: &str, posting: bool) -> bool {
    let padded = format!(" {before}");
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let qualifier = |w: &&str| {
        matches!(
            *w,
            "over" | "more" | "than" | "nearly" | "almost" | "about" | "around" | "well" | "some"
        )
    };
    // "... for over 20 years", "... for 15 years".
    let for_years = words
        .iter()
        .rev()
        .find(|w| !qualifier(w))
        .is_some_and(|w| *w == "for");
    let candidate = CANDIDATE.last_in_lower(&padded);
    if let Some(other) = NOT_EXPERIENCE.last_in_lower(&padded) {
        if for_years || candidate.is_none_or(|c| c < other) {
            return true;
        }
    }
    if !posting || candidate.is_some() {
        return false;
    }
    // Only an opening word and a qualifier ("With over", "Backed by more than") before it.
    let boasts = words.iter().any(qualifier)
        || ["over", "more", "nearly", "almost", "well", "some"]
            .iter()
            .any(|q| qual.trim_start().starts_with(q));
    let opening = match words.first() {
        Some(&("with" | "for")) => boasts,
        Some(&("backed" | "bringing" | "having" | "after")) => true,
        _ => false,
    } && words.iter().all(|w| {
        qualifier(w)
            || matches!(
                *w,
                "with" | "for" | "backed" | "by" | "bringing" | "having" | "after"
            )
    });
    opening
        && after.find(", ").is_some_and(|i| {
            let rest = format!("{} ", &after[i + 1..]);
            EMPLOYER_AFTER.in_lower(&rest) && !THE_CANDIDATE.in_lower(&rest)
        })
}

/// "8 months", " and 6 months", ", 3 mos" right after a unit of years ending at `at`: the
/// months and where they end.
fn months_after(text: &str, at: usize) -> Option<(f64, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?:and\s+|&\s*|,\s*)?(?P<n>\d{1,2})\s*(?:months?|mos?)(?-u:\b)")
            .unwrap_or_else(|_| never())
    });
    let mut hi = (at + 24).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let caps = re.captures(text.get(at..hi)?)?;
    let months: f64 = caps.name("n")?.as_str().parse().ok()?;
    let end = at + caps.get(0)?.end();
    (months < 12.0).then_some((months, end))
}

/// Does `before`, the lower-cased text of a sentence before a number of years, make the
/// years a window of time ("within the last ten years", "in the past 5 years", "over the
/// previous 3 years") rather than an amount of experience?
fn recency_window(before: &str) -> bool {
    let before = before.trim_end();
    // Also without "the": "no DUI in last 5 years".
    ["last", "past", "previous", "most recent"]
        .iter()
        .any(|w| ends_with_word(before, w))
}

/// Does `text` end with `word` as a whole word (nothing or no letter or digit before it)?
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
}

/// Is a number of years, between `before` and `after` (lower case; `after` trimmed), a
/// deadline ("complete a BSN within 3 years") or the length of a degree or of schooling
/// ("a 4-year degree", "Bachelor's degree (4-year)", "2 years of college")?
fn a_deadline_or_schooling(before: &str, after: &str, after_raw: &str) -> bool {
    const SCHOOLING: &[&str] = &[
        "degree",
        "college",
        "university",
        "bachelor",
        "undergraduate",
        "program",
        "programme",
        "course",
        "diploma",
        "apprenticeship",
        "associate",
        "of college",
        "of university",
        "of undergraduate",
        "of post-secondary",
        "of postsecondary",
        "of higher education",
        "of formal education",
        // "or at least 2 years in college".
        "in college",
        "in university",
        "at college",
        "at university",
    ];
    // Most numbers of years are settled by the letter after them and the one before them.
    let may_be_schooling = after.starts_with(['d', 'c', 'u', 'b', 'p', 'a', 'i'])
        || after
            .strip_prefix("of ")
            .is_some_and(|a| a.starts_with(['c', 'u', 'p', 'h', 'f']));
    let may_be_deadline = before.trim_end().ends_with(['n', 't', '(']);
    if !may_be_schooling && !may_be_deadline {
        return false;
    }
    let before = before.trim_end();
    // The schooling word ends the phrase, or a degree's words follow it ("a 4-year degree",
    // "2 years of college or equivalent", "2-year programs"); not "5+ years program
    // management experience" or "3 years of university teaching".
    let schooling = SCHOOLING.iter().any(|w| {
        after.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.strip_prefix('s').unwrap_or(rest);
            let next = rest.trim_start();
            !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                && (next.is_empty()
                    || next.starts_with(|c: char| !c.is_alphanumeric())
                    || [
                        "degree",
                        "or ",
                        "and ",
                        "in ",
                        "education",
                        "coursework",
                        "credit",
                    ]
                    .iter()
                    .any(|n| next.starts_with(n)))
        })
    });
    // "Bachelor's degree (4-year)": the degree's length in brackets after it, closed
    // right after the unit.
    let bracketed = before
        .strip_suffix('(')
        .is_some_and(|rest| rest.trim_end().ends_with("degree"))
        && after_raw.trim_start().starts_with(')');
    ends_with_word(before, "within")
        || ends_with_word(before, "within the next")
        || schooling
        || bracketed
}

/// Does the text after a number of years (trimmed) say it is an amount of experience ("of
/// experience", "' experience", "experience")?
fn says_amount(after: &str) -> bool {
    after.starts_with("of ")
        || after.starts_with('\'')
        || after.starts_with('’')
        || after.starts_with("experience")
}

/// The first number of "between 3 and 5 years" and where it starts, when the text just
/// before `at` (the second number) reads "between `<number>` and ".
fn between_before(text: &str, at: usize) -> Option<(f64, usize)> {
    let mut lo = at.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..at];
    let rest = window.trim_end();
    let rest = rest
        .len()
        .checked_sub(3)
        .filter(|&i| rest.is_char_boundary(i) && rest[i..].eq_ignore_ascii_case("and"))
        .map(|i| &rest[..i])?;
    if !rest.ends_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim_end();
    let word_start = rest
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let first = number_value(&rest[word_start..]).filter(|v| *v <= MAX_YEARS)?;
    let lead = rest[..word_start].trim_end();
    let keyword = lead.len().checked_sub(7)?;
    let is_between = lead.is_char_boundary(keyword)
        && lead[keyword..].eq_ignore_ascii_case("between")
        && lead[..keyword]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
        && rest.len() > word_start;
    is_between.then_some((first, lo + word_start))
}

pub(crate) fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Does the text say the job is entry level or needs no experience?
pub(crate) fn entry_level(text: &str, starts: &Starts) -> Option<(usize, usize)> {
    static RE: OnceLock<WordPattern> = OnceLock::new();
    let re = RE.get_or_init(|| WordPattern::new(ENTRY_LEVEL));
    let whole = re.first(text, &starts.entry)?.whole()?;
    Some((whole.start(), whole.end()))
}

/// "Entry level", "no experience required", "new grads", "freshers", "fresh graduates".
const ENTRY_LEVEL: &str = r"(?i)(?-u:\b)(?:entry[-\s]level|no\s+(?:prior\s+|previous\s+|professional\s+)?experience\s+(?:is\s+)?(?:required|necessary|needed)|new\s+grad(?:uate)?s?(?-u:\b)|(?:recent|fresh)\s+graduates?|freshers?(?-u:\b))";

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn prose(
        text: &str,
        ignored: &mut Vec<(usize, usize, String)>,
    ) -> Vec<YearsStatement> {
        find_statements(
            text,
            &Starts::new(text).units,
            true,
            |_| Context::Prose,
            &[],
            ignored,
        )
    }

    fn entry_level_in(text: &str) -> Option<(usize, usize)> {
        entry_level(text, &Starts::new(text))
    }

    pub(super) fn found(text: &str) -> Vec<(f64, Option<f64>)> {
        let mut ignored = Vec::new();
        find_statements(
            text,
            &Starts::new(text).units,
            true,
            |_| Context::RequirementsList,
            &[],
            &mut ignored,
        )
        .iter()
        .map(|s| (s.min_years, s.max_years))
        .collect()
    }

    #[test]
    fn forms_of_requirements() {
        let cases: &[(&str, f64, Option<f64>)] = &[
            ("5+ years of experience with Python", 5.0, None),
            ("2-5 years of experience", 2.0, Some(5.0)),
            ("2 to 5 years in backend development", 2.0, Some(5.0)),
            ("3-5+ years of Java", 3.0, None),
            ("at least three years of experience", 3.0, None),
            ("half a year of experience", 0.5, None),
            ("3 years or more in retail", 3.0, None),
            ("2 years or longer in a similar role", 2.0, None),
            ("A minimum of 4 years of professional experience", 4.0, None),
            ("five (5) years of experience", 5.0, None),
            ("over 10 years of experience in finance", 10.0, None),
            ("18 months of experience in sales", 1.5, None),
            ("a decade of experience leading teams", 10.0, None),
            ("1+ year with SQL", 1.0, None),
            ("Up to 2 years of experience", 0.0, Some(2.0)),
            ("4 yrs exp. in testing", 4.0, None),
            ("Min. 3 yrs. experience in SQL", 3.0, None),
            ("3 years of employment in retail", 3.0, None),
            // "old" inside a word is no age.
            ("5 years of experience in household goods moving", 5.0, None),
            ("3+ years of experience as a key holder", 3.0, None),
            ("10+ yrs of exp. in C++", 10.0, None),
            ("Approx. 2 yrs. Experience with Excel", 2.0, None),
            ("A degree in physics.\n5+ years of experience", 5.0, None),
            ("5yrs+ experience with Python", 5.0, None),
            ("10years experience in SQL", 10.0, None),
            ("6mos of experience in retail", 0.5, None),
            ("Exp: 5 to 8 Yrs", 5.0, Some(8.0)),
            ("3-plus years of experience with Java", 3.0, None),
            ("Three-plus years of experience with AWS", 3.0, None),
            (
                "2 years of experience in business data analytics",
                2.0,
                None,
            ),
        ];
        for &(text, min, max) in cases {
            assert_eq!(found(text), [(min, max)], "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_experience() {
        for text in [
            "For over 20 years we have served our customers.",
            "Our company was founded 35 years ago.",
            "All parts come with a 2-year warranty.",
            "Teaching license valid for 5 years.",
            "Applicants must be 21 years or older.",
            "The system was retired 3 years ago.",
            "Candidates must be available to work 40 hours a week for at least 2 years.",
            "Applicants must be aged 18 years or older.",
            "We match 401(k) contributions up to 4% per year.",
            "Salary: $60,000 a year",
            "Version 3.5 years ahead",
            "The project ran in 2019 and 2020.",
            "Python 3.11",
            "We have been 30 years in business.",
            "Must obtain CPA certification within 12 months of hire.",
            "Complete the training within 2 years of joining.",
            "For more than 20 years, we have been leading the way in cloud solutions.",
            "We have 20yrs in business.",
            "Years of age: 18",
            "Our team: years of experience: 5",
        ] {
            let mut ignored = Vec::new();
            let got = prose(text, &mut ignored);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // An age asked for before the years is no employer's history.
        for text in [
            "Must be 21 years of age with 2 years of tractor-trailer driving experience.",
            "Must be 18 years of age or older with 2 years of warehouse experience.",
            "Applicants must be 21 years old and have 2 years of experience.",
        ] {
            let mut ignored = Vec::new();
            let got: Vec<f64> = prose(text, &mut ignored)
                .iter()
                .map(|s| s.min_years)
                .collect();
            assert_eq!(got, [2.0], "{text}");
        }
        let mut ignored = Vec::new();
        let got = prose("99999 years of experience", &mut ignored);
        assert!(got.is_empty());
        assert_eq!(ignored.len(), 1);
        // Nor, in a list of requirements, a contract's length, a notice period, a cover, a
        // residence or a licence held; but the same words where they do not say so.
        let in_list = |text: &str| {
            let mut ignored = Vec::new();
            let units = Starts::new(text).units;
            find_statements(
                text,
                &units,
                true,
                |_| Context::RequirementsList,
                &[],
                &mut ignored,
            )
        };
        for text in [
            "You must be eligible for SC clearance, which requires 5 years' continuous residence in the UK.",
            "3 years of UK residency",
            "Fixed term contract for 2 years",
            "Maternity cover for 12 months",
            "Notice period: 3 months",
            "Must have held a full UK driving licence for at least 2 years",
            "Must be 18 years or above with the right to work in the UK",
            "Candidates must be 21 years or more with a clean driving record",
            "Must be 18 years plus with a clean licence",
        ] {
            let got = in_list(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        for text in [
            "Must have held a supervisory role for at least 2 years",
            "Registered midwife with maternity ward experience of 3+ years",
            "Maternity nurse, 3+ years of experience",
            "Probation officer with 3 years of post-qualifying experience",
            "Minimum 2 years of post-residency hospitalist experience",
            "3+ years of practice after completing residency",
            "3+ years of experience in site execution of residential buildings",
            "Experience providing cover for a busy reception team for 2 years",
            "Experience supporting people living in supported housing, 2+ years",
        ] {
            assert!(!in_list(text).is_empty(), "{text}");
        }
        // "Older" after other words is no age.
        let mut ignored = Vec::new();
        let got = prose(
            "Care assistant with 7 years' experience supporting older adults.",
            &mut ignored,
        );
        assert_eq!(got.first().map(|s| s.min_years), Some(7.0));
    }

    #[test]
    fn whose_years_the_sentence_speaks_of() {
        let min = |text: &str, posting: bool| {
            let mut ignored = Vec::new();
            find_statements(
                text,
                &Starts::new(text).units,
                posting,
                |_| Context::Prose,
                &[],
                &mut ignored,
            )
            .first()
            .map(|s| s.min_years)
        };
        // The candidate's: a word of the candidate after a word of the employer wins.
        for (text, years) in [
            (
                "We are looking for a developer with 3+ years of experience in Java.",
                3.0,
            ),
            ("What we need: 5+ years of experience with Python.", 5.0),
            ("We require 4 years of professional experience.", 4.0),
            (
                "Our team is seeking an engineer with 6+ years of experience.",
                6.0,
            ),
            ("The ideal candidate has 5+ years of experience.", 5.0),
            ("You have 3+ years of experience with Go.", 3.0),
            (
                "The Senior Analyst will have 3+ years of experience in finance.",
                3.0,
            ),
            ("Typically has 5+ years of related experience.", 5.0),
            ("Engineers have 4+ years of experience in Rust.", 4.0),
            ("Good to have 2+ years of experience in Go.", 2.0),
            (
                "With 5+ years of experience in Java, the engineer will help us scale.",
                5.0,
            ),
            ("Must have 2 years of experience in sales.", 2.0),
            ("Has 7 years of experience leading teams.", 7.0),
            (
                "With 5+ years of experience in Python, you will lead the team.",
                5.0,
            ),
            (
                "With 3+ years of experience in Python, Django and SQL.",
                3.0,
            ),
        ] {
            assert_eq!(min(text, true), Some(years), "{text}");
        }
        // A sentence that opens with the years and goes on about the work is the
        // candidate's.
        assert_eq!(
            min(
                "7+ years of analytical modeling experience, solving problems we solve.",
                true
            ),
            Some(7.0)
        );
        // The employer's.
        for text in [
            "Our founders have 30 years of industry experience.",
            "We've been helping individuals build their careers for over 20 years.",
            "Our company has been hiring top industry talent for 15 years.",
            "We are a staffing firm that has connected candidates with industry leaders for over 20 years.",
            "With over 20 years of experience in fintech, Acme is hiring a Python developer.",
            "Backed by 30 years of industry experience, our firm serves 500 clients.",
            "Our company has 20 years of industry experience.",
        ] {
            assert_eq!(min(text, true), None, "{text}");
        }
        // A resume's claims: work done, or a sentence that opens with a title.
        for (text, years) in [
            (
                "I have been working as a developer for the last 6 years.",
                6.0,
            ),
            ("I've been a nurse for 7 years.", 7.0),
            ("Java developer for the last 6 years.", 6.0),
            ("Software engineer (8 years)", 8.0),
            ("Total experience of 7.3years.", 7.3),
        ] {
            assert_eq!(min(text, false), Some(years), "{text}");
        }
        for text in [
            "As a civil engineer (1 years) I built roads.",
            "Led a 2 year migration.",
        ] {
            assert_eq!(min(text, false), None, "{text}");
        }
        // A title opens no claim in a posting.
        assert_eq!(min("Java developer for the last 6 years.", true), None);
        // An age in the same sentence makes only its own number no experience.
        assert_eq!(
            min(
                "I am 35 years old with 7 years of experience in marketing.",
                false
            ),
            Some(7.0)
        );
        // In a resume, a summary in the third person is the candidate's.
        assert_eq!(
            min("Jane has 10+ years of experience in sales.", false),
            Some(10.0)
        );
        assert_eq!(
            min("I have 8 years of experience in retail.", false),
            Some(8.0)
        );
    }

    #[test]
    fn ranges_in_words_and_across_units() {
        assert_eq!(
            found("Between 3 and 5 years of experience with SQL."),
            [(3.0, Some(5.0))]
        );
        assert_eq!(
            found("between six and 12 months of experience"),
            [(0.5, Some(1.0))]
        );
        assert_eq!(
            found("5 years of laboratory experience within the last ten years."),
            [(5.0, None)]
        );
        assert_eq!(found("Experience in the past 3 years with Java."), []);
        assert_eq!(
            found("Over the past 8 years of experience in accounting, I led audits."),
            [(8.0, None)]
        );
        // Two lines are two statements, not a range.
        assert_eq!(
            found("- Minimum experience: 3 years\n- 5 years in a supervisory role"),
            [(3.0, None), (5.0, None)]
        );
        // No "between": "and" joins no range.
        assert_eq!(found("Python and 5 years of experience."), [(5.0, None)]);
        assert_eq!(
            found("6 months to 1 year of experience in customer service"),
            [(0.5, Some(1.0))]
        );
        assert_eq!(
            found("2 years - 4 years of experience in sales"),
            [(2.0, Some(4.0))]
        );
        assert_eq!(
            found("3 or more years of experience with Tableau"),
            [(3.0, None)]
        );
        assert_eq!(found("5 or greater years of experience"), [(5.0, None)]);
    }

    #[test]
    fn years_in_brackets_count_in_a_requirements_list() {
        assert_eq!(
            found("Python (5+ yrs) and AWS (2+ yrs)"),
            [(5.0, None), (2.0, None)]
        );
        assert_eq!(
            found("Java (4+ years), Spring (2 years)"),
            [(4.0, None), (2.0, None)]
        );
        // In prose, the sentence must still speak of experience.
        let mut ignored = Vec::new();
        assert!(prose("Our office (20 years) and more", &mut ignored).is_empty());
    }

    #[test]
    fn years_spent_doing_something_count_in_a_requirements_list() {
        for doing in [
            "running Kubernetes in production",
            "driving a tractor-trailer",
            "operating a forklift",
            "repairing diesel engines",
            "serving guests",
        ] {
            assert_eq!(
                found(&format!("3+ years {doing}")),
                [(3.0, None)],
                "{doing}"
            );
        }
        // Words that only end like a verb's "-ing" form tie nothing.
        assert!(found("3 years during which").is_empty());
        assert!(found("2 years including").is_empty());
        assert!(found("1 year residing in the county").is_empty());
        // Unless the years open the requirement, they are someone else's.
        assert!(found("Acme spent 6+ years gathering the data").is_empty());
        assert_eq!(found("- Minimum 3 years performing audits"), [(3.0, None)]);
    }

    #[test]
    fn months_after_years_add_to_them() {
        assert_eq!(
            found("Azure developer with 9 Yrs 8 months of working experience."),
            [(9.67, None)]
        );
        assert_eq!(
            found("6 years and 6 months of experience in testing."),
            [(6.5, None)]
        );
        // A range, or twelve months and more, stay as they are.
        assert_eq!(
            found("3-5 years 6 months of experience."),
            [(3.0, Some(5.0)), (0.5, None)]
        );
        assert_eq!(
            found("2 years 14 months of experience."),
            [(2.0, None), (1.17, None)]
        );
    }

    #[test]
    fn entry_level_phrases() {
        assert!(entry_level_in("This is an entry-level role.").is_some());
        assert!(entry_level_in("No prior experience required!").is_some());
        assert!(entry_level_in("Senior role, 8+ years.").is_none());
        assert!(entry_level_in("Fresh graduates are also welcome to apply.").is_some());
        assert!(entry_level_in("Fresh produce handling.").is_none());
    }

    const ENTRY_PIECES: &[&str] = &[
        "entry",
        "level",
        "Entry-level",
        "no",
        "prior",
        "previous",
        "professional",
        "experience",
        "is",
        "required",
        "necessary",
        "needed",
        "new",
        "grad",
        "graduates",
        "Recent",
        "graduate",
        "fresher",
        "Freshers",
        "fresh",
        "Fresh",
        "x",
        "_",
        "é",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn anchored_entry_level_pattern_finds_what_scanning_finds(
            picks in proptest::collection::vec((0..ENTRY_PIECES.len(), 0..5usize), 0..12),
        ) {
            let seps = [" ", "", "-", ", ", "\n"];
            let text = crate::profile::words::tests::text_of(ENTRY_PIECES, &seps, &picks);
            crate::profile::words::tests::assert_same_as_scanning(ENTRY_LEVEL, |s| &s.entry, &text);
        }

        #[test]
        fn units_are_the_words_the_unit_pattern_finds(text in "[ a-zA-Z0-9_.,+-]{0,60}[ 0-9]{0,3}(years?|YRS?|Months?|mos|decades?)[ a-zA-Z0-9_.,+-]{0,20}") {
            // A unit is a word of its own or follows one or two digits ("5yrs").
            let scan = regex::Regex::new(r"(?i)(?-u:\b)(?:\d{1,2})?(?P<u>years?|yrs?|months?|mos|decades?)(?-u:\b)").unwrap();
            let want: Vec<(usize, usize)> = scan.captures_iter(&text).map(|c| (c["u"].len(), c.get(0).unwrap().end())).map(|(n, e)| (e - n, e)).collect();
            let got: Vec<(usize, usize)> = Starts::new(&text).units.iter().map(|&(s, e, _)| (s, e)).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }
}
