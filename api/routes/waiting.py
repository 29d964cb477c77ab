"""Followers who write while their conversation waits for a person.

Rasa records their messages but, paused, says nothing. Tandem's channel connectors (inside Rasa) post
such messages here; the message is stored with the handover and the follower is told their place in
the queue. Internal: only callers with the stack's shared token.
"""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import InternalCaller, SessionDep, SettingsDep
from inbox.models import WAITING, now
from inbox.notices import still_waiting_notice
from inbox.queue import open_handover, position, record_waiting_message

router = APIRouter(prefix="/internal", tags=["internal"], dependencies=[InternalCaller])


class FollowerMessage(BaseModel):
    sender_id: str = Field(min_length=1, max_length=255)
    text: str = Field("", max_length=20_000)


class WaitingReply(BaseModel):
    reply: str | None = None
    state: str | None = None


@router.post("/waiting", response_model=WaitingReply)
def follower_wrote_while_handed_over(message: FollowerMessage, session: SessionDep, settings: SettingsDep) -> WaitingReply:
    handover = open_handover(session, message.sender_id)
    if handover is None:
        return WaitingReply()
    text = message.text.replace("\u200b", "").strip()
    if text:
        record_waiting_message(session, handover, text[: settings.max_message_chars])
    if handover.state != WAITING:
        return WaitingReply(state=handover.state)
    notice = still_waiting_notice(handover.language, position(session, handover), settings, now())
    return WaitingReply(reply=notice, state=handover.state)
