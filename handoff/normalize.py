"""Turn a raw chat message into something word lists can match reliably.

Followers type "SOOOO ärgerlich!!!", "Mülleimer"/"Muelleimer", "gibt's", "plz" and emoji. Matching
word lists against that directly would need every spelling in the YAML, so every message (and every
phrase in the YAML) goes through the same folding:

* lower case, umlauts and ß folded to ae/oe/ue/ss, other accents stripped (é -> e); in a language whose writers
  do not spell umlauts out (English, ``SPELLED_UMLAUTS``), ä/ö/ü lose their dots instead (ü -> u), so that a
  German name in an English message does not turn into an English word ("Leipzig Süd" is not "sued");
* apostrophes dropped ("gibt's" -> "gibts", "can't" -> "cant"), other punctuation -> space;
* runs of three or more identical letters collapsed to one ("sooooo" -> "so", "hilfeee" -> "hilfe");
* per-language token map from the YAML (dialect and chat spellings: "net" -> "nicht", "u" -> "you");
* one-typo correction towards the words the YAML actually uses (cheap deletion index, see Speller).

Shouting is measured on the raw text (caps-lock ratio, "!!!") because folding destroys it, and emoji
are kept in the raw text so YAML entries such as 👏 can match them.

Folding also destroys where a sentence or clause ends, which decides whether "ich will nicht mehr" is
the whole statement ("Ich will nicht mehr.") or has an object ("Ich will nicht mehr den Newsletter").
So ``clauses`` keeps the same words with a ``.`` between clauses (sentence punctuation, commas,
colons, dashes, brackets, emoji); YAML phrases reach it with the ``$`` token.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "oe"})
_SHARP_S = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o"})
# Languages whose writers type ä as "ae" when they lack the key, so both spellings must meet. In the others a word
# written with an umlaut is a foreign name, and spelling it out can make it one of their own words.
SPELLED_UMLAUTS = frozenset({"de"})
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_WORD = re.compile(r"[^a-z0-9*|$]+")
_NON_WORD_STRICT = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")  # three or more of the same letter
_EXCLAIM = re.compile(r"[!¡]+[!?1¡]*")
# Variation selectors, skin tones and joiners make the "same" emoji differ byte-wise.
_EMOJI_NOISE = re.compile("[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Where a clause ends: sentence punctuation, commas, colons, dashes, brackets, quotes, line breaks,
# a free-standing hyphen and emoji; not the point or comma inside a number ("129,90", "3.5").
_CLAUSE_BREAK = re.compile(
    r"(?:(?<!\d)[.,]|[.,](?!\d)|[!?;:…–—()\[\]{}\"“”„«»\n\r]|\s-+\s|\s-+$|^-+\s"
    r"|[\u2600-\u27bf\U0001f000-\U0001faff])+")


def spells_umlauts(lang: str | None) -> bool:
    """Whether ``lang``'s phrases and messages fold ä to "ae" (``SPELLED_UMLAUTS``; no language given: yes)."""
    return lang is None or lang in SPELLED_UMLAUTS


