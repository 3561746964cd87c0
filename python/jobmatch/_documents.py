"""Plain text from resume and job-posting files: text, Markdown, PDF, DOCX and HTML.

The parser is chosen from the content (its first bytes), not from the file name, so a PDF
saved as ``.txt`` is still read as a PDF and an HTML page saved as ``.txt`` as HTML.
Reading PDF files needs ``pypdf`` and reading DOCX files needs ``python-docx``
(``pip install 'jobmatch[documents]'``); text, Markdown and HTML need nothing beyond the
standard library.

Every problem with a file is reported as a :class:`DocumentError` naming the file and the
reason. Nothing is written, no code in a document is run and no network is used.

Examples
--------
>>> from jobmatch._documents import read_bytes_text
>>> read_bytes_text(b"<p>Python &amp; SQL</p><script>x()</script><p>Kubernetes</p>")
'Python & SQL\\nKubernetes'
>>> read_bytes_text("Café, Zürich".encode("latin-1"))
'Café, Zürich'
"""

from __future__ import annotations

import codecs
import io
import math
import os
import re
import stat
import statistics
import zipfile
from html.parser import HTMLParser
from typing import Any, Dict, List, Optional, Sequence, Set, Tuple, Union

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "MissingDependencyError",
    "read_bytes_text",
    "read_text",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
"""The file name suffixes :func:`read_text` is meant for (to pick files in a directory)."""

MAX_PDF_PAGES = 500
"""PDF pages read; the text of later pages is left out."""
MAX_TEXT_CHARS = 20_000_000
"""Characters of PDF text kept; reading stops once a document has this many."""
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
"""Largest total uncompressed size a DOCX archive may declare."""
MAX_ZIP_RATIO = 200
"""Largest compression ratio of a DOCX member bigger than :data:`MAX_ZIP_RATIO_MIN_BYTES`."""
MAX_ZIP_RATIO_MIN_BYTES = 10 * 1024 * 1024
"""Members up to this uncompressed size are not checked for their compression ratio."""
MAX_ZIP_MEMBERS = 10_000
"""Most members a DOCX archive may have."""

PathLike = Union[str, "os.PathLike[str]"]

_DOCUMENTS_EXTRA = "pip install 'jobmatch[documents]'"


