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
    "leader",
    "firefighter",
    "drafter",
    "draftsman",
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
    "adjuster",
    "deckhand",
    "sternman",
    "crewman",
    "appraiser",
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
    "rep",
    "helper",
    "picker",
    "packer",
    "loader",
    "stocker",
    "handler",
    "server",
    "host",
    "hostess",
    "waiter",
    "waitress",
    "cook",
    "chef",
    "baker",
    "dishwasher",
    "caregiver",
    "aide",
    "cna",
    "lpn",
    "rn",
    "emt",
    "paramedic",
    "medic",
    "paraprofessional",
    "phlebotomist",
    "hygienist",
    "sonographer",
    "radiographer",
    "coder",
    "technologist",
    "dietitian",
    "nutritionist",
    "dentist",
    "surgeon",
    "veterinarian",
    "midwife",
    "practitioner",
    "psychologist",
    "psychiatrist",
    "preparer",
    "realtor",
    "broker",
    "banker",
    "trader",
    "ambassador",
    "salesperson",
    "tutor",
    "educator",
    "principal",
    "lineman",
    "lineworker",
    "superintendent",
    "sergeant",
    "lieutenant",
    "corporal",
    "captain",
    "pilot",
    "apprentice",
    "journeyman",
    "installer",
    "assembler",
    "fabricator",
    "laborer",
    "labourer",
    "worker",
    "attendant",
    "housekeeper",
    "janitor",
    "custodian",
    "stylist",
    "barber",
    "cosmetologist",
    "painter",
    "roofer",
    "landscaper",
    "investigator",
    "treasurer",
    "strategist",
    "marketer",
    "producer",
    "curator",
    "archivist",
    "counsellor",
    "scheduler",
    "storekeeper",
    "postdoc",
    "selector",
    "nanny",
    "babysitter",
    "concierge",
    "carrier",
    "member",
    "cleaner",
    "valet",
    "busser",
    "mover",
    "groundskeeper",
    // British, Irish and Commonwealth titles.
    "carer",
    "operative",
    "adviser",
    "headteacher",
    "headmaster",
    "headmistress",
    "joiner",
    "bricklayer",
    "plasterer",
    "scaffolder",
    "glazier",
    "tiler",
    "barrister",
    "solicitor",
    "conveyancer",
    "paraplanner",
    "registrar",
    "lifeguard",
    "paraeducator",
    "groomer",
    "agronomist",
    "geologist",
    "ecologist",
    "epidemiologist",
    "fitter",
    "rigger",
];

/// Title words that also name companies and places ("Porter Airlines", "Steward Health
/// Care", "Sister Bay Resort", "Warden Holdings") or begin titles ("Staff Accountant"): a
/// title only as the last word of its part ("Kitchen Porter", "Ward Sister", "Cabin
/// Steward", "Bar Staff").
const LAST_TITLE_WORDS: &[&str] = &[
    "porter",
    "sister",
    "steward",
    "stewardess",
    "warden",
    "staff",
];

