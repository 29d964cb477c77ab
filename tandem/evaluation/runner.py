"""`tandem eval`: play every case through the Rasa REST channel of a stack started for the set.

Only `id`, `lang` and `turns` are read to play a case, so a set stripped of its expectations produces
the same results file. The set's knowledge base goes into a fresh data folder of its own.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

import httpx

from privacy.redact import restore
from tandem.evaluation.chat_stand_in import ChatCompletionsServer
from tandem.evaluation.metrics import score
from tandem.processes import StartupError, free_port
from tandem.rasa_model import TrainingError
from tandem.settings import NO_CLIENT_LIMITS, Settings, get_settings
from tandem.stack import Stack


class PlayError(RuntimeError):
    pass


def load_cases(path: Path) -> list[dict]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PlayError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(case, dict) or not isinstance(case.get("id"), str) or not isinstance(case.get("turns"), list):
            raise PlayError(f"{path}:{number}: a case needs an 'id' string and a 'turns' list")
        cases.append(case)
    return cases


# What the recording stand-in answers: no citation, so the bot's check refuses it and the follower gets the
# offline answer; the eval then measures both what reached the model and the offline replies.
STAND_IN_REPLY = "(recording stand-in: no answer written)"


def play_case(client: httpx.Client, settings: Settings, case: dict,
              stand_in: ChatCompletionsServer | None = None, keep_trace: bool = True) -> dict:
    """The case's turns as played. With ``stand_in``, each turn also holds what was sent to the LLM endpoint
    (``llm_context``), the placeholders for the knowledge base's own personal data put back as the follower
    would read them in the model's reply (they reach the runner with traced replies)."""
    sender = f"eval-{case['id']}-{uuid.uuid4().hex[:8]}"
    turns = []
    for text in case["turns"]:
        asked_before = len(stand_in.requests) if stand_in else 0
        started = time.perf_counter()
        response = client.post(f"{settings.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text})
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise PlayError(f"case {case['id']}: Rasa answered HTTP {response.status_code}")
        messages = response.json()
        tracker = client.get(f"{settings.rasa_url}/conversations/{sender}/tracker",
                             params={"token": settings.rasa_token, "include_events": "NONE"}).json()
        paused = bool(tracker.get("paused"))
        if not messages and not paused:
            raise PlayError(f"case {case['id']}: no reply to {text!r} (is the action server up?)")
        replies, citations, reasons, trace, placeholders = [], [], [], [], {}
        for message in messages:
            if message.get("text"):
                replies.append(message["text"])
            tandem = (message.get("custom") or {}).get("tandem") or {}
            citations.extend(c for c in tandem.get("citations", []) if c not in citations)
            handoff = tandem.get("handoff") or {}
            reasons.extend(r for r in handoff.get("reasons", []) if r not in reasons)
            trace.extend(tandem.get("trace", []))
            placeholders.update(tandem.get("llm_placeholders") or {})
        turn = {"user": text, "replies": replies, "citations": citations, "handed_over": paused,
                "reasons": reasons, "ms": round(elapsed, 1)}
        if trace and keep_trace:
            turn["trace"] = trace
        if stand_in is not None:
            turn["llm_context"] = [restore(m.get("content", ""), placeholders) for r in stand_in.requests[asked_before:]
                                   for m in r["body"].get("messages", []) if m.get("role") == "user"]
        turns.append(turn)
    return {"id": case["id"], "turns": turns}


def run_eval(set_dir: Path, out: Path, limit: int | None = None, trace: bool = False,
             llm_stand_in: bool = False) -> int:
    """Play the set; with ``trace``, each turn of the results also holds every pipeline stage's decision. With
    ``llm_stand_in`` the stack's LLM endpoint is a local recording stand-in (no network): each turn records what
    was sent to it (``llm_context``) and the report adds context recall."""
    cases_path, kb_dir = set_dir / "cases.jsonl", set_dir / "kb"
    if not cases_path.is_file() or not kb_dir.is_dir():
        print(f"tandem eval: {set_dir} needs cases.jsonl and kb/", file=sys.stderr)
        return 2
    try:
        cases = load_cases(cases_path)[:limit]
    except PlayError as exc:
        print(f"tandem eval: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tandem-eval-") as tmp, ExitStack() as running:
        settings = get_settings().model_copy(update={
            "data_dir": Path(tmp), "kb_dir": kb_dir.resolve(), "collection": f"eval-{uuid.uuid4().hex[:8]}",
            "rasa_port": free_port(), "action_port": free_port(), "api_port": free_port(), "rasa_token": "",
            "database_url": "", "trace_replies": trace or llm_stand_in, **NO_CLIENT_LIMITS,
        })
        stand_in = running.enter_context(ChatCompletionsServer()) if llm_stand_in else None
        if stand_in is not None:
            stand_in.reply = lambda messages: STAND_IN_REPLY
            settings = settings.model_copy(update={"openai_base_url": stand_in.base_url,
                                                   "openai_api_key": "stand-in"})
        results: dict[str, dict] = {}
        try:
            with Stack(settings, with_api=True, log=lambda m: print(m, file=sys.stderr)) as stack, \
                    httpx.Client(timeout=60) as client, out.open("w", encoding="utf-8") as sink:
                for case in cases:
                    result = play_case(client, stack.settings, case, stand_in, keep_trace=trace)
                    results[case["id"]] = result
                    sink.write(json.dumps(result, ensure_ascii=False) + "\n")
                    sink.flush()
        except (StartupError, TrainingError, PlayError, httpx.HTTPError) as exc:
            print(f"tandem eval: {exc}", file=sys.stderr)
            return 1
    print(f"played {len(results)} cases from {set_dir}; results in {out}")
    if any("expect" in c for c in cases):
        report = score(cases, results)
        print(report.table())
        if report.failures:
            print("failed cases: " + ", ".join(report.failures))
    return 0
