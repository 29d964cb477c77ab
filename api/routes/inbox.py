"""The agent inbox: the queue, one conversation with its context, and what an agent does with it.

Routes are plain ``def``: they run in the thread pool, so a database lock wait or a slow Rasa never stalls
the event loop that also carries the live stream.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, status
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from api.deps import CurrentAgent, RasaDep, SessionDep, SettingsDep
from api.routes.inbox_common import ERRORS, HandoverOut, LimitedBodyRoute, http_error, document_roles
from inbox import canned, handling, ratings, spam as spam_flags
from inbox.auth import aware
from inbox.handling import HandlingError
from inbox.listing import REASON_PATTERN, Filters, counts, list_handovers, open_spam_count
from inbox.models import OPEN_STATES, Handover, HandoverEvent, WaitingMessage
from inbox.rasa import RasaClient, RasaError
from inbox.notices import status_notice
from inbox.queue import QUEUE_NOTICE
from inbox.typing import typing_board
from inbox.transcript import agent_message_data, entries, follower_name, with_notices

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/inbox", tags=["inbox"], route_class=LimitedBodyRoute,
                   responses={401: ERRORS[401], 413: ERRORS[413]})

HandoverId = Annotated[int, Path(ge=1, le=2**31 - 1, description="the handover's id")]
MAX_NOTE_CHARS = 5000
SHORT = Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.-]*$")]
ACTION = {**ERRORS}


# --- shapes ------------------------------------------------------------------------------------------------------

class Queue(BaseModel):
    items: list[HandoverOut]
    counts: dict[str, int]
    spam_open: int = 0      # open conversations flagged as spam (same reason/channel/language filters)


class TranscriptEntry(BaseModel):
    role: Literal["follower", "bot", "agent"]
    text: str
    at: str | None
    agent: str | None = None
    sources: list[dict[str, str]] = []
    citations: list[str] = []
    handoff: bool = False
    kind: str = Field("", description="a bot message's kind: agent_joined, back_to_bot, closed, queue_notice, "
                                      "rating_prompt, … (empty for answers)")


class WaitingMessageOut(BaseModel):
    id: int
    text: str
    at: datetime


class NoteOut(BaseModel):
    id: int
    author: str
    text: str
    at: datetime


class EventOut(BaseModel):
    action: str
    actor: str
    detail: str
    at: datetime


class CannedOut(BaseModel):
    id: int
    title: str
    text: str
    language: str | None


class Conversation(BaseModel):
    handover: HandoverOut
    follower_name: str | None
    transcript: list[TranscriptEntry] | None
    transcript_error: str | None = None
    waiting_messages: list[WaitingMessageOut]
    notes: list[NoteOut]
    events: list[EventOut]
    canned_replies: list[CannedOut]
    can_reply: bool


class Transfer(BaseModel):
    to: str = Field(min_length=1, max_length=64)


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)


class ReplyIn(BaseModel):
    text: str = Field(min_length=1, max_length=20_000)


class CloseIn(BaseModel):
    send_rating_prompt: bool = True


class TypingIn(BaseModel):
    typing: bool = Field(description="true while the agent types (repeat every few seconds), false when they stop")


class ReplyOut(BaseModel):
    sent: str
    delivered: bool


# --- the queue ---------------------------------------------------------------------------------------------------

def _message_counts(session: SessionDep, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(select(WaitingMessage.handover_id, func.count()).where(WaitingMessage.handover_id.in_(ids))
                           .group_by(WaitingMessage.handover_id))
    return {handover_id: int(count) for handover_id, count in rows}


@router.get("/handovers", response_model=Queue)
def queue(
    _user: CurrentAgent, session: SessionDep,
    state: Annotated[Literal["open", "waiting", "assigned", "returned", "closed"], Query()] = "open",
    reason: Annotated[str | None, Query(max_length=40, pattern=REASON_PATTERN.pattern)] = None,
    channel: SHORT = None, language: SHORT = None,
    assigned_to: SHORT = None,
    spam: Annotated[Literal["include", "exclude", "only"], Query(
        description="conversations flagged as spam: shown (at the bottom: priority 0), hidden, or only they")] = "include",
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> Queue:
    """Highest priority first, then longest waiting; ``open`` = waiting and assigned. Counts per state use the same
    reason/channel/language/spam filters. Each item's ``spam`` lists why its messages were flagged."""
    filters = Filters(states=OPEN_STATES if state == "open" else (state,), reason=reason or None,
                      channel=channel or None, language=language or None, assigned_to=assigned_to or None, spam=spam)
    handovers = list_handovers(session, filters, limit)
    messages = _message_counts(session, [h.id for h in handovers])
    return Queue(items=[HandoverOut.of(h, messages.get(h.id, 0)) for h in handovers], counts=counts(session, filters),
                 spam_open=open_spam_count(session, filters))


