#!/usr/bin/env python3
"""Ranking quality: the example job postings against the Kaggle resume development set.

Usage::

    python benches/ranking.py [--data DIR]

For each of the 25 job postings the project wrote (``python/jobmatch/examples/jobs/``, one
per category of ``dev/kaggle-resumes/``), all development resumes are ranked by
``Matcher().cdist`` (the score), by ``Matcher(rank_by="mutual").cdist`` (the mutual score)
and, as the baseline, by TF-IDF cosine similarity on the same texts
(lower-cased ``\\w\\w+`` tokens, smoothed idf, l2-normalised, fitted on the jobs and resumes
together, like scikit-learn's defaults). A resume is relevant to a job when it is of the
job's category. Prints precision@5 and mean reciprocal rank (MRR) of the first relevant
resume, averaged over the jobs, for each; and both jobmatch scores again with
``listed_credit`` 0.75 and 1 (the least share of their credit that skills named without
years of use earn; the default is 0.5), with how many top-five places resumes with a
position read hold. Resumes are read from ``DIR`` at run time
(default: ``$JOBMATCH_DATA`` or ``../shared/data``) and never copied into the project.
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

import jobmatch
from devdata import add_data_argument

HERE = Path(__file__).resolve().parent
JOBS = HERE.parent / "python" / "jobmatch" / "examples" / "jobs"
TODAY = "2026-11-27"


def slug(category: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", category.lower()).strip("_")


def tfidf_scores(resumes: list[str], jobs: list[str]) -> np.ndarray:
    docs = [Counter(re.findall(r"\b\w\w+\b", t.lower())) for t in resumes + jobs]
    n = len(docs)
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    vocab = {w: i for i, w in enumerate(sorted(df))}
    idf = np.zeros(len(vocab))
    for w, i in vocab.items():
        idf[i] = math.log((1 + n) / (1 + df[w])) + 1
    mat = np.zeros((n, len(vocab)))
    for r, d in enumerate(docs):
        for w, c in d.items():
            mat[r, vocab[w]] = c * idf[vocab[w]]
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    mat = mat / np.where(norms == 0, 1, norms)
    return mat[: len(resumes)] @ mat[len(resumes):].T


def evaluate(scores: np.ndarray, resume_cats: list[str], job_cats: list[str],
             has_positions: list[bool]) -> tuple[float, float, int]:
    """Precision@5, MRR, and how many top-five places resumes with a position read hold."""
    p5, rr, with_positions = [], [], 0
    for j, cat in enumerate(job_cats):
        order = sorted(range(len(resume_cats)), key=lambda i: (-scores[i, j], i))
        rel = [resume_cats[i] == cat for i in order]
        p5.append(sum(rel[:5]) / 5)
        first = next((k for k, r in enumerate(rel, 1) if r), None)
        rr.append(1 / first if first else 0.0)
        with_positions += sum(has_positions[i] for i in order[:5])
    return float(np.mean(p5)), float(np.mean(rr)), with_positions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    args = parser.parse_args()
    path = args.data / "dev" / "kaggle-resumes" / "UpdatedResumeDataSet.dedup.csv"
    if not path.exists():
        print(f"no Kaggle resumes at {path}; nothing to measure", file=sys.stderr)
        return 0
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    resumes = [r["Resume_str"] for r in rows]
    resume_cats = [slug(r["Category"]) for r in rows]
    job_files = sorted(JOBS.glob("*.txt"))
    job_cats = [p.stem for p in job_files]
    missing = sorted(set(resume_cats) - set(job_cats))
    if missing:
        print(f"no example job for categories: {missing}", file=sys.stderr)
    jobs = [p.read_text(encoding="utf-8") for p in job_files]

    jobmatch.Matcher().score("Python", "Python")  # loads the taxonomy, outside the timings
    has_positions = [bool(cv.positions) for cv in jobmatch.parse_resumes(resumes, today=TODAY)]
    t = time.perf_counter()
    ours = jobmatch.Matcher().cdist(resumes, jobs, today=TODAY)
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    mutual = jobmatch.Matcher(rank_by="mutual").cdist(resumes, jobs, today=TODAY)
    t_mutual = time.perf_counter() - t
    # Skills named without years of use at another least share of their credit (the option
    # against skills lists that copy a posting; 1 counts them alike).
    listed = []
    for credit in (0.75, 1.0):
        for rank_by in ("score", "mutual"):
            m = jobmatch.Matcher(rank_by=rank_by, listed_credit=credit)
            t = time.perf_counter()
            s = m.cdist(resumes, jobs, today=TODAY)
            name = f"  listed_credit={credit}" + (", mutual" if rank_by == "mutual" else "")
            listed.append((name, s, time.perf_counter() - t))
    t = time.perf_counter()
    base = tfidf_scores(resumes, jobs)
    t_base = time.perf_counter() - t
    print(f"Kaggle dev resumes: {len(resumes)} in {len(set(resume_cats))} categories; "
          f"{len(jobs)} example jobs")
    print(f"{sum(has_positions)} resumes with a position read; 'pos@5': how many of the "
          f"{5 * len(jobs)} top-five places they hold")
    print(f"{'method':<28} {'precision@5':>11} {'MRR':>6} {'pos@5':>6} {'seconds':>8}")
    for name, s, secs in (("jobmatch Matcher", ours, t_ours),
                          ("jobmatch rank_by='mutual'", mutual, t_mutual),
                          *listed,
                          ("TF-IDF cosine", base, t_base)):
        p5, mrr, pos5 = evaluate(s, resume_cats, job_cats, has_positions)
        print(f"{name:<28} {p5:>11.3f} {mrr:>6.3f} {pos5:>6} {secs:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
