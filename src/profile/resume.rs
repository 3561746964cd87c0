//! Parsed resumes.

use serde::{Deserialize, Serialize};

use super::dates::{find_ranges, merged_months, DateRange, YearMonth};
use super::education::{find_degrees, Degree};
use super::sections::{
    heading_kind, kind_at, sections, skills_lists, DocKind, Section, SectionKind,
};
use super::stated::stated_years;
use super::titles::title_employer;
use super::words::Starts;
use super::years::{find_statements, Context};
use super::{push_mention, Span, PROFILE_VERSION};
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
    /// than" / "under" counts half: "Less than 1 year" is 0.5.
    pub stated_years: Option<f64>,
    /// The last month of the latest position that mentions it.
    pub last_used: Option<YearMonth>,
    /// Where it is mentioned.
    pub mentions: Vec<Span>,
}

/// The highest degree in a resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Education {
    /// Degree level.
    pub level: super::education::DegreeLevel,
    /// Field, when stated.
    pub field: Option<String>,
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
    /// Named sections with their spans.
    pub sections: Vec<Section>,
    /// What was ignored or clamped, and why.
    pub notes: Vec<String>,
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
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
        let sections = sections(text, DocKind::Resume);
        let has_experience = sections.iter().any(|s| s.kind == SectionKind::Experience);
        let mut notes = Vec::new();

        // Positions: date ranges in the experience section (or, with no such section,
        // outside education, projects and certifications, and not on a degree's line).
        let mut rejected = Vec::new();
        let starts = Starts::new(text);
        let ranges = find_ranges(text, &starts, today, &mut rejected);
        let degrees = find_degrees(text, &starts);
        let lines = Lines::new(text);
        let line_start = |at: usize| lines.start(at);
        let line_end = |at: usize| lines.end(at);
        let degree_lines: foldhash::HashSet<usize> =
            degrees.iter().map(|d| line_start(d.start)).collect();
        let mut positions: Vec<Position> = Vec::new();
        let mut last_line = usize::MAX;
        let mut kept_ranges: Vec<DateRange> = Vec::new();
        for r in ranges {
            let kind = kind_at(&sections, r.span.0);
            let counts = if has_experience {
                kind == SectionKind::Experience
            } else {
                !matches!(
                    kind,
                    SectionKind::Education | SectionKind::Projects | SectionKind::Certifications
                ) && !degree_lines.contains(&line_start(r.span.0))
            };
            let ls = line_start(r.span.0);
            if !counts || ls == last_line {
                continue;
            }
            // A lone date ("2014", "Summer 2016") is a position only at the start or end of
            // a short line, not inside a sentence ("promoted in 2020").
            let line = &text[ls..line_end(r.span.0)];
            if r.lone {
                let before = text[ls..r.span.0].trim_end();
                let after = text[r.span.1..line_end(r.span.1)].trim_start();
                let at_edge = |s: &str, edge_last: bool| {
                    s.is_empty()
                        || if edge_last {
                            s.ends_with(['|', ',', '-', '–', '—', ':'])
                        } else {
                            s.starts_with(['|', ',', '-', '–', '—', ':'])
                        }
                        || (!edge_last
                            && s.split_whitespace().take(7).count() <= 6
                            && !s.ends_with(['.', ')']))
                };
                let edge = before.trim_start_matches(['-', '*', '•', ' ']).is_empty()
                    && at_edge(after, false)
                    || at_edge(before, true) && after.is_empty();
                if line.trim().len() > 100 || !has_experience || !edge {
                    continue;
                }
            }
            last_line = ls;
            kept_ranges.push(r);
        }
        for r in &rejected {
            if kind_at(&sections, r.span.0) == SectionKind::Experience || !has_experience {
                notes.push(format!("date ignored: {}", r.reason));
            }
        }
        for (k, r) in kept_ranges.iter().enumerate() {
            let ls = line_start(r.span.0);
            let le = line_end(r.span.1);
            let mut rest = String::new();
            rest.push_str(&text[ls..r.span.0]);
            rest.push(' ');
            rest.push_str(&text[r.span.1..le]);
            let (mut title, mut employer) = title_employer(&rest);
            let mut header = ls;
            // Title or employer on the lines just above.
            for _ in 0..2 {
                if title.is_some() && employer.is_some() || header == 0 {
                    break;
                }
                let prev_start = line_start(header - 1);
                let prev = text[prev_start..header].trim();
                let prev_is_position = k > 0 && prev_start <= kept_ranges[k - 1].span.0;
                if prev.is_empty()
                    || prev.len() > 100
                    || prev_is_position
                    || heading_kind(prev, DocKind::Resume).is_some()
                    || prev.ends_with('.')
                {
                    break;
                }
                let (t, e) = title_employer(prev);
                let before = (title.is_some(), employer.is_some());
                if title.is_none() && t.is_some() {
                    title = t;
                    if employer.is_none() {
                        employer = e;
                    }
                } else if employer.is_none() && (e.is_some() || t.is_some()) {
                    employer = e.or(t);
                }
                if before == (title.is_some(), employer.is_some()) {
                    break;
                }
                header = prev_start;
            }
            // Sections are sorted and contiguous: the one holding the range by binary search.
            let section_end = sections
                .get(
                    sections
                        .partition_point(|s| s.start <= r.span.0)
                        .wrapping_sub(1),
                )
                .filter(|s| r.span.0 < s.end)
                .map_or(text.len(), |s| s.end);
            let next = kept_ranges
                .get(k + 1)
                .map_or(section_end, |n| line_start(n.span.0).min(section_end));
            let months = r.start.months_until(r.end).max(0) as u32;
            positions.push(Position {
                title,
                employer,
                start: r.start,
                end: r.end.plus(-1),
                current: r.current,
                months,
                span: Span::new(header, next.max(header)),
            });
        }
        // A position's text ends where the next one's header starts.
        for k in 1..positions.len() {
            let next_start = positions[k].span.start;
            let prev = &mut positions[k - 1].span;
            if prev.end > next_start {
                prev.end = next_start.max(prev.start);
            }
        }
        let mut intervals: Vec<(YearMonth, YearMonth)> =
            positions.iter().map(|p| (p.start, p.end.plus(1))).collect();
        let total_years = round2(merged_months(&mut intervals) as f64 / 12.0);

        // Skills, with the positions that mention them and years stated beside them.
        let mentions = extractor.extract_with_lists(text, &skills_lists(&sections));
        let mut skills: Vec<ResumeSkill> = Vec::with_capacity(mentions.len());
        let mut slot_of =
            foldhash::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        let mut per_skill_intervals: Vec<Vec<(YearMonth, YearMonth)>> = Vec::new();
        for m in mentions {
            let slot = push_mention(&mut skills, &mut slot_of, extractor, &m, |skill| {
                ResumeSkill {
                    skill_id: skill.id.clone(),
                    name: skill.name.clone(),
                    kind: skill.kind,
                    years: None,
                    stated_years: None,
                    last_used: None,
                    mentions: Vec::new(),
                }
            });
            if per_skill_intervals.len() <= slot {
                per_skill_intervals.resize(slot + 1, Vec::new());
            }
            let rs = &mut skills[slot];
            rs.mentions.push(Span::new(m.start, m.end));
            // Position spans are sorted and disjoint: the one holding the mention by binary
            // search. Mentions come in text order, so a repeated interval is the last one.
            let p = positions
                .get(
                    positions
                        .partition_point(|p| p.span.start <= m.start)
                        .wrapping_sub(1),
                )
                .filter(|p| m.start < p.span.end);
            if let Some(p) = p {
                let iv = (p.start, p.end.plus(1));
                if per_skill_intervals[slot].last() != Some(&iv) {
                    per_skill_intervals[slot].push(iv);
                }
                rs.last_used = Some(rs.last_used.map_or(p.end, |l| l.max(p.end)));
            }
            // "Python (5 years)": the statement follows the mention closely.
            let mut hi = (m.end + 48).min(text.len());
            while !text.is_char_boundary(hi) {
                hi -= 1;
            }
            let after = &text[m.end..hi];
            if let Some(stated) = stated_years(after) {
                let n: f64 = stated.number.parse().unwrap_or(1.0); // "a", "an", "one"
                let mut years = if stated.months { n / 12.0 } else { n };
                // "Less than 1 year", "under 6 months": half of it.
                if stated.less {
                    years /= 2.0;
                }
                if years <= super::years::MAX_YEARS {
                    let y = round2(years);
                    rs.stated_years = Some(rs.stated_years.map_or(y, |s| s.max(y)));
                }
            }
        }
        for (slot, rs) in skills.iter_mut().enumerate() {
            let from_positions = per_skill_intervals
                .get_mut(slot)
                .filter(|v| !v.is_empty())
                .map(|v| round2(merged_months(v) as f64 / 12.0));
            rs.years = match (from_positions, rs.stated_years) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }

        // "8+ years of experience" in the summary (or anywhere outside the positions).
        let mut ignored = Vec::new();
        let claimed_years = find_statements(text, &starts.units, |_| Context::Prose, &mut ignored)
            .iter()
            .filter(|s| {
                matches!(
                    kind_at(&sections, s.start),
                    SectionKind::Summary | SectionKind::Intro | SectionKind::Other
                )
            })
            .map(|s| s.min_years)
            .max_by(f64::total_cmp);
        notes.extend(ignored.into_iter().map(|(_, _, why)| why));

        // The highest degree, from the education section when there is one.
        let has_education = sections.iter().any(|s| s.kind == SectionKind::Education);
        let education = degrees
            .into_iter()
            .filter(|d| !has_education || kind_at(&sections, d.start) == SectionKind::Education)
            .max_by(|a: &Degree, b: &Degree| {
                a.level
                    .rank()
                    .cmp(&b.level.rank())
                    .then(a.field.is_some().cmp(&b.field.is_some()))
                    .then(b.start.cmp(&a.start))
            })
            .map(|d| Education {
                level: d.level,
                field: d.field,
                span: Span::new(d.start, d.end),
            });

        Resume {
            version: PROFILE_VERSION,
            offsets: super::OffsetUnit::Bytes,
            today,
            total_years,
            claimed_years,
            positions,
            skills,
            education,
            sections,
            notes,
        }
    }

    /// Rewrites every offset with `f` (Python uses this to turn bytes into characters).
    pub fn map_offsets(&mut self, f: &impl Fn(usize) -> usize, unit: super::OffsetUnit) {
        self.offsets = unit;
        for p in &mut self.positions {
            p.span.map(f);
        }
        for s in &mut self.skills {
            s.mentions.iter_mut().for_each(|m| m.map(f));
        }
        if let Some(e) = &mut self.education {
            e.span.map(f);
        }
        for s in &mut self.sections {
            s.start = f(s.start);
            s.end = f(s.end);
        }
    }
}

