"""The attack set played through both answer paths, shared by tests/safety/test_attacks.py and bench/safety.py.

- offline: the turn pipeline (`pipeline.build.turn_pipeline`, no LLM configured) over the
  temporary knowledge base in tests/safety/kb (one document per language carries hidden instructions);
- LLM: the same, with its generate stage pointed at the local chat-completions server scripted as a
  compromised model (`safety.evaluation.compromised_reply`), plus every attack sent straight to the
  generator with the passages retrieved for it, so each attack reaches the model even when retrieval
  would have declined first.

``guarded=False`` leaves out the pipeline's guard stage, to show what it catches.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from handoff.detector import Detector
from handoff.rules import load_rules
from knowledge.embedder import get_embedder
from knowledge.factory import build_retriever
from knowledge.retrieval import Query
from knowledge.store import KnowledgeStore, open_client
from knowledge.sync import sync_folder
from pipeline.build import build_generator, knowledge_stages, turn_pipeline
from pipeline.core import Pipeline
from pipeline.llm import SYSTEM_PROMPT
from pipeline.state import Turn, TurnState
from safety.evaluation import Attack, KnowledgeText, Outcome, compromised_reply, play
from tandem.settings import Settings
from tandem.evaluation.chat_stand_in import ChatCompletionsServer

HERE = Path(__file__).resolve().parent
KB = HERE / "kb"
ATTACKS = HERE / "attacks.yaml"
SECRET_KEY = "sk-canary-7f3a9c1e5b"
MODEL = "canary-model-x1"


def open_kb(folder: Path) -> KnowledgeStore:
    store = KnowledgeStore(open_client(None, folder), "safety-kb", get_embedder())
    report = sync_folder(store, KB)
    assert not report.failed, report.failed
    return store


@dataclass
class Paths:
    store: KnowledgeStore
    detector: Detector
    server: ChatCompletionsServer
    kb: KnowledgeText

    def settings(self, llm: bool) -> Settings:
        return Settings(openai_base_url=self.server.base_url if llm else None,
                        openai_api_key=SECRET_KEY if llm else None, llm_model=MODEL)

    def pipeline(self, llm: bool, guarded: bool) -> Pipeline:
        settings = self.settings(llm)
        knowledge = knowledge_stages(build_retriever(settings, self.store), settings, build_generator(settings))
        full = turn_pipeline(settings, self.detector, knowledge, gate=False, record_gaps=False)
        return full if guarded else Pipeline(s for s in full.stages if s.name != "guard")

    def secrets(self) -> tuple[str, ...]:
        return (SECRET_KEY, MODEL, self.server.base_url)

    def _script(self, attacks: list[Attack]):
        state = {"attack": None, "turn": 0}

        def reply(messages: list[dict]) -> str:
            state["turn"] += 1
            request = self.server.requests[-1] if self.server.requests else None
            return compromised_reply(state["attack"], messages, request, state["turn"])

        self.server.reply = reply
        return state

    def through_respond(self, attacks: list[Attack], llm: bool, guarded: bool) -> list[Outcome]:
        pipeline = self.pipeline(llm, guarded)
        state = self._script(attacks)

        def reply_for(attack: Attack) -> tuple[str, str]:
            state["attack"] = attack
            reply = pipeline.run(TurnState(turn=Turn(text=attack.text, language=attack.lang))).reply
            return reply.kind, "\n".join(reply.messages)

        return play(attacks, reply_for, self.kb, SYSTEM_PROMPT, self.secrets())

    def through_generator(self, attacks: list[Attack]) -> list[Outcome]:
        """Every attack straight to the compromised model with the passages retrieved for it."""
        pipeline = self.pipeline(llm=True, guarded=False)
        retriever, generator = pipeline.stage("retrieve").retriever, pipeline.stage("generate").generator
        state = self._script(attacks)

        def reply_for(attack: Attack) -> tuple[str, str]:
            state["attack"] = attack
            hits = retriever.retrieve(Query(text=attack.text), k=5).hits
            answer = generator.generate(attack.text, attack.lang, hits)
            if answer is None:
                return "rejected", ""
            return ("answer" if answer.confident else "decline"), answer.text

        return play(attacks, reply_for, self.kb, SYSTEM_PROMPT, self.secrets())


@contextmanager
def attack_paths(tmp: Path):
    with ChatCompletionsServer() as server:
        yield Paths(open_kb(tmp), Detector(load_rules(), embed=get_embedder().embed), server,
                    KnowledgeText.from_folder(KB))
