"""Every place Tandem keeps data about a follower, found rather than listed.

- SQL databases: the Tandem database (`Settings.database`: inbox, ratings, knowledge tables, and whatever
  tables exist when this runs) and Rasa's tracker store (``{data_dir}/tracker.db``, table ``events``, as
  Rasa 3.6's `SQLTrackerStore` defines it). Each is reflected with SQLAlchemy: a table with a
  ``sender_id`` column holds the follower's rows, and every table whose foreign keys point at those rows
  (handover → waiting messages, events, notes, ratings …) holds more of them, recursively.
- Log files under ``{data_dir}/logs``: the lines that name the sender id.

Nothing here knows the inbox's models, so a table added later with a ``sender_id`` column (or a foreign
key to such a table) is covered without a change here.
"""
from __future__ import annotations

from collections.abc import Iterator

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, create_engine, delete, event, func, or_, select
from sqlalchemy.engine import Engine

SENDER_COLUMNS = ("sender_id",)
ACTIVITY_COLUMNS = ("updated_at", "timestamp", "created_at", "at")   # newest-first preference for "last seen"
LOG_SUFFIXES = (".log", ".txt", ".jsonl", ".out")
PACKED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip")     # rotated logs that a line search cannot read
TEXT_KEYS = ("text", "message", "body", "summary", "content")   # where a follower's words are kept
SHORTEST_SEARCHED_TEXT = 12     # shorter messages ("ja", "danke") occur in anyone's lines: not searched for


@dataclass(frozen=True)
class SqlStore:
    name: str
    url: str

    def exists(self) -> bool:
        if self.url.startswith("sqlite:///"):
            return Path(self.url.removeprefix("sqlite:///")).is_file()
        return True

    def engine(self) -> Engine:
        if self.url.startswith("sqlite"):
            engine = create_engine(self.url, connect_args={"timeout": 15})

            @event.listens_for(engine, "connect")
            def _secure_delete(dbapi_connection, _record) -> None:  # noqa: ANN001
                # Deleted rows are overwritten with zeros instead of lingering in free pages of the file.
                dbapi_connection.execute("PRAGMA secure_delete=ON")

            return engine
        return create_engine(self.url, pool_pre_ping=True)

    def flush(self, engine: Engine) -> None:
        """Move SQLite's write-ahead log into the database file and empty it, so deleted rows do not
        survive in the -wal file either."""
        if self.url.startswith("sqlite"):
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass
class Rows:
    """A follower's rows in one database: table name → rows (column → value)."""
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(r) for r in self.tables.values())


def stores_for(settings: Any, tracker_db_url: str = "") -> list[SqlStore]:
    tracker = tracker_db_url or f"sqlite:///{Path(settings.data_dir) / 'tracker.db'}"
    return [SqlStore("tandem_db", settings.database), SqlStore("rasa_tracker", tracker)]


def open_stores(settings: Any, tracker_db_url: str = "") -> Iterator[tuple[SqlStore, Engine]]:
    """Each store that exists, with an engine disposed once the caller moves on (export, delete, find, purge)."""
    for store in stores_for(settings, tracker_db_url):
        if not store.exists():
            continue
        engine = store.engine()
        try:
            yield store, engine
        finally:
            engine.dispose()


def _reflect(engine: Engine) -> MetaData:
    metadata = MetaData()
    metadata.reflect(engine)
    return metadata


def _sender_column(table: Table):
    return next((table.c[name] for name in SENDER_COLUMNS if name in table.c), None)


def _key(table: Table, row: dict[str, Any]) -> tuple:
    cols = [c.name for c in table.primary_key.columns] or list(row)
    return tuple(row[c] for c in cols)


