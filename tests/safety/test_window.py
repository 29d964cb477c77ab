"""`safety.window.SlidingWindow` (per-client limits of the API and, copied, of the Rasa connectors) and the
connectors' `WebhookLimits`: client addresses behind proxies, senders, the 429 body."""
from __future__ import annotations

import ast
import bisect
import random

import pytest

from bot.connectors.limits import (DEFAULT_BYTES_PER_IP, DEFAULT_FORWARDED_ALLOW_IPS, DEFAULT_PER_IP, DEFAULT_PER_SENDER, DEFAULT_WINDOW_S,
                                   WebhookLimits, masked)
from safety.window import SlidingWindow
from tandem.settings import ROOT, Settings


class Clock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_limit_is_allowed_and_the_next_event_refused_with_a_retry_time():
    window = SlidingWindow(3, window_s=60, clock=Clock())
    assert [window.hit("a").allowed for _ in range(4)] == [True, True, True, False]
    refused = window.hit("a")
    assert not refused.allowed and refused.retry_after == pytest.approx(65.0)   # a window and at most one slice


def test_the_window_slides_rather_than_resetting_at_a_boundary():
    clock = Clock()
    window = SlidingWindow(3, window_s=60, clock=clock)
    clock.now = 59
    assert all(window.hit("a").allowed for _ in range(3))
    clock.now = 61          # a fixed one-minute window would start afresh here
    assert not window.hit("a").allowed
    clock.now = 125         # more than a window later, nothing counts any more
    assert window.hit("a").allowed


def test_the_retry_time_is_when_an_event_is_allowed_again():
    clock = Clock()
    window = SlidingWindow(5, window_s=60, clock=clock)
    for moment in (0, 10, 20, 30, 40):
        clock.now = moment
        window.hit("a")
    clock.now = 50
    wait = window.hit("a").retry_after
    clock.now += wait - 0.01
    assert not window.peek("a").allowed
    clock.now += 0.02
    assert window.hit("a").allowed


def test_no_window_ever_holds_more_than_the_limit():
    """Bursts at random moments, some across window boundaries: count what was let through in every window."""
    rng = random.Random(7)
    clock = Clock()
    window = SlidingWindow(20, window_s=60, clock=clock)
    allowed: list[float] = []
    for _ in range(3000):
        clock.now += rng.choice([0.0, 0.01, 0.5, 3.0, 17.0])
        if window.hit("a").allowed:
            allowed.append(clock.now)
    assert len(allowed) > 200
    assert max(bisect.bisect_right(allowed, t + 60) - bisect.bisect_left(allowed, t) for t in allowed) <= 20


def test_a_steady_client_under_the_limit_is_never_refused():
    clock = Clock()
    window = SlidingWindow(60, window_s=60, clock=clock)
    for _ in range(1000):
        clock.now += 1.1           # 54.5 events a minute
        assert window.hit("a").allowed


def test_keys_are_independent():
    window = SlidingWindow(1, window_s=60, clock=Clock())
    assert window.hit("a").allowed and not window.hit("a").allowed
    assert window.hit("b").allowed


def test_peek_counts_nothing():
    window = SlidingWindow(1, window_s=60, clock=Clock())
    assert all(window.peek("a").allowed for _ in range(5))
    assert window.hit("a").allowed and not window.peek("a").allowed


def test_only_the_first_refusal_in_a_row_says_so():
    window = SlidingWindow(1, window_s=60, clock=Clock())
    window.hit("a")
    assert [window.hit("a").first_refusal for _ in range(3)] == [True, False, False]


def test_a_limit_of_zero_switches_it_off():
    window = SlidingWindow(0, window_s=60, clock=Clock())
    assert all(window.hit("a").allowed for _ in range(1000)) and len(window) == 0


def test_memory_is_bounded_by_dropping_the_longest_idle_keys():
    window = SlidingWindow(1, window_s=60, max_keys=100, clock=Clock())
    for n in range(1000):
        window.hit(f"ip-{n}")
    assert len(window) == 100


def test_the_rasa_connectors_carry_an_identical_copy():
    """Rasa's process cannot import Tandem code, so bot/connectors/window.py is a copy; it must not drift."""
    assert (ROOT / "bot/connectors/window.py").read_text() == (ROOT / "safety/window.py").read_text()


def test_the_connectors_fallbacks_are_the_settings_defaults():
    defaults = Settings()
    assert (DEFAULT_PER_IP, DEFAULT_PER_SENDER, DEFAULT_WINDOW_S, DEFAULT_FORWARDED_ALLOW_IPS) == (
        defaults.webhook_per_ip, defaults.webhook_per_sender, defaults.rate_limit_window_s,
        defaults.forwarded_allow_ips)
    assert DEFAULT_BYTES_PER_IP == defaults.webhook_bytes_per_ip


