"""The knowledge base's home in Chroma: an embedded folder by default, a Chroma server when configured.

All chunks of a document are written in a single ``upsert`` call (a sync puts several whole documents
in that call) under ids that carry the document's content hash, and the previous version's chunks are
deleted only afterwards. A crash mid-update therefore leaves the old version searchable (and the next sync
finishes the job), never half a document.

Two granularities live side by side in the collection (metadata ``kind``): sections ("chunk") and their
quotable units ("unit": sentences, list items, table rows, Q&A pairs), both embedded once at sync time.
A second collection holds one embedding per distinct word of the knowledge base ("terms"): retrieval uses
it to match a question's words to the knowledge base's words across languages ("refund" → "Erstattung").
A third ("meta") holds one record whose value every completed write changes: ``revision()`` reads it, so
the retriever can ask once a second whether to reload, however large the knowledge base.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from knowledge.chunking import Chunk, Unit, chunk_units
from knowledge.documents import Document
from knowledge.embedder import Embedder, TandemEmbeddingFunction
from knowledge.text import tokens

SCHEMA = 4          # bump when what is stored per document changes: older documents are re-indexed
PAGE = 2000
REVISION_ID = "revision"


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
    dense: float = 0.0
    lexical: float = 0.0
    units: tuple = ()


@dataclass
class Snapshot:
    """Everything retrieval needs, read from the store in one go."""
    chunks: list[Chunk] = field(default_factory=list)
    chunk_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 512), dtype=np.float32))
    units: list[Unit] = field(default_factory=list)
    unit_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 512), dtype=np.float32))
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    term_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 512), dtype=np.float32))


class KnowledgeStore:
    def __init__(self, client: chromadb.ClientAPI, collection: str, embedder: Embedder) -> None:
        self._embedder = embedder
        self._collection = client.get_or_create_collection(
            collection, embedding_function=TandemEmbeddingFunction(), configuration={"hnsw": {"space": "cosine"}},
        )
        self._terms = client.get_or_create_collection(
            f"{collection}-terms", embedding_function=TandemEmbeddingFunction(),
            configuration={"hnsw": {"space": "cosine"}},
        )
        self._meta = client.get_or_create_collection(
            f"{collection}-meta", embedding_function=TandemEmbeddingFunction(),
            configuration={"hnsw": {"space": "cosine"}},
        )

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def document_hashes(self) -> dict[str, str]:
        """Content hash of every stored document, read from its chunks' metadata.

        A document stored by an older version of this code reports an empty hash, so sync re-indexes it.
        """
        hashes: dict[str, str] = {}
        for meta in self._all("metadatas"):
            current = meta.get("schema") == SCHEMA
            previous = hashes.get(meta["doc_id"])
            hashes[meta["doc_id"]] = meta["doc_hash"] if current and previous != "" else ""
        return hashes

    def put_document(self, doc: Document, chunks: list[Chunk]) -> None:
        self.put_documents([(doc, chunks)])

    def put_documents(self, batch: list[tuple[Document, list[Chunk]]]) -> None:
        """Write whole documents (each with its chunks) in one record write, then delete what their
        previous versions left.

        All sections and units of every document in ``batch`` go into *one* ``upsert`` call (the caller
        keeps the batch within ``max_records``), so a crash leaves each document either at its old version
        or, if it struck after that call, at both complete versions (the next sync removes the older). The
        documents' new words go in first: once a document's records are stored, its words are too.
        """
        if not batch:
            return
        for doc, chunks in batch:
            if not chunks:
                raise ValueError(f"document {doc.id} has no text to store")
        ids: list[str] = []
        texts: list[str] = []
        sections: list[int] = []
        documents: list[str] = []
        metadatas: list[dict] = []
        for doc, chunks in batch:
            version = doc.content_hash[:12]
            units = [(i, u) for i, c in enumerate(chunks) for u in chunk_units(c)]
            first = len(texts)
            ids += [f"{doc.id}@{version}#{i}" for i in range(len(chunks))]
            ids += [f"{doc.id}@{version}#{i}:{u.id.rsplit(':', 1)[1]}" for i, u in units]
            texts += [c.embed_text for c in chunks] + [u.embed_text(chunks[i]) for i, u in units]
            sections += [first + i for i in range(len(chunks))] + [first + i for i, _ in units]
            documents += [c.text for c in chunks] + [u.text for _, u in units]
            metadatas += [_metadata(doc, c) for c in chunks] + [_unit_metadata(doc, u) for _, u in units]
        old_ids = self._ids_of([doc.id for doc, _ in batch])
        embeddings = _embed_passages(self._embedder, texts, sections)
        self._add_terms([doc for doc, _ in batch])
        self._collection.upsert(ids=ids, embeddings=embeddings, documents=documents, metadatas=metadatas)
        written = set(ids)
        stale = [i for i in old_ids if i not in written]
        if stale:
            self._collection.delete(ids=stale)
        self._changed()

    def _ids_of(self, doc_ids: list[str]) -> list[str]:
        """Ids of every record the documents have in the store."""
        if len(doc_ids) == 1:
            return self._chunk_ids(doc_ids[0])
        out: list[str] = []
        for i in range(0, len(doc_ids), PAGE):
            out += self._collection.get(where={"doc_id": {"$in": doc_ids[i:i + PAGE]}}, include=[])["ids"]
        return out

    def _add_terms(self, docs: list[Document]) -> None:
        """Embed and store the words of ``docs`` the terms collection does not hold yet (it holds each word
        once, whichever document brought it: later documents reuse it)."""
        words: set[str] = set()
        for doc in docs:
            words.update(w for w in tokens(" ".join((doc.title, " ".join(doc.tags), doc.text))) if len(w) > 1)
        if not words:
            return
        ordered = sorted(words)
        known = set()
        for i in range(0, len(ordered), PAGE):
            known.update(self._terms.get(ids=ordered[i:i + PAGE], include=[])["ids"])
        new = [w for w in ordered if w not in known]
        for i in range(0, len(new), PAGE):
            batch = new[i:i + PAGE]
            self._terms.upsert(ids=batch, documents=batch, embeddings=self._embedder.embed(batch))

    def revision(self) -> str:
        """A fingerprint of the stored content: it changes whenever a document is added, changed or removed.

        It is the value every completed ``put_document``/``remove_document`` writes (one record read,
        whatever the store's size). A store no write of this version has touched yet gets a hash of all
        record ids (the former way, which reads every id: seconds at 100k sections).
        """
        got = self._meta.get(ids=[REVISION_ID], include=["metadatas"])
        if got["ids"]:
            return str(got["metadatas"][0]["revision"])
        digest = hashlib.sha1()
        for i in sorted(self._all_ids()):
            digest.update(i.encode())
        return digest.hexdigest()

    def _changed(self) -> None:
        """A write completed: give the store a new revision (other processes reload on seeing it)."""
        self._meta.upsert(ids=[REVISION_ID], embeddings=[[1.0]], metadatas=[{"revision": uuid.uuid4().hex}])

    def snapshot(self) -> Snapshot:
        """All sections, units and terms with their embeddings, for in-memory search."""
        snap = Snapshot()
        chunk_vecs, unit_vecs = [], []
        offset = 0
        while True:
            got = self._collection.get(include=["embeddings", "documents", "metadatas"], limit=PAGE, offset=offset)
            if not got["ids"]:
                break
            for text, meta, vec in zip(got["documents"], got["metadatas"], got["embeddings"]):
                if meta.get("kind", "chunk") == "unit":
                    snap.units.append(_unit(text, meta))
                    unit_vecs.append(vec)
                else:
                    snap.chunks.append(_chunk(text, meta))
                    chunk_vecs.append(vec)
                    if meta.get("tags"):
                        snap.tags[meta["doc_id"]] = tuple(meta["tags"].split("\x1f"))
            offset += len(got["ids"])
        order = sorted(range(len(snap.chunks)), key=lambda i: (snap.chunks[i].doc_id, snap.chunks[i].start))
        snap.chunks = [snap.chunks[i] for i in order]
        snap.chunk_vectors = _matrix([chunk_vecs[i] for i in order])
        order = sorted(range(len(snap.units)), key=lambda i: (snap.units[i].doc_id, snap.units[i].start,
                                                               _unit_index(snap.units[i])))
        snap.units = [snap.units[i] for i in order]
        snap.unit_vectors = _matrix([unit_vecs[i] for i in order])
        offset, term_vecs = 0, []
        while True:
            got = self._terms.get(include=["embeddings"], limit=PAGE * 5, offset=offset)
            if not got["ids"]:
                break
            snap.terms.extend(got["ids"])
            term_vecs.extend(got["embeddings"])
            offset += len(got["ids"])
        snap.term_vectors = _matrix(term_vecs)
        return snap

    def _all(self, what: str) -> list:
        out, offset = [], 0
        while True:
            got = self._collection.get(include=[what], limit=PAGE * 5, offset=offset)
            if not got["ids"]:
                return out
            out.extend(got[what])
            offset += len(got["ids"])

    def _all_ids(self) -> list[str]:
        out, offset = [], 0
        while True:
            got = self._collection.get(include=[], limit=PAGE * 5, offset=offset)
            if not got["ids"]:
                return out
            out.extend(got["ids"])
            offset += len(got["ids"])

    def remove_document(self, doc_id: str) -> int:
        ids = self._chunk_ids(doc_id)
        if ids:
            self._collection.delete(ids=ids)
            self._changed()
        return len(ids)

    def count(self) -> int:
        """Number of stored sections (chunks)."""
        return len(self._collection.get(where={"kind": "chunk"}, include=[])["ids"])

    def query(self, embedding: np.ndarray, k: int = 10) -> list[Hit]:
        """Nearest sections by cosine similarity (Chroma's own index)."""
        if self._collection.count() == 0:
            return []
        result = self._collection.query(query_embeddings=[embedding], n_results=k, where={"kind": "chunk"},
                                        include=["documents", "metadatas", "distances"])
        hits = []
        for text, meta, distance in zip(result["documents"][0], result["metadatas"][0], result["distances"][0]):
            hits.append(Hit(chunk=_chunk(text, meta), score=1.0 - float(distance)))
        return hits

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        got = self._collection.get(where={"$and": [{"doc_id": doc_id}, {"kind": "chunk"}]},
                                   include=["documents", "metadatas"])
        chunks = [_chunk(t, m) for t, m in zip(got["documents"], got["metadatas"])]
        return sorted(chunks, key=lambda c: c.start)

    # -- staff administration (additions for the kb commands, API and page) ----------------------------------
    def documents(self) -> list["StoredDocument"]:
        """Every stored document with its section and unit counts, sorted by id (metadata only: no vectors)."""
        found: dict[str, dict] = {}
        for meta in self._all("metadatas"):
            entry = found.setdefault(meta["doc_id"], {"hashes": set(), "chunks": 0, "units": 0, "meta": None})
            entry["hashes"].add(meta.get("doc_hash", ""))
            if meta.get("kind", "chunk") == "unit":
                entry["units"] += 1
            else:
                entry["chunks"] += 1
                if entry["meta"] is None or int(meta.get("start", 0)) < int(entry["meta"].get("start", 0)):
                    entry["meta"] = meta
        out = []
        for doc_id, entry in sorted(found.items()):
            meta = entry["meta"] or {}
            hashes = sorted(h for h in entry["hashes"] if h)
            out.append(StoredDocument(
                id=doc_id, title=meta.get("title", doc_id), url=(meta.get("url") or "").split("#", 1)[0] or None,
                language=meta.get("language") or None, tags=tuple(t for t in meta.get("tags", "").split("\x1f") if t),
                content_hash=hashes[0] if len(hashes) == 1 else "", chunks=entry["chunks"], units=entry["units"],
                versions=len(entry["hashes"]),
            ))
        return out

    def document_versions(self) -> dict[str, set[str]]:
        """Content hashes stored per document. Two of them mean an update stopped between writing the new
        version and deleting the old one (a crash): the document must be written again."""
        versions: dict[str, set[str]] = {}
        for meta in self._all("metadatas"):
            versions.setdefault(meta["doc_id"], set()).add(meta.get("doc_hash", ""))
        return versions

    def units_of(self, doc_id: str) -> list[Unit]:
        got = self._collection.get(where={"$and": [{"doc_id": doc_id}, {"kind": "unit"}]},
                                   include=["documents", "metadatas"])
        units = [_unit(t, m) for t, m in zip(got["documents"], got["metadatas"])]
        return sorted(units, key=lambda u: (u.start, _unit_index(u)))

    def max_records(self) -> int:
        """How many records one write may hold: a document is written in one call (all or nothing), so a
        document with more sections and units than this cannot be stored and must be split."""
        try:
            return int(self._collection._client.get_max_batch_size())
        except Exception:  # noqa: BLE001 - an old or remote client without the call: Chroma's usual SQLite limit
            return 5461

    def is_embedded(self) -> bool:
        settings = self._collection._client.get_settings()
        return bool(settings.is_persistent and settings.persist_directory)

    def reopen(self) -> bool:
        """Open the embedded store afresh so that records written by *other processes* become visible.

        An embedded (``PersistentClient``) Chroma keeps its vector index in memory per process: after another
        process (``tandem kb sync``, the API's upload) adds records, this process still sees their ids and
        metadata, but their vectors are missing ("Error finding id") until it opens the folder again. A Chroma
        server (``TANDEM_CHROMA_URL``) has no such problem; there this does nothing and returns False.
        """
        from chromadb.api.shared_system_client import SharedSystemClient

        settings = self._collection._client.get_settings()
        if not (settings.is_persistent and settings.persist_directory):
            return False
        identifier = SharedSystemClient._get_identifier_from_settings(settings)
        with SharedSystemClient._refcount_lock:
            # Take the cached system out of the cache so the new client gets a fresh one. The old one is not
            # stopped: another thread may be reading through it right now; it is freed once unreferenced.
            SharedSystemClient._identifier_to_system.pop(identifier, None)
            SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        client = chromadb.PersistentClient(path=settings.persist_directory, settings=settings)
        self._collection = client.get_collection(self._collection.name, embedding_function=TandemEmbeddingFunction())
        self._terms = client.get_collection(self._terms.name, embedding_function=TandemEmbeddingFunction())
        self._meta = client.get_or_create_collection(self._meta.name, embedding_function=TandemEmbeddingFunction(),
                                                     configuration={"hnsw": {"space": "cosine"}})
        return True

    def _chunk_ids(self, doc_id: str) -> list[str]:
        return self._collection.get(where={"doc_id": doc_id}, include=[])["ids"]


def _embed_passages(embedder: Embedder, texts: list[str], sections: list[int]) -> np.ndarray:
    """Embeddings of documents' section and unit texts (``sections[k]``: the section text k belongs to).

    A unit repeats its section's title and words, so the texts are embedded section by section (each
    section next to its units) with ``Embedder.embed_passages``, which computes what they share once.
    A text met again (a one-sentence section and its unit, a title repeated in a table) is embedded once
    and its vector reused.
    """
    embed = getattr(embedder, "embed_passages", None)
    if embed is None:
        return embedder.embed(texts)
    order = sorted(range(len(texts)), key=lambda k: sections[k])        # stable: each section before its units
    distinct: dict[str, int] = {}
    for k in order:
        distinct.setdefault(texts[k], len(distinct))
    vectors = embed(list(distinct))
    return vectors[[distinct[text] for text in texts]]


def _metadata(doc: Document, chunk: Chunk) -> dict:
    return {
        "kind": "chunk", "schema": SCHEMA,
        "doc_id": doc.id, "doc_hash": doc.content_hash, "title": chunk.title, "url": chunk.url or "",
        "language": chunk.language or "", "headings": "\x1f".join(chunk.heading_path),
        "start": chunk.start, "end": chunk.end, "chunk_id": chunk.id, "tags": "\x1f".join(doc.tags),
    }


def _unit_metadata(doc: Document, unit: Unit) -> dict:
    return {
        "kind": "unit", "schema": SCHEMA, "doc_id": doc.id, "doc_hash": doc.content_hash,
        "chunk_id": unit.chunk_id, "unit_id": unit.id, "unit_kind": unit.kind, "lead": unit.lead,
        "start": unit.start, "end": unit.end,
    }


def _unit(text: str, meta: dict) -> Unit:
    return Unit(id=meta["unit_id"], chunk_id=meta["chunk_id"], doc_id=meta["doc_id"], text=text,
                kind=meta.get("unit_kind", "sentence"), start=int(meta.get("start", 0)),
                end=int(meta.get("end", 0)), lead=meta.get("lead", ""))


def _unit_index(unit: Unit) -> int:
    return int(unit.id.rsplit(":", 1)[1])


def _matrix(rows: list) -> np.ndarray:
    if not len(rows):
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(rows, dtype=np.float32)


def _chunk(text: str, meta: dict) -> Chunk:
    return Chunk(
        id=meta["chunk_id"], doc_id=meta["doc_id"], title=meta["title"], text=text,
        heading_path=tuple(h for h in meta.get("headings", "").split("\x1f") if h),
        url=meta.get("url") or None, language=meta.get("language") or None,
        start=int(meta.get("start", 0)), end=int(meta.get("end", 0)),
    )


# --- Staff administration (listing, repair, cross-process freshness) ------------------------------------------------

@dataclass(frozen=True)
class StoredDocument:
    """One document as the store holds it: what the staff list and `tandem kb show` display."""
    id: str
    title: str
    url: str | None
    language: str | None
    tags: tuple[str, ...]
    content_hash: str
    chunks: int
    units: int = 0
    versions: int = 1      # more than one: an update was interrupted; the next sync repairs it
