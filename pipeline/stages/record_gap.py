"""record_gap: a declined or barely-confident knowledge answer is stored (redacted and scrubbed, in a background
thread) as a content gap for staff."""
from __future__ import annotations

from typing import Any, ClassVar

from knowledge.gaps import gap_reason, record_gap_later
from pipeline.state import TurnState
from privacy.redact import redact


def redacted(text: str, lang: str | None) -> str:
    """The question as a content gap may keep it: no name, number or address of the follower's."""
    return redact(text, lang).text


class RecordGap:
    name: ClassVar[str] = "record_gap"
    always: ClassVar[bool] = True

    def __init__(self, settings: Any, low_margin: float = 0.1) -> None:
        """An answer whose probability cleared the decide stage's threshold by less than ``low_margin`` is a gap too."""
        self.settings = settings
        self.low_margin = low_margin

    def run(self, state: TurnState) -> TurnState:
        answer = state.answer
        if answer is None:
            return state
        barely = answer.confident and state.margin is not None and state.margin < self.low_margin
        if answer.confident and not barely:
            return state
        reason = gap_reason(answer)
        record_gap_later(self.settings, state.text, state.lang, answer.score, reason, redacted)
        state.note(self.name, "recorded", reason)
        return state