class DocumentError(ValueError):
    """A file could not be read as a document.

    Parameters
    ----------
    path : str
        The file (or the name given to :func:`read_bytes_text`).
    reason : str
        What is wrong with it, in a few words.

    Attributes
    ----------
    path : str
        The file.
    reason : str
        What is wrong with it.

    Examples
    --------
    >>> str(DocumentError("cv.pdf", "encrypted PDF; decrypt it first"))
    'cv.pdf: encrypted PDF; decrypt it first'
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class MissingDependencyError(DocumentError):
    """A PDF or DOCX file was read without ``pypdf`` or ``python-docx`` installed.

    A :class:`DocumentError`, so code that skips unreadable files goes on; catch it first
    to stop at the first file instead.
    """


def read_text(path: PathLike, *, max_bytes: int = 100_000_000) -> str:
    """Read the text of a ``.txt``, ``.md``, ``.pdf``, ``.docx``, ``.html`` or ``.htm`` file.

    The format is recognised from the content (see :func:`read_bytes_text`); the name only
    breaks ties (an ``.html`` file is HTML even when it does not start like a page, a
    ``.md`` file is not taken for HTML because it starts with a tag).

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    max_bytes : int, default 100_000_000
        Larger files are refused before they are read.

    Returns
    -------
    str
        The text, lines separated by ``"\\n"``. An empty file gives ``""``.

    Raises
    ------
    DocumentError
        When the file does not exist, is a directory or not a regular file, is larger
        than ``max_bytes``, cannot be read, or its content cannot be turned into text
        (encrypted, damaged, scanned PDF without text, zip bomb, ...).
    MissingDependencyError
        When a PDF or DOCX file is read without ``pypdf`` or ``python-docx`` installed.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "cv.txt"
    >>> _ = p.write_bytes(b"Skills\\r\\nPython, SQL\\r\\n")
    >>> read_text(p)
    'Skills\\nPython, SQL\\n'
    """
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be >= 0, not {max_bytes}")
    name = os.fspath(path)
    if not isinstance(name, str):
        name = os.fsdecode(name)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise DocumentError(name, "no such file") from None
    except OSError as e:
        raise DocumentError(name, e.strerror or str(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(name, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(name, "not a regular file")
    if st.st_size > max_bytes:
        raise DocumentError(name, f"{st.st_size:,} bytes, more than max_bytes={max_bytes:,}")
    try:
        with open(name, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise DocumentError(name, e.strerror or str(e)) from None
    if len(data) > max_bytes:
        raise DocumentError(name, f"more than max_bytes={max_bytes:,} bytes")
    return read_bytes_text(data, name)


def read_bytes_text(data: bytes, name: str = "<bytes>") -> str:
    """Turn the bytes of a document into text, recognising the format from the content.

    * ``%PDF-`` at the start (or within the first KiB) is a PDF, read with ``pypdf``;
      multi-column pages are read column by column.
    * A ZIP archive with ``word/document.xml`` is a DOCX document, read with
      ``python-docx``: paragraphs and table cells in document order, page headers first.
      Other ZIP archives are refused.
    * A start like ``<!doctype html``, ``<html`` or several common tags is HTML: scripts,
      styles and the head are left out, block elements start new lines, entities are
      decoded.
    * Anything else is text: a byte order mark (UTF-8, UTF-16, UTF-32), UTF-16 without
      one, UTF-8, and finally Windows-1252 (Latin-1 for its five unassigned bytes), which
      never fails.

    Line ends become ``"\\n"`` and NUL characters are dropped.

    Parameters
    ----------
    data : bytes
        The content of the file.
    name : str, default "<bytes>"
        The file name, used in error messages and as a hint (``.html``, ``.md``).

    Returns
    -------
    str
        The text; ``""`` for empty ``data``.

    Raises
    ------
    DocumentError
        When the content cannot be turned into text: an encrypted PDF (unless its user
        password is empty), a PDF with pages but no text at all (scanned; run OCR first),
        a damaged PDF, ZIP or DOCX file, a ZIP archive that is not a DOCX document, a DOCX
        archive that looks like a zip bomb, a password-protected Office document, or a
        legacy ``.doc``, RTF or image file.
    MissingDependencyError
        When ``pypdf`` or ``python-docx`` is needed but not installed.

    Notes
    -----
    Limits: the first :data:`MAX_PDF_PAGES` (500) pages of a PDF are read, and reading
    stops once :data:`MAX_TEXT_CHARS` (20 million) characters were read; the text read so
    far is returned. A DOCX archive is refused when it declares more than
    :data:`MAX_ZIP_TOTAL_BYTES` (200 MiB) uncompressed, has more than
    :data:`MAX_ZIP_MEMBERS` (10,000) members, or a member over 10 MiB expands more than
    :data:`MAX_ZIP_RATIO` (200) times. ``pypdf`` bounds the decompressed size of each PDF
    stream, and the DOCX XML parser does not expand entities.

    PDF pages are read in visual order: text pieces are placed by their position (text
    matrix times transformation matrix, forms included), grouped into lines by baseline,
    and a page whose lines leave a vertical gutter is read left column first, then right
    column; lines crossing the gutter (a name across the top) stay where they are.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data:
        return ""
    suffix = os.path.splitext(name)[1].lower()
    kind = _sniff(data, name, suffix)
    if kind == "pdf":
        return _read_pdf(data, name)
    if kind == "docx":
        return _read_docx(data, name)
    if kind == "html":
        return _html_to_text(_decode_html(data))
    return _normalise(_decode_text(data))


# ----------------------------------------------------------------------------- sniffing

_PDF_HEADER = re.compile(rb"%PDF-\d")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_DOCX_MAIN = re.compile(r"word/document\d*\.xml")
_HTML_TAG = re.compile(
    r"<(?:/?(?:html|head|body|p|div|br|span|table|tr|td|th|li|ul|ol|h[1-6]|a|meta|title|"
    r"section|article|header|footer|nav|main|link|style|script|img|strong|em|b|i)\b[^>]*>|!--)"
)


