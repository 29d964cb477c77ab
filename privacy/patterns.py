"""Pattern detectors for personal data: e-mail, phone, IBAN, payment card, street address, order number,
identity document, date of birth, and the values of personal fields in pasted JSON.

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
ID, BIRTHDATE = "ID", "BIRTHDATE"          # identity documents (ID card, passport, licence, SSN, tax id); dates of birth
TYPES = (EMAIL, PHONE, IBAN, CARD, ADDRESS, ORDER, NAME, ID, BIRTHDATE)
# Lower wins when two findings overlap (after length: see `privacy.redact.resolve`).
PRIORITY = {EMAIL: 0, IBAN: 1, CARD: 2, ID: 3, BIRTHDATE: 4, ORDER: 5, PHONE: 6, ADDRESS: 7, NAME: 8}


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


# A number with a currency or percent sign right after it is an amount ("Höchstbetrag pro Bestellung: 1.500 €"),
# not an order number, whatever cue stands before it.
_AMOUNT_AFTER = re.compile(r"\s?(?:€|\$|£|%|(?i:eur|euro|euros|usd|dollars?|prozent|percent)(?!\w))")


def is_amount(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` in ``text`` is followed by a currency or percent sign."""
    return _AMOUNT_AFTER.match(text, end) is not None


def find_orders(text: str, min_digits: int = 6, extra: re.Pattern | None = None) -> list[Finding]:
    out = [_found(ORDER, m, "id", "order-cue") for m in _ORDER_WITH_CUE.finditer(text)
           if not is_amount(text, m.end("id"))]
    bare = re.compile(rf"(?<![\w.,+/-])\d{{{min_digits},}}(?![\w]|[.,]\d)")
    out.extend(_found(ORDER, m, source="digit-run") for m in bare.finditer(text))
    out.extend(_found(ORDER, m, source="code-shape") for m in _CODE_SHAPE.finditer(text))
    if extra is not None:
        out.extend(_found(ORDER, m, source="brand-pattern") for m in extra.finditer(text))
    return out


# --- brand and contract numbers (cues added for issue 14) ------------------------------------------------------------
# Cues for the numbers of contracts, memberships, policies and meters, which `_ORDER_CUE` above does not name.
_CONTRACT_CUE = (
    r"(?:vertrags?[- ]?(?:nummer|nr\.?)|vertrag|mitglieds?[- ]?(?:nummer|nr\.?)|membership[- ]?(?:number|no\.?)|"
    r"member[- ]?(?:number|no\.?|id)|contract[- ]?(?:number|no\.?)?|policy[- ]?(?:number|no\.?)?|"
    r"polizzen?[- ]?(?:nummer|nr\.?)|versicherungsschein(?:[- ]?nummer)?|z(?:ä|ae)hler[- ]?(?:nummer|nr\.?)|"
    r"meter[- ]?(?:number|no\.?)|booking[- ]?(?:reference|number|no\.?)?|buchungs?[- ]?(?:nummer|nr\.?)|"
    r"kundenkonto|account)")
_CONTRACT_WITH_CUE = re.compile(
    rf"(?i:\b{_CONTRACT_CUE})\s*[:#.]?\s*(?:(?i:ist|lautet|is|was|war)\s*[:]?\s*)?(?P<id>{_ORDER_ID})(?![\w])")


def find_contracts(text: str) -> list[Finding]:
    return [_found(ORDER, m, "id", "contract-cue") for m in _CONTRACT_WITH_CUE.finditer(text)]


# --- identity documents ------------------------------------------------------------------------------------------------
_NO = r"(?:[- ]?(?:nummer|nr\.?|number|no\.?|#))"
_ID_CUE = (
    rf"(?:(?:personal)?ausweis(?:es)?{_NO}?|perso{_NO}?|reisepass{_NO}?|pass{_NO}|passport{_NO}?|"
    rf"id[- ]?card{_NO}?|identity[- ]?card{_NO}?|identity{_NO}|id{_NO}|national[- ]?id{_NO}?|"
    rf"document{_NO}|dokumenten?{_NO}|f(?:ü|ue)hrerschein{_NO}?|driv(?:ing|er'?s)[- ]licen[cs]e{_NO}?|"
    rf"licen[cs]e{_NO}|steuer[- ]?id(?:entifikationsnummer)?|steuer{_NO}|tax[- ]?(?:id|identification){_NO}?|"
    rf"ssn|social[- ]security{_NO}?|national[- ]insurance{_NO}?|nino|sozialversicherungs{_NO}|"
    rf"(?:renten)?versicherungs{_NO}|svnr)")
