"""A question naming none of a table's rows is answered with the whole table when it is short; a question naming
a row is answered with that row alone (`knowledge.answering._whole_table` and `_chosen`, `QuotingSettings`'
`whole_table_chars` and `keyed_row_alone`)."""
from __future__ import annotations

import pytest

from knowledge.answering import _continued, _table_of
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


def test_a_question_naming_a_day_is_answered_with_that_days_row_alone(ferry_answerer):
    answer = ferry_answerer.answer("Wann fährt am Samstag die letzte Fähre?", "de")
    assert "Samstag" in answer.text and "23:10" in answer.text
    assert [day for day in DAYS if day != "Samstag" and day in answer.text] == [], answer.text


def answer_with(ferry_answerer: KnowledgeAnswerer, monkeypatch, setting: str, value: str, question: str) -> str:
    """The reply with one quoting setting changed, as a deployment would set it."""
    monkeypatch.setenv(setting, value)
    get_settings.cache_clear()
    try:
        answerer = KnowledgeAnswerer(ferry_answerer.retriever, ferry_answerer.threshold)
        return answerer.answer(question, "de").text
    finally:
        monkeypatch.delenv(setting)
        get_settings.cache_clear()


def test_with_the_whole_table_rule_off_the_week_is_not_quoted_whole(ferry_answerer, monkeypatch):
    text = answer_with(ferry_answerer, monkeypatch, "TANDEM_QUOTING__WHOLE_TABLE_CHARS", "0", "Wann fährt die Fähre?")
    assert not all(day in text for day in DAYS), text


def test_with_the_named_row_rule_off_the_rows_around_it_are_quoted_too(ferry_answerer, monkeypatch):
    text = answer_with(ferry_answerer, monkeypatch, "TANDEM_QUOTING__KEYED_ROW_ALONE", "false",
                       "Wann fährt am Samstag die letzte Fähre?")
    assert "Samstag" in text and [day for day in DAYS if day != "Samstag" and day in text], text


CAFE = {
    "cafe/haus.md": """---
title: Café am Deich
language: de
---

# Café am Deich

## Öffnungszeiten und Getränke

Unser Café liegt direkt am Deich, mit Blick auf die Fähre. Bei gutem Wetter sitzen Sie auf der Terrasse, im Winter
heizen wir den Kaminraum. Hunde sind willkommen, Wasser für sie steht an der Tür.

| Tag | Geöffnet |
|---|---|
| Montag bis Freitag | 9:00–18:00 Uhr |
| Samstag | 10:00–17:00 Uhr |
| Sonntag | 10:00–14:00 Uhr |

| Getränk | Preis |
|---|---|
| Espresso | 2,10 € |
| Cappuccino | 3,20 € |
| Ostfriesentee | 2,60 € |
""",
    "cafe/kuchen.md": """---
title: Kuchen
language: de
---

# Kuchen

| Kuchen | Preis |
|---|---|
| Apfelkuchen | 3,40 € |
| Käsekuchen | 3,60 € |
| Butterkuchen | 2,80 € |
""",
}


@pytest.fixture(scope="module")
def cafe_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(CAFE, "cafe")


def test_a_whole_table_stops_where_the_next_table_begins(cafe_answerer):
    answer = cafe_answerer.answer("Wann habt ihr geöffnet?", "de")
    assert "Samstag" in answer.text and "Sonntag" in answer.text, answer.text
    assert "Cappuccino" not in answer.text, answer.text


def test_a_named_row_of_a_short_section_is_not_widened_into_the_whole_section(cafe_answerer):
    answer = cafe_answerer.answer("Was kostet ein Käsekuchen?", "de")
    assert "3,60 €" in answer.text
    assert "Apfelkuchen" not in answer.text and "Butterkuchen" not in answer.text, answer.text


FRAMES = {
    "rad/rahmen.md": """---
title: Rahmengrößen und Aufpreise
language: de
---

# Rahmengrößen und Aufpreise

## Welcher Rahmen passt?

| Körpergröße | Rahmengröße |
|---|---|
| 160–170 cm | S |
| 171–180 cm | M |
| 181–190 cm | L |
| 191–200 cm | XL |

| Rahmengröße | Aufpreis |
|---|---|
| S | kein Aufpreis |
| M | kein Aufpreis |
| L | kein Aufpreis |
| XL | 40 € Aufpreis |

Alle Räder bauen wir nach Ihrer Bestellung in der gewählten Größe auf; ein Tausch der Größe nach der Lieferung ist
innerhalb von 14 Tagen kostenlos möglich.
""",
}


@pytest.fixture(scope="module")
def frames_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(FRAMES, "frames")


def test_the_row_an_asked_amount_falls_in_leaves_the_other_tables_rows_quotable(frames_answerer):
    question = "Ich bin 195 cm groß. Welche Rahmengröße brauche ich, und kostet die einen Aufpreis?"
    answer = frames_answerer.answer(question, "de")
    assert "191–200 cm" in answer.text and "40 €" in answer.text, answer.text
    assert "171–180 cm" not in answer.text, answer.text


