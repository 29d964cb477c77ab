"""Consistency check for the holdout-outdoor evaluation set.

Checks: every line of cases.jsonl parses; fields and values follow
/work/shared/eval/README.md; ids are unique; every `docs` id exists under kb/;
every fact of an `answer` case (at least one `|` alternative) occurs,
case-insensitively, in at least one of the listed documents; every kb file has
front-matter with title, url and language.
Run: /work/main/.venv/bin/python validate.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KB = HERE / "kb"
FIELDS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}

errors = []
docs_text = {}
for p in sorted(KB.rglob("*.md")):
    doc_id = p.relative_to(KB).with_suffix("").as_posix()
    text = p.read_text(encoding="utf-8")
    docs_text[doc_id] = text.lower()
    if not text.startswith("---\n"):
        errors.append(f"kb/{doc_id}: no front-matter")
        continue
    head = text.split("---\n", 2)[1]
    keys = {line.split(":", 1)[0].strip() for line in head.splitlines() if ":" in line}
    for k in ("title", "url", "language"):
        if k not in keys:
            errors.append(f"kb/{doc_id}: front-matter lacks {k}")

cases = []
for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: does not parse: {e}")
        continue
    cases.append(c)
    cid = c.get("id", f"line {n}")
    extra = set(c) - FIELDS
    if extra:
        errors.append(f"{cid}: unknown fields {sorted(extra)}")
    if c.get("lang") not in ("de", "en"):
        errors.append(f"{cid}: bad lang")
    turns = c.get("turns")
    if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
        errors.append(f"{cid}: turns must be a non-empty list of strings")
    exp = c.get("expect")
    if exp not in EXPECTS:
        errors.append(f"{cid}: bad expect {exp!r}")
    if exp == "answer":
        if not c.get("docs"):
            errors.append(f"{cid}: answer without docs")
    elif "docs" in c:
        errors.append(f"{cid}: docs only allowed for answer")
    if exp == "handoff":
        if c.get("reason") not in REASONS:
            errors.append(f"{cid}: bad reason {c.get('reason')!r}")
        hb = c.get("handoff_by")
        if hb is not None and not (isinstance(hb, int) and 0 <= hb < len(turns or [])):
            errors.append(f"{cid}: handoff_by out of range")
    elif "reason" in c or "handoff_by" in c:
        errors.append(f"{cid}: reason/handoff_by only allowed for handoff")
    for d in c.get("docs", []):
        if d not in docs_text:
            errors.append(f"{cid}: doc {d!r} does not exist")
    if exp == "answer":
        texts = [docs_text[d] for d in c.get("docs", []) if d in docs_text]
        for fact in c.get("facts", []):
            alts = [a.strip().lower() for a in fact.split("|") if a.strip()]
            if not any(a in t for a in alts for t in texts):
                errors.append(f"{cid}: fact {fact!r} not found in {c['docs']}")

ids = Counter(c.get("id") for c in cases)
for i, k in ids.items():
    if k > 1:
        errors.append(f"duplicate id {i}")

print(f"{len(docs_text)} kb documents "
      f"({sum('language: en' in t for t in docs_text.values())} en), {len(cases)} cases")
print("expect:", dict(Counter(c.get("expect") for c in cases)))
print("lang:", dict(Counter(c.get("lang") for c in cases)))
print("expect x lang:", dict(sorted(Counter((c.get("expect"), c.get("lang")) for c in cases).items())))
print("reason:", dict(Counter(c.get("reason") for c in cases if c.get("expect") == "handoff")))
print("multi-turn:", sum(len(c.get("turns", [])) > 1 for c in cases),
      "| handoff_by set:", sum("handoff_by" in c for c in cases))
xl = [c["id"] for c in cases if c.get("expect") == "answer"
      and all(not d.startswith("en/") if c["lang"] == "en" else d.startswith("en/") for d in c["docs"])]
print("cross-lingual answers:", len(xl))
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all lines parse, all docs exist, all facts found in cited docs")
