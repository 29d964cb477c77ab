"""Every figure of the insights page, computed from the stored rows (no sampling), as named tables.

Each table is ``{"columns": [...], "rows": [[...], ...]}``: the page draws its charts from them and offers each
as CSV (`to_csv`). Sources: `insights.tables.InsightMessage` (traffic, outcomes, topics, content gaps, answers),
the inbox's ``handovers``/``handover_events``/``ratings`` (reasons, first agent reply, resolution, CSAT) and
`InsightMessage` ⋈ `AnswerFeedback` (thumbs-down).

Definitions
- conversation: a message that opened one (the bot had not replied in that session yet), counted where it opened;
- hour and day: in the brand's time zone (``TANDEM_TIMEZONE``). The database counts per UTC quarter hour and groups
  them by local day and hour with the zone's offsets over the range (summer time included) passed in, which is
  exact: every zone in use is a whole number of quarter hours from UTC, so a quarter hour never straddles two local
  hours or days (a UTC hour does in Kolkata);
- where the counts come from: the quarter-hour roll-ups the database keeps (`insights.tables.TrafficQuarter`,
  `TopicQuarter`) for the whole quarter hours of the range, the raw rows for a range's ragged ends (``raw=True``
  counts everything from the raw rows: the tests compare both ways);
- outcomes: answered (``answer``), declined (``decline``), handed over (``handover``), smalltalk, other (``empty``);
- time to first agent reply: from the handover to the agent's first ``replied`` event; median and 90th percentile;
- resolution: a conversation without a handover was handled by the bot; a handover closed by an agent was resolved
  by an agent; returned to the bot, and still open, are shown apart;
- CSAT: the share of ratings of 4 or 5 among all ratings given in the range (and the average score);
- thumbs-down: counted on the day of the answer it is on (next to that day's answers); the list is newest vote
  first;
- content gaps: declined and barely-confident answers (the ``record_gap`` stage's decision) and answers a follower
  gave a thumbs-down, grouped by topic, with the most frequent questions as examples and a link to the
  knowledge-base page (the question, and the document those answers cited most);
- trend: a topic's messages in the range against the same length of time just before it.
"""
from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, Text, case, cast, exists, func, literal, literal_column, select
from sqlalchemy.orm import Session

from inbox.models import CLOSED, RETURNED, Handover, HandoverEvent, Rating
from insights.alerts import alert_dict
from insights.tables import (NO_TOPIC_ID, QUARTER_S, Alert, AnswerFeedback, InsightMessage, Topic, TopicQuarter,
                             TrafficQuarter)

OUTCOMES = (("answer", "answered"), ("decline", "declined"), ("handover", "handed over"), ("smalltalk", "smalltalk"),
            ("empty", "other"))
TOP_TOPICS = 10
TREND_TOPICS = 5
GAP_EXAMPLES = 3
NO_TOPIC = "not yet clustered"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
QUARTER = timedelta(seconds=QUARTER_S)
DAY_S = 86400
# The raw rows' quarter hour, as the roll-ups' triggers compute it (`insights.tables`).
RAW_QUARTER = {"postgresql": "floor(extract(epoch FROM insight_messages.at) / 900)::bigint",
               "sqlite": "CAST(strftime('%s', insight_messages.at) AS INTEGER) / 900"}


