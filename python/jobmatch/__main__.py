"""Command line: ``jobmatch`` or ``python -m jobmatch``.

With no arguments, ranks the bundled example resumes against the bundled example job
postings and prints the best candidates for each job. Subcommands:

``skills FILE...``
    the skills found in each file (``--format table|json``);
``parse FILE... [--as job|resume]``
    the parsed profile of each file as JSON (guessed from the text when ``--as`` is not
    given);
``match RESUME JOB``
    the score of one resume for one job, with its breakdown and explanation;
``rank [--resumes DIR|FILE...] [--jobs DIR|FILE...] [--top N]``
    the best resumes for every job (default: the bundled examples).

Exit status: 0 on success, 1 when a file could not be read (the others are still
processed), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from . import (
    Matcher,
    __version__,
    extract_skills,
    parse_job,
    parse_jobs,
    parse_resume,
    parse_resumes,
)

EXAMPLES = Path(__file__).with_name("examples")
SUBCOMMANDS = ("skills", "parse", "match", "rank")


def _read(paths: Sequence[Path]) -> Tuple[List[Tuple[Path, str]], int]:
    """Reads UTF-8 text files (a BOM is dropped); reports failures and goes on."""
    out, status = [], 0
    for path in paths:
        try:
            out.append((path, path.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError) as e:
            print(f"jobmatch: {path}: {e}", file=sys.stderr)
            status = 1
    return out, status


def _expand(items: Sequence[str]) -> List[Path]:
    """Files, and the ``.txt`` / ``.md`` files of directories, in name order."""
    paths: List[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted(q for q in p.iterdir() if q.suffix in (".txt", ".md")))
        else:
            paths.append(p)
    return paths


def _looks_like_resume(text: str) -> bool:
    dates = len(re.findall(r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|current|now)\b",
                           text, re.I))
    job_words = len(re.findall(r"\b(?:requirements|qualifications|responsibilities|we offer|benefits)\b",
                               text, re.I))
    return dates >= 1 and dates >= job_words


def cmd_skills(args: argparse.Namespace) -> int:
    files, status = _read(args.files or [EXAMPLES / "backend_engineer.txt"])
    for path, text in files:
        mentions = extract_skills(text, fuzzy=args.fuzzy)
        if args.format == "json":
            for m in mentions:
                print(json.dumps({"file": str(path), **m.to_dict()}, ensure_ascii=False))
            continue
        print(f"{path.name}: {len(mentions)} skill mentions")
        print(f"{'span':>11}  {'text':<22} {'skill':<34} {'kind':<10} id")
        for m in mentions:
            print(f"{m.start:>5}-{m.end:<5}  {m.text[:22]:<22} {m.name[:34]:<34} {m.kind:<10} {m.skill_id}")
    return status


def cmd_parse(args: argparse.Namespace) -> int:
    files, status = _read(args.files)
    for path, text in files:
        kind = args.as_ or ("resume" if _looks_like_resume(text) else "job")
        profile = parse_resume(text, today=args.today) if kind == "resume" else parse_job(text)
        print(json.dumps({"file": str(path), "as": kind, **profile.to_dict()}, ensure_ascii=False))
    return status


def cmd_match(args: argparse.Namespace) -> int:
    files, status = _read([args.resume, args.job])
    if status:
        return status
    (_, resume), (_, job) = files
    result = Matcher().score(resume, job, today=args.today)
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(result.explain())
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    resume_paths = _expand(args.resumes) if args.resumes else _expand([str(EXAMPLES / "resumes")])
    job_paths = _expand(args.jobs) if args.jobs else _expand([str(EXAMPLES / "jobs")])
    resumes, s1 = _read(resume_paths)
    jobs, s2 = _read(job_paths)
    if not resumes or not jobs:
        print("jobmatch: nothing to rank (no readable resumes or jobs)", file=sys.stderr)
        return 1
    cvs = parse_resumes([t for _, t in resumes], today=args.today, workers=args.workers)
    posts = parse_jobs([t for _, t in jobs], workers=args.workers)
    idx, scores = Matcher().top_k(cvs, posts, k=args.top, workers=args.workers)
    if args.format == "json":
        for j, (path, _) in enumerate(jobs):
            for rank, (i, s) in enumerate(zip(idx[j], scores[j]), 1):
                print(json.dumps({"job": str(path), "rank": rank,
                                  "resume": str(resumes[int(i)][0]), "score": round(float(s), 4)}))
        return max(s1, s2)
    for j, (path, _) in enumerate(jobs):
        print(f"{path.stem}")
        for rank, (i, s) in enumerate(zip(idx[j], scores[j]), 1):
            print(f"  {rank:>2}. {float(s):.3f}  {resumes[int(i)][0].stem}")
    return max(s1, s2)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobmatch",
        description="Skills, experience and resume-to-job scores. With no arguments: rank the "
                    "bundled example resumes against the bundled example jobs.",
    )
    parser.add_argument("--version", action="version", version=f"jobmatch {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("skills", help="skills found in text files")
    p.add_argument("files", nargs="*", type=Path, help="UTF-8 text files (default: an example posting)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--fuzzy", action="store_true", help="also match misspellings")
    p.set_defaults(func=cmd_skills)

    p = sub.add_parser("parse", help="parsed profiles as JSON lines")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--as", dest="as_", choices=["job", "resume"], help="default: guessed")
    p.add_argument("--today", help="YYYY-MM-DD for 'present' (default: today)")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("match", help="score one resume for one job")
    p.add_argument("resume", type=Path)
    p.add_argument("job", type=Path)
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--today", help="YYYY-MM-DD for 'present' (default: today)")
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("rank", help="the best resumes for each job")
    p.add_argument("--resumes", nargs="+", help="files or directories (default: the examples)")
    p.add_argument("--jobs", nargs="+", help="files or directories (default: the examples)")
    p.add_argument("--top", type=int, default=3, help="resumes per job (default: 3)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--workers", type=int, default=None, help="threads (default: all cores)")
    p.add_argument("--today", help="YYYY-MM-DD for 'present' (default: today)")
    p.set_defaults(func=cmd_rank)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = ["rank"]
    elif args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        # Files without a subcommand: the skills in them.
        args_list = ["skills", *args_list]
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    if getattr(args, "top", 1) < 1:
        parser.error("--top must be at least 1")
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`jobmatch ... | head`): stop quietly.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
