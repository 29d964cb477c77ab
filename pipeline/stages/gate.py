"""gate: the sender's rate limit and the spam checks; a refused message gets no answer."""
from __future__ import annotations

from typing import ClassVar

from pipeline.state import Reply, TurnState
from safety import gate


class Gate:
    name: ClassVar[str] = "gate"
    always: ClassVar[bool] = False

    def run(self, state: TurnState) -> TurnState:
        # The raw text and the conversation's language, as the limits and the notice were always judged.
        allowed = gate.check(state.turn.sender_id, state.turn.text, state.turn.language)
        state.gate_flags = allowed.flags
        if not allowed.answer:
            state.reply = Reply("blocked", state.turn.language or state.lang,
                                [allowed.notice] if allowed.notice else [])
            state.note(self.name, "blocked", ", ".join(allowed.flags))
        else:
            state.note(self.name, "flagged" if allowed.flags else "ok", ", ".join(allowed.flags))
        return state
