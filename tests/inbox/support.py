"""Helpers for the inbox tests: a temp database, a stand-in for Rasa, signed-in users and queued handovers.

Shared by ``tests/inbox`` and ``tests/api/test_api_inbox*.py`` (import ``tests.inbox.support``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.deps import rasa_client
from api.main import create_app
from inbox.auth import create_user, issue_token
from database.engine import session_factory
from inbox.models import Handover
from inbox.queue import enqueue
from inbox.rasa import RasaError
from tandem.settings import Settings

PASSWORD = "correct horse battery"


@dataclass
class FakeRasa:
    """Records what the inbox asks of Rasa; answers trackers from ``trackers``; ``down`` makes every call fail."""

    trackers: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: list[tuple[str, str, dict[str, Any] | None]] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    paused: list[str] = field(default_factory=list)
    down: bool = False

    def _check(self) -> None:
        if self.down:
            raise RasaError("Rasa unreachable: ConnectError")

    def tracker(self, sender_id: str) -> dict[str, Any]:
        self._check()
        return self.trackers.get(sender_id, {"sender_id": sender_id, "slots": {}, "events": []})

    def send_message(self, sender_id: str, text: str, data: dict[str, Any] | None = None) -> None:
        self._check()
        self.sent.append((sender_id, text, data))

    def resume(self, sender_id: str) -> None:
        self._check()
        self.resumed.append(sender_id)

    def pause(self, sender_id: str) -> None:
        self._check()
        self.paused.append(sender_id)

    def everything_sent(self) -> str:
        return "\n".join(f"{text} {data}" for _sender, text, data in self.sent)


class InboxEnv:
    """An API app on a temp SQLite database with a fake Rasa; helpers return auth headers."""

    def __init__(self, data_dir: Path, kb_dir: Path | None = None) -> None:
        self.settings = Settings(data_dir=data_dir, rasa_token="internal-token",
                                 **({"kb_dir": kb_dir} if kb_dir is not None else {}))
        self.rasa = FakeRasa()
        app = create_app(self.settings)
        app.dependency_overrides[rasa_client] = lambda: self.rasa
        self.client = TestClient(app)
        self.sessions = session_factory(self.settings.database)

    def user(self, name: str, role: str = "agent", display_name: str = "") -> dict[str, str]:
        """Create the user directly in the database and return headers with a fresh token."""
        with self.sessions() as session:
            user = create_user(session, name, PASSWORD, role, display_name)
            token = issue_token(session, user).token
        return {"Authorization": f"Bearer {token}"}

    def handover(self, sender: str = "follower-1", *, priority: int = 50, reasons: tuple[str, ...] = ("emotional",),
                 channel: str = "socketio", language: str = "de") -> int:
        with self.sessions() as session:
            return enqueue(session, sender_id=sender, channel=channel, language=language, reasons=list(reasons),
                           priority=priority, explanation="angry: shouting", summary=f"summary of {sender}").id

    def get_handover(self, handover_id: int) -> Handover:
        with self.sessions() as session:
            return session.get(Handover, handover_id)

    def claimed(self, headers: dict[str, str], sender: str = "follower-1", **kwargs: Any) -> int:
        handover_id = self.handover(sender, **kwargs)
        response = self.client.post(f"/api/inbox/handovers/{handover_id}/claim", headers=headers)
        assert response.status_code == 200, response.text
        return handover_id


def tracker_with(sender: str, *events: dict[str, Any], slots: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"sender_id": sender, "slots": slots or {}, "events": list(events)}


def cheap_hashing(monkeypatch: Any) -> None:
    """Tests create many users; the scrypt cost is lowered (the hash records its cost, so verifying still works)."""
    monkeypatch.setattr("inbox.auth.SCRYPT_N", 2**8)
