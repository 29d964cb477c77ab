"""Recompute the insights roll-ups from the stored messages and votes.

    .venv/bin/python -m insights.rollup [DATABASE_URL]      # default: TANDEM_DATABASE_URL / data/tandem.db

The database keeps the quarter-hour roll-ups itself (triggers, see `insights.tables`), so this is for repair: after
rows were changed with the triggers off (a restore of the messages table alone, ``TRUNCATE`` on PostgreSQL, a
hand edit with triggers disabled) or to check them. It holds the messages against writers while it runs (a few
seconds per million messages) and prints the rows written.
"""
from __future__ import annotations

import argparse
import time

from insights.tables import rebuild_rollups, sessions


def rebuild(database: str) -> dict[str, int]:
    """Rebuild in one transaction; `sessions` first installs the triggers if the database lacks them."""
    engine = sessions(database).kw["bind"]
    with engine.begin() as connection:
        return rebuild_rollups(connection)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", help="SQLAlchemy URL (default: the configured Tandem database)")
    args = parser.parse_args(argv)
    if args.database:
        database = args.database
    else:
        from tandem.settings import get_settings

        database = get_settings().database
    started = time.perf_counter()
    written = rebuild(database)
    print(f"rebuilt in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{table} {rows} rows" for table, rows in written.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
