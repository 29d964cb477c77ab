"""Which region a country belongs to, so "Lieferung nach Frankreich?" finds the row "übrige EU-Länder".

Shops list the few countries they treat specially and put the rest under "the rest of the EU" or
"Europe". A follower names their own country, which the knowledge base then never mentions: without this
table the question would look like one about something the knowledge base does not know. General
geography (German and English names, folded as in `knowledge.text.fold`), not any one shop's data.
"""
from __future__ import annotations

from knowledge.text import fold

_EU = ("belgien belgium bulgarien bulgaria danemark denmark deutschland germany estland estonia finnland "
       "finland frankreich france griechenland greece irland ireland italien italy kroatien croatia lettland "
       "latvia litauen lithuania luxemburg luxembourg malta niederlande netherlands holland osterreich austria "
       "polen poland portugal rumanien romania schweden sweden slowakei slovakia slowenien slovenia spanien "
       "spain tschechien czechia zypern cyprus ungarn hungary").split()
_EUROPE_OUTSIDE_EU = ("schweiz switzerland liechtenstein norwegen norway island iceland grossbritannien "
                      "england schottland scotland wales uk vereinigtes serbien serbia albanien albania "
                      "montenegro nordmazedonien bosnien bosnia moldau moldova ukraine turkei turkey "
                      "andorra monaco "
                      "san-marino").split()

# How knowledge bases write the regions (folded, as whole words or hyphen parts of words).
_EU_WORDS = ("eu", "eu-lander", "eu-landern", "eu-staaten", "eu-mitgliedstaaten", "eu-ausland", "eu-countries",
             "eu-country", "eu-mitgliedsstaaten", "europaische", "europaischen", "european")
_EUROPE_WORDS = ("europa", "europe", "europaweit", "europe-wide")

_REGIONS: dict[str, tuple[str, ...]] = {
    **{country: _EU_WORDS + _EUROPE_WORDS for country in _EU},
    **{country: _EUROPE_WORDS for country in _EUROPE_OUTSIDE_EU},
}


def region_words(word: str) -> tuple[str, ...]:
    """The folded words that name regions ``word`` (a country) belongs to; () for any other word."""
    return _REGIONS.get(fold(word), ())
