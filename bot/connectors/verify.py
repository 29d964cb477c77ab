"""Checks a platform webhook passes before its body is even parsed, and the memory of messages already handled.

- Meta (Messenger, Instagram, WhatsApp) signs every delivery: ``X-Hub-Signature-256: sha256=<hex>``, an
  HMAC-SHA256 of the raw body with the app secret. Rasa 3.6's own Facebook connector checks the older SHA-1
  header with ``==``; here the SHA-256 one is compared in constant time (`hmac.compare_digest`).
- Meta's subscription handshake (``hub.mode=subscribe``, ``hub.verify_token``, ``hub.challenge``) echoes the
  challenge only for the configured verify token.
- Telegram sends the ``secret_token`` given to ``setWebhook`` in ``X-Telegram-Bot-Api-Secret-Token``.

An unconfigured secret never verifies anything: an empty app secret would make every signature computable.

`SeenMessages` remembers message ids so a platform's retry of one message (Meta and Telegram re-send until they
get HTTP 200) is processed once, and a replay of a captured request is not processed again. With a Redis URL
the memory is shared by every Rasa instance; otherwise it lives in the process.

Standard library only (Redis through the ``redis`` package Rasa already ships, imported only when used).
"""
from __future__ import annotations

import hashlib
import hmac
import re
import threading
import time
from collections import OrderedDict
from typing import Any, Mapping, Optional

META_SIGNATURE_HEADER = "X-Hub-Signature-256"
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
CHALLENGE = re.compile(r"^[A-Za-z0-9_\-.]{1,256}$")


class Rejected(Exception):
    """A request that must not reach the bot; ``status`` is the HTTP answer, ``reason`` goes to the log."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


def meta_signature(secret: str, body: bytes) -> str:
    """The header value Meta sends for ``body`` (also what the tests' stand-in platforms send)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def check_meta_signature(secret: str, headers: Mapping[str, str], body: bytes) -> None:
    if not secret:
        raise Rejected(503, "channel not configured (no app secret)")
    sent = _header(headers, META_SIGNATURE_HEADER)
    if not sent:
        raise Rejected(401, "missing X-Hub-Signature-256")
    if not hmac.compare_digest(sent.strip().encode(), meta_signature(secret, body).encode()):
        raise Rejected(403, "X-Hub-Signature-256 does not match the body")


def check_telegram_secret(secret: str, headers: Mapping[str, str]) -> None:
    if not secret:
        raise Rejected(503, "channel not configured (no webhook secret)")
    sent = _header(headers, TELEGRAM_SECRET_HEADER)
    if not sent:
        raise Rejected(401, "missing X-Telegram-Bot-Api-Secret-Token")
    if not hmac.compare_digest(sent.encode(), secret.encode()):
        raise Rejected(403, "X-Telegram-Bot-Api-Secret-Token is wrong")


def meta_handshake(verify_token: str, args: Mapping[str, Any]) -> str:
    """The challenge to echo for a valid subscription request; `Rejected` otherwise."""
    if not verify_token:
        raise Rejected(503, "channel not configured (no verify token)")
    mode, token, challenge = (args.get(k) for k in ("hub.mode", "hub.verify_token", "hub.challenge"))
    if mode != "subscribe" or not isinstance(token, str) or not isinstance(challenge, str):
        raise Rejected(400, "not a subscription handshake")
    if not hmac.compare_digest(token.encode(), verify_token.encode()):
        raise Rejected(403, "wrong hub.verify_token")
    if not CHALLENGE.match(challenge):
        raise Rejected(400, "malformed hub.challenge")
    return challenge


# --- messages already handled ---------------------------------------------------------------------------------------

NEW, DONE, BUSY = "new", "done", "busy"


class SeenMessages:
    """``claim(id)`` → NEW (yours to process), DONE (processed before: acknowledge, do nothing) or BUSY (another
    worker is processing it right now: let the platform retry later). ``finish`` records success, ``release``
    forgets a claim whose processing failed so the platform's retry is processed. A claim left by a process that
    died expires after ``busy_s``, so its message is not lost either."""

    def __init__(self, redis_url: str = "", done_s: float = 7 * 24 * 3600, busy_s: float = 120,
                 max_entries: int = 200_000, prefix: str = "tandem:seen:") -> None:
        self.done_s, self.busy_s, self.max_entries, self.prefix = done_s, busy_s, max_entries, prefix
        self._redis = None
        if redis_url:
            import redis  # noqa: PLC0415  (ships with Rasa; only needed for a shared memory)

            self._redis = redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)
        self._memory: "OrderedDict[str, tuple[str, float]]" = OrderedDict()
        self._lock = threading.Lock()

    @property
    def shared(self) -> bool:
        return self._redis is not None

    def claim(self, message_id: str) -> str:
        key = self.prefix + message_id
        if self._redis is not None:
            if self._redis.set(key, BUSY, nx=True, ex=int(self.busy_s)):
                return NEW
            state = self._redis.get(key)
            if state is None:           # expired between the two calls
                return self.claim(message_id)
            return DONE if state.decode() == DONE else BUSY
        with self._lock:
            now = time.monotonic()
            found = self._memory.get(key)
            if found is not None and found[1] > now:
                return DONE if found[0] == DONE else BUSY
            self._memory[key] = (BUSY, now + self.busy_s)
            self._memory.move_to_end(key)
            while len(self._memory) > self.max_entries:
                self._memory.popitem(last=False)
            return NEW

    def finish(self, message_id: str) -> None:
        key = self.prefix + message_id
        if self._redis is not None:
            self._redis.set(key, DONE, ex=int(self.done_s))
            return
        with self._lock:
            self._memory[key] = (DONE, time.monotonic() + self.done_s)

    def release(self, message_id: str) -> None:
        key = self.prefix + message_id
        if self._redis is not None:
            self._redis.delete(key)
            return
        with self._lock:
            self._memory.pop(key, None)
