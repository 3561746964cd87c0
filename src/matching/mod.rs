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
//! * credit(s) is 1 when the resume has the skill. Otherwise taxonomy relations give partial
//!   credit: [`NARROWER_CREDIT`] when the resume has a skill whose broader skill is `s`
//!   (PostgreSQL for "SQL", Django for "Python"), [`BROADER_CREDIT`] when it has a broader skill
//!   of `s` (SQL for "PostgreSQL"), [`RELATED_CREDIT`] for a related skill. The best counts.
//! * weight(s) follows how specific the skill is: 1 for technologies, ESCO
//!   occupation-specific skills and the project's own skills, [`SECTOR_WEIGHT`] for ESCO
//!   sector-specific skills, [`CROSS_SECTOR_WEIGHT`] for cross-sector ones ("communication"),
//!   [`GENERIC_WEIGHT`] for transversal and soft skills.
//! * **experience**: 1 when the candidate's years reach the job's minimum, else years / minimum
//!   (linear, no cliff). The candidate's years are the merged years of their positions, or
//!   the years they claim when no positions were found.
//! * **skill_experience**: over the job's skills with a minimum of years, weight-averaged:
//!   min(1, years with the skill / minimum); [`UNKNOWN_YEARS_CREDIT`] when the resume has the
//!   skill without years; 0 without the skill.
//! * **education**: 1 at or above the job's level, 0.5 one level below, 0 further below; when
//!   the job accepts equivalent experience, at least 0.75 with 4 or more years.
//!
//! The **reverse score** says how much of the candidate's profile the job uses: the weighted
//! share of the resume's skills that the job asks for (or a narrower skill of one it asks for).

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::batch::{resolve_workers, Pool, Workers};
use crate::error::{Error, ErrorKind, Result};
use crate::profile::{Job, Resume, Span};
use crate::taxonomy::{SkillIndex, SkillKind, Taxonomy};

/// Credit for a job skill met by a narrower skill of the resume (PostgreSQL for SQL).
pub const NARROWER_CREDIT: f64 = 0.6;
/// Credit for a job skill met by a broader skill of the resume (SQL for PostgreSQL).
pub const BROADER_CREDIT: f64 = 0.1;
/// Credit for a job skill met by a related skill.
pub const RELATED_CREDIT: f64 = 0.15;
/// Weight of a generic skill (soft skills, ESCO transversal skills) relative to a specific
/// one (ESCO occupation-specific skills, technologies, skills the project added).
pub const GENERIC_WEIGHT: f64 = 0.2;
/// Weight of an ESCO cross-sector skill ("communication", "manage budgets").
pub const CROSS_SECTOR_WEIGHT: f64 = 0.4;
/// Weight of an ESCO sector-specific skill.
pub const SECTOR_WEIGHT: f64 = 0.7;
/// Skill-experience credit for a required skill the resume has, without years.
pub const UNKNOWN_YEARS_CREDIT: f64 = 0.5;

/// Weights of the score's categories (any non-negative numbers; they are normalised over
/// the categories a job has data for).
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
    /// Checks that every weight is finite and non-negative and one is positive.
    pub fn validate(&self) -> Result<()> {
        let all = [
            self.required_skills,
            self.preferred_skills,
            self.experience,
            self.skill_experience,
            self.education,
        ];
        if all.iter().any(|w| !w.is_finite() || *w < 0.0) || all.iter().all(|w| *w == 0.0) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("weights must be finite, non-negative and not all zero, got {self:?}"),
            ));
        }
        Ok(())
    }
}

/// How a job skill was met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatch {
    /// The job's skill.
    pub skill_id: String,
    /// Its name.
    pub name: String,
    /// Required (or preferred) by the job.
    pub required: bool,
    /// Credit in [0, 1]: 1 when the resume has it, less through a related skill, 0 missing.
    pub credit: f64,
    /// Its weight in the score (1, or less for generic skills).
    pub weight: f64,
    /// The resume's skill that gave the credit, when it is another skill.
    pub via: Option<String>,
    /// Where the job mentions it.
    pub job_spans: Vec<Span>,
    /// Where the resume mentions the skill that gave the credit.
    pub resume_spans: Vec<Span>,
}

/// The score categories, in the order of [`Matcher::categories_of`] and of the weights.
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
    /// Job skills met only through a related skill.
    pub partial: Vec<SkillMatch>,
    /// Job skills the resume lacks.
    pub missing: Vec<SkillMatch>,
    /// Years short of the job's minimum (`None` when it is met or not stated).
    pub experience_gap: Option<f64>,
    /// The candidate's years used for the experience category.
    pub candidate_years: f64,
    /// How much of the candidate's profile the job uses, in [0, 1].
    pub reverse_score: f64,
}

impl MatchResult {
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
        let names = |v: &[SkillMatch]| -> String {
            v.iter()
                .map(|m| m.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.matched.is_empty() {
            out.push_str(&format!("Has: {}.\n", names(&self.matched)));
        }
        if !self.partial.is_empty() {
            let p: Vec<String> = self
                .partial
                .iter()
                .map(|m| {
                    format!(
                        "{} (through {}, credit {:.1})",
                        m.name,
                        m.via.as_deref().unwrap_or("?"),
                        m.credit
                    )
                })
                .collect();
            out.push_str(&format!("Partly: {}.\n", p.join(", ")));
        }
        let (req, pref): (Vec<&SkillMatch>, Vec<&SkillMatch>) =
            self.missing.iter().partition(|m| m.required);
        if !req.is_empty() {
            let n: Vec<&str> = req.iter().map(|m| m.name.as_str()).collect();
            out.push_str(&format!("Missing (required): {}.\n", n.join(", ")));
        }
        if !pref.is_empty() {
            let n: Vec<&str> = pref.iter().map(|m| m.name.as_str()).collect();
            out.push_str(&format!("Missing (preferred): {}.\n", n.join(", ")));
        }
        if let Some(gap) = self.experience_gap {
            out.push_str(&format!(
                "Experience: {:.1} years, {:.1} short of the minimum.\n",
                self.candidate_years, gap
            ));
        }
        out.push_str(&format!(
            "The job uses {:.0}% of the candidate's skills.",
            self.reverse_score * 100.0
        ));
        out
    }
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
        credit * (years * inv_min).min(1.0)
    }
}

