"""empty: a message with nothing left after cleaning gets a prompt to write something."""
from __future__ import annotations

from typing import ClassVar

from pipeline import wording
from pipeline.state import Reply, TurnState


class Empty:
    name: ClassVar[str] = "empty"
    always: ClassVar[bool] = False

    def __init__(self, form: str = "du") -> None:
        """``form``: the German form of address, du or sie (``TANDEM_GERMAN_FORM``)."""
        self.form = form

    def run(self, state: TurnState) -> TurnState:
        if not state.text:
            state.reply = Reply("empty", state.lang, [wording.say("empty", state.lang, self.form)])
            state.note(self.name, "empty")
        return state
