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
* ``complaint`` the complaint model's probability for this message (``handoff/model/complaint.npz``, learned from
              tweets to companies' customer-service accounts that the corpus's annotators labelled complaint or
              not: a follower telling the company what went wrong, the kind of message the helpers' companies
              teach least); only the ``stack_complaint`` variant reads it (tried, not shipped: README);
* ``knn``     per reason, the highest cosine similarity to the *training* companies' hand-over turns of that
              reason, and to their turns that stayed with the bot (for a training row, only other companies'
              turns count, so the feature means at training what it means on a new company).

The stacked variants also see which reasons the rules gave (``rules``); the shipped one is ``stack_compact``
(no raw embedding among its weights), trained with the written contrast data (``handoff/data/written``).

The file also carries **learned checks** (``ReasonCheck``, ``fit_check``): per reason one logistic regression on
the embedding and the message's form, that reason vs. every other labelled turn, trained with data written for
it; each hands over for its reason on its own at a threshold picked leave-one-company-out.

``fit`` trains one logistic regression, hand over vs. not, with Platt-calibrated probabilities
(Platt scaling on out-of-fold scores, folds by company), and a multinomial one over the eight reasons
on the hand-over turns (which reason to show). ``bench/detector_loco.py`` runs it leave-one-company-out,
``handoff/train_turns.py`` trains the shipped file (``export``).

At run time (``RuntimeTurnModel``, numpy only, loaded by ``handoff/detector.py`` when rules.yml's
``turn_model.enabled`` is true, as shipped) the same per-row functions (``conversation_features``,
``knn_columns``) compute the features from the detector's embedding cache, the conversation and the
training turns' embeddings shipped in the file, so a training turn gets the same probability both ways
(``handoff/train_turns.py`` checks it after every training run).
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .conversation import jaccard, words
from .model import COMPLAINT_PATH, DEFAULT_PATH, EMBED_DIM, SURFACE_NAMES, LearnedModel, clean, surface_features
from .rules import REASONS

VARIANTS = {
    "full": ("emb", "surface", "conv", "public", "knn"),
    "compact": ("surface", "conv", "public", "knn"),
    "knn": ("conv", "knn"),
    # stacked: the rules' own decision per reason is a feature, and only the exact rules decide beside the model
    "stack": ("emb", "surface", "conv", "public", "knn", "rules"),
    "stack_compact": ("surface", "conv", "public", "knn", "rules"),
    "stack_complaint": ("surface", "conv", "public", "complaint", "knn", "rules"),
}
STACKED = {"stack", "stack_compact", "stack_complaint"}
EXACT = ("safety", "legal", "privacy_request", "human_request", "repeated_failure")
"""Reasons whose rules stay exact (a named check that fires on its own); the others are judgement calls."""
EXACT_GROUPS = ("insult_directed", "insult_target", "hate")
"""Phrase groups of a judgement reason that are exact all the same: an insult aimed at the company, its people
or the bot, and hate speech (rules.yml). A judgement reason fired with one of them in its evidence stays a
rule beside the model: without them the stacked model let 19 of the 28 insult and hate sentences of the tests
through."""

C = 0.1          # strong L2 regularisation: ~1,000 training turns, up to 550 features
SEED = 13
PUBLIC_WEIGHT = 0.3   # a public-corpus row counts less than a company's turn (other domain, many more rows)
PUBLIC = "public"   # the company name of public-corpus rows (handoff/data/train.jsonl): always training data
KNN_LABELS = (*REASONS, "none")
"""The knn columns, in order: per reason the nearest training hand-over of that reason, then the nearest stay."""
CONV_NAMES = ("has_previous", "log_previous", "max_cos_previous", "max_jaccard_previous",
              "max_emotional_previous", "max_sarcasm_previous")
PART_SIZES = {"emb": EMBED_DIM, "surface": len(SURFACE_NAMES), "conv": len(CONV_NAMES), "public": 2, "complaint": 1,
              "knn": len(KNN_LABELS), "rules": len(REASONS)}
CHECK_PARTS = ("emb", "surface")
"""What a learned check sees of a message: its meaning and its form, nothing of the conversation or the rules
(the check is for what the phrase lists miss: danger told without hazard words, irony without its markers)."""
DEFAULT_FILE = Path(__file__).with_name("model") / "turns.npz"
FORMAT = 1


