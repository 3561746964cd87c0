//! The words of job titles ("engineer", "nurse", "Kitchen Porter"), which tell a title
//! from an employer.

use std::sync::OnceLock;

/// Words of job titles, to tell a title from an employer.
pub(super) const TITLE_WORDS: &[&str] = &[
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
    "storeman",
    "storeperson",
    "storewoman",
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
    "rider",
    "commis",
    "patissier",
    "patissiere",
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
    "dogger",
    "hospitalist",
    "nocturnist",
    "intensivist",
    "physiotherapist",
    "physio",
    "podiatrist",
    "optometrist",
    "audiologist",
    "osteopath",
    "chiropractor",
    "masseur",
];

/// Title words that also name companies and places ("Porter Airlines", "Steward Health
/// Care", "Sister Bay Resort", "Warden Holdings") or begin titles ("Staff Accountant",
/// "Master Electrician"): a title only as the last word of its part ("Kitchen Porter",
/// "Ward Sister", "Cabin Steward", "Bar Staff", "Scrum Master", "Replenishment Colleague").
const LAST_TITLE_WORDS: &[&str] = &[
    "hand",
    "porter",
    "sister",
    "steward",
    "stewardess",
    "warden",
    "staff",
    "master",
    "colleague",
    "werkstudent",
];

/// Does `s` have a word (a run of ASCII letters and digits) of [`TITLE_WORDS`], in any case?
pub(crate) fn has_title_word(s: &str) -> bool {
    static SET: OnceLock<foldhash::HashSet<&'static [u8]>> = OnceLock::new();
    let set = SET.get_or_init(|| TITLE_WORDS.iter().map(|w| w.as_bytes()).collect());
    // Lower-cased on the stack: no title word is longer than this.
    let mut buf = [0u8; 16];
    let b = s.as_bytes();
    // "Co-op" (a student's work term), whose hyphen parts its words; not "Co-operative".
    // "Working Student" (the German Werkstudent): "Student" alone is no title.
    let phrase = |phrase: &[u8], after_hyphen: bool| {
        (0..(b.len() + 1).saturating_sub(phrase.len()))
            .any(|i| whole_phrase_at(b, i, phrase, after_hyphen))
    };
    phrase(b"co-op", true)
        || phrase(b"working student", false)
        || b.split(|b| !b.is_ascii_alphanumeric())
            .any(|w| match buf.get_mut(..w.len()) {
                Some(lower) if !w.is_empty() => {
                    lower.copy_from_slice(w);
                    lower.make_ascii_lowercase();
                    set.contains(&*lower)
                }
                _ => false,
            })
}

/// Does `phrase` (lower case) stand in `b` at `i` in any case, as whole words: no letter or
/// digit on either side, nor a hyphen before it unless `after_hyphen` ("hard-working
/// student" is no working student)?
fn whole_phrase_at(b: &[u8], i: usize, phrase: &[u8], after_hyphen: bool) -> bool {
    b.get(i..i + phrase.len())
        .is_some_and(|at| at.eq_ignore_ascii_case(phrase))
        && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || !after_hyphen && b[i - 1] == b'-'))
        && b.get(i + phrase.len())
            .is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// Does `s` end with "Working Student" (any case; not "hard-working student"), perhaps
/// before marks that are no letters?
fn ends_with_working_student(s: &str) -> bool {
    let b = s
        .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
        .as_bytes();
    const PHRASE: &[u8] = b"working student";
    b.len() >= PHRASE.len() && whole_phrase_at(b, b.len() - PHRASE.len(), PHRASE, false)
}

/// Is the last word of `s` (a run of ASCII letters and digits) one of [`TITLE_WORDS`], or
/// "Working Student", or
/// "Senior" after a field ("Audit Senior", "Tax Senior": the accountants' title; "Senior"
/// alone begins titles and names, "Sunrise Senior Living"), or "Guard" after a word other
/// than "Coast" or "National" ("Security Guard")?
pub(crate) fn ends_with_title_word(s: &str) -> bool {
    let mut words = s
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|last| {
        has_title_word(last)
            || LAST_TITLE_WORDS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last))
            || (last.eq_ignore_ascii_case("senior") && words.next().is_some())
            || (last.eq_ignore_ascii_case("student") && ends_with_working_student(s))
            // "Security Guard", "Crossing Guard"; the Coast Guard and the National Guard
            // employ.
            || (last.eq_ignore_ascii_case("guard")
                && words.next().is_some_and(|w| {
                    !w.eq_ignore_ascii_case("coast") && !w.eq_ignore_ascii_case("national")
                }))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{name, title_employer};
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
            "Working Student, Firmware",
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
            "A hard-working student",
            "Student",
        ] {
            assert!(!has_title_word(no), "{no:?}");
        }
        assert!(ends_with_title_word("Working Student"));
        assert!(!ends_with_title_word("Hard-working student"));
        assert!(!ends_with_title_word("student"));
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
            // A comma inside brackets parts nothing.
            (
                "General Manager | The Alder Hotel (312 rooms, independent), Seattle, WA",
                Some("General Manager"),
                Some("The Alder Hotel (312 rooms, independent)"),
            ),
            (
                "Engineer, Acme (Contract, Remote",
                Some("Engineer"),
                Some("Acme (Contract"),
            ),
            // Trades' titles of Australia and Britain.
            (
                "Warehouse Storeman, Bunnings Warehouse",
                Some("Warehouse Storeman"),
                Some("Bunnings Warehouse"),
            ),
            (
                "Kitchen Hand – Nonna's Pizzeria, Thornbury",
                Some("Kitchen Hand"),
                Some("Nonna's Pizzeria"),
            ),
            (
                "Dogger — Hutchinson Builders, Sydney",
                Some("Dogger"),
                Some("Hutchinson Builders"),
            ),
            (
                "Hospitalist / Nocturnist, Truman Medical Centers",
                Some("Hospitalist / Nocturnist"),
                Some("Truman Medical Centers"),
            ),
        ] {
            assert_eq!(title_employer(line), (title, employer), "{line:?}");
        }
        let long = format!("{}x", "é".repeat(130));
        let (title, employer) = title_employer(&long);
        assert_eq!(title, None);
        assert_eq!(name(employer.unwrap()).chars().count(), 120);
    }
}
