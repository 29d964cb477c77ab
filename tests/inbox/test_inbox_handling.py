"""Claim, transfer, unassign, return, close: conditional updates, each recorded with who and when."""
from __future__ import annotations

import threading

import pytest

from inbox import handling
from inbox.auth import create_user
from database.engine import session_factory
from inbox.models import Handover, HandoverEvent
from inbox.queue import enqueue

PASSWORD = "correct horse battery"


@pytest.fixture
def people(session):
    return {name: create_user(session, name, PASSWORD, role)
            for name, role in (("anna", "agent"), ("ben", "agent"), ("sara", "staff"))}


@pytest.fixture
def waiting(session) -> int:
    return enqueue(session, sender_id="f1", channel="socketio", language="de", reasons=["emotional"], priority=50,
                   explanation="angry", summary="…").id


def actions(session, handover_id: int) -> list[tuple[str, str]]:
    events = session.query(HandoverEvent).filter_by(handover_id=handover_id).order_by(HandoverEvent.id)
    return [(e.actor, e.action) for e in events]


def test_claiming_a_waiting_conversation_assigns_it(session, people, waiting):
    handover = handling.claim(session, waiting, people["anna"])
    assert (handover.state, handover.assigned_to) == ("assigned", "anna")


def test_a_claim_is_recorded_with_who(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    assert actions(session, waiting)[-1] == ("anna", "claimed")


def test_a_second_claim_is_refused_naming_who_has_it(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    with pytest.raises(handling.Conflict) as refused:
        handling.claim(session, waiting, people["ben"])
    assert refused.value.assigned_to == "anna" and "anna" in str(refused.value)


def test_of_many_simultaneous_claims_exactly_one_wins(db_url, session, people, waiting):
    agents = [create_user(session, f"agent{i}", PASSWORD, "agent") for i in range(12)]
    barrier = threading.Barrier(len(agents))
    results: list[str] = []

    def attempt(user) -> None:
        with session_factory(db_url)() as own:
            barrier.wait()
            try:
                handling.claim(own, waiting, user)
                results.append("won")
            except handling.Conflict:
                results.append("lost")

    threads = [threading.Thread(target=attempt, args=(a,)) for a in agents]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == ["lost"] * 11 + ["won"]
    assert [a for _, a in actions(session, waiting)].count("claimed") == 1


def test_claiming_an_unknown_handover_is_not_found(session, people):
    with pytest.raises(handling.NotFound):
        handling.claim(session, 999, people["anna"])


def test_the_assignee_can_transfer_to_a_colleague(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    assert handling.transfer(session, waiting, people["anna"], "ben").assigned_to == "ben"


def test_another_agent_cannot_transfer_someone_elses_conversation(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    with pytest.raises(handling.Forbidden):
        handling.transfer(session, waiting, people["ben"], "ben")


def test_staff_can_transfer_someone_elses_conversation(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    assert handling.transfer(session, waiting, people["sara"], "ben").assigned_to == "ben"


def test_a_transfer_to_an_unknown_or_inactive_user_is_refused(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    people["ben"].active = False
    session.commit()
    with pytest.raises(handling.NotFound):
        handling.transfer(session, waiting, people["anna"], "ben")
    with pytest.raises(handling.NotFound):
        handling.transfer(session, waiting, people["anna"], "nobody")


def test_unassigning_puts_the_conversation_back_in_the_queue(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    handover = handling.unassign(session, waiting, people["anna"])
    assert (handover.state, handover.assigned_to) == ("waiting", None)


def test_only_the_assignee_or_staff_return_an_assigned_conversation(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    with pytest.raises(handling.Forbidden):
        handling.return_to_bot(session, waiting, people["ben"])
    assert handling.return_to_bot(session, waiting, people["sara"]).state == "returned"


def test_a_returned_conversation_can_still_be_closed(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    handling.return_to_bot(session, waiting, people["anna"])
    assert handling.close(session, waiting, people["anna"]).state == "closed"


def test_a_closed_conversation_cannot_be_claimed_or_closed_again(session, people, waiting):
    handling.close(session, waiting, people["anna"])
    with pytest.raises(handling.Conflict):
        handling.claim(session, waiting, people["ben"])
    with pytest.raises(handling.Conflict):
        handling.close(session, waiting, people["anna"])


def test_every_step_is_kept_in_order_and_nothing_is_deleted(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    handling.transfer(session, waiting, people["anna"], "ben")
    handling.unassign(session, waiting, people["ben"])
    handling.claim(session, waiting, people["anna"])
    handling.close(session, waiting, people["anna"])
    assert actions(session, waiting) == [("bot", "handed_over"), ("anna", "claimed"), ("anna", "transferred"),
                                         ("ben", "unassigned"), ("anna", "claimed"), ("anna", "closed")]
    assert session.query(Handover).count() == 1


def test_replying_needs_a_claim_first(session, people, waiting):
    with pytest.raises(handling.Conflict, match="claim"):
        handling.check_can_reply(session, waiting, people["anna"])


def test_only_the_assignee_replies(session, people, waiting):
    handling.claim(session, waiting, people["anna"])
    with pytest.raises(handling.Forbidden):
        handling.check_can_reply(session, waiting, people["sara"])


def test_notes_are_kept_per_handover_with_their_author(session, people, waiting):
    handling.add_note(session, waiting, people["anna"], "called them back")
    assert [(n.author, n.text) for n in handling.notes(session, waiting)] == [("anna", "called them back")]
