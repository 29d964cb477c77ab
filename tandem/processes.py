"""Starting child processes, waiting until they answer, and stopping every one of them.

Each child gets its own process group, so stopping it also stops anything it spawned (Rasa forks
helpers); Ctrl-C in `tandem run` reaches only the supervisor, which then stops the children in order.
Each child also dies with its supervisor: it is started through util-linux's ``setpriv --pdeathsig KILL``
(the kernel's PR_SET_PDEATHSIG, set without a ``preexec_fn``, which is unsafe once threads run), so a
``kill -9`` of ``tandem run`` does not leave Rasa holding its port. The kernel sends that signal when the
*thread* that started the child ends: children are started by threads that live as long as the supervisor
(`tandem.supervisor` restarts each child from its own watcher thread). What the signal cannot reach (a
grandchild in the child's group) is found on the next start from the run file (`tandem.supervisor.reap_leftovers`).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx


SETPRIV = shutil.which("setpriv") if sys.platform.startswith("linux") else None


class StartupError(RuntimeError):
    """A process did not come up; the message names it and ends with the tail of its log."""


@dataclass
class Child:
    name: str
    process: subprocess.Popen
    log_path: Path
    argv: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict, repr=False)
    cwd: Path | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 25) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@dataclass
class ProcessGroup:
    log_dir: Path
    children: list[Child] = field(default_factory=list)

    def start(self, name: str, argv: list[str], env: dict[str, str], cwd: Path) -> Child:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.log_dir / f"{name}.log"
        with log_path.open("ab") as log:
            process = subprocess.Popen(with_parent_death_signal(argv), cwd=cwd, env=env, stdout=log,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        child = Child(name, process, log_path, list(argv), dict(env), Path(cwd))
        self.children.append(child)
        return child

    def restart(self, child: Child) -> Child:
        """Kill ``child`` and its process group (it is dead or hung: no grace) and start it again in its place."""
        _signal(child.process, signal.SIGKILL)
        try:
            os.killpg(child.process.pid, signal.SIGKILL)   # helpers left in its group after it died
        except (ProcessLookupError, PermissionError):
            pass
        try:
            child.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        index = self.children.index(child)
        self.children.remove(child)
        fresh = self.start(child.name, child.argv, child.env, child.cwd or Path.cwd())
        self.children.remove(fresh)
        self.children.insert(index, fresh)
        return fresh

    def wait_http(self, child: Child, url: str, timeout_s: float, ok=lambda r: r.status_code == 200,
                  stop: threading.Event | None = None) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not (stop is not None and stop.is_set()):
            if child.process.poll() is not None:
                raise StartupError(f"{child.name} exited with code {child.process.returncode}:\n{child.log_tail()}")
            try:
                if ok(httpx.get(url, timeout=2.0)):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise StartupError(f"{child.name} did not answer at {url} within {timeout_s:.0f} s:\n{child.log_tail()}")

    def stop(self, grace_s: float = 8.0) -> None:
        for child in reversed(self.children):
            _signal(child.process, signal.SIGTERM)
            _signal(child.process, signal.SIGCONT)   # a stopped (SIGSTOP) child handles SIGTERM only once resumed
        deadline = time.monotonic() + grace_s
        for child in reversed(self.children):
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal(child.process, signal.SIGKILL)
                child.process.wait(timeout=5)
        self.children.clear()

    def dead(self) -> list[Child]:
        return [c for c in self.children if c.process.poll() is not None]


def with_parent_death_signal(argv: list[str]) -> list[str]:
    """``argv`` run so that the kernel kills it when its parent dies (where util-linux's setpriv exists)."""
    return [SETPRIV, "--pdeathsig", "KILL", "--", *argv] if SETPRIV else list(argv)


def start_time(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (/proc/PID/stat field 22), or None when it is gone:
    with the pid it names one process, even after the pid number has been reused."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError, PermissionError):
        return None
    return None if fields[0] == "Z" else int(fields[19])


def _signal(process: subprocess.Popen, sig: int) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.3)
        return s.connect_ex((host, port)) == 0
