"""Reading a Rasa tracker as a transcript: who said what, which sources the bot cited, the follower's name."""
from __future__ import annotations

from inbox.transcript import agent_message_data, entries, follower_name


def bot(text: str, **tandem) -> dict:
    return {"event": "bot", "text": text, "timestamp": 1700000001.0, "data": {"custom": {"tandem": tandem}}}


def user(text: str) -> dict:
    return {"event": "user", "text": text, "timestamp": 1700000000.0}


SOURCE = {"id": "versand/versand", "title": "Versand", "section": "Kosten", "url": "https://example.org/versand"}


def test_follower_bot_and_agent_messages_keep_their_roles_and_order():
    tracker = {"events": [user("Hi"), bot("Hallo!", kind="answer"), {"event": "action", "name": "action_listen"},
                          {"event": "bot", "text": "Hier ist Anna", "data": agent_message_data("Anna")}]}
    assert [(e.role, e.text) for e in entries(tracker)] == [("follower", "Hi"), ("bot", "Hallo!"),
                                                             ("agent", "Hier ist Anna")]


def test_an_agent_message_names_the_agent():
    tracker = {"events": [{"event": "bot", "text": "Hi", "data": agent_message_data("Anna")}]}
    assert entries(tracker)[0].agent == "Anna"


def test_a_bot_answer_carries_its_cited_sources():
    tracker = {"events": [bot("49 €", kind="answer", citations=["versand/versand"], sources=[SOURCE])]}
    entry = entries(tracker)[0]
    assert entry.sources == [SOURCE] and entry.citations == ["versand/versand"]


def test_a_payload_without_text_adds_its_sources_to_the_previous_bot_message():
    tracker = {"events": [bot("49 €"), {"event": "bot", "text": None,
                                        "data": {"custom": {"tandem": {"sources": [SOURCE]}}}}]}
    assert [len(e.sources) for e in entries(tracker)] == [1]


def test_the_shortcut_neutraliser_is_not_shown_as_part_of_the_follower_text():
    assert entries({"events": [user("\u200b/restart")]})[0].text == "/restart"


def test_the_handover_notice_is_marked():
    tracker = {"events": [bot("Ich gebe weiter", kind="handover", handoff={"reasons": ["legal"]})]}
    assert entries(tracker)[0].handoff


def test_timestamps_become_iso_times_and_bad_ones_none():
    tracker = {"events": [user("a"), {"event": "user", "text": "b", "timestamp": "soon"}]}
    assert [e.at for e in entries(tracker)] == ["2023-11-14T22:13:20+00:00", None]


def test_the_follower_name_comes_from_a_name_slot_if_any():
    assert follower_name({"slots": {"name": " Max "}}) == "Max"
    assert follower_name({"slots": {"language": "de"}}) is None
