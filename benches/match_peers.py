#!/usr/bin/env python3
"""Time jobmatch's matching against two baselines: TF-IDF cosine and skill overlap.

Usage::

    pip install scikit-learn scipy numpy     # the baselines; jobmatch must be importable too
    python benches/match_peers.py [--resumes 10000] [--jobs 1000] [--workers N] [--repeat 1]
    python benches/match_peers.py --only tfidf  # one method in this process (used internally)

With a build in the source tree: ``PYTHONPATH=python python benches/match_peers.py``.

What it measures
----------------
The task is the same for every method: from raw text, the 10 best resumes for each job.

Documents are generated deterministically (``random.Random(--seed)``) from the example
texts shipped in the package (``python/jobmatch/examples/resumes/*.txt`` and ``jobs/*.txt``).
A generated resume keeps the section structure of a random example resume, its headings,
titles and date lines (so positions still parse; the years are shifted back by 0-5 years per
resume), and replaces, drops or adds bullet lines with lines sampled from the same kind of
section (experience, skills, summary, projects, ...) of every example resume. A generated job
does the same with the example postings (responsibilities, requirements, preferred, benefits,
about). They average about 3 KB (2-4.5 KB), like the examples; resumes are parsed with
``today="2026-11-27"``. jobmatch's top 10 from texts and from parsed profiles, with one
worker and with many, must be the same; the run says whether it was.

* jobmatch: ``Matcher().top_k(resume_texts, job_texts, k=10, workers=W)`` for W = 1 and
  W = ``--workers`` (parsing included); separately ``parse_resumes`` + ``parse_jobs``, and
  ``top_k`` on the parsed profiles. The one-time cost of loading the taxonomy and building
  the extractor (about 0.3 s per process) is paid before timing and reported on its own row.
* TF-IDF (scikit-learn): ``TfidfVectorizer()`` (l2-normalised rows) ``fit_transform`` on
  resumes + jobs, ``linear_kernel(jobs, resumes)`` (= cosine), then the top 10 per job with
  ``np.argpartition`` and a sort. Single-threaded, as scikit-learn is for this.
* Skill overlap (scipy): ``jobmatch.extract_skills_many`` on every text (W = ``--workers``),
  a binary CSR matrix of skill ids per document, ``jobs @ resumes.T`` (the number of shared
  skills) and the top 10 per job. The product is also reported as pairs per second.
* Scoring throughput on parsed profiles: ``Matcher().cdist(resumes, jobs, workers=W)`` (a
  dense float32 matrix) against the scipy product above. ``cdist`` runs on a subset of the
  resumes if the full matrix would exceed ``--max-matrix-gb``.

The baselines do less than jobmatch: no sections (TF-IDF and the overlap count use the whole
text, "about us" and benefits included), no required/preferred split, no years of
experience, no education, no partial credit through broader/related skills and no
explanations. They are the cheapest reasonable ways to get a ranking, not equivalents.

Each method runs in its own subprocess (``--only METHOD``), so that the peak resident set
size (``getrusage`` ``ru_maxrss``) reported for it is its own; the documents are generated
again in each subprocess, outside the timings, and the "base" column is the peak before the
method started (interpreter, imports, documents). Within one subprocess, peaks are
cumulative: a row's peak is the highest so far. Linux keeps ``ru_maxrss`` across fork and
exec, so the parent imports nothing heavy and generates nothing until the subprocesses are
done. ``--in-process`` runs everything in this process instead (peaks then cumulative over
all methods).

Every timing is the best of ``--repeat`` runs, with the garbage collector off during the run
(as ``timeit`` does). Throughput is documents per second (resumes + jobs) for rows that read
text, and resume-job pairs per second for scoring rows. The ratio column divides a row's
throughput by TF-IDF end to end's in the same unit (for pairs, TF-IDF's pairs/s is
resumes x jobs / its end-to-end seconds): above 1 is faster. 1 MB = 10^6 bytes.

The defaults take about 40 s on 2 cores (AMD EPYC, 2026-11-27), ``--repeat 3`` about 100 s.
On a shared or virtual machine single runs vary by up to 2x: quote figures from
``--repeat 3`` or more, and check the "cpu wait" (Linux pressure stall information) and
"steal" (hypervisor) lines, which say whether other work competed for the CPUs.
"""
from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

