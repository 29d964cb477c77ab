"""The agent inbox under load: simultaneous claims, API latency under concurrency, and how fast a follower's
message shows up for agents.

    .venv/bin/python bench/inbox.py [--agents 50] [--clients 50] [--requests 20] [--samples 10]

Starts the real stack (action server, Rasa, API with SQLite) on free loopback ports in a temp folder, then:
1. claims: ``--agents`` agents claim the same waiting conversation at the same instant (a barrier releases
   them), three rounds; exactly one may win, the rest must get 409. Prints the winner.
2. API latency: ``--clients`` concurrent clients, each ``--requests`` requests (60 % queue, 30 % conversation
   view incl. Rasa transcript, 10 % notes). Prints p50/p95/max per kind and overall.
3. follower → agent: an agent listens to the live stream (SSE, what the agent page uses); a follower writes
   to Rasa's REST channel; time until (a) the stream reports it and (b) the queue re-read shows it — for a new
   handover (Rasa → action server → database → stream) and for a message written while waiting
   (Rasa → channel guard → API → database → stream).
4. the same for the page itself: Chromium shows the agent page; time until the new queue item is in the DOM.
Only loopback traffic; every loop is bounded by counts and timeouts.
"""
from __future__ import annotations

import argparse
import json
import queue
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.auth import create_user, issue_token  # noqa: E402
from database.engine import session_factory  # noqa: E402
from inbox.queue import enqueue  # noqa: E402
from tandem.processes import free_port  # noqa: E402
from tandem.settings import NO_CLIENT_LIMITS, ROOT, get_settings  # noqa: E402
from tandem.stack import Stack  # noqa: E402

PASSWORD = "bench password 123"
ANGRY = "Das ist eine Frechheit, ich will sofort mit einem Menschen reden!!!"
STREAM_TIMEOUT_S = 20.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def summary(values: list[float]) -> str:
    return (f"n={len(values)} p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f} ms, "
            f"max {max(values):.0f} ms")


def client(base: str) -> httpx.Client:
    return httpx.Client(base_url=base, timeout=30, trust_env=False)


def make_agents(database: str, count: int) -> list[tuple[str, str]]:
    """Users and tokens straight in the database (signing in 50 times would only measure scrypt)."""
    agents = []
    with session_factory(database)() as session:
        for i in range(count):
            user = create_user(session, f"agent{i:02d}", PASSWORD, "agent")
            agents.append((user.name, issue_token(session, user).token))
    return agents


def waiting_handover(database: str, sender: str) -> int:
    with session_factory(database)() as session:
        return enqueue(session, sender_id=sender, channel="socketio", language="de", reasons=["emotional"],
                       priority=60, explanation="bench", summary="bench").id


def bench_claims(base: str, database: str, agents: list[tuple[str, str]], rounds: int = 3) -> None:
    print(f"\n1. {len(agents)} agents claim one conversation at the same instant ({rounds} rounds)")
    for round_no in range(1, rounds + 1):
        handover_id = waiting_handover(database, f"claim-{uuid.uuid4().hex[:8]}")
        barrier = threading.Barrier(len(agents))
        results: list[tuple[str, int, float, str]] = []
        lock = threading.Lock()

        def attempt(name: str, token: str) -> None:
            with client(base) as http:
                http.get("/health")  # open the connection before the barrier, so all requests leave together
                barrier.wait(timeout=30)
                started = time.perf_counter()
                response = http.post(f"/api/inbox/handovers/{handover_id}/claim",
                                     headers={"Authorization": f"Bearer {token}"})
                elapsed = (time.perf_counter() - started) * 1000
                holder = response.json().get("assigned_to") if response.status_code == 200 else \
                    (response.json().get("detail") or {}).get("assigned_to")
            with lock:
                results.append((name, response.status_code, elapsed, str(holder)))

        threads = [threading.Thread(target=attempt, args=agent) for agent in agents]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        winners = [r for r in results if r[1] == 200]
        losers = [r for r in results if r[1] == 409]
        told = {r[3] for r in losers}
        winner = winners[0][0] if winners else "—"
        ok = len(winners) == 1 and len(losers) == len(agents) - 1 and told == {winner}
        print(f"   round {round_no}: winner {winner}; {len(winners)}×200, {len(losers)}×409 "
              f"(all losers told who has it: {told == {winner}}); "
              f"{summary([r[2] for r in results])} -> {'OK' if ok else 'FAILED'}")
        if not ok:
            raise SystemExit(f"claim round {round_no} broke atomicity: {sorted(set((r[1], r[3]) for r in results))}")


