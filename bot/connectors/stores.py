"""Rasa's tracker and lock stores, each chosen by one URL from the environment (see bot/endpoints.yml).

- ``TANDEM_TRACKER_DB_URL``: an SQLAlchemy URL for Rasa's own `SQLTrackerStore` — ``sqlite:////path/tracker.db``
  (what `tandem run` sets by default) or ``postgresql://user:password@host:5432/rasa`` for several Rasa instances.
- ``TANDEM_REDIS_URL``: ``redis://host:6379/0`` switches on Rasa's `RedisLockStore`, so several Rasa instances
  serve one conversation one message at a time; empty keeps Rasa's in-memory lock store (one instance).

Rasa's endpoint file names a store by host, port, database and user separately; these subclasses only turn the
URL into those arguments, so one variable per store is all a deployment sets.
"""
from __future__ import annotations

from typing import Any, Optional, Text
from urllib.parse import unquote, urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import EndpointConfig


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


class URLTrackerStore(SQLTrackerStore):
    def __init__(self, domain: Any = None, host: Optional[Text] = None, event_broker: Any = None,
                 **kwargs: Any) -> None:
        url = (host or kwargs.pop("url", None) or "").strip()
        if not url:
            raise ValueError("TANDEM_TRACKER_DB_URL is empty: set an SQLAlchemy URL (tandem run sets a SQLite file)")
        super().__init__(domain=domain, event_broker=event_broker, **sql_arguments(url))


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
