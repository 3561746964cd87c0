"""Python API of parsed profiles: jobs, resumes, batch parsing, offsets, persistence."""
from __future__ import annotations

import dataclasses
import datetime
import json
import pickle

import numpy as np
import pytest

import jobmatch

POSTING = """\
Platform Engineer

About us
For over 20 years we have built freight software in Java.

Requirements:
- 5+ years of professional experience in product teams
- 3+ years of Python and Django
- Bachelor's degree in Computer Science or equivalent experience
- Experience with PostgreSQL (Kubernetes is a plus)

Nice to have
- Go and Terraform
- Master's degree

Benefits
- 401(k) matching, 25 days of leave, Excel training
"""

RESUME = """\
Jane Doe
Summary
Backend engineer with 8+ years of experience building APIs.

Experience
Senior Engineer | Acme Corp | Jan 2020 – Present
- Built services in Python and PostgreSQL on Kubernetes.

Acme Labs — Software Developer
March 2015 to June 2019
- Java and Python services; Docker.

Summer 2014 Intern, Initech
- SQL reports.

Education
B.Tech in Computer Science, 2010 - 2014

Skills
Python (6 years), Java - 36 months
"""


def skill(profile, name):
    found = [s for s in profile.skills if s.name.startswith(name) or name in s.name]
    assert found, f"{name} not in {[s.name for s in profile.skills]}"
    return found[0]


def test_job_requirements():
    job = jobmatch.parse_job(POSTING)
    assert (job.min_years, job.max_years, job.entry_level) == (5.0, None, False)
    py = skill(job, "Python")
    assert py.required and py.min_years == 3.0
    assert skill(job, "Django").min_years == 3.0
    assert skill(job, "PostgreSQL").required
    assert not skill(job, "Kubernetes").required  # "is a plus" in its sentence
    assert not skill(job, "Terraform").required  # under "Nice to have"
    names = [s.name for s in job.skills]
    assert not any(n.startswith("Java ") for n in names)  # only under "About us"
    edu = job.education
    assert (edu.level, edu.required, edu.preferred_level) == ("bachelor", True, "master")
    assert edu.experience_may_replace and edu.fields == ("Computer Science",)
    kinds = [s.kind for s in job.sections]
    assert kinds == ["intro", "about", "requirements", "preferred", "benefits"]
    overall = [r for r in job.experience if not r.skills]
    assert [r.min_years for r in overall] == [5.0]


def test_software_development_is_a_skill_that_languages_partly_meet():
    # "Software development" is ESCO's computer programming: its years are tied to it, and
    # a Python developer meets it in part, through the taxonomy (Python is narrower).
    job = jobmatch.parse_job("Requirements:\n- 4+ years of software development experience\n")
    (req,) = job.experience
    assert req.min_years == 4.0 and req.skills == (skill(job, "computer programming").skill_id,)
    cv = "Experience\nDeveloper, Acme, Jan 2018 - Dec 2023\nBuilt services in Python.\n"
    r = jobmatch.Matcher().score(cv, job, today="2026-11-27")
    (partial,) = r.partial
    assert partial.name == "computer programming" and partial.via.startswith("Python")
    assert 0 < partial.credit < 1 and not r.missing


def test_a_resume_needs_one_of_the_alternatives_a_job_offers():
    job = jobmatch.parse_job("Requirements:\n- AWS, GCP or Azure\n- Docker\n")
    groups = {s.name: s.group for s in job.skills}
    assert groups["Docker"] is None
    assert len({g for n, g in groups.items() if n != "Docker"}) == 1 and 0 in groups.values()
    m = jobmatch.Matcher(listed_credit=1.0)  # skills lists at full credit
    r = m.score("Skills: Azure, Docker", job)
    assert r.breakdown["required_skills"] == 1.0 and not r.missing
    (cloud,) = [s for s in r.matched if s.alternatives]
    assert cloud.name == "Microsoft Azure software" and len(cloud.alternatives) == 2
    assert r.to_dict()["matched"][0]["alternatives"] == list(cloud.alternatives)
    # The matrix agrees with the explained score.
    assert m.cdist(["Skills: Azure, Docker"], [job])[0, 0] == np.float32(r.score)
    # A job saved before groups existed reads as skills asked for on their own.
    d = json.loads(job.to_json())
    for s in d["skills"]:
        del s["group"]
    old = jobmatch.Job.from_json(json.dumps(d))
    assert all(s.group is None for s in old.skills)
    assert m.score("Skills: Azure, Docker", old).breakdown["required_skills"] < 1.0


