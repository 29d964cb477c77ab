"""Train the answer model on the tuning companies and write pipeline/models/answering.json.

    .venv/bin/python scripts/train_answering.py [SET_DIR ...] [--out pipeline/models/answering.json]
        [--cases FILE] [--dry-run] [--no-ablation]

Default sets: ../shared/eval/dev and every set under eval/ (the tuning companies; sealed sets live elsewhere
and are never read here). For each `answer` and `decline` case the knowledge stages run up to compose, with the
previous turn as context, and every candidate quote (up to `answering.quotes_per_doc` per document) gives one row
(`pipeline.features`), labelled 1 when it cites an expected document and holds every expected fact, else 0 (every
candidate of a `decline` case is 0).

Validation is leave-one-company-out: each company's cases are decided by a model trained on the others. The
operating point is the probability at which, over those held-out answer and decline cases, the cases decided
right (an answer that cites an expected document with every fact, a decline where the knowledge base has no
answer) outnumber most the replies that quote a passage which does not answer (a wrong document or quote for an
answerable question, any quote for a question to decline), searched on a grid of 0.05. A declined answerable
question counts neither way: the follower is offered a person. Why the wrong replies count against: the
follower who is given a wrong passage is worse off than one offered a person, by about as much as one given the
right answer is better off. Counting only the cases right (the rule until 2026-12-06) chose 0.25 on sixteen
companies: 544 right and 259 wrong replies, against 528 right and 146 wrong at 0.45. (The mean of answer and decline accuracy, used first, weighs the fewer decline cases about
three times as much.) The model is a choice among each case's candidates and declining (`pipeline.model`: a conditional
logit, `fit_choice`) on standardised features with the penalty of scikit-learn's default (C=1), not tuned: on
thirty-two companies C of 0.1, 1 and 10 gave right minus wrong 848, 850 and 848, on forty with two quotes per
document 1,129, 1,139 and 1,134. Judging each candidate alone with a
logistic regression (until the twelfth session) gave 820 on the same rows, gradient boosting 751–773 (before the
leading unit's inputs, against 781 for the logistic regression then).
The script prints the per-company table and the ablation of each former hand rule's features and of the
candidate-against-candidate and question features (`pipeline.features.COMPARED_GROUPS`).

Comparing variants: extracting the candidate rows (every company's knowledge base synced and every case run up to
compose) takes most of the time, three to six minutes, the leave-one-company-out under one. ``--cases FILE`` keeps the
extracted cases in FILE (numpy arrays and JSON, no pickle) and reads them from there next time, refusing a file
extracted with other retrieval, quoting or answering settings or other features; ``--dry-run`` prints the figures and
writes no model; ``--no-ablation`` skips the ablation.

The question model (`pipeline.model.QuestionModel`) is a logistic regression over the message's sentence vector,
answer cases against decline cases, classes weighed equally, averaged with the answerable share of the nearest tuning
messages; its probability is the answer model's last input. (Tried and not kept, on forty companies: the nearest
messages alone, right minus wrong 1,091 against 1,101 for the regression alone; leaving the near-miss declines out of
its training, so that it judges only off-topic and manipulation, 1,064: the near misses' wording does carry over.)
So that no company's figures are decided by a model that saw its cases, it is nested inside the answer model's
folds: for the fold that holds company Y out, every other company X gets its question probabilities from a
question model trained without X and Y, and Y from one trained without Y alone. The answer model that ships is
trained on each company's question probability from a question model trained without that company, as a company
a brand brings will be; the question model that ships is trained on all of them.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.embedder import DIMENSIONS, get_embedder, unit_length  # noqa: E402
from knowledge.factory import build_retriever  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402
from pipeline.build import candidate_stages  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.features import COMPARED_GROUPS, FEATURES, MODEL_FEATURES, RULE_GROUPS, question_column  # noqa: E402
from pipeline.model import DEFAULT_MODEL, FORM, QuestionModel, choice_probabilities  # noqa: E402
from pipeline.state import Turn, TurnState  # noqa: E402
from tandem.evaluation.metrics import facts_hold  # noqa: E402
from tandem.settings import get_settings  # noqa: E402

GRID = [round(x * 0.05, 2) for x in range(1, 20)]


@dataclass
class Case:
    company: str
    id: str
    lang: str
    expect: str                  # answer | decline
    rows: np.ndarray             # one per candidate quote
    labels: np.ndarray           # answering from it is right: an expected document, every expected fact
    vector: np.ndarray           # the message's sentence vector (`Retrieval.vector`), for the question model


def default_sets() -> list[Path]:
    return [ROOT.parent / "shared" / "eval" / "dev"] + sorted(p for p in (ROOT / "eval").iterdir()
                                                              if p.name != "sealed" and (p / "cases.jsonl").is_file())


def each_case(set_dir: Path, pipeline_stages):
    """Sync the company's knowledge base into a fresh store and run ``pipeline_stages(retriever)`` on every answer
    and decline case; yields (case, state)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = KnowledgeStore(open_client(None, Path(tmp)), "train", get_embedder())
        report = sync_folder(store, set_dir / "kb")
        if report.failed:
            print(f"  {set_dir.name}: {len(report.failed)} documents failed to load", file=sys.stderr)
        retriever = build_retriever(get_settings(), store)     # as the action server builds it
        pipeline = Pipeline(pipeline_stages(retriever))
        for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if case["expect"] not in ("answer", "decline"):
                continue
            turns = case["turns"]
            turn = Turn(text=turns[-1], previous_user_messages=tuple(turns[:-1]))
            yield case, pipeline.run(TurnState(turn=turn, text=turns[-1], lang=case["lang"]))


