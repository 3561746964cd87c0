//! Degrees: level ("Bachelor's", "B.S.", "BSc", "B.E.", "B.Tech", "M.S.", "MSc", "MBA",
//! "Ph.D.", "high school", "associate degree") and field ("in Computer Science").
//!
//! Bare abbreviations that are also English words ("BA", "MS", "MA", "BE", "AS") count only
//! in capitals; spelled-out and dotted forms in any case.

use std::sync::OnceLock;

use super::anchored::{Group, WordSet};
use super::words::Starts;
use crate::extract::Mention;
use serde::{Deserialize, Serialize};

mod field;
mod progress;
mod study;

use field::field_after;
pub(crate) use progress::in_progress;
pub(crate) use study::FieldTest;
pub use study::{FieldClasses, FieldFit, RELATED_FIELD_CREDIT, UNRELATED_FIELD_CREDIT};

/// A degree level, ordered from lowest to highest (an MBA orders after a master's degree
/// but ranks with it: compare levels by [`DegreeLevel::rank`], as the matcher does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DegreeLevel {
    /// High school diploma, GED, 10th/12th grade certificates.
    HighSchool,
    /// Associate degree.
    Associate,
    /// Bachelor's degree (BA, BS, BSc, BE, BTech, BCom, LLB, BSN, BFA, BSW, MBBS, B.D.S., ...).
    Bachelor,
    /// Master's degree (MA, MS, MSc, MTech, MCA, LLM, MPH, MFA, MSN, MSW, ...).
    Master,
    /// Master of Business Administration (a master's level degree).
    Mba,
    /// Doctorate (PhD, DPhil, MD, JD, PharmD, EdD, DNP, DPT, D.D.S., D.M.D., DVM).
    Doctorate,
}

impl DegreeLevel {
    /// 1 (high school) to 5 (doctorate); MBA ranks with master's degrees.
    pub fn rank(self) -> u8 {
        match self {
            DegreeLevel::HighSchool => 1,
            DegreeLevel::Associate => 2,
            DegreeLevel::Bachelor => 3,
            DegreeLevel::Master | DegreeLevel::Mba => 4,
            DegreeLevel::Doctorate => 5,
        }
    }

    /// The snake_case name used in JSON and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            DegreeLevel::HighSchool => "high_school",
            DegreeLevel::Associate => "associate",
            DegreeLevel::Bachelor => "bachelor",
            DegreeLevel::Master => "master",
            DegreeLevel::Mba => "mba",
            DegreeLevel::Doctorate => "doctorate",
        }
    }
}

/// A degree mentioned in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Degree {
    /// Its level.
    pub level: DegreeLevel,
    /// Its fields, when stated: one ("Computer Science"), or those offered together
    /// ("Computer Science, Statistics, or Mathematics" gives three), the first first.
    pub fields: Vec<String>,
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// Case-insensitive degree names, by level (the first that matches wins, as in an
/// alternation of them).
const SPELLED: &[(DegreeLevel, &str)] = &[
    (
        DegreeLevel::Doctorate,
        r"(?-u:\b)ph\.?\s?d(?-u:\b)\.?|(?-u:\b)pharm\.?\s?d(?-u:\b)\.?|(?-u:\b)ed\.d(?-u:\b)\.?|(?-u:\b)doctorate(?-u:\b)|(?-u:\b)doctoral\s+degree|(?-u:\b)d\.?phil(?-u:\b)\.?|(?-u:\b)doctor\s+of\s+(?:philosophy|nursing\s+practice|education|physical\s+therapy|pharmacy|psychology|medicine|business\s+administration|dental\s+surgery|dental\s+medicine|veterinary\s+medicine|osteopathic\s+medicine|jurisprudence|law)(?-u:\b)|(?-u:\b)juris\s+doctor(?:ate)?(?-u:\b)|(?-u:\b)j\.d(?-u:\b)\.?|(?-u:\b)m\.d\.|(?-u:\b)d\.d\.s(?-u:\b)\.?|(?-u:\b)d\.m\.d(?-u:\b)\.?|(?-u:\b)d\.v\.m(?-u:\b)\.?|(?-u:\b)d\.n\.p(?-u:\b)\.?",
    ),
    (
        DegreeLevel::Mba,
        r"(?-u:\b)m\.?b\.?a(?-u:\b)\.?|(?-u:\b)master\s+of\s+business\s+administration|(?-u:\b)executive\s+mba",
    ),
    (
        DegreeLevel::Master,
        r"(?-u:\b)master(?:'s|’s|s)?(?:\s+degree)?(?-u:\b)|(?-u:\b)dipl\.?\s?-\s?ing(?-u:\b)\.?|(?-u:\b)diplom-ingenieur(?-u:\b)|(?-u:\b)m\.s\.(?:m\.e|e\.e|c\.e|ch\.e|i\.e|c\.s)(?-u:\b)\.?|(?-u:\b)ms(?:me|ee|ce|che|ie|cs|it)(?-u:\b)|(?-u:\b)(?:post[-\s]?)?graduate(?:[-\s]level)?\s+degree|(?-u:\b)advanced\s+degree|(?-u:\b)m\.s(?-u:\b)\.?|(?-u:\b)m\.sc(?-u:\b)\.?|(?-u:\b)msc(?-u:\b)|(?-u:\b)m[.-]?\s?tech(?-u:\b)|(?-u:\b)m\.ed(?-u:\b)\.?|(?-u:\b)ed\.s(?-u:\b)\.?|(?-u:\b)m\.e(?-u:\b)\.?|(?-u:\b)m\.a\.t(?-u:\b)\.?|(?-u:\b)m\.a(?-u:\b)\.?|(?-u:\b)m\.?c\.?a(?-u:\b)\.?|(?-u:\b)m\.com(?-u:\b)|(?-u:\b)mcom(?-u:\b)|(?-u:\b)ll\.?m(?-u:\b)\.?|(?-u:\b)m\.?eng(?-u:\b)\.?|(?-u:\b)pgdm(?-u:\b)|(?-u:\b)pgdba(?-u:\b)|(?-u:\b)m\.f\.a(?-u:\b)\.?|(?-u:\b)m\.p\.h(?-u:\b)\.?|(?-u:\b)m\.arch(?-u:\b)\.?|(?-u:\b)m\.\s?des(?-u:\b)\.?|(?-u:\b)mdes(?-u:\b)|(?-u:\b)post[-\s]?graduat(?:e|ion)\s+in(?-u:\b)|(?-u:\b)m\.?pharm(?-u:\b)",
    ),
    (
        DegreeLevel::Bachelor,
        r"(?-u:\b)bachelor(?:'s|’s|s)?(?:\s+degree)?(?-u:\b)|(?-u:\b)undergraduate\s+degree|(?-u:\b)(?:four|4)[-\s]year\s+degree|(?-u:\b)b\.s\.(?:m\.e|e\.e|c\.e|ch\.e|i\.e|c\.s|b\.a)(?-u:\b)\.?|(?-u:\b)b\.(?:m|e|c|ch)\.e(?-u:\b)\.?|(?-u:\b)bs(?:me|ee|ce|che|ie|cs|it|ba)(?-u:\b)|(?-u:\b)b\.s(?-u:\b)\.?|(?-u:\b)b\.sc(?-u:\b)\.?|(?-u:\b)bsc(?-u:\b)|(?-u:\b)b[.-]?\s?tech(?-u:\b)|(?-u:\b)b\.e(?-u:\b)\.?|(?-u:\b)b\.\s+e\.|(?-u:\b)b\.a(?-u:\b)\.?|(?-u:\b)b\.?c\.?a(?-u:\b)\.?|(?-u:\b)b\.comm?(?-u:\b)|(?-u:\b)bcomm?(?-u:\b)|(?-u:\b)ll\.?b(?-u:\b)\.?|(?-u:\b)b\.?eng(?-u:\b)\.?|(?-u:\b)bba(?-u:\b)|(?-u:\b)b\.?b\.?a(?-u:\b)\.?|(?-u:\b)b\.?pharm(?-u:\b)|(?-u:\b)b\.s\.n(?-u:\b)\.?|(?-u:\b)b\.\s?ed(?-u:\b)\.?|(?-u:\b)bachelors?(?-u:\b)|(?-u:\b)college\s+degree|(?-u:\b)university\s+degree|(?-u:\b)b\.f\.a(?-u:\b)\.?|(?-u:\b)b\.arch(?-u:\b)\.?|(?-u:\b)b\.\s?des(?-u:\b)\.?|(?-u:\b)bdes(?-u:\b)|(?-u:\b)b\.mus(?-u:\b)\.?|(?-u:\b)m\.?b\.?b\.?s(?-u:\b)\.?|(?-u:\b)b\.d\.s(?-u:\b)\.?|(?-u:\b)pg\s?dip(?-u:\b)\.?|(?-u:\b)pgce(?-u:\b)|(?-u:\b)pgde(?-u:\b)|(?-u:\b)(?:post[-\s]?)?graduate\s+diploma(?-u:\b)|(?-u:\b)postgraduate\s+certificate(?-u:\b)|(?-u:\b)hono(?:u)?rs\s+degree(?-u:\b)|(?-u:\b)degree[-\s]level(?-u:\b)|(?-u:\b)degree\s+\(any\s+(?:subject|discipline|field)\)|(?-u:\b)degree[-\s]educated(?-u:\b)|(?-u:\b)2[:.]1\s+degree(?-u:\b)|(?-u:\b)degree\s+in(?-u:\b)|(?-u:\b)graduate\s*/\s*post[-\s]?graduate\s+in(?-u:\b)|(?-u:\b)graduat(?:e|ion)\s+in(?-u:\b)|(?-u:\b)degree(?-u:\b)",
    ),
    (
        DegreeLevel::Associate,
        r"(?-u:\b)associate(?:'s|’s|s)?\s+degree|(?-u:\b)associate(?:'s|’s)(?-u:\b)|(?-u:\b)(?:two|2)[-\s]year\s+(?:or\s+(?:four|4)[-\s]year\s+)?degree|(?-u:\b)associate\s+of\s+(?:arts|science|applied\s+sciences?|applied)|(?-u:\b)hnd(?-u:\b)|(?-u:\b)hnc(?-u:\b)|(?-u:\b)higher\s+national\s+(?:diploma|certificate)(?-u:\b)|(?-u:\b)foundation\s+degree(?-u:\b)|(?-u:\b)advanced\s+diploma(?-u:\b)|(?-u:\b)associate(?-u:\b)|(?-u:\b)diploma\s+(?:in|of)(?-u:\b)|(?-u:\b)national\s+diploma(?-u:\b)|(?-u:\b)polytechnic\s+diploma(?-u:\b)|(?-u:\b)higher\s+certificate(?-u:\b)|(?-u:\b)diploma\s*(?:/|or)\s*degree(?-u:\b)",
    ),
    (
        DegreeLevel::HighSchool,
        r"(?-u:\b)high[-\s]school(?-u:\b)|(?-u:\b)secondary\s+school(?-u:\b)|(?-u:\b)ged(?-u:\b)|(?-u:\b)hsc(?-u:\b)|(?-u:\b)ssc(?-u:\b)|(?-u:\b)(?:10th|12th)\s+(?:grade|standard|std|class|board)(?-u:\b)|(?-u:\b)g\.e\.d(?-u:\b)\.?|(?-u:\b)gcses?(?-u:\b)|(?-u:\b)gce(?-u:\b)|(?-u:\b)ncea(?-u:\b)|(?-u:\b)national\s+senior\s+certificate(?-u:\b)|(?-u:\b)matric(?:ulation)?(?-u:\b)|(?-u:\b)class\s+(?:xii|10th|12th)(?-u:\b)|(?-u:\b)nvq(?-u:\b)|(?-u:\b)btec\s+(?:national|first|extended)(?-u:\b)|(?-u:\b)leaving\s+cert(?:ificate)?(?-u:\b)",
    ),
];

