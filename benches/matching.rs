//! Criterion benchmarks of matching: scoring pairs (`cdist`) and top-k without the matrix,
//! in both directions.
//!
//! Profiles are parsed from generated resumes and postings (`common/profiles.rs`: skills
//! drawn from the `[skills]` list of `benches/corpus_words.txt`, random years and degrees),
//! outside the measured loops.

#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use jobmatch::{Matcher, RankBy};

#[path = "common/profiles.rs"]
mod profiles;
use profiles::profiles;

fn bench_matching(c: &mut Criterion) {
    let m = Matcher::builtin();
    // The size the speed targets are stated for: 10,000 resumes by 1,000 jobs.
    let (resumes, jobs) = profiles(10_000, 1_000);
    let pairs = (resumes.len() * jobs.len()) as u64;
    let mut g = c.benchmark_group("matching");
    g.sample_size(10);
    g.throughput(Throughput::Elements(pairs));
    // From parsed profiles to the full matrix: resolving every profile included.
    for workers in [1i64, 2] {
        g.bench_with_input(
            BenchmarkId::new("cdist_10000x1000/workers", workers),
            &workers,
            |b, &w| b.iter(|| black_box(m.cdist(&resumes, &jobs, Some(w)).unwrap())),
        );
    }
    // Scoring pairs against an index built once, keeping the best 10 per job.
    let index = m.index(&resumes, Some(1)).unwrap();
    for workers in [1i64, 2] {
        g.bench_with_input(
            BenchmarkId::new("top10_in_index_10000x1000/workers", workers),
            &workers,
            |b, &w| b.iter(|| black_box(m.top_k_in(&index, &jobs, 10, Some(w)).unwrap())),
        );
    }
    // The same ranked by the mutual score (a second pass over the owners of the skills each
    // job uses).
    let mutual = Matcher::builtin().with_rank_by(RankBy::Mutual);
    g.bench_function("top10_in_index_10000x1000_mutual/workers/1", |b| {
        b.iter(|| black_box(mutual.top_k_in(&index, &jobs, 10, Some(1)).unwrap()))
    });
    // The other direction: the best 10 jobs for every resume (index and jobs included).
    for workers in [1i64, 2] {
        g.bench_with_input(
            BenchmarkId::new("top10_jobs_per_resume_10000x1000/workers", workers),
            &workers,
            |b, &w| b.iter(|| black_box(m.top_k_jobs(&resumes, &jobs, 10, Some(w)).unwrap())),
        );
    }
    g.throughput(Throughput::Elements(resumes.len() as u64));
    g.bench_function("index_10000_resumes", |b| {
        b.iter(|| black_box(m.index(&resumes, Some(1)).unwrap()))
    });
    g.finish();

    // One job against many parsed resumes (the index built once, outside the loop).
    let (many, one) = profiles(1_000_000, 1);
    let index = m.index(&many, Some(2)).unwrap();
    let mut g = c.benchmark_group("top_k_one_job");
    g.sample_size(10);
    g.bench_function("top10_of_1000000_resumes", |b| {
        b.iter(|| black_box(m.top_k_in(&index, &one, 10, Some(1)).unwrap()))
    });
    g.bench_function("top10_of_1000000_resumes_mutual", |b| {
        b.iter(|| black_box(mutual.top_k_in(&index, &one, 10, Some(1)).unwrap()))
    });
    g.bench_function("index_1000000_resumes", |b| {
        b.iter(|| black_box(m.index(&many, Some(1)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench_matching);
criterion_main!(benches);
