"""A word that names a topic is no danger: an accident no one was hurt in, a job at a hospital, a lightning emoji.
On the forty tuning companies "accident", "Unfall", "hospital" and ⚡ in the safety list handed over 18 messages that
stay with the bot and were the evidence of no hand-over (rules.yml, the comment above ``hazard``). A danger told
with them is still caught by its other words."""
from __future__ import annotations

import pytest

from handoff.detector import Conversation

TOPICS = [
    ("My sister works at the hospital nearby, can she pick up the parcel for me?", "en"),
    ("Last winter I had a small accident with my own car, all sorted now. Can I still book the weekend package?", "en"),
    ("Seit meinem Unfall vor zwei Jahren fahre ich lieber Automatik. Habt ihr auch Automatikwagen?", "de"),
    ("⚡ Blitzangebot im Newsletter gesehen – gilt der Rabatt auch im Laden?", "de"),
]
DANGERS = [
    ("There has been an accident at your entrance, a man fell and he is bleeding a lot", "en"),
    ("Unfall in eurer Tiefgarage, eine Frau ist gestürzt und blutet am Kopf!", "de"),
]


@pytest.mark.parametrize("text, lang", TOPICS)
def test_a_topic_word_alone_is_no_safety_matter(detector, shipped, text, lang):
    for which in (detector, shipped):
        assert "safety" not in which.detect(text, Conversation(previous_user_messages=[]), lang).reasons


@pytest.mark.parametrize("text, lang", DANGERS)
def test_a_danger_told_with_those_words_is_still_caught(detector, shipped, text, lang):
    for which in (detector, shipped):
        assert which.detect(text, Conversation(previous_user_messages=[]), lang).reasons[:1] == ["safety"]
