"""The change feed behind the live stream: everything after a cursor, once."""
from __future__ import annotations

from inbox import handling
from inbox.auth import create_user
from inbox.feed import Cursor, changes_since, latest_cursor
from inbox.queue import enqueue, record_waiting_message


def test_new_handovers_messages_and_claims_appear_after_the_cursor(session):
    start = latest_cursor(session)
    handover = enqueue(session, sender_id="f", channel="socketio", language="de", reasons=["legal"], priority=80,
                       explanation="", summary="")
    record_waiting_message(session, handover, "hallo?")
    handling.claim(session, handover.id, create_user(session, "anna", "correct horse battery", "agent"))
    changes, _ = changes_since(session, start)
    assert [(c.kind, c.action) for c in changes] == [("event", "handed_over"), ("message", "follower_wrote"),
                                                     ("event", "claimed")]


def test_nothing_is_repeated_after_the_returned_cursor(session):
    enqueue(session, sender_id="f", channel="socketio", language="de", reasons=[], priority=1, explanation="",
            summary="")
    _, cursor = changes_since(session, Cursor())
    assert changes_since(session, cursor)[0] == []


def test_a_cursor_round_trips_as_text_and_garbage_is_ignored():
    assert Cursor.parse(str(Cursor(12, 3))) == Cursor(12, 3)
    assert Cursor.parse("12-x") is None and Cursor.parse(None) is None
