//! Parsed resumes.

use serde::{Deserialize, Serialize};

use super::dates::YearMonth;
use super::experience::{self, Purpose};
use super::sections::Section;
use super::{Span, PROFILE_VERSION};
use crate::extract::Extractor;
use crate::taxonomy::SkillKind;

/// A position held, from a date range in the experience section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Job title, when one is found near the dates.
    pub title: Option<String>,
    /// Employer, when one is found near the dates.
    pub employer: Option<String>,
    /// First month.
    pub start: YearMonth,
    /// Last month (today's month for a current position).
    pub end: YearMonth,
    /// Ends at "present".
    pub current: bool,
    /// Months held, both ends counted.
    pub months: u32,
    /// The text of the position: from its header to the next position.
    pub span: Span,
}

/// A skill in a resume, once, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResumeSkill {
    /// Stable skill id in the taxonomy.
    pub skill_id: String,
    /// Canonical name.
    pub name: String,
    /// Hard skill, tool, soft skill, ...
    pub kind: SkillKind,
    /// Years of use: the positions that mention it, merged as intervals, or the years
    /// stated beside it ("Python (5 years)"), whichever is larger. `None` when neither.
    pub years: Option<f64>,
    /// Years stated beside it, if any ("Python (5 years)", "Java - 36 months" is 3). "Less
    /// than" / "under" counts half: "Less than 1 year" is 0.5. Without those, the years of a
    /// statement that names it ("7 years of Python experience"), the largest of them.
    pub stated_years: Option<f64>,
    /// The last month of the latest position that mentions it.
    pub last_used: Option<YearMonth>,
    /// Where it is mentioned.
    pub mentions: Vec<Span>,
}

/// The highest degree in a resume (held, or without one held, under way).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Education {
    /// Degree level.
    pub level: super::education::DegreeLevel,
    /// Field, when stated.
    pub field: Option<String>,
    /// The fields of every degree the resume names (this one's first, each once, at most
    /// 64): what the matcher compares with the fields a job asks for ("B.E. Civil
    /// Engineering" beside an MBA in Finance).
    #[serde(default)]
    pub fields: Vec<String>,
    /// Under way, not held ("Pursuing M.Tech", "MSc (in progress)", "PhD candidate",
    /// "2024 - Present", "expected 2027"): chosen only when no degree is held, and scored as
    /// the level below it.
    #[serde(default)]
    pub in_progress: bool,
    /// Where it is mentioned.
    pub span: Span,
}

/// A parsed resume. Plain data: build it with [`Resume::parse`], serialise it with serde.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resume {
    /// Format version of this data.
    pub version: u32,
    /// What the offsets count: bytes (Rust) or characters (Python `str` indices).
    pub offsets: super::OffsetUnit,
    /// The month "present" resolved to.
    pub today: YearMonth,
    /// Years of work from the positions' date ranges, overlaps merged, gaps not counted.
    pub total_years: f64,
    /// "8+ years of experience" stated in the summary, if any.
    pub claimed_years: Option<f64>,
    /// Positions, in the order written.
    pub positions: Vec<Position>,
    /// Each skill once, in order of first mention.
    pub skills: Vec<ResumeSkill>,
    /// The highest degree, if any.
    pub education: Option<Education>,
    /// Named sections with their spans, in reading order (for a text in two columns side
    /// by side, the right column's after the left's; their spans take in the other
    /// column's words beside them).
    pub sections: Vec<Section>,
    /// What was ignored or clamped, and why.
    pub notes: Vec<String>,
}

impl Resume {
    /// The profile as JSON, with its format version ([`super::PROFILE_VERSION`]).
    pub fn to_json(&self) -> String {
        super::profile_to_json(self)
    }

    /// Reads a profile saved by [`Resume::to_json`]. JSON that is not a Resume, or was saved in
    /// another format version, is an [`crate::ErrorKind::Format`] error.
    pub fn from_json(json: &str) -> crate::Result<Resume> {
        super::profile_from_json(json, "Resume")
    }

    /// Parses a resume with `extractor`'s taxonomy; "present" is `today`.
    pub fn parse(text: &str, extractor: &Extractor, today: YearMonth) -> Resume {
        let read = experience::read(text, extractor, today, Purpose::Profile);
        // Each skill's mentions, in vectors sized once.
        let mut counts = vec![0usize; read.skills.len()];
        for &slot in &read.slots {
            counts[slot as usize] += 1;
        }
        let taxonomy = extractor.taxonomy();
        let mut skills: Vec<ResumeSkill> = read
            .skills
            .iter()
            .zip(counts)
            .map(|(s, n)| {
                let skill = taxonomy.skill(s.skill);
                ResumeSkill {
                    skill_id: skill.id.clone(),
                    name: skill.name.clone(),
                    kind: skill.kind,
                    years: s.years,
                    stated_years: s.stated_years,
                    last_used: s.last_used,
                    mentions: Vec::with_capacity(n),
                }
            })
            .collect();
        for (m, &slot) in read.mentions.iter().zip(&read.slots) {
            skills[slot as usize]
                .mentions
                .push(Span::new(m.start, m.end));
        }
        let education = read.education.map(|d| Education {
            level: d.level,
            field: d.fields.into_iter().next(),
            fields: read.education_fields,
            in_progress: read.education_in_progress,
            span: Span::new(d.start, d.end),
        });
        let mut resume = Resume {
            version: PROFILE_VERSION,
            offsets: super::OffsetUnit::Bytes,
            today,
            total_years: read.total_years,
            claimed_years: read.claimed_years,
            positions: read.positions,
            skills,
            education,
            sections: read.sections,
            notes: read.notes,
        };
        // A text read column by column: offsets into the text as given.
        if let Some(columns) = &read.columns {
            resume.map_ends(
                &|at| columns.original(at),
                &|at| columns.original_end(at),
                &|s, e| columns.original_mention(s, e),
            );
        }
        // A line separator read as a line end and spaces: an offset inside it goes to the
        // character after it.
        if read.line_ends_replaced {
            let after = |at| super::char_boundary_after(text, at);
            resume.map_ends(&after, &after, &|s, e| (after(s), after(e)));
        }
        resume
    }

    /// Rewrites every offset with `f` (Python uses this to turn bytes into characters).
    pub fn map_offsets(&mut self, f: &impl Fn(usize) -> usize, unit: super::OffsetUnit) {
        self.offsets = unit;
        self.map_ends(f, f, &|s, e| (f(s), f(e)));
    }

