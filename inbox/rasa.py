"""The inbox's calls to Rasa's HTTP API: read a transcript, send an agent's message, give the chat back.

Measured behaviour (see the shared Rasa 3.6 notes): an agent message is a ``bot`` event appended with
``execute_side_effects=true&output_channel=latest`` — Rasa then pushes it through the follower's last
input channel (socket.io for the web chat). Resuming appends ``resume`` *and* ``action_listen``; without
the latter the next prediction goes wrong. ``/execute`` and ``/trigger_intent`` are avoided on purpose.
"""
from __future__ import annotations

import threading
from typing import Any
from urllib.parse import quote

import httpx

TIMEOUT_S = 10.0
# Channels whose output Rasa can push to; REST replies only answer a request, so an agent message to a REST
# conversation is stored in the tracker but reaches nobody.
PUSH_CHANNELS = frozenset({"socketio", "callback", "messenger", "instagram", "whatsapp", "facebook", "telegram",
                           "twilio", "slack", "mattermost", "rocketchat", "botframework", "hangouts", "webexteams"})


_clients: dict[float, httpx.Client] = {}
_clients_lock = threading.Lock()


def _http(timeout_s: float) -> httpx.Client:
    """One pooled client per process: creating an httpx client builds an SSL context (about 60 ms of CPU here),
    which per request would dominate the conversation view under load. httpx clients are thread-safe."""
    with _clients_lock:
        if timeout_s not in _clients:
            # trust_env=False: Rasa is on this machine; a proxy from the environment could not reach loopback.
            _clients[timeout_s] = httpx.Client(timeout=timeout_s, trust_env=False)
        return _clients[timeout_s]


class RasaError(RuntimeError):
    """Rasa did not do what was asked (down, timed out, refused); the message says what failed."""


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout_s: float = TIMEOUT_S) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout_s = timeout_s

    def _url(self, sender_id: str, tail: str) -> str:
        # ":" stays as it is: Rasa's router does not decode the path, and the messaging channels' conversation
        # ids are "telegram:12345" (a path segment may hold a colon).
        return f"{self.base_url}/conversations/{quote(sender_id, safe=':')}/{tail}"

    def _call(self, method: str, url: str, params: dict[str, str], body: Any = None) -> Any:
        # Synchronous on purpose: the inbox routes run in FastAPI's thread pool next to their database work.
        try:
            response = _http(self.timeout_s).request(method, url, params={"token": self.token, **params}, json=body)
        except httpx.HTTPError as exc:
            raise RasaError(f"Rasa unreachable: {type(exc).__name__}") from exc
        if response.status_code != 200:
            raise RasaError(f"Rasa answered HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError as exc:
            raise RasaError("Rasa answered with something that is not JSON") from exc

    def tracker(self, sender_id: str) -> dict[str, Any]:
        return self._call("GET", self._url(sender_id, "tracker"), {"include_events": "ALL"})

    def send_message(self, sender_id: str, text: str, data: dict[str, Any] | None = None) -> None:
        event: dict[str, Any] = {"event": "bot", "text": text}
        if data:
            event["data"] = data
        self._call("POST", self._url(sender_id, "tracker/events"),
                         {"execute_side_effects": "true", "output_channel": "latest"}, [event])

    def pause(self, sender_id: str) -> None:
        """Make the bot stay silent, as a handover does (for a conversation queued for spam alone that an agent
        takes)."""
        self._call("POST", self._url(sender_id, "tracker/events"), {}, [{"event": "pause"}])

    def resume(self, sender_id: str) -> None:
        self._call("POST", self._url(sender_id, "tracker/events"), {},
                         [{"event": "resume"}, {"event": "action", "name": "action_listen"}])
