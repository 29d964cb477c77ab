"""Canned replies: prepared answers staff maintain, with ``{agent_name}`` and ``{follower_name}`` filled in.

Placeholders are replaced literally (not with ``str.format``), so a reply may contain other braces, and an
unknown ``{placeholder}`` is refused when saved: a typo would otherwise reach a follower verbatim.
"""
from __future__ import annotations

import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inbox.models import CannedReply

PLACEHOLDERS = ("agent_name", "follower_name")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Used when the follower's name is unknown; reads naturally after a greeting ("Hallo du", "Hi there").
NEUTRAL_FOLLOWER = {"de": "du", "en": "there"}


class CannedError(ValueError):
    pass


def check_text(text: str) -> None:
    unknown = sorted({name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})
    if unknown:
        raise CannedError(f"unknown placeholder(s): {', '.join('{' + n + '}' for n in unknown)}; "
                          f"allowed: {', '.join('{' + n + '}' for n in PLACEHOLDERS)}")


def render(text: str, *, agent_name: str, follower_name: str | None, language: str) -> str:
    follower = (follower_name or "").strip() or NEUTRAL_FOLLOWER.get(language, NEUTRAL_FOLLOWER["en"])
    values = {"agent_name": agent_name, "follower_name": follower}
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text)


def listing(session: Session, language: str | None = None, include_archived: bool = False) -> list[CannedReply]:
    query = select(CannedReply).order_by(CannedReply.title, CannedReply.id)
    if not include_archived:
        query = query.where(CannedReply.archived.is_(False))
    if language:
        query = query.where(or_(CannedReply.language.is_(None), CannedReply.language == language))
    return list(session.scalars(query))


def create(session: Session, *, title: str, text: str, language: str | None, author: str) -> CannedReply:
    check_text(text)
    reply = CannedReply(title=title.strip(), text=text.strip(), language=language or None, created_by=author)
    session.add(reply)
    session.commit()
    return reply


def update(session: Session, reply: CannedReply, *, title: str | None = None, text: str | None = None,
           language: str | None = None, archived: bool | None = None) -> CannedReply:
    if text is not None:
        check_text(text)
        reply.text = text.strip()
    if title is not None:
        reply.title = title.strip()
    if language is not None:
        reply.language = language or None
    if archived is not None:
        reply.archived = archived
    session.commit()
    return reply
