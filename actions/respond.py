"""The one custom action Rasa calls for every follower message.

Thin by design: it reads the tracker into a `Turn`, lets `actions.turn.respond` decide, and turns the
`Reply` back into bot messages and events. Citations travel in a custom payload next to the text,
so channels that only show text still show the readable source line inside it.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.turn import Reply, Turn, respond
from handoff.detector import Conversation, Detector
from handoff.rules import load_rules
from inbox import spam
from inbox.db import session_factory
from inbox.models import now
from inbox.notices import handover_notice
from inbox.queue import enqueue, position
from knowledge.answering import Answerer
from knowledge.embedder import get_embedder
from knowledge.factory import build_answerer
from knowledge.gaps import GapLogger
from privacy.redact import install_log_redaction
from safety import gate
from safety.injection import GuardedAnswerer
from tandem.settings import get_settings

log = logging.getLogger(__name__)
install_log_redaction()
HISTORY_TURNS = 6


@lru_cache(maxsize=1)
def base_answerer() -> Answerer:
    return build_answerer(get_settings())


@lru_cache(maxsize=1)
def answerer() -> GuardedAnswerer:
    """Answers never quote hidden markup or instructions; declines and weak answers become content gaps."""
    return GuardedAnswerer(GapLogger(base_answerer(), get_settings()))


@lru_cache(maxsize=1)
def detector() -> Detector:
    """Shares the knowledge base's embedding model instead of loading a second copy."""
    return Detector(load_rules(), embed=get_embedder().embed)


def turn_from_tracker(tracker: Tracker) -> Turn:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    users = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    bots = [e for e in tracker.events if e.get("event") == "bot"]
    return Turn(
        text=latest.get("text") or "",
        intent=intent.get("name"),
        intent_confidence=float(intent.get("confidence") or 0.0),
        previous_user_messages=tuple(users[:-1][-HISTORY_TURNS:]),
        language=tracker.get_slot("language"),
        bot_failures=int(tracker.get_slot("bot_failures") or 0),
        offered_handover=bool(bots) and _kind(bots[-1]) == "decline",
        first_reply=not bots,
    )


def _kind(bot_event: dict[str, Any]) -> str | None:
    custom = (bot_event.get("data") or {}).get("custom") or {}
    return (custom.get("tandem") or {}).get("kind") if isinstance(custom, dict) else None


def payload(reply: Reply) -> dict[str, Any]:
    handoff = None
    if reply.detection is not None and reply.handover:
        handoff = {"reasons": list(reply.detection.reasons), "priority": reply.detection.priority,
                   "explanation": reply.detection.explanation}
    return {"tandem": {"kind": reply.kind, "citations": reply.citations, "sources": reply.sources,
                       "handoff": handoff, "language": reply.language}}


class ActionRespond(Action):
    def name(self) -> str:
        return "action_respond"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        settings = get_settings()
        turn = turn_from_tracker(tracker)
        allowed = gate.check(tracker.sender_id, turn.text, turn.language)
        if allowed.flags:
            self.flag_spam(tracker, turn, allowed.flags)
        if not allowed.answer:
            log.info("not answering %s: %s", tracker.sender_id, ", ".join(allowed.flags))
            if allowed.notice:
                dispatcher.utter_message(text=allowed.notice)
            return []
        reply = respond(turn, answerer(), detector(), max_chars=settings.max_message_chars,
                        assistant_name=settings.assistant_name, disclosure=settings.disclosure)
        if reply.handover:
            reply.messages.append(self.queue(tracker, turn, reply))
        for text in reply.messages[:-1]:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(text=reply.messages[-1], json_message=payload(reply))
        failures = turn.bot_failures + (1 if reply.kind == "decline" else 0)
        events: list[EventType] = [SlotSet("language", reply.language), SlotSet("bot_failures", float(failures))]
        if reply.handover:
            events.append(ConversationPaused())
        return events

    @staticmethod
    def flag_spam(tracker: Tracker, turn: Turn, flags: tuple[str, ...]) -> None:
        """Show agents what the gate flagged (`inbox.spam`); a database hiccup must not cost the follower a reply."""
        settings = get_settings()
        try:
            with session_factory(settings.database)() as session:
                spam.flag(session, sender_id=tracker.sender_id, flags=list(flags),
                          channel=tracker.get_latest_input_channel() or "unknown", language=turn.language or "de",
                          text=turn.text)
        except SQLAlchemyError as exc:
            log.warning("could not flag %s as spam: %s", tracker.sender_id, exc)

    @staticmethod
    def queue(tracker: Tracker, turn: Turn, reply: Reply) -> str:
        """Put the conversation in the inbox queue and word the notice with the follower's place in it."""
        settings = get_settings()
        detection = reply.detection
        recent = [*turn.previous_user_messages[-2:], turn.text]
        with session_factory(settings.database)() as session:
            handover = enqueue(
                session, sender_id=tracker.sender_id, channel=tracker.get_latest_input_channel() or "unknown",
                language=reply.language, reasons=list(detection.reasons), priority=detection.priority,
                explanation=detection.explanation, summary=" / ".join(m[:200] for m in recent if m),
            )
            place = position(session, handover)
        log.info("handover %s of %s: %s", handover.id, tracker.sender_id, detection.explanation)
        return handover_notice(reply.language, place, settings, now())


if os.environ.get("TANDEM_WARMUP") == "1":
    # Load the embedder and open the store before the server reports healthy, so the first follower
    # does not wait for it.
    base_answerer().retriever.warm_up()
    base_answerer().answer("warm-up", "en")
    detector().detect("warm-up", Conversation(previous_user_messages=[]), "en")
