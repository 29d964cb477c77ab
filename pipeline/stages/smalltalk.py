"""smalltalk: greetings, thanks, goodbyes, "are you a bot?" and "what can you do?" get a short reply."""
from __future__ import annotations

import re
from typing import ClassVar

from knowledge.locale import all_words
from knowledge.retrieval import DEFAULT_RETRIEVAL, points_back
from knowledge.text import fold
from pipeline import wording
from pipeline.state import Reply, Turn, TurnState
from tandem.settings import RetrievalSettings

SMALLTALK_INTENTS = ("greet", "goodbye", "thanks", "bot_challenge", "capabilities")
_WORD = re.compile(r"\w+", re.UNICODE)
_BOT_WORDS = frozenset(fold(w) for w in all_words("bot_words"))


def is_smalltalk(turn: Turn, text: str, min_confidence: float, max_words: dict[str, int],
                 retrieval: RetrievalSettings = DEFAULT_RETRIEVAL) -> bool:
    """Rasa's intent, sanity-checked: "Abo kündigen?" may look like "Hallo!" to character n-grams, but a
    question of several words is not a greeting, a thank-you or a goodbye; a short follow-up to an answer
    ("and on weekends?") is about that answer, not a question about what the bot can do; and asking whether one
    talks to a bot names the bot, a person or a machine (`bot_words` in knowledge/locale). ``retrieval``: what
    counts as a short follow-up, as retrieval judges it."""
    if turn.intent not in SMALLTALK_INTENTS or turn.intent_confidence < min_confidence:
        return False
    words = len(_WORD.findall(text))
    if turn.intent in ("greet", "thanks", "goodbye") and "?" in text and words > 1:
        return False
    if turn.intent == "capabilities" and turn.last_reply_kind == "answer" and points_back(text, retrieval):
        return False        # "what about Saturday?" right after an answer asks about that answer's topic
    if turn.intent == "bot_challenge" and not {fold(w) for w in _WORD.findall(text)} & _BOT_WORDS:
        return False        # "is there a trial period?" names no bot, person or machine: a question
    return words <= max_words[turn.intent]


class Smalltalk:
    name: ClassVar[str] = "smalltalk"
    always: ClassVar[bool] = False

    def __init__(self, min_confidence: float = 0.5, max_words: dict[str, int] | None = None,
                 form: str = "du", retrieval: RetrievalSettings = DEFAULT_RETRIEVAL) -> None:
        self.min_confidence = min_confidence
        self.form = form
        self.retrieval = retrieval
        self.max_words = max_words or {"greet": 4, "goodbye": 9, "thanks": 7, "bot_challenge": 12, "capabilities": 8}

    def run(self, state: TurnState) -> TurnState:
        intent = state.turn.intent
        if is_smalltalk(state.turn, state.text, self.min_confidence, self.max_words, self.retrieval):
            state.reply = Reply("smalltalk", state.lang, [wording.say(intent, state.lang, self.form)])
            state.note(self.name, intent or "", f"confidence {state.turn.intent_confidence:.2f}")
        elif intent:
            state.note(self.name, "pass", f"intent {intent} {state.turn.intent_confidence:.2f}")
        return state
