"""Conversation signals: what the whole exchange says beyond the current message.

No public corpus labels whole customer-service conversations, so these are not learned: each is a named
signal the rules in ``rules.yml`` can use like a phrase group (in a trigger or with a weight in a reason's
score), switchable and measurable (``bench/detector.py --bot-replies``). They are computed from what the
action server knows at the time of the turn (``Conversation``: the follower's earlier messages and the
bot's earlier replies with their kind):

``bot_declined``       the bot's previous reply said it could not answer;
``bot_answered``       the bot's previous reply was an answer from the knowledge base;
``bot_repeated``       the bot's previous reply (nearly) repeats one of its replies before it: it is going
                       round in circles, whatever the follower writes next;
``user_repeats``       the current message (nearly) repeats one of the follower's earlier messages, by
                       words or by meaning: the question was not answered the first time;
``worsening``          the follower's negativity (the rules' emotional score, plus the learned model's
                       probability when it is on) rises over the last turns and peaks now;
``long_conversation``  the follower has written ``long_conversation_turns`` messages or more without
                       being helped to the end.

Why signals and not a second classifier: staff must be able to read why a conversation was handed over,
and with a handful of multi-turn examples per company a hand-weighted, named signal can be checked case
by case where fitted weights could not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class BotTurn:
    """One earlier bot reply: its kind (answer, decline, smalltalk, handover, … or None when unknown) and
    its text (the reply's messages joined)."""

    kind: str | None
    text: str


def words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more: what 'the same words' means for repeats."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 2)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def bot_repeated(bot_turns: Sequence[BotTurn], overlap: float, lookback: int = 3) -> bool:
    """The last bot reply shares at least ``overlap`` of its words with one of the ``lookback`` replies
    before it. Replies of fewer than five words ("Gern!") never count: short courtesies repeat by design."""
    if len(bot_turns) < 2:
        return False
    last = words(bot_turns[-1].text)
    if len(last) < 5:
        return False
    return any(jaccard(last, words(earlier.text)) >= overlap for earlier in bot_turns[-1 - lookback:-1])


def user_repeats(current: str, previous: Sequence[str], overlap: float, similarity: float, min_words: int,
                 similar: Callable[[str, str], float | None] | None = None) -> str | None:
    """Evidence when ``current`` repeats an earlier follower message (last five): word overlap at least
    ``overlap``, or sentence-embedding cosine at least ``similarity`` when ``similar`` is given."""
    now = words(current)
    if len(now) < min_words:
        return None
    for earlier in reversed(list(previous)[-5:]):
        then = words(earlier)
        if len(then) < min_words:
            continue
        share = jaccard(now, then)
        if share >= overlap:
            return f"repeats an earlier message ({share:.0%} same words)"
        if similar is not None:
            cos = similar(current, earlier)
            if cos is not None and cos >= similarity:
                return f"repeats an earlier message (similarity {cos:.2f})"
    return None


def worsening(series: Sequence[float], min_turns: int, min_rise: float) -> str | None:
    """Evidence when the last value is the highest of the last ``min_turns`` or more values, positive,
    and at least ``min_rise`` above the first of them: the follower is getting more upset, not just
    staying mildly annoyed (which the ``trend`` signal covers)."""
    if len(series) < max(min_turns, 2):
        return None
    current, earlier = series[-1], list(series[:-1])
    if current <= 0 or current <= max(earlier) or current - earlier[0] < min_rise:
        return None
    return f"negativity {' → '.join(f'{x:g}' for x in series)}"
