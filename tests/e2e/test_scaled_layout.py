"""The production layout (`tandem run --scale 2`): two Rasa instances and two action servers behind nginx, on
PostgreSQL (tracker store and inbox), Redis (lock store) and a Chroma server — all real, from Debian packages and
the project's environments."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import httpx
import psycopg
import pytest

from tandem.processes import free_port
from tandem.scale import ScaledStack
from tandem.settings import ROOT, get_settings

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def scaled():
    # Not under pytest's folder: pytest makes /tmp/pytest-of-USER private again whenever a test run starts (another
    # engineer's, on a shared machine), and PostgreSQL, run as the postgres user under root, would lose its files.
    data_dir = Path(tempfile.mkdtemp(prefix="tandem-scaled-"))
    settings = get_settings().model_copy(update={
        "data_dir": data_dir, "kb_dir": ROOT / "sample_kb", "rasa_token": "",
        "openai_base_url": None, "openai_api_key": None,
    })
    with ScaledStack(settings, instances=2, entry_port=free_port(), log=lambda _m: None) as running:
        yield running
    shutil.rmtree(data_dir, ignore_errors=True)


def send(url: str, sender: str, text: str) -> list[str]:
    answer = httpx.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
    assert answer.status_code == 200, answer.text
    return [m["text"] for m in answer.json() if m.get("text")]


def user_texts(scaled: ScaledStack, index: int, sender: str) -> list[str]:
    tracker = httpx.get(f"{scaled.rasa_url(index)}/conversations/{sender}/tracker",
                        params={"token": scaled.settings.rasa_token}, timeout=30).json()
    return [e["text"] for e in tracker["events"] if e.get("event") == "user"]


def test_one_conversation_alternating_between_two_rasa_instances_keeps_its_history(scaled):
    turns = ["Was kostet der Versand?", "Wie lange dauert die Lieferung?", "Welche Zahlungsarten gibt es?", "Danke!"]
    for number, text in enumerate(turns):
        assert send(scaled.rasa_url(number % 2), "alternating", text), f"no answer to {text!r}"
    assert user_texts(scaled, 0, "alternating") == turns
    assert user_texts(scaled, 1, "alternating") == turns


def test_the_tracker_store_is_postgresql_and_the_entry_point_answers(scaled):
    assert send(scaled.entry_url, "through-nginx", "Welche Zahlungsarten gibt es?")
    assert httpx.get(f"{scaled.entry_url}/health", timeout=10).status_code == 200
    url = scaled.settings.tracker_db.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        count = connection.execute("SELECT count(*) FROM events WHERE sender_id = 'through-nginx' "
                                   "AND type_name = 'user'").fetchone()[0]
    assert count == 1


def test_a_handover_on_one_instance_keeps_the_other_silent_and_is_queued_in_postgresql(scaled):
    notice = send(scaled.rasa_url(0), "wants-a-person", "Ich möchte bitte mit einem Menschen sprechen.")
    assert "Mensch" in " ".join(notice)
    waiting = send(scaled.rasa_url(1), "wants-a-person", "Meine Bestellnummer ist 4711.")
    assert "Warteschlange" in " ".join(waiting)       # the queue notice, not a bot answer: the pause is shared
    url = scaled.settings.database.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        state, = connection.execute("SELECT state FROM handovers WHERE sender_id = 'wants-a-person'").fetchone()
        stored, = connection.execute("SELECT count(*) FROM waiting_messages w JOIN handovers h "
                                     "ON h.id = w.handover_id WHERE h.sender_id = 'wants-a-person'").fetchone()
    assert (state, stored) == ("waiting", 1)
