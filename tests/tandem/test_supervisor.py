"""The supervisor restarts a crashed or hung child with back-off, and a killed supervisor leaves nothing behind.

The children here are tiny HTTP servers in their own Python processes (real processes, real signals); the
whole stack under the same faults is `scripts/test-faults` and tests/e2e/test_resilience.py.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tandem.processes import ProcessGroup, StartupError, free_port, start_time
from tandem.supervisor import Supervisor, Watched, read_run_file, reap_leftovers

SERVER = ("import http.server, sys\n"
          "class H(http.server.BaseHTTPRequestHandler):\n"
          "    def do_GET(self):\n"
          "        self.send_response(200); self.end_headers(); self.wfile.write(b'ok')\n"
          "    def log_message(self, *a): pass\n"
          "http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()\n")


def wait_for(condition, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


@pytest.fixture
def supervised(tmp_path):
    group = ProcessGroup(tmp_path / "logs")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    group.start("web", [sys.executable, "-c", SERVER, str(port)], env={"PATH": os.environ["PATH"]}, cwd=tmp_path)
    group.wait_http(group.children[0], url, timeout_s=10)
    lines: list[str] = []
    supervisor = Supervisor(group, {"web": Watched(url, 10)}, tmp_path, hang_after_s=1.5, interval_s=0.2,
                            probe_timeout_s=0.5, log=lines.append).start()
    yield supervisor, url, lines
    supervisor.stop()
    group.stop(grace_s=2)
    supervisor.join()


def test_a_killed_child_is_restarted_and_answers_again(supervised):
    supervisor, url, lines = supervised
    first = supervisor.child("web").pid

    os.kill(first, signal.SIGKILL)

    wait_for(lambda: supervisor.child("web").pid != first and supervisor.states["web"] == "running")
    assert httpx.get(url, timeout=2).status_code == 200
    events = [(e["event"], e["detail"]) for e in read_run_file(supervisor.data_dir)["events"]]
    assert ("crashed", "killed by SIGKILL") in events and events[-1][0] == "restarted"
    assert any("web: crashed" in line for line in lines)


def test_a_stopped_child_is_found_hung_and_replaced(supervised):
    supervisor, url, _ = supervised
    first = supervisor.child("web").pid

    os.kill(first, signal.SIGSTOP)

    wait_for(lambda: supervisor.states["web"] == "running" and supervisor.child("web").pid != first)
    assert httpx.get(url, timeout=2).status_code == 200
    assert [e["event"] for e in supervisor.events][:1] == ["hung"]
    assert start_time(first) is None


def test_restarts_back_off_while_a_child_keeps_dying(tmp_path):
    group = ProcessGroup(tmp_path / "logs")
    port = free_port()
    group.start("flaky", [sys.executable, "-c", SERVER, str(port)], env={"PATH": os.environ["PATH"]}, cwd=tmp_path)
    url = f"http://127.0.0.1:{port}/"
    group.wait_http(group.children[0], url, timeout_s=10)
    group.children[0].argv = [sys.executable, "-c", "raise SystemExit(3)"]   # every restart dies at once
    supervisor = Supervisor(group, {"flaky": Watched(url, 5)}, tmp_path, hang_after_s=1, interval_s=0.1,
                            probe_timeout_s=0.5, log=lambda _m: None).start()
    try:
        os.kill(group.children[0].pid, signal.SIGKILL)
        time.sleep(4.5)
    finally:
        supervisor.stop()
        group.stop(grace_s=1)
        supervisor.join()
    # back-off 1 s, 2 s, (4 s): at most three attempts in 4.5 s, not dozens
    assert 1 <= supervisor.restarts["flaky"] <= 3
    assert any(e["event"] == "restart failed" for e in supervisor.events)


def test_children_die_with_a_killed_supervisor_and_the_next_start_finds_none(tmp_path):
    port = free_port()
    script = ("import sys, time; from pathlib import Path\n"
              "from tandem.processes import ProcessGroup\n"
              "from tandem.supervisor import Supervisor, Watched\n"
              f"g = ProcessGroup(Path({str(tmp_path)!r}) / 'logs')\n"
              f"c = g.start('web', [sys.executable, '-c', {SERVER!r}, '{port}'], env={{}}, cwd=Path('.'))\n"
              f"g.wait_http(c, 'http://127.0.0.1:{port}/', timeout_s=10)\n"
              f"Supervisor(g, {{'web': Watched('http://127.0.0.1:{port}/', 10)}}, Path({str(tmp_path)!r})).start()\n"
              "print(c.pid, flush=True); time.sleep(60)\n")
    supervisor = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                                  cwd=Path(__file__).resolve().parents[2])
    child = int(supervisor.stdout.readline())
    assert start_time(child) is not None

    supervisor.kill()
    supervisor.wait()

    wait_for(lambda: start_time(child) is None, timeout_s=5)
    assert reap_leftovers(tmp_path, log=lambda _m: None) == []      # nothing left to stop
    assert read_run_file(tmp_path) is None


def test_the_next_start_stops_children_a_previous_run_left_behind(tmp_path):
    orphan = subprocess.Popen(["sleep", "60"], start_new_session=True)
    run = tmp_path / "run"
    run.mkdir()
    (run / "supervisor.json").write_text(json.dumps({
        "supervisor": {"pid": 999_999_999, "start_time": 1},
        "processes": {"rasa": {"pid": orphan.pid, "start_time": start_time(orphan.pid)},
                      "reused": {"pid": os.getpid(), "start_time": 12345}}}))   # a reused pid: not touched

    reaped = reap_leftovers(tmp_path, log=lambda _m: None)

    assert reaped == [f"rasa (pid {orphan.pid})"]
    assert orphan.wait(timeout=5) == -signal.SIGTERM


def test_a_second_run_on_the_same_data_is_refused_while_the_first_lives(tmp_path):
    other = subprocess.Popen(["sleep", "60"])
    try:
        run = tmp_path / "run"
        run.mkdir()
        (run / "supervisor.json").write_text(json.dumps({
            "supervisor": {"pid": other.pid, "start_time": start_time(other.pid)}, "processes": {}}))
        with pytest.raises(StartupError, match="another Tandem"):
            reap_leftovers(tmp_path)
    finally:
        other.kill()
        other.wait()
