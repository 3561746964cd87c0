//! Credentials a resume says its writer does not hold ("Not a CPA", "non-CPA") or is
//! still working towards ("CPA candidate", "PMP (in progress)", "hoping to earn a CDL"):
//! no skills.

use super::super::words::Needles;
use crate::extract::context::{one_of, word_after};
use crate::extract::Mention;
use crate::taxonomy::{SkillKind, Taxonomy};

/// Drops the mentions a resume says its writer is not or does not hold ("Not a CPA",
/// "not an RN", "non-CPA"), or a posting says it does not ask for ("Non-CDL", "No CDL
/// required"): `denials` (lower case) are the words right before a mention.
///
/// The denial reaches on over "or", "nor" and "/" ("No CDL or forklift certification
/// required", "not a CPA or CMA"), with up to two words of the denied thing before the
/// joiner ("No CDL license or ...").
pub(crate) fn drop_denied(text: &str, mentions: &mut Vec<Mention>, denials: &[&str]) {
    let bytes = text.as_bytes();
    // The bytes that end a denial, by the byte before them ("a " of "not a "): most
    // mentions are settled by one lookup.
    let mut ends = [0u8; 256];
    for d in denials
        .iter()
        .map(|d| d.as_bytes())
        .filter(|d| d.len() >= 2)
    {
        ends[usize::from(d[d.len() - 2])] |= if d[d.len() - 1] == b' ' { 1 } else { 2 };
    }
    // Where the last denied mention ended.
    let mut denied_end: Option<usize> = None;
    mentions.retain(|m| {
        if denied_end.is_some_and(|end| continues_a_denial(text.get(end..m.start))) {
            denied_end = Some(m.end);
            return false;
        }
        denied_end = None;
        // Every denial ends with a space or a hyphen.
        if m.start < 3 || !matches!(bytes[m.start - 1], b' ' | b'-') {
            return true;
        }
        // Most mentions are settled by the two bytes before them, which end no denial.
        let last = if bytes[m.start - 1] == b' ' { 1 } else { 2 };
        if ends[usize::from(bytes[m.start - 2].to_ascii_lowercase())] & last == 0 {
            return true;
        }
        let before = &text[..m.start];
        let penultimate = bytes[m.start - 2].to_ascii_lowercase();
        let denied = denials.iter().any(|d| {
            let at = before.len().wrapping_sub(d.len());
            // The two bytes before first (the denials are lower case).
            d.as_bytes()[d.len().saturating_sub(2)] == penultimate
                && before.len() >= d.len()
                && before.is_char_boundary(at)
                && before[at..].eq_ignore_ascii_case(d)
                // A word of its own: not the end of "Cannon".
                && !before[..at].ends_with(|c: char| c.is_alphanumeric())
        });
        if denied {
            denied_end = Some(m.end);
        }
        !denied
    });
}

/// Does `between` (the text from a denied mention to the next) carry the denial on: "or",
/// "nor" or "/", perhaps after up to two words ("CDL license or ")?
fn continues_a_denial(between: Option<&str>) -> bool {
    let Some(between) = between.filter(|b| b.len() <= 40) else {
        return false;
    };
    let lower = between.to_ascii_lowercase();
    let Some(words) = [" or a ", " or an ", ", or ", " or ", " nor ", " / ", "/"]
        .iter()
        .find_map(|j| lower.strip_suffix(j))
    else {
        return false;
    };
    words.len() < 30
        && words.split(' ').filter(|w| !w.is_empty()).count() <= 2
        && words
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
}

