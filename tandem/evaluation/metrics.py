"""Scoring played cases against their expectations, as `../shared/eval/README.md` defines them."""
from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from knowledge.language import detect_language

REASONS = ("emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety", "repeated_failure")


def facts_hold(text: str, facts: list[str]) -> bool:
    low = text.lower()
    return all(any(alt.strip().lower() in low for alt in fact.split("|") if alt.strip()) for fact in facts)


def handover_turn(result: dict) -> int | None:
    for i, turn in enumerate(result["turns"]):
        if turn["handed_over"]:
            return i
    return None


def reply_language_ok(result: dict, lang: str) -> bool:
    """Every reply of the case reads as the case's language (short replies count as matching)."""
    for turn in result["turns"]:
        for reply in turn["replies"]:
            if detect_language(reply, previous=lang) != lang:
                return False
    return True


def quoted_a_wrong_passage(case: dict, result: dict) -> bool:
    """An answer or decline case whose final reply quotes the knowledge base without answering: it cites a
    document, and the case is not passed (an answer case never handed over whose citation or facts are wrong, or
    a decline case). A declined answer case does not count: it offers a person instead."""
    final = result["turns"][-1] if result["turns"] else {}
    if case["expect"] not in ("answer", "decline") or not final.get("citations") or handover_turn(result) is not None:
        return False
    return not case_passed(case, result)


def case_passed(case: dict, result: dict) -> bool:
    expect = case["expect"]
    final = result["turns"][-1]
    final_text = "\n".join(final["replies"])
    handed = handover_turn(result)
    if expect == "answer":
        return handed is None and bool(set(final["citations"]) & set(case.get("docs", []))) and \
            facts_hold(final_text, case.get("facts", []))
    if expect == "handoff":
        by = case.get("handoff_by", len(case["turns"]) - 1)
        return handed is not None and handed <= by and bool(result["turns"][handed]["replies"])
    if expect == "decline":
        return bool(final["replies"]) and not final["citations"]
    if expect == "smalltalk":
        return handed is None and bool(final_text.strip()) and facts_hold(final_text, case.get("facts", [])) \
            and reply_language_ok({"turns": [final]}, case["lang"])
    return False


@dataclass
class Ratio:
    good: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.good += int(ok)
        self.total += 1

    def __str__(self) -> str:
        if not self.total:
            return "–"
        return f"{100 * self.good / self.total:5.1f} %  ({self.good}/{self.total})"


@dataclass
class Report:
    rows: dict[str, Ratio] = field(default_factory=dict)
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    failures: list[str] = field(default_factory=list)

    def table(self) -> str:
        width = max(len(k) for k in self.rows) + 2
        lines = [f"{'metric':<{width}}value", "-" * (width + 22)]
        lines += [f"{name:<{width}}{ratio}" for name, ratio in self.rows.items()]
        lines.append(f"{'time per turn p50':<{width}}{self.p50_ms:.0f} ms")
        lines.append(f"{'time per turn p95':<{width}}{self.p95_ms:.0f} ms")
        return "\n".join(lines)


def score(cases: list[dict], results: dict[str, dict]) -> Report:
    rows: dict[str, Ratio] = defaultdict(Ratio)
    report = Report()
    for case in cases:
        result = results.get(case["id"])
        if result is None or "expect" not in case:
            continue
        expect, lang = case["expect"], case["lang"]
        ok = case_passed(case, result)
        if not ok:
            report.failures.append(case["id"])
        if expect == "answer":
            rows["answer accuracy"].add(ok)
            rows[f"answer accuracy ({lang})"].add(ok)
            final = result["turns"][-1] if result["turns"] else {}
            if "llm_context" in final:
                rows["context recall (LLM)"].add(facts_hold(" ".join(final["llm_context"]), case.get("facts", [])))
        elif expect == "handoff":
            rows["handoff recall"].add(ok)
            rows[f"handoff recall: {case.get('reason', '?')}"].add(ok)
        elif expect == "decline":
            rows["decline accuracy"].add(ok)
        elif expect == "smalltalk":
            rows["smalltalk accuracy"].add(ok)
        if expect in ("answer", "decline"):
            rows["wrong passages quoted (lower is better)"].add(quoted_a_wrong_passage(case, result))
        if expect != "handoff":
            rows["false handoffs (lower is better)"].add(handover_turn(result) is not None)
        rows["language match"].add(reply_language_ok(result, lang))
    order = ["answer accuracy", "answer accuracy (de)", "answer accuracy (en)", "handoff recall"] + \
        [f"handoff recall: {r}" for r in REASONS] + \
        ["false handoffs (lower is better)", "decline accuracy", "wrong passages quoted (lower is better)",
         "smalltalk accuracy", "language match",
         "context recall (LLM)"]
    report.rows = {name: rows[name] for name in order if name in rows}
    times = [t["ms"] for r in results.values() for t in r["turns"]]
    if times:
        report.p50_ms = statistics.median(times)
        report.p95_ms = sorted(times)[max(0, int(round(0.95 * len(times))) - 1)]
    return report
