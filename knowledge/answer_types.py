"""What kind of answer a question expects, and whether a piece of text holds one (German and English).

Classic expected-answer-type analysis of extractive question answering: "Wann …?" wants a time, "How
much is …?" an amount of money, "Who do I contact …?" an e-mail address or phone number, "Wo …?" a place.
It is used twice: to prefer the sentence or table row that holds such an answer among several on the
same topic, and to decline when the passage on the right topic holds nothing of the kind asked for.
"""
from __future__ import annotations

import re

TIME, DURATION, PRICE, QUANTITY, CONTACT, PLACE, TEMPERATURE, WEIGHT, AGE, COLOUR = (
    "time", "duration", "price", "quantity", "contact", "place", "temperature", "weight", "age", "colour")

_QUESTION_TYPES: list[tuple[str, re.Pattern]] = [
    (TIME, re.compile(r"\b(wann|bis wann|ab wann|seit wann|um wie ?viel uhr|öffnungszeiten|geöffnet|"
                      r"when|what time|opening hours|open(ing)?)\b", re.I)),
    (DURATION, re.compile(r"\b(wie lange|wie oft|wie schnell|\w*frist\w*|\w*dauer\w*|how long|how often|how soon|"
                          r"how quickly|how fast|deadline|valid|gültig\w*)\b", re.I)),
    (PRICE, re.compile(r"\b(was kostet|was kosten|wie ?viel kostet|kostet|\w*kosten|\w*preis\w*|teuer|\w*gebühr\w*|"
                       r"cost|costs|price\w*|fee|fees|charge|expensive|how much is|how much are|how much does)\b",
                       re.I)),
    (QUANTITY, re.compile(r"\b(wie ?viele?|wieviel|welche menge|how many|how much|what amount)\b", re.I)),
    (CONTACT, re.compile(r"\b(wen|an wen|wer|kontakt\w*|e-?mail|telefon\w*|anrufen|erreiche\w*|who|whom|"
                         r"contact|phone|call|reach)\b", re.I)),
    (PLACE, re.compile(r"\b(wo|wohin|adresse|anschrift|standort|where|address|location)\b", re.I)),
    (TEMPERATURE, re.compile(r"\b(\w*temp\w*|wie heiß|wie warm|wie kalt|how hot|how warm|how cold|degrees?)\b", re.I)),
    (WEIGHT, re.compile(r"\b(wie schwer|\w*gewicht\w*|wiegt|wiegen|leichter\w*|leichteste\w*|schwerer\w*|"
                        r"schwerste\w*|how heavy|weighs?|weight|lighter|lightest|heavier|heaviest)\b", re.I)),
    (COLOUR, re.compile(r"\b(farbe\w*|colou?rs?)\b", re.I)),
    (AGE, re.compile(r"\b(wie alt|alter|altersgrenze|mindestalter|jahre alt|how old|ages?|years old)\b", re.I)),
]

_NUMBER = r"\d+(?:[.,]\d+)?"
_TIME_UNITS = (r"(?:uhr|h|min|minuten?|stunden?|std|tage?n?|werktage?n?|wochen?|monate?n?|jahre?n?|sekunden?|"
               r"minutes?|hours?|days?|business days?|weeks?|months?|years?|seconds?)")
_DAYS = (r"(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|werktags?|wochenende|"
         r"feiertage?n?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|"
         r"weekends?|holidays?)")
_MONTHS = (r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|"
           r"february|march|may|june|july|october|december)")

