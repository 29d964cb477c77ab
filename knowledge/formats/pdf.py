"""PDF files through pypdf: the text of every page, with headings recognised by font size.

pypdf reports each piece of text with its font size; lines set clearly larger than the body text
(``HEADING_RATIO``) become Markdown headings, largest first. Lines are joined into paragraphs (a line
ending a sentence well short of the page's line length ends its paragraph; hyphenated line breaks are
re-joined), and bullet characters become list items. A PDF without extractable text (a scan) is refused:
there is no OCR.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from knowledge.formats.base import DocumentError, Parsed, language_code, tidy_markdown

MAX_PAGES = 1000
HEADING_RATIO = 1.18
MAX_HEADING_CHARS = 120
_BULLET = re.compile(r"^\s*[•▪●◦‣∙·\-–*]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")

logging.getLogger("pypdf").setLevel(logging.ERROR)


def parse(raw: bytes, name: str) -> Parsed:
    if b"%PDF-" not in raw[:1024]:
        raise DocumentError("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF (password protected)")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(f"PDF has {len(pages)} pages (at most {MAX_PAGES})")
        lines: list[tuple[str, float, int]] = []
        for number, page in enumerate(pages, start=1):
            lines.extend((text, size, number) for text, size in _page_lines(page))
        info = reader.metadata
        title = str(info.title).strip() if info is not None and info.title else None
        language = _language(reader)
    except DocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise DocumentError("encrypted PDF (password protected)") from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OverflowError, ZeroDivisionError) as exc:
        raise DocumentError(f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    if not any(text.strip() for text, _, _ in lines):
        raise DocumentError("no text in the PDF (a scan? OCR is not supported)")
    markdown = _markdown(lines)
    if title is None:
        first = re.search(r"^#+\s+(.+)$", markdown, re.MULTILINE)
        title = first.group(1).strip() if first else None
    return Parsed(text=markdown, title=title, language=language)


def _page_lines(page) -> list[tuple[str, float]]:
    """The page's lines with the largest font size used on each."""
    lines: list[tuple[str, float]] = []
    current: list[str] = []
    size = 0.0

    def visit(text: str, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001 (pypdf's visitor signature)
        nonlocal size
        scale = abs(float(tm[3]) or float(tm[0]) or 1.0) * abs(float(cm[3]) or float(cm[0]) or 1.0)
        effective = float(font_size or 0) * scale
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append(("".join(current), size))
                current.clear()
                size = 0.0
            if part.strip():
                current.append(part)
                size = max(size, effective)
            elif part:
                current.append(part)

    page.extract_text(visitor_text=visit)
    if current:
        lines.append(("".join(current), size))
    return [(re.sub(r"[ \t\u00a0]+", " ", text).strip(), s) for text, s in lines]


def _markdown(lines: list[tuple[str, float, int]]) -> str:
    sizes = Counter()
    for text, size, _ in lines:
        if text:
            sizes[round(size, 1)] += len(text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    heading_sizes = sorted({round(s, 1) for t, s, _ in lines if _is_heading(t, s, body)}, reverse=True)
    levels = {s: min(i + 1, 6) for i, s in enumerate(heading_sizes)}
    longest = max((len(t) for t, _, _ in lines), default=0)
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(_join(paragraph))
            out.append("")
            paragraph.clear()

    previous_page = 0
    for text, size, page in lines:
        if page != previous_page:
            previous_page = page
        if not text:
            flush()
            continue
        if _is_heading(text, size, body):
            flush()
            out.extend([f"{'#' * levels[round(size, 1)]} {text}", ""])
            continue
        if _BULLET.match(text) or _NUMBERED.match(text):
            flush()
            item = _BULLET.sub("", text) if _BULLET.match(text) else text
            paragraph.append(("- " if _BULLET.match(text) else "") + item)
            continue
        paragraph.append(text)
        if text.endswith((".", "!", "?", ":")) and len(text) < 0.8 * longest:
            flush()
    flush()
    return tidy_markdown("\n".join(out))


def _is_heading(text: str, size: float, body: float) -> bool:
    return (body > 0 and size >= body * HEADING_RATIO and 0 < len(text) <= MAX_HEADING_CHARS
            and any(c.isalpha() for c in text) and not text.endswith((",", ";")))


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"\w-$", text) and line[:1].islower():
            text = text[:-1] + line            # a word hyphenated across lines
        else:
            text += " " + line
    return text


def _language(reader: PdfReader) -> str | None:
    try:
        lang = reader.trailer["/Root"].get("/Lang")
    except (KeyError, AttributeError, TypeError):
        return None
    return language_code(lang) if lang else None
