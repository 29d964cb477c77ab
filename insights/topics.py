"""Topics: clusters of similar follower messages, named by their most typical words and message, stable over days.

Discovery (`refresh_topics`, daily in ``tandem run``): the messages of the last ``DISCOVERY_DAYS`` days,
deduplicated by text (the newest ``MAX_DISCOVERY_TEXTS`` distinct texts; each weighs as often as it was sent),
are clustered with scikit-learn's `AgglomerativeClustering` on their sentence embeddings (the knowledge base's
multilingual encoder, so "Wo ist mein Paket?" and "Where is my parcel?" meet), average linkage on cosine
distance cut at ``1 − CLUSTER_SIMILARITY``. Agglomerative clustering needs no number of topics up front, which
nobody could know for a brand, and average linkage keeps a cluster's members close to each other, not chained.

Stability: the new clusters are matched to the topics already stored by their centroids (Hungarian assignment,
`scipy.optimize.linear_sum_assignment`); a pair at least ``MATCH_SIMILARITY`` alike keeps the old topic's id,
so a topic's history and alerts stay with it from one day to the next. Unmatched clusters become new topics;
stored topics nobody matched are retired (kept, inactive: history keeps their names).

Assignment (`assign`): a message belongs to the active topic whose centroid is most similar, if at least
``ASSIGN_SIMILARITY``; otherwise to none ("not yet clustered", which the early warning watches as one more
series, so a brand-new subject such as a recall is not missed until the next discovery).

Names: the cluster's three most distinctive words by class-based TF-IDF (each cluster's texts as one document,
scikit-learn's `TfidfVectorizer`, the project's German and English stop words), and its most typical message
(the member nearest the centroid).
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from insights.tables import InsightMessage, Topic, now
from knowledge.embedder import unit_length
from knowledge.text import STOPWORDS, fold

log = logging.getLogger(__name__)

DISCOVERY_DAYS = 14          # two weekly cycles: weekend subjects are in, a fortnight-old wave has faded
MAX_DISCOVERY_TEXTS = 4000   # distinct texts clustered (O(n²) memory: 4000² distances ≈ 64 MB)
CLUSTER_SIMILARITY = 0.50    # average cosine within a cluster; USE paraphrases score 0.6–0.9, unrelated < 0.4
MIN_TOPIC_SHARE = 0.002      # a cluster smaller than 0.2 % of the messages (and …)
MIN_TOPIC_MESSAGES = 5       # … than 5 messages is noise, not a topic
MATCH_SIMILARITY = 0.80      # yesterday's centroid this alike to today's is the same topic
ASSIGN_SIMILARITY = 0.45     # a message this close to a topic's centroid belongs to it
LABEL_WORDS = 3


def vector(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32)


@dataclass
class TopicSet:
    """The active topics' ids, labels and unit centroids, for assigning messages."""
    ids: list[int]
    labels: list[str]
    centroids: np.ndarray

    @classmethod
    def load(cls, session: Session) -> "TopicSet":
        topics = list(session.scalars(select(Topic).where(Topic.active.is_(True)).order_by(Topic.id)))
        if not topics:
            return cls([], [], np.zeros((0, 1), dtype=np.float32))
        return cls([t.id for t in topics], [t.label for t in topics],
                   unit_length(np.vstack([vector(t.centroid) for t in topics])))

    def assign(self, vectors: np.ndarray, min_similarity: float = ASSIGN_SIMILARITY) -> list[int | None]:
        """The nearest topic's id per row of ``vectors``, or None below ``min_similarity``."""
        if not self.ids or len(vectors) == 0:
            return [None] * len(vectors)
        sims = unit_length(np.asarray(vectors, dtype=np.float32)) @ self.centroids.T
        best = sims.argmax(axis=1)
        return [self.ids[j] if sims[i, j] >= min_similarity else None for i, j in enumerate(best)]


