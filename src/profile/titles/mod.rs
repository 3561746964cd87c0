//! Job titles and employers on the lines of a position ("Senior Engineer | Acme Corp").

mod organisations;
mod words;

pub(super) use organisations::reads_as_name;
pub(crate) use organisations::{drop_name_line, drop_organisation_kinds, drop_organisation_names};
pub(crate) use words::{ends_with_title_word, has_title_word};

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
    // A markdown heading's marks ("### Senior UX Researcher — Northmark"); not a '#' at
    // the end ("C#").
    let line = line.trim_start().trim_start_matches('#');
    // A heading in capitals glued to the line's start ("EXPERIENCEAccounts Payable
    // Specialist") is no part of the title.
    let line = crate::profile::sections::heading_glued_before(line).map_or(line, |i| &line[i..]);
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
        // A name of three capitalised words or more ending in a specialty, after a dash or
        // a bar, with nothing after it, is the employer's ("Emergency Veterinary Technician
        // — Valley Animal Emergency, Boise, ID"); a unit by its word ("— Emergency
        // Department"), a short one ("– ICU", "- Pediatric ICU") or one after a comma stays
        // one.
        let base = line.as_ptr() as usize;
        let between = line
            .get(a.as_ptr() as usize - base + a.len()..b.as_ptr() as usize - base)
            .unwrap_or("");
        let named_after_a_dash = rest.is_empty()
            && between.contains(['|', '-', '–', '—'])
            && b.split_whitespace().count() >= 3
            && reads_as_name(b)
            && !b.rsplit(' ').next().is_some_and(|last| {
                ["unit", "department", "dept", "dept.", "floor", "ward"]
                    .iter()
                    .any(|u| last.eq_ignore_ascii_case(u))
            });
        if rest.len() <= 1 && ends_with_title_word(a) && names_a_unit(b) && !named_after_a_dash {
            let start = a.as_ptr() as usize - base;
            let end = b.as_ptr() as usize - base + b.len();
            return (Some(&line[start..end]), rest.first().copied());
        }
        // "B1 Licensed Engineer – Shift Lead | Airlink Technics Ltd", "Aircraft Mechanic –
        // Apprentice": a title and the role the writer had in it after a dash, then the
        // employer if any (and perhaps its place). Not a name ending in a title word
        // ("HVAC Technician – Carrier", "Civil Engineer – Michael Baker").
        if rest.len() <= 2
            && is_a_role(b)
            && between.contains(['-', '–', '—'])
            && !between.contains('|')
            && ends_with_title_word(a)
            && !rest.iter().any(|c| has_title_word(c))
        {
            if let Some(title) =
                line.get(a.as_ptr() as usize - base..b.as_ptr() as usize - base + b.len())
            {
                return (Some(title), rest.first().copied());
            }
        }
    }
    // "OTR Tanker Driver – Hazmat | Plainsview Chemical Transport", "Class Teacher – ECT –
    // Kingsmead Infant School, Bath": a title and a word or two of what it is after a
    // dash, then an organisation (by a word of its name, or across a bar by three words;
    // not a town: "Engineer – Acme | Austin"), perhaps before its town.
    if let [a, b, c, rest @ ..] = parts.as_slice() {
        let base = line.as_ptr() as usize;
        let (a_end, b_start) = (
            a.as_ptr() as usize - base + a.len(),
            b.as_ptr() as usize - base,
        );
        let (b_end, c_start) = (b_start + b.len(), c.as_ptr() as usize - base);
        // (The parts are pieces of `line`, in order.)
        let between = |from: usize, to: usize| line.get(from..to).unwrap_or("");
        let dash = between(a_end, b_start).contains(['-', '–', '—']);
        let bar = between(b_end, c_start).contains('|') && !between(a_end, b_start).contains('|');
        if dash
            && rest.len() <= 1
            && ends_with_title_word(a.split(" (").next().unwrap_or(a))
            && b.split_whitespace().count() <= 2
            && !has_title_word(b)
            && !is_organisation(b)
            && !has_title_word(c)
            && (is_organisation(c) || (bar && rest.is_empty() && c.split_whitespace().count() >= 3))
        {
            if let Some(title) = line.get(a.as_ptr() as usize - base..b_end) {
                return (Some(title), Some(c));
            }
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
        // "Swiftlane Delivery LLC (delivery service partner)": a company by its suffix, with
        // a note.
        [one] if ends_with_company_suffix(one.split(" (").next().unwrap_or(one).trim_end()) => {
            (None, Some(one))
        }
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

/// Is `part` the role one had in a position ("Shift Lead", "Team Leader", "Apprentice",
/// "Acting Manager"): a word of a role, after words that qualify one if any?
fn is_a_role(part: &str) -> bool {
    const ROLES: &[&str] = &[
        "lead",
        "leader",
        "supervisor",
        "manager",
        "apprentice",
        "intern",
        "trainee",
        "volunteer",
        "mentor",
        "coordinator",
        "contractor",
        "locum",
    ];
    const QUALIFIERS: &[&str] = &[
        "shift",
        "team",
        "tech",
        "technical",
        "project",
        "acting",
        "interim",
        "deputy",
        "assistant",
        "senior",
        "junior",
        "night",
        "day",
        "site",
        "area",
        "floor",
        "crew",
        "line",
        "relief",
        "training",
        "student",
        "graduate",
        "summer",
    ];
    let mut words = part.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    part.len() <= 40
        && ROLES.iter().any(|r| r.eq_ignore_ascii_case(last))
        && words
            .enumerate()
            .all(|(k, w)| k < 2 && QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(w)))
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
const STRONG_SEPARATORS: &[&str] = &[
    " | ", "|", " — ", " – ", " - ", " · ", " • ", "\t", " at ", " @ ",
];
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
    "municipality",
    "foods",
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
        let mut next = Vec::with_capacity(parts.len() + 2);
        for p in &parts {
            let keep = |p: &&str| !p.is_empty();
            if p.contains('(') {
                let pieces = split_outside_brackets(p, sep);
                next.extend(pieces.into_iter().map(clean_part).filter(keep));
            } else {
                next.extend(p.split(sep).map(clean_part).filter(keep));
            }
        }
        parts = next;
    }
    parts
}

