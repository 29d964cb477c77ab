"""One follower message in, the bot's reply out: smalltalk, a cited answer, a decline or a handover.

Plain functions over plain data so the whole decision can be tested without Rasa. The Rasa action
(`actions/respond.py`) only translates between the tracker and these types.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import Protocol

from handoff.detector import Conversation, Detection
from knowledge.answering import Answer
from knowledge.language import detect_language
from safety.others_data import asks_for_others_data

from actions import wording

SMALLTALK_INTENTS = ("greet", "goodbye", "thanks", "bot_challenge", "capabilities")
SMALLTALK_MIN_CONFIDENCE = 0.5
SMALLTALK_MAX_WORDS = {"greet": 4, "goodbye": 9, "thanks": 7, "bot_challenge": 12, "capabilities": 8}
NEUTRALISER = "\u200b"
_AFFIRMATIVE = re.compile(r"^\s*(ja|jap|jo|gerne?|bitte|ja,? bitte|ja gerne|okay|ok|yes|yeah|yep|sure|please|yes,? please)\s*[.!🙏👍]*\s*$", re.I)
_WORD = re.compile(r"\w+", re.UNICODE)


class AnswersQuestions(Protocol):
    def answer(self, question: str, lang: str, context: str = "") -> Answer: ...


class DetectsHandovers(Protocol):
    def detect(self, text: str, conversation: Conversation, lang: str) -> Detection: ...

    def safety_reply(self, lang: str, detection: Detection) -> str | None: ...


@dataclass(frozen=True)
class Turn:
    text: str
    intent: str | None = None
    intent_confidence: float = 0.0
    previous_user_messages: tuple[str, ...] = ()
    language: str | None = None
    bot_failures: int = 0
    offered_handover: bool = False
    first_reply: bool = False


@dataclass
class Reply:
    kind: str  # smalltalk | answer | decline | handover | empty
    language: str
    messages: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    detection: Detection | None = None

    @property
    def handover(self) -> bool:
        return self.kind == "handover"


def clean_text(text: str | None, max_chars: int) -> tuple[str, bool]:
    """Follower text as the bot should read it: no zero-width or control characters, bounded length."""
    text = (text or "").replace(NEUTRALISER, "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    truncated = len(text) > max_chars
    return (text[:max_chars], truncated)


def is_readable(text: str) -> bool:
    """Mostly letters/digits/emoji/punctuation; base64 blobs and mojibake are not a question."""
    if not text:
        return False
    letters = sum(ch.isalpha() for ch in text)
    if _WORD.search(text) is None:
        return True
    longest = max((len(w) for w in text.split()), default=0)
    return letters / max(len(text), 1) > 0.3 and longest < 60


def is_smalltalk(turn: Turn, text: str) -> bool:
    """Rasa's intent, sanity-checked: "Abo kündigen?" may look like "Hallo!" to character n-grams, but a
    question of several words is not a greeting, a thank-you or a goodbye."""
    if turn.intent not in SMALLTALK_INTENTS or turn.intent_confidence < SMALLTALK_MIN_CONFIDENCE:
        return False
    words = len(_WORD.findall(text))
    if turn.intent in ("greet", "thanks", "goodbye") and "?" in text and words > 1:
        return False
    return words <= SMALLTALK_MAX_WORDS[turn.intent]


def respond(turn: Turn, answerer: AnswersQuestions, detector: DetectsHandovers, max_chars: int = 2000,
            assistant_name: str = "Tandem", disclosure: Mapping[str, str] | None = None) -> Reply:
    """Decide the reply. For a handover, `messages` holds only the safety reply (if any): the caller queues
    the conversation and adds the notice with the follower's place in the queue. ``disclosure`` is a brand's own
    wording of the first reply's AI disclosure per language (``{name}`` = the assistant's name); languages it
    lacks keep Tandem's wording."""
    text, truncated = clean_text(turn.text, max_chars)
    lang = detect_language(text, previous=turn.language)
    reply = _decide(turn, text, lang, answerer, detector)
    if truncated and reply.kind in ("answer", "decline"):
        reply.messages.insert(0, wording.pick(wording.TRUNCATED, lang))
    if turn.first_reply and reply.kind != "handover":
        table = {**wording.DISCLOSURE, **{k: v for k, v in (disclosure or {}).items() if v and v.strip()}}
        reply.messages.insert(0, table.get(lang, table["en"]).replace("{name}", assistant_name))
    return reply


def _decide(turn: Turn, text: str, lang: str, answerer: AnswersQuestions, detector: DetectsHandovers) -> Reply:
    if not text:
        return Reply("empty", lang, [wording.pick(wording.EMPTY, lang)])
    conversation = Conversation(previous_user_messages=list(turn.previous_user_messages), bot_failures=turn.bot_failures)
    detection = detector.detect(text, conversation, lang)
    if not detection.handover and turn.offered_handover and _AFFIRMATIVE.match(text):
        detection = Detection(reasons=["human_request"], priority=detection.priority or 1,
                              explanation="human_request: accepted the bot's offer of a person")
    if detection.handover:
        safety = detector.safety_reply(lang, detection)
        return Reply("handover", lang, [safety] if safety else [], detection=detection)
    if not is_readable(text):
        return Reply("empty", lang, [wording.pick(wording.UNREADABLE, lang)])
    if is_smalltalk(turn, text):
        return Reply("smalltalk", lang, [wording.SMALLTALK[turn.intent].get(lang, wording.SMALLTALK[turn.intent]["en"])])
    if asks_for_others_data(text):
        return Reply("decline", lang, [wording.pick(wording.OTHERS_DATA, lang)])
    context = " ".join(turn.previous_user_messages[-1:])
    answer = answerer.answer(text, lang, context=context)
    if not answer.confident:
        return Reply("decline", lang, [answer.text])
    return Reply("answer", lang, [answer.text], citations=list(answer.citations),
                 sources=[s.as_dict() for s in answer.sources])
