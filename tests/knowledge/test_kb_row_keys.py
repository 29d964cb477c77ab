"""A table row the question names by its key ("… to Austria?") is quoted before prose that merely holds
another price of the same topic."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer

SHIPPING = """---
title: Versand und Lieferung
language: de
---

# Versand und Lieferung

## Versandkosten

Ab einem Bestellwert von 99 € versenden wir Pakete in Deutschland kostenlos.
Fahrräder und E-Bikes versenden wir zu einer festen Pauschale von 49,00 € innerhalb Deutschlands.

## Länder

| Land | Paket | Fahrrad / E-Bike | Lieferzeit |
|---|---|---|---|
| Deutschland | 4,90 € | 49,00 € | 1–3 Werktage |
| Österreich | 8,90 € | 79,00 € | 2–4 Werktage |
| Schweiz | 19,90 € | 129,00 € | 3–6 Werktage |

## Akkus

Einzelne E-Bike-Akkus sind Gefahrgut. Wir versenden sie nur innerhalb Deutschlands und nach Österreich, mit
einem Gefahrgutzuschlag von 19,90 €.
"""


@pytest.fixture(scope="module")
def shipping(answerer_over, installed_dictionary) -> KnowledgeAnswerer:
    return answerer_over({"versand/versand.md": SHIPPING}, "row-keys", installed_dictionary)


@pytest.mark.parametrize("question, lang", [("How much is shipping to Austria?", "en"),
                                            ("Was kostet der Versand nach Österreich?", "de")])
def test_the_row_of_the_named_country_is_quoted(shipping: KnowledgeAnswerer, question: str, lang: str):
    assert "8,90 €" in shipping.answer(question, lang).text
