"""The answer model: logistic regression over `pipeline.features` rows, trained by scripts/train_answering.py.

Stored as JSON (feature names, standardisation, weights, the chosen operating point and how it was chosen), so
the action server needs only numpy to apply it, the file can be read and diffed, and loading it runs no code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.features import FEATURES

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "answering.json"


class ModelError(ValueError):
    pass


@dataclass(frozen=True)
class AnswerModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    threshold: float                 # answer when the best candidate's probability reaches this
    center_languages: bool | None = None   # whether retrieval was centred when it was trained (None: not recorded)

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> "AnswerModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            model = cls(tuple(data["features"]), np.array(data["mean"]), np.array(data["scale"]),
                        np.array(data["weights"]), float(data["intercept"]), float(data["threshold"]),
                        data.get("retrieval", {}).get("center_languages"))
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"cannot read the answer model {path}: {exc}") from exc
        if model.features != FEATURES:
            raise ModelError(f"the answer model {path} was trained on other features: retrain it "
                             "(scripts/train_answering.py)")
        return model

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def contributions(self, row: np.ndarray) -> dict[str, float]:
        """Each feature's push on the log-odds for one row: why a candidate was (not) trusted."""
        return dict(zip(self.features, ((row - self.mean) / self.scale) * self.weights))
