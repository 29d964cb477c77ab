"""A price question about what something costs after an introductory, trial or promotion period,
or whether a special price exists, is a routine question for the price list. Only a missed
deadline of a customer right (return, withdrawal) or a request for goodwill is an exception request."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("what does the premium membership cost after the trial period", "en"),
    ("price of the 250 mbit plan after the promo period?", "en"),
    ("how much is the streaming bundle outside the promotion period", "en"),
    ("Is there a special price for pensioners?", "en"),
    ("Was kostet der Tarif nach Ablauf der Mindestlaufzeit?", "de"),
    ("Was zahle ich nach Ablauf des Aktionszeitraums pro Monat?", "de"),
    ("Gibt es einen Sonderpreis für Auszubildende?", "de"),
])
def test_price_after_an_intro_period_or_special_price_question_does_not_hand_over(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("It's a week past the 14 day return window, could you still take the shoes back?", "en"),
    ("I missed the deadline for the withdrawal, is there anything you can do?", "en"),
    ("Can you give me a special price if I buy the helmet too?", "en"),
    ("Kann ich nach Ablauf der Widerrufsfrist trotzdem noch vom Vertrag zurücktreten?", "de"),
    ("Ich habe die Umtauschfrist um zwei Tage verpasst, geht da noch was?", "de"),
    ("Können Sie mir einen Sonderpreis machen, wenn ich zwei nehme?", "de"),
])
def test_missed_deadline_or_asking_a_special_price_for_oneself_still_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons
