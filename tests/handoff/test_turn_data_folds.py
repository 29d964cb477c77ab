"""The inner folds that pick each held-out company's thresholds in the turn model's training."""
from __future__ import annotations

import argparse

import pytest

from handoff.turn_data import inner_fold_count, inner_folds

COMPANIES = [f"company{i:02d}" for i in range(37)]


def test_grouped_inner_folds_score_every_training_company_exactly_once():
    folds = inner_folds(COMPANIES, 6)
    assert len(folds) == 6
    scored = [c for fold in folds for c in fold]
    assert sorted(scored) == sorted(COMPANIES)
    assert max(map(len, folds)) - min(map(len, folds)) <= 1


def test_the_folds_do_not_depend_on_the_order_the_companies_come_in():
    assert inner_folds(list(reversed(COMPANIES)), 6) == inner_folds(COMPANIES, 6)


def test_without_a_fold_count_or_with_few_companies_each_company_is_its_own_fold():
    assert inner_folds(["b", "a", "c"], None) == [["a"], ["b"], ["c"]]
    assert inner_folds(["b", "a", "c"], 6) == [["a"], ["b"], ["c"]]


@pytest.mark.parametrize("folds", [1, 0, -3])
def test_fewer_than_two_folds_is_refused(folds):
    with pytest.raises(ValueError):
        inner_folds(COMPANIES, folds)


def test_the_scripts_read_zero_as_one_fold_per_company_and_refuse_one():
    assert inner_fold_count("0") is None and inner_fold_count("6") == 6
    with pytest.raises(argparse.ArgumentTypeError):
        inner_fold_count("1")
