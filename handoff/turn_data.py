"""The turn model's training data and its leave-one-company-out judgement, shared by the bench
(``bench/detector_loco.py``) and the training command (``handoff/train_turns.py``).

Why one module: the shipped model's threshold and figures must be the bench's, so both load the same
turns, pick the threshold the same way and count caught and false cases the same way. The bench imports
this module, never the other way round.

The data: every turn of every case of the tuning companies (``../shared/eval/dev`` and ``eval/*``,
never ``eval/sealed``), played through the rules (their reasons are a feature of the stacked variants), plus
optional extra single-message rows (``load_extra``; JSON lines ``{"id", "company", "lang", "kind", "label",
"text"}``, ``label`` "none" or a reason) whose companies are always on the training side.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np

from . import turn_model as tm
from .detector import Conversation, Detector, UseEmbedder, is_filler
from .rules import LANGS, REASONS, read_rules

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "eval" / "dev"] + sorted(
    p for p in ((ROOT / "eval").iterdir() if (ROOT / "eval").is_dir() else ()) if p.is_dir() and p.name != "sealed")
"""The tuning companies (``eval/sealed`` is never read)."""
# the sets rules.yml's phrase lists were written and tuned on (git log of handoff/rules.yml, 2026-11-25/26);
# the other eight arrived on 2026-12-05 after the lists were written
TUNED_ON = {"dev", "holdout-outdoor", "holdout-energy"}
RESERVED = {tm.PUBLIC, "heldout"}   # company names the bench gives its own rows


def company(path: Path) -> str:
    return path.name


def load_turns(detector: Detector, sets: Iterable[Path] = SETS) -> list[dict]:
    """One row per turn of every case of every set, with the rules' decision and the features' inputs.
    ``label``: the expected reason on a hand-over case's ``handoff_by`` turn, "none" on every turn of a case
    that stays, None (not trained on) on the other turns of a hand-over case."""
    rows = []
    for set_dir in sets:
        for line in (set_dir / "cases.jsonl").open(encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            by = case.get("handoff_by", len(case["turns"]) - 1)
            previous: list[str] = []
            for i, text in enumerate(case["turns"]):
                d = detector.detect(text, Conversation(previous_user_messages=list(previous)), case["lang"])
                hand = case["expect"] == "handoff"
                label = case["reason"] if hand and i == by else ("none" if not hand else None)
                rows.append({"company": company(set_dir), "case": case["id"], "turn": i, "text": text,
                             "lang": case["lang"], "previous": list(previous), "expect": case["expect"],
                             "reason": case.get("reason"), "by": by, "label": label,
                             "rules": list(d.reasons), "exact": list(d.exact),
                             "groups": sorted(detector.analyse(text, case["lang"]).hits)})
                previous.append(text)
    return rows


def message_row(detector: Detector, company: str, case: str, text: str, lang: str, label: str, kind: str) -> dict:
    """A single message as a row like ``load_turns``'s (no earlier messages), with the rules' decision on it;
    ``label`` "none" (stays with the bot) or a reason."""
    d = detector.detect(text, Conversation(previous_user_messages=[]), lang)
    hand = label != "none"
    return {"company": company, "case": case, "turn": 0, "text": text, "lang": lang, "previous": [],
            "expect": "handoff" if hand else "answer", "reason": label if hand else None, "by": 0, "label": label,
            "kind": kind, "rules": list(d.reasons), "exact": list(d.exact),
            "groups": sorted(detector.analyse(text, lang).hits)}


def labels(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: its company, whether it is a hand-over, and whether it is labelled at all (the earlier turns of
    a hand-over case are not: the hand-over is due by a later turn)."""
    return (np.array([r["company"] for r in rows]), np.array([r["label"] not in (None, "none") for r in rows]),
            np.array([r["label"] is not None for r in rows]))


class ExtraError(ValueError):
    """An extra training file that cannot be used, naming the file and line."""


