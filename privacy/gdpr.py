"""A follower's right of access (export) and to erasure (delete), over every store (`privacy.stores`).

    export(settings, "sender-42") -> dict      # everything Tandem keeps about the sender, JSON-ready
    delete(settings, "sender-42") -> Deletion  # removes it, then searches every store and reports traces,
                                               # and names what it could not search (`Deletion.not_searched`)

Log lines are found by the sender id and by the follower's own messages (as the stores held them before the
delete), because a line can quote a message without naming its sender. What no search here can reach is
said, not passed over: output kept outside ``{data_dir}/logs``, packed (rotated) log files, messages too
short to tell apart, a tracker store that is not there, what an LLM endpoint keeps.

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
    not_searched: list[str] = field(default_factory=list)                # what no search here could reach

    @property
    def complete(self) -> bool:
        """Nothing left in what was searched (see `not_searched` for what was not)."""
        return not any(self.remaining.values())

    def as_dict(self) -> dict[str, Any]:
        return {"sender": self.sender_ref, "removed": self.removed, "remaining": self.remaining,
                "complete": self.complete, "not_searched": self.not_searched}


def not_searched(settings: Any, stores_seen: list[str]) -> list[str]:
    """The places a delete could not search, named so that the report does not claim more than it did."""
    out = [f"output not written under {settings.data_dir}/logs (a terminal running `tandem run`, a process "
           f"manager's or the system journal)",
           f"log lines quoting a message shorter than {stores.SHORTEST_SEARCHED_TEXT} characters without "
           f"the sender id (too common to tie to this follower)"]
    out += [f"packed log file {p.relative_to(settings.data_dir)}" for p in stores.packed_log_files(settings.data_dir)]
    out += [f"{s.name}: not found at {s.url}" for s in stores.stores_for(settings, _tracker_url())
            if s.name not in stores_seen]
    if getattr(settings, "llm_enabled", False):
        out.append("what the LLM endpoint keeps of its requests (personal data was redacted before they left)")
    return out


def delete(settings: Any, sender_id: str) -> Deletion:
    if not sender_id:
        raise ValueError("empty sender id")
    result = Deletion(sender_ref(sender_id))
    texts: set[str] = set()
    seen: list[str] = []
    for store, engine in stores.open_stores(settings, _tracker_url()):
        metadata, rows = stores.collect(engine, sender_id)
        texts |= stores.follower_texts(rows)
        seen.append(store.name)
        result.removed[store.name] = stores.remove(engine, metadata, rows) if rows.count() else {}
        store.flush(engine)
    removed_lines = {}
    for path in stores.log_files(settings.data_dir):
        n = stores.remove_log_lines(path, sender_id) + stores.remove_log_lines_with_any(path, texts)
        if n:
            removed_lines[str(path.relative_to(settings.data_dir))] = n
    result.removed["logs"] = removed_lines
    result.remaining = find(settings, sender_id, texts)
    result.not_searched = not_searched(settings, seen)
    log.info("privacy: deleted %s: %s", result.sender_ref,
             {k: sum(v.values()) for k, v in result.removed.items()})
    return result


def find(settings: Any, sender_id: str, texts: set[str] = frozenset()) -> dict[str, dict[str, int]]:
    """Where the sender id still occurs: rows by sender id or foreign key, any text column mentioning it,
    and log lines naming it or quoting one of ``texts`` (the follower's messages). Empty dicts everywhere
    after a complete delete."""
    out: dict[str, dict[str, int]] = {}
    for store, engine in stores.open_stores(settings, _tracker_url()):
        _meta, rows = stores.collect(engine, sender_id)
        hits = {t: len(r) for t, r in rows.tables.items()}
        for table, n in stores.mentions(engine, sender_id).items():
            hits[table] = max(hits.get(table, 0), n)
        out[store.name] = hits
    out["logs"] = {str(p.relative_to(settings.data_dir)): len(lines)
                   for p in stores.log_files(settings.data_dir)
                   if (lines := stores.log_lines(p, sender_id) + stores.log_lines_with_any(p, set(texts)))}
    return out
