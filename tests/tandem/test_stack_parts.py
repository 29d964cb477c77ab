"""The pieces the stack is built from: model hashing, eval case loading, process groups."""
from __future__ import annotations

import shutil
import sys
import time

import pytest

from tandem.evaluation.runner import PlayError, load_cases
from tandem.processes import ProcessGroup, StartupError, free_port
from tandem.rasa_model import project_hash
from tandem.settings import ROOT


def test_the_model_hash_changes_when_training_data_changes(tmp_path):
    for name in ("config.yml", "bot"):
        src = ROOT / name
        shutil.copytree(src, tmp_path / name) if src.is_dir() else shutil.copy(src, tmp_path / name)
    before = project_hash(tmp_path)
    assert project_hash(tmp_path) == before
    (tmp_path / "bot" / "data" / "nlu.yml").write_text((ROOT / "bot/data/nlu.yml").read_text() + "\n# changed\n")
    assert project_hash(tmp_path) != before


def test_malformed_case_lines_are_reported_with_their_line_number(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "turns": ["hi"]}\n{not json}\n')
    with pytest.raises(PlayError, match="cases.jsonl:2"):
        load_cases(path)


def test_a_case_without_turns_is_rejected(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a"}\n')
    with pytest.raises(PlayError, match="turns"):
        load_cases(path)


def test_stopping_a_group_ends_the_children_and_their_children(tmp_path):
    group = ProcessGroup(tmp_path)
    script = ("import pathlib, subprocess, time; p = subprocess.Popen(['sleep', '60']); "
              "pathlib.Path('grandchild.pid').write_text(str(p.pid)); time.sleep(60)")
    child = group.start("sleeper", [sys.executable, "-c", script], env={"PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    pid_file = tmp_path / "grandchild.pid"
    for _ in range(50):
        if pid_file.exists() and pid_file.read_text():
            break
        time.sleep(0.1)
    grandchild = int(pid_file.read_text())
    group.stop(grace_s=3)
    assert child.process.poll() is not None
    time.sleep(0.2)
    assert not _alive(grandchild)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_a_child_that_dies_at_startup_is_reported_with_its_log(tmp_path):
    group = ProcessGroup(tmp_path)
    child = group.start("broken", [sys.executable, "-c", "print('boom'); raise SystemExit(3)"], env={}, cwd=tmp_path)
    with pytest.raises(StartupError, match="boom"):
        group.wait_http(child, f"http://127.0.0.1:{free_port()}/", timeout_s=10)
    group.stop()