def assign_new(session: Session, embedder: Any = None, batch: int = 5000, since: datetime | None = None) -> int:
    """Give unassigned messages of the discovery window a topic (those near none stay unassigned); returns how many
    got one. Messages recorded without an embedding (the encoder was busy or failed) are embedded here."""
    topics = TopicSet.load(session)
    if not topics.ids:
        return 0
    since = since or now() - timedelta(days=DISCOVERY_DAYS)
    assigned, last_id = 0, 0
    while True:
        rows = list(session.scalars(select(InsightMessage).where(
            InsightMessage.topic_id.is_(None), InsightMessage.at >= since, InsightMessage.id > last_id)
            .order_by(InsightMessage.id).limit(batch)))
        if not rows:
            break
        last_id = rows[-1].id
        _embed_missing(rows, embedder)
        usable = [r for r in rows if r.embedding is not None]
        for row, topic in zip(usable, topics.assign(np.vstack([vector(r.embedding) for r in usable]))
                              if usable else []):
            if topic is not None:
                row.topic_id = topic
                assigned += 1
        session.commit()
    return assigned


def _embed_missing(rows: list[InsightMessage], embedder: Any) -> None:
    missing = [r for r in rows if r.embedding is None and r.text.strip()]
    if not missing:
        return
    if embedder is None:
        from knowledge.embedder import get_embedder

        embedder = get_embedder()
    for row, vec in zip(missing, embedder.embed([r.text for r in missing])):
        row.embedding = np.asarray(vec, dtype=np.float32).tobytes()


@dataclass
class Cluster:
    texts: list[str]           # distinct texts, most frequent first
    weights: list[int]         # how often each was sent
    centroid: np.ndarray
    example: str
    words: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(self.weights)

    @property
    def label(self) -> str:
        return " · ".join(self.words) if self.words else self.example[:80]


@dataclass
class Refresh:
    clusters: int
    kept: int
    created: int
    retired: int
    messages: int
    assigned: int


def discover(texts: list[str], vectors: np.ndarray, weights: list[int],
             similarity: float = CLUSTER_SIMILARITY) -> list[Cluster]:
    """Cluster distinct texts (rows of ``vectors``) into topics; noise (small clusters) is dropped."""
    from sklearn.cluster import AgglomerativeClustering

    if len(texts) < 2:
        return []
    unit = unit_length(np.asarray(vectors, dtype=np.float32))
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=1.0 - similarity).fit_predict(unit)
    total = sum(weights)
    minimum = max(MIN_TOPIC_MESSAGES, MIN_TOPIC_SHARE * total)
    clusters: list[Cluster] = []
    for label in np.unique(labels):
        idx = np.flatnonzero(labels == label)
        size = sum(weights[i] for i in idx)
        if size < minimum:
            continue
        w = np.asarray([weights[i] for i in idx], dtype=np.float32)[:, None]
        centroid = unit_length((unit[idx] * w).sum(axis=0))
        nearest = idx[int(np.argmax(unit[idx] @ centroid))]
        order = sorted(idx, key=lambda i: -weights[i])
        clusters.append(Cluster(texts=[texts[i] for i in order], weights=[weights[i] for i in order],
                                centroid=centroid, example=texts[nearest]))
    _name(clusters)
    return sorted(clusters, key=lambda c: -c.size)


def _name(clusters: list[Cluster]) -> None:
    """Class-based TF-IDF: a word frequent in this cluster and rare in the others names it."""
    if not clusters:
        return
    from sklearn.feature_extraction.text import TfidfVectorizer

    documents = [" ".join(" ".join([t] * min(w, 20)) for t, w in zip(c.texts, c.weights)) for c in clusters]
    vectoriser = TfidfVectorizer(preprocessor=fold, token_pattern=r"(?u)\b[^\W\d_]{3,}\b",
                                 stop_words=sorted({fold(w) for w in STOPWORDS}), sublinear_tf=True)
    try:
        matrix = vectoriser.fit_transform(documents)
    except ValueError:                    # only stop words: name by the typical message
        return
    vocabulary = np.asarray(vectoriser.get_feature_names_out())
    for cluster, row in zip(clusters, matrix.toarray()):
        top = [i for i in np.argsort(-row)[:LABEL_WORDS] if row[i] > 0]
        cluster.words = [str(w) for w in vocabulary[top]]


