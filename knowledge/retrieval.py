"""Finding the passages that answer a question: dense search in Chroma, re-scored with word overlap.

The dense score carries meaning across languages and phrasings; the overlap bonus rewards passages that
contain the question's exact words (product names, places, numbers), which embeddings blur.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.embedder import Embedder
from knowledge.store import Hit, KnowledgeStore

CANDIDATES = 24
LEXICAL_WEIGHT = 0.12
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset("""
a an and are as at be but by can could do does did for from had has have how i if in is it its me my of on or
our please so than that the their them then there these they this to us was we what when where which who why
will with would you your yours hi hello hey thanks
aber als am an auch auf aus bei bin bis bitte da das dass dein deine dem den der des die dir du ein eine einem
einen einer es euch euer eure für gibt habe haben habt hallo hat ich ihr im in ist ja kann kannst man mein meine
mich mir mit nach nicht noch nur oder schon sein sich sie sind so und uns von vor was welche welcher welches
wenn wer wie wir wo zu zum zur danke
""".split())


@dataclass(frozen=True)
class Query:
    text: str
    context: str = ""

    @property
    def full(self) -> str:
        return f"{self.context} {self.text}".strip()


def content_words(text: str) -> set[str]:
    """Lower-cased, accent-folded words that carry meaning, cut to a stem-ish prefix for inflections/typos."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return {w[:6] for w in _TOKEN.findall(folded) if len(w) > 2 and w not in STOPWORDS}


def lexical_overlap(query_words: set[str], passage: str) -> float:
    if not query_words:
        return 0.0
    passage_words = content_words(passage)
    return len(query_words & passage_words) / len(query_words)


class Retriever:
    def __init__(self, store: KnowledgeStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder

    def search(self, query: Query, k: int = 5) -> list[Hit]:
        texts = [query.text] + ([query.full] if query.context else [])
        vectors = self.embedder.embed(texts)
        best: dict[str, Hit] = {}
        for text, vector in zip(texts, vectors):
            words = content_words(text)
            for hit in self.store.query(vector, CANDIDATES):
                score = hit.score + LEXICAL_WEIGHT * lexical_overlap(words, hit.chunk.embed_text)
                if hit.chunk.id not in best or score > best[hit.chunk.id].score:
                    best[hit.chunk.id] = Hit(hit.chunk, score)
        return sorted(best.values(), key=lambda h: h.score, reverse=True)[:k]