def _sniff(data: bytes, name: str, suffix: str) -> str:
    if data.startswith(b"%PDF-"):
        return "pdf"
    header = _PDF_HEADER.search(data, 0, 1024 + 6)
    if header is not None and header.start() <= 1024:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, name)
    if data.startswith(_OLE2):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError(
                name, "a password-protected Office document; remove the password first")
        raise DocumentError(
            name, "a legacy binary Office file (such as .doc); save it as .docx, PDF or text")
    if data.startswith(b"{\\rtf"):
        raise DocumentError(name, "an RTF document; save it as .docx, PDF or text")
    if data.startswith(_IMAGES):
        raise DocumentError(name, "an image, not a document; run OCR first")
    if _looks_like_html(data, suffix):
        return "html"
    if suffix == ".pdf":
        raise DocumentError(name, "not a PDF file (no %PDF- header)")
    if suffix == ".docx":
        raise DocumentError(name, "not a DOCX document (not a ZIP archive)")
    return "text"


def _looks_like_html(data: bytes, suffix: str) -> bool:
    start = _decode_text(data[:1024]).lstrip().lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    if start.startswith("<?xml") and "<html" in start:
        return True
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    if suffix in (".md", ".markdown"):
        return False
    return start.startswith("<") and len(_HTML_TAG.findall(start)) >= 3


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as e:
        raise DocumentError(name, f"a damaged ZIP archive ({e})") from None
    if not any(_DOCX_MAIN.fullmatch(i.filename) for i in infos):
        raise DocumentError(name, "a ZIP archive but not a DOCX document")
    _check_zip_bomb(infos, name)
    return "docx"


def _check_zip_bomb(infos: Sequence[zipfile.ZipInfo], name: str) -> None:
    def bomb(why: str) -> DocumentError:
        return DocumentError(name, f"looks like a zip bomb ({why})")

    if len(infos) > MAX_ZIP_MEMBERS:
        raise bomb(f"{len(infos):,} members, more than {MAX_ZIP_MEMBERS:,}")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_ZIP_RATIO_MIN_BYTES and ratio > MAX_ZIP_RATIO:
            raise bomb(f"{info.filename} expands {ratio:,.0f} times to {info.file_size:,} bytes")
    if total > MAX_ZIP_TOTAL_BYTES:
        raise bomb(f"{total:,} bytes uncompressed, more than {MAX_ZIP_TOTAL_BYTES:,}")


# ----------------------------------------------------------------------------- text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cp1252_table() -> Dict[int, str]:
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return table


_CP1252 = _cp1252_table()


def _decode_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252)


def _bom(data: bytes) -> Optional[Tuple[int, str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return len(bom), encoding
    return None


def _utf16_without_bom(data: bytes) -> Optional[str]:
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even = sample[0:pairs * 2:2].count(0)
    odd = sample[1:pairs * 2:2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_text(data: bytes) -> str:
    bom = _bom(data)
    if bom is not None:
        return data[bom[0]:].decode(bom[1], errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_cp1252(data)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


# ----------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p "
    "pre section summary table tbody tfoot thead title tr ul".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "title"))
_SPACES = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _decode_html(data: bytes) -> str:
    if _bom(data) is None and _utf16_without_bom(data) is None:
        m = _META_CHARSET.search(data[:1024])
        if m is not None:
            try:
                info = codecs.lookup(m.group(1).decode("ascii"))
                # "hex", "base64", "rot13", ...: codecs, but not of text.
                encoding = info.name if getattr(info, "_is_text_encoding", True) else ""
            except (LookupError, UnicodeDecodeError):
                encoding = ""
            if encoding in ("latin-1", "iso8859-1", "ascii", "cp1252"):
                return _decode_cp1252(data)
            if encoding and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
                try:
                    return data.decode(encoding, errors="replace")
                except (LookupError, UnicodeError, ValueError):
                    pass  # a codec that cannot decode at all ("idna"): guessed as text
    return _decode_text(data)


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: List[str] = []
        self.skip = 0
        self.in_head = False
        self.pre = 0
        self.line_start = True

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body" or tag in _BLOCK_TAGS:
            self.in_head = False
        if tag == "pre":
            self.pre += 1
        self._boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "head":
            self.in_head = False
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag != "br":
            self._boundary(tag)

    def _boundary(self, tag: str) -> None:
        if tag == "br" or (tag in _BLOCK_TAGS and not self.line_start):
            self.parts.append("\n")
            self.line_start = True
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.skip or self.in_head:
            return
        if self.pre:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        else:
            data = _SPACES.sub(" ", data)
        self.parts.append(data)
        if data.strip():
            self.line_start = data.endswith("\n")


def _html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html.replace("\x00", ""))
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


# ----------------------------------------------------------------------------- PDF

_LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u00ad": None,
})
Matrix = List[float]


