"""Sarcasm: exaggerated praise ("how generous", "X personified", "a masterclass") next to a
complaint about an outage, an error or someone who never came, and 👏/🙄 on such a complaint.
Sincere praise and routine questions that use the same words stay with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("Drei Tage ohne Heizung mitten im Januar. Wirklich eine Meisterleistung, liebes Team.", "de"),
    ("Oh, wie großzügig: ein Gutschein über 5 Euro, nachdem ich zwei Wochen ohne Telefon war.", "de"),
    ("Ich hab den ganzen Vormittag gewartet und niemand kam. Ihr seid echt die Zuverlässigkeit in Person.", "de"),
    ("Hut ab, schon wieder eine Fehlermeldung beim Bezahlen.", "de"),
    ("Five days without hot water. An absolute masterclass in customer service.", "en"),
    ("Oh how generous, a 10 pound credit after a week with no internet since Monday.", "en"),
    ("The engineer never showed up and I waited all day. Reliability personified.", "en"),
    ("Top notch as always: the app throws an error every time I try to pay.", "en"),
])
def test_exaggerated_praise_next_to_a_complaint_hands_over_as_sarcasm(check, text, lang):
    assert "sarcasm" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Zwei Tage ohne Strom 👏👏", "de"),
    ("Niemand kam zum Termin 🙄", "de"),
    ("Third day without wifi 👏", "en"),
    ("nobody turned up again 🙄", "en"),
])
def test_clapping_or_eye_roll_on_a_complaint_hands_over_as_sarcasm(check, text, lang):
    assert "sarcasm" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Der Techniker war die Freundlichkeit in Person, vielen Dank!", "de"),
    ("Wie nett, danke für die schnelle Antwort!", "de"),
    ("Gibt es eine Entschädigung, wenn wir zwei Tage ohne Strom waren?", "de"),
    ("How generous is the welcome bonus for new customers?", "en"),
    ("The router shows an error light, what does it mean?", "en"),
    ("thanks, that was a masterclass in patience, really appreciate it!", "en"),
    ("Our internet has been down since yesterday, is there a known outage?", "en"),
])
def test_sincere_praise_and_routine_questions_with_the_same_words_do_not_hand_over(check, text, lang):
    assert not check(text, lang).handover
