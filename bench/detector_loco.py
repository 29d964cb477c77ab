"""Leave-one-company-out bench for the escalation detector: shipped rules vs. a model learned from other companies.

    .venv/bin/python bench/detector_loco.py [--variants full,compact,knn,stack,stack_compact] [--public N]
                                            [--extra FILE[,FILE]] [--max-fh 0.02] [--max-added 0.01] [--json OUT]
                                            [--check REASON=FILE[,FILE] ...] [--check-floor 0.5]
    (about 3 minutes for the five variants on this 2-core machine; --public 600 adds about 5 per variant)

Why: the phrase lists score 100 % on the sets they were written from and 61/96 on unseen companies, so
the only honest figure for a learned decision is one measured on a company it was not learned from.

What it does, on the tuning companies (``../shared/eval/dev`` and ``eval/*``, never ``eval/sealed``):

1. every turn of every case is played through the shipped detector (rules.yml as it ships, embeddings on,
   the bot's replies unknown, as ``bench/detector.py`` without ``--bot-replies``);
2. per turn, features that can carry over to another company (``handoff/turn_model.py``): the USE
   embedding, surface signals, conversation signals, the public-corpus model's sarcasm/emotional
   probabilities, and per reason the nearest-neighbour similarity to the *training* companies' hand-over
   turns of that reason;
3. for each company C: a calibrated logistic regression (hand over vs. not) is trained on the other
   companies' turns (``--public N``: plus up to N rows per source and label of the public corpora); its
   threshold is the lowest at which rules OR model keep false hand-overs <= ``--max-fh`` of the non-hand-over
   cases on those companies' own out-of-fold probabilities (inner folds, ``turn_data.inner_folds``, C never seen; where the rules
   alone are already above it, the model may add ``--max-added``); then C is scored once. The stacked
   variants (``stack``, ``stack_compact``) see the rules' reasons as features and replace the phrase lists of
   the judgement reasons (emotional, sarcasm, complex): exact rules OR model;
4. the same on the held-out real messages (``handoff/data/heldout_real.jsonl``): a model trained on all
   the companies, threshold from their leave-one-out probabilities; the real messages are only scored.

``--extra FILE[,FILE]`` (``written``: the written contrast data, ``handoff/data/written``) adds single-message
training rows (JSON lines ``{"id", "company", "lang", "kind", "label", "text"}``, ``handoff/turn_data.load_extra``):
their companies are always on the training side (every
model, every inner fold, the calibration folds by company, the knn features), never scored or used to pick a
threshold. The loading, threshold picking and counting are ``handoff/turn_data.py``'s, shared with the
training command ``handoff/train_turns.py``, so the shipped model's threshold is the one this bench picks.

``--check REASON=FILES`` adds a learned check for that reason (``handoff/turn_model.fit_check``) beside the model,
trained with those extra rows (``safety``/``sarcasm`` stand for ``handoff/data/written_REASON``), its threshold
from the inner folds and its vetoes from rules.yml (``turn_model.check_vetoes``), exactly as the training command
does; as shipped: ``--check safety=written,safety --check sarcasm=written,sarcasm --check emotional=written
--check human_request=written``.

A hand-over case counts as caught when any turn up to ``handoff_by`` hands over (any reason; "reason ok"
also printed); a false hand-over is a non-hand-over case with any turn handed over.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from handoff.detector import Detector, UseEmbedder  # noqa: E402
from handoff import turn_model as tm  # noqa: E402
from handoff.turn_data import (CHECK_FLOOR, CHECK_MAX_ADDED, INNER_FOLDS, SETS, TUNED_ON, cases_of, check_data, combined,  # noqa: E402
                               company, decision_rows, extra_files, filler_rows, fmt, inner_fold_count, labels, load_extra,
                               load_turns, loco, message_row, parse_checks, rules_alone, summarise, totals,
                               vetoed_rows)

HELDOUT = ROOT / "handoff/data/heldout_real.jsonl"


def load_heldout(detector: Detector) -> list[dict]:
    return [message_row(detector, "heldout", r["id"], r["text"], r["lang"], r["reason"], r["kind"])
            for r in (json.loads(line) for line in HELDOUT.open(encoding="utf-8") if line.strip())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", default="full,compact,knn", help="feature sets (handoff/turn_model.VARIANTS)")
    parser.add_argument("--max-fh", type=float, default=0.02, help="false hand-overs allowed when picking thresholds")
    parser.add_argument("--max-added", type=float, default=0.01,
                        help="where the rules alone exceed --max-fh: false hand-overs the model may add on top")
    parser.add_argument("--public", type=int, default=0, metavar="N",
                        help="also train on up to N public-corpus rows per source and label (handoff/data/train.jsonl)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--extra", default="", metavar="FILE[,FILE]",
                        help="extra single-message training rows (JSON lines id, company, lang, kind, label, text); "
                             "their companies are always on the training side")
    parser.add_argument("--check", action="append", default=[], metavar="REASON=FILE[,FILE]",
                        help="also learn a check for REASON (handoff/turn_model.fit_check) with these extra rows; "
                             "as shipped: --check safety=written,safety --check sarcasm=written,sarcasm "
                             "--check emotional=written --check human_request=written")
    parser.add_argument("--check-max-added", type=float, default=CHECK_MAX_ADDED,
                        help="false hand-overs a check may add to the exact rules when picking its threshold")
    parser.add_argument("--inner-folds", type=inner_fold_count, default=INNER_FOLDS,
                        help="inner folds picking each held-out company's thresholds (0: one per company, "
                             "leave-one-company-out inside leave-one-company-out, slower)")
    parser.add_argument("--check-floor", type=float, default=CHECK_FLOOR,
                        help="the lowest threshold a check may take")
    args = parser.parse_args()

    t0 = time.perf_counter()
    embed = UseEmbedder(threads=1)
    detector = rules_alone(embed)
    rows = load_turns(detector)
    held = load_heldout(detector)
    public = tm.public_rows(args.public) if args.public else []
    companies = [company(s) for s in SETS]
    extra_paths = extra_files(args.extra)
    extra = load_extra(detector, extra_paths, reserved=companies)
    extra_companies = sorted({r["company"] for r in extra})
    checks, check_rows = check_data(detector, parse_checks(args.check), extra_paths, companies, extra_companies)
    print(f"{len(rows)} turns of {len({r['case'] for r in rows})} cases in {len(SETS)} companies; "
          f"{len(held)} held-out real messages; rules played in {time.perf_counter() - t0:.0f} s")
    if extra:
        print(f"extra training rows: {len(extra)} ({sum(r['label'] != 'none' for r in extra)} hand-overs) of "
              f"{len(extra_companies)} companies from {', '.join(f.name for f in extra_paths)}")
    feats = tm.TurnFeatures(embed)
    all_rows = rows + held + public + extra + check_rows
    base = feats.base(all_rows)   # per-row features that need no training data
    comp, y, usable = labels(all_rows)
    results: dict = {"rules": {}, "variants": {}}

    rules_fired = np.array([bool(r["rules"]) for r in rows])
    print("\nShipped rules (rules.yml; tuned on " + ", ".join(sorted(TUNED_ON)) + ")")
    per_company = {}
    for c in companies:
        idx = [i for i, r in enumerate(rows) if r["company"] == c]
        s = summarise(cases_of([rows[i] for i in idx], rules_fired[idx], [rows[i]["rules"] for i in idx]))
        per_company[c] = s
        print(f"  {c:<16}{'*' if c in TUNED_ON else ' '} {fmt(s)}")
    results["rules"] = per_company
    h_rules = cases_of(held, np.array([bool(r["rules"]) for r in held]), [r["rules"] for r in held])
    results["rules_heldout"] = heldout_summary(h_rules)

    full_held = held
    for variant in args.variants.split(","):
        t1 = time.perf_counter()
        result = loco(base, all_rows, len(rows), companies, extra_companies, variant, args.max_fh, args.max_added,
                      checks=checks, check_max_added=args.check_max_added, check_floor=args.check_floor,
                      check_vetoes=detector.rules.turn_model.check_vetoes, folds=args.inner_folds)
        held = full_held
        if variant in tm.STACKED:   # the model decides the soft reasons; only the exact rules OR it
            held = decision_rows(full_held, variant)
        print(f"\n{'Exact rules' if variant in tm.STACKED else 'Rules'} OR model '{variant}' (trained on the other companies, threshold from inner folds over them) "
              f"[{time.perf_counter() - t1:.0f} s]")
        per_company = result.per_company(companies)
        for c in companies:
            print(f"  {c:<16}{'*' if c in TUNED_ON else ' '} t={result.thresholds[c]:.2f} {fmt(per_company[c])}")
        diagnostics(result.rows, result.oof, np.array([bool(r["rules"]) for r in result.rows]))
        # held-out real messages: trained on all of them, threshold from their LOCO probabilities
        t_all = result.threshold_all(args.max_fh, args.max_added)
        model = tm.fit(base, all_rows, comp, y, usable, companies + extra_companies, variant)
        hidx = np.arange(len(rows), len(rows) + len(held))
        p, rs = model.predict(base, all_rows, hidx)
        filler = filler_rows(held)
        p = p * ~filler   # the learned parts abstain on filler, as at run time
        checked: list[list[str]] = [[] for _ in held]
        tc_all = result.check_thresholds_all(args.check_max_added, args.check_floor)
        for reason, t_check in tc_all.items():
            check = tm.fit_check(base, all_rows, comp, usable, companies + checks[reason], reason)
            vetoed = vetoed_rows(held, detector.rules.turn_model.check_vetoes.get(reason, ())) | filler
            for j in np.where((check.predict(base, hidx) >= t_check) & ~vetoed)[0]:
                checked[j].append(reason)
            print(f"  {reason} check: thresholds per company {result.check_thresholds[reason]}; "
                  f"held-out threshold {t_check:.2f}")
        fired, found = combined(held, checked, p, rs, t_all)
        hs = heldout_summary(cases_of(held, fired, found))
        results["variants"][variant] = {"loco": per_company, "thresholds": result.thresholds, "heldout_threshold": t_all,
                                        "heldout": hs, "check_thresholds": result.check_thresholds,
                                        "heldout_check_thresholds": tc_all}
    print_tables(results, companies)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=list) + "\n", encoding="utf-8")


def diagnostics(rows: list[dict], oof: np.ndarray, rules_fired: np.ndarray) -> None:
    """How well the LOCO probabilities rank on their own: AUC of hand-over turns against the turns of cases that
    stay, and what a fixed threshold would add to the rules (hand-overs the rules miss / cases falsely added)."""
    pos = np.array([r["label"] not in (None, "none") for r in rows])
    neg = np.array([r["label"] == "none" for r in rows])
    order = np.argsort(np.concatenate([oof[pos], oof[neg]]))
    ranks = np.empty(len(order)); ranks[order] = np.arange(1, len(order) + 1)
    auc = (ranks[: pos.sum()].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * neg.sum())
    missed = pos & ~rules_fired
    clean = neg & ~rules_fired
    line = " ".join(f"t={t:.1f}: +{int((missed & (oof >= t)).sum())}/{int(missed.sum())} "
                    f"false +{int((clean & (oof >= t)).sum())}" for t in (0.3, 0.5, 0.7, 0.9))
    print(f"  LOCO AUC (hand-over turns vs. turns that stay) {auc:.3f}; turns the rules miss caught / false turns added: {line}")
    # calibration: per probability band, the mean predicted probability against the share that are hand-overs
    lab = np.concatenate([np.ones(pos.sum()), np.zeros(neg.sum())])
    p = np.concatenate([oof[pos], oof[neg]])
    bands = []
    for lo, hi in ((0, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)):
        m = (p >= lo) & (p < hi)
        if m.any():
            bands.append(f"[{lo:.1f},{min(hi, 1):.1f}) n={int(m.sum())} p={p[m].mean():.2f} obs={lab[m].mean():.2f}")
    print(f"  calibration (Brier {np.mean((p - lab) ** 2):.3f}): " + "; ".join(bands))


def heldout_summary(cases: dict[str, dict]) -> dict:
    s = summarise(cases)
    routine = [c for c in cases.values() if c["kind"] in ("routine", "praise")]
    complaints = [c for c in cases.values() if c["kind"] == "complaint"]
    s["fh_routine"] = (sum(c["caught"] for c in routine), len(routine))
    s["complaints"] = (sum(c["caught"] for c in complaints), len(complaints))
    return s


def print_tables(results: dict, companies: list[str]) -> None:
    print("\nTable 1: tuning companies, leave-one-company-out (caught per reason; false = non-hand-over cases)")
    print(f"  {'variant':<30}{'companies':<12}{'recall':>14}{'reason ok':>10}{'false':>13}   per reason")
    lines = [("rules (shipped)", results["rules"])] + [(f"{'exact rules' if v in tm.STACKED else 'rules'} OR {v}", r["loco"]) for v, r in results["variants"].items()]
    for name, per in lines:
        groups = totals(per, companies)
        counts = {"untuned": sum(c not in TUNED_ON for c in companies), "tuned_on": sum(c in TUNED_ON for c in companies),
                  "all": len(companies)}
        for label, s in ((f"{counts['untuned']} untuned", groups["untuned"]), (f"{counts['tuned_on']} tuned-on", groups["tuned_on"]), (f"all {counts['all']}", groups["all"])):
            (c, n), (b, m), (ok, _) = s["recall"], s["fh"], s["reason_ok"]
            print(f"  {name:<30}{label:<12}{f'{c}/{n} {c / n:.0%}':>14}{ok:>10}{f'{b}/{m} {b / m:.1%}':>13}   "
                  + " ".join(f"{r[:6]} {a}/{t}" for r, (a, t) in s["per_reason"].items()))
    print("\nTable 2: held-out real messages (397; never trained or tuned on)")
    for name, s in [("rules (shipped)", results["rules_heldout"])] + [(f"{'exact rules' if v in tm.STACKED else 'rules'} OR {v} (t={r['heldout_threshold']:.2f})", r["heldout"]) for v, r in results["variants"].items()]:
        (c, n), (b, m), (x, z) = s["recall"], s["fh_routine"], s["complaints"]
        print(f"  {name:<34} recall {c}/{n} = {c / n:.0%}  false (routine+praise) {b}/{m} = {b / m:.1%}  "
              f"complaints handed over {x}/{z}  | " + " ".join(f"{r[:6]} {a}/{t}" for r, (a, t) in s["per_reason"].items()))


if __name__ == "__main__":
    main()