def _import_pypdf(name: str) -> Any:
    try:
        import pypdf
    except ImportError:
        raise MissingDependencyError(
            name, f"reading PDF files needs pypdf: {_DOCUMENTS_EXTRA}") from None
    return pypdf


def _read_pdf(data: bytes, name: str) -> str:
    pypdf = _import_pypdf(name)
    from pypdf.errors import DependencyError

    encrypted = "encrypted PDF; decrypt it first"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except DependencyError:
                raise DocumentError(
                    name, f"{encrypted} (or install 'cryptography' to open it)") from None
            except Exception:
                raise DocumentError(name, encrypted) from None
            if not decrypted:
                raise DocumentError(name, encrypted)
        n_pages = len(reader.pages)
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError(name, f"damaged or unreadable PDF ({_reason(e)})") from None
    if n_pages == 0:
        raise DocumentError(name, "a PDF without pages")
    pages: List[str] = []
    total = 0
    for number in range(min(n_pages, MAX_PDF_PAGES)):
        try:
            text = _pdf_page_text(reader.pages[number])
        except Exception as e:
            raise DocumentError(name, f"cannot read page {number + 1} ({_reason(e)})") from None
        text = text.translate(_LIGATURES).strip("\n")
        if text.strip():
            pages.append(text)
            total += len(text)
            if total >= MAX_TEXT_CHARS:
                pages[-1] = text[: len(text) - (total - MAX_TEXT_CHARS)]
                break
    if not pages:
        raise DocumentError(name, "no text layer (a scanned PDF?); run OCR first")
    return _normalise("\n\n".join(pages))


def _reason(e: BaseException) -> str:
    return str(e) or type(e).__name__


def _mult(m: Sequence[float], n: Sequence[float]) -> Matrix:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


class _Fragment:
    __slots__ = ("x0", "x1", "y", "size", "text", "lead", "trail")

    def __init__(self, x0: float, x1: float, y: float, size: float, text: str,
                 lead: bool, trail: bool) -> None:
        self.x0 = x0
        self.x1 = x1
        self.y = y
        self.size = size
        self.text = text
        self.lead = lead
        self.trail = trail


def _char_width(ch: str) -> float:
    if ch.isspace() or ch in ".,;:!|'il":
        return 0.28
    if ch.isdigit():
        return 0.556
    if ch.isupper():
        return 0.67
    if ord(ch) >= 0x2E80:
        return 1.0
    return 0.5


_MONOSPACED = re.compile(r"Courier|Mono", re.I)


class _FontWidths:
    """Glyph widths in text space units: the font's ``/Widths`` for ASCII, else estimates."""

    def __init__(self) -> None:
        self.cache: Dict[int, Tuple[int, List[float]]] = {}

    def _widths(self, font: Any) -> Tuple[int, List[float]]:
        key = id(font)
        if key not in self.cache:
            first, widths = 0, []
            try:
                raw = font.get("/Widths") if font is not None else None
                if raw is not None:
                    first = int(font.get("/FirstChar", 0))
                    widths = [float(w) / 1000 for w in raw.get_object()][:256]
                elif font is not None and _MONOSPACED.search(str(font.get("/BaseFont", ""))):
                    widths = [0.6] * 128
            except Exception:
                first, widths = 0, []
            self.cache[key] = (first, widths)
        return self.cache[key]

    def width(self, text: str, font: Any) -> float:
        first, widths = self._widths(font)
        total = 0.0
        for ch in text:
            code = ord(ch) - first
            w = widths[code] if ord(ch) < 128 and 0 <= code < len(widths) else 0.0
            total += w if w > 0 else _char_width(ch)
        return total


