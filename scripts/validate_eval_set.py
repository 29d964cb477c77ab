"""Check an evaluation set against the format of ../shared/eval/README.md, reading its documents the way Tandem does.

    .venv/bin/python scripts/validate_eval_set.py eval/telecom [eval/rail ...]

Every line parses and has the format's fields; ids are unique; each `answer` case names documents that exist
and at least one alternative of each fact occurs in the text Tandem reads from one of them (Markdown, PDF and
DOCX through `knowledge.documents`, so a fact a PDF's text layer lacks is caught); a `handoff` has a known
reason and a `handoff_by` inside its turns. Prints counts per expect, language and reason; exits 1 on any error.
One checker for every set, instead of a copy per set.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.documents import load_folder  # noqa: E402

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety",
           "repeated_failure"}
FIELDS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}


def problems(set_dir: Path) -> tuple[list[str], Counter]:
    loaded = load_folder(set_dir / "kb")
    texts = {d.id: f"{d.title}\n{d.text}".lower() for d in loaded.documents}
    errors = [f"kb: {path} could not be read: {why}" for path, why in loaded.failures]
    counts: Counter = Counter()
    seen: set[str] = set()
    for n, line in enumerate((set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc.msg})")
            continue
        cid = case.get("id", f"line {n}")
        errors += [f"{cid}: {why}" for why in case_problems(case, texts, seen)]
        seen.add(cid)
        counts[(case.get("expect"), case.get("lang"))] += 1
        if case.get("expect") == "handoff":
            counts[("reason", case.get("reason"))] += 1
    return errors, counts


def case_problems(case: dict, texts: dict[str, str], seen: set[str]) -> list[str]:
    out = []
    if set(case) - FIELDS:
        out.append(f"unknown fields {sorted(set(case) - FIELDS)}")
    if case.get("id") in seen:
        out.append("duplicate id")
    if case.get("lang") not in ("de", "en"):
        out.append("lang must be de or en")
    turns = case.get("turns")
    if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
        return out + ["turns must be a non-empty list of texts"]
    expect = case.get("expect")
    if expect not in EXPECTS:
        out.append(f"expect must be one of {sorted(EXPECTS)}")
    if expect == "answer":
        docs = case.get("docs") or []
        missing = [d for d in docs if d not in texts]
        if not docs or missing:
            out.append(f"answer needs existing docs (missing: {missing})")
        for fact in case.get("facts") or []:
            alternatives = [a.strip().lower() for a in fact.split("|") if a.strip()]
            if not any(a in texts.get(d, "") for d in docs for a in alternatives):
                out.append(f"fact {fact!r} is in none of {docs}")
    if expect == "handoff":
        if case.get("reason") not in REASONS:
            out.append(f"reason must be one of {sorted(REASONS)}")
        by = case.get("handoff_by", len(turns) - 1)
        if not isinstance(by, int) or not 0 <= by < len(turns):
            out.append("handoff_by must index one of the turns")
    return out


def main() -> int:
    failed = False
    for set_dir in map(Path, sys.argv[1:]):
        errors, counts = problems(set_dir)
        summary = ", ".join(f"{e} {l}: {c}" for (e, l), c in sorted(counts.items(), key=str) if e != "reason")
        reasons = ", ".join(f"{r}: {c}" for (e, r), c in sorted(counts.items(), key=str) if e == "reason")
        print(f"{set_dir}: {summary}\n  handoff reasons: {reasons}")
        for error in errors:
            print(f"  ERROR {error}")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
