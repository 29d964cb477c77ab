"""The leave-one-company-out model (handoff/turn_model.py): its nearest-neighbour features must mean on a
training company what they mean on a new one, and a model learned from some companies must rank another
company's hand-overs above its routine messages.

The messages are the small labelled fixture written for the learned detector's tests (no evaluation case).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from handoff import turn_model as tm
from handoff.rules import REASONS

FIXTURE = Path(__file__).with_name("data") / "model_fixture.jsonl"


def row(company: str, label: str, text: str = "x", lang: str = "en") -> dict:
    return {"company": company, "case": f"{company}-{text}", "turn": 0, "text": text, "lang": lang, "previous": [],
            "label": label, "rules": []}


def test_a_training_turn_never_finds_its_own_company_as_neighbour():
    emb = np.eye(4, dtype=np.float32)
    emb[1] = emb[0]                      # company A's two turns are identical
    rows = [row("A", "sarcasm"), row("A", "none"), row("B", "sarcasm"), row("B", "none")]
    comp = np.array([r["company"] for r in rows])
    feats = tm.knn_features(emb, rows, np.arange(4), np.array([1]), comp)
    sarcasm = (*REASONS, "none").index("sarcasm")
    # the identical sarcastic turn of its own company is not seen: its best sarcasm neighbour is B's (cosine 0)
    assert feats[0, sarcasm] == pytest.approx(0.0)


def test_public_corpus_rows_are_never_neighbours():
    emb = np.eye(3, dtype=np.float32)
    emb[2] = emb[0]
    rows = [row("A", "none"), row("B", "emotional"), row(tm.PUBLIC, "emotional")]
    comp = np.array([r["company"] for r in rows])
    feats = tm.knn_features(emb, rows, np.arange(3), np.array([0]), comp)
    assert feats[0, (*REASONS, "none").index("emotional")] == pytest.approx(0.0)


@pytest.fixture(scope="module")
def fixture_rows():
    rows = [json.loads(line) for line in FIXTURE.open(encoding="utf-8") if line.strip()]
    # three pseudo-companies, each with hand-overs and routine messages in both languages
    return [row(f"c{i % 3}", r["reason"], r["text"], r["lang"]) for i, r in enumerate(rows)]


def test_a_model_from_two_companies_ranks_the_third_companys_hand_overs_first(detector, fixture_rows):
    base = tm.TurnFeatures(detector._embed).base(fixture_rows)
    comp = np.array([r["company"] for r in fixture_rows])
    y = np.array([r["label"] != "none" for r in fixture_rows])
    model = tm.fit(base, fixture_rows, comp, y, np.ones(len(y), bool), ["c0", "c1"], "compact")
    held = np.where(comp == "c2")[0]
    p, reasons = model.predict(base, fixture_rows, held)
    assert ((p >= 0) & (p <= 1)).all()
    pos, neg = p[y[held]], p[~y[held]]
    wins = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg))
    assert wins >= 0.8, (pos, neg)
    assert all(r[0] in ("sarcasm", "emotional") for r in reasons)


def test_the_knn_columns_take_the_nearest_training_turn_of_each_label_and_minus_one_for_a_label_without_turns():
    labels = np.array(["sarcasm", "none", "sarcasm", "legal"], dtype=object)
    sims = np.array([[0.2, 0.9, 0.7, 0.1]])
    columns = dict(zip(tm.KNN_LABELS, tm.knn_columns(sims, tm.label_masks(labels))[0]))
    assert columns["sarcasm"] == 0.7 and columns["none"] == 0.9 and columns["legal"] == 0.1
    assert all(columns[label] == -1.0 for label in tm.KNN_LABELS if label not in {"sarcasm", "none", "legal"})
