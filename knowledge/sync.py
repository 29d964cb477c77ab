"""Bringing the store in line with a knowledge-base folder, by content hash.

New documents are added, changed ones re-embedded, deleted ones removed, the rest left alone. A document
that cannot be read is reported with its reason and changes nothing already stored; the others go on.

Why a crash cannot leave half a document: ``KnowledgeStore.put_documents`` writes all sections and units of
the new versions of a batch of whole documents in *one* store call, under ids that carry each version's
content hash, and deletes the old versions' records only afterwards. Killed before that call completes,
the old versions are untouched; killed between the write and the delete, both complete versions are
stored: ``document_versions`` then reports two hashes for such a document and the next sync writes it
again, which deletes the stale one. A document too large for one store call is refused (split it) rather
than written in pieces; a batch never holds part of a document.

Why batches: each store call costs a fixed 20–40 ms in Chroma and each embedding call its own overhead, so
one call per document spent more time on calls than on records. A batch closes at ``BATCH_RECORDS``
records (or the store's own limit). Should the store refuse a batch, its documents are written one by
one, so that only the document the store refuses is reported failed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.blas import blas_threads
from knowledge.chunking import Chunk, chunk_document, chunk_units
from knowledge.documents import Document, load_folder

if TYPE_CHECKING:
    from knowledge.store import KnowledgeStore

ADDED, UPDATED, REMOVED = "added", "updated", "removed"
ChangeHook = Callable[[str, str, str], None]          # (action, doc_id, content_hash)
Progress = Callable[[Iterable[Document]], Iterable[Document]]

BATCH_RECORDS = 1000    # sections + units per store write during a sync (several whole documents)
INGEST_BLAS_THREADS = 1  # OpenBLAS threads while embedding for the store (see knowledge/blas.py)


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0            # sections written in this sync

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
                f"{len(self.unchanged)} unchanged, {len(self.failed)} failed")

    def as_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "removed": self.removed, "unchanged": self.unchanged,
                "failed": [{"path": p, "reason": r} for p, r in self.failed], "chunks": self.chunks}


class TooLarge(ValueError):
    pass


def prepare(store: KnowledgeStore, doc: Document) -> list[Chunk]:
    """The document's chunks, checked to fit one store write (all or nothing)."""
    return _prepare(store, doc, store.max_records())[0]


def _prepare(store: KnowledgeStore, doc: Document, limit: int) -> tuple[list[Chunk], int]:
    """The document's chunks and its number of records (sections and units), checked against ``limit``."""
    chunks = chunk_document(doc)
    if not chunks:
        raise TooLarge("no text to index")
    records = len(chunks) + sum(len(chunk_units(c)) for c in chunks)
    if records > limit:
        raise TooLarge(f"too large to index in one piece ({records} passages, at most {limit}); split the document")
    return chunks, records


def store_document(store: KnowledgeStore, doc: Document, chunks: list[Chunk] | None = None) -> int:
    """Write one document (new version first, old one deleted after); returns its number of sections."""
    chunks = chunks if chunks is not None else prepare(store, doc)
    with blas_threads(INGEST_BLAS_THREADS):
        store.put_document(doc, chunks)
    return len(chunks)


def sync_folder(store: KnowledgeStore, folder: Path, *, progress: Progress | None = None,
                on_change: ChangeHook | None = None) -> SyncReport:
    loaded = load_folder(folder, progress=progress)
    report = SyncReport(failed=list(loaded.failures))
    versions = store.document_versions()
    stored = {doc_id: (next(iter(hashes)) if len(hashes) == 1 else "") for doc_id, hashes in versions.items()}
    current = store.document_hashes()      # "" for records of an older schema: those are re-indexed too
    failed_ids = {Path(path).with_suffix("").as_posix() for path, _ in loaded.failures}
    documents = progress(loaded.documents) if progress else loaded.documents
    limit = store.max_records()
    batch: list[tuple[Document, list[Chunk]]] = []
    size = 0

    def write() -> None:
        nonlocal batch, size
        for doc, chunks in _write(store, batch, report, folder):
            report.chunks += len(chunks)
            action = UPDATED if doc.id in versions else ADDED
            (report.updated if action == UPDATED else report.added).append(doc.id)
            if on_change:
                on_change(action, doc.id, doc.content_hash)
        batch, size = [], 0

    with blas_threads(INGEST_BLAS_THREADS):
        for doc in documents:
            previous = stored.get(doc.id)
            if previous == doc.content_hash and current.get(doc.id) == doc.content_hash:
                report.unchanged.append(doc.id)
                continue
            try:
                chunks, records = _prepare(store, doc, limit)
            except TooLarge as exc:
                report.failed.append((_rel(doc, folder), str(exc)))
                continue
            if batch and size + records > min(limit, BATCH_RECORDS):
                write()
            batch.append((doc, chunks))
            size += records
        write()
    present = {d.id for d in loaded.documents} | failed_ids
    for doc_id in sorted(set(versions) - present):
        store.remove_document(doc_id)
        report.removed.append(doc_id)
        if on_change:
            on_change(REMOVED, doc_id, stored.get(doc_id) or "")
    return report


def _write(store: KnowledgeStore, batch: list[tuple[Document, list[Chunk]]], report: SyncReport,
           folder: Path) -> list[tuple[Document, list[Chunk]]]:
    """Store a batch of whole documents; returns those written. If the store refuses the batch, each
    document is tried alone, and the ones it still refuses are reported failed."""
    if not batch:
        return []
    try:
        store.put_documents(batch)
        return batch
    except Exception as exc:  # noqa: BLE001 - the store refused something in this batch; find out what
        if len(batch) == 1:
            report.failed.append((_rel(batch[0][0], folder), f"could not store: {type(exc).__name__}: {exc}"))
            return []
    written = []
    for item in batch:
        written += _write(store, [item], report, folder)
    return written


def _rel(doc: Document, folder: Path) -> str:
    try:
        return Path(doc.path).relative_to(folder).as_posix()
    except ValueError:
        return doc.path or doc.id
