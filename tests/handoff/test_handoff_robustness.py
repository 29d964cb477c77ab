"""Odd input must never crash the action server."""
from __future__ import annotations

import pytest

from handoff.detector import Conversation, Detection, detect


@pytest.mark.parametrize("text", [
    "", "   ", "\n\t", "👍", "🙂🙂🙂", "😡😡😡", "?!?!", "\x00\x01\x02\xff\xfe", "\ufffd\ufffd\ufffd",
    "a" * 10_000, ("Hallo " * 2_000), "\u202e\u200b\u200d", "ß" * 500, "٩(◕‿◕｡)۶", "<script>alert(1)</script>",
])
def test_odd_input_returns_a_detection(detector, text):
    for lang in ("de", "en"):
        d = detector.detect(text, Conversation([text, ""]), lang)
        assert isinstance(d, Detection)
        assert d.handover == bool(d.reasons)
        assert "\n" not in d.explanation


def test_empty_and_whitespace_do_not_escalate(detector):
    assert not detector.detect("", Conversation([]), "de").handover
    assert not detector.detect("   ", Conversation([]), "en").handover


def test_long_message_is_fast_enough_and_still_detects(detector):
    import time
    text = ("Ich habe eine Frage zu meiner Bestellung. " * 250) + "Ich will sofort mit einem Menschen sprechen!"
    start = time.perf_counter()
    detector.detect(text, Conversation([]), "de")
    assert time.perf_counter() - start < 0.5
    # only the first settings.max_chars characters are analysed: a trigger at the start still counts
    assert detector.detect("Ich will mit einem Menschen sprechen. " + "bla " * 2500, Conversation([]), "de").handover


def test_none_and_non_string_input_are_tolerated(detector):
    assert not detector.detect(None, Conversation([None, 42]), "de").handover  # type: ignore[arg-type]


def test_unknown_language_falls_back_without_error(detector):
    assert detector.detect("Let me talk to a human", Conversation([]), "fr").handover
    assert detector.detect("Let me talk to a human", Conversation([]), "").handover


def test_missing_conversation_is_tolerated(detector):
    assert not detector.detect("Hallo", None, "de").handover  # type: ignore[arg-type]


def test_module_level_detect_works():
    d = detect("Ich möchte mit einem Mitarbeiter sprechen", Conversation(previous_user_messages=[]), "de")
    assert d.reasons == ["human_request"]
