"""Claim, transfer, unassign, reply, return to the bot, close, notes — over HTTP, with a stand-in for Rasa."""
from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def anna(env) -> dict[str, str]:
    return env.user("anna", display_name="Anna")


@pytest.fixture
def ben(env) -> dict[str, str]:
    return env.user("ben")


def post(env, path: str, headers, body=None):
    return env.client.post(f"/api/inbox/handovers/{path}", headers=headers, json=body)


def test_claiming_assigns_the_conversation_to_the_agent(env, anna):
    handover_id = env.handover()
    response = post(env, f"{handover_id}/claim", anna)
    assert response.status_code == 200 and response.json()["assigned_to"] == "anna"


def test_a_second_claim_is_409_naming_who_has_it(env, anna, ben):
    handover_id = env.claimed(anna)
    response = post(env, f"{handover_id}/claim", ben)
    assert response.status_code == 409 and response.json()["detail"]["assigned_to"] == "anna"


def test_of_simultaneous_claims_over_http_exactly_one_wins(env):
    handover_id = env.handover()
    agents = [env.user(f"agent{i}") for i in range(8)]
    barrier = threading.Barrier(len(agents))
    codes: list[int] = []

    def attempt(headers) -> None:
        with TestClient(env.client.app) as own:
            barrier.wait()
            codes.append(own.post(f"/api/inbox/handovers/{handover_id}/claim", headers=headers).status_code)

    threads = [threading.Thread(target=attempt, args=(h,)) for h in agents]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(codes) == [200] + [409] * 7


def test_the_assignee_transfers_to_a_colleague(env, anna, ben):
    handover_id = env.claimed(anna)
    response = post(env, f"{handover_id}/transfer", anna, {"to": "ben"})
    assert response.status_code == 200 and response.json()["assigned_to"] == "ben"


def test_a_colleague_cannot_transfer_a_conversation_that_is_not_theirs(env, anna, ben):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/transfer", ben, {"to": "ben"}).status_code == 403


def test_a_transfer_to_nobody_is_404(env, anna):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/transfer", anna, {"to": "ghost"}).status_code == 404


def test_unassigning_puts_it_back_in_the_queue(env, anna):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/unassign", anna).json()["state"] == "waiting"


def test_a_reply_goes_to_the_follower_through_rasa_marked_as_the_agents(env, anna):
    handover_id = env.claimed(anna, "f1")
    response = post(env, f"{handover_id}/replies", anna, {"text": "Hallo, hier ist Anna."})
    assert response.status_code == 200 and response.json()["delivered"] is True
    assert env.rasa.sent[-1] == ("f1", "Hallo, hier ist Anna.", {"custom": {"tandem": {"kind": "agent", "agent": "Anna"}}})


def test_a_reply_is_recorded_as_an_event(env, anna):
    handover_id = env.claimed(anna)
    post(env, f"{handover_id}/replies", anna, {"text": "Hallo"})
    events = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["events"]
    assert (events[-1]["actor"], events[-1]["action"], events[-1]["detail"]) == ("anna", "replied", "Hallo")


def test_replying_before_claiming_is_409(env, anna):
    handover_id = env.handover()
    assert post(env, f"{handover_id}/replies", anna, {"text": "Hallo"}).status_code == 409
    assert env.rasa.sent == []


def test_only_the_assignee_can_reply(env, anna, ben):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/replies", ben, {"text": "Hallo"}).status_code == 403


def test_a_reply_that_rasa_cannot_deliver_is_502_and_not_recorded(env, anna):
    handover_id = env.claimed(anna)
    env.rasa.down = True
    assert post(env, f"{handover_id}/replies", anna, {"text": "Hallo"}).status_code == 502
    env.rasa.down = False
    events = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["events"]
    assert "replied" not in [e["action"] for e in events]


@pytest.mark.parametrize("text", ["", "   ", "x" * 2001])
def test_empty_or_too_long_replies_are_422(env, anna, text):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/replies", anna, {"text": text}).status_code == 422


def test_a_huge_reply_body_is_413(env, anna):
    handover_id = env.claimed(anna)
    response = env.client.post(f"/api/inbox/handovers/{handover_id}/replies", headers=anna,
                               content=b'{"text":"' + b"x" * 100_000 + b'"}')
    assert response.status_code == 413


def test_a_reply_over_rest_is_stored_but_reported_undelivered(env, anna):
    handover_id = env.claimed(anna, channel="rest")
    assert post(env, f"{handover_id}/replies", anna, {"text": "Hallo"}).json()["delivered"] is False


def test_return_to_bot_resumes_the_rasa_conversation(env, anna):
    handover_id = env.claimed(anna, "f1")
    response = post(env, f"{handover_id}/return", anna)
    assert response.json()["state"] == "returned" and env.rasa.resumed == ["f1"]


