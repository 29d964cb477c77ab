"""Fixtures for the insights tests: a fresh SQLite Tandem database per test, a real PostgreSQL server (Debian's
package, which `scripts/setup` installs) with a fresh database per test, and the real encoder's vectors of the
synthetic stream's wordings (computed once)."""
from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from insights.tables import sessions
from tandem.processes import free_port
from tandem.scale import DB_USER, as_postgres_user, debian_binary


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    with sessions(url)() as session:
        yield session


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster on a free port (trusting local connections), stopped after the tests."""
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="tandem-insights-pg-"))
    folder.chmod(0o755)                                   # under root the server runs as ``postgres``
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", free_port()
    subprocess.run(as_postgres_user([debian_binary("initdb", "postgresql"), "-D", str(data), "-U", DB_USER,
                                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    server = subprocess.Popen(as_postgres_user([debian_binary("postgres", "postgresql"), "-D", str(data),
                                                "-p", str(port), "-k", str(folder), "-c", "listen_addresses=127.0.0.1",
                                                "-c", "fsync=off", "-c", "max_connections=300"]),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"postgresql://{DB_USER}@127.0.0.1:{port}/postgres"
    deadline = time.monotonic() + 60
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            break
        except psycopg.OperationalError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.3)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


_databases = itertools.count()


@pytest.fixture
def postgres_url(postgres_server):
    """A new, empty database on the test cluster, as a SQLAlchemy URL."""
    import psycopg

    name = f"insights_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """A session on a fresh Tandem database, once on SQLite and once on PostgreSQL."""
    url = (f"sqlite:///{tmp_path / 'tandem.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    with sessions(url)() as session:
        yield session


@pytest.fixture(scope="session")
def synthetic_vectors():
    from insights import synthetic
    from knowledge.embedder import get_embedder

    return synthetic.embed_texts(get_embedder())
