//! What a posting names without asking a candidate for it: what the company does, what
//! it offers, what the work goes without, and what it says it does not need.

use super::super::words::Needles;
use super::super::Sentences;
use crate::taxonomy::SkillKind;

/// Does the sentence `start..end` say what the company is or does: "We make scheduling
/// software", "We are a fintech startup", "Verdant helps manufacturers plan inventory",
/// "Acme is the leading ...", "Founded in 2010, ...", "Our platform is ..."? Not what the
/// role is: a sentence that looks for someone ("We are a startup looking for a Python
/// developer", "We're hiring", "... to join our team"); not people who do the work
/// ("Engineers build pipelines in Python", "Our software engineers work in Go"); nor a
/// sentence whose first word is the skill at `mention` itself ("Kubernetes is a plus").
pub(super) fn describes_the_company(
    text: &str,
    (start, end): (usize, usize),
    mention: usize,
) -> bool {
    /// What a company does, said of one company (a name's verbs; "we" takes the forms
    /// without the "s").
    const DOES: &[&str] = &[
        "makes",
        "builds",
        "sells",
        "helps",
        "provides",
        "offers",
        "develops",
        "serves",
        "delivers",
        "creates",
        "designs",
        "manufactures",
        "operates",
        "powers",
        "enables",
    ];
    /// What the company's own things do or are ("Our platform is", "Our customers include").
    const OURS: &[&str] = &[
        "company",
        "mission",
        "platform",
        "product",
        "products",
        "customers",
        "clients",
    ];
    const OURS_DO: &[&str] = &[
        "is", "are", "was", "has", "have", "helps", "help", "enables", "enable", "powers", "power",
        "serves", "serve", "provides", "provide", "makes", "make", "lets", "allows", "gives",
        "connects", "brings", "delivers", "offers", "include", "includes", "range",
    ];
    /// Words of a sentence that looks for someone.
    const SEEKS: &[&str] = &[
        "looking for",
        "seeking",
        "hiring",
        "searching for",
        "in search of",
        "we need",
        "join our",
        "to join",
        "you will",
        "you'll",
        "candidate",
    ];
    const NOT_NAMES: &[&str] = &[
        "this", "that", "these", "those", "it", "there", "here", "to", "you", "your", "in", "as",
        "if", "what", "which", "who", "the", "a", "an",
    ];
    let head = text[start..end].trim_start();
    let head_at = end - head.len();
    let mut hi = head.len().min(60);
    while !head.is_char_boundary(hi) {
        hi -= 1;
    }
    let words: Vec<&str> = head[..hi]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let lower = |i: usize| words.get(i).map(|w| w.to_ascii_lowercase());
    let (Some(first), Some(second)) = (lower(0), lower(1)) else {
        return false;
    };
    let third = lower(2).unwrap_or_default();
    let does = |w: &str| DOES.contains(&w) || DOES.iter().any(|d| d.strip_suffix('s') == Some(w));
    let says = match first.as_str() {
        "we" => does(&second) || (second == "are" && matches!(third.as_str(), "a" | "an" | "the")),
        "we're" | "we’re" => matches!(second.as_str(), "a" | "an" | "the"),
        "our" => OURS.contains(&second.as_str()) && OURS_DO.contains(&third.as_str()),
        "founded" => second == "in",
        // A name ("Verdant helps ...", "Acme is a ..."), capitalised, that is not the
        // mention, with a verb said of one company.
        _ => {
            let first_end = head_at + head.find(words[0]).unwrap_or(0) + words[0].len();
            mention >= first_end
                && !NOT_NAMES.contains(&first.as_str())
                && words[0].starts_with(|c: char| c.is_uppercase())
                && (DOES.contains(&second.as_str())
                    || (second == "is" && matches!(third.as_str(), "a" | "an" | "the")))
        }
    };
    says && {
        let sentence = head.to_lowercase();
        !SEEKS.iter().any(|w| sentence.contains(w))
    }
}

