"""Rasa's tracker store rides out a PostgreSQL restart: a message saved while the database is down is stored once it
is back, not kept in one process's memory (Rasa's fail-safe fallback) and lost. Real Rasa 3.6 store code in the
Rasa environment, real Debian PostgreSQL, restarted as an operator would (`pg_ctl stop -m fast`)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tandem.processes import ProcessGroup, free_port
from tandem.scale import DB_USER, as_postgres_user, debian_binary, start_postgres

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

SAVER = """
import asyncio, sys
sys.path.insert(0, {root!r})
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from bot.connectors.stores import URLTrackerStore

async def main():
    store = URLTrackerStore(domain=Domain.empty(), host={url!r})
    tracker = DialogueStateTracker("follower-1", [])
    tracker.update(UserUttered("first message"))
    await store.save(tracker)
    print("saved first", flush=True)
    sys.stdin.readline()                       # the database is being restarted now
    tracker.update(UserUttered("second message"))
    await store.save(tracker)
    stored = await store.retrieve("follower-1")
    print("stored:", [e.text for e in stored.events if isinstance(e, UserUttered)], flush=True)

asyncio.run(main())
"""


@pytest.mark.e2e
@pytest.mark.slow
def test_a_message_saved_during_a_postgresql_restart_is_stored_when_it_is_back():
    folder = Path(tempfile.mkdtemp(prefix="tandem-tracker-pg-"))   # not under pytest's folder: see test_migrations
    group = ProcessGroup(folder / "logs")
    port = free_port()
    postgres = start_postgres(group, folder, "127.0.0.1", port, databases=("rasa",))
    saver = subprocess.Popen([str(RASA_PYTHON), "-c", SAVER.format(root=str(ROOT),
                                                                   url=f"postgresql://{DB_USER}@127.0.0.1:{port}/rasa")],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert saver.stdout.readline().strip() == "saved first", saver.stderr.read()
        subprocess.run(as_postgres_user([debian_binary("pg_ctl", "postgresql"), "stop", "-D", str(folder / "postgres"),
                                         "-m", "fast", "-w", "-t", "60"]), check=True, capture_output=True)
        postgres.process.wait(timeout=30)
        group.children.remove(postgres)
        saver.stdin.write("go\n")
        saver.stdin.flush()
        time.sleep(3)                                                # the save keeps trying while it is down
        start_postgres(group, folder, "127.0.0.1", port, databases=("rasa",))
        out, err = saver.communicate(timeout=120)
        assert "stored: ['first message', 'second message']" in out, err[-2000:]
        assert "tracker store save failed" in err                   # it did meet the database down
    finally:
        if saver.poll() is None:
            saver.kill()
        group.stop()
        shutil.rmtree(folder, ignore_errors=True)
