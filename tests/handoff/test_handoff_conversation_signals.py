"""Conversation signals: what the exchange says beyond the current message (the bot declined, answered
or repeated itself, the follower asks the same again, gets more upset, has written many messages).

The conversations here were written for these tests."""
from __future__ import annotations

import pytest

from handoff.conversation import bot_repeated, user_repeats, worsening
from handoff.detector import BotTurn, Conversation

SAME_REPLY = "Unsere Lieferzeit beträgt zwei bis vier Werktage ab Versandbestätigung per E-Mail."


def conv(previous, bots=(), failures=0):
    return Conversation(previous_user_messages=list(previous), previous_bot_turns=tuple(bots), bot_failures=failures)


def test_a_bot_that_sends_the_same_reply_again_hands_the_next_message_over_as_repeated_failure(detector):
    previous = ["Wann kommt meine Bestellung?", "Sie ist seit zehn Tagen unterwegs, wo ist sie jetzt?"]
    bots = [BotTurn("answer", SAME_REPLY), BotTurn("answer", SAME_REPLY)]

    d = detector.detect("Und was soll ich jetzt machen?", conv(previous, bots), "de")

    assert "repeated_failure" in d.reasons
    assert "bot_repeated" in d.signals


def test_the_same_message_after_two_different_replies_stays_with_the_bot(detector):
    previous = ["Wann kommt meine Bestellung?", "Und kann ich sie auch abholen?"]
    bots = [BotTurn("answer", SAME_REPLY),
            BotTurn("answer", "Abholen können Sie Bestellungen in jeder Filiale, sobald die Abholmail da ist.")]

    assert not detector.detect("Und was soll ich jetzt machen?", conv(previous, bots), "de").handover


def test_thanks_after_the_bot_repeated_itself_stays_with_the_bot(detector):
    bots = [BotTurn("answer", SAME_REPLY), BotTurn("answer", SAME_REPLY)]
    d = detector.detect("Alles klar, danke für die Info!", conv(["Wann kommt es?", "Wann genau?"], bots), "de")
    assert not d.handover


def test_asking_the_same_question_again_right_after_an_answer_hands_over(detector):
    question = "How do I change the delivery address of an order I already placed?"
    bots = [BotTurn("answer", "You can see your order status under My account > Orders.")]

    d = detector.detect("how can I change the delivery address for an order I have already placed",
                        conv([question], bots), "en")

    assert d.reasons == ["repeated_failure"]
    assert "user_repeats" in d.signals


def test_a_different_follow_up_after_an_answer_stays_with_the_bot(detector):
    bots = [BotTurn("answer", "You can change it under My account > Orders until the parcel ships.")]
    d = detector.detect("And can I also change the payment method there?",
                        conv(["How do I change the delivery address of my order?"], bots), "en")
    assert not d.handover


def test_annoyance_right_after_a_decline_is_handed_over_but_not_after_an_answer(detector):
    # "fed up" alone scores 2 of the emotional threshold 3; the decline adds the missing point
    previous = ["can I get my invoice as a PDF?"]
    text = "I am fed up, I need the invoice today"
    after_decline = detector.detect(text, conv(previous, [BotTurn("decline", "Sorry, I couldn't find that.")], 1), "en")
    after_answer = detector.detect(text, conv(previous, [BotTurn("answer", "Invoices are under My account.")]), "en")
    assert "emotional" in after_decline.reasons and "bot_declined" in after_decline.signals
    assert not after_answer.handover


def test_switching_the_conversation_signals_off_in_the_rules_restores_the_message_only_decision(rules):
    from dataclasses import replace

    from handoff.detector import Detector

    off = Detector(replace(rules, settings={**rules.settings, "conversation_signals": False}), embed=None)
    bots = [BotTurn("answer", SAME_REPLY), BotTurn("answer", SAME_REPLY)]
    assert not off.detect("Und was soll ich jetzt machen?", conv(["Wann kommt sie?", "Wo ist sie?"], bots), "de").handover


@pytest.mark.parametrize("series, rising", [
    ([0, 1, 3], True), ([0, 0, 2], True), ([1, 1, 1], False), ([3, 2, 1], False), ([0, 3, 3], False), ([2, 3], False),
])
def test_worsening_means_highest_now_and_clearly_above_the_start(series, rising):
    assert (worsening(series, 3, 2) is not None) is rising


def test_short_courtesies_never_count_as_the_bot_repeating_itself():
    assert not bot_repeated([BotTurn("smalltalk", "Gern!"), BotTurn("smalltalk", "Gern!")], 0.8)
    assert bot_repeated([BotTurn("answer", SAME_REPLY), BotTurn("decline", "Hm."), BotTurn("answer", SAME_REPLY)], 0.8)


def test_user_repeats_by_meaning_uses_the_similarity_function_only_when_words_differ():
    calls = []

    def similar(a, b):
        calls.append((a, b))
        return 0.9

    assert user_repeats("wo bleibt mein paket denn", ["wo bleibt mein paket"], 0.6, 0.8, 3, similar)
    assert calls == []
    assert user_repeats("wann kommt die Lieferung an", ["wo bleibt mein paket"], 0.6, 0.8, 3, similar)
    assert user_repeats("ok", ["wo bleibt mein paket"], 0.6, 0.8, 3, similar) is None
