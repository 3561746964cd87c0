"""Python API of matching: scores, explanations, cdist, top_k, consistency, pickling."""
from __future__ import annotations

import json
import math
import pickle
from pathlib import Path

import numpy as np
import pytest

import jobmatch

ROOT = Path(__file__).resolve().parent.parent.parent
JOB = """\
Requirements:
- 5+ years of software development experience
- 3+ years of Python
- SQL and Docker
- Bachelor's degree in Computer Science

Nice to have
- Kubernetes
"""
GOOD = """\
Experience
Engineer, Acme | Jan 2018 - Present
- Python, Django, PostgreSQL, Docker, Kubernetes
Education
B.S. in Computer Science
"""
WEAK = "Experience\nClerk, Shop | Jan 2024 - Present\n- Excel\n"
TODAY = "2026-11-27"


def test_score_is_explained():
    m = jobmatch.Matcher()
    good = m.score(GOOD, JOB, today=TODAY)
    weak = m.score(WEAK, JOB, today=TODAY)
    assert 0 <= weak.score < good.score <= 1
    assert set(good.breakdown) == {
        "required_skills", "preferred_skills", "experience", "skill_experience", "education"
    }
    (sql,) = [p for p in good.partial if p.name == "SQL"]
    assert sql.via == "PostgreSQL" and 0 < sql.credit < 1
    start, end = sql.resume_spans[0]
    assert GOOD[start:end] == "PostgreSQL"
    assert any(s.name.startswith("Python") for s in good.matched)
    assert weak.experience_gap is not None and weak.experience_gap > 2
    assert "Missing (required)" in weak.explain()
    d = good.to_dict()
    assert d["score"] == good.score and isinstance(d["matched"], list)


def test_a_postings_skill_phrasings_meet_a_resumes_plain_names():
    # "Excellent customer service skills" in a posting is what "customer service" in a
    # resume names; "Strong communication skills" is communication.
    job = (
        "Store Associate\nRequirements:\n- Excellent customer service skills\n"
        "- Strong communication skills\n- Critical thinking skills\n"
    )
    resume = "Skills: customer service, communication, critical thinking, cash handling\n"
    r = jobmatch.Matcher(listed_credit=1.0).score(resume, job)  # skills lists at full credit
    assert {s.name for s in r.matched} == {"customer service", "communication", "critical thinking"}
    assert not r.missing and r.breakdown["required_skills"] == 1.0


def test_weights_change_the_score_and_are_checked():
    job, cv = jobmatch.parse_job(JOB), jobmatch.parse_resume(WEAK, today=TODAY)
    only_edu = jobmatch.Matcher(weights={"required_skills": 0, "preferred_skills": 0,
                                         "experience": 0, "skill_experience": 0, "education": 1})
    assert only_edu.score(cv, job).score == 0.0
    assert only_edu.weights["education"] == 1.0
    with pytest.raises(jobmatch.JobmatchError, match="unknown weight"):
        jobmatch.Matcher(weights={"salary": 1.0})
    with pytest.raises(jobmatch.JobmatchError):
        jobmatch.Matcher(weights={"education": -1.0})
    # Weights so large or small that their sums or inverses would overflow are refused,
    # with every weight named in the message.
    for w in (1e308, 1e-320):
        with pytest.raises(jobmatch.JobmatchError, match=r"between 1e-100 and 1e100.*education="):
            jobmatch.Matcher(weights={"required_skills": w, "preferred_skills": w})
    # A tiny weight is shown as it was given, not rounded to 0.
    with pytest.raises(jobmatch.JobmatchError, match=r"education=1e-200"):
        jobmatch.Matcher(weights={"education": 1e-200})


