//! Whether a posting asks for a skill or only prefers it: the phrases of preference
//! ("a plus", "nice to have", "preferred"), the clauses and parentheticals they cover,
//! and the duties that name a skill the requirements only prefer.

use super::super::sections::{Section, SectionKind};
use super::super::words::Needles;
use super::super::Sentences;

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
    "are also welcome",
    "is also welcome",
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
    // "AWS preferred; GCP acceptable": a second choice, not a must.
    "is acceptable",
    "are acceptable",
    "also acceptable",
    "acceptable,",
    "acceptable)",
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
    pub(super) lower: String,
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
pub(super) enum Clause {
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
pub(super) fn preference_closes(cache: &PreferenceCache, end: usize, clause: Clause) -> bool {
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
        Clause::Statement => no_list || alternatives_of_one_kind(between, clause),
        Clause::Skill => {
            (no_list && words.all(|w| SKILL_CLAUSE_WORDS.contains(&w)))
                || alternatives_of_one_kind(between, clause)
        }
    };
    fits && preference_follows(cache, open)
}

/// Does `between` (lower case) end with another kind of the same experience, so that a
/// parenthetical after it is about both (after the mention of data entry in "1 year of
/// data entry or clerical experience (Preferred)", after SQL in "SQL/database experience
/// (a plus)")? One "or" or "/", then at most two words and the word that says
/// what both are; no "and", which adds a thing of its own ("5 years of experience and a
/// CPA (preferred)"). For a skill's clause, the "or" comes right after the skill.
fn alternatives_of_one_kind(between: &str, clause: Clause) -> bool {
    const KIND_WORDS: &[&str] = &["experience", "background", "knowledge", "skills"];
    let (before, rest) = match (between.rfind(" or "), between.rfind('/')) {
        (Some(o), s) if s.is_none_or(|s| s < o) => (&between[..o], &between[o + 4..]),
        (_, Some(s)) => (&between[..s], &between[s + 1..]),
        _ => return false,
    };
    let is_list_word = |w: &str| matches!(w, "and" | "or" | "nor") || w.contains(['/', '&']);
    let words: Vec<&str> = rest.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
    let kind_last = matches!(words.as_slice(), [.., last] if KIND_WORDS.contains(last));
    let before_ok = match clause {
        Clause::Skill => before.trim().is_empty(),
        _ => !before.contains('&') && !before.split([' ', '\t']).any(is_list_word),
    };
    kind_last
        && (2..=3).contains(&words.len())
        && !words.iter().any(|w| is_list_word(w))
        && before_ok
}

/// Whether a posting's section is its list of duties under a heading that names them as
/// such ("Responsibilities", "Duties", "What you'll do"), not under one that may hold the
/// whole posting ("Job Description", "The Role", "Overview").
pub(super) fn lists_duties(section: &Section) -> bool {
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
pub(super) struct Asked {
    pub(super) required: bool,
    pub(super) preferred: bool,
}

/// Does `lower`, a piece of the lower-cased text, contain one of [`PREFERENCE`], or end
/// with a bare "acceptable" ("AWS preferred; GCP acceptable")?
fn says_preferred(lower: &str) -> bool {
    PREFERENCE.in_lower(lower)
        || lower
            .trim_end_matches([' ', '\t', '\r', '\n', '.', ';'])
            .strip_suffix("acceptable")
            .is_some_and(|before| before.ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::super::*;

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
        // A second choice that is "acceptable" is no must, at the end of a line too.
        for t in [
            "Experience with Python; AWS preferred; GCP acceptable",
            "Experience with Python; AWS preferred; GCP acceptable.",
            "Experience with Python; AWS preferred, GCP is also acceptable, and SQL",
        ] {
            let job = parse(t);
            assert!(skill(&job, "Python (computer programming)").0, "{t}");
            assert!(!skill(&job, "Google Cloud Platform").0, "{t}");
        }
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
            ("Candidates with strong SolidWorks or NX experience are also welcome", 23),
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
        // Two kinds of one experience: the parenthetical is about both.
        for line in [
            "1 year of data entry or clerical experience (Preferred)",
            "1 year of data entry/clerical experience (Preferred)",
        ] {
            let job = Job::parse(&format!("Requirements:\n- Python\n- {line}\n"), &ex);
            assert_eq!(job.min_years, None, "{line}");
            assert!(!job.experience[0].required, "{line}");
            let entry = job.skills.iter().find(|s| s.name == "data entry").unwrap();
            assert!(!entry.required, "{line}");
        }
        // But "and" adds a thing of its own.
        let job = Job::parse(
            "Requirements:\n- 2 years of data entry and a typing certificate (preferred)\n",
            &ex,
        );
        assert_eq!(job.min_years, Some(2.0));
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
}
