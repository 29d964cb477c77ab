"""Retrieval details: follow-up detection, topic changes, refresh after a sync, word matching."""
from __future__ import annotations

import numpy as np

from knowledge.embedder import get_embedder
from knowledge.retrieval import Query, Retriever, looks_like_followup
from knowledge.sync import sync_folder


def test_short_messages_that_refer_back_are_follow_ups():
    assert looks_like_followup("und nach Österreich?")
    assert looks_like_followup("wie viele Gänge hat das?")
    assert looks_like_followup("how much is the red one?")


def test_a_longer_message_that_starts_by_leaning_back_is_a_follow_up():
    assert looks_like_followup("und wenn wir mit drei Kindern und dem Hund kommen, ist das teurer?")
    assert looks_like_followup("and for a school class of twenty-five pupils, do you have a group rate?")


def test_a_long_message_is_read_on_its_own():
    assert not looks_like_followup("und dann wollte ich noch fragen, ob ihr auch am Wochenende liefert, weil ich "
                                   "unter der Woche nie zu Hause bin")


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


# -- the per-revision index and large knowledge bases -------------------------------------------------------

BIKE_QUESTIONS = [
    ("Was kostet eine Inspektion für ein E-Bike?", ""), ("How long is the warranty on batteries?", ""),
    ("Kann ich mit Karte zahlen?", "Was kostet ein Leihrad pro Tag?"), ("und für ein E-Bike?", "Was kostet eine Inspektion?"),
    ("Was kostet eine Inspecktion?", ""), ("What does a city bike cost per day?", ""),
]


def test_unit_and_chunk_scores_are_read_lazily_and_complete(answerer):
    result = answerer.retriever.retrieve(Query("Was kostet eine Inspektion für ein E-Bike?"), k=3)
    idx = result.index
    assert len(result.unit_scores) == len(idx.units) and len(result.chunk_scores) == len(idx.chunks)
    every = dict(result.unit_scores)                     # all of them, section by section
    assert set(every) == {u.id for u in idx.units}
    for hit in result.hits:
        assert list(hit.units) == sorted(hit.units, key=lambda u: -every[u])
        assert result.chunk_scores[hit.chunk.id] == hit.score


def test_an_inverted_file_probing_every_list_finds_the_exact_cosines():
    from knowledge.embedder import unit_length
    from knowledge.retrieval import _IVF

    rng = np.random.default_rng(3)
    vectors = unit_length(rng.standard_normal((900, 64)).astype(np.float32))
    ivf = _IVF([vectors[:300], vectors[300:]])
    q = vectors[17]
    rows, sims = ivf.search(q, len(ivf.centroids))
    assert sorted(rows.tolist()) == list(range(900))
    np.testing.assert_allclose(sims, vectors[rows] @ q, rtol=0, atol=1e-6)
    few, _ = ivf.search(q, 2)
    assert 17 in few.tolist() and len(few) < 900         # its own list is among the nearest
    np.testing.assert_allclose(ivf.all_similarities(q), vectors @ q, rtol=0, atol=1e-6)


def test_approximate_search_of_a_small_knowledge_base_gives_the_exact_answers(store):
    """Forced on for a knowledge base this small, the inverted files hold about a dozen rows per list and the
    candidates cover nearly everything: the answers must be those of the exact search."""
    from pipeline.answerer import KnowledgeAnswerer
    from knowledge.retrieval import RetrievalSettings

    exact = Retriever(store, get_embedder())
    approx = Retriever(store, get_embedder(), RetrievalSettings(approximate_above=0, approximate_terms_above=0))
    assert approx.index().ann is not None and approx.index().term_ann is not None
    assert exact.index().ann is None
    for text, context in BIKE_QUESTIONS:
        a, e = approx.retrieve(Query(text, context), k=5), exact.retrieve(Query(text, context), k=5)
        assert a.hits[0].chunk.id == e.hits[0].chunk.id
        assert abs(a.hits[0].score - e.hits[0].score) < 1e-5
        for hit in a.hits:       # whole documents are scored: a section's score is its exact score
            assert abs(hit.score - e.chunk_scores[hit.chunk.id]) < 1e-5
        assert KnowledgeAnswerer(approx).answer(text, "de", context).text == \
            KnowledgeAnswerer(exact).answer(text, "de", context).text
    # every vector scored through the inverted file's copy: the exact scores again
    full = approx.with_config(approximate=False).retrieve(Query(*BIKE_QUESTIONS[0]), k=5)
    assert [h.chunk.id for h in full.hits] == [h.chunk.id for h in exact.retrieve(Query(*BIKE_QUESTIONS[0]), k=5).hits]


def test_sections_outside_the_candidates_are_scored_exactly_when_read(store, monkeypatch):
    from knowledge import retrieval
    from knowledge.retrieval import RetrievalSettings

    monkeypatch.setattr(retrieval, "ANN_DENSE_CANDIDATES", 1)
    monkeypatch.setattr(retrieval, "ANN_LEXICAL_CANDIDATES", 1)
    approx = Retriever(store, get_embedder(), RetrievalSettings(approximate_above=0))
    exact = Retriever(store, get_embedder())
    a = approx.retrieve(Query("Was kostet eine Inspektion für ein E-Bike?"), k=3)
    e = exact.retrieve(Query("Was kostet eine Inspektion für ein E-Bike?"), k=3)
    scored = {h.chunk.doc_id for h in a.hits}
    assert len(scored) < len({c.doc_id for c in a.index.chunks})        # some documents were not candidates
    for chunk in a.index.chunks:
        assert abs(a.chunk_scores[chunk.id] - e.chunk_scores[chunk.id]) < 1e-5
