"""The planted-PII set (tests/privacy/pii_messages.yaml): big enough, bilingual, and fully redacted."""
from __future__ import annotations

from pathlib import Path

import pytest

from privacy.evaluation import load_cases, score
from privacy.patterns import TYPES
from privacy.redact import get_redactor

DEV = load_cases(Path(__file__).with_name("pii_messages.yaml"))
HELD_OUT = load_cases(Path(__file__).with_name("pii_heldout.yaml"))   # written after the redaction was tuned


def test_the_set_has_at_least_100_messages_in_german_and_english():
    assert len(DEV) >= 100
    assert {c.lang for c in DEV} == {"de", "en"}


def test_the_set_plants_every_kind_of_personal_data():
    assert {p.type for c in DEV for p in c.pii} == set(TYPES)


@pytest.mark.parametrize("kind", TYPES)
def test_every_planted_value_of_this_kind_is_redacted(kind: str):
    result = score([c for c in DEV if any(p.type == kind for p in c.pii)], get_redactor())
    misses = [(p.value, redacted) for _c, p, redacted in result.misses if p.type == kind]
    assert misses == []


def test_every_planted_value_of_the_held_out_set_is_redacted():
    assert len(HELD_OUT) >= 20 and {c.lang for c in HELD_OUT} == {"de", "en"}
    misses = [(p.type, p.value, redacted) for _c, p, redacted in score(HELD_OUT, get_redactor()).misses]
    assert misses == []
