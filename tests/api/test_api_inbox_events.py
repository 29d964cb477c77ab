"""The live stream (Server-Sent Events) agents' pages listen to."""
from __future__ import annotations

import json

import pytest

from api.routes import inbox_events
from inbox.queue import open_handover, record_waiting_message
from tests.inbox.support import InboxEnv, cheap_hashing


@pytest.fixture
def env(tmp_path, monkeypatch) -> InboxEnv:
    cheap_hashing(monkeypatch)
    monkeypatch.setattr(inbox_events, "STREAM_MAX_S", 0.3)  # the test client reads a stream only once it ends
    monkeypatch.setattr(inbox_events, "POLL_S", 0.05)
    return InboxEnv(tmp_path)


def frames(text: str) -> list[tuple[str, dict]]:
    found = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
        if "event" in lines:
            found.append((lines["event"], json.loads(lines["data"])))
    return found


def test_the_stream_needs_a_token(env):
    assert env.client.get("/api/inbox/events").status_code == 401


def test_the_stream_accepts_the_token_as_a_query_parameter_for_eventsource(env):
    token = env.user("anna")["Authorization"].removeprefix("Bearer ")
    response = env.client.get("/api/inbox/events", params={"token": token})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    assert frames(response.text)[0][0] == "ready"


def test_the_stream_reports_new_handovers_follower_messages_and_claims(env):
    agent = env.user("anna")
    handover_id = env.claimed(agent, "f1")
    with env.sessions() as session:
        record_waiting_message(session, open_handover(session, "f1"), "hallo?")
    response = env.client.get("/api/inbox/events", headers={**agent, "Last-Event-ID": "0-0"})
    changes = [(event, data["action"]) for event, data in frames(response.text) if event != "ready"]
    assert changes == [("handover", "handed_over"), ("handover", "claimed"), ("message", "follower_wrote")]
    assert all(data["handover_id"] == handover_id for event, data in frames(response.text) if event != "ready")


def test_the_stream_starts_after_the_last_event_id_it_is_given(env):
    agent = env.user("anna")
    env.claimed(agent, "f1")
    response = env.client.get("/api/inbox/events", headers={**agent, "Last-Event-ID": "1-0"})
    assert [data["action"] for event, data in frames(response.text) if event != "ready"] == ["claimed"]


def test_the_stream_does_not_leak_notes_or_message_texts(env):
    agent = env.user("anna")
    handover_id = env.claimed(agent, "f1")
    env.client.post(f"/api/inbox/handovers/{handover_id}/notes", headers=agent, json={"text": "PRIVATE-NOTE"})
    with env.sessions() as session:
        record_waiting_message(session, open_handover(session, "f1"), "my address is …")
    text = env.client.get("/api/inbox/events", headers={**agent, "Last-Event-ID": "0-0"}).text
    assert "PRIVATE-NOTE" not in text and "my address" not in text


def test_the_stream_ends_at_sign_out_not_at_the_next_token_check(env, monkeypatch):
    import threading
    import time

    monkeypatch.setattr(inbox_events, "STREAM_MAX_S", 20.0)
    agent = env.user("anna")
    signing_out = threading.Timer(0.5, lambda: env.client.post("/api/auth/logout", headers=agent))
    started = time.monotonic()
    signing_out.start()
    response = env.client.get("/api/inbox/events", headers=agent)
    assert time.monotonic() - started < 5 < inbox_events.RECHECK_TOKEN_S
    assert frames(response.text)[-1][0] == "signed_out"
