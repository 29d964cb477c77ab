"""Canned replies (managed by staff, placeholders filled per conversation) and the follower's rating."""
from __future__ import annotations

import re

import pytest

from tests.inbox.support import tracker_with


@pytest.fixture
def staff(env) -> dict[str, str]:
    return env.user("sara", "staff")


@pytest.fixture
def anna(env) -> dict[str, str]:
    return env.user("anna", display_name="Anna")


def add_canned(env, headers, text="Hallo {follower_name}, hier ist {agent_name}.", language=None):
    return env.client.post("/api/inbox/canned", headers=headers,
                           json={"title": "Begrüßung", "text": text, "language": language})


def test_staff_add_canned_replies(env, staff):
    assert add_canned(env, staff).status_code == 201


def test_agents_cannot_add_canned_replies(env, anna):
    assert add_canned(env, anna).status_code == 403


def test_a_typo_in_a_placeholder_is_422(env, staff):
    response = add_canned(env, staff, text="Hallo {folower_name}")
    assert response.status_code == 422 and "folower_name" in response.json()["detail"]


def test_the_conversation_offers_canned_replies_with_names_filled_in(env, staff, anna):
    add_canned(env, staff)
    handover_id = env.handover("f1")
    env.rasa.trackers["f1"] = tracker_with("f1", slots={"name": "Max"})
    canned = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["canned_replies"]
    assert canned[0]["text"] == "Hallo Max, hier ist Anna."


def test_without_a_known_name_the_follower_is_greeted_neutrally(env, staff, anna):
    add_canned(env, staff)
    handover_id = env.handover("f1", language="en")
    canned = env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["canned_replies"]
    assert canned[0]["text"] == "Hallo there, hier ist Anna."


def test_canned_replies_in_another_language_are_not_offered(env, staff, anna):
    add_canned(env, staff, language="en")
    handover_id = env.handover("f1", language="de")
    assert env.client.get(f"/api/inbox/handovers/{handover_id}", headers=anna).json()["canned_replies"] == []


def test_an_archived_canned_reply_is_no_longer_offered(env, staff, anna):
    canned_id = add_canned(env, staff).json()["id"]
    env.client.patch(f"/api/inbox/canned/{canned_id}", headers=staff, json={"archived": True})
    assert env.client.get("/api/inbox/canned", headers=anna).json() == []


def rating_token(env, anna) -> str:
    handover_id = env.claimed(anna, "f1")
    env.client.post(f"/api/inbox/handovers/{handover_id}/close", headers=anna, json={"send_rating_prompt": True})
    return re.search(r"/rate/([A-Za-z0-9_-]+)", env.rasa.sent[-1][1])[1]


def test_the_follower_rates_with_the_token_from_the_prompt(env, anna):
    token = rating_token(env, anna)
    response = env.client.post(f"/api/ratings/{token}", json={"score": 4, "comment": "schnell"})
    assert response.status_code == 200 and response.json() == {"score": 4, "comment": "schnell"}


def test_a_second_rating_is_409(env, anna):
    token = rating_token(env, anna)
    env.client.post(f"/api/ratings/{token}", json={"score": 4})
    assert env.client.post(f"/api/ratings/{token}", json={"score": 1}).status_code == 409


@pytest.mark.parametrize("body", [{"score": 0}, {"score": 6}, {"score": "five"}, {},
                                  {"score": 3, "comment": "x" * 2001}])
def test_invalid_ratings_are_422(env, anna, body):
    token = rating_token(env, anna)
    assert env.client.post(f"/api/ratings/{token}", json=body).status_code == 422


def test_an_unknown_rating_token_is_404(env):
    assert env.client.post("/api/ratings/abcdefghijklmnopqrstuvwxyz", json={"score": 3}).status_code == 404


def test_the_rating_form_page_accepts_a_plain_form_post(env, anna):
    token = rating_token(env, anna)
    assert 'name="score"' in env.client.get(f"/rate/{token}").text
    sent = env.client.post(f"/rate/{token}", content="score=5&comment=%3Cb%3Etop%3C%2Fb%3E",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert sent.status_code == 200 and "Danke" in sent.text


def test_staff_see_ratings_per_agent_and_overall(env, anna):
    token = rating_token(env, anna)
    env.client.post(f"/api/ratings/{token}", json={"score": 4, "comment": "<script>x</script>"})
    report = env.client.get("/api/inbox/ratings", headers=env.user("sara", "staff")).json()
    assert report["overall"]["average"] == 4.0
    assert [(a["agent"], a["count"]) for a in report["per_agent"]] == [("anna", 1)]
    assert report["recent_comments"][0]["comment"] == "<script>x</script>"