def collect(engine: Engine, sender_id: str) -> tuple[MetaData, Rows]:
    """The sender's rows: by ``sender_id`` column, then by foreign keys into rows already found."""
    metadata = _reflect(engine)
    found: dict[str, dict[tuple, dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            column = _sender_column(table)
            if column is not None:
                rows = [dict(r._mapping) for r in conn.execute(select(table).where(column == sender_id))]
                if rows:
                    found[table.name] = {_key(table, r): r for r in rows}
        changed = True
        while changed:
            changed = False
            for table in metadata.sorted_tables:
                for fk in table.foreign_keys:
                    parent = fk.column.table.name
                    if parent not in found:
                        continue
                    values = {r[fk.column.name] for r in found[parent].values()}
                    if not values:
                        continue
                    rows = [dict(r._mapping) for r in conn.execute(select(table).where(fk.parent.in_(values)))]
                    bucket = found.setdefault(table.name, {})
                    for r in rows:
                        if _key(table, r) not in bucket:
                            bucket[_key(table, r)] = r
                            changed = True
    return metadata, Rows({name: list(rows.values()) for name, rows in found.items() if rows})


def remove(engine: Engine, metadata: MetaData, rows: Rows) -> dict[str, int]:
    """Delete exactly ``rows``, children before parents, in one transaction."""
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            found = rows.tables.get(table.name)
            if not found:
                continue
            pk = list(table.primary_key.columns)
            if pk:
                keys = [_key(table, r) for r in found]
                for i in range(0, len(keys), 500):
                    chunk = keys[i:i + 500]
                    if len(pk) == 1:
                        cond = pk[0].in_([k[0] for k in chunk])
                    else:
                        cond = or_(*[(pk[0] == k[0]) & (pk[1] == k[1]) for k in chunk])
                    conn.execute(delete(table).where(cond))
            else:
                column = _sender_column(table)
                if column is not None:
                    conn.execute(delete(table).where(column.in_({r[column.name] for r in found})))
            counts[table.name] = len(found)
    return counts


def mentions(engine: Engine, needle: str) -> dict[str, int]:
    """Rows in any table whose text columns contain ``needle`` (the search after a delete)."""
    out: dict[str, int] = {}
    metadata = _reflect(engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            text_cols = [c for c in table.columns if _is_text(c)]
            if not text_cols:
                continue
            cond = or_(*[c.contains(needle, autoescape=True) for c in text_cols])
            n = conn.execute(select(func.count()).select_from(table).where(cond)).scalar_one()
            if n:
                out[table.name] = n
    return out


def _is_text(column) -> bool:
    try:
        return column.type.python_type is str
    except NotImplementedError:
        return False


def last_activity(engine: Engine) -> dict[str, float]:
    """sender id → newest activity (POSIX seconds) over every table with a sender id and a time column."""
    out: dict[str, float] = {}
    metadata = _reflect(engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            sender = _sender_column(table)
            when = next((table.c[n] for n in ACTIVITY_COLUMNS if n in table.c), None)
            if sender is None or when is None:
                continue
            for sid, newest in conn.execute(select(sender, func.max(when)).group_by(sender)):
                seconds = _seconds(newest)
                if seconds is not None and seconds > out.get(sid, float("-inf")):
                    out[sid] = seconds
    return out


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime):
        from datetime import timezone

        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()
    return None


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        elif isinstance(value, (bytes, bytearray, memoryview)):
            value = {"base64": base64.b64encode(bytes(value)).decode()}
        elif key == "data" and isinstance(value, str):
            try:
                value = json.loads(value)           # Rasa's event JSON
            except ValueError:
                pass
        out[key] = value
    return out


# --- log files ---------------------------------------------------------------------------------------------------
def log_files(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / "logs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and any(s in p.name for s in LOG_SUFFIXES))


def log_lines(path: Path, needle: str) -> list[str]:
    with path.open("r", encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f if needle in line]


def remove_log_lines(path: Path, needle: str) -> int:
    """Rewrite ``path`` in place without the lines naming ``needle``. In place (truncate + write), so a
    process appending to it keeps writing to the same file."""
    with path.open("r+b") as f:
        lines = f.read().splitlines(keepends=True)
        token = needle.encode()
        kept = [line for line in lines if token not in line]
        if len(kept) == len(lines):
            return 0
        f.seek(0)
        f.truncate()
        f.writelines(kept)
    return len(lines) - len(kept)


def packed_log_files(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / "logs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(PACKED_SUFFIXES))


def follower_texts(rows: Rows) -> set[str]:
    """What the follower wrote, as stored in their rows (Rasa's event JSON, waiting messages, summaries):
    searched for in the logs too, because a log line holding a message need not name the sender."""
    out: set[str] = set()

    def take(value: Any) -> None:
        if isinstance(value, str) and len(value.strip()) >= SHORTEST_SEARCHED_TEXT:
            out.add(value.strip())

    for table_rows in rows.tables.values():
        for row in table_rows:
            for key, value in row.items():
                if key in TEXT_KEYS:
                    take(value)
                elif isinstance(value, str) and value.startswith("{") and '"text"' in value:
                    try:
                        data = json.loads(value)
                    except ValueError:
                        continue
                    if isinstance(data, dict) and data.get("event") in (None, "user"):
                        take(data.get("text"))
    return out


def log_lines_with_any(path: Path, needles: set[str]) -> list[str]:
    """Lines holding any of ``needles``, also JSON-escaped (structured log lines escape quotes and umlauts)."""
    forms = {form for n in needles for form in (n, json.dumps(n)[1:-1], json.dumps(n, ensure_ascii=False)[1:-1])}
    if not forms:
        return []
    with path.open("r", encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f if any(form in line for form in forms)]


def remove_log_lines_with_any(path: Path, needles: set[str]) -> int:
    removed = 0
    forms = {form for n in needles for form in (n, json.dumps(n)[1:-1], json.dumps(n, ensure_ascii=False)[1:-1])}
    for form in sorted(forms, key=len, reverse=True):
        removed += remove_log_lines(path, form)
    return removed
