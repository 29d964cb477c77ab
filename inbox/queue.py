"""Putting handed-over conversations in the queue and telling waiting followers where they stand."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from inbox.models import OPEN_STATES, WAITING, Handover, HandoverEvent, WaitingMessage, now

SPAM_REASON = "spam"   # inbox.spam.REASON (that module builds on this one)


def open_handover(session: Session, sender_id: str) -> Handover | None:
    return session.scalars(
        select(Handover).where(Handover.sender_id == sender_id, Handover.state.in_(OPEN_STATES))
        .order_by(Handover.id.desc())
    ).first()


def enqueue(session: Session, *, sender_id: str, channel: str, language: str, reasons: list[str], priority: int,
            explanation: str, summary: str) -> Handover:
    """Queue a conversation once: a follower already waiting is not handed over a second time. One queued for
    spam alone (`inbox.spam`) who now needs a person becomes a real handover, keeping its spam marker."""
    existing = open_handover(session, sender_id)
    if existing is not None:
        if list(existing.reasons or []) != [SPAM_REASON]:
            return existing
        existing.reasons, existing.priority, existing.explanation = reasons, priority, explanation
        existing.summary, existing.updated_at = summary, now()
        session.add(HandoverEvent(handover_id=existing.id, actor="bot", action="handed_over", detail=explanation))
        session.commit()
        return existing
    handover = Handover(sender_id=sender_id, channel=channel, language=language, reasons=reasons, priority=priority,
                        explanation=explanation, summary=summary, state=WAITING)
    session.add(handover)
    session.flush()
    session.add(HandoverEvent(handover_id=handover.id, actor="bot", action="handed_over", detail=explanation))
    session.commit()
    return handover


def position(session: Session, handover: Handover) -> int:
    """1 = next. Higher priority goes first; equal priority, who waited longer."""
    ahead = session.scalar(
        select(func.count()).select_from(Handover).where(
            Handover.state == WAITING, Handover.id != handover.id,
            or_(Handover.priority > handover.priority,
                (Handover.priority == handover.priority) & (Handover.created_at < handover.created_at)),
        )
    )
    return int(ahead or 0) + 1


def record_waiting_message(session: Session, handover: Handover, text: str) -> WaitingMessage:
    message = WaitingMessage(handover_id=handover.id, text=text)
    session.add(message)
    session.commit()
    return message


QUEUE_NOTICE = "queue_notice"


def record_queue_notice(session: Session, handover: Handover, text: str) -> HandoverEvent:
    """What the bot told a waiting follower about their place in the queue. The channel connector sends it, so Rasa's
    tracker never holds it; kept here, the agent's transcript shows what the follower was told."""
    event = HandoverEvent(handover_id=handover.id, actor="bot", action=QUEUE_NOTICE, detail=text)
    session.add(event)
    session.commit()
    return event


def waiting_since(handover: Handover, moment: datetime | None = None) -> float:
    created = handover.created_at if handover.created_at.tzinfo else handover.created_at.replace(tzinfo=now().tzinfo)
    return ((moment or now()) - created).total_seconds()
