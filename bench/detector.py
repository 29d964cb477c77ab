"""Escalation detector alone (no Rasa): per-reason precision, recall and F1, false handoffs, latency.

    .venv/bin/python bench/detector.py [SET_DIR ...] [--mode config|rules|model|both] [--rules FILE]
                                       [--turn-model [FILE]] [--no-embed] [--no-heldout] [--bot-replies FOLDER] [-v]

Three kinds of numbers, each as a per-reason precision / recall / F1 table:

1. the tuning data, cross-validated (5 folds; written by ``handoff/train.py`` to
   ``handoff/model/cv_report.json`` when the model was trained — the learned reasons only);
2. the held-out real customer messages (``handoff/data/heldout_real.jsonl``: sources not used in
   training, labelled before training, never tuned on), each message on its own; false handoffs are
   counted on its routine questions and praise, complaints that need no person are shown apart; and the
   public routine requests (``handoff/data/public_routine_check.jsonl``, CLINC150 rows not trained on): how many
   are handed over;
3. each SET_DIR given (evaluation sets in the ../shared/eval format).

``--mode`` compares the detector's parts: ``rules`` = the phrase lists of rules.yml alone (the learned
model off), ``model`` = the learned model alone for the reasons it learned (their phrase lists off; the
exact rules stay), ``both`` = either fires; ``config`` (default) = as rules.yml's ``model:`` section says.
``--turn-model`` switches the hand-over model learned from many companies' turns on (``handoff/turn_model.py``;
default file ``handoff/model/turns.npz``, whatever rules.yml's ``turn_model.enabled`` says): exact rules OR the
model.

    e.g. .venv/bin/python bench/detector.py /work/shared/eval/dev eval/holdout-outdoor
         .venv/bin/python bench/detector.py bench/data/detector_probe.jsonl

A SET_DIR may also be a cases file itself (JSON lines in the cases.jsonl format, no knowledge base
needed), e.g. the detector probe in bench/data/.

Each set folder (default: the development set) is reported on its own, then one summary line per
set; timing runs once, over the turns of every set.

Every case's turns are played through ``Detector.detect`` in order (earlier turns as context). The bot's
side of the conversation comes from ``--bot-replies FOLDER`` (``tandem eval SET --trace --out
FOLDER/<set name>.jsonl``: what the real stack replied, with its kind; bot_failures counted from its
declines); without it the bot's replies are unknown and bot_failures=0. Multi-turn cases get their own
table with the conversation signals on and off. The held-out report also prints how many messages the
LLM second opinion's band would send to an endpoint. A handoff case counts as caught when any turn up to
``handoff_by`` (default: the last turn) is detected; "reason ok" additionally requires the expected
reason among the detected ones. A false handoff is any detected turn of an answer/decline/smalltalk
case. With embeddings on, the same cases are also played rules-only to show what the similarity
signal adds (cases caught only thanks to it, false handoffs only because of it). Timing: p50/p95 per
message after warm-up, over messages made unique so no cache helps; the process's resident memory is
printed after loading and after timing (compare a run with ``--turn-model`` to one without for what the
model adds).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataclasses import replace  # noqa: E402

from handoff.detector import MODES, BotTurn, Conversation, Detector, UseEmbedder  # noqa: E402
from handoff.rules import REASONS, read_rules  # noqa: E402
from handoff.turn_model import DEFAULT_FILE as TURN_MODEL  # noqa: E402

DEFAULT_SET = Path("/work/shared/eval/dev")
CONVERSATION_SIGNALS = ("bot_declined", "bot_answered", "bot_repeated", "user_repeats", "worsening", "long_conversation",
                        "bot_failures", "rephrase", "trend", "model_trend")
ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "handoff/data/heldout_real.jsonl"
PUBLIC_ROUTINE = ROOT / "handoff/data/public_routine_check.jsonl"
CV_REPORT = ROOT / "handoff/model/cv_report.json"


BOT_TURNS: dict[str, list[BotTurn]] = {}
"""Per case id, the bot's reply to each turn as the real stack gave it (``--bot-replies``); empty = unknown."""


