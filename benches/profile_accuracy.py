#!/usr/bin/env python3
"""Accuracy of jobmatch's profile parsing (years of experience) on development data.

Usage::

    python benches/profile_accuracy.py [--data DIR]

``DIR`` holds ``dev/dataturks-resumes/`` and ``dev/glassdoor-jobs/`` (default:
``$JOBMATCH_DATA`` or ``../shared/data``). Texts are read from there at run time and never
copied into the project; the Glassdoor labels are the project's own, in
``benches/data/glassdoor_labels.tsv`` (see ``benches/data/README.md`` for how they were made).

Prints:

* DataTurks resumes, "Years of Experience" annotations: for each resume that has one, is
  ``Resume.claimed_years`` one of the annotated values?
* DataTurks resumes, "Skill (N years)" in the Indeed skills list: for each such pair with a
  number of years, did the parser find the skill there and read the same
  ``stated_years``? "Less than 1 year" pairs are counted separately, against the parser's
  documented reading of them (0.5).
* Glassdoor postings, two labelled samples: ``Job.min_years`` exact match, ``max_years`` exact
  match, entry-level flag and required degree level, against the labels. The first sample
  was read while the parser's rules were written; the second, labelled later by another
  reader who did not see the parser's output, measures how the rules carry over.
  ``JOBMATCH_VERBOSE=1`` lists the disagreements.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from pathlib import Path

import jobmatch
from devdata import add_data_argument, glassdoor_postings

HERE = Path(__file__).resolve().parent
TODAY = "2026-11-27"


def number(text: str) -> float | None:
    """Years in an annotated span: "8 years" 8, "18 months" 1.5, "9 Yrs 8 month" 9.67."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*(y(?:ea)?rs?|months?)?", text, re.I)
    if not parts:
        return None
    if len(parts) >= 2 and parts[0][1][:1].lower() == "y" and parts[1][1][:1].lower() == "m":
        return float(parts[0][0]) + float(parts[1][0]) / 12
    value = float(parts[0][0])
    return value / 12 if re.search(r"month", text, re.I) and not re.search(r"y(ea)?r", text, re.I) else value


def dataturks(data: Path) -> None:
    path = data / "dev" / "dataturks-resumes" / "resumes.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["content"] for r in rows]
    resumes = jobmatch.parse_resumes(texts, today=TODAY)

    # Claimed years of experience.
    n = found = correct = 0
    for row, cv in zip(rows, resumes):
        gold = {
            round(v, 2)
            for a in row["annotation"]
            if "Years of Experience" in a["label"]
            for p in a["points"]
            if (v := number(p["text"])) is not None
        }
        if not gold:
            continue
        n += 1
        if cv.claimed_years is not None:
            found += 1
            correct += round(cv.claimed_years, 2) in gold
    print(f"DataTurks resumes with a 'Years of Experience' annotation: {n}")
    print(f"  claimed_years found: {found}/{n}; equal to an annotated value: {correct}/{n}"
          f" (precision {correct / found if found else 0:.3f}, recall {correct / n if n else 0:.3f})")

    # "Skill (N years)" pairs of the Indeed skills list.
    pair = re.compile(r"([A-Za-z][\w+#./ -]{0,60}?) \((Less than 1 year|\d+\+? years?)\)")
    total = less_than = less_found = less_read = skill_found = same_years = reported = 0
    for text, cv in zip(texts, resumes):
        ends: dict[int, float | None] = {}
        for s in cv.skills:
            for start, end in s.mentions:
                ends[end] = s.stated_years
        reported += sum(
            1
            for end, years in ends.items()
            if years is not None and re.match(r"\.? \(", text[end:end + 3])
        )
        for m in pair.finditer(text):
            # The skill ends before a dot some write after it ("Linux. (Less than 1 year)").
            end = m.end(1) - (m.group(1).endswith("."))
            if m.group(2).startswith("Less"):
                less_than += 1
                if end in ends:
                    less_found += 1
                    less_read += ends[end] == 0.5
                continue
            total += 1
            gold = float(re.match(r"\d+", m.group(2)).group(0))
            if end in ends:
                skill_found += 1
                same_years += ends[end] == gold
    print(f"DataTurks 'Skill (N years)' pairs with a number: {total} (and {less_than} 'Less than 1 year')")
    print(f"  skill found at the pair: {skill_found}/{total} ({skill_found / total:.3f});"
          f" stated_years equal: {same_years}/{total} ({same_years / total:.3f})")
    print(f"  'Less than 1 year' pairs: skill found there {less_found}/{less_than};"
          f" stated_years 0.5: {less_read}/{less_than} ({less_read / less_than if less_than else 0:.3f})")
    # Precision over every "Skill (...)" the parser read a stated_years for, both kinds.
    right = same_years + less_read
    print(f"  precision of stated_years read at a '(': {right}/{reported}"
          f" ({right / reported if reported else 0:.3f})")


def glassdoor(data: Path, labels_file: str, title: str) -> None:
    labels_path = HERE / "data" / labels_file
    if not labels_path.exists():
        print(f"Glassdoor labels {labels_file} not found; skipped")
        return
    postings = glassdoor_postings(data)
    with labels_path.open(encoding="utf-8") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    jobs = jobmatch.parse_jobs([postings[l["row"]] for l in labels])

    def val(s: str) -> float | None:
        return float(s) if s.strip() else None

    n = len(labels)
    min_ok = max_ok = entry_ok = degree_ok = 0
    misses = []
    for label, job in zip(labels, jobs):
        gold_min, gold_max = val(label["min_years"]), val(label["max_years"])
        min_right = job.min_years == gold_min or (
            gold_min is None and label["entry_level"] == "1" and job.min_years == 0
        )
        min_ok += min_right
        max_ok += job.max_years == gold_max
        entry_ok += job.entry_level == (label["entry_level"] == "1")
        got_degree = job.education.level if job.education and job.education.required else ""
        degree_ok += got_degree == label["degree"]
        if job.entry_level != (label["entry_level"] == "1"):
            misses.append(f"row {label['row']}: entry_level {job.entry_level} vs {label['entry_level']}")
        if not min_right:
            misses.append(f"row {label['row']}: min_years {job.min_years} vs {gold_min}")
        if job.max_years != gold_max:
            misses.append(f"row {label['row']}: max_years {job.max_years} vs {gold_max}")
        if got_degree != label["degree"]:
            misses.append(f"row {label['row']}: degree {got_degree!r} vs {label['degree']!r}")
    print(f"Glassdoor postings, {title}: {n}")
    print(f"  min_years exact: {min_ok}/{n} ({min_ok / n:.3f}); max_years exact: {max_ok}/{n}"
          f" ({max_ok / n:.3f}); entry level: {entry_ok}/{n}; required degree level:"
          f" {degree_ok}/{n} ({degree_ok / n:.3f})")
    if os.environ.get("JOBMATCH_VERBOSE", "") not in ("", "0"):
        print("  " + "\n  ".join(misses))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    args = parser.parse_args()
    data = args.data
    if not (data / "dev").exists():
        print(f"no development data at {data}; nothing to measure", file=sys.stderr)
        return 0
    dataturks(data)
    glassdoor(data, "glassdoor_labels.tsv", "labelled sample (used in development)")
    glassdoor(data, "glassdoor_labels_heldout.tsv", "held-out sample")
    return 0


if __name__ == "__main__":
    sys.exit(main())
