"""Retention: conversations whose last activity is older than ``retention_days`` are deleted everywhere.

A conversation's last activity is the newest time found for its sender id in any store (Rasa tracker
events' ``timestamp``, inbox rows' ``updated_at``/``created_at``), so a follower who wrote yesterday keeps
the whole history, and one silent for longer loses all of it through `privacy.gdpr.delete` (tracker
events, inbox rows and their notes/ratings, log lines). Rotated log files older than the limit go too.

`purge(settings, days)` is what ``tandem privacy purge`` and the scheduler call; `RetentionScheduler`
runs it in a daemon thread every ``retention_check_hours`` (first run a minute after start).
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privacy import gdpr, stores
from privacy.settings import get_privacy_settings

log = logging.getLogger(__name__)


@dataclass
class Purge:
    days: int
    senders: int = 0
    rows: int = 0
    log_lines: int = 0
    log_files: list[str] = field(default_factory=list)
    incomplete: int = 0          # senders with traces left after their delete (should stay 0)

    def summary(self) -> str:
        return (f"purged {self.senders} conversations older than {self.days} days: {self.rows} rows, "
                f"{self.log_lines} log lines, {len(self.log_files)} old log files"
                + (f"; {self.incomplete} left traces" if self.incomplete else ""))


def stale_senders(settings: Any, days: int, now: float | None = None) -> list[str]:
    cutoff = (now if now is not None else time.time()) - days * 86400
    newest: dict[str, float] = {}
    for _store, engine in stores.open_stores(settings, get_privacy_settings().tracker_db_url):
        for sender, seen in stores.last_activity(engine).items():
            newest[sender] = max(seen, newest.get(sender, float("-inf")))
    return sorted(s for s, seen in newest.items() if seen < cutoff)


def purge(settings: Any, days: int | None = None, now: float | None = None) -> Purge:
    days = days if days is not None else get_privacy_settings().retention_days
    if days < 1:
        raise ValueError("retention must be at least one day")
    result = Purge(days)
    for sender in stale_senders(settings, days, now):
        deletion = gdpr.delete(settings, sender)
        result.senders += 1
        result.rows += sum(n for name, counts in deletion.removed.items() if name != "logs" for n in counts.values())
        result.log_lines += sum(deletion.removed.get("logs", {}).values())
        result.incomplete += 0 if deletion.complete else 1
    cutoff = (now if now is not None else time.time()) - days * 86400
    for path in stores.log_files(settings.data_dir):
        if _rotated(path) and path.stat().st_mtime < cutoff:
            path.unlink()
            result.log_files.append(str(path.relative_to(settings.data_dir)))
    return result


def _rotated(path: Path) -> bool:
    """``actions.log.1``, ``actions.log.2024-05-01``: not the file a running process appends to."""
    return not path.name.endswith(stores.LOG_SUFFIXES)


class RetentionScheduler:
    """Runs `purge` every ``interval_hours`` in a daemon thread; errors are logged, never raised.

    In ``tandem run`` (tandem/cli.py, ``cmd_run``), after ``stack.start()``:
    ``scheduler = RetentionScheduler(stack.settings); scheduler.start()`` and ``scheduler.stop()`` in the
    ``finally`` beside ``stack.stop()``.
    """

    def __init__(self, settings: Any, days: int | None = None, interval_hours: float | None = None,
                 first_delay_s: float = 60.0) -> None:
        ps = get_privacy_settings()
        self.settings = settings
        self.days = days if days is not None else ps.retention_days
        self.interval_s = (interval_hours if interval_hours is not None else ps.retention_check_hours) * 3600
        self.first_delay_s = first_delay_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0

    def start(self) -> "RetentionScheduler":
        self._thread = threading.Thread(target=self._loop, name="tandem-retention", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        delay = self.first_delay_s
        while not self._stop.wait(delay):
            try:
                log.info("retention: %s", purge(self.settings, self.days).summary())
            except Exception:  # noqa: BLE001 (a failed purge must not stop the stack; next run retries)
                log.exception("retention purge failed")
            self.runs += 1
            delay = self.interval_s
