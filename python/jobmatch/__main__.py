"""Command line: ``jobmatch`` or ``python -m jobmatch``.

With no arguments, ranks the bundled example resumes against the bundled example job
postings and prints the best candidates for each job. Subcommands:

``skills FILE...``
    the skills found in each file (``--format table|json|jsonl|csv``);
``parse FILE... [--as job|resume]``
    the parsed profile of each file (guessed from the text when ``--as`` is not given);
``match RESUME JOB``
    the score of one resume for one job, with its breakdown and explanation;
``rank --resumes SRC... --jobs SRC... [--top N] [--per job|resume]``
    the best resumes for every job (or jobs for every resume), streamed as they are ready.

A source (``SRC``, ``FILE``) is a file (``.txt``, ``.md``, ``.pdf``, ``.docx``, ``.html``;
the parser is chosen from the content), a directory (its supported files, in name order),
a glob pattern (``'cvs/**/*.pdf'``) or a ``.jsonl`` file with one document per line
(``{"id": ..., "text": ...}`` or a JSON string).

Every subcommand takes ``--taxonomy FILE`` (JSON or CSV, instead of the built-in
taxonomy), ``--add-skills FILE`` (skills of your own added to it; may be repeated),
``--today YYYY-MM-DD`` (or
``YYYY-MM``), ``--workers N`` (``-1``: all cores), ``--output FILE`` (written to a temporary
name and renamed when complete, so an interrupted run leaves no partial file) and
``--quiet`` (no progress bar; the bar is only shown on a terminal, for runs longer than a
second).

Exit status: 0 on success; 1 when some inputs could not be read (each is reported on
stderr as ``jobmatch: FILE: reason`` and the others are still processed); 2 for a usage
error (bad option or value, unreadable taxonomy, missing output directory, no input at
all, a ``match`` source without exactly one document); 3 when the output could not be
written (a full disk, a closed pipe is not one: the command then stops quietly); 130 when
interrupted. Warnings (an id given twice to ``rank``) go to stderr and change nothing.
"""
from __future__ import annotations

import argparse
import calendar
import csv
import glob
import io
import itertools
import json
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import (IO, Any, Callable, Dict, Generator, Iterator, List, NoReturn, Optional,
                    Sequence, Tuple)

from . import JobmatchError, Matcher, SkillExtractor, Taxonomy, TaxonomyError, __version__
from ._documents import SUPPORTED_SUFFIXES, DocumentError, read_text

EXAMPLES = Path(__file__).with_name("examples")
SUBCOMMANDS = ("skills", "parse", "match", "rank")
#: Documents read and parsed per batch (bounds the texts held in memory at once).
BATCH = 1024
#: The largest ``--top`` and ``--workers`` passed on: larger values mean the same to the
#: library (``k`` is capped at the number of candidates, threads at a fixed maximum) and
#: would not fit its integers.
MAX_COUNT = 2**31 - 1


class UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


# --- progress ---------------------------------------------------------------------------


