"""Whether an agent is typing to a follower right now, for the "… schreibt" line in the web chat.

The inbox page reports typing while the agent writes (at most every couple of seconds) and stops it when the
reply is sent or the agent pauses; the follower's page listens only while a person has its conversation. A
signal lapses after `TTL_S` by itself, so a closed tab or a lost connection never leaves a follower watching
"typing" forever. Kept in the API process's memory: it is worth nothing a few seconds later, and the API is one
process in every layout Tandem starts (`tandem run`, `--scale`, compose).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

TTL_S = 6.0


@dataclass(frozen=True)
class Typing:
    agent: str
    until: float


class TypingBoard:
    def __init__(self, ttl_s: float = TTL_S, clock=time.monotonic) -> None:  # noqa: ANN001 (a clock function)
        self.ttl_s = ttl_s
        self._clock = clock
        self._by_sender: dict[str, Typing] = {}
        self._lock = threading.Lock()

    def start(self, sender_id: str, agent: str) -> None:
        moment = self._clock()
        with self._lock:
            self._by_sender = {k: v for k, v in self._by_sender.items() if v.until > moment}
            self._by_sender[sender_id] = Typing(agent, moment + self.ttl_s)

    def stop(self, sender_id: str) -> None:
        with self._lock:
            self._by_sender.pop(sender_id, None)

    def who(self, sender_id: str) -> str | None:
        """The agent typing to ``sender_id`` (their shown name), or None."""
        with self._lock:
            typing = self._by_sender.get(sender_id)
        return typing.agent if typing is not None and typing.until > self._clock() else None


def typing_board(app) -> TypingBoard:  # noqa: ANN001 (a FastAPI/Starlette app)
    """One per app, like the sign-in throttle: separately built apps (tests) keep separate boards."""
    if not hasattr(app.state, "typing"):
        app.state.typing = TypingBoard()
    return app.state.typing
