"""Held-out sentences: the follower says the bot did not answer (repeated_failure), and routine
messages about asking again.

Written before the rules for them were changed and not copied from any evaluation set; they pin the
phenomenon (with routine messages that use the same words harmlessly), so a rule that only memorises
one sentence will not pass them.
"""
from __future__ import annotations

import pytest

# ---------------------------------------------------------------- repeated_failure: the bot did not answer

ASKED_DE = "Ist das Zelt auch bei Starkregen dicht?"
ASKED_EN = "Can I return the boots if I've worn them outside once?"


@pytest.mark.parametrize("text", [
    "Sie beantworten meine Frage nicht.",
    "Das war nicht meine Frage.",
    "Du wiederholst dich, das hilft mir überhaupt nicht weiter.",
    "Nochmal: ich wollte wissen, ob es dicht ist, nicht wie viel es wiegt.",
    "Das hat mit meiner Frage nichts zu tun.",
    "Sie reden an meiner Frage vorbei.",
    "Bitte lesen Sie meine Frage noch einmal richtig.",
    "Schon wieder dieselbe Antwort, das bringt mich nicht weiter.",
    "Du verstehst mich nicht.",
    "Ich frage jetzt zum dritten Mal dasselbe.",
])
def test_complaint_that_the_bot_does_not_answer_de_hands_over_as_repeated_failure(check, text):
    d = check(text, "de", previous=[ASKED_DE])
    assert "repeated_failure" in d.reasons, d.explanation


@pytest.mark.parametrize("text", [
    "That doesn't answer my question.",
    "You didn't answer what I asked.",
    "That's not what I asked about.",
    "I've asked the same thing three times now.",
    "Again: I asked about returning them, not about shipping times.",
    "You're not understanding me.",
    "Please read my question again.",
    "This isn't helping, you just keep repeating yourself.",
    "Can you actually answer the question?",
    "We're going around in circles here.",
])
def test_complaint_that_the_bot_does_not_answer_en_hands_over_as_repeated_failure(check, text):
    d = check(text, "en", previous=[ASKED_EN])
    assert "repeated_failure" in d.reasons, d.explanation


@pytest.mark.parametrize("text, lang", [
    ("zum dritten Mal bestellt, super zufrieden – gibt's Treuepunkte?", "de"),
    ("Das hilft mir sehr, danke!", "de"),
    ("Zweite Frage: wie lange ist die Rückgabefrist?", "de"),
    ("Noch eine Frage: gibt es die Schuhe auch in 46?", "de"),
    ("Danke, das beantwortet meine Frage.", "de"),
    ("Ich frage für meinen Mann: gibt es die Jacke auch in XXL?", "de"),
    ("Thanks, that answers my question!", "en"),
    ("One more question: do you ship to Austria?", "en"),
    ("Sorry, I asked that badly — I meant the 40 litre backpack, not the 30.", "en"),
    ("Is this the third time the sale is running this year?", "en"),
    ("I answered the survey already, do I still get the voucher?", "en"),
    ("Can I ask you something else?", "en"),
])
def test_routine_messages_about_asking_again_or_answers_do_not_hand_over(check, text, lang):
    previous = [ASKED_DE if lang == "de" else ASKED_EN]
    d = check(text, lang, previous=previous)
    assert not d.handover, d.explanation
