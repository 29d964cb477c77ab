"""The stack under bad input and a dying action server (the session stack: real Rasa with Tandem's connectors,
the action server, the API, all supervised). Bulky or malformed requests come from 127.0.0.4x, so their byte
counts do not touch the other tests' address. The fault matrix (kill -9 and SIGSTOP of every process during a
stream of messages) is the slow suite `scripts/test-faults`."""
from __future__ import annotations

import json
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from bot.connectors.inbound import ACTION_DOWN_NOTICE
from inbox.rasa import RasaClient
from tests.conftest import tandem_payload, texts

pytestmark = pytest.mark.e2e


def from_address(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=60, trust_env=False)


def webhook(stack) -> str:
    return f"{stack.settings.rasa_url}/webhooks/rest/webhook"


@pytest.mark.parametrize("body, reason", [
    (b"", "empty body"),
    (b'[{"sender": "a", "message": "hi"}]', "not an array"),
    (b'{"sender": "a", "message": 42}', "'message' must be a string"),
    (b'{"message": "Was kostet der Versand?"}', "'sender' is missing"),
    (b'{"sender": "", "message": "Was kostet der Versand?"}', "'sender' is missing or empty"),
    (json.dumps({"sender": "x" * 300, "message": "hallo"}).encode(), "at most 255"),
])
def test_the_rest_webhook_answers_400_with_the_reason_to_a_malformed_request(stack, body, reason):
    with from_address("127.0.0.41") as client:
        response = client.post(webhook(stack), content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert reason in response.json()["detail"]


def test_nobody_lands_in_rasas_shared_default_conversation(stack):
    with from_address("127.0.0.41") as client:
        client.post(webhook(stack), json={"message": "meine Adresse ist Hauptstraße 1"})
        tracker = client.get(f"{stack.settings.rasa_url}/conversations/default/tracker",
                             params={"token": stack.settings.rasa_token}).json()
    assert not [e for e in tracker.get("events", []) if e.get("event") == "user"]


def test_a_long_message_is_cut_to_the_configured_length_before_nlu(stack, chat):
    chat.send("Was kostet der Versand? " + "bla " * 2000)
    users = [e for e in chat.tracker()["events"] if e.get("event") == "user"]
    assert len(users[-1]["text"]) == stack.settings.max_message_chars


def test_megabyte_bodies_are_refused_at_the_door_while_a_normal_question_is_answered(stack, chat):
    megabyte = json.dumps({"sender": "big", "message": "x" * 1_000_000}).encode()

    def post_big(n: int) -> int:
        with from_address(f"127.0.0.4{n + 2}") as client:
            return client.post(webhook(stack), content=megabyte,
                               headers={"Content-Type": "application/json"}).status_code

    with ThreadPoolExecutor(4) as pool:
        big = pool.map(post_big, range(4))
        answer = chat.send("Was kostet der Versand?")
        statuses = list(big)

    assert statuses == [413] * 4
    assert tandem_payload(answer)["kind"] == "answer"


def test_a_conversation_an_agent_closed_is_not_handed_over_again_for_old_failures(stack, chat):
    off_topic = ["Wie wird das Wetter morgen in Hamburg?", "Wer gewinnt dieses Jahr die Bundesliga?",
                 "Was ist die Hauptstadt von Australien?", "Wie hoch ist der Mount Everest?"]
    reasons: list[str] = []
    for question in off_topic:
        payload = tandem_payload(chat.send(question))
        if payload["kind"] == "handover":
            reasons = payload["handoff"]["reasons"]
            break
    assert "repeated_failure" in reasons, "the bot should hand over after failing repeatedly"

    RasaClient(stack.settings.rasa_url, stack.settings.rasa_token).resume(chat.sender)   # what closing does
    payload = tandem_payload(chat.send("Wie lange dauert eigentlich ein Flug nach Tokio?"))

    assert payload["kind"] != "handover"


def test_a_killed_action_server_is_restarted_and_followers_are_told_to_try_again_meanwhile(stack, chat):
    supervisor = stack.supervisor
    before, restarts = supervisor.child("actions").pid, supervisor.restarts["actions"]

    os.kill(before, signal.SIGKILL)
    during = chat.send("Was kostet der Versand?")

    assert texts(during) == ACTION_DOWN_NOTICE
    deadline = time.monotonic() + 150
    while not (supervisor.restarts["actions"] > restarts and supervisor.states["actions"] == "running"):
        assert time.monotonic() < deadline, "the action server was not restarted"
        time.sleep(0.5)
    assert supervisor.child("actions").pid != before
    assert tandem_payload(chat.send("Was kostet der Versand?"))["kind"] == "answer"
    health = httpx.get(f"http://{stack.settings.host}:{stack.settings.api_port}/health", timeout=10).json()
    assert health["status"] == "ok"
    assert any(e["process"] == "actions" and e["event"] == "crashed" for e in health["events"])
