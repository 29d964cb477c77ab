"""The learned safety check (rules.yml ``turn_model.safety_check``, on as it ships): danger told in everyday words,
which the safety phrase lists do not know, hands over for safety with the emergency reply.

The messages are a small fixture written for these tests (tests/handoff/data/safety_check_fixture.jsonl: fresh
German and English dangers without hazard words, and safety-themed questions, defect complaints and praise that
stay with the bot; no evaluation case). Measured with the shipped file: the check catches 10 of the 11 dangers
the phrase lists miss and hands over none of the 12 that stay; the floors below leave room for retraining noise.
"""
from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml

from handoff import turn_model as tm
from handoff.detector import Conversation, Detector
from handoff.rules import RulesError, compile_rules

FIXTURE = Path(__file__).with_name("data") / "safety_check_fixture.jsonl"


@pytest.fixture(scope="module")
def messages() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="module")
def shipped_check(detector) -> Detector:
    """The shipped turn model file with its safety check, no brand examples and no LLM."""
    return Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None,
                    turn_model=tm.DEFAULT_FILE)


def alone(text: str, lang: str):
    return text, Conversation(previous_user_messages=[]), lang


def test_the_shipped_file_carries_a_safety_check_checked_against_its_training(shipped_check):
    model = shipped_check.turn_model
    report = json.loads(tm.DEFAULT_FILE.with_suffix(".json").read_text(encoding="utf-8"))["safety_check"]
    assert model.safety_threshold == pytest.approx(report["threshold"]) and 0.5 <= model.safety_threshold < 1.0
    assert shipped_check.safety_threshold == model.safety_threshold
    assert report["max_abs_difference"] < 1e-3


def test_danger_in_everyday_words_hands_over_for_safety_with_the_emergency_reply(detector, shipped_check, messages):
    dangers = [m for m in messages if m["label"] == "safety"]
    unknown_to_the_lists = [m for m in dangers if not detector.detect(*alone(m["text"], m["lang"])).handover]
    assert len(unknown_to_the_lists) >= 10   # the fixture is about what the phrase lists miss
    caught = []
    for m in unknown_to_the_lists:
        d = shipped_check.detect(*alone(m["text"], m["lang"]))
        if "safety" in d.reasons:
            assert d.reasons[0] == "safety" and "safety_check" in d.signals
            assert "learned safety check, p=" in d.explanation
            assert shipped_check.safety_reply(m["lang"], d)
            caught.append(m["id"])
    assert len(caught) >= 8, f"caught {caught}"
    for lang in ("de", "en"):
        assert sum(1 for m in unknown_to_the_lists if m["lang"] == lang and m["id"] in caught) >= 4


def test_safety_questions_defect_complaints_and_praise_stay_with_the_bot(shipped_check, messages):
    stay = [m for m in messages if m["label"] == "none"]
    flagged = [m["id"] for m in stay if "safety" in shipped_check.detect(*alone(m["text"], m["lang"])).reasons]
    assert len(flagged) <= 1, flagged


def test_the_safety_phrase_lists_still_decide_first(shipped_check):
    d = shipped_check.detect(*alone("Aus der Steckdose kommt Rauch und es riecht verbrannt!", "de"))
    assert "safety" in d.reasons and "safety_check" not in d.signals


def test_rules_yml_can_switch_the_check_off_or_move_its_threshold(detector, messages):
    danger = next(m for m in messages if m["id"] == "sc07")
    rules = detector.rules
    off = Detector(replace(rules, turn_model=replace(rules.turn_model, safety_check=False)), embed=detector._embed,
                   examples=None, second_opinion=None, turn_model=tm.DEFAULT_FILE)
    assert off.safety_threshold is None
    assert "safety_check" not in off.detect(*alone(danger["text"], danger["lang"])).signals
    strict = Detector(replace(rules, turn_model=replace(rules.turn_model, safety_threshold=1.0)),
                      embed=detector._embed, examples=None, second_opinion=None, turn_model=tm.DEFAULT_FILE)
    assert strict.safety_threshold == 1.0
    assert "safety_check" not in strict.detect(*alone(danger["text"], danger["lang"])).signals


@pytest.mark.parametrize("value", [1.5, "high"])
def test_rules_yml_refuses_a_safety_threshold_that_is_no_probability(rules, value):
    spec = yaml.safe_load(rules.path.read_text(encoding="utf-8"))
    spec["turn_model"]["safety_threshold"] = value
    with pytest.raises(RulesError, match="safety_threshold"):
        compile_rules(spec, rules.path)


def test_a_model_file_without_a_safety_check_still_loads(detector, tmp_path):
    with np.load(tm.DEFAULT_FILE, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files if not k.startswith("safety_")}
    meta = json.loads(str(arrays["meta"]))
    meta.pop("safety_threshold")
    arrays["meta"] = np.array(json.dumps(meta))
    older = tmp_path / "turns.npz"
    np.savez_compressed(older, **arrays)
    d = Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None, turn_model=older)
    assert d.turn_model is not None and d.turn_model.safety_threshold is None and d.safety_threshold is None
    assert d.safety_score("the van is rolling towards the school gate with nobody in it") is None


def test_a_failure_in_the_safety_check_switches_it_off_and_the_rules_decide(detector, caplog):
    broken = Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None,
                      turn_model=tm.RuntimeTurnModel(tm.DEFAULT_FILE))
    broken.turn_model.safety_coef = np.zeros(3)   # no longer fits the features: the dot product raises
    with caplog.at_level(logging.ERROR, logger="handoff.detector"):
        d = broken.detect(*alone("Your delivery van is rolling towards the school gate with nobody in it", "en"))
    assert broken.safety_threshold is None and "safety_check" not in d.signals
    assert "safety check failed" in caplog.text
    assert "safety" in broken.detect(*alone("there is smoke coming out of the charger", "en")).reasons