def play(detector: Detector, case: dict) -> list:
    """Every turn through the detector with the conversation so far: the follower's earlier messages and,
    when ``--bot-replies`` names them, the bot's earlier replies and its declines (as the action server
    counts them: ``bot_failures``)."""
    detections = []
    previous: list[str] = []
    bots = BOT_TURNS.get(case["id"], [])
    for i, turn in enumerate(case["turns"]):
        earlier = tuple(bots[:i])
        conversation = Conversation(previous_user_messages=list(previous), previous_bot_turns=earlier,
                                    bot_failures=sum(1 for b in earlier if b.kind == "decline"))
        detections.append(detector.detect(turn, conversation, case["lang"]))
        previous.append(turn)
    return detections


def load_bot_turns(folder: Path, set_name: str) -> int:
    """Read ``folder/<set name>.jsonl``, a ``tandem eval SET --trace`` results file: per turn the replies and
    the ``present`` stage's verdict (the reply's kind). Returns how many cases it covered."""
    path = folder / f"{set_name}.jsonl"
    if not path.is_file():
        print(f"  (no bot replies for {set_name}: {path} missing)")
        return 0
    n = 0
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        result = json.loads(line)
        turns = []
        for t in result["turns"]:
            kind = next((e["verdict"] for e in t.get("trace", []) if e.get("stage") == "present"), None)
            if kind is None and t.get("handed_over"):
                kind = "handover"
            turns.append(BotTurn(kind, "\n".join(t.get("replies", []))))
        BOT_TURNS[result["id"]] = turns
        n += 1
    return n


