"""generate: with an LLM endpoint configured, the model writes the answer from the passages (checked before
it is used); without one, or when its answer does not check out, compose quotes the passages instead."""
from __future__ import annotations

from typing import ClassVar

from pipeline.llm import LLMGenerator
from pipeline.state import TurnState


class Generate:
    name: ClassVar[str] = "generate"
    always: ClassVar[bool] = False

    def __init__(self, generator: LLMGenerator | None = None) -> None:
        self.generator = generator

    def run(self, state: TurnState) -> TurnState:
        if self.generator is None:
            state.note(self.name, "off", "no LLM endpoint configured")
            return state
        result = state.retrieval
        if state.answer is not None or result is None or not result.hits:
            return state
        request = self.generator.request(state.text, state.lang, result.hits)
        state.llm_placeholders = request.passage_values
        generated = self.generator.generate(state.text, state.lang, result.hits, request)
        if generated is None:
            state.note(self.name, "fallback", "endpoint failed or its answer did not check out")
            return state
        state.answer = generated
        state.note(self.name, "answer" if generated.confident else "NO_ANSWER", ", ".join(generated.citations))
        return state
