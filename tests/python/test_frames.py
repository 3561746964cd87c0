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
    assert list(df.columns) == [
        "doc", "skill_id", "name", "kind", "category", "start", "end", "text", "fuzzy"]
    expected = []
    for doc, text in texts.items():
        for m in jobmatch.extract_skills(text):
            expected.append((doc, m.skill_id, m.name, m.kind, m.category, m.start, m.end, m.text))
    got = [tuple(r)[:8] for r in df.itertuples(index=False)]
    assert got == expected
    # The coarse group is the taxonomy's, for grouping without a lookup per row.
    assert set(df["category"]) >= {jobmatch.get_skill(df["skill_id"][0]).category}
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


def test_skills_frames_without_mentions_keep_their_types():
    pl = pytest.importorskip("polars")
    empty = jobmatch.skills_frame(pl.Series(["nothing to find here"]))
    filled = jobmatch.skills_frame(pl.Series(["Python and SQL"]))
    assert len(empty) == 0 and empty.schema == filled.schema
    assert len(pl.concat([empty, filled])) == 2
    # pandas: text and list columns of an empty table are objects, as in a full one (not
    # float64).
    assert (jobmatch.skills_frame(pd.Series(["nothing"]))[["skill_id", "name", "category", "text"]]
            .dtypes == object).all()
    assert (jobmatch.jobs_frame(pd.Series([], dtype=object))[["required_skills", "degree"]]
            .dtypes == object).all()
    assert (jobmatch.resumes_frame(pd.Series([], dtype=object))[["skills", "latest_title"]]
            .dtypes == object).all()


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
    # A column that is not there is named, with the columns that are.
    with pytest.raises(KeyError, match=r"text_column='txt'.*\['text'\]"):
        jobmatch.rank_partition(frame, posts, text_column="txt")
    with pytest.raises(KeyError, match="id_column='id'"):
        jobmatch.rank_partition(frame, posts, id_column="id")


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


def _tied_table(rng: random.Random, n: int) -> "pd.DataFrame":
    """Resumes with few distinct texts (so scores tie a lot) and ids whose sort order is
    not their order in the table ("cv11" sorts before "cv3")."""
    texts = ["Python and SQL", "Python", "SQL and Docker", "Excel", "Python, SQL and Docker"]
    ids = [f"cv{i}" for i in range(n)]
    rng.shuffle(ids)
    return pd.DataFrame({"id": ids, "text": [rng.choice(texts) for _ in range(n)]})


def test_merge_rankings_breaks_ties_like_rank_frame():
    jobs = ["Requirements: Python"]
    df = pd.DataFrame({"id": ["cv3", "cv11"], "text": ["Python", "Python"]})
    whole = jobmatch.rank_frame(df.text, jobs, k=1, resume_ids=df.id.values)
    parts = [jobmatch.rank_partition(df.iloc[[i]], jobs, id_column="id", k=1) for i in (0, 1)]
    assert whole["resume"].tolist() == ["cv3"]
    assert jobmatch.merge_rankings(parts, k=1)["resume"].tolist() == ["cv3"]
    # Many ties, partitions of uneven sizes, some smaller than k.
    table = _tied_table(random.Random(3), 61)
    posts = jobmatch.parse_jobs(["Requirements: Python and SQL", "Requirements: Docker",
                                 "Requirements: Excel", "Requirements: Java"])
    whole = jobmatch.rank_frame(table.text, posts, k=9, resume_ids=table.id.values)
    by_id = whole.sort_values(["job", "score", "resume"], ascending=[True, False, True])
    assert by_id["resume"].tolist() != whole["resume"].tolist(), "the test needs ties"
    bounds = [0, 5, 6, 20, 33, 40, 61]
    parts = [jobmatch.rank_partition(table.iloc[a:b], posts, id_column="id", k=9)
             for a, b in zip(bounds, bounds[1:])]
    expected = whole.sort_values(["job", "rank"]).reset_index(drop=True)
    for given in (parts, pd.concat(parts)):  # a list, or one frame in partition order
        merged = jobmatch.merge_rankings(given, k=9)
        pd.testing.assert_frame_equal(merged, expected, check_dtype=False)


def test_merge_rankings_breaks_ties_like_rank_frame_polars():
    pl = pytest.importorskip("polars")
    pytest.importorskip("polars.testing")
    table = pl.from_pandas(_tied_table(random.Random(5), 47))
    posts = jobmatch.parse_jobs(["Requirements: Python and SQL", "Requirements: Docker"])
    whole = jobmatch.rank_frame(table["text"], posts, k=8, resume_ids=table["id"])
    by_id = whole.sort(["job", "score", "resume"], descending=[False, True, False])
    assert by_id["resume"].to_list() != whole["resume"].to_list(), "the test needs ties"
    parts = [jobmatch.rank_partition(table.slice(a, 6), posts, id_column="id", k=8)
             for a in range(0, len(table), 6)]
    for given in (parts, pl.concat(parts)):
        merged = jobmatch.merge_rankings(given, k=8)
        pl.testing.assert_frame_equal(merged, whole)


