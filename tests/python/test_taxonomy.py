"""Loading, extending and querying taxonomies from Python."""
from __future__ import annotations

import pickle

import pytest

import jobmatch


def test_lookups_on_builtin():
    tax = jobmatch.default_taxonomy()
    assert len(tax) > 20_000
    assert jobmatch.find_skill("Postgres").name == "PostgreSQL"
    k8s = jobmatch.get_skill("onet:kubernetes")
    assert k8s.name == "Kubernetes" and "k8s" in k8s.aliases
    assert jobmatch.get_skill("nope") is None
    assert "onet:kubernetes" in tax


def test_custom_csv_taxonomy_and_extractor():
    csv = "id,name,kind,aliases\nacme:w,Widget Studio,tool,WStudio\n"
    tax = jobmatch.Taxonomy.from_csv(csv)
    ex = jobmatch.SkillExtractor(tax)
    assert [m.skill_id for m in ex.extract("I love WStudio.")] == ["acme:w"]
    assert [m.skill_id for m in ex.extract_many(["WStudio", None])[0]] == ["acme:w"]


def test_extend_with_skills_and_aliases():
    tax = jobmatch.default_taxonomy().extend(
        [jobmatch.Skill("acme:flux", "Flux Capacitor", "tool", aliases=["FluxCap"])],
        aliases={"Kubernetes": ["kube-cluster"], "PostgreSQL": "pg"},
    )
    ex = jobmatch.SkillExtractor(tax)
    got = [m.name for m in ex.extract("FluxCap on a kube-cluster with pg")]
    assert got == ["Flux Capacitor", "Kubernetes", "PostgreSQL"]
    with pytest.raises(jobmatch.TaxonomyError, match="no skill has the id or name"):
        jobmatch.default_taxonomy().extend(aliases={"no such skill": "x"})


@pytest.mark.parametrize(
    "csv,message",
    [
        ("name,kind\nx,tool\n", "<csv>:1: missing required column \"id\""),
        ("id,name\na,A\na,B\n", "<csv>:3: duplicate id \"a\""),
        ("id,name\na,\n", "<csv>:2: skill \"a\" has an empty name"),
        ("id,name,broader\na,A,zz\n", "<csv>:2: broader relation to unknown id \"zz\""),
        ("id,name,broader\na,A,b\nb,B,a\n", "cycle"),
    ],
)
def test_bad_taxonomies_name_line_and_problem(csv, message):
    with pytest.raises(jobmatch.TaxonomyError) as e:
        jobmatch.Taxonomy.from_csv(csv)
    assert message in str(e.value)
    assert isinstance(e.value, ValueError)


