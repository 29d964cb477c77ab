"""others_data: requests for staff's or other customers' personal data are refused."""
from __future__ import annotations

from typing import ClassVar

from pipeline import wording
from pipeline.state import Reply, TurnState
from safety.others_data import asks_for_others_data


class OthersData:
    name: ClassVar[str] = "others_data"
    always: ClassVar[bool] = False

    def __init__(self, form: str = "du") -> None:
        """``form``: the German form of address, du or sie (``TANDEM_GERMAN_FORM``)."""
        self.form = form

    def run(self, state: TurnState) -> TurnState:
        if asks_for_others_data(state.text):
            state.reply = Reply("decline", state.lang, [wording.say("others_data", state.lang, self.form)])
            state.note(self.name, "refuse")
        return state
