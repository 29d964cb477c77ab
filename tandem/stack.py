"""The running Tandem: action server, Rasa server and (for `tandem run`) the Tandem API, on chosen ports.

`tandem run`, `tandem eval` and the end-to-end tests all start the stack through here, so what is
measured and tested is what a follower talks to.
"""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tandem.processes import ProcessGroup, StartupError, port_in_use
from tandem.rasa_model import BOT_DIR, RASA_BIN, ensure_model, rasa_env
from tandem.settings import ROOT, Settings

VENV_BIN = Path(sys.executable).parent
# One BLAS thread per call: on 2 cores, OpenBLAS's own threads stalled short embeddings by 200+ ms under
# load (measured with bench/detector.py). TANDEM_WARMUP loads the models before the server reports healthy.
ACTION_SERVER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "TANDEM_WARMUP": "1"}


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process read the same settings as this one."""
    env = {
        "TANDEM_DATA_DIR": str(settings.data_dir), "TANDEM_KB_DIR": str(settings.kb_dir),
        "TANDEM_COLLECTION": settings.collection, "TANDEM_HOST": settings.host,
        "TANDEM_API_PORT": str(settings.api_port), "TANDEM_RASA_PORT": str(settings.rasa_port),
        "TANDEM_ACTION_PORT": str(settings.action_port), "TANDEM_RASA_TOKEN": settings.rasa_token,
        "TANDEM_DATABASE_URL": settings.database,
    }
    if settings.chroma_url:
        env["TANDEM_CHROMA_URL"] = settings.chroma_url
    env["TANDEM_ASSISTANT_NAME"] = settings.assistant_name
    env["TANDEM_GERMAN_FORM"], env["TANDEM_AGENT_LABEL"] = settings.german_form, settings.agent_label
    if settings.answer_threshold is not None:
        env["TANDEM_ANSWER_THRESHOLD"] = str(settings.answer_threshold)
    if settings.answer_model is not None:
        env["TANDEM_ANSWER_MODEL"] = str(settings.answer_model)
    if settings.trace_replies:
        env["TANDEM_TRACE_REPLIES"] = "true"
    env.update({f"TANDEM_DISCLOSURE_{lang.upper()}": text for lang, text in settings.disclosure.items()})
    env.update(limits_env(settings))
    return env


def limits_env(settings: Settings) -> dict[str, str]:
    """The per-client limits, for the API and for the Rasa connectors (which read them from the environment)."""
    return {
        "TANDEM_RATE_LIMIT_WINDOW_S": str(settings.rate_limit_window_s),
        "TANDEM_WEBHOOK_PER_IP": str(settings.webhook_per_ip),
        "TANDEM_WEBHOOK_PER_SENDER": str(settings.webhook_per_sender),
        "TANDEM_API_PER_IP": str(settings.api_per_ip),
        "TANDEM_LOGIN_FAILURES_PER_IP": str(settings.login_failures_per_ip),
        "TANDEM_LOGIN_WINDOW_S": str(settings.login_window_s),
        "TANDEM_FORWARDED_ALLOW_IPS": settings.forwarded_allow_ips,
    }


@dataclass
class Stack:
    settings: Settings
    with_api: bool = True
    sync_kb: bool = True
    log: object = print
    group: ProcessGroup = field(init=False)

    def __post_init__(self) -> None:
        if not self.settings.rasa_token:
            self.settings = self.settings.model_copy(update={"rasa_token": secrets.token_urlsafe(24)})
        self.group = ProcessGroup(self.settings.data_dir / "logs")

    def __enter__(self) -> "Stack":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(settings_env(self.settings))
        env["PYTHONPATH"] = str(ROOT)
        return env

    def start(self) -> None:
        s = self.settings
        ports = [("Rasa", s.rasa_port), ("action server", s.action_port)] + ([("API", s.api_port)] if self.with_api else [])
        busy = [f"{name} port {port}" for name, port in ports if port_in_use(s.host, port)]
        if busy:
            raise StartupError(f"already in use: {', '.join(busy)} (another Tandem running? set TANDEM_*_PORT)")
        s.data_dir.mkdir(parents=True, exist_ok=True)
        model = ensure_model(log=self.log)
        if self.sync_kb:
            self._sync_kb()
        try:
            self._start_processes(model)
        except BaseException:
            self.stop()
            raise

    def _sync_kb(self) -> None:
        result = subprocess.run([str(VENV_BIN / "python"), "-m", "tandem.cli", "kb", "sync", str(self.settings.kb_dir)],
                                env=self.env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise StartupError(f"could not load the knowledge base from {self.settings.kb_dir}:\n"
                               f"{(result.stderr or result.stdout).strip()}")
        # The summary and any failures; the per-document list stays in `tandem kb sync`'s own output.
        routine = ("  added:", "  updated:", "  removed:", "  unchanged:")
        self.log("\n".join(line for line in result.stdout.strip().splitlines() if not line.startswith(routine)))

    def _start_processes(self, model: Path) -> None:
        s = self.settings
        actions = self.group.start("actions", [str(VENV_BIN / "python"), "-m", "actions.server", "--host", s.host,
                                               "--port", str(s.action_port)],
                                   env={**self.env, **ACTION_SERVER_ENV}, cwd=ROOT)
        env = {**rasa_env(), "TANDEM_ACTION_ENDPOINT": f"http://{s.host}:{s.action_port}/webhook",
               "TANDEM_TRACKER_DB": str(s.data_dir / "tracker.db"), "TANDEM_RASA_TOKEN": s.rasa_token,
               "TANDEM_WAITING_URL": f"http://{s.host}:{s.api_port}/internal/waiting" if self.with_api else "",
               **limits_env(s)}
        # connectors.launch runs `rasa run` with the token from the environment (not in `ps`) and message text
        # withheld from its logs; CORS and socket.io connections only for the web chat's own origin(s).
        env["TANDEM_WEB_CHAT_ORIGINS"] = ",".join(s.chat_origins)
        rasa = self.group.start("rasa", [str(RASA_BIN.with_name("python")), "-m", "connectors.launch", "run",
                                         "--enable-api", "--model", str(model), "--interface", s.host,
                                         "--port", str(s.rasa_port), "--cors", *s.chat_origins,
                                         "--credentials", "credentials.yml",
                                         "--endpoints", "endpoints.yml"], env=env, cwd=BOT_DIR)
        api = None
        if self.with_api:
            api = self.group.start("api", [str(VENV_BIN / "uvicorn"), "api.main:app", "--host", s.host,
                                           "--port", str(s.api_port), "--log-level", "warning",
                                           "--forwarded-allow-ips", s.forwarded_allow_ips], env=self.env, cwd=ROOT)
        self.group.wait_http(actions, f"http://{s.host}:{s.action_port}/health", timeout_s=90)
        self.group.wait_http(rasa, f"{s.rasa_url}/status?token={s.rasa_token}", timeout_s=120)
        if api is not None:
            self.group.wait_http(api, f"http://{s.host}:{s.api_port}/health", timeout_s=60)

    def stop(self) -> None:
        self.group.stop()
