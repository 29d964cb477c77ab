"""A German compound whose head the knowledge base knows but whose kind it does not ('Studentenrabatt' when
only club discounts exist) is a near miss: declined, not answered with the nearby fact."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer

DISCOUNTS = """---
title: Rabatte
language: de
---

# Rabatte

## Rabatt für Vereine

Vereine und Jugendgruppen erhalten auf Anfrage 10 % Rabatt ab einem Bestellwert von 500 €.

## Rabatt für Mitglieder im Kundenclub

Mitglieder unseres Kundenclubs sammeln Punkte und erhalten zum Geburtstag einen Gutschein über 10 €.
"""


@pytest.fixture(scope="module")
def discounts(answerer_over) -> KnowledgeAnswerer:
    return answerer_over({"service/rabatte.md": DISCOUNTS}, "compound-kinds")


def test_a_discount_of_a_kind_the_knowledge_base_names_is_answered(discounts: KnowledgeAnswerer):
    assert discounts.answer("Gibt es einen Vereinsrabatt?", "de").citations == ["service/rabatte"]


def test_a_discount_of_a_kind_it_never_names_is_declined(discounts: KnowledgeAnswerer):
    answer = discounts.answer("Gibt es bei euch Studentenrabatt?", "de")
    assert answer.citations == [] and "studentenrabatt" in [w.lower() for w in answer.unknown]
