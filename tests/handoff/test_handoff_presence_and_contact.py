"""'Is anyone there?' opening a chat is a greeting, and asking how to reach customer service or
what the bot can do is routine; the same presence check later in a conversation, with a complaint
or shouted, asks for a person."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("Hallo, ist hier wer?", "de"),
    ("Guten Tag, ist da jemand?", "de"),
    ("hey, anybody there?", "en"),
    ("hi, is anyone here?", "en"),
])
def test_is_anyone_there_opening_a_chat_does_not_hand_over(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Wie kann ich euren Kundendienst telefonisch erreichen?", "de"),
    ("Wo erreiche ich den Support am Wochenende?", "de"),
    ("Was kannst du alles?", "de"),
    ("How can I contact your support team by email?", "en"),
    ("What's the phone number for customer care?", "en"),
    ("what can you do for me?", "en"),
])
def test_contact_details_or_what_the_bot_can_do_do_not_hand_over(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("previous, text, lang", [
    (["Wo bleibt meine Rücksendung?"], "Hallo? Ist da jemand?", "de"),
    ([], "Hallo, ist da wer? Meine Bestellung ist seit drei Wochen nicht angekommen.", "de"),
    (["Where is my refund?"], "hello? anybody there?", "en"),
    ([], "IS ANYONE THERE??? I NEED THIS FIXED", "en"),
])
def test_is_anyone_there_later_or_with_a_complaint_hands_over_as_human_request(check, previous, text, lang):
    assert "human_request" in check(text, lang, previous=previous).reasons


@pytest.mark.parametrize("text, lang", [
    ("Kann mich bitte jemand aus eurem Team zurückrufen?", "de"),
    ("Is there someone who can actually look at my case?", "en"),
])
def test_real_requests_for_a_person_still_hand_over(check, text, lang):
    assert "human_request" in check(text, lang).reasons
