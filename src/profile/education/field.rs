//! The field of a degree: the words after "in" or "of", or after an abbreviation ("BS
//! Computer Science"), up to where a school, a date or a place begins.

/// The fields after a degree: "in Computer Science", "of Commerce", "(Mechanical)",
/// ", Physics"; then those offered beside the first ("in Computer Science, Statistics, or
/// Mathematics"). Empty when none is stated.
pub(super) fn field_after(text: &str, end: usize) -> Vec<String> {
    let mut hi = text.len().min(end + 120);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let mut trimmed = text[end..hi].trim_start_matches([' ', '\t']);
    // "B.Sc. (Hons) Computer Science": the honours are no field; the field follows them.
    let mut after_honours = false;
    for hons in ["(hons)", "(hons.)", "(honours)", "(honors)"] {
        if trimmed
            .get(..hons.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(hons))
        {
            trimmed = trimmed[hons.len()..].trim_start_matches([' ', '\t']);
            after_honours = true;
            break;
        }
    }
    // "Associate of Science (A.S.) in Dental Hygiene": the degree's abbreviation in
    // brackets is no field; the field follows it.
    if let Some(inner) = trimmed.strip_prefix('(') {
        let close = inner.find(')').filter(|&c| c <= 9);
        if let Some(c) = close.filter(|&c| {
            c > 0
                && inner[..c]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'.')
                && inner[..c].bytes().filter(u8::is_ascii_uppercase).count() >= 2
        }) {
            trimmed = inner[c + 1..].trim_start_matches([' ', '\t']);
        }
    }
    // "degree (Diplom, Master or Bachelor) in Electrical Engineering", "Bachelor degree (4
    // years) in Nursing": the degrees that count, or a note, in brackets are no field;
    // the field follows them.
    if let Some(inner) = trimmed.strip_prefix('(') {
        const DEGREES: &[&str] = &[
            "diplom",
            "diploma",
            "master",
            "master's",
            "masters",
            "bachelor",
            "bachelor's",
            "bachelors",
            "msc",
            "bsc",
            "ma",
            "ba",
            "phd",
            "mba",
            "meng",
            "beng",
            "ms",
            "bs",
        ];
        if let Some(c) = inner.find(')').filter(|&c| c <= 60) {
            let names_degrees = inner[..c]
                .split(|ch: char| !(ch.is_alphanumeric() || ch == '\''))
                .any(|w| DEGREES.iter().any(|d| d.eq_ignore_ascii_case(w)));
            // (A note: "(4 years)", "(full-time)"; not a field in brackets before the year,
            // "B.E. (Mechanical) in 2015".)
            let note = !inner.starts_with(char::is_uppercase);
            let after_in = inner[c + 1..]
                .trim_start()
                .strip_prefix("in ")
                .filter(|r| r.starts_with(char::is_uppercase));
            let field_follows = after_in.is_some();
            // ("Bachelor's degree (HBO/WO) in Supply Chain Management": a bracket that
            // names no field before "in" and a field the classification knows; not
            // "B.E. (Mechanical) in Pune" or "B.E. (Mech) in Pune".)
            let known_field_after = after_in.is_some_and(|r| {
                let (words, _) = field_words(r.split('\n').next().unwrap_or(""), false);
                !words.is_empty()
                    && !is_school(&words)
                    && !super::study::FieldClasses::of(words).is_empty()
            });
            let no_field = super::study::FieldClasses::of([&inner[..c]]).is_empty();
            if names_degrees || note && field_follows || no_field && known_field_after {
                trimmed = inner[c + 1..].trim_start_matches([' ', '\t']);
            }
        }
    }
    // "Associate of Applied Science - AAS, Medical Laboratory Technology" (as LinkedIn
    // writes it): the degree's abbreviation after a dash is no field either.
    if let Some(after_dash) = trimmed.strip_prefix(['-', '–', '—']) {
        let after_dash = after_dash.trim_start_matches([' ', '\t']);
        if let Some((abbr, _)) = after_dash.split_once(", ") {
            let letters = abbr.bytes().filter(|b| *b != b'.').count();
            // The initials of the degree's words before the dash ("Associate of Applied
            // Science": AAS; not "Master of Science - MIS, University of Arizona").
            let line = &text[text[..end].rfind('\n').map_or(0, |i| i + 1)..end];
            let initials: String = line
                .split_whitespace()
                .filter(|w| !matches!(*w, "of" | "in" | "and"))
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_uppercase)
                .collect();
            let plain: String = abbr.chars().filter(|c| *c != '.').collect();
            if (2..=5).contains(&letters)
                && abbr.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
                && initials.ends_with(&plain)
            {
                // From the comma, which leads to the field.
                trimmed = &after_dash[abbr.len()..];
            }
        }
    }
    let lower = trimmed.to_ascii_lowercase();
    // "B.S. Mechanical Engineering", "MBA Finance": after an abbreviation, a capitalised
    // word on the same line begins the field ([`bare_field`] says when).
    // The degree's name as written ("B.S.", "MBA", "Bachelor").
    let name = text[..end].rsplit([' ', '\t', '\n']).next().unwrap_or("");
    let abbreviation = name.len() <= 7
        && (name.contains('.') || name.bytes().filter(|b| b.is_ascii_uppercase()).count() >= 2);
    let bare = (!after_honours && abbreviation && trimmed.starts_with(|c: char| c.is_uppercase()))
        .then(|| bare_field(trimmed))
        .flatten();
    let prefix = (after_honours || bare.is_some())
        && trimmed.starts_with(|c: char| c.is_uppercase())
        && !lower.starts_with("in ");
    const BEFORE_FIELD: [&str; 10] = [
        "in ",
        "of ",
        "degree in ",
        "degree of ",
        "(",
        "- ",
        "– ",
        "— ",
        ", ",
        ": ",
    ];
    // Fields in lower case only after "in" or "of" ("a degree in psychology"; not
    // "Bachelor's degree, sales experience required").
    let (body, in_lower_case) = if prefix {
        (bare.map_or(trimmed, |n| &trimmed[..n]), false)
    } else {
        match BEFORE_FIELD.iter().find(|p| lower.starts_with(**p)) {
            Some(p) => (
                &trimmed[p.len()..],
                p.ends_with("in ") || p.ends_with("of "),
            ),
            None => return Vec::new(),
        }
    };
    let body = body.split(['\n', '\r']).next().unwrap_or("");
    let (words, mut used) = field_words(body, in_lower_case);
    // "Master of Science in Statistics": the field is what the kind of degree is in.
    let kind_of_degree = |words: &[&str]| {
        words.len() <= 2
            && DEGREE_KINDS.iter().any(|k| {
                k.split(' ').count() == words.len()
                    && k.split(' ')
                        .zip(words)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
    };
    if kind_of_degree(&words) {
        let kind_len: usize = words.iter().map(|w| w.len() + 1).sum();
        // "Bachelor of Engineering (B.E.) in Computer Science": past the abbreviation.
        let bracket = body
            .get(used..)
            .unwrap_or("")
            .trim_start()
            .strip_prefix('(')
            .and_then(|b| b.get(..12.min(b.len())))
            .and_then(|b| b.find(')'))
            .map_or(0, |close| close + 3);
        let fields = body
            .to_ascii_lowercase()
            .find(" in ")
            .filter(|&i| i <= kind_len + 1 + bracket)
            .map(|i| field_after(body, i))
            .unwrap_or_default();
        if !fields.is_empty() {
            return fields;
        }
        // After "of" only: "Bachelor of Science - BS, Supply Chain Management" (as LinkedIn writes it),
        // "Bachelor of Engineering – Civil": the field after a dash or comma, and the
        // degree's abbreviation.
        let after_kind = body.get(used..).unwrap_or("").trim_start();
        let dashed = after_kind.starts_with(['-', '–', '—']);
        let rest = after_kind
            .trim_start_matches(['-', '–', '—', ','])
            .trim_start();
        // The abbreviation: the degree's first letter, then one that follows it in degree
        // abbreviations ("BS", "B.A.", "MSc"; not "MIT" or "UCLA").
        let initial = name.bytes().next().map(|b| b.to_ascii_uppercase());
        let abbreviation = rest.split_once(',').filter(|(abbr, _)| {
            let letters: Vec<u8> = abbr.bytes().filter(|b| *b != b'.').collect();
            (2..=5).contains(&letters.len())
                && Some(letters[0]) == initial
                && b"SAEBFCTPN".contains(&letters[1].to_ascii_uppercase())
                && letters.iter().all(u8::is_ascii_alphabetic)
        });
        let rest = abbreviation.map_or(rest, |(_, after)| after.trim_start());
        let (more, _) = field_words(rest, false);
        let first = more.first().map_or("", |w| w.trim_end_matches('.'));
        // After a comma alone, only words that end in a field's noun ("Bachelor of
        // Science, Industrial Engineering"; not "Bachelor of Science, Harvard").
        // (Not a school's or a department's name: "London School of Economics", "Faculty of
        // Engineering".)
        let names_a_field = || {
            const UNITS: &[&str] = &["school", "department", "faculty", "dept", "division"];
            more.last().is_some_and(|w| {
                let w = w.trim_end_matches(['.', ',']);
                FIELD_NOUNS.iter().any(|f| f.eq_ignore_ascii_case(w))
            }) && !more.iter().any(|w| {
                UNITS
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(w.trim_end_matches('.')))
            })
        };
        if lower.starts_with("of ")
            && (dashed || abbreviation.is_some() || names_a_field())
            && !more.is_empty()
            && !is_school(&more)
            && !super::super::words::MONTHS_AND_SEASONS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(first))
        {
            return vec![more.join(" ")];
        }
    }
    if words.is_empty() || is_school(&words) {
        return Vec::new();
    }
    let mut fields = vec![words.join(" ")];
    // Alternatives: "Computer Science, Statistics, or Mathematics", "Physics / Chemistry";
    // a list with no "or" may go on with skills ("in Business, Python and SQL"): only the
    // first is kept then.
    let mut offered = false;
    while fields.len() < 6 {
        // "Physical Education (B.P.Ed), Sports Science or Physiotherapy": a field's
        // abbreviation in brackets does not end the list.
        used += abbreviation_in_brackets(&body[used..]);
        let rest = &body[used..];
        let sep = rest.trim_start_matches([' ', '\t', ',', '/']);
        let sep_len = rest.len() - sep.len();
        let starts = |w: &str| {
            sep.get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
        };
        let joint = ["and/or ", "or ", "and "]
            .iter()
            .find(|j| starts(j))
            .map_or(0, |j| j.len());
        if sep_len == 0 || !rest[..sep_len].contains([',', '/']) && joint == 0 {
            break;
        }
        // "..., or a related field" says the list is one of alternatives too.
        offered |= rest[..sep_len].contains('/') || starts("or ") || starts("and/or ");
        let next = &sep[joint..];
        let (more, n) = field_words(next, in_lower_case);
        if more.is_empty() || is_school(&more) {
            break;
        }
        fields.push(more.join(" "));
        used += sep_len + joint + n;
    }
    // "a PGCE, School Direct, SCITT or equivalent": after a comma, names offered in the
    // degree's place, not its field.
    if lower.starts_with(", ") {
        let tail = body[used..].trim_start_matches([' ', ',']);
        if ["or equivalent", "or an equivalent", "or similar"]
            .iter()
            .any(|w| {
                tail.get(..w.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(w))
            })
        {
            return Vec::new();
        }
    }
    if !offered {
        fields.truncate(1);
    }
    // "Physics/Chemistry/Biology": one word of several names.
    if !fields.iter().any(|f| f.contains('/')) {
        return fields;
    }
    let split: Vec<String> = fields
        .iter()
        .flat_map(|f| {
            let parts: Vec<&str> = f.split('/').map(str::trim).collect();
            let names = parts.len() > 1
                && parts
                    .iter()
                    .all(|p| p.len() >= 3 && p.starts_with(|c: char| c.is_uppercase()));
            if names {
                parts.into_iter().map(str::to_string).collect()
            } else {
                vec![f.clone()]
            }
        })
        .collect();
    split
}

