"""Load on the production layout: simulated followers through nginx for a few minutes, with one and then with two
Rasa + action-server pairs, and the cost of a long conversation. Not part of the default test run:

    .venv/bin/python bench/scale_load.py [--followers 50] [--duration-s 300] [--think-s 3:12]
                                         [--layouts sqlite,1,2] [--long-turns 50] [--long-conversations 3]

For each layout it starts, in a temporary folder, either ``sqlite``: what `scripts/run` starts (`tandem.stack.Stack`:
one Rasa, one action server, the API, SQLite files, embedded Chroma; the followers talk to Rasa's REST channel
directly, there is no nginx), or a number N: `tandem.scale.ScaledStack` (PostgreSQL, Redis, Chroma server, N Rasa +
N action servers, the API, nginx); then it lets the followers of bench/followers.py talk for the duration
(each waits a think time between reading an answer and sending the next message, so 50 followers offer about
50 / (think + latency) messages per second, not a flood), and prints:

- per-turn latency p50 / p95 / p99 (from sending a message to its reply);
- messages sent / answered / errors (no 200 or an empty reply) / lost (neither answered nor stored in the tracker
  store or the inbox); throughput (answered messages per second of the run);
- CPU per message of each process (Rasa, the action server, the API, PostgreSQL, nginx, …: user + system time of
  its process tree from /proc, sampled every half second so children that come and go are counted), to see where
  the machine's two cores go;
- for the first layout, the long conversation: ``--long-conversations`` conversations of ``--long-turns`` turns
  each, one after another on the idle layout, and the median time of their turn 1 and of their last turn (target:
  the last ≤ 1.5 × the first; Rasa reads and writes the whole tracker on every turn, so this is where a growing
  conversation would show).

``--cpus-per-pair K`` pins each pair's Rasa and action server (every thread of their process trees) to K cores of
their own (pair 1 to cores 0…K-1, pair 2 to the next K), the shared services staying free: on a machine with fewer
cores than a real deployment has nodes, this is how a second pair's gain shows at all (unpinned, one pair already
uses both cores at capacity, and a second only adds processes to share them).

Then the throughput ratio of the last scaled layout to the first (e.g. 2 pairs / 1 pair). With think time the offered load, not the capacity, bounds the
throughput: a ratio near 1 with a lower p95 means the first layout already kept up. ``--think-s 0:0`` measures
capacity instead (every follower sends as fast as it is answered).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.followers import QUESTIONS, Followers, percentile, stored_user_texts  # noqa: E402
from tandem.processes import free_port  # noqa: E402
from tandem.scale import ScaledStack  # noqa: E402
from tandem.stack import Stack  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, get_settings  # noqa: E402


def start(layout: str) -> tuple[Stack, Path, str]:
    """Start ``layout`` ("sqlite" or a number of pairs) in a new folder; returns it and its REST webhook URL."""
    # Not under pytest's or a shared temp folder's private parts: PostgreSQL runs as the postgres user under root.
    data = Path(tempfile.mkdtemp(prefix="tandem-load-"))
    settings = get_settings().model_copy(update={"data_dir": data, "rasa_token": "", "openai_base_url": None,
                                                 "openai_api_key": None, **NO_CLIENT_LIMITS})
    stack: Stack
    if layout == "sqlite":
        settings = settings.model_copy(update={"api_port": free_port(), "rasa_port": free_port(),
                                               "action_port": free_port(), "database_url": "",
                                               "tracker_db_url": "", "redis_url": "", "chroma_url": None})
        stack = Stack(settings, log=lambda _m: None)
        title = "the SQLite default (what scripts/run starts: one Rasa, one action server, the API, embedded Chroma)"
    else:
        stack = ScaledStack(settings, instances=int(layout), entry_port=free_port(), log=lambda _m: None)
        title = f"{layout} Rasa + {layout} action server(s) on PostgreSQL/Redis/Chroma behind nginx"
    began = time.monotonic()
    print(f"\n== {title}; starting …", flush=True)
    stack.start()
    print(f"started in {time.monotonic() - began:.0f} s", flush=True)
    url = (f"{stack.entry_url}" if isinstance(stack, ScaledStack) else stack.settings.rasa_url) + "/webhooks/rest/webhook"
    return stack, data, url


def process_stats() -> dict[int, tuple[int, float]]:
    """Every process's parent pid and CPU seconds (user + system) from /proc."""
    return {int(p): stat for p in os.listdir("/proc") if p.isdigit() and (stat := CpuMeter._stat(int(p)))}


