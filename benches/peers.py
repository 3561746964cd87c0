#!/usr/bin/env python3
"""Throughput of jobmatch's skill extraction against flashtext2 and pyahocorasick.

Usage::

    pip install flashtext2 pyahocorasick      # the peers; jobmatch must be importable too
    python benches/peers.py [--mib 2] [--docs 1000] [--repeat 3] [--workers N]
    python benches/peers.py --write-corpus corpus.txt   # write the corpus and exit

What it measures
----------------
The text is the synthetic job-posting corpus of ``benches/extract.rs`` (the criterion
bench), made by the same generator ported byte for byte from Rust: the vocabulary of
``benches/corpus_words.txt``, a 64-bit LCG (seed 42), about one token in eight a skill
phrase from the ``[skills]`` section, sentences of 8-23 tokens, a newline every 4
sentences. ``--mib 2`` gives the criterion bench's 2 MiB text; its SHA-256 is printed so
that the two can be compared. For the batch modes the corpus is cut at sentence ends into
``--docs`` documents of about equal size (no skill phrase is split); ``--mib 2 --docs 512``
gives the 4 KiB documents of the criterion bench.

All three libraries get the same dictionary: every surface form of jobmatch's built-in
taxonomy (``Taxonomy.builtin().surface_forms()``, about 110,000 forms).

* jobmatch: ``extract_skills(text)`` on the whole corpus, ``extract_skills_many(docs,
  workers=1)``, and ``extract_skills_many(docs, workers=--workers)``. Results are lists of
  ``Mention`` objects (skill, offsets, text).
* flashtext2: ``KeywordProcessor(case_sensitive=False)`` with every form (its "clean word"
  is the form's index), ``extract_keywords`` on the whole text and on each document in a
  Python loop. flashtext2 matches whole UAX #29 word tokens, longest match first.
* pyahocorasick: an ``Automaton`` of the lower-cased forms, ``iter`` over the lower-cased
  text, then in Python what it takes to give comparable output: a word-boundary filter
  (the characters before and after a match must not be letters, digits or ``_``, the core
  of jobmatch's rule) and leftmost-longest selection of non-overlapping matches.

Build costs are reported too: for jobmatch, the import and the first ``SkillExtractor()``
(taxonomy parse plus build) timed in a fresh interpreter, since that is what each process
pays once; for the peers, adding the forms (already in memory) and compiling.

Every timing is the best of ``--repeat`` runs, with the garbage collector off during the
run (as ``timeit`` does). MB/s counts UTF-8 bytes of input, 1 MB = 10^6 bytes (divide by
1.048576 for MiB/s). The ratio columns divide a row's throughput by the peer's throughput
on the same input shape: whole-text rows by the peer's whole-text row, document rows by
the peer's per-document row; the peers run on one thread.

Mention counts differ between the libraries by design: jobmatch accepts a risky form
(ordinary words such as "interview" or "Go", and short forms such as "R") only with
supporting context or its usual casing, while the peers match every form, case-insensitively.
"""
from __future__ import annotations

import argparse
import bisect
import datetime
import functools
import gc
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

