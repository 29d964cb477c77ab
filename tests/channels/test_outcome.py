"""The record of whether a message was stored (bot/connectors/outcome.py), which turns into a 503 at the channel.
End to end with Rasa and PostgreSQL: tests/e2e/test_unstored_messages.py."""
from __future__ import annotations

import asyncio

import pytest

from bot.connectors.outcome import CURRENT, Outcome, current_failed, record_failure


@pytest.fixture(autouse=True)
def no_outcome_left_behind():
    token = CURRENT.set(None)
    yield
    CURRENT.reset(token)


def test_a_failure_inside_a_message_marks_the_message_and_its_rest_request():
    request = Outcome(message=False)
    CURRENT.set(request)
    message = Outcome(parent=request)
    token = CURRENT.set(message)
    record_failure("tracker store save failed")
    assert current_failed()
    CURRENT.reset(token)
    assert message.failures == request.failures == ["tracker store save failed"]


def test_a_finished_request_left_in_the_context_does_not_refuse_the_next_requests_saves():
    failed_request = Outcome(["tracker store read failed"], message=False)
    CURRENT.set(failed_request)          # Sanic serves a keep-alive connection's requests in one task
    assert not current_failed()


def test_concurrent_messages_each_see_only_their_own_outcome():
    async def handle(fails: bool) -> list[str]:
        outcome = Outcome()
        CURRENT.set(outcome)
        await asyncio.sleep(0.01)
        if fails:
            record_failure("tracker store save failed")
        await asyncio.sleep(0.01)
        return outcome.failures

    async def both() -> list[list[str]]:
        return list(await asyncio.gather(handle(True), handle(False)))

    assert asyncio.run(both()) == [["tracker store save failed"], []]


def test_outside_any_message_a_failure_is_recorded_nowhere():
    CURRENT.set(None)
    record_failure("tracker store save failed")
    assert not current_failed()
