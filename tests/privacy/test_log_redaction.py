"""Log records lose their personal data, whoever logs them and wherever they go."""
from __future__ import annotations

import io
import logging

import pytest

from privacy.redact import RedactingFilter, install_log_redaction


@pytest.fixture
def captured():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("tests.privacy.logs")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield logger, handler, stream
    logger.removeHandler(handler)


@pytest.fixture
def restore_record_factory():
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


def test_the_filter_redacts_the_arguments_of_a_message(captured):
    logger, handler, stream = captured
    handler.addFilter(RedactingFilter())
    logger.info("follower %s wrote: %s", "u1", "meine Mail ist anna@example.org")
    assert stream.getvalue().strip() == "follower u1 wrote: meine Mail ist [EMAIL]"


def test_the_filter_redacts_the_text_of_an_exception(captured):
    logger, handler, stream = captured
    handler.addFilter(RedactingFilter())
    try:
        raise ValueError("bad IBAN DE89 3704 0044 0532 0130 00")
    except ValueError:
        logger.exception("turn failed")
    assert "3704" not in stream.getvalue() and "[IBAN]" in stream.getvalue()


def test_installing_redaction_covers_handlers_added_afterwards(captured, restore_record_factory):
    logger, _handler, stream = captured
    install_log_redaction()
    late = io.StringIO()
    logger.addHandler(logging.StreamHandler(late))
    logger.warning("call me on 0151 23456789")
    assert "23456789" not in stream.getvalue() + late.getvalue()
    assert late.getvalue().strip() == "call me on [PHONE]"


def test_installing_redaction_twice_redacts_once(captured, restore_record_factory):
    logger, _handler, stream = captured
    install_log_redaction()
    install_log_redaction()
    logger.info("Mail: a@b.de")
    assert stream.getvalue().strip() == "Mail: [EMAIL]"


@pytest.mark.parametrize("set_file", ["pii_messages.yaml", "pii_heldout.yaml", "pii_planted.yaml"])
def test_no_planted_value_of_the_set_survives_in_log_output(captured, set_file, monkeypatch):
    from pathlib import Path

    from privacy.evaluation import PLANTED_BRAND_PATTERN, leaked, load_cases
    from privacy.redact import get_redactor
    from privacy.settings import get_privacy_settings

    # The brand's pattern as a brand sets it, so the redaction of every record (also by a record factory an
    # earlier test installed) knows the brand's customer numbers.
    monkeypatch.setenv("TANDEM_PII_ORDER_PATTERN", PLANTED_BRAND_PATTERN)
    get_privacy_settings.cache_clear(), get_redactor.cache_clear()
    logger, handler, stream = captured
    handler.addFilter(RedactingFilter())
    cases = load_cases(Path(__file__).with_name(set_file))
    try:
        for case in cases:
            logger.info("follower wrote: %s", case.text)
            logger.info("message from sender-1: %s", case.text)
            logger.info("turn %r", {"text": case.text})
            try:
                raise ValueError(f"could not parse {case.text!r}")
            except ValueError:
                logger.exception("turn failed")
    finally:
        monkeypatch.undo()
        get_privacy_settings.cache_clear(), get_redactor.cache_clear()
    assert leaked(cases, stream.getvalue()) == []
