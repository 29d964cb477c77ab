"""Keeping the stack's processes alive: a crashed or hung child is restarted with back-off, the others serve on.

One watcher thread per child checks every ``interval_s`` whether the process still runs and whether its health
URL answers. A child that exited (``kill -9``, a crash) or whose health URL has not answered for ``hang_after_s``
(``SIGSTOP``, a dead-locked event loop) is killed with its process group and started again, after a back-off of
1, 2, 4 … at most 30 s that resets once the child has run well for a minute, so a child that dies at once is not
restarted in a tight loop. Each event goes to the log, to ``supervisor.log`` and into the run file
(``data/run/supervisor.json``), which the API's ``/health`` shows, and which the next start reads to find
processes a killed supervisor left behind (`reap_leftovers`).

Why not supervisord or circus: see the README ("Process supervision"). In short, neither checks an HTTP health
URL with a timeout nor makes its children die with it, which are the two faults this module exists for, and
both add a daemon with its own configuration and control socket to what `tandem run`, `tandem eval` and the
tests start on free ports per run.
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx

from tandem.processes import Child, ProcessGroup, StartupError, start_time

MAX_EVENTS = 30          # kept in the run file for /health
STABLE_AFTER_S = 60.0    # a child that answered this long after a restart starts the back-off from 1 s again
MAX_BACKOFF_S = 30.0


@dataclass
class Watched:
    """What the supervisor needs to know about one child: where it says it is healthy."""

    health_url: str
    start_timeout_s: float


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


def run_file(data_dir: Path) -> Path:
    return Path(data_dir) / "run" / "supervisor.json"


def read_run_file(data_dir: Path) -> dict | None:
    """The supervisor's last written state, or None when there is none (or it is being replaced)."""
    try:
        return json.loads(run_file(data_dir).read_text())
    except (OSError, ValueError):
        return None


