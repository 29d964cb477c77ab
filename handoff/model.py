"""The learned part of the escalation detector: one calibrated linear classifier per learned reason.

Features (``Featurizer``), the same at training and at run time:

* the multilingual USE sentence embedding (512 numbers; the ``Embed`` the detector was given, so the
  action server keeps one copy of the encoder, shared with the knowledge base);
* character n-grams (2-5 characters inside word boundaries, lower-cased, hashed into 2^18 columns,
  L2-normalised): spelling, elongations ("sooo"), hashtags, German and English word pieces;
* surface signals: length, exclamation and question marks, shouting, emoji (positive / negative),
  ellipses, quotation marks around words ("trained" staff), elongated words, laughter.

Conversation signals (earlier turns' probabilities, the bot's declines) are combined in
``handoff.detector`` because no public corpus labels whole conversations.

The file ``handoff/model/detector.npz`` holds, per reason, the weights of a logistic regression and the
Platt (sigmoid) calibration fitted on cross-validated scores (scikit-learn's ``CalibratedClassifierCV``
with ``ensemble=False``), so a probability here is ``1 / (1 + exp(a * (w . x + b) + c))``. Loading it
needs numpy only; scikit-learn is imported only when the model uses character n-grams (the hashing has no
fitted state, so no version coupling with the training run). The shipped model does not use them.
"""
from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

DEFAULT_PATH = Path(__file__).with_name("model") / "detector.npz"
COMPLAINT_PATH = Path(__file__).with_name("model") / "complaint.npz"   # handoff/train.py --reasons complaint
EMBED_DIM = 512
CHAR_FEATURES = 2 ** 18
CHAR_NGRAMS = (2, 5)
MAX_CHARS = 600          # longer messages are cut here (features and embedding alike)

Embed = Callable[[list[str]], np.ndarray]

_POS_EMOJI = set("😀😃😄😁😆😊🙂😍🥰😘😻👍👏🙌🎉❤💕💖💗💯✨🌟⭐😎🤩😋🥳👌🙏")
_NEG_EMOJI = set("😠😡🤬😤😒🙄😑😐😞😟😢😭😩😫😖😣😔💔👎🤮🤢😱😨😰😬🤦🤷")
_IRONY_EMOJI = set("🙃😏😂🤣😅😜🤡🥴🫠")
_LAUGH = re.compile(r"\b(?:lol|lmao|rofl|haha\w*|hihi\w*|hehe\w*)\b", re.I)
_ELONGATED = re.compile(r"([a-zäöüß])\1{2,}", re.I)
_SCARE_QUOTES = re.compile(r"[\"'„“‚‘»«]\s?\w+(?:\s\w+)?\s?[\"'“”‘’«»]")

SURFACE_NAMES = ("log_words", "exclaims", "questions", "interrobang", "caps_ratio", "caps_words", "pos_emoji",
                 "neg_emoji", "irony_emoji", "ellipsis", "scare_quotes", "elongated", "laughter", "hashtags")


def surface_features(text: str) -> np.ndarray:
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    caps_words = sum(1 for w in words if len(w) >= 3 and w.isupper() and any(c.isalpha() for c in w))
    emoji = [c for c in text if unicodedata.category(c) == "So" or c in _POS_EMOJI]
    return np.array([
        np.log1p(len(words)) / 5.0,
        min(text.count("!"), 6) / 3.0,
        min(text.count("?"), 6) / 3.0,
        1.0 if re.search(r"[!?]{2,}", text) else 0.0,
        (upper / len(letters)) if len(letters) >= 8 else 0.0,
        min(caps_words, 5) / 5.0,
        min(sum(1 for c in emoji if c in _POS_EMOJI), 3) / 3.0,
        min(sum(1 for c in emoji if c in _NEG_EMOJI), 3) / 3.0,
        min(sum(1 for c in emoji if c in _IRONY_EMOJI), 3) / 3.0,
        1.0 if ("..." in text or "…" in text) else 0.0,
        1.0 if _SCARE_QUOTES.search(text) else 0.0,
        1.0 if _ELONGATED.search(text) else 0.0,
        1.0 if _LAUGH.search(text) else 0.0,
        min(text.count("#"), 3) / 3.0,
    ], dtype=np.float32)


def clean(text: str) -> str:
    """What every feature sees: whitespace collapsed, links and handles neutralised, cut to MAX_CHARS."""
    text = re.sub(r"https?://\S+", " ", text or "")
    text = re.sub(r"@\w+", "@USER", text)
    return " ".join(text.split())[:MAX_CHARS]