/// `part` split at each `sep` that stands outside round brackets: "The Alder Hotel (312
/// rooms, independent), Seattle" parts at its second comma only.
fn split_outside_brackets<'a>(part: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    let bytes = part.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && bytes[i..].starts_with(sep.as_bytes()) => {
                out.push(&part[from..i]);
                i += sep.len();
                from = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        // A bracket left open (a cut line): split as if there were none.
        return part.split(sep).collect();
    }
    out.push(&part[from..]);
    out
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
    // Other countries' forms, dotted ones above all: a line ending "Sp. z o.o." is no
    // sentence ("Data Engineer — Acme Sp. z o.o."). Not those that are also acronyms in
    // English texts: "APS" (access points; the Australian Public Service), "SRL", "A/S"
    // (after-sales), "C.V." alone (a curriculum vitae; "S.A.B. de C.V." is a company's).
    "s.p.a.",
    "s.r.l.",
    "s.r.o.",
    "sp. z o.o.",
    "d.o.o.",
    "de c.v.",
    "s.l.",
    "s.a.s.",
    "s.a.r.l.",
    "sarl",
    "sdn. bhd.",
    "sdn bhd",
    "bhd.",
    "bhd",
    "pte. ltd.",
    "pte ltd",
    "ltda.",
    "ltda",
    "k.k.",
    "a.s.",
    "kft.",
    "oy",
    "oyj",
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
        // Regions a title covers ("Sales Director, EMEA").
        "apac",
        "emea",
        "amer",
        "americas",
        "latam",
        "dach",
        "nordics",
        "benelux",
        "mena",
        "asia pacific",
        "asia-pacific",
        "north america",
        "southeast asia",
        "worldwide",
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

