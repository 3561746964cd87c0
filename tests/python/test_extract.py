"""Python API of skill extraction: golden cases, offsets, batch, errors, pickling."""
from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

import jobmatch

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "extraction_cases.tsv"


def golden_cases():
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, want, not_wanted = (line.split("\t") + ["", ""])[:3]
        yield text, [w for w in want.split("|") if w], [n for n in not_wanted.split("|") if n]


@pytest.mark.parametrize("text,want,not_wanted", list(golden_cases()))
def test_golden_cases(text, want, not_wanted):
    got = [m.text for m in jobmatch.extract_skills(text)]
    assert got == want
    assert not set(got) & set(not_wanted)


def test_mention_fields():
    (m,) = jobmatch.extract_skills("We deploy with k8s.")
    assert (m.skill_id, m.name, m.kind, m.text, m.start, m.end) == (
        "onet:kubernetes", "Kubernetes", "tool", "k8s", 15, 18)
    assert m.match_type == "exact"
    assert m.to_dict()["name"] == "Kubernetes"
    py = jobmatch.extract_skills("Python")[0]
    assert py.esco_uri.startswith("http://data.europa.eu/esco/skill/")
    assert py.skill.hot is True


def test_offsets_are_str_indices_for_non_ascii_text():
    text = "Ünïcödé résumé — 数据 🚀 Python and Docker"
    ms = jobmatch.extract_skills(text)
    assert [text[m.start:m.end] for m in ms] == ["Python", "Docker"]
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("gap", ["\u00a0", "  ", "\u2009", "\u202f", " \u00a0"])
def test_forms_of_several_words_across_other_white_space(gap):
    text = f"Skills: machine{gap}learning, project{gap}management"
    got = [(m.name, m.text) for m in jobmatch.extract_skills(text)]
    assert got == [("machine learning", f"machine{gap}learning"),
                   ("project management", f"project{gap}management")]
    # A wide column gap, or a tab between a table's cells, parts two names.
    for apart in ["machine      learning", "machine\tlearning", "Microsoft\tProject Manager"]:
        assert not any(" " in m.text or "\t" in m.text
                       for m in jobmatch.extract_skills(apart)), apart


def test_forms_across_a_line_wrap_of_running_text():
    wrapped = "We are looking for people with experience in machine\nlearning and SQL."
    assert "machine learning" in [m.name for m in jobmatch.extract_skills(wrapped)]
    assert [m.text for m in jobmatch.extract_skills(
        "Our team needs people with experience in data\nanalysis of sales.")] == ["data\nanalysis"]
    # A heading and the line under it are two things: a short line, or a capital after
    # the break, keeps them apart.
    long = "Our team needs people with a lot of experience in Data"
    for listed in ["Data\nAnalysis of sales figures", "Skills\ndata\nanalysis of sales",
                   long + "\nAnalysis of sales", "Our team needs people with experience in\ndata"
                   "\nanalysis"]:
        assert not any("\n" in m.text for m in jobmatch.extract_skills(listed)), listed


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_invisible_characters_inside_a_word_are_read_through(mark):
    # Soft hyphens and zero-width spaces that documents leave inside words.
    text = f"Experience with Post{mark}greSQL, Java{mark}Script and ma{mark}chine learning{mark}."
    got = [(m.name, m.text) for m in jobmatch.extract_skills(text)]
    assert got == [("PostgreSQL", f"Post{mark}greSQL"), ("JavaScript", f"Java{mark}Script"),
                   ("machine learning", f"ma{mark}chine learning")]
    job = jobmatch.parse_job(f"Requirements:\n- 5+ years of Post{mark}greSQL\n")
    assert [(s.name, s.min_years) for s in job.skills] == [("PostgreSQL", 5.0)]


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None, float("nan")])
def test_empty_or_missing_text_gives_nothing(text):
    assert jobmatch.extract_skills(text) == []


def test_lone_surrogate_is_a_clear_error():
    with pytest.raises(jobmatch.JobmatchError, match="not valid Unicode"):
        jobmatch.extract_skills("Python \ud800 Docker")


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError, match="must be a str"):
        jobmatch.extract_skills(42)
    with pytest.raises(TypeError, match="item 1"):
        jobmatch.extract_skills_many(["Python", 3])
    with pytest.raises(TypeError, match="single str"):
        jobmatch.extract_skills_many("Python")
    # The hint names the function for one text of the kind asked for.
    with pytest.raises(TypeError, match="use parse_job for one text"):
        jobmatch.parse_jobs("Python developer")
    with pytest.raises(TypeError, match="use parse_resume for one text"):
        jobmatch.parse_resumes("Python developer")


