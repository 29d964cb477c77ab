"""Pattern detectors for personal data: e-mail, phone, IBAN, payment card, street address, order number.

Each detector returns `Finding`s with a priority; `privacy.redact` resolves overlaps. Checksums keep the
number detectors precise: IBANs must pass ISO 7064 mod 97 (python-stdnum), card numbers the Luhn check,
phone numbers must be possible numbers for a region (Google's libphonenumber data via `phonenumbers`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn

EMAIL, PHONE, IBAN, CARD, ADDRESS, ORDER, NAME = "EMAIL", "PHONE", "IBAN", "CARD", "ADDRESS", "ORDER", "NAME"
TYPES = (EMAIL, PHONE, IBAN, CARD, ADDRESS, ORDER, NAME)
# Lower wins when two findings overlap (after length: see `privacy.redact.resolve`).
PRIORITY = {EMAIL: 0, IBAN: 1, CARD: 2, ORDER: 3, PHONE: 4, ADDRESS: 5, NAME: 6}


@dataclass(frozen=True)
class Finding:
    type: str
    start: int
    end: int
    value: str
    source: str = "pattern"

    def __repr__(self) -> str:  # never show the value by accident (findings may end up in logs)
        return f"Finding({self.type}, {self.start}-{self.end}, {self.source})"


def _found(kind: str, match: re.Match, group: int | str = 0, source: str = "pattern") -> Finding:
    return Finding(kind, match.start(group), match.end(group), match.group(group), source)


# --- e-mail --------------------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]*\w\s?@\s?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.%+-])[\w.%+-]*\w\s*[\(\[\{<]\s*(?:at|ät|@)\s*[\)\]\}>]\s*[\w-]+"
    r"(?:\s*(?:\.|[\(\[\{<]\s*(?:dot|punkt)\s*[\)\]\}>])\s*[\w-]+)+", re.I)


def find_emails(text: str) -> list[Finding]:
    return [_found(EMAIL, m) for rx in (_EMAIL, _EMAIL_SPELLED) for m in rx.finditer(text)]


# --- phone -----------------------------------------------------------------------------------------------------------
PHONE_REGIONS = ("DE", "AT", "CH", "GB", "US")
_PHONE_CONTEXT = re.compile(
    r"(?:tel(?:efon)?\.?|phone|mobil(?:e|nummer)?|handy(?:nummer)?|cell|fax|whats\s?app|rufnummer|"
    r"telefonnummer|call me(?: on| at)?|reach me(?: on| at)?|ruf(?:en sie| mich)?(?: bitte)? an unter|"
    r"erreichbar unter|unter der nummer|number|nummer)\s*[:.]?\s*$", re.I)
_PHONE_LOOSE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \t/().-]{5,}\d(?!\d)")
_DIGITS = re.compile(r"\d")


def find_phones(text: str) -> list[Finding]:
    out: list[Finding] = []
    for region in PHONE_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if len(_DIGITS.findall(m.raw_string)) >= 7:
                out.append(Finding(PHONE, m.start, m.end, m.raw_string, "phonenumbers"))
    # Written with a cue ("Tel.: 0 40 / 12 34 56", "call me on 07700 900 123") but in a format libphonenumber
    # does not match as a whole.
    for m in _PHONE_LOOSE.finditer(text):
        if len(_DIGITS.findall(m.group())) >= 6 and _PHONE_CONTEXT.search(text[max(0, m.start() - 40):m.start()]):
            out.append(_found(PHONE, m, source="phone-cue"))
    return out


# --- IBAN --------------------------------------------------------------------------------------------------------------
_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}\s?\d{2}(?:[ \t-]?[A-Za-z0-9]){10,30})(?![A-Za-z0-9])")
_IBAN_CUE = re.compile(r"\biban\b", re.I)


def find_ibans(text: str) -> list[Finding]:
    """Shaped like an IBAN and passing its check digits; near the word "IBAN" the checksum is not required
    (a follower's typo is still their account number)."""
    out = []
    for m in _IBAN.finditer(text):
        candidate = m.group(1)
        compact = re.sub(r"[\s-]", "", candidate).upper()
        # Greedy matching may run into the next word ("DE89…3000 bitte"): trim to the longest valid IBAN.
        for length in range(min(len(compact), 34), 14, -1):
            if stdnum_iban.is_valid(compact[:length]):
                end = _index_after_chars(text, m.start(1), length)
                out.append(Finding(IBAN, m.start(1), end, text[m.start(1):end], "iban-checksum"))
                break
        else:
            if _IBAN_CUE.search(text[max(0, m.start() - 30):m.start()]) and compact[:2].isalpha() and len(compact) >= 15:
                out.append(_found(IBAN, m, 1, "iban-cue"))
    return out


def _index_after_chars(text: str, start: int, count: int) -> int:
    """Index just after the ``count``-th non-separator character from ``start``."""
    seen = 0
    for i in range(start, len(text)):
        if text[i] not in " \t-":
            seen += 1
            if seen == count:
                return i + 1
    return len(text)


# --- payment card ------------------------------------------------------------------------------------------------------
_CARD = re.compile(r"(?<![\d.,])\d(?:[ -]?\d){12,18}(?!\d|[.,]\d)")


def find_cards(text: str) -> list[Finding]:
    out = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits) and len(set(digits)) > 1:
            out.append(_found(CARD, m, source="luhn"))
    return out


