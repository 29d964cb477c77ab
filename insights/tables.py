"""The insights tables, in the Tandem database next to the inbox's (same ``Base``, created on first use).

Every follower message the bot handled is one `InsightMessage`: when, which channel and language, what the
bot did (answer, decline, handover, smalltalk …), the handover reasons, whether it was a content gap, its
text with personal data redacted (`privacy.redact`) and its sentence embedding (the knowledge base's encoder),
and its topic. The row keeps the ``sender_id`` so GDPR export and erasure (`privacy.stores`, which finds every
table with that column) and retention cover it without a change there.
"""
from __future__ import annotations

from datetime import datetime, timezone

import threading

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Float, Index, Integer, LargeBinary, String, Text,
                        text)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from database.engine import Base, sessions_with_tables

OPEN, ACKNOWLEDGED = "open", "acknowledged"


def now() -> datetime:
    return datetime.now(timezone.utc)


class InsightMessage(Base):
    """One follower message and what the bot did with it."""

    __tablename__ = "insight_messages"
    __table_args__ = (Index("ix_insight_messages_topic_at", "topic_id", "at"),
                      Index("ix_insight_messages_channel_at", "channel", "at"),
                      # the content gaps' examples read only gap rows of the range (a sixth of all, or fewer)
                      Index("ix_insight_messages_gap_at", "at", postgresql_where=text("gap <> ''"),
                            sqlite_where=text("gap <> ''")),
                      # the thumbs-down list reads only answers with a thumbs-down
                      Index("ix_insight_messages_down_at", "at", postgresql_where=text("vote = 'down'"),
                            sqlite_where=text("vote = 'down'")))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    channel: Mapped[str] = mapped_column(String(64), default="unknown")
    language: Mapped[str] = mapped_column(String(8), default="")
    kind: Mapped[str] = mapped_column(String(16))                  # answer | decline | handover | smalltalk | empty
    opens: Mapped[bool] = mapped_column(Boolean, default=False)     # the conversation's first message
    reasons: Mapped[str] = mapped_column(String(200), default="")   # handover reasons, comma-separated
    negative: Mapped[bool] = mapped_column(Boolean, default=False)  # the detector found anger / distress
    sarcastic: Mapped[bool] = mapped_column(Boolean, default=False)
    handed_over: Mapped[bool] = mapped_column(Boolean, default=False)
    gap: Mapped[str] = mapped_column(String(32), default="")        # content-gap reason ('' = not a gap)
    text: Mapped[str] = mapped_column(Text, default="")             # redacted, at most 500 characters
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)   # float32 × 512
    topic_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reply_id: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)  # answers: for feedback
    sources: Mapped[str] = mapped_column(String(500), default="")   # cited document ids, comma-separated
    # the follower's vote on this answer (down | up), a copy of `AnswerFeedback.vote` the database keeps (triggers
    # on ``insight_feedback``), so the page finds the thumbs-down without joining a million messages to the votes
    vote: Mapped[str | None] = mapped_column(String(8), nullable=True)

    @property
    def complaint(self) -> bool:
        """What the early warning counts: a negative, sarcastic or handed-over message."""
        return bool(self.negative or self.sarcastic or self.handed_over)


class Topic(Base):
    """A cluster of similar messages. Kept (``active`` False) when it stops appearing, so history keeps its name."""

    __tablename__ = "insight_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    words: Mapped[list] = mapped_column(JSON, default=list)
    example: Mapped[str] = mapped_column(Text, default="")
    centroid: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Alert(Base):
    """One rise of one topic's complaints (see `insights.alerts`). A rise has one row however long it lasts."""

    __tablename__ = "insight_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)   # None: not yet clustered
    topic_label: Mapped[str] = mapped_column(String(200))
    began_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    observed: Mapped[int] = mapped_column(Integer)         # complaints on the topic since the rise began
    expected: Mapped[float] = mapped_column(Float)         # … expected from the baseline share and the traffic
    baseline_share: Mapped[float] = mapped_column(Float)
    share: Mapped[float] = mapped_column(Float)            # the topic's complaint share since the rise began
    statistic: Mapped[float] = mapped_column(Float)
    channels: Mapped[dict] = mapped_column(JSON, default=dict)
    examples: Mapped[list] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(16), default=OPEN, index=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    notified: Mapped[dict] = mapped_column(JSON, default=dict)   # channel → "sent" or the error

    @property
    def ratio(self) -> float:
        return self.observed / self.expected if self.expected > 0 else float("inf")


class AnswerFeedback(Base):
    """A follower's thumbs-down (or up) on one bot answer; one vote per answer, the last one counts."""

    __tablename__ = "insight_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reply_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    vote: Mapped[str] = mapped_column(String(8))            # down | up
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)


