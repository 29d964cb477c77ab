"""Retrieval details: follow-up detection, topic changes, refresh after a sync, word matching."""
from __future__ import annotations

from knowledge.embedder import get_embedder
from knowledge.retrieval import Query, Retriever, looks_like_followup
from knowledge.sync import sync_folder


def test_short_messages_that_refer_back_are_follow_ups():
    assert looks_like_followup("und nach Österreich?")
    assert looks_like_followup("wie viele Gänge hat das?")
    assert looks_like_followup("how much is the red one?")


def test_a_question_that_names_its_topic_is_no_follow_up():
    assert not looks_like_followup("Wie lange habe ich Garantie auf den Rahmen?")
    assert not looks_like_followup("Do you rent out e-bikes?")


def test_an_unrelated_previous_turn_does_not_pull_the_answer_off_topic(answerer):
    retriever = answerer.retriever
    hits = retriever.search(Query("Kann ich mit Karte zahlen?", context="Was kostet ein Leihrad pro Tag?"))
    assert hits[0].chunk.doc_id == "service/faq"


def test_a_question_word_is_matched_across_languages(answerer):
    result = answerer.retriever.retrieve(Query("How long is the warranty on batteries?"))
    warranty = next(t for t in result.terms if t.word == "warranty")
    assert "garantie" in warranty.matches


def test_a_misspelled_word_is_matched_to_the_knowledge_base_word(answerer):
    result = answerer.retriever.retrieve(Query("Was kostet eine Inspecktion?"))
    typo = next(t for t in result.terms if t.word == "inspecktion")
    assert "inspektion" in typo.matches


def test_a_new_document_is_found_after_a_sync_without_a_restart(tmp_path, make_store, bike_docs, kb_writer):
    folder = kb_writer(tmp_path / "kb", {"shop/garantie.md": bike_docs["shop/garantie.md"]})
    store = make_store(tmp_path / "db")
    sync_folder(store, folder)
    retriever = Retriever(store, get_embedder())
    assert retriever.search(Query("What does a city bike cost per day?"))[0].chunk.doc_id == "shop/garantie"
    kb_writer(folder, {"en/rental.md": bike_docs["en/rental.md"]})
    sync_folder(store, folder)
    retriever.refresh()
    assert retriever.search(Query("What does a city bike cost per day?"))[0].chunk.doc_id == "en/rental"
