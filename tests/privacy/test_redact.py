"""What `privacy.redact` finds and what it leaves alone, one kind of data per test."""
from __future__ import annotations

import socket

import pytest

from privacy.names import NameRecognizer
from privacy.redact import Redactor, redact, restore


def test_an_email_address_becomes_a_typed_placeholder():
    assert redact("Schreibt mir an anna.schmidt@web.de bitte").text == "Schreibt mir an [EMAIL] bitte"


def test_an_email_address_spelled_out_with_at_and_dot_is_redacted():
    assert "rossi" not in redact("Mail: m.rossi (at) example (dot) it", "en").text


def test_a_german_mobile_number_is_redacted():
    assert redact("Ruft mich an: 0151 23456789").text == "Ruft mich an: [PHONE]"


def test_an_international_number_is_redacted():
    assert redact("call +44 20 7946 0958 tomorrow", "en").text == "call [PHONE] tomorrow"


def test_a_number_libphonenumber_rejects_is_redacted_after_a_phone_cue():
    assert redact("Call me on 07700 900123 after 6pm.", "en").text == "Call me on [PHONE] after 6pm."


def test_prices_years_and_dates_are_not_taken_for_phone_numbers():
    text = "Kostet 4,90 € oder 12,50 €? Kunde seit 2019, bestellt am 12.03.2024."
    assert redact(text, "de").text == text


def test_an_iban_with_valid_check_digits_is_redacted():
    assert redact("Bitte auf DE89 3704 0044 0532 0130 00 erstatten").text == "Bitte auf [IBAN] erstatten"


def test_an_iban_written_without_spaces_and_in_lower_case_is_redacted():
    assert redact("konto de89370400440532013000").text == "konto [IBAN]"


def test_an_iban_shaped_string_with_wrong_check_digits_is_kept_without_the_word_iban():
    assert "[IBAN]" not in redact("Artikel DE00 3704 0044 0532 0130 00").text


def test_an_iban_with_a_typo_is_still_redacted_after_the_word_iban():
    assert redact("IBAN DE00 3704 0044 0532 0130 00").text == "IBAN [IBAN]"


def test_a_card_number_passing_the_luhn_check_is_redacted():
    assert redact("Karte 4111-1111-1111-1111, Ablauf 12/27").text == "Karte [CARD], Ablauf 12/27"


def test_a_sixteen_digit_number_failing_the_luhn_check_is_not_a_card():
    assert "[CARD]" not in redact("Karte 4111 1111 1111 1112").text


def test_a_german_street_address_with_postcode_and_city_is_redacted():
    assert redact("Liefert an Karl-Marx-Straße 12a, 12043 Berlin.").text == "Liefert an [ADDRESS]."


def test_a_street_named_after_an_article_is_redacted():
    assert redact("Wir wohnen Am Markt 5, 04109 Leipzig").text == "Wir wohnen [ADDRESS]"


def test_an_english_street_address_with_postcode_is_redacted():
    assert redact("Ship to 221B Baker Street, London NW1 6XE instead", "en").text == "Ship to [ADDRESS] instead"


def test_a_ranking_is_not_an_address():
    assert redact("Auf Platz 1 im Test!").text == "Auf Platz 1 im Test!"


def test_an_order_number_after_bestellnummer_is_redacted():
    assert redact("Meine Bestellnummer ist 4711-2023-88.").text == "Meine Bestellnummer ist [ORDER]."


def test_a_long_digit_run_is_taken_for_an_order_number():
    assert redact("Wo ist 98765432?").text == "Wo ist [ORDER]?"


def test_a_brand_specific_order_pattern_can_be_configured():
    redactor = Redactor(order_pattern=r"\bVX\d{3}\b", ner=False)
    assert redactor.redact("Paket VX123 fehlt").text == "Paket [ORDER] fehlt"


def test_a_name_after_mein_name_ist_is_redacted():
    assert redact("Mein Name ist Fatma Yılmaz und ich habe eine Frage.").text == \
        "Mein Name ist [NAME] und ich habe eine Frage."