class Digest(Base):
    """A weekly digest sent, so a restart in the same week does not send it again."""

    __tablename__ = "insight_digests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(String(10), unique=True)    # ISO week, e.g. 2026-W48
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    via: Mapped[dict] = mapped_column(JSON, default=dict)


# --- quarter-hour roll-ups -------------------------------------------------------------------------------------------
# The page's traffic, outcome and topic figures need counts per time bucket, channel, language, kind and topic; at a
# million stored messages counting the raw rows for each page view took seconds. The database keeps those counts
# itself: triggers on ``insight_messages`` add every inserted row, subtract every deleted one and move every changed
# one (the topics' daily re-assignment, GDPR erasure, retention), in the writer's own transaction, whoever writes
# (the recorder, `insights.topics`, `privacy`, a migration). Triggers on ``insight_feedback`` copy each answer's
# vote to ``insight_messages.vote``, which moves its thumbs-down the same way. `rebuild_rollups`
# (``python -m insights.rollup``)
# recomputes them from the raw rows; `insights.figures` reads them for whole quarter hours and the raw rows for the
# rest of a range, and tests check both ways give the same figures.
#
# Quarter hours, not hours: every time zone in use is a whole number of quarter hours from UTC, so a quarter hour
# always lies in one local hour and one local day — in Kolkata (+5:30) or Kathmandu (+5:45) too, where a UTC hour
# straddles two local days. A bucket is ``floor(epoch seconds / 900)``, an integer on both databases.

QUARTER_S = 900


class TrafficQuarter(Base):
    """Messages and opened conversations per quarter hour (UTC), channel, language and what the bot did."""

    __tablename__ = "insight_traffic_quarters"

    quarter: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)   # epoch s // 900
    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    opened: Mapped[int] = mapped_column(Integer, default=0)


class TopicQuarter(Base):
    """Messages, complaints and content gaps per quarter hour (UTC), channel and topic (0: not yet clustered; a
    primary key cannot hold NULL and topic ids start at 1)."""

    __tablename__ = "insight_topic_quarters"

    quarter: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    topic: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    complaints: Mapped[int] = mapped_column(Integer, default=0)       # negative, sarcastic or handed over
    declined: Mapped[int] = mapped_column(Integer, default=0)         # content gap other than low confidence
    low_confidence: Mapped[int] = mapped_column(Integer, default=0)   # content gap: a barely-confident answer
    thumbs_down: Mapped[int] = mapped_column(Integer, default=0)      # answers the follower gave a thumbs-down


NO_TOPIC_ID = 0
ROLLUPS = [TrafficQuarter.__table__, TopicQuarter.__table__]
TRIGGER_PREFIX = "insight_quarters_"

# What one message row adds to each roll-up, as SQL over a row alias ``m`` and a sign (+1 added, -1 removed).
_QUARTER = {"postgresql": "floor(extract(epoch FROM {m}.at) / 900)::bigint",
            "sqlite": "CAST(strftime('%s', {m}.at) AS INTEGER) / 900"}
_TRUE = {"postgresql": "{m}.{c}", "sqlite": "{m}.{c} = 1"}


def _contributions(dialect: str, m: str, sign: str) -> dict[str, dict[str, str]]:
    quarter = _QUARTER[dialect].format(m=m)
    true = lambda column: _TRUE[dialect].format(m=m, c=column)  # noqa: E731
    complaint = f"({true('negative')} OR {true('sarcastic')} OR {true('handed_over')})"
    return {
        TrafficQuarter.__tablename__: {
            "quarter": quarter, "channel": f"{m}.channel", "language": f"{m}.language", "kind": f"{m}.kind",
            "messages": sign, "opened": f"CASE WHEN {true('opens')} THEN {sign} ELSE 0 END"},
        TopicQuarter.__tablename__: {
            "quarter": quarter, "channel": f"{m}.channel", "topic": f"COALESCE({m}.topic_id, {NO_TOPIC_ID})",
            "messages": sign, "complaints": f"CASE WHEN {complaint} THEN {sign} ELSE 0 END",
            "declined": f"CASE WHEN {m}.gap <> '' AND {m}.gap <> 'low_confidence' THEN {sign} ELSE 0 END",
            "low_confidence": f"CASE WHEN {m}.gap = 'low_confidence' THEN {sign} ELSE 0 END",
            "thumbs_down": f"CASE WHEN {m}.vote = 'down' THEN {sign} ELSE 0 END"},
    }


def _keys(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].primary_key.columns]


