"""Tables of the inbox. Nothing is deleted: state changes are new `HandoverEvent` rows."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.engine import Base

WAITING, ASSIGNED, RETURNED, CLOSED = "waiting", "assigned", "returned", "closed"
STATES = (WAITING, ASSIGNED, RETURNED, CLOSED)
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
    # Why the follower's messages were flagged as spam (safety.gate flags: links, link_flood, repeated, noise,
    # rate); empty = not spam. Added after the first release: the baseline migration adds it to older databases.
    spam: Mapped[list | None] = mapped_column(JSON, default=list, nullable=True)

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


# --- Agents, sign-in and the agent's side of a handover (issue 6) -------------------------------------------------
# A new table or column needs its migration: `tandem db revision -m "..."` (README, Database migrations).

AGENT, STAFF, ADMIN = "agent", "staff", "admin"
ROLES = (AGENT, STAFF, ADMIN)


class User(Base):
    """A person who signs in to the inbox. Deactivated instead of deleted, so history keeps its names."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=AGENT)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)

    @property
    def shown_name(self) -> str:
        return self.display_name or self.name


class AuthToken(Base):
    """A bearer token, stored only as its SHA-256 so a leaked database does not sign anyone in."""

    __tablename__ = "auth_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    user: Mapped[User] = relationship()


class Note(Base):
    """A private note on a handover: for colleagues only, never sent to the follower."""

    __tablename__ = "handover_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class CannedReply(Base):
    """A prepared answer with placeholders; archived instead of deleted."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)


class Rating(Base):
    """One satisfaction rating per closed handover. The follower proves the right to rate with a random token
    (sent in the rating prompt) stored here only as its hash; `score` stays empty until they rate."""

    __tablename__ = "ratings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    agent: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    invited_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    rated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
