"""Per-language word lists as data (`de.yml`, `en.yml`): what text handling must know about a language."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ("de", "en")


@lru_cache(maxsize=32)
def words(lang: str, key: str) -> frozenset[str]:
    """The list ``key`` of language ``lang``'s file, folded to lower case (empty when the file lacks it)."""
    data = yaml.safe_load((HERE / f"{lang}.yml").read_text(encoding="utf-8")) or {}
    value = data.get(key) or ()
    items = value.split() if isinstance(value, str) else value      # a long list may be one folded string
    return frozenset(str(w).lower() for w in items)


def all_words(key: str) -> frozenset[str]:
    """The list ``key`` of every language, for text whose language is not known."""
    return frozenset().union(*(words(lang, key) for lang in LANGUAGES))


def alternation(key: str) -> str:
    """The list ``key`` of every language as a regex alternation, longest first (so 'und wie' wins over 'und')."""
    return "|".join(re.escape(w) for w in sorted(all_words(key), key=lambda w: (-len(w), w)))