def test_cdist_equals_score_and_top_k_agrees():
    jobs = [JOB, "Java and Spring Boot developer, 2 years of experience.", "Sales, MBA preferred."]
    resumes = [GOOD, WEAK, "Skills\nJava, Spring Boot\n", "", None]
    m = jobmatch.Matcher()
    S = m.cdist(resumes, jobs, today=TODAY)
    assert S.dtype == np.float32 and S.shape == (5, 3)
    assert np.array_equal(S, m.cdist(resumes, jobs, today=TODAY, workers=1))
    for i, r in enumerate(resumes):
        for j, job in enumerate(jobs):
            assert S[i, j] == np.float32(m.score(r, job, today=TODAY).score)
    idx, scores = m.top_k(resumes, jobs, k=3, today=TODAY)
    assert idx.shape == (3, 3) and idx.dtype == np.int64
    for j in range(3):
        order = sorted(range(5), key=lambda i: (-S[i, j], i))[:3]
        assert list(idx[j]) == order
        assert np.array_equal(scores[j], S[order, j])
    idx, scores = m.top_k(resumes, jobs, k=10, per="resume", today=TODAY)
    assert idx.shape == (5, 3)  # k capped at the number of jobs
    for i in range(5):
        assert list(idx[i]) == sorted(range(3), key=lambda j: (-S[i, j], j))
    with pytest.raises(jobmatch.JobmatchError):
        m.top_k(resumes, jobs, k=0)
    # k is an int (NumPy's too), not a bool or a float; one beyond 64 bits is "all".
    with pytest.raises(TypeError, match="k must be an int, got the bool True"):
        m.top_k(resumes, jobs, k=True)
    with pytest.raises(TypeError, match="k must be an int, got float"):
        m.top_k(resumes, jobs, k=2.0)
    assert np.array_equal(m.top_k(resumes, jobs, k=2**70, today=TODAY)[0],
                          m.top_k(resumes, jobs, k=5, today=TODAY)[0])
    assert np.array_equal(m.top_k(resumes, jobs, k=np.int64(2), today=TODAY)[0],
                          m.top_k(resumes, jobs, k=2, today=TODAY)[0])
    with pytest.raises(jobmatch.JobmatchError, match="k must be at least 1"):
        m.top_k(resumes, jobs, k=-2**70)
    with pytest.raises(jobmatch.JobmatchError):
        m.top_k(resumes, jobs, per="both")


def test_profiles_and_texts_mix_and_match():
    m = jobmatch.Matcher()
    parsed = jobmatch.parse_resume(GOOD, today=TODAY)
    assert m.score(parsed, JOB).score == m.score(GOOD, jobmatch.parse_job(JOB), today=TODAY).score


def test_top_k_and_index_take_profiles_and_texts_mixed_in_any_order():
    m = jobmatch.Matcher()
    texts = [GOOD, WEAK, None, "Skills\nJava, Spring Boot\n", "", GOOD]
    parsed = [jobmatch.parse_resume(t, today=TODAY) for t in texts]
    mixed = [parsed[0], texts[1], texts[2], parsed[3], parsed[4], texts[5]]
    jobs = [JOB, "Java and Spring Boot developer, 2 years of experience."]
    want_idx, want_scores = m.top_k(parsed, jobs, k=6, today=TODAY)
    S = m.cdist(parsed, jobs, today=TODAY)
    for resumes in (texts, mixed):
        for workers in (1, 2):
            idx, scores = m.top_k(resumes, jobs, k=6, today=TODAY, workers=workers)
            assert idx.tolist() == want_idx.tolist()
            assert np.array_equal(scores, want_scores)
            index = m.index(resumes, today=TODAY, workers=workers)
            idx, scores = index.top_k(jobs, k=6, workers=workers)
            assert idx.tolist() == want_idx.tolist()
            assert np.array_equal(scores, want_scores)
            assert np.array_equal(m.cdist(resumes, jobs, today=TODAY, workers=workers), S)
            assert np.array_equal(index.cdist(jobs, workers=workers), S)
            by_resume = m.top_k(resumes, jobs, k=1, per="resume", today=TODAY, workers=workers)
            assert by_resume[0][:, 0].tolist() == [int(np.argmax(row)) for row in S]
            assert np.array_equal(by_resume[1][:, 0], S.max(axis=1))
            idx, scores = index.top_k(jobs, k=5, per="resume", workers=workers)
            assert idx.shape == (6, 2)  # k capped at the 2 jobs
            assert idx[:, 0].tolist() == by_resume[0][:, 0].tolist()
            assert np.array_equal(scores[:, 0], by_resume[1][:, 0])
    index = m.index(texts, today=TODAY)
    with pytest.raises(jobmatch.JobmatchError, match="per must be"):
        index.top_k(jobs, per="jobs")
    # An index stays in its process, and says what to send instead.
    import pickle
    with pytest.raises(TypeError, match=r"Matcher\.index\(resumes\) in the worker"):
        pickle.dumps(index)
    with pytest.raises(TypeError):
        index.cdist(JOB)
    assert index.cdist([]).shape == (6, 0)
    assert index.top_k([], per="resume")[0].shape == (6, 0)
    # The same scores as the matrix; the duplicate resume ties and ranks by position.
    for j in range(2):
        assert np.array_equal(want_scores[j], S[want_idx[j], j])
    assert want_idx[0].tolist().index(0) < want_idx[0].tolist().index(5)


