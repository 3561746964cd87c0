//! Names that hold a skill's name: places and venues ("Spring Lake Park"), people after a
//! contact cue ("contact Julia Jenkins"), and the people or team a field names ("client
//! leadership", "our marketing team").

/// Is the mention at `start..end`, capitalised, the first word of a place's or a venue's
/// name ("Spring Lake Park", "Pascal County", "the Rust Belt Tavern", "Perl Bistro", "the
/// Opera House", "Harrogate Grammar School", "Golf Course Road", "Salt Kitchen"), a
/// company's ("Swift Logistics LLC", "Ruby Labs Inc.", "Apex Talent Partners", "Salt
/// Hospitality") or a town before its US state ("Spring, TX")? A risky form there is a
/// name, and so is a form of one word that needs no context.
pub(crate) fn names_a_place(text: &str, start: usize, end: usize) -> bool {
    const PLACES: &[&str] = &[
        "County",
        "Lake",
        "Lakes",
        "Creek",
        "Park",
        "Tavern",
        "Lounge",
        "Bistro",
        "Grill",
        "Cafe",
        "Bar",
        "Pub",
        "Inn",
        "Hotel",
        "Restaurant",
        "Belt",
        "Valley",
        "Hills",
        "Hill",
        "Street",
        "Avenue",
        "Road",
        "Springs",
        "City",
        "Beach",
        "Bay",
        "Island",
        "River",
        "Ridge",
        "Heights",
        "Falls",
        "Township",
        "Village",
        "Mall",
        "Plaza",
        "Square",
        "Boulevard",
        "Harbor",
        "Harbour",
        "Canyon",
        "Mountain",
        "Grove",
        "Meadows",
        "School",
        "Academy",
        "Bank",
        "House",
        "Hall",
        "Theatre",
        "Theater",
        "Kitchen",
        "Bakery",
        "Brewery",
        "Diner",
        "Eatery",
        "Hospitality",
    ];
    // The last words of companies' names ("Swift Logistics LLC").
    const COMPANY: &[&str] = &[
        "LLC", "Inc", "Ltd", "Corp", "GmbH", "PLC", "LLP", "Pvt", "Partners", "Holdings", "Group",
    ];
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    ];
    // Most mentions are settled by the two bytes after them: a space, or a comma and a
    // space, then a capital.
    let rest = &text.as_bytes()[end..];
    let place = match rest {
        [b' ', c, ..] => c.is_ascii_uppercase(),
        [b',', b' ', c, ..] => c.is_ascii_uppercase(),
        _ => return false,
    };
    // A name's casing ("Perl", "Spring"); not an acronym ("AWS Lake Formation").
    let matched = &text.as_bytes()[start..end];
    if !place || !matched[0].is_ascii_uppercase() || !matched.iter().any(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    let rest = &text[end..];
    fn word(s: &str) -> (&str, &str) {
        let len = s
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(s.len());
        (&s[..len], &s[len..])
    }
    if let Some(after) = rest.strip_prefix(' ') {
        let (w, mut tail) = word(after);
        if (3..=11).contains(&w.len()) && (PLACES.contains(&w) || COMPANY.contains(&w)) {
            return true;
        }
        // A company's or a place's name: up to two more capitalised words, then its suffix
        // or its kind of place ("Swift Logistics LLC", "Golf Course Road").
        let mut w = w;
        for _ in 0..2 {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                return false;
            }
            let Some(next) = tail.strip_prefix(' ') else {
                return false;
            };
            (w, tail) = word(next);
            // (Streets only: "Azure Data Lake" is a product.)
            if COMPANY.contains(&w) || ["Road", "Street", "Avenue", "Boulevard"].contains(&w) {
                return true;
            }
        }
        return false;
    }
    if let Some(after) = rest.strip_prefix(", ") {
        let (w, tail) = word(after);
        // Then the text's end, punctuation, a ZIP code or a separator: "Spring, TX)",
        // "Austin, TX 78701", "Rancho Cordova, CA | 2017 - 2019"; not "MS Excel, MS Word".
        let ends = match tail.as_bytes() {
            [] => true,
            [b' ', d, ..] => d.is_ascii_digit() || b"|-(".contains(d) || !d.is_ascii(),
            [b, ..] => !b.is_ascii_alphanumeric() && !b" /-".contains(b),
        };
        return w.len() == 2 && ends && STATES.contains(&w);
    }
    false
}