/// The lines of a text, found once: line starts and ends by binary search, so that many
/// dates on one long line stay linear.
struct Lines {
    /// Where each line starts: 0, and after every `\n`.
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
        let mut starts = Vec::with_capacity(newlines.clone().count() + 1);
        starts.push(0);
        starts.extend(newlines.map(|i| i + 1));
        Lines {
            starts,
            len: text.len(),
        }
    }

    /// Start of the line holding byte `at` (after the last `\n` before `at`).
    fn start(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&s| s <= at);
        self.starts[k.saturating_sub(1)]
    }

    /// End of the line holding byte `at` (the first `\n` at or after `at`, or the end).
    fn end(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&s| s <= at);
        self.starts.get(k).map_or(self.len, |&s| s - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Without the sections, the risky forms of a bare list need other evidence.
        let plain: Vec<_> = ex
            .extract(text)
            .iter()
            .map(|m| ex.skill(m).name.clone())
            .collect();
        assert!(!plain.iter().any(|n| n == "software testing"), "{plain:?}");
    }

    #[test]
    fn a_languages_section_is_a_list_of_skills() {
        let ex = Extractor::builtin();
        let languages = |heading: &str| {
            let text = format!(
                "Jane Roe\n\nEXPERIENCE\nHR lead, Acme | 2019 - 2021\n\n{heading}\nEnglish, Hindi (spoken)\n"
            );
            let cv = Resume::parse(&text, &ex, ym(2026, 11));
            cv.skills.iter().any(|s| s.name == "English")
        };
        assert!(languages("Languages"));
        assert!(languages("LANGUAGES KNOWN:"));
        // Under a heading that names no list, the risky form at a line start is not taken,
        // nor under one whose text after the colon mentions languages.
        assert!(!languages("Hobbies"));
        assert!(!languages("Hobbies: language exchange"));
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
    }
}