def test_a_known_given_name_after_ich_bin_is_redacted():
    assert redact("Hallo, ich bin Lukas.").text == "Hallo, ich bin [NAME]."


def test_ich_bin_kunde_is_not_a_name():
    assert redact("Ich bin Kunde seit Jahren.").text == "Ich bin Kunde seit Jahren."


def test_a_name_signing_off_a_message_is_redacted():
    assert redact("Danke!\nViele Grüße\nPeter Müller").text == "Danke!\nViele Grüße\n[NAME]"


def test_an_english_name_without_a_cue_is_found_by_the_name_model():
    assert redact("Please contact my colleague Priya Sharma today.", "en").text == \
        "Please contact my colleague [NAME] today."


def test_the_name_model_is_not_run_on_german_text():
    assert redact("Wann kommt mein Paket?", "de").text == "Wann kommt mein Paket?"


def test_a_name_mentioned_again_later_is_redacted_there_too():
    out = redact("Ich heiße Sophie Wagner. Frau Wagner hat bestellt.").text
    assert "Wagner" not in out and out.count("[NAME]") == 2


def test_a_product_name_found_in_the_knowledge_base_is_not_taken_for_a_person():
    text = "Is the Espresso Supreme in stock?"
    assert Redactor().redact(text, "en", known_words=frozenset({"espresso", "supreme"})).text == text


def test_pseudonymise_gives_the_same_value_the_same_placeholder():
    done = Redactor(ner=False).pseudonymise(["Mail a@b.de", "Noch mal: a@b.de, oder c@d.de"])
    assert done.texts == ["Mail [EMAIL_1]", "Noch mal: [EMAIL_1], oder [EMAIL_2]"]


def test_restore_puts_the_values_back_for_known_placeholders_only():
    assert restore("an [EMAIL_1] und [EMAIL_9]", {"[EMAIL_1]": "a@b.de"}) == "an a@b.de und [EMAIL_9]"


def test_a_finding_does_not_show_its_value_when_printed():
    finding = redact("anna@example.org").findings[0]
    assert "anna" not in repr(finding)


def test_the_name_model_loads_without_the_network(monkeypatch: pytest.MonkeyPatch):
    def refuse(*_args, **_kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    found = NameRecognizer().find("Yesterday Priya Sharma called about the bike.")
    assert [f.value for f in found] == ["Priya Sharma"]


def test_a_log_record_written_while_the_name_model_loads_does_not_deadlock(monkeypatch):
    """Loading logs; with log redaction installed each record is redacted, which asks the recognizer again in the
    same thread while it is still loading. It must answer (without NER) instead of waiting for itself."""
    import threading

    import spacy

    recognizer = NameRecognizer()
    real_load = spacy.load
    nested: list[list] = []

    def logging_load(*args, **kwargs):
        nested.append(recognizer.find("Loading the model for John Smith now."))   # what a redacted record does
        return real_load(*args, **kwargs)

    monkeypatch.setattr(spacy, "load", logging_load)
    found: list = []
    worker = threading.Thread(target=lambda: found.append(recognizer.find("My name is John Smith.")), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the recognizer waited for itself"
    assert nested == [[]] and [f.value for f in found[0]] == ["John Smith"]


def test_an_amount_after_order_in_a_price_list_is_not_an_order_number():
    assert redact("- Minimum order: 5 kg per order, any mix").text == "- Minimum order: 5 kg per order, any mix"
    assert "[ORDER]" in redact('{"order_ref": "QX7F2"}').text
    assert "[ORDER]" in redact("order_id = 884213").text


def test_a_number_with_a_currency_or_percent_sign_is_an_amount_not_an_order_number():
    for text in ("- Höchstbetrag pro Bestellung: 1.500 €", "Maximum per order: 2500 EUR", "Rabatt pro Auftrag 1000 %"):
        assert redact(text, "de").text == text
    assert redact("meine Bestellung: 123456 kam nicht an", "de").text == "meine Bestellung: [ORDER] kam nicht an"
    assert redact("Rechnung 20250117 über 49,90 €", "de").text == "Rechnung [ORDER] über 49,90 €"
