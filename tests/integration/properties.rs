//! Property tests over the public entry points: any text parses without panicking into
//! profiles whose spans are inside the text, that round-trip through JSON to equal values,
//! and whose score is in [0, 1] and equal to the `cdist` and `top_k` entries.

use jobmatch::{matching::RankBy, Extractor, Job, Matcher, Resume, Taxonomy, YearMonth};
use proptest::prelude::*;

/// Document-like text: skill names, headings, dates, years and degrees, mixed with any
/// Unicode.
fn document() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Python",
        "C++",
        "k8s",
        "SQL",
        "Node.js",
        "CI/CD",
        "Requirements:",
        "Experience\n",
        "Education\n",
        "Nice to have:",
        "Jan 2019 - Present",
        "03/2017 - 06/2020",
        "2015 – 2017",
        "5+ years of experience",
        "2-5 years",
        "B.S. in Computer Science",
        "Ph.D.",
        "(",
        ")",
        "\n",
        " - ",
        "•",
        ";",
        "401(k)",
        "Summer 2020",
        "18 months",
        "\u{301}",
        "\u{1F600}",
        "\u{202E}",
        "\u{0}",
        "ﬁ",
        "İ",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_owned), "\\PC{0,8}", any::<String>()],
        0..30,
    )
    .prop_map(|v| v.join(" "))
}

/// A page in two columns side by side: lines of a left and a right column (headings,
/// skills, dates, any Unicode) padded to a gutter of any width, with lines of the page's
/// width among them.
fn two_columns() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Skills",
        "EXPERIENCE",
        "Education",
        "Languages",
        "Profile",
        "Python, SQL",
        "Data Engineer",
        "Acme Ltd, 03/2019 - Present",
        "2015 – 2017",
        "BSc Computer Science",
        "- Built Kubernetes clusters",
        "English – fluent",
        "é€ 𝔘",
        "",
    ]);
    let line = (
        prop_oneof![piece.clone().prop_map(str::to_owned), "\\PC{0,12}"],
        prop_oneof![piece.prop_map(str::to_owned), "\\PC{0,12}"],
        0usize..3,
    );
    (prop::collection::vec(line, 0..40), 14usize..50).prop_map(|(lines, gutter)| {
        let mut out = String::new();
        for (left, right, kind) in lines {
            let pad = gutter.saturating_sub(left.chars().count()).max(2);
            match kind {
                // A line of the page's width.
                0 => out.push_str(&format!("{left} {right}")),
                _ => out.push_str(&format!("{left}{}{right}", " ".repeat(pad))),
            }
            out.push(if kind == 2 { '\r' } else { '\n' });
        }
        out
    })
}

fn today() -> YearMonth {
    YearMonth::new(2026, 11).unwrap_or_else(YearMonth::now)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn profiles_round_trip_and_scores_agree(job_text in document(), cv_text in document()) {
        let ex = Extractor::builtin();
        let job = Job::parse(&job_text, &ex);
        let cv = Resume::parse(&cv_text, &ex, today());
        for s in &job.skills {
            for m in &s.mentions {
                prop_assert!(job_text.is_char_boundary(m.start) && job_text.is_char_boundary(m.end));
            }
        }
        for p in &cv.positions {
            prop_assert!(p.span.start <= p.span.end && p.span.end <= cv_text.len());
        }
        prop_assert_eq!(Job::from_json(&job.to_json()).unwrap(), job.clone());
        prop_assert_eq!(Resume::from_json(&cv.to_json()).unwrap(), cv.clone());
        let m = Matcher::builtin();
        let r = m.score(&cv, &job);
        prop_assert!((0.0..=1.0).contains(&r.score));
        prop_assert!((0.0..=1.0).contains(&r.reverse_score));
        let matrix = m.cdist(&[&cv], &[&job], Some(1)).unwrap();
        prop_assert_eq!(matrix[0], r.score as f32);
        let top = m.top_k(&[&cv], &[&job], 1, Some(2)).unwrap();
        prop_assert_eq!(top[0][0], (0, r.score as f32));
        prop_assert!((0.0..=1.0).contains(&r.mutual_score));
        let m = m.with_rank_by(RankBy::Mutual);
        let matrix = m.cdist(&[&cv], &[&job], Some(1)).unwrap();
        prop_assert_eq!(matrix[0].to_bits(), (r.mutual_score as f32).to_bits());
        let top = m.top_k(&[&cv], &[&job], 1, Some(2)).unwrap();
        prop_assert_eq!(top[0][0], (0, r.mutual_score as f32));
        // Likewise with skills named without years earning half their credit.
        let m = Matcher::builtin().with_listed_credit(0.5).unwrap();
        let half = m.score(&cv, &job);
        prop_assert!((0.0..=1.0).contains(&half.score));
        // Every credit is at most what it was (the total need not be: a used skill may now
        // win a tie that a listed one won, with its years).
        for cat in ["required_skills", "preferred_skills"] {
            if let (Some(a), Some(b)) = (half.breakdown.get(cat), r.breakdown.get(cat)) {
                prop_assert!(*a <= *b + 1e-12, "{cat}: {a} > {b}");
            }
        }
        prop_assert_eq!(half.reverse_score, r.reverse_score);
        let matrix = m.cdist(&[&cv], &[&job], Some(1)).unwrap();
        prop_assert_eq!(matrix[0], half.score as f32);
        let m = m.with_rank_by(RankBy::Mutual);
        let top = m.top_k(&[&cv], &[&job], 1, Some(2)).unwrap();
        prop_assert_eq!(top[0][0], (0, half.mutual_score as f32));
    }

    #[test]
    fn two_column_pages_keep_every_span_inside_the_text(text in two_columns()) {
        let ex = Extractor::builtin();
        let cv = Resume::parse(&text, &ex, today());
        let inside = |s: usize, e: usize| {
            s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        };
        for p in &cv.positions {
            prop_assert!(inside(p.span.start, p.span.end), "{:?}", p);
        }
        for s in &cv.skills {
            for m in &s.mentions {
                prop_assert!(m.start < m.end && inside(m.start, m.end), "{:?}", s);
            }
        }
        for s in &cv.sections {
            prop_assert!(inside(s.start, s.end), "{:?}", s);
        }
        if let Some(e) = &cv.education {
            prop_assert!(inside(e.span.start, e.span.end));
        }
        prop_assert_eq!(Resume::from_json(&cv.to_json()).unwrap(), cv.clone());
    }

    #[test]
    fn taxonomy_loaders_fail_cleanly(text in any::<String>()) {
        let loaded = [Taxonomy::from_csv(&text, "t.csv"), Taxonomy::from_json(&text, "t.json")];
        for tax in loaded.into_iter().flatten() {
            let back = Taxonomy::from_json(&tax.to_json(), "again.json").unwrap();
            prop_assert_eq!(back.skills(), tax.skills());
        }
        prop_assert!(Job::from_json(&text).is_err() || text.contains("version"));
    }
}
