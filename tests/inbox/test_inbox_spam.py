"""Spam in the inbox: what the gate flagged is marked (and, when silenced, queued at the bottom), agents dismiss
it, and a database from before the marker existed gains the column without losing rows."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from inbox import handling, spam
from inbox.auth import create_user
from database.engine import current_revision, engine_for, head_revision, session_factory
from inbox.listing import Filters, counts, list_handovers, open_spam_count
from inbox.models import Handover, HandoverEvent
from inbox.queue import enqueue, open_handover, position


@pytest.fixture
def anna(session):
    return create_user(session, "anna", "correct horse battery", "agent")


def real_handover(session, sender: str = "f1", priority: int = 60) -> Handover:
    return enqueue(session, sender_id=sender, channel="socketio", language="de", reasons=["emotional"],
                   priority=priority, explanation="angry", summary="…")


def events(session, handover_id: int) -> list[tuple[str, str]]:
    rows = session.scalars(select(HandoverEvent).where(HandoverEvent.handover_id == handover_id).order_by(HandoverEvent.id))
    return [(e.action, e.detail) for e in rows]


def test_a_silenced_sender_not_in_the_queue_is_queued_as_spam_at_the_bottom(session):
    handover = spam.flag(session, sender_id="s1", flags=["repeated"], channel="rest", language="en", text="BUY NOW")
    assert handover.reasons == ["spam"] and handover.spam == ["repeated"]
    assert handover.priority == 0 and handover.state == "waiting" and handover.summary == "BUY NOW"
    assert "the same message again and again" in handover.explanation
    assert events(session, handover.id) == [("flagged_spam", "repeated")]


def test_spam_never_moves_a_real_follower_down_the_queue(session):
    spam.flag(session, sender_id="s1", flags=["links"])
    real = real_handover(session, priority=20)
    assert position(session, real) == 1
    assert [h.sender_id for h in list_handovers(session, Filters())] == ["f1", "s1"]


def test_a_flag_that_does_not_silence_does_not_queue_anyone(session):
    assert spam.flag(session, sender_id="s1", flags=["noise"]) is None
    assert open_handover(session, "s1") is None


def test_a_follower_already_handed_over_only_gets_the_marker(session):
    real = real_handover(session)
    marked = spam.flag(session, sender_id="f1", flags=["links", "noise"])
    assert marked.id == real.id
    assert marked.reasons == ["emotional"] and marked.priority == 60 and marked.spam == ["links", "noise"]


def test_a_flood_adds_one_event_per_new_kind_not_per_message(session):
    for _ in range(5):
        spam.flag(session, sender_id="s1", flags=["repeated"])
    handover = spam.flag(session, sender_id="s1", flags=["repeated", "rate"])
    assert handover.spam == ["repeated", "rate"]
    assert events(session, handover.id) == [("flagged_spam", "repeated"), ("flagged_spam", "rate")]


def test_a_spam_only_conversation_that_needs_a_person_becomes_a_real_handover(session):
    queued = spam.flag(session, sender_id="f1", flags=["repeated"])
    real = real_handover(session, "f1", priority=60)
    assert real.id == queued.id
    assert real.reasons == ["emotional"] and real.priority == 60 and real.spam == ["repeated"]
    assert not spam.is_spam_only(real)
    assert [a for a, _d in events(session, real.id)] == ["flagged_spam", "handed_over"]


def test_a_dismissed_sender_is_not_queued_again_for_spam_for_a_while(session, anna):
    queued = spam.flag(session, sender_id="s1", flags=["links"])
    dismissed = handling.dismiss_spam(session, queued.id, anna)
    assert dismissed.state == "closed"
    assert events(session, queued.id)[-1] == ("dismissed_spam", "links")
    assert spam.flag(session, sender_id="s1", flags=["links"]) is None
    assert open_handover(session, "s1") is None


def test_after_the_quiet_time_a_dismissed_sender_can_be_queued_again(session, anna, monkeypatch):
    handling.dismiss_spam(session, spam.flag(session, sender_id="s1", flags=["links"]).id, anna)
    monkeypatch.setattr(spam, "QUIET_AFTER_DISMISS_S", -1.0)
    assert spam.flag(session, sender_id="s1", flags=["links"]) is not None


def test_an_agent_can_dismiss_spam_the_gate_missed(session, anna):
    real = real_handover(session)
    dismissed = handling.dismiss_spam(session, real.id, anna)
    assert dismissed.state == "closed" and dismissed.spam == ["agent"]


def test_someone_elses_conversation_cannot_be_dismissed_by_an_agent(session, anna):
    ben = create_user(session, "ben", "correct horse battery", "agent")
    queued = spam.flag(session, sender_id="s1", flags=["links"])
    handling.claim(session, queued.id, ben)
    with pytest.raises(handling.Forbidden):
        handling.dismiss_spam(session, queued.id, anna)
    with pytest.raises(handling.Conflict):
        handling.dismiss_spam(session, handling.close(session, real_handover(session).id, anna).id, anna)


def test_the_queue_shows_hides_or_only_shows_spam(session):
    real_handover(session, "f1")
    spam.flag(session, sender_id="s1", flags=["links"])
    real_handover(session, "f2")
    spam.flag(session, sender_id="f2", flags=["repeated"])
    assert [h.sender_id for h in list_handovers(session, Filters())] == ["f1", "f2", "s1"]
    assert [h.sender_id for h in list_handovers(session, Filters(spam="exclude"))] == ["f1"]
    assert [h.sender_id for h in list_handovers(session, Filters(spam="only"))] == ["f2", "s1"]
    assert counts(session, Filters(spam="exclude"))["waiting"] == 1
    assert open_spam_count(session, Filters()) == 2
    with pytest.raises(ValueError):
        list_handovers(session, Filters(spam="maybe"))


def test_a_database_from_before_the_spam_marker_gains_the_column_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:   # the handovers table as the first release created it
        old.execute("""CREATE TABLE handovers (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), channel VARCHAR(64),
            language VARCHAR(8), reasons JSON, priority INTEGER, explanation TEXT, summary TEXT, state VARCHAR(16),
            assigned_to VARCHAR(255), created_at DATETIME, updated_at DATETIME)""")
        old.execute("""INSERT INTO handovers VALUES (1, 'old-follower', 'rest', 'de', '["legal"]', 80, 'legal', 'x',
            'waiting', NULL, '2026-01-01 10:00:00', '2026-01-01 10:00:00')""")
    url = f"sqlite:///{path}"
    with session_factory(url)() as session:
        old_row = session.get(Handover, 1)
        assert old_row.spam is None and old_row.reasons == ["legal"]
        assert [h.sender_id for h in list_handovers(session, Filters(spam="exclude"))] == ["old-follower"]
        spam.flag(session, sender_id="old-follower", flags=["links"])
        assert session.get(Handover, 1).spam == ["links"]
    assert current_revision(engine_for(url)) == head_revision()   # the migrations adopted it
