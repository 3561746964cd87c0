//! Organisations' names and kinds read as no skills: "Swift Logistics LLC", a company at a
//! place in a header, "a fintech startup".

use super::{ends_with_us_state, has_title_word, COMPANY_SUFFIXES};

/// The last words of an organisation's name besides the [`COMPANY_SUFFIXES`].
pub(super) const NAME_LAST_WORDS: &[&str] = &[
    "agency",
    "company",
    "corporation",
    "group",
    // Firms named after their trade ("Calder & Voss Chartered Accountants").
    "accountants",
    "solicitors",
    "associates",
    "partners",
    // Public bodies ("Severn Vale Community Health NHS Trust", "Shropshire Council").
    "trust",
    "council",
];

/// The first letters of [`NAME_LAST_WORDS`] and of the last words of the
/// [`COMPANY_SUFFIXES`] (a test keeps them so): a cheap first test of a line's last word.
pub(super) const NAME_FIRST_LETTERS: &[u8] = b"abcdgiklnopst";

/// Drops the skill mentions on a line that is an organisation's name ("Brightline Logistics,
/// Inc.", "Bluewave Digital Marketing Agency"): a short line that ends with a company's
/// last word or with "Agency", "Company", "Corporation", "Group", "Accountants", "Solicitors",
/// "Associates" or "Partners", a name and its place
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
                // (Markdown's bold, "**Company:** Acme Inc.", is no bullet.)
                let bulleted =
                    crate::extract::context::opens_with_bullet(l) && !l.starts_with("**");
                let short = l.len() <= 80 && !bulleted;
                // A name ("Brightline Logistics, Inc."; not "Experience in digital
                // marketing at an agency").
                let name = (short
                    && ((named && reads_as_name(l))
                        || names_company_at_place(l)
                        || names_company_after_label(l)))
                    || (!bulleted && names_organisation_before_place(l));

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
    // "Fernwood Analytics, Inc. — Austin, TX or Remote (US)": remote work offered besides.
    let line = [
        " or remote",
        " / remote",
        " | remote",
        " · remote",
        ", remote",
    ]
    .iter()
    .find_map(|r| {
        let cut = line.len().checked_sub(r.len())?;
        (line.is_char_boundary(cut) && line[cut..].eq_ignore_ascii_case(r)).then(|| &line[..cut])
    })
    .unwrap_or(line);
    // Most lines end otherwise: two capitals after a space settle them.
    let end = line.as_bytes();
    let state = end.len() >= 3
        && end[end.len() - 2..].iter().all(u8::is_ascii_uppercase)
        && end[end.len() - 3] == b' ';
    if !state || !ends_with_us_state(line) {
        return false;
    }
    let name = [" — ", " – ", " | ", " · ", " • ", " - ", ", "]
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
/// digit, no word of a title ("Python Developer" is a headline), not one skill's whole name
/// ("Google Ads, SEO"), nothing but the name on the line up to a comma (what follows one is
/// kept: "JASMINE ORTIZ, CPA" keeps the CPA), and contact details within the five lines
/// after it (an e-mail address, "LinkedIn", a phone number of ten digits or more).
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
    // ("John Smith, CPA": a credential after the name's comma is the candidate's; the
    // name before it is no skill, "JASMINE ORTIZ, CPP" no Jasmine.)
    let name_end = memchr::memchr(b',', line.as_bytes()).unwrap_or(line.len());
    let words: Vec<&str> = line[..name_end].split_whitespace().collect();
    // (Not a name: one skill's whole name, "Google Ads, SEO, PPC".)
    let one_skill = || {
        mentions
            .iter()
            .any(|m| m.start <= start && m.end >= start + name_end)
    };
    let name = (2..=5).contains(&words.len())
        && line.len() <= 60
        && words.iter().all(|w| name_word(w))
        && !has_title_word(&line[..name_end])
        && !one_skill()
        && contact();
    if name {
        let name_end = start + name_end;
        mentions.retain(|m| m.start >= name_end);
    }
}

