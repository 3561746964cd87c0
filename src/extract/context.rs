//! Deciding whether a risky surface form ("Go", "R", "Spark", "Excel") is meant as a skill.
//!
//! A risky form is accepted when one of these holds:
//!
//! 1. **Technology nearby**, for technology skills only: a confirmed, non-risky mention of a
//!    technology skill lies within [`CONTEXT_WINDOW`] bytes before or after it, without a
//!    blank line in between ("Go, Python and Docker"); an acronym written in lower case
//!    ("ml", "or") does not qualify.
//! 2. **A skills list**: its line starts with a heading such as "Skills:", "Tech stack:",
//!    "Languages:" or "Tools:".
//! 3. **The casing people use for it**: the text matches the form's own capitalisation
//!    exactly ("Spark", "ML", "JS"), and, when only the first letter is a capital, the word
//!    does not start a sentence or a line ("Go to market" is not the language).
//!
//! Single letters ("C", "R") are *strict*: they must be written in capitals, need rule 1 or
//! 2, and are rejected before `-`, `&` or `'` ("C-level", "R&D") and after a capitalised
//! word ("Vitamin C", "Plan B").

use super::boundary::{char_at, char_before};
use super::inflect::Inflection;

/// How far (in bytes) a confirming technology mention may be from a risky one.
pub const CONTEXT_WINDOW: usize = 100;

/// How far back (bytes) the start of a skills-list line is looked for.
const MAX_LIST_LINE: usize = 2048;

/// Headings that introduce a list of skills.
const LIST_HEADINGS: &[&str] = &[
    "skill",
    "technolog",
    "tech stack",
    "stack",
    "tools",
    "languages",
    "programming",
    "frameworks",
    "platforms",
    "software",
    "proficien",
    "expertise",
    "competenc",
    "environment",
    "libraries",
    "databases",
    "requirements",
    "qualifications",
];

/// How much evidence a surface form needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Risk {
    /// Accepted on sight.
    Safe,
    /// Needs context or its usual casing.
    Risky,
    /// A single letter: needs context, capitals, and a clean neighbourhood.
    Strict,
}

/// Answers "is the line holding byte `at` a skills list ("Skills: ...", "- Tools: ...")?"
/// for candidates in increasing order, reading each line's heading once.
pub(crate) struct SkillsLists<'a> {
    text: &'a str,
    /// Offsets of the text's newlines, in order.
    newlines: &'a [usize],
    /// The bytes of the line last looked at, and where the colon after its skills-list
    /// heading stands, if it has one.
    span: std::ops::Range<usize>,
    colon: Option<usize>,
}

impl<'a> SkillsLists<'a> {
    /// `newlines` are the offsets of all the newlines of `text`, in order.
    pub(crate) fn new(text: &'a str, newlines: &'a [usize]) -> Self {
        SkillsLists {
            text,
            newlines,
            span: 0..0,
            colon: None,
        }
    }

    /// Is the line holding byte `at` (a char boundary) a skills list, with `at` after its
    /// heading? A skills line is recognised up to [`MAX_LIST_LINE`] bytes from its start.
    pub(crate) fn contains(&mut self, at: usize) -> bool {
        // Candidates come in order, most of them on the line looked at last.
        if !self.span.contains(&at) {
            let line = self.newlines.partition_point(|&p| p < at);
            let start = match line {
                0 => 0,
                _ => self.newlines[line - 1] + 1,
            };
            let end = self.newlines.get(line).copied().unwrap_or(self.text.len());
            self.span = start..end;
            self.colon = list_heading_colon(&self.text[start..end]).map(|c| start + c);
        }
        at - self.span.start <= MAX_LIST_LINE && self.colon.is_some_and(|c| c < at)
    }
}

/// The offsets of the newlines of `text`, in order.
pub(crate) fn newlines(text: &str) -> Vec<usize> {
    memchr::memchr_iter(b'\n', text.as_bytes()).collect()
}

/// Where the colon ending a skills-list heading stands in `line`: within its first 48
/// bytes, after at most four words that name a list of skills.
fn list_heading_colon(line: &str) -> Option<usize> {
    let mut cut = line.len().min(48);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let colon = line[..cut].find(':')?;
    let mut label = [0u8; 48];
    let label = &mut label[..colon];
    label.copy_from_slice(&line.as_bytes()[..colon]);
    label.make_ascii_lowercase();
    let label = std::str::from_utf8(label).ok()?;
    (label.split_whitespace().count() <= 4 && LIST_HEADINGS.iter().any(|h| label.contains(h)))
        .then_some(colon)
}

/// Is the line holding byte `at` a skills list? (One-off form of [`SkillsLists`].)
#[cfg(test)]
fn in_skills_list(text: &str, at: usize) -> bool {
    SkillsLists::new(text, &newlines(text)).contains(at)
}

/// Does the word at `start` begin a sentence, a line or the text?
pub(crate) fn starts_sentence(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        if c == ' ' || c == '\t' || c == '\u{a0}' {
            continue;
        }
        return matches!(
            c,
            '\n' | '\r'
                | '.'
                | '!'
                | '?'
                | ':'
                | ';'
                | '•'
                | '*'
                | '-'
                | '–'
                | '—'
                | '>'
                | '|'
                | '"'
                | '“'
                | '('
        );
    }
    true
}

/// Does `matched` have the capitalisation of `form`, in a way that marks a name?
pub(crate) fn cased_like_name(text: &str, start: usize, matched: &str, form: &str) -> bool {
    // A gap of other white space between the words reads as the form's one space.
    let same = matched == form || matched.split_whitespace().eq(form.split(' '));
    if !same || !form.chars().any(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let capitals = form.chars().filter(|c| c.is_ascii_uppercase()).count();
    let first_only = capitals == 1 && form.starts_with(|c: char| c.is_ascii_uppercase());
    !(first_only && starts_sentence(text, start))
}

/// The starts of the words right before `start` and right after `end` (one space between)
/// that are words in capitals of four letters or more ("SAN DIEGO", "EXCEL IS A PLUS"):
/// beside one, an acronym's capitals may be the text's, not the name's.
pub(crate) fn words_in_capitals_beside(text: &str, start: usize, end: usize) -> [Option<usize>; 2] {
    let capitals = |w: &str| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_uppercase());
    let before = text[..start].strip_suffix(' ').and_then(|b| {
        let word = b
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        capitals(word).then(|| b.len() - word.len())
    });
    let after = text[end..].strip_prefix(' ').and_then(|a| {
        let word = a
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        capitals(word).then_some(end + 1)
    });
    [before, after]
}

/// Is the mention at `start..end`, capitalised, the first word of a place's or a venue's
/// name ("Spring Lake Park", "Pascal County", "the Rust Belt Tavern", "Perl Bistro",
/// "Harrogate Grammar School", "Golf Course Road"), a company's ("Swift Logistics LLC",
/// "Ruby Labs Inc.") or a town before its US state ("Spring, TX")? A risky form there is a name, and so is a
/// form of one word that needs no context.
pub(crate) fn names_a_place(text: &str, start: usize, end: usize) -> bool {
    const PLACES: &[&str] = &[
        "County",
        "Lake",
        "Lakes",
        "Creek",
        "Park",
        "Tavern",
        "Lounge",
        "Bistro",
        "Grill",
        "Cafe",
        "Bar",
        "Pub",
        "Inn",
        "Hotel",
        "Restaurant",
        "Belt",
        "Valley",
        "Hills",
        "Hill",
        "Street",
        "Avenue",
        "Road",
        "Springs",
        "City",
        "Beach",
        "Bay",
        "Island",
        "River",
        "Ridge",
        "Heights",
        "Falls",
        "Township",
        "Village",
        "Mall",
        "Plaza",
        "Square",
        "Boulevard",
        "Harbor",
        "Harbour",
        "Canyon",
        "Mountain",
        "Grove",
        "Meadows",
        "School",
        "Academy",
        "Bank",
    ];
    // The last words of companies' names ("Swift Logistics LLC").
    const COMPANY: &[&str] = &["LLC", "Inc", "Ltd", "Corp", "GmbH", "PLC", "LLP", "Pvt"];
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    ];
    // Most mentions are settled by the two bytes after them: a space, or a comma and a
    // space, then a capital.
    let rest = &text.as_bytes()[end..];
    let place = match rest {
        [b' ', c, ..] => c.is_ascii_uppercase(),
        [b',', b' ', c, ..] => c.is_ascii_uppercase(),
        _ => return false,
    };
    // A name's casing ("Perl", "Spring"); not an acronym ("AWS Lake Formation").
    let matched = &text.as_bytes()[start..end];
    if !place || !matched[0].is_ascii_uppercase() || !matched.iter().any(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    let rest = &text[end..];
    fn word(s: &str) -> (&str, &str) {
        let len = s
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(s.len());
        (&s[..len], &s[len..])
    }
    if let Some(after) = rest.strip_prefix(' ') {
        let (w, mut tail) = word(after);
        if (3..=10).contains(&w.len()) && (PLACES.contains(&w) || COMPANY.contains(&w)) {
            return true;
        }
        // A company's or a place's name: up to two more capitalised words, then its suffix
        // or its kind of place ("Swift Logistics LLC", "Golf Course Road").
        let mut w = w;
        for _ in 0..2 {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                return false;
            }
            let Some(next) = tail.strip_prefix(' ') else {
                return false;
            };
            (w, tail) = word(next);
            // (Streets only: "Azure Data Lake" is a product.)
            if COMPANY.contains(&w) || ["Road", "Street", "Avenue", "Boulevard"].contains(&w) {
                return true;
            }
        }
        return false;
    }
    if let Some(after) = rest.strip_prefix(", ") {
        let (w, tail) = word(after);
        // Then the text's end, punctuation, a ZIP code or a separator: "Spring, TX)",
        // "Austin, TX 78701", "Rancho Cordova, CA | 2017 - 2019"; not "MS Excel, MS Word".
        let ends = match tail.as_bytes() {
            [] => true,
            [b' ', d, ..] => d.is_ascii_digit() || b"|-(".contains(d) || !d.is_ascii(),
            [b, ..] => !b.is_ascii_alphanumeric() && !b" /-".contains(b),
        };
        return w.len() == 2 && ends && STATES.contains(&w);
    }
    false
}

