"""Reading documents: format sniffing, text encodings, HTML, PDF (reading order), DOCX, limits."""
from __future__ import annotations

import codecs
import io
import time
import zipfile
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import pytest

from jobmatch import _documents
from jobmatch._documents import DocumentError, read_bytes_text, read_text

Placed = Tuple[float, float, str]

EXPERIENCE = ["Experience", "Senior Data Engineer", "Acme Corp", "Jan 2019 - Present",
              "Built pipelines in Python"]
SKILLS = ["Skills", "Python", "SQL", "Kubernetes", "Terraform"]


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def drawn(placed: Sequence[Placed]) -> str:
    """Content drawing each text at (x, y) in its own BT/ET, in 10 pt /F1."""
    return "".join(f"BT /F1 10 Tf {x} {y} Td {_pdf_string(text)} Tj ET\n" for x, y, text in placed)


def make_pdf(pages: Sequence[Sequence[Placed]], drawings: Optional[Sequence[str]] = None, *,
             font: str = "Helvetica", form: str = "") -> bytes:
    """A minimal PDF: one font, each text drawn at (x, y) in its own BT/ET.

    ``drawings`` are extra content put before the texts of each page; ``form`` is the
    content of a form XObject that pages can draw with ``/X1 Do``.
    """
    drawings = drawings or [""] * len(pages)
    n = len(pages)
    page_ids = [5 + 2 * i for i in range(n)]
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{i} 0 R" for i in page_ids), n),
        3: f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>",
        4: (f"<< /Type /XObject /Subtype /Form /BBox [-1000 -1000 1000 1000] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Length {len(form)} >>\n"
            f"stream\n{form}endstream"),
    }
    for page_id, placed, drawing in zip(page_ids, pages, drawings):
        content = drawing + drawn(placed)
        objects[page_id] = (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> /XObject << /X1 4 0 R >> >> "
            f"/Contents {page_id + 1} 0 R >>")
        raw = content.encode("latin-1")
        objects[page_id + 1] = f"<< /Length {len(raw)} >>\nstream\n{content}endstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pieces(placed: Sequence[Placed], by: str) -> List[Placed]:
    """Each text split into words or glyphs placed one by one (Courier: 6 pt a glyph)."""
    out: List[Placed] = []
    for x, y, text in placed:
        for i, ch in enumerate(text):
            starts = (i == 0 or text[i - 1] == " ") if by == "word" else True
            if ch != " " and starts:
                piece = text[i:].split(" ")[0] if by == "word" else ch
                out.append((x + 6 * i, y, piece))
    return out


def column(lines: Sequence[str], x: float, top: float = 700, leading: float = 14) -> List[Placed]:
    return [(x, top - i * leading, text) for i, text in enumerate(lines)]


HEADER = "Jane Doe - Senior Data Engineer - jane@example.com - +49 30 1234567 - Berlin, Germany"


def two_column_page() -> List[Placed]:
    """Left and right column lines drawn row by row, so stream order mixes the columns."""
    placed: List[Placed] = [(50, 750, HEADER)]
    for left, right in zip(column(EXPERIENCE, 50), column(SKILLS, 340)):
        placed += [left, right]
    return placed


def lines_of(text: str) -> List[str]:
    return [line for line in text.split("\n") if line.strip()]


# ----------------------------------------------------------------------------- PDF


def test_pdf_single_column(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([column(EXPERIENCE + SKILLS, 72)]))
    assert lines_of(read_text(path)) == EXPERIENCE + SKILLS


def test_pdf_two_columns_are_read_column_by_column(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([two_column_page()]))
    got = lines_of(read_text(path))
    assert got == [HEADER] + EXPERIENCE + SKILLS
    assert not any(line.startswith("Experience ") or line.endswith(" Skills") for line in got)


def test_two_column_pdf_resume_parses_into_a_profile(tmp_path: Path):
    """Reading order good enough for sections and dates: the position, its dates and the
    skills column all come out of a two-column PDF drawn row by row."""
    pytest.importorskip("pypdf")
    import jobmatch

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([two_column_page()]))
    cv = jobmatch.parse_resume(jobmatch.read_text(path), today="2026-11-01")
    assert len(cv.positions) == 1
    p = cv.positions[0]
    assert (p.start, p.current) == ("2019-01", True)
    assert p.title == "Senior Data Engineer"
    names = {s.name for s in cv.skills}
    assert {"SQL", "Kubernetes"} <= names and any("Terraform" in n for n in names)
    assert [s.kind for s in cv.sections] == ["intro", "experience", "skills"]


def test_pdf_two_columns_drawn_word_by_word_or_glyph_by_glyph():
    pytest.importorskip("pypdf")
    for by in ("word", "glyph"):
        pdf = make_pdf([pieces(two_column_page(), by)], font="Courier")
        assert lines_of(read_bytes_text(pdf)) == [HEADER] + EXPERIENCE + SKILLS


