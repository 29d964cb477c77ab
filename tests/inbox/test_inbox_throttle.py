"""The sign-in throttle: a guesser waits longer after every failure; the agent elsewhere is not delayed."""
from __future__ import annotations

from inbox.throttle import LoginThrottle, delay_after


def test_the_first_failures_cost_nothing_then_the_wait_doubles_up_to_a_cap():
    assert [delay_after(n, free=3, base_s=1, max_s=8) for n in range(1, 9)] == [0, 0, 1, 2, 4, 8, 8, 8]


def test_after_the_free_failures_the_same_address_must_wait():
    throttle = LoginThrottle(free_failures=3, base_delay_s=1)
    for moment in (0, 1, 2):
        throttle.failed("anna", "203.0.113.9", moment)
    assert throttle.retry_after("anna", "203.0.113.9", 2.5) == 0.5
    assert throttle.retry_after("anna", "203.0.113.9", 3.1) == 0


def test_each_further_failure_doubles_the_wait():
    throttle = LoginThrottle(free_failures=1, base_delay_s=1, max_delay_s=100)
    waits = [throttle.failed("anna", "203.0.113.9", moment) for moment in (0, 10, 20, 30, 40)]
    assert waits == [1, 2, 4, 8, 16]


def test_a_guesser_does_not_delay_the_agent_at_another_address():
    throttle = LoginThrottle(free_failures=3)
    for moment in range(20):
        throttle.failed("anna", "198.51.100.66", moment * 1000 / 1000)
    assert throttle.retry_after("anna", "198.51.100.66", 20) > 0
    assert throttle.retry_after("anna", "192.0.2.10", 20) == 0


def test_guessing_one_name_from_many_addresses_slows_that_name_down():
    throttle = LoginThrottle(free_failures=3, name_free_failures=10, base_delay_s=1)
    for n in range(12):
        throttle.failed("anna", f"198.51.100.{n}", n * 0.1)
    assert throttle.retry_after("anna", "192.0.2.10", 1.2) > 0
    assert throttle.retry_after("ben", "192.0.2.10", 1.2) == 0


def test_failures_outside_the_window_are_forgotten():
    throttle = LoginThrottle(free_failures=2, window_s=10)
    throttle.failed("anna", "a", 0)
    throttle.failed("anna", "a", 20)
    assert throttle.retry_after("anna", "a", 20) == 0


def test_a_success_clears_the_failures_of_its_address():
    throttle = LoginThrottle(free_failures=2)
    throttle.failed("anna", "a", 0)
    throttle.succeeded("anna", "a")
    throttle.failed("anna", "a", 1)
    assert throttle.retry_after("anna", "a", 1) == 0


def test_names_are_counted_case_insensitively():
    throttle = LoginThrottle(free_failures=2)
    throttle.failed("Anna", "a", 0)
    throttle.failed("anna", "a", 0)
    assert throttle.retry_after("ANNA", "a", 0) > 0
