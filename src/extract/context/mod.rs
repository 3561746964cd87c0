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

mod acronyms;
mod languages;
mod names;
mod phrases;
mod work_areas;

pub(crate) use acronyms::*;
pub(crate) use languages::*;
pub(crate) use names::*;
pub(crate) use phrases::*;
pub(crate) use work_areas::*;

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

/// Is the mention at `start..end` a season of a year or of a school ("Spring 2021", "Fall
/// '19", "Spring semester"), or one in lower case after a word of time at the end of its
/// sentence ("opens in spring.", "by next summer")? A risky form there ("Spring", the
/// framework) is a date.
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
    // "opens in spring.", "this summer": a season in lower case after a word of time, at
    // the end of its sentence or line.
    let of_time = word.bytes().all(|b| b.is_ascii_lowercase())
        && ["in", "this", "next", "last", "early", "late", "by", "until"]
            .iter()
            .any(|w| {
                text[..start]
                    .strip_suffix(' ')
                    .and_then(|before| before.strip_suffix(w))
                    .is_some_and(|before| {
                        before.is_empty() || before.ends_with([' ', '\n', '(', ','])
                    })
            })
        && matches!(
            text.as_bytes().get(end),
            None | Some(b'.' | b'!' | b'?' | b'\n' | b'\r' | b')' | b';')
        );
    year || short_year || term || of_time
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

/// A plural of an acronym ("ICs", "PCBs") written with a capital "S" in a line not all in
/// capitals: another acronym ("OT/ICS environments": industrial control systems, no
/// integrated circuits). The line is read up to 80 bytes each side of the match.
pub(crate) fn capital_s_of_a_plural(text: &str, start: usize, end: usize, form: &str) -> bool {
    let (m, f) = (&text.as_bytes()[start..end], form.as_bytes());
    if !is_plural_acronym(form)
        || m.len() != f.len()
        || m.last() != Some(&b'S')
        || m[..m.len() - 1] != f[..f.len() - 1]
    {
        return false;
    }
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(80);
    let hi = (end + 80).min(bytes.len());
    let before = &bytes[lo..start];
    let before = &before[before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1)..];
    let after = &bytes[end..hi];
    let after = &after[..after
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(after.len())];
    before.iter().chain(after).any(u8::is_ascii_lowercase)
}

/// Is `form` the plural of an acronym of two capitals or more ("ICs", "PCBs")?
pub(crate) fn is_plural_acronym(form: &str) -> bool {
    let f = form.as_bytes();
    f.len() >= 3 && f.last() == Some(&b's') && f[..f.len() - 1].iter().all(u8::is_ascii_uppercase)
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

/// Products' names that are everyday nouns or names of places ("Beam", "Notion", "Sentry",
/// "Presto", "Braintree", ...; risky forms): the product only as an item of a list beside
/// another technology ("Spark, Beam and Flink", "Monitoring: Sentry, Datadog"), not in a
/// list of other nouns ("Vault, Beam, Floor", "Caesar, Iceberg, Cobb"), nor in running
/// text ("Beam design in ETABS", "Notion of ownership", "Lived in Braintree").
const EVERYDAY_NOUN_NAMES: &[&str] = &[
    "amplitude",
    "athena",
    "beam",
    "braintree",
    "glue",
    "grasshopper",
    "iceberg",
    "impala",
    "loki",
    "notion",
    "parquet",
    "prefect",
    "presto",
    "rippling",
    "sentry",
    "superset",
    "workable",
    "zeppelin",
];

/// Is `form` one of [`EVERYDAY_NOUN_NAMES`], in any case?
pub(crate) fn is_everyday_noun_name(form: &str) -> bool {
    EVERYDAY_NOUN_NAMES
        .iter()
        .any(|w| w.eq_ignore_ascii_case(form))
}

/// Spaces, tabs and no-break spaces: the gaps around a list's separators.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}')
}

/// The separators of a list's items, one char each.
const ITEM_SEPARATORS: &[char] = &[',', '/', '|', '·', '•', '&'];

