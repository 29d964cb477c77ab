"""Early warning on a generated stream: detection delay for bursts and false alarms per simulated month.

    .venv/bin/python bench/early_warning.py [--months 6] [--runs 20]

Replays `insights.synthetic` streams (daily and weekly rhythm, topic shares wandering ±25 % a day) through the
production rule (`insights.alerts.rises`, `baseline_share`, the default `Rule`), with each day's baseline the 14
days ending a day earlier (as `insights.alerts.check` sees it: its baseline ends where its 24-hour scan begins).

- calm: ``--months`` months of 30 days without any burst; every alert is a false alarm;
- burst: two calm weeks, then one topic's share rises 5 % → 25 % over two hours (70 % of the extra messages
  complaints), at several times of day;
- hidden: the same topic rises 5 % → 15 % inside a doubling of all traffic (which alone must not alert).
Prints the delay from the burst's start to the alert (median, worst, misses) and false alarms per month.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from insights import synthetic  # noqa: E402
from insights.alerts import BASELINE_DAYS, BIN, DETECTION_WINDOW as WINDOW, H, Rule, baseline_share  # noqa: E402

DAY = 96


def replay(stream: synthetic.Stream, first_day: int, rule: Rule = Rule()) -> list[tuple[str, int]]:
    """(topic, bin of detection) for every alert from ``first_day`` on, CUSUM running continuously per topic."""
    found: list[tuple[str, int]] = []
    days = len(stream.traffic) // DAY
    for k, key in enumerate(stream.keys):
        x_all, n_all = stream.complaints[:, k], stream.traffic
        p0 = np.zeros(len(n_all))
        for d in range(first_day, days):
            lo, hi = (d - 1 - BASELINE_DAYS) * DAY, (d - 1) * DAY
            p0[d * DAY:(d + 1) * DAY] = baseline_share(int(x_all[lo:hi].sum()), int(n_all[lo:hi].sum()))
        # the CUSUM with a daily-changing p0: run day by day, carrying S over (equivalent to one long run)
        start = first_day * DAY
        x, n = x_all[start:], n_all[start:]
        s, path = 0.0, np.empty(len(x))
        for t in range(len(x)):
            q0 = p0[start + t]
            q1 = min(rule.rise * q0, 0.999)
            s = max(0.0, s + x[t] * np.log(q1 / q0) + (n[t] - x[t]) * np.log((1 - q1) / (1 - q0)))
            path[t] = s
        for rise in _excursions(path, x, rule):
            found.append((key, start + rise))
    return found


def _excursions(path: np.ndarray, x: np.ndarray, rule: Rule) -> list[int]:
    out, t = [], 0
    while t < len(path):
        if path[t] <= 0:
            t += 1
            continue
        begin = t
        while t < len(path) and path[t] > 0:
            t += 1
        crossed = next((i for i in range(begin, t)
                        if path[i] >= rule.threshold and x[begin:i + 1].sum() >= rule.min_complaints), None)
        if crossed is not None:
            out.append(crossed)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=6)
    parser.add_argument("--runs", type=int, default=20, help="bursts per scenario")
    parser.add_argument("--peak", type=float, default=synthetic.PEAK_PER_HOUR, help="messages per hour at peak")
    args = parser.parse_args()
    synthetic.PEAK_PER_HOUR = args.peak
    started = time.perf_counter()
    origin = datetime(2026, 1, 5, tzinfo=timezone.utc) - timedelta(hours=1)     # a Monday, 00:00 UTC+1
    warm = BASELINE_DAYS + 1
    print(f"traffic: {args.peak:g} messages an hour at the weekday peak, {len(synthetic.TOPICS)} topics")
    print(f"rule: binomial CUSUM, bin 15 min, rise x{Rule().rise:g}, threshold H = {H:.2f}, "
          f"at least {Rule().min_complaints} complaints, baseline {BASELINE_DAYS} days")

    false_alarms = []
    for m in range(args.months):
        stream = synthetic.counts(origin, warm + 30, seed=1000 + m)
        false_alarms.append(len(replay(stream, warm)))
    per_month = statistics.mean(false_alarms)
    print(f"calm: {args.months} simulated months x {len(synthetic.TOPICS)} topics: false alarms per month "
          f"{per_month:.2f} (months with any: {sum(1 for f in false_alarms if f)}/{args.months})")

    # a traffic doubling alone (campaign) must not alert either
    campaign = []
    for r in range(args.runs):
        rise_at = origin + timedelta(days=warm, hours=8 + r % 10)
        stream = synthetic.counts(origin, warm + 2, seed=2000 + r, rises=(synthetic.TrafficRise(rise_at),))
        campaign.append(len(replay(stream, warm)))
    print(f"traffic doubling alone: alerts in {sum(1 for c in campaign if c)}/{args.runs} runs")

    for name, make in (
        ("burst 5% -> 25% over 2 h", lambda at: dict(bursts=(synthetic.Burst("delivery", at),))),
        ("burst 5% -> 15% inside a traffic doubling", lambda at: dict(
            bursts=(synthetic.Burst("delivery", at, to_share=0.15),),
            rises=(synthetic.TrafficRise(at - timedelta(hours=1)),))),
    ):
        delays, misses, wrong, early = [], 0, 0, 0
        for r in range(args.runs):
            hour = (9, 11, 14, 17, 20)[r % 5]
            at = origin + timedelta(days=warm, hours=hour)
            stream = synthetic.counts(origin, warm + 2, seed=3000 + r, **make(at))
            burst_bin = int((at - origin) / BIN)
            alerts = replay(stream, warm)
            hits = [b for key, b in alerts if key == "delivery" and b >= burst_bin]
            wrong += sum(1 for key, b in alerts if key != "delivery" or b < burst_bin)
            early += sum(1 for key, b in alerts if b < burst_bin)
            if not hits:
                misses += 1
                continue
            delays.append(((min(hits) + 1) * BIN - (at - origin)).total_seconds() / 60)
        within = sum(1 for d in delays if d <= WINDOW.total_seconds() / 60)
        if delays:
            print(f"{name}: detected {len(delays)}/{args.runs}, within {WINDOW.total_seconds() / 3600:g} h "
                  f"{within}/{args.runs}; delay median {statistics.median(delays):.0f} min, "
                  f"worst {max(delays):.0f} min; other alerts in these runs {wrong}")
        else:
            print(f"{name}: detected 0/{args.runs}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
