//! The inverted index of resumes that [`Matcher::top_k_in`] scores jobs against: each
//! resume resolved against the taxonomy (every skill it meets, directly or through a
//! broader, narrower or related skill, with the best credit), its postings grouped by skill.
//!
//! [`IndexBuilder`] builds it batch by batch, from parsed resumes or from texts; a text is
//! parsed, resolved and dropped by the worker that read it, so the parsed profiles are never
//! all in memory at once. [`Matcher::top_k_in`], [`Matcher::top_k_jobs_in`] and
//! [`Matcher::cdist_in`] score jobs against it.

use std::borrow::Borrow;
use std::sync::Arc;

use super::{Matcher, BROADER_CREDIT, NARROWER_CREDIT, RELATED_CREDIT};
use crate::batch::{resolve_workers, Pool, Workers};
use crate::error::{Error, ErrorKind, Result};
use crate::extract::Extractor;
use crate::profile::experience::{self, Purpose};
use crate::profile::{FieldClasses, Resume, YearMonth};
use crate::taxonomy::SkillIndex;

/// A resume's credit for one skill: (skill, credit, via, years of the via skill, whether
/// the resume has the skill itself, the best credit through a skill with years of use).
pub(super) type Credit = (SkillIndex, f64, SkillIndex, Option<f64>, bool, f64);

/// A resume resolved against the taxonomy: every skill it meets with what credit.
#[derive(Debug, Clone)]
pub(super) struct ResumeKey {
    /// Sorted by skill, best credit kept; a skill the resume has itself is its own whatever
    /// credit wins.
    pub(super) credits: Vec<Credit>,
    pub(super) years: f64,
    pub(super) education: u8,
    /// The fields of study of the resume's degrees.
    pub(super) fields: FieldClasses,
}

/// A resume's degree rank and fields of study in one word, as the index keeps them: the
/// rank in the top byte, the fields' key ([`FieldClasses::key`]) below.
pub(super) fn schooling(rank: u8, fields: FieldClasses) -> u64 {
    u64::from(rank) << 56 | fields.key()
}

impl ResumeKey {
    /// The resume's credit for `skill`, if it meets it.
    pub(super) fn credit(&self, skill: SkillIndex) -> Option<Credit> {
        let i = self.credits.binary_search_by_key(&skill, |c| c.0).ok()?;
        Some(self.credits[i])
    }
}

/// The best credit offered for each skill while a resume is resolved: a table over the
/// taxonomy's skills (kept per thread, so that resolving a resume allocates only its
/// result) and the skills touched, which are all that is cleared afterwards.
#[derive(Default)]
struct BestCredits {
    /// (credit, via, years of the via skill, own, best credit through a skill with years
    /// of use) by skill; credit 0 when not offered.
    table: Vec<(f64, SkillIndex, Option<f64>, bool, f64)>,
    touched: Vec<SkillIndex>,
}

impl BestCredits {
    fn reset(&mut self, skills: usize) {
        if self.table.len() < skills {
            self.table.resize(skills, (0.0, 0, None, false, 0.0));
        }
        for &s in &self.touched {
            self.table[s as usize].0 = 0.0;
        }
        self.touched.clear();
    }

    /// Offers `skill` with `credit` (positive) through `via`: the best credit wins, and
    /// of equal credits the lower via, whatever the order of the offers; an offer through
    /// the skill itself makes it the resume's own, whichever credit wins. The best credit
    /// through a skill with years of use is kept too.
    #[inline]
    fn offer(&mut self, skill: SkillIndex, credit: f64, via: SkillIndex, years: Option<f64>) {
        let Some(slot) = self.table.get_mut(skill as usize) else {
            return;
        };
        let own = via == skill;
        let used = if years.is_some() { credit } else { 0.0 };
        if slot.0 == 0.0 {
            self.touched.push(skill);
            *slot = (credit, via, years, own, used);
        } else if credit < slot.0 || (credit == slot.0 && via >= slot.1) {
            slot.3 |= own;
            slot.4 = slot.4.max(used);
        } else {
            *slot = (credit, via, years, own || slot.3, slot.4.max(used));
        }
    }

    /// The skills offered, by skill, with their best credits.
    fn take(&mut self) -> Vec<Credit> {
        self.touched.sort_unstable();
        self.touched
            .iter()
            .map(|&s| {
                let (credit, via, years, own, used) = self.table[s as usize];
                (s, credit, via, years, own, used)
            })
            .collect()
    }
}

