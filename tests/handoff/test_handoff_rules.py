"""rules.yml loading: a broken file must fail loudly with the place of the mistake."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from handoff.detector import Conversation, Detector, get_detector
from handoff.rules import DEFAULT_PATH, REASONS, RulesError, load_rules, read_rules

MINIMAL = {
    "priorities": {r: 10 + i for i, r in enumerate(reversed(REASONS))},
    "settings": {"embedding_enabled": False},
    "groups": {"person": {"en": ["talk to a human"], "de": ["mit einem menschen"]}},
    "reasons": {r: {} for r in REASONS} | {"human_request": {"triggers": ["person"]}},
    "safety_reply": {"de": {"default": "112"}, "en": {"default": "112"}},
}


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "rules.yml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def broken(**changes):
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    for dotted, value in changes.items():
        node = data
        keys = dotted.split("__")
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return data


def test_shipped_rules_file_loads(rules):
    assert set(rules.reasons) == set(REASONS)
    assert rules.priority("safety") == max(r.priority for r in rules.reasons.values())


def test_minimal_rules_file_works(tmp_path):
    det = Detector(read_rules(write(tmp_path, MINIMAL)), embed=None)
    assert det.detect("I want to talk to a human", Conversation([]), "en").reasons == ["human_request"]


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, "priorities:\n  safety: 1\n groups: [\n")
    with pytest.raises(RulesError, match=r"not valid YAML at line \d+"):
        read_rules(path)


def test_missing_file_gives_clear_error(tmp_path):
    with pytest.raises(RulesError, match="cannot read rules file"):
        read_rules(tmp_path / "nope.yml")


def test_unknown_group_in_trigger_names_the_key(tmp_path):
    data = broken(reasons__human_request={"triggers": ["persn"]})
    with pytest.raises(RulesError, match=r"reasons\.human_request\.triggers\[0\].*unknown group or signal 'persn'"):
        read_rules(write(tmp_path, data))


def test_missing_reason_is_reported(tmp_path):
    data = broken()
    del data["reasons"]["legal"]
    with pytest.raises(RulesError, match=r"reasons: must list exactly .*missing \['legal'\]"):
        read_rules(write(tmp_path, data))


def test_non_integer_priority_is_reported(tmp_path):
    with pytest.raises(RulesError, match=r"priorities\.safety: expected int"):
        read_rules(write(tmp_path, broken(priorities__safety="high")))


def test_zero_priority_is_rejected(tmp_path):
    with pytest.raises(RulesError, match=r"priorities\.legal: must be > 0"):
        read_rules(write(tmp_path, broken(priorities__legal=0)))


def test_bad_regex_phrase_is_reported(tmp_path):
    with pytest.raises(RulesError, match=r"groups\.person\.en\[0\]: bad phrase"):
        read_rules(write(tmp_path, broken(groups__person={"en": ["re:(unclosed"]})))


def test_a_phrase_that_folds_to_a_single_letter_is_refused(tmp_path):
    """Repeated letters are squeezed ("soooo" → "so"), so "bbb" would match every "B" in a message."""
    with pytest.raises(RulesError, match=r"groups\.person\.en\[0\]: phrase 'bbb' folds to a single letter"):
        read_rules(write(tmp_path, broken(groups__person={"en": ["bbb"]})))


def test_unknown_setting_is_reported(tmp_path):
    with pytest.raises(RulesError, match=r"settings: unknown setting 'caps_ration'"):
        read_rules(write(tmp_path, broken(settings={"caps_ration": 0.5})))


def test_score_without_threshold_is_reported(tmp_path):
    with pytest.raises(RulesError, match=r"reasons\.emotional: 'score' needs a 'threshold'"):
        read_rules(write(tmp_path, broken(reasons__emotional={"score": {"person": 1}})))


def test_top_level_list_is_reported(tmp_path):
    with pytest.raises(RulesError, match="top level: expected dict"):
        read_rules(write(tmp_path, "- just\n- a list\n"))


def test_missing_safety_reply_language_is_reported(tmp_path):
    data = broken()
    del data["safety_reply"]["en"]
    with pytest.raises(RulesError, match=r"safety_reply\.en: expected dict"):
        read_rules(write(tmp_path, data))


def test_load_rules_is_cached_per_path(tmp_path):
    path = write(tmp_path, MINIMAL)
    assert load_rules(path) is load_rules(path)
    assert load_rules() is load_rules(DEFAULT_PATH)
    assert load_rules(path) is not load_rules()


def test_get_detector_accepts_an_overriding_path(tmp_path):
    det = get_detector(write(tmp_path, MINIMAL))
    assert det.detect("Ich will mit einem Menschen reden", Conversation([]), "de").reasons == ["human_request"]


def test_similarity_trigger_fires_on_a_paraphrase_of_an_example(tmp_path):
    data = broken(settings={"embedding_enabled": True},
                  reasons__human_request={
                      "examples": {"en": ["I want to talk to a human being"], "de": ["Ich möchte mit einem Menschen sprechen"]},
                      "embedding": {"score_at": 0.6},
                      "triggers": ["embedding"]})
    det = Detector(read_rules(write(tmp_path, data)))
    assert "human_request" in det.detect("I would like to speak to a real person", Conversation([]), "en").reasons
    assert "human_request" in det.detect("Ich will mit einem echten Menschen reden", Conversation([]), "de").reasons
    assert not det.detect("How much does shipping to Spain cost?", Conversation([]), "en").handover


def test_dollar_in_a_phrase_matches_only_at_the_end_of_a_clause(tmp_path):
    data = broken(groups={"person": {"en": ["talk to a human"], "de": ["ich will nicht mehr $"]}})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert det.detect("Ich will nicht mehr.", Conversation([]), "de").reasons == ["human_request"]
    assert det.detect("ich will nicht mehr, ehrlich", Conversation([]), "de").reasons == ["human_request"]
    assert not det.detect("Ich will nicht mehr den Newsletter", Conversation([]), "de").handover


def test_gaps_do_not_cross_a_clause_boundary_in_a_phrase_with_dollar(tmp_path):
    data = broken(groups={"person": {"en": ["$ talk ... human"], "de": ["mit einem menschen"]}})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert det.detect("talk to a human", Conversation([]), "en").handover
    assert not det.detect("talk to me. human?", Conversation([]), "en").handover


def test_followup_signal_needs_an_earlier_message(tmp_path):
    data = broken(reasons__human_request={"triggers": [["person", "followup"]]})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert not det.detect("I want to talk to a human", Conversation([]), "en").handover
    assert det.detect("I want to talk to a human", Conversation(["hi"]), "en").reasons == ["human_request"]


def test_long_signal_counts_words(tmp_path):
    data = broken(settings={"embedding_enabled": False, "long_message_words": 5},
                  reasons__complex={"triggers": ["long"]})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert not det.detect("one two three four", Conversation([]), "en").handover
    assert det.detect("one two three four five", Conversation([]), "en").reasons == ["complex"]


def test_repeated_failure_also_fires_on_its_yaml_triggers(tmp_path):
    data = broken(groups={"person": {"en": ["talk to a human"], "de": ["x"]},
                          "not_answered": {"en": ["not what i asked"], "de": ["nicht meine frage"]}},
                  reasons__repeated_failure={"triggers": [["not_answered", "followup"]]})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert det.detect("That's not what I asked", Conversation(["Do you ship to Norway?"]), "en").reasons == ["repeated_failure"]


def test_multi_word_alternatives_are_reported(tmp_path):
    data = broken(groups={"person": {"en": ["if i was not here|not around"], "de": ["mit einem menschen"]}})
    with pytest.raises(RulesError, match=r"groups\.person\.en\[0\]: bad phrase .*'\|' separates single words"):
        read_rules(write(tmp_path, data))


def test_an_entry_of_only_a_symbol_is_looked_up_in_the_raw_text_even_a_dollar_sign(tmp_path):
    data = broken(groups={"person": {"any": ["$", "👏"], "en": ["talk to a human"], "de": ["x"]}})
    det = Detector(read_rules(write(tmp_path, data)), embed=None)
    assert det.detect("I paid $40.", Conversation([]), "en").handover
    assert det.detect("Great 👏", Conversation([]), "en").handover
    assert not det.detect("I paid. Thanks.", Conversation([]), "en").handover
