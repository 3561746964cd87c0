//! Scoring how well a resume fits a job, with an explanation, and in bulk: a score matrix
//! ([`Matcher::cdist`]) and top-k rankings ([`Matcher::top_k`]) that never build the matrix.
//!
//! ## The formula
//!
//! Five categories, each a score in [0, 1], combined as a weighted mean over the categories
//! the job has data for (a job that states no years has no experience category; the other
//! weights are renormalised, not counted as zero):
//!
//! * **required_skills**: Σ weight(s) · credit(s) / Σ weight(s) over the job's required
//!   skills; **preferred_skills**: the same over its preferred skills.
//! * A group of alternatives ([`crate::JobSkill::group`]: "AWS, GCP or Azure") counts as one
//!   skill: the best weight(s) · credit(s) of its members, out of the largest member weight
//!   (required when any member is); in skill_experience likewise.
//! * credit(s) is 1 when the resume has the skill. Otherwise taxonomy relations give partial
//!   credit: [`NARROWER_CREDIT`] when the resume has a skill whose broader skill is `s`
//!   (PostgreSQL for "SQL", Django for "Python"), [`BROADER_CREDIT`] when it has a broader skill
//!   of `s` (SQL for "PostgreSQL"), [`RELATED_CREDIT`] for a related skill. The best counts.
//!   A resume's skill without years of use (named in a skills list only) gives a share of
//!   these credits, from the listed credit ([`Matcher::with_listed_credit`], by default
//!   [`DEFAULT_LISTED_CREDIT`]) up to 1 as far as the skills it uses in positions back its
//!   claim to the job.
//! * weight(s) follows how specific the skill is: 1 for technologies, ESCO
//!   occupation-specific and sector-specific skills and the project's own skills,
//!   [`GENERIC_WEIGHT`] for generic ones: soft skills and ESCO transversal and cross-sector
//!   skills ("communication"). A skill the job asks years of weighs 1 unless it is a soft
//!   skill ("2+ years of teaching experience": the work itself).
//! * **experience**: the years' credit times the skills' fit. The years' credit is 1 when the
//!   candidate's years reach the job's minimum, else years / minimum (linear, no cliff); the
//!   candidate's years are the merged years of their positions, or the years they claim
//!   when no positions were found. The skills' fit is the weighted mean of the required
//!   skills and skill experience categories (1 when the job names no required skill): a
//!   job's years mean years of its kind of work, and ten years of accounting do not meet a
//!   software job's five ([`MatchResult::skill_fit`]). Preferred skills do not enter it:
//!   a candidate without the nice-to-haves keeps the years' credit.
//! * **skill_experience**: over the job's skills with a minimum of years, weight-averaged:
//!   credit · min(1, years with the skill / minimum), credit · [`UNKNOWN_YEARS_CREDIT`] when
//!   the resume has the skill without years, 0 without the skill (credit as for the skill
//!   categories, without the share of skills named without years of use; negative years,
//!   which only hand-made profiles hold, count as 0).
//! * **education**: the required degree's credit times the preferred one's, halved in its
//!   shortfall: c_req · (1 + c_pref) / 2, where each is 1 at or above its level, 0.5 one
//!   level below and 0 further below (1 when the job names no such degree); c_req is at least
//!   0.75 with 4 or more years when the job accepts equivalent experience. A degree named only
//!   as preferred ("Master's preferred") so costs at most half of the category, and a
//!   bachelor's meets "Bachelor's required, Master's preferred" and "Master's preferred"
//!   alike (0.75). A degree under way counts as the level below it. When the job names
//!   fields of study, c_req is multiplied by the candidate's field credit
//!   ([`FieldClasses::credit`]: 1 in the same field, [`RELATED_FIELD_CREDIT`] in a related
//!   one, [`UNRELATED_FIELD_CREDIT`] in an unrelated one, 1 when either side names no field
//!   the classification knows), before the floor for equivalent experience; c_pref is,
//!   when the job requires no degree.
//!
//! [`RELATED_FIELD_CREDIT`]: crate::profile::RELATED_FIELD_CREDIT
//! [`UNRELATED_FIELD_CREDIT`]: crate::profile::UNRELATED_FIELD_CREDIT
//!
//! The **reverse score** says how much of the candidate's profile the job uses: the weighted
//! share of the resume's skills that the job asks for (or a narrower skill of one it asks for).
//!
//! The **mutual score** is the geometric mean of the two, √(score · reverse score): high only
//! when the resume covers the job *and* the job covers the resume, so that a resume listing
//! every skill of a field does not rank first for every job of it. The bulk calls rank by it
//! when the matcher is built with [`RankBy::Mutual`] ([`Matcher::with_rank_by`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::profile::{DegreeLevel, FieldClasses, FieldTest, Job, JobSkill, Resume, Span};

mod bulk;
mod index;
mod result;

use crate::taxonomy::{SkillIndex, SkillKind, Taxonomy};
use index::ResumeKey;
pub use index::{IndexBuilder, ResumeIndex, ResumeSource};
pub use result::{EducationMatch, MatchResult, SkillMatch, CATEGORIES};

/// Credit for a job skill met by a narrower skill of the resume (PostgreSQL for SQL).
pub const NARROWER_CREDIT: f64 = 0.6;
/// Credit for a job skill met by a broader skill of the resume (SQL for PostgreSQL).
pub const BROADER_CREDIT: f64 = 0.1;
/// Credit for a job skill met by a related skill.
pub const RELATED_CREDIT: f64 = 0.15;
/// Weight of a generic skill (soft skills, ESCO transversal and cross-sector skills such as
/// "communication" or "manage budgets") relative to a specific one (ESCO occupation- and
/// sector-specific skills, technologies, skills the project added), which weighs 1.
pub const GENERIC_WEIGHT: f64 = 0.2;
/// Skill-experience credit (times the skill's credit) for a skill the job asks years of and
/// the resume has without years.
pub const UNKNOWN_YEARS_CREDIT: f64 = 0.5;

/// Weights of the score's categories (each 0 or between [`MIN_WEIGHT`] and [`MAX_WEIGHT`];
/// they are normalised over the categories a job has data for).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Required skills.
    pub required_skills: f64,
    /// Preferred skills.
    pub preferred_skills: f64,
    /// Overall years of experience.
    pub experience: f64,
    /// Years with the skills the job gives years for.
    pub skill_experience: f64,
    /// Degree level.
    pub education: f64,
}

/// The smallest positive weight [`Weights::validate`] accepts.
pub const MIN_WEIGHT: f64 = 1e-100;
/// The largest weight [`Weights::validate`] accepts.
pub const MAX_WEIGHT: f64 = 1e100;

impl Default for Weights {
    fn default() -> Self {
        Weights {
            required_skills: 0.55,
            preferred_skills: 0.15,
            experience: 0.10,
            skill_experience: 0.10,
            education: 0.10,
        }
    }
}

impl Weights {
    /// Checks that every weight is 0 or between [`MIN_WEIGHT`] and [`MAX_WEIGHT`] (so that
    /// no sum of them overflows and no inverse of one does) and that one is positive.
    pub fn validate(&self) -> Result<()> {
        let all = [
            ("required_skills", self.required_skills),
            ("preferred_skills", self.preferred_skills),
            ("experience", self.experience),
            ("skill_experience", self.skill_experience),
            ("education", self.education),
        ];
        let bad = |w: f64| !(w == 0.0 || (MIN_WEIGHT..=MAX_WEIGHT).contains(&w));
        if all.iter().any(|&(_, w)| bad(w)) || all.iter().all(|&(_, w)| w == 0.0) {
            let listed: Vec<String> = all.iter().map(|(n, w)| format!("{n}={w:?}")).collect();
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "weights must each be 0 or between {MIN_WEIGHT:e} and {MAX_WEIGHT:e}, and \
                     not all 0; got {}",
                    listed.join(", ")
                ),
            ));
        }
        Ok(())
    }
}

/// Which score the bulk calls ([`Matcher::cdist`], [`Matcher::top_k`],
/// [`Matcher::top_k_jobs`] and their `_in` forms) give and rank by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RankBy {
    /// [`MatchResult::score`]: how well the resume covers the job.
    #[default]
    Score,
    /// [`MatchResult::mutual_score`]: how well each covers the other.
    Mutual,
}

impl RankBy {
    /// Its name: `"score"` or `"mutual"`.
    pub fn name(self) -> &'static str {
        match self {
            RankBy::Score => "score",
            RankBy::Mutual => "mutual",
        }
    }
}

impl std::str::FromStr for RankBy {
    type Err = Error;

    fn from_str(s: &str) -> Result<RankBy> {
        match s {
            "score" => Ok(RankBy::Score),
            "mutual" => Ok(RankBy::Mutual),
            _ => Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("rank_by must be \"score\" or \"mutual\", got {s:?}"),
            )),
        }
    }
}

/// The weighted sum of the categories of the skills' fit, in the one order every path adds
/// them (so that the bulk kernels' fit equals [`Matcher::score`]'s to the last bit).
#[inline]
fn weighted_skills(req: f64, sexp: f64) -> f64 {
    req + sexp
}

/// The skills' fit from their weighted sum and the inverse of their total weight, at most
/// 1 (rounding could take it a hair above).
#[inline]
fn fit_of(weighted_sum: f64, inv_weight: f64) -> f64 {
    (weighted_sum * inv_weight).min(1.0)
}

