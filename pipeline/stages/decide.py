"""decide: which candidate to answer from, or whether to decline. The answer model (`pipeline.model`, learned
from many companies' questions) gives each candidate the probability that answering from it is right; the
best is sent when it reaches the model's operating point, otherwise the bot says it does not know."""
from __future__ import annotations

from typing import ClassVar

import numpy as np

from knowledge.answering import asked_words, decline_answer
from pipeline.features import QUESTION_FEATURE
from pipeline.model import AnswerModel
from pipeline.state import TurnState


def decline_reason(features: dict[str, float], pushes: dict[str, float] | None = None) -> str:
    """The content-gap reason staff see for a declined question, from the best candidate's features and, when
    given, each input's push on its log-odds. A question about another year than its best passage names is
    "other_year" first: that is exact, and the question model also reads "what did it cost in 2024?" as a near miss.
    Otherwise a message the question model pushed down more than any other input did is "not_a_kb_question"
    (off-topic, a manipulation attempt, or reading like one) rather than a gap."""
    if features["other_year"]:
        return "other_year"
    if pushes and pushes.get(QUESTION_FEATURE, 0.0) < 0 and pushes[QUESTION_FEATURE] == min(pushes.values()):
        return "not_a_kb_question"
    if features["needs_type"] and not features["type_held"]:
        return "no_answer_type"
    if features["unknown_share"] > 0:
        return "unknown_terms"
    return "low_score"


class Decide:
    name: ClassVar[str] = "decide"
    always: ClassVar[bool] = False

    def __init__(self, model: AnswerModel, threshold: float | None = None) -> None:
        """``threshold`` overrides the model's operating point (a brand that prefers fewer, surer answers)."""
        self.model = model
        self.threshold = model.threshold if threshold is None else threshold

    def run(self, state: TurnState) -> TurnState:
        result = state.retrieval
        if state.answer is not None or result is None or not state.candidates:
            return state
        rows = [c.features for c in state.candidates]
        question = self.model.question_input(result.vector)
        for candidate, p in zip(state.candidates, self.model.probability(np.vstack(rows), question)):
            candidate.probability = float(p)
        best = max(state.candidates, key=lambda c: c.probability)
        why = ", ".join(f"{c.label} {c.probability:.2f}" for c in state.candidates)
        asked = f"; reads as a question the knowledge base answers: {question:.2f}" if question is not None else ""
        state.margin = best.probability - self.threshold
        if best.probability >= self.threshold:
            state.answer = best.answer
            state.note(self.name, "answer", f"{why} (≥ {self.threshold:.2f}){asked}")
            return state
        features = dict(zip(self.model.features, best.features))
        reason = decline_reason(features, self.model.contributions(best.features, question))
        quoted = best.answer
        state.answer = decline_answer(state.lang, best.hit.score, result.hits, reason=reason, coverage=quoted.coverage,
                                      missing=quoted.missing, unknown=quoted.unknown)
        state.note(self.name, reason, f"{why} (< {self.threshold:.2f}){asked}; asked {len(asked_words(result))} words")
        return state
