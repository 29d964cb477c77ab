#!/usr/bin/env python3
"""Checks the insurance evaluation set (cases.jsonl against kb/).

Run with the scratch venv so PDF/DOCX text can be extracted:
    /tmp/insurance-venv/bin/python validate.py
Without pypdf/python-docx, facts cited only from PDF/DOCX documents are reported as errors.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KB = HERE / "kb"
CASES = HERE / "cases.jsonl"

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
LANGS = {"de", "en"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
FIELDS = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
DOC_EXTS = {".md", ".pdf", ".docx"}


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def load_kb(errors):
    docs = {}
    for path in sorted(KB.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix not in DOC_EXTS:
            errors.append(f"kb: unexpected file type {path.relative_to(KB)}")
            continue
        doc_id = path.relative_to(KB).with_suffix("").as_posix()
        if doc_id in docs:
            errors.append(f"kb: duplicate document id {doc_id}")
        try:
            if path.suffix == ".md":
                text = path.read_text(encoding="utf-8")
            elif path.suffix == ".pdf":
                text = pdf_text(path)
            else:
                text = docx_text(path)
        except ImportError as e:
            errors.append(f"kb: cannot extract {doc_id} ({e}); run with the scratch venv")
            text = ""
        docs[doc_id] = {"path": path, "text": text}
    return docs


def kb_stats(docs):
    fmt, lang, fmt_lang = Counter(), Counter(), Counter()
    for doc_id, d in docs.items():
        fmt[d["path"].suffix.lstrip(".")] += 1
        m = re.search(r"^language:\s*(\w+)", d["text"], re.M) if d["path"].suffix == ".md" else None
        if m:
            code = m.group(1)
        else:  # no front-matter (or PDF/DOCX): guess from frequent function words
            words = re.findall(r"[a-zäöüß]+", d["text"].casefold())
            de = sum(w in {"der", "die", "und", "ist", "sie", "nicht", "mit"} for w in words)
            en = sum(w in {"the", "and", "is", "you", "not", "with", "your"} for w in words)
            code = "de" if de > en else "en"
        lang[code] += 1
        fmt_lang[(d["path"].suffix.lstrip("."), code)] += 1
    return fmt, lang, fmt_lang


def main():
    errors = []
    docs = load_kb(errors)
    norm_text = {k: norm(v["text"]) for k, v in docs.items()}
    if not 18 <= len(docs) <= 28:
        errors.append(f"kb: {len(docs)} documents, expected 18-28")

    ids = set()
    by_expect, by_lang, by_reason = Counter(), Counter(), Counter()
    by_expect_lang = Counter()
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
        unknown = set(c) - FIELDS
        if unknown:
            errors.append(f"{where}: unknown fields {sorted(unknown)}")
        cid = c.get("id")
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id {cid}")
        else:
            ids.add(cid)
            where = f"{where} ({cid})"
        lang, expect = c.get("lang"), c.get("expect")
        if lang not in LANGS:
            errors.append(f"{where}: bad lang {lang!r}")
        if expect not in EXPECTS:
            errors.append(f"{where}: bad expect {expect!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of non-empty strings")
            turns = []
        if "note" in c and not isinstance(c["note"], str):
            errors.append(f"{where}: note must be a string")
        facts = c.get("facts")
        if facts is not None and (not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts)):
            errors.append(f"{where}: facts must be a list of non-empty strings")
            facts = None

        # field applicability
        if expect != "answer" and "docs" in c:
            errors.append(f"{where}: docs only allowed for answer cases")
        if expect != "handoff" and ("reason" in c or "handoff_by" in c):
            errors.append(f"{where}: reason/handoff_by only allowed for handoff cases")
        if expect == "decline" and facts:
            errors.append(f"{where}: decline cases should not carry facts")

        if expect == "answer":
            dl = c.get("docs")
            if not isinstance(dl, list) or not dl or not all(isinstance(d, str) for d in dl):
                errors.append(f"{where}: answer needs a non-empty docs list")
                dl = []
            for d in dl:
                if d not in docs:
                    errors.append(f"{where}: doc {d!r} not found in kb/")
            if not facts:
                errors.append(f"{where}: answer needs facts")
            else:
                cited = [d for d in dl if d in docs]
                for fact in facts:
                    alts = [a.strip() for a in fact.split("|") if a.strip()]
                    if not any(norm(a) in norm_text[d] for a in alts for d in cited):
                        errors.append(f"{where}: fact {fact!r} not found in any cited doc {cited}")
        if expect == "handoff":
            r = c.get("reason")
            if r not in REASONS:
                errors.append(f"{where}: bad reason {r!r}")
            else:
                by_reason[(r, lang)] += 1
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                    errors.append(f"{where}: handoff_by {hb!r} out of range for {len(turns)} turns")

        by_expect[expect] += 1
        by_lang[lang] += 1
        by_expect_lang[(expect, lang)] += 1

    fmt, dlang, fmt_lang = kb_stats(docs)
    print(f"kb documents: {len(docs)}  formats: {dict(sorted(fmt.items()))}  languages: {dict(sorted(dlang.items()))}")
    print("kb per format and language:", {f"{f}/{l}": n for (f, l), n in sorted(fmt_lang.items())})
    print(f"cases: {sum(by_expect.values())}")
    print("per expect:", dict(sorted(by_expect.items())))
    print("per lang:", dict(sorted(by_lang.items())))
    print("per expect and lang:", {f"{e}/{l}": n for (e, l), n in sorted(by_expect_lang.items())})
    reasons = Counter()
    for (r, l), n in by_reason.items():
        reasons[r] += n
    print("handoff per reason:", dict(sorted(reasons.items())))
    print("handoff per reason and lang:", {f"{r}/{l}": n for (r, l), n in sorted(by_reason.items())})

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