/// Capitalised abbreviations that are also English words.
const CAPITALS: &[(DegreeLevel, &str)] = &[
    (
        DegreeLevel::Doctorate,
        r"(?-u:\b)PhD(?-u:\b)|(?-u:\b)PHD(?-u:\b)|(?-u:\b)MD(?-u:\b)|(?-u:\b)JD(?-u:\b)|(?-u:\b)EdD(?-u:\b)|(?-u:\b)DNP(?-u:\b)|(?-u:\b)DPT(?-u:\b)|(?-u:\b)DVM(?-u:\b)",
    ),
    (
        DegreeLevel::Master,
        r"(?-u:\b)MS(?-u:\b)|(?-u:\b)MA(?-u:\b)|(?-u:\b)ME(?-u:\b)|(?-u:\b)MSc(?-u:\b)|(?-u:\b)MTech(?-u:\b)|(?-u:\b)MPH(?-u:\b)|(?-u:\b)MFA(?-u:\b)|(?-u:\b)MSN(?-u:\b)|(?-u:\b)MSW(?-u:\b)|(?-u:\b)MEd(?-u:\b)",
    ),
    (
        DegreeLevel::Bachelor,
        r"(?-u:\b)BS(?-u:\b)|(?-u:\b)BA(?-u:\b)|(?-u:\b)BE(?-u:\b)|(?-u:\b)BSc(?-u:\b)|(?-u:\b)BTech(?-u:\b)|(?-u:\b)BCom(?-u:\b)|(?-u:\b)BEng(?-u:\b)|(?-u:\b)BSN(?-u:\b)|(?-u:\b)BFA(?-u:\b)|(?-u:\b)BSW(?-u:\b)|(?-u:\b)BEd(?-u:\b)|(?-u:\b)BASc(?-u:\b)|(?-u:\b)BScN(?-u:\b)",
    ),
    (
        DegreeLevel::Associate,
        r"(?-u:\b)AAS(?-u:\b)|(?-u:\b)ADN(?-u:\b)|(?-u:\b)AS\s+degree(?-u:\b)|(?-u:\b)AA\s+degree(?-u:\b)|(?-u:\b)A\.A\.S(?-u:\b)\.?|(?-u:\b)A\.D\.N(?-u:\b)\.?|(?-u:\b)A\.O\.S(?-u:\b)\.?|(?-u:\b)A\.S(?-u:\b)\.?|(?-u:\b)A\.A(?-u:\b)\.?",
    ),
];

/// The flags each list's patterns are compiled with.
const SPELLED_FLAGS: &str = "?ix";
const CAPITALS_FLAGS: &str = "?x";

/// `patterns` with `flags`, as one automaton.
fn degree_set(flags: &str, patterns: &[(DegreeLevel, &str)]) -> WordSet {
    let patterns: Vec<String> = patterns
        .iter()
        .map(|(_, p)| format!("({flags}){p}"))
        .collect();
    WordSet::new(&patterns)
}

fn spelled() -> &'static WordSet {
    static RE: OnceLock<WordSet> = OnceLock::new();
    RE.get_or_init(|| degree_set(SPELLED_FLAGS, SPELLED))
}

fn capitals() -> &'static WordSet {
    static RE: OnceLock<WordSet> = OnceLock::new();
    RE.get_or_init(|| degree_set(CAPITALS_FLAGS, CAPITALS))
}

/// How much text around a degree its checks read ("of ceremonies", "a", "or").
const NEAR: usize = 48;

/// The text just after byte `at`, without leading blanks, lower-cased (a few dozen bytes
/// at most, so that many mentions cost linear time).
fn words_after(text: &str, at: usize) -> String {
    let mut hi = (at + NEAR).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    text[at..hi].trim_start().to_ascii_lowercase()
}

/// Do the words before a diploma (`before`, lower case) give it a qualifications
/// framework's school level, 1 to 3 ("Level 3", "Level 3 Extended", "NVQ Level 2")?
fn at_a_school_level(before: &str) -> bool {
    let before = before.strip_suffix(" extended").unwrap_or(before);
    ["level 1", "level 2", "level 3"]
        .iter()
        .any(|l| before.ends_with(l))
}

/// Do the words before a diploma (`before`, lower case) name a professional body that
/// awards it, within its last three words ("BCS International Diploma in Business
/// Analysis", "CIPD Level 7 Diploma", "NEBOSH National Diploma")? Such a diploma is a
/// professional qualification, not a college's.
fn awarded_by_a_professional_body(before: &str) -> bool {
    const BODIES: &[&str] = &[
        "aat", "acca", "apm", "bcs", "cii", "cilt", "cim", "cima", "cipd", "cipfa", "cips", "cisi",
        "ciob", "cmi", "icaew", "icas", "iiba", "ilm", "iosh", "nebosh", "rics",
    ];
    before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| BODIES.contains(&w))
}

/// The text just before byte `at`, without trailing blanks, lower-cased (bounded too).
fn words_before(text: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(NEAR);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    text[lo..at].trim_end().to_ascii_lowercase()
}

/// Words that make "LLM" a Master of Laws when they are near it on its line (lower case).
const LLM_COMPANIONS: &[&str] = &[
    "law",
    "laws",
    "legal",
    "llb",
    "ll.b",
    "jd",
    "bar",
    "advocate",
    "university",
    "college",
    "school",
    "degree",
    "master",
    "masters",
    "graduate",
    "postgraduate",
];

/// Is "LLM" at `start..end` a Master of Laws? It is also the large language model ("LLM
/// agents", "LLM fine-tuning"): a degree only beside a word of law or of schooling, near it
/// on its line ("LL.M" is always the degree).
fn llm_is_a_degree(text: &str, start: usize, end: usize) -> bool {
    let companion = |s: &str| {
        s.split(|c: char| !(c.is_alphanumeric() || c == '.'))
            .any(|w| LLM_COMPANIONS.contains(&w.trim_matches('.')))
    };
    let after_it = words_after(text, end);
    let before_it = words_before(text, start);
    companion(after_it.split('\n').next().unwrap_or(""))
        || companion(before_it.rsplit('\n').next().unwrap_or(""))
}

/// Microsoft products written "MS Office", "MS Excel", ...: no Master of Science.
const MS_PRODUCTS: &[&str] = &[
    "office",
    "excel",
    "word",
    "access",
    "powerpoint",
    "outlook",
    "project",
    "visio",
    "sql",
    "dynamics",
    "teams",
    "windows",
    "azure",
    "paint",
    "dos",
    "exchange",
    "sharepoint",
    "power",
    "visual",
    "litespeed",
    "onenote",
    "publisher",
    "intune",
    "fabric",
    "forms",
];

