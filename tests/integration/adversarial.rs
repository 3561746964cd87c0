//! Pathological inputs: each must finish with a correct or documented result, no panic.
//! Their time and memory bounds are measured by `cargo bench --bench adversarial`.

use std::sync::Arc;

use jobmatch::{
    Extractor, ExtractorOptions, Job, Matcher, Resume, Skill, SkillKind, Taxonomy, Weights,
    YearMonth,
};

#[allow(clippy::unwrap_used)] // a valid constant
fn today() -> YearMonth {
    YearMonth::new(2026, 11).unwrap()
}

#[test]
fn fifty_megabytes_on_one_line() {
    let unit = "Senior engineer, 5+ years of experience with Python and SQL; ";
    let reps = 50 * 1024 * 1024 / unit.len();
    let text = unit.repeat(reps);
    assert!(!text.contains('\n'));
    let ex = Extractor::builtin();
    let found = ex.extract(&text);
    assert_eq!(found.len(), 2 * reps, "Python and SQL in every repetition");
    let job = Job::parse(&text, &ex);
    assert_eq!(job.min_years, Some(5.0));
    let names: Vec<&str> = job.skills.iter().map(|s| s.name.as_str()).collect();
    assert!(names.iter().any(|n| n.starts_with("Python")), "{names:?}");
    let cv = Resume::parse(&text, &ex, today());
    assert!(cv.positions.is_empty());
}

#[test]
fn a_hundred_thousand_scrum_masters() {
    // Each "master" is checked against the words around it, not the whole text around it.
    let text = format!(
        "{}Requirements: Master's degree in Physics.",
        "Our scrum master masters the board. ".repeat(100_000)
    );
    let ex = Extractor::builtin();
    let job = Job::parse(&text, &ex);
    let edu = job.education.as_ref().map(|e| (e.level, e.fields.clone()));
    assert_eq!(
        edu,
        Some((jobmatch::DegreeLevel::Master, vec!["Physics".to_string()]))
    );
}

#[test]
fn a_skills_list_of_a_hundred_thousand_items_on_one_line() {
    // Each everyday word in lower case is read against its line around it, not the whole
    // line (quadratic before: 640 KB took 91 s).
    let text = format!("SKILLS\n{}\n", "good excel use, ".repeat(100_000));
    let ex = Extractor::builtin();
    let cv = Resume::parse(&text, &ex, today());
    let excel: Vec<usize> = cv
        .skills
        .iter()
        .filter(|s| s.name == "Microsoft Excel")
        .map(|s| s.mentions.len())
        .collect();
    assert_eq!(excel, [100_000], "every item's excel");
}

#[test]
fn a_hundred_thousand_everyday_nouns_on_one_line() {
    // Each everyday noun's product is read against its neighbours, not its whole line (a
    // bulleted line of more than 512 bytes is no item: quadratic before, 700 KB took 7.9 s).
    let text = "Apache Kafka, Beam, Impala, ".repeat(100_000);
    let ex = Extractor::builtin();
    let found = ex.extract(&text);
    for name in ["Apache Kafka", "Apache Beam", "Cloudera Impala"] {
        let n = found
            .iter()
            .filter(|m| ex.taxonomy().skill(m.skill).name == name)
            .count();
        assert_eq!(n, 100_000, "{name}");
    }
}

#[test]
fn a_hundred_thousand_salaries_a_year() {
    // "a year" is read against the words after it, not the whole rest of the text.
    let text = format!(
        "{}Requirements: a year of experience with Python.",
        "We pay $90,000 a year, reviewed once a year. ".repeat(100_000)
    );
    let ex = Extractor::builtin();
    let job = Job::parse(&text, &ex);
    assert_eq!(job.min_years, Some(1.0));
}