def fold(text: str, keep_wildcards: bool = False, keep_double: bool = False, spelled_umlauts: bool = True) -> str:
    """Fold text to lower-case ASCII words separated by single spaces (see module docstring).

    ``keep_wildcards`` keeps ``*``, ``|`` and ``$`` so YAML phrases ("anwalt*", "hand|arm") survive the same
    folding as messages. ``keep_double`` collapses long runs to two letters instead of one, for words
    that really have a double letter ("kaputttt" -> "kaputt"); ``normalize`` picks the known variant.
    ``spelled_umlauts``: ä -> ae (German), or ä -> a (a language not in ``SPELLED_UMLAUTS``).
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS if spelled_umlauts else _SHARP_S)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    text = (_NON_WORD if keep_wildcards else _NON_WORD_STRICT).sub(" ", text)
    text = _REPEATS.sub(r"\1\1" if keep_double else r"\1", text)
    return " ".join(text.split())


def clean_raw(text: str) -> str:
    """Raw text for emoji/punctuation matching and embedding: no control bytes, canonical emoji."""
    return _EMOJI_NOISE.sub("", _CONTROL.sub(" ", unicodedata.normalize("NFC", text)))


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance exactly 1 (the deletion index also proposes some distance-2 pairs)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _is_inflection(token: str, word: str) -> bool:
    """True when the words differ only in their last letter, or one is the other plus a letter.

    That is usually inflection ("bringt" vs "bringe", "verletzt" vs "verletze", "anwalt" vs
    "anwalts"), not a typo, and "correcting" it could change the meaning.
    """
    return token[:-1] == word[:-1] or token == word[:-1] or word == token[:-1]


class Speller:
    """Corrects a token to a known lexicon word when it is exactly one edit away.

    Why not a real spell checker: we only care about the words our rules use, so the vocabulary is
    small and a symmetric-deletion index (SymSpell idea) answers in a few dict look-ups per token.
    Guards against turning a different real word into a trigger word: only words of at least
    ``min_length`` letters, the first letter must agree, a different ending is not a typo but
    inflection (see ``_is_inflection``), and an ambiguous token (two candidates) is left alone.
    """

    def __init__(self, vocabulary: Iterable[str], min_length: int = 8, exceptions: Iterable[str] = ()) -> None:
        self.min_length = min_length
        self.exceptions = frozenset(exceptions)
        self.known = frozenset(vocabulary)  # every lexicon word, for picking "kaputt" over "kaput"
        self.vocabulary = frozenset(w for w in self.known if len(w) >= min_length and w.isalpha())
        self._index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for key in _deletes(word) | {word}:
                self._index.setdefault(key, set()).add(word)

    def correct(self, token: str) -> str:
        if (len(token) < self.min_length or token in self.vocabulary or token in self.exceptions
                or not token.isalpha()):
            return token
        candidates: set[str] = set(self._index.get(token, ()))
        for key in _deletes(token):
            candidates |= self._index.get(key, set())
        candidates = {c for c in candidates
                      if c[0] == token[0] and _one_edit(token, c) and not _is_inflection(token, c)}
        return candidates.pop() if len(candidates) == 1 else token


@dataclass(frozen=True)
class Normalized:
    """A message prepared for matching.

    ``words`` is the folded text padded with spaces (" ich will ... "), so phrases match on word
    boundaries with plain regexes; ``raw`` keeps emoji and punctuation. ``clauses`` is ``words`` with
    " . " at every clause boundary and at both ends (" . ich will nicht mehr . danke . ").
    """

    raw: str
    words: str
    letters: int
    caps_ratio: float
    max_exclaim_run: int
    question: bool
    clauses: str = ""

    @property
    def empty(self) -> bool:
        return not self.words.strip() and not self.raw.strip()


def normalize(text: str, token_map: Mapping[str, str] | None = None, speller: Speller | None = None,
              max_chars: int = 4000, lang: str | None = None) -> Normalized:
    """Prepare ``text`` for rule matching in ``lang``'s phrases; never raises on odd input (None-safe,
    binary-safe)."""
    spelled = spells_umlauts(lang)
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    raw = clean_raw(text[:max_chars])
    tokens = fold(raw, spelled_umlauts=spelled).split()
    # clause number of every token (folding each clause on its own gives the same words in order)
    sizes = [len(fold(part, spelled_umlauts=spelled).split()) for part in _CLAUSE_BREAK.split(raw)]
    clause_of = [i for i, n in enumerate(sizes) for _ in range(n)]
    if len(clause_of) != len(tokens):  # cannot happen with the patterns above; stay safe anyway
        clause_of = [0] * len(tokens)
    if speller is not None and _REPEATS.search(raw.lower()):
        doubled = fold(raw, keep_double=True, spelled_umlauts=spelled).split()
        if len(doubled) == len(tokens):
            tokens = [d if d != t and d in speller.known else t for t, d in zip(tokens, doubled)]
    if token_map:
        mapped = [(w, c) for t, c in zip(tokens, clause_of) for w in token_map.get(t, t).split()]
        tokens, clause_of = [w for w, _ in mapped], [c for _, c in mapped]
    if speller is not None:
        tokens = [speller.correct(t) for t in tokens]
    marked: list[str] = ["."]
    for i, tok in enumerate(tokens):
        if i and clause_of[i] != clause_of[i - 1]:
            marked.append(".")
        marked.append(tok)
    if tokens:
        marked.append(".")
    alpha = [ch for ch in raw if ch.isalpha()]
    upper = sum(1 for ch in alpha if ch.isupper())
    runs = [len(m.group(0)) for m in _EXCLAIM.finditer(raw)]
    return Normalized(
        raw=raw,
        words=" " + " ".join(tokens) + " ",
        letters=len(alpha),
        caps_ratio=(upper / len(alpha)) if alpha else 0.0,
        max_exclaim_run=max(runs, default=0),
        question="?" in raw,
        clauses=" " + " ".join(marked) + " ",
    )
