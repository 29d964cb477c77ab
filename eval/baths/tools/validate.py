#!/usr/bin/env python3
"""Validate the evaluation set (kb/ + cases.jsonl).

    /tmp/baths-venv/bin/python tools/validate.py
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
# languages of documents that carry no front-matter (binary files, plain Markdown) – used for statistics only
LANG_NO_FM = {
    "preise/eintrittspreise-2025-archiv": "de",
    "service/sonderoeffnungszeiten-winter": "de",
    "regeln/haus-und-badeordnung": "de",
    "kurse/kursplan-aquakurse": "de",
    "gruppen/antrag-bahnbelegung": "de",
    "gruppen/group-rates-2026": "en",
}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            return None, text
        return text[4:end], text[end + 4:]
    return None, text


def parse_fm(fm):
    meta = {}
    for line in fm.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if not m:
            raise ValueError(f"bad front-matter line: {line!r}")
        meta[m.group(1)] = m.group(2).strip().strip('"')
    return meta


def extract(path):
    suf = path.suffix.lower()
    if suf == ".md":
        fm, body = split_front_matter(path.read_text(encoding="utf-8"))
        meta = {}
        if fm is not None:
            try:
                meta = parse_fm(fm)
            except ValueError as e:
                err(f"{path.relative_to(KB)}: {e}")
            if meta.get("language") not in LANGS:
                err(f"{path.relative_to(KB)}: front-matter language missing or invalid")
        return body, meta, fm is not None
    if suf == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages), {}, False
    if suf == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts), {}, False
    err(f"unsupported file in kb: {path}")
    return "", {}, False


# ---------------------------------------------------------------- knowledge base
docs = {}
doc_lang = {}
fmt = Counter()
no_fm = []
for p in sorted(KB.rglob("*")):
    if not p.is_file():
        continue
    doc_id = str(p.relative_to(KB).with_suffix(""))
    if doc_id in docs:
        err(f"duplicate document id {doc_id}")
    text, meta, has_fm = extract(p)
    if not text.strip():
        err(f"{doc_id}: no text extracted")
    words = len(text.split())
    if words < 150 or words > 700:
        print(f"  note: {doc_id} has {words} words (guideline 150–700)")
    docs[doc_id] = norm(text)
    doc_lang[doc_id] = meta.get("language") or LANG_NO_FM.get(doc_id, "?")
    if doc_lang[doc_id] not in LANGS:
        err(f"{doc_id}: language unknown (add front-matter or an entry in LANG_NO_FM)")
    fmt[p.suffix.lower().lstrip(".")] += 1
    if p.suffix == ".md" and not has_fm:
        no_fm.append(doc_id)
folders = {d.split("/")[0] for d in docs}

# ---------------------------------------------------------------- cases
cases = []
with CASES.open(encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
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
    if exp == "answer":
        if not c.get("docs"):
            err(f"{cid}: answer case without docs")
    elif "docs" in c:
        err(f"{cid}: docs only allowed for answer cases")
    for d in c.get("docs", []):
        if d not in docs:
            err(f"{cid}: unknown doc id {d}")
    if exp == "handoff":
        if c.get("reason") not in REASONS:
            err(f"{cid}: invalid reason {c.get('reason')!r}")
        if "handoff_by" in c:
            hb = c["handoff_by"]
            if not isinstance(hb, int) or isinstance(hb, bool) or not (0 <= hb < len(turns)):
                err(f"{cid}: handoff_by {hb!r} outside turns (0..{len(turns) - 1})")
    else:
        if "reason" in c or "handoff_by" in c:
            err(f"{cid}: reason/handoff_by only allowed for handoff cases")
    facts = c.get("facts", [])
    if not isinstance(facts, list):
        err(f"{cid}: facts must be a list")
        facts = []
    for fact in facts:
        alts = [a.strip() for a in fact.split("|") if a.strip()]
        if not alts:
            err(f"{cid}: empty fact")
            continue
        if exp == "answer":
            hay = [docs[d] for d in c.get("docs", []) if d in docs]
            if not any(norm(a) in h for a in alts for h in hay):
                err(f"{cid}: fact {fact!r} not found literally in any of {c.get('docs')}")

# ---------------------------------------------------------------- summary
print(f"documents: {len(docs)} in {len(folders)} folders; formats {dict(fmt)}; "
      f"markdown without front-matter: {len(no_fm)} ({', '.join(no_fm)})")
print(f"document languages: {dict(Counter(doc_lang.values()))}")
tab = Counter((c.get("expect"), c.get("lang")) for c in cases)
print(f"cases: {len(cases)}")
for e in ["answer", "handoff", "decline", "smalltalk"]:
    print(f"  {e:10s} de={tab[(e, 'de')]:3d} en={tab[(e, 'en')]:3d} total={tab[(e, 'de')] + tab[(e, 'en')]:3d}")
print(f"  total      de={sum(v for (e, l), v in tab.items() if l == 'de'):3d} "
      f"en={sum(v for (e, l), v in tab.items() if l == 'en'):3d}")
print("handoff reasons:", dict(Counter(c.get("reason") for c in cases if c.get("expect") == "handoff")))
print("handoffs with handoff_by > 0:", sum(1 for c in cases if c.get("handoff_by", 0) > 0))
cross = [c["id"] for c in cases if c.get("expect") == "answer" and c.get("docs")
         and all(doc_lang.get(d) not in (None, c.get("lang")) for d in c["docs"])]
print("cross-language answer cases (all docs in the other language):", len(cross))
print("multi-turn answer cases:", sum(1 for c in cases if c.get("expect") == "answer" and len(c.get("turns", [])) > 1))

if errors:
    print(f"\nFAILED with {len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