/// Is the capitalised abbreviation at `start..end` ("MS", "BE", "MD") a degree? Not in
/// "Boston, MA 02110", "Bethesda, MD.", "Quincy, MA 2010" or "Boston, MA — 2019" (a US
/// state after a town), not in "MS Office",
/// and, for the ones that are also English words, not among words written all in capitals
/// ("BE AN EXPERT IN DATA: ...").
fn abbreviation_is_a_degree(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let before = &text[..start];
    let after = &text[end..];
    // The end of another acronym: "LC-MS", "ICP-MS", "GC-MS" are instruments.
    if before
        .strip_suffix('-')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_uppercase()))
    {
        return false;
    }
    // A certification exam's code: "MD-102", "MS-900", "MB-910" (Microsoft's exams).
    if after
        .strip_prefix('-')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // A British Standard: "BS 7671", "BS EN 1090" (not "BS 2015", a year).
    if word == "BS" {
        let rest = after.strip_prefix(' ').unwrap_or(after);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4 && (rest.starts_with("19") || rest.starts_with("20"));
        if rest.starts_with("EN ") || rest.starts_with("ISO ") || (digits >= 3 && !year) {
            return false;
        }
    }
    if matches!(word, "MA" | "MS" | "MD" | "ME") {
        // A capitalised word that is not a school ("Harvard University, MA, 2015").
        let town = before.strip_suffix(", ").is_some_and(|b| {
            let last = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let mut chars = last.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.any(char::is_lowercase)
                && !SCHOOLS.contains(&last)
        });
        // What ends an address: punctuation, a bracket, or a five-digit ZIP code.
        let zip = after.strip_prefix(' ').is_some_and(|a| {
            let digits = a.bytes().take_while(u8::is_ascii_digit).count();
            digits == 5 && !a[digits..].starts_with(|c: char| c.is_alphanumeric())
        });
        // Or a year, or a dash or a bar before what follows ("Boston, MA 2019", "Boston,
        // MA — 2019", "Boston, MA | 2015").
        let year = after.strip_prefix(' ').is_some_and(|a| {
            let digits = a.bytes().take_while(u8::is_ascii_digit).count();
            digits == 4
                && (a.starts_with("19") || a.starts_with("20"))
                && !a[digits..].starts_with(|c: char| c.is_alphanumeric())
        });
        let separator = [" — ", " – ", " - ", " | ", "\t"]
            .iter()
            .any(|p| after.starts_with(p));
        // (A year or a separator ends a place only after a name before the town: "Boston
        // University, Boston, MA 2015"; "Computer Science, MS 2019" is a degree.)
        let named_before = || {
            before.strip_suffix(", ").is_some_and(|b| {
                let line = &b[b.rfind('\n').map_or(0, |i| i + 1)..];
                line.contains(", ")
            })
        };
        let place_ends = after.is_empty()
            || after.starts_with(['.', ',', '\n', '\r', ')', '|', ';'])
            || after.starts_with(" (")
            || zip
            || ((year || separator) && named_before());
        // After the country, as job boards write a location: "USA MD Suitland".
        let country = ["USA ", "USA, ", "USA-"]
            .iter()
            .any(|c| before.ends_with(c));
        if town && place_ends || country {
            return false;
        }
    }
    // "JD" as Indian postings write a job description: "Here's the detailed JD:", "as per
    // the JD", "JD attached".
    if word == "JD" {
        let last = last_word(before);
        let next = after.trim_start_matches(' ');
        if [
            "the", "detail", "detailed", "this", "our", "full", "complete", "below",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last))
            || ["attached", "below", "for ", "of the"]
                .iter()
                .any(|w| next.starts_with(w))
        {
            return false;
        }
    }
    if word == "MS" && after.starts_with(' ') {
        let next = after.trim_start_matches(' ');
        let next = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
        if MS_PRODUCTS.iter().any(|p| next.eq_ignore_ascii_case(p)) {
            return false;
        }
    }
    // "ABOUT ME", "CONTACT ME": the pronoun, after a word in capitals that takes it (not
    // "Candidates with ME in Structural Engineering").
    if word == "ME" && ["ABOUT", "CONTACT", "HIRE", "CALL", "EMAIL"].contains(&last_word(before)) {
        return false;
    }
    if matches!(word, "BE" | "ME") {
        // Its stretch of the line: from the line's start or the last colon before it, to
        // the next colon or the line's end ("BE AN EXPERT IN DATA: Stay current ...").
        let from = before.rfind(['\n', ':']).map_or(0, |i| i + 1);
        let to = after.find(['\n', ':']).map_or(text.len(), |i| end + i);
        let stretch = &text[from..to];
        let shouting = stretch.split_whitespace().count() >= 3
            && !stretch.bytes().any(|b| b.is_ascii_lowercase());
        // In capitals, a degree goes on with its field or ends ("BE IN CIVIL ENGINEERING",
        // "BE (MECHANICAL)", "BE, 2014"); the verb goes on with other words.
        let rest = &text[end..to];
        let goes_on_as_degree = rest.trim().is_empty()
            || [" IN ", " OF ", " (", ",", " -", " –"]
                .iter()
                .any(|p| rest.starts_with(p))
            || rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
        if shouting && !goes_on_as_degree {
            return false;
        }
    }
    true
}

/// The last word (ASCII letters) of `before`, white space at its end aside ("ABOUT" of
/// "ABOUT ").
fn last_word(before: &str) -> &str {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

/// Words naming a school, after which ", MA" is a degree, not a state.
const SCHOOLS: &[&str] = &["University", "College", "Institute", "School", "Academy"];

/// Every degree mentioned in `text`, in order; `starts` are the text's [`Starts`].
pub(crate) fn find_degrees(text: &str, starts: &Starts) -> Vec<Degree> {
    let mut out = Vec::new();
    // The associate degrees in dotted capitals ("A.S.", "A.A.S.") start with a word, "A",
    // too common to pass the word pass: found by a literal search instead.
    // Not inside other dotted capitals ("A.S.A.P.", "N.A.S.A."), not initials after a name
    // ("Rahul A.S."), and followed by what follows a degree ("A.S. in Accounting", "A.A.S.,
    // 2019", the line's end; not "A.A. meetings").
    let bytes = text.as_bytes();
    let dotted = memchr::memmem::find_iter(bytes, "A.")
        .filter(|&i| {
            matches!(bytes.get(i + 2), Some(b'A' | b'S' | b'O' | b'D'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'))
                && dotted_degree_context(text, i)
        })
        .collect::<Vec<usize>>();
    let merged;
    let capital_starts = if dotted.is_empty() {
        &starts.capitals
    } else {
        let mut all = starts.capitals.clone();
        all.extend(dotted);
        all.sort_unstable();
        merged = all;
        &merged
    };
    for (re, levels, at, abbreviations) in [
        (spelled(), SPELLED, &starts.degrees, false),
        (capitals(), CAPITALS, capital_starts, true),
    ] {
        for (pattern, start, end) in re.matches(text, at) {
            let Some(&(level, _)) = levels.get(pattern) else {
                continue;
            };
            // The patterns that end in "in" ("degree in", "graduate in", "post-graduation
            // in") match it with its "in", which belongs to the field: the degree ends
            // before it.
            let before_in = text.get(start..end).and_then(|w| {
                let t = w.get(..w.len().checked_sub(2)?)?;
                (w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"in")
                    && t.ends_with(char::is_whitespace))
                .then(|| start + t.trim_end().len())
            });
            // Not "to some degree in this role".
            let bare = before_in.is_some()
                && text
                    .get(start..start + 6)
                    .is_some_and(|p| p.eq_ignore_ascii_case("degree"));
            if bare && measures_a_degree(text, start) {
                continue;
            }
            let end = before_in.unwrap_or(end);
            let m = Group::new(text, start, end);
            // "master" as in "master data", "scrum master", "masters the ..." is no degree.
            let word = m.as_str().to_ascii_lowercase();
            // A "degree" that is neither "degree in" nor a degree's word: named by its field
            // or a qualifier before it ("a law degree", "a relevant degree"), or no degree.
            let named_before = if word == "degree" && before_in.is_none() {
                match degree_named_before(text, m.start(), m.end()) {
                    Some(fields) => Some(fields),
                    None => continue,
                }
            } else {
                None
            };
            // ("Master of Business Administration" is the degree's whole name.)
            if word.starts_with("master")
                && !word.contains("degree")
                && !word.contains(char::is_whitespace)
            {
                let after = words_after(text, m.end());
                let before = words_before(text, m.start());
                let degreeish = after.starts_with("of ")
                    || after.starts_with("in ")
                    || after.starts_with("degree")
                    || after.starts_with("'s")
                    || word.ends_with("'s")
                    || word.ends_with("’s")
                    || before.ends_with(" a")
                    || before.ends_with(" or")
                    || before == "or";
                // ("a Master Data Management tool", "a master schedule", a trade's rank: "a
                // Master Electrician", "Master Black Belt": no degree.)
                const NEXT_WORDS_OF_NO_DEGREE: &[&str] = &[
                    "data",
                    "schedule",
                    "plan",
                    "file",
                    "record",
                    "list",
                    "class",
                    "electrician",
                    "plumber",
                    "carpenter",
                    "technician",
                    "mechanic",
                    "craftsman",
                    "barber",
                    "sommelier",
                    "gardener",
                    "builder",
                    "diver",
                    "stylist",
                    "trainer",
                    "black",
                    "gunner",
                    "mariner",
                    "scheduler",
                    "certified",
                ];
                // A role: "as a Scrum Master in software teams", "Quiz Master", "Harbour
                // Master".
                const ROLES: &[&str] = &[
                    "scrum", "kanban", "quiz", "dungeon", "ring", "harbour", "harbor", "station",
                    "yard", "dock",
                ];
                let next_word = after
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
                if !degreeish
                    || ROLES.contains(&last_word)
                    || after.starts_with("of ceremonies")
                    || (word == "master" && NEXT_WORDS_OF_NO_DEGREE.contains(&next_word))
                {
                    continue;
                }
            }
            if abbreviations && !abbreviation_is_a_degree(text, m.start(), m.end()) {
                continue;
            }
            if word.trim_end_matches('.') == "llm" && !llm_is_a_degree(text, m.start(), m.end()) {
                continue;
            }
            if matches!(word.as_str(), "m.d." | "j.d." | "j.d")
                && !doctor_is_a_degree(text, m.start(), m.end())
            {
                continue;
            }
            // "Associate or Bachelor's degree" (not "Sales Associate or Cashier").
            if word == "associate" {
                let after = words_after(text, m.end());
                let after = after.trim_start_matches(['/', ' ']);
                let after = after.strip_prefix("or ").unwrap_or(after);
                let after = after.strip_prefix("a ").unwrap_or(after);
                if !after.starts_with("bachelor") {
                    continue;
                }
            }
            // "An associate's in Nursing", "Associate's or Bachelor's"; not "the
            // associate's main duties", "each associate's performance".
            if word.starts_with("associate") && (word.ends_with("'s") || word.ends_with("’s")) {
                let after = words_after(text, m.end());
                let rest = text[m.end()..].trim_start_matches([' ', '\t']);
                if !(after.starts_with("in ")
                    || after.starts_with("or ")
                    || after.starts_with("and ")
                    || rest.is_empty()
                    || rest.starts_with([',', ';', '(', '/', '\n', '\r', ')', '.']))
                {
                    continue;
                }
            }
            if word.starts_with("bachelor") && word == "bachelors" {
                let after = words_after(text, m.end());
                if !(after.starts_with("in ")
                    || after.starts_with("of ")
                    || after.starts_with("degree"))
                {
                    continue;
                }
            }
            // "Level 3 Diploma in Health and Social Care", "Level 2 Extended Diploma": a
            // school's level of a qualifications framework (its levels 1 to 3); "Diploma in
            // Business Studies", "Level 5 Diploma in ..." are below a degree.
            if word.contains("diploma")
                && awarded_by_a_professional_body(&words_before(text, m.start()))
            {
                continue;
            }
            let level = if word == "diploma" && at_a_school_level(&words_before(text, m.start())) {
                DegreeLevel::HighSchool
            } else {
                level
            };
            // A German engineer's diploma is a master's; one of a university of applied
            // sciences, "Dipl.-Ing. (FH)", a bachelor's.
            let fh = word
                .starts_with("dipl")
                .then(|| {
                    let rest = &text[m.end()..];
                    let gap = rest.len() - rest.trim_start_matches(' ').len();
                    rest[gap..]
                        .get(..4)
                        .is_some_and(|p| p.eq_ignore_ascii_case("(fh)"))
                        .then_some(m.end() + gap + 4)
                })
                .flatten();
            let level = if fh.is_some() {
                DegreeLevel::Bachelor
            } else {
                level
            };
            let m_end = fh.unwrap_or(m.end());
            // A high school's line goes on with its name or place, not a field.
            let mut fields = if level == DegreeLevel::HighSchool {
                Vec::new()
            } else {
                field_after(text, m_end)
            };
            // A field that is an abbreviation of its own ("Doctor of Veterinary Medicine
            // (DVM)"): the field that one names.
            if let [only] = fields.as_slice() {
                if let Some(field) = field_named_by(only) {
                    fields = vec![field.to_string()];
                }
            }
            // Abbreviations that name their field: "BSN", "M.Ed.", "MPH", "JD"; also before a
            // comma and one word, more often a school's name than a field ("M.P.H., Yale";
            // "MEd, Special Education" keeps its field).
            let school_after = text[m_end..]
                .trim_start_matches([' ', '\t'])
                .starts_with(',')
                && matches!(fields.as_slice(), [f] if !f.contains(' '));
            if fields.is_empty() || school_after {
                if let Some(field) = field_named_by(m.as_str()) {
                    fields = vec![field.to_string()];
                }
            }
            // Doctorates named by their field ("Doctor of Pharmacy", "Juris Doctor"): what
            // follows them is their school ("Juris Doctor, Georgetown Law").
            if let Some(field) = doctor_of(&word) {
                fields = vec![field.to_string()];
            }
            if let Some(named) = named_before.filter(|_| fields.is_empty()) {
                fields = named;
            }
            out.push(Degree {
                level,
                fields,
                start: m.start(),
                end: m_end,
            });
        }
    }
    out.extend(a_levels(text));
    out.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    // Overlaps (a capitals match inside a spelled one): keep the first.
    let mut kept: Vec<Degree> = Vec::with_capacity(out.len());
    for d in out {
        match kept.last_mut() {
            Some(k) if d.start < k.end => {}
            // The same degree again, abbreviated in brackets after its name and field
            // ("Juris Doctor (J.D.) candidate", "Bachelor of Science in Nursing (BSN)"): one
            // degree, so that what its line says about it ("candidate") holds for it.
            Some(k) if abbreviated_after(text, k, &d) => {
                k.end = d.end + 1;
                if k.fields.is_empty() && k.level != DegreeLevel::HighSchool {
                    // "Master of Business Administration (MBA), Finance".
                    k.fields = if d.fields.is_empty() {
                        field_after(text, k.end)
                    } else {
                        d.fields
                    };
                }
            }
            // "degree in" right after a degree ("MS/PhD degree in Physics", "Master's or
            // PhD degree in ..."): that degree's word, with its field.
            Some(k) if is_bare_degree(text, &d) && joined_to(text, k.end, d.start) => {
                k.end = d.end;
                if k.fields.is_empty() && k.level != DegreeLevel::HighSchool {
                    k.fields = d.fields;
                }
            }
            // "Master of Science degree in Chemistry": the rest of the degree's name, then
            // its word and its field.
            Some(k) if is_bare_degree(text, &d) && rest_of_name(text, k.end, d.start) => {
                k.end = d.end;
                if !d.fields.is_empty() {
                    k.fields = d.fields;
                }
            }
            _ => kept.push(d),
        }
    }
    kept
}

/// The British school-leaving "A-level(s)" / "A Level(s)" / "AS-levels" / "O-levels" (high school),
/// found by a literal search: their first word, "A", is too common for the word pass, and
/// in lower case "a level" is everyday English, so the "A" must be a capital standing alone
/// and "level" may be lower case only after a hyphen or in "A levels".
fn a_levels(text: &str) -> Vec<Degree> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, "evel") {
        // "level" or "Level" at `at - 1`, after "A", "AS" or "O" and a hyphen or a space.
        let Some(l) = at.checked_sub(1) else {
            continue;
        };
        if !matches!(bytes[l], b'l' | b'L') || l < 2 {
            continue;
        }
        let joint = bytes[l - 1];
        if !matches!(joint, b'-' | b' ') {
            continue;
        }
        let word_end = l - 1;
        let word_start = bytes[..word_end]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        if !matches!(&bytes[word_start..word_end], b"A" | b"AS" | b"O") {
            continue;
        }
        let mut end = at + 4;
        let plural = bytes.get(end) == Some(&b's');
        if plural {
            end += 1;
        }
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        // "A level" with a space: only capitalised or plural ("A Level", "A levels"; not
        // "a level of detail" nor "A level playing field").
        if joint == b' ' && bytes[l] == b'l' && !plural {
            continue;
        }
        out.push(Degree {
            level: DegreeLevel::HighSchool,
            fields: Vec::new(),
            start: word_start,
            end,
        });
    }
    out
}

