"""Satisfaction after a closed handover: one rating (1–5, optional comment) per handover.

The follower is not signed in, so the right to rate is a random token sent in the rating prompt; only its
hash is stored. Rating is a conditional ``UPDATE … WHERE score IS NULL``: a second try (or a replayed
link) cannot overwrite the first.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inbox import wording
from inbox.models import Handover, HandoverEvent, Rating, now

MIN_SCORE, MAX_SCORE = 1, 5
MAX_COMMENT_CHARS = 2000


class RatingError(ValueError):
    pass


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def invite(session: Session, handover: Handover, agent: str | None) -> str:
    """Create the (empty) rating row and return the raw token for the prompt; one per handover."""
    raw = secrets.token_urlsafe(24)
    session.add(Rating(handover_id=handover.id, token_hash=_hash(raw), agent=agent))
    session.commit()
    return raw


def prompt(language: str, url: str, form: str = "du") -> str:
    """The rating request with its link, in the follower's language and the brand's German form."""
    return wording.say("rating_prompt", language, form, url=url)


def find(session: Session, raw: str) -> Rating | None:
    if not raw or len(raw) > 128:
        return None
    return session.scalars(select(Rating).where(Rating.token_hash == _hash(raw))).first()


def rate(session: Session, raw: str, score: int, comment: str = "") -> Rating:
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise RatingError(f"the score must be {MIN_SCORE}–{MAX_SCORE}")
    if len(comment) > MAX_COMMENT_CHARS:
        raise RatingError(f"the comment may have at most {MAX_COMMENT_CHARS} characters")
    rating = find(session, raw)
    if rating is None:
        raise LookupError("unknown rating link")
    result = session.execute(update(Rating).where(Rating.id == rating.id, Rating.score.is_(None))
                             .values(score=score, comment=comment.strip(), rated_at=now())
                             .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise RatingError("this conversation has already been rated")
    session.add(HandoverEvent(handover_id=rating.handover_id, actor="follower", action="rated", detail=str(score)))
    session.commit()
    return session.get(Rating, rating.id, populate_existing=True)


@dataclass
class Summary:
    count: int = 0
    average: float | None = None
    distribution: dict[int, int] = field(default_factory=lambda: {s: 0 for s in range(MIN_SCORE, MAX_SCORE + 1)})


def summaries(session: Session) -> tuple[Summary, dict[str, Summary]]:
    """Overall and per agent (the agent who had the conversation when it was closed)."""
    overall, per_agent = Summary(), {}
    rows = session.execute(select(Rating.agent, Rating.score, func.count()).where(Rating.score.is_not(None))
                           .group_by(Rating.agent, Rating.score))
    for agent, score, count in rows:
        for summary in (overall, per_agent.setdefault(agent or "", Summary())):
            summary.distribution[int(score)] += int(count)
            summary.count += int(count)
    for summary in (overall, *per_agent.values()):
        if summary.count:
            summary.average = round(sum(s * n for s, n in summary.distribution.items()) / summary.count, 2)
    return overall, per_agent


def recent_comments(session: Session, limit: int = 20) -> list[Rating]:
    return list(session.scalars(select(Rating).where(Rating.score.is_not(None), Rating.comment != "")
                                .order_by(Rating.rated_at.desc()).limit(limit)))