/// Does `part` name a country, a US state (by code or name), a Canadian province or a
/// region ("Germany", "IL", "Illinois", "Ontario", "EMEA")? The last part of a line of a
/// town alone ("Berlin, Germany", "Springfield, Illinois").
pub(in crate::profile) fn names_a_region(part: &str) -> bool {
    const REGIONS: &[&str] = &[
        // US states.
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "rhode island",
        "south carolina",
        "south dakota",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "west virginia",
        "wisconsin",
        "wyoming",
        // Canadian provinces.
        "alberta",
        "british columbia",
        "manitoba",
        "new brunswick",
        "newfoundland",
        "nova scotia",
        "ontario",
        "quebec",
        "saskatchewan",
        "bc",
        "on",
        "ab",
        "qc",
        // Countries.
        "us",
        "u.s.",
        "u.s.a.",
        "england",
        "scotland",
        "wales",
        "ireland",
        "northern ireland",
        "france",
        "spain",
        "portugal",
        "italy",
        "netherlands",
        "the netherlands",
        "belgium",
        "switzerland",
        "austria",
        "poland",
        "sweden",
        "norway",
        "denmark",
        "finland",
        "czech republic",
        "czechia",
        "romania",
        "greece",
        "turkey",
        "israel",
        "uae",
        "united arab emirates",
        "saudi arabia",
        "qatar",
        "egypt",
        "nigeria",
        "kenya",
        "south africa",
        "pakistan",
        "bangladesh",
        "sri lanka",
        "nepal",
        "china",
        "hong kong",
        "taiwan",
        "japan",
        "korea",
        "south korea",
        "vietnam",
        "thailand",
        "malaysia",
        "indonesia",
        "philippines",
        "new zealand",
        "mexico",
        "brazil",
        "argentina",
        "chile",
        "colombia",
        "peru",
    ];
    let part = part.trim_matches(|c: char| c.is_whitespace() || "()[]".contains(c));
    is_note(part) || STATES.contains(&part) || REGIONS.iter().any(|r| r.eq_ignore_ascii_case(part))
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
            // The German Werkstudent, in English and in German; "Student" alone is none.
            (
                "**Working Student, Firmware** – Rheinblick IoT Devices GmbH, Karlsruhe",
                (
                    Some("Working Student, Firmware"),
                    Some("Rheinblick IoT Devices GmbH"),
                ),
            ),
            (
                "Working Student | Nordlicht Analytics GmbH",
                (Some("Working Student"), Some("Nordlicht Analytics GmbH")),
            ),
            (
                "Werkstudent – Hafenkante Logistik GmbH",
                (Some("Werkstudent"), Some("Hafenkante Logistik GmbH")),
            ),
            // A region the title covers is no employer.
            (
                "Executive Assistant to Regional Managing Director, APAC",
                (
                    Some("Executive Assistant to Regional Managing Director"),
                    None,
                ),
            ),
            (
                "Sales Director, EMEA | Halvorsen Marine AS",
                (Some("Sales Director"), Some("Halvorsen Marine AS")),
            ),
            ("Student Union, Leeds", (None, Some("Student Union"))),
            // A specialty that ends an employer's name after a dash; markdown around.
            (
                "**Emergency Veterinary Technician** — Valley Animal Emergency, Boise, ID",
                (
                    Some("Emergency Veterinary Technician"),
                    Some("Valley Animal Emergency"),
                ),
            ),
            (
                "### Senior UX Researcher — Northmark Mutual Insurance, Toronto, ON",
                (
                    Some("Senior UX Researcher"),
                    Some("Northmark Mutual Insurance"),
                ),
            ),
            (
                "Staff Nurse - Emergency Department | Kettering Valley Hospital",
                (
                    Some("Staff Nurse - Emergency Department"),
                    Some("Kettering Valley Hospital"),
                ),
            ),
            (
                "C# Developer | Acme Corp",
                (Some("C# Developer"), Some("Acme Corp")),
            ),
            (
                "Registered Nurse – ICU",
                (Some("Registered Nurse – ICU"), None),
            ),
            (
                "Staff Nurse - Telemetry",
                (Some("Staff Nurse - Telemetry"), None),
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
            // A title with a word of what it is after a dash, the employer after a bar; a
            // town after a bar is none.
            (
                "OTR Tanker Driver – Hazmat | Plainsview Chemical Transport",
                (
                    Some("OTR Tanker Driver – Hazmat"),
                    Some("Plainsview Chemical Transport"),
                ),
            ),
            (
                "Software Engineer – Platform | Northwind Labs",
                (Some("Software Engineer – Platform"), Some("Northwind Labs")),
            ),
            // The role the writer had after a dash is the title's, not the employer.
            (
                "B1 Licensed Engineer – Shift Lead | Airlink Technics Ltd | Manchester Airport",
                (
                    Some("B1 Licensed Engineer – Shift Lead"),
                    Some("Airlink Technics Ltd"),
                ),
            ),
            (
                "Aircraft Mechanic – Apprentice",
                (Some("Aircraft Mechanic – Apprentice"), None),
            ),
            (
                "Senior Accountant - Team Lead, Brightwater Foods",
                (
                    Some("Senior Accountant - Team Lead"),
                    Some("Brightwater Foods"),
                ),
            ),
            (
                "Sales Manager – Acme Corporation",
                (Some("Sales Manager"), Some("Acme Corporation")),
            ),
            // A name that ends in a title word after the dash is the employer.
            (
                "HVAC Technician – Carrier | Syracuse, NY",
                (Some("HVAC Technician"), Some("Carrier")),
            ),
            (
                "Civil Engineer – Michael Baker",
                (Some("Civil Engineer"), Some("Michael Baker")),
            ),
            (
                "Staff Writer – The Hollywood Reporter | Los Angeles",
                (Some("Staff Writer"), Some("The Hollywood Reporter")),
            ),
            (
                "Class Teacher (Reception) – ECT – Kingsmead Infant School, Bath",
                (
                    Some("Class Teacher (Reception) – ECT"),
                    Some("Kingsmead Infant School"),
                ),
            ),
            (
                "Software Engineer – Northwind | Austin",
                (Some("Software Engineer"), Some("Northwind")),
            ),
            (
                "Night Replenishment Colleague — FreshWay Supermarkets",
                (
                    Some("Night Replenishment Colleague"),
                    Some("FreshWay Supermarkets"),
                ),
            ),
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
            // A company by its suffix, whatever its note says.
            (
                "Swiftlane Delivery LLC (delivery service partner), Amarillo, TX",
                (
                    None,
                    Some("Swiftlane Delivery LLC (delivery service partner)"),
                ),
            ),
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
        // The name before the comma is still a name, a title after it too; a headline of
        // skills is none.
        assert_eq!(
            kept(&format!("JASMINE ORTIZ, CPA{contact}")),
            ["CPA", "Django"]
        );
        assert_eq!(
            kept(&format!("Dawn Spark, Data Engineer{contact}")),
            ["Django"]
        );
        assert_eq!(
            kept(&format!("Google Ads, SEO, PPC{contact}")),
            ["Google Ads", "SEO", "PPC", "Django"]
        );
        assert_eq!(kept("Skills: Spark, Python\n"), ["Spark", "Python"]);
    }
}
