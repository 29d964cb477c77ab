"""The periodic insights work inside ``tandem run``: topics for new messages and the early warning every
``insights_check_minutes`` (alerts sent once, when created), topics re-clustered every ``insights_topics_hours``,
the weekly digest when due. A daemon thread like `privacy.retention.RetentionScheduler`; errors are logged, the
next run retries."""
from __future__ import annotations

import logging
import threading
import time
from typing import Any

from insights import alerts, digest
from insights.notify import send_alert
from insights.settings import InsightsSettings, get_insights_settings
from insights.tables import now, sessions
from insights.topics import assign_new, refresh_topics

log = logging.getLogger(__name__)


def run_once(settings: Any, insights: InsightsSettings, refresh: bool = False) -> list[dict]:
    """One round; returns the alerts created (as sent)."""
    sent = []
    with sessions(settings.database)() as session:
        if refresh:
            refresh_topics(session)
        assign_new(session)
        for alert in alerts.check(session):
            body = alerts.alert_dict(alert)
            alert.notified = send_alert(insights, body)
            session.commit()
            sent.append(body)
        digest.send_if_due(session, insights, settings.timezone, now())
    return sent


class InsightsScheduler:
    def __init__(self, settings: Any, insights: InsightsSettings | None = None, first_delay_s: float = 60.0) -> None:
        self.settings = settings
        self.insights = insights or get_insights_settings()
        self.first_delay_s = first_delay_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._refreshed = 0.0

    def start(self) -> "InsightsScheduler":
        self._thread = threading.Thread(target=self._loop, name="tandem-insights", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        delay = self.first_delay_s
        while not self._stop.wait(delay):
            refresh = time.monotonic() - self._refreshed > self.insights.insights_topics_hours * 3600 or not self._refreshed
            try:
                run_once(self.settings, self.insights, refresh=refresh)
                if refresh:
                    self._refreshed = time.monotonic()
            except Exception:  # noqa: BLE001 (the insights must not stop the stack)
                log.exception("insights round failed")
            delay = self.insights.insights_check_minutes * 60