class Progress:
    """A progress line on stderr, shown only on a terminal and only once a task has run
    for more than a second."""

    def __init__(self, label: str, total: Optional[int], enabled: bool) -> None:
        self.label, self.total, self.done = label, total, 0
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.shown = False
        self.last = 0.0

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < 1.0 or now - self.last < 0.1:
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        sys.stderr.write(f"\r{self.label}: {self.done}{of} ({rate:,.0f}/s)\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# --- inputs -----------------------------------------------------------------------------


@dataclass
class Doc:
    """One input document: its id (a path, or the id of a JSONL record) and its text."""

    id: str
    text: str


class Reader:
    """Reads sources and reports each failure as ``jobmatch: NAME: reason`` on stderr."""

    def __init__(self) -> None:
        self.failed = 0

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        print(f"jobmatch: {name}: {reason}", file=sys.stderr)

    @staticmethod
    def warn(message: str) -> None:
        print(f"jobmatch: warning: {message}", file=sys.stderr)

    def expand(self, items: Sequence[str]) -> List[Path]:
        """Files named, found in directories or matched by glob patterns, in name order."""
        paths: List[Path] = []
        for item in items:
            p = Path(item)
            if p.is_dir():
                try:
                    found = sorted(q for q in p.iterdir()
                                   if q.is_file()
                                   and q.suffix.lower() in SUPPORTED_SUFFIXES + (".jsonl",))
                except OSError as e:
                    self.fail(item, e.strerror or str(e))
                    continue
                if not found:
                    self.fail(item, "no supported files in this directory")
                paths.extend(found)
            elif any(c in item for c in "*?[") and not p.exists():
                matched = sorted(Path(m) for m in glob.glob(item, recursive=True)
                                 if Path(m).is_file())
                if not matched:
                    self.fail(item, "no files match this pattern")
                paths.extend(matched)
            else:
                paths.append(p)
        # A file reached twice ("cvs cvs/alice.txt") is read once, where it first comes.
        seen = set()
        unique: List[Path] = []
        for p in paths:
            try:
                key = str(p.resolve())
            except (OSError, RuntimeError):
                key = str(p)
            if key not in seen:
                seen.add(key)
                unique.append(p)
        return unique

    def docs(self, items: Sequence[str]) -> Generator[Doc, None, None]:
        """The documents of all sources, one at a time."""
        for path in self.expand(items):
            if path.suffix.lower() == ".jsonl":
                yield from self._jsonl(path)
                continue
            try:
                yield Doc(str(path), read_text(path))
            except DocumentError as e:
                self.fail(str(path), e.reason)
            except OSError as e:
                self.fail(str(path), e.strerror or str(e))

    def _jsonl(self, path: Path) -> Iterator[Doc]:
        try:
            f = open(path, encoding="utf-8-sig", errors="replace")
        except OSError as e:
            self.fail(str(path), e.strerror or str(e))
            return
        with f:
            try:
                yield from self._records(path, f)
            except OSError as e:
                self.fail(str(path), e.strerror or str(e))

    def _records(self, path: Path, f: IO[str]) -> Iterator[Doc]:
        """The documents of the open JSONL file `f`; a bad record fails alone."""
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            name = f"{path}:{n}"
            try:
                record = json.loads(line)
            except ValueError as e:
                self.fail(name, f"not JSON: {e}")
                continue
            if isinstance(record, str):
                text, given = record, None
            elif isinstance(record, dict) and isinstance(record.get("text"), str):
                text, given = record["text"], record.get("id")
            else:
                self.fail(name, 'expected a JSON string or an object with a "text" string')
                continue
            if given is not None and (isinstance(given, bool)
                                      or not isinstance(given, (str, int, float))):
                self.fail(name, f'"id" must be a string or a number, not '
                                f'{type(given).__name__}')
                continue
            # A missing, null or empty id: the default, as for a plain string.
            doc_id = name if given is None or given == "" else str(given)
            bad = _lone_surrogate(text) or _lone_surrogate(doc_id)
            if bad is not None:
                self.fail(name, f"not valid Unicode: a lone surrogate (\\u{ord(bad):04x}) "
                                f"in its {'text' if _lone_surrogate(text) else 'id'}")
                continue
            yield Doc(doc_id, text)


def _lone_surrogate(text: str) -> Optional[str]:
    """The first lone surrogate in `text` (JSON may escape one: "\\ud800"), if any."""
    try:
        text.encode("utf-8")
        return None
    except UnicodeEncodeError as e:
        return text[e.start]


def batches(docs: Iterator[Doc], size: int = BATCH) -> Iterator[List[Doc]]:
    batch: List[Doc] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def looks_like_resume(text: str) -> bool:
    """A guess for ``parse`` without ``--as``: date ranges outnumber job-ad headings."""
    dates = len(re.findall(
        r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|current|now)\b", text, re.I))
    job_words = len(re.findall(
        r"\b(?:requirements|qualifications|responsibilities|we offer|benefits)\b", text, re.I))
    return dates >= 1 and dates >= job_words


# --- output -----------------------------------------------------------------------------


def _is_stdout(target: Path) -> bool:
    """Is `target` the file standard output is (``/dev/stdout``, ``/proc/self/fd/1``)?"""
    try:
        mine, theirs = os.stat(target), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False
    return (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)


class Output:
    """Where results go: stdout, or a file written under a temporary name and renamed into
    place only when the command completes (an interrupted run leaves no partial file)."""

    def __init__(self, path: Optional[str]) -> None:
        self.path = path
        self.tmp: Optional[str] = None
        if path is None:
            self.stream: IO[str] = sys.stdout
            return
        target = Path(path)
        if target.is_dir():
            raise UsageError(f"--output {path}: is a directory")
        if _is_stdout(target):
            # "-o /dev/stdout", whatever stdout is (a file it appends to, a pipe): stdout
            # itself, not the file reopened and truncated.
            self.path = None
            self.stream = sys.stdout
            return
        if target.exists() and not target.is_file():
            # A FIFO, a terminal, /dev/stdout: written to directly, never replaced.
            try:
                self.stream = open(target, "w", encoding="utf-8", errors="surrogateescape",
                                   newline="")
            except OSError as e:
                raise UsageError(f"--output {path}: {e.strerror or e}") from None
            return
        # Through a symbolic link: the file it points to is replaced, the link stays.
        target = Path(os.path.realpath(target))
        self.path = str(target)
        parent = target.parent
        if not parent.is_dir():
            raise UsageError(f"--output {path}: {parent} "
                             f"{'is not a directory' if parent.exists() else 'does not exist'}")
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                            dir=str(parent.resolve()))
        except OSError as e:
            raise UsageError(f"--output {path}: {e.strerror or e}") from None
        # The mode a new file would get (or the one the replaced file had), not mkstemp's
        # private 0600.
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        try:
            os.chmod(fd, mode)
        except OSError:
            pass
        # File names that are not UTF-8 come back as the bytes they were.
        self.stream = io.open(fd, "w", encoding="utf-8", errors="surrogateescape", newline="")

    def commit(self) -> None:
        self.stream.flush()
        if self.stream is not sys.stdout and self.tmp is None:
            self.stream.close()
        if self.tmp is not None and self.path is not None:
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.tmp, self.path)
            self.tmp = None

    def discard(self) -> None:
        if self.tmp is not None:
            self.stream.close()
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