def test_a_skill_and_its_examples_are_one_ask():
    job = jobmatch.parse_job(
        "Requirements:\n- Experience with a CRM such as Salesforce or HubSpot\n- Excel\n"
    )
    (group,) = {s.group for s in job.skills if s.name != "Microsoft Excel"}
    assert group is not None
    assert {s.name for s in job.skills if s.group == group} == {
        "customer relationship management",
        "Salesforce software",
        "HubSpot software",
    }
    m = jobmatch.Matcher(listed_credit=1.0)  # skills lists at full credit
    # One of the examples meets it in full: no "missing CRM".
    r = m.score("Skills: Salesforce, Excel", job)
    assert not r.missing and r.breakdown["required_skills"] == 1.0
    # So does the skill they are examples of, at its own weight (CRM counts as generic).
    other = m.score("Skills: Zoho CRM, Excel", job)
    assert not other.missing and 0 < other.breakdown["required_skills"] < 1.0


def test_job_spans_are_str_indices():
    text = "Ünïcödé préambule.\nRequirements:\n- 3+ years of Python\n"
    job = jobmatch.parse_job(text)
    (py,) = [s for s in job.skills if s.name.startswith("Python")]
    (start, end) = py.mentions[0]
    assert text[start:end] == "Python"
    (req,) = job.experience
    assert text[req.span[0]:req.span[1]] == "3+ years"
    for s in job.sections:
        assert 0 <= s.start <= s.end <= len(text)


def test_resume_positions_and_years():
    cv = jobmatch.parse_resume(RESUME, today="2026-11-27")
    assert cv.today == "2026-11"
    got = [(p.title, p.employer, p.start, p.end, p.months) for p in cv.positions]
    assert got == [
        ("Senior Engineer", "Acme Corp", "2020-01", "2026-11", 83),
        ("Software Developer", "Acme Labs", "2015-03", "2019-06", 52),
        ("Intern", "Initech", "2014-06", "2014-08", 3),
    ]
    assert cv.total_years == pytest.approx((83 + 52 + 3) / 12, abs=0.01)
    assert cv.claimed_years == 8.0
    py = skill(cv, "Python")
    assert py.years == pytest.approx(135 / 12, abs=0.01)
    assert py.stated_years == 6.0 and py.last_used == "2026-11"
    assert skill(cv, "Java").stated_years == 3.0
    assert (cv.education.level, cv.education.field) == ("bachelor", "Computer Science")


# A page in two columns side by side, as a PDF converter that keeps the layout writes it,
# with accented letters before and inside both columns.
TWO_COLUMNS = """\
João Simões · São Paulo

Contact                             Profile
joao@example.com                    Data engineer with six years in Python and SQL.
São Paulo, Brasil
                                    Experience
Skills                              Data Engineer
Python                              Café Moço Ltda, São Paulo, 03/2021 - 10/2026
Apache Airflow                      - Built Airflow pipelines feeding the finance team
SQL, dbt                            - Moved 40 reports to dbt models

Languages                           Analyst
Português - nativo                  Banco Ribeirão SA, 01/2019 - 02/2021
English - fluent                    - SQL reports for credit risk

Education
BSc Estatística, USP, 2014 - 2018
"""


