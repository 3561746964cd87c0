//! Parallel batch kernels.
//!
//! Each call that asks for more than one worker builds its own rayon pool and drops it when
//! done, so no global pool exists for a forked process (Spark, multiprocessing) to inherit
//! dead, and `workers` is honoured (up to one thread per core).

use rayon::prelude::*;

use crate::error::{Error, ErrorKind, Result};
use crate::extract::{Extractor, Mention};

/// How many worker threads a batch call uses: `None` or `Some(-1)` for every core, `Some(n)`
/// for `n` threads (see [`resolve_workers`]).
pub type Workers = Option<i64>;

/// Turns a user's `workers` into a thread count: `None` or `-1` means every core, a positive
/// number means that many threads but at most one per core (more threads than cores only
/// add the cost of starting them and of switching between them), anything else is an error.
pub fn resolve_workers(workers: Workers) -> Result<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match workers {
        None | Some(-1) => Ok(cores),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX).min(cores)),
        Some(n) => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("workers must be a positive number or -1 (all cores), got {n}"),
        )),
    }
}

/// A pool for one batch call: `None` inside means "run inline on the caller's thread".
pub(crate) struct Pool(Option<rayon::ThreadPool>);

impl Pool {
    /// A pool of `threads` threads (none when `threads <= 1`).
    pub(crate) fn new(threads: usize) -> Result<Pool> {
        if threads <= 1 {
            return Ok(Pool(None));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("jobmatch-{i}"))
            .build()
            .map(|p| Pool(Some(p)))
            .map_err(|e| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    format!("cannot start worker threads: {e}"),
                )
            })
    }

    /// Maps `f` over `items` in order, in parallel when the pool has threads.
    pub(crate) fn map<I: Sync, T: Send>(
        &self,
        items: &[I],
        f: impl Fn(&I) -> T + Sync + Send,
    ) -> Vec<T> {
        match &self.0 {
            None => items.iter().map(f).collect(),
            Some(pool) => pool.install(|| items.par_iter().with_min_len(4).map(f).collect()),
        }
    }
}

impl Pool {
    /// [`Pool::map`] with scratch state: `init` makes one for each run of items a thread
    /// takes, and `f` gets it with each item.
    pub(crate) fn map_init<I: Sync, T: Send, S>(
        &self,
        items: &[I],
        init: impl Fn() -> S + Sync + Send,
        f: impl Fn(&mut S, &I) -> T + Sync + Send,
    ) -> Vec<T> {
        match &self.0 {
            None => {
                let mut state = init();
                items.iter().map(|item| f(&mut state, item)).collect()
            }
            Some(pool) => pool.install(|| {
                items
                    .par_iter()
                    .with_min_len(4)
                    .map_init(init, |state, item| f(state, item))
                    .collect()
            }),
        }
    }

    /// How many threads work on the pool's calls (1 when they run on the caller's thread).
    pub(crate) fn threads(&self) -> usize {
        self.0
            .as_ref()
            .map_or(1, rayon::ThreadPool::current_num_threads)
    }

    /// Calls `f` with each of `items` (which it takes), in parallel when the pool has
    /// threads.
    pub(crate) fn each<T: Send>(&self, items: Vec<T>, f: impl Fn(T) + Sync + Send) {
        match &self.0 {
            None => items.into_iter().for_each(f),
            Some(pool) => pool.install(|| items.into_par_iter().for_each(f)),
        }
    }

    /// Calls `f(i, chunk)` for the `i`-th chunk of `chunk_len` items of `data` (the last
    /// may be shorter), in parallel when the pool has threads.
    pub(crate) fn chunks_mut<T: Send>(
        &self,
        data: &mut [T],
        chunk_len: usize,
        f: impl Fn(usize, &mut [T]) + Sync + Send,
    ) {
        let chunk_len = chunk_len.max(1);
        match &self.0 {
            None => data
                .chunks_mut(chunk_len)
                .enumerate()
                .for_each(|(i, c)| f(i, c)),
            Some(pool) => pool.install(|| {
                data.par_chunks_mut(chunk_len)
                    .enumerate()
                    .for_each(|(i, c)| f(i, c))
            }),
        }
    }
}

impl Extractor {
    /// Extracts skills from many texts in parallel; the result is in input order and is the
    /// same for any number of workers.
    ///
    /// ```
    /// use jobmatch::Extractor;
    /// let ex = Extractor::builtin();
    /// let out = ex.extract_many(&["Python and SQL", "", "Kubernetes"], Some(2)).unwrap();
    /// assert_eq!(out.iter().map(Vec::len).collect::<Vec<_>>(), [2, 0, 1]);
    /// ```
    pub fn extract_many<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        workers: Workers,
    ) -> Result<Vec<Vec<Mention>>> {
        let pool = Pool::new(resolve_workers(workers)?.min(texts.len().max(1)))?;
        Ok(pool.map(texts, |t| self.extract(t.as_ref())))
    }
}

impl Extractor {
    /// Parses many job postings in parallel; the result is in input order and the same for
    /// any number of workers.
    pub fn parse_jobs<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        workers: Workers,
    ) -> Result<Vec<crate::profile::Job>> {
        let pool = Pool::new(resolve_workers(workers)?.min(texts.len().max(1)))?;
        Ok(pool.map(texts, |t| crate::profile::Job::parse(t.as_ref(), self)))
    }

    /// Parses many resumes in parallel, "present" being `today`; in input order.
    pub fn parse_resumes<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        today: crate::profile::YearMonth,
        workers: Workers,
    ) -> Result<Vec<crate::profile::Resume>> {
        let pool = Pool::new(resolve_workers(workers)?.min(texts.len().max(1)))?;
        Ok(pool.map(texts, |t| {
            crate::profile::Resume::parse(t.as_ref(), self, today)
        }))
    }
}
