#!/usr/bin/env python3
"""Checks cases.jsonl and kb/ of this evaluation set.

Run:  /tmp/telecom-venv/bin/python validate.py   (pypdf + python-docx needed for PDF/DOCX text)
Stdlib only otherwise; without pypdf/python-docx, facts in PDF/DOCX documents are reported as unchecked errors.
"""
import json
import os
import re
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


def read_text(path):
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
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def load_kb():
    docs = {}
    for root, _, files in os.walk(KB):
        for fn in files:
            p = os.path.join(root, fn)
            doc_id = os.path.splitext(os.path.relpath(p, KB))[0].replace(os.sep, "/")
            if doc_id in docs:
                raise SystemExit(f"duplicate document id {doc_id}")
            docs[doc_id] = p
    return docs


def main():
    errors = []
    docs = load_kb()
    texts = {}

    def text_of(doc_id):
        if doc_id not in texts:
            try:
                texts[doc_id] = norm(read_text(docs[doc_id]))
            except Exception as e:  # noqa: BLE001
                errors.append(f"cannot read {doc_id}: {e}")
                texts[doc_id] = ""
        return texts[doc_id]

    # front-matter sanity for Markdown
    fm_count = 0
    for doc_id, p in docs.items():
        if p.endswith(".md"):
            t = read_text(p)
            if t.startswith("---\n"):
                end = t.find("\n---", 4)
                if end < 0:
                    errors.append(f"{doc_id}: unterminated front-matter")
                    continue
                fm = t[4:end]
                fm_count += 1
                for key in ("title", "url", "language", "tags"):
                    if not re.search(rf"^{key}:", fm, re.M):
                        errors.append(f"{doc_id}: front-matter lacks {key}")

    ids = set()
    cnt_expect, cnt_lang, cnt_reason, cnt_el = Counter(), Counter(), Counter(), Counter()
    with open(CASES, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        cid = c.get("id")
        where = f"line {n} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: id missing")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        extra = set(c) - ALLOWED
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        lang, exp = c.get("lang"), c.get("expect")
        if lang not in LANGS:
            errors.append(f"{where}: bad lang {lang!r}")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
            turns = turns if isinstance(turns, list) else []
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
        if exp == "answer":
            dl = c.get("docs")
            if not isinstance(dl, list) or not dl or not all(isinstance(x, str) for x in dl):
                errors.append(f"{where}: answer needs docs")
                dl = []
            for d in dl:
                if d not in docs:
                    errors.append(f"{where}: unknown doc {d!r}")
            if not facts:
                errors.append(f"{where}: answer needs facts")
            else:
                for fact in facts:
                    alts = [a.strip() for a in fact.split("|") if a.strip()]
                    if not any(norm(a) in text_of(d) for a in alts for d in dl if d in docs):
                        errors.append(f"{where}: fact {fact!r} not found in cited docs {dl}")
        if exp == "handoff":
            r = c.get("reason")
            if r not in REASONS:
                errors.append(f"{where}: bad reason {r!r}")
            cnt_reason[r] += 1
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                    errors.append(f"{where}: handoff_by out of range")
            if r == "repeated_failure" and len(turns) < 2:
                errors.append(f"{where}: repeated_failure should be multi-turn")
        cnt_expect[exp] += 1
        cnt_lang[lang] += 1
        cnt_el[(exp, lang)] += 1

    # report
    ext_lang = Counter()
    for doc_id, p in docs.items():
        ext = os.path.splitext(p)[1].lstrip(".")
        lang = "?"
        if ext == "md":
            m = re.search(r"^language:\s*(\w+)", read_text(p), re.M)
            lang = m.group(1) if m else "no-front-matter"
        else:
            words = re.findall(r"[a-zäöüß]+", norm(read_text(p)) if ext in ("pdf", "docx") else "")
            de = sum(w in {"der", "die", "und", "ist", "für", "mit", "nicht", "pro"} for w in words)
            en = sum(w in {"the", "and", "is", "for", "with", "not", "per", "of"} for w in words)
            lang = ("de" if de > en else "en") + " (guessed)"
        ext_lang[(ext, lang)] += 1
    print(f"documents: {len(docs)} ({fm_count} Markdown with front-matter)")
    for (ext, lang), k in sorted(ext_lang.items()):
        print(f"  {ext:5} {lang:16} {k}")
    print(f"cases: {sum(cnt_expect.values())}")
    for e in sorted(cnt_expect):
        print(f"  {e:10} {cnt_expect[e]:3}   " + "  ".join(f"{l}={cnt_el[(e, l)]}" for l in sorted(LANGS)))
    print("  per lang:   " + "  ".join(f"{l}={cnt_lang[l]}" for l in sorted(cnt_lang)))
    print("  handoff per reason: " + ", ".join(f"{r}={cnt_reason[r]}" for r in sorted(cnt_reason)))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
