"""General German and English vocabularies, to tell a typo from a word the knowledge base lacks.

The word lists ship inside the ``pyspellchecker`` package (no download at run time). A question word
that neither language knows and the knowledge base does not hold is likely misspelled: retrieval then
also tries its nearest known spelling ("subscripton" → "subscription"). Known words are never
"corrected", so "hasse" stays "hasse" and is not read as "Tasse".
"""
from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _checkers():
    with _lock:
        try:
            from spellchecker import SpellChecker
        except ImportError:      # the vocabularies are an aid, not a requirement
            return ()
        return tuple(SpellChecker(language=lang, distance=1, case_sensitive=False) for lang in ("de", "en"))


def is_known(word: str) -> bool:
    """Whether ``word`` (lower case) is a German or English word; True when no vocabulary is installed."""
    checkers = _checkers()
    if not checkers:
        return True
    return any(word in c.word_frequency for c in checkers)


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """The most frequent German or English word one edit away from an unknown ``word``, if any."""
    checkers = _checkers()
    if not checkers or len(word) < 4 or not word.isalpha() or is_known(word):
        return None
    best, best_freq = None, 0.0
    for checker in checkers:
        for cand in sorted(checker.candidates(word) or ()):   # sets iterate in a per-process order
            if cand == word:
                continue
            freq = checker.word_usage_frequency(cand)
            if freq > best_freq:
                best, best_freq = cand, freq
    return best


def warm_up() -> None:
    _checkers()


def split_compound(word: str, known=None) -> tuple[str, ...]:
    """A German compound as its known parts ('wassertemperatur' → 'wasser', 'temperatur';
    'mindestbestellmenge' → 'mindest', 'bestell', 'menge'), or () when it does not split.

    Words of the general vocabulary are split only when long (short ones such as 'Frankreich' would
    split into unrelated words). ``known`` adds stems of one knowledge base: with it the answer is not
    cached (a cache keyed by that function would keep every retired knowledge-base index alive)."""
    if known is None:
        return _split_general(word)
    return _split_compound(word, known)


@lru_cache(maxsize=4096)
def _split_general(word: str) -> tuple[str, ...]:
    return _split_compound(word, None)


def _split_compound(word: str, known) -> tuple[str, ...]:
    if len(word) < 9 or not word.isalpha() or not _checkers() or (len(word) < 12 and is_known(word)):
        return ()
    return _split(word, 0, known or is_known) or ()


def _split(word: str, depth: int, known) -> tuple[str, ...] | None:
    if depth > 2:
        return None
    for i in range(3, len(word) - 3):          # longest head first: the head carries the meaning
        left, head = word[:i], word[i:]
        if not (is_known(head) or (depth > 0 and known(head))):
            continue
        for stem in (left, left[:-1] if left.endswith(("s", "n")) else None, left[:-2] if left.endswith("en") else None):
            if not stem or len(stem) < 3:
                continue
            if is_known(stem) or known(stem):
                return (stem, head)
            if len(stem) >= 7:
                inner = _split(stem, depth + 1, known)
                if inner:
                    return (*inner, head)
    return None
