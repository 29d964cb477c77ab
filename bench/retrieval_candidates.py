"""Dense candidates in a large knowledge base: Chroma's own HNSW index against the hand-written inverted file.

    .venv/bin/python bench/retrieval_candidates.py ../shared/eval/dev [--sizes 50000,100000] [--server]

Above ``RetrievalSettings.approximate_above`` sections + units, retrieval does not read every vector per
question: it takes the documents of the few dozen sections and units nearest the question as candidates
and scores those documents exactly (``knowledge.retrieval``). This bench compares two ways of finding
those nearest rows on real embeddings: the evaluation set's knowledge base synced into a real Chroma
store, padded with one-word distractor sections (German and English words embedded with the real model,
as ``retrieval_approx.py`` does) up to each size in sections + units. Per size it prints

* recall: the share of the exact 32 nearest rows (every vector read) that each method returns, and how
  often it returns the exact nearest row, over every user turn of the set;
* latency per question vector (p50/p95, wall-clock) of the candidate search alone;
* build: the inverted file's k-means per store revision against Chroma's insert of the same records
  (Chroma builds its HNSW graph while the records are written, so there is nothing to build later);
* memory: resident-set growth of building the inverted file (its copy of the vectors), of Chroma loading
  its index (embedded), or the Chroma server's resident set;
* a change: one more document written; how long until each finds it (Chroma: the write; the inverted
  file: a new index over the new snapshot).

``--server`` repeats Chroma's numbers against a ``chroma run`` server on a free local port.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):   # as the action server runs (tandem/stack.py)
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.retrieval_approx import vocabulary  # noqa: E402
from knowledge.embedder import get_embedder, unit_length  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402

K = 32          # as ANN_DENSE_CANDIDATES
PROBES = 24     # as ANN_PROBES
BATCH = 2000


def rss_mb(pid: int | None = None) -> float:
    """Current resident set of a process (this one by default), from /proc."""
    for line in Path(f"/proc/{pid or 'self'}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(samples: list[float]) -> str:
    ms = np.array(samples) * 1000
    return f"p50 {np.percentile(ms, 50):6.2f} ms  p95 {np.percentile(ms, 95):6.2f} ms"


def questions(set_dir: Path) -> list[str]:
    out = []
    for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        turns = json.loads(line)["turns"]
        out += turns + [f"{turns[i - 1]} {turns[i]}" for i in range(1, len(turns))]
    return out


def add_distractors(collection, words: list[str], vectors: np.ndarray, start: int) -> float:
    """Write one-word sections as sync would (kind chunk, their own document each); seconds taken."""
    t = time.perf_counter()
    for i in range(0, len(words), BATCH):
        part = range(i, min(i + BATCH, len(words)))
        collection.add(
            ids=[f"zz-distractor/{start + j}@0#0" for j in part],
            embeddings=vectors[i:i + BATCH], documents=[words[j] for j in part],
            metadatas=[{"kind": "chunk", "schema": 2, "doc_id": f"zz-distractor/{start + j}", "doc_hash": "0",
                        "title": words[j].title(), "chunk_id": f"zz-distractor/{start + j}#0", "start": 0,
                        "end": len(words[j]), "headings": words[j].title()} for j in part])
    return time.perf_counter() - t


def chroma_rows(store: KnowledgeStore, q: np.ndarray, position: dict[str, int], k: int = K) -> np.ndarray:
    """Rows (snapshot order) of the ``k`` records Chroma's HNSW finds nearest ``q`` (sections and units alike)."""
    got = store._collection.query(query_embeddings=q[None, :], n_results=k, include=["metadatas"])
    keys = [m.get("unit_id") if m.get("kind") == "unit" else m.get("chunk_id") for m in got["metadatas"][0]]
    return np.array([position[key] for key in keys if key in position], dtype=np.int64)


