//! An acronym in brackets after the words it abbreviates: the words decide whose acronym
//! it is ("crew resource management (CRM)" is no customer relationship management).

/// Words that may stand between the words an acronym abbreviates, their initials read or
/// not ("Department of Energy (DOE)").
const SMALL_WORDS: &[&str] = &["of", "and", "&", "the", "for", "in", "to"];

/// The letters of `acronym` when it is one as [`spelled_out_before`] and
/// [`spelled_out_after`] read it: all in capitals, two to six letters, digits allowed.
fn acronym_letters(acronym: &[u8]) -> Option<Vec<u8>> {
    let letters: Vec<u8> = acronym
        .iter()
        .copied()
        .filter(u8::is_ascii_alphabetic)
        .collect();
    ((2..=6).contains(&letters.len())
        && acronym
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
    .then_some(letters)
}

/// The words an acronym in brackets abbreviates: for the match at `start..end` written
/// all in capitals (two to six letters, digits allowed) between "(" and ")", the words right
/// before the bracket whose initials spell it, in order and in any case ("crew resource
/// management (CRM)", "Department of Energy (DOE)": "of", "and", "&", "the", "for", "in"
/// and "to" may stand between them, their initials read or not). Their span, if any.
pub(crate) fn spelled_out_before(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if start == 0 || bytes[start - 1] != b'(' || bytes.get(end) != Some(&b')') {
        return None;
    }
    let letters = acronym_letters(&bytes[start..end])?;
    let mut at = start - 1;
    while at > 0 && bytes[at - 1] == b' ' {
        at -= 1;
    }
    let phrase_end = at;
    // Back over words, matching the initials from the last.
    let mut want = letters.len();
    let mut first = None;
    let mut words = 0;
    while want > 0 && words < 10 {
        while at > 0 && bytes[at - 1] == b' ' {
            at -= 1;
        }
        let word_end = at;
        while at > 0
            && (bytes[at - 1].is_ascii_alphanumeric() || matches!(bytes[at - 1], b'-' | b'&'))
        {
            at -= 1;
        }
        let word = &bytes[at..word_end];
        if word.is_empty() || at == word_end {
            return None;
        }
        words += 1;
        let initial = word[0].to_ascii_uppercase();
        let small = SMALL_WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
        if initial == letters[want - 1] {
            want -= 1;
            first = Some(at);
        } else if !small {
            return None;
        }
        if at == 0 || bytes[at - 1] != b' ' {
            break;
        }
    }
    (want == 0).then_some((first?, phrase_end))
}

/// The words an acronym spells out in brackets right after it: for the match at
/// `start..end` written all in capitals (two to six letters, digits allowed) and followed by
/// " (", the words inside the brackets whose initials spell it, the whole bracket ("TMS
/// (Telepresence Management Suite)", "CPP (Certified Payroll Professional)"; the small words of
/// [`spelled_out_before`] may stand between them). Their span, if any.
pub(crate) fn spelled_out_after(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let letters = acronym_letters(&bytes[start..end])?;
    let mut at = end;
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    if bytes.get(at) != Some(&b'(') || at - end > 1 {
        return None;
    }
    at += 1;
    let first = at;
    let mut got = 0;
    let mut words = 0;
    loop {
        let word_start = at;
        while at < bytes.len()
            && (bytes[at].is_ascii_alphanumeric() || matches!(bytes[at], b'-' | b'&'))
        {
            at += 1;
        }
        let word = &bytes[word_start..at];
        if word.is_empty() || words == 10 {
            return None;
        }
        words += 1;
        let small = SMALL_WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
        if letters.get(got) == Some(&word[0].to_ascii_uppercase()) {
            got += 1;
        } else if !small {
            return None;
        }
        match bytes.get(at) {
            Some(b')') => return (got == letters.len()).then_some((first, at)),
            Some(b' ') => at += 1,
            _ => return None,
        }
    }
}

/// Does `name` begin with the words of `phrase`, in any case, a word's final "s" aside
/// ("Geographic information system GIS software" with "geographic information systems")?
pub(crate) fn begins_with_words(name: &str, phrase: &str) -> bool {
    let stem = |w: &str| -> String {
        let w = w.to_ascii_lowercase();
        w.strip_suffix('s').map_or(w.clone(), str::to_owned)
    };
    let mut names = name.split_whitespace();
    phrase
        .split_whitespace()
        .all(|w| names.next().is_some_and(|n| stem(n) == stem(w)))
}

/// Do the words an acronym in brackets spells out (`phrase`) share at most one word with
/// its skill's `name` (on their first four letters; "of", "and", ... aside)? Then they
/// are far from it ("Port Operating System" and "Point of sale POS software", "Office of
/// Data Science" and "Operational Data Store ODS software"), not the writer's own wording
/// of it ("Security incident and event management" for "security information and event
/// management").
pub(crate) fn far_from_name(name: &str, phrase: &str) -> bool {
    let heads = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && !SMALL_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
            .map(|w| w.chars().take(4).flat_map(char::to_lowercase).collect())
            .collect()
    };
    let named = heads(name);
    heads(phrase).iter().filter(|w| named.contains(w)).count() <= 1
}

