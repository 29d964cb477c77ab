"""The answer model is fitted as a choice among each case's candidates and declining (scripts/train_answering.py,
`fit_choice`), and applied at run time with the same formula (`pipeline.model.choice_probabilities`)."""
from __future__ import annotations

import numpy as np

from pipeline.model import choice_probabilities
from scripts.train_answering import fit_choice


def synthetic(rng: np.random.Generator, cases: int = 300) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three candidates per case, one input: in answerable cases the right candidate's input is higher; in the
    others (one in three) every candidate's input is low and none is right."""
    rows, labels = [], []
    for n in range(cases):
        answerable = n % 3 != 0
        x = rng.normal(-1.0, 1.0, size=3)
        y = np.zeros(3)
        if answerable:
            right = rng.integers(3)
            x[right] += 3.0
            y[right] = 1.0
        rows.append(x[:, None])
        labels.append(y)
    return np.vstack(rows), np.concatenate(labels), np.arange(0, 3 * cases, 3)


def test_the_choice_learns_to_trust_the_higher_input_and_to_decline_when_all_are_low():
    rows, labels, starts = synthetic(np.random.default_rng(0))
    model = fit_choice(rows, labels, starts)
    assert model.weights[0] > 0
    clear = model.probabilities(np.array([[3.0], [-1.0], [-1.0]]))
    nothing = model.probabilities(np.array([[-1.0], [-1.0], [-1.0]]))
    assert clear[0] > 0.8 and nothing.max() < 0.2


def test_its_likelihood_gradient_is_right():
    """The fitted optimum is where the penalised likelihood is flat: a small step either way only raises the loss,
    checked against the same formula the action server applies."""
    rng = np.random.default_rng(1)
    rows, labels, starts = synthetic(rng, 60)
    model = fit_choice(rows, labels, starts)

    def nll(w: float, b: float) -> float:
        total = 0.0
        for s in starts:
            p = choice_probabilities(rows[s:s + 3, 0] * w + b)
            y = labels[s:s + 3]
            total -= np.log(p[y > 0].sum()) if y.any() else np.log(1.0 - p.sum())
        return total + 0.5 * w * w

    best = nll(model.weights[0], model.intercept)
    for dw, db in ((1e-3, 0), (-1e-3, 0), (0, 1e-3), (0, -1e-3)):
        assert nll(model.weights[0] + dw, model.intercept + db) >= best - 1e-6
