//! Parsed job postings.

use serde::{Deserialize, Serialize};

use super::education::{drop_degree_names, find_degrees, names_a_diploma, DegreeLevel};
use super::experience::drop_denied;
use super::sections::{
    drop_heading_words, kind_at, section_index_at, sections, skills_lists, DocKind, Section,
    SectionKind,
};
use super::titles::{drop_organisation_kinds, drop_organisation_names};
use super::words::{Needles, Starts};
use super::years::{entry_level, find_statements, tied_mentions, Context, LINE_LOOKBACK};
use super::{push_mention, sentence_of, Sentences, Span, PROFILE_VERSION};
use crate::extract::Extractor;
use crate::taxonomy::SkillKind;

/// A skill a job asks for, once, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSkill {
    /// Stable skill id in the taxonomy.
    pub skill_id: String,
    /// Canonical name.
    pub name: String,
    /// Hard skill, tool, soft skill, ...
    pub kind: SkillKind,
    /// False when every mention is under "preferred" / "nice to have" or in a sentence that
    /// says it is a plus.
    pub required: bool,
    /// Years asked for this skill ("3+ years of Python"), if stated.
    pub min_years: Option<f64>,
    /// Where it is mentioned.
    pub mentions: Vec<Span>,
    /// Skills the posting offers as alternatives ("AWS, GCP or Azure") share a group
    /// number (0, 1, ... in order of first mention): a resume needs one of them. `None`
    /// for a skill asked for on its own anywhere in the posting.
    #[serde(default)]
    pub group: Option<u32>,
}

/// A statement of years of experience in a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceRequirement {
    /// Smallest number of years asked.
    pub min_years: f64,
    /// Upper end of a range ("2-5 years"), if any.
    pub max_years: Option<f64>,
    /// Other minimums offered as alternatives in the same sentence.
    pub alternatives: Vec<f64>,
    /// Ids of the skills it names ("3+ years of Python and Django" → both); empty for an
    /// overall requirement.
    pub skills: Vec<String>,
    /// False when it is under "preferred" or said to be a plus.
    pub required: bool,
    /// Where it is.
    pub span: Span,
}

/// The education a posting asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EducationRequirement {
    /// The lowest degree level that meets it (of the required ones, else of all named).
    pub level: DegreeLevel,
    /// Fields named ("Computer Science").
    pub fields: Vec<String>,
    /// False when every degree named is preferred, not required.
    pub required: bool,
    /// A higher level named as preferred ("Master's preferred"), if any.
    pub preferred_level: Option<DegreeLevel>,
    /// "or equivalent experience": experience may replace the degree.
    pub experience_may_replace: bool,
    /// Where the degrees are mentioned.
    pub mentions: Vec<Span>,
}

/// A parsed job posting. Plain data: build it with [`Job::parse`], serialise it with serde.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Format version of this data.
    pub version: u32,
    /// What the offsets count: bytes (Rust) or characters (Python `str` indices).
    pub offsets: super::OffsetUnit,
    /// Overall minimum years of experience: the largest required minimum, whether overall
    /// or tied to skills. `None` when none is stated; 0 for entry level.
    pub min_years: Option<f64>,
    /// Upper end of the overall range, if one is stated.
    pub max_years: Option<f64>,
    /// The posting says entry level / no experience required, or requires a minimum of 0
    /// years ("BS with 0-1 years of experience").
    pub entry_level: bool,
    /// Every statement of years of experience.
    pub experience: Vec<ExperienceRequirement>,
    /// Each skill once, in order of first mention. Skills mentioned only under "about us" or
    /// "benefits" are left out: they are not requirements.
    pub skills: Vec<JobSkill>,
    /// The education asked for, if any.
    pub education: Option<EducationRequirement>,
    /// Named sections with their spans.
    pub sections: Vec<Section>,
    /// What was ignored or clamped, and why.
    pub notes: Vec<String>,
}

/// Words that make a sentence a preference, not a requirement.
static PREFERENCE: Needles = Needles::any_case(&[
    "a plus",
    "preferred",
    "nice to have",
    "nice-to-have",
    "bonus",
    "desirable",
    "desired",
    "an advantage",
    "advantageous",
    "would be great",
    "good to have",
    "is a plus",
    "beneficial",
    "not required",
    "not essential",
    "is welcome",
    "are welcome",
    "would be welcome",
    "optional",
    "ideally",
    "preferably",
    "big plus",
    "huge plus",
    "strong plus",
    "great plus",
    "definite plus",
    "major plus",
    "be an asset",
    "is an asset",
    "considered an asset",
    "added advantage",
    "is helpful",
    "are helpful",
    "would be helpful",
    "helpful but not",
    "is highly regarded",
    "are highly regarded",
    "be highly regarded",
    "is well regarded",
    "be well regarded",
    // "(3+ years experience recommended)", "... is strongly recommended".
    "recommended)",
    "is recommended",
    "are recommended",
    "highly recommended",
    "strongly recommended",
    "recommended but not",
    "viewed favourably",
    "viewed favorably",
    "considered favourably",
    "considered favorably",
]);

/// Words that make the rest of a sentence a preference, after what it requires ("4+ years
/// of software development, ideally in fintech"; "a degree, preferably in Computer
/// Science").
const SOFT_MARKERS: &[&str] = &[" ideally ", " preferably ", " ideally,", " preferably,"];

/// How far after a mention inside parentheses the closing parenthesis is looked for.
const PAREN_AHEAD: usize = 300;

/// What [`is_preferred_at`] keeps for a text: a lower-cased copy to search, where its open
/// parentheses are, and its answers for whole sentences.
pub(crate) struct PreferenceCache {
    /// The text with its ASCII letters lower-cased (same offsets), searched for the phrases.
    lower: String,
    /// Offsets of '('.
    opens: Vec<usize>,
    /// Answers by sentence start: whether the sentence says it is a plus, and from where
    /// (see [`preferred_from`]).
    sentences: foldhash::HashMap<usize, Option<usize>>,
    /// Answers for closed parentheticals, by the offset of their '('.
    parentheticals: foldhash::HashMap<usize, bool>,
}

impl PreferenceCache {
    pub(crate) fn new(text: &str) -> PreferenceCache {
        PreferenceCache {
            lower: text.to_ascii_lowercase(),
            opens: memchr::memchr_iter(b'(', text.as_bytes()).collect(),
            sentences: foldhash::HashMap::default(),
            parentheticals: foldhash::HashMap::default(),
        }
    }
}

/// Does the text say the mention at `start` is a plus, not a must? Inside parentheses, the
/// parenthetical decides ("(Kubernetes is a plus)"); outside, the sentence without its
/// parentheticals ("2+ years of design (agency work a plus)" is required).
pub(crate) fn is_preferred_at(
    text: &str,
    sentences: &Sentences,
    cache: &mut PreferenceCache,
    start: usize,
) -> bool {
    let (s, e) = sentences.around(start, text.len());
    // An open parenthesis shortly before the mention, in its sentence?
    let mut lo = start.saturating_sub(300).max(s);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let k = cache.opens.partition_point(|&p| p < lo);
    let mut open = None;
    if cache.opens.get(k).is_some_and(|&p| p < start) {
        // Back over the parentheses only, closed ones skipped.
        let mut depth = 0i32;
        let window = &text.as_bytes()[lo..start];
        for i in memchr::memrchr2_iter(b'(', b')', window) {
            match window[i] {
                b')' => depth += 1,
                _ if depth == 0 => {
                    open = Some(lo + i);
                    break;
                }
                _ => depth -= 1,
            }
        }
    }
    if let Some(open) = open {
        // The parenthetical, up to its close or PAREN_AHEAD bytes (bounded, so that many
        // mentions after one unclosed parenthesis stay linear).
        let mut hi = e.min(start + PAREN_AHEAD).max(start);
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let rest = &cache.lower[open..hi];
        // A closed parenthetical ("(Python, Django or Flask a plus)") is read once for all
        // the mentions in it; an unclosed one depends on how far the mention reads on.
        let Some(close) = rest.find(')').map(|i| i + 1) else {
            return says_preferred(rest);
        };
        // One that says nothing of preference leaves its mentions to the sentence around
        // it: "Bilingual (English/Spanish) a plus".
        if *cache
            .parentheticals
            .entry(open)
            .or_insert_with(|| says_preferred(&rest[..close]))
        {
            return true;
        }
    }
    if let Some(&from) = cache.sentences.get(&s) {
        return from.is_some_and(|from| start >= from);
    }
    // Most sentences name no preference at all; only those that do are read again
    // without their parentheticals.
    let lower = &cache.lower[s..e];
    let from = if says_preferred(lower) {
        // The parentheticals blanked out, so that offsets stay those of the sentence.
        let mut out = String::with_capacity(e - s);
        let mut depth = 0usize;
        for c in lower.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        preferred_from(&out).map(|i| s + i)
    } else {
        None
    };
    cache.sentences.insert(s, from);
    from.is_some_and(|from| start >= from)
}

/// Where the preference of a sentence (with its parentheticals blanked out) begins: at its
/// start, or after the comma of a last clause that says it when the clause before says
/// what is required ("3 years of experience required, 5 years preferred"; "5+ years of
/// Python, Kubernetes a plus"; "Bachelor's degree in Finance, Master's a plus": a number,
/// a degree or "required" in it). `None` when it says none. A list keeps its preference
/// whole: in "3+ years with Python, Go, or Rust preferred" the clause before the last
/// comma is a list item, and in "... using GDE, EME and Co>Op preferred" the last clause
/// ends a list. "Ideally" and "preferably" make a preference of what follows them (see
/// [`SOFT_MARKERS`]).
fn preferred_from(sentence: &str) -> Option<usize> {
    if !says_preferred(sentence) {
        return None;
    }
    // "X, ideally Y": X is required, Y a plus.
    if let Some(i) = SOFT_MARKERS.iter().filter_map(|m| sentence.find(m)).min() {
        let before = sentence[..i].trim_end_matches([',', ';', ' ']);
        if before.bytes().any(|b| b.is_ascii_alphanumeric()) && !says_preferred(before) {
            return Some(i);
        }
    }
    let Some(comma) = sentence.rfind(", ") else {
        return Some(0);
    };
    let (before, after) = sentence.split_at(comma);
    // "..., while experience with international tax and a Master of Taxation would be
    // highly regarded": a clause of its own, whatever its list.
    if [", while ", ", whilst ", ", but "]
        .iter()
        .any(|w| after.starts_with(w))
        && !says_preferred(before)
    {
        return Some(comma);
    }
    // "..., EME and Co-Operating system preferred": the last items of a list.
    let list_end = after.contains(" and ") || after.contains(" or ");
    if says_preferred(before) || !says_preferred(after) || list_end {
        return Some(0);
    }
    let clause = before.rfind(", ").map_or(before, |c| &before[c..]);
    let states_a_requirement = clause.bytes().any(|b| b.is_ascii_digit())
        || [
            "required",
            "must",
            "mandatory",
            "degree",
            "bachelor",
            "master",
            "diploma",
        ]
        .iter()
        .any(|w| clause.contains(w));
    Some(if states_a_requirement { comma } else { 0 })
}

/// The words a parenthetical of nothing but a preference is made of ("(preferred)", "(a big
/// plus)", "(nice to have, not required)").
const PREFERENCE_WORDS: &[&str] = &[
    "a",
    "an",
    "is",
    "are",
    "would",
    "be",
    "big",
    "huge",
    "strong",
    "definite",
    "definitely",
    "but",
    "not",
    "required",
    "highly",
    "strongly",
    "very",
    "much",
    "also",
    "nice",
    "to",
    "have",
    "plus",
    "preferred",
    "preferably",
    "optional",
    "bonus",
    "desired",
    "desirable",
    "advantage",
    "advantageous",
    "great",
    "good",
    "beneficial",
    "ideally",
    "welcome",
    "regarded",
];

/// Does a parenthetical of nothing but a preference follow the mention that ends at `end`
/// ("Go (preferred)", "Docker (a plus)", "AWS (nice to have)")? It makes that mention a
/// plus, whatever its sentence says.
fn preference_follows(cache: &PreferenceCache, end: usize) -> bool {
    let Some(rest) = cache.lower.get(end..) else {
        return false;
    };
    let Some(inner) = rest.trim_start_matches([' ', '\t']).strip_prefix('(') else {
        return false;
    };
    let window = &inner.as_bytes()[..inner.len().min(48)];
    let Some(close) = memchr::memchr(b')', window) else {
        return false;
    };
    let inner = &inner[..close];
    // "(7+ preferred)" after "5+ years": another number, not a bare preference.
    if inner.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = inner
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    (says_preferred(inner) || inner.contains("plus"))
        && words.all(|w| PREFERENCE_WORDS.contains(&w))
}

/// Longest clause between a mention and a preference parenthetical that closes it.
const MAX_PREFERENCE_CLAUSE: usize = 80;

/// How a clause between a mention and the parenthetical after it may read. None holds a
/// word that makes it required ("Bachelor's degree required and MBA (preferred)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    /// A degree's field, which may name alternatives ("in Computer Science or a related
    /// field (preferred)").
    Field,
    /// A statement of years and what it is of ("of experience in fintech (preferred)"):
    /// no list, whose last item the parenthetical may be about ("Python and Go
    /// (preferred)").
    Statement,
    /// What a skill's mention goes on with: at most a few words that say it is the
    /// skill itself ("Kafka experience (a plus)"; not "Python with Django (preferred)").
    Skill,
}

/// Words between a mention and a preference parenthetical that keep the mention required.
const REQUIRED_WORDS: &[&str] = &["required", "must", "mandatory", "essential", "necessary"];

/// The words that may follow a skill's mention before a preference parenthetical that
/// makes it a plus ("Kafka experience (a plus)").
const SKILL_CLAUSE_WORDS: &[&str] = &[
    "experience",
    "knowledge",
    "skills",
    "skill",
    "familiarity",
    "exposure",
    "background",
    "expertise",
    "proficiency",
    "certification",
    "is",
    "are",
    "would",
    "be",
    "a",
];

/// Does a preference parenthetical ([`preference_follows`]) close the short clause that
/// starts at `end`, on its line and with no list between ("Bachelor's degree in Computer
/// Science (preferred)", "2+ years of experience in fintech (preferred)")? The first
/// parenthetical after `end` decides: "BS in CS (required), MS (preferred)" keeps the
/// bachelor's required.
fn preference_closes(cache: &PreferenceCache, end: usize, clause: Clause) -> bool {
    let i = cache.opens.partition_point(|&o| o < end);
    let Some(&open) = cache.opens.get(i) else {
        return false;
    };
    if open - end > MAX_PREFERENCE_CLAUSE {
        return false;
    }
    let Some(between) = cache.lower.get(end..open) else {
        return false;
    };
    let ends_sentence = |b: &str| b.contains(". ") || b.ends_with('.');
    if between.contains(['\n', '\r', ',', ';', ':', '(', ')']) || ends_sentence(between) {
        return false;
    }
    let mut words = between.split([' ', '\t']).filter(|w| !w.is_empty());
    if between
        .split([' ', '\t'])
        .any(|w| REQUIRED_WORDS.contains(&w))
    {
        return false;
    }
    let no_list = !(between.contains(['/', '&'])
        || between
            .split(' ')
            .any(|w| w == "and" || w == "or" || w == "nor"));
    let fits = match clause {
        Clause::Field => true,
        Clause::Statement => no_list,
        Clause::Skill => no_list && words.all(|w| SKILL_CLAUSE_WORDS.contains(&w)),
    };
    fits && preference_follows(cache, open)
}

