"""Threads, Ctrl-C, fork and multiprocessing: results identical to serial, no hangs."""
from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import jobmatch

TODAY = "2026-11-01"
JOBS = [
    "Requirements\n- 3+ years of Python and SQL\n- Docker\nNice to have: Kubernetes",
    "Accountant\nRequirements: Excel, SAP, bookkeeping. Bachelor's degree in Accounting.",
    "Frontend developer: React, TypeScript and CSS; 2-5 years of experience.",
]
RESUMES = [
    f"Experience\nEngineer, Firm {i}\nJan {2010 + i % 10} - Present\n"
    f"{['Python and SQL', 'Excel and SAP', 'React and CSS', 'Docker, Kubernetes'][i % 4]}\n"
    f"Education\nB.S. in Computer Science"
    for i in range(40)
]


def _score_matrix(args):
    matcher, resumes, jobs = args
    return matcher.cdist(resumes, jobs, today=TODAY, workers=2)


def test_one_matcher_from_many_threads_gives_the_serial_results():
    m = jobmatch.Matcher()
    serial = [m.cdist(RESUMES[i:i + 10], JOBS, today=TODAY) for i in range(0, 40, 10)]
    scores = [m.score(r, JOBS[0], today=TODAY).score for r in RESUMES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            got = list(pool.map(lambda i: m.cdist(RESUMES[i:i + 10], JOBS, today=TODAY),
                                range(0, 40, 10)))
            for a, b in zip(got, serial):
                np.testing.assert_array_equal(a, b)
            assert list(pool.map(lambda r: m.score(r, JOBS[0], today=TODAY).score,
                                 RESUMES)) == scores
            ex = jobmatch.SkillExtractor()
            texts = RESUMES * 5
            many = list(pool.map(lambda t: [(x.start, x.skill_id) for x in ex.extract(t)], texts))
            assert many == [[(x.start, x.skill_id) for x in ex.extract(t)] for t in texts]


def _default_sigint() -> None:
    """In the child before it starts: Ctrl-C as a terminal delivers it, even when this test
    run ignores SIGINT (a runner started in the background, `nohup`), which the child would
    inherit, and Python then installs no KeyboardInterrupt handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("call", ["cdist", "parse_resumes", "extract_skills_many", "top_k"])
def test_ctrl_c_interrupts_batch_calls_promptly(call):
    script = textwrap.dedent(f"""
        import os, signal, sys, threading, time
        import jobmatch
        texts = ["Experience\\nEngineer\\nJan 2019 - Present\\nPython, SQL, Docker and Kubernetes. "
                 * 20] * 400_000
        m = jobmatch.Matcher()
        calls = {{
            "cdist": lambda: m.cdist(texts[:60_000], texts[:2000], workers=1),
            "parse_resumes": lambda: jobmatch.parse_resumes(texts, workers=1),
            "extract_skills_many": lambda: jobmatch.extract_skills_many(texts, workers=1),
            "top_k": lambda: m.top_k(texts[:200_000], texts[:2000], workers=1),
        }}
        print("started", flush=True)
        t0 = time.monotonic()
        try:
            calls[{call!r}]()
            print("finished", flush=True)
        except KeyboardInterrupt:
            print(f"interrupted after {{time.monotonic() - t0:.2f}}", flush=True)
        # Still healthy afterwards.
        print(m.score("Skills: Python", "Requirements: Python").score > 0, flush=True)
    """)
    p = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)
    assert p.stdout is not None
    assert p.stdout.readline().strip() == "started"
    time.sleep(1.0)
    sent = time.monotonic()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    waited = time.monotonic() - sent
    assert p.returncode == 0, err
    lines = out.split()
    assert lines[0] == "interrupted", out
    assert lines[-1] == "True"
    assert waited < 5.0, f"took {waited:.1f}s to stop"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_use_after_fork():
    m = jobmatch.Matcher()
    expected = m.cdist(RESUMES, JOBS, today=TODAY, workers=2)  # thread pools used in the parent
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: same objects, new process
        try:
            got = m.cdist(RESUMES, JOBS, today=TODAY, workers=2)
            idx, _ = m.top_k(RESUMES, JOBS, k=3, today=TODAY, workers=2)
            os.write(w, pickle.dumps((got, idx)))
        finally:
            os._exit(0)
    os.close(w)
    data = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        chunk = os.read(r, 1 << 20)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    assert status == 0
    got, idx = pickle.loads(data)
    np.testing.assert_array_equal(got, expected)
    assert idx.tolist() == m.top_k(RESUMES, JOBS, k=3, today=TODAY)[0].tolist()


@pytest.mark.parametrize("method", [m for m in ("fork", "spawn", "forkserver")
                                    if m in mp.get_all_start_methods()])
def test_multiprocessing_pools(method):
    m = jobmatch.Matcher(weights={"required_skills": 0.7, "preferred_skills": 0.1,
                                  "experience": 0.1, "skill_experience": 0.05,
                                  "education": 0.05})
    m.cdist(RESUMES[:2], JOBS, today=TODAY)  # warm up thread pools before forking
    parts = [(m, RESUMES[i:i + 10], jobs) for i in range(0, 40, 10)
             for jobs in (JOBS, jobmatch.parse_jobs(JOBS))]
    ctx = mp.get_context(method)
    with ctx.Pool(2) as pool:
        got = pool.map(_score_matrix, parts, chunksize=1)
    for (matcher, resumes, jobs), g in zip(parts, got):
        np.testing.assert_array_equal(g, m.cdist(resumes, jobs, today=TODAY))