/// The length of a short abbreviation in brackets at the start of `rest` ("(B.P.Ed)",
/// " (CSE)"), with the spaces before it: one word with a capital; 0 when there is none.
fn abbreviation_in_brackets(rest: &str) -> usize {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let Some(inner) = trimmed.strip_prefix('(') else {
        return 0;
    };
    match inner.find(')').filter(|&c| (2..=10).contains(&c)) {
        Some(c)
            if inner[..c].bytes().any(|b| b.is_ascii_uppercase())
                && inner[..c]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.') =>
        {
            rest.len() - trimmed.len() + c + 2
        }
        _ => 0,
    }
}

/// The field at the start of `body`, right after a degree's abbreviation with nothing
/// between ("BS Computer Science, 2015", "BBA Accounting", "B.E CSE Nagpur, Maharashtra"),
/// as its length in bytes: capitalised words up to the last that names a field of study
/// ([`FIELD_NOUNS`]; a city or a school may follow). None when no such word comes first:
/// a month ("BS May 2015"), a word about the degree ("BS Degree in ...", "MBA Distance"),
/// a place or a product ("MBA Amravati", "MS LiteSpeed").
fn bare_field(body: &str) -> Option<usize> {
    // Not a month or season, nor a word about the degree.
    const NOT_FIELDS: &[&str] = &[
        "degree",
        "degrees",
        "diploma",
        "program",
        "programme",
        "course",
        "distance",
        "candidate",
        "student",
    ];
    let first = body
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if NOT_FIELDS
        .iter()
        .chain(super::super::words::MONTHS_AND_SEASONS)
        .any(|w| w.eq_ignore_ascii_case(first))
    {
        return None;
    }
    let line = body.split(['\n', '\r']).next().unwrap_or("");
    let (words, _) = field_words(line, false);
    // (A word of the classification of fields counts too, as the last word: "MSc
    // Physiotherapy (Hons)"; not "MBA Energy Trading Analyst".)
    let n = words.len();
    let last = words.iter().enumerate().rposition(|(k, w)| {
        let w = w.trim_end_matches(['.', ',']);
        FIELD_NOUNS.iter().any(|f| f.eq_ignore_ascii_case(w))
            || k + 1 == n
                && w.len() >= 5
                && super::study::field_term_len(&[w.to_lowercase().as_str()]) == 1
    })?;
    let word = words[last];
    Some(word.as_ptr() as usize - line.as_ptr() as usize + word.len())
}