def children_of(stats: dict[int, tuple[int, float]]) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, _cpu) in stats.items():
        children.setdefault(ppid, []).append(pid)
    return children


def process_tree(root: int, children: dict[int, list[int]]) -> list[int]:
    """``root`` and all its descendants."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


class CpuMeter:
    """CPU seconds used by each child of the stack (with its descendants) while running: /proc/PID/stat's utime +
    stime, sampled every half second, each process counted from when it was first seen to its last sample."""

    def __init__(self, stack: Stack) -> None:
        self.roots = {c.name: c.pid for c in stack.group.children}
        self.seen: dict[tuple[str, int], list[float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _stat(pid: int) -> tuple[int, float] | None:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _sample(self) -> None:
        while True:
            stats = process_stats()
            children = children_of(stats)
            for name, root in self.roots.items():
                for pid in process_tree(root, children):
                    if pid in stats:
                        first_last = self.seen.setdefault((name, pid), [stats[pid][1], stats[pid][1]])
                        first_last[1] = max(first_last[1], stats[pid][1])
            if self._stop.wait(0.5):
                return

    def __enter__(self) -> "CpuMeter":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def seconds(self) -> dict[str, float]:
        used = {name: 0.0 for name in self.roots}
        for (name, _pid), (first, last) in self.seen.items():
            used[name] += last - first
        return used


def pin_pairs(stack: Stack, cpus_per_pair: int) -> str:
    """Pin pair N's Rasa and action server, with every thread and child process, to cores of their own."""
    cores = sorted(os.sched_getaffinity(0))
    children = children_of(process_stats())
    done = []
    for child in stack.group.children:
        match = re.fullmatch(r"(?:rasa|actions)-(\d+)", child.name)
        if not match:
            continue
        first = (int(match.group(1)) - 1) * cpus_per_pair
        cpus = {cores[(first + i) % len(cores)] for i in range(cpus_per_pair)}
        for pid in process_tree(child.pid, children):
            for tid in os.listdir(f"/proc/{pid}/task") if os.path.isdir(f"/proc/{pid}/task") else ():
                os.sched_setaffinity(int(tid), cpus)
        done.append(f"{child.name} → cores {','.join(map(str, sorted(cpus)))}")
    return "; ".join(done)


def load(stack: Stack, url: str, args: argparse.Namespace, label: str) -> dict:
    if args.cpus_per_pair and isinstance(stack, ScaledStack):
        print(f"pinned               {pin_pairs(stack, args.cpus_per_pair)}", flush=True)
    followers = Followers(url, followers=args.followers, think_s=args.think, prefix=f"{label}-")
    load_before = os.getloadavg()[0]
    with CpuMeter(stack) as cpu:
        wall = followers.run(args.duration_s)
    load_after = os.getloadavg()[0]
    stored = stored_user_texts(stack.settings.tracker_db, stack.settings.database)
    sent = followers.messages
    answered = [m for m in sent if m.answered]
    errors = [m for m in sent if not m.answered]
    lost = [m for m in errors if stored.get((m.sender, m.text), 0) == 0]
    latencies = [m.latency_s for m in answered]
    result = {"sent": len(sent), "answered": len(answered), "errors": len(errors), "lost": len(lost), "wall": wall,
              "throughput": len(answered) / wall, "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
              "p99": percentile(latencies, 99), "handovers": sum(m.asks_for_person for m in sent)}
    statuses: dict[str, int] = {}
    for m in errors:
        key = "empty reply" if m.status == 200 else str(m.status or "no response")
        statuses[key] = statuses.get(key, 0) + 1
    print(f"""followers            {args.followers} for {args.duration_s:.0f} s, think time {args.think[0]:g}–{args.think[1]:g} s
messages sent        {result['sent']}  ({result['handovers']} asking for a person)
answered             {result['answered']}
errors               {result['errors']}  {statuses or ''}
lost                 {result['lost']}  (neither answered nor in the tracker store or the inbox)
latency p50/p95/p99  {result['p50'] * 1000:.0f} / {result['p95'] * 1000:.0f} / {result['p99'] * 1000:.0f} ms
throughput           {result['throughput']:.2f} answered messages/s over {wall:.0f} s
load average         {load_before:.1f} at the start, {load_after:.1f} at the end (2 cores, shared)""", flush=True)
    used = cpu.seconds()
    print("CPU per message      " + ", ".join(f"{name} {seconds / max(1, len(sent)) * 1000:.1f} ms"
                                          for name, seconds in sorted(used.items(), key=lambda kv: -kv[1]))
          + f"  (total {sum(used.values()) / max(1, len(sent)) * 1000:.1f} ms)", flush=True)
    result["cpu_ms"] = {name: seconds / max(1, len(sent)) * 1000 for name, seconds in used.items()}
    return result


