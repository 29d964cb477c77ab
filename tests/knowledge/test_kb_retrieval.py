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


def test_chromas_own_index_finds_a_stored_record_and_a_stored_word_first(store):
    snap = store.snapshot()
    j = len(snap.units) // 2
    found = store.nearest(snap.unit_vectors[[j]], 5)[0]
    assert found[0] == snap.unit_records[j] or np.allclose(        # or a record with the very same vector
        snap.unit_vectors[j], _vector_of(snap, found[0]), atol=1e-6)
    assert len(found) == 5
    w = snap.terms.index("garantie")
    assert store.nearest_terms(snap.term_vectors[[w]], 3)[0][0] == "garantie"


def _vector_of(snap, record: str) -> np.ndarray:
    records = snap.chunk_records + snap.unit_records
    return np.vstack([snap.chunk_vectors, snap.unit_vectors])[records.index(record)]


def test_the_snapshot_names_each_section_and_unit_by_its_record_in_the_store(store):
    snap = store.snapshot()
    assert len(snap.chunk_records) == len(snap.chunks) and len(snap.unit_records) == len(snap.units)
    got = store._collection.get(ids=snap.chunk_records[:3] + snap.unit_records[:3], include=["metadatas"])
    by_record = dict(zip(got["ids"], got["metadatas"]))
    for record, chunk in zip(snap.chunk_records[:3], snap.chunks[:3]):
        assert by_record[record]["chunk_id"] == chunk.id
    for record, unit in zip(snap.unit_records[:3], snap.units[:3]):
        assert by_record[record]["unit_id"] == unit.id


def test_a_store_made_with_chromas_default_search_width_searches_wider_when_opened(tmp_path):
    from knowledge.embedder import TandemEmbeddingFunction
    from knowledge.store import HNSW_EF_SEARCH, KnowledgeStore, open_client

    client = open_client(None, tmp_path)
    client.create_collection("old-kb", embedding_function=TandemEmbeddingFunction(),      # as before the change
                             configuration={"hnsw": {"space": "cosine"}})
    assert client.get_collection("old-kb").configuration["hnsw"]["ef_search"] == 100
    KnowledgeStore(client, "old-kb", get_embedder())
    assert client.get_collection("old-kb").configuration["hnsw"]["ef_search"] == HNSW_EF_SEARCH
    assert client.get_collection("old-kb-terms").configuration["hnsw"]["ef_search"] == HNSW_EF_SEARCH


def test_approximate_search_of_a_small_knowledge_base_gives_the_exact_answers(store):
    """Forced on for a knowledge base this small, Chroma's 32 nearest records name nearly every document, so
    the candidates cover nearly everything: the answers must be those of the exact search."""
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
    # approximate search switched off on an index that has candidates: every vector scored, the exact ranking
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


def test_when_chromas_index_cannot_be_asked_every_vector_is_scored_instead(store, monkeypatch):
    from knowledge.retrieval import RetrievalSettings

    approx = Retriever(store, get_embedder(), RetrievalSettings(approximate_above=0, approximate_terms_above=0))
    exact = Retriever(store, get_embedder())

    def unreachable(*args, **kwargs):
        raise ConnectionError("Chroma server down")

    monkeypatch.setattr(store, "nearest", unreachable)
    monkeypatch.setattr(store, "nearest_terms", unreachable)
    for text, context in BIKE_QUESTIONS:
        a, e = approx.retrieve(Query(text, context), k=5), exact.retrieve(Query(text, context), k=5)
        assert [(h.chunk.id, round(h.score, 6)) for h in a.hits] == [(h.chunk.id, round(h.score, 6)) for h in e.hits]
        assert [(t.word, t.matches) for t in a.terms] == [(t.word, t.matches) for t in e.terms]


def test_records_written_after_the_snapshot_are_not_candidates_until_the_next_one(tmp_path, make_store, bike_docs,
                                                                                 kb_writer):
    """Chroma's index is live, the retriever's snapshot is per store revision: a record Chroma finds that the
    snapshot does not hold yet is skipped (the next snapshot has it)."""
    from knowledge.retrieval import _Index

    folder = kb_writer(tmp_path / "kb", {"shop/garantie.md": bike_docs["shop/garantie.md"]})
    store = make_store(tmp_path / "db")
    sync_folder(store, folder)
    old = store.snapshot()
    idx = _Index(old, approximate_above=0, store=store)
    kb_writer(folder, {"en/rental.md": bike_docs["en/rental.md"]})
    sync_folder(store, folder)
    q = get_embedder().embed_one("What does a city bike cost per day?")
    found = store.nearest(q[None, :], 32)[0]
    known = set(old.chunk_records + old.unit_records)
    assert any(r not in known for r in found) and any(r in known for r in found)
    rows = idx.ann.search([q], 32)[0]
    assert len(rows) == sum(r in known for r in found)
    assert {idx.chunks[r].doc_id if r < len(idx.chunks) else idx.units[r - len(idx.chunks)].doc_id
            for r in rows} == {"shop/garantie"}