def test_long_mixed_inputs_cross_the_parsing_chunks_in_order():
    # More than 1,024 texts to parse, mixed with profiles, None and empty texts, so that
    # the chunks of the call start and end among all of them.
    m = jobmatch.Matcher()
    base = [GOOD, WEAK, "Skills\nJava, Spring Boot\n", "Skills: Excel, SQL\n"]
    texts = [None if i % 7 == 3 else "" if i % 11 == 5 else base[i % 4] for i in range(2600)]
    profiles = {t: jobmatch.parse_resume(t, today=TODAY) for t in base}
    mixed = [profiles[t] if t in profiles and i % 3 == 0 else t for i, t in enumerate(texts)]
    jobs = [JOB, "Requirements: Java and Spring Boot.", "Requirements: Excel."]
    want = m.cdist([profiles.get(t) for t in texts], jobs, today=TODAY)
    for resumes in (texts, mixed):
        assert np.array_equal(m.cdist(resumes, jobs, today=TODAY, workers=2), want)
        idx, scores = m.top_k(resumes, jobs, k=5, today=TODAY, workers=2)
        for j in range(3):
            order = sorted(range(len(texts)), key=lambda i: (-want[i, j], i))[:5]
            assert idx[j].tolist() == order
    # Read from a generator a chunk at a time while the workers parse the one before:
    # the same index; a bad item or a failing generator past the first chunk is an error
    # naming it, after the workers are done.
    for workers in (1, 2):
        index = m.index((t for t in mixed), today=TODAY, workers=workers)
        idx, _ = index.top_k(jobs, k=5)
        assert idx.tolist() == m.top_k(texts, jobs, k=5, today=TODAY, workers=1)[0].tolist()
        bad = texts[:2000] + [42] + texts[2000:]
        with pytest.raises(TypeError, match=r"resumes\[2000\] must be a Resume"):
            m.top_k(bad, jobs, k=5, today=TODAY, workers=workers)

        def failing():
            yield from texts[:1500]
            raise ValueError("source went away")

        with pytest.raises(ValueError, match="source went away"):
            m.index(failing(), today=TODAY, workers=workers)


def test_match_results_pickle_and_round_trip_through_json():
    m = jobmatch.Matcher(rank_by="mutual")
    r = m.score(GOOD, JOB, today=TODAY)
    back = pickle.loads(pickle.dumps(r))
    assert back == r and back is not r
    assert back.to_dict() == r.to_dict() and back.explain() == r.explain()
    assert jobmatch.MatchResult.from_json(r.to_json()) == r
    assert m.score(WEAK, JOB, today=TODAY) != r
    with pytest.raises(jobmatch.JobmatchError, match="not a serialised MatchResult"):
        jobmatch.MatchResult.from_json("{}")
    # A result saved before the mutual score existed reads as NaN there, and goes back to
    # JSON and pickles.
    d = json.loads(r.to_json())
    del d["mutual_score"]
    old = jobmatch.MatchResult.from_json(json.dumps(d))
    assert math.isnan(old.mutual_score)
    again = pickle.loads(pickle.dumps(old))
    assert math.isnan(again.mutual_score) and again.score == r.score
    assert "education" in r.to_dict()


def test_matcher_pickles_with_its_extractor():
    tax = jobmatch.Taxonomy.from_skills([jobmatch.Skill("x:w", "Widget Tuning")])
    m = jobmatch.Matcher(weights={"education": 0.5}, extractor=jobmatch.SkillExtractor(tax),
                         listed_credit=1.0)
    back = pickle.loads(pickle.dumps(m))
    assert back.weights == m.weights
    job = "Requirements:\n- Widget Tuning\n"
    assert back.score("Widget Tuning", job).score == m.score("Widget Tuning", job).score == 1.0


def test_examples_rank_their_own_category_first():
    jobs = sorted((ROOT / "python" / "jobmatch" / "examples" / "jobs").glob("*.txt"))
    resumes = sorted((ROOT / "python" / "jobmatch" / "examples" / "resumes").glob("*.txt"))
    S = jobmatch.Matcher().cdist([p.read_text() for p in resumes], [p.read_text() for p in jobs],
                                 today=TODAY)
    best = {r.stem: jobs[int(np.argmax(S[i]))].stem for i, r in enumerate(resumes)}
    assert best["priya_sharma_data_scientist"] == "data_science"
    assert best["arjun_menon_java_developer"] == "java_developer"
    assert best["suresh_patil_civil_engineer"] == "civil_engineer"


def test_worked_example_in_the_readme():
    job = jobmatch.parse_job(
        "Requirements:\n- Python and SQL\n- 5+ years of experience\n- Bachelor's degree\n\n"
        "Nice to have\n- Kubernetes\n"
    )
    cv = jobmatch.parse_resume(
        "Experience\nEngineer, Acme | Jan 2021 - Dec 2024\n- Python, PostgreSQL, Docker\n"
        "Education\nM.S. in Physics\n",
        today=TODAY,
    )
    r = jobmatch.Matcher().score(cv, job)
    # The skills' fit is the required skills' 0.8 (no skill has years, and preferred
    # skills do not enter it); experience is 4 / 5 of it.
    fit = 0.8
    assert r.skill_fit == pytest.approx(fit)
    assert r.breakdown == pytest.approx({"required_skills": 0.8, "preferred_skills": 0.0,
                                         "experience": 0.8 * fit, "education": 1.0})
    assert r.score == pytest.approx((0.44 + 0.10 * 0.8 * fit + 0.10) / 0.90)
    assert "Experience: 4.0 years, 1.0 short of the minimum, counted at the skills' fit of 0.80." \
        in r.explain()


