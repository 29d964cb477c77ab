"""What the inbox says to followers, as data (`inbox/wording.yml`): German in du and Sie, English.

The same shape as the bot's own wording (`pipeline/wording.yml`), kept beside the inbox because the inbox sends
these texts; the brand's German form (`Settings.german_form`) is picked here once, so no caller can mix forms.
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


def languages(key: str) -> list[str]:
    return list(_texts()[key])


def say(key: str, lang: str, form: str = "du", **values: object) -> str:
    """The text ``key`` in ``lang`` (English when the language lacks it), German in ``form`` (du | sie), with
    ``values`` filled in."""
    by_lang = _texts()[key]
    text = by_lang.get(lang, by_lang["en"])
    if isinstance(text, dict):
        text = text.get(form if form in FORMS else "du") or text["du"]
    return text.format(**values) if values else text
