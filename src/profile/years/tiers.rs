//! Years offered as alternatives with degrees ("3 years with a Master's or 5 with a
//! Bachelor's"): the tiers of which the smallest minimum counts.

use std::sync::OnceLock;

use regex::Regex;

use super::super::abbreviation_dot;
use super::super::statement::never;

/// Degree names as they appear in tiered requirements ("BS/BA", "MS", "Ph.D.", "a
/// Master's degree", "graduate degree"), lower case.
const DEGREE: &str = r"(?:(?:a|an)\s+)?(?:b\.?s\.?c?|b\.?a\.?|m\.?s\.?c?|m\.?a\.?|mba|bba|[bm]s(?:me|ee|ce|che|ie|cs|it|ba|n|w|e)|[bm]\.?tech|[bm]\.?eng|pharm\.?\s?d|ph\.?\s?d\.?|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|doctorate|(?:graduate(?:[-\s]level)?|advanced|associate(?:'s|’s)?)\s+degree)(?:\s*/\s*(?:b\.?s\.?c?|b\.?a\.?|m\.?s\.?c?|m\.?a\.?|ph\.?\s?d\.?|mba))*(?:\s+degree)?";

/// Is `between`, the text from the end of one statement of years to the start of the next,
/// what joins alternatives? The next is an alternative when `between`
/// - ends with "or", perhaps with a degree and "with" / "and" after it ("... or 5 years",
///   "(or MA/MS and 2 years", "or PhD with 3 years"), also after a `;` that ends the first
///   ("...; or 3+ years");
/// - ends with a comma and a degree ("BS with 7 years, MS with 5 years");
/// - or starts by making the first one depend on a degree ("2 years (if PhD) and 3+").
///
/// Statements on different lines, or further apart than 200 bytes, are never alternatives.
pub(super) fn is_alternative(between: &str) -> bool {
    static RE: OnceLock<[Regex; 3]> = OnceLock::new();
    let [or_end, tier_end, condition] = RE.get_or_init(|| {
        let compile = |p: String| Regex::new(&p).unwrap_or_else(|_| never());
        [
            compile(format!(
                r"(?i)(?:^|[^a-z])or\s*(?:{DEGREE})?\s*(?:with|and|plus|\+)?\s*\(?\s*$"
            )),
            compile(format!(
                r"(?i),\s*(?:{DEGREE})\s*(?:with|and|plus|\+|:)?\s*\(?\s*$"
            )),
            compile(format!(r"(?i)^[\s’'+)]*\(?\s*(?:if|with)\s+(?:{DEGREE})")),
        ]
    });
    if between.len() > 200 || between.contains('\n') {
        return false;
    }
    // A sentence ends between them (a `;`, or a dot after a word and before a blank, not
    // the one of "Ph.D."): only "or" may go on from it.
    let b = between.as_bytes();
    let end_of_sentence = (0..b.len()).rev().find(|&i| {
        b[i] == b';'
            || (b[i] == b'.'
                && b.get(i + 1).is_some_and(u8::is_ascii_whitespace)
                && i >= 2
                && b[i - 1].is_ascii_alphabetic()
                && b[i - 2].is_ascii_alphabetic()
                && !abbreviation_dot(b, i))
    });
    match end_of_sentence {
        Some(i) => {
            let tail = &between[i + 1..];
            tail.trim_start()
                .get(..2)
                .is_some_and(|w| w.eq_ignore_ascii_case("or"))
                && or_end.is_match(tail)
        }
        None => {
            or_end.is_match(between) || tier_end.is_match(between) || condition.is_match(between)
        }
    }
}

/// Does the text after a number of years say only how much it is asked for ("(Required)",
/// "(Preferred)", "minimum", "or more"), as job boards write a skill's years ("Python: 3
/// years (Required)")?
pub(super) fn says_level(after: &str) -> bool {
    const LEVELS: &[&str] = &[
        "required",
        "preferred",
        "desired",
        "a plus",
        "nice to have",
        "minimum",
        "min",
        "mandatory",
        "must",
        "or more",
        "or equivalent",
        "recommended",
    ];
    let inner = after
        .trim_start_matches(['(', '[', ' '])
        .trim_end_matches(|c: char| c.is_whitespace() || ".)],;".contains(c));
    LEVELS.contains(&inner)
}

