"""What the bot says outside of knowledge-base answers: `pipeline/wording.yml`, German in du and Sie, English.

Brand-neutral on purpose: the assistant's name and the German form of address come from settings
(`TANDEM_ASSISTANT_NAME`, `TANDEM_GERMAN_FORM`), so a brand changes them in one place; a third language is a
third key in the data file.
"""
from __future__ import annotations

from pathlib import Path

from tandem.wording import FORMS, Wording

WORDING = Path(__file__).resolve().parent / "wording.yml"
_WORDING = Wording(WORDING)

keys, say = _WORDING.keys, _WORDING.say
__all__ = ["FORMS", "WORDING", "keys", "say"]