/// The education category for a candidate's degree rank against the job's level.
#[inline]
fn education_credit(rank: f64, level: f64, may_replace: bool, years: f64) -> f64 {
    // 1 at or above the level, 0.5 one below, else 0; at least 0.75 when experience may
    // replace the degree and the candidate has 4 years. Without a branch, as above, and on
    // ranks held as floats, so that the scoring loops stay in one kind of number.
    use std::hint::select_unpredictable as select;
    let c = select(rank >= level, 1.0, select(rank + 1.0 == level, 0.5, 0.0));
    select(may_replace & (years >= 4.0), f64::max(c, 0.75), c)
}

/// A job resolved against the taxonomy, ready for scoring.
#[derive(Debug, Clone)]
struct JobKey {
    /// (skill, weight, required, min years), by skill.
    skills: Vec<(SkillIndex, f64, bool, Option<f64>)>,
    min_years: Option<f64>,
    education: Option<(u8, bool)>,
    /// Sum of weights of required / preferred skills.
    req_weight: f64,
    pref_weight: f64,
}

/// A resume resolved against the taxonomy: every skill it meets with what credit.
#[derive(Debug, Clone)]
struct ResumeKey {
    /// (skill, credit, via, years of the via skill), sorted by skill, best credit kept.
    credits: Vec<(SkillIndex, f64, SkillIndex, Option<f64>)>,
    /// Its own skills with weights (for the reverse score).
    own: Vec<(SkillIndex, f64)>,
    years: f64,
    education: u8,
}

/// The best credit offered for each skill while a resume is resolved: a table over the
/// taxonomy's skills (kept per thread, so that resolving a resume allocates only its
/// result) and the skills touched, which are all that is cleared afterwards.
#[derive(Default)]
struct BestCredits {
    /// (credit, via, years of the via skill) by skill; credit 0 when not offered.
    table: Vec<(f64, SkillIndex, Option<f64>)>,
    touched: Vec<SkillIndex>,
}

impl BestCredits {
    fn reset(&mut self, skills: usize) {
        if self.table.len() < skills {
            self.table.resize(skills, (0.0, 0, None));
        }
        for &s in &self.touched {
            self.table[s as usize].0 = 0.0;
        }
        self.touched.clear();
    }

    /// Offers `skill` with `credit` (positive) through `via`: the best credit wins, and
    /// of equal credits the lower via, whatever the order of the offers.
    #[inline]
    fn offer(&mut self, skill: SkillIndex, credit: f64, via: SkillIndex, years: Option<f64>) {
        let Some(slot) = self.table.get_mut(skill as usize) else {
            return;
        };
        if slot.0 == 0.0 {
            self.touched.push(skill);
        } else if credit < slot.0 || (credit == slot.0 && via >= slot.1) {
            return;
        }
        *slot = (credit, via, years);
    }

    /// The skills offered, by skill, with their best credits.
    fn take(&mut self) -> Vec<(SkillIndex, f64, SkillIndex, Option<f64>)> {
        self.touched.sort_unstable();
        self.touched
            .iter()
            .map(|&s| {
                let (credit, via, years) = self.table[s as usize];
                (s, credit, via, years)
            })
            .collect()
    }
}

thread_local! {
    static BEST: std::cell::RefCell<BestCredits> = std::cell::RefCell::new(BestCredits::default());
}

/// Scores resumes against jobs. Immutable, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Matcher {
    taxonomy: Arc<Taxonomy>,
    weights: Weights,
}

impl Matcher {
    /// A matcher over `taxonomy` (the one the profiles were parsed with).
    pub fn new(taxonomy: Arc<Taxonomy>, weights: Weights) -> Result<Matcher> {
        weights.validate()?;
        Ok(Matcher { taxonomy, weights })
    }