INSTALL_HINT = "pip install scikit-learn scipy numpy"
TODAY = "2026-11-27"
K = 10
RESULT_MARKER = "@@match_peers "
EXAMPLES = Path(__file__).resolve().parent.parent / "python" / "jobmatch" / "examples"
BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
UNITS = ("jobmatch-e2e-1", "jobmatch-e2e-n", "jobmatch-steps", "jobmatch-cdist", "tfidf", "skills")

# Section kinds by keywords in a heading (first match wins; lower-cased substring test).
RESUME_KINDS: Sequence[Tuple[str, Sequence[str]]] = (
    ("skills", ("skill", "competenc", "strength", "expertise")),
    ("experience", ("experience", "work history", "employment", "career history")),
    ("summary", ("summary", "profile", "about", "objective")),
    ("education", ("education", "academic")),
    ("projects", ("project",)),
    ("certifications", ("certification", "training", "course")),
    ("other", ("achievement", "language", "personal", "interest", "award")),
)
JOB_KINDS: Sequence[Tuple[str, Sequence[str]]] = (
    ("preferred", ("nice to have", "preferred", "bonus", "good to have", "desirable")),
    ("benefits", ("offer", "benefit", "perk", "compensation", "remuneration", "in it for you",
                  "salary", "why ")),
    ("requirements", ("requirement", "qualification", "need", "looking for", "you have",
                      "your profile", "who you are", "bring", "must")),
    ("responsibilities", ("responsib", "you'll do", "you will", "you'll be doing", "your tasks",
                          "you'll own", "the role", "duties", "day to day", "work on")),
    ("about", ("about", "who we are", "the team", "organisation", "company")),
)
# Which lines of a section may be swapped, dropped or added: "bullets" or "all" non-blank.
RESUME_SWAP = {"skills": "all", "summary": "all", "experience": "bullets",
               "projects": "bullets", "certifications": "bullets", "other": "bullets"}
JOB_SWAP = {"preferred": "bullets", "benefits": "bullets", "requirements": "bullets",
            "responsibilities": "bullets", "about": "all"}

# Parsed document: list of (section kind or "", line, swappable).
Parsed = List[Tuple[str, str, bool]]


# --------------------------------------------------------------------------- documents


def heading_kind(line: str, prev_blank: bool, kinds: Sequence[Tuple[str, Sequence[str]]]) -> str:
    """The section kind a line opens, or "" when it is not a heading."""
    stripped = line.strip().strip("#*").strip()
    if not stripped or not prev_blank or BULLET.match(line) or len(stripped.split()) > 6:
        return ""
    head, _, rest = stripped.partition(":")
    if rest.strip():
        return ""
    low = head.lower() + " "
    for kind, words in kinds:
        if any(w in low for w in words):
            return kind
    return ""


def parse_example(text: str, kinds: Sequence[Tuple[str, Sequence[str]]],
                  swap: Dict[str, str]) -> Parsed:
    out: Parsed = []
    kind = ""
    prev_blank = True
    for line in text.splitlines():
        new = heading_kind(line, prev_blank, kinds)
        if new:
            kind = new
            out.append(("", line, False))
        else:
            mode = swap.get(kind)
            swappable = bool(line.strip()) and (
                mode == "all" or (mode == "bullets" and BULLET.match(line) is not None))
            out.append((kind, line, swappable))
        prev_blank = not line.strip()
    return out


def load_examples(sub: str, kinds: Sequence[Tuple[str, Sequence[str]]],
                  swap: Dict[str, str]) -> Tuple[List[Parsed], Dict[str, List[str]]]:
    files = sorted((EXAMPLES / sub).glob("*.txt"))
    if not files:
        raise SystemExit(f"no example texts in {EXAMPLES / sub}")
    parsed = [parse_example(f.read_text(encoding="utf-8"), kinds, swap) for f in files]
    pools: Dict[str, List[str]] = {}
    for doc in parsed:
        for kind, line, swappable in doc:
            if swappable:
                pools.setdefault(kind, []).append(line)
    return parsed, pools


