"""Bringing the store in line with a knowledge-base folder, by content hash.

New documents are added, changed ones re-embedded, deleted ones removed, the rest left alone. A document
that cannot be read is reported with its reason and changes nothing already stored.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.chunking import chunk_document
from knowledge.documents import load_folder
from knowledge.store import KnowledgeStore


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
                f"{len(self.unchanged)} unchanged, {len(self.failed)} failed")


def sync_folder(store: KnowledgeStore, folder: Path) -> SyncReport:
    loaded = load_folder(folder)
    report = SyncReport(failed=list(loaded.failures))
    stored = store.document_hashes()
    failed_ids = {Path(path).with_suffix("").as_posix() for path, _ in loaded.failures}
    for doc in loaded.documents:
        previous = stored.get(doc.id)
        if previous == doc.content_hash:
            report.unchanged.append(doc.id)
            continue
        chunks = chunk_document(doc)
        if not chunks:
            report.failed.append((doc.path, "no text to index"))
            continue
        store.put_document(doc, chunks)
        (report.updated if previous else report.added).append(doc.id)
    present = {d.id for d in loaded.documents} | failed_ids
    for doc_id in sorted(set(stored) - present):
        store.remove_document(doc_id)
        report.removed.append(doc_id)
    return report
