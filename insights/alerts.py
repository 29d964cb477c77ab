"""Crisis early warning: a rise in one topic's complaints against its recent baseline raises one alert.

What is watched
    Per topic (and one more series for messages no topic fits yet), per ``BIN`` of 15 minutes: ``x`` = the
    topic's complaints (messages the detector found negative or sarcastic, or that were handed over) and ``n``
    = all follower messages in that bin. Under calm, ``x ~ Binomial(n, p0)`` where ``p0`` is the topic's
    complaint share of all traffic over the baseline window. Watching a *share* of all traffic, not a raw
    count, is what makes the daily and weekly rhythm and a general traffic rise (a campaign, an evening peak)
    harmless, and what lets a topic's burst inside such a rise still show.

The rule: a binomial CUSUM (Page 1954; the likelihood-ratio form, e.g. Montgomery, *Statistical Quality
Control*, ch. 9)
    ``S_t = max(0, S_{t-1} + x_t·ln(p1/p0) + (n_t − x_t)·ln((1 − p1)/(1 − p0)))`` with ``p1 = RISE · p0``;
    an alert when ``S_t ≥ H`` and the rise holds at least ``MIN_COMPLAINTS`` complaints.

Parameters and why
    ``BIN = 15 min``: a two-hour rise spans eight bins, so it is seen as it builds; at night a bin still holds
        a few messages.
    ``BASELINE_DAYS = 14``, ending where the scanned window begins (``SCAN_HOURS = 24`` before now): two whole
        weekly cycles, so weekday and weekend mix are both in ``p0``, and the day being watched never raises its
        own baseline. ``p0 = (x + ½)/(n + 1)`` (Jeffreys' prior), so a topic with no complaints at all in two
        weeks still has a finite, tiny baseline instead of zero.
    ``RISE = 4``: the CUSUM is tuned to detect a fourfold complaint share fastest. A topic's everyday share
        wanders by a quarter or so from day to day, which a smaller design rise (2×) would keep mistaking for a
        rise; a crisis multiplies it far more (the issue's 5 % → 25 % topic with most new messages complaints is
        ×20 and more). `bench/early_warning.py` compared 3–6: 4 gave the fewest false alarms at the same delay.
    ``H = ln(SERIES × BINS_PER_MONTH / FALSE_ALARMS_PER_MONTH)`` ≈ 11.4: for a likelihood-ratio CUSUM the
        in-control average run length is at least ``e^H`` bins (Lorden 1971, from Wald's identity), so with up
        to ``SERIES = 30`` watched topics and 2880 bins a month, calm traffic gives at most
        ``FALSE_ALARMS_PER_MONTH = 1`` false alarm a month *if the counts are binomial*. Real shares wander
        more than binomially from day to day; `bench/early_warning.py` measures false alarms on a stream whose
        shares wander ±25 % a day (0.25 a month there). A lower ``H`` buys little: the delay is bound by how few
        complaints a rise has produced yet (a burst that builds over two hours has given about ten after 90
        minutes at 120 messages an hour), not by the threshold.
    ``MIN_COMPLAINTS = 5``: fewer than five complaints is not something staff can act on within the hour,
        and it keeps a brand-new topic (tiny ``p0``) from alerting on its first two messages.
    ``DETECTION_WINDOW = 150 min``: what the test and the bench demand for a rise that builds over two hours:
        an alert at the latest half an hour after it reached its full height.

One alert per rise
    A rise is one excursion of ``S`` above zero: it began in the bin after ``S`` was last zero and ends when
    ``S`` is back at zero. Its start is the bin after ``S`` last held less than one complaint's worth of evidence
    (``ln RISE``): a CUSUM can idle just above zero for hours before the real rise. Its size (complaints observed against expected, the share) is counted from its start
    to the CUSUM's peak, where the rise stopped rising. `check` recomputes the CUSUM over the last ``SCAN_HOURS`` at every run (stateless,
    so a restart changes nothing) and keeps at most one `Alert` row per rise: an existing alert on the same topic
    that has not ended before this rise began is updated (size, examples, end), not repeated, and is only ever
    sent once. Staff acknowledge it; acknowledging does not end it, the data does.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from insights.tables import ACKNOWLEDGED, OPEN, Alert, InsightMessage, Topic, now

BIN = timedelta(minutes=15)
SCAN_HOURS = 24
BASELINE_DAYS = 14
RISE = 4.0
SERIES = 30
BINS_PER_MONTH = 30 * 24 * 4
FALSE_ALARMS_PER_MONTH = 1.0
H = math.log(SERIES * BINS_PER_MONTH / FALSE_ALARMS_PER_MONTH)
MIN_COMPLAINTS = 5
DETECTION_WINDOW = timedelta(minutes=150)   # the test and bench require an alert this soon after a burst starts
EXAMPLES = 5
UNCLUSTERED = "not yet clustered"


@dataclass(frozen=True)
class Rule:
    """The rule's parameters (module docstring); a `Rule()` is the documented default."""
    rise: float = RISE
    threshold: float = H
    min_complaints: int = MIN_COMPLAINTS


