"""The agent's transcript shows the queue notices a waiting follower got; the rating link stays the follower's;
an agent's typing reaches the follower's page only while they type; the rating page speaks the brand's form."""
from __future__ import annotations

import json
import re
import threading

import pytest

from inbox.typing import TypingBoard
from tests.inbox.support import tracker_with


@pytest.fixture
def anna(env) -> dict[str, str]:
    return env.user("anna", display_name="Anna")


def waiting_message(env, sender: str, text: str) -> dict:
    response = env.client.post("/internal/waiting", json={"sender_id": sender, "text": text},
                               headers={"Authorization": "Bearer internal-token"})
    assert response.status_code == 200, response.text
    return response.json()


def conversation(env, handover_id: int, headers) -> dict:
    return env.client.get(f"/api/inbox/handovers/{handover_id}", headers=headers).json()


def test_the_queue_position_told_to_a_waiting_follower_is_in_the_agents_transcript(env, anna):
    handover_id = env.handover("f1")
    notice = waiting_message(env, "f1", "Hallo, ist da jemand?")["reply"]
    assert "Platz 1" in notice
    # Rasa's tracker has the follower's message (a second earlier) but not the notice the connector sent.
    env.rasa.trackers["f1"] = tracker_with("f1", {"event": "user", "text": "Hallo, ist da jemand?",
                                                  "timestamp": 1.0})
    body = conversation(env, handover_id, anna)
    assert [(e["role"], e["kind"]) for e in body["transcript"]] == [("follower", ""), ("bot", "queue_notice")]
    assert body["transcript"][1]["text"] == notice
    assert "queue_notice" not in [e["action"] for e in body["events"]]     # the transcript shows it, not the history


def test_an_agent_never_reads_the_followers_rating_link(env, anna):
    handover_id = env.claimed(anna, "f1")
    env.client.post(f"/api/inbox/handovers/{handover_id}/close", headers=anna, json={"send_rating_prompt": True})
    sender, text, data = env.rasa.sent[-1]
    assert data["custom"]["tandem"]["kind"] == "rating_prompt" and data["custom"]["tandem"]["url"] in text
    env.rasa.trackers["f1"] = tracker_with("f1", {"event": "bot", "text": text, "timestamp": 2.0, "data": data})
    shown = conversation(env, handover_id, anna)["transcript"][-1]
    assert shown["kind"] == "rating_prompt" and "[rating link]" in shown["text"] and "/rate/" not in shown["text"]


def test_with_the_sie_form_the_rating_request_and_page_say_sie(env, anna, monkeypatch):
    monkeypatch.setattr(env.client.app.state.settings, "german_form", "sie")
    handover_id = env.claimed(anna, "f1")
    env.client.post(f"/api/inbox/handovers/{handover_id}/close", headers=anna, json={"send_rating_prompt": True})
    text = env.rasa.sent[-1][1]
    assert "Wie zufrieden sind Sie" in text and " du " not in text
    token = re.search(r"/rate/([A-Za-z0-9_-]+)", text)[1]
    page = env.client.get(f"/rate/{token}").text
    assert "Wie zufrieden sind Sie?" in page and "Bewerten Sie" in page
    invalid = env.client.post(f"/rate/{token}", content="score=9", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert invalid.status_code == 422 and "Bitte wählen Sie" in invalid.text


def read_typing_events(env, session_id: str, count: int) -> list[dict]:
    events = []
    with env.client.stream("GET", "/api/chat/typing", params={"session_id": session_id}) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
                if len(events) == count:
                    break
    return events


def test_the_follower_sees_typing_while_the_agent_types_and_not_after_the_reply(env, anna):
    handover_id = env.claimed(anna, "follower-session-1")
    typing = env.client.post(f"/api/inbox/handovers/{handover_id}/typing", headers=anna, json={"typing": True})
    assert typing.status_code == 204
    seen: list[dict] = []
    reader = threading.Thread(target=lambda: seen.extend(read_typing_events(env, "follower-session-1", 2)))
    reader.start()
    reader.join(timeout=1.0)            # the first event (typing) arrives at once; the stream waits for the change
    env.client.post(f"/api/inbox/handovers/{handover_id}/replies", headers=anna, json={"text": "Bin da!"})
    reader.join(timeout=5)
    assert seen == [{"typing": True, "agent": "Anna"}, {"typing": False, "agent": ""}]


def test_only_the_agent_who_has_the_conversation_can_signal_typing(env, anna):
    ben = env.user("ben")
    handover_id = env.claimed(anna, "f1")
    assert env.client.post(f"/api/inbox/handovers/{handover_id}/typing", headers=ben, json={"typing": True}).status_code == 403
    waiting = env.handover("f2")
    assert env.client.post(f"/api/inbox/handovers/{waiting}/typing", headers=anna, json={"typing": True}).status_code == 409


def test_a_typing_signal_lapses_by_itself_when_the_agent_goes_quiet():
    moment = [100.0]
    board = TypingBoard(ttl_s=6.0, clock=lambda: moment[0])
    board.start("f1", "Anna")
    assert board.who("f1") == "Anna"
    moment[0] += 6.5
    assert board.who("f1") is None


def test_the_typing_stream_refuses_a_malformed_session_id(env):
    assert env.client.get("/api/chat/typing", params={"session_id": "../x"}).status_code == 422
