"""`connectors.launch` hands Rasa its auth token as one argument, whatever characters the token starts with."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bot"))

from connectors.launch import rasa_argv  # noqa: E402


def rasa_like_parser() -> argparse.ArgumentParser:
    """The part of `rasa run`'s command line that reads the token (rasa/cli/arguments/run.py)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("-t", "--auth-token", type=str)
    parser.add_argument("--enable-api", action="store_true")
    return parser


@pytest.mark.parametrize("token", ["plain-token", "--starts-with-two-dashes", "-x9", "a=b"])
def test_the_token_reaches_rasa_as_given(token):
    argv = rasa_argv(["run", "--enable-api"], {"TANDEM_RASA_TOKEN": token})
    assert argv[0] == "rasa"
    assert rasa_like_parser().parse_args(argv[1:]).auth_token == token


def test_a_token_on_the_command_line_is_refused():
    with pytest.raises(SystemExit):
        rasa_argv(["run", "--auth-token", "visible-in-ps"], {})
