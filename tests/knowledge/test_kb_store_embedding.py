"""How the store embeds a batch's section and unit texts: each distinct text once, vectors in text order."""
from __future__ import annotations

import numpy as np

from knowledge.embedder import get_embedder
from knowledge.store import _embed_passages

TEXTS = ["Leihräder: Ein Stadtrad kostet 15 € pro Tag.",         # a one-sentence section …
         "Zahlung: Wir nehmen girocard und Visa.",
         "Leihräder: Ein Stadtrad kostet 15 € pro Tag.",          # … and its unit, the same text
         "Zahlung: Wir nehmen girocard und Visa. Bar geht auch.",
         "Zahlung: Bar geht auch."]
SECTIONS = [0, 1, 0, 3, 3]


class Recording:
    """The real embedder, noting every text it was asked to embed."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return get_embedder().embed_passages(texts)


def test_a_text_met_twice_is_embedded_once():
    recording = Recording()
    _embed_passages(recording, TEXTS, SECTIONS)
    assert sorted(recording.asked) == sorted(set(TEXTS))


def test_every_text_gets_the_vector_plain_embedding_gives_it():
    vectors = _embed_passages(Recording(), TEXTS, SECTIONS)
    np.testing.assert_allclose(vectors, get_embedder().embed(TEXTS), rtol=0, atol=1e-5)