/// Is the capitalised mention at `start..end` a word of a person's name given after a
/// contact cue ("contact Julia Jenkins", "Recruiter: Ruby Smith", "reach out to Ada
/// King")? The name is two capitalised words right after the cue; a risky form there is
/// the name.
pub(crate) fn names_a_person(text: &str, start: usize, end: usize) -> bool {
    const CUES: &[&str] = &[
        "contact ",
        "contact: ",
        "contact person: ",
        "contact name: ",
        "attn: ",
        "attn ",
        "attention: ",
        "recruiter: ",
        "recruiter ",
        "hiring manager: ",
        "hiring manager ",
        "reach out to ",
        "ask for ",
        "email ",
        "e-mail ",
        "call ",
        "questions? contact ",
    ];
    let capitalised = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let matched = &text[start..end];
    // Every cue ends with a space, and a name's words are one space apart: most mentions
    // are settled by the bytes around them.
    let bytes = text.as_bytes();
    if start < 2 || bytes[start - 1] != b' ' {
        return false;
    }
    // A capitalised word after it (a first name), or a word before it (a last name).
    let next_capital =
        bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase);
    if !(next_capital || bytes[start - 2].is_ascii_lowercase()) || !capitalised(matched) {
        return false;
    }
    let cue_before = |at: usize| {
        let before = &text[..at];
        CUES.iter().any(|cue| {
            before.len() >= cue.len()
                && before.is_char_boundary(before.len() - cue.len())
                && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
                && !before[..before.len() - cue.len()]
                    .ends_with(|c: char| c.is_ascii_alphanumeric())
        })
    };
    // The first name: a cue before, a capitalised word after.
    let next = text[end..].strip_prefix(' ').map(|rest| {
        let n = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        &rest[..n]
    });
    if next.is_some_and(capitalised) && cue_before(start) {
        return true;
    }
    // The last name: a capitalised word before, and the cue before that.
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let first = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    capitalised(first) && cue_before(before.len() - first.len())
}

/// Is the mention at `start..end` a season of a year or of a school ("Spring 2021", "Fall
/// '19", "Spring semester")? A risky form there ("Spring", the framework) is a date.
pub(crate) fn season_of_a_year(text: &str, start: usize, end: usize) -> bool {
    const SEASONS: [&str; 5] = ["spring", "summer", "fall", "autumn", "winter"];
    let word = &text[start..end];
    if !SEASONS.iter().any(|s| s.eq_ignore_ascii_case(word)) {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\t', ',']);
    let b = rest.as_bytes();
    let year = b.len() >= 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && !b.get(4).is_some_and(u8::is_ascii_digit);
    let short_year = matches!(b.first(), Some(b'\'' | b'\xe2'))
        && rest
            .trim_start_matches(['\'', '’'])
            .as_bytes()
            .get(..2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let term = ["semester", "term", "quarter", "session"].iter().any(|t| {
        rest.get(..t.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(t))
    });
    year || short_year || term
}

/// Is the mention ending at `end` followed by " than" ("Less than 1 year", "more Go than
/// Java")? A risky form there is read as an ordinary word in a comparison.
pub(crate) fn comparison_follows(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    rest.len() >= 5
        && rest[0] == b' '
        && rest[1..5].eq_ignore_ascii_case(b"than")
        && rest.get(5).is_none_or(|&b| !b.is_ascii_alphanumeric())
}

/// Words after a product's name that make it the product even at the start of a sentence
/// or a bullet, where a capital proves nothing: "Excel skills required", "- Tableau
/// experience a plus", "- Excel required" (the verb is "Excel at ...", "Excel in ...").
const SKILL_WORDS_AFTER: &[&str] = &[
    "skills",
    "skill",
    "experience",
    "knowledge",
    "proficiency",
    "expertise",
    "certification",
    "required",
    "preferred",
    "a plus",
    "is a plus",
    "is required",
    "is preferred",
];

/// Risky forms that a word of [`SKILL_WORDS_AFTER`] may follow in their other sense: a job
/// ("Chef experience required" in a kitchen's posting) or an everyday noun ("Access required
/// to the building", "Office experience"; also [`WORDS_IN_LOWER_CASE`]: "Assembly
/// experience").
const OTHER_SENSE_BEFORE_SKILL_WORDS: &[&str] = &[
    "chef", "access", "office", "edge", "epic", "windows", "teams", "project",
];

/// Is the match of `form` ending at `end` followed by one of [`SKILL_WORDS_AFTER`] (one
/// space between, a word boundary after), and not a form with another sense there
/// ([`OTHER_SENSE_BEFORE_SKILL_WORDS`])?
pub(crate) fn skill_word_follows(text: &str, end: usize, form: &str) -> bool {
    if OTHER_SENSE_BEFORE_SKILL_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(form))
        || is_word_in_lower_case(form)
    {
        return false;
    }
    let Some(rest) = text
        .as_bytes()
        .get(end..)
        .and_then(|r| r.strip_prefix(b" "))
    else {
        return false;
    };
    SKILL_WORDS_AFTER.iter().any(|w| {
        rest.len() >= w.len()
            && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && rest.get(w.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// An acronym or capitalised name not written in capitals: usually an ordinary word. "ml",
/// "or" for "ML", "OR" (any form with two capitals or more, written in lower case), and
/// "Ml", "Partner" for "ML", "PARTNER" (a form all in capitals, written with fewer than two).
pub(crate) fn acronym_not_in_capitals(matched: &str, form: &str) -> bool {
    let caps = form.chars().filter(|c| c.is_ascii_uppercase()).count();
    if caps < 2 {
        return false;
    }
    let written = matched.chars().filter(|c| c.is_ascii_uppercase()).count();
    let all_capitals = !form.chars().any(|c| c.is_lowercase());
    written == 0 || (all_capitals && written < 2)
}

/// An acronym in capitals ending in "S" written with its last letter in lower case: the
/// plural of an acronym one letter shorter ("DMs" are direct messages, not a "DMS"; "LMs"
/// language models, not an "LMS").
pub(crate) fn plural_of_a_shorter_acronym(matched: &str, form: &str) -> bool {
    let (m, f) = (matched.as_bytes(), form.as_bytes());
    is_acronym_in_s(form)
        && m.len() == f.len()
        && m.last() == Some(&b's')
        && m[..m.len() - 1] == f[..f.len() - 1]
}

/// Is `form` an acronym of three capitals or more ending in "S" ("DMS", "SSAS")?
pub(crate) fn is_acronym_in_s(form: &str) -> bool {
    let f = form.as_bytes();
    f.len() >= 3 && f.iter().all(u8::is_ascii_uppercase) && f.last() == Some(&b'S')
}

/// Everyday English words that are also one word of a product's name ("Project" of
/// Microsoft Project, "Epic" of Epic Systems): written in lower case in running text, they
/// are the word ("an epic in Jira").
const EVERYDAY_WORDS: &[&str] = &[
    "access",
    "edge",
    "epic",
    "excel",
    "office",
    "outlook",
    "project",
    "publisher",
    "teams",
    "windows",
    "word",
];

/// Risky names of technologies that are everyday words, which in lower case mean the word
/// even beside other technologies: "trade scheme planning and DMS reports", "built from
/// scratch in Python", "the assembly of Docker images".
const WORDS_IN_LOWER_CASE: &[&str] = &[
    "scheme", "scratch", "assembly", "bottle", "compass", "stitch",
];

/// Is `form` one of [`WORDS_IN_LOWER_CASE`], in any case?
pub(crate) fn is_word_in_lower_case(form: &str) -> bool {
    WORDS_IN_LOWER_CASE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(form))
}

/// Is `form` one of [`EVERYDAY_WORDS`], in any case?
pub(crate) fn is_everyday_word(form: &str) -> bool {
    EVERYDAY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(form))
}

/// The extra checks for single-letter forms: capitals, no "C-level", "R&D", "Vitamin C".
pub(crate) fn strict_neighbourhood_ok(text: &str, start: usize, end: usize, matched: &str) -> bool {
    if !matched.chars().all(|c| !c.is_ascii_lowercase()) {
        return false;
    }
    if let Some(next) = char_at(text, end) {
        if matches!(next, '-' | '&' | '\'' | '’') {
            return false;
        }
    }
    // The last letter of an abbreviation joined by '&' ("DVP&R", "P&R").
    if char_before(text, start) == Some('&')
        && text[..start - 1].ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        return false;
    }
    // One letter of a pair across a slash ("A/R", "A/P", "I/O", "P/L"): an abbreviation of
    // its own, not a language beside another ("C/C++", "R/Python" keep theirs). Read away
    // from the slash: the other letter, then what stands beyond it.
    let pairs_with = |letter: Option<char>, beyond: Option<char>| {
        letter.is_some_and(|c| c.is_ascii_alphanumeric())
            && beyond.is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '+' | '#' | '_')))
    };
    let mut back = text[..start].chars().rev();
    let mut ahead = text[end..].chars();
    if (back.next() == Some('/') && pairs_with(back.next(), back.next()))
        || (ahead.next() == Some('/') && pairs_with(ahead.next(), ahead.next()))
    {
        return false;
    }
    // A capitalised word right before: "Vitamin C", "Plan B", "Series A".
    if char_before(text, start) == Some(' ') {
        let before = text[..start - 1].trim_end_matches(|c: char| c.is_alphanumeric());
        let word = &text[before.len()..start - 1];
        if word.chars().next().is_some_and(|c| c.is_uppercase()) && word.len() > 1 {
            return false;
        }
    }
    true
}

/// The confirmed technology mentions of a text, for [`TechNearby::near`], with the blank
/// lines that end their reach (found on first use).
pub(crate) struct TechNearby<'a> {
    text: &'a str,
    /// Offsets of the text's newlines, in order.
    newlines: &'a [usize],
    /// `(start, end)` of each mention, sorted.
    tech: Vec<(usize, usize)>,
    /// Where each blank line ("\n\n" or "\r\n\r\n") starts and how long it is, in order.
    blank: Option<Vec<(usize, usize)>>,
}

impl<'a> TechNearby<'a> {
    /// `newlines` are the offsets of all the newlines of `text`, in order.
    pub(crate) fn new(text: &'a str, newlines: &'a [usize], tech: Vec<(usize, usize)>) -> Self {
        TechNearby {
            text,
            newlines,
            tech,
            blank: None,
        }
    }

    /// Does a confirmed technology mention lie within [`CONTEXT_WINDOW`] bytes of
    /// `start..end`, with no blank line in between?
    pub(crate) fn near(&mut self, start: usize, end: usize) -> bool {
        let lo = start.saturating_sub(CONTEXT_WINDOW);
        let hi = end + CONTEXT_WINDOW;
        let first = self.tech.partition_point(|&(s, _)| s < lo);
        let candidates = self.tech[first..].iter().take_while(|&&(s, _)| s <= hi);
        let (text, newlines) = (self.text, self.newlines);
        let blank = self
            .blank
            .get_or_insert_with(|| blank_lines(text, newlines));
        candidates.clone().any(|&(s, e)| {
            let (a, b) = if e <= start {
                (e, start)
            } else {
                (end, s.max(end))
            };
            !has_blank_line(blank, a, b)
        })
    }
}

