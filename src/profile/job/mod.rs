//! Parsed job postings.

use serde::{Deserialize, Serialize};

use super::education::{drop_degree_names, find_degrees, names_a_diploma, DegreeLevel};
use super::experience::drop_denied;
use super::sections::{
    drop_heading_words, kind_at, section_index_at, sections, skills_lists, DocKind, Section,
    SectionKind,
};
use super::titles::{drop_organisation_kinds, drop_organisation_names};
use super::words::Starts;
use super::years::{entry_level, find_statements, tied_mentions, Context, LINE_LOOKBACK};
use super::{push_mention, sentence_of, Sentences, Span, PROFILE_VERSION};
use crate::extract::Extractor;
use crate::taxonomy::SkillKind;

mod alternatives;
mod degrees;
mod preference;
mod unasked;

use alternatives::group_alternatives;
use degrees::{
    degree_under_way, enrolment_asked, equivalent_experience, equivalent_not_a_degree,
    names_school_qualification,
};
use preference::{
    is_preferred_at, lists_duties, preference_closes, Asked, Clause, PreferenceCache,
};
use unasked::{
    describes_the_company, drop_after_not, drop_after_without, drop_company_tools,
    drop_not_required, drop_offered, eligible_will_do,
};

/// A skill a job asks for, once, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSkill {
    /// Stable skill id in the taxonomy.
    pub skill_id: String,
    /// Canonical name.
    pub name: String,
    /// Hard skill, tool, soft skill, ...
    pub kind: SkillKind,
    /// False when every mention is under "preferred" / "nice to have" or in a sentence that
    /// says it is a plus.
    pub required: bool,
    /// Years asked for this skill ("3+ years of Python"), if stated.
    pub min_years: Option<f64>,
    /// Where it is mentioned.
    pub mentions: Vec<Span>,
    /// Skills the posting offers as alternatives ("AWS, GCP or Azure") share a group
    /// number (0, 1, ... in order of first mention): a resume needs one of them. `None`
    /// for a skill asked for on its own anywhere in the posting.
    #[serde(default)]
    pub group: Option<u32>,
}

/// A statement of years of experience in a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceRequirement {
    /// Smallest number of years asked.
    pub min_years: f64,
    /// Upper end of a range ("2-5 years"), if any.
    pub max_years: Option<f64>,
    /// Other minimums offered as alternatives in the same sentence.
    pub alternatives: Vec<f64>,
    /// Ids of the skills it names ("3+ years of Python and Django" → both); empty for an
    /// overall requirement.
    pub skills: Vec<String>,
    /// False when it is under "preferred" or said to be a plus.
    pub required: bool,
    /// Where it is.
    pub span: Span,
}

/// The education a posting asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EducationRequirement {
    /// The lowest degree level that meets it (of the required ones, else of all named).
    pub level: DegreeLevel,
    /// Fields named ("Computer Science").
    pub fields: Vec<String>,
    /// False when every degree named is preferred, not required.
    pub required: bool,
    /// A higher level named as preferred ("Master's preferred"), if any.
    pub preferred_level: Option<DegreeLevel>,
    /// "or equivalent experience": experience may replace the degree.
    pub experience_may_replace: bool,
    /// "in Computer Science or a related field": a degree in a field related to one named
    /// counts as one in it.
    #[serde(default)]
    pub related_fields: bool,
    /// The fields are asked of a required degree; false when only a preferred one names
    /// them ("High school diploma required; Bachelor's in Civil Engineering preferred"),
    /// and the field then weighs on the preference.
    #[serde(default = "yes")]
    pub fields_of_required: bool,
    /// Where the degrees are mentioned.
    pub mentions: Vec<Span>,
}

/// A parsed job posting. Plain data: build it with [`Job::parse`], serialise it with serde.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Format version of this data.
    pub version: u32,
    /// What the offsets count: bytes (Rust) or characters (Python `str` indices).
    pub offsets: super::OffsetUnit,
    /// Overall minimum years of experience: the largest required minimum, whether overall
    /// or tied to skills. `None` when none is stated; 0 for entry level.
    pub min_years: Option<f64>,
    /// Upper end of the overall range, if one is stated.
    pub max_years: Option<f64>,
    /// The posting says entry level / no experience required, or requires a minimum of 0
    /// years ("BS with 0-1 years of experience").
    pub entry_level: bool,
    /// Every statement of years of experience.
    pub experience: Vec<ExperienceRequirement>,
    /// Each skill once, in order of first mention. Skills mentioned only under "about us" or
    /// "benefits" are left out: they are not requirements.
    pub skills: Vec<JobSkill>,
    /// The education asked for, if any.
    pub education: Option<EducationRequirement>,
    /// Named sections with their spans.
    pub sections: Vec<Section>,
    /// What was ignored or clamped, and why.
    pub notes: Vec<String>,
}

