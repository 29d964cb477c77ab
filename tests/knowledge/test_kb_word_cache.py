"""The per-word caches of retrieval: a question word's vector and its nearest knowledge-base words."""
from __future__ import annotations

import numpy as np

from knowledge.embedder import get_embedder
from knowledge.lru import LRU
from knowledge.retrieval import Query, RetrievalSettings, Retriever, _near

LOOSE = RetrievalSettings().loose_term_threshold


def test_the_cache_does_not_grow_past_its_size():
    cache: LRU[str, int] = LRU(3)
    for i in range(10):
        cache.put(f"w{i}", i)
    assert len(cache) == 3


def test_the_cache_drops_the_least_recently_used_entry():
    cache: LRU[str, int] = LRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3


def test_a_cache_of_size_zero_keeps_nothing():
    cache: LRU[str, int] = LRU(0)
    cache.put("a", 1)
    assert cache.get("a") is None and len(cache) == 0


def test_a_cached_word_vector_equals_a_freshly_computed_one(store):
    retriever = Retriever(store, get_embedder())
    word = "refund"
    assert word not in retriever.index().term_at          # not the knowledge base's word: the encoder embeds it
    retriever.retrieve(Query("Can I get a refund?"))
    cached = retriever._word_vectors.get(word)
    fresh = get_embedder().embed([word])[0]
    np.testing.assert_allclose(cached, fresh / np.linalg.norm(fresh), rtol=0, atol=1e-5)


def test_a_word_the_knowledge_base_holds_is_not_sent_to_the_encoder(store, monkeypatch):
    retriever = Retriever(store, get_embedder())
    assert "inspektion" in retriever.index().term_at
    sent: list[str] = []
    embed = retriever.embedder.embed
    monkeypatch.setattr(retriever.embedder, "embed", lambda texts: sent.extend(texts) or embed(texts))
    retriever.retrieve(Query("Was kostet eine Inspektion?"))
    assert "inspektion" not in sent


def test_the_vocabulary_vector_of_a_word_is_close_to_the_encoders(store):
    """What makes reusing the store's vector safe: it is the encoder's vector of the same text."""
    idx = Retriever(store, get_embedder()).index()
    stored = idx.term_vectors[[idx.term_at["inspektion"]]][0]
    fresh = get_embedder().embed(["inspektion"])[0]
    np.testing.assert_allclose(stored, fresh / np.linalg.norm(fresh), rtol=0, atol=1e-5)


def test_a_repeated_question_gets_the_same_word_matches_from_the_cache(store):
    retriever = Retriever(store, get_embedder())
    first = retriever.retrieve(Query("How long is the warranty on batteries?"))
    assert "warranty" in retriever.index().word_near
    again = retriever.retrieve(Query("How long is the warranty on batteries?"))
    assert [(t.word, t.matches, t.nearest, t.loose) for t in again.terms] == \
        [(t.word, t.matches, t.nearest, t.loose) for t in first.terms]


def test_word_matches_are_the_same_without_the_caches(store):
    cached = Retriever(store, get_embedder())
    uncached = Retriever(store, get_embedder(), RetrievalSettings(word_vector_cache=0, word_match_cache=0))
    for text in ("Can I get a refund?", "How long is the warranty on batteries?", "Can I get a refund?"):
        a, b = cached.retrieve(Query(text)), uncached.retrieve(Query(text))
        assert [(t.word, sorted(t.matches), sorted(t.loose)) for t in a.terms] == \
            [(t.word, sorted(t.matches), sorted(t.loose)) for t in b.terms]
    assert len(uncached.index().word_near) == 0 and len(uncached._word_vectors) == 0


def test_only_the_knowledge_base_words_matching_can_use_are_kept():
    sims = np.array([0.1, 0.7, 0.3, 0.9, 0.5], dtype=np.float32)
    rows, kept = _near(np.array([40, 30, 20, 10, 0]), sims, LOOSE)
    assert rows.tolist() == [10, 30] and kept.tolist() == [sims[3], sims[1]]      # ascending rows
    assert all(kept >= LOOSE)


def test_a_word_near_nothing_keeps_its_nearest_knowledge_base_word():
    rows, kept = _near(None, np.array([0.1, 0.4, 0.2], dtype=np.float32), LOOSE)
    assert rows.tolist() == [1] and kept.max() == np.float32(0.4)
