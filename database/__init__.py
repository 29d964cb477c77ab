"""The Tandem database: its engine, its one declarative base and its Alembic migrations.

Below inbox, knowledge and insights, which keep their tables here; it imports none of them except in
``database.schema``, the one module that gathers every table for the migrations.
"""
