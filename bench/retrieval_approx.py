"""How much the approximate dense search of large knowledge bases changes answers, on real embeddings.

    .venv/bin/python bench/retrieval_approx.py ../shared/eval/dev [--distractors 50000]

Above ``RetrievalSettings.approximate_above`` sections + units, retrieval probes an inverted file (a few
dozen of its ~2·√n lists) for candidate sections instead of scoring every vector. ``retrieval_scale.py``
times that on random vectors, where nearness means nothing; this measures what it costs in quality.
The evaluation set's knowledge base is synced into a temporary embedded Chroma store and padded with
one-word sections written into the same collection ("distractors": German and English words from the
spell-checker vocabularies, embedded with the real model, so they crowd the real sections' neighbourhood
as a large knowledge base would). Every user turn of the set (alone, and with its previous turn as context)
is then retrieved and answered twice — approximate (forced on) and exact (every vector scored) — and the
top section, the top-8 overlap and the reply text with its citations are compared. The word matching is
exact in both runs; ``--terms`` also writes the distractor words into the store's words and matches the
question's words through an inverted file of them, compared with the exact matches.
``retrieval_candidates.py`` compares the candidate search alone with Chroma's own HNSW index.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.answerer import KnowledgeAnswerer  # noqa: E402
from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.retrieval import Query, RetrievalSettings, Retriever  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402


def vocabulary(n: int) -> list[str]:
    from spellchecker import SpellChecker

    words: list[str] = []
    for lang in ("de", "en"):
        frequency = SpellChecker(language=lang).word_frequency.dictionary
        words += [w for w, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))[:n] if w.isalpha() and len(w) > 2]
    return sorted(set(words))[:n]


def add_distractors(store: KnowledgeStore, words: list[str], vectors: np.ndarray, start: int = 0,
                    batch: int = 2000) -> float:
    """Write one-word sections into the store's collection as a sync would (kind chunk, a document each), so
    that Chroma indexes them like any section; seconds taken."""
    t = time.perf_counter()
    for i in range(0, len(words), batch):
        part = range(i, min(i + batch, len(words)))
        store._collection.add(
            ids=[f"zz-distractor/{start + j}@0#0" for j in part],
            embeddings=vectors[i:i + batch], documents=[words[j] for j in part],
            metadatas=[{"kind": "chunk", "schema": 2, "doc_id": f"zz-distractor/{start + j}", "doc_hash": "0",
                        "title": words[j].title(), "url": "", "language": "", "tags": "",
                        "chunk_id": f"zz-distractor/{start + j}#0", "start": 0, "end": len(words[j]),
                        "headings": words[j].title()} for j in part])
    store._changed()
    return time.perf_counter() - t


def distractor_vectors(embedder, words: list[str], cache: Path | None) -> np.ndarray:
    """The words' unit-length embeddings, kept in ``cache`` (.npz) between runs when given."""
    if cache and cache.exists():
        got = np.load(cache)
        row = {w: i for i, w in enumerate(got["words"].tolist())}
        if all(w in row for w in words):
            return got["vectors"][[row[w] for w in words]]
    vectors = embedder.embed(words).astype(np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    if cache:
        np.savez(cache, words=np.array(words), vectors=vectors)
    return vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--distractors", type=int, default=50_000)
    parser.add_argument("--terms", action="store_true", help="also match words through an inverted file")
    parser.add_argument("--vectors", type=Path, help="keep the distractor words' vectors in this .npz between runs")
    args = parser.parse_args()
    embedder = get_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "approx-bench", embedder)
        sync_folder(store, args.set_dir / "kb")
        snap = store.snapshot()
        t = time.perf_counter()
        words = vocabulary(args.distractors)
        vectors = distractor_vectors(embedder, words, args.vectors)
        print(f"{len(snap.chunks)} sections, {len(snap.units)} units, {len(snap.terms)} words of the knowledge base; "
              f"{len(words)} distractor sections embedded in {time.perf_counter() - t:.0f} s")
        spent = add_distractors(store, words, vectors)
        if args.terms:
            for i in range(0, len(words), 2000):
                store._terms.upsert(ids=words[i:i + 2000], documents=words[i:i + 2000], embeddings=vectors[i:i + 2000])
        print(f"distractors written to Chroma in {spent:.1f} s")
        config = RetrievalSettings(approximate_above=0, approximate_terms_above=0 if args.terms else 10**12)
        approx = Retriever(store, embedder, config)
        t = time.perf_counter()
        approx.warm_up()
        index = approx.index()
        print(f"index with inverted files built in {time.perf_counter() - t:.1f} s ({len(index.ann.centroids)} lists"
              + (f", words: {len(index.term_ann.centroids)} lists" if index.term_ann is not None else "") + ")")
        exact = Retriever(store, embedder, config.model_copy(update={"approximate_above": 10**12,
                                                                     "approximate_terms_above": 10**12}))
        exact.warm_up()
        compare(args.set_dir, approx, exact)


def compare(set_dir: Path, approx: Retriever, exact: Retriever) -> None:
    turns = []
    for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        texts = case["turns"]
        turns += [(text, "", case["lang"]) for text in texts]
        turns += [(texts[i], texts[i - 1], case["lang"]) for i in range(1, len(texts))]
    top1 = overlap = same_answer = same_terms = 0
    times = {"approximate": [], "exact": []}
    for text, context, lang in turns:
        got = {}
        for name, retriever in (("approximate", approx), ("exact", exact)):
            start = time.perf_counter()
            result = retriever.retrieve(Query(text, context), k=8)
            times[name].append(time.perf_counter() - start)
            got[name] = (result, KnowledgeAnswerer(retriever).answer(text, lang, context))
        (a, a_answer), (e, e_answer) = got["approximate"], got["exact"]
        top1 += a.hits[0].chunk.id == e.hits[0].chunk.id
        overlap += len({h.chunk.id for h in a.hits} & {h.chunk.id for h in e.hits}) / max(len(e.hits), 1)
        same_terms += [(t.word, t.matches) for t in a.terms] == [(t.word, t.matches) for t in e.terms]
        if (a_answer.text, a_answer.citations) == (e_answer.text, e_answer.citations):
            same_answer += 1
        else:
            print(f"  differs: {text[:70]!r}{' (follow-up)' if context else ''}: "
                  f"{a_answer.citations or a_answer.reason} vs exact {e_answer.citations or e_answer.reason}")
    n = len(turns)
    print(f"{n} turns: top section same {top1 / n:.1%}, top-8 overlap {overlap / n:.1%}, "
          f"reply and citations same {same_answer / n:.1%}, word matches same {same_terms / n:.1%}")
    for name, samples in times.items():
        ms = np.array(samples) * 1000
        print(f"  retrieve {name:12s} p50 {np.percentile(ms, 50):6.1f} ms   p95 {np.percentile(ms, 95):6.1f} ms")


if __name__ == "__main__":
    main()
