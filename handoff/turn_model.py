"""A hand-over decision learned from many companies' conversations, judged on companies it never saw.

Why this exists: the phrase lists were written from three companies' cases and the public-corpus model
(``handoff/model.py``) from tweets; neither carries over well to an unseen company. Here the training
data are the tuning companies' own turns, and every feature is one that can mean the same thing at
another company (no company's words or product names are features in their own right):

* ``emb``     the multilingual USE embedding of the message (512 numbers);
* ``surface`` length, ``!``/``?``, shouting, emoji, ellipses, scare quotes, laughter (``handoff.model``);
* ``conv``    conversation: whether earlier messages exist and how many, how close the message is to an
              earlier one (by meaning and by words: asking again), the public model's highest emotional
              and sarcasm probability over the earlier messages (getting upset over several turns);
* ``public``  the public-corpus model's sarcasm and emotional probabilities for this message;
* ``knn``     per reason, the highest cosine similarity to the *training* companies' hand-over turns of that
              reason, and to their turns that stayed with the bot (for a training row, only other companies'
              turns count, so the feature means at training what it means on a new company).

``fit`` trains one logistic regression, hand over vs. not, with Platt-calibrated probabilities
(scikit-learn ``CalibratedClassifierCV``, folds by company), and a multinomial one over the eight reasons
on the hand-over turns (which reason to show). ``bench/detector_loco.py`` runs it leave-one-company-out.

Not used at run time (README, "Escalation detector", third attempt): on companies it never saw it beats
the rules clearly, but on the held-out real messages it hands over far more routine questions and praise
than the rules, so nothing of it ships; it stays as the bench's model for the next attempt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .conversation import jaccard, words
from .model import DEFAULT_PATH, EMBED_DIM, LearnedModel, clean, surface_features
from .rules import REASONS

VARIANTS = {
    "full": ("emb", "surface", "conv", "public", "knn"),
    "compact": ("surface", "conv", "public", "knn"),
    "knn": ("conv", "knn"),
    # stacked: the rules' own decision per reason is a feature, and only the exact rules decide beside the model
    "stack": ("emb", "surface", "conv", "public", "knn", "rules"),
    "stack_compact": ("surface", "conv", "public", "knn", "rules"),
}
STACKED = {"stack", "stack_compact"}
EXACT = ("safety", "legal", "privacy_request", "human_request", "repeated_failure")
"""Reasons whose rules stay exact (a named check that fires on its own); the others are judgement calls."""
C = 0.1          # strong L2 regularisation: ~1,000 training turns, up to 550 features
SEED = 13
PUBLIC_WEIGHT = 0.3   # a public-corpus row counts less than a company's turn (other domain, many more rows)
PUBLIC = "public"   # the company name of public-corpus rows (handoff/data/train.jsonl): always training data


class TurnFeatures:
    """The per-turn features that need no training data (everything but ``knn``)."""

    def __init__(self, embed) -> None:
        self.embed = embed
        self.public = LearnedModel(DEFAULT_PATH)

    def vectors(self, texts: list[str]) -> np.ndarray:
        unique = sorted(set(texts))
        out = np.zeros((len(unique), EMBED_DIM), dtype=np.float32)
        for i in range(0, len(unique), 64):
            batch = [clean(t) or "." for t in unique[i:i + 64]]
            out[i:i + len(batch)] = np.asarray(self.embed(batch), dtype=np.float32).reshape(len(batch), EMBED_DIM)
        index = {t: i for i, t in enumerate(unique)}
        return out[[index[t] for t in texts]]

    def base(self, rows: list[dict]) -> dict[str, np.ndarray]:
        texts = [r["text"] for r in rows]
        prev_texts = sorted({p for r in rows for p in r["previous"]})
        emb = self.vectors(texts)
        prev_vec = dict(zip(prev_texts, self.vectors(prev_texts))) if prev_texts else {}
        cache: dict[str, dict[str, float]] = {}

        def public(text: str, vec: np.ndarray) -> dict[str, float]:
            if text not in cache:
                cache[text] = self.public.probabilities(text, vec)
            return cache[text]

        surface = np.vstack([surface_features(clean(t)) for t in texts])
        pub = np.array([[public(t, v)["sarcasm"], public(t, v)["emotional"]] for t, v in zip(texts, emb)])
        conv = []
        for r, v in zip(rows, emb):
            prev = r["previous"][-5:]
            cos = max((float(v @ prev_vec[p]) for p in prev), default=0.0)
            jac = max((jaccard(words(r["text"]), words(p)) for p in prev), default=0.0)
            pp = [public(p, prev_vec[p]) for p in prev]
            conv.append([1.0 if prev else 0.0, np.log1p(len(r["previous"])), cos, jac,
                         max((x["emotional"] for x in pp), default=0.0), max((x["sarcasm"] for x in pp), default=0.0)])
        fired = np.array([[1.0 if reason in r.get("rules", ()) else 0.0 for reason in REASONS] for r in rows])
        return {"emb": emb, "surface": surface, "conv": np.array(conv), "public": pub, "rules": fired}


def knn_features(emb: np.ndarray, rows: list[dict], train_idx: np.ndarray, target_idx: np.ndarray,
                 comp: np.ndarray) -> np.ndarray:
    """Per target row: max cosine to the training hand-overs of each reason and to the training 'none' turns,
    leaving out the target row's own company (so a training row sees only other companies, like a new one).
    Public-corpus rows are never neighbours: the feature means 'like a company's hand-over'."""
    train_idx = train_idx[comp[train_idx] != PUBLIC]
    labels = np.array([rows[i]["label"] for i in train_idx], dtype=object)
    sims = emb[target_idx] @ emb[train_idx].T
    same = comp[target_idx][:, None] == comp[train_idx][None, :]
    sims = np.where(same, -1.0, sims)
    cols = []
    for reason in (*REASONS, "none"):
        m = labels == reason
        cols.append(sims[:, m].max(axis=1) if m.any() else np.full(len(target_idx), -1.0))
    return np.stack(cols, axis=1)