def test_years_of_other_work_do_not_meet_a_jobs_years():
    job = jobmatch.parse_job("Requirements:\n- Python and Django\n- 5+ years of experience\n")
    cvs = [
        "Experience\nAccountant, Ledger & Co | Jan 2012 - Dec 2024\n- Bookkeeping, payroll\n",
        "Experience\nDeveloper, Acme | Jan 2012 - Dec 2024\n- Python\n",
        "Experience\nDeveloper, Acme | Jan 2012 - Dec 2024\n- Python and Django\n",
    ]
    m = jobmatch.Matcher()
    rs = [m.score(t, job, today=TODAY) for t in cvs]
    # Thirteen years each: the accountant's count for nothing; Python alone meets half
    # the skills and Django by a tenth (Python is broader), so the years count for 0.55.
    assert [r.candidate_years for r in rs] == pytest.approx([13.0, 13.0, 13.0])
    assert [r.skill_fit for r in rs] == pytest.approx([0.0, 0.55, 1.0])
    assert [r.breakdown["experience"] for r in rs] == pytest.approx([0.0, 0.55, 1.0])
    assert "meets the minimum, counted at the skills' fit of 0.55" in rs[1].explain()
    assert "Experience:" not in rs[2].explain()
    # A job with no skill the taxonomy knows counts the years in full, and so does one
    # that names only nice-to-haves.
    r = m.score(cvs[0], "Requirements: 5+ years of experience.", today=TODAY)
    assert r.skill_fit is None and r.breakdown["experience"] == 1.0
    r = m.score(cvs[0], "Requirements:\n- 5+ years of experience\nNice to have: Kubernetes",
                today=TODAY)
    assert r.skill_fit is None and r.breakdown["experience"] == 1.0
    # Preferred skills a candidate lacks take nothing from the years.
    with_plus = "Requirements:\n- Python and Django\n- 5+ years of experience\n" \
        "Nice to have: Kubernetes\n"
    assert m.score(cvs[2], with_plus, today=TODAY).breakdown["experience"] == 1.0
    # The bulk calls agree.
    S = m.cdist(cvs, [job], today=TODAY)
    assert S[:, 0].tolist() == pytest.approx([r.score for r in rs])


def test_bad_and_empty_input():
    m = jobmatch.Matcher()
    # No data on either side: nothing to score, 0.
    assert m.score("", "").score == 0.0
    assert m.score(None, JOB, today=TODAY).score == 0.0
    # A posting with nothing to score says so, instead of a bare 0.
    empty = m.score(GOOD, "We are hiring! Great benefits. Apply now.", today=TODAY)
    assert empty.score == 0.0 and empty.breakdown == {}
    assert "nothing to score" in empty.explain().splitlines()[1]
    # Neither a dict nor a text: the message says what a text may be.
    with pytest.raises(TypeError, match="a text must be a str, None or NaN, got int"):
        jobmatch.extract_skills(5)
    with pytest.raises(TypeError, match="decode bytes first"):
        jobmatch.parse_job(b"Requirements: Python")
    S = m.cdist([None, float("nan"), ""], [JOB, ""], today=TODAY)
    assert S.shape == (3, 2) and not np.isnan(S).any() and (S[:, 1] == 0).all()
    assert m.cdist([], [JOB]).shape == (0, 1)
    assert m.cdist([GOOD], []).shape == (1, 0)
    idx, scores = m.top_k([], [JOB], k=5)
    assert idx.shape == (1, 0) and scores.shape == (1, 0)
    idx, _ = m.top_k([GOOD, WEAK], [JOB], k=50, today=TODAY)
    assert idx.shape == (1, 2)
    for bad in ({"education": float("nan")}, {"education": -0.1},
                {"required_skills": 0, "preferred_skills": 0, "experience": 0,
                 "skill_experience": 0, "education": 0}):
        with pytest.raises(jobmatch.JobmatchError):
            jobmatch.Matcher(weights=bad)
    with pytest.raises(TypeError):
        jobmatch.Matcher(weights=[1, 2])
    with pytest.raises(TypeError):
        m.cdist(GOOD, [JOB])
    with pytest.raises(TypeError):
        m.cdist([GOOD, 42], [JOB])
    # Text that cannot be encoded: a clear error naming the item, in every batch call.
    for call in (m.cdist, m.top_k):
        with pytest.raises(jobmatch.JobmatchError, match=r"\(item 1\).*not valid Unicode"):
            call([GOOD, "Python \ud800 SQL"], [JOB])