/// Do the words an acronym in brackets spells out (`phrase`) name something other than its
/// skill `name`? The name's words that spell the acronym out are compared: those before
/// the acronym when the name holds it ("Operational Data Store ODS software"; when the
/// words before it do not spell it, "IBM QRadar SIEM", nothing can be said), else the
/// whole name, of two words or more (a one-word name, "SQL", says nothing of them). The
/// phrase's words, short ones ("of", "and", ...) aside, must be words of those, in order,
/// on their first four letters ("Search Engine Optimization" for "search engine
/// optimisation"), or its letters run inside theirs ("Java Server Pages" in "JavaServer
/// Pages"); else "Senior Executive Officer (SEO)" is no search engine optimisation and
/// "Office of Data Science (ODS)" no operational data store.
pub(crate) fn spelled_out_names_another(name: &str, phrase: &str, acronym: &str) -> bool {
    let content = |w: &str| !SMALL_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w));
    let words: Vec<&str> = name.split_whitespace().collect();
    let spelled: &[&str] = match words.iter().position(|w| *w == acronym) {
        Some(at) => {
            let initials = |ws: &mut dyn Iterator<Item = &&str>| -> String {
                ws.filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let before = &words[..at];
            let spells = initials(&mut before.iter()) == acronym
                || initials(&mut before.iter().filter(|w| content(w))) == acronym;
            if !spells {
                return false;
            }
            before
        }
        None => &words,
    };
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && content(w))
            .map(str::to_lowercase)
            .collect()
    };
    let phrase_words = split(phrase);
    let spelled_words = split(&spelled.join(" "));
    if spelled_words.len() < 2 || phrase_words.is_empty() {
        return false;
    }
    let head = |w: &String| -> String { w.chars().take(4).collect() };
    let phrase_heads: Vec<String> = phrase_words.iter().map(head).collect();
    let spelled_heads: Vec<String> = spelled_words.iter().map(head).collect();
    // Every word of the phrase a word of the name, some twice: "Continuous integration and
    // continuous delivery (CICD)" for "continuous integration and delivery".
    if phrase_heads.iter().all(|h| spelled_heads.contains(h)) {
        return false;
    }
    let in_order = spelled_heads
        .windows(phrase_heads.len())
        .any(|w| w == phrase_heads.as_slice());
    let letters = |ws: &[String]| -> String {
        ws.concat()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    !(in_order || letters(&spelled_words).contains(&letters(&phrase_words)))
}

