"""Slowing down password guessing without letting anyone lock an agent out.

Failures are counted per name *and* client address. After `FREE_FAILURES` in a row, each further attempt
from that address for that name must wait twice as long as the one before (1 s, 2 s, 4 s, … up to
`MAX_DELAY_S`); the wait is the same for a right and a wrong password, otherwise the answer would tell a
guesser which one it was. A guesser slows down only themselves: the agent signing in from another address
is not delayed at all (a hard lock per name, as before, let anyone keep a named agent out by typing wrong
passwords). Against guessing from many addresses at once, the name alone is delayed the same way after
`NAME_FREE_FAILURES` failures from all addresses together: far more than an agent's own typos, so only such
an attack pays the price, and then the agent waits seconds, not a fixed lock. Failures older than the window
are forgotten; a success clears its pair.

In memory, per API process: enough to make guessing at the speed of HTTP impractical, without a table that
an attacker could fill (bounded by `MAX_TRACKED`). The address-wide limit on failures (whatever the names)
stays in `api.routes.auth` (`login_failures_per_ip`).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

FREE_FAILURES = 3            # per name and address: typos cost nothing
NAME_FREE_FAILURES = 50      # per name from all addresses together
BASE_DELAY_S = 1.0
MAX_DELAY_S = 300.0
WINDOW_S = 900.0             # failures older than this (since the last one) are forgotten
MAX_TRACKED = 10_000


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0
    next_allowed: float = 0.0


def delay_after(failures: int, free: int, base_s: float = BASE_DELAY_S, max_s: float = MAX_DELAY_S) -> float:
    """The wait after ``failures`` failures: none for the first ``free``, then doubling up to ``max_s``."""
    if failures < free:
        return 0.0
    return min(max_s, base_s * 2 ** (failures - free))


class LoginThrottle:
    def __init__(self, free_failures: int = FREE_FAILURES, name_free_failures: int = NAME_FREE_FAILURES,
                 base_delay_s: float = BASE_DELAY_S, max_delay_s: float = MAX_DELAY_S,
                 window_s: float = WINDOW_S) -> None:
        self.free, self.name_free = free_failures, name_free_failures
        self.base_s, self.max_s, self.window_s = base_delay_s, max_delay_s, window_s
        self._pairs: dict[tuple[str, str], _Failures] = {}
        self._names: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def retry_after(self, name: str, address: str = "", moment: float | None = None) -> float:
        """Seconds until this name may be tried again from this address; 0 when it may be tried now."""
        moment = time.monotonic() if moment is None else moment
        with self._lock:
            waits = [f.next_allowed - moment for f in (self._pairs.get((name.lower(), address)),
                                                       self._names.get(name.lower())) if f is not None]
        return max([0.0, *waits])

    def failed(self, name: str, address: str = "", moment: float | None = None) -> float:
        """Count a failure; returns the wait it earned (for the Retry-After of this very answer)."""
        moment = time.monotonic() if moment is None else moment
        with self._lock:
            if len(self._pairs) >= MAX_TRACKED:
                self._pairs.clear()
            if len(self._names) >= MAX_TRACKED:
                self._names.clear()
            pair = self._count(self._pairs.setdefault((name.lower(), address), _Failures()), moment, self.free)
            whole = self._count(self._names.setdefault(name.lower(), _Failures()), moment, self.name_free)
            return max(pair, whole)

    def _count(self, failures: _Failures, moment: float, free: int) -> float:
        if moment - failures.last > self.window_s:
            failures.count = 0
        failures.count += 1
        failures.last = moment
        wait = delay_after(failures.count, free, self.base_s, self.max_s)
        failures.next_allowed = moment + wait
        return wait

    def succeeded(self, name: str, address: str = "") -> None:
        with self._lock:
            self._pairs.pop((name.lower(), address), None)