_ID_VALUE = r"(?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d)[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,22}"
# "Ausweisnummer L01X00T47", "Die Nummer auf meinem Perso lautet …", "Passport: 925665416 (US)"
_ID_WITH_CUE = re.compile(
    rf"(?i:\b{_ID_CUE})(?:[ \t]+(?i:ist|lautet|is|was|war|hat die nummer|has the number))?\s*[:#.]?\s*"
    rf"(?:(?i:lautet|ist|is)\s*:?\s*)?(?P<id>{_ID_VALUE})(?![\w])")
# Without a cue only shapes that are hard to mistake: the German ID card and passport number (nine characters
# from the alphabet without vowels and easily confused letters, at least three digits and two letters), a US
# social security number (python-stdnum's check) and a British National Insurance number.
_DE_DOCUMENT = re.compile(r"(?<![\w-])(?=(?:[A-Z]*\d){3})(?=\w*[CFGHJKLMNPRTVWXYZ]\w*[CFGHJKLMNPRTVWXYZ])"
                          r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![\w-])")
_US_SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
_UK_NINO = re.compile(r"(?<![\w-])[A-CEGHJ-PR-TW-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![\w-])")


def find_ids(text: str) -> list[Finding]:
    from stdnum.us import ssn

    out = [_found(ID, m, "id", "id-cue") for m in _ID_WITH_CUE.finditer(text)]
    out += [_found(ID, m, source="de-document") for m in _DE_DOCUMENT.finditer(text)]
    out += [_found(ID, m, source="us-ssn") for m in _US_SSN.finditer(text) if ssn.is_valid(m.group())]
    out += [_found(ID, m, source="uk-nino") for m in _UK_NINO.finditer(text)]
    return out


# --- dates of birth ----------------------------------------------------------------------------------------------------
_MONTH = (r"(?:januar|j(?:ä|ae)nner|january|jan|februar|feber|february|feb|m(?:ä|ae)rz|march|m(?:ä|ae)r|mrz|mar|"
          r"april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|"
          r"november|nov|dezember|december|dez|dec)")
_DATE = re.compile(
    rf"(?<![\w.,/-])(?:"
    rf"(?P<dmy>\d{{1,2}})[./-](?P<dm>\d{{1,2}})[./-](?P<dy>\d{{4}}|\d{{2}})"                 # 14.03.1987, 04/11/1992, 17.8.83
    rf"|(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})"                         # 1985-07-23, 1993/11/07
    rf"|(?P<wd>\d{{1,2}})(?:\.|st|nd|rd|th)?(?:\s+of)?\s+(?i:{_MONTH})\.?,?\s+(?P<wy>\d{{4}})"  # 3. März 1990, 9th of February 1971
    rf"|(?i:{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"                # July 23rd, 1985; Dec 5, 1964
    rf")(?![\w/-]|[.,]\d)", re.I)
_BIRTH_CUE = re.compile(r"(?i:geboren|\bgeb\.|geburts\w*|\bborn\b|\bbirth\w*|date of birth|\bd\.?o\.?b\b\.?|"
                        r"\bjahrgang|\bage check|altersprüfung)|\*\s*$")
_BIRTH_CUE_AFTER = re.compile(r"(?i:^[^.!?\n]{0,30}?(?:geboren|geburtsdatum|date of birth|\bborn\b|\bdob\b))")
MIN_AGE_YEARS = 14      # a full date this many years back or more, without any cue, is taken for a birth date


def find_birthdates(text: str) -> list[Finding]:
    """Dates next to a birth cue ("geb.", "born", "DOB", "Geburtsdatum … ist der"), and, without a cue, full
    dates at least `MIN_AGE_YEARS` old: in a follower's message those are birth dates far more often than
    anything else (an order placed decades ago is rare), and redacting one costs an answer nothing."""
    import datetime

    latest = datetime.date.today().year - MIN_AGE_YEARS
    out = []
    for m in _DATE.finditer(text):
        year_text = m.group("dy") or m.group("iy") or m.group("wy") or m.group("my")
        before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 40]
        cued = bool(_BIRTH_CUE.search(before) or _BIRTH_CUE_AFTER.search(after))
        old = len(year_text) == 4 and 1900 <= int(year_text) <= latest
        if cued or old:
            out.append(_found(BIRTHDATE, m, source="birth-cue" if cued else "old-date"))
    return out


