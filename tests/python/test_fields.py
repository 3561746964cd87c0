"""Resumes and postings of fields other than software: teaching, trades, care, sales."""
from __future__ import annotations

import jobmatch

TODAY = "2026-12-04"

TEACHER = """\
EDUCATION
M.Ed. in Curriculum and Instruction, Portland State University, 2018
B.A. in Elementary Education, University of Oregon, 2016

TEACHING EXPERIENCE
5th Grade Teacher, Lincoln Elementary School, 2019 - Present
- Lesson planning and classroom management for 28 students
- Adapted lessons for special education students

MILITARY SERVICE
Supply Clerk | Oregon National Guard | Jun 2012 - May 2016

SKILLS & ABILITIES
Google Classroom, Microsoft Excel
"""


def names(profile):
    return {s.name for s in profile.skills}


def test_field_experience_headings_keep_their_positions():
    cv = jobmatch.parse_resume(TEACHER, today=TODAY)
    kinds = [(s.kind, s.heading) for s in cv.sections]
    assert ("experience", "TEACHING EXPERIENCE") in kinds
    assert ("experience", "MILITARY SERVICE") in kinds
    assert ("skills", "SKILLS & ABILITIES") in kinds
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("5th Grade Teacher", "Lincoln Elementary School"),
        ("Supply Clerk", "Oregon National Guard"),
    ]
    assert cv.total_years > 10
    assert cv.education.level == "master"
    assert cv.education.field == "Curriculum and Instruction"
    assert {"prepare lesson content", "perform classroom management", "special needs education"} <= names(cv)


def test_heading_words_are_no_skills():
    cv = jobmatch.parse_resume(
        "WORK HISTORY\nCashier, Corner Market, 2020 - 2022\n\nEDUCATION AND TRAINING\nGED, 2019\n",
        today=TODAY,
    )
    assert "history" not in names(cv)
    # After a heading's colon, the text is the section's.
    cv = jobmatch.parse_resume("SKILLS: Microsoft Excel, welding\n", today=TODAY)
    assert {"Microsoft Excel", "welding techniques"} <= names(cv)


def test_titles_without_a_known_title_word():
    for line, title, employer in [
        ("Sales Rep | Northwind Co. | Jan 2019 - Mar 2021", "Sales Rep", "Northwind Co."),
        ("Sommelier | Harbor Hotel Group | 2019 - 2021", "Sommelier", "Harbor Hotel Group"),
        ("Line Cook, Blue Door Bistro, 2018 - 2020", "Line Cook", "Blue Door Bistro"),
    ]:
        cv = jobmatch.parse_resume("EXPERIENCE\n" + line + "\n", today=TODAY)
        assert [(p.title, p.employer) for p in cv.positions] == [(title, employer)], line


def test_degrees_of_teaching_and_trades():
    for text, level, field in [
        ("M.Ed. in Special Education", "master", "Special Education"),
        ("A.A.S. in Logistics Management", "associate", "Logistics Management"),
        ("A.S. in Accounting", "associate", "Accounting"),
        ("B.B.A. in Marketing", "bachelor", "Marketing"),
        ("Doctor of Nursing Practice", "doctorate", "Nursing"),
    ]:
        cv = jobmatch.parse_resume("EDUCATION\n" + text + "\n", today=TODAY)
        assert (cv.education.level, cv.education.field) == (level, field), text
    # A sentence that starts with "A" holds no degree.
    cv = jobmatch.parse_resume("SUMMARY\nA dependable worker. A team player.\n", today=TODAY)
    assert cv.education is None


def test_a_degree_due_two_lines_down_is_under_way():
    cv = jobmatch.parse_resume(
        "EDUCATION\nBachelor of Science in Nursing\nOhio State University\nExpected May 2027\n",
        today=TODAY,
    )
    assert (cv.education.level, cv.education.in_progress) == ("bachelor", True)
    cv = jobmatch.parse_resume(
        "EDUCATION\nBachelor of Science in Nursing\nOhio State University\nMay 2021\n",
        today=TODAY,
    )
    assert (cv.education.level, cv.education.in_progress) == ("bachelor", False)


def test_rest_in_lower_case_is_the_word():
    assert list(jobmatch.extract_skills("Support the rest of the store team; take a rest.")) == []
    found = [m.name for m in jobmatch.extract_skills("Built REST services with Flask.")]
    assert "REST APIs" in found
    job = jobmatch.parse_job(
        "Responsibilities\n- Train new cashiers and support the rest of the store team\n"
    )
    assert list(job.skills) == []


