#!/usr/bin/env python3
"""Validates the evaluation set: kb/ documents and cases.jsonl.

Usage: /tmp/optician-venv/bin/python tools/validate.py   (needs pypdf and python-docx)
Exit code 0 if everything passes, 1 otherwise.
"""
import json
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
EXTS = {".md", ".pdf", ".docx"}

errors = []


def err(msg):
    errors.append(msg)


def doc_text(path):
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    raise ValueError(path)


def check_front_matter(doc_id, text):
    if not text.startswith("---\n"):
        return False
    end = text.find("\n---", 4)
    if end < 0:
        err(f"kb {doc_id}: front-matter not closed")
        return True
    for line in text[4:end].splitlines():
        if line.startswith("language:") and line.split(":", 1)[1].strip() not in LANGS:
            err(f"kb {doc_id}: invalid language in front-matter")
    return True


# ---------------------------------------------------------------- knowledge base
docs = {}
for p in sorted(KB.rglob("*")):
    if p.is_file():
        if p.suffix not in EXTS:
            err(f"kb: unexpected file type {p.relative_to(KB)}")
            continue
        doc_id = str(p.relative_to(KB).with_suffix(""))
        if doc_id in docs:
            err(f"kb: duplicate document id {doc_id}")
        try:
            docs[doc_id] = doc_text(p)
        except Exception as e:  # noqa: BLE001
            err(f"kb {doc_id}: cannot extract text ({e})")
            continue
        if not docs[doc_id].strip():
            err(f"kb {doc_id}: empty text")
        if p.suffix == ".md":
            check_front_matter(doc_id, docs[doc_id])
lower_docs = {k: v.lower() for k, v in docs.items()}
fmt = Counter(Path(p).suffix for p in map(str, KB.rglob("*")) if Path(p).is_file())

# ---------------------------------------------------------------- cases
ids = set()
counts = Counter()
n = 0
for lineno, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {lineno}: JSON error {e}")
        continue
    n += 1
    cid = c.get("id")
    where = f"case {cid or '?'} (line {lineno})"
    if not isinstance(cid, str) or not cid:
        err(f"{where}: missing id")
    elif cid in ids:
        err(f"{where}: duplicate id")
    ids.add(cid)
    if c.get("lang") not in LANGS:
        err(f"{where}: invalid lang {c.get('lang')!r}")
    turns = c.get("turns")
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        err(f"{where}: turns must be a non-empty list of strings")
        turns = turns if isinstance(turns, list) else []
    exp = c.get("expect")
    if exp not in EXPECTS:
        err(f"{where}: invalid expect {exp!r}")
    counts[(exp, c.get("lang"))] += 1
    known = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
    for k in c:
        if k not in known:
            err(f"{where}: unknown field {k}")
    # docs
    cdocs = c.get("docs")
    if exp == "answer":
        if not isinstance(cdocs, list) or not cdocs:
            err(f"{where}: answer case needs a non-empty docs list")
            cdocs = []
        for d in cdocs:
            if d not in docs:
                err(f"{where}: unknown doc id {d!r}")
    elif cdocs:
        err(f"{where}: docs only allowed for answer cases")
    # reason / handoff_by
    if exp == "handoff":
        if c.get("reason") not in REASONS:
            err(f"{where}: invalid reason {c.get('reason')!r}")
        if "handoff_by" in c:
            hb = c["handoff_by"]
            if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                err(f"{where}: handoff_by {hb!r} out of range for {len(turns)} turns")
    else:
        if "reason" in c:
            err(f"{where}: reason only allowed for handoff cases")
        if "handoff_by" in c:
            err(f"{where}: handoff_by only allowed for handoff cases")
    # facts
    facts = c.get("facts", [])
    if not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts):
        err(f"{where}: facts must be a list of non-empty strings")
        facts = []
    if facts and exp not in ("answer", "smalltalk"):
        err(f"{where}: facts only make sense for answer/smalltalk cases")
    for fact in facts:
        alts = [a.strip().lower() for a in fact.split("|") if a.strip()]
        if exp == "answer":
            if not any(a in lower_docs.get(d, "") for a in alts for d in (cdocs or [])):
                err(f"{where}: fact {fact!r} not found literally in any of its docs {cdocs}")

# ---------------------------------------------------------------- report
print(f"documents: {len(docs)} ({', '.join(f'{k}: {v}' for k, v in sorted(fmt.items()))})")
print(f"cases: {n}")
for exp in ("answer", "handoff", "decline", "smalltalk"):
    de, en = counts[(exp, 'de')], counts[(exp, 'en')]
    print(f"  {exp:<10} de={de:<3} en={en:<3} total={de + en}")
if errors:
    print(f"FAILED with {len(errors)} error(s):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: all checks passed")