# --- one conversation --------------------------------------------------------------------------------------------

@contextmanager
def _as_http_errors() -> Iterator[None]:
    """A refused action as its HTTP status, and Rasa out of reach as 502 (the action did not happen)."""
    try:
        yield
    except HandlingError as exc:
        raise http_error(exc) from exc
    except RasaError as exc:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, f"could not reach the follower through Rasa: {exc}") from exc


def _handover(session: SessionDep, handover_id: int) -> Handover:
    with _as_http_errors():
        return handling.get(session, handover_id)


def _tracker(rasa: RasaClient, handover: Handover) -> tuple[dict[str, Any] | None, str | None]:
    try:
        return rasa.tracker(handover.sender_id), None
    except RasaError as exc:
        log.warning("transcript of handover %s unavailable: %s", handover.id, exc)
        return None, str(exc)


def _queue_notices(handover: Handover) -> list[tuple[str, str]]:
    return [(aware(e.at).isoformat(), e.detail) for e in handover.events if e.action == QUEUE_NOTICE]


@router.get("/handovers/{handover_id}", response_model=Conversation, responses={404: ERRORS[404]})
def conversation(handover_id: HandoverId, user: CurrentAgent, session: SessionDep, rasa: RasaDep) -> Conversation:
    """Everything an agent needs to pick the conversation up: the handover's reasons and summary, the transcript
    from Rasa (bot answers with their cited sources), what the follower wrote while waiting, private notes, the
    history of who did what, and the canned replies with this follower's and agent's names filled in."""
    handover = _handover(session, handover_id)
    tracker, error = _tracker(rasa, handover)
    name = follower_name(tracker) if tracker else None
    waiting = list(handover.messages)
    return Conversation(
        handover=HandoverOut.of(handover, len(waiting)),
        follower_name=name,
        transcript=[TranscriptEntry(**e.as_dict()) for e in with_notices(entries(tracker), _queue_notices(handover))]
        if tracker is not None else None,
        transcript_error=error,
        waiting_messages=[WaitingMessageOut(id=m.id, text=m.text, at=aware(m.created_at)) for m in waiting],
        notes=[NoteOut(id=n.id, author=n.author, text=n.text, at=aware(n.created_at))
               for n in handling.notes(session, handover.id)],
        events=[EventOut(action=e.action, actor=e.actor, detail=e.detail, at=aware(e.at)) for e in handover.events
                if e.action != QUEUE_NOTICE],
        canned_replies=[
            CannedOut(id=c.id, title=c.title, language=c.language,
                      text=canned.render(c.text, agent_name=user.shown_name, follower_name=name,
                                         language=handover.language))
            for c in canned.listing(session, handover.language)],
        can_reply=handover.state == "assigned" and handover.assigned_to == user.name,
    )


# --- acting on it ------------------------------------------------------------------------------------------------

def _act(session: SessionDep, action: Any, *args: Any) -> HandoverOut:
    with _as_http_errors():
        return HandoverOut.of(action(session, *args))


@router.post("/handovers/{handover_id}/claim", response_model=HandoverOut,
             responses={404: ERRORS[404], 409: ERRORS[409]})
