"""The Tandem database is created once, however many threads reach a new one at the same moment."""
from __future__ import annotations

import threading

from database.engine import engine_for, sessions_with_tables
from knowledge.tables import ContentGap, KBChange


def test_threads_reaching_a_new_database_at_once_share_one_engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'tandem.db'}"
    start, engines, errors = threading.Barrier(8), [], []

    def first_use() -> None:
        start.wait()
        try:
            engines.append(engine_for(url))
            sessions_with_tables(url, [KBChange.__table__, ContentGap.__table__])
        except Exception as exc:  # noqa: BLE001  (the test reports what any thread raised)
            errors.append(exc)

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len({id(e) for e in engines}) == 1

