"""Spam over HTTP: the queue marks and filters it, agents dismiss it, and a follower who spams while waiting for
a person is neither answered again and again nor stored message by message."""
from __future__ import annotations

import pytest

from inbox import spam
from inbox.queue import open_handover


@pytest.fixture
def agent(env) -> dict[str, str]:
    return env.user("anna", display_name="Anna")


def flagged(env, sender: str, *flags: str) -> int:
    with env.sessions() as session:
        return spam.flag(session, sender_id=sender, flags=list(flags), channel="socketio", text="BUY CHEAP").id


def queue(env, headers, **params) -> dict:
    response = env.client.get("/api/inbox/handovers", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_queue_items_carry_the_spam_flags_and_spam_comes_last(env, agent):
    flagged(env, "spammer", "links", "repeated")
    env.handover("real", priority=20)
    body = queue(env, agent)
    assert [(i["sender_id"], i["spam"], i["reasons"]) for i in body["items"]] == [
        ("real", [], ["emotional"]), ("spammer", ["links", "repeated"], ["spam"])]
    assert body["spam_open"] == 1


def test_spam_can_be_hidden_or_shown_alone(env, agent):
    flagged(env, "spammer", "links")
    env.handover("real")
    assert [i["sender_id"] for i in queue(env, agent, spam="exclude")["items"]] == ["real"]
    assert [i["sender_id"] for i in queue(env, agent, spam="only")["items"]] == ["spammer"]
    assert env.client.get("/api/inbox/handovers", params={"spam": "yes"}, headers=agent).status_code == 422


def test_the_conversation_view_shows_the_flags(env, agent):
    handover_id = flagged(env, "spammer", "link_flood")
    body = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=agent).json()
    assert body["handover"]["spam"] == ["link_flood"]
    assert body["events"][0]["action"] == "flagged_spam"


def test_dismissing_spam_closes_it_without_a_rating_prompt(env, agent):
    handover_id = flagged(env, "spammer", "repeated")
    response = env.client.post(f"/api/inbox/handovers/{handover_id}/dismiss-spam", headers=agent)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "closed"
    assert env.rasa.sent == [] and env.rasa.resumed == ["spammer"]
    assert queue(env, agent)["items"] == [] and queue(env, agent)["spam_open"] == 0


def test_dismissing_someone_elses_conversation_is_refused(env, agent):
    ben = env.user("ben")
    handover_id = flagged(env, "spammer", "links")
    assert env.client.post(f"/api/inbox/handovers/{handover_id}/claim", headers=ben).status_code == 200
    response = env.client.post(f"/api/inbox/handovers/{handover_id}/dismiss-spam", headers=agent)
    assert response.status_code == 403


def test_taking_a_conversation_queued_for_spam_alone_pauses_the_bot(env, agent):
    spam_id, real_id = flagged(env, "spammer", "links"), env.handover("real")
    env.client.post(f"/api/inbox/handovers/{spam_id}/claim", headers=agent)
    env.client.post(f"/api/inbox/handovers/{real_id}/claim", headers=env.user("ben"))
    assert env.rasa.paused == ["spammer"]   # the real handover was paused by the bot when it handed over


def wrote(env, sender: str, text: str) -> dict:
    response = env.client.post("/internal/waiting", json={"sender_id": sender, "text": text},
                               headers={"Authorization": "Bearer internal-token"})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_follower_queued_for_spam_alone_gets_no_queue_notices(env):
    flagged(env, "spammer", "repeated")
    assert wrote(env, "spammer", "BUY CHEAP")["reply"] is None
    with env.sessions() as session:
        assert open_handover(session, "spammer").messages == []


def test_a_waiting_follower_repeating_the_same_message_is_flagged_and_not_answered_again(env):
    env.handover("waiting-follower")
    replies = [wrote(env, "waiting-follower", "Hallo?? Hallo??")["reply"] for _ in range(4)]
    assert replies[0] and replies[1] and replies[2:] == [None, None]
    with env.sessions() as session:
        handover = open_handover(session, "waiting-follower")
        assert handover.spam == ["repeated"] and handover.reasons == ["emotional"]
        assert len(handover.messages) == 2


def test_a_waiting_follower_pasting_a_link_flood_is_flagged(env):
    env.handover("waiting-follower")
    assert wrote(env, "waiting-follower", "cheap http://a.example.ru http://b.example.ru http://c.example.ru")["reply"] is None
    with env.sessions() as session:
        assert open_handover(session, "waiting-follower").spam == ["links"]
