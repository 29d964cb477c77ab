"""Complex on unseen companies: requests only someone with access to the account can settle —
demanding money back for a payment, correcting a specific bill, asking someone to look into the
account, claiming costs a failure caused, a contract of someone who died — and several problems
including a failed action, no service or a crushed parcel. Self-service and policy questions with
the same words stay with the bot."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("Ihr habt mir 24,90 € für eine Option abgebucht, die ich nie gebucht habe. Ich will das Geld zurück.", "de"),
    ("I paid 65 dollars for priority boarding that never happened and I expect that money back.", "en"),
])
def test_demanding_money_back_for_a_payment_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Der Rabatt wurde auf meiner Rechnung nicht abgezogen, bitte korrigieren.", "de"),
    ("The invoice shows the wrong amount, please adjust the bill.", "en"),
])
def test_asking_to_correct_a_disputed_bill_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Könnten Sie bitte mein Kundenkonto überprüfen? Da stimmt etwas mit den Buchungen nicht.", "de"),
    ("Could someone look into my account, the data usage makes no sense to me.", "en"),
])
def test_asking_someone_to_look_into_the_account_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Der Zug fiel aus, ich habe 80 € fürs Taxi bezahlt. Wer ersetzt mir das?", "de"),
    ("The delivery was late, I paid a carpenter for nothing and now who pays for that?", "en"),
])
def test_claiming_costs_caused_by_a_failure_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Meine Mutter ist verstorben, was passiert mit ihrem Handyvertrag?", "de"),
    ("My husband passed away in May and the broadband contract is in his name.", "en"),
])
def test_a_contract_of_someone_who_died_hands_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Zwei Sachen: die Aktivierung ist fehlgeschlagen und die Lieferung war zerdrückt.", "de"),
    ("A couple of things: the transfer failed, and the box came crushed.", "en"),
])
def test_several_problems_with_a_failed_action_or_crushed_parcel_hand_over_as_complex(check, text, lang):
    assert "complex" in check(text, lang).reasons


@pytest.mark.parametrize("text, lang", [
    ("Wo kann ich meine Rechnung online ansehen?", "de"),
    ("Ich möchte meine Rechnung prüfen, wo finde ich die?", "de"),
    ("Wie kann ich meine Lieferadresse korrigieren?", "de"),
    ("Gibt es eine Entschädigung, wenn der Flug mehr als drei Stunden Verspätung hat?", "de"),
    ("Wer zahlt die Rücksendung, wenn ich per Karte bezahlt habe?", "de"),
    ("Meine Oma ist letztes Jahr gestorben, nehmt ihr alte Möbel mit?", "de"),
    ("I want a refund, how do I send the lamp back?", "en"),
    ("My router keeps dropping, how can I fix it?", "en"),
    ("I'd like to check my bill in the app, where is it?", "en"),
    ("Who pays for return shipping if I paid by card?", "en"),
    ("My payment failed, what should I do?", "en"),
    ("I paid 30 € for the order and want to know when it ships.", "en"),
])
def test_self_service_and_policy_questions_with_the_same_words_do_not_hand_over(check, text, lang):
    assert not check(text, lang).handover
