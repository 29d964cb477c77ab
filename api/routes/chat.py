"""The web chat page and the little config it needs to reach Rasa's socket.io channel.

The page talks to Rasa directly (socket.io) rather than through this API, so Rasa stays the
only place that holds conversation state; this module only serves the files and tells the
page where Rasa is.
"""
from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel

from api.deps import SettingsDep
from inbox.typing import typing_board
from tandem.settings import Settings

CONSOLE_DIR = Path(__file__).resolve().parent.parent.parent / "console"
STATIC_DIR = CONSOLE_DIR / "static"
CHAT_PAGE = CONSOLE_DIR / "chat.html"

SOCKET_PATH = "/socket.io"
WILDCARD_HOSTS = {"0.0.0.0", "::", "[::]", ""}

router = APIRouter(tags=["chat"])


class ChatConfig(BaseModel):
    socket_url: str
    socket_path: str
    max_message_chars: int
    german_form: str = "du"       # the brand's German form of address (Settings.german_form): du or sie


def socket_url(settings: Settings, request: Request) -> str:
    """Rasa's URL as the browser must dial it.

    A wildcard bind address is not dialable from a browser, so then the page is sent to the
    host it loaded the page from, on Rasa's port.
    """
    if settings.host in WILDCARD_HOSTS:
        return f"{request.url.scheme}://{request.url.hostname}:{settings.rasa_port}"
    return settings.rasa_url


def content_security_policy(socket_origin: str) -> str:
    """Allow scripts and styles from this server only, and connections to Rasa only.

    A second guard next to the page's escaping: even a bot answer that slipped markup into
    the DOM could neither run inline script nor send data elsewhere.
    """
    parts = urlsplit(socket_origin)
    ws_scheme = "wss" if parts.scheme == "https" else "ws"
    origins = f"{parts.scheme}://{parts.netloc} {ws_scheme}://{parts.netloc}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
        f"connect-src 'self' {origins}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


@router.get("/", include_in_schema=False)
@router.get("/chat", include_in_schema=False)
async def chat_page(settings: SettingsDep, request: Request) -> FileResponse:
    headers = {
        "Content-Security-Policy": content_security_policy(socket_url(settings, request)),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
    }
    return FileResponse(CHAT_PAGE, media_type="text/html; charset=utf-8", headers=headers)


@router.get("/chat/config.json", response_model=ChatConfig)
async def chat_config(settings: SettingsDep, request: Request) -> ChatConfig:
    return ChatConfig(
        socket_url=socket_url(settings, request),
        socket_path=SOCKET_PATH,
        max_message_chars=settings.max_message_chars,
        german_form=settings.german_form,
    )


TYPING_POLL_S = 0.25
TYPING_KEEPALIVE_S = 15.0
TYPING_STREAM_MAX_S = 10 * 60.0     # the browser's EventSource reconnects; a forgotten tab does not hold on forever


@router.get("/api/chat/typing", responses={200: {"content": {"text/event-stream": {}}}})
async def agent_typing(
    request: Request,
    session_id: Annotated[str, Query(min_length=8, max_length=128, pattern=r"^[A-Za-z0-9_-]+$",
                                     description="the web chat's session id (its conversation id in Rasa)")],
) -> StreamingResponse:
    """Server-Sent Events ``typing`` with ``{typing, agent}`` whenever the agent who has this conversation starts or
    stops typing (`inbox.typing`); the web chat listens only while a person has its conversation. The session id is
    the follower's own random id, the same that lets its page join the conversation on Rasa's socket.io."""
    board = typing_board(request.app)

    async def stream() -> AsyncIterator[str]:
        yield "retry: 2000\n\n"
        shown: str | None = None
        started = last_sent = time.monotonic()
        first = True
        while time.monotonic() - started < TYPING_STREAM_MAX_S:
            if await request.is_disconnected():
                return
            agent = board.who(session_id)
            if first or agent != shown:
                first, shown, last_sent = False, agent, time.monotonic()
                data = json.dumps({"typing": agent is not None, "agent": agent or ""}, separators=(",", ":"))
                yield f"event: typing\ndata: {data}\n\n"
            elif time.monotonic() - last_sent >= TYPING_KEEPALIVE_S:
                last_sent = time.monotonic()
                yield ": keepalive\n\n"
            await asyncio.sleep(TYPING_POLL_S)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)
