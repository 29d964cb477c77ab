"""Scoring played cases the way ../shared/eval/README.md defines it."""
from __future__ import annotations

from tandem.evaluation.metrics import case_passed, facts_hold, quoted_a_wrong_passage, score


def turn(replies, citations=(), handed_over=False, reasons=()):
    return {"user": "q", "replies": list(replies), "citations": list(citations), "handed_over": handed_over,
            "reasons": list(reasons), "ms": 10.0}


def test_facts_accept_any_alternative_case_insensitively():
    assert facts_hold("Versand kostet 4,90 €", ["4.90|4,90"])
    assert not facts_hold("Versand kostet 5 €", ["4.90|4,90"])


def test_an_answer_needs_a_right_citation_and_every_fact():
    case = {"id": "a", "lang": "de", "expect": "answer", "turns": ["q"], "docs": ["versand"], "facts": ["4,90"]}
    assert case_passed(case, {"turns": [turn(["4,90 €"], ["versand"])]})
    assert not case_passed(case, {"turns": [turn(["4,90 €"], ["faq"])]})
    assert not case_passed(case, {"turns": [turn(["5 €"], ["versand"])]})


def test_a_handed_over_answer_case_fails():
    case = {"id": "a", "lang": "de", "expect": "answer", "turns": ["q"], "docs": ["versand"]}
    assert not case_passed(case, {"turns": [turn(["ok"], ["versand"], handed_over=True)]})


def test_a_handoff_must_happen_by_the_given_turn():
    case = {"id": "h", "lang": "en", "expect": "handoff", "turns": ["a", "b"], "handoff_by": 0}
    assert case_passed(case, {"turns": [turn(["passing you on"], handed_over=True), turn([], handed_over=True)]})
    assert not case_passed(case, {"turns": [turn(["hm"]), turn(["passing you on"], handed_over=True)]})


def test_a_decline_cites_nothing():
    case = {"id": "d", "lang": "en", "expect": "decline", "turns": ["q"]}
    assert case_passed(case, {"turns": [turn(["I don't know"])]})
    assert not case_passed(case, {"turns": [turn(["It is 5"], ["doc"])]})


def test_the_report_counts_false_handoffs_and_per_reason_recall():
    cases = [{"id": "a", "lang": "en", "expect": "smalltalk", "turns": ["hi"]},
             {"id": "h", "lang": "en", "expect": "handoff", "reason": "legal", "turns": ["lawyer"]}]
    results = {"a": {"turns": [turn(["Hello there, how can I help you today?"], handed_over=True)]},
               "h": {"turns": [turn(["A colleague will take over this conversation."], handed_over=True)]}}
    report = score(cases, results)
    assert str(report.rows["false handoffs (lower is better)"]).endswith("(1/1)")
    assert str(report.rows["handoff recall: legal"]).endswith("(1/1)")


def test_a_quote_that_does_not_answer_is_counted_and_a_decline_of_an_answerable_question_is_not():
    answer = {"id": "a", "lang": "de", "expect": "answer", "turns": ["q"], "docs": ["versand"], "facts": ["4,90"]}
    decline = {"id": "d", "lang": "en", "expect": "decline", "turns": ["q"]}
    assert quoted_a_wrong_passage(answer, {"turns": [turn(["Rücksendung kostenlos"], ["retouren"])]})
    assert quoted_a_wrong_passage(answer, {"turns": [turn(["5 €"], ["versand"])]})
    assert not quoted_a_wrong_passage(answer, {"turns": [turn(["4,90 €"], ["versand"])]})
    assert not quoted_a_wrong_passage(answer, {"turns": [turn(["I don't know that, shall I get a person?"])]})
    assert quoted_a_wrong_passage(decline, {"turns": [turn(["It is 5"], ["doc"])]})
    report = score([answer, decline], {"a": {"turns": [turn(["5 €"], ["versand"])]}, "d": {"turns": [turn(["no"])]}})
    assert str(report.rows["wrong passages quoted (lower is better)"]).endswith("(1/2)")