def test_pdf_column_drawn_through_a_form_xobject():
    pytest.importorskip("pypdf")
    page = column(EXPERIENCE, 50)
    form = drawn(column(SKILLS, 0, top=0))
    pdf = make_pdf([page], ["q 1 0 0 1 340 700 cm /X1 Do Q\n"], form=form)
    assert lines_of(read_bytes_text(pdf)) == EXPERIENCE + SKILLS


JOBS = [("Senior Data Engineer, Acme Corp", "Jan 2019 - Present"),
        ("Data Engineer, Globex", "Mar 2016 - Dec 2018"),
        ("Analyst, Initech", "Jun 2013 - Feb 2016"),
        ("Intern, Hooli", "2012 - 2013")]


@pytest.mark.parametrize("bullets", [0, 2])
def test_pdf_dates_beside_titles_stay_on_their_line(bullets: int):
    pytest.importorskip("pypdf")
    placed: List[Placed] = []
    y = 700.0
    for title, dates in JOBS:
        placed += [(72, y, title), (450, y, dates)]
        for i in range(bullets):
            y -= 14
            placed.append((84, y, f"- Shipped report {i} with Python"))
        y -= 14
    got = lines_of(read_bytes_text(make_pdf([placed])))
    assert [line for line in got if not line.startswith("-")] == [f"{t} {d}" for t, d in JOBS]


def test_pdf_glyph_by_glyph_single_column():
    pytest.importorskip("pypdf")
    lines = ["Experience", "Senior Data Engineer, Acme Corp", "Python, SQL, Kubernetes"]
    for by in ("word", "glyph"):
        pdf = make_pdf([pieces(column(lines, 72), by)], font="Courier")
        assert lines_of(read_bytes_text(pdf)) == lines


def test_pdf_pages_in_order(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "cv.pdf"
    pages = [column(["Page one", "Python"], 72), column(["Page two", "SQL"], 72)]
    path.write_bytes(make_pdf(pages))
    assert lines_of(read_text(path)) == ["Page one", "Python", "Page two", "SQL"]


def test_pdf_page_limit(monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("pypdf")
    monkeypatch.setattr(_documents, "MAX_PDF_PAGES", 1)
    pdf = make_pdf([column(["Page one", "Python"], 72), column(["Page two", "SQL"], 72)])
    assert lines_of(read_bytes_text(pdf)) == ["Page one", "Python"]


def test_pdf_without_text_needs_ocr(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]], drawings=["0 0 0 rg 72 600 200 100 re f\n"]))
    with pytest.raises(DocumentError, match="OCR"):
        read_text(path)


