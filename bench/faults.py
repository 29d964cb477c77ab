"""Fault test: kill -9 and SIGSTOP each process of the stack during a stream of messages; count what followers got.

Starts the real stack (Rasa, action server, API; supervised as `tandem run` is) on free ports with the sample
knowledge base, then for each fault: a stream of follower messages over Rasa's REST webhook (two followers, one
message every 0.5 s each) and of web-chat requests to the API (/chat/config.json), the fault injected after a few
seconds, and the stream kept up until the supervisor reports the process serving again and a few seconds more.
Each message counts as

  answered  a real reply (with Tandem's payload) within LATE_S seconds
  late      a real reply that took longer
  retry     the "one moment, please try again" notice (the action server was down)
  lost      no reply: connection refused or reset, timeout, HTTP error, or an empty answer

Run it with `scripts/test-faults` (about 5 minutes). It exits non-zero when a process was not restarted.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.connectors.inbound import ACTION_DOWN_NOTICE  # noqa: E402
from tandem.processes import free_port  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, ROOT, get_settings  # noqa: E402
from tandem.stack import Stack  # noqa: E402

LATE_S = 3.0
QUESTIONS = ["Was kostet der Versand?", "How long is the warranty on the frame?", "Kann ich mein Rad zurückgeben?",
             "Do you ship to Austria?", "Wie lange dauert die Lieferung?"]
FAULTS = [("actions", signal.SIGKILL), ("actions", signal.SIGSTOP), ("rasa", signal.SIGKILL),
          ("rasa", signal.SIGSTOP), ("api", signal.SIGKILL), ("api", signal.SIGSTOP)]


def classify_message(client: httpx.Client, url: str, sender: str, text: str) -> str:
    began = time.monotonic()
    try:
        response = client.post(url, json={"sender": sender, "message": text})
    except httpx.HTTPError:
        return "lost"
    took = time.monotonic() - began
    if response.status_code != 200:
        return "lost"
    messages = response.json()
    if any(isinstance(m.get("custom"), dict) and "tandem" in m["custom"] for m in messages):
        return "answered" if took <= LATE_S else "late"
    if any(m.get("text") == ACTION_DOWN_NOTICE for m in messages):
        return "retry"
    return "lost"


def classify_page(client: httpx.Client, url: str) -> str:
    began = time.monotonic()
    try:
        response = client.get(url)
    except httpx.HTTPError:
        return "lost"
    if response.status_code != 200:
        return "lost"
    return "answered" if time.monotonic() - began <= LATE_S else "late"


def play_fault(stack: Stack, name: str, sig: signal.Signals, before_s: float, after_s: float) -> dict:
    s, supervisor = stack.settings, stack.supervisor
    stop = threading.Event()
    messages: Counter = Counter()
    pages: Counter = Counter()
    lock = threading.Lock()
    tag = f"{name}-{sig.name.lower()}"

    def follower(n: int) -> None:
        with httpx.Client(timeout=60, trust_env=False) as client:
            turn = 0
            while not stop.is_set():
                outcome = classify_message(client, f"{s.rasa_url}/webhooks/rest/webhook", f"{tag}-{n}-{turn // 5}",
                                           QUESTIONS[turn % len(QUESTIONS)])
                with lock:
                    messages[outcome] += 1
                turn += 1
                stop.wait(0.5)

    def web_chat() -> None:
        with httpx.Client(timeout=60, trust_env=False) as client:
            while not stop.is_set():
                outcome = classify_page(client, f"http://{s.host}:{s.api_port}/chat/config.json")
                with lock:
                    pages[outcome] += 1
                stop.wait(0.5)

    threads = [threading.Thread(target=follower, args=(n,)) for n in range(2)] + [threading.Thread(target=web_chat)]
    for thread in threads:
        thread.start()
    time.sleep(before_s)
    restarts, victim = supervisor.restarts[name], supervisor.child(name).pid
    injected = time.monotonic()
    os.kill(victim, sig)
    deadline = injected + 240
    while not (supervisor.restarts[name] > restarts and supervisor.states[name] == "running"):
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)
    back = time.monotonic() - injected
    recovered = supervisor.states[name] == "running" and supervisor.restarts[name] > restarts
    time.sleep(after_s)
    stop.set()
    for thread in threads:
        thread.join()
    return {"fault": f"{'kill -9' if sig == signal.SIGKILL else 'SIGSTOP'} {name}", "back_s": back,
            "recovered": recovered, "messages": messages, "pages": pages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=float, default=4.0, help="seconds of stream before each fault")
    parser.add_argument("--after", type=float, default=5.0, help="seconds of stream after the process is back")
    parser.add_argument("--only", help="only faults of this process (actions, rasa, api)")
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="tandem-faults-"))
    settings = get_settings().model_copy(update={
        "data_dir": data, "kb_dir": ROOT / "sample_kb", "rasa_token": "", "rasa_port": free_port(),
        "action_port": free_port(), "api_port": free_port(), "openai_base_url": None, "openai_api_key": None,
        **NO_CLIENT_LIMITS})
    print(f"starting the stack (data in {data}) …", flush=True)
    rows = []
    with Stack(settings, with_api=True, log=lambda m: print(m, file=sys.stderr, flush=True)) as stack:
        print(f"hang after {settings.hang_after:.0f} s without a health answer; 'late' = reply after {LATE_S:.0f} s",
              flush=True)
        for name, sig in FAULTS:
            if args.only and name != args.only:
                continue
            row = play_fault(stack, name, sig, args.before, args.after)
            rows.append(row)
            m, p = row["messages"], row["pages"]
            print(f"{row['fault']:17} back after {row['back_s']:5.1f} s{'' if row['recovered'] else ' (NOT restarted)'}"
                  f" | messages: {m['answered']:3} answered, {m['late']:3} late, {m['retry']:3} told to retry, "
                  f"{m['lost']:3} lost | web chat: {p['answered']:3} answered, {p['late']:3} late, {p['lost']:3} lost",
                  flush=True)
    return 0 if rows and all(r["recovered"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
