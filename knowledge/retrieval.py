"""Finding the passages that answer a question.

Two signals, both computed in memory over a snapshot of the store (refreshed when the store changes):

* dense: the multilingual sentence embedding of the question against every section *and* every quotable
  unit of a section (sentence, list item, table row, Q&A pair); a section scores by the better of itself
  and its best unit, so a table row that matches well lifts its table.
* lexical: the share of the question's words the section holds — matched exactly, through inflection,
  a typo ("liferung" → "Lieferung", "subscripton" → "subscription"), a German compound's parts
  ("Wassertemperatur" → "Wasser", "Temperatur"), or across languages through the embedding of single
  words against the knowledge base's own vocabulary ("refund" → "Erstattung"), weighted by how rare the
  knowledge-base word is (IDF).

The asked sentences of a message weigh extra (the story around a question is not what is asked).
Follow-ups ("und nach Österreich?", "how many days do I have?") are searched with the previous user turn
mixed in; a message that stands on its own is searched alone unless its previous turn makes the match
clearly better, so an unrelated previous turn cannot pull the answer off topic. Units of the chosen
document get their own score (embedding of the asked sentences plus word coverage) for quoting.
``bench/retrieval.py`` holds the numbers behind each choice. Call ``warm_up()`` once at start-up: the
first search reads the store and loads the vocabularies (a second or two).
"""
from __future__ import annotations

import math
import re
import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from knowledge import lexicon
from knowledge.embedder import Embedder
from knowledge.store import Hit, KnowledgeStore, Snapshot
from knowledge.text import (
    STOPWORDS, content_words, deletes, fold, question_part, shared_stem, tokens, typo_close,
    without_question_phrases, word_parts,
)

REFRESH_SECONDS = 1.0
COMPOUND_HEAD = 0.8          # 'Behälter' in 'Bohnenbehälter': the head of a compound names what it is
COMPOUND_MODIFIER = 0.6      # 'Versand' in 'Versandkosten': related, but not the same thing
LOOSE_TERM_THRESHOLD = 0.62  # cross-lingual word matches this weak only count when choosing within a document


@dataclass(frozen=True)
class Query:
    text: str
    context: str = ""

    @property
    def full(self) -> str:
        return f"{self.context} {self.text}".strip()


@dataclass(frozen=True)
class RetrievalConfig:
    """The knobs ``bench/retrieval.py`` compares; the defaults are the measured best."""
    lexical_weight: float = 0.15         # weight of the word-coverage score next to the cosine similarity
    unit_weight: float = 0.5             # how much a section's best unit counts next to the section itself
    semantic_terms: bool = True          # match words across languages by their embeddings
    term_threshold: float = 0.74         # minimal word-embedding similarity for such a match
    typo_terms: bool = True              # match words within one typo / sharing a long stem
    followup: str = "auto"               # "auto" | "never" | "always": when to mix in the previous turn
    context_weight: float = 1.0          # weight of the previous turn's vector in a follow-up query
    context_margin: float = 0.04         # a non-follow-up uses its context only when that scores this much better
    context_lexical: float = 0.5         # weight of the previous turn's words next to the message's own
    question_weight: float = 1.0         # weight of the asked sentences' vector next to the whole message's
    doc_support: float = 0.1             # bonus per unit of score of the document's next-best section
    spelling: bool = True                # look up unknown words' likely spelling in the general vocabularies
    lexical_norm: str = "share"          # "max": relative to the best section; "share": of the question's words
    unit_lexical_weight: float = 0.3     # word coverage next to cosine when units of one document compete


@dataclass(frozen=True)
class TermMatch:
    """A question word and the knowledge-base words it stands for, each with a match strength in (0, 1]."""
    word: str
    matches: dict[str, float]
    nearest: float = 0.0      # highest embedding similarity to any knowledge-base word (1.0 for an exact match)
    loose: dict[str, float] = field(default_factory=dict)   # weaker cross-lingual matches, for use within a document

    @property
    def best(self) -> float:
        return max(self.matches.values(), default=0.0)


