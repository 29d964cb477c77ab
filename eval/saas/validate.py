#!/usr/bin/env python3
"""Checks the Zahlkontor evaluation set (kb/ + cases.jsonl).

Run with the scratch venv so that PDF and DOCX text can be extracted:
    /tmp/saas-venv/bin/python validate.py
Without pypdf / python-docx the fact check for PDF/DOCX documents is reported as an error.
Exit code 0 when the set is clean, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KB = ROOT / "kb"
CASES = ROOT / "cases.jsonl"

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
LANGS = {"de", "en"}
FIELDS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
ID_RE = re.compile(r"^saas-\d{3}$")

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- knowledge base
def extract_text(path):
    ext = path.suffix.lower()
    if ext in (".md", ".markdown", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raise ValueError(f"unsupported format {ext}")


def front_matter(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    if end < 0:
        return None
    fm = {}
    for line in text[4:end].splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm


DE_WORDS = {"und", "der", "die", "das", "sie", "ist", "nicht", "mit", "für", "ein", "eine", "werden", "bei", "oder"}
EN_WORDS = {"the", "and", "you", "is", "not", "with", "for", "your", "are", "can", "of", "to", "or", "we"}


def guess_lang(text):
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in DE_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "de" if de > en else "en"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


docs = {}          # id -> normalised text
doc_langs = {}     # id -> language
doc_info = Counter()
for path in sorted(KB.rglob("*")):
    if not path.is_file():
        continue
    doc_id = path.relative_to(KB).with_suffix("").as_posix()
    if doc_id in docs:
        err(f"kb: duplicate document id {doc_id}")
    try:
        text = extract_text(path)
    except ImportError as e:
        err(f"kb: cannot read {path.name} ({e}); run with the scratch venv")
        text = ""
    except Exception as e:  # noqa: BLE001
        err(f"kb: cannot read {doc_id}: {e}")
        text = ""
    fmt = path.suffix.lower().lstrip(".")
    fm = front_matter(text) if fmt == "md" else None
    if fmt == "md" and text.startswith("---") and fm is None:
        err(f"kb: {doc_id}: broken front-matter")
    if fm is not None:
        for key in ("title", "url", "language", "tags"):
            if key not in fm:
                err(f"kb: {doc_id}: front-matter lacks {key}")
        lang = fm.get("language", "?")
    else:
        lang = guess_lang(text)
    if lang not in LANGS:
        err(f"kb: {doc_id}: language {lang!r}")
    n_words = len(text.split())
    if not 150 <= n_words <= 900:
        err(f"kb: {doc_id}: {n_words} words (want 150-900)")
    docs[doc_id] = norm(text)
    doc_langs[doc_id] = lang
    label = fmt + ("" if fmt != "md" else (" with front-matter" if fm is not None else " without front-matter"))
    doc_info[(label, lang)] += 1

# ---------------------------------------------------------------- cases
counts_expect, counts_lang, counts_reason, counts_expect_lang = Counter(), Counter(), Counter(), Counter()
seen = set()
n = 0
for lineno, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {lineno}: empty line")
        continue
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {lineno}: invalid JSON ({e})")
        continue
    n += 1
    where = f"line {lineno} ({c.get('id', '?')})"
    if not isinstance(c, dict):
        err(f"{where}: not an object")
        continue
    extra = set(c) - FIELDS
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")
    cid = c.get("id")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        err(f"{where}: bad id {cid!r}")
    elif cid in seen:
        err(f"{where}: duplicate id")
    seen.add(cid)
    lang = c.get("lang")
    if lang not in LANGS:
        err(f"{where}: bad lang {lang!r}")
    turns = c.get("turns")
    if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
        err(f"{where}: turns must be a non-empty list of non-empty strings")
        turns = []
    expect = c.get("expect")
    if expect not in EXPECTS:
        err(f"{where}: bad expect {expect!r}")
    if "note" in c and not isinstance(c["note"], str):
        err(f"{where}: note must be a string")

    facts = c.get("facts")
    if facts is not None and not (isinstance(facts, list) and all(isinstance(f, str) and f.strip() for f in facts)):
        err(f"{where}: facts must be a list of non-empty strings")
        facts = None
    if facts is not None and any(any(not a.strip() for a in f.split("|")) for f in facts):
        err(f"{where}: empty |-alternative in facts")

    if expect == "answer":
        d = c.get("docs")
        if not (isinstance(d, list) and d and all(isinstance(x, str) for x in d)):
            err(f"{where}: answer needs a non-empty docs list")
            d = []
        for x in d:
            if x not in docs:
                err(f"{where}: unknown doc {x!r}")
        if not facts:
            err(f"{where}: answer needs facts")
        else:
            for f in facts:
                alts = [norm(a) for a in f.split("|")]
                if not any(a in docs.get(x, "") for x in d for a in alts):
                    err(f"{where}: fact {f!r} not found in any cited document")
    elif "docs" in c:
        err(f"{where}: docs only allowed for answer")

    if expect == "handoff":
        r = c.get("reason")
        if r not in REASONS:
            err(f"{where}: bad or missing reason {r!r}")
        else:
            counts_reason[(r, lang)] += 1
        if "handoff_by" in c:
            hb = c["handoff_by"]
            if not (isinstance(hb, int) and not isinstance(hb, bool) and 0 <= hb < len(turns)):
                err(f"{where}: handoff_by {hb!r} out of range for {len(turns)} turns")
    else:
        for k in ("reason", "handoff_by"):
            if k in c:
                err(f"{where}: {k} only allowed for handoff")

    counts_expect[expect] += 1
    counts_lang[lang] += 1
    counts_expect_lang[(expect, lang)] += 1

# cross-language answer cases: every cited document is in the other language
cross = Counter()
for line in CASES.read_text(encoding="utf-8").splitlines():
    try:
        c = json.loads(line)
    except json.JSONDecodeError:
        continue
    if c.get("expect") == "answer" and c.get("docs") and all(x in doc_langs for x in c["docs"]):
        if all(doc_langs[x] != c.get("lang") for x in c["docs"]):
            cross[c.get("lang")] += 1

# ---------------------------------------------------------------- report
print("Knowledge base:", len(docs), "documents")
for (label, lang), k in sorted(doc_info.items()):
    print(f"  {label:28s} {lang}: {k}")
print(f"Cases: {n}")
print("  per expect:", dict(sorted(counts_expect.items())))
print("  per lang:  ", dict(sorted(counts_lang.items())))
print("  per expect and lang:")
for (e, l), k in sorted(counts_expect_lang.items()):
    print(f"    {e:10s} {l}: {k}")
print(f"  cross-language answer cases (all cited documents in the other language): {sum(cross.values())} (de {cross['de']}, en {cross['en']})")
print("  handoff per reason:")
for r in sorted(REASONS):
    print(f"    {r:17s} total {counts_reason[(r, 'de')] + counts_reason[(r, 'en')]}  (de {counts_reason[(r, 'de')]}, en {counts_reason[(r, 'en')]})")
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: no errors")
