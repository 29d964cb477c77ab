"""The passage tokenizer remembers each word's pieces and still gives exactly the model's token ids."""
from __future__ import annotations

import random

from knowledge import passage_tokens
from knowledge.embedder import get_embedder
from knowledge.passage_tokens import PassageTokenizer

TEXTS = [
    "Versand › Schweiz: Die Lieferung in die Schweiz dauert 3–5 Werktage und kostet 9,90 €.",
    "Versand › Schweiz: Die Lieferung dauert 3–5 Werktage.",
    "| Schlauch wechseln | 12,50 € | 20 Minuten |",
    "**Kann ich mit Karte zahlen?** Ja, wir nehmen girocard, Visa und Mastercard.",
    "  leading,  double\u00a0and trailing spaces  ", "", "🙂", "ﬁ ＡＢＣ ½", "日本語", "e-mail gibt's",
]


def _model_tokenizer():
    return get_embedder()._model._model.sp


def _model_ids(sp, text: str) -> list[int]:
    return sp.encode(text, out_type=int, add_bos=True, add_eos=True)


def test_remembered_words_give_the_models_token_ids():
    sp = _model_tokenizer()
    tokenizer = PassageTokenizer(sp)
    assert tokenizer.remembers_words
    for _ in range(2):                                       # the second round reads every word from memory
        assert [tokenizer.encode(t) for t in TEXTS] == [_model_ids(sp, t) for t in TEXTS]


def test_random_texts_give_the_models_token_ids():
    sp = _model_tokenizer()
    tokenizer = PassageTokenizer(sp)
    rng = random.Random(7)
    alphabet = list("abcdeäöüßABC 019.,:?€-–'|*\t\n") + ["\u00a0", "\u3000", "  ", "▁", "ﬁ", "🙂", "\u0301"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    assert [tokenizer.encode(t) for t in texts] == [_model_ids(sp, t) for t in texts]


def test_a_full_word_memory_starts_afresh_and_stays_right(monkeypatch):
    monkeypatch.setattr(passage_tokens, "CACHE_WORDS", 3)
    sp = _model_tokenizer()
    tokenizer = PassageTokenizer(sp)
    assert tokenizer.encode(TEXTS[0]) == _model_ids(sp, TEXTS[0])
    assert len(tokenizer._words) <= 3


class _PiecesAcrossWords:
    """A tokenizer one of whose pieces holds a word boundary inside: words cannot be tokenized apart."""
    _pieces = ["<unk>", "<s>", "</s>", "▁a▁b"]
    _unk_id, _bos_id, _eos_id = 0, 1, 2

    class _normalizer:
        normalize = staticmethod(lambda text: "▁" + "▁".join(text.split()))

    def _viterbi(self, normalized):
        return [3]

    def encode(self, text, out_type=int, add_bos=True, add_eos=True):
        return [1, 42, 2]


def test_a_tokenizer_with_pieces_across_words_is_used_as_it_is():
    tokenizer = PassageTokenizer(_PiecesAcrossWords())
    assert not tokenizer.remembers_words and tokenizer.encode("a b") == [1, 42, 2]
