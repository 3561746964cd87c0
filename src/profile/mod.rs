//! Parsed profiles: a [`Job`] posting's requirements and a [`Resume`]'s positions, skills
//! and education, as plain data.
//!
//! ```
//! use jobmatch::{Extractor, Job, Resume, YearMonth};
//!
//! let ex = Extractor::builtin();
//! let job = Job::parse("Requirements:\n- 3+ years of Python and Django\n", &ex);
//! assert_eq!(job.min_years, Some(3.0));
//! assert_eq!(job.skills[0].min_years, Some(3.0));
//!
//! let today = YearMonth::new(2026, 11).unwrap();
//! let cv = Resume::parse("Experience\nDeveloper, Acme | Jan 2020 - Present\n- Python\n", &ex, today);
//! assert_eq!(cv.positions[0].months, 83);
//! assert_eq!(cv.skills[0].last_used, Some(today));
//! ```

mod anchored;
mod columns;
mod dates;
mod education;
pub(crate) mod experience;
mod headings;
mod job;
mod resume;
mod sections;
mod stated;
mod statement;
pub(crate) mod titles;
mod words;
mod years;

use serde::{Deserialize, Serialize};

pub use dates::{YearMonth, MAX_YEAR, MIN_YEAR};
pub(crate) use education::FieldTest;
pub use education::{
    Degree, DegreeLevel, FieldClasses, FieldFit, RELATED_FIELD_CREDIT, UNRELATED_FIELD_CREDIT,
};
pub use job::{EducationRequirement, ExperienceRequirement, Job, JobSkill};
pub use resume::{Education, Position, Resume, ResumeSkill};
pub use sections::{sections, DocKind, Section, SectionKind};
pub use years::{YearsStatement, MAX_YEARS};

use crate::extract::{Extractor, Mention};
use crate::taxonomy::Skill;

/// Format version of serialised profiles; bumped when their fields change meaning.
pub const PROFILE_VERSION: u32 = 2;

/// What the offsets of a profile count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Byte offsets into the UTF-8 text (what Rust parses to).
    Bytes,
    /// Character (code point) indices: Python `str` indices.
    Chars,
}

/// A span of text: byte offsets in Rust, `str` indices in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Where it starts.
    pub start: usize,
    /// One past where it ends.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    fn map(&mut self, f: &impl Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }

    /// Maps the start with `start` and the end with `end`, the end no earlier than the
    /// start.
    fn map_ends(&mut self, start: &impl Fn(usize) -> usize, end: &impl Fn(usize) -> usize) {
        self.start = start(self.start);
        self.end = end(self.end).max(self.start);
    }
}

