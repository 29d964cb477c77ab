"""`tandem privacy …` and `/api/privacy/{sender}` (admins only)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from inbox.auth import create_user, issue_token
from database.engine import session_factory
from tandem.cli import main
from tests.privacy.gdpr_support import OTHER, VICTIM, everything_mentioning, populate


@pytest.fixture
def settings(tmp_path, monkeypatch):
    settings = populate(tmp_path)
    monkeypatch.setattr("privacy.cli._settings", lambda: settings)
    monkeypatch.setattr("inbox.auth.SCRYPT_N", 2**8)
    return settings


def headers(settings, role: str) -> dict[str, str]:
    with session_factory(settings.database)() as session:
        user = create_user(session, f"{role}-user", "correct horse battery", role)
        return {"Authorization": f"Bearer {issue_token(session, user).token}"}


def test_cli_export_prints_the_senders_data_as_json(settings, capsys):
    assert main(["privacy", "export", VICTIM]) == 0
    assert json.loads(capsys.readouterr().out)["sender_id"] == VICTIM


def test_cli_delete_removes_the_sender_and_says_nothing_is_left(settings, capsys):
    assert main(["privacy", "delete", VICTIM, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "nothing left" in out
    assert "not searched" in out and f"{settings.data_dir}/logs" in out   # and says what it could not search
    assert everything_mentioning(settings.data_dir, VICTIM) == []


def test_cli_purge_accepts_older_than_days(settings, capsys):
    assert main(["privacy", "purge", "--older-than", "30"]) == 0
    assert "purged 0 conversations older than 30 days" in capsys.readouterr().out


def test_an_admin_exports_a_sender_over_the_api(settings):
    client = TestClient(create_app(settings))
    response = client.get(f"/api/privacy/{VICTIM}", headers=headers(settings, "admin"))
    assert response.status_code == 200 and response.json()["stores"]["rasa_tracker"]["events"]


def test_an_agent_may_not_export_a_sender(settings):
    client = TestClient(create_app(settings))
    assert client.get(f"/api/privacy/{VICTIM}", headers=headers(settings, "agent")).status_code == 403


def test_the_api_refuses_without_sign_in(settings):
    assert TestClient(create_app(settings)).delete(f"/api/privacy/{VICTIM}").status_code == 401


def test_an_admin_deletes_a_sender_over_the_api(settings):
    client = TestClient(create_app(settings))
    response = client.delete(f"/api/privacy/{VICTIM}", headers=headers(settings, "admin"))
    assert response.status_code == 200 and response.json()["complete"] is True
    assert everything_mentioning(settings.data_dir, VICTIM) == []
    assert everything_mentioning(settings.data_dir, OTHER)