def rules_alone(embed: UseEmbedder) -> Detector:
    """The rules as rules.yml ships them, played as training and the bench see them: no learned model, no brand
    examples, no LLM, the bot's replies unknown."""
    return Detector(read_rules(None), embed=embed, mode="config", examples=None, second_opinion=None,
                    turn_model=None)


WRITTEN = Path(__file__).with_name("data") / "written"
"""The contrast data written for the turn model (``data/SOURCES.md``): its JSONL files are the shipped model's
extra training companies."""
DATA = Path(__file__).with_name("data")
"""``data/written_REASON/`` holds the data written for one learned check (``data/SOURCES.md``): that check's extra
training rows only, not the turn model's (with the safety data it handed over twice as many held-out complaints)."""


def written_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or WRITTEN).glob("*/*.jsonl"))


def extra_files(arg: str) -> list[Path]:
    """The files of an ``--extra FILE[,FILE]`` option; "written" stands for the written contrast data, a reason
    with a ``data/written_REASON`` folder ("safety", "sarcasm") for the data written for that reason's check."""
    out: list[Path] = []
    for f in (x for x in arg.split(",") if x):
        if f == "written":
            out.extend(written_files())
        elif f in REASONS and (DATA / f"written_{f}").is_dir():
            out.extend(written_files(DATA / f"written_{f}"))
        else:
            out.append(Path(f).resolve())   # one file named two ways is still one file (check_data loads it once)
    return out


def parse_checks(specs: Iterable[str]) -> dict[str, str]:
    """``--check REASON=FILE[,FILE]`` options as {reason: its extra files' spec}; a clear error for a bad one."""
    out: dict[str, str] = {}
    for spec in specs:
        reason, sep, files = spec.partition("=")
        if not sep or reason not in REASONS:
            raise ExtraError(f"--check {spec!r}: expected REASON=FILE[,FILE] with a reason of {', '.join(REASONS)}")
        out[reason] = files
    return out


