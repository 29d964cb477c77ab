"""The order of a turn, written once. The action server, `tandem kb search`, `tandem eval` (through the action
server) and the benches all build their pipeline here.

    clean → language → gate → empty → escalate → readable → smalltalk → instructions → others_data
          → retrieve → generate → compose → decide → guard → record_gap → record_feedback → present

``generate`` passes when no LLM endpoint is configured; ``compose`` and ``decide`` pass when it answered.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from handoff.detector import Detector
from handoff.rules import load_rules
from knowledge.embedder import get_embedder
from knowledge.factory import build_retriever
from knowledge.retrieval import Retriever
from knowledge.store import KnowledgeStore
from pipeline.core import Pipeline, Stage
from pipeline.llm import LLMGenerator
from pipeline.model import DEFAULT_MODEL, AnswerModel
from pipeline.stages.clean import Clean
from pipeline.stages.compose import Compose
from pipeline.stages.decide import Decide
from pipeline.stages.empty import Empty
from pipeline.stages.escalate import DetectsHandovers, Escalate
from pipeline.stages.gate import Gate
from pipeline.stages.generate import Generate
from pipeline.stages.guard import Guard
from pipeline.stages.instructions import Instructions
from pipeline.stages.language import Language
from pipeline.stages.others_data import OthersData
from pipeline.stages.present import Present
from pipeline.stages.readable import Readable
from pipeline.stages.record_feedback import RecordFeedback
from pipeline.stages.record_gap import RecordGap
from pipeline.stages.retrieve import Retrieve
from pipeline.stages.smalltalk import Smalltalk
from tandem.settings import Settings


log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def answer_model(path: Path | None) -> AnswerModel:
    return AnswerModel.load(path or DEFAULT_MODEL)


def knowledge_stages(retriever: Retriever, settings: Settings, generator: LLMGenerator | None = None) -> list[Stage]:
    """From the message to a cited answer or a decline. With an LLM endpoint every question with passages
    reaches the model (its NO_ANSWER is the decline); otherwise the answer model picks a quote or declines."""
    answering = settings.answering
    k = max(answering.retrieve_k, answering.llm_passages) if generator is not None else answering.retrieve_k
    model = answer_model(settings.answer_model)
    centred = getattr(retriever, "centering", None) is not None
    if model.center_languages is not None and model.center_languages != centred:
        log.warning("the answer model was trained with retrieval %s, and retrieval is %s now: its probabilities "
                    "are off; retrain it (scripts/train_answering.py)",
                    *(("centred" if c else "not centred") for c in (model.center_languages, centred)))
    retrieve, compose = candidate_stages(retriever, settings, k)
    return [retrieve, Generate(generator), compose, Decide(model, settings.answer_threshold), Guard()]


def candidate_stages(retriever: Retriever, settings: Settings, k: int | None = None) -> list[Stage]:
    """Retrieve ``k`` passages (``answering.retrieve_k`` unless given) and compose the candidate quotes the decide
    stage weighs. The answer model's training (`scripts/train_answering.py`) builds its rows with these same two
    stages, so its candidates cannot drift from the action server's."""
    answering = settings.answering
    k = answering.retrieve_k if k is None else k
    return [Retrieve(retriever, k, settings.quoting),
            Compose(answering.max_docs, settings.quoting, answering.quotes_per_doc)]


def turn_pipeline(settings: Settings, detector: DetectsHandovers, knowledge: list[Stage], gate: bool = True,
                  record_gaps: bool = True) -> Pipeline:
    """Every stage of a follower's turn; ``knowledge`` is `knowledge_stages(...)` (tests may put a stand-in
    there). ``gate`` and ``record_gaps`` are off for staff trying questions."""
    return Pipeline([
        Clean(settings.max_message_chars),
        Language(),
        *([Gate()] if gate else []),
        Empty(settings.german_form),
        Escalate(detector),
        Readable(settings.german_form),
        Smalltalk(form=settings.german_form, retrieval=settings.retrieval),
        *([Instructions(settings.german_form)] if settings.checks.instructions else []),
        *([OthersData(settings.german_form)] if settings.checks.others_data else []),
        *knowledge,
        *([RecordGap(settings, settings.answering.low_margin),
           RecordFeedback(settings, settings.answering.rephrase_share)] if record_gaps else []),
        Present(settings.assistant_name, settings.disclosure, settings.german_form),
    ])


def build_detector() -> Detector:
    """Shares the knowledge base's embedding model instead of loading a second copy."""
    return Detector(load_rules(), embed=get_embedder().embed)


def build_generator(settings: Settings) -> LLMGenerator | None:
    return LLMGenerator.from_settings(settings) if settings.llm_enabled else None


def build_turn_pipeline(settings: Settings, store: KnowledgeStore | None = None, gate: bool = True,
                        record_gaps: bool = True) -> Pipeline:
    """The production pipeline from settings: the store, the dictionary, the detector and any LLM endpoint."""
    knowledge = knowledge_stages(build_retriever(settings, store), settings, build_generator(settings))
    return turn_pipeline(settings, build_detector(), knowledge, gate=gate, record_gaps=record_gaps)
