"""How much of a long section is quoted: the sentences that answer, with their short paragraph."""
from __future__ import annotations

import pytest

from pipeline.answerer import KnowledgeAnswerer

LEASING = """---
title: Dienstrad-Leasing
language: de
---

# Dienstrad-Leasing

## So funktioniert das Leasing

Das Dienstrad-Leasing läuft bei uns über den Anbieter RadLeasing24. Den Antrag stellt dein Arbeitgeber
für dich.

Die Laufzeit beträgt immer 36 Monate. Die monatliche Rate wird direkt von deinem Bruttogehalt abgezogen,
dadurch sparst du Steuern und Sozialabgaben. Am Ende der Laufzeit kannst du das Rad zum Restwert kaufen.

Versicherung und Inspektionen sind in der Rate enthalten. Reparaturen nach Unfällen meldest du bitte
direkt bei RadLeasing24, nicht bei uns im Laden.
"""


@pytest.fixture(scope="module")
def leasing_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over({"leasing.md": LEASING}, "quoting")


def test_a_quoted_sentence_comes_with_the_rest_of_its_short_paragraph(leasing_answerer):
    answer = leasing_answerer.answer("Über welchen Anbieter läuft das Leasing?", "de")
    assert "RadLeasing24. Den Antrag stellt dein Arbeitgeber für dich." in answer.text


def test_a_paragraph_that_does_not_answer_is_left_out(leasing_answerer):
    answer = leasing_answerer.answer("Über welchen Anbieter läuft das Leasing?", "de")
    assert "Restwert" not in answer.text


COURSES = {
    "kurse/englisch.md": """---
title: Kletterkurs auf Englisch
language: de
---

# Kletterkurs auf Englisch

Unseren Kletterkurs für Anfänger gibt es einmal im Monat auch auf Englisch, mit einem Trainer, der
Englisch spricht. Leihgurt und Kletterschuhe sind im Kurs enthalten.
""",
    "kurse/klettern.md": """---
title: Grundkurs Klettern
language: de
---

# Grundkurs Klettern für Anfänger

Im Grundkurs lernen Anfänger an zwei Tagen das Klettern und Sichern in der Halle.

- Mindestalter: 12 Jahre
- Preis: 160 € pro Person
""",
}


@pytest.fixture(scope="module")
def course_answerer(answerer_over) -> KnowledgeAnswerer:
    return answerer_over(COURSES, "courses")


def test_a_question_needing_an_age_is_answered_from_the_close_document_that_states_it(course_answerer):
    answer = course_answerer.answer("Wie alt muss man für den Kletterkurs für Anfänger mindestens sein?", "de")
    assert answer.citations == ["kurse/klettern"] and "12 Jahre" in answer.text