/// Does `s` have a word (a run of ASCII letters and digits) of [`TITLE_WORDS`], in any case?
pub(super) fn has_title_word(s: &str) -> bool {
    static SET: OnceLock<foldhash::HashSet<&'static [u8]>> = OnceLock::new();
    let set = SET.get_or_init(|| TITLE_WORDS.iter().map(|w| w.as_bytes()).collect());
    // Lower-cased on the stack: no title word is longer than this.
    let mut buf = [0u8; 16];
    // "Co-op" (a student's work term), whose hyphen parts its words; not "Co-operative".
    let co_op = || {
        let b = s.as_bytes();
        (0..b.len().saturating_sub(4)).any(|i| {
            b[i..i + 5].eq_ignore_ascii_case(b"co-op")
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + 5).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    };
    co_op()
        || s.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(|w| {
            match buf.get_mut(..w.len()) {
                Some(lower) if !w.is_empty() => {
                    lower.copy_from_slice(w);
                    lower.make_ascii_lowercase();
                    set.contains(&*lower)
                }
                _ => false,
            }
        })
}

/// Is the last word of `s` (a run of ASCII letters and digits) one of [`TITLE_WORDS`], or
/// "Senior" after a field ("Audit Senior", "Tax Senior": the accountants' title; "Senior"
/// alone begins titles and names, "Sunrise Senior Living"), or "Guard" after a word other
/// than "Coast" or "National" ("Security Guard")?
pub(super) fn ends_with_title_word(s: &str) -> bool {
    let mut words = s
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|last| {
        has_title_word(last)
            || LAST_TITLE_WORDS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last))
            || (last.eq_ignore_ascii_case("senior") && words.next().is_some())
            // "Security Guard", "Crossing Guard"; the Coast Guard and the National Guard
            // employ.
            || (last.eq_ignore_ascii_case("guard")
                && words.next().is_some_and(|w| {
                    !w.eq_ignore_ascii_case("coast") && !w.eq_ignore_ascii_case("national")
                }))
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

/// `line` without the number of a numbered list before it ("1) Senior R&D Engineer",
/// "2. Analyst, Acme"): one or two digits, then `)` or `.` and a space.
fn without_number(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    match line.as_bytes().get(digits..digits + 2) {
        Some([b')' | b'.', b' ']) if (1..=2).contains(&digits) => &line[digits + 2..],
        _ => line,
    }
}

/// (title, employer) from a line with the dates taken out, as parts of `line` (see
/// [`name`] for the text a profile keeps).
pub(super) fn title_employer(line: &str) -> (Option<&str>, Option<&str>) {
    // A note in brackets is all that is left beside the dates ("May 2017 (part-time during
    // nursing school)", "(PRN, weekends)", "(via Staffmark)"): no title, no employer
    // ("(Senior Engineer)" is a title).
    let raw = line.trim_matches(|c: char| c.is_whitespace() || "|•·*-–—,:;".contains(c));
    if raw
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|inner| !inner.contains(['(', ')']) && !has_title_word(inner))
    {
        return (None, None);
    }
    let line = clean_part(without_number(clean_part(line)));
    if line.is_empty() {
        return (None, None);
    }
    let mut strong = split_parts(line, &[line], STRONG_SEPARATORS);
    // (With a comma in the line, only a wide gap: "Software   Engineer, Acme Corp" is
    // justified text, "Acme Group          Chicago, IL" two columns.)
    if strong.len() == 1
        && line.contains(COLUMN_GAP)
        && (!line.contains(", ") || line.contains(WIDE_COLUMN_GAP))
    {
        strong = split_parts(line, &strong, &[COLUMN_GAP]);
    }
    let mut parts = split_parts(line, &strong, WEAK_SEPARATORS);
    tidy_parts(line, &mut parts);
    // "Staff Nurse, Telemetry — St. Brendan Medical Center": a title with its unit, then the
    // employer. When the part after a strong separator names an organisation and the
    // title's own comma part does not, the employer is that part.
    let title_part = if strong.len() >= 2 && line.contains(", ") {
        strong.iter().position(|p| has_title_word(p))
    } else {
        None
    };
    if let Some(t) = title_part {
        let own = pieces(strong[t]);
        let other = strong
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != t)
            .find_map(|(_, p)| pieces(p).first().map(|first| (*first, *p)));
        if let (Some(first), Some(last), Some((employer, part))) = (own.first(), own.last(), other)
        {
            // ... or is a name before its town and state ("Account Executive, Mid-Market —
            // Bill.com, Austin, TX").
            let before_a_place = || part.matches(", ").count() >= 2 && ends_with_us_state(part);
            if own.len() >= 2
                && has_title_word(own[0])
                && (names_organisation(employer) || (before_a_place() && !has_title_word(employer)))
                && !names_organisation(own[1])
            {
                // The title runs from its first kept piece to its last: places and notes
                // at the ends go.
                let base = line.as_ptr() as usize;
                let start = first.as_ptr() as usize - base;
                let end = last.as_ptr() as usize - base + last.len();
                return (Some(&line[start..end]), Some(employer));
            }
        }
    }
    // "Charge Nurse, Cardiac Telemetry Unit": a title and its unit, no employer (that
    // stands on a line of its own).
    // And "Patient Care Technician - Step-Down Unit | Kettering Valley Hospital": a title,
    // its unit, then the employer.
    if let [a, b, rest @ ..] = parts.as_slice() {
        if rest.len() <= 1 && ends_with_title_word(a) && names_a_unit(b) {
            let base = line.as_ptr() as usize;
            let start = a.as_ptr() as usize - base;
            let end = b.as_ptr() as usize - base + b.len();
            return (Some(&line[start..end]), rest.first().copied());
        }
    }
    // "Kalpavriksha Technologies Pvt Ltd, Bengaluru — SAP FICO Lead Consultant": the
    // employer and its town, then the title.
    if let [a, b, rest @ ..] = parts.as_slice() {
        if !has_title_word(a) && !has_title_word(b) {
            if let Some(t) = rest.iter().find(|p| ends_with_title_word(p)) {
                return (Some(t), Some(a));
            }
        }
    }
    match parts.as_slice() {
        [] => (None, None),
        [one] if has_title_word(one) || ends_with_title_word(one) => (Some(one), None),
        [one] => (None, Some(one)),
        // A title ends with its title word ("Field Engineer"); an employer may begin with
        // one ("Baker Hughes", "Principal Financial Group").
        [a, b, ..] if ends_with_title_word(a) => (Some(a), Some(b)),
        [a, b, ..] if ends_with_title_word(b) => (Some(b), Some(a)),
        [a, b, ..] if has_title_word(a) => (Some(a), Some(b)),
        [a, b, ..] if has_title_word(b) => (Some(b), Some(a)),
        // No title word, across a strong separator: a part after the first that names an
        // organisation ("Sales Rep | Northwind Co.") is the employer, the first the title.
        [a, b, ..] if strong.len() >= 2 && is_organisation(b) && !is_organisation(a) => {
            (Some(a), Some(b))
        }
        [a, ..] => (None, Some(a)),
    }
}

