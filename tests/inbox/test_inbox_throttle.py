"""The sign-in throttle: a few failures lock a name for a while; success or time unlocks it."""
from __future__ import annotations

from inbox.throttle import LoginThrottle


def test_a_name_is_locked_after_the_allowed_failures():
    throttle = LoginThrottle(max_failures=3, window_s=60, lock_s=30)
    for moment in (0, 1, 2):
        throttle.failed("anna", moment)
    assert throttle.retry_after("anna", 3) == 29


def test_the_lock_ends_after_its_time():
    throttle = LoginThrottle(max_failures=3, window_s=60, lock_s=30)
    for moment in (0, 1, 2):
        throttle.failed("anna", moment)
    assert throttle.retry_after("anna", 33) == 0


def test_failures_outside_the_window_do_not_count():
    throttle = LoginThrottle(max_failures=3, window_s=10, lock_s=30)
    for moment in (0, 1, 20):
        throttle.failed("anna", moment)
    assert throttle.retry_after("anna", 21) == 0


def test_a_success_clears_the_failures():
    throttle = LoginThrottle(max_failures=2, window_s=60, lock_s=30)
    throttle.failed("anna", 0)
    throttle.succeeded("anna")
    throttle.failed("anna", 1)
    assert throttle.retry_after("anna", 2) == 0


def test_names_are_counted_case_insensitively():
    throttle = LoginThrottle(max_failures=2, window_s=60, lock_s=30)
    throttle.failed("Anna", 0)
    throttle.failed("anna", 1)
    assert throttle.retry_after("ANNA", 2) > 0