# --- street address ----------------------------------------------------------------------------------------------------
_DE_SUFFIX = (r"straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|stieg|pfad|markt|"
              r"kamp|zeile|graben|wall|promenade|anger|twiete|redder|deich|kai|höhe|hoehe|gässle|gässli|"
              r"berg|hof|feld|tor|park|garten|grund|bogen|winkel|wiese|brücke|bruecke|hang|wiesen|linden|"
              r"stra[sß]e")
_DE_STREET_WORD = rf"(?=[A-ZÄÖÜ])[\wäöüßÄÖÜ.]*?(?:-[\wäöüßÄÖÜ]+)*?-?(?i:{_DE_SUFFIX})"
_DE_PREFIX = r"(?:(?:[A-ZÄÖÜ][\wäöüß.]*|an|am|auf|in|im|zum|zur|unter|den|der|dem|die|alte[nrm]?|neue[nrm]?|hinter|vor|bei)[ \t-])"
_HOUSE_NO = r"\d{1,4}(?:\s?[a-zA-Z](?![\wäöüß]))?(?:\s?[-–/]\s?\d{1,4}(?:\s?[a-zA-Z](?![\wäöüß]))?)?(?![\d,.]\d)"
_ZIP_CITY = r"(?:,?\s*(?:D-|A-|CH-)?\d{4,5}\s+[A-ZÄÖÜ][\wäöüß]+(?:[ -](?:am|an|der|im|bei|[A-ZÄÖÜ][\wäöüß.]+))*)"
_DE_ADDRESS = re.compile(rf"(?<![\w-])(?P<prefix>{_DE_PREFIX}{{0,3}})(?P<street>{_DE_STREET_WORD})\s+{_HOUSE_NO}\b{_ZIP_CITY}?")
_DE_BARE_SUFFIX = re.compile(rf"(?i:{_DE_SUFFIX})")
# Before a bare "Markt"/"Weg"/"Platz" a street name needs an article ("Am Markt 5", "An der Alster 3") or
# an adjective ("Berliner Platz 1", "Alter Weg 2"); "Auf Platz 1" is a ranking.
_DE_BARE_OK = re.compile(r"(?:\b(?i:am|an|im|zum|zur|der|dem|den)|[A-ZÄÖÜ][\wäöüß]*(?:er|en|es|e))[ \t-]$")

_EN_SUFFIX = (r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|"
              r"Place|Pl\.?|Square|Sq\.?|Terrace|Close|Crescent|Gardens|Grove|Hill|Row|Mews|Parkway|Pkwy\.?|"
              r"Highway|Hwy\.?|Walk|Circle|Cir\.?|Trail|Green")
_EN_UNIT = r"(?:(?:Apt\.?|Apartment|Suite|Ste\.?|Flat|Unit|Floor)\s*#?\w{1,5},?\s*)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_US_STATE_ZIP = r"[A-Z]{2}\s+\d{5}(?:-\d{4})?"
_EN_ADDRESS = re.compile(
    rf"(?<![\w-]){_EN_UNIT}?\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){{0,3}}(?:{_EN_SUFFIX})(?![\w])"
    rf"(?:,?\s*{_EN_UNIT})?"
    rf"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    rf"(?:,?\s*(?:{_UK_POSTCODE}|{_US_STATE_ZIP}))?")
_PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Postfach)\s+\d{2,6}\b", re.I)
_ZIP_AFTER_CUE = re.compile(rf"(?i:\b(?:plz|postleitzahl|zip(?:\s?code)?|postcode|wohnort|adresse|address)\s*[:]?\s*)"
                            rf"(?P<addr>(?:\d{{4,5}}|{_UK_POSTCODE})(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)")


