use jobmatch::{Extractor, ExtractorOptions, MatchType, Taxonomy};

/// The golden cases shared with the Python tests.
fn golden() -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = include_str!("../data/extraction_cases.tsv");
    let list = |s: &str| {
        s.split('|')
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].to_owned(),
                list(f.get(1).unwrap_or(&"")),
                list(f.get(2).unwrap_or(&"")),
            )
        })
        .collect()
}

#[test]
fn golden_cases() {
    let ex = Extractor::builtin();
    for (text, want, not_wanted) in golden() {
        let got: Vec<&str> = ex.extract(&text).iter().map(|m| m.text(&text)).collect();
        assert_eq!(got, want, "in {text:?}");
        for n in &not_wanted {
            assert!(
                !got.contains(&n.as_str()),
                "{n:?} must not be found in {text:?}"
            );
        }
    }
}

#[test]
fn offsets_are_byte_offsets_on_char_boundaries() {
    let ex = Extractor::builtin();
    let text = "Ünïcödé résumé — Python, 数据 and Kubernetes 🚀 Docker";
    let ms = ex.extract(text);
    let got: Vec<&str> = ms.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, ["Python", "Kubernetes", "Docker"]);
    for m in &ms {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
}

#[test]
fn hostile_text_does_not_panic() {
    let ex = Extractor::builtin();
    let long_line = "Python, C++ and k8s; ".repeat(20_000);
    let inputs = [
        "\u{0}\u{0}Python\u{0}".to_owned(),
        "\u{202e}Docker\u{202c} مرحبا Python".to_owned(),
        "C++".repeat(10_000),
        "(((((((((( Java ))))))))))".to_owned(),
        "\u{1F600}".repeat(1000) + "SQL",
        long_line,
        "a\u{0301}Java e\u{0301}".to_owned(),
    ];
    for t in &inputs {
        for m in ex.extract(t) {
            assert!(m.start < m.end && m.end <= t.len());
            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        }
    }
    assert_eq!(ex.extract(&"C++ ".repeat(10_000)).len(), 10_000);
}

#[test]
fn fuzzy_is_opt_in_and_skips_short_words() {
    let tax = Taxonomy::builtin();
    let exact = Extractor::builtin();
    let fuzzy = Extractor::new(tax, ExtractorOptions::default().fuzzy(true)).unwrap();
    let text = "Javscript and Kubernets, plus Pyton and Dokcer";
    assert!(exact.extract(text).is_empty());
    let found: Vec<(&str, MatchType)> = fuzzy
        .extract(text)
        .iter()
        .map(|m| (fuzzy.skill(m).name.as_str(), m.match_type))
        .collect();
    assert_eq!(
        found,
        [
            ("JavaScript", MatchType::Fuzzy),
            ("Kubernetes", MatchType::Fuzzy),
            ("Docker", MatchType::Fuzzy)
        ],
        "'Pyton' has five letters: too short to guess"
    );
    // Nothing inside a web or e-mail address, misspelt or not.
    for text in [
        "see https://www.javscript.info",
        "mail kubernets@example.com",
    ] {
        assert!(fuzzy.extract(text).is_empty(), "{text}");
    }
}

#[test]
fn batch_equals_serial_for_any_worker_count() {
    let ex = Extractor::builtin();
    let texts: Vec<String> = (0..200)
        .map(|i| {
            format!(
                "Role {i}: Python, SQL{}",
                if i % 3 == 0 { ", Docker and k8s" } else { "" }
            )
        })
        .collect();
    let serial: Vec<_> = texts.iter().map(|t| ex.extract(t)).collect();
    for w in [Some(1), Some(2), Some(7), None] {
        assert_eq!(ex.extract_many(&texts, w).unwrap(), serial, "workers={w:?}");
    }
    assert!(ex.extract_many(&texts, Some(0)).is_err());
    assert!(ex.extract_many(&texts, Some(-3)).is_err());
}

#[test]
fn many_risky_words_on_one_long_line_finish() {
    // Every "Go" is a risky candidate; each looks back for its line start. With an unbounded
    // look-back this 2 MB line took quadratic time; it must stay linear.
    let ex = Extractor::builtin();
    let line = "we Go there and ".repeat(125_000);
    let found = ex.extract(&line);
    assert_eq!(found.len(), 125_000);
}
