"""Fixtures for the insights tests: a fresh SQLite Tandem database per test, and the real encoder's vectors of the
synthetic stream's wordings (computed once)."""
from __future__ import annotations

import pytest

from insights.tables import sessions


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    with sessions(url)() as session:
        yield session


@pytest.fixture(scope="session")
def synthetic_vectors():
    from insights import synthetic
    from knowledge.embedder import get_embedder

    return synthetic.embed_texts(get_embedder())