def extract(set_dir: Path) -> list[Case]:
    """Every answer/decline case of one company, as candidate rows and labels, the quotes composed with the
    quoting settings, from as many passages and candidate documents as the action server retrieves and weighs (the
    measured defaults unless TANDEM_QUOTING__* or TANDEM_ANSWERING__MAX_DOCS / __RETRIEVE_K say otherwise)."""
    out = []
    settings = get_settings()
    for case, state in each_case(set_dir, lambda retriever: candidate_stages(retriever, settings)):
        found = state.candidates
        rows = np.vstack([c.features for c in found]) if found else np.zeros((0, len(FEATURES)))
        labels = np.array([float(case["expect"] == "answer" and bool(set(c.answer.citations) & set(case["docs"]))
                                 and facts_hold(c.answer.text, case.get("facts", []))) for c in found])
        vector = state.retrieval.vector if state.retrieval is not None else None
        if vector is None:
            vector = np.zeros(DIMENSIONS)
        out.append(Case(set_dir.name, case["id"], case["lang"], case["expect"], rows, labels, vector))
    return out


def extraction_settings() -> dict:
    """What the candidate rows depend on: the features and the settings that shape retrieval and quotes."""
    settings = get_settings()
    return {"features": list(FEATURES), **{group: getattr(settings, group).model_dump(mode="json")
                                           for group in ("retrieval", "quoting", "answering")}}


def save_cases(path: Path, cases: list[Case], sets: list[Path]) -> None:
    """The extracted cases as arrays (rows and labels of all cases one after another) and JSON (who each case is,
    which sets, and `extraction_settings`)."""
    meta = {"sets": [str(s) for s in sets], "extraction": extraction_settings(),
            "cases": [[c.company, c.id, c.lang, c.expect, len(c.rows)] for c in cases]}
    rows = np.vstack([c.rows for c in cases]) if cases else np.zeros((0, len(FEATURES)))
    with path.open("wb") as f:
        np.savez_compressed(f, rows=rows, labels=np.concatenate([c.labels for c in cases]) if cases else np.zeros(0),
                            vectors=np.vstack([c.vector for c in cases]) if cases else np.zeros((0, DIMENSIONS)),
                            meta=np.array(json.dumps(meta)))