# --- street addresses outside Germany ---------------------------------------------------------------------------------
_CAP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŹŻŽ]"
_PARTICLES = r"(?:de|del|della|delle|dei|degli|di|da|do|dos|das|du|des|la|le|les|l'|d'|y|e|van|von|der|den)"
_STREET_NAME = rf"(?:{_PARTICLES}\s+)*{_CAP}[\w'’.-]*(?:\s+(?:{_PARTICLES}\s+)*{_CAP}[\w'’.-]*){{0,3}}"
_INTL_TYPE = (r"(?:Rue|Avenue|Av\.|Boulevard|Bd\.?|Place|Chemin|All[ée]e|Impasse|Quai|Route|Cours|Via|Viale|Piazza|"
              r"Piazzale|Corso|Largo|Vicolo|Calle|Avenida|Avda\.|Plaza|Paseo|Carrer|Passeig|Rua|Travessa|Pra[çc]a|"
              r"ul\.|ulica|al\.|aleja|plac|Rynek)")
_INTL_SUFFIX = (r"(?:straat|gracht|laan|plein|kade|singel|dijk|steeg|vej|gade|gatan|v(?:ä|a)gen|veien|gata|"
                r"utca|iela|katu)")
_HOUSE = r"\d{1,5}[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)*"
_POSTCODE = (r"(?:[A-Z]{1,3}-)?(?:\d{4}\s?[A-Z]{2}(?![\w])|\d{3}\s\d{2}(?!\d)|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5}|"
             r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})")
_CITY = rf"{_CAP}[\w'’-]+(?:[ -](?:am|an|der|im|bei|sur|sul|de|del|{_CAP}[\w'’.-]+))*(?:\s\d{{1,2}}(?![\d]))?"
_INTL_TAIL = rf"(?:,?\s*(?:{_POSTCODE}\s+{_CITY}|{_CITY}(?:,\s*(?:{_POSTCODE}|[A-Z]{{2}}\s+{_POSTCODE}))?))?"
_INTL_ADDRESSES = (
    # "Via Roma 15", "Rue du Marché 8", "ul. Marszałkowska 10", "Avenida da Liberdade 110"
    re.compile(rf"(?<![\w-])(?i:{_INTL_TYPE})\s+{_STREET_NAME},?\s+{_HOUSE}(?![\w]){_INTL_TAIL}"),
    # "12 Rue de Rivoli", "45 Boulevard Haussmann", "22 Rua Augusta"
    re.compile(rf"(?<![\w-]){_HOUSE},?\s+(?i:{_INTL_TYPE})\s+{_STREET_NAME}{_INTL_TAIL}"),
    # "Keizersgracht 123", "Drottninggatan 71", "Váci utca 19", "Mariahilfer Straße 45/3/12"
    re.compile(rf"(?<![\w-])(?:{_CAP}[\w'’-]*\s+)?{_CAP}?[\w'’-]*(?i:{_INTL_SUFFIX})\s+{_HOUSE}(?![\w]){_INTL_TAIL}"),
    # Any capitalised street name with a house number, postcode and town: "Vinohradská 12, 120 00 Praha"
    re.compile(rf"(?<![\w-]){_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+)?\s+{_HOUSE},\s*{_POSTCODE}\s+{_CITY}"),
)


def find_foreign_addresses(text: str) -> list[Finding]:
    return [_found(ADDRESS, m, source="street-intl") for rx in _INTL_ADDRESSES for m in rx.finditer(text)
            if any(c.isdigit() for c in m.group())]


