"""Sliding-window limits per key (a client IP, a sender): at most ``limit`` events in any ``window_s`` seconds.

The sliding-window counter: each key keeps the count of the current fixed window and of the one before; the
earlier count is weighted by how much of it the sliding window still covers. Two numbers per key, so a flood of
distinct keys costs little memory (beyond ``max_keys`` the longest-idle keys are dropped, which only ever gives
them a fresh allowance). Thread-safe. ``limit`` 0 (or less) switches the limit off.

    per_ip = SlidingWindow(limit=300, window_s=60)
    verdict = per_ip.hit(client_ip)          # counts the event when it is allowed
    if not verdict.allowed:
        ...  # HTTP 429 with Retry-After: verdict.retry_after; verdict.first_refusal: tell the client once
    per_ip.peek(client_ip)                   # the same question without counting (e.g. before a sign-in,
                                             # when only failures are counted with hit())

Pure standard library and Python 3.8+: this file is copied unchanged to bot/connectors/window.py, because the
Rasa connectors run in Rasa's own Python and cannot import Tandem code (tests/safety/test_window.py checks that
the two copies are the same).
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from typing import Callable, NamedTuple, Optional


class Verdict(NamedTuple):
    allowed: bool
    retry_after: float = 0.0        # seconds until one more event would be allowed
    first_refusal: bool = False     # the first refusal since this key was last allowed: say so once


class _Count:
    __slots__ = ("start", "current", "previous", "refused")

    def __init__(self, start: float) -> None:
        self.start = start          # start of the current fixed window
        self.current = 0
        self.previous = 0
        self.refused = False


class SlidingWindow:
    def __init__(self, limit: int, window_s: float = 60.0, max_keys: int = 100_000,
                 clock: Optional[Callable[[], float]] = None) -> None:
        if window_s <= 0:
            raise ValueError("window_s must be positive")
        self.limit = int(limit)
        self.window_s = float(window_s)
        self.max_keys = max_keys
        self.clock = clock or time.monotonic
        self._counts: "OrderedDict[str, _Count]" = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.limit > 0

    def hit(self, key: str) -> Verdict:
        """Count one event for ``key`` if it is allowed; say whether it is."""
        return self._check(key, count=True)

    def peek(self, key: str) -> Verdict:
        """Would one more event for ``key`` be allowed? Counts nothing."""
        return self._check(key, count=False)

    def _check(self, key: str, count: bool) -> Verdict:
        if not self.enabled:
            return Verdict(True)
        now = self.clock()
        with self._lock:
            entry = self._counts.pop(key, None)
            if entry is None:
                entry = _Count(now - (now % self.window_s))
            self._roll(entry, now)
            elapsed = now - entry.start
            estimate = entry.previous * (1.0 - elapsed / self.window_s) + entry.current
            if estimate + 1 <= self.limit:
                if count:
                    entry.current += 1
                    entry.refused = False
                verdict = Verdict(True)
            else:
                verdict = Verdict(False, self._retry_after(entry, elapsed), first_refusal=not entry.refused)
                if count:
                    entry.refused = True
            self._counts[key] = entry
            while len(self._counts) > self.max_keys:
                self._counts.popitem(last=False)
            return verdict

    def _roll(self, entry: _Count, now: float) -> None:
        windows = int((now - entry.start) // self.window_s)
        if windows >= 1:
            entry.previous = entry.current if windows == 1 else 0
            entry.current = 0
            entry.start += windows * self.window_s

    def _retry_after(self, entry: _Count, elapsed: float) -> float:
        """Seconds until the estimate leaves room for one more event."""
        room = self.limit - 1 - entry.current       # what the previous window's weighted share may still be
        if room >= 0 and entry.previous > 0:
            # previous * (1 - t / window) <= room  ->  t >= window * (1 - room / previous)
            wait = self.window_s * (1.0 - room / entry.previous) - elapsed
        else:
            # the current window alone is full: wait until it has become the previous one and faded enough
            wait = self.window_s - elapsed
            if entry.current > 0:
                wait += self.window_s * max(0.0, 1.0 - (self.limit - 1) / entry.current)
        return max(0.001, math.ceil(wait * 1000) / 1000)

    def forget(self, key: str) -> None:
        with self._lock:
            self._counts.pop(key, None)

    def __len__(self) -> int:
        return len(self._counts)
