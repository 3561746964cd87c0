"""DataFrames in and out (pandas and polars), and ranking at scale on Dask."""
from __future__ import annotations

import math
import random

import numpy as np
import pytest

import jobmatch

pd = pytest.importorskip("pandas")

TODAY = "2026-11-01"

SKILLS = [
    "Python", "SQL", "Java", "Kubernetes", "Docker", "React", "AWS", "Excel", "Tableau",
    "Apache Spark", "Terraform", "Go", "TypeScript", "PostgreSQL", "Django", "Figma",
    "Salesforce", "SAP", "accounting", "project management", "Power BI", "Scala", "Rust",
]


def make_resume(rng: random.Random, i: int) -> str:
    skills = rng.sample(SKILLS, rng.randint(2, 7))
    start = rng.randint(2005, 2022)
    end = rng.choice([str(rng.randint(start, 2026)), "Present"])
    degree = rng.choice(["B.S. in Computer Science", "MBA", "M.Sc. in Statistics", "High school"])
    return (
        f"Candidate {i}\n\nSummary\n{rng.randint(1, 15)}+ years of experience.\n\n"
        f"Experience\nSoftware Engineer, Company {i % 97}\nJan {start} - {end}\n"
        f"Built services with {', '.join(skills[:-1])} and {skills[-1]}.\n\n"
        f"Education\n{degree}, State University, 2004\n"
    )


def make_job(rng: random.Random, i: int) -> str:
    req = rng.sample(SKILLS, rng.randint(2, 5))
    pref = rng.sample([s for s in SKILLS if s not in req], 2)
    years = rng.choice(["", f"{rng.randint(1, 8)}+ years of experience. "])
    return (
        f"Job {i}: Engineer\n\nRequirements\n{years}Strong {', '.join(req)}.\n"
        f"Bachelor's degree in a related field.\n\nNice to have\n{' and '.join(pref)}.\n"
    )


@pytest.fixture(scope="module")
def corpus():
    rng = random.Random(7)
    resumes = [make_resume(rng, i) for i in range(300)]
    jobs = [make_job(rng, i) for i in range(40)]
    return resumes, jobs


# --- skills -----------------------------------------------------------------------------

def test_skills_frame_long_form_matches_extract_skills():
    texts = pd.Series(["Python and SQL on AWS", None, "k8s, café, C++"], index=[10, 20, 30])
    df = jobmatch.skills_frame(texts)
    assert list(df.columns) == ["doc", "skill_id", "name", "kind", "start", "end", "text", "fuzzy"]
    expected = []
    for doc, text in texts.items():
        for m in jobmatch.extract_skills(text):
            expected.append((doc, m.skill_id, m.name, m.kind, m.start, m.end, m.text))
    got = [tuple(r)[:7] for r in df.itertuples(index=False)]
    assert got == expected
    # Offsets are str indices even after non-ASCII text.
    for row in df.itertuples(index=False):
        assert texts[row.doc][row.start:row.end] == row.text


def test_skills_frame_polars_in_polars_out():
    pl = pytest.importorskip("polars")
    df = jobmatch.skills_frame(pl.Series(["Python and SQL", "nothing here", "Docker"]))
    assert isinstance(df, pl.DataFrame)
    assert df["doc"].to_list() == [0, 0, 2]
    assert df["text"].to_list() == ["Python", "SQL", "Docker"]
    pdf = jobmatch.skills_frame(pl.Series(["Docker"]), backend="pandas")
    assert isinstance(pdf, pd.DataFrame)


def test_skills_frame_empty_and_bad_input():
    df = jobmatch.skills_frame([])
    assert len(df) == 0 and "skill_id" in df.columns
    with pytest.raises(TypeError, match="DataFrame"):
        jobmatch.skills_frame(pd.DataFrame({"text": ["Python"]}))
    with pytest.raises(TypeError):
        jobmatch.skills_frame([1, 2])
    with pytest.raises(ValueError, match="backend"):
        jobmatch.skills_frame(["Python"], backend="spark")


# --- profiles ---------------------------------------------------------------------------

def test_jobs_frame_matches_parsed_jobs(corpus):
    _, jobs = corpus
    df = jobmatch.jobs_frame(jobs)
    parsed = jobmatch.parse_jobs(jobs)
    assert len(df) == len(jobs)
    for row, job in zip(df.itertuples(index=False), parsed):
        assert (math.isnan(row.min_years) and job.min_years is None) or row.min_years == job.min_years
        assert row.required_skills == [s.skill_id for s in job.skills if s.required]
        assert row.preferred_skills == [s.skill_id for s in job.skills if not s.required]
        assert row.degree == (job.education.level if job.education else None)
        groups: dict = {}
        for s in job.skills:
            if s.group is not None:
                groups.setdefault(s.group, []).append(s.skill_id)
        assert row.alternatives == [groups[g] for g in sorted(groups)]
    # Parsed jobs give the same table as their texts.
    pd.testing.assert_frame_equal(jobmatch.jobs_frame(parsed), df)
    # A posting with two groups of alternatives.
    (alternatives,) = jobmatch.jobs_frame(["Requirements: AWS, GCP or Azure; Python or Go."]).alternatives
    assert [len(g) for g in alternatives] == [3, 2]


def test_profile_frames_in_polars_keep_their_types_in_any_batch():
    # A batch where every list is empty and every degree None has the types of a full
    # one, so that the frames of many partitions concatenate.
    pl = pytest.importorskip("polars")
    full_job = "Requirements: AWS, GCP or Azure. Bachelor's degree in Physics."
    full_cv = "Experience\nEngineer, Acme | 2019 - 2021\n- Python\nEducation\nBSc Physics\n"
    for frame, full in ((jobmatch.jobs_frame, full_job), (jobmatch.resumes_frame, full_cv)):
        empty = frame(pl.Series(["", "Hello."]))
        filled = frame(pl.Series([full]))
        assert empty.schema == filled.schema, frame.__name__
        assert len(pl.concat([empty, filled])) == 3