def bench_api(base: str, database: str, agents: list[tuple[str, str]], clients: int, requests: int) -> None:
    print(f"\n2. inbox API under {clients} concurrent clients × {requests} requests")
    ids = [waiting_handover(database, f"load-{i}-{uuid.uuid4().hex[:6]}") for i in range(20)]
    timings: dict[str, list[float]] = {"queue": [], "conversation": [], "note": []}
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def worker(index: int) -> None:
        rng = random.Random(index)
        _name, token = agents[index % len(agents)]
        headers = {"Authorization": f"Bearer {token}"}
        with client(base) as http:
            http.get("/health")
            barrier.wait(timeout=30)
            for _ in range(requests):
                roll = rng.random()
                handover_id = rng.choice(ids)
                kind = "queue" if roll < 0.6 else "conversation" if roll < 0.9 else "note"
                started = time.perf_counter()
                if kind == "queue":
                    response = http.get("/api/inbox/handovers", headers=headers)
                elif kind == "conversation":
                    response = http.get(f"/api/inbox/handovers/{handover_id}", headers=headers)
                else:
                    response = http.post(f"/api/inbox/handovers/{handover_id}/notes", headers=headers,
                                         json={"text": "bench note"})
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    timings[kind].append(elapsed)
                    if response.status_code not in (200, 201):
                        errors.append(f"{kind}: HTTP {response.status_code}")

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    wall = time.perf_counter() - started
    everything = [t for values in timings.values() for t in values]
    for kind, values in timings.items():
        if values:
            print(f"   {kind:13} {summary(values)}")
    print(f"   {'all':13} {summary(everything)}; {len(everything) / wall:.0f} requests/s; errors: {len(errors)}")


def listen(base: str, token: str, events: queue.Queue, stop: threading.Event, ready: threading.Event) -> None:
    """Read the live stream the agent page reads; put (arrival time, event, data) for each change."""
    try:
        with client(base) as http, http.stream("GET", "/api/inbox/events", params={"token": token},
                                               timeout=httpx.Timeout(30, read=60)) as response:
            name = ""
            for line in response.iter_lines():
                if stop.is_set():
                    return
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    if name == "ready":
                        ready.set()
                    else:
                        events.put((time.perf_counter(), name, json.loads(line[6:])))
    except httpx.HTTPError:
        if not stop.is_set():
            raise


def wait_for(events: queue.Queue, kind: str, action: str) -> tuple[float, dict]:
    deadline = time.perf_counter() + STREAM_TIMEOUT_S
    while time.perf_counter() < deadline:
        try:
            arrived, name, data = events.get(timeout=max(0.01, deadline - time.perf_counter()))
        except queue.Empty:
            break
        if name == kind and data.get("action") == action:
            return arrived, data
    raise SystemExit(f"no {kind}/{action} on the stream within {STREAM_TIMEOUT_S:.0f} s")