def test_everything_with_to_dict_reads_back_from_dict():
    m = jobmatch.Matcher(weights={"education": 0.3}, rank_by="mutual")
    job = jobmatch.parse_job(JOB)
    cv = jobmatch.parse_resume(GOOD, today=TODAY)
    r = m.score(cv, job)
    for cls, obj in [(jobmatch.Job, job), (jobmatch.Resume, cv),
                     (jobmatch.MatchResult, r), (jobmatch.Matcher, m)]:
        d = obj.to_dict()
        assert isinstance(d, dict)
        assert cls.from_dict(d) == obj
        # Through JSON, as a table cell or a message queue carries it.
        assert cls.from_dict(json.loads(json.dumps(d))) == obj
        with pytest.raises(TypeError, match=f"expected the dict of {cls.__name__}.to_dict"):
            cls.from_dict(obj.to_json())
    with pytest.raises(jobmatch.JobmatchError, match="not a serialised Job"):
        jobmatch.Job.from_dict({"skills": []})


def test_matcher_round_trips_through_json():
    m = jobmatch.Matcher(weights={"education": 0.3})
    back = jobmatch.Matcher.from_json(m.to_json())
    assert back == m and back.weights == m.weights
    tax = jobmatch.Taxonomy.from_skills([jobmatch.Skill("x:w", "Widget Tuning")])
    custom = jobmatch.Matcher(extractor=jobmatch.SkillExtractor(tax), listed_credit=1.0)
    again = jobmatch.Matcher.from_json(custom.to_json())
    assert again.score("Widget Tuning", "Requirements:\n- Widget Tuning\n").score == 1.0
    assert jobmatch.Matcher().score("Widget Tuning", "Requirements:\n- Widget Tuning\n").score == 0.0
    data = json.loads(m.to_json())
    data["version"] = 7
    with pytest.raises(jobmatch.JobmatchError, match="version 7"):
        jobmatch.Matcher.from_json(json.dumps(data))
    with pytest.raises(jobmatch.JobmatchError, match="not a serialised Matcher"):
        jobmatch.Matcher.from_json("{}")


def test_mutual_ranking_prefers_the_specialist_and_agrees_everywhere():
    job = "Requirements:\n- Python and SQL\n- 3+ years of experience\n"
    specialist = "Skills: Python, PostgreSQL\nExperience\nDeveloper, Acme | 2019 - 2024\n"
    broad = ("Skills: Python, SQL, Java, AutoCAD, Photoshop, SAP, Salesforce, Tableau, Excel\n"
             "Experience\nConsultant, Initech | 2019 - 2024\n")
    resumes = [broad, specialist, None, "Skills: Java"]
    m = jobmatch.Matcher(rank_by="mutual")
    assert m.rank_by == "mutual" and jobmatch.Matcher().rank_by == "score"
    assert "rank_by='mutual'" in repr(m) and "rank_by" not in repr(jobmatch.Matcher())
    results = [m.score(r, job, today=TODAY) for r in resumes]
    # The broad resume covers the job at least as well, but the job uses little of it.
    assert results[0].score >= results[1].score
    assert results[1].reverse_score == 1.0 > 0.5 > results[0].reverse_score
    for r in results:
        assert r.mutual_score == pytest.approx((r.score * r.reverse_score) ** 0.5, abs=1e-15)
        assert r.to_dict()["mutual_score"] == r.mutual_score
    S = m.cdist(resumes, [job], today=TODAY)
    assert S[:, 0].tolist() == [np.float32(r.mutual_score) for r in results]
    assert not (S == jobmatch.Matcher().cdist(resumes, [job], today=TODAY)).all()
    idx, scores = m.top_k(resumes, [job], k=2, today=TODAY)
    assert idx.tolist() == [[1, 0]] and scores[0].tolist() == S[[1, 0], 0].tolist()
    idx, scores = m.index(resumes, today=TODAY).top_k([job], k=4)
    assert scores[0].tolist() == sorted(S[:, 0].tolist(), reverse=True)
    idx, scores = m.top_k(resumes, [job, "Requirements: Java"], k=1, per="resume", today=TODAY)
    assert scores[1, 0] == S[1, 0]
    # It travels with the matcher.
    assert pickle.loads(pickle.dumps(m)).rank_by == "mutual"
    back = jobmatch.Matcher.from_json(m.to_json())
    assert back == m and back.rank_by == "mutual" and back != jobmatch.Matcher()
    # JSON saved before it existed (format version 1) reads as the default.
    data = json.loads(m.to_json())
    assert data["version"] == 4
    del data["rank_by"]
    data["version"] = 1
    assert jobmatch.Matcher.from_json(json.dumps(data)).rank_by == "score"
    for bad in ("Mutual", "fit", ""):
        with pytest.raises(jobmatch.JobmatchError, match="rank_by"):
            jobmatch.Matcher(rank_by=bad)
    with pytest.raises(TypeError):
        jobmatch.Matcher(rank_by=None)  # type: ignore[arg-type]
    for bad_json in ("best", None, 1):
        data["rank_by"] = bad_json
        with pytest.raises(jobmatch.JobmatchError, match="not a serialised Matcher: rank_by"):
            jobmatch.Matcher.from_json(json.dumps(data))


