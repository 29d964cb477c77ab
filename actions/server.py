"""The action server in one process, bound to the address Tandem chooses.

`python -m rasa_sdk` serves through Sanic's worker manager: the actions package, and with it the
embedder, the PII models and the language detector, is imported once in the manager and again in the
worker, which doubles start-up time and memory, and the worker must report ready within Sanic's fixed
30 seconds or the whole server shuts down. On a busy two-core machine that deadline was missed. One
process loads everything once and has no such deadline. It also binds to 127.0.0.1 unless told
otherwise: only Rasa calls the action server.
"""
from __future__ import annotations

import argparse
import logging
from functools import partial

from rasa_sdk.endpoint import create_app_for_serve
from rasa_sdk.executor import ActionExecutor
from sanic import Sanic
from sanic.worker.loader import AppLoader


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m actions.server", description=__doc__.splitlines()[0])
    parser.add_argument("--actions", default="actions", help="package holding the actions")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5055)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s - %(message)s")
    # httpx logs every request at INFO (the Chroma server's client makes one or more per message), and every record
    # this process creates is redacted for personal data (privacy.redact.install_log_redaction, a spaCy NER pass):
    # 13 % of the action server's busy time under bench/scale_load.py (py-spy) for lines nobody reads. Its warnings
    # and errors still reach the log.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    executor = ActionExecutor()
    executor.register_package(args.actions)
    loader = AppLoader(factory=partial(create_app_for_serve, executor, cors_origins=None))
    app = loader.load()
    app.prepare(host=args.host, port=args.port, single_process=True, motd=False)
    Sanic.serve_single(app)


if __name__ == "__main__":
    main()
