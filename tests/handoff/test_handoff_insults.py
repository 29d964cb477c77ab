"""Insults aimed at the company, its people or the bot, and hate speech, go to a person as `emotional` instead of
being answered; an insult word that is aimed at nobody (self-mockery, idioms, objects) stays routine.

The first two lists were written after the rules for the examples in the issue ("ihr seid doch alle unfähig,
ihr Idioten", "you useless morons", "dein support ist scheiße") and before looking at what the rules caught;
19 of their 24 sentences escalated on the first try, the rest were fixed afterwards (see the report on issue 7).
"""
from __future__ import annotations

import pytest

from handoff.detector import Conversation

INSULTS_DE = [
    "ihr seid doch alle unfähig, ihr Idioten",
    "dein support ist scheiße",
    "Ihr inkompetenten Vollidioten kriegt echt gar nichts hin",
    "Bist du behindert oder was?",
    "Was seid ihr nur für Stümper",
    "Euer Chatbot ist der letzte Dreck",
    "Du nutzlose Blechbüchse",
    "Ihr Penner habt mein Geld geklaut",
    "Fickt euch alle",
    "Schert euch zum Teufel mit eurem Service",
    "Eure Hotline-Leute sind doch alle hirnlos",
    "Scheiß Laden, scheiß Leute",
    "Du Trottel, ich hab dich was anderes gefragt",
    "Halt die Klappe, du blöde Maschine",
]
INSULTS_EN = [
    "you useless morons",
    "are you braindead or what",
    "you incompetent clowns lost my order again",
    "get stuffed, you useless lot",
    "this chatbot is a moron",
    "your customer service team are absolute idiots",
    "fuck off bot",
    "what kind of imbecile wrote this bot",
    "your staff are useless idiots",
    "shut up you dumb machine",
]
HATE = [
    ("Ausländer raus aus eurem Lager", "de"),
    ("Bei euch arbeiten doch nur dreckige Ausländer", "de"),
    ("go back to your country, you don't belong here", "en"),
    ("your support people are subhuman", "en"),
]
NOT_AIMED = [
    ("Ich Dussel habe die falsche Größe bestellt, kann ich umtauschen?", "de"),
    ("Ist die Anleitung idiotensicher? Ich bin handwerklich nicht so begabt.", "de"),
    ("Mein Hund ist ein kleiner Trottel und hat das Kabel angeknabbert, gibt es Ersatz?", "de"),
    ("Das Schloss ist echt blöd zu bedienen, gibt es ein Video dazu?", "de"),
    ("Ich bin zu blöd, das Schloss zu öffnen, wie geht das?", "de"),
    ("Dumme Frage, aber kann ich auch per PayPal zahlen?", "de"),
    ("Der Mitarbeiter meinte, es ist dumm gelaufen, kommt die Lieferung trotzdem?", "de"),
    ("Silly me, I typed the wrong address. Can you change it?", "en"),
    ("My stupid phone won't scan the QR code, is there another way?", "en"),
    ("Is this lock foolproof enough for a city?", "en"),
    ("I feel like an idiot but where do I find my order number?", "en"),
    ("I'm an idiot, I forgot my password, how do I reset it?", "en"),
    ("stupid question, how do I return a helmet?", "en"),
    ("Does the shut-off valve come with the kit?", "en"),
]


@pytest.mark.parametrize("text", INSULTS_DE)
def test_a_german_insult_aimed_at_the_company_or_the_bot_escalates_as_emotional(check, text):
    assert "emotional" in check(text, "de").reasons


@pytest.mark.parametrize("text", INSULTS_EN)
def test_an_english_insult_aimed_at_the_company_or_the_bot_escalates_as_emotional(check, text):
    assert "emotional" in check(text, "en").reasons


@pytest.mark.parametrize("text, lang", HATE)
def test_hate_speech_escalates_as_emotional(check, text, lang):
    detection = check(text, lang)
    assert "emotional" in detection.reasons and "hate speech" in detection.explanation


@pytest.mark.parametrize("text, lang", NOT_AIMED)
def test_an_insult_word_aimed_at_nobody_here_does_not_escalate(check, text, lang):
    assert not check(text, lang).handover


def test_insults_escalate_without_the_embedding_model(rules_only):
    for text, lang in [("ihr seid doch alle unfähig, ihr Idioten", "de"), ("you useless morons", "en")]:
        assert "emotional" in rules_only.detect(text, Conversation(previous_user_messages=[]), lang).reasons


def test_the_explanation_names_the_insult_for_the_agent(check):
    assert "insult" in check("Ihr Penner habt mein Geld geklaut", "de").explanation


# Each form of the rule ("you useless …", "you are … useless", "ihr unfähigen …", "ihr seid … unfähig") takes
# the same words: a judgement said with a verb is as much an insult as the one said before a noun. Checked as the
# detector ships (exact rules OR the turn model), where an insult aimed at the company decides on its own and the
# anger lists only inform the model.
SAID_WITH_A_VERB = [
    ("Your agents are completely useless.", "en"),
    ("Honestly, your support team is incompetent.", "en"),
    ("Ihr seid echt so inkompetent.", "de"),
    ("Euer Kundenservice ist völlig nutzlos.", "de"),
    ("Die Mitarbeiter an der Hotline sind unfähig.", "de"),
]
ABOUT_A_THING = [
    ("Is my old charger useless now that I have the new model?", "en"),
    ("Die alte Halterung ist jetzt nutzlos, gibt es eine neue für das Modell?", "de"),
]


@pytest.mark.parametrize("text, lang", SAID_WITH_A_VERB)
def test_an_insult_said_with_a_verb_escalates_like_the_one_before_a_noun(with_model, text, lang):
    detection = with_model.detect(text, Conversation(previous_user_messages=[]), lang)
    assert "emotional" in detection.reasons and "emotional" in detection.exact


@pytest.mark.parametrize("text, lang", ABOUT_A_THING)
def test_the_same_word_about_a_thing_does_not_escalate(with_model, text, lang):
    assert not with_model.detect(text, Conversation(previous_user_messages=[]), lang).handover