    /// The default matcher: built-in taxonomy, default weights.
    pub fn builtin() -> Matcher {
        Matcher {
            taxonomy: Taxonomy::builtin(),
            weights: Weights::default(),
        }
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

    fn job_key(&self, job: &Job) -> JobKey {
        let mut skills: Vec<(SkillIndex, f64, bool, Option<f64>)> = job
            .skills
            .iter()
            .filter_map(|s| {
                let i = self.taxonomy.index_of(&s.skill_id)?;
                Some((i, self.weight_of(i), s.required, s.min_years))
            })
            .collect();
        skills.sort_by_key(|s| s.0);
        skills.dedup_by_key(|s| s.0);
        let req_weight = skills.iter().filter(|s| s.2).map(|s| s.1).sum();
        let pref_weight = skills.iter().filter(|s| !s.2).map(|s| s.1).sum();
        JobKey {
            skills,
            min_years: job.min_years.filter(|&y| y > 0.0),
            education: job
                .education
                .as_ref()
                .map(|e| (e.level.rank(), e.experience_may_replace)),
            req_weight,
            pref_weight,
        }
    }

    fn resume_key(&self, resume: &Resume) -> ResumeKey {
        let t = &self.taxonomy;
        let mut own = Vec::with_capacity(resume.skills.len());
        let credits = BEST.with(|best| {
            let mut best = best.borrow_mut();
            best.reset(t.len());
            for s in &resume.skills {
                let Some(r) = t.index_of(&s.skill_id) else {
                    continue;
                };
                own.push((r, self.weight_of(r)));
                best.offer(r, 1.0, r, s.years);
                for &b in t.broader(r) {
                    best.offer(b, NARROWER_CREDIT, r, s.years);
                }
                for &n in t.narrower(r) {
                    best.offer(n, BROADER_CREDIT, r, s.years);
                }
                for &x in t.related(r) {
                    best.offer(x, RELATED_CREDIT, r, s.years);
                }
            }
            best.take()
        });
        own.sort_by_key(|o| o.0);
        own.dedup_by_key(|o| o.0);
        let years = if resume.positions.is_empty() {
            resume.claimed_years.unwrap_or(0.0)
        } else {
            resume.total_years
        };
        ResumeKey {
            credits,
            own,
            years,
            education: resume.education.as_ref().map_or(0, |e| e.level.rank()),
        }
    }

    /// The experience and education categories, which need no skills: (experience score,
    /// education score), `None` when the job has no data for them.
    fn base(&self, job: &JobKey, years: f64, education: u8) -> (Option<f64>, Option<f64>) {
        let exp = job.min_years.map(|m| experience_credit(years, m, 1.0 / m));
        let edu = job.education.map(|(level, may_replace)| {
            education_credit(f64::from(education), f64::from(level), may_replace, years)
        });
        (exp, edu)
    }

    /// The categories and the score.
    fn categories(&self, job: &JobKey, cv: &ResumeKey) -> (f64, [Option<f64>; 5]) {
        let mut req = 0.0;
        let mut pref = 0.0;
        let mut sexp_num = 0.0;
        let mut sexp_den = 0.0;
        for &(skill, w, required, min_years) in &job.skills {
            let found = cv
                .credits
                .binary_search_by_key(&skill, |c| c.0)
                .ok()
                .map(|i| cv.credits[i]);
            let credit = found.map_or(0.0, |c| c.1);
            if required {
                req += w * credit;
            } else {
                pref += w * credit;
            }
            if let Some(m) = min_years.filter(|&m| m > 0.0) {
                sexp_den += w;
                sexp_num += w * match found {
                    Some((_, c, _, y)) => skill_years_credit(c, y.unwrap_or(f64::NAN), 1.0 / m),
                    None => 0.0,
                };
            }
        }
        let (exp, edu) = self.base(job, cv.years, cv.education);
        let cats = [
            (job.req_weight > 0.0).then(|| req * (1.0 / job.req_weight)),
            (job.pref_weight > 0.0).then(|| pref * (1.0 / job.pref_weight)),
            exp,
            (sexp_den > 0.0).then(|| sexp_num * (1.0 / sexp_den)),
            edu,
        ];
        (self.combine(&cats), cats)
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
        let (score, cats) = self.categories(&jk, &rk);
        let breakdown = CATEGORIES
            .iter()
            .zip(cats)
            .filter_map(|(n, c)| c.map(|c| (n.to_string(), c)))
            .collect();
        let (mut matched, mut partial, mut missing) = (Vec::new(), Vec::new(), Vec::new());
        for js in &job.skills {
            let Some(i) = self.taxonomy.index_of(&js.skill_id) else {
                continue;
            };
            let found = rk
                .credits
                .binary_search_by_key(&i, |c| c.0)
                .ok()
                .map(|k| rk.credits[k]);
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
                credit: found.map_or(0.0, |c| c.1),
                weight: self.weight_of(i),
                via: via_skill
                    .filter(|&v| v != i)
                    .map(|v| self.taxonomy.skill(v).name.clone()),
                job_spans: js.mentions.clone(),
                resume_spans,
            };
            match found {
                Some(c) if c.1 >= 1.0 => matched.push(m),
                Some(_) => partial.push(m),
                None => missing.push(m),
            }
        }
        let experience_gap = jk
            .min_years
            .filter(|&m| rk.years < m)
            .map(|m| ((m - rk.years) * 100.0).round() / 100.0);
        MatchResult {
            score,
            breakdown,
            matched,
            partial,
            missing,
            experience_gap,
            candidate_years: rk.years,
            reverse_score: self.reverse(&jk, &rk),
        }
    }

    fn reverse(&self, job: &JobKey, cv: &ResumeKey) -> f64 {
        let total: f64 = cv.own.iter().map(|o| o.1).sum();
        if total == 0.0 {
            return 0.0;
        }
        let used: f64 = cv
            .own
            .iter()
            .filter(|(r, _)| {
                job.skills.binary_search_by_key(r, |s| s.0).is_ok()
                    || self
                        .taxonomy
                        .broader(*r)
                        .iter()
                        .any(|b| job.skills.binary_search_by_key(b, |s| s.0).is_ok())
            })
            .map(|o| o.1)
            .sum();
        used / total
    }

    /// The score matrix: `out[i * jobs.len() + j]` is the score of resume `i` for job `j`,
    /// exactly [`Matcher::score`]`(…).score` as `f32`. Each profile is resolved once.
    ///
    /// The matrix is filled in blocks of rows, each by one worker: for every job, the
    /// skill categories of the block's resumes are accumulated over the postings of the
    /// job's skills (only resumes that share something are visited), in a buffer that
    /// stays in the processor's cache, and the block's scores written row by row.
    pub fn cdist<R, J>(&self, resumes: &[R], jobs: &[J], workers: Workers) -> Result<Vec<f32>>
    where
        R: Borrow<Resume> + Sync,
        J: Borrow<Job> + Sync,
    {
        let threads = resolve_workers(workers)?;
        let (index, keys) = self.index_and_keys(resumes, jobs, threads)?;
        let plans: Vec<JobPlan> = keys.iter().map(|k| self.plan(&index, k)).collect();
        let (n, m) = (resumes.len(), jobs.len());
        let mut out = vec![0f32; n * m];
        if m == 0 || n == 0 {
            return Ok(out);
        }
        // Rows per block: up to 1,024, so that each job's run of postings in a block is
        // long (every run ends with a mispredicted loop exit; blocks of 65 rows, which
        // kept the block's part of the matrix in cache, were slower), while the block's
        // accumulators (24 KiB) stay in cache and a job's column of the block touches at
        // most 1,024 lines of the matrix, which the next jobs' columns reuse; fewer when
        // that leaves fewer than four blocks per worker. Each worker takes a run of
        // consecutive blocks, and follows each posting list from block to block with a
        // cursor.
        by_blocks(
            &plans,
            threads,
            MAX_CDIST_ROWS,
            &mut out,
            m,
            |rows, cursors, acc, block| score_block(&index, &plans, rows, cursors, acc, block),
        )?;
        Ok(out)
    }

    /// The index of `resumes` and the keys of `jobs`, for the calls that score them all.
    fn index_and_keys<R, J>(
        &self,
        resumes: &[R],
        jobs: &[J],
        threads: usize,
    ) -> Result<(ResumeIndex, Vec<JobKey>)>
    where
        R: Borrow<Resume> + Sync,
        J: Borrow<Job> + Sync,
    {
        let index = self.index(resumes, Some(threads as i64))?;
        let keys =
            Pool::new(threads.min(jobs.len().max(1)))?.map(jobs, |j| self.job_key(j.borrow()));
        Ok((index, keys))
    }

