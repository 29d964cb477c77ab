"""Which documents a newer edition replaces: last year's price list beside this year's.

Knowledge bases keep old editions (an archived price list, last season's timetable) next to the current one, and
a question about the price today matches the old list as well as the new one, often better when the follower
quotes the old figure. The answer model weighs whether a candidate is such a superseded edition; whether a
question asks about the old one is the other-year input's job.

A document is superseded when its title carries an archive note (``archived_titles`` in ``knowledge/locale``), or
names a year and another document's title names a later year and shares a topic word with it (a content word of
four letters or more that is not a year: "Preisliste Werkstatt 2025" and "Preisliste Werkstatt 2026").

Known limits, measured by review, not yet changed (the answer model was trained with them): one shared word is
enough, so "Preisliste Reifen 2025" counts as replaced by "Preisliste Inspektion 2026" and a current price list by
next season's pass that shares a place name; "2026/27" reads as 2026 alone.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from knowledge.locale import all_words
from knowledge.text import fold, is_content, tokens

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ARCHIVED = re.compile(r"\b(?:" + "|".join(sorted((re.escape(fold(w)) for w in all_words("archived_titles")), key=len, reverse=True))
                       + r")\b")


def title_years(title: str) -> set[int]:
    return {int(y) for y in YEAR.findall(title)}


def _topic_words(title: str) -> set[str]:
    return {fold(w) for w in tokens(title) if len(w) >= 4 and not YEAR.fullmatch(w) and is_content(w)}


def superseded_documents(titles: Mapping[str, str]) -> frozenset[str]:
    """The ids of the documents (``{doc_id: title}``) a newer edition replaces (see the module's docstring).
    Linear in the number of titles (the latest year per topic word, then one look per dated title), so a large
    knowledge base costs little."""
    out = {doc for doc, title in titles.items() if _ARCHIVED.search(fold(title))}
    latest: dict[str, int] = defaultdict(int)          # topic word → the latest year a title with it names
    dated = {}
    for doc, title in titles.items():
        years = title_years(title)
        if years:
            year, words = max(years), _topic_words(title)
            dated[doc] = (year, words)
            for w in words:
                latest[w] = max(latest[w], year)
    out.update(doc for doc, (year, words) in dated.items() if any(latest[w] > year for w in words))
    return frozenset(out)
