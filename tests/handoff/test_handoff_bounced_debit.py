"""A direct debit that bounced is a payment question; taking the money back through the bank is a
legal step (chargeback)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Die Lastschrift für April ist zurückgegangen, weil mein Konto nicht gedeckt war. Was muss ich tun?",
    "Meine Lastschrift ist zurückgekommen, wie kann ich den Betrag überweisen?",
])
def test_a_bounced_direct_debit_is_not_a_legal_step(check, text):
    assert "legal" not in check(text, "de").reasons


@pytest.mark.parametrize("text", [
    "Ich habe die Lastschrift bei meiner Bank zurückbuchen lassen.",
    "Wenn das nicht korrigiert wird, lasse ich die Lastschrift zurückgehen.",
])
def test_taking_a_direct_debit_back_is_still_a_legal_step(check, text):
    assert "legal" in check(text, "de").reasons