def test_skills_of_the_trades_care_and_sales():
    text = (
        "Cold calling and lead generation. HVAC and MIG welding. Forklift certified. "
        "12-lead EKG, ICD-10, care plans and medication administration. Sage 50."
    )
    found = {m.name for m in jobmatch.extract_skills(text)}
    assert {
        "telemarketing",
        "prospect new customers",
        "HVAC systems",
        "perform metal inert gas welding",
        "operate forklift",
        "electrocardiography",
        "clinical coding",
        "plan nursing care",
        "administer prescribed medication",
        "Sage 50 Accounting",
    } <= found
    # Acronyms that mean something else in these fields are not read as the sources' skills:
    # "NEC" is the National Electrical Code (not ESCO's network equipment), "CPT" nothing.
    found = [m.name for m in jobmatch.extract_skills("To NEC standards; CPT work authorization.")]
    assert found == ["National Electrical Code"]
    # "Wiring" is an electrician's work, not ESCO's "battery components".
    assert [m.name for m in jobmatch.extract_skills("Wiring to NEC standards")] == [
        "electrical wiring", "National Electrical Code"]


def test_related_skills_give_credit_both_ways():
    m = jobmatch.Matcher(listed_credit=1.0)  # skills lists at full credit
    a = m.score("Skills: financial statements", "Requirements:\n- prepare financial statements\n")
    b = m.score("Skills: prepare financial statements", "Requirements:\n- financial statements\n")
    assert a.partial and b.partial
    assert a.partial[0].credit == b.partial[0].credit == 0.15
    assert "credit 0.15)" in a.explain()


def test_a_job_without_required_skills_says_so():
    m = jobmatch.Matcher()
    thin = jobmatch.parse_job(
        "Requirements\n- 5+ years of experience in the trade\n\nNice to have\n- Spanish\n"
    )
    r = m.score("Skills: Spanish\n8 years of experience in bookkeeping.", thin)
    assert "required_skills" not in r.breakdown
    assert "names no required skill" in r.explain()
    full = jobmatch.parse_job("Requirements\n- HVAC and welding\n")
    assert "names no required skill" not in m.score("Skills: HVAC", full).explain()


def test_postings_of_the_trades_and_care():
    job = jobmatch.parse_job(
        "Brightline Logistics, Inc.\n\nAbout the job\n"
        "We are hiring a CDL-A driver with 2+ years of tractor-trailer experience.\n\n"
        "Requirements\n- CDL Class A with hazmat endorsement\n- OSHA 10\n"
        "- High school diploma or equivalent\n\n"
        "Physical Requirements\n- Exposure to blood-borne pathogens and infectious diseases\n"
    )
    assert {s.name for s in job.skills} == {
        "commercial driver's license",
        "hazardous materials transportation",
        "OSHA safety standards",
    }
    # "About the job" is the role, not the company; the company's name line asks for no
    # logistics; physical demands ask for no skill.
    assert job.min_years == 2.0
    assert [s.kind for s in job.sections][:2] == ["intro", "responsibilities"]
    # "or equivalent" after a high-school diploma means a GED, not experience.
    assert (job.education.level, job.education.experience_may_replace) == ("high_school", False)


def test_a_firm_named_after_its_trade_asks_for_no_skill():
    # The firm's name line is no chartered accountant asked for; the requirement is.
    job = jobmatch.parse_job(
        "Bookkeeper\nCalder & Voss Chartered Accountants\n\n"
        "Requirements\n- Xero and VAT returns\n- Chartered accountant (ACA) a plus\n"
    )
    names = {s.name: s.required for s in job.skills}
    assert names.get("Xero") is True
    assert names.get("chartered accountant") is False


def test_a_high_school_that_is_a_school_asks_for_no_diploma():
    job = jobmatch.parse_job(
        "High School Science Teacher\nRequirements\n- Bachelor's degree in Biology\n"
        "- Experience teaching high school students\n"
    )
    assert job.education.level == "bachelor"


def test_prose_under_a_skills_heading_is_no_list():
    job = jobmatch.parse_job(
        "Knowledge, Skills and Abilities\nAbility to work in a fast-paced environment. "
        "Must be able to go up and down stairs. Able to access patient records, express ideas "
        "clearly, spring into action, remain calm.\n"
    )
    assert list(job.skills) == []
    cv = jobmatch.parse_resume(
        "SKILLS\nFast learner, calm under pressure, go-getter attitude, able to express ideas\n"
        "Python, Go, Spark\n",
        today=TODAY,
    )
    assert names(cv) == {"Python (computer programming)", "Go", "Apache Spark"}


def test_lists_with_separators_of_several_bytes():
    text = "Skills • R • Python • calm • Fast learner •Go • CALM"
    cv = jobmatch.parse_resume("SKILLS\n" + text + "\n", today=TODAY)
    assert {"R", "Python (computer programming)", "Go"} <= names(cv)
    assert "Final approach spacing tool FAST" not in names(cv)
    assert [m.text for m in jobmatch.extract_skills(text) if m.text.lower() == "calm"] == ["CALM"]


