"""A follower's conversation over Rasa's REST channel, through the real Rasa server, action server and
Chroma store, against the sample knowledge base."""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_KB, tandem_payload, texts

pytestmark = pytest.mark.e2e


def test_a_knowledge_question_is_answered_with_a_citation(chat):
    messages = chat.send("Was kostet der Versand?")
    payload = tandem_payload(messages)
    assert payload["kind"] == "answer"
    assert payload["citations"], messages
    assert (SAMPLE_KB / f"{payload['citations'][0]}.md").exists()
    assert payload["sources"][0]["title"] in texts(messages)


def test_an_english_question_is_answered_in_english(chat):
    messages = chat.send("How long is the warranty on the frame?")
    payload = tandem_payload(messages)
    assert payload["language"] == "en"
    assert "Source" in texts(messages)


def test_a_question_outside_the_knowledge_base_is_declined_without_citations(chat):
    messages = chat.send("Wie wird das Wetter morgen in Hamburg?")
    payload = tandem_payload(messages)
    assert payload["kind"] == "decline"
    assert payload["citations"] == []
    assert "Kollegin" in texts(messages)


@pytest.mark.parametrize("greeting,lang,word", [("Hallo!", "de", "Hallo"), ("hey there", "en", "Hi")])
def test_greetings_are_answered_in_the_followers_language(chat, greeting, lang, word):
    messages = chat.send(greeting)
    payload = tandem_payload(messages)
    assert payload["kind"] == "smalltalk"
    assert payload["language"] == lang
    assert word in texts(messages)


@pytest.mark.parametrize("question,lang,word", [("bist du ein Bot?", "de", "Bot"), ("are you a bot?", "en", "bot")])
def test_the_bot_says_it_is_a_bot(chat, question, lang, word):
    messages = chat.send(question)
    assert tandem_payload(messages)["language"] == lang
    assert word in texts(messages)


def test_the_first_reply_discloses_an_automated_assistant(chat):
    first = texts(chat.send("Hallo"))
    second = texts(chat.send("danke"))
    assert "automatischer digitaler Assistent" in first
    assert "automatischer digitaler Assistent" not in second


def test_thanks_after_an_answer_keep_the_conversation_language(chat):
    chat.send("Was kostet der Versand?")
    messages = chat.send("👍")
    assert tandem_payload(messages)["language"] == "de"


@pytest.mark.parametrize("message", ["", "   ", "x" * 10_000, "\x00\x01\x02\ufffd" * 50, "😀😀😀", "/restart", "/session_start"])
def test_bad_input_gets_a_reply_not_an_error(chat, message):
    messages = chat.send(message)
    assert texts(messages).strip(), messages


def test_a_request_for_a_person_pauses_the_conversation(chat):
    messages = chat.send("Ich möchte bitte mit einem Menschen sprechen.")
    payload = tandem_payload(messages)
    assert payload["kind"] == "handover"
    assert "human_request" in payload["handoff"]["reasons"]
    assert chat.tracker()["paused"] is True


def test_a_paused_conversation_stays_paused_when_the_follower_types_restart(chat):
    chat.send("I want to talk to a human please")
    after_restart = chat.send("/restart")
    assert chat.tracker()["paused"] is True
    assert "queue" in texts(after_restart)
    assert "tandem" not in str(chat.send("hello?"))


def test_a_follower_writing_while_waiting_is_told_their_place_and_the_message_is_kept(chat, stack):
    from database.engine import session_factory
    from inbox.queue import open_handover

    chat.send("Ich will sofort mit einem Mitarbeiter sprechen!")
    messages = chat.send("Hallo? Ist da jemand? Meine Bestellnummer ist 4711.")
    assert "Platz" in texts(messages)
    with session_factory(stack.settings.database)() as session:
        handover = open_handover(session, chat.sender)
        assert handover is not None and handover.language == "de" and "human_request" in handover.reasons
        assert [m.text for m in handover.messages] == ["Hallo? Ist da jemand? Meine Bestellnummer ist 4711."]


def test_asking_for_a_person_again_while_waiting_does_not_queue_twice(chat, stack):
    from sqlalchemy import func, select

    from database.engine import session_factory
    from inbox.models import Handover

    chat.send("I want to talk to a human")
    messages = chat.send("HELLO?? I said I want a HUMAN!!!")
    assert "queue" in texts(messages)
    with session_factory(stack.settings.database)() as session:
        count = session.scalar(select(func.count()).select_from(Handover).where(Handover.sender_id == chat.sender))
    assert count == 1
