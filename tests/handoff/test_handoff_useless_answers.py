"""The follower says the bot keeps giving the same useless answer, or counts how often they asked:
repeated_failure, even when the bot's own failure count is zero (it answered, just not usefully).
Follow-up questions that use "the same" or "again" harmlessly stay with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("previous, text, lang", [
    (["Wie kündige ich meinen Vertrag?"],
     "Du hilfst mir kein bisschen, ich bekomme wieder die gleiche nichtssagende Antwort.", "de"),
    (["Wo finde ich meine Rechnung?", "Da ist kein Reiter Dokumente."],
     "Das ist jetzt das vierte Mal, dass ich nachfrage, und du schickst mir immer denselben Link.", "de"),
    (["Wie ändere ich die Lieferadresse?"], "Du sagst immer das Gleiche, das bringt mir null.", "de"),
    (["How do I change my delivery address?"], "You keep telling me the same thing and it still doesn't work.", "en"),
    (["How do I reset my PIN?", "There is no such button."], "That's the same generic reply again. You're not helping.", "en"),
    (["Where is my invoice?"], "Another canned response. No help at all.", "en"),
])
def test_complaint_about_the_same_useless_answer_hands_over_as_repeated_failure(check, previous, text, lang):
    assert "repeated_failure" in check(text, lang, previous=previous).reasons


@pytest.mark.parametrize("previous, text, lang", [
    (["Wie kündige ich meinen Vertrag?"], "Gilt immer die gleiche Frist?", "de"),
    (["Wie kündige ich meinen Vertrag?"], "Ist die Antwort dieselbe für Gewerbekunden?", "de"),
    (["Wie kündige ich meinen Vertrag?"], "Kommt immer das gleiche Formular?", "de"),
    (["How do I change my address?"], "Is the answer the same for business accounts?", "en"),
    (["How do I change my address?"], "thanks, same question for my second account?", "en"),
])
def test_follow_up_questions_with_same_or_again_do_not_hand_over(check, previous, text, lang):
    assert not check(text, lang, previous=previous).handover
