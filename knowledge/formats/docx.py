"""Word documents (.docx) through python-docx: headings by paragraph style, lists, tables, bold lines.

A paragraph styled "Heading N" / "Title" (or carrying an outline level) becomes a Markdown heading of that
level; list paragraphs become list items; a table becomes a Markdown table with its first row as header;
a short paragraph set entirely in bold (a question in a FAQ) keeps its bold so the chunker pairs it with
its answer. Zip bombs are refused before parsing.
"""
from __future__ import annotations

import io
import re
import zipfile

from docx import Document as open_docx
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from knowledge.formats.base import DocumentError, Parsed, language_code, markdown_table, tidy_markdown

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|kop)\s*(\d)$", re.I)


def parse(raw: bytes, name: str) -> Parsed:
    if not raw.startswith(b"PK"):
        raise DocumentError("not a DOCX file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocumentError("not a DOCX file (no word/document.xml)")
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise DocumentError(f"DOCX unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB")
        document = open_docx(io.BytesIO(raw))
        styles: dict[str | None, ParagraphStyle | None] = {}
        blocks = [_block(item, styles) for item in document.iter_inner_content()]
        props = document.core_properties
        title = (props.title or "").strip() or None
        language = language_code(props.language)
        tags = tuple(k.strip() for k in re.split(r"[,;]", props.keywords or "") if k.strip())
    except DocumentError:
        raise
    except (zipfile.BadZipFile, OpcError, XMLSyntaxError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise DocumentError(f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
    markdown = tidy_markdown(_join(b for b in blocks if b))
    if not markdown.strip():
        raise DocumentError("no text in the DOCX")
    if title is None:
        first = re.search(r"^#+\s+(.+)$", markdown, re.MULTILINE)
        title = first.group(1).strip() if first else None
    return Parsed(text=markdown, title=title, language=language, tags=tags)


def _join(blocks) -> str:
    """Blocks separated by blank lines, except that a bold question stays on the line above its answer
    (one paragraph: the chunker then quotes question and answer together)."""
    out = ""
    previous = ""
    for block in blocks:
        question = previous.startswith("**") and previous.endswith("?**")
        plain = not block.startswith(("#", "- ", "|", "**"))
        out += ("\n" if question and plain else "\n\n") + block if out else block
        previous = block
    return out


def _style(paragraph: Paragraph, styles: dict[str | None, ParagraphStyle | None]) -> ParagraphStyle | None:
    """``paragraph.style``, looked up once per style id of the document: python-docx searches the styles
    part on every access (for a paragraph without a style it scans every style for the default), which
    was most of a DOCX file's parse time."""
    key = paragraph._p.style
    if key not in styles:
        styles[key] = paragraph.style
    return styles[key]


def _block(item: Paragraph | Table, styles: dict[str | None, ParagraphStyle | None]) -> str:
    if isinstance(item, Table):
        rows = [[cell.text for cell in row.cells] for row in item.rows]
        return markdown_table(_dedupe_merged(rows))
    text = " ".join(item.text.split())
    if not text:
        return ""
    style = _style(item, styles)
    level = _heading_level(item, style)
    if level:
        return f"{'#' * level} {text}"
    if _is_list(item, style):
        return f"- {text}"
    runs = [r for r in item.runs if r.text.strip()]
    if runs and len(text) <= 200 and all(r.bold for r in runs):
        return f"**{text}**"
    return text


def _heading_level(paragraph: Paragraph, style: ParagraphStyle | None) -> int:
    while style is not None:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 1
        match = _HEADING_STYLE.match(name)
        if match:
            return max(1, min(int(match.group(1)), 6))
        outline = _outline_level(style.element)
        if outline is not None:
            return outline
        style = style.base_style
    outline = _outline_level(paragraph._p)
    return outline or 0


def _outline_level(element) -> int | None:  # noqa: ANN001
    ppr = element.find(qn("w:pPr"))
    level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if level is None:
        return None
    value = level.get(qn("w:val"))
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 6 else None


def _is_list(paragraph: Paragraph, style: ParagraphStyle | None) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    name = (style.name or "").lower() if style is not None else ""
    return "list" in name or "aufzählung" in name


def _dedupe_merged(rows: list[list[str]]) -> list[list[str]]:
    """python-docx repeats a merged cell's text in every grid cell it spans; show it once per row."""
    out = []
    for row in rows:
        cleaned, previous = [], None
        for cell in row:
            cleaned.append("" if cell == previous and cell else cell)
            previous = cell
        out.append(cleaned)
    return out