/// Acronyms and names that other trades use for other things, each with words that, on the
/// same line, say which trade is speaking: "ADR" beside "RevPAR" is a hotel's average daily
/// rate (not the carriage of dangerous goods), "PCI" beside "RSI" a cell's identity (not
/// PCI DSS), "DL/UL" a downlink (not deep learning), "CRS" beside "Part-145" a certificate
/// of release to service (not a reservation system), "Delphi" beside "Opera" a hotel's
/// sales and catering system (not the language), "ECM" beside motors or furnaces an
/// electronically commutated motor (not content management), "X-ray" beside "Boolean" or
/// "sourcing" a recruiter's search of other sites (not radiography), "EMR" beside "S3" or
/// "Spark" Amazon's Elastic MapReduce (not a medical record), "PCR" beside "procurement"
/// the Public Contracts Regulations (not the polymerase chain reaction), "LPA" beside "CTC"
/// or "salary" lakhs per annum (not Freddie Mac's Loan Product Advisor), "GCC" beside a
/// hotel or a Gulf country the Gulf Cooperation Council (not the compiler), "Google" beside
/// "reviews" or "TripAdvisor" a review site, "reserve" beside spares or stock no booking,
/// "airflow" beside ducts or balancing the air (not Apache Airflow), "shrinkage" beside a
/// contact centre's words ("WFM", "AHT", "adherence": an agent's hours away, not stock lost),
/// "AML" beside "Part-66" or "EASA" an aircraft maintenance licence (not anti-money
/// laundering), "LEAP" beside "CFM56" or "A320neo" an engine (not the legal software).
/// One-word cues are
/// matched as whole words, others as phrases, in any case.
const OTHER_SENSES: &[(&str, &[&str])] = &[
    (
        "ADR",
        &[
            "revpar",
            "occupancy",
            "daily rate",
            "average rate",
            "hotel",
            "hotels",
        ],
    ),
    (
        "CRS",
        &[
            "part-145",
            "part-66",
            "release to service",
            "aircraft",
            "amm",
            "mro",
            "company authorisation",
            "company authorization",
            "certifying staff",
            "a319",
            "a320",
            "a321",
            "line maintenance",
            "base maintenance",
        ],
    ),
    // An aircraft maintenance licence (EASA or UK Part-66, categories B1 and B2), no
    // anti-money laundering.
    (
        "AML",
        &[
            "part-66",
            "part 66",
            "caa",
            "easa",
            "aircraft",
            "type ratings",
        ],
    ),
    // CFM's LEAP engines beside other engines and the aircraft they fly, no legal
    // software.
    (
        "LEAP",
        &[
            "cfm56",
            "cfm",
            "leap-1a",
            "leap-1b",
            "leap-1c",
            "a320neo",
            "pw1100g",
            "v2500",
            "737 max",
            "borescope",
        ],
    ),
    ("DL", &["ul", "uplink", "downlink", "throughput"]),
    // An HVAC technician's electronically commutated motor, no content management.
    (
        "ECM",
        &[
            "motor",
            "motors",
            "blower",
            "blowers",
            "furnace",
            "furnaces",
            "thermostat",
            "thermostats",
            "hvac",
            "variable-speed",
            "heat pump",
            "heat pumps",
        ],
    ),
    ("Delphi", &["opera", "catering", "pms", "hotel", "revpar"]),
    (
        "X-ray",
        &[
            "boolean",
            "sourcing",
            "sourced",
            "recruiter",
            "recruiting",
            "candidates",
            "linkedin",
        ],
    ),
    (
        "PCI",
        &["rsi", "earfcn", "cell", "cells", "lte", "5g", "ran"],
    ),
    // A coder's medical decision making ("E/M levels ... (MDM or time)"), no master data
    // management; a coder's right-side modifier ("RT/LT"), no radiotherapy.
    (
        "MDM",
        &["e/m", "ama", "coding", "coder", "levels", "decision making"],
    ),
    ("RT", &["lt", "modifier", "modifiers"]),
    // The Public Contracts Regulations ("Procurement Act 2023 and/or PCR 2015"), no
    // polymerase chain reaction.
    (
        "PCR",
        &[
            "procurement",
            "tender",
            "tenders",
            "tendering",
            "contracting authority",
            "public contracts",
            "regulations",
        ],
    ),
    // Lakhs per annum, an Indian salary ("Current CTC: 5.6 LPA"), no Freddie Mac's Loan
    // Product Advisor.
    (
        "LPA",
        &[
            "ctc", "salary", "package", "lakh", "lakhs", "lac", "lacs", "inr", "stipend", "pay",
        ],
    ),
    // The Gulf Cooperation Council's countries ("GCC hotel experience"), no compiler.
    (
        "GCC",
        &[
            "hotel",
            "hotels",
            "hospitality",
            "uae",
            "gulf",
            "saudi",
            "ksa",
            "qatar",
            "oman",
            "bahrain",
            "kuwait",
            "dubai",
            "middle east",
            "region",
            "regional",
            "countries",
            "nationals",
            "market",
            "markets",
        ],
    ),
    // A review site beside the others ("online reviews (TripAdvisor, Google, Booking.com)").
    (
        "Google",
        &[
            "reviews",
            "review",
            "tripadvisor",
            "yelp",
            "trustpilot",
            "booking",
            "ratings",
        ],
    ),
    // Parts set aside for a job ("reserve spares in SAP PM"), no booking.
    (
        "reserve",
        &[
            "spares",
            "spare",
            "parts",
            "sap",
            "stock",
            "materials",
            "components",
            "inventory",
        ],
    ),
    // The air moved by a ventilation system, no workflow scheduler.
    (
        "Airflow",
        &[
            "airflow balancing",
            "air balancing",
            "measurement and balancing",
            "test and balance",
            "hvac",
            "ventilation",
            "duct",
            "ducts",
            "ductwork",
            "chillers",
            "chiller",
            "ahu",
            "ahus",
            "fcu",
            "fcus",
            "refrigerant",
            "dampers",
            "anemometer",
            "cooling tower",
            "cooling towers",
        ],
    ),
    // A contact centre's shrinkage, the paid hours its agents are not available (leave,
    // training, breaks), beside the words of workforce planning: no loss of stock.
    (
        "shrinkage",
        &[
            "wfm",
            "aht",
            "leaves",
            "absenteeism",
            "adherence",
            "occupancy",
            "shift plans",
            "contact centre",
            "contact center",
            "call centre",
            "call center",
        ],
    ),
    // Amazon's Elastic MapReduce beside its cloud's services, no medical record.
    (
        "EMR",
        &[
            "aws",
            "s3",
            "sagemaker",
            "ec2",
            "redshift",
            "athena",
            "glue",
            "spark",
            "hadoop",
            "hive",
            "databricks",
        ],
    ),
    // Statutory Adoption Pay in a list of the UK's statutory payments ("SSP, SMP, SPP,
    // ShPP and SAP"), not the software.
    (
        "SAP",
        &[
            "ssp",
            "smp",
            "spp",
            "shpp",
            "adoption pay",
            "maternity pay",
            "paternity pay",
        ],
    ),
    // Software's logs ("defect logging", "Log4j as logging mechanism", "logging, error
    // handling"), not felling timber.
    (
        "logging",
        &[
            "defect",
            "defects",
            "bug",
            "bugs",
            "error",
            "errors",
            "exception",
            "exceptions",
            "debugging",
            "tracing",
            "metrics",
            "monitoring",
            "alerting",
            "log4j",
            "slf4j",
            "kafka",
            "elk",
            "splunk",
            "jira",
            "hpqc",
            "linux",
            "middleware",
            "mechanism",
            "mechanisms",
            "framework",
            "frameworks",
            "server",
            "servers",
            "application",
            "applications",
            "etl",
            "ssis",
            "api",
            "apis",
            "ticket",
            "tickets",
            "issues",
            "test",
            "tests",
            "testing",
        ],
    ),
];