def load_extra(detector: Detector, paths: Iterable[Path], reserved: Iterable[str] = ()) -> list[dict]:
    """Extra single-message training rows (``--extra``), each checked; the rules' reasons are computed like
    for the tuning turns. A row's ``company`` must not be a tuning company (``reserved``) or one of the
    bench's own pseudo-companies, and ids must be unique, so an extra row can never land on the held-out
    side of a leave-one-company-out split or be mistaken for a tuning case."""
    reserved = set(reserved) | RESERVED
    rows: list[dict] = []
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ExtraError(f"{path}: cannot read: {exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ExtraError(f"{where}: not JSON ({exc.msg})") from None
            if not isinstance(r, dict):
                raise ExtraError(f"{where}: expected an object")
            missing = [k for k in ("id", "company", "lang", "kind", "label", "text") if not isinstance(r.get(k), str)]
            if missing:
                raise ExtraError(f"{where}: missing or not a string: {', '.join(missing)}")
            if r["label"] not in (*REASONS, "none"):
                raise ExtraError(f"{where}: label {r['label']!r} is neither 'none' nor one of {', '.join(REASONS)}")
            if r["company"] in reserved:
                raise ExtraError(f"{where}: company {r['company']!r} is reserved (a tuning company or the bench's own)")
            if r["id"] in seen:
                raise ExtraError(f"{where}: id {r['id']!r} appears twice")
            if not r["text"].strip():
                raise ExtraError(f"{where}: empty text")
            seen.add(r["id"])
            lang = r["lang"] if r["lang"] in LANGS else "en"
            rows.append(message_row(detector, r["company"], f"extra:{r['id']}", r["text"], lang, r["label"], r["kind"]))
    return rows


def check_data(detector: Detector, specs: Mapping[str, str], model_files: list[Path], companies: list[str],
               model_companies: list[str]) -> tuple[dict[str, list[str]], list[dict]]:
    """Each learned check's extra training companies (those of the files its spec names), and the rows of the
    files the turn model does not already load (``model_files``), each file once; their companies must differ
    from the tuning companies, the model's extra ones and those of the other checks' files."""
    rows: list[dict] = []
    loaded: set[Path] = set(model_files)
    checks: dict[str, list[str]] = {}
    for reason, spec in specs.items():
        paths = extra_files(spec)
        new = [p for p in paths if p not in loaded]
        if new:
            rows.extend(load_extra(detector, new, reserved=companies + model_companies + [r["company"] for r in rows]))
            loaded.update(new)
        checks[reason] = sorted({company for p in paths for company in companies_in(p)})
    return checks, rows


def vetoed_rows(rows: list[dict], groups: Iterable[str]) -> np.ndarray:
    """Per row: whether one of ``groups`` (a check's vetoes) matched it."""
    veto = set(groups)
    return np.array([bool(veto.intersection(r.get("groups", ()))) for r in rows], dtype=bool)


def filler_rows(rows: list[dict]) -> np.ndarray:
    """Per row: whether it is filler (``detector.is_filler``), on which the learned parts abstain at run time."""
    return np.array([is_filler(r["text"]) for r in rows], dtype=bool)


def companies_in(path: Path) -> set[str]:
    """The companies of an extra-rows file (already checked by ``load_extra``)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["company"] for line in lines if line.strip()}


def fingerprint(rows: list[dict], extra_files: Iterable[Path] = ()) -> dict:
    """What the model was trained on, without any text: a hash over the labelled turns (company, case, turn,
    text, label, earlier messages) and per file of extra rows its hash, with counts."""
    h = hashlib.sha256()
    used = [r for r in rows if r["label"] is not None]
    for r in sorted(used, key=lambda r: (r["company"], r["case"], r["turn"])):
        h.update(json.dumps([r["company"], r["case"], r["turn"], r["text"], r["label"], r["previous"]],
                            ensure_ascii=False).encode("utf-8"))
    per_company: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in used:
        per_company[r["company"]][r["label"] == "none"] += 1
    return {"sha256": h.hexdigest(), "turns": len(used), "hand_over_turns": sum(v[0] for v in per_company.values()),
            "stay_turns": sum(v[1] for v in per_company.values()),
            "companies": {c: {"hand_over": v[0], "stay": v[1]} for c, v in sorted(per_company.items())},
            "extra_files": [{"name": Path(p).name, "sha256": tm.file_sha256(Path(p))} for p in extra_files]}


def combined(rows: list[dict], checked: list[list[str]], probs: np.ndarray, reasons: Iterable,
             threshold: float) -> tuple[np.ndarray, list[list[str]]]:
    """Per row, whether the rules OR the learned checks (``checked``: the reasons that fired) OR the model
    (``probs`` at ``threshold``) hand over, and the reasons named: the rules', the checks', and the model's top
    reason (``tm.shown_reason`` of ``reasons``) where nothing else fired. The LOCO tables and the bench's
    held-out scoring combine the parts this one way."""
    model = np.asarray(probs) >= threshold
    fired = np.array([bool(r["rules"]) or bool(x) for r, x in zip(rows, checked)], dtype=bool) | model
    found = [r["rules"] + x + ([tm.shown_reason(reason)] if m and not r["rules"] and not x else [])
             for r, x, m, reason in zip(rows, checked, model, reasons)]
    return fired, found


def decision_rows(rows: list[dict], variant: str) -> list[dict]:
    """The rows as the decision sees them: for a stacked variant only the exact rules decide beside the model
    (the judgement reasons' phrase lists are features only, unless an exact group fired: ``tm.exact_reasons``)."""
    if variant not in tm.STACKED:
        return rows
    return [dict(r, rules=list(r["exact"])) for r in rows]


def cases_of(rows: list[dict], fired: np.ndarray, reasons: list[list[str]]) -> dict[str, dict]:
    """Per case: expected reason (None = should stay), caught, reasons found up to handoff_by."""
    out: dict[str, dict] = {}
    for row, f, rs in zip(rows, fired, reasons):
        expected = row["reason"] if row["expect"] == "handoff" else None
        c = out.setdefault(row["case"], {"company": row["company"], "reason": expected,
                                         "caught": False, "found": set(), "kind": row.get("kind")})
        if row["expect"] == "handoff" and row["turn"] > row["by"]:
            continue
        if f:
            c["caught"] = True
            c["found"].update(rs)
    return out


def fh_rate(cases: dict[str, dict]) -> tuple[int, int]:
    """(cases that should stay but were handed over, cases that should stay)."""
    other = [c for c in cases.values() if c["reason"] is None]
    return sum(c["caught"] for c in other), len(other)


def _lowest_threshold(rows: list[dict], scores: np.ndarray, grid: Iterable[float],
                      allowed: Callable[[int, int], float]) -> float | None:
    """The first threshold of ``grid`` at which the rules OR ``scores >= threshold`` hand over at most
    ``allowed(rules' own false hand-overs, non-hand-over cases)`` cases that should stay; None if none does."""
    rules = np.array([bool(r["rules"]) for r in rows])
    found = [r["rules"] for r in rows]
    limit = allowed(*fh_rate(cases_of(rows, rules, found)))
    for t in grid:
        if fh_rate(cases_of(rows, rules | (scores >= t), found))[0] <= limit:
            return t
    return None


def pick_threshold(rows: list[dict], probs: np.ndarray, max_fh: float, max_added: float) -> float:
    """Lowest threshold (grid 0.05..0.99) at which rules OR model keep false hand-overs <= max_fh of the
    non-hand-over cases, or, where the rules alone already exceed that, add at most max_added to them."""
    t = _lowest_threshold(rows, probs, np.arange(0.05, 0.991, 0.01),
                          lambda base, n: max(max_fh * n, base + max_added * n))
    return 1.01 if t is None else round(float(t), 2)


CHECK_FLOOR = 0.5
"""The lowest threshold a learned check may take, as it hands over on its own."""
CHECK_MAX_ADDED = 0.001
"""False hand-overs a check may add to the exact rules when its threshold is picked, as a share of the turns that
stay: one in a thousand (why not none: handoff/train_turns.py)."""


INNER_FOLDS = 6
"""Inner folds that pick a held-out company's thresholds from the other companies (``inner_folds``)."""


def _valid_folds(folds: int | None) -> bool:
    return folds is None or folds >= 2


def inner_fold_count(text: str) -> int | None:
    """``--inner-folds`` as the scripts read it: 0 means one fold per company (None), else at least 2."""
    folds = int(text) or None
    if not _valid_folds(folds):
        raise argparse.ArgumentTypeError(f"{text}: 0 (one per company) or at least 2")
    return folds


def inner_folds(train: Sequence[str], folds: int | None) -> list[list[str]]:
    """The training companies' inner folds, each a list of companies scored by a model of the rest: one company
    each when ``folds`` is None, else ``folds`` groups dealt round-robin in sorted order (fixed, so runs repeat).
    Why grouped: leave-one-company-out inside leave-one-company-out fits (n - 1) * n models and the checks with each;
    on thirty-eight companies that was about 100 s per outer fold (an hour in all), 95 of the first 210 s in the
    checks' inner fits (cProfile). Six groups fit six instead of thirty-seven per outer fold."""
    if not _valid_folds(folds):
        raise ValueError(f"inner folds: {folds} (None for one per company, else at least 2)")
    ordered = sorted(train)
    if folds is None or folds >= len(ordered):
        return [[k] for k in ordered]
    return [ordered[i::folds] for i in range(folds)]


def pick_check_threshold(rows: list[dict], scores: np.ndarray, max_added: float, floor: float = CHECK_FLOOR) -> float:
    """Lowest threshold from ``floor`` up (grid 0.01) at which the exact rules OR the check hand over at most
    ``max_added`` (a share of the non-hand-over cases) more cases that should stay than the exact rules alone.
    The grid holds the thresholds as stored and compared at run time (0.8, not 0.8000000000000003)."""
    grid = [round(float(step), 2) for step in np.arange(floor, 0.991, 0.01)]
    t = _lowest_threshold(rows, scores, grid, lambda base, n: base + max_added * n)
    return 1.01 if t is None else t


def summarise(cases: dict[str, dict]) -> dict:
    """Caught / right reason per expected reason, and false hand-overs, over ``cases_of``'s cases."""
    per = defaultdict(lambda: [0, 0, 0])
    for c in cases.values():
        if c["reason"] is None:
            continue
        per[c["reason"]][0] += 1
        per[c["reason"]][1] += c["caught"]
        per[c["reason"]][2] += c["reason"] in c["found"]
    bad, n = fh_rate(cases)
    total = sum(v[0] for v in per.values())
    return {"recall": (sum(v[1] for v in per.values()), total), "reason_ok": (sum(v[2] for v in per.values()), total),
            "per_reason": {r: (per[r][1], per[r][0]) for r in REASONS if r in per}, "fh": (bad, n)}


def add(stats: list[dict]) -> dict:
    """``summarise`` results of several companies added up."""
    out: dict = {"recall": [0, 0], "reason_ok": [0, 0], "fh": [0, 0], "per_reason": defaultdict(lambda: [0, 0])}
    for s in stats:
        for k in ("recall", "reason_ok", "fh"):
            out[k][0] += s[k][0]
            out[k][1] += s[k][1]
        for r, (a, t) in s["per_reason"].items():
            out["per_reason"][r][0] += a
            out["per_reason"][r][1] += t
    out["per_reason"] = {r: tuple(out["per_reason"][r]) for r in REASONS if r in out["per_reason"]}
    return out


def totals(per_company: dict[str, dict], companies: list[str]) -> dict[str, dict]:
    """The companies the phrase lists were not written from, the ones they were, and all, each added up."""
    return {"untuned": add([per_company[c] for c in companies if c not in TUNED_ON]),
            "tuned_on": add([per_company[c] for c in companies if c in TUNED_ON]),
            "all": add([per_company[c] for c in companies])}


def fmt(s: dict) -> str:
    (c, n), (b, m) = s["recall"], s["fh"]
    per = " ".join(f"{r[:5]} {a}/{t}" for r, (a, t) in s["per_reason"].items())
    return f"recall {c}/{n} = {c / max(n, 1):.0%}  false {b}/{m} = {b / max(m, 1):.1%}  | {per}"


@dataclass
class Loco:
    """Leave-one-company-out result of one variant on the tuning companies (the first ``len(rows)`` rows)."""

    rows: list[dict]                 # the tuning turns as the decision sees them (``decision_rows``)
    oof: np.ndarray                  # each turn's probability from the model trained without its company
    reasons: list[list[str]]         # that model's reasons, most likely first
    thresholds: dict[str, float]     # per company, from inner folds over the other companies
    # per learned check: each turn's score from the check trained without the turn's company, and per company
    # the threshold from inner folds over the others
    check_scores: dict[str, np.ndarray] = field(default_factory=dict)
    check_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)

    def checks_fired(self, i: int) -> list[str]:
        """The learned checks that fire on turn ``i`` at its company's thresholds."""
        company = self.rows[i]["company"]
        return [reason for reason, scores in self.check_scores.items()
                if scores[i] >= self.check_thresholds[reason][company]]

    def per_company(self, companies: list[str]) -> dict[str, dict]:
        """Each company scored at its own thresholds: rules OR learned checks OR model; a check names its
        reason, the model its top reason where nothing else fired."""
        out = {}
        for c in companies:
            idx = [i for i, r in enumerate(self.rows) if r["company"] == c]
            mine = [self.rows[i] for i in idx]
            fired, found = combined(mine, [self.checks_fired(i) for i in idx], self.oof[idx],
                                    [self.reasons[i] for i in idx], self.thresholds[c])
            out[c] = summarise(cases_of(mine, fired, found))
        return out

    def threshold_all(self, max_fh: float, max_added: float) -> float:
        """The threshold for a model trained on all companies: picked on their LOCO probabilities."""
        return pick_threshold(self.rows, self.oof, max_fh, max_added)

    def check_thresholds_all(self, max_added: float, floor: float = CHECK_FLOOR) -> dict[str, float]:
        """Each learned check's threshold for one trained on all companies, picked on their LOCO scores."""
        return {reason: pick_check_threshold(self.rows, scores, max_added, floor)
                for reason, scores in self.check_scores.items()}


def loco(base: dict[str, np.ndarray], all_rows: list[dict], n_rows: int, companies: list[str], extra: list[str],
         variant: str, max_fh: float, max_added: float,
         progress: Callable[[str], None] | None = None, checks: Mapping[str, list[str]] | None = None,
         check_max_added: float = CHECK_MAX_ADDED, check_floor: float = CHECK_FLOOR,
         check_vetoes: Mapping[str, Iterable[str]] | None = None, folds: int | None = INNER_FOLDS) -> Loco:
    """For each company C: threshold from inner folds over the other companies (C never seen), a model
    trained on the others, C scored once. ``all_rows[:n_rows]`` are the tuning turns; ``extra`` companies (rows
    anywhere in ``all_rows``) are always on the training side, in every model and every inner fold.
    ``checks`` ({reason: its extra companies}) does the same for each learned check (``tm.fit_check``), whose
    extra companies may differ from the model's; their thresholds: ``pick_check_threshold``. A check scores 0 on a
    turn where one of its ``check_vetoes`` groups matched, and the model and the checks score 0 on filler
    (``detector.is_filler``), as at run time. The thresholds' inner folds: ``inner_folds(train, folds)``."""
    comp, y, usable = labels(all_rows)
    rows = decision_rows(all_rows[:n_rows], variant)
    oof = np.zeros(n_rows)
    checks = dict(checks or {})
    filler = filler_rows(all_rows[:n_rows])
    vetoed = {reason: vetoed_rows(all_rows[:n_rows], (check_vetoes or {}).get(reason, ())) | filler
              for reason in checks}
    check_scores = {reason: np.zeros(n_rows) for reason in checks}
    check_thresholds: dict[str, dict[str, float]] = {reason: {} for reason in checks}
    reasons: list[list[str]] = [[] for _ in range(n_rows)]
    thresholds = {}
    for c in companies:
        train = [k for k in companies if k != c]
        inner = np.zeros(n_rows)
        inner_checks = {reason: np.zeros(n_rows) for reason in checks}
        for group in inner_folds(train, folds):   # inner folds of the training companies: c never seen
            others = [x for x in train if x not in group]
            model = tm.fit(base, all_rows, comp, y, usable, others + list(extra), variant)
            idx = np.where(np.isin(comp[:n_rows], group))[0]
            inner[idx] = model.predict(base, all_rows, idx)[0] * ~filler[idx]
            for reason, check_extra in checks.items():
                check = tm.fit_check(base, all_rows, comp, usable, others + list(check_extra), reason)
                inner_checks[reason][idx] = check.predict(base, idx) * ~vetoed[reason][idx]
        sel = np.where(np.isin(comp[:n_rows], train))[0]
        thresholds[c] = pick_threshold([rows[i] for i in sel], inner[sel], max_fh, max_added)
        model = tm.fit(base, all_rows, comp, y, usable, train + list(extra), variant)
        idx = np.where(comp[:n_rows] == c)[0]
        p, rs = model.predict(base, all_rows, idx)
        oof[idx] = p * ~filler[idx]
        for j, i in enumerate(idx):
            reasons[i] = rs[j]
        for reason, check_extra in checks.items():
            check_thresholds[reason][c] = pick_check_threshold([rows[i] for i in sel], inner_checks[reason][sel],
                                                               check_max_added, check_floor)
            check = tm.fit_check(base, all_rows, comp, usable, train + list(check_extra), reason)
            check_scores[reason][idx] = check.predict(base, idx) * ~vetoed[reason][idx]
        if progress:
            progress(c)
    return Loco(rows, oof, reasons, thresholds, check_scores, check_thresholds)
