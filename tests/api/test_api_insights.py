"""The insights API: staff and admin only, the date range and channel filter, CSV per table, acknowledging an
alert, and the follower's thumbs-down on their own answer (and nobody else's)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import csv
import io

from insights.figures import TABLE_NAMES
from insights.tables import Alert, AnswerFeedback, InsightMessage, sessions


def seed(env) -> None:
    at = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    recent = datetime.now(timezone.utc) - timedelta(days=2)
    with sessions(env.settings.database)() as session:
        session.add_all([
            InsightMessage(at=at, sender_id="f1", channel="web", language="de", kind="answer", opens=True,
                           reply_id="reply-f1-0001", text="Wo ist mein Paket?"),
            InsightMessage(at=at + timedelta(hours=1), sender_id="f2", channel="instagram", language="en",
                           kind="decline", opens=True, gap="declined", text="ship to Japan?"),
            Alert(topic_id=None, topic_label="not yet clustered", began_at=recent, detected_at=recent + timedelta(hours=1),
                  observed=9, expected=1.5, baseline_share=0.01, share=0.06, statistic=12.0, channels={"web": 9},
                  examples=["Paket!"], notified={}),
        ])
        session.commit()


def test_only_staff_and_admins_see_the_insights(env):
    agent, staff = env.user("ann", "agent"), env.user("sara", "staff")
    assert env.client.get("/api/insights").status_code == 401
    assert env.client.get("/api/insights", headers=agent).status_code == 403
    assert env.client.get("/api/insights", headers=staff).status_code == 200
    assert env.client.get("/insights").status_code == 200          # the page itself; its data needs the token


def test_range_channel_csv_and_acknowledge(env):
    seed(env)
    staff = env.user("sara", "staff")
    body = env.client.get("/api/insights?start=2026-03-01&end=2026-03-03", headers=staff).json()
    assert body["channels"] == ["instagram", "web"]
    assert body["tables"]["outcomes"]["rows"][:2] == [["answered", 1, 0.5], ["declined", 1, 0.5]]
    web = env.client.get("/api/insights?start=2026-03-01&end=2026-03-03&channel=web", headers=staff).json()
    assert web["tables"]["conversations_by_language"]["rows"] == [["de", 1, 1]]
    empty = env.client.get("/api/insights?start=2026-04-01&end=2026-04-02", headers=staff).json()
    assert empty["tables"]["outcomes"]["rows"][0] == ["answered", 0, 0.0]

    got = env.client.get("/api/insights/conversations_by_language.csv?start=2026-03-01&end=2026-03-03", headers=staff)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert got.text.splitlines() == ["language,conversations,messages", "de,1,1", "en,1,1"]
    assert env.client.get("/api/insights/nothing.csv", headers=staff).status_code == 404
    assert env.client.get("/api/insights?start=2026-03-05&end=2026-03-01", headers=staff).status_code == 422

    (alert,) = env.client.get("/api/insights/alerts?days=7", headers=staff).json()
    done = env.client.post(f"/api/insights/alerts/{alert['id']}/acknowledge", headers=staff).json()
    assert (done["state"], done["acknowledged_by"]) == ("acknowledged", "sara")
    assert env.client.post("/api/insights/alerts/999/acknowledge", headers=staff).status_code == 404
    # an id beyond the database's integers is a bad request, not a server error
    assert env.client.post(f"/api/insights/alerts/{2**63}/acknowledge", headers=staff).status_code == 422


def test_a_follower_gives_a_thumbs_down_on_their_own_answer_only(env):
    seed(env)
    url = "/api/answers/reply-f1-0001/feedback"
    assert env.client.post(url, json={"sender_id": "f2", "vote": "down"}).status_code == 404, "someone else's"
    assert env.client.post("/api/answers/unknown-reply/feedback", json={"sender_id": "f1"}).status_code == 404
    assert env.client.post(url, json={"sender_id": "f1", "vote": "sideways"}).status_code == 422
    assert env.client.post(url, json={"sender_id": "f1", "vote": "up"}).status_code == 204
    assert env.client.post(url, json={"sender_id": "f1", "vote": "down"}).status_code == 204
    with sessions(env.settings.database)() as session:
        assert [(f.reply_id, f.vote) for f in session.query(AnswerFeedback)] == [("reply-f1-0001", "down")]


def test_every_table_of_the_page_downloads_as_csv_with_the_same_rows(env):
    seed(env)
    staff = env.user("sara", "staff")
    query = "start=2026-03-01&end=2026-03-03&channel=instagram"
    tables = env.client.get(f"/api/insights?{query}", headers=staff).json()["tables"]
    assert set(tables) == set(TABLE_NAMES)
    for name, tab in tables.items():
        got = env.client.get(f"/api/insights/{name}.csv?{query}", headers=staff)
        assert got.status_code == 200, name
        assert got.headers["content-disposition"] == (
            f'attachment; filename="tandem-{name}-2026-03-01-2026-03-03-instagram.csv"')
        header, *lines = list(csv.reader(io.StringIO(got.text)))
        assert header == tab["columns"], name
        assert len(lines) == len(tab["rows"]), name
        for line, row in zip(lines, tab["rows"]):
            expected = ["; ".join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v) for v in row]
            assert line == expected, name
    assert env.client.get("/api/insights/conversations_by_day.csv", headers=env.user("ann", "agent")).status_code == 403
