"""The README's Python examples run as written and print what the README says they print.

Blocks marked with ``<!-- tested -->`` on the line before their fence run in order in one
namespace, as a reader would paste them. Comment lines right after a ``print`` are the
expected output of the code since the previous check; ``...`` in them stands for any text.
"""
from __future__ import annotations

import contextlib
import doctest
import io
import re
from pathlib import Path
from typing import List, Optional, Tuple

import pytest

import jobmatch

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "<!-- tested -->"


def readme_blocks(markdown: str) -> List[str]:
    blocks = []
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == MARKER and i + 1 < len(lines) and lines[i + 1].startswith("```python"):
            end = lines.index("```", i + 2)
            blocks.append("\n".join(lines[i + 2 : end]))
    return blocks


def segments(block: str) -> List[Tuple[str, Optional[List[str]]]]:
    """Code chunks, each with the output its last ``print`` must give (None: unchecked)."""
    out: List[Tuple[str, Optional[List[str]]]] = []
    code: List[str] = []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        code.append(lines[i])
        if "print(" in lines[i]:
            expected = []
            j = i + 1
            while j < len(lines) and lines[j].startswith("# "):
                expected.append(lines[j][2:])
                j += 1
            if expected:
                out.append(("\n".join(code), expected))
                code = []
                i = j
                continue
        i += 1
    if code:
        out.append(("\n".join(code), None))
    return out


def matches(expected: str, actual: str) -> bool:
    pattern = ".*?".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual.rstrip()) is not None


def test_the_readme_marks_its_runnable_examples() -> None:
    # The quick start's extraction, profiles and matching, and the DataFrame example.
    assert len(readme_blocks(README.read_text(encoding="utf-8"))) >= 4


def test_the_readme_examples_run_and_print_what_it_says() -> None:
    pytest.importorskip("pandas")
    namespace: dict = {}
    for block in readme_blocks(README.read_text(encoding="utf-8")):
        for code, expected in segments(block):
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                exec(compile(code, str(README), "exec"), namespace)  # noqa: S102
            if expected is None:
                continue
            actual = buffer.getvalue().rstrip("\n").split("\n")
            assert len(actual) == len(expected), (code, actual, expected)
            for want, got in zip(expected, actual):
                assert matches(want, got), f"README says\n  {want}\nbut the code prints\n  {got}"


def test_matches_treats_dots_as_any_text() -> None:
    assert matches("esco:ccd0a1d9-... Python", "esco:ccd0a1d9-1234 Python")
    assert not matches("score 0.75", "score 0.74")
    assert not matches("Has: A, ...", "Had: A, B")


def test_the_docstring_examples_pass() -> None:
    # Every public name's docstring, those of the compiled classes and their methods
    # included (which `doctest.testmod(jobmatch)` does not visit: they live in another
    # module), run with the package's public names in scope.
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(verbose=False)
    scope = {name: getattr(jobmatch, name) for name in jobmatch.__all__}
    scope["jobmatch"] = jobmatch
    for name in jobmatch.__all__:
        for test in finder.find(getattr(jobmatch, name), name=name, globs=dict(scope)):
            runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0
    assert result.attempted >= 100


def test_the_package_shows_only_its_api() -> None:
    # Tab completion and dir() show what the package offers, not what it imported.
    public = {name for name in dir(jobmatch) if not name.startswith("_")}
    assert public == {n for n in jobmatch.__all__ if not n.startswith("_")} | {"frames"}
    assert all(hasattr(jobmatch, name) for name in jobmatch.__all__)


def test_example_texts_are_the_bundled_examples() -> None:
    jobs = jobmatch.example_texts("jobs")
    resumes = jobmatch.example_texts("resumes")
    assert len(jobs) == 25 and len(resumes) == 8
    assert list(jobs) == sorted(jobs)
    assert all(isinstance(t, str) and t.strip() for t in [*jobs.values(), *resumes.values()])
    with pytest.raises(ValueError, match="'jobs' or 'resumes'"):
        jobmatch.example_texts("postings")