/// `text` with line ends the parser does not read as such turned into `\n`, every byte
/// offset kept: a lone `\r` (old Mac files), U+2028 and U+2029 (line and paragraph
/// separators, from word processors and JSON) and U+0085. A text without them is borrowed.
pub(crate) fn plain_line_ends(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // One pass over the bytes that may begin one: '\r', and the first bytes of U+2028,
    // U+2029 (E2 80 A8/A9) and U+0085 (C2 85).
    let other_end = memchr::memchr3_iter(b'\r', 0xE2, 0xC2, bytes).any(|i| match bytes[i] {
        b'\r' => bytes.get(i + 1) != Some(&b'\n'),
        0xE2 => bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)),
        _ => bytes.get(i + 1) == Some(&0x85),
    });
    if !other_end {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() != Some(&'\n') => out.push('\n'),
            // The same number of bytes: the line end, then spaces.
            '\u{2028}' | '\u{2029}' => out.push_str("\n  "),
            '\u{85}' => out.push_str("\n "),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `at`, or the first character boundary of `text` after it (an offset inside a
/// character [`plain_line_ends`] replaced by a line end and spaces).
pub(crate) fn char_boundary_after(text: &str, at: usize) -> usize {
    (at..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}

/// A resume whose line breaks were lost (pasted into a web form, or extracted as one
/// paragraph) with its lines put back where its own marks say they were, every byte offset
/// kept: the space before a bullet mark (•, ●, ▪, ■, ◦, ►, ❖, ◆, ➢, ✓, U+F0B7), the
/// spaces around a heading in capitals ("EXPERIENCE", "WORK HISTORY", "EDUCATION"), and
/// the space after a sentence's end before a capital ("... - Present. Dental Assistant,")
/// become line breaks. Only a flattened text is changed: 100 bytes or more, with fewer
/// than one line break per 400 bytes; any other is borrowed.
///
/// In a posting (`doc` [`DocKind::Job`]), a heading's label given inline after a sentence's
/// end ("... Salesforce. Nice to have: Experience with Zendesk. ...") also goes on a line of
/// its own, so that it heads what follows it, up to the next heading, as it did before the
/// breaks were lost.
pub(crate) fn relined(text: &str, doc: DocKind) -> std::borrow::Cow<'_, str> {
    const MARKS: &[char] = &['•', '●', '▪', '■', '◦', '►', '❖', '◆', '➢', '✓', '\u{f0b7}'];
    let bytes = text.as_bytes();
    if bytes.len() < 100
        || memchr::memchr_iter(b'\n', bytes)
            .take(bytes.len() / 400 + 1)
            .count()
            > bytes.len() / 400
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = bytes.to_vec();
    // The words, as (start, end) of runs without spaces.
    let words = runs(bytes, |b| b != b' ' && b != b'\t');
    let capitals = |w: &str| {
        let w = w.trim_end_matches(':');
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
    };
    let mut k = 0;
    while k < words.len() {
        let (s, e) = words[k];
        let word = &text[s..e];
        // A bullet mark: a line break before it.
        if word.starts_with(MARKS) && s > 0 {
            out[s - 1] = b'\n';
        }
        // A heading in capitals of up to three words, the longest first.
        if capitals(word) {
            let run = words[k..]
                .iter()
                .take(3)
                .take_while(|&&(s, e)| capitals(&text[s..e]))
                .count();
            if let Some(n) = (1..=run).rev().find(|&n| {
                let (_, last) = words[k + n - 1];
                sections::heading_kind(&text[s..last], doc).is_some()
            }) {
                let (_, last) = words[k + n - 1];
                if s > 0 {
                    out[s - 1] = b'\n';
                }
                if last < out.len() {
                    out[last] = b'\n';
                }
                k += n;
                continue;
            }
        }
        // A posting's label: up to five words that open a sentence (a capital after a
        // sentence's end or the text's start) and end with a colon, naming a heading.
        if doc == DocKind::Job && word.ends_with(':') && e < bytes.len() {
            let opens = |i: usize| {
                text[words[i].0..].starts_with(|c: char| c.is_ascii_uppercase())
                    && (i == 0 || text[..words[i - 1].1].ends_with(['.', '!', '?']))
            };
            let label = (0..5)
                .filter_map(|back| k.checked_sub(back))
                .filter(|&i| opens(i))
                .find_map(|i| {
                    sections::heading_kind(&text[words[i].0..e], doc).map(|kind| (i, kind))
                });
            if let Some((i, kind)) = label {
                let start = words[i].0;
                if start > 0 {
                    out[start - 1] = b'\n';
                }
                if kind == SectionKind::Other {
                    // A label of no requirement ("Location: Austin, TX.", "Salary: ...")
                    // is its sentence's alone: the line ends with that sentence, and the
                    // section before it goes on after it.
                    let end = words[k + 1..]
                        .iter()
                        .take(16)
                        .enumerate()
                        .find(|&(n, &(_, we))| {
                            text[..we].ends_with(['.', '!', '?'])
                                && words
                                    .get(k + 2 + n)
                                    .is_some_and(|&(ns, _)| bytes[ns].is_ascii_uppercase())
                        })
                        .map(|(_, &(_, we))| we);
                    if let Some(end) = end {
                        out[end] = b'\n';
                    }
                } else {
                    out[e] = b'\n';
                }
            }
        }
        // A sentence's end before a capital, after a word of four letters or more with
        // no dot of its own ("Present.", not "B.S." or "Inc.").
        if word.len() >= 5
            && word.ends_with('.')
            && !word[..word.len() - 1].contains('.')
            && e < bytes.len()
            && bytes.get(e + 1).is_some_and(u8::is_ascii_uppercase)
        {
            out[e] = b'\n';
        }
        k += 1;
    }
    // Only ASCII spaces were replaced, by ASCII line breaks: still UTF-8.
    String::from_utf8(out).map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
}

/// The maximal runs of bytes of `bytes` that `inside` accepts, as (start, end).
pub(crate) fn runs(bytes: &[u8], inside: impl Fn(u8) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(bytes.len() / 6);
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (inside(b), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, bytes.len()));
    }
    out
}

