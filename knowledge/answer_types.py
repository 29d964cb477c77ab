"""What kind of answer a question expects, and whether a piece of text holds one (German and English).

Classic expected-answer-type analysis of extractive question answering: "Wann …?" wants a time, "How
much is …?" an amount of money, "Who do I contact …?" an e-mail address or phone number, "Wo …?" a place.
It is used twice: to prefer the sentence or table row that holds such an answer among several on the
same topic, and to decline when the passage on the right topic holds nothing of the kind asked for. The words
are data (`answer_types` in `knowledge/locale/*.yml`); this module only puts them into patterns.
"""
from __future__ import annotations

import re

import yaml

from knowledge.locale import HERE, LANGUAGES

TIME, DURATION, PRICE, QUANTITY, CONTACT, PLACE, TEMPERATURE, WEIGHT, AGE, COLOUR = (
    "time", "duration", "price", "quantity", "contact", "place", "temperature", "weight", "age", "colour")

def _data(lang: str) -> dict:
    return yaml.safe_load((HERE / f"{lang}.yml").read_text(encoding="utf-8")).get("answer_types") or {}


_DATA = [_data(lang) for lang in LANGUAGES]


def _any(key: str, kind: str | None = None) -> str:
    """Every language's fragments under ``key`` (and ``kind``) as one alternation."""
    items = [f for d in _DATA for f in ((d.get(key) or {}).get(kind) if kind else d.get(key)) or ()]
    return "|".join(dict.fromkeys(items))


def _words(key: str) -> str:
    return rf"\b(?:{_any(key)})\b"


_QUESTION_TYPES: list[tuple[str, re.Pattern]] = [
    (kind, re.compile(rf"\b({_any('asks', kind)})\b", re.I))
    for kind in (TIME, DURATION, PRICE, QUANTITY, CONTACT, PLACE, TEMPERATURE, WEIGHT, COLOUR, AGE)
]

# Numbers, clock times, dates, currency signs, e-mail addresses and postcodes are written alike in German and
# English: they stay patterns here; the words around them come from the language files.
_NUMBER = r"\d+(?:[.,]\d+)?"
_TIME_UNITS = f"(?:{_any('time_units')})"

_TEXT_TYPES: dict[str, re.Pattern] = {
    TIME: re.compile(
        rf"\b\d{{1,2}}[:.]\d{{2}}\b|\b\d{{1,2}}\s*(?:{_any('clock')})|\b\d{{1,2}}\.\d{{1,2}}\.|{_words('days')}|"
        rf"{_words('months')}|{_words('when')}", re.I),
    DURATION: re.compile(
        rf"\b{_NUMBER}\s*(?:[–-]|{_any('range')})?\s*(?:{_NUMBER})?\s*{_TIME_UNITS}\b|\b\d{{1,2}}:\d{{2}}\b|"
        rf"\b(?:{_any('how_often')}|(?:{_any('one_to_ten')})\s+{_TIME_UNITS})\b", re.I),
    PRICE: re.compile(rf"{_NUMBER}\s*(?:€|eur\b|euro\b|\$|usd\b|chf\b|£|ct\b|cent\b)|(?:€|\$|£)\s*\d|"
                      rf"{_words('free')}", re.I),
    QUANTITY: re.compile(rf"\d|{_words('counted')}", re.I),
    CONTACT: re.compile(rf"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d /()-]{{6,}}\d|{_words('contact')}", re.I),
    TEMPERATURE: re.compile(rf"\d\s*°|\b\d+\s*(?:{_any('degrees')})\b", re.I),
    COLOUR: re.compile(_words("colours"), re.I),
    AGE: re.compile(rf"\b(?:{_any('age_bounds')})\s+\d{{1,2}}\b|\b\d{{1,2}}\s*(?:{_any('years_of_age')})\b|"
                    rf"\b\d{{1,2}}\+|{_words('adult')}", re.I),
    WEIGHT: re.compile(rf"{_NUMBER}\s*(?:{_any('weight_units')})\b", re.I),
    # A postal code or "at" is followed by a capitalised name ("79098 Freiburg"); the whole pattern ignores case, so
    # the capital is asked for case-sensitively, or any four-digit number before a word ("1500 euros") is a place.
    # Nor is a phone number's last group before a word ("555 0110 Telefon"): three digits and a space precede it.
    PLACE: re.compile(rf"\b[\wäöüß-]+(?:{_any('street_kinds')})\s+\d+|"
                      rf"(?<!\d{{3}}\s)\b\d{{4,5}}\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]+|"
                      rf"\b(?:{_any('at')})\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]+(?:{_any('street_kinds_after_at')})\b", re.I),
}

# Questions that cannot be answered without a time, a price, a weight, an age or a colour: quoting a passage
# without one would not answer them, however well it matches the topic. A time question must start with its
# question word ("Wann …?", "And when …?"); "when" inside a longer question often asks something else.
_STRICT_QUESTION_TYPES: list[tuple[str, re.Pattern]] = [
    (TIME, re.compile(rf"^\W*(?:(?:{_any('and')})\s+)?(?:{_any('requires', TIME)})\b", re.I)),
    *[(kind, re.compile(rf"\b(?:{_any('requires', kind)})\b", re.I)) for kind in (PRICE, COLOUR, AGE, WEIGHT)],
]


def expected_types(question: str) -> set[str]:
    """The answer types a question asks for (empty when it asks for an explanation or a yes/no)."""
    types = {kind for kind, pattern in _QUESTION_TYPES if pattern.search(question)}
    if PRICE in types:
        types.discard(QUANTITY)
    return types


def required_types(question: str) -> set[str]:
    """The answer types without which a reply does not answer ``question`` (checked per sentence)."""
    out = set()
    for sentence in re.split(r"(?<=[?.!])\s+", question):
        out |= {kind for kind, pattern in _STRICT_QUESTION_TYPES if pattern.search(sentence)}
    return out


def holds(kind: str, text: str) -> bool:
    return bool(_TEXT_TYPES[kind].search(text))


def held_types(text: str) -> set[str]:
    return {kind for kind, pattern in _TEXT_TYPES.items() if pattern.search(text)}
