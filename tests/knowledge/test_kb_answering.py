"""Answers from the bicycle-shop knowledge base: right document, quoted facts, honest declines."""
from __future__ import annotations

import numpy as np

from knowledge.answering import DEFAULT_QUOTING, asked_words, unit_choices
from knowledge.replies import decline
from knowledge.retrieval import Query
from pipeline.features import FEATURES, candidates, quote_orders
from pipeline.model import AnswerModel


def test_a_german_question_is_answered_from_the_german_document(answerer):
    answer = answerer.answer("Wie lange habe ich Garantie auf den Rahmen?", "de")
    assert answer.confident and answer.citations == ["shop/garantie"]
    assert "5 Jahre" in answer.text


def test_an_english_question_finds_the_german_document(answerer):
    answer = answerer.answer("How many years of warranty do you give on the frame?", "en")
    assert answer.citations == ["shop/garantie"]
    assert "5 Jahre" in answer.text
    assert "(in German)" in answer.text          # the follower is told why the quote is German


def test_a_german_question_finds_the_english_document(answerer):
    answer = answerer.answer("Was kostet ein E-Bike zum Ausleihen pro Tag?", "de")
    assert answer.citations == ["en/rental"]
    assert "35 €" in answer.text


def test_the_reply_quotes_the_matching_table_row_with_its_header(answerer):
    answer = answerer.answer("Was kostet die Inspektion für ein E-Bike?", "de")
    assert answer.citations == ["werkstatt/reparaturen"]
    assert "Leistung: Inspektion E-Bike; Preis: 89 €; Dauer: 3 Stunden" in answer.text


def test_numbers_are_quoted_exactly_as_written(answerer):
    answer = answerer.answer("Was kostet es, einen Schlauch zu wechseln?", "de")
    assert "12,50 €" in answer.text


def test_a_faq_answer_is_quoted_with_its_question(answerer):
    answer = answerer.answer("Kann ich bei euch mit Karte bezahlen?", "de")
    assert answer.citations == ["service/faq"]
    assert "Kann ich mit Karte zahlen?" in answer.text and "Ja, wir nehmen girocard, Visa und Mastercard." in answer.text


def test_a_follow_up_is_understood_through_the_previous_turn(answerer):
    answer = answerer.answer("und für ein E-Bike?", "de", context="Was kostet bei euch eine Inspektion fürs Stadtrad?")
    assert answer.citations == ["werkstatt/reparaturen"]
    assert "89 €" in answer.text


def test_a_typo_does_not_stop_the_answer(answerer):
    answer = answerer.answer("Wie lange habe ich Garantie auf den Akkku?", "de")
    assert answer.citations == ["shop/garantie"] and "2 Jahren" in answer.text


def test_an_off_topic_question_is_declined_without_citations(answerer):
    answer = answerer.answer("Wie wird das Wetter am Wochenende in Hamburg?", "de")
    assert not answer.confident and answer.citations == [] and answer.sources == []
    assert answer.text == decline("de")


def test_a_question_about_something_unknown_is_declined_in_english(answerer):
    answer = answerer.answer("Which stock exchange are your shares traded on?", "en")
    assert answer.citations == [] and answer.text == decline("en")


def test_a_when_question_without_a_date_in_the_knowledge_base_is_pulled_down_by_the_answer_type(answerer):
    """The kind of answer asked for is an input of the answer model, not a veto: the quote about road bikes
    holds no date, so the answer-type inputs push 'when …?' from it down by more than a point of log-odds, where
    they leave 'which …?' from the same passage about even. Not down far enough to decline it: the model trained
    on thirty-six companies gives it 0.55 against its operating point 0.45 (README, Known limits)."""
    model = AnswerModel.load()
    typed = ("needs_type", "type_held", "typed_fit")
    when = answerer.run("Wann bekommt ihr wieder Rennräder rein?", "de").candidates[0]
    which = answerer.run("Welche Rennräder habt ihr?", "de").candidates[0]
    assert when.hit.chunk.doc_id == which.hit.chunk.doc_id == "shop/sortiment"
    assert when.features[FEATURES.index("needs_type")] == 1 and when.features[FEATURES.index("type_held")] == 0
    pull = {name: sum(model.contributions(c.features)[k] for k in typed) for name, c in (("when", when), ("which", which))}
    assert pull["when"] < -1.0 and pull["which"] > -0.5
    assert when.probability < which.probability


def test_a_reply_stays_short_enough_for_a_chat(answerer):
    for question in ("Was kostet die Inspektion für ein E-Bike?", "What do I need to rent a bike?",
                     "Nehmt ihr alte Fahrräder zurück?"):
        answer = answerer.answer(question, "de")
        assert answer.confident and len(answer.text) <= DEFAULT_QUOTING.max_reply_chars


def test_a_source_line_names_document_and_section(answerer):
    answer = answerer.answer("What do I need to bring to rent a bike?", "en")
    assert answer.citations == ["en/rental"]
    assert answer.text.splitlines()[-1] == "Source: Bike rental › What you need"


UNDECLARED_GERMAN = {
    "shop/garantie.md": """---
title: Garantie auf Räder und Akkus
tags: [garantie]
---

# Garantie

Auf alle Rahmen unserer Eigenmarke geben wir 5 Jahre Garantie. Auf Akkus gilt eine Garantie von 2 Jahren.
""",
}