def _upsert(table: str, columns: dict[str, str], source: str, grouped: bool) -> str:
    """``INSERT … ON CONFLICT DO UPDATE`` adding ``columns`` (key and count expressions) to ``table``; ``grouped``
    sums them over ``source`` first (PostgreSQL's transition tables), in key order so that two bulk writers lock
    the same roll-up rows in the same order and cannot deadlock."""
    keys = _keys(table)
    counts = [c for c in columns if c not in keys]
    names = ", ".join(columns)
    update = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in counts)
    if grouped:
        select = (f"SELECT {', '.join(columns[k] for k in keys)}, {', '.join(f'sum({columns[c]})' for c in counts)} "
                  f"FROM {source} GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))} "
                  f"HAVING {' OR '.join(f'sum({columns[c]}) <> 0' for c in counts)} "
                  f"ORDER BY {', '.join(str(i + 1) for i in range(len(keys)))}")
    else:
        select = f"SELECT {', '.join(columns.values())} WHERE true"   # WHERE: SQLite's upsert parsing needs it
    return (f"INSERT INTO {table} ({names}) {select} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {update}")


# An answer stored after its vote (one ORM flush may write the vote first) takes the vote over from there.
_VOTED = "EXISTS (SELECT 1 FROM insight_feedback f WHERE f.reply_id = {m}.reply_id)"


def _sqlite_triggers() -> list[str]:
    """Row triggers (SQLite has no other kind); an update moves the row only if a counted column changed."""
    counted = "at, channel, language, kind, opens, topic_id, negative, sarcastic, handed_over, gap, vote"
    statements = []
    for event, parts in (("INSERT", [("NEW", "1")]), ("DELETE", [("OLD", "-1")]),
                         (f"UPDATE OF {counted}", [("OLD", "-1"), ("NEW", "1")])):
        body = "".join(_upsert(table, columns, "", grouped=False) + ";\n"
                       for alias, sign in parts
                       for table, columns in _contributions("sqlite", alias, sign).items())
        if event == "INSERT":
            body += (f"UPDATE insight_messages SET vote = (SELECT f.vote FROM insight_feedback f WHERE "
                     f"f.reply_id = NEW.reply_id) WHERE id = NEW.id AND {_VOTED.format(m='NEW')};\n")
        name = TRIGGER_PREFIX + event.split()[0].lower()
        statements.append(f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON insight_messages\n"
                          f"BEGIN\n{body}END")
    return statements