class Featurizer:
    """Turns texts into the model's feature rows; ``embed`` is the detector's sentence encoder."""

    def __init__(self, embed: Embed | None) -> None:
        self.embed = embed
        self._hasher = None

    @property
    def hasher(self):
        """Created on first use: a model without character n-grams never imports scikit-learn (and SciPy)."""
        if self._hasher is None:
            from sklearn.feature_extraction.text import HashingVectorizer

            self._hasher = HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, n_features=CHAR_FEATURES,
                                             alternate_sign=False, norm="l2", lowercase=True, dtype=np.float32)
        return self._hasher

    def parts(self, texts: list[str], vectors: np.ndarray | None = None):
        """(embeddings, sparse char n-grams, surface) for cleaned texts; ``vectors`` skips the encoder."""
        if vectors is None:
            if self.embed is None:
                vectors = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
            else:
                vectors = np.asarray(self.embed(texts), dtype=np.float32).reshape(len(texts), EMBED_DIM)
        chars = self.hasher.transform(texts)
        surface = np.vstack([surface_features(t) for t in texts]) if texts else np.zeros((0, len(SURFACE_NAMES)))
        return vectors, chars, surface

    @staticmethod
    def matrix(vectors: np.ndarray, chars, surface: np.ndarray):
        """One sparse matrix in the column order the weights use: embedding, char n-grams, surface."""
        from scipy import sparse

        return sparse.hstack([sparse.csr_matrix(vectors), chars, sparse.csr_matrix(surface)], format="csr")


@dataclass(frozen=True)
class ReasonModel:
    w_embed: np.ndarray      # (512,)
    w_chars: np.ndarray      # (CHAR_FEATURES,)
    w_surface: np.ndarray    # (len(SURFACE_NAMES),)
    bias: float
    cal_a: float             # Platt: p = 1 / (1 + exp(cal_a * score + cal_b))
    cal_b: float
    threshold: float         # probability at or above which the reason fires on its own

    def probability(self, vector: np.ndarray, chars, surface: np.ndarray) -> float:
        score = float(vector @ self.w_embed) + float(surface @ self.w_surface) + self.bias
        if chars is not None and chars.nnz and self.w_chars.size:
            score += float(chars.data @ self.w_chars[chars.indices])
        return float(1.0 / (1.0 + np.exp(self.cal_a * score + self.cal_b)))


class LearnedModel:
    """Loaded from the shipped npz; ``probabilities`` for one message (its vector may come from a cache)."""

    def __init__(self, path: Path | str = DEFAULT_PATH, embed: Embed | None = None) -> None:
        self.path = Path(path)
        with np.load(self.path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            self.meta = meta
            self.reasons: dict[str, ReasonModel] = {}
            for name in meta["reasons"]:
                self.reasons[name] = ReasonModel(
                    w_embed=data[f"{name}.w_embed"].astype(np.float32),
                    w_chars=data[f"{name}.w_chars"].astype(np.float32),
                    w_surface=data[f"{name}.w_surface"].astype(np.float32),
                    bias=float(data[f"{name}.bias"]), cal_a=float(data[f"{name}.cal_a"]),
                    cal_b=float(data[f"{name}.cal_b"]), threshold=float(meta["thresholds"][name]))
        if meta.get("char_features") != CHAR_FEATURES or meta.get("embed_dim") != EMBED_DIM:
            raise ValueError(f"{self.path}: built for other feature sizes ({meta.get('char_features')}, "
                             f"{meta.get('embed_dim')}); retrain with handoff/train.py")
        self.featurizer = Featurizer(embed)
        self._lock = threading.Lock()

    def probabilities(self, text: str, vector: np.ndarray | None = None) -> dict[str, float]:
        cleaned = clean(text)
        if not cleaned:
            return {name: 0.0 for name in self.reasons}
        vec = vector if vector is not None else np.zeros(EMBED_DIM, dtype=np.float32)
        chars = self.featurizer.hasher.transform([cleaned]) if self.meta.get("chars", True) else None
        surface = surface_features(cleaned)
        return {name: model.probability(vec, chars, surface) for name, model in self.reasons.items()}


def save(path: Path, models: dict[str, dict], thresholds: dict[str, float], info: dict) -> None:
    """Write the npz: float16 weights (halves the file; the scores move by < 1e-3), float64 scalars."""
    arrays: dict[str, np.ndarray] = {}
    for name, m in models.items():
        arrays[f"{name}.w_embed"] = m["w_embed"].astype(np.float16)
        arrays[f"{name}.w_chars"] = m["w_chars"].astype(np.float16)
        arrays[f"{name}.w_surface"] = m["w_surface"].astype(np.float32)
        for key in ("bias", "cal_a", "cal_b"):
            arrays[f"{name}.{key}"] = np.array(m[key], dtype=np.float64)
    meta = {"reasons": list(models), "thresholds": thresholds, "char_features": CHAR_FEATURES,
            "embed_dim": EMBED_DIM, "char_ngrams": list(CHAR_NGRAMS), "surface": list(SURFACE_NAMES), **info}
    arrays["meta"] = np.array(json.dumps(meta))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)