def long_conversations(url: str, turns: int, conversations: int) -> None:
    """Turn 1 and turn ``turns`` of ``conversations`` conversations, played one after another on the idle layout."""
    per_turn: list[list[float]] = [[] for _ in range(turns)]
    with httpx.Client(timeout=60) as client:
        for c in range(conversations):
            sender = f"long-{c}"
            for turn in range(turns):
                text = f"{QUESTIONS[(turn + c) % len(QUESTIONS)]} [{sender}/{turn}]"
                began = time.monotonic()
                response = client.post(url, json={"sender": sender, "message": text})
                response.raise_for_status()
                per_turn[turn].append(time.monotonic() - began)
    first, last = statistics.median(per_turn[0]), statistics.median(per_turn[-1])
    early = statistics.median([t for ts in per_turn[:5] for t in ts])
    late = statistics.median([t for ts in per_turn[-5:] for t in ts])
    print(f"""long conversation    {conversations} × {turns} turns, one at a time on the idle layout
  turn 1 / turn {turns}     {first * 1000:.0f} / {last * 1000:.0f} ms (medians)  ratio {last / first:.2f} (target ≤ 1.5)
  turns 1–5 / {turns - 4}–{turns}  {early * 1000:.0f} / {late * 1000:.0f} ms (medians)  ratio {late / early:.2f}""", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--followers", type=int, default=50)
    parser.add_argument("--duration-s", type=float, default=300.0)
    parser.add_argument("--think-s", default="3:12", help="think time between answer and next message, LOW:HIGH s")
    parser.add_argument("--layouts", "--instances", default="sqlite,1,2",
                        help="comma-separated: sqlite (the scripts/run default) and/or N (the scaled layout, N pairs)")
    parser.add_argument("--long-turns", type=int, default=50)
    parser.add_argument("--long-conversations", type=int, default=3)
    parser.add_argument("--cpus-per-pair", type=int, default=0,
                        help="pin each pair's Rasa and action server to this many cores of their own (0: no pinning)")
    args = parser.parse_args()
    args.think = tuple(float(x) for x in args.think_s.split(":"))
    results: dict[str, dict] = {}
    long_done = args.long_turns < 2 or args.long_conversations < 1
    for layout in args.layouts.split(","):
        stack, data, url = start(layout)
        try:
            results[layout] = load(stack, url, args, f"l{layout}")
            if not long_done:
                long_conversations(url, args.long_turns, args.long_conversations)
                long_done = True
        finally:
            stack.stop()
            shutil.rmtree(data, ignore_errors=True)
    scaled = [(int(k), r) for k, r in results.items() if k.isdigit()]
    if len(scaled) >= 2:
        (a, ra), (b, rb) = scaled[0], scaled[-1]
        print(f"\nthroughput ratio     {b} pairs / {a} pair(s): {rb['throughput'] / ra['throughput']:.2f} "
              f"({rb['throughput']:.2f} / {ra['throughput']:.2f} messages/s); "
              f"p95 {rb['p95'] * 1000:.0f} vs {ra['p95'] * 1000:.0f} ms")
    return 1 if any(r["lost"] for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
