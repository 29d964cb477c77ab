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
(`QuestionModel`: a logistic regression over the message's sentence vector, averaged with the answerable share of
the tuning messages nearest to it), the same for every candidate.

Stored as JSON (feature names, standardisation, weights, the chosen operating point and how it was chosen), so
the action server needs only numpy to apply it, the file can be read and diffed, and loading it runs no code; the
question model's tuning messages are vectors beside it (`*_questions.npz`, float16, about 2 MB).
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.embedder import DIMENSIONS, unit_length
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


def nearest_share(examples: np.ndarray, answerable: np.ndarray, vectors: np.ndarray, bandwidth: float,
                  nearest: int) -> np.ndarray:
    """For each of ``vectors``, the answerable share of its ``nearest`` tuning messages (``examples``, unit rows;
    ``answerable`` 1 for an answer case, 0 for a decline), each weighed by exp((cosine − 1) / ``bandwidth``) and
    each class by one over its size, so the mix of the tuning sets does not tilt it. With nothing near, 0.5. The one
    formula training (scripts/train_answering.py) and the action server share."""
    similar = unit_length(np.atleast_2d(np.asarray(vectors, dtype=np.float32))) @ examples.T
    k = min(nearest, similar.shape[1])
    top = np.argpartition(-similar, k - 1, axis=1)[:, :k]
    weight = np.exp((np.take_along_axis(similar, top, axis=1) - 1.0) / bandwidth)
    labels = answerable[top]
    yes = (weight * labels).sum(axis=1) / max(float(answerable.sum()), 1.0)
    no = (weight * (1 - labels)).sum(axis=1) / max(float((1 - answerable).sum()), 1.0)
    return (yes + 1e-12) / (yes + no + 2e-12)


@dataclass(frozen=True)
class QuestionModel:
    """How much a message reads like a question a company's knowledge base answers, from its sentence vector (the
    encoder's, not centred: `knowledge.retrieval.Retrieval.vector`): the mean of two readings.

    - A logistic regression over the vector: the direction that parts the tuning companies' answer cases from their
      decline cases (off-topic, manipulation, near misses) on the whole.
    - The answerable share of the tuning messages nearest to it (`nearest_share`). A direction learned from the
      whole puts a short, plain question such as "What is your phone number?" with the off-topic requests (0.23)
      although every tuning message near it is an answer case; the nearest messages say so (0.58). Leave-one-company-
      out on forty companies the mean parts answer from decline cases better than either alone (area under the ROC
      curve 0.959 against 0.947 for the regression and 0.944 for the neighbours), and the answer model reading it
      decides 1,117 cases right minus wrong against 1,101 (scripts/train_answering.py).
    """
    weights: np.ndarray
    intercept: float
    examples: np.ndarray | None = None         # the tuning messages' vectors, unit rows
    answerable: np.ndarray | None = None       # per example: 1.0 for an answer case, 0.0 for a decline case
    bandwidth: float = 0.05
    nearest: int = 50

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        vectors = np.atleast_2d(vectors)
        linear = 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.intercept)))
        if self.examples is None or self.answerable is None:
            return linear
        return 0.5 * (linear + nearest_share(self.examples, self.answerable, vectors, self.bandwidth, self.nearest))

    def probability(self, vector: np.ndarray) -> float:
        return float(self.probabilities(vector)[0])

    def fits(self, dimensions: int) -> bool:
        """Whether the arrays fit vectors of ``dimensions`` and one another."""
        if self.weights.shape != (dimensions,):
            return False
        if self.examples is None or self.answerable is None:
            return self.examples is None and self.answerable is None
        return self.examples.ndim == 2 and self.examples.shape[1] == dimensions and \
            self.answerable.shape == (len(self.examples),) and len(self.examples) > 0


def load_question(stored: dict, folder: Path) -> QuestionModel:
    """The question model as the answer model's file stores it: the regression in the JSON, the tuning messages
    (when it names them) in an ``.npz`` beside it."""
    examples = answerable = None
    if stored.get("examples"):
        with np.load(folder / stored["examples"]) as arrays:
            examples = unit_length(np.asarray(arrays["vectors"], dtype=np.float32))
            answerable = np.asarray(arrays["answerable"], dtype=np.float32)
    return QuestionModel(np.array(stored["weights"]), float(stored["intercept"]), examples, answerable,
                         float(stored.get("bandwidth", 0.05)), int(stored.get("nearest", 50)))


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
                        load_question(question, Path(path).parent) if question is not None else None)
        except (OSError, KeyError, TypeError, ValueError, AttributeError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot read the answer model {path}: {exc}") from exc
        if data.get("form") != FORM:
            raise ModelError(f"the answer model {path} is not a choice among the candidates and declining (form "
                             f"{data.get('form')!r}): retrain it (scripts/train_answering.py)")
        n = len(model.features)
        if not model.mean.shape == model.scale.shape == model.weights.shape == (n,) or (
                model.question is not None and not model.question.fits(DIMENSIONS)):
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
