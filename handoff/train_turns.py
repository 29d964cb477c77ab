"""Train the hand-over turn model on the tuning companies and write ``handoff/model/turns.npz``.

    .venv/bin/python handoff/train_turns.py [--variant stack_compact] [--extra written|FILE[,FILE]]
                                            [--check REASON=FILE[,FILE] ...] [--no-checks]
                                            [--out handoff/model/turns.npz] [--max-fh 0.02] [--max-added 0.01]
                                            [--score-extra FILE[,FILE]]
    (about 11 minutes on thirty-eight companies on this 2-core machine; the defaults train on every tuning company,
    the shipped file on those its turns.json lists: ``--without`` the others rebuilds it)

One command, reproducible (fixed folds, deterministic solvers). Steps:

1. every turn of the tuning companies but ``--without`` (``handoff/turn_data.SETS``: ``../shared/eval/dev`` and
   ``eval/*``, never ``eval/sealed``) is played through the rules as rules.yml ships them (their reasons are
   features of the stacked variants); ``--extra`` adds single-message rows (JSON lines ``{"id", "company",
   "lang", "kind", "label", "text"}``, label "none" or a reason) of extra companies, always training data;
   ``--score-extra`` adds such rows as companies of their own, scored leave-one-company-out beside the tuning
   companies so the thresholds see them too (an experiment: README, "Terse messages");
2. leave-one-company-out exactly as ``bench/detector_loco.py`` runs it (``turn_data.loco``): per company a
   model from the others, its threshold from inner folds over them (``turn_data.inner_folds``: six groups of
   companies, each scored by a model of the rest); the figures are printed and kept;
3. the threshold of the shipped model is picked, as the bench picks it for the held-out real messages, on
   the companies' own LOCO probabilities (``turn_data.pick_threshold``: the lowest at which rules OR
   model keep false hand-overs within ``--max-fh`` of the cases that stay, or add at most ``--max-added``
   where the rules alone exceed it);
4. the model is trained on all tuning companies (and the extra ones) and written with ``turn_model.export``
   (numpy arrays and JSON; the training turns' embeddings as float16 for the knn features); a JSON file
   beside it names the variant, threshold, training-data fingerprint (hashes and counts, no text) and the
   LOCO figures;
5. check: the run-time path (``Detector.turn_probability`` with the written file: the detector's embedding,
   the conversation, the public model, the shipped knn matrix, the rules' reasons) recomputes every training
   turn's probability, leaving out the turn's own company in the knn features as training did, and the
   largest difference to the training-time probability is printed and kept (it fails above ``--tolerance``).

The same run learns the checks (``turn_model.fit_check``: one reason vs. every other labelled turn, on the
embedding and the message's form), each with its own extra rows (``--check REASON=FILES``; by default
``SHIPPED_CHECKS``: safety and sarcasm, each from the written contrast data and the data written for it,
``handoff/data/written_REASON``; emotional, a request for a person and complex from the written contrast data alone), leave-one-company-out like the model; a check's threshold is the lowest from
``--check-floor`` up at which it adds at most ``--check-max-added`` (a share of the turns that stay, 0.001: about
one in a thousand) false hand-overs to the exact rules on the companies' LOCO scores
(``turn_data.pick_check_threshold``). Why not none: on twenty-four companies a rule of none found no threshold up
to 0.99 for the safety check (a single turn that stays scored above it, leave-one-company-out) and switched it off;
with one in a thousand, leave-one-company-out catches 485 instead of 478 of 504 hand-overs for 34 instead of 32 of
1,308 false ones. They are written into the same file and checked through the run-time path.

The held-out real messages (``handoff/data/heldout_real.jsonl``) are not read here; only the bench scores them.
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

from handoff import turn_model as tm  # noqa: E402
from handoff.detector import Conversation, Detector, UseEmbedder  # noqa: E402
from handoff.rules import read_rules  # noqa: E402
from handoff.turn_data import (CHECK_FLOOR, CHECK_MAX_ADDED, INNER_FOLDS, SETS, TUNED_ON, check_data, company, extra_files,  # noqa: E402
                               fingerprint, fmt, inner_fold_count, labels, load_extra, load_turns, loco, parse_checks, rules_alone,
                               totals)


def runtime_detector(path: Path, embed) -> Detector:
    """The detector as the action server runs it with the written file (no brand examples, no LLM), for the
    checks below; loaded once for all of them."""
    return Detector(read_rules(None), embed=embed, mode="config", examples=None, second_opinion=None,
                    turn_model=tm.RuntimeTurnModel(path))


def check(detector: Detector, rows: list[dict], expected: np.ndarray) -> tuple[float, int]:
    """Recompute the training turns' probabilities through the detector's run-time path with the written file;
    returns the largest absolute difference and how many turns' decisions at the threshold differ."""
    model = detector.turn_model
    got = np.zeros(len(rows))
    for i, r in enumerate(rows):
        scored = detector.turn_probability(r["text"], Conversation(previous_user_messages=list(r["previous"])),
                                           r["lang"], exclude_company=r["company"])
        if scored is None:
            raise SystemExit(f"check: no run-time probability for turn {r['case']}#{r['turn']}")
        got[i] = scored[0]
    flips = int(((got >= model.threshold) != (expected >= model.threshold)).sum())
    return float(np.abs(got - expected).max()), flips


