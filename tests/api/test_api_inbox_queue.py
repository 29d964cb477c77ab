"""The queue and the conversation view over HTTP."""
from __future__ import annotations

import pytest

from inbox.queue import open_handover, record_waiting_message
from tests.inbox.support import tracker_with


@pytest.fixture
def agent(env) -> dict[str, str]:
    return env.user("anna", display_name="Anna")


def queue(env, headers, **params):
    response = env.client.get("/api/inbox/handovers", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_queue_is_ordered_by_priority_then_waiting_time(env, agent):
    env.handover("early", priority=20), env.handover("late", priority=20), env.handover("urgent", priority=90)
    assert [i["sender_id"] for i in queue(env, agent)["items"]] == ["urgent", "early", "late"]


def test_a_queue_item_has_what_an_agent_decides_by(env, agent):
    env.handover("f1", reasons=("legal",))
    item = queue(env, agent)["items"][0]
    assert {"priority", "reasons", "waiting_seconds", "channel", "language", "summary", "explanation"} <= item.keys()


def test_the_queue_filters_by_reason_channel_and_language(env, agent):
    env.handover("a", reasons=("legal",)), env.handover("b", channel="rest"), env.handover("c", language="en")
    assert [i["sender_id"] for i in queue(env, agent, reason="legal")["items"]] == ["a"]
    assert [i["sender_id"] for i in queue(env, agent, channel="rest")["items"]] == ["b"]
    assert [i["sender_id"] for i in queue(env, agent, language="en")["items"]] == ["c"]


def test_the_queue_counts_conversations_per_state(env, agent):
    env.claimed(agent, "mine"), env.handover("other")
    assert queue(env, agent)["counts"] == {"waiting": 1, "assigned": 1, "returned": 0, "closed": 0}


@pytest.mark.parametrize("params", [{"reason": "x%' OR '1'='1"}, {"state": "deleted"}, {"limit": 0},
                                    {"channel": "a" * 100}])
def test_bad_queue_filters_are_422(env, agent, params):
    assert env.client.get("/api/inbox/handovers", params=params, headers=agent).status_code == 422


@pytest.mark.parametrize("handover_id", ["abc", "0", "-1", "1.5", "99999999999999999999"])
def test_malformed_handover_ids_are_422(env, agent, handover_id):
    assert env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).status_code == 422


def test_an_unknown_handover_is_404(env, agent):
    assert env.client.get("/api/inbox/handovers/4242", headers=agent).status_code == 404


def test_the_conversation_shows_the_transcript_with_cited_sources(env, agent):
    handover_id = env.handover("f1")
    source = {"id": "versand/versand", "title": "Versand", "section": "Kosten", "url": "https://x.example/v"}
    env.rasa.trackers["f1"] = tracker_with("f1", {"event": "user", "text": "Versand?", "timestamp": 1},
                                           {"event": "bot", "text": "49 €", "timestamp": 2,
                                            "data": {"custom": {"tandem": {"sources": [source]}}}})
    body = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).json()
    assert [(e["role"], e["text"]) for e in body["transcript"]] == [("follower", "Versand?"), ("bot", "49 €")]
    assert body["transcript"][1]["sources"] == [source]


def test_the_conversation_has_reasons_explanation_channel_language_and_waiting_messages(env, agent):
    handover_id = env.handover("f1", reasons=("legal",))
    with env.sessions() as session:
        record_waiting_message(session, open_handover(session, "f1"), "noch da?")
    body = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).json()
    assert body["handover"]["reasons"] == ["legal"] and body["handover"]["explanation"]
    assert (body["handover"]["channel"], body["handover"]["language"]) == ("socketio", "de")
    assert [m["text"] for m in body["waiting_messages"]] == ["noch da?"]


def test_the_conversation_still_opens_when_rasa_is_down(env, agent):
    handover_id = env.handover("f1")
    env.rasa.down = True
    body = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).json()
    assert body["transcript"] is None and "unreachable" in body["transcript_error"]


def test_the_follower_name_comes_from_the_tracker(env, agent):
    handover_id = env.handover("f1")
    env.rasa.trackers["f1"] = tracker_with("f1", slots={"name": "Max"})
    assert env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).json()["follower_name"] == "Max"


def test_the_agent_page_is_served_with_a_strict_content_security_policy(env):
    response = env.client.get("/inbox")
    assert response.status_code == 200 and 'id="login-form"' in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_the_agent_page_script_never_uses_inner_html(env):
    script = env.client.get("/static/inbox.js").text
    assert "innerHTML" not in script.replace("never innerHTML", "") and "insertAdjacentHTML" not in script
