"""`tandem users`: the first admin and further users from the command line, password from stdin."""
from __future__ import annotations

import io

import pytest

from inbox.auth import authenticate
from database.engine import session_factory
from tandem import cli


@pytest.fixture
def data_dir(tmp_path, monkeypatch, fast_hashing):
    monkeypatch.setenv("TANDEM_DATA_DIR", str(tmp_path))
    cli.get_settings.cache_clear()
    yield tmp_path
    cli.get_settings.cache_clear()


def run(monkeypatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


def signed_in(data_dir, name: str, password: str):
    with session_factory(f"sqlite:///{data_dir / 'tandem.db'}")() as session:
        return authenticate(session, name, password)


def test_create_admin_reads_the_password_from_stdin(data_dir, monkeypatch):
    assert run(monkeypatch, ["users", "create-admin", "root"], "a long password\n") == 0
    assert signed_in(data_dir, "root", "a long password").role == "admin"


def test_users_add_gives_the_chosen_role(data_dir, monkeypatch):
    assert run(monkeypatch, ["users", "add", "sara", "--role", "staff"], "a long password\n") == 0
    assert signed_in(data_dir, "sara", "a long password").role == "staff"


def test_a_weak_password_fails_with_a_message(data_dir, monkeypatch, capsys):
    assert run(monkeypatch, ["users", "add", "anna"], "short\n") == 2
    assert "at least 8" in capsys.readouterr().err
