"""The answer model's validation never lets a company's figures come from a model that saw its cases: the question
model is nested inside the leave-one-company-out folds (scripts/train_answering.py)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.features import FEATURES, MODEL_FEATURES
from scripts import train_answering
from scripts.train_answering import Case, nested_folds

COMPANIES = ("alpha", "beta", "gamma", "delta")


def cases() -> list[Case]:
    rng = np.random.default_rng(0)
    out = []
    for company in COMPANIES:
        for n in range(6):
            expect = "answer" if n % 3 else "decline"
            rows = rng.random((2, len(FEATURES)))
            out.append(Case(company, f"{company}-{n}", "de", expect, rows, np.array([1.0, 0.0]) * (expect == "answer"),
                            rng.normal(size=512)))
    return out


@pytest.fixture
def trained_on(monkeypatch) -> list[set[str]]:
    """The companies each question model was trained on, in the order the models were fitted."""
    seen: list[set[str]] = []
    fit = train_answering.fit_question

    def recording(train: list[Case]):
        seen.append({c.company for c in train})
        return fit(train)
    monkeypatch.setattr(train_answering, "fit_question", recording)
    return seen


def test_no_question_model_behind_a_fold_saw_the_company_it_holds_out(trained_on):
    folds = nested_folds(cases())
    assert set(folds) == set(COMPANIES)
    own = trained_on[:len(COMPANIES)]                   # each company scored by a model trained without it
    assert all(company not in companies for company, companies in zip(sorted(COMPANIES), own))
    nested = trained_on[len(COMPANIES):]                # per held-out company, one model per other company
    assert len(nested) == len(COMPANIES) * (len(COMPANIES) - 1)
    for i, held_out in enumerate(sorted(COMPANIES)):
        for companies in nested[i * 3:(i + 1) * 3]:
            assert held_out not in companies and len(companies) == len(COMPANIES) - 2


def test_every_row_of_a_fold_carries_the_question_input_last():
    for train, held_out in nested_folds(cases()).values():
        for case in train + held_out:
            assert case.rows.shape[1] == len(MODEL_FEATURES)
            assert (case.rows[:, -1] == case.rows[0, -1]).all() and 0 < case.rows[0, -1] < 1
