"""The command line: formats, sources, exit codes, atomic output, interruption."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import jobmatch
from jobmatch.__main__ import main

TODAY = "2026-11-01"

POSTING = """Backend Engineer

Requirements
- 3+ years of Python and PostgreSQL
- Docker and Kubernetes

Nice to have
- Terraform
"""

RESUME = """Priya Raman

Experience
Backend Developer, Tidewater Logistics
Jan 2019 - Present
Built Python services on PostgreSQL and Docker.

Education
B.S. in Computer Science, 2018
"""

RESUME_2 = """Tomas Ek

Experience
Accountant, Northfield Farms
2015 - 2020
Excel, SAP and payroll.
"""


def run(args, capsys):
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def files(tmp_path):
    jobs = tmp_path / "jobs"
    cvs = tmp_path / "cvs"
    jobs.mkdir()
    cvs.mkdir()
    (jobs / "backend.txt").write_text(POSTING)
    (jobs / "finance.md").write_text("Accountant\n\nRequirements\n- Excel and SAP\n")
    (cvs / "priya.txt").write_text(RESUME)
    (cvs / "tomas.txt").write_text(RESUME_2)
    return tmp_path


def test_no_arguments_ranks_the_bundled_examples(capsys):
    status, out, err = run([], capsys)
    assert status == 0, err
    lines = out.splitlines()
    jobs = sorted(p.stem for p in (Path(jobmatch.__file__).parent / "examples" / "jobs").glob("*.txt"))
    assert [line for line in lines if not line.startswith(" ")] == jobs
    assert sum(1 for line in lines if line.strip().startswith("1.")) == len(jobs)


def test_skills_formats_agree_with_the_library(files, capsys):
    path = files / "jobs" / "backend.txt"
    expected = [(m.start, m.end, m.skill_id) for m in jobmatch.extract_skills(POSTING)]
    status, out, _ = run(["skills", str(path), "--format", "jsonl"], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["start"], r["end"], r["skill_id"]) for r in rows] == expected
    assert all(r["file"] == str(path) for r in rows)
    status, out, _ = run(["skills", str(path), "--format", "json"], capsys)
    assert [(r["start"], r["end"], r["skill_id"]) for r in json.loads(out)] == expected
    status, out, _ = run(["skills", str(path), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(int(r["start"]), int(r["end"]), r["skill_id"]) for r in rows] == expected
    # Files without a subcommand: their skills, as a table.
    status, out, _ = run([str(path)], capsys)
    assert status == 0 and "Kubernetes" in out and f"{len(expected)} skill mentions" in out


def test_unreadable_inputs_are_reported_and_the_rest_processed(files, capsys):
    (files / "jobs" / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf")
    (files / "jobs" / "bad.txt").write_bytes(b"")  # empty: fine, no skills
    status, out, err = run(["skills", str(files / "jobs"), str(files / "missing.txt"),
                            "--format", "jsonl"], capsys)
    assert status == 1
    assert f"jobmatch: {files / 'jobs' / 'broken.pdf'}:" in err
    assert f"jobmatch: {files / 'missing.txt'}:" in err
    found = {json.loads(line)["file"] for line in out.splitlines()}
    assert found == {str(files / "jobs" / "backend.txt"), str(files / "jobs" / "finance.md")}


def test_parse_guesses_the_kind_and_honours_as(files, capsys):
    status, out, _ = run(["parse", str(files / "cvs" / "priya.txt"), str(files / "jobs" / "backend.txt"),
                          "--today", TODAY], capsys)
    assert status == 0
    resume, job = [json.loads(line) for line in out.splitlines()]
    assert resume["as"] == "resume" and resume["total_years"] > 7
    assert job["as"] == "job" and job["min_years"] == 3
    status, out, _ = run(["parse", str(files / "cvs" / "priya.txt"), "--as", "job",
                          "--format", "json"], capsys)
    assert json.loads(out)[0]["as"] == "job"


def test_match_text_and_json(files, capsys):
    cv, job = str(files / "cvs" / "priya.txt"), str(files / "jobs" / "backend.txt")
    status, out, _ = run(["match", cv, job, "--format", "json", "--today", TODAY], capsys)
    assert status == 0
    result = json.loads(out)
    expected = jobmatch.Matcher().score(RESUME, POSTING, today=TODAY)
    assert result["score"] == pytest.approx(expected.score)
    status, out, err = run(["match", cv, job, "--today", TODAY], capsys)
    assert out.strip() == expected.explain().strip()
    assert err == ""
    # The files swapped, and an empty one: scored as asked, with a warning.
    status, _, err = run(["match", job, cv, "--today", TODAY], capsys)
    assert status == 0 and "the order is RESUME JOB" in err
    empty = files / "empty.txt"
    empty.write_text("")
    status, _, err = run(["match", str(empty), job, "--today", TODAY], capsys)
    assert status == 0 and "the resume is empty" in err


def test_rank_sources_formats_and_agreement_with_top_k(files, capsys):
    jsonl = files / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "cv-json", "text": RESUME}) + "\n\n"
                     + json.dumps("Skills: Excel, SAP") + "\n")
    status, out, err = run(["rank", "--resumes", str(files / "cvs" / "*.txt"), str(jsonl),
                            "--jobs", str(files / "jobs"), "--top", "3", "--format", "csv",
                            "--today", TODAY], capsys)
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["job", "rank", "resume", "score"]
    names = [str(files / "cvs" / "priya.txt"), str(files / "cvs" / "tomas.txt"), "cv-json",
             f"{jsonl}:3"]
    texts = [RESUME, RESUME_2, RESUME, "Skills: Excel, SAP"]
    job_texts = [POSTING, "Accountant\n\nRequirements\n- Excel and SAP\n"]
    idx, scores = jobmatch.Matcher().top_k(texts, job_texts, k=3, today=TODAY)
    expected = [(j, r + 1, names[idx[j][r]], round(float(scores[j][r]), 4))
                for j in range(2) for r in range(3)]
    got = [(0 if "backend" in row["job"] else 1, int(row["rank"]), row["resume"], float(row["score"]))
           for row in rows]
    assert got == expected
    # Ranked by the mutual score.
    status, out, err = run(["rank", "--resumes", str(files / "cvs" / "*.txt"), str(jsonl),
                            "--jobs", str(files / "jobs"), "--top", "3", "--format", "csv",
                            "--today", TODAY, "--rank-by", "mutual"], capsys)
    assert status == 0, err
    idx, scores = jobmatch.Matcher(rank_by="mutual").top_k(texts, job_texts, k=3, today=TODAY)
    expected = [(j, r + 1, names[idx[j][r]], round(float(scores[j][r]), 4))
                for j in range(2) for r in range(3)]
    got = [(0 if "backend" in row["job"] else 1, int(row["rank"]), row["resume"], float(row["score"]))
           for row in csv.DictReader(io.StringIO(out))]
    assert got == expected
    # The other direction: the best jobs for each resume.
    status, out, _ = run(["rank", "--resumes", str(files / "cvs"), "--jobs", str(files / "jobs"),
                          "--per", "resume", "--top", "1", "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["resume"] for r in rows] == names[:2]
    assert rows[1]["job"].endswith("finance.md")


def test_output_is_atomic(files, capsys):
    target = files / "ranking.json"
    status, out, _ = run(["rank", "--resumes", str(files / "cvs"), "--jobs", str(files / "jobs"),
                          "--format", "json", "-o", str(target)], capsys)
    assert status == 0 and out == ""
    assert len(json.loads(target.read_text())) == 4
    # A failed run leaves the previous file untouched and no temporary file behind.
    status, _, err = run(["rank", "--resumes", str(files / "cvs"), "--jobs", str(files / "nothing*"),
                          "--format", "json", "-o", str(target)], capsys)
    assert status == 2 and "nothing to rank" in err
    assert len(json.loads(target.read_text())) == 4
    assert sorted(p.name for p in files.iterdir()) == ["cvs", "jobs", "ranking.json"]


def test_custom_taxonomy_today_and_usage_errors(files, capsys):
    tax = files / "mine.csv"
    tax.write_text("id,name,kind,aliases\nacme:flux,Flux Capacitor,tool,FluxCap\n")
    doc = files / "doc.txt"
    doc.write_text("We use FluxCap and Python.")
    status, out, _ = run(["skills", str(doc), "--taxonomy", str(tax), "--format", "jsonl"], capsys)
    assert status == 0
    assert [json.loads(line)["skill_id"] for line in out.splitlines()] == ["acme:flux"]
    # Skills added to the built-in taxonomy (twice: each file adds its own).
    more = files / "more.json"
    more.write_text('[{"id": "acme:warp", "name": "Warp Drive", "kind": "tool", '
                    '"broader": ["acme:flux"]}]')
    ours = files / "ours.csv"
    ours.write_text("id,name,kind,aliases\nacme:flux,Flux Capacitor,tool,FluxCap\n")
    doc.write_text("We use FluxCap, a Warp Drive and Python.")
    status, out, _ = run(["skills", str(doc), "--add-skills", str(ours), "--add-skills",
                          str(more), "--format", "jsonl"], capsys)
    assert status == 0
    assert [json.loads(line)["skill_id"] for line in out.splitlines()] \
        == ["acme:flux", "acme:warp", "esco:ccd0a1d9-afda-43d9-b901-96344886e14d"]
    # In the other order, the relation names a skill not added yet: a usage error.
    status, out, err = run(["skills", str(doc), "--add-skills", str(more), "--add-skills",
                            str(ours)], capsys)
    assert status == 2 and out == "" and err.startswith("jobmatch: --add-skills")
    assert "more.json" in err and err.count("\n") == 1
    bad = files / "bad.csv"
    bad.write_text("name\nno id column\n")
    status, _, err = run(["skills", str(doc), "--taxonomy", str(bad)], capsys)
    assert status == 2 and "--taxonomy" in err
    status, _, err = run(["skills", str(doc), "--taxonomy", str(files / "mine.yaml")], capsys)
    assert status == 2 and "--taxonomy" in err
    status, _, err = run(["parse", str(doc), "--today", "yesterday"], capsys)
    assert status == 2 and "--today" in err
    status, _, err = run(["rank", "--top", "0"], capsys)
    assert status == 2 and "--top" in err


BAD_VALUES = [("--workers", "-2"), ("--workers", "0"), ("--today", "2026-13-45"),
              ("--today", "2026-02-30"), ("--today", "2025-02-29"), ("--today", "2026-04-31"),
              ("--today", "2026-00"), ("--today", "2026-1-05"), ("--today", "٢٠٢٦-01"),
              ("--today", "9999-12-31")]


@pytest.mark.parametrize("command, option, value",
                         [(c, o, v) for c in ("rank", "match") for o, v in BAD_VALUES]
                         + [("rank", "--top", "0"), ("rank", "--top", "-5")])
def test_bad_option_values_are_one_line_usage_errors(files, capsys, command, option, value):
    cv, job = str(files / "cvs" / "priya.txt"), str(files / "jobs" / "backend.txt")
    args = (["rank", "--resumes", cv, "--jobs", job] if command == "rank" else ["match", cv, job])
    target = files / "out.csv"
    status, out, err = run([*args, option, value, "-o", str(target)], capsys)
    assert status == 2 and out == ""
    assert err.startswith(f"jobmatch: {option}") and err.count("\n") == 1, err
    assert sorted(p.name for p in files.iterdir()) == ["cvs", "jobs"]


def test_good_dates_and_counts_that_mean_all(files, capsys):
    cv, job = str(files / "cvs" / "priya.txt"), str(files / "jobs" / "backend.txt")
    for today in ("2024-02-29", "2026-11", "2026-12-31"):
        status, out, err = run(["match", cv, job, "--today", today, "--format", "json"], capsys)
        assert status == 0, err
        expected = jobmatch.Matcher().score(RESUME, POSTING, today=today)
        assert json.loads(out)["score"] == pytest.approx(expected.score)
    # A --top or --workers too large for the library's integers means "all".
    status, out, err = run(["rank", "--resumes", str(files / "cvs"), "--jobs", str(files / "jobs"),
                            "--top", "99999999999999999999", "--workers", "99999999999999999999",
                            "--format", "jsonl", "--today", TODAY], capsys)
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["rank"] for r in rows] == [1, 2, 1, 2]
    status, _, err = run(["skills", cv, "--workers", "-1"], capsys)
    assert status == 0, err


def test_output_directory_must_exist(files, capsys):
    cvs, jobs = str(files / "cvs"), str(files / "jobs")
    target = files / "missing" / "out.csv"
    status, out, err = run(["rank", "--resumes", cvs, "--jobs", jobs, "-o", str(target)], capsys)
    assert status == 2 and out == ""
    assert err == f"jobmatch: --output {target}: {target.parent} does not exist\n"
    assert not target.parent.exists()
    status, _, err = run(["rank", "--resumes", cvs, "--jobs", jobs,
                          "-o", str(files / "cvs" / "priya.txt" / "out.csv")], capsys)
    assert status == 2 and "is not a directory" in err


def test_jsonl_null_id_gets_the_default(files, capsys):
    jsonl = files / "docs.jsonl"
    jsonl.write_text(json.dumps({"id": None, "text": "Python"}) + "\n"
                     + json.dumps({"text": "SQL"}) + "\n"
                     + json.dumps({"id": 7, "text": "Docker"}) + "\n")
    status, out, err = run(["skills", str(jsonl), "--format", "jsonl"], capsys)
    assert status == 0, err
    assert [json.loads(line)["file"] for line in out.splitlines()] == \
        [f"{jsonl}:1", f"{jsonl}:2", "7"]


def test_match_needs_one_document_per_side(files, capsys):
    cv, job = str(files / "cvs" / "priya.txt"), str(files / "jobs" / "backend.txt")
    several = files / "several.jsonl"
    several.write_text(json.dumps(RESUME) + "\n" + json.dumps(RESUME_2) + "\n")
    for args, side in (([str(several), job], "resume"), ([cv, str(several)], "job"),
                       ([str(files / "cvs"), job], "resume")):
        status, out, err = run(["match", *args], capsys)
        assert status == 2 and out == ""
        assert err.startswith("jobmatch: match needs exactly one document per side: "
                              f"the {side} source "), err
    # Also when some of the documents cannot be read (reported, then the usage error).
    broken = files / "broken.jsonl"
    broken.write_text("not json\n" + json.dumps(RESUME) + "\n" + json.dumps(RESUME_2) + "\n")
    status, _, err = run(["match", str(broken), job], capsys)
    assert status == 2
    assert err.splitlines()[0].startswith(f"jobmatch: {broken}:1: not JSON")
    assert "exactly one document per side" in err.splitlines()[1]
    empty = files / "empty.jsonl"
    empty.write_text("\n")
    status, _, err = run(["match", str(empty), job], capsys)
    assert status == 2 and "holds none" in err
    # An unreadable file is an input failure (exit 1), not a usage error.
    status, _, err = run(["match", str(files / "missing.txt"), job], capsys)
    assert status == 1 and err == f"jobmatch: {files / 'missing.txt'}: no such file\n"
    # A .jsonl with one document is fine.
    one = files / "one.jsonl"
    one.write_text(json.dumps({"id": "cv", "text": RESUME}) + "\n")
    status, out, err = run(["match", str(one), job, "--today", TODAY, "--format", "json"], capsys)
    assert status == 0, err
    assert json.loads(out)["score"] == pytest.approx(
        jobmatch.Matcher().score(RESUME, POSTING, today=TODAY).score)


def test_latin1_and_utf16_files_are_read(files, capsys):
    (files / "latin1.txt").write_bytes("Café manager: Excel and SAP, Zürich".encode("latin-1"))
    (files / "utf16.txt").write_bytes("Python at Zürich".encode("utf-16"))
    status, out, _ = run(["skills", str(files / "latin1.txt"), str(files / "utf16.txt"),
                          "--format", "jsonl"], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["text"] for r in rows} >= {"Excel", "SAP", "Python"}


def _default_sigint() -> None:
    """In the child before it starts: Ctrl-C as a terminal delivers it, even when this test
    run ignores SIGINT (a runner started in the background, `nohup`), which the child would
    inherit."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*args, **kwargs):
    if sys.platform != "win32":
        kwargs.setdefault("preexec_fn", _default_sigint)
    return subprocess.Popen([sys.executable, "-m", "jobmatch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def test_broken_pipe_is_quiet(files):
    big = files / "big.jsonl"
    big.write_text("".join(json.dumps(POSTING) + "\n" for _ in range(3000)))
    p = subprocess.run(f"{sys.executable} -m jobmatch skills {big} --format jsonl | head -n 1",
                       shell=True, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0
    assert len(p.stdout.splitlines()) == 1
    assert "Traceback" not in p.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupted_rank_leaves_no_output_file(files):
    jobs = files / "jobs.jsonl"
    with jobs.open("w") as f:
        for i in range(150_000):
            f.write(json.dumps(f"Job {i}\nRequirements\n- Python, SQL and Docker\n") + "\n")
    target = files / "out.csv"
    p = _cli("rank", "--resumes", str(files / "cvs"), "--jobs", str(jobs), "--format", "csv",
             "-o", str(target), "--workers", "1")
    deadline = time.monotonic() + 60
    # Wait until ranking has started writing (the temporary file exists and grows).
    while time.monotonic() < deadline and p.poll() is None:
        partial = [q for q in files.iterdir() if q.name.startswith(".out.csv.")]
        if partial and partial[0].stat().st_size > 1000:
            break
        time.sleep(0.05)
    assert p.poll() is None, "the run finished before it could be interrupted"
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=30)
    assert p.returncode == 130, err
    assert b"interrupted" in err
    assert not target.exists()
    assert not [q for q in files.iterdir() if q.name.startswith(".out.csv.")]


def test_no_progress_bar_when_not_a_terminal(files):
    p = _cli("rank", "--resumes", str(files / "cvs"), "--jobs", str(files / "jobs"))
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0 and err == b""
    assert os.linesep.encode() in out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and modes")
def test_output_keeps_links_and_gets_the_usual_mode(files, capsys):
    real = files / "real.csv"
    real.write_text("old\n")
    real.chmod(0o644)
    link = files / "link.csv"
    link.symlink_to(real)
    status, _, err = run(["skills", str(files / "jobs" / "backend.txt"), "--format", "csv",
                          "-o", str(link)], capsys)
    assert status == 0, err
    assert link.is_symlink() and real.read_text().startswith("file,start,end")
    assert real.stat().st_mode & 0o777 == 0o644
    fresh = files / "fresh.csv"
    old_umask = os.umask(0o022)
    try:
        assert run(["skills", str(files / "jobs" / "backend.txt"), "-o", str(fresh)],
                   capsys)[0] == 0
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_output_to_a_fifo_is_written_not_replaced(files):
    fifo = files / "pipe"
    os.mkfifo(fifo)
    p = subprocess.Popen([sys.executable, "-m", "jobmatch", "skills",
                          str(files / "jobs" / "backend.txt"), "--format", "jsonl", "-o", str(fifo)],
                         stderr=subprocess.PIPE, text=True)
    with open(fifo) as f:
        rows = [json.loads(line) for line in f]
    assert p.wait(timeout=120) == 0, p.stderr.read() if p.stderr else ""
    assert {r["name"] for r in rows} >= {"PostgreSQL", "Docker"}
    assert fifo.is_fifo()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_its_own_status(files):
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "jobmatch", "skills",
                            str(files / "jobs" / "backend.txt")],
                           stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert p.returncode == 3
    assert p.stderr.strip() == "jobmatch: cannot write to stdout: No space left on device"


def test_bad_jsonl_records_fail_alone(files, capsys):
    jsonl = files / "docs.jsonl"
    jsonl.write_text('{"id": "a", "text": "Python \\ud800"}\n'
                     '{"id": {"x": 1}, "text": "SQL"}\n'
                     '{"id": "", "text": "Docker"}\n'
                     '{"id": "b", "text": "Kubernetes"}\n')
    status, out, err = run(["skills", str(jsonl), "--format", "jsonl"], capsys)
    assert status == 1
    assert f"{jsonl}:1: not valid Unicode: a lone surrogate (\\ud800) in its text" in err
    assert f'{jsonl}:2: "id" must be a string or a number, not dict' in err
    assert "Traceback" not in err
    # The good records are processed, an empty id gets the default.
    assert {json.loads(line)["file"] for line in out.splitlines()} == {f"{jsonl}:3", "b"}


def test_html_with_a_charset_that_is_no_text_encoding_is_read(files, capsys):
    for charset in ("hex", "base64", "rot13", "idna"):
        page = files / f"{charset}.html"
        page.write_bytes(f'<html><head><meta charset="{charset}"></head>'
                         '<body><p>Requirements: Python and Docker</p></body></html>'.encode())
        status, out, err = run(["skills", str(page), "--format", "jsonl"], capsys)
        assert status == 0, err
        assert {json.loads(line)["name"] for line in out.splitlines()} >= {"Docker"}


def test_rank_reads_a_file_once_and_warns_of_repeated_ids(files, capsys):
    cvs = files / "cvs"
    status, out, err = run(["rank", "--resumes", str(cvs), str(cvs / "priya.txt"), str(cvs),
                            "--jobs", str(files / "jobs" / "backend.txt"), "--format", "csv"],
                           capsys)
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(r["resume"] for r in rows) == sorted(str(p) for p in cvs.iterdir())
    jsonl = files / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "text": RESUME}) + "\n"
                     + json.dumps({"id": "x", "text": RESUME_2}) + "\n")
    status, out, err = run(["rank", "--resumes", str(jsonl), "--jobs", str(files / "jobs"),
                            "--format", "csv"], capsys)
    assert status == 0
    assert "jobmatch: warning: resume id 'x' is given 2 times" in err


