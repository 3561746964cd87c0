//! Section headings of job postings and resumes.
//!
//! A heading is a short line (at most eight words) whose words, once stripped of markdown
//! (`#`, `**`), bullets, numbering and a trailing colon, name a known section: "Requirements",
//! "## Nice to have", "WHAT YOU'LL DO:", "3. Education", "**Benefits**". A line that starts
//! with a known name and a colon ("Requirements: Python, SQL") also opens that section.
//! "About `<name>`" is the about-the-company section of a posting. A heading may join two
//! or three names ("Qualifications and Skills"); [`joined_kind`] says which section it
//! opens.

use crate::extract::context::{one_of, opens_with_bullet};
use crate::extract::Mention;
use serde::{Deserialize, Serialize};

mod names;

use names::{first_letters, heading_map, is_name, joined_kind, name_prefixes, normalise, Name};

/// Which kind of document a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// A job posting.
    Job,
    /// A resume or CV.
    Resume,
}

/// What a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// Text before the first heading.
    Intro,
    /// Job: requirements, qualifications, "what you'll need".
    Requirements,
    /// Job: preferred, nice to have, bonus.
    Preferred,
    /// Job: responsibilities, duties, "what you'll do".
    Responsibilities,
    /// Job: benefits, perks, compensation.
    Benefits,
    /// Job: about the company.
    About,
    /// Resume: summary, profile, objective.
    Summary,
    /// Resume: work experience, employment history.
    Experience,
    /// Resume: education.
    Education,
    /// Resume: skills.
    Skills,
    /// Resume: projects.
    Projects,
    /// Resume: certifications, licences, courses.
    Certifications,
    /// A heading that names no section above (awards, languages, references...).
    Other,
}

impl SectionKind {
    /// The snake_case name used in JSON and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Intro => "intro",
            SectionKind::Requirements => "requirements",
            SectionKind::Preferred => "preferred",
            SectionKind::Responsibilities => "responsibilities",
            SectionKind::Benefits => "benefits",
            SectionKind::About => "about",
            SectionKind::Summary => "summary",
            SectionKind::Experience => "experience",
            SectionKind::Education => "education",
            SectionKind::Skills => "skills",
            SectionKind::Projects => "projects",
            SectionKind::Certifications => "certifications",
            SectionKind::Other => "other",
        }
    }
}

/// A section of a document: its kind, its heading as written, and its byte span (from the
/// heading's line to the next heading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// What the section is about.
    pub kind: SectionKind,
    /// The heading as written (empty for the intro).
    pub heading: String,
    /// Byte offset where the section starts (its heading line).
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// Longest heading we look at, in bytes.
const MAX_HEADING: usize = 80;

/// First words of the headings named by their rules, not by a list: "About Acme", "Why
/// Acme?" (postings).
const OPEN_ENDED: [&str; 2] = ["about", "why"];

/// First words of a posting's line that introduces what it asks for, named by its rule:
/// "We are looking for a teacher who:".
const LOOKING_FOR: [&str; 3] = ["we are looking for", "we're looking for", "we are seeking"];

/// Does a normalised name go on past one of [`LOOKING_FOR`] ("we're looking for someone
/// with")? Such a line is read by its rule, not by the table of names.
fn past_looking_for(name: &str) -> bool {
    LOOKING_FOR
        .iter()
        .any(|p| name.starts_with(p) && name.as_bytes().get(p.len()) == Some(&b' '))
}

/// A first look at a line, cheap enough for every line of a text: can it be a heading?
///
/// A heading's first word starts at the line's first alphanumeric character, so when the
/// letters there begin no heading word (and are no list number such as "3." or "IV."), the
/// line is no heading. Lines that start with a non-ASCII letter are left to the full check.
fn may_be_heading(line: &str) -> bool {
    let bytes = line.as_bytes();
    // The first alphanumeric character: ASCII bytes are read as they are, other characters
    // decoded (a bullet "•" is skipped; a non-ASCII letter leaves the line to the full check).
    let mut p = 0;
    loop {
        let Some(&b) = bytes.get(p) else {
            return false;
        };
        if b.is_ascii_alphanumeric() {
            break;
        }
        if b < 0x80 {
            p += 1;
            continue;
        }
        let Some(c) = line[p..].chars().next() else {
            return false;
        };
        if c.is_alphanumeric() {
            return true;
        }
        p += c.len_utf8();
    }
    let run = &bytes[p..];
    let run = &run[..run
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(run.len())];
    // A list number ("3.", "IV)") is followed by a dot or a parenthesis; a number without
    // one is the line's first word, and no heading starts with digits.
    let numbering = run.iter().all(u8::is_ascii_digit)
        || (run.len() <= 4 && run.iter().all(|b| b"ivxIVX".contains(b)));
    if numbering && matches!(bytes.get(p + run.len()), Some(b'.' | b')')) {
        return true;
    }
    let letters = run
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(run.len());
    let (table, set) = first_letters();
    if !table.may_hold(&run[..letters]) {
        return ends_with_experience(bytes);
    }
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..letters) else {
        return false;
    };
    lower.copy_from_slice(&run[..letters]);
    lower.make_ascii_lowercase();
    if !set.contains(&*lower) {
        return ends_with_experience(bytes);
    }
    // A quarter of the lines of a text start with a word some heading starts with ("We",
    // "Experience"); most go on with a second word no heading name has after it ("We
    // are", "Experience with"). When both words are plain (ASCII letters, one space
    // between, then the end, a space or a separator), [`normalise`] would read them as
    // they are and stop there, so they are settled here, without building the name.
    second_word_may_follow(&bytes[p..], letters, lower)
}

/// Does the short `line` end with the word "experience" (before a colon or marks), as a
/// heading of experience in a trade does ([`trade_experience`])?
fn ends_with_experience(line: &[u8]) -> bool {
    let end = line
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b':' | b'*' | b'#' | b'_'))
        .map_or(0, |i| i + 1);
    line.len() <= 48 && end >= 11 && line[end - 11..end].eq_ignore_ascii_case(b" experience")
}

/// [`may_be_heading`]'s second look: `line` starts with a heading name's first word
/// (`first`, lower case, `len` bytes of letters). False when it goes on with one space and a
/// plain word that follows that first word in no heading name; true when that may be so or
/// cannot be told this way ("and", symbols, a line of one word, "About ..." and "Why ...").
fn second_word_may_follow(line: &[u8], len: usize, first: &[u8]) -> bool {
    if OPEN_ENDED.iter().any(|w| w.as_bytes() == first) || line.get(len) != Some(&b' ') {
        return true;
    }
    let rest = &line[len + 1..];
    let second = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let ends_plainly = match rest.get(second) {
        None => true,
        Some(&b) => matches!(
            b,
            b' ' | b'\t' | b'\r' | b'\n' | b':' | b',' | b'/' | b'&' | b'|'
        ),
    };
    let mut two = [0u8; 48];
    let both = len + 1 + second;
    if second == 0 || !ends_plainly || both > two.len() {
        return true;
    }
    two[..len].copy_from_slice(first);
    two[len] = b' ';
    two[len + 1..both].copy_from_slice(&rest[..second]);
    two[len + 1..both].make_ascii_lowercase();
    let pair = &two[..both];
    // "and" after the first word is dropped from heading names ("Skills and Experience").
    if pair.ends_with(b" and") {
        return true;
    }
    let Ok(pair) = std::str::from_utf8(pair) else {
        return true;
    };
    // A name followed by another ("Qualifications Skills") is a joined heading.
    name_prefixes().contains(pair)
        || (is_name(&pair[..len]) && name_prefixes().contains(&pair[len + 1..]))
}

/// The section a line opens, if it is a heading.
pub(crate) fn heading_kind(line: &str, doc: DocKind) -> Option<SectionKind> {
    if may_be_heading(line) {
        if let Some(kind) = named_heading_kind(line, doc) {
            return Some(kind);
        }
    }
    // "E X P E R I E N C E".
    letters_together(line).and_then(|together| named_heading_kind(together.trim(), doc))
}

/// [`heading_kind`] of a line that [`may_be_heading`] has let through.
fn named_heading_kind(line: &str, doc: DocKind) -> Option<SectionKind> {
    match heading_kind_by_name(line, doc) {
        None if doc == DocKind::Resume => trade_experience(line),
        kind => kind,
    }
}

