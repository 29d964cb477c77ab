"""Retrieval quality of candidate methods on an evaluation set: Recall@1/@3 of the right document.

    .venv/bin/python bench/retrieval.py ../shared/eval/dev [--cases-only-answer]

For every `answer` case the last turn is the question and the previous user turn its context (as in the
bot). A hit is the document of a top-ranked section. Rows: all cases, German, English, cross-lingual (no
right document in the question's language), follow-ups (cases with more than one turn), and "switch":
the single-turn cases again, each preceded by an unrelated question from the set as context (a follower
changing the subject must not be answered about the old one).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.factory import get_dictionary  # noqa: E402
from knowledge.retrieval import Query, Retriever  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402
from knowledge.text import STOPWORDS, fold, tokens  # noqa: E402
from tandem.settings import get_settings  # noqa: E402

METHODS = {
    # name: RetrievalConfig changes against the defaults (the defaults are the last "final" row)
    "dense sections, query+context": dict(unit_weight=0.0, lexical_weight=0.0, followup="always",
                                          question_weight=0.0, doc_support=0.0, spelling=False),
    "+ units (sentences, rows, Q&A)": dict(lexical_weight=0.0, followup="always", question_weight=0.0,
                                           doc_support=0.0, spelling=False),
    "+ exact words": dict(semantic_terms=False, typo_terms=False, followup="always", question_weight=0.0,
                          doc_support=0.0, spelling=False),
    "+ typo/stem/compound words": dict(semantic_terms=False, followup="always", question_weight=0.0,
                                       doc_support=0.0),
    "+ cross-lingual words": dict(followup="always", question_weight=0.0, doc_support=0.0),
    "+ asked-sentence vector, doc": dict(followup="always"),
    "final: + follow-up detection": dict(),
    "  context: never": dict(followup="never"),
    "  context: always": dict(followup="always"),
    "  context vector weight 0.7": dict(context_weight=0.7),
    "  context words weigh 1.0": dict(context_lexical=1.0),
    "  lexical weight 0.10": dict(lexical_weight=0.10),
    "  lexical weight 0.25": dict(lexical_weight=0.25),
    "  lexical relative to best": dict(lexical_norm="max"),
    "  unit weight 0 (sections only)": dict(unit_weight=0.0),
    "  unit weight 1.0": dict(unit_weight=1.0),
    "  term threshold 0.70": dict(term_threshold=0.70),
    "  term threshold 0.80": dict(term_threshold=0.80),
    "  no asked-sentence vector": dict(question_weight=0.0),
    "  no spelling lookup": dict(spelling=False),
    "  no typo/stem words": dict(typo_terms=False),
    "  no doc support": dict(doc_support=0.0),
    "  doc support 0.2": dict(doc_support=0.2),
}


class CharBM25:
    """Hand-rolled BM25 over character 4-grams of each section (typo-tolerant, language-blind)."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.tf = [Counter(self.grams(t)) for t in texts]
        self.len = [sum(t.values()) for t in self.tf]
        self.avg = float(np.mean(self.len)) if self.len else 1.0
        df = Counter(g for t in self.tf for g in t)
        n = len(texts)
        self.idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in df.items()}
        self.k1, self.b = k1, b

    @staticmethod
    def grams(text: str) -> list[str]:
        out = []
        for w in tokens(text):
            w = fold(w)
            if w in STOPWORDS:
                continue
            w = f" {w} "
            out += [w[i:i + 4] for i in range(max(len(w) - 3, 1))]
        return out

    def scores(self, text: str) -> np.ndarray:
        q = Counter(self.grams(text))
        out = np.zeros(len(self.tf))
        for i, tf in enumerate(self.tf):
            s = 0.0
            for g in q:
                f = tf.get(g, 0)
                if f:
                    s += self.idf[g] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * self.len[i] / self.avg))
            out[i] = s
        return out


