"""The answer paths over the safety knowledge base (tests/safety/kb) with a local chat-completions server, built
once per run for the modules that need it."""
from __future__ import annotations

import pytest

from tests.safety.harness import attack_paths


@pytest.fixture(scope="session")
def paths(tmp_path_factory: pytest.TempPathFactory):
    with attack_paths(tmp_path_factory.mktemp("safety-kb")) as running:
        yield running
