"""Load, validate and compile ``handoff/rules.yml``.

Staff edit the YAML, not the code, so a mistake there must fail loudly at start-up with the file and
the key that is wrong ("reasons.sarcasm.triggers[1]: unknown group 'positiv'") instead of silently
disabling a reason. Everything expensive (regex compilation, the typo index) happens here, once.

Phrase syntax in the YAML (matched after folding, see ``normalize.fold``):

* ``anwalt*`` / ``*anwalt`` / ``*anwalt*``: any word ending / starting / containing the stem;
* ``mit ... sprechen``: ``...`` skips up to ``settings.max_gap_words`` words;
* ``$``: a clause boundary (sentence end, comma, colon, dash, emoji, start or end of the message), so
  ``ich will nicht mehr $`` matches "Ich will nicht mehr." but not "Ich will nicht mehr den Newsletter";
  ``...`` never skips across a boundary in a phrase that uses ``$``;
* an entry without letters or digits (``👏``, ``!!!``, ``:(``) is looked up in the raw text;
* ``re:<regex>``: a raw regular expression over the folded text (words separated by single spaces,
  padded with one space at each end) for the rare case the phrase syntax cannot express.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from .normalize import Speller, clean_raw, fold, spells_umlauts

REASONS = ("safety", "legal", "emotional", "sarcasm", "human_request", "privacy_request", "complex",
           "repeated_failure")
LANGS = ("de", "en")
SIGNALS = ("caps", "exclaim", "question", "trend", "embedding", "followup", "long",
           # conversation signals (handoff/conversation.py)
           "bot_declined", "bot_answered", "bot_repeated", "user_repeats", "worsening", "long_conversation")
DEFAULT_PATH = Path(__file__).with_name("rules.yml")

_SETTINGS_DEFAULTS: dict[str, Any] = {
    "max_chars": 4000,
    "max_gap_words": 3,
    "typo_min_length": 6,
    "caps_min_letters": 12,
    "caps_ratio": 0.7,
    "exclaim_run": 3,
    "trend_reason": "emotional",
    "trend_window": 3,
    "trend_min_turns": 2,
    "trend_min_total": 4,
    "embedding_enabled": True,
    "embedding_max_chars": 300,
    "embedding_min_words": 3,
    "long_message_words": 40,
    "conversation_signals": True,
    "bot_repeat_overlap": 0.8,
    "worsening_turns": 3,
    "worsening_min_rise": 2,
    "long_conversation_turns": 6,
}


class RulesError(ValueError):
    """The rules file is missing, not YAML, or does not have the expected shape."""


@dataclass(frozen=True)
class PhraseIndex:
    """The phrases of one group and language, indexed by their first word.

    Why: one big regex alternation is tried at every position of the message, which made matching
    ~1.5 ms per message; looking up which phrases can even start here (a dict hit per message word)
    and running only those keeps it well under that.
    """

    patterns: tuple[re.Pattern[str], ...]                        # longest phrase first
    clausal: frozenset[int]                                       # pattern numbers matched on clause-marked text
    exact: Mapping[str, tuple[int, ...]]                          # first word -> pattern numbers
    prefix: Mapping[str, tuple[tuple[str, int], ...]]             # first 3 letters -> (stem, number)
    always: tuple[int, ...]                                       # cannot be indexed (re:, *suffix)

    def candidates(self, tokens: frozenset[str]) -> list[int]:
        found = set(self.always)
        for tok in tokens:
            hit = self.exact.get(tok)
            if hit:
                found.update(hit)
            for stem, number in self.prefix.get(tok[:3], ()):
                if tok.startswith(stem):
                    found.add(number)
        return sorted(found)


@dataclass(frozen=True)
class Group:
    """A named word list, compiled per language (``any`` entries are merged into each language)."""

    name: str
    label: str
    phrases: Mapping[str, PhraseIndex]         # lang -> phrases over folded words
    symbols: Mapping[str, tuple[str, ...]]     # lang -> emoji / punctuation looked up in raw text

    def find(self, words: str, raw: str, lang: str, tokens: frozenset[str] | None = None,
             clauses: str | None = None) -> str | None:
        """Return the first matching phrase (for the explanation) or None.

        ``words`` is the folded message padded with spaces; ``tokens`` its set of words (computed
        once per message by the caller; derived here when not given); ``clauses`` the same words with
        " . " at clause boundaries (``Normalized.clauses``), for phrases that use ``$``.
        """
        index = self.phrases.get(lang)
        if index is not None and index.patterns:
            marked = clauses if clauses is not None else " ." + words + ". "
            for number in index.candidates(tokens if tokens is not None else frozenset(words.split())):
                m = index.patterns[number].search(marked if number in index.clausal else words)
                if m:
                    return " ".join(m.group(0).replace(" . ", " ").split()).strip(" .")
        for sym in self.symbols.get(lang, ()):
            if sym in raw:
                return sym
        return None


@dataclass(frozen=True)
class Trigger:
    """Fires when all ``all`` names match, none of ``none`` match and, if set, ``at_least`` of ``of`` match.

    ``in_conversation``: ``of`` names may also have matched in earlier user messages (problems that
    pile up over several turns), as long as at least one matches in the current message.
    """

    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    at_least: int = 0
    in_conversation: bool = False


@dataclass(frozen=True)
class ReasonRule:
    name: str
    priority: int
    triggers: tuple[Trigger, ...] = ()
    score: Mapping[str, float] = field(default_factory=dict)
    threshold: float | None = None
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    embedding_fire_at: float | None = None   # similarity to this reason's examples that fires alone
    embedding_score_at: float | None = None  # similarity that turns on the `embedding` score signal
    embedding_gate: str | None = None         # group that must match before similarity is computed at all
    options: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True                      # false switches the reason's rule checks off (the model may still fire it)


@dataclass(frozen=True)
class ModelSettings:
    """The ``model:`` section: the learned detector (``handoff/model.py``) and which reasons it decides."""

    enabled: bool = False
    file: Path | None = None
    thresholds: Mapping[str, float] = field(default_factory=dict)   # reason -> probability that fires it
    keep_rules: frozenset[str] = frozenset()                          # learned reasons whose rules also stay on
    trend_mean_at: float = 1.0            # mean probability over the last turns that fires the reason ...
    trend_floor: float = 1.0              # ... when the current turn is at least this likely on its own
    trend_window: int = 3
    trend_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class TurnModelSettings:
    """The ``turn_model:`` section: the hand-over model learned from many companies' turns
    (``handoff/turn_model.py``, trained by ``handoff/train_turns.py``). Off unless ``enabled``."""

    enabled: bool = False
    file: Path | None = None
    threshold: float | None = None        # overrides the threshold stored in the file
    checks: tuple[str, ...] = ()          # the file's learned checks that hand over for their reason on their own
    check_thresholds: Mapping[str, float] = field(default_factory=dict)   # override the file's thresholds
    check_vetoes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # phrase groups that stop a check


@dataclass(frozen=True)
class SecondOpinionSettings:
    """The ``second_opinion:`` section: when an LLM endpoint is configured, which borderline messages it sees."""

    enabled: bool = False
    low: float = 1.0                      # a learned reason's probability from which a message counts as borderline
    reasons: tuple[str, ...] = ()         # the learned reasons whose probability is looked at
    answers: tuple[str, ...] = ()         # the reasons the LLM may answer with (besides "none")
    timeout_s: float = 3.0
    turn_low: float = 1.0                 # with the turn model on: its probability from which a message is borderline


@dataclass(frozen=True)
class Rules:
    path: Path
    settings: Mapping[str, Any]
    groups: Mapping[str, Group]
    reasons: Mapping[str, ReasonRule]
    token_map: Mapping[str, Mapping[str, str]]
    spellers: Mapping[str, Speller]
    safety_replies: Mapping[str, Mapping[str, str]]
    self_harm_groups: frozenset[str] = frozenset()
    model: ModelSettings = field(default_factory=ModelSettings)
    second_opinion: SecondOpinionSettings = field(default_factory=SecondOpinionSettings)
    turn_model: TurnModelSettings = field(default_factory=TurnModelSettings)

    def priority(self, reason: str) -> int:
        return self.reasons[reason].priority


# ---------------------------------------------------------------- compiling phrases

def _token_regex(token: str, token_map: Mapping[str, str]) -> str:
    if token == "$":
        return r"\."
    alternatives = []
    for alt in token.split("|"):
        core = alt.strip("*")
        if not core or "*" in core:
            raise ValueError(f"'*' only at the start or end of a word, got {alt!r}")
        left = r"[a-z0-9]*" if alt.startswith("*") else ""
        right = r"[a-z0-9]*" if alt.endswith("*") else ""
        alternatives.append(left + re.escape(token_map.get(core, core) if not (left or right) else core) + right)
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_CLAUSAL = r"\."  # what ``$`` compiles to; a pattern containing it is matched on ``Normalized.clauses``


def phrase_regex(phrase: str, token_map: Mapping[str, str], max_gap: int, spelled_umlauts: bool = True) -> str | None:
    """Regex source for one YAML phrase over folded words (folded as its language's messages are, see
    `handoff.normalize.fold`); None when it is a raw-text symbol."""
    if phrase.startswith("re:"):
        return phrase[3:]
    if not any(ch.isalnum() for ch in phrase):
        return None  # emoji / punctuation / currency sign ("$" alone is a dollar, not a clause end)
    parts = []
    for chunk in phrase.split("..."):
        tokens = fold(chunk, keep_wildcards=True, spelled_umlauts=spelled_umlauts).split()
        plain = {t for t in tokens if "|" not in t}
        for tok in tokens:
            repeated = sorted(set(tok.split("|")) & plain) if "|" in tok else []
            if repeated:  # "not here|not around" means "not" + "here"/"not" + "around"
                raise ValueError(f"'|' separates single words, but {tok!r} repeats {repeated[0]!r} from the same "
                                 "phrase; write one entry per wording instead")
        if tokens:
            parts.append(" ".join(_token_regex(t, token_map) for t in tokens))
    if not parts:
        return None
    gap = r"(?: [a-z0-9]+){0,%d} " % max_gap
    return r"(?<= )" + gap.join(parts) + r"(?= )"


def _anchors(phrase: str, token_map: Mapping[str, str], spelled_umlauts: bool = True) -> list[tuple[str, str]] | None:
    """How a phrase can start: [("exact", word) | ("prefix", stem)], or None if it cannot be indexed."""
    if phrase.startswith("re:"):
        return None
    tokens = [t for t in fold(phrase.split("...")[0], keep_wildcards=True, spelled_umlauts=spelled_umlauts).split()
              if t != "$"]
    if not tokens:
        return None
    out = []
    for alt in tokens[0].split("|"):
        if alt.startswith("*"):
            return None
        if alt.endswith("*"):
            stem = alt.rstrip("*")
            if len(stem) < 3:
                return None
            out.append(("prefix", stem))
        else:
            out.append(("exact", token_map.get(alt, alt)))
    return out


def _index(sources: list[tuple[str, list[tuple[str, str]] | None]]) -> PhraseIndex:
    ordered = sorted(sources, key=lambda item: len(item[0]), reverse=True)
    clausal = frozenset(n for n, (src, _) in enumerate(ordered) if _CLAUSAL in src)
    exact: dict[str, list[int]] = {}
    prefix: dict[str, list[tuple[str, int]]] = {}
    always: list[int] = []
    for number, (_, anchors) in enumerate(ordered):
        if anchors is None:
            always.append(number)
            continue
        for kind, value in anchors:
            if kind == "exact":
                # a mapped word may expand to several ("im" -> "i am"); index its first word
                exact.setdefault(value.split()[0] if value else value, []).append(number)
            else:
                prefix.setdefault(value[:3], []).append((value, number))
    return PhraseIndex(patterns=tuple(re.compile(src) for src, _ in ordered), clausal=clausal,
                       exact={k: tuple(v) for k, v in exact.items()},
                       prefix={k: tuple(v) for k, v in prefix.items()},
                       always=tuple(always))


def _vocabulary(phrase: str, token_map: Mapping[str, str], spelled_umlauts: bool = True) -> list[str]:
    """Words and stems of a phrase: the typo corrector pulls misspelt message words towards these."""
    if phrase.startswith("re:"):
        return []
    tokens = fold(phrase.replace("...", " ").replace("$", " "), keep_wildcards=True,
                  spelled_umlauts=spelled_umlauts).replace("|", " ").split()
    # a stem ("kaputt*") is a word too: "kaputtt" and "kaptutt" should still reach it
    return [token_map.get(t, t) if "*" not in t else t.strip("*") for t in tokens]


# ---------------------------------------------------------------- validation helpers

def _fail(path: Path, where: str, message: str) -> RulesError:
    return RulesError(f"{path}: {where}: {message}")


def _expect(value: Any, kind: type | tuple[type, ...], path: Path, where: str) -> Any:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        names = " or ".join(k.__name__ for k in kinds)
        raise _fail(path, where, f"expected {names}, got {type(value).__name__} ({value!r:.60})")
    return value


def _probability(value: Any, path: Path, where: str) -> float:
    """A number between 0 and 1 (a probability or a threshold on one)."""
    number = float(_expect(value, (int, float), path, where))
    if not 0 <= number <= 1:
        raise _fail(path, where, "must be between 0 and 1")
    return number


def _string_list(value: Any, path: Path, where: str) -> list[str]:
    if value is None:
        return []
    _expect(value, list, path, where)
    for i, item in enumerate(value):
        _expect(item, str, path, f"{where}[{i}]")
    return value


def _compile_group(name: str, spec: Any, token_map: Mapping[str, Mapping[str, str]], max_gap: int,
                   path: Path, vocab: dict[str, set[str]]) -> Group:
    where = f"groups.{name}"
    if isinstance(spec, list):
        spec = {"any": spec}
    _expect(spec, dict, path, where)
    unknown = set(spec) - {"label", "any", *LANGS}
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)} (allowed: label, any, {', '.join(LANGS)})")
    label = spec.get("label", name.replace("_", " "))
    _expect(label, str, path, f"{where}.label")
    entries = {key: _string_list(spec.get(key), path, f"{where}.{key}") for key in ("any", *LANGS)}
    phrases: dict[str, PhraseIndex] = {}
    symbols: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        sources: list[tuple[str, list[tuple[str, str]] | None]] = []
        syms: list[str] = []
        spelled = spells_umlauts(lang)
        for key in ("any", lang):
            tmap = token_map.get(lang, {})
            for i, phrase in enumerate(entries[key]):
                try:
                    src = phrase_regex(phrase.strip(), tmap, max_gap, spelled)
                    if src is not None:
                        re.compile(src)
                except (re.error, ValueError) as exc:
                    raise _fail(path, f"{where}.{key}[{i}]", f"bad phrase {phrase!r}: {exc}") from None
                squeezed = [alt for alt in phrase.strip().split("|") if " " not in alt.strip()
                            and len(fold(alt, keep_wildcards=True).strip("*")) < 2 <= len(alt.strip().strip("*"))]
                if src is not None and squeezed:
                    # folding squeezes repeated letters ("soooo" → "so"): "bbb" became "b" and matched every "B"
                    raise _fail(path, f"{where}.{key}[{i}]", f"phrase {phrase!r} folds to a single letter "
                                f"({squeezed[0]!r}) and would match any word of that letter")
                if src is None:
                    sym = clean_raw(phrase.strip())
                    if not sym:
                        raise _fail(path, f"{where}.{key}[{i}]", "empty phrase")
                    syms.append(sym)
                else:
                    sources.append((src, _anchors(phrase.strip(), tmap, spelled)))
                    vocab[lang].update(_vocabulary(phrase, tmap, spelled))
        phrases[lang] = _index(sources)
        symbols[lang] = tuple(syms)
    return Group(name=name, label=label, phrases=phrases, symbols=symbols)


def _names(value: Any, known: set[str], path: Path, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    names = _string_list(value, path, where)
    for i, n in enumerate(names):
        if n not in known:
            raise _fail(path, f"{where}[{i}]", f"unknown group or signal {n!r}")
    return tuple(names)


def _compile_trigger(spec: Any, known: set[str], path: Path, where: str) -> Trigger:
    if isinstance(spec, (str, list)):
        return Trigger(all=_names(spec, known, path, where))
    _expect(spec, dict, path, where)
    unknown = set(spec) - {"all", "none", "of", "at_least", "in_conversation"}
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)} (allowed: all, none, of, at_least, in_conversation)")
    trig = Trigger(
        all=_names(spec.get("all", []), known, path, f"{where}.all"),
        none=_names(spec.get("none", []), known, path, f"{where}.none"),
        of=_names(spec.get("of", []), known, path, f"{where}.of"),
        at_least=_expect(spec.get("at_least", 1 if "of" in spec else 0), int, path, f"{where}.at_least"),
        in_conversation=_expect(spec.get("in_conversation", False), bool, path, f"{where}.in_conversation"),
    )
    if not trig.all and not trig.of:
        raise _fail(path, where, "a trigger needs 'all' or 'of'")
    return trig


def _compile_reason(name: str, spec: Any, priority: int, known: set[str], path: Path) -> ReasonRule:
    where = f"reasons.{name}"
    _expect(spec, dict, path, where)
    allowed = {"enabled", "triggers", "score", "threshold", "examples", "embedding", "options"}
    unknown = set(spec) - allowed
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(allowed))})")
    triggers = tuple(_compile_trigger(t, known, path, f"{where}.triggers[{i}]")
                     for i, t in enumerate(_expect(spec.get("triggers", []), list, path, f"{where}.triggers")))
    score = _expect(spec.get("score", {}), dict, path, f"{where}.score")
    for key, weight in score.items():
        _names(key, known, path, f"{where}.score")
        _expect(weight, (int, float), path, f"{where}.score.{key}")
    threshold = spec.get("threshold")
    if score and threshold is None:
        raise _fail(path, where, "'score' needs a 'threshold'")
    if threshold is not None:
        _expect(threshold, (int, float), path, f"{where}.threshold")
    examples_spec = _expect(spec.get("examples", {}), dict, path, f"{where}.examples")
    examples = {}
    for lang, items in examples_spec.items():
        if lang not in LANGS:
            raise _fail(path, f"{where}.examples", f"unknown language {lang!r}")
        examples[lang] = tuple(_string_list(items, path, f"{where}.examples.{lang}"))
    emb = _expect(spec.get("embedding", {}) or {}, dict, path, f"{where}.embedding")
    unknown = set(emb) - {"fire_at", "score_at", "gate"}
    if unknown:
        raise _fail(path, f"{where}.embedding", f"unknown keys {sorted(unknown)} (allowed: fire_at, score_at, gate)")
    for key in ("fire_at", "score_at"):
        if emb.get(key) is not None:
            _expect(emb[key], (int, float), path, f"{where}.embedding.{key}")
    gate = emb.get("gate")
    if gate is not None:
        _names(gate, known, path, f"{where}.embedding.gate")
    if emb and not examples:
        raise _fail(path, f"{where}.embedding", "similarity thresholds need 'examples'")
    options = _expect(spec.get("options", {}) or {}, dict, path, f"{where}.options")
    return ReasonRule(name=name, priority=priority, triggers=triggers, score=dict(score), threshold=threshold,
                      examples=examples, embedding_fire_at=emb.get("fire_at"),
                      embedding_score_at=emb.get("score_at"), embedding_gate=gate, options=dict(options),
                      enabled=_expect(spec.get("enabled", True), bool, path, f"{where}.enabled"))


def _compile_model(spec: Any, path: Path) -> ModelSettings:
    """``model: {enabled, file, reasons: {name: {threshold, keep_rules}}, trend: {...}}``."""
    if spec is None:
        return ModelSettings()
    _expect(spec, dict, path, "model")
    unknown = set(spec) - {"enabled", "file", "reasons", "trend"}
    if unknown:
        raise _fail(path, "model", f"unknown keys {sorted(unknown)} (allowed: enabled, file, reasons, trend)")
    file = spec.get("file")
    if file is not None:
        file = (path.parent / _expect(file, str, path, "model.file")).resolve()
    thresholds: dict[str, float] = {}
    keep: set[str] = set()
    reasons = _expect(spec.get("reasons") or {}, dict, path, "model.reasons")
    for name, item in reasons.items():
        if name not in REASONS:
            raise _fail(path, "model.reasons", f"unknown reason {name!r}")
        item = _expect(item or {}, dict, path, f"model.reasons.{name}")
        unknown = set(item) - {"threshold", "keep_rules"}
        if unknown:
            raise _fail(path, f"model.reasons.{name}", f"unknown keys {sorted(unknown)} (allowed: threshold, keep_rules)")
        if item.get("threshold") is not None:
            thresholds[name] = float(_expect(item["threshold"], (int, float), path, f"model.reasons.{name}.threshold"))
        if _expect(item.get("keep_rules", False), bool, path, f"model.reasons.{name}.keep_rules"):
            keep.add(name)
    trend = _expect(spec.get("trend") or {}, dict, path, "model.trend")
    unknown = set(trend) - {"reasons", "window", "mean_at", "floor"}
    if unknown:
        raise _fail(path, "model.trend", f"unknown keys {sorted(unknown)} (allowed: reasons, window, mean_at, floor)")
    trend_reasons = _names(trend.get("reasons", []), set(REASONS), path, "model.trend.reasons")
    return ModelSettings(
        enabled=_expect(spec.get("enabled", True), bool, path, "model.enabled"), file=file,
        thresholds=thresholds, keep_rules=frozenset(keep),
        trend_mean_at=float(_expect(trend.get("mean_at", 1.0), (int, float), path, "model.trend.mean_at")),
        trend_floor=float(_expect(trend.get("floor", 1.0), (int, float), path, "model.trend.floor")),
        trend_window=_expect(trend.get("window", 3), int, path, "model.trend.window"),
        trend_reasons=trend_reasons)


def _compile_turn_model(spec: Any, path: Path) -> TurnModelSettings:
    """``turn_model: {enabled, file, threshold, checks, check_thresholds, check_vetoes}``."""
    if spec is None:
        return TurnModelSettings()
    _expect(spec, dict, path, "turn_model")
    allowed = {"enabled", "file", "threshold", "checks", "check_thresholds", "check_vetoes"}
    unknown = set(spec) - allowed
    if unknown:
        raise _fail(path, "turn_model", f"unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(allowed))})")
    file = spec.get("file")
    if file is not None:
        file = (path.parent / _expect(file, str, path, "turn_model.file")).resolve()
    threshold = spec.get("threshold")
    if threshold is not None:
        threshold = _probability(threshold, path, "turn_model.threshold")
    checks = tuple(_expect(spec.get("checks") or [], list, path, "turn_model.checks"))
    overrides = _expect(spec.get("check_thresholds") or {}, dict, path, "turn_model.check_thresholds")
    vetoes = _expect(spec.get("check_vetoes") or {}, dict, path, "turn_model.check_vetoes")
    for key, reasons in (("checks", checks), ("check_thresholds", tuple(overrides)),
                         ("check_vetoes", tuple(vetoes))):
        for reason in reasons:
            if reason not in REASONS:
                raise _fail(path, f"turn_model.{key}", f"unknown reason {reason!r} (one of {', '.join(REASONS)})")
    check_thresholds = {}
    for reason, value in overrides.items():
        where = f"turn_model.check_thresholds.{reason}"
        check_thresholds[reason] = _probability(value, path, where)
        if check_thresholds[reason] < 0.5:   # turn_data.CHECK_FLOOR: a check hands over on its own
            raise _fail(path, where, "must be at least 0.5: a check hands over on its own")
    check_vetoes = {}
    for reason, names in vetoes.items():
        check_vetoes[reason] = tuple(_expect(name, str, path, f"turn_model.check_vetoes.{reason}")
                                     for name in _expect(names, list, path, f"turn_model.check_vetoes.{reason}"))
    return TurnModelSettings(enabled=_expect(spec.get("enabled", False), bool, path, "turn_model.enabled"),
                             file=file, threshold=threshold, checks=checks, check_thresholds=check_thresholds,
                             check_vetoes=check_vetoes)


def _compile_second_opinion(spec: Any, path: Path) -> SecondOpinionSettings:
    """``second_opinion: {enabled, low, reasons, answers, timeout_s, turn_low}``."""
    if spec is None:
        return SecondOpinionSettings()
    _expect(spec, dict, path, "second_opinion")
    allowed = {"enabled", "low", "reasons", "answers", "timeout_s", "turn_low"}
    unknown = set(spec) - allowed
    if unknown:
        raise _fail(path, "second_opinion", f"unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(allowed))})")
    low = _probability(spec.get("low", 0.2), path, "second_opinion.low")
    timeout = float(_expect(spec.get("timeout_s", 3.0), (int, float), path, "second_opinion.timeout_s"))
    turn_low = _probability(spec.get("turn_low", 1.0), path, "second_opinion.turn_low")
    if timeout <= 0:
        raise _fail(path, "second_opinion.timeout_s", "must be > 0")
    return SecondOpinionSettings(
        enabled=_expect(spec.get("enabled", True), bool, path, "second_opinion.enabled"), low=low,
        reasons=_names(spec.get("reasons", []), set(REASONS), path, "second_opinion.reasons"),
        answers=_names(spec.get("answers", []), set(REASONS), path, "second_opinion.answers"), timeout_s=timeout,
        turn_low=turn_low)


def _check_reason_keys(mapping: Mapping[str, Any], path: Path, where: str) -> None:
    missing = [r for r in REASONS if r not in mapping]
    extra = [r for r in mapping if r not in REASONS]
    if missing or extra:
        raise _fail(path, where, f"must list exactly {', '.join(REASONS)}"
                    + (f"; missing {missing}" if missing else "") + (f"; unknown {extra}" if extra else ""))


def _resolve_includes(groups: dict[str, Any], path: Path) -> dict[str, Any]:
    """Expand ``include: [other, ...]`` so e.g. ``complaint`` can reuse every ``problem_*`` list."""
    resolved: dict[str, Any] = {}

    def resolve(name: str, stack: tuple[str, ...]) -> Any:
        if name in resolved:
            return resolved[name]
        spec = groups[name]
        if isinstance(spec, list):
            spec = {"any": spec}
        if not isinstance(spec, dict) or "include" not in spec:
            resolved[name] = spec
            return spec
        merged = {k: v for k, v in spec.items() if k != "include"}
        for i, other in enumerate(_string_list(spec["include"], path, f"groups.{name}.include")):
            if other not in groups:
                raise _fail(path, f"groups.{name}.include[{i}]", f"unknown group {other!r}")
            if other in stack:
                raise _fail(path, f"groups.{name}.include[{i}]", f"include cycle {' -> '.join(stack + (other,))}")
            sub = resolve(other, stack + (other,))
            _expect(sub, dict, path, f"groups.{other}")
            for key in ("any", *LANGS):
                merged[key] = list(merged.get(key) or []) + list(sub.get(key) or [])
        resolved[name] = merged
        return merged

    for group_name in groups:
        resolve(group_name, (group_name,))
    return resolved


def compile_rules(data: Any, path: Path) -> Rules:
    """Validate the parsed YAML and compile it; raises RulesError naming the offending key."""
    _expect(data, dict, path, "top level")
    allowed = {"version", "settings", "priorities", "typo_exceptions", "token_map", "groups", "reasons", "safety_reply",
               "model", "second_opinion", "turn_model"}
    unknown = set(data) - allowed
    if unknown:
        raise _fail(path, "top level", f"unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(allowed))})")
    for key in ("priorities", "groups", "reasons", "safety_reply"):
        if key not in data:
            raise _fail(path, "top level", f"missing '{key}'")
    settings = dict(_SETTINGS_DEFAULTS)
    given = _expect(data.get("settings") or {}, dict, path, "settings")
    for key, value in given.items():
        if key not in _SETTINGS_DEFAULTS:
            raise _fail(path, "settings", f"unknown setting {key!r} (known: {', '.join(sorted(_SETTINGS_DEFAULTS))})")
        default = _SETTINGS_DEFAULTS[key]
        kind = (int, float) if isinstance(default, (int, float)) and not isinstance(default, bool) else type(default)
        _expect(value, kind, path, f"settings.{key}")
        settings[key] = value

    tmap_spec = _expect(data.get("token_map") or {}, dict, path, "token_map")
    token_map: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for lang, mapping in tmap_spec.items():
        if lang not in LANGS:
            raise _fail(path, "token_map", f"unknown language {lang!r}")
        _expect(mapping, dict, path, f"token_map.{lang}")
        spelled = spells_umlauts(lang)
        for k, v in mapping.items():
            _expect(v, str, path, f"token_map.{lang}.{k}")
            token_map[lang][fold(str(k), spelled_umlauts=spelled)] = fold(v, spelled_umlauts=spelled)

    priorities = _expect(data["priorities"], dict, path, "priorities")
    _check_reason_keys(priorities, path, "priorities")
    for name, value in priorities.items():
        if _expect(value, int, path, f"priorities.{name}") <= 0:
            raise _fail(path, f"priorities.{name}", "must be > 0 (0 means 'no handover')")

    groups_spec = _resolve_includes(_expect(data["groups"], dict, path, "groups"), path)
    vocab: dict[str, set[str]] = {lang: set() for lang in LANGS}
    groups = {name: _compile_group(name, spec, token_map, int(settings["max_gap_words"]), path, vocab)
              for name, spec in groups_spec.items()}
    clash = set(groups) & set(SIGNALS)
    if clash:
        raise _fail(path, "groups", f"group names {sorted(clash)} are reserved")
    known = set(groups) | set(SIGNALS)

    reasons_spec = _expect(data["reasons"], dict, path, "reasons")
    _check_reason_keys(reasons_spec, path, "reasons")
    reasons = {name: _compile_reason(name, reasons_spec[name], priorities[name], known, path) for name in REASONS}
    if settings["trend_reason"] not in REASONS:
        raise _fail(path, "settings.trend_reason", f"unknown reason {settings['trend_reason']!r}")

    replies_spec = _expect(data["safety_reply"], dict, path, "safety_reply")
    unknown = set(replies_spec) - {"self_harm_groups", *LANGS}
    if unknown:
        raise _fail(path, "safety_reply", f"unknown keys {sorted(unknown)} (allowed: self_harm_groups, {', '.join(LANGS)})")
    self_harm_groups = _names(replies_spec.get("self_harm_groups", []), set(groups), path, "safety_reply.self_harm_groups")
    replies: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        entry = _expect(replies_spec.get(lang), dict, path, f"safety_reply.{lang}")
        if "default" not in entry:
            raise _fail(path, f"safety_reply.{lang}", "missing 'default'")
        replies[lang] = {k: _expect(v, str, path, f"safety_reply.{lang}.{k}") for k, v in entry.items()}

    exc_spec = _expect(data.get("typo_exceptions") or {}, dict, path, "typo_exceptions")
    exceptions: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for lang, words in exc_spec.items():
        if lang not in LANGS:
            raise _fail(path, "typo_exceptions", f"unknown language {lang!r}")
        exceptions[lang] = {fold(w, spelled_umlauts=spells_umlauts(lang))
                            for w in _string_list(words, path, f"typo_exceptions.{lang}")}
    spellers = {lang: Speller(vocab[lang], int(settings["typo_min_length"]), exceptions[lang]) for lang in LANGS}
    turn_model = _compile_turn_model(data.get("turn_model"), path)
    for reason, names in turn_model.check_vetoes.items():
        unknown = [n for n in names if n not in groups]
        if unknown:
            raise _fail(path, f"turn_model.check_vetoes.{reason}", f"unknown group {unknown[0]!r}")
    return Rules(path=path, settings=settings, groups=groups, reasons=reasons, token_map=token_map,
                 spellers=spellers, safety_replies=replies, self_harm_groups=frozenset(self_harm_groups),
                 model=_compile_model(data.get("model"), path),
                 second_opinion=_compile_second_opinion(data.get("second_opinion"), path),
                 turn_model=turn_model)


def read_rules(path: str | Path | None = None) -> Rules:
    """Parse and compile a rules file (uncached; use ``load_rules`` in the server)."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rules file: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "?"
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulesError(f"{path}: not valid YAML at {where}: {problem}") from None
    return compile_rules(data, path)


@lru_cache(maxsize=8)
def _load_cached(path: str) -> Rules:
    return read_rules(path)


def load_rules(path: str | Path | None = None) -> Rules:
    """Load the rules once per path and reuse them (the action server calls this per message)."""
    return _load_cached(str(Path(path).resolve() if path is not None else DEFAULT_PATH))


load_rules.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]
