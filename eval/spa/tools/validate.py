#!/usr/bin/env python3
"""Validate the evaluation set: cases.jsonl against kb/.

Checks: every line parses as JSON; required fields and types; ids unique; lang de|en; expect valid;
answer cases have docs that exist in kb/; reasons valid; handoff_by within the turns; every fact
(at least one '|' alternative) occurs literally (case-insensitive) in one of the case's documents.
PDF text is extracted with pypdf, DOCX text with python-docx. Whitespace is normalised to single
spaces before matching (PDF table cells wrap).
Usage: python tools/validate.py [SET_DIR]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety",
           "repeated_failure"}
LANGS = {"de", "en"}


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    elif path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        text = "\n".join(parts)
    else:
        text = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text).lower()


def load_kb():
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file() and p.suffix in {".md", ".pdf", ".docx"}:
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                raise SystemExit(f"duplicate document id {doc_id}")
            docs[doc_id] = doc_text(p)
    return docs


def main():
    errors = []
    docs = load_kb()
    cases = []
    for n, line in enumerate((ROOT / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error: {e}")
    ids = Counter(c.get("id") for c in cases)
    for i, k in ids.items():
        if k > 1:
            errors.append(f"duplicate id {i}")
    for c in cases:
        cid = c.get("id", "?")
        if not isinstance(c.get("id"), str) or not c["id"]:
            errors.append(f"{cid}: missing id")
        if c.get("lang") not in LANGS:
            errors.append(f"{cid}: bad lang {c.get('lang')!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{cid}: turns must be a non-empty list of non-empty strings")
            turns = []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{cid}: bad expect {exp!r}")
        if exp == "answer":
            if not c.get("docs"):
                errors.append(f"{cid}: answer without docs")
        elif "docs" in c:
            errors.append(f"{cid}: docs only allowed for answer cases")
        for d in c.get("docs", []):
            if d not in docs:
                errors.append(f"{cid}: unknown doc id {d!r}")
        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{cid}: bad/missing reason {c.get('reason')!r}")
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                    errors.append(f"{cid}: handoff_by {hb!r} outside turns (0..{len(turns) - 1})")
        else:
            for k in ("reason", "handoff_by"):
                if k in c:
                    errors.append(f"{cid}: {k} only allowed for handoff cases")
        facts = c.get("facts", [])
        if not isinstance(facts, list):
            errors.append(f"{cid}: facts must be a list")
            facts = []
        texts = [docs[d] for d in c.get("docs", []) if d in docs]
        for fact in facts:
            alts = [a.strip() for a in fact.split("|") if a.strip()]
            if not alts:
                errors.append(f"{cid}: empty fact")
                continue
            if exp == "answer":
                if not any(re.sub(r"\s+", " ", a).lower() in t for a in alts for t in texts):
                    errors.append(f"{cid}: fact {fact!r} not found in docs {c.get('docs')}")
            elif exp != "smalltalk":
                errors.append(f"{cid}: facts given for a {exp} case")

    # summary
    by = Counter((c.get("expect"), c.get("lang")) for c in cases)
    reasons = Counter(c.get("reason") for c in cases if c.get("expect") == "handoff")
    print(f"documents: {len(docs)} ({sum(1 for k in docs)} ids); formats: "
          + ", ".join(f"{ext}={n}" for ext, n in sorted(Counter(p.suffix for p in KB.rglob('*') if p.is_file()).items())))
    print(f"cases: {len(cases)}  " + "  ".join(
        f"{e}: de={by[(e, 'de')]} en={by[(e, 'en')]}" for e in ["answer", "handoff", "decline", "smalltalk"]))
    print("handoff reasons: " + ", ".join(f"{r}={reasons[r]}" for r in sorted(REASONS)))
    print(f"late handoffs (handoff_by > 0): {sum(1 for c in cases if c.get('handoff_by', 0) > 0)}")
    unused = sorted(set(docs) - {d for c in cases for d in c.get('docs', [])})
    if unused:
        print("documents not referenced by any case: " + ", ".join(unused))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
