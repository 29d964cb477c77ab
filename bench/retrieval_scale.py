"""Retrieval latency at 1k, 10k (and optionally 100k) synthetic sections.

    .venv/bin/python bench/retrieval_scale.py                  # 1k and 10k sections
    .venv/bin/python bench/retrieval_scale.py --with-100k      # also 100k (about a minute to build, ~3 GB RAM)
    .venv/bin/python bench/retrieval_scale.py --chroma         # also Chroma's own HNSW query and revision check

What is timed, per size, over ``--queries`` questions built from the synthetic documents' words:

* ``retrieve``: ``knowledge.retrieval.Retriever.retrieve`` — the path every follower message takes:
  embedding the question (and its words) with the real model, dense scoring of all sections and units,
  lexical matching, cross-lingual word matching. The index is built from a synthetic ``Snapshot``
  (sections with headings, three sentence units each, a vocabulary of terms) with random unit vectors:
  the scores mean nothing, the amount of work is that of a real knowledge base of that size.
  Retrieval keeps per-word work (a word's vector, its nearest knowledge-base words): this line is the
  first pass over the questions, where only words repeated among them (and the warm-up's) are cached;
  the lines below it run with those caches filled. Most question words here are knowledge-base words and
  need no encoder pass (all but the templates' "lange", "dauert"), as most words of a real question are.
* ``retrieve with previous turn``: the same with the previous question as context (a possible follow-up:
  the sections are scored twice, with and without it).
* ``answer``: ``KnowledgeAnswerer.answer`` on top (the pipeline's knowledge stages (choosing units, the decline checks, the reply text).
* ``embed``: embedding one question alone, the floor under every number above.
* with ``--gc-freeze``: the same after ``gc.freeze()`` — with a large index in memory, Python's cyclic garbage
  collector otherwise walks millions of objects during requests (visible even in ``embed``).
* with ``--chroma``: the same vectors in a real embedded Chroma collection; ``store.query`` (HNSW) and
  ``store.revision()``, which the retriever calls once a second to notice changes from other processes.

Each line gives wall-clock p50/p95/max and the thread's CPU time: on a machine other processes keep busy,
wall-clock stretches while CPU time shows what retrieval itself costs. Above
``RetrievalSettings.approximate_above`` sections + units (10k sections here) the dense search probes an
inverted file instead of reading every vector; with random vectors its agreement with the exact search
means nothing, so ``bench/retrieval_approx.py`` measures that on real embeddings.

Target (issue 4): retrieval p95 ≤ 15 ms at 100k sections.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):   # as the action server runs (tandem/stack.py)
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.answerer import KnowledgeAnswerer  # noqa: E402
from knowledge.chunking import Chunk, Unit  # noqa: E402
from knowledge.embedder import DIMENSIONS, get_embedder  # noqa: E402
from knowledge.factory import get_dictionary  # noqa: E402
from knowledge.retrieval import Query, Retriever  # noqa: E402
from knowledge.store import Snapshot  # noqa: E402
from tandem.settings import get_settings  # noqa: E402

UNITS_PER_CHUNK = 3
SYLLABLES = ["ver", "sand", "lie", "fer", "kos", "ten", "rad", "ak", "ku", "ga", "ran", "tie", "rah", "men", "zeit",
             "bat", "te", "rie", "brem", "se", "ket", "te", "lenk", "er", "schal", "tung", "mo", "tor", "rei", "fen"]
COMMON = ["der", "die", "das", "und", "ist", "mit", "für", "von", "wir", "sie", "kostet", "euro", "tage", "the",
          "and", "is", "for", "with", "you", "costs", "days", "bike", "delivery", "price", "warranty", "order"]


def words(rng: random.Random, n: int) -> list[str]:
    vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(n * 2)})
    return vocab[:n]


def unit_vectors(rng: np.random.Generator, n: int) -> np.ndarray:
    m = rng.standard_normal((n, DIMENSIONS), dtype=np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return m


def synthetic(n_chunks: int, seed: int = 7) -> tuple[Snapshot, list[str]]:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    vocab = words(rng, max(2000, min(60_000, n_chunks // 2)))
    chunks, units, questions = [], [], []
    per_doc = 8
    for i in range(n_chunks):
        doc = f"doc{i // per_doc:06d}"
        title = f"Thema {' '.join(rng.sample(vocab, 2))}"
        heading = " ".join(rng.sample(vocab, 2)).title()
        sentences = []
        for _ in range(UNITS_PER_CHUNK):
            body = rng.sample(vocab, rng.randint(6, 11)) + rng.sample(COMMON, 3)
            rng.shuffle(body)
            sentences.append(" ".join(body).capitalize() + f" {rng.randint(2, 99)} €.")
        text = " ".join(sentences)
        chunk_id = f"{doc}#{i % per_doc}"
        start = (i % per_doc) * 400
        chunks.append(Chunk(id=chunk_id, doc_id=doc, title=title, text=text, heading_path=(title, heading),
                            start=start, end=start + len(text)))
        pos = start
        for j, sentence in enumerate(sentences):
            units.append(Unit(id=f"{chunk_id}:{j}", chunk_id=chunk_id, doc_id=doc, text=sentence, kind="sentence",
                              start=pos, end=pos + len(sentence)))
            pos += len(sentence) + 1
        if len(questions) < 2000 and rng.random() < 0.2:
            picked = rng.sample(sentences[0].rstrip(" €.0123456789").split(), 3)
            questions.append(rng.choice(["Was kostet {} {} {}?", "Wie lange dauert {} {} {}?",
                                         "How much is {} {} {}?"]).format(*picked))
    terms = sorted(set(vocab) | set(COMMON))
    snap = Snapshot(chunks=chunks, chunk_vectors=unit_vectors(nrng, len(chunks)), units=units,
                    unit_vectors=unit_vectors(nrng, len(units)), terms=terms,
                    term_vectors=unit_vectors(nrng, len(terms)))
    return snap, questions


class SnapshotStore:
    """Stands in for KnowledgeStore: the retriever only needs ``snapshot()`` and ``revision()``."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap

    def snapshot(self) -> Snapshot:
        return self.snap

    def revision(self) -> str:
        return "fixed"


