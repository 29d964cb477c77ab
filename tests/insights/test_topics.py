"""Topics are stable from one day to the next: re-clustering a day later (the window moved by a day, a day's new
messages in it) keeps every topic's id and the messages in it, so a topic's history on the page and in the early
warning means something. On the generated stream with the real multilingual encoder."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from insights import synthetic
from insights.tables import InsightMessage, Topic
from insights.topics import refresh_topics

START = datetime(2026, 2, 2, tzinfo=timezone.utc)


def topic_of_each_text(db) -> dict[str, int]:
    return dict(db.execute(select(InsightMessage.text, InsightMessage.topic_id).where(
        InsightMessage.topic_id.is_not(None)).distinct()).all())


def test_a_day_later_the_same_subjects_keep_their_topics(db, synthetic_vectors):
    synthetic.store(db, synthetic.messages(synthetic.counts(START, 16, seed=5), seed=5), synthetic_vectors)
    first = refresh_topics(db, at=START + timedelta(days=15))
    assert first.clusters >= 5 and first.created == first.clusters
    before = topic_of_each_text(db)
    labels = {t.id: t.label for t in db.scalars(select(Topic))}

    second = refresh_topics(db, at=START + timedelta(days=16))
    after = topic_of_each_text(db)
    assert second.kept == first.clusters and second.retired == 0, second
    moved = [text for text in before if text in after and after[text] != before[text]]
    assert len(before) >= 20 and moved == [], moved
    for topic in db.scalars(select(Topic).where(Topic.active.is_(True))):
        if topic.id in labels:
            assert topic.label, topic.id
    # each topic's messages per day reach back over both refreshes under one id
    first_day = START + timedelta(days=1)
    assert db.scalar(select(InsightMessage.topic_id).where(InsightMessage.at >= first_day,
                                                           InsightMessage.topic_id.is_not(None)).limit(1)) in labels