_TEXT_TYPES: dict[str, re.Pattern] = {
    TIME: re.compile(
        rf"\b\d{{1,2}}[:.]\d{{2}}\b|\b\d{{1,2}}\s*(?:uhr|am|pm|a\.m\.|p\.m\.)|\b\d{{1,2}}\.\d{{1,2}}\.|\b{_DAYS}\b|"
        rf"\b{_MONTHS}\b|\b(?:heute|morgen|sofort|jederzeit|täglich|today|tomorrow|immediately|anytime|daily|"
        rf"rund um die uhr|24/7)\b", re.I),
    DURATION: re.compile(
        rf"\b{_NUMBER}\s*(?:[–-]|bis|to)?\s*(?:{_NUMBER})?\s*{_TIME_UNITS}\b|\b\d{{1,2}}:\d{{2}}\b|"
        rf"\b(?:jederzeit|sofort|immediately|anytime|monatlich|wöchentlich|jährlich|täglich|monthly|weekly|"
        rf"yearly|daily|jeden (?:tag|monat|woche)|every (?:day|week|month|year)|"
        rf"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|one|two|three|four|five|six|seven|eight|"
        rf"nine|ten)\s+{_TIME_UNITS})\b", re.I),
    PRICE: re.compile(rf"{_NUMBER}\s*(?:€|eur\b|euro\b|\$|usd\b|chf\b|£|ct\b|cent\b)|(?:€|\$|£)\s*\d|"
                      r"\b(?:kostenlos|gratis|umsonst|ohne aufpreis|versandkostenfrei|free of charge|free|"
                      r"no charge|at no cost)\b", re.I),
    QUANTITY: re.compile(r"\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
                         r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dutzend)\b", re.I),
    CONTACT: re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d /()-]{6,}\d|\b(?:kontaktformular|contact form|"
                        r"chat|hotline)\b", re.I),
    TEMPERATURE: re.compile(r"\d\s*°|\b\d+\s*(?:grad|degrees?)\b", re.I),
    COLOUR: re.compile(r"\b(?:farben?|colou?rs?|schwarz|weiß|weiss|rot|blau|grün|gelb|grau|braun|orange|lila|violett|"
                       r"rosa|pink|beige|anthrazit|oliv|türkis|silber|gold|\w+(?:braun|grün|blau|rot|grau)|black|"
                       r"white|red|blue|green|yellow|gr[ae]y|brown|purple|navy|khaki|olive|silver)\b", re.I),
    AGE: re.compile(r"\b(?:ab|from|mindestens|at least|unter|under|über|over)\s+\d{1,2}\b|"
                    r"\b\d{1,2}\s*(?:jahren?|years?|yrs)\b|\b\d{1,2}\+|\bvolljährig\w*|\badults?\b", re.I),
    WEIGHT: re.compile(rf"{_NUMBER}\s*(?:kg|g|gramm|kilo(?:gramm)?s?|grams?|kilograms?|lbs?|pounds?|oz)\b", re.I),
    PLACE: re.compile(r"\b[\wäöüß-]+(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|street|road|"
                      r"avenue|lane|square)\s+\d+|\b\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+|\b(?:im|in der|am|an der|"
                      r"at|in|on)\s+[A-ZÄÖÜ][\wäöüß-]+(?:straße|gasse|platz)\b", re.I),
}

# Questions that cannot be answered without a time, a price, a weight, an age or a colour: quoting a passage
# without one would not answer them, however well it matches the topic.
_STRICT_QUESTION_TYPES: list[tuple[str, re.Pattern]] = [
    (TIME, re.compile(r"^\W*(?:und\s+|and\s+)?(?:wann|bis wann|ab wann|when|until when|what time|um wie ?viel uhr)\b",
                      re.I)),
    (PRICE, re.compile(r"\b(?:was kostet|was kosten|wie ?viel kostet|wie ?viel kosten|wie teuer|how much (?:is|are|does|do)|"
                       r"what (?:does|do|would) .{1,40} cost|how expensive|"
                       r"wie hoch (?:ist|sind|wäre|wären|liegt|liegen) (?:\w+ ){0,2}\w*(?:gebühr|kosten|preis|beitrag|"
                       r"miete|zuschlag|pauschale|entgelt)\w*|"
                       r"how high (?:is|are) (?:\w+ ){0,2}\w*(?:fee|fees|charge|charges|price|prices|cost|costs|rate))\b",
                       re.I)),
    (COLOUR, re.compile(r"\b(?:in welchen farben|welche farben?|in which colou?rs?|which colou?rs?|what colou?rs?)\b",
                        re.I)),
    (AGE, re.compile(r"\b(?:wie alt|ab welchem alter|mindestalter|altersgrenze|how old|minimum age|min\.? age|"
                     r"what age|age limit)\b", re.I)),
    (WEIGHT, re.compile(r"\b(?:wie schwer|wie ?viel wiegt|was wiegt|how heavy|how much does .{1,40} weigh|"
                        r"what does .{1,40} weigh)\b", re.I)),
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
