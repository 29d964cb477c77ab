"""What the bot says outside of knowledge-base answers: `pipeline/wording.yml`, German in du and Sie, English.

Brand-neutral on purpose: the assistant's name and the German form of address come from settings
(`TANDEM_ASSISTANT_NAME`, `TANDEM_GERMAN_FORM`), so a brand changes them in one place; a third language is a
third key in the data file.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

WORDING = Path(__file__).resolve().parent / "wording.yml"
FORMS = ("du", "sie")


@lru_cache(maxsize=1)
def _texts() -> dict:
    return yaml.safe_load(WORDING.read_text(encoding="utf-8"))


def keys() -> list[str]:
    return list(_texts())


def say(key: str, lang: str, form: str = "du", **values: object) -> str:
    """The text ``key`` in ``lang`` (English when the language lacks it), German in ``form`` (du | sie)."""
    by_lang = _texts()[key]
    text = by_lang.get(lang, by_lang["en"])
    if isinstance(text, dict):
        text = text.get(form if form in FORMS else "du") or text["du"]
    return text.format(**values) if values else text
