#!/usr/bin/env python3
"""Validate the evaluation set: cases.jsonl against kb/.

Needs pypdf and python-docx:  /tmp/driving-venv/bin/python tools/validate.py
Checks: JSON parses, required fields, ids unique, lang/expect valid, every docs id exists,
handoff reasons valid, handoff_by within the turns, and every fact (one alternative)
occurs literally (case-insensitive, whitespace-normalised) in one of the case's documents.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety",
           "repeated_failure"}
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def doc_text(path):
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    raise ValueError(path)


def load_kb():
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file() and p.suffix in {".md", ".pdf", ".docx"}:
            doc_id = p.relative_to(KB).with_suffix("").as_posix()
            if doc_id in docs:
                raise SystemExit(f"duplicate document id {doc_id}")
            docs[doc_id] = norm(doc_text(p))
    return docs


def main():
    docs = load_kb()
    errors = []
    ids = set()
    counts = Counter()
    n = 0
    for ln, line in enumerate((ROOT / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: invalid JSON ({e})")
            continue
        n += 1
        cid = c.get("id")
        where = f"line {ln} ({cid})"
        if not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if c.get("lang") not in {"de", "en"}:
            errors.append(f"{where}: bad lang {c.get('lang')!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of strings")
            turns = []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp!r}")
        counts[(exp, c.get("lang"))] += 1
        case_docs = c.get("docs", [])
        if exp == "answer":
            if not case_docs:
                errors.append(f"{where}: answer case without docs")
        elif "docs" in c:
            errors.append(f"{where}: docs only allowed for answer cases")
        for d in case_docs:
            if d not in docs:
                errors.append(f"{where}: unknown doc id {d!r}")
        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{where}: bad reason {c.get('reason')!r}")
            hb = c.get("handoff_by")
            if hb is not None and not (isinstance(hb, int) and 0 <= hb < len(turns)):
                errors.append(f"{where}: handoff_by {hb!r} outside turns (0..{len(turns) - 1})")
        else:
            if "reason" in c or "handoff_by" in c:
                errors.append(f"{where}: reason/handoff_by only allowed for handoff cases")
        for fact in c.get("facts", []):
            alts = [a.strip() for a in fact.split("|") if a.strip()]
            if not alts:
                errors.append(f"{where}: empty fact")
                continue
            if not any(norm(a) in docs[d] for a in alts for d in case_docs if d in docs):
                errors.append(f"{where}: fact {fact!r} not found in any of {case_docs}")

    print(f"documents: {len(docs)} ("
          f"{sum(1 for p in KB.rglob('*.md'))} md, {sum(1 for p in KB.rglob('*.pdf'))} pdf, "
          f"{sum(1 for p in KB.rglob('*.docx'))} docx)")
    print(f"cases: {n}")
    for exp in ["answer", "handoff", "decline", "smalltalk"]:
        print(f"  {exp:9s} de={counts[(exp, 'de')]:2d} en={counts[(exp, 'en')]:2d}")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