def test_a_dataframe_is_no_column_of_texts():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": ["Python and SQL", "Go"]})
    m = jobmatch.Matcher()
    calls = [
        lambda: jobmatch.extract_skills_many(df),
        lambda: jobmatch.parse_resumes(df),
        lambda: jobmatch.parse_jobs(df),
        lambda: m.cdist(df, ["Python"]),
        lambda: m.top_k(["Python"], df, k=1),
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r"DataFrame.*df\['text'\]"):
            call()
    # Its column is.
    assert len(jobmatch.parse_resumes(df["text"])) == 2


def test_value_objects_hash_as_they_compare():
    text = "Senior engineer: Python, SQL and k8s."
    a, b = jobmatch.extract_skills(text), jobmatch.extract_skills(text)
    assert len(set(a) | set(b)) == len(a) == 3
    job = "Requirements: 3+ years of Python and SQL."
    assert len({jobmatch.parse_job(job), jobmatch.parse_job(job)}) == 1
    cv = "Experience\nData Engineer, Acme\nJan 2020 - Dec 2022\nPython, Airflow"
    first = jobmatch.parse_resume(cv, today="2026-11-27")
    again = jobmatch.parse_resume(cv, today="2026-11-27")
    assert hash(first) == hash(again) and {first: 1}[again] == 1
    assert len({jobmatch.parse_job(job), jobmatch.parse_job("Go and Rust")}) == 2


def test_numpy_nan_of_any_width_is_a_missing_text():
    np = pytest.importorskip("numpy")
    for nan in (np.float16("nan"), np.float32("nan"), np.float64("nan"), float("nan")):
        assert jobmatch.extract_skills(nan) == []
    with pytest.raises(TypeError, match="float32"):
        jobmatch.extract_skills(np.float32(1.5))


def test_batch_matches_serial_for_any_workers():
    texts = [f"Job {i}: Python, SQL" + (", Docker and k8s" if i % 3 == 0 else "") for i in range(300)]
    texts[5] = None
    serial = [jobmatch.extract_skills(t) for t in texts]
    for workers in (1, 2, 5, -1, None):
        assert jobmatch.extract_skills_many(texts, workers=workers) == serial
    with pytest.raises(jobmatch.JobmatchError, match="workers"):
        jobmatch.extract_skills_many(texts, workers=0)
    # More workers than cores are accepted (and capped), with the same results, however
    # many; NumPy integers count as ints.
    assert jobmatch.extract_skills_many(texts, workers=10_000) == serial
    assert jobmatch.extract_skills_many(texts, workers=2**70) == serial
    assert jobmatch.extract_skills_many(texts, workers=np.int64(2)) == serial
    with pytest.raises(jobmatch.JobmatchError, match="positive number"):
        jobmatch.extract_skills_many(texts, workers=-(2**70))
    # True is no number of threads; neither is a float.
    for bad in (True, False, 1.5, "2"):
        with pytest.raises(TypeError, match="workers must be an int"):
            jobmatch.extract_skills_many(texts, workers=bad)


def test_every_batch_call_reads_workers_alike():
    m = jobmatch.Matcher()
    calls = [
        lambda w: jobmatch.parse_jobs(["Python"], workers=w),
        lambda w: jobmatch.parse_resumes(["Python"], workers=w),
        lambda w: m.cdist(["Python"], ["Python"], workers=w),
        lambda w: m.top_k(["Python"], ["Python"], k=1, workers=w),
        lambda w: jobmatch.skills_frame(["Python"], workers=w),
    ]
    for call in calls:
        call(2**70)
        with pytest.raises(TypeError, match="workers must be an int"):
            call(True)


def test_batch_accepts_tuples_and_generators():
    out = jobmatch.extract_skills_many(t for t in ("We use Rust", "Skills: Go, Rust"))
    assert [[m.name for m in ms] for ms in out] == [["Rust"], ["Go", "Rust"]]


def test_fuzzy_is_opt_in():
    text = "Javscript and Kubernets"
    assert jobmatch.extract_skills(text) == []
    got = jobmatch.extract_skills(text, fuzzy=True)
    assert [(m.name, m.match_type) for m in got] == [("JavaScript", "fuzzy"), ("Kubernetes", "fuzzy")]