/// The share of its credit that a resume's skill named without years of use earns for a
/// job ([`Matcher::with_listed_credit`]): the floor, and the rest of 1 in proportion to the
/// support, the share of the resume's credit for the job's required skills (for its
/// preferred skills when the resume earns none for the required ones) that skills with
/// years of use earn. `req` and `pref` are (weighted credit, weighted credit through
/// skills with years of use); a floor of 1 gives 1.
#[inline]
fn listed_share(floor: f64, req: (f64, f64), pref: (f64, f64)) -> f64 {
    // Without a branch (the scoring loops run it per resume and can then use vector
    // instructions); the quotient of a zero sum is never selected.
    use std::hint::select_unpredictable as select;
    let has_req = req.0 > 0.0;
    let (all, used) = (
        select(has_req, req.0, pref.0),
        select(has_req, req.1, pref.1),
    );
    let support = select(all > 0.0, (used / all).min(1.0), 1.0);
    floor + (1.0 - floor) * support
}

/// A sum of weighted credits, `all` of them and the part `used` through skills with years
/// of use, with the rest at `share` ([`listed_share`]): `all` itself at a share of 1.
#[inline]
fn blended(all: f64, used: f64, share: f64) -> f64 {
    std::hint::select_unpredictable(share >= 1.0, all, used + (all - used) * share)
}

/// The experience category: 1 at or above the minimum, else linear (`inv_min` is
/// `1 / min_years`: every path multiplies by it, so scores agree to the last bit).
#[inline]
fn experience_credit(years: f64, min_years: f64, inv_min: f64) -> f64 {
    // Without a branch: whether a candidate meets the minimum is as good as random from
    // one resume to the next, and a mispredicted branch costs more than both values.
    std::hint::select_unpredictable(years >= min_years, 1.0, (years * inv_min).max(0.0))
}

/// The skill-experience credit of a resume meeting a skill with `credit`, `years` of it
/// (NaN when unknown), against a minimum whose inverse is `inv_min`.
#[inline]
fn skill_years_credit(credit: f64, years: f64, inv_min: f64) -> f64 {
    if years.is_nan() {
        credit * UNKNOWN_YEARS_CREDIT
    } else {
        // Negative years count as 0; NaN (0 years against an infinite inverse) as met.
        credit * (years.max(0.0) * inv_min).min(1.0)
    }
}

/// The education category for a candidate's degree rank against the job's required and
/// preferred levels (ranks; 0 when the job names no such degree).
#[inline]
fn education_credit(
    rank: f64,
    levels: (f64, f64),
    may_replace: bool,
    years: f64,
    (field, of_required): (f64, bool),
) -> f64 {
    // Each level: 1 at or above it, 0.5 one below, else 0; the required one times the
    // field's credit when the fields are asked of it, and at least 0.75 when experience
    // may replace the degree and the candidate has 4 years; the preferred one costs half,
    // and takes the field's credit otherwise (no degree required, or the fields asked of a
    // preferred one only). Without a branch, as above, and on ranks held as floats, so
    // that the scoring loops stay in one kind of number.
    use std::hint::select_unpredictable as select;
    let credit = |level: f64| select(rank >= level, 1.0, select(rank + 1.0 == level, 0.5, 0.0));
    let on_required = of_required & (levels.0 > 0.0);
    let c = credit(levels.0) * select(on_required, field, 1.0);
    let c = select(may_replace & (years >= 4.0), f64::max(c, 0.75), c);
    c * 0.5 * (1.0 + credit(levels.1) * select(on_required, 1.0, field))
}

/// A job's education as the scoring loops read it: (required rank, preferred rank,
/// experience may replace it, the fields asked for); a rank is 0 when the job names no
/// such degree, and the preferred one 0 when it is no higher than the required one.
fn education_levels(e: &crate::profile::EducationRequirement) -> JobEducation {
    let required = if e.required { e.level.rank() } else { 0 };
    let preferred = preferred_level(e).map_or(0, DegreeLevel::rank);
    (
        required,
        preferred,
        e.experience_may_replace,
        FieldClasses::of(&e.fields).test_for(e.related_fields, e.fields_of_required),
    )
}

/// A job's education as the scoring loops read it ([`education_levels`]).
type JobEducation = (u8, u8, bool, FieldTest);

/// The fields of a resume's degrees ([`crate::profile::Education::fields`], or its one
/// field for profiles serialised before they listed them).
fn resume_field_names(e: &crate::profile::Education) -> &[String] {
    if e.fields.is_empty() {
        e.field.as_slice()
    } else {
        &e.fields
    }
}

/// The fields of study of a resume's degrees ([`resume_field_names`]).
fn resume_fields(e: &crate::profile::Education) -> FieldClasses {
    FieldClasses::of(resume_field_names(e))
}

/// The degree a job prefers above what it requires: its preferred level, or, when it
/// names degrees only as preferred, the lowest of them.
fn preferred_level(e: &crate::profile::EducationRequirement) -> Option<DegreeLevel> {
    let asked = if e.required { e.level.rank() } else { 0 };
    let preferred = if e.required {
        e.preferred_level
    } else {
        Some(e.preferred_level.map_or(e.level, |p| {
            if p.rank() > e.level.rank() {
                p
            } else {
                e.level
            }
        }))
    };
    preferred.filter(|p| p.rank() > asked)
}

/// A job's skill resolved against the taxonomy: (skill, weight, required, min years).
type KeySkill = (SkillIndex, f64, bool, Option<f64>);

/// A job resolved against the taxonomy, ready for scoring.
#[derive(Debug, Clone)]
struct JobKey {
    /// The skills asked for on their own, by skill.
    skills: Vec<KeySkill>,
    /// The groups of alternatives, in the order of their numbers.
    groups: Vec<GroupKey>,
    /// Every member of the groups, sorted (for [`Matcher::used_skills`]).
    members: Vec<SkillIndex>,
    min_years: Option<f64>,
    education: Option<JobEducation>,
    /// Sum of weights of required / preferred skills (a group counts once).
    req_weight: f64,
    pref_weight: f64,
}

/// Skills a job offers as alternatives ("AWS, GCP or Azure"), scored as one skill: the
/// best of its members' weighted credits, out of the largest member weight.
#[derive(Debug, Clone)]
struct GroupKey {
    /// (skill, weight, min years), by skill.
    members: Vec<(SkillIndex, f64, Option<f64>)>,
    /// Required when any member is.
    required: bool,
    /// The largest member weight: the group's weight in its skill category.
    weight: f64,
    /// The largest weight of a member with a minimum of years (0 when none has one): the
    /// group's weight in the skill-experience category.
    years_weight: f64,
}

impl GroupKey {
    /// The group's terms for a resume whose credit for a skill `credit_of` gives (credit,
    /// years of the skill it is met through, credit through skills with years of use):
    /// the weighted credit and the weighted credit through skills with years of use of the
    /// member [`better_member`] picks for a listed credit of `floor`, and the best weighted
    /// skill-years credit (a maximum over the members).
    #[inline]
    fn terms(
        &self,
        credit_of: impl Fn(SkillIndex) -> Option<(f64, Option<f64>, f64)>,
        floor: f64,
    ) -> (f64, f64, f64) {
        let (mut best, mut best_used, mut best_years) = (0.0f64, 0.0f64, 0.0f64);
        for &(skill, w, min_years) in &self.members {
            if let Some((credit, years, used)) = credit_of(skill) {
                // One member's credits: the best weighted credit, of equals the best
                // through skills with years of use.
                let (x, xu) = (w * credit, w * used);
                if better_member((x, xu), (best, best_used), floor) {
                    (best, best_used) = (x, xu);
                }
                if let Some(m) = min_years.filter(|&m| m > 0.0) {
                    best_years = best_years
                        .max(w * skill_years_credit(credit, years.unwrap_or(f64::NAN), 1.0 / m));
                }
            }
        }
        (best, best_used, best_years)
    }
}

/// Does a group member with (weighted credit, weighted credit through skills with years of
/// use) `a` count before one with `b`, for a matcher whose listed credit is `floor`: a
/// better credit at the least share (the credit through skills with years of use, the
/// rest at `floor`), of equals a better credit, of equals a better one through skills with
/// years of use? (Whatever the order of the members; with a listed credit of 1, the best
/// credit.)
#[inline]
fn better_member(a: (f64, f64), b: (f64, f64), floor: f64) -> bool {
    let (ra, rb) = (a.1 + (a.0 - a.1) * floor, b.1 + (b.0 - b.1) * floor);
    ra > rb || (ra == rb && (a.0 > b.0 || (a.0 == b.0 && a.1 > b.1)))
}

/// The job's skills as the explanation lists them: a skill on its own as it is; of a group
/// of alternatives that this taxonomy knows two or more of, only the member the score
/// counts ([`better_member`] for a listed credit of `floor`; the first of equals; the
/// first when none is met), required when any member is,
/// with the others' names in `alternatives` and the spans of all the members. In the
/// job's order.
fn group_matches(
    entries: Vec<(SkillMatch, Option<u32>, (f64, f64))>,
    floor: f64,
) -> Vec<SkillMatch> {
    // Per group: the chosen entry, its weighted credit, the names, required, and where the
    // job mentions the members.
    struct Chosen {
        pick: usize,
        value: (f64, f64),
        names: Vec<String>,
        required: bool,
        spans: Vec<Span>,
    }
    let mut chosen: BTreeMap<u32, Chosen> = BTreeMap::new();
    for (k, (m, group, value)) in entries.iter().enumerate() {
        if let Some(g) = group {
            let value = *value;
            let c = chosen.entry(*g).or_insert_with(|| Chosen {
                pick: k,
                value,
                names: Vec::new(),
                required: false,
                spans: Vec::new(),
            });
            if better_member(value, c.value, floor) {
                (c.pick, c.value) = (k, value);
            }
            c.names.push(m.name.clone());
            c.required |= m.required;
            c.spans.extend_from_slice(&m.job_spans);
        }
    }
    entries
        .into_iter()
        .enumerate()
        .filter_map(|(k, (mut m, group, _))| {
            let Some(c) = group.and_then(|g| chosen.get(&g)) else {
                return Some(m);
            };
            if c.names.len() < 2 {
                return Some(m);
            }
            if c.pick != k {
                return None;
            }
            m.required = c.required;
            m.alternatives = c.names.iter().filter(|n| **n != m.name).cloned().collect();
            m.job_spans = c.spans.clone();
            m.job_spans.sort_by_key(|s| (s.start, s.end));
            Some(m)
        })
        .collect()
}

