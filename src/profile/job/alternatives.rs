//! Skills a posting offers as alternatives ("AWS, GCP or Azure"): the lists joined by
//! commas and "or" whose skills share a group, one of which meets them.

use super::JobSkill;

/// How two neighbouring mentions are joined in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// "," (or ";").
    Comma,
    /// "or", ", or", "and/or".
    Or,
    /// "and", ", and", "&".
    And,
    /// "/" with no space around it ("JavaScript/TypeScript"): a pair that may be both
    /// ("HTML/CSS") or either; alternatives only inside a run that an "or" makes one
    /// ("JavaScript/TypeScript or Python").
    Slash,
}

/// Longest run of bytes between two mentions read as a joint.
const MAX_JOINT: usize = 40;

/// Most words of an item the taxonomy does not know inside a list ("banking, NBFC or
/// fintech").
const MAX_ITEM_WORDS: usize = 3;

/// Words that make a piece of text between two mentions something else than a list item
/// ("Python, with Java or C#").
const NOT_ITEM_WORDS: &[&str] = &[
    "a",
    "an",
    "as",
    "at",
    "comparable",
    "e.g.",
    "equivalent",
    "etc",
    "etc.",
    "experience",
    "for",
    "from",
    "i.e.",
    "ideally",
    "in",
    "including",
    "is",
    "knowledge",
    "like",
    "of",
    "on",
    "other",
    "preferably",
    "related",
    "relevant",
    "similar",
    "skills",
    "such",
    "the",
    "to",
    "using",
    "via",
    "with",
];

/// Words after "or" that offer what is like the items before it ("or a similar ERP", "or a
/// related field", "or equivalent").
const OR_LIKE_WORDS: &[&str] = &[
    "a",
    "an",
    "any",
    "similar",
    "related",
    "other",
    "another",
    "equivalent",
    "comparable",
];

/// Is `word` one of [`OR_LIKE_WORDS`]?
fn or_like(word: &str) -> bool {
    OR_LIKE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Does "or" and a related field follow the mention ending at `end` ("Statistics,
/// Economics, Mathematics or a related field", "..., or a related quantitative
/// discipline"), perhaps after items the taxonomy does not know ("Psychology, Cognitive
/// Science, or a related field")? Then the fields before are alternatives, as with an "or"
/// between them.
/// Not "or similar" or "or equivalent" alone: "BLS, ACLS, PALS, or equivalent" asks for all
/// three, and "Docker, Kubernetes, Terraform, or another IaC tool" qualifies the last.
fn or_like_follows(text: &str, end: usize) -> bool {
    // The reach of a list's joint for each unknown item and for the related field.
    let mut hi = (end + MAX_JOINT * (1 + MAX_UNKNOWN_ITEMS)).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let clause = text[end..hi].split(['\n', '\r']).next().unwrap_or("");
    let mut words = list_tokens(clause);
    let mut word = words.next();
    if word == Some(",") {
        word = words.next();
        // Unknown items, each of a few capitalised words and a comma ("Cognitive
        // Science,").
        let mut items = 0;
        let mut item_words = 0;
        while let Some(w) =
            word.filter(|w| !w.eq_ignore_ascii_case("or") && !w.eq_ignore_ascii_case("and/or"))
        {
            if w == "," {
                if item_words == 0 || items == MAX_UNKNOWN_ITEMS {
                    return false;
                }
                items += 1;
                item_words = 0;
            } else if item_words == MAX_ITEM_WORDS
                || !w.starts_with(|c: char| c.is_ascii_uppercase())
                || not_an_item(w)
            {
                return false;
            } else {
                item_words += 1;
            }
            word = words.next();
        }
    }
    if !word.is_some_and(|w| w.eq_ignore_ascii_case("or") || w.eq_ignore_ascii_case("and/or")) {
        return false;
    }
    let article = |w: &str| ["a", "an", "any"].iter().any(|a| w.eq_ignore_ascii_case(a));
    let mut word = words.next();
    if word.is_some_and(article) {
        word = words.next();
    }
    if !word.is_some_and(|w| or_like(w) && !article(w)) {
        return false;
    }
    // A field of study within the next three words ("related technical field").
    const FIELDS: &[&str] = &[
        "field",
        "fields",
        "discipline",
        "disciplines",
        "area",
        "areas",
        "major",
        "majors",
        "subject",
        "subjects",
    ];
    words.take(3).any(|w| {
        let w = w.trim_end_matches(['.', ',', ')', ';']);
        FIELDS.iter().any(|f| w.eq_ignore_ascii_case(f))
    })
}

/// Is `word` one of [`NOT_ITEM_WORDS`]?
fn not_an_item(word: &str) -> bool {
    NOT_ITEM_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The joint between two mentions, `between` being the text from the end of one to the
/// start of the next: commas and conjunctions, with list items the taxonomy does not know
/// between them ("AWS, GCP, or Azure"; "banking, NBFC or fintech"); `None` when it is
/// anything else (other words, a line break, ...).
fn joint(between: &str) -> Option<Joint> {
    // A semicolon ends a list: "Fluent in English; Spanish or Mandarin a plus".
    if between.len() > MAX_JOINT || between.contains(['\n', '\r', ';']) {
        return None;
    }
    if between == "/" {
        return Some(Joint::Slash);
    }
    // A word joint needs spaces around it ("Python or Java", not "Python-or-Java").
    if !between.starts_with([' ', '\t', ',', ';']) || !between.ends_with([' ', '\t', ',']) {
        return None;
    }
    let (mut or, mut and, mut comma) = (false, false, false);
    // Separators and items alternate, and a separator comes first and last.
    let mut started = false;
    let mut item_words = 0usize;
    // An item after an "or" ("... or Finance; CPA"), which a comma then ends: the
    // alternatives end there too, before the next mention.
    let mut item_after_or = false;
    let mut like = false;
    for word in list_tokens(between) {
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        let separator = if word == "," {
            if (item_after_or && item_words > 0) || like {
                return None;
            }
            comma = true;
            true
        } else if is("or") || is("and/or") {
            or = true;
            true
        } else if or && item_words == 0 && or_like(word) {
            // "NetSuite or a similar ERP": the words after "or" that say "or one like it"
            // (a comma after them ends the list: "Python or similar, SQL").
            like = true;
            true
        } else if is("and") || word == "&" {
            and = true;
            true
        } else {
            if !started
                || item_words == MAX_ITEM_WORDS
                || not_an_item(word)
                || !word
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-./+#&".contains(&b))
            {
                return None;
            }
            item_words += 1;
            item_after_or = or;
            false
        };
        if separator {
            // Two separators in a row (", or") are one; an item ends.
            started = true;
            item_words = 0;
        }
    }
    if !started || item_words > 0 {
        return None;
    }
    if or {
        Some(if and { Joint::And } else { Joint::Or })
    } else if and {
        Some(Joint::And)
    } else {
        comma.then_some(Joint::Comma)
    }
}

/// The words of `s` split at spaces and tabs, with each comma or semicolon a word "," of
/// its own.
fn list_tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches([' ', '\t']);
        if rest.is_empty() {
            return None;
        }
        if let Some(tail) = rest.strip_prefix([',', ';']) {
            rest = tail;
            return Some(",");
        }
        let len = rest.find([' ', '\t', ',', ';']).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(len);
        rest = tail;
        Some(word)
    })
}

