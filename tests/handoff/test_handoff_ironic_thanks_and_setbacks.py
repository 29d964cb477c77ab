"""Sarcasm on unseen companies: ironic thanks after a failure ("Danke für gar nichts", "Vielen Dank
auch!", "cheers for nothing"), and praise next to a setback the complaint lists did not know (a
cancelled flight or appointment, a missed connection, a delivery that "turned into" weeks, a charge
for something never used). Sincere thanks and routine questions with the same words stay with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("previous, text, lang", [
    (["Wann wird mein Schrank geliefert?"], "Danke für rein gar nichts.", "de"),
    (["Ist mein Paket schon unterwegs?"], "Ach so, ich soll einfach warten. Vielen Dank auch!", "de"),
    (["is my refund on its way?"], "cheers for nothing mate", "en"),
    (["can you tell me why my app crashes?"], "thank you for absolutely nothing", "en"),
])
def test_ironic_thanks_after_an_answer_hands_over_as_sarcasm(check, previous, text, lang):
    assert "sarcasm" in check(text, lang, previous).reasons


@pytest.mark.parametrize("text, lang", [
    ("Wunderbar, der Termin beim Techniker wurde zum dritten Mal abgesagt.", "de"),
    ("Spitze, wegen eurer Verspätung verpasse ich meinen Anschlussflug 👏", "de"),
    ("Fantastic, my appointment got cancelled an hour before. Great planning.", "en"),
    ("Amazing, the 'next day delivery' turned into three weeks 👏", "en"),
    ("Lovely, billed again for an insurance I never booked 🙃", "en"),
])
def test_praise_next_to_a_setback_hands_over_as_sarcasm(check, text, lang):
    assert "sarcasm" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Vielen Dank, das hat mir sehr geholfen! 😊", "de"),
    ("Super, danke, dann bestelle ich nochmal das gleiche Regal.", "de"),
    ("Was passiert, wenn mein Flug gestrichen wird?", "de"),
    ("Thanks so much, exactly what I was looking for 🙌", "en"),
    ("Great, and what if I miss my connecting train because of a delay?", "en"),
    ("Brilliant app, love it! Can I add a second SIM to my plan?", "en"),
])
def test_sincere_thanks_and_routine_questions_with_the_same_words_do_not_hand_over(check, text, lang):
    assert not check(text, lang).handover
