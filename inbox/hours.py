"""Support hours ("Mon-Fri 09:00-18:00; Sat 10:00-14:00"): are people there now, and when next?"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PART = re.compile(r"^\s*(?P<d1>[a-z]{3})(?:\s*-\s*(?P<d2>[a-z]{3}))?\s+(?P<t1>\d{1,2}:\d{2})\s*-\s*(?P<t2>\d{1,2}:\d{2})\s*$")


@dataclass(frozen=True)
class Window:
    day: int
    start: time
    end: time


def parse(spec: str) -> list[Window]:
    """Parse the setting; a malformed one raises ValueError naming the part that is wrong."""
    windows = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        match = _PART.match(part.lower())
        if not match or match["d1"] not in DAYS or (match["d2"] and match["d2"] not in DAYS):
            raise ValueError(f"support hours: cannot read {part!r} (expected e.g. 'Mon-Fri 09:00-18:00')")
        first = DAYS.index(match["d1"])
        last = DAYS.index(match["d2"]) if match["d2"] else first
        start, end = time.fromisoformat(match["t1"].zfill(5)), time.fromisoformat(match["t2"].zfill(5))
        for day in range(first, last + 1):
            windows.append(Window(day, start, end))
    return windows


def is_open(moment: datetime, spec: str, tz: str) -> bool:
    local = moment.astimezone(ZoneInfo(tz))
    return any(w.day == local.weekday() and w.start <= local.time() < w.end for w in parse(spec))


def next_opening(moment: datetime, spec: str, tz: str) -> datetime | None:
    local = moment.astimezone(ZoneInfo(tz))
    windows = parse(spec)
    for offset in range(0, 8):
        day = (local + timedelta(days=offset)).date()
        for window in sorted((w for w in windows if w.day == day.weekday()), key=lambda w: w.start):
            opening = datetime.combine(day, window.start, tzinfo=local.tzinfo)
            if opening > local:
                return opening
    return None
