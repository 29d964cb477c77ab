"""readable: base64 blobs and mojibake are not a question; ask for one in a few words."""
from __future__ import annotations

import re
from typing import ClassVar

from pipeline import wording
from pipeline.state import Reply, TurnState

_WORD = re.compile(r"\w+", re.UNICODE)


def is_readable(text: str) -> bool:
    """Mostly letters/digits/emoji/punctuation."""
    if not text:
        return False
    letters = sum(ch.isalpha() for ch in text)
    if _WORD.search(text) is None:
        return True
    longest = max((len(w) for w in text.split()), default=0)
    return letters / max(len(text), 1) > 0.3 and longest < 60


class Readable:
    name: ClassVar[str] = "readable"
    always: ClassVar[bool] = False

    def __init__(self, form: str = "du") -> None:
        """``form``: the German form of address, du or sie (``TANDEM_GERMAN_FORM``)."""
        self.form = form

    def run(self, state: TurnState) -> TurnState:
        if not is_readable(state.text):
            state.reply = Reply("empty", state.lang, [wording.say("unreadable", state.lang, self.form)])
            state.note(self.name, "unreadable")
        return state