def _pdf_page_text(page: Any) -> str:
    """The text of a page in reading order (columns one after the other)."""
    fragments: List[_Fragment] = []
    rotated: List[str] = []
    forms: List[Matrix] = []
    pending: List[Optional[Matrix]] = [None]
    widths = _FontWidths()

    def before(op: bytes, args: Any, cm: Matrix, tm: Matrix) -> None:
        if pending[0] is not None:
            forms.append(pending[0])
            pending[0] = None
        if op == b"Do":
            pending[0] = list(cm)

    def after(op: bytes, args: Any, cm: Matrix, tm: Matrix) -> None:
        if op == b"Do":
            if pending[0] is not None:
                pending[0] = None
            elif forms:
                forms.pop()

    def visit(text: str, cm: Matrix, tm: Matrix, font: Any, font_size: Any) -> None:
        if not text or text.isspace():
            return
        m = _mult(tm, cm)
        for outer in reversed(forms):
            m = _mult(m, outer)
        if not (m[0] > 0 and m[3] > 0 and abs(m[1]) <= 0.1 * m[0] and abs(m[2]) <= 0.1 * m[3]):
            rotated.append(text.strip())
            return
        try:
            size = float(font_size) if font_size else 10.0
        except (TypeError, ValueError):
            size = 10.0
        scale_x, scale_y = math.hypot(m[0], m[1]), math.hypot(m[2], m[3])
        height = max(size * scale_y, 1.0)
        for i, part in enumerate(text.split("\n")):
            stripped = part.strip()
            if not stripped:
                continue
            x1 = m[4] + widths.width(stripped, font) * size * scale_x
            fragments.append(_Fragment(
                m[4], x1, m[5] - i * 1.2 * height, height, _SPACES.sub(" ", stripped),
                part[:1].isspace(), part[-1:].isspace()))

    plain = page.extract_text(
        visitor_operand_before=before, visitor_operand_after=after, visitor_text=visit)
    upright_chars = sum(len(f.text) for f in fragments)
    if upright_chars == 0 or upright_chars < sum(len(t) for t in rotated):
        return "\n".join(line.rstrip() for line in (plain or "").split("\n"))
    blocks = _layout(fragments)
    if rotated:
        blocks.append(rotated)
    return "\n\n".join("\n".join(block) for block in blocks)


def _same_line(a: _Fragment, b: _Fragment) -> bool:
    """Whether two baselines are close enough for one line (superscripts included)."""
    return abs(a.y - b.y) <= max(1.0, 0.5 * max(a.size, b.size))


def _merge_runs(fragments: List[_Fragment]) -> List[_Fragment]:
    """Join pieces drawn one after another on one baseline into runs of text.

    Text drawn glyph by glyph or word by word becomes one run, so that the gaps left are
    the wide ones (tab stops, gutters). ``pypdf`` measures the gap with the real glyph
    widths and marks a piece that follows a gap of at least a space with a leading space;
    a piece without one continues the previous piece. A spaced piece is joined when its
    gap is at most one em, allowing for the error of the estimated width of a long
    previous piece, so that the line of a left column is not joined to the right column's.
    A piece drawn again at almost the same place (fake bold) is dropped.
    """
    runs: List[_Fragment] = []
    last: Optional[_Fragment] = None
    for f in fragments:
        run = runs[-1] if runs else None
        if (run is not None and last is not None and _same_line(f, last)
                and f.x0 >= last.x0 - 0.2 * f.size):
            if f.text == last.text and abs(f.x0 - last.x0) < 0.2 * f.size:
                continue
            spaced = f.lead or run.trail
            error = 0.15 * max(0.0, last.x1 - last.x0 - 10.0 * f.size)
            if not spaced or f.x0 - run.x1 + error <= f.size:
                run.text += (" " if spaced else "") + f.text
                run.x1 = max(run.x1, f.x1)
                run.trail = f.trail
                last = f
                continue
        runs.append(_Fragment(f.x0, f.x1, f.y, f.size, f.text, f.lead, f.trail))
        last = f
    return runs


