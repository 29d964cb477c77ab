"""`tandem db`: the Tandem database's schema migrations (Alembic, `database/migrations/`).

Every process already upgrades a database on first use (`database.engine.engine_for`); ``tandem db upgrade`` does it
ahead of a deployment's start (one step before N replicas start), ``current`` says where a database is, ``check``
fails when the models and the migrations disagree, and ``revision`` writes the migration for a model change.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from tandem.settings import get_settings


def _url(args: argparse.Namespace) -> str:
    return args.url or get_settings().database


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from database.engine import current_revision, head_revision, upgrade

    engine = create_engine(_url(args))
    before = current_revision(engine)
    upgrade(engine, args.revision)
    after = current_revision(engine)
    print(f"{engine.url.render_as_string(hide_password=True)}: {before or '(none)'} -> {after} "
          f"(newest {head_revision()})")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from database.engine import current_revision, head_revision

    engine = create_engine(_url(args))
    current, head = current_revision(engine), head_revision()
    print(f"{current or '(none)'}{' (newest)' if current == head else f' (newest is {head}: run tandem db upgrade)'}")
    return 0 if current == head else 1


def cmd_db_check(args: argparse.Namespace) -> int:
    """Migrate a scratch SQLite database (or ``--url``) to the newest migration and compare it with the models."""
    differences = schema_differences(args.url or None)
    for difference in differences:
        print(difference)
    print("the migrations build the models' schema" if not differences else
          f"{len(differences)} difference(s): write a migration with tandem db revision -m \"...\"")
    return 1 if differences else 0


def schema_differences(url: str | None = None) -> list:
    """What alembic's autogenerate would still change after every migration ran: empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from database.engine import upgrade
    from database.schema import all_tables_metadata

    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(url or f"sqlite:///{Path(scratch) / 'scratch.db'}")
        try:
            upgrade(engine)
            with engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"compare_type": True})
                return compare_metadata(context, all_tables_metadata())
        finally:
            engine.dispose()


def cmd_db_revision(args: argparse.Namespace) -> int:
    """Write the next migration (``000N_message.py``) from the difference between the models and a scratch SQLite
    database at the newest migration: review it, then commit it with the model change."""
    from alembic import command
    from sqlalchemy import create_engine

    from database.engine import MIGRATIONS, alembic_config, upgrade

    numbers = [int(m.group(1)) for p in (MIGRATIONS / "versions").glob("*.py") if (m := re.match(r"(\d+)_", p.name))]
    rev_id = f"{max(numbers, default=0) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'scratch.db'}")
        upgrade(engine)
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            script = command.revision(config, message=args.message, autogenerate=not args.empty, rev_id=rev_id)
        engine.dispose()
    print(f"wrote {Path(script.path).relative_to(Path.cwd()) if Path(script.path).is_relative_to(Path.cwd()) else script.path}"
          " — review it (alembic writes what it can see: renames show as drop + add)", file=sys.stderr)
    return 0


def add_db_commands(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="the Tandem database's schema migrations (Alembic)").add_subparsers(
        dest="db_command", required=True)
    for name, func, text in (("upgrade", cmd_db_upgrade, "upgrade the database to the newest migration"),
                             ("current", cmd_db_current, "print the database's migration; exit 1 when not newest"),
                             ("check", cmd_db_check, "exit 1 when the migrations do not build the models' schema")):
        command = db.add_parser(name, help=text)
        command.add_argument("--url", help="database URL (default TANDEM_DATABASE_URL or data/tandem.db)")
        command.set_defaults(func=func)
        if name == "upgrade":
            command.add_argument("revision", nargs="?", default="head")
    revision = db.add_parser("revision", help="write the next migration from the models' difference")
    revision.add_argument("-m", "--message", required=True, help="what changed, e.g. 'add insight_rollups'")
    revision.add_argument("--empty", action="store_true", help="an empty migration to fill in by hand (data moves)")
    revision.set_defaults(func=cmd_db_revision)