def shown_reason(ranked: Sequence[str]) -> str:
    """The reason an agent sees when the model alone hands over: its most likely *judgement* reason. The exact
    reasons belong to the exact rules; the reasons classifier named safety for 64 held-out real messages and
    was right twice, and a false safety alarm jumps the inbox queue."""
    return next((r for r in ranked if r not in EXACT), "emotional")


def exact_reasons(evidence: dict[str, list[tuple[str, str]] | None]) -> tuple[str, ...]:
    """The reasons among the rules' evidence that decide on their own beside a stacked model."""
    return tuple(name for name in REASONS if (ev := evidence.get(name)) is not None
                 and (name in EXACT or any(group in EXACT_GROUPS for group, _ in ev)))


def embed_text(text: str) -> str:
    """What the encoder sees of a message, at training and at run time: ``clean`` (links, handles, 600
    characters), and "." for a message with nothing left (the encoder needs some text)."""
    return clean(text) or "."


def conversation_features(text: str, vector: np.ndarray, previous: Sequence[str],
                          vector_of: Callable[[str], np.ndarray],
                          public_of: Callable[[str, np.ndarray], dict[str, float]]) -> list[float]:
    """The ``conv`` features of one turn (``CONV_NAMES``): only the last five earlier messages are compared,
    their count is taken in full. ``vector_of``/``public_of`` give an earlier message's embedding and public
    probabilities (from a cache at training and at run time alike)."""
    prev = list(previous)[-5:]
    cos = max((float(vector @ vector_of(p)) for p in prev), default=0.0)
    jac = max((jaccard(words(text), words(p)) for p in prev), default=0.0)
    pp = [public_of(p, vector_of(p)) for p in prev]
    return [1.0 if prev else 0.0, float(np.log1p(len(previous))), cos, jac,
            max((x["emotional"] for x in pp), default=0.0), max((x["sarcasm"] for x in pp), default=0.0)]


def rules_features(reasons: Sequence[str]) -> list[float]:
    """Which reasons the rules gave the turn (the stacked variants' ``rules`` part)."""
    return [1.0 if reason in reasons else 0.0 for reason in REASONS]


def label_masks(labels: np.ndarray) -> list[np.ndarray]:
    """Per ``KNN_LABELS`` label, which training turns carry it. The action server computes them once per model:
    comparing the labels (strings) per message took 0.6 of the knn features' 1.0 ms (bench/detector.py)."""
    return [labels == label for label in KNN_LABELS]


def knn_columns(sims: np.ndarray, masks: Sequence[np.ndarray]) -> np.ndarray:
    """Per row of ``sims`` (targets x training turns, -1 where a turn must not count): the highest similarity
    to the training turns of each ``KNN_LABELS`` label (``masks``: `label_masks`), -1 when there is none."""
    return np.stack([sims[:, m].max(axis=1) if m.any() else np.full(len(sims), -1.0) for m in masks], axis=1)


class TurnFeatures:
    """The per-turn features that need no training data (everything but ``knn``)."""

    def __init__(self, embed) -> None:
        self.embed = embed
        self.public = LearnedModel(DEFAULT_PATH)
        self.complaint = LearnedModel(COMPLAINT_PATH) if COMPLAINT_PATH.exists() else None

    def vectors(self, texts: list[str]) -> np.ndarray:
        unique = sorted(set(texts))
        out = np.zeros((len(unique), EMBED_DIM), dtype=np.float32)
        for i in range(0, len(unique), 64):
            batch = [embed_text(t) for t in unique[i:i + 64]]
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
        conv = [conversation_features(r["text"], v, r["previous"], prev_vec.__getitem__, public)
                for r, v in zip(rows, emb)]
        fired = np.array([rules_features(r.get("rules", ())) for r in rows])
        out = {"emb": emb, "surface": surface, "conv": np.array(conv).reshape(len(rows), len(CONV_NAMES)),
               "public": pub, "rules": fired.reshape(len(rows), len(REASONS))}
        if self.complaint is not None:
            out["complaint"] = np.array([[self.complaint.probabilities(t, v)["complaint"]] for t, v in zip(texts, emb)])
        return out


def knn_features(emb: np.ndarray, rows: list[dict], train_idx: np.ndarray, target_idx: np.ndarray,
                 comp: np.ndarray) -> np.ndarray:
    """Per target row: max cosine to the training hand-overs of each reason and to the training 'none' turns,
    leaving out the target row's own company (so a training row sees only other companies, like a new one).
    Public-corpus rows are never neighbours: the feature means 'like a company's hand-over'."""
    train_idx = train_idx[comp[train_idx] != PUBLIC]
    labels = np.array([rows[i]["label"] for i in train_idx], dtype=object)
    sims = emb[target_idx] @ emb[train_idx].T
    same = comp[target_idx][:, None] == comp[train_idx][None, :]
    return knn_columns(np.where(same, -1.0, sims), label_masks(labels))


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


