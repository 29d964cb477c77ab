"""The production layout on one machine: `tandem run --scale N` (`scripts/run --scale N`).

What deploy/compose.yml runs in containers, started here from Debian packages and the project's environments,
so the multi-instance path is exercised on every machine that has them:

- PostgreSQL (Debian ``postgresql``): Rasa's tracker store (database ``rasa``) and the inbox (``tandem``);
- Redis (Debian ``redis-server``): Rasa's lock store, so N Rasa instances serve one conversation one message at a
  time, and the channels' memory of handled message ids;
- a Chroma server (``chroma run`` from the chromadb package in .venv) for the knowledge base;
- N action servers and N Rasa instances (Rasa *i* calls action server *i*), and the Tandem API;
- nginx (Debian ``nginx``) as the one entry point: ``/webhooks/`` round-robin over the Rasa instances (a refused
  connection is retried on the next one; a request already sent is not, so nothing is processed twice),
  ``/socket.io/`` sticky per client address, everything else to the API. A second listener (``rasa_port``) is
  where the API and the web chat reach Rasa's HTTP API and socket.io, spread the same way.

Everything lives in ``DATA_DIR/scale/`` (PostgreSQL's files, Redis, Chroma, nginx's config and logs); the database
keeps its data between runs. PostgreSQL trusts local connections on 127.0.0.1 only: this is a one-machine layout
for trying and measuring scale-out, not a hardened server (deploy/compose.yml takes passwords).
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tandem.processes import Child, ProcessGroup, StartupError, free_port, port_in_use
from tandem.rasa_model import ensure_model
from tandem.stack import VENV_BIN, Stack

DB_USER = "tandem"


def debian_binary(name: str, package: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    for candidate in (found, f"/usr/sbin/{name}", f"/usr/bin/{name}"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise StartupError(f"{name} not found: install Debian's {package} (scripts/setup does when run as root)")


def as_postgres_user(argv: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; under root its commands run as the ``postgres`` system user."""
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def start_postgres(group: ProcessGroup, folder: Path, host: str, port: int,
                   databases: tuple[str, ...] = ("tandem", "rasa")) -> Child:
    """Debian's PostgreSQL on ``host:port`` with its files in ``folder/postgres`` (initialised on first use, kept
    between runs), trusting local connections as user ``tandem``, with ``databases`` created. Also used by the
    migration tests."""
    import psycopg

    data = folder / "postgres"
    sockets = folder / "postgres-run"
    sockets.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(sockets, "postgres")
        # The postgres user must reach its folder: give the folders above it search (x) permission, no more.
        for parent in (folder, *folder.parents):
            mode = parent.stat().st_mode
            if not mode & 0o001:
                parent.chmod(mode | 0o001)
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(data, "postgres")
        result = subprocess.run(as_postgres_user([debian_binary("initdb", "postgresql"), "-D", str(data),
                                                  "-U", DB_USER, "--auth=trust", "-E", "UTF8",
                                                  "--locale=C.UTF-8"]),
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise StartupError(f"initdb failed:\n{result.stderr.strip() or result.stdout.strip()}")
    child = group.start("postgres", as_postgres_user([
        debian_binary("postgres", "postgresql"), "-D", str(data), "-p", str(port),
        "-k", str(sockets), "-c", f"listen_addresses={host}", "-c", "max_connections=300"]),
        env=dict(os.environ), cwd=folder)
    admin = f"postgresql://{DB_USER}@{host}:{port}/postgres"
    deadline = time.monotonic() + 60
    while True:
        if child.process.poll() is not None:
            raise StartupError(f"postgres exited:\n{child.log_tail()}")
        try:
            psycopg.connect(admin, connect_timeout=2).close()
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise StartupError(f"postgres did not accept connections within 60 s:\n{child.log_tail()}") from None
            time.sleep(0.3)
    with psycopg.connect(admin, autocommit=True) as connection:
        present = {row[0] for row in connection.execute("SELECT datname FROM pg_database")}
        for name in databases:
            if name not in present:
                connection.execute(f'CREATE DATABASE "{name}"')
    return child


def postmaster_pid(data: Path) -> int:
    """The running server's pid from its ``postmaster.pid`` (0 when it is not running)."""
    try:
        return int((data / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return 0


@dataclass
class Ports:
    entry: int
    rasa_proxy: int
    postgres: int
    redis: int
    chroma: int
    api: int
    rasa: list[int] = field(default_factory=list)
    actions: list[int] = field(default_factory=list)

    @classmethod
    def pick(cls, instances: int, entry: int) -> "Ports":
        return cls(entry=entry, rasa_proxy=free_port(), postgres=free_port(), redis=free_port(), chroma=free_port(),
                   api=free_port(), rasa=[free_port() for _ in range(instances)],
                   actions=[free_port() for _ in range(instances)])


class ScaledStack(Stack):
    """`Stack` with N Rasa/action-server pairs behind nginx, on PostgreSQL, Redis and a Chroma server."""

    def __init__(self, settings, instances: int = 2, entry_port: int | None = None, **kwargs) -> None:  # noqa: ANN001
        self.instances = max(1, instances)
        self.scale_dir = settings.data_dir / "scale"
        self.ports = Ports.pick(self.instances, entry_port or settings.api_port)
        host = settings.host
        settings = settings.model_copy(update={
            "api_port": self.ports.api, "rasa_port": self.ports.rasa_proxy, "action_port": self.ports.actions[0],
            "database_url": f"postgresql+psycopg://{DB_USER}@{host}:{self.ports.postgres}/tandem",
            # Rasa (bot/connectors/stores.py) drops the driver and uses its own psycopg2; Tandem's side uses psycopg.
            "tracker_db_url": f"postgresql+psycopg://{DB_USER}@{host}:{self.ports.postgres}/rasa",
            "redis_url": f"redis://{host}:{self.ports.redis}/0",
            "chroma_url": f"http://{host}:{self.ports.chroma}",
        })
        super().__init__(settings, **kwargs)
        self.rasa_children: list[Child] = []
        self.action_children: list[Child] = []

    @property
    def entry_url(self) -> str:
        return f"http://{self.settings.host}:{self.ports.entry}"

    def rasa_url(self, index: int) -> str:
        return f"http://{self.settings.host}:{self.ports.rasa[index]}"

    def start(self) -> None:
        s = self.settings
        if port_in_use(s.host, self.ports.entry):
            raise StartupError(f"the entry port {self.ports.entry} is in use (set TANDEM_API_PORT)")
        self.scale_dir.mkdir(parents=True, exist_ok=True)
        try:
            model = ensure_model(log=self.log)
            self._start_postgres()
            self._start_redis()
            self._start_chroma()
            if self.sync_kb:
                self._sync_kb()
            self._start_pairs(model)
            api = self.start_api(self.ports.rasa_proxy)
            self._start_nginx()
            self.group.wait_http(api, f"http://{s.host}:{s.api_port}/health", timeout_s=60)
            self.group.wait_http(self.nginx, f"{self.entry_url}/health", timeout_s=30)
        except BaseException:
            self.stop()
            raise

    # --- engines -------------------------------------------------------------------------------------------------
    def _start_postgres(self) -> None:
        self.postgres = start_postgres(self.group, self.scale_dir, self.settings.host, self.ports.postgres)
        # Migrate the Tandem database once here, before N action servers and the API reach it together.
        from sqlalchemy import create_engine

        from database.engine import upgrade

        engine = create_engine(self.settings.database)
        try:
            upgrade(engine)
        finally:
            engine.dispose()

    def restart_postgres(self) -> tuple[int, int]:
        """Restart PostgreSQL as an operator would (``pg_ctl stop -m fast``: open transactions are aborted, clients
        disconnected) and start it again on its port. Returns the server's pid before and after."""
        data = self.scale_dir / "postgres"
        before = postmaster_pid(data)
        # pg_ctl, not a signal to our child: that is runuser under root, which ignores SIGINT and would leave the
        # server running.
        result = subprocess.run(as_postgres_user([debian_binary("pg_ctl", "postgresql"), "stop", "-D", str(data),
                                                  "-m", "fast", "-w", "-t", "60"]), capture_output=True, text=True)
        if result.returncode != 0:
            raise StartupError(f"pg_ctl stop failed:\n{result.stderr.strip() or result.stdout.strip()}")
        try:
            self.postgres.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.postgres.process.kill()
            self.postgres.process.wait()
        self.group.children.remove(self.postgres)
        self.postgres = start_postgres(self.group, self.scale_dir, self.settings.host, self.ports.postgres)
        return before, postmaster_pid(data)

    def _start_redis(self) -> None:
        folder = self.scale_dir / "redis"
        folder.mkdir(exist_ok=True)
        child = self.group.start("redis", [debian_binary("redis-server", "redis-server"), "--port",
                                           str(self.ports.redis), "--bind", self.settings.host, "--save", "",
                                           "--appendonly", "no", "--dir", str(folder)],
                                 env=dict(os.environ), cwd=folder)
        deadline = time.monotonic() + 20
        while not port_in_use(self.settings.host, self.ports.redis):
            if child.process.poll() is not None or time.monotonic() > deadline:
                raise StartupError(f"redis did not start:\n{child.log_tail()}")
            time.sleep(0.1)

    def _start_chroma(self) -> None:
        child = self.group.start("chroma", [str(VENV_BIN / "chroma"), "run", "--path", str(self.scale_dir / "chroma"),
                                            "--host", self.settings.host, "--port", str(self.ports.chroma)],
                                 env=dict(os.environ), cwd=self.scale_dir)
        self.group.wait_http(child, f"{self.settings.chroma_url}/api/v2/heartbeat", timeout_s=60)

    def _start_pairs(self, model: Path) -> None:
        for i in range(self.instances):
            self.action_children.append(self.start_action_server(f"actions-{i + 1}", self.ports.actions[i]))
            self.rasa_children.append(self.start_rasa(f"rasa-{i + 1}", self.ports.rasa[i], self.ports.actions[i], model))
        s = self.settings
        for i in range(self.instances):
            self.group.wait_http(self.action_children[i], f"http://{s.host}:{self.ports.actions[i]}/health",
                                 timeout_s=180)
            self.group.wait_http(self.rasa_children[i], f"{self.rasa_url(i)}/status?token={s.rasa_token}",
                                 timeout_s=180)

    def _start_nginx(self) -> None:
        folder = self.scale_dir / "nginx"
        (folder / "tmp").mkdir(parents=True, exist_ok=True)
        config = folder / "nginx.conf"
        config.write_text(nginx_config(self.settings.host, self.ports, folder), encoding="utf-8")
        self.nginx = self.group.start("nginx", [debian_binary("nginx", "nginx"), "-p", str(folder), "-c", str(config)],
                                      env=dict(os.environ), cwd=folder)

    def restart_action_server(self, index: int) -> Child:
        """Start action server ``index`` again (after a fault) on its port."""
        child = self.group.restart(self.action_children[index])
        self.action_children[index] = child
        self.group.wait_http(child, f"http://{self.settings.host}:{self.ports.actions[index]}/health", timeout_s=180)
        return child

    def restart_api(self) -> Child:
        """Start the API again (after a fault) on its port, behind nginx as before."""
        child = self.group.restart(next(c for c in self.group.children if c.name == "api"))
        self.group.wait_http(child, f"http://{self.settings.host}:{self.settings.api_port}/health", timeout_s=120)
        return child

    def restart_rasa(self, index: int) -> Child:
        """Start Rasa instance ``index`` again (after a fault) on its port, with its action server."""
        self.group.children.remove(self.rasa_children[index])
        child = self.start_rasa(f"rasa-{index + 1}", self.ports.rasa[index], self.ports.actions[index],
                                ensure_model(log=lambda _m: None))
        self.rasa_children[index] = child
        self.group.wait_http(child, f"{self.rasa_url(index)}/status?token={self.settings.rasa_token}", timeout_s=180)
        return child


def nginx_config(host: str, ports: Ports, folder: Path) -> str:
    # max_fails=0: a slow answer from a live instance must not mark it down (with every instance marked down nginx
    # answers 502 at once); a dead one costs only a refused connection before the next instance is tried.
    rasa = "\n".join(f"        server {host}:{p} max_fails=0;" for p in ports.rasa)
    temp = "\n".join(f"    {kind}_temp_path {folder / 'tmp' / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if os.geteuid() == 0 else ""
    forwarded = ("proxy_http_version 1.1; proxy_set_header Host $host; "
                 "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; "
                 "proxy_set_header X-Forwarded-Proto $scheme;")
    socketio = (f"proxy_pass http://rasa_sticky; {forwarded} proxy_set_header Upgrade $http_upgrade; "
                "proxy_set_header Connection \"upgrade\"; proxy_read_timeout 3600s;")
    return f"""# Written by tandem/scale.py for this run; deploy/nginx.conf is the container layout's equivalent.
{user}worker_processes 2;
daemon off;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
{temp}
    upstream rasa {{
{rasa}
        keepalive 64;
    }}
    upstream rasa_sticky {{
        ip_hash;
{rasa}
    }}
    upstream api {{ server {host}:{ports.api}; keepalive 32; }}
    # A connection refused or reset before the request was sent goes to the next Rasa; a POST already sent is not
    # sent again (nginx's default for non-idempotent requests), so no message is processed twice.
    proxy_next_upstream error timeout;
    proxy_connect_timeout 2s;
    proxy_read_timeout 60s;
    client_max_body_size 2m;

    server {{
        listen {host}:{ports.entry};
        location /webhooks/ {{ proxy_pass http://rasa; {forwarded} proxy_set_header Connection ""; }}
        location /socket.io/ {{ {socketio} }}
        location / {{ proxy_pass http://api; {forwarded} proxy_set_header Connection ""; }}
    }}
    server {{
        listen {host}:{ports.rasa_proxy};   # Rasa for the API (its HTTP API) and the web chat (socket.io)
        location /socket.io/ {{ {socketio} }}
        location / {{ proxy_pass http://rasa; {forwarded} proxy_set_header Connection ""; }}
    }}
}}
"""
