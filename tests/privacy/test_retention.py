"""Retention: conversations silent for longer than the limit are purged from every store."""
from __future__ import annotations

import time

from privacy import gdpr
from privacy.retention import RetentionScheduler, purge
from privacy.settings import PrivacySettings
from tests.privacy.gdpr_support import OTHER, VICTIM, everything_mentioning, populate


def test_the_default_retention_is_180_days():
    assert PrivacySettings().retention_days == 180


def test_a_conversation_older_than_the_limit_is_purged_everywhere(tmp_path):
    settings = populate(tmp_path, days_ago={VICTIM: 200, OTHER: 2})
    result = purge(settings, days=180)
    assert result.senders == 1 and result.incomplete == 0
    assert everything_mentioning(tmp_path, VICTIM) == []


def test_a_recent_conversation_is_kept(tmp_path):
    settings = populate(tmp_path, days_ago={VICTIM: 200, OTHER: 2})
    purge(settings, days=180)
    assert gdpr.export(settings, OTHER)["stores"]["rasa_tracker"]["events"]


def test_recent_activity_in_one_store_keeps_the_whole_conversation(tmp_path):
    settings = populate(tmp_path, days_ago={VICTIM: 200, OTHER: 200})
    from tests.privacy.gdpr_support import tracker_events

    tracker_events(tmp_path / "tracker.db", VICTIM, "wieder da", time.time())
    purge(settings, days=180)
    assert gdpr.export(settings, VICTIM)["stores"]["tandem_db"]["handovers"]


def test_rotated_log_files_older_than_the_limit_are_removed(tmp_path):
    settings = populate(tmp_path, days_ago={VICTIM: 1, OTHER: 1})
    old = tmp_path / "logs" / "actions.log.1"
    old.write_text("old line\n")
    stamp = time.time() - 200 * 86400
    import os

    os.utime(old, (stamp, stamp))
    assert purge(settings, days=180).log_files == ["logs/actions.log.1"] and not old.exists()


def test_the_scheduler_purges_on_its_own(tmp_path):
    settings = populate(tmp_path, days_ago={VICTIM: 200, OTHER: 1})
    scheduler = RetentionScheduler(settings, days=180, interval_hours=1, first_delay_s=0.01).start()
    deadline = time.time() + 20
    while scheduler.runs == 0 and time.time() < deadline:
        time.sleep(0.05)
    scheduler.stop()
    assert scheduler.runs >= 1 and everything_mentioning(tmp_path, VICTIM) == []
