"""language: the language to answer in (the conversation's for messages too short to tell)."""
from __future__ import annotations

from typing import ClassVar

from knowledge.language import detect_language
from pipeline.state import TurnState


class Language:
    name: ClassVar[str] = "language"
    always: ClassVar[bool] = False

    def run(self, state: TurnState) -> TurnState:
        turn = state.turn
        if turn.language_fixed and turn.language:
            state.lang = turn.language
            state.note(self.name, state.lang, "given")
            return state
        state.lang = detect_language(state.text, previous=turn.language)
        state.note(self.name, state.lang, f"conversation: {turn.language or '-'}")
        return state