/// Is `line` an organisation's name, a dash or a bar, and its place, perhaps with a note
/// in brackets ("Severn Vale Community Health NHS Trust – Shrewsbury, Shropshire
/// (cross-site: Ludlow & Oswestry)", "Calder & Voss Accountants | Leeds")? The name ends
/// with a company's last word or one of [`NAME_LAST_WORDS`], and the place is a few
/// capitalised words.
fn names_organisation_before_place(line: &str) -> bool {
    let line = match line.strip_suffix(')').and_then(|l| l.rsplit_once('(')) {
        Some((head, _)) => head.trim_end(),
        None => line,
    };
    if line.len() > 100 {
        return false;
    }
    // The first separator, in one pass over the spaces: a space, a dash or a bar, a space.
    let bytes = line.as_bytes();
    let Some((at, len)) = memchr::memchr_iter(b' ', bytes).find_map(|i| {
        let rest = &bytes[i + 1..];
        ["—", "–", "|", "·", "•", "-"].iter().find_map(|sep| {
            (rest.starts_with(sep.as_bytes()) && rest.get(sep.len()) == Some(&b' '))
                .then_some((i, sep.len() + 2))
        })
    }) else {
        return false;
    };
    let (name, place) = (line[..at].trim_end(), &line[at + len..]);
    let last = name.rsplit(' ').next().unwrap_or("");
    // Most lines end their first part otherwise: its last word's first letter settles
    // them.
    if !last
        .bytes()
        .next()
        .is_some_and(|b| NAME_FIRST_LETTERS.contains(&(b | 0x20)))
    {
        return false;
    }

    name.split_whitespace().count() >= 2
        && reads_as_name(name)
        && !has_title_word(name)
        && (NAME_LAST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last))
            || super::ends_with_company_suffix(name))
        && (1..=5).contains(&place.split_whitespace().count())
        && !has_title_word(place)
        && place.split_whitespace().all(|w| {
            w.trim_start_matches('(')
                .starts_with(|c: char| c.is_uppercase() || c == '&')
        })
}

/// Is `line` a label of the employer and its name ("Company: Lakeshore Robotics")?
fn names_company_after_label(line: &str) -> bool {
    const LABELS: &[&str] = &["company", "employer", "organization", "organisation"];
    // (In markdown's bold or not: "**Company:** Acme Inc.")
    let line = line.trim_start_matches(['*', '_']);
    // The labels begin with "c", "e" or "o".
    if !line
        .as_bytes()
        .first()
        .is_some_and(|b| b"ceo".contains(&b.to_ascii_lowercase()))
    {
        return false;
    }
    line.split_once(':').is_some_and(|(label, name)| {
        let name = name.trim().trim_start_matches(['*', '_']).trim();
        LABELS
            .iter()
            .any(|l| l.eq_ignore_ascii_case(label.trim().trim_end_matches(['*', '_'])))
            && !name.is_empty()
            && !name.contains(['|', ';', ':'])
            && reads_as_name(name)
    })
}

/// Does `part` read as a name: eight words at most, its words of four letters or more
/// capitalised ("Brightline Logistics, Inc.", "The Ember Room")?
pub(in crate::profile) fn reads_as_name(part: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::COMPANY_SUFFIXES;
    use super::*;

    #[test]
    fn a_label_names_the_company_in_markdown_or_not() {
        assert!(names_company_after_label("Company: Lakeshore Robotics"));
        assert!(names_company_after_label(
            "**Company:** Tidewater Ledger Financial Technologies Inc."
        ));
        assert!(!names_company_after_label(
            "**Company:** we build financial technology"
        ));
        assert!(!names_company_after_label("Skills: Financial Technologies"));
    }

    #[test]
    fn an_organisation_before_its_place_is_a_name() {
        for line in [
            "Severn Vale Community Health NHS Trust – Shrewsbury, Shropshire (cross-site: Ludlow & Oswestry)",
            "Calder & Voss Accountants | Leeds",
            "Harbour Analytics Ltd - Bristol, UK",
        ] {
            assert!(names_organisation_before_place(line), "{line}");
        }
        for line in [
            "Community Health Nurse – Shrewsbury",
            "Build client trust - with every visit",
            "Python Developer | Acme Ltd",
            // An employer and a title, in a resume.
            "Harbour Analytics Ltd – Python Developer",
        ] {
            assert!(!names_organisation_before_place(line), "{line}");
        }
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
}