/// The sentence around `start..end`: from the previous line break, `;` or end of sentence
/// to the next (at most a few hundred bytes either side).
pub(crate) fn sentence_of(text: &str, start: usize, end: usize) -> &str {
    let (s, e) = sentence_bounds(text, start, end, 300, 300);
    &text[s..e]
}

/// Short forms that postings write with a dot inside a sentence: "10+ yrs of exp. in C++",
/// "Min. 3 yrs. experience".
const ABBREVIATIONS: [&[u8]; 16] = [
    b"exp", b"yrs", b"yr", b"min", b"mos", b"approx", b"incl", b"esp", b"req", b"reqd", b"pref",
    b"vs", b"sr", b"jr", b"eg", b"ie",
];

/// Is the `.` at `i` the dot of an abbreviation ([`ABBREVIATIONS`], or "e.g." / "i.e.")
/// inside a sentence, that is with a lower-case word, a digit or "experience" after it?
/// "5 yrs exp. Salary: ..." still ends at the dot.
pub(crate) fn abbreviation_dot(bytes: &[u8], i: usize) -> bool {
    // What follows first: most sentences end before a capital or a line break.
    let rest = &bytes[i + 1..];
    let skip = rest
        .iter()
        .take(4)
        .take_while(|b| **b == b' ' || **b == b'\t')
        .count();
    let next = &rest[skip..];
    let goes_on = skip > 0
        && match next.first() {
            Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'(' => true,
            Some(b'E' | b'e') => next
                .get(..10)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"experience")),
            _ => false,
        };
    if !goes_on {
        return false;
    }
    let mut w = i;
    while w > 0 && i - w <= 6 && bytes[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    let word = &bytes[w..i];
    if word.is_empty() || word.len() > 6 || w > 0 && bytes[w - 1].is_ascii_digit() {
        return false;
    }
    let dotted = word.len() == 1
        && w >= 2
        && bytes[w - 1] == b'.'
        && (bytes[w - 2].eq_ignore_ascii_case(&b'e') || bytes[w - 2].eq_ignore_ascii_case(&b'i'))
        && (w == 2 || !bytes[w - 3].is_ascii_alphanumeric());
    dotted || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Does a sentence end at the byte `i` (a line break, `;`, or `.`, `!`, `?` followed by
/// white space or the end of the text, and not the dot of an abbreviation)?
fn ends_sentence(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b';' => true,
        b'.' => bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace) && !abbreviation_dot(bytes, i),
        b'!' | b'?' => bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace),
        _ => false,
    }
}