/// The blank lines of `text`, whose newlines are at `newlines`: `(start, len)` of each
/// "\n\n" and "\r\n\r\n", in order.
fn blank_lines(text: &str, newlines: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for &i in newlines {
        match bytes.get(i + 1) {
            Some(b'\n') => out.push((i, 2)),
            Some(b'\r') if bytes.get(i + 2) == Some(&b'\n') && i > 0 && bytes[i - 1] == b'\r' => {
                out.push((i - 1, 4))
            }
            _ => {}
        }
    }
    out
}

/// Does `text[a..b]` hold one of the blank lines?
fn has_blank_line(blank: &[(usize, usize)], a: usize, b: usize) -> bool {
    let first = blank.partition_point(|&(s, _)| s < a);
    blank[first..]
        .iter()
        .take_while(|&&(s, _)| s + 2 <= b)
        .any(|&(s, len)| s + len <= b)
}

/// Acronyms whose everyday meaning in resumes and postings is not the skill ("send your
/// CV", "3 PM", "the IT department"), and products named after their company ("Software
/// Engineer, Oracle"): their casing proves nothing, so they need a skills list or tech
/// nearby.
const CASING_NOT_ENOUGH: &[&str] = &["CV", "PM", "PA", "PR", "IT", "Oracle", "Delphi"];

/// Everyday words of [`EVERYDAY_WORDS`] that, before another capitalised word, are the
/// first word of a title or a term rather than the product: "Project Manager",
/// "Access Control", "Teams Lead", "Office Administrator", "Publisher Relations".
const NAME_HEADS: &[&str] = &["access", "office", "project", "publisher", "teams"];

/// Is the match of `form` ending at `end` the first word of a capitalised name such as
/// "Project Manager" (see [`NAME_HEADS`])?
pub(crate) fn heads_a_name(text: &str, end: usize, form: &str) -> bool {
    if !NAME_HEADS.iter().any(|w| w.eq_ignore_ascii_case(form)) {
        return false;
    }
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_uppercase)
}

/// Everyday words of [`EVERYDAY_WORDS`] that resumes and postings use as nouns so often
/// ("Project: ...", "Major Project", "• Project execution", "Project #1") that, capitalised
/// and outside a skills list, they are the product only as an item of a list ("Excel,
/// Project, Visio").
const LIST_ITEMS_ONLY: &[&str] = &["project"];

/// Bullet marks that open a list item: also the private-use chars of Word's Symbol and
/// Wingdings bullets (U+F0B7, U+F0A7, U+F076, U+F0D8), as text extraction gives them.
pub(crate) const BULLETS: &[char] = &[
    '-', '*', '•', '●', '▪', '◦', '‣', '∙', '■', '➢', '–', '✓', '>', '·', '►', '▶', '▸', '→', '❖',
    '◆', '♦', '○', '➤', '✔', '⁃', '\u{f0b7}', '\u{f0a7}', '\u{f076}', '\u{f0d8}',
];

/// Does `line` (from its first non-blank char) open with a bullet mark: one of [`BULLETS`],
/// or a lone "o" before a space or a tab (the bullet of a second list level, as text
/// extraction gives it)?
pub(crate) fn opens_with_bullet(line: &str) -> bool {
    line.starts_with(BULLETS) || line.starts_with("o ") || line.starts_with("o\t")
}

/// `line` (from its first non-blank char) without the bullet marks in front.
pub(crate) fn strip_bullets(line: &str) -> &str {
    let line = line.trim_start_matches(BULLETS);
    match line.strip_prefix('o') {
        Some(rest) if rest.starts_with([' ', '\t']) => rest,
        _ => line,
    }
}

/// Does the line holding `at` (its start `line_start`) open with a bullet mark? Returns the
/// offset just after the mark and the spaces after it.
fn after_bullet(text: &str, line_start: usize) -> Option<usize> {
    let line = text.get(line_start..)?;
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let rest = &line[indent..];
    let mark = rest
        .chars()
        .next()
        .filter(|c| BULLETS.contains(c) || (*c == 'o' && opens_with_bullet(rest)))?;
    let body = &rest[mark.len_utf8()..];
    let spaces = body.len() - body.trim_start_matches([' ', '\t']).len();
    // "-Excel" is a bullet too, but "--" or "-5" is not.
    (spaces > 0 || (mark != 'o' && body.starts_with(|c: char| c.is_alphabetic())))
        .then_some(line_start + indent + mark.len_utf8() + spaces)
}

/// The words of line `k` (lines split at `newlines`, the offsets of the text's
/// newlines) when it is a bulleted list item: from after the bullet mark to the end of the
/// line, trailing punctuation left out ("- Excel." gives "Excel").
pub(crate) fn bullet_item(text: &str, newlines: &[usize], k: usize) -> Option<(usize, usize)> {
    let line_start = match k.checked_sub(1) {
        Some(i) => newlines.get(i)? + 1,
        None => 0,
    };
    let line_end = newlines.get(k).copied().unwrap_or(text.len());
    let start = after_bullet(text, line_start)?;
    let end = start
        + text[start..line_end]
            .trim_end_matches(['\r', ' ', '\t', '.', ',', ';'])
            .len();
    Some((start, end))
}

/// The index of the line holding byte `at`.
pub(crate) fn line_of(newlines: &[usize], at: usize) -> usize {
    newlines.partition_point(|&n| n < at)
}

/// Is the match of `form` at `start..end` one that needs a list (see [`LIST_ITEMS_ONLY`])
/// and stands outside one: no `,`, `;`, `/`, `|` or `(` before it, and no `,`, `;`, `/`,
/// `|` or `)` after it (spaces and tabs aside)? A bullet after it proves nothing: it ends
/// any bulleted line ("... Netherlands Project • Project: DSP").
pub(crate) fn needs_a_list(text: &str, start: usize, end: usize, form: &str) -> bool {
    if !LIST_ITEMS_ONLY.iter().any(|w| w.eq_ignore_ascii_case(form)) {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches([' ', '\t']);
    !(before.ends_with([',', ';', '/', '|', '(']) || after.starts_with([',', ';', '/', '|', ')']))
}

/// Forms and the word after them that together make an everyday phrase or another trade's
/// term, not the skill: "Go live" (and "Go-Live") is a launch, not the language; "Swift
/// Transportation" a carrier; "Spring Break" a holiday; "GIS substations" hold gas-insulated
/// switchgear; a "design history file" is no history.
const EVERYDAY_PHRASES: &[(&str, &str)] = &[
    // A cook's rank: "Chef de Partie", "Chef de Cuisine", "Chef de Rang".
    ("chef", "de"),
    ("communication", "stack"),
    ("communication", "stacks"),
    ("confidence", "-level"),
    ("confidence", "level"),
    ("confidence", "interval"),
    ("confidence", "intervals"),
    ("csm", "release"),
    ("csm", "roll-forward"),
    ("energy", "-saving"),
    ("energy", "-efficient"),
    ("football", "field"),
    ("football", "fields"),
    ("gis", "substation"),
    ("gis", "substations"),
    ("gis", "switchgear"),
    ("go", "live"),
    // "go-to-market", "our go-to tool"; not "from Java to Go to cut latency".
    ("go", "-to"),
    ("go", "getter"),
    ("history", "file"),
    ("history", "match"),
    ("history", "matching"),
    ("logging", "boreholes"),
    ("logic", "analyser"),
    ("logic", "analysers"),
    ("logic", "analyzer"),
    ("logic", "analyzers"),
    // Guarding people and places: "the security desk", "Security Officer".
    ("security", "desk"),
    ("security", "guard"),
    ("security", "guards"),
    ("security", "officer"),
    ("security", "officers"),
    ("security", "patrol"),
    ("security", "patrols"),
    ("security", "personnel"),
    ("security", "staff"),
    ("security", "post"),
    ("security", "posts"),
    ("security", "deposit"),
    ("security", "camera"),
    ("security", "cameras"),
    ("security", "badge"),
    ("security", "badges"),
    ("security", "checkpoint"),
    ("security", "screening"),
    ("security", "rounds"),
    ("security", "supervisor"),
    ("spring", "break"),
    ("spring", "festival"),
    ("ssl", "desk"),
    ("ssl", "desks"),
    ("swift", "transportation"),
];

/// Words before an inflected verb that make it qualify a noun instead ("the collected
/// data", "your documented information", "all developed models").
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some",
    "that", "the", "their", "these", "this", "those", "your",
];

/// Adverbs before a past participle or a present participle that qualifies a noun
/// ("highly motivated employees", "rapidly changing priorities").
const BEFORE_ADJECTIVES: &[&str] = &[
    "clearly",
    "constantly",
    "continually",
    "continuously",
    "ever",
    "frequently",
    "fully",
    "highly",
    "increasingly",
    "newly",
    "poorly",
    "previously",
    "properly",
    "quickly",
    "rapidly",
    "well",
];

/// Words after which a past tense is a verb: subjects, "and", and auxiliaries ("I
/// managed", "Designed and implemented", "have led").
const BEFORE_PAST_VERBS: &[&str] = &[
    "also",
    "and",
    "had",
    "has",
    "have",
    "he",
    "i",
    "jointly",
    "once",
    "or",
    "personally",
    "she",
    "then",
    "they",
    "we",
    "who",
];

/// Is the inflected verb at `start` used as a verb, not as an adjective before a noun?
/// A past tense ("Managed budgets") at the start of a line, a sentence or a list item,
/// after a subject, "and" or an adverb in "-ly"; a third person or a present participle
/// ("manages budgets", "managing budgets") unless after a determiner (a present
/// participle: or an adverb that makes it qualify a noun, "rapidly changing priorities").
/// Never when joined to the word before ("pre-assigned projects", "the firm's documented
/// information").
pub(crate) fn inflected_verb_reads_as_one(text: &str, start: usize, how: Inflection) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    if matches!(head.last(), Some(b'-' | b'/' | b'\'')) || text[..start].ends_with('’') {
        return false;
    }
    let trimmed = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
    let tail = trimmed.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let previous = &trimmed[tail.len()..];
    if previous.is_empty() {
        // A line start, punctuation or a bullet.
        return true;
    }
    if tail.ends_with(['\'', '’']) {
        // A possessive ("the firm's documented ...").
        return false;
    }
    // The listed words are short: lower-cased on the stack.
    let mut buffer = [0u8; 16];
    let Some(lower) = buffer.get_mut(..previous.len()) else {
        return how != Inflection::Past || previous.ends_with("ly");
    };
    lower.copy_from_slice(previous.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or("");
    let is = |list: &[&str]| list.binary_search(&lower).is_ok();
    if is(DETERMINERS) {
        return false;
    }
    match how {
        Inflection::Third => true,
        Inflection::Gerund => !is(BEFORE_ADJECTIVES),
        Inflection::Past => {
            is(BEFORE_PAST_VERBS) || (lower.ends_with("ly") && !is(BEFORE_ADJECTIVES))
        }
    }
}