@dataclass
class Retrieval:
    """The full result of one search, for answering and for the decline decision."""
    hits: list[Hit]
    unit_scores: Mapping[str, float]                 # unit id → score for quoting (computed when read)
    terms: list[TermMatch]
    question_terms: list[TermMatch]
    used_context: bool
    vector: np.ndarray | None = None
    index: "_Index | None" = None
    chunk_scores: Mapping[str, float] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)   # compound → its parts, as searched


_FOLLOWUP_START = re.compile(
    r"^\W*(and|but|also|or|so|what about|how about|und|aber|auch|oder|also|was ist mit|wie ist es mit|"
    r"wie sieht es mit|und wie|und was)\b", re.I)
_FOLLOWUP_WORD = re.compile(
    r"\b(it|its|that|this|those|these|they|them|there|one|ones|same|da|dafür|dazu|damit|davon|dabei|darauf|"
    r"darin|dort|dies|diese|dieser|dieses|diesen|diesem|ihn|ihm|sie|es)\b", re.I)
_PRONOUN_AT_END = re.compile(r"\b(der|die|das|den|dem)\s*[?.!,]", re.I)
FOLLOWUP_MAX_WORDS = 9


def looks_like_followup(text: str) -> bool:
    """A short message that leans on what was said before: it starts with 'and …', refers back with a
    pronoun ('hat die?', 'what would that cost?'), or names no topic of its own."""
    words = tokens(text)
    if len(words) > FOLLOWUP_MAX_WORDS:
        return False
    if _FOLLOWUP_START.search(text) or _FOLLOWUP_WORD.search(text) or _PRONOUN_AT_END.search(text):
        return True
    return len(content_words(text)) <= 1 and len(words) >= 3


