#!/usr/bin/env python3
"""Validate the DentaLinde evaluation set.

Checks: cases.jsonl parses, required fields, ids unique, lang/expect valid, every docs id exists,
handoff reasons valid, handoff_by within the turns, every fact (one of its |-alternatives) occurs
literally (case-insensitive) in one of the case's documents. PDF/DOCX text is extracted with
pypdf / python-docx. Also prints knowledge-base statistics.

    /tmp/dental-venv/bin/python tools/validate.py
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
EXTS = {".md", ".pdf", ".docx"}

errors = []


def err(msg):
    errors.append(msg)


def extract(path):
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    raise ValueError(path)


def front_matter(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    if end < 0:
        return None
    fm = {}
    for line in text[4:end].splitlines():
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m:
            fm[m.group(1)] = m.group(2).strip().strip('"')
    return fm


# ------------------------------------------------------------------ knowledge base
docs = {}
for p in sorted(KB.rglob("*")):
    if p.is_file():
        if p.suffix not in EXTS:
            err(f"unexpected file type in kb: {p}")
            continue
        doc_id = str(p.relative_to(KB).with_suffix(""))
        if doc_id in docs:
            err(f"duplicate document id {doc_id}")
        docs[doc_id] = {"path": p, "text": extract(p), "fmt": p.suffix[1:]}

no_fm = []
for doc_id, d in docs.items():
    if d["fmt"] == "md":
        fm = front_matter(d["text"])
        if fm is None:
            no_fm.append(doc_id)
        elif fm.get("language") not in LANGS:
            err(f"{doc_id}: front-matter language missing/invalid")
    words = len(re.findall(r"\w+", d["text"]))
    d["words"] = words
    if not 150 <= words <= 750:
        print(f"  note: {doc_id} has {words} words")
    if not d["text"].strip():
        err(f"{doc_id}: no extractable text")

fmt_count = Counter(d["fmt"] for d in docs.values())
folders = sorted({k.split("/")[0] for k in docs})
print(f"KB: {len(docs)} documents, formats {dict(fmt_count)}, {len(folders)} folders: {', '.join(folders)}")
print(f"KB: markdown without front-matter: {', '.join(no_fm) or '-'}")

# ------------------------------------------------------------------ cases
cases = []
for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        cases.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"cases.jsonl line {n}: invalid JSON ({e})")

ids = Counter(c.get("id") for c in cases)
for i, k in ids.items():
    if k > 1:
        err(f"duplicate case id {i}")

for c in cases:
    cid = c.get("id", "?")
    if not isinstance(c.get("id"), str) or not c["id"]:
        err(f"{cid}: missing id")
    if c.get("lang") not in LANGS:
        err(f"{cid}: invalid lang {c.get('lang')!r}")
    turns = c.get("turns")
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        err(f"{cid}: turns must be a non-empty list of strings")
        turns = []
    exp = c.get("expect")
    if exp not in EXPECTS:
        err(f"{cid}: invalid expect {exp!r}")
    allowed = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
    extra = set(c) - allowed
    if extra:
        err(f"{cid}: unknown fields {sorted(extra)}")
    if exp == "answer":
        if not c.get("docs"):
            err(f"{cid}: answer case without docs")
    elif "docs" in c:
        err(f"{cid}: docs only allowed for answer cases")
    for d in c.get("docs", []):
        if d not in docs:
            err(f"{cid}: unknown document id {d}")
    if exp == "handoff":
        if c.get("reason") not in REASONS:
            err(f"{cid}: invalid reason {c.get('reason')!r}")
        if "handoff_by" in c:
            hb = c["handoff_by"]
            if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                err(f"{cid}: handoff_by {hb!r} outside turns (0..{len(turns) - 1})")
    else:
        if "reason" in c or "handoff_by" in c:
            err(f"{cid}: reason/handoff_by only allowed for handoff cases")
    facts = c.get("facts", [])
    if not isinstance(facts, list):
        err(f"{cid}: facts must be a list")
        facts = []
    case_text = "\n".join(docs[d]["text"] for d in c.get("docs", []) if d in docs).lower()
    for f in facts:
        alts = [a for a in f.split("|") if a]
        if not alts:
            err(f"{cid}: empty fact")
            continue
        if exp == "answer" and not any(a.lower() in case_text for a in alts):
            err(f"{cid}: fact {f!r} not found in its documents {c.get('docs')}")

# ------------------------------------------------------------------ summary
tab = Counter((c.get("expect"), c.get("lang")) for c in cases)
print(f"cases: {len(cases)}")
for e in ["answer", "handoff", "decline", "smalltalk"]:
    print(f"  {e:10s} de={tab[(e, 'de')]:3d} en={tab[(e, 'en')]:3d} total={tab[(e, 'de')] + tab[(e, 'en')]:3d}")
reasons = Counter(c.get("reason") for c in cases if c.get("expect") == "handoff")
print(f"  handoff reasons: {dict(sorted(reasons.items()))}")
print(f"  handoff with handoff_by > 0: {sum(1 for c in cases if c.get('handoff_by', 0) > 0)}")
print(f"  multi-turn cases: {sum(1 for c in cases if len(c.get('turns', [])) > 1)}")

if errors:
    print(f"\nFAILED with {len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: validation passed")