/// Is `start..end` a whole item of a list: after the start of a line or of a sentence, a
/// bullet that opens the line, a colon, a semicolon, a bracket, a dash ("Formats –
/// Parquet, JSON"), a separator of items or a word in lower case ("in", "such as",
/// "using") or a sentence's first word ("Used Sentry and Datadog"), and before the end of the line, a separator, a bracket, a full stop or a
/// colon, "etc", "for", "to", "in", "on", "with", "at", or "and", "or", "&" before a capital
/// or a digit (gaps aside)? Not a word of a name ("School Prefect", "Chevrolet Impala"), of
/// a compound ("Beam-column", "Beam and column design") nor bold in prose ("**Beam**").
pub(crate) fn whole_list_item_at(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(is_gap);
    let after = text[end..].trim_start_matches(is_gap);
    let last_word_at = before.trim_end_matches(|c: char| c.is_alphanumeric()).len();
    let last_word = &before[last_word_at..];
    // The word before starts the line (after its bullet, if any) or a sentence ("Used
    // Sentry and Datadog", "- Used Sentry and Datadog").
    let first_of_sentence = || {
        let head = before[..last_word_at].trim_end_matches(is_gap);
        head.is_empty()
            || head.ends_with(['\n', '\r', '.', '!', '?', ':', ';'])
            || only_a_bullet_on_its_line(head)
    };
    let opens = before.is_empty()
        || before.ends_with([
            ',', ';', '/', '|', '(', ')', ':', '\n', '\r', '·', '•', '&', '–', '—',
        ])
        || only_a_bullet_on_its_line(before)
        || (!last_word.is_empty()
            && (last_word.starts_with(char::is_lowercase) || first_of_sentence()));
    // "etc", "for logs", and "and", "or", "&" before another name ("Beam and Flink"; not
    // "Beam and column design").
    const CLOSERS: &[&str] = &["etc", "for", "to", "in", "on", "with", "at"];
    let word_after = |w: &str| {
        after.strip_prefix(w).is_some_and(|a| {
            !a.starts_with(|c: char| c.is_alphanumeric())
                && (CLOSERS.contains(&w)
                    || a.trim_start_matches(is_gap)
                        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        })
    };
    let closes = after.is_empty()
        || after.starts_with([',', ';', '/', '|', '(', ')', '.', ':', '\n', '\r', '·', '•'])
        || CLOSERS
            .iter()
            .chain(&["and", "or", "&"])
            .any(|w| word_after(w));
    opens && closes
}

/// Is `start..end` the name on a line that reads "Powered by" and a name, nothing else (the
/// footer of the system a posting was published with: "Powered by JazzHR")? Not "a
/// chatbot powered by GPT-4", which uses it.
pub(crate) fn powered_by_line(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(is_gap);
    let Some(at) = before.len().checked_sub("powered by".len()) else {
        return false;
    };
    if !(before.is_char_boundary(at) && before[at..].eq_ignore_ascii_case("powered by")) {
        return false;
    }
    let head = before[..at].trim_end_matches(is_gap);
    (head.is_empty() || head.ends_with(['\n', '\r']) || only_a_bullet_on_its_line(head))
        && text[end..]
            .trim_start_matches([' ', '\t', '\r', '.'])
            .chars()
            .next()
            .is_none_or(|c| c == '\n')
}

/// Does `head` (text up to some point) end with a line that holds a bullet alone ("- ",
/// "      • ")?
fn only_a_bullet_on_its_line(head: &str) -> bool {
    let head = head.trim_end_matches(is_gap);
    let Some(bullet) = head.chars().next_back().filter(|c| BULLETS.contains(c)) else {
        return false;
    };
    let rest = head[..head.len() - bullet.len_utf8()].trim_end_matches(is_gap);
    rest.is_empty() || rest.ends_with(['\n', '\r'])
}

/// Where the next item of a list starts after an item that ends at `end`: past a bracketed
/// note ("Notion (docs), Jira"), one separator (`,` `/` `|` `·` `•` `&`, "and", "or",
/// ", and") and the gaps around it; `None` without a separator.
pub(crate) fn next_item_start(text: &str, end: usize) -> Option<usize> {
    let mut rest = text[end..].trim_start_matches(is_gap);
    if rest.starts_with('(') {
        let close = rest
            .bytes()
            .take(60)
            .position(|b| b == b')' || b == b'\n')
            .filter(|&i| rest.as_bytes()[i] == b')')?;
        rest = rest[close + 1..].trim_start_matches(is_gap);
    }
    let mut separated = false;
    if let Some(c) = rest.chars().next().filter(|c| ITEM_SEPARATORS.contains(c)) {
        rest = rest[c.len_utf8()..].trim_start_matches(is_gap);
        separated = true;
    }
    for w in ["and", "or"] {
        if let Some(r) = rest.strip_prefix(w).filter(|r| r.starts_with(is_gap)) {
            rest = r.trim_start_matches(is_gap);
            separated = true;
            break;
        }
    }
    separated.then_some(text.len() - rest.len())
}

/// Where the item before ends, for an item that starts at `start`: before one separator
/// (as [`next_item_start`] reads them), its gaps and a bracketed note; `None` without a
/// separator.
pub(crate) fn prev_item_end(text: &str, start: usize) -> Option<usize> {
    let mut head = text[..start].trim_end_matches(is_gap);
    let mut separated = false;
    for w in ["and", "or"] {
        if let Some(h) = head
            .strip_suffix(w)
            .filter(|h| h.ends_with(is_gap) || h.ends_with(','))
        {
            head = h.trim_end_matches(is_gap);
            separated = true;
            break;
        }
    }
    if let Some(c) = head
        .chars()
        .next_back()
        .filter(|c| ITEM_SEPARATORS.contains(c))
    {
        head = head[..head.len() - c.len_utf8()].trim_end_matches(is_gap);
        separated = true;
    }
    if head.ends_with(')') {
        let open = head
            .bytes()
            .rev()
            .take(60)
            .position(|b| b == b'(' || b == b'\n')
            .map(|i| head.len() - 1 - i)
            .filter(|&i| head.as_bytes()[i] == b'(')?;
        head = head[..open].trim_end_matches(is_gap);
    }
    separated.then_some(head.len())
}

/// Is `form` one of [`EVERYDAY_WORDS`], in any case?
pub(crate) fn is_everyday_word(form: &str) -> bool {
    EVERYDAY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(form))
}