/// Is the word starting at `start` an infinitive, "to" before it ("able to express ideas")?
pub(crate) fn infinitive(text: &str, start: usize) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    head.len() >= 3
        && head[head.len() - 3..].eq_ignore_ascii_case(b"to ")
        && head
            .len()
            .checked_sub(4)
            .is_none_or(|i| !head[i].is_ascii_alphanumeric())
}

/// Is `start..end` a whole item of a list: nothing but white space and bullet marks
/// between it and the separators (`,` `;` `|` `/` `•` and line ends) on either side?
pub(crate) fn whole_list_item(text: &str, start: usize, end: usize) -> bool {
    const SEPARATORS: &[char] = &[
        ',', ';', '|', '/', '\n', '\r', '\t', '•', '(', ')', ':', '&', '-', '–', '—',
    ];
    // An item is short: look at most this far each way (and stay linear on long lines).
    const REACH: usize = 120;
    let mut lo = start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..start];
    let item_start = match before.char_indices().rfind(|(_, c)| SEPARATORS.contains(c)) {
        Some((i, c)) => i + c.len_utf8(),
        None if lo == 0 => 0,
        None => return false,
    };
    let mut hi = (end + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[end..hi];
    let item_end = match after.find(SEPARATORS) {
        Some(i) => i,
        None if hi == text.len() => after.len(),
        None => return false,
    };
    before[item_start..]
        .trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c))
        .is_empty()
        && after[..item_end]
            .trim_end_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty()
}

/// The entries of `list` (grouped by `key`, the groups in order) whose key is `form` in
/// lower case (none when `form` is too long to be one).
fn phrases_of<'a>(
    list: &'a [(&'static str, &'static str)],
    key: fn(&(&'static str, &'static str)) -> &'static str,
    form: &str,
) -> &'a [(&'static str, &'static str)] {
    let mut buffer = [0u8; 16];
    let Some(lower) = buffer.get_mut(..form.len()) else {
        return &[];
    };
    lower.copy_from_slice(form.as_bytes());
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let from = list.partition_point(|e| key(e).as_bytes() < lower);
    let to = from + list[from..].partition_point(|e| key(e).as_bytes() == lower);
    &list[from..to]
}

/// Does `form` begin one of the [`EVERYDAY_PHRASES`] or end one of the
/// [`EVERYDAY_LEADERS`] (so that the tests below are worth running for its matches)?
pub(crate) fn in_everyday_phrases(form: &str) -> bool {
    EVERYDAY_PHRASES
        .iter()
        .any(|(first, _)| first.eq_ignore_ascii_case(form))
        || EVERYDAY_LEADERS
            .iter()
            .any(|(_, second)| second.eq_ignore_ascii_case(form))
}

/// Does the match of `form` ending at `end` begin one of the [`EVERYDAY_PHRASES`]
/// (the next word after a space or a hyphen, in any case; an entry written with its hyphen,
/// "-to", after the hyphen only)?
pub(crate) fn everyday_phrase_follows(text: &str, end: usize, form: &str) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    phrases_of(EVERYDAY_PHRASES, |p| p.0, form)
        .iter()
        .any(|(_, next)| {
            // A phrase written with its hyphen takes only that ("-to"); else a space or a
            // hyphen.
            let (rest, next) = match next.strip_prefix('-') {
                Some(word) if rest.first() == Some(&b'-') => (rest, word),
                Some(_) => return false,
                None if matches!(rest.first(), Some(b' ' | b'-')) => (rest, *next),
                None => return false,
            };
            let n = next.len();
            rest.len() > n
                && rest[1..=n].eq_ignore_ascii_case(next.as_bytes())
                && rest.get(n + 1).is_none_or(|b| !b.is_ascii_alphanumeric())
        })
}

/// Words and the form after them that together name something else: "American Express"
/// is a company, not Express.js; "Bluetooth Low Energy" no energy; a "Sous Chef" cooks,
/// Chef the tool configures; a "Positive Outlook" is no mail client.
const EVERYDAY_LEADERS: &[(&str, &str)] = &[
    ("sous", "chef"),
    ("head", "chef"),
    ("commis", "chef"),
    ("demi", "chef"),
    ("trainee", "chef"),
    ("apprentice", "chef"),
    ("relief", "chef"),
    ("prep", "chef"),
    ("grill", "chef"),
    ("breakfast", "chef"),
    ("banquet", "chef"),
    ("executive", "chef"),
    ("pastry", "chef"),
    ("private", "chef"),
    ("personal", "chef"),
    ("line", "chef"),
    ("junior", "chef"),
    ("senior", "chef"),
    ("lowered", "cpa"),
    ("reduced", "cpa"),
    ("lower", "cpa"),
    ("reduce", "cpa"),
    ("cut", "cpa"),
    ("decreased", "cpa"),
    ("target", "cpa"),
    ("blended", "cpa"),
    ("improved", "cpa"),
    ("optimised", "cpa"),
    ("optimized", "cpa"),
    ("your", "cv"),
    ("my", "cv"),
    ("updated", "cv"),
    ("send", "cv"),
    ("submit", "cv"),
    ("attach", "cv"),
    ("his", "cv"),
    ("her", "cv"),
    ("their", "cv"),
    ("solar", "eclipse"),
    ("lunar", "eclipse"),
    ("low", "energy"),
    ("plain", "english"),
    ("american", "express"),
    ("fedex", "express"),
    ("borehole", "logging"),
    ("well", "logging"),
    ("mud", "logging"),
    ("body", "mechanics"),
    ("game", "mechanics"),
    ("gameplay", "mechanics"),
    ("core", "mechanics"),
    ("sensor", "node"),
    ("lymph", "node"),
    ("positive", "outlook"),
    ("economic", "outlook"),
    ("market", "outlook"),
    ("financial", "outlook"),
    ("business", "outlook"),
    ("career", "outlook"),
    // A nurse whom the writer assists, not a licence held ("Assisted the RN", "Assisted
    // RNs with admissions"). (Not after "the": "The RN will assess patients" asks for one.)
    ("assisted", "registered nurse"),
    ("assisting", "registered nurse"),
    ("supported", "registered nurse"),
    ("assisted", "rn"),
    ("assisting", "rn"),
    ("supported", "rn"),
    // A plan of pay or savings, not the Scheme language ("Teachers' Pension Scheme").
    ("pension", "scheme"),
    ("pensions", "scheme"),
    ("bonus", "scheme"),
    ("incentive", "scheme"),
    ("retirement", "scheme"),
    // Security that is no cyber security ("physical security", "job security").
    ("physical", "security"),
    ("site", "security"),
    ("building", "security"),
    ("campus", "security"),
    ("event", "security"),
    ("private", "security"),
    ("retail", "security"),
    ("hospital", "security"),
    ("airport", "security"),
    ("armed", "security"),
    ("unarmed", "security"),
    ("food", "security"),
    ("job", "security"),
    ("social", "security"),
    ("financial", "security"),
    // Tests that are no software testing ("audit testing", "drug testing").
    ("audit", "testing"),
    ("substantive", "testing"),
    ("drug", "testing"),
    ("blood", "testing"),
    ("lab", "testing"),
    ("laboratory", "testing"),
    ("soil", "testing"),
    ("water", "testing"),
    ("materials", "testing"),
    ("hearing", "testing"),
    ("vision", "testing"),
    ("standardized", "testing"),
    ("standardised", "testing"),
    ("consumer", "testing"),
    ("sensory", "testing"),
    ("taste", "testing"),
    ("covid", "testing"),
    ("covid-19", "testing"),
    ("itgc", "testing"),
    ("controls", "testing"),
    ("sox", "testing"),
    ("fluke", "testing"),
    ("cable", "testing"),
    ("continuity", "testing"),
    ("hydrostatic", "testing"),
    ("pressure", "testing"),
    ("leak", "testing"),
    ("emissions", "testing"),
    ("relay", "testing"),
    ("transformer", "testing"),
    ("insulation", "testing"),
    ("battery", "testing"),
    ("breaker", "testing"),
    ("ultrasonic", "testing"),
    ("weld", "testing"),
    ("concrete", "testing"),
    ("compaction", "testing"),
    ("well", "testing"),
    ("cycle", "testing"),
    ("emc", "testing"),
    ("emi", "testing"),
    ("esd", "testing"),
    ("biocompatibility", "testing"),
    ("environmental", "testing"),
    ("vibration", "testing"),
    ("fatigue", "testing"),
    ("tensile", "testing"),
    ("hardness", "testing"),
    ("destructive", "testing"),
    ("ndt", "testing"),
    ("penetrant", "testing"),
    ("radiographic", "testing"),
    ("flow", "testing"),
    ("pump", "testing"),
    ("dyno", "testing"),
    ("coating", "testing"),
    ("noise", "testing"),
    ("thermal", "testing"),
    ("shock", "testing"),
    ("humidity", "testing"),
    ("burn-in", "testing"),
    ("hipot", "testing"),
    ("megger", "testing"),
    ("calibration", "testing"),
    ("sterility", "testing"),
    ("microbial", "testing"),
    ("dissolution", "testing"),
    ("allergy", "testing"),
    ("genetic", "testing"),
    ("dna", "testing"),
    ("paternity", "testing"),
    ("urine", "testing"),
    ("hiv", "testing"),
    ("vehicle", "testing"),
    ("crash", "testing"),
    ("flight", "testing"),
    ("tunnel", "testing"),
    ("fire", "testing"),
    ("alarm", "testing"),
    ("sprinkler", "testing"),
    ("backflow", "testing"),
    ("asbestos", "testing"),
    ("radon", "testing"),
    ("mold", "testing"),
    ("gas", "testing"),
    ("smog", "testing"),
    ("comprehension", "testing"),
    ("content", "testing"),
];