@dataclass
class Calibrated:
    """A classifier's decision score mapped to a probability by Platt scaling fitted on out-of-fold scores."""

    clf: object
    platt: object

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.platt.predict_proba(self.clf.decision_function(X)[:, None])


@dataclass
class TurnModel:
    variant: str
    train_idx: np.ndarray
    comp: np.ndarray
    scaler: object
    clf: object
    reasons_clf: object | None

    def matrix(self, base: dict[str, np.ndarray], rows: list[dict], idx: np.ndarray) -> np.ndarray:
        parts = []
        for name in VARIANTS[self.variant]:
            if name == "knn":
                parts.append(knn_features(base["emb"], rows, self.train_idx, idx, self.comp))
            else:
                parts.append(base[name][idx])
        return np.hstack(parts)

    def predict(self, base: dict[str, np.ndarray], rows: list[dict], idx: np.ndarray) -> tuple[np.ndarray, list[list[str]]]:
        """Calibrated hand-over probability per row, and the reasons ranked most likely first."""
        X = self.scaler.transform(self.matrix(base, rows, np.asarray(idx)))
        p = self.clf.predict_proba(X)[:, 1]
        if self.reasons_clf is None:
            return p, [["emotional"] for _ in idx]
        order = np.argsort(-self.reasons_clf.predict_proba(X), axis=1)
        classes = self.reasons_clf.classes_
        return p, [[str(classes[j]) for j in row] for row in order]


def fit(base: dict[str, np.ndarray], rows: list[dict], comp: np.ndarray, y: np.ndarray, usable: np.ndarray,
        companies: list[str], variant: str) -> TurnModel:
    """Train on the labelled turns of ``companies`` (hand-over turn of a hand-over case, every turn of the
    others); calibration folds never split a company."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    train_idx = np.where(np.isin(comp, list(companies) + [PUBLIC]) & usable)[0]
    model = TurnModel(variant, train_idx, comp, None, None, None)
    X = model.matrix(base, rows, train_idx)
    model.scaler = StandardScaler().fit(X)
    X = model.scaler.transform(X)
    yt = y[train_idx]
    groups = comp[train_idx]
    # calibration folds split the companies; public-corpus rows stay on the training side of every fold, so the
    # probabilities are calibrated on customer-service turns only
    own = np.where(groups != PUBLIC)[0]
    public = np.where(groups == PUBLIC)[0]
    folds = [(np.concatenate([own[a], public]), own[b])
             for a, b in GroupKFold(n_splits=min(5, len(set(groups[own])))).split(own, yt[own], groups[own])]
    weight = np.where(groups == PUBLIC, PUBLIC_WEIGHT, 1.0)

    def lr() -> LogisticRegression:
        return LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED)

    scores = np.zeros(len(own))
    where = {j: k for k, j in enumerate(own)}
    for a, b in folds:
        fold = lr().fit(X[a], yt[a], sample_weight=weight[a])
        scores[[where[j] for j in b]] = fold.decision_function(X[b])
    # Platt scaling: a one-feature logistic regression from the out-of-fold score to the label
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(scores[:, None], yt[own])
    model.clf = Calibrated(lr().fit(X, yt, sample_weight=weight), platt)
    pos = yt.astype(bool)
    reasons = np.array([rows[i]["label"] for i in train_idx])[pos]
    if len(set(reasons)) > 1:
        model.reasons_clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED).fit(X[pos], reasons)
    return model


def public_rows(per_group: int, path=None) -> list[dict]:
    """A fixed sample of the public corpora (``handoff/data/train.jsonl``): up to ``per_group`` rows per source,
    label and language, as single messages of the pseudo-company ``public``."""
    import json
    import random
    from pathlib import Path

    path = Path(path) if path else Path(__file__).with_name("data") / "train.jsonl"
    groups: dict[tuple, list[dict]] = {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            groups.setdefault((r["source"].split()[0], r["reason"], r["lang"]), []).append(r)
    out = []
    rng = random.Random(SEED)
    for key in sorted(groups):
        rows = groups[key]
        for r in rng.sample(rows, min(per_group, len(rows))):
            out.append({"company": PUBLIC, "case": f"public-{len(out)}", "turn": 0, "text": r["text"], "lang": r["lang"],
                        "previous": [], "expect": "handoff" if r["reason"] != "none" else "answer",
                        "reason": None if r["reason"] == "none" else r["reason"], "by": 0, "label": r["reason"],
                        "rules": []})
    return out
