"""Rasa's tracker and lock stores, each chosen by one URL from the environment (see bot/endpoints.yml).

- ``TANDEM_TRACKER_DB_URL``: an SQLAlchemy URL for Rasa's own `SQLTrackerStore` — ``sqlite:////path/tracker.db``
  (what `tandem run` sets by default) or ``postgresql://user:password@host:5432/rasa`` for several Rasa instances.
- ``TANDEM_REDIS_URL``: ``redis://host:6379/0`` switches on Rasa's `RedisLockStore`, so several Rasa instances
  serve one conversation one message at a time; empty keeps Rasa's in-memory lock store (one instance).

Rasa's endpoint file names a store by host, port, database and user separately; these subclasses only turn the
URL into those arguments, so one variable per store is all a deployment sets.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time
from typing import Any, Awaitable, Callable, Optional, Text, TypeVar
from urllib.parse import unquote, urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy.exc import DBAPIError

from .outcome import current_failed, record_failure

log = logging.getLogger(__name__)
T = TypeVar("T")

# How long a save or read waits for the database to come back (a PostgreSQL restart took 3 s in
# bench/scale_faults.py). Rasa wraps this store in its FailSafeTrackerStore, which on the first error saves into
# process memory (lost with the process) or reads "no conversation" (a fresh tracker, whose events the next save
# then skips): both lost acknowledged messages during a restart.
RETRY_S = float(os.environ.get("TANDEM_TRACKER_RETRY_S", "30"))


def sql_arguments(url: str) -> dict:
    """``SQLTrackerStore``'s keyword arguments for an SQLAlchemy URL."""
    parsed = urlparse(url)
    dialect = parsed.scheme.split("+", 1)[0]
    if dialect == "sqlite":
        return {"dialect": "sqlite", "db": unquote(parsed.path[1:])}   # sqlite:////abs/path or sqlite:///relative
    if not parsed.hostname or not parsed.path.strip("/"):
        raise ValueError("TANDEM_TRACKER_DB_URL needs a host and a database name (postgresql://user:pw@host/db)")
    return {"dialect": dialect, "host": parsed.hostname, "port": parsed.port, "db": unquote(parsed.path.strip("/")),
            "username": unquote(parsed.username) if parsed.username else None,
            "password": unquote(parsed.password) if parsed.password else None}


async def with_retries(call: Callable[[], Awaitable[T]], what: str, retry_s: float = RETRY_S) -> T:
    """``call()``, again with back-off (0.1 s doubling to 2 s) while the database is unreachable, for up to
    ``retry_s``; then the error goes up. A loop of our own: the Rasa environment has no retry library, and this is
    the only place that retries. A final failure is recorded on the message being handled (`outcome`), so its
    channel answers 503 rather than acknowledging a message Rasa's fail-safe store then keeps only in memory."""
    deadline, delay = time.monotonic() + retry_s, 0.1
    while True:
        try:
            return await call()
        except DBAPIError as exc:
            if time.monotonic() + delay > deadline:
                record_failure(f"tracker store {what} failed")
                log.error("tracker store %s failed for %.0f s (%s); the message is answered 503", what, retry_s,
                          exc.__class__.__name__)
                raise
            log.warning("tracker store %s failed (%s); trying again in %.1f s", what, exc.__class__.__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)


class StoredNothing(RuntimeError):
    """A save refused on purpose (Rasa's fail-safe store logs it and keeps the tracker in memory only)."""


class URLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store from one URL, riding out a database restart (`with_retries`): a failed
    transaction is rolled back and its connection dropped by SQLAlchemy, so trying again reads and writes afresh."""

    def __init__(self, domain: Any = None, host: Optional[Text] = None, event_broker: Any = None,
                 **kwargs: Any) -> None:
        url = (host or kwargs.pop("url", None) or "").strip()
        if not url:
            raise ValueError("TANDEM_TRACKER_DB_URL is empty: set an SQLAlchemy URL (tandem run sets a SQLite file)")
        super().__init__(domain=domain, event_broker=event_broker, **sql_arguments(url))

    async def save(self, tracker: Any) -> None:
        if current_failed():
            # This message's read failed, so Rasa handled it on a fresh tracker: storing that would put the message
            # (and a new conversation start) in the store although the channel answers 503 and it is sent again.
            raise StoredNothing("not saved: reading this conversation failed")
        await with_retries(lambda: super(URLTrackerStore, self).save(tracker), "save")

    async def retrieve(self, sender_id: Text) -> Any:
        return await with_retries(lambda: super(URLTrackerStore, self).retrieve(sender_id), "read")

    async def retrieve_full_tracker(self, conversation_id: Text) -> Any:
        return await with_retries(lambda: super(URLTrackerStore, self).retrieve_full_tracker(conversation_id), "read")


class URLLockStore(LockStore):
    """Redis when a URL is given, else in memory; the locking logic is Rasa's own (`LockStore`)."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None) -> None:
        url = ((endpoint_config.url if endpoint_config else None) or "").strip()
        if url:
            parsed = urlparse(url)
            db = parsed.path.strip("/")
            self.inner: LockStore = RedisLockStore(
                host=parsed.hostname or "localhost", port=parsed.port or 6379, db=int(db) if db else 1,
                username=unquote(parsed.username) if parsed.username else None,
                password=unquote(parsed.password) if parsed.password else None, use_ssl=parsed.scheme == "rediss",
                key_prefix="tandem")
        else:
            self.inner = InMemoryLockStore()
        super().__init__()

    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        return self.inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: Text) -> None:
        self.inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.inner.save_lock(lock)