thread_local! {
    static BEST: std::cell::RefCell<BestCredits> = std::cell::RefCell::new(BestCredits::default());
}

impl Matcher {
    /// `resume` resolved against the taxonomy.
    pub(super) fn resume_key(&self, resume: &Resume) -> ResumeKey {
        let t = &self.taxonomy;
        let skills = resume
            .skills
            .iter()
            .filter_map(|s| Some((t.index_of(&s.skill_id)?, s.years)));
        ResumeKey {
            credits: self.credits(skills),
            years: experience::scored_years(
                &resume.positions,
                resume.total_years,
                resume.claimed_years,
            ),
            education: resume.education.as_ref().map_or(0, |e| {
                experience::scored_degree_rank(e.level, e.in_progress)
            }),
            fields: resume
                .education
                .as_ref()
                .map_or_else(FieldClasses::default, super::resume_fields),
        }
    }

    /// The key of the resume `text`, as [`Matcher::resume_key`] gives for
    /// `Resume::parse(text, extractor, today)`, without dressing the profile: no names,
    /// mentions or notes, and the claimed years read only when there is no position.
    fn text_key(&self, text: &str, extractor: &Extractor, today: YearMonth) -> ResumeKey {
        let read = experience::read(text, extractor, today, Purpose::Scoring);
        let (theirs, ours) = (extractor.taxonomy(), &self.taxonomy);
        let same = Arc::ptr_eq(theirs, ours);
        let skills = read.skills.iter().filter_map(|s| {
            let i = if same {
                s.skill
            } else {
                ours.index_of(&theirs.skill(s.skill).id)?
            };
            Some((i, s.years))
        });
        ResumeKey {
            credits: self.credits(skills),
            years: read.years(),
            education: read.education.as_ref().map_or(0, |d| {
                experience::scored_degree_rank(d.level, read.education_in_progress)
            }),
            fields: FieldClasses::of(&read.education_fields),
        }
    }

    /// Every skill that the resume's skills (index in this taxonomy, years) meet, directly
    /// or through a broader, narrower or related skill, with the best credit, sorted by
    /// skill; with the best credit through skills with years of use, of which
    /// [`Matcher::with_listed_credit`] makes the rest count at a share per job.
    fn credits(&self, skills: impl Iterator<Item = (SkillIndex, Option<f64>)>) -> Vec<Credit> {
        let t = &self.taxonomy;
        BEST.with(|best| {
            let mut best = best.borrow_mut();
            best.reset(t.len());
            for (r, years) in skills {
                best.offer(r, OWN_CREDIT, r, years);
                for &b in t.broader(r) {
                    best.offer(b, NARROWER_CREDIT, r, years);
                }
                for &n in t.narrower(r) {
                    best.offer(n, BROADER_CREDIT, r, years);
                }
                for &x in t.related(r) {
                    best.offer(x, RELATED_CREDIT, r, years);
                }
            }
            best.take()
        })
    }

    /// The inverted index of `resumes` for [`Matcher::top_k_in`] (build it once, query it
    /// with many jobs). The same as adding them to an [`IndexBuilder`].
    pub fn index<R: Borrow<Resume> + Sync>(
        &self,
        resumes: &[R],
        workers: Workers,
    ) -> Result<ResumeIndex> {
        let threads = resolve_workers(workers)?.min(resumes.len().max(1));
        let mut builder = self.index_builder(Some(threads as i64))?;
        builder.add(resumes);
        builder.finish()
    }

    /// An empty [`IndexBuilder`] whose batches run on `workers` threads.
    ///
    /// ```
    /// use jobmatch::{Extractor, Job, Matcher, YearMonth};
    /// let (m, ex) = (Matcher::builtin(), Extractor::builtin());
    /// let today = YearMonth::new(2026, 11).unwrap();
    /// let mut builder = m.index_builder(Some(2)).unwrap();
    /// builder.add_texts(&ex, &["Skills: Python, SQL", "Skills: Java"], today);
    /// let index = builder.finish().unwrap();
    /// let job = Job::parse("Requirements: Python and SQL.", &ex);
    /// let top = m.top_k_in(&index, &[job], 1, Some(1)).unwrap();
    /// assert_eq!(top[0][0].0, 0);
    /// ```
    pub fn index_builder(&self, workers: Workers) -> Result<IndexBuilder<'_>> {
        Ok(IndexBuilder {
            matcher: self,
            pool: Pool::new(resolve_workers(workers)?)?,
            skill: Vec::new(),
            code: Vec::new(),
            skill_years: Vec::new(),
            codes: Vec::new(),
            ends: Vec::new(),
            years: Vec::new(),
            education: Vec::new(),
            own_weight: Vec::new(),
            expected: 0,
        })
    }
}

