"""`privacy.gdpr`: export and delete a follower across the tracker store, the Tandem database and logs."""
from __future__ import annotations

import json
import sqlite3

import pytest

from privacy import gdpr
from tests.privacy.gdpr_support import OTHER, SECRET_TEXT, VICTIM, everything_mentioning, populate


@pytest.fixture
def settings(tmp_path):
    return populate(tmp_path)


def test_export_holds_the_senders_tracker_events(settings):
    events = gdpr.export(settings, VICTIM)["stores"]["rasa_tracker"]["events"]
    assert [e["data"]["text"] for e in events if e["type_name"] == "user"] == [f"{SECRET_TEXT} ({VICTIM})"]


def test_export_holds_inbox_rows_linked_to_the_sender_by_foreign_keys(settings):
    tables = gdpr.export(settings, VICTIM)["stores"]["tandem_db"]
    assert {"handovers", "waiting_messages", "handover_events", "handover_notes", "ratings"} <= set(tables)


def test_export_holds_the_log_lines_naming_the_sender(settings):
    logs = gdpr.export(settings, VICTIM)["stores"]["logs"]
    assert logs == {"logs/actions.log": [f"INFO handover 1 of {VICTIM}: emotional"],
                    "logs/rasa.log": [f"DEBUG Received user message from {VICTIM}"]}


def test_export_leaves_out_everyone_else(settings):
    assert OTHER not in json.dumps(gdpr.export(settings, VICTIM), default=str)


def test_export_is_json_serialisable(settings):
    json.dumps(gdpr.export(settings, VICTIM))


def test_after_delete_no_store_mentions_the_sender_or_their_words(settings):
    result = gdpr.delete(settings, VICTIM)
    assert result.complete
    assert everything_mentioning(settings.data_dir, VICTIM) == []
    assert everything_mentioning(settings.data_dir, f"({VICTIM})") == []


def test_delete_reports_what_it_removed_per_store(settings):
    removed = gdpr.delete(settings, VICTIM).removed
    assert removed["rasa_tracker"] == {"events": 2}
    assert removed["tandem_db"]["handovers"] == 1 and removed["tandem_db"]["ratings"] == 1
    assert removed["logs"] == {"logs/actions.log": 1, "logs/rasa.log": 1}


def test_delete_keeps_everyone_elses_data(settings):
    gdpr.delete(settings, VICTIM)
    assert gdpr.export(settings, OTHER)["stores"]["tandem_db"]["handovers"]
    assert "unrelated line" in (settings.data_dir / "logs" / "actions.log").read_text()
    assert set(everything_mentioning(settings.data_dir, OTHER)) >= {"tracker.db:events", "tandem.db:handovers"}


def test_a_table_added_later_with_a_sender_id_column_is_covered(settings):
    with sqlite3.connect(settings.data_dir / "tandem.db") as conn:
        conn.execute("CREATE TABLE analytics_events (id INTEGER PRIMARY KEY, sender_id TEXT, what TEXT)")
        conn.execute("INSERT INTO analytics_events (sender_id, what) VALUES (?, 'opened chat')", (VICTIM,))
    assert gdpr.export(settings, VICTIM)["stores"]["tandem_db"]["analytics_events"][0]["what"] == "opened chat"
    assert gdpr.delete(settings, VICTIM).removed["tandem_db"]["analytics_events"] == 1


def test_deleting_an_unknown_sender_removes_nothing(settings):
    result = gdpr.delete(settings, "nobody-here")
    assert result.complete and all(not counts for counts in result.removed.values())


def test_the_delete_audit_line_does_not_name_the_sender(settings, caplog):
    caplog.set_level("INFO", logger="privacy.gdpr")
    gdpr.delete(settings, VICTIM)
    assert caplog.records and VICTIM not in caplog.text


def test_after_delete_not_even_the_raw_database_files_hold_the_sender(settings):
    gdpr.delete(settings, VICTIM)
    raw = [p.name for p in settings.data_dir.rglob("*") if p.is_file() and VICTIM.encode() in p.read_bytes()]
    assert raw == []


def test_a_log_line_quoting_the_followers_message_without_the_sender_id_is_found_and_removed(settings):
    """Rasa's error path once wrote the message alone (no sender id); erasure finds it by the message."""
    rasa_log = settings.data_dir / "logs" / "rasa.log"
    with rasa_log.open("a") as f:
        f.write(f'{{"event": "rest.message.received.timeout", "text": "{SECRET_TEXT} ({VICTIM})"}}\n')
        f.write(f"ERROR could not handle '{SECRET_TEXT} ({OTHER})'\n")
    assert gdpr.find(settings, "no-such-sender", {f"{SECRET_TEXT} ({VICTIM})"})["logs"] == {"logs/rasa.log": 1}
    result = gdpr.delete(settings, VICTIM)
    assert result.complete and result.removed["logs"]["logs/rasa.log"] == 2
    assert f"({VICTIM})" not in rasa_log.read_text()
    assert f"({OTHER})" in rasa_log.read_text()           # the bystander's line stays


def test_delete_names_what_it_could_not_search(settings):
    (settings.data_dir / "logs" / "actions.log.1.gz").write_bytes(b"\x1f\x8b packed")
    (settings.data_dir / "tracker.db").unlink()
    places = gdpr.delete(settings, VICTIM).not_searched
    assert any("actions.log.1.gz" in p for p in places)
    assert any(p.startswith("rasa_tracker: not found") for p in places)
    assert any("outside" in p or "not written under" in p for p in places)
    assert any("shorter than" in p for p in places)
