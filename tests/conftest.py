"""Shared fixtures: a real stack (Rasa + action server + embedded Chroma) on free ports, started once."""
from __future__ import annotations


import httpx
import pytest

from tandem.processes import free_port
from tandem.settings import ROOT, get_settings
from tandem.stack import Stack

SAMPLE_KB = ROOT / "sample_kb"


@pytest.fixture(scope="session")
def platforms():
    """Stand-ins for Meta's and Telegram's APIs; the stack's messaging channels are configured to use them."""
    from tests.support.platforms import Platforms

    running = Platforms()
    yield running
    running.close()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, platforms):
    settings = get_settings().model_copy(update={
        "data_dir": tmp_path_factory.mktemp("stack-data"), "kb_dir": SAMPLE_KB, "rasa_token": "",
        "rasa_port": free_port(), "action_port": free_port(), "api_port": free_port(),
        "openai_base_url": None, "openai_api_key": None,
    })
    with Stack(settings, with_api=True, log=lambda _m: None, extra_env=platforms.env()) as running:
        yield running


class Chat:
    """One follower talking to the bot over Rasa's REST channel."""

    def __init__(self, stack: Stack, sender: str) -> None:
        self.stack = stack
        self.sender = sender
        self.client = httpx.Client(timeout=30)

    def send(self, text: str) -> list[dict]:
        response = self.client.post(f"{self.stack.settings.rasa_url}/webhooks/rest/webhook",
                                    json={"sender": self.sender, "message": text})
        assert response.status_code == 200, response.text
        return response.json()

    def tracker(self) -> dict:
        return self.client.get(f"{self.stack.settings.rasa_url}/conversations/{self.sender}/tracker",
                               params={"token": self.stack.settings.rasa_token}).json()


@pytest.fixture
def chat(stack: Stack, request: pytest.FixtureRequest) -> Chat:
    return Chat(stack, sender=f"test-{request.node.name}-{free_port()}")


def texts(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages if m.get("text"))


def tandem_payload(messages: list[dict]) -> dict:
    payloads = [m["custom"]["tandem"] for m in messages if isinstance(m.get("custom"), dict) and "tandem" in m["custom"]]
    assert payloads, f"no Tandem payload in {messages}"
    return payloads[-1]