#[cfg(test)]
mod tests {
    use super::super::tests::prose;

    #[test]
    fn alternatives_keep_the_smallest_minimum() {
        let mut ignored = Vec::new();
        let got = prose(
            "3 years of experience with a Master's or 5 with a Bachelor's.",
            &mut ignored,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].min_years, 3.0);
        assert_eq!(got[0].alternatives, [5.0]);
        let got = prose("7 years of experience with a Bachelor's degree or 5 years of experience with a Master's degree.", &mut ignored);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].min_years, got[0].alternatives.clone()),
            (5.0, vec![7.0])
        );
        let got = prose(
            "6 years of experience with a Bachelor's, or graduate level degree with 2 years.",
            &mut ignored,
        );
        assert_eq!(
            (got[0].min_years, got[0].alternatives.clone()),
            (2.0, vec![6.0])
        );
        // In brackets, with a "+" and no unit. (The top of a range goes with its tier,
        // which is not the minimum.)
        for (text, max) in [
            ("5–10 years of experience (or 3+ with an MS).", None),
            ("5–10 years of experience (or 3+ years with an MS).", None),
            ("5+ years of experience (or 3 with a PhD).", None),
        ] {
            let got = prose(text, &mut ignored);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(
                (
                    got[0].min_years,
                    got[0].max_years,
                    got[0].alternatives.clone()
                ),
                (3.0, max, vec![5.0]),
                "{text}"
            );
        }
    }

    #[test]
    fn tiered_and_conditional_alternatives_keep_the_smallest_minimum() {
        let mut ignored = Vec::new();
        let mins = |text: &str, ignored: &mut Vec<_>| -> Vec<(f64, Vec<f64>)> {
            prose(text, ignored)
                .into_iter()
                .map(|st| (st.min_years, st.alternatives))
                .collect()
        };
        for (text, want) in [
            (
                "BS/BA with 7 years of experience, MS/MA with 5 years of experience, or Ph.D. \
                 with 3 years of experience.",
                vec![(3.0, vec![7.0, 5.0])],
            ),
            (
                "Three (3) to five (5) years' experience (or MA/MS and two (2) years of \
                 experience) in data work.",
                vec![(2.0, vec![3.0])],
            ),
            (
                "5+ years of experience as an analyst and a Bachelor's degree; or 3+ years of \
                 experience and a Master's degree.",
                vec![(3.0, vec![5.0])],
            ),
            (
                "A degree in statistics with at least 2 years (if PhD) and 3+ years of relevant \
                 work experience otherwise.",
                vec![(2.0, vec![3.0])],
            ),
            // Degrees written with their field's letters.
            (
                "BSME with 3+ years of mechanical design experience, or MSME with 1+ year of \
                 experience.",
                vec![(1.0, vec![3.0])],
            ),
            (
                "BSN with 2 years of experience, MSN with 1 year of experience.",
                vec![(1.0, vec![2.0])],
            ),
            // Not alternatives: two requirements side by side (MSSQL is no degree).
            (
                "5+ years of experience with Java, MSSQL and 3+ years of experience with Python.",
                vec![(5.0, vec![]), (3.0, vec![])],
            ),
            (
                "5+ years of experience in Java or Python and 3 years of experience with AWS.",
                vec![(5.0, vec![]), (3.0, vec![])],
            ),
            (
                "5 years of experience with a BS in CS and 2 years of management experience.",
                vec![(5.0, vec![]), (2.0, vec![])],
            ),
            (
                "4 years of experience with a Bachelor's degree; 2 years of people management \
                 experience.",
                vec![(4.0, vec![]), (2.0, vec![])],
            ),
            (
                "5 years of experience in sales.\nOr 3 years of experience in marketing.",
                vec![(5.0, vec![]), (3.0, vec![])],
            ),
        ] {
            assert_eq!(mins(text, &mut ignored), want, "{text}");
        }
    }
}
