"""Distress without anger words (crying, worn out, at breaking point, not knowing how to pay) hands
over as emotional; the same words about things or tasks do not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, previous", [
    ("Entschuldigung, ich bin gerade völlig fertig. Die Kündigung der Wohnung hat mir den Rest gegeben.", "de", []),
    ("Ich sitze hier und heule, weil schon wieder eine Mahnung kam.", "de", []),
    ("Ich bin nervlich am Ende und weiß nicht, wie ich das alles bezahlen soll.", "de", ["Wie hoch ist die Mahngebühr?"]),
    ("Seit dem Brief zittere ich am ganzen Körper, ich habe Existenzangst.", "de", []),
    ("Sorry, I'm a total wreck today, I've been crying since the letter arrived.", "en", []),
    ("I'm at breaking point and I have no idea how I'm going to pay this.", "en", ["When is the payment due?"]),
    ("Honestly I'm emotionally drained, this has pushed me over the edge.", "en", []),
])
def test_distress_without_anger_words_hands_over_as_emotional(check, text, lang, previous):
    assert "emotional" in check(text, lang, previous=previous).reasons


@pytest.mark.parametrize("text, lang", [
    ("Ich bin mit dem Zusammenbauen fertig, wie stelle ich die Bremse ein?", "de"),
    ("Mein Sohn weint beim Haareschneiden, habt ihr eine leisere Maschine?", "de"),
    ("Ich bin mit den vielen Tarifen etwas überfordert, welcher passt für zwei Personen?", "de"),
    ("The sleeve is falling apart after two washes, can I exchange it?", "en"),
    ("my van broke down, can I pick up the order tomorrow instead?", "en"),
    ("Is there a panic button on the smart alarm?", "en"),
])
def test_the_same_words_about_things_or_tasks_do_not_hand_over(check, text, lang):
    assert not check(text, lang).handover


@pytest.mark.parametrize("text, lang", [
    ("Ich bin mit den Nerven fertig.", "de"),
    ("Ich bin psychisch völlig kaputt, schon wieder eine Mahnung.", "de"),
    ("I'm falling apart over this letter.", "en"),
    ("I'm a wreck and I don't know how I'm going to pay this.", "en"),
])
def test_multi_word_distress_phrases_match_as_written(check, text, lang):
    assert "emotional" in check(text, lang).reasons
