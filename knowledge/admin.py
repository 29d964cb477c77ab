"""Looking after the knowledge base: what ``tandem kb …`` and the staff API (``/api/kb``) both call.

Every write goes the same way, whoever asks: the file is parsed and chunked *before* anything changes (a
bad file changes nothing), then under one knowledge-base write lock (a lock file in the data folder, so
the CLI and the API never write at once) the new version is indexed, the file is moved into the
knowledge-base folder (written to a hidden temporary file first, then renamed), and the change is recorded
in the audit log with who did it and the content hash.

The embedded Chroma store keeps its vector index in memory per process; before reading or writing, the
store is reopened when another process changed it (see ``KnowledgeStore.reopen``).
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge import audit, formats
from knowledge.chunking import Chunk
from knowledge.documents import (LANGUAGES, LANGUAGES_FILE, SUPPORTED_SUFFIXES, DocumentError, KnowledgeBaseError,
                                 parse_document, staff_languages, with_staff_language)
from knowledge.sync import ADDED, REMOVED, UPDATED, Progress, SyncReport, TooLarge, prepare, store_document, sync_folder

if TYPE_CHECKING:
    from knowledge.store import KnowledgeStore, StoredDocument

MAX_ID_CHARS = 200
MAX_ID_DEPTH = 8
_SEGMENT = re.compile(r"^[^\W_][\w .,()&+'-]*$", re.UNICODE)
_FILENAME = re.compile(r"^[^\W_][\w .,()&+'-]*$", re.UNICODE)


class InvalidName(ValueError):
    """A document id or file name that is not allowed (path traversal, hidden, odd characters)."""


class NotFound(LookupError):
    pass


class StoreFailed(RuntimeError):
    """The file was fine, but the store refused it; nothing changed."""


@dataclass(frozen=True)
class Actor:
    name: str
    via: str          # cli | api

    @classmethod
    def cli(cls) -> Actor:
        return cls(audit.os_user(), "cli")


@dataclass
class AddResult:
    id: str
    action: str                    # added | updated | unchanged
    title: str
    chunks: int
    content_hash: str
    path: str


@dataclass
class DocumentInfo:
    stored: "StoredDocument"
    file: str | None = None                  # path relative to the knowledge-base folder
    last_change: audit.Change | None = None

    def as_dict(self) -> dict:
        s = self.stored
        return {"id": s.id, "title": s.title, "url": s.url, "language": s.language, "tags": list(s.tags),
                "content_hash": s.content_hash, "chunks": s.chunks, "units": s.units, "file": self.file,
                "needs_repair": s.versions > 1,
                "last_change": self.last_change.as_dict() if self.last_change else None}


@dataclass
class DocumentDetail:
    info: DocumentInfo
    chunks: list[Chunk] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {**self.info.as_dict(), "sections": [
            {"id": c.id, "heading_path": list(c.heading_path), "start": c.start, "end": c.end, "url": c.url,
             "text": c.text} for c in self.chunks]}


# --- names -----------------------------------------------------------------------------------------------------

def check_id(doc_id: str) -> str:
    """A document id as staff may name it: relative, no '..', no hidden parts, no backslashes."""
    doc_id = (doc_id or "").strip()
    if not doc_id:
        raise InvalidName("empty document id")
    if len(doc_id) > MAX_ID_CHARS:
        raise InvalidName(f"document id longer than {MAX_ID_CHARS} characters")
    if "\\" in doc_id or doc_id.startswith("/") or any(ord(c) < 32 for c in doc_id):
        raise InvalidName("a document id is a relative path with '/' between folders")
    parts = doc_id.split("/")
    if len(parts) > MAX_ID_DEPTH:
        raise InvalidName(f"document id nested deeper than {MAX_ID_DEPTH} folders")
    for part in parts:
        if part in ("", ".", "..") or not _SEGMENT.match(part) or part != part.strip() or part.endswith("."):
            raise InvalidName(f"not allowed in a document id: {part!r} (letters, digits, space, . , ( ) & + ' - _)")
    return doc_id


def check_filename(name: str) -> str:
    name = (name or "").strip()
    if not name or "/" in name or "\\" in name or name in (".", "..") or any(ord(c) < 32 for c in name):
        raise InvalidName("a file name without folders is needed")
    if len(name) > MAX_ID_CHARS or not _FILENAME.match(name):
        raise InvalidName(f"not allowed as a file name: {name!r}")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InvalidName(f"unsupported file type '{suffix or name}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    return name


def id_for(filename: str, doc_id: str | None) -> str:
    if doc_id:
        lowered = doc_id.lower()
        for suffix in SUPPORTED_SUFFIXES:
            if lowered.endswith(suffix):
                doc_id = doc_id[: -len(suffix)]
                break
        return check_id(doc_id)
    return check_id(Path(filename).stem)


# --- the service -------------------------------------------------------------------------------------------------

_thread_lock = threading.RLock()


class KnowledgeBase:
    def __init__(self, settings: Any, store: "KnowledgeStore | None" = None, kb_dir: Path | None = None) -> None:
        self.settings = settings
        self.kb_dir = Path(kb_dir or settings.kb_dir)
        self._store = store
        self._retriever = None
        self._revision: str | None = None

    # -- plumbing ---------------------------------------------------------------------------------------------
    @property
    def store(self) -> "KnowledgeStore":
        if self._store is None:
            from knowledge.factory import open_store

            self._store = open_store(self.settings)
        return self._store

    @property
    def retriever(self) -> Any:
        """The retriever over this knowledge base, refreshed after every change (`pipeline.ask` answers with it)."""
        if self._retriever is None:
            from knowledge.factory import build_retriever

            self._retriever = build_retriever(self.settings, self.store)
        return self._retriever

    def fresh(self) -> None:
        """Reopen the embedded store if another process changed it since this one last looked."""
        store = self.store
        if not store.is_embedded():
            return
        revision = store.revision()
        if self._revision is not None and revision != self._revision:
            store.reopen()
            if self._retriever is not None:
                self._retriever.refresh()
        self._revision = revision

    def _wrote(self) -> None:
        self._revision = self.store.revision() if self.store.is_embedded() else None
        if self._retriever is not None:
            self._retriever.refresh()

    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """One writer at a time across processes (CLI, API workers) and threads."""
        data_dir = Path(self.settings.data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        with _thread_lock, open(data_dir / "kb-write.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                self.fresh()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _record(self, actor: Actor, action: str, doc_id: str, content_hash: str, detail: str = "") -> None:
        audit.record(self.settings.database, actor.name, actor.via, action, doc_id, content_hash, detail)

    # -- writes -----------------------------------------------------------------------------------------------
    def sync(self, actor: Actor, folder: Path | None = None, progress: Progress | None = None) -> SyncReport:
        folder = Path(folder or self.kb_dir)
        if not folder.is_dir():
            raise KnowledgeBaseError(f"knowledge-base folder {folder} does not exist" if not folder.exists()
                                     else f"knowledge-base path {folder} is not a folder")
        with self.write_lock():
            report = sync_folder(self.store, folder, progress=progress,
                                 on_change=lambda action, doc_id, h: self._record(actor, action, doc_id, h, "sync"))
            self._wrote()
        return report

    def add(self, actor: Actor, data: bytes, filename: str, doc_id: str | None = None,
            source: Path | None = None, language: str | None = None) -> AddResult:
        """Validate, index and store one file under ``doc_id`` (default: the file name without extension).
        ``language`` (de | en) is staff's word on the document's language: kept for later syncs, above what the
        file declares or its text suggests.

        Raises InvalidName, DocumentError (the file's problem) or StoreFailed; in each case nothing changed.
        """
        if language is not None and language not in LANGUAGES:
            raise InvalidName(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        filename = check_filename(filename)
        doc_id = id_for(filename, doc_id)
        suffix = Path(filename).suffix.lower()
        target = self._target(doc_id, suffix)
        limit = formats.max_bytes(filename)
        if len(data) > limit:
            raise DocumentError(formats.too_large(len(data), limit))
        doc = parse_document(data, filename, doc_id, str(target))
        with self.write_lock():
            languages = staff_languages(self.kb_dir)
            if language is not None:
                languages[doc_id] = language
            doc = with_staff_language(doc, languages)
            try:
                chunks = prepare(self.store, doc)
            except TooLarge as exc:
                raise DocumentError(str(exc)) from exc
            versions = self.store.document_versions().get(doc_id, set())
            same_file = target.is_file() and (
                (source is not None and _same(source, target)) or target.read_bytes() == data)
            stored_language = next((d.language for d in self.store.documents() if d.id == doc_id), None) \
                if language is not None else doc.language
            if versions == {doc.content_hash} and same_file and stored_language == doc.language:
                return AddResult(doc_id, "unchanged", doc.title, len(chunks), doc.content_hash, self._rel(target))
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = None
            if not same_file:
                fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".upload", dir=target.parent)
                temp = Path(name)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            try:
                count = store_document(self.store, doc, chunks)
            except Exception as exc:
                if temp is not None:
                    temp.unlink(missing_ok=True)
                raise StoreFailed(f"could not store {doc_id}: {type(exc).__name__}: {exc}") from exc
            if temp is not None:
                os.chmod(temp, 0o644)
                os.replace(temp, target)
            if language is not None:
                self._save_languages(languages)
            for other in self._files(doc_id):
                if other != target:
                    other.unlink(missing_ok=True)        # the same document in another format before
            action = UPDATED if versions else ADDED
            self._record(actor, action, doc_id, doc.content_hash, self._rel(target))
            self._wrote()
        return AddResult(doc_id, action, doc.title, count, doc.content_hash, self._rel(target))

    def add_file(self, actor: Actor, path: Path, doc_id: str | None = None) -> AddResult:
        path = Path(path)
        if not path.is_file():
            raise NotFound(f"no file {path}")
        if doc_id is None:
            try:
                doc_id = path.resolve().relative_to(self.kb_dir.resolve()).with_suffix("").as_posix()
            except ValueError:
                doc_id = None
        limit = formats.max_bytes(path.name)
        if limit and path.stat().st_size > limit:
            raise DocumentError(formats.too_large(path.stat().st_size, limit))
        return self.add(actor, path.read_bytes(), path.name, doc_id, source=path)

    def remove(self, actor: Actor, doc_id: str) -> int:
        """Delete the document from the store and its file(s) from the folder; NotFound if neither exists."""
        doc_id = check_id(doc_id)
        with self.write_lock():
            versions = self.store.document_versions().get(doc_id, set())
            files = self._files(doc_id)
            if not versions and not files:
                raise NotFound(f"no document {doc_id!r}")
            removed = self.store.remove_document(doc_id)
            for path in files:
                path.unlink(missing_ok=True)
            languages = staff_languages(self.kb_dir)
            if languages.pop(doc_id, None) is not None:
                self._save_languages(languages)
            self._record(actor, REMOVED, doc_id, next(iter(versions)) if len(versions) == 1 else "",
                         ", ".join(self._rel(p) for p in files))
            self._wrote()
        return removed

    # -- reads ------------------------------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        self.fresh()
        last = audit.last_changes(self.settings.database)
        out = []
        for stored in self.store.documents():
            files = self._files(stored.id)
            out.append(DocumentInfo(stored, self._rel(files[0]) if files else None, last.get(stored.id)))
        return out

    def show(self, doc_id: str) -> DocumentDetail:
        doc_id = check_id(doc_id)
        self.fresh()
        for info in self.documents():
            if info.stored.id == doc_id:
                return DocumentDetail(info, self.store.chunks_of(doc_id))
        raise NotFound(f"no document {doc_id!r}")

    # -- files ------------------------------------------------------------------------------------------------
    def _save_languages(self, languages: dict[str, str]) -> None:
        """Write staff's languages atomically (a crash leaves the old file, never half a file)."""
        self.kb_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{LANGUAGES_FILE}.", dir=self.kb_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(dict(sorted(languages.items())), handle, indent=1, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, 0o644)
        os.replace(name, self.kb_dir / LANGUAGES_FILE)

    def _target(self, doc_id: str, suffix: str) -> Path:
        root = self.kb_dir.resolve()
        target = (self.kb_dir / f"{doc_id}{suffix}").resolve()
        if not target.is_relative_to(root) or target == root:
            raise InvalidName(f"document id {doc_id!r} points outside the knowledge-base folder")
        return self.kb_dir / f"{doc_id}{suffix}"

    def _files(self, doc_id: str) -> list[Path]:
        root = self.kb_dir.resolve()
        found = []
        for suffix in SUPPORTED_SUFFIXES:
            path = self.kb_dir / f"{doc_id}{suffix}"
            if path.is_file() and path.resolve().is_relative_to(root):
                found.append(path)
        return found

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.kb_dir).as_posix()
        except ValueError:
            return str(path)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False
