#!/usr/bin/env python3
"""Validate the evaluation set: cases.jsonl against kb/.

Checks: every line parses as JSON; required fields and allowed values; ids unique; every `docs` id exists in kb/;
handoff reasons valid; `handoff_by` within the turns; every fact (at least one `|` alternative) occurs literally
(case-insensitive, whitespace-normalised) in one of the case's documents. PDF text is extracted with pypdf, DOCX
text with python-docx.

Usage: /tmp/diy-venv/bin/python tools/validate.py
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
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety",
           "repeated_failure"}
LANGS = {"de", "en"}
FM_KEYS = {"title", "url", "language", "tags"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".md":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if ext == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raise ValueError(f"unsupported document type: {path}")


def load_kb(errors):
    docs = {}
    for p in sorted(KB.rglob("*")):
        if not p.is_file():
            continue
        if p.suffix.lower() not in {".md", ".pdf", ".docx"}:
            errors.append(f"kb: unexpected file {p.relative_to(KB)}")
            continue
        doc_id = str(p.relative_to(KB).with_suffix("")).replace("\\", "/")
        if doc_id in docs:
            errors.append(f"kb: duplicate document id {doc_id}")
        text = doc_text(p)
        if len(text.split()) < 100:
            errors.append(f"kb: {doc_id} has very little text ({len(text.split())} words)")
        if p.suffix == ".md" and text.startswith("---"):
            m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
            if not m:
                errors.append(f"kb: {doc_id} has unterminated front-matter")
            else:
                for line in m.group(1).splitlines():
                    key = line.split(":", 1)[0].strip()
                    if key and key not in FM_KEYS:
                        errors.append(f"kb: {doc_id} unknown front-matter key {key!r}")
                lang = re.search(r"^language:\s*(\S+)", m.group(1), re.M)
                if lang and lang.group(1) not in LANGS:
                    errors.append(f"kb: {doc_id} invalid language {lang.group(1)!r}")
        docs[doc_id] = (p, norm(text))
    return docs


def main():
    errors = []
    docs = load_kb(errors)
    ids = set()
    counts = Counter()
    n = 0
    for lineno, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"cases.jsonl:{lineno}"
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        n += 1
        cid = c.get("id")
        where = f"{where} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if c.get("lang") not in LANGS:
            errors.append(f"{where}: invalid lang {c.get('lang')!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
            turns = turns if isinstance(turns, list) else []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: invalid expect {exp!r}")
        counts[(exp, c.get("lang"))] += 1
        allowed = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
        extra = set(c) - allowed
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")

        case_docs = c.get("docs")
        if exp == "answer":
            if not isinstance(case_docs, list) or not case_docs:
                errors.append(f"{where}: answer case needs non-empty docs")
                case_docs = []
            for d in case_docs:
                if d not in docs:
                    errors.append(f"{where}: unknown doc id {d!r}")
        elif case_docs:
            errors.append(f"{where}: docs only allowed for answer cases")

        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{where}: invalid reason {c.get('reason')!r}")
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                    errors.append(f"{where}: handoff_by {hb!r} outside 0..{len(turns) - 1}")
        else:
            if "reason" in c:
                errors.append(f"{where}: reason only allowed for handoff cases")
            if "handoff_by" in c:
                errors.append(f"{where}: handoff_by only allowed for handoff cases")

        facts = c.get("facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts):
            errors.append(f"{where}: facts must be a list of non-empty strings")
            facts = []
        if facts and exp not in {"answer", "smalltalk"}:
            errors.append(f"{where}: facts on a {exp} case")
        if exp == "answer":
            texts = [docs[d][1] for d in case_docs if d in docs]
            for fact in facts:
                alts = [a for a in fact.split("|") if a.strip()]
                if not any(norm(a) in t for a in alts for t in texts):
                    errors.append(f"{where}: fact {fact!r} not found in any of {case_docs}")

    # summary
    print(f"documents: {len(docs)}  ({Counter(p.suffix for p, _ in docs.values())})")
    print(f"cases: {n}")
    for exp in ["answer", "handoff", "decline", "smalltalk"]:
        print(f"  {exp:10s} de={counts[(exp, 'de')]:3d} en={counts[(exp, 'en')]:3d}")
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
