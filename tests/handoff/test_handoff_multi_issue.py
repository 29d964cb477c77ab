"""A message that lists several unrelated problems (a wrong reading on the bill, something
cancelled or blocked without a reason, an error message) needs a person who can look at all of
them; one problem described in a question stays with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("I switched to you in spring. My first statement has a wrong meter reading, my TV package was "
     "terminated without any notice, and my customer card is blocked. Could you look into all of it?", "en"),
    ("My phone contract was cancelled for no reason, the last bill is wrong and the app shows an error "
     "every time I log in.", "en"),
    ("Seit dem Umzug läuft alles schief: der Zählerstand auf der Schlussrechnung ist falsch und mein "
     "Zusatzpaket wurde ohne Begründung gekündigt.", "de"),
    ("Meine Kundenkarte ist seit Montag gesperrt, obwohl alles bezahlt ist, und außerdem wurde meine "
     "Bestellung einfach storniert. Kann sich das jemand ansehen?", "de"),
])
def test_several_problems_in_one_message_hand_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("The app shows an error and doesn't work when I open it, what should I do?", "en"),
    ("My card got blocked after I typed the wrong PIN three times, how do I unlock it?", "en"),
    ("How do I submit my meter reading, and what happens if the reading is wrong?", "en"),
    ("Die App zeigt eine Fehlermeldung und funktioniert nicht, was soll ich tun?", "de"),
    ("Wie lange bleibt meine Karte gesperrt, wenn ich sie als verloren melde?", "de"),
    ("Läuft alles glatt mit meiner Bestellung?", "de"),
])
def test_one_problem_asked_about_stays_with_the_bot(check, text, lang):
    assert not check(text, lang).handover
