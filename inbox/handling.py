"""What agents do with a handover: claim, transfer, unassign, return to the bot, close, reply, write notes.

Every state change is one conditional ``UPDATE … WHERE state IN (…) [AND assigned_to = …]`` followed by a
`HandoverEvent` in the same transaction. The database decides races: of two agents claiming at once, the
update of exactly one matches a row, the other sees rowcount 0 and is told who has the conversation.
Nothing is deleted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inbox import spam
from inbox.auth import has_role
from inbox.models import (ASSIGNED, CLOSED, RETURNED, STAFF, WAITING, Handover, HandoverEvent, Note, User, now)

_KEEP: Any = object()


class HandlingError(Exception):
    """Base for refusals; ``str(error)`` is fit to show an agent."""


class NotFound(HandlingError):
    pass


class Forbidden(HandlingError):
    pass


@dataclass
class Conflict(HandlingError):
    """The handover is not in a state that allows the action (e.g. someone else claimed it first)."""

    state: str
    assigned_to: str | None
    message: str

    def __str__(self) -> str:
        return self.message


def get(session: Session, handover_id: int) -> Handover:
    handover = session.get(Handover, handover_id, populate_existing=True)
    if handover is None:
        raise NotFound(f"no handover {handover_id}")
    return handover


def _conflict(handover: Handover, wanted: str) -> Conflict:
    if handover.state == ASSIGNED:
        text = f"cannot {wanted}: {handover.assigned_to} has this conversation"
    else:
        text = f"cannot {wanted}: the conversation is {handover.state}"
    return Conflict(handover.state, handover.assigned_to, text)


def _transition(session: Session, handover_id: int, *, actor: str, action: str, verb: str,
                allowed_from: tuple[str, ...], to_state: str, assigned_to: Any = _KEEP,
                only_if_assignee: Any = _KEEP, detail: str = "") -> Handover:
    conditions = [Handover.id == handover_id, Handover.state.in_(allowed_from)]
    if only_if_assignee is not _KEEP:
        conditions.append(Handover.assigned_to == only_if_assignee)
    values: dict[str, Any] = {"state": to_state, "updated_at": now()}
    if assigned_to is not _KEEP:
        values["assigned_to"] = assigned_to
    result = session.execute(update(Handover).where(*conditions).values(**values).execution_options(
        synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise _conflict(get(session, handover_id), verb)
    session.add(HandoverEvent(handover_id=handover_id, actor=actor, action=action, detail=detail))
    session.commit()
    return get(session, handover_id)


def _may_act_on_assigned(handover: Handover, user: User) -> bool:
    """The assignee, or staff stepping in (someone fell ill, a shift ended)."""
    return handover.assigned_to == user.name or has_role(user, STAFF)


def claim(session: Session, handover_id: int, user: User) -> Handover:
    get(session, handover_id)
    return _transition(session, handover_id, actor=user.name, action="claimed", verb="claim", allowed_from=(WAITING,),
                       to_state=ASSIGNED, assigned_to=user.name)


def transfer(session: Session, handover_id: int, user: User, target_name: str) -> Handover:
    handover = get(session, handover_id)
    if handover.state != ASSIGNED:
        raise _conflict(handover, "transfer")
    if not _may_act_on_assigned(handover, user):
        raise Forbidden(f"only {handover.assigned_to} or staff can transfer this conversation")
    target = session.scalars(select(User).where(User.name == target_name, User.active.is_(True))).first()
    if target is None:
        raise NotFound(f"no active agent named {target_name!r}")
    if target.name == handover.assigned_to:
        raise Conflict(handover.state, handover.assigned_to, f"{target.name} already has this conversation")
    return _transition(session, handover_id, actor=user.name, action="transferred", verb="transfer",
                       allowed_from=(ASSIGNED,),
                       to_state=ASSIGNED, assigned_to=target.name, only_if_assignee=handover.assigned_to,
                       detail=f"{handover.assigned_to} → {target.name}")


def unassign(session: Session, handover_id: int, user: User) -> Handover:
    handover = get(session, handover_id)
    if handover.state != ASSIGNED:
        raise _conflict(handover, "unassign")
    if not _may_act_on_assigned(handover, user):
        raise Forbidden(f"only {handover.assigned_to} or staff can put this conversation back in the queue")
    return _transition(session, handover_id, actor=user.name, action="unassigned", verb="unassign",
                       allowed_from=(ASSIGNED,),
                       to_state=WAITING, assigned_to=None, only_if_assignee=handover.assigned_to)


def check_can_finish(session: Session, handover_id: int, user: User, wanted: str,
                     allowed_from: tuple[str, ...]) -> Handover:
    """Refuse before Rasa is touched, so a refused "return"/"close" has no side effect."""
    handover = get(session, handover_id)
    if handover.state not in allowed_from:
        raise _conflict(handover, wanted)
    if handover.state == ASSIGNED and not _may_act_on_assigned(handover, user):
        raise Forbidden(f"only {handover.assigned_to} or staff can {wanted} this conversation")
    return handover


RETURN_FROM = (WAITING, ASSIGNED)
CLOSE_FROM = (WAITING, ASSIGNED, RETURNED)


def return_to_bot(session: Session, handover_id: int, user: User) -> Handover:
    handover = check_can_finish(session, handover_id, user, "return to the bot", RETURN_FROM)
    return _transition(session, handover_id, actor=user.name, action="returned", verb="return to the bot",
                       allowed_from=(handover.state,),
                       to_state=RETURNED, only_if_assignee=handover.assigned_to)


def close(session: Session, handover_id: int, user: User, detail: str = "") -> Handover:
    handover = check_can_finish(session, handover_id, user, "close", CLOSE_FROM)
    return _transition(session, handover_id, actor=user.name, action="closed", verb="close",
                       allowed_from=(handover.state,),
                       to_state=CLOSED, only_if_assignee=handover.assigned_to, detail=detail)


DISMISS_FROM = (WAITING, ASSIGNED)


def dismiss_spam(session: Session, handover_id: int, user: User) -> Handover:
    """Close an open conversation as spam: no rating prompt, and `inbox.spam` does not queue the sender again for
    spam alone for a while. One the gate did not flag is marked ``agent`` (an agent recognised the spam)."""
    handover = check_can_finish(session, handover_id, user, "dismiss as spam", DISMISS_FROM)
    if not handover.spam:
        handover.spam = ["agent"]
    return _transition(session, handover_id, actor=user.name, action=spam.DISMISSED, verb="dismiss as spam",
                       allowed_from=(handover.state,), to_state=CLOSED, only_if_assignee=handover.assigned_to,
                       detail=", ".join(spam.flags_of(handover)))


def check_can_reply(session: Session, handover_id: int, user: User) -> Handover:
    """Only the agent who has the conversation writes to the follower: two people answering at once confuse."""
    handover = get(session, handover_id)
    if handover.state != ASSIGNED:
        raise Conflict(handover.state, handover.assigned_to,
                       "claim the conversation before replying" if handover.state == WAITING
                       else f"cannot reply: the conversation is {handover.state}")
    if handover.assigned_to != user.name:
        raise Forbidden(f"{handover.assigned_to} has this conversation; only they can reply")
    return handover


def record_reply(session: Session, handover: Handover, user: User, text: str) -> HandoverEvent:
    event = HandoverEvent(handover_id=handover.id, actor=user.name, action="replied", detail=text)
    session.add(event)
    session.commit()
    return event


def add_note(session: Session, handover_id: int, user: User, text: str) -> Note:
    get(session, handover_id)
    note = Note(handover_id=handover_id, author=user.name, text=text)
    session.add(note)
    session.commit()
    return note


def notes(session: Session, handover_id: int) -> list[Note]:
    return list(session.scalars(select(Note).where(Note.handover_id == handover_id).order_by(Note.id)))
