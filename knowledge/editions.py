"""Which documents a newer edition replaces: last year's price list beside this year's.

Knowledge bases keep old editions (an archived price list, last season's timetable) next to the current one, and
a question about the price today matches the old list as well as the new one, often better when the follower
quotes the old figure. The answer model weighs whether a candidate is such a superseded edition; whether a
question asks about the old one is the other-year input's job.

A document is superseded when its title carries an archive note (``archived_titles`` in ``knowledge/locale``), or
names a year and a later-dated title holds more than half of its topic words (content words of four letters or more
that are not years): "Preisliste Werkstatt 2025" is replaced by "Preisliste Werkstatt 2026", not by "Preisliste
Inspektion 2026" (one word of two) nor "Tarife Kletterhalle 2026" by "Jahresabo Kletterhalle 2027". A
season ("2026/27", "2026/2027", "2026-27") names both its years.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from knowledge.locale import all_words
from knowledge.text import fold, is_content, tokens

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A season: the first year and the second's last two digits or all four ("2026/27", "2026/2027", "2026-27").
_SEASON = re.compile(r"\b((?:19|20)\d\d)\s*[/\u2013-]\s*(\d\d(?:\d\d)?)\b")
_ARCHIVED = re.compile(r"\b(?:" + "|".join(sorted((re.escape(fold(w)) for w in all_words("archived_titles")), key=len, reverse=True))
                       + r")\b")


def title_years(title: str) -> set[int]:
    """The years a title names, a season's second year included."""
    years = {int(y) for y in YEAR.findall(title)}
    for first, second in _SEASON.findall(title):
        later = int(second) if len(second) == 4 else int(first) // 100 * 100 + int(second)
        if later == int(first) + 1:
            years.add(later)
    return years


def _topic_words(title: str) -> set[str]:
    return {fold(w) for w in tokens(title) if len(w) >= 4 and not YEAR.fullmatch(w) and is_content(w)}


def superseded_documents(titles: Mapping[str, str]) -> frozenset[str]:
    """The ids of the documents (``{doc_id: title}``) a newer edition replaces (see the module's docstring). Each
    dated title is compared only with the later-dated titles sharing one of its topic words (a word's titles are
    indexed once), so a large knowledge base with few editions of each topic costs little."""
    out = {doc for doc, title in titles.items() if _ARCHIVED.search(fold(title))}
    dated: dict[str, tuple[int, set[str]]] = {}
    having: dict[str, list[str]] = defaultdict(list)    # topic word → the dated titles that have it
    for doc, title in titles.items():
        years = title_years(title)
        if years:
            words = _topic_words(title)
            dated[doc] = (max(years), words)
            for w in words:
                having[w].append(doc)
    for doc, (year, words) in dated.items():
        shared = Counter(other for w in words for other in having[w] if dated[other][0] > year)
        if shared and 2 * max(shared.values()) > len(words):
            out.add(doc)
    return frozenset(out)