def test_from_file_and_json_round_trip(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text('{"skills": [{"id": "x", "name": "Xylo", "kind": "tool", "aliases": ["XY1"]}]}')
    tax = jobmatch.Taxonomy.from_file(path)
    assert tax.get("x").aliases == ["XY1"]
    again = jobmatch.Taxonomy.from_json(tax.to_json())
    assert again.skills() == tax.skills()
    assert pickle.loads(pickle.dumps(tax)).skills() == tax.skills()
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x"}]')
    with pytest.raises(jobmatch.TaxonomyError, match="bad.json:1"):
        jobmatch.Taxonomy.from_file(bad)


def test_extend_from_file_relates_to_the_base_and_names_lines(tmp_path):
    base = jobmatch.Taxonomy.builtin()
    path = tmp_path / "ours.csv"
    path.write_text("id,name,kind,aliases,broader\n"
                    "acme:flux,Flux Capacitor,tool,FluxCap,onet:kubernetes\n"
                    "acme:docker,Docker,tool,,acme:flux\n")
    mine = base.extend_from_file(path)
    assert len(mine) == len(base) + 2 and "acme:flux" not in base
    assert mine.find("fluxcap").broader == ["onet:kubernetes"]
    assert "acme:flux" in mine.narrower("onet:kubernetes")
    # As with extend, a name of the file's wins; the base skill keeps its id.
    assert mine.find("Docker").id == "acme:docker" and mine.get("onet:docker") is not None
    found = jobmatch.SkillExtractor(mine).extract("FluxCap on Docker")
    assert [m.skill_id for m in found] == ["acme:flux", "acme:docker"]
    # A relation to an id neither has, or an id the base has, names the file and its line.
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,broader\nacme:a,Alpha,\nacme:b,Beta,acme:nowhere\n")
    with pytest.raises(jobmatch.TaxonomyError, match=r"bad\.csv:3"):
        base.extend_from_file(bad)
    bad.write_text("id,name\nonet:kubernetes,Kube\n")
    with pytest.raises(jobmatch.TaxonomyError, match=r"bad\.csv:2.*duplicate id"):
        base.extend_from_file(bad)
    bad.write_text("id,name\n")
    with pytest.raises(jobmatch.TaxonomyError, match="no skills"):
        base.extend_from_file(bad)
    with pytest.raises(OSError):
        base.extend_from_file(tmp_path / "missing.csv")


def test_skill_value_semantics():
    a = jobmatch.Skill("a", "Alpha", "tool")
    assert a == jobmatch.Skill("a", "Alpha", "tool")
    assert pickle.loads(pickle.dumps(a)) == a
    assert "Alpha" in repr(a)
    with pytest.raises(jobmatch.JobmatchError, match="unknown skill kind"):
        jobmatch.Skill("a", "Alpha", "wizard")


def test_extend_gives_a_shared_name_to_the_added_skill():
    base = jobmatch.default_taxonomy()
    mine = base.extend([jobmatch.Skill("acme:docker", "Docker", "tool")])
    assert mine.find("Docker").id == "acme:docker"
    assert [m.skill_id for m in jobmatch.SkillExtractor(mine).extract("We ship Docker images")] \
        == ["acme:docker"]
    # The built-in skill is still there, by its id.
    assert mine.get("onet:docker") is not None
    with pytest.raises(jobmatch.TaxonomyError, match="added skill #2: duplicate id"):
        base.extend([jobmatch.Skill("acme:a", "A", "tool"), jobmatch.Skill("acme:a", "B", "tool")])


def test_lookup_by_esco_uri_and_narrower_skills():
    tax = jobmatch.default_taxonomy()
    sql = tax.find("SQL")
    assert sql.esco_uri and tax.get(sql.esco_uri) == sql
    assert jobmatch.get_skill(sql.esco_uri) == sql
    assert tax.get("http://data.europa.eu/esco/skill/no-such-concept") is None
    below = tax.narrower(sql.id)
    assert tax.find("PostgreSQL").id in below
    assert all(sql.id in tax.get(i).broader for i in below)
    assert tax.narrower(sql.esco_uri) == below
    with pytest.raises(KeyError, match="no skill has the id"):
        tax.narrower("acme:nothing")


def test_non_ascii_forms_are_found_in_lower_and_upper_case():
    tax = jobmatch.Taxonomy.from_skills([
        jobmatch.Skill("fr:c", "Comptabilité", "hard"),
        jobmatch.Skill("de:u", "Übersetzen", "hard", aliases=["Übersetzung"]),
    ])
    ex = jobmatch.SkillExtractor(tax)
    text = "COMPTABILITÉ et übersetzung; comptabilité, ÜBERSETZUNG"
    assert [(m.text, m.skill_id) for m in ex.extract(text)] == [
        ("COMPTABILITÉ", "fr:c"), ("übersetzung", "de:u"), ("comptabilité", "fr:c"),
        ("ÜBERSETZUNG", "de:u")]
    assert tax.find("COMPTABILITÉ").id == "fr:c" and tax.find("übersetzung").id == "de:u"


@pytest.mark.parametrize(
    "product, other",
    [
        ("Vite", "webpack"),
        ("Mocha", "Jest"),
        ("LightGBM", "XGBoost"),
        ("TestNG", "JUnit"),
        ("Mockito", "JUnit"),
        ("unittest", "pytest"),
        ("LlamaIndex", "LangChain"),
        ("Playwright", "Selenium"),
        ("integration testing", "unit testing"),
    ],
)
def test_products_are_not_other_names_of_their_rivals(product, other):
    # A candidate with one is not credited in full for the other.
    a, b = jobmatch.find_skill(product), jobmatch.find_skill(other)
    assert a is not None and b is not None
    assert a.id != b.id, (product, other)
    text = f"Tools: {product} and {other}"
    found = {m.skill_id for m in jobmatch.extract_skills(text)}
    assert {a.id, b.id} <= found, (text, found)


def test_related_products_keep_partial_credit():
    # Mockito implies Java, Vite JavaScript: a broader skill, not the same one.
    assert jobmatch.find_skill("Java").id in jobmatch.find_skill("Mockito").broader
    assert jobmatch.find_skill("JavaScript").id in jobmatch.find_skill("Vite").broader