def shift_years(line: str, delta: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) - delta), line) if delta else line


def generate(rng: random.Random, base: Parsed, pools: Dict[str, List[str]],
             shift_kind: Optional[str], delta: int,
             p_drop: float = 0.15, p_swap: float = 0.6, p_add: float = 0.12) -> str:
    out: List[str] = []
    for kind, line, swappable in base:
        if not swappable:
            if kind == shift_kind and not BULLET.match(line):
                line = shift_years(line, delta)  # a date line (or a title): keep it parseable
            out.append(line)
            continue
        r = rng.random()
        if r < p_drop:
            continue
        out.append(rng.choice(pools[kind]) if r < p_drop + p_swap else line)
        if rng.random() < p_add:
            out.append(rng.choice(pools[kind]))
    return "\n".join(out) + "\n"


def make_documents(n_resumes: int, n_jobs: int, seed: int) -> Tuple[List[str], List[str]]:
    """`n_resumes` resumes and `n_jobs` postings, the same for the same arguments."""
    rng = random.Random(seed)
    res_base, res_pools = load_examples("resumes", RESUME_KINDS, RESUME_SWAP)
    job_base, job_pools = load_examples("jobs", JOB_KINDS, JOB_SWAP)
    resumes = [generate(rng, rng.choice(res_base), res_pools, "experience", rng.randrange(6))
               for _ in range(n_resumes)]
    jobs = [generate(rng, rng.choice(job_base), job_pools, None, 0) for _ in range(n_jobs)]
    return resumes, jobs


# --------------------------------------------------------------------------- measuring


def best_of(fn: Callable[[], Any], repeat: int) -> Tuple[float, Any]:
    """Best wall time of `repeat` calls of `fn`, garbage collector off; and the last result."""
    best = float("inf")
    result = None
    for _ in range(max(1, repeat)):
        result = None
        gc.collect()
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            t0 = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - t0
        finally:
            if was_enabled:
                gc.enable()
        best = min(best, elapsed)
    return best, result


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6  # bytes vs KiB


