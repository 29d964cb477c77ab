"""The LLM second opinion for borderline messages, through the real openai client against the recording
OpenAI-compatible stand-in (tandem/evaluation/chat_stand_in.py): the prompt arrives redacted, the answer
is used, and without an endpoint, on an error or a timeout the offline decision stands.
The messages were written for these tests."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest
from openai import OpenAI

from handoff.detector import Conversation, Detector
from handoff.second_opinion import SecondOpinion
from tandem.evaluation.chat_stand_in import ChatCompletionsServer
from tandem.settings import get_settings

# no rule fires on it; the learned model gives sarcasm about 0.3: inside the band (>= 0.2)
BORDERLINE = "Wow, what a fantastic way to treat loyal customers, really impressed. jane.doe@example.com"
ROUTINE = "How much is shipping to Austria?"


@pytest.fixture
def stand_in():
    with ChatCompletionsServer() as server:
        yield server


def opinion_detector(detector, server: ChatCompletionsServer, timeout_s: float = 3.0) -> Detector:
    settings = replace(detector.rules.second_opinion, timeout_s=timeout_s)
    client = OpenAI(base_url=server.base_url, api_key="test", max_retries=0, timeout=timeout_s)
    return Detector(detector.rules, embed=detector._embed, examples=None, turn_model=None,
                    second_opinion=SecondOpinion(client, "local", settings))


def sent_text(server: ChatCompletionsServer) -> str:
    return "\n".join(m["content"] for r in server.requests for m in r["body"]["messages"])


def test_a_borderline_message_reaches_the_llm_redacted_and_its_answer_hands_over(detector, stand_in):
    stand_in.reply = lambda messages: "sarcasm"
    d = opinion_detector(detector, stand_in).detect(BORDERLINE, Conversation(["my parcel is two weeks late"]), "en")

    assert d.reasons == ["sarcasm"] and "second_opinion" in d.signals
    assert len(stand_in.requests) == 1
    sent = sent_text(stand_in)
    assert "jane.doe@example.com" not in sent and "[EMAIL]" in sent
    assert "really impressed" in sent and "my parcel is two weeks late" in sent


def test_the_llm_saying_none_keeps_the_message_with_the_bot(detector, stand_in):
    stand_in.reply = lambda messages: "none"
    assert not opinion_detector(detector, stand_in).detect(BORDERLINE, Conversation([]), "en").handover
    assert len(stand_in.requests) == 1


def test_messages_outside_the_band_never_reach_the_llm(detector, stand_in):
    stand_in.reply = lambda messages: "emotional"
    d = opinion_detector(detector, stand_in)
    assert not d.detect(ROUTINE, Conversation([]), "en").handover
    assert d.detect("Ihr seid doch alle Idioten!!!", Conversation([]), "de").reasons == ["emotional"]  # the rules decided
    assert stand_in.requests == []


@pytest.mark.parametrize("failure", ["server error", "unusable answer", "timeout"])
def test_when_the_llm_fails_the_offline_decision_stands(detector, stand_in, failure):
    if failure == "server error":
        stand_in.status = 500
    elif failure == "unusable answer":
        stand_in.reply = lambda messages: "I think this customer might be a little bit sarcastic"
    else:
        stand_in.reply = lambda messages: time.sleep(2.0) or "sarcasm"
    d = opinion_detector(detector, stand_in, timeout_s=0.5)

    started = time.perf_counter()
    assert not d.detect(BORDERLINE, Conversation([]), "en").handover
    assert time.perf_counter() - started < 1.8
    assert len(stand_in.requests) == 1


def test_without_an_endpoint_there_is_no_second_opinion_and_with_one_it_is_built_from_the_settings(
        detector, stand_in, monkeypatch):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "TANDEM_OPENAI_BASE_URL", "TANDEM_OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    try:
        assert SecondOpinion.from_settings(detector.rules.second_opinion) is None
        assert Detector(detector.rules, embed=detector._embed, examples=None).second_opinion is None

        monkeypatch.setenv("OPENAI_BASE_URL", stand_in.base_url)
        get_settings.cache_clear()
        stand_in.reply = lambda messages: "sarcasm"
        configured = Detector(detector.rules, embed=detector._embed, examples=None, turn_model=None)
        assert configured.model is None and configured.scorer is not None   # the model only picks borderline ones
        assert configured.detect(BORDERLINE, Conversation([]), "en").reasons == ["sarcasm"]
        assert len(stand_in.requests) == 1
    finally:
        get_settings.cache_clear()


# written for this test: sarcasm the turn model is unsure about
UNSURE = "Toll, jetzt darf ich das Formular also zum dritten Mal ausfüllen"


@pytest.mark.parametrize("inside", [True, False])
def test_with_the_turn_model_its_probability_band_picks_the_borderline_messages(shipped, stand_in, inside):
    p = shipped.turn_probability(UNSURE, Conversation([]), "de")[0]
    # the band placed around (or just above) this message's probability, so retraining cannot move it out
    settings = replace(shipped.rules.second_opinion, turn_low=p - 0.01 if inside else p + 0.01)
    client = OpenAI(base_url=stand_in.base_url, api_key="test", max_retries=0, timeout=3.0)
    d = Detector(shipped.rules, embed=shipped._embed, examples=None, turn_model=shipped.turn_model,
                 second_opinion=SecondOpinion(client, "local", settings))
    d.turn_threshold = p + 0.05
    stand_in.reply = lambda messages: "sarcasm"

    found = d.detect(UNSURE, Conversation([]), "de")

    assert len(stand_in.requests) == (1 if inside else 0)
    assert found.reasons == (["sarcasm"] if inside else [])
    if inside:
        assert "second_opinion" in found.signals and "hand-over p=" in found.explanation
