"""Every figure of the insights page, computed from the stored rows (no sampling), as named tables.

Each table is ``{"columns": [...], "rows": [[...], ...]}``: the page draws its charts from them and offers each
as CSV (`to_csv`). Sources: `insights.tables.InsightMessage` (traffic, outcomes, topics, content gaps, answers),
the inbox's ``handovers``/``handover_events``/``ratings`` (reasons, first agent reply, resolution, CSAT) and
`InsightMessage` ⋈ `AnswerFeedback` (thumbs-down).

Definitions
- conversation: a message that opened one (the bot had not replied in that session yet), counted where it opened;
- hour and day: in the brand's time zone (``TANDEM_TIMEZONE``). The database groups by UTC hour (``date_trunc`` on
  PostgreSQL, ``strftime`` on SQLite) and Python maps each hour to the local day and hour, which is exact (every
  zone in use differs from UTC by whole quarter hours at most; hours of half-hour zones land in their hour start);
- outcomes: answered (``answer``), declined (``decline``), handed over (``handover``), smalltalk, other (``empty``);
- time to first agent reply: from the handover to the agent's first ``replied`` event; median and 90th percentile;
- resolution: a conversation without a handover was handled by the bot; a handover closed by an agent was resolved
  by an agent; returned to the bot, and still open, are shown apart;
- CSAT: the share of ratings of 4 or 5 among all ratings given in the range (and the average score);
- content gaps: declined and barely-confident answers (the ``record_gap`` stage's decision) and answers a follower
  gave a thumbs-down, grouped by topic, each with a link to the knowledge-base page;
- trend: a topic's messages in the range against the same length of time just before it.
"""
from __future__ import annotations

import csv
import io
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from inbox.models import CLOSED, RETURNED, Handover, HandoverEvent, Rating
from insights.alerts import alert_dict
from insights.tables import Alert, AnswerFeedback, InsightMessage, Topic

OUTCOMES = (("answer", "answered"), ("decline", "declined"), ("handover", "handed over"), ("smalltalk", "smalltalk"),
            ("empty", "other"))
TOP_TOPICS = 10
TREND_TOPICS = 5
GAP_EXAMPLES = 3
NO_TOPIC = "not yet clustered"


