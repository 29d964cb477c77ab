"""A question giving measurements ("180 cm tall, chest 100 cm") is answered by the table row whose ranges hold
them, the conclusion instead of the whole table; an amount of another unit does not pick a row."""
from __future__ import annotations

import pytest

from knowledge.answering import asked_measures, ranges_held
from knowledge.chunking import Unit
from pipeline.answerer import KnowledgeAnswerer


def row(text: str) -> Unit:
    return Unit("u", "c", "d", text, "row", 0, 0, "")


def test_a_row_holds_each_asked_amount_of_the_same_unit_in_its_ranges():
    measures = asked_measures("I'm 184 cm tall and my chest is about 99 cm, which jacket size?")
    assert ranges_held(row("Size: L; Height: 180–186 cm; Chest: 97–101 cm"), measures) == 2
    assert ranges_held(row("Size: M; Height: 174–180 cm; Chest: 93–96 cm"), measures) == 0


def test_an_amount_of_another_unit_or_a_clock_time_is_not_held():
    assert ranges_held(row("Land: Schweiz; Lieferzeit: 1–3 Werktage"), asked_measures("Versand von 2 Paketen?")) == 0
    assert ranges_held(row("Tag: Montag; Geöffnet: 10:00–19:00"), asked_measures("Habt ihr um 17 Uhr offen?")) == 0


def test_a_price_range_with_a_thousands_point_holds_an_amount_in_euros():
    measures = asked_measures("My e-bike was 1200 euros, which cover do I need?")
    assert ranges_held(row("Kaufpreis: 1.001–2.500 €; Tarif: Rad M"), measures) == 1


SIZES = """---
title: Größentabelle Herren
language: de
---

# Größentabelle Herren

| Größe | Körpergröße | Brustumfang |
|---|---|---|
| S | 164–170 cm | 86–90 cm |
| M | 170–176 cm | 90–95 cm |
| L | 176–182 cm | 95–100 cm |
| XL | 182–188 cm | 100–106 cm |
"""


@pytest.fixture(scope="module")
def sizes(answerer_over, installed_dictionary) -> KnowledgeAnswerer:
    return answerer_over({"groessen/herren.md": SIZES}, "range-rows", installed_dictionary)


def test_the_size_row_holding_both_measurements_is_the_answer(sizes: KnowledgeAnswerer):
    text = sizes.answer("Ich bin 179 cm groß mit 97 cm Brustumfang. Welche Größe brauche ich?", "de").text
    assert "Größe: L" in text and "Größe: M" not in text and "Größe: XL" not in text