SHIPPED_CHECKS = ("safety=written,safety", "sarcasm=written,sarcasm", "emotional=written", "human_request=written",
                  "complex=written")
"""The learned checks of the shipped file: README, "Learned checks", says how each earned its place."""


def check_checks(detector: Detector, rows: list[dict], reason: str, expected: np.ndarray) -> float:
    """A check's scores of its training turns recomputed through the detector's run-time path with the written
    file; returns the largest absolute difference."""
    got = np.array([(detector.check_scores(r["text"]) or {}).get(reason, np.nan) for r in rows], dtype=float)
    if np.isnan(got).any():
        raise SystemExit(f"check: no run-time {reason} score for a training turn")
    return float(np.abs(got - expected).max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", default="stack_compact", choices=sorted(tm.VARIANTS),
                        help="feature set (default stack_compact, the shipped one)")
    parser.add_argument("--extra", default="written", metavar="FILE[,FILE]",
                        help="extra single-message training rows (JSON lines id, company, lang, kind, label, text); "
                             "default 'written': handoff/data/written/*/*.jsonl, as the shipped model; '' for none")
    parser.add_argument("--out", type=Path, default=tm.DEFAULT_FILE, help="model file (a .json is written beside it)")
    parser.add_argument("--without", default="", metavar="COMPANY[,COMPANY]",
                        help="tuning companies to leave out, for comparing (the shipped file learns from all)")
    parser.add_argument("--score-extra", default="", metavar="FILE[,FILE]",
                        help="single-message rows (as --extra) scored leave-one-company-out like the tuning companies, "
                             "so the thresholds see them too (experiment)")
    parser.add_argument("--max-fh", type=float, default=0.02, help="false hand-overs allowed when picking thresholds")
    parser.add_argument("--max-added", type=float, default=0.01,
                        help="where the rules alone exceed --max-fh: false hand-overs the model may add on top")
    parser.add_argument("--check", action="append", default=None, metavar="REASON=FILE[,FILE]",
                        help="learn a check for REASON with these extra rows (repeatable; default: "
                             + " ".join(SHIPPED_CHECKS) + ")")
    parser.add_argument("--no-checks", action="store_true", help="learn no checks")
    parser.add_argument("--check-floor", type=float, default=CHECK_FLOOR,
                        help="the lowest threshold a check may take")
    parser.add_argument("--check-max-added", type=float, default=CHECK_MAX_ADDED,
                        help="false hand-overs a check may add to the exact rules when picking its threshold, as a "
                             "share of the turns that stay (0.001: about one in a thousand)")
    parser.add_argument("--inner-folds", type=inner_fold_count, default=INNER_FOLDS,
                        help="inner folds picking each held-out company's thresholds (0: one per company, "
                             "leave-one-company-out inside leave-one-company-out, slower)")
    parser.add_argument("--tolerance", type=float, default=1e-3,
                        help="largest run-time vs. training-time probability difference the check accepts")
    args = parser.parse_args()

    t0 = time.perf_counter()
    embed = UseEmbedder(threads=1)
    detector = rules_alone(embed)
    without = {c for c in args.without.split(",") if c}
    unknown = without - {company(s) for s in SETS}
    if unknown:
        parser.error(f"--without: no tuning company {sorted(unknown)}")
    sets = [s for s in SETS if company(s) not in without]
    rows = load_turns(detector, sets)
    companies = [company(s) for s in sets]
    if args.score_extra:
        scored = load_extra(detector, extra_files(args.score_extra), reserved=companies)
        rows += scored
        companies += sorted({r["company"] for r in scored})
    extra_paths = extra_files(args.extra)
    extra = load_extra(detector, extra_paths, reserved=companies)
    extra_companies = sorted({r["company"] for r in extra})
    specs = {} if args.no_checks else parse_checks(args.check if args.check is not None else SHIPPED_CHECKS)
    checks, check_rows = check_data(detector, specs, extra_paths, companies, extra_companies)
    print(f"{len(rows)} turns of {len({r['case'] for r in rows})} cases in {len(companies)} companies"
          + (f"; extra: {len(extra)} rows of {len(extra_companies)} companies" if extra else "")
          + (f"; the checks' own extra: {len(check_rows)} rows" if check_rows else "")
          + f"; rules played in {time.perf_counter() - t0:.0f} s")
    all_rows = rows + extra + check_rows
    base = tm.TurnFeatures(embed).base(all_rows)

    t1 = time.perf_counter()
    result = loco(base, all_rows, len(rows), companies, extra_companies, args.variant, args.max_fh, args.max_added,
                  progress=lambda c: print(f"  LOCO {c} done [{time.perf_counter() - t1:.0f} s]", flush=True),
                  checks=checks, check_max_added=args.check_max_added, check_floor=args.check_floor,
                  check_vetoes=detector.rules.turn_model.check_vetoes, folds=args.inner_folds)
    per_company = result.per_company(companies)
    print(f"\n{'Exact rules' if args.variant in tm.STACKED else 'Rules'} OR '{args.variant}', leave-one-company-out "
          "(each company: model from the others, threshold from inner folds over them)")
    for c in companies:
        print(f"  {c:<16}{'*' if c in TUNED_ON else ' '} t={result.thresholds[c]:.2f} {fmt(per_company[c])}")
    groups = totals(per_company, companies)
    for name, s in groups.items():
        print(f"  {name:<17} {fmt(s)}  reason ok {s['reason_ok'][0]}/{s['reason_ok'][1]}")
    threshold = result.threshold_all(args.max_fh, args.max_added)
    print(f"threshold for the model trained on all companies (from their LOCO probabilities): {threshold:.2f}")
    check_thresholds = result.check_thresholds_all(args.check_max_added, args.check_floor)
    for reason, t_check in check_thresholds.items():
        print(f"{reason} check: thresholds per company {result.check_thresholds[reason]}; for the one trained on "
              f"all companies: {t_check:.2f}")

    comp, y, usable = labels(all_rows)
    model = tm.fit(base, all_rows, comp, y, usable, companies + extra_companies, args.variant)
    idx = np.where(usable & np.isin(comp, companies + extra_companies))[0]
    expected = model.predict(base, all_rows, idx)[0]
    fitted = [tm.fit_check(base, all_rows, comp, usable, companies + checks[reason], reason) for reason in checks]
    info = {"max_fh": args.max_fh, "max_added": args.max_added,
            "training": fingerprint(rows + extra, extra_paths),
            "checks_training": {reason: fingerprint(rows + [r for r in extra + check_rows if r["company"] in checks[reason]],
                                                    extra_files(specs[reason])) for reason in checks},
            "trained_at": time.strftime("%Y-%m-%d", time.gmtime())}
    meta = tm.export(model, base, all_rows, threshold, args.out, info,
                     [(learned, check_thresholds[learned.reason]) for learned in fitted])
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} kB; {len(idx)} training turns, "
          f"knn matrix {len(meta['knn_companies'])} companies)")

    written = runtime_detector(args.out, embed)
    diff, flips = check(written, [all_rows[i] for i in idx], expected)
    print(f"check: run-time vs. training-time probability of the {len(idx)} training turns: largest difference "
          f"{diff:.2e}, decisions at the threshold that differ: {flips}")
    check_diffs = {}
    for learned in fitted:
        cidx = np.where(usable & np.isin(comp, companies + checks[learned.reason]))[0]
        check_diffs[learned.reason] = check_checks(written, [all_rows[i] for i in cidx], learned.reason,
                                                   learned.predict(base, cidx))
        print(f"check: run-time vs. training-time {learned.reason} score of its {len(cidx)} training turns: largest "
              f"difference {check_diffs[learned.reason]:.2e}")
    report = {"variant": args.variant, "threshold": threshold, "training": info["training"],
              "companies": companies, "without": sorted(without),
              "trained_at": info["trained_at"], "max_fh": args.max_fh, "max_added": args.max_added,
              "loco": {"thresholds": result.thresholds, "per_company": per_company, **groups},
              "check": {"max_abs_difference": diff, "decisions_differ": flips},
              "checks": {reason: {"threshold": check_thresholds[reason], "floor": args.check_floor,
                                  "training": info["checks_training"][reason],
                                  "max_added": args.check_max_added,
                                  "loco_thresholds": result.check_thresholds[reason],
                                  "max_abs_difference": check_diffs[reason]} for reason in checks}}
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, default=list) + "\n", encoding="utf-8")
    print(f"wrote {args.out.with_suffix('.json')} [{time.perf_counter() - t0:.0f} s]")
    for name, value in (("probabilities", diff), *((f"{r} scores", d) for r, d in check_diffs.items())):
        if value > args.tolerance:
            raise SystemExit(f"check failed: run-time {name} differ from training by {value:.2e} > {args.tolerance}")


if __name__ == "__main__":
    main()