def test_two_columns_side_by_side_are_read_column_by_column():
    cv = jobmatch.parse_resume(TWO_COLUMNS, today="2026-11-27")
    got = [(p.title, p.employer, p.months) for p in cv.positions]
    # The sidebar's lines stay out of the positions; the study years are no work.
    assert got == [("Data Engineer", "Café Moço Ltda", 68), ("Analyst", "Banco Ribeirão SA", 26)]
    assert cv.total_years == pytest.approx(94 / 12, abs=0.01)
    # Offsets are str indices into the text as given.
    start, end = cv.positions[0].span
    assert TWO_COLUMNS[start:].startswith("Data Engineer")
    for s in cv.skills:
        for a, b in s.mentions:
            assert 0 <= a < b <= len(TWO_COLUMNS)
    airflow = skill(cv, "Apache Airflow")
    assert [TWO_COLUMNS[a:b] for a, b in airflow.mentions][:1] == ["Apache Airflow"]
    assert {s.name for s in cv.skills} >= {"English", "Apache Airflow"}
    assert cv.education.level == "bachelor"
    a, b = cv.education.span
    assert TWO_COLUMNS[a:b] == "BSc"
    for s in cv.sections:
        assert 0 <= s.start <= s.end <= len(TWO_COLUMNS)


def test_a_part_of_a_position_under_its_own_heading_keeps_the_positions_after_it():
    text = (
        "Jane Roe\n\nEXPERIENCE\nSenior Analyst, Acme Corp\nJan 2020 - Dec 2024\n"
        "Achievements:\n- Built a churn model in Python\n\n"
        "Analyst, Beta Inc\nJun 2016 - Dec 2019\n- Automated reports in SQL\n\n"
        "EDUCATION\nBSc Economics, 2016\n"
    )
    cv = jobmatch.parse_resume(text, today="2026-11-27")
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Senior Analyst", "Acme Corp"),
        ("Analyst", "Beta Inc"),
    ]
    assert [s.kind for s in cv.sections] == ["intro", "experience", "education"]
    # The skill under the part's heading takes its position's years.
    assert skill(cv, "Python (computer programming)").years == pytest.approx(5.0)
    assert skill(cv, "SQL").years == pytest.approx(43 / 12, abs=0.01)


def test_the_last_positions_part_under_its_own_heading_is_that_positions():
    text = (
        "Jane Roe\n\nEXPERIENCE\nData Engineer, Acme Corp\nJan 2019 - Dec 2023\n"
        "- Built pipelines in Python\nAchievements:\n- Cut Snowflake costs by 30%\n"
        "Tech Stack: Kafka, Airflow\n\nEDUCATION\nBSc Computer Science, 2018\n"
    )
    cv = jobmatch.parse_resume(text, today="2026-11-27")
    assert [s.kind for s in cv.sections] == ["intro", "experience", "education"]
    for name in ("Snowflake", "Apache Kafka", "Apache Airflow"):
        assert skill(cv, name).years == pytest.approx(5.0), name
    # A skills list after the last position stays the resume's own section.
    cv = jobmatch.parse_resume(
        text.replace("Achievements:", "Skills:").replace("Tech Stack: ", "- "),
        today="2026-11-27",
    )
    assert [s.kind for s in cv.sections] == ["intro", "experience", "skills", "education"]
    assert skill(cv, "Snowflake").years is None
    # A label over the duties, under a line that names them.
    cv = jobmatch.parse_resume(
        "Jane Roe\n\nEXPERIENCE\nAnalyst, Acme Corp\nJan 2019 - Dec 2023\n"
        "Tools: Tableau\nRole & Responsibilities:\n- Built dashboards in Power BI\n\n"
        "EDUCATION\nBSc Economics, 2018\n",
        today="2026-11-27",
    )
    assert [s.kind for s in cv.sections] == ["intro", "experience", "education"]
    assert skill(cv, "Microsoft Power BI").years == pytest.approx(5.0)


