"""The answer model: a choice among the candidates and declining, over `pipeline.features` rows, trained by
scripts/train_answering.py.

Each candidate gets a score, a linear function of its standardised row; declining (offering a person) scores 0.
The probability that answering from a candidate is right is its share of the choice:
exp(score) / (1 + Σ exp(scores)), a conditional logit with the decline as the outside option. So the candidates
compete: a quote is trusted less when another is nearly as good, and the model learned from the tuning companies
how sure the best of them must be. (Until the twelfth session each candidate was judged alone, by a logistic
regression; leave-one-company-out on thirty-two companies the choice decides 850 cases right minus wrong against
820, scripts/train_answering.py.)

Its last input is the question model's probability that the message is a question the knowledge base answers
(`QuestionModel`, a logistic regression over the message's sentence vector), the same for every candidate.

Stored as JSON (feature names, standardisation, weights, the chosen operating point and how it was chosen), so
the action server needs only numpy to apply it, the file can be read and diffed, and loading it runs no code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.embedder import DIMENSIONS
from pipeline.features import FEATURES, MODEL_FEATURES, question_column

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "answering.json"
FORM = "choice"        # the model file's "form": a choice among the candidates and declining (see above)


class ModelError(ValueError):
    pass


def choice_probabilities(scores: np.ndarray) -> np.ndarray:
    """Each candidate's share of the choice among ``scores`` and declining (score 0), computed without overflow:
    the one formula training and the action server share."""
    top = float(scores.max(initial=0.0))
    shares = np.exp(scores - top)
    return shares / (np.exp(-top) + shares.sum())


@dataclass(frozen=True)
class QuestionModel:
    """How much a message reads like a question a company's knowledge base answers, from its sentence vector (the
    encoder's, not centred: `knowledge.retrieval.Retrieval.vector`)."""
    weights: np.ndarray
    intercept: float

    def probability(self, vector: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-(float(vector @ self.weights) + self.intercept))))


@dataclass(frozen=True)
class AnswerModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    threshold: float                 # answer when the best candidate's probability reaches this
    center_languages: bool | None = None   # whether retrieval was centred when it was trained (None: not recorded)
    question: QuestionModel | None = None  # its last input, when the model was trained with one

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> "AnswerModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            question = data.get("question")
            model = cls(tuple(data["features"]), np.array(data["mean"]), np.array(data["scale"]),
                        np.array(data["weights"]), float(data["intercept"]), float(data["threshold"]),
                        data.get("retrieval", {}).get("center_languages"),
                        QuestionModel(np.array(question["weights"]), float(question["intercept"]))
                        if question is not None else None)
        except (OSError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"cannot read the answer model {path}: {exc}") from exc
        if data.get("form") != FORM:
            raise ModelError(f"the answer model {path} is not a choice among the candidates and declining (form "
                             f"{data.get('form')!r}): retrain it (scripts/train_answering.py)")
        n = len(model.features)
        if not model.mean.shape == model.scale.shape == model.weights.shape == (n,) or (
                model.question is not None and model.question.weights.shape != (DIMENSIONS,)):
            raise ModelError(f"the answer model {path} does not fit its own features or the {DIMENSIONS}-dimensional "
                             "message vector: retrain it (scripts/train_answering.py)")
        if model.features != (MODEL_FEATURES if model.question is not None else FEATURES):
            raise ModelError(f"the answer model {path} was trained on other features: retrain it "
                             "(scripts/train_answering.py)")
        return model

    def question_input(self, vector: np.ndarray | None) -> float | None:
        """The question model's probability for a message's vector: the answer model's last input. None when the
        model has no question model or the message no vector."""
        return self.question.probability(vector) if self.question is not None and vector is not None else None

    def _inputs(self, rows: np.ndarray, question: float | None) -> np.ndarray:
        """The candidate rows as the model reads them. Without a question input (``None``) it takes its training
        mean: it then pushes neither way."""
        if self.question is None:
            return rows
        return question_column(rows, float(self.mean[-1]) if question is None else question)

    def scores(self, rows: np.ndarray, question: float | None = None) -> np.ndarray:
        """Each candidate row's score against declining (log-odds of answering from it rather than declining)."""
        return ((self._inputs(rows, question) - self.mean) / self.scale) @ self.weights + self.intercept

    def probability(self, rows: np.ndarray, question: float | None = None) -> np.ndarray:
        """Each candidate's probability that answering from it is right, the candidates of one turn (``rows``)
        competing with one another and with declining; ``question``: `question_input`."""
        return choice_probabilities(self.scores(rows, question))

    def contributions(self, row: np.ndarray, question: float | None = None) -> dict[str, float]:
        """Each feature's push on one candidate's score against declining: why it was (not) trusted. Without
        ``question`` the question input sits at its training mean and pushes 0."""
        full = self._inputs(row[None, :], question)[0]
        return dict(zip(self.features, ((full - self.mean) / self.scale) * self.weights))
