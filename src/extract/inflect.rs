//! English verb inflections, so that the verb phrases of a taxonomy ("manage budgets",
//! "administer medication") are found as resumes and postings write them: "Managed
//! budgets", "administering medications", "Leads a team", "Troubleshot circuits".
//!
//! The inflections are made by the regular rules and a table of irregular verbs. A rule
//! may make a word that is no English word ("plann" is never made, but "auditted" is, from
//! the doubling rule for a final consonant, which applies to "plan" and not to "audit"):
//! such a word never occurs in text, so it costs a little memory and finds nothing.

/// Irregular verbs: the base, then its past and past participle where they are not the
/// regular ones (both spellings where British and American English differ).
const IRREGULAR: &[(&str, &[&str])] = &[
    ("be", &["was", "were", "been"]),
    ("bear", &["bore", "borne"]),
    ("begin", &["began", "begun"]),
    ("bind", &["bound"]),
    ("break", &["broke", "broken"]),
    ("bring", &["brought"]),
    ("broadcast", &["broadcast"]),
    ("build", &["built"]),
    ("buy", &["bought"]),
    ("catch", &["caught"]),
    ("choose", &["chose", "chosen"]),
    ("cut", &["cut"]),
    ("deal", &["dealt"]),
    ("dig", &["dug"]),
    ("do", &["did", "done"]),
    ("draw", &["drew", "drawn"]),
    ("drive", &["drove", "driven"]),
    ("eat", &["ate", "eaten"]),
    ("fall", &["fell", "fallen"]),
    ("feed", &["fed"]),
    ("feel", &["felt"]),
    ("fight", &["fought"]),
    ("find", &["found"]),
    ("fly", &["flew", "flown"]),
    ("forecast", &["forecast", "forecasted"]),
    ("foresee", &["foresaw", "foreseen"]),
    ("freeze", &["froze", "frozen"]),
    ("get", &["got", "gotten"]),
    ("give", &["gave", "given"]),
    ("go", &["went", "gone"]),
    ("grind", &["ground"]),
    ("grow", &["grew", "grown"]),
    ("hang", &["hung", "hanged"]),
    ("have", &["had"]),
    ("hear", &["heard"]),
    ("hold", &["held"]),
    ("keep", &["kept"]),
    ("know", &["knew", "known"]),
    ("lay", &["laid"]),
    ("lead", &["led"]),
    ("learn", &["learnt", "learned"]),
    ("leave", &["left"]),
    ("lend", &["lent"]),
    ("light", &["lit", "lighted"]),
    ("lose", &["lost"]),
    ("make", &["made"]),
    ("meet", &["met"]),
    ("mislead", &["misled"]),
    ("oversee", &["oversaw", "overseen"]),
    ("pay", &["paid"]),
    ("prepay", &["prepaid"]),
    ("put", &["put"]),
    ("read", &["read"]),
    ("rebuild", &["rebuilt"]),
    ("redo", &["redid", "redone"]),
    ("rewrite", &["rewrote", "rewritten"]),
    ("ride", &["rode", "ridden"]),
    ("rise", &["rose", "risen"]),
    ("run", &["ran", "run"]),
    ("say", &["said"]),
    ("see", &["saw", "seen"]),
    ("seek", &["sought"]),
    ("sell", &["sold"]),
    ("send", &["sent"]),
    ("set", &["set"]),
    ("sew", &["sewed", "sewn"]),
    ("shake", &["shook", "shaken"]),
    ("shoot", &["shot"]),
    ("show", &["showed", "shown"]),
    ("shut", &["shut"]),
    ("sing", &["sang", "sung"]),
    ("sit", &["sat"]),
    ("sleep", &["slept"]),
    ("speak", &["spoke", "spoken"]),
    ("spell", &["spelt", "spelled"]),
    ("spend", &["spent"]),
    ("spin", &["spun"]),
    ("split", &["split"]),
    ("spread", &["spread"]),
    ("stand", &["stood"]),
    ("steal", &["stole", "stolen"]),
    ("stick", &["stuck"]),
    ("strike", &["struck"]),
    ("sweep", &["swept"]),
    ("swim", &["swam", "swum"]),
    ("take", &["took", "taken"]),
    ("teach", &["taught"]),
    ("tear", &["tore", "torn"]),
    ("tell", &["told"]),
    ("think", &["thought"]),
    ("throw", &["threw", "thrown"]),
    ("troubleshoot", &["troubleshot", "troubleshooted"]),
    ("undergo", &["underwent", "undergone"]),
    ("understand", &["understood"]),
    ("undertake", &["undertook", "undertaken"]),
    ("upset", &["upset"]),
    ("wear", &["wore", "worn"]),
    ("weave", &["wove", "woven"]),
    ("win", &["won"]),
    ("wind", &["wound"]),
    ("withdraw", &["withdrew", "withdrawn"]),
    ("write", &["wrote", "written"]),
];

