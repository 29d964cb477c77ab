"""Whether the message being handled was stored, so a channel can answer 503 instead of acknowledging a lost one.

Rasa 3.6 hides both kinds of failure from its channels: it wraps the tracker store in its `FailSafeTrackerStore`,
which logs a failed save and keeps the conversation in process memory (gone with the process), or reads "no
conversation" when a read fails; and its REST channel answers 200 even when handling the message raised. A
platform (or a follower's client) that gets a 200 does not send again, so the message would be acknowledged and
lost. Here the message's handling carries an `Outcome` in a context variable: our tracker store
(`stores.URLTrackerStore`) records on it that a save or read failed for good (after ``TANDEM_TRACKER_RETRY_S``),
and the channels' guard (`guarded.guard`) records any exception Rasa raised; then the guard raises
`HandlingFailed`, and the REST channel and the messaging connectors answer 503 with ``Retry-After``, so the
message is sent again once the store is back.

A context variable because Rasa awaits the tracker store in the same task as the channel's handler (no task hop
between `on_new_message` and `TrackerStore.save`), while other conversations are handled concurrently in their
own tasks: each sees only its own outcome. Standard library only: it runs in Rasa's process.
"""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import List, Optional

RETRY_AFTER_S = 5


class HandlingFailed(RuntimeError):
    """The message was not handled and not stored: the channel must not acknowledge it."""


@dataclass
class Outcome:
    failures: List[str] = field(default_factory=list)
    parent: Optional["Outcome"] = None     # the REST request's outcome around one message's
    message: bool = True                   # one message's handling (the guard's), not a whole request's

    def fail(self, reason: str) -> None:
        self.failures.append(reason)
        if self.parent is not None:
            self.parent.fail(reason)

    @property
    def failed(self) -> bool:
        return bool(self.failures)


CURRENT: ContextVar[Optional[Outcome]] = ContextVar("tandem_message_outcome", default=None)


def record_failure(reason: str) -> None:
    """Note on the message being handled (if any) that it was not stored."""
    outcome = CURRENT.get()
    if outcome is not None:
        outcome.fail(reason)


def current_failed() -> bool:
    """Whether the message being handled already failed. Only a message's own outcome counts: Sanic serves the
    requests of one keep-alive connection in one task, so a finished request's outcome may still be in the context
    when the Tandem API's next request on that connection (e.g. appending an agent's reply) saves a tracker."""
    outcome = CURRENT.get()
    return outcome is not None and outcome.message and outcome.failed
