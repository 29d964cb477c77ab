"""Requests for someone else's personal data: a colleague's private number, another customer's order.

The knowledge base may well hold a passage that matches such a question on its words ("private" group
courses, the team page naming the roaster), and quoting it would be the wrong kind of helpful. These
requests are declined before retrieval, with a reply that says why and offers a person instead. Asking
for the company's own contact details ("What's your phone number?") is a routine question and is not
matched: the patterns need a private qualifier or another person as the owner of the data.
"""
from __future__ import annotations

import re

_DATA = (r"(?:handy|mobil|telefon|tel\.?|phone|cell|mobile|whatsapp)?\s*-?\s*(?:nummer|nr\.?|number|no\.?)"
         r"|(?:e-?mail|mail)(?:-?adresse| address)?|adresse|address|anschrift|kontaktdaten|contact details")
_OWN = re.compile(r"\b(?:mein\w*|my|mine|unser\w*|our)\s+$", re.I)

_PATTERNS = [
    # "die private Handynummer", "seine Privatadresse", "her personal phone number", "home address"
    re.compile(rf"\b(?:privat\w*|persönlich\w*|personal|private|home)\s*-?\s*(?:{_DATA})\b", re.I),
    re.compile(r"\b(?:privat|wohn|heim)(?:nummer|adresse|anschrift|telefon\w*)\b", re.I),
    # "wo wohnt euer Röster", "where does your CEO live"
    re.compile(r"\bwo\s+wohnt\b|\bwhere\s+(?:does|do)\s+\w+(?:\s+\w+)?\s+live\b", re.I),
    # "die Bestellung / Adresse eines anderen Kunden", "another customer's order"
    re.compile(r"\b(?:eine[sr]?|de[sr]|die|von)\s+(?:anderen|fremden)\s+(?:kund\w*|person\w*|nutzer\w*|mitglied\w*)\b",
               re.I),
    re.compile(r"\b(?:another|other|different)\s+(?:customer|person|user|member)s?'?s?\b.{0,40}?"
               r"\b(?:order|address|data|details|number|e-?mail|account|name)s?\b", re.I),
    re.compile(r"\bsomeone\s+else'?s\s+(?:order|address|data|details|number|e-?mail|account)\b", re.I),
]


# Another person named as the owner ("mein Nachbar, Herr Krüger", "my ex") and a question for their account data
# ("wie hoch ist sein Abschlag", "has she paid"): both must be there, so that "Wie kann meine Mutter ihren Vertrag
# kündigen?" stays a routine question about doing something for someone.
_THIRD_PARTY = re.compile(
    r"\b(?:nachbar\w*|freund\w*|kolleg\w*|mitbewohner\w*|vermieter\w*|mieter\w*|schwager\w*|ex-?(?:mann|frau|freund\w*)|"
    r"neighbou?rs?|friends?|colleagues?|flatmates?|roommates?|landlord|tenants?|ex-?(?:husband|wife|partner)|my ex)\b|"
    r"\b(?:herrn?|frau|mr|mrs|ms)\.?\s+[A-ZÄÖÜ][\wäöüß-]+", re.I)
_ACCOUNT = (r"abschl[aä]g\w*|rechnung\w*|vertr[aä]g\w*|bestellung\w*|verbrauch\w*|z[aä]hlerst[aä]nd\w*|kontostand|"
            r"konto|kundennummer|daten|bills?|invoices?|contracts?|orders?|account|balance|payments?|usage|"
            r"meter readings?|customer number|data|details")
_THEIR_DATA = re.compile(
    rf"\b(?:wie hoch (?:ist|sind)|wie viel (?:ist|sind|beträgt|zahlt)|was (?:ist|sind)|welche[nrs]? (?:ist|sind|hat)|"
    rf"what(?:'s| is| are)|how much (?:is|are|does)|tell me|show me|give me|gib mir|zeig mir|sag mir|nenn mir)\s+"
    rf"(?:denn\s+|eigentlich\s+)?(?:sein\w*|ihr\w*|his|her|their)\s+(?:\w+\s+)?(?:{_ACCOUNT})\b|"
    rf"\b(?:hat|haben)\s+(?:er|sie)\b[^.?!]{{0,40}}\b(?:bezahlt|gezahlt|überwiesen)\b|"
    rf"\b(?:has|have|did)\s+(?:he|she|they|my\s+\w+)\b[^.?!]{{0,40}}\bpa(?:id|y)\b", re.I)


# What that person did or has with the company: "was hat sie bestellt", "when did he pick it up", "ihr Liefertermin",
# "her prescriptions". Past-tense account activity or a possessive before an account thing, so that "Kann meine
# Freundin den Rabatt auch bekommen?" (what she may do, not what she did) stays a routine question.
_THEIR_ACTIVITY = re.compile(
    r"\b(?:was|wann|wie viel|welche\w*|wohin|wo|ob)\b[^.?!]{0,50}\b(?:sie|er)\b[^.?!]{0,40}"
    r"\b(?:bestellt|gekauft|gebucht|bezahlt|gezahlt|erhalten|abgeholt|verschrieben|eingelöst|storniert)\b|"
    r"\b(?:what|when|which|where|whether|if)\b[^.?!]{0,50}\b(?:she|he|they)\b[^.?!]{0,40}"
    r"\b(?:ordered|bought|booked|paid|received|picked up|collected|cancell?ed|was prescribed|were prescribed)\b", re.I)
_THEIR_THINGS = re.compile(
    r"\b(?:ihr\w*|sein\w*|her|his|their)\s+(?:\w+\s+)?(?:liefer(?:datum|termin|ung|adresse)\w*|bestellung\w*|"
    r"medikament\w*|rezept\w*|buchung\w*|einkäuf\w*|einkauf\w*|delivery dates?|deliver(?:y|ies)|orders?|"
    r"medications?|medicines?|prescriptions?|bookings?|purchases?)\b", re.I)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_TELL_ME = re.compile(r"\b(?:tell|give|show|send) me\b|\b(?:sag|nenn|gib|zeig|schick)\w* mir\b", re.I)


def asks_for_others_data(text: str) -> bool:
    """Whether ``text`` asks for private data of a staff member or another customer (not the writer's own:
    "Kann ich meine Privatadresse ändern?" is a routine question)."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not _OWN.search(text[max(0, match.start() - 12):match.start()]):
                return True
    if not _THIRD_PARTY.search(text):
        return False
    if _THEIR_DATA.search(text):
        return True
    # The activity or the thing must be what a sentence asks for, not the story around it ("ich kümmere mich um
    # ihre Bestellungen, … bei der Nachbarin"): a question, or a request to be told.
    return any(_THEIR_ACTIVITY.search(s) or _THEIR_THINGS.search(s) for s in _SENTENCE_END.split(text)
               if s.rstrip().endswith("?") or _TELL_ME.search(s))