/// Does the match of `form` starting at `start` end one of the [`EVERYDAY_LEADERS`]
/// (the word before it, after a space, in any case)?
pub(crate) fn everyday_phrase_precedes(text: &str, start: usize, form: &str) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    // A count of nodes, not Node.js: "4-node RAC clusters", "multi-node", "single-node".
    if form.eq_ignore_ascii_case("node") && head.last() == Some(&b'-') {
        let word = &head[..head.len() - 1];
        let from = word
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let word = &word[from..];
        if !word.is_empty()
            && (word.iter().all(u8::is_ascii_digit)
                || COUNT_WORDS
                    .iter()
                    .any(|w| w.as_bytes().eq_ignore_ascii_case(word)))
        {
            return true;
        }
    }
    phrases_of(EVERYDAY_LEADERS, |p| p.1, form)
        .iter()
        .any(|(before, _)| {
            let n = before.len();
            head.last() == Some(&b' ')
                && head.len() > n
                && head[head.len() - 1 - n..head.len() - 1].eq_ignore_ascii_case(before.as_bytes())
                && (head.len() == n + 1 || !head[head.len() - 2 - n].is_ascii_alphanumeric())
        })
}

/// Words that count what follows them with a hyphen ("multi-node", "two-node").
const COUNT_WORDS: &[&str] = &[
    "single", "multi", "one", "two", "three", "four", "five", "six", "eight", "many",
];

/// Acronyms that, before a number, name a standard of their body instead: "API 650" (the
/// American Petroleum Institute's), not application programming interfaces.
const STANDARD_BODIES: &[&str] = &["API"];

/// Is `form` one of the [`STANDARD_BODIES`]?
pub(crate) fn is_standard_body(form: &str) -> bool {
    STANDARD_BODIES.iter().any(|b| b.eq_ignore_ascii_case(form))
}

/// Is the acronym of one of the [`STANDARD_BODIES`] that ends at `end` followed by a
/// standard's number ("API 650", "API-520/521", "API 5L") or designation ("API RP 2A", "API
/// MPMS")?
pub(crate) fn standard_number_follows(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    match rest {
        // Two to four digits, or one with a capital ("API 5L"), then no more of the word
        // or a version's decimals ("API 2.0", "API 5xx errors" are the interface).
        [b' ' | b'-', number @ ..] => {
            let digits = number.iter().take_while(|b| b.is_ascii_digit()).count();
            let after = &number[digits..];
            let (len, after) = match after {
                [c, tail @ ..] if digits == 1 && c.is_ascii_uppercase() => (2, tail),
                _ => (digits, after),
            };
            let ends = match after {
                [] => true,
                [b'.', d, ..] => !d.is_ascii_digit(),
                [b, ..] => !b.is_ascii_alphanumeric(),
            };
            (digits >= 2 || len == 2) && digits <= 4 && ends
                || (rest[0] == b' '
                    && ["RP ", "Std ", "MPMS"]
                        .iter()
                        .any(|w| number.starts_with(w.as_bytes())))
        }
        _ => false,
    }
}

/// Skills' names that also name the people who have them: "leadership" is the leaders in
/// "report to senior leadership" and "the leadership team".
const GROUP_NOUNS: &[&str] = &["leadership"];

/// Is `form` one of the [`GROUP_NOUNS`], in any case?
pub(crate) fn is_group_noun(form: &str) -> bool {
    GROUP_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(form))
}

/// Words before a group noun that make it the people: whose they are ("client leadership",
/// "our leadership") or where they sit ("senior leadership", "executive leadership").
/// The word before "to" in "... to leadership" when the leaders are told or shown something.
const TOLD: &[&str] = &[
    "findings",
    "results",
    "recommendations",
    "insights",
    "updates",
    "reports",
    "report",
    "reporting",
    "present",
    "presenting",
    "presentations",
    "escalate",
    "escalating",
    "communicate",
    "communicating",
    "recommend",
    "recommending",
    "them",
    "it",
];

const PEOPLE_BEFORE: &[&str] = &[
    "client",
    "clients",
    "customer",
    "senior",
    "executive",
    "company",
    "company's",
    "business",
    "school",
    "firm",
    "firm's",
    "organizational",
    "organisational",
    "department",
    "hospital",
    "clinical",
    "site",
    "store",
    "district",
    "regional",
    "corporate",
    "our",
    "their",
    "its",
    "your",
    "agency",
    "government",
    "divisional",
    "c-suite",
    "top",
    "upper",
    "partner",
    "stakeholder",
];

/// Words after a group noun that make it the people ("leadership team", "leadership's").
const PEOPLE_AFTER: &[&str] = &["team", "teams", "group", "council", "committee", "'s", "’s"];

/// Is the match at `start..end` the people rather than the skill: after one of
/// [`PEOPLE_BEFORE`] or before one of [`PEOPLE_AFTER`]?
pub(crate) fn names_the_people(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    // After the last blank or bracket (which may be a multi-byte space: "our\u{a0}").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "(,;:".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let previous = &before[word_start..];
    let after = &text[end..];
    let next = after.trim_start_matches([' ', '\t']);
    let next_word = &next[..next
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(next.len())];
    // Told or shown something: "present findings to leadership", "report to leadership".
    let told = previous.eq_ignore_ascii_case("to") && {
        let before = before[..word_start].trim_end();
        let word = &before[before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8())..];
        TOLD.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    told || PEOPLE_BEFORE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(previous))
        || PEOPLE_AFTER.iter().any(|w| {
            w.eq_ignore_ascii_case(next_word)
                || (w.starts_with(['\'', '’']) && after.starts_with(w))
        })
}

/// Acronyms of a domain rather than a skill: before another word they qualify it
/// ("IT department", "IT-infrastructure", "IT consulting").
const DOMAIN_ACRONYMS: &[&str] = &["IT"];

/// Is `form` one of the [`DOMAIN_ACRONYMS`]?
pub(crate) fn is_domain_acronym(form: &str) -> bool {
    DOMAIN_ACRONYMS.contains(&form)
}

/// Does the mention ending at `end` name a team or a department, alone or with the fields
/// joined to it ("the marketing team", "merchandising and supply chain teams", "Finance
/// Department")? A field there names the people who work in it, not a skill. Read on the
/// mention's line; not "team player", "team members" or "work independently or within a
/// team", and not a team that the text's writer or the job leads ("Led the business
/// development team", "manage our marketing department").
pub(crate) fn names_a_team(text: &str, start: usize, end: usize) -> bool {
    const GROUPS: &[&str] = &["team", "teams", "department", "departments", "dept"];
    const JOINERS: &[&str] = &["and", "or", "&", "/"];
    /// Words after "team" that make it a quality of a person ("team player") or the people
    /// an activity is for ("mentoring team members").
    const QUALITIES: &[&str] = &[
        "player",
        "players",
        "work",
        "working",
        "spirit",
        "oriented",
        "building",
        "environment",
        "environments",
        "setting",
        "settings",
        "member",
        "members",
        "mates",
    ];
    /// Words that join no field to another ("or within a team", "with the team").
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "the", "with", "within", "in", "on", "of", "to", "for", "our", "your", "their",
        "as", "at", "by", "from", "are", "is", "be", "other", "across", "cross",
    ];
    /// Verbs of leading a team.
    const LEADS: &[&str] = &[
        "lead",
        "leads",
        "led",
        "leading",
        "manage",
        "manages",
        "managed",
        "managing",
        "head",
        "heads",
        "headed",
        "heading",
        "build",
        "built",
        "building",
        "grow",
        "grew",
        "direct",
        "directed",
        "supervise",
        "supervised",
        "supervising",
        "oversee",
        "oversaw",
        "ran",
        "run",
        "running",
        "scaled",
        "established",
    ];
    if text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    // The word before the mention, past an article or a possessive (read only for a
    // mention that names a team, after the look ahead).
    let led = || {
        let mut lo = start.saturating_sub(40);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        const ARTICLES: &[&str] = &["the", "a", "an", "our", "my", "their", "his", "her", "its"];
        text[lo..start]
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .rev()
            .find(|w| !ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)))
            .is_some_and(|w| LEADS.iter().any(|l| w.eq_ignore_ascii_case(l)))
    };
    let mut hi = (end + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = &text[end..hi];
    let window =
        &window[..memchr::memchr2(b'\n', b'\r', window.as_bytes()).unwrap_or(window.len())];
    let mut words = window
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .peekable();
    let mut joined = false;
    let mut between = 0;
    while let Some(word) = words.next() {
        let bare = word.trim_end_matches(['.', ',', ';', ':', ')']);
        if GROUPS.iter().any(|g| bare.eq_ignore_ascii_case(g)) {
            let quality = bare.len() == word.len()
                && words.peek().is_some_and(|next| {
                    let next = next.trim_end_matches(['.', ',', ';', ':', ')']);
                    QUALITIES.iter().any(|q| next.eq_ignore_ascii_case(q))
                });
            return (!joined || between > 0) && !quality && !led();
        }
        if bare.len() != word.len()
            || !bare
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'&' || b == b'/')
        {
            return false;
        }
        if !joined && between == 0 && JOINERS.iter().any(|j| bare.eq_ignore_ascii_case(j)) {
            joined = true;
            continue;
        }
        // Up to three words of another field after the joiner.
        if !joined || between == 3 || FUNCTION_WORDS.iter().any(|f| bare.eq_ignore_ascii_case(f)) {
            return false;
        }
        between += 1;
    }
    false
}

/// Does a word follow the match ending at `end`, after a space or a hyphen, which the
/// match (a domain acronym, [`DOMAIN_ACRONYMS`]) then qualifies?
pub(crate) fn qualifies_next_word(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    matches!(rest.first(), Some(b' ' | b'-')) && rest.get(1).is_some_and(u8::is_ascii_alphabetic)
}

/// Words that may follow a language's name when the language itself is meant ("English
/// and Danish", "English skills", "fluent in German as well", "French is a plus").
const LANGUAGE_FOLLOWERS: &[&str] = &[
    "a",
    "also",
    "an",
    "and",
    "are",
    "as",
    "at",
    "bilingual",
    "both",
    "communication",
    "desirable",
    "essential",
    "fluency",
    "fluent",
    "fluently",
    "for",
    "in",
    "is",
    "knowledge",
    "language",
    "languages",
    "level",
    "mandatory",
    "native",
    "nice",
    "on",
    "or",
    "orally",
    "plus",
    "preferred",
    "proficiency",
    "proficient",
    "reading",
    "required",
    "skill",
    "skills",
    "speaker",
    "speakers",
    "speaking",
    "spoken",
    "to",
    "welcome",
    "will",
    "with",
    "would",
    "writing",
    "written",
];

/// Words that, right before a language's name, say the language is meant ("fluent in
/// Danish", "written and spoken English", "Business English").
const LANGUAGE_LEADERS: &[&str] = &[
    "advanced",
    "and",
    "basic",
    "business",
    "conversational",
    "excellent",
    "fluent",
    "good",
    "in",
    "native",
    "or",
    "proficient",
    "read",
    "speak",
    "speaks",
    "spoken",
    "strong",
    "write",
    "writes",
    "written",
];