/// Builds a [`ResumeIndex`] batch by batch, from parsed resumes or from their texts (see
/// [`Matcher::index_builder`]). Positions in the index are the order of adding.
///
/// Adding texts is how to index more resumes than their parsed profiles would fit in
/// memory: each text is parsed, resolved against the taxonomy and dropped by the worker
/// that read it, a batch of a few thousand at a time, and only what scoring needs is kept,
/// in columns: 13 bytes for each skill a resume meets, directly or through a related one,
/// and 25 per resume. [`IndexBuilder::finish`] needs as much again for the index's own
/// columns (the finished index: 13 bytes a posting, 4 more for each skill a resume has
/// itself, 17 a resume, 8 a skill of the taxonomy).
pub struct IndexBuilder<'m> {
    matcher: &'m Matcher,
    pool: Pool,
    /// The skills each resume meets, resume after resume: the skill, its credit as a number
    /// into `codes`, and the years of the skill it has the credit through (NaN when
    /// unknown).
    skill: Vec<SkillIndex>,
    code: Vec<u8>,
    skill_years: Vec<f64>,
    /// The distinct credits: their value, the value through skills with years of use, and
    /// whether the skill is the resume's own (a value twice when own skills and others
    /// earn it).
    codes: Vec<(f64, f64, bool)>,
    /// Where each resume's skills end in the columns above.
    ends: Vec<usize>,
    /// Each resume's years of experience, and its degree rank and fields of study
    /// ([`schooling`]).
    years: Vec<f64>,
    education: Vec<u64>,
    /// Each resume's total weight of its own skills (the reverse score's denominator).
    own_weight: Vec<f64>,
    /// How many resumes [`IndexBuilder::reserve`] was told of, in all.
    expected: usize,
}

impl std::fmt::Debug for IndexBuilder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IndexBuilder")
            .field("resumes", &self.ends.len())
            .field("postings", &self.skill.len())
            .finish_non_exhaustive()
    }
}

