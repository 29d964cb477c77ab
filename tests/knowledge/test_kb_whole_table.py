"""A question naming none of a table's rows is answered with the whole table when it is short; a question naming
a row is answered with that row (`knowledge.answering._whole_table`, `QuotingSettings.whole_table_chars`)."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer
from tandem.settings import get_settings

FERRY = {
    "faehre/zeiten.md": """---
title: Fähre Lindenwerth – Fahrplan
language: de
---

# Fähre Lindenwerth

## Abfahrten ab Anleger Nord

| Tag | Erste Fähre | Letzte Fähre |
|---|---|---|
| Montag | 6:10 Uhr | 21:40 Uhr |
| Dienstag | 6:10 Uhr | 21:40 Uhr |
| Mittwoch | 6:10 Uhr | 21:40 Uhr |
| Donnerstag | 6:10 Uhr | 21:40 Uhr |
| Freitag | 6:10 Uhr | 23:10 Uhr |
| Samstag | 7:30 Uhr | 23:10 Uhr |
| Sonntag | 8:45 Uhr | 20:15 Uhr |

Bei Sturm ab Windstärke 8 fällt die Fähre aus; wir melden das auf der Startseite.
""",
    "faehre/preise.md": """---
title: Fähre Lindenwerth – Preise
language: de
---

# Preise

Eine einfache Überfahrt kostet für Erwachsene 3,20 €, für Kinder bis 14 Jahre 1,60 €. Fahrräder fahren für
1,00 € mit, Hunde kostenlos.
""",
}
DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@pytest.fixture(scope="module")
def ferry_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(FERRY, "ferry")


def test_a_question_naming_no_day_is_answered_with_the_whole_week(ferry_answerer):
    answer = ferry_answerer.answer("Wann fährt die Fähre?", "de")
    assert answer.citations == ["faehre/zeiten"]
    assert all(day in answer.text for day in DAYS), answer.text


def test_a_question_naming_a_day_is_answered_with_that_days_row(ferry_answerer):
    answer = ferry_answerer.answer("Wann fährt am Sonntag die letzte Fähre?", "de")
    assert "20:15" in answer.text
    assert "Mittwoch" not in answer.text, answer.text


def test_with_the_rule_off_the_week_is_not_quoted_whole(ferry_answerer, monkeypatch):
    monkeypatch.setenv("TANDEM_QUOTING__WHOLE_TABLE_CHARS", "0")
    get_settings.cache_clear()
    try:
        answerer = KnowledgeAnswerer(ferry_answerer.retriever, ferry_answerer.threshold)
        answer = answerer.answer("Wann fährt die Fähre?", "de")
    finally:
        monkeypatch.delenv("TANDEM_QUOTING__WHOLE_TABLE_CHARS")
        get_settings.cache_clear()
    assert not all(day in answer.text for day in DAYS), answer.text
