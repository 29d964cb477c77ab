"""Personal data out of text: before it goes to an LLM endpoint, into a log line or a report.

    >>> redact("Ich bin Anna Schmidt, anna@example.org").text
    'Ich bin [NAME], [EMAIL]'

`redact` replaces each finding with a typed placeholder (``[EMAIL]``, ``[PHONE]``, ``[IBAN]``, ``[CARD]``,
``[ADDRESS]``, ``[ORDER]``, ``[NAME]``, ``[ID]`` for identity documents, ``[BIRTHDATE]``). `Redactor.pseudonymise` numbers them instead (``[EMAIL_1]``) and
returns the mapping, so a reply written about placeholders can be turned back (`restore`) for the person
whose data it is. `RedactingFilter` / `install_log_redaction` apply the same to log records.

Detectors: `privacy.patterns` (checksummed IBAN and card numbers, libphonenumber, address (German and
international), order, contract, identity-document, birth-date patterns, personal fields of pasted JSON) and `privacy.names` (cue phrases, given names, presidio + the English spaCy model).
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from privacy import names, patterns
from privacy.patterns import NAME, PRIORITY, TYPES, Finding

_CUELESS = ("ner-en", "given-name")   # name findings without a cue phrase
PLACEHOLDERS = {kind: f"[{kind}]" for kind in TYPES}
_PLACEHOLDER = re.compile(r"\[(?:%s)(?:_\d+)?\]" % "|".join(TYPES))

__all__ = ["Finding", "Redacted", "Pseudonymised", "Redactor", "RedactingFilter", "redact", "restore",
           "get_redactor", "install_log_redaction", "PLACEHOLDERS", "TYPES"]


@dataclass(frozen=True)
class Redacted:
    text: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.type] = out.get(f.type, 0) + 1
        return out

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Pseudonymised:
    texts: list[str]
    mapping: dict[str, str]          # placeholder -> original value; keep it in memory only

    def __repr__(self) -> str:
        return f"Pseudonymised({len(self.texts)} texts, {len(self.mapping)} placeholders)"


def resolve(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings: the longer span wins, then the type with the higher priority."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-(f.end - f.start), PRIORITY[f.type], f.start)):
        if f.end > f.start and all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


class Redactor:
    def __init__(self, order_pattern: str = "", order_min_digits: int = 6, ner: bool = True) -> None:
        self.order_pattern = re.compile(order_pattern) if order_pattern else None
        self.order_min_digits = order_min_digits
        self.ner = ner

    def find(self, text: str, lang: str | None = None, ner: bool | None = None,
             known_words: frozenset[str] | None = None) -> list[Finding]:
        """Findings in ``text``. ``ner=False`` skips the name model for this call; ``known_words`` (casefolded)
        are words of public text such as the retrieved passages: a name found without a cue ("Espresso",
        "Jasmin") whose words are all among them is taken for a product or place, not a person."""
        if not text:
            return []
        # Escaped line breaks (a repr() in a log line: 'Grüße\\nPeter') read as line breaks; same length.
        text = text.replace("\\n", " \n").replace("\\r", "  ").replace("\\t", "  ")
        found: list[Finding] = []
        found += patterns.find_emails(text)
        found += patterns.find_ibans(text)
        found += patterns.find_cards(text)
        found += patterns.find_phones(text)
        found += patterns.find_addresses(text)
        found += patterns.find_orders(text, self.order_min_digits, self.order_pattern)
        found += patterns.find_contracts(text)
        found += patterns.find_ids(text)
        found += patterns.find_birthdates(text)
        found += patterns.find_foreign_addresses(text)
        found += patterns.find_fields(text)
        found += names.find_names_by_cues(text)
        if (self.ner if ner is None else ner) and self._is_english(text, lang):
            found += names.find_names_ner(text)
        found = [f for f in found if not _PLACEHOLDER.fullmatch(f.value.strip())]
        if known_words:
            found = [f for f in found if not (f.source in _CUELESS and
                                              all(w.casefold() in known_words for w in f.value.split()))]
        chosen = resolve(found)
        return resolve(chosen + self._repeated_names(text, chosen))

    @staticmethod
    def _is_english(text: str, lang: str | None) -> bool:
        if lang is not None:
            return lang == "en"
        from knowledge.language import detect_language

        return detect_language(text, default="en") == "en"

    @staticmethod
    def _repeated_names(text: str, chosen: list[Finding]) -> list[Finding]:
        """Once "Anna Schmidt" is found, a later "Frau Schmidt" or "Anna" is her too."""
        words = {w for f in chosen if f.type == NAME for w in f.value.split()
                 if len(w) >= 3 and w[0].isupper() and w.casefold() not in names.NOT_NAMES}
        out = []
        for word in words:
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                out.append(Finding(NAME, m.start(), m.end(), m.group(), "repeat"))
        return out

    def redact(self, text: str, lang: str | None = None, ner: bool | None = None,
               known_words: frozenset[str] | None = None) -> Redacted:
        findings = self.find(text, lang, ner, known_words)
        return Redacted(_replace(text, findings, lambda f: PLACEHOLDERS[f.type]), findings)

    def pseudonymise(self, texts: list[str], lang: str | None = None, mapping: dict[str, str] | None = None,
                     ner: bool | None = None, known_words: frozenset[str] | None = None) -> Pseudonymised:
        """Numbered placeholders, the same value getting the same placeholder across all ``texts``."""
        mapping = dict(mapping or {})
        by_value = {(v, k.split("_")[0].lstrip("[")): k for k, v in mapping.items()}
        counters: dict[str, int] = {}
        for key in mapping:
            kind, _, n = key.strip("[]").rpartition("_")
            counters[kind] = max(counters.get(kind, 0), int(n))

        def placeholder(f: Finding) -> str:
            key = (f.value, f.type)
            if key not in by_value:
                counters[f.type] = counters.get(f.type, 0) + 1
                by_value[key] = f"[{f.type}_{counters[f.type]}]"
                mapping[by_value[key]] = f.value
            return by_value[key]

        out = [_replace(t, self.find(t, lang, ner, known_words), placeholder) for t in texts]
        return Pseudonymised(out, mapping)


def _replace(text: str, findings: list[Finding], placeholder) -> str:
    parts, last = [], 0
    for f in findings:
        parts.append(text[last:f.start])
        parts.append(placeholder(f))
        last = f.end
    parts.append(text[last:])
    return "".join(parts)


def words_of(*texts: str) -> frozenset[str]:
    """Casefolded words, for ``known_words``."""
    return frozenset(w.casefold() for t in texts for w in re.findall(r"[^\W\d_][\w'-]*", t))


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back for the placeholders in ``mapping`` (others are left as they are)."""
    return _PLACEHOLDER.sub(lambda m: mapping.get(m.group(), m.group()), text)