def test_listed_credit_weighs_skills_named_without_years_of_use():
    job = "Requirements:\n- Python, SQL and Tableau\n- 3+ years of experience\n"
    # One shows the skills in its work; one copies them into a list after a year of
    # other work; one lists them beside work that shows one of the three.
    shown = ("Experience\nData Analyst, Acme | 2019 - 2024\n"
             "- Built dashboards in Tableau on SQL and Python models\n")
    listed = ("Skills: Python, SQL, Tableau, Excel, Power BI, Looker\n"
              "Experience\nBarista, Bean Co | 2024 - 2025\n- Served customers\n")
    partly = ("Skills: Python, SQL, Tableau\n"
              "Experience\nAnalyst, Acme | 2020 - 2025\n- Reports in Tableau\n")
    resumes = [listed, shown, partly]
    plain, strict = jobmatch.Matcher(), jobmatch.Matcher(listed_credit=0.3)
    alike = jobmatch.Matcher(listed_credit=1.0)
    assert plain.listed_credit == 0.5 and strict.listed_credit == 0.3
    assert "listed_credit=0.3" in repr(strict) and "listed_credit" not in repr(plain)
    assert "listed_credit=1.0" in repr(alike)
    a, b, c = (plain.score(r, job, today=TODAY) for r in resumes)
    # No support: the floor; full support: all; a third of it: 0.5 + 0.5 / 3.
    assert a.breakdown["required_skills"] == 0.5 and b.breakdown["required_skills"] == 1.0
    share = 0.5 + 0.5 / 3
    assert c.breakdown["required_skills"] == pytest.approx((1 + 2 * share) / 3)
    assert "Python (computer programming) (no years of use, credit 0.5)" in a.explain()
    assert "Python (computer programming) (no years of use, credit 0.67)" in c.explain()
    assert strict.score(listed, job, today=TODAY).breakdown["required_skills"] == pytest.approx(0.3)
    assert alike.score(listed, job, today=TODAY).breakdown["required_skills"] == 1.0
    # The reverse score still counts every skill the resume names.
    assert a.reverse_score == alike.score(listed, job, today=TODAY).reverse_score
    for m in (strict, plain, jobmatch.Matcher(rank_by="mutual"), alike):
        S = m.cdist(resumes, [job], today=TODAY)
        want = [np.float32(getattr(m.score(r, job, today=TODAY),
                                   "mutual_score" if m.rank_by == "mutual" else "score"))
                for r in resumes]
        assert S[:, 0].tolist() == want
        order = sorted(range(3), key=lambda i: (-want[i], i))
        idx, scores = m.index(resumes, today=TODAY).top_k([job], k=3)
        assert idx.tolist() == [order] and scores[0].tolist() == [want[i] for i in order]
    # It travels with the matcher: pickle, JSON, older JSON without it.
    assert pickle.loads(pickle.dumps(strict)).listed_credit == 0.3
    back = jobmatch.Matcher.from_json(strict.to_json())
    assert back == strict and back != plain
    data = json.loads(strict.to_json())
    # Format version 3 held a flat share; it reads as the least share.
    data["version"] = 3
    assert jobmatch.Matcher.from_json(json.dumps(data)).listed_credit == 0.3
    del data["listed_credit"]
    data["version"] = 2
    assert jobmatch.Matcher.from_json(json.dumps(data)).listed_credit == 1.0
    for bad in (0.0, 5e-324, 0.001, -1.0, 1.5, float("nan"), float("inf")):
        with pytest.raises(jobmatch.JobmatchError, match="listed_credit"):
            jobmatch.Matcher(listed_credit=bad)
        data["listed_credit"] = bad if bad == bad and abs(bad) != float("inf") else 2.0
        with pytest.raises(jobmatch.JobmatchError, match="listed_credit"):
            jobmatch.Matcher.from_json(json.dumps(data))
    with pytest.raises(TypeError):
        jobmatch.Matcher(listed_credit="half")  # type: ignore[arg-type]


def test_ten_million_empty_resumes():
    """10,000,000 empty texts: one shared empty profile, a documented result (score 0, ties
    to the lower index), about 1 GB and a few seconds."""
    m = jobmatch.Matcher()
    idx, scores = m.top_k([""] * 10_000_000, ["Requirements: Python and SQL"], k=10)
    assert idx.tolist() == [list(range(10))]
    assert scores.tolist() == [[0.0] * 10]


