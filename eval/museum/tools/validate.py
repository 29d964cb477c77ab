#!/usr/bin/env python3
"""Validates the evaluation set: cases.jsonl against kb/.

Usage: /tmp/museum-venv/bin/python tools/validate.py   (needs pypdf and python-docx)
Checks: JSON parses, required fields, ids unique, lang/expect/reason valid, every docs id exists,
handoff_by within turns, every fact (one alternative) occurs literally (case-insensitive) in one
of the case's documents; prints counts and document stats.
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
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
EXTS = {".md", ".pdf", ".docx"}


def doc_text(path: Path) -> str:
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
    raise ValueError(path)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def load_kb():
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file() and p.suffix in EXTS:
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                raise SystemExit(f"duplicate document id {doc_id}")
            docs[doc_id] = (p, norm(doc_text(p)))
    return docs


def main() -> int:
    errors = []
    docs = load_kb()
    fmt = Counter(p.suffix for p, _ in docs.values())
    lang_docs = Counter()
    no_fm = []
    for doc_id, (p, text) in docs.items():
        words = len(text.split())
        if p.suffix == ".md":
            raw = p.read_text(encoding="utf-8")
            if raw.startswith("---\n"):
                m = re.search(r"^language:\s*(\w+)", raw, re.M)
                lang_docs[m.group(1) if m else "?"] += 1
            else:
                no_fm.append(doc_id)
                lang_docs["(no front-matter)"] += 1
        if not 150 <= words <= 760:
            print(f"note: {doc_id} has {words} words")

    ids = set()
    counts = Counter()
    reasons = Counter()
    n = 0
    for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: JSON error {e}")
            continue
        cid = c.get("id")
        where = f"line {ln} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if c.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang {c.get('lang')}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of strings")
            turns = turns if isinstance(turns, list) else []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp}")
        counts[(exp, c.get("lang"))] += 1
        allowed = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
        extra = set(c) - allowed
        if extra:
            errors.append(f"{where}: unknown fields {extra}")
        if exp == "answer":
            d = c.get("docs")
            if not isinstance(d, list) or not d:
                errors.append(f"{where}: answer needs docs")
                d = []
            for doc_id in d:
                if doc_id not in docs:
                    errors.append(f"{where}: unknown doc {doc_id}")
        else:
            if "docs" in c:
                errors.append(f"{where}: docs only allowed for answer")
        if exp == "handoff":
            r = c.get("reason")
            if r not in REASONS:
                errors.append(f"{where}: bad reason {r}")
            reasons[r] += 1
            hb = c.get("handoff_by")
            if hb is not None and (not isinstance(hb, int) or not 0 <= hb < len(turns)):
                errors.append(f"{where}: handoff_by {hb} outside turns (0..{len(turns)-1})")
        else:
            for f in ("reason", "handoff_by"):
                if f in c:
                    errors.append(f"{where}: {f} only allowed for handoff")
        facts = c.get("facts", [])
        if not isinstance(facts, list):
            errors.append(f"{where}: facts must be a list")
            facts = []
        if facts and exp in ("handoff", "decline"):
            errors.append(f"{where}: facts on {exp} case")
        case_docs = [docs[d][1] for d in c.get("docs", []) if d in docs]
        for fact in facts:
            alts = [a.strip() for a in fact.split("|") if a.strip()]
            if not alts:
                errors.append(f"{where}: empty fact")
                continue
            if exp == "answer" and not any(norm(a) in t for a in alts for t in case_docs):
                errors.append(f"{where}: fact '{fact}' not found in docs {c.get('docs')}")

    print(f"documents: {len(docs)}  by format: {dict(fmt)}  markdown by language: {dict(lang_docs)}")
    print(f"markdown without front-matter: {no_fm}")
    print(f"cases: {n}")
    for exp in sorted(EXPECTS):
        print(f"  {exp:10s} de={counts[(exp, 'de')]:3d} en={counts[(exp, 'en')]:3d}")
    print(f"handoff reasons: {dict(sorted(reasons.items()))}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
