"""Turning retrieved passages into a reply that cites them, or an honest "I don't know".

The offline path is extractive: it quotes the sentences of the best passages that are closest to the
question, so every word can be traced to a document. When an LLM endpoint is configured, generation is
tried first and accepted only if its citations check out against the retrieved set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from knowledge.chunking import Chunk, plain_text
from knowledge.embedder import Embedder
from knowledge.replies import decline, lead_for, source_line
from knowledge.retrieval import Query, Retriever, content_words, lexical_overlap
from knowledge.store import Hit

SAME_DOC_MARGIN = 0.06
SENTENCE_MARGIN = 0.07
MAX_SENTENCES = 3
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"(])")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None = None
    section: str = ""

    @property
    def label(self) -> str:
        return f"{self.title} › {self.section}" if self.section and self.section != self.title else self.title

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "url": self.url, "section": self.section}


@dataclass(frozen=True)
class Answer:
    text: str
    citations: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confident: bool = False
    score: float = 0.0
    passages: list[Hit] = field(default_factory=list)


def source_of(chunk: Chunk) -> Source:
    return Source(id=chunk.doc_id, title=chunk.title, url=chunk.url, section=chunk.section)


def decline_answer(lang: str, score: float = 0.0, passages: list[Hit] | None = None) -> Answer:
    return Answer(text=decline(lang), confident=False, score=score, passages=passages or [])


def select_passages(hits: list[Hit]) -> list[Hit]:
    """The best hit, plus hits from the same document that score nearly as well (a table and its note)."""
    top = hits[0]
    chosen = [top]
    for hit in hits[1:]:
        if hit.chunk.doc_id == top.chunk.doc_id and hit.score >= top.score - SAME_DOC_MARGIN and len(chosen) < 2:
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.chunk.start)


def split_sentences(chunk: Chunk) -> list[str]:
    sentences: list[str] = []
    for line in plain_text(chunk.text).splitlines():
        sentences.extend(s.strip() for s in _SENTENCE_SPLIT.split(line) if s.strip())
    return sentences


def best_sentences(question: str, passages: list[Hit], embedder: Embedder) -> list[tuple[Chunk, str]]:
    candidates = [(hit.chunk, s) for hit in passages for s in split_sentences(hit.chunk)]
    if len(candidates) <= 1:
        return candidates
    question_vec = embedder.embed_one(question)
    sentence_vecs = embedder.embed([f"{c.section}: {s}" for c, s in candidates])
    words = content_words(question)
    scores = sentence_vecs @ question_vec + np.array([0.15 * lexical_overlap(words, s) for _, s in candidates])
    order = np.argsort(-scores)
    keep = [i for i in order[:MAX_SENTENCES] if scores[i] >= scores[order[0]] - SENTENCE_MARGIN]
    return [candidates[i] for i in sorted(keep)]


def compose_extractive(question: str, lang: str, hits: list[Hit], embedder: Embedder) -> Answer:
    passages = select_passages(hits)
    picked = best_sentences(question, passages, embedder)
    chunk = passages[0].chunk
    lines = []
    lead = lead_for(lang, chunk.language, chunk.title)
    if lead:
        lines.append(lead)
    lines.append(" ".join(sentence for _, sentence in picked) if all(len(s) > 60 for _, s in picked)
                 else "\n".join(sentence for _, sentence in picked))
    sources = list({s.label: s for s in (source_of(h.chunk) for h in passages)}.values())
    lines.append("")
    lines.append(source_line(lang, [s.label for s in sources]))
    citations = list(dict.fromkeys(s.id for s in sources))
    return Answer(text="\n".join(lines), citations=citations, sources=sources, confident=True,
                  score=hits[0].score, passages=passages)


class Answerer:
    """Retrieves, decides whether the knowledge base holds the answer, and phrases it."""

    def __init__(self, retriever: Retriever, threshold: float, generator=None) -> None:
        self.retriever = retriever
        self.threshold = threshold
        self.generator = generator

    def answer(self, question: str, lang: str, context: str = "") -> Answer:
        hits = self.retriever.search(Query(text=question, context=context))
        if not hits or hits[0].score < self.threshold:
            return decline_answer(lang, hits[0].score if hits else 0.0, hits)
        if self.generator is not None:
            generated = self.generator.generate(question, lang, hits)
            if generated is not None:
                return generated
        return compose_extractive(question, lang, hits, self.retriever.embedder)