def claim(handover_id: HandoverId, user: CurrentAgent, session: SessionDep, settings: SettingsDep,
          rasa: RasaDep) -> HandoverOut:
    """Take a waiting conversation. Atomic: of agents claiming at once exactly one wins; the others get 409 with
    ``assigned_to`` naming who has it. A conversation queued for spam alone is not paused in Rasa until an agent
    takes it; then the bot stops answering (best effort: if Rasa is unreachable the claim still stands). The
    follower is told that a person has joined, by name (or `Settings.agent_label`)."""
    claimed = _act(session, handling.claim, handover_id, user)
    if claimed.reasons == [spam_flags.REASON]:
        try:
            rasa.pause(claimed.sender_id)
        except RasaError as exc:
            log.warning("could not pause the conversation of handover %s: %s", handover_id, exc)
    _tell_follower(rasa, claimed.sender_id, claimed.language, settings, "agent_joined", agent_shown(settings, user))
    return claimed


def agent_shown(settings: Any, user: Any) -> str:
    """How an agent signs in the web chat: their display name, or the brand's label for all agents."""
    return settings.agent_label.strip() or user.shown_name


def _tell_follower(rasa: RasaClient, sender_id: str, lang: str | None, settings: Any, kind: str,
                   agent: str = "") -> None:
    """A status line in the follower's chat (best effort: the action itself stands if Rasa is unreachable)."""
    text, data = status_notice(kind, lang or "en", settings, agent)
    try:
        rasa.send_message(sender_id, text, data)
    except RasaError as exc:
        log.warning("follower not told (%s): %s", kind, exc)


@router.post("/handovers/{handover_id}/transfer", response_model=HandoverOut, responses=ACTION)
def transfer(handover_id: HandoverId, body: Transfer, user: CurrentAgent, session: SessionDep) -> HandoverOut:
    """Give an assigned conversation to another active user (by the assignee, or by staff)."""
    return _act(session, handling.transfer, handover_id, user, body.to)


@router.post("/handovers/{handover_id}/unassign", response_model=HandoverOut, responses=ACTION)
def unassign(handover_id: HandoverId, user: CurrentAgent, session: SessionDep) -> HandoverOut:
    """Put an assigned conversation back into the queue."""
    return _act(session, handling.unassign, handover_id, user)


@router.post("/handovers/{handover_id}/return", response_model=HandoverOut, responses={**ACTION, 502: {}})
def return_to_bot(handover_id: HandoverId, user: CurrentAgent, session: SessionDep, settings: SettingsDep,
                  rasa: RasaDep) -> HandoverOut:
    """Resume the conversation in Rasa: the bot answers the follower's next message; the follower is told."""
    with _as_http_errors():
        handover = handling.check_can_finish(session, handover_id, user, "return to the bot", handling.RETURN_FROM)
        rasa.resume(handover.sender_id)
    returned = _act(session, handling.return_to_bot, handover_id, user)
    _tell_follower(rasa, returned.sender_id, returned.language, settings, "back_to_bot")
    return returned


@router.post("/handovers/{handover_id}/close", response_model=HandoverOut, responses={**ACTION, 502: {}})
def close(handover_id: HandoverId, body: CloseIn, request: Request, user: CurrentAgent, session: SessionDep,
          settings: SettingsDep, rasa: RasaDep) -> HandoverOut:
    """End the conversation. The Rasa conversation is resumed too (a follower who writes again later is answered
    by the bot, not by silence); the follower is told it ended, and with ``send_rating_prompt`` gets a link to
    rate it."""
    with _as_http_errors():
        handover = handling.check_can_finish(session, handover_id, user, "close", handling.CLOSE_FROM)
        was_open = handover.state in OPEN_STATES
        if was_open:
            rasa.resume(handover.sender_id)
        agent = handover.assigned_to
        closed = handling.close(session, handover_id, user)
    if was_open:
        _tell_follower(rasa, closed.sender_id, closed.language, settings, "closed")
    if body.send_rating_prompt:
        _send_rating_prompt(session, rasa, request, settings, closed, agent or user.name)
    return HandoverOut.of(closed)


