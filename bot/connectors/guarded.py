"""Rasa's REST and socket.io channels, with follower text that cannot trigger Rasa's shortcuts.

Rasa parses text starting with "/" and a known intent ("/restart", "/session_start") without NLU, and
"/restart" even un-pauses a conversation a person has taken over. A zero-width space in front makes the
text ordinary; the action server strips it again. This runs inside the Rasa process (Python 3.10).

Rasa's socket.io output also spreads a custom payload's keys into `emit(**payload)`, which fails for
any payload that is not shaped like emit's arguments; ours is sent as the event body instead.

Both channels limit each client address and each sender (`limits.WebhookLimits`, a sliding window): a REST
message over the limit gets HTTP 429 with a JSON error and ``Retry-After``; over socket.io, where there is no
HTTP answer per message, the client is told once (a ``bot_uttered`` with ``error: rate_limited``) and further
messages are dropped until the window allows them. Too many socket.io connections from one address are refused.
"""
import logging
import os
from typing import Any, Awaitable, Callable

import aiohttp
from sanic import response
from sanic.request import Request

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput

from .limits import NOTICE, WebhookLimits, masked

log = logging.getLogger(__name__)
LIMITS = WebhookLimits.from_env()
SHORTCUT_PREFIX = "/"
WAITING_URL = os.environ.get("TANDEM_WAITING_URL", "")
INTERNAL_TOKEN = os.environ.get("TANDEM_RASA_TOKEN", "")
NEUTRALISER = "\u200b"
# The pages allowed to open a socket.io connection (`Settings.chat_origins`); Rasa's socket.io server itself
# checks no origin, and a WebSocket is not subject to the browser's CORS checks. Empty = not checked.
CHAT_ORIGINS = {o for o in os.environ.get("TANDEM_WEB_CHAT_ORIGINS", "").split(",") if o}


def neutralise(text: Any) -> Any:
    if isinstance(text, str) and text.lstrip().startswith(SHORTCUT_PREFIX):
        return NEUTRALISER + text.lstrip()
    return text


class PayloadSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self.sio.emit(self.bot_message_evt, json_message, room=recipient_id)


async def waiting_reply(sender_id: str, text: str) -> str | None:
    """Ask the Tandem API whether this follower waits for a person; it stores the message and words the reply."""
    if not WAITING_URL:
        return None
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
            async with session.post(WAITING_URL, json={"sender_id": sender_id, "text": text or ""},
                                    headers={"Authorization": f"Bearer {INTERNAL_TOKEN}"}) as response:
                if response.status != 200:
                    log.warning("waiting endpoint answered HTTP %s", response.status)
                    return None
                return (await response.json()).get("reply")
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("waiting endpoint unreachable: %s", exc)
        return None


def guard(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Neutralise shortcuts; when the bot stayed silent (the conversation is with a person), let the inbox
    store the message and tell the follower where they stand."""

    async def guarded(message: UserMessage) -> Any:
        message.text = neutralise(message.text)
        output = message.output_channel
        if type(output) is SocketIOOutput:
            output = message.output_channel = PayloadSocketIOOutput(output.sio, output.bot_message_evt)
        sent = 0
        send_response = output.send_response

        async def counting(recipient_id: str, response: dict[str, Any]) -> None:
            nonlocal sent
            sent += 1
            await send_response(recipient_id, response)

        output.send_response = counting
        try:
            result = await on_new_message(message)
        finally:
            output.send_response = send_response
        if sent == 0 and message.sender_id:
            reply = await waiting_reply(message.sender_id, message.text)
            if reply:
                await output.send_text_message(message.sender_id, reply)
        return result

    return guarded


def _request_ip(request: Request) -> str:
    return LIMITS.client_ip(request.ip, request.headers.get("x-forwarded-for"))


def _rest_sender(request: Request) -> str | None:
    try:
        body = request.json
    except Exception:  # noqa: BLE001 (a broken body still counts for its address; Rasa answers it with 400)
        return None
    sender = body.get("sender") if isinstance(body, dict) else None
    return sender if isinstance(sender, str) and sender else None


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message):  # type: ignore[no-untyped-def]
        blueprint = super().blueprint(guard(on_new_message))

        @blueprint.middleware("request")
        async def rate_limit(request: Request) -> Any:
            if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
                return None
            ip = _request_ip(request)
            refusal = LIMITS.check(ip, _rest_sender(request))
            if refusal is None:
                return None
            if refusal.first:
                log.warning("rate limit (%s) on the REST webhook for %s", refusal.scope, masked(ip))
            return response.json(refusal.body(), status=429, headers=refusal.headers())

        return blueprint


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message):  # type: ignore[no-untyped-def]
        blueprint = super().blueprint(guard(on_new_message))
        self._limit(self.sio, self.namespace or "/")
        return blueprint

    def _limit(self, sio, namespace: str) -> None:  # type: ignore[no-untyped-def]
        """Wrap Rasa's connect and message handlers: each connection remembers its client's address; connecting
        counts against the address, each message against the address and the sender."""
        handlers = sio.handlers[namespace]
        connect, disconnect, message = (handlers["connect"], handlers["disconnect"],
                                        handlers[self.user_message_evt])
        addresses: dict[str, str] = {}
        bot_event = self.bot_message_evt

        async def limited_connect(sid: str, environ: dict, auth: Any = None) -> Any:
            request = environ.get("sanic.request")
            ip = _request_ip(request) if request is not None else "unknown"
            origin = environ.get("HTTP_ORIGIN")
            if CHAT_ORIGINS and origin and origin.rstrip("/") not in CHAT_ORIGINS:
                log.warning("socket.io connection from a page outside the web chat origins refused")
                return False
            refusal = LIMITS.check(ip)
            if refusal is not None:
                if refusal.first:
                    log.warning("rate limit (ip) on socket.io connections from %s", masked(ip))
                return False
            addresses[sid] = ip
            return await connect(sid, environ, auth)

        async def limited_disconnect(sid: str) -> Any:
            addresses.pop(sid, None)
            return await disconnect(sid)

        async def limited_message(sid: str, data: Any) -> Any:
            sender = data.get("session_id") if isinstance(data, dict) and self.session_persistence else sid
            refusal = LIMITS.check(addresses.get(sid, "unknown"), sender if isinstance(sender, str) else None)
            if refusal is None:
                return await message(sid, data)
            if refusal.first:
                log.warning("rate limit (%s) on socket.io messages from %s", refusal.scope,
                            masked(addresses.get(sid)))
                await sio.emit(bot_event, {"text": NOTICE, **refusal.body()}, room=sid)
            return None

        sio.on("connect", limited_connect, namespace=namespace)
        sio.on("disconnect", limited_disconnect, namespace=namespace)
        sio.on(self.user_message_evt, limited_message, namespace=namespace)

    def get_output_channel(self):  # type: ignore[no-untyped-def]
        output = super().get_output_channel()
        return PayloadSocketIOOutput(output.sio, output.bot_message_evt) if output is not None else None
