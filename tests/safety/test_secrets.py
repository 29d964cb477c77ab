"""Secrets only from the environment, and never in logs, errors or the repository."""
from __future__ import annotations

import logging
import re
import subprocess

import pytest

from knowledge.chunking import Chunk
from pipeline.llm import LLMGenerator
from knowledge.store import Hit
from tandem.settings import ROOT, Settings
from tandem.evaluation.chat_stand_in import ChatCompletionsServer

KEY = "sk-test-4f1c9e77b2a04d5f8c3e6a1b"
HITS = [Hit(Chunk(id="shipping#0", doc_id="shipping", title="Shipping", heading_path=("Shipping",),
                  text="Shipping within Germany costs 4,90 €.", language="en"), 0.8)]


@pytest.fixture
def everything_logged(caplog):
    """Every record of every logger, down to DEBUG (the openai and httpx clients log requests there)."""
    caplog.set_level(logging.DEBUG)
    for name in ("openai", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def logged(caplog) -> str:
    return "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in caplog.records)


@pytest.mark.parametrize("status", [200, 401, 500])
def test_the_llm_key_is_in_no_log_record_whatever_the_endpoint_answers(everything_logged, status):
    with ChatCompletionsServer() as server:
        server.status = status
        server.reply = lambda messages: "Shipping costs 4,90 € [1]."
        generator = LLMGenerator.from_settings(Settings(openai_base_url=server.base_url, openai_api_key=KEY,
                                                        llm_model="m"))
        generator.generate("How much is shipping?", "en", HITS)
        assert server.requests and server.requests[-1]["auth"] == f"Bearer {KEY}"   # it was used ...
    assert everything_logged.records
    assert KEY not in logged(everything_logged)                                      # ... and never logged


def test_an_unreachable_endpoint_logs_no_key(everything_logged):
    generator = LLMGenerator.from_settings(Settings(openai_base_url="http://127.0.0.1:9/v1", openai_api_key=KEY,
                                                    llm_model="m", llm_timeout_s=2))
    assert generator.generate("How much is shipping?", "en", HITS) is None
    assert KEY not in logged(everything_logged)


def test_settings_come_from_the_environment_and_do_not_show_secrets_when_printed(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("TANDEM_RASA_TOKEN", "rasa-token-from-env")
    settings = Settings()
    assert settings.openai_api_key == KEY and settings.rasa_token == "rasa-token-from-env"
    shown = f"{settings!r} {settings!s}"
    assert KEY not in shown and "rasa-token-from-env" not in shown


SECRET_PATTERNS = {
    "OpenAI key": re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9]{32,}"),
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}"),
    "Slack token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----"),
}


def test_the_repository_holds_no_secret():
    try:
        files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    names = [n for n in files.decode().split("\0") if n]
    assert not [n for n in names if n.rsplit("/", 1)[-1] in (".env", ".envrc") or n.endswith((".pem", ".key"))]
    found = []
    for name in names:
        path = ROOT / name
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(errors="ignore")
        found += [(name, kind) for kind, pattern in SECRET_PATTERNS.items() if pattern.search(text)]
    assert found == []