/// Is the capitalised mention at `start..end` a word of a person's name given after a
/// contact cue ("contact Julia Jenkins", "Recruiter: Ruby Smith", "reach out to Ada
/// King") or a manager's ("you will report to Ruby Castellanos", "mentored by Julia
/// Park")? The name is two capitalised words right after the cue; a risky form there is
/// the name.
pub(crate) fn names_a_person(text: &str, start: usize, end: usize) -> bool {
    const CUES: &[&str] = &[
        "contact ",
        "contact: ",
        "contact person: ",
        "contact name: ",
        "attn: ",
        "attn ",
        "attention: ",
        "recruiter: ",
        "recruiter ",
        "hiring manager: ",
        "hiring manager ",
        "reach out to ",
        "ask for ",
        "email ",
        "e-mail ",
        "call ",
        "questions? contact ",
        "report to ",
        "reports to ",
        "reporting to ",
        "report directly to ",
        "reports directly to ",
        "reporting directly to ",
        "managed by ",
        "supervised by ",
        "mentored by ",
        "trained by ",
    ];
    let capitalised = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let matched = &text[start..end];
    // Every cue ends with a space, and a name's words are one space apart: most mentions
    // are settled by the bytes around them.
    let bytes = text.as_bytes();
    if start < 2 || bytes[start - 1] != b' ' {
        return false;
    }
    // A capitalised word after it (a first name), or a word before it (a last name).
    let next_capital =
        bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase);
    if !(next_capital || bytes[start - 2].is_ascii_lowercase()) || !capitalised(matched) {
        return false;
    }
    let cue_before = |at: usize| {
        let before = &text[..at];
        CUES.iter().any(|cue| {
            before.len() >= cue.len()
                && before.is_char_boundary(before.len() - cue.len())
                && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
                && !before[..before.len() - cue.len()]
                    .ends_with(|c: char| c.is_ascii_alphanumeric())
        })
    };
    // The first name: a cue before, a capitalised word after.
    let next = text[end..].strip_prefix(' ').map(|rest| {
        let n = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        &rest[..n]
    });
    if next.is_some_and(capitalised) && cue_before(start) {
        return true;
    }
    // The last name: a capitalised word before, and the cue before that.
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let first = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    capitalised(first) && cue_before(before.len() - first.len())
}

/// Words before a group noun that make it the people: whose they are ("client leadership",
/// "our leadership") or where they sit ("senior leadership", "executive leadership").
/// The word before "to" in "... to leadership" when the leaders are told or shown something.
const TOLD: &[&str] = &[
    "findings",
    "results",
    "recommendations",
    "insights",
    "updates",
    "reports",
    "report",
    "reporting",
    "present",
    "presenting",
    "presentations",
    "escalate",
    "escalating",
    "communicate",
    "communicating",
    "recommend",
    "recommending",
    "them",
    "it",
];

const PEOPLE_BEFORE: &[&str] = &[
    "client",
    "clients",
    "customer",
    "senior",
    "executive",
    "company",
    "company's",
    "business",
    "school",
    "firm",
    "firm's",
    "organizational",
    "organisational",
    "department",
    "hospital",
    "clinical",
    "site",
    "store",
    "district",
    "regional",
    "corporate",
    "our",
    "their",
    "its",
    "your",
    "agency",
    "government",
    "divisional",
    "c-suite",
    "top",
    "upper",
    "partner",
    "stakeholder",
];

/// Words after a group noun that make it the people ("leadership team", "leadership's").
const PEOPLE_AFTER: &[&str] = &["team", "teams", "group", "council", "committee", "'s", "’s"];

/// Is the match at `start..end` the people rather than the skill: after one of
/// [`PEOPLE_BEFORE`] or before one of [`PEOPLE_AFTER`]?
pub(crate) fn names_the_people(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    // After the last blank or bracket (which may be a multi-byte space: "our\u{a0}").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "(,;:".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let previous = &before[word_start..];
    let after = &text[end..];
    let next = after.trim_start_matches([' ', '\t']);
    let next_word = &next[..next
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(next.len())];
    // Told or shown something: "present findings to leadership", "report to leadership".
    let told = previous.eq_ignore_ascii_case("to") && {
        let before = before[..word_start].trim_end();
        let word = &before[before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8())..];
        TOLD.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    told || PEOPLE_BEFORE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(previous))
        || PEOPLE_AFTER.iter().any(|w| {
            w.eq_ignore_ascii_case(next_word)
                || (w.starts_with(['\'', '’']) && after.starts_with(w))
        })
}

