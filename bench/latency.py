"""Per-turn latency through Rasa's REST channel on the offline path, and memory of each process.

    .venv/bin/python bench/latency.py [--messages 200] [--kb sample_kb]

Starts the real stack (action server, Rasa, API) on free ports with the given knowledge base, sends
the messages as 20 conversations of 10 turns (a mix of knowledge questions, smalltalk and questions
the knowledge base cannot answer), and prints p50/p95/max per turn and the RSS of every process.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tandem.processes import free_port  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, ROOT, get_settings  # noqa: E402
from tandem.stack import Stack  # noqa: E402

# One conversation's ten turns; a single unanswerable question, since two declines hand a chat over.
MESSAGES = [
    "Hallo!", "Was kostet der Versand?", "und nach Österreich?", "Wie lange habe ich Zeit für eine Rückgabe?",
    "Wann hat die Werkstatt samstags offen?", "Wie wird das Wetter morgen?", "danke 👍",
    "How long is the warranty on the frame?", "Can I pay by invoice?", "bist du ein bot?",
]


def rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants (Rasa forks workers)."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            pids.extend(int(c) for c in children)
        except OSError:
            continue
    return total / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--kb", type=Path, default=ROOT / "sample_kb")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = get_settings().model_copy(update={
            "data_dir": Path(tmp), "kb_dir": args.kb.resolve(), "rasa_token": "", "rasa_port": free_port(),
            "action_port": free_port(), "api_port": free_port(), "openai_base_url": None, "openai_api_key": None,
            **NO_CLIENT_LIMITS})
        with Stack(settings, log=lambda _m: None) as stack, httpx.Client(timeout=60) as client:
            url = f"{stack.settings.rasa_url}/webhooks/rest/webhook"
            times: list[float] = []
            sender = ""
            for i in range(args.messages):
                if i % 10 == 0:
                    sender = f"bench-{uuid.uuid4().hex[:8]}"
                started = time.perf_counter()
                response = client.post(url, json={"sender": sender, "message": MESSAGES[i % len(MESSAGES)]})
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200 or not response.json():
                    raise SystemExit(f"message {i} got no reply: HTTP {response.status_code} {response.text[:200]}")
            print(f"{len(times)} messages through {url} (offline path, 20 conversations x 10 turns)")
            print(f"per turn: p50 {statistics.median(times):.0f} ms, p95 {percentile(times, 0.95):.0f} ms, "
                  f"max {max(times):.0f} ms")
            for child in stack.group.children:
                print(f"RSS {child.name:8} {rss_mb(child.process.pid):7.0f} MB")


if __name__ == "__main__":
    main()
