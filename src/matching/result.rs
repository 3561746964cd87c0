//! What a score says: the categories, the skills matched, met in part and missing with
//! their evidence, the experience gap and the education compared, and [`MatchResult::explain`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::profile::{DegreeLevel, FieldClasses, FieldFit, Span};

/// How a job skill was met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatch {
    /// The job's skill.
    pub skill_id: String,
    /// Its name.
    pub name: String,
    /// Required (or preferred) by the job.
    pub required: bool,
    /// Credit in [0, 1]: 1 when the resume has it, less through a related skill, 0 missing;
    /// with [`Matcher::with_listed_credit`](super::Matcher::with_listed_credit) below 1, a
    /// skill (or the skill it comes through) named without years of use earns that share.
    pub credit: f64,
    /// Its weight in the score (1, or less for generic skills).
    pub weight: f64,
    /// The resume's skill that gave the credit, when it is another skill.
    pub via: Option<String>,
    /// Where the job mentions it (and, for one of alternatives, the others).
    pub job_spans: Vec<Span>,
    /// Where the resume mentions the skill that gave the credit.
    pub resume_spans: Vec<Span>,
    /// When the job offers this skill as one of alternatives ("AWS, GCP or Azure"), the
    /// names of the others: the resume needs only one, and only the one that scores best
    /// (the first when none is met) is listed, with the job spans of all of them. Its
    /// `weight` is its own; the group weighs as much as its heaviest member.
    #[serde(default)]
    pub alternatives: Vec<String>,
}

/// The score categories, in the order of [`Matcher::categories_of`](super::Matcher::categories_of) and of the weights.
pub const CATEGORIES: [&str; 5] = [
    "required_skills",
    "preferred_skills",
    "experience",
    "skill_experience",
    "education",
];

/// A score with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchResult {
    /// The score in [0, 1].
    pub score: f64,
    /// Score of each category the job has data for.
    pub breakdown: BTreeMap<String, f64>,
    /// Job skills the resume has.
    pub matched: Vec<SkillMatch>,
    /// Job skills met only through a related skill, or (with
    /// [`Matcher::with_listed_credit`](super::Matcher::with_listed_credit) below 1) named
    /// without years of use.
    pub partial: Vec<SkillMatch>,
    /// Job skills the resume lacks.
    pub missing: Vec<SkillMatch>,
    /// Years short of the job's minimum (`None` when it is met or not stated).
    pub experience_gap: Option<f64>,
    /// The candidate's years used for the experience category.
    pub candidate_years: f64,
    /// The skills' fit, in [0, 1]: the weighted mean of the required skills and skill
    /// experience categories (the latter when the job asks years of a skill). The
    /// experience category is the years' credit times it, as years of other work do not
    /// meet a job's years. `None` when the job names no required skill the taxonomy knows,
    /// or when those categories weigh 0 (its experience then counts in full).
    #[serde(default)]
    pub skill_fit: Option<f64>,
    /// How much of the candidate's profile the job uses, in [0, 1].
    pub reverse_score: f64,
    /// √(score · reverse_score), in [0, 1]: what [`Matcher::cdist`](super::Matcher::cdist) and the top-k calls give
    /// with [`RankBy::Mutual`](super::RankBy::Mutual). NaN in a result read from JSON written before it existed.
    #[serde(default = "unknown_score", deserialize_with = "score_or_null")]
    pub mutual_score: f64,
    /// The degree the job asks for and the candidate's highest, when the job names one
    /// (what the education category compares).
    #[serde(default)]
    pub education: Option<EducationMatch>,
}

