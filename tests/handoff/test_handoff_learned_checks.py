"""The learned checks (rules.yml ``turn_model.checks``: safety, sarcasm, emotional, a request for a person and complex
as shipped): a reason told in words its phrase lists do not know hands over for that reason, safety with the
emergency reply.

The messages are small fixtures written for these tests (tests/handoff/data/{safety,sarcasm,complex}_check_fixture
.jsonl: fresh German and English messages, none an evaluation case). Measured with the shipped file (twenty
companies, 2026-12-06): the safety check (threshold 0.97) catches 8 of the 11 dangers the safety lists miss (one more
goes to a person as emotional) and none of the 12 safety questions, defect complaints and praise that stay; the
sarcasm check, strict by design (0.96), catches 3 of the 10 ironic complaints the lists miss and none of the 12
sincere messages; the complex check (0.96) catches 5 of the 8 cases staff must look into (the turn model 2 more, one
of them as emotional) and none of the 8 questions about complaints, refunds and changes that stay. The floors leave
room for retraining noise.
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
from handoff.detector import Conversation, Detector, is_filler
from handoff.rules import RulesError, compile_rules
from handoff.turn_data import pick_check_threshold, vetoed_rows

DATA = Path(__file__).with_name("data")


def fixture(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}_check_fixture.jsonl").open(encoding="utf-8") if line.strip()]


def alone(text: str, lang: str):
    return text, Conversation(previous_user_messages=[]), lang


def test_the_shipped_file_carries_its_checks_checked_against_their_training(with_model):
    model = with_model.turn_model
    report = json.loads(tm.DEFAULT_FILE.with_suffix(".json").read_text(encoding="utf-8"))["checks"]
    assert set(model.checks) == set(report) == {"safety", "sarcasm", "emotional", "human_request", "complex"}
    for reason, weights in model.checks.items():
        assert weights.threshold == pytest.approx(report[reason]["threshold"]) and 0.5 <= weights.threshold < 1.0
        assert with_model.check_thresholds[reason] == weights.threshold
        assert report[reason]["max_abs_difference"] < 1e-3


def test_danger_in_everyday_words_hands_over_for_safety_with_the_emergency_reply(detector, with_model):
    dangers = [m for m in fixture("safety") if m["label"] == "safety"]
    unknown_to_the_lists = [m for m in dangers if not detector.detect(*alone(m["text"], m["lang"])).handover]
    assert len(unknown_to_the_lists) >= 10   # the fixture is about what the phrase lists miss
    caught = []
    for m in unknown_to_the_lists:
        d = with_model.detect(*alone(m["text"], m["lang"]))
        if "safety" in d.reasons:
            assert d.reasons[0] == "safety" and "safety_check" in d.signals
            assert "learned safety check, p=" in d.explanation
            assert with_model.safety_reply(m["lang"], d)
            caught.append(m["id"])
    assert len(caught) >= 7, f"caught {caught}"
    for lang in ("de", "en"):
        assert sum(1 for m in unknown_to_the_lists if m["lang"] == lang and m["id"] in caught) >= 3


def test_safety_questions_defect_complaints_and_praise_stay_with_the_bot(with_model):
    stay = [m for m in fixture("safety") if m["label"] == "none"]
    flagged = [m["id"] for m in stay if "safety" in with_model.detect(*alone(m["text"], m["lang"])).reasons]
    assert len(flagged) <= 1, flagged


def test_irony_the_lists_miss_hands_over_for_sarcasm_and_sincere_praise_does_not(detector, with_model):
    messages = fixture("sarcasm")
    ironic = [m for m in messages if m["label"] == "sarcasm"
              and "sarcasm" not in detector.detect(*alone(m["text"], m["lang"])).reasons]
    assert len(ironic) >= 8
    by_check = []
    for m in ironic:
        d = with_model.detect(*alone(m["text"], m["lang"]))
        if "sarcasm_check" in d.signals:
            assert "sarcasm" in d.reasons and "learned sarcasm check, p=" in d.explanation
            assert with_model.safety_reply(m["lang"], d) is None
            by_check.append(m["id"])
    assert len(by_check) >= 2, by_check
    sincere = [m for m in messages if m["label"] == "none"]
    assert not [m["id"] for m in sincere if "sarcasm_check" in with_model.detect(*alone(m["text"], m["lang"])).signals]


def test_a_case_staff_must_look_into_hands_over_as_complex_and_questions_about_the_procedure_stay(with_model):
    messages = fixture("complex")
    cases = [(m, with_model.detect(*alone(m["text"], m["lang"]))) for m in messages if m["label"] == "complex"]
    by_check = [m["id"] for m, d in cases if "complex_check" in d.signals]
    for m, d in cases:
        if m["id"] in by_check:
            assert "complex" in d.reasons and "learned complex check, p=" in d.explanation
    assert len(by_check) >= 3, by_check
    assert sum(d.handover for _, d in cases) >= 6
    questions = [m for m in messages if m["label"] == "none"]
    assert not [m["id"] for m in questions if with_model.detect(*alone(m["text"], m["lang"])).handover]


def test_the_phrase_lists_still_decide_first(with_model):
    d = with_model.detect(*alone("Aus der Steckdose kommt Rauch und es riecht verbrannt!", "de"))
    assert "safety" in d.reasons and "safety_check" not in d.signals


def test_rules_yml_switches_each_check_and_can_move_its_threshold(detector, with_model):
    danger = next(m for m in fixture("safety") if m["id"] == "sc07")
    rules = detector.rules
    assert "safety_check" in with_model.detect(*alone(danger["text"], danger["lang"])).signals   # what the switches stop

    def with_settings(**changes) -> Detector:
        return Detector(replace(rules, turn_model=replace(rules.turn_model, **changes)), embed=detector._embed,
                        examples=None, second_opinion=None, turn_model=tm.DEFAULT_FILE)

    only_sarcasm = with_settings(checks=("sarcasm",))   # the other checks switched off
    assert set(only_sarcasm.check_thresholds) == {"sarcasm"}
    assert "safety_check" not in only_sarcasm.detect(*alone(danger["text"], danger["lang"])).signals
    strict = with_settings(check_thresholds={"safety": 1.0})
    assert strict.check_thresholds["safety"] == 1.0
    assert "safety_check" not in strict.detect(*alone(danger["text"], danger["lang"])).signals
    assert with_settings(checks=("legal",)).check_thresholds == {}   # not in the file: nothing to switch on


@pytest.mark.parametrize("key, value, message", [
    ("check_vetoes", {"human_request": ["identity_questoin"]}, "unknown group 'identity_questoin'"),
    ("check_vetoes", {"persona": ["identity_question"]}, "unknown reason 'persona'"),
    ("check_thresholds", {"safety": 1.5}, "check_thresholds.safety"),
    ("check_thresholds", {"safety": "high"}, "check_thresholds.safety"),
    ("checks", ["safty"], "unknown reason 'safty'"),
    ("checks", "safety", "turn_model.checks"),
    ("check_thresholds", {"safety": 0.2}, "at least 0.5"),
    ("check_thresholds", {"persona": 0.9}, r"turn_model.check_thresholds: unknown reason 'persona'"),
    ("check_vetoes", {"human_request": [["identity_question"]]}, "check_vetoes.human_request"),
])
def test_rules_yml_refuses_a_bad_check_setting(rules, key, value, message):
    spec = yaml.safe_load(rules.path.read_text(encoding="utf-8"))
    spec["turn_model"][key] = value
    with pytest.raises(RulesError, match=message):
        compile_rules(spec, rules.path)


def test_a_model_file_without_checks_still_loads(detector, tmp_path):
    with np.load(tm.DEFAULT_FILE, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files if not k.startswith("check_")}
    meta = json.loads(str(arrays["meta"]))
    meta.pop("checks")
    arrays["meta"] = np.array(json.dumps(meta))
    older = tmp_path / "turns.npz"
    np.savez_compressed(older, **arrays)
    d = Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None, turn_model=older)
    assert d.turn_model is not None and d.turn_model.checks == {} and d.check_thresholds == {}
    assert d.check_scores("the van is rolling towards the school gate with nobody in it") == {}


def test_a_check_that_does_not_fit_the_features_is_refused(tmp_path):
    with np.load(tm.DEFAULT_FILE, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["check_safety_coef"] = np.zeros(3)
    broken = tmp_path / "turns.npz"
    np.savez_compressed(broken, **arrays)
    with pytest.raises(ValueError, match="safety check does not fit"):
        tm.RuntimeTurnModel(broken)


def test_a_failure_in_the_checks_switches_them_off_and_the_rules_decide(detector, caplog):
    broken = Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=None,
                      turn_model=tm.RuntimeTurnModel(tm.DEFAULT_FILE))
    broken.turn_model.checks["safety"].coef = np.zeros(3)   # no longer fits the features: the dot product raises
    with caplog.at_level(logging.ERROR, logger="handoff.detector"):
        d = broken.detect(*alone("Your delivery van is rolling towards the school gate with nobody in it", "en"))
    assert broken.check_thresholds == {} and "safety_check" not in d.signals
    assert "learned checks failed" in caplog.text
    assert "safety" in broken.detect(*alone("there is smoke coming out of the charger", "en")).reasons


@pytest.mark.parametrize("text", ["lorem ipsum dolor sit amet " * 80, "bla " * 500, "1234567890 " * 100])
def test_a_wall_of_filler_is_left_to_the_rules(with_model, text):
    """A pasted wall of a few words is nothing the learned parts were trained on (lorem ipsum scored 0.96 on the
    safety check before they abstained on it): no hand-over, and no emergency reply."""
    d = with_model.detect(*alone(text, "de"))
    assert not d.handover and with_model.safety_reply("de", d) is None


def test_filler_with_an_insult_aimed_at_the_company_still_hands_over(with_model):
    d = with_model.detect(*alone("IHR IDIOTEN " * 15, "de"))
    assert d.reasons == ["emotional"] and "turn_model" not in d.signals


@pytest.mark.parametrize("text, lang", [("Schreibe ich hier gerade mit einem echten Menschen?", "de"),
                                        ("wait, am I chatting with a real person right now?", "en"),
                                        ("Wie erreiche ich euren Kundenservice am Wochenende?", "de")])
def test_asking_whether_a_person_writes_or_how_to_reach_one_is_no_request_for_one(with_model, text, lang):
    """The request-for-a-person check learned "a person" from the requests; rules.yml's check_vetoes stop it where
    the phrase lists see a question about who writes or about the contact details, as they stop the reason's own
    soft triggers."""
    vetoes = set(with_model.rules.turn_model.check_vetoes["human_request"])
    assert vetoes & set(with_model.analyse(text, lang).hits)   # the phrase lists see the question
    d = with_model.detect(*alone(text, lang))
    assert "human_request" not in d.reasons


def test_without_the_veto_the_check_would_take_a_question_about_the_bot_for_a_request(detector, with_model):
    text = "Schreibe ich hier gerade mit einem echten Menschen?"
    assert with_model.check_scores(text)["human_request"] >= with_model.check_thresholds["human_request"]
    rules = detector.rules
    unvetoed = Detector(replace(rules, turn_model=replace(rules.turn_model, check_vetoes={})), embed=detector._embed,
                        examples=None, second_opinion=None, turn_model=tm.DEFAULT_FILE)
    assert "human_request_check" in unvetoed.detect(*alone(text, "de")).signals


def test_an_indirect_request_for_a_person_still_hands_over(with_model):
    d = with_model.detect(*alone("I have called four times this week and nobody ever picks up. Can someone "
                                     "responsible finally get back to me?", "en"))
    assert d.handover


class RecordingOpinion:
    """Stands in for the LLM second opinion (its client is tested against a local server elsewhere): records
    whether the detector asked, and calls every message borderline."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def turn_borderline(self, p: float, threshold: float) -> bool:
        return True

    def borderline(self, probs: dict) -> list[str]:
        return ["sarcasm"]

    def ask(self, text: str, previous: list[str], lang: str) -> str:
        self.asked.append(text)
        return "sarcasm"