/// The smallest listed credit ([`Matcher::with_listed_credit`]).
const MIN_LISTED_CREDIT: f64 = 0.01;

/// The listed credit of a new matcher ([`Matcher::with_listed_credit`]).
pub const DEFAULT_LISTED_CREDIT: f64 = 0.5;

/// Scores resumes against jobs. Immutable, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Matcher {
    taxonomy: Arc<Taxonomy>,
    weights: Weights,
    rank_by: RankBy,
    /// The least share of its credit that a skill without years of use earns (see
    /// [`Matcher::with_listed_credit`]).
    listed_credit: f64,
}

impl Matcher {
    /// A matcher over `taxonomy` (the one the profiles were parsed with).
    pub fn new(taxonomy: Arc<Taxonomy>, weights: Weights) -> Result<Matcher> {
        weights.validate()?;
        Ok(Matcher {
            taxonomy,
            weights,
            rank_by: RankBy::Score,
            listed_credit: DEFAULT_LISTED_CREDIT,
        })
    }

    /// Checks that this matcher's taxonomy knows every skill of `job`. Scoring leaves out
    /// the skills it does not know (as if the job did not name them), which gives wrong
    /// scores when the profile was parsed with another taxonomy; the bindings call this on
    /// every parsed profile they are given.
    ///
    /// ```
    /// use jobmatch::{Extractor, Job, Matcher, Skill, SkillKind, Taxonomy};
    /// let own = Taxonomy::from_skills(vec![Skill::new("acme:py", "Python", SkillKind::Tool)])?;
    /// let job = Job::parse("Requirements: Python and SQL", &Extractor::builtin());
    /// let m = Matcher::new(own.into(), Default::default())?;
    /// assert!(m.check_job(&job).unwrap_err().to_string().contains("not in this matcher's taxonomy"));
    /// assert!(Matcher::builtin().check_job(&job).is_ok());
    /// # Ok::<(), jobmatch::Error>(())
    /// ```
    pub fn check_job(&self, job: &Job) -> Result<()> {
        self.check_skills("job", job.skills.iter().map(|s| (&*s.skill_id, &*s.name)))
    }

    /// Checks that this matcher's taxonomy knows every skill of `resume` (see
    /// [`Matcher::check_job`]).
    pub fn check_resume(&self, resume: &Resume) -> Result<()> {
        self.check_skills(
            "resume",
            resume.skills.iter().map(|s| (&*s.skill_id, &*s.name)),
        )
    }