@dataclass
class ReasonCheck:
    """One reason, learned on its own: a logistic regression, that reason vs. every other labelled turn (the other
    reasons' hand-overs included), on ``CHECK_PARTS``. It hands over for its reason on its own, so its score is
    only compared with a threshold picked leave-one-company-out (``turn_data.pick_check_threshold``) and is not
    calibrated. Why beside the turn model: that model decides "hand over or not" and names a reason as a guess,
    never safety; a check trained for one reason, with data written for it, knows it better."""

    reason: str
    scaler: object
    clf: object

    def predict(self, base: dict[str, np.ndarray], idx: np.ndarray) -> np.ndarray:
        X = np.hstack([base[name][np.asarray(idx)] for name in CHECK_PARTS])
        return self.clf.predict_proba(self.scaler.transform(X))[:, 1]   # type: ignore[attr-defined]


def fit_check(base: dict[str, np.ndarray], rows: list[dict], comp: np.ndarray, usable: np.ndarray,
              companies: list[str], reason: str) -> ReasonCheck:
    """Train the check for ``reason`` on the labelled turns of ``companies`` (never public-corpus rows: their
    labels are not customer-service reasons, and their "none" would teach tweets, not customers)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    idx = np.where(np.isin(comp, list(companies)) & usable)[0]
    X = np.hstack([base[name][idx] for name in CHECK_PARTS])
    y = np.array([rows[i]["label"] == reason for i in idx])
    scaler = StandardScaler().fit(X)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED).fit(scaler.transform(X), y)
    return ReasonCheck(reason, scaler, clf)


def public_rows(per_group: int, path=None) -> list[dict]:
    """A fixed sample of the public corpora (``handoff/data/train.jsonl``): up to ``per_group`` rows per source,
    label and language, as single messages of the pseudo-company ``public``."""
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


# ---------------------------------------------------------------------- the shipped file and its run-time side

def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def export(model: TurnModel, base: dict[str, np.ndarray], rows: list[dict], threshold: float, path: Path,
           info: dict, checks: Sequence[tuple[ReasonCheck, float]] = ()) -> dict:
    """Write ``model`` as numpy arrays and JSON (no pickles, no scikit-learn needed to read it): the scaler's
    mean and scale, the coefficients, intercept and Platt a/b, the reasons classifier's weights, and the
    training turns' embeddings (float16; the knn features at run time) with their labels and companies; and,
    the learned checks' scalers and weights with their thresholds. Returns the meta dict written into the file."""
    knn_idx = model.train_idx[model.comp[model.train_idx] != PUBLIC]
    companies = sorted({str(model.comp[i]) for i in knn_idx})
    clf, platt = model.clf.clf, model.clf.platt   # type: ignore[attr-defined]
    arrays: dict[str, np.ndarray] = {
        "mean": np.asarray(model.scaler.mean_, dtype=np.float64),   # type: ignore[attr-defined]
        "scale": np.asarray(model.scaler.scale_, dtype=np.float64),   # type: ignore[attr-defined]
        "coef": np.asarray(clf.coef_[0], dtype=np.float64),
        "intercept": np.array(float(clf.intercept_[0])),
        "platt_a": np.array(float(platt.coef_[0, 0])),
        "platt_b": np.array(float(platt.intercept_[0])),
        "knn_emb": base["emb"][knn_idx].astype(np.float16),
        "knn_label": np.array([KNN_LABELS.index(rows[i]["label"]) for i in knn_idx], dtype=np.int8),
        "knn_company": np.array([companies.index(str(model.comp[i])) for i in knn_idx], dtype=np.int16),
    }
    reasons: list[str] = []
    if model.reasons_clf is not None:
        reasons = [str(c) for c in model.reasons_clf.classes_]   # type: ignore[attr-defined]
        arrays["reasons_coef"] = np.asarray(model.reasons_clf.coef_, dtype=np.float64)   # type: ignore[attr-defined]
        arrays["reasons_intercept"] = np.asarray(model.reasons_clf.intercept_, dtype=np.float64)   # type: ignore[attr-defined]
    else:   # only one reason among the hand-overs: it is the one shown
        reasons = sorted({rows[i]["label"] for i in model.train_idx if rows[i]["label"] not in (None, "none")})[:1]
    for check, check_threshold in checks:
        key = f"check_{check.reason}_"
        arrays[key + "mean"] = np.asarray(check.scaler.mean_, dtype=np.float64)   # type: ignore[attr-defined]
        arrays[key + "scale"] = np.asarray(check.scaler.scale_, dtype=np.float64)   # type: ignore[attr-defined]
        arrays[key + "coef"] = np.asarray(check.clf.coef_[0], dtype=np.float64)   # type: ignore[attr-defined]
        arrays[key + "intercept"] = np.array(float(check.clf.intercept_[0]))   # type: ignore[attr-defined]
    if checks:
        info = {**info, "checks": {c.reason: float(t) for c, t in checks}, "check_parts": list(CHECK_PARTS)}
    meta = {"format": FORMAT, "variant": model.variant, "parts": list(VARIANTS[model.variant]),
            "threshold": float(threshold), "reasons": reasons, "knn_companies": companies,
            "embed_dim": EMBED_DIM, "public_model": DEFAULT_PATH.name, "public_model_sha256": file_sha256(DEFAULT_PATH),
            **({"complaint_model": COMPLAINT_PATH.name, "complaint_model_sha256": file_sha256(COMPLAINT_PATH)}
               if "complaint" in VARIANTS[model.variant] else {}),
            **info}
    arrays["meta"] = np.array(json.dumps(meta))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)
    return meta