/// Whether a posting's section is its list of duties under a heading that names them as
/// such ("Responsibilities", "Duties", "What you'll do"), not under one that may hold the
/// whole posting ("Job Description", "The Role", "Overview").
fn lists_duties(section: &Section) -> bool {
    const DUTIES: &[&str] = &[
        "responsib",
        "duties",
        "what you'll do",
        "what you will do",
        "what you'll be doing",
        "day to day",
        "day-to-day",
        "in this role you will",
        "essential functions",
    ];
    section.kind == SectionKind::Responsibilities && {
        let mut heading = section.heading.to_ascii_lowercase();
        if heading.contains('’') {
            heading = heading.replace('’', "'");
        }
        DUTIES.iter().any(|d| heading.contains(d))
    }
}

/// How a posting's mentions of one skill ask for it: as a requirement outside the duties
/// ([`lists_duties`]), as a preference.
#[derive(Debug, Clone, Copy, Default)]
struct Asked {
    required: bool,
    preferred: bool,
}

/// Whether the words just before a degree at `at` in a posting (`text`, and `lower` its
/// lower-cased copy) say it is still being studied for: "working towards a BS", "pursuing a
/// Bachelor's", "currently enrolled in a 4-year degree programme".
fn degree_under_way(text: &str, lower: &str, at: usize) -> bool {
    static STUDYING: Needles = Needles::new(&[
        "working toward",
        "pursuing",
        "currently enrolled",
        "enrolled in",
        "enrolled at",
        "currently studying",
        "studying for",
        "studying toward",
        "final-year",
        "final year",
    ]);
    let mut lo = at.saturating_sub(60);
    while !lower.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &lower[lo..at];
    // Its own line and sentence only: after the last line break, ";", or "." before white
    // space and a capital (not the dots of "pursuing a B.S. or M.S."; `lower` is lower
    // case, so the capital is read in `text`).
    let bytes = text.as_bytes();
    let cut = (lo..at)
        .rev()
        .find(|&i| {
            matches!(bytes[i], b'\n' | b';')
                || (bytes[i] == b'.'
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase))
        })
        .map_or(lo, |i| i + 1);
    STUDYING.in_lower(&before[cut - lo..])
}

/// Does `lower`, a piece of the lower-cased text, contain one of [`PREFERENCE`]?
fn says_preferred(lower: &str) -> bool {
    PREFERENCE.in_lower(lower)
}

/// How two neighbouring mentions are joined in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// "," (or ";").
    Comma,
    /// "or", ", or", "and/or".
    Or,
    /// "and", ", and", "&".
    And,
    /// "/" with no space around it ("JavaScript/TypeScript"): a pair that may be both
    /// ("HTML/CSS") or either; alternatives only inside a run that an "or" makes one
    /// ("JavaScript/TypeScript or Python").
    Slash,
}

/// Longest run of bytes between two mentions read as a joint.
const MAX_JOINT: usize = 40;

/// Most words of an item the taxonomy does not know inside a list ("banking, NBFC or
/// fintech").
const MAX_ITEM_WORDS: usize = 3;

/// Words that make a piece of text between two mentions something else than a list item
/// ("Python, with Java or C#").
const NOT_ITEM_WORDS: &[&str] = &[
    "a",
    "an",
    "as",
    "at",
    "comparable",
    "e.g.",
    "equivalent",
    "etc",
    "etc.",
    "experience",
    "for",
    "from",
    "i.e.",
    "ideally",
    "in",
    "including",
    "is",
    "knowledge",
    "like",
    "of",
    "on",
    "other",
    "preferably",
    "related",
    "relevant",
    "similar",
    "skills",
    "such",
    "the",
    "to",
    "using",
    "via",
    "with",
];

/// Words after "or" that offer what is like the items before it ("or a similar ERP", "or a
/// related field", "or equivalent").
const OR_LIKE_WORDS: &[&str] = &[
    "a",
    "an",
    "any",
    "similar",
    "related",
    "other",
    "another",
    "equivalent",
    "comparable",
];

/// Is `word` one of [`OR_LIKE_WORDS`]?
fn or_like(word: &str) -> bool {
    OR_LIKE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Does "or" and a related field follow the mention ending at `end` ("Statistics,
/// Economics, Mathematics or a related field", "..., or a related quantitative
/// discipline")? Then the fields before are alternatives, as with an "or" between them.
/// Not "or similar" or "or equivalent" alone: "BLS, ACLS, PALS, or equivalent" asks for all
/// three, and "Docker, Kubernetes, Terraform, or another IaC tool" qualifies the last.
fn or_like_follows(text: &str, end: usize) -> bool {
    let mut words = list_tokens(clause_after(text, end, &['\n', '\r']));
    let mut word = words.next();
    if word == Some(",") {
        word = words.next();
    }
    if !word.is_some_and(|w| w.eq_ignore_ascii_case("or") || w.eq_ignore_ascii_case("and/or")) {
        return false;
    }
    let article = |w: &str| ["a", "an", "any"].iter().any(|a| w.eq_ignore_ascii_case(a));
    let mut word = words.next();
    if word.is_some_and(article) {
        word = words.next();
    }
    if !word.is_some_and(|w| or_like(w) && !article(w)) {
        return false;
    }
    // A field of study within the next three words ("related technical field").
    const FIELDS: &[&str] = &[
        "field",
        "fields",
        "discipline",
        "disciplines",
        "area",
        "areas",
        "major",
        "majors",
        "subject",
        "subjects",
    ];
    words.take(3).any(|w| {
        let w = w.trim_end_matches(['.', ',', ')', ';']);
        FIELDS.iter().any(|f| w.eq_ignore_ascii_case(f))
    })
}

/// Is `word` one of [`NOT_ITEM_WORDS`]?
fn not_an_item(word: &str) -> bool {
    NOT_ITEM_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The joint between two mentions, `between` being the text from the end of one to the
/// start of the next: commas and conjunctions, with list items the taxonomy does not know
/// between them ("AWS, GCP, or Azure"; "banking, NBFC or fintech"); `None` when it is
/// anything else (other words, a line break, ...).
fn joint(between: &str) -> Option<Joint> {
    // A semicolon ends a list: "Fluent in English; Spanish or Mandarin a plus".
    if between.len() > MAX_JOINT || between.contains(['\n', '\r', ';']) {
        return None;
    }
    if between == "/" {
        return Some(Joint::Slash);
    }
    // A word joint needs spaces around it ("Python or Java", not "Python-or-Java").
    if !between.starts_with([' ', '\t', ',', ';']) || !between.ends_with([' ', '\t', ',']) {
        return None;
    }
    let (mut or, mut and, mut comma) = (false, false, false);
    // Separators and items alternate, and a separator comes first and last.
    let mut started = false;
    let mut item_words = 0usize;
    // An item after an "or" ("... or Finance; CPA"), which a comma then ends: the
    // alternatives end there too, before the next mention.
    let mut item_after_or = false;
    let mut like = false;
    for word in list_tokens(between) {
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        let separator = if word == "," {
            if (item_after_or && item_words > 0) || like {
                return None;
            }
            comma = true;
            true
        } else if is("or") || is("and/or") {
            or = true;
            true
        } else if or && item_words == 0 && or_like(word) {
            // "NetSuite or a similar ERP": the words after "or" that say "or one like it"
            // (a comma after them ends the list: "Python or similar, SQL").
            like = true;
            true
        } else if is("and") || word == "&" {
            and = true;
            true
        } else {
            if !started
                || item_words == MAX_ITEM_WORDS
                || not_an_item(word)
                || !word
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-./+#&".contains(&b))
            {
                return None;
            }
            item_words += 1;
            item_after_or = or;
            false
        };
        if separator {
            // Two separators in a row (", or") are one; an item ends.
            started = true;
            item_words = 0;
        }
    }
    if !started || item_words > 0 {
        return None;
    }
    if or {
        Some(if and { Joint::And } else { Joint::Or })
    } else if and {
        Some(Joint::And)
    } else {
        comma.then_some(Joint::Comma)
    }
}

/// The words of `s` split at spaces and tabs, with each comma or semicolon a word "," of
/// its own.
fn list_tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches([' ', '\t']);
        if rest.is_empty() {
            return None;
        }
        if let Some(tail) = rest.strip_prefix([',', ';']) {
            rest = tail;
            return Some(",");
        }
        let len = rest.find([' ', '\t', ',', ';']).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(len);
        rest = tail;
        Some(word)
    })
}

/// The text after `end` up to the first of `stops`, within [`MAX_JOINT`] bytes (the reach of
/// a list's joint).
fn clause_after<'a>(text: &'a str, end: usize, stops: &[char]) -> &'a str {
    let mut hi = (end + MAX_JOINT).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = text.get(end..hi).unwrap_or("");
    after.split(stops).next().unwrap_or("")
}

/// Does the list go on with "and" after the mention ending at `end`, perhaps after the
/// rest of its item ("critical thinking, programming and/or scripting, and web research";
/// "container-based or serverless cloud platforms, and ...")? Then its "or" joined two
/// items only.
fn and_follows(text: &str, end: usize, next_mention: Option<usize>) -> bool {
    let line = clause_after(text, end, &['\n', '\r', '.', '(', ')', ':']);
    // Items of a few words and commas, up to an "and" right after the mention or after a
    // comma ("Linux or UNIX-like systems and knowledge of ..." is a new clause).
    let mut item_words = 0;
    let mut comma = false;
    let mut tokens = list_tokens(line);
    while let Some(word) = tokens.next() {
        if word.eq_ignore_ascii_case("and") || word == "&" {
            // Right after the mention, "and" before a word in lower case that begins no
            // mention opens a clause of its own: "R or Python and present results".
            if item_words == 0 && !comma {
                // (A word of the clause, which is a slice of `text`; a comma token is not,
                // and starts with no letter.)
                let after = tokens.next().unwrap_or("");
                let verb = after.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && {
                    let at = (after.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                    next_mention != Some(at)
                };
                return !verb;
            }
            return item_words == 0;
        }
        comma |= word == ",";
        if word == "," {
            item_words = 0;
        } else if item_words == MAX_ITEM_WORDS || not_an_item(word) {
            return false;
        } else {
            item_words += 1;
        }
    }
    false
}

/// Is the text right before `start` "or" after a space?
fn or_before(text: &str, start: usize) -> bool {
    let b = text.as_bytes()[..start].trim_ascii_end();
    b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b" or")
}

