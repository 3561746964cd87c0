"""Skills offered as alternatives, for reading by hand: a random sample of Glassdoor postings.

Usage::

    python benches/alternatives_sample.py [--data DIR] [--seed N] [--n 120]

Parses ``N`` postings drawn at random (``random.seed(N)``) from
``dev/glassdoor-jobs/glassdoor_jobs.csv`` under ``DIR`` (default: ``$JOBMATCH_DATA`` or
``../shared/data``) and prints every group of alternatives found (``JobSkill.group``) with
the text around it, then how many there are. The README's figure for this rule comes from
reading this output (seed 2). The postings are read at run time, never copied into the
project.
"""
from __future__ import annotations

import argparse
import random
import sys

import jobmatch
from devdata import add_data_argument, glassdoor_postings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--n", type=int, default=120)
    args = parser.parse_args()
    if not (args.data / "dev" / "glassdoor-jobs").exists():
        print(f"no Glassdoor postings under {args.data}; nothing to show", file=sys.stderr)
        return 0
    texts = list(glassdoor_postings(args.data).values())
    random.seed(args.seed)
    sample = random.sample(texts, min(args.n, len(texts)))
    groups = 0
    for text, job in zip(sample, jobmatch.parse_jobs(sample)):
        members: dict[int, list[jobmatch.JobSkill]] = {}
        for s in job.skills:
            if s.group is not None:
                members.setdefault(s.group, []).append(s)
        for group in members.values():
            groups += 1
            lo = min(s.mentions[0][0] for s in group)
            hi = max(s.mentions[0][1] for s in group)
            around = text[max(0, lo - 40):hi + 30] if hi - lo < 200 else "(far apart)"
            print(repr(around), "=>", [s.name for s in group])
    print(f"{groups} groups of alternatives in {len(sample)} postings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
