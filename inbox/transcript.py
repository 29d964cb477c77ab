"""Turning a Rasa tracker into what an agent reads: follower, bot (with cited sources) and agent messages.

Agent messages are bot events too (that is how they reach the follower's channel); Tandem marks them with
``data.custom.tandem.kind == "agent"`` when it sends them, which is how they are told apart here.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

AGENT_KIND = "agent"
RATING_KIND = "rating_prompt"
# The rating link's token is the follower's permission to rate: an agent reading the transcript must not hold it.
RATING_LINK = re.compile(r"https?://\S+/rate/[A-Za-z0-9_-]+")
RATING_LINK_SHOWN = "[rating link]"
NEUTRALISER = "\u200b"  # put in front of "/…" by the channel guard; not part of what the follower wrote
NAME_SLOTS = ("follower_name", "name", "first_name")
MAX_ENTRIES = 500


@dataclass
class Entry:
    role: str                      # "follower", "bot" or "agent"
    text: str
    at: str | None
    agent: str | None = None
    sources: list[dict[str, str]] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    handoff: bool = False
    kind: str = ""                 # Tandem's kind of a bot message: agent_joined, queue_notice, rating_prompt, …

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _when(timestamp: Any) -> str | None:
    try:
        return datetime.fromtimestamp(float(timestamp), tz=timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _tandem(event: dict[str, Any]) -> dict[str, Any]:
    custom = (event.get("data") or {}).get("custom")
    tandem = custom.get("tandem") if isinstance(custom, dict) else None
    return tandem if isinstance(tandem, dict) else {}


def _sources(tandem: dict[str, Any]) -> list[dict[str, str]]:
    found = []
    for source in tandem.get("sources") or []:
        if isinstance(source, dict) and (source.get("title") or source.get("id")):
            found.append({key: str(source.get(key) or "") for key in ("id", "title", "section", "url")})
    return found


def entries(tracker: dict[str, Any]) -> list[Entry]:
    """Messages in order; a bot message that only carries the payload (no text) adds its sources to the last one."""
    result: list[Entry] = []
    for event in tracker.get("events") or []:
        kind = event.get("event")
        text = event.get("text") if isinstance(event.get("text"), str) else ""
        if kind == "user":
            result.append(Entry("follower", text.removeprefix(NEUTRALISER), _when(event.get("timestamp"))))
        elif kind == "bot":
            tandem = _tandem(event)
            if tandem.get("kind") == AGENT_KIND:
                result.append(Entry("agent", text, _when(event.get("timestamp")), agent=str(tandem.get("agent") or "")))
                continue
            citations = [c for c in tandem.get("citations") or [] if isinstance(c, str)]
            kind = str(tandem.get("kind") or "")[:32]
            if kind == RATING_KIND:
                text = RATING_LINK.sub(RATING_LINK_SHOWN, text)
            if text:
                result.append(Entry("bot", text, _when(event.get("timestamp")), kind=kind))
            if result and result[-1].role == "bot":
                result[-1].sources += _sources(tandem)
                result[-1].citations += citations
                result[-1].handoff = result[-1].handoff or bool(tandem.get("handoff"))
    return result[-MAX_ENTRIES:]


def with_notices(transcript: list[Entry], notices: list[tuple[str, str]]) -> list[Entry]:
    """The transcript with the queue notices the inbox recorded (``(at ISO, text)``) in time order: the channel
    sent them, so the tracker lacks them, but the agent should read what the follower was told."""
    added = [Entry("bot", text, at, kind="queue_notice") for at, text in notices]
    if not added:
        return transcript
    merged = sorted(transcript + added, key=lambda e: datetime.fromisoformat(e.at).timestamp() if e.at else 0.0)
    return merged[-MAX_ENTRIES:]


def follower_name(tracker: dict[str, Any]) -> str | None:
    """The follower's name if any channel or form put it in a slot; None otherwise (most web chats)."""
    slots = tracker.get("slots") or {}
    for slot in NAME_SLOTS:
        value = slots.get(slot)
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return None


def agent_message_data(agent_name: str) -> dict[str, Any]:
    """The ``data`` of the bot event that carries an agent's message."""
    return {"custom": {"tandem": {"kind": AGENT_KIND, "agent": agent_name}}}
