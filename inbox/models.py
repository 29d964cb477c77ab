"""Tables of the inbox. Nothing is deleted: state changes are new `HandoverEvent` rows."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inbox.db import Base

WAITING, ASSIGNED, RETURNED, CLOSED = "waiting", "assigned", "returned", "closed"
OPEN_STATES = (WAITING, ASSIGNED)


def now() -> datetime:
    return datetime.now(timezone.utc)


class Handover(Base):
    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    channel: Mapped[str] = mapped_column(String(64), default="unknown")
    language: Mapped[str] = mapped_column(String(8), default="de")
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    priority: Mapped[int] = mapped_column(Integer, default=0, index=True)
    explanation: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default=WAITING, index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)

    messages: Mapped[list["WaitingMessage"]] = relationship(back_populates="handover", order_by="WaitingMessage.id")
    events: Mapped[list["HandoverEvent"]] = relationship(back_populates="handover", order_by="HandoverEvent.id")


class WaitingMessage(Base):
    """What the follower wrote after the handover, while no agent had answered yet."""

    __tablename__ = "waiting_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)

    handover: Mapped[Handover] = relationship(back_populates="messages")


class HandoverEvent(Base):
    __tablename__ = "handover_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)

    handover: Mapped[Handover] = relationship(back_populates="events")