def outcome(case: dict, detections: list) -> bool:
    """Handoff case: caught in time. Other cases: handed over although it should not have been."""
    if case["expect"] == "handoff":
        by = case.get("handoff_by", len(case["turns"]) - 1)
        return any(d.handover for d in detections[: by + 1])
    return any(d.handover for d in detections)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dirs", type=Path, nargs="*", default=[DEFAULT_SET], metavar="SET_DIR",
                        help="evaluation set folders holding cases.jsonl, or cases files (default: the development set)")
    parser.add_argument("--rules", type=Path, default=None, help="rules file (default handoff/rules.yml)")
    parser.add_argument("--no-embed", action="store_true", help="no sentence embeddings (rules' similarity and the model's)")
    parser.add_argument("--turn-model", type=Path, nargs="?", const=TURN_MODEL, default=None, metavar="FILE",
                        help=f"switch the turn model on (default file {TURN_MODEL.relative_to(ROOT)})")
    parser.add_argument("--mode", choices=MODES, default="config", help="which parts decide (see above)")
    parser.add_argument("--no-heldout", action="store_true", help="skip the held-out real messages")
    parser.add_argument("--no-routine", action="store_true", help="skip the public routine requests")
    parser.add_argument("--timing", type=int, default=2000, help="messages to time (0 = skip)")
    parser.add_argument("--bot-replies", type=Path, default=None, metavar="FOLDER",
                        help="folder of `tandem eval SET --trace --out FOLDER/<set name>.jsonl` results: the bot's "
                             "real replies between the turns (conversation signals; without it the bot's side is unknown)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list caught cases and missed texts")
    parser.add_argument("--show-heldout", action="store_true",
                        help="list the held-out real messages missed or handed over wrongly (off by default: the set "
                             "judges the detector and is not for tuning)")
    args = parser.parse_args()

    rules = read_rules(args.rules)
    rss_start = rss_mb()
    t0 = time.perf_counter()
    turn_model = args.turn_model if args.turn_model is not None else "auto"
    # one encoder thread: with two (the encoder's threadpoolctl limit overrides OPENBLAS_NUM_THREADS), OpenBLAS's
    # second thread busy-waits and on a busy machine one message took 50-350 ms instead of 3-12
    detector = (Detector(rules, embed=None, mode=args.mode, turn_model=None) if args.no_embed
                else Detector(rules, embed=UseEmbedder(threads=1), mode=args.mode, turn_model=turn_model))
    if args.turn_model is not None and detector.turn_model is None:
        raise SystemExit(f"the turn model {args.turn_model} could not be loaded (see the log above)")
    load_s = time.perf_counter() - t0
    rules_only = (None if args.no_embed or detector.model is not None or detector.turn_model is not None
                  else Detector(rules, embed=None, mode=args.mode))
    summaries, all_cases = [], []
    multi_turn: dict[Path, list[dict]] = {}
    print(f"mode {args.mode}: learned model {'on for ' + ', '.join(f'{r} (p >= {t:.2f})' for r, t in detector.thresholds.items()) if detector.model is not None else 'off'}"
          f"; phrase lists off for: {', '.join(sorted(detector.rules_off)) or 'none'}")
    tmodel = detector.turn_model
    print("turn model: " + (f"on ({tmodel.path}, variant {tmodel.variant}, p >= {detector.turn_threshold:.2f}; "  # type: ignore[attr-defined]
                            f"{'exact rules' if tmodel.stacked else 'all rules'} OR model)" if tmodel is not None else "off") + "\n")  # type: ignore[attr-defined]
    cv_table(detector.thresholds)
    if not args.no_heldout:
        heldout_cases = heldout_as_cases(HELDOUT)
        all_cases += heldout_cases
        summaries.append((HELDOUT.relative_to(ROOT), report_heldout(detector, heldout_cases, args.show_heldout)))
    if not args.no_routine:
        summaries.append((PUBLIC_ROUTINE.relative_to(ROOT), report_public_routine(detector)))
    for n, set_dir in enumerate(args.set_dirs):
        if n:
            print("\n" + "=" * 100 + "\n")
        cases_file = set_dir if set_dir.is_file() else set_dir / "cases.jsonl"
        cases = [json.loads(line) for line in cases_file.open(encoding="utf-8") if line.strip()]
        all_cases += cases
        if args.bot_replies is not None:
            load_bot_turns(args.bot_replies, set_dir.name if set_dir.is_dir() else set_dir.stem)
        line = report(detector, rules_only, rules, set_dir, cases, args)
        table = prf_table(detector, cases)
        summaries.append((set_dir, f"{line}  [{table}]"))
        multi_turn[set_dir] = [c for c in cases if len(c["turns"]) > 1]
    if len(summaries) > 1:
        print("\nSummary")
        for set_dir, line in summaries:
            print(f"  {str(set_dir):<40}{line}")
    if multi_turn:
        no_signals = Detector(replace(rules, settings={**rules.settings, "conversation_signals": False}),
                              embed=detector._embed, model=detector.model, mode=args.mode,
                              turn_model=detector.turn_model)
        conversation_table(detector, no_signals, multi_turn, args.bot_replies is not None)
    rss_loaded = rss_mb()
    if args.timing > 0:
        timing(detector, all_cases, args.timing, load_s)
    print(f"Resident memory: {rss_start:.0f} MB at start, {rss_loaded:.0f} MB after loading and the reports, "
          f"{rss_mb():.0f} MB at the end (peak {rss_mb('VmHWM'):.0f} MB)")


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident set (or its peak, ``VmHWM``) in MB, from /proc (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def prf(found: dict[str, set[str]], truth: dict[str, str | None]) -> dict[str, tuple[int, int, int]]:
    """Per reason: (true positives, predicted, actual) over items; ``found`` = reasons detected per item."""
    out = {}
    for reason in REASONS:
        actual = sum(1 for t in truth.values() if t == reason)
        predicted = sum(1 for k in found if reason in found[k])
        tp = sum(1 for k in found if reason in found[k] and truth[k] == reason)
        if actual or predicted:
            out[reason] = (tp, predicted, actual)
    return out


def print_prf(stats: dict[str, tuple[int, int, int]], title: str) -> str:
    print(f"\n{title}")
    print(f"  {'reason':<18}{'n':>5}{'precision':>12}{'recall':>12}{'F1':>7}")
    parts = []
    for reason, (tp, predicted, actual) in stats.items():
        prec = tp / predicted if predicted else float("nan")
        rec = tp / actual if actual else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if predicted and actual and (prec + rec) else 0.0
        print(f"  {reason:<18}{actual:>5}{f'{prec:.0%} ({tp}/{predicted})' if predicted else '-':>12}"
              f"{f'{rec:.0%} ({tp}/{actual})' if actual else '-':>12}{f1:>7.2f}")
        parts.append(f"{reason} F1 {f1:.2f}")
    return ", ".join(parts)


def prf_table(detector: Detector, cases: list[dict]) -> str:
    """Per-reason precision/recall/F1 over the cases of a set (reasons detected up to handoff_by)."""
    found, truth = {}, {}
    for case in cases:
        detections = play(detector, case)
        by = case.get("handoff_by", len(case["turns"]) - 1) if case["expect"] == "handoff" else len(case["turns"]) - 1
        found[case["id"]] = {r for d in detections[: by + 1] for r in d.reasons}
        truth[case["id"]] = case.get("reason") if case["expect"] == "handoff" else None
    return print_prf(prf(found, truth), "Per reason (a case counts for a reason when that reason is detected)")


def cv_table(active: dict[str, float] | None = None) -> None:
    if not CV_REPORT.exists():
        print("Tuning data: no cv_report.json (train the model with handoff/train.py)")
        return
    data = json.loads(CV_REPORT.read_text(encoding="utf-8"))
    print(f"Tuning data, {data['folds']}-fold cross-validated ({data['rows']} public-corpus messages; "
          f"handoff/model/cv_report.json, written by handoff/train.py)")
    print(f"  {'reason':<18}{'n':>6}{'precision':>11}{'recall':>9}{'F1':>7}{'threshold':>11}   by language (P/R)")
    for reason, r in data["reasons"].items():
        langs = "  ".join(f"{lang} {v['precision']:.0%}/{v['recall']:.0%} (n={v['n']})" for lang, v in r["by_lang"].items())
        print(f"  {reason:<18}{r['positives']:>6}{r['precision']:>11.0%}{r['recall']:>9.0%}{r['f1']:>7.2f}"
              f"{r['threshold']:>11.2f}   {langs}")
        t = (active or {}).get(reason)
        if t is not None and r.get("curve"):
            key = min(r["curve"], key=lambda k: abs(float(k) - t))
            prec, rec = r["curve"][key]
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"  {'  at p >= ' + key + ' (in use)':<18}{'':>6}{prec:>11.0%}{rec:>9.0%}{f1:>7.2f}")
    print()


