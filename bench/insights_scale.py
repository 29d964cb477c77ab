"""How long each insights query takes on a large store: every section of the page on ``--messages`` stored
messages (default one million) over 30 days, with their handovers, events, ratings and thumbs-down.

    .venv/bin/python bench/insights_scale.py --database postgresql+psycopg://USER@/DB?host=/tmp [--messages 1000000]

Without ``--database`` it uses a temporary SQLite file. The data is `insights.demo`'s generated stream (traffic
scaled up; no embeddings, the figures do not read them), filled once per database (``--reuse`` keeps it). Prints
how long rebuilding the quarter-hour roll-ups from the raw rows takes (``python -m insights.rollup``), then per
section of the page — each one or more of its charts and tables, named — the median of ``--repeat`` runs (each
alone, nothing shared: ``feedback`` and ``handovers`` then include the traffic counts that ``traffic`` shares with
them on the page), the page's channel list, and the whole page (``GET /api/insights``), for the whole 30 days, for
the last 7 days, and for one channel. ``--raw`` counts from the raw rows instead of the roll-ups (the "before").
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from insights import demo, synthetic  # noqa: E402
from insights.figures import SECTION_TABLES, Insights, channels  # noqa: E402
from insights.tables import InsightMessage, rebuild_rollups, sessions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="keep the messages already stored")
    parser.add_argument("--raw", action="store_true", help="count from the raw rows, not the roll-ups")
    args = parser.parse_args()
    database = args.database or f"sqlite:///{tempfile.mkdtemp()}/tandem.db"
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    with sessions(database)() as session:
        stored = session.scalar(select(func.count()).select_from(InsightMessage))
    if not (args.reuse and stored):
        # the default stream has ~1,470 messages a day: scale the peak so 30 days hold --messages
        synthetic.PEAK_PER_HOUR *= args.messages / (30 * 1470)
        started = time.perf_counter()
        filled = demo.fill(database, days=30, now=now, vectors={}, with_burst=False)
        print(f"filled {filled} in {time.perf_counter() - started:.0f} s")
    with sessions(database)() as session, session.get_bind().begin() as connection:
        started = time.perf_counter()
        written = rebuild_rollups(connection)
        print(f"roll-ups rebuilt from the raw rows in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{rows} rows in {name}" for name, rows in written.items()))
    if database.startswith("postgresql"):
        # fresh bulk-loaded tables have no statistics until autovacuum runs; without them PostgreSQL can pick a
        # nested loop over the thumbs-down join (seen: 20 s instead of 20 ms)
        from sqlalchemy import text

        with sessions(database)() as session:
            session.execute(text("ANALYZE"))
            session.commit()
    with sessions(database)() as session:
        print(f"{session.scalar(select(func.count()).select_from(InsightMessage))} messages stored, "
              f"{session.get_bind().dialect.name}, counted from the {'raw rows' if args.raw else 'roll-ups'}")
        for label, start, channel in (("30 days", now - timedelta(days=30), None),
                                      ("7 days", now - timedelta(days=7), None),
                                      ("30 days, one channel", now - timedelta(days=30), "instagram")):
            print(f"{label}:")
            for name in Insights.SECTIONS:
                times = []
                for _ in range(args.repeat):
                    insights = Insights(session, start, now + timedelta(hours=1), channel, raw=args.raw)
                    t = time.perf_counter()
                    getattr(insights, name)()
                    times.append(time.perf_counter() - t)
                print(f"  {statistics.median(times) * 1000:6.0f} ms  {name}: {', '.join(SECTION_TABLES[name])}")
            times, pages = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                channels(session, raw=args.raw)
                times.append(time.perf_counter() - t)
                t = time.perf_counter()
                Insights(session, start, now + timedelta(hours=1), channel, raw=args.raw).all()
                channels(session, raw=args.raw)
                pages.append(time.perf_counter() - t)
            print(f"  {statistics.median(times) * 1000:6.0f} ms  channel list")
            print(f"  {statistics.median(pages) * 1000:6.0f} ms  whole page")


if __name__ == "__main__":
    main()
