"""Shared fixtures: the detector is built once per test session (loading the embedding model and
embedding the YAML examples takes ~1-2 s)."""
from __future__ import annotations

from typing import Sequence

import pytest

from handoff import turn_model as tm
from handoff.detector import Conversation, Detection, Detector
from handoff.rules import read_rules


@pytest.fixture(scope="session")
def rules():
    return read_rules()


@pytest.fixture(scope="session")
def detector(rules) -> Detector:
    """The rules with sentence-embedding similarity, the turn model off: the phrase lists' own decisions. They
    decide the exact reasons, are features of the turn model, and decide alone when it is off or fails."""
    return Detector(rules, turn_model=None)


@pytest.fixture(scope="session")
def shipped(rules) -> Detector:
    """The production configuration as rules.yml ships it: exact rules OR the turn model."""
    return Detector(rules)


@pytest.fixture(scope="session")
def with_model(detector) -> Detector:
    """The production detector's rules and embedding with the shipped turn model file and its learned checks, no
    brand examples and no LLM: the learned parts as they ship, whatever the environment configures."""
    return Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None,
                    turn_model=tm.DEFAULT_FILE)


@pytest.fixture(scope="session")
def rules_only(rules) -> Detector:
    """Rules without embeddings, to pin behaviour that must not depend on the model."""
    return Detector(rules, embed=None)


@pytest.fixture(scope="session")
def check(detector):
    def run(text: str, lang: str, previous: Sequence[str] = (), bot_failures: int = 0) -> Detection:
        return detector.detect(text, Conversation(previous_user_messages=list(previous), bot_failures=bot_failures), lang)
    return run

