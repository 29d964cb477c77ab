"""Answer/decline quality of the knowledge path alone (no Rasa), for fast tuning on an evaluation set.

    .venv/bin/python bench/answer_quality.py ../shared/eval/dev [--threshold 0.45] [-v]

Prints, for `answer` and `decline` cases, whether the right document was cited, the facts held, and
declines were declines; then the best/worst score margins that the threshold has to separate.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.answering import Answerer  # noqa: E402
from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.retrieval import Retriever  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402
from tandem.settings import get_settings  # noqa: E402


def facts_hold(text: str, facts: list[str]) -> bool:
    low = text.lower()
    return all(any(alt.strip().lower() in low for alt in fact.split("|")) for fact in facts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--threshold", type=float, default=get_settings().answer_threshold)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "eval", get_embedder())
        sync_folder(store, args.set_dir / "kb")
        answerer = Answerer(Retriever(store, get_embedder()), args.threshold)
        cases = [json.loads(line) for line in (args.set_dir / "cases.jsonl").open()]
        tally = {"answer": [0, 0], "decline": [0, 0]}
        for case in cases:
            if case["expect"] not in tally:
                continue
            turns = case["turns"]
            answer = answerer.answer(turns[-1], case["lang"], context=" ".join(turns[:-1][-1:]))
            if case["expect"] == "answer":
                ok = bool(set(answer.citations) & set(case["docs"])) and facts_hold(answer.text, case.get("facts", []))
            else:
                ok = not answer.citations
            tally[case["expect"]][0] += ok
            tally[case["expect"]][1] += 1
            mark = "ok " if ok else "BAD"
            print(f"{mark} {case['id']} {case['expect']:7} score={answer.score:.3f} cited={answer.citations} "
                  f"want={case.get('docs')} | {turns[-1][:70]}")
            if args.verbose and not ok:
                print("    " + answer.text.replace("\n", "\n    "))
                for hit in answer.passages[:3]:
                    print(f"    - {hit.score:.3f} {hit.chunk.id} {hit.chunk.section}")
        for kind, (good, total) in tally.items():
            print(f"{kind}: {good}/{total}")


if __name__ == "__main__":
    main()