@dataclass
class Rise:
    """One excursion of the CUSUM that crossed the threshold: bin indices into the scanned series."""
    start: int            # first bin of the rise (after the evidence was last under one complaint's worth)
    crossed: int          # bin in which S reached the threshold (the alert's time is its end)
    end: int | None       # first bin with S back at zero; None while it lasts
    peak: float
    top: int              # bin of the peak: the rise proper is start … top (afterwards it is fading)
    observed: int         # complaints from start to crossing (or end)
    expected: float


def baseline_share(complaints: int, traffic: int) -> float:
    """``p0`` with Jeffreys' prior: finite and above zero for a topic calm for two weeks."""
    return (complaints + 0.5) / (traffic + 1.0)


def cusum(x: np.ndarray, n: np.ndarray, p0: float, rule: Rule = Rule()) -> np.ndarray:
    """The CUSUM path ``S_t`` for complaints ``x`` among ``n`` messages per bin."""
    p1 = min(rule.rise * p0, 0.999)
    up, down = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    s, path = 0.0, np.empty(len(x))
    for t in range(len(x)):
        s = max(0.0, s + x[t] * up + (n[t] - x[t]) * down)
        path[t] = s
    return path


def rises(x: np.ndarray, n: np.ndarray, p0: float, rule: Rule = Rule()) -> list[Rise]:
    """Every excursion of the CUSUM that reaches the threshold with at least ``min_complaints`` complaints."""
    path = cusum(x, n, p0, rule)
    one_complaint = math.log(min(rule.rise * p0, 0.999) / p0)
    found: list[Rise] = []
    t = 0
    while t < len(path):
        if path[t] <= 0:
            t += 1
            continue
        start = t
        while t < len(path) and path[t] > 0:
            t += 1
        end = t if t < len(path) else None
        stop = t
        crossed = next((i for i in range(start, stop)
                        if path[i] >= rule.threshold and x[start:i + 1].sum() >= rule.min_complaints), None)
        if crossed is not None:
            top = start + int(np.argmax(path[start:stop]))
            # a CUSUM can idle just above zero for hours before a rise; it began after the evidence was last
            # worth less than one complaint above the usual
            start = next((i + 1 for i in range(crossed - 1, start - 1, -1) if path[i] <= one_complaint), start)
            found.append(Rise(start=start, crossed=crossed, end=end, peak=float(path[top]), top=top,
                              observed=int(x[start:crossed + 1].sum()),
                              expected=float(n[start:crossed + 1].sum() * p0)))
    return found


# --- on the stored messages --------------------------------------------------------------------------------------

