"""Staff trying a question (`tandem kb search`, the /kb page): the turn pipeline as a follower's first message
would meet it, but without the rate limit and without recording a content gap."""
from __future__ import annotations

import threading
from weakref import WeakKeyDictionary

from knowledge.admin import KnowledgeBase
from pipeline.build import build_detector, build_generator, knowledge_stages, turn_pipeline
from pipeline.core import Pipeline
from pipeline.state import Turn, TurnState

_pipelines: WeakKeyDictionary[KnowledgeBase, Pipeline] = WeakKeyDictionary()
_lock = threading.Lock()


def staff_pipeline(kb: KnowledgeBase) -> Pipeline:
    """One per knowledge base and process: building the detector costs a second."""
    with _lock:
        if kb not in _pipelines:
            knowledge = knowledge_stages(kb.retriever, kb.settings, build_generator(kb.settings))
            _pipelines[kb] = turn_pipeline(kb.settings, build_detector(), knowledge, gate=False, record_gaps=False)
        return _pipelines[kb]


def ask(kb: KnowledgeBase, question: str, lang: str | None = None) -> TurnState:
    """The state after the whole turn: ``reply`` is what the bot would send, ``answer`` the knowledge path's
    answer or decline (None when an earlier stage replied), ``trace`` every stage's decision."""
    kb.fresh()
    turn = Turn(text=question, language=lang, language_fixed=bool(lang))
    return staff_pipeline(kb).run(TurnState(turn=turn))
