"""A small bounded cache for per-word work that questions repeat.

Followers' questions reuse the same words ("Versand", "kostet", "warranty") over and over, and what
retrieval computes for a word — its embedding, its nearest knowledge-base words — depends on the word
alone. Keeping the most recently used answers saves an encoder pass or a vector search per word; the
bound keeps a long-running action server's memory flat however many distinct words it meets.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """At most ``size`` entries; putting one more drops the least recently used. Thread-safe (the action
    server answers from several request threads). ``size`` 0 keeps nothing."""

    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        if not self.size:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items