/// Does `word` name a field of study, as the last word of a field ("law", "Computer
/// Science", "business", "STEM")?
pub(super) fn names_a_field_of_study(word: &str) -> bool {
    FIELD_NOUNS
        .iter()
        .chain(&["business", "computing", "stem", "humanities", "veterinary"])
        .any(|f| f.eq_ignore_ascii_case(word))
}

/// Words that name a field of study, for [`bare_field`].
const FIELD_NOUNS: &[&str] = &[
    "engineering",
    "science",
    "sciences",
    "technology",
    "administration",
    "management",
    "studies",
    "arts",
    "commerce",
    "physics",
    "chemistry",
    "biology",
    "mathematics",
    "maths",
    "math",
    "statistics",
    "economics",
    "accounting",
    "accountancy",
    "finance",
    "marketing",
    "nursing",
    "psychology",
    "sociology",
    "history",
    "english",
    "law",
    "education",
    "design",
    "architecture",
    "pharmacy",
    "medicine",
    "electronics",
    "communication",
    "communications",
    "informatics",
    "analytics",
    "journalism",
    "philosophy",
    "geology",
    "geography",
    "agriculture",
    "biotechnology",
    "microbiology",
    "biochemistry",
    "zoology",
    "botany",
    "hospitality",
    "tourism",
    "logistics",
    "kinesiology",
    "nutrition",
    "health",
    "work",
    "therapy",
    "languages",
    "literature",
    "media",
    "music",
    "planning",
    "relations",
    "policy",
    "affairs",
    "resources",
    "systems",
    "applications",
    "instrumentation",
    "telecommunication",
    "telecommunications",
    "aeronautics",
    "chemical",
    "textile",
    "metallurgy",
    "mining",
    "biomedical",
    "cse",
    "ece",
    "eee",
    "it",
    "cs",
    "mis",
    "hr",
    "operations",
    "banking",
    "insurance",
    "criminology",
    "justice",
    "theology",
    "anthropology",
    "linguistics",
];