/// The words before a mention that say a resume's writer does not hold it ("Not a CPA",
/// "non-CPA") or is still on the way to it ("Pursuing CPA licensure", "eligible for the
/// CPA exam", "studying for the PMP").
pub(super) const CREDENTIAL_DENIALS: &[&str] = &[
    "not a ",
    "not an ",
    "non-",
    "non ",
    "pursuing ",
    "pursuing the ",
    "pursuing a ",
    "studying for ",
    "studying for the ",
    "eligible for ",
    "eligible for the ",
    "candidate for ",
    "candidate for the ",
    "working toward ",
    "working towards ",
    "working toward the ",
    "working towards the ",
    "preparing for ",
    "preparing for the ",
    // Wanted, not held: "a role where I can earn my forklift certification and eventually
    // obtain a Class A CDL", "Aspiring registered nurse", "hoping to learn IV therapy".
    "earn my ",
    "earn a ",
    "earn the ",
    "obtain my ",
    "obtain a ",
    "obtain the ",
    "get my ",
    "complete my ",
    "plan to take ",
    "plan to take the ",
    "plan to sit ",
    "plan to sit the ",
    "planning to take ",
    "planning to take the ",
    "booked onto ",
    "booked onto the ",
    "booked on the ",
    "aspiring ",
    "hoping to learn ",
    "hope to learn ",
    "eager to learn ",
    "want to learn ",
    // A trade the writer wants to move to: "a painter and decorator looking to move into
    // carpentry", "keen to progress into tower crane operation" (not "led the move into
    // AWS").
    "to move into ",
    "to progress into ",
    "to transition into ",
    "to step up into ",
    "to break into ",
    // What the writer says they have not used: "Not yet trained on SystmOne", "no
    // experience with SAP".
    "not yet trained on ",
    "not yet trained in ",
    "not trained on ",
    "no experience with ",
    "no experience of ",
    "no experience in ",
    "no exposure to ",
    "unfamiliar with ",
];

/// Drops the mentions a resume's line says, after a separator, are not held yet or no
/// longer: "ACCA – currently studying", "PTCB CPhT — studying; exam scheduled January 2027",
/// "Personal Licence (APLH) — course booked", "AIRS Certified Internet Recruiter (CIR) —
/// enrolled", "Snowflake SnowPro Core (2021 — expired 2023)". The separator (a dash, a
/// colon, a semicolon or a comma) is the first after the mention on its line, within 60
/// bytes; the words right after it say so. Not "PMP — 2019; CSM — studying" for the PMP.
/// So do "currently studying", "started studying", "now studying" and "not yet" right
/// before the mention ("I'm currently studying ACCA", "not yet ACCA qualified").
pub(super) fn drop_after_a_status(text: &str, mentions: &mut Vec<Mention>) {
    const STATUS: &[&str] = &[
        "studying",
        "currently studying",
        "enrolled",
        "currently enrolled",
        "course booked",
        "exam booked",
        "booked",
        "exam scheduled",
        "in progress",
        "not yet",
        "expired",
        "lapsed",
    ];
    // Where the words stand (most resumes have none): a mention needs one within 100
    // bytes after it. One SIMD search for them all, in both casings.
    static WORDS: Needles = Needles::new(&[
        "studying",
        "Studying",
        "enrolled",
        "Enrolled",
        "booked",
        "Booked",
        "scheduled",
        "Scheduled",
        "progress",
        "not yet",
        "Not yet",
        "expired",
        "Expired",
        "lapsed",
        "Lapsed",
    ]);
    let spans = WORDS.spans_in(text);
    if spans.is_empty() {
        return;
    }
    // Before the mention: "I'm currently studying ACCA", "not yet ACCA qualified".
    const BEFORE: &[&str] = &[
        "currently studying ",
        "started studying ",
        "now studying ",
        "not yet ",
    ];
    mentions.retain(|m| {
        // A word ending at most a space before the mention (the spans are in order and do
        // not overlap, so their ends are in order too).
        let j = spans.partition_point(|&(_, e)| e < m.start);
        if j > 0 && spans[j - 1].1 + 1 == m.start {
            let before = &text[..m.start];
            if BEFORE.iter().any(|b| {
                before.len() >= b.len()
                    && before.is_char_boundary(before.len() - b.len())
                    && before[before.len() - b.len()..].eq_ignore_ascii_case(b)
            }) {
                return false;
            }
        }
        let k = spans.partition_point(|&(i, _)| i < m.end);
        if spans.get(k).is_none_or(|&(i, _)| i >= m.end + 100) {
            return true;
        }
        let mut hi = (m.end + 100).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let rest = text[m.end..hi].split('\n').next().unwrap_or("");
        let Some((i, c)) = rest
            .char_indices()
            .take_while(|&(i, _)| i <= 60)
            .find(|&(i, c)| {
                matches!(c, '—' | '–' | ':' | ';' | ',') || (c == '-' && rest[..i].ends_with(' '))
            })
        else {
            return true;
        };
        let after = rest[i + c.len_utf8()..].trim_start();
        !STATUS.iter().any(|s| {
            after
                .get(..s.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(s))
                && {
                    let next = &after[s.len()..];
                    // A word of its own, and not about another credential ("studying for the
                    // SPHR").
                    !next.starts_with(|c: char| c.is_ascii_alphabetic())
                        && !["for ", "toward", "to "]
                            .iter()
                            .any(|w| next.trim_start().starts_with(w))
                }
        })
    });
}