def test_review_cases_of_the_new_rules():
    # A one-line label opens no section of its own: the text after it is the intro's.
    job = jobmatch.parse_job(
        "Senior Developer\nLocation: Remote\nJob Type: Full-time\n"
        "We are looking for someone with 5+ years of experience in Python and AWS.\n"
    )
    assert {"Python (computer programming)", "Amazon Web Services AWS software"} <= names(job)
    assert job.min_years == 5.0
    # A requirement that ends with "agency" is no organisation's name.
    job = jobmatch.parse_job("Requirements:\n3+ years of SEO experience at an agency\n")
    assert "search engine optimisation" in names(job)
    # Employers that begin with a title word; places are no titles.
    for line, title, employer in [
        ("Baker Hughes - Field Engineer, 2018 - 2020", "Field Engineer", "Baker Hughes"),
        ("Stanford University, Palo Alto, 2018 - 2020", None, "Stanford University"),
    ]:
        cv = jobmatch.parse_resume("EXPERIENCE\n" + line + "\n", today=TODAY)
        assert [(p.title, p.employer) for p in cv.positions] == [(title, employer)], line
    # Dotted capitals that are no degree; MAT the treatment.
    for text in ["Reply A.S.A.P. to N.A.S.A.", "Attends A.A. meetings", "Knowledge of MAT and harm reduction"]:
        assert jobmatch.parse_job("Requirements\n- " + text + "\n").education is None, text
    assert jobmatch.parse_job("Requirements\n- Minimum High School diploma\n").education.level == "high_school"
    # Dates before a degree on its line are its own; a position's two lines down are not.
    cv = jobmatch.parse_resume(
        "EDUCATION\nAug 2023 – Present | Stanford University, Palo Alto | M.S. Computer Science\n",
        today=TODAY,
    )
    assert cv.education.in_progress
    cv = jobmatch.parse_resume(
        "EDUCATION\nB.S. Biology\nUniversity of Florida\nLab Assistant, 2024 - Present\n",
        today=TODAY,
    )
    assert not cv.education.in_progress
    # An empty breakdown gets no note about other categories, but one about having
    # nothing to score.
    explained = jobmatch.Matcher().score("", "").explain()
    assert "other categories" not in explained and "nothing to score" in explained


def test_tests_that_are_no_software_testing_and_rest_written_apart():
    found = [m.name for m in jobmatch.extract_skills("Skills: drug testing, blood testing, manual testing")]
    assert found == ["software testing"]
    found = [m.name for m in jobmatch.extract_skills("Consuming WCF Rest full services in C#.")]
    assert "REST APIs" in found


def test_a_degree_abbreviated_in_brackets_is_one_degree():
    # What the line says of the degree ("candidate", "expected") holds for its
    # abbreviation too: a J.D. under way is no doctorate held.
    cv = jobmatch.parse_resume(
        "EDUCATION\nJuris Doctor (J.D.) candidate, Suffolk University Law School, expected"
        " May 2028\nBachelor of Arts in Political Science, University of Rhode Island, 2015\n",
        today=TODAY)
    assert (cv.education.level, cv.education.in_progress) == ("bachelor", False)
    cv = jobmatch.parse_resume(
        "EDUCATION\nBachelor of Science in Nursing (BSN) candidate, Ohio State University\n",
        today=TODAY)
    assert (cv.education.level, cv.education.field, cv.education.in_progress) == (
        "bachelor", "Nursing", True)
    cv = jobmatch.parse_resume(
        "EDUCATION\nMaster of Business Administration (MBA), Finance, University of St. Thomas,"
        " 2020\n", today=TODAY)
    assert (cv.education.level, cv.education.field) == ("mba", "Finance")


def test_dotted_degree_abbreviations():
    for text, level, field in [
        ("B.F.A. in Communication Design, Pratt Institute, 2016", "bachelor",
         "Communication Design"),
        ("M.F.A. in Creative Writing, 2019", "master", "Creative Writing"),
        ("M.P.H., Emory University, 2018", "master", "Public Health"),
        ("D.N.P., Duke University, 2021", "doctorate", "Nursing"),
        ("B.Arch., Cornell University, 2012", "bachelor", "Architecture"),
        ("Kendall College — A.A.S. Culinary Arts, 2015", "associate", "Culinary Arts"),
        ("G.E.D., 2009", "high_school", None),
    ]:
        cv = jobmatch.parse_resume("EDUCATION\n" + text + "\n", today=TODAY)
        assert cv.education is not None, text
        assert (cv.education.level, cv.education.field) == (level, field), text


def test_joined_resume_headings_of_education_and_of_a_summary():
    cv = jobmatch.parse_resume(
        "QUALIFICATIONS SUMMARY\nHVAC technician with 7 years of residential service"
        " experience.\n\nEMPLOYMENT\nHVAC Installer, Cool Breeze Heating & Cooling, 2017 - 2020\n"
        "\nTRAINING & EDUCATION\nHigh School Diploma, Maryvale High School, 2014\n",
        today=TODAY)
    assert [s.kind for s in cv.sections] == ["summary", "experience", "education"]
    assert cv.claimed_years == 7.0
    assert cv.education.level == "high_school"


