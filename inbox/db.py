"""The Tandem database: SQLite in the data folder by default, PostgreSQL (or any SQLAlchemy URL) by setting."""
from __future__ import annotations

import threading
from functools import lru_cache

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


_engine_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per URL and process; tables are created on first use so a fresh clone just works. Locked:
    two threads asking first at the same moment (a turn queueing a handover while the insights recorder writes)
    must not both create the tables."""
    with _engine_lock:
        return _new_engine(url)


@lru_cache(maxsize=8)
def _new_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        from pathlib import Path

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
    from inbox import models  # noqa: F401  (registers the tables)

    Base.metadata.create_all(engine)
    add_missing_columns(engine)
    return engine


def add_missing_columns(engine: Engine) -> list[str]:
    """Add columns that the models have and an older database lacks (``create_all`` only creates whole tables).

    Only nullable columns are added, so existing rows stay valid without a default; anything else needs a
    real migration and is left alone. Safe when several processes start at once: a column another process
    has just added is not an error. Returns ``table.column`` for each column added.
    """
    added: list[str] = []
    existing = inspect(engine)
    for table in Base.metadata.sorted_tables:
        if not existing.has_table(table.name):
            continue
        present = {column["name"] for column in existing.get_columns(table.name)}
        for column in table.columns:
            if column.name in present or not column.nullable or column.primary_key:
                continue
            kind = column.type.compile(dialect=engine.dialect)
            try:
                with engine.begin() as connection:
                    connection.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))
                added.append(f"{table.name}.{column.name}")
            except (OperationalError, ProgrammingError):
                if column.name not in {c["name"] for c in inspect(engine).get_columns(table.name)}:
                    raise
    return added


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


_created: set[tuple[str, tuple[str, ...]]] = set()
_created_lock = threading.Lock()


def sessions_with_tables(url: str, tables: list) -> sessionmaker[Session]:
    """Sessions on the Tandem database with ``tables`` created first, once per process and URL: the knowledge
    base's and the insights' tables live next to the inbox's and an existing database gains them on first use."""
    engine = engine_for(url)
    key = (url, tuple(sorted(t.name for t in tables)))
    if key not in _created:
        with _created_lock:
            if key not in _created:
                Base.metadata.create_all(engine, tables=tables)
                _created.add(key)
    return sessionmaker(engine, expire_on_commit=False)
