"""Fill a Tandem database with generated insights data: the page's browser test, the README screenshot and
`bench/insights_scale.py` use it; ``python -m insights.demo DATABASE_URL [--days 30]`` fills one by hand.

On top of the `insights.synthetic` stream (with a delivery burst two days before ``now``): complaints become
inbox handovers (every tenth claimed, answered by an agent after a few minutes and closed, some rated 1–5), some
answers get a thumbs-down, some questions are marked as declined or barely-confident content gaps. Topics are
discovered and the early warning is run over the burst, so the page shows an alert too.
"""
from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
from sqlalchemy import insert, select, update

from inbox.models import CLOSED, RETURNED, WAITING, Handover, HandoverEvent, Rating
from insights import synthetic
from insights.alerts import check
from insights.tables import AnswerFeedback, InsightMessage, Topic, sessions
from insights.topics import assign_new, refresh_topics

REASONS = ("emotional", "sarcasm", "human_request", "complex", "legal")


def fill(database: str, days: int = 30, now: datetime | None = None, embedder: Any = None, seed: int = 11,
         with_burst: bool = True, vectors: dict | None = None) -> dict[str, int]:
    now = (now or datetime.now(timezone.utc)).replace(minute=0, second=0, microsecond=0)
    start = now - timedelta(days=days)
    burst_at = (now - timedelta(days=2)).replace(hour=10)        # 11:00 in the stream's UTC+1
    bursts = (synthetic.Burst("delivery", burst_at),) if with_burst else ()
    stream = synthetic.counts(start, days, seed=seed, bursts=bursts)
    messages = synthetic.messages(stream, seed=seed)
    if vectors is None:
        if embedder is None:
            from knowledge.embedder import get_embedder

            embedder = get_embedder()
        vectors = synthetic.embed_texts(embedder)
    rng = np.random.default_rng(seed)
    with sessions(database)() as session:
        stored = synthetic.store(session, messages, vectors)
        _outcomes(session, rng, start)
        handovers = _handovers(session, rng, start)
        downs = _thumbs(session, rng, start)
        if vectors:
            refresh_topics(session, at=burst_at)
            assign_new(session, since=start)
        else:                             # no embeddings (bench/insights_scale.py): one topic per generated subject
            _subject_topics(session)
        at, alerts = burst_at, 0
        while at <= min(now, burst_at + timedelta(hours=12)):
            alerts += len(check(session, at=at))
            at += timedelta(minutes=15)
        check(session, at=now)
    return {"messages": stored, "handovers": handovers, "thumbs_down": downs, "alerts": alerts}


def _outcomes(session: Any, rng: np.random.Generator, since: datetime) -> None:
    """Turn some answers into declines, smalltalk and gaps, so every outcome has rows."""
    ids = [i for (i,) in session.execute(select(InsightMessage.id).where(
        InsightMessage.at >= since, InsightMessage.kind == "answer"))]
    draw = rng.random(len(ids))
    groups = {"decline": [i for i, r in zip(ids, draw) if r < 0.12],
              "smalltalk": [i for i, r in zip(ids, draw) if 0.12 <= r < 0.18],
              "low": [i for i, r in zip(ids, draw) if 0.18 <= r < 0.22]}
    for chunk in _chunks(groups["decline"]):
        session.execute(update(InsightMessage).where(InsightMessage.id.in_(chunk)).values(kind="decline", gap="declined"))
    for chunk in _chunks(groups["smalltalk"]):
        session.execute(update(InsightMessage).where(InsightMessage.id.in_(chunk)).values(kind="smalltalk"))
    for chunk in _chunks(groups["low"]):
        session.execute(update(InsightMessage).where(InsightMessage.id.in_(chunk)).values(gap="low_confidence"))
    session.execute(update(InsightMessage).where(InsightMessage.kind == "answer")
                    .values(reply_id=InsightMessage.sender_id))
    # about three messages per conversation: only every third message opens one
    continuing = [i for i, r in zip(ids, rng.random(len(ids))) if r < 0.65]
    for chunk in _chunks(continuing):
        session.execute(update(InsightMessage).where(InsightMessage.id.in_(chunk)).values(opens=False))
    session.commit()


def _subject_topics(session: Any) -> None:
    for spec in synthetic.TOPICS:
        topic = Topic(label=spec.key, words=[spec.key], example=spec.texts["en"][0], centroid=b"", size=0)
        session.add(topic)
        session.flush()
        texts = [t for pools in (spec.texts, spec.complaints) for pool in pools.values() for t in pool]
        session.execute(update(InsightMessage).where(InsightMessage.text.in_(texts)).values(topic_id=topic.id))
    session.commit()


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _handovers(session: Any, rng: np.random.Generator, since: datetime) -> int:
    rows = session.execute(select(InsightMessage.sender_id, InsightMessage.channel, InsightMessage.language,
                                  InsightMessage.at, InsightMessage.text)
                           .where(InsightMessage.at >= since, InsightMessage.handed_over.is_(True))).all()
    count = 0
    for sender, channel, language, at, text in rows:
        state = (CLOSED, CLOSED, CLOSED, RETURNED, WAITING)[int(rng.integers(5))]
        reason = REASONS[int(rng.integers(len(REASONS)))]
        handover = Handover(sender_id=sender, channel=channel, language=language, reasons=[reason], priority=5,
                            state=state, summary=text[:200], created_at=at, updated_at=at, spam=[])
        session.add(handover)
        session.flush()
        events = [{"handover_id": handover.id, "actor": "bot", "action": "handed_over", "detail": "", "at": at}]
        if state != WAITING:
            reply_at = at + timedelta(minutes=float(rng.gamma(2.0, 4.0)))
            events += [{"handover_id": handover.id, "actor": "sam", "action": "claimed", "detail": "", "at": reply_at},
                       {"handover_id": handover.id, "actor": "sam", "action": "replied", "detail": "…", "at": reply_at}]
        session.execute(insert(HandoverEvent), events)
        if state == CLOSED and rng.random() < 0.4:
            score = int(rng.choice([1, 2, 3, 4, 5], p=[0.08, 0.07, 0.15, 0.35, 0.35]))
            session.add(Rating(handover_id=handover.id, token_hash=f"demo-{handover.id}", agent="sam", score=score,
                               invited_at=at, rated_at=at + timedelta(hours=1)))
        count += 1
    session.commit()
    return count


def _thumbs(session: Any, rng: np.random.Generator, since: datetime) -> int:
    rows = session.execute(select(InsightMessage.reply_id, InsightMessage.sender_id, InsightMessage.at)
                           .where(InsightMessage.at >= since, InsightMessage.kind == "answer")).all()
    chosen = [r for r in rows if rng.random() < 0.03]
    if chosen:
        session.execute(insert(AnswerFeedback), [{"reply_id": r, "sender_id": s, "vote": "down",
                                                  "at": at + timedelta(minutes=1)} for r, s, at in chosen])
        session.commit()
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description="Fill a Tandem database with generated insights data.")
    parser.add_argument("database", help="SQLAlchemy URL, e.g. sqlite:///data/tandem.db")
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    print(fill(args.database, days=args.days))


if __name__ == "__main__":
    main()