class _Index:
    """The snapshot plus the lookup structures built from it, once per store revision (not per question).

    Everything a question touches for every section is an array here: vectors, each word's postings (the
    sections holding it, as an index array), and the grouping of units into sections and of sections into
    documents, so that per-question scoring is a few vectorised passes. Units' own word sets are only
    needed for the units of the document being quoted and are built on first use.
    """

    def __init__(self, snap: Snapshot) -> None:
        self.chunks = snap.chunks
        self.units = snap.units
        self.chunk_vectors = _normalise(snap.chunk_vectors)
        self.unit_vectors = _normalise(snap.unit_vectors)
        self.terms = snap.terms
        self.term_vectors = _normalise(snap.term_vectors)
        self.tags = snap.tags
        self._token_words: dict[str, tuple[str, ...]] = {}
        self._unit_words: dict[int, set[str]] = {}
        self.chunk_pos = {c.id: i for i, c in enumerate(self.chunks)}
        self.unit_chunk = np.array([self.chunk_pos.get(u.chunk_id, -1) for u in self.units], dtype=np.int64)
        self.units_of: dict[int, list[int]] = defaultdict(list)
        for j, u in enumerate(self.units):
            self.units_of[self.chunk_pos.get(u.chunk_id, -1)].append(j)
        # lexical: folded word → the chunks holding it (ascending index array); document frequency over chunks
        postings: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.chunks):
            for w in dict.fromkeys(self._words(c.embed_text + " " + " ".join(self.tags.get(c.doc_id, ())))):
                postings[w].append(i)
        self.postings: dict[str, np.ndarray] = {w: np.array(p, dtype=np.int32) for w, p in postings.items()}
        del postings
        self.doc_chunks: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.chunks):
            self.doc_chunks[c.doc_id].append(i)
        self.unit_pos = {u.id: j for j, u in enumerate(self.units)}
        n = max(len(self.chunks), 1)
        self.idf = {w: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for w, p in self.postings.items()}
        self.max_idf = math.log(1 + (n + 0.5) / 0.5)
        self.by_delete: dict[str, set[str]] = defaultdict(set)
        self.by_prefix: dict[str, set[str]] = defaultdict(set)
        self.by_head: dict[str, set[str]] = defaultdict(set)
        for w in self.postings:
            if len(w) >= 5 and not w.isdigit():
                for key in deletes(w):
                    self.by_delete[key].add(w)
                self.by_prefix[w[:5]].add(w)
                for i in range(3, len(w) - 4):          # compound heads: 'bohnenbehalter' → 'behalter'
                    if w[i - 1] != "-":
                        self.by_head[w[i:]].add(w)
        self.term_rows = {fold(t): i for i, t in enumerate(self.terms)}
        self.term_folded = [fold(t) for t in self.terms]
        # units grouped by their chunk (for each chunk's best unit) and chunks by their document (for the
        # document's next-best section), as a permutation plus segment starts for ``reduceat``
        placed = np.nonzero(self.unit_chunk >= 0)[0]
        self._unit_order = placed[np.argsort(self.unit_chunk[placed], kind="stable")]
        self._unit_starts, self._unit_targets = _segments(self.unit_chunk[self._unit_order])
        doc_number = {d: k for k, d in enumerate(self.doc_chunks)}
        self.chunk_doc = np.array([doc_number[c.doc_id] for c in self.chunks], dtype=np.int64)
        self._doc_order = np.argsort(self.chunk_doc, kind="stable")
        self._doc_starts, _ = _segments(self.chunk_doc[self._doc_order])

    def in_chunks(self, word: str, chunk_ids: set[int]) -> bool:
        rows = self.postings.get(word)
        if rows is None or not len(rows) or not chunk_ids:
            return False
        wanted = np.fromiter(chunk_ids, dtype=np.int64, count=len(chunk_ids))
        at = np.minimum(np.searchsorted(rows, wanted), len(rows) - 1)
        return bool((rows[at] == wanted).any())

    def best_unit(self, unit_sim: np.ndarray) -> np.ndarray:
        """Per chunk, the best similarity among its units (-1.0 for a chunk without units)."""
        best = np.full(len(self.chunks), -1.0)
        if len(self._unit_order):
            best[self._unit_targets] = np.maximum(
                np.maximum.reduceat(unit_sim[self._unit_order], self._unit_starts), -1.0)
        return best

    def next_best_in_doc(self, total: np.ndarray) -> np.ndarray:
        """For each section, the best score among the other sections of its document (0 when alone)."""
        if not len(total):
            return np.zeros(0)
        ordered = total[self._doc_order]
        starts = self._doc_starts
        first = np.maximum.reduceat(ordered, starts)
        group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(ordered))))
        at_max = np.flatnonzero(ordered == first[group])
        leading = at_max[np.append(True, group[at_max][1:] != group[at_max][:-1])]   # one top per document
        rest = ordered.copy()
        rest[leading] = -np.inf
        second = np.maximum.reduceat(rest, starts)
        other = np.where(ordered >= first[group], second[group], first[group])
        out = np.empty(len(total))
        out[self._doc_order] = np.maximum(other, 0.0)
        return out

    def words_of_unit(self, j: int) -> set[str]:
        """The folded words of unit ``j`` with its section heading (built on first use, then kept)."""
        words = self._unit_words.get(j)
        if words is None:
            u = self.units[j]
            chunk = self.chunks[self.chunk_pos[u.chunk_id]] if u.chunk_id in self.chunk_pos else None
            heading = chunk.section if chunk and len(chunk.heading_path) > 1 else ""
            words = self._unit_words[j] = set(self._words(f"{u.text} {u.lead} {heading}"))
        return words

    def _words(self, text: str) -> list[str]:
        out = []
        known = self._token_words
        for t in tokens(text):
            got = known.get(t)
            if got is None:
                got = known[t] = tuple(f for f in (fold(part) for part in word_parts(t))
                                       if f and (f not in STOPWORDS or f.isdigit()))
            out.extend(got)
        return out


