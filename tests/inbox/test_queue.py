"""The inbox queue: one handover per waiting follower, ordered by priority then waiting time."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from database.engine import session_factory
from inbox.hours import is_open, next_opening, parse
from inbox.notices import handover_notice, still_waiting_notice
from inbox.queue import enqueue, open_handover, position, record_waiting_message
from tandem.settings import Settings


@pytest.fixture
def session(tmp_path):
    with session_factory(f"sqlite:///{tmp_path / 'inbox.db'}")() as opened:
        yield opened


def queue(session, sender: str, priority: int = 10):
    return enqueue(session, sender_id=sender, channel="rest", language="de", reasons=["emotional"], priority=priority,
                   explanation="emotional", summary="…")


def test_a_waiting_follower_is_not_queued_twice(session):
    first = queue(session, "a")
    assert queue(session, "a").id == first.id


def test_higher_priority_goes_first_then_longer_waiting(session):
    early, late, urgent = queue(session, "early"), queue(session, "late"), queue(session, "urgent", priority=90)
    assert [position(session, h) for h in (urgent, early, late)] == [1, 2, 3]


def test_messages_while_waiting_are_kept_with_the_handover(session):
    handover = queue(session, "a")
    record_waiting_message(session, handover, "noch da?")
    assert [m.text for m in open_handover(session, "a").messages] == ["noch da?"]


# 2026-11-25 is a Wednesday.
WEDNESDAY_NOON = datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)
SATURDAY_NIGHT = datetime(2026, 11, 28, 23, 0, tzinfo=timezone.utc)


def test_support_hours_are_open_on_a_weekday_afternoon():
    assert is_open(WEDNESDAY_NOON, "Mon-Fri 09:00-18:00", "Europe/Berlin")
    assert not is_open(SATURDAY_NIGHT, "Mon-Fri 09:00-18:00", "Europe/Berlin")


def test_the_next_opening_after_a_weekend_is_monday_morning():
    opening = next_opening(SATURDAY_NIGHT, "Mon-Fri 09:00-18:00; Sat 10:00-14:00", "Europe/Berlin")
    assert (opening.weekday(), opening.hour) == (0, 9)


def test_malformed_support_hours_name_the_bad_part():
    with pytest.raises(ValueError, match="Mon-Fry"):
        parse("Mon-Fry 09:00-18:00")


def test_the_handover_notice_gives_the_wait_during_hours_and_the_return_time_outside():
    settings = Settings(support_hours="Mon-Fri 09:00-18:00", minutes_per_waiting_chat=5)
    assert "10 Minuten" in handover_notice("de", 2, settings, WEDNESDAY_NOON)
    assert "Monday at 09:00" in handover_notice("en", 1, settings, SATURDAY_NIGHT)


def test_the_waiting_notice_names_the_place_in_the_queue():
    assert "number 3" in still_waiting_notice("en", 3, Settings(), WEDNESDAY_NOON)