/// Does the clause after a degree that ends at `end` welcome a related field ("in Computer
/// Science or a related field", "Engineering or related", "a relevant discipline", "or
/// similar")? Read to the end of its sentence or line, at most 200 bytes on.
fn welcomes_related_fields(text: &str, end: usize) -> bool {
    let (_, hi) = crate::extract::context::char_window(text, end, end, 200);
    let rest = text.get(end..hi).unwrap_or("");
    let clause = rest
        .split(['\n', ';'])
        .next()
        .unwrap_or("")
        .split(". ")
        .next()
        .unwrap_or("");
    // (Most clauses hold none of the words: one look for each first, past its first
    // letter, which may be a capital.)
    if !["elat", "elev", "imil", "llied", "quivalent"]
        .iter()
        .any(|w| memchr::memmem::find(clause.as_bytes(), w.as_bytes()).is_some())
    {
        return false;
    }
    let lower = clause.to_ascii_lowercase();
    [
        "or related",
        "or a related",
        "or another related",
        "or a closely related",
        "or closely related",
        "or relevant",
        "or a relevant",
        "or similar",
        "or a similar",
        "or equivalent field",
        "or an equivalent field",
        "or allied",
        "or an allied",
        "related field",
        "related discipline",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// True, serde's default for [`EducationRequirement::fields_of_required`].
fn yes() -> bool {
    true
}

fn not_a_requirement(kind: SectionKind) -> bool {
    // "Other": how to apply, the location, physical demands and working conditions
    // ("Exposure to blood-borne pathogens" asks for no skill).
    matches!(
        kind,
        SectionKind::About | SectionKind::Benefits | SectionKind::Other
    )
}

impl Job {
    /// The profile as JSON, with its format version ([`super::PROFILE_VERSION`]).
    pub fn to_json(&self) -> String {
        super::profile_to_json(self)
    }

    /// Reads a profile saved by [`Job::to_json`]. JSON that is not a Job, or was saved in
    /// another format version, is an [`crate::ErrorKind::Format`] error.
    pub fn from_json(json: &str) -> crate::Result<Job> {
        super::profile_from_json(json, "Job")
    }

    /// The groups of skills offered as alternatives ([`JobSkill::group`]), in the order of
    /// their numbers (numbers no skill has make no empty group), each in the order of the
    /// skills. Work and memory follow the number of skills, whatever the numbers.
    pub fn alternatives(&self) -> Vec<Vec<&JobSkill>> {
        let mut numbered: Vec<(u32, &JobSkill)> = self
            .skills
            .iter()
            .filter_map(|s| s.group.map(|g| (g, s)))
            .collect();
        // Stable: each group keeps the order of its skills.
        numbered.sort_by_key(|&(g, _)| g);
        let mut groups: Vec<Vec<&JobSkill>> = Vec::new();
        let mut last = None;
        for (g, s) in numbered {
            if last != Some(g) {
                groups.push(Vec::new());
                last = Some(g);
            }
            if let Some(group) = groups.last_mut() {
                group.push(s);
            }
        }
        groups
    }

    /// Parses a posting with `extractor`'s taxonomy.
    pub fn parse(text: &str, extractor: &Extractor) -> Job {
        let given = text;
        let plain = super::plain_line_ends(text);
        let text = &*super::relined(&plain, DocKind::Job);
        let sections = sections(text, DocKind::Job);
        let sentences = Sentences::new(text);
        let starts = Starts::new(text);
        let mut preferred_cache = PreferenceCache::new(text);
        let mut notes = Vec::new();
        let mut mentions = extractor.extract_with_lists(text, &skills_lists(&sections));
        drop_heading_words(text, &sections, &mut mentions);
        drop_organisation_names(text, &mut mentions);
        drop_organisation_kinds(text, &mut mentions);
        drop_denied(
            text,
            &mut mentions,
            &["non-", "non ", "no ", "no prior ", "no previous "],
        );
        drop_not_required(&preferred_cache.lower, &mut mentions);
        drop_after_without(&preferred_cache.lower, &mut mentions);
        drop_after_not(&preferred_cache.lower, &mut mentions);
        drop_offered(&preferred_cache.lower, &sentences, &mut mentions, |m| {
            extractor.skill(m).kind
        });
        drop_company_tools(&preferred_cache.lower, &sentences, &mut mentions);
        // In order and not overlapping.
        let mut all_degrees = find_degrees(text, &starts);
        // "High School Science Teacher", "teaching high school students": a school, not a
        // diploma asked for.
        all_degrees.retain(|d| d.level != DegreeLevel::HighSchool || names_a_diploma(text, d));
        drop_degree_names(&mut mentions, &all_degrees);
        let mut skills: Vec<JobSkill> = Vec::with_capacity(mentions.len());
        let mut slot_of =
            foldhash::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        let mut mention_info = Vec::with_capacity(mentions.len());
        // With a section of requirements of its own, a posting's intro describes the
        // company in the sentences that say what it is or does.
        let has_requirements = sections.iter().any(|s| s.kind == SectionKind::Requirements);
        for m in &mentions {
            let kind = kind_at(&sections, m.start);
            if not_a_requirement(kind)
                || (kind == SectionKind::Intro
                    && has_requirements
                    && describes_the_company(text, sentences.around(m.start, text.len()), m.start))
            {
                continue;
            }
            let required = kind != SectionKind::Preferred
                && !is_preferred_at(text, &sentences, &mut preferred_cache, m.start)
                && !preference_closes(&preferred_cache, m.end, Clause::Skill)
                && !eligible_will_do(&preferred_cache.lower, m.start, m.end);
            let slot = push_mention(&mut skills, &mut slot_of, extractor, m, |skill| JobSkill {
                skill_id: skill.id.clone(),
                name: skill.name.clone(),
                kind: skill.kind,
                required,
                min_years: None,
                mentions: Vec::new(),
                group: None,
            });
            let js = &mut skills[slot];
            js.required |= required;
            js.mentions.push(Span::new(m.start, m.end));
            mention_info.push((m.start, m.end, slot, required));
        }
        // Where each skill is asked for, by slot.
        let duty_sections: Vec<bool> = sections.iter().map(lists_duties).collect();
        let in_duties: Vec<bool> = mention_info
            .iter()
            .map(|&(start, ..)| {
                section_index_at(&sections, start).is_some_and(|i| duty_sections[i])
            })
            .collect();
        let mut asked = vec![Asked::default(); skills.len()];
        for (&(_, _, slot, required), &duty) in mention_info.iter().zip(&in_duties) {
            let a = &mut asked[slot];
            if !required {
                a.preferred = true;
            } else if !duty {
                a.required = true;
            }
        }
        // A skill the duties name and the qualifications ask for only as a preference ("You
        // will build pages with Next.js" ... "Nice to have: Next.js") is preferred: the
        // qualifications say how much it is asked for.
        for (js, a) in skills.iter_mut().zip(&asked) {
            if a.preferred && !a.required {
                js.required = false;
            }
        }
        group_alternatives(text, &mention_info, &in_duties, &mut skills);

        // Years of experience.
        let mut ignored = Vec::new();
        let skill_starts: Vec<usize> = mention_info.iter().map(|m| m.0).collect();
        let statements = find_statements(
            text,
            &starts.units,
            true,
            |at| match kind_at(&sections, at) {
                SectionKind::Requirements | SectionKind::Preferred => Context::RequirementsList,
                _ => Context::Prose,
            },
            &skill_starts,
            &mut ignored,
        );
        notes.extend(ignored.into_iter().map(|(_, _, why)| why));
        let mut experience = Vec::new();
        for st in statements {
            let kind = kind_at(&sections, st.start);
            if not_a_requirement(kind) {
                continue;
            }
            let required = kind != SectionKind::Preferred
                && !is_preferred_at(text, &sentences, &mut preferred_cache, st.start)
                && !preference_closes(&preferred_cache, st.end, Clause::Statement);
            let (tied, tied_before) = tied_mentions(text, &st, &mention_info, |m| (m.0, m.1));
            let mut tied: Vec<usize> = tied.into_iter().map(|i| mention_info[i].2).collect();
            tied.dedup();
            if required {
                // A required statement is not about the skills its sentence calls a plus
                // ("5+ years of Python, Kubernetes a plus").
                tied.retain(|&slot| skills[slot].required);
            } else if tied_before {
                // "SQL: 1 year (Preferred)": the skill named for the years is a plus too,
                // where it is named nowhere else.
                for &slot in &tied {
                    if skills[slot].mentions.len() == 1 {
                        skills[slot].required = false;
                    }
                }
            }
            for &slot in &tied {
                let js = &mut skills[slot];
                // The years a plus asks for are no minimum of a required skill ("5+ years
                // of Java" required, "8+ years of Java" preferred: 5).
                if required || !js.required {
                    js.min_years = Some(js.min_years.map_or(st.min_years, |y| y.max(st.min_years)));
                }
            }
            experience.push(ExperienceRequirement {
                min_years: st.min_years,
                max_years: st.max_years,
                alternatives: st.alternatives.clone(),
                skills: tied.iter().map(|&s| skills[s].skill_id.clone()).collect(),
                required,
                span: Span::new(st.start, st.end),
            });
        }
        // The overall requirement: the largest required minimum ("8+ years of Java" asks
        // for at least 8 years in all), except that statements tied to different degrees
        // in their sentences are tiers ("Bachelor's and 7 years; Master's and 5; PhD and
        // 3"): of those, the smallest counts.
        let degree_of = |r: &ExperienceRequirement| {
            let (s, e) = sentences.around(r.span.start, text.len());
            let first = all_degrees.partition_point(|d| d.start < s);
            all_degrees[first..]
                .iter()
                .take_while(|d| d.start < e)
                .find(|d| d.end <= e)
                .map(|d| d.level.rank())
        };
        let required_reqs: Vec<(&ExperienceRequirement, Option<u8>)> = experience
            .iter()
            .filter(|r| r.required)
            .map(|r| (r, degree_of(r)))
            .collect();
        let mut levels: Vec<u8> = required_reqs.iter().filter_map(|(_, d)| *d).collect();
        levels.sort_unstable();
        levels.dedup();
        let tiered = levels.len() >= 2;
        // Of statements with the same minimum, one that gives a maximum too ("Minimum 4
        // years in LTE" beside "Experience: 4 to 8 years") says the most.
        let by_min = |a: &&ExperienceRequirement, b: &&ExperienceRequirement| {
            a.min_years.total_cmp(&b.min_years)
        };
        let with_max = |a: &&ExperienceRequirement, b: &&ExperienceRequirement| {
            a.max_years.is_some().cmp(&b.max_years.is_some())
        };
        let untiered = required_reqs
            .iter()
            .filter(|(_, d)| !tiered || d.is_none())
            .map(|(r, _)| *r)
            .max_by(|a, b| by_min(a, b).then_with(|| with_max(a, b)));
        let tier = required_reqs
            .iter()
            .filter(|(_, d)| tiered && d.is_some())
            .map(|(r, _)| *r)
            .min_by(|a, b| by_min(a, b).then_with(|| with_max(b, a)));
        let pick = match (untiered, tier) {
            (Some(a), Some(b)) => Some(if a.min_years >= b.min_years { a } else { b }),
            (a, b) => a.or(b),
        };
        let mut min_years = pick.map(|r| r.min_years);
        let max_years = pick.and_then(|r| r.max_years);
        // Entry level when the posting says so, or when what it requires is no experience
        // at all ("BS with 0-1 years of experience", "PhD with 0-2 years").
        let entry = min_years == Some(0.0)
            || entry_level(text, &starts)
                .is_some_and(|(s, _)| !not_a_requirement(kind_at(&sections, s)));
        if entry && min_years.is_none() {
            min_years = Some(0.0);
        }

        // Education.
        let mut degrees = Vec::new();
        let mut studying = false;
        for (k, d) in all_degrees.iter().enumerate() {
            let kind = kind_at(&sections, d.start);
            if not_a_requirement(kind) {
                continue;
            }
            let sentence = sentence_of(text, d.start, d.end);
            // What the degree's own clause says of it: "Master's degree required" after
            // "PhD preferred, "; "Bachelor's degree not required" asks for none.
            let (clause, whole_clause) = {
                let rest = &preferred_cache.lower[d.end..];
                let mut end = rest
                    .bytes()
                    .take(60)
                    .position(|b| b",;.\n".contains(&b))
                    .unwrap_or(rest.len().min(60));
                // Its own clause only: up to "and", "or", "with", "but" or the next degree
                // ("Master's degree preferred and Bachelor's required").
                if let Some(next) = all_degrees.get(k + 1) {
                    end = end.min(next.start.saturating_sub(d.end));
                }
                let clause = rest.get(..end).unwrap_or("");
                let cut = [" and ", " or ", " with ", " but "]
                    .iter()
                    .filter_map(|w| clause.find(w))
                    .min()
                    .unwrap_or(clause.len());
                (&clause[..cut], clause)
            };
            let prefers = whole_clause.contains("prefer") || whole_clause.contains("plus");
            if !prefers
                && ["not required", "not necessary", "not needed"]
                    .iter()
                    .any(|w| clause.contains(w))
            {
                continue;
            }
            // A degree still being studied for ("working towards a BS in ...", "pursuing a
            // Bachelor's", "enrolled in a 4-year degree programme") asks for none held: a
            // student's job, entry level.
            if degree_under_way(text, &preferred_cache.lower, d.start) {
                studying = true;
                continue;
            }
            let says_required = clause.contains("required") && !clause.contains("prefer");
            // Asked for by a deadline after hiring ("BSN required within 3 years of hire"):
            // not needed to be hired, so a preference.
            let later = whole_clause.contains("within")
                && [
                    "of hire",
                    "of hiring",
                    "of employment",
                    "of start",
                    "of joining",
                ]
                .iter()
                .any(|w| whole_clause.contains(w));
            let preferred = later
                || kind == SectionKind::Preferred
                || !says_required
                    && (is_preferred_at(text, &sentences, &mut preferred_cache, d.start)
                        || preference_closes(&preferred_cache, d.end, Clause::Field));
            // Experience may replace it when the job says so, or when the degree is another
            // way to the job than the years before it ("10+ years of Java, or 6 years with a
            // PhD"; not "3 years with a Master's or 5 with a Bachelor's", which are tiers).
            let (s, e) = sentences.around(d.start, text.len());
            // Earlier degrees count from the sentence or the line, whichever starts first
            // (a degree's own period may end a sentence: "Ph.D. in ..."), at most
            // LINE_LOOKBACK bytes back.
            let mut lo = d.start.saturating_sub(LINE_LOOKBACK);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            let line_start = text[lo..d.start].rfind('\n').map_or(lo, |i| lo + i + 1);
            let earlier_from = s.min(line_start);
            // Within LINE_LOOKBACK bytes before the degree, in its sentence: a unit of time,
            // then " or " and nothing but a number of years or an article before the degree
            // ("..., or 6 years with a PhD", "... or a Master's degree"; not "sales or
            // marketing and a Bachelor's degree"), a statement of years in the sentence, and
            // no degree before it there. Binary searches: linear in the text however many.
            let from = s.max(lo);
            let first_unit = starts.units.partition_point(|u| u.0 < from);
            let unit_end = starts
                .units
                .get(first_unit)
                .map(|u| u.1)
                .filter(|&u| u <= d.start);
            let another_way = unit_end.is_some_and(|unit_end| {
                let between = &preferred_cache.lower[unit_end..d.start];
                let first_statement = experience.partition_point(|r| r.span.start < s);
                let first_degree = all_degrees[..k].partition_point(|o| o.start < earlier_from);
                memchr::memmem::rfind(between.as_bytes(), b" or ").is_some_and(|i| {
                    let after_or = between[i + 4..].trim();
                    let words: Vec<&str> = after_or.split_whitespace().collect();
                    let plain = matches!(words.as_slice(), [] | ["a"] | ["an"]);
                    let years = after_or.starts_with(|c: char| c.is_ascii_digit())
                        && words.len() <= 6
                        && words
                            .iter()
                            .any(|w| w.starts_with("year") || w.starts_with("yr"));
                    plain || years
                }) && experience
                    .get(first_statement)
                    .is_some_and(|r| r.span.start < e)
                    && first_degree == k
            });
            // The other way round: "A Bachelor's degree or 4+ years of relevant work
            // experience" (not tiers: "a Master's or 5 years with a Bachelor's").
            let years_instead = {
                let mut hi = e.min(d.end + 160).max(d.end);
                while !text.is_char_boundary(hi) {
                    hi -= 1;
                }
                let after = &preferred_cache.lower[d.end..hi];
                let another_degree = all_degrees.get(k + 1).is_some_and(|o| o.start < e);
                !another_degree
                    && memchr::memmem::find(after.as_bytes(), b" or ").is_some_and(|i| {
                        let after_or = after[i + 4..].trim_start();
                        after_or.starts_with(|c: char| c.is_ascii_digit())
                            && after_or
                                .split_whitespace()
                                .take(4)
                                .any(|w| w.starts_with("year") || w.starts_with("yr"))
                    })
            };
            let sentence_lower = sentence.to_ascii_lowercase();
            // "High school diploma or equivalent" means a GED, not experience.
            let equivalent = another_way
                || years_instead
                || (equivalent_not_a_degree(&sentence_lower)
                    && (d.level != DegreeLevel::HighSchool
                        || equivalent_experience(&sentence_lower)))
                || sentence_lower.contains("in lieu of");
            // The degree that years replace ("experience in lieu of an advanced degree"),
            // read below.
            let replaced = {
                let before = preferred_cache.lower[..d.start].trim_end();
                let before = ["a", "an", "the"]
                    .iter()
                    .find_map(|w| {
                        before
                            .strip_suffix(w)
                            .filter(|b| b.ends_with(' '))
                            .map(str::trim_end)
                    })
                    .unwrap_or(before);
                ["in lieu of", "instead of", "in place of"]
                    .iter()
                    .any(|w| before.ends_with(w))
            };
            degrees.push((d.clone(), preferred, equivalent, replaced));
        }
        // A degree named only as what years replace asks for nothing when the posting names
        // another of its level ("Master's Degree Preferred ... experience will be
        // considered in lieu of an advanced degree": a master's preferred); else it is asked
        // for, and experience may replace it ("8 years of experience in lieu of a Bachelor's
        // degree", also beside "Master's degree preferred").
        let named_otherwise: Vec<DegreeLevel> = degrees
            .iter()
            .filter(|(_, _, _, replaced)| !replaced)
            .map(|(d, _, _, _)| d.level)
            .collect();
        for (d, preferred, _, replaced) in &mut degrees {
            *preferred |= *replaced && named_otherwise.contains(&d.level);
        }
        // A school's qualifications beside a degree asked for ("GCSE Maths and English",
        // "NVQ Level 3" with "Degree in Mechanical Engineering") are no lower level that
        // would do instead: the degree is asked for.
        let degree_asked = degrees.iter().any(|(d, preferred, _, _)| {
            !preferred && d.level.rank() >= DegreeLevel::Bachelor.rank()
        });
        if degree_asked {
            degrees.retain(|(d, _, _, _)| {
                d.level != DegreeLevel::HighSchool || !names_school_qualification(text, d)
            });
        }
        let degrees: Vec<(super::education::Degree, bool, bool)> =
            degrees.into_iter().map(|(d, p, e, _)| (d, p, e)).collect();
        let education = (!degrees.is_empty()).then(|| {
            let any_required = degrees.iter().any(|(_, p, _)| !p);
            // "Bachelor's and Master's degree in Architecture": both are asked for, and the
            // higher holds the lower.
            // The text between two degrees, trimmed, and where the later of them stands.
            let between = |a: &super::education::Degree, b: &super::education::Degree| {
                let (first, second) = if a.end <= b.start { (a, b) } else { (b, a) };
                text.get(first.end..second.start)
                    .map(|between| (between.trim(), second.start..second.end))
            };
            let and_joined_higher = |k: usize| {
                let (d, p, _) = &degrees[k];
                [k.checked_sub(1), Some(k + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| degrees.get(j))
                    .any(|(o, op, _)| {
                        op == p
                            && o.level.rank() > d.level.rank()
                            && between(d, o).is_some_and(|(between, b)| {
                                // ... of degrees, not of people ("Bachelor's and Master's
                                // students welcome").
                                let degree = text
                                    .get(b.clone())
                                    .is_some_and(|m| m.to_ascii_lowercase().contains("degree"))
                                    || text.get(b.end..).is_some_and(|rest| {
                                        let rest = rest.trim_start_matches(' ').as_bytes();
                                        rest.len() > 3
                                            && (rest[..3].eq_ignore_ascii_case(b"of ")
                                                || rest[..3].eq_ignore_ascii_case(b"in "))
                                    });
                                degree && (between.eq_ignore_ascii_case("and") || between == "&")
                            })
                    })
            };
            let counted = degrees
                .iter()
                .enumerate()
                .filter(|&(k, (_, p, _))| (!any_required || !p) && !and_joined_higher(k))
                .map(|(_, d)| d);
            let level = counted
                .map(|(d, _, _)| d.level)
                .min_by_key(|l| l.rank())
                .unwrap_or(DegreeLevel::Bachelor);
            // A degree offered as another way to the level asked for is no higher preference
            // ("Associate's or Bachelor's degree": an associate degree will do).
            let or_joined = |a: &super::education::Degree, b: &super::education::Degree| {
                between(a, b).is_some_and(|(between, _)| {
                    let between = between.trim_start_matches(',').trim();
                    between.eq_ignore_ascii_case("or")
                        || between == "/"
                        || between.eq_ignore_ascii_case("or a")
                        || between.eq_ignore_ascii_case("or an")
                })
            };
            // A degree offered beside a credential of another kind ("CFA Level I or MBA",
            // "MBA or CPA"): the candidate may hold the other, which the education score
            // cannot see, so it sets no preference above the level.
            let or_credential = |d: &super::education::Degree| {
                let line_start = text[..d.start].rfind('\n').map_or(0, |i| i + 1);
                let before = text[line_start..d.start].trim_end().as_bytes();
                let degree_before = degrees
                    .iter()
                    .any(|(o, ..)| o.start >= line_start && o.end <= d.start);
                let before_or = before.len() > 3
                    && before[before.len() - 3..].eq_ignore_ascii_case(b" or")
                    && !degree_before;
                let after = text[d.end..].trim_start_matches([' ', '\t']);
                let after_or =
                    after.len() > 3 && after.as_bytes()[..3].eq_ignore_ascii_case(b"or ") && {
                        let next = after[3..].trim_start_matches([' ', '\t']);
                        let at = text.len() - next.len();
                        next.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                            && !degrees.iter().any(|(o, ..)| o.start == at)
                    };
                before_or || after_or
            };
            let preferred_level = degrees
                .iter()
                .enumerate()
                .filter(|&(k, (d, p, _))| {
                    *p && d.level.rank() > level.rank()
                        && !or_credential(d)
                        && ![k.checked_sub(1), Some(k + 1)]
                            .into_iter()
                            .flatten()
                            .any(|j| {
                                // "Bachelor's or Master's degree" (the level asked for) and
                                // "MS or PhD preferred" (the lower preference will do).
                                degrees.get(j).is_some_and(|(o, op, _)| {
                                    (o.level == level || (*op && o.level.rank() < d.level.rank()))
                                        && or_joined(d, o)
                                })
                            })
                })
                .map(|(_, (d, _, _))| d.level)
                .max_by_key(|l| l.rank());
            let mut fields: Vec<String> = Vec::new();
            let mut seen = foldhash::HashSet::default();
            for (d, _, _) in &degrees {
                for f in &d.fields {
                    if seen.insert(f.as_str()) {
                        fields.push(f.clone());
                    }
                }
            }
            EducationRequirement {
                fields_of_required: !any_required
                    || degrees
                        .iter()
                        .any(|(d, preferred, _)| !preferred && !d.fields.is_empty()),
                related_fields: !fields.is_empty()
                    && degrees.iter().any(|(d, _, _)| {
                        !d.fields.is_empty() && welcomes_related_fields(text, d.end)
                    }),
                level,
                fields,
                required: any_required,
                preferred_level,
                experience_may_replace: degrees.iter().any(|(_, _, e)| *e),
                mentions: degrees
                    .iter()
                    .map(|(d, _, _)| Span::new(d.start, d.end))
                    .collect(),
            }
        });
        // A student's job when it asks for a degree under way and none held, or for its
        // candidate to be enrolled at a university without naming the degree.
        // (Read only where it can decide: with no degree held or years required.)
        let may_be_a_student =
            education.as_ref().is_none_or(|e| !e.required) && min_years.is_none_or(|y| y == 0.0);
        let studying = may_be_a_student
            && (studying || {
                let enrolled: Vec<usize> =
                    enrolment_asked(&preferred_cache.lower, &starts.entry).collect();
                enrolled.into_iter().any(|at| {
                    let kind = kind_at(&sections, at);
                    !not_a_requirement(kind)
                        && kind != SectionKind::Preferred
                        && !is_preferred_at(text, &sentences, &mut preferred_cache, at)
                })
            });
        if studying && min_years.is_none() {
            min_years = Some(0.0);
        }
        let mut job = Job {
            version: PROFILE_VERSION,
            offsets: super::OffsetUnit::Bytes,
            min_years,
            max_years,
            entry_level: entry || studying,
            experience,
            skills,
            education,
            sections,
            notes,
        };
        // A line separator read as a line end and spaces: an offset inside it goes to the
        // character after it.
        if matches!(plain, std::borrow::Cow::Owned(_)) {
            job.map_offsets(
                &|at| super::char_boundary_after(given, at),
                super::OffsetUnit::Bytes,
            );
        }
        job
    }

    /// Rewrites every offset with `f` (Python uses this to turn bytes into characters).
    pub fn map_offsets(&mut self, f: &impl Fn(usize) -> usize, unit: super::OffsetUnit) {
        self.offsets = unit;
        for s in &mut self.skills {
            s.mentions.iter_mut().for_each(|m| m.map(f));
        }
        for r in &mut self.experience {
            r.span.map(f);
        }
        if let Some(e) = &mut self.education {
            e.mentions.iter_mut().for_each(|m| m.map(f));
        }
        for s in &mut self.sections {
            s.start = f(s.start);
            s.end = f(s.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the skills a posting asks for.
    pub(super) fn skill_names(text: &str, ex: &Extractor) -> Vec<String> {
        Job::parse(text, ex)
            .skills
            .into_iter()
            .map(|s| s.name)
            .collect()
    }

    #[test]
    fn years_of_the_whole_career_are_no_skill_s() {
        let ex = Extractor::builtin();
        for text in [
            "Requirements\n- 2+ years of Java, 5+ years total experience\n",
            "Requirements\n- 2+ years of Java, 5 years of overall experience\n",
        ] {
            let job = Job::parse(text, &ex);
            let got: Vec<(f64, usize)> = job
                .experience
                .iter()
                .map(|e| (e.min_years, e.skills.len()))
                .collect();
            assert_eq!(got, [(2.0, 1), (5.0, 0)], "{text:?}");
            assert_eq!(job.min_years, Some(5.0), "{text:?}");
            assert_eq!(job.skills[0].min_years, Some(2.0), "{text:?}");
        }
    }

    const POSTING: &str = "\
Senior Backend Engineer

About us
For over 20 years we have built logistics software in Java.

Requirements:
- 5+ years of professional software development experience
- 3+ years of Python and Django
- Bachelor's degree in Computer Science or equivalent experience
- Strong PostgreSQL skills

Nice to have
- Kubernetes
- Master's degree

Benefits
- 401(k) matching and Excel training
";

    #[test]
    fn a_section_of_required_skills_is_a_list_of_skills() {
        let ex = Extractor::builtin();
        let text = "Data Engineer\n\nRequired Skills\n- R\n- Go\n- Testing\n\n\
                    Responsibilities\n- Go to market with sales\n- Testing the waters\n";
        let job = Job::parse(text, &ex);
        let cut = text.find("Responsibilities").unwrap();
        let names: Vec<&str> = job.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["R", "Go", "software testing"]);
        assert!(job.skills.iter().all(|s| s.required));
        assert!(job
            .skills
            .iter()
            .flat_map(|s| &s.mentions)
            .all(|m| m.end < cut));
        // Extraction alone knows no sections: a single letter needs them (the other two
        // are a bulleted list of technologies on their own).
        assert!(ex.extract(text).iter().all(|m| ex.skill(m).name != "R"));
    }

    #[test]
    fn a_degrees_length_and_a_deadline_are_no_experience() {
        let ex = Extractor::builtin();
        let min = |t: &str| Job::parse(&format!("Requirements:\n- {t}\n"), &ex).min_years;
        for (text, want) in [
            ("4-year degree and 1 year of experience.", Some(1.0)),
            (
                "A four-year college degree and one year of supervisory experience.",
                Some(1.0),
            ),
            (
                "Two-year degree and 1 year of experience in retail.",
                Some(1.0),
            ),
            (
                "Bachelor's degree (4-year) and 1 year of experience.",
                Some(1.0),
            ),
            ("2 years of college or equivalent work experience.", None),
            (
                "6 months of call center experience, or at least 2 years in college.",
                Some(0.5),
            ),
            (
                "ADN accepted with enrollment in a BSN program within 2 years",
                None,
            ),
            ("Must complete BSN within 3 years", None),
            // Still experience:
            ("4 years of experience in a university setting", Some(4.0)),
            (
                "Bachelor's degree (4 years of experience may substitute)",
                Some(4.0),
            ),
            ("3 years of programming experience", Some(3.0)),
            ("5+ years program management experience", Some(5.0)),
            ("3 years college recruiting experience", Some(3.0)),
            ("4 years of university teaching experience", Some(4.0)),
            ("2 years in university teaching", Some(2.0)),
            (
                "Bachelor's degree (4 years related experience may substitute)",
                Some(4.0),
            ),
        ] {
            assert_eq!(min(text), want, "{text}");
        }
    }

    #[test]
    fn the_kind_of_an_organisation_is_no_skill() {
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        for (text, not) in [
            (
                "We are a regional CPA firm seeking a receptionist.",
                "Certified Public Accountant",
            ),
            (
                "Housekeeper needed at Green Valley Nursing Home.",
                "nursing",
            ),
            ("Dietary Aide for a skilled nursing facility.", "nursing"),
            ("Driver for a Logistics company.", "logistics"),
            ("Receptionist for a busy accounting firm.", "accounting"),
            (
                "Our client, a growing medical devices organisation, is seeking a controller.",
                "medical devices",
            ),
            (
                "Our client is a leading logistics business in the Midlands.",
                "logistics",
            ),
        ] {
            let got = names(text);
            assert!(got.iter().all(|n| !n.contains(not)), "{text}: {got:?}");
        }
        let got = names(
            "Requirements:\n- Accounting degree and CPA\n- Built a Kubernetes home lab\n\
             - 2+ years of public accounting firm experience\n\
             - Experience at a digital marketing agency\n- Rolled out Salesforce company-wide\n\
             - Work as a data analytics business partner\n\
             - 3+ years running an e-commerce business\n",
        );
        for name in [
            "accounting",
            "Certified Public Accountant",
            "Kubernetes",
            "marketing",
            "Salesforce",
            "data analytics",
            "e-commerce",
        ] {
            assert!(got.iter().any(|n| n.contains(name)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_company_and_its_place_in_the_header_ask_for_no_skill() {
        let ex = Extractor::builtin();
        let names = |header: &str| {
            skill_names(
                &format!("Warehouse Associate\n{header}\n\nRequirements\n- SQL\n"),
                &ex,
            )
        };
        for header in [
            "Delta Crossing Logistics, Memphis, TN",
            "Lakeshore Robotics | Milwaukee, WI",
            "Cedar & Stone Analytics · Austin, TX (Hybrid)",
            "Fernwood Analytics, Inc. — Austin, TX or Remote (US)",
            "Company: Summit Accounting Partners",
        ] {
            assert_eq!(names(header), ["SQL"], "{header}");
        }
        // The role and its place, a label before the name, a unit named after its field, a
        // label line that goes on.
        for (header, kept) in [
            ("Senior Python Developer, Austin, TX", "Python"),
            (
                "Scope: Project Management, Austin, TX",
                "project management",
            ),
            ("HVAC Tech, Phoenix, AZ", "HVAC"),
            (
                "Machine Learning Lab, Stanford University, Stanford, CA",
                "machine learning",
            ),
            ("Company: Acme | Stack: Python, AWS", "Python"),
        ] {
            let got = names(header);
            assert!(got.iter().any(|n| n.contains(kept)), "{header}: {got:?}");
        }
    }

    #[test]
    fn a_degrees_own_clause_says_whether_it_is_required() {
        let ex = Extractor::builtin();
        let edu = |t: &str| {
            Job::parse(&format!("Requirements:\n- {t}\n"), &ex)
                .education
                .map(|e| (e.level, e.required, e.preferred_level))
        };
        use DegreeLevel as L;
        assert_eq!(
            edu("PhD preferred, Master's degree required."),
            Some((L::Master, true, Some(L::Doctorate)))
        );
        assert_eq!(
            edu("Master's preferred, Bachelor's (required)"),
            Some((L::Bachelor, true, Some(L::Master)))
        );
        assert_eq!(edu("Bachelor's degree not required"), None);
        assert_eq!(
            edu("Bachelor's degree preferred but not required"),
            Some((L::Bachelor, false, None))
        );
        assert_eq!(
            edu("Master's degree preferred and Bachelor's required"),
            Some((L::Bachelor, true, Some(L::Master)))
        );
        assert_eq!(
            edu("Master's degree required; PhD preferred"),
            Some((L::Master, true, Some(L::Doctorate)))
        );
        assert_eq!(
            edu("J.D. from an accredited law school"),
            Some((L::Doctorate, true, None))
        );
    }

    #[test]
    fn essential_headings_open_requirements() {
        let ex = Extractor::builtin();
        for heading in ["Essential Requirements:", "ESSENTIAL SKILLS:"] {
            let job = Job::parse(
                &format!("Duties:\n- Serve guests\n\n{heading}\n- 1 year food service\n"),
                &ex,
            );
            assert_eq!(job.min_years, Some(1.0), "{heading}");
        }
    }

    #[test]
    fn a_range_beside_the_same_minimum_keeps_its_maximum() {
        let ex = Extractor::builtin();
        for text in [
            "Experience: 4 to 8 years\n\nRequirements\n- Minimum 4 years of Python.\n",
            "Requirements\n- Minimum 4 years of Python.\n- 4-8 years of experience in all.\n",
        ] {
            let job = Job::parse(text, &ex);
            assert_eq!(
                (job.min_years, job.max_years),
                (Some(4.0), Some(8.0)),
                "{text}"
            );
        }
    }

    #[test]
    fn headings_of_wishes_and_of_needs() {
        let ex = Extractor::builtin();
        for (heading, required) in [
            ("Ideally you have", false),
            ("Extra credit", false),
            ("Even better:", false),
            ("It would be a bonus if you have:", false),
            ("You'll thrive if you have", true),
        ] {
            let job = Job::parse(&format!("{heading}\n- 3+ years with Kubernetes\n"), &ex);
            let k8s = &job.skills[0];
            assert_eq!(
                (k8s.name.as_str(), k8s.required),
                ("Kubernetes", required),
                "{heading}"
            );
            assert_eq!(job.min_years, required.then_some(3.0), "{heading}");
        }
    }

    #[test]
    fn other_postings_copied_with_a_posting_ask_for_nothing() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Registered Nurse\nRequirements\n- BLS\n- 2 years ICU experience\n\n\
             Similar jobs\nSenior Software Engineer (Python, AWS)\n\
             5+ years of Kubernetes experience\n",
            &ex,
        );
        let names: Vec<&str> = job.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "registered nurse license",
                "Basic Life Support",
                "intensive care medicine"
            ]
        );
        assert_eq!(job.min_years, Some(2.0));
    }

    #[test]
    fn years_of_a_skill_as_job_boards_write_them() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Experience:\n- Python: 3 years (Required)\n- SQL: 1 year (Preferred)\n",
            &ex,
        );
        let got: Vec<(&str, bool, Option<f64>)> = job
            .skills
            .iter()
            .map(|s| (s.name.as_str(), s.required, s.min_years))
            .collect();
        assert_eq!(
            got,
            [
                ("Python (computer programming)", true, Some(3.0)),
                ("SQL", false, Some(1.0))
            ]
        );
        assert_eq!(job.min_years, Some(3.0));
        // The years a plus asks for are no minimum of a required skill.
        let job = Job::parse(
            "Minimum Qualifications\n- 5+ years experience in Java\n\n\
             Preferred Qualifications\n- 8+ years experience in Java\n",
            &ex,
        );
        assert_eq!(job.skills[0].min_years, Some(5.0));
        assert_eq!(job.min_years, Some(5.0));
        // Years in brackets are the skill's before them.
        let job = Job::parse(
            "Requirements:\n- Experience with Python (5+ yrs) and AWS (2+ yrs)\n",
            &ex,
        );
        let got: Vec<Option<f64>> = job.skills.iter().map(|s| s.min_years).collect();
        assert_eq!(got, [Some(5.0), Some(2.0)]);
    }

    #[test]
    fn the_years_of_a_requirement_stop_where_another_requirement_begins() {
        let ex = Extractor::builtin();
        let years = |line: &str| -> Vec<(String, Option<f64>)> {
            let job = Job::parse(&format!("Requirements:\n- {line}\n"), &ex);
            job.skills
                .iter()
                .map(|s| (s.name.clone(), s.min_years))
                .collect()
        };
        let python = "Python (computer programming)".to_owned();
        // Another requirement: an adjective that opens one, a noun after what the years
        // are of, a joiner after "N years of X experience".
        assert_eq!(
            years("3 years of retail experience and strong Excel skills"),
            [("Microsoft Excel".to_owned(), None)]
        );
        assert_eq!(
            years("5 years of professional experience and strong Python skills"),
            [(python.clone(), None)]
        );
        assert_eq!(
            years("5+ years of Python experience and familiarity with Docker"),
            [(python.clone(), Some(5.0)), ("Docker".to_owned(), None)]
        );
        assert_eq!(
            years("5 years as an engineer with Python, and experience with Kubernetes"),
            [(python.clone(), Some(5.0)), ("Kubernetes".to_owned(), None)]
        );
        // One requirement: a list of skills, "experience and expertise", "including".
        assert_eq!(
            years("3+ years of Python and Django experience"),
            [
                (python.clone(), Some(3.0)),
                ("Django".to_owned(), Some(3.0))
            ]
        );
        assert_eq!(
            years("3+ years of experience with SQL, Python and Tableau")
                .iter()
                .map(|s| s.1)
                .collect::<Vec<_>>(),
            [Some(3.0); 3]
        );
        assert_eq!(
            years("5+ years of experience and expertise in Python"),
            [(python.clone(), Some(5.0))]
        );
        assert_eq!(
            years("3+ years of Python and deep learning")
                .iter()
                .map(|s| s.1)
                .collect::<Vec<_>>(),
            [Some(3.0); 2]
        );
        assert_eq!(
            years("3+ years of Python experience, including Django"),
            [(python, Some(3.0)), ("Django".to_owned(), Some(3.0))]
        );
    }

    #[test]
    fn terse_years_and_the_years_of_a_check() {
        let ex = Extractor::builtin();
        let read = |text: &str| {
            let job = Job::parse(text, &ex);
            let skills: Vec<(String, Option<f64>)> = job
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.min_years))
                .collect();
            (job.min_years, job.max_years, skills)
        };
        // Years followed by a skill, without "of".
        let (min, _, skills) = read("Requirements: 3+ years Java, Spring.");
        assert_eq!(min, Some(3.0));
        assert!(skills.iter().all(|(_, y)| *y == Some(3.0)), "{skills:?}");
        assert_eq!(
            read("Requirements\n- 2+ yrs Python required\n").0,
            Some(2.0)
        );
        // But not followed by just any word, nor outside the requirements.
        assert_eq!(read("Requirements\n- 2 years warranty on parts\n").0, None);
        assert_eq!(read("About us\nWe spent 3 years Java-free.\n").0, None);
        // A title with its years in brackets.
        let (min, max, _) = read("Java Developer (3-5 yrs)\nWe build payment systems.");
        assert_eq!((min, max), (Some(3.0), Some(5.0)));
        // A check's reach back is no experience.
        for text in [
            "Requirements:\n- 2 years OTR experience\n- Clean MVR, no DUI in last 5 years",
            "Requirements:\n- 2 years OTR experience\n- Must pass a 7-year background check",
            "Requirements:\n- 2 years OTR experience\n- Able to pass a 5-year referenced \
             background check",
            "Requirements:\n- 2 years OTR experience\n- A 5-year checkable employment history",
        ] {
            assert_eq!(read(text).0, Some(2.0), "{text}");
        }
        // References of the work itself are experience.
        assert_eq!(
            read("Requirements:\n- Minimum 2 years referenced experience in a care setting\n").0,
            Some(2.0)
        );
        // Nor does an investigation's or a repair's subject, nor a contract's length.
        assert_eq!(
            read("Requirements:\n- 3 years criminal investigation experience\n").0,
            Some(3.0)
        );
        assert_eq!(read("Project Manager (12 months)\nWe are hiring.").0, None);
        // Years since qualifying (PQE), and "newly qualified to N years" as a range.
        for (text, want) in [
            (
                "We are hiring a solicitor with 5+ years PQE in commercial property.",
                (Some(5.0), None),
            ),
            ("Requirements:\n- 3-6 years' PQE\n", (Some(3.0), Some(6.0))),
            (
                "Requirements:\n- Newly qualified to 2 years' PQE solicitor\n",
                (Some(0.0), Some(2.0)),
            ),
            ("Requirements:\n- NQ-3 years PQE\n", (Some(0.0), Some(3.0))),
            (
                "A newly qualified to 2 years' PQE solicitor.",
                (Some(0.0), Some(2.0)),
            ),
        ] {
            let (min, max, _) = read(text);
            assert_eq!((min, max), want, "{text}");
        }
        // An asset of a name is no preference.
        let job = Job::parse(
            "Requirements:\n- 3+ years with an asset management system such as Maximo and SQL\n",
            &ex,
        );
        assert!(job.skills.iter().all(|s| s.required), "{:?}", job.skills);
        // Years in lieu of a degree replace it; the years before them are still asked for.
        assert_eq!(
            read("Requirements:\n- 4 years of experience, or 8 years of experience in lieu of a degree").0,
            Some(4.0)
        );
        // So do the years of another way in, beside the degree asked for.
        assert_eq!(
            read(
                "Requirements:\n- B.E. in Civil Engineering. Diploma holders with a minimum of \
                 6 years of site experience will also be considered.\n- Minimum 3 years of \
                 site execution experience.\n"
            )
            .0,
            Some(3.0)
        );
        assert_eq!(
            read("Requirements:\n- 5 years of experience will be considered for this role.\n").0,
            Some(5.0)
        );
    }

    #[test]
    fn abbreviations_do_not_end_the_sentence_of_a_requirement() {
        let ex = Extractor::builtin();
        let years_of = |text: &str, name: &str| {
            let job = Job::parse(text, &ex);
            let skill = job.skills.iter().find(|s| s.name == name);
            (job.min_years, skill.and_then(|s| s.min_years))
        };
        assert_eq!(
            years_of("Requirements:\n- 10+ yrs of exp. in C++\n", "C++"),
            (Some(10.0), Some(10.0))
        );
        assert_eq!(
            years_of("Min. 3 yrs. experience in C++ and Rust.", "C++"),
            (Some(3.0), Some(3.0))
        );
        assert_eq!(
            years_of("5+ yrs exp. with C++ (e.g. embedded).", "C++"),
            (Some(5.0), Some(5.0))
        );
        // A dot before a capitalised word still ends the sentence, and what follows it is
        // not tied to the years.
        assert_eq!(
            years_of("5+ yrs exp. C++ is used for our tools.", "C++"),
            (Some(5.0), None)
        );
    }

    #[test]
    fn every_mention_in_a_parenthetical_reads_it() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- Strong Java (Python, Django or PostgreSQL a plus) and Docker.\n\
             - Go and Rust (Kubernetes, Terraform required).\n",
            &ex,
        );
        let required = |name: &str| {
            job.skills
                .iter()
                .find(|s| s.name.contains(name))
                .map(|s| s.required)
        };
        for name in ["Python", "Django", "PostgreSQL"] {
            assert_eq!(required(name), Some(false), "{name}: {:?}", job.skills);
        }
        for name in ["Java", "Docker", "Go", "Rust", "Kubernetes", "Terraform"] {
            assert_eq!(required(name), Some(true), "{name}: {:?}", job.skills);
        }
    }

    #[test]
    fn a_posting_parses_into_requirements() {
        let job = Job::parse(POSTING, &Extractor::builtin());
        assert_eq!(job.min_years, Some(5.0));
        assert_eq!(job.max_years, None);
        assert!(!job.entry_level);
        let skill = |name: &str| job.skills.iter().find(|s| s.name.starts_with(name));
        let py = skill("Python").expect("python");
        assert!(py.required);
        assert_eq!(py.min_years, Some(3.0));
        assert_eq!(skill("Django").and_then(|s| s.min_years), Some(3.0));
        assert!(!skill("Kubernetes").expect("k8s").required);
        // Under "about us" and "benefits": not requirements at all.
        assert!(skill("Java").is_none(), "{:?}", job.skills);
        assert!(skill("Microsoft Excel").is_none());
        let edu = job.education.as_ref().expect("education");
        assert_eq!(edu.level, DegreeLevel::Bachelor);
        assert!(edu.required);
        assert_eq!(edu.preferred_level, Some(DegreeLevel::Master));
        assert!(edu.experience_may_replace);
        assert_eq!(edu.fields, ["Computer Science"]);
        // Being eligible will do.
        for text in [
            "Requirements\n- CPA or CPA-eligible required\n",
            "Requirements\n- CPA eligible\n",
        ] {
            let job = Job::parse(text, &Extractor::builtin());
            assert!(
                job.skills.iter().all(|s| !s.required),
                "{text}: {:?}",
                job.skills
            );
        }
        // A degree asked for by a deadline after hiring is not needed to be hired.
        let edu = Job::parse(
            "Requirements\n- Active RN license\n- Bachelor's degree in Nursing (BSN) required \
             within 3 years of hire\n",
            &Extractor::builtin(),
        )
        .education
        .expect("education");
        assert!(!edu.required, "{edu:?}");
        // Degrees offered as alternatives prefer none above the lowest.
        for (text, level, preferred) in [
            (
                "Preferred Qualifications\n- Associate's or Bachelor's degree in Logistics\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Nice to have\n- Bachelor's or Master's degree in Statistics\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Associate or Bachelor's degree in Dental Hygiene\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- A 2-year or 4-year degree\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree in Finance\nPreferred\n- CFA Level I or MBA\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nPreferred\n- MBA or CPA\n",
                DegreeLevel::Bachelor,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nPreferred\n- MBA or equivalent\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Mba),
            ),
            (
                "Requirements\n- Associate/Bachelor degree in Business\n",
                DegreeLevel::Associate,
                None,
            ),
            (
                "Requirements\n- Bachelor's degree\nNice to have\n- Master's degree\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
            // Two degrees asked for together: the higher.
            (
                "Requirements\n- Bachelor's and Master's degree in Architecture\n",
                DegreeLevel::Master,
                None,
            ),
            // Of two preferred degrees offered as alternatives, the lower will do.
            (
                "Requirements\n- BS in Computer Science; MS or PhD preferred\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
            (
                "Requirements\n- Bachelor's degree required, Master's degree or PhD a plus\n",
                DegreeLevel::Bachelor,
                Some(DegreeLevel::Master),
            ),
        ] {
            let edu = Job::parse(text, &Extractor::builtin())
                .education
                .expect(text);
            assert_eq!(
                (edu.level, edu.preferred_level),
                (level, preferred),
                "{text}"
            );
        }
        let kinds: Vec<_> = job.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Intro,
                SectionKind::About,
                SectionKind::Requirements,
                SectionKind::Preferred,
                SectionKind::Benefits
            ]
        );
    }

    #[test]
    fn recommended_years_and_a_long_sentence() {
        let ex = Extractor::builtin();
        // Years "recommended" are preferred: no required minimum.
        let job = Job::parse(
            "Qualifications\n- Proficient in Java or Scala (3+ years experience recommended)\n",
            &ex,
        );
        assert_eq!(job.min_years, None);
        assert!(job.experience.iter().all(|r| !r.required));
        // The years at the end of a long sentence that opens with "experience".
        let job = Job::parse(
            "Extensive experience in engineering and designing delivery pipelines for data \
             teams, including use of a variety of data ecosystem tools and technologies with \
             emphasis on Sqoop, Spark, Scala, Python, Java, UNIX Shell, Hive and Impala for a \
             minimum of three (3) years\n",
            &ex,
        );
        assert_eq!(job.min_years, Some(3.0));
    }

    #[test]
    fn entry_level_and_empty() {
        let job = Job::parse(
            "Junior analyst. Entry level, no experience required.",
            &Extractor::builtin(),
        );
        assert!(job.entry_level);
        assert_eq!(job.min_years, Some(0.0));
        // A required minimum of 0 is entry level too; a preferred one, or 1 year, is not.
        let ex = Extractor::builtin();
        let entry = |text: &str| Job::parse(text, &ex).entry_level;
        assert!(entry(
            "Requirements\n- BS with 0-1 years of experience in analytics\n"
        ));
        assert!(!entry(
            "Requirements\n- BS with 1-3 years of experience in analytics\n"
        ));
        assert!(!entry(
            "Nice to have\n- 0-1 years of experience in analytics\n"
        ));
        let empty = Job::parse("", &Extractor::builtin());
        assert_eq!(empty.min_years, None);
        assert!(empty.skills.is_empty() && empty.education.is_none());
    }

    #[test]
    fn group_numbers_from_json_cost_nothing_however_large() {
        let ex = Extractor::builtin();
        let mut job = Job::parse("Requirements\n- Java, Go or Rust\n- Python\n", &ex);
        for s in &mut job.skills {
            if let Some(g) = &mut s.group {
                *g = u32::MAX - *g;
            }
        }
        let job = Job::from_json(&job.to_json()).unwrap();
        let groups = job.alternatives();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 3);
        let m = crate::Matcher::builtin().with_listed_credit(1.0).unwrap();
        let cv = crate::Resume::parse("Skills: Go, Python", &ex, crate::YearMonth::now());
        assert!(m.score(&cv, &job).score > 0.5);
    }

    #[test]
    fn degree_tiers_keep_the_smallest_minimum() {
        let text = "Qualifications\n- Bachelor's degree and 7 years of experience\n- Master's degree and 5 years of experience\n- PhD and 3 years of experience\n- 2+ years of SQL\n";
        let job = Job::parse(text, &Extractor::builtin());
        assert_eq!(job.min_years, Some(3.0));
        assert_eq!(job.experience.len(), 4);
    }

    #[test]
    fn a_degree_named_like_a_skill_is_the_degree() {
        // "LLM" after "LLB" is a Master of Laws; in "LLM fine-tuning" it is the technology.
        let ex = Extractor::builtin();
        let names = |text: &str| skill_names(text, &ex);
        let law = "Requirements\n- LLB from a recognised university; an LLM is an advantage.\n";
        assert!(names(law).is_empty(), "{:?}", names(law));
        let job = Job::parse(law, &ex);
        assert_eq!(
            job.education.map(|e| e.preferred_level),
            Some(Some(DegreeLevel::Master))
        );
        let ai = "Requirements\n- LLM fine-tuning with PyTorch\n";
        assert!(names(ai).contains(&"large language models".to_owned()));
    }

    #[test]
    fn serde_round_trip() {
        let job = Job::parse(POSTING, &Extractor::builtin());
        let json = serde_json::to_string(&job).unwrap();
        let back: Job = serde_json::from_str(&json).unwrap();
        assert_eq!(job, back);
    }
}
