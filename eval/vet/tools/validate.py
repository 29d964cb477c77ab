#!/usr/bin/env python3
"""Validate the evaluation set: cases.jsonl against kb/.

Needs pypdf and python-docx for PDF/DOCX text extraction:
    /tmp/vet-venv/bin/python tools/validate.py
Exit code 0 if everything passes.
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
EXTS = {".md", ".pdf", ".docx"}
ALLOWED = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}


def extract(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return "\n".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    raise ValueError(path)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def front_matter(text: str):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    return text[4:end] if end > 0 else None


def main() -> int:
    errors, warnings = [], []

    # ---- knowledge base
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file():
            if p.suffix not in EXTS:
                errors.append(f"unexpected file in kb: {p.relative_to(KB)}")
                continue
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                errors.append(f"duplicate document id {doc_id}")
            try:
                docs[doc_id] = (p, norm(extract(p)))
            except Exception as e:  # noqa: BLE001
                errors.append(f"cannot read {p}: {e}")
    fmt = Counter(p.suffix for p, _ in docs.values())
    langs = Counter()
    no_fm = []
    for doc_id, (p, _) in docs.items():
        if p.suffix == ".md":
            fm = front_matter(p.read_text(encoding="utf-8"))
            if fm is None:
                no_fm.append(doc_id)
            else:
                m = re.search(r"^language:\s*(\w+)", fm, re.M)
                if not m or m.group(1) not in LANGS:
                    errors.append(f"{doc_id}: front-matter without valid language")
                else:
                    langs[m.group(1)] += 1
    print(f"KB: {len(docs)} documents, formats {dict(fmt)}, md language tags {dict(langs)}, "
          f"md without front-matter: {no_fm}")

    # ---- cases
    ids = set()
    counts = Counter()
    n = 0
    for lineno, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: invalid JSON: {e}")
            continue
        n += 1
        cid = c.get("id")
        where = f"line {lineno} ({cid})"
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        extra = set(c) - ALLOWED
        if extra:
            errors.append(f"{where}: unknown fields {extra}")
        if c.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang {c.get('lang')!r}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errors.append(f"{where}: turns must be a non-empty list of strings")
            turns = []
        exp = c.get("expect")
        if exp not in EXPECTS:
            errors.append(f"{where}: bad expect {exp!r}")
        counts[(exp, c.get("lang"))] += 1

        if exp == "answer":
            cdocs = c.get("docs")
            if not isinstance(cdocs, list) or not cdocs:
                errors.append(f"{where}: answer case needs docs")
                cdocs = []
            for d in cdocs:
                if d not in docs:
                    errors.append(f"{where}: unknown doc id {d!r}")
        else:
            if "docs" in c:
                errors.append(f"{where}: docs only allowed for answer cases")
            cdocs = []

        if exp == "handoff":
            if c.get("reason") not in REASONS:
                errors.append(f"{where}: bad reason {c.get('reason')!r}")
            if "handoff_by" in c:
                hb = c["handoff_by"]
                if not isinstance(hb, int) or isinstance(hb, bool) or not (0 <= hb < len(turns)):
                    errors.append(f"{where}: handoff_by {hb!r} outside turns (0..{len(turns) - 1})")
        else:
            if "reason" in c or "handoff_by" in c:
                errors.append(f"{where}: reason/handoff_by only allowed for handoff cases")

        facts = c.get("facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, str) and f.strip() for f in facts):
            errors.append(f"{where}: facts must be a list of non-empty strings")
            facts = []
        if facts and exp not in ("answer", "smalltalk"):
            warnings.append(f"{where}: facts on a {exp} case are ignored")
        if exp == "answer":
            texts = [docs[d][1] for d in cdocs if d in docs]
            for f in facts:
                alts = [a.strip() for a in f.split("|") if a.strip()]
                if not any(norm(a) in t for a in alts for t in texts):
                    errors.append(f"{where}: fact {f!r} not found in any of {cdocs}")

    print(f"Cases: {n}")
    exps = ["answer", "handoff", "decline", "smalltalk"]
    print(f"{'expect':<10} {'de':>4} {'en':>4} {'total':>6}")
    for e in exps:
        print(f"{e:<10} {counts[(e, 'de')]:>4} {counts[(e, 'en')]:>4} {counts[(e, 'de')] + counts[(e, 'en')]:>6}")
    print(f"{'total':<10} {sum(v for (e, l), v in counts.items() if l == 'de'):>4} "
          f"{sum(v for (e, l), v in counts.items() if l == 'en'):>4} {n:>6}")

    # reason distribution
    reasons = Counter()
    later = 0
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            if c.get("expect") == "handoff":
                reasons[c.get("reason")] += 1
                if c.get("handoff_by", len(c["turns"]) - 1) > 0:
                    later += 1
    print(f"handoff reasons: {dict(sorted(reasons.items()))}; handoff due after turn 0: {later}")

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("VALIDATION PASSED" if not errors else f"VALIDATION FAILED ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
