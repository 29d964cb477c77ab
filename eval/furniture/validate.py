#!/usr/bin/env python3
"""Checks the furniture evaluation set (cases.jsonl + kb/).

Usage:  /tmp/furniture-venv/bin/python validate.py   (pypdf needed for PDF text; DOCX falls back to zipfile)
Exit code 0 when clean, 1 when there are errors.
"""
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KB = ROOT / "kb"
CASES = ROOT / "cases.jsonl"

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
ALLOWED = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
KB_EXT = {".md", ".pdf", ".docx"}

errors, warnings = [], []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path):
    try:
        import pypdf
    except ImportError:
        warnings.append(f"pypdf not installed: cannot read {path.relative_to(ROOT)}")
        return None
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def docx_text(path):
    try:
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def front_matter(text):
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm


DE_WORDS = {"und", "der", "die", "das", "nicht", "ist", "für", "mit", "sie", "wir", "ihre", "bei"}
EN_WORDS = {"and", "the", "not", "is", "for", "with", "you", "we", "your", "our", "at", "of"}


def guess_lang(text):
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in DE_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "de" if de >= en else "en"


# ---------- knowledge base ----------
docs = {}          # id -> normalised text
doc_formats = Counter()
doc_langs = Counter()
doc_fm = Counter()
for path in sorted(KB.rglob("*")):
    if not path.is_file():
        continue
    if path.suffix.lower() not in KB_EXT:
        warnings.append(f"unexpected file in kb/: {path.relative_to(ROOT)}")
        continue
    doc_id = path.relative_to(KB).with_suffix("").as_posix()
    if doc_id in docs:
        errors.append(f"duplicate document id {doc_id}")
    ext = path.suffix.lower().lstrip(".")
    if ext == "md":
        text = path.read_text(encoding="utf-8")
        fm = front_matter(text)
        doc_fm["with front-matter" if fm else "without front-matter"] += 1
        lang = (fm or {}).get("language") or guess_lang(text)
        if fm:
            for key in ("title", "url", "language", "tags"):
                if key not in fm:
                    errors.append(f"{doc_id}: front-matter lacks {key}")
    elif ext == "pdf":
        text = pdf_text(path)
        lang = guess_lang(text) if text else "?"
    else:
        text = docx_text(path)
        lang = guess_lang(text)
    if text is not None:
        n = len(text.split())
        if not 150 <= n <= 900:
            warnings.append(f"{doc_id}: {n} words (outside 150-900)")
    docs[doc_id] = norm(text) if text is not None else None
    doc_formats[ext] += 1
    doc_langs[lang] += 1

# ---------- cases ----------
ids = set()
by_expect, by_lang, by_reason = Counter(), Counter(), Counter()
by_expect_lang = Counter()
cited = Counter()
if not CASES.exists():
    errors.append("cases.jsonl missing")
    lines = []
else:
    lines = CASES.read_text(encoding="utf-8").splitlines()