/// A resume for [`IndexBuilder::add_mixed`]: parsed already, or a text to parse.
#[derive(Debug, Clone, Copy)]
pub enum ResumeSource<'a> {
    /// A parsed resume.
    Parsed(&'a Resume),
    /// A resume's text.
    Text(&'a str),
}

/// Resumes resolved per round of the pool while an index is built: their keys are all
/// the builder holds besides its columns.
const BATCH: usize = 4096;

impl IndexBuilder<'_> {
    /// Adds parsed resumes, in order.
    pub fn add<R: Borrow<Resume> + Sync>(&mut self, resumes: &[R]) {
        let m = self.matcher;
        self.reserve(resumes.len());
        for batch in resumes.chunks(BATCH) {
            for key in self.pool.map(batch, |r| m.resume_key(r.borrow())) {
                self.push(&key);
            }
            self.plan_columns();
        }
    }

    /// Adds resumes from their texts, in order, each read as [`Resume::parse`] reads it
    /// with `extractor` and `today` (keeping only what scoring needs): the index is the same
    /// as one of the parsed resumes.
    /// Empty texts are not parsed (they all have the key of one empty resume).
    pub fn add_texts<S: AsRef<str> + Sync>(
        &mut self,
        extractor: &Extractor,
        texts: &[S],
        today: YearMonth,
    ) {
        self.add_each(extractor, today, texts, |t| ResumeSource::Text(t.as_ref()));
    }

    /// Adds resumes given as parsed profiles or as texts, mixed in any order, in order:
    /// texts are parsed as in [`IndexBuilder::add_texts`].
    pub fn add_mixed(
        &mut self,
        extractor: &Extractor,
        sources: &[ResumeSource<'_>],
        today: YearMonth,
    ) {
        self.add_each(extractor, today, sources, |s| *s);
    }

    /// Adds `items`, in order, `source` saying what each is. The items go to the pool a
    /// batch at a time, so that besides the columns only one batch of resolved resumes is
    /// held.
    fn add_each<T: Sync>(
        &mut self,
        extractor: &Extractor,
        today: YearMonth,
        items: &[T],
        source: impl Fn(&T) -> ResumeSource<'_> + Sync,
    ) {
        let m = self.matcher;
        let empty = m.text_key("", extractor, today);
        self.reserve(items.len());
        for batch in items.chunks(BATCH) {
            let keys = self.pool.map(batch, |item| match source(item) {
                ResumeSource::Parsed(r) => Some(m.resume_key(r)),
                ResumeSource::Text("") => None,
                ResumeSource::Text(t) => Some(m.text_key(t, extractor, today)),
            });
            for key in &keys {
                self.push(key.as_ref().unwrap_or(&empty));
            }
            self.plan_columns();
        }
    }

    /// Makes room for `n` more resumes (their skills are counted as they come: once some
    /// are in, the columns are sized for all the resumes announced, at the average so far).
    pub fn reserve(&mut self, n: usize) {
        self.ends.reserve(n);
        self.years.reserve(n);
        self.education.reserve(n);
        self.own_weight.reserve(n);
        self.expected = self.expected.max(self.ends.len().saturating_add(n));
    }

    /// Sizes the skill columns for the resumes still expected, at the average number of
    /// skills per resume so far (and 1/16 more), so that they grow once instead of
    /// doubling, copying and touching fresh memory again and again.
    fn plan_columns(&mut self) {
        let (n, total) = (self.ends.len(), self.skill.len());
        if n == 0 || self.expected <= n {
            return;
        }
        let per = total as f64 / n as f64;
        let want = (per * self.expected as f64 * (1.0 + 1.0 / 16.0)) as usize;
        let capacity = self.skill.capacity();
        if want > capacity {
            // At least half as much again, so that a creeping average cannot make every
            // batch copy the columns.
            let more = want.max(capacity + capacity / 2) - total;
            self.skill.reserve_exact(more);
            self.code.reserve_exact(more);
            self.skill_years.reserve_exact(more);
        }
    }

    fn push(&mut self, key: &ResumeKey) {
        let codes = &mut self.codes;
        // The number in `codes` of the credit, the credit through skills with years of use
        // and whether the skill is the resume's own (numbers past the table are caught by
        // `finish`).
        let mut code_of = |credit: f64, used: f64, own: bool| {
            let code = match codes.iter().position(|&(v, u, o)| {
                v.to_bits() == credit.to_bits() && u.to_bits() == used.to_bits() && o == own
            }) {
                Some(code) => code,
                None => {
                    codes.push((credit, used, own));
                    codes.len() - 1
                }
            };
            code.min(usize::from(u8::MAX)) as u8
        };
        self.skill.extend(key.credits.iter().map(|c| c.0));
        self.code
            .extend(key.credits.iter().map(|c| code_of(c.1, c.5, c.4)));
        self.skill_years
            .extend(key.credits.iter().map(|c| c.3.unwrap_or(f64::NAN)));
        self.ends.push(self.skill.len());
        self.years.push(key.years);
        self.education.push(schooling(key.education, key.fields));
        // The resume's own skills, in skill order, as `Matcher::reverse` sums them.
        let own = key.credits.iter().filter(|c| c.4);
        let m = self.matcher;
        self.own_weight
            .push(own.fold(0.0, |t, c| t + m.weight_of(c.0)));
    }

    /// Number of resumes added.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when none has been added.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The index of every resume added.
    pub fn finish(self) -> Result<ResumeIndex> {
        self.finish_in_parts(MIN_PART)
    }

    /// [`IndexBuilder::finish`], the postings filled in parts of at least `min_part`
    /// postings, one per thread at most.
    fn finish_in_parts(self, min_part: usize) -> Result<ResumeIndex> {
        if self.codes.len() > CREDIT_CODES {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "too many distinct credit values",
            ));
        }
        let total = self.skill.len();
        if u32::try_from(total).is_err() || u32::try_from(self.ends.len()).is_err() {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "too many resumes for one index: {} resumes meeting {total} skills in all \
                     (at most 4,294,967,295 of each); rank the resumes in several parts",
                    self.ends.len()
                ),
            ));
        }
        // Postings grouped by skill (a counting sort), each group in resume order.
        // Likewise each skill's owners (postings with the own credit), for mutual scores.
        let n_skills = self.matcher.taxonomy.len();
        let codes = &self.codes;
        let is_own = |code: u8| codes.get(usize::from(code)).is_some_and(|c| c.2);
        let mut offsets = vec![0u32; n_skills + 1];
        let mut own_offsets = vec![0u32; n_skills + 1];
        for (&s, &c) in self.skill.iter().zip(&self.code) {
            offsets[s as usize + 1] += 1;
            own_offsets[s as usize + 1] += u32::from(is_own(c));
        }
        for s in 0..n_skills {
            offsets[s + 1] += offsets[s];
            own_offsets[s + 1] += own_offsets[s];
        }
        // Columns, so that a job without years per skill reads five bytes per posting.
        let mut resume = vec![0u32; total];
        let mut credit = vec![0u8; total];
        let mut years = vec![0f64; total];
        let mut owner = vec![0u32; own_offsets[n_skills] as usize];
        // Each thread fills the postings of a range of skills (about as many postings in
        // each), reading every resume's skills: the same columns for any number of threads.
        let parts = self.pool.threads().min(total / min_part.max(1)).max(1);
        // (The first bound is 0; the last is past every skill with postings.)
        let bounds: Vec<usize> = (0..=parts)
            .map(|p| {
                let target = (total as u64 * p as u64 / parts as u64) as usize;
                offsets
                    .partition_point(|&o| (o as usize) < target)
                    .min(n_skills)
            })
            .collect();
        let mut ranges = Vec::with_capacity(parts);
        let (mut r, mut c, mut y) = (&mut resume[..], &mut credit[..], &mut years[..]);
        let mut o = &mut owner[..];
        for w in bounds.windows(2) {
            let (lo, hi) = (w[0], w[1]);
            let len = (offsets[hi] - offsets[lo]) as usize;
            let (r0, r1) = std::mem::take(&mut r).split_at_mut(len);
            let (c0, c1) = std::mem::take(&mut c).split_at_mut(len);
            let (y0, y1) = std::mem::take(&mut y).split_at_mut(len);
            let owned = (own_offsets[hi] - own_offsets[lo]) as usize;
            let (o0, o1) = std::mem::take(&mut o).split_at_mut(owned);
            ranges.push((lo, hi, r0, c0, y0, o0));
            (r, c, y, o) = (r1, c1, y1, o1);
        }
        let (skill, code, skill_years, ends) =
            (&self.skill, &self.code, &self.skill_years, &self.ends);
        let (offsets_ref, own_ref) = (&offsets, &own_offsets);
        self.pool
            .each(ranges, |(lo, hi, resume, credit, years, owner)| {
                let base = offsets_ref[lo];
                let mut fill: Vec<u32> = offsets_ref[lo..hi].iter().map(|&o| o - base).collect();
                let own_base = own_ref[lo];
                let mut own_fill: Vec<u32> =
                    own_ref[lo..hi].iter().map(|&o| o - own_base).collect();
                let mut start = 0;
                for (i, &end) in ends.iter().enumerate() {
                    for c in start..end {
                        let s = skill[c] as usize;
                        let Some(k) = s.checked_sub(lo).filter(|&k| k < fill.len()) else {
                            continue;
                        };
                        let at = fill[k] as usize;
                        resume[at] = i as u32;
                        credit[at] = code[c];
                        years[at] = skill_years[c];
                        fill[k] += 1;
                        if is_own(code[c]) {
                            owner[own_fill[k] as usize] = i as u32;
                            own_fill[k] += 1;
                        }
                    }
                    start = end;
                }
            });
        Ok(ResumeIndex {
            taxonomy: self.matcher.taxonomy.clone(),
            years: self.years,
            education: self.education,
            own_weight: self.own_weight,
            offsets,
            postings: Postings {
                resume,
                credit,
                years,
                credits: self.codes.iter().map(|c| c.0).collect(),
                used: self.codes.iter().map(|c| c.1).collect(),
            },
            own_offsets,
            owner,
        })
    }
}