/// The extra checks for single-letter forms: capitals, no "C-level", "R&D", "Vitamin C",
/// "C class licence".
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
    // A letter that names a class or a grade ("C class licence", "B grade", "C suite").
    const GRADED: &[&str] = &[
        "class", "licence", "license", "grade", "suite", "shift", "wing", "block", "rating",
        "category",
    ];
    if let Some(rest) = text[end..].strip_prefix(' ') {
        let word = &rest[..rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())];
        if GRADED.iter().any(|g| g.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    // A letter of an abbreviation with "of" ("C of E", the Church of England; "B of A").
    if text[end..]
        .strip_prefix(" of ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return false;
    }
    // A letter of a lettered list: "Options A and C", "Parts A, B and C", "C or D".
    !(lettered_item_before(text, start) || lettered_item_after(text, end))
}

/// Employment laws and their words that HR texts name beside "ADA" (the Americans with
/// Disabilities Act).
const EMPLOYMENT_LAW_WORDS: &[&str] = &[
    "FMLA",
    "FLSA",
    "EEO",
    "EEOC",
    "OSHA",
    "COBRA",
    "HIPAA",
    "ERISA",
    "ADEA",
    "Title VII",
    "accommodation",
    "disabilit",
    "leave",
    "compliance",
];

/// Words of blood cancers and their care beside "AML" (acute myeloid leukaemia, not
/// anti-money laundering).
const BLOOD_CANCER_WORDS: &[&str] = &[
    "leukaemia",
    "leukemia",
    "myeloma",
    "lymphoma",
    "haematolog",
    "hematolog",
    "oncolog",
    "CLL",
    "MDS",
    "CAR-T",
    "transplant",
];

/// Is the match `start..end` an acronym in another sense than its skill's, as the words
/// around it show? "LLM" beside a law degree ([`master_of_laws`]); "ADA" beside employment
/// laws ("FMLA, ADA, FLSA": the Americans with Disabilities Act, not Ada); "AML" beside
/// blood cancers ("haematology (AML, multiple myeloma)": a leukaemia, not anti-money
/// laundering); "FdA", a foundation degree, always (not the FDA). The words are read
/// within 60 bytes on the match's line.
pub(crate) fn acronym_of_another_sense(text: &str, start: usize, end: usize) -> bool {
    let words = match &text[start..end] {
        "LLM" => return master_of_laws(text, start, end),
        // A British foundation degree's abbreviation, as it is written: no FDA.
        "FdA" => return true,
        "ADA" => EMPLOYMENT_LAW_WORDS,
        "AML" => BLOOD_CANCER_WORDS,
        _ => return false,
    };
    let (before, after) = line_around(text, start, end, 60);
    words
        .iter()
        .any(|w| before.contains(w) || after.contains(w))
}

/// The bounds of `text` from `reach` bytes before `start` to `reach` bytes after `end`
/// (within the text), moved inwards to character boundaries.
pub(crate) fn char_window(text: &str, start: usize, end: usize, reach: usize) -> (usize, usize) {
    let mut lo = start.saturating_sub(reach);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + reach).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    (lo, hi)
}

/// The text of the match `start..end`'s line before it and after it, as far as `reach`
/// bytes each way (bounded, so that reading around every match of a long line stays
/// linear).
fn line_around(text: &str, start: usize, end: usize, reach: usize) -> (&str, &str) {
    let (lo, hi) = char_window(text, start, end, reach);
    let before = text[lo..start].rsplit('\n').next().unwrap_or("");
    let after = text[end..hi].split('\n').next().unwrap_or("");
    (before, after)
}

/// Fields of a Master of Laws that may follow its "LLM in" ("LLM in International Commercial
/// Law", "LLM in Taxation").
const LAW_FIELDS: &[&str] = &[
    "banking",
    "commercial",
    "comparative",
    "corporate",
    "criminal",
    "dispute",
    "employment",
    "environmental",
    "european",
    "human",
    "intellectual",
    "international",
    "labor",
    "labour",
    "law",
    "laws",
    "legal",
    "maritime",
    "public",
    "tax",
    "taxation",
];