class Records:
    """Writes rows as a table, CSV, JSON lines or one JSON array, streaming."""

    def __init__(self, out: IO[str], fmt: str, columns: Sequence[str],
                 table: Optional[Callable[[Dict[str, Any]], str]] = None) -> None:
        self.out, self.fmt, self.columns, self.table = out, fmt, list(columns), table
        self.count = 0
        self.csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(self.columns)
        elif fmt == "json":
            out.write("[")

    def write(self, row: Dict[str, Any]) -> None:
        if self.csv is not None:
            self.csv.writerow(["" if row.get(c) is None else row.get(c) for c in self.columns])
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("\n" if self.count == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
        elif self.table is not None:
            self.out.write(self.table(row) + "\n")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


# --- commands ---------------------------------------------------------------------------


@dataclass
class Context:
    extractor: SkillExtractor
    matcher: Matcher
    reader: Reader
    out: IO[str]
    quiet: bool


def cmd_skills(args: argparse.Namespace, ctx: Context) -> None:
    sources = args.files or [str(EXAMPLES / "backend_engineer.txt")]
    ex = SkillExtractor(ctx.extractor.taxonomy, fuzzy=True) if args.fuzzy else ctx.extractor
    columns = ["file", "start", "end", "text", "skill_id", "name", "kind", "match_type"]
    fmt = args.format

    def table(r: Dict[str, Any]) -> str:
        return (f"{r['start']:>5}-{r['end']:<5}  {r['text'][:22]:<22} {r['name'][:34]:<34} "
                f"{r['kind']:<10} {r['skill_id']}")

    records = Records(ctx.out, fmt, columns, table)
    progress = Progress("skills", None, not ctx.quiet)
    for batch in batches(ctx.reader.docs(sources)):
        found = ex.extract_many([d.text for d in batch], workers=args.workers)
        for doc, mentions in zip(batch, found):
            if fmt == "table":
                ctx.out.write(f"{doc.id}: {len(mentions)} skill mentions\n"
                              f"{'span':>11}  {'text':<22} {'skill':<34} {'kind':<10} id\n")
            for m in mentions:
                records.write({"file": doc.id, "start": m.start, "end": m.end, "text": m.text,
                               "skill_id": m.skill_id, "name": m.name, "kind": m.kind,
                               "match_type": m.match_type})
        progress.update(len(batch))
    progress.close()
    records.close()


def cmd_parse(args: argparse.Namespace, ctx: Context) -> None:
    records = Records(ctx.out, args.format, [])
    progress = Progress("parse", None, not ctx.quiet)
    for batch in batches(ctx.reader.docs(args.files)):
        kinds = [args.as_ or ("resume" if looks_like_resume(d.text) else "job") for d in batch]
        # Each kind parsed in one parallel call, written back in input order.
        cvs = iter(ctx.extractor.parse_resumes(
            [d.text for d, k in zip(batch, kinds) if k == "resume"], today=args.today,
            workers=args.workers))
        jobs = iter(ctx.extractor.parse_jobs(
            [d.text for d, k in zip(batch, kinds) if k == "job"], workers=args.workers))
        for doc, kind in zip(batch, kinds):
            profile: Any = next(cvs) if kind == "resume" else next(jobs)
            records.write({"file": doc.id, "as": kind, **profile.to_dict()})
        progress.update(len(batch))
    progress.close()
    records.close()


def _single(reader: Reader, source: str, what: str) -> Optional[Doc]:
    """The one document of `source`; None when it could not be read (reported)."""
    failed = reader.failed
    docs = reader.docs([source])
    try:
        # Two are enough to tell: a large source is not read to the end.
        found = list(itertools.islice(docs, 2))
    finally:
        docs.close()
    if len(found) > 1:
        raise UsageError(f"match needs exactly one document per side: the {what} source "
                         f"{source} holds more than one")
    if not found:
        if reader.failed > failed:
            return None
        raise UsageError(f"match needs exactly one document per side: the {what} source "
                         f"{source} holds none")
    return found[0]


def cmd_match(args: argparse.Namespace, ctx: Context) -> None:
    resume = _single(ctx.reader, args.resume, "resume")
    job = _single(ctx.reader, args.job, "job")
    if resume is None or job is None:
        return  # the failure is reported on stderr (exit status 1)
    for doc, what in ((resume, "resume"), (job, "job")):
        if not doc.text.strip():
            ctx.reader.warn(f"{doc.id}: the {what} is empty")
    if looks_like_resume(job.text) and not looks_like_resume(resume.text):
        ctx.reader.warn(f"{args.job} reads like a resume and {args.resume} like a job "
                        "posting: the order is RESUME JOB")
    result = ctx.matcher.score(resume.text, job.text, today=args.today)
    if args.format == "json":
        ctx.out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        ctx.out.write(result.explain() + "\n")


def _parse_all(docs: Iterator[Doc], parse: Callable[[List[str]], List[Any]],
               progress: Progress) -> Tuple[List[str], List[Any]]:
    ids: List[str] = []
    profiles: List[Any] = []
    for batch in batches(docs):
        ids.extend(d.id for d in batch)
        profiles.extend(parse([d.text for d in batch]))
        progress.update(len(batch))
    return ids, profiles


def cmd_rank(args: argparse.Namespace, ctx: Context) -> None:
    resume_src = args.resumes or [str(EXAMPLES / "resumes")]
    job_src = args.jobs or [str(EXAMPLES / "jobs")]
    ex, m, w = ctx.extractor, ctx.matcher, args.workers
    per_job = args.per == "job"
    fmt = args.format
    columns = ["job", "rank", "resume", "score"] if per_job else ["resume", "rank", "job", "score"]

    def short(name: str) -> str:
        return Path(name).stem if args.resumes is None and args.jobs is None else name

    def table(r: Dict[str, Any]) -> str:
        return f"  {r['rank']:>2}. {r['score']:.3f}  {short(r[columns[2]])}"

    parse_cvs = lambda texts: ex.parse_resumes(texts, today=args.today, workers=w)  # noqa: E731
    parse_jobs = lambda texts: ex.parse_jobs(texts, workers=w)  # noqa: E731
    # The side that is ranked is read in full first; the other side streams through.
    fixed_src, stream_src = (resume_src, job_src) if per_job else (job_src, resume_src)
    progress = Progress("reading resumes" if per_job else "reading jobs", None, not ctx.quiet)
    fixed_ids, fixed = _parse_all(ctx.reader.docs(fixed_src),
                                  parse_cvs if per_job else parse_jobs, progress)
    progress.close()
    if not fixed:
        raise UsageError(f"nothing to rank: no readable {'resumes' if per_job else 'jobs'}")
    _warn_duplicates(fixed_ids, "resume" if per_job else "job")
    index = m.index(fixed, workers=w) if per_job else None
    stream = batches(ctx.reader.docs(stream_src), 256)
    first = next(stream, None)
    if first is None:
        # Before anything is written: no header, no empty table.
        raise UsageError(f"nothing to rank: no readable {'jobs' if per_job else 'resumes'}")
    records = Records(ctx.out, fmt, columns, table)
    progress = Progress("ranking", None, not ctx.quiet)
    seen_ids: Dict[str, int] = {}
    for batch in itertools.chain([first], stream):
        for d in batch:
            seen_ids[d.id] = seen_ids.get(d.id, 0) + 1
            if seen_ids[d.id] == 2:
                Reader.warn(f"{'job' if per_job else 'resume'} id {d.id!r} is given more "
                            f"than once; each is ranked as its own document")
        texts = [d.text for d in batch]
        if index is not None:
            idx, scores = index.top_k(parse_jobs(texts), args.top, workers=w)
        else:
            idx, scores = m.top_k(parse_cvs(texts), fixed, args.top, per="resume", workers=w)
        for doc, row_idx, row_scores in zip(batch, idx, scores):
            if fmt == "table":
                ctx.out.write(f"{short(doc.id)}\n")
            for rank, (i, s) in enumerate(zip(row_idx, row_scores), 1):
                records.write({columns[0]: doc.id, "rank": rank, columns[2]: fixed_ids[int(i)],
                               "score": round(float(s), 4)})
        ctx.out.flush()
        progress.update(len(batch))
    progress.close()
    records.close()


def _warn_duplicates(ids: Sequence[str], what: str) -> None:
    """Warns once per id given more than once (rankings would show it twice)."""
    counts: Dict[str, int] = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    for i, n in counts.items():
        if n > 1:
            Reader.warn(f"{what} id {i!r} is given {n} times; each is ranked as its own "
                        f"document")


# --- the parser -------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage errors on one line, like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"jobmatch: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--taxonomy", metavar="FILE",
                        help="a taxonomy in JSON or CSV instead of the built-in one")
    common.add_argument("--add-skills", metavar="FILE", action="append", default=[],
                        help="skills of your own (JSON or CSV) added to the taxonomy; their "
                             "relations may name its skills; may be repeated")
    common.add_argument("--today", help="YYYY-MM-DD or YYYY-MM for 'present' (default: today)")
    common.add_argument("-o", "--output", metavar="FILE",
                        help="write here (atomically) instead of stdout")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    common.add_argument("--workers", type=int, default=None,
                        help="threads (default and -1: all cores)")

    parser = _Parser(
        prog="jobmatch",
        description="Skills, experience and resume-to-job scores. With no arguments: rank the "
                    "bundled example resumes against the bundled example jobs.",
        epilog="Exit status: 0 ok, 1 some inputs unreadable (reported on stderr), "
               "2 usage error, 3 output not written, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"jobmatch {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("skills", parents=[common], help="skills found in documents")
    p.add_argument("files", nargs="*", help="files, directories, globs or .jsonl "
                                            "(default: an example posting)")
    p.add_argument("--format", choices=["table", "json", "jsonl", "csv"], default="table")
    p.add_argument("--fuzzy", action="store_true", help="also match misspellings")
    p.set_defaults(func=cmd_skills)

    p = sub.add_parser("parse", parents=[common], help="parsed profiles")
    p.add_argument("files", nargs="+", help="files, directories, globs or .jsonl")
    p.add_argument("--as", dest="as_", choices=["job", "resume"], help="default: guessed")
    p.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("match", parents=[common], help="score one resume for one job")
    p.add_argument("resume")
    p.add_argument("job")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("rank", parents=[common], help="the best resumes for each job")
    p.add_argument("--resumes", nargs="+", metavar="SRC",
                   help="files, directories, globs or .jsonl (default: the examples)")
    p.add_argument("--jobs", nargs="+", metavar="SRC",
                   help="files, directories, globs or .jsonl (default: the examples)")
    p.add_argument("--top", type=int, default=3, help="results per job (default: 3)")
    p.add_argument("--per", choices=["job", "resume"], default="job",
                   help="rank resumes for each job (default) or jobs for each resume")
    p.add_argument("--rank-by", choices=["score", "mutual"], default="score",
                   help="the score (how well the resume covers the job; default) or the "
                        "mutual score (also how much of the resume the job uses)")
    p.add_argument("--format", choices=["table", "csv", "json", "jsonl"], default="table")
    p.set_defaults(func=cmd_rank)
    return parser


def check_date(option: str, text: str) -> None:
    """Raises UsageError unless `text` is a real date as YYYY-MM-DD or YYYY-MM."""
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?", text)
    if m is None:
        raise UsageError(f"{option} must be YYYY-MM-DD or YYYY-MM, got {text!r}")
    year, month = int(m[1]), int(m[2])
    if not 1950 <= year <= 2100:
        raise UsageError(f"{option} {text}: outside the years dates are read in, 1950-2100")
    if not 1 <= month <= 12:
        raise UsageError(f"{option} {text}: no such month ({m[2]})")
    if m[3] is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= int(m[3]) <= days:
            raise UsageError(f"{option} {text}: no such day ({m[1]}-{m[2]} has {days} days)")


def check_options(args: argparse.Namespace) -> None:
    """Checks option values as the library would (raising UsageError), before anything is
    read or written, and caps the counts that mean "all" at `MAX_COUNT`."""
    if args.today is not None:
        check_date("--today", args.today)
    if args.workers is not None:
        if args.workers == 0 or args.workers < -1:
            raise UsageError(f"--workers must be a positive number or -1 (all cores), "
                             f"got {args.workers}")
        args.workers = min(args.workers, MAX_COUNT)
    top = getattr(args, "top", None)
    if top is not None:
        if top < 1:
            raise UsageError(f"--top must be at least 1, got {top}")
        args.top = min(top, MAX_COUNT)


def _context(args: argparse.Namespace, out: IO[str]) -> Context:
    tax: Optional[Taxonomy] = None
    if args.taxonomy is not None:
        try:
            tax = Taxonomy.from_file(args.taxonomy)
        except (TaxonomyError, OSError, JobmatchError, ValueError) as e:
            raise UsageError(f"--taxonomy {args.taxonomy}: {e}") from None
    for path in args.add_skills:
        try:
            tax = (tax or Taxonomy.builtin()).extend_from_file(path)
        except (TaxonomyError, OSError, JobmatchError, ValueError) as e:
            raise UsageError(f"--add-skills {path}: {e}") from None
    ex = SkillExtractor() if tax is None else SkillExtractor(tax)
    matcher = Matcher(extractor=ex, rank_by=getattr(args, "rank_by", "score"))
    return Context(ex, matcher, Reader(), out, args.quiet)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = ["rank"]
    elif args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        # Files without a subcommand: the skills in them.
        args_list = ["skills", *args_list]
    args = parser.parse_args(args_list)
    # A damaged PDF is reported once, as the file's failure, not as parser warnings.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if args.command is None:
        parser.print_help()
        return 2
    out: Optional[Output] = None
    try:
        check_options(args)
        out = Output(args.output)
        ctx = _context(args, out.stream)
        args.func(args, ctx)
        out.commit()
        return 1 if ctx.reader.failed else 0
    except UsageError as e:
        if out is not None:
            out.discard()
        print(f"jobmatch: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if out is not None:
            out.discard()
        print("jobmatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`jobmatch ... | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:
        # Reading is reported per file by the reader: this is the output failing.
        if out is not None:
            out.discard()
        where = args.output if args.output is not None else "to stdout"
        print(f"jobmatch: cannot write {where}: {e.strerror or e}", file=sys.stderr)
        if args.output is None:
            # Nothing more reaches stdout, not even the flush at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 3
    except JobmatchError as e:
        if out is not None:
            out.discard()
        print(f"jobmatch: {e}", file=sys.stderr)
        return 1
    except BaseException:
        if out is not None:
            out.discard()
        raise


if __name__ == "__main__":
    sys.exit(main())
