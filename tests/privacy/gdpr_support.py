"""A data folder holding one follower ("victim") and one bystander in every store Tandem writes."""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from database.engine import session_factory
from inbox.models import HandoverEvent, Note, Rating, WaitingMessage
from inbox.queue import enqueue
from tandem.settings import Settings

VICTIM, OTHER = "victim-7c1f", "bystander-93ab"
SECRET_TEXT = "meine Adresse ist Lindenstraße 14"

# Rasa 3.6 SQLTrackerStore's table, as created in a real tracker.db (sqlite3 data/tracker.db .schema).
RASA_EVENTS = """CREATE TABLE events (
    id INTEGER NOT NULL, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL, timestamp FLOAT,
    intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT, PRIMARY KEY (id))"""


def tracker_events(db: Path, sender: str, text: str, at: float) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER NOT NULL, sender_id VARCHAR(255) NOT NULL, "
                     "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
                     "action_name VARCHAR(255), data TEXT, PRIMARY KEY (id))")
        conn.execute("CREATE INDEX IF NOT EXISTS ix_events_sender_id ON events (sender_id)")
        for type_name, data in (("user", {"event": "user", "text": text, "timestamp": at}),
                                ("bot", {"event": "bot", "text": "Danke!", "timestamp": at + 1})):
            conn.execute("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                         (sender, type_name, data["timestamp"], json.dumps(data)))


def inbox_rows(settings: Settings, sender: str, text: str, at: datetime) -> int:
    with session_factory(settings.database)() as session:
        handover = enqueue(session, sender_id=sender, channel="rest", language="de", reasons=["emotional"],
                           priority=3, explanation="angry", summary=text)
        handover.created_at = handover.updated_at = at
        session.add_all([WaitingMessage(handover_id=handover.id, text=text, created_at=at),
                         Note(handover_id=handover.id, author="agent", text=f"note about {sender}"),
                         Rating(handover_id=handover.id, token_hash=f"hash-{sender}", score=4),
                         HandoverEvent(handover_id=handover.id, actor="agent", action="claimed", at=at)])
        session.commit()
        return handover.id


def log_lines(data_dir: Path, sender: str) -> None:
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / "actions.log").open("a") as f:
        f.write(f"INFO handover 1 of {sender}: emotional\nINFO unrelated line\n")
    with (logs / "rasa.log").open("a") as f:
        f.write(f"DEBUG Received user message from {sender}\n")


def populate(data_dir: Path, days_ago: dict[str, float] | None = None) -> Settings:
    settings = Settings(data_dir=data_dir)
    days_ago = days_ago or {}
    for sender in (VICTIM, OTHER):
        age = days_ago.get(sender, 0.0)
        at = datetime.now(timezone.utc) - timedelta(days=age)
        tracker_events(data_dir / "tracker.db", sender, f"{SECRET_TEXT} ({sender})", time.time() - age * 86400)
        inbox_rows(settings, sender, f"{SECRET_TEXT} ({sender})", at)
        log_lines(data_dir, sender)
    return settings


def everything_mentioning(data_dir: Path, needle: str) -> list[str]:
    """A brute-force search independent of privacy.stores: every text cell of every table, every file."""
    hits = []
    for db in data_dir.glob("*.db"):
        with sqlite3.connect(db) as conn:
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    if any(needle in str(cell) for cell in row):
                        hits.append(f"{db.name}:{table}")
    for path in data_dir.rglob("*"):
        if path.is_file() and path.suffix not in (".db", ".db-wal", ".db-shm") and needle in path.read_text(errors="replace"):
            hits.append(str(path.relative_to(data_dir)))
    return hits