def test_nothing_is_written_before_an_empty_side_is_found(files, capsys):
    # The ranked side (resumes) is read first; the jobs stream after it.
    status, out, err = run(["rank", "--resumes", str(files / "cvs"), "--jobs",
                            str(files / "nothing*"), "--format", "csv"], capsys)
    assert status == 2 and out == ""
    assert "nothing to rank" in err


def test_argument_errors_are_one_line(files, capsys):
    with pytest.raises(SystemExit) as e:
        main(["rank", "--top", "many"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("jobmatch: argument --top: invalid int value: 'many'")


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="needs /dev/stdout")
def test_output_to_dev_stdout_appends_to_a_redirected_file(files):
    log = files / "log.txt"
    log.write_text("before\n")
    with open(log, "a") as out:
        p = subprocess.run([sys.executable, "-m", "jobmatch", "skills",
                            str(files / "jobs" / "backend.txt"), "--format", "csv",
                            "-o", "/dev/stdout"], stdout=out, stderr=subprocess.PIPE,
                           text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = log.read_text().splitlines()
    assert lines[0] == "before" and lines[1].startswith("file,start,end")


def test_an_unreadable_directory_is_an_input_failure(files, capsys, monkeypatch):
    # As a directory without read permission is to a user who is not root (tests may run
    # as root, who reads anything).
    import errno
    import pathlib

    locked = files / "locked"
    locked.mkdir()
    real_iterdir = pathlib.Path.iterdir

    def iterdir(self):
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(pathlib.Path, "iterdir", iterdir)
    status, out, err = run(["skills", str(files / "jobs" / "backend.txt"), str(locked),
                            "--format", "jsonl"], capsys)
    assert status == 1
    assert f"jobmatch: {locked}: Permission denied" in err
    assert {json.loads(line)["name"] for line in out.splitlines()} >= {"Docker"}
