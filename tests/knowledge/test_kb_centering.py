"""Language centring: each language's mean question and passage vector is taken out before comparing."""
from __future__ import annotations

import numpy as np

from knowledge.centering import MODEL, Centering, load_centering, passage_language
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


def test_a_missing_file_means_no_centring(tmp_path):
    assert load_centering(tmp_path / "none.npz") is None


def test_what_all_questions_of_a_language_share_is_taken_out():
    rng = np.random.default_rng(0)
    shared, topic_a, topic_b = (unit(rng.normal(size=512)) for _ in range(3))
    centering = Centering(questions={"de": 0.8 * shared}, passages={"en": 0.8 * shared})
    asked_about_a = unit(0.8 * shared + 0.6 * topic_a)
    passage_on_a, passage_on_b = unit(0.8 * shared + 0.6 * topic_a), unit(0.8 * shared + 0.6 * topic_b)
    rows = centering.passage_rows(np.vstack([passage_on_a, passage_on_b]), ["en", "en"])
    centred = centering.question(asked_about_a, "de")
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0) and np.isclose(np.linalg.norm(centred), 1.0)
    assert rows[0] @ centred > 0.99                    # the same topic
    assert abs(rows[1] @ centred) < 0.2                 # another topic: unrelated once the shared part is out ...
    assert passage_on_b @ asked_about_a > 0.6           # ... though the raw vectors look alike


def test_a_language_without_a_mean_is_left_as_it_is():
    v = unit(np.arange(1, 513, dtype=np.float32))
    centering = Centering(questions={"de": np.full(512, 0.01)}, passages={})
    assert np.allclose(centering.question(v, "en"), v)
    assert np.allclose(centering.passage_rows(v[None, :], ["en"])[0], v)


def test_a_passage_without_a_declared_language_is_read_from_its_text():
    assert passage_language("Die Lieferung dauert drei bis fünf Werktage.", None) == "de"
    assert passage_language("Delivery takes three to five working days.", None) == "en"
    assert passage_language("anything", "en") == "en"


def test_retrieval_compares_centred_vectors_when_switched_on(answerer):
    store = answerer.retriever.store
    query = Query("How long is the warranty on batteries?", lang="en")
    raw = Retriever(store, get_embedder(), RetrievalSettings(center_languages=False)).retrieve(query)
    centred = Retriever(store, get_embedder(), RetrievalSettings(center_languages=True)).retrieve(query)
    assert raw.hits and centred.hits
    assert [h.dense for h in raw.hits] != [h.dense for h in centred.hits]
    # the question's record keeps the encoder's own vector: insights cluster it with messages embedded alone
    assert raw.vector is not None and centred.vector is not None
    assert np.allclose(raw.vector, centred.vector, atol=1e-6)
    assert np.allclose(raw.vector, unit(get_embedder().embed_one(query.text)), atol=1e-5)
