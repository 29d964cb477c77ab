"""Old editions of a document (last year's price list beside this year's) are known as such, so the answer model
can prefer the edition that holds today."""
from __future__ import annotations

import numpy as np

from knowledge.editions import superseded_documents, title_years
from knowledge.retrieval import Query
from pipeline.features import FEATURES, candidates
from pipeline.model import AnswerModel

PRICE_LISTS = {
    "preise/werkstatt-2025.md": """---
title: Preisliste Werkstatt 2025
---

# Preise

| Leistung | Preis |
| --- | --- |
| Kettenwechsel | 19 € |
| Bremsen einstellen | 15 € |
""",
    "preise/werkstatt-2026.md": """---
title: Preisliste Werkstatt 2026
---

# Preise

| Leistung | Preis |
| --- | --- |
| Kettenwechsel | 24 € |
| Bremsen einstellen | 18 € |
""",
    "service/touren.md": """---
title: Geführte Touren
---

# Touren

Jeden Samstag um 10 Uhr startet eine geführte Tour am Laden. Die Teilnahme kostet 12 €.
""",
}


def test_a_title_with_an_archive_note_is_an_old_edition():
    assert superseded_documents({"a": "ARCHIV: Tarife 2025 (nicht mehr gültig)", "b": "Versand"}) == {"a"}
    assert superseded_documents({"a": "Opening hours (archived)", "b": "Opening hours"}) == {"a"}


def test_a_later_year_on_the_same_topic_replaces_the_earlier_one():
    titles = {"old": "Preisliste Inspektion 2025", "new": "Preisliste Inspektion 2026", "events": "Events 2024"}
    assert superseded_documents(titles) == {"old"}


def test_titles_sharing_no_topic_word_or_naming_the_same_year_replace_nothing():
    assert superseded_documents({"a": "Jahresbericht 2024", "b": "Sommerfest 2026"}) == set()
    assert superseded_documents({"a": "Preisliste Reifen 2026", "b": "Preisliste Inspektion 2026"}) == set()


def test_a_later_title_sharing_only_one_of_two_topic_words_replaces_nothing():
    assert superseded_documents({"tyres": "Preisliste Reifen 2025", "service": "Preisliste Inspektion 2026"}) == set()
    assert superseded_documents({"entry": "Tarife Kletterhalle 2026", "pass": "Jahresabo Kletterhalle 2027"}) == set()
    assert superseded_documents({"old": "Tarife Kletterhalle 2025", "new": "Kletterhalle: Tarife ab 2026"}) == {"old"}


def test_a_season_names_both_its_years():
    assert title_years("Kursplan Wintersaison 2026/27") == {2026, 2027}
    assert title_years("Season tickets 2026-2027") == {2026, 2027}
    assert title_years("Preise 2025 / 2026 im Vergleich") == {2025, 2026}
    assert title_years("Filialen 2026/12") == {2026}
    seasons = {"last": "Kursplan Wintersaison 2025/26", "this": "Kursplan Wintersaison 2026/27"}
    assert superseded_documents(seasons) == {"last"}
    assert superseded_documents({"season": "Kursplan 2026/27", "spring": "Kursplan Frühjahr 2027"}) == set()


def test_the_old_list_is_marked_unless_the_question_asks_about_its_year(answerer_over):
    answerer = answerer_over(PRICE_LISTS, "editions")
    assert answerer.retriever.index().superseded == {"preise/werkstatt-2025"}
    column = FEATURES.index("superseded")

    def marked(question: str, years: list[str]) -> dict[str, float]:
        found = candidates(answerer.retriever.retrieve(Query(question, lang="de"), k=8), question, "de", "", set(),
                           years)
        return {c.hit.chunk.doc_id: c.features[column] for c in found}

    today = marked("Auf meinem Zettel steht Kettenwechsel 19 €. Stimmt das noch?", [])
    assert today["preise/werkstatt-2025"] == 1.0 and today["preise/werkstatt-2026"] == 0.0
    back_then = marked("Was hat der Kettenwechsel 2025 gekostet?", ["2025"])
    assert back_then["preise/werkstatt-2025"] == 0.0



def test_a_follower_quoting_last_years_price_is_never_answered_from_last_years_list(answerer_over):
    """The answer model trusts this year's list more; with two lists this alike it may still offer a person
    rather than answer (their probabilities split), but it does not quote the old price as today's."""
    answerer = answerer_over(PRICE_LISTS, "editions-answer")
    question = "Auf meinem alten Zettel steht Kettenwechsel 19 €. Stimmt das noch?"
    result = answerer.retriever.retrieve(Query(question, lang="de"), k=8)
    found = candidates(result, question, "de", "", set(), [])
    model = AnswerModel.load()
    trust = dict(zip((c.hit.chunk.doc_id for c in found),
                     model.probability(np.vstack([c.features for c in found]), model.question_input(result.vector))))
    assert trust["preise/werkstatt-2026"] > trust["preise/werkstatt-2025"]
    answer = answerer.answer(question, "de")
    assert "preise/werkstatt-2025" not in answer.citations and "19 €" not in answer.text
