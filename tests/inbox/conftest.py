"""Fixtures for the inbox tests: a temp database session, cheap password hashing, and an API environment."""
from __future__ import annotations

import pytest

from database.engine import session_factory
from tests.inbox.support import InboxEnv, cheap_hashing


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


@pytest.fixture
def session(tmp_path, fast_hashing):
    with session_factory(f"sqlite:///{tmp_path / 'inbox.db'}")() as opened:
        yield opened


@pytest.fixture
def db_url(tmp_path, fast_hashing) -> str:
    return f"sqlite:///{tmp_path / 'inbox.db'}"


@pytest.fixture
def env(tmp_path, fast_hashing) -> InboxEnv:
    return InboxEnv(tmp_path)