/// The text after `end` up to the first of `stops`, within [`MAX_JOINT`] bytes (the reach of
/// a list's joint).
fn clause_after<'a>(text: &'a str, end: usize, stops: &[char]) -> &'a str {
    let mut hi = (end + MAX_JOINT).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = text.get(end..hi).unwrap_or("");
    after.split(stops).next().unwrap_or("")
}

/// Does the list go on with "and" after the mention ending at `end`, perhaps after the
/// rest of its item ("critical thinking, programming and/or scripting, and web research";
/// "container-based or serverless cloud platforms, and ...")? Then its "or" joined two
/// items only.
fn and_follows(text: &str, end: usize, next_mention: Option<usize>) -> bool {
    let line = clause_after(text, end, &['\n', '\r', '.', '(', ')', ':']);
    // Items of a few words and commas, up to an "and" right after the mention or after a
    // comma ("Linux or UNIX-like systems and knowledge of ..." is a new clause).
    let mut item_words = 0;
    let mut comma = false;
    let mut tokens = list_tokens(line);
    while let Some(word) = tokens.next() {
        if word.eq_ignore_ascii_case("and") || word == "&" {
            // Right after the mention, "and" before a word in lower case that begins no
            // mention opens a clause of its own: "R or Python and present results".
            if item_words == 0 && !comma {
                // (A word of the clause, which is a slice of `text`; a comma token is not,
                // and starts with no letter.)
                let after = tokens.next().unwrap_or("");
                let verb = after.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && {
                    let at = (after.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                    next_mention != Some(at)
                };
                return !verb;
            }
            return item_words == 0;
        }
        comma |= word == ",";
        if word == "," {
            item_words = 0;
        } else if item_words == MAX_ITEM_WORDS || not_an_item(word) {
            return false;
        } else {
            item_words += 1;
        }
    }
    false
}

/// Is the text right before `start` "or" after a space?
fn or_before(text: &str, start: usize) -> bool {
    let b = text.as_bytes()[..start].trim_ascii_end();
    b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b" or")
}

