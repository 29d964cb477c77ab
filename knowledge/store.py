"""The knowledge base's home in Chroma: an embedded folder by default, a Chroma server when configured.

Chunks of one document are written in a single ``add`` call under ids that carry the document's content
hash, and the previous version's chunks are deleted only afterwards. A crash mid-update therefore leaves
the old version searchable (and the next sync finishes the job), never half a document.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from knowledge.chunking import Chunk
from knowledge.documents import Document
from knowledge.embedder import Embedder, TandemEmbeddingFunction


def open_client(chroma_url: str | None, chroma_dir: Path) -> chromadb.ClientAPI:
    """``HttpClient`` for a Chroma server URL, else a ``PersistentClient`` in ``chroma_dir``."""
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        parsed = urlparse(chroma_url)
        if not parsed.hostname:
            raise ValueError(f"TANDEM_CHROMA_URL is not a URL: {chroma_url!r}")
        return chromadb.HttpClient(host=parsed.hostname, port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                                   ssl=parsed.scheme == "https", settings=settings)
    chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=settings)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float


class KnowledgeStore:
    def __init__(self, client: chromadb.ClientAPI, collection: str, embedder: Embedder) -> None:
        self._embedder = embedder
        self._collection = client.get_or_create_collection(
            collection, embedding_function=TandemEmbeddingFunction(), configuration={"hnsw": {"space": "cosine"}},
        )

    def document_hashes(self) -> dict[str, str]:
        """Content hash of every stored document, read from its chunks' metadata."""
        metas = self._collection.get(include=["metadatas"])["metadatas"] or []
        return {m["doc_id"]: m["doc_hash"] for m in metas}

    def put_document(self, doc: Document, chunks: list[Chunk]) -> None:
        if not chunks:
            raise ValueError(f"document {doc.id} has no text to store")
        old_ids = self._chunk_ids(doc.id)
        version = doc.content_hash[:12]
        ids = [f"{doc.id}@{version}#{i}" for i in range(len(chunks))]
        embeddings = self._embedder.embed([c.embed_text for c in chunks])
        self._collection.upsert(
            ids=ids, embeddings=list(embeddings), documents=[c.text for c in chunks],
            metadatas=[_metadata(doc, c) for c in chunks],
        )
        stale = [i for i in old_ids if i not in set(ids)]
        if stale:
            self._collection.delete(ids=stale)

    def remove_document(self, doc_id: str) -> int:
        ids = self._chunk_ids(doc_id)
        if ids:
            self._collection.delete(ids=ids)
        return len(ids)

    def count(self) -> int:
        return self._collection.count()

    def query(self, embedding: np.ndarray, k: int = 10) -> list[Hit]:
        if self._collection.count() == 0:
            return []
        result = self._collection.query(query_embeddings=[embedding], n_results=k,
                                        include=["documents", "metadatas", "distances"])
        hits = []
        for text, meta, distance in zip(result["documents"][0], result["metadatas"][0], result["distances"][0]):
            hits.append(Hit(chunk=_chunk(text, meta), score=1.0 - float(distance)))
        return hits

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        got = self._collection.get(where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [_chunk(t, m) for t, m in zip(got["documents"], got["metadatas"])]
        return sorted(chunks, key=lambda c: c.start)

    def _chunk_ids(self, doc_id: str) -> list[str]:
        return self._collection.get(where={"doc_id": doc_id}, include=[])["ids"]


def _metadata(doc: Document, chunk: Chunk) -> dict:
    return {
        "doc_id": doc.id, "doc_hash": doc.content_hash, "title": chunk.title, "url": chunk.url or "",
        "language": chunk.language or "", "headings": "\x1f".join(chunk.heading_path),
        "start": chunk.start, "end": chunk.end, "chunk_id": chunk.id,
    }


def _chunk(text: str, meta: dict) -> Chunk:
    return Chunk(
        id=meta["chunk_id"], doc_id=meta["doc_id"], title=meta["title"], text=text,
        heading_path=tuple(h for h in meta.get("headings", "").split("\x1f") if h),
        url=meta.get("url") or None, language=meta.get("language") or None,
        start=int(meta.get("start", 0)), end=int(meta.get("end", 0)),
    )
