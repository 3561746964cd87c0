//! Scoring in bulk: the score matrix ([`Matcher::cdist`]) and top-k rankings in both
//! directions ([`Matcher::top_k`], [`Matcher::top_k_jobs`]), which follow the inverted
//! index's posting lists a block of resumes at a time and never build the matrix.

use std::borrow::Borrow;

use super::index::{Postings, ResumeIndex, CREDIT_CODES};
use super::{
    better_member, blended, education_credit, experience_credit, fit_of, listed_share, mutual,
    share, skill_years_credit, weighted_skills, JobKey, Matcher, RankBy,
};
use crate::batch::{resolve_workers, Pool, Workers};
use crate::error::{Error, ErrorKind, Result};
use crate::profile::{FieldClasses, FieldTest, Job, Resume};

impl Matcher {
    /// The score matrix: `out[i * jobs.len() + j]` is the score of resume `i` for job `j`,
    /// exactly [`Matcher::score`]`(…).score` as `f32` (`.mutual_score` for a matcher made
    /// with [`RankBy::Mutual`]). Each profile is resolved once.
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
        let index = self.index(resumes, Some(threads as i64))?;
        self.cdist_rows(&index, jobs, 0..index.len(), threads)
    }

    /// [`Matcher::cdist`] of the resumes of `index` (built once, for example from texts
    /// with an [`IndexBuilder`](super::IndexBuilder)): row `i` is the index's resume `i`.
    pub fn cdist_in<J>(&self, index: &ResumeIndex, jobs: &[J], workers: Workers) -> Result<Vec<f32>>
    where
        J: Borrow<Job> + Sync,
    {
        self.cdist_rows(index, jobs, 0..index.len(), resolve_workers(workers)?)
    }

    /// The rows `rows` of [`Matcher::cdist_in`].
    pub(crate) fn cdist_rows<J>(
        &self,
        index: &ResumeIndex,
        jobs: &[J],
        rows: std::ops::Range<usize>,
        threads: usize,
    ) -> Result<Vec<f32>>
    where
        J: Borrow<Job> + Sync,
    {
        let plans = self.plans(index, jobs, &rows, threads)?;
        let (n, m) = (rows.len(), jobs.len());
        let mut out = vec![0f32; n * m];
        if m == 0 || n == 0 {
            return Ok(out);
        }
        // Rows per block: up to 1,024, so that each job's run of postings in a block is
        // long (every run ends with a mispredicted loop exit; blocks of 65 rows, which
        // kept the block's part of the matrix in cache, were slower), while the block's
        // accumulators (24 KiB, 32 with the mutual score) stay in cache and a job's column of the block touches at
        // most 1,024 lines of the matrix, which the next jobs' columns reuse; fewer when
        // that leaves fewer than four blocks per worker. Each worker takes a run of
        // consecutive blocks, and follows each posting list from block to block with a
        // cursor.
        by_blocks(
            &plans,
            threads,
            MAX_CDIST_ROWS,
            rows.start,
            &mut out,
            m,
            |rows, cursors, acc, block| score_block(index, &plans, rows, cursors, acc, block),
        )?;
        Ok(out)
    }

    /// The scoring plans of `jobs` against `index` (their keys resolved on up to `threads`
    /// threads), for the calls that score the resumes `rows` of it.
    fn plans<'a, J: Borrow<Job> + Sync>(
        &self,
        index: &'a ResumeIndex,
        jobs: &[J],
        rows: &std::ops::Range<usize>,
        threads: usize,
    ) -> Result<Vec<JobPlan<'a>>> {
        check_rows(index, rows)?;
        self.check_index(index)?;
        let keys =
            Pool::new(threads.min(jobs.len().max(1)))?.map(jobs, |j| self.job_key(j.borrow()));
        Ok(keys.iter().map(|k| self.plan(index, k)).collect())
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
        // The groups' members after the skills on their own, each group a range of them.
        let singles = skills.len();
        let mut groups = Vec::with_capacity(job.groups.len());
        for g in &job.groups {
            let first = skills.len();
            for &(skill, w, min_years) in &g.members {
                let list = index.postings(skill);
                if !list.is_empty() {
                    let inv_min = min_years.filter(|&m| m > 0.0).map(|m| 1.0 / m);
                    skills.push((list, w, g.required, inv_min));
                }
            }
            if g.years_weight > 0.0 {
                sexp_den += g.years_weight;
            }
            if skills.len() > first {
                groups.push(first..skills.len());
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
        let products = |credits: &[f64]| -> Vec<[f64; CREDIT_CODES]> {
            skills
                .iter()
                .map(|&(_, w, _, _)| {
                    let mut products = [0.0; CREDIT_CODES];
                    for (p, &c) in products.iter_mut().zip(credits) {
                        *p = w * c;
                    }
                    products
                })
                .collect()
        };
        let weighted = products(&index.postings.credits);
        let weighted_used = products(&index.postings.used);
        // For the mutual score, the owners of every skill the reverse score counts as used,
        // in skill order, with the skill's weight.
        let own = match self.rank_by {
            RankBy::Score => Vec::new(),
            RankBy::Mutual => self
                .used_skills(job)
                .into_iter()
                .map(|s| (index.owners(s), self.weight_of(s)))
                .filter(|(list, _)| !list.is_empty())
                .collect(),
        };
        JobPlan {
            skills,
            singles,
            groups,
            weighted,
            weighted_used,
            listed_floor: self.listed_credit,
            own,
            owner: &index.owner,
            mutual: self.rank_by == RankBy::Mutual,
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
            education: job.education.map_or(
                (0.0, (0.0, 0.0), false, FieldClasses::default().test()),
                |(required, preferred, may_replace, fields)| {
                    (
                        w.education,
                        (f64::from(required), f64::from(preferred)),
                        may_replace,
                        fields,
                    )
                },
            ),
            inv_den: (den > 0.0).then(|| 1.0 / den),
            inv_skill: self.inv_skill_weight(has_req, has_sexp),
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

    /// [`Matcher::top_k`] against an index built by [`Matcher::index`] or an
    /// [`IndexBuilder`](super::IndexBuilder).
    pub fn top_k_in<J: Borrow<Job> + Sync>(
        &self,
        index: &ResumeIndex,
        jobs: &[J],
        k: usize,
        workers: Workers,
    ) -> Result<Vec<Vec<(u32, f32)>>> {
        check_k(k)?;
        self.check_index(index)?;
        let pool = Pool::new(resolve_workers(workers)?.min(jobs.len().max(1)))?;
        let n = index.len();
        // Each thread keeps its accumulators from job to job (they are left zeroed). The
        // resumes are scored in blocks of `TOP_K_ROWS`, following each posting list with a
        // cursor, so that the accumulators (112 KiB, 144 with the mutual score) stay in cache
        // however large the index.
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
        check_k(k)?;
        let threads = resolve_workers(workers)?;
        let index = self.index(resumes, Some(threads as i64))?;
        self.top_k_jobs_rows(&index, jobs, 0..index.len(), k, threads)
    }

    /// [`Matcher::top_k_jobs`] for the resumes of `index` (built once, for example from
    /// texts with an [`IndexBuilder`](super::IndexBuilder)), in the index's order.
    pub fn top_k_jobs_in<J>(
        &self,
        index: &ResumeIndex,
        jobs: &[J],
        k: usize,
        workers: Workers,
    ) -> Result<Vec<Vec<(u32, f32)>>>
    where
        J: Borrow<Job> + Sync,
    {
        self.top_k_jobs_rows(index, jobs, 0..index.len(), k, resolve_workers(workers)?)
    }

    /// [`Matcher::top_k_jobs_in`] for the resumes `rows` of `index`.
    pub(crate) fn top_k_jobs_rows<J>(
        &self,
        index: &ResumeIndex,
        jobs: &[J],
        rows: std::ops::Range<usize>,
        k: usize,
        threads: usize,
    ) -> Result<Vec<Vec<(u32, f32)>>>
    where
        J: Borrow<Job> + Sync,
    {
        check_k(k)?;
        let plans = self.plans(index, jobs, &rows, threads)?;
        let (n, m) = (rows.len(), jobs.len());
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
            rows.start,
            &mut out,
            1,
            |rows, cursors, acc, outs| {
                let mut best: Vec<TopK> = rows.clone().map(|_| TopK::new(k)).collect();
                for ((j, plan), cursors) in plans.iter().enumerate().zip(cursors) {
                    plan.scores(index, rows.clone(), cursors, acc, |scores| {
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

/// `k` of the top-k calls: at least 1.
fn check_k(k: usize) -> Result<()> {
    if k == 0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "k must be at least 1",
        ));
    }
    Ok(())
}

/// `rows` must be resumes of `index`.
impl Matcher {
    /// `index` must have been built by a matcher over this matcher's taxonomy (the same, or
    /// one with the same skills): its skill numbers and weights are that taxonomy's. (Its
    /// credits do not depend on the listed credit: any matcher's serves.)
    fn check_index(&self, index: &ResumeIndex) -> Result<()> {
        if std::sync::Arc::ptr_eq(&index.taxonomy, &self.taxonomy)
            || index.taxonomy.skills() == self.taxonomy.skills()
        {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::InvalidArgument,
            "the resume index was built by a matcher over another taxonomy; build it with \
             this matcher",
        ))
    }
}

fn check_rows(index: &ResumeIndex, rows: &std::ops::Range<usize>) -> Result<()> {
    if rows.start > rows.end || rows.end > index.len() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "rows {}..{} are not resumes of an index of {}",
                rows.start,
                rows.end,
                index.len()
            ),
        ));
    }
    Ok(())
}