# --- pasted JSON, dicts and key=value text ----------------------------------------------------------------------------
# Also JSON inside a log line or a repr, where its quotes are escaped (\"order_id\": \"A7733-19\").
# A lookahead, so matches may overlap: in "sender-1: order_ref = 'X'" the value of one key is the next key.
_FIELD = re.compile(r"""(?<![\w-])(?=(?P<kq>\\?["']?)(?P<key>[A-Za-z_][\w-]{0,40})(?P=kq)\s*(?::|=)\s*"""
                    r"""(?:\\?"(?P<dq>[^"\n\\]{1,200})\\?"|\\?'(?P<sq>[^'\n\\]{1,200})\\?'|(?P<bare>[\w.+/-]{1,60})))""")
_NAME_KEYS = {"name", "fullname", "firstname", "lastname", "vorname", "nachname", "surname", "givenname",
              "familyname", "holder", "accountholder", "kontoinhaber", "guest", "recipient", "empfaenger",
              "empfänger", "contact", "contactname", "customername", "kundenname", "billingname", "shippingname",
              "author", "sender", "absender", "passenger"}
_NOT_PERSON_NAMES = ("file", "product", "item", "host", "brand", "plan", "model", "company", "shop", "store",
                     "event", "display", "user", "app", "device", "class", "type", "key", "field", "tag")
_PHONE_KEYS = {"phone", "phonenumber", "tel", "telephone", "telefon", "mobile", "mobil", "handy", "cell", "fax"}
_ADDRESS_KEYS = {"address", "adresse", "street", "strasse", "straße", "streetaddress", "addressline", "addressline1",
                 "addressline2", "line1", "line2", "postcode", "postalcode", "zip", "zipcode", "plz", "housenumber",
                 "hausnummer", "shippingaddress", "billingaddress", "lieferadresse", "rechnungsadresse"}
_BIRTH_KEYS = {"dob", "dateofbirth", "birthdate", "birthday", "geburtsdatum", "geburtstag", "geboren", "bday"}
_NUMBER_KEY = re.compile(r"order|bestell|auftrag|invoice|rechnung|customer|kunde|contract|vertrag|tracking|sendung|"
                         r"reference|^ref|ticket|account|konto|booking|buchung|member|mitglied|policy|polic|"
                         r"number|nummer|^nr$|^no$|case|vorgang|meter|zähler|zaehler|serial|passport|ausweis", re.I)
_ID_KEY = re.compile(r"^id$|[_-]id$|[a-z]Id$|ID$")
# A plain number with fewer digits after "order:" is an amount ("Minimum order: 5 kg"), not an order number.
ORDER_FIELD_MIN_DIGITS = 4


def _looks_like_an_id(value: str) -> bool:
    """An order, customer or contract number: letters and digits mixed ("QX7F2"), or a number of at least
    `ORDER_FIELD_MIN_DIGITS` digits."""
    digits = sum(c.isdigit() for c in value)
    if not digits:
        return False
    return any(c.isalpha() for c in value) or digits >= ORDER_FIELD_MIN_DIGITS


def field_kind(key: str) -> str | None:
    """The kind of personal data a field called ``key`` holds ("order_id" → ORDER, "dateOfBirth" →
    BIRTHDATE), or None."""
    flat = re.sub(r"[_\s-]", "", key).casefold()
    if flat in _BIRTH_KEYS:
        return BIRTHDATE
    if flat in _NAME_KEYS or (flat.endswith("name") and not flat.startswith(_NOT_PERSON_NAMES)):
        return NAME
    if flat in _PHONE_KEYS:
        return PHONE
    if flat in _ADDRESS_KEYS or flat.endswith("address") or flat.endswith("adresse"):
        return ADDRESS
    if _NUMBER_KEY.search(key) or _ID_KEY.search(key):
        return ORDER
    return None


def find_fields(text: str) -> list[Finding]:
    """The values of personal fields in pasted JSON, Python dicts or ``key=value`` text: a follower copies
    what their app shows ({"order_id": "A7733-19", "name": "…"}), where no cue phrase stands before a value."""
    out = []
    for m in _FIELD.finditer(text):
        kind = field_kind(m.group("key"))
        group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
        value = m.group(group).strip()
        if kind is None or not value or value.casefold() in {"null", "none", "true", "false"}:
            continue
        if kind == ORDER and (not _looks_like_an_id(value) or is_amount(text, m.start(group) + len(m.group(group)))):
            continue
        if kind == NAME and not any(c.isalpha() for c in value):
            continue
        start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        out.append(Finding(kind, start, start + len(value), value, "field"))
    return out