def load_cases(path: Path, sets: list[Path]) -> list[Case]:
    """The cases `save_cases` wrote; an error when they were extracted from other sets or with other settings, or the
    file is not one `save_cases` wrote."""
    try:
        with np.load(path, allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            rows, labels, vectors = arrays["rows"], arrays["labels"], arrays["vectors"]
        stored_sets, extracted_with, stored_cases = meta["sets"], meta["extraction"], meta["cases"]
    except (OSError, EOFError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise SystemExit(f"{path} is not a file of extracted cases ({exc.__class__.__name__}): remove it to extract "
                         "again") from None
    if stored_sets != [str(s) for s in sets]:
        raise SystemExit(f"{path} holds cases of other sets ({len(stored_sets)}): remove it to extract again")
    current = extraction_settings()
    if extracted_with != current:
        changed = sorted(k for k, v in current.items() if extracted_with.get(k) != v)
        raise SystemExit(f"{path} was extracted with other {', '.join(changed)}: remove it to extract again")
    out, at = [], 0
    for (company, case_id, lang, expect, n), vector in zip(stored_cases, vectors):
        out.append(Case(company, case_id, lang, expect, rows[at:at + n], labels[at:at + n], vector))
        at += n
    return out


def fit_question(cases: list[Case]) -> QuestionModel:
    """Answer cases against decline cases, from the message vector alone, the two classes weighed equally: the
    regression and the nearest messages of `pipeline.model.QuestionModel`. A case retrieval gave no vector (and so no
    candidates) is left out."""
    cases = [c for c in cases if c.vector.any()]
    vectors = np.vstack([c.vector for c in cases])
    labels = np.array([float(c.expect == "answer") for c in cases])
    regression = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(vectors, labels)
    return QuestionModel(regression.coef_[0], float(regression.intercept_[0]), unit_length(vectors.astype(np.float32)),
                         labels.astype(np.float32))


def question_probabilities(cases: list[Case], held_out: str | None = None) -> np.ndarray:
    """Each case's question probability from a question model trained on neither its own company nor
    ``held_out``."""
    out = np.zeros(len(cases))
    for company in sorted({c.company for c in cases} - {held_out}):
        mine = [i for i, c in enumerate(cases) if c.company == company]
        model = fit_question([c for c in cases if c.company not in (company, held_out)])
        out[mine] = model.probabilities(np.vstack([cases[i].vector for i in mine]))
    return out


def with_question(cases: list[Case], probabilities: np.ndarray) -> list[Case]:
    """The cases with their question probability appended to every candidate row (`MODEL_FEATURES`)."""
    return [replace(c, rows=question_column(c.rows, q)) for c, q in zip(cases, probabilities)]


def nested_folds(cases: list[Case]) -> dict[str, tuple[list[Case], list[Case]]]:
    """Per held-out company, its training cases and its own cases, each with question probabilities from question
    models that saw neither the case's company nor the held-out one (see the module's docstring)."""
    own = question_probabilities(cases)
    folds = {}
    for company in sorted({c.company for c in cases}):
        nested = question_probabilities(cases, held_out=company)
        rows = with_question(cases, np.where([c.company == company for c in cases], own, nested))
        folds[company] = ([c for c in rows if c.company != company], [c for c in rows if c.company == company])
    return folds


@dataclass(frozen=True)
class Choice:
    """A fitted choice model (`pipeline.model`) over standardised rows."""
    weights: np.ndarray
    intercept: float

    def probabilities(self, standardised: np.ndarray) -> np.ndarray:
        return choice_probabilities(standardised @ self.weights + self.intercept)


def fit_choice(rows: np.ndarray, labels: np.ndarray, starts: np.ndarray, c: float = 1.0) -> Choice:
    """The conditional logit with declining as the outside option (`pipeline.model`), by maximum likelihood with an
    L2 penalty of strength 1/``c`` on the weights (not the intercept), as scikit-learn's logistic regression
    regularises. Each case's candidates are contiguous rows from ``starts``; the case's outcome is its right
    candidates (any of them) or, when none is right, declining.

    Written here because neither scikit-learn nor any installed library fits a conditional logit with an outside
    option (statsmodels' ConditionalLogit has none and is not installed): the negative log-likelihood and its
    gradient, vectorised over all cases, on scipy's L-BFGS; it converges in about a second on 1,700 cases."""
    n, d = rows.shape
    sizes = np.diff(np.r_[starts, n])
    answerable = np.add.reduceat(labels, starts) > 0
    spread = np.repeat(answerable, sizes)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        scores = rows @ w + b
        top = np.maximum(np.maximum.reduceat(scores, starts), 0.0)
        shares = np.exp(scores - np.repeat(top, sizes))
        total = np.add.reduceat(shares, starts) + np.exp(-top)          # the choice's normaliser, declining included
        right = np.add.reduceat(shares * labels, starts)
        nll = float((top + np.log(total)).sum() - (top[answerable] + np.log(right[answerable])).sum())
        chosen = np.where(spread, shares * labels / np.repeat(np.where(answerable, right, 1.0), sizes), 0.0)
        residual = shares / np.repeat(total, sizes) - chosen
        return nll + 0.5 / c * float(w @ w), np.r_[rows.T @ residual + w / c, residual.sum()]

    found = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    if not found.success:
        raise SystemExit(f"the answer model did not converge: {found.message}")
    return Choice(found.x[:d], float(found.x[d]))


def fit(cases: list[Case], columns: list[int]) -> tuple[StandardScaler, Choice]:
    with_rows = [c for c in cases if len(c.rows)]
    rows = np.vstack([c.rows[:, columns] for c in with_rows])
    labels = np.concatenate([c.labels for c in with_rows])
    starts = np.cumsum([0] + [len(c.rows) for c in with_rows[:-1]])
    scaler = StandardScaler().fit(rows)
    return scaler, fit_choice(scaler.transform(rows), labels, starts)


def best_of(case: Case, scaler: StandardScaler, model: Choice, columns: list[int]) -> tuple[float, float]:
    """The best candidate's probability and whether answering from it is right."""
    if not len(case.rows):
        return 0.0, 0.0
    p = model.probabilities(scaler.transform(case.rows[:, columns]))
    i = int(np.argmax(p))
    return float(p[i]), float(case.labels[i])


def leave_one_company_out(folds: dict[str, tuple[list[Case], list[Case]]],
                          columns: list[int]) -> list[tuple[Case, float, float]]:
    out = []
    for train, held_out in folds.values():
        scaler, model = fit(train, columns)
        out.extend((c, *best_of(c, scaler, model, columns)) for c in held_out)
    return out


def accuracy(decided: list[tuple[Case, float, float]], threshold: float, expect: str, lang: str | None = None) -> tuple[int, int]:
    chosen = [(c, p, right) for c, p, right in decided if c.expect == expect and (lang is None or c.lang == lang)]
    if expect == "answer":
        good = sum(1 for _, p, right in chosen if p >= threshold and right)
    else:
        good = sum(1 for _, p, _ in chosen if p < threshold)
    return good, len(chosen)


def wrong_replies(decided: list[tuple[Case, float, float]], threshold: float) -> int:
    """Cases answered from a passage that does not hold the answer: a wrong document or quote for an answer
    case, any quote for a decline case (a declined answer case is not counted: it offers a person instead)."""
    return sum(1 for _, p, right in decided if p >= threshold and not right)


def rate(pair: tuple[int, int]) -> float:
    return pair[0] / pair[1] if pair[1] else 0.0


def net_right(decided: list[tuple[Case, float, float]], threshold: float) -> int:
    """The cases decided right minus the replies quoting a passage that does not answer (see the docstring)."""
    return (accuracy(decided, threshold, "answer")[0] + accuracy(decided, threshold, "decline")[0]
            - wrong_replies(decided, threshold))


def operating_point(decided: list[tuple[Case, float, float]]) -> float:
    """The probability at which the held-out cases decided right outnumber most the replies quoting a passage
    that does not answer (see the module's docstring)."""
    return max(GRID, key=lambda t: (net_right(decided, t), t))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--cases", type=Path, help="keep the extracted cases in this file and read them from it")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    parser.add_argument("--no-ablation", action="store_true", help="skip the ablation")
    args = parser.parse_args()
    sets = args.sets or default_sets()
    if args.cases and args.cases.is_file():
        cases = load_cases(args.cases, sets)
        print(f"{len(cases)} cases read from {args.cases}")
    else:
        cases = []
        for set_dir in sets:
            extracted = extract(set_dir)
            print(f"{set_dir.name}: {len(extracted)} cases, {sum(len(c.rows) for c in extracted)} candidate rows, "
                  f"ceiling {sum(1 for c in extracted if c.expect == 'answer' and c.labels.any())}/"
                  f"{sum(1 for c in extracted if c.expect == 'answer')} answer cases with a right candidate")
            cases.extend(extracted)
        if args.cases:
            save_cases(args.cases, cases, sets)
    print(f"a right candidate for {sum(1 for c in cases if c.expect == 'answer' and c.labels.any())} of "
          f"{sum(1 for c in cases if c.expect == 'answer')} answer cases")
    everything = list(range(len(MODEL_FEATURES)))
    folds = nested_folds(cases)
    decided = leave_one_company_out(folds, everything)
    threshold = operating_point(decided)
    print(f"\nleave-one-company-out at operating point {threshold:.2f}:")
    print(f"{'company':<18}{'answer':>14}{'decline':>14}")
    table = {}
    for company in sorted({c.company for c in cases}):
        mine = [d for d in decided if d[0].company == company]
        a, d = accuracy(mine, threshold, "answer"), accuracy(mine, threshold, "decline")
        table[company] = {"answer": a, "decline": d}
        print(f"{company:<18}{a[0]:>5}/{a[1]:<3} {rate(a):4.0%}{d[0]:>5}/{d[1]:<3} {rate(d):4.0%}")
    overall = {kind: accuracy(decided, threshold, kind) for kind in ("answer", "decline")}
    per_lang = {f"{kind} {lang}": accuracy(decided, threshold, kind, lang) for kind in ("answer", "decline")
                for lang in ("de", "en")}
    print(f"{'all':<18}{overall['answer'][0]:>5}/{overall['answer'][1]:<3} {rate(overall['answer']):4.0%}"
          f"{overall['decline'][0]:>5}/{overall['decline'][1]:<3} {rate(overall['decline']):4.0%}")
    print("  " + ", ".join(f"{k} {rate(v):.0%}" for k, v in per_lang.items()))

    print("\nthe trade-off, leave-one-company-out (answers / declines right; replies that quote a wrong passage):")
    for t in GRID[2:12]:
        print(f"  at {t:.2f}: {rate(accuracy(decided, t, 'answer')):.1%} / {rate(accuracy(decided, t, 'decline')):.1%}; "
              f"{wrong_replies(decided, t)} wrong; right minus wrong {net_right(decided, t)}")
    print("\nablation (leave-one-company-out, operating point chosen again without the rule's features):")
    ablation = {}
    groups = {} if args.no_ablation else {**RULE_GROUPS, **COMPARED_GROUPS}
    for rule, names in groups.items():
        columns = [i for i, name in enumerate(MODEL_FEATURES) if name not in names]
        without = leave_one_company_out(folds, columns)
        t = operating_point(without)
        a, d = rate(accuracy(without, t, "answer")), rate(accuracy(without, t, "decline"))
        gain_a, gain_d = rate(overall["answer"]) - a, rate(overall["decline"]) - d
        gain_net = net_right(decided, threshold) - net_right(without, t)
        ablation[rule] = {"answer_gain": round(gain_a, 4), "decline_gain": round(gain_d, 4),
                          "right_minus_wrong_gain": gain_net}
        print(f"  {rule:<14} without: answer {a:.1%}, decline {d:.1%} at {t:.2f}  -> the group gains answer "
              f"{gain_a:+.1%}, decline {gain_d:+.1%}, right minus wrong {gain_net:+d}")

    if args.dry_run:
        return 0
    scaler, model = fit(with_question(cases, question_probabilities(cases)), everything)
    question = fit_question(cases)
    weights = model.weights
    args.out.parent.mkdir(parents=True, exist_ok=True)
    examples = args.out.with_name(f"{args.out.stem}_questions.npz")
    with examples.open("wb") as f:
        np.savez_compressed(f, vectors=question.examples.astype(np.float16),
                            answerable=question.answerable.astype(np.uint8))
    args.out.write_text(json.dumps({
        "features": list(MODEL_FEATURES), "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
        "form": FORM, "weights": weights.tolist(), "intercept": model.intercept, "threshold": threshold,
        "question": {"weights": question.weights.tolist(), "intercept": question.intercept,
                     "examples": examples.name, "bandwidth": question.bandwidth, "nearest": question.nearest,
                     "trained": "answer against decline cases of every tuning company, message vector, classes weighed "
                                "equally; the regression averaged with the nearest tuning messages"},
        "trained_on": sorted({c.company for c in cases}),
        "retrieval": {"center_languages": get_settings().retrieval.center_languages},
        "operating_point": "most cases right minus replies quoting a wrong passage, leave-one-company-out, grid 0.05",
        "leave_one_company_out": {k: {m: list(v) for m, v in t.items()} for k, t in table.items()},
        "ablation": ablation,
    }, indent=1) + "\n", encoding="utf-8")
    print("\nweights: " + ", ".join(f"{n} {w:+.2f}" for n, w in sorted(zip(MODEL_FEATURES, weights),
                                                                    key=lambda x: -abs(x[1]))))
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