def test_a_document_without_a_declared_language_is_announced_in_the_language_it_is_written_in(answerer_over):
    answerer = answerer_over(UNDECLARED_GERMAN, "undeclared")
    assert {c.language for c in answerer.retriever.store.snapshot().chunks} == {None}     # as stored
    assert {c.language for c in answerer.retriever.index().chunks} == {"de"}           # as the index reads it
    answer = answerer.answer("How many years of warranty do you give on the frame?", "en")
    assert answer.citations == ["shop/garantie"] and "5 Jahre" in answer.text
    assert "(in German)" in answer.text


def test_each_candidate_is_seen_against_the_best_of_them(answerer):
    """How far a candidate's dense and lexical match trail the best candidate's is part of its row."""
    question = "Was kostet ein E-Bike zum Ausleihen pro Tag?"
    found = candidates(answerer.retriever.retrieve(Query(question, lang="de"), k=8), question, "de", "", set(), [])
    assert len(found) >= 2
    rows = np.vstack([c.features for c in found])
    dense, lexical = rows[:, FEATURES.index("dense")], rows[:, FEATURES.index("lexical")]
    assert np.allclose(rows[:, FEATURES.index("dense_behind")], dense.max() - dense)
    assert np.allclose(rows[:, FEATURES.index("lexical_behind")], lexical.max() - lexical)
    assert rows[:, FEATURES.index("dense_behind")].min() == 0.0


def test_a_document_gives_a_second_quote_from_the_units_its_first_quote_left_out(answerer):
    question = "Was kostet die Inspektion für ein E-Bike?"
    result = answerer.retriever.retrieve(Query(question, lang="de"), k=8)
    doc_id = result.hits[0].chunk.doc_id
    choices = unit_choices(result, doc_id, question, "", DEFAULT_QUOTING)
    (first, first_quoted), (second, second_quoted) = quote_orders(result, doc_id, choices, question, "", 2)
    assert first_quoted and second_quoted
    assert not first_quoted & second_quoted
    assert first[0].unit.id in first_quoted and second[0].unit.id not in first_quoted | {first[0].unit.id}


def test_each_quote_is_a_candidate_and_knows_whether_it_is_its_documents_first(answerer):
    question = "Was kostet die Inspektion für ein E-Bike?"
    result = answerer.retriever.retrieve(Query(question, lang="de"), k=8)
    one = candidates(result, question, "de", "", set(), [], quotes_per_doc=1)
    two = candidates(result, question, "de", "", set(), [], quotes_per_doc=2)
    assert [c.hit.chunk.doc_id for c in one] == list(dict.fromkeys(c.hit.chunk.doc_id for c in two))
    assert len(two) > len(one)
    later = FEATURES.index("later_quote")
    for doc_id in {c.hit.chunk.doc_id for c in two}:
        quotes = [c for c in two if c.hit.chunk.doc_id == doc_id]
        assert [c.features[later] for c in quotes] == [float(i) for i in range(len(quotes))]
        assert len({c.body for c in quotes}) == len(quotes)         # the same quote is never offered twice
        assert quotes[0].label == doc_id and all(c.label.startswith(f"{doc_id} (quote ") for c in quotes[1:])
    assert two[0].body == one[0].body


def test_the_trace_names_a_documents_second_quote_as_such(answerer):
    state = answerer.run("Was kostet die Inspektion für ein E-Bike?", "de")
    compose, decide = (next(t for t in state.trace if t.stage == name) for name in ("compose", "decide"))
    assert "werkstatt/reparaturen, werkstatt/reparaturen (quote 2)" in compose.detail
    assert "werkstatt/reparaturen (quote 2) 0." in decide.detail


def test_how_many_asked_words_a_quote_holds_is_seen_against_the_best_quote(answerer):
    question = "Was kostet die Inspektion für ein E-Bike?"
    found = candidates(answerer.retriever.retrieve(Query(question, lang="de"), k=8), question, "de", "", set(), [])
    rows = np.vstack([c.features for c in found])
    share = rows[:, FEATURES.index("quote_share")]
    assert share.max() > 0 and ((0 <= share) & (share <= 1)).all()
    assert np.allclose(rows[:, FEATURES.index("quote_share_behind")], share.max() - share)


def test_a_short_question_that_points_back_is_matched_with_the_sentence_before_it(answerer):
    question = "Ich kaufe bald ein neues Rad und will mein altes Fahrrad loswerden. Geht das bei euch?"
    alone = answerer.retriever.with_config(asked_min_words=0).retrieve(Query(question, lang="de"), k=8)
    joined = answerer.retriever.with_config(asked_min_words=4).retrieve(Query(question, lang="de"), k=8)
    assert asked_words(joined) == asked_words(alone)           # the asked words stay the question's own

    def trade_in_match(result) -> float:
        choices = unit_choices(result, "service/faq", question, "", DEFAULT_QUOTING)
        return next(c for c in choices if "alte Fahrräder" in c.unit.text).features["unit_score"]
    assert trade_in_match(joined) > trade_in_match(alone)