    /// Rewrites every start with `start` and every end with `end` (no earlier than its
    /// start), and each mention's span with `mention`.
    fn map_ends(
        &mut self,
        start: &impl Fn(usize) -> usize,
        end: &impl Fn(usize) -> usize,
        mention: &impl Fn(usize, usize) -> (usize, usize),
    ) {
        for p in &mut self.positions {
            p.span.map_ends(start, end);
        }
        for s in &mut self.skills {
            for m in &mut s.mentions {
                (m.start, m.end) = mention(m.start, m.end);
            }
        }
        if let Some(e) = &mut self.education {
            e.span.map_ends(start, end);
        }
        for s in &mut self.sections {
            s.start = start(s.start);
            s.end = end(s.end).max(s.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::years::round2;
    use crate::profile::Job;
    use crate::profile::SectionKind;
    use crate::profile::MAX_YEAR;

    const CV: &str = "\
Jane Doe
Summary
Backend engineer with 8+ years of experience building APIs.

Experience
Senior Engineer | Acme Corp | Jan 2020 – Present
- Built services in Python and PostgreSQL on Kubernetes.

Acme Labs — Software Developer
March 2015 to June 2019
- Java and Python services; Docker.

Summer 2014 Intern, Initech
- SQL reports.

Education
B.Tech in Computer Science, 2010 - 2014

Skills
Python (6 years), Java - 36 months, Terraform
";

    fn ym(y: i32, m: u32) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    /// Each position's title and employer, in order.
    fn titles_and_employers(cv: &Resume) -> Vec<(Option<&str>, Option<&str>)> {
        cv.positions
            .iter()
            .map(|p| (p.title.as_deref(), p.employer.as_deref()))
            .collect()
    }

    #[test]
    fn a_skills_section_is_a_list_of_skills() {
        let ex = Extractor::builtin();
        let text = "Jane Roe\n\nTECHNICAL SKILLS\n\n- Go\n- R\n- Testing\n- Oracle (2 years)\n\n\
                    EXPERIENCE\nSales lead, Acme | 2019 - 2021\n- Go to market plans\n- Testing new offers\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let skill = |name: &str| cv.skills.iter().find(|s| s.name == name);
        for name in ["Go", "R", "software testing", "Oracle Database"] {
            let s = skill(name).unwrap_or_else(|| panic!("{name} missing: {:?}", cv.skills));
            // Found in the skills section, not in the experience below it.
            assert!(
                s.mentions
                    .iter()
                    .all(|m| m.start < text.find("EXPERIENCE").unwrap()),
                "{name}"
            );
        }
        assert_eq!(
            skill("Oracle Database").and_then(|s| s.stated_years),
            Some(2.0)
        );
        // Without the sections, a single letter of a bare list needs other evidence.
        let plain: Vec<_> = ex
            .extract(text)
            .iter()
            .map(|m| ex.skill(m).name.clone())
            .collect();
        assert!(!plain.iter().any(|n| n == "R"), "{plain:?}");
    }

    #[test]
    fn a_product_named_by_a_word_needs_its_capitals_in_a_list() {
        let ex = Extractor::builtin();
        let text = "SKILLS\nSafe handling of hazardous chemicals\nMethod validation\n\n\
                    CERTIFICATIONS\n- SAFe\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let agile = cv
            .skills
            .iter()
            .find(|s| s.name == "Agile project management")
            .expect("SAFe as a whole item");
        let at: Vec<&str> = agile
            .mentions
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(at, ["SAFe"]);
    }

    #[test]
    fn offsets_never_fall_inside_a_line_separator() {
        let ex = Extractor::builtin();
        let text = "Experience \u{2028}Analyst, Acme Ltd\u{2029}2015 – 2017\u{85}- Python\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 1);
        let spans = cv
            .positions
            .iter()
            .map(|p| p.span)
            .chain(cv.skills.iter().flat_map(|s| s.mentions.iter().copied()))
            .chain(cv.sections.iter().map(|s| Span::new(s.start, s.end)));
        for s in spans {
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{s:?}"
            );
        }
        let job = Job::parse(text, &ex);
        for s in &job.sections {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }

    /// A page in two columns side by side: the sidebar (left) beside the experience.
    const TWO_COLUMNS: &str = "\
Ana Lima
Site Reliability Engineer

Contact                        Profile
ana.lima@example.com           SRE with four years in DevOps roles, mostly on
Lisbon, Portugal               Google Cloud; calm during incidents.

Skills                         Experience
Kubernetes                     Site Reliability Engineer
Terraform                      Northwind Cloud Lda, Lisbon, 01/2022 - 06/2024
Python, Bash                   - Ran three Kubernetes clusters
                               - Wrote Terraform modules for 40 services
Languages
Portuguese - native            Junior DevOps Engineer
English - C1                   Brightlane SA, Porto, 03/2020 - 12/2021
                               - Built Jenkins pipelines
Education                      - Moved 20 apps to Docker
BSc Computer Science
University of Porto
2015 - 2019
";

    #[test]
    fn two_columns_side_by_side_are_read_one_after_the_other() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(TWO_COLUMNS, &ex, ym(2026, 11));
        let at = |s: Span| &TWO_COLUMNS[s.start..s.end];
        let positions: Vec<(Option<&str>, Option<&str>, u32)> = cv
            .positions
            .iter()
            .map(|p| (p.title.as_deref(), p.employer.as_deref(), p.months))
            .collect();
        // The sidebar's words stay out of the positions, and its study years are no work.
        assert_eq!(
            positions,
            [
                (
                    Some("Site Reliability Engineer"),
                    Some("Northwind Cloud Lda"),
                    30
                ),
                (Some("Junior DevOps Engineer"), Some("Brightlane SA"), 22),
            ]
        );
        assert_eq!(cv.total_years, 4.33);
        // Every offset points into the text as given.
        assert!(at(cv.positions[1].span).starts_with("Junior DevOps Engineer"));
        for s in &cv.skills {
            for &m in &s.mentions {
                assert!(m.start < m.end && m.end <= TWO_COLUMNS.len(), "{s:?}");
            }
        }
        let mention = |name: &str| {
            let s = cv.skills.iter().find(|s| s.name == name);
            s.map(|s| at(s.mentions[0]))
        };
        assert_eq!(mention("Kubernetes"), Some("Kubernetes"));
        assert_eq!(mention("English"), Some("English"));
        let education = cv.education.as_ref().expect("a degree");
        assert_eq!(at(education.span), "BSc");
        assert_eq!(education.field.as_deref(), Some("Computer Science"));
        // Each section starts at its heading.
        for s in &cv.sections {
            assert!(s.start <= s.end && s.end <= TWO_COLUMNS.len());
        }
        let heading = |kind: SectionKind| {
            cv.sections
                .iter()
                .find(|s| s.kind == kind)
                .map(|s| &TWO_COLUMNS[s.start..s.start + 10])
        };
        assert_eq!(heading(SectionKind::Experience), Some("Experience"));
        assert_eq!(heading(SectionKind::Education), Some("Education "));
    }

    #[test]
    fn an_employers_name_is_no_skill() {
        let ex = Extractor::builtin();
        let text = "Experience\n\
Line Cook | The Ember Room | 2019 - 2021\n\
- Prepared dishes for 200 covers a night.\n\
Operations Analyst, Meridian Freight Logistics, Jan 2021 - Present\n\
- Built Excel dashboards for shipment tracking.\n\
Meridian Logistics\n\
Warehouse Lead\n\
2009 - 2010\n\
Backend Developer | Spring Boot Microservices | 2010 - 2012\n\
Python Developer | Acme | 2012 - 2013\n\
Java Developer, Kafka and Spring Boot, 2013 - 2014\n\
Teaching Assistant, Department of Computer Science, 2014 - 2015\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let names: Vec<&str> = cv.skills.iter().map(|s| s.name.as_str()).collect();
        // Names of employers, on the dates' line or above the title.
        for name in ["Ember.js", "logistics"] {
            assert!(!names.contains(&name), "{name}: {names:?}");
        }
        // The title's skills, the bullets' skills, and tools named where an employer would
        // stand (every word of them a skill) stay.
        for name in [
            "Microsoft Excel",
            "Spring Boot",
            "Python (computer programming)",
            "Apache Kafka",
            "computer science",
        ] {
            assert!(names.contains(&name), "{name}: {names:?}");
        }
    }

    #[test]
    fn years_of_use_in_a_skills_section_are_no_position() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(
            "Jane Roe\nSkills\nGo (2019-2023), Python (2018 - present)\n",
            &ex,
            ym(2026, 11),
        );
        assert!(cv.positions.is_empty(), "{:?}", cv.positions);
        assert_eq!(cv.total_years, 0.0);
        let skill = |name: &str| cv.skills.iter().find(|s| s.name == name).unwrap();
        assert_eq!(skill("Go").stated_years, Some(4.0));
        assert!(skill("Python (computer programming)").stated_years >= Some(8.0));
    }

    #[test]
    fn a_date_on_a_bullet_is_an_event_of_its_position() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(
            "EXPERIENCE\nStaff Nurse\nSt. Brendan Medical Center\nAug 2019 - Present\n\
             • Nurse of the Year, May 2022\n• Completed ACLS recertification (2021 - 2023)\n\
             • Charted in Epic and precepted new grads\n\
             COVID-19 outbreak 2020–2021: cohorting, swabbing and daily reporting\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        let epic = cv.skills.iter().find(|s| s.name.contains("Epic")).unwrap();
        assert!(epic.years > Some(7.0), "{epic:?}");
        // Positions on bullets in the same year are positions.
        let cv = Resume::parse(
            "EXPERIENCE\n• Kitchen porter at Nando's, Jan 2019 – May 2019\n\
             • Commis chef at The Ivy, Jun 2019 – Dec 2019\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(cv.positions.len(), 2, "{:?}", cv.positions);
        // Also with years alone from the position's first year ("2016" reads as mid-year).
        let cv = Resume::parse(
            "EXPERIENCE
Staff Pharmacist, Northgate Drug Mart     09/2016 – 05/2021
             • Dispensed prescriptions on HealthWATCH (2016–2019) and Kroll (2019–2021)
",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        // A bullet that names a title within the employer's dates is a position (here
        // the roles fill the employer's stay: they are its positions).
        let cv = Resume::parse(
            "EXPERIENCE\nAcme Corp, 2015 - 2023\n• Senior Engineer, 2019 - 2023\n\
             • Engineer, 2015 - 2019\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Senior Engineer"), Some("Acme Corp")),
                (Some("Engineer"), Some("Acme Corp"))
            ],
            "{:?}",
            cv.positions
        );
        // So does a name on a bullet: a position held beside the other.
        for text in [
            "EXPERIENCE\n• Acme Corp, Jan 2015 - Present\n\
             • Globex (part-time consulting), Jan 2018 - Dec 2019\n",
            "EXPERIENCE\nAcme Corp | 2015 - 2023\n• Team Lead – Payments, 2019 - 2023\n",
        ] {
            let cv = Resume::parse(text, &ex, ym(2026, 11));
            assert_eq!(cv.positions.len(), 2, "{text}: {:?}", cv.positions);
        }
    }

    #[test]
    fn a_career_break_is_no_position() {
        let ex = Extractor::builtin();
        for text in [
            "WORK HISTORY\nVeterinary Nurse, Acme Vets\nJan 2015 - Dec 2018\n\
             Career break (Jan 2019 - Aug 2019): working holiday in Australia.\n\
             Veterinary Nurse, Beta Vets\nSep 2019 - Present\n",
            "WORK HISTORY\nVeterinary Nurse, Acme Vets\nJan 2015 - Dec 2018\n\
             Career Break\nJan 2019 - Aug 2019\n\
             Veterinary Nurse, Beta Vets\nSep 2019 - Present\n",
        ] {
            let cv = Resume::parse(text, &ex, ym(2026, 11));
            assert_eq!(cv.positions.len(), 2, "{text}: {:?}", cv.positions);
            // 48 months and 87: the break's 8 are not counted.
            assert_eq!(cv.total_years, 11.25, "{text}");
            assert!(
                cv.notes.iter().any(|n| n.contains("break")),
                "{:?}",
                cv.notes
            );
        }
    }

