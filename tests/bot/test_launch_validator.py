"""Rasa, started through `connectors.launch`, checks an action server's response with one validator built once:
a valid response passes and an invalid one fails with Rasa's own error and message, as before the change."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

pytestmark = pytest.mark.e2e

SCRIPT = """
import json, sys
sys.path.insert(0, "bot")
from connectors.launch import check_action_results_with_one_validator
from rasa.core.actions.action import RemoteAction
check_action_results_with_one_validator()
out = {"valid": RemoteAction._validate_action_result(None, {"events": [], "responses": [{"text": "hi"}]})}
try:
    RemoteAction._validate_action_result(None, {"events": "not a list"})
except Exception as exc:
    out["error"], out["message"] = type(exc).__name__, str(exc)
print(json.dumps(out))
"""


def test_the_patched_check_accepts_a_valid_response_and_rejects_an_invalid_one_as_rasa_did():
    done = subprocess.run([str(RASA_PYTHON), "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["valid"] is True
    assert result["error"] == "ValidationError"
    assert "Failed to validate Action server response from API" in result["message"]