/// Does `part` name a unit of an organisation rather than the organisation ("Cardiac
/// Telemetry Unit", "Medical-Surgical Floor", "Pediatric ICU", "Medical-Surgical",
/// "Labor and Delivery")?
fn names_a_unit(part: &str) -> bool {
    const UNITS: &[&str] = &[
        "unit",
        "department",
        "dept",
        "dept.",
        "floor",
        "ward",
        "icu",
        "nicu",
        "picu",
        "er",
        "or",
        "pacu",
        "medical-surgical",
        "med-surg",
        "telemetry",
        "oncology",
        "pediatrics",
        "emergency",
        "cardiology",
        "orthopedics",
        "step-down",
        "stepdown",
        "delivery",
        "rehabilitation",
        "dialysis",
        "hospice",
    ];
    // A department that is an organisation of its own ("Boston Police Department", "Chicago
    // Fire Department", "Department of Health"), not a unit of one.
    const OWN_DEPARTMENTS: &[&str] = &[
        "police",
        "fire",
        "sheriff",
        "sheriff's",
        "state",
        "county",
        "city",
        "health",
        "education",
        "justice",
        "transportation",
        "defense",
        "defence",
        "corrections",
        "of",
    ];
    part.len() <= 40
        && part.rsplit(' ').next().is_some_and(|last| {
            UNITS.iter().any(|u| last.eq_ignore_ascii_case(u))
                && !(last.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("dep"))
                    && part
                        .split(' ')
                        .any(|w| OWN_DEPARTMENTS.iter().any(|o| w.eq_ignore_ascii_case(o))))
        })
}

/// A part's pieces between commas, with places and notes left out ([`tidy_parts`]).
fn pieces(part: &str) -> Vec<&str> {
    let mut sub = split_parts(part, &[part], WEAK_SEPARATORS);
    tidy_parts(part, &mut sub);
    sub
}

/// Separators between a position's title and its employer that do not occur inside either.
const STRONG_SEPARATORS: &[&str] = &[" | ", "|", " — ", " – ", " - ", " · ", "\t", " at ", " @ "];
/// Three spaces or more: the gap between columns of a PDF's text, a separator on a line
/// with no other ("Site Superintendent          Granite Ridge Construction"; not
/// "Software   Engineer, Acme Corp", justified text).
const COLUMN_GAP: &str = "   ";
/// Six spaces or more: a column gap even on a line with a comma.
const WIDE_COLUMN_GAP: &str = "      ";
/// A separator that may also occur inside a title ("Staff Nurse, Telemetry") or a name.
const WEAK_SEPARATORS: &[&str] = &[", "];

/// Words that name an organisation ("St. Brendan Medical Center", "Acme Labs").
const ORGANISATION_WORDS: &[&str] = &[
    "center",
    "centre",
    "hospital",
    "clinic",
    "health",
    "healthcare",
    "university",
    "college",
    "school",
    "academy",
    "bank",
    "group",
    "labs",
    "lab",
    "technologies",
    "solutions",
    "systems",
    "services",
    "consulting",
    "consultancy",
    "partners",
    "agency",
    "institute",
    "foundation",
    "company",
    "corporation",
    "studio",
    "studios",
    "associates",
    "industries",
    "ventures",
    "capital",
    "media",
    "networks",
    "pharmaceuticals",
    "insurance",
    "department",
    "council",
    "ministry",
    "county",
    "authority",
    "society",
    "trust",
    "enterprises",
    "holdings",
    "llp",
    "inc",
    "ltd",
    "llc",
    "corp",
    "gmbh",
    "plc",
    "limited",
];

/// Does `part` hold a word of an organisation's name ([`ORGANISATION_WORDS`])?
fn names_organisation(part: &str) -> bool {
    part.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| ORGANISATION_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

/// Does `part` name an organisation, by a word of its name or a company's last word?
pub(super) fn is_organisation(part: &str) -> bool {
    names_organisation(part) || ends_with_company_suffix(part)
}

/// `parts` (pieces of `line`) split further at each of `seps` that `line` holds, cleaned,
/// the empty ones dropped.
fn split_parts<'a>(line: &str, parts: &[&'a str], seps: &[&str]) -> Vec<&'a str> {
    let mut parts: Vec<&'a str> = parts.to_vec();
    for sep in seps {
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
    parts
}

