"""Reading a knowledge-base folder into documents.

A document's id is its path relative to the knowledge-base folder without the extension
(``versand/lieferzeiten.md`` → ``versand/lieferzeiten``), the id staff and citations use everywhere.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import yaml

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt")
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


class KnowledgeBaseError(Exception):
    """The knowledge-base folder as a whole cannot be used (missing, unreadable)."""


class DocumentError(Exception):
    """One document cannot be read; the others are still usable."""


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


def load_document(path: Path, root: Path) -> Document:
    """Parse one Markdown/text file; raise DocumentError with a reason a person can act on."""
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError("empty file")
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"file too large ({len(raw) // 1024} KiB > {MAX_DOCUMENT_BYTES // 1024} KiB)")
    if b"\x00" in raw[:8192]:
        raise DocumentError("binary file (contains NUL bytes)")
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        post = frontmatter.loads(source)
    except yaml.YAMLError as exc:
        raise DocumentError(f"malformed YAML front-matter: {exc}") from exc
    meta, body = post.metadata, post.content
    if not body.strip():
        raise DocumentError("no text after the front-matter")
    tags = meta.get("tags") or ()
    return Document(
        id=document_id(path, root),
        title=str(meta.get("title") or _first_heading(body) or path.stem),
        text=body,
        url=str(meta["url"]) if meta.get("url") else None,
        language=str(meta["language"]) if meta.get("language") else None,
        tags=tuple(str(t) for t in tags) if isinstance(tags, (list, tuple)) else (str(tags),),
        content_hash=hashlib.sha256(raw).hexdigest(),
        path=str(path),
    )


def load_folder(root: Path) -> LoadResult:
    """Load every supported file under ``root``; a bad file is reported, never fatal."""
    root = Path(root)
    if not root.exists():
        raise KnowledgeBaseError(f"knowledge-base folder {root} does not exist")
    if not root.is_dir():
        raise KnowledgeBaseError(f"knowledge-base path {root} is not a folder")
    try:
        paths = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
    except PermissionError as exc:
        raise KnowledgeBaseError(f"knowledge-base folder {root} is not readable: {exc}") from exc
    result = LoadResult()
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.failures.append((rel, f"unsupported file type '{path.suffix or path.name}'"))
            continue
        try:
            result.documents.append(load_document(path, root))
        except DocumentError as exc:
            result.failures.append((rel, str(exc)))
        except OSError as exc:
            result.failures.append((rel, f"cannot read: {exc.strerror or exc}"))
    return result


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
    return None
