//! A language's name used as one ("fluent in Danish", "English and French") or as an
//! origin ("a Danish company", "Irish-headquartered").

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
