"""Each insights query against a small hand-made fixture whose figures were counted by hand (in the comments)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from inbox.models import CLOSED, RETURNED, WAITING, Handover, HandoverEvent, Rating
from insights.figures import Insights, day_range, to_csv
from insights.tables import AnswerFeedback, InsightMessage, Topic

UTC = timezone.utc
D1 = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)     # Monday 09:30 in Berlin
D2 = datetime(2026, 3, 3, 22, 30, tzinfo=UTC)    # Tuesday 23:30 in Berlin


def msg(at, sender, kind="answer", channel="web", language="de", opens=False, topic=None, gap="", reply=None,
        text="frage", **flags):
    return InsightMessage(at=at, sender_id=sender, channel=channel, language=language, kind=kind, opens=opens,
                          topic_id=topic, gap=gap, reply_id=reply, text=text, **flags)


@pytest.fixture
def fixture(any_db):
    db = any_db
    db.add_all([Topic(id=1, label="lieferung · paket", centroid=b"\0" * 8), Topic(id=2, label="preise", centroid=b"\0" * 8)])
    db.add_all([
        # conversation a (web, de): 3 messages on day 1, one answer gets a thumbs-down
        msg(D1, "a", opens=True, topic=1, reply="r-a1", text="Wo ist mein Paket?"),
        msg(D1 + timedelta(minutes=1), "a", kind="decline", topic=1, gap="declined", text="Lieferung nach Japan?"),
        msg(D1 + timedelta(minutes=2), "a", kind="handover", topic=1, handed_over=True, negative=True, text="Frechheit!"),
        # conversation b (instagram, en): 2 messages on day 1
        msg(D1 + timedelta(hours=1), "b", channel="instagram", language="en", opens=True, topic=2, reply="r-b1",
            gap="low_confidence", text="price?"),
        msg(D1 + timedelta(hours=1, minutes=5), "b", channel="instagram", language="en", kind="smalltalk", text="thanks"),
        # conversation c (web, de): 1 message late on day 2 (23:30 Berlin)
        msg(D2, "c", opens=True, topic=2, reply="r-c1", text="Was kostet das?"),
        # the day before the range: only in the previous period (the two days before)
        msg(D1 - timedelta(days=1), "z", opens=True, topic=2, text="alt"),
    ])
    db.add(AnswerFeedback(reply_id="r-a1", sender_id="a", vote="down", at=D1 + timedelta(minutes=3)))
    db.add(AnswerFeedback(reply_id="r-c1", sender_id="c", vote="up", at=D2 + timedelta(minutes=3)))
    h1 = Handover(id=1, sender_id="a", channel="web", reasons=["emotional", "human_request"], state=CLOSED, created_at=D1)
    h2 = Handover(id=2, sender_id="d", channel="web", reasons=["legal"], state=RETURNED, created_at=D1 + timedelta(hours=2))
    h3 = Handover(id=3, sender_id="e", channel="instagram", reasons=["emotional"], state=WAITING, created_at=D2)
    db.add_all([h1, h2, h3])
    db.flush()
    db.add_all([HandoverEvent(handover_id=1, actor="sam", action="replied", at=D1 + timedelta(minutes=4)),
                HandoverEvent(handover_id=1, actor="sam", action="replied", at=D1 + timedelta(minutes=9)),
                HandoverEvent(handover_id=2, actor="sam", action="replied", at=D1 + timedelta(hours=2, minutes=10))])
    db.add_all([Rating(handover_id=1, token_hash="t1", agent="sam", score=5, rated_at=D1 + timedelta(hours=1)),
                Rating(handover_id=2, token_hash="t2", agent="sam", score=2, rated_at=D1 + timedelta(hours=3)),
                Rating(handover_id=3, token_hash="t3", agent=None, score=None)])
    db.commit()
    start, end = day_range(date(2026, 3, 2), date(2026, 3, 3), "Europe/Berlin")
    return Insights(db, start, end, tz="Europe/Berlin")


def rows(tables, name):
    return tables[name]["rows"]


def test_traffic_counts_conversations_messages_languages_hours_and_outcomes(fixture):
    t = fixture.traffic()
    assert rows(t, "conversations_by_day") == [["2026-03-02", "instagram", 1, 2], ["2026-03-02", "web", 1, 3],
                                               ["2026-03-03", "web", 1, 1]]
    assert rows(t, "conversations_by_language") == [["de", 2, 4], ["en", 1, 2]]
    hours = {h: (c, m) for h, c, m in rows(t, "conversations_by_hour")}
    assert hours[9] == (1, 3) and hours[10] == (1, 2) and hours[23] == (1, 1)      # Berlin = UTC+1 in March
    assert sum(c for c, _ in hours.values()) == 3
    # 3 answers, 1 decline, 1 handover, 1 smalltalk of 6
    assert rows(t, "outcomes") == [["answered", 3, 0.5], ["declined", 1, 0.1667], ["handed over", 1, 0.1667],
                                   ["smalltalk", 1, 0.1667], ["other", 0, 0.0]]
    assert rows(t, "outcomes_by_day") == [["2026-03-02", 2, 1, 1, 1, 0], ["2026-03-03", 1, 0, 0, 0, 0]]


def test_channel_filter(fixture):
    fixture.channel = "instagram"
    t = fixture.traffic()
    assert rows(t, "conversations_by_day") == [["2026-03-02", "instagram", 1, 2]]
    assert rows(fixture.handovers(), "handover_reasons") == [["emotional", 1]]


def test_handovers_reasons_first_reply_and_resolution(fixture):
    h = fixture.handovers()
    assert rows(h, "handover_reasons") == [["emotional", 2], ["human_request", 1], ["legal", 1]]
    # first replies: 4 min (h1, its second reply ignored) and 10 min (h2); h3 unanswered
    assert rows(h, "first_reply") == [[3, 2, 7.0, 9.4]]
    assert rows(h, "first_reply_by_day") == [["2026-03-02", 2, 7.0, 9.4], ["2026-03-03", 0, None, None]]
    # 3 conversations opened − 3 handovers = 0 by the bot alone; 1 closed, 1 returned, 1 waiting
    assert rows(h, "resolution") == [["bot", 0], ["agent", 1], ["returned to bot", 1], ["still open", 1]]


def test_csat_counts_given_ratings_only(fixture):
    s = fixture.satisfaction()
    assert rows(s, "csat") == [[1, 0], [2, 1], [3, 0], [4, 0], [5, 1]]
    assert rows(s, "csat_summary") == [[2, 3.5, 0.5]]


def test_thumbs_down_per_day_and_listed_with_topic(fixture):
    f = fixture.feedback()
    assert rows(f, "thumbs_down_by_day") == [["2026-03-02", 2, 1], ["2026-03-03", 1, 0]]
    assert [r[1:] for r in rows(f, "thumbs_down")] == [["lieferung · paket", "Wo ist mein Paket?", ""]]


def test_top_topics_trend_and_content_gaps(fixture):
    t = fixture.topics()
    # topic 1: 3 messages, 1 complaint; topic 2: 2 (+1 in the two days before); none: 1 (smalltalk)
    assert rows(t, "top_topics") == [["lieferung · paket", 3, 1, 0, None], ["preise", 2, 0, 1, 1.0],
                                     ["not yet clustered", 1, 0, 0, None]]
    assert t["topic_trend"]["columns"] == ["day", "lieferung · paket", "preise"]
    assert rows(t, "topic_trend") == [["2026-03-02", 3, 1], ["2026-03-03", 0, 1]]
    g = rows(fixture.gaps(), "content_gaps")
    assert [r[:4] for r in g] == [["lieferung · paket", 1, 0, 1], ["preise", 0, 1, 0]]
    assert g[0][4] == ["Lieferung nach Japan?", "Wo ist mein Paket?"]
    assert g[0][5].startswith("/kb?question=Lieferung+nach+Japan")


def test_every_table_exports_as_csv(fixture):
    for name, tab in fixture.all().items():
        text = to_csv(tab)
        assert text.splitlines()[0] == ",".join(tab["columns"]), name
        assert len(text.splitlines()) == 1 + len(tab["rows"]), name


def test_a_gap_links_to_the_document_its_thumbs_down_answers_cited(fixture):
    answer = fixture.session.scalars(select(InsightMessage).where(InsightMessage.reply_id == "r-a1")).one()
    answer.sources = "versand/lieferzeiten,preise"
    fixture.session.commit()
    gap = rows(fixture.gaps(), "content_gaps")[0]
    assert gap[0] == "lieferung · paket"
    assert gap[5] == "/kb?doc=versand%2Flieferzeiten&question=Lieferung+nach+Japan%3F#upload-form"