def top_k_rows(scores: Any, k: int) -> Any:
    """Column indices of the `k` largest entries of each row, best first."""
    import numpy as np

    n = scores.shape[1]
    k = min(k, n)
    part = np.argpartition(scores, n - k, axis=1)[:, n - k:]
    order = np.argsort(-np.take_along_axis(scores, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)


def digest(idx: Any) -> str:
    import numpy as np

    return hashlib.sha1(np.ascontiguousarray(idx, dtype=np.int64).tobytes()).hexdigest()[:12]


def row(section: str, method: str, includes: str, seconds: float, docs: int = 0,
        pairs: int = 0, **extra: Any) -> Dict[str, Any]:
    out = {"section": section, "method": method, "includes": includes, "seconds": seconds,
           "docs": docs, "pairs": pairs, "peak_mb": peak_rss_mb()}
    out.update(extra)
    return out


def missing_modules(names: Sequence[str]) -> List[str]:
    """The modules of `names` that cannot be imported (found without importing them)."""
    from importlib.util import find_spec

    return [name for name in names if find_spec(name) is None]


# --------------------------------------------------------------------------- methods


def warm_jobmatch() -> Tuple[Any, Any, float]:
    """Import jobmatch and build the extractor (once per process); the time it took."""
    t0 = time.perf_counter()
    import jobmatch

    matcher = jobmatch.Matcher()
    matcher.top_k(["Python developer"], ["Python"], k=1, workers=1, today=TODAY)
    return jobmatch, matcher, time.perf_counter() - t0


def run_jobmatch_e2e(resumes: List[str], jobs: List[str], workers: int,
                     repeat: int) -> List[Dict[str, Any]]:
    _, matcher, setup = warm_jobmatch()
    rows = []
    if workers == 1:
        rows.append(row("steps", "jobmatch setup (once per process)",
                        "import, taxonomy, extractor", setup))
    seconds, (idx, _) = best_of(
        lambda: matcher.top_k(resumes, jobs, k=K, workers=workers, today=TODAY), repeat)
    rows.insert(0, row("end to end", f"jobmatch top_k(texts), W={workers}",
                       "parse + score every pair + top-10", seconds,
                       docs=len(resumes) + len(jobs), pairs=len(resumes) * len(jobs),
                       digest=digest(idx)))
    return rows


def run_jobmatch_steps(resumes: List[str], jobs: List[str], workers: int,
                       repeat: int) -> List[Dict[str, Any]]:
    jobmatch, matcher, _ = warm_jobmatch()
    rows: List[Dict[str, Any]] = []
    n_docs, n_pairs = len(resumes) + len(jobs), len(resumes) * len(jobs)
    parsed: Tuple[Any, Any] = ([], [])
    for w in worker_list(workers):
        parsed = ([], [])  # let the previous profiles go before parsing again
        seconds, parsed = best_of(lambda: (
            jobmatch.parse_resumes(resumes, today=TODAY, workers=w),
            jobmatch.parse_jobs(jobs, workers=w)), repeat)
        rows.append(row("steps", f"jobmatch parse_resumes + parse_jobs, W={w}",
                        "sections, positions, skills, years, education", seconds,
                        docs=n_docs))
    cvs, posts = parsed
    for w in worker_list(workers):
        seconds, (idx, _) = best_of(
            lambda: matcher.top_k(cvs, posts, k=K, workers=w, today=TODAY), repeat)
        rows.append(row("steps", f"jobmatch top_k(parsed), W={w}",
                        "score every pair + top-10", seconds, pairs=n_pairs,
                        digest=digest(idx)))
    return rows


def run_jobmatch_cdist(resumes: List[str], jobs: List[str], workers: int, repeat: int,
                       max_gb: float) -> List[Dict[str, Any]]:
    jobmatch, matcher, _ = warm_jobmatch()
    cvs = jobmatch.parse_resumes(resumes, today=TODAY, workers=workers)
    posts = jobmatch.parse_jobs(jobs, workers=workers)
    n_res = min(len(cvs), max(1, int(max_gb * 1e9 / 4 / max(1, len(posts)))))
    cvs = cvs[:n_res]
    label = "" if n_res == len(resumes) else f" ({n_res:,} resumes)"
    rows = []
    for w in worker_list(workers):
        seconds, scores = best_of(
            lambda: matcher.cdist(cvs, posts, workers=w, today=TODAY), repeat)
        rows.append(row("scoring", f"jobmatch cdist(parsed), W={w}{label}",
                        f"dense float32 {scores.shape[0]:,}x{scores.shape[1]:,}", seconds,
                        pairs=scores.size))
        del scores
    return rows


def run_tfidf(resumes: List[str], jobs: List[str], repeat: int) -> List[Dict[str, Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    n = len(resumes)
    n_docs, n_pairs = n + len(jobs), n * len(jobs)

    def fit() -> Any:
        return TfidfVectorizer(norm="l2").fit_transform(resumes + jobs)

    def rank(x: Any) -> Any:
        # Rows are l2-normalised, so the linear kernel is the cosine.
        return top_k_rows(linear_kernel(x[n:], x[:n]), K)

    def end_to_end() -> Any:
        return rank(fit())

    seconds, idx = best_of(end_to_end, repeat)
    # Each step on its own, best of `repeat`.
    fit_s, x = best_of(fit, repeat)
    rank_s, _ = best_of(lambda: rank(x), repeat)
    return [
        row("end to end", "TF-IDF + cosine (scikit-learn)",
            "fit_transform + linear_kernel + top-10", seconds, docs=n_docs, pairs=n_pairs,
            digest=digest(idx)),
        row("steps", "TF-IDF fit_transform", f"tokenise, {x.shape[1]:,} terms, idf, l2",
            fit_s, docs=n_docs),
        row("steps", "TF-IDF linear_kernel + top-10", "sparse x sparse -> dense float64",
            rank_s, pairs=n_pairs),
    ]


def skill_matrix(mentions: List[List[Any]]) -> Any:
    """Binary CSR matrix, one row per document, one column per skill id."""
    import numpy as np
    from scipy.sparse import csr_matrix

    ids: Dict[str, int] = {}
    indptr = [0]
    indices: List[int] = []
    for doc in mentions:
        cols = {ids.setdefault(m.skill_id, len(ids)) for m in doc}
        indices.extend(sorted(cols))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.int32)
    return csr_matrix((data, np.asarray(indices, dtype=np.int32),
                       np.asarray(indptr, dtype=np.int64)), shape=(len(mentions), len(ids)))


def run_skills(resumes: List[str], jobs: List[str], workers: int,
               repeat: int) -> List[Dict[str, Any]]:
    import jobmatch

    jobmatch.extract_skills("Python")  # build the extractor outside the timings
    n = len(resumes)
    n_docs, n_pairs = n + len(jobs), n * len(jobs)
    texts = resumes + jobs

    def end_to_end() -> Any:
        m = skill_matrix(jobmatch.extract_skills_many(texts, workers=workers))
        return top_k_rows((m[n:] @ m[:n].T).toarray(), K)

    seconds, idx = best_of(end_to_end, repeat)
    # Each step on its own, best of `repeat`.
    extract_s, mentions = best_of(
        lambda: jobmatch.extract_skills_many(texts, workers=workers), repeat)
    csr_s, m = best_of(lambda: skill_matrix(mentions), repeat)
    del mentions
    r, j = m[:n], m[n:]
    prod_s, overlap = best_of(lambda: j @ r.T, repeat)
    top_s, _ = best_of(lambda: top_k_rows(overlap.toarray(), K), repeat)
    fill = overlap.nnz / max(1, n_pairs)
    return [
        row("end to end", f"skill overlap (jobmatch extract + scipy), W={workers}",
            "extract_skills_many + CSR + J@R.T + top-10", seconds, docs=n_docs, pairs=n_pairs,
            digest=digest(idx)),
        row("steps", f"jobmatch extract_skills_many, W={workers}",
            f"mentions only; {m.shape[1]:,} skills, {m.nnz / m.shape[0]:.0f}/doc", extract_s,
            docs=n_docs),
        row("steps", "binary CSR matrices from mentions", "Python loop over Mention objects",
            csr_s, docs=n_docs),
        row("steps", "dense overlap + top-10", "toarray + argpartition + sort", top_s,
            pairs=n_pairs),
        row("scoring", "scipy sparse J @ R.T (overlap counts)",
            f"sparse int32 result, {fill:.0%} non-zero", prod_s, pairs=n_pairs),
    ]


def worker_list(workers: int) -> List[int]:
    return [1] if workers <= 1 else [1, workers]


def run_unit(unit: str, args: argparse.Namespace) -> Dict[str, Any]:
    """Generate the documents and run one method; its rows and the peak RSS before it.

    The libraries the method uses are imported before the documents are generated, so that
    the base (the peak before the method) covers the interpreter, imports and documents.
    """
    extra = {"tfidf": ["scipy", "sklearn"], "skills": ["scipy"]}.get(unit, [])
    need = ["numpy", "jobmatch"] + extra
    missing = missing_modules(need)
    if missing:
        return {"unit": unit, "rows": [], "skipped": f"{', '.join(missing)} not installed"}
    try:
        for name in need:
            __import__(name)
        if unit == "tfidf":
            import sklearn.feature_extraction.text  # noqa: F401
            import sklearn.metrics.pairwise  # noqa: F401
        if unit == "skills":
            import scipy.sparse  # noqa: F401
    except ImportError as e:
        return {"unit": unit, "rows": [], "skipped": f"cannot import: {e}"}
    resumes, jobs = make_documents(args.resumes, args.jobs, args.seed)
    sizes = {"res_bytes": sum(len(t.encode("utf-8")) for t in resumes),
             "job_bytes": sum(len(t.encode("utf-8")) for t in jobs)}
    base = peak_rss_mb()
    if unit == "jobmatch-e2e-1":
        rows = run_jobmatch_e2e(resumes, jobs, 1, args.repeat)
    elif unit == "jobmatch-e2e-n":
        rows = run_jobmatch_e2e(resumes, jobs, args.workers, args.repeat) \
            if args.workers > 1 else []
    elif unit == "jobmatch-steps":
        rows = run_jobmatch_steps(resumes, jobs, args.workers, args.repeat)
    elif unit == "jobmatch-cdist":
        rows = run_jobmatch_cdist(resumes, jobs, args.workers, args.repeat, args.max_matrix_gb)
    elif unit == "tfidf":
        rows = run_tfidf(resumes, jobs, args.repeat)
    elif unit == "skills":
        rows = run_skills(resumes, jobs, args.workers, args.repeat)
    else:
        raise SystemExit(f"unknown method {unit!r}; one of {', '.join(UNITS)}")
    for r in rows:
        r["unit"] = unit
        r["base_mb"] = base
    return dict(sizes, unit=unit, base_mb=base, rows=rows)


def run_in_subprocess(unit: str, args: argparse.Namespace) -> Dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--only", unit,
           "--resumes", str(args.resumes), "--jobs", str(args.jobs),
           "--workers", str(args.workers), "--repeat", str(args.repeat),
           "--seed", str(args.seed), "--max-matrix-gb", str(args.max_matrix_gb)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER):])
    sys.stderr.write(proc.stderr)
    return {"unit": unit, "rows": [], "skipped": f"subprocess failed (exit {proc.returncode})"}