def heldout_as_cases(path: Path) -> list[dict]:
    cases = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        case = {"id": row["id"], "lang": row["lang"], "turns": [row["text"]], "kind": row["kind"]}
        if row["reason"] != "none":
            case.update(expect="handoff", reason=row["reason"])
        else:
            case["expect"] = "answer"
        cases.append(case)
    return cases


def report_heldout(detector: Detector, cases: list[dict], show_texts: bool = False) -> str:
    """Held-out real messages: per-reason P/R/F1, handoff recall, false handoffs on routine + praise. The texts of
    the messages missed or handed over wrongly only with ``show_texts`` (``--show-heldout``): the set judges the
    detector, and reading its failures while changing rules or data would make it one more tuning set."""
    found, truth = {}, {}
    for case in cases:
        d = detector.detect(case["turns"][0], Conversation(previous_user_messages=[]), case["lang"])
        found[case["id"]] = set(d.reasons)
        truth[case["id"]] = case.get("reason")
    print("=" * 100)
    print(f"\nHeld-out real customer messages ({HELDOUT.relative_to(ROOT)}: {len(cases)} messages, "
          f"{sum(c['lang'] == 'de' for c in cases)} German; never used to train or tune)")
    table = print_prf(prf(found, truth), "Per reason (right reason detected)")
    lines = []
    for lang in ("all", "de", "en"):
        sel = [c for c in cases if lang == "all" or c["lang"] == lang]
        hand = [c for c in sel if c["expect"] == "handoff"]
        caught = sum(1 for c in hand if found[c["id"]])
        routine = [c for c in sel if c.get("kind") in ("routine", "praise")]
        complaints = [c for c in sel if c.get("kind") == "complaint"]
        fh = sum(1 for c in routine if found[c["id"]])
        fc = sum(1 for c in complaints if found[c["id"]])
        lines.append(f"  {lang:<4} handoff recall {caught}/{len(hand)} = {caught / max(len(hand), 1):.0%}   "
                     f"false handoffs on routine questions + praise {fh}/{len(routine)} = {fh / max(len(routine), 1):.1%}   "
                     f"complaints that need no person handed over {fc}/{len(complaints)} = {fc / max(len(complaints), 1):.0%}")
    print("\n" + "\n".join(lines))
    band_report(detector, cases, found)
    if not show_texts:
        print("  (the messages missed or handed over wrongly: --show-heldout)")
    else:
        for c in cases:
            if c["expect"] == "handoff" and not found[c["id"]]:
                print(f"  MISSED {c['id']} [{c['reason']}/{c['lang']}]: {c['turns'][0][:140]}")
        for c in cases:
            if c.get("kind") in ("routine", "praise") and found[c["id"]]:
                print(f"  FALSE {c['id']} [{c['kind']}/{c['lang']}] {sorted(found[c['id']])}: {c['turns'][0][:140]}")
    print("\n" + "=" * 100 + "\n")
    return lines[0].strip() + f"  [{table}]"


