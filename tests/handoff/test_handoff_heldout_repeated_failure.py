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


# ---------------------------------------------------------------- second batch
# Written together with the first batch but kept sealed while the rules were changed, then scored
# once: 43/48 over the three held-out files (safety 14/16, repeated_failure 11/12, complex 2/4,
# routine messages 16/16). The misses were fixed by category afterwards.

@pytest.mark.parametrize("previous, text, lang", [
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Das beantwortet meine Frage leider nicht.", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?",
     "Ich hatte nach dem Umtausch im Laden gefragt, nicht nach dem Versand!", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Sie gehen gar nicht auf meine Frage ein.", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Wieder keine Antwort auf meine Frage.", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Das ist die gleiche Antwort wie eben.", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Sie haben mich falsch verstanden.", "de"),
    ("Do you price match other outdoor shops?", "That's not an answer to my question.", "en"),
    ("Do you price match other outdoor shops?", "You're ignoring what I actually asked.", "en"),
    ("Do you price match other outdoor shops?", "I asked about price matching, not about shipping!", "en"),
    ("Do you price match other outdoor shops?", "Same answer again. Not helpful.", "en"),
    ("Do you price match other outdoor shops?", "You misunderstood my question.", "en"),
    ("Do you price match other outdoor shops?", "For the last time, do you price match or not?", "en"),
])
def test_second_batch_complaint_that_the_bot_does_not_answer_hands_over_as_repeated_failure(
        check, previous, text, lang):
    d = check(text, lang, previous=[previous])
    assert "repeated_failure" in d.reasons, d.explanation


@pytest.mark.parametrize("previous, text, lang", [
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Super, das hat meine Frage beantwortet.", "de"),
    ("Kann ich die Schuhe auch im Laden umtauschen?", "Und die gleiche Frage für Jacken: geht das auch?", "de"),
    ("Do you price match other outdoor shops?", "Got it, thanks. Another question: do you have gift cards?", "en"),
    ("Do you price match other outdoor shops?",
     "I ordered the same tent a second time for my brother, can I combine shipping?", "en"),
])
def test_second_batch_follow_up_questions_do_not_hand_over(check, previous, text, lang):
    d = check(text, lang, previous=[previous])
    assert not d.handover, d.explanation
