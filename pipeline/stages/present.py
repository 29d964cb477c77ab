"""present: the knowledge answer becomes the reply; a cut message gets a note, the first reply the AI disclosure."""
from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from pipeline import wording
from pipeline.state import Reply, TurnState


class Present:
    name: ClassVar[str] = "present"
    always: ClassVar[bool] = True

    def __init__(self, assistant_name: str = "Tandem", disclosure: Mapping[str, str] | None = None,
                 form: str = "du") -> None:
        """``disclosure``: a brand's own wording of the first reply's AI disclosure per language (``{name}`` =
        the assistant's name); languages it lacks keep Tandem's wording, German in ``form`` (du | sie)."""
        self.assistant_name = assistant_name
        self.form = form
        self.disclosure = {k: v for k, v in (disclosure or {}).items() if v and v.strip()}

    def run(self, state: TurnState) -> TurnState:
        if state.reply is None and state.answer is not None:
            answer = state.answer
            state.reply = Reply("answer" if answer.confident else "decline", state.lang, [answer.text],
                                citations=list(answer.citations) if answer.confident else [],
                                sources=[s.as_dict() for s in answer.sources] if answer.confident else [])
        reply = state.reply
        if reply is None or reply.kind == "blocked":
            return state
        if state.truncated and reply.kind in ("answer", "decline"):
            reply.messages.insert(0, wording.say("truncated", state.lang, self.form))
        if state.turn.first_reply and reply.kind != "handover":
            text = self.disclosure.get(state.lang) or wording.say("disclosure", state.lang, self.form)
            reply.messages.insert(0, text.replace("{name}", self.assistant_name))
        state.note(self.name, reply.kind, ", ".join(reply.citations))
        return state