def _group_lines(fragments: List[_Fragment]) -> List[List[_Fragment]]:
    lines: List[List[_Fragment]] = []
    for f in sorted(fragments, key=lambda f: (-f.y, f.x0)):
        if lines and _same_line(f, lines[-1][0]):
            lines[-1].append(f)
        else:
            lines.append([f])
    for line in lines:
        line.sort(key=lambda f: f.x0)
    return lines


def _join(line: Sequence[_Fragment]) -> str:
    """The text of a line; pieces are separated by a space unless they look adjacent."""
    out = [line[0].text]
    prev = line[0]
    for f in line[1:]:
        if f.text == prev.text and abs(f.x0 - prev.x0) < 0.2 * f.size:
            continue
        gap = f.x0 - prev.x1
        if prev.trail or f.lead or abs(gap) > 0.15 * max(f.size, prev.size):
            out.append(" ")
        out.append(f.text)
        prev = f
    return _SPACES.sub(" ", "".join(out)).strip()


_EDGE = 2.5
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:present|current|now|today)\b", re.I)


def _crosses(f: _Fragment, split: float) -> bool:
    return f.x0 < split and f.x0 + 0.85 * (f.x1 - f.x0) > split + 1.0


def _dense(rows: List[Tuple[float, float]]) -> bool:
    """Whether at least half the lines follow the previous one closely, as in a column."""
    gaps = [a[0] - b[0] for a, b in zip(rows, rows[1:])]
    size = statistics.median(r[1] for r in rows)
    return statistics.median_low(gaps) <= 2.0 * size


def _find_split(lines: List[List[_Fragment]]) -> Optional[float]:
    """The x that separates a left and a right column, if the page has two columns.

    A candidate is an x where fragments of at least three lines start. It splits the
    page when at least 70% of the lines that reach past it do not cross it, each side has
    at least three lines, the lines on each side follow each other closely (so a column
    of dates beside job titles is not taken for a column of text), at least 40% of the
    right side's lines start at it (a column is aligned on its left edge, the last words
    of justified lines are not) and at most half of them hold a year or "present" (dates
    set at a tab stop stay beside their job titles).
    """
    if len(lines) < 3:
        return None
    starts = sorted((f.x0, i) for i, line in enumerate(lines) for f in line)
    left_margin = starts[0][0]
    candidates: List[Tuple[float, float]] = []
    k = 0
    while k < len(starts):
        lo = starts[k][0]
        members = set()
        while k < len(starts) and starts[k][0] <= lo + _EDGE:
            members.add(starts[k][1])
            k += 1
        if len(members) >= 3 and lo > left_margin + 36.0:
            candidates.append((lo, lo + _EDGE))
    best: Optional[Tuple[float, float]] = None
    for lo, hi in candidates:
        split = lo - 1.0
        left: List[Tuple[float, float]] = []
        right: List[Tuple[float, float]] = []
        crossing = aligned = dated = 0
        for line in lines:
            if any(_crosses(f, split) for f in line):
                crossing += 1
                continue
            row = (line[0].y, statistics.median(f.size for f in line))
            if line[0].x0 < split:
                left.append(row)
            right_part = [f for f in line if f.x0 >= split]
            if right_part:
                right.append(row)
                aligned += right_part[0].x0 <= hi
                dated += _DATE.search(" ".join(f.text for f in right_part)) is not None
        if len(left) < 3 or len(right) < 3 or len(right) < 0.7 * (len(right) + crossing):
            continue
        if aligned < 0.4 * len(right) or dated > 0.5 * len(right):
            continue
        if not (_dense(left) and _dense(right)):
            continue
        score = len(left) + len(right) - 4.0 * crossing
        if best is None or score > best[0]:
            best = (score, split)
    return None if best is None else best[1]