/// Acronyms of a domain rather than a skill: before another word they qualify it
/// ("IT department", "IT-infrastructure", "IT consulting").
const DOMAIN_ACRONYMS: &[&str] = &["IT"];

/// Is `form` one of the [`DOMAIN_ACRONYMS`]?
pub(crate) fn is_domain_acronym(form: &str) -> bool {
    DOMAIN_ACRONYMS.contains(&form)
}

/// Is `form` an acronym of two capitals or more, with digits or `+` or `-` at most ("PHR",
/// "CPA", "SHRM-CP", "A+")?
pub(crate) fn is_acronym_of_capitals(form: &str) -> bool {
    form.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && form
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+' || b == b'-')
}

/// Things and staff that a credential's acronym may qualify ("our PHR system", "a CPA
/// firm", "LPN staff"); none is the credential.
const QUALIFIED_BY_CREDENTIALS: &[&str] = &[
    "app",
    "apps",
    "database",
    "databases",
    "firm",
    "firms",
    "integration",
    "integrations",
    "module",
    "modules",
    "platform",
    "platforms",
    "portal",
    "portals",
    "scheme",
    "schemes",
    "software",
    "staff",
    "system",
    "systems",
    "vendor",
    "vendors",
];

/// Does one of [`QUALIFIED_BY_CREDENTIALS`] follow the mention ending at `end`, after one
/// space ("PHR system", "CPA firm's")?
pub(crate) fn credential_qualifies_next_word(text: &str, end: usize) -> bool {
    one_of(QUALIFIED_BY_CREDENTIALS, word_after(text, end))
}

/// The word (ASCII letters) after one space at `end`, or "" ("PHR system" after "PHR").
pub(crate) fn word_after(text: &str, end: usize) -> &str {
    let rest = text
        .get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .unwrap_or("");
    &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())]
}

