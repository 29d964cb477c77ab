"""Reading a wording file: texts per key and language, German in du and Sie (`pipeline/wording.yml` for what the
bot says, `inbox/wording.yml` for what the inbox sends); each module keeps its own file and exposes `say`."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

import yaml

FORMS = ("du", "sie")


class Wording:
    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def texts(self) -> dict:
        return yaml.safe_load(self.path.read_text(encoding="utf-8"))

    def keys(self) -> list[str]:
        return list(self.texts)

    def languages(self, key: str) -> list[str]:
        return list(self.texts[key])

    def say(self, key: str, lang: str, form: str = "du", **values: object) -> str:
        """The text ``key`` in ``lang`` (English when the language lacks it), German in ``form`` (du | sie), with
        ``values`` filled in."""
        by_lang = self.texts[key]
        text = by_lang.get(lang, by_lang["en"])
        if isinstance(text, dict):
            text = text.get(form if form in FORMS else "du") or text["du"]
        return text.format(**values) if values else text
