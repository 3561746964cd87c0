//! Everyday names of fields of work ("sales", "inventory", "onboarding"): read as skills
//! in experience phrases ("3+ years of sales experience"), not as a compound's head
//! ("Allergen management").

use super::starts_sentence;

/// Risky everyday names of a field of work (lower case, sorted): in an experience phrase
/// they name the field ("3+ years of sales experience", "experience in FMCG sales",
/// "background in recruiting", "- Inventory experience required").
pub(super) const WORK_AREAS: &[&str] = &[
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
pub(super) const FIELD_QUALIFIERS: &[&str] = &[
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
pub(super) const BEFORE_FIELD_EXPERIENCE: &[&str] = &[
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
pub(super) const AFTER_FIELD: &[&str] = &[
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
