"""Nothing personal reaches the LLM endpoint; the reply is restored for the follower."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.chunking import Chunk
from knowledge.retrieval import Retrieval
from knowledge.store import Hit
from pipeline.llm import LLMGenerator
from pipeline.stages.generate import Generate
from pipeline.state import Turn, TurnState
from privacy.evaluation import PLANTED_BRAND_PATTERN, leaked, load_cases
from privacy.redact import Redactor
from tandem.settings import Settings
from tandem.evaluation.chat_stand_in import ChatCompletionsServer

CONTACT = Hit(Chunk(id="contact#0", doc_id="contact", title="Contact", heading_path=("Contact",),
                    text="Call our service team on +49 761 555 0100, Monday to Friday.", language="en"), 0.8)
DEV = load_cases(Path(__file__).with_name("pii_messages.yaml"))
HELD_OUT = load_cases(Path(__file__).with_name("pii_heldout.yaml"))
PLANTED = load_cases(Path(__file__).with_name("pii_planted.yaml"))   # issue 14's kinds, >= 100 messages


@pytest.fixture
def server():
    with ChatCompletionsServer() as running:
        yield running


@pytest.fixture
def generator(server):
    return LLMGenerator.from_settings(Settings(openai_base_url=server.base_url, openai_api_key="k", llm_model="m"))


@pytest.mark.parametrize("cases", [DEV, HELD_OUT], ids=["dev", "held-out"])
def test_no_planted_value_of_the_set_reaches_the_llm_request(server, generator, cases):
    for case in cases:
        generator.generate(case.text, case.lang, [CONTACT])
    bodies = "\n".join(json.dumps(r["body"], ensure_ascii=False) for r in server.requests)
    assert len(server.requests) == len(cases)
    assert leaked(cases, bodies) == []


def test_the_request_tells_the_model_the_kind_of_each_placeholder(server, generator):
    generator.generate("Ich bin Anna Schmidt, ruft mich an: 0151 23456789", "de", [CONTACT])
    question = server.requests[-1]["body"]["messages"][1]["content"].split("Customer question:")[1]
    assert "[NAME_1]" in question and "[PHONE_2]" in question


def test_a_phone_number_from_the_knowledge_base_survives_the_round_trip(server, generator):
    server.reply = lambda messages: "Call [PHONE_1] [1]."
    answer = generator.generate("How can I reach you?", "en", [CONTACT])
    assert "+49 761 555 0100" not in json.dumps(server.requests[-1]["body"])
    assert answer.confident and "Call +49 761 555 0100" in answer.text


def test_the_request_names_the_placeholders_of_the_knowledge_base_but_not_the_followers(generator):
    request = generator.request("Ich bin Anna Schmidt, ruft mich an: 0151 23456789", "de", [CONTACT])
    assert request.passage_values == {"[PHONE_1]": "+49 761 555 0100"}
    assert "0151 23456789" in request.mapping.values()
    assert "0151 23456789" not in json.dumps(request.messages, ensure_ascii=False)


def test_the_generate_stage_keeps_the_passage_placeholders_for_a_traced_reply(server, generator):
    state = TurnState(turn=Turn(text="How can I reach you?"), text="How can I reach you?", lang="en")
    state.retrieval = Retrieval(hits=[CONTACT], unit_scores={}, terms=[], question_terms=[], used_context=False)
    Generate(generator).run(state)
    assert state.llm_placeholders == {"[PHONE_1]": "+49 761 555 0100"}
    assert "[PHONE_1]" in server.requests[-1]["body"]["messages"][1]["content"]


def test_none_of_the_issue_14_planted_values_reaches_the_stand_in(server):
    """Identity documents, birth dates, foreign addresses, JSON fields, titled names and the brand's customer
    numbers (configured as a brand would, TANDEM_PII_ORDER_PATTERN) through the real client and the generator."""
    settings = Settings(openai_base_url=server.base_url, openai_api_key="k", llm_model="m")
    generator = LLMGenerator.from_settings(settings)
    generator.redactor = Redactor(order_pattern=PLANTED_BRAND_PATTERN)
    for case in PLANTED:
        generator.generate(case.text, case.lang, [CONTACT])
    bodies = "\n".join(json.dumps(r["body"], ensure_ascii=False) for r in server.requests)
    assert len(server.requests) == len(PLANTED) >= 100
    assert leaked(PLANTED, bodies) == []


def test_the_brand_pattern_is_read_from_the_environment(monkeypatch):
    from privacy.redact import get_redactor
    from privacy.settings import get_privacy_settings

    monkeypatch.setenv("TANDEM_PII_ORDER_PATTERN", PLANTED_BRAND_PATTERN)
    get_privacy_settings.cache_clear(), get_redactor.cache_clear()
    try:
        assert get_redactor().redact("Vertrag VK-771-020 bitte kündigen", "de").text == "Vertrag [ORDER] bitte kündigen"
    finally:
        monkeypatch.undo()
        get_privacy_settings.cache_clear(), get_redactor.cache_clear()