/// The index in [`OTHER_SENSES`] of `form`, if other trades use it so.
pub(crate) fn other_sense_of(form: &str) -> Option<u8> {
    OTHER_SENSES
        .iter()
        .position(|(f, _)| *f == form)
        .and_then(|i| u8::try_from(i).ok())
}

/// Does the line of the match at `start..end` hold a cue of the other trade that uses the
/// form `OTHER_SENSES[sense]` (read up to 300 bytes each side)?
pub(crate) fn in_other_trade(text: &str, start: usize, end: usize, sense: u8) -> bool {
    let Some((_, cues)) = OTHER_SENSES.get(usize::from(sense)) else {
        return false;
    };
    let bytes = text.as_bytes();
    let from = start.saturating_sub(300);
    let to = (end + 300).min(bytes.len());
    let line_start = bytes[from..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(from, |i| from + i + 1);
    let line_end = bytes[end..to]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(to, |i| end + i);
    let line = bytes[line_start..line_end].to_ascii_lowercase();
    // Phrases by a substring search each; words in one pass over the line's words (a
    // phrase, with its space, is never one).
    if cues
        .iter()
        .filter(|cue| cue.contains(' '))
        .any(|cue| memchr::memmem::find(&line, cue.as_bytes()).is_some())
    {
        return true;
    }
    let is_cue = |w: &[u8]| cues.iter().any(|cue| w == cue.as_bytes());
    // ("e/m" is a word of its own; "RT/LT" two.)
    line.split(|b| !(b.is_ascii_alphanumeric() || matches!(*b, b'-' | b'/')))
        .any(|w| is_cue(w) || (w.contains(&b'/') && w.split(|b| *b == b'/').any(is_cue)))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    #[test]
    fn the_words_an_acronym_spells_out_after_it() {
        use super::spelled_out_after;
        fn at<'t>(text: &'t str, acronym: &str) -> Option<&'t str> {
            let s = text.find(acronym).unwrap_or(0);
            spelled_out_after(text, s, s + acronym.len()).map(|(a, b)| &text[a..b])
        }
        assert_eq!(
            at("CPP (Certified Payroll Professional), 2021", "CPP"),
            Some("Certified Payroll Professional")
        );
        assert_eq!(
            at("DOE (Department of Energy) grants", "DOE"),
            Some("Department of Energy")
        );
        assert_eq!(
            at("AWS(Amazon Web Services)", "AWS"),
            Some("Amazon Web Services")
        );
        // Not words that spell something else, nor an unclosed bracket, nor lower case.
        assert_eq!(at("AWS (cloud, since 2019)", "AWS"), None);
        assert_eq!(at("AWS (Amazon Web Services", "AWS"), None);
        assert_eq!(at("aws (amazon web services)", "aws"), None);
    }

    #[test]
    fn an_acronym_spelled_out_as_something_else_is_so_throughout() {
        let ex = Extractor::builtin();
        let surfaces = |text: &str| -> Vec<String> {
            ex.extract(text)
                .iter()
                .map(|m| m.text(text).to_string())
                .collect()
        };
        // Another skill's words, or words far from the skill's name: every use goes.
        for text in [
            "Lead our planned preventive maintenance (PPM) programme. Carry out PPM tasks.",
            "Worked for Mormugao Port Trust (MPT). Agents of MPT used the new screens.",
            // Spelled out in brackets after it.
            "Carry out PPM (planned preventive maintenance). Log PPM tasks.",
        ] {
            let got = surfaces(text);
            assert!(
                !got.iter().any(|s| s == "PPM" || s == "MPT"),
                "{text}: {got:?}"
            );
        }
        // The writer's own wording of the skill's name spells it out: its uses stay.
        let text = "Security incident and event management (SIEM) is the process. Monitored \
                    the SIEM tool.";
        assert_eq!(
            surfaces(text)
                .iter()
                .filter(|s| s.starts_with("SIEM"))
                .count(),
            1,
            "{text}"
        );
        // Spelled out both ways: the other uses stay.
        let text = "Grade: Senior Executive Officer (SEO); Search Engine Optimization (SEO); \
                    SEO audits";
        assert!(surfaces(text).ends_with(&["SEO".to_string()]), "{text}");
    }

    #[test]
    fn another_trades_acronym_beside_its_words_is_no_skill() {
        let ex = Extractor::builtin();
        let names = |text: &str| -> Vec<String> {
            ex.extract(text)
                .iter()
                .map(|m| ex.skill(m).name.clone())
                .collect()
        };
        let has = |text: &str, name: &str| names(text).iter().any(|n| n == name);
        // Each acronym in its own trade's sense, then beside the other trade's words.
        let cases = [
            (
                "ADR certificate for the carriage of dangerous goods by road.",
                "Drive RevPAR, ADR and occupancy across the hotel.",
                "hazardous materials transportation",
            ),
            (
                "Skills: PCI, PCI DSS compliance, card payments",
                "Parameter planning: PCI, RSI and neighbour lists for LTE cells.",
                "PCI DSS",
            ),
            (
                "Skills: ML, DL, NLP, computer vision",
                "Improved DL/UL throughput on 5G sites.",
                "deep learning",
            ),
            (
                "Skills: Amadeus, Sabre, CRS, GDS",
                "Issued CRS under Part-145 for A320 aircraft.",
                "Computer reservation system CRS software",
            ),
            (
                "Compliance: AML and KYC checks, source-of-funds reviews",
                "UK CAA Part-66 AML: B1.1 (issued 01/2014)",
                "anti-money laundering compliance",
            ),
            (
                "Skills: AML, sanctions screening, PEP checks | Languages: German (B2)",
                "Licence: EASA Part-66 AML, category B1.1 and B2",
                "anti-money laundering compliance",
            ),
            (
                "Used LEAP and Smokeball; rules engine for matter templates",
                "CFM56 and LEAP engines: borescope inspections",
                "LEAP Legal Software",
            ),
            (
                "Hotel systems: Opera PMS, SynXis CRS; credit card authorization",
                "Issue CRS under company authorisation as certifying staff",
                "Computer reservation system CRS software",
            ),
            (
                "Case management: LEAP, conveyancing, SDLT returns",
                "A320neo differences (LEAP-1A / PW1100G) 2019",
                "LEAP Legal Software",
            ),
            (
                "Skills: Amadeus, Sabre, CRS, GDS",
                "Line maintenance on A320s; issue CRS under company authorisation.",
                "Computer reservation system CRS software",
            ),
            (
                "Skills: Delphi, Pascal, C++",
                "Systems: Opera PMS, Delphi (Sales & Catering)",
                "Embarcadero Delphi",
            ),
            (
                "Skills: SAP, SAP FICO, Oracle",
                "Administer statutory payments: SSP, SMP, SPP, ShPP and SAP.",
                "SAP software",
            ),
        ];
        for (own, other, name) in cases {
            assert!(has(own, name), "{own}: {:?}", names(own));
            assert!(!has(other, name), "{other}: {:?}", names(other));
        }
    }
}
