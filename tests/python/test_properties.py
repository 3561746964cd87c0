"""Property tests over every public entry point: any string in, no crash, offsets inside the
text, scores in [0, 1], score == cdist, serialisation round-trips."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

import jobmatch

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Text that looks like documents: skill names, dates, numbers, headings, brackets and
# separators, mixed with arbitrary Unicode (every plane, controls, combining marks, emoji).
PIECES = st.sampled_from([
    "Python", "C++", "k8s", "SQL", "Node.js", "CI/CD", "Requirements:", "Experience\n",
    "Education\n", "Nice to have:", "Jan 2019 - Present", "03/2017 - 06/2020", "2015 – 2017",
    "5+ years of experience", "2-5 years", "B.S. in Computer Science", "Ph.D.", "MBA", "(",
    ")", "\n", "\n\n", " - ", "•", ";", ".", "401(k)", "Summer 2020", "18 months", "\u0301",
    "\U0001F600", "\u202e", "\x00", "\t", "ﬁ", "İ", "ß", "\ufeff",
    # Risky forms, lists and the words of the rules around them.
    "Skills:", "SKILLS\n", "calm", "CALM", "Fast", "Go", "to", "rest", "REST", "Chef", "Sous",
    "Work History\n", "Inc.", "Agency", "High school", "diploma", "A.S.", "M.Ed.",
    "Expected May 2027", "(3 of them with Kubernetes)", "|", ",", "company -",
])
DOCS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map(" ".join)


def assert_spans_inside(obj, n):
    """Every span-like dict in a profile's data lies inside a text of length n."""
    if isinstance(obj, dict):
        if set(obj) >= {"start", "end"} and isinstance(obj["start"], int):
            assert 0 <= obj["start"] <= obj["end"] <= n, obj
        for v in obj.values():
            assert_spans_inside(v, n)
    elif isinstance(obj, list):
        for v in obj:
            assert_spans_inside(v, n)


@SETTINGS
@given(DOCS)
def test_extract_offsets_are_str_indices_inside_the_text(text):
    for m in jobmatch.extract_skills(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    fuzzy = jobmatch.SkillExtractor(fuzzy=True)
    for m in fuzzy.extract(text):
        assert text[m.start:m.end] == m.text


@SETTINGS
@given(DOCS)
def test_parsed_profiles_are_in_bounds_and_round_trip(text):
    job = jobmatch.parse_job(text)
    cv = jobmatch.parse_resume(text, today="2026-11-01")
    for profile, cls in ((job, jobmatch.Job), (cv, jobmatch.Resume)):
        data = profile.to_dict()
        assert_spans_inside(data, len(text))
        assert cls.from_json(profile.to_json()) == profile
        assert pickle.loads(pickle.dumps(profile)) == profile
    assert job.min_years is None or 0 <= job.min_years <= 50
    assert 0 <= cv.total_years < 200
    for s in cv.skills:
        assert s.years is None or s.years >= 0


@SETTINGS
@given(DOCS, DOCS)
def test_scores_are_in_range_and_equal_to_cdist(resume, job):
    m = jobmatch.Matcher()
    r = m.score(resume, job, today="2026-11-01")
    assert 0.0 <= r.score <= 1.0
    assert 0.0 <= r.reverse_score <= 1.0
    assert all(0.0 <= v <= 1.0 for v in r.breakdown.values())
    S = m.cdist([resume], [job], today="2026-11-01")
    assert S[0, 0] == np.float32(r.score)
    idx, scores = m.top_k([resume], [job], k=1, today="2026-11-01")
    assert idx[0, 0] == 0 and scores[0, 0] == S[0, 0]
    assert 0.0 <= r.mutual_score <= 1.0
    mutual = jobmatch.Matcher(rank_by="mutual")
    assert mutual.cdist([resume], [job], today="2026-11-01")[0, 0] == np.float32(r.mutual_score)


@SETTINGS
@given(st.text(max_size=30), st.sampled_from(["\ud800", "\udfff", "\udc80x"]))
def test_lone_surrogates_give_a_clear_error(text, surrogate):
    bad = text + surrogate
    with pytest.raises(jobmatch.JobmatchError, match="not valid Unicode"):
        jobmatch.extract_skills(bad)
    with pytest.raises(jobmatch.JobmatchError, match="not valid Unicode"):
        jobmatch.parse_job(bad)
    with pytest.raises(jobmatch.JobmatchError, match="not valid Unicode"):
        jobmatch.Matcher().cdist([bad], ["Python"])


@SETTINGS
@given(st.text(max_size=300))
def test_taxonomy_and_profile_loaders_fail_cleanly(text):
    for load in (jobmatch.Taxonomy.from_csv, jobmatch.Taxonomy.from_json):
        try:
            tax = load(text)
        except jobmatch.TaxonomyError:
            continue
        # A taxonomy that loads can be used.
        jobmatch.SkillExtractor(tax).extract(text)
    for cls in (jobmatch.Job, jobmatch.Resume):
        with pytest.raises(ValueError):
            cls.from_json(text)


@SETTINGS
@given(st.lists(DOCS, max_size=6), st.lists(DOCS, min_size=1, max_size=4),
       st.integers(min_value=1, max_value=8))
def test_top_k_agrees_with_cdist_and_workers_do_not_change_results(resumes, jobs, k):
    m = jobmatch.Matcher()
    S = m.cdist(resumes, jobs, today="2026-11-01", workers=1)
    S2 = m.cdist(resumes, jobs, today="2026-11-01", workers=2)
    np.testing.assert_array_equal(S, S2)
    if not resumes:
        return
    idx, scores = m.top_k(resumes, jobs, k=k, today="2026-11-01", workers=2)
    for j in range(len(jobs)):
        order = sorted(range(len(resumes)), key=lambda i: (-S[i, j], i))[:k]
        assert idx[j].tolist() == order
        np.testing.assert_array_equal(scores[j], S[order, j])