def test_a_failed_resume_leaves_the_state_unchanged(env, anna):
    handover_id = env.claimed(anna)
    env.rasa.down = True
    assert post(env, f"{handover_id}/return", anna).status_code == 502
    assert env.get_handover(handover_id).state == "assigned"


def test_another_agent_cannot_return_an_assigned_conversation(env, anna, ben):
    handover_id = env.claimed(anna)
    assert post(env, f"{handover_id}/return", ben).status_code == 403 and env.rasa.resumed == []


def test_closing_resumes_the_bot_and_sends_a_rating_link(env, anna):
    handover_id = env.claimed(anna, "f1")
    response = post(env, f"{handover_id}/close", anna, {"send_rating_prompt": True})
    assert response.json()["state"] == "closed" and env.rasa.resumed == ["f1"]
    assert "/rate/" in env.rasa.sent[-1][1]


def test_closing_without_a_rating_prompt_tells_the_follower_it_ended_and_sends_no_link(env, anna):
    handover_id = env.claimed(anna)
    env.rasa.sent.clear()
    post(env, f"{handover_id}/close", anna, {"send_rating_prompt": False})
    assert [data["custom"]["tandem"]["kind"] for _sender, _text, data in env.rasa.sent] == ["closed"]
    assert "/rate/" not in env.rasa.everything_sent()


def test_the_follower_is_told_when_a_person_joins_and_when_the_bot_takes_over_again(env, anna):
    handover_id = env.claimed(anna, "f1")
    joined = env.rasa.sent[-1]
    assert joined[0] == "f1" and "Anna" in joined[1]
    assert joined[2] == {"custom": {"tandem": {"kind": "agent_joined", "agent": "Anna"}}}
    post(env, f"{handover_id}/return", anna)
    assert env.rasa.sent[-1][2]["custom"]["tandem"]["kind"] == "back_to_bot"


def test_a_brand_can_sign_agents_replies_as_its_team(env, anna, monkeypatch):
    monkeypatch.setattr(env.client.app.state.settings, "agent_label", "Velora-Team")
    handover_id = env.claimed(anna, "f1")
    post(env, f"{handover_id}/replies", anna, {"text": "Hallo!"})
    assert env.rasa.sent[-1][2] == {"custom": {"tandem": {"kind": "agent", "agent": "Velora-Team"}}}
    assert "Anna" not in env.rasa.everything_sent()


@pytest.mark.parametrize("form, expected, unwanted", [("du", "für dich da", "Sie"), ("sie", "für Sie da", "dich")])
def test_the_german_status_lines_use_the_brands_form_of_address(form, expected, unwanted):
    from inbox.notices import STATUS_KINDS, status_notice
    from tandem.settings import Settings

    settings = Settings(german_form=form)
    assert expected in status_notice("agent_joined", "de", settings, "Anna")[0]
    for kind in STATUS_KINDS:
        assert unwanted not in status_notice(kind, "de", settings, "Anna")[0].split()


def test_a_closed_conversation_cannot_be_closed_again(env, anna):
    handover_id = env.claimed(anna)
    post(env, f"{handover_id}/close", anna, {"send_rating_prompt": False})
    assert post(env, f"{handover_id}/close", anna, {"send_rating_prompt": False}).status_code == 409


def test_notes_are_shown_to_agents(env, anna, ben):
    handover_id = env.claimed(anna)
    post(env, f"{handover_id}/notes", ben, {"text": "Kunde hat schon angerufen"})
    notes = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["notes"]
    assert [(n["author"], n["text"]) for n in notes] == [("ben", "Kunde hat schon angerufen")]


def test_notes_never_reach_the_follower(env, anna):
    handover_id = env.claimed(anna)
    post(env, f"{handover_id}/notes", anna, {"text": "PRIVATE-NOTE-42"})
    post(env, f"{handover_id}/replies", anna, {"text": "Hallo"})
    post(env, f"{handover_id}/close", anna, {"send_rating_prompt": True})
    assert "PRIVATE-NOTE-42" not in env.rasa.everything_sent()


def test_notes_do_not_appear_in_the_queue(env, anna):
    handover_id = env.claimed(anna)
    post(env, f"{handover_id}/notes", anna, {"text": "PRIVATE-NOTE-42"})
    assert "PRIVATE-NOTE-42" not in env.client.get("/api/inbox/handovers", headers=anna).text


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": "x" * 5001}, {"text": 42}, ["text"]])
def test_bad_notes_are_422(env, anna, body):
    handover_id = env.handover()
    assert post(env, f"{handover_id}/notes", anna, body).status_code == 422


def test_a_note_needs_a_sign_in(env):
    handover_id = env.handover()
    assert post(env, f"{handover_id}/notes", {}, {"text": "hi"}).status_code == 401