CORPUS_WORDS = Path(__file__).resolve().parent / "corpus_words.txt"
MIB = 1 << 20
LCG_MUL = 6364136223846793005
LCG_ADD = 1442695040888963407
MASK64 = (1 << 64) - 1
# Rust's `char::is_whitespace` (Unicode White_Space), used by `str::split_whitespace`.
# Python's `str.split()` also splits at \x1c-\x1f, so it is not used for the port.
RUST_WHITESPACE = re.compile(
    "[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
INSTALL_HINT = "pip install flashtext2 pyahocorasick"

# A surface form as the benchmark uses it: (form, skill id, needs context in jobmatch).
Form = Tuple[str, str, bool]


class Row(NamedTuple):
    """One line of the throughput table."""

    name: str  # the library measured
    mode: str
    shape: str  # "text" or "docs": which peer row the ratios compare with
    seconds: float
    nbytes: int
    mentions: int

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / self.seconds / 1e6


# --------------------------------------------------------------------------- corpus


def rust_lines(text: str) -> List[str]:
    """Rust's `str::lines`: lines end at "\\n" or "\\r\\n"; the last "\\n" is optional."""
    lines = text.split("\n")
    last = lines.pop()  # after the last "\n": kept, "\r" and all, unless empty
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    return lines + [last] if last else lines


def read_vocabulary(path: Path) -> Tuple[List[str], List[str]]:
    """Filler words and skill phrases of `corpus_words.txt`, as `extract.rs` reads them."""
    filler: List[str] = []
    skills: List[str] = []
    in_skills = False
    for line in rust_lines(path.read_text(encoding="utf-8")):
        if line.startswith("#"):
            continue
        if line == "[skills]":
            in_skills = True
        elif in_skills:
            skills.append(line)
        else:
            filler.extend(w for w in RUST_WHITESPACE.split(line) if w)
    if not filler or not skills:
        raise SystemExit(f"{path}: needs filler words and a [skills] section")
    return filler, skills


def generate_corpus(target_bytes: int, filler: Sequence[str], skills: Sequence[str]) -> str:
    """The corpus of `benches/extract.rs::corpus`, byte for byte.

    The loop stops at the first sentence end at or past `target_bytes` UTF-8 bytes.
    """
    filler_len = [len(w.encode("utf-8")) for w in filler]
    skill_len = [len(w.encode("utf-8")) for w in skills]
    n_filler, n_skills = len(filler), len(skills)
    x = 42
    out: List[str] = []
    size = 0
    sentence = 0
    while size < target_bytes:
        x = (x * LCG_MUL + LCG_ADD) & MASK64
        length = 8 + (x >> 33) % 16
        for i in range(length):
            if i > 0:
                out.append(" ")
                size += 1
            x = (x * LCG_MUL + LCG_ADD) & MASK64
            if (x >> 33) % 8 == 0:
                x = (x * LCG_MUL + LCG_ADD) & MASK64
                k = (x >> 33) % n_skills
                out.append(skills[k])
                size += skill_len[k]
            else:
                x = (x * LCG_MUL + LCG_ADD) & MASK64
                k = (x >> 33) % n_filler
                out.append(filler[k])
                size += filler_len[k]
        out.append(".")
        sentence += 1
        out.append("\n" if sentence % 4 == 0 else " ")
        size += 2
    return "".join(out)


def split_documents(text: str, n_docs: int) -> List[str]:
    """Cut `text` into about `n_docs` pieces of about equal size, at sentence ends.

    A sentence ends with "." and the following space or newline; cutting there never splits
    a skill phrase. The pieces, joined, give `text` back.
    """
    ends = [m.end() for m in re.finditer(r"\.[ \n]", text)]
    cuts = [0]
    for i in range(1, n_docs):
        target = len(text) * i // n_docs
        j = bisect.bisect_right(ends, target)
        if j and ends[j - 1] > cuts[-1]:
            cuts.append(ends[j - 1])
    if cuts[-1] < len(text):
        cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


# --------------------------------------------------------------------------- timing


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


def fresh_process_build(repeat: int) -> Dict[str, float]:
    """Import time and first/second `SkillExtractor()` time in fresh interpreters (best of)."""
    code = (
        "import json, time\n"
        "t0 = time.perf_counter()\n"
        "import jobmatch\n"
        "t1 = time.perf_counter()\n"
        "jobmatch.SkillExtractor()\n"
        "t2 = time.perf_counter()\n"
        "jobmatch.SkillExtractor()\n"
        "t3 = time.perf_counter()\n"
        "print(json.dumps({'import': t1 - t0, 'first': t2 - t1, 'again': t3 - t2}))\n"
    )
    best: Dict[str, float] = {}
    for _ in range(max(1, repeat)):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
        for key, value in json.loads(out.strip().splitlines()[-1]).items():
            best[key] = min(best.get(key, float("inf")), value)
    return best


# --------------------------------------------------------------------------- libraries


def load_forms(jobmatch: Any) -> List[Form]:
    """The built-in taxonomy's surface forms, trimmed, with jobmatch's notion of risky.

    jobmatch needs context for forms flagged risky and for alphanumeric forms of at most 2
    bytes ("R", "Go", "ML"); see `src/extract/skills.rs`.
    """
    forms: List[Form] = []
    for form, skill_id, risky in jobmatch.Taxonomy.builtin().surface_forms():
        form = form.strip()
        if form:
            short = len(form.encode("utf-8")) <= 2 and form.isalnum()
            forms.append((form, str(skill_id), bool(risky or short)))
    return forms


def run_jobmatch(
    jobmatch: Any, text: str, docs: List[str], workers: int, repeat: int
) -> Tuple[List[Row], List[Any]]:
    """Rows for jobmatch, and the mentions of the whole-text run."""
    nbytes = len(text.encode("utf-8"))
    jobmatch.extract_skills("Python and SQL")  # builds the shared built-in extractor
    rows = []
    seconds, mentions = best_of(lambda: jobmatch.extract_skills(text), repeat)
    rows.append(Row("jobmatch", "one text, 1 thread", "text", seconds, nbytes, len(mentions)))
    worker_counts = [1] if workers == 1 else [1, workers]
    for w in worker_counts:
        run = functools.partial(jobmatch.extract_skills_many, docs, workers=w)
        seconds, per_doc = best_of(run, repeat)
        mode = f"{len(docs)} docs, extract_skills_many, {w} worker{'s' if w > 1 else ''}"
        rows.append(
            Row("jobmatch", mode, "docs", seconds, nbytes, sum(len(m) for m in per_doc))
        )
    return rows, mentions


def run_flashtext2(
    forms: List[Form], text: str, docs: List[str], repeat: int
) -> Tuple[List[Row], Optional[float], List[int]]:
    """Rows for flashtext2, its build time and the form indices found in the whole text."""
    try:
        from flashtext2 import KeywordProcessor
    except ImportError:
        print(f"flashtext2 is not installed; skipping it (install: {INSTALL_HINT})")
        return [], None, []

    def build() -> Any:
        # `case_sensitive` has no default in flashtext2 (it has in flashtext).
        kp = KeywordProcessor(case_sensitive=False)
        kp.add_keywords_with_clean_word_from_iter(
            (form, str(i)) for i, (form, _, _) in enumerate(forms)
        )
        return kp

    build_seconds, kp = best_of(build, repeat)
    nbytes = len(text.encode("utf-8"))
    seconds, found = best_of(lambda: kp.extract_keywords(text), repeat)
    rows = [Row("flashtext2", "one text", "text", seconds, nbytes, len(found))]
    seconds, per_doc = best_of(lambda: [kp.extract_keywords(d) for d in docs], repeat)
    rows.append(
        Row(
            "flashtext2",
            f"{len(docs)} docs, Python loop",
            "docs",
            seconds,
            nbytes,
            sum(len(f) for f in per_doc),
        )
    )
    return rows, build_seconds, [int(i) for i in found]


def aho_matches(automaton: Any, text: str) -> List[Tuple[int, int, int]]:
    """(start, end, form index) of whole-word, leftmost-longest matches in `text`.

    Offsets are in the lower-cased text, which has the same length as `text` for ASCII.
    """
    low = text.lower()
    n = len(low)
    hits = []
    for last, (length, index) in automaton.iter(low):
        start = last - length + 1
        end = last + 1
        if start > 0:
            c = low[start - 1]
            if c.isalnum() or c == "_":
                continue
        if end < n:
            c = low[end]
            if c.isalnum() or c == "_":
                continue
        hits.append((start, -end, index))
    hits.sort()
    kept = []
    reach = 0
    for start, neg_end, index in hits:
        if start >= reach:
            kept.append((start, -neg_end, index))
            reach = -neg_end
    return kept


def run_pyahocorasick(
    forms: List[Form], text: str, docs: List[str], repeat: int
) -> Tuple[List[Row], Optional[float], List[int]]:
    """Rows for pyahocorasick, its build time and the form indices found in the whole text."""
    try:
        import ahocorasick
    except ImportError:
        print(f"pyahocorasick is not installed; skipping it (install: {INSTALL_HINT})")
        return [], None, []

    def build() -> Any:
        automaton = ahocorasick.Automaton()
        for i, (form, _, _) in enumerate(forms):
            key = form.lower()
            automaton.add_word(key, (len(key), i))  # a later duplicate key replaces the value
        automaton.make_automaton()
        return automaton

    build_seconds, automaton = best_of(build, repeat)
    nbytes = len(text.encode("utf-8"))
    seconds, found = best_of(lambda: aho_matches(automaton, text), repeat)
    mode = "one text, + boundary filter"
    rows = [Row("pyahocorasick", mode, "text", seconds, nbytes, len(found))]
    seconds, per_doc = best_of(lambda: [aho_matches(automaton, d) for d in docs], repeat)
    rows.append(
        Row(
            "pyahocorasick",
            f"{len(docs)} docs, Python loop",
            "docs",
            seconds,
            nbytes,
            sum(len(f) for f in per_doc),
        )
    )
    return rows, build_seconds, [index for _, _, index in found]


# --------------------------------------------------------------------------- report


def machine_info(jobmatch: Any) -> List[str]:
    """Lines describing the machine, the interpreter and the library versions."""
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
    for dist in ("flashtext2", "pyahocorasick"):
        versions.append(f"{dist} {package_version(dist)}")
    lines = [
        f"date:     {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine:  {platform.platform()}; {cpu}",
        f"cpus:     {os.cpu_count()} logical, {usable} usable by this process",
        f"python:   {platform.python_implementation()} {platform.python_version()} "
        f"({sys.executable})",
        f"versions: {'; '.join(versions)}",
    ]
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()
        lines.append(f"load:     {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min)")
        if load[0] >= 1.0:
            lines.append("warning:  the machine is busy; the timings below are not reliable")
    return lines


def package_version(dist: str) -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - Python < 3.8
        return "?"
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def ratio(row: Row, peers: Dict[Tuple[str, str], Row], peer: str) -> str:
    ref = peers.get((peer, row.shape))
    return f"{row.mb_per_s / ref.mb_per_s:.2f}x" if ref else "n/a"


def print_table(rows: List[Row]) -> None:
    peers = {(r.name, r.shape): r for r in rows if r.name != "jobmatch"}
    header = ("library", "mode", "time", "MB/s", "mentions", "vs flashtext2", "vs pyahocorasick")
    table = [header]
    for r in rows:
        table.append(
            (
                r.name,
                r.mode,
                f"{r.seconds * 1e3:.1f} ms",
                f"{r.mb_per_s:.1f}",
                f"{r.mentions:,}",
                ratio(r, peers, "flashtext2"),
                ratio(r, peers, "pyahocorasick"),
            )
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for k, line in enumerate(table):
        cells = [
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths))
        ]
        print("  ".join(cells).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def explain_counts(
    forms: List[Form], jobmatch_mentions: List[Any], peer_found: Dict[str, List[int]]
) -> None:
    """Why the counts differ: how many peer matches are on forms jobmatch needs context for."""
    risky_texts = {form.lower() for form, _, risky in forms if risky}
    jm_risky = sum(1 for m in jobmatch_mentions if m.text.lower() in risky_texts)
    print(
        f"  jobmatch, one text: {len(jobmatch_mentions):,} mentions, {jm_risky:,} of them on "
        f"risky forms it accepted from context or casing"
    )
    for library, indices in peer_found.items():
        risky = sum(1 for i in indices if forms[i][2])
        print(
            f"  {library}, one text: {len(indices):,} matches, {risky:,} on risky forms, "
            f"{len(indices) - risky:,} on the others"
        )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time jobmatch's skill extraction against flashtext2 and pyahocorasick."
    )
    parser.add_argument("--mib", type=float, default=2.0, help="corpus size in MiB (default 2)")
    parser.add_argument(
        "--docs", type=int, default=1000, help="documents for the batch runs (default 1000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument(
        "--workers", type=int, default=None, help="workers of the parallel run (default: all cores)"
    )
    parser.add_argument(
        "--write-corpus", type=Path, metavar="PATH", help="write the corpus to PATH and exit"
    )
    args = parser.parse_args(argv)
    if args.mib <= 0 or args.docs < 1 or args.repeat < 1 or (args.workers or 1) < 1:
        parser.error("--mib must be positive, --docs, --repeat and --workers at least 1")
    workers = args.workers or os.cpu_count() or 1

    filler, skills = read_vocabulary(CORPUS_WORDS)
    text = generate_corpus(int(args.mib * MIB), filler, skills)
    raw = text.encode("utf-8")
    if args.write_corpus:
        args.write_corpus.write_bytes(raw)
        print(f"wrote {len(raw):,} bytes to {args.write_corpus}")
        return 0

    try:
        import jobmatch
    except ImportError:
        print(
            "jobmatch is not importable: install it (`pip install jobmatch`, or `maturin "
            "develop` in the repository) or put its site-packages on PYTHONPATH",
            file=sys.stderr,
        )
        return 1

    print("\n".join(machine_info(jobmatch)))
    docs = split_documents(text, args.docs)
    print(
        f"corpus:   {len(raw):,} bytes ({args.mib:g} MiB target), sha256 "
        f"{hashlib.sha256(raw).hexdigest()[:16]}; {len(docs)} documents of "
        f"{len(raw) / len(docs) / 1024:.1f} KiB on average"
    )
    forms = load_forms(jobmatch)
    print(
        f"forms:    {len(forms):,} surface forms of the built-in taxonomy, "
        f"{sum(1 for f in forms if f[2]):,} of them risky for jobmatch"
    )
    print(f"timing:   best of {args.repeat}; parallel run with {workers} workers\n")

    jm_rows, jm_mentions = run_jobmatch(jobmatch, text, docs, workers, args.repeat)
    ft_rows, ft_build, ft_found = run_flashtext2(forms, text, docs, args.repeat)
    ac_rows, ac_build, ac_found = run_pyahocorasick(forms, text, docs, args.repeat)
    build = fresh_process_build(args.repeat)

    print("Build (once per process):")
    print(f"  jobmatch       import {build['import'] * 1e3:.0f} ms (fresh interpreter)")
    print(
        f"  jobmatch       first SkillExtractor() {build['first'] * 1e3:.0f} ms "
        f"(parse the taxonomy and build; a second one: {build['again'] * 1e3:.0f} ms)"
    )
    if ft_build is not None:
        print(f"  flashtext2     add {len(forms):,} forms: {ft_build * 1e3:.0f} ms")
    if ac_build is not None:
        print(
            f"  pyahocorasick  add {len(forms):,} forms and make_automaton: "
            f"{ac_build * 1e3:.0f} ms"
        )
    print("  (the peers get the forms ready in memory; jobmatch parses its taxonomy)\n")

    rows = [jm_rows[0]] + ft_rows[:1] + ac_rows[:1] + jm_rows[1:] + ft_rows[1:] + ac_rows[1:]
    print_table(rows)
    print(
        "\nMB/s: 10^6 input bytes per second. Ratios: this row's MB/s over the peer's on the "
        "same input\n(one text vs one text, documents vs documents); the peers run on one "
        "thread."
    )
    print(
        "\nNote: the mention counts differ by design. jobmatch accepts a risky form (an "
        "ordinary word\nsuch as 'interview' or 'Go', or a form of at most 2 letters) only with "
        "context or its usual\ncasing; flashtext2 and pyahocorasick match every form, "
        "case-insensitively. flashtext2 splits\nwords by UAX #29; pyahocorasick's boundary "
        "filter is the core of jobmatch's rule."
    )
    peer_found = {}
    if ft_rows:
        peer_found["flashtext2"] = ft_found
    if ac_rows:
        peer_found["pyahocorasick"] = ac_found
    explain_counts(forms, jm_mentions, peer_found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
