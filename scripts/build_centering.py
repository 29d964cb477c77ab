"""Measure the per-language mean vectors retrieval subtracts (`knowledge/centering.py`) and write them.

    .venv/bin/python scripts/build_centering.py [SET_DIR ...] [--out knowledge/models/centering.npz]

Default sets: the tuning companies (``../shared/eval/dev`` and every set under ``eval/``; the sealed sets are
never read). Questions: every user turn of their ``answer`` and ``decline`` cases, by the case's language.
Passages: every section of their knowledge bases, by its document's language (`knowledge.centering.document_languages`).
Each company counts once per language (the mean of its own means), so a company with more text does not
weigh more. Prints, for the single-turn answer questions, how often the right document ranks first by cosine
alone, raw and centred, with each company's own questions and passages left out of the means it is judged with.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.centering import LANGUAGES, MODEL, Centering, document_languages, unit_rows  # noqa: E402
from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402
from scripts.train_answering import default_sets  # noqa: E402


def rows(vectors) -> np.ndarray:
    """A unit-length float32 copy of ``vectors``, normalised as retrieval normalises them."""
    return unit_rows(np.array(vectors, dtype=np.float32))


def company_vectors(set_dir: Path, embedder) -> dict:
    """One company's section vectors with languages and documents, and its questions' vectors."""
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "centering", embedder)
        sync_folder(store, set_dir / "kb")
        snap = store.snapshot()
    cases = [json.loads(line) for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    asked = [(c["lang"], t) for c in cases if c["expect"] in ("answer", "decline") for t in c["turns"]]
    probes = [c for c in cases if c["expect"] == "answer" and len(c["turns"]) == 1]
    langs = document_languages(snap.chunks)
    return {"name": set_dir.name, "sections": rows(snap.chunk_vectors),
            "section_langs": [langs[c.doc_id] for c in snap.chunks],
            "section_docs": [c.doc_id for c in snap.chunks],
            "asked": rows(embedder.embed([t for _, t in asked])), "asked_langs": [lang for lang, _ in asked],
            "probes": probes, "probe_vectors": rows(embedder.embed([c["turns"][0] for c in probes]))}


def means(companies: list[dict]) -> Centering:
    """Per language, the mean over companies of each company's mean question and mean section (a language no
    company has is left out: retrieval then uses the mean of the others for it)."""
    def mean_of(key: str, langs_key: str, lang: str) -> np.ndarray | None:
        own = [c[key][[i for i, x in enumerate(c[langs_key]) if x == lang]] for c in companies]
        per_company = [rows.mean(axis=0) for rows in own if len(rows)]
        return np.mean(per_company, axis=0).astype(np.float32) if per_company else None
    questions = {lang: m for lang in LANGUAGES if (m := mean_of("asked", "asked_langs", lang)) is not None}
    passages = {lang: m for lang in LANGUAGES if (m := mean_of("sections", "section_langs", lang)) is not None}
    if not questions or not passages:
        raise SystemExit("no questions or no passages in the sets: nothing to measure")
    return Centering(questions=questions, passages=passages)


def first_right(company: dict, centering: Centering | None) -> int:
    sections = company["sections"]
    if centering is not None:
        sections = centering.passages_in_place(sections.copy(), company["section_langs"])
    right = 0
    for case, q in zip(company["probes"], company["probe_vectors"]):
        if centering is not None:
            q = centering.question(q, case["lang"])
        sims = sections @ q
        best: dict[str, float] = {}
        for doc, s in zip(company["section_docs"], sims):
            best[doc] = max(best.get(doc, -2.0), float(s))
        right += max(best, key=best.get) in case["docs"]
    return right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    embedder = get_embedder()
    companies = [company_vectors(s, embedder) for s in (args.sets or default_sets())]
    total = sum(len(c["probes"]) for c in companies)
    raw = sum(first_right(c, None) for c in companies)
    held_out = sum(first_right(c, means([o for o in companies if o is not c])) for c in companies) \
        if len(companies) > 1 else 0
    print(f"right document first by cosine, {total} single-turn answer questions of {len(companies)} companies: "
          f"raw {raw}, centred (leave-one-company-out means) {held_out}")
    means(companies).save(args.out)
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