def test_resumes_frame_matches_parsed_resumes(corpus):
    resumes, _ = corpus
    series = pd.Series(resumes[:50], index=[f"cv{i}" for i in range(50)])
    df = jobmatch.resumes_frame(series, today=TODAY)
    parsed = jobmatch.parse_resumes(resumes[:50], today=TODAY)
    assert list(df["resume"]) == list(series.index)
    for row, cv in zip(df.itertuples(index=False), parsed):
        assert row.total_years == pytest.approx(cv.total_years)
        assert row.positions == len(cv.positions)
        assert row.skills == [s.skill_id for s in cv.skills]
        assert row.latest_title == (cv.positions[-1].title if cv.positions else None)


# --- rankings ---------------------------------------------------------------------------

def test_rank_frame_agrees_with_top_k_and_cdist(corpus):
    resumes, jobs = corpus
    m = jobmatch.Matcher()
    cvs = jobmatch.parse_resumes(resumes, today=TODAY)
    posts = jobmatch.parse_jobs(jobs)
    df = jobmatch.rank_frame(cvs, posts, k=5, matcher=m)
    idx, scores = m.top_k(cvs, posts, k=5)
    assert len(df) == len(jobs) * 5
    assert df["job"].tolist() == np.repeat(np.arange(len(jobs)), 5).tolist()
    assert df["rank"].tolist() == [1, 2, 3, 4, 5] * len(jobs)
    assert df["resume"].to_numpy().reshape(len(jobs), 5).tolist() == idx.tolist()
    np.testing.assert_array_equal(df["score"].to_numpy().reshape(len(jobs), 5), scores)
    S = m.cdist(cvs, posts)
    np.testing.assert_array_equal(df["score"].to_numpy(), S[df["resume"], df["job"]])
    # The category columns are the breakdown of each pair.
    for row in df.head(20).itertuples(index=False):
        b = m.score(cvs[row.resume], posts[row.job]).breakdown
        for c in jobmatch.frames.CATEGORIES:
            value = getattr(row, c)
            assert (c not in b and math.isnan(value)) or value == pytest.approx(b[c], abs=1e-6)


def test_rank_frame_per_resume_and_ids(corpus):
    resumes, jobs = corpus
    cvs = pd.Series(resumes[:30], index=np.arange(100, 130))
    df = jobmatch.rank_frame(cvs, jobs[:8], k=3, per="resume", job_ids=[f"J{i}" for i in range(8)],
                             today=TODAY)
    assert list(df.columns[:4]) == ["resume", "rank", "job", "score"]
    assert df["resume"].tolist() == np.repeat(np.arange(100, 130), 3).tolist()
    assert set(df["job"]) <= {f"J{i}" for i in range(8)}
    with pytest.raises(ValueError, match="ids"):
        jobmatch.rank_frame(resumes[:3], jobs[:2], resume_ids=[1, 2])


def test_merge_rankings_of_parts_equals_whole(corpus):
    resumes, jobs = corpus
    posts = jobmatch.parse_jobs(jobs)
    whole = jobmatch.rank_frame(resumes, posts, k=7, today=TODAY)
    frame = pd.DataFrame({"text": resumes})
    parts = [jobmatch.rank_partition(frame.iloc[a:a + 64], posts, k=7, today=TODAY)
             for a in range(0, len(resumes), 64)]
    merged = jobmatch.merge_rankings(parts, k=7)
    pd.testing.assert_frame_equal(merged, whole.sort_values(["job", "rank"]).reset_index(drop=True),
                                  check_dtype=False)


def test_merge_rankings_polars(corpus):
    pl = pytest.importorskip("polars")
    resumes, jobs = corpus
    posts = jobmatch.parse_jobs(jobs[:10])
    whole = jobmatch.rank_frame(pl.Series(resumes), posts, k=4, today=TODAY)
    frame = pl.DataFrame({"id": list(range(len(resumes))), "text": resumes})
    parts = [jobmatch.rank_partition(frame.slice(a, 100), posts, id_column="id", k=4, today=TODAY)
             for a in range(0, len(resumes), 100)]
    merged = jobmatch.merge_rankings(parts, k=4)
    assert merged.select(["job", "rank", "resume", "score"]).to_dicts() == \
        whole.select(["job", "rank", "resume", "score"]).to_dicts()


def test_dask_local_cluster_ranking_equals_single_process():
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    rng = random.Random(11)
    resumes = [make_resume(rng, i) for i in range(3000)]
    jobs = jobmatch.parse_jobs([make_job(rng, i) for i in range(200)])
    matcher = jobmatch.Matcher(weights={"required_skills": 0.6, "preferred_skills": 0.1,
                                        "experience": 0.1, "skill_experience": 0.1,
                                        "education": 0.1})
    expected = jobmatch.rank_frame(resumes, jobs, k=10, matcher=matcher, today=TODAY)
    table = pd.DataFrame({"id": np.arange(len(resumes)), "text": resumes})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        ddf = dd.from_pandas(table, npartitions=6)
        parts = ddf.map_partitions(
            jobmatch.rank_partition, jobs, text_column="text", id_column="id", k=10,
            matcher=matcher, today=TODAY, workers=1, meta=jobmatch.frames.ranking_meta(),
        )
        got = jobmatch.merge_rankings(parts.compute(), k=10)
    assert len(got) == 200 * 10
    pd.testing.assert_frame_equal(got, expected.sort_values(["job", "rank"]).reset_index(drop=True),
                                  check_dtype=False)
