"""Webhook sender checks and the memory of handled messages (bot/connectors/verify.py)."""
from __future__ import annotations

import pytest

from bot.connectors.verify import (BUSY, DONE, NEW, Rejected, SeenMessages, check_meta_signature,
                                   check_telegram_secret, meta_handshake, meta_signature)

BODY = b'{"object":"page","entry":[]}'


def test_a_body_signed_with_the_app_secret_passes():
    check_meta_signature("s3cret", {"X-Hub-Signature-256": meta_signature("s3cret", BODY)}, BODY)


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"X-Hub-Signature-256": meta_signature("other", BODY)}, 403),
    ({"X-Hub-Signature-256": "sha1=" + "0" * 40}, 403),
    ({"X-Hub-Signature-256": meta_signature("s3cret", BODY + b" ")}, 403),
])
def test_a_missing_or_wrong_signature_is_refused(headers, status):
    with pytest.raises(Rejected) as refused:
        check_meta_signature("s3cret", headers, BODY)
    assert refused.value.status == status


def test_without_an_app_secret_nothing_verifies_not_even_an_empty_key_signature():
    with pytest.raises(Rejected) as refused:
        check_meta_signature("", {"X-Hub-Signature-256": meta_signature("", BODY)}, BODY)
    assert refused.value.status == 503


def test_the_telegram_secret_header_must_match():
    check_telegram_secret("tok", {"X-Telegram-Bot-Api-Secret-Token": "tok"})
    for headers, status in (({}, 401), ({"X-Telegram-Bot-Api-Secret-Token": "tok2"}, 403)):
        with pytest.raises(Rejected) as refused:
            check_telegram_secret("tok", headers)
        assert refused.value.status == status


def test_the_handshake_echoes_a_plain_challenge_for_the_right_token_only():
    args = {"hub.mode": "subscribe", "hub.verify_token": "v", "hub.challenge": "123"}
    assert meta_handshake("v", args) == "123"
    for changed, status in (({"hub.verify_token": "w"}, 403), ({"hub.mode": "unsubscribe"}, 400),
                            ({"hub.challenge": "<script>"}, 400)):
        with pytest.raises(Rejected) as refused:
            meta_handshake("v", {**args, **changed})
        assert refused.value.status == status


def test_a_message_is_processed_once_and_a_failed_one_again():
    seen = SeenMessages()
    assert seen.claim("m1") == NEW
    assert seen.claim("m1") == BUSY          # a retry while the first delivery is still being processed
    seen.finish("m1")
    assert seen.claim("m1") == DONE
    assert seen.claim("m2") == NEW
    seen.release("m2")                       # processing failed: the platform's retry must be processed
    assert seen.claim("m2") == NEW


def test_a_claim_left_by_a_dead_process_expires():
    seen = SeenMessages(busy_s=0)
    assert seen.claim("m1") == NEW
    assert seen.claim("m1") == NEW
