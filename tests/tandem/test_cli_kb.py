"""`tandem kb sync` at start-up: a missing or unreadable folder is a clear message, not a traceback."""
from __future__ import annotations

import os
import subprocess
import sys

from tandem.settings import ROOT


def run_sync(folder, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TANDEM_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "tandem.cli", "kb", "sync", str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_missing_knowledge_base_folder_is_named_in_a_clear_error(tmp_path):
    result = run_sync(tmp_path / "nowhere", tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_a_file_given_as_the_knowledge_base_folder_is_a_clear_error(tmp_path):
    not_a_folder = tmp_path / "kb.md"
    not_a_folder.write_text("# hi")
    result = run_sync(not_a_folder, tmp_path)
    assert result.returncode == 2 and "not a folder" in result.stderr


def test_a_bad_file_is_reported_and_the_good_ones_are_loaded(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "ok.md").write_text("---\ntitle: Öffnungszeiten\n---\n# Öffnungszeiten\n\nMo–Fr 9–18 Uhr.\n")
    (folder / "broken.md").write_bytes(b"\x00\x01\x02binary")
    result = run_sync(folder, tmp_path)
    assert result.returncode == 1, result.stderr
    assert "1 added" in result.stdout and "broken.md" in result.stdout
    assert "1 file could not be indexed" in result.stderr


def test_a_clean_sync_exits_zero(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "ok.md").write_text("# Öffnungszeiten\n\nMo–Fr 9–18 Uhr.\n")
    assert run_sync(folder, tmp_path).returncode == 0


def test_output_into_a_closed_pipe_ends_without_a_traceback(tmp_path):
    """`tandem kb log | head`: the reader is gone before the writer is done."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "TANDEM_DATA_DIR": str(tmp_path / "data")}
    try:
        result = subprocess.run([sys.executable, "-m", "tandem.cli", "kb", "log"], cwd=ROOT, env=env,
                                stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert "BrokenPipe" not in result.stderr and "Traceback" not in result.stderr
