"""The complaint model (``handoff/model/complaint.npz``): learned from tweets to companies' customer-service
accounts (handoff/data/SOURCES.md), an input of the ``stack_complaint`` turn model (tried, not shipped: README,
"Complaints told to companies"). The messages below are written for these tests; none is from the corpus or an
evaluation set."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from handoff import turn_model as tm
from handoff.data import build
from handoff.model import COMPLAINT_PATH, LearnedModel

COMPLAINTS = [
    "My order arrived broken and nobody answers my emails.",
    "Three weeks and still no refund, this is ridiculous.",
    "You charged my card twice and the app keeps logging me out.",
]
NOT_COMPLAINTS = [
    "Thanks a lot, the bike arrived today and it looks great!",
    "Do you ship to Austria?",
    "What time do you open on Saturdays?",
]
# The corpus is English; German is read through the multilingual embedding alone, and less surely (a complaint
# about waiting for a refund read 0.17 when the model was trained, next to 0.15 for a question about PayPal).
GERMAN_COMPLAINT = "Ihr habt zweimal abgebucht und niemand meldet sich bei mir."
GERMAN_NOT_COMPLAINTS = ["Vielen Dank für die schnelle Hilfe!", "Kann ich auch mit PayPal bezahlen?"]


@pytest.fixture(scope="module")
def complaint(detector):
    model = LearnedModel(COMPLAINT_PATH)

    def probability(text: str) -> float:
        return model.probabilities(text, detector._vector(text))["complaint"]
    return probability


def test_a_complaint_reads_above_praise_and_routine_questions(complaint):
    high = [complaint(t) for t in COMPLAINTS]
    low = [complaint(t) for t in NOT_COMPLAINTS]
    assert min(high) > 0.5 > max(low), (high, low)


def test_a_german_complaint_reads_above_german_thanks_and_questions(complaint):
    assert complaint(GERMAN_COMPLAINT) > max(complaint(t) for t in GERMAN_NOT_COMPLAINTS)


@pytest.fixture(scope="module")
def complaint_turn_model(detector, tmp_path_factory) -> Path:
    """A turn model of the ``stack_complaint`` variant fitted on the messages above as two pseudo-companies."""
    rows = [{"company": f"c{i % 2}", "case": f"m{i}", "turn": 0, "text": text, "lang": "en", "previous": [],
             "label": label, "rules": []}
            for i, (text, label) in enumerate([(t, "complex") for t in [*COMPLAINTS, GERMAN_COMPLAINT]]
                                              + [(t, "none") for t in [*NOT_COMPLAINTS, *GERMAN_NOT_COMPLAINTS]])]
    base = tm.TurnFeatures(detector._embed).base(rows)
    comp = np.array([r["company"] for r in rows])
    y = np.array([r["label"] != "none" for r in rows])
    model = tm.fit(base, rows, comp, y, np.ones(len(rows), bool), ["c0", "c1"], "stack_complaint")
    path = tmp_path_factory.mktemp("complaint") / "turns.npz"
    tm.export(model, base, rows, 0.5, path, {})
    return path


def test_a_turn_model_names_the_complaint_model_it_was_trained_with(complaint_turn_model):
    model = tm.RuntimeTurnModel(complaint_turn_model)
    assert "complaint" in model.parts and model.complaint is not None
    assert model.meta["complaint_model_sha256"] == tm.file_sha256(COMPLAINT_PATH)


def test_a_turn_model_trained_with_another_complaint_model_is_refused(complaint_turn_model, tmp_path):
    with np.load(complaint_turn_model, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    meta = json.loads(str(arrays["meta"]))
    arrays["meta"] = np.array(json.dumps({**meta, "complaint_model_sha256": "0" * 64}))
    stale = tmp_path / "turns.npz"
    np.savez_compressed(stale, **arrays)
    with pytest.raises(ValueError, match="another complaint.npz"):
        tm.RuntimeTurnModel(stale)


def test_the_corpus_loses_every_tweet_close_to_a_held_out_message(monkeypatch, tmp_path):
    corpus = ("1,@ShopHelp my parcel is three days late and the tracking page shows nothing at all,1,retail\n"
              "2,@ShopHelp do you have the blue jacket in size M,0,apparel\n"
              "3,@ShopHelp do you have the blue jacket in size M,0,apparel\n")
    monkeypatch.setattr(build, "show", lambda mirror, repo, path: corpus)
    rows = build.complaints(tmp_path, held_out=["parcel is three days late and the tracking page shows nothing"])
    assert rows == [{"text": "do you have the blue jacket in size M", "lang": "en", "reason": "none",
                     "source": "complaints-apparel"}]
