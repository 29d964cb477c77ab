"""Every change to the knowledge base, recorded: who, what, when, and the content hash it left behind.

The CLI records the operating-system user (``getpass.getuser()``), the API the signed-in staff user.
Listed by ``tandem kb log`` and ``GET /api/kb/changes``.
"""
from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from knowledge.tables import KBChange, sessions


@dataclass(frozen=True)
class Change:
    at: datetime
    actor: str
    via: str
    action: str
    doc_id: str
    content_hash: str
    detail: str = ""

    def as_dict(self) -> dict:
        return {"at": self.at.isoformat(), "actor": self.actor, "via": self.via, "action": self.action,
                "doc_id": self.doc_id, "content_hash": self.content_hash, "detail": self.detail}


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no passwd entry (containers) and no LOGNAME/USER
        return "unknown"


def record(database: str, actor: str, via: str, action: str, doc_id: str, content_hash: str = "",
           detail: str = "") -> None:
    with sessions(database)() as session:
        session.add(KBChange(actor=actor[:128], via=via[:16], action=action[:16], doc_id=doc_id[:512],
                             content_hash=content_hash[:64], detail=detail))
        session.commit()


def changes(database: str, limit: int = 100, doc_id: str | None = None) -> list[Change]:
    """Newest first."""
    with sessions(database)() as session:
        query = select(KBChange).order_by(KBChange.id.desc()).limit(limit)
        if doc_id:
            query = query.where(KBChange.doc_id == doc_id)
        return [Change(at=_aware(c.at), actor=c.actor, via=c.via, action=c.action, doc_id=c.doc_id,
                       content_hash=c.content_hash, detail=c.detail) for c in session.scalars(query)]


def last_changes(database: str) -> dict[str, Change]:
    """The latest change per document (for the list's 'changed … by …' column)."""
    out: dict[str, Change] = {}
    for change in reversed(changes(database, limit=10_000)):
        out[change.doc_id] = change
    return out


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)
