"""The insights tables, in the Tandem database next to the inbox's (same ``Base``, created on first use).

Every follower message the bot handled is one `InsightMessage`: when, which channel and language, what the
bot did (answer, decline, handover, smalltalk …), the handover reasons, whether it was a content gap, its
text with personal data redacted (`privacy.redact`) and its sentence embedding (the knowledge base's encoder),
and its topic. The row keeps the ``sender_id`` so GDPR export and erasure (`privacy.stores`, which finds every
table with that column) and retention cover it without a change there.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, Float, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from inbox.db import Base, sessions_with_tables

OPEN, ACKNOWLEDGED = "open", "acknowledged"


def now() -> datetime:
    return datetime.now(timezone.utc)


class InsightMessage(Base):
    """One follower message and what the bot did with it."""

    __tablename__ = "insight_messages"
    __table_args__ = (Index("ix_insight_messages_topic_at", "topic_id", "at"),
                      Index("ix_insight_messages_channel_at", "channel", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    channel: Mapped[str] = mapped_column(String(64), default="unknown")
    language: Mapped[str] = mapped_column(String(8), default="")
    kind: Mapped[str] = mapped_column(String(16))                  # answer | decline | handover | smalltalk | empty
    opens: Mapped[bool] = mapped_column(Boolean, default=False)     # the conversation's first message
    reasons: Mapped[str] = mapped_column(String(200), default="")   # handover reasons, comma-separated
    negative: Mapped[bool] = mapped_column(Boolean, default=False)  # the detector found anger / distress
    sarcastic: Mapped[bool] = mapped_column(Boolean, default=False)
    handed_over: Mapped[bool] = mapped_column(Boolean, default=False)
    gap: Mapped[str] = mapped_column(String(32), default="")        # content-gap reason ('' = not a gap)
    text: Mapped[str] = mapped_column(Text, default="")             # redacted, at most 500 characters
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)   # float32 × 512
    topic_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reply_id: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)  # answers: for feedback
    sources: Mapped[str] = mapped_column(String(500), default="")   # cited document ids, comma-separated

    @property
    def complaint(self) -> bool:
        """What the early warning counts: a negative, sarcastic or handed-over message."""
        return bool(self.negative or self.sarcastic or self.handed_over)


class Topic(Base):
    """A cluster of similar messages. Kept (``active`` False) when it stops appearing, so history keeps its name."""

    __tablename__ = "insight_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    words: Mapped[list] = mapped_column(JSON, default=list)
    example: Mapped[str] = mapped_column(Text, default="")
    centroid: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Alert(Base):
    """One rise of one topic's complaints (see `insights.alerts`). A rise has one row however long it lasts."""

    __tablename__ = "insight_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)   # None: not yet clustered
    topic_label: Mapped[str] = mapped_column(String(200))
    began_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    observed: Mapped[int] = mapped_column(Integer)         # complaints on the topic since the rise began
    expected: Mapped[float] = mapped_column(Float)         # … expected from the baseline share and the traffic
    baseline_share: Mapped[float] = mapped_column(Float)
    share: Mapped[float] = mapped_column(Float)            # the topic's complaint share since the rise began
    statistic: Mapped[float] = mapped_column(Float)
    channels: Mapped[dict] = mapped_column(JSON, default=dict)
    examples: Mapped[list] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(16), default=OPEN, index=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    notified: Mapped[dict] = mapped_column(JSON, default=dict)   # channel → "sent" or the error

    @property
    def ratio(self) -> float:
        return self.observed / self.expected if self.expected > 0 else float("inf")


class AnswerFeedback(Base):
    """A follower's thumbs-down (or up) on one bot answer; one vote per answer, the last one counts."""

    __tablename__ = "insight_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reply_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    vote: Mapped[str] = mapped_column(String(8))            # down | up
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)


class Digest(Base):
    """A weekly digest sent, so a restart in the same week does not send it again."""

    __tablename__ = "insight_digests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(String(10), unique=True)    # ISO week, e.g. 2026-W48
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    via: Mapped[dict] = mapped_column(JSON, default=dict)


TABLES = [InsightMessage.__table__, Topic.__table__, Alert.__table__, AnswerFeedback.__table__, Digest.__table__]
def sessions(url: str) -> sessionmaker[Session]:
    """Sessions on the Tandem database with the insights tables created (once per process and URL)."""
    return sessions_with_tables(url, TABLES)
