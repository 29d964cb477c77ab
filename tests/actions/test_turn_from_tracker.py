"""How the action server reads a conversation: a handover starts the count of failed answers over."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.respond import turn_from_tracker


def tracker(events: list[dict], slots: dict) -> Tracker:
    latest = next(e for e in reversed(events) if e["event"] == "user")
    return Tracker("follower-1", slots, {"text": latest["text"], "intent": {"name": "ask", "confidence": 0.9}},
                   events, False, None, {}, "action_listen")


def user(text: str) -> dict:
    return {"event": "user", "text": text}


def failures(n: int) -> dict:
    return {"event": "slot", "name": "bot_failures", "value": float(n)}


def test_failures_before_a_handover_an_agent_closed_do_not_count_at_the_next_message():
    events = [user("Wie repariere ich den Flux-Kompensator?"), failures(1),
              user("Und den Flux-Kompensator reparieren?"), failures(2), {"event": "pause"},
              user("hallo? ist da jemand"), {"event": "resume"}, {"event": "action", "name": "action_listen"},
              user("Was kostet der Versand?")]

    turn = turn_from_tracker(tracker(events, {"bot_failures": 2.0}))

    assert turn.bot_failures == 0
    assert turn.previous_user_messages == ()
    assert turn.text == "Was kostet der Versand?"


def test_failures_after_the_return_to_the_bot_count_again():
    events = [user("a"), failures(2), {"event": "pause"}, {"event": "resume"}, user("b"), failures(1), user("c")]

    turn = turn_from_tracker(tracker(events, {"bot_failures": 1.0}))

    assert turn.bot_failures == 1
    assert turn.previous_user_messages == ("b",)


def test_a_conversation_never_handed_over_keeps_its_count_and_history():
    events = [user("a"), failures(1), user("b"), failures(2), user("c")]

    turn = turn_from_tracker(tracker(events, {"bot_failures": 2.0}))

    assert turn.bot_failures == 2
    assert turn.previous_user_messages == ("a", "b")


def bot(text: str, kind: str) -> dict:
    return {"event": "bot", "text": text, "data": {"custom": {"tandem": {"kind": kind}}}}


def test_the_turn_carries_the_bots_earlier_replies_since_the_last_handover_with_their_kind():
    events = [user("Wo ist mein Paket?"), bot("Das weiß ich leider nicht.", "decline"), {"event": "pause"},
              {"event": "resume"},
              user("Was kostet der Versand?"), bot("Der Versand kostet 4,90 €.", "answer"),
              user("Und nach Österreich?"), bot("Dazu finde ich nichts.", "decline"),
              user("Hallo?")]

    turn = turn_from_tracker(tracker(events, {}))

    assert [(b.kind, b.text) for b in turn.previous_bot_turns] == [
        ("answer", "Der Versand kostet 4,90 €."), ("decline", "Dazu finde ich nichts.")]
