#!/usr/bin/env python3
"""Validate the evaluation set (cases.jsonl + kb/).

    /tmp/library-venv/bin/python tools/validate.py
Needs pypdf and python-docx for the binary documents.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
CASES = ROOT / "cases.jsonl"
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
ALLOWED = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}


def extract(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return "\n".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raise ValueError(f"unsupported document type: {path}")


def load_kb():
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file():
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                raise SystemExit(f"duplicate document id {doc_id}")
            docs[doc_id] = extract(p)
    return docs


def main():
    errors = []
    docs = load_kb()
    # normalise whitespace so that line breaks inside PDF tables do not split facts
    norm = {k: re.sub(r"\s+", " ", v).lower() for k, v in docs.items()}
    ids = set()
    counts = Counter()
    lines = CASES.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        cid = c.get("id")
        where = f"line {n} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        extra = set(c) - ALLOWED
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        if c.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang {c.get('lang')!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
            turns = []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp!r}")
        counts[(exp, c.get("lang"))] += 1
        if exp == "answer":
            d = c.get("docs")
            if not isinstance(d, list) or not d:
                errors.append(f"{where}: answer case needs docs")
                d = []
            for doc_id in d:
                if doc_id not in docs:
                    errors.append(f"{where}: unknown doc {doc_id!r}")
        elif "docs" in c:
            errors.append(f"{where}: docs only allowed for answer cases")
        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{where}: bad reason {c.get('reason')!r}")
            hb = c.get("handoff_by")
            if hb is not None and (not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns)):
                errors.append(f"{where}: handoff_by {hb!r} outside 0..{len(turns) - 1}")
        else:
            for f in ("reason", "handoff_by"):
                if f in c:
                    errors.append(f"{where}: {f} only allowed for handoff cases")
        facts = c.get("facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts):
            errors.append(f"{where}: facts must be a list of non-empty strings")
            facts = []
        if facts and exp not in ("answer", "smalltalk"):
            errors.append(f"{where}: facts only make sense for answer/smalltalk cases")
        for fact in facts:
            alts = [a.strip() for a in fact.split("|") if a.strip()]
            pool = [norm[d] for d in c.get("docs", []) if d in norm]
            if exp == "smalltalk":
                continue
            if not any(re.sub(r"\s+", " ", a).lower() in text for a in alts for text in pool):
                errors.append(f"{where}: fact {fact!r} not found in any of {c.get('docs')}")

    print(f"documents: {len(docs)}  ({Counter(Path(p).suffix for p in map(str, KB.rglob('*.*')))})")
    print(f"cases: {sum(counts.values())}")
    for exp in ("answer", "handoff", "decline", "smalltalk"):
        print(f"  {exp:10s} de={counts[(exp, 'de')]:3d} en={counts[(exp, 'en')]:3d} total={counts[(exp, 'de')] + counts[(exp, 'en')]:3d}")
    reasons = Counter(json.loads(l).get("reason") for l in lines if l.strip() and '"handoff"' in l)
    print("  handoff reasons:", dict(sorted(reasons.items())))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