/// The last words of company names ("Acme, Inc.", "Initech Pvt. Ltd.").
const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "llc.",
    "l.l.c.",
    "corp",
    "corp.",
    "co.",
    "plc",
    "plc.",
    "gmbh",
    "ag",
    "s.a.",
    "n.v.",
    "b.v.",
    "pvt. ltd.",
    "pty ltd",
    "pty. ltd.",
    "llp",
    "limited",
    "incorporated",
];

/// Does `part` end with the last word of a company name ("Acme Inc.")?
pub(super) fn ends_with_company_suffix(part: &str) -> bool {
    let bytes = part.as_bytes();
    COMPANY_SUFFIXES.iter().any(|suffix| {
        let Some(cut) = bytes.len().checked_sub(suffix.len()) else {
            return false;
        };
        bytes[cut..].eq_ignore_ascii_case(suffix.as_bytes())
            && (cut == 0 || matches!(bytes[cut - 1], b' ' | b','))
    })
}

/// The last words of an organisation's name besides the [`COMPANY_SUFFIXES`].
const NAME_LAST_WORDS: &[&str] = &["agency", "company", "corporation", "group"];

/// The first letters of [`NAME_LAST_WORDS`] and of the last words of the
/// [`COMPANY_SUFFIXES`] (a test keeps them so): a cheap first test of a line's last word.
const NAME_FIRST_LETTERS: &[u8] = b"abcgilnps";

/// Drops the skill mentions on a line that is an organisation's name ("Brightline Logistics,
/// Inc.", "Bluewave Digital Marketing Agency"): a short line that ends with a company's
/// last word or with "Agency", "Company", "Corporation" or "Group", a name and its place
/// ([`names_company_at_place`]: "Lakeshore Robotics, Milwaukee, WI") or a label and a name
/// ("Company: Lakeshore Robotics"). Its words name the company, they ask for or claim no
/// skill.
pub(crate) fn drop_organisation_names(text: &str, mentions: &mut Vec<crate::extract::Mention>) {
    // The end of the line of the last mention looked at, and whether the line is a name.
    // Mentions come in order, so one before that end is on the same line.
    let mut line: Option<(usize, bool)> = None;
    let bytes = text.as_bytes();
    mentions.retain(|m| {
        let (end, name) = match line {
            Some(l) if m.start < l.0 => l,
            _ => {
                let end =
                    memchr::memchr(b'\n', &bytes[m.start..]).map_or(text.len(), |i| m.start + i);
                // The last word first: it settles nearly every line (every company
                // suffix ends with a one-word one: "pvt. ltd." with "ltd.").
                let head = text[m.start..end].trim_end();
                let last = &head[head.rfind(' ').map_or(0, |i| i + 1)..];
                let named = (2..=12).contains(&last.len())
                    && NAME_FIRST_LETTERS.contains(&(last.as_bytes()[0] | 0x20))
                    && (NAME_LAST_WORDS.iter().any(|o| o.eq_ignore_ascii_case(last))
                        || COMPANY_SUFFIXES
                            .iter()
                            .any(|c| c.eq_ignore_ascii_case(last)));
                let start = memchr::memrchr(b'\n', &bytes[..m.start]).map_or(0, |i| i + 1);
                let l = text[start..end].trim();
                let short = l.len() <= 80 && !crate::extract::context::opens_with_bullet(l);
                // A name ("Brightline Logistics, Inc."; not "Experience in digital
                // marketing at an agency").
                let name = short
                    && ((named && reads_as_name(l))
                        || names_company_at_place(l)
                        || names_company_after_label(l));

                (end, name)
            }
        };
        line = Some((end, name));
        !name
    });
}

