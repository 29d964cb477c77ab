"""What the inbox says to followers, as data (`inbox/wording.yml`): German in du and Sie, English.

The same shape as the bot's own wording (`pipeline/wording.yml`), kept beside the inbox because the inbox sends
these texts; the brand's German form (`Settings.german_form`) is picked here once, so no caller can mix forms.
"""
from __future__ import annotations

from pathlib import Path

from tandem.wording import FORMS, Wording

WORDING = Path(__file__).resolve().parent / "wording.yml"
_WORDING = Wording(WORDING)

keys, languages, say = _WORDING.keys, _WORDING.languages, _WORDING.say
__all__ = ["FORMS", "WORDING", "keys", "languages", "say"]
