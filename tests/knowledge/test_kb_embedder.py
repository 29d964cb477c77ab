"""Embedding a document's passages with shared work gives the vectors of plain embedding."""
from __future__ import annotations

import numpy as np

from knowledge import embedder as embedder_module
from knowledge.embedder import get_embedder

TEXTS = [
    "Versand › Schweiz: Die Lieferung in die Schweiz dauert 3–5 Werktage und kostet 9,90 €.",
    "Versand › Schweiz: Die Lieferung in die Schweiz dauert 3–5 Werktage und kostet 9,90 €.",   # repeated
    "Versand › Schweiz: Die Lieferung dauert 3–5 Werktage.",
    "Versand › Schweiz: Zoll – Zollgebühren übernehmen wir.",
    "a",
    "Warranty › Batteries: How long is the warranty on batteries? Two years from delivery.",
    "🙂",
]


def test_shared_passage_embedding_matches_plain_embedding(monkeypatch):
    embedder = get_embedder()
    assert embedder._shared_backend() is not None       # the shared computation is in use, not the fallback
    plain = embedder.embed(TEXTS)
    np.testing.assert_allclose(embedder.embed_passages(TEXTS), plain, rtol=0, atol=1e-5)
    monkeypatch.setattr(embedder_module, "PASSAGE_TOKENS", 30)          # several forward passes
    np.testing.assert_allclose(embedder.embed_passages(TEXTS), plain, rtol=0, atol=1e-5)
    assert embedder.embed_passages([]).shape == (0, embedder_module.DIMENSIONS)
