"""A message Rasa could not store is not acknowledged: with the tracker store's PostgreSQL down for longer than
``TANDEM_TRACKER_RETRY_S``, the REST channel and the Telegram webhook answer 503 (Rasa 3.6 itself answers 200 and
keeps the message in one process's memory), so the client or the platform sends it again; once PostgreSQL is back
the re-sent message is answered and stored exactly once. Real Rasa, action server and Debian PostgreSQL, stopped as
an operator would (`pg_ctl stop -m fast`); Telegram's API is the local stand-in of tests/support/platforms.py."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
import psycopg
import pytest

from tandem.processes import ProcessGroup, free_port
from tandem.scale import DB_USER, as_postgres_user, debian_binary, start_postgres
from tandem.settings import ROOT, get_settings
from tandem.stack import Stack
from tests.support.platforms import post_telegram, telegram_update

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

RETRY_S = 2


class Database:
    """Debian's PostgreSQL in its own folder, stopped and started again on the same port."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="tandem-unstored-"))  # not under pytest's: see test_migrations
        self.group = ProcessGroup(self.folder / "logs")
        self.port = free_port()
        self.server = self.start()

    @property
    def url(self) -> str:
        return f"postgresql://{DB_USER}@127.0.0.1:{self.port}/rasa"

    def start(self):  # noqa: ANN201
        self.server = start_postgres(self.group, self.folder, "127.0.0.1", self.port, databases=("rasa",))
        return self.server

    def stop(self) -> None:
        subprocess.run(as_postgres_user([debian_binary("pg_ctl", "postgresql"), "stop", "-D",
                                         str(self.folder / "postgres"), "-m", "fast", "-w", "-t", "60"]),
                       check=True, capture_output=True)
        self.server.process.wait(timeout=30)
        self.group.children.remove(self.server)

    def user_texts(self, sender: str) -> list[str]:
        with psycopg.connect(self.url) as connection:
            rows = connection.execute("SELECT data::json->>'text' FROM events WHERE sender_id = %s "
                                      "AND type_name = 'user' ORDER BY id", (sender,)).fetchall()
        return [text for (text,) in rows]

    def close(self) -> None:
        self.group.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def database():
    running = Database()
    yield running
    running.close()


@pytest.fixture(scope="module")
def rasa(database, platforms):
    data_dir = Path(tempfile.mkdtemp(prefix="tandem-unstored-stack-"))
    settings = get_settings().model_copy(update={
        "data_dir": data_dir, "kb_dir": ROOT / "sample_kb", "rasa_token": "", "rasa_port": free_port(),
        "action_port": free_port(), "api_port": free_port(), "openai_base_url": None, "openai_api_key": None,
        "tracker_db_url": database.url,
    })
    with Stack(settings, with_api=False, log=lambda _m: None,
               extra_env={**platforms.env(), "TANDEM_TRACKER_RETRY_S": str(RETRY_S)}) as running:
        yield running
    shutil.rmtree(data_dir, ignore_errors=True)


def rest(stack: Stack, sender: str, text: str) -> httpx.Response:
    return httpx.post(f"{stack.settings.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                      timeout=60)


def test_messages_sent_while_the_tracker_store_is_down_get_503_and_are_stored_once_when_sent_again(
        rasa, database, platforms):
    chat = 4_000_000 + int(time.time()) % 100_000
    first = rest(rasa, "rest-follower", "Was kostet der Versand?")
    assert first.status_code == 200 and any(m.get("text") for m in first.json())
    assert post_telegram(rasa.settings.rasa_url, telegram_update(chat, "Hallo!", 501)).status_code == 200
    platforms.wait_for("telegram", str(chat))

    database.stop()
    try:
        began = time.monotonic()
        refused = rest(rasa, "rest-follower", "Welche Zahlungsarten gibt es?")
        assert refused.status_code == 503, refused.text
        assert refused.headers.get("Retry-After")
        assert time.monotonic() - began >= 1.0      # the store tried again (0.1 + 0.2 + 0.4 + 0.8 s) before giving up
        update = telegram_update(chat, "Wie lange habe ich Garantie?", 502)
        assert post_telegram(rasa.settings.rasa_url, update).status_code == 503
    finally:
        database.start()
    # Rasa may have sent replies on the fresh tracker before the save failed; the follower gets an answer again.
    sent_before = len(platforms.to("telegram", str(chat)))

    again = rest(rasa, "rest-follower", "Welche Zahlungsarten gibt es?")
    assert again.status_code == 200 and any(m.get("text") for m in again.json())
    assert post_telegram(rasa.settings.rasa_url, update).status_code == 200     # the platform's retry is processed
    assert database.user_texts("rest-follower") == ["Was kostet der Versand?", "Welche Zahlungsarten gibt es?"]
    assert database.user_texts(f"telegram:{chat}") == ["Hallo!", "Wie lange habe ich Garantie?"]
    assert platforms.wait_for("telegram", str(chat), count=sent_before + 1)[sent_before:]
