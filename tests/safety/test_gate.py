"""`safety.gate.check`: rate limit first, then the spam checks, in one call for the action server."""
from __future__ import annotations

from safety.gate import check
from safety.moderation import Moderator
from safety.ratelimit import RateLimiter


def clock():
    return 0.0


def test_an_ordinary_message_is_answered():
    gate = check("u1", "Was kostet der Versand?", "de", RateLimiter(clock=clock), Moderator(clock=clock))
    assert gate.answer and gate.flags == ()


def test_a_sender_over_the_limit_gets_one_notice_in_their_language_then_silence():
    limiter, moderator = RateLimiter(capacity=1, refill_per_minute=1, clock=clock), Moderator(clock=clock)
    check("u1", "a", "en", limiter, moderator)
    first, second = (check("u1", t, "en", limiter, moderator) for t in ("b", "c"))
    assert not first.answer and first.notice.startswith("You're sending") and first.flags == ("rate",)
    assert not second.answer and second.notice is None


def test_a_link_flood_is_not_answered_and_flagged():
    gate = check("u1", "http://a.xyz http://b.xyz http://c.xyz", "de", RateLimiter(clock=clock), Moderator(clock=clock))
    assert not gate.answer and gate.flags == ("links",)
