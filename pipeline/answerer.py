"""The knowledge stages alone as one call, for the benches and tests that measure answering without the rest
of a turn (escalation, smalltalk, wording). Same stages and order as the turn pipeline's."""
from __future__ import annotations

from knowledge.answering import Answer
from knowledge.retrieval import Retriever
from pipeline.build import knowledge_stages
from pipeline.core import Pipeline
from pipeline.llm import LLMGenerator
from pipeline.state import Turn, TurnState
from tandem.settings import get_settings


class KnowledgeAnswerer:
    def __init__(self, retriever: Retriever, threshold: float | None = None,
                 generator: LLMGenerator | None = None) -> None:
        """``threshold``: the decide stage's operating point (default: the answer model's)."""
        self.retriever = retriever
        settings = get_settings().model_copy(update={"answer_threshold": threshold})
        self.pipeline = Pipeline(knowledge_stages(retriever, settings, generator))

    @property
    def threshold(self) -> float:
        return self.pipeline.stage("decide").threshold

    @threshold.setter
    def threshold(self, value: float) -> None:
        self.pipeline.stage("decide").threshold = value

    def run(self, question: str, lang: str, context: str = "") -> TurnState:
        turn = Turn(text=question, previous_user_messages=(context,) if context else ())
        return self.pipeline.run(TurnState(turn=turn, text=question, lang=lang))

    def answer(self, question: str, lang: str, context: str = "") -> Answer:
        state = self.run(question, lang, context)
        if state.answer is None:
            raise RuntimeError("the knowledge stages ended without an answer or a decline")
        return state.answer