/// How a verb is inflected: the context that makes it a verb differs
/// ([`crate::extract::context::inflected_verb_reads_as_one`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inflection {
    /// "manages", "leads".
    Third,
    /// "managed", "led", "taught", "written".
    Past,
    /// "managing", "leading".
    Gerund,
}

/// Past participles that mostly qualify a noun ("applied mathematics", "detailed
/// reports", "qualified candidates"), not made.
const ADJECTIVES_IN_ED: &[&str] = &[
    "advanced",
    "applied",
    "dedicated",
    "detailed",
    "experienced",
    "limited",
    "motivated",
    "preferred",
    "qualified",
    "related",
    "required",
    "skilled",
];

/// Present participles that mostly qualify a noun ("changing priorities", "a growing
/// team", "drug coding reviews"), not made.
const ADJECTIVES_IN_ING: &[&str] = &[
    "changing",
    "coding",
    "competing",
    "emerging",
    "evolving",
    "existing",
    "growing",
    "shifting",
];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Does `base` end in a consonant, a vowel and a consonant, whose last consonant may be
/// doubled before "-ed" and "-ing" ("plan", "commit", "travel"; not "audit" or "open" in
/// the rules' eyes, which cannot tell stress: both spellings are made then)?
fn may_double(base: &[u8]) -> bool {
    match base {
        [.., a, b, c] => {
            let consonant = |x: u8| !is_vowel(x);
            consonant(*a) && is_vowel(*b) && consonant(*c) && !matches!(c, b'w' | b'x' | b'y')
        }
        _ => false,
    }
}

/// The plurals of the noun `noun` (lower-case ASCII letters, three or more), by the
/// regular rules: "cranes", "taxes", "inventories", both "photos" and "potatoes"; none for
/// other words. [`super::skills`] reads a plural back to its singular by the same rules.
pub(crate) fn plurals(noun: &str) -> Vec<String> {
    let b = noun.as_bytes();
    if b.len() < 3 || !b.iter().all(u8::is_ascii_lowercase) {
        return Vec::new();
    }
    let last = b[b.len() - 1];
    let before_last = b[b.len() - 2];
    if last == b'y' && !is_vowel(before_last) {
        vec![format!("{}ies", &noun[..noun.len() - 1])]
    } else if matches!(last, b's' | b'x' | b'z') || noun.ends_with("ch") || noun.ends_with("sh") {
        vec![format!("{noun}es")]
    } else if last == b'o' {
        vec![format!("{noun}s"), format!("{noun}es")]
    } else {
        vec![format!("{noun}s")]
    }
}