class RawQuarters:
    """The raw rows seen as roll-up rows: the same key columns and, as aggregates, the same counts (for a
    range's ragged ends and the ``raw`` reference)."""

    def __init__(self, dialect: str) -> None:
        m = InsightMessage
        gap = m.gap
        self.quarter = literal_column(RAW_QUARTER[dialect], BigInteger)
        self.channel, self.language, self.kind = m.channel, m.language, m.kind
        self.topic = func.coalesce(m.topic_id, NO_TOPIC_ID)
        self.messages = func.count()
        self.opened = func.sum(case((m.opens.is_(True), 1), else_=0))
        self.complaints = func.sum(case(((m.negative.is_(True)) | (m.sarcastic.is_(True)) | (m.handed_over.is_(True)),
                                         1), else_=0))
        self.declined = func.sum(case(((gap != "") & (gap != "low_confidence"), 1), else_=0))
        self.low_confidence = func.sum(case((gap == "low_confidence", 1), else_=0))
        voted_down = exists().where(AnswerFeedback.reply_id == m.reply_id, AnswerFeedback.vote == "down")
        self.thumbs_down = func.sum(case((voted_down, 1), else_=0))

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
    raw: bool = False          # count every figure from the raw rows, not the roll-ups (the tests' reference)

    def __post_init__(self) -> None:
        # UTC for the database: SQLite stores datetimes as text without their zone, and Tandem writes UTC.
        self.start, self.end = _aware(self.start).astimezone(timezone.utc), _aware(self.end).astimezone(timezone.utc)
        self.zone = ZoneInfo(self.tz)

    # --- helpers --------------------------------------------------------------------------------------------------
    def _days(self) -> list[str]:
        first, last = self.start.astimezone(self.zone).date(), (self.end - timedelta(microseconds=1)).astimezone(self.zone).date()
        return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]

    def _messages(self, *extra: Any, start: datetime | None = None, end: datetime | None = None) -> list[Any]:
        where = [InsightMessage.at >= (start or self.start), InsightMessage.at < (end or self.end), *extra]
        if self.channel:
            where.append(InsightMessage.channel == self.channel)
        return where

    def _handovers(self) -> list[Any]:
        where = [Handover.created_at >= self.start, Handover.created_at < self.end]
        if self.channel:
            where.append(Handover.channel == self.channel)
        return where

    def _split(self, start: datetime, end: datetime) -> tuple[list[tuple[datetime, datetime]], tuple[int, int] | None]:
        """``[start, end)`` as the whole quarter hours inside it (read from the roll-ups) and the ragged ends
        before and after them (read from the raw rows); with ``raw`` everything is a ragged end."""
        first, before = divmod(start - EPOCH, QUARTER)
        first += bool(before)                                   # the first quarter hour starting at or after start
        last = (end - EPOCH) // QUARTER                         # the quarter hours before it end by end
        if self.raw or first >= last:
            return [(start, end)], None
        ends = [(a, b) for a, b in ((start, EPOCH + first * QUARTER), (EPOCH + last * QUARTER, end)) if a < b]
        return ends, (first, last)

    def _offsets(self, start: datetime, end: datetime) -> list[tuple[int, int]]:
        """The zone's UTC offset in seconds over ``[start, end)`` as ``(first quarter, offset)`` steps: one step,
        or a few more where summer time begins or ends (looked for hour by hour, then to the quarter hour)."""
        offset = lambda q: int((EPOCH + q * QUARTER).astimezone(self.zone).utcoffset().total_seconds())  # noqa: E731
        quarter = (start - EPOCH) // QUARTER
        last = (end - EPOCH) // QUARTER
        steps = [(quarter, offset(quarter))]
        while quarter < last:
            following = min(quarter + 4, last)
            if offset(following) != steps[-1][1]:
                changed = next(q for q in range(quarter + 1, following + 1) if offset(q) != steps[-1][1])
                steps.append((changed, offset(changed)))
            quarter = following
        return steps

    def _local_seconds(self, quarter: Any, start: datetime, end: datetime) -> Any:
        """SQL: the local wall-clock seconds since the epoch at the start of ``quarter`` (an integer column)."""
        steps = self._offsets(start, end)
        shift: Any = literal(steps[-1][1])
        if len(steps) > 1:
            shift = case(*[(quarter < q, literal(o)) for (q, _), (_, o) in zip(steps[1:], steps[:-1])],
                         else_=literal(steps[-1][1]))
        return quarter * QUARTER_S + shift

    def _counts(self, rollup: Any, keys: Callable[[Any, Any], list[Any]], sums: list[str], start: datetime,
                end: datetime) -> dict[tuple, list[int]]:
        """``{key: [sum, …]}`` over ``[start, end)``: ``keys(source, local_seconds)`` names the SQL key columns,
        ``sums`` the counts (`TrafficQuarter`'s or `TopicQuarter`'s columns). The whole quarter hours are read
        from ``rollup``, the ragged ends from the raw rows (`RawQuarters`); the database groups by the local
        keys, so only a few rows leave it, and Python adds up a key coming from both."""
        ends, quarters = self._split(start, end)
        queries = []
        if quarters:
            where = [rollup.quarter >= quarters[0], rollup.quarter < quarters[1], rollup.messages > 0]
            if self.channel:
                where.append(rollup.channel == self.channel)
            columns = keys(rollup, self._local_seconds(rollup.quarter, start, end))
            queries.append(select(*columns, *[func.sum(getattr(rollup, c)) for c in sums])
                           .where(*where).group_by(*columns))
        raw = RawQuarters(self.session.get_bind().dialect.name)
        for a, b in ends:
            columns = keys(raw, self._local_seconds(raw.quarter, start, end))
            queries.append(select(*columns, *[getattr(raw, c) for c in sums])
                           .where(*self._messages(start=a, end=b)).group_by(*columns))
        totals: dict[tuple, list[int]] = {}
        connection = self.session.connection()
        for query in queries:
            for row in connection.execute(query):
                cell = totals.setdefault(tuple(row[:-len(sums)]), [0] * len(sums))
                for i, value in enumerate(row[-len(sums):]):
                    cell[i] += int(value or 0)
        return {key: values for key, values in totals.items() if any(values)}

    @staticmethod
    def _day(number: int) -> str:
        return (date(1970, 1, 1) + timedelta(days=int(number))).isoformat()

    # --- traffic and outcomes ---------------------------------------------------------------------------------------
    def _traffic_counts(self) -> tuple[dict[tuple, list[int]], dict[tuple, list[int]]]:
        """Messages and opened conversations per local day, hour and channel, and per local day, language and
        outcome: shared by the traffic, resolution and thumbs-down figures."""
        if not hasattr(self, "_traffic_rows"):
            by_hour = self._counts(TrafficQuarter, lambda src, local: [
                (local // DAY_S).label("day"), ((local % DAY_S) // 3600).label("hour"), src.channel],
                ["messages", "opened"], self.start, self.end)
            by_kind = self._counts(TrafficQuarter, lambda src, local: [
                (local // DAY_S).label("day"), src.language, src.kind], ["messages", "opened"], self.start, self.end)
            self._traffic_rows = by_hour, by_kind
        return self._traffic_rows

    def traffic(self) -> dict[str, Any]:
        by_hour, by_kind = self._traffic_counts()
        per_day: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        per_hour = [[0, 0] for _ in range(24)]
        outcomes_day: dict[str, Counter] = defaultdict(Counter)
        outcomes: Counter = Counter()
        for (day, hour, channel), (count, opened) in by_hour.items():
            for cell in (per_day[(self._day(day), channel)], per_hour[int(hour)]):
                cell[0] += opened
                cell[1] += count
        for (day, language, kind), (count, opened) in by_kind.items():
            per_lang[language or "?"][0] += opened
            per_lang[language or "?"][1] += count
            outcomes_day[self._day(day)][kind] += count
            outcomes[kind] += count
        channels = sorted({c for _, c in per_day})
        total = sum(outcomes.values())
        return {
            "conversations_by_day": table(["day", "channel", "conversations", "messages"],
                                          [[d, c, *per_day[(d, c)]] for d in self._days() for c in channels
                                           if (d, c) in per_day]),
            "conversations_by_language": table(["language", "conversations", "messages"],
                                               [[lang, *v] for lang, v in sorted(per_lang.items(),
                                                                                 key=lambda i: (-i[1][1], i[0]))]),
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
        connection = self.session.connection()
        # counted in the database per distinct reason list, spam marker and state (a few rows, not one per handover)
        listed_as, spam_as = cast(Handover.reasons, Text), cast(Handover.spam, Text)
        reasons: Counter = Counter()
        states: Counter = Counter()
        for listed, spam, state, count in connection.execute(
                select(listed_as, spam_as, Handover.state, func.count()).where(*self._handovers())
                .group_by(listed_as, spam_as, Handover.state)):
            listed, spam = json.loads(listed) if listed else None, json.loads(spam) if spam else None
            for reason in (listed or (["spam"] if spam else ["none given"])):
                reasons[reason] += count
            states[state] += count
        handed_over = sum(states.values())
        waits: dict[str, list[float]] = defaultdict(list)
        every: list[float] = []
        for created, replied in connection.execute(
                select(Handover.created_at, func.min(HandoverEvent.at))
                .join(HandoverEvent, HandoverEvent.handover_id == Handover.id)
                .where(*self._handovers(), HandoverEvent.action == "replied")
                .group_by(Handover.id, Handover.created_at)):
            minutes = (_aware(replied) - _aware(created)).total_seconds() / 60
            waits[_aware(created).astimezone(self.zone).date().isoformat()].append(minutes)
            every.append(minutes)
        conversations = sum(opened for _, opened in self._traffic_counts()[1].values())
        open_count = sum(n for s, n in states.items() if s not in (CLOSED, RETURNED))
        r = lambda v: None if v is None else round(v, 1)  # noqa: E731
        return {
            "handover_reasons": table(["reason", "handovers"],
                                      [[k, v] for k, v in sorted(reasons.items(), key=lambda i: (-i[1], i[0]))]),
            "first_reply": table(["handovers", "replied", "median_minutes", "p90_minutes"],
                                 [[handed_over, len(every), r(percentile(every, 0.5)), r(percentile(every, 0.9))]]),
            "first_reply_by_day": table(["day", "replied", "median_minutes", "p90_minutes"],
                                        [[d, len(waits[d]), r(percentile(waits[d], 0.5)), r(percentile(waits[d], 0.9))]
                                         for d in self._days()]),
            "resolution": table(["resolved_by", "conversations"], [
                ["bot", max(0, conversations - handed_over)], ["agent", states[CLOSED]],
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
        for (day, _, kind), (count, _) in self._traffic_counts()[1].items():
            if kind == "answer":
                per_day_answers[self._day(day)] += count
        per_day_downs: Counter = Counter()
        for (day, _), (*_, downs) in self._topic_counts().items():
            per_day_downs[self._day(day)] += downs
        labels = self._topic_labels()
        return {
            "thumbs_down_by_day": table(["day", "answers", "thumbs_down"],
                                        [[d, per_day_answers[d], per_day_downs[d]] for d in self._days()]),
            "thumbs_down": table(["at", "topic", "question", "sources"],
                                 [[_aware(at).isoformat(), labels.get(topic, NO_TOPIC), text, sources]
                                  for at, text, sources, topic in self._downs()]),
        }

    # --- topics, gaps, alerts ---------------------------------------------------------------------------------------
    def _topic_labels(self) -> dict[int | None, str]:
        if not hasattr(self, "_labels"):
            self._labels = dict(self.session.execute(select(Topic.id, Topic.label)).all())
        return self._labels

    def _topic_counts(self) -> dict[tuple, list[int]]:
        """Messages, complaints, declined and barely-confident questions, and answers with a thumbs-down, per local
        day and topic (0: none)."""
        if not hasattr(self, "_topic_rows"):
            self._topic_rows = self._counts(TopicQuarter, lambda src, local: [(local // DAY_S).label("day"), src.topic],
                                            ["messages", "complaints", "declined", "low_confidence", "thumbs_down"],
                                            self.start, self.end)
        return self._topic_rows

    def _downs(self) -> list[Any]:
        """Every thumbs-down on an answer in the range, newest vote first: (voted at, question, sources, topic)."""
        if not hasattr(self, "_down_rows"):
            where = self._messages(AnswerFeedback.vote == "down")
            if not self.raw:       # the answers' copy of their vote: only those rows are read (a partial index)
                where.append(InsightMessage.vote == "down")
            self._down_rows = self.session.connection().execute(
                select(AnswerFeedback.at, InsightMessage.text, InsightMessage.sources, InsightMessage.topic_id)
                .join(InsightMessage, InsightMessage.reply_id == AnswerFeedback.reply_id)
                .where(*where).order_by(AnswerFeedback.at.desc(), AnswerFeedback.id.desc())).all()
        return self._down_rows

    def topics(self) -> dict[str, Any]:
        rows = [(day, None if topic == NO_TOPIC_ID else topic, count, bad)
                for (day, topic), (count, bad, *_) in self._topic_counts().items()]
        length = self.end - self.start
        before = {None if topic == NO_TOPIC_ID else topic: count for (topic,), (count,) in self._counts(
            TopicQuarter, lambda src, _local: [src.topic], ["messages"], self.start - length, self.start).items()}
        totals: Counter = Counter()
        complaints: Counter = Counter()
        daily: dict[int | None, Counter] = defaultdict(Counter)
        for day, topic, count, bad in rows:
            totals[topic] += count
            complaints[topic] += bad
            daily[topic][self._day(day)] += count
        labels = self._topic_labels()
        ranked = sorted(totals, key=lambda t: (t is None, -totals[t], t or 0))[:TOP_TOPICS]
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
        counts: dict[int | None, Counter] = defaultdict(Counter)
        for (_, topic), (_, _, declined, low, _) in self._topic_counts().items():
            topic = None if topic == NO_TOPIC_ID else topic
            counts[topic]["declined"] += declined
            counts[topic]["low_confidence"] += low
        # examples: each topic's most frequent gap questions (ties: alphabetically), ranked in the database so
        # only those leave it
        frequency = func.count()
        ranked = (select(InsightMessage.topic_id.label("topic"), InsightMessage.text.label("text"),
                         func.row_number().over(partition_by=InsightMessage.topic_id,
                                                order_by=(frequency.desc(), InsightMessage.text)).label("place"))
                  .where(*self._messages(InsightMessage.gap != "", InsightMessage.text != ""))
                  .group_by(InsightMessage.topic_id, InsightMessage.text).subquery())
        rows = self.session.connection().execute(select(ranked.c.topic, ranked.c.text)
                                                 .where(ranked.c.place <= GAP_EXAMPLES)
                                                 .order_by(ranked.c.topic, ranked.c.place)).all()
        examples: dict[int | None, list[str]] = defaultdict(list)
        cited: dict[int | None, Counter] = defaultdict(Counter)
        for topic, text in rows:                      # the most frequent questions first
            examples[topic].append(text)
        for _, text, sources, topic in self._downs():
            counts[topic]["thumbs_down"] += 1
            cited[topic].update(s for s in (sources or "").split(",") if s)
            if text and text not in examples[topic] and len(examples[topic]) < GAP_EXAMPLES:
                examples[topic].append(text)
        labels = self._topic_labels()
        out = []
        for topic in sorted((t for t in counts if sum(counts[t].values())),
                            key=lambda t: (-sum(counts[t].values()), t is None, t or 0)):
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


def channels(session: Session, raw: bool = False) -> list[str]:
    """Every channel with stored messages (the page's channel filter), from the traffic roll-up."""
    if raw:
        return sorted(c for (c,) in session.execute(select(InsightMessage.channel).distinct()))
    return sorted(c for (c,) in session.execute(select(TrafficQuarter.channel).group_by(TrafficQuarter.channel)
                                                .having(func.sum(TrafficQuarter.messages) > 0)))
