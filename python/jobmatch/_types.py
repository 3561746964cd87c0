"""Plain data classes for the parts of parsed profiles.

Instances are made by :class:`jobmatch.Job` and :class:`jobmatch.Resume`; they are frozen
dataclasses, so they compare by value, hash, pickle and convert with
:func:`dataclasses.asdict`. Spans are ``(start, end)`` ``str`` indices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

Span = Tuple[int, int]


def _span(d: Dict[str, int]) -> Span:
    return (d["start"], d["end"])


def _spans(items: List[Dict[str, int]]) -> Tuple[Span, ...]:
    return tuple(_span(d) for d in items)


@dataclass(frozen=True)
class Section:
    """A section of a document: its kind, its heading as written and its span.

    ``kind`` is one of ``intro``, ``requirements``, ``preferred``, ``responsibilities``,
    ``benefits``, ``about`` (postings), ``summary``, ``experience``, ``education``,
    ``skills``, ``projects``, ``certifications`` (resumes) or ``other``.
    """

    kind: str
    heading: str
    start: int
    end: int

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "Section":
        return cls(d["kind"], d["heading"], d["start"], d["end"])


@dataclass(frozen=True)
class JobSkill:
    """A skill a job asks for, once, with the spans where it is mentioned.

    ``required`` is False when every mention is under a "preferred" / "nice to have"
    heading or in a sentence that calls it a plus. ``min_years`` is set when a statement
    such as "3+ years of Python" names the skill. Skills offered as alternatives ("AWS,
    GCP or Azure") share a ``group`` number, and a resume needs only one of them; ``group``
    is None for a skill asked for on its own.
    """

    skill_id: str
    name: str
    kind: str
    required: bool
    min_years: Optional[float]
    mentions: Tuple[Span, ...]
    group: Optional[int] = None

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "JobSkill":
        return cls(
            d["skill_id"], d["name"], d["kind"], d["required"], d["min_years"],
            _spans(d["mentions"]), d.get("group"),
        )


@dataclass(frozen=True)
class ExperienceRequirement:
    """A statement of years of experience in a posting ("3-5+ years of Java").

    ``skills`` holds the ids of the skills it names (empty for an overall requirement);
    ``alternatives`` the other minimums offered in the same sentence.
    """

    min_years: float
    max_years: Optional[float]
    alternatives: Tuple[float, ...]
    skills: Tuple[str, ...]
    required: bool
    span: Span

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "ExperienceRequirement":
        return cls(
            d["min_years"], d["max_years"], tuple(d["alternatives"]), tuple(d["skills"]),
            d["required"], _span(d["span"]),
        )


@dataclass(frozen=True)
class EducationRequirement:
    """The education a posting asks for.

    ``level`` (``high_school``, ``associate``, ``bachelor``, ``master``, ``mba``,
    ``doctorate``) is the lowest level that meets it. ``related_fields``: the posting
    welcomes a related field ("or a related field"); ``fields_of_required``: the fields
    are asked of a required degree (False when only a preferred one names them).
    """

    level: str
    fields: Tuple[str, ...]
    required: bool
    preferred_level: Optional[str]
    experience_may_replace: bool
    mentions: Tuple[Span, ...]
    related_fields: bool = False
    fields_of_required: bool = True

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "EducationRequirement":
        return cls(
            d["level"], tuple(d["fields"]), d["required"], d["preferred_level"],
            d["experience_may_replace"], _spans(d["mentions"]),
            bool(d.get("related_fields", False)), bool(d.get("fields_of_required", True)),
        )


@dataclass(frozen=True)
class Position:
    """A position in a resume: title, employer, first and last month (``"YYYY-MM"``),
    whether it is current, months held (both ends counted) and its span of text."""

    title: Optional[str]
    employer: Optional[str]
    start: str
    end: str
    current: bool
    months: int
    span: Span

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "Position":
        return cls(
            d["title"], d["employer"], d["start"], d["end"], d["current"], d["months"],
            _span(d["span"]),
        )


@dataclass(frozen=True)
class ResumeSkill:
    """A skill in a resume, once: years of use (positions mentioning it, merged, or years
    stated, whichever is larger), years stated ("Python (5 years)" is 5.0; "Less than 1
    year" counts half, 0.5; without years beside it, those of a statement that names it, as
    "7 years of Python experience"), last month used, mentions."""

    skill_id: str
    name: str
    kind: str
    years: Optional[float]
    stated_years: Optional[float]
    last_used: Optional[str]
    mentions: Tuple[Span, ...]

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "ResumeSkill":
        return cls(
            d["skill_id"], d["name"], d["kind"], d["years"], d["stated_years"],
            d["last_used"], _spans(d["mentions"]),
        )


@dataclass(frozen=True)
class Education:
    """The highest degree in a resume: level, field (if stated), whether it is under way
    rather than held (``in_progress``: "Pursuing M.Tech", "MSc (in progress)", "PhD
    candidate", "2024 - Present", "expected 2027"; chosen only when no degree is held, and
    scored as the level below it) and span; ``fields``: the fields of every degree the
    resume names, this one's first (what the matcher compares with a job's fields)."""

    level: str
    field: Optional[str]
    span: Span
    in_progress: bool = False
    fields: Tuple[str, ...] = ()

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "Education":
        return cls(
            d["level"], d["field"], _span(d["span"]), bool(d.get("in_progress", False)),
            tuple(d.get("fields", ())),
        )


@dataclass(frozen=True)
class SkillMatch:
    """How a job's skill was met: ``credit`` 1 when the resume has it, less through a
    related skill (``via`` names it), 0 when missing; when the resume names the skill
    without years of use, a share of that from the matcher's ``listed_credit`` up to 1, as
    far as the skills it uses in positions back its claim to the job; ``weight`` is its
    weight in the score;
    spans in the job and in the resume. When the job offers the skill as one of
    alternatives, ``alternatives`` names the others: only the one that scores best (the
    first when none is met) is listed."""

    skill_id: str
    name: str
    required: bool
    credit: float
    weight: float
    via: Optional[str]
    job_spans: Tuple[Span, ...]
    resume_spans: Tuple[Span, ...]
    alternatives: Tuple[str, ...] = ()

    @classmethod
    def _from_dict(cls, d: Dict[str, Any]) -> "SkillMatch":
        return cls(
            d["skill_id"], d["name"], d["required"], d["credit"], d["weight"], d["via"],
            _spans(d["job_spans"]), _spans(d["resume_spans"]),
            tuple(d.get("alternatives", ())),
        )


def _build(kind: str, data: Any) -> Any:
    """Turns serialised parts into the classes above (``data`` is a list or a dict)."""
    cls = _CLASSES[kind]
    if data is None:
        return None
    if isinstance(data, list):
        return tuple(cls._from_dict(d) for d in data)
    return cls._from_dict(data)


_CLASSES: "dict[str, Any]" = {
    "section": Section,
    "job_skill": JobSkill,
    "experience": ExperienceRequirement,
    "education_requirement": EducationRequirement,
    "position": Position,
    "resume_skill": ResumeSkill,
    "education": Education,
    "skill_match": SkillMatch,
}
