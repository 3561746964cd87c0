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

fn clean_part(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || "|•·*-–—,:;()[]/".contains(c))
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
        let long = format!("{}x", "é".repeat(130));
        let (title, employer) = title_employer(&long);
        assert_eq!(title, None);
        assert_eq!(name(employer.unwrap()).chars().count(), 120);
    }
}