def test_pdf_encrypted(tmp_path: Path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf([column(SKILLS, 72)]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    with pytest.raises(DocumentError, match="encrypted") as info:
        read_text(path)
    assert info.value.path == str(path)


def test_pdf_corrupt(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    with pytest.raises(DocumentError):
        read_text(path)
    path.write_bytes(make_pdf([column(SKILLS, 72)])[:120])
    with pytest.raises(DocumentError):
        read_text(path)


def test_pdf_decompression_bomb_is_bounded():
    """A 400 MB content stream compressed to under 1 MB: refused or read with bounded
    memory, quickly."""
    import tracemalloc
    import zlib

    pytest.importorskip("pypdf")
    comp = zlib.compressobj(9)
    body = bytearray(comp.compress(b"BT /F1 10 Tf 50 700 Td (Python and SQL) Tj ET\n"))
    chunk = b" " * (1 << 20)
    for _ in range(400):
        body += comp.compress(chunk)
    body += comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + bytes(body)
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    assert len(out) < 1_000_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        text = read_bytes_text(bytes(out), "bomb.pdf")
    except DocumentError as e:
        text = str(e)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.perf_counter() - start < 30
    assert peak < 300 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"
    assert len(text) < 1_000_000


def test_pdf_sniffed_from_content(tmp_path: Path):
    pytest.importorskip("pypdf")
    path = tmp_path / "cv.txt"
    path.write_bytes(make_pdf([column(SKILLS, 72)]))
    assert lines_of(read_text(path)) == SKILLS
    junk_first = b"junk before the header\n" + make_pdf([column(SKILLS, 72)])
    assert lines_of(read_bytes_text(junk_first)) == SKILLS


def test_pdf_named_file_that_is_not_a_pdf():
    with pytest.raises(DocumentError, match="not a PDF"):
        read_bytes_text(b"\x01\x02 plain bytes", "cv.pdf")


# ----------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Experience")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Senior Data Engineer"
    table.cell(0, 1).text = "Jan 2019 - Present"
    table.cell(1, 0).text = "Acme Corp"
    table.cell(1, 1).text = "Python, SQL, Kubernetes"
    document.add_paragraph("Education")
    document.sections[0].header.paragraphs[0].text = "jane@example.com"
    path = tmp_path / "cv.docx"
    document.save(str(path))
    assert lines_of(read_text(path)) == [
        "jane@example.com", "Jane Doe", "Experience", "Senior Data Engineer", "Jan 2019 - Present",
        "Acme Corp", "Python, SQL, Kubernetes", "Education"]


NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"')
CONTENT_CONTROL = f"""<w:sdt {NAMESPACES}>
  <w:sdtPr><w:alias w:val="Contact"/></w:sdtPr>
  <w:sdtContent><w:p><w:r><w:t>jane@example.com</w:t></w:r></w:p></w:sdtContent>
</w:sdt>"""
TEXT_BOX = f"""<w:p {NAMESPACES}>
  <w:r><w:t>Summary</w:t></w:r>
  <w:r><mc:AlternateContent>
    <mc:Choice Requires="wps"><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>Skills: Python, SQL</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></mc:Choice>
    <mc:Fallback><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>Skills: Python, SQL</w:t></w:r></w:p>
    </w:txbxContent></v:textbox></mc:Fallback>
  </mc:AlternateContent></w:r>
</w:p>"""
TRACKED = f"""<w:p {NAMESPACES}>
  <w:r><w:t>Go</w:t></w:r>
  <w:del><w:r><w:delText>Cobol</w:delText></w:r></w:del>
  <w:r><w:tab/><w:t>Rust</w:t><w:br/><w:t>Next line</w:t></w:r>
</w:p>"""


def test_docx_content_controls_text_boxes_and_tracked_changes():
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for i, xml in enumerate((CONTENT_CONTROL, TEXT_BOX, TRACKED)):
        body.insert(i, parse_xml(xml))
    source = io.BytesIO()
    document.save(source)
    assert read_bytes_text(source.getvalue(), "cv.docx") == (
        "jane@example.com\nSummary\nSkills: Python, SQL\nGo\tRust\nNext line")


def test_zip_that_is_not_a_docx(tmp_path: Path):
    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("notes.txt", "Python, SQL")
    with pytest.raises(DocumentError, match="a ZIP archive but not a DOCX document"):
        read_text(path)


def test_docx_zip_bomb_is_refused_quickly(tmp_path: Path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"0" * (1 << 20)
            for _ in range(300):
                f.write(chunk)
    start = time.perf_counter()
    with pytest.raises(DocumentError, match="zip bomb"):
        read_text(path)
    assert time.perf_counter() - start < 1.0


def test_docx_zip_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        for i in range(5):
            zf.writestr(f"word/media/{i}.bin", b"x" * 100)
    monkeypatch.setattr(_documents, "MAX_ZIP_MEMBERS", 5)
    with pytest.raises(DocumentError, match="zip bomb"):
        read_text(path)
    monkeypatch.setattr(_documents, "MAX_ZIP_MEMBERS", 10_000)
    monkeypatch.setattr(_documents, "MAX_ZIP_TOTAL_BYTES", 400)
    with pytest.raises(DocumentError, match="zip bomb"):
        read_text(path)


BILLION_LAUGHS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>Python &lol9;</w:t></w:r></w:p></w:body></w:document>"""


def test_docx_entity_expansion_is_not_performed(tmp_path: Path):
    docx = pytest.importorskip("docx")
    source = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.save(source)
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            laughs = item.filename == "word/document.xml"
            dst.writestr(item.filename, BILLION_LAUGHS.encode() if laughs else src.read(item))
    start = time.perf_counter()
    try:
        text = read_text(path)
    except DocumentError:
        pass
    else:
        assert "lollol" not in text
        assert len(text) < 1000
    assert time.perf_counter() - start < 2.0


# ----------------------------------------------------------------------------- text


@pytest.mark.parametrize("data,want", [
    (b"\xef\xbb\xbfPython, SQL", "Python, SQL"),
    (codecs.BOM_UTF16_LE + "Café, Zürich".encode("utf-16-le"), "Café, Zürich"),
    ("Kubernetes, Café".encode("utf-16-be"), "Kubernetes, Café"),
    ("Kubernetes, Café".encode("utf-16-le"), "Kubernetes, Café"),
    (codecs.BOM_UTF32_LE + "Go".encode("utf-32-le"), "Go"),
    ("Café, Zürich".encode("latin-1"), "Café, Zürich"),
    (b"\x93Team player\x94 \x96 SQL", "\u201cTeam player\u201d \u2013 SQL"),
    (b"Experience\r\nData Engineer\rAcme Corp\n", "Experience\nData Engineer\nAcme Corp\n"),
    (b"Python\x00, SQL", "Python, SQL"),
    ("Développeur Python — Zürich".encode("utf-8"), "Développeur Python — Zürich"),
])
def test_text_encodings(tmp_path: Path, data: bytes, want: str):
    path = tmp_path / "cv.txt"
    path.write_bytes(data)
    assert read_text(path) == want
    assert read_bytes_text(data) == want


def test_empty_file_is_empty_text(tmp_path: Path):
    for name in ("cv.txt", "cv.pdf", "cv.docx"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert read_text(path) == ""


def test_markdown_starting_with_tags_stays_text():
    md = b"<div>\n<p>Jane Doe</p>\n<b>Data Engineer</b>\n</div>\n\n## Skills\n- Python\n"
    assert read_bytes_text(md, "cv.md") == md.decode()


# ----------------------------------------------------------------------------- HTML

PAGE = b"""<!DOCTYPE html>
<html><head><title>Jane Doe</title><style>p { color: red }</style>
<script>document.write("tracking")</script></head>
<body><h1>Jane   Doe</h1><p>Data&nbsp;Engineer &amp; Analyst at <b>Acme</b></p>
<ul><li>Python</li><li>SQL</li></ul><div>Caf&eacute; &#8211; Z&uuml;rich</div>
<noscript>enable scripts</noscript><br>Kubernetes</body></html>"""


def test_html_text(tmp_path: Path):
    path = tmp_path / "cv.html"
    path.write_bytes(PAGE)
    assert read_text(path) == (
        "Jane Doe\nData Engineer & Analyst at Acme\nPython\nSQL\nCafé \u2013 Zürich\n"
        "\nKubernetes")


def test_html_sniffed_in_a_txt_file(tmp_path: Path):
    path = tmp_path / "cv.txt"
    path.write_bytes(PAGE)
    text = read_text(path)
    assert "tracking" not in text and "color" not in text and "<" not in text
    assert "Python\nSQL" in text


def test_html_fragment_and_meta_charset():
    fragment = b"<div><p>Experience</p><p>Senior Data Engineer</p></div>"
    assert read_bytes_text(fragment, "x.txt") == "Experience\nSenior Data Engineer"
    latin = '<html><head><meta charset="iso-8859-1"></head><body><p>Café</p></body></html>'
    assert read_bytes_text(latin.encode("latin-1")) == "Café"


# ----------------------------------------------------------------------------- files and limits


def test_size_limit(tmp_path: Path):
    path = tmp_path / "cv.txt"
    path.write_bytes(b"Python " * 100)
    with pytest.raises(DocumentError, match="max_bytes"):
        read_text(path, max_bytes=100)
    assert read_text(path, max_bytes=700).startswith("Python")


def test_directory_and_missing_file(tmp_path: Path):
    with pytest.raises(DocumentError, match="directory"):
        read_text(tmp_path)
    with pytest.raises(DocumentError, match="no such file") as info:
        read_text(tmp_path / "missing.pdf")
    assert info.value.reason == "no such file"
    assert str(info.value) == f"{tmp_path / 'missing.pdf'}: no such file"


def test_legacy_and_binary_formats_are_refused():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    with pytest.raises(DocumentError, match=r"\.doc"):
        read_bytes_text(ole2, "cv.doc")
    with pytest.raises(DocumentError, match="password"):
        read_bytes_text(ole2 + "EncryptedPackage".encode("utf-16-le"), "cv.docx")
    with pytest.raises(DocumentError, match="OCR"):
        read_bytes_text(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "cv.txt")


def test_missing_dependency_message(monkeypatch: pytest.MonkeyPatch):
    import builtins

    real_import = builtins.__import__

    def no_pypdf(name, *args, **kwargs):
        if name == "pypdf" or name.startswith("pypdf."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    want = r"cv.pdf: reading PDF files needs pypdf: pip install 'jobmatch\[documents\]'"
    with pytest.raises(_documents.MissingDependencyError, match=want):
        read_bytes_text(make_pdf([column(SKILLS, 72)]), "cv.pdf")


def test_error_pickles():
    import pickle

    err = pickle.loads(pickle.dumps(DocumentError("cv.pdf", "encrypted PDF; decrypt it first")))
    assert (err.path, err.reason) == ("cv.pdf", "encrypted PDF; decrypt it first")


def test_html_charset_that_is_no_text_encoding_is_ignored():
    for charset in ("base64", "hex", "zlib", "idna", "no-such-codec"):
        page = (f'<html><head><meta charset="{charset}"></head>'
                '<body><p>Caf\u00e9 Python</p></body></html>').encode("utf-8")
        assert read_bytes_text(page).strip() == "Caf\u00e9 Python"
