"""Faults on the production layout under load: while simulated followers talk through nginx, one Rasa instance,
one action server and the API are killed with SIGKILL (each started again a little later) and PostgreSQL is
restarted. Not part of the default test run (about 10 minutes on a shared 2-core machine):

    .venv/bin/python bench/scale_faults.py [--instances 2] [--followers 50] [--think-s 3:12]
                                           [--faults rasa,actions,api,postgres] [--down-s 10] [--settle-s 30]

Starts `tandem.scale.ScaledStack` (PostgreSQL, Redis, Chroma server, N Rasa + N action servers, the API, nginx) in a
temporary folder. The followers of bench/followers.py (think time between messages, one conversation in ten asks
for a person) re-send a message that got no 200 with the same text, backing off from 1 to 8 s for up to 2 minutes,
as a messaging platform re-sends an unacknowledged webhook. The faults come one after another: each is done,
the process is started again after ``--down-s`` (PostgreSQL: a fast shutdown and a start), and ``--settle-s`` later
the next one follows. Per fault, for the messages first sent between the fault and the end of its settling, and
for the whole run, it prints:

- sent: messages the followers sent (each counted once, however often it was re-sent);
- acknowledged: a 200 came back (what a platform takes as delivered); answered: … with a non-empty reply;
- stored: the message is in Rasa's tracker store (PostgreSQL) or the inbox's waiting messages;
- lost: acknowledged but not stored (target 0); unacknowledged: the retries ran out without a 200;
- duplicates: a message stored more than once (a re-send of one a killed process had already recorded: REST has
  no message id to recognise it by; the messaging channels have, see bot/connectors/verify.py).

At the end: the conversations that asked for a person and got their handover acknowledged, and how many of them
are still queued (waiting) in the inbox after all the faults.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.followers import Followers, Message, percentile, queued_handovers, stored_user_texts  # noqa: E402
from tandem.processes import free_port  # noqa: E402
from tandem.scale import ScaledStack  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, get_settings  # noqa: E402

RETRY_BUDGET_S = 120.0   # a platform keeps re-sending an unacknowledged webhook this long, backing off


@dataclass
class Window:
    fault: str
    began: float
    recovered: float | None = None
    ended: float | None = None


def kill(child) -> None:  # noqa: ANN001 (a tandem.processes.Child)
    os.killpg(child.process.pid, signal.SIGKILL)


def run_fault(stack: ScaledStack, name: str, down_s: float) -> None:
    if name == "rasa":
        kill(stack.rasa_children[0])
        time.sleep(down_s)
        stack.restart_rasa(0)
    elif name == "actions":
        kill(stack.action_children[0])
        time.sleep(down_s)
        stack.restart_action_server(0)
    elif name == "api":
        kill(next(c for c in stack.group.children if c.name == "api"))
        time.sleep(down_s)
        stack.restart_api()
    elif name == "postgres":
        before, after = stack.restart_postgres()
        print(f"          PostgreSQL server pid {before} -> {after}", flush=True)
    else:
        raise ValueError(f"unknown fault {name!r} (rasa, actions, api, postgres)")


def summary(label: str, messages: list[Message], stored: dict[tuple[str, str], int]) -> tuple[str, int]:
    acknowledged = [m for m in messages if m.acknowledged_at is not None]
    answered = [m for m in acknowledged if m.answered]
    in_store = [m for m in messages if stored.get((m.sender, m.text), 0) >= 1]
    lost = [m for m in acknowledged if stored.get((m.sender, m.text), 0) == 0]
    duplicates = sum(max(0, stored.get((m.sender, m.text), 0) - 1) for m in messages)
    retried = sum(m.attempts > 1 for m in messages)
    latencies = [m.latency_s for m in acknowledged]
    line = (f"{label:<34} {len(messages):>5} {len(acknowledged):>6} {len(answered):>6} {len(in_store):>6} "
            f"{len(lost):>5} {len(messages) - len(acknowledged):>6} {duplicates:>5} {retried:>6}   "
            f"{percentile(latencies, 50) * 1000:>6.0f} / {percentile(latencies, 95) * 1000:>6.0f} ms")
    return line, len(lost)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--followers", type=int, default=50)
    parser.add_argument("--think-s", default="3:12", help="think time between answer and next message, LOW:HIGH s")
    parser.add_argument("--faults", default="rasa,actions,api,postgres")
    parser.add_argument("--warmup-s", type=float, default=30.0, help="load before the first fault")
    parser.add_argument("--down-s", type=float, default=10.0, help="a killed process is started again after this")
    parser.add_argument("--settle-s", type=float, default=30.0, help="load after a recovery, before the next fault")
    args = parser.parse_args()
    faults = [f.strip() for f in args.faults.split(",") if f.strip()]

    data = Path(tempfile.mkdtemp(prefix="tandem-faults-"))
    settings = get_settings().model_copy(update={"data_dir": data, "rasa_token": "", "openai_base_url": None,
                                                 "openai_api_key": None, **NO_CLIENT_LIMITS})
    stack = ScaledStack(settings, instances=args.instances, entry_port=free_port(), log=lambda _m: None)
    print(f"starting {args.instances} Rasa + {args.instances} action servers on PostgreSQL/Redis/Chroma in {data} …",
          flush=True)
    started = time.monotonic()
    windows: list[Window] = []
    try:
        stack.start()
        print(f"started in {time.monotonic() - started:.0f} s", flush=True)
        followers = Followers(f"{stack.entry_url}/webhooks/rest/webhook", followers=args.followers,
                              think_s=tuple(float(x) for x in args.think_s.split(":")), retry_budget_s=RETRY_BUDGET_S)
        talking = threading.Thread(target=followers.run, args=(24 * 3600,), daemon=True)
        began = time.monotonic()
        talking.start()
        time.sleep(args.warmup_s)
        for name in faults:
            window = Window(name, time.monotonic())
            windows.append(window)
            print(f"{time.monotonic() - began:6.0f} s  {name}: {'restart' if name == 'postgres' else 'kill -9'} "
                  f"({len(followers.messages)} messages so far)", flush=True)
            run_fault(stack, name, args.down_s)
            window.recovered = time.monotonic()
            print(f"{time.monotonic() - began:6.0f} s  {name} back after {window.recovered - window.began:.0f} s",
                  flush=True)
            time.sleep(args.settle_s)
            window.ended = time.monotonic()
        followers.stop()
        talking.join(timeout=RETRY_BUDGET_S + 90)   # messages in flight finish, re-sends included
        wall = time.monotonic() - began
        stored = stored_user_texts(stack.settings.tracker_db, stack.settings.database)
        handovers = queued_handovers(stack.settings.database)
    finally:
        stack.stop()

    messages = followers.messages
    print(f"\n{'':<34} {'sent':>5} {'acked':>6} {'answd':>6} {'stored':>6} {'lost':>5} {'unack':>6} {'dupl':>5} "
          f"{'resent':>6}   latency p50 / p95")
    lost_total = 0
    for window in windows:
        during = [m for m in messages if window.began <= m.sent_at < (window.ended or float("inf"))]
        verb = "restart" if window.fault == "postgres" else "kill -9"
        label = f"{verb} {window.fault} (back in {(window.recovered or 0) - window.began:.0f} s)"
        line, lost = summary(label, during, stored)
        lost_total += lost
        print(line)
    line, lost_all = summary(f"whole run ({wall:.0f} s)", messages, stored)
    print(line)
    asked = {m.sender for m in messages if m.asks_for_person and m.acknowledged_at is not None}
    queued = {s for s in asked if handovers.get(s) == "waiting"}
    print(f"\nhanded over          {len(asked)} conversations asked for a person and were acknowledged; "
          f"{len(queued)} still queued (waiting) after the faults"
          + (f"; not queued: {sorted(asked - queued)[:5]} states {[handovers.get(s) for s in sorted(asked - queued)[:5]]}"
             if asked - queued else ""))
    print(f"load average         {os.getloadavg()[0]:.1f} at the end (2 cores, shared)")
    lost = [m for m in messages if m.acknowledged_at is not None and not stored.get((m.sender, m.text))]
    for m in lost[:10]:
        # A message is counted in the window it was sent in, but a fault hits it while it is handled: one sent in the
        # last seconds before the next fault is saved during that fault (run 3's two "api" losses were sent just
        # before the PostgreSQL restart).
        acked = m.sent_at + (m.latency_s or 0.0)
        hit = [f"{w.fault} {'restart' if w.fault == 'postgres' else 'kill'} at {w.began - began:.0f} s"
               for w in windows if w.began <= acked and (w.recovered or w.began) >= m.sent_at]
        print(f"  lost: {m.text!r} sent at {m.sent_at - began:.0f} s, acknowledged after {m.latency_s:.1f} s, "
              f"{m.attempts} attempt(s), replies {[r[:60] for r in m.replies]}"
              f"{'; handled during ' + ', '.join(hit) if hit else ''}")
    if lost:
        print(f"logs kept in {data / 'logs'} (Rasa's say why a message was acknowledged but not stored)")
    else:
        shutil.rmtree(data, ignore_errors=True)
    return 1 if lost_all or asked - queued else 0


if __name__ == "__main__":
    raise SystemExit(main())