@dataclass
class CheckWeights:
    """A learned check at run time: its scaler, weights and threshold (``export``)."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def score(self, x: np.ndarray) -> float:
        z = float(((x - self.mean) / self.scale) @ self.coef) + self.intercept
        return float(1.0 / (1.0 + np.exp(-z)))


class RuntimeTurnModel:
    """The shipped turn model at run time: numpy only. ``ValueError`` when the file does not fit this code
    (other feature sizes, another public model than the one it was trained with), so a stale file is refused
    instead of giving quietly wrong probabilities; the detector then logs it and the rules decide."""

    def __init__(self, path: Path | str = DEFAULT_FILE) -> None:
        self.path = Path(path)
        with np.load(self.path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            arrays = {k: data[k] for k in data.files if k != "meta"}
        if meta.get("format") != FORMAT or meta.get("variant") not in VARIANTS or meta.get("embed_dim") != EMBED_DIM:
            raise ValueError(f"{self.path}: not a turn model this code reads (format {meta.get('format')}, "
                             f"variant {meta.get('variant')!r}); retrain with handoff/train_turns.py")
        self.meta = meta
        self.variant: str = meta["variant"]
        self.parts: tuple[str, ...] = VARIANTS[self.variant]
        self.threshold = float(meta["threshold"])
        width = sum(PART_SIZES[p] for p in self.parts)
        self.mean, self.scale, self.coef = arrays["mean"], arrays["scale"], arrays["coef"]
        if not (self.mean.shape == self.scale.shape == self.coef.shape == (width,)):
            raise ValueError(f"{self.path}: {self.coef.shape[0]} coefficients, "
                             f"variant {self.variant!r} has {width} features")
        self.intercept = float(arrays["intercept"])
        self.platt_a, self.platt_b = float(arrays["platt_a"]), float(arrays["platt_b"])
        self.knn_emb = arrays["knn_emb"].astype(np.float32)
        self.knn_label = np.array(KNN_LABELS, dtype=object)[arrays["knn_label"].astype(int)]
        self.knn_company = np.array(meta["knn_companies"], dtype=object)[arrays["knn_company"].astype(int)]
        self.knn_masks = label_masks(self.knn_label)
        if self.knn_emb.shape[1:] != (EMBED_DIM,) or len(self.knn_label) != len(self.knn_emb):
            raise ValueError(f"{self.path}: knn matrix {self.knn_emb.shape} does not match its labels")
        self.reasons: list[str] = list(meta["reasons"])
        self.reasons_coef = arrays.get("reasons_coef")
        self.reasons_intercept = arrays.get("reasons_intercept")
        if not self.reasons or not set(self.reasons) <= set(REASONS):
            raise ValueError(f"{self.path}: unknown reasons {self.reasons}")
        self.checks: dict[str, CheckWeights] = {}
        for reason, check_threshold in meta.get("checks", {}).items():
            key = f"check_{reason}_"
            width = sum(PART_SIZES[p] for p in CHECK_PARTS)
            weights = CheckWeights(arrays[key + "mean"], arrays[key + "scale"], arrays[key + "coef"],
                                   float(arrays[key + "intercept"]), float(check_threshold))
            if reason not in REASONS or meta.get("check_parts") != list(CHECK_PARTS) \
                    or not (weights.mean.shape == weights.scale.shape == weights.coef.shape == (width,)) \
                    or not np.isfinite(weights.coef).all():
                raise ValueError(f"{self.path}: the {reason} check does not fit {CHECK_PARTS} ({width} features)")
            self.checks[reason] = weights
        self.public = self._trained_with(meta, "public_model")
        self.complaint = self._trained_with(meta, "complaint_model") if "complaint" in self.parts else None
        for name, values in (("mean", self.mean), ("scale", self.scale), ("coef", self.coef), ("knn_emb", self.knn_emb)):
            if not np.isfinite(values).all():
                raise ValueError(f"{self.path}: {name} holds non-finite numbers")

    def _trained_with(self, meta: dict, key: str) -> LearnedModel:
        """The model file beside this one that ``meta[key]`` names, refused unless it is the very file training read
        (``meta[key + "_sha256"]``): another one would give its input other values than the weights expect."""
        path = Path(__file__).with_name("model") / meta[key]
        if not path.exists() or file_sha256(path) != meta[f"{key}_sha256"]:
            raise ValueError(f"{self.path}: trained with another {meta[key]} than the one here; "
                             "retrain with handoff/train_turns.py")
        return LearnedModel(path)

    @property
    def stacked(self) -> bool:
        """Stacked variants decide with the exact rules only; the other variants are OR'ed with all rules."""
        return self.variant in STACKED

    def knn(self, vector: np.ndarray, exclude_company: str | None = None) -> np.ndarray:
        """The knn features of one message; ``exclude_company`` leaves out one training company's turns (the
        check that a training turn gets its training-time probability: there it saw only other companies)."""
        sims = (self.knn_emb @ np.asarray(vector, dtype=np.float32))[None, :]
        if exclude_company is not None:
            sims = np.where(self.knn_company[None, :] == exclude_company, -1.0, sims)
        return knn_columns(sims, self.knn_masks)[0]

    def features(self, text: str, vector: np.ndarray, previous: Sequence[str],
                 vector_of: Callable[[str], np.ndarray], public_of: Callable[[str, np.ndarray], dict[str, float]],
                 rule_reasons: Sequence[str], exclude_company: str | None = None) -> np.ndarray:
        """One feature row in the training column order (``VARIANTS[variant]``)."""
        parts: dict[str, Callable[[], object]] = {
            "emb": lambda: vector,
            "surface": lambda: surface_features(clean(text)),
            "conv": lambda: conversation_features(text, vector, previous, vector_of, public_of),
            "public": lambda: [public_of(text, vector)["sarcasm"], public_of(text, vector)["emotional"]],
            "complaint": lambda: [self.complaint.probabilities(text, vector)["complaint"]],  # type: ignore[union-attr]
            "knn": lambda: self.knn(vector, exclude_company),
            "rules": lambda: rules_features(rule_reasons),
        }
        return np.concatenate([np.asarray(parts[name](), dtype=np.float64).ravel() for name in self.parts])

    def check_scores(self, text: str, vector: np.ndarray) -> dict[str, float]:
        """Each learned check's score for one message (``ReasonCheck.predict`` in numpy; none when the file has
        no checks)."""
        if not self.checks:
            return {}
        x = np.concatenate([np.asarray(vector, dtype=np.float64).ravel(), surface_features(clean(text))])
        return {reason: w.score(x) for reason, w in self.checks.items()}

    def predict(self, x: np.ndarray) -> tuple[float, list[str]]:
        """Calibrated hand-over probability of one feature row, and the reasons ranked most likely first."""
        z = (np.asarray(x, dtype=np.float64) - self.mean) / self.scale
        score = float(z @ self.coef) + self.intercept
        p = float(1.0 / (1.0 + np.exp(-(self.platt_a * score + self.platt_b))))
        if self.reasons_coef is None:
            return p, list(self.reasons)
        logits = self.reasons_coef @ z + self.reasons_intercept
        if logits.shape[0] == 1:   # two reasons: scikit-learn keeps one row, for the second class
            logits = np.array([0.0, float(logits[0])])
        order = np.argsort(-logits, kind="stable")
        return p, [self.reasons[j] for j in order]
