#!/usr/bin/env python3
"""Checker for the rail evaluation set (cases.jsonl + kb/).

Runs with the standard library alone; PDF and DOCX text is extracted when
pypdf / python-docx are importable (e.g. /tmp/rail-venv/bin/python validate.py).
Without them, facts cited only from PDF/DOCX documents cannot be checked and
are reported as errors.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "kb")
CASES = os.path.join(HERE, "cases.jsonl")

LANGS = {"de", "en"}
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
FIELDS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def extract_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".md", ".markdown", ".txt"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            return None
        return "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
    if ext == ".docx":
        try:
            import docx
        except ImportError:
            return None
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return None


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def front_matter(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    if end < 0:
        return None
    fm = {}
    for line in text[4:end].splitlines():
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if m:
            fm[m.group(1)] = m.group(2).strip().strip('"')
    return fm


def guess_lang(text):
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in {"und", "der", "die", "das", "ist", "nicht", "mit", "für", "sie", "ein", "eine", "bei", "wird", "oder"} for w in words)
    en = sum(w in {"and", "the", "is", "not", "with", "for", "you", "a", "an", "at", "will", "or", "your", "of"} for w in words)
    return "de" if de >= en else "en"


# ---------------- knowledge base ----------------
docs = {}        # id -> text (None if not extractable)
doc_meta = {}    # id -> (ext, lang, has_front_matter)
for root, _, files in os.walk(KB):
    for name in sorted(files):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, KB)
        doc_id, ext = os.path.splitext(rel)
        doc_id = doc_id.replace(os.sep, "/")
        if doc_id in docs:
            err(f"kb: duplicate document id {doc_id}")
        text = extract_text(path)
        docs[doc_id] = text
        fm = front_matter(text) if (text is not None and ext == ".md") else None
        if ext == ".md" and fm is not None:
            for key in ("title", "url", "language", "tags"):
                if key not in fm:
                    err(f"kb: {rel}: front-matter lacks '{key}'")
        lang = (fm or {}).get("language") or (guess_lang(text) if text else "?")
        doc_meta[doc_id] = (ext.lstrip("."), lang, fm is not None)
        if text is None:
            warnings.append(f"kb: {rel}: text not extractable (missing pypdf/python-docx?)")
        else:
            n = len(text.split())
            if not 150 <= n <= 900:
                warnings.append(f"kb: {rel}: {n} words (expected 150-900)")

# ---------------- cases ----------------
ids = set()
cases = []
with open(CASES, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: invalid JSON ({e})")
            continue
        if not isinstance(c, dict):
            err(f"line {ln}: not an object")
            continue
        cid = c.get("id")
        where = f"line {ln} ({cid})"
        unknown = set(c) - FIELDS
        if unknown:
            err(f"{where}: unknown fields {sorted(unknown)}")
        if not isinstance(cid, str) or not cid:
            err(f"{where}: id missing or not a string")
        elif cid in ids:
            err(f"{where}: duplicate id")
        else:
            ids.add(cid)
        if c.get("lang") not in LANGS:
            err(f"{where}: lang must be de or en")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            err(f"{where}: turns must be a non-empty list of non-empty strings")
            turns = []
        exp = c.get("expect")
        if exp not in EXPECTS:
            err(f"{where}: expect must be one of {sorted(EXPECTS)}")
        if "note" in c and not isinstance(c["note"], str):
            err(f"{where}: note must be a string")
        facts = c.get("facts")
        if facts is not None:
            if not isinstance(facts, list) or not all(isinstance(x, str) and x.strip() for x in facts):
                err(f"{where}: facts must be a list of non-empty strings")
                facts = None
            elif any(not alt.strip() for x in facts for alt in x.split("|")):
                err(f"{where}: facts contain an empty |-alternative")
        # expect-specific fields
        if exp == "answer":
            d = c.get("docs")
            if not isinstance(d, list) or not d or not all(isinstance(x, str) for x in d):
                err(f"{where}: answer needs a non-empty docs list")
                d = []
            for x in d:
                if x not in docs:
                    err(f"{where}: doc '{x}' does not exist in kb/")
            if not facts:
                err(f"{where}: answer needs facts")
            else:
                for fact in facts:
                    alts = [norm(a) for a in fact.split("|")]
                    found = False
                    checkable = False
                    for x in d:
                        t = docs.get(x)
                        if t is None:
                            continue
                        checkable = True
                        nt = norm(t)
                        if any(a in nt for a in alts):
                            found = True
                            break
                    if not checkable:
                        err(f"{where}: cannot check fact '{fact}' (no extractable cited document)")
                    elif not found:
                        err(f"{where}: fact '{fact}' not found in any cited document {d}")
        else:
            if "docs" in c:
                err(f"{where}: docs only allowed for answer cases")
        if exp == "handoff":
            if c.get("reason") not in REASONS:
                err(f"{where}: handoff needs reason in {sorted(REASONS)}")
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                    err(f"{where}: handoff_by must be a turn index 0..{len(turns) - 1}")
        else:
            if "reason" in c:
                err(f"{where}: reason only allowed for handoff cases")
            if "handoff_by" in c:
                err(f"{where}: handoff_by only allowed for handoff cases")
        cases.append(c)

# ---------------- report ----------------
print(f"kb/: {len(docs)} documents")
fmt = Counter(m[0] for m in doc_meta.values())
print("  per format:   " + ", ".join(f"{k}={v}" for k, v in sorted(fmt.items())))
lg = Counter(m[1] for m in doc_meta.values())
print("  per language: " + ", ".join(f"{k}={v}" for k, v in sorted(lg.items())))
print("  markdown without front-matter: %d" % sum(1 for m in doc_meta.values() if m[0] == "md" and not m[2]))
print(f"cases.jsonl: {len(cases)} cases")
print("  per expect:   " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(c.get('expect') for c in cases).items())))
print("  per language: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(c.get('lang') for c in cases).items())))
el = Counter((c.get("expect"), c.get("lang")) for c in cases)
print("  per expect x language: " + ", ".join(f"{e}/{l}={v}" for (e, l), v in sorted(el.items())))
print("  handoff per reason: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(c.get('reason') for c in cases if c.get('expect') == 'handoff').items())))
print("  multi-turn cases: %d; handoff with handoff_by: %d" % (
    sum(1 for c in cases if len(c.get("turns", [])) > 1),
    sum(1 for c in cases if "handoff_by" in c)))
cross = sum(1 for c in cases if c.get("expect") == "answer" and c.get("docs")
            and all(doc_meta.get(x, (None, c.get("lang")))[1] != c.get("lang") for x in c["docs"]))
print(f"  cross-language answer cases (all cited docs in the other language): {cross}")
for w in warnings:
    print("WARNING: " + w)
for e in errors:
    print("ERROR: " + e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
