"""Routine messages must never reach the human inbox, even when they sound negative."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("I can't stand weak tea — how many bags for a big pot?", "en"),
    ("ugh, my bike chain is so annoying, it squeaks all the time 🙄 which oil should I use?", "en"),
    ("Gestern im Stau gestanden, echt nervig. Habt ihr samstags länger offen?", "de"),
    ("Mein alter Drucker nervt mich total 😤 Welche Patronen passen in den neuen?", "de"),
    ("I hate cold hands in winter, do you sell heated gloves?", "en"),
    ("Boah, Passwort vergessen. Wie setze ich es zurück?", "de"),
])
def test_mild_annoyance_with_routine_question_does_not_escalate(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Was kostet der Versand in die Schweiz?", "de"),
    ("How long does shipping to Ireland take?", "en"),
    ("Kann ich per Rechnung bezahlen?", "de"),
    ("Do you have this jacket in size M?", "en"),
])
def test_plain_questions_do_not_escalate(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Hallo!", "de"), ("Guten Morgen 🙂", "de"), ("hi there", "en"), ("Good evening!", "en"),
    ("Danke, hat geklappt!", "de"), ("Super, vielen Dank 😊", "de"), ("thanks, that was really helpful!", "en"),
    ("Perfect, cheers 👍", "en"),
])
def test_greetings_and_thanks_do_not_escalate(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Bist du ein Bot?", "de"), ("Bist du ein echter Mensch?", "de"), ("Schreibe ich hier mit einer KI?", "de"),
    ("are you a bot?", "en"), ("Are you a real person or an AI?", "en"), ("Is this chat automated?", "en"),
])
def test_are_you_a_bot_questions_do_not_escalate(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Who should I contact about a press interview with your founder?", "en"),
    ("Habt ihr ein Pressekit mit Fotos?", "de"),
    ("Do you share my data with third parties?", "en"),
    ("Gibt es Mengenrabatt für Schulen?", "de"),
    ("Do you sell smoke detectors?", "en"),
    ("Brennt der Kamin auch mit Briketts?", "de"),
    ("Der Kaffee schmeckt verbrannt, welche Röstung ist milder?", "de"),
    ("Can I still return it if I lost the receipt?", "en"),
])
def test_routine_questions_with_trigger_words_do_not_escalate(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Mein Akku will nicht mehr.", "de"),
    ("Ich bin am Ende der Tour in Garmisch – kann ich das Leihrad dort abgeben?", "de"),
    ("Ich kann nicht mehr einloggen, was nun?", "de"),
    ("I won't be around next week, can you hold my parcel?", "en"),
    ("No point buying a cheap sleeping bag, right? Which one is best value?", "en"),
])
def test_ending_or_no_point_wording_about_things_does_not_hand_over(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Zum dritten Mal bestellt und wieder super Qualität – gibt es einen Stammkundenrabatt?", "de"),
    ("Third time ordering from you, great quality as always! Any loyalty discount?", "en"),
])
def test_ordering_again_with_praise_is_not_sarcasm(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("What does liability insurance cost for a family?", "en"),
    ("Is my limited liability company eligible for the business plan?", "en"),
])
def test_liability_as_a_product_is_not_a_legal_threat(check, text, lang):
    assert not check(text, lang).handover


def test_holding_the_company_liable_is_a_legal_threat(check):
    assert "legal" in check("I will hold you liable for the damage to my floor", "en").reasons