def recall(found: list[np.ndarray], truth: np.ndarray) -> tuple[float, float]:
    """Mean share of each question's exact top rows found, and share whose exact best row was found."""
    share = np.mean([len(np.intersect1d(f, t)) / len(t) for f, t in zip(found, truth)])
    first = np.mean([t[0] in set(f.tolist()) for f, t in zip(found, truth)])
    return float(share), float(first)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A ``chroma run`` process on a folder, restartable on the same port (it caches a loaded index)."""

    def __init__(self, path: Path) -> None:
        self.path, self.port, self.proc = path, free_port(), None
        self.start()

    def start(self) -> None:
        import chromadb

        chroma = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen([str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                chromadb.HttpClient(host="127.0.0.1", port=self.port).heartbeat()
                return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("chroma server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=60)
            self.proc = None


def inverted_file(ivf_class, snap, qvecs: np.ndarray, truth: np.ndarray) -> None:
    """The hand-written inverted file's candidates, built and probed as ``_Index`` did."""
    before = rss_mb()
    t = time.perf_counter()
    ivf = ivf_class([unit_length(snap.chunk_vectors), unit_length(snap.unit_vectors)])
    build = time.perf_counter() - t
    grown = rss_mb() - before
    found, times = [], []
    for q in qvecs:
        t = time.perf_counter()
        ids, sims = ivf.search(q, PROBES)
        if len(ids) > K:
            ids = ids[np.argpartition(-sims, K - 1)[:K]]
        times.append(time.perf_counter() - t)
        found.append(ids)
    share, first = recall(found, truth)
    print(f"  inverted file ({len(ivf.centroids)} lists, {PROBES} probes): recall@{K} {share:.1%}, nearest found "
          f"{first:.1%}, {pct(times)}; k-means build {build:.1f} s, RSS +{grown:,.0f} MB")
    del ivf