def test_profiles_parsed_with_another_taxonomy_are_refused():
    own = jobmatch.Taxonomy.from_skills([jobmatch.Skill("acme:py", "Python", "tool"),
                                         jobmatch.Skill("acme:sql", "SQL", "tool")])
    ex = jobmatch.SkillExtractor(own)
    m = jobmatch.Matcher(extractor=ex, listed_credit=1.0)  # skills lists at full credit
    job_text = "Requirements: Python, SQL and Docker; 3+ years of experience"
    cv_text = "Skills: Python, SQL"
    # Parsed with the built-in taxonomy: Docker (and the built-in ids) are unknown to `own`.
    job, cv = jobmatch.parse_job(job_text), jobmatch.parse_resume(cv_text, today=TODAY)
    calls = [lambda: m.score(cv, job), lambda: m.score(cv_text, job),
             lambda: m.score(cv, job_text), lambda: m.cdist([cv], [job_text]),
             lambda: m.cdist([cv_text], [job]), lambda: m.top_k([cv], [job_text], k=1),
             lambda: m.index([cv]), lambda: m.index([cv_text]).top_k([job], 1)]
    for call in calls:
        with pytest.raises(jobmatch.JobmatchError, match="not in this matcher's taxonomy"):
            call()
    # Texts, or profiles parsed with the matcher's own extractor, score.
    r = m.score(cv_text, job_text, today=TODAY)
    assert r.breakdown["required_skills"] == 1.0
    assert m.score(ex.parse_resume(cv_text, today=TODAY), ex.parse_job(job_text)).score == r.score


def test_profiles_saved_with_retired_ids_still_score():
    # "jm:microsoft-azure" became O*NET's "Microsoft Azure software": a profile saved with
    # the old id resolves to it.
    job = jobmatch.parse_job("Requirements:\n- Azure\n- Python\n")
    old = json.loads(job.to_json())
    for s in old["skills"]:
        if s["skill_id"] == "onet:microsoft-azure-software":
            s["skill_id"] = "jm:microsoft-azure"
    saved = jobmatch.Job.from_json(json.dumps(old))
    assert "jm:microsoft-azure" in {s.skill_id for s in saved.skills}
    m = jobmatch.Matcher(listed_credit=1.0)  # skills lists at full credit
    cv = "Skills: Azure, Python"
    assert m.score(cv, saved, today=TODAY).score == m.score(cv, job, today=TODAY).score == 1.0
    assert jobmatch.get_skill("jm:microsoft-azure").id == "onet:microsoft-azure-software"


def test_a_degree_under_way_counts_as_the_level_below():
    job = jobmatch.parse_job("Requirements:\n- Python\n- Master's degree in Computer Science\n")
    held = jobmatch.parse_resume(
        "EDUCATION\nB.Tech in Computer Science, 2022\nPursuing M.Tech in Computer Science\n\n"
        "SKILLS\nPython\n",
        today="2026-11-27",
    )
    assert held.education.level == "bachelor" and not held.education.in_progress
    studying = jobmatch.parse_resume(
        "EDUCATION\nMaster of Science in Computer Science, expected May 2027\n\nSKILLS\nPython\n",
        today="2026-11-27",
    )
    assert studying.education.level == "master" and studying.education.in_progress
    graduated = jobmatch.parse_resume(
        "EDUCATION\nMaster of Science in Computer Science, 2021\n\nSKILLS\nPython\n",
        today="2026-11-27",
    )
    m = jobmatch.Matcher()
    # A master's under way is one level short: half the category, as a bachelor's held is.
    r = m.score(studying, job)
    assert r.breakdown["education"] == 0.5 == m.score(held, job).breakdown["education"]
    assert m.score(graduated, job).breakdown["education"] == 1.0
    assert r.education["candidate_in_progress"] is True
    assert "the candidate is studying for a master's degree" in r.explain()
    # The bulk paths score it the same.
    assert m.cdist([studying], [job])[0, 0] == np.float32(r.score)
    text = "EDUCATION\nMaster of Science in Computer Science, expected May 2027\n\nSKILLS\nPython\n"
    assert m.cdist([text], [job], today="2026-11-27")[0, 0] == np.float32(r.score)
    # Round trip keeps the flag.
    assert jobmatch.Resume.from_json(studying.to_json()) == studying


def test_type_errors_name_the_argument_and_a_swapped_order():
    m = jobmatch.Matcher()
    job = jobmatch.parse_job("Requirements:\n- Python\n")
    cv = jobmatch.parse_resume("Skills: Python\n", today="2026-11-27")
    with pytest.raises(TypeError, match=r"^resume must be a Resume.*got Job; resumes come first"):
        m.score(job, cv)
    with pytest.raises(TypeError, match=r"^job must be a Job, a str, None or NaN, got int$"):
        m.score(cv, 5)
    with pytest.raises(TypeError, match=r"^resumes\[1\] must be a Resume.*got Job"):
        m.cdist([cv, job], [job])
    with pytest.raises(TypeError, match=r"^jobs\[2\] must be a Job.*got dict"):
        m.top_k([cv], [job, "Python", {}], k=1)