/// The words of a field at the start of `body`, and how many bytes of `body` they take:
/// capitalised words (and "and", "of", "&", "science", "engineering" between them), up to a
/// word that ends a field ("or", "required", a number, another degree, a bracket) or five
/// words. With `lower`, also words in lower case that name a field of study as the
/// classification of fields has it, whole ("a degree in human resources, psychology or a
/// related field"; not "in data" or "in order to").
fn field_words(body: &str, lower: bool) -> (Vec<&str>, usize) {
    let mut words = Vec::new();
    let mut ends = Vec::new();
    // Words of a lower-case field still to take whole, after its first.
    let mut phrase_left = 0;
    for w in body.split([' ', '\t']) {
        let clean = clean_of(w);
        let lw = clean.to_ascii_lowercase();
        // "Nursing (BSN)": a bracket after the field holds its abbreviation or a note.
        if w.starts_with('(') && !words.is_empty() {
            break;
        }
        if phrase_left == 0
            && (clean.is_empty()
                || [
                    "or",
                    "from",
                    "with",
                    "at",
                    "and/or",
                    "required",
                    "preferred",
                    "is",
                    "a",
                    "an",
                    "the",
                ]
                .contains(&lw.as_str())
                || lw.chars().all(|c| c.is_ascii_digit())
                // Another degree ("Bachelor's degree (Master's preferred)", "Chemistry, BS").
                || ["master", "bachelor", "associate", "doctor", "phd", "mba"]
                    .iter()
                    .any(|d| lw.starts_with(d))
                || ["bs", "ms", "ba", "ma", "bsc", "msc", "ph.d", "b.s", "m.s"].contains(&lw.as_str())
                // "or Related field", "or Equivalent": no field of its own.
                || ["related", "equivalent", "relevant", "similar", "other", "etc"]
                    .contains(&lw.as_str()))
        {
            break;
        }
        let first = clean.chars().next().unwrap_or(' ');
        // Words that join a field's words or end one ("Health Sciences", "science").
        const JOINS_OR_ENDS: &[&str] = &[
            "and",
            "of",
            "&",
            "science",
            "sciences",
            "engineering",
            "studies",
            "technology",
            "management",
            "administration",
            "systems",
        ];
        if phrase_left > 0 {
            phrase_left -= 1;
        } else if !(first.is_uppercase() || JOINS_OR_ENDS.contains(&lw.as_str())) {
            // In lower case, a field the classification names, whole, up to the end of
            // its word's clause: first only after "in" or "of", after a capitalised word
            // anywhere ("BS Molecular biology").
            if !lower && words.is_empty() {
                break;
            }
            let at = w.as_ptr() as usize - body.as_ptr() as usize;
            let ahead: Vec<String> = body[at..]
                .split([' ', '\t'])
                .take(6)
                .scan(false, |ended, w| {
                    (!*ended).then(|| {
                        *ended = w.ends_with([',', '.', ';', ')', ':']);
                        clean_of(w).to_ascii_lowercase()
                    })
                })
                .collect();
            let ahead: Vec<&str> = ahead.iter().map(String::as_str).collect();
            let n = super::study::field_term_len(&ahead);
            if n == 0 {
                break;
            }
            phrase_left = n - 1;
        }
        words.push(clean);
        // Where the word's clean part ends in `body`.
        ends.push(clean.as_ptr() as usize - body.as_ptr() as usize + clean.len());
        if phrase_left == 0 && (w.ends_with([',', '.', ';', ')', ':']) || words.len() >= 5) {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| ["and", "of", "&"].contains(&w.to_ascii_lowercase().as_str()))
    {
        words.pop();
        ends.pop();
    }
    let used = ends.last().copied().unwrap_or(0);
    (words, used)
}

/// A word without the punctuation around it ("(Computer", "Science,"; not "&" or "/").
fn clean_of(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '/')
}