def find_addresses(text: str) -> list[Finding]:
    out = []
    for m in _DE_ADDRESS.finditer(text):
        # A bare "Platz 1" or "Weg 5" is not an address; "Am Markt 5" and "Hauptstraße 5" are.
        prefix = m.group("prefix")
        if _DE_BARE_SUFFIX.fullmatch(m.group("street")):
            if not _DE_BARE_OK.search(prefix):
                continue
            # Keep the name's own words: "Wir wohnen Am Markt 5" -> "Am Markt 5", "Unter den Linden 7".
            starts = [w.start() for w in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]", prefix)]
            lead = starts[-1] if starts else 0
        else:
            # "Liefert an Karl-Marx-Straße 12" -> "Karl-Marx-Straße 12" (hyphenated parts stay)
            lead = re.search(r"(?:[^\W_]+-)*$", prefix).start()
        out.append(Finding(ADDRESS, m.start() + lead, m.end(), m.group()[lead:], "street-de"))
    for rx, source in ((_EN_ADDRESS, "street-en"), (_PO_BOX, "po-box")):
        out.extend(_found(ADDRESS, m, source=source) for m in rx.finditer(text))
    out.extend(_found(ADDRESS, m, "addr", "zip-cue") for m in _ZIP_AFTER_CUE.finditer(text))
    return out


# --- order, customer, invoice and tracking numbers ---------------------------------------------------------------------
_ORDER_CUE = (
    r"(?:bestell(?:ung)?s?[- ]?(?:nummer|nr\.?|no\.?|id)|bestellung|auftrags?[- ]?(?:nummer|nr\.?)|auftrag|"
    r"rechnungs?[- ]?(?:nummer|nr\.?)|rechnung|kunden[- ]?(?:nummer|nr\.?|konto)|sendungs[- ]?(?:nummer|nr\.?)|"
    r"sendung|paket[- ]?(?:nummer|nr\.?)|vorgangs?[- ]?(?:nummer|nr\.?)|reklamations?[- ]?(?:nummer|nr\.?)|"
    r"tracking[- ]?(?:nummer|number|no\.?|id|code)?|ticket[- ]?(?:nummer|number|nr\.?|no\.?|id)?|"
    r"order(?:[- ]?(?:number|no\.?|nr\.?|id))?|invoice(?:[- ]?(?:number|no\.?|id))?|"
    r"customer[- ]?(?:number|no\.?|id)|account[- ]?(?:number|no\.?)|reference(?:[- ]?(?:number|no\.?))?|"
    r"ref\.?|case[- ]?(?:number|no\.?|id)|kundennr\.?|nr\.|no\.|nummer|number)")
_ORDER_ID = r"#?\s?(?=[A-Z0-9-/]*\d[A-Z0-9-/]*\d[A-Z0-9-/]*\d[A-Z0-9-/]*\d)[A-Z]{0,6}[-/ ]?\d[A-Z0-9]*(?:[-/][A-Z0-9]+)*"
_ORDER_WITH_CUE = re.compile(
    rf"(?i:\b{_ORDER_CUE})\s*[:#.]?\s*(?:(?i:ist|lautet|is|was|war|hat die nummer|has the number)\s*[:]?\s*)?"
    rf"(?P<id>{_ORDER_ID})(?![\w])")
_CODE_SHAPE = re.compile(r"(?<![\w-])[A-Z]{1,5}-?\d{5,}(?:-\d+)?(?![\w-])")


def find_orders(text: str, min_digits: int = 6, extra: re.Pattern | None = None) -> list[Finding]:
    out = [_found(ORDER, m, "id", "order-cue") for m in _ORDER_WITH_CUE.finditer(text)]
    bare = re.compile(rf"(?<![\w.,+/-])\d{{{min_digits},}}(?![\w]|[.,]\d)")
    out.extend(_found(ORDER, m, source="digit-run") for m in bare.finditer(text))
    out.extend(_found(ORDER, m, source="code-shape") for m in _CODE_SHAPE.finditer(text))
    if extra is not None:
        out.extend(_found(ORDER, m, source="brand-pattern") for m in extra.finditer(text))
    return out