def _layout(fragments: List[_Fragment]) -> List[List[str]]:
    """Lines in reading order, as blocks: full-width runs, then left and right columns."""
    lines = _group_lines(_merge_runs(fragments))
    split = _find_split(lines)
    if split is None:
        return [[_join(line) for line in lines]]
    blocks: List[List[str]] = []
    full: List[str] = []
    left: List[str] = []
    right: List[str] = []
    for line in lines:
        if any(_crosses(f, split) for f in line):
            blocks.extend(b for b in (left, right) if b)
            left, right = [], []
            full.append(_join(line))
            continue
        if full:
            blocks.append(full)
            full = []
        left_part = [f for f in line if f.x0 < split]
        right_part = [f for f in line if f.x0 >= split]
        if left_part:
            left.append(_join(left_part))
        if right_part:
            right.append(_join(right_part))
    blocks.extend(b for b in (full, left, right) if b)
    return blocks


# ----------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_W_P, _W_T, _W_TAB, _W_TXBX = _W + "p", _W + "t", _W + "tab", _W + "txbxContent"
_W_BREAKS = frozenset((_W + "br", _W + "cr"))
_W_HYPHEN = _W + "noBreakHyphen"
_MC_ALTERNATE, _MC_CHOICE = _MC + "AlternateContent", _MC + "Choice"
_DOCX_SKIP = frozenset((
    _W + "pPr", _W + "rPr", _W + "tblPr", _W + "trPr", _W + "tcPr", _W + "sectPr",
    _W + "sdtPr", _W + "del", _W + "moveFrom", _W + "instrText", _W + "delText",
    _MC + "Fallback",
))


def _read_docx(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE
    except ImportError:
        raise MissingDependencyError(
            name, f"reading DOCX files needs python-docx: {_DOCUMENTS_EXTRA}") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines: List[str] = []
        seen: Set[str] = set()
        for rel in document.part.rels.values():
            if rel.reltype != RELATIONSHIP_TYPE.HEADER or rel.is_external:
                continue
            element = getattr(rel.target_part, "element", None)
            if element is None:
                continue
            header: List[str] = []
            _docx_blocks(element, header)
            text = "\n".join(header).strip()
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
        _docx_blocks(document.element.body, lines)
    except Exception as e:
        raise DocumentError(name, f"damaged or unsupported DOCX document ({_reason(e)})") from None
    text = _normalise("\n".join(line.rstrip() for line in lines))
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


def _alternative(element: Any) -> Any:
    for child in element:
        if child.tag == _MC_CHOICE:
            return child
    return None


def _docx_blocks(container: Any, out: List[str]) -> None:
    for child in container:
        tag = child.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue
        if tag == _W_P:
            _docx_paragraph(child, out)
        elif tag == _MC_ALTERNATE:
            choice = _alternative(child)
            if choice is not None:
                _docx_blocks(choice, out)
        else:
            _docx_blocks(child, out)


def _docx_paragraph(paragraph: Any, out: List[str]) -> None:
    parts: List[str] = []
    boxes: List[Any] = []
    _docx_runs(paragraph, parts, boxes)
    out.extend("".join(parts).split("\n"))
    for box in boxes:
        _docx_blocks(box, out)


def _docx_runs(element: Any, parts: List[str], boxes: List[Any]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue
        if tag == _W_T:
            parts.append(child.text or "")
        elif tag == _W_TAB:
            parts.append("\t")
        elif tag in _W_BREAKS:
            parts.append("\n")
        elif tag == _W_HYPHEN:
            parts.append("-")
        elif tag == _W_TXBX:
            boxes.append(child)
        elif tag == _MC_ALTERNATE:
            choice = _alternative(child)
            if choice is not None:
                _docx_runs(choice, parts, boxes)
        else:
            _docx_runs(child, parts, boxes)
