//! The skills a statement of years names: those in the clause after it ("3+ years of
//! Python and Django") or just before it on its line ("Python: 3+ years"), up to where
//! another requirement begins.

use super::YearsStatement;

/// How far before a statement of years its line start is looked for.
pub(crate) const LINE_LOOKBACK: usize = 300;

/// The mentions a statement of years is about, as indices into `items` (mentions sorted by
/// start, `span` giving each one's start and end): those in the clause after it ("3+ years
/// of Python and Django"), or, when there are none, those just before it on its line
/// ("Python: 3+ years", "Python developer with 5 years of experience"). The flag says
/// whether they came before. Found by binary search, looking back at most `LINE_LOOKBACK`
/// bytes for the line start, so that many statements on one long line stay linear.
pub(crate) fn tied_mentions<T>(
    text: &str,
    st: &YearsStatement,
    items: &[T],
    span: impl Fn(&T) -> (usize, usize),
) -> (Vec<usize>, bool) {
    let from = |pos: usize| items.partition_point(|m| span(m).0 < pos);
    let rest = st.after_part.map_or(0..0, |(a, b)| from(a)..from(b));
    let clause_end = text
        .get(st.end..st.clause_end)
        .map_or(st.clause_end, |clause| st.end + tied_clause_len(clause));
    let after: Vec<usize> = (from(st.end)..from(clause_end)).chain(rest).collect();
    if !after.is_empty() {
        return (after, false);
    }
    // "2+ years of Java, 5+ years total experience": years said to be the whole career's
    // are no skill's before them.
    let next_words = text.get(st.end..clause_end).unwrap_or("").trim_start();
    let next_words = next_words
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("of "))
        .map_or(next_words, |_| next_words[3..].trim_start());
    if ["total", "overall", "in total", "combined"]
        .iter()
        .any(|w| {
            next_words
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
                && !next_words[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    {
        return (Vec::new(), true);
    }
    let mut lo = st.start.saturating_sub(LINE_LOOKBACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let line_start = text[lo..st.start].rfind('\n').map_or(lo, |i| lo + i + 1);
    let before = (from(line_start)..from(st.start))
        .filter(|&i| {
            let e = span(&items[i]).1;
            e <= st.start
                && text[e..st.start]
                    .trim()
                    .trim_end_matches(|c: char| c.is_alphabetic() || c == ' ')
                    .chars()
                    .all(|c| ":-–—(,".contains(c))
        })
        .collect();
    (before, true)
}

/// How much of `clause` (the text after a statement of years, to its clause's end) the
/// years are about: all of it, or up to where another requirement begins:
/// - a joiner and an adjective that opens a requirement ("5 years of experience and
///   strong Excel skills");
/// - after words that say what the years are of, a joiner and a noun of another
///   requirement ("2 years of retail experience, proficiency in Excel", "... with Python,
///   and experience with Kubernetes"; not "5+ years of experience and expertise in Java");
/// - a joiner after "N years of X experience", X a word of its own ("5+ years of Python
///   experience and Docker"; not "3+ years of Python and Django experience").
///
/// A list of skills stays whole ("3+ years of Python, Django and Flask").
fn tied_clause_len(clause: &str) -> usize {
    /// The nouns that head a requirement of their own.
    const HEADS: &[&str] = &[
        "experience",
        "exp",
        "background",
        "expertise",
        "knowledge",
        "familiarity",
        "proficiency",
        "understanding",
        "skills",
        "ability",
        "exposure",
        "certification",
        "certifications",
    ];
    /// Adjectives that open a requirement of their own ("and strong Excel skills").
    /// ("Advanced", "basic", "deep" and "good" begin skills as often: "and advanced
    /// analytics", "deep learning", "good manufacturing practice".)
    const OPENERS: &[&str] = &[
        "strong",
        "solid",
        "excellent",
        "demonstrated",
        "proven",
        "working",
        "thorough",
        "proficient",
        "familiar",
        "fluent",
        "knowledgeable",
        "hands",
    ];
    /// Words between the years and "experience" that say no more than "experience".
    const PLAIN: &[&str] = &[
        "of",
        "relevant",
        "professional",
        "related",
        "total",
        "overall",
        "progressive",
        "prior",
        "previous",
        "proven",
        "work",
        "working",
        "practical",
        "hands",
        "on",
        "full",
        "time",
        "paid",
        "demonstrated",
        "recent",
        "direct",
    ];
    let lower = clause.to_ascii_lowercase();
    // The words of the clause (runs of ASCII letters and digits), read once.
    let words = super::super::runs(lower.as_bytes(), |b| b.is_ascii_alphanumeric());
    let word = |k: usize| words.get(k).map_or("", |&(s, e)| &lower[s..e]);
    // Whether a word before the joiner says what the experience is of ("retail",
    // "Python"; not "of relevant experience").
    let mut of_something = false;
    let mut k = 0;
    while k < words.len() {
        let (ws, _) = words[k];
        let gap_start = if k == 0 { 0 } else { words[k - 1].1 };
        let gap = &lower[gap_start..ws];
        // A joiner before word `k`: where it starts, and the first word after it.
        let joiner = if k == 0 {
            None
        } else if let Some(p) = gap.find([',', ';']) {
            let after = if word(k) == "and" { k + 1 } else { k };
            Some((gap_start + p, after))
        } else if gap.contains('&') {
            Some((gap_start + gap.find('&').unwrap_or(0), k))
        } else if matches!(word(k), "and" | "plus") {
            Some((ws.saturating_sub(1), k + 1))
        } else if word(k) == "as" && word(k + 1) == "well" && word(k + 2) == "as" {
            Some((ws.saturating_sub(1), k + 3))
        } else {
            None
        };
        if let Some((j, after)) = joiner {
            let right: [&str; 4] = std::array::from_fn(|i| word(after + i));
            let first = right
                .iter()
                .find(|w| !matches!(**w, "a" | "an" | "the"))
                .filter(|w| !w.is_empty());
            let opens = first.is_some_and(|w| OPENERS.contains(w));
            let next_head = first.is_some_and(|w| HEADS.contains(w));
            let experience_of_something =
                of_something && matches!(word(k - 1), "experience" | "exp" | "background");
            // ", including Django", ", especially AWS": what follows is of the same
            // requirement; ", with Python": the same requirement goes on.
            if right.first().is_some_and(|w| {
                matches!(
                    *w,
                    "including"
                        | "especially"
                        | "particularly"
                        | "preferably"
                        | "ideally"
                        | "such"
                        | "e"
                        | "i"
                )
            }) {
                break;
            }
            let goes_on = right
                .first()
                .is_some_and(|w| matches!(*w, "with" | "in" | "using"));
            if !goes_on && (opens || (of_something && (next_head || experience_of_something))) {
                return j;
            }
            // The joiner's own words ("and", "as well as") are of neither side.
            if after > k {
                k = after;
                continue;
            }
        }
        let w = word(k);
        of_something |= !PLAIN.contains(&w) && !HEADS.contains(&w);
        k += 1;
    }
    clause.len()
}

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn a_clause_ends_where_the_next_statement_starts() {
        let text = "5 years of software engineering experience, including 2 years with Kubernetes";
        let mut ignored = Vec::new();
        let st = find_statements(
            text,
            &Starts::new(text).units,
            true,
            |_| Context::RequirementsList,
            &[],
            &mut ignored,
        );
        assert_eq!(st.len(), 2);
        assert_eq!(st[0].clause_end, st[1].start);
        assert_eq!(st[1].clause_end, text.len());
    }
}
