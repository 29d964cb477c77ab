"""Per-client limits against the real servers (the session stack: real Rasa with Tandem's connectors, the action
server and the API, all with their default limits). Floods come from other loopback addresses (127.0.0.x), so
the other tests, which talk from 127.0.0.1, are not slowed down by them."""
from __future__ import annotations

import json
import subprocess
import uuid

import httpx
import pytest

from tandem.rasa_model import RASA_BIN
from tandem.settings import ROOT
from tests.conftest import texts

pytestmark = pytest.mark.e2e


def from_address(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=30, trust_env=False)


def webhook(stack) -> str:
    return f"{stack.settings.rasa_url}/webhooks/rest/webhook"


def api(stack, path: str) -> str:
    return f"http://{stack.settings.host}:{stack.settings.api_port}{path}"


def test_rasa_answers_429_to_a_sender_over_its_limit_and_goes_on_with_other_senders(stack):
    limit, sender = stack.settings.webhook_per_sender, f"flood-{uuid.uuid4().hex[:8]}"
    with from_address("127.0.0.21") as client:
        for n in range(limit):
            response = client.post(webhook(stack), json={"sender": sender, "message": f"Frage {n}: Versandkosten?"})
            assert response.status_code == 200, (n, response.text)
        refused = client.post(webhook(stack), json={"sender": sender, "message": "noch eine"})
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited" and refused.json()["scope"] == "sender"
        assert f"at most {limit} in 60 s" in refused.json()["detail"] and int(refused.headers["retry-after"]) >= 1
        other = client.post(webhook(stack), json={"sender": f"{sender}-other", "message": "Was kostet der Versand?"})
        assert other.status_code == 200 and "€" in texts(other.json())


def test_rasa_answers_429_to_an_address_over_its_limit_and_goes_on_with_other_addresses(stack, chat):
    limit = stack.settings.webhook_per_ip
    with from_address("127.0.0.22") as client:
        # Malformed requests count too (and cost Rasa nothing), so the flood is quick.
        statuses = {client.post(webhook(stack), content=b"not json").status_code for _ in range(limit)}
        assert 429 not in statuses
        refused = client.post(webhook(stack), json={"sender": "fresh-sender", "message": "Hallo"})
        assert refused.status_code == 429 and refused.json()["scope"] == "ip"
    assert "€" in texts(chat.send("Was kostet der Versand?"))


def test_the_web_chat_channel_tells_a_flooding_follower_once_and_drops_the_rest(stack):
    """The limit is per sender across channels. The sender's allowance is used up over REST first: messages sent
    at once over socket.io would queue behind Rasa's per-conversation lock, which polls once a second."""
    limit, session_id = stack.settings.webhook_per_sender, uuid.uuid4().hex
    with from_address("127.0.0.26") as client:
        for n in range(limit):
            client.post(webhook(stack), json={"sender": session_id, "message": f"Frage {n}: Versandkosten?"})
    result = subprocess.run([str(RASA_BIN.parent / "python"), str(ROOT / "tests/e2e/socketio_flood.py"),
                             stack.settings.rasa_url, session_id, "4"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    events = json.loads(result.stdout)
    refusals = [e for e in events if e.get("error") == "rate_limited"]
    assert len(refusals) == 1 and refusals[0]["scope"] == "sender" and refusals[0]["text"]
    assert events == refusals   # nothing else was answered


def test_the_api_answers_429_to_an_address_over_its_limit_and_goes_on_with_others(stack):
    limit = stack.settings.api_per_ip
    with from_address("127.0.0.23") as client:
        assert all(client.get(api(stack, "/chat/config.json")).status_code == 200 for _ in range(limit))
        refused = client.get(api(stack, "/chat/config.json"))
        assert refused.status_code == 429 and "too many requests from your address" in refused.json()["detail"]
        assert int(refused.headers["retry-after"]) >= 1
    assert httpx.get(api(stack, "/chat/config.json"), trust_env=False).status_code == 200


def test_sign_in_guessing_from_one_address_is_stopped_while_other_addresses_may_sign_in(stack):
    limit = stack.settings.login_failures_per_ip
    with from_address("127.0.0.24") as client:
        for n in range(limit):
            response = client.post(api(stack, "/api/auth/login"), json={"name": f"admin{n}", "password": "hunter22"})
            assert response.status_code == 401, response.text
        blocked = client.post(api(stack, "/api/auth/login"), json={"name": "someone", "password": "hunter22"})
        assert blocked.status_code == 429 and "failed sign-ins from your address" in blocked.json()["detail"]
    with from_address("127.0.0.25") as client:
        assert client.post(api(stack, "/api/auth/login"), json={"name": "x", "password": "hunter22"}).status_code == 401
