"""Store every handled follower message for the insights, in a background thread.

`record_turn_later` is called by the action server (`actions/respond.py`) after the pipeline ran. The text is
redacted (`privacy.redact`: names, e-mail, phone, IBAN, card, address, order numbers) before it is stored; the
embedding is the retrieval stage's query vector when the turn got that far on its own (no previous turn mixed
in), else the knowledge base's encoder embeds the redacted text. The message gets the nearest active topic
now (topics loaded at most once a minute), so the early warning sees it at its next check.

Like content gaps, recording never delays or breaks a reply: one worker thread, errors logged.
"""
from __future__ import annotations

import logging
import secrets
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from insights.tables import InsightMessage, now, sessions
from insights.topics import TopicSet

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 500
TOPICS_TTL_S = 60.0
RECORDED_KINDS = ("answer", "decline", "handover", "smalltalk", "empty")   # not "blocked": the spam gate's


def new_reply_id() -> str:
    """An unguessable id for one bot answer: the web chat sends it back with a thumbs-down."""
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class TurnRecord:
    """What the action server knows about one handled message (plain data, so it crosses into the thread)."""
    sender_id: str
    channel: str
    language: str
    kind: str
    text: str
    opens: bool = False
    reasons: tuple[str, ...] = ()
    gap: str = ""
    reply_id: str | None = None
    sources: tuple[str, ...] = ()
    vector: np.ndarray | None = None
    at: datetime | None = None


def from_state(state: Any, sender_id: str, channel: str, reply_id: str | None) -> TurnRecord | None:
    """The record of a finished `pipeline.state.TurnState`, or None for what is not a follower's question."""
    reply = state.reply
    if reply is None or reply.kind not in RECORDED_KINDS:
        return None
    detection = reply.detection if reply.handover else None
    retrieval = state.retrieval
    vector = None
    if retrieval is not None and not retrieval.used_context and retrieval.vector is not None:
        vector = np.asarray(retrieval.vector, dtype=np.float32).reshape(-1)
    gap = next((e.detail for e in state.trace if e.stage == "record_gap" and e.verdict == "recorded"), "")
    return TurnRecord(
        sender_id=sender_id, channel=channel or "unknown", language=reply.language or state.lang or "",
        kind=reply.kind, text=state.text or state.turn.text, opens=bool(state.turn.first_reply),
        reasons=tuple(detection.reasons) if detection else (), gap=gap or "", reply_id=reply_id,
        sources=tuple(str(s.get("id", s.get("doc_id", ""))) if isinstance(s, dict) else str(s)
                      for s in (reply.citations or [])[:10]), vector=vector,
    )


class Recorder:
    """Turns a `TurnRecord` into a stored row: redact, embed, assign a topic, insert."""

    def __init__(self, database: str, embedder: Any = None, redactor: Any = None) -> None:
        self.database = database
        self._embedder = embedder
        self._redactor = redactor
        self._topics: TopicSet | None = None
        self._topics_at = 0.0

    def row(self, record: TurnRecord) -> InsightMessage:
        text = self.redact(record.text, record.language)[:MAX_TEXT_CHARS]
        vec = record.vector
        if vec is None and text.strip():
            vec = np.asarray(self.embedder().embed_one(text), dtype=np.float32)
        return InsightMessage(
            at=record.at or now(), sender_id=record.sender_id[:255], channel=record.channel[:64],
            language=record.language[:8], kind=record.kind, opens=record.opens,
            reasons=",".join(record.reasons)[:200], negative="emotional" in record.reasons,
            sarcastic="sarcasm" in record.reasons, handed_over=record.kind == "handover", gap=record.gap[:32],
            text=text, embedding=None if vec is None else vec.astype(np.float32).tobytes(),
            reply_id=record.reply_id, sources=",".join(s for s in record.sources if s)[:500],
        )

    def store(self, record: TurnRecord) -> InsightMessage:
        row = self.row(record)
        with sessions(self.database)() as session:
            if row.embedding is not None:
                row.topic_id = self.topics(session).assign(np.frombuffer(row.embedding, dtype=np.float32)[None, :])[0]
            session.add(row)
            session.commit()
        return row

    def topics(self, session: Any) -> TopicSet:
        if self._topics is None or time.monotonic() - self._topics_at > TOPICS_TTL_S:
            self._topics, self._topics_at = TopicSet.load(session), time.monotonic()
        return self._topics

    def redact(self, text: str, language: str) -> str:
        if self._redactor is None:
            from privacy.redact import get_redactor

            self._redactor = get_redactor()
        return self._redactor.redact(" ".join((text or "").split()), language or None).text

    def embedder(self) -> Any:
        if self._embedder is None:
            from knowledge.embedder import get_embedder

            self._embedder = get_embedder()
        return self._embedder


_recorders: dict[str, Recorder] = {}
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="insights-record")
_pending: list[Future] = []
_lock = threading.Lock()


def _store(database: str, record: TurnRecord) -> None:
    try:
        recorder = _recorders.get(database)
        if recorder is None:
            recorder = _recorders[database] = Recorder(database)
        recorder.store(record)
    except Exception:  # noqa: BLE001 - the insights must never cost a follower a reply
        log.warning("could not record a message for the insights", exc_info=True)


def record_turn_later(database: str, record: TurnRecord | None) -> None:
    if record is None:
        return
    future = _executor.submit(_store, database, record)
    with _lock:
        _pending[:] = [f for f in _pending if not f.done()] + [future]


def flush(timeout: float = 30.0) -> None:
    """Wait until the messages recorded in the background are stored (tests, shutdown)."""
    with _lock:
        waiting = list(_pending)
    for future in waiting:
        future.result(timeout=timeout)