/// Does a list item the taxonomy does not know open the list that goes on at `start`,
/// after "in" or "of" ("a degree in Finance, Accounting or Economics", "in Construction
/// Management, Civil Engineering or a related field")? Then that item is one of the
/// alternatives too, and the list may be met by what no skill names.
fn unknown_item_before(text: &str, start: usize) -> bool {
    // Read backwards in ASCII bytes (a byte of another character ends an item): the
    // separator, the item's words, "in" or "of", within the reach of a list's joint.
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(MAX_JOINT);
    let mut e = start.min(bytes.len());
    while e > lo && matches!(bytes[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    let mut b = &bytes[lo..e];
    if let Some(rest) = b.strip_suffix(b",") {
        b = rest;
    } else if b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b" or") {
        b = &b[..b.len() - 3];
    } else {
        return false;
    }
    let is_item_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'&';
    let mut item: [&[u8]; MAX_ITEM_WORDS] = [&[]; MAX_ITEM_WORDS];
    let mut words = 0;
    let mut items = 0;
    loop {
        b = b.strip_suffix(b" ").unwrap_or(b);
        let len = b.iter().rev().take_while(|&&c| is_item_byte(c)).count();
        if len == 0 {
            return false;
        }
        let word = &b[b.len() - len..];
        if word.eq_ignore_ascii_case(b"in") || word.eq_ignore_ascii_case(b"of") {
            // (The item's words are checked last: most lists fail before.)
            return words > 0
                && !item[..words]
                    .iter()
                    .any(|w| std::str::from_utf8(w).is_ok_and(not_an_item));
        }
        if words == MAX_ITEM_WORDS || !word[0].is_ascii_uppercase() {
            return false;
        }
        item[words] = word;
        words += 1;
        b = &b[..b.len() - len];
        // Another unknown item before this one ("in Event Management, Hospitality or
        // Marketing").
        if let Some(rest) = b.strip_suffix(b", ") {
            if items == MAX_UNKNOWN_ITEMS
                || item[..words]
                    .iter()
                    .any(|w| std::str::from_utf8(w).is_ok_and(not_an_item))
            {
                return false;
            }
            items += 1;
            words = 0;
            b = rest;
            continue;
        }
        if !b.ends_with(b" ") {
            return false;
        }
    }
}

/// Most unknown items before the first one [`unknown_item_before`] reads.
const MAX_UNKNOWN_ITEMS: usize = 3;

/// Words that introduce examples of what comes before them ("a CRM such as Salesforce"),
/// in lower case. Not "including" ("Microsoft Office, including Excel and Word" asks for
/// them) nor "especially".
const EXAMPLE_MARKERS: &[&str] = &[
    "such as",
    "e.g.",
    "e.g",
    "eg.",
    "eg",
    "for example",
    "for instance",
    "like",
];

/// Longest run of bytes between a skill and the first of its examples.
const MAX_EXAMPLE_GAP: usize = 48;

/// The last mention of a list of examples that follows mention `i`, the skill they are
/// examples of: "a CRM such as Salesforce or HubSpot", "BI tools (e.g., Tableau, Power
/// BI)", "ClaimCenter or a similar claims system (e.g., Duck Creek)". Between the skill and
/// the marker at most two words in lower case ("tools"), or "or" and words that offer one
/// like it; the examples are the list right after the marker, whatever its conjunction
/// (an "or" ends it at the next comma, as in any list).
fn examples_after(text: &str, mentions: &[(usize, usize, usize, bool)], i: usize) -> Option<usize> {
    let next = mentions.get(i + 1)?.0;
    let between = text.get(mentions[i].1..next)?;
    if between.len() > MAX_EXAMPLE_GAP || between.contains(['\n', '\r', ';']) {
        return None;
    }
    let trimmed = between.trim_end_matches([' ', '\t', ',', ':']);
    let (before, _) = EXAMPLE_MARKERS.iter().find_map(|m| {
        let at = trimmed.len().checked_sub(m.len())?;
        let word = trimmed.get(at..)?;
        let before = &trimmed[..at];
        (word.eq_ignore_ascii_case(m) && (before.is_empty() || before.ends_with([' ', '(', '\t'])))
            .then_some((before, m))
    })?;
    let before = before
        .trim_end_matches([' ', '\t', '('])
        .trim_end_matches(',');
    let mut words = list_tokens(before).peekable();
    if words.next_if(|w| w.eq_ignore_ascii_case("or")).is_some() {
        // "or a similar claims system": one like the skill.
        words.next_if(|w| ["a", "an", "any"].iter().any(|a| w.eq_ignore_ascii_case(a)));
        if !words.next().is_some_and(or_like) {
            return None;
        }
    }
    let filler = words.try_fold(0usize, |n, w| {
        let plain = !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !not_an_item(w)
            && w != "and"
            && w != "or";
        (plain && n < 2).then_some(n + 1)
    });
    filler?;
    // The examples: the list from the next mention on.
    let mut last = i + 1;
    let (mut conjunction, mut slash) = (false, false);
    while let Some(&(s, _, _, _)) = mentions.get(last + 1) {
        match text.get(mentions[last].1..s).and_then(joint) {
            // "like Spark, Snowflake, and Redshift, building prototypes": a comma after
            // the conjunction ends the list.
            // So does one after a pair ("such as Python/R, statistical applications and
            // ...": the list goes on with items of its own).
            // ("or SQL Server, and maybe even Hadoop": any joint after the conjunction's
            // item ends it but a slash.)
            Some(j) if j != Joint::Slash && conjunction => break,
            Some(Joint::Comma | Joint::And) if last == i + 2 && slash => break,
            Some(j) => {
                conjunction |= j == Joint::Or || j == Joint::And;
                slash |= j == Joint::Slash && last == i + 1;
            }
            None => break,
        }
        last += 1;
    }
    Some(last)
}

/// Marks the skills a posting offers as alternatives. A run of mentions joined only by
/// commas and "or" ("AWS, GCP, or Azure", "Python or Java", "SQL and/or NoSQL") is a
/// group: a resume needs one of them. A run with an "and" in it or after it ("Python, SQL
/// and Tableau or Power BI") is a list of all its skills. A run with a skill that the
/// posting also asks for on its own ("SolidWorks or Creo" beside "model parts in
/// SolidWorks") is met by that skill: its other skills are no longer asked for by it, and
/// one that the posting asks for nowhere else is a plus. A duty is no such ask: "Keep
/// records in Salesforce" among the responsibilities leaves "a CRM (Salesforce or HubSpot)"
/// a choice of two. Groups that share a skill are one group. `mentions` are (start, end,
/// slot in `skills`, required), in order; `in_duties` tells, for each, whether it stands in
/// a section of duties ([`super::preference::lists_duties`]).
pub(super) fn group_alternatives(
    text: &str,
    mentions: &[(usize, usize, usize, bool)],
    in_duties: &[bool],
    skills: &mut [JobSkill],
) {
    // Two mentions of one skill side by side ("CompTIA CySA+ or GIAC GCIH": "GIAC" and
    // "GCIH") are one item: the second is no ask of its own that would meet the list.
    // (Copied only when there are such: most postings have none.)
    let side_by_side = |a: &(usize, usize, usize, bool), b: &(usize, usize, usize, bool)| {
        let gap = text.get(a.1..b.0).unwrap_or("");
        a.2 == b.2 && !gap.is_empty() && gap.bytes().all(|c| c == b' ')
    };
    let mut joined: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut joined_duties = Vec::new();
    let (mentions, in_duties) = if mentions.windows(2).any(|w| side_by_side(&w[0], &w[1])) {
        for (k, &m) in mentions.iter().enumerate() {
            if let Some(last) = joined.last_mut().filter(|last| side_by_side(last, &m)) {
                last.1 = m.1;
                last.3 |= m.3;
                continue;
            }
            joined.push(m);
            joined_duties.push(in_duties.get(k).copied().unwrap_or(false));
        }
        (&joined[..], &joined_duties[..])
    } else {
        (mentions, in_duties)
    };
    // Each run of joined mentions, as a range of `mentions`, with its joints.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let (mut has_or, mut has_and) = (false, false);
    for i in 0..mentions.len() {
        let next = mentions.get(i + 1).and_then(|&(s, _, _, _)| {
            let e = mentions[i].1;
            // Mentions never overlap; a gap past the text or inside a character is no joint.
            text.get(e..s).and_then(joint)
        });
        // A comma after an "or" ends the list of alternatives ("Python or Java, SQL, Docker":
        // SQL and Docker are asked for on their own).
        let ends = match next {
            Some(Joint::Comma) => has_or,
            Some(Joint::Slash) => false,
            Some(j) => {
                has_or |= j == Joint::Or;
                has_and |= j == Joint::And;
                false
            }
            None => true,
        };
        if ends {
            // "Statistics, Economics, Mathematics or a related field": the "or" is after
            // the last item.
            // (One item is a list too when one the taxonomy does not know opens it: "in
            // Construction Management, Civil Engineering or a related field".)
            let or_after = !has_or
                && (i > start || unknown_item_before(text, mentions[start].0))
                && or_like_follows(text, mentions[i].1);
            // "A degree in Hospitality or Marketing": one mention after an item the
            // taxonomy does not know and "or".
            let after_unknown_or = i == start
                && !has_or
                && or_before(text, mentions[i].0)
                && unknown_item_before(text, mentions[i].0);
            let next_mention = mentions.get(i + 1).map(|m| m.0);
            if (has_or || or_after || after_unknown_or)
                && !has_and
                && !and_follows(text, mentions[i].1, next_mention)
            {
                runs.push(start..i + 1);
            }
            start = i + 1;
            (has_or, has_and) = (false, false);
        }
    }
    // A skill and its examples ("a CRM such as Salesforce or HubSpot") are alternatives:
    // it or any of them meets the ask (a run they overlap joins them). Not a skill that
    // another list offers as an alternative ("Cloud" in "Spark, Flink or Cloud Dataflow"
    // before "Cloud services such as AWS or Azure"): that would make the two lists one
    // choice; its examples are still a choice among themselves. Counted once, so that the
    // work stays linear in the mentions: the lists each skill is in, the list each mention
    // is in, and each skill's firm asks (required, outside the duties).
    // (Counted at the first skill with examples: most postings have none.)
    let firm = |m: usize| mentions[m].3 && !in_duties.get(m).copied().unwrap_or(false);
    let count = || {
        let mut run_at: Vec<Option<usize>> = vec![None; mentions.len()];
        let mut lists_with = vec![0u32; skills.len()];
        let mut in_list: foldhash::HashSet<(usize, usize)> = Default::default();
        for (r, run) in runs.iter().enumerate() {
            for m in run.clone() {
                run_at[m] = Some(r);
                if in_list.insert((r, mentions[m].2)) {
                    lists_with[mentions[m].2] += 1;
                }
            }
        }
        let mut firm_asks = vec![0u32; skills.len()];
        for m in 0..mentions.len() {
            firm_asks[mentions[m].2] += u32::from(firm(m));
        }
        (run_at, lists_with, in_list, firm_asks)
    };
    let mut counts = None;
    let mut heads = vec![false; mentions.len()];
    // The runs of a skill and its examples, in order.
    let mut examples: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i + 1 < mentions.len() {
        let Some(last) = examples_after(text, mentions, i) else {
            i += 1;
            continue;
        };
        let (run_at, lists_with, in_list, firm_asks) = counts.get_or_insert_with(count);
        let slot = mentions[i].2;
        let own_list = run_at[i + 1].is_some_and(|r| in_list.contains(&(r, slot)));
        let in_another_run = lists_with[slot] > u32::from(own_list);
        // (Nor does it meet that list on its own.)
        heads[i] |= in_another_run;
        // Nor a skill the posting asks for on its own elsewhere ("machine learning" beside
        // "a machine learning framework such as TensorFlow or PyTorch"): it is asked for
        // as such, and one of its examples too.
        let here = (i..=last)
            .filter(|&m| mentions[m].2 == slot && firm(m))
            .count();
        let asked_alone = firm_asks[slot] as usize > here;
        let elsewhere = in_another_run || asked_alone;
        if !(elsewhere && last == i + 1) {
            examples.push(if elsewhere { i + 1 } else { i }..last + 1);
        }
        i = last + 1;
    }
    // The runs and the runs of examples, in order, those that overlap as one (runs do not
    // overlap each other, nor do runs of examples), with the starts of those that hold
    // examples (in order: runs are pushed in order of start).
    let mut with_examples = Vec::new();
    if !examples.is_empty() {
        let mut all: Vec<(std::ops::Range<usize>, bool)> = runs
            .drain(..)
            .map(|r| (r, false))
            .chain(examples.into_iter().map(|r| (r, true)))
            .collect();
        all.sort_by_key(|(r, _)| r.start);
        for (r, ex) in all {
            match runs.last_mut() {
                Some(prev) if r.start < prev.end => {
                    prev.end = prev.end.max(r.end);
                    if ex && with_examples.last() != Some(&prev.start) {
                        with_examples.push(prev.start);
                    }
                }
                _ => {
                    if ex {
                        with_examples.push(r.start);
                    }
                    runs.push(r);
                }
            }
        }
    }
    if runs.is_empty() {
        return;
    }
    // The skills mentioned outside every run: (any mention, a required one).
    let mut in_a_run = vec![false; mentions.len()];
    for run in &runs {
        in_a_run[run.clone()].fill(true);
    }
    let mut alone = vec![(false, false); skills.len()];
    for (m, &(_, _, slot, required)) in mentions.iter().enumerate() {
        if !in_a_run[m] && !heads[m] {
            alone[slot].0 = true;
            alone[slot].1 |= required && !in_duties.get(m).copied().unwrap_or(false);
        }
    }
    // A run is met by a member asked for on its own as firmly as the run asks for it (a
    // required run by a required mention, a plus by any).
    let met = |run: &std::ops::Range<usize>| {
        // (Not a list of a skill and its examples after an unknown item: "Fluency in
        // SQL, CLI commands, scripting languages such as Python/R".)
        (unknown_item_before(text, mentions[run.start].0)
            && with_examples.binary_search(&run.start).is_err())
            || mentions[run.clone()].iter().any(|&(_, _, slot, required)| {
                let (any, firmly) = alone[slot];
                if required {
                    firmly
                } else {
                    any
                }
            })
    };
    let (met_runs, runs): (Vec<_>, Vec<_>) = runs.into_iter().partition(met);
    if !met_runs.is_empty() {
        // A skill that only a met run asks for firmly is a plus: whether it is required
        // is read again from its mentions outside the met runs.
        // Not a list of three or more with "and/or" ("SQL, Python and/or R" with Python
        // asked for elsewhere asks for SQL too): it may as well be a list of all of them,
        // and keeps what its skills were.
        let and_or = |run: &std::ops::Range<usize>| {
            run.len() >= 3
                && text
                    .get(mentions[run.start].1..mentions[run.end - 1].0)
                    .is_some_and(|between| {
                        between
                            .as_bytes()
                            .windows(6)
                            .any(|w| w.eq_ignore_ascii_case(b"and/or"))
                    })
        };
        let mut in_met = vec![false; mentions.len()];
        for run in met_runs.iter().filter(|r| !and_or(r)) {
            in_met[run.clone()].fill(true);
        }
        let mut required = vec![false; skills.len()];
        let mut touched = vec![false; skills.len()];
        for (m, &(_, _, slot, req)) in mentions.iter().enumerate() {
            if in_met[m] {
                touched[slot] = true;
            } else {
                required[slot] |= req;
            }
        }
        for (slot, skill) in skills.iter_mut().enumerate() {
            if touched[slot] {
                skill.required = required[slot];
            }
        }
    }
    // Groups as a union-find over the slots (a skill in two runs joins them).
    let mut parent: Vec<usize> = (0..skills.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut grouped = vec![false; skills.len()];
    for run in &runs {
        let mut members = mentions[run.clone()].iter().map(|&(_, _, slot, _)| slot);
        let Some(first) = members.next() else {
            continue;
        };
        for slot in members {
            // What is asked for and what is a plus are no alternatives of each other
            // ("a degree in Finance or Accounting ... MBA or CFA a plus").
            if slot != first && skills[slot].required == skills[first].required {
                let (a, b) = (root(&mut parent, first), root(&mut parent, slot));
                parent[a.max(b)] = a.min(b);
                grouped[first] = true;
                grouped[slot] = true;
            }
        }
    }
    // Numbered in order of first mention (slots are in that order).
    let mut number: Vec<Option<u32>> = vec![None; skills.len()];
    let mut next = 0u32;
    for slot in 0..skills.len() {
        if grouped[slot] {
            let r = root(&mut parent, slot);
            let n = *number[r].get_or_insert_with(|| {
                next += 1;
                next - 1
            });
            skills[slot].group = Some(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn alternatives_are_all_required_or_all_a_plus() {
        let ex = Extractor::builtin();
        let groups = |t: &str| -> Vec<(String, bool, Option<u32>)> {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .skills
                .into_iter()
                .map(|s| (s.name, s.required, s.group))
                .collect()
        };
        let got = groups("Fluent in English; Spanish or Mandarin a plus");
        let english = got.iter().find(|s| s.0 == "English").unwrap();
        assert_eq!((english.1, english.2), (true, None), "{got:?}");
        let others: Vec<_> = got.iter().filter(|s| s.0 != "English").collect();
        assert!(others.iter().all(|s| !s.1 && s.2.is_some()), "{got:?}");
        let got = groups("Degree in Statistics, Accounting, or Economics; MBA or CFA a plus");
        for (name, required, group) in &got {
            let plus = name.contains("Chartered") || name.contains("MBA");
            assert_eq!(*required, !plus, "{got:?}");
            if let (true, Some(g)) = (plus, group) {
                assert!(got.iter().all(|o| o.1 || o.2 == Some(*g)), "{got:?}");
            }
        }
        // "Finance" names no skill: a finance graduate meets the list, whose skills are
        // then a plus.
        let got = groups("Degree in Finance, Accounting, or Economics; MBA or CFA a plus");
        assert!(got.iter().all(|s| !s.1), "{got:?}");
    }

    #[test]
    fn a_list_opened_by_an_item_the_taxonomy_does_not_know_may_be_met_by_it() {
        let ex = Extractor::builtin();
        let required = |text: &str| -> Vec<(String, bool)> {
            Job::parse(text, &ex)
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.required))
                .collect()
        };
        // "Construction Science" names no skill: civil engineering is not asked for alone.
        let got = required(
            "Requirements\n- Bachelor's degree in Construction Science, Civil Engineering or related field\n",
        );
        assert!(
            got.iter().all(|(n, r)| n != "civil engineering" || !r),
            "{got:?}"
        );
        // Items the taxonomy knows keep the list required.
        let got = required(
            "Requirements\n- Degree in Statistics, Economics, Mathematics or a related field\n",
        );
        assert!(got.iter().any(|(n, r)| n == "statistics" && *r), "{got:?}");
    }

    #[test]
    fn fields_before_unknown_ones_and_a_related_field_are_alternatives() {
        let ex = Extractor::builtin();
        let groups = |text: &str| -> Vec<(String, Option<u32>)> {
            Job::parse(text, &ex)
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.group))
                .collect()
        };
        for text in [
            "Requirements\n- Degree in Psychology, Anthropology, Cognitive Science, or a related field\n",
            "Requirements\n- Degree in Psychology, Anthropology, Cognitive Science or a related field\n",
            "Requirements\n- Degree in Psychology, Anthropology, Cognitive Science, Design Research, or a related discipline\n",
        ] {
            let got = groups(text);
            let of = |name: &str| got.iter().find(|(n, _)| n == name).and_then(|(_, g)| *g);
            assert!(of("psychology").is_some(), "{text}: {got:?}");
            assert_eq!(of("psychology"), of("anthropology"), "{text}: {got:?}");
        }
        // Not without the related field, nor with words that make no list item.
        for text in [
            "Requirements\n- Degree in Psychology, Anthropology, Cognitive Science\n",
            "Requirements\n- Psychology, Anthropology, knowledge of statistics, or a related field\n",
        ] {
            let got = groups(text);
            assert!(got.iter().all(|(_, g)| g.is_none()), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_skill_and_its_examples_are_alternatives() {
        let ex = Extractor::builtin();
        // Each group of alternatives, as the first words of its skills' names, and the
        // skills asked for on their own.
        let read = |text: &str| -> (Vec<Vec<String>>, Vec<String>) {
            let job = Job::parse(&format!("Requirements:\n- {text}\n"), &ex);
            let first = |s: &JobSkill| s.name.split([' ', '(']).next().unwrap_or("").to_owned();
            let groups = job
                .alternatives()
                .into_iter()
                .map(|g| g.into_iter().map(first).collect())
                .collect();
            let alone = job
                .skills
                .iter()
                .filter(|s| s.group.is_none())
                .map(first)
                .collect();
            (groups, alone)
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "Experience with a CRM such as Salesforce or HubSpot",
                &["customer", "Salesforce", "HubSpot"],
            ),
            ("CRM tools such as Salesforce", &["customer", "Salesforce"]),
            (
                "BI tools (e.g., Tableau, Power BI)",
                &["business", "Tableau", "Microsoft"],
            ),
            (
                "Accounting software like QuickBooks and Xero",
                &["Accounting", "Intuit", "Xero"],
            ),
            // One like the skill, then its examples.
            (
                "Guidewire ClaimCenter or a similar claims system (e.g., Duck Creek Claims)",
                &["Guidewire", "Duck"],
            ),
        ];
        for (text, want) in cases {
            let (groups, alone) = read(text);
            assert_eq!(groups, [want.to_vec()], "{text}: alone {alone:?}");
        }
        // A list after the examples' conjunction, or after a pair, is not theirs.
        let (groups, alone) =
            read("Cloud platforms like AWS and Azure, building prototypes and Docker");
        assert_eq!(groups, [["cloud", "Amazon", "Microsoft"]], "{alone:?}");
        assert!(alone.iter().any(|s| s == "Docker"), "{alone:?}");
        let (groups, alone) = read(
            "Fluency in SQL, CLI commands, scripting languages such as Python/R, statistical applications and Tableau",
        );
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert!(alone.iter().any(|s| s == "Tableau"), "{groups:?} {alone:?}");
        // Not "including" (the list is asked for), nor words between that are no part of
        // the skill's name.
        for text in [
            "Microsoft Office, including Excel and Word",
            "Strong Python skills, with frameworks such as Django and Flask",
        ] {
            let (groups, _) = read(text);
            assert!(groups.is_empty(), "{text}: {groups:?}");
        }
        let (groups, alone) = read(
            "Relational databases such as PostgreSQL, Oracle or SQL Server, and maybe even Hive",
        );
        assert_eq!(
            groups,
            [["database", "PostgreSQL", "Oracle", "SQL"]],
            "{alone:?}"
        );
        assert!(alone.iter().any(|s| s == "Apache"), "{alone:?}");
        // A skill asked for on its own elsewhere stays so, and its examples are a choice
        // among themselves.
        let (groups, alone) =
            read("Machine learning\n- A machine learning framework such as TensorFlow or PyTorch");
        assert_eq!(groups, [["TensorFlow", "PyTorch"]], "{alone:?}");
        assert_eq!(alone, ["machine"], "{groups:?}");
        // Two mentions of one skill side by side are one item.
        let (groups, alone) = read("Must hold CompTIA Security+, CompTIA CySA+ or GIAC GCIH");
        assert_eq!(groups, [["CompTIA", "CompTIA", "GIAC"]], "{alone:?}");
        // A skill that another list offers keeps that list apart: its examples are a
        // choice among themselves.
        let (groups, _) =
            read("Spark, Flink or cloud services; cloud services such as AWS, Azure or GCP");
        assert_eq!(groups.len(), 2, "{groups:?}");
    }

    #[test]
    fn an_and_at_the_end_of_a_list_reads_safely() {
        // "and" as the clause's last word, or before a comma: nothing after it to read.
        for text in [
            "Requirements\n- Python or Java and\n- Docker\n",
            "Requirements\n- Python or Java and, ideally, Spark\n",
            "Python or Java &",
        ] {
            let job = Job::parse(text, &Extractor::builtin());
            assert!(job.skills.len() >= 2, "{text}");
        }
    }

    #[test]
    fn skills_offered_as_alternatives_share_a_group() {
        let ex = Extractor::builtin();
        // (posting, the names in each group, in order).
        let cases: &[(&str, &[&[&str]])] = &[
            (
                "Requirements\n- AWS, GCP, or Azure\n",
                &[&[
                    "Amazon Web Services AWS software",
                    "Google Cloud Platform",
                    "Microsoft Azure software",
                ]],
            ),
            (
                "Requirements\n- Python or Java experience\n- SQL and/or NoSQL\n",
                &[&["Python", "Java"], &["SQL", "NoSQL"]],
            ),
            // Groups sharing a skill are one.
            (
                "Requirements\n- Python or Java\n- Java or C#\n",
                &[&["Python", "Java", "C#"]],
            ),
            // A slash joins a pair into a run an "or" makes alternatives; alone, not.
            (
                "Requirements\n- JavaScript/TypeScript or Python\n- HTML/CSS\n",
                &[&["JavaScript", "TypeScript", "Python"]],
            ),
            // A comma after an "or" ends the alternatives.
            (
                "Requirements\n- Python or Java, SQL, Docker\n",
                &[&["Python", "Java"]],
            ),
            (
                "Requirements\n- Python or Java, Go or Rust\n",
                &[&["Python", "Java"], &["Go", "Rust"]],
            ),
            // So does a semicolon after an item the taxonomy does not know.
            (
                "Requirements\n- Degree in Accounting or Finance; CPA, Python or Java\n",
                &[&["Certified Public Accountant", "Python", "Java"]],
            ),
            // "or similar" is no item of the list; after the last of several items, it
            // makes them alternatives, as after "NetSuite or a similar ERP".
            ("Requirements\n- Python or similar, SQL\n", &[]),
            (
                "Requirements\n- Degree in Statistics, Economics, Mathematics or a related field\n",
                &[&["statistics", "economics", "mathematics"]],
            ),
            (
                "Requirements\n- Degree in Physics, Chemistry, or a related technical discipline\n",
                &[&["physics", "chemistry"]],
            ),
            // "Or similar" after a list qualifies its last item: all are asked for.
            ("Requirements\n- Kafka, Redis, RabbitMQ, or similar.\n", &[]),
            (
                "Requirements\n- BLS, ACLS, PALS, or equivalent certification\n",
                &[],
            ),
            (
                "Requirements\n- NetSuite or a similar ERP\n",
                &[&["NetSuite ERP", "Enterprise resource planning ERP software"]],
            ),
            ("Requirements\n- Python, SQL and Docker, or similar\n", &[]),
            (
                "Requirements\n- AWS or equivalent cloud, Terraform\n",
                &[&["Amazon Web Services AWS software", "cloud technologies"]],
            ),
            // An "and" makes the list one of all its skills.
            ("Requirements\n- Python, SQL and Tableau or Power BI\n", &[]),
            ("Requirements\n- Python, SQL, Docker\n", &[]),
            // Only commas and "or" join a group, on one line, with at most a few words of
            // an item the taxonomy does not know between them.
            ("Requirements\n- Python, with Java or\nC#\n", &[]),
            ("Requirements\n- Python; or-Java\n", &[]),
            (
                "Requirements\n- Python, with Java or C#\n",
                &[&["Java", "C#"]],
            ),
            (
                "Requirements\n- 2 years in banking, NBFC or fintech\n",
                &[&["banking activities", "financial technology"]],
            ),
            ("Requirements\n- Python, some other language or Java\n", &[]),
            ("Requirements\n- Python or experience in Java\n", &[]),
            // A list that goes on with "and" is one of all its skills.
            (
                "Requirements\n- Excel, Python and/or Java, and good humour\n",
                &[],
            ),
            (
                "Requirements\n- Excel, Python or Java code, and good humour\n",
                &[],
            ),
            (
                "Requirements\n- Excel, Python or Java code. And humour\n",
                &[&["Microsoft Excel", "Python", "Java"]],
            ),
            // An "and" after the item's own words, without a comma, starts a new clause.
            (
                "Requirements\n- Linux or UNIX-like systems and knowledge of Excel\n",
                &[&["Linux", "UNIX"]],
            ),
            // A skill asked for on its own elsewhere meets the lists it is in: they are
            // no alternatives (another list that shares a skill with them still is).
            (
                "Requirements\n- Python or Java\n- Strong Python skills\n",
                &[],
            ),
            ("Requirements\n- SQL, Python and/or R\n- Python\n", &[]),
            (
                "Requirements\n- Go or Rust\n- Rust or Java\n- Java\n- Scala or Kotlin\n",
                &[&["Go", "Rust"], &["Scala", "Kotlin"]],
            ),
            // Asked for on its own only as a plus, a skill does not meet a required list.
            (
                "Requirements\n- Python or Java\nNice to have\n- Python\n",
                &[&["Python", "Java"]],
            ),
            (
                "Requirements\n- Python\n- Java, Go or Rust\n",
                &[&["Java", "Go", "Rust"]],
            ),
        ];
        for (text, want) in cases {
            let job = Job::parse(text, &ex);
            // "Python (computer programming)" as "Python".
            let got: Vec<Vec<&str>> = job
                .alternatives()
                .into_iter()
                .map(|g| {
                    g.into_iter()
                        .map(|s| s.name.split(" (").next().unwrap_or_default())
                        .collect()
                })
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
        // The skills of a met list that nothing else asks for are a plus: a resume with
        // SolidWorks meets "SolidWorks or Creo" beside "model parts in SolidWorks".
        let solidworks =
            "Requirements\n- Proficiency in SolidWorks or Creo\n- Model parts in SolidWorks\n";
        let java = "Requirements\n- Python or Java\n- Strong Python skills\n";
        let rust = "Requirements\n- Go or Rust\n- Rust or Java\n- Java\n";
        // A list of three or more with "and/or" may be a list of all of them.
        let and_or = "Requirements\n- SQL, Python and/or R\n- Python\n";
        for (text, name, required) in [
            (solidworks, "SolidWorks", true),
            (solidworks, "Creo", false),
            (java, "Python", true),
            (java, "Java", false),
            (rust, "Java", true),
            (rust, "Go", true),
            (and_or, "SQL", true),
        ] {
            let job = Job::parse(text, &ex);
            let skill = job.skills.iter().find(|s| s.name.contains(name));
            assert_eq!(
                skill.map(|s| s.required),
                Some(required),
                "{name} in {text:?}"
            );
        }
        // A duty that names one of them leaves the choice open: a resume with HubSpot
        // alone meets "a CRM (Salesforce or HubSpot)" beside "Keep records in Salesforce"
        // among the responsibilities.
        let crm = "Responsibilities\n- Keep accurate records in Salesforce\n\
                   Requirements\n- Experience with a CRM (Salesforce or HubSpot)\n";
        let job = Job::parse(crm, &ex);
        let group = |name: &str| {
            let skill = job.skills.iter().find(|s| s.name.starts_with(name));
            skill.map(|s| (s.required, s.group))
        };
        assert_eq!(group("Salesforce"), Some((true, Some(0))), "{crm:?}");
        assert_eq!(group("HubSpot"), Some((true, Some(0))), "{crm:?}");
        // The group number travels with the profile.
        let job = Job::parse(cases[0].0, &ex);
        assert_eq!(Job::from_json(&job.to_json()).unwrap(), job);
    }
}
