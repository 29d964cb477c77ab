"""Signing in to the inbox, and every endpoint's role check (401 without a valid token, 403 with the wrong role)."""
from __future__ import annotations

import pytest

from tests.inbox.support import PASSWORD, InboxEnv


def login(env: InboxEnv, name: str, password: str = PASSWORD):
    return env.client.post("/api/auth/login", json={"name": name, "password": password})


def test_signing_in_returns_a_bearer_token_that_works(env):
    env.user("anna")
    token = login(env, "anna").json()["token"]
    me = env.client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["name"] == "anna"


def test_a_wrong_password_is_401(env):
    env.user("anna")
    assert login(env, "anna", "wrong password").status_code == 401


def test_an_unknown_name_is_401_with_the_same_message(env):
    env.user("anna")
    assert login(env, "nobody").json() == login(env, "anna", "wrong password").json()


def test_a_missing_token_is_401_and_asks_for_bearer(env):
    response = env.client.get("/api/inbox/handovers")
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer made-up-token", "Basic YW5uYTpwdw==", "Bearer ", "Bearer " + "x" * 5000])
def test_a_wrong_or_malformed_token_is_401(env, header):
    assert env.client.get("/api/inbox/handovers", headers={"Authorization": header}).status_code == 401


def test_a_token_stops_working_after_sign_out(env):
    headers = env.user("anna")
    assert env.client.post("/api/auth/logout", headers=headers).status_code == 204
    assert env.client.get("/api/auth/me", headers=headers).status_code == 401


def test_an_agent_cannot_use_staff_endpoints(env):
    response = env.client.get("/api/inbox/ratings", headers=env.user("anna"))
    assert response.status_code == 403 and "staff" in response.json()["detail"]


def test_an_admin_can_use_staff_endpoints(env):
    assert env.client.get("/api/inbox/ratings", headers=env.user("root", "admin")).status_code == 200


def test_staff_cannot_create_users(env):
    body = {"name": "new", "password": PASSWORD, "role": "agent"}
    assert env.client.post("/api/auth/users", json=body, headers=env.user("sara", "staff")).status_code == 403


def test_an_admin_creates_a_user_who_can_then_sign_in(env):
    body = {"name": "new", "password": PASSWORD, "role": "staff"}
    created = env.client.post("/api/auth/users", json=body, headers=env.user("root", "admin"))
    assert created.status_code == 201 and login(env, "new").json()["user"]["role"] == "staff"


def test_an_unknown_role_is_refused(env):
    body = {"name": "new", "password": PASSWORD, "role": "superuser"}
    assert env.client.post("/api/auth/users", json=body, headers=env.user("root", "admin")).status_code == 422


def test_deactivating_a_user_ends_their_sessions(env):
    agent = env.user("anna")
    response = env.client.patch("/api/auth/users/anna", json={"active": False}, headers=env.user("root", "admin"))
    assert response.status_code == 200
    assert env.client.get("/api/auth/me", headers=agent).status_code == 401


def test_an_admin_cannot_demote_themselves(env):
    admin = env.user("root", "admin")
    assert env.client.patch("/api/auth/users/root", json={"role": "agent"}, headers=admin).status_code == 409


def test_the_user_list_never_contains_password_hashes(env):
    body = env.client.get("/api/auth/users", headers=env.user("anna")).text
    assert "scrypt" not in body and "password" not in body


def test_a_huge_login_body_is_refused_before_parsing(env):
    response = env.client.post("/api/auth/login", content=b'{"name":"' + b"a" * 200_000 + b'"}',
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_the_openapi_docs_show_the_bearer_scheme_and_the_role_per_endpoint(env):
    spec = env.client.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["AgentToken"]["scheme"] == "bearer"
    claim = spec["paths"]["/api/inbox/handovers/{handover_id}/claim"]["post"]
    assert claim["security"] == [{"AgentToken": []}] and claim["x-required-role"] == "agent"
    assert spec["paths"]["/api/inbox/canned"]["post"]["x-required-role"] == "staff"
    assert spec["paths"]["/api/auth/users"]["post"]["x-required-role"] == "admin"


def test_repeated_failed_sign_ins_make_that_address_wait(env):
    env.user("anna")
    for _ in range(3):
        assert login(env, "anna", "wrong password").status_code == 401
    waiting = login(env, "anna")
    assert waiting.status_code == 429 and int(waiting.headers["retry-after"]) > 0


def test_a_guesser_at_another_address_cannot_lock_the_agent_out(env):
    from fastapi.testclient import TestClient

    env.user("anna")
    guesser = TestClient(env.client.app, client=("198.51.100.66", 40000))
    for _ in range(8):
        guesser.post("/api/auth/login", json={"name": "anna", "password": "wrong password"})
    assert guesser.post("/api/auth/login", json={"name": "anna", "password": PASSWORD}).status_code == 429
    assert login(env, "anna").status_code == 200            # the agent, from her own address, with her password


def test_a_waiting_name_does_not_delay_other_names(env):
    env.user("anna"), env.user("ben")
    for _ in range(6):
        login(env, "anna", "wrong password")
    assert login(env, "ben").status_code == 200


def test_a_chunked_body_without_length_is_limited_too(env):
    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    response = env.client.post("/api/auth/login", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