    /// What scoring resumes against `job` needs, worked out once: its postings in the
    /// index, which categories it has, and the inverses every score multiplies by.
    fn plan<'a>(&self, index: &'a ResumeIndex, job: &JobKey) -> JobPlan<'a> {
        let mut skills = Vec::with_capacity(job.skills.len());
        let mut sexp_den = 0.0;
        for &(skill, w, required, min_years) in &job.skills {
            let inv_min = min_years.filter(|&m| m > 0.0).map(|m| {
                sexp_den += w;
                1.0 / m
            });
            let list = index.postings(skill);
            if !list.is_empty() {
                skills.push((list, w, required, inv_min));
            }
        }
        let w = &self.weights;
        let has_req = job.req_weight > 0.0;
        let has_pref = job.pref_weight > 0.0;
        let has_sexp = sexp_den > 0.0;
        let mut den = 0.0;
        for (present, weight) in [
            (has_req, w.required_skills),
            (has_pref, w.preferred_skills),
            (job.min_years.is_some(), w.experience),
            (has_sexp, w.skill_experience),
            (job.education.is_some(), w.education),
        ] {
            if present {
                den += weight;
            }
        }
        let weighted = skills
            .iter()
            .map(|&(_, w, _, _)| {
                let mut products = [0.0; CREDIT_CODES];
                for (p, &c) in products.iter_mut().zip(&index.postings.credits) {
                    *p = w * c;
                }
                products
            })
            .collect();
        JobPlan {
            skills,
            weighted,
            postings: &index.postings,
            req: if has_req {
                (w.required_skills, 1.0 / job.req_weight)
            } else {
                (0.0, 0.0)
            },
            pref: if has_pref {
                (w.preferred_skills, 1.0 / job.pref_weight)
            } else {
                (0.0, 0.0)
            },
            sexp: if has_sexp {
                (w.skill_experience, 1.0 / sexp_den)
            } else {
                (0.0, 0.0)
            },
            experience: job
                .min_years
                .map_or((0.0, 0.0, 0.0), |m| (w.experience, m, 1.0 / m)),
            education: job
                .education
                .map_or((0.0, 0.0, false), |(level, may_replace)| {
                    (w.education, f64::from(level), may_replace)
                }),
            inv_den: (den > 0.0).then(|| 1.0 / den),
        }
    }

    /// For each job, the `k` best resumes: (index, score) pairs, best first; ties go to the
    /// lower index; fewer than `k` resumes give fewer. The matrix is never built: an
    /// inverted index over the skills resumes meet gives each job's skill categories by
    /// visiting only the resumes that share something with it; experience and education
    /// are added per resume, and the best `k` are selected, one job at a time (memory:
    /// the index, a block of 4,096 accumulators per thread, and `k` per job). The result
    /// equals sorting a column of [`Matcher::cdist`].
    pub fn top_k<R, J>(
        &self,
        resumes: &[R],
        jobs: &[J],
        k: usize,
        workers: Workers,
    ) -> Result<Vec<Vec<(u32, f32)>>>
    where
        R: Borrow<Resume> + Sync,
        J: Borrow<Job> + Sync,
    {
        let index = self.index(resumes, workers)?;
        self.top_k_in(&index, jobs, k, workers)
    }

    /// The inverted index of `resumes` for [`Matcher::top_k_in`] (build it once, query it
    /// with many jobs).
    pub fn index<R: Borrow<Resume> + Sync>(
        &self,
        resumes: &[R],
        workers: Workers,
    ) -> Result<ResumeIndex> {
        let pool = Pool::new(resolve_workers(workers)?.min(resumes.len().max(1)))?;
        let rk: Vec<ResumeKey> = pool.map(resumes, |r| self.resume_key(r.borrow()));
        // Postings grouped by skill (a counting sort), each group in resume order.
        let n_skills = self.taxonomy.len();
        let mut offsets = vec![0u32; n_skills + 1];
        for c in rk.iter().flat_map(|r| &r.credits) {
            offsets[c.0 as usize + 1] += 1;
        }
        for s in 0..n_skills {
            offsets[s + 1] += offsets[s];
        }
        let mut fill = offsets.clone();
        let total = offsets[n_skills] as usize;
        // Columns, so that a job without years per skill reads five bytes per posting.
        let mut resume = vec![0u32; total];
        let mut credit = vec![0u8; total];
        let mut years = vec![0f64; total];
        // The distinct credit values (a handful), which postings refer to by number.
        let mut credits: Vec<f64> = Vec::new();
        for (i, r) in rk.iter().enumerate() {
            for c in &r.credits {
                let code = match credits.iter().position(|v| v.to_bits() == c.1.to_bits()) {
                    Some(code) => code,
                    None => {
                        credits.push(c.1);
                        credits.len() - 1
                    }
                };
                let at = &mut fill[c.0 as usize];
                let k = *at as usize;
                resume[k] = i as u32;
                if code >= CREDIT_CODES {
                    return Err(Error::new(
                        ErrorKind::InvalidArgument,
                        "too many distinct credit values",
                    ));
                }
                credit[k] = code as u8;
                years[k] = c.3.unwrap_or(f64::NAN);
                *at += 1;
            }
        }
        Ok(ResumeIndex {
            years: rk.iter().map(|r| r.years).collect(),
            education: rk.iter().map(|r| r.education).collect(),
            offsets,
            postings: Postings {
                resume,
                credit,
                years,
                credits,
            },
        })
    }

    /// [`Matcher::top_k`] against an index built by [`Matcher::index`].
    pub fn top_k_in<J: Borrow<Job> + Sync>(
        &self,
        index: &ResumeIndex,
        jobs: &[J],
        k: usize,
        workers: Workers,
    ) -> Result<Vec<Vec<(u32, f32)>>> {
        if k == 0 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "k must be at least 1",
            ));
        }
        let pool = Pool::new(resolve_workers(workers)?.min(jobs.len().max(1)))?;
        let n = index.len();
        // Each thread keeps its accumulators from job to job (they are left zeroed). The
        // resumes are scored in blocks of `TOP_K_ROWS`, following each posting list with a
        // cursor, so that the accumulators (112 KiB) stay in cache however large the index.
        Ok(pool.map_init(jobs, Scratch::default, |acc, job| {
            let plan = self.plan(index, &self.job_key(job.borrow()));
            let mut best = TopK::new(k);
            let mut cursors = plan.cursors_at(0);
            for r0 in (0..n).step_by(TOP_K_ROWS) {
                let rows = r0..(r0 + TOP_K_ROWS).min(n);
                plan.scores(index, rows, &mut cursors, acc, |scores| {
                    best.push_all(r0, scores)
                });
            }
            best.into_sorted()
        }))
    }

    /// For each resume, the `k` best jobs: (job index, score), best first, ties to the lower
    /// index; fewer than `k` jobs give fewer. The resumes are scored as [`Matcher::cdist`]
    /// scores them, a block of resumes at a time, every job's scores for the block going
    /// straight into each resume's selection of its best `k` (memory: the resumes' index,
    /// the jobs' plans, and `k` per resume). The result equals sorting a row of
    /// [`Matcher::cdist`].
    pub fn top_k_jobs<R, J>(
        &self,
        resumes: &[R],
        jobs: &[J],
        k: usize,
        workers: Workers,
    ) -> Result<Vec<Vec<(u32, f32)>>>
    where
        R: Borrow<Resume> + Sync,
        J: Borrow<Job> + Sync,
    {
        if k == 0 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "k must be at least 1",
            ));
        }
        let threads = resolve_workers(workers)?;
        let (index, keys) = self.index_and_keys(resumes, jobs, threads)?;
        let plans: Vec<JobPlan> = keys.iter().map(|k| self.plan(&index, k)).collect();
        let (n, m) = (resumes.len(), jobs.len());
        let mut out = vec![Vec::new(); n];
        if m == 0 || n == 0 {
            return Ok(out);
        }
        // Blocks as in `top_k_in`; each job's scores for a block go straight into the
        // block's selections, one per resume, which see the jobs in order.
        by_blocks(
            &plans,
            threads,
            TOP_K_JOBS_ROWS,
            &mut out,
            1,
            |rows, cursors, acc, outs| {
                let mut best: Vec<TopK> = rows.clone().map(|_| TopK::new(k)).collect();
                for ((j, plan), cursors) in plans.iter().enumerate().zip(cursors) {
                    plan.scores(&index, rows.clone(), cursors, acc, |scores| {
                        for (best, &score) in best.iter_mut().zip(scores) {
                            best.push(j as u32, score);
                        }
                    });
                }
                for (best, out) in best.into_iter().zip(outs) {
                    *out = best.into_sorted();
                }
            },
        )?;
        Ok(out)
    }
}

