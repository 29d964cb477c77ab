"""Load and faults on the production layout: messages across many conversations while one Rasa instance is
killed (SIGKILL) and later started again. Not part of the default test run (it takes a few minutes):

    .venv/bin/python bench/scale_faults.py [--instances 2] [--conversations 40] [--turns 8] [--concurrency 10]

Starts `tandem.scale.ScaledStack` (PostgreSQL, Redis, Chroma server, N Rasa + N action servers, nginx) in a
temporary folder, and sends every message through nginx's REST entry point like a web client would: a message that
gets no answer (an error status, a reset, a timeout, an empty reply) is sent again with the same text, backing off
from 1 to 8 s, for up to 2 minutes — as a platform re-sends an unacknowledged webhook. Halfway through, Rasa instance 1 is killed with SIGKILL; it is started again a while later.

Prints messages sent / answered / lost and duplicates, and latency p50/p95/p99:
- answered: a non-empty reply came back;
- stored: the message is in Rasa's tracker store (PostgreSQL) — what an agent or the bot can still see;
- lost: neither answered nor stored;
- duplicates: a message stored more than once (a retry of one the killed instance had already recorded).
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tandem.scale import ScaledStack  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, get_settings  # noqa: E402

QUESTIONS = ["Was kostet der Versand?", "Wie lange dauert die Lieferung?", "Welche Zahlungsarten gibt es?",
             "Wie kann ich etwas zurückgeben?", "What are your opening hours?", "How long is the warranty?",
             "Gibt es Rahmengrößen für Kinder?", "Danke!"]
RETRY_BUDGET_S = 120.0   # a client (or a platform) keeps re-sending an unanswered message this long, backing off


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--conversations", type=int, default=40)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--restart-after-s", type=float, default=20.0, help="restart the killed instance after this")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="tandem-faults-"))
    settings = get_settings().model_copy(update={"data_dir": data, "rasa_token": "", "openai_base_url": None,
                                                 "openai_api_key": None, **NO_CLIENT_LIMITS})
    from tandem.processes import free_port

    stack = ScaledStack(settings, instances=args.instances, entry_port=free_port(), log=lambda _m: None)
    print(f"starting {args.instances} Rasa + {args.instances} action servers on PostgreSQL/Redis/Chroma in {data} …",
          flush=True)
    started = time.monotonic()
    stack.start()
    print(f"started in {time.monotonic() - started:.0f} s", flush=True)
    url = f"{stack.entry_url}/webhooks/rest/webhook"
    total = args.conversations * args.turns
    latencies: list[float] = []
    answered: set[tuple[str, str]] = set()
    failed_attempts = 0
    lock = threading.Lock()
    done = 0

    def conversation(index: int) -> None:
        nonlocal done, failed_attempts
        sender = f"load-{index}"
        with httpx.Client(timeout=45) as client:
            for turn in range(args.turns):
                text = f"{QUESTIONS[turn % len(QUESTIONS)]} [{sender}/{turn}]"
                began = time.monotonic()
                wait = 1.0
                while time.monotonic() - began < RETRY_BUDGET_S:
                    try:
                        response = client.post(url, json={"sender": sender, "message": text})
                        replies = response.json() if response.status_code == 200 else []
                        if any(r.get("text") for r in replies):
                            with lock:
                                answered.add((sender, text))
                                latencies.append(time.monotonic() - began)
                            break
                    except (httpx.HTTPError, ValueError):
                        pass
                    with lock:
                        failed_attempts += 1
                    time.sleep(wait)
                    wait = min(8.0, wait * 2)
                with lock:
                    done += 1

    def fault() -> None:
        while done < total // 2:
            time.sleep(0.1)
        victim = stack.rasa_children[0].process
        os.killpg(victim.pid, signal.SIGKILL)
        print(f"killed rasa-1 (SIGKILL) after {done} of {total} messages", flush=True)
        time.sleep(args.restart_after_s)
        began = time.monotonic()
        stack.restart_rasa(0)
        print(f"rasa-1 back after {time.monotonic() - began:.0f} s of startup ({done} of {total} messages done)",
              flush=True)

    try:
        killer = threading.Thread(target=fault, daemon=True)
        killer.start()
        began = time.monotonic()
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(conversation, range(args.conversations)))
        wall = time.monotonic() - began
        killer.join(timeout=300)
        stored = stored_counts(stack)
    finally:
        stack.stop()

    sent = [(f"load-{i}", f"{QUESTIONS[t % len(QUESTIONS)]} [load-{i}/{t}]") for i in range(args.conversations)
            for t in range(args.turns)]
    in_store = {key for key in sent if stored.get(key, 0) >= 1}
    lost = [key for key in sent if key not in answered and key not in in_store]
    duplicates = sum(max(0, stored.get(key, 0) - 1) for key in sent)
    print(f"""
messages sent        {len(sent)}  ({args.conversations} conversations × {args.turns} turns, {args.concurrency} at a time)
answered             {len(answered)}
stored (tracker)     {len(in_store)}
lost                 {len(lost)}
duplicates           {duplicates}
failed attempts      {failed_attempts}  (retried by the client)
latency p50/p95/p99  {percentile(latencies, 50) * 1000:.0f} / {percentile(latencies, 95) * 1000:.0f} / {percentile(latencies, 99) * 1000:.0f} ms
throughput           {len(answered) / wall:.1f} answered messages/s over {wall:.0f} s""")
    if latencies:
        print(f"mean                 {statistics.mean(latencies) * 1000:.0f} ms")
    return 1 if lost else 0


def stored_counts(stack: ScaledStack) -> dict[tuple[str, str], int]:
    """How often each (sender, text) is in Rasa's tracker store."""
    import json

    import psycopg

    counts: dict[tuple[str, str], int] = {}
    url = stack.settings.tracker_db.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        for sender, data in connection.execute("SELECT sender_id, data FROM events WHERE type_name = 'user'"):
            text = json.loads(data).get("text") or ""
            counts[(sender, text)] = counts.get((sender, text), 0) + 1
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