/// Is the match `start..end` the degree "LLM", a Master of Laws, rather than a large
/// language model? After a law degree on its line ("LLB, LLM", "JD/LLM", "Master of Laws
/// (LLM)"), before a field of law ("LLM in Tax Law") or before a university ("LLM,
/// University of London").
fn master_of_laws(text: &str, start: usize, end: usize) -> bool {
    let (before, rest) = line_around(text, start, end, 120);
    let law_degree_before = [
        "LLB",
        "LL.B",
        "JD",
        "J.D.",
        "Juris Doctor",
        "Master of Laws",
    ]
    .iter()
    .any(|d| {
        before.match_indices(d).any(|(i, _)| {
            let after = before[i + d.len()..].chars().next();
            (i == 0 || !before.as_bytes()[i - 1].is_ascii_alphanumeric())
                && after.is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    });
    if law_degree_before {
        return true;
    }
    if let Some(field) = rest.strip_prefix(" in ") {
        let word = field
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        return word.starts_with(|c: char| c.is_ascii_uppercase())
            && LAW_FIELDS.iter().any(|f| f.eq_ignore_ascii_case(word));
    }
    // "LLM, University of London", "LLM – University of Edinburgh" (not "the LLM,
    // University rankings aside": a university's name goes on with "of" or a name).
    let rest = rest.trim_start_matches([',', ' ', '-', '–', '—', '(', '|']);
    rest.strip_prefix("University ")
        .is_some_and(|name| name.starts_with("of ") || name.starts_with(char::is_uppercase))
}

/// The words that join the letters of a lettered list.
const LETTER_JOINTS: [&str; 3] = [" and ", " or ", ", "];

/// Does "A" or "B" and a joint of [`LETTER_JOINTS`] stand right before `start` ("Options A
/// and C", "A, B, C")? Letters a list begins with, no languages.
fn lettered_item_before(text: &str, start: usize) -> bool {
    let before = text.as_bytes()[..start]
        .strip_suffix(b" ")
        .map_or(&text.as_bytes()[..start], |b| b);
    LETTER_JOINTS.iter().any(|j| {
        let j = j.trim_end().as_bytes();
        before.strip_suffix(j).is_some_and(|b| {
            matches!(b, [.., b'A' | b'B'] if b.len() == 1 || !b[b.len() - 2].is_ascii_alphanumeric())
        })
    })
}

/// Does a joint of [`LETTER_JOINTS`] and a capital letter other than a language's ("D",
/// not "R" or "C") follow `end` ("C and D", "C or E")?
fn lettered_item_after(text: &str, end: usize) -> bool {
    let after = &text.as_bytes()[end..];
    LETTER_JOINTS.iter().any(|j| {
        after.strip_prefix(j.as_bytes()).is_some_and(|a| {
            matches!(a.first(), Some(b'A'..=b'Z'))
                && !matches!(a[0], b'C' | b'R' | b'J' | b'D' | b'G')
                && a.get(1)
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'+' && *b != b'#')
        })
    })
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
/// CV", "3 PM", "the IT department", "experience in the GCC"), products named after
/// their company ("Software Engineer, Oracle") and everyday nouns that head names
/// ("Community Outreach Programs"), and acronyms of other trades ("a CAN-do attitude", a
/// car's "CVT", a project's "SPI"): their casing proves nothing, so they need a skills
/// list or tech nearby.
const CASING_NOT_ENOUGH: &[&str] = &[
    "CV", "PM", "PA", "PR", "IT", "GCC", "Oracle", "Delphi", "Outreach", "CAN", "SPI", "CVT",
];

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

/// Everyday words of [`EVERYDAY_WORDS`] that, after another capitalised word, are the
/// last word of a name rather than the product: "Intervention Teams", "Sales Teams" (not
/// "Microsoft Teams" or "MS Teams", the product's own names).
const NAME_TAILS: &[&str] = &["teams"];

/// Is the match of `form` starting at `start` the last word of a capitalised name such as
/// "Assessment Teams" (see [`NAME_TAILS`])?
pub(crate) fn ends_a_name(text: &str, start: usize, form: &str) -> bool {
    if !NAME_TAILS.iter().any(|w| w.eq_ignore_ascii_case(form)) {
        return false;
    }
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '&')
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_uppercase())
        && !["Microsoft", "MS", "MICROSOFT"].contains(&word)
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
/// line, trailing punctuation left out ("- Excel." gives "Excel"). A line of more than
/// 512 bytes (trailing spaces aside) is no such item (callers compare the item with one
/// skill's form; this keeps the work on a long line linear).
pub(crate) fn bullet_item(text: &str, newlines: &[usize], k: usize) -> Option<(usize, usize)> {
    let line_start = match k.checked_sub(1) {
        Some(i) => newlines.get(i)? + 1,
        None => 0,
    };
    let line_end = newlines.get(k).copied().unwrap_or(text.len());
    // Its length without the spaces that pad it (read back at most 1,024 bytes).
    let bytes = text.as_bytes();
    let floor = line_end.saturating_sub(1024).max(line_start);
    let mut content_end = line_end;
    while content_end > floor && matches!(bytes[content_end - 1], b' ' | b'\t' | b'\r') {
        content_end -= 1;
    }
    if content_end - line_start > 512 {
        return None;
    }
    let start = after_bullet(text, line_start)?;
    let end = start
        + text[start..line_end]
            .trim_end_matches(['\r', ' ', '\t', '.', ',', ';'])
            .len();
    Some((start, end))
}

/// Is the match at `start..end` an item of a list: a separator of items right before it
/// or right after it (a comma, a slash, a pipe or a bracket, spaces aside: "Excel, word,
/// Power Point"), or its line a list rather than a sentence: past its bullet and a
/// label's colon ("Tools: ..."), six words or fewer, or items of five words or fewer
/// between commas, semicolons, pipes or bullets ("Jira, Confluence, Miro")? A section
/// named after skills holds sentences too ("- At least 4 years' experience as a Scrum
/// Master in software teams"), whose everyday words in lower case are no list items.
pub(crate) fn in_a_list_like_line(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches([' ', '\t']);
    if before.ends_with([',', '/', '|', '(']) || after.starts_with([',', '/', '|', ')']) {
        return true;
    }
    // The line, as far as 300 bytes each way from the match (a list on one line of a
    // megabyte is read around each of its items, not whole for each: linear work).
    let (before, after) = line_around(text, start, end, 300);
    let lo = start - before.len();
    let mut line = text[lo..end + after.len()].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '*' | '•' | '·' | '–' | '▪' | '◦' | '>')
    });
    // A label's colon near the line's start ("Tools: ...").
    if lo == 0 || text.as_bytes()[lo - 1] == b'\n' {
        if let Some(colon) = line.get(..line.len().min(48)).and_then(|h| h.find(':')) {
            line = &line[colon + 1..];
        }
    }
    let words = |s: &str| s.split_whitespace().take(7).count();
    words(line) <= 6
        || line
            .split([',', ';', '|', '•', '·'])
            .all(|item| words(item) <= 5)
}

