"""Language centring: each language's mean question and passage vector is taken out before comparing."""
from __future__ import annotations

import numpy as np

from knowledge.centering import MODEL, Centering, document_languages, language_code, load_centering
from knowledge.chunking import Chunk
from knowledge.embedder import get_embedder
from knowledge.retrieval import Query, Retriever
from tandem.settings import RetrievalSettings


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def test_the_shipped_means_load_for_both_languages():
    centering = load_centering(MODEL)
    assert centering is not None
    for means in (centering.questions, centering.passages):
        assert set(means) == {"de", "en"}
        assert all(m.shape == (512,) and 0.2 < np.linalg.norm(m) < 1.0 for m in means.values())


def test_a_missing_file_means_no_centring_and_says_so(tmp_path, caplog):
    assert load_centering(tmp_path / "none.npz") is None
    assert "no language centring file" in caplog.text


def test_what_all_questions_of_a_language_share_is_taken_out():
    rng = np.random.default_rng(0)
    shared, topic_a, topic_b = (unit(rng.normal(size=512)).astype(np.float32) for _ in range(3))
    centering = Centering(questions={"de": 0.8 * shared}, passages={"en": 0.8 * shared})
    asked_about_a = unit(0.8 * shared + 0.6 * topic_a)
    passage_on_a, passage_on_b = unit(0.8 * shared + 0.6 * topic_a), unit(0.8 * shared + 0.6 * topic_b)
    rows = centering.passages_in_place(np.vstack([passage_on_a, passage_on_b]), ["en", "en"])
    centred = centering.question(asked_about_a, "de")
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0) and np.isclose(np.linalg.norm(centred), 1.0)
    assert rows[0] @ centred > 0.99                    # the same topic
    assert abs(rows[1] @ centred) < 0.2                 # another topic: unrelated once the shared part is out ...
    assert passage_on_b @ asked_about_a > 0.6           # ... though the raw vectors look alike


def test_a_language_code_is_read_loosely_and_an_unknown_one_gets_the_mean_of_the_known():
    assert language_code("de-DE") == "de" and language_code("EN") == "en" and language_code("fr") is None
    centering = Centering(questions={"de": np.full(512, 0.02, dtype=np.float32),
                                     "en": np.full(512, 0.04, dtype=np.float32)},
                          passages={"de": np.full(512, 0.02, dtype=np.float32)})
    v = unit(np.arange(1, 513, dtype=np.float32))
    assert np.allclose(centering.question(v, "EN"), centering.question(v, "en"))
    assert np.allclose(centering.question(v, "fr"), unit(v - np.full(512, 0.03)), atol=1e-6)
    rows = centering.passages_in_place(np.vstack([v, v]), ["de", "fr"])
    assert np.allclose(rows[0], rows[1])                # a passage language without a mean: the others' mean


def test_a_document_has_one_language_read_from_its_start_when_none_is_declared():
    chunks = [Chunk(id="a#1", doc_id="a", title="Lieferung", text="Die Lieferung dauert drei bis fünf Werktage."),
              Chunk(id="a#2", doc_id="a", title="Lieferung", text="Express shipping | 9.90 EUR"),
              Chunk(id="b#1", doc_id="b", title="Delivery", text="Delivery takes three to five working days."),
              Chunk(id="c#1", doc_id="c", title="x", text="anything", language="en-GB")]
    assert document_languages(chunks) == {"a": "de", "b": "en", "c": "en"}


def test_retrieval_compares_centred_vectors_on_both_sides_when_switched_on(answerer):
    store = answerer.retriever.store
    query = Query("How long is the warranty on batteries?", lang="en")
    raw_retriever = Retriever(store, get_embedder(), RetrievalSettings(center_languages=False))
    centred_retriever = Retriever(store, get_embedder(), RetrievalSettings(center_languages=True))
    raw, centred = raw_retriever.retrieve(query), centred_retriever.retrieve(query)
    assert raw.hits and centred.hits
    # the index holds each section centred by its document's language, the question is centred by its own
    centering = centred_retriever.centering
    snapshot = store.snapshot()
    langs = document_languages(snapshot.chunks)
    expected = centering.passages_in_place(
        snapshot.chunk_vectors / np.linalg.norm(snapshot.chunk_vectors, axis=1, keepdims=True),
        [langs[c.doc_id] for c in snapshot.chunks])
    assert np.allclose(np.asarray(centred_retriever.index().chunk_vectors), expected, atol=1e-5)
    question = centering.question(get_embedder().embed_one(query.text), "en")
    top = centred.hits[0].chunk
    row = [c.id for c in snapshot.chunks].index(top.id)
    assert centred.hits[0].dense >= float(expected[row] @ question) - 1e-5     # a unit may lift it, never lower
    # the question's record keeps the encoder's vector: insights cluster it with messages embedded alone
    assert np.allclose(raw.vector, centred.vector, atol=1e-6)
    assert np.allclose(raw.vector, unit(get_embedder().embed_one(query.text)), atol=1e-5)


def test_a_copy_with_centring_switched_builds_its_own_index(answerer):
    centred = Retriever(answerer.retriever.store, get_embedder(), RetrievalSettings(center_languages=True))
    centred.index()
    raw = centred.with_config(center_languages=False)
    assert raw.centering is None and raw.index() is not centred.index()
    assert centred.with_config(lexical_weight=0.2).index() is centred.index()
