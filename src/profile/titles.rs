//! Job titles and employers on the lines of a position ("Senior Engineer | Acme Corp").

use std::sync::OnceLock;

/// Words of job titles, to tell a title from an employer.
const TITLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "manager",
    "analyst",
    "scientist",
    "consultant",
    "intern",
    "designer",
    "lead",
    "architect",
    "specialist",
    "officer",
    "executive",
    "assistant",
    "associate",
    "director",
    "administrator",
    "admin",
    "coordinator",
    "tester",
    "accountant",
    "teacher",
    "trainer",
    "advocate",
    "lawyer",
    "counsel",
    "programmer",
    "technician",
    "head",
    "president",
    "founder",
    "supervisor",
    "representative",
    "generalist",
    "recruiter",
    "advisor",
    "instructor",
    "researcher",
    "fellow",
    "trainee",
    "owner",
    "partner",
    "clerk",
    "operator",
    "agent",
    "planner",
    "editor",
    "writer",
    "artist",
    "nurse",
    "coach",
    "dba",
    "devops",
    "sre",
    "qa",
    "cto",
    "ceo",
    "cfo",
    "vp",
    "controller",
    "auditor",
    "attorney",
    "paralegal",
    "pharmacist",
    "physician",
    "therapist",
    "counselor",
    "electrician",
    "mechanic",
    "carpenter",
    "plumber",
    "welder",
    "machinist",
    "secretary",
    "receptionist",
    "bookkeeper",
    "teller",
    "cashier",
    "barista",
    "bartender",
    "driver",
    "courier",
    "dispatcher",
    "inspector",
    "surveyor",
    "estimator",
    "buyer",
    "merchandiser",
    "underwriter",
    "actuary",
    "statistician",
    "economist",
    "chemist",
    "biologist",
    "professor",
    "lecturer",
    "librarian",
    "translator",
    "interpreter",
    "journalist",
    "reporter",
    "photographer",
    "illustrator",
    "animator",
    "copywriter",
    "foreman",
];

/// Does `s` have a word (a run of ASCII letters and digits) of [`TITLE_WORDS`], in any case?
fn has_title_word(s: &str) -> bool {
    static SET: OnceLock<foldhash::HashSet<&'static [u8]>> = OnceLock::new();
    let set = SET.get_or_init(|| TITLE_WORDS.iter().map(|w| w.as_bytes()).collect());
    // Lower-cased on the stack: no title word is longer than this.
    let mut buf = [0u8; 16];
    s.as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .any(|w| match buf.get_mut(..w.len()) {
            Some(lower) if !w.is_empty() => {
                lower.copy_from_slice(w);
                lower.make_ascii_lowercase();
                set.contains(&*lower)
            }
            _ => false,
        })
}

/// A part of a line without the separators and bullets around it; a closing bracket stays
/// when the part opens it ("Accountant (part-time)").
fn clean_part(s: &str) -> &str {
    let cleaned = s.trim_matches(|c: char| c.is_whitespace() || "|•·*-–—,:;()[]/".contains(c));
    // Give back a closing bracket the part opens ("Accountant (part-time)").
    let start = cleaned.as_ptr() as usize - s.as_ptr() as usize;
    let end = start + cleaned.len();
    match s.as_bytes().get(end) {
        Some(&b')') if memchr::memchr(b'(', cleaned.as_bytes()).is_some() => &s[start..end + 1],
        Some(&b']') if memchr::memchr(b'[', cleaned.as_bytes()).is_some() => &s[start..end + 1],
        _ => cleaned,
    }
}

/// (title, employer) from a line with the dates taken out, as parts of `line` (see
/// [`name`] for the text a profile keeps).
pub(super) fn title_employer(line: &str) -> (Option<&str>, Option<&str>) {
    let line = clean_part(line);
    if line.is_empty() {
        return (None, None);
    }
    let mut parts: Vec<&str> = vec![line];
    for sep in [" | ", "|", " — ", " – ", " - ", "\t", ", ", " at ", " @ "] {
        if !line.contains(sep) {
            continue;
        }
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep))
            .map(clean_part)
            .filter(|p| !p.is_empty())
            .collect();
    }
    match parts.as_slice() {
        [] => (None, None),
        [one] if has_title_word(one) => (Some(one), None),
        [one] => (None, Some(one)),
        [a, b, ..] if has_title_word(a) => (Some(a), Some(b)),
        [a, b, ..] if has_title_word(b) => (Some(b), Some(a)),
        [a, ..] => (None, Some(a)),
    }
}

/// A title or employer as a profile keeps it: its first 120 characters.
pub(super) fn name(part: &str) -> String {
    part.char_indices()
        .nth(120)
        .map_or(part, |(i, _)| &part[..i])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_are_found_in_any_case_as_whole_words() {
        // The lookup lower-cases words into a 16-byte buffer.
        assert!(TITLE_WORDS
            .iter()
            .all(|w| w.len() <= 16 && !w.bytes().any(|b| b.is_ascii_uppercase())));
        for yes in [
            "Senior Software ENGINEER",
            "data-Scientist",
            "Café Manager",
            "VP, Sales",
            "lead",
        ] {
            assert!(has_title_word(yes), "{yes:?}");
        }
        for no in [
            "Acme Corp",
            "Engineering",
            "leadership",
            "representatives",
            "",
            "—",
        ] {
            assert!(!has_title_word(no), "{no:?}");
        }
        for (line, title, employer) in [
            (
                "Controller, Umbrella Corp",
                Some("Controller"),
                Some("Umbrella Corp"),
            ),
            ("Barista, The Ritz", Some("Barista"), Some("The Ritz")),
            (
                "Accountant (part-time), Hooli",
                Some("Accountant (part-time)"),
                Some("Hooli"),
            ),
            // Without a title word, the first part is taken for the employer.
            ("Umbrella Corp - Sommelier", None, Some("Umbrella Corp")),
            ("(Senior Engineer)", Some("Senior Engineer"), None),
            (
                "Software Engineer, Google",
                Some("Software Engineer"),
                Some("Google"),
            ),
            ("Acme", None, Some("Acme")),
        ] {
            assert_eq!(title_employer(line), (title, employer), "{line:?}");
        }
        let long = format!("{}x", "é".repeat(130));
        let (title, employer) = title_employer(&long);
        assert_eq!(title, None);
        assert_eq!(name(employer.unwrap()).chars().count(), 120);
    }
}
