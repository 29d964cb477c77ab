"""decide: does the knowledge base hold the answer? Declines when the best passage scores too low or the
question asks about words the knowledge base does not know ("replacement *burrs* for the grinder")."""
from __future__ import annotations

from typing import ClassVar

from knowledge.answering import asked_words, coverage_of, decline_answer, unknown_terms
from pipeline.state import Judgement, TurnState


class Decide:
    name: ClassVar[str] = "decide"
    always: ClassVar[bool] = False

    def __init__(self, threshold: float = 0.22, unknown_margin: float = 0.25, unknown_share: float = 1 / 3,
                 unknown_share_margin: float = 0.31) -> None:
        """``threshold``: the score the best passage must reach. A question with a word the knowledge base does
        not know must clear it by ``unknown_margin`` (the topic is there, the detail may not be); one whose asked
        words are at least ``unknown_share`` unknown by ``unknown_share_margin``."""
        self.threshold = threshold
        self.unknown_margin = unknown_margin
        self.unknown_share = unknown_share
        self.unknown_share_margin = unknown_share_margin

    def run(self, state: TurnState) -> TurnState:
        result = state.retrieval
        if state.answer is not None or result is None or not result.hits:
            return state
        top = result.hits[0]
        coverage, missing = coverage_of(result, top.chunk.doc_id)
        unknown = unknown_terms(result, state.text, state.lang, top.chunk.doc_id)
        state.judgement = Judgement(coverage, missing, unknown)
        details = dict(coverage=coverage, missing=missing, unknown=unknown)
        why = f"score {top.score:.3f} vs {self.threshold:.2f}; coverage {coverage:.2f}" \
              + (f"; unknown {', '.join(unknown)}" if unknown else "")
        if top.score < self.threshold:
            state.answer = decline_answer(state.lang, top.score, result.hits, reason="low_score", **details)
            state.note(self.name, "low_score", why)
            return state
        if unknown:
            many = len(unknown) >= self.unknown_share * max(len(asked_words(result)), 1)
            margin = self.unknown_share_margin if many else self.unknown_margin
            if top.score < self.threshold + margin or any(w in result.parts for w in unknown):
                state.answer = decline_answer(state.lang, top.score, result.hits, reason="unknown_terms", **details)
                state.note(self.name, "unknown_terms", why)
                return state
        state.note(self.name, "answerable", why)
        return state
