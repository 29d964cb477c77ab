"""Alembic's environment for the Tandem database (inbox, knowledge-base log, insights: one ``Base``).

Run by `database.engine.upgrade` (every process on first use of a database, and `tandem db upgrade`) with an open
connection in ``config.attributes["connection"]``, or by the ``alembic`` command line from the repository root
(``alembic.ini``), which connects to ``sqlalchemy.url`` or else to ``TANDEM_DATABASE_URL``.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from database.schema import all_tables_metadata

config = context.config
target_metadata = all_tables_metadata()


def run(connection) -> None:  # noqa: ANN001 (a SQLAlchemy Connection)
    # Batch mode: SQLite cannot ALTER most things in place; alembic then copies the table, PostgreSQL alters it.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True, compare_server_default=False)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        from tandem.settings import get_settings

        url = get_settings().database
    with create_engine(url).connect() as own:
        run(own)
        own.commit()