/// The credit of a skill the resume has itself: above every credit through a relation
/// ([`NARROWER_CREDIT`], [`BROADER_CREDIT`], [`RELATED_CREDIT`]).
pub(super) const OWN_CREDIT: f64 = 1.0;

/// Fewest postings [`IndexBuilder::finish`] gives a thread of its own: below that, starting
/// the work costs more than it saves.
const MIN_PART: usize = 1 << 16;

/// Most distinct credit values an index holds: a skill's own credit and those through
/// broader, narrower and related skills, each with a credit through skills with years of
/// use of 0 or one of these at most as large (fourteen pairs; the own credit only for the
/// resume's own skills). A fixed size, a power of two, lets the posting loops index a
/// job's products of weight and credit without a bounds check.
pub(super) const CREDIT_CODES: usize = 16;

/// The inverted index's postings (one resume meeting one skill), as columns.
#[derive(Debug, Clone)]
pub(super) struct Postings {
    pub(super) resume: Vec<u32>,
    /// Its credit for the skill, as a number into `credits`.
    pub(super) credit: Vec<u8>,
    /// Years of the skill it has the credit through (NaN when unknown).
    pub(super) years: Vec<f64>,
    /// The distinct credit values, which `credit` numbers.
    pub(super) credits: Vec<f64>,
    /// The credit through skills with years of use of each of `credits`.
    pub(super) used: Vec<f64>,
}

