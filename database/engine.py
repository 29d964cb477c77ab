"""The Tandem database: SQLite in the data folder by default, PostgreSQL (or any SQLAlchemy URL) by setting.

Its schema (the inbox's, the knowledge base's and the insights' tables, all on this ``Base``) is made by the
Alembic migrations in ``database/migrations/versions/``, not by ``create_all``: a deployment's database then follows
every schema change with its rows kept. Every process upgrades a database to the newest migration the first time
it uses it (`engine_for`), one process at a time (a lock per database), so a fresh clone just works and N action
servers starting together do not race; `tandem db upgrade` does the same by hand. A model change needs a new
migration: `tandem db revision -m "what changed"` writes one from the difference (README, "Database migrations").
"""
from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant: PostgreSQL's advisory lock that lets one process at a time migrate a database.
_PG_MIGRATION_LOCK = 0x7A4D1E


class Base(DeclarativeBase):
    """The one declarative base of the Tandem database. The packages that keep tables there (inbox, knowledge,
    insights) define them on it; ``database.schema`` gathers them for the migrations."""


_engine_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per URL and process, its database upgraded to the newest migration on first use. Locked: two
    threads asking first at the same moment (a turn queueing a handover while the insights recorder writes)
    must not both migrate it."""
    with _engine_lock:
        return _new_engine(url)


@lru_cache(maxsize=8)
def _new_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        # As many connections as the API's thread pool has threads (40): a request keeps its session while it
        # waits for Rasa, and with the default 15 the queue would wait behind conversation views.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15}, pool_size=10,
                               max_overflow=40)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    upgrade(engine)
    return engine


def alembic_config(url: str = "") -> Config:
    """Alembic's configuration without an ini file (``alembic.ini`` at the root is only for the alembic CLI)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    """The migration the database is at ('' for a new one, or one made by ``create_all`` before migrations)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision``, one process at a time: PostgreSQL's advisory lock held for the
    migration's transaction, a file lock next to a SQLite file. A database already there costs one query."""
    with _migration_lock(engine):
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            elif engine.dialect.name == "sqlite":
                # Python's sqlite3 commits each DDL statement on its own (one disk sync each: half a second for a
                # new database); one explicit transaction makes the migration atomic and fast.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            if revision == "head" and MigrationContext.configure(connection).get_current_revision() == head_revision():
                return
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    # A file of its own: SQLite's locks are POSIX locks on the database file, which closing any other descriptor
    # of that file would release.
    with open(f"{database}.migrate-lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


_checked: set[tuple[str, tuple[str, ...]]] = set()
_checked_lock = threading.Lock()


class MissingMigration(RuntimeError):
    """A model's table is not in the migrated database: its migration was not written."""


def sessions_with_tables(url: str, tables: list) -> sessionmaker[Session]:
    """Sessions on the Tandem database for a package whose ``tables`` live next to the inbox's (the knowledge
    base's, the insights'). The migrations create them; this checks once per process and URL that they did, so a
    table added to a model without its migration fails here by name instead of at some later query."""
    engine = engine_for(url)
    key = (url, tuple(sorted(t.name for t in tables)))
    if key not in _checked:
        with _checked_lock:
            if key not in _checked:
                present = set(inspect(engine).get_table_names())
                missing = sorted(t.name for t in tables if t.name not in present)
                if missing:
                    raise MissingMigration(
                        f"table(s) {', '.join(missing)} are not in the database after its migrations: write the "
                        f"migration with `tandem db revision -m \"add {missing[0]}\"` (README, Database migrations)")
                _checked.add(key)
    return sessionmaker(engine, expire_on_commit=False)
