#!/usr/bin/env python3
"""Checks the pharmacy evaluation set: cases.jsonl against the format and kb/.

Run with the scratch venv so PDF/DOCX text can be extracted:
    /tmp/pharmacy-venv/bin/python validate.py
Without pypdf/python-docx the script still runs but reports facts cited only
from PDF/DOCX documents as unverifiable (an error).
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
ID_RE = re.compile(r"^pha-\d{3}$")
DE_WORDS = {"und", "der", "die", "das", "sie", "nicht", "mit", "für", "ist", "wir", "ihre", "bei", "auf", "oder"}
EN_WORDS = {"the", "and", "you", "your", "with", "for", "is", "we", "not", "our", "can", "of", "to", "or"}

errors, warnings = [], []


def extract(path):
    ext = path.suffix.lower()
    if ext in (".md", ".txt", ".markdown"):
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        try:
            import pypdf
        except ImportError:
            return None
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if ext == ".docx":
        try:
            import docx
        except ImportError:
            return None
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return None


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
            fm[k.strip()] = v.strip().strip('"')
    return fm


def guess_lang(text):
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in DE_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "de" if de > en else "en"


# ------------------------------------------------------------------ kb
docs = {}
doc_stats = Counter()
for p in sorted(KB.rglob("*")):
    if not p.is_file():
        continue
    doc_id = p.relative_to(KB).with_suffix("").as_posix()
    if doc_id in docs:
        errors.append(f"kb: two files share the id {doc_id}")
    text = extract(p)
    if text is None:
        errors.append(f"kb: cannot read {p.relative_to(ROOT)} (unsupported type or missing pypdf/python-docx)")
        docs[doc_id] = ""
        continue
    docs[doc_id] = text
    fmt = p.suffix.lower().lstrip(".")
    lang = None
    if fmt == "md":
        fm = front_matter(text)
        if fm is not None:
            fmt = "md+front-matter"
            for key in ("title", "url", "language", "tags"):
                if key not in fm:
                    errors.append(f"kb: {doc_id} front-matter lacks {key}")
            lang = fm.get("language")
            if lang not in LANGS:
                errors.append(f"kb: {doc_id} front-matter language {lang!r}")
        else:
            fmt = "md (no front-matter)"
    lang = lang or guess_lang(text)
    n = len(re.findall(r"\w+", text))
    if not 150 <= n <= 900:
        warnings.append(f"kb: {doc_id} has {n} words (outside 150-900)")
    doc_stats[(fmt, lang)] += 1

# ------------------------------------------------------------------ cases
ids = set()
count_expect, count_lang, count_reason, count_expect_lang = Counter(), Counter(), Counter(), Counter()
lines = CASES.read_text(encoding="utf-8").splitlines()
for n, line in enumerate(lines, 1):
    where = f"cases.jsonl:{n}"
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
    extra = set(c) - FIELDS
    if extra:
        errors.append(f"{where}: unknown fields {sorted(extra)}")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        errors.append(f"{where}: bad id")
    elif cid in ids:
        errors.append(f"{where}: duplicate id")
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
        errors.append(f"{where}: expect {exp!r}")
    if "note" in c and not isinstance(c["note"], str):
        errors.append(f"{where}: note must be a string")
    facts = c.get("facts")
    if facts is not None and (not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts)):
        errors.append(f"{where}: facts must be a list of non-empty strings")
        facts = None
    if facts:
        for f in facts:
            if any(not alt.strip() for alt in f.split("|")):
                errors.append(f"{where}: empty alternative in fact {f!r}")
    # docs
    if exp == "answer":
        dl = c.get("docs")
        if not isinstance(dl, list) or not dl or not all(isinstance(d, str) for d in dl):
            errors.append(f"{where}: answer needs a non-empty docs list")
            dl = []
        for d in dl:
            if d not in docs:
                errors.append(f"{where}: doc {d!r} not in kb/")
        if not facts:
            errors.append(f"{where}: answer case without facts")
        else:
            texts = [docs[d].lower() for d in dl if d in docs]
            for f in facts:
                alts = [x.strip().lower() for x in f.split("|")]
                if not any(alt in t for alt in alts for t in texts):
                    errors.append(f"{where}: fact {f!r} occurs in none of the cited documents")
    elif "docs" in c:
        errors.append(f"{where}: docs only allowed for answer")
    # reason / handoff_by
    if exp == "handoff":
        if c.get("reason") not in REASONS:
            errors.append(f"{where}: handoff needs a reason from the vocabulary")
        if "handoff_by" in c:
            hb = c["handoff_by"]
            if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                errors.append(f"{where}: handoff_by must be a turn index (0..{len(turns) - 1})")
        count_reason[(c.get("reason"), lang)] += 1
    else:
        for k in ("reason", "handoff_by"):
            if k in c:
                errors.append(f"{where}: {k} only allowed for handoff")
    count_expect[exp] += 1
    count_lang[lang] += 1
    count_expect_lang[(exp, lang)] += 1

# ------------------------------------------------------------------ report
print(f"kb documents: {len(docs)}")
for (fmt, lang), k in sorted(doc_stats.items()):
    print(f"  {fmt:22} {lang}: {k}")
print(f"  by language: " + ", ".join(f"{l}={sum(v for (f, ll), v in doc_stats.items() if ll == l)}" for l in sorted(LANGS)))
print(f"cases: {len(lines)}")
for e in sorted(count_expect):
    print(f"  {e:10} {count_expect[e]:3}  (de {count_expect_lang[(e, 'de')]}, en {count_expect_lang[(e, 'en')]})")
print(f"  by language: de={count_lang['de']}, en={count_lang['en']}")
print("handoff reasons:")
for r in sorted(REASONS):
    print(f"  {r:17} {count_reason[(r, 'de')] + count_reason[(r, 'en')]}  (de {count_reason[(r, 'de')]}, en {count_reason[(r, 'en')]})")
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