/// The list of `skill` in a column grouped by skill whose groups start at `offsets` (empty
/// for a skill past the table).
fn list_of(offsets: &[u32], skill: SkillIndex) -> std::ops::Range<usize> {
    let s = skill as usize;
    match (offsets.get(s), offsets.get(s + 1)) {
        (Some(&lo), Some(&hi)) => lo as usize..hi as usize,
        _ => 0..0,
    }
}

/// Resumes resolved and indexed for [`Matcher::top_k_in`]: for each skill, the resumes
/// that meet it with their credit and years (an inverted index) and the resumes that have
/// it themselves, and each resume's years, degree rank and fields of study, and total weight
/// of its own skills.
///
/// Query it with a matcher over the same taxonomy as the one that built it (the same
/// matcher, or one that differs in weights, [`RankBy`](super::RankBy) or listed credit
/// only).
#[derive(Debug, Clone)]
pub struct ResumeIndex {
    /// The taxonomy of the matcher that built it: its skill numbers and weights are those
    /// of this taxonomy.
    pub(super) taxonomy: Arc<crate::taxonomy::Taxonomy>,
    pub(super) years: Vec<f64>,
    /// Each resume's degree rank and fields of study ([`schooling`]).
    pub(super) education: Vec<u64>,
    /// Each resume's total weight of its own skills.
    pub(super) own_weight: Vec<f64>,
    /// The postings of skill `s` are `offsets[s]..offsets[s + 1]`.
    offsets: Vec<u32>,
    pub(super) postings: Postings,
    /// The resumes that have skill `s` themselves are
    /// `owner[own_offsets[s]..own_offsets[s + 1]]`, in order (for mutual scores).
    own_offsets: Vec<u32>,
    pub(super) owner: Vec<u32>,
}

impl ResumeIndex {
    /// Where the postings of `skill` are (in resume order).
    pub(super) fn postings(&self, skill: SkillIndex) -> std::ops::Range<usize> {
        list_of(&self.offsets, skill)
    }