    fn check_skills<'a>(
        &self,
        what: &str,
        mut skills: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Result<()> {
        match skills.find(|(id, _)| self.taxonomy.index_of(id).is_none()) {
            None => Ok(()),
            Some((id, name)) => Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the {what}'s skill {id:?} ({name}) is not in this matcher's taxonomy \
                     ({} skills): parse the documents with the matcher's extractor, or give \
                     texts",
                    self.taxonomy.len()
                ),
            )),
        }
    }

    /// The default matcher: built-in taxonomy, default weights.
    pub fn builtin() -> Matcher {
        Matcher {
            taxonomy: Taxonomy::builtin(),
            weights: Weights::default(),
            rank_by: RankBy::Score,
            listed_credit: DEFAULT_LISTED_CREDIT,
        }
    }

    /// The same matcher, its bulk calls giving and ranking by `rank_by`
    /// ([`RankBy::Score`] unless set).
    ///
    /// ```
    /// use jobmatch::{Extractor, Job, Matcher, RankBy, Resume, YearMonth};
    /// let ex = Extractor::builtin();
    /// let job = Job::parse("Requirements: Python and SQL.", &ex);
    /// let cv = Resume::parse("Skills: Python, Java, Excel", &ex, YearMonth::new(2026, 11).unwrap());
    /// let m = Matcher::builtin().with_rank_by(RankBy::Mutual);
    /// let r = m.score(&cv, &job);
    /// assert_eq!(r.mutual_score, (r.score * r.reverse_score).sqrt());
    /// let s = m.cdist(&[&cv], &[&job], Some(1)).unwrap();
    /// assert_eq!(s[0], r.mutual_score as f32);
    /// ```
    pub fn with_rank_by(mut self, rank_by: RankBy) -> Matcher {
        self.rank_by = rank_by;
        self
    }

    /// Which score its bulk calls give.
    pub fn rank_by(&self) -> RankBy {
        self.rank_by
    }

    /// The same matcher with another listed credit: the least share of its credit that a
    /// resume's skill without years of use (named in a skills list or a summary, in no
    /// position's text, with no years stated beside it) earns for a job, a defence against
    /// skills lists that copy a posting. The share is `credit` and the rest of 1 in
    /// proportion to the support, the share of what the resume earns for the job's
    /// required skills (for its preferred ones when it earns none for the required ones)
    /// that skills with years of use earn: a skills list with no position behind it earns
    /// `credit`, one beside positions that show most of the job's skills nearly all. 1
    /// counts every skill named alike;
    /// the default is [`DEFAULT_LISTED_CREDIT`]; an error unless `credit` is between 0.01
    /// and 1. A statement that names the skill with years ("7 years of Python") gives it
    /// years of use too.
    ///
    /// ```
    /// use jobmatch::{Extractor, Job, Matcher, Resume, YearMonth};
    /// let (ex, today) = (Extractor::builtin(), YearMonth::new(2026, 11).unwrap());
    /// let job = Job::parse("Requirements: Python and SQL.", &ex);
    /// let listed = Resume::parse("Skills: Python, SQL", &ex, today);
    /// let used = Resume::parse(
    ///     "Experience\nData Analyst, Acme | 2020 - 2024\n- Built reports in Python and SQL",
    ///     &ex,
    ///     today,
    /// );
    /// let m = Matcher::builtin().with_listed_credit(0.3).unwrap();
    /// assert_eq!(m.score(&listed, &job).breakdown["required_skills"], 0.3);
    /// assert_eq!(m.score(&used, &job).breakdown["required_skills"], 1.0);
    /// let all = Matcher::builtin().with_listed_credit(1.0).unwrap();
    /// assert_eq!(all.score(&listed, &job).breakdown["required_skills"], 1.0);
    /// assert!(Matcher::builtin().with_listed_credit(0.0).is_err());
    /// ```
    pub fn with_listed_credit(mut self, credit: f64) -> Result<Matcher> {
        // (A floor, so that every credit times it stays a positive number.)
        if !(MIN_LISTED_CREDIT..=1.0).contains(&credit) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("listed_credit must be between 0.01 and 1, got {credit}"),
            ));
        }
        self.listed_credit = credit;
        Ok(self)
    }

    /// The least share of its credit that a skill without years of use earns
    /// ([`DEFAULT_LISTED_CREDIT`] by default; see [`Matcher::with_listed_credit`]).
    pub fn listed_credit(&self) -> f64 {
        self.listed_credit
    }

    /// Its weights.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// Its taxonomy.
    pub fn taxonomy(&self) -> &Arc<Taxonomy> {
        &self.taxonomy
    }

    fn weight_of(&self, skill: SkillIndex) -> f64 {
        let s = self.taxonomy.skill(skill);
        let generic = s.kind == SkillKind::Soft
            || matches!(
                s.reuse_level.as_deref(),
                Some("transversal" | "cross-sector")
            );
        if generic {
            GENERIC_WEIGHT
        } else {
            1.0
        }
    }

    /// The weight of a job's skill: its own ([`Matcher::weight_of`]), or 1 when the job
    /// asks for years of it ("2+ years of teaching experience": generic or not, the work
    /// itself), unless it is a soft skill ("team player with 2+ years of experience" ties
    /// teamwork to the years, not the work).
    fn job_weight_of(&self, s: &JobSkill, skill: SkillIndex) -> f64 {
        if s.min_years.is_some_and(|m| m > 0.0)
            && self.taxonomy.skill(skill).kind != SkillKind::Soft
        {
            1.0
        } else {
            self.weight_of(skill)
        }
    }

    fn job_key(&self, job: &Job) -> JobKey {
        let key = |s: &JobSkill| -> Option<KeySkill> {
            let i = self.taxonomy.index_of(&s.skill_id)?;
            Some((i, self.job_weight_of(s, i), s.required, s.min_years))
        };
        let mut skills: Vec<KeySkill> = job
            .skills
            .iter()
            .filter(|s| s.group.is_none())
            .filter_map(key)
            .collect();
        let mut groups = Vec::new();
        for group in job.alternatives() {
            let mut members: Vec<KeySkill> = group.into_iter().filter_map(key).collect();
            members.sort_by_key(|s| s.0);
            members.dedup_by_key(|s| s.0);
            // A group left with one skill this taxonomy knows is that skill alone.
            if members.len() < 2 {
                skills.extend(members);
                continue;
            }
            groups.push(GroupKey {
                required: members.iter().any(|s| s.2),
                weight: members.iter().map(|s| s.1).fold(0.0, f64::max),
                years_weight: members
                    .iter()
                    .filter(|s| s.3.is_some_and(|m| m > 0.0))
                    .map(|s| s.1)
                    .fold(0.0, f64::max),
                members: members.iter().map(|s| (s.0, s.1, s.3)).collect(),
            });
        }
        skills.sort_by_key(|s| s.0);
        skills.dedup_by_key(|s| s.0);
        let weight_where = |required: bool| -> f64 {
            let own: f64 = skills.iter().filter(|s| s.2 == required).map(|s| s.1).sum();
            own + groups
                .iter()
                .filter(|g| g.required == required)
                .map(|g| g.weight)
                .sum::<f64>()
        };
        let mut members: Vec<SkillIndex> = groups
            .iter()
            .flat_map(|g| g.members.iter().map(|m| m.0))
            .collect();
        members.sort_unstable();
        JobKey {
            req_weight: weight_where(true),
            pref_weight: weight_where(false),
            skills,
            groups,
            members,
            min_years: job.min_years.filter(|&y| y > 0.0),
            education: job.education.as_ref().map(education_levels),
        }
    }

    /// The experience and education categories, which need no skills: (experience score,
    /// education score), `None` when the job has no data for them.
    fn base(&self, job: &JobKey, cv: &ResumeKey) -> (Option<f64>, Option<f64>) {
        let years = cv.years;
        let exp = job.min_years.map(|m| experience_credit(years, m, 1.0 / m));
        let edu = job
            .education
            .map(|(required, preferred, may_replace, fields)| {
                education_credit(
                    f64::from(cv.education),
                    (f64::from(required), f64::from(preferred)),
                    may_replace,
                    years,
                    (fields.credit(cv.fields.key()), fields.of_required),
                )
            });
        (exp, edu)
    }

    /// The categories and the score.
    fn categories(&self, job: &JobKey, cv: &ResumeKey) -> (f64, [Option<f64>; 5]) {
        let (score, cats, _) = self.categories_and_share(job, cv);
        (score, cats)
    }

    /// The categories, the score, and the share of their credit that the resume's skills
    /// named without years of use earn for the job ([`listed_share`]).
    fn categories_and_share(&self, job: &JobKey, cv: &ResumeKey) -> (f64, [Option<f64>; 5], f64) {
        // (All weighted credits, those through skills with years of use.)
        let (mut req, mut req_used) = (0.0, 0.0);
        let (mut pref, mut pref_used) = (0.0, 0.0);
        let mut sexp_num = 0.0;
        let mut sexp_den = 0.0;
        for &(skill, w, required, min_years) in &job.skills {
            let found = cv.credit(skill);
            let credit = found.map_or(0.0, |c| c.1);
            let used = found.map_or(0.0, |c| c.5);
            if required {
                req += w * credit;
                req_used += w * used;
            } else {
                pref += w * credit;
                pref_used += w * used;
            }
            if let Some(m) = min_years.filter(|&m| m > 0.0) {
                sexp_den += w;
                sexp_num += w * match found {
                    Some((_, c, _, y, _, _)) => {
                        skill_years_credit(c, y.unwrap_or(f64::NAN), 1.0 / m)
                    }
                    None => 0.0,
                };
            }
        }
        // The groups after the skills on their own, as the bulk kernels add them.
        for g in &job.groups {
            let (best, best_used, best_years) = g.terms(
                |skill| cv.credit(skill).map(|c| (c.1, c.3, c.5)),
                self.listed_credit,
            );
            if g.required {
                req += best;
                req_used += best_used;
            } else {
                pref += best;
                pref_used += best_used;
            }
            if g.years_weight > 0.0 {
                sexp_den += g.years_weight;
                sexp_num += best_years;
            }
        }
        let (exp, edu) = self.base(job, cv);
        let share = listed_share(self.listed_credit, (req, req_used), (pref, pref_used));
        let req =
            (job.req_weight > 0.0).then(|| blended(req, req_used, share) * (1.0 / job.req_weight));
        let pref = (job.pref_weight > 0.0)
            .then(|| blended(pref, pref_used, share) * (1.0 / job.pref_weight));
        let sexp = (sexp_den > 0.0).then(|| sexp_num * (1.0 / sexp_den));
        let fit = self.skill_fit(req, sexp);
        let cats = [req, pref, exp.map(|e| e * fit.unwrap_or(1.0)), sexp, edu];
        (self.combine(&cats), cats, share)
    }

    /// The inverse of the total weight of the categories the skills' fit averages: the
    /// required skills and skill experience, as `has` says. `None` when the job has no
    /// required skill category (a posting the taxonomy reads thinly says too little of its
    /// kind of work; nice-to-haves alone do not decide it) or the two weigh 0: the
    /// experience category then counts in full.
    fn inv_skill_weight(&self, has_required: bool, has_skill_years: bool) -> Option<f64> {
        if !has_required {
            return None;
        }
        let w = &self.weights;
        let mut den = w.required_skills;
        if has_skill_years {
            den += w.skill_experience;
        }
        (den > 0.0).then(|| 1.0 / den)
    }

    /// The skills' fit: the weighted mean of the required skills and skill experience
    /// categories (`None` where the job lacks one), which the experience category is
    /// multiplied by; `None` when [`Matcher::inv_skill_weight`] is.
    fn skill_fit(&self, req: Option<f64>, sexp: Option<f64>) -> Option<f64> {
        let inv = self.inv_skill_weight(req.is_some(), sexp.is_some())?;
        let w = &self.weights;
        let sum = weighted_skills(
            w.required_skills * req.unwrap_or(0.0),
            w.skill_experience * sexp.unwrap_or(0.0),
        );
        Some(fit_of(sum, inv))
    }

    fn combine(&self, cats: &[Option<f64>; 5]) -> f64 {
        let w = &self.weights;
        let ws = [
            w.required_skills,
            w.preferred_skills,
            w.experience,
            w.skill_experience,
            w.education,
        ];
        let (mut num, mut den) = (0.0, 0.0);
        for (c, w) in cats.iter().zip(ws) {
            if let Some(c) = c {
                num += w * c;
                den += w;
            }
        }
        if den > 0.0 {
            (num * (1.0 / den)).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The score of `resume` for `job` and the score of each category, in [`CATEGORIES`]
    /// order (`None` where the job has no data for it), without the explanation: what
    /// ranking tables need, cheaper than [`Matcher::score`].
    ///
    /// ```
    /// use jobmatch::{matching::CATEGORIES, Extractor, Job, Matcher, Resume, YearMonth};
    /// let ex = Extractor::builtin();
    /// let job = Job::parse("Requirements: Python and SQL.", &ex);
    /// let cv = Resume::parse("Skills: Python", &ex, YearMonth::new(2026, 11).unwrap());
    /// let m = Matcher::builtin();
    /// let (score, cats) = m.categories_of(&cv, &job);
    /// assert_eq!(score, m.score(&cv, &job).score);
    /// assert_eq!(CATEGORIES[0], "required_skills");
    /// assert!(cats[0].unwrap() > 0.0 && cats[2].is_none()); // no years asked for
    /// ```
    pub fn categories_of(&self, resume: &Resume, job: &Job) -> (f64, [Option<f64>; 5]) {
        self.categories(&self.job_key(job), &self.resume_key(resume))
    }

    /// The score of `resume` for `job`, with its explanation.
    pub fn score(&self, resume: &Resume, job: &Job) -> MatchResult {
        let jk = self.job_key(job);
        let rk = self.resume_key(resume);
        let (score, cats, share) = self.categories_and_share(&jk, &rk);
        let breakdown = CATEGORIES
            .iter()
            .zip(cats)
            .filter_map(|(n, c)| c.map(|c| (n.to_string(), c)))
            .collect();
        // Each job skill this taxonomy knows, with its group number.
        let mut entries: Vec<(SkillMatch, Option<u32>, (f64, f64))> =
            Vec::with_capacity(job.skills.len());
        for js in &job.skills {
            let Some(i) = self.taxonomy.index_of(&js.skill_id) else {
                continue;
            };
            let found = rk.credit(i);
            let via_skill = found.map(|c| c.2);
            let resume_spans = via_skill
                .and_then(|v| {
                    let id = &self.taxonomy.skill(v).id;
                    resume.skills.iter().find(|s| &s.skill_id == id)
                })
                .map(|s| s.mentions.clone())
                .unwrap_or_default();
            let m = SkillMatch {
                skill_id: js.skill_id.clone(),
                name: js.name.clone(),
                required: js.required,
                credit: found.map_or(0.0, |c| blended(c.1, c.5, share)),
                weight: self.job_weight_of(js, i),
                via: via_skill
                    .filter(|&v| v != i)
                    .map(|v| self.taxonomy.skill(v).name.clone()),
                job_spans: js.mentions.clone(),
                resume_spans,
                alternatives: Vec::new(),
            };
            // (The member a group counts: the best weighted credit, then the best through
            // skills with years of use, as `GroupKey::terms` chooses it.)
            let value = found.map_or((0.0, 0.0), |c| (m.weight * c.1, m.weight * c.5));
            entries.push((m, js.group, value));
        }
        let (mut matched, mut partial, mut missing) = (Vec::new(), Vec::new(), Vec::new());
        for m in group_matches(entries, self.listed_credit) {
            if m.credit >= 1.0 {
                matched.push(m);
            } else if m.credit > 0.0 {
                partial.push(m);
            } else {
                missing.push(m);
            }
        }
        let experience_gap = jk
            .min_years
            .filter(|&m| rk.years < m)
            .map(|m| ((m - rk.years) * 100.0).round() / 100.0);
        let reverse_score = self.reverse(&jk, resume);
        MatchResult {
            score,
            breakdown,
            matched,
            partial,
            missing,
            experience_gap,
            candidate_years: rk.years,
            skill_fit: self.skill_fit(cats[0], cats[3]),
            reverse_score,
            mutual_score: mutual(score, reverse_score),
            education: job.education.as_ref().map(|e| {
                let theirs = resume.education.as_ref();
                let candidate_fields =
                    theirs.map_or_else(Vec::new, |c| resume_field_names(c).to_vec());
                EducationMatch {
                    asked: e.required.then_some(e.level),
                    preferred: preferred_level(e),
                    candidate: theirs.map(|c| c.level),
                    candidate_in_progress: theirs.is_some_and(|c| c.in_progress),
                    experience_may_replace: e.experience_may_replace,
                    field_fit: rk.fields.fit(FieldClasses::of(&e.fields)),
                    related_fields: e.related_fields,
                    fields_asked: e.fields.clone(),
                    candidate_fields,
                }
            }),
        }
    }

    /// The weighted share of the resume's skills that `job` uses ([`Matcher::used_skills`];
    /// the bulk kernels sum the same terms in the same order: skill by skill, over the
    /// skills the resume has).
    fn reverse(&self, job: &JobKey, resume: &Resume) -> f64 {
        // The resume's own skills with their weights, each once (only this score needs them,
        // not the index).
        let t = &self.taxonomy;
        let mut own: Vec<(SkillIndex, f64)> = resume
            .skills
            .iter()
            .filter_map(|s| t.index_of(&s.skill_id))
            .map(|r| (r, self.weight_of(r)))
            .collect();
        own.sort_by_key(|o| o.0);
        own.dedup_by_key(|o| o.0);
        let total = own.iter().fold(0.0, |t, o| t + o.1);
        let uses = self.used_skills(job);
        let used = own
            .iter()
            .filter(|(r, _)| uses.binary_search(r).is_ok())
            .fold(0.0, |u, o| u + o.1);
        share(used, total)
    }

    /// The skills of which a resume's own skills count as used by `job` in the reverse
    /// score: those it asks for (alone or as alternatives) and their narrower skills,
    /// sorted, each once.
    fn used_skills(&self, job: &JobKey) -> Vec<SkillIndex> {
        let asked = job
            .skills
            .iter()
            .map(|s| s.0)
            .chain(job.members.iter().copied());
        let mut used: Vec<SkillIndex> = asked
            .flat_map(|a| std::iter::once(a).chain(self.taxonomy.narrower(a).iter().copied()))
            .collect();
        used.sort_unstable();
        used.dedup();
        used
    }
}

/// The reverse score from the weights of the resume's skills the job uses and of all of
/// them: 0 for a resume without skills.
#[inline]
fn share(used: f64, total: f64) -> f64 {
    if total > 0.0 {
        used / total
    } else {
        0.0
    }
}

/// The mutual score of a score and a reverse score (both in [0, 1]).
#[inline]
fn mutual(score: f64, reverse: f64) -> f64 {
    (score * reverse).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::profile::{FieldFit, YearMonth};

    const JOB: &str = "Requirements:\n- 5+ years of software development experience\n- 3+ years of Python\n- SQL and Docker\n- Bachelor's degree in Computer Science\n\nNice to have\n- Kubernetes\n";

    fn cv(text: &str) -> Resume {
        Resume::parse(
            text,
            &Extractor::builtin(),
            YearMonth::new(2026, 11).unwrap(),
        )
    }

    #[test]
    fn a_degree_named_only_as_preferred_costs_at_most_half() {
        let ex = Extractor::builtin();
        let m = Matcher::builtin();
        let cv = Resume::parse(
            "Skills\nPython\nEducation\nB.Sc. in Physics, 2015\n",
            &ex,
            YearMonth::new(2026, 11).unwrap(),
        );
        let education = |posting: &str| {
            let job = Job::parse(posting, &ex);
            let r = m.score(&cv, &job);
            (r.breakdown["education"], r.education.clone(), r.explain())
        };
        let (only, e, text) = education("Requirements\n- Python\n- Master's degree preferred.\n");
        let (both, _, _) = education(
            "Requirements\n- Python\n- Bachelor's degree required; Master's degree preferred.\n",
        );
        let (required, _, _) = education("Requirements\n- Python\n- Bachelor's degree required.\n");
        // A bachelor's meets the preference-only posting as it meets the one that also
        // requires a bachelor's: the missing master's costs half of the category.
        assert_eq!(only, 0.75);
        assert_eq!(both, 0.75);
        assert_eq!(required, 1.0);
        let e = e.unwrap();
        assert_eq!((e.asked, e.preferred), (None, Some(DegreeLevel::Master)));
        assert!(
            text.contains(
                "the candidate has a bachelor's degree; the job prefers a master's degree."
            ),
            "{text}"
        );
        // Without a degree: half for the preference, none for a requirement.
        let none = Resume::parse("Skills\nPython\n", &ex, YearMonth::new(2026, 11).unwrap());
        let job = Job::parse("Requirements\n- Python\n- PhD preferred.\n", &ex);
        assert_eq!(m.score(&none, &job).breakdown["education"], 0.5);
        let job = Job::parse("Requirements\n- Python\n- PhD required.\n", &ex);
        assert_eq!(m.score(&none, &job).breakdown["education"], 0.0);
    }

    #[test]
    fn a_degree_in_another_field_keeps_part_of_the_credit() {
        let ex = Extractor::builtin();
        let m = Matcher::builtin();
        let job = Job::parse(
            "Requirements\n- AutoCAD\n- BSc in Civil Engineering or Construction Management.\n",
            &ex,
        );
        let education = |degrees: &str| {
            let r = m.score(
                &cv(&format!("Skills\nAutoCAD\nEducation\n{degrees}\n")),
                &job,
            );
            let e = r.education.clone().expect("the job asks for a degree");
            (r.breakdown["education"], e.field_fit, r.explain())
        };
        let (same, fit, text) = education("BSc Structural Engineering, 2015");
        assert_eq!((same, fit), (1.0, Some(FieldFit::Same)));
        assert!(!text.contains("Education:"), "{text}");
        let (related, fit, _) = education("BEng Mechanical Engineering, 2015");
        assert_eq!((related, fit), (0.75, Some(FieldFit::Related)));
        let (unrelated, fit, text) = education("BA Journalism, 2015");
        assert_eq!((unrelated, fit), (0.5, Some(FieldFit::Unrelated)));
        assert!(
            text.contains("The candidate's field (Journalism) is unrelated to the ones asked for (Civil Engineering, Construction Management): 50% of the required degree's credit."),
            "{text}"
        );
        // Every degree's field counts: a bachelor's in the field under an MBA elsewhere.
        let (both, fit, _) = education("MBA in Finance, 2020\nB.E. in Civil Engineering, 2015");
        assert_eq!((both, fit), (1.0, Some(FieldFit::Same)));
        // The explanation names the candidate's field that fits best.
        let r = m.score(
            &cv("Skills\nAutoCAD\nEducation\nMBA in Finance, 2021\nB.E. in Mechanical Engineering, 2015\n"),
            &job,
        );
        assert!(
            r.explain()
                .contains("The candidate's field (Mechanical Engineering) is related"),
            "{}",
            r.explain()
        );
        // Where experience may replace the degree, its floor holds, and no share is quoted.
        let replace = Job::parse(
            "Requirements\n- AutoCAD\n- BSc in Civil Engineering or equivalent experience.\n",
            &ex,
        );
        let senior = cv("Experience\nReporter, Daily News | Jan 2015 - Present\n- AutoCAD\nEducation\nBA Journalism, 2014\n");
        let r = m.score(&senior, &replace);
        assert_eq!(r.breakdown["education"], 0.75);
        assert!(
            r.explain()
                .contains("is unrelated to the one asked for (Civil Engineering).\n"),
            "{}",
            r.explain()
        );
        // A degree only preferred in another field costs less than none.
        let preferred = Job::parse(
            "Requirements\n- AutoCAD\n- Master's degree in Civil Engineering preferred.\n",
            &ex,
        );
        let journalism = m.score(
            &cv("Skills\nAutoCAD\nEducation\nBA Journalism, 2015\n"),
            &preferred,
        );
        let nothing = m.score(&cv("Skills\nAutoCAD\n"), &preferred);
        assert_eq!(journalism.breakdown["education"], 0.625);
        assert_eq!(nothing.breakdown["education"], 0.5);
        assert!(
            journalism
                .explain()
                .contains("50% of the preferred degree's credit"),
            "{}",
            journalism.explain()
        );
        // Fields asked of a preferred degree only weigh on the preference.
        let job_hs = Job::parse(
            "Requirements\n- AutoCAD\n- High school diploma required.\n- Bachelor's degree in Civil Engineering preferred.\n",
            &ex,
        );
        assert!(!job_hs.education.as_ref().unwrap().fields_of_required);
        let aa = m.score(
            &cv("Skills\nAutoCAD\nEducation\nAssociate of Arts in Journalism, 2015\n"),
            &job_hs,
        );
        let hs = m.score(
            &cv("Skills\nAutoCAD\nEducation\nHigh School Diploma, 2012\n"),
            &job_hs,
        );
        assert_eq!(
            (aa.breakdown["education"], hs.breakdown["education"]),
            (0.625, 0.5)
        );
        // "or a related field": a related field counts in full, and is not explained.
        let welcoming = Job::parse(
            "Requirements\n- AutoCAD\n- BSc in Civil Engineering or a related field.\n",
            &ex,
        );
        assert!(welcoming.education.as_ref().unwrap().related_fields);
        for text in [
            "Requirements\n- BSc in Civil Engineering or Related Field\n",
            "Requirements\n- BSc in Civil Engineering, or Similar\n",
            "Requirements\n- BSc in Civil Engineering or an allied discipline\n",
        ] {
            let job = Job::parse(text, &ex);
            assert!(job.education.as_ref().unwrap().related_fields, "{text}");
        }
        let strict = Job::parse(
            "Requirements\n- BSc in Civil Engineering.\n- Related experience in AutoCAD\n",
            &ex,
        );
        assert!(!strict.education.as_ref().unwrap().related_fields);
        let mech = cv("Skills\nAutoCAD\nEducation\nBEng Mechanical Engineering, 2015\n");
        let r = m.score(&mech, &welcoming);
        assert_eq!(r.breakdown["education"], 1.0);
        assert_eq!(
            r.education.as_ref().unwrap().field_fit,
            Some(FieldFit::Related)
        );
        assert_eq!(
            m.cdist(&[&mech], &[&welcoming], Some(1)).unwrap(),
            [r.score as f32]
        );
        let journalist = cv("Skills\nAutoCAD\nEducation\nBA Journalism, 2015\n");
        assert_eq!(m.score(&journalist, &welcoming).breakdown["education"], 0.5);
        // A field the classification does not know, or none, is not held against anyone.
        let (unknown, fit, _) = education("BA Underwater Basket Weaving, 2015");
        assert_eq!((unknown, fit), (1.0, None));
        let (bare, fit, _) = education("Bachelor's degree, 2015");
        assert_eq!((bare, fit), (1.0, None));
        // The bulk calls score the same, from parsed resumes and from texts.
        let texts = [
            "Skills\nAutoCAD\nEducation\nBA Journalism, 2015\n",
            "Skills\nAutoCAD\nEducation\nMBA in Finance, 2020\nB.E. in Civil Engineering, 2015\n",
            "Skills\nAutoCAD\nEducation\nBEng Mechanical Engineering, 2015\n",
        ];
        let parsed: Vec<Resume> = texts.iter().map(|t| cv(t)).collect();
        let want: Vec<f32> = parsed
            .iter()
            .map(|r| m.score(r, &job).score as f32)
            .collect();
        assert_eq!(m.cdist(&parsed, &[&job], Some(1)).unwrap(), want);
        let mut b = m.index_builder(Some(1)).unwrap();
        b.add_texts(&ex, &texts, YearMonth::new(2026, 11).unwrap());
        assert_eq!(
            m.cdist_in(&b.finish().unwrap(), &[&job], Some(1)).unwrap(),
            want
        );
        assert!(want[1] > want[2] && want[2] > want[0], "{want:?}");
    }

    #[test]
    fn a_good_candidate_scores_higher_and_is_explained() {
        let ex = Extractor::builtin();
        let job = Job::parse(JOB, &ex);
        let good = cv("Experience\nEngineer, Acme | Jan 2018 - Present\n- Python, Django, PostgreSQL, Docker, Kubernetes\nEducation\nB.S. in Computer Science\n");
        let weak = cv("Experience\nClerk, Shop | Jan 2024 - Present\n- Excel\n");
        let m = Matcher::builtin();
        let g = m.score(&good, &job);
        let w = m.score(&weak, &job);
        assert!(g.score > w.score, "{} vs {}", g.score, w.score);
        assert!((0.0..=1.0).contains(&g.score) && (0.0..=1.0).contains(&w.score));
        // PostgreSQL partly meets SQL.
        let sql = g
            .partial
            .iter()
            .find(|p| p.name == "SQL")
            .expect("SQL partial");
        assert_eq!(sql.credit, NARROWER_CREDIT);
        assert_eq!(sql.via.as_deref(), Some("PostgreSQL"));
        assert!(!sql.resume_spans.is_empty());
        assert_eq!(g.experience_gap, None);
        assert!(w.experience_gap.is_some_and(|gap| gap > 2.0));
        assert!(w.missing.iter().any(|m| m.required));
        assert!(g.explain().contains("SQL (through PostgreSQL"));
        // Education: met by the good candidate (not mentioned), missing for the weak one.
        let asked = Some(EducationMatch {
            asked: Some(DegreeLevel::Bachelor),
            preferred: None,
            candidate: Some(DegreeLevel::Bachelor),
            candidate_in_progress: false,
            experience_may_replace: false,
            fields_asked: vec!["Computer Science".to_string()],
            candidate_fields: vec!["Computer Science".to_string()],
            field_fit: Some(FieldFit::Same),
            related_fields: false,
        });
        assert_eq!(g.education, asked);
        assert!(!g.explain().contains("Education:"));
        assert_eq!(w.education.as_ref().and_then(|e| e.candidate), None);
        assert!(w
            .explain()
            .contains("Education: no degree found; the job asks for a bachelor's degree.\n"));
        // The reverse score: the weak candidate's only skill, Excel, is not asked for.
        assert!(w
            .explain()
            .ends_with("The job uses none of the candidate's skills."));
        // "software development" is computer programming, which Python partly meets.
        assert!(g.explain().contains(
            "Partly: computer programming (through Python (computer programming), credit 0.6)"
        ));
        assert_eq!(
            g.breakdown.keys().cloned().collect::<Vec<_>>(),
            [
                "education",
                "experience",
                "preferred_skills",
                "required_skills",
                "skill_experience"
            ]
        );
    }

    #[test]
    fn skills_named_without_years_earn_a_share_the_positions_support() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let job = Job::parse("Requirements: Python, SQL and Docker.", &ex);
        // SQL named in the skills list only; PostgreSQL, narrower, used in a position.
        let cv = Resume::parse(
            "Experience\nData Engineer, Acme | 2019 - 2024\n- Built ETL jobs in Python on \
             PostgreSQL\n\nSkills: SQL, Docker",
            &ex,
            today,
        );
        let m = Matcher::builtin().with_listed_credit(0.5).unwrap();
        assert_eq!(m.listed_credit(), 0.5);
        let r = m.score(&cv, &job);
        let credit = |name: &str| {
            r.matched
                .iter()
                .chain(&r.partial)
                .find(|s| s.name == name)
                .map(|s| (s.credit, s.via.clone()))
        };
        // The positions support 1.6 of the 3 the resume earns (Python 1, SQL 0.6 through
        // PostgreSQL): a listed skill earns 0.5 + 0.5 * 1.6 / 3 of its credit.
        let share = 0.5 + 0.5 * (1.6 / 3.0);
        assert_eq!(credit("Python (computer programming)"), Some((1.0, None)));
        let (docker, via) = credit("Docker").unwrap();
        assert!((docker - share).abs() < 1e-12 && via.is_none(), "{docker}");
        // SQL: 0.6 through PostgreSQL, the rest of its own credit at the share.
        let (sql, _) = credit("SQL").unwrap();
        assert!((sql - (0.6 + 0.4 * share)).abs() < 1e-12, "{sql}");
        let text = r.explain();
        assert!(
            text.contains("Docker (no years of use, credit 0.77)"),
            "{text}"
        );
        let req = |m: &Matcher, text: &str| {
            m.score(&Resume::parse(text, &ex, today), &job).breakdown["required_skills"]
        };
        // A skills list with no position behind it earns the floor; positions that use
        // every skill asked for, all of it; the default floor of 1, all of it.
        assert_eq!(req(&m, "Skills: Python, SQL, Docker"), 0.5);
        let used = "Experience\nDeveloper, Acme | 2019 - 2024\n- Python, SQL and Docker";
        assert_eq!(req(&m, used), 1.0);
        let alike = Matcher::builtin().with_listed_credit(1.0).unwrap();
        assert_eq!(req(&alike, "Skills: Python, SQL, Docker"), 1.0);
        assert_eq!(req(&Matcher::builtin(), "Skills: Python, SQL, Docker"), 0.5);
        // The reverse score still counts every skill the resume names.
        assert_eq!(
            r.reverse_score,
            Matcher::builtin().score(&cv, &job).reverse_score
        );
        // The bulk calls and an index give the same scores; an index serves matchers of
        // any listed credit.
        let m = m.with_rank_by(RankBy::Mutual);
        let other = Resume::parse("Skills: Python, SQL, Docker, Java", &ex, today);
        let cvs = [&cv, &other];
        let matrix = m.cdist(&cvs, &[&job], Some(1)).unwrap();
        let index = m.index(&cvs, Some(2)).unwrap();
        let from_index = m.cdist_in(&index, &[&job], Some(1)).unwrap();
        let full = Matcher::builtin().with_listed_credit(1.0).unwrap();
        let from_index_full = full.cdist_in(&index, &[&job], Some(1)).unwrap();
        for (i, resume) in cvs.iter().enumerate() {
            let want = m.score(resume, &job).mutual_score as f32;
            assert_eq!(matrix[i], want);
            assert_eq!(from_index[i], want);
            assert_eq!(from_index_full[i], full.score(resume, &job).score as f32);
        }
        for bad in [0.0, 5e-324, 0.005, -0.5, 1.5, f64::NAN, f64::INFINITY] {
            assert!(Matcher::builtin().with_listed_credit(bad).is_err(), "{bad}");
        }
        // A group of alternatives counts one member, the one the explanation names: SQL
        // through PostgreSQL used (0.6) before Java only listed (0.5 at the least share),
        // and the category is the mean of the credits the explanation gives.
        let job = Job::parse("Requirements:\n- SQL, Go or Java\n- Docker\n", &ex);
        let cv = Resume::parse(
            "Experience\nDeveloper, Acme | 2015 - 2024\n- PostgreSQL\nSkills: Java, Docker",
            &ex,
            today,
        );
        let r = Matcher::builtin().score(&cv, &job);
        let listed: Vec<(&str, f64)> = r
            .matched
            .iter()
            .chain(&r.partial)
            .map(|s| (s.name.as_str(), s.credit))
            .collect();
        assert_eq!(listed.len(), 2, "{listed:?}");
        assert_eq!(listed[0], ("SQL", 0.6));
        let mean = (listed[0].1 + listed[1].1) / 2.0;
        assert!(
            (r.breakdown["required_skills"] - mean).abs() < 1e-12,
            "{listed:?}"
        );
    }

    #[test]
    fn hand_made_negative_years_score_in_range() {
        let ex = Extractor::builtin();
        let job = Job::parse(JOB, &ex);
        let mut r = cv("Skills\nPython (5 years), SQL\n");
        for s in &mut r.skills {
            s.years = Some(-5.0);
        }
        let m = Matcher::builtin();
        let res = m.score(&r, &job);
        assert!(
            res.breakdown.values().all(|v| (0.0..=1.0).contains(v)),
            "{res:?}"
        );
        assert_eq!(res.breakdown["skill_experience"], 0.0);
        let bulk = m.cdist(&[&r], &[&job], Some(1)).unwrap();
        assert_eq!(bulk[0] as f64, res.score as f32 as f64);
    }

    #[test]
    fn one_of_alternatives_meets_them() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- AWS, GCP or Azure\n- 2+ years of Python or Java\n",
            &ex,
        );
        let m = Matcher::builtin().with_listed_credit(1.0).unwrap(); // skills lists in full
        let aws = cv("Experience\nEngineer, Acme | Jan 2020 - Present\n- AWS and Java\n");
        let r = m.score(&aws, &job);
        assert_eq!(r.breakdown["required_skills"], 1.0);
        assert_eq!(r.breakdown["skill_experience"], 1.0);
        assert!(r.missing.is_empty(), "{:?}", r.missing);
        let cloud = &r.matched[0];
        assert_eq!(
            cloud.alternatives,
            ["Google Cloud Platform", "Microsoft Azure software"]
        );
        // The job spans are those of all three, in order ("Requirements:\n- AWS, GCP or Azure").
        let spans: Vec<(usize, usize)> = cloud.job_spans.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, [(16, 19), (21, 24), (28, 33)]);
        assert!(r.explain().contains(
            "Has: Amazon Web Services AWS software (alternatives: Google Cloud Platform, \
             Microsoft Azure software), Java (computer programming) (alternatives: Python (computer \
             programming))."
        ));
        // A resume with none of them misses each group once, as any of its skills.
        let none = m.score(&cv("Skills\nExcel\n"), &job);
        assert_eq!(none.missing.len(), 2);
        assert!(none.explain().contains(
            "Missing (required): Amazon Web Services AWS software or Google Cloud Platform or \
             Microsoft Azure software, Python (computer programming) or Java (computer programming)."
        ));
        // Each group weighs as one skill: one of two groups met is half the category.
        let half = m.score(&cv("Skills\nAzure\n"), &job);
        assert_eq!(half.breakdown["required_skills"], 0.5);
        // The same skills as a list of all of them: each one counts.
        let all = Job::parse("Requirements:\n- AWS, GCP and Azure\n", &ex);
        let r = m.score(&aws, &all);
        assert!((r.breakdown["required_skills"] - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.missing.len(), 2);
    }

    #[test]
    fn generic_skills_weigh_less_than_specific_ones() {
        let m = Matcher::builtin();
        let t = m.taxonomy();
        let weight = |name: &str| m.weight_of(t.index_of(&t.find(name).unwrap().id).unwrap());
        // ESCO puts programming languages among its sector-specific skills: they weigh 1,
        // as technologies and occupation-specific skills do.
        assert_eq!(
            t.find("Haskell").unwrap().reuse_level.as_deref(),
            Some("sector-specific")
        );
        for specific in ["Haskell", "Python", "Kubernetes"] {
            assert_eq!(weight(specific), 1.0, "{specific}");
        }
        // Cross-sector and transversal ESCO skills and soft skills are generic.
        for generic in ["communication", "manage budgets", "think critically"] {
            assert_eq!(weight(generic), GENERIC_WEIGHT, "{generic}");
        }
    }

    #[test]
    fn a_generic_skill_asked_with_years_weighs_as_a_specific_one() {
        let ex = Extractor::builtin();
        let m = Matcher::builtin();
        let job = |text: &str| Job::parse(text, &ex);
        let weight_of = |r: &MatchResult, name: &str| {
            r.matched
                .iter()
                .chain(&r.missing)
                .find(|s| s.name == name)
                .map(|s| s.weight)
        };
        let cv = Resume::parse(
            "EXPERIENCE\nTeacher, Acme High School, 2015 - 2024\n- Taught maths\n",
            &ex,
            YearMonth::new(2026, 11).unwrap(),
        );
        let asked = m.score(
            &cv,
            &job("Requirements:\n- 2+ years of teaching experience\n- Google Classroom\n"),
        );
        let named = m.score(
            &cv,
            &job("Requirements:\n- Teaching experience\n- Google Classroom\n"),
        );
        let teach = "teach in academic or vocational contexts";
        assert_eq!(weight_of(&named, teach), Some(GENERIC_WEIGHT));
        assert_eq!(weight_of(&asked, teach), Some(1.0));
        // The teaching met, the tool missing: half the required skills, not a sixth.
        assert_eq!(asked.breakdown["required_skills"], 0.5);
        assert!((named.breakdown["required_skills"] - 0.2 / 1.2).abs() < 1e-12);
    }

    #[test]
    fn missing_categories_are_left_out_not_zero() {
        let ex = Extractor::builtin();
        let job = Job::parse("We need Python.", &ex);
        let r = Matcher::builtin().score(&cv("Skills\nPython\n"), &job);
        assert_eq!(r.breakdown.keys().collect::<Vec<_>>(), ["required_skills"]);
        // (Named in a skills list only, with no position behind it: the listed credit.)
        assert_eq!(r.score, DEFAULT_LISTED_CREDIT);
    }

    #[test]
    fn experience_loses_credit_smoothly() {
        let m = Matcher::builtin();
        let job = m.job_key(&Job::parse(
            "Requirements:\n- 4+ years of experience\n",
            &Extractor::builtin(),
        ));
        let at = |years: f64| {
            let cv = ResumeKey {
                credits: Vec::new(),
                years,
                education: 0,
                fields: FieldClasses::default(),
            };
            m.base(&job, &cv).0.unwrap()
        };
        assert_eq!(at(4.0), 1.0);
        assert_eq!(at(8.0), 1.0);
        assert_eq!(at(3.0), 0.75);
        assert!(at(3.9) > at(3.8) && at(3.8) > at(2.0) && at(0.0) == 0.0);
    }

    #[test]
    fn years_count_at_the_skills_fit() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- Python and SQL\n- 5+ years of experience\n",
            &ex,
        );
        let m = Matcher::builtin();
        let at = |skills: &str| {
            let r = m.score(
                &cv(&format!(
                    "Experience\nAnalyst, Acme | Jan 2010 - Dec 2024\n- {skills}\n"
                )),
                &job,
            );
            (r.skill_fit, r.breakdown["experience"], r.explain())
        };
        // Fifteen years each, which the job's five count as far as the skills fit.
        assert_eq!(at("Python and SQL").0, Some(1.0));
        assert_eq!(at("Python and SQL").1, 1.0);
        let (fit, exp, text) = at("Python");
        assert_eq!((fit, exp), (Some(0.5), 0.5));
        assert!(text.contains(
            "Experience: 15.0 years, meets the minimum, counted at the skills' fit of 0.50."
        ));
        assert_eq!(at("Bookkeeping").1, 0.0);
        // No skill category: the years count in full.
        let plain = Job::parse("Requirements: 5+ years of experience.", &ex);
        let r = m.score(
            &cv("Experience\nAnalyst, Acme | Jan 2010 - Dec 2024\n"),
            &plain,
        );
        assert_eq!((r.skill_fit, r.breakdown["experience"]), (None, 1.0));
        // Skill weights of 0 leave no fit to scale by.
        let w = Weights {
            required_skills: 0.0,
            preferred_skills: 0.0,
            skill_experience: 0.0,
            ..Weights::default()
        };
        let m0 = Matcher::new(Taxonomy::builtin(), w).unwrap();
        let r = m0.score(
            &cv("Experience\nAnalyst, Acme | Jan 2010 - Dec 2024\n"),
            &job,
        );
        assert_eq!((r.skill_fit, r.breakdown["experience"]), (None, 1.0));
    }

    #[test]
    fn cdist_and_top_k_agree_with_score() {
        let ex = Extractor::builtin();
        let jobs: Vec<Job> = [
            JOB,
            "Requirements:\n- Java and Spring Boot\n- 2 years of experience\n",
            "Sales executive, MBA preferred, 3 years of B2B sales experience.",
            // Alternatives, with years tied to them, and one met through a narrower skill.
            "Requirements:\n- 3+ years of Python or Java\n- SQL or MongoDB\n\nNice to have\n- Docker or Kubernetes\n",
        ]
        .iter()
        .map(|t| Job::parse(t, &ex))
        .collect();
        let resumes: Vec<Resume> = [
            "Experience\nDev, A | 2015 - 2020\n- Python and Docker\n",
            "Experience\nDev, B | Jan 2019 - Present\n- Java, Spring Boot\nEducation\nB.Tech\n",
            "Summary\nSales executive with 6 years of experience.\nEducation\nMBA\n",
            "",
            "Experience\nIntern, C | Summer 2025\n",
            // Narrower and generic skills, and skills no job asks for.
            "Skills: PostgreSQL, Django, communication, Excel, Photoshop\n",
            // Skills used in a position and skills only listed.
            "Experience\nDev, D | 2018 - 2024\n- Python and PostgreSQL\nSkills: Java, SQL, Docker, \
             MongoDB\n",
        ]
        .iter()
        .map(|t| cv(t))
        .collect();
        for (by, listed) in [
            (RankBy::Score, 1.0),
            (RankBy::Mutual, 1.0),
            (RankBy::Score, 0.5),
            (RankBy::Mutual, 0.3),
        ] {
            let m = Matcher::builtin()
                .with_rank_by(by)
                .with_listed_credit(listed)
                .unwrap();
            let d = m.cdist(&resumes, &jobs, Some(2)).unwrap();
            assert_eq!(d, m.cdist(&resumes, &jobs, Some(1)).unwrap());
            for (i, r) in resumes.iter().enumerate() {
                for (j, job) in jobs.iter().enumerate() {
                    let s = m.score(r, job);
                    let want = match by {
                        RankBy::Score => s.score,
                        RankBy::Mutual => s.mutual_score,
                    };
                    // To the bit (a zero is never negative).
                    let got = d[i * jobs.len() + j];
                    assert_eq!(got.to_bits(), (want as f32).to_bits(), "{by:?} {i} {j}");
                }
            }
            for k in [1, 2, 5, 9] {
                let top = m.top_k(&resumes, &jobs, k, Some(2)).unwrap();
                for (j, got) in top.iter().enumerate() {
                    let mut want: Vec<(u32, f32)> = (0..resumes.len())
                        .map(|i| (i as u32, d[i * jobs.len() + j]))
                        .collect();
                    want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                    want.truncate(k);
                    assert_eq!(got, &want, "job {j}, k {k}");
                }
            }
            assert!(m.top_k(&resumes, &jobs, 0, None).is_err());
            // The reverse direction: the best jobs per resume.
            let per_resume = m.top_k_jobs(&resumes, &jobs, 2, Some(2)).unwrap();
            for (i, got) in per_resume.iter().enumerate() {
                let mut want: Vec<(u32, f32)> = (0..jobs.len())
                    .map(|j| (j as u32, d[i * jobs.len() + j]))
                    .collect();
                want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                want.truncate(2);
                assert_eq!(got, &want);
            }
        }
    }

    #[test]
    fn the_mutual_score_prefers_the_specialist() {
        let ex = Extractor::builtin();
        let job = Job::parse("Requirements:\n- Python and SQL\n", &ex);
        let specialist = cv("Skills: Python, PostgreSQL\n");
        let everything =
            cv("Skills: Python, SQL, Java, AutoCAD, Photoshop, SAP, Salesforce, Tableau, Excel\n");
        let m = Matcher::builtin();
        let (a, b) = (m.score(&specialist, &job), m.score(&everything, &job));
        // The broad resume covers the job better (SQL itself, not through PostgreSQL)...
        assert!(b.score > a.score, "{} vs {}", b.score, a.score);
        // ...but the job uses all of the specialist's skills (PostgreSQL is a narrower
        // skill of SQL) and few of the other's, and the mutual score ranks them the other
        // way round.
        assert_eq!(a.reverse_score, 1.0);
        assert!(b.reverse_score < 0.5, "{}", b.reverse_score);
        assert!(a.mutual_score > b.mutual_score);
        assert_eq!(a.mutual_score, (a.score * a.reverse_score).sqrt());
        let m = m.with_rank_by(RankBy::Mutual);
        let top = m
            .top_k(&[&everything, &specialist], &[&job], 2, None)
            .unwrap();
        assert_eq!(top[0][0].0, 1);
        assert_eq!("mutual".parse::<RankBy>().unwrap(), RankBy::Mutual);
        assert!("Mutual".parse::<RankBy>().is_err());
    }

    #[test]
    fn weights_are_checked() {
        assert!(Matcher::new(
            Taxonomy::builtin(),
            Weights {
                experience: -1.0,
                ..Weights::default()
            }
        )
        .is_err());
        let zero = Weights {
            required_skills: 0.0,
            preferred_skills: 0.0,
            experience: 0.0,
            skill_experience: 0.0,
            education: 0.0,
        };
        assert!(Matcher::new(Taxonomy::builtin(), zero).is_err());
        // Sums that overflow, inverses that overflow: refused, not NaN scores.
        for w in [f64::MAX, 1e-320, f64::NAN, f64::INFINITY] {
            let weights = Weights {
                required_skills: w,
                preferred_skills: w,
                ..Weights::default()
            };
            let err = Matcher::new(Taxonomy::builtin(), weights).unwrap_err();
            assert!(err.message().contains("preferred_skills="), "{err}");
        }
        let tiny = Weights {
            education: MIN_WEIGHT,
            ..zero
        };
        assert!(Matcher::new(Taxonomy::builtin(), tiny).is_ok());
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        const SKILLS: &[&str] = &[
            "Python",
            "Django",
            "SQL",
            "PostgreSQL",
            "Docker",
            "Java",
            "Excel",
            "communication",
        ];
        const DEGREES: &[&str] = &[
            "",
            "B.S. in Physics",
            "MBA",
            "Ph.D. in Biology",
            "High school diploma",
        ];

        /// A resume with its skills used in a position, but the first `listed` only named
        /// in a skills list.
        fn resume(skills: &[usize], years: u32, degree: usize, listed: usize) -> Resume {
            let list: Vec<&str> = skills.iter().map(|&i| SKILLS[i]).collect();
            let (named, used) = list.split_at(listed.min(list.len()));
            let text = format!(
                "Experience\nDev, Acme | Jan {} - Jan 2026\n- {}\nSkills: {}\nEducation\n{}\n",
                2026 - years.min(30),
                used.join(", "),
                named.join(", "),
                DEGREES[degree]
            );
            cv(&text)
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(40))]
            #[test]
            fn top_k_equals_sorted_cdist(
                rs in proptest::collection::vec((proptest::collection::vec(0..SKILLS.len(), 0..4), 0u32..12, 0..DEGREES.len(), 0usize..3), 1..12),
                js in proptest::collection::vec((proptest::collection::vec(0..SKILLS.len(), 0..4), 0u32..8, 0..DEGREES.len(), any::<bool>()), 1..4),
                k in 1usize..14,
                listed in prop_oneof![Just(1.0), 0.01f64..1.0],
            ) {
                let ex = Extractor::builtin();
                let resumes: Vec<Resume> = rs.iter().map(|(s, y, d, l)| resume(s, *y, *d, *l)).collect();
                let jobs: Vec<Job> = js
                    .iter()
                    .map(|(s, y, d, alternatives)| {
                        // The skills as a list of all of them, or of alternatives with the
                        // years tied to them.
                        let list: Vec<&str> = s.iter().map(|&i| SKILLS[i]).collect();
                        let text = if *alternatives {
                            format!("Requirements:\n- {} years of {}\n- {}\n", y, list.join(" or "), DEGREES[*d])
                        } else {
                            format!("Requirements:\n- {} years of experience\n- {}\n- {}\n", y, list.join(", "), DEGREES[*d])
                        };
                        Job::parse(&text, &ex)
                    })
                    .collect();
                let m = Matcher::builtin().with_listed_credit(listed).unwrap();
                let d = m.cdist(&resumes, &jobs, Some(1)).unwrap();
                for (i, r) in resumes.iter().enumerate() {
                    for (j, job) in jobs.iter().enumerate() {
                        prop_assert_eq!(d[i * jobs.len() + j], m.score(r, job).score as f32);
                    }
                }
                let top = m.top_k(&resumes, &jobs, k, Some(2)).unwrap();
                for (j, got) in top.iter().enumerate() {
                    let mut want: Vec<(u32, f32)> = (0..resumes.len()).map(|i| (i as u32, d[i * jobs.len() + j])).collect();
                    want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                    want.truncate(k);
                    prop_assert_eq!(got, &want);
                }
                // The other direction, with one worker and with several.
                for w in [1, 2] {
                    let per_resume = m.top_k_jobs(&resumes, &jobs, k, Some(w)).unwrap();
                    prop_assert_eq!(per_resume.len(), resumes.len());
                    for (i, got) in per_resume.iter().enumerate() {
                        let mut want: Vec<(u32, f32)> = (0..jobs.len()).map(|j| (j as u32, d[i * jobs.len() + j])).collect();
                        want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                        want.truncate(k);
                        prop_assert_eq!(got, &want);
                    }
                }
            }
        }
    }
}