@lru_cache(maxsize=1)
def get_redactor() -> Redactor:
    from privacy.settings import get_privacy_settings

    s = get_privacy_settings()
    return Redactor(order_pattern=s.pii_order_pattern, order_min_digits=s.pii_order_min_digits, ner=s.pii_ner)


def redact(text: str, lang: str | None = None) -> Redacted:
    return get_redactor().redact(text, lang)


def warm_up() -> None:
    """Load the name model now (about 4 s) rather than on the first message."""
    if get_redactor().ner:
        names.warm_up()


# --- logs -------------------------------------------------------------------------------------------------------------
_busy = threading.local()


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and exception text) with personal data replaced; never drops a record.

    Attach it to a handler (`handler.addFilter(RedactingFilter())`) or let `install_log_redaction` apply it
    to every record the process creates.
    """

    def __init__(self, redactor: Redactor | None = None) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_tandem_redacted", False) or getattr(_busy, "active", False):
            return True
        _busy.active = True
        try:
            redactor = self.redactor or get_redactor()
            try:
                message = record.getMessage()
            except Exception:  # noqa: BLE001 (a bad format string must not lose the record)
                message = f"{record.msg} {record.args}"
            record.msg, record.args = redactor.redact(message).text, None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redactor.redact(record.exc_text).text
            if record.stack_info:
                record.stack_info = redactor.redact(record.stack_info).text
            record._tandem_redacted = True
        finally:
            _busy.active = False
        return True


def install_log_redaction(redactor: Redactor | None = None) -> None:
    """Redact every log record this process creates, whatever logger or handler it goes to (also those
    configured later by rasa_sdk, Sanic or uvicorn). Idempotent."""
    current = logging.getLogRecordFactory()
    if getattr(current, "_tandem_redacting", False):
        return
    redacting = RedactingFilter(redactor)

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = current(*args, **kwargs)
        redacting.filter(record)
        return record

    factory._tandem_redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
