"""What flows through the turn pipeline: the follower's turn in, the state every stage reads and writes, the reply out.

Plain data, so one stage can be tested with a hand-made state and the whole turn without Rasa.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handoff.detector import BotTurn, Detection

if TYPE_CHECKING:
    from knowledge.answering import Answer
    from knowledge.retrieval import Retrieval
    from pipeline.features import Candidate


@dataclass(frozen=True)
class Turn:
    """One follower message and what the conversation knows so far (read from Rasa's tracker)."""
    text: str
    intent: str | None = None
    intent_confidence: float = 0.0
    previous_user_messages: tuple[str, ...] = ()
    language: str | None = None
    bot_failures: int = 0
    offered_handover: bool = False
    first_reply: bool = False
    sender_id: str = ""
    last_reply_kind: str | None = None  # the bot's previous reply: answer | decline | smalltalk | handover | …
    language_fixed: bool = False        # answer in ``language`` whatever the text looks like (staff trying a question)
    previous_bot_turns: tuple[BotTurn, ...] = ()  # the bot's replies since the last handover, oldest first


@dataclass
class Reply:
    """What the bot sends. ``kind`` is smalltalk | answer | decline | handover | empty | blocked (the gate
    refused the message: ``messages`` then holds at most a rate-limit notice)."""
    kind: str
    language: str
    messages: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    detection: Detection | None = None

    @property
    def handover(self) -> bool:
        return self.kind == "handover"


@dataclass(frozen=True)
class TraceEntry:
    """One stage's decision on one message: printed by ``kb search --trace`` and ``tandem eval --trace``."""
    stage: str
    verdict: str
    detail: str = ""
    ms: float = 0.0

    def as_dict(self) -> dict:
        return {"stage": self.stage, "verdict": self.verdict, "detail": self.detail, "ms": round(self.ms, 2)}


@dataclass
class TurnState:
    """The turn as it moves through the stages. A stage that sets ``reply`` ends the turn; only stages
    marked ``always`` (recording a content gap, presenting the reply) still run after that."""
    turn: Turn
    text: str = ""                              # the cleaned message
    truncated: bool = False
    lang: str = "de"
    gate_flags: tuple[str, ...] = ()
    detection: Detection | None = None
    retrieval: Retrieval | None = None
    candidates: list[Candidate] = field(default_factory=list)   # compose's quotes of the candidate documents
    margin: float | None = None                 # how far the answered candidate cleared the decide threshold
    answer: Answer | None = None                # the knowledge path's answer or decline, once one is made
    reply: Reply | None = None
    trace: list[TraceEntry] = field(default_factory=list)
    # the placeholders the LLM endpoint was given for the knowledge base's own personal data ("[PHONE_1]" -> the
    # number): traced replies carry them, so `tandem eval` can read the request as the follower would read it
    llm_placeholders: dict[str, str] = field(default_factory=dict)

    @property
    def context(self) -> str:
        """The previous follower message: a follow-up ("und für Gewerbekunden?") is retrieved with it."""
        return " ".join(self.turn.previous_user_messages[-1:])

    @property
    def done(self) -> bool:
        return self.reply is not None

    def note(self, stage: str, verdict: str, detail: str = "") -> None:
        self.trace.append(TraceEntry(stage, verdict, detail))
