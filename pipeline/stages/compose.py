"""compose: quotes from each of the best few documents, answering what was asked (the sentence, row or Q&A pair
that holds the asked kind of answer; a second quote from the units the first left out), with each candidate's
features for the decide stage to weigh."""
from __future__ import annotations

from typing import ClassVar

from knowledge.answering import DEFAULT_QUOTING, wanted_types
from knowledge.editions import YEAR
from pipeline.features import candidates
from pipeline.state import TurnState
from tandem.settings import QuotingSettings


class Compose:
    name: ClassVar[str] = "compose"
    always: ClassVar[bool] = False

    def __init__(self, max_docs: int = 4, quoting: QuotingSettings = DEFAULT_QUOTING, quotes_per_doc: int = 2) -> None:
        self.max_docs = max_docs
        self.quoting = quoting
        self.quotes_per_doc = quotes_per_doc

    def run(self, state: TurnState) -> TurnState:
        result = state.retrieval
        if state.answer is not None or result is None or not result.hits:
            return state
        _, required = wanted_types(state.text, state.context, result.used_context)
        years = YEAR.findall(state.text)
        state.candidates = candidates(result, state.text, state.lang, state.context, required, years, self.max_docs,
                                      self.quoting, self.quotes_per_doc)
        state.note(self.name, f"{len(state.candidates)} quotes",
                   (f"needs {', '.join(sorted(required))}; " if required else "")
                   + ", ".join(c.label for c in state.candidates))
        return state