def doc_ranking(hits) -> list[str]:
    return list(dict.fromkeys(h.chunk.doc_id for h in hits))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--only", help="run only methods whose name contains this")
    args = parser.parse_args()
    cases = [json.loads(line) for line in (args.set_dir / "cases.jsonl").open()]
    cases = [c for c in cases if c["expect"] == "answer"]
    with tempfile.TemporaryDirectory() as tmp:
        embedder = get_embedder()
        store = KnowledgeStore(open_client(None, Path(tmp)), "bench", embedder)
        t0 = time.perf_counter()
        sync_folder(store, args.set_dir / "kb")
        base = Retriever(store, embedder, dictionary=get_dictionary(get_settings()))
        idx = base.index()
        print(f"indexed {len(idx.chunks)} sections, {len(idx.units)} units, {len(idx.terms)} terms "
              f"in {time.perf_counter() - t0:.1f} s")
        doc_lang = {c.doc_id: c.language for c in idx.chunks}
        single = [c for c in cases if len(c["turns"]) == 1]
        others = [c["turns"][-1] for c in cases]

        def groups(case) -> list[str]:
            out = ["all", case["lang"]]
            if all(doc_lang.get(d) not in (None, case["lang"]) for d in case["docs"]):
                out.append("cross")
            if len(case["turns"]) > 1:
                out.append("follow-up")
            return out

        def switch_context(case) -> str:
            rng = random.Random(case["id"])
            return rng.choice([o for o in others if o != case["turns"][-1]])

        print(f"{'method':32} " + " ".join(f"{g:>13}" for g in ("all", "de", "en", "cross", "follow-up", "switch")))
        print(f"{'':32} " + " ".join(f"{'R@1  R@3':>13}" for _ in range(6)))
        rows = list(METHODS.items())
        rows.append(("dense + 0.1 char-4-gram BM25", None))
        for name, changes in rows:
            if args.only and args.only not in name:
                continue
            if changes is None:
                retriever = base.with_config(lexical_weight=0.0, followup="always", context_weight=1.0)
                bm25 = CharBM25([c.embed_text for c in idx.chunks])

                def ranked(query: Query, retriever=retriever, bm25=bm25):
                    hits = retriever.search(query, k=len(idx.chunks))
                    lex = bm25.scores(query.full)
                    lex = lex / lex.max() if lex.max() > 0 else lex
                    pos = {c.id: i for i, c in enumerate(idx.chunks)}
                    return sorted(((h.score + 0.1 * lex[pos[h.chunk.id]], h.chunk.doc_id) for h in hits), reverse=True)

                def search(query: Query, ranked=ranked):
                    return list(dict.fromkeys(d for _, d in ranked(query)))
            else:
                retriever = base.with_config(**changes)

                def search(query: Query, retriever=retriever):
                    return doc_ranking(retriever.search(query, k=12))
            tally: dict[str, list[int]] = {}
            t0 = time.perf_counter()
            n = 0
            for case in cases:
                turns = case["turns"]
                ranking = search(Query(turns[-1], turns[-2] if len(turns) > 1 else ""))
                n += 1
                for g in groups(case):
                    t = tally.setdefault(g, [0, 0, 0])
                    t[0] += ranking[:1] and ranking[0] in case["docs"]
                    t[1] += bool(set(ranking[:3]) & set(case["docs"]))
                    t[2] += 1
            for case in single:
                ranking = search(Query(case["turns"][-1], switch_context(case)))
                n += 1
                t = tally.setdefault("switch", [0, 0, 0])
                t[0] += ranking[:1] and ranking[0] in case["docs"]
                t[1] += bool(set(ranking[:3]) & set(case["docs"]))
                t[2] += 1
            ms = (time.perf_counter() - t0) / n * 1000
            cells = []
            for g in ("all", "de", "en", "cross", "follow-up", "switch"):
                r1, r3, total = tally.get(g, [0, 0, 0])
                cells.append(f"{r1 / total:5.2f} {r3 / total:5.2f}   " if total else f"{'-':>13}")
            print(f"{name:32} " + "".join(cells) + f" {ms:5.1f} ms")
        sizes = {g: t[2] for g, t in tally.items()}
        print("cases per column:", sizes)


if __name__ == "__main__":
    main()