/// Calls `f(rows, cursors, scratch, out_rows)` for every block of the `out.len() / per_row`
/// resumes, `out_rows` being the block's `per_row` items a resume of `out`. Blocks are at
/// most `max_rows` resumes and at least [`MIN_CDIST_ROWS`]; each of `threads` workers takes
/// runs of consecutive blocks (about four runs per worker), following every plan's posting
/// lists from block to block with `cursors`.
fn by_blocks<T: Send>(
    plans: &[JobPlan],
    threads: usize,
    max_rows: usize,
    out: &mut [T],
    per_row: usize,
    f: impl Fn(std::ops::Range<usize>, &mut [Vec<usize>], &mut Scratch, &mut [T]) + Sync + Send,
) -> Result<()> {
    let n = out.len() / per_row.max(1);
    let rows = n.div_ceil(threads * 4).min(max_rows).max(MIN_CDIST_ROWS);
    let parts = (threads * 4).min(n.div_ceil(rows)).max(1);
    let part_rows = n.div_ceil(parts).div_ceil(rows) * rows;
    let pool = Pool::new(threads.min(parts))?;
    pool.chunks_mut(out, part_rows * per_row, |part, chunk| {
        let p0 = part * part_rows;
        let p1 = (p0 + part_rows).min(n);
        let mut cursors: Vec<Vec<usize>> = plans.iter().map(|p| p.cursors_at(p0)).collect();
        let mut acc = Scratch::default();
        for b0 in (p0..p1).step_by(rows) {
            let b1 = (b0 + rows).min(p1);
            let block = &mut chunk[(b0 - p0) * per_row..(b1 - p0) * per_row];
            f(b0..b1, &mut cursors, &mut acc, block);
        }
    });
    Ok(())
}

/// Fills `block` (row after row, `plans.len()` scores a row) with the scores of the
/// resumes `rows` of `index` for every job, following each job's posting lists from
/// `cursors` (moved on to `rows.end`); `acc` is [`JobPlan::scores`]' scratch space.
fn score_block(
    index: &ResumeIndex,
    plans: &[JobPlan],
    rows: std::ops::Range<usize>,
    cursors: &mut [Vec<usize>],
    acc: &mut Scratch,
    block: &mut [f32],
) {
    let m = plans.len();
    for ((j, plan), cursors) in plans.iter().enumerate().zip(cursors) {
        plan.scores(index, rows.clone(), cursors, acc, |scores| {
            for (i, &score) in scores.iter().enumerate() {
                block[i * m + j] = score;
            }
        });
    }
}

/// The `k` best of a stream of (position, score), positions in increasing order: best
/// first, ties to the lower position. Most scores are turned away by one comparison with
/// the worst of the `k` kept.
struct TopK {
    k: usize,
    /// Best first.
    kept: Vec<(u32, f32)>,
    /// The worst kept once `k` are kept, else -infinity: a score below it is turned away
    /// by one comparison of floats (which agrees with [`f32::total_cmp`] wherever it says
    /// less).
    worst: f32,
}

impl TopK {
    fn new(k: usize) -> TopK {
        TopK {
            k,
            kept: Vec::with_capacity(k.min(1 << 16) + 1),
            worst: f32::NEG_INFINITY,
        }
    }

    /// Pushes `scores`, the first at position `first`: eight at a time, a group none of
    /// which the first comparison in [`TopK::push`] would let in being turned away whole,
    /// with a test the compiler turns into vector code.
    #[inline]
    fn push_all(&mut self, first: usize, scores: &[f32]) {
        for (c, group) in scores.chunks(8).enumerate() {
            let worst = self.worst;
            if group.iter().fold(true, |all, &s| all & (s < worst)) {
                continue;
            }
            for (i, &score) in group.iter().enumerate() {
                self.push((first + 8 * c + i) as u32, score);
            }
        }
    }

