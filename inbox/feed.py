"""Changes since a cursor, for the live stream to agents' pages.

Because every state change is a `HandoverEvent` and every message a follower writes while handed over is a
`WaitingMessage`, both tables only grow and their ids are a natural cursor: a page that reconnects with
its last cursor misses nothing, and any process (Rasa's action server, other API workers) that writes the
database is seen without a message bus.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inbox.auth import aware
from inbox.models import Handover, HandoverEvent, WaitingMessage

_CURSOR = re.compile(r"^(\d{1,12})-(\d{1,12})$")


@dataclass(frozen=True)
class Cursor:
    event_id: int = 0
    message_id: int = 0

    def __str__(self) -> str:
        return f"{self.event_id}-{self.message_id}"

    @classmethod
    def parse(cls, text: str | None) -> Cursor | None:
        match = _CURSOR.match(text or "")
        return cls(int(match[1]), int(match[2])) if match else None


@dataclass(frozen=True)
class Change:
    """What changed; pages re-read the queue or conversation rather than patching from this."""

    kind: str            # "event" (handed_over, claimed, transferred, …) or "message" (follower wrote)
    handover_id: int
    action: str
    actor: str
    at: str
    state: str
    assigned_to: str | None
    priority: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def latest_cursor(session: Session) -> Cursor:
    return Cursor(int(session.scalar(select(func.max(HandoverEvent.id))) or 0),
                  int(session.scalar(select(func.max(WaitingMessage.id))) or 0))


def _iso(moment: datetime) -> str:
    return aware(moment).isoformat()


def changes_since(session: Session, cursor: Cursor, limit: int = 200) -> tuple[list[Change], Cursor]:
    events = session.execute(
        select(HandoverEvent, Handover).join(Handover, Handover.id == HandoverEvent.handover_id)
        .where(HandoverEvent.id > cursor.event_id).order_by(HandoverEvent.id).limit(limit)).all()
    messages = session.execute(
        select(WaitingMessage, Handover).join(Handover, Handover.id == WaitingMessage.handover_id)
        .where(WaitingMessage.id > cursor.message_id).order_by(WaitingMessage.id).limit(limit)).all()
    changes = [Change("event", h.id, e.action, e.actor, _iso(e.at), h.state, h.assigned_to, h.priority)
               for e, h in events]
    changes += [Change("message", h.id, "follower_wrote", "follower", _iso(m.created_at), h.state, h.assigned_to,
                       h.priority) for m, h in messages]
    changes.sort(key=lambda c: c.at)
    new_cursor = Cursor(events[-1][0].id if events else cursor.event_id,
                        messages[-1][0].id if messages else cursor.message_id)
    return changes, new_cursor