/// Does being eligible for the credential at `start..end` do ("CPA or CPA-eligible", "CPA
/// eligible", "CFA (or eligible)")? Then it is not strictly required. `lower` is the text
/// lower-cased.
pub(super) fn eligible_will_do(lower: &str, start: usize, end: usize) -> bool {
    // Most mentions are settled by the two bytes after them.
    let b = lower.as_bytes();
    if !matches!(
        (b.get(end), b.get(end + 1)),
        (Some(b'-' | b' '), Some(b'e' | b'o' | b'('))
    ) {
        return false;
    }
    let rest = &lower[end..];
    let eligible = |r: &str| {
        let r = r.trim_start_matches(['-', ' ']);
        r.starts_with("eligible") || r.starts_with("(or eligible")
    };
    if eligible(rest) {
        return true;
    }
    let own = &lower[start..end];
    rest.trim_start()
        .strip_prefix("or ")
        .and_then(|r| r.strip_prefix(own))
        .is_some_and(eligible)
}

/// Drops the mentions of a sentence in which the employer offers the skill rather than asks
/// for it ("We'll pay for your CDL training!", "we provide paid forklift training and
/// forklift certification on site"), or asks whether the reader lacks it ("Don't have a CDL
/// yet?"): an offer phrase before the mention in its sentence, and no word of a requirement
/// ("must", "require").
pub(super) fn drop_offered(
    lower: &str,
    sentences: &Sentences,
    mentions: &mut Vec<crate::extract::Mention>,
    kind_of: impl Fn(&crate::extract::Mention) -> SkillKind,
) {
    static OFFERS: Needles = Needles::new(&[
        "we'll pay for",
        "we will pay for",
        "we pay for",
        "we provide",
        "we'll provide",
        "we will provide",
        "we offer",
        "we'll train",
        "we will train",
        "paid training",
        "company-paid",
        "company paid",
        "we sponsor",
        "we'll sponsor",
        "we will sponsor",
        "don't have a",
        "don't have your",
        "do not have a",
        "earn your",
        "get your",
        "obtain your",
        // "Paid CDL Training Program"
        "paid ",
    ]);
    mentions.retain(|m| {
        // Only what an employer trains or pays for: a credential, or a skill named with or
        // followed by "training", "certification" or "license".
        let next = lower[m.end..].trim_start_matches([' ', '-']);
        let own = &lower[m.start..m.end];
        const NAMED: &[&str] = &[
            "training",
            "certification",
            "certified",
            "license",
            "licence",
        ];
        if kind_of(m) != SkillKind::Certification
            && !["training", "certif", "licen"]
                .iter()
                .any(|w| next.starts_with(w))
            && !NAMED.iter().any(|w| own.ends_with(w))
        {
            return true;
        }
        // Its sentence, within 240 bytes either side (a text without stops reads no
        // further).
        let (s, e) = sentences.around(m.start, lower.len());
        let mut start = s.max(m.start.saturating_sub(240));
        while !lower.is_char_boundary(start) {
            start += 1;
        }
        if !OFFERS.in_lower(&lower[start..m.start]) {
            return true;
        }
        let end = e.clamp(m.end, (m.end + 240).min(lower.len()));
        let clause = &lower.as_bytes()[start..end];
        memchr::memmem::find(clause, b"must").is_some()
            || memchr::memmem::find(clause, b"require").is_some()
    });
}

