"""The fixed wording of the bot's knowledge answers, in German and English.

Kept apart from the logic so a brand can re-word it without touching how answers are chosen.
"""
from __future__ import annotations

DECLINE = {
    "de": ("Dazu finde ich in unseren Informationen leider nichts, und raten möchte ich nicht. "
           "Soll ich eine Kollegin oder einen Kollegen aus dem Support dazuholen?"),
    "en": ("I'm sorry, I couldn't find that in our information, and I'd rather not guess. "
           "Shall I get a colleague from our support team?"),
}
SOURCE_LABEL = {"de": "Quelle", "en": "Source"}
SOURCES_LABEL = {"de": "Quellen", "en": "Sources"}
OTHER_LANGUAGE_LEAD = {
    ("en", "de"): "Our page “{title}” (in German) says:",
    ("de", "en"): "Auf unserer englischsprachigen Seite „{title}“ steht dazu:",
}


def decline(lang: str) -> str:
    return DECLINE.get(lang, DECLINE["en"])


def source_line(lang: str, labels: list[str]) -> str:
    label = (SOURCE_LABEL if len(labels) == 1 else SOURCES_LABEL).get(lang, SOURCE_LABEL["en"])
    return f"{label}: " + "; ".join(labels)


def lead_for(lang: str, doc_lang: str | None, title: str) -> str | None:
    """A quote from a document in the other language is announced, so the follower knows why."""
    template = OTHER_LANGUAGE_LEAD.get((lang, doc_lang or lang))
    return template.format(title=title) if template else None
