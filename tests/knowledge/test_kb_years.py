"""A question about one year is not answered from a document about another ("Gas 2025?" → the 2026 list)."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer

GAS_2026 = """---
title: Erdgas – Preise 2026
language: de
---

# Erdgas – Preise 2026

## Preise ab 01.01.2026

| Tarif | Arbeitspreis | Grundpreis |
|---|---|---|
| Gas Basis | 11,38 ct/kWh | 16,50 €/Monat |
| Gas Fix | 10,90 ct/kWh | 14,90 €/Monat |
"""


@pytest.fixture(scope="module")
def gas_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over({"gas/preise-2026.md": GAS_2026}, "years")


def test_the_year_the_document_names_is_answered(gas_answerer: KnowledgeAnswerer):
    answer = gas_answerer.answer("Was kostet Gas Basis 2026 pro kWh?", "de")
    assert answer.citations == ["gas/preise-2026"] and "11,38" in answer.text


def test_a_year_the_document_does_not_name_is_declined(gas_answerer: KnowledgeAnswerer):
    answer = gas_answerer.answer("Was hat Gas Basis 2025 pro kWh gekostet?", "de")
    assert answer.citations == [] and answer.reason == "other_year"


def test_a_question_without_a_year_is_answered_from_the_current_list(gas_answerer: KnowledgeAnswerer):
    assert gas_answerer.answer("Was kostet Gas Basis pro kWh?", "de").citations == ["gas/preise-2026"]