def test_filler_is_not_sent_to_the_llm_for_a_second_opinion(detector):
    opinion = RecordingOpinion()
    d = Detector(detector.rules, embed=detector._embed, examples=None, second_opinion=opinion,
                 turn_model=tm.DEFAULT_FILE)
    assert not d.detect(*alone("lorem ipsum dolor sit amet " * 80, "en")).handover and opinion.asked == []
    d.detect(*alone("The parcel arrived on time and everything was fine, thanks a lot for the quick help", "en"))
    assert opinion.asked   # a real message still is


@pytest.mark.parametrize("text, filler", [
    ("bla " * 19, False),                                          # too short to call filler
    ("bla " * 20, True),
    ("one two three four five six seven " * 3, True),              # 7 distinct of 21 words: 33 %
    ("one two three four five six seven eight nine ten " * 2, False),   # 10 distinct of 20 words: 50 %
    ("I ordered the blue one and the red one but you sent the green one and then the yellow one too, why", False),
])
def test_filler_is_a_long_message_of_few_distinct_words(text, filler):
    assert is_filler(text) is filler


def test_a_checks_threshold_is_the_lowest_that_adds_no_false_hand_over():
    # two cases that stay (one of them a turn scoring 0.8) and one hand-over: from 0.81 up the check adds nothing
    rows = [{"case": "stay-1", "company": "c", "turn": 0, "by": 0, "expect": "answer", "reason": None, "rules": []},
            {"case": "stay-2", "company": "c", "turn": 0, "by": 0, "expect": "answer", "reason": None, "rules": []},
            {"case": "hand", "company": "c", "turn": 0, "by": 0, "expect": "handoff", "reason": "safety", "rules": []}]
    assert pick_check_threshold(rows, np.array([0.8, 0.1, 0.95]), max_added=0.0) == 0.81
    assert pick_check_threshold(rows, np.array([0.2, 0.1, 0.95]), max_added=0.0) == 0.5   # the floor
    assert pick_check_threshold(rows, np.array([0.995, 0.1, 0.95]), max_added=0.0) == 1.01   # never


def test_a_veto_marks_the_rows_whose_phrase_groups_hold_it():
    rows = [{"groups": ["identity_question"]}, {"groups": ["complaint"]}, {}]
    assert vetoed_rows(rows, ["identity_question", "contact_question"]).tolist() == [True, False, False]
    assert vetoed_rows(rows, []).tolist() == [False, False, False]