/// Is `line` a company's name and its place, as a posting's header gives them ("Delta
/// Crossing Logistics, Memphis, TN", "Lakeshore Robotics | Milwaukee, WI", "Cedar & Stone
/// Analytics · Austin, TX (Hybrid)")? The line ends with a comma and a US state code (a note
/// in brackets aside), what comes before its first separator reads as a name and holds no
/// word of a title ("Senior Python Developer, Austin, TX" is the role) and no colon, and what
/// comes after it is a place of a few words.
fn names_company_at_place(line: &str) -> bool {
    let line = match line.strip_suffix(')').and_then(|l| l.rsplit_once('(')) {
        Some((head, note)) if note.len() <= 20 => head.trim_end(),
        _ => line,
    };
    // Most lines end otherwise: two capitals after a space settle them.
    let end = line.as_bytes();
    let state = end.len() >= 3
        && end[end.len() - 2..].iter().all(u8::is_ascii_uppercase)
        && end[end.len() - 3] == b' ';
    if !state || !ends_with_us_state(line) {
        return false;
    }
    let name = [" — ", " – ", " | ", " · ", " - ", ", "]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .map_or(line, |i| &line[..i]);
    // The place after the name: a town and its state ("Memphis, TN").
    let place = &line[name.len()..];
    // A unit or a school named after its field keeps it ("Machine Learning Lab, Stanford
    // University, Stanford, CA"), and so does a role named by its trade ("HVAC Tech,
    // Phoenix, AZ", "Scrum Master").
    const KEEP: &[&str] = &[
        "lab",
        "labs",
        "laboratory",
        "department",
        "dept",
        "university",
        "college",
        "school",
        "institute",
        "center",
        "centre",
        "tech",
        "techs",
        "master",
        "fitter",
    ];
    name.len() < line.len()
        && place.split_whitespace().count() <= 5
        && !name.contains(':')
        && name.split_whitespace().count() >= 2
        && reads_as_name(name)
        && !has_title_word(name)
        && !line
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| KEEP.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// Drops the skill mentions on a resume's first line when it is the candidate's name ("Dawn
/// Spark", "SAMANTHA (SAM) REYES", "Blaise Pascal Okoro"): two to five words, each
/// capitalised or in capitals (a nickname in brackets, an initial, a hyphen allowed), no
/// digit, no word of a title ("Python Developer" is a headline), nothing but the name on
/// the line (no comma: "John Smith, CPA" keeps the CPA), and contact details within the
/// five lines after it (an e-mail address, "LinkedIn", a phone number of ten digits or more).
pub(crate) fn drop_name_line(text: &str, mentions: &mut Vec<crate::extract::Mention>) {
    let start = text.len() - text.trim_start().len();
    let end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| start + i);
    if mentions.first().is_none_or(|m| m.start >= end) {
        return;
    }
    // A text of one line is no resume with a name at its head.
    if text[end..].trim().is_empty() {
        return;
    }
    let line = text[start..end].trim_end();
    let words: Vec<&str> = line.split_whitespace().collect();
    let name_word = |w: &str| {
        let w = w.trim_matches(['(', ')', '"', '“', '”', ',']);
        let mut letters = w.split(['-', '\'', '’', '.']).filter(|p| !p.is_empty());
        letters.clone().next().is_some()
            && letters.all(|p| {
                p.starts_with(|c: char| c.is_uppercase())
                    && p.chars().skip(1).all(char::is_alphabetic)
            })
    };
    // Contact details follow a name: an e-mail address, a LinkedIn profile or a phone
    // number within the next few lines ("Apache Spark\nData engineer" is a headline).
    let contact = || {
        let next: String = text[end..].lines().take(6).collect::<Vec<_>>().join(" ");
        next.contains('@')
            || next.to_ascii_lowercase().contains("linkedin")
            || next
                .split(|c: char| !(c.is_ascii_digit() || " ()-.+".contains(c)))
                .any(|run| run.bytes().filter(u8::is_ascii_digit).count() >= 10)
    };
    // ("John Smith, CPA": a credential after the name's comma is the candidate's.)
    let name = (2..=5).contains(&words.len())
        && line.len() <= 60
        && !line.contains(',')
        && words.iter().all(|w| name_word(w))
        && !has_title_word(line)
        && contact();
    if name {
        mentions.retain(|m| m.start >= end);
    }
}

/// Is `line` a label of the employer and its name ("Company: Lakeshore Robotics")?
fn names_company_after_label(line: &str) -> bool {
    const LABELS: &[&str] = &["company", "employer", "organization", "organisation"];
    // The labels begin with "c", "e" or "o".
    if !line
        .as_bytes()
        .first()
        .is_some_and(|b| b"ceo".contains(&b.to_ascii_lowercase()))
    {
        return false;
    }
    line.split_once(':').is_some_and(|(label, name)| {
        LABELS.iter().any(|l| l.eq_ignore_ascii_case(label.trim()))
            && !name.trim().is_empty()
            && !name.contains(['|', ';', ':'])
            && reads_as_name(name.trim())
    })
}

