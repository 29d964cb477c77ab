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

Speed (``bench/retrieval_scale.py``): everything per section is an array built once per store revision
(``_Index``), so a question costs a few vectorised passes; units are scored only when answering reads
them. Above ``RetrievalSettings.approximate_above`` sections + units (and ``approximate_terms_above``
knowledge-base words) reading every vector per question costs more than the rest of retrieval together,
so the dense search probes an inverted file (``_IVF``) for candidates and scores their whole documents
exactly; lexical candidates join them. That is approximate (``bench/retrieval_approx.py``: 97.5 % of
the dev set's replies unchanged among 50k real-embedded distractor sections, the rest junk either way);
below the thresholds — every usual knowledge base — the search is exact. Per question word, what depends on
the word alone is kept (``knowledge.lru``): a word the knowledge base holds takes its stored vector instead
of an encoder pass, and each word's nearest knowledge-base words are looked up once per index.
"""
from __future__ import annotations

import bisect
import math
import re
import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy as np

from knowledge import lexicon, regions
from knowledge.bilingual import Dictionary
from knowledge.centering import Centering, document_languages, load_centering
from knowledge.editions import superseded_documents
from knowledge.language import detect_language
from knowledge.embedder import Embedder, unit_length
from knowledge.lru import LRU
from knowledge.store import Hit, KnowledgeStore, Snapshot
from knowledge.locale import alternation
from tandem.settings import RetrievalSettings
from knowledge.text import (
    STOPWORDS, content_words, deletes, fold, question_part, raw_tokens, shared_stem, tokens, typo_close,
    without_question_phrases, word_parts,
)

REFRESH_SECONDS = 1.0
# The match strengths of words not spelled alike (compound parts, regions, translations) and the follow-up
# length are RetrievalSettings fields (`tandem/settings.py`); the measured defaults for callers that set none:
DEFAULT_RETRIEVAL = RetrievalSettings()
# Approximate search in large knowledge bases (see RetrievalSettings.approximate_above and _IVF):
ANN_PROBES = 24              # inverted lists read per question vector (of about 2·√n)
ANN_TERM_PROBES = 32         # the same for each question word against the knowledge base's words
ANN_DENSE_CANDIDATES = 32    # best sections/units by cosine whose documents are scored exactly
ANN_LEXICAL_CANDIDATES = 32  # best sections by word coverage whose documents are scored exactly
KMEANS_SAMPLE = 32           # rows sampled per list to train the inverted file's centroids
KMEANS_ROUNDS = 6


@dataclass(frozen=True)
class Query:
    text: str
    context: str = ""
    lang: str | None = None      # the asker's language (detected from ``text`` when None)

    @property
    def full(self) -> str:
        return f"{self.context} {self.text}".strip()


@dataclass(frozen=True)
class TermMatch:
    """A question word and the knowledge-base words it stands for, each with a match strength in (0, 1]."""
    word: str
    matches: dict[str, float]
    nearest: float = 0.0      # highest embedding similarity to any knowledge-base word (1.0 for an exact match)
    loose: dict[str, float] = field(default_factory=dict)   # weaker cross-lingual matches, for use within a document
    translated: frozenset[str] = frozenset()   # matches by an unambiguous dictionary translation ('slider')

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
    vector: np.ndarray | None = None                 # the encoder's vector of the message (its asked sentences weighed
                                                     # in), not centred: what the insights cluster
    index: "_Index | None" = None
    chunk_scores: Mapping[str, float] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)   # compound → its parts, as searched


# Follow-up cues per language: `knowledge/locale/*.yml`.
_FOLLOWUP_START = re.compile(rf"^\W*({alternation('followup_starts')})\b", re.I)
_FOLLOWUP_WORD = re.compile(rf"\b({alternation('followup_words')})\b", re.I)
_PRONOUN_AT_END = re.compile(rf"\b({alternation('trailing_articles')})\s*[?.!,]", re.I)


def points_back(text: str, settings: RetrievalSettings = DEFAULT_RETRIEVAL) -> bool:
    """A short message that says it leans on what was said before: it starts with 'and …' or 'what about …',
    or refers back with a pronoun ('hat die?', 'what would that cost?'). Short: ``settings.followup_max_words``
    at most."""
    if len(tokens(text)) > settings.followup_max_words:
        return False
    return bool(_FOLLOWUP_START.search(text) or _FOLLOWUP_WORD.search(text) or _PRONOUN_AT_END.search(text))


def looks_like_followup(text: str, settings: RetrievalSettings = DEFAULT_RETRIEVAL) -> bool:
    """A short message that leans on what was said before: it points back (`points_back`) or names no topic
    of its own."""
    words = tokens(text)
    if len(words) > settings.followup_max_words:
        return False
    return points_back(text, settings) or (len(content_words(text)) <= 1 and len(words) >= 3)


class _Index:
    """The snapshot plus the lookup structures built from it, once per store revision (not per question).

    Everything a question touches for every section is an array here: vectors, each word's postings (the
    sections holding it, as an index array), and the grouping of units into sections and of sections into
    documents, so that per-question scoring is a few vectorised passes. Units' own word sets are only
    needed for the units of the document being quoted and are built on first use.
    """

    def __init__(self, snap: Snapshot, approximate_above: int | None = None,
                 approximate_terms_above: int | None = None, word_match_cache: int = 0,
                 loose_term_threshold: float = DEFAULT_RETRIEVAL.loose_term_threshold,
                 centering: Centering | None = None) -> None:
        # Every section carries its document's language, declared or read from its start: quoting announces a
        # passage in the other language, and the answer model weighs whether the passage is in the asker's.
        langs = document_languages(snap.chunks)
        self.chunks = [c if c.language == langs[c.doc_id] else replace(c, language=langs[c.doc_id])
                       for c in snap.chunks]
        self.units = snap.units
        self.chunk_vectors = unit_length(snap.chunk_vectors)
        self.unit_vectors = unit_length(snap.unit_vectors)
        if centering is not None:        # the rows are this index's own normalised copies: centred in place
            chunk_lang = {c.id: c.language for c in self.chunks}
            centering.passages_in_place(self.chunk_vectors, [c.language for c in self.chunks])
            centering.passages_in_place(self.unit_vectors, [chunk_lang.get(u.chunk_id, "") for u in self.units])
        self.terms = snap.terms
        self.term_vectors = unit_length(snap.term_vectors)
        self.tags = snap.tags
        # Large knowledge bases: the vectors move into inverted files (one copy, grouped by list); the
        # *_vectors attributes become row views of them.
        self.ann: _IVF | None = None
        self.term_ann: _IVF | None = None
        if approximate_above is not None and len(self.chunks) + len(self.units) > approximate_above:
            self.ann = _IVF([self.chunk_vectors, self.unit_vectors])
            self.chunk_vectors = _RowView(self.ann, 0, len(self.chunks))
            self.unit_vectors = _RowView(self.ann, len(self.chunks), len(self.units))
        if approximate_terms_above is not None and len(self.terms) > approximate_terms_above:
            self.term_ann = _IVF([self.term_vectors])
            self.term_vectors = _RowView(self.term_ann, 0, len(self.terms))
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
        # documents a newer edition replaces (last year's price list): an input of the answer model
        self.superseded = superseded_documents({c.doc_id: c.title for c in self.chunks})
        self.unit_pos = {u.id: j for j, u in enumerate(self.units)}
        n = max(len(self.chunks), 1)
        self.idf = {w: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for w, p in self.postings.items()}
        self.max_idf = math.log(1 + (n + 0.5) / 0.5)
        self.by_delete: dict[str, set[str]] = defaultdict(set)
        self.by_head: dict[str, set[str]] = defaultdict(set)
        self.stems = sorted(w for w in self.postings if len(w) >= 5 and not w.isdigit())   # for prefix ranges
        for w in self.stems:
            for key in deletes(w):
                self.by_delete[key].add(w)
            for i in range(3, len(w) - 4):          # compound heads: 'bohnenbehalter' → 'behalter'
                if w[i - 1] != "-":
                    self.by_head[w[i:]].add(w)
        self.term_at = {t: i for i, t in enumerate(self.terms)}      # a word as stored → its vector's row
        self.term_folded = [fold(t) for t in self.terms]
        # word → its nearest knowledge-base words (``term_similarities``), filled as questions ask
        self.loose_term_threshold = loose_term_threshold
        self.word_near: LRU[str, tuple[np.ndarray, np.ndarray]] = LRU(word_match_cache)
        # units grouped by their chunk (for each chunk's best unit) and chunks by their document (for the
        # document's next-best section), as a permutation plus segment starts for ``reduceat``
        placed = np.nonzero(self.unit_chunk >= 0)[0]
        self._unit_order = placed[np.argsort(self.unit_chunk[placed], kind="stable")]
        self._unit_starts, self._unit_targets = _segments(self.unit_chunk[self._unit_order])
        self._unit_first = np.zeros(len(self.chunks), dtype=np.int64)     # a chunk's units in _unit_order
        self._unit_count = np.zeros(len(self.chunks), dtype=np.int64)
        self._unit_first[self._unit_targets] = self._unit_starts
        self._unit_count[self._unit_targets] = np.diff(np.append(self._unit_starts, len(self._unit_order)))
        doc_number = {d: k for k, d in enumerate(self.doc_chunks)}
        self.chunk_doc = np.array([doc_number[c.doc_id] for c in self.chunks], dtype=np.int64)
        self._doc_order = np.argsort(self.chunk_doc, kind="stable")
        self._doc_starts, _ = _segments(self.chunk_doc[self._doc_order])
        self._doc_ends = np.append(self._doc_starts[1:], len(self._doc_order))

    def starting_with(self, prefix: str):
        """The knowledge-base words (five letters or more, not numbers) that start with ``prefix``."""
        i = bisect.bisect_left(self.stems, prefix)
        while i < len(self.stems) and self.stems[i].startswith(prefix):
            yield self.stems[i]
            i += 1

    def inflections_of(self, word: str):
        """The knowledge-base words that inflect ``word`` (folded): an inflection shares at least max(5, ¾ of
        the shorter word) letters, and is at most 3 shorter."""
        for cand in self.starting_with(word[:max(5, math.ceil(0.75 * (len(word) - 3)))]):
            if cand != word and shared_stem(word, cand):
                yield cand

    def in_chunks(self, word: str, chunk_ids: set[int]) -> bool:
        rows = self.postings.get(word)
        if rows is None or not len(rows) or not chunk_ids:
            return False
        wanted = np.fromiter(chunk_ids, dtype=np.int64, count=len(chunk_ids))
        at = np.minimum(np.searchsorted(rows, wanted), len(rows) - 1)
        return bool((rows[at] == wanted).any())

    def similarities(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosine of ``q`` with every chunk and every unit."""
        if self.ann is None:
            return self.chunk_vectors @ q, (self.unit_vectors @ q if len(self.units) else np.zeros(0))
        sims = self.ann.all_similarities(q)
        return sims[:len(self.chunks)], sims[len(self.chunks):]

    def best_unit(self, unit_sim: np.ndarray) -> np.ndarray:
        """Per chunk, the best similarity among its units (-1.0 for a chunk without units)."""
        best = np.full(len(self.chunks), -1.0)
        if len(self._unit_order):
            best[self._unit_targets] = np.maximum(
                np.maximum.reduceat(unit_sim[self._unit_order], self._unit_starts), -1.0)
        return best

    def best_unit_of(self, rows: np.ndarray, q: np.ndarray) -> np.ndarray:
        """``best_unit`` for the chunks ``rows`` only."""
        best = np.full(len(rows), -1.0)
        counts = self._unit_count[rows]
        has = counts > 0
        if has.any():
            firsts, counts = self._unit_first[rows][has], counts[has]
            starts = np.zeros(len(counts), dtype=np.int64)
            np.cumsum(counts[:-1], out=starts[1:])
            at = np.arange(counts.sum()) - np.repeat(starts - firsts, counts)
            sims = self.unit_vectors[self._unit_order[at]] @ q
            best[has] = np.maximum(np.maximum.reduceat(sims, starts), -1.0)
        return best

    def candidates(self, q: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        """Chunks worth scoring exactly in a large knowledge base (ascending, whole documents): the
        documents of the sections and units the inverted file finds closest to ``q``, and of the sections
        with the best word coverage."""
        rows, sims = self.ann.search(q, ANN_PROBES)
        if len(rows) > ANN_DENSE_CANDIDATES:
            rows = rows[np.argpartition(-sims, ANN_DENSE_CANDIDATES - 1)[:ANN_DENSE_CANDIDATES]]
        n = len(self.chunks)
        chunks = np.where(rows < n, rows, self.unit_chunk[np.maximum(rows - n, 0)]) if len(self.units) else rows
        matched = np.flatnonzero(lexical > 0)
        if len(matched) > ANN_LEXICAL_CANDIDATES:
            matched = matched[np.argpartition(-lexical[matched], ANN_LEXICAL_CANDIDATES - 1)[:ANN_LEXICAL_CANDIDATES]]
        chunks = np.concatenate([chunks[chunks >= 0], matched])
        return self.document_rows(np.unique(self.chunk_doc[chunks]))

    def document_rows(self, docs: np.ndarray) -> np.ndarray:
        """All chunks of the documents ``docs`` (document numbers), ascending."""
        starts, ends = self._doc_starts[docs], self._doc_ends[docs]
        counts = ends - starts
        offsets = np.zeros(len(counts), dtype=np.int64)
        np.cumsum(counts[:-1], out=offsets[1:])
        at = np.arange(counts.sum()) - np.repeat(offsets - starts, counts)
        return np.sort(self._doc_order[at])

    def term_similarities(self, vectors: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per (unit-length) word vector: the knowledge-base words (rows, ascending) with their cosines that
        word matching can use — those at ``loose_term_threshold`` or above, or else the nearest alone (its
        cosine tells how unknown the word is). A few rows per word, not the whole vocabulary: small enough
        to cache per word."""
        if self.term_ann is None:
            if len(vectors) > 1 and len(self.terms) > 4096:      # one pass over a large vocabulary
                sims = np.ascontiguousarray((self.term_vectors @ np.array(vectors).T).T)
                return [_near(None, row, self.loose_term_threshold) for row in sims]
            return [_near(None, self.term_vectors @ v, self.loose_term_threshold) for v in vectors]
        return [_near(*self.term_ann.search(v, ANN_TERM_PROBES), self.loose_term_threshold) for v in vectors]

    def next_best_in_doc(self, total: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """For each section, the best score among the other sections of its document (0 when alone).
        With ``rows`` (whole documents), ``total`` holds the scores of those chunks only."""
        if not len(total):
            return np.zeros(0)
        if rows is None:
            doc_order, starts = self._doc_order, self._doc_starts
        else:
            docs = self.chunk_doc[rows]
            doc_order = np.argsort(docs, kind="stable")
            starts, _ = _segments(docs[doc_order])
        ordered = total[doc_order]
        first = np.maximum.reduceat(ordered, starts)
        group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(ordered))))
        at_max = np.flatnonzero(ordered == first[group])
        leading = at_max[np.append(True, group[at_max][1:] != group[at_max][:-1])]   # one top per document
        rest = ordered.copy()
        rest[leading] = -np.inf
        second = np.maximum.reduceat(rest, starts)
        other = np.where(ordered >= first[group], second[group], first[group])
        out = np.empty(len(total))
        out[doc_order] = np.maximum(other, 0.0)
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
        """The folded content words of ``text`` (each token through ``tokens``, ``word_parts``, ``fold``,
        memoised per raw token: indexing a large knowledge base meets the same tokens over and over)."""
        out = []
        known = self._token_words
        for raw in raw_tokens(text):
            got = known.get(raw)
            if got is None:
                t = raw.lower().replace("’", "'")          # as text.tokens does
                got = known[raw] = tuple(f for f in (fold(part) for part in word_parts(t))
                                         if f and (f not in STOPWORDS or f.isdigit()))
            out.extend(got)
        return out


def _near(rows: np.ndarray | None, sims: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Of the compared knowledge-base words (``rows``, None: all in order), those at ``threshold`` (the
    loose term threshold) or above, or else the nearest one: rows ascending, and their cosines."""
    keep = np.flatnonzero(sims >= threshold)
    if not len(keep) and len(sims):
        keep = np.array([int(np.argmax(sims))])
    if rows is None:
        return keep, sims[keep]
    keep = keep[np.argsort(rows[keep])]
    return rows[keep], sims[keep]


def _segments(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start of each run of equal values in ``keys`` (sorted) and the value of each run."""
    if not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.append(True, keys[1:] != keys[:-1]))
    return starts, keys[starts]


class _IVF:
    """An inverted file over unit-length vectors: approximate nearest neighbours for large knowledge bases.

    Spherical k-means (fixed seed: the same store gives the same lists) groups the rows around about 2·√n
    centroids, and the rows are stored list by list, so probing the lists whose centroids are nearest a
    query reads a few contiguous slices and gives those rows' exact cosines. Rows in lists not probed are
    not seen: that is the approximation. Built once per store revision (seconds at 400k rows).

    Why not Chroma's own HNSW index of the same records (the store has one): measured 2026-12-06 with
    ``bench/retrieval_candidates.py ../shared/eval/dev --sizes 50000,100000 --ef-search 100,400 --server``,
    ``bench/retrieval_approx.py ../shared/eval/dev [--terms]`` and ``bench/retrieval_scale.py --sizes 100000
    [--chroma]`` (branch ``ann``, commit 2c5f5d2 has the Chroma version): with ``ef_search`` 400 it finds 82 %
    / 66 % of the exact 32 nearest records at 50k / 100k records (this file 92 % / 90 %), keeps fewer word
    matches (``--terms``: 91.1 % of the dev replies unchanged against 95.6 %), costs about 6 ms more CPU per
    question at 100k sections on random vectors (its query alone 6.1 ms CPU p50; retrieve CPU p50 23.1 against
    12.6 ms here, so the 15 ms p95 target is out of reach), and loads a second copy of the vectors (~2.3 kB a
    record) into the action server. Its one gain, no k-means per revision, is small next to re-reading the
    snapshot. README "Measured" has the table.
    """

    def __init__(self, blocks: list[np.ndarray], seed: int = 0) -> None:
        n = sum(len(b) for b in blocks)
        self.size = n
        lists = int(min(max(16, 2 ** round(math.log2(2 * math.sqrt(max(n, 1))))), n))
        rng = np.random.default_rng(seed)
        sample = _gather(blocks, np.sort(rng.choice(n, size=min(n, KMEANS_SAMPLE * lists), replace=False)))
        centroids = sample[rng.choice(len(sample), size=lists, replace=False)].copy()
        for _ in range(KMEANS_ROUNDS):
            centroids = _recentre(sample, _nearest(sample, centroids), centroids)
        del sample
        assign = np.concatenate([_nearest(b, centroids) for b in blocks])
        order = np.argsort(assign, kind="stable")
        self.centroids = centroids
        self.ids = order
        self.position = np.empty(n, dtype=np.int64)
        self.position[order] = np.arange(n)
        self.offsets = np.searchsorted(assign[order], np.arange(lists + 1))
        self.vectors = _gather(blocks, order)

    def search(self, q: np.ndarray, probes: int) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and exact cosines of the rows in the ``probes`` lists nearest ``q``."""
        lists = len(self.centroids)
        near = np.arange(lists) if probes >= lists else np.argpartition(-(self.centroids @ q), probes - 1)[:probes]
        ids, sims = [], []
        for k in np.sort(near):
            a, b = self.offsets[k], self.offsets[k + 1]
            if b > a:
                ids.append(self.ids[a:b])
                sims.append(self.vectors[a:b] @ q)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(ids), np.concatenate(sims)

    def all_similarities(self, q: np.ndarray) -> np.ndarray:
        """Exact cosine with every row, in row order (reads everything: for comparisons, not for serving)."""
        out = np.empty(self.size, dtype=np.float32)
        out[self.ids] = self.vectors @ q
        return out


def _gather(blocks: list[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """Rows of the blocks stacked on top of each other, without stacking them."""
    out = np.empty((len(rows), blocks[0].shape[1]), dtype=np.float32)
    start = 0
    for block in blocks:
        at = np.flatnonzero((rows >= start) & (rows < start + len(block)))
        out[at] = np.take(block, rows[at] - start, axis=0)
        start += len(block)
    return out


def _nearest(x: np.ndarray, centroids: np.ndarray, step: int = 16384) -> np.ndarray:
    if not len(x):
        return np.zeros(0, dtype=np.int64)
    return np.concatenate([np.argmax(x[i:i + step] @ centroids.T, axis=1) for i in range(0, len(x), step)])


def _recentre(sample: np.ndarray, assign: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    order = np.argsort(assign, kind="stable")
    starts, which = _segments(assign[order])
    moved = centroids.copy()                 # a list that lost all its rows keeps its centroid
    moved[which] = np.add.reduceat(sample[order], starts, axis=0)
    return unit_length(moved)


class _RowView:
    """Rows ``start … start+n`` of an inverted file's vectors, indexed as if they were their own matrix."""

    def __init__(self, ivf: _IVF, start: int, n: int) -> None:
        self._ivf, self._start, self._n = ivf, start, n

    def __len__(self) -> int:
        return self._n

    @property
    def shape(self) -> tuple[int, int]:
        return (self._n, self._ivf.vectors.shape[1])

    def __getitem__(self, rows) -> np.ndarray:
        return np.take(self._ivf.vectors, self._ivf.position[np.asarray(rows, dtype=np.int64) + self._start], axis=0)


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
    """Chunk id → its retrieval score (a view of the score array, no per-question dict). When only some
    documents were scored (large knowledge bases), another document is scored when first read."""

    def __init__(self, idx: _Index, total: np.ndarray, rows: np.ndarray | None = None, score_rows=None) -> None:
        self._idx, self._total, self._rows, self._score_rows = idx, total, rows, score_rows
        self._more: dict[int, float] = {}

    def __getitem__(self, chunk_id: str) -> float:
        i = self._idx.chunk_pos[chunk_id]
        if self._rows is None:
            return float(self._total[i])
        at = int(np.searchsorted(self._rows, i))          # rows are ascending
        if at < len(self._rows) and self._rows[at] == i:
            return float(self._total[at])
        if i not in self._more:
            rows = self._idx.document_rows(self._idx.chunk_doc[[i]])
            self._more.update(zip(rows.tolist(), map(float, self._score_rows(rows))))
        return self._more[i]

    def __iter__(self):
        return (c.id for c in self._idx.chunks)

    def __len__(self) -> int:
        return len(self._idx.chunks)


class Retriever:
    def __init__(self, store: KnowledgeStore, embedder: Embedder, config: RetrievalSettings | None = None,
                 dictionary: Dictionary | None = None, centering: Centering | None = None) -> None:
        """``centering``: the language means when ``config.center_languages`` (read from their file if not given)."""
        self.store = store
        self.embedder = embedder
        self.config = config or RetrievalSettings()
        self.dictionary = dictionary
        self._index: _Index | None = None
        self._revision: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._word_vectors: LRU[str, np.ndarray] = LRU(self.config.word_vector_cache)
        self.centering = (centering or load_centering()) if self.config.center_languages else None

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
                    self._index = _Index(self.store.snapshot(), self.config.approximate_above,
                                         self.config.approximate_terms_above, self.config.word_match_cache,
                                         self.config.loose_term_threshold, self.centering)
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
        other = Retriever(self.store, self.embedder, self.config.model_copy(update=changes), self.dictionary,
                          self.centering)
        if other.config.center_languages == self.config.center_languages:
            # the same index serves both (its vectors are centred, or not, already)
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
        # the asked words are the question's own; a short question's vector reads the sentence before it too
        asked = self._with_parts(idx, content_words(without_question_phrases(question_part(text))), compounds)
        asked_text = question_part(text, cfg.asked_min_words)
        all_words = list(dict.fromkeys(words + context_words))
        spelled = {w: self._spelling(idx, w) for w in all_words}
        text = _respell(text, spelled)
        asked_text = _respell(asked_text, spelled)
        weigh_asked = asked_text != text and bool(cfg.question_weight)
        heads = [text] + ([asked_text] if weigh_asked else []) + ([context] if context else [])
        vectors, near = self._embed_with_words(idx, heads, [spelled[w] for w in all_words])

        def message_vector(v: np.ndarray) -> np.ndarray:
            """The whole message's vector with its asked sentences' weighed in."""
            return unit_length(v[0] + cfg.question_weight * v[1]) if weigh_asked else v[0]

        # the encoder's own vector of the message stays the record's (insights cluster follower messages
        # embedded alone in that space); the comparisons below use the centred ones
        own_vector = message_vector(vectors)
        if self.centering is not None:
            vectors = self.centering.question(vectors, query.lang or detect_language(text))
        q_text = message_vector(vectors)
        q_asked = vectors[1] if weigh_asked else vectors[0]
        q_context = vectors[len(heads) - 1] if context else None
        compared = {w: near[spelled[w]] for w in all_words} if len(idx.terms) else {}
        matches = {w: self._match_word(idx, w, compared.get(w), spelled[w]) for w in all_words}

        alone = self._score(idx, q_text, [matches[w] for w in words], [])
        used_context = False
        scored = alone
        if context and cfg.followup != "never":
            mixed_vec = unit_length(q_text + cfg.context_weight * q_context)
            with_ctx = self._score(idx, mixed_vec, [matches[w] for w in words],
                                   [matches[w] for w in context_words])
            if cfg.followup == "always" or looks_like_followup(text, cfg) \
                    or with_ctx[0].max() > alone[0].max() + cfg.context_margin:
                scored, used_context = with_ctx, True
        total, dense, lexical, q_vec, rows, all_lexical = scored
        q_unit = unit_length(q_asked + cfg.context_weight * q_context) if used_context else q_asked
        asked_set = set(asked)
        unit_scores = _UnitScores(
            idx, q_unit, cfg.unit_lexical_weight, [matches[w] for w in words if w in asked_set],
            [matches[w] for w in words if w not in asked_set] + ([matches[w] for w in context_words] if used_context else []))
        order = np.argsort(-total)[:k]
        hits = []
        for i in order:
            chunk = int(i) if rows is None else int(rows[i])
            unit_ids = tuple(idx.units[j].id for j in sorted(idx.units_of.get(chunk, []),
                                                               key=lambda j: -unit_scores.by_index(j)))
            hits.append(Hit(chunk=idx.chunks[chunk], score=float(total[i]), dense=float(dense[i]),
                            lexical=float(lexical[i]), units=unit_ids))
        term_list = [matches[w] for w in words] + ([matches[w] for w in context_words] if used_context else [])
        asked_terms = [matches[w] if w in matches else TermMatch(w, {}) for w in asked]
        return Retrieval(hits=hits, unit_scores=unit_scores, terms=term_list, question_terms=asked_terms,
                         used_context=used_context, vector=own_vector, index=idx,
                         chunk_scores=_ChunkScores(idx, total, rows, lambda more: self._score_rows(
                             idx, q_vec, all_lexical, more).total),
                         parts=compounds)

    def _embed_with_words(self, idx: _Index, heads: list[str], words: list[str]
                          ) -> tuple[np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]]]:
        """The vectors of ``heads``, and per word its nearest knowledge-base words (``term_similarities``).

        A word met before in this index reuses its nearest words; otherwise its vector is the store's
        when the knowledge base holds the word as written (embedded at sync time), one kept from an
        earlier question, or else the encoder's, computed in one batch with the heads."""
        if not len(idx.terms):
            return self.embedder.embed(heads), {}
        near = {w: idx.word_near.get(w) for w in dict.fromkeys(words)}
        missing = [w for w, got in near.items() if got is None]
        known = {w: idx.term_vectors[[idx.term_at[w]]][0] for w in missing if w in idx.term_at}
        known |= {w: v for w in missing if w not in known and (v := self._word_vectors.get(w)) is not None}
        fresh = [w for w in missing if w not in known]
        vectors = self.embedder.embed(heads + fresh)
        for w, v in zip(fresh, vectors[len(heads):]):
            known[w] = v / max(float(np.linalg.norm(v)), 1e-9)
            self._word_vectors.put(w, known[w])
        for w, found in zip(missing, idx.term_similarities([known[w] for w in missing])):
            near[w] = found
            idx.word_near.put(w, found)
        return vectors[:len(heads)], near

    def _score(self, idx: _Index, q_vec: np.ndarray, terms: list[TermMatch],
               context_terms: list[TermMatch]) -> "_Scored":
        cfg = self.config
        cw = cfg.context_lexical
        lexical = self._lexical(idx, terms, 1.0)
        if context_terms:
            lexical = lexical + self._lexical(idx, context_terms, cw)
        if cfg.lexical_norm == "max":
            lexical = lexical / max(lexical.max(), 1e-9) if lexical.max() > 0 else lexical
        else:       # share of the question's matchable word weight a section holds
            possible = sum(max((s * idx.idf.get(w, 0.0) for w, s in t.matches.items()), default=0.0) for t in terms)
            possible += cw * sum(max((s * idx.idf.get(w, 0.0) for w, s in t.matches.items()), default=0.0)
                                  for t in context_terms)
            lexical = lexical / possible if possible > 0 else lexical
        rows = idx.candidates(q_vec, lexical) if idx.ann is not None and cfg.approximate else None
        return self._score_rows(idx, q_vec, lexical, rows)

    def _score_rows(self, idx: _Index, q_vec: np.ndarray, lexical: np.ndarray, rows: np.ndarray | None) -> "_Scored":
        """Dense, lexical and total score of every chunk, or of the chunks ``rows`` (whole documents)."""
        cfg = self.config
        if rows is None:
            chunk_sim, unit_sim = idx.similarities(q_vec)
            best_unit = idx.best_unit(unit_sim)
            row_lexical = lexical
        else:
            chunk_sim = idx.chunk_vectors[rows] @ q_vec
            best_unit = idx.best_unit_of(rows, q_vec)
            row_lexical = lexical[rows]
        dense = np.where(best_unit > chunk_sim, chunk_sim + cfg.unit_weight * (best_unit - chunk_sim), chunk_sim)
        total = dense + cfg.lexical_weight * row_lexical
        if cfg.doc_support:
            total = total + cfg.doc_support * idx.next_best_in_doc(total, rows)
        return _Scored(total, dense, row_lexical, q_vec, rows, lexical)

    def _lexical(self, idx: _Index, terms: list[TermMatch], weight: float) -> np.ndarray:
        """Per chunk: the sum over ``terms`` of the best IDF-weighted match strength it holds, times ``weight``
        (only the chunks holding a matched word are touched)."""
        score = np.zeros(len(idx.chunks))
        best = np.zeros(len(idx.chunks)) if terms else score
        for term in terms:
            posted = [(rows, word, strength) for word, strength in term.matches.items()
                      if (rows := idx.postings.get(word)) is not None]
            if len(posted) == 1:        # one word: no best-of to take (a word's rows are distinct)
                rows, word, strength = posted[0]
                score[rows] = score[rows] + weight * (strength * idx.idf.get(word, 0.0))
                continue
            touched = []
            for rows, word, strength in posted:
                best[rows] = np.maximum(best[rows], strength * idx.idf.get(word, 0.0))
                touched.append(rows)
            if touched:
                rows = touched[0] if len(touched) == 1 else np.concatenate(touched)
                score[rows] = score[rows] + weight * best[rows]     # a repeated row gets the same value
                best[rows] = 0.0
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
        return len(f) >= 5 and any(True for _ in idx.starting_with(f))

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

    def _match_word(self, idx: _Index, word: str, compared: tuple | None, spelled: str = "") -> TermMatch:
        """The knowledge-base words that stand for ``word``, with a strength each. ``compared``: the
        knowledge-base words near its embedding and their cosines (``_Index.term_similarities``)."""
        cfg = self.config
        found: dict[str, float] = {}
        for form in dict.fromkeys((word, spelled or word)):
            for part in word_parts(form):
                f = fold(part)
                if f in idx.postings:
                    found[f] = 1.0 if form == word else 0.9
        for region in regions.region_words(word):
            if region in idx.postings:
                found.setdefault(region, cfg.region_match)
        translated: set[str] = set()
        if self.dictionary is not None and cfg.translations:
            others = self.dictionary.translations(spelled or word)
            for other in others:
                forms = _kb_forms(idx, other, cfg)
                if len(others) <= cfg.unambiguous_translations:
                    translated.update(forms)
                for cand, strength in forms.items():
                    found[cand] = max(found.get(cand, 0.0), cfg.translation_match * strength)
        f = fold(word)
        if cfg.typo_terms and len(f) >= 5 and not f.isdigit():
            if f not in idx.postings and not lexicon.is_known(word):
                for key in deletes(f):
                    for cand in idx.by_delete.get(key, ()):
                        if cand != f and typo_close(f, cand):
                            found.setdefault(cand, 0.85)
            for cand in idx.by_head.get(f, ()):
                found[cand] = max(found.get(cand, 0.0), cfg.compound_head)
            for cand in idx.starting_with(f):
                if len(cand) >= len(f) + 4:
                    found[cand] = max(found.get(cand, 0.0), cfg.compound_modifier)
            for cand in idx.inflections_of(f):
                found[cand] = max(found.get(cand, 0.0), 0.9)
        nearest = max(found.values(), default=0.0)
        if compared is not None and len(idx.terms):
            rows, sims = compared
            if len(sims):
                nearest = max(nearest, float(sims.max()))
            loose: dict[str, float] = {}
            if cfg.semantic_terms:
                for k in np.nonzero(sims >= cfg.loose_term_threshold)[0]:
                    cand = idx.term_folded[rows[k]]
                    if cand in idx.postings and cand not in STOPWORDS:
                        if sims[k] >= cfg.term_threshold:
                            found[cand] = max(found.get(cand, 0.0), float(sims[k]))
                        elif cand not in found:
                            loose[cand] = max(loose.get(cand, 0.0), float(sims[k]))
            return TermMatch(word, found, nearest, loose, frozenset(translated))
        return TermMatch(word, found, nearest, translated=frozenset(translated))


def _kb_forms(idx: _Index, word: str, cfg: RetrievalSettings) -> dict[str, float]:
    """The knowledge-base words that ``word`` (folded) is, heads, or inflects, with a strength each."""
    out = {word: 1.0} if word in idx.postings else {}
    if len(word) >= 5:
        for cand in idx.by_head.get(word, ()):
            out.setdefault(cand, cfg.compound_head)
        for cand in idx.inflections_of(word):
            out.setdefault(cand, 0.9)
    return out


class _Scored(NamedTuple):
    total: np.ndarray          # per scored chunk (all, or ``rows``)
    dense: np.ndarray
    lexical: np.ndarray
    vector: np.ndarray
    rows: np.ndarray | None    # which chunks were scored (None: all, in index order)
    all_lexical: np.ndarray    # word coverage of every chunk


def _respell(text: str, spelled: dict[str, str]) -> str:
    """The message with its misspelled words replaced, so that its embedding means what was meant."""
    for word, right in spelled.items():
        if right != word:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", right, text, flags=re.I)
    return text


