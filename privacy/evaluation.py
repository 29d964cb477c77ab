"""Scoring redaction against messages with planted personal data (used by bench/pii.py and the tests)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from privacy.names import NOT_NAMES
from privacy.patterns import NAME, TYPES
from privacy.redact import Redactor

_SEPARATORS = re.compile(r"[\s/().-]")
# The customer-number format of the brand in tests/privacy/pii_planted.yaml ("VK-204-551"), given to the
# redactor the way a brand sets TANDEM_PII_ORDER_PATTERN: no built-in detector knows such a format.
PLANTED_BRAND_PATTERN = r"(?i)\bVK[- ]?\d{3}[- ]?\d{3}\b"


@dataclass(frozen=True)
class Planted:
    type: str
    value: str


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    pii: tuple[Planted, ...]


def load_cases(path: Path) -> list[Case]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [Case(item["lang"], item["text"], tuple(Planted(p["type"], str(p["value"])) for p in item["pii"]))
            for item in raw]


def name_words(value: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", value) if len(w) >= 3 and w.casefold() not in NOT_NAMES]


def leaks(planted: Planted, text: str) -> bool:
    """Whether ``text`` still shows the planted value (for a name: any of its words, as a word)."""
    if planted.type == NAME:
        return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in name_words(planted.value))
    if planted.value in text:
        return True
    compact = _SEPARATORS.sub("", planted.value)
    return len(compact) >= 6 and compact.casefold() in _SEPARATORS.sub("", text).casefold()


def leaked(cases: list[Case], text: str) -> list[Planted]:
    return [p for case in cases for p in case.pii if leaks(p, text)]


@dataclass
class TypeScore:
    planted: int = 0
    removed: int = 0        # gone from the redacted text (what privacy needs)
    typed: int = 0          # and covered by a finding of the right type (what the placeholder says)

    @property
    def recall(self) -> float:
        return self.removed / self.planted if self.planted else 1.0


@dataclass
class Score:
    by_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    misses: list[tuple[Case, Planted, str]] = field(default_factory=list)

    @property
    def total(self) -> TypeScore:
        t = TypeScore()
        for s in self.by_type.values():
            t.planted += s.planted
            t.removed += s.removed
            t.typed += s.typed
        return t


def score(cases: list[Case], redactor: Redactor) -> Score:
    out = Score()
    for case in cases:
        redacted = redactor.redact(case.text, case.lang)
        for p in case.pii:
            s = out.by_type[p.type]
            s.planted += 1
            start = case.text.find(p.value)
            if leaks(p, redacted.text):
                out.misses.append((case, p, redacted.text))
                continue
            s.removed += 1
            end = start + len(p.value)
            if any(f.type == p.type and f.start < end and f.end > start for f in redacted.findings):
                s.typed += 1
    for kind in TYPES:
        out.by_type.setdefault(kind, TypeScore())
    return out