def test_a_trade_title_names_its_skill_and_plurals_are_one_skill():
    m = jobmatch.Matcher()
    for title, skill in [("Graphic Designer", "graphic design"), ("Welder", "welding"),
                         ("Staff Accountant", "accounting"), ("Carpenter", "carpentry"),
                         ("Civil Engineer", "civil engineering"),
                         ("Senior Physical Therapist", "physical therapy"),
                         ("Frontend Engineer", "frontend development"),
                         ("Occupational Therapist", "occupational therapy"),
                         ("Paramedic", "paramedicine"),
                         ("Medical Coder", "medical coding"),
                         ("Clinical Pharmacist", "pharmacy practice")]:
        cv = jobmatch.parse_resume(
            f"EXPERIENCE\n{title}, Northwind Holdings LLC, 2015 - 2020\n", today=TODAY)
        job = jobmatch.parse_job(f"Requirements\n- 5+ years of {skill} experience\n")
        r = m.score(cv, job)
        assert r.breakdown["required_skills"] == 1.0, (title, [s.name for s in cv.skills])
        assert r.breakdown["skill_experience"] == 1.0, title
    # The singular and the plural name one skill.
    job = jobmatch.parse_job("Requirements\n- Class A CDL with Hazmat endorsement\n")
    cv = jobmatch.parse_resume("LICENSES\nClass A CDL, Hazmat endorsements\n", today=TODAY)
    assert {s.name for s in job.skills} <= {s.name for s in cv.skills}
    for one, many in [("smart contract", "smart contracts"), ("internal audit", "internal audits")]:
        assert ([m.skill_id for m in jobmatch.extract_skills(f"Skills: {one}")]
                == [m.skill_id for m in jobmatch.extract_skills(f"Skills: {many}")]), one


def test_skills_of_trades_accounting_and_care_from_the_resume_probe():
    text = ("Skills: brazing, heat pumps, lockout/tagout (LOTO), switchgear, load securement,"
            " Creo, DFM, injection molding, SOX controls, ASC 606, SEC reporting,"
            " periodontal charting, data entry, brand identity")
    got = {m.name for m in jobmatch.extract_skills(text)}
    for name in ["apply brazing techniques", "install heat pump", "lockout/tagout", "switchgear",
                 "load securement", "PTC Creo Parametric", "design for manufacturability",
                 "injection molding", "Sarbanes-Oxley compliance", "revenue recognition",
                 "SEC reporting", "periodontal charting", "data entry", "define brand identity"]:
        assert name in got, name
    # "SOX" is the act only in capitals; route planning is planning routes (no software);
    # driving a forklift is operating one.
    assert not jobmatch.extract_skills("Big Red Sox fan")
    assert [m.name for m in jobmatch.extract_skills("Skills: Route planning")] == [
        "prepare transportation routes"]
    assert [m.name for m in jobmatch.extract_skills("Forklift driving")] == ["operate forklift"]


def test_positions_of_the_trades_probe():
    def positions(text):
        cv = jobmatch.parse_resume(text, today=TODAY)
        return [(p.title, p.employer, p.start, p.end) for p in cv.positions]

    # The title on the line below an employer's line with the dates.
    assert positions(
        "WORK HISTORY\nBuckeye Power & Light Contractors | Columbus, OH | 05/2021 - 08/2024\n"
        "Journeyman Electrician\n- Installed panels\n"
    ) == [("Journeyman Electrician", "Buckeye Power & Light Contractors", "2021-05", "2024-08")]
    # Dates alone on their line with nothing above them: the title and employer below.
    assert positions(
        "EXPERIENCE\n2019 - 2023\nStore Manager, Aritzia, Calgary AB\n- Managed P&L\n\n"
        "2016 - 2019\nAssistant Store Manager | Gap Inc.\n- Scheduled staff\n"
    ) == [("Store Manager", "Aritzia", "2019-07", "2023-06"),
          ("Assistant Store Manager", "Gap Inc.", "2016-07", "2019-06")]
    # A note in brackets after the dates; its skills are that position's.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nRegistered Nurse\nTampa General Hospital, Tampa, FL\n"
        "June 2017 - February 2021\n- Triaged patients\n\nCertified Nursing Assistant\n"
        "Sunrise Senior Living, Brandon, FL\nAugust 2014 - May 2017 (part-time during nursing"
        " school)\n- Took vital signs\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Registered Nurse", "Tampa General Hospital"),
        ("Certified Nursing Assistant", "Sunrise Senior Living")]
    cna = next(s for s in cv.skills if s.name == "Certified Nursing Assistant")
    assert cna.last_used == "2017-05"
    # Titles the accountants and the stores use; a firm named by its partners.
    assert positions(
        "EXPERIENCE\nAudit Senior — Baker Tilly, Minneapolis, MN\nSept. 2015 – July 2019\n"
        "\nSenior Litigation Paralegal\nWhitcomb, Hale & Ostrander LLP — Boston, MA\n"
        "November 2022 to November 2025\n"
    ) == [("Audit Senior", "Baker Tilly", "2015-09", "2019-07"),
          ("Senior Litigation Paralegal", "Whitcomb, Hale & Ostrander LLP", "2022-11", "2025-11")]