def test_weights_are_numbers_and_shown_as_given():
    with pytest.raises(jobmatch.JobmatchError, match=r'weight "education" must be a number, got bool'):
        jobmatch.Matcher(weights={"education": True})
    with pytest.raises(jobmatch.JobmatchError, match=r"must be a number, got bool"):
        jobmatch.Matcher(weights={"education": np.bool_(True)})
    with pytest.raises(TypeError, match="keys must be category names"):
        jobmatch.Matcher(weights={1: 0.5})
    tiny = jobmatch.Matcher(weights={"education": 1e-50})
    assert "'education': 1e-50" in repr(tiny) and tiny.weights["education"] == 1e-50


def test_a_degree_in_another_field_keeps_part_of_the_credit():
    job = jobmatch.parse_job(
        "Requirements:\n- AutoCAD\n- Bachelor's degree in civil engineering or construction "
        "management\n"
    )
    assert job.education.fields == ("civil engineering", "construction management")

    def resume(degrees: str) -> jobmatch.Resume:
        return jobmatch.parse_resume(f"SKILLS\nAutoCAD\n\nEDUCATION\n{degrees}\n", today=TODAY)

    m = jobmatch.Matcher()
    fits = {}
    for name, degrees in {
        "same": "BSc Structural Engineering, 2015",
        "related": "BEng Mechanical Engineering, 2015",
        "unrelated": "BA Journalism, 2015",
        "unknown": "Bachelor's degree, 2015",
        "two degrees": "MBA in Finance, 2021\nB.E. in Civil Engineering, 2015",
    }.items():
        cv = resume(degrees)
        r = m.score(cv, job)
        fits[name] = (r.education["field_fit"], r.breakdown["education"])
        # The bulk paths score it the same, from profiles and from texts.
        assert m.cdist([cv], [job])[0, 0] == np.float32(r.score)
        text = f"SKILLS\nAutoCAD\n\nEDUCATION\n{degrees}\n"
        assert m.cdist([text], [job], today=TODAY)[0, 0] == np.float32(r.score)
    assert fits == {
        "same": ("same", 1.0),
        "related": ("related", 0.75),
        "unrelated": ("unrelated", 0.5),
        "unknown": (None, 1.0),
        "two degrees": ("same", 1.0),
    }
    both = resume("MBA in Finance, 2021\nB.E. in Civil Engineering, 2015")
    assert both.education.level == "mba"
    assert both.education.fields == ("Finance", "Civil Engineering")
    r = m.score(resume("BA Journalism, 2015"), job)
    assert r.education["candidate_fields"] == ["Journalism"]
    assert r.education["fields_asked"] == ["civil engineering", "construction management"]
    assert "The candidate's field (Journalism) is unrelated" in r.explain()
    # A resume saved before the fields were listed is compared on its one field.
    d = json.loads(both.to_json())
    del d["education"]["fields"]
    old = jobmatch.Resume.from_json(json.dumps(d))
    assert old.education.fields == () and old.education.field == "Finance"
    assert m.score(old, job).education["field_fit"] == "unrelated"
    assert pickle.loads(pickle.dumps(both)) == both


def test_a_posting_that_welcomes_a_related_field_counts_it_in_full():
    welcoming = jobmatch.parse_job(
        "Requirements:\n- AutoCAD\n- BSc in Civil Engineering or a related field\n"
    )
    strict = jobmatch.parse_job("Requirements:\n- AutoCAD\n- BSc in Civil Engineering\n")
    assert welcoming.education.related_fields and not strict.education.related_fields
    cv = jobmatch.parse_resume(
        "SKILLS\nAutoCAD\n\nEDUCATION\nBEng Mechanical Engineering, 2015\n", today=TODAY
    )
    m = jobmatch.Matcher()
    assert m.score(cv, welcoming).breakdown["education"] == 1.0
    assert m.score(cv, strict).breakdown["education"] == 0.75
    assert m.score(cv, welcoming).education["related_fields"] is True
    # Fields named only for a preferred degree weigh on the preference.
    job = jobmatch.parse_job(
        "Requirements:\n- AutoCAD\n- High school diploma required.\n"
        "- Bachelor's degree in Civil Engineering preferred.\n"
    )
    assert job.education.fields_of_required is False
    aa = jobmatch.parse_resume(
        "SKILLS\nAutoCAD\n\nEDUCATION\nAssociate of Arts in Journalism, 2015\n", today=TODAY
    )
    assert m.score(aa, job).breakdown["education"] == 0.625
    # A job saved before these were read keeps the old meaning.
    d = json.loads(job.to_json())
    del d["education"]["related_fields"], d["education"]["fields_of_required"]
    old = jobmatch.Job.from_json(json.dumps(d))
    assert old.education.fields_of_required is True and old.education.related_fields is False
