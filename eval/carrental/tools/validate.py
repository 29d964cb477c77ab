#!/usr/bin/env python3
"""Validate the carrental evaluation set.

Usage: /tmp/carrental-venv/bin/python tools/validate.py
Checks: JSON parses, ids unique, fields/enums valid, docs ids exist, reasons valid,
handoff_by within turns, every fact (one alternative) occurs literally in one of the case's docs
(PDF text via pypdf, DOCX text via python-docx). Also prints KB statistics.
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

EXPECT = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
ALLOWED_KEYS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}


def doc_text(p: Path) -> str:
    if p.suffix == ".md":
        return p.read_text(encoding="utf-8")
    if p.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    if p.suffix == ".docx":
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    raise ValueError(p)


def front_matter(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    if end < 0:
        return "BROKEN"
    fm = {}
    for line in text[4:end].splitlines():
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m:
            fm[m.group(1)] = m.group(2).strip()
    return fm


def main():
    errors = []
    # ---- knowledge base
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file():
            if p.suffix not in {".md", ".pdf", ".docx"}:
                errors.append(f"kb: unexpected file type {p}")
                continue
            did = str(p.relative_to(KB).with_suffix(""))
            if did in docs:
                errors.append(f"kb: duplicate doc id {did}")
            docs[did] = doc_text(p)
    fmt = Counter(Path(p).suffix for p in KB.rglob("*") if Path(p).is_file())
    langs = Counter()
    no_fm = []
    for p in sorted(KB.rglob("*.md")):
        fm = front_matter(p.read_text(encoding="utf-8"))
        did = str(p.relative_to(KB).with_suffix(""))
        if fm is None:
            no_fm.append(did)
        elif fm == "BROKEN":
            errors.append(f"kb: broken front-matter in {did}")
        else:
            if fm.get("language") not in LANGS:
                errors.append(f"kb: {did} language missing/invalid in front-matter")
    words = {d: len(t.split()) for d, t in docs.items()}
    folders = sorted({d.split("/")[0] for d in docs})

    # ---- cases
    ids = set()
    cases = []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error {e}")
            continue
        cases.append(c)
        cid = c.get("id")
        if not isinstance(cid, str) or not cid:
            errors.append(f"line {n}: missing id")
        elif cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        extra = set(c) - ALLOWED_KEYS
        if extra:
            errors.append(f"{cid}: unknown keys {extra}")
        if c.get("lang") not in LANGS:
            errors.append(f"{cid}: bad lang")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{cid}: turns must be a non-empty list of strings")
            turns = turns or []
        exp = c.get("expect")
        if exp not in EXPECT:
            errors.append(f"{cid}: bad expect {exp}")
        if exp == "answer":
            if not c.get("docs"):
                errors.append(f"{cid}: answer without docs")
        elif "docs" in c:
            errors.append(f"{cid}: docs only allowed for answer")
        for d in c.get("docs", []):
            if d not in docs:
                errors.append(f"{cid}: unknown doc id {d}")
        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{cid}: bad/missing reason {c.get('reason')}")
            hb = c.get("handoff_by")
            if hb is not None and (not isinstance(hb, int) or not 0 <= hb < len(turns)):
                errors.append(f"{cid}: handoff_by {hb} outside turns (0..{len(turns)-1})")
        else:
            if "reason" in c:
                errors.append(f"{cid}: reason only allowed for handoff")
            if "handoff_by" in c:
                errors.append(f"{cid}: handoff_by only allowed for handoff")
        facts = c.get("facts", [])
        if not isinstance(facts, list):
            errors.append(f"{cid}: facts must be a list")
            facts = []
        if facts and exp in {"handoff", "decline"}:
            errors.append(f"{cid}: facts not meaningful for {exp}")
        for f in facts:
            alts = [a for a in f.split("|") if a]
            hay = [docs[d].lower() for d in c.get("docs", []) if d in docs]
            if not any(a.lower() in h for a in alts for h in hay):
                errors.append(f"{cid}: fact '{f}' not found literally in any of its docs {c.get('docs')}")

    # ---- report
    print(f"KB: {len(docs)} documents in {len(folders)} folders {folders}")
    print(f"    formats: {dict(fmt)}; markdown without front-matter: {no_fm}")
    print(f"    words per document: min {min(words.values())}, max {max(words.values())}")
    print(f"Cases: {len(cases)}")
    tab = Counter((c.get('expect'), c.get('lang')) for c in cases)
    for e in ["answer", "handoff", "decline", "smalltalk"]:
        print(f"    {e:9s} de={tab[(e,'de')]:2d} en={tab[(e,'en')]:2d} total={tab[(e,'de')]+tab[(e,'en')]}")
    print(f"    languages: {dict(Counter(c.get('lang') for c in cases))}")
    print(f"    handoff reasons: {dict(sorted(Counter(c.get('reason') for c in cases if c.get('expect')=='handoff').items()))}")
    print(f"    handoffs with handoff_by > 0: {sum(1 for c in cases if c.get('handoff_by', 0) > 0)}")
    print(f"    multi-turn cases: {sum(1 for c in cases if len(c.get('turns', [])) > 1)}")
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