def test_review_cases_of_the_resume_probe_rules():
    # A trade's title gives its skill only as a position's title.
    job = jobmatch.parse_job("Office Receptionist\nRequirements\n- Forward invoices to the"
                             " accountant\n- Coordinate plumbers and carpenters\n")
    assert not job.skills
    # A line used as the title below one position's dates is not the next one's header.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nAcme Logistics | Memphis, TN | 05/2019 - 08/2022\nShift Supervisor\n"
        "Beta Foods | Memphis, TN | 01/2016 - 04/2019\nForklift Operator\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Shift Supervisor", "Acme Logistics"), ("Forklift Operator", "Beta Foods")]
    # A name line keeps a credential after its comma; a headline without contact details
    # keeps its skill.
    cv = jobmatch.parse_resume("John Smith, CPA\njohn@example.com\nSUMMARY\nAuditor.\n",
                               today=TODAY)
    assert "Certified Public Accountant" in {s.name for s in cv.skills}
    cv = jobmatch.parse_resume("Apache Spark\nData engineer with Python\n", today=TODAY)
    assert {"Apache Spark", "Python (computer programming)"} <= {s.name for s in cv.skills}
    # "Skills & Education" keeps its list; "Education Summary" is education.
    cv = jobmatch.parse_resume("SKILLS & EDUCATION\nGo, Rust, Python\nBS in Physics, 2015\n",
                               today=TODAY)
    assert {"Go", "Rust", "Python (computer programming)"} <= {s.name for s in cv.skills}
    # "or equivalent" after a list asks for all of it.
    job = jobmatch.parse_job("Requirements\n- BLS, ACLS, PALS, or equivalent certification\n")
    assert all(s.group is None for s in job.skills) and len(job.skills) == 3


def test_skills_of_hr_plumbing_construction_and_welding_from_the_occupations_probe():
    text = ("Skills: employee relations, benefits administration, onboarding, FMLA, SHRM-CP,"
            " backflow prevention, water heaters, submittals, RFIs, change orders, PE license,"
            " LEED AP BD+C, SMAW, FCAW, GMAW, GTAW, AWS D1.1, WebPT, inventory")
    got = {m.name for m in jobmatch.extract_skills(text)}
    assert {"employee relations", "benefits administration", "employee onboarding",
            "Family and Medical Leave Act", "SHRM certification", "backflow prevention",
            "water heater installation", "construction submittals",
            "construction requests for information", "construction change orders",
            "professional engineer license", "LEED Accredited Professional",
            "shielded metal arc welding", "flux-cored arc welding",
            "perform metal inert gas welding", "perform tungsten inert gas welding",
            "AWS welding certification", "WebPT", "manage inventory"} <= got
    # "BD+C" of a LEED credential is no C; "AWS" before "D1.1" no cloud.
    assert not {"C", "Amazon Web Services (AWS) software"} & got
    # Onboarding in prose may be a client's: only in a list, or said of new hires.
    assert not jobmatch.extract_skills("Client data onboarding for new brands.")
    assert [m.name for m in jobmatch.extract_skills("Led new hire onboarding.")] == [
        "employee onboarding"]


def test_a_suites_products_partly_meet_the_suite():
    m = jobmatch.Matcher()
    for cv, job, via in [
        ("SKILLS\nMicrosoft Word, Excel, Outlook", "Requirements:\n- Proficiency in Microsoft Office",
         "Microsoft Excel"),
        ("SKILLS\nAdobe Illustrator, Adobe InDesign", "Requirements:\n- Adobe Creative Suite",
         "Adobe Illustrator"),
        ("SKILLS\nWorkday", "Requirements:\n- Proficiency with HRIS systems", "Workday software"),
        ("SKILLS\nTerraform", "Requirements:\n- Infrastructure as code", "IBM Terraform"),
        # A product of a kind of software that the taxonomy names (O*NET's commodities).
        ("SKILLS\nSAP S/4HANA", "Requirements:\n- Experience with ERP systems", "SAP S/4HANA"),
        ("SKILLS\nNetSuite", "Requirements:\n- Experience with ERP systems", "NetSuite ERP"),
        ("SKILLS\nQuickBooks", "Requirements:\n- Accounting software", "Intuit QuickBooks"),
        ("SKILLS\nSmartsheet", "Requirements:\n- Project management software", "Smartsheet"),
        # The names postings give those kinds.
        ("SKILLS\nSalesforce", "Requirements:\n- CRM software", "Salesforce software"),
        ("SKILLS\nAutoCAD", "Requirements:\n- CAD software", "Autodesk AutoCAD"),
        ("SKILLS\nSAP", "Requirements:\n- ERP software", "SAP software"),
        # Curated where O*NET lists the product most under another kind.
        ("SKILLS\nHubSpot", "Requirements:\n- CRM systems", "HubSpot software"),
        ("SKILLS\nJira", "Requirements:\n- Project management software", "Atlassian JIRA"),
    ]:
        r = m.score(jobmatch.parse_resume(cv, today=TODAY), jobmatch.parse_job(job))
        assert [p.via for p in r.partial] and r.partial[0].via == via, (cv, r.explain())
        assert 0 < r.score < 1
    # A product O*NET lists most under another kind, or under a kind it is not of, is no
    # product of it.
    for cv, job in [("SKILLS\nMicrosoft Teams", "Project management software"),
                    ("SKILLS\nAb Initio", "Experience with ERP systems")]:
        r = m.score(jobmatch.parse_resume(cv, today=TODAY),
                    jobmatch.parse_job(f"Requirements:\n- {job}"))
        assert not r.partial and r.score == 0, (cv, r.explain())


