"""The agents' view of the queue: which handovers, in which order, and how many per state."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from inbox.models import OPEN_STATES, STATES, Handover

# Reasons are stored as a JSON list; they are matched as the quoted word inside its text, which works the same
# on SQLite and PostgreSQL. The pattern keeps LIKE wildcards and quotes out of the match.
REASON_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_LIMIT = 500


@dataclass(frozen=True)
class Filters:
    states: tuple[str, ...] = OPEN_STATES
    reason: str | None = None
    channel: str | None = None
    language: str | None = None
    assigned_to: str | None = None
    spam: str = "include"          # "include" spam-flagged conversations, "exclude" them, or "only" them


SPAM_CHOICES = ("include", "exclude", "only")


def spam_flagged() -> ColumnElement[bool]:
    """Handovers with at least one spam flag; the JSON list compared as text, the same on SQLite and PostgreSQL
    (rows from before the column existed hold NULL)."""
    return func.coalesce(cast(Handover.spam, String), "[]").not_in(["[]", "null"])


def _conditions(filters: Filters, with_state: bool = True) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if with_state:
        conditions.append(Handover.state.in_(filters.states))
    if filters.reason:
        if not REASON_PATTERN.match(filters.reason):
            raise ValueError(f"not a reason: {filters.reason!r}")
        conditions.append(cast(Handover.reasons, String).like(f'%"{filters.reason}"%'))
    if filters.channel:
        conditions.append(Handover.channel == filters.channel)
    if filters.language:
        conditions.append(Handover.language == filters.language)
    if filters.assigned_to:
        conditions.append(Handover.assigned_to == filters.assigned_to)
    if filters.spam not in SPAM_CHOICES:
        raise ValueError(f"spam must be one of {SPAM_CHOICES}")
    if filters.spam == "only":
        conditions.append(spam_flagged())
    elif filters.spam == "exclude":
        conditions.append(~spam_flagged())
    return conditions


def list_handovers(session: Session, filters: Filters, limit: int = 200) -> list[Handover]:
    """Highest priority first; among equals, who has waited longest."""
    query = (select(Handover).where(*_conditions(filters))
             .order_by(Handover.priority.desc(), Handover.created_at.asc(), Handover.id.asc())
             .limit(max(1, min(limit, MAX_LIMIT))))
    return list(session.scalars(query))


def counts(session: Session, filters: Filters) -> dict[str, int]:
    """Per state, with the same reason/channel/language filters as the list (state itself not filtered)."""
    rows = session.execute(select(Handover.state, func.count()).where(*_conditions(filters, with_state=False))
                           .group_by(Handover.state))
    found = {state: int(count) for state, count in rows}
    return {state: found.get(state, 0) for state in STATES}


def open_spam_count(session: Session, filters: Filters) -> int:
    """Open (waiting or assigned) spam-flagged conversations, with the reason/channel/language filters."""
    unfiltered_spam = Filters(states=OPEN_STATES, reason=filters.reason, channel=filters.channel,
                              language=filters.language, assigned_to=filters.assigned_to, spam="only")
    return int(session.scalar(select(func.count()).select_from(Handover).where(*_conditions(unfiltered_spam))) or 0)
