"""Train the learned escalation detector from the tuning data and write ``handoff/model/detector.npz``.

    .venv/bin/python handoff/train.py [--data handoff/data/train.jsonl] [--out handoff/model/detector.npz]
    .venv/bin/python handoff/train.py --data handoff/data/complaints.jsonl --reasons complaint \
        --out handoff/model/complaint.npz        # the complaint model (the stack_complaint turn model's input)

One command, reproducible (fixed folds, deterministic solver). Steps:

1. read ``handoff/data/train.jsonl`` (rebuilt from the public sources by ``handoff/data/build.py``);
2. embed every text with the multilingual USE the detector uses at run time (cached in
   ``handoff/data/.cache/``, not committed);
3. per learned reason, a logistic regression (class-balanced) on the embedding and surface signals
   (``--chars`` adds hashed character n-grams), calibrated with scikit-learn's ``CalibratedClassifierCV(method="sigmoid", cv=5,
   ensemble=False)``: one model on all data, Platt scaling fitted on 5-fold out-of-fold scores;
4. 5-fold cross-validated probabilities of the same pipeline, from which each reason's threshold is
   chosen (highest F1 on the tuning data, never on the held-out real messages or an evaluation set)
   and the tuning-data report ``handoff/model/cv_report.json`` is written (``bench/detector.py``
   prints it; another ``--out`` gets its own report, ``<name>_cv_report.json``).

The held-out real messages (``handoff/data/heldout_real.jsonl``) are not read here. ``--add-sets`` adds the
in-domain customer messages of evaluation sets (README, "Escalation detector": tried, not shipped). With
them, the cross-validated figures are optimistic: a set row's copies fall into several folds.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from handoff.model import DEFAULT_PATH, EMBED_DIM, SURFACE_NAMES, Featurizer, clean, save  # noqa: E402

LEARNED = ("sarcasm", "emotional")
SEED = 13


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def set_rows(path: Path) -> list[dict]:
    """In-domain rows from an evaluation set: the turn a sarcasm or emotional case must be handed over by
    (its reason), and every turn of answer / decline / smalltalk cases (none). Other hand-over reasons
    are left out: "not sarcastic" would be right for them, but a legal threat labelled "none" would teach
    the emotional model that anger is fine."""
    out = []
    for case in load_rows(path):
        if case["expect"] == "handoff":
            if case.get("reason") in LEARNED:
                turn = case["turns"][case.get("handoff_by", len(case["turns"]) - 1)]
                out.append({"text": turn, "lang": case["lang"], "reason": case["reason"], "source": str(path.parent)})
        else:
            out += [{"text": t, "lang": case["lang"], "reason": "none", "source": str(path.parent)} for t in case["turns"]]
    return out


def embed_all(texts: list[str], cache_dir: Path) -> np.ndarray:
    from handoff.detector import UseEmbedder

    key = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    cache = cache_dir / f"vectors-{key}.npy"
    if cache.exists():
        return np.load(cache)
    embed = UseEmbedder()
    t0 = time.perf_counter()
    parts = [embed(texts[i:i + 64]) for i in range(0, len(texts), 64)]
    vectors = np.vstack(parts).astype(np.float32).reshape(len(texts), EMBED_DIM)
    print(f"embedded {len(texts)} texts in {time.perf_counter() - t0:.0f} s")
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def estimator(C: float):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    base = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=SEED)
    return CalibratedClassifierCV(base, method="sigmoid", cv=StratifiedKFold(5, shuffle=True, random_state=SEED),
                                  ensemble=False)


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, dict]:
    best = (0.5, {"f1": -1.0})
    for t in np.arange(0.2, 0.951, 0.01):
        pred = p >= t
        tp = float((pred & y).sum())
        prec = tp / max(pred.sum(), 1)
        rec = tp / max(y.sum(), 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        if f1 > best[1]["f1"]:
            best = (round(float(t), 2), {"precision": prec, "recall": rec, "f1": f1})
    return best


def main() -> None:
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "handoff/data/train.jsonl")
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--reasons", nargs="+", default=list(LEARNED), metavar="REASON",
                        help="the labels to learn, one model each (default: %(default)s)")
    parser.add_argument("--add-sets", type=Path, nargs="*", default=[], metavar="SET_DIR",
                        help="also learn from evaluation sets (cases.jsonl): the hand-over turn of their sarcasm and "
                             "emotional cases, every turn of their other non-hand-over cases as none (experiment; "
                             "never the sealed sets)")
    parser.add_argument("--set-weight", type=int, default=5, help="how many times each --add-sets row counts")
    parser.add_argument("--chars", action="store_true",
                        help="add the character n-grams (off by default: on the customer-service sets they added "
                             "false handoffs; see README)")
    args = parser.parse_args()

    rows = load_rows(args.data)
    for set_dir in args.add_sets:
        if "sealed" in set_dir.parts:
            parser.error("the sealed sets judge the bot and are never trained on")
        rows += set_rows(set_dir / "cases.jsonl") * args.set_weight
    texts = [clean(r["text"]) for r in rows]
    vectors = embed_all(texts, ROOT / "handoff/data/.cache")
    featurizer = Featurizer(embed=None)
    _, chars, surface = featurizer.parts(texts, vectors=vectors)
    if not args.chars:
        chars = chars[:, :0]
    X = Featurizer.matrix(vectors, chars, surface)
    print(f"{X.shape[0]} rows x {X.shape[1]} features")

    models, thresholds, report = {}, {}, {"rows": len(rows), "folds": 5, "reasons": {}}
    for reason in args.reasons:
        if not any(r["reason"] == reason for r in rows):
            parser.error(f"no row of {args.data} is labelled {reason!r}")
        y = np.array([r["reason"] == reason for r in rows])
        t0 = time.perf_counter()
        oof = cross_val_predict(estimator(args.C), X, y, cv=StratifiedKFold(5, shuffle=True, random_state=SEED + 1),
                                method="predict_proba")[:, 1]
        threshold, scores = best_threshold(y, oof)
        clf = estimator(args.C).fit(X, y)
        calibrated = clf.calibrated_classifiers_[0]
        lr, cal = calibrated.estimator, calibrated.calibrators[0]
        w = lr.coef_.ravel().astype(np.float64)
        models[reason] = {
            "w_embed": w[:EMBED_DIM],
            "w_chars": w[EMBED_DIM:EMBED_DIM + chars.shape[1]] if chars.shape[1] else np.zeros(0),
            "w_surface": w[EMBED_DIM + chars.shape[1]:], "bias": float(lr.intercept_[0]),
            "cal_a": float(cal.a_), "cal_b": float(cal.b_)}
        thresholds[reason] = threshold
        per_lang = {}
        for lang in ("de", "en"):
            mask = np.array([r["lang"] == lang for r in rows])
            if y[mask].sum():
                pred = oof[mask] >= threshold
                tp = float((pred & y[mask]).sum())
                prec, rec = tp / max(pred.sum(), 1), tp / max(y[mask].sum(), 1)
                per_lang[lang] = {"n": int(y[mask].sum()), "precision": prec, "recall": rec,
                                  "f1": 2 * prec * rec / max(prec + rec, 1e-9)}
        curve = {}
        for t in np.arange(0.1, 0.951, 0.05):
            pred = oof >= t
            tp = float((pred & y).sum())
            curve[f"{t:.2f}"] = [tp / max(pred.sum(), 1), tp / max(y.sum(), 1)]
        report["reasons"][reason] = {"threshold": threshold, "positives": int(y.sum()), **scores, "by_lang": per_lang,
                                     "curve": curve}
        print(f"{reason:<10} threshold {threshold:.2f}  CV precision {scores['precision']:.3f} recall "
              f"{scores['recall']:.3f} F1 {scores['f1']:.3f}  ({time.perf_counter() - t0:.0f} s)")
        top = np.argsort(models[reason]["w_surface"])[::-1]
        print("   surface weights: " + ", ".join(f"{SURFACE_NAMES[i]} {models[reason]['w_surface'][i]:+.2f}" for i in top))

    info = {"trained_on": str(args.data.relative_to(ROOT)) if args.data.is_relative_to(ROOT) else str(args.data),
            "rows": len(rows), "C": args.C, "chars": bool(args.chars),
            "added_sets": [str(d) for d in args.add_sets], "set_weight": args.set_weight if args.add_sets else 0}
    save(args.out, models, thresholds, info)
    report_name = "cv_report.json" if args.out == DEFAULT_PATH else f"{args.out.stem}_cv_report.json"
    report_path = args.out.with_name(report_name)
    report_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) and {report_path.name}")


if __name__ == "__main__":
    main()