/// Drops the fields a recruiter's resume says it hires for ("hiring for IT, finance, and
/// healthcare roles", "Recruited for Java developers and data engineers"): the mentions
/// after such words up to the end of their clause (a stop, a semicolon, a colon, a bracket
/// or a line's end, at most 100 bytes on) or a word that ends the list ("roles",
/// "positions", "using", "with", "across", ...: "hiring for retail stores using Workday"
/// keeps Workday).
pub(super) fn drop_hiring_fields(text: &str, mentions: &mut Vec<Mention>) {
    // Both casings, for a SIMD search of the text as written.
    static HIRING_FOR: Needles = Needles::new(&[
        "hiring for ",
        "Hiring for ",
        "hired for ",
        "Hired for ",
        "recruiting for ",
        "Recruiting for ",
        "recruited for ",
        "Recruited for ",
        "recruitment for ",
        "Recruitment for ",
        "sourcing for ",
        "Sourcing for ",
        "sourced for ",
        "Sourced for ",
    ]);
    const ENDS_THE_LIST: &[&str] = &[
        "roles",
        "role",
        "positions",
        "position",
        "openings",
        "vacancies",
        "requisitions",
        "using",
        "with",
        "through",
        "via",
        "across",
        "at",
        "from",
        "by",
        "on",
        "in",
        "while",
        "who",
        "which",
        "that",
        "to",
        "for",
    ];
    if mentions.is_empty() {
        return;
    }
    let bytes = text.as_bytes();
    let mut fields: Vec<(usize, usize)> = Vec::new();
    for (phrase_start, start) in HIRING_FOR.spans_in(text) {
        // A word of its own: not "rehiring for".
        if phrase_start > 0 && bytes[phrase_start - 1].is_ascii_alphabetic() {
            continue;
        }
        let mut end = start;
        let limit = (start + 100).min(text.len());
        while end < limit {
            let b = bytes[end];
            // (A stop ends it, not the dot of ".NET".)
            let stop = b == b'.' && bytes.get(end + 1).is_none_or(|n| n.is_ascii_whitespace());
            if stop || matches!(b, b';' | b':' | b'(' | b'\n' | b'\r') {
                break;
            }
            if b.is_ascii_alphabetic() && (end == 0 || !bytes[end - 1].is_ascii_alphanumeric()) {
                let word_end = bytes[end..limit]
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .map_or(limit, |k| end + k);
                if ENDS_THE_LIST
                    .iter()
                    .any(|w| text[end..word_end].eq_ignore_ascii_case(w))
                {
                    break;
                }
                end = word_end;
                continue;
            }
            end += 1;
        }
        fields.push((start, end));
    }
    if fields.is_empty() {
        return;
    }
    mentions.retain(|m| !fields.iter().any(|&(s, e)| s <= m.start && m.start < e));
}

/// Drops the certifications a resume names as the goal of an apprenticeship or a
/// traineeship ("completing my Red Seal apprenticeship", "Red Seal Cook apprentice", "CPA
/// trainee"): the word right after the mention says so. Certifications only: "Welding
/// Apprentice" and "HR Trainee" name the trade of a position.
pub(super) fn drop_apprenticeships(text: &str, taxonomy: &Taxonomy, mentions: &mut Vec<Mention>) {
    const WORDS: &[&str] = &[
        "apprenticeship",
        "apprenticeships",
        "apprentice",
        "apprentices",
        "trainee",
        "trainees",
    ];
    mentions.retain(|m| {
        !(one_of(WORDS, word_after(text, m.end))
            && taxonomy.skill(m.skill).kind == SkillKind::Certification)
    });
}

/// Drops the fields a resume names as its clients' trades ("signage for a logistics
/// client's new warehouse", "packaging for cosmetics clients", "retail customers"): whom
/// the writer worked for, not what they did. Fields of knowledge written in lower case
/// only: "Salesforce clients", "ASP.NET Client Management" and "Cisco Client" (a client's
/// name) keep theirs.
pub(super) fn drop_client_fields(text: &str, taxonomy: &Taxonomy, mentions: &mut Vec<Mention>) {
    const CLIENTS: &[&str] = &["client", "clients", "customer", "customers"];
    mentions.retain(|m| {
        !(one_of(CLIENTS, word_after(text, m.end))
            && !m.text(text).bytes().any(|b| b.is_ascii_uppercase())
            && taxonomy.skill(m.skill).kind == SkillKind::Knowledge)
    });
}