def _postgresql_triggers() -> list[str]:
    """Statement triggers with transition tables: a bulk update (the topics' re-assignment of two weeks) costs one
    grouped upsert per roll-up instead of one per row."""
    statements = []
    for event, referencing, sources in (
            ("INSERT", "NEW TABLE AS new_rows", [("new_rows", "1")]),
            ("DELETE", "OLD TABLE AS old_rows", [("old_rows", "-1")]),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", [("old_rows", "-1"), ("new_rows", "1")])):
        name = TRIGGER_PREFIX + event.lower()
        body = ""
        for table in (TrafficQuarter.__tablename__, TopicQuarter.__tablename__):
            union = " UNION ALL ".join(
                "SELECT " + ", ".join(f"{expr} AS {col}"
                                      for col, expr in _contributions("postgresql", "m", sign)[table].items())
                + f" FROM {source} m" for source, sign in sources)
            columns = {c: c for c in _contributions("postgresql", "m", "1")[table]}
            body += _upsert(table, columns, f"({union}) AS delta", grouped=True) + ";\n"
        if event == "INSERT":
            body += ("UPDATE insight_messages m SET vote = f.vote FROM new_rows n JOIN insight_feedback f "
                     "ON f.reply_id = n.reply_id WHERE m.id = n.id AND m.vote IS DISTINCT FROM f.vote;\n")
        statements.append(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                          f"BEGIN\n{body}RETURN NULL;\nEND\n$body$")
        statements.append(f"CREATE OR REPLACE TRIGGER {name} AFTER {event} ON insight_messages "
                          f"REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    return statements


VOTE_PREFIX = "insight_feedback_vote_"


def _vote_triggers(dialect: str) -> list[str]:
    """Keep ``insight_messages.vote`` equal to the answer's row in ``insight_feedback`` (which the follower's
    thumbs write, and GDPR erasure deletes); the change then moves the answer's thumbs-down in the roll-up."""
    set_new = "UPDATE insight_messages SET vote = {v}.vote WHERE reply_id = {v}.reply_id"
    clear = "UPDATE insight_messages SET vote = NULL WHERE reply_id = {v}.reply_id"
    if dialect == "sqlite":
        return [f"CREATE TRIGGER IF NOT EXISTS {VOTE_PREFIX}{event.split()[0].lower()} AFTER {event} ON "
                f"insight_feedback\nBEGIN\n{body};\nEND"
                for event, body in (("INSERT", set_new.format(v="NEW")), ("DELETE", clear.format(v="OLD")),
                                    ("UPDATE OF vote, reply_id",
                                     clear.format(v="OLD") + ";\n" + set_new.format(v="NEW")))]
    set_new = ("UPDATE insight_messages m SET vote = n.vote FROM new_rows n WHERE m.reply_id = n.reply_id "
               "AND m.vote IS DISTINCT FROM n.vote")
    clear = ("UPDATE insight_messages m SET vote = NULL FROM old_rows o WHERE m.reply_id = o.reply_id "
             "AND m.vote IS NOT NULL")
    statements = []
    for event, referencing, body in (
            ("INSERT", "NEW TABLE AS new_rows", set_new),
            ("DELETE", "OLD TABLE AS old_rows", clear),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
             clear + " AND o.reply_id NOT IN (SELECT reply_id FROM new_rows);\n" + set_new)):
        name = VOTE_PREFIX + event.lower()
        statements.append(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                          f"BEGIN\n{body};\nRETURN NULL;\nEND\n$body$")
        statements.append(f"CREATE OR REPLACE TRIGGER {name} AFTER {event} ON insight_feedback "
                          f"REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    return statements


def rollup_ddl(dialect: str) -> list[str]:
    """The trigger statements that keep the roll-ups (for a migration: create `ROLLUPS`, run these, then
    `rebuild_rollups`)."""
    if dialect == "postgresql":
        return _postgresql_triggers() + _vote_triggers(dialect)
    if dialect == "sqlite":
        return _sqlite_triggers() + _vote_triggers(dialect)
    raise NotImplementedError(f"insights roll-ups need PostgreSQL or SQLite, not {dialect}")


def rebuild_rollups(connection: Connection) -> dict[str, int]:
    """Recompute both roll-ups (and the answers' copy of their vote) from ``insight_messages`` and
    ``insight_feedback`` in the caller's transaction (nothing else writes them meanwhile: PostgreSQL locks both
    tables against writers, SQLite has one writer). Returns the roll-up rows written."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(text("LOCK TABLE insight_messages, insight_feedback IN SHARE ROW EXCLUSIVE MODE"))
    # the votes first (a database from before the vote column, or feedback written with the triggers missing)
    connection.execute(text("UPDATE insight_messages AS m SET vote = f.vote FROM insight_feedback f "
                            "WHERE f.reply_id = m.reply_id AND m.vote IS DISTINCT FROM f.vote"))
    connection.execute(text("UPDATE insight_messages AS m SET vote = NULL WHERE m.vote IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM insight_feedback f WHERE f.reply_id = m.reply_id)"))
    written = {}
    for table, columns in _contributions(dialect, "m", "1").items():
        connection.execute(text(f"DELETE FROM {table}"))
        keys = _keys(table)
        counts = [c for c in columns if c not in keys]
        positions = ", ".join(str(i + 1) for i in range(len(keys)))
        written[table] = connection.execute(text(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"SELECT {', '.join(columns[k] for k in keys)}, {', '.join(f'sum({columns[c]})' for c in counts)} "
            f"FROM insight_messages m GROUP BY {positions}")).rowcount
    return written


def _has_triggers(connection: Connection) -> bool:
    names = {prefix + e for prefix in (TRIGGER_PREFIX, VOTE_PREFIX) for e in ("insert", "delete", "update")}
    if connection.dialect.name == "postgresql":
        found = connection.execute(text("SELECT tgname FROM pg_trigger WHERE tgrelid IN "
                                        "('insight_messages'::regclass, 'insight_feedback'::regclass)"))
    else:
        found = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return names <= {name for (name,) in found}


def ensure_rollups(engine: Engine) -> bool:
    """Install the triggers, the indexes a database created before them lacks, and fill the roll-ups from the
    stored messages, once per database (an existing database gains them on first use, like new tables). Several
    processes may start at once: PostgreSQL serialises them with an advisory lock; on SQLite a second process may
    rebuild again, which gives the same counts (the rebuild holds the write lock). Returns whether it installed
    them now."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('tandem insight rollups'))"))
        if _has_triggers(connection):
            return False
        for index in InsightMessage.__table__.indexes:
            index.create(connection, checkfirst=True)
        for statement in rollup_ddl(connection.dialect.name):
            connection.execute(text(statement))
        rebuild_rollups(connection)
    return True


TABLES = [InsightMessage.__table__, Topic.__table__, Alert.__table__, AnswerFeedback.__table__, Digest.__table__,
          *ROLLUPS]
_ready: set[str] = set()
_ready_lock = threading.Lock()


def sessions(url: str) -> sessionmaker[Session]:
    """Sessions on the Tandem database with the insights tables and the roll-ups' triggers created (once per
    process and URL)."""
    factory = sessions_with_tables(url, TABLES)
    if url not in _ready:
        with _ready_lock:
            if url not in _ready:
                ensure_rollups(factory.kw["bind"])
                _ready.add(url)
    return factory