/// [`named_heading_kind`] by the table of heading names.
fn heading_kind_by_name(line: &str, doc: DocKind) -> Option<SectionKind> {
    let Name {
        name,
        words,
        goes_on,
        parts,
    } = normalise(line, doc)?;
    let map = heading_map(doc);
    if let Some(&kind) = map.get(name.as_str()) {
        // A line of a posting's fields, each with its value ("Location: Pune | Experience:
        // 5-9 years | Type: Full Time"), is no heading: what it says is read where it
        // stands.
        const FIELDS: &[&str] = &[
            "location",
            "job type",
            "job types",
            "schedule",
            "work schedule",
        ];
        if goes_on && doc == DocKind::Job && FIELDS.contains(&name.as_str()) && line.contains(" | ")
        {
            return None;
        }
        // A first-person name ("My experience") is a heading only on a line of its own:
        // "My experience: 8 years as a chef" is a sentence.
        if goes_on && name.starts_with("my ") {
            return None;
        }
        return Some(kind);
    }
    if parts.len > 0 {
        let names: Vec<&str> = parts.of(&name).collect();
        let kinds: Option<Vec<SectionKind>> = names.iter().map(|n| map.get(*n).copied()).collect();
        // (A name that goes on past its joined names is no heading, unless the rules
        // below read it: "About Us – Careers at Acme".)
        if let Some(kinds) = kinds {
            return joined_kind(&names, &kinds, goes_on, doc);
        }
    }
    if goes_on || doc != DocKind::Job {
        return None;
    }
    // "About Acme", "Why Acme?" in postings.
    let first = name.split(' ').next().unwrap_or("");
    if words <= 5 && first == "about" && words > 1 {
        return Some(SectionKind::About);
    }
    // ("Why Northwind", "Why Northwind Health": the company's name in capitals, alone.)
    let why_a_name = || {
        let mut rest = line.split_whitespace().skip(1).peekable();
        rest.peek().is_some()
            && rest.all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '&' | '\'' | '-'))
            })
    };
    if words <= 4 && first == "why" && (line.trim_end().ends_with(['?', ':']) || why_a_name()) {
        return Some(SectionKind::Benefits);
    }
    // "We are looking for a teacher who:", "We're looking for someone with:": a line that
    // introduces the list of what is asked for.
    if line.trim_end().ends_with(':') && past_looking_for(&name) {
        return Some(SectionKind::Requirements);
    }
    None
}

/// A resume's heading of experience in a trade or a field the table does not name
/// ("Kitchen Experience", "CONSTRUCTION EXPERIENCE", "Hospitality Work Experience", "Oil &
/// Gas Experience"): one or two capitalised words before "Experience" or "Work
/// Experience", alone on the line; not unpaid work ("Leadership Experience" of student
/// clubs, "Community Experience"), nor "My Experience".
fn trade_experience(line: &str) -> Option<SectionKind> {
    /// Unpaid work, words that make the line a phrase ("My Experience"), and a posting's
    /// words ("Required Experience", "Skills and Experience").
    const NOT_FIELDS: &[&str] = &[
        "any",
        "community",
        "desirable",
        "desired",
        "education",
        "essential",
        "extracurricular",
        "his",
        "her",
        "knowledge",
        "leadership",
        "little",
        "minimum",
        "more",
        "my",
        "necessary",
        "no",
        "our",
        "preferred",
        "qualifications",
        "required",
        "requirements",
        "skills",
        "some",
        "student",
        "technical",
        "the",
        "their",
        "training",
        "unpaid",
        "volunteer",
        "volunteering",
        "voluntary",
        "your",
    ];
    if !ends_with_experience(line.as_bytes()) {
        return None;
    }
    let head = line
        .trim()
        .trim_start_matches(['#', '*', '-', '•', '▪', '●', '■', '◦', '>', ' ', '\t'])
        .trim_end_matches([':', '*', '#', '_', ' ', '\t', '\r']);
    let mut words: Vec<&str> = head
        .split([' ', '\t'])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and") && *w != "&")
        .collect();
    // "Experience" in capitals or with one: "Linux experience" is a line of a list.
    if !words.pop().is_some_and(|w| w.starts_with('E')) {
        return None;
    }
    if words.last().is_some_and(|w| w.eq_ignore_ascii_case("work")) {
        words.pop();
    }
    let field_word = |w: &&str| {
        w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && !NOT_FIELDS.iter().any(|u| w.eq_ignore_ascii_case(u))
    };
    (matches!(words.len(), 1 | 2) && words.iter().all(field_word))
        .then_some(SectionKind::Experience)
}

/// `line` with the Latin ligatures (ﬀ, ﬁ, ﬂ, ﬃ, ﬄ, ﬅ, ﬆ) written as their letters.
fn without_ligatures(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

/// A line of letters spaced out, as a resume's design sets its headings ("P R O F I L E",
/// "K E Y   S K I L L S", "W O R K  E X P E R I E N C E"), with the letters of each word
/// together and its words (apart by two spaces or more) one space apart; `None` for any
/// other line (a word of two letters or more, fewer than four letters, a long line).
#[inline]
fn letters_together(line: &str) -> Option<String> {
    // A cheap first look, before trimming: a letter, a space, a letter, a space.
    let bytes = line.as_bytes();
    let lead = bytes.iter().position(|b| !matches!(b, b' ' | b'\t'))?;
    if !(bytes.get(lead + 1) == Some(&b' ')
        && bytes.get(lead + 3) == Some(&b' ')
        && bytes[lead].is_ascii_alphabetic()
        && bytes[lead + 2].is_ascii_alphabetic())
    {
        return None;
    }
    spaced_letters_together(line)
}

/// [`letters_together`] past its first look.
fn spaced_letters_together(line: &str) -> Option<String> {
    let trimmed = line.trim();
    if trimmed.len() < 7 || trimmed.len() > 80 {
        return None;
    }
    let mut out = String::with_capacity(trimmed.len() / 2 + 4);
    let mut letters = 0;
    for word in trimmed.split("  ").map(str::trim).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        for piece in word.split(' ') {
            let mut chars = piece.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_alphabetic() || matches!(c, '&' | '/' | ':') => {
                    letters += usize::from(c.is_alphabetic());
                    out.push(c);
                }
                _ => return None,
            }
        }
    }
    (letters >= 4).then_some(out)
}

/// Where a resume's heading of two words or more that ends `line` starts, when it is glued
/// to a word before it ("Project ManagerEducation Details", "Python - 36 monthsSkill
/// Details"): the heading's first capital follows a lower-case letter, a digit or a closing
/// bracket, and the line ends with one of a few words that end such headings. Not a heading
/// of experience ("... monthsCompany Details"): text that lost its line breaks so often
/// tells its positions outside such a section (in a summary run into one line) that an
/// experience section found only so would leave them uncounted.
fn glued_heading(line: &str) -> Option<usize> {
    const LAST_WORDS: &[&str] = &[
        "Details",
        "Experience",
        "Education",
        "Skills",
        "Projects",
        "Certifications",
        "History",
        "Summary",
    ];
    let trimmed = line.trim_end();
    if !LAST_WORDS.iter().any(|w| trimmed.ends_with(w)) {
        return None;
    }
    let bytes = trimmed.as_bytes();
    // The heading is a few words: look back over at most 40 bytes for its first capital.
    let from = bytes.len().saturating_sub(40);
    (from.max(1)..bytes.len()).rev().find(|&i| {
        bytes[i].is_ascii_uppercase()
            && (bytes[i - 1].is_ascii_lowercase()
                || bytes[i - 1].is_ascii_digit()
                || bytes[i - 1] == b')')
            && trimmed[i..].contains(' ')
            && named_heading_kind(&trimmed[i..], DocKind::Resume)
                .is_some_and(|kind| kind != SectionKind::Experience)
    })
}

/// Where the text after a resume's heading in capitals glued to the start of `line` begins
/// ("EXPERIENCEAccounts Payable Specialist", "PROFILESite manager with ...", "WORK
/// EXPERIENCEAcme Corp", "EDUCATIONM.Sc. Computer Science"), as a converter that lost a
/// line break leaves it: the longest run of capitals (and spaces) at the line's start short
/// of its last letter that is a heading name, with a capital and a lower-case letter or a
/// dot after it. Before a word in capitals, only one of a few one-word headings: of
/// education before a degree ("EDUCATIONBTEC Level 3"), of a list before a list
/// ("SKILLSSAP S/4HANA, Excel, Outlook"). Not a word in capitals that begins with a
/// heading's name ("EDUCATIONAL PSYCHOLOGIST", "SKILLSET", "EXPERIENCED").
pub(crate) fn heading_glued_before(line: &str) -> Option<usize> {
    /// One-word headings that may run into a word in capitals.
    const BEFORE_CAPITALS: &[&str] = &[
        "CERTIFICATIONS",
        "CERTIFICATES",
        "EDUCATION",
        "LANGUAGES",
        "QUALIFICATIONS",
        "SKILLS",
    ];
    let bytes = line.as_bytes();
    let lead = bytes
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    // A cheap first look: two capitals.
    if !bytes
        .get(lead..lead + 2)
        .is_some_and(|two| two.iter().all(u8::is_ascii_uppercase))
    {
        return None;
    }
    let caps = bytes[lead..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'&'))
        .count();
    if caps < 5 {
        return None;
    }
    // The heading ends before the capital that starts the next word ("Accounts",
    // "M.Sc.").
    let end = lead + caps - 1;
    let mixed = bytes
        .get(lead + caps)
        .is_some_and(|&b| b.is_ascii_lowercase() || b == b'.')
        && bytes[end].is_ascii_uppercase()
        && bytes[end - 1].is_ascii_uppercase()
        && named_heading_kind(&line[lead..end], DocKind::Resume).is_some();
    if mixed {
        return Some(end);
    }
    // A first word in capitals that starts with a heading and goes on by three capitals
    // or more: a degree's abbreviation after an education heading ("EDUCATIONBTEC"), or a
    // list after a list's heading ("SKILLSSAP S/4HANA, Excel, Outlook"); not a company's
    // name ("SKILLSOFT, Nashua NH", "EDUCATIONUSA").
    let word = &bytes[lead..lead + caps];
    let word = &word[..word
        .iter()
        .position(|b| !b.is_ascii_uppercase())
        .unwrap_or(word.len())];
    let heading = BEFORE_CAPITALS
        .iter()
        .find(|h| word.len() >= h.len() + 3 && word.starts_with(h.as_bytes()))?;
    let rest = std::str::from_utf8(&word[heading.len()..]).ok()?;
    let fits = if matches!(*heading, "EDUCATION" | "QUALIFICATIONS") {
        DEGREE_ABBREVIATIONS.contains(&rest)
    } else {
        bytes.iter().filter(|&&b| b == b',').count() >= 2
    };
    (fits && !word.starts_with(b"SKILLSET")).then_some(lead + heading.len())
}

