"""Fixtures for the API tests: apps bound to chosen ports, and a stand-in for Rasa and the action server."""
from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from tandem.settings import Settings
from tests.inbox.support import InboxEnv, cheap_hashing


def free_port() -> int:
    """A port nothing listens on, so probes against it are refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _StackStandIn(BaseHTTPRequestHandler):
    """Answers the two probe paths the way Rasa (``/``) and the action server (``/health``) do."""

    def do_GET(self) -> None:
        if self.path in ("/", "/health"):
            body = b"Hello from Rasa: 3.6.21" if self.path == "/" else b'{"status": "ok"}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def stack_port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StackStandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    """Build a client for an app with the given settings overrides; ports default to dead ones."""
    clients: list[TestClient] = []

    def build(**overrides: object) -> TestClient:
        fields: dict[str, object] = {"host": "127.0.0.1", "rasa_port": free_port(), "action_port": free_port()}
        fields.update(overrides)
        client = TestClient(create_app(Settings(**fields)))
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()


@pytest.fixture
def env(tmp_path, monkeypatch) -> InboxEnv:
    """The API over a fresh inbox database, with cheap password hashing (the kb and events tests bring their own)."""
    cheap_hashing(monkeypatch)
    return InboxEnv(tmp_path)