/// Words before a bare "degree" that say which degree, not what it is about ("a relevant
/// degree", "a good honours degree").
const DEGREE_QUALIFIERS: &[&str] = &[
    "relevant",
    "related",
    "similar",
    "appropriate",
    "suitable",
    "recognised",
    "recognized",
    "accredited",
    "equivalent",
    "good",
    "honours",
    "honors",
    "university",
    "tertiary",
    "undergraduate",
    "first",
    "formal",
    "full",
    "strong",
    "solid",
    "completed",
    "recent",
    "technical",
    "post-secondary",
    "postsecondary",
];

/// Words before a bare "degree" that make it no degree's name of its own: "a new degree
/// programme", "a specific degree", "Master of Science degree".
const NOT_A_FIELD: &[&str] = &[
    "new", "great", "the", "this", "that", "our", "your", "their", "some", "any", "no", "specific",
    "of", "in", "with", "for", "from", "at", "on",
];

/// Degrees' names and abbreviations (lower case) that a bare "degree" may follow as their
/// word ("PhD degree", "BA/BS degree", "baccalaureate degree").
const DEGREE_NAMES: &[&str] = &[
    "bachelor",
    "bachelor's",
    "bachelors",
    "baccalaureate",
    "master",
    "master's",
    "masters",
    "doctorate",
    "doctoral",
    "phd",
    "ph.d",
    "ph.d.",
    "mba",
    "ba",
    "bs",
    "bsc",
    "ma",
    "ms",
    "msc",
    "mis",
    "jd",
    "md",
    "associate",
    "associate's",
    "associates",
    "graduate",
    "postgraduate",
    "undergraduate",
];

/// Is the bare word "degree" at `start..end` a degree asked for or held, named by what
/// comes before it on its line: an article and a field or a qualifier ("a law degree", "an
/// engineering degree", "a Computer Science or Maths degree", "a relevant degree"), or a
/// field that begins a list item ("- Law degree")? As the fields named (none for "a
/// relevant degree"); `None` for no degree: "to a degree", "a degree of autonomy", "a 360
/// degree view", "a new degree programme".
fn degree_named_before(text: &str, start: usize, end: usize) -> Option<Vec<String>> {
    let after = words_after(text, end);
    let next = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if [
        "of",
        "to",
        "programme",
        "programmes",
        "program",
        "programs",
        "course",
        "courses",
        "students",
        "angle",
        "angles",
        "view",
        "feedback",
        "apprenticeship",
        "apprenticeships",
    ]
    .contains(&next)
        || measures_a_degree(text, start)
    {
        return None;
    }
    // Its line before it, at most 120 bytes back (so that a long line is read in linear
    // time).
    let mut lo = start.saturating_sub(120);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..start].rsplit('\n').next().unwrap_or("");
    let line_start = lo == 0 || before.len() < start - lo;
    // Up to five words back, to an article or the item's start.
    let words: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    let mut field_words = Vec::new();
    let mut opened = false;
    for (k, w) in words.iter().enumerate() {
        if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
            opened = true;
            break;
        }
        if k == 5 {
            return None;
        }
        field_words.push(*w);
    }
    if !opened {
        // A list item or line that begins with its field: "- Law degree required" (a
        // bullet before it is no word).
        while field_words
            .last()
            .is_some_and(|w| !w.chars().any(char::is_alphanumeric))
        {
            field_words.pop();
        }
        // In capitals, as a field is written at an item's start ("Applicants with law
        // degree" names none).
        if !line_start
            || field_words.len() == words.len() && words.len() == 6
            || !field_words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "or" | "and" | "/")
            })
        {
            return None;
        }
    }
    // "a degree" alone names no field nor kind of degree ("You do not need a degree", "to
    // such a degree", "without a degree"): no degree asked for or held; unless a
    // statement of need follows it ("A degree is essential", "- Degree required",
    // "Degree-qualified", "For this role a degree is preferred").
    if field_words.is_empty() {
        return stated_as_needed(&after).then(Vec::new);
    }
    field_words.reverse();
    let mut fields = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut named = false;
    for w in field_words {
        let w = w.trim_end_matches(',');
        let w = w.strip_suffix("-related").unwrap_or(w);
        let lower = w.to_ascii_lowercase();
        if !lower
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'/')
        {
            return None;
        }
        if matches!(lower.as_str(), "or" | "and" | "/") {
            flush(&mut current, &mut fields);
            continue;
        }
        if DEGREE_QUALIFIERS.contains(&lower.as_str()) {
            named = true;
            continue;
        }
        // A word that is neither a qualifier nor a subject's ("a new degree", "a specific
        // degree"), or a degree's name whose word this is ("Master of Science degree",
        // "BA/BS degree", "a PhD degree": found as that degree): no degree of its own.
        if NOT_A_FIELD.contains(&lower.as_str())
            || lower.split('/').any(|w| DEGREE_NAMES.contains(&w))
        {
            return None;
        }
        // ("Maths/Physics": two fields; "STEM", "IT" keep their capitals.)
        for (i, part) in w.split('/').filter(|p| !p.is_empty()).enumerate() {
            if i > 0 {
                flush(&mut current, &mut fields);
            }
            let mut chars = part.chars();
            let cap: String = if part.bytes().all(|b| b.is_ascii_uppercase()) {
                part.to_string()
            } else {
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase())
                    .into_iter()
                    .chain(chars.map(|c| c.to_ascii_lowercase()))
                    .collect()
            };
            current.push(cap);
        }
    }
    flush(&mut current, &mut fields);
    // Each field ends with a word that names a field of study ("law", "computer science",
    // "business"); else the words say something else ("a third degree burn", "a dual
    // degree", "an online degree").
    if !fields.iter().all(|f| {
        f.rsplit(' ')
            .next()
            .is_some_and(field::names_a_field_of_study)
    }) {
        return None;
    }
    (named || !fields.is_empty()).then_some(fields)
}

