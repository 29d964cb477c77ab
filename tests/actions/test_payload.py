"""What the action server sends with a reply: the trace, and the LLM request's knowledge-base placeholders, only
when replies are traced (`tandem eval`)."""
from __future__ import annotations

import pytest

from actions import respond
from pipeline.state import Reply, Turn, TurnState
from tandem.settings import get_settings


def answered() -> TurnState:
    state = TurnState(turn=Turn(text="How can I reach you?"), text="How can I reach you?", lang="en")
    state.reply = Reply(kind="answer", language="en", messages=["Call +49 761 555 0100."], citations=["contact"])
    state.llm_placeholders = {"[PHONE_1]": "+49 761 555 0100"}
    state.note("generate", "fallback")
    return state


@pytest.mark.parametrize("traced", [True, False])
def test_the_placeholders_travel_only_with_a_traced_reply(monkeypatch, traced):
    settings = get_settings().model_copy(update={"trace_replies": traced})
    monkeypatch.setattr(respond, "get_settings", lambda: settings)
    body = respond.payload(answered())["tandem"]
    assert ("llm_placeholders" in body) is traced and ("trace" in body) is traced
    if traced:
        assert body["llm_placeholders"] == {"[PHONE_1]": "+49 761 555 0100"}
