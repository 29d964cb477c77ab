"""guard: an answer never quotes hidden markup or instructions addressed to an assistant; when nothing
visible is left of the quote, the turn becomes a decline."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from knowledge.answering import decline_answer
from pipeline.state import TurnState
from safety.injection import drop_instructions, find_instructions, has_hidden


class Guard:
    name: ClassVar[str] = "guard"
    always: ClassVar[bool] = False

    def run(self, state: TurnState) -> TurnState:
        answer = state.answer
        if answer is None or not answer.confident or not (has_hidden(answer.text) or find_instructions(answer.text)):
            return state
        lines = [ln.rstrip() for ln in drop_instructions(answer.text).splitlines()]
        cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        body = [ln for ln in cleaned.splitlines()[:-1] if ln.strip() and not ln.rstrip().endswith(":")]
        if body:                                     # the visible rest of the quote still answers
            state.answer = replace(answer, text=cleaned)
            state.note(self.name, "cleaned", "hidden text or instructions removed from the quote")
        else:
            declined = decline_answer(state.lang, answer.score, answer.passages, reason="unsafe_passage")
            state.answer = replace(declined, coverage=answer.coverage)
            state.note(self.name, "unsafe_passage")
        return state
