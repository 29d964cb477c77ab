"""Followers who write while their conversation waits for a person.

Rasa records their messages but, paused, says nothing. Tandem's channel connectors (inside Rasa) post
such messages here; the message is stored with the handover and the follower is told their place in
the queue. Internal: only callers with the stack's shared token.

Spam is not answered repeatedly: the same spam checks as the action server's (`safety.moderation`) run here,
because a paused conversation never reaches the action server. A flagged message marks the handover as spam
for the agents; a silenced one (a repeat, a link flood) is neither stored nor answered. A conversation queued
for spam alone (`inbox.spam`) gets no queue notices at all.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from api.deps import InternalCaller, SessionDep, SettingsDep
from inbox import spam
from inbox.models import WAITING, now
from inbox.notices import still_waiting_notice
from inbox.queue import open_handover, position, record_queue_notice, record_waiting_message
from safety.moderation import Moderator

router = APIRouter(prefix="/internal", tags=["internal"], dependencies=[InternalCaller])


class FollowerMessage(BaseModel):
    sender_id: str = Field(min_length=1, max_length=255)
    text: str = Field("", max_length=20_000)


class WaitingReply(BaseModel):
    reply: str | None = None
    state: str | None = None


def moderator(request: Request) -> Moderator:
    """One per app, like the sign-in throttle: separately built apps (tests) keep separate histories."""
    if not hasattr(request.app.state, "moderator"):
        request.app.state.moderator = Moderator()
    return request.app.state.moderator


@router.post("/waiting", response_model=WaitingReply)
def follower_wrote_while_handed_over(message: FollowerMessage, session: SessionDep, settings: SettingsDep,
                                     spam_check: Annotated[Moderator, Depends(moderator)]) -> WaitingReply:
    handover = open_handover(session, message.sender_id)
    if handover is None:
        return WaitingReply()
    if spam.is_spam_only(handover):
        return WaitingReply(state=handover.state)
    text = message.text.replace("\u200b", "").strip()
    verdict = spam_check.check(message.sender_id, text)
    if verdict.flag:
        spam.flag(session, sender_id=message.sender_id, flags=list(verdict.reasons))
    if not verdict.answer:
        return WaitingReply(state=handover.state)
    if text:
        record_waiting_message(session, handover, text[: settings.max_message_chars])
    if handover.state != WAITING:
        return WaitingReply(state=handover.state)
    notice = still_waiting_notice(handover.language, position(session, handover), settings, now())
    record_queue_notice(session, handover, notice)
    return WaitingReply(reply=notice, state=handover.state)