def test_skills_of_the_sixteen_occupations_probe():
    # Automotive, IT, security, UX, product, social work, trucking and UK bookkeeping.
    text = ("Skills: ASE Master Technician, brake pads and rotors, wheel alignments, oil changes,"
            " scan tools, VAT returns, Xero, AAT Level 3, CCNA, CompTIA Security+, ISTQB,"
            " incident response, threat hunting, CrowdStrike, EDR, VLANs, Miro, wireframes,"
            " design systems, user stories, product roadmap, motivational interviewing,"
            " trauma-informed care, EMDR, hours of service, Geotab, McLeod LoadMaster,"
            " incident reports, foot patrols, recommender systems, MITRE ATT&CK, credit control,"
            " case management, discharge planning, access control")
    got = {m.name for m in jobmatch.extract_skills(text)}
    assert {"ASE certification", "brake repair", "wheel alignment", "oil change service",
            "automotive diagnostic equipment", "VAT returns", "Xero", "AAT qualification",
            "CCNA", "CompTIA Security+", "ISTQB certification", "incident response",
            "threat hunting", "CrowdStrike Falcon", "endpoint detection and response",
            "virtual LANs", "Miro", "create website wireframe", "design systems",
            "user stories", "product roadmaps", "motivational interviewing",
            "trauma-informed care", "EMDR therapy", "hours of service regulations", "Geotab",
            "McLeod Software", "create incident reports", "patrol areas",
            "build recommender systems", "MITRE ATT&CK software", "credit control processes",
            "apply case management", "develop plans related to client discharge",
            "use access control software"} <= got
    # "Access control" is no Microsoft Access, "rotors" no generators.
    assert not {"Microsoft Access", "electric generators"} & got
    # Forms of other things: "Managed infrastructure as code" is no swimming pool's.
    assert [m.name for m in jobmatch.extract_skills(
        "Managed infrastructure as code with Terraform")] == [
        "infrastructure as code", "IBM Terraform"]


def test_titles_of_the_sixteen_occupations_probe():
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nData Engineer | Wayfair | Jun 2020 – Oct 2024\n- Built pipelines\n\n"
        "Security Guard — Paladin Security, Mississauga, ON\nSep 2016 – May 2020\n- Patrolled\n",
        today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Data Engineer", "Wayfair"), ("Security Guard", "Paladin Security")]
    # The title names its field's skill, with the position's years.
    de = next(s for s in cv.skills if s.name == "data engineering")
    assert abs(de.years - 4.4) < 0.1
    # Two lines of titles: the nearer, with its town and state, is the employer's.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nMedical Assistant\nSunshine Physician Associates, Orlando, FL\n"
        "July 2022 – Present\n- Took vitals\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Medical Assistant", "Sunshine Physician Associates")]
    # The Coast Guard employs.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nDeckhand — U.S. Coast Guard\nJan 2010 – Dec 2014\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [("Deckhand", "U.S. Coast Guard")]


def test_skills_of_the_second_sixteen_occupations_probe():
    text = ("Skills: crew resource management, ATP certificate, A320 type rating, cell culture,"
            " Western blot, qPCR, CRISPR, urinalysis, blood bank, IV catheter placement,"
            " personal training, fitness assessments, group fitness, medical interpreting,"
            " consecutive interpreting, memoQ, Trados, AP style, FOIA, legislative analysis,"
            " program evaluation, Medicaid, grant writing, SketchUp, Navisworks, open houses,"
            " DocuSign, real estate license, mise en place, food hygiene, ABA therapy,"
            " CPI certification, childcare, reach truck, Cvent, EZLynx, Applied Epic")
    got = {m.name for m in jobmatch.extract_skills(text)}
    assert {"crew resource management", "Airline Transport Pilot certificate",
            "aircraft type rating", "cell culture", "western blotting",
            "polymerase chain reaction", "CRISPR gene editing", "urinalysis", "blood banking",
            "IV catheter placement", "personal training", "fitness assessment",
            "group exercise instruction", "medical interpreting", "interpreting modes",
            "memoQ", "SDL Trados", "AP style", "Freedom of Information Act requests",
            "legislative analysis", "program evaluation", "Medicaid", "grant writing",
            "Trimble SketchUp Pro", "Autodesk Navisworks", "open houses",
            "DocuSign eSignature", "real estate license", "mise en place", "food hygiene rules",
            "Applied Behavior Analysis", "CPI crisis prevention training", "childcare",
            "reach truck operation", "Cvent", "EZLynx", "Applied Epic"} <= got
    assert "Epic Systems" not in got


