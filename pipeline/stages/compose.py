"""compose: the extractive reply, quoting what answers the question from the best fitting document.

A question that needs a time, price, weight or age is answered from a nearly-as-good document that holds one
when the best does not, and declined when none does; one naming a year is not answered from a document that
names only other years.
"""
from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from knowledge import answer_types
from knowledge.answering import YEAR, about_other_years, candidate_hits, compose, decline_answer, wanted_types
from pipeline.state import Judgement, TurnState


class Compose:
    name: ClassVar[str] = "compose"
    always: ClassVar[bool] = False

    def run(self, state: TurnState) -> TurnState:
        result = state.retrieval
        if state.answer is not None or result is None or not result.hits:
            return state
        judgement = state.judgement or Judgement()
        details = dict(coverage=judgement.coverage, missing=judgement.missing, unknown=judgement.unknown)
        _, required = wanted_types(state.text, state.context, result.used_context)
        years = YEAR.findall(state.text)
        for candidate in candidate_hits(result, required):
            if years and about_other_years(result, candidate.chunk.doc_id, years):
                continue
            answer, body = compose(state.text, state.lang, result, judgement.coverage, state.context, top=candidate)
            if all(answer_types.holds(kind, body) for kind in required):
                state.answer = replace(answer, missing=judgement.missing, unknown=judgement.unknown)
                state.note(self.name, "quote", ", ".join(answer.citations)
                           + (f"; needs {', '.join(sorted(required))}" if required else ""))
                return state
        top = result.hits[0]
        reason = "other_year" if years and about_other_years(result, top.chunk.doc_id, years) else "no_answer_type"
        state.answer = decline_answer(state.lang, top.score, result.hits, reason=reason, **details)
        state.note(self.name, reason, f"needs {', '.join(sorted(required))}" if required else "")
        return state