def match(old: np.ndarray, new: np.ndarray, min_similarity: float = MATCH_SIMILARITY) -> dict[int, int]:
    """new index → old index for pairs of centroids at least ``min_similarity`` alike, one-to-one, best total."""
    from scipy.optimize import linear_sum_assignment

    if len(old) == 0 or len(new) == 0:
        return {}
    sims = unit_length(new) @ unit_length(old).T
    rows, cols = linear_sum_assignment(-sims)
    return {int(r): int(c) for r, c in zip(rows, cols) if sims[r, c] >= min_similarity}


def refresh_topics(session: Session, embedder: Any = None, at: datetime | None = None) -> Refresh:
    """Re-cluster the recent messages, keep the ids of topics that are still there, and re-assign the window."""
    at = at or now()
    since = at - timedelta(days=DISCOVERY_DAYS)
    window = (InsightMessage.at >= since, InsightMessage.at <= at)
    missing = list(session.scalars(select(InsightMessage).where(*window, InsightMessage.embedding.is_(None))))
    _embed_missing(missing, embedder)
    session.commit()
    rows = session.execute(select(InsightMessage.id, InsightMessage.text, InsightMessage.embedding)
                           .where(*window, InsightMessage.embedding.is_not(None))
                           .order_by(InsightMessage.id.desc())).all()
    counts: Counter[str] = Counter()
    vectors: dict[str, np.ndarray] = {}
    for _, text, blob in rows:
        if text.strip():
            counts[text] += 1
            if text not in vectors:
                vectors[text] = vector(blob)
    distinct = list(vectors)[:MAX_DISCOVERY_TEXTS]         # rows are newest first, so these are the newest
    clusters = discover(distinct, np.vstack([vectors[t] for t in distinct]) if distinct else np.zeros((0, 1)),
                        [counts[t] for t in distinct])
    stored = list(session.scalars(select(Topic).where(Topic.active.is_(True)).order_by(Topic.id)))
    pairs = match(np.vstack([vector(t.centroid) for t in stored]) if stored else np.zeros((0, 1)),
                  np.vstack([c.centroid for c in clusters]) if clusters else np.zeros((0, 1)))
    kept_ids: set[int] = set()
    for i, cluster in enumerate(clusters):
        if i in pairs:
            topic = stored[pairs[i]]
            kept_ids.add(topic.id)
        else:
            topic = Topic(created_at=at)
            session.add(topic)
        topic.label, topic.words, topic.example = cluster.label[:200], cluster.words, cluster.example
        topic.centroid = cluster.centroid.astype(np.float32).tobytes()
        topic.size, topic.active, topic.updated_at = cluster.size, True, at
    retired = [t for t in stored if t.id not in kept_ids]
    for topic in retired:
        topic.active = False
    session.commit()
    session.execute(update(InsightMessage).where(*window).values(topic_id=None)
                    .execution_options(synchronize_session=False))
    topics = TopicSet.load(session)
    assigned = 0
    if rows and topics.ids:
        chosen = topics.assign(np.vstack([vector(blob) for _, _, blob in rows]))
        params = [{"rid": rid, "tid": tid} for (rid, _, _), tid in zip(rows, chosen) if tid is not None]
        if params:
            session.connection().execute(update(InsightMessage.__table__)
                                         .where(InsightMessage.__table__.c.id == bindparam("rid"))
                                         .values(topic_id=bindparam("tid")), params)
        assigned = len(params)
    session.commit()
    result = Refresh(clusters=len(clusters), kept=len(kept_ids), created=len(clusters) - len(kept_ids),
                     retired=len(retired), messages=len(rows), assigned=assigned)
    log.info("topics: %s", result)
    return result


def aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)
