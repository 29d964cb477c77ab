"""Every table of the Tandem database, gathered for the migrations (``env.py``, `tandem db check`).

The one module of ``database`` that imports the packages keeping tables in it; a package that adds tables
adds its module here.
"""
from __future__ import annotations

from sqlalchemy import MetaData

import inbox.models  # noqa: F401  (defines its tables on Base)
import insights.tables  # noqa: F401
import knowledge.tables  # noqa: F401
from database.engine import Base


def all_tables_metadata() -> MetaData:
    """``Base.metadata`` with every table defined: what the migrations must build."""
    return Base.metadata