/// Drops the tools a posting says the company uses and the candidate need not know: a
/// sentence that says "we use" (or "we collaborate in", "we follow", "our stack runs on",
/// ...) before
/// the mention, with a word that no experience is needed in it or in the next sentence
/// ("we use Karbon and Microsoft Teams, and you'll get full training on both", "We use
/// Jira and Slack day to day. You don't need to have used them before."). `lower` is the
/// posting with its ASCII letters lower-cased, at the same offsets.
pub(super) fn drop_company_tools(
    lower: &str,
    sentences: &Sentences,
    mentions: &mut Vec<crate::extract::Mention>,
) {
    /// What follows "we " in a sentence that names the company's tools.
    const USES: &[&str] = &[
        "use ",
        "'re using ",
        "\u{2019}re using ",
        "are using ",
        "collaborate in ",
        "collaborate on ",
        "communicate in ",
        "communicate on ",
        "work in ",
        "follow ",
    ];
    static NO_NEED: Needles = Needles::new(&[
        "you don't need to have used",
        "you don\u{2019}t need to have used",
        "you do not need to have used",
        "need to know them",
        "need to know it",
        "no prior experience",
        "no experience with them",
        "no experience with it",
        "trained on",
        "training on",
        "full training",
        "training is provided",
        "training will be provided",
        "training provided",
        "training given",
        "training is given",
        "train you on",
        "you'll learn",
        "you\u{2019}ll learn",
        "you will learn",
        "set you up",
        "up to speed",
    ]);
    // Where the sentences that name the company's tools begin to say so ("we use"): most
    // postings have none.
    let bytes = lower.as_bytes();
    // "we" is found by its "w" (a letter of about one byte in forty; faster than a search
    // for the three bytes "we ", whose bytes are all common).
    let mut uses: Vec<usize> = memchr::memchr_iter(b'w', bytes)
        .filter(|&i| {
            bytes.get(i + 1..i + 3) == Some(b"e ")
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && USES
                    .iter()
                    .any(|u| bytes[i + 3..].starts_with(u.as_bytes()))
        })
        .map(|i| i + 3)
        .collect();
    // "Our data stack runs on Snowflake, dbt and Airflow": the company's stack.
    const STACK: &[&str] = &["runs on ", "is built on ", "includes ", "is "];
    let stacks = memchr::memmem::find_iter(bytes, b" stack ")
        .filter(|&i| {
            STACK
                .iter()
                .any(|v| bytes[i + 7..].starts_with(v.as_bytes()))
        })
        .map(|i| i + 7);
    let before = uses.len();
    uses.extend(stacks);
    if uses.len() > before {
        uses.sort_unstable();
    }
    if uses.is_empty() {
        return;
    }
    mentions.retain(|m| {
        // The sentence from its start, within 240 bytes before the mention (a text without
        // stops reads no further), says "we use" before the mention...
        let (s, e) = sentences.around(m.start, lower.len());
        let mut start = s.max(m.start.saturating_sub(240));
        while !lower.is_char_boundary(start) {
            start += 1;
        }
        let k = uses.partition_point(|&u| u < start);
        if uses.get(k).is_none_or(|&u| u >= m.start) {
            return true;
        }
        // ... and it or the next sentence, within 240 bytes after the mention, says that no
        // experience is needed.
        let next_end = if e < lower.len() {
            sentences.around(e + 1, lower.len()).1
        } else {
            e
        };
        let mut end = next_end.clamp(m.end, (m.end + 240).min(lower.len()));
        while !lower.is_char_boundary(end) {
            end -= 1;
        }
        !NO_NEED.in_lower(&lower[start..end])
    });
}

