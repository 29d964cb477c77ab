"""Taking out of each vector what every question, or every passage, of its language shares.

The multilingual encoder puts all German texts near one another and all English texts near one another, and
questions near questions: a German question's cosine with a German passage on another topic is often higher
than with the English passage that answers it. Subtracting the mean vector of questions in the question's
language (and of passages in the passage's language) and normalising again leaves mostly the topic.

The four mean vectors are measured once from the tuning companies' questions and knowledge bases by
``scripts/build_centering.py`` and shipped in ``knowledge/models/centering.npz`` (8 kB): they describe the
languages and the encoder, not any one company. Measured there, leave-one-company-out (each company's own
questions and passages left out of the means): the right document ranks first by cosine alone for 268 of 383
single-turn questions against 248 without.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.language import detect_language

MODEL = Path(__file__).resolve().parent / "models" / "centering.npz"
LANGUAGES = ("de", "en")


def _normalised(m: np.ndarray) -> np.ndarray:
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-9)


@dataclass(frozen=True)
class Centering:
    """Per language, the mean (unit-length) vector of questions and of passages."""
    questions: dict[str, np.ndarray]
    passages: dict[str, np.ndarray]

    def question(self, vectors: np.ndarray, lang: str) -> np.ndarray:
        """``vectors`` (rows, or one vector) of texts in ``lang`` asked by a follower, centred and unit-length."""
        mean = self.questions.get(lang)
        return _normalised(_normalised(vectors) - mean) if mean is not None else vectors

    def passage_rows(self, vectors: np.ndarray, langs: list[str]) -> np.ndarray:
        """Knowledge-base rows, each centred by its own language's passage mean, unit-length."""
        if not len(vectors):
            return vectors
        means = np.zeros_like(vectors)
        for lang, mean in self.passages.items():
            means[[i for i, x in enumerate(langs) if x == lang]] = mean
        return _normalised(_normalised(vectors) - means).astype(vectors.dtype, copy=False)

    def save(self, path: Path = MODEL) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, **{f"question_{k}": v for k, v in self.questions.items()},
                 **{f"passage_{k}": v for k, v in self.passages.items()})


def passage_language(text: str, declared: str | None) -> str:
    """A passage's language: its document's, or else what its text reads as (a file without front-matter)."""
    return declared if declared in LANGUAGES else detect_language(text)


def load_centering(path: Path = MODEL) -> Centering | None:
    """The shipped means, or None when the file is missing (retrieval then compares the encoder's vectors)."""
    if not path.is_file():
        return None
    with np.load(path) as data:
        return Centering(questions={k: data[f"question_{k}"] for k in LANGUAGES if f"question_{k}" in data},
                         passages={k: data[f"passage_{k}"] for k in LANGUAGES if f"passage_{k}" in data})