/// The index of the line holding byte `at`.
pub(crate) fn line_of(newlines: &[usize], at: usize) -> usize {
    newlines.partition_point(|&n| n < at)
}

/// Is the match of `form` at `start..end` one that needs a list (see [`LIST_ITEMS_ONLY`])
/// and stands outside one: no `,`, `;`, `/`, `|` or `(` before it, and no `,`, `;`, `/`,
/// `|` or `)` after it (spaces and tabs aside)? A bullet after it proves nothing: it ends
/// any bulleted line ("... Netherlands Project • Project: DSP"); nor does a separator
/// after it when a capitalised word other than the vendor's stands before it, whose name
/// it ends ("HSE Officer, Onshore Pipeline Project, 2018 - 2022").
pub(crate) fn needs_a_list(text: &str, start: usize, end: usize, form: &str) -> bool {
    if !LIST_ITEMS_ONLY.iter().any(|w| w.eq_ignore_ascii_case(form)) {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches([' ', '\t']);
    let word_before = &before[before
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric())
        .len()..];
    let ends_a_name = word_before.starts_with(|c: char| c.is_ascii_uppercase())
        && !["MS", "Microsoft"].contains(&word_before);
    !(before.ends_with([',', ';', '/', '|', '('])
        || (!ends_a_name && after.starts_with([',', ';', '/', '|', ')'])))
}