/// Drops the mentions a resume says are under way ("CPA candidate", "CFA Level II
/// Candidate", "PMP (in progress)", "CPA (expected 2027)", "A+ - planning to start",
/// "CISSP exam booked for March", "CDL skills test scheduled 12/2026", "finishing CDL
/// school"; not "Tableau, planned and built dashboards"): the words
/// right after the mention, past at most two words of the credential's ("Level II",
/// "exam"), say so.
pub(super) fn drop_under_way(text: &str, mentions: &mut Vec<Mention>) {
    const PARTS: &[&str] = &[
        "level",
        "i",
        "ii",
        "iii",
        "exam",
        "exams",
        "certification",
        "license",
        "licensure",
        "designation",
        "charter",
        "skills",
        "road",
        "test",
    ];
    const UNDER_WAY: &[&str] = &[
        "candidate",
        "in progress",
        "(in progress",
        "(expected",
        "expected 20",
        "(pending",
        "pending",
        "in process",
        "(in process",
        "eligible",
        "planning to",
        "(planned",
        "booked for",
        "scheduled for",
        "scheduled",
        "is scheduled",
        "is booked",
        // "finishing CDL school", "High Plains CDL Academy", "CDL permit": the way to it.
        "school",
        "academy",
        "permit",
    ];
    /// A word's first eight bytes (fewer if it is shorter) as a little-endian number, the
    /// mask of those bytes, and how many there are.
    const fn key(w: &str) -> (u64, u64, usize) {
        let b = w.as_bytes();
        let n = if b.len() < 8 { b.len() } else { 8 };
        let mut value = 0u64;
        let mut i = 0;
        while i < n {
            value |= (b[i] as u64) << (8 * i);
            i += 1;
        }
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        (value, mask, n)
    }
    const KEYS: [(u64, u64, usize); PARTS.len() + UNDER_WAY.len()] = {
        let mut keys = [(0, 0, 0); PARTS.len() + UNDER_WAY.len()];
        let mut i = 0;
        while i < PARTS.len() {
            keys[i] = key(PARTS[i]);
            i += 1;
        }
        let mut j = 0;
        while j < UNDER_WAY.len() {
            keys[i + j] = key(UNDER_WAY[j]);
            j += 1;
        }
        keys
    };
    // The first bytes of the lists' words: most mentions are settled by the first byte of
    // the word after them.
    const FIRSTS: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < KEYS.len() {
            t[(KEYS[i].0 & 0xFF) as usize] = true;
            i += 1;
        }
        t
    };
    let bytes = text.as_bytes();
    mentions.retain(|m| {
        // Most mentions are settled by the word after them (its first eight bytes), which
        // is none of the lists'.
        let after = &bytes[m.end..];
        let skip = after
            .iter()
            .take_while(|&&b| matches!(b, b' ' | b',' | b'-'))
            .count();
        if !after
            .get(skip)
            .is_some_and(|&b| FIRSTS[usize::from(b.to_ascii_lowercase())])
        {
            return true;
        }
        let mut head = [0u8; 9];
        for (h, &b) in head.iter_mut().zip(&after[skip..]) {
            *h = b.to_ascii_lowercase();
        }
        // A word of the lists, whole or by its first eight bytes, compared as one number.
        let mut first8 = [0u8; 8];
        first8.copy_from_slice(&head[..8]);
        let h = u64::from_le_bytes(first8);
        let begins = |&(value, mask, len): &(u64, u64, usize)| {
            h & mask == value && (len == 8 || !head[len].is_ascii_alphabetic())
        };
        if !KEYS.iter().any(begins) {
            return true;
        }
        let mut rest = text[m.end..].trim_start_matches([' ', ',', '-']);
        for _ in 0..2 {
            let word_end = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            if word_end == 0
                || !PARTS
                    .iter()
                    .any(|p| rest[..word_end].eq_ignore_ascii_case(p))
            {
                break;
            }
            rest = rest[word_end..].trim_start_matches(' ');
        }
        !UNDER_WAY.iter().any(|w| {
            rest.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w))
                // A word of its own: not "candidates".
                && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
    });
}
