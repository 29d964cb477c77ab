"""The one custom action Rasa calls for every follower message.

Thin by design: it reads the tracker into a `Turn`, runs the turn pipeline (`pipeline.build`), and turns the
`Reply` back into bot messages and events; the side effects that need the inbox (flagging spam, queueing a
handover) happen here. Citations travel in a custom payload next to the text, so channels that only show
text still show the readable source line inside it.
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

from inbox import spam
from database.engine import session_factory
from inbox.models import now
from inbox.notices import handover_notice
from inbox.queue import enqueue, position
from insights.record import from_state, new_reply_id, record_turn_later
from handoff.detector import BotTurn
from pipeline.build import build_turn_pipeline
from pipeline.core import Pipeline
from pipeline.state import Reply, Turn, TurnState
from privacy.redact import install_log_redaction
from tandem.settings import get_settings

log = logging.getLogger(__name__)
install_log_redaction()
HISTORY_TURNS = 6


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return build_turn_pipeline(get_settings())


def since_handover(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events after the last handover (pause) or return to the bot (resume): a conversation a person had
    starts over, so failures and messages from before it do not hand it over again as repeated_failure."""
    last = max((i for i, e in enumerate(events) if e.get("event") in ("pause", "resume")), default=-1)
    return events[last + 1:]


def turn_from_tracker(tracker: Tracker) -> Turn:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    recent = since_handover(tracker.events)
    users = [e.get("text") or "" for e in recent if e.get("event") == "user"]
    bots = [e for e in tracker.events if e.get("event") == "bot"]
    handed_over = len(recent) < len(tracker.events)
    counted_since = any(e.get("event") == "slot" and e.get("name") == "bot_failures" for e in recent)
    return Turn(
        text=latest.get("text") or "",
        intent=intent.get("name"),
        intent_confidence=float(intent.get("confidence") or 0.0),
        previous_user_messages=tuple(users[:-1][-HISTORY_TURNS:]),
        language=tracker.get_slot("language"),
        bot_failures=int(tracker.get_slot("bot_failures") or 0) if counted_since or not handed_over else 0,
        offered_handover=bool(bots) and _kind(bots[-1]) == "decline",
        last_reply_kind=_kind(bots[-1]) if bots else None,
        first_reply=not bots,
        sender_id=tracker.sender_id,
        previous_bot_turns=bot_turns(recent)[-HISTORY_TURNS:],
    )


def bot_turns(events: list[dict[str, Any]]) -> tuple[BotTurn, ...]:
    """The bot's reply to each earlier follower message: its kind and its messages' text (for the
    detector's conversation signals: declined, repeated itself)."""
    turns: list[list[dict[str, Any]]] = []
    for e in events:
        if e.get("event") == "user":
            turns.append([])
        elif e.get("event") == "bot" and turns:
            turns[-1].append(e)
    return tuple(BotTurn(next((k for b in reversed(t) if (k := _kind(b))), None),
                         "\n".join(b.get("text") or "" for b in t)) for t in turns if t)


def follower_name_events(tracker: Tracker) -> list[EventType]:
    """The follower's name as the messaging platform gave it (``display_name`` in the message metadata, set by the
    connectors in bot/connectors/), kept in the ``follower_name`` slot where the inbox shows it."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    metadata = (users[-1].get("metadata") if users else None) or (tracker.latest_message or {}).get("metadata") or {}
    name = metadata.get("display_name") if isinstance(metadata, dict) else None
    if not isinstance(name, str) or not name.strip() or name.strip()[:80] == tracker.get_slot("follower_name"):
        return []
    return [SlotSet("follower_name", name.strip()[:80])]


def _kind(bot_event: dict[str, Any]) -> str | None:
    custom = (bot_event.get("data") or {}).get("custom") or {}
    return (custom.get("tandem") or {}).get("kind") if isinstance(custom, dict) else None


def payload(state: TurnState, reply_id: str | None = None) -> dict[str, Any]:
    reply = state.reply
    handoff = None
    if reply.detection is not None and reply.handover:
        handoff = {"reasons": list(reply.detection.reasons), "priority": reply.detection.priority,
                   "explanation": reply.detection.explanation}
    body = {"kind": reply.kind, "citations": reply.citations, "sources": reply.sources,
            "handoff": handoff, "language": reply.language}
    if reply_id:
        body["reply_id"] = reply_id     # the web chat sends it back with a thumbs-down (insights)
    if get_settings().trace_replies:
        body["trace"] = [entry.as_dict() for entry in state.trace]
        if state.llm_placeholders:
            body["llm_placeholders"] = state.llm_placeholders
    return {"tandem": body}


class ActionRespond(Action):
    def name(self) -> str:
        return "action_respond"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        turn = turn_from_tracker(tracker)
        state = pipeline().run(TurnState(turn=turn))
        reply = state.reply
        if state.gate_flags:
            self.flag_spam(tracker, turn, state.gate_flags)
        if reply is None or reply.kind == "blocked":
            log.info("not answering %s: %s", tracker.sender_id, ", ".join(state.gate_flags))
            for text in reply.messages if reply else []:
                dispatcher.utter_message(text=text)
            return follower_name_events(tracker)
        if reply.handover:
            reply.messages.append(self.queue(tracker, turn, reply))
        reply_id = new_reply_id() if reply.kind == "answer" else None
        record_turn_later(get_settings().database, from_state(
            state, tracker.sender_id, tracker.get_latest_input_channel() or "unknown", reply_id))
        for text in reply.messages[:-1]:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(text=reply.messages[-1], json_message=payload(state, reply_id))
        failures = 0 if reply.handover else turn.bot_failures + (1 if reply.kind == "decline" else 0)
        events: list[EventType] = [SlotSet("language", reply.language), SlotSet("bot_failures", float(failures))]
        events += follower_name_events(tracker)
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


def warm_up(turn_pipeline: Pipeline) -> None:
    """Load the embedder, the store and the detector before the server reports healthy, so the first follower
    does not wait for them: only the stages that load something, so no rate limit counts and no gap is recorded."""
    turn_pipeline.stage("retrieve").retriever.warm_up()
    state = TurnState(turn=Turn(text="warm-up"), text="warm-up", lang="en")
    for name in ("escalate", "retrieve", "decide", "compose"):
        state = turn_pipeline.stage(name).run(state)


if os.environ.get("TANDEM_WARMUP") == "1":
    warm_up(pipeline())