def run_size(name: str, store: KnowledgeStore, reopen, total: int, kb_records: int, words: list[str], word_vecs: np.ndarray,
             added: int, qvecs: np.ndarray, server_pid: int | None, ef_searches: list[int]) -> int:
    """Pad the store to ``total`` records, then compare the inverted file and Chroma; returns records added."""
    from knowledge import retrieval
    from knowledge.retrieval import _Index

    ivf_class = getattr(retrieval, "_IVF", None)

    collection = store._collection
    need = max(0, total - kb_records - added)
    rss0 = rss_mb(server_pid)
    spent = add_distractors(collection, words[added:added + need], word_vecs[added:added + need], added)
    added += need
    rss1 = rss_mb(server_pid)
    t = time.perf_counter()
    snap = store.snapshot()
    read = time.perf_counter() - t
    n_rows = len(snap.chunks) + len(snap.units)
    position = {c.id: i for i, c in enumerate(snap.chunks)}
    position |= {u.id: len(snap.chunks) + j for j, u in enumerate(snap.units)}
    rows = unit_length(np.vstack([snap.chunk_vectors, snap.unit_vectors]).astype(np.float32))
    truth = np.argsort(-(qvecs @ rows.T), axis=1)[:, :K]
    print(f"\n[{name}] {len(snap.chunks):,} sections + {len(snap.units):,} units = {n_rows:,} records; "
          f"snapshot read {read:.1f} s")
    print(f"  chroma insert of {need:,} records: {spent:.1f} s ({need / max(spent, 1e-9):,.0f} records/s), "
          f"RSS {'server' if server_pid else 'this process'} +{rss1 - rss0:,.0f} MB")

    # the inverted file, as _Index built it
    if ivf_class is None:
        print("  inverted file: not in this version of knowledge/retrieval.py")
    else:
        inverted_file(ivf_class, snap, qvecs, truth)

    for ef in ef_searches:
        collection.modify(configuration={"hnsw": {"ef_search": ef}})
        store, server_pid = reopen(store)       # a loaded index keeps the ef_search it was loaded with
        collection = store._collection
        before = rss_mb(server_pid)
        t = time.perf_counter()
        chroma_rows(store, qvecs[0], position)
        first_query = time.perf_counter() - t
        loaded = rss_mb(server_pid) - before
        found, times = [], []
        for q in qvecs:
            t = time.perf_counter()
            found.append(chroma_rows(store, q, position))
            times.append(time.perf_counter() - t)
        share, first = recall(found, truth)
        print(f"  chroma HNSW (ef_search {ef}): recall@{K} {share:.1%}, nearest found {first:.1%}, {pct(times)}; "
              f"first query {first_query * 1000:.0f} ms, RSS {'server' if server_pid else ''} +{loaded:,.0f} MB")

    # a change: one more document
    probe_word = f"{words[0]}-neu"
    vec = word_vecs[0] + 0.01
    t = time.perf_counter()
    collection.add(ids=["zz-new@0#0"], embeddings=[vec], documents=[probe_word],
                   metadatas=[{"kind": "chunk", "schema": 2, "doc_id": "zz-new", "doc_hash": "0", "title": probe_word,
                               "chunk_id": "zz-new#0", "start": 0, "end": 1, "headings": probe_word}])
    store._changed()
    write = time.perf_counter() - t
    got = collection.query(query_embeddings=[vec], n_results=1, include=["metadatas"])["metadatas"][0]
    seen = bool(got) and got[0]["chunk_id"] == "zz-new#0"
    t = time.perf_counter()
    snap = store.snapshot()
    read = time.perf_counter() - t
    t = time.perf_counter()
    _Index(snap)
    plain = time.perf_counter() - t
    with_ivf = ""
    if ivf_class is not None:
        t = time.perf_counter()
        _Index(snap, approximate_above=0)
        with_ivf = f", with the inverted file {time.perf_counter() - t:.1f} s"
    print(f"  one new document: chroma write {write * 1000:.0f} ms, found by the next query: {seen}; the retriever's "
          f"next index: snapshot read {read:.1f} s + index {plain:.1f} s{with_ivf}")
    collection.delete(ids=["zz-new@0#0"])
    return added, store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--sizes", default="50000,100000", help="sections + units, comma-separated, ascending")
    parser.add_argument("--server", action="store_true", help="also against a Chroma server (chroma run)")
    parser.add_argument("--ef-search", default="100,400", help="Chroma's ef_search values to try, comma-separated")
    parser.add_argument("--vectors", type=Path, help="keep the distractor words' vectors in this .npz between runs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    efs = [int(s) for s in args.ef_search.split(",")]
    embedder = get_embedder()
    texts = questions(args.set_dir)
    qvecs = unit_length(embedder.embed(texts).astype(np.float32))
    t = time.perf_counter()
    words = vocabulary(max(sizes))
    if args.vectors and args.vectors.exists() and list(np.load(args.vectors)["words"]) == words:
        word_vecs = np.load(args.vectors)["vectors"]
    else:
        word_vecs = unit_length(embedder.embed(words).astype(np.float32))
        if args.vectors:
            np.savez(args.vectors, words=np.array(words), vectors=word_vecs)
    print(f"{len(texts)} question vectors; {len(words):,} distractor words embedded in {time.perf_counter() - t:.0f} s")
    for mode in ["embedded"] + (["server"] if args.server else []):
        with tempfile.TemporaryDirectory() as tmp:
            server = Server(Path(tmp) / "server") if mode == "server" else None

            def connect() -> KnowledgeStore:
                url = f"http://127.0.0.1:{server.port}" if server else None
                return KnowledgeStore(open_client(url, Path(tmp) / "embedded"), "candidates-bench", embedder)

            def reopen(store: KnowledgeStore) -> tuple[KnowledgeStore, int | None]:
                if server is None:
                    store.reopen()
                    return store, None
                server.stop()
                server.start()
                return connect(), server.proc.pid

            try:
                store = connect()
                sync_folder(store, args.set_dir / "kb")
                snap = store.snapshot()
                kb_records = len(snap.chunks) + len(snap.units)
                added = 0
                for size in sizes:
                    if size - kb_records > len(words):
                        print(f"  (only {len(words):,} distractor words: {size:,} not reached)")
                    added, store = run_size(f"{mode}, {size:,}", store, reopen, size, kb_records, words, word_vecs,
                                            added, qvecs, server.proc.pid if server else None, efs)
            finally:
                if server is not None:
                    server.stop()


if __name__ == "__main__":
    main()