def test_alternatives_degrees_and_titles_of_the_second_occupations_probe():
    def skills(text):
        return [(s.name, s.required, s.group) for s in jobmatch.parse_job(text).skills]

    # A field the taxonomy does not know before "or": the degree may be in either.
    for text in ("Requirements\n- A degree in Hospitality or Marketing\n",
                 "Requirements\n- A degree in Leisure Management, Hospitality or Marketing\n"):
        assert skills(text) == [("marketing principles", False, None)], text
    # "and" before a verb opens a clause: R and Python stay alternatives.
    got = skills("Requirements\n- Analyze data in R or Python and present results\n")
    groups = {name: group for name, _, group in got}
    assert groups["R"] is not None and groups["R"] == groups["Python (computer programming)"]
    # "and" before another skill goes on with the list: all are asked for.
    got = skills("Requirements\n- Python or Java and SQL\n")
    assert all(group is None for _, _, group in got)
    # Two degrees asked for together: the higher.
    edu = jobmatch.parse_job("Requirements\n- Bachelor's and Master's degree in Architecture\n")
    assert edu.education.level == "master"
    # As LinkedIn writes an associate degree: the abbreviation is no field.
    cv = jobmatch.parse_resume(
        "Education\nDes Moines Area Community College\nAssociate of Applied Science - AAS,"
        " Medical Laboratory Technology · (2020 - 2022)\n", today=TODAY)
    assert (cv.education.level, cv.education.field) == (
        "associate", "Medical Laboratory Technology")
    # Titles: a paraeducator, bar staff, a groomer.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nSpecial Education Paraeducator\nElk Grove Unified School District - Elk"
        " Grove, CA\nAugust 2021 to Present\n- Implement IEP goals\n\nBar Staff, Wetherspoons,"
        " Leeds\nJanuary 2019 - July 2020\n- Served drinks\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [
        ("Special Education Paraeducator", "Elk Grove Unified School District"),
        ("Bar Staff", "Wetherspoons")]


def test_the_senior_roles_probe():
    got = {m.name for m in jobmatch.extract_skills(
        "Skills: AML, OFAC, CRCM, treasury, internal controls, due diligence, private equity,"
        " S&OP, demand planning, category management, strategic sourcing, Coupa, STCW, ISM"
        " Code, IRB submissions, pesticide applicator license, bar bending schedule, BOQ,"
        " quantity surveying, NEC4, JCT, CostX, MRICS, curriculum development, student"
        " discipline, precision agriculture, crop protection, informed consent, cash flow"
        " management, procurement")}
    assert {"anti-money laundering compliance", "OFAC sanctions compliance", "CRCM certification",
            "treasury management", "internal controls", "due diligence", "private equity",
            "sales and operations planning", "demand planning", "category management",
            "strategic sourcing", "Coupa", "STCW certification", "ISM Code", "IRB submissions",
            "pesticide applicator license", "bar bending schedule", "bills of quantities",
            "quantity surveying", "NEC contracts", "JCT contracts", "CostX", "MRICS",
            "develop curriculum", "maintain students' discipline", "apply precision farming",
            "create crop protection plans", "support informed consent", "manage cash flow",
            "Manage sourcing activities"} <= got
    # An HNC is a sub-degree qualification, as an HND is.
    cv = jobmatch.parse_resume(
        "EDUCATION\nHNC Mechanical Engineering, North East Scotland College, 2015\n", today=TODAY)
    assert (cv.education.level, cv.education.field) == ("associate", "Mechanical Engineering")
    # An agronomist's title before the employer, the town and the state.
    cv = jobmatch.parse_resume(
        "EXPERIENCE\nAgronomist, Heartland Farms, Boone, IA\nJanuary 2020 - Present\n", today=TODAY)
    assert [(p.title, p.employer) for p in cv.positions] == [("Agronomist", "Heartland Farms")]
    # A commercial driver's licence partly meets "driver's license".
    r = jobmatch.Matcher().score(jobmatch.parse_resume("Licenses: CDL Class A", today=TODAY),
                                 jobmatch.parse_job("Requirements\n- Valid driver's license"))
    assert 0 < r.score < 1 and r.partial


