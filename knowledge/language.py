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
