"""The `question` signal (a calm question softens the emotional score and keeps weak hazard words
quiet) must come from a whole question word, not from the start of another word."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("Wow, drei Wochen Wartezeit.", "de"),
    ("Wohnung ist seit gestern kalt.", "de"),
    ("Werde nochmal anrufen.", "de"),
    ("Wieder kein Netz hier.", "de"),
    ("However, it broke after a day.", "en"),
    ("Whole order arrived late.", "en"),
    ("Whenever I call, nobody picks up.", "en"),
])
def test_a_word_that_only_starts_like_a_question_word_is_no_question(rules_only, text, lang):
    assert "question_start" not in rules_only.analyse(text, lang).hits


@pytest.mark.parametrize("text, lang", [
    ("Wo finde ich meine Rechnung", "de"),
    ("Wie lange dauert die Lieferung", "de"),
    ("Wann öffnet die Filiale", "de"),
    ("how do I reset my password", "en"),
    ("when does the shop open", "en"),
])
def test_a_question_word_first_still_counts_as_question(rules_only, text, lang):
    assert "question_start" in rules_only.analyse(text, lang).hits
