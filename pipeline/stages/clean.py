"""clean: the follower's text as the bot should read it."""
from __future__ import annotations

import unicodedata
from typing import ClassVar

from pipeline.state import TurnState

NEUTRALISER = "\u200b"     # what the Rasa connector puts before a leading '/' so it is not read as an intent


def clean_text(text: str | None, max_chars: int) -> tuple[str, bool]:
    """No zero-width or control characters, bounded length; and whether it had to be cut."""
    text = (text or "").replace(NEUTRALISER, "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    truncated = len(text) > max_chars
    return (text[:max_chars], truncated)


class Clean:
    name: ClassVar[str] = "clean"
    always: ClassVar[bool] = False

    def __init__(self, max_chars: int = 2000) -> None:
        self.max_chars = max_chars

    def run(self, state: TurnState) -> TurnState:
        state.text, state.truncated = clean_text(state.turn.text, self.max_chars)
        verdict = "empty" if not state.text else ("truncated" if state.truncated else "ok")
        state.note(self.name, verdict, f"{len(state.text)} chars")
        return state
