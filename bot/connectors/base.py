"""The small base every messaging-platform connector builds on (like Rasa's ``rasa/core/channels/``).

A connector says how its platform proves a request genuine (`authenticate`), what the body holds (`parse` →
`Incoming` messages) and how to send text back (`PlatformOutput.deliver`, within `PlatformOutput.limit`). The base
does the rest, in the same order for every platform:

1. refuse an oversized body (413), then verify the sender before anything else is read (401/403; 503 when the
   channel's secrets are not configured, so an empty secret never verifies anything);
2. parse; a body that is not the platform's format is answered 400;
3. per message: skip one too old to be anything but a replay (200, not processed), claim its id in
   `verify.SeenMessages` — a retry or replay of a message already handled is acknowledged (200) and not processed,
   one being processed by another instance right now is answered 503 so the platform tries again later;
4. hand it to Rasa through `guarded.guard` (a leading "/" neutralised; a follower waiting for a person is told
   their place in the queue); if Rasa fails, the claim is released and the platform's retry is processed; if the
   message was not stored (`outcome.HandlingFailed`: the tracker store stayed unreachable), the answer is 503.

Every refusal is logged with its reason, the channel and the message id, never the message text. Conversation ids
carry the channel (``telegram:12345``) so ids from two platforms cannot collide, and the REST and socket.io
channels refuse such ids (`guarded.RESERVED_PREFIXES`), so nobody can write into another channel's conversation.

Replies go out through `PlatformOutput.send_response`: the whole Rasa message is rendered to plain text
(`render.plain_text`: links as text, sources as ``title: url``, buttons as a numbered list) and split at word
boundaries to the platform's limit. Agent replies, the rating prompt and queue notices from the inbox arrive the
same way, because Rasa sends ``output_channel=latest`` through this connector's `get_output_channel`.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional

import aiohttp
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage

from . import render
from .guarded import guard
from .limits import masked
from .outcome import HandlingFailed
from .verify import BUSY, DONE, NEW, Rejected, SeenMessages

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000
# Older than this, a message can only be a replay (Meta and Telegram give up retrying well before a week).
MAX_AGE_S = float(os.environ.get("TANDEM_CHANNEL_MAX_AGE_S", str(7 * 24 * 3600)))
SEND_ATTEMPTS = 3
SEND_TIMEOUT_S = 10.0

_seen: Optional[SeenMessages] = None


def seen_messages() -> SeenMessages:
    """One memory per Rasa process, in Redis when ``TANDEM_REDIS_URL`` is set (shared by all Rasa instances)."""
    global _seen
    if _seen is None:
        _seen = SeenMessages(os.environ.get("TANDEM_REDIS_URL", ""))
    return _seen


def env(name: str) -> str:
    return os.environ.get(name, "").strip()


def who(sender_id: str) -> str:
    """A short, stable stand-in for a follower id in the log (not the id itself)."""
    return hashlib.sha256(sender_id.encode()).hexdigest()[:10]


@dataclass
class Incoming:
    """One follower message from a webhook body."""

    message_id: str
    user_id: str                      # the platform's id of the chat to answer
    text: str
    sent_at: Optional[float] = None   # seconds since the epoch, from the platform
    display_name: Optional[str] = None
    metadata: Dict[str, Any] = field(default_factory=dict)


class DeliveryError(RuntimeError):
    """The platform did not accept a message after `SEND_ATTEMPTS` tries."""


class PlatformOutput(OutputChannel):
    """Plain text out, split to ``limit`` characters per message; subclasses implement `deliver`."""

    limit = 2000

    def __init__(self, channel: str) -> None:
        self.channel = channel

    @classmethod
    def name(cls) -> str:  # Rasa asks the output channel's name for logs; the input channel's name is the key
        return "platform"

    def platform_id(self, recipient_id: str) -> str:
        prefix = f"{self.channel}:"
        return recipient_id[len(prefix):] if recipient_id.startswith(prefix) else recipient_id

    async def deliver(self, user_id: str, text: str) -> None:
        raise NotImplementedError

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        text = render.plain_text(message)
        options = render.option_titles(message)
        if options:
            seen_messages_remember(self.channel, recipient_id, options)
        await self._send_parts(recipient_id, text)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send_parts(recipient_id, render.plain_text({"text": text}))

    async def _send_parts(self, recipient_id: str, text: str) -> None:
        user_id = self.platform_id(recipient_id)
        for part in render.split(text, self.limit):
            await self._deliver_with_retries(user_id, part)

    async def _deliver_with_retries(self, user_id: str, text: str) -> None:
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                await self.deliver(user_id, text)
                return
            except (aiohttp.ClientError, asyncio.TimeoutError, DeliveryError) as exc:
                log.warning("%s: sending to %s failed (attempt %d/%d): %s", self.channel, who(user_id), attempt,
                            SEND_ATTEMPTS, type(exc).__name__ if not isinstance(exc, DeliveryError) else exc)
                if attempt < SEND_ATTEMPTS:
                    await asyncio.sleep(0.3 * attempt)
        raise DeliveryError(f"{self.channel}: message not accepted after {SEND_ATTEMPTS} attempts")

    @staticmethod
    async def post_json(url: str, body: Dict[str, Any], headers: Optional[Dict[str, str]] = None,
                        params: Optional[Dict[str, str]] = None) -> Dict[str, Any]:
        """POST and insist on a 2xx answer (a 4xx/5xx raises `DeliveryError` with the status, not the text)."""
        timeout = aiohttp.ClientTimeout(total=SEND_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.post(url, json=body, headers=headers or {}, params=params or {}) as answer:
                if answer.status // 100 != 2:
                    raise DeliveryError(f"platform answered HTTP {answer.status}")
                try:
                    return await answer.json(content_type=None)
                except (ValueError, aiohttp.ContentTypeError):
                    return {}


# The numbered options last offered to each follower, so "2" can be read as the second option.
_options: Dict[str, List[str]] = {}
MAX_REMEMBERED = 50_000


def seen_messages_remember(channel: str, sender_id: str, options: List[str]) -> None:
    _options.pop(sender_id, None)
    _options[sender_id] = options
    while len(_options) > MAX_REMEMBERED:
        _options.pop(next(iter(_options)))


def chosen_option(sender_id: str, text: str) -> Optional[str]:
    choice = render.choice_for(text, _options.get(sender_id, []))
    if choice is not None:
        _options.pop(sender_id, None)
    return choice


class VerifiedWebhookInput(InputChannel):
    """A platform's webhook: verify, parse, deduplicate, then hand each message to Rasa."""

    channel = "platform"

    @classmethod
    def name(cls) -> str:
        return cls.channel

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "VerifiedWebhookInput":
        return cls({k: str(v or "").strip() for k, v in (credentials or {}).items()})

    def __init__(self, config: Mapping[str, str]) -> None:
        self.config = dict(config)
        if not self.configured():
            log.info("%s channel not configured: its webhook answers 503 until %s are set", self.channel,
                     ", ".join(self.required))

    required: tuple = ()

    def configured(self) -> bool:
        return all(self.config.get(key) for key in self.required)

    # --- what a platform connector provides ---------------------------------------------------------------------
    def authenticate(self, request: Request) -> None:
        """Raise `Rejected` unless the request provably comes from the platform."""
        raise NotImplementedError

    def parse(self, body: Any) -> List[Incoming]:
        """The follower messages in a verified body ([] for deliveries that are not messages: read receipts,
        echoes of the page's own messages, status updates). Raise ValueError/KeyError/TypeError when the body
        is not the platform's format."""
        raise NotImplementedError

    def output(self) -> PlatformOutput:
        raise NotImplementedError

    async def handshake(self, request: Request) -> HTTPResponse:
        return response.json({"error": "no handshake on this channel"}, status=405)

    async def display_name(self, incoming: Incoming) -> Optional[str]:
        """The follower's name from the platform when the webhook did not carry it (looked up once per follower)."""
        return incoming.display_name

    # --- the common part ------------------------------------------------------------------------------------------
    def get_output_channel(self) -> Optional[OutputChannel]:
        return self.output() if self.configured() else None

    def sender_id(self, user_id: str) -> str:
        return f"{self.channel}:{user_id}"

    def refuse(self, request: Request, rejected: Rejected, message_id: str = "") -> HTTPResponse:
        log.warning("%s webhook refused (%s) from %s%s", self.channel, rejected.reason, masked(request.ip),
                    f", message {message_id}" if message_id else "")
        return response.json({"error": rejected.reason}, status=rejected.status)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint(f"{self.channel}_webhook", __name__)
        handle = guard(on_new_message)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured() else "not configured"})

        @hook.route("/webhook", methods=["GET"])
        async def handshake(request: Request) -> HTTPResponse:
            try:
                return await self.handshake(request)
            except Rejected as rejected:
                return self.refuse(request, rejected)

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                if not self.configured():
                    raise Rejected(503, "channel not configured")
                if len(request.body or b"") > MAX_BODY_BYTES:
                    raise Rejected(413, "body too large")
                self.authenticate(request)
                try:
                    messages = self.parse(json.loads(request.body or b""))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise Rejected(400, f"malformed body ({type(exc).__name__})") from exc
            except Rejected as rejected:
                return self.refuse(request, rejected)
            busy = False
            for incoming in messages:
                outcome = await self._process(request, incoming, handle)
                busy = busy or outcome == BUSY
            if busy:   # the platform will send the whole delivery again; what was processed is skipped then
                return response.json({"status": "busy, retry later"}, status=503, headers={"Retry-After": "5"})
            return response.json({"status": "ok", "messages": len(messages)})

        return hook

    async def _process(self, request: Request, incoming: Incoming, handle: Callable[[UserMessage], Awaitable[Any]]) -> str:
        key = f"{self.channel}:{incoming.message_id}"
        if incoming.sent_at is not None and time.time() - incoming.sent_at > MAX_AGE_S:
            self.refuse(request, Rejected(200, "message too old, treated as a replay"), incoming.message_id)
            return DONE
        try:
            state = seen_messages().claim(key)
        except Exception as exc:  # noqa: BLE001 (Redis down: let the platform retry rather than risk a duplicate)
            log.error("%s: cannot check message %s for duplicates (%s); asking the platform to retry",
                      self.channel, incoming.message_id, type(exc).__name__)
            return BUSY
        if state != NEW:
            log.info("%s: message %s is a %s, not processed again", self.channel, incoming.message_id,
                     "duplicate" if state == DONE else "retry of one in progress")
            return state
        sender = self.sender_id(incoming.user_id)
        text = chosen_option(sender, incoming.text) or incoming.text
        metadata = {**incoming.metadata, "channel": self.channel}
        try:
            name = await self.display_name(incoming)
            if name:
                metadata["display_name"] = name[:80]
            await handle(UserMessage(text, self.output(), sender, input_channel=self.channel,
                                     message_id=key, metadata=metadata))
        except DeliveryError as exc:
            # Rasa has the message (it is in the tracker); processing it again would answer twice.
            log.error("%s: reply to message %s not delivered: %s", self.channel, incoming.message_id, exc)
        except HandlingFailed as exc:
            # Not stored (the tracker store stayed unreachable): a 503 makes the platform deliver it again.
            seen_messages().release(key)
            log.error("%s: message %s not handled (%s); answered 503 so the platform sends it again",
                      self.channel, incoming.message_id, exc)
            return BUSY
        except Exception:
            seen_messages().release(key)
            log.exception("%s: message %s failed; the platform's retry will be processed", self.channel,
                          incoming.message_id)
            raise
        seen_messages().finish(key)
        return NEW
