"""The web chat page and the little config it needs to reach Rasa's socket.io channel.

The page talks to Rasa directly (socket.io) rather than through this API, so Rasa stays the
only place that holds conversation state; this module only serves the files and tells the
page where Rasa is.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel

from api.deps import SettingsDep
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