    #[inline]
    fn push(&mut self, at: u32, score: f32) {
        // A later position loses a tie, so only a strictly better score gets in.
        if score < self.worst {
            return;
        }
        if self.kept.len() == self.k {
            if self.worst.total_cmp(&score).is_ge() {
                return;
            }
            self.kept.pop();
        }
        let place = self
            .kept
            .partition_point(|kept| kept.1.total_cmp(&score).is_ge());
        self.kept.insert(place, (at, score));
        if self.kept.len() == self.k {
            if let Some(&(_, worst)) = self.kept.last() {
                self.worst = worst;
            }
        }
    }

    fn into_sorted(self) -> Vec<(u32, f32)> {
        self.kept
    }
}

/// A job's scoring plan (see [`Matcher::plan`]).
struct JobPlan<'a> {
    /// The postings of each skill of the job that some resume meets (a range of the
    /// index's), with its weight, whether it is required, and the inverse of its minimum
    /// years if it has one.
    skills: Vec<(std::ops::Range<usize>, f64, bool, Option<f64>)>,
    /// For each of `skills`, its weight times each credit of the index's credit table
    /// (the products [`Matcher::score`] forms, formed once per job instead of per posting).
    weighted: Vec<[f64; CREDIT_CODES]>,
    postings: &'a Postings,
    /// (category weight, inverse of the job's total) of the skill categories; zeros for a
    /// category the job does not have. Every category is added to a score, in
    /// [`Matcher::score`]'s order, and one the job lacks adds exactly zero to a sum of
    /// terms that are never negative: the scores stay equal to the last bit, and the
    /// scoring loop has no branch.
    req: (f64, f64),
    pref: (f64, f64),
    sexp: (f64, f64),
    /// (weight, minimum, its inverse), zeros when the job states no minimum.
    experience: (f64, f64, f64),
    /// (weight, level as a rank, experience may replace it), zeros when none is asked.
    education: (f64, f64, bool),
    /// The inverse of the present categories' total weight; `None` scores everything 0.
    inv_den: Option<f64>,
}

impl JobPlan<'_> {
    /// Where each of the job's posting lists reaches the resume `row`.
    fn cursors_at(&self, row: usize) -> Vec<usize> {
        self.skills
            .iter()
            .map(|s| {
                let list = &self.postings.resume[s.0.clone()];
                s.0.start + list.partition_point(|&r| (r as usize) < row)
            })
            .collect()
    }

    /// Calls `emit` with the scores of the resumes `rows` of `index`, in order: the same
    /// arithmetic, in the same order, as [`Matcher::score`]. `cursors`
    /// (from [`JobPlan::cursors_at`]`(rows.start)`) are moved on to `rows.end`; `acc` is
    /// scratch space, its sums all zeros between calls. A block is at most
    /// [`SCRATCH_ROWS`] resumes.
    #[inline]
    fn scores(
        &self,
        index: &ResumeIndex,
        rows: std::ops::Range<usize>,
        cursors: &mut [usize],
        acc: &mut Scratch,
        mut emit: impl FnMut(&[f32]),
    ) {
        let (r0, r1) = (rows.start, rows.end);
        let Some(inv_den) = self.inv_den else {
            let zeros = &mut acc.scores[..(r1 - r0).min(SCRATCH_ROWS)];
            zeros.fill(0.0);
            emit(zeros);
            return;
        };
        // Every sum is zero between calls (the loop at the end takes each one): no clearing
        // pass per job. Blocks are at most `SCRATCH_ROWS` (asserted where their sizes are
        // set).
        debug_assert!(r1 - r0 <= SCRATCH_ROWS);
        let n = (r1 - r0).min(SCRATCH_ROWS);
        let p = self.postings;
        let table: &[f64] = &p.credits;
        let Scratch {
            req,
            pref,
            sexp,
            scores,
        } = acc;
        let (req, pref, sexp) = (&mut **req, &mut **pref, &mut **sexp);
        for (((range, w, required, inv_min), weighted), cursor) in
            self.skills.iter().zip(&self.weighted).zip(cursors)
        {
            let w = *w;
            let sums: &mut [f64] = if *required { &mut *req } else { &mut *pref };
            // The postings from the cursor to the block's end (they are in resume order, and
            // those from the cursor on are at `r0` or later), found by galloping.
            let from = *cursor;
            let to = from + run_end(&p.resume[from..range.end], r1);
            let resumes = &p.resume[from..to];
            let credits = &p.credit[from..to];
            // Each posting's place in the block is below `n` <= `SCRATCH_ROWS`, a power
            // of two: masking it costs what a bounds check would, without the branch.
            match *inv_min {
                None => {
                    for (&r, &code) in resumes.iter().zip(credits) {
                        let i = (r as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1);
                        sums[i] += weighted[usize::from(code) % CREDIT_CODES];
                    }
                }
                Some(inv_min) => {
                    let years = &p.years[from..to];
                    for ((&r, &code), &y) in resumes.iter().zip(credits).zip(years) {
                        let i = (r as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1);
                        let code = usize::from(code) % CREDIT_CODES;
                        sums[i] += weighted[code];
                        sexp[i] += w * skill_years_credit(table[code], y, inv_min);
                    }
                }
            }
            *cursor = to;
        }
        // Every category, in `Matcher::score`'s order, with no branch (see `req`): a loop
        // the compiler can turn into vector instructions.
        let ((wr, ir), (wp, ip), (ws, is)) = (self.req, self.pref, self.sexp);
        let (we, m, inv_m) = self.experience;
        let (wd, level, may_replace) = self.education;
        let scores = &mut scores[..n];
        let rows = req[..n]
            .iter_mut()
            .zip(pref[..n].iter_mut())
            .zip(sexp[..n].iter_mut())
            .zip(&index.years[r0..r1])
            .zip(&index.education[r0..r1]);
        for (score, ((((a0, a1), a2), &years), &rank)) in scores.iter_mut().zip(rows) {
            let (a0, a1, a2) = (std::mem::take(a0), std::mem::take(a1), std::mem::take(a2));
            let mut num = 0.0;
            num += wr * (a0 * ir);
            num += wp * (a1 * ip);
            num += we * experience_credit(years, m, inv_m);
            num += ws * (a2 * is);
            num += wd * education_credit(f64::from(rank), level, may_replace, years);
            *score = (num * inv_den).clamp(0.0, 1.0) as f32;
        }
        emit(scores);
    }
}