/// Degrees' abbreviations in capitals that may follow an education heading glued to them.
const DEGREE_ABBREVIATIONS: &[&str] = &[
    "BA", "BBA", "BCA", "BCOM", "BED", "BENG", "BSC", "BTEC", "BTECH", "GCSE", "GED", "HND", "LLB",
    "MA", "MBA", "MCA", "MED", "MENG", "MPHIL", "MSC", "MTECH", "PHD",
];

/// The sections of `text`.
pub fn sections(text: &str, doc: DocKind) -> Vec<Section> {
    let mut out = vec![Section {
        kind: SectionKind::Intro,
        heading: String::new(),
        start: 0,
        end: text.len(),
    }];
    // Lines end at '\n', an ASCII byte: both ends are character boundaries.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain((!text.ends_with('\n')).then_some(text.len()));
    let mut at = 0;
    for end in ends {
        let start = at;
        at = end;
        let line = &text[start..at];
        // Ligatures as PDF text extraction leaves them ("Certiﬁcations"): read as their
        // letters (U+FB00..U+FB06 all begin with the byte 0xEF in UTF-8).
        let unligatured;
        let line = if memchr::memchr(0xEF, line.as_bytes()).is_some() {
            unligatured = without_ligatures(line);
            unligatured.as_str()
        } else {
            line
        };
        // A heading with its letters spaced out ("E X P E R I E N C E", "K E Y   S K I L L
        // S"): read with the letters together.
        let unspaced;
        let line = match letters_together(line) {
            Some(together) => {
                unspaced = together;
                unspaced.as_str()
            }
            None => line,
        };
        // A resume's heading of two words or more glued to the end of the line before it,
        // as text that lost its line breaks has them ("SQL - 92 monthsSkill Details").
        // And one glued to the start of the line after it ("EXPERIENCEAccounts Payable
        // Specialist"): its section starts on that line, as any heading's does.
        let glued = (doc == DocKind::Resume && line.len() == end - start)
            .then(|| glued_heading(line))
            .flatten();
        if doc == DocKind::Resume && glued.is_none() && line.len() == end - start {
            if let Some(i) = heading_glued_before(line) {
                let heading = line[..i].trim();
                if let Some(kind) = named_heading_kind(heading, doc) {
                    if let Some(last) = out.last_mut() {
                        last.end = start;
                    }
                    out.push(Section {
                        kind,
                        heading: heading.to_string(),
                        start,
                        end: text.len(),
                    });
                    continue;
                }
            }
        }
        let (start, line) = match glued {
            Some(i) => (start + i, &line[i..]),
            None => (start, line),
        };
        // The first look ignores white space around the line: asked before trimming, it
        // settles most lines for a few dozen instructions.
        if glued.is_none() && !may_be_heading(line) {
            continue;
        }
        let trimmed = line.trim();
        if let Some(kind) = named_heading_kind(trimmed, doc) {
            // In a posting, a preference or a label of no requirement given on its label's
            // line ("Nice to have: Go.", "Location: Remote", "Job Type: Full-time") is that
            // line's alone: the section before it goes on after it.
            // A resume's "Languages: Swift, Kotlin, Java" inside its skills section is a
            // line of that section (programming or spoken languages, skills both), not a
            // section of its own.
            if doc == DocKind::Resume
                && kind == SectionKind::Other
                && out
                    .last()
                    .is_some_and(|last| last.kind == SectionKind::Skills)
                && trimmed.split_once(':').is_some_and(|(label, value)| {
                    label.trim().to_ascii_lowercase().starts_with("language")
                        && !value.trim().is_empty()
                })
            {
                continue;
            }
            let resumable =
                doc == DocKind::Job && matches!(kind, SectionKind::Preferred | SectionKind::Other);
            let before = out.last_mut().and_then(|last| {
                last.end = start;
                resumable.then(|| (last.kind, last.heading.clone()))
            });
            out.push(Section {
                kind,
                heading: trimmed.to_string(),
                start,
                end: text.len(),
            });
            // A posting's preference given on its label's line ("Nice to have: Go.") is
            // that line's: the section before it goes on after it.
            // Not a label that introduces a list ("Nice to have: any of the following",
            // "Bonus: experience with any of:").
            let inline = || {
                memchr::memchr(b':', trimmed.as_bytes()).is_some_and(|i| {
                    // (Markdown emphasis closing after the colon is no text: "**Nice to
                    // have:**".)
                    let rest = trimmed[i + 1..]
                        .trim_matches(['*', '_', ' ', '\t', '\r'])
                        .to_ascii_lowercase();
                    !rest.is_empty()
                        && !rest.ends_with(':')
                        && !["following", "any of", "one of", "below"]
                            .iter()
                            .any(|w| rest.contains(w))
                })
            };
            if let (
                DocKind::Job,
                SectionKind::Preferred | SectionKind::Other,
                Some((kind, heading)),
            ) = (doc, kind, before.filter(|_| inline()))
            {
                if let Some(last) = out.last_mut() {
                    last.end = end;
                }
                out.push(Section {
                    kind,
                    heading,
                    start: end,
                    end: text.len(),
                });
            }
        }
    }
    if doc == DocKind::Resume {
        labels_inside_positions(text, &mut out);
    }
    // Drop an empty intro, and a section resumed after a preference's line that the next
    // heading or the end of the text leaves empty.
    if out.len() > 1 && text[..out[0].end].trim().is_empty() {
        out.remove(0);
    }
    if out.len() > 1 {
        out.retain(|s| s.end > s.start);
    }
    out
}

/// A resume's label inside a position ("Technologies: Python, Django", "- Projects: $18M
/// medical centre", "Tools: Git, Docker") names what that work used: when the experience
/// goes on after it (a range of dates on a later line of what the label would open: the
/// next position's), the label's section is the experience's. So is that of a heading
/// written otherwise than the experience's (capitals or not, a colon or not: "Achievements:",
/// "Key Projects:", "Awards:" under "EXPERIENCE") over bullets that the next position
/// follows ([`position_after_bullets`]), and that of the last position's part named as
/// parts of a position are ("Achievements:", "Key Projects", "Tech Stack:") over bullets
/// without a year, when the next heading is written as the experience's ("EDUCATION" after
/// "EXPERIENCE"): [`last_part_of_position`]. A label after the last position ("Skills:
/// Python, SQL" before "Education") still opens its own, as do such a heading over entries
/// with dates of their own ("Projects" over "Chat App | Jan 2019 - Dec 2020") and a heading
/// written as the experience's ("PROJECTS" after "EXPERIENCE").
fn labels_inside_positions(text: &str, out: &mut Vec<Section>) {
    let part_kind = |s: &Section| {
        matches!(
            s.kind,
            SectionKind::Skills
                | SectionKind::Projects
                | SectionKind::Other
                | SectionKind::Certifications
        )
    };
    let is_label = |s: &Section| {
        matches!(
            s.kind,
            SectionKind::Skills | SectionKind::Projects | SectionKind::Other
        ) && s
            .heading
            .split_once(':')
            .is_some_and(|(_, value)| !value.trim_matches(['*', '_', ' ', '\t']).is_empty())
    };
    let after_label = |s: &Section| {
        let body = &text[s.start..s.end];
        memchr::memchr(b'\n', body.as_bytes()).map_or("", |n| &body[n..])
    };
    // May the section be the last position's part? (A label not set apart by a blank line;
    // a heading set apart by one only when its capitals differ from the experience's, which
    // the forward pass asks.)
    let may_be_last_part = |s: &Section| {
        (if is_label(s) {
            !blank_line_before(text, s.start)
        } else {
            part_kind(s)
        }) && last_part_of_position(&s.heading, after_label(s), is_label(s))
    };
    let last_parts: Vec<bool> = out.iter().map(may_be_last_part).collect();
    // One pass from the end: for each section, the ways of writing the experience's heading
    // (bits of `1 << written_as`) for which the run of such parts after it ends at a heading
    // written as the experience's (a part written so is no part but closes the run).
    let mut closing: Vec<u32> = vec![0; out.len()];
    for i in (0..out.len().saturating_sub(1)).rev() {
        let next = &out[i + 1];
        let style = 1u32 << written_as(&next.heading);
        closing[i] = match (last_parts[i + 1], is_label(next)) {
            (true, true) => closing[i + 1],
            (true, false) => closing[i + 1] | style,
            (false, true) => 0,
            (false, false) => style,
        };
    }
    // One pass, each section merged into the experience before it or kept; the names of
    // the labels merged into the experience with a position after them, the last of which,
    // after one blank line, is the last position's too ("Technologies:" under every
    // position), once: not after another label that no position follows.
    let mut kept: Vec<Section> = Vec::with_capacity(out.len());
    let mut labels_seen: Vec<String> = Vec::new();
    let mut last_label_used = false;
    for ((section, closing), last_part) in out.drain(..).zip(closing).zip(last_parts) {
        let goes_on = match kept.last() {
            Some(last) if last.kind == SectionKind::Experience => {
                let after_label = after_label(&section);
                let experience_style = written_as(&last.heading);
                let before_top_heading = closing & 1 << experience_style != 0;
                if is_label(&section) {
                    let name = part_name(&section.heading);
                    let seen = || labels_seen.iter().any(|n| n.eq_ignore_ascii_case(name));
                    if has_year_range(after_label) {
                        if labels_seen.len() < 8 && !seen() {
                            labels_seen.push(name.to_owned());
                        }
                        true
                    } else {
                        let two_blank_lines = || {
                            blank_line_before(text, section.start)
                                && blank_line_before(text, line_start_before(text, section.start))
                        };
                        let goes_on = before_top_heading && last_part
                            || !last_label_used
                                && seen()
                                && !two_blank_lines()
                                && last_part_of_position(&section.heading, after_label, true);
                        last_label_used |= goes_on;
                        goes_on
                    }
                } else {
                    let style = written_as(&section.heading);
                    // (A heading after a blank line: in other capitals, or a markdown level
                    // below the experience's.)
                    part_kind(&section)
                        && style != experience_style
                        && (position_after_bullets(after_label)
                            || before_top_heading
                                && last_part
                                && (!blank_line_before(text, section.start)
                                    || style & 1 != experience_style & 1
                                    || style >> 2 > experience_style >> 2))
                }
            }
            _ => false,
        };
        match kept.last_mut() {
            Some(last) if goes_on => last.end = section.end,
            Some(_) | None => {
                labels_seen.clear();
                last_label_used = false;
                kept.push(section);
            }
        }
    }
    *out = kept;
}