/// Does `part` read as a name: eight words at most, its words of four letters or more
/// capitalised ("Brightline Logistics, Inc.", "The Ember Room")?
pub(super) fn reads_as_name(part: &str) -> bool {
    part.split_whitespace().count() <= 8
        && part
            .split_whitespace()
            .all(|w| w.len() < 4 || w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
}

/// Drops the mentions that say what kind of organisation one is ("a regional CPA firm", "a
/// Logistics company", "Green Valley Nursing Home", "a skilled nursing facility"): the
/// mention is followed by one of a few words for organisations ("home" only after
/// "nursing" or "care"), and the words around it do not speak of experience ("public
/// accounting firm experience", "experience at a digital marketing agency" keep theirs). Forms that hold such a
/// word ("home care") are whole mentions and not affected.
pub(crate) fn drop_organisation_kinds(text: &str, mentions: &mut Vec<crate::extract::Mention>) {
    const KINDS: &[&str] = &[
        "firm",
        "firms",
        "company",
        "companies",
        "agency",
        "agencies",
        "facility",
        "facilities",
        "clinic",
        "clinics",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "business",
        "businesses",
        "consultancy",
        "consultancies",
    ];
    let bytes = text.as_bytes();
    mentions.retain(|m| {
        // One space, then a word of four to ten letters that starts with a letter some
        // kind starts with: most mentions are settled by the byte after them.
        if bytes.get(m.end) != Some(&b' ') {
            return true;
        }
        // The kinds begin with "f", "c", "a", "h", "o" or "b".
        if !bytes
            .get(m.end + 1)
            .is_some_and(|b| b"fcahob".contains(&b.to_ascii_lowercase()))
        {
            return true;
        }
        let rest = &text[m.end + 1..];
        let len = rest
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if !(4..=13).contains(&len) {
            return true;
        }
        let word = &rest[..len];
        // "nursing home", "care home"; not "a Kubernetes home lab".
        let home = (word.eq_ignore_ascii_case("home") || word.eq_ignore_ascii_case("homes"))
            && ["nursing", "care"].iter().any(|w| {
                m.end >= w.len() && bytes[m.end - w.len()..m.end].eq_ignore_ascii_case(w.as_bytes())
            });
        if !(home || KINDS.iter().any(|k| k.eq_ignore_ascii_case(word))) {
            return true;
        }
        // "company-wide"; "public accounting firm experience", "a GMP facility setting":
        // the experience asked for or had.
        let next = &rest[len..];
        if next.starts_with('-')
            || ["experience", "setting", "environment", "background"]
                .iter()
                .any(|w| next.trim_start().starts_with(w))
        {
            return true;
        }
        // "finance business partner", "marketing business analyst": a role or a field.
        if word.to_ascii_lowercase().starts_with("business")
            && next.starts_with(' ')
            && next.trim_start().starts_with(|c: char| c.is_alphabetic())
            && !["in ", "with ", "that ", "which ", "based "]
                .iter()
                .any(|w| next.trim_start().starts_with(w))
        {
            return true;
        }
        let mut from = m.start.saturating_sub(40);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = text[from..m.start].to_ascii_lowercase();
        // ("3+ years running an e-commerce business": the business is the experience.)
        [
            "experience",
            "worked",
            "working",
            "work in",
            "work at",
            "running",
            "ran ",
            "owned",
            "founded",
            "managing",
            "managed",
        ]
        .iter()
        .any(|w| before.contains(w))
    });
}

/// Parts of a position's line that are neither a title nor an employer: how the work was
/// done ("Remote", "Full-time"), how long ("6 yrs 11 mos"), a word left from the dates
/// ("From", "Since").
fn is_note(part: &str) -> bool {
    const NOTES: &[&str] = &[
        "remote",
        "hybrid",
        "on-site",
        "onsite",
        "on site",
        "in-office",
        "in office",
        "full-time",
        "full time",
        "part-time",
        "part time",
        "contract",
        "internship",
        "freelance",
        "self-employed",
        "temporary",
        "permanent",
        "seasonal",
        "apprenticeship",
        "work from home",
        "wfh",
        "from",
        "since",
        "to",
        "till",
        "until",
        "present",
        "current",
        "now",
        "dates",
        "duration",
        // Labels of a position's fields ("company - Acme", "description - ...").
        "company",
        "employer",
        "organization",
        "organisation",
        "client",
        "description",
        "designation",
        "role",
        "usa",
        "united states",
        "india",
        "canada",
        "australia",
        "germany",
        "singapore",
        "united kingdom",
        "uk",
    ];
    const UNITS: &[&str] = &[
        "yr", "yrs", "year", "years", "mo", "mos", "month", "months", "and", "less", "than", "a",
        "an", "+",
    ];
    let part = part.trim_matches(|c: char| c.is_whitespace() || "()[].".contains(c));
    // Notes are short: most parts are settled by their length or first letter.
    if part.len() > 24 || part.is_empty() {
        return false;
    }
    if NOTES.iter().any(|n| n.eq_ignore_ascii_case(part)) {
        return true;
    }
    // "6 yrs 11 mos", "7 years 3 months", "less than a year": numbers and units only.
    let mut units = 0;
    let all = part.split_whitespace().all(|w| {
        let unit = UNITS.iter().any(|u| u.eq_ignore_ascii_case(w));
        units += usize::from(unit && w.starts_with(['y', 'Y', 'm', 'M']));
        unit || w
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'+')
    });
    all && units > 0
}

/// US state codes, which end a place ("New York, NY").
const STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// Does `line` end with a comma and a US state code, perhaps and a ZIP code ("Cicero, IL",
/// "El Paso, TX 79901")?
pub(super) fn ends_with_us_state(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ');
    line.rsplit_once(',')
        .is_some_and(|(_, state)| STATES.contains(&state.trim_start()))
}