def _bin_index(at: datetime, origin: datetime) -> int:
    return int((_aware(at) - origin) // BIN)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def floor_bin(at: datetime) -> datetime:
    at = _aware(at)
    return at - timedelta(minutes=at.minute % 15, seconds=at.second, microseconds=at.microsecond)


@dataclass
class Series:
    """The scanned window: per topic key (topic id or None) complaints per bin, and all messages per bin."""
    origin: datetime
    bins: int
    traffic: np.ndarray
    complaints: dict[int | None, np.ndarray]
    baseline: dict[int | None, float]
    calm: float = 0.5          # the baseline of a topic without a complaint in the baseline window

    def x(self, topic: int | None) -> np.ndarray:
        return self.complaints.get(topic, np.zeros(self.bins, dtype=np.int64))

    def p0(self, topic: int | None) -> float:
        return self.baseline.get(topic, self.calm)


def complaint_filter():
    return or_(InsightMessage.negative.is_(True), InsightMessage.sarcastic.is_(True),
               InsightMessage.handed_over.is_(True))


def series(session: Session, at: datetime, scan_hours: int = SCAN_HOURS,
           baseline_days: int = BASELINE_DAYS) -> Series:
    """Bin the last ``scan_hours`` (complete bins up to ``at``) and compute each topic's baseline share."""
    end = floor_bin(at)
    origin = end - timedelta(hours=scan_hours)
    bins = int((end - origin) // BIN)
    base_from = origin - timedelta(days=baseline_days)
    complaint = case((complaint_filter(), 1), else_=0)
    traffic_base, = session.execute(select(func.count()).where(InsightMessage.at >= base_from,
                                                               InsightMessage.at < origin)).one()
    base = dict(session.execute(select(InsightMessage.topic_id, func.sum(complaint))
                                .where(InsightMessage.at >= base_from, InsightMessage.at < origin)
                                .group_by(InsightMessage.topic_id)).all())
    traffic = np.zeros(bins, dtype=np.int64)
    complaints: dict[int | None, np.ndarray] = {}
    rows = session.execute(select(InsightMessage.at, InsightMessage.topic_id, complaint)
                           .where(InsightMessage.at >= origin, InsightMessage.at < end))
    for when, topic, is_complaint in rows:
        i = _bin_index(when, origin)
        traffic[i] += 1
        if is_complaint:
            complaints.setdefault(topic, np.zeros(bins, dtype=np.int64))[i] += 1
    baseline = {k: baseline_share(int(base.get(k) or 0), int(traffic_base)) for k in set(complaints) | set(base)}
    return Series(origin=origin, bins=bins, traffic=traffic, complaints=complaints, baseline=baseline,
                  calm=baseline_share(0, int(traffic_base)))


def check(session: Session, at: datetime | None = None, rule: Rule = Rule(),
          scan_hours: int = SCAN_HOURS) -> list[Alert]:
    """Scan the recent messages; create an `Alert` for each new rise, update those already raised.

    Returns the alerts created by this run (the ones to send)."""
    at = _aware(at or now()).astimezone(timezone.utc)     # SQLite compares the stored UTC text
    data = series(session, at, scan_hours)
    if data.bins == 0:
        return []
    labels = dict(session.execute(select(Topic.id, Topic.label)).all())
    created: list[Alert] = []
    for topic, x in data.complaints.items():
        p0 = data.p0(topic)
        for rise in rises(x, data.traffic, p0, rule):
            began = data.origin + rise.start * BIN
            alert = _same_rise(session, topic, began)
            if alert is None:
                alert = Alert(topic_id=topic, topic_label=labels.get(topic, UNCLUSTERED) if topic else UNCLUSTERED,
                              began_at=began, detected_at=data.origin + (rise.crossed + 1) * BIN, state=OPEN,
                              notified={})
                session.add(alert)
                created.append(alert)
            last = rise.top + 1            # the size of the rise: from its start to the CUSUM's peak
            traffic = int(data.traffic[rise.start:last].sum())
            alert.observed = int(x[rise.start:last].sum())
            alert.expected = round(traffic * p0, 2)
            alert.baseline_share, alert.share = p0, alert.observed / max(1, traffic)
            alert.statistic = round(rise.peak, 2)
            alert.ended_at = None if rise.end is None else data.origin + rise.end * BIN
            alert.channels, alert.examples = _evidence(session, topic, began, data.origin + last * BIN)
    session.flush()
    _end_rises(session, data, rule)
    session.commit()
    return created


def _end_rises(session: Session, data: Series, rule: Rule) -> None:
    """Close the rises whose CUSUM is back at zero after their alert (including rises that began before the scanned
    window: the CUSUM restarted at the window's start is then what is watched, so a rise lasting longer than
    ``SCAN_HOURS`` ends there and, if it goes on, is alerted again: a reminder once a day)."""
    for alert in session.scalars(select(Alert).where(Alert.ended_at.is_(None))):
        path = cusum(data.x(alert.topic_id), data.traffic, data.p0(alert.topic_id), rule)
        after = max(0, _bin_index(alert.detected_at, data.origin))
        zero = next((i for i in range(after, data.bins) if path[i] <= 0), None)
        if zero is not None:
            alert.ended_at = data.origin + zero * BIN


def _same_rise(session: Session, topic: int | None, began: datetime) -> Alert | None:
    """The alert already raised for this rise: same topic, and not ended before this rise began."""
    topic_match = Alert.topic_id.is_(None) if topic is None else Alert.topic_id == topic
    return session.scalars(select(Alert).where(topic_match, or_(Alert.ended_at.is_(None), Alert.ended_at >= began))
                           .order_by(Alert.id.desc())).first()


def _evidence(session: Session, topic: int | None, since: datetime, until: datetime) -> tuple[dict, list]:
    """Channels of the rise's complaints and up to five distinct (already redacted) messages, most frequent first."""
    topic_match = InsightMessage.topic_id.is_(None) if topic is None else InsightMessage.topic_id == topic
    rows = session.execute(select(InsightMessage.channel, InsightMessage.text).where(
        topic_match, complaint_filter(), InsightMessage.at >= since, InsightMessage.at <= until)
        .order_by(InsightMessage.at.desc())).all()
    channels = dict(Counter(channel for channel, _ in rows).most_common())
    examples: list[str] = []
    for _, text in rows:
        if text and text not in examples:
            examples.append(text)
        if len(examples) == EXAMPLES:
            break
    return channels, examples


def acknowledge(session: Session, alert_id: int, user: str) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise LookupError(f"no alert {alert_id}")
    if alert.state != ACKNOWLEDGED:
        alert.state, alert.acknowledged_by, alert.acknowledged_at = ACKNOWLEDGED, user, now()
        session.commit()
    return alert


def alert_dict(alert: Alert) -> dict:
    """The alert as the API, the webhook and the page show it."""
    return {
        "id": alert.id, "topic_id": alert.topic_id, "topic": alert.topic_label,
        "began_at": _aware(alert.began_at).isoformat(), "detected_at": _aware(alert.detected_at).isoformat(),
        "ended_at": _aware(alert.ended_at).isoformat() if alert.ended_at else None,
        "observed": alert.observed, "expected": alert.expected,
        "rise": round(alert.ratio, 1) if math.isfinite(alert.ratio) else None,
        "baseline_share": round(alert.baseline_share, 5), "share": round(alert.share, 5),
        "statistic": alert.statistic, "channels": alert.channels, "examples": alert.examples,
        "state": alert.state, "acknowledged_by": alert.acknowledged_by,
        "acknowledged_at": _aware(alert.acknowledged_at).isoformat() if alert.acknowledged_at else None,
    }
