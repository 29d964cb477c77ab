"""`rasa run` started from inside Python, so its secret stays out of `ps` and its logs never hold message text.

    TANDEM_RASA_TOKEN=… python -m connectors.launch run --enable-api --cors http://127.0.0.1:8000 …

- The auth token is read from ``TANDEM_RASA_TOKEN`` (or the file named by ``TANDEM_RASA_TOKEN_FILE``) and
  added to ``sys.argv`` in this process: the command line the kernel shows (`ps`, /proc/PID/cmdline) is the
  one this process was started with, which never holds it. Rasa 3.6 reads the token only from its CLI.
- Rasa's own logs: every follower message that enters Rasa (`UserMessage`) is remembered for a while, in
  memory only, and any log record that would hold it (also as repr or JSON-escaped, also in a traceback) has
  it replaced by ``[message withheld]`` before a handler sees it. Rasa's structlog events also lose the
  fields Rasa itself lists as user content (``text``, ``user_message``, …). This covers the error paths that
  log the message in clear (``rest.message.received.timeout`` when the action server does not answer) at
  any log level, and whatever a later Rasa version adds that logs the text.

Runs in Rasa's own Python (3.10, `.venv-rasa`): only the standard library and Rasa.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections import OrderedDict
from typing import Any

WITHHELD = "[message withheld]"
REMEMBERED = 5000          # messages kept for matching; an error is logged within seconds to a few minutes
SHORTEST = 4               # shorter texts ("ok", "ja") are everywhere in log lines and say nothing about anyone
# The event fields Rasa's structlog events put user content in (rasa.utils.log_utils._anonymizer's list).
USER_CONTENT_FIELDS = (
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response", "slot_candidates",
    "rasa_event", "rasa_events", "tracker_states", "current_states", "old_states", "successes", "current_entity",
    "next_entity", "states", "entity", "token_text", "user_message", "json_message")


class MessageTexts:
    """The most recent follower texts, and their spellings in a log line."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self.size = size
        self._texts: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, text: Any) -> None:
        if not isinstance(text, str):
            return
        text = text.strip().lstrip("\u200b")
        if len(text) < SHORTEST:
            return
        with self._lock:
            self._texts[text] = None
            self._texts.move_to_end(text)
            while len(self._texts) > self.size:
                self._texts.popitem(last=False)

    def withhold(self, line: str) -> str:
        if not line:
            return line
        with self._lock:
            texts = list(self._texts)
        for text in reversed(texts):
            for form in _spellings(text):
                if form in line:
                    line = line.replace(form, WITHHELD)
        return line


def _spellings(text: str) -> list[str]:
    forms = {text, repr(text)[1:-1], json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}
    return sorted(forms, key=len, reverse=True)


TEXTS = MessageTexts()
_installed = False


def install() -> None:
    """Withhold message text from every log record this process creates, and remember every message Rasa
    receives. Idempotent."""
    global _installed
    if _installed:
        return
    _installed = True
    _remember_user_messages()
    _withhold_in_records()
    _blank_structlog_fields()


def _remember_user_messages() -> None:
    from rasa.core.channels import channel

    original = channel.UserMessage.__init__

    def init(self, text=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 (Rasa's signature)
        TEXTS.remember(text)
        original(self, text, *args, **kwargs)

    channel.UserMessage.__init__ = init


def _withhold_in_records() -> None:
    current = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = current(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 (a bad format string must not lose the record)
            message = f"{record.msg} {record.args}"
        cleaned = TEXTS.withhold(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            record.exc_text = TEXTS.withhold(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None      # the formatted, withheld text is what handlers print
        if record.stack_info:
            record.stack_info = TEXTS.withhold(record.stack_info)
        return record

    logging.setLogRecordFactory(factory)


def _blank_structlog_fields() -> None:
    """Rasa builds its structlog pipeline from `log_utils._anonymizer` when it configures logging (after
    this runs), so replacing that function puts ours in its place."""
    from rasa.utils import log_utils

    def anonymizer(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        for key in USER_CONTENT_FIELDS:
            if key in event_dict:
                event_dict[key] = WITHHELD
        return event_dict

    log_utils._anonymizer = anonymizer


def check_action_results_with_one_validator() -> None:
    """Rasa 3.6 checks every action server response with ``jsonschema.validate(result, schema)``, which first
    validates the (constant) schema itself against JSON Schema's metaschema and builds a new validator: 27 % of
    Rasa's busy time under bench/scale_load.py (py-spy). The same check, with the schema checked and the validator
    built once: ``validate``'s own steps (``check_schema``, ``iter_errors``, ``best_match``), same errors."""
    from jsonschema import ValidationError, exceptions, validators
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        error = exceptions.best_match(validator.iter_errors(result))
        if error is None:
            return True
        if isinstance(error, ValidationError):   # the suffix Rasa's own method adds
            error.message += (f". Failed to validate Action server response from API, make sure your response "
                              f"from the Action endpoint is valid. For more information about the format visit "
                              f"{DOCS_BASE_URL}/custom-actions")
        raise error

    RemoteAction._validate_action_result = _validate_action_result


def rasa_argv(argv: list[str], environ: dict[str, str]) -> list[str]:
    """The arguments for Rasa's CLI: ``argv`` plus the auth token from the environment or a file."""
    token = environ.get("TANDEM_RASA_TOKEN", "")
    token_file = environ.get("TANDEM_RASA_TOKEN_FILE", "")
    if not token and token_file:
        with open(token_file, encoding="utf-8") as f:
            token = f.read().strip()
    if any(a == "--auth-token" or a.startswith("--auth-token=") for a in argv):
        raise SystemExit("connectors.launch: pass the token in TANDEM_RASA_TOKEN or TANDEM_RASA_TOKEN_FILE, "
                         "not on the command line (it would show in ps)")
    # One argument with "=": a generated token may start with "-", which argparse would take for an option.
    return ["rasa", *argv, *([f"--auth-token={token}"] if token else [])]


def main() -> None:
    install()
    check_action_results_with_one_validator()
    sys.argv = rasa_argv(sys.argv[1:], dict(os.environ))
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
