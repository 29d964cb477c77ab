"""One reader per file format, chosen by the file's extension.

Every reader turns bytes into Markdown plus metadata (``Parsed``) with a well-kept parser (python-frontmatter,
BeautifulSoup + markdownify, pypdf, python-docx, the csv module), so one chunker handles all formats by
their structure: headings, paragraphs, lists, tables, question/answer pairs.
"""
from __future__ import annotations

import importlib
from pathlib import PurePosixPath
from types import ModuleType

from knowledge.formats.base import DocumentError, Parsed

MB = 1024 * 1024
# reader module: (file extensions, largest file accepted). Readers are imported when first needed.
FORMATS: dict[str, tuple[tuple[str, ...], int]] = {
    "markdown": ((".md", ".markdown", ".txt"), 5 * MB),
    "html": ((".html", ".htm"), 5 * MB),
    "pdf": ((".pdf",), 25 * MB),
    "docx": ((".docx",), 25 * MB),
    "table": ((".csv", ".tsv"), 5 * MB),
}
# Compressed binary formats, read in a child process with memory and time limits (knowledge/formats/isolated.py).
ISOLATED = frozenset({"pdf", "docx"})
BY_SUFFIX: dict[str, str] = {suffix: module for module, (suffixes, _) in FORMATS.items() for suffix in suffixes}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(BY_SUFFIX)
MAX_BYTES = max(limit for _, limit in FORMATS.values())


def reader_for(name: str) -> ModuleType | None:
    module = BY_SUFFIX.get(PurePosixPath(name).suffix.lower())
    return importlib.import_module(f"knowledge.formats.{module}") if module else None


def max_bytes(name: str) -> int:
    module = BY_SUFFIX.get(PurePosixPath(name).suffix.lower())
    return FORMATS[module][1] if module else 0


def parse(raw: bytes, name: str) -> Parsed:
    """Parse ``raw`` as the format named by ``name``'s extension; DocumentError with a reason otherwise."""
    reader = reader_for(name)
    if reader is None:
        suffix = f".{name.rsplit('.', 1)[-1]}" if "." in name else name
        raise DocumentError(f"unsupported file type '{suffix}'")
    if not raw.strip():
        raise DocumentError("empty file")
    if len(raw) > max_bytes(name):
        raise DocumentError(too_large(len(raw), max_bytes(name)))
    module = BY_SUFFIX[PurePosixPath(name).suffix.lower()]
    if module in ISOLATED:
        from knowledge.formats.isolated import parse_isolated

        return parse_isolated(f"knowledge.formats.{module}", raw, name)
    try:
        return reader.parse(raw, name)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError("file too deeply nested to read") from exc
    except MemoryError as exc:
        raise DocumentError("file too large to read") from exc


def too_large(size: int, limit: int) -> str:
    return f"file too large ({_size(size)} > {_size(limit)})"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


__all__ = ["DocumentError", "Parsed", "SUPPORTED_SUFFIXES", "parse", "reader_for", "max_bytes", "too_large"]