/// Does `body` (what a heading of a part of a position opens) hold bullets, and after them
/// a line of its own with a range of dates on it or on one of the two lines after it (the
/// next position's title and dates)? A part whose first line is no bullet ("Chat App | Jan
/// 2019 - Dec 2020", "Tutor, Code Club" above its dates) is a section of entries of its own,
/// and bullets with no line after them leave the section as it is. (Lines indented after a
/// bullet, or starting in lower case, are its wrapped text.)
fn position_after_bullets(body: &str) -> bool {
    let mut lines = body.split('\n');
    let mut bullets = false;
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if opens_with_bullet(trimmed) {
            bullets = true;
            continue;
        }
        // (A line indented or in lower case is a bullet's wrapped text.)
        if bullets && (line.starts_with([' ', '\t']) || trimmed.starts_with(char::is_lowercase)) {
            continue;
        }
        return bullets
            && (has_year_range(line)
                || lines
                    .filter(|l| !l.trim().is_empty())
                    .take(2)
                    .any(has_year_range));
    }
    false
}

/// Names that headings of a part of a position have, rather than of a resume's section of
/// their own.
const PART_NAMES: [&str; 5] = [
    "achievements",
    "key projects",
    "tech stack",
    "technologies",
    "tools",
];

/// The name of a heading or label: its words before a colon, markdown and bullets aside.
fn part_name(heading: &str) -> &str {
    heading
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '-' | '•'))
}

/// Is the line before the one that starts at `start` blank (spaces and a carriage return
/// at most)?
fn blank_line_before(text: &str, start: usize) -> bool {
    let line_start = line_start_before(text, start);
    line_start < start && text[line_start..start].trim().is_empty()
}

/// Where the line before the one that starts at `start` starts (`start` for the first).
fn line_start_before(text: &str, start: usize) -> usize {
    text[..start].strip_suffix('\n').map_or(start, |before| {
        memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1)
    })
}

/// Is the part headed `heading` over `body` (what follows the heading's line) the last
/// position's: a heading named as such parts are ([`PART_NAMES`]), over bullets (or, when
/// it is a `label` with its value on the heading's line, nothing) and no year (a date
/// range, or an award's year that may be before the position: "Winner, ACM ICPC 2012")?
/// The caller asks that the next heading be written as the experience's.
fn last_part_of_position(heading: &str, body: &str, label: bool) -> bool {
    let name = part_name(heading);
    if !PART_NAMES.iter().any(|n| name.eq_ignore_ascii_case(n)) || has_year(body) {
        return false;
    }
    let mut bullets = false;
    // (Under a label, a line of the position's own parts before bullets:
    // "Responsibilities", "Role & Responsibilities:", "Key achievements:".)
    let mut sub_label = false;
    for line in body.split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if opens_with_bullet(trimmed) {
            bullets = true;
            sub_label = false;
        } else if bullets
            && (line.starts_with([' ', '\t']) || trimmed.starts_with(char::is_lowercase))
        {
            continue;
        } else if label && !sub_label && names_a_part_of_a_position(trimmed) {
            sub_label = true;
        } else {
            return false;
        }
    }
    !sub_label && (bullets || label)
}

/// Is `line` a short line naming a part of a position, in no words but those of such
/// names ("Responsibilities", "Role & Responsibilities:", "Key Achievements:", "Duties")?
fn names_a_part_of_a_position(line: &str) -> bool {
    const PARTS: [&str; 6] = [
        "responsibilities",
        "duties",
        "achievements",
        "accomplishments",
        "highlights",
        "contributions",
    ];
    const OTHERS: [&str; 7] = ["role", "key", "main", "major", "my", "and", "amp"];
    let mut words = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let mut part = false;
    line.len() <= 48
        && words.all(|w| {
            let is_part = PARTS.iter().any(|p| w.eq_ignore_ascii_case(p));
            part |= is_part;
            is_part || OTHERS.iter().any(|o| w.eq_ignore_ascii_case(o))
        })
        && part
}

/// Does `text` hold a year from 1900 to 2099 (four digits, no digit beside them)?
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'1', b'2', bytes).any(|i| year_at(bytes, i))
}

/// Does a year from 1900 to 2099 start at `i` in `bytes` (no digit beside it)?
fn year_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i..i + 4).is_some_and(|w| {
        matches!(&w[..2], b"19" | b"20") && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    }) && (i == 0 || !bytes[i - 1].is_ascii_digit())
        && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
}

/// How a heading is written, as a number below 32: in capitals (1) or not, with a colon at
/// its end (2) or not (bullets and emphasis aside), and its markdown level (the `#` before
/// it, up to 7) times 4.
fn written_as(heading: &str) -> u8 {
    let trimmed = heading.trim_start();
    let level = trimmed.bytes().take_while(|&b| b == b'#').take(7).count() as u8;
    let core = trimmed.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '#' | '-' | '•' | '▪' | '●')
    });
    let capitals = core.chars().any(char::is_alphabetic) && !core.chars().any(char::is_lowercase);
    u8::from(capitals) | u8::from(core.ends_with(':')) << 1 | level << 2
}

/// Does `text` hold a range of dates ending in a year from 1900 to 2099 or "present"
/// ("Jan 2020 - Mar 2022", "2019 – Present", "03/2017 to 06/2020"): a year, within 12 bytes
/// a dash or "to", and within 16 bytes after that a year or a word for now? (Not a
/// version's year alone: "MS Office 2016, SQL Server 2019".)
fn has_year_range(text: &str) -> bool {
    let bytes = text.as_bytes();
    let is_year_at = |i: usize| year_at(bytes, i);
    let window =
        |from: usize, len: usize| &bytes[from.min(bytes.len())..(from + len).min(bytes.len())];
    memchr::memchr2_iter(b'1', b'2', bytes)
        .filter(|&i| is_year_at(i))
        .any(|i| {
            let after = window(i + 4, 12);
            let Some(sep) = after
                .iter()
                .position(|&b| b == b'-' || b == 0xE2 || b == b't')
                .filter(|&k| after[k] != b't' || after.get(k + 1) == Some(&b'o'))
            else {
                return false;
            };
            let from = i + 4 + sep + 1;
            let rest = window(from, 16).to_ascii_lowercase();
            ["present", "current", "now", "date"]
                .iter()
                .any(|w| memchr::memmem::find(&rest, w.as_bytes()).is_some())
                || (0..rest.len()).any(|k| is_year_at(from + k))
        })
}

/// The spans of the skills sections: lists of skills, whose risky forms ("Go", "R",
/// "Testing", "English") need no other evidence. A resume's skills section, a section of
/// languages ("Languages": "English, Hindi"), or a posting's requirements or preferences
/// under a heading that names skills ("Required Skills", "Tech Stack", "Tools").
pub(crate) fn skills_lists(sections: &[Section]) -> Vec<(usize, usize)> {
    let names = |heading: &str, words: &[&str]| {
        let h = heading.to_ascii_lowercase();
        words.iter().any(|w| h.contains(w))
    };
    sections
        .iter()
        .filter(|s| match s.kind {
            SectionKind::Skills => true,
            // Not "Knowledge, Skills and Abilities", which is prose ("Ability to work in a
            // fast-paced environment").
            SectionKind::Requirements | SectionKind::Preferred => {
                names(
                    &s.heading,
                    &["skill", "competenc", "tech stack", "technolog", "tools"],
                ) && !names(&s.heading, &["abilit"])
            }
            // The heading's name, not a one-line section's text after its colon.
            SectionKind::Other => names(
                s.heading.split(':').next().unwrap_or_default(),
                &["language"],
            ),
            _ => false,
        })
        .map(|s| (s.start, s.end))
        .collect()
}