/// Is `word` one of `words` (lower case), in any case?
pub(crate) fn one_of(words: &[&str], word: &str) -> bool {
    !word.is_empty() && words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Does the mention ending at `end` name a team or a department, alone or with the fields
/// joined to it ("the marketing team", "merchandising and supply chain teams", "Finance
/// Department")? A field there names the people who work in it, not a skill. Read on the
/// mention's line; not "team player", "team members" or "work independently or within a
/// team", and not a team that the text's writer or the job leads or is in ("Led the
/// business development team", "manage our marketing department", "managed the sales and
/// marketing teams", "six years in a community rehabilitation and reablement team").
pub(crate) fn names_a_team(text: &str, start: usize, end: usize) -> bool {
    const GROUPS: &[&str] = &["team", "teams", "department", "departments", "dept"];
    const JOINERS: &[&str] = &["and", "or", "&", "/"];
    /// Words after "team" that make it a quality of a person ("team player") or the people
    /// an activity is for ("mentoring team members").
    const QUALITIES: &[&str] = &[
        "player",
        "players",
        "work",
        "working",
        "spirit",
        "oriented",
        "building",
        "environment",
        "environments",
        "setting",
        "settings",
        "member",
        "members",
        "mates",
    ];
    /// Words that join no field to another ("or within a team", "with the team").
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "the", "with", "within", "in", "on", "of", "to", "for", "our", "your", "their",
        "as", "at", "by", "from", "are", "is", "be", "other", "across", "cross",
    ];
    /// Verbs of leading a team.
    const LEADS: &[&str] = &[
        "lead",
        "leads",
        "led",
        "leading",
        "manage",
        "manages",
        "managed",
        "managing",
        "head",
        "heads",
        "headed",
        "heading",
        "build",
        "built",
        "building",
        "grow",
        "grew",
        "direct",
        "directed",
        "supervise",
        "supervised",
        "supervising",
        "oversee",
        "oversaw",
        "ran",
        "run",
        "running",
        "scaled",
        "established",
    ];
    if text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    // Back from the mention, past articles, possessives and the other fields joined to it
    // ("managed the sales and marketing teams"), a verb of leading the team or a word of
    // being in it ("six years in a community rehabilitation and reablement team", "joined
    // the payroll team"): the writer did the work. Read only for a mention that names a
    // team, after the look ahead.
    // `team_ends` says whether the group's word ends its line or a part of it ("...
    // Reablement Team", "... Team | 2019 - 2023").
    let led = |team_ends: bool| {
        /// Words of being in the team.
        const MEMBERSHIP: &[&str] = &["in", "within", "into", "join", "joins", "joined", "joining"];
        /// Words before being in a team that make it other people's ("worked closely with
        /// stakeholders in the Finance team", "support staff in the Payroll department").
        const OTHERS: &[&str] = &[
            "with",
            "alongside",
            "for",
            "from",
            "to",
            "colleagues",
            "stakeholders",
            "staff",
            "people",
            "members",
            "partners",
            "support",
            "supports",
            "supported",
            "supporting",
            "liaise",
            "liaised",
            "liaising",
            "who",
        ];
        const ARTICLES: &[&str] = &["the", "a", "an", "our", "my", "their", "his", "her", "its"];
        let mut lo = start.saturating_sub(60);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &text[lo..start];
        let before =
            &before[memchr::memrchr2(b'\n', b'\r', before.as_bytes()).map_or(0, |i| i + 1)..];
        // "Occupational Therapist – Community Rehabilitation and Reablement Team": a title,
        // a dash and the team's name of capitalised words, ending its line or its part.
        let after_a_title = team_ends
            && before
                .rfind(['–', '—', '|'])
                .or_else(|| before.rfind(" - "))
                .is_some_and(|sep| {
                    let (title, team) = before.split_at(sep);
                    team.trim_start_matches(['–', '—', '|', ' ', '-'])
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .all(|w| {
                            w.starts_with(|c: char| c.is_ascii_uppercase()) || one_of(JOINERS, w)
                        })
                        && crate::profile::titles::ends_with_title_word(title.trim_end())
                });
        if after_a_title {
            return true;
        }
        // Within the mention's clause.
        let clause = &before[before.rfind([',', ';', '.', ':', '(']).map_or(0, |i| i + 1)..];
        let mut words = clause
            .split(|c: char| !c.is_ascii_alphabetic() && c != '&')
            .filter(|w| !w.is_empty())
            .rev();
        let mut fields = 0;
        while let Some(w) = words.next() {
            if one_of(LEADS, w) {
                return true;
            }
            if one_of(MEMBERSHIP, w) {
                return !words.any(|w| one_of(OTHERS, w));
            }
            if one_of(ARTICLES, w) || one_of(JOINERS, w) {
                continue;
            }
            fields += 1;
            if fields > 3 || one_of(FUNCTION_WORDS, w) {
                return false;
            }
        }
        false
    };
    let mut hi = (end + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = &text[end..hi];
    let window =
        &window[..memchr::memchr2(b'\n', b'\r', window.as_bytes()).unwrap_or(window.len())];
    let mut words = window
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .peekable();
    let mut joined = false;
    let mut between = 0;
    while let Some(word) = words.next() {
        let bare = word.trim_end_matches(['.', ',', ';', ':', ')']);
        if GROUPS.iter().any(|g| bare.eq_ignore_ascii_case(g)) {
            let quality = bare.len() == word.len()
                && words.peek().is_some_and(|next| {
                    let next = next.trim_end_matches(['.', ',', ';', ':', ')']);
                    QUALITIES.iter().any(|q| next.eq_ignore_ascii_case(q))
                });
            let team_ends = bare.len() + 1 >= word.len()
                && words
                    .peek()
                    .is_none_or(|next| next.starts_with(['|', '(', '-', '–', '—']));
            return (!joined || between > 0) && !quality && !led(team_ends);
        }
        if bare.len() != word.len()
            || !bare
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'&' || b == b'/')
        {
            return false;
        }
        if !joined && between == 0 && JOINERS.iter().any(|j| bare.eq_ignore_ascii_case(j)) {
            joined = true;
            continue;
        }
        // Up to three words of another field after the joiner.
        if !joined || between == 3 || FUNCTION_WORDS.iter().any(|f| bare.eq_ignore_ascii_case(f)) {
            return false;
        }
        between += 1;
    }
    false
}

/// Does a word follow the match ending at `end`, after a space or a hyphen, which the
/// match (a domain acronym, [`DOMAIN_ACRONYMS`]) then qualifies?
pub(crate) fn qualifies_next_word(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    matches!(rest.first(), Some(b' ' | b'-')) && rest.get(1).is_some_and(u8::is_ascii_alphabetic)
}