/// The education a job asks for against the candidate's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EducationMatch {
    /// The lowest level the job requires, `None` when it names degrees only as preferred.
    pub asked: Option<DegreeLevel>,
    /// The level the job prefers ("Master's preferred"), if it names one above what it
    /// requires.
    #[serde(default)]
    pub preferred: Option<DegreeLevel>,
    /// The candidate's highest degree, `None` when the resume names none.
    pub candidate: Option<DegreeLevel>,
    /// The candidate's degree is under way, not held ("Pursuing M.Tech"); it counts as the
    /// level below it.
    #[serde(default)]
    pub candidate_in_progress: bool,
    /// Whether the job accepts experience instead ("or equivalent experience").
    pub experience_may_replace: bool,
    /// The fields of study the job names ("Computer Science", "Engineering").
    #[serde(default)]
    pub fields_asked: Vec<String>,
    /// The fields of the candidate's degrees.
    #[serde(default)]
    pub candidate_fields: Vec<String>,
    /// How the candidate's fields stand to those asked for, as their ISCED-F 2013 classes
    /// compare ([`FieldClasses::fit`](crate::FieldClasses::fit)); `None` when either side
    /// names none the classification knows.
    #[serde(default)]
    pub field_fit: Option<FieldFit>,
    /// The job welcomes a related field ("or a related field"): a related one counts in
    /// full.
    #[serde(default)]
    pub related_fields: bool,
}

/// A degree level in words, for explanations.
fn degree_words(level: DegreeLevel) -> &'static str {
    match level {
        DegreeLevel::HighSchool => "a high-school diploma",
        DegreeLevel::Associate => "an associate degree",
        DegreeLevel::Bachelor => "a bachelor's degree",
        DegreeLevel::Master => "a master's degree",
        DegreeLevel::Mba => "an MBA",
        DegreeLevel::Doctorate => "a doctorate",
    }
}

/// The mutual score of a result saved without one.
fn unknown_score() -> f64 {
    f64::NAN
}

/// A score, or NaN where JSON has `null` (how NaN is written).
fn score_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NAN))
}

impl MatchResult {
    /// The sentence of [`MatchResult::explain`] on a field of study that is not the one
    /// asked for: the candidate's field that fits best, and the share of the degree's
    /// credit it keeps (left out when experience replaces the degree).
    fn field_words(&self, e: &EducationMatch, fit: FieldFit) -> String {
        if fit == FieldFit::Same || fit == FieldFit::Related && e.related_fields {
            return String::new();
        }
        let asked = FieldClasses::of(&e.fields_asked);
        let Some(theirs) = e
            .candidate_fields
            .iter()
            .find(|f| FieldClasses::of([f.as_str()]).fit(asked) == Some(fit))
            .or(e.candidate_fields.first())
        else {
            return String::new();
        };
        let kind = if fit == FieldFit::Related {
            "related"
        } else {
            "unrelated"
        };
        let ones = if e.fields_asked.len() == 1 {
            "one"
        } else {
            "ones"
        };
        // (The floor of equivalent experience is the required degree's.)
        let share = if e.experience_may_replace && self.candidate_years >= 4.0 && e.asked.is_some()
        {
            String::new()
        } else {
            format!(
                ": {:.0}% of the {} degree's credit",
                fit.credit() * 100.0,
                if e.asked.is_some() {
                    "required"
                } else {
                    "preferred"
                }
            )
        };
        format!(
            " The candidate's field ({theirs}) is {kind} to the {ones} asked for ({}){share}.",
            e.fields_asked.join(", ")
        )
    }