/// Drops the mentions in the names of headings ("history" of "Work History", "training" of
/// "Education and Training"): a heading names a part of the text, it claims no skill. The
/// text after a heading's colon ("Skills: Python, SQL") is the section's own.
pub(crate) fn drop_heading_words(text: &str, sections: &[Section], mentions: &mut Vec<Mention>) {
    let names: Vec<(usize, usize)> = sections
        .iter()
        .filter(|s| !s.heading.is_empty())
        .filter_map(|s| {
            let line = text.get(s.start..)?;
            let from = s.start + (line.len() - line.trim_start().len());
            if text.get(from..)?.starts_with(s.heading.as_str()) {
                let name = memchr::memchr(b':', s.heading.as_bytes()).unwrap_or(s.heading.len());
                return Some((from, from + name));
            }
            // A heading with its letters spaced out: its whole line.
            let line = &line[..memchr::memchr(b'\n', line.as_bytes()).unwrap_or(line.len())];
            letters_together(line)
                .is_some_and(|together| together.trim() == s.heading)
                .then(|| (from, s.start + line.trim_end().len()))
        })
        .collect();
    if names.is_empty() {
        return;
    }
    // Both in order: one cursor over the names.
    let mut next = names.iter().peekable();
    mentions.retain(|m| {
        while next.next_if(|&&(_, end)| end <= m.start).is_some() {}
        next.peek()
            .is_none_or(|&&(from, end)| m.start < from || m.end > end)
    });
}

/// Drops the mentions in a resume's section of pastimes ("Interests", "Hobbies and
/// Interests", "Personal interests": "photography, chess, cooking" are no skills offered;
/// not "Research interests"), from its heading to its end.
pub(crate) fn drop_interests(sections: &[Section], mentions: &mut Vec<Mention>) {
    const PASTIMES: &[&str] = &["interests", "interest", "hobbies", "hobby", "pastimes"];
    const BESIDE: &[&str] = &["personal", "other", "outside", "leisure", "and"];
    let pastimes = |heading: &str| {
        let name = &heading[..memchr::memchr(b':', heading.as_bytes()).unwrap_or(heading.len())];
        let words = name
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        words.clone().any(|w| one_of(PASTIMES, w))
            && words
                .clone()
                .all(|w| one_of(PASTIMES, w) || one_of(BESIDE, w))
    };
    let spans: Vec<(usize, usize)> = sections
        .iter()
        .filter(|s| s.kind == SectionKind::Other && pastimes(&s.heading))
        .map(|s| (s.start, s.end))
        .collect();
    if spans.is_empty() {
        return;
    }
    // Both in order: one cursor over the sections.
    let mut next = spans.iter().peekable();
    mentions.retain(|m| {
        while next.next_if(|&&(_, end)| end <= m.start).is_some() {}
        next.peek().is_none_or(|&&(from, _)| m.start < from)
    });
}

/// The kind of the section containing byte `at`.
pub(crate) fn kind_at(sections: &[Section], at: usize) -> SectionKind {
    section_index_at(sections, at).map_or(SectionKind::Intro, |i| sections[i].kind)
}

