"""The knowledge base's two tables in the Tandem database: the change log and the content gaps.

They live next to the inbox's tables (same ``Base``, same database URL). ``sessions(url)`` creates them
on first use in a process, so an existing database gains them without a migration step.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Float, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from database.engine import Base, sessions_with_tables


def now() -> datetime:
    return datetime.now(timezone.utc)


class KBChange(Base):
    """One change to the knowledge base: who (OS user for the CLI, staff user for the API), what, when."""

    __tablename__ = "kb_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    via: Mapped[str] = mapped_column(String(16))            # cli | api
    action: Mapped[str] = mapped_column(String(16))         # added | updated | removed
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class ContentGap(Base):
    """A question the bot declined or answered with low confidence, with personal data removed."""

    __tablename__ = "kb_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    question: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(String(32), default="")
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)   # filled when first grouped


def sessions(url: str) -> sessionmaker[Session]:
    return sessions_with_tables(url, [KBChange.__table__, ContentGap.__table__])