def test_the_connectors_read_their_limits_from_the_environment():
    limits = WebhookLimits.from_env({"TANDEM_WEBHOOK_PER_IP": "7", "TANDEM_WEBHOOK_PER_SENDER": "2",
                                     "TANDEM_RATE_LIMIT_WINDOW_S": "10", "TANDEM_FORWARDED_ALLOW_IPS": "10.0.0.1,10.0.0.2"})
    assert (limits.ips.limit, limits.senders.limit, limits.window_s) == (7, 2, 10.0)
    assert limits.trusted == {"10.0.0.1", "10.0.0.2"}
    assert WebhookLimits.from_env({"TANDEM_WEBHOOK_PER_IP": "many"}).ips.limit == DEFAULT_PER_IP


@pytest.mark.parametrize("peer, forwarded, client", [
    ("198.51.100.4", None, "198.51.100.4"),
    ("198.51.100.4", "203.0.113.9", "198.51.100.4"),           # an untrusted peer cannot name another client
    ("127.0.0.1", "203.0.113.9", "203.0.113.9"),               # the trusted local proxy names the client
    ("127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"),      # what the client itself claimed is ignored
    ("127.0.0.1", "203.0.113.9, 127.0.0.1", "203.0.113.9"),    # trusted hops are skipped
])
def test_the_client_address_trusts_x_forwarded_for_only_from_trusted_proxies(peer, forwarded, client):
    assert WebhookLimits().client_ip(peer, forwarded) == client


def test_a_sender_over_its_limit_is_refused_while_others_from_the_same_address_go_on():
    limits = WebhookLimits(per_ip=100, per_sender=2, clock=Clock())
    assert limits.check("1.2.3.4", "s1") is None and limits.check("1.2.3.4", "s1") is None
    refusal = limits.check("1.2.3.4", "s1")
    assert refusal.scope == "sender" and refusal.first
    assert limits.check("1.2.3.4", "s2") is None


def test_an_address_over_its_limit_is_refused_whatever_sender_it_names():
    limits = WebhookLimits(per_ip=3, per_sender=100, clock=Clock())
    for n in range(3):
        assert limits.check("1.2.3.4", f"s{n}") is None
    refusal = limits.check("1.2.3.4", "fresh-sender")
    assert refusal.scope == "ip"
    assert limits.check("5.6.7.8", "fresh-sender") is None


def test_the_429_body_says_what_was_limited_and_when_to_retry():
    limits = WebhookLimits(per_ip=1, per_sender=100, window_s=60, clock=Clock())
    limits.check("1.2.3.4")
    refusal = limits.check("1.2.3.4")
    assert refusal.body() == {"error": "rate_limited", "scope": "ip", "retry_after": 65.0,
                              "detail": "too many messages from your address: at most 1 in 60 s; try again in 65 s"}
    assert refusal.headers() == {"Retry-After": "65"}


def test_the_connector_module_needs_nothing_but_the_standard_library():
    for name in ("limits.py", "window.py"):
        tree = ast.parse((ROOT / "bot/connectors" / name).read_text())
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
                     and n.level == 0}
        assert imported <= {"__future__", "math", "os", "threading", "time", "collections", "typing"}, name


@pytest.mark.parametrize("address, logged", [("203.0.113.7", "203.0.113.x"), ("2001:db8:1:2::5", "2001:db8:1:x"),
                                             (None, "x"), ("testclient", "x")])
def test_a_limited_client_is_logged_by_its_network_not_its_address(address, logged):
    assert masked(address) == logged


def test_a_weighted_event_counts_its_weight_against_the_limit():
    window = SlidingWindow(1000, window_s=60, clock=Clock())
    assert window.hit("a", 600).allowed
    refused = window.hit("a", 600)
    assert not refused.allowed and refused.first_refusal and refused.retry_after > 0
    assert window.hit("a", 400).allowed      # what is left of the allowance still fits


def test_an_address_sending_megabytes_is_refused_for_its_bytes_before_its_message_count():
    limits = WebhookLimits(per_ip=300, per_sender=100, bytes_per_ip=2_000_000, clock=Clock())
    assert all(limits.check("203.0.113.9", f"s{i}", size=60_000) is None for i in range(33))
    refusal = limits.check("203.0.113.9", "s-next", size=60_000)
    assert refusal is not None and refusal.scope == "bytes"
    assert "bytes" in refusal.body()["detail"]
    assert limits.check("198.51.100.1", "other", size=60_000) is None   # another address is not affected