/// The first place in `list` (increasing) at which a resume is `end` or later: galloping
/// from the front, so that it costs the logarithm of the run it skips, not of the list.
fn run_end(list: &[u32], end: usize) -> usize {
    let before = |r: &u32| (*r as usize) < end;
    let mut hi = 1;
    while hi < list.len() && before(&list[hi - 1]) {
        hi *= 2;
    }
    // `list[hi / 2 - 1]` (when there is one) is before `end`.
    let lo = hi / 2;
    let hi = hi.min(list.len());
    lo + list[lo..hi].partition_point(before)
}

/// Most resumes in a block of any of the matrix-shaped calls: a power of two, so that
/// [`JobPlan::scores`] can mask a posting's place in its block instead of checking it.
const SCRATCH_ROWS: usize = 4096;

/// Scratch space of [`JobPlan::scores`] for a block of resumes: the sums of the skill
/// categories (required, preferred, skill experience) for [`SCRATCH_ROWS`] resumes, all
/// zeros between calls, and the block's scores.
struct Scratch {
    req: Box<[f64; SCRATCH_ROWS]>,
    pref: Box<[f64; SCRATCH_ROWS]>,
    sexp: Box<[f64; SCRATCH_ROWS]>,
    scores: Box<[f32; SCRATCH_ROWS]>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            req: Box::new([0.0; SCRATCH_ROWS]),
            pref: Box::new([0.0; SCRATCH_ROWS]),
            sexp: Box::new([0.0; SCRATCH_ROWS]),
            scores: Box::new([0.0; SCRATCH_ROWS]),
        }
    }
}

/// Resumes per block in [`Matcher::top_k_in`] (a handful in unit tests, so that their
/// small inputs go through many blocks).
#[cfg(not(test))]
const TOP_K_ROWS: usize = 4096;
#[cfg(test)]
const TOP_K_ROWS: usize = 3;

/// Most resumes per block in [`Matcher::cdist`].
const MAX_CDIST_ROWS: usize = 1024;

// Every block fits the scratch space.
const _: () = assert!(
    TOP_K_ROWS <= SCRATCH_ROWS && MAX_CDIST_ROWS <= SCRATCH_ROWS && TOP_K_JOBS_ROWS <= SCRATCH_ROWS
);
const _: () = assert!(SCRATCH_ROWS.is_power_of_two());

/// Fewest resumes per block in [`Matcher::cdist`] (see [`TOP_K_ROWS`] for tests).
#[cfg(not(test))]
const MIN_CDIST_ROWS: usize = 16;
#[cfg(test)]
const MIN_CDIST_ROWS: usize = 2;

/// Most resumes in a block of [`Matcher::top_k_jobs`] (see [`TOP_K_ROWS`] for tests).
#[cfg(not(test))]
const TOP_K_JOBS_ROWS: usize = SCRATCH_ROWS;
#[cfg(test)]
const TOP_K_JOBS_ROWS: usize = 2;

/// Most distinct credit values an index holds (there are four: a skill's own credit and
/// those through broader, narrower and related skills). A fixed size lets the posting
/// loops index a job's products of weight and credit without a bounds check.
const CREDIT_CODES: usize = 8;

/// The inverted index's postings (one resume meeting one skill), as columns.
#[derive(Debug, Clone)]
struct Postings {
    resume: Vec<u32>,
    /// Its credit for the skill, as a number into `credits`.
    credit: Vec<u8>,
    /// Years of the skill it has the credit through (NaN when unknown).
    years: Vec<f64>,
    credits: Vec<f64>,
}

/// Resumes resolved and indexed for [`Matcher::top_k_in`]: for each skill, the resumes
/// that meet it with their credit and years (an inverted index), and each resume's years
/// and degree rank.
#[derive(Debug, Clone)]
pub struct ResumeIndex {
    years: Vec<f64>,
    education: Vec<u8>,
    /// The postings of skill `s` are `offsets[s]..offsets[s + 1]`.
    offsets: Vec<u32>,
    postings: Postings,
}

impl ResumeIndex {
    /// Where the postings of `skill` are (in resume order).
    fn postings(&self, skill: SkillIndex) -> std::ops::Range<usize> {
        let s = skill as usize;
        match (self.offsets.get(s), self.offsets.get(s + 1)) {
            (Some(&lo), Some(&hi)) => lo as usize..hi as usize,
            _ => 0..0,
        }
    }

    /// Number of resumes indexed.
    pub fn len(&self) -> usize {
        self.years.len()
    }

    /// True when no resume is indexed.
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::profile::YearMonth;

    const JOB: &str = "Requirements:\n- 5+ years of software development experience\n- 3+ years of Python\n- SQL and Docker\n- Bachelor's degree in Computer Science\n\nNice to have\n- Kubernetes\n";