def _segments(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start of each run of equal values in ``keys`` (sorted) and the value of each run."""
    if not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.append(True, keys[1:] != keys[:-1]))
    return starts, keys[starts]


class _UnitScores(Mapping):
    """Unit id → the unit's own score for quoting: cosine with the asked sentences plus word coverage.

    Computed on first access, a section's units at a time: answering only ever reads the units of the
    sections it may quote, so the other units of a large knowledge base are never scored.
    """

    def __init__(self, idx: _Index, q_unit: np.ndarray, lexical_weight: float,
                 terms: list[TermMatch], context_terms: list[TermMatch]) -> None:
        self._idx, self._q, self._weight = idx, q_unit, lexical_weight
        self._scores: dict[int, float] = {}
        # Per unit: the IDF-weighted share of the asked words it holds (other words of the message and the
        # context count half), including weaker cross-lingual matches: within one document they pick the
        # right sentence.
        options = []
        for term, weight in [(t, 1.0) for t in terms] + [(t, 0.5) for t in context_terms]:
            pairs = {**term.loose, **term.matches}
            best = max((s * idx.idf.get(w, 0.0) for w, s in pairs.items()), default=0.0)
            if best > 0:
                options.append((pairs, weight, best))
        self._options = options
        self._total = sum(weight * best for _, weight, best in options)

    def by_index(self, j: int) -> float:
        score = self._scores.get(j)
        if score is None:
            self._score_section(j)
            score = self._scores[j]
        return score

    def _score_section(self, j: int) -> None:
        idx = self._idx
        block = idx.units_of.get(int(idx.unit_chunk[j]), [j])
        dense = idx.unit_vectors[block] @ self._q
        for k, d in zip(block, dense):
            self._scores[k] = float(d) + self._weight * self._lexical(k)

    def _lexical(self, j: int) -> float:
        if self._total <= 0:
            return 0.0
        words = self._idx.words_of_unit(j)
        idf = self._idx.idf
        got = 0.0
        for pairs, weight, _ in self._options:
            got += weight * max((s * idf.get(w, 0.0) for w, s in pairs.items() if w in words), default=0.0)
        return got / self._total

    def __getitem__(self, unit_id: str) -> float:
        return self.by_index(self._idx.unit_pos[unit_id])

    def __iter__(self):
        return (u.id for u in self._idx.units)

    def __len__(self) -> int:
        return len(self._idx.units)


class _ChunkScores(Mapping):
    """Chunk id → its retrieval score (a view of the score array, no per-question dict)."""

    def __init__(self, idx: _Index, total: np.ndarray) -> None:
        self._idx, self._total = idx, total

    def __getitem__(self, chunk_id: str) -> float:
        return float(self._total[self._idx.chunk_pos[chunk_id]])

    def __iter__(self):
        return (c.id for c in self._idx.chunks)

    def __len__(self) -> int:
        return len(self._idx.chunks)


class Retriever:
    def __init__(self, store: KnowledgeStore, embedder: Embedder, config: RetrievalConfig | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.config = config or RetrievalConfig()
        self._index: _Index | None = None
        self._revision: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    # -- index upkeep ---------------------------------------------------------------------------------
    def index(self) -> _Index:
        now = time.monotonic()
        with self._lock:
            if self._index is None or now - self._checked >= REFRESH_SECONDS:
                revision = self.store.revision()
                if revision != self._revision or self._index is None:
                    if self._revision is not None and hasattr(self.store, "reopen"):
                        # The embedded Chroma client is not process-safe: after another process wrote,
                        # this one's in-memory index fails on the new ids until the store is reopened.
                        self.store.reopen()
                    self._index = _Index(self.store.snapshot())
                    self._revision = revision
                self._checked = now
            return self._index

    def refresh(self) -> None:
        """Re-read the store now (after a sync in this process)."""
        with self._lock:
            self._checked = 0.0
            self._revision = None

    def warm_up(self) -> None:
        self.index()
        lexicon.warm_up()
        self.embedder.embed(["warm up"])

    def with_config(self, **changes) -> "Retriever":
        other = Retriever(self.store, self.embedder, replace(self.config, **changes))
        other._index, other._revision, other._checked = self._index, self._revision, self._checked
        return other

    # -- search -----------------------------------------------------------------------------------------
    def search(self, query: Query, k: int = 5) -> list[Hit]:
        return self.retrieve(query, k).hits

    def retrieve(self, query: Query, k: int = 5) -> Retrieval:
        idx = self.index()
        cfg = self.config
        text, context = query.text.strip(), query.context.strip()
        if not idx.chunks or not text:
            return Retrieval([], {}, [], [], False)
        compounds: dict[str, tuple[str, ...]] = {}
        words = self._with_parts(idx, content_words(text), compounds)
        context_words = [w for w in self._with_parts(idx, content_words(context), compounds)
                         if w not in words] if context else []
        asked_text = question_part(text)
        asked = self._with_parts(idx, content_words(without_question_phrases(asked_text)), compounds)
        all_words = list(dict.fromkeys(words + context_words))
        spelled = {w: self._spelling(idx, w) for w in all_words}
        text = _respell(text, spelled)
        asked_text = _respell(asked_text, spelled)
        heads = [text] + ([asked_text] if asked_text != text and cfg.question_weight else []) + \
            ([context] if context else [])
        vectors = self.embedder.embed(heads + [spelled[w] for w in all_words])
        q_text = vectors[0]
        q_asked = vectors[1] if asked_text != text and cfg.question_weight else vectors[0]
        if asked_text != text and cfg.question_weight:
            q_text = _normalise(q_text + cfg.question_weight * vectors[1])
        q_context = vectors[len(heads) - 1] if context else None
        word_vecs = dict(zip(all_words, vectors[len(heads):]))
        matches = {w: self._match_word(idx, w, word_vecs.get(w), spelled[w]) for w in all_words}

        alone = self._score(idx, q_text, [matches[w] for w in words], [])
        used_context = False
        scored = alone
        if context and cfg.followup != "never":
            mixed_vec = _normalise(q_text + cfg.context_weight * q_context)
            with_ctx = self._score(idx, mixed_vec, [matches[w] for w in words],
                                   [matches[w] for w in context_words])
            if cfg.followup == "always" or looks_like_followup(text) \
                    or with_ctx[0].max() > alone[0].max() + cfg.context_margin:
                scored, used_context = with_ctx, True
        total, dense, lexical, q_vec = scored
        q_unit = _normalise(q_asked + cfg.context_weight * q_context) if used_context else q_asked
        asked_set = set(asked)
        unit_scores = _UnitScores(
            idx, q_unit, cfg.unit_lexical_weight, [matches[w] for w in words if w in asked_set],
            [matches[w] for w in words if w not in asked_set] + ([matches[w] for w in context_words] if used_context else []))
        order = np.argsort(-total)[:k]
        hits = []
        for i in order:
            unit_ids = tuple(idx.units[j].id for j in sorted(idx.units_of.get(int(i), []),
                                                               key=lambda j: -unit_scores.by_index(j)))
            hits.append(Hit(chunk=idx.chunks[i], score=float(total[i]), dense=float(dense[i]),
                            lexical=float(lexical[i]), units=unit_ids))
        term_list = [matches[w] for w in words] + ([matches[w] for w in context_words] if used_context else [])
        asked_terms = [matches[w] if w in matches else TermMatch(w, {}) for w in asked]
        return Retrieval(hits=hits, unit_scores=unit_scores, terms=term_list, question_terms=asked_terms,
                         used_context=used_context, vector=q_vec, index=idx, chunk_scores=_ChunkScores(idx, total),
                         parts=compounds)

    def _score(self, idx: _Index, q_vec: np.ndarray, terms: list[TermMatch], context_terms: list[TermMatch]):
        cfg = self.config
        chunk_sim = idx.chunk_vectors @ q_vec
        unit_sim = idx.unit_vectors @ q_vec if len(idx.units) else np.zeros(0)
        best_unit = idx.best_unit(unit_sim)
        dense = np.where(best_unit > chunk_sim, chunk_sim + cfg.unit_weight * (best_unit - chunk_sim), chunk_sim)
        cw = cfg.context_lexical
        lexical = self._lexical(idx, terms, 1.0) + self._lexical(idx, context_terms, cw)
        if cfg.lexical_norm == "max":
            lexical = lexical / max(lexical.max(), 1e-9) if lexical.max() > 0 else lexical
        else:       # share of the question's matchable word weight a section holds
            possible = sum(max((s * idx.idf.get(w, 0.0) for w, s in t.matches.items()), default=0.0) for t in terms)
            possible += cw * sum(max((s * idx.idf.get(w, 0.0) for w, s in t.matches.items()), default=0.0)
                                  for t in context_terms)
            lexical = lexical / possible if possible > 0 else lexical
        total = dense + cfg.lexical_weight * lexical
        if cfg.doc_support:
            total = total + cfg.doc_support * idx.next_best_in_doc(total)
        return total, dense, lexical, q_vec

    def _lexical(self, idx: _Index, terms: list[TermMatch], weight: float) -> np.ndarray:
        score = np.zeros(len(idx.chunks))
        for term in terms:
            best = np.zeros(len(idx.chunks))
            for word, strength in term.matches.items():
                rows = idx.postings.get(word)
                if rows is not None:
                    best[rows] = np.maximum(best[rows], strength * idx.idf.get(word, 0.0))
            score += weight * best
        return score

    def _with_parts(self, idx: _Index, words: list[str], compounds: dict) -> list[str]:
        """Compounds the knowledge base lacks are searched by their parts too ('Wassertemperatur')."""
        out = []
        for w in words:
            out.append(w)
            if fold(w) not in idx.postings:
                parts = lexicon.split_compound(w, lambda part: self._kb_stem(idx, part))
                if parts:
                    compounds[w] = parts
                out.extend(parts)
        return list(dict.fromkeys(out))

    @staticmethod
    def _kb_stem(idx: _Index, part: str) -> bool:
        """A compound part the knowledge base uses as the start of its words ('bestell' → 'Bestellung')."""
        f = fold(part)
        return len(f) >= 5 and any(w.startswith(f) for w in idx.by_prefix.get(f[:5], ()))

    def _spelling(self, idx: _Index, word: str) -> str:
        """The word as it is likely meant: itself, unless it is unknown everywhere and one edit away from
        a knowledge-base word (preferred) or a word of the general vocabulary."""
        f = fold(word)
        if not self.config.spelling or f in idx.postings or len(f) < 4 or not f.isalpha() or lexicon.is_known(word):
            return word
        near = {c for key in deletes(f) for c in idx.by_delete.get(key, ()) if typo_close(f, c)}
        general = lexicon.correction(word)
        if general and fold(general) in near:
            return general                # the general vocabulary's best guess, confirmed by the knowledge base
        if near:
            return max(near, key=lambda c: (len(idx.postings[c]), c))
        return general or word

    def _match_word(self, idx: _Index, word: str, vector: np.ndarray | None, spelled: str = "") -> TermMatch:
        """The knowledge-base words that stand for ``word``, with a strength each."""
        cfg = self.config
        found: dict[str, float] = {}
        for form in dict.fromkeys((word, spelled or word)):
            for part in word_parts(form):
                f = fold(part)
                if f in idx.postings:
                    found[f] = 1.0 if form == word else 0.9
        f = fold(word)
        if cfg.typo_terms and len(f) >= 5 and not f.isdigit():
            if f not in idx.postings and not lexicon.is_known(word):
                for key in deletes(f):
                    for cand in idx.by_delete.get(key, ()):
                        if cand != f and typo_close(f, cand):
                            found.setdefault(cand, 0.85)
            for cand in idx.by_head.get(f, ()):
                found[cand] = max(found.get(cand, 0.0), COMPOUND_HEAD)
            for cand in idx.by_prefix.get(f[:5], ()):
                if len(cand) >= len(f) + 4 and cand.startswith(f):
                    found[cand] = max(found.get(cand, 0.0), COMPOUND_MODIFIER)
            for cand in idx.by_prefix.get(f[:5], ()):
                if cand != f and shared_stem(f, cand):
                    found[cand] = max(found.get(cand, 0.0), 0.9)
        nearest = max(found.values(), default=0.0)
        if vector is not None and len(idx.terms):
            sims = idx.term_vectors @ (vector / max(np.linalg.norm(vector), 1e-9))
            nearest = max(nearest, float(sims.max()))
            loose: dict[str, float] = {}
            if cfg.semantic_terms:
                for i in np.nonzero(sims >= LOOSE_TERM_THRESHOLD)[0]:
                    cand = idx.term_folded[i]
                    if cand in idx.postings and cand not in STOPWORDS:
                        if sims[i] >= cfg.term_threshold:
                            found[cand] = max(found.get(cand, 0.0), float(sims[i]))
                        elif cand not in found:
                            loose[cand] = max(loose.get(cand, 0.0), float(sims[i]))
            return TermMatch(word, found, nearest, loose)
        return TermMatch(word, found, nearest)


def _respell(text: str, spelled: dict[str, str]) -> str:
    """The message with its misspelled words replaced, so that its embedding means what was meant."""
    for word, right in spelled.items():
        if right != word:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", right, text, flags=re.I)
    return text


def _normalise(m: np.ndarray) -> np.ndarray:
    if m.ndim == 1:
        return m / max(float(np.linalg.norm(m)), 1e-9)
    if not len(m):
        return m
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