/// Is the match of a language's one-word name at `start..end` an adjective of origin
/// ("a Danish company", "German Universities", "the Chinese kitchen")? It is when a word
/// follows after a space that is neither another language (`is_language_at` its offset)
/// nor one of [`LANGUAGE_FOLLOWERS`], nor holds a digit (a level: "English C1"), and the
/// word before is none of [`LANGUAGE_LEADERS`].
pub(crate) fn names_an_origin(
    text: &str,
    start: usize,
    end: usize,
    is_language_at: impl Fn(usize) -> bool,
) -> bool {
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if LANGUAGE_LEADERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(previous))
    {
        // "and" and "or" lead only after a language ("English and Irish speakers"; not
        // "IFRS and Irish GAAP").
        let joined = previous.eq_ignore_ascii_case("and") || previous.eq_ignore_ascii_case("or");
        let head = before[..before.len() - previous.len()].trim_end_matches([' ', ',']);
        let word_start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric())
            .last()
            .map_or(head.len(), |(i, _)| i);
        if !joined || word_start == head.len() || is_language_at(word_start) {
            return false;
        }
    }
    let rest = text.get(end..).unwrap_or("");
    // After a space, or a hyphen ("Irish-headquartered"; "Danish-speaking" is a follower).
    let Some(after) = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('-')) else {
        return false;
    };
    let word_len = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    let word = &after[..word_len];
    !(word.is_empty()
        || word.bytes().any(|b| b.is_ascii_digit())
        || LANGUAGE_FOLLOWERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        || is_language_at(end + 1))
}

/// The bytes around the match at `start..end` up to the nearest `stop` byte on each side,
/// reading at most `window` bytes each way.
fn run_around(
    bytes: &[u8],
    start: usize,
    end: usize,
    window: usize,
    stop: impl Fn(&u8) -> bool,
) -> std::ops::Range<usize> {
    let lo = start.saturating_sub(window);
    let hi = (end + window).min(bytes.len());
    let from = bytes[lo..start]
        .iter()
        .rposition(&stop)
        .map_or(lo, |i| lo + i + 1);
    let to = bytes[end..hi]
        .iter()
        .position(&stop)
        .map_or(hi, |i| end + i);
    from..to
}

/// How far (bytes) on either side of a match the word holding it is read when looking
/// for a link.
const LINK_WINDOW: usize = 256;

/// Is the match at `start..end` part of a web address or an e-mail address
/// ("https://www.python.org", "jobs@python-jobs.com")? Only a match glued to one of
/// `/ . @ : - _ = ? & % #` is looked at further: then the run of non-space bytes holding it
/// (up to [`LINK_WINDOW`] bytes each side) is a link when it holds "://" or "@", or
/// starts with "www.".
#[inline]
pub(crate) fn inside_a_link(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let glue = |b: Option<&u8>| {
        matches!(
            b,
            Some(b'/' | b'.' | b'@' | b':' | b'-' | b'_' | b'=' | b'?' | b'&' | b'%' | b'#')
        )
    };
    if !glue(start.checked_sub(1).and_then(|i| bytes.get(i))) && !glue(bytes.get(end)) {
        return false;
    }
    let word = &bytes[run_around(bytes, start, end, LINK_WINDOW, u8::is_ascii_whitespace)];
    word.starts_with(b"www.")
        || word.starts_with(b"WWW.")
        || word.contains(&b'@')
        || word.windows(3).any(|w| w == b"://")
}

/// Protected characteristics that equal-opportunity statements list ("without regard to
/// race, color, religion, sex, pregnancy, ..."): a skill named so there is none.
const PROTECTED_TRAITS: &[&str] = &[
    "age",
    "ancestry",
    "citizenship",
    "color",
    "colour",
    "creed",
    "disability",
    "gender",
    "genetic",
    "genetics",
    "marital",
    "military",
    "national origin",
    "pregnancy",
    "race",
    "religion",
    "sex",
    "sexual orientation",
    "veteran",
];

/// Is `form` one of the [`PROTECTED_TRAITS`]?
pub(crate) fn is_protected_trait(form: &str) -> bool {
    PROTECTED_TRAITS
        .iter()
        .any(|t| t.eq_ignore_ascii_case(form))
}

/// Is the match at `start..end` one of a list of protected characteristics: do at least
/// two others of [`PROTECTED_TRAITS`] stand within 200 bytes of it on its line?
pub(crate) fn in_equal_opportunity_statement(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let run = run_around(bytes, start, end, 200, |&b| b == b'\n');
    let mut around = bytes[run.start..start].to_ascii_lowercase();
    around.push(b' ');
    around.extend(bytes[end..run.end].iter().map(u8::to_ascii_lowercase));
    let has_word = |t: &str| {
        let t = t.as_bytes();
        around.windows(t.len()).enumerate().any(|(i, w)| {
            w == t
                && (i == 0 || !around[i - 1].is_ascii_alphanumeric())
                && around
                    .get(i + t.len())
                    .is_none_or(|b| !b.is_ascii_alphabetic())
        })
    };
    PROTECTED_TRAITS
        .iter()
        .filter(|t| has_word(t))
        .take(2)
        .count()
        >= 2
}

/// Is `form` one of the acronyms whose casing proves nothing?
pub(crate) fn casing_is_not_enough(form: &str) -> bool {
    CASING_NOT_ENOUGH.contains(&form)
}

/// Risky everyday names of a field of work (lower case, sorted): in an experience phrase
/// they name the field ("3+ years of sales experience", "experience in FMCG sales",
/// "background in recruiting", "- Inventory experience required").
const WORK_AREAS: &[&str] = &[
    "audit",
    "auditing",
    "baking",
    "budgets",
    "cleaning",
    "collections",
    "demolition",
    "dispensing",
    "documentation",
    "hiring",
    "inventory",
    "leasing",
    "management",
    "mentoring",
    "mentorship",
    "onboarding",
    "recruiting",
    "recruitment",
    "sales",
    "selling",
    "sewing",
    "soldering",
    "typing",
];

/// Words that name a kind of a field of work before it ("retail sales", "technical
/// recruiting"), sorted.
const FIELD_QUALIFIERS: &[&str] = &[
    "account",
    "agency",
    "api",
    "automotive",
    "campus",
    "channel",
    "commercial",
    "construction",
    "consumer",
    "corporate",
    "direct",
    "enterprise",
    "executive",
    "field",
    "financial",
    "healthcare",
    "hospitality",
    "hotel",
    "inbound",
    "industrial",
    "inside",
    "insurance",
    "international",
    "kitchen",
    "luxury",
    "medical",
    "outbound",
    "outside",
    "payroll",
    "pharmaceutical",
    "pharmacy",
    "regional",
    "restaurant",
    "retail",
    "software",
    "solution",
    "solutions",
    "technical",
    "wholesale",
];

/// Words before "X experience" that make it experience of the field X ("prior sales
/// experience"; not "a seamless onboarding experience"), sorted.
const BEFORE_FIELD_EXPERIENCE: &[&str] = &[
    "demonstrated",
    "direct",
    "extensive",
    "hands-on",
    "previous",
    "prior",
    "professional",
    "proven",
    "relevant",
    "solid",
    "strong",
];

/// Words after a field's name that end the phrase naming it ("experience in sales and
/// marketing", "years in sales roles", "experience in onboarding required"), sorted.
const AFTER_FIELD: &[&str] = &[
    "a",
    "and",
    "desired",
    "environment",
    "environments",
    "essential",
    "helpful",
    "industry",
    "is",
    "mandatory",
    "or",
    "position",
    "positions",
    "preferred",
    "required",
    "role",
    "roles",
    "setting",
    "settings",
    "within",
];

/// Words that may stand between the words an acronym abbreviates, their initials read or
/// not ("Department of Energy (DOE)").
const SMALL_WORDS: &[&str] = &["of", "and", "&", "the", "for", "in", "to"];

/// The words an acronym in brackets abbreviates: for the match at `start..end` written
/// all in capitals (two to six letters, digits allowed) between "(" and ")", the words right
/// before the bracket whose initials spell it, in order and in any case ("crew resource
/// management (CRM)", "Department of Energy (DOE)": "of", "and", "&", "the", "for", "in"
/// and "to" may stand between them, their initials read or not). Their span, if any.
pub(crate) fn spelled_out_before(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if start == 0 || bytes[start - 1] != b'(' || bytes.get(end) != Some(&b')') {
        return None;
    }
    let acronym = &bytes[start..end];
    let letters: Vec<u8> = acronym
        .iter()
        .copied()
        .filter(u8::is_ascii_alphabetic)
        .collect();
    if !(2..=6).contains(&letters.len())
        || !acronym
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut at = start - 1;
    while at > 0 && bytes[at - 1] == b' ' {
        at -= 1;
    }
    let phrase_end = at;
    // Back over words, matching the initials from the last.
    let mut want = letters.len();
    let mut first = None;
    let mut words = 0;
    while want > 0 && words < 10 {
        while at > 0 && bytes[at - 1] == b' ' {
            at -= 1;
        }
        let word_end = at;
        while at > 0
            && (bytes[at - 1].is_ascii_alphanumeric() || matches!(bytes[at - 1], b'-' | b'&'))
        {
            at -= 1;
        }
        let word = &bytes[at..word_end];
        if word.is_empty() || at == word_end {
            return None;
        }
        words += 1;
        let initial = word[0].to_ascii_uppercase();
        let small = SMALL_WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
        if initial == letters[want - 1] {
            want -= 1;
            first = Some(at);
        } else if !small {
            return None;
        }
        if at == 0 || bytes[at - 1] != b' ' {
            break;
        }
    }
    (want == 0).then_some((first?, phrase_end))
}

/// Does `name` begin with the words of `phrase`, in any case, a word's final "s" aside
/// ("Geographic information system GIS software" with "geographic information systems")?
pub(crate) fn begins_with_words(name: &str, phrase: &str) -> bool {
    let stem = |w: &str| -> String {
        let w = w.to_ascii_lowercase();
        w.strip_suffix('s').map_or(w.clone(), str::to_owned)
    };
    let mut names = name.split_whitespace();
    phrase
        .split_whitespace()
        .all(|w| names.next().is_some_and(|n| stem(n) == stem(w)))
}

