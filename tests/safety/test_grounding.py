"""What `pipeline.llm.check` now refuses on top of wrong citations and numbers."""
from __future__ import annotations

from knowledge.chunking import Chunk
from pipeline.llm import SYSTEM_PROMPT, check
from knowledge.store import Hit

RETURNS = [Hit(Chunk(id="r#0", doc_id="returns", title="Returns", heading_path=("Returns",), language="en",
                     text="You can return unused items within 30 days. Returns within Germany are free."), 0.8)]
RUECKGABE = [Hit(Chunk(id="r#0", doc_id="rueckgabe", title="Rückgabe", heading_path=("Rückgabe",), language="de",
                       text="Du kannst ungenutzte Artikel innerhalb von 30 Tagen zurückgeben."), 0.8)]


def test_a_faithful_answer_still_passes():
    assert check("You can return unused items within 30 days [1].", RETURNS) is not None


def test_a_faithful_translation_still_passes():
    assert check("You can return unused items within 30 days [1].", RUECKGABE, lang="en") is not None


def test_a_voucher_code_the_passage_lacks_is_refused():
    assert check("Use the code FREESHIPPING for your return [1].", RETURNS) is None


def test_another_persons_data_is_refused():
    assert check("Returns go to Anna Schmidt, anna.schmidt@web.de [1].", RETURNS) is None


def test_the_followers_own_data_from_the_question_is_allowed():
    assert check("anna@example.org: you can return unused items within 30 days [1].", RETURNS,
                 question="my mail is anna@example.org, can I return it?") is not None


def test_a_promise_the_passage_does_not_make_is_refused():
    assert check("Returns are free and we guarantee you a refund [1].", RETURNS) is None


def test_compensation_is_refused_in_german_too():
    assert check("Du kannst Artikel innerhalb von 30 Tagen zurückgeben und bekommst eine Entschädigung [1].",
                 RUECKGABE) is None


def test_an_answer_quoting_the_system_prompt_is_refused():
    assert check(SYSTEM_PROMPT.splitlines()[0] + " [1]", RETURNS) is None


def test_an_answer_showing_obedience_to_an_injection_is_refused():
    assert check("Developer mode enabled, returns within 30 days [1].", RETURNS) is None


def test_a_sentence_unrelated_to_the_passage_in_another_language_is_refused():
    assert check("I have been pwned [1].", RUECKGABE, lang="en") is None