/// The index of the section `at` is in, if any (none before the first).
pub(crate) fn section_index_at(sections: &[Section], at: usize) -> Option<usize> {
    // Sections are sorted and contiguous; binary search by start.
    sections.partition_point(|s| s.start <= at).checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::super::headings::{JOB_HEADINGS, RESUME_HEADINGS};
    use super::*;
    use SectionKind as K;

    #[test]
    fn languages_in_a_skills_section_are_skills() {
        let text = "SKILLS\nLanguages: Swift, Kotlin, Java\nFrameworks: SwiftUI, UIKit\n\
                    LANGUAGES\nEnglish, Spanish\n";
        let kinds: Vec<K> = sections(text, DocKind::Resume)
            .iter()
            .map(|s| s.kind)
            .collect();
        // The label with its value stays in the skills section; the heading on its own
        // line opens a section.
        assert_eq!(kinds, [K::Skills, K::Other]);
    }

    #[test]
    fn headings_in_the_forms_people_write() {
        let job = |l: &str| heading_kind(l, DocKind::Job);
        assert_eq!(job("Requirements"), Some(K::Requirements));
        assert_eq!(job("## Nice to have"), Some(K::Preferred));
        for heading in [
            "Eligibility Criteria:",
            "We are looking for a teacher who:",
            "We're looking for someone with:",
            "We’re looking for someone with:",
        ] {
            assert_eq!(job(heading), Some(K::Requirements), "{heading}");
        }
        assert_eq!(job("We can offer you:"), Some(K::Benefits));
        assert_eq!(job("Our offer"), Some(K::Benefits));
        // Not a sentence that goes on, nor one without its colon.
        assert_eq!(job("We are looking for a teacher who loves maths."), None);
        for heading in [
            "Highly regarded",
            "Assets",
            "Desirable criteria",
            "Advantageous:",
            "Would be great:",
            "Ideal candidates will also have:",
            "Even better if you have:",
            "Added advantage:",
            "What would be nice:",
            "What we’d love to see:",
            "Even better if:",
            "You might also have:",
            "What sets you apart",
        ] {
            assert_eq!(job(heading), Some(K::Preferred), "{heading}");
        }
        assert_eq!(job("Essential criteria"), Some(K::Requirements));
        for heading in [
            "Your skills:",
            "The ideal candidate will have:",
            "What we need:",
            "WHAT WE EXPECT",
            "What will help you succeed:",
        ] {
            assert_eq!(job(heading), Some(K::Requirements), "{heading}");
        }
        assert_eq!(job("Your mission"), Some(K::Responsibilities));
        assert_eq!(job("Impact You’ll Make:"), Some(K::Responsibilities));
        for heading in [
            "KEY DUTIES",
            "Your day to day",
            "Key accountabilities",
            "KEY PERFORMANCE AREAS:",
            "Key Result Areas (KRAs)",
            "YOUR TASKS",
            "Essential Tasks and Responsibilities",
        ] {
            assert_eq!(job(heading), Some(K::Responsibilities), "{heading}");
        }
        let cv = |l: &str| heading_kind(l, DocKind::Resume);
        assert_eq!(cv("Personal Statement"), Some(K::Summary));
        assert_eq!(cv("Licences & Tickets"), Some(K::Certifications));
        assert_eq!(cv("Professional Development"), Some(K::Certifications));
        assert_eq!(cv("TECH STACK"), Some(K::Skills));
        for heading in [
            "Positions of Responsibility",
            "Extra-Curricular Activities",
            "EXTRACURRICULAR ACTIVITIES:",
        ] {
            assert_eq!(cv(heading), Some(K::Other), "{heading}");
        }
        assert_eq!(job("WHAT YOU'LL DO:"), Some(K::Responsibilities));
        assert_eq!(job("What You’ll Do"), Some(K::Responsibilities));
        assert_eq!(job("What’s in it for you?"), Some(K::Benefits));
        assert_eq!(job("**Benefits**"), Some(K::Benefits));
        assert_eq!(job("3. Preferred Qualifications:"), Some(K::Preferred));
        assert_eq!(job("- Bonus points"), Some(K::Preferred));
        assert_eq!(job("About Acme Robotics"), Some(K::About));
        assert_eq!(job("Why Northwind"), Some(K::Benefits));
        assert_eq!(job("Why Northwind Health?"), Some(K::Benefits));
        assert_eq!(job("Why we ask"), None);
        assert_eq!(job("Requirements: Python, SQL"), Some(K::Requirements));
        assert_eq!(job("Perks & Benefits"), Some(K::Benefits));
        for preferred in [
            "Bonus points for:",
            "Desired:",
            "What would make you stand out:",
        ] {
            assert_eq!(job(preferred), Some(K::Preferred), "{preferred}");
        }
        assert_eq!(
            job("You might be a fit if you have:"),
            Some(K::Requirements)
        );
        assert_eq!(job("We need someone who knows Python."), None);
        assert_eq!(job("About the work we do every day in our busy team"), None);
        let cv = |l: &str| heading_kind(l, DocKind::Resume);
        assert_eq!(cv("WORK EXPERIENCE"), Some(K::Experience));
        assert_eq!(cv("Education:"), Some(K::Education));
        assert_eq!(cv("Technical Skills"), Some(K::Skills));
        assert_eq!(cv("Licenses & Certifications"), Some(K::Certifications));
        assert_eq!(cv("Professional Summary"), Some(K::Summary));
        // Joined names: education wins over training, a summary over qualifications.
        assert_eq!(cv("TRAINING & EDUCATION"), Some(K::Education));
        assert_eq!(cv("Certifications and Education"), Some(K::Education));
        assert_eq!(cv("QUALIFICATIONS SUMMARY"), Some(K::Summary));
        assert_eq!(cv("SKILLS & EDUCATION"), Some(K::Skills));
        assert_eq!(cv("EDUCATION SUMMARY"), Some(K::Education));
        assert_eq!(cv("Education & Work Experience"), Some(K::Experience));
        for heading in [
            "Employment Details:",
            "Current Position",
            "Previous Positions",
        ] {
            assert_eq!(cv(heading), Some(K::Experience), "{heading}");
        }
        assert_eq!(cv("Selected Publications"), Some(K::Other));
        assert_eq!(cv("S E L E C T E D   W O R K"), Some(K::Projects));
        // Experience in a trade or field the table does not name; not unpaid work.
        for trade in [
            "KITCHEN EXPERIENCE",
            "Culinary Experience:",
            "Hospitality Work Experience",
            "CONSTRUCTION EXPERIENCE",
            "Oil and Gas Experience",
        ] {
            assert_eq!(cv(trade), Some(K::Experience), "{trade}");
        }
        assert_eq!(cv("VOLUNTEER EXPERIENCE"), Some(K::Other));
        // A resume in the first person names its experience so, not a trade's.
        assert_eq!(cv("My experience"), Some(K::Experience));
        assert_eq!(cv("My experience: 8 years as a chef in hotels"), None);
        assert_eq!(cv("What I would bring"), Some(K::Summary));
        let text = "Marcus Bell\n\nKITCHEN EXPERIENCE\nSous Chef, Row 34, 2021 to Present\n";
        let found = sections(text, DocKind::Resume);
        assert_eq!(
            found.last().map(|s| (s.kind, s.heading.as_str())),
            Some((K::Experience, "KITCHEN EXPERIENCE"))
        );
        for other in [
            "Leadership Experience",
            "Community Experience",
            "Required Experience:",
            "Knowledge and Experience",
            "Linux experience",
        ] {
            assert_ne!(cv(other), Some(K::Experience), "{other}");
        }
        for licences in [
            "LICENSURE",
            "Licensure and Certification",
            "Credentials:",
            "Professional Licenses",
        ] {
            assert_eq!(cv(licences), Some(K::Certifications), "{licences}");
        }
        // A ligature of PDF text extraction reads as its letters.
        let text = "Summary\nNurse.\nCertiﬁcations\nBLS\n";
        let kinds: Vec<K> = sections(text, DocKind::Resume)
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(kinds, [K::Summary, K::Certifications]);
        // The headings of Philippine and other Commonwealth resumes, and of postings.
        for (heading, kind) in [
            ("EDUCATIONAL ATTAINMENT", K::Education),
            ("TRAININGS AND SEMINARS", K::Certifications),
            ("Seminars Attended", K::Certifications),
            ("ON-THE-JOB TRAINING", K::Experience),
            ("CHARACTER REFERENCES", K::Other),
            ("PERSONAL DATA", K::Other),
            ("Personal Particulars", K::Other),
        ] {
            assert_eq!(cv(heading), Some(kind), "{heading}");
        }
        for heading in [
            "Mandatory requirements",
            "What we need from you:",
            "Key competencies",
        ] {
            assert_eq!(job(heading), Some(K::Requirements), "{heading}");
        }
    }

    #[test]
    fn headings_that_join_two_or_three_names() {
        let job = |l: &str| heading_kind(l, DocKind::Job);
        assert_eq!(job("Qualifications and Skills:"), Some(K::Requirements));
        assert_eq!(job("QUALIFICATIONS & SKILLS"), Some(K::Requirements));
        assert_eq!(job("Key Skills / Competencies"), Some(K::Requirements));
        assert_eq!(
            job("Responsibilities and Requirements"),
            Some(K::Requirements)
        );
        assert_eq!(
            job("Requirements & Responsibilities:"),
            Some(K::Requirements)
        );
        assert_eq!(job("Salary, Perks and Benefits"), Some(K::Benefits));
        assert_eq!(job("Benefits and Requirements"), Some(K::Requirements));
        assert_eq!(
            job("Company Overview & Requirements"),
            Some(K::Requirements)
        );
        assert_eq!(job("Bonus & Benefits"), Some(K::Benefits));
        assert_eq!(job("Skills / Nice to have"), Some(K::Preferred));
        assert_eq!(job("Experience a plus"), Some(K::Preferred));
        assert_eq!(job("Desired Skills and Experience"), Some(K::Preferred));
        // Indian job boards head their requirements so.
        assert_eq!(job("Desired Profile:"), Some(K::Requirements));
        assert_eq!(job("Desired Candidate Profile"), Some(K::Requirements));
        // A note in brackets after the name.
        assert_eq!(job("Desirable (not required)"), Some(K::Preferred));
        assert_eq!(job("Nice to have (optional):"), Some(K::Preferred));
        assert_eq!(job("Essential Duties"), Some(K::Responsibilities));
        // A job board's fields of the posting.
        assert_eq!(
            job("Department: Engineering - Software & QA"),
            Some(K::Other)
        );
        assert_eq!(job("Role Category: Software Development"), Some(K::Other));
        assert_eq!(job("Reference: TMN/SCM/2026/047"), Some(K::Other));
        // "About You" joined to another name; "About Acme" still the company.
        assert_eq!(job("About You – Essential"), Some(K::Requirements));
        assert_eq!(job("About You / Desirable"), Some(K::Preferred));
        assert_eq!(job("About Us – Careers at Acme"), Some(K::About));
        assert_eq!(job("About Corbell Hartley"), Some(K::About));
        // A line of fields is none; a field alone on its line still is one.
        assert_eq!(job("Location: Pune | Experience: 5-9 years"), None);
        assert_eq!(job("Location: Hoboken, New Jersey"), Some(K::Other));
        assert_eq!(job("Bonus Skills:"), Some(K::Preferred));
        assert_eq!(
            job("Responsibilities, Benefits and Requirements"),
            Some(K::Requirements)
        );
        assert_eq!(job("Location & Salary"), Some(K::Other));
        assert_eq!(job("Nice to have & Bonus"), Some(K::Preferred));
        assert_eq!(job("Education Preferred"), Some(K::Preferred));
        assert_eq!(job("Preferred Location: Midwest, or remote"), None);
        assert_eq!(
            job("Skills & Experience: Python, SQL"),
            Some(K::Requirements)
        );
        assert_eq!(
            job("Qualifications / Experience: 5 years"),
            Some(K::Requirements)
        );
        // A name, then words that begin none; four names; a name inside a sentence.
        assert_eq!(job("Qualifications and more"), None);
        assert_eq!(job("Skills / Salary / Location / Education"), None);
        assert_eq!(
            job("Experience and skills are what we value most here"),
            None
        );
        assert_eq!(job("Skills Python and SQL"), None);
        let cv = |l: &str| heading_kind(l, DocKind::Resume);
        assert_eq!(cv("Education & Certifications"), Some(K::Education));
        assert_eq!(cv("Skills and Experience"), Some(K::Experience));
        assert_eq!(cv("Education & Work Experience"), Some(K::Experience));
        assert_eq!(cv("Projects & Internships"), Some(K::Experience));
        assert_eq!(cv("Projects & Achievements"), Some(K::Projects));
        assert_eq!(cv("Tools & Technologies"), Some(K::Skills));
        // In a resume, a line that goes on after its colon is a label.
        assert_eq!(cv("Tools & Technologies: Git, Docker"), None);
        assert_eq!(cv("Tools: Git, Docker"), Some(K::Skills));
        // Each name must be one of this kind of document's.
        assert_eq!(cv("Education and Nice to have"), None);
        // The sections of a posting under such a heading.
        let text = "Company Overview\nWe build tools.\n\nQualifications and Skills:\n- 2+ years of Python\n";
        let kinds: Vec<SectionKind> = sections(text, DocKind::Job)
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(kinds, [K::About, K::Requirements]);
    }

    #[test]
    fn the_first_look_turns_away_no_line_the_full_check_accepts() {
        let names = JOB_HEADINGS.iter().chain(RESUME_HEADINGS).map(|(n, _)| *n);
        let odd = [
            "Skills AND Experience",
            "(Work history)",
            "/Work history",
            "A Plus:",
            "Work history\u{a0}",
            "Work history\x0b",
            "IT skills",
            "Why Acme?",
            "About the team",
            "Experience with Python",
        ];
        for name in names.map(str::to_string).chain(odd.map(str::to_string)) {
            let upper = name.to_uppercase();
            for line in [
                name.clone(),
                upper.clone(),
                format!("{name}: Python, SQL"),
                format!("{name} \r\n"),
                format!("  - {upper}\t"),
                format!("{name}  and more"),
                format!("{name} of the team"),
                format!("{name} Skills"),
                format!("{name} & Perks:"),
                format!("{name} and Requirements"),
            ] {
                for doc in [DocKind::Job, DocKind::Resume] {
                    assert!(
                        may_be_heading(&line) || named_heading_kind(line.trim(), doc).is_none(),
                        "{line:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_first_look_passes_every_heading_name_in_every_form() {
        for (name, _) in JOB_HEADINGS.iter().chain(RESUME_HEADINGS) {
            for line in [
                name.to_string(),
                name.to_uppercase(),
                format!("## {name}:"),
                format!("3. {name}"),
                format!("IV. {name}"),
                format!("12) {name}"),
                format!("• **{name}**"),
                format!("▪ {name}"),
            ] {
                assert!(may_be_heading(&line), "{line}");
            }
        }
        // Every heading name starts with a letter (the first look turns away a line whose
        // first word starts with a digit).
        assert!(!first_letters().1.contains(&Vec::new()));
        // A number not followed by "." or ")" is no list number: the line starts with it.
        assert!(!may_be_heading("2019 – Present"));
        assert!(!may_be_heading("• 3 years of Python"));
        assert!(may_be_heading("2) Skills"));
        assert!(!may_be_heading("- Designed REST APIs in Go"));
        assert!(!may_be_heading("Built data pipelines."));
        assert!(!may_be_heading("3rd place"));
        assert!(!may_be_heading("--"));
        assert!(may_be_heading("Éducation"));
        // The second look: a heading name's first word, then a word none has after it.
        assert!(!may_be_heading("Experience with Python and Django"));
        assert!(!may_be_heading("- Experience designing REST APIs"));
        assert!(!may_be_heading("WORK WITH US"));
        // Left to the full check: "and", symbols, one word, "About ...", odd spacing.
        assert!(may_be_heading("Skills and Experience"));
        assert!(may_be_heading("Skills & Experience"));
        assert!(may_be_heading("Work History:"));
        assert!(may_be_heading("Work  history"));
        assert!(may_be_heading("About Acme"));
        assert!(may_be_heading("Experience"));
        assert!(may_be_heading("What's in it for you"));
    }

    #[test]
    fn a_heading_glued_to_the_line_before_opens_its_section() {
        let text = "Summary\nSQL- Exprience - 92 monthsSkill Details\ncompany - Acme\n\
                    Project ManagerEducation Details\nB.Tech\nSQL - 3 monthsCompany Details\n";
        let s = sections(text, DocKind::Resume);
        let kinds: Vec<(SectionKind, &str, &str)> = s
            .iter()
            .map(|s| (s.kind, s.heading.as_str(), &text[s.start..s.start + 7]))
            .collect();
        assert_eq!(
            kinds,
            [
                (SectionKind::Summary, "Summary", "Summary"),
                (SectionKind::Skills, "Skill Details", "Skill D"),
                (SectionKind::Education, "Education Details", "Educati"),
            ]
        );
        // (A heading of experience found only so would leave the positions of a summary
        // run into one line uncounted.)
        // Not in postings, not a heading's words inside a sentence, not one word.
        assert_eq!(sections(text, DocKind::Job).len(), 1);
        for line in [
            "Led the migration of Work Experience\n",
            "Built the pipelineSkills\n",
            "I like sharing Company Details\n",
        ] {
            let s = sections(line, DocKind::Resume);
            assert!(
                s.iter().all(|s| s.kind == SectionKind::Intro),
                "{line:?}: {s:?}"
            );
        }
    }

    #[test]
    fn a_heading_glued_to_the_start_of_its_first_line() {
        let text = "Kwame Asante\nSUMMARYAccounts payable specialist.\n\
                    EXPERIENCEAccounts Payable Specialist\nLindqvist Packaging Co.\n2025/02 - now\n\
                    WORK EXPERIENCEAcme Corp\n\
                    EDUCATIONAL PSYCHOLOGIST\nSKILLSSAP, Excel, Outlook\n";
        let got: Vec<(SectionKind, &str)> = sections(text, DocKind::Resume)
            .iter()
            .map(|s| {
                let line = text[s.start..s.end].lines().next().unwrap_or("");
                (s.kind, &line[heading_glued_before(line).unwrap_or(0)..])
            })
            .collect();
        assert_eq!(
            got,
            [
                (SectionKind::Intro, "Kwame Asante"),
                (SectionKind::Summary, "Accounts payable specialist."),
                (SectionKind::Experience, "Accounts Payable Specialist"),
                (SectionKind::Experience, "Acme Corp"),
                (SectionKind::Skills, "SAP, Excel, Outlook"),
            ]
        );
        assert_eq!(heading_glued_before("PROFILESite manager"), Some(7));
        assert_eq!(
            heading_glued_before("EDUCATIONM.Sc. Computer Science"),
            Some(9)
        );
        assert_eq!(
            heading_glued_before("SKILLSSAP S/4HANA, Excel, Outlook"),
            Some(6)
        );
        assert_eq!(heading_glued_before("EDUCATIONBTEC Level 3"), Some(9));
        for line in [
            "EDUCATIONAL PSYCHOLOGIST",
            "SKILLSETS: Python",
            "SKILLSET",
            "EXPERIENCED NURSE",
            "EXPERIENCE",
            "Experience",
            "SENIOR SOFTWARE ENGINEER",
            "SKILLSOFT, Nashua NH",
            "EDUCATIONUSA Adviser",
        ] {
            assert_eq!(heading_glued_before(line), None, "{line}");
        }
    }

    #[test]
    fn headings_with_their_letters_spaced_out() {
        let text = "T Y R O N E   M I T C H E L L\nP R O F I L E\nLeader.\n\
                    E X P E R I E N C E\nClerk, Acme, 2019 - 2021\n\
                    K E Y   S K I L L S\nExcel\nE D U C A T I O N :\nDiploma\n";
        let kinds: Vec<SectionKind> = sections(text, DocKind::Resume)
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Intro,
                SectionKind::Summary,
                SectionKind::Experience,
                SectionKind::Skills,
                SectionKind::Education
            ]
        );
        assert_eq!(
            letters_together("K E Y   S K I L L S").as_deref(),
            Some("KEY SKILLS")
        );
        // Words, initials and short lines are no spaced heading.
        for line in [
            "A B testing",
            "J R R Tolkien",
            "A B C",
            "I a m here",
            "U X  R e search",
        ] {
            assert_eq!(letters_together(line), None, "{line}");
        }
    }

    #[test]
    fn sections_split_the_text() {
        let text = "Acme builds robots.\n\nRequirements:\n- 3+ years of Rust\n\nNice to have\n- Go\n\nBenefits\n- 401(k)\n";
        let s = sections(text, DocKind::Job);
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [K::Intro, K::Requirements, K::Preferred, K::Benefits]
        );
        assert_eq!(s[1].heading, "Requirements:");
        assert_eq!(kind_at(&s, text.find("Rust").unwrap()), K::Requirements);
        assert_eq!(kind_at(&s, text.find("Go").unwrap()), K::Preferred);
        assert_eq!(kind_at(&s, text.find("401").unwrap()), K::Benefits);
        assert_eq!(kind_at(&s, 0), K::Intro);
        // Contiguous and covering the text.
        assert_eq!(s.last().unwrap().end, text.len());
        assert!(s.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(sections("", DocKind::Job).len(), 1);
    }

    #[test]
    fn a_label_inside_a_position_keeps_the_experience_going() {
        let kinds_of = |text: &str| -> Vec<SectionKind> {
            sections(text, DocKind::Resume)
                .iter()
                .map(|s| s.kind)
                .collect()
        };
        let kinds = |label: &str| {
            kinds_of(&format!(
                "Experience\nDeveloper, Acme | Jan 2023 - Present\n- Built services\n{label}\n\n\
                 Analyst, Beta | 07/2021 - 12/2022\n- Reports\n\nEducation\nBSc, 2021\n"
            ))
        };
        for label in [
            "Technologies: Python, Django",
            "- Projects: $18M medical centre, $32M townhouses",
            "• Tools: Git, Docker",
        ] {
            assert_eq!(kinds(label), [K::Experience, K::Education], "{label}");
        }
        // After the last position, a label opens its own section; so does a heading alone.
        let text = "Experience\nDeveloper, Acme | 2020 - 2023\n- Built services\n\
                    Skills: Python, SQL\nLanguages: English\n\nEducation\nBSc, 2019\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Skills, K::Education]);
        let text = "Experience\nDeveloper, Acme | 2020 - 2023\nProjects\nBilling revamp 2022\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Projects]);
        assert!(has_year_range("Analyst, Beta | 07/2021 - 12/2022"));
        assert!(has_year_range("Jan 2020 – Present") && has_year_range("2015 to 2017"));
        assert!(!has_year_range("MS Office 2016, SQL Server 2019") && !has_year_range("20190-2"));
        // A version's year in what the label opens keeps it its own section.
        let text = "Experience\nDeveloper, Acme | 2020 - 2023\n- Built services\n\
                    Skills: Java, Python\nMS Office 2016, SQL Server 2019\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Skills]);

        // A heading written otherwise than the experience's heads a part of a position
        // when the experience goes on after it; one written as the experience's opens
        // its own section.
        let parts = |heading: &str, part: &str| {
            kinds_of(&format!(
                "{heading}\nDeveloper, Acme\nJan 2023 - Present\n{part}\n- Cut costs 20%\n\n\
                 Analyst, Beta\n07/2021 - 12/2022\n- Reports\n\nEDUCATION\nBSc, 2021\n"
            ))
        };
        for (heading, part) in [
            ("EXPERIENCE", "Achievements:"),
            ("EXPERIENCE", "Key Projects:"),
            ("EXPERIENCE", "Awards"),
            ("Experience", "ACHIEVEMENTS"),
            ("Work Experience:", "Training"),
        ] {
            assert_eq!(
                parts(heading, part),
                [K::Experience, K::Education],
                "{heading} / {part}"
            );
        }
        for (heading, part) in [
            ("EXPERIENCE", "PROJECTS"),
            ("EXPERIENCE", "ACHIEVEMENTS"),
            ("Work Experience:", "Achievements:"),
        ] {
            assert_eq!(parts(heading, part).len(), 3, "{heading} / {part}");
        }
        // After the last position, such a heading opens its own section, and so does one
        // over entries with dates of their own, or over bullets with dates and nothing
        // after them.
        let text = "EXPERIENCE\nDeveloper, Acme | 2020 - 2023\n- Built services\n\
                    Awards:\nEmployee of the year\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Other]);
        for part in [
            "Projects\nChat App | Jan 2019 - Dec 2020\n- A chat app in Go",
            "Volunteer Experience\nTutor, Code Club\n2016 - 2020",
            "Technical Skills\nPython (2015 - 2020), Go (2019 - 2023)",
            "Awards\n- Employee of the Year, 2019 - 2020",
            "Training:\n- Java Bootcamp, 2017 - 2018\n- AWS course, 2019 - 2020",
        ] {
            let text = format!(
                "EXPERIENCE\nDeveloper, Acme\nJan 2022 - Present\n- Built services\n\n\
                 {part}\n\nEDUCATION\nBSc, 2016\n"
            );
            assert_eq!(kinds_of(&text).len(), 3, "{part}");
        }
        // The last position's part named as parts are, over bullets without dates, before
        // a heading written as the experience's, is that position's; a label is too when
        // no blank line sets it apart.
        let last = |part: &str, next: &str| {
            kinds_of(&format!(
                "EXPERIENCE\nDeveloper, Acme\nJan 2022 - Present\n- Built services\n{part}\n\n\
                 {next}\nBSc, 2016\n"
            ))
        };
        for part in [
            "Achievements:\n- Cut Snowflake costs 30%\n- Moved Kafka to Spark",
            "Key Projects\n• Billing revamp in Go\n  with gRPC",
            "Tech Stack: Python, Django",
            "Achievements:\n- Cut costs 30%\nTech Stack: Python\nTools: Git",
        ] {
            assert_eq!(
                last(part, "EDUCATION"),
                [K::Experience, K::Education],
                "{part}"
            );
        }
        for (part, next) in [
            // The next heading written otherwise, or a label's value after it.
            ("Achievements:\n- Cut costs 30%", "Education"),
            ("Achievements:\n- Cut costs 30%", "Languages: English"),
            // Not a part's name, or dates, or a line that is no bullet.
            ("Skills:\n- Python\n- SQL", "EDUCATION"),
            (
                "Achievements:\n- Employee of the year, 2019 - 2020",
                "EDUCATION",
            ),
            ("Key Projects\nChat App\n- A chat app in Go", "EDUCATION"),
            // A label set apart by a blank line (with a space or a carriage return on it
            // too); a heading set apart by one whose capitals are the experience's; an
            // award's year; a run of parts that a label closes.
            ("\nTools: Git, Docker", "EDUCATION"),
            (" \r\nTools: Git, Docker", "EDUCATION"),
            ("\nTECHNOLOGIES:\n- Kafka", "EDUCATION"),
            ("Achievements:\n- Winner, ACM ICPC 2012 (C++)", "EDUCATION"),
            (
                "Achievements:\n- Cut costs 30%\nTech Stack: Python",
                "Languages: English",
            ),
        ] {
            assert_eq!(last(part, next).len(), 3, "{part} / {next}");
        }
        // A part written as the experience's closes the run before it.
        assert_eq!(
            last(
                "Achievements:\n- Cut costs\nTECHNOLOGIES\n- Kafka",
                "Education"
            ),
            [K::Experience, K::Skills, K::Education]
        );
        // A heading set apart by a blank line, capitals unlike the experience's.
        assert_eq!(
            last("\nKey Projects\n- Billing revamp in Go", "EDUCATION"),
            [K::Experience, K::Education]
        );
        // The last of the labels every position has, after a blank line, before anything.
        let text = "Experience\nDeveloper, Acme\nJan 2022 - Present\n- Built services\n\n\
                    Technologies: Go, gRPC\n\nAnalyst, Beta\n07/2021 - 12/2021\n- Reports\n\n\
                    Technologies: SQL, Tableau\n\nEducation\nBSc, 2016\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Education]);
        assert_eq!(
            kinds_of(&text.replace("Technologies: Go, gRPC\n\n", "")),
            [K::Experience, K::Skills, K::Education]
        );
        // A label over the position's own parts: its duties under a line that names them.
        for part in [
            "Technologies: Excel, Outlook\n\nResponsibilities\n• Reports in Excel\n\n",
            "Tools: SSIS, Power BI\nRole &amp; Responsibilities:\n• Cleansed data in SSIS",
        ] {
            assert_eq!(
                last(part, "EDUCATION"),
                [K::Experience, K::Education],
                "{part}"
            );
        }
        for part in [
            "Tools: Git\nSide Projects\n- A Rust CLI",
            "Tools: Git\nResponsibilities",
            "Tools: Git\nResponsibilities since 2019\n- Reports",
            // Words of such a line in another line, or under a heading.
            "Tools: Go\nOpen Source Contributions\n- Patches to Kubernetes",
            "Tools: Go\nShared on-call duties\n- Paged twice",
            "\nAchievements\nAcademic highlights\n- Winner, Kaggle Python challenge",
        ] {
            assert_eq!(last(part, "EDUCATION").len(), 3, "{part}");
        }
        // Once, and after one blank line at most: later labels of that name, with no
        // position after them, are the resume's.
        let text = "EXPERIENCE\nDeveloper, Acme\nJan 2022 - Present\n- Built services\n\
                    Technologies: Go\n\nAnalyst, Beta\n07/2019 - 12/2021\n- Reports\n\
                    Technologies: SQL\n\nTechnologies: Kubernetes, Terraform\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Skills]);
        let text = "EXPERIENCE\nDeveloper, Acme\nJan 2022 - Present\n- Built services\n\
                    Technologies: Go\n\nAnalyst, Beta\n07/2019 - 12/2021\n- Reports\n\n\n\
                    Technologies: SQL\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Skills]);
        assert_eq!(
            kinds_of(&text.replace("\n\n\nTech", "\n\nTech")),
            [K::Experience]
        );
        // A markdown heading a level below the experience's is written otherwise, after a
        // blank line too.
        let text = "## Experience\nDeveloper, Acme\nJan 2023 - Present\n- Built Go\n\n\
                    ### Tools\n- Kubernetes\n\n## Education\nBSc, 2021\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Education]);
        let text = "## Experience\nDeveloper, Acme\nJan 2023 - Present\n### Achievements\n\
                    - Cut costs 20%\n\nAnalyst, Beta\n07/2021 - 12/2022\n- Reports\n\n\
                    ## Education\nBSc, 2021\n";
        assert_eq!(kinds_of(text), [K::Experience, K::Education]);
        assert!(blank_line_before("a\n \r\nb", 5) && !blank_line_before("a\nb", 2));
        assert!(!blank_line_before("b", 0));
        assert!(position_after_bullets(
            "- Cut costs\n  by 20%\n\nAnalyst, Beta\n07/2021 - 12/2022\n"
        ));
        assert!(!position_after_bullets(
            "- Cut costs\nby 20% in 2019 - 2020\n"
        ));
        assert!(position_after_bullets(
            "- Cut costs\nby 20%\nAnalyst, Beta\n07/2021 - 12/2022\n"
        ));
    }

    #[test]
    fn a_preference_on_its_label_line_is_that_line_only() {
        let text =
            "Requirements:\n- Python\nNice to have: Go\n- SQL\nPreferred: Rust\nBenefits\n- Gym\n";
        let s = sections(text, DocKind::Job);
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                K::Requirements,
                K::Preferred,
                K::Requirements,
                K::Preferred,
                K::Benefits
            ]
        );
        assert_eq!(kind_at(&s, text.find("SQL").unwrap()), K::Requirements);
        assert_eq!(kind_at(&s, text.find("Go").unwrap()), K::Preferred);
        assert!(s.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(s.last().unwrap().end, text.len());
        // A label alone on its line opens a section as before; a resume's label line
        // keeps the section it opens.
        let s = sections("Nice to have:\n- Go\n- SQL\n", DocKind::Job);
        assert_eq!(s.iter().map(|s| s.kind).collect::<Vec<_>>(), [K::Preferred]);
        // So does a label that introduces the list below it, and one whose markdown
        // emphasis closes after the colon.
        for label in [
            "Nice to have: any of the following",
            "Bonus: experience with any of:",
            "**Preferred:**",
            "*Nice to have:*",
            "__Nice to have:__",
            "Nice to have:**",
        ] {
            let text = format!("Requirements\n- Python\n{label}\n- Go\n");
            let s = sections(&text, DocKind::Job);
            assert_eq!(
                kind_at(&s, text.find("Go").unwrap()),
                K::Preferred,
                "{label}"
            );
        }
        let s = sections("Skills: Python\nJava\n", DocKind::Resume);
        assert_eq!(s.iter().map(|s| s.kind).collect::<Vec<_>>(), [K::Skills]);
    }
}
