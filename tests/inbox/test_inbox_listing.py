"""The agents' queue: order, filters and counts per state."""
from __future__ import annotations

import pytest

from inbox import handling
from inbox.auth import create_user
from inbox.listing import Filters, counts, list_handovers
from inbox.queue import enqueue


def queue(session, sender: str, priority: int = 10, reasons=("emotional",), channel="socketio", language="de") -> int:
    return enqueue(session, sender_id=sender, channel=channel, language=language, reasons=list(reasons),
                   priority=priority, explanation="", summary="").id


def senders(session, filters: Filters) -> list[str]:
    return [h.sender_id for h in list_handovers(session, filters)]


def test_higher_priority_comes_first_then_who_waited_longest(session):
    queue(session, "early"), queue(session, "late"), queue(session, "urgent", priority=90)
    assert senders(session, Filters()) == ["urgent", "early", "late"]


def test_the_reason_filter_matches_any_of_the_reasons(session):
    queue(session, "a", reasons=("legal", "emotional")), queue(session, "b", reasons=("human_request",))
    assert senders(session, Filters(reason="legal")) == ["a"]


def test_a_reason_filter_does_not_match_a_longer_reason_name(session):
    queue(session, "a", reasons=("legal_threat",))
    assert senders(session, Filters(reason="legal")) == []


def test_channel_and_language_filters(session):
    queue(session, "web-de"), queue(session, "web-en", language="en"), queue(session, "rest-de", channel="rest")
    assert senders(session, Filters(channel="socketio", language="en")) == ["web-en"]


def test_a_malformed_reason_filter_is_refused(session):
    with pytest.raises(ValueError):
        list_handovers(session, Filters(reason="x%' OR 1=1"))


def test_counts_are_given_for_every_state(session):
    anna = create_user(session, "anna", "correct horse battery", "agent")
    first = queue(session, "a")
    queue(session, "b")
    handling.claim(session, first, anna)
    assert counts(session, Filters()) == {"waiting": 1, "assigned": 1, "returned": 0, "closed": 0}


def test_by_default_the_queue_shows_open_conversations_only(session):
    anna = create_user(session, "anna", "correct horse battery", "agent")
    handling.close(session, queue(session, "done"), anna)
    queue(session, "open")
    assert senders(session, Filters()) == ["open"]