/// Does the mention starting at `start` name a department the work is done with, after a
/// verb of working together and "with" ("work closely with HR and Finance", "liaise with
/// Legal", "partnering with the Finance function", "worked alongside Procurement")? A field
/// there names the people who work in it, not a skill. Plain "work with" is not enough ("worked
/// with payroll" did payroll): a verb of working with "with" needs "closely", "directly"
/// or "together" beside it. Between "with" and the mention only articles, joiners and
/// capitalised names of other departments ("with HR and Finance"). Read on the mention's
/// line, back to a sentence's end. Not a mention that names the people itself ("work
/// closely with cross-functional teams" is teamwork).
pub(crate) fn names_a_partner(text: &str, start: usize, end: usize) -> bool {
    /// Verbs that take "with" and people.
    const PARTNERS: &[&str] = &[
        "collaborate",
        "collaborates",
        "collaborating",
        "collaborated",
        "liaise",
        "liaises",
        "liaising",
        "liaised",
        "liase",
        "liasing",
        "partner",
        "partners",
        "partnering",
        "partnered",
        "coordinate",
        "coordinates",
        "coordinating",
        "coordinated",
        "interface",
        "interfaces",
        "interfacing",
        "interfaced",
        "cooperate",
        "cooperating",
        "cooperated",
    ];
    /// Verbs of working, which take "with" and a thing as well.
    const WORKS: &[&str] = &[
        "work", "works", "working", "worked", "serve", "serves", "serving", "served",
    ];
    /// Words that make "work with" working together.
    const CLOSELY: &[&str] = &["closely", "directly", "together"];
    const BETWEEN: &[&str] = &["the", "our", "your", "their", "its", "and", "or", "&", "/"];
    let mention = &text.as_bytes()[start..end];
    if [&b"team"[..], b"teams"].iter().any(|t| {
        mention.len() >= t.len() && mention[mention.len() - t.len()..].eq_ignore_ascii_case(t)
    }) {
        return false;
    }
    // The words before the mention, last first, back to a line's or a sentence's end (at
    // most 80 bytes): read one at a time, as most mentions are settled by the first.
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(80);
    let mut at = start;
    let mut words = std::iter::from_fn(|| {
        while at > lo && matches!(bytes[at - 1], b' ' | b'\t' | b',') {
            at -= 1;
        }
        if at == lo || matches!(bytes[at - 1], b'\n' | b'.' | b';' | b':') {
            return None;
        }
        let end = at;
        while at > lo
            && !matches!(
                bytes[at - 1],
                b' ' | b'\t' | b',' | b'\n' | b'.' | b';' | b':'
            )
        {
            at -= 1;
        }
        // (A word cut by the window's edge ends the words.)
        text.get(at..end).filter(|_| at > lo || lo == 0)
    });
    // Between "with" and the mention: articles, joiners and up to four capitalised names;
    // a preposition in Title Case ends them ("Work Closely With The Chef On Menu Planning").
    const STOPS: &[&str] = &[
        "on", "to", "for", "in", "of", "about", "at", "from", "by", "into", "over",
    ];
    let mut names = 0;
    let mut alongside = false;
    let mut found = false;
    for word in words.by_ref() {
        alongside = word.eq_ignore_ascii_case("alongside");
        if alongside || word.eq_ignore_ascii_case("with") {
            found = true;
            break;
        }
        if one_of(BETWEEN, word) {
            continue;
        }
        names += 1;
        if names > 4 || !word.starts_with(|c: char| c.is_ascii_uppercase()) || one_of(STOPS, word) {
            return false;
        }
    }
    if !found {
        return false;
    }
    let Some(mut verb) = words.next() else {
        return false;
    };
    let close = one_of(CLOSELY, verb);
    if close {
        let Some(next) = words.next() else {
            return false;
        };
        verb = next;
    }
    let works = one_of(WORKS, verb);
    // "worked alongside Procurement"; not "payables alongside payroll", "in addition to".
    if alongside {
        return works;
    }
    if one_of(PARTNERS, verb) {
        // "HR Business Partner with Payroll expertise": the noun, a title.
        let noun = one_of(&["partner", "partners"], verb)
            && words.next().is_some_and(|w| {
                w.eq_ignore_ascii_case("business")
                    || w.starts_with(|c: char| c.is_ascii_uppercase())
            });
        return !noun;
    }
    works && (close || words.next().is_some_and(|w| one_of(CLOSELY, w)))
}
