"""The Rasa connectors' door check (`bot.connectors.inbound`): which REST bodies are refused and why."""
from __future__ import annotations

import json

import pytest

from bot.connectors.inbound import (DEFAULT_MAX_MESSAGE_CHARS, MAX_SENDER_CHARS, check_rest_body, cut,
                                    max_message_chars)
from tandem.settings import Settings


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty body"),
    (b"   ", "empty body"),
    (b"{not json", "not valid JSON"),
    (b'[{"sender": "a", "message": "hi"}]', "JSON object, not an array"),
    (b'"hello"', "JSON object, not a string"),
    (b'{"message": "hi"}', "'sender' is missing"),
    (b'{"sender": "", "message": "hi"}', "'sender' is missing or empty"),
    (b'{"sender": "   ", "message": "hi"}', "blank"),
    (b'{"sender": 17, "message": "hi"}', "'sender' must be a string, not a number"),
    (json.dumps({"sender": "x" * 256, "message": "hi"}).encode(), "256 characters long (at most 255)"),
    (b'{"sender": "a"}', "'message' is missing"),
    (b'{"sender": "a", "message": {"text": "hi"}}', "'message' must be a string, not an object"),
    (b'{"sender": "a", "message": ["hi"]}', "'message' must be a string, not an array"),
    (b'{"sender": "a", "message": "hi", "metadata": "x"}', "'metadata' must be a JSON object"),
])
def test_a_malformed_rest_body_is_refused_with_its_reason(raw, reason):
    body, problem = check_rest_body(raw)
    assert body is None
    assert reason in problem


def test_a_well_formed_body_passes_whole():
    raw = json.dumps({"sender": "s" * MAX_SENDER_CHARS, "message": "", "metadata": {"a": 1}}).encode()
    body, problem = check_rest_body(raw)
    assert problem is None and body["sender"] == "s" * MAX_SENDER_CHARS


def test_messages_are_cut_to_the_configured_length_and_the_default_matches_the_settings():
    assert cut("x" * 5000, 2000) == "x" * 2000
    assert cut("short", 2000) == "short"
    assert cut(None, 10) is None
    assert max_message_chars({"TANDEM_MAX_MESSAGE_CHARS": "500"}) == 500
    assert max_message_chars({"TANDEM_MAX_MESSAGE_CHARS": "lots"}) == DEFAULT_MAX_MESSAGE_CHARS
    assert DEFAULT_MAX_MESSAGE_CHARS == Settings().max_message_chars