LOADS = {
    "rad/tourenrad.md": """---
title: Tourenrad Weitblick – Größe und Zuladung
language: de
---

# Tourenrad Weitblick

## Größe und Zuladung

| Körpergröße | Schrittlänge | Rahmen |
|---|---|---|
| 165–174 cm | 76–81 cm | 48 |
| 175–184 cm | 82–86 cm | 52 |
| 185–194 cm | 87–92 cm | 56 |

| Fahrergewicht | Gepäck bis |
|---|---|
| bis 89 kg | 40 kg |
| 90–110 kg | 25 kg |
| 111–130 kg | 10 kg |
""",
}


@pytest.fixture(scope="module")
def loads_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(LOADS, "loads")


def test_each_table_concludes_its_own_row_when_two_tables_share_a_section(loads_answerer):
    question = "Ich bin 188 cm groß mit 89 cm Schrittlänge und wiege 95 kg. Welcher Rahmen, und wie viel Gepäck geht?"
    answer = loads_answerer.answer(question, "de")
    assert "185–194 cm" in answer.text and "90–110 kg" in answer.text, answer.text
    assert "111–130 kg" not in answer.text and "40 kg" not in answer.text, answer.text
    assert "175–184 cm" not in answer.text and "165–174 cm" not in answer.text, answer.text


# Sixteen departures in an aligned Markdown table: longer than a section, so the chunker splits it into two parts
# (each under the header), and each part's rows are short enough to be quoted whole.
DEPARTURES = "\n".join(
    f"| {days:<20} | {hour}:{minute:02d} Uhr{'':<12} | {pier:<20} |"
    for days in ("Werktags", "Samstags")
    for hour, minute, pier in [(6 + k, 10 * (k % 6), "Nord" if k % 2 else "Süd") for k in range(8)])
LONG_TIMETABLE = {
    "faehre/abfahrten.md": f"""---
title: Fähre Lindenwerth – Abfahrten
language: de
---

# Fähre Lindenwerth

## Abfahrten

| Tage | Abfahrt | Anleger |
|---|---|---|
{DEPARTURES}

Bei Sturm fällt die Fähre aus.
""",
}


@pytest.fixture(scope="module")
def timetable_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(LONG_TIMETABLE, "timetable")


def test_one_part_of_a_table_split_across_sections_is_not_quoted_as_the_whole_table(timetable_answerer):
    index = timetable_answerer.retriever.index()
    parts = {u.chunk_id for u in index.units if u.kind == "row"}
    assert len(parts) == 2, "the timetable should be split into two sections"
    answer = timetable_answerer.answer("Abfahrtszeiten?", "de")
    rows = [line for line in answer.text.splitlines() if line.startswith("• ")]
    assert 0 < len(rows) <= get_settings().quoting.max_units, answer.text


# A long weekday timetable, split into two full parts, then a blank line and a short Sunday table under the same
# header, which begins the next section.
WEEKDAY_DEPARTURES = "\n".join(f"| {6 + k // 4}:{15 * (k % 4):02d} Uhr{'':<16} | {'Nord' if k % 2 else 'Süd':<24} |"
                                for k in range(22))
SUNDAY_DEPARTURES = "\n".join(f"| {hour}:40 Uhr | {pier} |" for hour, pier in [(10, "Nord"), (13, "Süd"), (17, "Nord")])
TWO_TIMETABLES = {
    "faehre/fahrplan.md": f"""---
title: Fähre Lindenwerth – Fahrplan
language: de
---

# Fähre Lindenwerth

## Fahrplan

| Abfahrt | Anleger |
|---|---|
{WEEKDAY_DEPARTURES}

| Abfahrt | Anleger |
|---|---|
{SUNDAY_DEPARTURES}
""",
}


@pytest.fixture(scope="module")
def two_timetables_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(TWO_TIMETABLES, "two-timetables")


def _tables_opening_sections(answerer: KnowledgeAnswerer) -> tuple[object, list[list]]:
    """The index, and the table each section begins with (its first unit's table), in document order."""
    index = answerer.retriever.index()
    first_units: dict[str, object] = {}
    for unit in index.units:
        first_units.setdefault(unit.chunk_id, unit)
    return index, [_table_of(index, unit) for unit in first_units.values()]


def test_the_parts_of_a_split_table_are_told_from_a_whole_table_beside_them(two_timetables_answerer):
    index, tables = _tables_opening_sections(two_timetables_answerer)
    assert [len(t) for t in tables] == [11, 11, 3], "two weekday parts, then the Sunday table in a section of its own"
    weekday_first, weekday_second, sunday = tables
    assert _continued(index, weekday_first) and _continued(index, weekday_second)
    assert not _continued(index, sunday)


# A fare table whose first column has no name: its rows read "Strecke 3; Erwachsene: …", without a column name first.
FARES = "\n".join(f"| Strecke {n:<14} | {2 + n * 0.4:.2f} €{'':<12} | {1 + n * 0.2:.2f} €{'':<12} |"
                  for n in range(1, 17))
FARE_TABLE = {
    "faehre/tarife.md": f"""---
title: Fähre Lindenwerth – Tarife
language: de
---

# Tarife

|  | Erwachsene | Kinder |
|---|---|---|
{FARES}
""",
}


@pytest.fixture(scope="module")
def fares_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(FARE_TABLE, "fares")


def test_the_parts_of_a_split_table_with_an_unnamed_column_are_told_apart_as_parts(fares_answerer):
    index, parts = _tables_opening_sections(fares_answerer)
    assert len(parts) == 2 and all(len(part) > 1 for part in parts)
    assert all(_continued(index, part) for part in parts)