/// Do the words an acronym in brackets spells out (`phrase`) name something other than its
/// skill `name`? The name's words that spell the acronym out are compared: those before
/// the acronym when the name holds it ("Operational Data Store ODS software"; when the
/// words before it do not spell it, "IBM QRadar SIEM", nothing can be said), else the
/// whole name, of two words or more (a one-word name, "SQL", says nothing of them). The
/// phrase's words, short ones ("of", "and", ...) aside, must be words of those, in order,
/// on their first four letters ("Search Engine Optimization" for "search engine
/// optimisation"), or its letters run inside theirs ("Java Server Pages" in "JavaServer
/// Pages"); else "Senior Executive Officer (SEO)" is no search engine optimisation and
/// "Office of Data Science (ODS)" no operational data store.
pub(crate) fn spelled_out_names_another(name: &str, phrase: &str, acronym: &str) -> bool {
    let content = |w: &str| !SMALL_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w));
    let words: Vec<&str> = name.split_whitespace().collect();
    let spelled: &[&str] = match words.iter().position(|w| *w == acronym) {
        Some(at) => {
            let initials = |ws: &mut dyn Iterator<Item = &&str>| -> String {
                ws.filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let before = &words[..at];
            let spells = initials(&mut before.iter()) == acronym
                || initials(&mut before.iter().filter(|w| content(w))) == acronym;
            if !spells {
                return false;
            }
            before
        }
        None => &words,
    };
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && content(w))
            .map(str::to_lowercase)
            .collect()
    };
    let phrase_words = split(phrase);
    let spelled_words = split(&spelled.join(" "));
    if spelled_words.len() < 2 || phrase_words.is_empty() {
        return false;
    }
    let head = |w: &String| -> String { w.chars().take(4).collect() };
    let phrase_heads: Vec<String> = phrase_words.iter().map(head).collect();
    let spelled_heads: Vec<String> = spelled_words.iter().map(head).collect();
    let in_order = spelled_heads
        .windows(phrase_heads.len())
        .any(|w| w == phrase_heads.as_slice());
    let letters = |ws: &[String]| -> String {
        ws.concat()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    !(in_order || letters(&spelled_words).contains(&letters(&phrase_words)))
}

/// Acronyms that also note how pay is set: "DOE" (depending on experience).
const PAY_NOTES: &[&str] = &["DOE"];

/// Is `form` one of [`PAY_NOTES`]?
pub(crate) fn is_pay_note(form: &str) -> bool {
    PAY_NOTES.contains(&form)
}

