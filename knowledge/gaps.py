"""Content gaps: the questions the bot could not answer well, without personal data, grouped by meaning.

Every question the bot declined, or answered barely above the decide stage's threshold, is stored by
``record_gap`` after the pipeline's redaction (`privacy.redact`: names, also self-introduced ones, and every
other kind it knows) and ``scrub`` removed e-mail addresses, links, IBANs, phone numbers,
street addresses, self-introductions ("my name is …"), every token with five or more digits (order and
customer numbers, postcodes) and digit groups adding up to five or more (card numbers). Nothing else about
the conversation is kept: no sender id, no channel, no answer.

``gap_report`` groups the stored questions by embedding similarity (the knowledge base's multilingual model,
so "Liefert ihr nach Japan?" and "Do you ship to Japan?" are one gap) and counts them per group and per
day: the list staff see in ``tandem kb gaps``, ``GET /api/kb/gaps`` and /kb.

The turn pipeline's ``record_gap`` stage (`pipeline/stages/record_gap.py`) calls ``record_gap_later``, which
records in a background thread, so a slow database never delays a reply.
"""
from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np
from sqlalchemy import select

from knowledge.tables import ContentGap, sessions

log = logging.getLogger(__name__)

GROUP_SIMILARITY = 0.70          # questions this similar (cosine, USE) are one gap
MAX_QUESTION_CHARS = 500
EXAMPLES = 3

_PII: list[tuple[re.Pattern, str]] = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE), "[email]"),
    (re.compile(r"\b(?:https?://|www\.)\S+", re.I), "[link]"),
    (re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b", re.I), "[iban]"),
    (re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s/.-]?(?:\(0\)\s?)?\d[\d\s/.-]{4,}\d\b"), "[phone]"),
    (re.compile(r"(?<![\w.,])0\d{2,5}[\s/-]?\d[\d\s-]{3,}\d\b"), "[phone]"),
    (re.compile(r"\b[\wäöüß-]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|street|road|avenue|lane)"
                r"\s+\d+\s?[a-z]?\b", re.I), "[address]"),
    (re.compile(r"\b(mein name ist|ich heiße|ich heisse|my name is|name:)\s+[A-ZÄÖÜ][\wäöüß-]*"
                r"(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?", re.I), r"\1 [name]"),
    (re.compile(r"(?<![\w.,])\d{2,6}(?:[ -]\d{2,6}){2,}(?![\w])"), None),   # grouped: card numbers, long ids
    (re.compile(r"[\w#-]*\d[\w#-]*", re.UNICODE), None),     # ≥ 5 digits in one token → [number]
]


def scrub(text: str) -> str:
    """The question without personal data (see the module docstring); whitespace collapsed, bounded."""
    text = " ".join((text or "").split())
    for pattern, replacement in _PII:
        if replacement is None:
            text = pattern.sub(lambda m: "[number]" if sum(c.isdigit() for c in m.group()) >= 5 else m.group(), text)
        else:
            text = pattern.sub(replacement, text)
    return text[:MAX_QUESTION_CHARS]


def gap_reason(answer: Any) -> str:
    if not getattr(answer, "confident", False):
        return getattr(answer, "reason", "") or "declined"
    return "low_confidence"


def record_gap(settings: Any, question: str, lang: str | None, score: float, reason: str,
               redact: Callable[[str, str | None], str] | None = None) -> bool:
    """Store one gap (scrubbed). Never raises: logging gaps must not break a conversation.

    ``redact`` (the pipeline passes `privacy.redact`'s) removes what ``scrub``'s patterns cannot know, such as
    a self-introduced name ("ich bin Max Zebrowski"): a gap has no sender id, so erasure cannot find it later."""
    try:
        question = redact(question, lang) if redact is not None else question
    except Exception:  # noqa: BLE001 (without its redaction the question is not stored at all)
        log.exception("content gap not recorded: redaction failed")
        return False
    cleaned = scrub(question)
    if not cleaned.strip():
        return False
    try:
        with sessions(settings.database)() as session:
            session.add(ContentGap(question=cleaned, language=(lang or "")[:8], score=float(score or 0.0),
                                   reason=(reason or "")[:32]))
            session.commit()
        return True
    except Exception:  # noqa: BLE001
        log.warning("could not record a content gap", exc_info=True)
        return False


_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kb-gaps")
_pending: list[Future] = []
_pending_lock = threading.Lock()


def record_gap_later(settings: Any, question: str, lang: str | None, score: float, reason: str,
                     redact: Callable[[str, str | None], str] | None = None) -> None:
    future = _executor.submit(record_gap, settings, question, lang, score, reason, redact)
    with _pending_lock:
        _pending[:] = [f for f in _pending if not f.done()] + [future]