def test_merge_rankings_rejects_ids_repeated_across_partitions():
    jobs = jobmatch.parse_jobs(["Requirements: Python", "Requirements: SQL"])
    table = pd.DataFrame({"id": [10, 11, 12, 13],
                          "text": ["Python", "Python and SQL", "SQL", "Go"]})
    # Each partition's pandas index restarts at 0, as in frames read from many files.
    parts = [jobmatch.rank_partition(table.iloc[a:a + 2].reset_index(drop=True), jobs, k=2)
             for a in (0, 2)]
    with pytest.raises(ValueError, match=r"resume id 0 appears more than once for job 0: "
                                         r"resume ids must be unique across partitions"):
        jobmatch.merge_rankings(parts, k=2)
    with pytest.raises(ValueError, match="id_column"):
        jobmatch.merge_rankings(pd.concat(parts), k=2)
    # With an id column, each id appears once per job per partition: fine.
    parts = [jobmatch.rank_partition(table.iloc[a:a + 2].reset_index(drop=True), jobs,
                                     id_column="id", k=2) for a in (0, 2)]
    merged = jobmatch.merge_rankings(parts, k=2)
    assert merged["resume"].tolist() == [10, 11, 11, 12]
    # The same table given twice.
    with pytest.raises(ValueError, match="unique across partitions"):
        jobmatch.merge_rankings([parts[0], parts[0]], k=2)
    # Rankings per resume: a job id repeated for one resume.
    per_resume = jobmatch.rank_frame(["Python"], jobs, k=2, per="resume")
    with pytest.raises(ValueError, match="job id 0 appears more than once for resume 0"):
        jobmatch.merge_rankings([per_resume, per_resume], k=2, per="resume")
    pl = pytest.importorskip("polars")
    parts = [jobmatch.rank_partition(pl.from_pandas(table.iloc[a:a + 2]), jobs, k=2)
             for a in (0, 2)]
    with pytest.raises(ValueError, match="unique across partitions"):
        jobmatch.merge_rankings(parts, k=2)


def test_merge_rankings_checks_its_arguments():
    jobs = ["Requirements: Python, SQL", "Requirements: BLS"]
    cvs = ["Python and SQL", "Nurse with BLS", "Java"]
    per_job = jobmatch.rank_frame(cvs, jobs, k=2)
    per_resume = jobmatch.rank_frame(cvs, jobs, k=2, per="resume")
    with pytest.raises(ValueError, match='per must be "job" or "resume", got \'bogus\''):
        jobmatch.merge_rankings(per_job, k=1, per="bogus")
    # A table grouped the other way round says so, instead of ranking it wrongly.
    with pytest.raises(ValueError, match="rank jobs per resume .*pass per='resume'"):
        jobmatch.merge_rankings(per_resume, k=1)
    with pytest.raises(ValueError, match="rank resumes per job .*pass per='job'"):
        jobmatch.merge_rankings(per_job, k=1, per="resume")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['score'\]"):
        jobmatch.merge_rankings(per_job.drop(columns=["score"]), k=1)
    for k in (2.5, True, "3"):
        with pytest.raises(TypeError, match="k must be an int"):
            jobmatch.merge_rankings(per_job, k=k)
    assert jobmatch.merge_rankings(per_resume, k=1, per="resume")["rank"].tolist() == [1, 1, 1]


def test_ids_may_be_any_iterable_but_not_a_string():
    cvs = ["Python and SQL", "Nurse with BLS", "Java"]
    table = jobmatch.rank_frame(cvs, ["Requirements: Python"], k=3,
                                resume_ids=(name for name in ["a", "b", "c"]))
    assert sorted(table["resume"]) == ["a", "b", "c"]
    with pytest.raises(TypeError, match="expected a sequence of 3 ids, got a str"):
        jobmatch.rank_frame(cvs, ["Requirements: Python"], resume_ids="abc")
    with pytest.raises(ValueError, match="expected 3 ids, got 2 ids"):
        jobmatch.rank_frame(cvs, ["Requirements: Python"], resume_ids=["a", "b"])


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_merge_rankings_keeps_the_jobs_in_the_order_given(backend):
    if backend == "polars":
        pytest.importorskip("polars")
    jobs = ["Requirements:\n- Python\n- SQL", "Requirements:\n- Java", "Requirements:\n- Docker"]
    job_ids = ["zeta", "alpha", "mid"]  # not sorted: their order is the caller's
    table = pd.DataFrame({"id": ["r0", "r1", "r2", "r3"],
                          "text": ["Python, SQL", "Java, Docker", "Python, Java", "Docker"]})
    whole = jobmatch.rank_frame(table.text, jobs, k=2, resume_ids=table.id.values,
                                job_ids=job_ids)
    parts = [jobmatch.rank_partition(table.iloc[a:a + 2], jobs, id_column="id", k=2,
                                     job_ids=job_ids) for a in (0, 2)]
    if backend == "polars":
        import polars as pl
        parts = [pl.from_pandas(p) for p in parts]
    merged = jobmatch.merge_rankings(parts, k=2)
    if backend == "polars":
        merged = merged.to_pandas()
    cols = ["job", "rank", "resume", "score"]
    assert whole["job"].drop_duplicates().tolist() == job_ids
    assert merged[cols].values.tolist() == whole[cols].values.tolist()
