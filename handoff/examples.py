"""A brand's own examples: messages staff say must ("handover") or must not ("no_handover") go to a person.

Why nearest example and not a refit: staff add a line to a YAML file and the running detector follows it
within seconds, without a training run, and the inbox explanation names the example that decided. A new
message whose sentence embedding (the multilingual USE the detector already loads) is at least
``similarity`` close to an example takes that example's side:

* a "handover" example hands the message over with the example's reason, even when nothing else fired;
* a "no_handover" example keeps it with the bot, whatever the phrase lists or the model said, except for
  ``safety`` (an emergency is never talked away by an example).

The default similarity, 0.75, was measured with the shipped encoder: rephrasings of the same complaint
score 0.5–0.9 (a third of twelve hand-written pairs reach 0.75: the closer rephrasings), while the
nearest of 100 unrelated German tweets (GermEval 2018, "no offence") stays below 0.62 for 99 % of
messages and below 0.70 for 99.9 %. So an example moves its close rephrasings and leaves the rest alone;
staff who want broader reach lower it in the file, knowing each 0.05 roughly doubles what it touches.

The file (YAML)::

    similarity: 0.75          # optional
    handover:
      - text: "Das ist jetzt das dritte Mal, dass ich wegen derselben Sache schreibe"
        reason: repeated_failure
    no_handover:
      - "Ich sterbe vor Lachen, die neue Kollektion ist super"

It is read again when it changes (checked at most every ``RECHECK_S`` seconds); a broken file is logged
and the previous examples stay in force.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import yaml

from .rules import REASONS

log = logging.getLogger(__name__)

DEFAULT_SIMILARITY = 0.75
RECHECK_S = 2.0
PROTECTED = frozenset({"safety"})   # reasons a "no_handover" example never removes

Embed = Callable[[list[str]], np.ndarray]


class ExamplesError(ValueError):
    """The examples file is not in the documented shape (the message names the entry)."""


@dataclass(frozen=True)
class Example:
    text: str
    reason: str | None     # None = a "no_handover" example


@dataclass(frozen=True)
class Match:
    example: Example
    similarity: float

    @property
    def handover(self) -> bool:
        return self.example.reason is not None


def parse(data: object, path: Path) -> tuple[list[Example], float]:
    """The examples and the similarity threshold of a parsed file; raises ExamplesError naming the entry."""
    if data is None:
        return [], DEFAULT_SIMILARITY
    if not isinstance(data, dict):
        raise ExamplesError(f"{path}: expected a mapping with 'handover' and/or 'no_handover'")
    unknown = set(data) - {"similarity", "handover", "no_handover"}
    if unknown:
        raise ExamplesError(f"{path}: unknown keys {sorted(unknown)} (allowed: similarity, handover, no_handover)")
    similarity = data.get("similarity", DEFAULT_SIMILARITY)
    if not isinstance(similarity, (int, float)) or isinstance(similarity, bool) or not 0 < similarity <= 1:
        raise ExamplesError(f"{path}: similarity must be a number above 0 and at most 1, got {similarity!r}")
    examples: list[Example] = []
    for n, item in enumerate(data.get("handover") or []):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            raise ExamplesError(f"{path}: handover[{n}]: needs 'text' and 'reason'")
        if item.get("reason") not in REASONS:
            raise ExamplesError(f"{path}: handover[{n}]: reason must be one of {', '.join(REASONS)}, "
                                f"got {item.get('reason')!r}")
        examples.append(Example(item["text"].strip(), item["reason"]))
    for n, item in enumerate(data.get("no_handover") or []):
        text = item.get("text") if isinstance(item, dict) else item
        if not isinstance(text, str) or not text.strip():
            raise ExamplesError(f"{path}: no_handover[{n}]: a message text")
        examples.append(Example(text.strip(), None))
    return examples, float(similarity)


class BrandExamples:
    """The examples of one file, embedded once per change; ``nearest`` for a message's vector."""

    def __init__(self, path: Path | str, embed: Embed) -> None:
        self.path = Path(path)
        self.embed = embed
        # examples, their vectors and the threshold, swapped together so a reader never mixes two versions
        self._current: tuple[list[Example], np.ndarray | None, float] = ([], None, DEFAULT_SIMILARITY)
        self._stamp: tuple[float, int] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.refresh(force=True)

    @property
    def examples(self) -> list[Example]:
        return self._current[0]

    @property
    def similarity(self) -> float:
        return self._current[2]

    @classmethod
    def from_settings(cls, embed: Embed | None) -> "BrandExamples | None":
        """The file named by TANDEM_HANDOFF_EXAMPLES (``tandem.settings``; unset or empty: none)."""
        from tandem.settings import get_settings

        name = (get_settings().handoff_examples or "").strip()
        if not name or embed is None:
            return None
        return cls(name, embed)

    def refresh(self, force: bool = False) -> None:
        """Read the file again if it changed since the last look (at most every RECHECK_S seconds)."""
        now = time.monotonic()
        if not force and now - self._checked < RECHECK_S:
            return
        with self._lock:
            self._checked = now
            try:
                st = self.path.stat()
                stamp = (st.st_mtime, st.st_size)
            except OSError:
                stamp = None
            if stamp == self._stamp and not force:
                return
            self._stamp = stamp
            if stamp is None:
                log.warning("handoff: examples file %s not found; no brand examples", self.path)
                self._current = ([], None, DEFAULT_SIMILARITY)
                return
            try:
                examples, similarity = parse(yaml.safe_load(self.path.read_text(encoding="utf-8")), self.path)
                vectors = (np.asarray(self.embed([e.text for e in examples]), dtype=np.float32)
                           if examples else None)
            except (ExamplesError, yaml.YAMLError, UnicodeDecodeError) as exc:
                log.error("handoff: examples file not used, the previous examples stay: %s", exc)
                return
            except Exception:  # the encoder failing must not take the chat down
                log.exception("handoff: could not embed the examples of %s; the previous examples stay", self.path)
                return
            self._current = (examples, vectors, similarity)
            log.info("handoff: %d brand examples from %s (similarity %.2f)", len(examples), self.path, similarity)

    def nearest(self, vector: np.ndarray | None) -> Match | None:
        """The closest example at or above the similarity threshold, else None."""
        self.refresh()
        examples, vectors, similarity = self._current
        if vector is None or vectors is None or not examples:
            return None
        sims = vectors @ vector
        best = int(np.argmax(sims))
        if float(sims[best]) < similarity:
            return None
        return Match(examples[best], float(sims[best]))