def flush(timeout: float = 10.0) -> None:
    """Wait until gaps recorded in the background are stored (tests, shutdown)."""
    with _pending_lock:
        waiting = list(_pending)
    for future in waiting:
        future.result(timeout=timeout)


# --- grouping --------------------------------------------------------------------------------------------------

@dataclass
class GapExample:
    question: str
    at: datetime
    language: str
    score: float
    reason: str

    def as_dict(self) -> dict:
        return {"question": self.question, "at": self.at.isoformat(), "language": self.language,
                "score": round(self.score, 3), "reason": self.reason}


@dataclass
class GapGroup:
    label: str
    count: int
    first_seen: datetime
    last_seen: datetime
    examples: list[GapExample] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"label": self.label, "count": self.count, "first_seen": self.first_seen.isoformat(),
                "last_seen": self.last_seen.isoformat(), "examples": [e.as_dict() for e in self.examples],
                "languages": self.languages, "reasons": self.reasons}


@dataclass
class GapReport:
    days: int
    total: int
    groups: list[GapGroup]
    daily: list[tuple[str, int]]

    def as_dict(self) -> dict:
        return {"days": self.days, "total": self.total, "groups": [g.as_dict() for g in self.groups],
                "daily": [{"day": d, "count": c} for d, c in self.daily]}


def gap_report(database: str, embedder: Any = None, days: int = 30, max_questions: int = 5000,
               limit: int = 50, similarity: float = GROUP_SIMILARITY, now: datetime | None = None) -> GapReport:
    """Gaps of the last ``days`` days grouped by similar question, biggest group first (ties: newest)."""
    now = now or datetime.now(timezone.utc)
    since = now - timedelta(days=days)
    with sessions(database)() as session:
        rows = list(session.scalars(select(ContentGap).where(ContentGap.at >= since)
                                    .order_by(ContentGap.id.desc()).limit(max_questions)))
        vectors = _vectors(session, rows, embedder)
    daily = Counter(_aware(r.at).date().isoformat() for r in rows)
    first_day = (now - timedelta(days=days - 1)).date()
    series = [(d.isoformat(), daily.get(d.isoformat(), 0)) for d in _days(first_day, now.date())]
    groups = _group(rows, vectors, similarity)
    groups.sort(key=lambda g: (-g.count, -g.last_seen.timestamp()))
    return GapReport(days=days, total=len(rows), groups=groups[:limit], daily=series)


def _vectors(session: Any, rows: list[ContentGap], embedder: Any) -> np.ndarray:
    missing = [r for r in rows if r.embedding is None]
    if missing:
        if embedder is None:
            from knowledge.embedder import get_embedder

            embedder = get_embedder()
        fresh = embedder.embed([r.question for r in missing])
        for row, vector in zip(missing, fresh):
            row.embedding = np.asarray(vector, dtype=np.float32).tobytes()
        session.commit()
    if not rows:
        return np.zeros((0, 1), dtype=np.float32)
    matrix = np.vstack([np.frombuffer(r.embedding, dtype=np.float32) for r in rows])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _group(rows: list[ContentGap], vectors: np.ndarray, similarity: float) -> list[GapGroup]:
    """Leader clustering, newest first: a question joins the most similar group (by its mean vector)."""
    members: list[list[int]] = []
    sums: list[np.ndarray] = []
    for i in range(len(rows)):
        best, best_sim = -1, similarity
        if sums:
            centroids = np.vstack(sums)
            centroids = centroids / np.linalg.norm(centroids, axis=1, keepdims=True)
            sims = centroids @ vectors[i]
            j = int(np.argmax(sims))
            if sims[j] >= best_sim:
                best = j
        if best < 0:
            members.append([i])
            sums.append(vectors[i].copy())
        else:
            members[best].append(i)
            sums[best] += vectors[i]
    groups = []
    for indices in members:
        items = [rows[i] for i in indices]            # newest first
        texts = Counter(_fold(r.question) for r in items)
        top_text, top_count = texts.most_common(1)[0]
        label = next(r.question for r in items if _fold(r.question) == top_text) if top_count > 1 else items[0].question
        examples, seen = [], set()
        for r in items:
            if _fold(r.question) in seen:
                continue
            seen.add(_fold(r.question))
            examples.append(GapExample(r.question, _aware(r.at), r.language, r.score, r.reason))
            if len(examples) == EXAMPLES:
                break
        groups.append(GapGroup(
            label=label, count=len(items), first_seen=_aware(items[-1].at), last_seen=_aware(items[0].at),
            examples=examples, languages=dict(Counter(r.language or "?" for r in items)),
            reasons=dict(Counter(r.reason or "?" for r in items)),
        ))
    return groups


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\[\]]+", " ", text.casefold()).split())


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)