def reap_leftovers(data_dir: Path, log: Callable[[str], object] = print) -> list[str]:
    """Stop the processes a previous supervisor started and left running (it was killed with ``kill -9`` on a
    system without ``setpriv``, or a grandchild outlived its parent). Only processes whose pid *and* start time
    match the run file are touched, so a reused pid is never signalled. Refuses to run next to a live supervisor."""
    state = read_run_file(data_dir)
    if not state:
        return []
    owner = state.get("supervisor") or {}
    pid = owner.get("pid")
    if pid and pid != os.getpid() and start_time(pid) == owner.get("start_time"):
        raise StartupError(f"another Tandem (pid {pid}) is running with data directory {data_dir}; stop it first")
    reaped = []
    for name, info in (state.get("processes") or {}).items():
        child = info.get("pid")
        if not child or start_time(child) != info.get("start_time"):
            continue
        for sig in (signal.SIGTERM, signal.SIGCONT):
            try:
                os.killpg(child, sig)
            except (ProcessLookupError, PermissionError):
                pass
        deadline = time.monotonic() + 5
        while start_time(child) is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        if start_time(child) is not None:
            try:
                os.killpg(child, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        reaped.append(f"{name} (pid {child})")
    if reaped:
        log(f"stopped what a previous run left running: {', '.join(reaped)}")
    run_file(data_dir).unlink(missing_ok=True)
    return reaped


class Supervisor:
    def __init__(self, group: ProcessGroup, watched: dict[str, Watched], data_dir: Path, *,
                 hang_after_s: float = 10.0, interval_s: float = 1.0, probe_timeout_s: float = 3.0,
                 log: Callable[[str], object] = print) -> None:
        self.group = group
        self.watched = watched
        self.data_dir = Path(data_dir)
        self.hang_after_s = hang_after_s
        self.interval_s = interval_s
        self.probe_timeout_s = min(probe_timeout_s, hang_after_s)
        self.log = log
        self.events: list[dict] = []
        self.restarts: dict[str, int] = {name: 0 for name in watched}
        self.states: dict[str, str] = {name: "running" for name in watched}
        self._stopping = threading.Event()
        self._released = threading.Event()
        self._lock = threading.RLock()
        self._threads: list[threading.Thread] = []

    def child(self, name: str) -> Child:
        with self._lock:
            return next(c for c in self.group.children if c.name == name)

    def start(self) -> "Supervisor":
        self.write()
        for name in self.watched:
            thread = threading.Thread(target=self._watch, args=(name,), name=f"watch-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop watching (before the children are stopped, so stopping them is not taken for a crash)."""
        self._stopping.set()

    def join(self) -> None:
        """End the watcher threads, once the children are stopped: a child a watcher restarted carries that
        thread's parent-death signal and would be killed without its SIGTERM if the thread ended first."""
        self._stopping.set()
        self._released.set()
        for thread in self._threads:
            thread.join(timeout=15)
        self._threads.clear()
        run_file(self.data_dir).unlink(missing_ok=True)

    def event(self, name: str, what: str, detail: str) -> None:
        at = datetime.now(timezone.utc)
        with self._lock:
            self.events.append({"at": at.isoformat(timespec="seconds"), "process": name, "event": what,
                                "detail": detail})
            del self.events[:-MAX_EVENTS]
            self.write()
        line = f"{at.astimezone():%H:%M:%S} {name}: {what} ({detail})"
        self.log(f"tandem: {line}")
        try:
            with (self.group.log_dir / "supervisor.log").open("a") as out:
                out.write(line + "\n")
        except OSError:
            pass

    def write(self) -> None:
        """The run file: this supervisor, each child (pid, start time, state, restarts) and the recent events."""
        with self._lock:
            processes = {c.name: {"pid": c.pid, "start_time": start_time(c.pid), "state": self.states.get(c.name),
                                  "restarts": self.restarts.get(c.name, 0)} for c in self.group.children}
            state = {"supervisor": {"pid": os.getpid(), "start_time": start_time(os.getpid())},
                     "processes": processes, "events": self.events}
            path = run_file(self.data_dir)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(state, indent=1))
            os.replace(tmp, path)

    def _probe(self, client: httpx.Client, url: str) -> bool:
        try:
            return client.get(url).status_code == 200
        except httpx.HTTPError:
            return False

    def _watch(self, name: str) -> None:
        try:
            self._watch_until_stopped(name)
        finally:
            self._released.wait()

    def _watch_until_stopped(self, name: str) -> None:
        watched = self.watched[name]
        backoff = 0.0
        healthy_since = last_ok = time.monotonic()
        with httpx.Client(timeout=self.probe_timeout_s, trust_env=False) as client:
            while not self._stopping.wait(self.interval_s):
                child = self.child(name)
                code = child.process.poll()
                if code is None:
                    if self._probe(client, watched.health_url):
                        last_ok = time.monotonic()
                        if last_ok - healthy_since > STABLE_AFTER_S:
                            backoff = 0.0
                        continue
                    if self._stopping.is_set() or time.monotonic() - last_ok < self.hang_after_s:
                        continue
                    failure = ("hung", f"health check unanswered for {time.monotonic() - last_ok:.0f} s")
                else:
                    failure = ("crashed", describe_exit(code))
                if self._stopping.is_set():
                    return
                self.event(name, *failure)
                backoff = min(max(1.0, backoff * 2), MAX_BACKOFF_S)
                with self._lock:
                    self.states[name] = "restarting"
                if self._stopping.wait(backoff):
                    return
                if self._restart(name, watched, backoff):
                    healthy_since = last_ok = time.monotonic()

    def _restart(self, name: str, watched: Watched, backoff: float) -> bool:
        began = time.monotonic()
        with self._lock:
            fresh = self.group.restart(self.child(name))
            self.restarts[name] += 1
            self.write()
        try:
            self.group.wait_http(fresh, watched.health_url, timeout_s=watched.start_timeout_s,
                                 stop=self._stopping)
        except StartupError as exc:
            if not self._stopping.is_set():
                self.event(name, "restart failed", str(exc).splitlines()[0])
            return False
        if self._stopping.is_set():
            return False
        with self._lock:
            self.states[name] = "running"
        self.event(name, "restarted", f"pid {fresh.pid}, serving again {time.monotonic() - began:.1f} s after "
                                      f"a {backoff:.0f} s back-off, restart {self.restarts[name]}")
        return True
