"""Taking out of each vector what every question, or every passage, of its language shares.

The multilingual encoder puts questions near questions and passages near passages, and a language's texts near
one another: a question's cosine with a passage in its own language on another topic was often higher than with the
passage that answers it. Subtracting the mean vector of questions in the question's language (and of passages in
the passage's language) and normalising again leaves more of the topic. Most of what is taken out is what all
questions, or all passages, share: the German and English means are close (cosine about 0.93), so the language's
own part is the smaller one.

The four mean vectors are measured once from the tuning companies' questions and knowledge bases by
``scripts/build_centering.py`` and shipped in ``knowledge/models/centering.npz`` (9 kB): they describe the
languages and the encoder, not any one company. Measured there on sixteen companies, each judged with means that
left it out: the right document ranks first by cosine alone for 391 of 567 single-turn questions, against 355.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.language import detect_language

log = logging.getLogger(__name__)

MODEL = Path(__file__).resolve().parent / "models" / "centering.npz"
LANGUAGES = ("de", "en")
DOCUMENT_SAMPLE_CHARS = 3000    # of a document without a declared language, read to tell its language


def unit_rows(m: np.ndarray) -> np.ndarray:
    """``m`` (rows) scaled to unit length in place, without a second full-size array."""
    norms = np.sqrt(np.einsum("ij,ij->i", m, m))
    m /= np.maximum(norms, 1e-9)[:, None]
    return m


def language_code(lang: str | None) -> str | None:
    """'de', 'en' from 'de-DE', 'EN' and the like; None for anything else."""
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGUAGES else None


@dataclass(frozen=True)
class Centering:
    """Per language, the mean (unit-length) vector of questions and of passages."""
    questions: dict[str, np.ndarray]
    passages: dict[str, np.ndarray]

    def question_mean(self, lang: str | None) -> np.ndarray:
        """The asker's language's mean; for a language without one, the mean of those known (what every
        question shares is most of it), so that the question is compared in the passages' centred space."""
        code = language_code(lang)
        if code in self.questions:
            return self.questions[code]
        return np.mean(list(self.questions.values()), axis=0)

    def question(self, vectors: np.ndarray, lang: str | None) -> np.ndarray:
        """``vectors`` (rows, or one vector) of a follower's message in ``lang``, centred and unit-length."""
        rows = np.atleast_2d(np.asarray(vectors, dtype=np.float32)).copy()
        rows = unit_rows(unit_rows(rows) - self.question_mean(lang))
        return rows if np.ndim(vectors) == 2 else rows[0]

    def passages_in_place(self, rows: np.ndarray, langs: list[str]) -> np.ndarray:
        """Unit-length knowledge-base rows, each centred by its own language's passage mean and made unit-length
        again, in place (a large knowledge base's vectors are not copied)."""
        if not len(rows):
            return rows
        codes = np.array([language_code(x) or "" for x in langs])
        fallback = np.mean(list(self.passages.values()), axis=0).astype(rows.dtype)
        for code in set(codes.tolist()):
            mean = self.passages.get(code, fallback).astype(rows.dtype)
            at = np.flatnonzero(codes == code)
            rows[at] -= mean
        return unit_rows(rows)

    def save(self, path: Path = MODEL) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, **{f"question_{k}": v for k, v in self.questions.items()},
                 **{f"passage_{k}": v for k, v in self.passages.items()})


def document_languages(chunks) -> dict[str, str]:
    """Per document id, its language: the declared one, or else what the start of its text reads as (one answer
    per document, so a table or a heading in the other language does not split it)."""
    texts: dict[str, list[str]] = {}
    declared: dict[str, str] = {}
    for c in chunks:
        code = language_code(c.language)
        if code:
            declared.setdefault(c.doc_id, code)
        elif sum(map(len, texts.get(c.doc_id, []))) < DOCUMENT_SAMPLE_CHARS:
            texts.setdefault(c.doc_id, []).append(c.embed_text)
    out = dict(declared)
    for doc_id, parts in texts.items():
        if doc_id not in out:
            out[doc_id] = detect_language(" ".join(parts)[:DOCUMENT_SAMPLE_CHARS])
    return out


def load_centering(path: Path = MODEL) -> Centering | None:
    """The shipped means, or None when the file is missing (logged: retrieval then compares the encoder's vectors,
    which the shipped answer model was not trained on)."""
    if not path.is_file():
        log.warning("no language centring file %s: retrieval compares the encoder's own vectors", path)
        return None
    with np.load(path) as data:
        centering = Centering(questions={k: data[f"question_{k}"] for k in LANGUAGES if f"question_{k}" in data},
                              passages={k: data[f"passage_{k}"] for k in LANGUAGES if f"passage_{k}" in data})
    if not centering.questions or not centering.passages:
        log.warning("language centring file %s holds no means: retrieval compares the encoder's own vectors", path)
        return None
    return centering