/// Calls `f(rows, cursors, scratch, out_rows)` for every block of the `out.len() / per_row`
/// resumes from the index's resume `first` on: `rows` are the block's resumes, `out_rows`
/// their part of `out` (`per_row` items for each resume). Blocks are at most `max_rows`
/// resumes and at least [`MIN_CDIST_ROWS`]; each of `threads` workers takes runs of
/// consecutive blocks (about four runs per worker), following every plan's posting lists
/// from block to block with `cursors`.
fn by_blocks<T: Send>(
    plans: &[JobPlan],
    threads: usize,
    max_rows: usize,
    first: usize,
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
        let p0 = first + part * part_rows;
        let p1 = (p0 + part_rows).min(first + n);
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
/// the worst of the `k` kept. For a small `k` those let in are inserted in order; for a
/// larger one they are added unsorted and, when twice `k` are held, a selection keeps the
/// best `k` (linear), so that any `k`, up to the whole stream, costs O(n + k log k) and
/// never more memory than the scores let in.
struct TopK {
    k: usize,
    /// The scores let in: best first when `k <= SORTED_K`, else in no order and at most
    /// `2k` (saturating).
    kept: Vec<(u32, f32)>,
    /// The worst of the best `k` once a selection has been made, else -infinity: a score
    /// below it is turned away by one comparison of floats (which agrees with
    /// [`f32::total_cmp`] wherever it says less).
    worst: f32,
    /// Whether a selection has been made (and `worst` is the `k`-th best so far).
    full: bool,
}

/// The largest `k` that [`TopK`] keeps in order as scores come (inserting into a short
/// sorted list costs less than selecting from a buffer).
const SORTED_K: usize = 64;

/// Better first: higher score in the total order, then the lower position.
fn better(a: &(u32, f32), b: &(u32, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

impl TopK {
    fn new(k: usize) -> TopK {
        TopK {
            k,
            kept: Vec::with_capacity(k.min(64)),
            worst: f32::NEG_INFINITY,
            full: false,
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
        if score < self.worst || (self.full && self.worst.total_cmp(&score).is_ge()) {
            return;
        }
        if self.k <= SORTED_K {
            if self.kept.len() == self.k {
                self.kept.pop();
            }
            let place = self
                .kept
                .partition_point(|kept| kept.1.total_cmp(&score).is_ge());
            self.kept.insert(place, (at, score));
            if self.kept.len() == self.k {
                if let Some(&(_, worst)) = self.kept.last() {
                    self.worst = worst;
                    self.full = true;
                }
            }
            return;
        }
        self.kept.push((at, score));
        if self.kept.len() >= self.k.saturating_mul(2) {
            self.select();
        }
    }

    /// Keeps the best `k` of those let in; once `k` are kept, the `k`-th best is the worst.
    fn select(&mut self) {
        if self.k > 0 && self.kept.len() >= self.k {
            // The `k`-th best in place, the better ones before it.
            self.kept.select_nth_unstable_by(self.k - 1, better);
            self.kept.truncate(self.k);
            self.worst = self.kept[self.k - 1].1;
            self.full = true;
        }
    }

    fn into_sorted(mut self) -> Vec<(u32, f32)> {
        if self.k > SORTED_K {
            self.select();
            self.kept.sort_unstable_by(better);
        }
        self.kept
    }
}

/// A job's scoring plan (see [`Matcher::plan`]).
struct JobPlan<'a> {
    /// The postings of each skill of the job that some resume meets (a range of the
    /// index's), with its weight, whether it is required, and the inverse of its minimum
    /// years if it has one.
    skills: Vec<(std::ops::Range<usize>, f64, bool, Option<f64>)>,
    /// How many of `skills` the job asks for on their own (the first ones); the others
    /// are the members of its groups of alternatives.
    singles: usize,
    /// Each group of alternatives as the range of its members in `skills` (groups none of
    /// whose members any resume meets are left out).
    groups: Vec<std::ops::Range<usize>>,
    /// For each of `skills`, its weight times each credit of the index's credit table
    /// (the products [`Matcher::score`] forms, formed once per job instead of per posting).
    weighted: Vec<[f64; CREDIT_CODES]>,
    /// The same products with each credit through skills with years of use.
    weighted_used: Vec<[f64; CREDIT_CODES]>,
    /// The matcher's listed credit ([`listed_share`]'s floor).
    listed_floor: f64,
    /// With [`RankBy::Mutual`], the skills whose owners the job uses, in skill order: the
    /// range of their owners in `owner`, and the skill's weight; empty otherwise.
    own: Vec<(std::ops::Range<usize>, f64)>,
    /// The index's owners of each skill.
    owner: &'a [u32],
    /// Whether the scores are mutual scores.
    mutual: bool,
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
    /// (weight, required and preferred levels as ranks, experience may replace it, the
    /// fields of study asked for), zeros when none is asked.
    education: (f64, (f64, f64), bool, FieldTest),
    /// The inverse of the present categories' total weight; `None` scores everything 0.
    inv_den: Option<f64>,
    /// The inverse of the total weight of the skills' fit's categories (required skills,
    /// skill experience), for the fit that the experience category is multiplied by;
    /// `None`: experience counts in full.
    inv_skill: Option<f64>,
}

impl JobPlan<'_> {
    /// Where each of the job's lists (the postings of `skills`, then the owners of `own`)
    /// reaches the resume `row`.
    fn cursors_at(&self, row: usize) -> Vec<usize> {
        let at = |list: &[u32], range: &std::ops::Range<usize>| {
            range.start + list[range.clone()].partition_point(|&r| (r as usize) < row)
        };
        let postings = self.skills.iter().map(|s| at(&self.postings.resume, &s.0));
        let owners = self.own.iter().map(|o| at(self.owner, &o.0));
        postings.chain(owners).collect()
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
            req_used,
            pref_used,
            sexp,
            scores,
            best,
            best_used,
            best_years,
            used,
        } = acc;
        let (req, pref, sexp) = (&mut **req, &mut **pref, &mut **sexp);
        let (req_used, pref_used) = (&mut **req_used, &mut **pref_used);
        // With a listed credit of 1 every credit counts in full: the sums through skills
        // with years of use are not needed, and the loops over single skills skip them
        // (groups still form them; every sum is taken back to zero below).
        let track_used = self.listed_floor < 1.0;
        let (cursors, own_cursors) = cursors.split_at_mut(self.skills.len());
        let (cursors, group_cursors) = cursors.split_at_mut(self.singles);
        for ((((range, w, required, inv_min), weighted), weighted_used), cursor) in self
            .skills
            .iter()
            .zip(&self.weighted)
            .zip(&self.weighted_used)
            .zip(cursors)
        {
            let w = *w;
            let (sums, sums_used): (&mut [f64], &mut [f64]) = if *required {
                (&mut *req, &mut *req_used)
            } else {
                (&mut *pref, &mut *pref_used)
            };
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
                        let code = usize::from(code) % CREDIT_CODES;
                        sums[i] += weighted[code];
                        if track_used {
                            sums_used[i] += weighted_used[code];
                        }
                    }
                }
                Some(inv_min) => {
                    let years = &p.years[from..to];
                    for ((&r, &code), &y) in resumes.iter().zip(credits).zip(years) {
                        let i = (r as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1);
                        let code = usize::from(code) % CREDIT_CODES;
                        sums[i] += weighted[code];
                        if track_used {
                            sums_used[i] += weighted_used[code];
                        }
                        sexp[i] += w * skill_years_credit(table[code], y, inv_min);
                    }
                }
            }
            *cursor = to;
        }
        // Each group adds the best of its members' terms (`GroupKey::terms`): their
        // maxima are formed over the members' postings, then added to the sums and taken
        // back to zero at each posting (a resume meeting two members adds its maximum
        // once, then zero, which leaves its sum as it is).
        if !self.groups.is_empty() {
            let (best, best_used, best_years) = (&mut **best, &mut **best_used, &mut **best_years);
            let base = self.singles;
            for group in &self.groups {
                let required = self.skills[group.start].2;
                for k in group.clone() {
                    let (range, w, _, inv_min) = &self.skills[k];
                    let from = group_cursors[k - base];
                    let to = from + run_end(&p.resume[from..range.end], r1);
                    for c in from..to {
                        let i = (p.resume[c] as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1);
                        let code = usize::from(p.credit[c]) % CREDIT_CODES;
                        // The member `GroupKey::terms` counts (`better_member`).
                        let x = (self.weighted[k][code], self.weighted_used[k][code]);
                        if better_member(x, (best[i], best_used[i]), self.listed_floor) {
                            (best[i], best_used[i]) = x;
                        }
                        if let Some(inv_min) = *inv_min {
                            best_years[i] = best_years[i]
                                .max(w * skill_years_credit(table[code], p.years[c], inv_min));
                        }
                    }
                }
                let (sums, sums_used): (&mut [f64], &mut [f64]) = if required {
                    (&mut *req, &mut *req_used)
                } else {
                    (&mut *pref, &mut *pref_used)
                };
                for k in group.clone() {
                    let range = &self.skills[k].0;
                    let cursor = &mut group_cursors[k - base];
                    let to = *cursor + run_end(&p.resume[*cursor..range.end], r1);
                    for c in *cursor..to {
                        let i = (p.resume[c] as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1);
                        sums[i] += std::mem::take(&mut best[i]);
                        sums_used[i] += std::mem::take(&mut best_used[i]);
                        sexp[i] += std::mem::take(&mut best_years[i]);
                    }
                    *cursor = to;
                }
            }
        }
        // The used weight of each resume's own skills, skill by skill as `Matcher::reverse`
        // adds it (nothing to do unless the scores are mutual ones).
        let used = &mut **used;
        for ((range, w), cursor) in self.own.iter().zip(own_cursors) {
            let from = *cursor;
            let to = from + run_end(&self.owner[from..range.end], r1);
            for &r in &self.owner[from..to] {
                used[(r as usize).wrapping_sub(r0) & (SCRATCH_ROWS - 1)] += w;
            }
            *cursor = to;
        }
        // Every category, in `Matcher::score`'s order, with no branch (see `req`): a loop
        // the compiler can turn into vector instructions.
        let ((wr, ir), (wp, ip), (ws, is)) = (self.req, self.pref, self.sexp);
        let (we, m, inv_m) = self.experience;
        let (wd, levels, may_replace, fields) = self.education;
        let scores = &mut scores[..n];
        let rows = req[..n]
            .iter_mut()
            .zip(req_used[..n].iter_mut())
            .zip(pref[..n].iter_mut())
            .zip(pref_used[..n].iter_mut())
            .zip(sexp[..n].iter_mut())
            .zip(&index.years[r0..r1])
            .zip(&index.education[r0..r1]);
        // Without a fit (no required skill) it is 1: the inverse is then 0, and so is the
        // product, and the floor of 1 gives it without a branch.
        let (inv_skill, fit_floor) = self.inv_skill.map_or((0.0, 1.0), |inv| (inv, 0.0));
        let floor = self.listed_floor;
        // (The sums of all weighted credits and of those through skills with years of
        // use, taken back to zero.)
        let score_of =
            |(a0, u0): (f64, f64), (a1, u1): (f64, f64), a2: f64, years: f64, school: u64| -> f64 {
                let share = listed_share(floor, (a0, u0), (a1, u1));
                let (a0, a1) = (blended(a0, u0, share), blended(a1, u1, share));
                let (t0, t1, t2) = (wr * (a0 * ir), wp * (a1 * ip), ws * (a2 * is));
                let fit = fit_of(weighted_skills(t0, t2), inv_skill).max(fit_floor);
                let mut num = 0.0;
                num += t0;
                num += t1;
                num += we * (experience_credit(years, m, inv_m) * fit);
                num += t2;
                let (rank, field) = ((school >> 56) as u8, fields.credit(school));
                let field = (field, fields.of_required);
                num += wd * education_credit(f64::from(rank), levels, may_replace, years, field);
                (num * inv_den).clamp(0.0, 1.0)
            };
        if self.mutual {
            let rows = rows
                .zip(used[..n].iter_mut())
                .zip(&index.own_weight[r0..r1]);
            for (score, ((((((((a0, u0), a1), u1), a2), &years), &school), used), &total)) in
                scores.iter_mut().zip(rows)
            {
                let (a0, u0) = (std::mem::take(a0), std::mem::take(u0));
                let (a1, u1, a2) = (std::mem::take(a1), std::mem::take(u1), std::mem::take(a2));
                let fit = score_of((a0, u0), (a1, u1), a2, years, school);
                *score = mutual(fit, share(std::mem::take(used), total)) as f32;
            }
        } else {
            for (score, ((((((a0, u0), a1), u1), a2), &years), &school)) in
                scores.iter_mut().zip(rows)
            {
                let (a0, u0) = (std::mem::take(a0), std::mem::take(u0));
                let (a1, u1, a2) = (std::mem::take(a1), std::mem::take(u1), std::mem::take(a2));
                *score = score_of((a0, u0), (a1, u1), a2, years, school) as f32;
            }
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
    /// The parts of `req` and `pref` through skills with years of use.
    req_used: Box<[f64; SCRATCH_ROWS]>,
    pref_used: Box<[f64; SCRATCH_ROWS]>,
    sexp: Box<[f64; SCRATCH_ROWS]>,
    scores: Box<[f32; SCRATCH_ROWS]>,
    /// A group of alternatives' best weighted credit and skill-years credit per resume,
    /// all zeros between groups.
    best: Box<[f64; SCRATCH_ROWS]>,
    best_used: Box<[f64; SCRATCH_ROWS]>,
    best_years: Box<[f64; SCRATCH_ROWS]>,
    /// The used weight of each resume's own skills (mutual scores), all zeros between
    /// calls.
    used: Box<[f64; SCRATCH_ROWS]>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            req: Box::new([0.0; SCRATCH_ROWS]),
            pref: Box::new([0.0; SCRATCH_ROWS]),
            req_used: Box::new([0.0; SCRATCH_ROWS]),
            pref_used: Box::new([0.0; SCRATCH_ROWS]),
            sexp: Box::new([0.0; SCRATCH_ROWS]),
            scores: Box::new([0.0; SCRATCH_ROWS]),
            best: Box::new([0.0; SCRATCH_ROWS]),
            best_used: Box::new([0.0; SCRATCH_ROWS]),
            best_years: Box::new([0.0; SCRATCH_ROWS]),
            used: Box::new([0.0; SCRATCH_ROWS]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    /// Scores drawn from a few values, so that ties are common, with both zeros and
    /// NaNs of both signs among them.
    fn score_of(pick: u8) -> f32 {
        [0.0, -0.0, 0.25, 0.5, 1.0, f32::NAN, -f32::NAN, 0.5000001][usize::from(pick % 8)]
    }

    #[test]
    fn an_index_answers_only_matchers_of_its_taxonomy() {
        use crate::extract::Extractor;
        use crate::profile::YearMonth;
        use crate::taxonomy::{Skill, SkillKind, Taxonomy};
        let ex = Extractor::builtin();
        let cv = Resume::parse("Skills: Python, SQL", &ex, YearMonth::now());
        let job = Job::parse("Requirements: Python", &ex);
        let m = Matcher::builtin();
        let index = m.index(&[&cv], Some(1)).unwrap();
        // Another matcher over the same taxonomy is fine.
        let same = Matcher::new(Taxonomy::builtin(), Default::default()).unwrap();
        assert_eq!(
            same.top_k_in(&index, &[&job], 1, Some(1)).unwrap()[0].len(),
            1
        );
        // One over another taxonomy is refused, not answered with the wrong skills.
        let other = Taxonomy::from_skills(vec![Skill::new("x:a", "Alpha", SkillKind::Tool)]);
        let other = Matcher::new(std::sync::Arc::new(other.unwrap()), Default::default()).unwrap();
        let err = other.top_k_in(&index, &[&job], 1, Some(1)).unwrap_err();
        assert!(err.message().contains("another taxonomy"), "{err}");
        assert!(other.cdist_in(&index, &[&job], Some(1)).is_err());
        assert!(other.top_k_jobs_in(&index, &[&job], 1, Some(1)).is_err());
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
            picks in proptest::collection::vec(0u8..8, 0..400),
            // Both ways of keeping: in order (small k) and by selection (k > SORTED_K).
            k in prop_oneof![1usize..12, 60usize..200],
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
}