/// Forms and the word after them that together make an everyday phrase or another trade's
/// term, not the skill: "Go live" (and "Go-Live") is a launch, not the language; "Swift
/// Transportation" a carrier; "Spring Break" a holiday; "GIS substations" hold gas-insulated
/// switchgear; a "design history file" is no history.
const EVERYDAY_PHRASES: &[(&str, &str)] = &[
    // A cook's rank: "Chef de Partie", "Chef de Cuisine", "Chef de Rang".
    ("chef", "de"),
    // The US agency's publications: "CISA advisories", "CISA KEV catalog".
    ("cisa", "advisories"),
    ("cisa", "advisory"),
    ("cisa", "alerts"),
    ("cisa", "directives"),
    ("cisa", "guidance"),
    ("cisa", "kev"),
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
    // South Africa's General Conditions of Contract by edition, and the Gulf Cooperation
    // Council: no compiler.
    ("gcc", "2004"),
    ("gcc", "2010"),
    ("gcc", "2015"),
    ("gcc", "countries"),
    ("gcc", "market"),
    ("gcc", "markets"),
    ("gcc", "nationals"),
    ("gcc", "region"),
    ("gis", "substation"),
    ("gis", "substations"),
    ("gis", "switchgear"),
    ("go", "live"),
    // "go-to-market", "our go-to tool"; not "from Java to Go to cut latency".
    ("go", "-to"),
    ("go", "getter"),
    // An app store, not the company's products ("Google Play").
    ("google", "play"),
    ("history", "file"),
    ("history", "import"),
    ("history", "recorded"),
    ("history", "match"),
    ("history", "matching"),
    // Cisco's IOS-XE and IOS XR, not Apple's iOS.
    ("ios", "-xe"),
    ("ios", "-xr"),
    ("ios", "xe"),
    ("ios", "xr"),
    ("logging", "boreholes"),
    ("logic", "analyser"),
    ("logic", "analysers"),
    ("logic", "analyzer"),
    ("logic", "analyzers"),
    // An XML editor ("Oxygen XML Editor"), no chemical.
    ("oxygen", "xml"),
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
    // Tests of a user interface ("unit and UI tests"), no UI design.
    ("ui", "test"),
    ("ui", "tests"),
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

/// Is the word before `start` (past white space) a determiner ("the team works with")?
pub(crate) fn after_a_determiner(text: &str, start: usize) -> bool {
    let trimmed = text
        .get(..start)
        .unwrap_or_default()
        .trim_end_matches([' ', '\t', '\u{a0}']);
    let tail = trimmed.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let previous = &trimmed[tail.len()..];
    (1..=5).contains(&previous.len())
        && !tail.ends_with(|c: char| c.is_alphanumeric())
        && DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(previous))
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

/// Words that count what follows them with a hyphen ("multi-node", "two-node").
const COUNT_WORDS: &[&str] = &[
    "single", "multi", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "twelve", "many",
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
/// ("`https://www.python.org`", "`jobs@python-jobs.com`")? Only a match glued to one of
/// `/ . @ : - _ = ? & % #` is looked at further: then the run of non-space bytes holding it
/// (up to [`LINK_WINDOW`] bytes each side) is a link when it holds "://" or "@", starts
/// with "www.", or starts with a host in lower case and a path
/// ("linkedin.com/in/jasmine-ortiz-cpp", "github.com/jdoe/react-demo"; not
/// "Node.js/React" or "ASP.NET/C#").
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
        || host_then_path(word)
}

/// Does `word` (past an opening bracket, bar or quote) open with a host name in lower case
/// under a common top-level domain, then a path of two parts or more, or one after a
/// profile site ("linkedin.com/in/...", "github.com/jdoe", "(gitlab.io/a/b)"; not
/// "asp.net/mvc" or "socket.io/redis")?
fn host_then_path(word: &[u8]) -> bool {
    const DOMAINS: &[&[u8]] = &[
        b"com", b"org", b"net", b"io", b"dev", b"co", b"uk", b"de", b"in", b"ai", b"me", b"edu",
        b"gov", b"ca", b"au", b"sg", b"nz", b"ie", b"fr", b"app", b"info", b"biz",
    ];
    /// Sites of profiles and portfolios, whose one path part is a person's.
    const PROFILES: &[&[u8]] = &[
        b"linkedin.com",
        b"github.com",
        b"gitlab.com",
        b"bitbucket.org",
        b"behance.net",
        b"dribbble.com",
        b"kaggle.com",
        b"medium.com",
    ];
    let start = word
        .iter()
        .position(|b| !matches!(b, b'(' | b'[' | b'<' | b'|' | b'"' | b'\''))
        .unwrap_or(word.len());
    let word = &word[start..];
    let Some(slash) = memchr::memchr(b'/', word) else {
        return false;
    };
    let host = &word[..slash];
    let parts = word[slash..]
        .split(|&b| b == b'/')
        .filter(|p| !p.is_empty())
        .count();
    let host_name = host.strip_prefix(b"www.").unwrap_or(host);
    if parts < 2 && !PROFILES.contains(&host_name) {
        return false;
    }
    let Some(dot) = memchr::memrchr(b'.', host) else {
        return false;
    };
    dot > 0
        && host
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && DOMAINS.contains(&&host[dot + 1..])
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

/// Is `form` a product's own name in capitals, not the initials of what it is, that the
/// built-in taxonomy took from an O*NET product that is neither a hot technology nor in
/// demand ("STAR" of "Spectral Dynamics STAR", "ABL" of "Progress OpenEdge ABL", "HCM" of
/// "Asure Software HCM"; not "ERP" of "Enterprise resource planning ERP software", whose
/// words it abbreviates)? Such a name is more often a word in capitals, a company's or a
/// school's name or another product's short form ("STAR method", "ABL, Inc.", "Oracle
/// Fusion HCM") than that product, so its casing proves nothing: it needs a skills list
/// or technology nearby. Only skills of the built-in O*NET namespace (ids `onet:`) are
/// asked; a custom taxonomy's names keep the ordinary rule.
pub(crate) fn obscure_product_acronym(skill: &crate::taxonomy::Skill, form: &str) -> bool {
    if !(skill.id.starts_with("onet:")
        && skill.tech
        && !skill.hot
        && !skill.in_demand
        && form.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !form.bytes().any(|b| b.is_ascii_lowercase())
        && !form.contains(' '))
    {
        return false;
    }
    // The initials of the name's other words, in order; the form's letters must be found
    // among them in the same order for the form to abbreviate them.
    let mut initials = skill
        .name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| !w.eq_ignore_ascii_case(form))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase());
    !form
        .chars()
        .filter(char::is_ascii_alphabetic)
        .all(|letter| initials.any(|c| c == letter))
}

