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
Message bytes count per address too (``TANDEM_WEBHOOK_BYTES_PER_IP``); the body itself is bounded by Sanic's
``REQUEST_MAX_SIZE`` / ``WEBSOCKET_MAX_SIZE`` (``SANIC_*`` in Rasa's environment, set by `tandem.stack`).

A REST request that is not a JSON object with a non-empty ``sender`` (at most 255 characters) and a string
``message`` is answered 400 with the reason (`inbound.check_rest_body`). Every message is cut to
``TANDEM_MAX_MESSAGE_CHARS`` before NLU. When the action server is down or hung, Rasa answers nothing; the
follower is then told to try again in a moment (`inbound.ACTION_DOWN_NOTICE`) instead of waiting in silence, and
Rasa gives up on a hung action server after ``TANDEM_ACTION_TIMEOUT_S`` instead of its built-in five minutes.
"""
import asyncio
import logging
import os
from typing import Any, Awaitable, Callable

import aiohttp
from sanic import response
from sanic.request import Request

import rasa.core.actions.action as rasa_action
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput

from .inbound import ACTION_DOWN_NOTICE, check_rest_body, cut, max_message_chars
from .limits import NOTICE, WebhookLimits, masked
from .outcome import CURRENT, RETRY_AFTER_S, HandlingFailed, Outcome

log = logging.getLogger(__name__)
LIMITS = WebhookLimits.from_env()
MAX_MESSAGE_CHARS = max_message_chars()
ACTION_HEALTH_URL = os.environ.get("TANDEM_ACTION_HEALTH_URL", "")
if os.environ.get("TANDEM_ACTION_TIMEOUT_S"):
    # Rasa passes this module constant as the timeout of every action call (5 minutes built in, no setting).
    rasa_action.DEFAULT_REQUEST_TIMEOUT = float(os.environ["TANDEM_ACTION_TIMEOUT_S"])
SHORTCUT_PREFIX = "/"
WAITING_URL = os.environ.get("TANDEM_WAITING_URL", "")
INTERNAL_TOKEN = os.environ.get("TANDEM_RASA_TOKEN", "")
NEUTRALISER = "\u200b"
# Conversation ids of the messaging platforms (bot/connectors/base.py): a REST or socket.io client may not use
# them, or it could write into (and read the bot's answers in) a Messenger or Telegram follower's conversation.
RESERVED_PREFIXES = ("messenger:", "instagram:", "whatsapp:", "telegram:")


def reserved(sender: Any) -> bool:
    return isinstance(sender, str) and sender.lower().startswith(RESERVED_PREFIXES)


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
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        log.warning("waiting endpoint unreachable: %s", exc)
        return None


async def action_server_down() -> bool:
    """Whether the action server fails its health check now (refused, an error, or no answer within 1 s)."""
    if not ACTION_HEALTH_URL:
        return False
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1)) as session:
            async with session.get(ACTION_HEALTH_URL) as response:
                return response.status != 200
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
        return True


def guard(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Neutralise shortcuts; when the bot stayed silent (the conversation is with a person), let the inbox
    store the message and tell the follower where they stand. When the message was not stored (the tracker store
    failed for good) or Rasa raised, raise `HandlingFailed` (the channel answers 503: see `outcome`)."""

    async def guarded(message: UserMessage) -> Any:
        message.text = neutralise(cut(message.text, MAX_MESSAGE_CHARS))
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
        outcome = Outcome(parent=CURRENT.get())
        token = CURRENT.set(outcome)
        try:
            result = await on_new_message(message)
        except Exception as exc:
            outcome.fail(f"Rasa raised {type(exc).__name__}")
            raise
        finally:
            CURRENT.reset(token)
            output.send_response = send_response
        if outcome.failed:
            raise HandlingFailed("; ".join(outcome.failures))
        if sent == 0 and message.sender_id:
            reply = await waiting_reply(message.sender_id, message.text)
            if not reply and await action_server_down():
                log.warning("the action server is down: told the follower to try again")
                reply = ACTION_DOWN_NOTICE
            if reply:
                await output.send_text_message(message.sender_id, reply)
        return result

    return guarded


def _request_ip(request: Request) -> str:
    return LIMITS.client_ip(request.ip, request.headers.get("x-forwarded-for"))


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
            # Rasa's handler answers 200 whatever happened; the guard records a failure on this (see `outcome`).
            request.ctx.outcome = Outcome(message=False)
            CURRENT.set(request.ctx.outcome)
            ip = _request_ip(request)
            body, problem = check_rest_body(request.body or b"")
            sender = body.get("sender") if body else None
            if reserved(sender if isinstance(sender, str) else None):
                return response.json({"error": "sender ids starting with a channel name are reserved"}, status=400)
            refusal = LIMITS.check(ip, sender, size=len(request.body or b""))
            if refusal is not None:
                if refusal.first:
                    log.warning("rate limit (%s) on the REST webhook for %s", refusal.scope, masked(ip))
                return response.json(refusal.body(), status=429, headers=refusal.headers())
            if problem is not None:
                return response.json({"error": "bad_request", "detail": problem}, status=400)
            return None

        @blueprint.middleware("response")
        async def unstored_is_unacknowledged(request: Request, _response: Any) -> Any:
            outcome = getattr(request.ctx, "outcome", None)
            CURRENT.set(None)    # the connection's next request (same task, keep-alive) starts without it
            if outcome is None or not outcome.failed:
                return None
            log.warning("REST message not handled (%s): answered 503", "; ".join(outcome.failures))
            return response.json({"error": "not_stored", "detail": "the message could not be handled; send it "
                                  "again"}, status=503, headers={"Retry-After": str(RETRY_AFTER_S)})

        return blueprint


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message):  # type: ignore[no-untyped-def]
        handle = guard(on_new_message)

        async def handle_or_ask_again(message: UserMessage) -> Any:
            # socket.io has no status to refuse a message with: the follower is asked to send it again instead.
            try:
                return await handle(message)
            except HandlingFailed as exc:
                log.warning("socket.io message not handled (%s): asked the follower to send it again", exc)
                await message.output_channel.send_text_message(message.sender_id, ACTION_DOWN_NOTICE)
                return None

        blueprint = super().blueprint(handle_or_ask_again)
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
            if reserved(sender):
                return None
            text = data.get("message") if isinstance(data, dict) else None
            size = len(text.encode("utf-8", "replace")) if isinstance(text, str) else 0
            refusal = LIMITS.check(addresses.get(sid, "unknown"), sender if isinstance(sender, str) else None,
                                   size=size)
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
