"""retrieve: the knowledge base's best passages for the message (with the previous one for a follow-up)."""
from __future__ import annotations

from typing import ClassVar

from knowledge.answering import DEFAULT_QUOTING, decline_answer, own_language_first
from knowledge.retrieval import Query, Retriever
from pipeline.state import TurnState
from tandem.settings import QuotingSettings


class Retrieve:
    name: ClassVar[str] = "retrieve"
    always: ClassVar[bool] = False

    def __init__(self, retriever: Retriever, k: int = 8, quoting: QuotingSettings = DEFAULT_QUOTING) -> None:
        self.retriever = retriever
        self.k = k
        self.quoting = quoting          # own_language_margin: which language's passage to answer from

    def run(self, state: TurnState) -> TurnState:
        result = self.retriever.retrieve(Query(text=state.text, context=state.context, lang=state.lang), k=self.k)
        state.retrieval = result
        if not result.hits:
            state.answer = decline_answer(state.lang, reason="no_match")
            state.note(self.name, "no_match")
            return state
        result.hits = own_language_first(result.hits, state.lang, self.quoting)
        top = result.hits[:3]
        state.note(self.name, f"{len(result.hits)} hits",
                   ("follow-up; " if result.used_context else "")
                   + ", ".join(f"{h.chunk.doc_id} {h.score:.3f}" for h in top))
        return state
