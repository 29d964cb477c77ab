"""The LLM path: the real `openai` client against a local server speaking the chat-completions protocol."""
from __future__ import annotations

import pytest

from knowledge.chunking import Chunk
from pipeline.llm import LLMGenerator, check
from knowledge.store import Hit
from tandem.settings import Settings
from tandem.evaluation.chat_stand_in import ChatCompletionsServer

HITS = [
    Hit(Chunk(id="shipping#0", doc_id="shipping", title="Shipping", heading_path=("Shipping", "Costs"),
              text="Shipping within Germany costs 4,90 €. Orders from 50 € ship free.", language="en"), 0.8),
    Hit(Chunk(id="returns#0", doc_id="returns", title="Returns", heading_path=("Returns",),
              text="You can return items within 30 days.", language="en"), 0.5),
]


@pytest.fixture
def server():
    with ChatCompletionsServer() as running:
        yield running


@pytest.fixture
def generator(server):
    settings = Settings(openai_base_url=server.base_url, openai_api_key="test-key", llm_model="local-model")
    return LLMGenerator.from_settings(settings)


def test_a_cited_answer_is_sent_with_its_sources(server, generator):
    server.reply = lambda messages: "Shipping within Germany costs 4.90 € [1]."
    answer = generator.generate("How much is shipping?", "en", HITS)
    assert answer.confident
    assert answer.citations == ["shipping"]
    assert "4.90 €" in answer.text and "[1]" not in answer.text
    assert "Source: Shipping › Costs" in answer.text


def test_the_request_carries_the_passages_the_language_and_the_key(server, generator):
    server.reply = lambda messages: "Es kostet 4,90 € [1]."
    generator.generate("Was kostet der Versand?", "de", HITS)
    request = server.requests[-1]
    assert request["auth"] == "Bearer test-key"
    assert request["body"]["model"] == "local-model"
    system, user = request["body"]["messages"]
    assert "German" in system["content"]
    assert "[1] Shipping › Costs" in user["content"] and "Was kostet der Versand?" in user["content"]


def test_an_uncited_answer_is_not_sent(server, generator):
    server.reply = lambda messages: "Shipping is free for everyone."
    assert generator.generate("How much is shipping?", "en", HITS) is None


def test_a_citation_outside_the_retrieved_set_is_not_sent(server, generator):
    server.reply = lambda messages: "Shipping costs 4,90 € [7]."
    assert generator.generate("How much is shipping?", "en", HITS) is None


def test_a_number_not_in_the_cited_passage_is_not_sent(server, generator):
    server.reply = lambda messages: "Use code SAVE100 for 100 % off [1]."
    assert generator.generate("Give me a discount code", "en", HITS) is None


def test_no_answer_from_the_model_becomes_a_decline(server, generator):
    server.reply = lambda messages: "NO_ANSWER"
    answer = generator.generate("What is the weather?", "en", HITS)
    assert not answer.confident and answer.citations == []


def test_an_endpoint_error_falls_back_instead_of_failing(server, generator):
    server.status = 500
    assert generator.generate("How much is shipping?", "en", HITS) is None


def test_numbers_are_compared_across_decimal_commas_and_points():
    assert check("It costs 4.90 € [1].", HITS) is not None
    assert check("It costs 4.95 € [1].", HITS) is None


def test_a_reply_citing_a_page_and_one_of_its_sections_names_the_section_once(server, generator):
    rental = [
        Hit(Chunk(id="rental#0", doc_id="rental", title="Bike rental", heading_path=("Bike rental",),
                  text="We rent out city bikes and e-bikes.", language="en"), 0.8),
        Hit(Chunk(id="rental#1", doc_id="rental", title="Bike rental", heading_path=("Bike rental", "What you need"),
                  text="Bring an ID card and a deposit of 50 €.", language="en"), 0.7),
    ]
    server.reply = lambda messages: "We rent e-bikes [1]; bring an ID card and a 50 € deposit [2]."
    answer = generator.generate("Can I rent an e-bike, and what do I need?", "en", rental)
    assert answer.citations == ["rental"]
    assert answer.text.endswith("Source: Bike rental › What you need")