/// Drops the mentions a posting says the work goes without: right after "without", or
/// after "without" and a verb's "-ing" form and at most a determiner ("without giving legal
/// advice", "without any supervision", "with or without Python"). `lower` is the posting
/// with its ASCII letters lower-cased, at the same offsets.
pub(super) fn drop_after_without(lower: &str, mentions: &mut Vec<crate::extract::Mention>) {
    const WITHOUT: &str = "without ";
    let at: Vec<usize> = memchr::memmem::find_iter(lower.as_bytes(), WITHOUT.as_bytes())
        .filter(|&i| i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
        .collect();
    if at.is_empty() {
        return;
    }
    mentions.retain(|m| {
        // The last "without" before the mention, at most 40 bytes before it.
        let i = at.partition_point(|&w| w + WITHOUT.len() <= m.start);
        let Some(&w) = i.checked_sub(1).and_then(|i| at.get(i)) else {
            return true;
        };
        let from = w + WITHOUT.len();
        if m.start - from > 40 {
            return true;
        }
        let words: Vec<&str> = lower[from..m.start].split_whitespace().collect();
        let verb = |w: &str| w.len() > 4 && w.ends_with("ing");
        let determiner = |w: &str| ["a", "an", "the", "any"].contains(&w);
        let negated = match words.as_slice() {
            [] => true,
            [one] => verb(one) || determiner(one),
            [v, d] => verb(v) && determiner(d),
            _ => false,
        };
        !negated
    });
}

/// Drops the mentions right after "not" ("shipping, not managing a team"; "We use Kotlin,
/// not Java"): what the posting says the work is not. Not after "not only" or "not
/// limited to", where other words stand between.
pub(super) fn drop_after_not(lower: &str, mentions: &mut Vec<crate::extract::Mention>) {
    let bytes = lower.as_bytes();
    if memchr::memmem::find(bytes, b"not ").is_none() {
        return;
    }
    mentions.retain(|m| {
        let before = &bytes[..m.start];
        !(before.ends_with(b"not ")
            && (before.len() == 4 || !before[before.len() - 5].is_ascii_alphanumeric()))
    });
}

/// Words that say a clause's things are needed, after them ("experience required").
const NEEDED: &[&str] = &["required", "needed", "necessary"];

/// Drops the mentions of a clause that says they are not needed ("CDL not required",
/// "a degree is not necessary"): the clause after the mention, up to a comma, a stop, a
/// semicolon, a bracket or the line's end, says "not required", "not needed" or "not
/// necessary"; or the clause opens with "No" and says after the mention that what it
/// names is needed ("No Sage 200 or Sage Payroll experience is necessary", "No prior
/// retail or Xero experience needed").
pub(super) fn drop_not_required(lower: &str, mentions: &mut Vec<crate::extract::Mention>) {
    // Where " not " stands (`lower` is the posting with its ASCII letters lower-cased, at
    // the same offsets), and a "no " that opens a clause: a mention with neither near it
    // is settled by binary searches.
    let bytes = lower.as_bytes();
    let nots: Vec<usize> = memchr::memmem::find_iter(bytes, b" not ").collect();
    let nos: Vec<usize> = memchr::memmem::find_iter(bytes, b"no ")
        .filter(|&at| opens_a_clause(lower, at))
        .collect();
    if nots.is_empty() && nos.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let next_not = nots.partition_point(|&at| at < m.end);
        let not_near = nots.get(next_not).is_some_and(|&at| at < m.end + 80);
        // The clause-opening "no" before the mention, with nothing between that ends a
        // clause or says what is needed already ("No CDL needed and forklift required").
        let no_before = match nos.partition_point(|&at| at < m.start) {
            0 => false,
            i => {
                let from = nos[i - 1] + 3;
                m.start.checked_sub(from).is_some_and(|gap| gap <= 60) && {
                    let between = &lower[from..m.start];
                    !between.contains([',', '.', ';', ':', '(', ')', '\n', '!', '?'])
                        && !NEEDED.iter().any(|w| between.contains(w))
                        && ![" and ", " - ", " – ", " — "]
                            .iter()
                            .any(|w| between.contains(w))
                }
            }
        };
        if !not_near && !no_before {
            return true;
        }
        let rest = &bytes[m.end..];
        let end = rest
            .iter()
            .take(80)
            .position(|b| b",.;:()\n!?".contains(b))
            .unwrap_or(rest.len().min(80));
        let full = lower[m.end..].get(..end).unwrap_or("");
        // Up to a "but" ("Python and SQL experience but degree not required"), and a
        // preference is no denial ("Salesforce preferred but not required").
        let clause = full.split(" but ").next().unwrap_or("");
        let denied = [
            "not required",
            "not needed",
            "not necessary",
            "not a requirement",
        ]
        .iter()
        .any(|w| clause.contains(w))
            || (no_before
                && !clause.contains(" and ")
                && NEEDED.iter().any(|w| clause.contains(w)));
        !denied || {
            [
                "prefer",
                "plus",
                "helpful",
                "nice to have",
                "desired",
                "bonus",
                "asset",
            ]
            .iter()
            .any(|w| full.contains(w))
        }
    });
}