/// Is `form` one of the acronyms whose casing proves nothing?
pub(crate) fn casing_is_not_enough(form: &str) -> bool {
    CASING_NOT_ENOUGH.contains(&form)
}

/// Acronyms that also note how pay is set: "DOE" (depending on experience), "CPM" (a
/// driver's cents per mile: "$0.68 CPM").
const PAY_NOTES: &[&str] = &["DOE", "CPM"];

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
/// ("C-SSRS": the acronym at `start` is part of a longer one), or the number of a US tax
/// form and a hyphen ("1099-NEC" is no National Electrical Code; not "2023-ERP")?
pub(crate) fn after_letter_and_hyphen(text: &str, start: usize) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    match head {
        [.., b, b'-'] if b.is_ascii_uppercase() => {
            head.len() == 2 || !head[head.len() - 3].is_ascii_alphanumeric()
        }
        [rest @ .., b'-'] => {
            const FORMS: &[&[u8]] = &[b"1099", b"1098", b"1095", b"1042", b"1040", b"941", b"940"];
            FORMS.iter().any(|f| {
                rest.ends_with(f)
                    && (rest.len() == f.len()
                        || !rest[rest.len() - f.len() - 1].is_ascii_alphanumeric())
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::phrases::EVERYDAY_LEADERS;
    use super::work_areas::{AFTER_FIELD, BEFORE_FIELD_EXPERIENCE, FIELD_QUALIFIERS, WORK_AREAS};
    use super::*;

    #[test]
    fn a_powered_by_footer_names_no_skill() {
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap_or(0);
            powered_by_line(text, start, start + word.len())
        };
        assert!(at("Apply today.\nPowered by JazzHR\n", "JazzHR"));
        assert!(at("Powered by Workday.", "Workday"));
        assert!(at("- powered by Greenhouse\r\n", "Greenhouse"));
        assert!(!at("Built a chatbot powered by GPT-4", "GPT-4"));
        assert!(!at("Powered by Kafka and Flink", "Kafka"));
        assert!(!at("JazzHR", "JazzHR"));
        assert!(!at("éPowered by JazzHR", "JazzHR"));
    }

    #[test]
    fn whole_list_items_and_their_neighbours() {
        let item = |text: &str, word: &str| {
            let start = text.find(word).unwrap_or(0);
            whole_list_item_at(text, start, start + word.len())
        };
        for (text, word) in [
            ("Spark, Beam and Flink", "Beam"),
            ("Beam, Flink", "Beam"),
            ("Tools: Notion, Slack", "Notion"),
            ("Tools:\u{a0}Notion, Slack", "Notion"),
            ("- Notion\n", "Notion"),
            ("• Notion • Slack", "Notion"),
            ("such as Hive, Impala or Presto.", "Presto"),
            ("including Parquet, ORC", "Parquet"),
            ("Grafana and Loki for logs", "Loki"),
            ("(Zeppelin, Presto, etc)", "Presto"),
            ("Hive/Presto/Kinesis", "Presto"),
            ("Data storage formats – Parquet, JSON", "Parquet"),
            ("Tools: Notion (docs), Jira", "Notion"),
            ("Managed payroll in Rippling and Excel", "Rippling"),
            ("Used Sentry and Datadog", "Sentry"),
            ("Experience\n- Used Sentry and Datadog", "Sentry"),
            ("Experience\n  • Notion\n", "Notion"),
            ("Tools\n                - Notion, Jira", "Notion"),
        ] {
            assert!(item(text, word), "{text}");
        }
        for (text, word) in [
            ("Beam design in ETABS", "Beam"),
            ("Beam and column design in ETABS", "Beam"),
            ("Beam-column joints", "Beam"),
            ("**Beam** design", "Beam"),
            ("Served as School Prefect; Excel", "Prefect"),
            ("a Chevrolet Impala, Excel", "Impala"),
            ("the Notion of ownership", "Notion"),
            ("crisp Iceberg lettuce", "Iceberg"),
            // After a name's word, not a sentence's first.
            ("at Hamilton Beach, Excel", "Beach"),
            // Multibyte text before and after.
            ("é Beamé", "Beam"),
        ] {
            assert!(!item(text, word), "{text}");
        }
        fn next<'a>(text: &'a str, word: &str) -> Option<&'a str> {
            let end = text.find(word).map_or(0, |i| i + word.len());
            next_item_start(text, end).map(|at| &text[at..])
        }
        assert_eq!(next("Beam, Flink", "Beam"), Some("Flink"));
        assert_eq!(next("Beam/Flink", "Beam"), Some("Flink"));
        assert_eq!(next("Beam\u{a0}and Flink", "Beam"), Some("Flink"));
        assert_eq!(next("Notion (docs), Jira", "Notion"), Some("Jira"));
        assert_eq!(next("Beam, and Flink", "Beam"), Some("Flink"));
        assert_eq!(next("Beam · Flink", "Beam"), Some("Flink"));
        assert_eq!(next("Beam design", "Beam"), None);
        assert_eq!(next("Beam; Flink", "Beam"), None);
        assert_eq!(next("Beam (unclosed, Flink", "Beam"), None);
        fn prev<'a>(text: &'a str, word: &str) -> Option<&'a str> {
            let start = text.find(word).unwrap_or(0);
            prev_item_end(text, start).map(|at| &text[..at])
        }
        assert_eq!(prev("Spark, Beam", "Beam"), Some("Spark"));
        assert_eq!(prev("Grafana and Loki", "Loki"), Some("Grafana"));
        assert_eq!(prev("Spark, and Beam", "Beam"), Some("Spark"));
        assert_eq!(prev("Kafka (Confluent), Beam", "Beam"), Some("Kafka"));
        assert_eq!(prev("Avro/Parquet", "Parquet"), Some("Avro"));
        assert_eq!(prev("The brand Sentry", "Sentry"), None);
        assert_eq!(prev("Beam", "Beam"), None);
        assert_eq!(prev("é, Beam", "Beam"), Some("é"));
    }

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
        assert!(link("linkedin.com/in/jasmine-ortiz-cpp-example", "jasmine"));
        assert!(link("github.com/jdoe/react-demo", "react"));
        assert!(!link("Node.js/React developer", "React"));
        assert!(!link("ASP.NET/C# and SQL", "ASP.NET"));
        assert!(!link("asp.net/mvc and socket.io/redis", "mvc"));
        assert!(!link("asp.net/mvc and socket.io/redis", "redis"));
        assert!(link("(github.com/jdoe/react-demo)", "react"));
        assert!(link("Profile: github.com/jdoe-python", "python"));
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
    fn acronyms_beside_the_words_of_another_sense() {
        let at = |text: &str, acronym: &str| {
            let start = text.find(acronym).unwrap_or(0);
            acronym_of_another_sense(text, start, start + acronym.len())
        };
        assert!(at(
            "Working knowledge of FMLA, ADA, FLSA and Title VII",
            "ADA"
        ));
        assert!(at("ADA accommodation requests", "ADA"));
        assert!(!at("Languages: ADA, C, Fortran", "ADA"));
        assert!(!at("FMLA\nADA, SPARK and C", "ADA"));
        assert!(at(
            "monitored haematology (AML, multiple myeloma) trials",
            "AML"
        ));
        assert!(!at("KYC and AML compliance reviews", "AML"));
        assert!(at("LLB, LLM in Tax Law", "LLM"));
        assert!(!at("Built LLM agents", "LLM"));
        assert!(at("Foundation Degree (FdA) in Payroll Management", "FdA"));
        assert!(!at("FDA 21 CFR Part 11", "FDA"));
    }

    #[test]
    fn an_llm_beside_a_law_degree_is_a_master_of_laws() {
        let at = |text: &str| {
            let start = text.find("LLM").unwrap_or(0);
            acronym_of_another_sense(text, start, start + 3)
        };
        for text in [
            "LLB (Hons), LLM in International Commercial Law",
            "JD/LLM candidates",
            "Master of Laws (LLM), 2019",
            "LLM in Taxation, Georgetown",
            "LLM, University of London",
        ] {
            assert!(at(text), "{text}");
        }
        for text in [
            "Built LLM agents with LangChain",
            "Fine-tuned an LLM in PyTorch",
            "LLM in production at scale",
            "Evaluated the LLM, University rankings aside",
            "JDBC and LLM tooling",
        ] {
            assert!(!at(text), "{text}");
        }
    }

    #[test]
    fn strict_letters() {
        assert!(!strict_neighbourhood_ok("C-level", 0, 1, "C"));
        assert!(!strict_neighbourhood_ok("R&D", 0, 1, "R"));
        assert!(!strict_neighbourhood_ok("Vitamin C", 8, 9, "C"));
        assert!(!strict_neighbourhood_ok(
            "St Mary's C of E School",
            10,
            11,
            "C"
        ));
        assert!(strict_neighbourhood_ok("C of the kernel", 0, 1, "C"));
        assert!(!strict_neighbourhood_ok("in c and", 3, 4, "c"));
        assert!(strict_neighbourhood_ok("Python, C and Go", 8, 9, "C"));
        assert!(strict_neighbourhood_ok("in C and", 3, 4, "C"));
        // Letters of a lettered list.
        assert!(!strict_neighbourhood_ok(
            "NEC4 Options A and C; assess",
            18,
            19,
            "C"
        ));
        assert!(!strict_neighbourhood_ok("Parts A, B, C", 12, 13, "C"));
        assert!(!strict_neighbourhood_ok("Grades C or E", 7, 8, "C"));
        assert!(!strict_neighbourhood_ok("C or E grade", 0, 1, "C"));
        // Languages beside each other keep theirs.
        assert!(strict_neighbourhood_ok("Java, C and R", 6, 7, "C"));
        assert!(strict_neighbourhood_ok("C and C++", 0, 1, "C"));
        assert!(strict_neighbourhood_ok("C and D programming", 0, 1, "C"));
    }
}
