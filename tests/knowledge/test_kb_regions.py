"""A country the knowledge base never names is found under the region it lists ("übrige EU-Länder")."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer
from knowledge.regions import region_words

SHIPPING = """---
title: Versand
language: de
---

# Versand

## Versandkosten nach Land

Was der Versand kostet und wie lange die Lieferung dauert, hängt vom Land ab:

| Land | Versandkosten | Lieferzeit |
|---|---|---|
| Deutschland | 4,90 € | 1–2 Werktage |
| Schweiz | 19,90 € | 5–7 Werktage |
| übrige EU-Länder | 14,50 € | 4–6 Werktage |

Wir liefern nur nach Deutschland, in die Schweiz und in die übrigen Länder der EU.
"""


@pytest.fixture(scope="module")
def shipping_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over({"versand.md": SHIPPING}, "regions")


def test_an_eu_country_belongs_to_the_eu_and_to_europe():
    assert {"eu", "eu-lander", "europa"} <= set(region_words("Frankreich"))


def test_a_word_that_is_no_country_has_no_region():
    assert region_words("Fahrrad") == ()


def test_a_question_about_an_unlisted_eu_country_is_answered_from_the_eu_row(shipping_answerer):
    answer = shipping_answerer.answer("Was kostet der Versand nach Portugal?", "de")
    assert answer.confident and "14,50 €" in answer.text



def test_a_european_country_outside_the_eu_is_in_europe_but_not_in_the_eu():
    assert "europa" in region_words("Norwegen") and "eu" not in region_words("Norwegen")