def report_public_routine(detector: Detector, path: Path = PUBLIC_ROUTINE) -> str:
    """Real routine requests that must stay with the bot (CLINC150's test split, none of them trained on: see
    handoff/data/build.py): how many are handed over, and for which reasons. English only."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    detections = [detector.detect(row["text"], Conversation(previous_user_messages=[]), row["lang"]) for row in rows]
    handed = sum(d.handover for d in detections)
    reasons = Counter(reason for d in detections for reason in d.reasons)
    line = (f"public routine requests handed over {handed}/{len(rows)} = {handed / max(len(rows), 1):.1%}"
            f" ({', '.join(f'{r} {n}' for r, n in reasons.most_common()) or 'none'})")
    print(f"Public routine requests ({path.relative_to(ROOT)}: {len(rows)} English requests to a virtual assistant, "
          f"not trained on)\n  {line}\n")
    return line


def band_report(detector: Detector, cases: list[dict], found: dict[str, set[str]]) -> None:
    """What the LLM second opinion would be asked on these messages (rules.yml ``second_opinion``): those where
    nothing fired and a learned reason's probability is in the band. The cost side (how many routine messages
    it sees) and the most it could add (missed hand-overs inside the band); the LLM's own accuracy is not
    measured here (no endpoint)."""
    so = detector.rules.second_opinion
    if not so.enabled or not so.reasons or detector._embed is None:
        return
    if detector.turn_model is not None:   # the turn model's band: turn_low <= p < its threshold
        def borderline(text: str, lang: str) -> bool:
            p = detector.turn_probability(text, Conversation([]), lang)
            return p is not None and so.turn_low <= p[0] < detector.turn_threshold
        band = f"turn model p in [{so.turn_low:.2f}, {detector.turn_threshold:.2f})"
    else:
        scorer = detector if detector.scorer is not None else Detector(
            detector.rules, embed=detector._embed, mode="model", examples=None, second_opinion=None)

        def borderline(text: str, lang: str) -> bool:
            return any(scorer.probabilities(text).get(r, 0.0) >= so.low for r in so.reasons)
        band = f"p >= {so.low:.2f} for {', '.join(so.reasons)}"
    asked = [c for c in cases if not found[c["id"]] and len(c["turns"][0].split()) >= 3
             and borderline(c["turns"][0], c["lang"])]
    missed = [c for c in cases if c["expect"] == "handoff" and not found[c["id"]]]
    routine = [c for c in cases if c.get("kind") in ("routine", "praise")]
    in_band = lambda sel: sum(1 for c in sel if c in asked)  # noqa: E731
    print(f"  second-opinion band ({band}, nothing fired): asked for "
          f"{len(asked)}/{len(cases)} messages = {len(asked) / max(len(cases), 1):.0%}; missed hand-overs in it "
          f"{in_band(missed)}/{len(missed)}, routine + praise in it {in_band(routine)}/{len(routine)}")


def report(detector: Detector, rules_only: Detector | None, rules, set_dir: Path, cases: list[dict],
           args: argparse.Namespace) -> str:
    """Print recall per reason, misses, embedding contribution and false handoffs; return a summary line."""
    per_reason: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # total, caught, reason ok
    missed, wrong_reason, false_handoffs, caught_list = [], [], [], []
    non_handoff_cases = non_handoff_turns = 0
    for case in cases:
        detections = play(detector, case)
        if case["expect"] == "handoff":
            by = case.get("handoff_by", len(case["turns"]) - 1)
            window = detections[: by + 1]
            stats = per_reason[case["reason"]]
            stats[0] += 1
            hit = next((i for i, d in enumerate(window) if d.handover), None)
            if hit is None:
                missed.append(case)
                continue
            stats[1] += 1
            found = {r for d in window for r in d.reasons}
            if case["reason"] in found:
                stats[2] += 1
            else:
                wrong_reason.append((case, window[hit]))
            caught_list.append((case, hit, window[hit]))
        else:
            non_handoff_cases += 1
            non_handoff_turns += len(case["turns"])
            for i, d in enumerate(detections):
                if d.handover:
                    false_handoffs.append((case, i, d))

    total = sum(s[0] for s in per_reason.values())
    caught = sum(s[1] for s in per_reason.values())
    ok = sum(s[2] for s in per_reason.values())
    mode = "rules only" if args.no_embed else "rules + embeddings"
    print(f"set {set_dir}  ({len(cases)} cases, {mode}, rules {rules.path})")
    print(f"\nHandoff recall: {caught}/{total} = {caught / max(total, 1):.1%}   (right reason: {ok}/{total} = {ok / max(total, 1):.1%})")
    print(f"  {'reason':<18}{'caught':>10}{'recall':>9}{'reason ok':>11}")
    for reason in sorted(per_reason, key=lambda r: -per_reason[r][0]):
        n, c, r = per_reason[reason]
        print(f"  {reason:<18}{f'{c}/{n}':>10}{c / n:>9.0%}{f'{r}/{n}':>11}")
    for case in missed:
        print(f"  MISSED {case['id']} [{case['reason']}/{case['lang']}]: " + " | ".join(case["turns"]))
    for case, d in wrong_reason:
        print(f"  OTHER REASON {case['id']} expected {case['reason']}, got {d.reasons}: {d.explanation}")
    if args.verbose:
        for case, i, d in caught_list:
            print(f"  caught {case['id']} turn {i} {d.reasons}: {d.explanation}")

    if rules_only is not None:
        gained = [c for c in cases if c["expect"] == "handoff" and outcome(c, play(detector, c)) and not outcome(c, play(rules_only, c))]
        added = [c for c in cases if c["expect"] != "handoff" and outcome(c, play(detector, c)) and not outcome(c, play(rules_only, c))]
        print(f"\nEmbedding contribution: +{len(gained)} handoff case(s) caught only thanks to similarity, "
              f"+{len(added)} false handoff(s) caused by it")
        for c in gained + added:
            print(f"  {c['id']} [{c['expect']}]: " + " | ".join(c["turns"]))

    fh_cases = len({c["id"] for c, _, _ in false_handoffs})
    print(f"\nFalse handoffs: {fh_cases}/{non_handoff_cases} cases = {fh_cases / max(non_handoff_cases, 1):.1%}"
          f"  ({len(false_handoffs)}/{non_handoff_turns} turns)")
    for case, i, d in false_handoffs:
        print(f"  FALSE {case['id']} [{case['expect']}/{case['lang']}] turn {i} {d.reasons}: {case['turns'][i]!r}"
              f"\n        -> {d.explanation}")

    by_size = sorted(per_reason, key=lambda r: -per_reason[r][0])
    per = ", ".join(f"{r} {per_reason[r][1]}/{per_reason[r][0]}" for r in by_size)
    return (f"recall {caught}/{total}, right reason {ok}/{total}, false handoffs {fh_cases}/{non_handoff_cases}"
            + (f"  ({per})" if per else ""))


def conversation_table(detector: Detector, no_signals: Detector, sets: dict[Path, list[dict]], with_bot: bool) -> None:
    """Multi-turn cases only: recall, right reason and false handoffs with the conversation signals and without."""
    print(f"\nMulti-turn cases, conversation signals on vs off (bot replies {'from --bot-replies' if with_bot else 'unknown'})")
    print(f"  {'set':<28}{'handoff':>8}{'on: caught':>12}{'reason ok':>11}{'off: caught':>13}{'reason ok':>11}"
          f"{'other':>7}{'on: false':>11}{'off: false':>12}")
    totals = [0] * 8
    for set_dir, cases in sets.items():
        hand = [c for c in cases if c["expect"] == "handoff"]
        other = [c for c in cases if c["expect"] != "handoff"]
        row = [len(hand)]
        for d in (detector, no_signals):
            played = {c["id"]: play(d, c) for c in cases}
            caught = [c for c in hand if outcome(c, played[c["id"]])]
            by = {c["id"]: c.get("handoff_by", len(c["turns"]) - 1) for c in hand}
            ok = sum(1 for c in caught if c["reason"] in {r for x in played[c["id"]][: by[c["id"]] + 1] for r in x.reasons})
            row += [len(caught), ok]
        row.append(len(other))
        for d in (detector, no_signals):
            row.append(sum(1 for c in other if outcome(c, play(d, c))))
        totals = [a + b for a, b in zip(totals, row)]
        print(f"  {str(set_dir)[-28:]:<28}{row[0]:>8}{row[1]:>12}{row[2]:>11}{row[3]:>13}{row[4]:>11}{row[5]:>7}"
              f"{row[6]:>11}{row[7]:>12}")
    used: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cases in sets.values():
        for c in cases:
            names = {n for d in play(detector, c) for n in d.signals if n in CONVERSATION_SIGNALS}
            for n in names:
                used[n][c["expect"] != "handoff"] += 1
    print(f"  {'all':<28}{totals[0]:>8}{totals[1]:>12}{totals[2]:>11}{totals[3]:>13}{totals[4]:>11}{totals[5]:>7}"
          f"{totals[6]:>11}{totals[7]:>12}")
    print("  conversation signals in a hand-over's evidence (handoff cases / other cases): "
          + (", ".join(f"{n} {a}/{b}" for n, (a, b) in sorted(used.items())) or "none"))


def timing(detector: Detector, cases: list[dict], messages: int, load_s: float) -> None:
    turns = [(case, i) for case in cases for i in range(len(case["turns"]))]
    for case, i in turns:  # warm-up: model, examples, regex caches
        detector.detect(case["turns"][i], Conversation(case["turns"][:i]), case["lang"])
    times, cpu = [], []
    for n in range(messages):
        case, i = turns[n % len(turns)]
        text = f"{case['turns'][i]} {n}"  # unique text: no cache hit for the current message
        bots = tuple(BOT_TURNS.get(case["id"], [])[:i])
        conv = Conversation(previous_user_messages=case["turns"][:i], previous_bot_turns=bots)
        start, start_cpu = time.perf_counter(), time.thread_time()
        detector.detect(text, conv, case["lang"])
        cpu.append((time.thread_time() - start_cpu) * 1000)
        times.append((time.perf_counter() - start) * 1000)
    print(f"\nTiming over {len(times)} messages after warm-up (load {load_s:.2f} s): "
          f"p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 95):.2f} ms, "
          f"max {max(times):.2f} ms; this thread's CPU time p50 {statistics.median(cpu):.2f} ms, "
          f"p95 {percentile(cpu, 95):.2f} ms (the wall clock includes waiting for a core on a busy machine)")


if __name__ == "__main__":
    main()