    #[test]
    fn a_leave_within_a_position_is_no_position() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\n• Class Teacher – Hollybrook Primary Academy, Bristol\n  \
                    Sept 2022 – Present\n  – Year 1 class teacher\n  \
                    – Maternity leave March 2024 – December 2024\n\
                    • Teaching Assistant – Kingsmead Infant School, Bath\n  Sept 2019 – Aug 2022\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Class Teacher"), Some("Hollybrook Primary Academy")),
                (Some("Teaching Assistant"), Some("Kingsmead Infant School")),
            ]
        );
        assert!(
            cv.notes.iter().any(|n| n.contains("Maternity")),
            "{:?}",
            cv.notes
        );
        // In brackets under the position's line.
        let text = "EXPERIENCE\nBand 6 Physiotherapist\nLindmoor Community Healthcare NHS Trust, \
                    Stoke  |  Sept 2021 – present\n(maternity leave Feb 2023 – Nov 2023)\n\
                    • Ran MSK clinics\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        assert_eq!(
            cv.positions[0].title.as_deref(),
            Some("Band 6 Physiotherapist")
        );
    }

    #[test]
    fn a_line_below_the_dates_is_the_employer_only_when_it_reads_as_one() {
        let ex = Extractor::builtin();
        let today = ym(2025, 6);
        // Each position's employer on the line below its title and dates: the first
        // employer's line is no header of the second position.
        for gap in ["- Led audits\n", ""] {
            let text = format!(
                "EXPERIENCE\nSenior Accountant                    03/2018-06/2021\n\
                 Big Four Firm, Chicago\n{gap}\
                 Staff Accountant                     06/2016-02/2018\n\
                 Small CPA Firm, Chicago\n- Prepared returns\n"
            );
            let cv = Resume::parse(&text, &ex, today);
            let got: Vec<_> = cv
                .positions
                .iter()
                .map(|p| (p.title.as_deref(), p.employer.as_deref()))
                .collect();
            assert_eq!(
                got,
                [
                    (Some("Senior Accountant"), Some("Big Four Firm")),
                    (Some("Staff Accountant"), Some("Small CPA Firm")),
                ],
                "{text:?}"
            );
        }
        // A town, a region, a note, a label or skills below are no employer.
        for below in [
            "London, UK",
            "San Francisco, California",
            "Chicago",
            "Greater Boston Area",
            "Key Achievements",
            "Remote",
            "Python, Django, AWS",
            "Deloitte, Chicago",
        ] {
            let text = format!(
                "EXPERIENCE\nSales Associate                    03/2018 - 06/2021\n{below}\n\
                 - Served customers at the till\n"
            );
            let cv = Resume::parse(&text, &ex, today);
            assert_eq!(cv.positions.len(), 1, "{text:?}");
            assert_eq!(cv.positions[0].employer, None, "{text:?}");
        }
    }

    #[test]
    fn two_dated_lines_are_two_positions() {
        let ex = Extractor::builtin();
        // Dates in brackets within the next line's are an earlier grade only when the next
        // line names no title of its own.
        let text = "Experience\nSoftware Developer at Acme Corp (January 2020 - December 2022)\n\
                    Freelance Web Developer (2019-2023)\n";
        let cv = Resume::parse(text, &ex, ym(2025, 6));
        let got: Vec<_> = cv
            .positions
            .iter()
            .map(|p| (p.title.as_deref(), p.employer.as_deref(), p.start))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Software Developer"), Some("Acme Corp"), ym(2020, 1)),
                (Some("Freelance Web Developer"), None, ym(2019, 7)),
            ],
            "{:?}",
            cv.positions
        );
    }

    #[test]
    fn an_earlier_grade_in_brackets_is_no_position() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\nClinical Research Associate II (CRA I, Feb 2019 - Jan 2021)\n\
                    Pacifica Trials Ltd, Melbourne | February 2019 - February 2023\n\
                    - Monitored 10 sites.\n\
                    Trial Coordinator (Jul 2016 - Jan 2019)\nHarbourview Hospital\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let got: Vec<_> = cv
            .positions
            .iter()
            .map(|p| (p.employer.as_deref(), p.start, p.months))
            .collect();
        // The grade's dates lie within the next line's; the last brackets hold a position's
        // own dates, with nothing on the next line.
        assert_eq!(
            got,
            [
                (Some("Pacifica Trials Ltd"), ym(2019, 2), 49),
                (Some("Harbourview Hospital"), ym(2016, 7), 31),
            ],
            "{:?}",
            cv.positions
        );
    }

    #[test]
    fn a_student_placement_is_no_position() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\nStaff Nurse, St Mary's Hospital | Sep 2024 - Oct 2026\n\
                    - Cared for 8 patients per shift on a surgical ward.\n\
                    Student Nurse (clinical placement), City General Hospital | Jan 2022 - Jun 2024\n\
                    - Placements on medical and surgical wards.\n\
                    Nursing Student\nMercy Hospital | 2020 - 2021\n\
                    Summer Intern, Acme Health | Jun 2019 - Aug 2019\n\
                    ### Pharmacy Student (Co-op Placement) — Riverbend General Hospital\n\
                    May 2018 – August 2018\n\
                    Undergraduate Research Assistant (part-time)  05/2017 - 04/2018\n\
                    Department of Chemistry, State University\n\
                    Student Worker Supervisor, State University Dining | Jan 2015 - Dec 2016\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let titles: Vec<_> = cv.positions.iter().map(|p| p.title.as_deref()).collect();
        // The placements are training; an internship is work.
        assert_eq!(
            titles,
            [
                Some("Staff Nurse"),
                Some("Summer Intern"),
                Some("Student Worker Supervisor")
            ]
        );
        // 26 months, 3 and 24.
        assert_eq!(cv.total_years, 4.42, "{:?}", cv.positions);
        let noted = cv.notes.iter().filter(|n| n.contains("placement")).count();
        assert_eq!(noted, 4, "{:?}", cv.notes);
        // A placement's role on a bullet within a position leaves the rest of the
        // position its own.
        let text =
            "EXPERIENCE\nSenior Occupational Therapist, Kingsbridge Hospital | 2016 - 2026\n\
                    - Practice placement educator for OT students (2019 - 2022)\n\
                    - Introduced SystmOne outcome measures\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        let systmone = cv.skills.iter().find(|s| s.name == "SystmOne").unwrap();
        assert!(systmone.years > Some(9.0), "{systmone:?}");
    }

    #[test]
    fn any_line_end_is_a_line_end() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\nData Engineer, Acme Corp\nJan 2019 - Dec 2022\n- Built pipelines in Python\n\n\
                    EDUCATION\nB.S. in Statistics, 2018\n";
        let plain = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(plain.positions.len(), 1);
        for end in ["\r", "\r\n", "\u{2028}", "\u{85}"] {
            let other = text.replace('\n', end);
            let cv = Resume::parse(&other, &ex, ym(2026, 11));
            assert_eq!(cv.total_years, plain.total_years, "{end:?}");
            assert_eq!(cv.positions.len(), 1, "{end:?}");
            assert_eq!(cv.positions[0].title, plain.positions[0].title, "{end:?}");
            let level_field = |cv: &Resume| {
                cv.education
                    .as_ref()
                    .map(|e| (e.level, e.field.clone(), e.in_progress))
            };
            assert_eq!(level_field(&cv), level_field(&plain), "{end:?}");
            // Offsets are the given text's.
            for (s, p) in cv.skills.iter().zip(&plain.skills) {
                let span = s.mentions[0];
                let was = p.mentions[0];
                assert_eq!(
                    &other[span.start..span.end],
                    &text[was.start..was.end],
                    "{end:?}"
                );
            }
            assert!(cv.skills.iter().any(|s| s.name.starts_with("Python")));
        }
        let job = Job::parse("Requirements\r- 3+ years of Python\r", &ex);
        assert_eq!(job.min_years, Some(3.0));
    }

    #[test]
    fn linkedin_roles_under_one_employer_share_it() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(
            "EXPERIENCE\nNordhaven Foods\n6 years 4 months\nLogistics Manager\n\
             January 2022 - Present (4 years 11 months)\nRan the cold-chain network.\n\
             Logistics Coordinator\nOctober 2019 - December 2021 (2 years 3 months)\n\
             Scheduled carriers.\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Logistics Manager"), Some("Nordhaven Foods")),
                (Some("Logistics Coordinator"), Some("Nordhaven Foods"))
            ]
        );
        // Without the employer's whole stay, a title above its dates keeps no employer.
        let cv = Resume::parse(
            "EXPERIENCE\nAcme Corp\nEngineer\nJan 2019 - Dec 2021\nBuilt things.\n\
             Freelance Consultant\nJan 2015 - Dec 2018\nAdvised firms.\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(cv.positions[1].employer, None);
    }

    #[test]
    fn a_resume_in_the_first_person_names_its_positions_in_sentences() {
        let ex = Extractor::builtin();
        let text = "Sophie Marchetti\n\nMy experience\n\nSince January 2025 I have been the \
                    Junior Sous Chef at Bracken & Stone, a 65-seat bistro in Arrowtown. I run the \
                    pass three nights a week.\n\nBefore that, I worked as a Chef de Partie at \
                    Harbourside Brasserie in Auckland from March 2021 to December 2024. I \
                    trained two apprentices.\n\nMy first kitchen job was as a Commis Chef at the \
                    Quayside Grand Hotel in Auckland, from February 2019 to February 2021, where \
                    I rotated through breakfast and pastry.\n\nI have used Python since 2015 \
                    for my own recipes, which is a long story about cooking at home.\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Junior Sous Chef"), Some("Bracken & Stone")),
                (Some("Chef de Partie"), Some("Harbourside Brasserie")),
                (Some("Commis Chef"), Some("Quayside Grand Hotel")),
            ]
        );
        assert_eq!(cv.positions[0].start, ym(2025, 1));
        assert!(cv.positions[0].current);
        // Someone else's position names none; the dates are no part of a title or an
        // employer; an abbreviation's dot ends no sentence; a header's line keeps its own
        // reading.
        let read = |line: &str| {
            let text = format!("Jane Doe\n\nMy experience\n\n{line}\n");
            let cv = Resume::parse(&text, &ex, ym(2026, 11));
            titles_and_employers(&cv)
                .into_iter()
                .map(|(t, e)| (t.map(str::to_string), e.map(str::to_string)))
                .collect::<Vec<_>>()
        };
        let both = |t: &str, e: &str| vec![(Some(t.to_string()), Some(e.to_string()))];
        assert_eq!(
            read(
                "I trained under Marco Rossi, who has been the Executive Chef at Rata since 2015, \
                 and learnt everything about seasonal cooking and whole-animal butchery."
            ),
            vec![]
        );
        for (line, want) in [
            (
                "I was a Barista at Joe's Café 2018–2020 while studying for my diploma in \
                 hospitality management at the local polytechnic.",
                both("Barista", "Joe's Café"),
            ),
            (
                "From 2019 to 2021 I worked as a Staff Nurse at St. Brendan Medical Center, on \
                 a busy surgical ward with thirty beds and a day unit.",
                both("Staff Nurse", "St. Brendan Medical Center"),
            ),
            (
                "As a Policy Analyst at the Ministry for the Environment from 2019 to 2022, I \
                 wrote briefings on water quality and freshwater allocation.",
                both("Policy Analyst", "Ministry for the Environment"),
            ),
            (
                "Senior Software Engineer | Acme Corp | Jan 2019 – Present | Served as the \
                 Technical Lead at Globex for the payments migration and its rollout",
                both("Senior Software Engineer", "Acme Corp"),
            ),
        ] {
            assert_eq!(read(line), want, "{line}");
        }
    }

    #[test]
    fn a_position_in_a_summary_table_and_again_with_its_details_is_one() {
        let ex = Extractor::builtin();
        let text = "EMPLOYMENT HISTORY\nRole | Company | Dates\n\
                    Procurement Officer | Rooiberg Iron Ore (Pty) Ltd | 04/2021 – Present\n\
                    Buyer | Khanyisa Coal Holdings | 02/2017 – 03/2021\n\n\
                    Procurement Officer – Rooiberg Iron Ore (04/2021 – Present)\n\
                    • Run tenders in SAP Ariba\n\n\
                    Buyer – Khanyisa Coal Holdings (02/2017 – 03/2021)\n\
                    • Raised purchase orders in SAP\n\n\
                    Buyer – Khanyisa Coal Holdings (03/2021 – 03/2021)\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        // The details stay (with their text); another position's dates are its own.
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Procurement Officer"), Some("Rooiberg Iron Ore")),
                (Some("Buyer"), Some("Khanyisa Coal Holdings")),
                (Some("Buyer"), Some("Khanyisa Coal Holdings")),
            ]
        );
        let twice = cv.notes.iter().filter(|n| n.contains("twice")).count();
        assert_eq!(twice, 2, "{:?}", cv.notes);
        let ariba = cv.skills.iter().find(|s| s.name == "SAP Ariba").unwrap();
        assert_eq!(ariba.years, Some(5.67));
        // The details first and the summary after them: the details stay, with the part
        // only the summary gives.
        let text = "EXPERIENCE\nData Engineer\nJan 2019 – Dec 2022\n• Built pipelines in Apache \
                    Airflow\n• Modelled data in Snowflake\n\nEMPLOYMENT HISTORY\n\
                    Data Engineer | Northwind Traders | Jan 2019 – Dec 2022\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [(Some("Data Engineer"), Some("Northwind Traders"))]
        );
        let airflow = cv
            .skills
            .iter()
            .find(|s| s.name.contains("Airflow"))
            .unwrap();
        assert_eq!(airflow.years, Some(4.0));
        // Two jobs of one title and the same dates, no employer read: two.
        let text = "EXPERIENCE\nTeaching Assistant\nSept 2019 – July 2021\n- Year 2 phonics\n\n\
                    Teaching Assistant\nSept 2019 – July 2021\n- After-school club\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 2, "{:?}", cv.positions);
    }

    #[test]
    fn a_double_spaced_resume_keeps_its_titles() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\n\nSenior Accountant\n\nMeridian Freight\n\nJan 2019 - Dec 2022\n\n\
                    Reconciled accounts in NetSuite\n\nStaff Accountant\n\nBluewater Foods\n\n\
                    Jun 2015 - Dec 2018\n\nPrepared journal entries\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Senior Accountant"), Some("Meridian Freight")),
                (Some("Staff Accountant"), Some("Bluewater Foods"))
            ]
        );
    }

    #[test]
    fn a_languages_section_is_a_list_of_skills() {
        let ex = Extractor::builtin();
        let languages_in = |heading: &str, line: &str| {
            let text = format!(
                "Jane Roe\n\nEXPERIENCE\nHR lead, Acme | 2019 - 2021\n\n{heading}\n{line}\n"
            );
            let cv = Resume::parse(&text, &ex, ym(2026, 11));
            cv.skills.iter().any(|s| s.name == "English")
        };
        let languages = |heading: &str| languages_in(heading, "English (spoken)");
        assert!(languages("Languages"));
        assert!(languages("LANGUAGES KNOWN:"));
        // Under a heading that names no list, the risky form at a line start is not taken,
        // nor under one whose text after the colon mentions languages.
        assert!(!languages("Personal details"));
        assert!(!languages("Personal details: language exchange"));
        // Beside another language, a language is one anywhere.
        assert!(languages_in("Personal details", "English, Hindi (spoken)"));
        // But nothing in a section of pastimes is a skill offered.
        assert!(!languages_in("Hobbies", "English, Hindi (spoken)"));
        assert!(languages_in("Summary", "Bilingual (English/Spanish)."));
    }

    #[test]
    fn a_clients_trade_is_no_skill() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(
            "EXPERIENCE\nGraphic Designer, Studio North | 2019 - 2024\n- Designed signage for a \
             logistics client's new warehouse and packaging for cosmetics clients\n- Built \
             Salesforce dashboards for retail customers\n- Planned logistics for trade fairs\n",
            &ex,
            ym(2026, 11),
        );
        let names: Vec<&str> = cv.skills.iter().map(|s| s.name.as_str()).collect();
        assert!(!names.contains(&"cosmetics"), "{names:?}");
        assert!(names.contains(&"Salesforce software"), "{names:?}");
        // Logistics done is kept, with that mention only.
        let logistics = cv.skills.iter().find(|s| s.name == "logistics").unwrap();
        assert_eq!(logistics.mentions.len(), 1);
    }

    #[test]
    fn pastimes_are_no_skills() {
        let ex = Extractor::builtin();
        let skills = |tail: &str| {
            let text = format!(
                "Jane Roe\n\nEXPERIENCE\nLine Cook, Acme Bistro | 2019 - 2021\n- Prep and grill\n\n{tail}\n"
            );
            Resume::parse(&text, &ex, ym(2026, 11))
                .skills
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
        };
        for tail in [
            "INTERESTS\nphotography, chess, cooking",
            "Hobbies & Interests\n- Photography\n- Cooking",
            "Personal interests:\nphotography",
            "Hobbies and interests: photography, cooking",
        ] {
            assert_eq!(skills(tail), Vec::<String>::new(), "{tail}");
        }
        // A research interest is a field of work; a section after the pastimes is read.
        assert_eq!(
            skills("Research interests\nmachine learning"),
            ["machine learning"]
        );
        assert_eq!(
            skills("Interests\n- Photography\n\nSKILLS\nPython"),
            ["Python (computer programming)"]
        );
    }

    #[test]
    fn years_stated_as_less_than_count_half() {
        let cv = Resume::parse(
            "Skills\nPython (Less than 1 year), SQL - under 6 months, Docker (less than a year), \
             Java (4 years), Terraform (a year ago), Linux. (Less than 1 year), Kubernetes. 3 \
             years\n",
            &Extractor::builtin(),
            ym(2026, 11),
        );
        let stated = |n: &str| {
            cv.skills
                .iter()
                .find(|s| s.name.contains(n))
                .unwrap_or_else(|| panic!("{n}"))
                .stated_years
        };
        assert_eq!(stated("Python"), Some(0.5));
        assert_eq!(stated("SQL"), Some(0.25));
        assert_eq!(stated("Docker"), Some(0.5));
        assert_eq!(stated("Java"), Some(4.0));
        // A bare "a year" is no statement of a skill's years.
        assert_eq!(stated("Terraform"), None);
        // A dot after the skill may come before the bracket, not before bare years.
        assert_eq!(stated("Linux"), Some(0.5));
        assert_eq!(stated("Kubernetes"), None);
        // "Less" in "(Less than 1 year)" is no mention of the LESS stylesheet language.
        assert!(
            cv.skills
                .iter()
                .all(|s| !s.name.eq_ignore_ascii_case("less")),
            "{:?}",
            cv.skills.iter().map(|s| &s.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_resume_parses_into_positions_and_skills() {
        let cv = Resume::parse(CV, &Extractor::builtin(), ym(2026, 11));
        let p: Vec<_> = cv
            .positions
            .iter()
            .map(|p| {
                (
                    p.title.as_deref(),
                    p.employer.as_deref(),
                    p.start.to_string(),
                    p.end.to_string(),
                    p.months,
                )
            })
            .collect();
        assert_eq!(
            p,
            [
                (
                    Some("Senior Engineer"),
                    Some("Acme Corp"),
                    "2020-01".into(),
                    "2026-11".into(),
                    83
                ),
                (
                    Some("Software Developer"),
                    Some("Acme Labs"),
                    "2015-03".into(),
                    "2019-06".into(),
                    52
                ),
                (
                    Some("Intern"),
                    Some("Initech"),
                    "2014-06".into(),
                    "2014-08".into(),
                    3
                ),
            ]
        );
        // Education dates are not work; positions merged.
        assert_eq!(cv.total_years, round2((83 + 52 + 3) as f64 / 12.0));
        assert_eq!(cv.claimed_years, Some(8.0));
        let skill = |n: &str| cv.skills.iter().find(|s| s.name.contains(n)).expect(n);
        let py = skill("Python");
        // Mentioned in two positions (83 + 52 months) and stated as 6 years.
        assert_eq!(py.years, Some(round2(135.0 / 12.0)));
        assert_eq!(py.stated_years, Some(6.0));
        assert_eq!(py.last_used, Some(ym(2026, 11)));
        assert_eq!(skill("Java").stated_years, Some(3.0));
        assert_eq!(skill("Java").last_used, Some(ym(2019, 6)));
        assert_eq!(skill("Terraform").years, None);
        let edu = cv.education.as_ref().expect("education");
        assert_eq!(edu.level, super::super::education::DegreeLevel::Bachelor);
        assert_eq!(edu.field.as_deref(), Some("Computer Science"));
    }

    #[test]
    fn half_a_year_more() {
        let ex = Extractor::builtin();
        for (text, years) in [
            (
                "Summary\nDeveloper with a year and a half of experience in Android.\n",
                1.5,
            ),
            (
                "Summary\nDeveloper with two years and a half of experience.\n",
                2.5,
            ),
            (
                "Summary\nDeveloper with about one and a half years of experience.\n",
                1.5,
            ),
        ] {
            let cv = Resume::parse(text, &ex, ym(2026, 11));
            assert_eq!(cv.claimed_years, Some(years), "{text}");
        }
        // Not a claim of experience.
        let cv = Resume::parse(
            "Summary\nI spent a year and a half travelling.\n",
            &ex,
            ym(2026, 11),
        );
        assert_eq!(cv.claimed_years, None);
    }

    #[test]
    fn a_claim_of_years_gives_its_skills_their_years() {
        let cv = Resume::parse(
            "SUMMARY\nData engineer with 6 years of experience in Scala and Spark.\n\n\
             SKILLS\nScala (2 years), Spark, Airflow\n\n\
             EDUCATION\nBSc Computer Science, 4 years of Java coursework\n",
            &Extractor::builtin(),
            ym(2026, 11),
        );
        let stated = |n: &str| {
            let s = cv.skills.iter().find(|s| s.name.contains(n)).expect(n);
            s.stated_years
        };
        assert_eq!(stated("Spark"), Some(6.0));
        // Beside the skill is the more precise.
        assert_eq!(stated("Scala"), Some(2.0));
        assert_eq!(stated("Airflow"), None);
        // Education is no experience.
        assert_eq!(stated("Java"), None);
        // The claim is of the experience it names, not of the next requirement.
        let cv = Resume::parse(
            "SUMMARY\nAnalyst with 8 years of sales experience and strong Excel skills.\n",
            &Extractor::builtin(),
            ym(2026, 11),
        );
        assert_eq!(cv.claimed_years, Some(8.0));
        assert!(
            cv.skills
                .iter()
                .all(|s| (s.name == "sales activities") == (s.stated_years == Some(8.0))),
            "{:?}",
            cv.skills
        );
    }

    #[test]
    fn claims_in_a_field_and_credentials_not_held() {
        let ex = Extractor::builtin();
        let claimed = |text: &str| Resume::parse(text, &ex, ym(2026, 11)).claimed_years;
        assert_eq!(
            claimed("SUMMARY\nLogistics leader with 12+ years in cold-chain distribution.\n"),
            Some(12.0)
        );
        assert_eq!(
            claimed("SUMMARY\n15+ years in hospitality management.\n"),
            Some(15.0)
        );
        // The writer's own years after a company named before them.
        assert_eq!(
            claimed(
                "CAREER OBJECTIVE\nA position in a reputable BPO company where I can use \
                 my 6 years of call center experience.\n"
            ),
            Some(6.0)
        );
        // Years doing something, opening the sentence or after a title.
        for (text, years) in [
            ("SUMMARY\n12 years leading engineering teams.\n", 12.0),
            ("SUMMARY\nOver 10 years managing warehouses.\n", 10.0),
            (
                "SUMMARY\nNine years setting up and running CNC mills.\n",
                9.0,
            ),
        ] {
            assert_eq!(claimed(text), Some(years), "{text}");
        }
        assert_eq!(claimed("SUMMARY\nTop seller 3 years running.\n"), None);
        // The years a role asks for are not the writer's.
        for text in [
            "SUMMARY\nReady for a role requiring 5+ years of professional cooking.\n",
            "SUMMARY\nSeeking positions that require at least 4 years of experience.\n",
        ] {
            assert_eq!(claimed(text), None, "{text}");
        }
        assert_eq!(
            claimed("SUMMARY\nWhat the role requires: 8 years of line experience.\n"),
            Some(8.0)
        );
        assert_eq!(claimed("SUMMARY\nSpent 6 years building APIs.\n"), None);
        assert_eq!(claimed("SUMMARY\nTop seller 3 years in a row.\n"), None);
        assert_eq!(claimed("SUMMARY\nLived 3 years in Japan.\n"), None);
        assert_eq!(
            claimed("SUMMARY\nReduced churn 20% over 2 years in the APAC region.\n"),
            None
        );
        // Since a year: to today (November 2026), when the words before name work.
        assert_eq!(
            claimed("SUMMARY\nLicensed electrician since 2012.\n"),
            Some(14.83)
        );
        assert_eq!(
            claimed("SUMMARY\nIn the trucking industry since 2010, accident-free.\n"),
            Some(16.83)
        );
        assert_eq!(
            claimed("SUMMARY\nSince 2016, I have worked as a registered nurse.\n"),
            Some(10.83)
        );
        // Under a skills heading, the years of the whole career when the line says so;
        // a skill's years are no claim.
        assert_eq!(
            claimed("Expertise and Training\n- MBA with a total work experience of 6.8 years\n- Java: 3 years\n"),
            Some(6.8)
        );
        assert_eq!(claimed("SKILLS\nTotal IT Exp: 9 years\n"), Some(9.0));
        assert_eq!(claimed("SKILLS\nJava - 3 years\nSQL (4 years)\n"), None);
        assert_eq!(
            claimed("SKILLS\nTotal Quality Management experience: 5 years\n"),
            None
        );
        for text in [
            "SUMMARY\nSince 2019 I have lived in Denver.\n",
            "SUMMARY\nMember of IEEE since 2015.\n",
            "SUMMARY\nLiving in Austin since 2018.\n",
            "SUMMARY\nLicensed electrician since 2080.\n",
        ] {
            assert_eq!(claimed(text), None, "{text}");
        }
        let names = |text: &str| -> Vec<String> {
            Resume::parse(text, &ex, ym(2026, 11))
                .skills
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        assert_eq!(
            names("SUMMARY\nNot a CPA; holds the CFA charter.\n"),
            ["Chartered Financial Analyst"]
        );
        assert_eq!(
            names("SUMMARY\nLicensed CPA.\n"),
            ["Certified Public Accountant"]
        );
        // Over "or": neither is held.
        assert!(names("SUMMARY\nNot a CPA or CFA.\n").is_empty());
        // Tools the writer says they have not used.
        assert_eq!(
            names("SKILLS\nComputer skills: Microsoft Excel. Not yet trained on SystmOne.\n"),
            ["Microsoft Excel"]
        );
        assert!(names("SUMMARY\nNo experience with SAP or Oracle yet.\n").is_empty());
        // Credentials under way are not held either.
        for text in [
            "SUMMARY\nCPA candidate with 3 years in public practice.\n",
            "CERTIFICATIONS\nCFA Level II Candidate\n",
            "CERTIFICATIONS\nCPA Candidate (passed 3 of 4 sections)\n",
            "SUMMARY\nPursuing CPA licensure.\n",
            "SUMMARY\nEligible for the CPA exam.\n",
            "SUMMARY\nCurrently studying for the CPA exam.\n",
            "CERTIFICATIONS\nPMP (in progress)\n",
            "CERTIFICATIONS\nCPA (expected 2027)\n",
            "SUMMARY\nSeeking a role where I can earn my CPA and eventually obtain a CFA.\n",
            "SUMMARY\nAspiring CPA, hoping to learn CFA.\n",
            "SUMMARY\nCPA-eligible staff accountant.\n",
            "SUMMARY\nI plan to complete my SIA Door Supervisor licence next year.\n",
            "CERTIFICATIONS\nCompTIA A+ - planning to start Core 1 in 2027\n",
            "CERTIFICATIONS\nCISSP exam booked for March\n",
            "SUMMARY\nBooked onto the NEBOSH course.\n",
            "SUMMARY\nCurrently finishing CDL school.\n",
            "CERTIFICATIONS\nCDL skills test scheduled 12/2026\n",
            "EDUCATION\nHigh Plains CDL Academy, Amarillo, TX\n",
            "SUMMARY\nCurrently completing my Red Seal apprenticeship (Level 3).\n",
            "CERTIFICATIONS\nRed Seal Cook apprentice, Level 3\n",
            // A status after a separator on the credential's line.
            "CERTIFICATIONS\nACCA \u{2013} currently studying: passed BT and MA\n",
            "CERTIFICATIONS\nPTCB CPhT \u{2014} studying; exam scheduled January 2027\n",
            "CERTIFICATIONS\nPersonal Licence (APLH) \u{2014} course booked, exam in 2027\n",
            "CERTIFICATIONS\nSnowflake SnowPro Core (2021 \u{2014} expired 2023)\n",
            "SUMMARY\nI'm currently studying ACCA.\n",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // The goal of an apprenticeship is not held; the trade of an apprentice's or a
        // trainee's position is a skill of it.
        assert_eq!(
            names(
                "SUMMARY\nHR Trainee and Welding Apprentice, now completing my Red Seal \
                 apprenticeship (Level 3).\n"
            ),
            ["human resource management", "welding techniques"]
        );
        assert_eq!(
            names("CERTIFICATIONS\nCPA, 2019; CFA candidate\n"),
            ["Certified Public Accountant"]
        );
        // The status is of the credential right before it, and studying for another says
        // nothing of the one held.
        assert_eq!(
            names("CERTIFICATIONS\nPMP \u{2014} 2019; PHR \u{2014} studying\n"),
            ["Project Management Professional"]
        );
        assert_eq!(
            names("CERTIFICATIONS\nPHR \u{2014} studying for the SPHR\n"),
            ["Professional in Human Resources"]
        );
        // A skill before a verb of the bullet is held: "Tableau, planned and built".
        assert_eq!(
            names("EXPERIENCE\nUsed Tableau, planned and built dashboards.\n"),
            ["Tableau", "data visualisation"]
        );
        // The words must follow the credential: "candidates" is a noun of its own.
        assert_eq!(
            names("SUMMARY\nCPA who interviewed candidates.\n"),
            ["Certified Public Accountant", "interview people"]
        );
        // A trade the writer wants to move to is not held; a move the writer led is no
        // wish.
        for text in [
            "SUMMARY\nPainter and decorator looking to move into carpentry.\n",
            "SUMMARY\nKeen to progress into tower crane operation.\n",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // Nor the fields a recruiter hires for.
        assert_eq!(
            names("SUMMARY\nRecruiter hiring for IT, finance and Java developers.\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("- Handled lateral recruitment for Java, .NET and testing roles.\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("SUMMARY\nHired for retail stores using Workday.\n"),
            ["Workday software"]
        );
        assert_eq!(
            names("SUMMARY\nLed the move into Amazon Web Services.\n"),
            ["Amazon Web Services AWS software"]
        );
        // "non" only as a word of its own.
        assert!(names("SUMMARY\nCannon Python scripting.\n")
            .iter()
            .any(|n| n.starts_with("Python")));
    }

    #[test]
    fn the_education_comes_from_its_section_when_that_names_a_degree() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let level = |text: &str| Resume::parse(text, &ex, today).education.map(|d| d.level);
        // An education heading over no degree: the degrees outside the experience count.
        assert_eq!(
            level("Personal Details\n• Bachelor of Engineering (B.E.)\nExperience\nAnalyst, Acme\n2015 - 2020\n- Supervised PhD students\nEducation\nDatabase Administrator\n"),
            Some(crate::DegreeLevel::Bachelor)
        );
        assert_eq!(
            level("Experience\nLecturer, University of Leeds\n2015 - 2020\n- Supervised PhD students\nEducation\nUniversity of Leeds\n"),
            None
        );
        // Without an education heading, from anywhere (an unknown heading leaves its
        // degrees in the section before).
        assert_eq!(
            level("Experience\nAnalyst, Oracle\n2010 - 2012\nScholastics\n• Bachelors in Commerce (B.Com), 2007\n"),
            Some(crate::DegreeLevel::Bachelor)
        );
    }

    #[test]
    fn a_degree_under_way_is_not_held() {
        let ex = Extractor::builtin();
        let edu = |text: &str| {
            let cv = Resume::parse(text, &ex, ym(2026, 11));
            cv.education.map(|e| (e.level.as_str(), e.in_progress))
        };
        let held = Some(("bachelor", false));
        let cases: &[(&str, Option<(&str, bool)>)] = &[
            // The held bachelor's is the highest held; the master's is under way.
            (
                "EDUCATION\nB.Tech in ECE, 2018\nPursuing M.Tech in VLSI\n",
                held,
            ),
            (
                "EDUCATION\nBSc Physics, 2019\nMSc Physics (in progress)\n",
                held,
            ),
            (
                "EDUCATION\nBSc Physics, 2019\nMSc Physics\nState University, 2024 - Present\n",
                held,
            ),
            (
                "EDUCATION\nB.S. Biology, 2020\nPh.D. candidate in Genetics\n",
                held,
            ),
            // Only one under way: it is the education, flagged.
            (
                "EDUCATION\nBachelor of Science in Nursing, expected May 2027\n",
                Some(("bachelor", true)),
            ),
            (
                "EDUCATION\nBachelor of Science in Nursing\nOhio State University\nExpected May 2027\n",
                Some(("bachelor", true)),
            ),
            // Two lines on only after a line without a number; never past a heading.
            (
                "EDUCATION\nB.Sc, 2011 - 2014\nState College\n2019 - Present: tutor\n",
                Some(("bachelor", false)),
            ),
            (
                "EDUCATION\nB.Sc Physics\nEXPERIENCE\nTutor, 2019 - Present\n",
                Some(("bachelor", false)),
            ),
            // Dates just before a degree are its own; a position's far before it on a long
            // line of flattened text are not.
            (
                "EDUCATION\n2024 - Present | M.Sc. Physics, Delhi University\n",
                Some(("master", true)),
            ),
            (
                "Picker, Amazon, Feb 2021 - Present. Picked and packed orders for the region's \
                 stores, and trained new pickers on the scanners. EDUCATION High School \
                 Diploma, 2016\n",
                Some(("high_school", false)),
            ),
            (
                "EDUCATION\nCurrently pursuing a Bachelor of Arts\n",
                Some(("bachelor", true)),
            ),
            // A due date already past is a degree held.
            (
                "EDUCATION\nMaster of Science in Statistics, expected 2024\n",
                Some(("master", false)),
            ),
            (
                "EDUCATION\nMaster of Science, 2016 - 2018\nBSc Mathematics, 2013\n",
                Some(("master", false)),
            ),
            // The next line's words of study are another entry's; words inside others
            // ("candidates", "unexpected", "Nowrosjee") say nothing.
            (
                "EDUCATION\nB.Com, 2019\nPursuing CA\n",
                Some(("bachelor", false)),
            ),
            (
                "EDUCATION\nBA English, unexpected results for candidates\n",
                Some(("bachelor", false)),
            ),
            (
                "EDUCATION\nB.Sc, 2011 - 2014\nNowrosjee Wadia College\n",
                Some(("bachelor", false)),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(edu(text), *want, "{text:?}");
        }
    }

    #[test]
    fn the_last_bullet_of_a_position_is_not_the_next_ones_employer() {
        let text = "Experience\nStaff Nurse, Mercy Hospital\nJan 2019 - Present\n\
                    - Charted in Epic\n- Cared for 5 patients per shift\n\
                    Jun 2016 - Dec 2018\n- Triage\n";
        let cv = Resume::parse(text, &Extractor::builtin(), ym(2026, 11));
        assert_eq!(cv.positions.len(), 2);
        let second = &cv.positions[1];
        assert_eq!(
            (second.title.as_deref(), second.employer.as_deref()),
            (None, None)
        );
        // The bullet stays in the first position's text: the second starts at its dates.
        assert!(text[second.span.start..].starts_with("Jun 2016"));
        // A resume that bullets its headers keeps them.
        let text = "Experience\n• Data Analyst, Acme Corp\nJan 2018 - Dec 2019\n- Reports\n\
                    • Senior Analyst, Initech Systems\nJan 2020 - Present\n";
        let cv = Resume::parse(text, &Extractor::builtin(), ym(2026, 11));
        let titles: Vec<_> = cv.positions.iter().map(|p| p.title.as_deref()).collect();
        assert_eq!(titles, [Some("Data Analyst"), Some("Senior Analyst")]);
    }

    #[test]
    fn promotions_under_one_employer_share_it() {
        let ex = Extractor::builtin();
        let pairs = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            Resume::parse(text, &ex, ym(2026, 11))
                .positions
                .into_iter()
                .map(|p| (p.title, p.employer))
                .collect()
        };
        let own = |t: &str, e: Option<&str>| (Some(t.to_string()), e.map(str::to_string));
        assert_eq!(
            pairs(
                "EXPERIENCE\nTarget Corporation\nStore Manager, 2021 - Present\n- Ran the store\n\
                 Assistant Store Manager, 2018 - 2021\n- Led a team\n\n\
                 Walmart\nCashier, 2016 - 2018\n"
            ),
            [
                own("Store Manager", Some("Target Corporation")),
                own("Assistant Store Manager", Some("Target Corporation")),
                own("Cashier", Some("Walmart")),
            ]
        );
        // Titles and dates on lines of their own.
        assert_eq!(
            pairs(
                "EXPERIENCE\nTarget Corporation\nStore Manager\n2021 - Present\n• Ran the store\n\
                 Assistant Store Manager\n2018 - 2021\n• Ran the front end\n"
            ),
            [
                own("Store Manager", Some("Target Corporation")),
                own("Assistant Store Manager", Some("Target Corporation")),
            ]
        );
        // The bullets of Word's lists as text extraction gives them are bullets too.
        for bullet in ["o ", "\u{f0b7}\t", "· ", "► ", "❖ "] {
            assert_eq!(
                pairs(&format!(
                    "EXPERIENCE\nTarget Corporation, Phoenix, AZ\n\
                     Store Manager                          2021 - Present\n{bullet}Ran the store\n\
                     Assistant Store Manager                2018 \u{2212} 2021\n{bullet}Ran the front end\n"
                )),
                [
                    own("Store Manager", Some("Target Corporation")),
                    own("Assistant Store Manager", Some("Target Corporation")),
                ],
                "{bullet:?}"
            );
        }
        // An employer on the position's own line is that position's alone.
        assert_eq!(
            pairs("EXPERIENCE\nNurse, Mercy Hospital, 2020 - 2022\nCaregiver, 2018 - 2020\n"),
            [own("Nurse", Some("Mercy Hospital")), own("Caregiver", None)]
        );
        // Labels of a position's fields and lines of places are passed over.
        assert_eq!(
            pairs("Experience\ncompany - Blue Shield\ndescription - India\nDuration: Oct 2017 - Present\n"),
            [(None, Some("Blue Shield".to_string()))]
        );
    }

    #[test]
    fn a_europass_cvs_positions_each_keep_their_own_employer() {
        let ex = Extractor::builtin();
        let cv = Resume::parse(
            "Work Experience\nDates: 2022 - 2023\nOccupation or position held: Clerk\n\
             Name of employer: Smith, Jones & Co\nDates: 2024 - 2025\n\
             Occupation or position held: Staff OT\n\
             Name and address of employer: St Anne's Hospital, Cork\n",
            &ex,
            YearMonth::new(2026, 11).unwrap(),
        );
        let got: Vec<(Option<&str>, Option<&str>)> = cv
            .positions
            .iter()
            .map(|p| (p.title.as_deref(), p.employer.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Clerk"), Some("Smith, Jones & Co")),
                (Some("Staff OT"), Some("St Anne's Hospital")),
            ]
        );
    }

    #[test]
    fn headings_glued_to_their_first_lines() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let text = "Kwame Asante\nSUMMARYAccounts payable specialist with three years in AP.\n\
                    EXPERIENCEAccounts Payable Specialist\nLindqvist Packaging Co., Cleveland, OH\n\
                    2025/02 - now\nProcess 1,200 invoices a month in SAP S/4HANA\n\
                    EDUCATIONAssociate of Applied Science in Accounting, Parma, OH – 2023\n";
        let cv = Resume::parse(text, &ex, today);
        assert_eq!(cv.positions.len(), 1);
        assert_eq!(
            cv.positions[0].title.as_deref(),
            Some("Accounts Payable Specialist")
        );
        assert_eq!(
            cv.positions[0].employer.as_deref(),
            Some("Lindqvist Packaging Co.")
        );
        let edu = cv.education.as_ref().expect("education");
        assert_eq!(edu.level, super::super::education::DegreeLevel::Associate);
        assert_eq!(edu.field.as_deref(), Some("Accounting"));
        // Two degrees after the glued heading: the second is the whole text's too.
        let cv = Resume::parse(
            "Jane Doe\nEDUCATIONB.Sc. – M.Sc. (in progress)\n",
            &ex,
            today,
        );
        assert_eq!(
            cv.education.as_ref().map(|e| e.level),
            Some(super::super::education::DegreeLevel::Bachelor)
        );
        // A company's name in capitals that starts with a heading's is no heading.
        let cv = Resume::parse(
            "EXPERIENCE\nSKILLSOFT, Nashua NH\nSales Manager\nJan 2019 - Dec 2021\n",
            &ex,
            today,
        );
        assert_eq!(cv.positions.len(), 1);
    }

    #[test]
    fn headings_with_their_letters_spaced_out() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let cv = Resume::parse(
            "E X P E R I E N C E\nJan 2019 - Dec 2021\nWarehouse Associate, Acme Foods\n\
             C E R T I F I C A T I O N S\nOSHA 10\n",
            &ex,
            today,
        );
        assert_eq!(cv.positions.len(), 1);
        assert_eq!(
            cv.positions[0].title.as_deref(),
            Some("Warehouse Associate")
        );
        assert_eq!(cv.positions[0].employer.as_deref(), Some("Acme Foods"));
        // The heading's letters are no skills ("C", "R").
        let names: Vec<&str> = cv.skills.iter().map(|s| s.name.as_str()).collect();
        assert!(!names.contains(&"C") && !names.contains(&"R"), "{names:?}");
    }

    #[test]
    fn titles_and_employers_around_the_dates() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let read = |text: &str| {
            let cv = Resume::parse(text, &ex, today);
            assert_eq!(cv.positions.len(), 1, "{text:?}");
            let p = &cv.positions[0];
            (p.title.clone(), p.employer.clone())
        };
        let both = |t: &str, e: &str| (Some(t.to_string()), Some(e.to_string()));
        for (text, want) in [
            // A Europass CV's labels below the dates; Indian resumes' numbered labels above.
            (
                "Work Experience\nDates: 09/2024 - 07/2025\nOccupation or position held: Basic Grade Occupational Therapist\nMain activities and responsibilities:\n- Home visits\nName and address of employer: Lough Derran Primary Care Team, Lough Derran, Ireland\n",
                both(
                    "Basic Grade Occupational Therapist",
                    "Lough Derran Primary Care Team",
                ),
            ),
            (
                "Work Experience\n1) Company     : Nilgiri Data Labs Pvt. Ltd., Hyderabad\n   Designation : Data Engineer\n   Duration    : Mar 2024 - Present\n",
                both("Data Engineer", "Nilgiri Data Labs Pvt. Ltd."),
            ),
            // The dates alone above the title, the employer on the line below it.
            (
                "Experience\nAug 2023 - Present\nLicensed Veterinary Technician\nMagic Valley Animal Clinic, Twin Falls, ID\n- Perform venipuncture\n",
                both("Licensed Veterinary Technician", "Magic Valley Animal Clinic"),
            ),
            (
                "Experience\nAug 2023 - Present\nLicensed Veterinary Technician\nPerformed venipuncture daily\n",
                (Some("Licensed Veterinary Technician".to_string()), None),
            ),
            // A title's specialty after its dash on the dates' line, the employer on the
            // line below; the specialty stays the employer when nothing below names one.
            (
                "Experience\nSenior Civil Engineer – Water & Sanitation      Mar 2019 – Present\nNkanyezi Consulting Engineers (Pty) Ltd, Pretoria\n• Designed a bulk water pipeline\n",
                both(
                    "Senior Civil Engineer – Water & Sanitation",
                    "Nkanyezi Consulting Engineers (Pty) Ltd",
                ),
            ),
            (
                "Experience\nCandidate Engineer – Water Department      Jan 2012 – Jan 2015\nDrakensview District Municipality, Pietermaritzburg\n",
                both(
                    "Candidate Engineer – Water Department",
                    "Drakensview District Municipality",
                ),
            ),
            (
                "Experience\nProject Manager – Acme Builders      Mar 2019 – Present\n• Ran sites of R30m\n",
                both("Project Manager", "Acme Builders"),
            ),
            (
                "Experience\nSoftware Developer – Infosys      Mar 2019 – Present\nClient: Bank of America\n",
                both("Software Developer", "Infosys"),
            ),
            // A company name that ends in a dot is no sentence.
            (
                "Experience\nData Analyst, Acme Inc.\nJan 2015 - Dec 2019\n",
                both("Data Analyst", "Acme Inc."),
            ),
            (
                "Experience\nData Analyst, Acme, Inc.\nJan 2015 - Dec 2019\n",
                both("Data Analyst", "Acme, Inc."),
            ),
            // British titles.
            (
                "Employment History\nSenior Carer, Northgate Ltd, Leeds\nMarch 2018 - May 2020\n",
                both("Senior Carer", "Northgate Ltd"),
            ),
            (
                "Employment History\nCustomer Service Adviser, Northgate Ltd\nMarch 2018 - May 2020\n",
                both("Customer Service Adviser", "Northgate Ltd"),
            ),
            (
                "Employment History\nJoiner, Northgate Ltd\nMarch 2018 - May 2020\n",
                both("Joiner", "Northgate Ltd"),
            ),
            (
                "Employment History\nKitchen Porter, Northgate Ltd\nMarch 2018 - May 2020\n",
                both("Kitchen Porter", "Northgate Ltd"),
            ),
            // A word of titles that also names companies, inside a name.
            (
                "Experience\nRegistered Nurse\nSteward Health Care\nJan 2018 - Dec 2020\n",
                both("Registered Nurse", "Steward Health Care"),
            ),
            (
                "Experience\nFirst Officer, Porter Airlines\nJan 2018 - Dec 2020\n",
                both("First Officer", "Porter Airlines"),
            ),
            // Columns of a PDF's text, and no-break spaces.
            (
                "Experience\nSite Superintendent          Granite Ridge Construction          Apr 2017 - Dec 2020\n",
                both("Site Superintendent", "Granite Ridge Construction"),
            ),
            (
                "Experience\nSenior\u{a0}Accountant, Meridian\u{a0}Freight\nJan 2015 - Dec 2019\n",
                both("Senior Accountant", "Meridian Freight"),
            ),
            // Spaces of justified text are no columns.
            (
                "Experience\nSoftware   Engineer, Acme Corp\nJan 2015 - Dec 2019\n",
                both("Software Engineer", "Acme Corp"),
            ),
            // A place, a duration or a way of working beside the dates is no employer.
            (
                "Experience\nProduct Manager, Stark Industries\nJun 2019 – Mar 2021 | New York, NY\n",
                both("Product Manager", "Stark Industries"),
            ),
            (
                "Experience\nSoftware Engineer\nGlobex · Full-time\nJan 2020 - Present · 6 yrs 11 mos\n",
                both("Software Engineer", "Globex"),
            ),
            (
                "Experience\nSoftware Engineer, Globex\nJan 2020 - Present (Remote)\n",
                both("Software Engineer", "Globex"),
            ),
            (
                "Experience\nSoftware Engineer, Globex\nFrom Jan 2018 to Mar 2021\n",
                both("Software Engineer", "Globex"),
            ),
            // "Since" starts a range to the present, at the edge of a line.
            (
                "Experience\nProduct Manager, Stark Industries (since March 2020)\n",
                both("Product Manager", "Stark Industries"),
            ),
            (
                "Experience\nData Engineer, Acme\nSince 2020\n- Python\n",
                both("Data Engineer", "Acme"),
            ),
            // Not in a sentence: one position here.
            (
                "Experience\nData Engineer, Acme | Jan 2018 - Dec 2019\n- Used Python since 2015 for scripts.\n",
                both("Data Engineer", "Acme"),
            ),
            // A project's details are neither, and are passed over.
            (
                "Experience\nSAP Developer\nTeam Size: 12\nDuration: Feb 2017 to Mar 2020\n",
                (Some("SAP Developer".to_string()), None),
            ),
            // A title with its unit, then the employer after a dash.
            (
                "Experience\nStaff Nurse, Telemetry — St. Brendan Medical Center\nJan 2019 - Present\n",
                both("Staff Nurse, Telemetry", "St. Brendan Medical Center"),
            ),
            (
                "Experience\nBackend Engineer, Payments Team at Globex Labs\n2019 - 2021\n",
                both("Backend Engineer, Payments Team", "Globex Labs"),
            ),
            // A title with its unit on its own line: the employer is the header's above.
            (
                "Experience\nRiverside Methodist Hospital — Columbus, OH\n\
                 Charge Nurse, Cardiac Telemetry Unit\n06/2019 - Present\n• Supervise RNs\n",
                both(
                    "Charge Nurse, Cardiac Telemetry Unit",
                    "Riverside Methodist Hospital",
                ),
            ),
            // A title with its department, the employer below; a title, its unit, the
            // employer, on one line.
            (
                "Experience\nRegistered Nurse, Emergency Department      Jun 2014 - Dec 2019\n\
                 Treasure Valley Medical Center, Boise, ID\n",
                both(
                    "Registered Nurse, Emergency Department",
                    "Treasure Valley Medical Center",
                ),
            ),
            (
                "Experience\nPatient Care Technician - Step-Down Unit | Kettering Valley \
                 Hospital | 03/2022 - Present\n",
                both(
                    "Patient Care Technician - Step-Down Unit",
                    "Kettering Valley Hospital",
                ),
            ),
            // A department that is an organisation of its own is the employer.
            (
                "Experience\nCrime Analyst, Boston Police Department, 2015 - 2020\n",
                both("Crime Analyst", "Boston Police Department"),
            ),
            // The employer and its town, then the title, after a list number.
            (
                "Experience\n1. Kalpavriksha Technologies Pvt Ltd, Bengaluru — SAP FICO Lead \
                 Consultant — Feb 2022 to Present\n",
                both(
                    "SAP FICO Lead Consultant",
                    "Kalpavriksha Technologies Pvt Ltd",
                ),
            ),
            // Columns of PDF text: the employer's line with its place in a column of its
            // own.
            (
                "Experience\nLakeshore Manufacturing Group                    Chicago, IL\n\
                 Senior Accountant                                June 2019 – Current\n",
                both("Senior Accountant", "Lakeshore Manufacturing Group"),
            ),
            // The employer on the line below the title and its dates.
            (
                "Experience\nSenior Accountant                                June 2019 – Current\n\
                 Lakeshore Manufacturing Group, Chicago, IL\n• Month-end close\n",
                both("Senior Accountant", "Lakeshore Manufacturing Group"),
            ),
            // A name of two words or more and its town below, over the position's bullets.
            (
                "Experience\nSenior Accountant                          03/2018-06/2021\n\
                 Big Four Firm, Chicago\n- Led audits\n",
                both("Senior Accountant", "Big Four Firm"),
            ),
            (
                "Experience\nLine Cook                           2019 - 2021\n\
                 Blue Harbor Bistro, Toronto, Ontario\n\n",
                both("Line Cook", "Blue Harbor Bistro"),
            ),
            // With its trade in a long note (a European CV's dates in a column of their
            // own).
            (
                "Work Experience\n03/2021 – today      Senior Demand Planner\n                     \
                 Polderkroon Dairy B.V., Amersfoort (FMCG – yoghurts and dairy desserts, 600 \
                 SKUs)\n                     • Owner of the baseline forecast\n",
                both("Senior Demand Planner", "Polderkroon Dairy B.V."),
            ),
            // Dates after a column gap.
            (
                "Work History\nThe Copper Pot Bistro, Austin, TX\n\
                 Sous Chef                                   Since 2022\n* Run the line\n",
                both("Sous Chef", "The Copper Pot Bistro"),
            ),
            // A range to the present after a middle dot or a bullet.
            (
                "Experience\nSite Reliability Engineer\nFrachtly GmbH, Berlin · Since 2024\n\
                 • Ran the clusters\n",
                both("Site Reliability Engineer", "Frachtly GmbH"),
            ),
            (
                "Experience\nSite Reliability Engineer\nFrachtly GmbH • Berlin • Since 2024\n\
                 • Ran the clusters\n",
                both("Site Reliability Engineer", "Frachtly GmbH"),
            ),
            // Other countries' company forms end the line with a dot and no sentence.
            (
                "Experience\nSenior Data Engineer — Wisła Analytics Sp. z o.o.\n\
                 Mar 2022 – Present\n• Built pipelines\n",
                both("Senior Data Engineer", "Wisła Analytics Sp. z o.o."),
            ),
            (
                "Experience\nBackend Developer, Dolomiti Software S.p.A.\n\
                 2019 - 2022\n• Built services\n",
                both("Backend Developer", "Dolomiti Software S.p.A."),
            ),
            (
                "Experience\nQA Analyst at Vltava Systems s.r.o.\n2020 - 2023\n• Tested\n",
                both("QA Analyst", "Vltava Systems s.r.o."),
            ),
            (
                "Experience\nControlador | Grupo Sierra S.A. de C.V.\n2018 - 2021\n• Cierres\n",
                both("Controlador", "Grupo Sierra S.A. de C.V."),
            ),
            (
                "Experience\nData Engineer, Panificadora Andina S.A.B. de C.V.\n\
                 2018 - 2021\n• Pipelines\n",
                both("Data Engineer", "Panificadora Andina S.A.B. de C.V."),
            ),
            // Without a word of an organisation after the dash, the comma part stays the
            // employer.
            (
                "Experience\nSoftware Engineer, Initech — Austin\n2019 - 2021\n",
                both("Software Engineer", "Initech"),
            ),
        ] {
            assert_eq!(read(text), want, "{text:?}");
        }
    }

    #[test]
    fn roles_under_an_employer_s_whole_stay_are_its_positions() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\nAcme Corp (Mar 2019 – Jun 2021)\n\
                    Senior Data Analyst (Jan 2021 – Jun 2021)\n- Led the team\n\
                    Data Analyst (Mar 2019 – Dec 2020)\n- Built dashboards in Tableau\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [
                (Some("Senior Data Analyst"), Some("Acme Corp")),
                (Some("Data Analyst"), Some("Acme Corp"))
            ]
        );
        assert_eq!(cv.total_years, 2.33);
        // The first role takes in the header's text.
        assert_eq!(cv.positions[0].span.start, text.find("Acme").unwrap());
        // Roles that leave a month of the stay uncovered, a header with text of its own
        // (its skills keep the whole stay's years) and a job held beside the roles leave
        // the header a position: the years counted stay those the resume gives.
        let text = "EXPERIENCE\nAcme Corp (2010 – 2021)\nData Analyst (Mar 2019 – Dec 2020)\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 2);
        assert_eq!(cv.total_years, 11.0);
        for text in [
            "EXPERIENCE\nAcme Corp (Mar 2019 – Jun 2021)\nSenior Data Analyst (Jan 2021 – Jun 2021)\n\
             Data Analyst (Mar 2019 – Nov 2020)\n",
            "EXPERIENCE\nAcme Corp (Mar 2019 – Jun 2021)\n• Analytics on Python and SQL\n\
             Senior Data Analyst (Jan 2021 – Jun 2021)\nData Analyst (Mar 2019 – Dec 2020)\n",
            "EXPERIENCE\nAcme Corp | 2015 - 2023\nSenior Engineer | 2019 - 2023\n\
             Engineer | 2015 - 2019\nTeaching Assistant | 2016 - 2018\n",
        ] {
            let cv = Resume::parse(text, &ex, ym(2026, 11));
            assert_eq!(cv.positions[0].title, None, "{text}");
            assert_eq!(cv.positions[0].employer.as_deref(), Some("Acme Corp"), "{text}");
        }
        let text = "EXPERIENCE\nAcme Corp (Mar 2019 – Jun 2021)\n• Analytics on Python and SQL\n\
                    Senior Data Analyst (Jan 2021 – Jun 2021)\nData Analyst (Mar 2019 – Dec 2020)\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        let python = cv.skills.iter().find(|s| s.name.starts_with("Python"));
        assert_eq!(python.and_then(|s| s.years), Some(2.33));
    }

    #[test]
    fn positions_given_with_their_labels() {
        let ex = Extractor::builtin();
        let text = "WORK EXPERIENCE\n\n\
                    Organisation : Sunrise Claims Services Pvt Ltd, Chennai\n\
                    Designation  : Senior Medical Coder\n\
                    Duration     : Aug 2024 - Till date\n\
                    - Assign ICD-10-CM codes\n\n\
                    1. Greenfield Senior Secondary School, Faridabad\n   \
                    Designation: PGT Mathematics\n   \
                    Duration: 01-Apr-2019 to Jul 2024\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(
            titles_and_employers(&cv),
            [
                (
                    Some("Senior Medical Coder"),
                    Some("Sunrise Claims Services Pvt Ltd")
                ),
                (
                    Some("PGT Mathematics"),
                    Some("Greenfield Senior Secondary School")
                ),
            ]
        );
    }

    #[test]
    fn a_projects_dates_under_a_position_are_no_position() {
        let ex = Extractor::builtin();
        let text = "EXPERIENCE\n\
                    Kalpavriksha Technologies Pvt Ltd — SAP FICO Consultant — Feb 2018 to \
                    Present\n\nClient: FMCG company, India\n\
                    Role: FICO Consultant | Duration: Feb 2022 – Feb 2024\n\
                    - Configured asset accounting\n";
        let cv = Resume::parse(text, &ex, ym(2026, 11));
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        // A project block of labels, the client two lines above the dates.
        let text = "EXPERIENCE\n\
                    Kalpavriksha Technologies Pvt Ltd — SAP FICO Consultant — Feb 2018 to \
                    Present\n\nProject Name: Ledger Move\nClient: FMCG company\n\
                    Role: FICO Consultant\nDuration: Feb 2022 – Feb 2024\n";
        assert_eq!(Resume::parse(text, &ex, ym(2026, 11)).positions.len(), 1);
        // Dates outside every position's are a position, whatever their label.
        let text = "EXPERIENCE\nClient: Northwind Bank\nRole: Business Analyst | Duration: \
                    Feb 2016 – Feb 2018\n";
        assert_eq!(Resume::parse(text, &ex, ym(2026, 11)).positions.len(), 1);
    }

    #[test]
    fn bad_dates_and_no_dates() {
        let cv = Resume::parse(
            "Experience\nDev, Foo | 13/2020 - 05/2021\nDev, Bar | 2019 - 2017\nDev, Baz | 2021 - 2031\n",
            &Extractor::builtin(),
            ym(2026, 11),
        );
        assert_eq!(cv.positions.len(), 1, "{:?}", cv.positions);
        assert_eq!(cv.positions[0].end, ym(2026, 11));
        assert_eq!(cv.notes.len(), 3, "{:?}", cv.notes);
        let none = Resume::parse(
            "Just a few words about me.",
            &Extractor::builtin(),
            ym(2026, 11),
        );
        assert_eq!(none.total_years, 0.0);
        assert!(none.positions.is_empty());
        // A "today" past the years dates are read in counts as the last of them.
        let far = Resume::parse(
            "Experience\nDev, Foo | Jan 2018 - Present\n",
            &Extractor::builtin(),
            ym(9999, 12),
        );
        assert_eq!(far.positions[0].end, ym(MAX_YEAR, 12));
    }
}
