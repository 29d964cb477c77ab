#!/usr/bin/env python3
"""Validate the parking evaluation set.

Checks: cases.jsonl parses; ids unique; fields/values valid; every docs id exists in kb/;
reasons valid; handoff_by within the turns; every fact has at least one alternative that
occurs literally (case-insensitive, whitespace-normalised) in one of the case's documents.
PDF text via pypdf, DOCX text via python-docx.

Run: /tmp/parking-venv/bin/python tools/validate.py
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
EXTS = {".md", ".pdf", ".docx"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


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
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raise ValueError(p)


def load_kb():
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file() and p.suffix in EXTS:
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                raise SystemExit(f"duplicate doc id {doc_id}")
            docs[doc_id] = (p, norm(doc_text(p)))
    return docs


def main():
    errors = []
    docs = load_kb()
    # KB overview
    langs = Counter()
    formats = Counter(p.suffix for p, _ in docs.values())
    no_fm = []
    for doc_id, (p, _) in docs.items():
        if p.suffix == ".md":
            raw = p.read_text(encoding="utf-8")
            m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
            if m:
                lm = re.search(r"^language:\s*(\w+)", m.group(1), re.M)
                if lm:
                    langs[lm.group(1)] += 1
                    if lm.group(1) not in LANGS:
                        errors.append(f"{doc_id}: bad language {lm.group(1)}")
                else:
                    langs["?"] += 1
            else:
                no_fm.append(doc_id)
    print(f"KB: {len(docs)} documents; formats {dict(formats)}; md front-matter languages {dict(langs)}; md without front-matter: {no_fm}")

    # cases
    seen = set()
    table = Counter()
    reasons = Counter()
    later = 0
    n = 0
    for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: JSON error {e}")
            continue
        n += 1
        cid = c.get("id")
        where = f"line {ln} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(cid)
        if c.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: bad turns")
            turns = turns if isinstance(turns, list) else []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp}")
        table[(exp, c.get("lang"))] += 1
        if exp == "answer":
            d = c.get("docs")
            if not isinstance(d, list) or not d:
                errors.append(f"{where}: answer without docs")
                d = []
            for doc_id in d:
                if doc_id not in docs:
                    errors.append(f"{where}: unknown doc {doc_id}")
            for fact in c.get("facts", []):
                alts = [a for a in fact.split("|") if a.strip()]
                if not alts:
                    errors.append(f"{where}: empty fact")
                    continue
                if not any(norm(a) in docs[x][1] for a in alts for x in d if x in docs):
                    errors.append(f"{where}: fact {fact!r} not found in {d}")
        else:
            if "docs" in c:
                errors.append(f"{where}: docs only allowed for answer")
            if exp == "smalltalk":
                pass
            elif "facts" in c:
                errors.append(f"{where}: facts on a {exp} case")
        if exp == "handoff":
            r = c.get("reason")
            if r not in REASONS:
                errors.append(f"{where}: bad reason {r}")
            reasons[r] += 1
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or not (0 <= hb < len(turns)):
                    errors.append(f"{where}: handoff_by {hb} out of range for {len(turns)} turns")
                elif hb > 0:
                    later += 1
        else:
            for k in ("reason", "handoff_by"):
                if k in c:
                    errors.append(f"{where}: {k} only allowed for handoff")

    print(f"Cases: {n}")
    print(f"{'expect':<10} {'de':>4} {'en':>4} {'sum':>4}")
    for e in ["answer", "handoff", "decline", "smalltalk"]:
        de, en = table[(e, 'de')], table[(e, 'en')]
        print(f"{e:<10} {de:>4} {en:>4} {de + en:>4}")
    print(f"{'total':<10} {sum(v for (e, l), v in table.items() if l == 'de'):>4} {sum(v for (e, l), v in table.items() if l == 'en'):>4} {n:>4}")
    print(f"handoff reasons: {dict(sorted(reasons.items()))}; handoff_by > 0: {later}")
    for r in REASONS:
        if reasons[r] != 3:
            errors.append(f"reason {r}: {reasons[r]} cases (expected 3)")
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
