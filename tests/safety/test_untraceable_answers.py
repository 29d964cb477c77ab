"""No invented facts: an LLM answer that cannot be traced to a retrieved passage never reaches the follower.

The real `openai` client talks to a small local server speaking the chat-completions protocol
(tandem/evaluation/chat_stand_in.py), scripted to answer without a citation, with a citation of a passage
it was not given, or with a number the cited passage does not contain. The answer goes through the same path as
in the action server (the turn pipeline with its guard stage); the follower gets the extractive
answer from the passages instead, and the untraceable sentence is in no message.
"""
from __future__ import annotations

import pytest

from pipeline.state import Turn, TurnState

QUESTION = "Was kostet der Versand innerhalb Deutschlands?"


def reply_with(paths, model_answer: str):
    paths.server.reply = lambda messages: model_answer
    paths.server.requests.clear()
    pipeline = paths.pipeline(llm=True, guarded=True)
    reply = pipeline.run(TurnState(turn=Turn(text=QUESTION, language="de"))).reply
    assert paths.server.requests, "the model was not asked"
    return reply, "\n".join(reply.messages)


def test_a_cited_answer_that_matches_its_passage_is_sent(paths):
    reply, text = reply_with(paths, "Innerhalb Deutschlands kostet der Versand 4,90 € [1].")
    assert reply.kind == "answer" and "kostet der Versand 4,90 €" in text


@pytest.mark.parametrize("model_answer, invented", [
    ("Der Versand ist bei uns immer kostenlos, egal wie viel du bestellst.", "immer kostenlos"),
    ("Der Versand kostet 4,90 € [7].", "[7]"),
    ("Der Versand kostet 2,50 € [1].", "2,50"),
    ("Der Versand kostet 4,90 € [1], und jede Bestellung bekommt 15 % Rabatt mit dem Code VERSAND15 [1].",
     "VERSAND15"),
], ids=["uncited", "cites-a-passage-not-given", "number-not-in-the-passage", "code-not-in-the-passage"])
def test_an_untraceable_llm_answer_is_not_sent(paths, model_answer, invented):
    reply, text = reply_with(paths, model_answer)
    assert invented not in text and model_answer not in text
    assert reply.kind in ("answer", "decline")
    if reply.kind == "answer":   # the extractive fallback, quoting the passage itself
        assert reply.citations and "4,90" in text