def test_years_in_a_skills_list_need_no_word_of_experience():
    text = (
        "Jane Roe\n\nSKILLS\n- 5 years of Python\n- Tableau: Expert (4 years)\n"
        "- Hibernate / JPA - 120 months\n\n"
        "EXPERIENCE\nAnalyst, Acme | 2023 - 2024\n- Reports in SQL\n"
    )
    cv = jobmatch.parse_resume(text, today="2026-11-27")
    assert skill(cv, "Python (computer programming)").stated_years == 5.0
    assert skill(cv, "Tableau").stated_years == 4.0
    assert skill(cv, "Hibernate ORM").stated_years == 10.0
    # A claim in the skills section is the skill's, not the resume's overall years.
    assert cv.claimed_years is None
    # Years after a comma that the next skill follows are that skill's.
    for line in ("3+ years Java, 2 years Go", "3 years of Java, 2 years of Go"):
        cv = jobmatch.parse_resume(f"Jane Roe\n\nSKILLS\n{line}\n", today="2026-11-27")
        got = [(s.name, s.stated_years) for s in cv.skills]
        assert got == [("Java (computer programming)", 3.0), ("Go", 2.0)], line
    cv = jobmatch.parse_resume("Jane Roe\n\nSKILLS\nDocker, 2 years\n", today="2026-11-27")
    assert skill(cv, "Docker").stated_years == 2.0
    # A version between the skill and its bracket.
    cv = jobmatch.parse_resume(
        "Jane Roe\n\nSKILLS\nWindows Server 2008 (1 year), Java 8 (3 years)\n", today="2026-11-27"
    )
    assert skill(cv, "Microsoft Windows Server").stated_years == 1.0
    assert skill(cv, "Java (computer programming)").stated_years == 3.0


def test_skills_section_lists_are_read():
    text = (
        "Jane Roe\n\nTECHNICAL SKILLS\n- Go\n- R\n- Testing (3 years)\n\n"
        "EXPERIENCE\nSales lead, Acme | 2019 - 2021\n- Go to market plans\n"
    )
    cv = jobmatch.parse_resume(text, today="2026-11-27")
    experience = text.index("EXPERIENCE")
    for name in ("Go", "R", "software testing"):
        s = skill(cv, name)
        assert all(start < experience for start, _ in s.mentions), name
    assert skill(cv, "software testing").stated_years == 3.0
    # Without sections, a bare bulleted list of risky forms needs other evidence.
    assert "software testing" not in {m.name for m in jobmatch.extract_skills(text)}


def test_terse_forms_of_years():
    # Job boards' and resumes' short forms.
    for text, years in [
        ("Requirements:\n- 5yrs+ experience with Python\n", 5.0),
        ("Requirements:\n- 3-plus years of experience with Python\n", 3.0),
        ("Years of experience: 4\nSkills: Python\n", 4.0),
    ]:
        assert jobmatch.parse_job(text).min_years == years, text
    job = jobmatch.parse_job("Requirements:\n- Python (5+ yrs) and AWS (2+ yrs)\n")
    assert job.min_years == 5.0
    assert (skill(job, "Python").min_years, skill(job, "Amazon Web Services").min_years) == (5.0, 2.0)
    job = jobmatch.parse_job(
        "Requirements:\n- 7+ years of backend experience, 2 of which with Kubernetes\n"
    )
    assert job.min_years == 7.0
    assert skill(job, "Kubernetes").min_years == 2.0
    # A part in brackets is about what the brackets name; the whole goes on after them.
    job = jobmatch.parse_job(
        "Requirements:\n- 5+ years of backend experience (3 of them with Kubernetes) and Python\n"
    )
    assert skill(job, "Kubernetes").min_years == 3.0
    assert skill(job, "Python").min_years == 5.0
    job = jobmatch.parse_job(
        "Requirements:\n- 5+ years of backend experience (at least 3 of them with Kubernetes)"
        " and Python, 2+ years of Go\n"
    )
    assert skill(job, "Kubernetes").min_years == 3.0
    assert (skill(job, "Python").min_years, skill(job, "Go").min_years) == (5.0, 2.0)

    cv = jobmatch.parse_resume(
        "SUMMARY\nI have been working as a developer for the last 6 years.\n\n"
        "SKILLS\nGo | 1 year\nReact ~3 years\n",
        today="2026-11-27",
    )
    assert cv.claimed_years == 6.0
    assert skill(cv, "Go").stated_years == 1.0
    assert skill(cv, "React").stated_years == 3.0


