"""The internal endpoint Rasa's connectors call when a follower writes while handed over."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from database.engine import session_factory
from inbox.queue import enqueue
from tandem.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path, rasa_token="secret-token")


@pytest.fixture
def client(settings):
    return TestClient(create_app(settings))


def post(client, token="secret-token", **body):
    return client.post("/internal/waiting", json=body, headers={"Authorization": f"Bearer {token}"})


def test_a_wrong_token_is_refused(client):
    assert post(client, token="guess", sender_id="a", text="hi").status_code == 401


def test_a_follower_not_handed_over_gets_no_reply(client):
    assert post(client, sender_id="nobody", text="hi").json() == {"reply": None, "state": None}


def test_a_waiting_follower_gets_their_place_and_the_message_is_stored(client, settings):
    with session_factory(settings.database)() as session:
        enqueue(session, sender_id="w", channel="rest", language="en", reasons=["legal"], priority=50,
                explanation="legal", summary="lawyer")
    body = post(client, sender_id="w", text="\u200b/restart").json()
    assert "number 1" in body["reply"]
    with session_factory(settings.database)() as session:
        from inbox.queue import open_handover
        assert [m.text for m in open_handover(session, "w").messages] == ["/restart"]


def test_an_oversized_body_is_rejected_cleanly(client):
    assert post(client, sender_id="a", text="x" * 30_000).status_code == 422
