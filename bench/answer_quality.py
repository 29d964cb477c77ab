"""Answer/decline quality of the knowledge path alone (no Rasa), for fast tuning on an evaluation set.

    .venv/bin/python bench/answer_quality.py ../shared/eval/dev [--threshold P] [-v] [--trace]

Prints, for `answer` and `decline` cases, whether the right document was cited, the facts held, and
declines were declines (with the reason of each decline); accuracy per expectation and language; reply
length and latency. `-v` shows the failing replies and the score distributions; `--trace` every stage's
decision for failing cases. The answer model itself is trained and validated by scripts/train_answering.py.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.factory import build_retriever  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402
from pipeline.answerer import KnowledgeAnswerer  # noqa: E402
from pipeline.core import format_trace  # noqa: E402
from tandem.evaluation.metrics import facts_hold  # noqa: E402
from tandem.settings import get_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--threshold", type=float, default=None, help="the decide stage's operating point "
                        "(default: the answer model's)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--trace", action="store_true", help="print every stage's decision for failing cases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "eval", get_embedder())
        sync_folder(store, args.set_dir / "kb")
        answerer = KnowledgeAnswerer(build_retriever(get_settings(), store), args.threshold)
        answerer.answer("warm up", "en")
        signals = []
        times = []
        lengths = []
        cpu = []
        cases = [json.loads(line) for line in (args.set_dir / "cases.jsonl").open()]
        tally = {"answer": [0, 0], "decline": [0, 0]}
        per_lang = []
        for case in cases:
            if case["expect"] not in tally:
                continue
            turns = case["turns"]
            t0, c0 = time.perf_counter(), time.process_time()
            state = answerer.run(turns[-1], case["lang"], context=" ".join(turns[:-1][-1:]))
            answer = state.answer
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            hits = answer.passages
            signals.append((case["expect"], answer.score, answer.coverage, case["id"]))
            if answer.citations:
                lengths.append(len(answer.text))
            if case["expect"] == "answer":
                ok = bool(set(answer.citations) & set(case["docs"])) and facts_hold(answer.text, case.get("facts", []))
            else:
                ok = not answer.citations
            per_lang.append((case, ok))
            tally[case["expect"]][0] += ok
            tally[case["expect"]][1] += 1
            mark = "ok " if ok else "BAD"
            print(f"{mark} {case['id']} {case['lang']} {case['expect']:7} score={answer.score:.3f} "
                  f"cov={answer.coverage:.2f} {answer.reason or 'answered':11} cited={answer.citations} "
                  f"want={case.get('docs')} | {turns[-1][:60]}")
            if args.verbose and (answer.missing or answer.unknown):
                print(f"    not in cited doc: {answer.missing}  unknown to the knowledge base: {answer.unknown}")
            if args.verbose and not ok:
                print("    " + answer.text.replace("\n", "\n    "))
                for hit in hits[:3]:
                    print(f"    - {hit.score:.3f} {hit.chunk.id} {hit.chunk.section}")
            if args.trace and not ok:
                print("    " + format_trace(state.trace).replace("\n", "\n    "))
        for kind, (good, total) in tally.items():
            print(f"{kind}: {good}/{total}")
        for kind in ("answer", "decline"):
            for lang in ("de", "en"):
                good = sum(1 for c, ok in per_lang if c["expect"] == kind and c["lang"] == lang and ok)
                total = sum(1 for c, _ in per_lang if c["expect"] == kind and c["lang"] == lang)
                print(f"  {kind} {lang}: {good}/{total} = {good / max(total, 1):.0%}")
        lengths = sorted(lengths)
        if lengths:
            print(f"reply length (answers): median {lengths[len(lengths) // 2]} chars, max {lengths[-1]} chars")
        times.sort()
        cpu.sort()
        print(f"latency: median {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms, "
              f"max {times[-1]:.1f} ms wall; CPU time (all threads) median {cpu[len(cpu) // 2]:.1f} ms, "
              f"p95 {cpu[int(len(cpu) * 0.95)]:.1f} ms")
        if args.verbose:
            for kind in ("answer", "decline"):
                rows = sorted((s, c, i) for k, s, c, i in signals if k == kind)
                print(f"{kind} scores:   " + " ".join(f"{s:.2f}" for s, _, _ in rows))
                print(f"{kind} coverage: " + " ".join(f"{c:.2f}" for _, c, _ in sorted(rows, key=lambda r: r[1])))


if __name__ == "__main__":
    main()