# --------------------------------------------------------------------------- report


def package_version(dist: str) -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - Python < 3.8
        return "?"
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def cpu_pressure() -> Optional[str]:
    """Linux PSI: the share of time some runnable task waited for a CPU (avg10, avg60)."""
    try:
        with open("/proc/pressure/cpu", encoding="utf-8") as f:
            fields = dict(kv.split("=") for kv in f.readline().split()[1:])
        return f"{fields['avg10']}% (10 s), {fields['avg60']}% (60 s)"
    except (OSError, KeyError, ValueError):
        return None


def cpu_times() -> Optional[List[int]]:
    """The machine's CPU time counters of /proc/stat (user, nice, system, idle, iowait, irq,
    softirq, steal), Linux only."""
    try:
        with open("/proc/stat", encoding="utf-8") as f:
            return [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return None


def steal_share(before: Optional[List[int]], after: Optional[List[int]]) -> Optional[float]:
    """Share of the machine's CPU time the hypervisor gave to others between two readings."""
    if not before or not after or len(before) < 8 or len(after) < 8:
        return None
    total = sum(after) - sum(before)
    return (after[7] - before[7]) / total if total > 0 else None


def machine_info(load: Optional[Tuple[float, float, float]],
                 pressure: Tuple[Optional[str], Optional[str]],
                 steal: Optional[float]) -> List[str]:
    import jobmatch

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    affinity = getattr(os, "sched_getaffinity", None)  # Linux only
    usable = len(affinity(0)) if affinity else os.cpu_count() or 1
    versions = [f"jobmatch {jobmatch.__version__} ({Path(jobmatch.__file__).parent})"]
    versions += [f"{d} {package_version(d)}" for d in ("numpy", "scikit-learn", "scipy")]
    lines = [
        f"date:     {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine:  {platform.platform()}; {cpu}",
        f"cpus:     {os.cpu_count()} logical, {usable} usable by this process",
        f"python:   {platform.python_implementation()} {platform.python_version()} "
        f"({sys.executable})",
        f"versions: {'; '.join(versions)}",
    ]
    if load is not None:
        lines.append(f"load:     {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min, "
                     "before the run)")
        if load[0] >= 0.5 * usable:
            lines.append("warning:  the machine is busy; the timings below are not reliable")
    if pressure[0] or pressure[1]:
        lines.append(f"cpu wait: {pressure[0]} before the run; {pressure[1]} after, "
                     "its own threads included (/proc/pressure/cpu)")
    if steal is not None:
        lines.append(f"steal:    {steal:.1%} of the CPU time during the run went to other "
                     "virtual machines (/proc/stat)")
    # The pressure after the run includes the benchmark's own threads; only the one before
    # says something about other work.
    if (pressure[0] and float(pressure[0].split("%")[0]) >= 5) or (steal or 0) >= 0.05:
        lines.append("warning:  other work competed for the CPUs; the timings are not reliable")
    return lines


def throughput(r: Dict[str, Any]) -> Tuple[float, str]:
    if r["docs"]:
        return r["docs"] / r["seconds"], "docs/s"
    if r["pairs"]:
        return r["pairs"] / r["seconds"], "pairs/s"
    return 0.0, ""


def fmt_rate(value: float, unit: str) -> str:
    if not unit:
        return ""
    if value >= 1e6:
        return f"{value / 1e6:,.1f} M {unit}"
    if value >= 1e4:
        return f"{value / 1e3:,.0f} k {unit}"
    return f"{value:,.0f} {unit}"


def print_table(rows: List[Dict[str, Any]], n_docs: int, n_pairs: int) -> None:
    ref = next((r for r in rows if r["method"].startswith("TF-IDF +")), None)
    ref_rate = {"docs/s": n_docs / ref["seconds"], "pairs/s": n_pairs / ref["seconds"]} \
        if ref else {}
    head = ("method", "includes", "s", "throughput", "vs TF-IDF", "peak RSS MB (base)")
    table = []
    for section in ("end to end", "steps", "scoring"):
        table.append(None)
        table.append((section.upper(),) + ("",) * 5)
        for r in rows:
            if r["section"] != section:
                continue
            value, unit = throughput(r)
            ratio = f"{value / ref_rate[unit]:.2f}x" if unit in ref_rate else ""
            table.append((r["method"], r["includes"], f"{r['seconds']:.3f}",
                          fmt_rate(value, unit), ratio,
                          f"{r['peak_mb']:,.0f} ({r['base_mb']:,.0f})"))
    widths = [max(len(head[i]), *(len(t[i]) for t in table if t)) for i in range(len(head))]
    right = (False, False, True, True, True, True)

    def line(cells: Sequence[str]) -> str:
        return " | ".join(c.rjust(w) if rj else c.ljust(w)
                          for c, w, rj in zip(cells, widths, right)).rstrip()

    print(line(head))
    print("-+-".join("-" * w for w in widths))
    for t in table[1:]:
        print("" if t is None else line(t))


def main(argv: Optional[Sequence[str]] = None) -> int:
    default_workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else (os.cpu_count() or 1)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--resumes", type=int, default=10000, help="resumes (default 10000)")
    p.add_argument("--jobs", type=int, default=1000, help="job postings (default 1000)")
    p.add_argument("--workers", type=int, default=default_workers,
                   help=f"workers for the parallel rows (default: all, {default_workers})")
    p.add_argument("--repeat", type=int, default=1, help="best of this many runs (default 1)")
    p.add_argument("--seed", type=int, default=42, help="seed of the generator (default 42)")
    p.add_argument("--max-matrix-gb", type=float, default=2.0,
                   help="largest cdist matrix; a subset of resumes beyond (default 2)")
    p.add_argument("--only", metavar="METHOD", choices=UNITS,
                   help=f"run one method in this process and print its result as JSON: "
                        f"{', '.join(UNITS)}")
    p.add_argument("--in-process", action="store_true",
                   help="run every method in this process (peak RSS is then cumulative)")
    args = p.parse_args(argv)
    if args.resumes < 1 or args.jobs < 1 or args.workers < 1 or args.repeat < 1:
        p.error("--resumes, --jobs, --workers and --repeat must be at least 1")

    if args.only:
        print(RESULT_MARKER + json.dumps(run_unit(args.only, args)), flush=True)
        return 0

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    pressure_before = cpu_pressure()
    times_before = cpu_times()
    # The parent stays small until the methods have run: Linux keeps ru_maxrss across fork
    # and exec, so a child's peak would start at the parent's resident size.
    missing = missing_modules(["numpy", "jobmatch"])
    if missing:
        print(f"{', '.join(missing)} cannot be imported; numpy: {INSTALL_HINT}; jobmatch: "
              "pip install . (or PYTHONPATH=python with a build in the tree)", file=sys.stderr)
        return 1
    missing = missing_modules(["sklearn", "scipy"])
    if missing:
        print(f"{', '.join(missing)} not installed: the TF-IDF and skill-overlap rows are "
              f"skipped; install them with: {INSTALL_HINT}", file=sys.stderr)

    rows: List[Dict[str, Any]] = []
    skipped: List[str] = []
    sizes: Dict[str, int] = {}
    for unit in UNITS:
        if unit == "jobmatch-e2e-n" and args.workers == 1:
            continue
        t0 = time.perf_counter()
        print(f"running {unit} ...", end="", file=sys.stderr, flush=True)
        result = run_unit(unit, args) if args.in_process else run_in_subprocess(unit, args)
        print(f" {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
        rows.extend(result["rows"])
        if result.get("skipped"):
            skipped.append(f"{unit}: {result['skipped']}")
        if "res_bytes" in result:
            sizes = {"res_bytes": result["res_bytes"], "job_bytes": result["job_bytes"]}
    print(file=sys.stderr, flush=True)
    times_after = cpu_times()

    res_bytes, job_bytes = sizes.get("res_bytes", 0), sizes.get("job_bytes", 0)
    n_docs, n_pairs = args.resumes + args.jobs, args.resumes * args.jobs
    print("jobmatch matching vs TF-IDF cosine (scikit-learn) and skill overlap (scipy)")
    for info in machine_info(load, (pressure_before, cpu_pressure()),
                             steal_share(times_before, times_after)):
        print(info)
    print(f"data:     {args.resumes:,} resumes ({res_bytes / 1e6:.1f} MB, "
          f"{res_bytes / args.resumes / 1e3:.1f} KB each) and {args.jobs:,} jobs "
          f"({job_bytes / 1e6:.1f} MB, {job_bytes / args.jobs / 1e3:.1f} KB each), "
          f"{(res_bytes + job_bytes) / 1e6:.1f} MB in all; {n_pairs:,} pairs; "
          f"seed {args.seed}")
    print(f"run:      top-{K} resumes per job; workers {args.workers}; best of {args.repeat}; "
          f"{'one process' if args.in_process else 'one subprocess per method'}")
    print()

    print_table(rows, n_docs, n_pairs)
    print()
    jm = {r["digest"] for r in rows if r["method"].startswith("jobmatch top_k")}
    if jm:
        print(f"jobmatch top-{K}: {'identical' if len(jm) == 1 else 'DIFFERENT'} across "
              f"worker counts and texts vs parsed profiles (sha1 {', '.join(sorted(jm))})")
    print("Notes:")
    print("- The baselines do less than jobmatch: no sections, no required/preferred split, no")
    print("  years of experience, no education, no partial credit through broader or related")
    print("  skills, no explanations. TF-IDF and the overlap count read the whole text.")
    print("- vs TF-IDF: this row's throughput / TF-IDF end to end's in the same unit (docs/s, or")
    print("  pairs/s as resumes x jobs / its seconds); above 1 is faster.")
    if args.in_process:
        print("- peak RSS: getrusage ru_maxrss of this one process, cumulative over the methods;")
    else:
        print("- peak RSS: getrusage ru_maxrss of each method's own subprocess after the row")
        print("  (cumulative within a subprocess); base = peak before the method started")
        print("  (interpreter, imports, generated documents).")
    print("- jobmatch end to end excludes the one-time setup row (paid once per process).")
    if skipped:
        print(f"- skipped: {'; '.join(skipped)}. Install the baselines with: {INSTALL_HINT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
