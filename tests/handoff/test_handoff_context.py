"""Signals that come from the conversation, not from the single message."""
from __future__ import annotations


def test_repeated_failure_after_two_bot_failures(check):
    d = check("Und wie ist das mit den Ersatzteilen?", "de", previous=["Frage 1", "Frage 2"], bot_failures=2)
    assert d.reasons == ["repeated_failure"]
    assert d.explanation.startswith("repeated_failure:")


def test_one_bot_failure_alone_is_not_repeated_failure(check):
    assert not check("Do you ship to Norway?", "en", previous=["Hello"], bot_failures=1).handover


def test_repeated_failure_when_user_rephrases_after_a_bot_failure(check):
    d = check("Is it possible to ship my order to a parcel locker?", "en",
              previous=["Can you deliver my order to a parcel locker?"], bot_failures=1)
    assert "repeated_failure" in d.reasons


def test_rephrasing_without_a_bot_failure_is_not_repeated_failure(check):
    d = check("Is it possible to ship my order to a parcel locker?", "en",
              previous=["Can you deliver my order to a parcel locker?"], bot_failures=0)
    assert not d.handover


def test_repeated_failure_word_overlap_works_without_embeddings(rules_only):
    from handoff.detector import Conversation
    d = rules_only.detect("Wie lange dauert die Lieferung nach Italien bitte?",
                          Conversation(["Wie lange dauert die Lieferung nach Italien?"], bot_failures=1), "de")
    assert "repeated_failure" in d.reasons


def test_negative_trend_across_turns_escalates(check):
    turns = ["Mein Paket ist noch nicht angekommen.",
             "Immer noch nichts da, echt ärgerlich.",
             "Seit zwei Wochen warte ich jetzt, das ist doch nicht normal!"]
    assert not check(turns[0], "de").handover
    d = check(turns[2], "de", previous=turns[:2])
    assert "emotional" in d.reasons


def test_single_mild_complaint_followed_by_routine_question_does_not_escalate(check):
    d = check("How long is the warranty?", "en", previous=["My kettle is leaking a bit."])
    assert not d.handover


def test_problems_spread_over_turns_count_as_complex(check):
    d = check("Und die Rechnung war auch doppelt abgebucht.", "de",
              previous=["Hallo, ich habe die falsche Farbe bekommen."])
    assert "complex" in d.reasons


def test_caps_lock_shouting_with_a_complaint_escalates(check):
    assert "emotional" in check("WARUM IST MEINE BESTELLUNG IMMER NOCH NICHT DA", "de").reasons


def test_caps_lock_alone_does_not_escalate(check):
    assert not check("HALLO, WANN HABT IHR MORGEN GEÖFFNET?", "de").handover


def test_exclamation_marks_on_thanks_do_not_escalate(check):
    assert not check("THANK YOU SO MUCH!!!", "en").handover


def test_typos_and_repeated_letters_still_match(check):
    assert "human_request" in check("ich will mit einem mitarbieter sprechennnn!!!", "de").reasons
    assert "legal" in check("ich geh zur verbraucherzentrle", "de").reasons


def test_umlaut_spellings_are_equivalent(check):
    a = check("Bitte löscht alle meine Daten", "de")
    b = check("Bitte loescht alle meine Daten", "de")
    assert a.reasons == b.reasons == ["privacy_request"]


def test_dialect_is_normalised(check):
    assert "human_request" in check("I mog mit an echten Mitarbeiter red'n", "de").reasons


def test_reasons_are_ordered_by_priority(check, rules):
    d = check("The charger exploded and my hand is burned, I'm getting a lawyer", "en")
    priorities = [rules.priority(r) for r in d.reasons]
    assert d.reasons[:2] == ["safety", "legal"]
    assert priorities == sorted(priorities, reverse=True)
    assert d.priority == priorities[0]


def test_saying_the_answer_missed_the_question_is_repeated_failure_without_a_bot_failure(check):
    d = check("That's not what I asked.", "en", previous=["Can I pick up my order in the Leipzig store?"], bot_failures=0)
    assert d.reasons == ["repeated_failure"]
    assert "not answered" in d.explanation


def test_saying_the_answer_missed_needs_an_earlier_message(check):
    assert not check("That's not what I asked.", "en").handover