/// The inflected forms of the verb `base` (lower-case ASCII letters): third person "-s", past and past participle, and "-ing"; not `base` itself.
/// Empty for a word that does not look like a verb's base form (it ends in "-ing" or
/// "-ed", or has other characters).
pub(crate) fn variants(base: &str) -> Vec<(String, Inflection)> {
    let b = base.as_bytes();
    if b.len() < 2
        || !b.iter().all(u8::is_ascii_lowercase)
        || (b.len() > 5 && base.ends_with("ing"))
        || (base.ends_with("ed") && !base.ends_with("eed"))
    {
        return Vec::new();
    }
    let stem = &base[..base.len() - 1];
    let last = b[b.len() - 1];
    let before_last = b.get(b.len().wrapping_sub(2)).copied().unwrap_or(b' ');
    let mut out: Vec<(String, Inflection)> = Vec::with_capacity(6);
    let mut add = |word: String, how: Inflection| {
        let adjective = match how {
            Inflection::Gerund => ADJECTIVES_IN_ING.contains(&word.as_str()),
            Inflection::Past => ADJECTIVES_IN_ED.contains(&word.as_str()),
            Inflection::Third => false,
        };
        if word != base && !adjective && !out.iter().any(|(w, _)| *w == word) {
            out.push((word, how));
        }
    };
    // Third person.
    if last == b'y' && !is_vowel(before_last) {
        add(format!("{stem}ies"), Inflection::Third);
    } else if matches!(last, b's' | b'x' | b'z' | b'o')
        || base.ends_with("ch")
        || base.ends_with("sh")
    {
        add(format!("{base}es"), Inflection::Third);
    } else {
        add(format!("{base}s"), Inflection::Third);
    }
    // Past and past participle.
    match IRREGULAR.binary_search_by_key(&base, |&(v, _)| v) {
        Ok(i) => {
            for past in IRREGULAR[i].1 {
                add((*past).to_owned(), Inflection::Past);
            }
        }
        Err(_) if last == b'e' => add(format!("{base}d"), Inflection::Past),
        Err(_) if last == b'y' && !is_vowel(before_last) => {
            add(format!("{stem}ied"), Inflection::Past)
        }
        Err(_) => {
            add(format!("{base}ed"), Inflection::Past);
            if may_double(b) {
                add(format!("{base}{}ed", last as char), Inflection::Past);
            }
        }
    }
    // Present participle.
    if let Some(root) = base.strip_suffix("ie") {
        add(format!("{root}ying"), Inflection::Gerund);
    } else if last == b'e' && !matches!(before_last, b'e' | b'o' | b'y') && b.len() > 2 {
        add(format!("{stem}ing"), Inflection::Gerund);
    } else {
        add(format!("{base}ing"), Inflection::Gerund);
        if may_double(b) {
            add(format!("{base}{}ing", last as char), Inflection::Gerund);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_by_the_regular_rules() {
        assert_eq!(plurals("crane"), ["cranes"]);
        assert_eq!(plurals("tax"), ["taxes"]);
        assert_eq!(plurals("switch"), ["switches"]);
        assert_eq!(plurals("inventory"), ["inventories"]);
        assert_eq!(plurals("day"), ["days"]);
        assert_eq!(plurals("potato"), ["potatos", "potatoes"]);
        assert!(plurals("ux").is_empty());
        assert!(plurals("c++").is_empty());
    }

    #[test]
    fn the_irregular_table_is_sorted_for_its_binary_search() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn regular_and_irregular_verbs_inflect() {
        let has = |base: &str, forms: &[&str]| {
            let v = variants(base);
            for f in forms {
                assert!(v.iter().any(|(x, _)| x == f), "{base}: {f} not in {v:?}");
            }
        };
        has("manage", &["manages", "managed", "managing"]);
        has(
            "administer",
            &["administers", "administered", "administering"],
        );
        has("apply", &["applies", "applying"]);
        has("deny", &["denies", "denied", "denying"]);
        has("plan", &["plans", "planned", "planning"]);
        has("commit", &["committed", "committing"]);
        has("audit", &["audited", "auditing"]);
        has(
            "travel",
            &["traveled", "travelled", "traveling", "travelling"],
        );
        has("lead", &["leads", "led", "leading"]);
        has("troubleshoot", &["troubleshot", "troubleshooting"]);
        has("teach", &["teaches", "taught", "teaching"]);
        has(
            "oversee",
            &["oversees", "oversaw", "overseen", "overseeing"],
        );
        has("tie", &["ties", "tied", "tying"]);
        has("fix", &["fixes", "fixed", "fixing"]);
        has("deploy", &["deploys", "deployed", "deploying"]);
        has("go", &["goes", "went", "gone", "going"]);
    }

    #[test]
    fn words_that_are_no_base_form_give_nothing() {
        for w in ["managing", "operated", "C++", "Excel", "", "a", "x1"] {
            assert!(variants(w).is_empty(), "{w}");
        }
        // "set" is its own past: not listed as a variant of itself.
        assert!(!variants("set").iter().any(|(v, _)| v == "set"));
        assert!(variants("feed").iter().any(|(v, _)| v == "fed"));
        // A participle that mostly qualifies a noun is not made.
        assert!(!variants("change").iter().any(|(v, _)| v == "changing"));
        assert!(!variants("apply").iter().any(|(v, _)| v == "applied"));
        assert_eq!(
            variants("lead"),
            [
                ("leads".to_owned(), Inflection::Third),
                ("led".to_owned(), Inflection::Past),
                ("leading".to_owned(), Inflection::Gerund)
            ]
        );
    }
}
