#!/usr/bin/env python3
"""Checks cases.jsonl against kb/ for this evaluation set.

Run with the scratch venv so PDF/DOCX text can be extracted:
    /tmp/fashion-venv/bin/python validate.py
Without pypdf / python-docx, facts cited only from PDF/DOCX documents are
reported as errors (text cannot be checked).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "kb")
CASES = os.path.join(HERE, "cases.jsonl")

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
ALLOWED = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_kb():
    docs, errors = {}, []
    for root, _, files in os.walk(KB):
        for name in files:
            full = os.path.join(root, name)
            doc_id = os.path.splitext(os.path.relpath(full, KB))[0].replace(os.sep, "/")
            if doc_id in docs:
                errors.append(f"kb: duplicate document id {doc_id}")
            try:
                docs[doc_id] = (full, extract(full))
            except ImportError as e:
                docs[doc_id] = (full, None)
                errors.append(f"kb: cannot extract {doc_id} ({e}); run with the scratch venv")
    return docs, errors


def main():
    docs, errors = load_kb()
    ids = set()
    counts = {"expect": Counter(), "lang": Counter(), "reason": Counter(),
              "expect_lang": Counter()}
    n = 0
    with open(CASES, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: invalid JSON ({e})")
                continue
            n += 1
            where = f"line {lineno} ({c.get('id', '?')})"
            if not isinstance(c, dict):
                errors.append(f"{where}: not an object"); continue
            extra = set(c) - ALLOWED
            if extra:
                errors.append(f"{where}: unknown fields {sorted(extra)}")
            cid = c.get("id")
            if not isinstance(cid, str) or not cid:
                errors.append(f"{where}: id missing or not a string")
            elif cid in ids:
                errors.append(f"{where}: duplicate id")
            else:
                ids.add(cid)
            lang = c.get("lang")
            if lang not in LANGS:
                errors.append(f"{where}: lang must be de or en")
            turns = c.get("turns")
            if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
                errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
                turns = []
            exp = c.get("expect")
            if exp not in EXPECTS:
                errors.append(f"{where}: expect invalid: {exp!r}")
            counts["expect"][exp] += 1
            counts["lang"][lang] += 1
            counts["expect_lang"][(exp, lang)] += 1
            facts = c.get("facts")
            if facts is not None and (not isinstance(facts, list) or not all(isinstance(x, str) and x for x in facts)):
                errors.append(f"{where}: facts must be a list of non-empty strings")
                facts = None
            if "note" in c and not isinstance(c["note"], str):
                errors.append(f"{where}: note must be a string")
            if exp != "answer" and "docs" in c:
                errors.append(f"{where}: docs only allowed for answer")
            if exp != "handoff" and ("reason" in c or "handoff_by" in c):
                errors.append(f"{where}: reason/handoff_by only allowed for handoff")
            if exp in ("handoff", "decline") and facts:
                errors.append(f"{where}: facts not expected for {exp}")
            if exp == "answer":
                dl = c.get("docs")
                if not isinstance(dl, list) or not dl or not all(isinstance(d, str) for d in dl):
                    errors.append(f"{where}: answer needs a non-empty docs list")
                    dl = []
                for d in dl:
                    if d not in docs:
                        errors.append(f"{where}: unknown doc id {d}")
                if not facts:
                    errors.append(f"{where}: answer needs facts")
                    facts = []
                texts = [docs[d][1] for d in dl if d in docs and docs[d][1] is not None]
                for fact in facts:
                    alts = [a.strip() for a in fact.split("|") if a.strip()]
                    if not alts:
                        errors.append(f"{where}: empty fact {fact!r}")
                        continue
                    if not any(a.lower() in t.lower() for a in alts for t in texts):
                        errors.append(f"{where}: fact {fact!r} not found in any cited document")
            if exp == "handoff":
                r = c.get("reason")
                if r not in REASONS:
                    errors.append(f"{where}: reason invalid: {r!r}")
                counts["reason"][r] += 1
                if "handoff_by" in c:
                    hb = c["handoff_by"]
                    if not isinstance(hb, int) or isinstance(hb, bool) or not (0 <= hb < len(turns)):
                        errors.append(f"{where}: handoff_by must be a turn index 0..{len(turns) - 1}")

    print(f"documents: {len(docs)}")
    ext = Counter(os.path.splitext(p)[1].lstrip(".") for p, _ in docs.values())
    print("  by format: " + ", ".join(f"{k}={v}" for k, v in sorted(ext.items())))
    print(f"cases: {n}")
    print("  by expect: " + ", ".join(f"{k}={v}" for k, v in sorted(counts["expect"].items(), key=str)))
    print("  by lang: " + ", ".join(f"{k}={v}" for k, v in sorted(counts["lang"].items(), key=str)))
    print("  by expect and lang: " + ", ".join(f"{e}/{l}={v}" for (e, l), v in sorted(counts["expect_lang"].items(), key=str)))
    print("  handoff by reason: " + ", ".join(f"{k}={v}" for k, v in sorted(counts["reason"].items(), key=str)))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
