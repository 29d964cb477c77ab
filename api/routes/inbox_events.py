"""Live updates for agents' pages as Server-Sent Events: new handovers, follower messages, claims and other
state changes.

Each stream polls the database (cheap, indexed ``id > cursor`` queries) instead of listening to an
in-process bus, because handovers are written by another process (the action server). Streams are
bounded: they end after ``STREAM_MAX_S``, at once when their token is signed out in this process
(`SignOuts`, told by ``POST /api/auth/logout``), or within ``RECHECK_TOKEN_S`` when it stops being valid
otherwise (an admin deactivated the user, the token expired); the browser's EventSource reconnects with
``Last-Event-ID`` so nothing in between is lost.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, current_agent_for_stream
from api.routes.inbox_common import ERRORS, document_roles
from inbox.auth import user_for_token
from database.engine import session_factory
from inbox.feed import Cursor, changes_since, latest_cursor
from inbox.models import User

POLL_S = 0.5
KEEPALIVE_S = 15.0
RECHECK_TOKEN_S = 30.0
STREAM_MAX_S = 30 * 60.0
RETRY_MS = 2000

router = APIRouter(prefix="/api/inbox", tags=["inbox"])


class SignOuts:
    """Tokens signed out in this process, so their open streams end at the next poll (half a second) rather
    than at the next database check. Hashes only, forgotten after a stream's longest life."""

    def __init__(self) -> None:
        self._at: dict[str, float] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def add(self, token: str) -> None:
        moment = time.monotonic()
        with self._lock:
            self._at = {k: t for k, t in self._at.items() if moment - t < STREAM_MAX_S}
            self._at[self._key(token)] = moment

    def __contains__(self, token: str) -> bool:
        with self._lock:
            return bool(token) and self._key(token) in self._at


def sign_outs(app) -> SignOuts:  # noqa: ANN001 (a FastAPI/Starlette app)
    """One per app, like the login throttle."""
    if not hasattr(app.state, "sign_outs"):
        app.state.sign_outs = SignOuts()
    return app.state.sign_outs


def _frame(event: str, data: object, event_id: str | None = None) -> str:
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


@router.get("/events", responses={200: {"content": {"text/event-stream": {}}}, 401: ERRORS[401]})
async def events(
    request: Request, settings: SettingsDep, user: Annotated[User, Depends(current_agent_for_stream)],
    token: Annotated[str | None, Query(max_length=256)] = None,
    last_event_id: Annotated[str | None, Header(max_length=40)] = None,
) -> StreamingResponse:
    """Events ``handover`` / ``message`` with ``{kind, handover_id, action, actor, at, state, assigned_to, priority}``;
    pages re-read the queue and the open conversation on each. Sign in with the bearer header, or ``?token=``
    for EventSource. ``ready`` is sent first with the cursor."""
    factory = session_factory(settings.database)
    auth_header = request.headers.get("authorization", "")
    raw_token = auth_header[7:] if auth_header.lower().startswith("bearer ") else (token or "")

    def start() -> Cursor:
        with factory() as session:
            return Cursor.parse(last_event_id) or latest_cursor(session)

    def poll(cursor: Cursor) -> tuple[list, Cursor]:
        with factory() as session:
            return changes_since(session, cursor)

    def still_signed_in() -> bool:
        with factory() as session:
            return user_for_token(session, raw_token) is not None

    async def stream() -> AsyncIterator[str]:
        cursor = await run_in_threadpool(start)
        yield f"retry: {RETRY_MS}\n\n"
        yield _frame("ready", {"user": user.name, "cursor": str(cursor)}, str(cursor))
        started = last_sent = last_check = time.monotonic()
        signed_out = sign_outs(request.app)
        while time.monotonic() - started < STREAM_MAX_S:
            if await request.is_disconnected():
                return
            if raw_token in signed_out:
                yield _frame("signed_out", {})
                return
            changes, cursor = await run_in_threadpool(poll, cursor)
            for index, change in enumerate(changes):
                last = index == len(changes) - 1
                kind = "handover" if change.kind == "event" else "message"
                yield _frame(kind, change.as_dict(), str(cursor) if last else None)
                last_sent = time.monotonic()
            moment = time.monotonic()
            if moment - last_check >= RECHECK_TOKEN_S:
                last_check = moment
                if not await run_in_threadpool(still_signed_in):
                    yield _frame("signed_out", {})
                    return
            if moment - last_sent >= KEEPALIVE_S:
                last_sent = moment
                yield ": keepalive\n\n"
            await asyncio.sleep(POLL_S)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


document_roles(router)