def test_inflected_verbs_find_the_phrases_they_inflect():
    # A resume's past tense and a posting's third person meet the taxonomy's phrase.
    exact = jobmatch.extract_skills("Manage budgets")[0]
    for text, matched in [("- Managed budgets for 3 stores", "Managed budgets"),
                          ("The director manages budgets.", "manages budgets"),
                          ("Planning and managing budgets", "managing budgets")]:
        got = [m for m in jobmatch.extract_skills(text) if m.text == matched]
        assert [(m.skill_id, m.match_type) for m in got] == [(exact.skill_id, "inflected")], text
        assert "match_type='inflected'" in repr(got[0])
        assert got[0].to_dict()["match_type"] == "inflected"
        assert pickle.loads(pickle.dumps(got)) == got
    assert exact.match_type == "exact"
    # A participle before a noun is no verb.
    assert not [m for m in jobmatch.extract_skills("for the managed budgets") if
                m.match_type == "inflected"]
    # A resume's past-tense bullet counts for the skill, with the position's years.
    cv = jobmatch.parse_resume("EXPERIENCE\nStore Manager, Acme Retail, 2018 - 2022\n"
                               "- Managed budgets for three stores\n")
    skill = next(s for s in cv.skills if s.skill_id == exact.skill_id)
    assert skill.years == 4.0


def test_mentions_pickled_by_earlier_versions_still_load():
    m = jobmatch.extract_skills("Python")[0]
    _, state = m.__reduce__()
    old = state[:4] + (False,)
    assert jobmatch._jobmatch._mention_from_state(*old) == m
    fuzzy = jobmatch._jobmatch._mention_from_state(*(state[:4] + (True,)))
    assert fuzzy.match_type == "fuzzy"
    with pytest.raises(jobmatch.JobmatchError, match="match type"):
        jobmatch._jobmatch._mention_from_state(*(state[:4] + ("nearly",)))


def test_mentions_pickle_and_cross_process_boundaries():
    text = "Senior engineer: Python, k8s and Javscript; Ünïcode first, then SQL."
    found = jobmatch.extract_skills(text, fuzzy=True)
    back = pickle.loads(pickle.dumps(found))
    assert back == found
    for a, b in zip(found, back):
        assert (a.skill_id, a.name, a.kind, a.category, a.esco_uri, a.text, a.start, a.end,
                a.match_type, a.skill) == (b.skill_id, b.name, b.kind, b.category, b.esco_uri,
                                           b.text, b.start, b.end, b.match_type, b.skill)
        assert a.to_dict() == b.to_dict()
    # A mention of a skill of your own keeps that skill, relations included.
    tax = jobmatch.default_taxonomy().extend(
        [jobmatch.Skill("acme:flux", "Flux Capacitor", "tool", broader=["onet:kubernetes"])])
    mine = jobmatch.SkillExtractor(tax).extract("Flux Capacitor on k8s")
    back = pickle.loads(pickle.dumps(mine))
    assert back == mine
    assert back[0].skill == mine[0].skill and back[0].skill.broader == ["onet:kubernetes"]
    # What multiprocessing does with results.
    import multiprocessing as mp
    with mp.get_context("spawn").Pool(1) as pool:
        assert pool.map(jobmatch.extract_skills, ["Python and SQL"]) == [
            jobmatch.extract_skills("Python and SQL")]


def test_extractor_pickles_and_keeps_options():
    ex = jobmatch.SkillExtractor(fuzzy=True)
    back = pickle.loads(pickle.dumps(ex))
    assert back.fuzzy is True
    assert back.extract("Kubernets") == ex.extract("Kubernets")


def test_tools_named_on_their_own_in_a_bulleted_list_are_found():
    # Everyday words as products ("Word", "Outlook") need context; a bulleted list of
    # items that are each nothing but a skill's name is that context.
    text = "Office Assistant\n\nRequirements:\n- Excel\n- Word\n- Outlook.\n- Strong attention to detail\n"
    found = [m.text for m in jobmatch.extract_skills(text)]
    assert found[:3] == ["Excel", "Word", "Outlook"]
    # One such bullet among sentences is not a list of tools; nor is the word in a sentence.
    alone = "Requirements:\n- Three years in an office\n- Word\n- A driving licence\n"
    assert "Word" not in [m.text for m in jobmatch.extract_skills(alone)]
    assert jobmatch.extract_skills("- Put your word in writing\n- Look at the outlook\n") == []
    # In lower case, bulleted everyday words are the words.
    assert jobmatch.extract_skills("Perks:\n- access\n- edge\n") == []


def test_healthcare_credentials_and_systems():
    text = "Requirements:\n- BLS and ACLS certification\n- Charting in Epic or Cerner\n"
    names = {m.name for m in jobmatch.extract_skills(text)}
    assert {"Basic Life Support", "Advanced Cardiac Life Support", "Epic Systems", "Cerner"} <= names
    # Epic is the health-record system, and partly meets a job asking for EHR software.
    epic = jobmatch.find_skill("Epic")
    assert epic.name == "Epic Systems"
    assert jobmatch.find_skill("EHR").id in epic.broader
    # An agile "epic" in lower case is the word.
    assert "Epic Systems" not in {m.name for m in jobmatch.extract_skills("Write an epic in Jira for the Python API")}
