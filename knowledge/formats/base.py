"""What every format reader returns, and the errors they raise.

Each reader turns a file's bytes into Markdown (the one structure the chunker knows: headings, paragraphs,
lists, tables, bold question lines) plus the metadata it found. A reader raises ``DocumentError`` with a
reason a person can act on; it never returns half a document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


class DocumentError(Exception):
    """One document cannot be read; the others are still usable."""


@dataclass
class Parsed:
    text: str                       # Markdown
    title: str | None = None
    url: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


# File signatures of formats that are never text, whatever the file is called (a PDF or image renamed .md).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"), (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, …)"), (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "a program"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "a database"),
)  # only signatures no text begins with; other binaries are caught by NUL bytes or control characters
# Characters text never holds in number: C0 controls other than tab/newlines/form feed, DEL, C1 controls.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.005


def binary_reason(raw: bytes) -> str | None:
    """Why ``raw`` is binary content rather than text (whatever its file name says), or None."""
    head = raw.lstrip(b"\xef\xbb\xbf")[:16]
    for signature, kind in BINARY_SIGNATURES:
        if head.startswith(signature):
            return f"binary file ({kind}, not text)"
    if b"\x00" in raw:
        return "binary file (contains NUL bytes)"
    return None


def decode_text(raw: bytes, encoding: str | None = None) -> str:
    """Text files must be UTF-8 (or the encoding the file itself declares); binary content is refused by its
    signature, NUL bytes anywhere, or more than a trace of control characters, not by the file's extension."""
    reason = binary_reason(raw)
    if reason:
        raise DocumentError(reason)
    try:
        text = raw.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as exc:
        if isinstance(exc, LookupError):
            raise DocumentError(f"unknown text encoding {encoding!r}") from exc
        named = encoding or "UTF-8"
        raise DocumentError(f"not {named} text ({exc.reason} at byte {exc.start})") from exc
    controls = len(_CONTROL.findall(text))
    if controls > 2 and controls > MAX_CONTROL_SHARE * len(text):
        raise DocumentError(f"binary content ({controls} control characters in {len(text)}), not text")
    return text


def language_code(value: object) -> str | None:
    """'de-DE', 'de_AT', 'EN' → 'de' / 'en'; anything else → None."""
    match = re.match(r"^\s*([a-zA-Z]{2,3})(?:[-_].*)?$", str(value or ""))
    return match.group(1).lower() if match else None


def tidy_markdown(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, a final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text + "\n" if text else ""


def table_cell(value: object) -> str:
    """A value that fits in one Markdown table cell (no pipes or line breaks inside)."""
    return re.sub(r"\s+", " ", str(value if value is not None else "")).replace("|", "/").strip()


def markdown_table(rows: list[list[str]]) -> str:
    """First row = header. Empty header cells get a column number so every row reads 'Header: value'."""
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [[table_cell(c) for c in r] + [""] * (width - len(r)) for r in rows]
    header = [h or f"{i + 1}" for i, h in enumerate(rows[0])]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * width) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:] if any(r)]
    return "\n".join(lines)