def percentiles(samples: list[float] | tuple[list[float], list[float]]) -> str:
    """Wall-clock p50/p95/max; with CPU times too (what this thread computed, which other processes on a
    busy machine cannot stretch), their p50/p95 after them."""
    wall, cpu = samples if isinstance(samples, tuple) else (samples, None)
    ms = np.array(wall) * 1000
    out = f"p50 {np.percentile(ms, 50):7.1f} ms   p95 {np.percentile(ms, 95):7.1f} ms   max {ms.max():7.1f} ms"
    if cpu is not None:
        c = np.array(cpu) * 1000
        out += f"   (CPU p50 {np.percentile(c, 50):5.1f} ms, p95 {np.percentile(c, 95):5.1f} ms)"
    return out


def timed(fn, items) -> tuple[list[float], list[float]]:
    """Wall-clock and thread CPU time of ``fn(item)`` per item."""
    wall, cpu = [], []
    for item in items:
        c, t = time.thread_time(), time.perf_counter()
        fn(item)
        wall.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
    return wall, cpu


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def chroma_numbers(snap: Snapshot, questions: list[str], n_queries: int) -> None:
    from knowledge.store import KnowledgeStore, open_client

    embedder = get_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "scale-bench", embedder)
        collection = store._collection
        t = time.perf_counter()
        batch = 5000
        for i in range(0, len(snap.chunks), batch):
            part = snap.chunks[i:i + batch]
            collection.add(ids=[c.id for c in part], embeddings=list(snap.chunk_vectors[i:i + batch]),
                           documents=[c.text for c in part],
                           metadatas=[{"kind": "chunk", "doc_id": c.doc_id, "chunk_id": c.id, "title": c.title,
                                       "start": c.start, "end": c.end} for c in part])
        for i in range(0, len(snap.units), batch):
            part = snap.units[i:i + batch]
            collection.add(ids=[u.id for u in part], embeddings=list(snap.unit_vectors[i:i + batch]),
                           documents=[u.text for u in part],
                           metadatas=[{"kind": "unit", "doc_id": u.doc_id, "chunk_id": u.chunk_id, "unit_id": u.id}
                                      for u in part])
        print(f"  chroma: {len(snap.chunks) + len(snap.units)} records added in {time.perf_counter() - t:.1f} s")
        print(f"  store.revision() before any put_document (hash of all ids) "
              f"{percentiles(timed(lambda _: store.revision(), range(5)))}")
        store._changed()        # what put_document/remove_document do after writing
        vectors = embedder.embed(questions[:n_queries])
        store.query(vectors[0], k=8)
        print(f"  chroma query (HNSW, k=8)     {percentiles(timed(lambda v: store.query(v, k=8), vectors))}")
        print(f"  store.revision()             {percentiles(timed(lambda _: store.revision(), range(10)))}")


