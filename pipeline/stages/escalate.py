"""escalate: hand the conversation to a person when the detector says so, or when the follower accepts the
bot's offer of one."""
from __future__ import annotations

import re
from typing import ClassVar, Protocol

from handoff.detector import Conversation, Detection
from pipeline.state import Reply, TurnState

_AFFIRMATIVE = re.compile(r"^\s*(ja|jap|jo|gerne?|bitte|ja,? bitte|ja gerne|okay|ok|yes|yeah|yep|sure|please|yes,? please)\s*[.!🙏👍]*\s*$", re.I)


class DetectsHandovers(Protocol):
    def detect(self, text: str, conversation: Conversation, lang: str) -> Detection: ...

    def safety_reply(self, lang: str, detection: Detection) -> str | None: ...


class Escalate:
    name: ClassVar[str] = "escalate"
    always: ClassVar[bool] = False

    def __init__(self, detector: DetectsHandovers) -> None:
        self.detector = detector

    def run(self, state: TurnState) -> TurnState:
        turn = state.turn
        conversation = Conversation(previous_user_messages=list(turn.previous_user_messages),
                                    bot_failures=turn.bot_failures,
                                    previous_bot_turns=tuple(turn.previous_bot_turns))
        detection = self.detector.detect(state.text, conversation, state.lang)
        if not detection.handover and turn.offered_handover and _AFFIRMATIVE.match(state.text):
            detection = Detection(reasons=["human_request"], priority=detection.priority or 1,
                                  explanation="human_request: accepted the bot's offer of a person")
        state.detection = detection
        if detection.handover:
            safety = self.detector.safety_reply(state.lang, detection)
            state.reply = Reply("handover", state.lang, [safety] if safety else [], detection=detection)
            state.note(self.name, "handover", detection.explanation)
        else:
            state.note(self.name, "stay", detection.explanation)
        return state