    fn cv(text: &str) -> Resume {
        Resume::parse(
            text,
            &Extractor::builtin(),
            YearMonth::new(2026, 11).unwrap(),
        )
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
        assert!(g.explain().contains("Partly: SQL (through PostgreSQL"));
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
    fn missing_categories_are_left_out_not_zero() {
        let ex = Extractor::builtin();
        let job = Job::parse("We need Python.", &ex);
        let r = Matcher::builtin().score(&cv("Skills\nPython\n"), &job);
        assert_eq!(r.breakdown.keys().collect::<Vec<_>>(), ["required_skills"]);
        assert_eq!(r.score, 1.0);
    }

    #[test]
    fn experience_loses_credit_smoothly() {
        let m = Matcher::builtin();
        let job = m.job_key(&Job::parse(
            "Requirements:\n- 4+ years of experience\n",
            &Extractor::builtin(),
        ));
        let at = |y: f64| m.base(&job, y, 0).0.unwrap();
        assert_eq!(at(4.0), 1.0);
        assert_eq!(at(8.0), 1.0);
        assert_eq!(at(3.0), 0.75);
        assert!(at(3.9) > at(3.8) && at(3.8) > at(2.0) && at(0.0) == 0.0);
    }

    #[test]
    fn cdist_and_top_k_agree_with_score() {
        let ex = Extractor::builtin();
        let jobs: Vec<Job> = [
            JOB,
            "Requirements:\n- Java and Spring Boot\n- 2 years of experience\n",
            "Sales executive, MBA preferred, 3 years of B2B sales experience.",
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
        ]
        .iter()
        .map(|t| cv(t))
        .collect();
        let m = Matcher::builtin();
        let d = m.cdist(&resumes, &jobs, Some(2)).unwrap();
        assert_eq!(d, m.cdist(&resumes, &jobs, Some(1)).unwrap());
        for (i, r) in resumes.iter().enumerate() {
            for (j, job) in jobs.iter().enumerate() {
                assert_eq!(d[i * jobs.len() + j], m.score(r, job).score as f32);
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

    #[test]
    fn run_end_is_where_the_block_ends() {
        // Every sorted list of up to 40 resumes (with repeats), every end.
        for len in 0..40u32 {
            for step in 1..4 {
                let list: Vec<u32> = (0..len).map(|i| i / step * 3).collect();
                for end in 0..(len * 3 + 2) as usize {
                    let want = list.partition_point(|&r| (r as usize) < end);
                    assert_eq!(run_end(&list, end), want, "{list:?} {end}");
                }
            }
        }
    }

    #[test]
    fn best_credit_per_skill_whatever_the_order_of_offers() {
        let offers = [
            (5, 0.1, 9, Some(2.0)),
            (3, 1.0, 3, None),
            (5, 0.6, 7, Some(4.0)),
            (5, 0.6, 4, Some(1.0)),
            (8, 0.15, 3, None),
            (5, 0.15, 2, None),
        ];
        let expected = vec![
            (3, 1.0, 3, None),
            (5, 0.6, 4, Some(1.0)),
            (8, 0.15, 3, None),
        ];
        let mut best = BestCredits::default();
        for round in 0..offers.len() {
            best.reset(10);
            for k in 0..offers.len() {
                let (s, c, v, y) = offers[(k + round) % offers.len()];
                best.offer(s, c, v, y);
            }
            // A skill outside the table is ignored, not a panic.
            best.offer(99, 1.0, 1, None);
            assert_eq!(best.take(), expected);
        }
        best.reset(10);
        assert!(best.take().is_empty());
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

        fn resume(skills: &[usize], years: u32, degree: usize) -> Resume {
            let list: Vec<&str> = skills.iter().map(|&i| SKILLS[i]).collect();
            let text = format!(
                "Experience\nDev, Acme | Jan {} - Jan 2026\n- {}\nEducation\n{}\n",
                2026 - years.min(30),
                list.join(", "),
                DEGREES[degree]
            );
            cv(&text)
        }

        /// Scores drawn from a few values, so that ties are common, with both zeros and
        /// NaNs of both signs among them.
        fn score_of(pick: u8) -> f32 {
            [0.0, -0.0, 0.25, 0.5, 1.0, f32::NAN, -f32::NAN, 0.5000001][usize::from(pick % 8)]
        }

        #[test]
        fn a_group_is_turned_away_only_when_every_score_in_it_is() {
            // 0.0 beats -0.0 in the total order though neither is less than the other as a
            // float: a group of zeros after a kept -0.0 must be read.
            let mut best = TopK::new(1);
            best.push_all(0, &[[-0.0; 8], [0.0; 8]].concat());
            assert_eq!(best.into_sorted()[0].0, 8);
            let mut best = TopK::new(2);
            best.push_all(0, &[0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.7]);
            assert_eq!(best.into_sorted(), [(9, 0.7), (0, 0.5)]);
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]
            #[test]
            fn top_k_selection_equals_sorting_by_total_order(
                picks in proptest::collection::vec(0u8..8, 0..40),
                k in 1usize..12,
            ) {
                let mut best = TopK::new(k);
                for (i, &p) in picks.iter().enumerate() {
                    best.push(i as u32, score_of(p));
                }
                // The same scores in groups of eight, in blocks cut at `cut`.
                let scores: Vec<f32> = picks.iter().map(|&p| score_of(p)).collect();
                let cut = usize::from(picks.first().copied().unwrap_or(0)) * 5 % (picks.len() + 1);
                let mut grouped = TopK::new(k);
                grouped.push_all(0, &scores[..cut]);
                grouped.push_all(cut, &scores[cut..]);
                let mut want: Vec<(u32, f32)> =
                    picks.iter().enumerate().map(|(i, &p)| (i as u32, score_of(p))).collect();
                want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                want.truncate(k);
                let got = best.into_sorted();
                let bits = |v: &[(u32, f32)]| v.iter().map(|&(i, s)| (i, s.to_bits())).collect::<Vec<_>>();
                prop_assert_eq!(bits(&got), bits(&want));
                prop_assert_eq!(bits(&grouped.into_sorted()), bits(&want));
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(40))]
            #[test]
            fn top_k_equals_sorted_cdist(
                rs in proptest::collection::vec((proptest::collection::vec(0..SKILLS.len(), 0..4), 0u32..12, 0..DEGREES.len()), 1..12),
                js in proptest::collection::vec((proptest::collection::vec(0..SKILLS.len(), 0..4), 0u32..8, 0..DEGREES.len()), 1..4),
                k in 1usize..14,
            ) {
                let ex = Extractor::builtin();
                let resumes: Vec<Resume> = rs.iter().map(|(s, y, d)| resume(s, *y, *d)).collect();
                let jobs: Vec<Job> = js
                    .iter()
                    .map(|(s, y, d)| {
                        let list: Vec<&str> = s.iter().map(|&i| SKILLS[i]).collect();
                        Job::parse(&format!("Requirements:\n- {} years of experience\n- {}\n- {}\n", y, list.join(", "), DEGREES[*d]), &ex)
                    })
                    .collect();
                let m = Matcher::builtin();
                let d = m.cdist(&resumes, &jobs, Some(1)).unwrap();
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
