"""Which language the follower writes in (German or English), so the reply can match it.

One- or two-word messages ("ok danke", "👍") are ambiguous for any detector: they keep the
conversation's language instead of flipping it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

SUPPORTED = ("de", "en")
MIN_WORDS = 3
MIN_CONFIDENCE = 0.75

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_GERMAN_MARKERS = re.compile(r"[äöüß]|\b(ich|und|nicht|ist|wie|was|wann|wo|habt|ihr|euer|eure|der|die|das|kann|mein|meine|danke|bitte|hallo|tschüss|moin|servus)\b", re.I)
_ENGLISH_MARKERS = re.compile(r"\b(i|you|the|is|what|when|where|how|can|my|your|thanks|thank|please|hello|hi|hey|bye)\b", re.I)
_CODES = {Language.GERMAN: "de", Language.ENGLISH: "en"}


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(Language.GERMAN, Language.ENGLISH).build()


def detect_language(text: str, previous: str | None = None, default: str = "de") -> str:
    """Language of ``text``; short or unclear messages fall back to ``previous`` (the conversation's)."""
    words = _WORD.findall(text or "")
    fallback = previous if previous in SUPPORTED else None
    if len(words) < MIN_WORDS:
        german, english = len(_GERMAN_MARKERS.findall(text or "")), len(_ENGLISH_MARKERS.findall(text or ""))
        if fallback:
            return fallback
        if german != english:
            return "de" if german > english else "en"
        if not words:
            return default
    confidences = _detector().compute_language_confidence_values(" ".join(words))
    best = confidences[0]
    code = _CODES.get(best.language, default)
    if best.value < MIN_CONFIDENCE and fallback:
        return fallback
    return code


DOCUMENT_SAMPLE_CHARS = 6000     # per part; three parts (start, middle, end) of a long document
DOCUMENT_MIN_CONFIDENCE = 0.9


def document_language(text: str, declared: str | None) -> str | None:
    """A document's language: what its file declares (PDF /Lang, DOCX core properties, HTML lang), unless enough of
    its text says clearly otherwise. Word processors and templates stamp a default language ("en-US") on German
    files, so a German PDF was stored as English. The text is sampled at its start, middle and end, so a long
    document's cover page or an English imprint does not decide alone. Without a declared language, None stays
    None (the answer model's language feature was trained on that; see the README)."""
    if declared is None:
        return None
    if len(text) > 3 * DOCUMENT_SAMPLE_CHARS:
        middle = len(text) // 2 - DOCUMENT_SAMPLE_CHARS // 2
        text = " ".join((text[:DOCUMENT_SAMPLE_CHARS], text[middle:middle + DOCUMENT_SAMPLE_CHARS],
                         text[-DOCUMENT_SAMPLE_CHARS:]))
    words = _WORD.findall(text)
    if len(words) < 20:
        return declared
    best = _detector().compute_language_confidence_values(" ".join(words))[0]
    detected = _CODES.get(best.language)
    return detected if detected and detected != declared and best.value >= DOCUMENT_MIN_CONFIDENCE else declared
