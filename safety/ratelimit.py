"""Per-sender token buckets: a burst of ``capacity`` messages, then ``refill_per_minute`` a minute.

Pure standard library and Python 3.8+, so the file can be copied unchanged next to the Rasa connector
(bot/connectors/, Rasa's own Python 3.10 process cannot import project code) as well as used in the
action server or the API. Thread-safe; memory is bounded (the longest-idle senders are forgotten first,
which only ever gives them a full bucket back).

    limiter = RateLimiter(capacity=10, refill_per_minute=30)
    decision = limiter.allow(sender_id)
    if not decision.allowed:
        ...  # reply once with a short notice (decision.first_refusal), or stay silent; retry_after seconds
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: float = 0.0      # seconds until one message is allowed again
    first_refusal: bool = False   # the first refusal since this sender was last allowed: say so once


@dataclass
class _Bucket:
    tokens: float
    updated: float
    refused: bool = False


class RateLimiter:
    def __init__(self, capacity: float = 10, refill_per_minute: float = 30, max_senders: int = 100_000,
                 clock: Optional[Callable[[], float]] = None) -> None:
        if capacity < 1 or refill_per_minute <= 0:
            raise ValueError("capacity must be at least 1 and the refill rate positive")
        self.capacity = float(capacity)
        self.rate = refill_per_minute / 60.0
        self.max_senders = max_senders
        self.clock = clock or time.monotonic
        self._buckets: "OrderedDict[str, _Bucket]" = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str, cost: float = 1.0) -> Decision:
        now = self.clock()
        with self._lock:
            bucket = self._buckets.pop(key, None)
            if bucket is None:
                bucket = _Bucket(tokens=self.capacity, updated=now)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= cost:
                bucket.tokens -= cost
                bucket.refused = False
                decision = Decision(True)
            else:
                decision = Decision(False, retry_after=(cost - bucket.tokens) / self.rate,
                                    first_refusal=not bucket.refused)
                bucket.refused = True
            self._buckets[key] = bucket
            while len(self._buckets) > self.max_senders:
                self._buckets.popitem(last=False)
            return decision

    def __len__(self) -> int:
        return len(self._buckets)


NOTICE = {
    "de": "Du schreibst gerade sehr schnell – ich antworte gleich wieder. Bitte warte einen Moment.",
    "en": "You're sending messages very quickly – I'll answer again in a moment. Please wait a little.",
}