#[test]
fn two_hundred_thousand_lists_of_alternatives() {
    // Every "Python or Java" list is dropped as a group by the one "Python" on its own at
    // the end (each list is dropped once), while "Kotlin or Scala" stays one.
    let text = format!(
        "Requirements\n{}Kotlin or Scala\nPython\n",
        "Python or Java\n".repeat(200_000)
    );
    let ex = Extractor::builtin();
    let job = Job::parse(&text, &ex);
    let groups: Vec<(&str, Option<u32>)> = job
        .skills
        .iter()
        .map(|s| (s.name.split(" (").next().unwrap_or_default(), s.group))
        .collect();
    assert_eq!(
        groups,
        [
            ("Python", None),
            ("Java", None),
            ("Kotlin", Some(0)),
            ("Scala", Some(0))
        ]
    );
    // Without it, the lists of each pair on every line are one group.
    let text = "Python or Java, Go or Rust\n".repeat(100_000);
    let job = Job::parse(&text, &ex);
    let groups: Vec<Option<u32>> = job.skills.iter().map(|s| s.group).collect();
    assert_eq!(groups, [Some(0), Some(0), Some(1), Some(1)]);
}

#[test]
fn a_million_cpp() {
    let text = "C++ ".repeat(1_000_000);
    let ex = Extractor::builtin();
    let found = ex.extract(&text);
    assert_eq!(found.len(), 1_000_000);
    assert!(found
        .iter()
        .enumerate()
        .all(|(i, m)| m.start == 4 * i && m.end == 4 * i + 3));
    let job = Job::parse(&text, &ex);
    assert_eq!(job.skills.len(), 1);
    assert_eq!(job.skills[0].mentions.len(), 1_000_000);
}

#[test]
fn a_hundred_thousand_nested_brackets() {
    let depth = 100_000;
    let text = format!(
        "Requirements: {}Python{} and SQL",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let ex = Extractor::builtin();
    let found = ex.extract(&text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].start, "Requirements: ".len() + depth);
    let job = Job::parse(&text, &ex);
    assert_eq!(job.skills.len(), 2);
    let mixed = "([{<".repeat(depth / 4) + " Java " + &">}])".repeat(depth / 4);
    let job = Job::parse(&mixed, &ex);
    assert_eq!(job.skills.len(), 1);
}

#[test]
fn ten_thousand_date_ranges_in_one_resume() {
    let mut text = String::from("Experience\n");
    for i in 0..10_000 {
        let year = 1990 + (i % 35);
        text.push_str(&format!(
            "Engineer {i}, Company {i}\nJan {year} - Mar {year}\nPython and SQL.\n\n"
        ));
    }
    let ex = Extractor::builtin();
    let cv = Resume::parse(&text, &ex, today());
    assert_eq!(cv.positions.len(), 10_000);
    // Overlaps merge: 35 distinct years of January to March = 35 * 3 months.
    assert!(
        (cv.total_years - 35.0 * 3.0 / 12.0).abs() < 0.01,
        "{}",
        cv.total_years
    );
    let python = cv.skills.iter().find(|s| s.name.starts_with("Python"));
    assert_eq!(python.and_then(|s| s.years), Some(cv.total_years));
}

#[test]
fn a_paragraph_of_a_hundred_thousand_years() {
    // One line of lone years and "since" dates in an experience section: each is read
    // within a bounded reach of its own place (before, a bracket's look back went to the
    // line's start for every date).
    for unit in [
        "2001, 2002 as a Chef at Rata, ",
        "since 2019 … since 2019 … ",
        "I have been the Head Chef at Rata since 2019 and ",
    ] {
        let text = format!("Jane Doe\n\nExperience\n{}\n", unit.repeat(100_000));
        let ex = Extractor::builtin();
        let cv = Resume::parse(&text, &ex, today());
        // No sentence ends in the paragraph: no account of a position.
        assert!(
            cv.positions.is_empty(),
            "{unit}: {:?}",
            cv.positions.first()
        );
    }
}

