"""record_feedback: an answer the follower's next message shows to have missed becomes a content gap too.

Signals, judged on the message after a knowledge-base answer: the follower says it did not help ("not what I
asked"; phrases per language in `knowledge/locale/*.yml`), asks the same again in other words (most of its
content words repeat the previous question's), or the conversation is handed to a person. The gap records the
previous question, scrubbed like every gap, with the signal as its reason, so staff see answered-but-wrong
questions next to declined ones.
"""
from __future__ import annotations

from typing import Any, ClassVar

from knowledge.gaps import record_gap_later
from knowledge.locale import words
from knowledge.text import STOPWORDS, fold, tokens
from pipeline.state import TurnState


def content_words(text: str) -> set[str]:
    return {w for w in (fold(t) for t in tokens(text)) if w not in STOPWORDS and len(w) > 2}


def is_rephrase(previous: str, current: str, share: float) -> bool:
    """Whether ``current`` asks ``previous`` again: at least ``share`` of the shorter one's content words recur."""
    a, b = content_words(previous), content_words(current)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= share


def says_not_helpful(text: str, lang: str) -> bool:
    folded = fold(text)
    return any(phrase in folded for phrase in (fold(p) for p in words(lang, "not_helpful")))


class RecordFeedback:
    name: ClassVar[str] = "record_feedback"
    always: ClassVar[bool] = True

    def __init__(self, settings: Any, rephrase_share: float = 0.6) -> None:
        """``rephrase_share``: how much of the previous question must recur for a message to count as asking
        it again."""
        self.settings = settings
        self.rephrase_share = rephrase_share

    def run(self, state: TurnState) -> TurnState:
        turn = state.turn
        if turn.last_reply_kind != "answer" or not turn.previous_user_messages or not state.text:
            return state
        previous = turn.previous_user_messages[-1]
        if state.reply is not None and state.reply.handover:
            signal = "handover"
        elif says_not_helpful(state.text, state.lang):
            signal = "not_helpful"
        elif is_rephrase(previous, state.text, self.rephrase_share):
            signal = "rephrased"
        else:
            return state
        record_gap_later(self.settings, previous, state.lang, 0.0, f"answered_wrong: {signal}")
        state.note(self.name, "recorded", signal)
        return state