def table(columns: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    return {"columns": columns, "rows": rows}


def to_csv(tab: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(tab["columns"])
    for row in tab["rows"]:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for v in row])
    return out.getvalue()


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolation percentile (numpy's default), None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Insights:
    """The figures for one date range ``[start, end)`` and optionally one channel."""
    session: Session
    start: datetime
    end: datetime
    channel: str | None = None
    tz: str = "Europe/Berlin"

    def __post_init__(self) -> None:
        # UTC for the database: SQLite stores datetimes as text without their zone, and Tandem writes UTC.
        self.start, self.end = _aware(self.start).astimezone(timezone.utc), _aware(self.end).astimezone(timezone.utc)
        self.zone = ZoneInfo(self.tz)

    # --- helpers --------------------------------------------------------------------------------------------------
    def _hour(self, column: Any) -> Any:
        if self.session.get_bind().dialect.name == "postgresql":
            return func.date_trunc("hour", column)
        return func.strftime("%Y-%m-%d %H:00:00", column)

    def _local(self, bucket: Any) -> datetime:
        at = datetime.fromisoformat(bucket) if isinstance(bucket, str) else bucket
        return _aware(at).astimezone(self.zone)

    def _days(self) -> list[str]:
        first, last = self.start.astimezone(self.zone).date(), (self.end - timedelta(microseconds=1)).astimezone(self.zone).date()
        return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]

    def _messages(self, *extra: Any) -> list[Any]:
        where = [InsightMessage.at >= self.start, InsightMessage.at < self.end, *extra]
        if self.channel:
            where.append(InsightMessage.channel == self.channel)
        return where

    def _handovers(self) -> list[Any]:
        where = [Handover.created_at >= self.start, Handover.created_at < self.end]
        if self.channel:
            where.append(Handover.channel == self.channel)
        return where

    # --- traffic and outcomes ---------------------------------------------------------------------------------------
    def _hourly(self) -> list[Any]:
        """Messages and opened conversations per UTC hour, channel, language and outcome: one scan of the range,
        shared by the traffic, resolution and thumbs-down figures."""
        if not hasattr(self, "_hourly_rows"):
            hour = self._hour(InsightMessage.at)
            self._hourly_rows = self.session.execute(
                select(hour, InsightMessage.channel, InsightMessage.language, InsightMessage.kind, func.count(),
                       func.sum(case((InsightMessage.opens.is_(True), 1), else_=0)))
                .where(*self._messages()).group_by(hour, InsightMessage.channel, InsightMessage.language,
                                                   InsightMessage.kind)).all()
        return self._hourly_rows

    def traffic(self) -> dict[str, Any]:
        rows = self._hourly()
        per_day: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        per_hour = [[0, 0] for _ in range(24)]
        outcomes_day: dict[str, Counter] = defaultdict(Counter)
        outcomes: Counter = Counter()
        for bucket, channel, language, kind, count, opened in rows:
            local = self._local(bucket)
            day = local.date().isoformat()
            opened = int(opened or 0)
            for cell in (per_day[(day, channel)], per_lang[language or "?"], per_hour[local.hour]):
                cell[0] += opened
                cell[1] += count
            outcomes_day[day][kind] += count
            outcomes[kind] += count
        channels = sorted({c for _, c in per_day})
        total = sum(outcomes.values())
        return {
            "conversations_by_day": table(["day", "channel", "conversations", "messages"],
                                          [[d, c, *per_day[(d, c)]] for d in self._days() for c in channels
                                           if (d, c) in per_day]),
            "conversations_by_language": table(["language", "conversations", "messages"],
                                               [[lang, *v] for lang, v in sorted(per_lang.items(), key=lambda i: -i[1][1])]),
            "conversations_by_hour": table(["hour", "conversations", "messages"],
                                           [[h, *per_hour[h]] for h in range(24)]),
            "outcomes": table(["outcome", "messages", "share"],
                              [[label, outcomes[k], round(outcomes[k] / total, 4) if total else 0.0]
                               for k, label in OUTCOMES]),
            "outcomes_by_day": table(["day", *[label for _, label in OUTCOMES]],
                                     [[d, *[outcomes_day[d][k] for k, _ in OUTCOMES]] for d in self._days()]),
        }

    # --- handovers, first reply, resolution -------------------------------------------------------------------------
    def handovers(self) -> dict[str, Any]:
        rows = self.session.execute(select(Handover.id, Handover.reasons, Handover.state, Handover.created_at,
                                           Handover.spam).where(*self._handovers())).all()
        reasons: Counter = Counter()
        states: Counter = Counter()
        for _, listed, state, _, spam in rows:
            for reason in (listed or (["spam"] if spam else ["none given"])):
                reasons[reason] += 1
            states[state] += 1
        replies = dict(self.session.execute(
            select(HandoverEvent.handover_id, func.min(HandoverEvent.at)).join(Handover)
            .where(*self._handovers(), HandoverEvent.action == "replied").group_by(HandoverEvent.handover_id)).all())
        waits: dict[str, list[float]] = defaultdict(list)
        every: list[float] = []
        for hid, _, _, created, _ in rows:
            if hid in replies:
                minutes = (_aware(replies[hid]) - _aware(created)).total_seconds() / 60
                waits[_aware(created).astimezone(self.zone).date().isoformat()].append(minutes)
                every.append(minutes)
        conversations = sum(int(opened or 0) for *_, opened in self._hourly())
        open_count = sum(n for s, n in states.items() if s not in (CLOSED, RETURNED))
        r = lambda v: None if v is None else round(v, 1)  # noqa: E731
        return {
            "handover_reasons": table(["reason", "handovers"], [[k, v] for k, v in reasons.most_common()]),
            "first_reply": table(["handovers", "replied", "median_minutes", "p90_minutes"],
                                 [[len(rows), len(every), r(percentile(every, 0.5)), r(percentile(every, 0.9))]]),
            "first_reply_by_day": table(["day", "replied", "median_minutes", "p90_minutes"],
                                        [[d, len(waits[d]), r(percentile(waits[d], 0.5)), r(percentile(waits[d], 0.9))]
                                         for d in self._days()]),
            "resolution": table(["resolved_by", "conversations"], [
                ["bot", max(0, conversations - len(rows))], ["agent", states[CLOSED]],
                ["returned to bot", states[RETURNED]], ["still open", open_count]]),
        }

    # --- satisfaction and thumbs-down -------------------------------------------------------------------------------
    def satisfaction(self) -> dict[str, Any]:
        where = [Rating.score.is_not(None), Rating.rated_at >= self.start, Rating.rated_at < self.end]
        query = select(Rating.score, func.count()).where(*where)
        if self.channel:
            query = query.join(Handover, Handover.id == Rating.handover_id).where(Handover.channel == self.channel)
        counts = dict(self.session.execute(query.group_by(Rating.score)).all())
        total = sum(counts.values())
        happy = counts.get(4, 0) + counts.get(5, 0)
        average = round(sum(s * n for s, n in counts.items()) / total, 2) if total else None
        return {
            "csat": table(["score", "ratings"], [[s, counts.get(s, 0)] for s in range(1, 6)]),
            "csat_summary": table(["ratings", "average", "csat"],
                                  [[total, average, round(happy / total, 4) if total else None]]),
        }

    def feedback(self) -> dict[str, Any]:
        per_day_answers: Counter = Counter()
        for bucket, _, _, kind, count, _ in self._hourly():
            if kind == "answer":
                per_day_answers[self._local(bucket).date().isoformat()] += count
        downs = self.session.execute(
            select(AnswerFeedback.at, InsightMessage.text, InsightMessage.sources, InsightMessage.topic_id)
            .join(InsightMessage, InsightMessage.reply_id == AnswerFeedback.reply_id)
            .where(AnswerFeedback.vote == "down", *self._messages()).order_by(AnswerFeedback.at.desc())).all()
        per_day_downs = Counter(_aware(at).astimezone(self.zone).date().isoformat() for at, *_ in downs)
        labels = self._topic_labels()
        return {
            "thumbs_down_by_day": table(["day", "answers", "thumbs_down"],
                                        [[d, per_day_answers[d], per_day_downs[d]] for d in self._days()]),
            "thumbs_down": table(["at", "topic", "question", "sources"],
                                 [[_aware(at).isoformat(), labels.get(topic, NO_TOPIC), text, sources]
                                  for at, text, sources, topic in downs]),
        }

    # --- topics, gaps, alerts ---------------------------------------------------------------------------------------
    def _topic_labels(self) -> dict[int | None, str]:
        if not hasattr(self, "_labels"):
            self._labels = dict(self.session.execute(select(Topic.id, Topic.label)).all())
        return self._labels

    def topics(self) -> dict[str, Any]:
        hour = self._hour(InsightMessage.at)
        complaint = case(((InsightMessage.negative.is_(True)) | (InsightMessage.sarcastic.is_(True))
                          | (InsightMessage.handed_over.is_(True)), 1), else_=0)
        rows = self.session.execute(select(hour, InsightMessage.topic_id, func.count(), func.sum(complaint))
                                    .where(*self._messages()).group_by(hour, InsightMessage.topic_id)).all()
        length = self.end - self.start
        before = dict(self.session.execute(
            select(InsightMessage.topic_id, func.count()).where(
                InsightMessage.at >= self.start - length, InsightMessage.at < self.start,
                *([InsightMessage.channel == self.channel] if self.channel else []))
            .group_by(InsightMessage.topic_id)).all())
        totals: Counter = Counter()
        complaints: Counter = Counter()
        daily: dict[int | None, Counter] = defaultdict(Counter)
        for bucket, topic, count, bad in rows:
            totals[topic] += count
            complaints[topic] += int(bad or 0)
            daily[topic][self._local(bucket).date().isoformat()] += count
        labels = self._topic_labels()
        ranked = sorted(totals, key=lambda t: (t is None, -totals[t]))[:TOP_TOPICS]
        top = []
        for topic in ranked:
            previous = int(before.get(topic, 0))
            change = round((totals[topic] - previous) / previous, 4) if previous else None
            top.append([labels.get(topic, NO_TOPIC), totals[topic], complaints[topic], previous, change])
        trend_topics = [t for t in ranked if t is not None][:TREND_TOPICS]
        return {
            "top_topics": table(["topic", "messages", "complaints", "previous_period", "change"], top),
            "topic_trend": table(["day", *[labels.get(t, NO_TOPIC) for t in trend_topics]],
                                 [[d, *[daily[t][d] for t in trend_topics]] for d in self._days()]),
        }

    def gaps(self) -> dict[str, Any]:
        kind = case((InsightMessage.gap == "low_confidence", "low_confidence"), else_="declined")
        rows = self.session.execute(
            select(InsightMessage.topic_id, kind, InsightMessage.text, func.count())
            .where(*self._messages(InsightMessage.gap != "")).group_by(InsightMessage.topic_id, kind, InsightMessage.text)
            .order_by(func.count().desc())).all()
        downs = self.session.execute(
            select(InsightMessage.topic_id, InsightMessage.text, InsightMessage.sources)
            .join(AnswerFeedback, AnswerFeedback.reply_id == InsightMessage.reply_id)
            .where(AnswerFeedback.vote == "down", *self._messages()).order_by(InsightMessage.at.desc())).all()
        counts: dict[int | None, Counter] = defaultdict(Counter)
        examples: dict[int | None, list[str]] = defaultdict(list)
        cited: dict[int | None, Counter] = defaultdict(Counter)
        for topic, gap, text, count in rows:          # the most frequent questions first
            counts[topic][gap] += count
            if text and text not in examples[topic] and len(examples[topic]) < GAP_EXAMPLES:
                examples[topic].append(text)
        for topic, text, sources in downs:
            counts[topic]["thumbs_down"] += 1
            cited[topic].update(s for s in (sources or "").split(",") if s)
            if text and text not in examples[topic] and len(examples[topic]) < GAP_EXAMPLES:
                examples[topic].append(text)
        labels = self._topic_labels()
        out = []
        for topic in sorted(counts, key=lambda t: -sum(counts[t].values())):
            doc = cited[topic].most_common(1)[0][0] if cited[topic] else ""
            query = {"doc": doc} if doc else {}
            query["question"] = examples[topic][0] if examples[topic] else labels.get(topic, "")
            out.append([labels.get(topic, NO_TOPIC), counts[topic]["declined"], counts[topic]["low_confidence"],
                        counts[topic]["thumbs_down"], examples[topic], "/kb?" + urlencode(query) + "#upload-form"])
        return {"content_gaps": table(["topic", "declined", "low_confidence", "thumbs_down", "examples", "edit"], out)}

    def alerts(self) -> dict[str, Any]:
        found = self.session.scalars(select(Alert).where(Alert.detected_at >= self.start, Alert.detected_at < self.end)
                                     .order_by(Alert.detected_at.desc())).all()
        rows = []
        for alert in found:
            a = alert_dict(alert)
            if self.channel and self.channel not in a["channels"]:
                continue
            rows.append([a["id"], a["topic"], a["began_at"], a["detected_at"], a["ended_at"], a["observed"],
                         a["expected"], a["rise"], a["channels"] and ", ".join(f"{k} {v}" for k, v in a["channels"].items()),
                         a["examples"], a["state"], a["acknowledged_by"]])
        return {"alerts": table(["id", "topic", "began_at", "detected_at", "ended_at", "observed", "expected", "rise",
                                 "channels", "examples", "state", "acknowledged_by"], rows)}

    # --- all of it ----------------------------------------------------------------------------------------------------
    SECTIONS: tuple[str, ...] = ("traffic", "handovers", "satisfaction", "feedback", "topics", "gaps", "alerts")

    def all(self) -> dict[str, Any]:
        tables: dict[str, Any] = {}
        for name in self.SECTIONS:
            tables.update(getattr(self, name)())
        return tables

    def section_of(self, table_name: str) -> Callable[[], dict[str, Any]] | None:
        """The method that computes ``table_name`` (for one table's CSV without computing the rest)."""
        for name in self.SECTIONS:
            if table_name in SECTION_TABLES[name]:
                return getattr(self, name)
        return None


SECTION_TABLES = {
    "traffic": ("conversations_by_day", "conversations_by_language", "conversations_by_hour", "outcomes",
                "outcomes_by_day"),
    "handovers": ("handover_reasons", "first_reply", "first_reply_by_day", "resolution"),
    "satisfaction": ("csat", "csat_summary"),
    "feedback": ("thumbs_down_by_day", "thumbs_down"),
    "topics": ("top_topics", "topic_trend"),
    "gaps": ("content_gaps",),
    "alerts": ("alerts",),
}
TABLE_NAMES = tuple(n for names in SECTION_TABLES.values() for n in names)


def day_range(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """``[first 00:00, last+1 00:00)`` in the brand's time zone, as aware datetimes."""
    zone = ZoneInfo(tz)
    return (datetime.combine(first, datetime.min.time(), zone),
            datetime.combine(last + timedelta(days=1), datetime.min.time(), zone))