/// Joins a company suffix to the name before it ("Acme" + "Inc." → "Acme, Inc.") and drops
/// notes ([`is_note`]) and places ("New York, NY": a US state code and the part before it,
/// unless that part names a title): what is left is titles and employers.
fn tidy_parts<'a>(line: &'a str, parts: &mut Vec<&'a str>) {
    let base = line.as_ptr() as usize;
    let mut out: Vec<&'a str> = Vec::with_capacity(parts.len());
    for &p in parts.iter() {
        if STATES.contains(&p) {
            if out.last().is_some_and(|prev| !has_title_word(prev)) {
                out.pop();
            }
            continue;
        }
        if is_note(p) {
            continue;
        }
        // "Whitcomb, Hale & Ostrander LLP", "Skadden, Arps, Slate, Meagher & Flom LLP": a
        // firm named by its partners, whose commas split it; the names before its last
        // part are single capitalised words and no title.
        // (A company suffix ends with a one-word one: the part's last word settles most.)
        let last = p.rsplit([' ', ',']).next().unwrap_or(p);
        let suffixed = last.len() < p.len()
            && COMPANY_SUFFIXES
                .iter()
                .any(|c| c.eq_ignore_ascii_case(last))
            && ends_with_company_suffix(p);
        if suffixed {
            let mut first = p;
            // A firm's departments are no partners ("Summer Associate, Litigation, Kirkland
            // & Ellis LLP").
            const DEPARTMENTS: &[&str] = &[
                "litigation",
                "tax",
                "audit",
                "assurance",
                "advisory",
                "consulting",
                "corporate",
                "finance",
                "legal",
                "transactions",
                "restructuring",
                "compliance",
                "deals",
            ];
            while let Some(prev) = out.last().copied() {
                let partner = !prev.contains(' ')
                    && !DEPARTMENTS.iter().any(|d| d.eq_ignore_ascii_case(prev))
                    && prev.starts_with(|c: char| c.is_uppercase())
                    && prev.chars().all(char::is_alphabetic)
                    && !has_title_word(prev)
                    && line[prev.as_ptr() as usize - base + prev.len()..].starts_with(", ");
                if !partner {
                    break;
                }
                first = prev;
                out.pop();
            }
            // The department is neither title nor employer: the firm is the employer.
            if first == p
                && out
                    .last()
                    .is_some_and(|prev| DEPARTMENTS.iter().any(|d| d.eq_ignore_ascii_case(prev)))
            {
                out.pop();
            }
            let start = first.as_ptr() as usize - base;
            let end = p.as_ptr() as usize - base + p.len();
            out.push(&line[start..end]);
            continue;
        }
        match out.last_mut() {
            Some(prev) if COMPANY_SUFFIXES.iter().any(|c| c.eq_ignore_ascii_case(p)) => {
                // Both are pieces of `line`: the joined part runs from one to the other.
                let start = prev.as_ptr() as usize - base;
                let end = p.as_ptr() as usize - base + p.len();
                *prev = &line[start..end];
            }
            _ => out.push(p),
        }
    }
    *parts = out;
}