/// Does the "no " at `at` of `lower` open a clause: the first word of its line (after a
/// bullet) or of a sentence ("No Xero experience needed", "- No CDL required", "Full
/// training given. No prior experience necessary")?
fn opens_a_clause(lower: &str, at: usize) -> bool {
    // Back over the spaces and bullets before it, a few at most (a long line costs
    // nothing).
    let bullet = |c: char| "-*•–·>".contains(c);
    let mut chars = lower[..at].chars().rev().take(8);
    let mut spaced = false;
    let mut bulleted = false;
    loop {
        match chars.next() {
            None | Some('\n' | '\r') => return true,
            Some(' ' | '\t') => spaced = true,
            Some(c) if bullet(c) => bulleted = true,
            Some(c) => return spaced && !bulleted && ".!?;:".contains(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::skill_names;
    use super::super::*;

    #[test]
    fn what_a_posting_says_it_does_not_need_is_no_skill() {
        let ex = Extractor::builtin();
        let names = |t: &str| -> Vec<String> {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        for text in [
            "No CDL required",
            "Non-CDL box truck driver",
            "No prior customer service experience needed",
            "CDL not required.",
            "A CDL is not necessary, we train you",
            "No CDL or forklift certification required",
            "No CDL license or forklift certification required",
            "No CDL/forklift experience needed",
            // A clause opened by "No" denies all it names before what is needed.
            "No Sage 200 or forklift experience is necessary.",
            "Full training given. No Sage 200 or customer service experience needed",
        ] {
            let got = names(text);
            assert!(
                got.iter().all(|n| !n.contains("driver")
                    && !n.contains("customer service")
                    && !n.contains("forklift")),
                "{text}: {got:?}"
            );
        }
        // Offered by the employer, not asked for; asked for beside an offer.
        let all = |t: &str| -> Vec<String> {
            Job::parse(t, &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        for text in [
            "Student Driver - Paid CDL Training Program\nDon't have a CDL yet? We'll pay for \
             your CDL training! Earn your Class A CDL in 4 weeks.\n",
            "Warehouse Associate\nNo experience? No problem: we provide paid forklift training \
             and forklift certification on site.\n",
        ] {
            let got = all(text);
            assert!(
                got.iter()
                    .all(|n| !n.contains("driver") && !n.contains("forklift")),
                "{text}: {got:?}"
            );
        }
        let got =
            all("Requirements:\n- Class A CDL required; we provide paid training on our routes.\n");
        assert!(got.iter().any(|n| n.contains("driver")), "{got:?}");
        // Asked for, and what a denial does not reach.
        for (text, name) in [
            (
                "CDL required; no weekend work",
                "commercial driver's license",
            ),
            (
                "Customer service experience required, degree not required",
                "customer service",
            ),
            ("NoSQL databases", "NoSQL"),
            (
                "Salesforce experience preferred but not required",
                "Salesforce",
            ),
            ("Python and SQL experience but degree not required", "SQL"),
            ("Knowledge of economics", "economics"),
            // The denial reaches over "or" only, not a list's comma.
            ("No CDL required, forklift certification a plus", "forklift"),
            (
                "No CDL needed and forklift certification required",
                "forklift",
            ),
            ("No weekends. Forklift certification required", "forklift"),
            (
                "No agencies please - forklift certification required",
                "forklift",
            ),
            ("A piano or forklift certification required", "forklift"),
        ] {
            let got = names(text);
            assert!(got.iter().any(|n| n.contains(name)), "{text}: {got:?}");
        }
    }

    #[test]
    fn what_the_work_goes_without_is_not_asked_for() {
        let ex = Extractor::builtin();
        let names = |t: &str| -> Vec<String> {
            Job::parse(t, &ex)
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        let got = names(
            "Requirements:\n- Answer callers without giving legal advice\n- Microsoft Word\n",
        );
        assert!(!got.iter().any(|n| n.contains("legal advice")), "{got:?}");
        assert!(got.iter().any(|n| n == "Microsoft Word"), "{got:?}");
        assert!(
            !names("Requirements:\n- Python, with or without Kubernetes\n")
                .iter()
                .any(|n| n == "Kubernetes")
        );
        // Only right after it: "without regard to ..., Python" keeps Python.
        assert!(
            names("Hired without regard to race. Requirements: Python\n")
                .iter()
                .any(|n| n.starts_with("Python"))
        );
        // Nor what the work is not: right after "not".
        let got =
            names("Requirements:\n- Hands-on design, not managing a team\n- Kotlin, not Java\n");
        assert!(
            !got.iter()
                .any(|n| n == "manage a team" || n.starts_with("Java")),
            "{got:?}"
        );
        assert!(got.iter().any(|n| n == "Kotlin"), "{got:?}");
        let got = names("Requirements:\n- Including but not limited to Python; not only SQL\n");
        assert!(
            got.iter().any(|n| n.starts_with("Python")) && got.iter().any(|n| n == "SQL"),
            "{got:?}"
        );
    }

    #[test]
    fn an_intro_that_describes_the_company_asks_for_nothing() {
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        let blurb = "Marketing Manager\nVerdant helps manufacturers plan inventory with \
                     artificial intelligence. We sell SaaS for supply chain planning. We are \
                     looking for a marketer who knows SEO.\n\nWhat you bring:\n- 6+ years \
                     of B2B marketing\n";
        let got = names(blurb);
        assert!(
            !got.iter().any(|n| n == "artificial intelligence"),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.contains("supply chain")), "{got:?}");
        // What the intro says of the role stays.
        assert!(
            got.iter().any(|n| n.contains("search engine optimisation")),
            "{got:?}"
        );
        // Without a section of requirements the intro is all there is.
        let alone = "Verdant helps manufacturers plan inventory with artificial intelligence.\n";
        assert!(names(alone).iter().any(|n| n == "artificial intelligence"));
        // A sentence that opens with the skill is about the skill, and "This is" about
        // the role.
        let plus = "Kubernetes is a plus.\n\nRequirements:\n- Python\n";
        assert!(names(plus).iter().any(|n| n == "Kubernetes"));
        let role =
            "This is an opportunity to build data science products.\n\nRequirements:\n- Python\n";
        assert!(names(role).iter().any(|n| n == "data science"));
        // Nor a sentence that looks for someone, or says what people do.
        for intro in [
            "We are a fast-growing startup looking for a Python developer with Django experience.",
            "Engineers build data pipelines in Python.",
            "Our software engineers work in Python.",
        ] {
            let text = format!("{intro}\n\nRequirements:\n- SQL\n");
            let got = names(&text);
            assert!(
                got.iter().any(|n| n.starts_with("Python")),
                "{intro}: {got:?}"
            );
        }
    }

    #[test]
    fn tools_the_company_uses_and_will_teach_are_not_asked_for() {
        let ex = Extractor::builtin();
        let names = |t: &str| skill_names(t, &ex);
        for (text, unasked) in [
            (
                "Requirements:\n- Xero and VAT returns\n\nPlease note: we use Karbon and \
                 Microsoft Teams for internal comms, and you'll get full training on both.\n",
                "Microsoft Teams",
            ),
            (
                "Requirements:\n- Python and SQL\n- We use Jira and Slack day to day. You \
                 don't need to have used them before.\n",
                "Slack",
            ),
            (
                "Requirements:\n- Python and SQL\n\nWe collaborate in Slack and Notion \u{2014} \
                 you don\u{2019}t need to have used any of them.\n",
                "Slack",
            ),
            (
                "Requirements:\n- Python and SQL\n\nOur data stack runs on Snowflake, dbt and \
                 Airflow; no prior experience with these is needed.\n",
                "Snowflake",
            ),
            (
                "Requirements:\n- Python and SQL\n\nWe follow Scrum and use Jira \u{2013} full \
                 training is provided.\n",
                "Jira",
            ),
        ] {
            let got = names(text);
            assert!(!got.iter().any(|n| n.contains(unasked)), "{text}: {got:?}");
            assert!(
                got.iter().any(|n| n == "Xero" || n == "SQL"),
                "{text}: {got:?}"
            );
        }
        // Without a word that no experience is needed, what the team uses is asked for.
        let stack = "Requirements:\n- We use Python and Kubernetes. You don't need a degree.\n";
        let got = names(stack);
        assert!(got.iter().any(|n| n == "Kubernetes"), "{got:?}");
        let stack = "Requirements:\n- SQL\n\nOur stack is Python and Kubernetes.\n";
        let got = names(stack);
        assert!(got.iter().any(|n| n == "Kubernetes"), "{got:?}");
    }
}
