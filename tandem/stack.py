"""The running Tandem: action server, Rasa server and (for `tandem run`) the Tandem API, on chosen ports.

`tandem run`, `tandem eval` and the end-to-end tests all start the stack through here, so what is
measured and tested is what a follower talks to.
"""
from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tandem.processes import Child, ProcessGroup, StartupError, port_in_use
from tandem.rasa_model import BOT_DIR, RASA_BIN, ensure_model, rasa_env
from tandem.settings import ROOT, Settings
from tandem.supervisor import Supervisor, Watched, reap_leftovers

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
        "TANDEM_DATABASE_URL": settings.database, "TANDEM_TRACKER_DB_URL": settings.tracker_db,
        "TANDEM_REDIS_URL": settings.redis_url,
    }
    if settings.chroma_url:
        env["TANDEM_CHROMA_URL"] = settings.chroma_url
    env["TANDEM_ASSISTANT_NAME"] = settings.assistant_name
    if settings.openai_base_url:
        env["OPENAI_BASE_URL"] = settings.openai_base_url
    if settings.openai_api_key:
        env["OPENAI_API_KEY"] = settings.openai_api_key
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


def channel_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """Every variable bot/credentials.yml and bot/endpoints.yml name, empty when unset: Rasa refuses to start on
    an unset one, and a messaging channel with empty secrets simply stays off (its webhook answers 503)."""
    environ = dict(os.environ if environ is None else environ)
    names: list[str] = []
    for name in ("credentials.yml", "endpoints.yml"):
        names += re.findall(r"\$\{(\w+)\}", (BOT_DIR / name).read_text(encoding="utf-8"))
    return {name: environ.get(name, "") for name in dict.fromkeys(names)}


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
        "TANDEM_WEBHOOK_BYTES_PER_IP": str(settings.webhook_bytes_per_ip),
        "TANDEM_MAX_MESSAGE_CHARS": str(settings.max_message_chars),
    }


def rasa_limits_env(settings: Settings) -> dict[str, str]:
    """Bounds only Rasa's process needs: its request body (Sanic reads ``SANIC_*`` from the environment), and how
    long it waits for the action server (a little longer than the supervisor takes to call it hung)."""
    return {
        "SANIC_REQUEST_MAX_SIZE": str(settings.max_request_bytes),
        "SANIC_WEBSOCKET_MAX_SIZE": str(settings.max_request_bytes),
        "TANDEM_ACTION_TIMEOUT_S": str(settings.hang_after + 5),
        "TANDEM_ACTION_HEALTH_URL": f"http://{settings.host}:{settings.action_port}/health",
    }


@dataclass
class Stack:
    settings: Settings
    with_api: bool = True
    sync_kb: bool = True
    log: object = print
    supervise: bool = True
    extra_env: dict[str, str] = field(default_factory=dict)   # e.g. channel secrets for the tests' stand-ins
    group: ProcessGroup = field(init=False)
    supervisor: Supervisor | None = field(init=False, default=None)

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
        env.update(self.extra_env)
        env.update(settings_env(self.settings))
        env["PYTHONPATH"] = str(ROOT)
        return env

    def start(self) -> None:
        s = self.settings
        reap_leftovers(s.data_dir, log=self.log)
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
        if result.returncode not in (0, 1):    # 1: some files failed; they are listed and the rest is served
            raise StartupError(f"could not load the knowledge base from {self.settings.kb_dir}:\n"
                               f"{(result.stderr or result.stdout).strip()}")
        # The summary and any failures; the per-document list stays in `tandem kb sync`'s own output.
        routine = ("  added:", "  updated:", "  removed:", "  unchanged:")
        self.log("\n".join(line for line in result.stdout.strip().splitlines() if not line.startswith(routine)))

    def _start_processes(self, model: Path) -> None:
        s = self.settings
        actions = self.start_action_server("actions", s.action_port)
        rasa = self.start_rasa("rasa", s.rasa_port, s.action_port, model)
        api = self.start_api(s.rasa_port) if self.with_api else None
        watched = {"actions": Watched(f"http://{s.host}:{s.action_port}/health", 90),
                   "rasa": Watched(f"{s.rasa_url}/", 120)}
        if api is not None:
            watched["api"] = Watched(f"http://{s.host}:{s.api_port}/health", 60)
        self.supervisor = Supervisor(self.group, watched, s.data_dir, hang_after_s=s.hang_after, log=self.log)
        self.supervisor.write()   # names the children at once: a supervisor killed during start-up leaves none
        self.group.wait_http(actions, watched["actions"].health_url, timeout_s=90)
        self.group.wait_http(rasa, f"{s.rasa_url}/status?token={s.rasa_token}", timeout_s=120)
        if api is not None:
            self.group.wait_http(api, watched["api"].health_url, timeout_s=60)
        if self.supervise:
            self.supervisor.start()

    def start_action_server(self, name: str, port: int) -> Child:
        s = self.settings
        return self.group.start(name, [str(VENV_BIN / "python"), "-m", "actions.server", "--host", s.host,
                                       "--port", str(port)], env={**self.env, **ACTION_SERVER_ENV}, cwd=ROOT)

    def start_rasa(self, name: str, port: int, action_port: int, model: Path) -> Child:
        s = self.settings
        env = {**rasa_env(), **channel_env({**os.environ, **self.extra_env}), **self.extra_env,
               "TANDEM_ACTION_ENDPOINT": f"http://{s.host}:{action_port}/webhook",
               "TANDEM_TRACKER_DB_URL": s.tracker_db, "TANDEM_REDIS_URL": s.redis_url, "TANDEM_RASA_TOKEN": s.rasa_token,
               "TICKET_LOCK_LIFETIME": str(s.lock_lifetime_s),
               "TANDEM_WAITING_URL": f"http://{s.host}:{s.api_port}/internal/waiting" if self.with_api else "",
               **limits_env(s), **rasa_limits_env(s)}
        # connectors.launch runs `rasa run` with the token from the environment (not in `ps`) and message text
        # withheld from its logs; CORS and socket.io connections only for the web chat's own origin(s).
        env["TANDEM_WEB_CHAT_ORIGINS"] = ",".join(s.chat_origins)
        return self.group.start(name, [str(RASA_BIN.with_name("python")), "-m", "connectors.launch", "run",
                                       "--enable-api", "--model", str(model), "--interface", s.host,
                                       "--port", str(port), "--cors", *s.chat_origins,
                                       "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
                                env=env, cwd=BOT_DIR)

    def start_api(self, rasa_port: int) -> Child:
        """The API reaches Rasa's HTTP API on ``rasa_port`` (one instance, or a proxy in front of several)."""
        s = self.settings
        return self.group.start("api", [str(VENV_BIN / "uvicorn"), "api.main:app", "--host", s.host,
                                        "--port", str(s.api_port), "--log-level", "warning",
                                        "--forwarded-allow-ips", s.forwarded_allow_ips],
                                env={**self.env, "TANDEM_RASA_PORT": str(rasa_port)}, cwd=ROOT)

    def stop(self) -> None:
        if self.supervisor is not None:
            self.supervisor.stop()
        self.group.stop()
        if self.supervisor is not None:
            self.supervisor.join()
