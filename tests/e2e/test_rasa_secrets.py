"""Rasa keeps secrets: its auth token is not on its command line, it answers only the web chat's origin, and
its log never holds a follower's message, also on the error path where the action server does not answer.

One Rasa is started here (through `connectors.launch`, as `tandem run` does) against an action server that
accepts connections and never answers, with a 3 s response timeout: the path that wrote the message in clear
into rasa.log before. The session stack's Rasa is checked for its command line too.
"""
from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from tandem.processes import ProcessGroup, free_port
from tandem.rasa_model import BOT_DIR, RASA_BIN, ensure_model, rasa_env
from tandem.stack import channel_env

pytestmark = pytest.mark.e2e
TOKEN = "launch-test-token-7f3a9c"
CHAT_ORIGIN = "https://chat.shop.example"
SECRET_MESSAGE = "Ich bin Zeno Quastfeld, geboren am 12.03.1971, meine Ausweisnummer ist L01X00T47"
RASA_PYTHON = RASA_BIN.with_name("python")


class SilentActionServer:
    """Accepts every connection, reads the request and never answers: a hung action server."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture(scope="module")
def hung_rasa(tmp_path_factory):
    data = tmp_path_factory.mktemp("rasa-secrets")
    action = SilentActionServer()
    port = free_port()
    env = {**rasa_env(), **channel_env(), "TANDEM_ACTION_ENDPOINT": f"http://127.0.0.1:{action.port}/webhook",
           "TANDEM_TRACKER_DB_URL": f"sqlite:///{data / 'tracker.db'}",
           "TANDEM_RASA_TOKEN": TOKEN,
           "TANDEM_WEB_CHAT_ORIGINS": CHAT_ORIGIN, "TANDEM_WAITING_URL": ""}
    group = ProcessGroup(data / "logs")
    rasa = group.start("rasa", [str(RASA_PYTHON), "-m", "connectors.launch", "run", "--enable-api",
                                "--model", str(ensure_model(log=lambda _m: None)), "--interface", "127.0.0.1",
                                "--port", str(port), "--cors", CHAT_ORIGIN, "--response-timeout", "3",
                                "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
                       env=env, cwd=BOT_DIR)
    try:
        group.wait_http(rasa, f"http://127.0.0.1:{port}/status?token={TOKEN}", timeout_s=120)
        yield f"http://127.0.0.1:{port}", rasa
    finally:
        group.stop()
        action.close()


def command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def test_the_auth_token_is_not_on_rasas_command_line_but_in_force(hung_rasa):
    url, rasa = hung_rasa
    assert TOKEN not in command_line(rasa.process.pid)
    assert "connectors.launch" in command_line(rasa.process.pid)
    assert httpx.get(f"{url}/status").status_code == 401
    assert httpx.get(f"{url}/status", params={"token": TOKEN}).status_code == 200


def test_the_running_stacks_rasa_has_no_token_and_no_wildcard_cors_on_its_command_line(stack):
    rasa = next(c for c in stack.group.children if c.name == "rasa")
    line = command_line(rasa.process.pid)
    assert stack.settings.rasa_token not in line
    assert "--cors *" not in line and f"--cors http://127.0.0.1:{stack.settings.api_port}" in line


def test_cors_answers_only_the_web_chat_origin(hung_rasa):
    url, _ = hung_rasa
    for path in ("/", "/webhooks/rest/webhook", "/socket.io/?EIO=4&transport=polling"):
        preflight = {"Access-Control-Request-Method": "POST"}
        good = httpx.options(f"{url}{path}", headers={"Origin": CHAT_ORIGIN, **preflight})
        evil = httpx.options(f"{url}{path}", headers={"Origin": "https://evil.example", **preflight})
        assert good.headers.get("access-control-allow-origin") == CHAT_ORIGIN, path
        assert "access-control-allow-origin" not in evil.headers, path
        assert "evil.example" not in str(evil.headers)


SOCKET_CLIENT = """
import asyncio, sys, socketio
async def main(url, origin):
    client = socketio.AsyncClient(reconnection=False)
    try:
        await client.connect(url, socketio_path="/socket.io", transports=["websocket"], headers={"Origin": origin},
                             wait_timeout=5)
        print("connected")
        await client.disconnect()
    except socketio.exceptions.ConnectionError:
        print("refused")
asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.mark.parametrize("origin, outcome", [(CHAT_ORIGIN, "connected"), ("https://evil.example", "refused")])
def test_socketio_connections_only_from_the_web_chat_origin(hung_rasa, origin, outcome):
    url, _ = hung_rasa
    result = subprocess.run([str(RASA_PYTHON), "-c", SOCKET_CLIENT, url, origin], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip().splitlines()[-1:] == [outcome], result.stderr[-2000:]


def test_a_message_the_hung_action_server_never_answers_does_not_reach_rasas_log(hung_rasa):
    url, rasa = hung_rasa
    started = time.monotonic()
    try:
        httpx.post(f"{url}/webhooks/rest/webhook", json={"sender": "secret-follower", "message": SECRET_MESSAGE},
                   timeout=30)
    except httpx.HTTPError:
        pass
    log_text = ""
    while time.monotonic() - started < 20:      # the timeout error is written when the 3 s are up
        log_text = rasa.log_path.read_text(errors="replace")
        if "rest.message.received" in log_text or "withheld" in log_text:
            break
        time.sleep(0.5)
    assert "[message withheld]" in log_text        # the error path ran and logged, without the text
    for part in ("Zeno", "Quastfeld", "12.03.1971", "L01X00T47", "Ausweisnummer"):
        assert part not in log_text
    assert TOKEN not in log_text