/// The bounds of the sentence around `start..end`, looking at most `back` bytes before it
/// and `ahead` bytes after it: it starts after a line break, `;` or a `.` followed by white
/// space, and ends before a line break, `;` or `.`, `!`, `?` followed by white space or the
/// end of the text; the dot of an abbreviation inside a sentence ends nothing
/// ("10+ yrs of exp. in C++").
pub(crate) fn sentence_bounds(
    text: &str,
    start: usize,
    end: usize,
    back: usize,
    ahead: usize,
) -> (usize, usize) {
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(back);
    let mut s = start;
    while s > lo {
        let b = bytes[s - 1];
        if b == b'\n'
            || b == b';'
            || (b == b'.'
                && bytes.get(s).is_some_and(u8::is_ascii_whitespace)
                && !abbreviation_dot(bytes, s - 1))
        {
            break;
        }
        s -= 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    let hi = (end + ahead).min(text.len());
    let mut e = end.min(text.len());
    while e < hi {
        if ends_sentence(bytes, e) {
            break;
        }
        e += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    (s, e.max(s))
}

/// The sentence boundaries of a text, found once: a sentence ends at a line break, at `;`,
/// and at `.`, `!` or `?` followed by white space ([`ends_sentence`]).
pub(crate) struct Sentences {
    /// Offsets just past each terminator, in order.
    ends: Vec<usize>,
}

impl Sentences {
    pub(crate) fn new(text: &str) -> Sentences {
        let bytes = text.as_bytes();
        let ends_at = |i: usize| ends_sentence(bytes, i);
        // Terminators are rare: two vectorised searches, merged in order.
        let mut ends: Vec<usize> = memchr::memchr3_iter(b'\n', b';', b'.', bytes)
            .filter(|&i| ends_at(i))
            .map(|i| i + 1)
            .collect();
        let before = ends.len();
        ends.extend(
            memchr::memchr2_iter(b'!', b'?', bytes)
                .filter(|&i| ends_at(i))
                .map(|i| i + 1),
        );
        if ends.len() > before {
            ends.sort_unstable();
        }
        Sentences { ends }
    }

    /// The sentence containing byte `at`: (start, end), the end before its terminator.
    pub(crate) fn around(&self, at: usize, text_len: usize) -> (usize, usize) {
        let k = self.ends.partition_point(|&e| e <= at);
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        let end = self.ends.get(k).map_or(text_len, |&e| e - 1);
        (start, end.max(start))
    }
}

/// The slot of `m`'s skill in `list`, adding it (made by `make`) on first sight.
pub(crate) fn push_mention<T>(
    list: &mut Vec<T>,
    slot_of: &mut foldhash::HashMap<u32, usize>,
    extractor: &Extractor,
    m: &Mention,
    make: impl FnOnce(&Skill) -> T,
) -> usize {
    *slot_of.entry(m.skill).or_insert_with(|| {
        list.push(make(extractor.skill(m)));
        list.len() - 1
    })
}

/// Reads a profile saved with `to_json`, checking its format version first, so that JSON
/// from another version fails with a clear error instead of a half-read value.
pub(crate) fn profile_from_json<T: serde::de::DeserializeOwned>(
    json: &str,
    what: &str,
) -> crate::Result<T> {
    use crate::{Error, ErrorKind};
    #[derive(Deserialize)]
    struct Version {
        version: Option<u32>,
    }
    let bad = |e: serde_json::Error| {
        Error::new(ErrorKind::Format, format!("not a serialised {what}: {e}"))
    };
    let v: Version = serde_json::from_str(json).map_err(bad)?;
    match v.version {
        Some(PROFILE_VERSION) => serde_json::from_str(json).map_err(bad),
        Some(n) => Err(Error::new(
            ErrorKind::Format,
            format!(
                "this {what} was saved in format version {n}; this jobmatch reads version \
                 {PROFILE_VERSION}: parse the text again with this version"
            ),
        )),
        None => Err(Error::new(
            ErrorKind::Format,
            format!("not a serialised {what}: no format version"),
        )),
    }
}

pub(crate) fn profile_to_json(value: &impl Serialize) -> String {
    // Profiles hold only strings, numbers and lists: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_flattened_resume_gets_its_lines_back() {
        let flat = "EXPERIENCE Dental Hygienist, Bright Smiles Dentistry, 03/2020 - Present \
                    • Perform scaling and polishing • Dental Assistant, Valley Oak Dental, \
                    05/2015 - 06/2018 • Sterilization EDUCATION Associate of Science in Dental \
                    Hygiene, Sacramento City College, 2018";
        let lined = relined(flat, DocKind::Resume);
        assert_eq!(lined.len(), flat.len());
        let lines: Vec<&str> = lined.lines().collect();
        assert_eq!(
            lines,
            [
                "EXPERIENCE",
                "Dental Hygienist, Bright Smiles Dentistry, 03/2020 - Present",
                "• Perform scaling and polishing",
                "• Dental Assistant, Valley Oak Dental, 05/2015 - 06/2018",
                "• Sterilization",
                "EDUCATION",
                "Associate of Science in Dental Hygiene, Sacramento City College, 2018",
            ]
        );
        let cv = Resume::parse(
            flat,
            &Extractor::builtin(),
            YearMonth::new(2026, 11).unwrap(),
        );
        let spans: Vec<(String, String)> = cv
            .positions
            .iter()
            .map(|p| (p.start.to_string(), p.end.to_string()))
            .collect();
        assert_eq!(
            spans,
            [
                ("2020-03".to_string(), "2026-11".to_string()),
                ("2015-05".to_string(), "2018-06".to_string())
            ]
        );
        assert_eq!(
            cv.positions[1].employer.as_deref(),
            Some("Valley Oak Dental")
        );
        // Sentences end lines ("Present. Dental Assistant"); "B.S." and "Inc." do not.
        let flat = "Dental Hygienist, Bright Smiles Dentistry, 03/2020 - Present. Dental \
                    Assistant, Acme Inc. Dental, 05/2015 - 06/2018. B.S. Biology, 2014.";
        assert_eq!(
            relined(flat, DocKind::Resume).lines().count(),
            3,
            "{:?}",
            relined(flat, DocKind::Resume)
        );
        // A text with its lines is left as it is.
        let text = "Summary\nNurse with 5 years of experience. Skilled in triage.\n".repeat(5);
        assert!(matches!(
            relined(&text, DocKind::Resume),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_flattened_posting_gets_its_headings_back() {
        let flat = "We make scheduling software for clinics. Responsibilities: Run QBRs with \
                    clients. Requirements: 2+ years in customer success or account management. \
                    Experience with Salesforce. Location: Austin, TX. Experience with Tableau \
                    is required. Nice to have: Experience with Zendesk. Familiarity with \
                    Looker. Benefits: 401(k), tuition reimbursement for Excel courses.";
        let lined = relined(flat, DocKind::Job);
        assert_eq!(lined.len(), flat.len());
        let lines: Vec<&str> = lined.lines().map(str::trim).collect();
        for label in [
            "Responsibilities:",
            "Requirements:",
            "Nice to have:",
            "Benefits:",
        ] {
            assert!(lines.contains(&label), "{label} in {lines:?}");
        }
        // A resume's labels are left in their sentences.
        assert!(!relined(flat, DocKind::Resume)
            .lines()
            .any(|l| l.trim() == "Nice to have:"));
        let job = Job::parse(flat, &Extractor::builtin());
        assert_eq!(job.min_years, Some(2.0));
        let required = |name: &str| {
            job.skills
                .iter()
                .find(|s| s.name.starts_with(name))
                .map(|s| s.required)
        };
        assert_eq!(required("Salesforce"), Some(true));
        // A label of no requirement is its sentence's alone.
        assert!(!lines.contains(&"Location:"));
        assert_eq!(required("Tableau"), Some(true));
        assert_eq!(required("Zendesk"), Some(false));
        assert_eq!(required("Looker"), Some(false));
        // Named only under the benefits: no requirement.
        assert_eq!(required("Microsoft Excel"), None);
    }

    #[test]
    fn saved_profiles_round_trip_and_other_versions_fail_clearly() {
        let ex = Extractor::builtin();
        let job = Job::parse("Requirements: 3+ years of Python. Bachelor's degree.", &ex);
        assert_eq!(Job::from_json(&job.to_json()), Ok(job.clone()));
        let old = job.to_json().replacen(
            &format!("\"version\":{PROFILE_VERSION}"),
            "\"version\":0",
            1,
        );
        let err = Job::from_json(&old).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Format);
        assert!(err.message().contains("format version 0"), "{err}");
        let err = Resume::from_json("{\"today\": \"2026-11\"}").unwrap_err();
        assert!(err.message().contains("no format version"), "{err}");
        assert!(Resume::from_json("not json").is_err());
    }

    fn spans_ok(text: &str, spans: &[Span]) -> bool {
        spans.iter().all(|s| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
    }

    const PIECES: &[&str] = &[
        "Requirements:\n",
        "Experience\n",
        "Education\n",
        "Nice to have\n",
        "5+ years",
        " of ",
        "Python",
        " and ",
        "Jan 2018",
        " – ",
        "Present",
        "03/2017",
        "2015",
        "-",
        "2019",
        "\n",
        " ",
        "Bachelor's",
        " in ",
        "Computer Science",
        "M.S.",
        "é",
        "日本",
        "—",
        "(",
        ")",
        "5 years",
        "months",
        "13/2020",
        "Summer",
        "a decade",
        "or",
        "with",
        ":",
        "99999",
        ".",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn parsing_never_panics_and_spans_stay_inside(
            picks in proptest::collection::vec(0..PIECES.len(), 0..80),
            noise in "\\PC{0,40}",
        ) {
            let mut text: String = picks.iter().map(|&i| PIECES[i]).collect();
            text.push_str(&noise);
            let ex = Extractor::builtin();
            let job = Job::parse(&text, &ex);
            let mut spans: Vec<Span> = job.skills.iter().flat_map(|s| s.mentions.clone()).collect();
            spans.extend(job.experience.iter().map(|r| r.span));
            spans.extend(job.sections.iter().map(|s| Span::new(s.start, s.end)));
            prop_assert!(spans_ok(&text, &spans));
            prop_assert!(job.min_years.is_none_or(|y| (0.0..=MAX_YEARS).contains(&y)));
            let cv = Resume::parse(&text, &ex, YearMonth::new(2026, 11).unwrap_or(YearMonth::now()));
            let mut spans: Vec<Span> = cv.skills.iter().flat_map(|s| s.mentions.clone()).collect();
            spans.extend(cv.positions.iter().map(|p| p.span));
            spans.extend(cv.sections.iter().map(|s| Span::new(s.start, s.end)));
            prop_assert!(spans_ok(&text, &spans));
            prop_assert!(cv.total_years >= 0.0 && cv.total_years < 200.0);
            for p in &cv.positions {
                prop_assert!(p.start <= p.end);
            }
        }

        #[test]
        fn abbreviations_end_a_sentence_only_before_a_capital(
            abbr in "(exp|yrs|Min|e\\.g|approx|Sr)",
            next in "(in|5|Experience|Salary|C\\+\\+|\\(Go\\))",
        ) {
            let text = format!("5 {abbr}. {next} x");
            let dot = abbr.len() + 2;
            let inside = next.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '(')
                || next == "Experience";
            let expected = if inside { vec![] } else { vec![dot + 1] };
            prop_assert_eq!(&Sentences::new(&text).ends, &expected);
            let (s, e) = sentence_bounds(&text, 0, 1, 100, 100);
            prop_assert_eq!((s, e), (0, if inside { text.len() } else { dot }));
        }

        #[test]
        fn sentence_ends_are_every_terminator(text in "[a.!?;\n \t]{0,80}") {
            let bytes = text.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&i| match bytes[i] {
                    b'\n' | b';' => true,
                    b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace),
                    _ => false,
                })
                .map(|i| i + 1)
                .collect();
            prop_assert_eq!(Sentences::new(&text).ends, expected);
        }
    }
}
