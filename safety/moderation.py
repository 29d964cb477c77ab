"""Spam checks on incoming messages: link floods and the same message sent again and again.

Pure standard library (Python 3.8+), like `safety.ratelimit`, so it runs in the action server or, copied,
in the Rasa connector. Insults and hate are not handled here: they go to the escalation detector
(`handoff/`), which hands them to a person as "emotional" rather than answering them.

    moderator = Moderator()
    verdict = moderator.check(sender_id, text)
    verdict.answer  -> False: do not answer this message (a repeat, or part of a flood)
    verdict.flag    -> True: mark the conversation as spam in the inbox (verdict.reasons says why)
"""
from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, Deque, List, Optional, Tuple

_URL = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]{0,62}\.(?:com|net|org|info|biz|io|ru|cn|xyz|top|de|at|ch|"
    r"co|me|ly|gl|link|click|shop|online|site|app)(?:/\S*)?\b")
_NOISE = re.compile(r"[\W_]+", re.UNICODE)
_RUN = re.compile(r"(.)\1{24,}", re.S)


@dataclass(frozen=True)
class Verdict:
    answer: bool = True
    flag: bool = False
    reasons: Tuple[str, ...] = ()


@dataclass
class _History:
    seen: Deque[Tuple[float, str, int]] = field(default_factory=deque)   # (time, text fingerprint, links)


def count_links(text: str) -> int:
    return len(_URL.findall(text or ""))


def fingerprint(text: str) -> str:
    """Case, spacing and punctuation do not make a message new ("KAUFEN!!!" == "kaufen")."""
    folded = _NOISE.sub(" ", (text or "").casefold()).strip()
    return hashlib.sha256(folded.encode()).hexdigest()[:16]


class Moderator:
    """Per-sender memory of recent messages (bounded) and the rules:

    - ``links``: one message with ``max_links`` or more links is flagged and not answered;
    - ``link_flood``: ``flood_links`` links within ``window_s`` from one sender: flagged, not answered;
    - ``repeated``: the same text for the ``repeat_limit``-th time within ``window_s``: flagged, not answered
      (the first repeat is still answered: people do resend when nothing seemed to happen);
    - ``noise``: a run of 25+ identical characters: flagged (answered: the bot's reply is harmless).
    """

    def __init__(self, max_links: int = 3, flood_links: int = 5, repeat_limit: int = 3, window_s: float = 600.0,
                 max_senders: int = 100_000, clock: Optional[Callable[[], float]] = None) -> None:
        self.max_links = max_links
        self.flood_links = flood_links
        self.repeat_limit = repeat_limit
        self.window_s = window_s
        self.max_senders = max_senders
        self.clock = clock or time.monotonic
        self._history: "OrderedDict[str, _History]" = OrderedDict()
        self._lock = threading.Lock()

    def check(self, sender: str, text: str) -> Verdict:
        now = self.clock()
        links = count_links(text)
        mark = fingerprint(text)
        with self._lock:
            history = self._history.pop(sender, None) or _History()
            while history.seen and now - history.seen[0][0] > self.window_s:
                history.seen.popleft()
            history.seen.append((now, mark, links))
            while len(history.seen) > 50:
                history.seen.popleft()
            self._history[sender] = history
            while len(self._history) > self.max_senders:
                self._history.popitem(last=False)
            same = sum(1 for _t, m, _l in history.seen if m == mark)
            recent_links = sum(n for _t, _m, n in history.seen)
        reasons: List[str] = []
        if links >= self.max_links:
            reasons.append("links")
        elif links and recent_links >= self.flood_links:
            reasons.append("link_flood")
        if same >= self.repeat_limit and mark != fingerprint(""):
            reasons.append("repeated")
        if _RUN.search(text or ""):
            reasons.append("noise")
        silent = any(r in ("links", "link_flood", "repeated") for r in reasons)
        return Verdict(answer=not silent, flag=bool(reasons), reasons=tuple(reasons))

    def forget(self, sender: str) -> None:
        """For a GDPR delete: drop what is remembered about ``sender`` (in memory only)."""
        with self._lock:
            self._history.pop(sender, None)