#[test]
fn forty_thousand_glued_headings() {
    // Headings glued to their lines, each before a degree or spaced out: each is read on
    // its own line (the degrees after them merged once, not one by one).
    for unit in [
        "EDUCATIONB.Sc. – M.Sc. Computer Science, 2015\n",
        "EDUCATIONMBA, 2019\nSKILLSSAP, Excel, Outlook\n",
        "E D U C A T I O N\nBSc Biology, 2014\n",
    ] {
        let text = format!("Jane Doe\n{}", unit.repeat(40_000));
        let ex = Extractor::builtin();
        let cv = Resume::parse(&text, &ex, today());
        assert!(cv.education.is_some(), "{unit}");
        assert!(
            cv.positions.is_empty(),
            "{unit}: {:?}",
            cv.positions.first()
        );
    }
}

#[test]
fn a_posting_of_only_numbers() {
    let mut text = String::new();
    let mut x: u64 = 12345;
    while text.len() < 1_000_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let sep = [" ", "\n", "-", ".", " - ", "/", "+ "][(x >> 60) as usize % 7];
        text.push_str(&format!("{}{sep}", (x >> 33) % 100_000));
    }
    let ex = Extractor::builtin();
    let job = Job::parse(&text, &ex);
    assert!(job.skills.is_empty());
    assert_eq!(job.min_years, None, "numbers alone are not a requirement");
    let cv = Resume::parse(&text, &ex, today());
    assert!(cv.skills.is_empty());
    assert!(cv.total_years >= 0.0 && cv.total_years.is_finite());
}

#[test]
fn a_taxonomy_of_a_million_surface_forms() {
    let skills: Vec<Skill> =
        (0..250_000)
            .map(|i| {
                Skill::new(format!("t:{i}"), format!("Tool{i} Suite"), SkillKind::Tool)
                    .with_aliases([format!("tool{i}"), format!("tool-{i}"), format!("t{i}x")])
            })
            .collect();
    let tax = Taxonomy::from_skills(skills).unwrap();
    assert_eq!(tax.surface_forms().len(), 1_000_000);
    let ex = Extractor::new(Arc::new(tax), ExtractorOptions::default()).unwrap();
    let found = ex.extract("We use Tool123456 Suite, tool-99 and t249999x daily.");
    let ids: Vec<&str> = found.iter().map(|m| ex.skill(m).id.as_str()).collect();
    assert_eq!(ids, ["t:123456", "t:99", "t:249999"]);
}

#[test]
fn relation_cycles() {
    // A cycle of broader relations is an error that names it...
    let skill = |id: &str, name: &str, broader: &[&str], related: &[&str]| {
        let mut s = Skill::new(id, name, SkillKind::Tool);
        s.broader = broader.iter().map(|b| b.to_string()).collect();
        s.related = related.iter().map(|r| r.to_string()).collect();
        s
    };
    let cyclic = vec![
        skill("a", "Alpha", &["b"], &[]),
        skill("b", "Beta", &["c"], &[]),
        skill("c", "Gamma", &["a"], &[]),
    ];
    let err = Taxonomy::from_skills(cyclic).unwrap_err();
    assert!(err.to_string().contains("cycle"), "{err}");
    // ...while related skills may point at each other: matching terminates and credits them.
    let related = vec![
        skill("a", "Alpha", &[], &["b"]),
        skill("b", "Beta", &[], &["a"]),
    ];
    let tax = Arc::new(Taxonomy::from_skills(related).unwrap());
    let ex = Extractor::new(tax.clone(), ExtractorOptions::default()).unwrap();
    let job = Job::parse("Requirements: Alpha", &ex);
    let cv = Resume::parse("Skills: Beta", &ex, today());
    let m = Matcher::new(tax, Weights::default()).unwrap();
    let r = m.score(&cv, &job);
    assert!(r.score > 0.0 && r.score < 1.0, "{}", r.score);
    assert_eq!(r.partial.len(), 1);
}
