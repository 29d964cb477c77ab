"""The quarter-hour roll-ups give the same figures as counting the raw rows: for day ranges in time zones whose day
does not start on a UTC hour, for ranges starting and ending inside a quarter hour, for one channel; after messages
are re-assigned to topics, changed and erased; after a rebuild; and on SQLite and PostgreSQL alike."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, delete, insert, select, text, update

from inbox.models import CLOSED, WAITING, Handover, HandoverEvent
from insights import rollup, tables
from insights.figures import Insights, day_range
from insights.tables import (AnswerFeedback, InsightMessage, Topic, TopicQuarter, TrafficQuarter, ensure_rollups,
                             rollup_ddl)

UTC = timezone.utc
FIRST = datetime(2026, 3, 27, tzinfo=UTC)      # five days around Berlin's switch to summer time (29 March)
DAYS = 5
ZONES = ("Europe/Berlin", "Asia/Kathmandu", "Asia/Kolkata", "America/St_Johns", "UTC")


def fill(session, seed: int = 7, messages: int = 1500) -> None:
    """Messages at random microseconds over five days, every channel, language, outcome, topic, gap and flag."""
    rng = random.Random(seed)
    session.add_all([Topic(id=i, label=f"topic {i}", centroid=b"") for i in (1, 2, 3)])
    session.flush()
    rows, votes = [], []
    for i in range(messages):
        at = FIRST + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        kind = rng.choice(["answer", "answer", "answer", "decline", "handover", "smalltalk", "empty"])
        reply = f"r{i}" if kind == "answer" else None
        rows.append({"at": at, "sender_id": f"s{rng.randrange(300)}", "channel": rng.choice(["web", "instagram",
                     "telegram"]), "language": rng.choice(["de", "de", "en", ""]), "kind": kind,
                     "opens": rng.random() < 0.35, "reasons": "", "negative": rng.random() < 0.1,
                     "sarcastic": rng.random() < 0.05, "handed_over": kind == "handover",
                     "gap": rng.choice(["", "", "", "declined", "low_confidence", "no_passages"]),
                     "text": rng.choice(["Wo ist mein Paket?", "price?", "Rücksendung", "Danke", ""]),
                     "topic_id": rng.choice([None, 1, 2, 3]), "reply_id": reply, "sources": ""})
        if reply and rng.random() < 0.2:
            votes.append({"reply_id": reply, "sender_id": rows[-1]["sender_id"], "vote": rng.choice(["down", "up"]),
                          "at": at + timedelta(minutes=2)})
    session.execute(insert(InsightMessage), rows[:700])       # one bulk statement …
    for row in rows[700:]:                                    # … and one row at a time, as the recorder writes
        session.add(InsightMessage(**row))
    session.execute(insert(AnswerFeedback), votes)
    for i in range(40):
        created = FIRST + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        handover = Handover(sender_id=f"h{i}", channel=rng.choice(["web", "instagram"]), reasons=["emotional"],
                            state=rng.choice([CLOSED, WAITING]), created_at=created)
        session.add(handover)
        session.flush()
        session.add(HandoverEvent(handover_id=handover.id, actor="sam", action="replied",
                                  at=created + timedelta(minutes=rng.uniform(1, 30))))
    session.commit()


def ranges() -> list[tuple[str, datetime, datetime, str]]:
    """Whole local days in each zone, and ranges cut inside quarter hours (and one inside a single one)."""
    found = []
    for zone in ZONES:
        for first, last in ((date(2026, 3, 28), date(2026, 3, 30)), (date(2026, 3, 29), date(2026, 3, 29))):
            start, end = day_range(first, last, zone)
            found.append((zone, start, end, f"{zone} {first}..{last}"))
    odd = [(datetime(2026, 3, 28, 0, 37, 12, 500000, tzinfo=UTC), datetime(2026, 3, 30, 17, 5, 0, 1, tzinfo=UTC)),
           (datetime(2026, 3, 29, 10, 1, tzinfo=UTC), datetime(2026, 3, 29, 10, 14, tzinfo=UTC)),
           (datetime(2026, 3, 29, 10, 15, tzinfo=UTC), datetime(2026, 3, 29, 10, 30, tzinfo=UTC))]
    found += [("Asia/Kathmandu", start, end, f"{start}..{end}") for start, end in odd]
    return found


def assert_same_figures(session, note: str = "") -> None:
    for zone, start, end, label in ranges():
        for channel in (None, "instagram"):
            from_rollups = Insights(session, start, end, channel, zone).all()
            from_raw = Insights(session, start, end, channel, zone, raw=True).all()
            for name in from_raw:
                assert from_rollups[name] == from_raw[name], f"{note} {label} channel={channel}: {name}"


def test_the_rollups_give_the_figures_the_raw_rows_give(any_db):
    fill(any_db)
    whole = Insights(any_db, FIRST, FIRST + timedelta(days=DAYS), raw=True).all()
    assert sum(r[3] for r in whole["conversations_by_day"]["rows"]) == 1500        # every message counted
    assert_same_figures(any_db)


def test_changed_reassigned_and_erased_messages_move_in_the_rollups(any_db):
    fill(any_db)
    # the topics' daily re-assignment: every message loses its topic, then gets one, many per statement
    any_db.execute(update(InsightMessage).values(topic_id=None).execution_options(synchronize_session=False))
    ids = any_db.scalars(select(InsightMessage.id)).all()
    messages = InsightMessage.__table__
    any_db.connection().execute(update(messages).where(messages.c.id == bindparam("rid"))
                                .values(topic_id=bindparam("tid")), [{"rid": i, "tid": 1 + i % 3} for i in ids[::2]])
    # a message changed one at a time (outcome, gap, time across a quarter hour and a day)
    row = any_db.get(InsightMessage, ids[5])
    row.kind, row.gap, row.at, row.channel = "decline", "declined", row.at + timedelta(hours=23, minutes=7), "web"
    # GDPR erasure and retention delete rows (privacy uses plain DELETE statements on the reflected table)
    any_db.execute(delete(InsightMessage).where(InsightMessage.sender_id.in_(["s1", "s2", "s3"])))
    any_db.delete(any_db.get(InsightMessage, ids[7]))
    # followers vote again, take a vote back (erasure), and vote on answers for the first time
    votes = any_db.scalars(select(AnswerFeedback).order_by(AnswerFeedback.id)).all()
    for vote in votes[:10]:
        vote.vote = "up" if vote.vote == "down" else "down"
    any_db.delete(votes[10])
    any_db.execute(delete(AnswerFeedback).where(AnswerFeedback.id.in_([v.id for v in votes[11:15]])))
    voted = {v.reply_id for v in votes}
    fresh = any_db.execute(select(InsightMessage.reply_id, InsightMessage.sender_id).where(
        InsightMessage.reply_id.is_not(None), InsightMessage.reply_id.not_in(voted)).limit(20)).all()
    any_db.execute(insert(AnswerFeedback), [{"reply_id": r, "sender_id": s, "vote": "down", "at": FIRST}
                                            for r, s in fresh])
    # an update of what the roll-ups do not count (the embedding) leaves them alone
    any_db.execute(update(InsightMessage).where(InsightMessage.id < 50).values(embedding=b"\0"))
    any_db.commit()
    assert_same_figures(any_db, "after changes")


def test_a_rebuild_recomputes_the_rollups_from_the_raw_rows(any_db, capsys):
    fill(any_db)
    maintained = rollup_rows(any_db)
    # damage them: the page would now be wrong, which shows it reads the roll-ups
    any_db.execute(update(TrafficQuarter).values(messages=TrafficQuarter.messages + 5))
    any_db.execute(delete(TopicQuarter).where(TopicQuarter.topic == 2))
    any_db.commit()
    start, end = day_range(date(2026, 3, 28), date(2026, 3, 30), "Europe/Berlin")
    assert Insights(any_db, start, end).traffic() != Insights(any_db, start, end, raw=True).traffic()
    any_db.close()
    # the command (python -m insights.rollup URL)
    assert rollup.main([any_db.get_bind().url.render_as_string(hide_password=False)]) == 0
    assert (f"insight_traffic_quarters {len(maintained[0])} rows, insight_topic_quarters {len(maintained[1])} rows"
            in capsys.readouterr().out)
    assert rollup_rows(any_db) == maintained
    assert_same_figures(any_db, "after a rebuild")


def test_a_database_from_before_the_rollups_gains_them_filled(any_db):
    fill(any_db, messages=300)
    maintained = rollup_rows(any_db)
    connection = any_db.connection()
    postgres = connection.dialect.name == "postgresql"
    for event in ("insert", "delete", "update"):            # as a database created before the roll-ups
        connection.execute(text(f"DROP TRIGGER insight_quarters_{event}"
                                + (" ON insight_messages" if postgres else "")))
        connection.execute(text(f"DROP TRIGGER insight_feedback_vote_{event}"
                                + (" ON insight_feedback" if postgres else "")))
    connection.execute(update(InsightMessage).values(vote=None))
    connection.execute(delete(TrafficQuarter))
    connection.execute(delete(TopicQuarter))
    any_db.commit()
    assert ensure_rollups(any_db.get_bind()) is True
    assert ensure_rollups(any_db.get_bind()) is False       # once
    assert rollup_rows(any_db) == maintained


def rollup_rows(session) -> tuple[list[tuple], list[tuple]]:
    """Both roll-ups without rows that fell to zero (a maintained roll-up keeps them, a rebuilt one has none)."""
    return tuple(sorted(tuple(r) for r in session.execute(select(t).where(t.c.messages != 0)))
                 for t in (TrafficQuarter.__table__, TopicQuarter.__table__))


def test_a_day_in_kathmandu_starts_at_a_quarter_past_six_utc(db):
    """Kathmandu is UTC+5:45: 18:10 and 18:20 UTC are 23:55 on one local day and 00:05 on the next, in the same
    UTC hour; counted per quarter hour they land on their own days and hours."""
    db.add_all([InsightMessage(at=datetime(2026, 3, 2, 18, 10, tzinfo=UTC), sender_id="a", channel="web",
                               language="de", kind="answer", opens=True),
                InsightMessage(at=datetime(2026, 3, 2, 18, 20, tzinfo=UTC), sender_id="b", channel="web",
                               language="de", kind="decline", opens=True)])
    db.commit()
    start, end = day_range(date(2026, 3, 2), date(2026, 3, 3), "Asia/Kathmandu")
    for raw in (False, True):
        t = Insights(db, start, end, tz="Asia/Kathmandu", raw=raw).traffic()
        assert t["conversations_by_day"]["rows"] == [["2026-03-02", "web", 1, 1], ["2026-03-03", "web", 1, 1]]
        hours = {h: c for h, c, _ in t["conversations_by_hour"]["rows"] if c}
        assert hours == {23: 1, 0: 1}
        assert t["outcomes_by_day"]["rows"] == [["2026-03-02", 1, 0, 0, 0, 0], ["2026-03-03", 0, 1, 0, 0, 0]]


def test_the_trigger_statements_are_there_for_a_migration():
    """The lead's Alembic migration creates the tables and runs these (PostgreSQL: a function and a trigger per
    event); anything else is refused rather than left without roll-ups."""
    assert len(rollup_ddl("postgresql")) == 12 and len(rollup_ddl("sqlite")) == 6
    for event in ("insert", "update", "delete"):
        assert any(f"insight_quarters_{event} AFTER" in s for s in rollup_ddl("sqlite"))
        assert any(f"insight_feedback_vote_{event} AFTER" in s for s in rollup_ddl("sqlite"))
    with pytest.raises(NotImplementedError):
        rollup_ddl("mysql")
    assert {t.name for t in tables.ROLLUPS} == {"insight_traffic_quarters", "insight_topic_quarters"}


def test_hours_and_days_follow_berlins_switch_to_summer_time(db):
    """29 March 2026 has 23 hours in Berlin: 00:30 UTC is 01:30 CET, 01:30 UTC is already 03:30 CEST, and 22:30 UTC
    is 00:30 on the next day."""
    for i, at in enumerate([datetime(2026, 3, 28, 23, 30), datetime(2026, 3, 29, 0, 30), datetime(2026, 3, 29, 1, 30),
                            datetime(2026, 3, 29, 21, 59), datetime(2026, 3, 29, 22, 30)]):
        db.add(InsightMessage(at=at.replace(tzinfo=UTC), sender_id=f"s{i}", channel="web", language="de",
                              kind="answer", opens=True))
    db.commit()
    start, end = day_range(date(2026, 3, 29), date(2026, 3, 30), "Europe/Berlin")
    for raw in (False, True):
        t = Insights(db, start, end, tz="Europe/Berlin", raw=raw).traffic()
        assert t["conversations_by_day"]["rows"] == [["2026-03-29", "web", 4, 4], ["2026-03-30", "web", 1, 1]]
        assert {h: c for h, c, _ in t["conversations_by_hour"]["rows"] if c} == {0: 2, 1: 1, 3: 1, 23: 1}


def test_an_answer_stored_after_its_vote_takes_the_vote_over(any_db):
    any_db.execute(insert(AnswerFeedback), [{"reply_id": "r1", "sender_id": "a", "vote": "down", "at": FIRST}])
    any_db.execute(insert(InsightMessage), [{"at": FIRST, "sender_id": "a", "channel": "web", "language": "de",
                                             "kind": "answer", "reply_id": "r1", "text": "Wo ist mein Paket?"}])
    any_db.commit()
    assert any_db.scalar(select(InsightMessage.vote)) == "down"
    for raw in (False, True):
        f = Insights(any_db, FIRST, FIRST + timedelta(hours=1), tz="UTC", raw=raw).feedback()
        assert f["thumbs_down_by_day"]["rows"] == [["2026-03-27", 1, 1]]
