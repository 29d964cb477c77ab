"""record_gap: a declined or barely-confident knowledge answer is stored (scrubbed) as a content gap for staff."""
from __future__ import annotations

from typing import Any, ClassVar

from knowledge.gaps import gap_reason, is_gap, record_gap_later
from pipeline.state import TurnState


class RecordGap:
    name: ClassVar[str] = "record_gap"
    always: ClassVar[bool] = True

    def __init__(self, settings: Any, threshold: float) -> None:
        self.settings = settings
        self.threshold = threshold

    def run(self, state: TurnState) -> TurnState:
        answer = state.answer
        if answer is None or not is_gap(answer.confident, answer.score, self.threshold):
            return state
        reason = gap_reason(answer)
        record_gap_later(self.settings, state.text, state.lang, answer.score, reason)
        state.note(self.name, "recorded", reason)
        return state