def test_a_range_of_years_beside_a_skill_is_its_years():
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nEngineer, Acme | 2024 - Present\n\n"
        "SKILLS\nGo (2019-2023), Python (2018 - present), Docker\n",
        today="2026-11-27",
    )
    assert skill(cv, "Go").stated_years == 4.0
    assert skill(cv, "Python").stated_years == round(101 / 12, 2)
    assert skill(cv, "Docker").years is None
    # With an experience section, only its dates are positions.
    assert [p.start for p in cv.positions] == ["2024-07"]


def test_a_claim_of_years_gives_the_skills_it_names_their_years():
    cv = jobmatch.parse_resume(
        "SUMMARY\nBackend developer with 7 years of Python experience and 3 years of Go.\n"
        "Kotlin developer with 2 years of experience.\n\n"
        "SKILLS\nPython, Go, Docker, Java (1 year)\n\n"
        "OTHER\n6 years of experience across Java and Python.\n",
        today="2026-11-27",
    )
    assert skill(cv, "Python").stated_years == 7.0 and skill(cv, "Python").years == 7.0
    assert skill(cv, "Go").stated_years == 3.0
    assert skill(cv, "Kotlin").stated_years == 2.0
    # A skill named in no statement has none; years written beside a skill are the more
    # precise and win over a broad claim.
    assert skill(cv, "Docker").stated_years is None
    assert skill(cv, "Java").stated_years == 1.0
    # Matching counts them: a job asking for 5 years of Python is met.
    job = jobmatch.parse_job("Requirements:\n- 5+ years of Python\n")
    assert jobmatch.Matcher().score(cv, job).breakdown["skill_experience"] == 1.0


def test_a_range_with_no_end_runs_to_today_and_says_so():
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nData Engineer, Acme Corp\nMar 2019 –\nBuilt pipelines in Python.\n",
        today="2026-11-27",
    )
    [p] = cv.positions
    assert (p.title, p.employer, p.start, p.end) == ("Data Engineer", "Acme Corp", "2019-03", "2026-11")
    assert any("no end date" in n and "Mar 2019" in n for n in cv.notes), cv.notes


def test_today_accepts_dates_and_rejects_nonsense():
    a = jobmatch.parse_resume(RESUME, today=datetime.date(2026, 11, 27))
    b = jobmatch.parse_resume(RESUME, today="2026-11")
    assert a == b
    assert jobmatch.parse_resume(RESUME).today >= "2026-01"
    with pytest.raises(jobmatch.JobmatchError,
                       match='today: "2026-02-30" is no date: month 2 of 2026 has 28 days'):
        jobmatch.parse_resume(RESUME, today="2026-02-30")
    with pytest.raises(jobmatch.JobmatchError, match="today: .*no month 13"):
        jobmatch.parse_resume(RESUME, today="2026-13-01")
    with pytest.raises(jobmatch.JobmatchError, match="today: expected a date as YYYY-MM-DD"):
        jobmatch.parse_resume(RESUME, today="27/11/2026")
    # pandas' NaT is a missing date, as None is: the current month.
    pd = pytest.importorskip("pandas")
    assert jobmatch.parse_resume(RESUME, today=pd.NaT) == jobmatch.parse_resume(RESUME)
    with pytest.raises(TypeError):
        jobmatch.parse_resume(RESUME, today=20261127)
    # A "present" centuries away would make centuries of experience.
    with pytest.raises(jobmatch.JobmatchError, match="1950-2100"):
        jobmatch.parse_resume(RESUME, today="9999-12-31")


