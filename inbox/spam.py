"""Spam in the inbox: conversations whose messages `safety.gate` flagged are marked, and shown to agents.

Product decision: a brand's agents should see what the bot silenced, so a mistaken flag can be put right,
without spam crowding out people who need help. So:

- a follower already in the queue (handed over for another reason) only gets the marker (``Handover.spam``);
- a follower not in the queue whose message was *silenced* (link flood, the same text again and again, too
  many messages: `QUEUE_FLAGS`) is queued with the reason ``spam`` at priority 0, below every real reason, so
  it never moves anyone else down the queue. Their conversation is not paused: the bot still answers what the
  gate lets through, so a false alarm costs the follower nothing;
- agents dismiss such a conversation (`inbox.handling.dismiss_spam`: closed, no rating prompt); for
  ``QUIET_AFTER_DISMISS_S`` after that the same sender is not queued again for spam alone.

A flag is written once per kind: a flood of flagged messages adds one event per new kind, not one per message.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox.models import CLOSED, WAITING, Handover, HandoverEvent, now
from inbox.queue import SPAM_REASON, open_handover

REASON = SPAM_REASON
PRIORITY = 0
QUEUE_FLAGS = frozenset({"links", "link_flood", "repeated", "rate"})
QUIET_AFTER_DISMISS_S = 24 * 3600.0
DISMISSED = "dismissed_spam"
FLAGGED = "flagged_spam"
EXPLAIN = {
    "links": "several links in one message",
    "link_flood": "many links in a short time",
    "repeated": "the same message again and again",
    "noise": "a long run of one character",
    "rate": "too many messages too fast",
    "agent": "marked by an agent",
}


def flags_of(handover: Handover) -> list[str]:
    return [str(f) for f in (handover.spam or [])]


def is_spam_only(handover: Handover) -> bool:
    """Queued for spam alone (nobody asked for a person; the Rasa conversation is not paused)."""
    return list(handover.reasons or []) == [REASON]


def explanation(flags: list[str]) -> str:
    return "spam: " + "; ".join(EXPLAIN.get(f, f) for f in flags)


def _recently_dismissed(session: Session, sender_id: str) -> bool:
    since = now() - timedelta(seconds=QUIET_AFTER_DISMISS_S)
    return session.scalar(
        select(HandoverEvent.id).join(Handover, Handover.id == HandoverEvent.handover_id)
        .where(Handover.sender_id == sender_id, Handover.state == CLOSED, HandoverEvent.action == DISMISSED,
               HandoverEvent.at >= since).limit(1)) is not None


def flag(session: Session, *, sender_id: str, flags: list[str] | tuple[str, ...], channel: str = "unknown",
         language: str = "de", text: str = "", max_summary_chars: int = 200) -> Handover | None:
    """Record that ``sender_id``'s message was flagged; returns the handover that carries the marker, if any."""
    flags = [f for f in dict.fromkeys(flags) if f]
    if not flags:
        return None
    handover = open_handover(session, sender_id)
    if handover is None:
        if not QUEUE_FLAGS.intersection(flags) or _recently_dismissed(session, sender_id):
            return None
        handover = Handover(sender_id=sender_id, channel=channel, language=language, reasons=[REASON],
                            priority=PRIORITY, explanation=explanation(flags),
                            summary=(text or "").strip()[:max_summary_chars], state=WAITING, spam=flags)
        session.add(handover)
        session.flush()
        session.add(HandoverEvent(handover_id=handover.id, actor="bot", action=FLAGGED, detail=", ".join(flags)))
        session.commit()
        return handover
    known = flags_of(handover)
    new = [f for f in flags if f not in known]
    if not new:
        return handover
    handover.spam = known + new
    if is_spam_only(handover):
        handover.explanation = explanation(handover.spam)
    session.add(HandoverEvent(handover_id=handover.id, actor="bot", action=FLAGGED, detail=", ".join(new)))
    session.commit()
    return handover