@router.post("/handovers/{handover_id}/dismiss-spam", response_model=HandoverOut, responses={**ACTION, 502: {}})
def dismiss_spam(handover_id: HandoverId, user: CurrentAgent, session: SessionDep, rasa: RasaDep) -> HandoverOut:
    """Close an open conversation as spam, without a rating prompt. The Rasa conversation is resumed (as on close):
    the bot, with its spam gate, answers the follower's next message. The sender is not queued again for spam
    alone for a day."""
    with _as_http_errors():
        handover = handling.check_can_finish(session, handover_id, user, "dismiss as spam", handling.DISMISS_FROM)
        rasa.resume(handover.sender_id)
    return _act(session, handling.dismiss_spam, handover_id, user)


# Proposed setting: TANDEM_PUBLIC_URL (where followers reach the API); until then the URL the agent used.
PUBLIC_URL: str | None = None


def _send_rating_prompt(session: SessionDep, rasa: RasaClient, request: Request, settings: Any,
                        handover: Handover, agent: str) -> None:
    """Best effort: the conversation is closed either way; a failed prompt is logged and recorded. The link is in
    the text for channels that show plain text, and in the event's data for the web chat, which shows a button."""
    token = ratings.invite(session, handover, agent)
    base = (PUBLIC_URL or str(request.base_url)).rstrip("/")
    url = f"{base}/rate/{token}"
    text = ratings.prompt(handover.language, url, settings.german_form)
    try:
        rasa.send_message(handover.sender_id, text, {"custom": {"tandem": {"kind": "rating_prompt", "url": url}}})
        session.add(HandoverEvent(handover_id=handover.id, actor="bot", action="rating_prompt_sent"))
    except RasaError as exc:
        log.warning("rating prompt for handover %s not sent: %s", handover.id, exc)
        session.add(HandoverEvent(handover_id=handover.id, actor="bot", action="rating_prompt_failed",
                                  detail=str(exc)))
    session.commit()


@router.post("/handovers/{handover_id}/notes", response_model=NoteOut, status_code=status.HTTP_201_CREATED,
             responses={404: ERRORS[404]})
def add_note(handover_id: HandoverId, body: NoteIn, user: CurrentAgent, session: SessionDep) -> NoteOut:
    """A private note for colleagues. Never sent to the follower."""
    with _as_http_errors():
        note = handling.add_note(session, handover_id, user, body.text.strip())
    return NoteOut(id=note.id, author=note.author, text=note.text, at=aware(note.created_at))


@router.post("/handovers/{handover_id}/typing", status_code=status.HTTP_204_NO_CONTENT, responses=ACTION)
def typing(handover_id: HandoverId, body: TypingIn, request: Request, user: CurrentAgent, session: SessionDep,
           settings: SettingsDep) -> None:
    """The agent who has the conversation is typing, or stopped: the follower's web chat shows "… schreibt" only
    meanwhile. A signal lapses by itself after a few seconds (`inbox.typing.TTL_S`)."""
    with _as_http_errors():
        handover = handling.check_can_reply(session, handover_id, user)
    board = typing_board(request.app)
    if body.typing:
        board.start(handover.sender_id, agent_shown(settings, user))
    else:
        board.stop(handover.sender_id)


@router.post("/handovers/{handover_id}/replies", response_model=ReplyOut, responses={**ACTION, 502: {}})
def reply(handover_id: HandoverId, body: ReplyIn, request: Request, user: CurrentAgent, session: SessionDep,
          settings: SettingsDep, rasa: RasaDep) -> ReplyOut:
    """Send the agent's message to the follower on their channel (through Rasa) and record it."""
    text = body.text.strip()
    if not text or len(text) > settings.max_message_chars:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            f"a reply has 1–{settings.max_message_chars} characters")
    with _as_http_errors():
        handover = handling.check_can_reply(session, handover_id, user)
        rasa.send_message(handover.sender_id, text, agent_message_data(agent_shown(settings, user)))
    typing_board(request.app).stop(handover.sender_id)
    handling.record_reply(session, handover, user, text)
    return ReplyOut(sent=text, delivered=HandoverOut.of(handover).channel_pushes)



document_roles(router)
