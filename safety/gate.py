"""One call for the action server before it answers: the sender's rate limit and the spam checks.

In `actions/respond.py`, first thing in ``ActionRespond.run``::

    gate = safety.gate.check(tracker.sender_id, turn.text, turn.language)
    if not gate.answer:
        if gate.notice:
            dispatcher.utter_message(text=gate.notice)
        return []

``gate.flags`` names why a message was flagged (``links``, ``link_flood``, ``repeated``, ``noise``,
``rate``) for the inbox to show. Limits come from the environment: ``TANDEM_RATE_BURST`` (default 10
messages) and ``TANDEM_RATE_PER_MINUTE`` (default 20).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from safety.moderation import Moderator
from safety.ratelimit import NOTICE, RateLimiter


@dataclass(frozen=True)
class Gate:
    answer: bool
    notice: str | None = None
    flags: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _limiter() -> RateLimiter:
    return RateLimiter(capacity=float(os.environ.get("TANDEM_RATE_BURST", 10)),
                       refill_per_minute=float(os.environ.get("TANDEM_RATE_PER_MINUTE", 20)))


@lru_cache(maxsize=1)
def _moderator() -> Moderator:
    return Moderator()


def check(sender_id: str, text: str, lang: str | None = None, limiter: RateLimiter | None = None,
          moderator: Moderator | None = None) -> Gate:
    decision = (limiter if limiter is not None else _limiter()).allow(sender_id)
    if not decision.allowed:
        notice = NOTICE.get(lang or "de", NOTICE["de"]) if decision.first_refusal else None
        return Gate(False, notice, ("rate",))
    verdict = (moderator if moderator is not None else _moderator()).check(sender_id, text)
    return Gate(verdict.answer, None, verdict.reasons)


def forget(sender_id: str) -> None:
    """Drop the in-memory spam history of a sender (call from a GDPR delete in the same process)."""
    _moderator().forget(sender_id)
