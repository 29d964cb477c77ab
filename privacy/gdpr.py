"""A follower's right of access (export) and to erasure (delete), over every store (`privacy.stores`).

    export(settings, "sender-42") -> dict      # everything Tandem keeps about the sender, JSON-ready
    delete(settings, "sender-42") -> Deletion  # removes it, then searches every store and reports traces

Both work while the stack runs: Rasa reads the tracker from its SQL store on every message (no cache), so
deleting the rows is what Rasa sees next; a later message simply starts a new, empty conversation.
Content gaps (``kb_gaps``) are stored scrubbed and without a sender id: they cannot be tied to a follower.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from privacy import stores
from privacy.settings import get_privacy_settings

log = logging.getLogger(__name__)

NOT_LINKED = ("kb_gaps: content-gap questions are stored scrubbed of personal data and without a sender id, "
              "so none of them can be tied to a follower")


def sender_ref(sender_id: str) -> str:
    """A stable reference for audit lines that does not contain the id itself (it would survive the delete)."""
    return "sha256:" + hashlib.sha256(sender_id.encode()).hexdigest()[:12]


def _tracker_url() -> str:
    return get_privacy_settings().tracker_db_url


def export(settings: Any, sender_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {"sender_id": sender_id, "exported_at": datetime.now(timezone.utc).isoformat(),
                           "stores": {}, "not_linked": [NOT_LINKED]}
    for store, engine in stores.open_stores(settings, _tracker_url()):
        _meta, rows = stores.collect(engine, sender_id)
        out["stores"][store.name] = {t: [stores.jsonable(r) for r in rs] for t, rs in rows.tables.items()}
    logs = {}
    for path in stores.log_files(settings.data_dir):
        lines = stores.log_lines(path, sender_id)
        if lines:
            logs[str(path.relative_to(settings.data_dir))] = lines
    out["stores"]["logs"] = logs
    return out


@dataclass
class Deletion:
    sender_ref: str
    removed: dict[str, dict[str, int]] = field(default_factory=dict)
    remaining: dict[str, dict[str, int]] = field(default_factory=dict)   # the search afterwards

    @property
    def complete(self) -> bool:
        return not any(self.remaining.values())

    def as_dict(self) -> dict[str, Any]:
        return {"sender": self.sender_ref, "removed": self.removed, "remaining": self.remaining,
                "complete": self.complete}


def delete(settings: Any, sender_id: str) -> Deletion:
    if not sender_id:
        raise ValueError("empty sender id")
    result = Deletion(sender_ref(sender_id))
    for store, engine in stores.open_stores(settings, _tracker_url()):
        metadata, rows = stores.collect(engine, sender_id)
        result.removed[store.name] = stores.remove(engine, metadata, rows) if rows.count() else {}
        store.flush(engine)
    removed_lines = {}
    for path in stores.log_files(settings.data_dir):
        n = stores.remove_log_lines(path, sender_id)
        if n:
            removed_lines[str(path.relative_to(settings.data_dir))] = n
    result.removed["logs"] = removed_lines
    result.remaining = find(settings, sender_id)
    log.info("privacy: deleted %s: %s", result.sender_ref,
             {k: sum(v.values()) for k, v in result.removed.items()})
    return result


def find(settings: Any, sender_id: str) -> dict[str, dict[str, int]]:
    """Where the sender id still occurs: rows by sender id or foreign key, any text column mentioning it,
    and log lines. Empty dicts everywhere after a complete delete."""
    out: dict[str, dict[str, int]] = {}
    for store, engine in stores.open_stores(settings, _tracker_url()):
        _meta, rows = stores.collect(engine, sender_id)
        hits = {t: len(r) for t, r in rows.tables.items()}
        for table, n in stores.mentions(engine, sender_id).items():
            hits[table] = max(hits.get(table, 0), n)
        out[store.name] = hits
    out["logs"] = {str(p.relative_to(settings.data_dir)): len(lines)
                   for p in stores.log_files(settings.data_dir) if (lines := stores.log_lines(p, sender_id))}
    return out
