"""Slowing down password guessing: after a few failed sign-ins for one name, that name is locked briefly.

In memory, per API process: enough to make guessing at the speed of HTTP impractical, without a table
that an attacker could fill. Keyed by name (not by address) because agents often share one office IP.
"""
from __future__ import annotations

import threading
import time
from collections import deque

MAX_FAILURES = 5
WINDOW_S = 300.0
LOCK_S = 60.0
MAX_TRACKED_NAMES = 10_000


class LoginThrottle:
    def __init__(self, max_failures: int = MAX_FAILURES, window_s: float = WINDOW_S, lock_s: float = LOCK_S) -> None:
        self.max_failures, self.window_s, self.lock_s = max_failures, window_s, lock_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, name: str, moment: float | None = None) -> float:
        """Seconds until the name may try again; 0 when it may try now."""
        moment = time.monotonic() if moment is None else moment
        with self._lock:
            failures = self._failures.get(name.lower())
            if not failures or len(failures) < self.max_failures:
                return 0.0
            return max(0.0, failures[-1] + self.lock_s - moment)

    def failed(self, name: str, moment: float | None = None) -> None:
        moment = time.monotonic() if moment is None else moment
        with self._lock:
            if len(self._failures) >= MAX_TRACKED_NAMES:
                self._failures.clear()
            failures = self._failures.setdefault(name.lower(), deque(maxlen=self.max_failures))
            while failures and moment - failures[0] > self.window_s:
                failures.popleft()
            failures.append(moment)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name.lower(), None)
