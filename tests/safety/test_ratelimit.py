"""`safety.ratelimit.RateLimiter`: per-sender token buckets."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from safety.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_up_to_the_capacity_is_allowed():
    limiter = RateLimiter(capacity=5, refill_per_minute=6, clock=Clock())
    assert all(limiter.allow("u1").allowed for _ in range(5))


def test_the_message_after_the_burst_is_refused_with_a_retry_time():
    limiter = RateLimiter(capacity=5, refill_per_minute=6, clock=Clock())
    for _ in range(5):
        limiter.allow("u1")
    decision = limiter.allow("u1")
    assert not decision.allowed and decision.retry_after == pytest.approx(10.0)


def test_tokens_come_back_with_time():
    clock = Clock()
    limiter = RateLimiter(capacity=2, refill_per_minute=6, clock=clock)
    limiter.allow("u1"), limiter.allow("u1")
    clock.now = 10.0
    assert limiter.allow("u1").allowed


def test_one_sender_flooding_does_not_limit_another():
    limiter = RateLimiter(capacity=2, refill_per_minute=1, clock=Clock())
    for _ in range(10):
        limiter.allow("spammer")
    assert limiter.allow("someone-else").allowed


def test_only_the_first_refusal_in_a_row_is_marked_for_a_notice():
    limiter = RateLimiter(capacity=1, refill_per_minute=1, clock=Clock())
    limiter.allow("u1")
    assert [limiter.allow("u1").first_refusal for _ in range(3)] == [True, False, False]


def test_memory_stays_bounded_by_forgetting_idle_senders():
    limiter = RateLimiter(capacity=1, refill_per_minute=1, max_senders=100, clock=Clock())
    for i in range(1000):
        limiter.allow(f"sender-{i}")
    assert len(limiter) == 100


def test_the_module_uses_only_the_standard_library_so_the_rasa_connector_can_copy_it():
    tree = ast.parse(Path(__file__).resolve().parents[2].joinpath("safety/ratelimit.py").read_text())
    imported = {n.module if isinstance(n, ast.ImportFrom) else a.name
                for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in (n.names if isinstance(n, ast.Import) else [n])}
    assert imported <= {"__future__", "threading", "time", "collections", "dataclasses", "typing"}