def test_tools_of_todays_postings_that_neither_source_names():
    # Each found as its own skill, by the names postings use.
    text = ("Tools: ClickHouse, DuckDB, Trino, Apache Iceberg, Metabase, Mixpanel, Pulumi,"
            " AWS Fargate, Grafana Loki, Veracode, SentinelOne, Azure AD, Pinecone, NLTK,"
            " Pipedrive, UKG, BambooHR, FreshBooks, JD Edwards, Civil 3D, Business Central,"
            " Power Apps, ClickUp, Monday.com, Cornerstone OnDemand, Qualys")
    got = {m.name for m in jobmatch.extract_skills(text)}
    assert {"ClickHouse", "DuckDB", "Trino", "Apache Iceberg", "Metabase", "Mixpanel",
            "Pulumi", "AWS Fargate", "Grafana Loki", "Veracode", "SentinelOne",
            "Microsoft Entra ID", "Pinecone", "NLTK", "Pipedrive", "UKG Pro", "BambooHR",
            "FreshBooks", "Oracle JD Edwards EnterpriseOne", "Autodesk AutoCAD Civil 3D",
            "Microsoft Dynamics 365 Business Central", "Microsoft Power Apps", "ClickUp",
            "monday.com", "Cornerstone OnDemand", "Qualys Cloud Platform"} == got
    # No longer read as other skills: FreshBooks is no personal organiser, Cornerstone
    # OnDemand no veterinary practice software, Azure AD no Azure cloud and directory.
    assert not {"use personal organization software", "IDEXX Cornerstone",
                "Microsoft Azure software"} & got
    # They give partial credit for what they are products of.
    m = jobmatch.Matcher()
    for cv, job, via in [
        ("SKILLS\nClickHouse", "Requirements:\n- SQL", "ClickHouse"),
        ("SKILLS\nPulumi", "Requirements:\n- Infrastructure as code", "Pulumi"),
        ("SKILLS\nPinecone", "Requirements:\n- Vector databases", "Pinecone"),
        ("SKILLS\nPipedrive", "Requirements:\n- CRM software", "Pipedrive"),
        ("SKILLS\nAcumatica", "Requirements:\n- Experience with ERP systems", "Acumatica"),
        ("SKILLS\nVeracode", "Requirements:\n- SAST tools", "Veracode"),
    ]:
        r = m.score(jobmatch.parse_resume(cv, today=TODAY), jobmatch.parse_job(job))
        assert [p.via for p in r.partial] and r.partial[0].via == via, (cv, r.explain())


def test_business_tools_and_a_powered_by_footer():
    got = {m.name for m in jobmatch.extract_skills(
        "Tools: Workable, Lusha, BigCommerce, Zuora, Kyriba, Help Scout, Apigee, Blue Prism,"
        " Jira Service Management, Statuspage")}
    assert {"Workable", "Lusha", "BigCommerce", "Zuora", "Kyriba", "Help Scout", "Apigee",
            "Blue Prism", "Jira Service Management", "Atlassian Statuspage"} == got
    # Partial credit through what they are products of.
    assert jobmatch.find_skill("Applicant tracking software").id in jobmatch.find_skill(
        "Workable").broader
    assert jobmatch.find_skill("robotic process automation").id in jobmatch.find_skill(
        "Blue Prism").broader
    # The footer of the system a posting was published with asks for nothing; a product
    # that powers one's work is used.
    job = jobmatch.parse_job("Requirements:\n- Recruiting experience\n\nPowered by JazzHR\n")
    assert "JazzHR" not in {s.name for s in job.skills}
    assert "JazzHR" in {m.name for m in jobmatch.extract_skills(
        "Ran a hiring pipeline powered by JazzHR and Slack")}


def test_ci_cd_after_a_ci_server_and_tools_named_by_their_own_names():
    def read(text):
        return [(m.name, m.text) for m in jobmatch.extract_skills(text)]

    jenkins = jobmatch.find_skill("Jenkins").name
    cicd = jobmatch.find_skill("CI/CD").name
    # "CI/CD" after a CI server's name is read on its own; "GitLab CI" is still GitLab.
    assert read("Docker, Jenkins CI/CD.") == [("Docker", "Docker"), (jenkins, "Jenkins"),
                                              (cicd, "CI/CD")]
    assert read("GitLab CI/CD pipelines") == [("GitLab", "GitLab"), (cicd, "CI/CD")]
    assert read("GitLab CI or Jenkins") == [("GitLab", "GitLab CI"), (jenkins, "Jenkins")]
    # Looker Studio (once Google Data Studio) is not Looker; SSMS and Azure Data Studio are
    # SQL Server's tools; construction management is a field, not a deadline.
    assert [n for n, _ in read("Looker Studio, Google Data Studio, Looker")] == [
        "Looker Studio", "Looker Studio", "Looker"]
    sql_server = jobmatch.find_skill("SQL Server").id
    for tool in ("SSMS", "Azure Data Studio"):
        skill = jobmatch.find_skill(tool)
        assert sql_server in skill.broader, tool
    assert read("B.S. in Construction Management") == [
        ("construction management", "Construction Management")]
    assert jobmatch.find_skill("project management").id in jobmatch.find_skill(
        "construction management").broader