/// Do the words after a bare "degree" (`after`, lower case) say that it is needed or
/// wanted: "is essential", "required", "is a must", "-qualified", "would be an advantage"?
/// (Not "is not required", "is no longer", "of ...".)
fn stated_as_needed(after: &str) -> bool {
    const NEEDS: &[&str] = &[
        "essential",
        "required",
        "desirable",
        "preferred",
        "mandatory",
        "a must",
        "an advantage",
        "advantageous",
        "a plus",
        "an asset",
        "qualified",
        "educated",
    ];
    let rest = after.trim_start_matches(['-', ' ']);
    let rest = ["is ", "are ", "would be ", "will be ", "highly "]
        .iter()
        .fold(rest, |r, verb| r.strip_prefix(verb).unwrap_or(r));
    NEEDS.iter().any(|n| {
        rest.strip_prefix(n)
            .is_some_and(|tail| !tail.starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// Moves the words of a field read so far into `fields`, as one field.
fn flush(current: &mut Vec<String>, fields: &mut Vec<String>) {
    if !current.is_empty() {
        fields.push(current.join(" "));
        current.clear();
    }
}

/// Is `d` the bare "degree in" of [`SPELLED`] ("A degree in Computer Science"), cut to its
/// word "degree"?
fn is_bare_degree(text: &str, d: &Degree) -> bool {
    d.end - d.start == 6
        && text
            .get(d.start..d.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("degree"))
}

/// Does the word before the "degree" at `start` make it a measure ("to some degree in",
/// "a high degree in", "to a certain degree in")?
fn measures_a_degree(text: &str, start: usize) -> bool {
    const MEASURES: &[&str] = &[
        "some",
        "certain",
        "high",
        "higher",
        "large",
        "great",
        "greater",
        "lesser",
        "what",
        "varying",
        "significant",
        "considerable",
        "any",
        "same",
    ];
    let before = text[..start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    MEASURES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Is the text between `end` and `start` no more than what joins a degree's name to its
/// word "degree": spaces and `/ , & - .`, and "or", "and", "equivalent", "related",
/// "relevant", "higher", "similar" ("MS/PhD degree", "Master's or equivalent degree",
/// "BS, MS degree")?
fn joined_to(text: &str, end: usize, start: usize) -> bool {
    const JOINS: &[&str] = &[
        "or",
        "and",
        "a",
        "an",
        "equivalent",
        "related",
        "relevant",
        "higher",
        "similar",
    ];
    let Some(between) = text.get(end..start) else {
        return false;
    };
    between.len() <= 24
        && between
            .split(|c: char| " \t/,&-.".contains(c))
            .filter(|w| !w.is_empty())
            .all(|w| JOINS.iter().any(|j| j.eq_ignore_ascii_case(w)))
}

/// Is the text between `end` and `start` the rest of a degree's name, "of" and one to four
/// capitalised words ("Master" " of Science " "degree")?
fn rest_of_name(text: &str, end: usize, start: usize) -> bool {
    let Some(between) = text.get(end..start) else {
        return false;
    };
    let Some(rest) = between.trim().strip_prefix("of ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| *w == "and" || w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Is `next` the degree `first` again, abbreviated in brackets right after its name and
/// field: the same level, only an opening bracket after `first` on its line (and the words
/// of a field), and a closing one right after `next`?
fn abbreviated_after(text: &str, first: &Degree, next: &Degree) -> bool {
    const NEAR: usize = 80;
    if next.level != first.level || next.start - first.end > NEAR {
        return false;
    }
    let between = text[first.end..next.start].trim_end_matches(' ');
    between
        .strip_suffix('(')
        .is_some_and(|field| !field.contains(['(', ')', '\n', ';', '.']))
        && text[next.end..].starts_with(')')
}

/// The field of a doctorate named by it (`name` lower case: "doctor of pharmacy",
/// "juris doctor"); none for "Doctor of Philosophy", which names no field.
fn doctor_of(name: &str) -> Option<&'static str> {
    if name.starts_with("juris") {
        return Some("Law");
    }
    let rest = name
        .strip_prefix("doctor")?
        .trim_start()
        .strip_prefix("of")?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    Some(match words.as_slice() {
        ["nursing", "practice"] => "Nursing",
        ["education"] => "Education",
        ["physical", "therapy"] => "Physical Therapy",
        ["pharmacy"] => "Pharmacy",
        ["psychology"] => "Psychology",
        ["medicine"] | ["osteopathic", "medicine"] => "Medicine",
        ["business", "administration"] => "Business Administration",
        ["dental", _] => "Dentistry",
        ["veterinary", "medicine"] => "Veterinary Medicine",
        ["jurisprudence"] | ["law"] => "Law",
        _ => return None,
    })
}

/// The field an abbreviation names ("BSN" Nursing, "M.Ed." Education), if it names one.
fn field_named_by(name: &str) -> Option<&'static str> {
    let mut key = [0u8; 8];
    let mut n = 0;
    for b in name.bytes().filter(|b| b.is_ascii_alphabetic()) {
        *key.get_mut(n)? = b.to_ascii_lowercase();
        n += 1;
    }
    Some(match &key[..n] {
        b"bsn" | b"bscn" | b"msn" | b"adn" | b"dnp" => "Nursing",
        b"bed" | b"med" | b"edd" | b"eds" | b"mat" => "Education",
        b"mph" => "Public Health",
        b"bsw" | b"msw" => "Social Work",
        b"pharmd" | b"bpharm" | b"mpharm" => "Pharmacy",
        b"bcom" | b"mcom" => "Commerce",
        b"bca" | b"mca" => "Computer Applications",
        b"mbbs" => "Medicine",
        b"bds" => "Dentistry",
        b"llb" | b"llm" => "Law",
        b"bfa" | b"mfa" => "Fine Arts",
        b"dpt" => "Physical Therapy",
        b"jd" => "Law",
        b"md" => "Medicine",
        b"dds" | b"dmd" => "Dentistry",
        b"dvm" => "Veterinary Medicine",
        b"bsme" | b"msme" | b"bme" => "Mechanical Engineering",
        b"bsee" | b"msee" | b"bee" => "Electrical Engineering",
        b"bsce" | b"msce" | b"bce" => "Civil Engineering",
        b"bsche" | b"msche" | b"bche" => "Chemical Engineering",
        b"bsie" | b"msie" => "Industrial Engineering",
        b"bscs" | b"mscs" => "Computer Science",
        b"bsit" | b"msit" => "Information Technology",
        b"bsba" => "Business Administration",
        b"barch" | b"march" => "Architecture",
        b"bdes" | b"mdes" => "Design",
        b"bmus" => "Music",
        _ => return None,
    })
}

/// Where `word` stands in `hay` as whole words (no letter or digit just before or after),
/// first.
pub(super) fn find_word(hay: &str, word: &str) -> Option<usize> {
    let bytes = hay.as_bytes();
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let at = from + i;
        let end = at + word.len();
        let edge = |b: Option<&u8>| !b.is_some_and(u8::is_ascii_alphanumeric);
        if edge(at.checked_sub(1).and_then(|j| bytes.get(j))) && edge(bytes.get(end)) {
            return Some(at);
        }
        from = at + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Is "M.D." or "J.D." at `start..end` a degree, not a doctor's letters after a name ("Jane
/// Smith, M.D.") or a company's name ("J.D. Edwards", "M.D. Anderson")?
fn doctor_is_a_degree(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches(' ');
    if ["Edwards", "Anderson", "Power"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return false;
    }
    let name_before = text[..start].strip_suffix(", ").is_some_and(|b| {
        let last = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        last.starts_with(|c: char| c.is_uppercase()) && last.len() >= 2
    });
    !name_before
}

/// Around the dotted capitals at `i` ("A.S.", "A.A.", "A.A.S."): what a degree has around
/// it. Not preceded by a capitalised name ("Rahul A.S."), and followed by " in ", " degree",
/// a comma, a bracket, a dash or the line's end (at a line's start, also by a capitalised
/// word: "A.A.S. Culinary Arts").
fn dotted_degree_context(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // The dotted word: letters and dots from `i`.
    let end = i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'.')
        .count();
    let word = &text[i..end];
    if !matches!(
        word,
        "A.S."
            | "A.A."
            | "A.A.S."
            | "A.O.S."
            | "A.D.N."
            | "A.S"
            | "A.A"
            | "A.A.S"
            | "A.O.S"
            | "A.D.N"
    ) {
        return false;
    }
    let after = &text[end..];
    let follows = after.is_empty()
        || after.starts_with(['\n', '\r', ',', '(', ')', ';'])
        || [" in ", " degree", " (", " -", " –", " —", ", "]
            .iter()
            .any(|w| after.starts_with(w))
        || after.trim_start_matches(' ').starts_with(['\n', '\r']);
    let before = text[..i].trim_end_matches(' ');
    // At a line's start, or after a dash, a bar or a comma, a field in capitals may follow:
    // "A.A.S. Culinary Arts, 2014", "Kendall College — A.A.S. Culinary Arts".
    let follows = follows
        || ((before.is_empty() || before.ends_with(['\n', '—', '–', '-', '|', ',']))
            && after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_uppercase())));
    let name_before = before.len() < i
        && before.rsplit([' ', '\n', '\t']).next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.ends_with(|c: char| c.is_alphabetic())
        });
    follows && !name_before
}

/// Does the high-school degree `d` name a diploma ("high school diploma", "High School or
/// GED", "completed high school"), rather than a school ("Jefferson High School") or its
/// pupils ("teaching high school students")? Other names of the level (GED, HSC, "12th
/// grade") always do.
pub(crate) fn names_a_diploma(text: &str, d: &Degree) -> bool {
    let name = &text[d.start..d.end];
    let begins = |w: &[u8]| {
        name.as_bytes()
            .get(..w.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(w))
    };
    if !begins(b"high") && !begins(b"secondary") {
        return true;
    }
    const DIPLOMA_AFTER: &[&str] = &[
        "diploma",
        "degree",
        "education",
        "graduate",
        "graduation",
        "certificate",
        "equivalen",
        "level",
        "completion",
        "(",
    ];
    // After "or" or a slash, only another name of the diploma: "High school or GED",
    // "High School/equivalent", not "high school or middle school students".
    const OTHER_NAMES: &[&str] = &[
        "ged",
        "g.e.d",
        "equivalen",
        "hse",
        "hiset",
        "general ",
        "diploma",
        "vocational",
        "secondary",
        "a ged",
        "an equivalen",
        "its equivalen",
        "higher",
        "above",
    ];
    const BEFORE: &[&str] = &["completed", "completion of", "finished", "graduated from"];
    let after = text[d.end..].trim_start_matches([' ', '-']);
    let starts_with = |w: &str| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
    };
    if DIPLOMA_AFTER.iter().any(|w| starts_with(w)) {
        return true;
    }
    let alternative = after
        .get(..3)
        .filter(|a| a.eq_ignore_ascii_case("or "))
        .map(|_| after[3..].trim_start())
        .or_else(|| after.strip_prefix('/').map(str::trim_start));
    if let Some(other) = alternative {
        let names = |w: &str| {
            other
                .get(..w.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(w))
        };
        return OTHER_NAMES.iter().any(|w| names(w));
    }
    let before = words_before(text, d.start);
    if BEFORE.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    // Alone before punctuation or the line's end ("High school, GED"), unless a
    // capitalised word before it makes it a school's name ("Jefferson High School,").
    let alone = after.is_empty() || after.starts_with(['\n', '\r', ',', '.', ';']);
    let school = text[..d.start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit([' ', '\n']).next())
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !w.ends_with([':', ',', ';', '.'])
                && ![
                    "minimum",
                    "required",
                    "requires",
                    "education",
                    "a",
                    "or",
                    "and",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
        && name.starts_with('H');
    alone && !school
}

/// Drops the skill mentions that are a degree's whole name: where a degree is read, "LLM"
/// is a Master of Laws, not large language models. `degrees` are [`find_degrees`]'s
/// (in order, not overlapping).
pub(crate) fn drop_degree_names(mentions: &mut Vec<Mention>, degrees: &[Degree]) {
    if degrees.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let i = degrees.partition_point(|d| d.start < m.start);
        degrees
            .get(i)
            .is_none_or(|d| d.start != m.start || d.end != m.end)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use DegreeLevel as L;

    fn levels(text: &str) -> Vec<(DegreeLevel, Option<String>)> {
        find_degrees(text, &Starts::new(text))
            .into_iter()
            .map(|d| (d.level, d.fields.first().cloned()))
            .collect()
    }

    #[test]
    fn degree_forms() {
        let one = |t: &str, l: DegreeLevel, f: Option<&str>| {
            assert_eq!(levels(t).first(), Some(&(l, f.map(str::to_string))), "{t}");
        };
        one(
            "Bachelor's degree in Computer Science or related field",
            L::Bachelor,
            Some("Computer Science"),
        );
        one(
            "B.S. in Electrical Engineering",
            L::Bachelor,
            Some("Electrical Engineering"),
        );
        // A field right after an abbreviation; not a month.
        one("BSc Physics, 2012", L::Bachelor, Some("Physics"));
        // Canada's engineering and nursing bachelor's, undotted.
        one(
            "BASc Mechanical Engineering, University of Waterloo, 2018",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one("BScN, McMaster University", L::Bachelor, Some("Nursing"));
        one(
            "B.S. Mechanical Engineering, Purdue University",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one("MBA Finance, 2019", L::Mba, Some("Finance"));
        // British, Irish, Commonwealth and Indian forms.
        one(
            "A degree in Computer Science or a related subject",
            L::Bachelor,
            Some("Computer Science"),
        );
        one("Educated to degree level", L::Bachelor, None);
        one("A degree (any subject)", L::Bachelor, None);
        // Names offered in a degree's place after its comma are no field.
        one(
            "A PGCE, School Direct, SCITT or equivalent route",
            L::Bachelor,
            None,
        );
        one(
            "Graduate level degree in a quantitative field",
            L::Master,
            None,
        );
        one(
            "A good honours degree in English",
            L::Bachelor,
            Some("English"),
        );
        one("2:1 degree or above", L::Bachelor, None);
        one(
            "DPhil Chemistry, University of Oxford",
            L::Doctorate,
            Some("Chemistry"),
        );
        one("BComm, University College Cork", L::Bachelor, None);
        one(
            "B. E. in CSE, Chitkara University",
            L::Bachelor,
            Some("CSE"),
        );
        one(
            "B-TECH in Computer Science, 2005",
            L::Bachelor,
            Some("Computer Science"),
        );
        // "degree in" after a degree is that degree's word.
        assert_eq!(
            levels("MS/PhD degree in Physics"),
            [
                (L::Master, None),
                (L::Doctorate, Some("Physics".to_string()))
            ]
        );
        assert_eq!(levels("Ph.D. degree in Statistics").len(), 1);
        assert_eq!(
            levels("Master's or equivalent degree in Computer Science"),
            [(L::Master, Some("Computer Science".to_string()))]
        );
        // Spaces of three bytes around a degree's words ("High\u{2009}school").
        for t in [
            "High\u{2009}school diploma required.",
            "Four\u{2003}year degree",
            "Class\u{202f}XII",
            "Juris\u{2009}Doctor",
            "degree\u{2009}in Physics",
        ] {
            let _ = levels(t);
        }
        one(
            "PGDip Data Analytics, 2020",
            L::Bachelor,
            Some("Data Analytics"),
        );
        one(
            "HND Electrical Engineering, 2010",
            L::Associate,
            Some("Electrical Engineering"),
        );
        for t in [
            "A-levels: Maths (A), Physics (B), 2012",
            "A Level Chemistry, 2014",
            "3 A levels (AAB)",
            "AS-level French",
            "GCE O Levels, 2008",
            "9 GCSEs grades A*-C, 2010",
            "GCE 'A' Level, 2014",
            "NVQ Level 3 Diploma in Health and Social Care",
            "BTEC National Diploma in Health and Social Care",
            "NCEA Level 3, 2010",
            "National Senior Certificate (Matric), 2009",
            "Class XII (CBSE), 2012",
            "Leaving Certificate, 2008",
            "Level 3 Diploma in Veterinary Nursing (Small Animal)",
        ] {
            one(t, L::HighSchool, None);
        }
        // Diplomas of polytechnics and colleges, and higher certificates, below a degree.
        for t in [
            "Diploma in Business Studies, Temasek Polytechnic, 2015",
            "National Diploma in Mining Engineering, 2012",
            "Higher Certificate in Business (Level 6), 2019",
            "Diploma of Surveying, TAFE NSW",
            "Level 5 Diploma in Leadership and Management",
            "Diploma / Degree in Supply Chain Management",
            "Degree or diploma in Design",
        ] {
            assert_eq!(
                levels(t).first().map(|d| d.0),
                Some(L::Associate),
                "{t}: {:?}",
                levels(t)
            );
        }
        // A professional body's diploma is a professional qualification, no degree.
        for t in [
            "BCS International Diploma in Business Analysis",
            "CIPD Level 7 Diploma in Strategic People Management",
            "NEBOSH National Diploma in Occupational Health and Safety",
        ] {
            assert_eq!(levels(t), [], "{t}");
        }
        // "Degree educated" is a bachelor's degree.
        assert_eq!(
            levels("Degree educated (2:1 or above), or equivalent experience")
                .first()
                .map(|d| d.0),
            Some(L::Bachelor)
        );
        // Dotted abbreviations.
        one(
            "B.F.A. in Communication Design",
            L::Bachelor,
            Some("Communication Design"),
        );
        one("B.F.A., Pratt Institute", L::Bachelor, Some("Fine Arts"));
        one("M.F.A. in Poetry", L::Master, Some("Poetry"));
        one("M.P.H., Emory University", L::Master, Some("Public Health"));
        one("D.N.P., Duke University", L::Doctorate, Some("Nursing"));
        one(
            "A.D.N., Cuyahoga Community College",
            L::Associate,
            Some("Nursing"),
        );
        one(
            "B.Arch., Cornell University",
            L::Bachelor,
            Some("Architecture"),
        );
        one("M.P.H., Yale, 2012", L::Master, Some("Public Health"));
        one("B.F.A., RISD", L::Bachelor, Some("Fine Arts"));
        one(
            "Master of Business Administration (M.B.A.) — Finance",
            L::Mba,
            Some("Finance"),
        );
        one("G.E.D., 2009", L::HighSchool, None);
        // Dotted capitals after the school, a field in capitals after them.
        one(
            "Kendall College — A.A.S. Culinary Arts, 2015",
            L::Associate,
            Some("Culinary Arts"),
        );
        // A degree's abbreviation in brackets after its name is the same degree.
        one(
            "Master of Business Administration (MBA), Finance",
            L::Mba,
            Some("Finance"),
        );
        one("BS May 2015", L::Bachelor, None);
        one("MBA Marketing", L::Mba, Some("Marketing"));
        // As LinkedIn writes them.
        one(
            "Bachelor of Science - BS, Supply Chain Management",
            L::Bachelor,
            Some("Supply Chain Management"),
        );
        one(
            "Bachelor of Engineering – Civil",
            L::Bachelor,
            Some("Civil"),
        );
        one(
            "Bachelor of Engineering (B.E.) in Computer Science",
            L::Bachelor,
            Some("Computer Science"),
        );
        one(
            "B.Des (Fashion Design), NIFT New Delhi",
            L::Bachelor,
            Some("Fashion Design"),
        );
        one(
            "MDes in Interaction Design",
            L::Master,
            Some("Interaction Design"),
        );
        one(
            "Bachelors in Commerce (B.Com) from Delhi",
            L::Bachelor,
            Some("Commerce"),
        );
        // A comma alone leads to a field only when its words end in a field's noun.
        one(
            "Bachelor of Science, Industrial Engineering, Purdue University, 2016",
            L::Bachelor,
            Some("Industrial Engineering"),
        );
        one(
            "Master of Science, Applied Mathematics",
            L::Master,
            Some("Applied Mathematics"),
        );
        for text in [
            "Bachelor of Arts, London School of Economics",
            "Bachelor of Science, Tandon School of Engineering",
            "Master of Science, Department of Computer Science",
            "Master of Science, Faculty of Engineering",
            "Bachelor of Science, Harvard, 2012",
            "Bachelor of Science, May 2015",
            "Bachelor of Arts, UCLA, Los Angeles, CA",
            "Master of Science, MIT, Cambridge",
        ] {
            let got = levels(text);
            assert!(
                got.first().is_some_and(|(_, f)| {
                    f.as_deref().is_none_or(|f| f == "Science" || f == "Arts")
                }),
                "{text}: {got:?}"
            );
        }
        let fields = |text: &str| {
            find_degrees(text, &Starts::new(text))
                .into_iter()
                .flat_map(|d| d.fields)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields("Bachelor's degree in Engineering, Commerce, Economics or a related field"),
            ["Engineering", "Commerce", "Economics"]
        );
        // A city after the field is no part of it; a place, a name in capitals or a
        // product is no field.
        one(
            "BE Mechanical Engineering Pune, Maharashtra Savitribai Phule Pune University",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one("B.E CSE Nagpur, Maharashtra", L::Bachelor, Some("CSE"));
        one(
            "MBA  Amravati, Maharashtra Amravati University",
            L::Mba,
            None,
        );
        one(
            "MCA   YMCAUST,  Faridabad,  Haryana",
            L::Master,
            Some("Computer Applications"),
        );
        one("MBA Distance Learning", L::Mba, None);
        one("BS Degree in Physics", L::Bachelor, Some("Physics"));
        one("ADN, Valley College, 2016", L::Associate, Some("Nursing"));
        one(
            "A.O.S. in Culinary Arts",
            L::Associate,
            Some("Culinary Arts"),
        );
        one("B.Ed., 2010", L::Bachelor, Some("Education"));
        one("BSN, 2018", L::Bachelor, Some("Nursing"));
        one("High school diploma, Pasadena", L::HighSchool, None);
        one("B.E. (Mechanical)", L::Bachelor, Some("Mechanical"));
        one(
            "B.Tech in Civil Engineering from NIT",
            L::Bachelor,
            Some("Civil Engineering"),
        );
        one("M.S. in Data Science", L::Master, Some("Data Science"));
        one("PharmD, 2015", L::Doctorate, Some("Pharmacy"));
        one(
            "J.D., Northwestern University School of Law, 2016",
            L::Doctorate,
            Some("Law"),
        );
        one("Juris Doctor, 2012", L::Doctorate, Some("Law"));
        one("M.D. degree required", L::Doctorate, Some("Medicine"));
        assert_eq!(levels("Work Location:\n\nUSA MD Suitland\n"), []);
        one("D.D.S., 2010", L::Doctorate, Some("Dentistry"));
        assert_eq!(levels("C++ and ROS 2 (DDS)"), []);
        assert_eq!(levels("Clinical trials in DMD or SMA"), []);
        assert_eq!(levels("Reports to Jane Smith, M.D., Medical Director"), []);
        assert_eq!(levels("3 years with J.D. Edwards EnterpriseOne"), []);
        assert_eq!(levels("Data analyst at M.D. Anderson Cancer Center"), []);
        one(
            "Doctor of Veterinary Medicine (DVM)",
            L::Doctorate,
            Some("Veterinary Medicine"),
        );
        one(
            "A.A.S. Culinary Arts, 2014",
            L::Associate,
            Some("Culinary Arts"),
        );
        one("MPH in Epidemiology", L::Master, Some("Epidemiology"));
        one("MPharm (Hons), 2:1", L::Master, Some("Pharmacy"));
        one(
            "JD: Georgetown University Law Center, 2012",
            L::Doctorate,
            Some("Law"),
        );
        one("BSN, Boston College, 2012", L::Bachelor, Some("Nursing"));
        one(
            "MSc Physiotherapy (Hons) — University of East Pennine, 2017",
            L::Master,
            Some("Physiotherapy"),
        );
        // A job's title after an abbreviation is no field.
        one("MBA Energy Trading Analyst", L::Mba, None);
        // A field in lower case when it names one; not prose.
        one(
            "A 2-year degree in electronics",
            L::Associate,
            Some("electronics"),
        );
        one(
            "Bachelor's degree in a relevant discipline",
            L::Bachelor,
            None,
        );
        one("Master's degree in order to lead", L::Master, None);
        one(
            "B.Sc. (Hons) Computer Science",
            L::Bachelor,
            Some("Computer Science"),
        );
        one("Bachelor's degree (Master's preferred)", L::Bachelor, None);
        one("MSc in Statistics", L::Master, Some("Statistics"));
        // A degree named by its field or a qualifier before it.
        one(
            "A law degree or equivalent practical experience",
            L::Bachelor,
            Some("Law"),
        );
        one(
            "You will hold a Computer Science or Maths degree",
            L::Bachelor,
            Some("Computer Science"),
        );
        one(
            "- Engineering degree required",
            L::Bachelor,
            Some("Engineering"),
        );
        one("A relevant degree is essential", L::Bachelor, None);
        assert_eq!(levels("an MBA or a related degree"), [(L::Mba, None)]);
        one(
            "Candidates with ME in Structural Engineering",
            L::Master,
            Some("Structural Engineering"),
        );
        one("A STEM degree", L::Bachelor, Some("STEM"));
        one(
            "A Master of Science degree in Chemistry",
            L::Master,
            Some("Chemistry"),
        );
        assert_eq!(levels("A Master of Science degree in Chemistry").len(), 1);
        one(
            "2006 – 2011   Dipl.-Ing. (FH) Mechanical Engineering",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one(
            "Diplom-Ingenieur, Mechanical Engineering, TU Dresden",
            L::Master,
            Some("Mechanical Engineering"),
        );
        one(
            "Master of Science in Statistics, 2021",
            L::Master,
            Some("Statistics"),
        );
        one(
            "Bachelor of Arts in Economics",
            L::Bachelor,
            Some("Economics"),
        );
        one(
            "Bachelor of Science in Computer Science required",
            L::Bachelor,
            Some("Computer Science"),
        );
        one(
            "Bachelor of Engineering in Civil Engineering",
            L::Bachelor,
            Some("Civil Engineering"),
        );
        one("MBA, Wharton School (2010)", L::Mba, None);
        one(
            "Master of Arts in School Psychology",
            L::Master,
            Some("School Psychology"),
        );
        one(
            "Ph.D. in Machine Learning",
            L::Doctorate,
            Some("Machine Learning"),
        );
        one("MBA, Finance", L::Mba, Some("Finance"));
        one("High school diploma or GED", L::HighSchool, None);
        assert_eq!(levels("High school diploma or GED").len(), 2);
        one("Associate degree in Nursing", L::Associate, Some("Nursing"));
        one(
            "M.Ed. in Curriculum and Instruction",
            L::Master,
            Some("Curriculum and Instruction"),
        );
        one(
            "MEd, Special Education",
            L::Master,
            Some("Special Education"),
        );
        one("M.A.T. in Teaching", L::Master, Some("Teaching"));
        one(
            "Ed.S. in School Psychology",
            L::Master,
            Some("School Psychology"),
        );
        one("A.S. in Accounting", L::Associate, Some("Accounting"));
        one(
            "A.A.S. in Logistics Management",
            L::Associate,
            Some("Logistics Management"),
        );
        one("B.B.A. in Marketing", L::Bachelor, Some("Marketing"));
        one("Doctor of Nursing Practice", L::Doctorate, Some("Nursing"));
        // A high school that names a diploma, and one that names a school or its pupils.
        let diploma = |text: &str| {
            let d = find_degrees(text, &Starts::new(text));
            d.iter()
                .filter(|d| d.level == L::HighSchool)
                .map(|d| names_a_diploma(text, d))
                .collect::<Vec<_>>()
        };
        for yes in [
            "High school diploma",
            "Requirements: High School Diploma",
            "- High School/diploma",
            "Completed high school in 2010",
            "High school, or equivalent",
            "High School or GED",
            "high school / equivalent",
            "High school or a GED",
            "High school or higher",
            "GED",
        ] {
            // The first is the high school; a GED after it is a degree of its own.
            assert_eq!(diploma(yes).first(), Some(&true), "{yes:?}");
        }
        for no in [
            "High School Science Teacher",
            "Experience teaching high school students",
            "Experience teaching high school or middle school students",
            "Tutored high school/college students",
            "Math Teacher - Jefferson High School",
            "Jefferson High School, Portland",
        ] {
            assert_eq!(diploma(no), [false], "{no:?}");
        }
        // "A" alone, or in a sentence, is no degree.
        assert!(levels("A team player. A self-starter with a can-do attitude.").is_empty());
        one("LLB from Pune University", L::Bachelor, Some("Law"));
        // Medicine, dentistry and computer applications as South Asian degrees name them.
        one(
            "MBBS, King Edward Medical University",
            L::Bachelor,
            Some("Medicine"),
        );
        one("M.B.B.S. from AIIMS Delhi", L::Bachelor, Some("Medicine"));
        one(
            "B.D.S., Dental College Lahore",
            L::Bachelor,
            Some("Dentistry"),
        );
        // Undotted, BDS is also BeiDou, a satellite navigation system.
        assert!(levels("GNSS receivers: GPS, GLONASS, Galileo, BDS").is_empty());
        one(
            "BCA from Pune University",
            L::Bachelor,
            Some("Computer Applications"),
        );
        one("MCA, 2018", L::Master, Some("Computer Applications"));
        // Fields of associate degrees past their abbreviation, and of doctorates named by
        // their field.
        one(
            "Associate of Science (A.S.) in Dental Hygiene, Sacramento City College, 2018",
            L::Associate,
            Some("Dental Hygiene"),
        );
        // Degrees or a note in brackets before the field.
        one(
            "Completed degree (Diplom, Master or Bachelor) in Electrical Engineering",
            L::Bachelor,
            Some("Electrical Engineering"),
        );
        one(
            "Bachelor degree (4 years) in Nursing",
            L::Bachelor,
            Some("Nursing"),
        );
        one(
            "Associate of Applied Science in Culinary Arts, 2017",
            L::Associate,
            Some("Culinary Arts"),
        );
        one(
            "Doctor of Pharmacy, University of Florida",
            L::Doctorate,
            Some("Pharmacy"),
        );
        one(
            "Juris Doctor, Georgetown Law, 2015",
            L::Doctorate,
            Some("Law"),
        );
        one("Doctor of Philosophy, 2015", L::Doctorate, None);
        // "Associate's" alone is the degree; "associates" without the apostrophe are people.
        one(
            "Associate's in Culinary Arts or similar",
            L::Associate,
            Some("Culinary Arts"),
        );
        assert!(levels("Work with sales associates in stores").is_empty());
        assert!(levels("The associate's main duties include stocking shelves").is_empty());
        assert!(levels("Reviewed each associate's performance").is_empty());
        assert!(levels("An Associate's or a Bachelor's")
            .iter()
            .any(|(l, _)| *l == L::Associate));
        // Engineering bachelor's and master's that name their field; the school after a
        // comma is no field, and the "M.E." inside "B.S.M.E." no master's.
        one(
            "B.S.M.E., Michigan Technological University, 2014",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one(
            "B.M.E., Georgia Tech, 2013",
            L::Bachelor,
            Some("Mechanical Engineering"),
        );
        one(
            "BSEE, Purdue University",
            L::Bachelor,
            Some("Electrical Engineering"),
        );
        one("B.S.Ch.E. 2012", L::Bachelor, Some("Chemical Engineering"));
        one(
            "MSCS, Stanford University",
            L::Master,
            Some("Computer Science"),
        );
        one("BSBA in Finance", L::Bachelor, Some("Finance"));
        one(
            "LLM (Corporate Law), 2016",
            L::Master,
            Some("Corporate Law"),
        );
        one("LLM from Delhi University", L::Master, Some("Law"));
        // The large language model is no degree.
        assert!(levels("LLM agents and RAG pipelines in Python").is_empty());
        assert!(levels("Requirements\n- LLM fine-tuning\n- Law firm clients").is_empty());
        one(
            "B.E in Civil Engineering",
            L::Bachelor,
            Some("Civil Engineering"),
        );
        one("M.S in Data Science", L::Master, Some("Data Science"));
        one("Harvard University, MA, 2015", L::Master, None);
        one("Boston College, MS 2012", L::Master, None);
        one(
            "EDUCATION: BE IN CIVIL ENGINEERING",
            L::Bachelor,
            Some("CIVIL ENGINEERING"),
        );
        one(
            "BE (MECHANICAL), PUNE UNIVERSITY, 2014",
            L::Bachelor,
            Some("MECHANICAL"),
        );
        one("A graduate degree in a STEM field", L::Master, None);
        one(
            "MS in Computer Science, Boston University",
            L::Master,
            Some("Computer Science"),
        );
        one("Computer Science, MS preferred", L::Master, None);
        one(
            "BS IN COMPUTER SCIENCE",
            L::Bachelor,
            Some("COMPUTER SCIENCE"),
        );
    }

    #[test]
    fn a_bare_degree_stated_as_needed() {
        for t in [
            "A degree is essential.",
            "- Degree required",
            "Degree-qualified, ideally in Finance",
            "For this role a degree is highly desirable.",
            "A degree would be an advantage.",
        ] {
            assert_eq!(levels(t), vec![(L::Bachelor, None)], "{t}");
        }
    }

    #[test]
    fn words_that_are_not_degrees() {
        for t in [
            "Be ready to ship; as a team we ma y win.",
            "Work with master data and the scrum master.",
            "4+ years of experience as a Scrum Master in software teams.",
            "Holds a Master Electrician licence; a Master Black Belt leads the team.",
            "Developed LSMW to upload vendor master data.",
            "She masters every tool.",
            "Be a user of a Master Data Management tool.",
            "me and ms word",
            "Location: Boston, MA 02110",
            "18th Edition BS 7671:2018 (City & Guilds 2382)",
            "Steelwork fabricated to BS EN 1090",
            "Microsoft 365 Certified: Endpoint Administrator (exam MD-102), MS-900",
            "Thayer Academy, Braintree, MA 2010",
            "Northeastern University, Boston, MA — 2019",
            "Boston University, Boston, MA | 2015",
            "Johns Hopkins University, Baltimore, MD 2016",
            "Job located in Jackson, MS. Apply now.",
            "Based at Patuxent River, MD (on site)",
            "Skills: MS Office, MS Excel and MS SQL Server",
            "Here's the detailed JD:",
            "Please read the JD below and apply.",
            "JD attached for your reference.",
            "BE AN EXPERT IN APPLIED DATA SCIENCE: stay current with new methods",
            "PLEASE LET ME KNOW ABOUT IT",
            "To a degree, this role is remote.",
            "A 360 degree view of the customer",
            "We run a new degree programme for apprentices",
            "Applicants with law degree",
            "We don't require a specific degree.",
            "Work with a degree of autonomy",
            "You do not need a degree.",
            "A degree is not required; skills matter more.",
            "A degree is no longer essential here.",
            "Degree of autonomy required.",
            "Self-taught developer without a degree",
            "Accurate to such a degree that no rework was needed",
            "Software Developer Degree Apprenticeship",
            "A third degree burn; a first-degree relative; a dual degree",
            "ABOUT ME\nDesigner with nine years in machinery.",
            "CONTACT ME: +49 176 555 02391",
            "Work with a high degree of accuracy and advanced Excel.",
            "A national leader in higher education, world-class 10 person team.",
            "Laid the foundation for growth before leaving the company.",
            "You will travel to some degree in this role.",
            "A level of detail; a level playing field; A level playing field.",
            "Reached Level 5 and a new level.",
            "No Class X felony convictions.",
        ] {
            assert!(levels(t).is_empty(), "{t}: {:?}", levels(t));
        }
    }

    const DEGREE_PIECES: &[&str] = &[
        "Ph.D",
        "PhD",
        "ph d",
        "PHD",
        "doctorate",
        "Doctoral degree",
        "D.Phil",
        "DPhil",
        "BComm",
        "B.Comm",
        "PGDip",
        "PG Dip",
        "PGCE",
        "postgraduate diploma",
        "Graduate Diploma",
        "honours degree",
        "degree level",
        "graduate level degree",
        "degree-level",
        "2:1 degree",
        "degree in",
        "HND",
        "B. E.",
        "B-Tech",
        "M-Tech",
        "Higher National Diploma",
        "foundation degree",
        "advanced diploma",
        "advanced degree",
        "GCSEs",
        "GCE",
        "NCEA",
        "National Senior Certificate",
        "Matric",
        "class XII",
        "Class 10th",
        "NVQ",
        "BTEC National",
        "Leaving Certificate",
        "doctor of philosophy",
        "M.B.A",
        "MBA",
        "mb.a",
        "m.ba",
        "Master of Business Administration",
        "executive MBA",
        "Master's degree",
        "masters",
        "master",
        "master’s",
        "post-graduate degree",
        "Postgraduate degree",
        "post graduate degree",
        "M.S.",
        "M.Sc",
        "MSc",
        "M.Tech",
        "M tech",
        "MTech",
        "M.E.",
        "M.A.",
        "M.E",
        "M.S",
        "M.C.A",
        "MCA",
        "mc.a",
        "M.Com",
        "MCom",
        "LL.M",
        "LLM",
        "M.Eng",
        "MEng",
        "PGDM",
        "PGDBA",
        "Bachelor's",
        "bachelors",
        "Undergraduate degree",
        "four-year degree",
        "4 year degree",
        "B.S.",
        "B.Sc",
        "BSc",
        "B.Tech",
        "b tech",
        "B.E.",
        "B.A.",
        "B.E",
        "B.S",
        "B.C.A",
        "bca",
        "bc.a",
        "B.Com",
        "BCom",
        "LL.B",
        "LLB",
        "B.Eng",
        "BEng",
        "BBA",
        "B.B.A",
        "B.Pharm",
        "M.Pharm",
        "MPharm",
        "PharmD",
        "Pharm.D.",
        "Ed.D.",
        "EdD",
        "DNP",
        "MPH",
        "MFA",
        "BSN",
        "B.S.N.",
        "BFA",
        "two-year degree",
        "2 year degree",
        "graduate degree",
        "college degree",
        "University degree",
        "Associate's degree",
        "associate of science",
        "high school",
        "High-school",
        "secondary school",
        "GED",
        "HSC",
        "SSC",
        "10th grade",
        "12th standard",
        "MD",
        "JD",
        "J.D.",
        "M.D.",
        "Juris Doctor",
        "Doctor of Dental Surgery",
        "DDS",
        "D.M.D.",
        "DVM",
        "MS",
        "MA",
        "ME",
        "BS",
        "BA",
        "BE",
        "AAS",
        "AS degree",
        "AA degree",
        "ms",
        "be",
        "as",
        "me",
        "in",
        "of",
        "Computer Science",
        "x",
        "2019",
        "_",
        "é",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn anchored_degree_patterns_find_what_scanning_finds(
            picks in proptest::collection::vec((0..DEGREE_PIECES.len(), 0..6usize), 0..12),
        ) {
            let seps = [" ", "", ".", "-", ", ", "\n"];
            let text = crate::profile::words::tests::text_of(DEGREE_PIECES, &seps, &picks);
            assert_set_finds_what_scanning_finds(SPELLED_FLAGS, SPELLED, |s| &s.degrees, &text);
            assert_set_finds_what_scanning_finds(CAPITALS_FLAGS, CAPITALS, |s| &s.capitals, &text);
        }
    }

    /// The patterns run as a set, anchored at the starts `pick` gives, find what their
    /// alternation (one named group per pattern) finds by scanning every byte: the same
    /// spans, each from the same pattern.
    fn assert_set_finds_what_scanning_finds(
        flags: &str,
        patterns: &[(DegreeLevel, &str)],
        pick: fn(&Starts) -> &Vec<usize>,
        text: &str,
    ) {
        let alternation: Vec<String> = patterns
            .iter()
            .enumerate()
            .map(|(i, (_, p))| format!("(?P<p{i}>{p})"))
            .collect();
        let scan = regex::Regex::new(&format!("({flags}){}", alternation.join("|"))).unwrap();
        let want: Vec<(usize, usize, usize)> = scan
            .captures_iter(text)
            .map(|c| {
                let i = (0..patterns.len())
                    .find(|i| c.name(&format!("p{i}")).is_some())
                    .unwrap();
                let m = c.get(0).unwrap();
                (i, m.start(), m.end())
            })
            .collect();
        let starts = Starts::new(text);
        let got: Vec<(usize, usize, usize)> = degree_set(flags, patterns)
            .matches(text, pick(&starts))
            .collect();
        assert_eq!(got, want, "{text:?}");
    }

    #[test]
    fn the_degree_sets_find_what_their_alternations_find() {
        for text in [
            "PhD in Physics, MBA, M.S. in CS, B.Tech, BSc (Hons), High School, GED",
            "Master's degree or Bachelor of Science; Associate's degree; 12th grade",
            "MS, MA, ME, BS, BA, BE, BCom, BEng, AAS, AS degree, MD and JD",
            "executive mba; master of business administration; ph.d.; d.phil",
            "PharmD, Ed.D., EdD, DNP, DPT, MPH, MFA, MSN, MSW, BSN, B.S.N., BFA, BSW",
            "a two-year degree or a 2-year degree; pharm.d",
        ] {
            assert_set_finds_what_scanning_finds(SPELLED_FLAGS, SPELLED, |s| &s.degrees, text);
            assert_set_finds_what_scanning_finds(CAPITALS_FLAGS, CAPITALS, |s| &s.capitals, text);
        }
        assert!(WordSet::new(&["(".to_string()])
            .matches("a", &[0])
            .next()
            .is_none());
    }
}