/// Do the 60 bytes before `start`, on its line, speak of pay: an amount of money right
/// before, "/hr", or the word "pay", "salary", "rate", "wage", "hour", "hourly" or
/// "compensation" ("Pay: $19-$23/hr DOE", "Salary: DOE", "$60,000 - $75,000 DOE"; not
/// "Generate DOE studies")?
pub(crate) fn after_pay(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let from = start.saturating_sub(60);
    let window = &bytes[from..start];
    let line = match window.iter().rposition(|&b| b == b'\n') {
        Some(i) => &window[i + 1..],
        None => window,
    };
    // Right after an amount of money ("$60,000 - $75,000 DOE", "£30K DOE"; not "Cut scrap
    // cost by $1.2M using DOE").
    let has = |sign: &str| line.windows(sign.len()).any(|w| w == sign.as_bytes());
    let amount = line
        .trim_ascii_end()
        .strip_suffix(b",")
        .unwrap_or(line.trim_ascii_end());
    let amount = amount
        .strip_suffix(b"K")
        .or(amount.strip_suffix(b"k"))
        .unwrap_or(amount);
    if amount.last().is_some_and(u8::is_ascii_digit) && ["$", "£", "€", "₹"].iter().any(|s| has(s))
    {
        return true;
    }
    if line.windows(3).any(|w| w.eq_ignore_ascii_case(b"/hr")) {
        return true;
    }
    line.split(|b| !b.is_ascii_alphabetic()).any(|w| {
        [
            "pay",
            "salary",
            "rate",
            "wage",
            "hour",
            "hourly",
            "compensation",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Is the text before `start` one capital letter and a hyphen, after no letter or digit
/// ("C-SSRS": the acronym at `start` is part of a longer one)?
pub(crate) fn after_letter_and_hyphen(text: &str, start: usize) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    match head {
        [.., b, b'-'] if b.is_ascii_uppercase() => {
            head.len() == 2 || !head[head.len() - 3].is_ascii_alphanumeric()
        }
        _ => false,
    }
}

/// Is the match at `start` the head of a compound, a word of its item before it ("Allergen
/// management", "volunteer management"; not "Sales and Management", "Skills: Management",
/// "5 years management experience", "prior management experience")?
pub(crate) fn after_a_word_of_its_item(text: &str, start: usize) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    let Some(rest) = head.strip_suffix(b" ") else {
        return false;
    };
    let len = rest
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let word = &rest[rest.len() - len..];
    word.iter().any(u8::is_ascii_alphabetic)
        && ![
            "and",
            "or",
            "in",
            "of",
            "with",
            "for",
            "strong",
            "excellent",
            "good",
            "years",
            "year",
            "yrs",
            "senior",
            "some",
            "general",
            "middle",
            "upper",
            "any",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
        && !BEFORE_FIELD_EXPERIENCE
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// Is `form` one of [`WORK_AREAS`], in any case?
pub(crate) fn is_work_area(form: &str) -> bool {
    WORK_AREAS.iter().any(|w| w.eq_ignore_ascii_case(form))
}

/// Up to three words before `start` on its line, nearest first, each with where it starts,
/// lower-cased into `buffer` (ASCII letters, digits, `+` and `-`, at least one letter or
/// digit; another character, or a word too long for the buffer, ends the walk; the words
/// not read are empty).
fn words_before<'b>(text: &str, start: usize, buffer: &'b mut [u8; 48]) -> [(usize, &'b str); 3] {
    let bytes = text.as_bytes();
    let mut at = start.min(bytes.len());
    let mut spans = [(start, 0, 0); 3];
    let mut n = 0;
    let mut used = 0;
    while n < 3 {
        while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
            at -= 1;
        }
        let end = at;
        let mut from = at;
        while from > 0
            && (bytes[from - 1].is_ascii_alphanumeric() || matches!(bytes[from - 1], b'+' | b'-'))
        {
            from -= 1;
        }
        let word = &bytes[from..end];
        if !word.iter().any(u8::is_ascii_alphanumeric) || used + word.len() > buffer.len() {
            break;
        }
        at = from;
        buffer[used..used + word.len()].copy_from_slice(word);
        spans[n] = (at, used, used + word.len());
        n += 1;
        used += word.len();
    }
    buffer[..used].make_ascii_lowercase();
    let buffer: &'b [u8] = buffer;
    spans.map(|(at, a, b)| (at, std::str::from_utf8(&buffer[a..b]).unwrap_or("")))
}

/// Is the risky match at `start..end` of `form`, a field of work ([`is_work_area`]), named
/// in an experience phrase? Either "X experience" (or "X background") at the start of a line
/// or sentence, after "years of" or after a word such as "prior"; or "experience in X",
/// "experience with X", "years of X", "years in X", "background in X", "track record in X",
/// X ending the phrase ([`AFTER_FIELD`]). One qualifier may stand before X in both ("5
/// years of FMCG sales experience", "experience in B2B sales"), not a determiner ("our
/// sales"), and none before "management" ("experience in data management" is another
/// field). Never when joined to the word before ("Pre-sales").
pub(crate) fn names_a_work_area(text: &str, start: usize, end: usize, form: &str) -> bool {
    let bytes = text.as_bytes();
    // Joined to the word before, it is part of another ("Pre-sales experience").
    if start > 0 && matches!(bytes[start - 1], b'-' | b'/') {
        return false;
    }
    // The word after the field.
    let mut from = end;
    while bytes.get(from).is_some_and(|&b| b == b' ' || b == b'\t') {
        from += 1;
    }
    let rest = bytes.get(from..).unwrap_or(&[]);
    let next = &rest[..rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()];
    let next_is = |list: &[&str]| list.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(next));
    let experience_after = next_is(&["background", "experience"]);
    if !experience_after && !next.is_empty() && !next_is(AFTER_FIELD) {
        return false;
    }
    let mut buffer = [0u8; 48];
    let words = words_before(text, start, &mut buffer);
    let word = |k: usize| words.get(k).map_or("", |w| w.1);
    let years = |w: &str| matches!(w, "years" | "year" | "yrs" | "yr");
    // A qualifier: an acronym as written ("FMCG", "B2B") or a word of
    // [`FIELD_QUALIFIERS`] ("retail", "technical"); not any word ("- Redesigned onboarding
    // experience", "Seamless onboarding experience").
    let qualifier = |k: usize| {
        words.get(k).is_some_and(|&(at, w)| {
            let written = &text.as_bytes()[at..at + w.len()];
            written.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
                || FIELD_QUALIFIERS.binary_search(&w).is_ok()
        })
    };
    // "Data management" and "infrastructure management" are fields of their own; "B2B
    // sales", "technical recruiting" and "API documentation" are kinds of the field.
    let management = form.eq_ignore_ascii_case("management");
    let skip = usize::from(
        qualifier(0) && !management && BEFORE_FIELD_EXPERIENCE.binary_search(&word(0)).is_err(),
    );
    let (w0, w1) = (word(skip), word(skip + 1));
    if experience_after {
        // Nothing before on the line but punctuation: a line, an item or a sentence opens
        // with the field (or its qualifier).
        let first = if skip == 1 { words[0].0 } else { start };
        return (w0.is_empty() && starts_sentence(text, first))
            || (w0 == "of" && years(w1))
            || BEFORE_FIELD_EXPERIENCE.binary_search(&w0).is_ok();
    }
    match w0 {
        "in" => matches!(w1, "experience" | "background" | "record") || years(w1),
        "with" => w1 == "experience",
        "of" => years(w1),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_searched_by_bisection_are_sorted() {
        for list in [
            DETERMINERS,
            BEFORE_ADJECTIVES,
            BEFORE_PAST_VERBS,
            WORK_AREAS,
            BEFORE_FIELD_EXPERIENCE,
            AFTER_FIELD,
            FIELD_QUALIFIERS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        // Phrases are looked up by bisection on their risky word, in lower case.
        assert!(EVERYDAY_PHRASES.windows(2).all(|w| w[0].0 <= w[1].0));
        assert!(EVERYDAY_LEADERS.windows(2).all(|w| w[0].1 <= w[1].1));
        for (a, b) in EVERYDAY_PHRASES.iter().chain(EVERYDAY_LEADERS) {
            assert_eq!(a.to_ascii_lowercase(), *a);
            assert_eq!(b.to_ascii_lowercase(), *b);
        }
    }

    /// Where `needle` first stands in `text`.
    fn span_of(text: &str, needle: &str) -> (usize, usize) {
        let start = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} in {text}"));
        (start, start + needle.len())
    }

    #[test]
    fn leadership_after_whose_or_which_is_the_people() {
        let at = |text: &str| {
            let start = text.find("leadership").unwrap();
            names_the_people(text, start, start + "leadership".len())
        };
        assert!(at("Present findings to client leadership."));
        assert!(at("Work with the leadership team."));
        assert!(at("our\u{a0}leadership"));
        assert!(!at("\u{a0}leadership"));
        assert!(!at("\u{3000}leadership skills"));
        assert!(!at("Strong leadership and communication"));
        assert!(at("Present findings to leadership."));
        assert!(at("Report to leadership weekly."));
        assert!(!at("A clear path to leadership."));
        assert!(!at("Commitment to leadership development."));
        assert!(at("Gave “findings to leadership"));
        assert!(!at("“to leadership"));
        assert!(!at("é to leadership"));
    }

    #[test]
    fn links_and_equal_opportunity_statements() {
        let link = |text: &str, needle: &str| {
            let (start, end) = span_of(text, needle);
            inside_a_link(text, start, end)
        };
        assert!(link("see https://go.dev/doc", "https"));
        assert!(link("see https://go.dev/doc", "go"));
        assert!(link("WWW.PYTHON.ORG", "PYTHON"));
        assert!(link("mail a@rust-jobs.io now", "rust"));
        assert!(!link("C#/.NET and CI/CD", "NET"));
        assert!(!link("Node.js, PL/SQL", "SQL"));
        assert!(!link("python", "python"));
        // The word is read only so far either side: a long run is not read whole.
        let long = format!("{}/python", "x".repeat(LINK_WINDOW + 10));
        assert!(!link(&format!("https://{long}"), "python"));
        let eeo = |text: &str, needle: &str| {
            let (start, end) = span_of(text, needle);
            in_equal_opportunity_statement(text, start, end)
        };
        assert!(eeo("regard to Race, color, pregnancy, age", "pregnancy"));
        assert!(!eeo("pregnancy care and nursing", "pregnancy"));
        assert!(!eeo("race\n\ncolor\npregnancy\nage", "pregnancy"));
        // Words, not parts of words: "agent" is not "age", "sexy" not "sex".
        assert!(!eeo("agent racer pregnancy sexy", "pregnancy"));
    }

    #[test]
    fn a_language_before_a_word_may_name_an_origin() {
        let origin = |text: &str, name: &str| {
            let (start, end) = span_of(text, name);
            names_an_origin(text, start, end, |_| false)
        };
        assert!(origin("a Danish company", "Danish"));
        assert!(origin("x\n• Danish company", "Danish"));
        assert!(origin("café Danish company", "Danish"));
        assert!(!origin("fluent in Danish", "Danish"));
        assert!(!origin("Danish", "Danish"));
        assert!(!origin("Danish.", "Danish"));
        assert!(!origin("Danish-speaking", "Danish"));
        assert!(!origin("Danish and English", "Danish"));
        assert!(origin("Danish-headquartered firms", "Danish"));
        assert!(origin("IFRS and Irish GAAP", "Irish"));
        assert!(origin("UK GAAP and Irish tax", "Irish"));
        // After another language, "and" and "or" still lead.
        assert!(!names_an_origin(
            "English and Irish documents",
            12,
            17,
            |at| at == 0
        ));
        assert!(!origin("spoken Danish company", "Danish"));
        assert!(!origin("Danish C1", "Danish"));
        assert!(origin("Danish Swedish", "Danish"));
        assert!(!names_an_origin("Danish Swedish", 0, 6, |at| at == 7));
    }

    #[test]
    fn skills_list_headings() {
        assert!(in_skills_list("Skills: Go, Rust", 8));
        assert!(in_skills_list("intro\n- Tech stack: Go", 20));
        assert!(!in_skills_list("We go: fast", 7));
        assert!(!in_skills_list("Go to market", 0));
        assert!(everyday_phrase_precedes(
            "Client: American Express.",
            17,
            "Express"
        ));
        assert!(everyday_phrase_precedes("american express", 9, "express"));
        assert!(!everyday_phrase_precedes("Node and Express", 9, "Express"));
        assert!(!everyday_phrase_precedes(
            "SouthAmerican Express",
            14,
            "Express"
        ));
        assert!(!everyday_phrase_precedes("Express", 0, "Express"));
        assert!(everyday_phrase_precedes("Sous Chef at Nobu", 5, "Chef"));
        // A count of nodes, not Node.js; the Node.js of a hyphenated stack stays.
        assert!(everyday_phrase_precedes("4-node RAC clusters", 2, "node"));
        assert!(everyday_phrase_precedes("a multi-node cluster", 8, "node"));
        assert!(!everyday_phrase_precedes("React-Node stack", 6, "Node"));
        assert!(everyday_phrase_precedes(
            "Teachers' Pension Scheme",
            18,
            "Scheme"
        ));
        assert!(everyday_phrase_precedes("Assisted RN with care", 9, "RN"));
        assert!(!everyday_phrase_precedes("The RN will assess", 4, "RN"));
        assert!(!everyday_phrase_precedes("Licensed RN since 2015", 9, "RN"));
        assert!(everyday_phrase_precedes("Demi Chef de Partie", 5, "Chef"));
        assert!(!everyday_phrase_precedes(
            "Built a Chef cookbook",
            8,
            "Chef"
        ));
        assert!(everyday_phrase_precedes(
            "a Positive Outlook",
            11,
            "Outlook"
        ));
        assert!(!everyday_phrase_precedes("Puppet and Chef", 11, "Chef"));
        assert!(everyday_phrase_precedes(
            "Skills: drug testing",
            13,
            "testing"
        ));
        assert!(!everyday_phrase_precedes(
            "Skills: manual testing",
            15,
            "testing"
        ));
        assert!(everyday_phrase_follows("Swift Transportation", 5, "Swift"));
        assert!(everyday_phrase_follows("Spring Break 2020", 6, "Spring"));
        assert!(!everyday_phrase_follows("Swift and Kotlin", 5, "Swift"));
        assert!(infinitive("able to express ideas", 8));
        assert!(!infinitive("Proto express", 6));
        assert!(whole_list_item("Skills: Python, calm, Go", 16, 20));
        assert!(whole_list_item("- CALM\n", 2, 6));
        assert!(!whole_list_item("Skills: calm under pressure", 8, 12));
        assert!(!whole_list_item("Skills: Fast learner, Go", 8, 12));
        // Separators of several bytes ("•").
        assert!(whole_list_item("Skills • calm • Go", 11, 15));
        assert!(!whole_list_item("Skills •calm down", 10, 14));
        let long = format!("Skills: {}Go", "x, ".repeat(1000));
        assert!(
            !in_skills_list(&long, long.len() - 2),
            "the line start is too far back"
        );
        // One cache, candidates in order, over several lines: each answer is the one-off's.
        let text = "Skills: Go, R\nWe go: fast, R\n\nTools: Excel\nGo";
        let lines = newlines(text);
        let mut lists = SkillsLists::new(text, &lines);
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(lists.contains(at), in_skills_list(text, at), "at {at}");
        }
        let mut lists = SkillsLists::new(&long, &[]);
        assert!(lists.contains(8));
        assert!(!lists.contains(long.len() - 2));
    }

    #[test]
    fn casing() {
        assert!(cased_like_name("we use Go daily", 7, "Go", "Go"));
        assert!(!cased_like_name("Go to market", 0, "Go", "Go"));
        assert!(!cased_like_name("we go", 3, "go", "Go"));
        assert!(cased_like_name("ML is", 0, "ML", "ML"));
        // Another gap between the words reads as the form's space; the case still counts.
        let nbsp = "in Delta\u{a0}Lake";
        assert!(cased_like_name(nbsp, 3, &nbsp[3..], "Delta Lake"));
        assert!(!cased_like_name(
            "in delta  lake",
            3,
            "delta  lake",
            "Delta Lake"
        ));
        // The words in capitals beside an acronym.
        assert_eq!(
            words_in_capitals_beside("SAN DIEGO, CA", 0, 3),
            [None, Some(4)]
        );
        assert_eq!(words_in_capitals_beside("ICU RN", 4, 6), [None, None]);
        assert_eq!(
            words_in_capitals_beside("Storage: SAN and NAS", 9, 12),
            [None, None]
        );
    }

    #[test]
    fn acronyms_must_be_written_in_capitals() {
        assert!(acronym_not_in_capitals("ml", "ML"));
        assert!(acronym_not_in_capitals("Ml", "ML"));
        assert!(acronym_not_in_capitals("Partner", "PARTNER"));
        assert!(!acronym_not_in_capitals("ML", "ML"));
        assert!(!acronym_not_in_capitals("PARTNER", "PARTNER"));
        // Mixed-case names need only some capital; one-capital forms are not acronyms.
        assert!(!acronym_not_in_capitals("Pytorch", "PyTorch"));
        assert!(acronym_not_in_capitals("pytorch", "PyTorch"));
        assert!(!acronym_not_in_capitals("spark", "Spark"));
    }

    #[test]
    fn tech_nearby_stops_at_blank_lines() {
        let text = "Docker and Go\n\nGo to market\r\n\r\nGo\nK8s";
        let docker = (0, 6);
        let k8s = (text.len() - 3, text.len());
        let lines = newlines(text);
        let mut near = TechNearby::new(text, &lines, vec![docker, k8s]);
        assert!(near.near(11, 13), "same paragraph as Docker");
        assert!(!near.near(15, 17), "a blank line on each side");
        let go = text.rfind("Go").unwrap_or(0);
        assert!(near.near(go, go + 2), "one newline before K8s");
        let mut none = TechNearby::new(text, &lines, Vec::new());
        assert!(!none.near(11, 13));
        let far = format!("Docker{}Go", " ".repeat(CONTEXT_WINDOW + 1));
        let mut near = TechNearby::new(&far, &[], vec![docker]);
        assert!(!near.near(far.len() - 2, far.len()), "out of the window");
    }

    #[test]
    fn strict_letters() {
        assert!(!strict_neighbourhood_ok("C-level", 0, 1, "C"));
        assert!(!strict_neighbourhood_ok("R&D", 0, 1, "R"));
        assert!(!strict_neighbourhood_ok("Vitamin C", 8, 9, "C"));
        assert!(!strict_neighbourhood_ok("in c and", 3, 4, "c"));
        assert!(strict_neighbourhood_ok("Python, C and Go", 8, 9, "C"));
        assert!(strict_neighbourhood_ok("in C and", 3, 4, "C"));
    }
}