def test_bad_dates_are_noted_not_counted():
    cv = jobmatch.parse_resume(
        "Experience\nDev, Foo | 13/2020 - 05/2021\nDev, Bar | 2019 - 2017\nDev, Baz | 2021 - 2031\n",
        today="2026-11-27",
    )
    assert len(cv.positions) == 1 and cv.positions[0].end == "2026-11"
    assert len(cv.notes) == 3
    assert any("future" in n for n in cv.notes)


def test_batch_equals_one_by_one_for_any_workers():
    texts = [POSTING, "", None, "Junior role, entry level.", POSTING.upper()]
    one = [jobmatch.parse_job(t) for t in texts]
    for workers in (1, 2, -1):
        assert jobmatch.parse_jobs(texts, workers=workers) == one
    cvs = jobmatch.parse_resumes([RESUME, ""], today="2026-11-27", workers=2)
    assert cvs[0] == jobmatch.parse_resume(RESUME, today="2026-11-27")
    assert cvs[1].total_years == 0 and cvs[1].positions == ()
    with pytest.raises(jobmatch.JobmatchError):
        jobmatch.parse_jobs(texts, workers=0)
    with pytest.raises(TypeError):
        jobmatch.parse_jobs(POSTING)


def test_extractor_with_custom_taxonomy_parses_too():
    tax = jobmatch.Taxonomy.from_skills(
        [jobmatch.Skill("x:widgets", "Widget Tuning", aliases=["widgeteering"])]
    )
    ex = jobmatch.SkillExtractor(tax)
    job = ex.parse_job("Requirements:\n- 4 years of widgeteering\n")
    assert [(s.skill_id, s.min_years) for s in job.skills] == [("x:widgets", 4.0)]
    cv = ex.parse_resume("Experience\nTuner, Acme | 2019 - 2021\n- widgeteering\n", today="2026-11")
    assert cv.skills[0].years == 2.0


def test_persistence_and_plain_data():
    job = jobmatch.parse_job(POSTING)
    cv = jobmatch.parse_resume(RESUME, today="2026-11-27")
    for obj, cls in ((job, jobmatch.Job), (cv, jobmatch.Resume)):
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert cls.from_json(obj.to_json()) == obj
        d = obj.to_dict()
        assert d["version"] == 2 and d["offsets"] == "chars"
        json.dumps(d)  # plain data
        assert repr(obj).startswith(cls.__name__ + "(")
    part = job.skills[0]
    assert dataclasses.asdict(part)["skill_id"] == part.skill_id
    with pytest.raises(dataclasses.FrozenInstanceError):
        part.name = "x"  # type: ignore[misc]


def test_old_or_foreign_json_fails_clearly():
    data = json.loads(jobmatch.parse_job(POSTING).to_json())
    data["version"] = 99
    with pytest.raises(jobmatch.JobmatchError, match="version 99"):
        jobmatch.Job.from_json(json.dumps(data))
    with pytest.raises(jobmatch.JobmatchError, match="not a serialised Resume"):
        jobmatch.Resume.from_json("[]")


def test_bad_input_is_safe():
    for text in ["", "   ", "\x00\x01", "99999 years of experience", "1 2 3 4 5 " * 1000,
                 "- bullet\n" * 20000, "日本語の求人 5年以上の経験"]:
        job = jobmatch.parse_job(text)
        assert job.min_years is None or 0 <= job.min_years <= 50
        cv = jobmatch.parse_resume(text, today="2026-11-27")
        assert cv.total_years >= 0
    job = jobmatch.parse_job("99999 years of experience required")
    assert job.min_years is None and job.notes
