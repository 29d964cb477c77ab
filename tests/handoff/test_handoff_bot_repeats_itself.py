"""Repeated failure on unseen companies: in a follow-up message the follower says the bot sends the
same text again, does not read, loops back, or gets them nowhere ("Sie schicken immer denselben
Link", "Standardantwort", "kein Stück weiter", "the exact reply you sent before", "copy-paste").
The same words in calm follow-up questions ("the same for…", "nochmal") stay with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("previous, text, lang", [
    (["Wie ändere ich meine Adresse?", "In der App finde ich das nicht"],
     "Sie schreiben mir dauernd dieselben Sätze, aber es klappt nicht.", "de"),
    (["Kann ich die Lieferung verschieben?", "Für nächste Woche"],
     "Wieder nur so eine Standardantwort. Damit komme ich keinen Schritt weiter.", "de"),
    (["Wie kündige ich?", "Den Handyvertrag"],
     "Lesen Sie eigentlich, was ich schreibe?", "de"),
    (["Wo ist mein Gutschein?", "Der aus dem Newsletter"],
     "Das ist eine Endlosschleife mit dir, mit dir bringt das nichts.", "de"),
    (["how do I add a passenger?", "to an existing booking"],
     "that is word for word the exact reply from a minute ago", "en"),
    (["can I pay in instalments?", "for the corner sofa"],
     "are you even reading what I type? every answer is a canned one", "en"),
    (["how do I port my number?", "from another network"],
     "I have put this several different ways and you loop back to the same page", "en"),
    (["where do I upload my prescription receipt?", "it's for the invoice"],
     "still not an answer. just the same copy paste", "en"),
])
def test_saying_the_bot_repeats_itself_or_does_not_read_hands_over_as_repeated_failure(check, previous, text, lang):
    assert "repeated_failure" in check(text, lang, previous).reasons


@pytest.mark.parametrize("previous, text, lang", [
    (["Wie aktiviere ich die eSIM?", "Und auf Android?"], "Danke! Gilt das gleiche auch für die Smartwatch?", "de"),
    (["Was kostet die Lieferung?", "Und der Aufbau?"], "Kann ich den Termin nochmal ändern, falls nötig?", "de"),
    (["what is the baggage allowance?", "and for children?"], "ok, and is it the exact same for infants?", "en"),
    (["do you deliver to Ireland?", "and to Northern Ireland?"], "great, can I use the same account again next time?", "en"),
])
def test_calm_follow_up_questions_with_same_or_again_do_not_hand_over(check, previous, text, lang):
    assert not check(text, lang, previous).handover