    /// A short human-readable account of the score.
    pub fn explain(&self) -> String {
        let mut out = format!("score {:.2}", self.score);
        let parts: Vec<String> = self
            .breakdown
            .iter()
            .map(|(k, v)| format!("{} {:.2}", k.replace('_', " "), v))
            .collect();
        if !parts.is_empty() {
            out.push_str(&format!(" ({})", parts.join(", ")));
        }
        out.push_str(".\n");
        // A job that names no required skill is scored on what else it asks for: say so,
        // since a high score then says little about fit.
        if self.breakdown.is_empty() {
            out.push_str(
                "Note: the job names no skill, years or degree that the taxonomy and the \
                 parser know, so there is nothing to score: 0 says nothing about fit.\n",
            );
        } else if !self.breakdown.contains_key("required_skills") {
            out.push_str(
                "Note: the job names no required skill that the taxonomy knows; the score \
                 rests on the other categories.\n",
            );
        }
        // A skill offered with alternatives names them.
        let named = |m: &SkillMatch| -> String {
            if m.alternatives.is_empty() {
                m.name.clone()
            } else {
                format!("{} (alternatives: {})", m.name, m.alternatives.join(", "))
            }
        };
        let names =
            |v: &[SkillMatch]| -> String { v.iter().map(named).collect::<Vec<_>>().join(", ") };
        // A missing one is any of them.
        let any_of = |m: &&SkillMatch| -> String {
            std::iter::once(&m.name)
                .chain(&m.alternatives)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" or ")
        };
        if !self.matched.is_empty() {
            out.push_str(&format!("Has: {}.\n", names(&self.matched)));
        }
        if !self.partial.is_empty() {
            let p: Vec<String> = self
                .partial
                .iter()
                .map(|m| {
                    // Two decimals at most, as the credits are given ("0.15", "0.5"); a
                    // smaller credit than 0.005 (a small listed credit times 0.1) is
                    // said to be so.
                    let credit = format!("{:.2}", m.credit);
                    let credit = match credit.trim_end_matches('0').trim_end_matches('.') {
                        "" => "below 0.01",
                        short => short,
                    };
                    // Without a via, its own skill named without years of use
                    // (`Matcher::with_listed_credit`).
                    match m.via.as_deref() {
                        Some(via) => format!("{} (through {via}, credit {credit})", named(m)),
                        None => format!("{} (no years of use, credit {credit})", named(m)),
                    }
                })
                .collect();
            out.push_str(&format!("Partly: {}.\n", p.join(", ")));
        }
        let (req, pref): (Vec<&SkillMatch>, Vec<&SkillMatch>) =
            self.missing.iter().partition(|m| m.required);
        if !req.is_empty() {
            let n: Vec<String> = req.iter().map(any_of).collect();
            out.push_str(&format!("Missing (required): {}.\n", n.join(", ")));
        }
        if !pref.is_empty() {
            let n: Vec<String> = pref.iter().map(any_of).collect();
            out.push_str(&format!("Missing (preferred): {}.\n", n.join(", ")));
        }
        // The skills' fit scales the experience category; said when it takes something.
        let scaled = match (self.breakdown.contains_key("experience"), self.skill_fit) {
            (true, Some(fit)) if fit < 0.995 => {
                format!(", counted at the skills' fit of {fit:.2}")
            }
            _ => String::new(),
        };
        if let Some(gap) = self.experience_gap {
            out.push_str(&format!(
                "Experience: {:.1} years, {:.1} short of the minimum{scaled}.\n",
                self.candidate_years, gap
            ));
        } else if !scaled.is_empty() {
            out.push_str(&format!(
                "Experience: {:.1} years, meets the minimum{scaled}.\n",
                self.candidate_years
            ));
        }
        let education_short = self.breakdown.get("education").is_some_and(|&e| e < 1.0);
        if let (Some(e), true) = (&self.education, education_short) {
            let has = e.candidate.map_or("no degree found".to_string(), |c| {
                if e.candidate_in_progress {
                    format!("the candidate is studying for {}", degree_words(c))
                } else {
                    format!("the candidate has {}", degree_words(c))
                }
            });
            let asks = e.asked.map(|a| {
                format!(
                    "asks for {}{}",
                    degree_words(a),
                    if e.experience_may_replace {
                        " or equivalent experience"
                    } else {
                        ""
                    }
                )
            });
            let prefers = e.preferred.map(|p| format!("prefers {}", degree_words(p)));
            let wants = match (asks, prefers) {
                (Some(a), Some(p)) => format!("{a} and {p}"),
                (Some(w), None) | (None, Some(w)) => w,
                (None, None) => "names no degree".to_string(),
            };
            let field = e
                .field_fit
                .map_or(String::new(), |fit| self.field_words(e, fit));
            out.push_str(&format!("Education: {has}; the job {wants}.{field}\n"));
        }
        if self.reverse_score > 0.0 {
            out.push_str(&format!(
                "The job uses {:.0}% of the candidate's skills.",
                self.reverse_score * 100.0
            ));
        } else {
            out.push_str("The job uses none of the candidate's skills.");
        }
        out
    }
}