/// Does a list item the taxonomy does not know open the list that goes on at `start`,
/// after "in" or "of" ("a degree in Finance, Accounting or Economics", "in Construction
/// Management, Civil Engineering or a related field")? Then that item is one of the
/// alternatives too, and the list may be met by what no skill names.
fn unknown_item_before(text: &str, start: usize) -> bool {
    // Read backwards in ASCII bytes (a byte of another character ends an item): the
    // separator, the item's words, "in" or "of", within the reach of a list's joint.
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(MAX_JOINT);
    let mut e = start.min(bytes.len());
    while e > lo && matches!(bytes[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    let mut b = &bytes[lo..e];
    if let Some(rest) = b.strip_suffix(b",") {
        b = rest;
    } else if b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b" or") {
        b = &b[..b.len() - 3];
    } else {
        return false;
    }
    let is_item_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'&';
    let mut item: [&[u8]; MAX_ITEM_WORDS] = [&[]; MAX_ITEM_WORDS];
    let mut words = 0;
    let mut items = 0;
    loop {
        b = b.strip_suffix(b" ").unwrap_or(b);
        let len = b.iter().rev().take_while(|&&c| is_item_byte(c)).count();
        if len == 0 {
            return false;
        }
        let word = &b[b.len() - len..];
        if word.eq_ignore_ascii_case(b"in") || word.eq_ignore_ascii_case(b"of") {
            // (The item's words are checked last: most lists fail before.)
            return words > 0
                && !item[..words]
                    .iter()
                    .any(|w| std::str::from_utf8(w).is_ok_and(not_an_item));
        }
        if words == MAX_ITEM_WORDS || !word[0].is_ascii_uppercase() {
            return false;
        }
        item[words] = word;
        words += 1;
        b = &b[..b.len() - len];
        // Another unknown item before this one ("in Event Management, Hospitality or
        // Marketing").
        if let Some(rest) = b.strip_suffix(b", ") {
            if items == MAX_UNKNOWN_ITEMS
                || item[..words]
                    .iter()
                    .any(|w| std::str::from_utf8(w).is_ok_and(not_an_item))
            {
                return false;
            }
            items += 1;
            words = 0;
            b = rest;
            continue;
        }
        if !b.ends_with(b" ") {
            return false;
        }
    }
}

/// Most unknown items before the first one [`unknown_item_before`] reads.
const MAX_UNKNOWN_ITEMS: usize = 3;

/// Marks the skills a posting offers as alternatives. A run of mentions joined only by
/// commas and "or" ("AWS, GCP, or Azure", "Python or Java", "SQL and/or NoSQL") is a
/// group: a resume needs one of them. A run with an "and" in it or after it ("Python, SQL
/// and Tableau or Power BI") is a list of all its skills. A run with a skill that the
/// posting also asks for on its own ("SolidWorks or Creo" beside "model parts in
/// SolidWorks") is met by that skill: its other skills are no longer asked for by it, and
/// one that the posting asks for nowhere else is a plus. Groups that share a skill are one
/// group. `mentions` are (start, end, slot in `skills`, required), in order.
fn group_alternatives(
    text: &str,
    mentions: &[(usize, usize, usize, bool)],
    skills: &mut [JobSkill],
) {
    // Each run of joined mentions, as a range of `mentions`, with its joints.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let (mut has_or, mut has_and) = (false, false);
    for i in 0..mentions.len() {
        let next = mentions.get(i + 1).and_then(|&(s, _, _, _)| {
            let e = mentions[i].1;
            // Mentions never overlap; a gap past the text or inside a character is no joint.
            text.get(e..s).and_then(joint)
        });
        // A comma after an "or" ends the list of alternatives ("Python or Java, SQL, Docker":
        // SQL and Docker are asked for on their own).
        let ends = match next {
            Some(Joint::Comma) => has_or,
            Some(Joint::Slash) => false,
            Some(j) => {
                has_or |= j == Joint::Or;
                has_and |= j == Joint::And;
                false
            }
            None => true,
        };
        if ends {
            // "Statistics, Economics, Mathematics or a related field": the "or" is after
            // the last item.
            // (One item is a list too when one the taxonomy does not know opens it: "in
            // Construction Management, Civil Engineering or a related field".)
            let or_after = !has_or
                && (i > start || unknown_item_before(text, mentions[start].0))
                && or_like_follows(text, mentions[i].1);
            // "A degree in Hospitality or Marketing": one mention after an item the
            // taxonomy does not know and "or".
            let after_unknown_or = i == start
                && !has_or
                && or_before(text, mentions[i].0)
                && unknown_item_before(text, mentions[i].0);
            let next_mention = mentions.get(i + 1).map(|m| m.0);
            if (has_or || or_after || after_unknown_or)
                && !has_and
                && !and_follows(text, mentions[i].1, next_mention)
            {
                runs.push(start..i + 1);
            }
            start = i + 1;
            (has_or, has_and) = (false, false);
        }
    }
    if runs.is_empty() {
        return;
    }
    // The skills mentioned outside every run: (any mention, a required one).
    let mut in_a_run = vec![false; mentions.len()];
    for run in &runs {
        in_a_run[run.clone()].fill(true);
    }
    let mut alone = vec![(false, false); skills.len()];
    for (m, &(_, _, slot, required)) in mentions.iter().enumerate() {
        if !in_a_run[m] {
            alone[slot].0 = true;
            alone[slot].1 |= required;
        }
    }
    // A run is met by a member asked for on its own as firmly as the run asks for it (a
    // required run by a required mention, a plus by any).
    let met = |run: &std::ops::Range<usize>| {
        unknown_item_before(text, mentions[run.start].0)
            || mentions[run.clone()].iter().any(|&(_, _, slot, required)| {
                let (any, firmly) = alone[slot];
                if required {
                    firmly
                } else {
                    any
                }
            })
    };
    let (met_runs, runs): (Vec<_>, Vec<_>) = runs.into_iter().partition(met);
    if !met_runs.is_empty() {
        // A skill that only a met run asks for firmly is a plus: whether it is required
        // is read again from its mentions outside the met runs.
        // Not a list of three or more with "and/or" ("SQL, Python and/or R" with Python
        // asked for elsewhere asks for SQL too): it may as well be a list of all of them,
        // and keeps what its skills were.
        let and_or = |run: &std::ops::Range<usize>| {
            run.len() >= 3
                && text
                    .get(mentions[run.start].1..mentions[run.end - 1].0)
                    .is_some_and(|between| {
                        between
                            .as_bytes()
                            .windows(6)
                            .any(|w| w.eq_ignore_ascii_case(b"and/or"))
                    })
        };
        let mut in_met = vec![false; mentions.len()];
        for run in met_runs.iter().filter(|r| !and_or(r)) {
            in_met[run.clone()].fill(true);
        }
        let mut required = vec![false; skills.len()];
        let mut touched = vec![false; skills.len()];
        for (m, &(_, _, slot, req)) in mentions.iter().enumerate() {
            if in_met[m] {
                touched[slot] = true;
            } else {
                required[slot] |= req;
            }
        }
        for (slot, skill) in skills.iter_mut().enumerate() {
            if touched[slot] {
                skill.required = required[slot];
            }
        }
    }
    // Groups as a union-find over the slots (a skill in two runs joins them).
    let mut parent: Vec<usize> = (0..skills.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut grouped = vec![false; skills.len()];
    for run in &runs {
        let mut members = mentions[run.clone()].iter().map(|&(_, _, slot, _)| slot);
        let Some(first) = members.next() else {
            continue;
        };
        for slot in members {
            // What is asked for and what is a plus are no alternatives of each other
            // ("a degree in Finance or Accounting ... MBA or CFA a plus").
            if slot != first && skills[slot].required == skills[first].required {
                let (a, b) = (root(&mut parent, first), root(&mut parent, slot));
                parent[a.max(b)] = a.min(b);
                grouped[first] = true;
                grouped[slot] = true;
            }
        }
    }
    // Numbered in order of first mention (slots are in that order).
    let mut number: Vec<Option<u32>> = vec![None; skills.len()];
    let mut next = 0u32;
    for slot in 0..skills.len() {
        if grouped[slot] {
            let r = root(&mut parent, slot);
            let n = *number[r].get_or_insert_with(|| {
                next += 1;
                next - 1
            });
            skills[slot].group = Some(n);
        }
    }
}

/// Does the sentence `start..end` say what the company is or does: "We make scheduling
/// software", "We are a fintech startup", "Verdant helps manufacturers plan inventory",
/// "Acme is the leading ...", "Founded in 2010, ...", "Our platform is ..."? Not what the
/// role is: a sentence that looks for someone ("We are a startup looking for a Python
/// developer", "We're hiring", "... to join our team"); not people who do the work
/// ("Engineers build pipelines in Python", "Our software engineers work in Go"); nor a
/// sentence whose first word is the skill at `mention` itself ("Kubernetes is a plus").
fn describes_the_company(text: &str, (start, end): (usize, usize), mention: usize) -> bool {
    /// What a company does, said of one company (a name's verbs; "we" takes the forms
    /// without the "s").
    const DOES: &[&str] = &[
        "makes",
        "builds",
        "sells",
        "helps",
        "provides",
        "offers",
        "develops",
        "serves",
        "delivers",
        "creates",
        "designs",
        "manufactures",
        "operates",
        "powers",
        "enables",
    ];
    /// What the company's own things do or are ("Our platform is", "Our customers include").
    const OURS: &[&str] = &[
        "company",
        "mission",
        "platform",
        "product",
        "products",
        "customers",
        "clients",
    ];
    const OURS_DO: &[&str] = &[
        "is", "are", "was", "has", "have", "helps", "help", "enables", "enable", "powers", "power",
        "serves", "serve", "provides", "provide", "makes", "make", "lets", "allows", "gives",
        "connects", "brings", "delivers", "offers", "include", "includes", "range",
    ];
    /// Words of a sentence that looks for someone.
    const SEEKS: &[&str] = &[
        "looking for",
        "seeking",
        "hiring",
        "searching for",
        "in search of",
        "we need",
        "join our",
        "to join",
        "you will",
        "you'll",
        "candidate",
    ];
    const NOT_NAMES: &[&str] = &[
        "this", "that", "these", "those", "it", "there", "here", "to", "you", "your", "in", "as",
        "if", "what", "which", "who", "the", "a", "an",
    ];
    let head = text[start..end].trim_start();
    let head_at = end - head.len();
    let mut hi = head.len().min(60);
    while !head.is_char_boundary(hi) {
        hi -= 1;
    }
    let words: Vec<&str> = head[..hi]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let lower = |i: usize| words.get(i).map(|w| w.to_ascii_lowercase());
    let (Some(first), Some(second)) = (lower(0), lower(1)) else {
        return false;
    };
    let third = lower(2).unwrap_or_default();
    let does = |w: &str| DOES.contains(&w) || DOES.iter().any(|d| d.strip_suffix('s') == Some(w));
    let says = match first.as_str() {
        "we" => does(&second) || (second == "are" && matches!(third.as_str(), "a" | "an" | "the")),
        "we're" | "we’re" => matches!(second.as_str(), "a" | "an" | "the"),
        "our" => OURS.contains(&second.as_str()) && OURS_DO.contains(&third.as_str()),
        "founded" => second == "in",
        // A name ("Verdant helps ...", "Acme is a ..."), capitalised, that is not the
        // mention, with a verb said of one company.
        _ => {
            let first_end = head_at + head.find(words[0]).unwrap_or(0) + words[0].len();
            mention >= first_end
                && !NOT_NAMES.contains(&first.as_str())
                && words[0].starts_with(|c: char| c.is_uppercase())
                && (DOES.contains(&second.as_str())
                    || (second == "is" && matches!(third.as_str(), "a" | "an" | "the")))
        }
    };
    says && {
        let sentence = head.to_lowercase();
        !SEEKS.iter().any(|w| sentence.contains(w))
    }
}

/// Does a sentence (lower case) say "equivalent" of something other than a degree ("or
/// equivalent", "or equivalent experience", "equivalent combination of education and
/// experience"), which lets experience stand in for the degree? "Master's or equivalent
/// degree" and "a recognised equivalent qualification" name another degree.
fn equivalent_not_a_degree(sentence_lower: &str) -> bool {
    const DEGREE_WORDS: &[&str] = &[
        "degree",
        "degrees",
        "qualification",
        "qualifications",
        "diploma",
        "foreign",
        "international",
        "overseas",
        "academic",
        "university",
        "educational",
    ];
    memchr::memmem::find_iter(sentence_lower.as_bytes(), b"equivalent").any(|i| {
        let next = sentence_lower[i + "equivalent".len()..]
            .trim_start_matches([' ', ','])
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        !DEGREE_WORDS.contains(&next)
    })
}

/// Does `d` (a high-school level) name a school's qualification of the British and
/// Commonwealth kind (GCSE, GCE, NCEA, Matric, NVQ, BTEC, Leaving Certificate, Class XII,
/// A-levels)?
fn names_school_qualification(text: &str, d: &super::education::Degree) -> bool {
    const NAMES: &[&str] = &[
        "gcse",
        "gce",
        "ncea",
        "matric",
        "national senior",
        "nvq",
        "btec",
        "leaving",
        "class",
        "a-level",
        "a level",
        "as-level",
        "as level",
        "o-level",
        "o level",
    ];
    let name = text.get(d.start..d.end).unwrap_or_default();
    NAMES.iter().any(|n| {
        name.get(..n.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(n))
    })
}

fn not_a_requirement(kind: SectionKind) -> bool {
    // "Other": how to apply, the location, physical demands and working conditions
    // ("Exposure to blood-borne pathogens" asks for no skill).
    matches!(
        kind,
        SectionKind::About | SectionKind::Benefits | SectionKind::Other
    )
}

impl Job {
    /// The profile as JSON, with its format version ([`super::PROFILE_VERSION`]).
    pub fn to_json(&self) -> String {
        super::profile_to_json(self)
    }

    /// Reads a profile saved by [`Job::to_json`]. JSON that is not a Job, or was saved in
    /// another format version, is an [`crate::ErrorKind::Format`] error.
    pub fn from_json(json: &str) -> crate::Result<Job> {
        super::profile_from_json(json, "Job")
    }

    /// The groups of skills offered as alternatives ([`JobSkill::group`]), in the order of
    /// their numbers (numbers no skill has make no empty group), each in the order of the
    /// skills. Work and memory follow the number of skills, whatever the numbers.
    pub fn alternatives(&self) -> Vec<Vec<&JobSkill>> {
        let mut numbered: Vec<(u32, &JobSkill)> = self
            .skills
            .iter()
            .filter_map(|s| s.group.map(|g| (g, s)))
            .collect();
        // Stable: each group keeps the order of its skills.
        numbered.sort_by_key(|&(g, _)| g);
        let mut groups: Vec<Vec<&JobSkill>> = Vec::new();
        let mut last = None;
        for (g, s) in numbered {
            if last != Some(g) {
                groups.push(Vec::new());
                last = Some(g);
            }
            if let Some(group) = groups.last_mut() {
                group.push(s);
            }
        }
        groups
    }

    /// Parses a posting with `extractor`'s taxonomy.
    pub fn parse(text: &str, extractor: &Extractor) -> Job {
        let plain = super::plain_line_ends(text);
        let text = &*super::relined(&plain, DocKind::Job);
        let sections = sections(text, DocKind::Job);
        let sentences = Sentences::new(text);
        let starts = Starts::new(text);
        let mut preferred_cache = PreferenceCache::new(text);
        let mut notes = Vec::new();
        let mut mentions = extractor.extract_with_lists(text, &skills_lists(&sections));
        drop_heading_words(text, &sections, &mut mentions);
        drop_organisation_names(text, &mut mentions);
        drop_organisation_kinds(text, &mut mentions);
        drop_denied(
            text,
            &mut mentions,
            &["non-", "non ", "no ", "no prior ", "no previous "],
        );
        drop_not_required(&preferred_cache.lower, &mut mentions);
        drop_after_without(&preferred_cache.lower, &mut mentions);
        drop_offered(&preferred_cache.lower, &sentences, &mut mentions, |m| {
            extractor.skill(m).kind
        });
        // In order and not overlapping.
        let mut all_degrees = find_degrees(text, &starts);
        // "High School Science Teacher", "teaching high school students": a school, not a
        // diploma asked for.
        all_degrees.retain(|d| d.level != DegreeLevel::HighSchool || names_a_diploma(text, d));
        drop_degree_names(&mut mentions, &all_degrees);
        let mut skills: Vec<JobSkill> = Vec::with_capacity(mentions.len());
        let mut slot_of =
            foldhash::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        let mut mention_info = Vec::with_capacity(mentions.len());
        // With a section of requirements of its own, a posting's intro describes the
        // company in the sentences that say what it is or does.
        let has_requirements = sections.iter().any(|s| s.kind == SectionKind::Requirements);
        for m in &mentions {
            let kind = kind_at(&sections, m.start);
            if not_a_requirement(kind)
                || (kind == SectionKind::Intro
                    && has_requirements
                    && describes_the_company(text, sentences.around(m.start, text.len()), m.start))
            {
                continue;
            }
            let required = kind != SectionKind::Preferred
                && !is_preferred_at(text, &sentences, &mut preferred_cache, m.start)
                && !preference_closes(&preferred_cache, m.end, Clause::Skill)
                && !eligible_will_do(&preferred_cache.lower, m.start, m.end);
            let slot = push_mention(&mut skills, &mut slot_of, extractor, m, |skill| JobSkill {
                skill_id: skill.id.clone(),
                name: skill.name.clone(),
                kind: skill.kind,
                required,
                min_years: None,
                mentions: Vec::new(),
                group: None,
            });
            let js = &mut skills[slot];
            js.required |= required;
            js.mentions.push(Span::new(m.start, m.end));
            mention_info.push((m.start, m.end, slot, required));
        }
        // Where each skill is asked for, by slot.
        let duty_sections: Vec<bool> = sections.iter().map(lists_duties).collect();
        let mut asked = vec![Asked::default(); skills.len()];
        for &(start, _, slot, required) in &mention_info {
            let a = &mut asked[slot];
            if !required {
                a.preferred = true;
            } else if !section_index_at(&sections, start).is_some_and(|i| duty_sections[i]) {
                a.required = true;
            }
        }
        // A skill the duties name and the qualifications ask for only as a preference ("You
        // will build pages with Next.js" ... "Nice to have: Next.js") is preferred: the
        // qualifications say how much it is asked for.
        for (js, a) in skills.iter_mut().zip(&asked) {
            if a.preferred && !a.required {
                js.required = false;
            }
        }
        group_alternatives(text, &mention_info, &mut skills);

        // Years of experience.
        let mut ignored = Vec::new();
        let skill_starts: Vec<usize> = mention_info.iter().map(|m| m.0).collect();
        let statements = find_statements(
            text,
            &starts.units,
            true,
            |at| match kind_at(&sections, at) {
                SectionKind::Requirements | SectionKind::Preferred => Context::RequirementsList,
                _ => Context::Prose,
            },
            &skill_starts,
            &mut ignored,
        );
        notes.extend(ignored.into_iter().map(|(_, _, why)| why));
        let mut experience = Vec::new();
        for st in statements {
            let kind = kind_at(&sections, st.start);
            if not_a_requirement(kind) {
                continue;
            }
            let required = kind != SectionKind::Preferred
                && !is_preferred_at(text, &sentences, &mut preferred_cache, st.start)
                && !preference_closes(&preferred_cache, st.end, Clause::Statement);
            let (tied, tied_before) = tied_mentions(text, &st, &mention_info, |m| (m.0, m.1));
            let mut tied: Vec<usize> = tied.into_iter().map(|i| mention_info[i].2).collect();
            tied.dedup();
            if required {
                // A required statement is not about the skills its sentence calls a plus
                // ("5+ years of Python, Kubernetes a plus").
                tied.retain(|&slot| skills[slot].required);
            } else if tied_before {
                // "SQL: 1 year (Preferred)": the skill named for the years is a plus too,
                // where it is named nowhere else.
                for &slot in &tied {
                    if skills[slot].mentions.len() == 1 {
                        skills[slot].required = false;
                    }
                }
            }
            for &slot in &tied {
                let js = &mut skills[slot];
                // The years a plus asks for are no minimum of a required skill ("5+ years
                // of Java" required, "8+ years of Java" preferred: 5).
                if required || !js.required {
                    js.min_years = Some(js.min_years.map_or(st.min_years, |y| y.max(st.min_years)));
                }
            }
            experience.push(ExperienceRequirement {
                min_years: st.min_years,
                max_years: st.max_years,
                alternatives: st.alternatives.clone(),
                skills: tied.iter().map(|&s| skills[s].skill_id.clone()).collect(),
                required,
                span: Span::new(st.start, st.end),
            });
        }
        // The overall requirement: the largest required minimum ("8+ years of Java" asks
        // for at least 8 years in all), except that statements tied to different degrees
        // in their sentences are tiers ("Bachelor's and 7 years; Master's and 5; PhD and
        // 3"): of those, the smallest counts.
        let degree_of = |r: &ExperienceRequirement| {
            let (s, e) = sentences.around(r.span.start, text.len());
            let first = all_degrees.partition_point(|d| d.start < s);
            all_degrees[first..]
                .iter()
                .take_while(|d| d.start < e)
                .find(|d| d.end <= e)
                .map(|d| d.level.rank())
        };
        let required_reqs: Vec<(&ExperienceRequirement, Option<u8>)> = experience
            .iter()
            .filter(|r| r.required)
            .map(|r| (r, degree_of(r)))
            .collect();
        let mut levels: Vec<u8> = required_reqs.iter().filter_map(|(_, d)| *d).collect();
        levels.sort_unstable();
        levels.dedup();
        let tiered = levels.len() >= 2;
        let by_min = |a: &&ExperienceRequirement, b: &&ExperienceRequirement| {
            a.min_years.total_cmp(&b.min_years)
        };
        let untiered = required_reqs
            .iter()
            .filter(|(_, d)| !tiered || d.is_none())
            .map(|(r, _)| *r)
            .max_by(by_min);
        let tier = required_reqs
            .iter()
            .filter(|(_, d)| tiered && d.is_some())
            .map(|(r, _)| *r)
            .min_by(by_min);
        let pick = match (untiered, tier) {
            (Some(a), Some(b)) => Some(if a.min_years >= b.min_years { a } else { b }),
            (a, b) => a.or(b),
        };
        let mut min_years = pick.map(|r| r.min_years);
        let max_years = pick.and_then(|r| r.max_years);
        // Entry level when the posting says so, or when what it requires is no experience
        // at all ("BS with 0-1 years of experience", "PhD with 0-2 years").
        let entry = min_years == Some(0.0)
            || entry_level(text, &starts)
                .is_some_and(|(s, _)| !not_a_requirement(kind_at(&sections, s)));
        if entry && min_years.is_none() {
            min_years = Some(0.0);
        }

        // Education.
        let mut degrees = Vec::new();
        let mut studying = false;
        for (k, d) in all_degrees.iter().enumerate() {
            let kind = kind_at(&sections, d.start);
            if not_a_requirement(kind) {
                continue;
            }
            let sentence = sentence_of(text, d.start, d.end);
            // What the degree's own clause says of it: "Master's degree required" after
            // "PhD preferred, "; "Bachelor's degree not required" asks for none.
            let (clause, whole_clause) = {
                let rest = &preferred_cache.lower[d.end..];
                let mut end = rest
                    .bytes()
                    .take(60)
                    .position(|b| b",;.\n".contains(&b))
                    .unwrap_or(rest.len().min(60));
                // Its own clause only: up to "and", "or", "with", "but" or the next degree
                // ("Master's degree preferred and Bachelor's required").
                if let Some(next) = all_degrees.get(k + 1) {
                    end = end.min(next.start.saturating_sub(d.end));
                }
                let clause = rest.get(..end).unwrap_or("");
                let cut = [" and ", " or ", " with ", " but "]
                    .iter()
                    .filter_map(|w| clause.find(w))
                    .min()
                    .unwrap_or(clause.len());
                (&clause[..cut], clause)
            };
            let prefers = whole_clause.contains("prefer") || whole_clause.contains("plus");
            if !prefers
                && ["not required", "not necessary", "not needed"]
                    .iter()
                    .any(|w| clause.contains(w))
            {
                continue;
            }
            // A degree still being studied for ("working towards a BS in ...", "pursuing a
            // Bachelor's", "enrolled in a 4-year degree programme") asks for none held: a
            // student's job, entry level.
            if degree_under_way(text, &preferred_cache.lower, d.start) {
                studying = true;
                continue;
            }
            let says_required = clause.contains("required") && !clause.contains("prefer");
            // Asked for by a deadline after hiring ("BSN required within 3 years of hire"):
            // not needed to be hired, so a preference.
            let later = whole_clause.contains("within")
                && [
                    "of hire",
                    "of hiring",
                    "of employment",
                    "of start",
                    "of joining",
                ]
                .iter()
                .any(|w| whole_clause.contains(w));
            let preferred = later
                || kind == SectionKind::Preferred
                || !says_required
                    && (is_preferred_at(text, &sentences, &mut preferred_cache, d.start)
                        || preference_closes(&preferred_cache, d.end, Clause::Field));
            // Experience may replace it when the job says so, or when the degree is another
            // way to the job than the years before it ("10+ years of Java, or 6 years with a
            // PhD"; not "3 years with a Master's or 5 with a Bachelor's", which are tiers).
            let (s, e) = sentences.around(d.start, text.len());
            // Earlier degrees count from the sentence or the line, whichever starts first
            // (a degree's own period may end a sentence: "Ph.D. in ..."), at most
            // LINE_LOOKBACK bytes back.
            let mut lo = d.start.saturating_sub(LINE_LOOKBACK);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            let line_start = text[lo..d.start].rfind('\n').map_or(lo, |i| lo + i + 1);
            let earlier_from = s.min(line_start);
            // Within LINE_LOOKBACK bytes before the degree, in its sentence: a unit of time,
            // then " or " and nothing but a number of years or an article before the degree
            // ("..., or 6 years with a PhD", "... or a Master's degree"; not "sales or
            // marketing and a Bachelor's degree"), a statement of years in the sentence, and
            // no degree before it there. Binary searches: linear in the text however many.
            let from = s.max(lo);
            let first_unit = starts.units.partition_point(|u| u.0 < from);
            let unit_end = starts
                .units
                .get(first_unit)
                .map(|u| u.1)
                .filter(|&u| u <= d.start);
            let another_way = unit_end.is_some_and(|unit_end| {
                let between = &preferred_cache.lower[unit_end..d.start];
                let first_statement = experience.partition_point(|r| r.span.start < s);
                let first_degree = all_degrees[..k].partition_point(|o| o.start < earlier_from);
                memchr::memmem::rfind(between.as_bytes(), b" or ").is_some_and(|i| {
                    let after_or = between[i + 4..].trim();
                    let words: Vec<&str> = after_or.split_whitespace().collect();
                    let plain = matches!(words.as_slice(), [] | ["a"] | ["an"]);
                    let years = after_or.starts_with(|c: char| c.is_ascii_digit())
                        && words.len() <= 6
                        && words
                            .iter()
                            .any(|w| w.starts_with("year") || w.starts_with("yr"));
                    plain || years
                }) && experience
                    .get(first_statement)
                    .is_some_and(|r| r.span.start < e)
                    && first_degree == k
            });
            // The other way round: "A Bachelor's degree or 4+ years of relevant work
            // experience" (not tiers: "a Master's or 5 years with a Bachelor's").
            let years_instead = {
                let mut hi = e.min(d.end + 160).max(d.end);
                while !text.is_char_boundary(hi) {
                    hi -= 1;
                }
                let after = &preferred_cache.lower[d.end..hi];
                let another_degree = all_degrees.get(k + 1).is_some_and(|o| o.start < e);
                !another_degree
                    && memchr::memmem::find(after.as_bytes(), b" or ").is_some_and(|i| {
                        let after_or = after[i + 4..].trim_start();
                        after_or.starts_with(|c: char| c.is_ascii_digit())
                            && after_or
                                .split_whitespace()
                                .take(4)
                                .any(|w| w.starts_with("year") || w.starts_with("yr"))
                    })
            };
            let sentence_lower = sentence.to_ascii_lowercase();
            // "High school diploma or equivalent" means a GED, not experience.
            let equivalent = another_way
                || years_instead
                || (equivalent_not_a_degree(&sentence_lower)
                    && (d.level != DegreeLevel::HighSchool
                        || sentence_lower.contains("equivalent experience")
                        || sentence_lower.contains("equivalent work")))
                || sentence_lower.contains("in lieu of");
            // The degree that years replace ("experience in lieu of an advanced degree"),
            // read below.
            let replaced = {
                let before = preferred_cache.lower[..d.start].trim_end();
                let before = ["a", "an", "the"]
                    .iter()
                    .find_map(|w| {
                        before
                            .strip_suffix(w)
                            .filter(|b| b.ends_with(' '))
                            .map(str::trim_end)
                    })
                    .unwrap_or(before);
                ["in lieu of", "instead of", "in place of"]
                    .iter()
                    .any(|w| before.ends_with(w))
            };
            degrees.push((d.clone(), preferred, equivalent, replaced));
        }
        // A degree named only as what years replace asks for nothing when the posting names
        // another of its level ("Master's Degree Preferred ... experience will be
        // considered in lieu of an advanced degree": a master's preferred); else it is asked
        // for, and experience may replace it ("8 years of experience in lieu of a Bachelor's
        // degree", also beside "Master's degree preferred").
        let named_otherwise: Vec<DegreeLevel> = degrees
            .iter()
            .filter(|(_, _, _, replaced)| !replaced)
            .map(|(d, _, _, _)| d.level)
            .collect();
        for (d, preferred, _, replaced) in &mut degrees {
            *preferred |= *replaced && named_otherwise.contains(&d.level);
        }
        // A school's qualifications beside a degree asked for ("GCSE Maths and English",
        // "NVQ Level 3" with "Degree in Mechanical Engineering") are no lower level that
        // would do instead: the degree is asked for.
        let degree_asked = degrees.iter().any(|(d, preferred, _, _)| {
            !preferred && d.level.rank() >= DegreeLevel::Bachelor.rank()
        });
        if degree_asked {
            degrees.retain(|(d, _, _, _)| {
                d.level != DegreeLevel::HighSchool || !names_school_qualification(text, d)
            });
        }
        let degrees: Vec<(super::education::Degree, bool, bool)> =
            degrees.into_iter().map(|(d, p, e, _)| (d, p, e)).collect();
        let education = (!degrees.is_empty()).then(|| {
            let any_required = degrees.iter().any(|(_, p, _)| !p);
            // "Bachelor's and Master's degree in Architecture": both are asked for, and the
            // higher holds the lower.
            // The text between two degrees, trimmed, and where the later of them stands.
            let between = |a: &super::education::Degree, b: &super::education::Degree| {
                let (first, second) = if a.end <= b.start { (a, b) } else { (b, a) };
                text.get(first.end..second.start)
                    .map(|between| (between.trim(), second.start..second.end))
            };
            let and_joined_higher = |k: usize| {
                let (d, p, _) = &degrees[k];
                [k.checked_sub(1), Some(k + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| degrees.get(j))
                    .any(|(o, op, _)| {
                        op == p
                            && o.level.rank() > d.level.rank()
                            && between(d, o).is_some_and(|(between, b)| {
                                // ... of degrees, not of people ("Bachelor's and Master's
                                // students welcome").
                                let degree = text
                                    .get(b.clone())
                                    .is_some_and(|m| m.to_ascii_lowercase().contains("degree"))
                                    || text.get(b.end..).is_some_and(|rest| {
                                        let rest = rest.trim_start_matches(' ').as_bytes();
                                        rest.len() > 3
                                            && (rest[..3].eq_ignore_ascii_case(b"of ")
                                                || rest[..3].eq_ignore_ascii_case(b"in "))
                                    });
                                degree && (between.eq_ignore_ascii_case("and") || between == "&")
                            })
                    })
            };
            let counted = degrees
                .iter()
                .enumerate()
                .filter(|&(k, (_, p, _))| (!any_required || !p) && !and_joined_higher(k))
                .map(|(_, d)| d);
            let level = counted
                .map(|(d, _, _)| d.level)
                .min_by_key(|l| l.rank())
                .unwrap_or(DegreeLevel::Bachelor);
            // A degree offered as another way to the level asked for is no higher preference
            // ("Associate's or Bachelor's degree": an associate degree will do).
            let or_joined = |a: &super::education::Degree, b: &super::education::Degree| {
                between(a, b).is_some_and(|(between, _)| {
                    let between = between.trim_start_matches(',').trim();
                    between.eq_ignore_ascii_case("or")
                        || between == "/"
                        || between.eq_ignore_ascii_case("or a")
                        || between.eq_ignore_ascii_case("or an")
                })
            };
            // A degree offered beside a credential of another kind ("CFA Level I or MBA",
            // "MBA or CPA"): the candidate may hold the other, which the education score
            // cannot see, so it sets no preference above the level.
            let or_credential = |d: &super::education::Degree| {
                let line_start = text[..d.start].rfind('\n').map_or(0, |i| i + 1);
                let before = text[line_start..d.start].trim_end().as_bytes();
                let degree_before = degrees
                    .iter()
                    .any(|(o, ..)| o.start >= line_start && o.end <= d.start);
                let before_or = before.len() > 3
                    && before[before.len() - 3..].eq_ignore_ascii_case(b" or")
                    && !degree_before;
                let after = text[d.end..].trim_start_matches([' ', '\t']);
                let after_or =
                    after.len() > 3 && after.as_bytes()[..3].eq_ignore_ascii_case(b"or ") && {
                        let next = after[3..].trim_start_matches([' ', '\t']);
                        let at = text.len() - next.len();
                        next.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                            && !degrees.iter().any(|(o, ..)| o.start == at)
                    };
                before_or || after_or
            };
            let preferred_level = degrees
                .iter()
                .enumerate()
                .filter(|&(k, (d, p, _))| {
                    *p && d.level.rank() > level.rank()
                        && !or_credential(d)
                        && ![k.checked_sub(1), Some(k + 1)]
                            .into_iter()
                            .flatten()
                            .any(|j| {
                                // "Bachelor's or Master's degree" (the level asked for) and
                                // "MS or PhD preferred" (the lower preference will do).
                                degrees.get(j).is_some_and(|(o, op, _)| {
                                    (o.level == level || (*op && o.level.rank() < d.level.rank()))
                                        && or_joined(d, o)
                                })
                            })
                })
                .map(|(_, (d, _, _))| d.level)
                .max_by_key(|l| l.rank());
            let mut fields: Vec<String> = Vec::new();
            let mut seen = foldhash::HashSet::default();
            for (d, _, _) in &degrees {
                for f in &d.fields {
                    if seen.insert(f.as_str()) {
                        fields.push(f.clone());
                    }
                }
            }
            EducationRequirement {
                level,
                fields,
                required: any_required,
                preferred_level,
                experience_may_replace: degrees.iter().any(|(_, _, e)| *e),
                mentions: degrees
                    .iter()
                    .map(|(d, _, _)| Span::new(d.start, d.end))
                    .collect(),
            }
        });
        // A student's job when it asks for a degree under way and none held.
        let studying = studying
            && education.as_ref().is_none_or(|e| !e.required)
            && min_years.is_none_or(|y| y == 0.0);
        if studying && min_years.is_none() {
            min_years = Some(0.0);
        }
        Job {
            version: PROFILE_VERSION,
            offsets: super::OffsetUnit::Bytes,
            min_years,
            max_years,
            entry_level: entry || studying,
            experience,
            skills,
            education,
            sections,
            notes,
        }
    }

    /// Rewrites every offset with `f` (Python uses this to turn bytes into characters).
    pub fn map_offsets(&mut self, f: &impl Fn(usize) -> usize, unit: super::OffsetUnit) {
        self.offsets = unit;
        for s in &mut self.skills {
            s.mentions.iter_mut().for_each(|m| m.map(f));
        }
        for r in &mut self.experience {
            r.span.map(f);
        }
        if let Some(e) = &mut self.education {
            e.mentions.iter_mut().for_each(|m| m.map(f));
        }
        for s in &mut self.sections {
            s.start = f(s.start);
            s.end = f(s.end);
        }
    }
}

/// Does being eligible for the credential at `start..end` do ("CPA or CPA-eligible", "CPA
/// eligible", "CFA (or eligible)")? Then it is not strictly required. `lower` is the text
/// lower-cased.
fn eligible_will_do(lower: &str, start: usize, end: usize) -> bool {
    // Most mentions are settled by the two bytes after them.
    let b = lower.as_bytes();
    if !matches!(
        (b.get(end), b.get(end + 1)),
        (Some(b'-' | b' '), Some(b'e' | b'o' | b'('))
    ) {
        return false;
    }
    let rest = &lower[end..];
    let eligible = |r: &str| {
        let r = r.trim_start_matches(['-', ' ']);
        r.starts_with("eligible") || r.starts_with("(or eligible")
    };
    if eligible(rest) {
        return true;
    }
    let own = &lower[start..end];
    rest.trim_start()
        .strip_prefix("or ")
        .and_then(|r| r.strip_prefix(own))
        .is_some_and(eligible)
}

/// Drops the mentions of a sentence in which the employer offers the skill rather than asks
/// for it ("We'll pay for your CDL training!", "we provide paid forklift training and
/// forklift certification on site"), or asks whether the reader lacks it ("Don't have a CDL
/// yet?"): an offer phrase before the mention in its sentence, and no word of a requirement
/// ("must", "require").
fn drop_offered(
    lower: &str,
    sentences: &Sentences,
    mentions: &mut Vec<crate::extract::Mention>,
    kind_of: impl Fn(&crate::extract::Mention) -> SkillKind,
) {
    static OFFERS: Needles = Needles::new(&[
        "we'll pay for",
        "we will pay for",
        "we pay for",
        "we provide",
        "we'll provide",
        "we will provide",
        "we offer",
        "we'll train",
        "we will train",
        "paid training",
        "company-paid",
        "company paid",
        "we sponsor",
        "we'll sponsor",
        "we will sponsor",
        "don't have a",
        "don't have your",
        "do not have a",
        "earn your",
        "get your",
        "obtain your",
        // "Paid CDL Training Program"
        "paid ",
    ]);
    mentions.retain(|m| {
        // Only what an employer trains or pays for: a credential, or a skill named with or
        // followed by "training", "certification" or "license".
        let next = lower[m.end..].trim_start_matches([' ', '-']);
        let own = &lower[m.start..m.end];
        const NAMED: &[&str] = &[
            "training",
            "certification",
            "certified",
            "license",
            "licence",
        ];
        if kind_of(m) != SkillKind::Certification
            && !["training", "certif", "licen"]
                .iter()
                .any(|w| next.starts_with(w))
            && !NAMED.iter().any(|w| own.ends_with(w))
        {
            return true;
        }
        // Its sentence, within 240 bytes either side (a text without stops reads no
        // further).
        let (s, e) = sentences.around(m.start, lower.len());
        let mut start = s.max(m.start.saturating_sub(240));
        while !lower.is_char_boundary(start) {
            start += 1;
        }
        if !OFFERS.in_lower(&lower[start..m.start]) {
            return true;
        }
        let end = e.clamp(m.end, (m.end + 240).min(lower.len()));
        let clause = &lower.as_bytes()[start..end];
        memchr::memmem::find(clause, b"must").is_some()
            || memchr::memmem::find(clause, b"require").is_some()
    });
}

/// Drops the mentions a posting says the work goes without: right after "without", or
/// after "without" and a verb's "-ing" form and at most a determiner ("without giving legal
/// advice", "without any supervision", "with or without Python"). `lower` is the posting
/// with its ASCII letters lower-cased, at the same offsets.
fn drop_after_without(lower: &str, mentions: &mut Vec<crate::extract::Mention>) {
    const WITHOUT: &str = "without ";
    let at: Vec<usize> = memchr::memmem::find_iter(lower.as_bytes(), WITHOUT.as_bytes())
        .filter(|&i| i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
        .collect();
    if at.is_empty() {
        return;
    }
    mentions.retain(|m| {
        // The last "without" before the mention, at most 40 bytes before it.
        let i = at.partition_point(|&w| w + WITHOUT.len() <= m.start);
        let Some(&w) = i.checked_sub(1).and_then(|i| at.get(i)) else {
            return true;
        };
        let from = w + WITHOUT.len();
        if m.start - from > 40 {
            return true;
        }
        let words: Vec<&str> = lower[from..m.start].split_whitespace().collect();
        let verb = |w: &str| w.len() > 4 && w.ends_with("ing");
        let determiner = |w: &str| ["a", "an", "the", "any"].contains(&w);
        let negated = match words.as_slice() {
            [] => true,
            [one] => verb(one) || determiner(one),
            [v, d] => verb(v) && determiner(d),
            _ => false,
        };
        !negated
    });
}

/// Drops the mentions of a clause that says they are not needed ("CDL not required",
/// "a degree is not necessary"): the clause after the mention, up to a comma, a stop, a
/// semicolon, a bracket or the line's end, says "not required", "not needed" or "not
/// necessary".
fn drop_not_required(lower: &str, mentions: &mut Vec<crate::extract::Mention>) {
    // Where " not " stands (`lower` is the posting with its ASCII letters lower-cased, at
    // the same offsets): a mention with none in the 80 bytes after it is settled by a
    // binary search.
    let nots: Vec<usize> = memchr::memmem::find_iter(lower.as_bytes(), b" not ").collect();
    if nots.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let next_not = nots.partition_point(|&at| at < m.end);
        if nots.get(next_not).is_none_or(|&at| at >= m.end + 80) {
            return true;
        }
        let rest = &lower.as_bytes()[m.end..];
        let end = rest
            .iter()
            .take(80)
            .position(|b| b",.;:()\n!?".contains(b))
            .unwrap_or(rest.len().min(80));
        let full = lower[m.end..].get(..end).unwrap_or("");
        // Up to a "but" ("Python and SQL experience but degree not required"), and a
        // preference is no denial ("Salesforce preferred but not required").
        let clause = full.split(" but ").next().unwrap_or("");
        let denied = [
            "not required",
            "not needed",
            "not necessary",
            "not a requirement",
        ]
        .iter()
        .any(|w| clause.contains(w));
        !denied || {
            [
                "prefer",
                "plus",
                "helpful",
                "nice to have",
                "desired",
                "bonus",
                "asset",
            ]
            .iter()
            .any(|w| full.contains(w))
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the skills a posting asks for.
    fn skill_names(text: &str, ex: &Extractor) -> Vec<String> {
        Job::parse(text, ex)
            .skills
            .into_iter()
            .map(|s| s.name)
            .collect()
    }

    const POSTING: &str = "\
Senior Backend Engineer

About us
For over 20 years we have built logistics software in Java.

Requirements:
- 5+ years of professional software development experience
- 3+ years of Python and Django
- Bachelor's degree in Computer Science or equivalent experience
- Strong PostgreSQL skills

Nice to have
- Kubernetes
- Master's degree

Benefits
- 401(k) matching and Excel training
";

    #[test]
    fn a_section_of_required_skills_is_a_list_of_skills() {
        let ex = Extractor::builtin();
        let text = "Data Engineer\n\nRequired Skills\n- R\n- Go\n- Testing\n\n\
                    Responsibilities\n- Go to market with sales\n- Testing the waters\n";
        let job = Job::parse(text, &ex);
        let cut = text.find("Responsibilities").unwrap();
        let names: Vec<&str> = job.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["R", "Go", "software testing"]);
        assert!(job.skills.iter().all(|s| s.required));
        assert!(job
            .skills
            .iter()
            .flat_map(|s| &s.mentions)
            .all(|m| m.end < cut));
        // Extraction alone knows no sections: a single letter needs them (the other two
        // are a bulleted list of technologies on their own).
        assert!(ex.extract(text).iter().all(|m| ex.skill(m).name != "R"));
    }

    #[test]
    fn a_degrees_length_and_a_deadline_are_no_experience() {
        let ex = Extractor::builtin();
        let min = |t: &str| Job::parse(&format!("Requirements:\n- {t}\n"), &ex).min_years;
        for (text, want) in [
            ("4-year degree and 1 year of experience.", Some(1.0)),
            (
                "A four-year college degree and one year of supervisory experience.",
                Some(1.0),
            ),
            (
                "Two-year degree and 1 year of experience in retail.",
                Some(1.0),
            ),
            (
                "Bachelor's degree (4-year) and 1 year of experience.",
                Some(1.0),
            ),
            ("2 years of college or equivalent work experience.", None),
            (
                "ADN accepted with enrollment in a BSN program within 2 years",
                None,
            ),
            ("Must complete BSN within 3 years", None),
            // Still experience:
            ("4 years of experience in a university setting", Some(4.0)),
            (
                "Bachelor's degree (4 years of experience may substitute)",
                Some(4.0),
            ),
            ("3 years of programming experience", Some(3.0)),
            ("5+ years program management experience", Some(5.0)),
            ("3 years college recruiting experience", Some(3.0)),
            ("4 years of university teaching experience", Some(4.0)),
            (
                "Bachelor's degree (4 years related experience may substitute)",
                Some(4.0),
            ),
        ] {
            assert_eq!(min(text), want, "{text}");
        }
    }

    #[test]
    fn what_a_posting_says_it_does_not_need_is_no_skill() {
        let ex = Extractor::builtin();
        let names = |t: &str| -> Vec<String> {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        for text in [
            "No CDL required",
            "Non-CDL box truck driver",
            "No prior customer service experience needed",
            "CDL not required.",
            "A CDL is not necessary, we train you",
            "No CDL or forklift certification required",
            "No CDL license or forklift certification required",
            "No CDL/forklift experience needed",
        ] {
            let got = names(text);
            assert!(
                got.iter().all(|n| !n.contains("driver")
                    && !n.contains("customer service")
                    && !n.contains("forklift")),
                "{text}: {got:?}"
            );
        }
        // Offered by the employer, not asked for; asked for beside an offer.
        let all = |t: &str| -> Vec<String> {
            Job::parse(t, &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        for text in [
            "Student Driver - Paid CDL Training Program\nDon't have a CDL yet? We'll pay for \
             your CDL training! Earn your Class A CDL in 4 weeks.\n",
            "Warehouse Associate\nNo experience? No problem: we provide paid forklift training \
             and forklift certification on site.\n",
        ] {
            let got = all(text);
            assert!(
                got.iter()
                    .all(|n| !n.contains("driver") && !n.contains("forklift")),
                "{text}: {got:?}"
            );
        }
        let got =
            all("Requirements:\n- Class A CDL required; we provide paid training on our routes.\n");
        assert!(got.iter().any(|n| n.contains("driver")), "{got:?}");
        // Asked for, and what a denial does not reach.
        for (text, name) in [
            (
                "CDL required; no weekend work",
                "commercial driver's license",
            ),
            (
                "Customer service experience required, degree not required",
                "customer service",
            ),
            ("NoSQL databases", "NoSQL"),
            (
                "Salesforce experience preferred but not required",
                "Salesforce",
            ),
            ("Python and SQL experience but degree not required", "SQL"),
            ("Knowledge of economics", "economics"),
            // The denial reaches over "or" only, not a list's comma.
            ("No CDL required, forklift certification a plus", "forklift"),
        ] {
            let got = names(text);
            assert!(got.iter().any(|n| n.contains(name)), "{text}: {got:?}");
        }
    }

    #[test]
    fn the_kind_of_an_organisation_is_no_skill() {
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        for (text, not) in [
            (
                "We are a regional CPA firm seeking a receptionist.",
                "Certified Public Accountant",
            ),
            (
                "Housekeeper needed at Green Valley Nursing Home.",
                "nursing",
            ),
            ("Dietary Aide for a skilled nursing facility.", "nursing"),
            ("Driver for a Logistics company.", "logistics"),
            ("Receptionist for a busy accounting firm.", "accounting"),
            (
                "Our client, a growing medical devices organisation, is seeking a controller.",
                "medical devices",
            ),
            (
                "Our client is a leading logistics business in the Midlands.",
                "logistics",
            ),
        ] {
            let got = names(text);
            assert!(got.iter().all(|n| !n.contains(not)), "{text}: {got:?}");
        }
        let got = names(
            "Requirements:\n- Accounting degree and CPA\n- Built a Kubernetes home lab\n\
             - 2+ years of public accounting firm experience\n\
             - Experience at a digital marketing agency\n- Rolled out Salesforce company-wide\n\
             - Work as a data analytics business partner\n\
             - 3+ years running an e-commerce business\n",
        );
        for name in [
            "accounting",
            "Certified Public Accountant",
            "Kubernetes",
            "marketing",
            "Salesforce",
            "data analytics",
            "e-commerce",
        ] {
            assert!(got.iter().any(|n| n.contains(name)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_company_and_its_place_in_the_header_ask_for_no_skill() {
        let ex = Extractor::builtin();
        let names = |header: &str| {
            skill_names(
                &format!("Warehouse Associate\n{header}\n\nRequirements\n- SQL\n"),
                &ex,
            )
        };
        for header in [
            "Delta Crossing Logistics, Memphis, TN",
            "Lakeshore Robotics | Milwaukee, WI",
            "Cedar & Stone Analytics · Austin, TX (Hybrid)",
            "Company: Summit Accounting Partners",
        ] {
            assert_eq!(names(header), ["SQL"], "{header}");
        }
        // The role and its place, a label before the name, a unit named after its field, a
        // label line that goes on.
        for (header, kept) in [
            ("Senior Python Developer, Austin, TX", "Python"),
            (
                "Scope: Project Management, Austin, TX",
                "project management",
            ),
            ("HVAC Tech, Phoenix, AZ", "HVAC"),
            (
                "Machine Learning Lab, Stanford University, Stanford, CA",
                "machine learning",
            ),
            ("Company: Acme | Stack: Python, AWS", "Python"),
        ] {
            let got = names(header);
            assert!(got.iter().any(|n| n.contains(kept)), "{header}: {got:?}");
        }
    }

    #[test]
    fn a_degrees_own_clause_says_whether_it_is_required() {
        let ex = Extractor::builtin();
        let edu = |t: &str| {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .education
                .map(|e| (e.level, e.required, e.preferred_level))
        };
        use DegreeLevel as L;
        assert_eq!(
            edu("PhD preferred, Master's degree required."),
            Some((L::Master, true, Some(L::Doctorate)))
        );
        assert_eq!(
            edu("Master's preferred, Bachelor's (required)"),
            Some((L::Bachelor, true, Some(L::Master)))
        );
        assert_eq!(edu("Bachelor's degree not required"), None);
        assert_eq!(
            edu("Bachelor's degree preferred but not required"),
            Some((L::Bachelor, false, None))
        );
        assert_eq!(
            edu("Master's degree preferred and Bachelor's required"),
            Some((L::Bachelor, true, Some(L::Master)))
        );
        assert_eq!(
            edu("Master's degree required; PhD preferred"),
            Some((L::Master, true, Some(L::Doctorate)))
        );
        assert_eq!(
            edu("J.D. from an accredited law school"),
            Some((L::Doctorate, true, None))
        );
    }

    #[test]
    fn alternatives_are_all_required_or_all_a_plus() {
        let ex = Extractor::builtin();
        let groups = |t: &str| -> Vec<(String, bool, Option<u32>)> {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .skills
                .into_iter()
                .map(|s| (s.name, s.required, s.group))
                .collect()
        };
        let got = groups("Fluent in English; Spanish or Mandarin a plus");
        let english = got.iter().find(|s| s.0 == "English").unwrap();
        assert_eq!((english.1, english.2), (true, None), "{got:?}");
        let others: Vec<_> = got.iter().filter(|s| s.0 != "English").collect();
        assert!(others.iter().all(|s| !s.1 && s.2.is_some()), "{got:?}");
        let got = groups("Degree in Statistics, Accounting, or Economics; MBA or CFA a plus");
        for (name, required, group) in &got {
            let plus = name.contains("Chartered") || name.contains("MBA");
            assert_eq!(*required, !plus, "{got:?}");
            if let (true, Some(g)) = (plus, group) {
                assert!(got.iter().all(|o| o.1 || o.2 == Some(*g)), "{got:?}");
            }
        }
        // "Finance" names no skill: a finance graduate meets the list, whose skills are
        // then a plus.
        let got = groups("Degree in Finance, Accounting, or Economics; MBA or CFA a plus");
        assert!(got.iter().all(|s| !s.1), "{got:?}");
    }

    #[test]
    fn essential_headings_open_requirements() {
        let ex = Extractor::builtin();
        for heading in ["Essential Requirements:", "ESSENTIAL SKILLS:"] {
            let job = Job::parse(
                &format!("Duties:\n- Serve guests\n\n{heading}\n- 1 year food service\n"),
                &ex,
            );
            assert_eq!(job.min_years, Some(1.0), "{heading}");
        }
    }

    #[test]
    fn a_last_clause_that_is_a_plus_leaves_the_requirement_before_it() {
        let ex = Extractor::builtin();
        let parse = |t: &str| Job::parse(&format!("Requirements:\n- {t}\n"), &ex);
        let skill = |job: &Job, name: &str| {
            let s = job.skills.iter().find(|s| s.name == name).unwrap();
            (s.required, s.min_years)
        };
        let job = parse("3 years of experience required, 5 years preferred");
        let levels: Vec<(f64, bool)> = job
            .experience
            .iter()
            .map(|r| (r.min_years, r.required))
            .collect();
        assert_eq!(levels, [(3.0, true), (5.0, false)]);
        assert_eq!(job.min_years, Some(3.0));
        let job = parse("5+ years of Python, Kubernetes a plus");
        assert_eq!(
            skill(&job, "Python (computer programming)"),
            (true, Some(5.0))
        );
        assert_eq!(skill(&job, "Kubernetes"), (false, None));
        let job = parse("Bachelor's degree in Finance, Master's a plus");
        assert!(job.education.as_ref().is_some_and(|e| e.required));
        // A list keeps its preference whole.
        let job = parse("Experience with Python, Go or Rust is a plus");
        assert!(job.skills.iter().all(|s| !s.required));
        let job = parse("3+ years with Python, Go, or Rust preferred");
        assert!(job.skills.iter().all(|s| !s.required));
        assert_eq!(job.min_years, None);
        // "Ideally" and "preferably" make a plus of what follows them.
        let job = parse("4+ years of Python, ideally with Django or Flask");
        assert_eq!(
            skill(&job, "Python (computer programming)"),
            (true, Some(4.0))
        );
        assert_eq!(skill(&job, "Django"), (false, None));
        assert_eq!(job.min_years, Some(4.0));
        let job = parse("Experience with Docker and preferably Kubernetes");
        assert_eq!(skill(&job, "Docker"), (true, None));
        assert_eq!(skill(&job, "Kubernetes"), (false, None));
        let job = parse("Ideally, 3+ years with Kubernetes");
        assert!(job.skills.iter().all(|s| !s.required));
        assert_eq!(job.min_years, None);
    }

    #[test]
    fn headings_of_wishes_and_of_needs() {
        let ex = Extractor::builtin();
        for (heading, required) in [
            ("Ideally you have", false),
            ("Extra credit", false),
            ("Even better:", false),
            ("You'll thrive if you have", true),
        ] {
            let job = Job::parse(&format!("{heading}\n- 3+ years with Kubernetes\n"), &ex);
            let k8s = &job.skills[0];
            assert_eq!(
                (k8s.name.as_str(), k8s.required),
                ("Kubernetes", required),
                "{heading}"
            );
            assert_eq!(job.min_years, required.then_some(3.0), "{heading}");
        }
    }

    #[test]
    fn other_postings_copied_with_a_posting_ask_for_nothing() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Registered Nurse\nRequirements\n- BLS\n- 2 years ICU experience\n\n\
             Similar jobs\nSenior Software Engineer (Python, AWS)\n\
             5+ years of Kubernetes experience\n",
            &ex,
        );
        let names: Vec<&str> = job.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "registered nurse license",
                "Basic Life Support",
                "intensive care medicine"
            ]
        );
        assert_eq!(job.min_years, Some(2.0));
    }

    #[test]
    fn years_of_a_skill_as_job_boards_write_them() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Experience:\n- Python: 3 years (Required)\n- SQL: 1 year (Preferred)\n",
            &ex,
        );
        let got: Vec<(&str, bool, Option<f64>)> = job
            .skills
            .iter()
            .map(|s| (s.name.as_str(), s.required, s.min_years))
            .collect();
        assert_eq!(
            got,
            [
                ("Python (computer programming)", true, Some(3.0)),
                ("SQL", false, Some(1.0))
            ]
        );
        assert_eq!(job.min_years, Some(3.0));
        // The years a plus asks for are no minimum of a required skill.
        let job = Job::parse(
            "Minimum Qualifications\n- 5+ years experience in Java\n\n\
             Preferred Qualifications\n- 8+ years experience in Java\n",
            &ex,
        );
        assert_eq!(job.skills[0].min_years, Some(5.0));
        assert_eq!(job.min_years, Some(5.0));
        // Years in brackets are the skill's before them.
        let job = Job::parse(
            "Requirements:\n- Experience with Python (5+ yrs) and AWS (2+ yrs)\n",
            &ex,
        );
        let got: Vec<Option<f64>> = job.skills.iter().map(|s| s.min_years).collect();
        assert_eq!(got, [Some(5.0), Some(2.0)]);
    }

    #[test]
    fn the_years_of_a_requirement_stop_where_another_requirement_begins() {
        let ex = Extractor::builtin();
        let years = |line: &str| -> Vec<(String, Option<f64>)> {
            let job = Job::parse(&format!("Requirements:\n- {line}\n"), &ex);
            job.skills
                .iter()
                .map(|s| (s.name.clone(), s.min_years))
                .collect()
        };
        let python = "Python (computer programming)".to_owned();
        // Another requirement: an adjective that opens one, a noun after what the years
        // are of, a joiner after "N years of X experience".
        assert_eq!(
            years("3 years of retail experience and strong Excel skills"),
            [("Microsoft Excel".to_owned(), None)]
        );
        assert_eq!(
            years("5 years of professional experience and strong Python skills"),
            [(python.clone(), None)]
        );
        assert_eq!(
            years("5+ years of Python experience and familiarity with Docker"),
            [(python.clone(), Some(5.0)), ("Docker".to_owned(), None)]
        );
        assert_eq!(
            years("5 years as an engineer with Python, and experience with Kubernetes"),
            [(python.clone(), Some(5.0)), ("Kubernetes".to_owned(), None)]
        );
        // One requirement: a list of skills, "experience and expertise", "including".
        assert_eq!(
            years("3+ years of Python and Django experience"),
            [
                (python.clone(), Some(3.0)),
                ("Django".to_owned(), Some(3.0))
            ]
        );
        assert_eq!(
            years("3+ years of experience with SQL, Python and Tableau")
                .iter()
                .map(|s| s.1)
                .collect::<Vec<_>>(),
            [Some(3.0); 3]
        );
        assert_eq!(
            years("5+ years of experience and expertise in Python"),
            [(python.clone(), Some(5.0))]
        );
        assert_eq!(
            years("3+ years of Python and deep learning")
                .iter()
                .map(|s| s.1)
                .collect::<Vec<_>>(),
            [Some(3.0); 2]
        );
        assert_eq!(
            years("3+ years of Python experience, including Django"),
            [(python, Some(3.0)), ("Django".to_owned(), Some(3.0))]
        );
    }

    #[test]
    fn terse_years_and_the_years_of_a_check() {
        let ex = Extractor::builtin();
        let read = |text: &str| {
            let job = Job::parse(text, &ex);
            let skills: Vec<(String, Option<f64>)> = job
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.min_years))
                .collect();
            (job.min_years, job.max_years, skills)
        };
        // Years followed by a skill, without "of".
        let (min, _, skills) = read("Requirements: 3+ years Java, Spring.");
        assert_eq!(min, Some(3.0));
        assert!(skills.iter().all(|(_, y)| *y == Some(3.0)), "{skills:?}");
        assert_eq!(
            read("Requirements\n- 2+ yrs Python required\n").0,
            Some(2.0)
        );
        // But not followed by just any word, nor outside the requirements.
        assert_eq!(read("Requirements\n- 2 years warranty on parts\n").0, None);
        assert_eq!(read("About us\nWe spent 3 years Java-free.\n").0, None);
        // A title with its years in brackets.
        let (min, max, _) = read("Java Developer (3-5 yrs)\nWe build payment systems.");
        assert_eq!((min, max), (Some(3.0), Some(5.0)));
        // A check's reach back is no experience.
        for text in [
            "Requirements:\n- 2 years OTR experience\n- Clean MVR, no DUI in last 5 years",
            "Requirements:\n- 2 years OTR experience\n- Must pass a 7-year background check",
        ] {
            assert_eq!(read(text).0, Some(2.0), "{text}");
        }
        // Nor does an investigation's or a repair's subject, nor a contract's length.
        assert_eq!(
            read("Requirements:\n- 3 years criminal investigation experience\n").0,
            Some(3.0)
        );
        assert_eq!(read("Project Manager (12 months)\nWe are hiring.").0, None);
        // Years since qualifying (PQE), and "newly qualified to N years" as a range.
        for (text, want) in [
            (
                "We are hiring a solicitor with 5+ years PQE in commercial property.",
                (Some(5.0), None),
            ),
            ("Requirements:\n- 3-6 years' PQE\n", (Some(3.0), Some(6.0))),
            (
                "Requirements:\n- Newly qualified to 2 years' PQE solicitor\n",
                (Some(0.0), Some(2.0)),
            ),
            ("Requirements:\n- NQ-3 years PQE\n", (Some(0.0), Some(3.0))),
            (
                "A newly qualified to 2 years' PQE solicitor.",
                (Some(0.0), Some(2.0)),
            ),
        ] {
            let (min, max, _) = read(text);
            assert_eq!((min, max), want, "{text}");
        }
        // An asset of a name is no preference.
        let job = Job::parse(
            "Requirements:\n- 3+ years with an asset management system such as Maximo and SQL\n",
            &ex,
        );
        assert!(job.skills.iter().all(|s| s.required), "{:?}", job.skills);
        // Years in lieu of a degree replace it; the years before them are still asked for.
        assert_eq!(
            read("Requirements:\n- 4 years of experience, or 8 years of experience in lieu of a degree").0,
            Some(4.0)
        );
    }

    #[test]
    fn abbreviations_do_not_end_the_sentence_of_a_requirement() {
        let ex = Extractor::builtin();
        let years_of = |text: &str, name: &str| {
            let job = Job::parse(text, &ex);
            let skill = job.skills.iter().find(|s| s.name == name);
            (job.min_years, skill.and_then(|s| s.min_years))
        };
        assert_eq!(
            years_of("Requirements:\n- 10+ yrs of exp. in C++\n", "C++"),
            (Some(10.0), Some(10.0))
        );
        assert_eq!(
            years_of("Min. 3 yrs. experience in C++ and Rust.", "C++"),
            (Some(3.0), Some(3.0))
        );
        assert_eq!(
            years_of("5+ yrs exp. with C++ (e.g. embedded).", "C++"),
            (Some(5.0), Some(5.0))
        );
        // A dot before a capitalised word still ends the sentence, and what follows it is
        // not tied to the years.
        assert_eq!(
            years_of("5+ yrs exp. C++ is used for our tools.", "C++"),
            (Some(5.0), None)
        );
    }

    #[test]
    fn what_the_work_goes_without_is_not_asked_for() {
        let ex = Extractor::builtin();
        let names = |t: &str| -> Vec<String> {
            Job::parse(t, &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        let got = names(
            "Requirements:\n- Answer callers without giving legal advice\n- Microsoft Word\n",
        );
        assert!(!got.iter().any(|n| n.contains("legal advice")), "{got:?}");
        assert!(got.iter().any(|n| n == "Microsoft Word"), "{got:?}");
        assert!(
            !names("Requirements:\n- Python, with or without Kubernetes\n")
                .iter()
                .any(|n| n == "Kubernetes")
        );
        // Only right after it: "without regard to ..., Python" keeps Python.
        assert!(
            names("Hired without regard to race. Requirements: Python\n")
                .iter()
                .any(|n| n.starts_with("Python"))
        );
    }

    #[test]
    fn preference_phrases_in_any_case() {
        // The mention at `at` of `t`.
        let preferred = |t: &str, at: usize| {
            is_preferred_at(t, &Sentences::new(t), &mut PreferenceCache::new(t), at)
        };
        for (t, at) in [
            ("Kubernetes is a PLUS", 0),
            ("Nice-To-Have: Go", 14),
            ("GraphQL (DESIRABLE, Apollo)", 20),
            ("OPTIONAL: Rust", 10),
            ("Ünïcode Go, Rust Is A Plus", 14),
            ("AutoCAD experience is a big plus", 0),
            ("QuickBooks would be an asset", 0),
            ("SQL is an added advantage", 0),
            ("Knowledge of Kubernetes is highly regarded", 13),
            ("Experience with Jira will be highly regarded", 16),
            ("Experience with SAP will be viewed favourably", 16),
            ("Docker helpful but not necessary", 0),
            (
                "CPA with 6+ years of tax, while SAP and a Master of Taxation would be highly regarded",
                30,
            ),
            ("A degree in Photography is welcome but not essential", 12),
            ("Figma skills are welcome", 0),
            // A parenthetical that says nothing of preference leaves it to its sentence.
            ("Bilingual (English/Spanish) a plus", 11),
        ] {
            assert!(preferred(t, at), "{t}");
        }
        for (t, at) in [
            ("5+ years of Python at a highly regarded tech company", 12),
            ("Required: Go", 10),
            ("Strong SQL", 7),
            ("", 0),
            ("prefer Go", 7),
            ("GraphQL (Apollo is a plus) Go", 27),
            ("Java (Spring Boot) required, Go is a plus", 6),
            (
                "CPA with 6+ years of tax, while SAP and a Master of Taxation would be highly regarded",
                0,
            ),
        ] {
            assert!(!preferred(t, at), "{t}");
        }
    }

    #[test]
    fn every_mention_in_a_parenthetical_reads_it() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- Strong Java (Python, Django or PostgreSQL a plus) and Docker.\n\
             - Go and Rust (Kubernetes, Terraform required).\n",
            &ex,
        );
        let required = |name: &str| {
            job.skills
                .iter()
                .find(|s| s.name.contains(name))
                .map(|s| s.required)
        };
        for name in ["Python", "Django", "PostgreSQL"] {
            assert_eq!(required(name), Some(false), "{name}: {:?}", job.skills);
        }
        for name in ["Java", "Docker", "Go", "Rust", "Kubernetes", "Terraform"] {
            assert_eq!(required(name), Some(true), "{name}: {:?}", job.skills);
        }
    }

    #[test]
    fn a_posting_parses_into_requirements() {
        let job = Job::parse(POSTING, &Extractor::builtin());
        assert_eq!(job.min_years, Some(5.0));
        assert_eq!(job.max_years, None);
        assert!(!job.entry_level);
        let skill = |name: &str| job.skills.iter().find(|s| s.name.starts_with(name));
        let py = skill("Python").expect("python");
        assert!(py.required);
        assert_eq!(py.min_years, Some(3.0));
        assert_eq!(skill("Django").and_then(|s| s.min_years), Some(3.0));
        assert!(!skill("Kubernetes").expect("k8s").required);
        // Under "about us" and "benefits": not requirements at all.
        assert!(skill("Java").is_none(), "{:?}", job.skills);
        assert!(skill("Microsoft Excel").is_none());
        let edu = job.education.as_ref().expect("education");
        assert_eq!(edu.level, DegreeLevel::Bachelor);
        assert!(edu.required);
        assert_eq!(edu.preferred_level, Some(DegreeLevel::Master));
        assert!(edu.experience_may_replace);
        assert_eq!(edu.fields, ["Computer Science"]);
        // Being eligible will do.
        for text in [
            "Requirements\n- CPA or CPA-eligible required\n",
            "Requirements\n- CPA eligible\n",
        ] {
            let job = Job::parse(text, &Extractor::builtin());
            assert!(
                job.skills.iter().all(|s| !s.required),
                "{text}: {:?}",
                job.skills
            );
        }
        // A degree asked for by a deadline after hiring is not needed to be hired.
        let edu = Job::parse(
            "Requirements\n- Active RN license\n- Bachelor's degree in Nursing (BSN) required \
             within 3 years of hire\n",
            &Extractor::builtin(),
        )
        .education
        .expect("education");
        assert!(!edu.required, "{edu:?}");
        // Degrees offered as alternatives prefer none above the lowest.
        for (text, level, preferred) in [
            (
                "Preferred Qualifications\n- Associate's or Bachelor's degree in Logistics\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Nice to have\n- Bachelor's or Master's degree in Statistics\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Associate or Bachelor's degree in Dental Hygiene\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- A 2-year or 4-year degree\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree in Finance\nPreferred\n- CFA Level I or MBA\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nPreferred\n- MBA or CPA\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nPreferred\n- MBA or equivalent\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Mba),
            ),
            (
                "Requirements\n- Associate/Bachelor degree in Business\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nNice to have\n- Master's degree\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
            // Two degrees asked for together: the higher.
            (
                "Requirements\n- Bachelor's and Master's degree in Architecture\n",
                DegreeLevel::Master,
                None,
            ),
            // Of two preferred degrees offered as alternatives, the lower will do.
            (
                "Requirements\n- BS in Computer Science; MS or PhD preferred\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
            (
                "Requirements\n- Bachelor's degree required, Master's degree or PhD a plus\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
        ] {
            let edu = Job::parse(text, &Extractor::builtin())
                .education
                .expect(text);
            assert_eq!(
                (edu.level, edu.preferred_level),
                (level, preferred),
                "{text}"
            );
        }
        let kinds: Vec<_> = job.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Intro,
                SectionKind::About,
                SectionKind::Requirements,
                SectionKind::Preferred,
                SectionKind::Benefits
            ]
        );
    }

    #[test]
    fn a_skill_of_the_duties_that_the_qualifications_prefer_is_preferred() {
        let ex = Extractor::builtin();
        let required = |text: &str, name: &str| {
            Job::parse(text, &ex)
                .skills
                .iter()
                .find(|s| s.name == name)
                .map(|s| s.required)
        };
        let duties = "Responsibilities\n- Build pages with Next.js and React.\n\n\
                      Requirements\n- 3+ years of React.\n\nNice to have\n- Next.js\n";
        assert_eq!(required(duties, "Next.js"), Some(false));
        assert_eq!(required(duties, "React"), Some(true));
        // Asked for in the requirements too, it stays required.
        let both = "Requirements\n- Next.js\n\nNice to have\n- Next.js 14\n";
        assert_eq!(required(both, "Next.js"), Some(true));
        // A heading that may hold the whole posting is no list of duties.
        let whole = "Job Description\nWe seek an engineer with Next.js.\n\n\
                     Nice to have\n- Next.js\n";
        assert_eq!(required(whole, "Next.js"), Some(true));
    }

    #[test]
    fn a_degree_under_way_is_no_degree_held() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements\n- Working towards a BS in Environmental Science or a related \
             field.\n- Field testing experience is a plus.\n",
            &ex,
        );
        assert!(job.education.as_ref().is_none_or(|e| !e.required));
        assert!(job.entry_level);
        assert_eq!(job.min_years, Some(0.0));
        // A degree held is still required beside one under way, and the job is no student's.
        let job = Job::parse(
            "Requirements\n- Bachelor's degree in Finance.\n- Candidates pursuing a Master's \
             degree are welcome.\n- 3+ years of experience in audit.\n",
            &ex,
        );
        let education = job.education.as_ref().expect("a degree");
        assert!(education.required);
        assert_eq!(education.level, crate::DegreeLevel::Bachelor);
        assert!(!job.entry_level);
        // Nor is it a student's job when it asks for years.
        let job = Job::parse(
            "Requirements\n- Candidates pursuing a Master's degree are welcome.\n\
             - 5+ years of experience in audit.\n",
            &ex,
        );
        assert!(!job.entry_level);
        // The dots of "B.S." end no sentence: both degrees are under way.
        let job = Job::parse(
            "Requirements\n- Currently pursuing a B.S. or M.S. in Computer Science.\n",
            &ex,
        );
        assert!(job.education.as_ref().is_none_or(|e| !e.required));
        assert!(job.entry_level);
    }

    #[test]
    fn recommended_years_and_a_long_sentence() {
        let ex = Extractor::builtin();
        // Years "recommended" are preferred: no required minimum.
        let job = Job::parse(
            "Qualifications\n- Proficient in Java or Scala (3+ years experience recommended)\n",
            &ex,
        );
        assert_eq!(job.min_years, None);
        assert!(job.experience.iter().all(|r| !r.required));
        // The years at the end of a long sentence that opens with "experience".
        let job = Job::parse(
            "Extensive experience in engineering and designing delivery pipelines for data \
             teams, including use of a variety of data ecosystem tools and technologies with \
             emphasis on Sqoop, Spark, Scala, Python, Java, UNIX Shell, Hive and Impala for a \
             minimum of three (3) years\n",
            &ex,
        );
        assert_eq!(job.min_years, Some(3.0));
    }

    #[test]
    fn entry_level_and_empty() {
        let job = Job::parse(
            "Junior analyst. Entry level, no experience required.",
            &Extractor::builtin(),
        );
        assert!(job.entry_level);
        assert_eq!(job.min_years, Some(0.0));
        // A required minimum of 0 is entry level too; a preferred one, or 1 year, is not.
        let ex = Extractor::builtin();
        let entry = |text: &str| Job::parse(text, &ex).entry_level;
        assert!(entry(
            "Requirements\n- BS with 0-1 years of experience in analytics\n"
        ));
        assert!(!entry(
            "Requirements\n- BS with 1-3 years of experience in analytics\n"
        ));
        assert!(!entry(
            "Nice to have\n- 0-1 years of experience in analytics\n"
        ));
        let empty = Job::parse("", &Extractor::builtin());
        assert_eq!(empty.min_years, None);
        assert!(empty.skills.is_empty() && empty.education.is_none());
    }

    #[test]
    fn group_numbers_from_json_cost_nothing_however_large() {
        let ex = Extractor::builtin();
        let mut job = Job::parse("Requirements\n- Java, Go or Rust\n- Python\n", &ex);
        for s in &mut job.skills {
            if let Some(g) = &mut s.group {
                *g = u32::MAX - *g;
            }
        }
        let job = Job::from_json(&job.to_json()).unwrap();
        let groups = job.alternatives();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 3);
        let m = crate::Matcher::builtin();
        let cv = crate::Resume::parse("Skills: Go, Python", &ex, crate::YearMonth::now());
        assert!(m.score(&cv, &job).score > 0.5);
    }

    #[test]
    fn a_parenthetical_preference_after_a_skill_makes_it_a_plus() {
        let ex = Extractor::builtin();
        let text = "Requirements:\n- Python\n- Go (preferred)\n- Docker (a big plus)\n\
                    - Kubernetes (nice to have, not required)\n- Java (Spring Boot)\n\
                    - Bachelor's degree (preferred)\n";
        let job = Job::parse(text, &ex);
        let required = |name: &str| {
            job.skills
                .iter()
                .find(|s| s.name.starts_with(name))
                .unwrap_or_else(|| panic!("{name} not found in {:?}", job.skills))
                .required
        };
        assert!(required("Python"));
        assert!(!required("Go"));
        assert!(!required("Docker"));
        assert!(!required("Kubernetes"));
        // A parenthetical that names something else is no preference.
        assert!(required("Java"));
        assert!(!job.education.as_ref().unwrap().required);
    }

    #[test]
    fn a_preference_closing_a_clause_covers_the_degree_field_and_the_statement() {
        let ex = Extractor::builtin();
        let edu_required = |text: &str| {
            Job::parse(text, &ex)
                .education
                .unwrap_or_else(|| panic!("no degree in {text:?}"))
                .required
        };
        assert!(!edu_required(
            "Requirements:\n- Bachelor's degree in Computer Science (preferred)\n"
        ));
        assert!(!edu_required(
            "Requirements:\n- Bachelor's degree in Computer Science or a related field (a plus)\n"
        ));
        // The first parenthetical decides, and a list or a new sentence breaks the clause.
        assert!(edu_required(
            "Requirements:\n- BS in Computer Science (required), MS (preferred)\n"
        ));
        assert!(edu_required(
            "Requirements:\n- Bachelor's degree. Kubernetes (preferred)\n"
        ));

        let job = Job::parse(
            "Requirements:\n- 5+ years of Python\n- 2+ years of experience in fintech (preferred)\n",
            &ex,
        );
        assert_eq!(job.min_years, Some(5.0));
        let fintech = job.experience.iter().find(|r| r.min_years == 2.0).unwrap();
        assert!(!fintech.required);
        // Only a preferred statement: no overall requirement from it.
        let job = Job::parse(
            "Requirements:\n- Python\n- 2+ years of experience in fintech (preferred)\n",
            &ex,
        );
        assert_eq!(job.min_years, None);
        // A list before the parenthetical: it may be about its last item only.
        let job = Job::parse(
            "Requirements:\n- 3+ years of experience with Python and Go (preferred)\n",
            &ex,
        );
        assert!(job.experience[0].required);
        let python = job
            .skills
            .iter()
            .find(|s| s.name.starts_with("Python"))
            .unwrap();
        assert!(python.required);
        let go = job.skills.iter().find(|s| s.name == "Go").unwrap();
        assert!(!go.required);
        // A skill's own words before the parenthetical.
        let job = Job::parse(
            "Requirements:\n- Python\n- Kafka experience (a plus)\n",
            &ex,
        );
        let kafka = job
            .skills
            .iter()
            .find(|s| s.name.contains("Kafka"))
            .unwrap();
        assert!(!kafka.required);
        // Other words: the parenthetical may be about them.
        let job = Job::parse("Requirements:\n- Python with Django (preferred)\n", &ex);
        let python = job
            .skills
            .iter()
            .find(|s| s.name.starts_with("Python"))
            .unwrap();
        assert!(python.required);
        // A word that makes it required, or another number, keeps it required.
        assert!(edu_required(
            "Requirements:\n- Bachelor's degree required and MBA (preferred)\n"
        ));
        for text in [
            "Requirements:\n- 5+ years of experience (7+ preferred)\n- Python\n",
            "Requirements:\n- 5 years of experience (4+ a plus)\n",
        ] {
            let job = Job::parse(text, &ex);
            assert!(job.experience[0].required, "{text:?}");
            assert!(job.min_years.is_some(), "{text:?}");
        }
    }

    #[test]
    fn a_degree_offered_as_another_way_may_be_replaced_by_experience() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- 10+ years of experience in Java, or 6 years with a PhD.\n",
            &ex,
        );
        let edu = job.education.as_ref().unwrap();
        assert_eq!(edu.level, DegreeLevel::Doctorate);
        assert!(edu.experience_may_replace);
        // Tiers stay requirements of their own.
        let job = Job::parse(
            "Requirements:\n- 3 years of experience with a Master's or 5 with a Bachelor's.\n",
            &ex,
        );
        assert!(!job.education.as_ref().unwrap().experience_may_replace);
        // Years offered after the degree.
        for text in [
            "Requirements:\n- A Bachelor's degree or 4+ years of relevant work experience\n",
            "Requirements:\n- Associate's degree or 2 years of relevant experience.\n",
            "Requirements:\n- Bachelor's degree plus 3 years of experience, or 7 years of \
             experience in lieu of a degree\n",
        ] {
            let job = Job::parse(text, &ex);
            assert!(
                job.education.as_ref().unwrap().experience_may_replace,
                "{text}"
            );
        }
        let job = Job::parse(
            "Requirements:\n- Master's or 5 years with a Bachelor's.\n",
            &ex,
        );
        assert!(!job.education.as_ref().unwrap().experience_may_replace);
        // "Or equivalent" lets experience stand in; "an equivalent degree" is another degree.
        for (text, replace) in [
            (
                "Requirements:\n- Bachelor's degree in Accounting or equivalent.\n",
                true,
            ),
            (
                "Requirements:\n- BS in Biology or equivalent practical experience.\n",
                true,
            ),
            (
                "Requirements:\n- Master's or equivalent degree in Computer Science.\n",
                false,
            ),
            (
                "Requirements:\n- A degree in Law, or an equivalent foreign degree.\n",
                false,
            ),
            (
                "Requirements:\n- HND or equivalent qualification in Engineering.\n",
                false,
            ),
            (
                "Requirements:\n- Master's or equivalent degree, or equivalent experience.\n",
                true,
            ),
        ] {
            let job = Job::parse(text, &ex);
            assert_eq!(
                job.education.as_ref().unwrap().experience_may_replace,
                replace,
                "{text}"
            );
        }
        // The degree that years replace asks for nothing when the posting names another;
        // alone, it is asked for.
        let job = Job::parse(
            "Education\nMaster's Degree Preferred In: Statistics\nAdditional experience will \
             be considered in lieu of an advanced degree.\n",
            &ex,
        );
        let edu = job.education.as_ref().unwrap();
        assert!(!edu.required && edu.experience_may_replace, "{edu:?}");
        for text in [
            "Requirements:\n- 8 years of experience in lieu of a Bachelor's degree\n",
            "Requirements:\n- 4 years of experience in lieu of a Bachelor's degree\n\
             Preferred:\n- Master's degree\n",
        ] {
            let job = Job::parse(text, &ex);
            let edu = job.education.as_ref().unwrap();
            assert!(
                edu.required && edu.level == DegreeLevel::Bachelor && edu.experience_may_replace,
                "{text}: {edu:?}"
            );
        }
        // A school's qualifications beside a degree asked for do not lower it.
        let job = Job::parse(
            "Requirements:\n- GCSE Maths and English\n- Degree in Mechanical Engineering\n",
            &ex,
        );
        assert_eq!(job.education.unwrap().level, DegreeLevel::Bachelor);
        let job = Job::parse(
            "Requirements:\n- A-levels or equivalent\n- Degree in Mechanical Engineering\n",
            &ex,
        );
        assert_eq!(job.education.unwrap().level, DegreeLevel::Bachelor);
        let job = Job::parse("Requirements:\n- GCSE Maths and English\n", &ex);
        assert_eq!(job.education.unwrap().level, DegreeLevel::HighSchool);
    }

    #[test]
    fn degree_tiers_keep_the_smallest_minimum() {
        let text = "Qualifications\n- Bachelor's degree and 7 years of experience\n- Master's degree and 5 years of experience\n- PhD and 3 years of experience\n- 2+ years of SQL\n";
        let job = Job::parse(text, &Extractor::builtin());
        assert_eq!(job.min_years, Some(3.0));
        assert_eq!(job.experience.len(), 4);
    }

    #[test]
    fn an_intro_that_describes_the_company_asks_for_nothing() {
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        let blurb = "Marketing Manager\nVerdant helps manufacturers plan inventory with \
                     artificial intelligence. We sell SaaS for supply chain planning. We are \
                     looking for a marketer who knows SEO.\n\nWhat you bring:\n- 6+ years \
                     of B2B marketing\n";
        let got = names(blurb);
        assert!(
            !got.iter().any(|n| n == "artificial intelligence"),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.contains("supply chain")), "{got:?}");
        // What the intro says of the role stays.
        assert!(
            got.iter().any(|n| n.contains("search engine optimisation")),
            "{got:?}"
        );
        // Without a section of requirements the intro is all there is.
        let alone = "Verdant helps manufacturers plan inventory with artificial intelligence.\n";
        assert!(names(alone).iter().any(|n| n == "artificial intelligence"));
        // A sentence that opens with the skill is about the skill, and "This is" about
        // the role.
        let plus = "Kubernetes is a plus.\n\nRequirements:\n- Python\n";
        assert!(names(plus).iter().any(|n| n == "Kubernetes"));
        let role =
            "This is an opportunity to build data science products.\n\nRequirements:\n- Python\n";
        assert!(names(role).iter().any(|n| n == "data science"));
        // Nor a sentence that looks for someone, or says what people do.
        for intro in [
            "We are a fast-growing startup looking for a Python developer with Django experience.",
            "Engineers build data pipelines in Python.",
            "Our software engineers work in Python.",
        ] {
            let text = format!("{intro}\n\nRequirements:\n- SQL\n");
            let got = names(&text);
            assert!(
                got.iter().any(|n| n.starts_with("Python")),
                "{intro}: {got:?}"
            );
        }
    }

    #[test]
    fn a_list_opened_by_an_item_the_taxonomy_does_not_know_may_be_met_by_it() {
        let ex = Extractor::builtin();
        let required = |text: &str| -> Vec<(String, bool)> {
            Job::parse(text, &ex)
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.required))
                .collect()
        };
        // "Construction Management" names no skill: civil engineering is not asked for alone.
        let got = required(
            "Requirements\n- Bachelor's degree in Construction Management, Civil Engineering or related field\n",
        );
        assert!(
            got.iter().all(|(n, r)| n != "civil engineering" || !r),
            "{got:?}"
        );
        // Items the taxonomy knows keep the list required.
        let got = required(
            "Requirements\n- Degree in Statistics, Economics, Mathematics or a related field\n",
        );
        assert!(got.iter().any(|(n, r)| n == "statistics" && *r), "{got:?}");
    }

    #[test]
    fn an_and_at_the_end_of_a_list_reads_safely() {
        // "and" as the clause's last word, or before a comma: nothing after it to read.
        for text in [
            "Requirements\n- Python or Java and\n- Docker\n",
            "Requirements\n- Python or Java and, ideally, Spark\n",
            "Python or Java &",
        ] {
            let job = Job::parse(text, &Extractor::builtin());
            assert!(job.skills.len() >= 2, "{text}");
        }
    }

    #[test]
    fn skills_offered_as_alternatives_share_a_group() {
        let ex = Extractor::builtin();
        // (posting, the names in each group, in order).
        let cases: &[(&str, &[&[&str]])] = &[
            (
                "Requirements\n- AWS, GCP, or Azure\n",
                &[&[
                    "Amazon Web Services AWS software",
                    "Google Cloud Platform",
                    "Microsoft Azure software",
                ]],
            ),
            (
                "Requirements\n- Python or Java experience\n- SQL and/or NoSQL\n",
                &[&["Python", "Java"], &["SQL", "NoSQL"]],
            ),
            // Groups sharing a skill are one.
            (
                "Requirements\n- Python or Java\n- Java or C#\n",
                &[&["Python", "Java", "C#"]],
            ),
            // A slash joins a pair into a run an "or" makes alternatives; alone, not.
            (
                "Requirements\n- JavaScript/TypeScript or Python\n- HTML/CSS\n",
                &[&["JavaScript", "TypeScript", "Python"]],
            ),
            // A comma after an "or" ends the alternatives.
            (
                "Requirements\n- Python or Java, SQL, Docker\n",
                &[&["Python", "Java"]],
            ),
            (
                "Requirements\n- Python or Java, Go or Rust\n",
                &[&["Python", "Java"], &["Go", "Rust"]],
            ),
            // So does a semicolon after an item the taxonomy does not know.
            (
                "Requirements\n- Degree in Accounting or Finance; CPA, Python or Java\n",
                &[&["Certified Public Accountant", "Python", "Java"]],
            ),
            // "or similar" is no item of the list; after the last of several items, it
            // makes them alternatives, as after "NetSuite or a similar ERP".
            ("Requirements\n- Python or similar, SQL\n", &[]),
            (
                "Requirements\n- Degree in Statistics, Economics, Mathematics or a related field\n",
                &[&["statistics", "economics", "mathematics"]],
            ),
            (
                "Requirements\n- Degree in Physics, Chemistry, or a related technical discipline\n",
                &[&["physics", "chemistry"]],
            ),
            // "Or similar" after a list qualifies its last item: all are asked for.
            ("Requirements\n- Kafka, Redis, RabbitMQ, or similar.\n", &[]),
            (
                "Requirements\n- BLS, ACLS, PALS, or equivalent certification\n",
                &[],
            ),
            (
                "Requirements\n- NetSuite or a similar ERP\n",
                &[&["NetSuite ERP", "Enterprise resource planning ERP software"]],
            ),
            ("Requirements\n- Python, SQL and Docker, or similar\n", &[]),
            (
                "Requirements\n- AWS or equivalent cloud, Terraform\n",
                &[&["Amazon Web Services AWS software", "cloud technologies"]],
            ),
            // An "and" makes the list one of all its skills.
            ("Requirements\n- Python, SQL and Tableau or Power BI\n", &[]),
            ("Requirements\n- Python, SQL, Docker\n", &[]),
            // Only commas and "or" join a group, on one line, with at most a few words of
            // an item the taxonomy does not know between them.
            ("Requirements\n- Python, with Java or\nC#\n", &[]),
            ("Requirements\n- Python; or-Java\n", &[]),
            (
                "Requirements\n- Python, with Java or C#\n",
                &[&["Java", "C#"]],
            ),
            (
                "Requirements\n- 2 years in banking, NBFC or fintech\n",
                &[&["banking activities", "financial technology"]],
            ),
            ("Requirements\n- Python, some other language or Java\n", &[]),
            ("Requirements\n- Python or experience in Java\n", &[]),
            // A list that goes on with "and" is one of all its skills.
            (
                "Requirements\n- Excel, Python and/or Java, and good humour\n",
                &[],
            ),
            (
                "Requirements\n- Excel, Python or Java code, and good humour\n",
                &[],
            ),
            (
                "Requirements\n- Excel, Python or Java code. And humour\n",
                &[&["Microsoft Excel", "Python", "Java"]],
            ),
            // An "and" after the item's own words, without a comma, starts a new clause.
            (
                "Requirements\n- Linux or UNIX-like systems and knowledge of Excel\n",
                &[&["Linux", "UNIX"]],
            ),
            // A skill asked for on its own elsewhere meets the lists it is in: they are
            // no alternatives (another list that shares a skill with them still is).
            (
                "Requirements\n- Python or Java\n- Strong Python skills\n",
                &[],
            ),
            ("Requirements\n- SQL, Python and/or R\n- Python\n", &[]),
            (
                "Requirements\n- Go or Rust\n- Rust or Java\n- Java\n- Scala or Kotlin\n",
                &[&["Go", "Rust"], &["Scala", "Kotlin"]],
            ),
            // Asked for on its own only as a plus, a skill does not meet a required list.
            (
                "Requirements\n- Python or Java\nNice to have\n- Python\n",
                &[&["Python", "Java"]],
            ),
            (
                "Requirements\n- Python\n- Java, Go or Rust\n",
                &[&["Java", "Go", "Rust"]],
            ),
        ];
        for (text, want) in cases {
            let job = Job::parse(text, &ex);
            // "Python (computer programming)" as "Python".
            let got: Vec<Vec<&str>> = job
                .alternatives()
                .into_iter()
                .map(|g| {
                    g.into_iter()
                        .map(|s| s.name.split(" (").next().unwrap_or_default())
                        .collect()
                })
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
        // The skills of a met list that nothing else asks for are a plus: a resume with
        // SolidWorks meets "SolidWorks or Creo" beside "model parts in SolidWorks".
        let solidworks =
            "Requirements\n- Proficiency in SolidWorks or Creo\n- Model parts in SolidWorks\n";
        let java = "Requirements\n- Python or Java\n- Strong Python skills\n";
        let rust = "Requirements\n- Go or Rust\n- Rust or Java\n- Java\n";
        // A list of three or more with "and/or" may be a list of all of them.
        let and_or = "Requirements\n- SQL, Python and/or R\n- Python\n";
        for (text, name, required) in [
            (solidworks, "SolidWorks", true),
            (solidworks, "Creo", false),
            (java, "Python", true),
            (java, "Java", false),
            (rust, "Java", true),
            (rust, "Go", true),
            (and_or, "SQL", true),
        ] {
            let job = Job::parse(text, &ex);
            let skill = job.skills.iter().find(|s| s.name.contains(name));
            assert_eq!(
                skill.map(|s| s.required),
                Some(required),
                "{name} in {text:?}"
            );
        }
        // The group number travels with the profile.
        let job = Job::parse(cases[0].0, &ex);
        assert_eq!(Job::from_json(&job.to_json()).unwrap(), job);
    }

    #[test]
    fn a_degree_named_like_a_skill_is_the_degree() {
        // "LLM" after "LLB" is a Master of Laws; in "LLM fine-tuning" it is the technology.
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        let law = "Requirements\n- LLB from a recognised university; an LLM is an advantage.\n";
        assert!(names(law).is_empty(), "{:?}", names(law));
        let job = Job::parse(law, &ex);
        assert_eq!(
            job.education.map(|e| e.preferred_level),
            Some(Some(DegreeLevel::Master))
        );
        let ai = "Requirements\n- LLM fine-tuning with PyTorch\n";
        assert!(names(ai).contains(&"large language models".to_owned()));
    }

    #[test]
    fn serde_round_trip() {
        let job = Job::parse(POSTING, &Extractor::builtin());
        let json = serde_json::to_string(&job).unwrap();
        let back: Job = serde_json::from_str(&json).unwrap();
        assert_eq!(job, back);
    }
}