    /// Where the resumes that have `skill` themselves are in `owner` (in resume order).
    pub(super) fn owners(&self, skill: SkillIndex) -> std::ops::Range<usize> {
        list_of(&self.own_offsets, skill)
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
    use crate::profile::Job;

    #[test]
    fn best_credit_per_skill_whatever_the_order_of_offers() {
        let offers = [
            (5, 0.1, 9, Some(2.0)),
            (3, 1.0, 3, None),
            (5, 0.6, 7, Some(4.0)),
            (5, 0.6, 4, Some(1.0)),
            (8, 0.15, 3, None),
            (5, 0.15, 2, None),
            // Skill 5 itself, named without years: its own credit wins, and the narrower
            // skill's credit through years of use is kept beside it.
            (5, 1.0, 5, None),
        ];
        // (With the best credit through skills with years: none for skills 3 and 8.)
        let expected = vec![
            (3, 1.0, 3, None, true, 0.0),
            (5, 1.0, 5, None, true, 0.6),
            (8, 0.15, 3, None, false, 0.0),
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
    /// Asserts that reading `text` for scoring gives the key of its parsed resume.
    fn assert_same_key(m: &Matcher, ex: &Extractor, text: &str, today: YearMonth) {
        let read = m.text_key(text, ex, today);
        let parsed = m.resume_key(&Resume::parse(text, ex, today));
        assert_eq!(read.credits, parsed.credits, "{text:?}");
        assert_eq!(read.years.to_bits(), parsed.years.to_bits(), "{text:?}");
        assert_eq!(read.education, parsed.education, "{text:?}");
        assert_eq!(read.fields, parsed.fields, "{text:?}");
    }

    #[test]
    fn texts_added_in_batches_give_the_index_of_their_parsed_resumes() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let texts = [
            "Experience\nEngineer, Acme | Jan 2019 - Present\n- Python, Django, PostgreSQL\n",
            "",
            "Skills: Java, Spring, SQL\nEducation\nB.S. in Computer Science, 2015\n",
            "Café owner • 2010 – 2020 • Excel, bookkeeping",
            "",
            "Data analyst with 6+ years of SQL and Tableau. MSc Statistics.",
            "Summary\n10+ years of Java.\nExperience\nDeveloper, Acme | 13/2020 - 2022\n\
             Engineer, Initech | Mar 2015 - Feb 2019\n- Java, Spring\n",
        ];
        let parsed: Vec<Resume> = texts.iter().map(|t| Resume::parse(t, &ex, today)).collect();
        let jobs: Vec<Job> = [
            "Requirements: 3+ years of Python and SQL. Bachelor's degree.",
            "Nice to have: Excel. 5 years of experience.",
            "",
        ]
        .iter()
        .map(|t| Job::parse(t, &ex))
        .collect();
        let m = Matcher::builtin();
        // The extractor and the matcher share the built-in taxonomy: skills go by index.
        assert!(Arc::ptr_eq(ex.taxonomy(), m.taxonomy()));
        for t in texts {
            assert_same_key(&m, &ex, t, today);
        }
        let want = m.top_k_in(
            &m.index(&parsed, Some(1)).unwrap(),
            &jobs,
            texts.len(),
            Some(1),
        );
        for workers in [1, 2] {
            // Texts in two batches, and parsed resumes and texts mixed.
            let mut b = m.index_builder(Some(workers)).unwrap();
            b.add_texts(&ex, &texts[..2], today);
            b.add_texts(&ex, &texts[2..], today);
            assert_eq!(b.len(), texts.len());
            let from_texts = m.top_k_in(&b.finish().unwrap(), &jobs, texts.len(), Some(2));
            assert_eq!(from_texts.as_ref().unwrap(), want.as_ref().unwrap());
            let mut b = m.index_builder(Some(workers)).unwrap();
            b.add(&parsed[..3]);
            b.add_texts(&ex, &texts[3..], today);
            let mixed = m.top_k_in(&b.finish().unwrap(), &jobs, texts.len(), Some(1));
            assert_eq!(mixed.unwrap(), want.as_ref().unwrap().clone());
            // Alternating in one call.
            let sources: Vec<ResumeSource> = (0..texts.len())
                .map(|i| match i % 2 {
                    0 => ResumeSource::Parsed(&parsed[i]),
                    _ => ResumeSource::Text(texts[i]),
                })
                .collect();
            let mut b = m.index_builder(Some(workers)).unwrap();
            b.add_mixed(&ex, &sources, today);
            let mixed = m.top_k_in(&b.finish().unwrap(), &jobs, texts.len(), Some(2));
            assert_eq!(mixed.unwrap(), want.as_ref().unwrap().clone());
        }
        // The matrix and the best jobs per resume from the index built from texts.
        let mut b = m.index_builder(Some(2)).unwrap();
        b.add_texts(&ex, &texts, today);
        let index = b.finish().unwrap();
        let matrix = m.cdist(&parsed, &jobs, Some(1)).unwrap();
        assert_eq!(m.cdist_in(&index, &jobs, Some(2)).unwrap(), matrix);
        let rows = m.cdist_rows(&index, &jobs, 2..5, 2).unwrap();
        assert_eq!(rows, matrix[2 * jobs.len()..5 * jobs.len()]);
        let n = texts.len();
        assert!(m.cdist_rows(&index, &jobs, n - 1..n + 1, 1).is_err());
        assert_eq!(
            m.top_k_jobs_in(&index, &jobs, 2, Some(2)).unwrap(),
            m.top_k_jobs(&parsed, &jobs, 2, Some(1)).unwrap()
        );
        assert!(m.top_k_jobs_in(&index, &jobs, 0, None).is_err());
        // Mutual scores need each resume's own skills: the same from texts.
        let mutual = Matcher::builtin().with_rank_by(super::super::RankBy::Mutual);
        let mut b = mutual.index_builder(Some(2)).unwrap();
        b.add_texts(&ex, &texts, today);
        let from_texts = mutual.cdist_in(&b.finish().unwrap(), &jobs, Some(2));
        let want = mutual.cdist(&parsed, &jobs, Some(1)).unwrap();
        assert_eq!(from_texts.unwrap(), want);
        assert_ne!(want, matrix);
        let empty = m.index_builder(None).unwrap();
        assert!(empty.is_empty());
        assert!(empty.finish().unwrap().is_empty());
    }

    #[test]
    fn postings_filled_in_parallel_parts_are_those_filled_in_one() {
        let ex = Extractor::builtin();
        let today = YearMonth::new(2026, 11).unwrap();
        let skills = [
            "Python",
            "SQL",
            "Java",
            "Excel",
            "Kubernetes",
            "Django",
            "PostgreSQL",
            "Go",
        ];
        // Resumes meeting different mixes of skills, some none, one all.
        let texts: Vec<String> = (0..40usize)
            .map(|i| {
                let picked: Vec<&str> = skills
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| (i * 7 + k * 3) % 5 < 2 || i == 39)
                    .map(|(_, s)| *s)
                    .collect();
                format!(
                    "Skills: {}\nExperience\nEngineer | 2015 - 2020\n",
                    picked.join(", ")
                )
            })
            .collect();
        let m = Matcher::builtin();
        let build = |workers: i64, min_part: usize| {
            let mut b = m.index_builder(Some(workers)).unwrap();
            b.add_texts(&ex, &texts, today);
            b.finish_in_parts(min_part).unwrap()
        };
        let one = build(1, 1);
        assert!(one.postings.resume.len() > 40);
        // Each skill's owners are the resumes of its postings with the own credit.
        let p = &one.postings;
        for skill in 0..m.taxonomy().len() as SkillIndex {
            let want: Vec<u32> = one
                .postings(skill)
                .filter(|&k| p.credits[usize::from(p.credit[k])] == OWN_CREDIT)
                .map(|k| p.resume[k])
                .collect();
            assert_eq!(one.owner[one.owners(skill)], want[..], "skill {skill}");
        }
        assert!(one.owner.len() > 20 && one.owner.len() < one.postings.resume.len());
        let bits = |v: &[f64]| v.iter().map(|y| y.to_bits()).collect::<Vec<_>>();
        for (workers, min_part) in [(2, 1), (3, 1), (4, 7), (2, usize::MAX)] {
            let parts = build(workers, min_part);
            assert_eq!(parts.offsets, one.offsets);
            assert_eq!(parts.postings.resume, one.postings.resume);
            assert_eq!(parts.postings.credit, one.postings.credit);
            assert_eq!(bits(&parts.postings.years), bits(&one.postings.years));
            assert_eq!(parts.own_offsets, one.own_offsets);
            assert_eq!(parts.owner, one.owner);
            assert_eq!(bits(&parts.own_weight), bits(&one.own_weight));
        }
    }

    #[test]
    fn texts_read_with_another_taxonomy_map_skills_by_id() {
        use crate::taxonomy::{Skill, SkillKind, Taxonomy};
        // The extractor knows a skill the matcher lacks; the matcher's taxonomy numbers
        // the skills they share differently.
        let base = Taxonomy::builtin();
        let flux = Skill::new("acme:flux", "Flux Capacitor", SkillKind::Tool);
        let ex = Extractor::new(
            Arc::new(base.extend(vec![flux], &[]).unwrap()),
            Default::default(),
        )
        .unwrap();
        let shared: Vec<Skill> = ["SQL", "Python"]
            .iter()
            .map(|name| {
                let s = base.find(name).unwrap();
                Skill::new(s.id.as_str(), s.name.as_str(), s.kind)
            })
            .collect();
        let m = Matcher::new(
            Arc::new(Taxonomy::from_skills(shared).unwrap()),
            Default::default(),
        )
        .unwrap();
        let today = YearMonth::new(2026, 11).unwrap();
        // The second resume has positions and a claim: its years are the positions'.
        let texts = [
            "Skills: Python, Flux Capacitor, SQL",
            "Summary\n12+ years of experience.\nExperience\nDeveloper, Acme | 2020 - 2022\n- Python\n",
            "Flux Capacitor only",
        ];
        let parsed: Vec<Resume> = texts.iter().map(|t| Resume::parse(t, &ex, today)).collect();
        let jobs: Vec<Job> = ["Requirements: Python and SQL, 3+ years.", "SQL"]
            .iter()
            .map(|t| Job::parse(t, &ex))
            .collect();
        for t in texts {
            assert_same_key(&m, &ex, t, today);
        }
        let mut b = m.index_builder(Some(1)).unwrap();
        b.add_texts(&ex, &texts, today);
        let from_texts = m.cdist_in(&b.finish().unwrap(), &jobs, Some(1)).unwrap();
        let from_parsed = m.cdist(&parsed, &jobs, Some(1)).unwrap();
        assert_eq!(from_texts, from_parsed);
        // The shared skills count, the other one does not.
        assert!(from_texts[0] > 0.0 && from_texts[2 * jobs.len()] == 0.0);
        assert_eq!(parsed[1].claimed_years, Some(12.0));
        assert!((m.resume_key(&parsed[1]).years - 2.0).abs() < 0.2);
    }
}