for n, line in enumerate(lines, 1):
    where = f"line {n}"
    if not line.strip():
        errors.append(f"{where}: empty line")
        continue
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"{where}: invalid JSON ({e})")
        continue
    if not isinstance(c, dict):
        errors.append(f"{where}: not an object")
        continue
    cid = c.get("id")
    where = f"{where} ({cid})"
    extra = set(c) - ALLOWED
    if extra:
        errors.append(f"{where}: unknown fields {sorted(extra)}")
    if not isinstance(cid, str) or not cid:
        errors.append(f"{where}: id must be a non-empty string")
    elif cid in ids:
        errors.append(f"{where}: duplicate id")
    else:
        ids.add(cid)
    lang = c.get("lang")
    if lang not in LANGS:
        errors.append(f"{where}: lang must be de or en")
    turns = c.get("turns")
    if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
        errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
        turns = []
    exp = c.get("expect")
    if exp not in EXPECTS:
        errors.append(f"{where}: expect must be one of {sorted(EXPECTS)}")
    facts = c.get("facts")
    if facts is not None and not (isinstance(facts, list) and all(isinstance(f, str) and f.strip() for f in facts)):
        errors.append(f"{where}: facts must be a list of non-empty strings")
        facts = None
    if "note" in c and not isinstance(c["note"], str):
        errors.append(f"{where}: note must be a string")
    if exp != "answer" and "docs" in c:
        errors.append(f"{where}: docs only allowed for answer cases")
    if exp != "handoff" and ("reason" in c or "handoff_by" in c):
        errors.append(f"{where}: reason/handoff_by only allowed for handoff cases")

    if exp == "answer":
        dl = c.get("docs")
        if not (isinstance(dl, list) and dl and all(isinstance(d, str) for d in dl)):
            errors.append(f"{where}: answer needs a non-empty docs list")
            dl = []
        for d in dl:
            cited[d] += 1
            if d not in docs:
                errors.append(f"{where}: document {d} not found in kb/")
        if not facts:
            errors.append(f"{where}: answer case needs facts")
        else:
            texts = {d: docs[d] for d in dl if docs.get(d) is not None}
            holders_all = set(texts)
            if not texts:
                holders_all = None
            for fact in facts:
                alts = [norm(a) for a in fact.split("|") if a.strip()]
                holders = {d for d, t in texts.items() if any(a in t for a in alts)}
                if not holders:
                    unreadable = [d for d in dl if d in docs and docs[d] is None]
                    if unreadable:
                        warnings.append(f"{where}: fact {fact!r} not verified (unreadable: {', '.join(unreadable)})")
                        continue
                    errors.append(f"{where}: fact {fact!r} not found in any cited document")
                if holders_all is not None and holders:
                    holders_all &= holders
            if texts and holders_all is not None and not holders_all and not any(e.startswith(where) for e in errors):
                warnings.append(f"{where}: no single cited document holds all facts")
    elif exp == "handoff":
        reason = c.get("reason")
        if reason not in REASONS:
            errors.append(f"{where}: reason must be one of {sorted(REASONS)}")
        else:
            by_reason[(reason, lang)] += 1
        hb = c.get("handoff_by")
        if hb is not None and not (isinstance(hb, int) and not isinstance(hb, bool) and 0 <= hb < len(turns)):
            errors.append(f"{where}: handoff_by must be a turn index 0..{len(turns) - 1}")
    by_expect[exp] += 1
    by_lang[lang] += 1
    by_expect_lang[(exp, lang)] += 1

# ---------- report ----------
print(f"kb/: {len(docs)} documents")
print("  per format:  " + ", ".join(f"{k}={v}" for k, v in sorted(doc_formats.items())))
print("  per language: " + ", ".join(f"{k}={v}" for k, v in sorted(doc_langs.items())))
print("  markdown: " + ", ".join(f"{k}={v}" for k, v in sorted(doc_fm.items())))
uncited = sorted(set(docs) - set(cited))
print(f"  documents cited by answer cases: {len(set(cited) & set(docs))}/{len(docs)}"
      + (f" (never cited: {', '.join(uncited)})" if uncited else ""))
print(f"cases.jsonl: {sum(by_expect.values())} cases")
print("  per expect:   " + ", ".join(f"{k}={v}" for k, v in sorted(by_expect.items(), key=lambda x: str(x[0]))))
print("  per language: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items(), key=lambda x: str(x[0]))))
print("  per expect and language:")
for exp in sorted(EXPECTS):
    print(f"    {exp:10s} de={by_expect_lang[(exp, 'de')]:3d} en={by_expect_lang[(exp, 'en')]:3d}")
print("  handoff per reason:")
for r in sorted(REASONS):
    print(f"    {r:17s} total={by_reason[(r, 'de')] + by_reason[(r, 'en')]} "
          f"(de={by_reason[(r, 'de')]}, en={by_reason[(r, 'en')]})")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK: no errors" if not errors else f"FAILED: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
