"""Reading a knowledge-base folder into documents.

A document's id is its path relative to the knowledge-base folder without the extension
(``versand/lieferzeiten.md`` → ``versand/lieferzeiten``), the id staff and citations use everywhere.
Markdown and plain text (with optional YAML front-matter), HTML, PDF, DOCX and CSV/TSV tables are read
by the readers in ``knowledge.formats``; every one of them yields Markdown, so one chunker handles all.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge import formats
from knowledge.formats.base import DocumentError
from knowledge.language import document_language

SUPPORTED_SUFFIXES = formats.SUPPORTED_SUFFIXES
# Languages staff set on upload (document id -> code), in the knowledge-base folder itself so a later sync or a
# file edited in place keeps staff's word; hidden, so it is not read as a document.
LANGUAGES_FILE = ".languages.json"
LANGUAGES = ("de", "en")
MAX_DOCUMENT_BYTES = formats.MAX_BYTES

__all__ = ["Document", "DocumentError", "KnowledgeBaseError", "LoadResult", "SUPPORTED_SUFFIXES", "document_id",
           "load_document", "load_folder", "parse_document"]


class KnowledgeBaseError(Exception):
    """The knowledge-base folder as a whole cannot be used (missing, unreadable)."""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    text: str
    url: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    content_hash: str = ""
    path: str = ""


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def document_id(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def parse_document(raw: bytes, name: str, doc_id: str, path: str = "") -> Document:
    """Turn a file's bytes into a Document; ``name`` (a file name) picks the format by its extension."""
    parsed = formats.parse(raw, name)
    if not parsed.text.strip():
        raise DocumentError("no text found")
    stem = Path(name).stem
    # Front-matter is staff's own statement; a PDF's, DOCX's or HTML page's is often a template default.
    front_matter = formats.BY_SUFFIX.get(Path(name).suffix.lower()) == "markdown"
    return Document(
        id=doc_id,
        title=parsed.title or _first_heading(parsed.text) or stem,
        text=parsed.text,
        url=parsed.url,
        language=parsed.language if front_matter else document_language(parsed.text, parsed.language),
        tags=parsed.tags,
        content_hash=hashlib.sha256(raw).hexdigest(),
        path=path,
    )


def staff_languages(root: Path) -> dict[str, str]:
    """The languages staff set for documents of this folder (an unreadable or foreign file counts as none)."""
    try:
        data = json.loads((Path(root) / LANGUAGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and v in LANGUAGES} if isinstance(data, dict) else {}


def with_staff_language(doc: Document, languages: dict[str, str]) -> Document:
    language = languages.get(doc.id)
    return dataclasses.replace(doc, language=language) if language and language != doc.language else doc


def load_document(path: Path, root: Path) -> Document:
    """Parse one file; raise DocumentError with a reason a person can act on."""
    limit = formats.max_bytes(path.name)
    if limit == 0:
        raise DocumentError(f"unsupported file type '{path.suffix or path.name}'")
    size = path.stat().st_size
    if size > limit:   # refused before reading: a 50 MB file is never loaded into memory
        raise DocumentError(formats.too_large(size, limit))
    return parse_document(path.read_bytes(), path.name, document_id(path, root), str(path))


def load_folder(root: Path, progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> LoadResult:
    """Load every supported file under ``root``; a bad file is reported, never fatal. ``progress`` wraps the
    files being read (a progress bar: parsing large PDFs is the long part of a first sync)."""
    root = Path(root)
    if not root.exists():
        raise KnowledgeBaseError(f"knowledge-base folder {root} does not exist")
    if not root.is_dir():
        raise KnowledgeBaseError(f"knowledge-base path {root} is not a folder")
    try:
        paths = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p, root))
    except PermissionError as exc:
        raise KnowledgeBaseError(f"knowledge-base folder {root} is not readable: {exc}") from exc
    result = LoadResult()
    seen: dict[str, str] = {}
    languages = staff_languages(root)
    for path in progress(paths) if progress else paths:
        rel = path.relative_to(root).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.failures.append((rel, f"unsupported file type '{path.suffix or path.name}'"))
            continue
        doc_id = document_id(path, root)
        if doc_id in seen:
            result.failures.append((rel, f"same document id '{doc_id}' as {seen[doc_id]}; rename one of them"))
            continue
        seen[doc_id] = rel
        try:
            result.documents.append(with_staff_language(load_document(path, root), languages))
        except DocumentError as exc:
            result.failures.append((rel, str(exc)))
        except OSError as exc:
            result.failures.append((rel, f"cannot read: {exc.strerror or exc}"))
    return result


def _hidden(path: Path, root: Path) -> bool:
    """Hidden files and folders (``.git``, ``.DS_Store``) and editors' temporary files are not documents."""
    parts = path.relative_to(root).parts
    return any(p.startswith(".") for p in parts) or path.name.startswith("~$") or path.name.endswith("~")


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
    return None
