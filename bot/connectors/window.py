"""Sliding-window limits per key (a client IP, a sender): at most ``limit`` events in any ``window_s`` seconds.

Each key keeps per-slice counts (``slices`` slices of ``window_s / slices`` seconds; only non-empty ones are
stored). An event is allowed when the events of the slice in progress and of the ``slices`` slices before it
(a span a little longer than the window, never shorter) leave room for it, so no window of ``window_s``
seconds ever holds more than ``limit`` allowed events, and a client who hit the limit waits at most one slice
longer than exactly necessary. At most ``slices + 1`` counters per key; beyond ``max_keys`` the longest-idle
keys are dropped, which only ever gives them a fresh allowance. Thread-safe. ``limit`` 0 (or less) switches the
limit off.

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
from collections import OrderedDict, deque
from typing import Callable, Deque, List, NamedTuple, Optional


class Verdict(NamedTuple):
    allowed: bool
    retry_after: float = 0.0        # seconds until one more event would be allowed
    first_refusal: bool = False     # the first refusal since this key was last allowed: say so once


class _Counts:
    __slots__ = ("slices", "total", "refused")

    def __init__(self) -> None:
        self.slices: Deque[List[int]] = deque()     # [slice number, events], oldest first
        self.total = 0
        self.refused = False


class SlidingWindow:
    def __init__(self, limit: int, window_s: float = 60.0, slices: int = 12, max_keys: int = 100_000,
                 clock: Optional[Callable[[], float]] = None) -> None:
        if window_s <= 0 or slices < 1:
            raise ValueError("window_s must be positive and slices at least 1")
        self.limit = int(limit)
        self.window_s = float(window_s)
        self.slices = int(slices)
        self.slice_s = self.window_s / self.slices
        self.max_keys = max_keys
        self.clock = clock or time.monotonic
        self._counts: "OrderedDict[str, _Counts]" = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.limit > 0

    def hit(self, key: str, weight: int = 1) -> Verdict:
        """Count one event of ``weight`` units (1, or e.g. a message's bytes) for ``key`` if it is allowed."""
        return self._check(key, count=True, weight=max(1, int(weight)))

    def peek(self, key: str) -> Verdict:
        """Would one more event for ``key`` be allowed? Counts nothing."""
        return self._check(key, count=False)

    def _check(self, key: str, count: bool, weight: int = 1) -> Verdict:
        if not self.enabled:
            return Verdict(True)
        now = self.clock()
        current = int(now // self.slice_s)
        with self._lock:
            entry = self._counts.pop(key, None) or _Counts()
            while entry.slices and entry.slices[0][0] < current - self.slices:
                entry.total -= entry.slices.popleft()[1]
            if entry.total + weight <= self.limit:
                if count:
                    if entry.slices and entry.slices[-1][0] == current:
                        entry.slices[-1][1] += weight
                    else:
                        entry.slices.append([current, weight])
                    entry.total += weight
                    entry.refused = False
                verdict = Verdict(True)
            else:
                verdict = Verdict(False, self._retry_after(entry, now, weight), first_refusal=not entry.refused)
                if count:
                    entry.refused = True
            if entry.slices or entry.refused:
                self._counts[key] = entry
            while len(self._counts) > self.max_keys:
                self._counts.popitem(last=False)
            return verdict

    def _retry_after(self, entry: _Counts, now: float, weight: int = 1) -> float:
        """Seconds until enough of the oldest slices have left the span to make room for one event."""
        left = entry.total
        for number, events in entry.slices:
            left -= events
            if left + min(weight, self.limit) <= self.limit:
                # slice `number` leaves the span when slice `number + slices + 1` begins
                wait = (number + self.slices + 1) * self.slice_s - now
                return max(0.001, math.ceil(wait * 1000) / 1000)
        return self.window_s  # not reached: with every slice gone there is room

    def forget(self, key: str) -> None:
        with self._lock:
            self._counts.pop(key, None)

    def __len__(self) -> int:
        return len(self._counts)
