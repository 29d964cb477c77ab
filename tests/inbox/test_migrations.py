"""The Tandem database's schema comes from the Alembic migrations (database/migrations/): on SQLite and on Debian's
PostgreSQL they build exactly the models' tables, a database from before migrations is adopted with its rows,
processes starting together migrate it once, and a model change without its migration is caught by name."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, String, Table, create_engine, inspect

from database import engine as db
from database.engine import Base, MissingMigration, current_revision, engine_for, head_revision, sessions_with_tables, upgrade
from inbox.models import Handover
from tandem.db_cli import schema_differences
from tandem.processes import ProcessGroup, free_port
from tandem.scale import DB_USER, start_postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def postgres_url():
    """A fresh database on Debian's PostgreSQL (what scripts/setup installs), started the way the scaled layout
    starts it. Its folder is not under pytest's: pytest makes /tmp/pytest-of-USER private again whenever a test run
    starts, and the postgres user (PostgreSQL under root) would lose its way to its files mid-test."""
    folder = Path(tempfile.mkdtemp(prefix="tandem-migrations-pg-"))
    group = ProcessGroup(folder / "logs")
    port = free_port()
    start_postgres(group, folder, "127.0.0.1", port, databases=("migrated", "concurrent"))
    try:
        yield f"postgresql+psycopg://{DB_USER}@127.0.0.1:{port}"
    finally:
        group.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_the_migrations_build_the_models_schema_on_sqlite(tmp_path):
    assert schema_differences(f"sqlite:///{tmp_path / 'fresh.db'}") == []


def test_the_migrations_build_the_models_schema_on_postgresql(postgres_url):
    url = f"{postgres_url}/migrated"
    assert schema_differences(url) == []
    assert current_revision(create_engine(url)) == head_revision()


def test_every_migration_goes_down_and_up_again_on_postgresql(postgres_url):
    engine = create_engine(f"{postgres_url}/migrated")
    upgrade(engine)
    upgrade_to = head_revision()
    from alembic import command

    with engine.begin() as connection:
        config = db.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == upgrade_to and schema_differences(f"{postgres_url}/migrated") == []


def test_a_database_from_before_migrations_is_adopted_with_its_rows(tmp_path):
    """The first release's handovers table (no spam column, none of the later tables), as create_all made it."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute("""CREATE TABLE handovers (id INTEGER NOT NULL, sender_id VARCHAR(255) NOT NULL,
            channel VARCHAR(64) NOT NULL, language VARCHAR(8) NOT NULL, reasons JSON NOT NULL,
            priority INTEGER NOT NULL, explanation TEXT NOT NULL, summary TEXT NOT NULL, state VARCHAR(16) NOT NULL,
            assigned_to VARCHAR(255), created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY (id))""")
        for column in ("created_at", "priority", "sender_id", "state"):
            old.execute(f"CREATE INDEX ix_handovers_{column} ON handovers ({column})")
        old.execute("""INSERT INTO handovers VALUES (1, 'old-follower', 'rest', 'de', '["legal"]', 80, 'legal', 'x',
            'waiting', NULL, '2026-01-01 10:00:00', '2026-01-01 10:00:00')""")
    url = f"sqlite:///{path}"
    with db.session_factory(url)() as session:
        kept = session.get(Handover, 1)
        assert (kept.sender_id, kept.reasons, kept.spam) == ("old-follower", ["legal"], None)
    assert current_revision(engine_for(url)) == head_revision()
    assert schema_differences(url) == []


# What each process does on its first use of the database (database.engine.engine_for), without the rest of its start-up.
STARTING_PROCESS = "import sys; from database.engine import engine_for; engine_for(sys.argv[1])"


def test_processes_starting_together_migrate_a_new_database_once(tmp_path, postgres_url):
    for url in (f"sqlite:///{tmp_path / 'shared.db'}", f"{postgres_url}/concurrent"):
        starts = [subprocess.Popen([sys.executable, "-c", STARTING_PROCESS, url], cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        outcomes = [(p.wait(timeout=120), p.stderr.read()) for p in starts]
        assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
        assert current_revision(create_engine(url)) == head_revision()


@pytest.fixture
def a_new_model_table(tmp_path, monkeypatch):
    """A table added to the models (as a branch adding one would), and a copy of the migrations to write into."""
    migrations = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    table = Table("insight_rollups_example", Base.metadata, Column("id", Integer, primary_key=True),
                  Column("day", String(10), nullable=False, index=True))
    try:
        yield table, migrations
    finally:
        Base.metadata.remove(table)


def test_a_model_table_without_its_migration_is_named_and_tandem_db_revision_writes_it(tmp_path, a_new_model_table):
    table, migrations = a_new_model_table
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    with pytest.raises(MissingMigration, match="insight_rollups_example"):
        sessions_with_tables(url, [table])
    assert [d[0] for d in schema_differences()] == ["add_table", "add_index"]

    from tandem.cli import main

    newest = max(int(p.name[:4]) for p in (migrations / "versions").glob("[0-9]*.py"))
    assert main(["db", "revision", "-m", "add insight_rollups_example"]) == 0
    written = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    assert written[-1] == f"{newest + 1:04d}_add_insight_rollups_example.py"
    assert schema_differences() == []
    db._new_engine.cache_clear()   # a new process: the database moves to the new head on first use
    sessions_with_tables(url, [table])
    assert "insight_rollups_example" in inspect(engine_for(url)).get_table_names()
    db._new_engine.cache_clear()