def bench_follower_to_agent(base: str, rasa_url: str, token: str, samples: int) -> None:
    print(f"\n3. follower message → agent page ({samples} samples each; live stream polls every 0.5 s)")
    events: queue.Queue = queue.Queue()
    stop, ready = threading.Event(), threading.Event()
    thread = threading.Thread(target=listen, args=(base, token, events, stop, ready), daemon=True)
    thread.start()
    if not ready.wait(timeout=15):
        raise SystemExit("the live stream did not start")
    results = {"new handover: stream": [], "new handover: queue shows it": [], "message while waiting: stream": [],
               "rasa reply to the follower": []}
    headers = {"Authorization": f"Bearer {token}"}
    with client(base) as http, httpx.Client(timeout=60, trust_env=False) as rasa:
        for _ in range(samples):
            sender = f"latency-{uuid.uuid4().hex[:8]}"
            started = time.perf_counter()
            reply = rasa.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": ANGRY})
            results["rasa reply to the follower"].append((time.perf_counter() - started) * 1000)
            if reply.status_code != 200 or not reply.json():
                raise SystemExit(f"Rasa did not answer: HTTP {reply.status_code}")
            arrived, data = wait_for(events, "handover", "handed_over")
            results["new handover: stream"].append((arrived - started) * 1000)
            queue_body = http.get("/api/inbox/handovers", headers=headers).json()
            if not any(item["id"] == data["handover_id"] for item in queue_body["items"]):
                raise SystemExit("the queue does not show the new handover")
            results["new handover: queue shows it"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            rasa.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": "Hallo? Noch jemand da?"})
            arrived, _ = wait_for(events, "message", "follower_wrote")
            results["message while waiting: stream"].append((arrived - started) * 1000)
    stop.set()
    for label, values in results.items():
        print(f"   {label:30} {summary(values)}")


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def bench_agent_page(base: str, rasa_url: str, database: str, samples: int) -> None:
    """The same path measured in the browser: until the queue item is on the agent page (Chromium, Playwright)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("\n4. agent page: skipped (playwright not installed)")
        return
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("\n4. agent page: skipped (no Chromium)")
        return
    with session_factory(database)() as session:
        create_user(session, "pagewatcher", PASSWORD, "agent")
    print(f"\n4. follower message → queue item visible on the agent page in Chromium ({samples} samples)")
    times: list[float] = []
    with sync_playwright() as p, httpx.Client(timeout=60, trust_env=False) as rasa:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 800})
        page.goto(f"{base}/inbox")
        page.fill("#login-name", "pagewatcher")
        page.fill("#login-password", PASSWORD)
        page.press("#login-password", "Enter")
        page.wait_for_selector("#live[data-state='live']", timeout=15_000)
        for i in range(samples):
            marker = f"Bestellung {uuid.uuid4().hex[:6]}"
            message = f"Das ist eine Frechheit!!! Ich will sofort mit einem Menschen reden ({marker})"
            sender = threading.Thread(target=rasa.post, args=(f"{rasa_url}/webhooks/rest/webhook",),
                                      kwargs={"json": {"sender": f"page-{i}-{marker[-6:]}", "message": message}})
            started = time.perf_counter()
            sender.start()
            page.locator(".queue-item", has_text=marker).wait_for(timeout=STREAM_TIMEOUT_S * 1000)
            times.append((time.perf_counter() - started) * 1000)
            sender.join(timeout=30)
        browser.close()
    print(f"   {'new handover on the page':30} {summary(times)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--samples", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = get_settings().model_copy(update={
            "data_dir": Path(tmp), "kb_dir": ROOT / "sample_kb", "rasa_token": "", "rasa_port": free_port(),
            "action_port": free_port(), "api_port": free_port(), "openai_base_url": None, "openai_api_key": None,
            **NO_CLIENT_LIMITS})
        print("starting the stack (Rasa, action server, API) on loopback …", flush=True)
        with Stack(settings, log=lambda _m: None) as stack:
            s = stack.settings
            base = f"http://{s.host}:{s.api_port}"
            agents = make_agents(s.database, max(args.agents, 1))
            print(f"database {s.database.split('///')[-1].split('/')[-1]} (SQLite, WAL); API one uvicorn worker")
            bench_claims(base, s.database, agents)
            bench_api(base, s.database, agents, args.clients, args.requests)
            bench_follower_to_agent(base, s.rasa_url, agents[0][1], args.samples)
            bench_agent_page(base, s.rasa_url, s.database, args.samples)


if __name__ == "__main__":
    main()