def run(size: int, n_queries: int, with_chroma: bool, freeze: bool = False) -> None:
    t = time.perf_counter()
    snap, questions = synthetic(size)
    built = time.perf_counter() - t
    retriever = Retriever(SnapshotStore(snap), get_embedder(), dictionary=get_dictionary(get_settings()))
    t = time.perf_counter()
    retriever.warm_up()
    indexed = time.perf_counter() - t
    if freeze:
        gc.collect()
        gc.freeze()     # the index's millions of objects leave the cyclic GC's generations
    answerer = KnowledgeAnswerer(retriever)
    questions = (questions * (n_queries // max(len(questions), 1) + 1))[:n_queries]
    print(f"\n{size:,} sections, {len(snap.units):,} units, {len(snap.terms):,} terms "
          f"(generated {built:.1f} s, index built {indexed:.1f} s, peak RSS {rss_mb():,.0f} MB)")
    embedder = get_embedder()
    for q in questions[:10]:
        retriever.retrieve(Query(q))
    print(f"  embed one question           {percentiles(timed(embedder.embed_one, questions))}")
    print(f"  retrieve                     {percentiles(timed(lambda q: retriever.retrieve(Query(q)), questions))}")
    pairs = list(zip(questions, questions[1:] + questions[:1]))
    print(f"  retrieve with previous turn  "
          f"{percentiles(timed(lambda p: retriever.retrieve(Query(p[0], context=p[1])), pairs))}")
    print(f"  answer (retrieve + reply)    {percentiles(timed(lambda q: answerer.answer(q, 'de'), questions))}")
    index = retriever.index()
    ann, term_ann = getattr(index, "ann", None), getattr(index, "term_ann", None)
    print("  dense search: " + (f"inverted file, {len(ann.centroids)} lists, approximate (quality on real "
                                "embeddings: bench/retrieval_approx.py)" if ann is not None else "every vector, exact")
          + "; word matching: " + ("inverted file" if term_ann is not None else "every word"))
    if with_chroma:
        chroma_numbers(snap, questions, n_queries)
    if freeze:
        gc.unfreeze()
    gc.collect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated section counts")
    parser.add_argument("--with-100k", action="store_true", help="add a 100,000-section run")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--chroma", action="store_true", help="also time Chroma's HNSW query and revision()")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() after building the index (what the action server could do after a reload)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.with_100k and 100_000 not in sizes:
        sizes.append(100_000)
    print(f"retrieval latency, {args.queries} questions per size, random vectors, real question embeddings"
          + (", gc.freeze() after indexing" if args.gc_freeze else ""))
    for size in sizes:
        run(size, args.queries, args.chroma, args.gc_freeze)


if __name__ == "__main__":
    main()
