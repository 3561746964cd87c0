#!/usr/bin/env python3
"""Accuracy of jobmatch's skill extraction on human-labelled development data.

Usage::

    python benches/accuracy.py [--data DIR]

``DIR`` holds ``dev/skillspan/`` and ``dev/decorte-esco/`` and ``taxonomy/esco-v1.1.1/``
(default: ``$JOBMATCH_DATA`` or ``../shared/data``). The texts are read from there at run
time and never copied into the project.

Prints, with the built-in taxonomy and default options:

* SkillSpan dev: span precision / recall / F1 for Knowledge spans (hard skills, tools) and
  Skill spans (applied and soft skills), strict (same tokens) and loose (any overlap).
  Sentences are re-joined into their postings (one sentence a line) so that the extractor
  sees the context it would see in a real posting. A mention counts as Knowledge when its
  skill kind is knowledge, tool, language or certification, and as Skill when it is hard or
  soft.
* Decorte et al. TECH and HOUSE validation: per sentence, the set of ESCO concept URIs found
  against the gold set (spans labelled ``LABEL NOT PRESENT`` or ``UNDERSPECIFIED`` have no
  gold concept), micro-averaged precision / recall / F1.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import jobmatch
from devdata import add_data_argument

KNOWLEDGE_KINDS = {"knowledge", "tool", "language", "certification"}


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Token spans [start, end) from plain B/I/O tags."""
    spans, start = [], None
    for i, t in enumerate(tags + ["O"]):
        if t == "B" or t == "O" or (t == "I" and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if t == "B" or t == "I":
                start = i
    return spans


def skillspan(data: Path) -> list[tuple[str, float, float, float, int, int]]:
    rows = [json.loads(line) for line in open(data / "dev/skillspan/dev.json", encoding="utf-8")]
    # Re-join sentences into postings, remembering each token's character span.
    postings: list[tuple[str, list[tuple[int, int, int]]]] = []  # text, (row, tok_start, tok_end)
    key = None
    for r_i, row in enumerate(rows):
        k = (row["source"], row["idx"])
        if k != key:
            postings.append(("", []))
            key = k
        text, toks = postings[-1]
        if text:
            text += "\n"
        for t_i, tok in enumerate(row["tokens"]):
            if t_i:
                text += " "
            toks.append((r_i, len(text), len(text) + len(tok)))
            text += tok
        postings[-1] = (text, toks)

    found = jobmatch.extract_skills_many([p[0] for p in postings])
    pred: dict[str, set[tuple[int, int, int]]] = {"Knowledge": set(), "Skill": set()}
    for (text, toks), mentions in zip(postings, found):
        for m in mentions:
            covered = [(r, i) for i, (r, s, e) in enumerate(toks) if s < m.end and e > m.start]
            if not covered:
                continue
            row = covered[0][0]
            first = min(i for r, i in covered if r == row)
            last = max(i for r, i in covered if r == row)
            # Token index within its sentence.
            base = next(i for i, (r, _, _) in enumerate(toks) if r == row)
            label = "Knowledge" if m.kind in KNOWLEDGE_KINDS else "Skill"
            pred[label].add((row, first - base, last - base + 1))

    out = []
    for label, field in (("Knowledge", "tags_knowledge"), ("Skill", "tags_skill")):
        gold = {(r_i, s, e) for r_i, row in enumerate(rows) for s, e in bio_spans(row[field])}
        p_set = pred[label]
        strict_tp = len(gold & p_set)
        out.append((f"SkillSpan dev {label} strict", *prf(strict_tp, len(p_set), strict_tp, len(gold)),
                    len(p_set), len(gold)))
        by_row = defaultdict(list)
        for g in gold:
            by_row[g[0]].append(g)
        pred_by_row = defaultdict(list)
        for q in p_set:
            pred_by_row[q[0]].append(q)

        def overlaps(a, b):
            return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]

        tp_p = sum(any(overlaps(q, g) for g in by_row[q[0]]) for q in p_set)
        tp_g = sum(any(overlaps(g, q) for q in pred_by_row[g[0]]) for g in gold)
        out.append((f"SkillSpan dev {label} loose", *prf(tp_p, len(p_set), tp_g, len(gold)),
                    len(p_set), len(gold)))
    return out


def decorte(data: Path) -> list[tuple[str, float, float, float, int, int]]:
    label_to_uri: dict[str, str] = {}
    with open(data / "taxonomy/esco-v1.1.1/classification_en/skills_en.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label_to_uri[row["preferredLabel"].strip().lower()] = row["conceptUri"]
    out = []
    for name, file in (("TECH", "tech_validation_annotations.csv"), ("HOUSE", "house_validation_annotations.csv")):
        gold: dict[str, set[str]] = defaultdict(set)
        with open(data / "dev/decorte-esco" / file, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                s, label = row["sentence"], row["label"].strip()
                gold.setdefault(s, set())
                if label in ("LABEL NOT PRESENT", "UNDERSPECIFIED"):
                    continue
                # A v1.1.0 label missing from v1.1.1 stays a gold item we cannot reach.
                gold[s].add(label_to_uri.get(label.lower(), "label:" + label))
        sentences = sorted(gold)
        found = jobmatch.extract_skills_many(sentences)
        tp = n_pred = n_gold = 0
        for s, mentions in zip(sentences, found):
            p = {m.esco_uri for m in mentions if m.esco_uri}
            tp += len(p & gold[s])
            n_pred += len(p)
            n_gold += len(gold[s])
        out.append((f"Decorte {name} validation (ESCO URIs)", *prf(tp, n_pred, tp, n_gold), n_pred, n_gold))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(ap)
    args = ap.parse_args()
    if not (args.data / "dev").is_dir():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    rows = skillspan(args.data) + decorte(args.data)
    elapsed = time.perf_counter() - t0
    print(f"jobmatch {jobmatch.__version__} skill extraction, built-in taxonomy, default options")
    print(f"{'evaluation':<44} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    for name, p, r, f, n_pred, n_gold in rows:
        print(f"{name:<44} {p:6.3f} {r:6.3f} {f:6.3f} {n_pred:6d} {n_gold:6d}")
    print(f"({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
