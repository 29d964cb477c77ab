"""The brand's examples file: staff add "handed over / not handed over" messages and the detector follows
them for close rephrasings (nearest example on the sentence embedding, similarity >= 0.75), without a code
change or a restart, and leaves unrelated messages alone. The messages were written for these tests."""
from __future__ import annotations

import logging

import pytest

from handoff import examples as examples_module
from handoff.detector import Conversation, Detector
from handoff.examples import BrandExamples, ExamplesError, parse

FOURTH_TIME = "Ich schreibe euch jetzt schon zum vierten Mal wegen derselben Sache"
JOY_TEARS = "Ich könnte heulen vor Freude, das Paket ist endlich da!"
UNRELATED = ["Was kostet der Versand nach Österreich?", "Wann öffnet die Filiale in Köln?",
             "Can I return a jacket I bought in the sale?"]


@pytest.fixture
def examples_file(tmp_path, monkeypatch):
    monkeypatch.setattr(examples_module, "RECHECK_S", 0.0)   # follow every edit at once in the tests
    path = tmp_path / "handoff_examples.yml"
    path.write_text("handover: []\n", encoding="utf-8")
    return path


@pytest.fixture
def brand_detector(detector, examples_file):
    return Detector(detector.rules, embed=detector._embed, examples=BrandExamples(examples_file, detector._embed),
                    second_opinion=None, turn_model=None)


def detect(d: Detector, text: str, lang: str = "de"):
    return d.detect(text, Conversation([]), lang)


def test_an_added_handover_example_hands_over_a_similar_message_and_leaves_unrelated_ones(brand_detector, examples_file):
    similar = "Das ist jetzt das vierte Mal, dass ich wegen derselben Sache schreibe"
    assert not detect(brand_detector, similar).handover

    examples_file.write_text(f"handover:\n  - text: {FOURTH_TIME!r}\n    reason: repeated_failure\n", encoding="utf-8")

    d = detect(brand_detector, similar)
    assert d.reasons == ["repeated_failure"]
    assert "brand_example" in d.signals and "vierten Mal" in d.explanation
    for text in UNRELATED:
        assert not detect(brand_detector, text, "en" if text.startswith("Can") else "de").handover


def test_an_added_no_handover_example_keeps_a_similar_false_alarm_with_the_bot(brand_detector, examples_file):
    similar = "Ich könnte vor Freude heulen, das Paket ist endlich angekommen!"
    assert detect(brand_detector, similar).reasons == ["emotional"]

    examples_file.write_text(f"no_handover:\n  - {JOY_TEARS!r}\n", encoding="utf-8")

    assert not detect(brand_detector, similar).handover
    assert detect(brand_detector, "Ihr seid doch alle Idioten, ich will mein Geld zurück!!!").reasons[0] == "emotional"


def test_a_no_handover_example_never_keeps_an_emergency_with_the_bot(brand_detector, examples_file):
    emergency = "Das Ladegerät raucht und riecht verbrannt, was soll ich tun?"
    examples_file.write_text(f"no_handover:\n  - {emergency!r}\n", encoding="utf-8")
    assert "safety" in detect(brand_detector, emergency).reasons


def test_the_similarity_threshold_in_the_file_decides_how_far_an_example_reaches(brand_detector, examples_file):
    similar = "Das ist jetzt das vierte Mal, dass ich wegen derselben Sache schreibe"
    examples_file.write_text(f"similarity: 0.95\nhandover:\n  - text: {FOURTH_TIME!r}\n    reason: repeated_failure\n",
                             encoding="utf-8")
    assert not detect(brand_detector, similar).handover
    assert detect(brand_detector, FOURTH_TIME).reasons == ["repeated_failure"]


def test_a_broken_file_is_reported_and_the_previous_examples_stay(brand_detector, examples_file, caplog):
    similar = "Das ist jetzt das vierte Mal, dass ich wegen derselben Sache schreibe"
    examples_file.write_text(f"handover:\n  - text: {FOURTH_TIME!r}\n    reason: repeated_failure\n", encoding="utf-8")
    assert detect(brand_detector, similar).handover

    examples_file.write_text("handover:\n  - text: 'Ich will zum Chef'\n    reason: angry\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="handoff.examples"):
        assert detect(brand_detector, similar).reasons == ["repeated_failure"]
    assert "reason must be one of" in caplog.text


@pytest.mark.parametrize("data, message", [
    (["just a list"], "expected a mapping"),
    ({"handover": [{"text": "x"}]}, "reason must be one of"),
    ({"no_handover": [""]}, "a message text"),
    ({"similarity": 1.5}, "similarity must be"),
    ({"handed_over": []}, "unknown keys"),
])
def test_mistakes_in_the_file_are_named(tmp_path, data, message):
    with pytest.raises(ExamplesError, match=message):
        parse(data, tmp_path / "x.yml")


def test_without_a_configured_file_there_are_no_brand_examples(detector, monkeypatch):
    from tandem.settings import get_settings

    monkeypatch.delenv("TANDEM_HANDOFF_EXAMPLES", raising=False)
    get_settings.cache_clear()
    try:
        assert BrandExamples.from_settings(detector._embed) is None
    finally:
        get_settings.cache_clear()
