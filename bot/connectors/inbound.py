"""What a follower's message must look like before Rasa sees it, and what the follower hears when the bot cannot
answer. Standard library only (no Rasa import), so it runs in Rasa's process and the Tandem tests load it too.

Rasa's REST channel reads ``request.json`` itself: an empty body, a JSON array or a non-string message became an
HTTP 500 with a traceback in the log, a missing sender joined Rasa's shared ``"default"`` conversation, and a
sender id over 255 characters (the tracker store's column) lost the follower's waiting messages. Each of these is
answered 400 with the reason at the door instead.
"""
import json
import os
from typing import Any, Mapping, Optional, Tuple

MAX_SENDER_CHARS = 255          # Rasa's SQL tracker store keeps sender ids in a VARCHAR(255)
DEFAULT_MAX_MESSAGE_CHARS = 2000  # tandem.settings.max_message_chars (a test checks they agree)

# The action server is down or hung: Rasa answers nothing at all (HTTP 200 with []), so the follower would wait
# in silence. Said in both languages because without the action server we do not know the conversation's.
ACTION_DOWN_NOTICE = ("Einen Moment bitte – ich bin gleich wieder da. Bitte versuch es in ein paar Sekunden noch "
                      "einmal. / One moment, please – I'll be right back. Please try again in a few seconds.")


def max_message_chars(env: Optional[Mapping[str, str]] = None) -> int:
    raw = (os.environ if env is None else env).get("TANDEM_MAX_MESSAGE_CHARS", "")
    try:
        value = int(raw) if raw.strip() else DEFAULT_MAX_MESSAGE_CHARS
    except ValueError:
        value = DEFAULT_MAX_MESSAGE_CHARS
    return value if value > 0 else DEFAULT_MAX_MESSAGE_CHARS


def check_rest_body(raw: bytes) -> Tuple[Optional[dict], Optional[str]]:
    """The parsed body of a REST webhook request, or the reason it is refused (for an HTTP 400)."""
    if not raw or not raw.strip():
        return None, "empty body: send a JSON object with 'sender' and 'message'"
    try:
        body: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None, "the body is not valid JSON"
    if not isinstance(body, dict):
        return None, f"the body must be a JSON object, not {_json_type(body)}"
    sender = body.get("sender")
    if sender is None or sender == "":
        return None, "'sender' is missing or empty: every conversation needs its own id"
    if not isinstance(sender, str):
        return None, f"'sender' must be a string, not {_json_type(sender)}"
    if not sender.strip():
        return None, "'sender' is blank"
    if len(sender) > MAX_SENDER_CHARS:
        return None, f"'sender' is {len(sender)} characters long (at most {MAX_SENDER_CHARS})"
    if "message" not in body or body["message"] is None:
        return None, "'message' is missing"
    if not isinstance(body["message"], str):
        return None, f"'message' must be a string, not {_json_type(body['message'])}"
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return None, f"'metadata' must be a JSON object, not {_json_type(metadata)}"
    return body, None


def cut(text: Any, limit: int) -> Any:
    """A message cut to ``limit`` characters, so NLU never runs over a megabyte of text."""
    return text[:limit] if isinstance(text, str) and len(text) > limit else text


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return "null"
