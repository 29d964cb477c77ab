"""The immediate safety message shown before the hand-over."""
from __future__ import annotations

from handoff.detector import Detection, safety_reply


def test_safety_reply_de_hazard_names_112(detector, check):
    reply = detector.safety_reply("de", check("Die Steckdose sprüht Funken!", "de"))
    assert reply is not None and "112" in reply
    assert "0800 111 0 111" not in reply


def test_safety_reply_de_self_harm_names_telefonseelsorge(detector, check):
    reply = detector.safety_reply("de", check("Ich will nicht mehr leben.", "de"))
    assert "0800 111 0 111" in reply and "112" in reply


def test_safety_reply_en_names_emergency_number_and_crisis_line(detector, check):
    assert "112" in detector.safety_reply("en", check("The battery is smoking and hissing", "en"))
    reply = detector.safety_reply("en", check("I want to kill myself", "en"))
    assert "crisis line" in reply and "112" in reply


def test_no_safety_reply_without_safety(detector, check):
    assert detector.safety_reply("en", check("Let me talk to a human", "en")) is None
    assert detector.safety_reply("de", Detection(reasons=[], priority=0, explanation="")) is None


def test_module_level_safety_reply_uses_default_rules():
    d = Detection(reasons=["safety"], priority=100, explanation="safety: hazard ('fire')", signals=("hazard",))
    assert "112" in safety_reply("de", d)
