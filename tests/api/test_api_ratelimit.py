"""Per-client-address limits on the Tandem API: 429 with a JSON reason and Retry-After after the limit, other
addresses unaffected, the stack's internal calls never limited, and failed sign-ins limited per address."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.deps import rasa_client
from api.main import create_app
from inbox.auth import create_user, find_user
from database.engine import session_factory
from tandem.settings import Settings
from tests.inbox.support import PASSWORD, FakeRasa, cheap_hashing


@pytest.fixture
def build(tmp_path, monkeypatch):
    cheap_hashing(monkeypatch)

    def make(**limits):
        settings = Settings(data_dir=tmp_path, rasa_token="internal-token", **limits)
        app = create_app(settings)
        app.dependency_overrides[rasa_client] = FakeRasa
        with session_factory(settings.database)() as session:
            if find_user(session, "anna") is None:
                create_user(session, "anna", PASSWORD, "agent")
        return lambda address: TestClient(app, client=(address, 40000))

    return make


def test_an_address_over_the_limit_gets_429_with_a_json_reason_and_retry_after(build):
    client = build(api_per_ip=5)("203.0.113.7")
    assert [client.get("/chat/config.json").status_code for _ in range(5)] == [200] * 5
    refused = client.get("/chat/config.json")
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    body = refused.json()
    assert "too many requests from your address: at most 5 in 60 s" in body["detail"]
    assert body["retry_after"] == int(refused.headers["retry-after"])


def test_other_addresses_are_not_affected(build):
    clients = build(api_per_ip=3)
    flooder, other = clients("203.0.113.7"), clients("198.51.100.20")
    for _ in range(10):
        flooder.get("/chat/config.json")
    assert flooder.get("/chat/config.json").status_code == 429
    assert other.get("/chat/config.json").status_code == 200


def test_every_route_counts_signed_in_or_not(build):
    client = build(api_per_ip=2)("203.0.113.7")
    client.get("/api/inbox/handovers"), client.post("/api/auth/login", json={"name": "x", "password": "y"})
    assert client.get("/inbox").status_code == 429


def test_the_stacks_internal_calls_and_health_are_never_limited(build):
    client = build(api_per_ip=1)("127.0.0.1")
    internal = [client.post("/internal/waiting", json={"sender_id": "s", "text": "hi"},
                            headers={"Authorization": "Bearer internal-token"}).status_code for _ in range(5)]
    assert internal == [200] * 5
    assert all(client.get("/health").status_code != 429 for _ in range(3))


def test_zero_switches_the_limit_off(build):
    client = build(api_per_ip=0)("203.0.113.7")
    assert all(client.get("/chat/config.json").status_code == 200 for _ in range(50))


def login(client, name="anna", password=PASSWORD):
    return client.post("/api/auth/login", json={"name": name, "password": password})


def test_many_failed_sign_ins_from_one_address_block_it_even_with_the_right_password(build):
    client = build(login_failures_per_ip=4)("203.0.113.7")
    assert [login(client, f"guess-{n}", "wrong").status_code for n in range(4)] == [401] * 4
    blocked = login(client)
    assert blocked.status_code == 429 and "failed sign-ins from your address" in blocked.json()["detail"]
    assert int(blocked.headers["retry-after"]) > 0


def test_failed_sign_ins_elsewhere_do_not_block_an_office(build):
    clients = build(login_failures_per_ip=4)
    attacker, office = clients("203.0.113.7"), clients("198.51.100.20")
    for n in range(10):
        login(attacker, f"guess-{n}", "wrong")
    assert login(office).status_code == 200


def test_successful_sign_ins_do_not_count(build):
    client = build(login_failures_per_ip=2)("198.51.100.20")
    assert all(login(client).status_code == 200 for _ in range(6))


def test_the_defaults_let_an_agents_page_work_without_tripping(build):
    client = build()("198.51.100.20")
    token = login(client).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    for _ in range(120):   # a queue reload every half second for a whole window
        assert client.get("/api/inbox/handovers", headers=headers).status_code == 200