/// A title or employer as a profile keeps it: its first 120 characters, with each run of
/// white space (a no-break space from a word processor, a PDF's double spaces) one space.
pub(super) fn name(part: &str) -> String {
    let part = part
        .char_indices()
        .nth(120)
        .map_or(part, |(i, _)| &part[..i]);
    if !part.contains(|c: char| c.is_whitespace() && c != ' ') && !part.contains("  ") {
        return part.to_string();
    }
    part.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    #[test]
    fn titles_and_employers_of_the_trades_and_firms() {
        for (line, want) in [
            (
                "Audit Senior — Baker Tilly, Minneapolis, MN",
                (Some("Audit Senior"), Some("Baker Tilly")),
            ),
            (
                "Whitcomb, Hale & Ostrander LLP — Boston, MA",
                (None, Some("Whitcomb, Hale & Ostrander LLP")),
            ),
            (
                "Paralegal, Skadden, Arps, Slate, Meagher & Flom LLP, New York, NY",
                (
                    Some("Paralegal"),
                    Some("Skadden, Arps, Slate, Meagher & Flom LLP"),
                ),
            ),
            (
                "Accountant, Deloitte LLP",
                (Some("Accountant"), Some("Deloitte LLP")),
            ),
            (
                "Engineering Co-op | Caterpillar | Peoria, IL",
                (Some("Engineering Co-op"), Some("Caterpillar")),
            ),
            (
                "Teller | Co-operative Bank",
                (Some("Teller"), Some("Co-operative Bank")),
            ),
            // A title's qualifier after its comma, the employer before its town and state.
            (
                "Account Executive, Mid-Market — Bill.com, Austin, TX",
                (Some("Account Executive, Mid-Market"), Some("Bill.com")),
            ),
            (
                "Summer Associate, Litigation, Kirkland & Ellis LLP",
                (Some("Summer Associate"), Some("Kirkland & Ellis LLP")),
            ),
            ("Store Team Leader", (Some("Store Team Leader"), None)),
            (
                "Claims Adjuster | State Farm | Phoenix, AZ",
                (Some("Claims Adjuster"), Some("State Farm")),
            ),
            // A note in brackets beside the dates is neither.
            ("  (part-time during nursing school)", (None, None)),
            ("(PRN, weekends)", (None, None)),
            // "Senior" alone begins a name.
            (
                "Sunrise Senior Living, Brandon, FL",
                (None, Some("Sunrise Senior Living")),
            ),
            // The number of a numbered list is no part of the title.
            (
                "1) Senior R&D Engineer, Medix Devices",
                (Some("Senior R&D Engineer"), Some("Medix Devices")),
            ),
            ("2. Process Engineer", (Some("Process Engineer"), None)),
            ("7-Eleven, Dallas, TX", (None, Some("7-Eleven"))),
        ] {
            assert_eq!(title_employer(line), want, "{line}");
        }
    }

    #[test]
    fn a_resumes_first_line_that_is_a_name_names_no_skill() {
        let ex = Extractor::builtin();
        let kept = |text: &str| {
            let mut mentions = ex.extract(text);
            drop_name_line(text, &mut mentions);
            mentions
                .iter()
                .map(|m| m.text(text).to_string())
                .collect::<Vec<_>>()
        };
        for name in [
            "Dawn Spark",
            "SAMANTHA (SAM) REYES",
            "  Blaise Pascal Okoro",
        ] {
            let text =
                format!("{name}\ndawn@example.com | (555) 010-2233\nData engineer: Python, Spark");
            assert_eq!(kept(&text), ["Python", "Spark"], "{name}");
        }
        // A headline, a line without contact details after it, a credential after a comma.
        let contact = "\njane@example.com\nDjango";
        assert_eq!(
            kept(&format!("Python Developer{contact}")),
            ["Python", "Django"]
        );
        assert_eq!(
            kept("Apache Spark\nData engineer: Python"),
            ["Apache Spark", "Python"]
        );
        assert_eq!(
            kept(&format!("John Smith, CPA{contact}")),
            ["CPA", "Django"]
        );
        assert_eq!(kept("Skills: Spark, Python\n"), ["Spark", "Python"]);
    }

    #[test]
    fn the_first_letters_of_organisation_names_last_words_are_complete() {
        let last_words = COMPANY_SUFFIXES
            .iter()
            .filter_map(|s| s.rsplit(' ').next())
            .chain(NAME_LAST_WORDS.iter().copied());
        for w in last_words {
            assert!((2..=12).contains(&w.len()), "{w:?}");
            assert!(NAME_FIRST_LETTERS.contains(&w.as_bytes()[0]), "{w:?}");
        }
    }

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
            // Without a title word, a part after the first that names an organisation is
            // the employer...
            (
                "Sommelier | Northwind Co.",
                Some("Sommelier"),
                Some("Northwind Co."),
            ),
            (
                "Sales Rep | Northwind",
                Some("Sales Rep"),
                Some("Northwind"),
            ),
            // ... and otherwise the first part is taken for the employer.
            ("Globex - Sommelier", None, Some("Globex")),
            ("Umbrella Corp - Sommelier", None, Some("Umbrella Corp")),
            (
                "Stanford University, Palo Alto",
                None,
                Some("Stanford University"),
            ),
            ("Bank of America - Charlotte", None, Some("Bank of America")),
            // An employer that begins with a title word.
            (
                "Baker Hughes - Field Engineer",
                Some("Field Engineer"),
                Some("Baker Hughes"),
            ),
            (
                "Principal Financial Group, Actuarial Analyst",
                Some("Actuarial Analyst"),
                Some("Principal Financial Group"),
            ),
            // Labels of a position's fields are neither.
            ("company - Blue Shield", None, Some("Blue Shield")),
            ("description - Duration:", None, None),
            ("(Senior Engineer)", Some("Senior Engineer"), None),
            (
                "Software Engineer, Google",
                Some("Software Engineer"),
                Some("Google"),
            ),
            ("Acme", None, Some("Acme")),
            (
                "Data Analyst, Acme, Inc.",
                Some("Data Analyst"),
                Some("Acme, Inc."),
            ),
            (
                "Acme Inc. - Data Analyst",
                Some("Data Analyst"),
                Some("Acme Inc."),
            ),
            // What is neither: places, how long, how the work was done.
            ("New York, NY", None, None),
            ("6 yrs 11 mos", None, None),
            ("(7 years 3 months)", None, None),
            ("Remote", None, None),
            ("Globex · Full-time", None, Some("Globex")),
            ("Globex, Austin, TX", None, Some("Globex")),
            ("Sales Manager, Austin, TX", Some("Sales Manager"), None),
            ("From", None, None),
        ] {
            assert_eq!(title_employer(line), (title, employer), "{line:?}");
        }
        let long = format!("{}x", "é".repeat(130));
        let (title, employer) = title_employer(&long);
        assert_eq!(title, None);
        assert_eq!(name(employer.unwrap()).chars().count(), 120);
    }
}