/// A school is no field ("MBA, Wharton School", "Delhi University", "Georgia Tech";
/// "School Psychology" is a field).
fn is_school(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| SCHOOL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
        || words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("school") || *w == "Tech")
}

/// What a degree is "of" before the field it is "in" ("Bachelor of Science in Biology").
const DEGREE_KINDS: &[&str] = &[
    "science",
    "sciences",
    "arts",
    "applied science",
    "applied sciences",
    "fine arts",
    "engineering",
    "technology",
    "philosophy",
    "education",
    "business administration",
    "commerce",
    "laws",
];

/// Words that make the text after a degree the school, not the field.
const SCHOOL_WORDS: &[&str] = &[
    "university",
    "college",
    "institute",
    "academy",
    "polytechnic",
];

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn fields_offered_together() {
        let fields = |t: &str| {
            find_degrees(t, &Starts::new(t))
                .first()
                .map(|d| d.fields.clone())
                .unwrap_or_default()
        };
        for (text, want) in [
            (
                "Bachelor's degree in Computer Science, Statistics, or Mathematics",
                &["Computer Science", "Statistics", "Mathematics"][..],
            ),
            (
                "BS in Computer Science, Engineering or a related field",
                &["Computer Science", "Engineering"],
            ),
            ("Master's in Physics/Chemistry", &["Physics", "Chemistry"]),
            (
                "Bachelor of Science in Biology or Chemistry from an accredited school",
                &["Biology", "Chemistry"],
            ),
            // No "or": the list may go on with skills.
            (
                "Bachelor's degree in Business, Python and SQL",
                &["Business"],
            ),
            // One field of two subjects, and a bracket after the field.
            (
                "B.S. in Computer Science and Mathematics",
                &["Computer Science and Mathematics"],
            ),
            ("Bachelor of Science in Nursing (BSN), 2018", &["Nursing"]),
            (
                "Chemistry degree: MS in Chemistry, BS accepted",
                &["Chemistry"],
            ),
            ("BS in Engineering or Equivalent", &["Engineering"]),
            // A field's abbreviation in brackets inside the list.
            (
                "Bachelor's degree in Physical Education (B.P.Ed), Sports Science or Physiotherapy.",
                &["Physical Education", "Sports Science", "Physiotherapy"],
            ),
            (
                "B.Tech in Computer Science (CSE) or Information Technology (IT) required",
                &["Computer Science", "Information Technology"],
            ),
            // In lower case, words that name fields.
            (
                "A degree in HCI, psychology, anthropology, sociology or a related field",
                &["HCI", "psychology", "anthropology", "sociology"],
            ),
            (
                "Bachelor's degree in biology, nursing, public health, health sciences or a related field",
                &["biology", "nursing", "public health", "health sciences"],
            ),
            (
                "BS in mechanical or electrical engineering",
                &["mechanical", "electrical engineering"],
            ),
            (
                "Bachelor's degree in human resources, business administration or a related field",
                &["human resources", "business administration"],
            ),
            (
                "Degree in law enforcement, criminal justice or health and safety",
                &["law enforcement", "criminal justice", "health and safety"],
            ),
            // Lower-case words only after "in" or "of", and only a whole field's name.
            ("Bachelor's degree, sales experience required", &[]),
            ("Bachelor's degree in data or a related field", &[]),
            ("Bachelor's degree in early childhood education", &["early childhood education"]),
            // A bracket that names no field before "in" and the field.
            (
                "Bachelor's degree (HBO/WO) in Supply Chain Management, Econometrics or similar",
                &["Supply Chain Management", "Econometrics"],
            ),
            ("B.E. (Mechanical) in Pune, 2015", &["Mechanical"]),
            ("B.E. (Mech) in Pune, 2015", &["Mech"]),
            ("B.E. (Mech) in Pune Institute of Technology, 2015", &["Mech"]),
            // Sentence case after an abbreviation or a comma.
            ("BS Molecular biology, 2015", &["Molecular biology"]),
            ("Bachelor of Science, Molecular biology", &["Molecular biology"]),
            // Not a note in brackets.
            (
                "Bachelor's degree in Marketing (preferred), Python and SQL",
                &["Marketing"],
            ),
        ] {
            assert_eq!(fields(text), want, "{text}");
        }
    }
}
