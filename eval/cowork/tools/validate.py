#!/usr/bin/env python3
"""Validate the Tischwerk Coworking evaluation set.

Usage: /tmp/cowork-venv/bin/python tools/validate.py [SET_DIR]
Needs pypdf and python-docx (for PDF/DOCX text extraction).

Checks: cases.jsonl parses; ids unique; required fields and allowed values; every `docs` id exists in kb/;
handoff reasons valid; `handoff_by` is an int within the turns; every fact (at least one `|` alternative)
occurs literally (case-insensitive) in one of the case's documents. Also prints KB and case statistics.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
CASES = ROOT / "cases.jsonl"

EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal", "privacy_request", "safety",
           "repeated_failure"}
LANGS = {"de", "en"}
EXTS = {".md", ".pdf", ".docx"}


def extract(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).casefold()


def front_matter(text: str):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    return text[4:end] if end > 0 else None


def main():
    errors, warnings = [], []

    # ---------------------------------------------------------------- knowledge base
    docs = {}
    for p in sorted(KB.rglob("*")):
        if p.is_file():
            if p.suffix not in EXTS:
                errors.append(f"kb: unexpected file type {p.relative_to(KB)}")
                continue
            doc_id = str(p.relative_to(KB).with_suffix(""))
            if doc_id in docs:
                errors.append(f"kb: duplicate document id {doc_id}")
            try:
                docs[doc_id] = (p, extract(p))
            except Exception as e:  # noqa: BLE001
                errors.append(f"kb: cannot read {p.relative_to(KB)}: {e}")
    fmt = Counter(p.suffix.lstrip(".") for p, _ in docs.values())
    lang = Counter()
    no_fm = []
    for doc_id, (p, text) in docs.items():
        words = len(text.split())
        if not 150 <= words <= 700:
            warnings.append(f"kb: {doc_id} has {words} words (outside 150-700)")
        if p.suffix == ".md":
            fm = front_matter(text)
            if fm is None:
                no_fm.append(doc_id)
            else:
                m = re.search(r"^language:\s*(\w+)", fm, re.M)
                if m and m.group(1) not in LANGS:
                    errors.append(f"kb: {doc_id} has invalid language {m.group(1)}")
                if m:
                    lang[m.group(1)] += 1
                    continue
        # fall back to a crude language guess for files without front-matter / binaries
        t = norm(text)
        lang["de" if t.count(" und ") + t.count(" der ") > t.count(" the ") + t.count(" and ") else "en"] += 1
    folders = sorted({d.split("/")[0] for d in docs if "/" in d})
    print(f"KB: {len(docs)} documents in {len(folders)} folders; formats {dict(fmt)}; languages {dict(lang)}; "
          f"markdown without front-matter: {no_fm}")

    # ---------------------------------------------------------------- cases
    ids = set()
    stats = Counter()
    reasons = Counter()
    later = 0
    n = 0
    with CASES.open(encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: JSON error {e}")
                continue
            n += 1
            cid = c.get("id")
            where = f"line {ln} ({cid})"
            if not isinstance(cid, str) or not cid:
                errors.append(f"{where}: missing id")
            elif cid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(cid)
            if c.get("lang") not in LANGS:
                errors.append(f"{where}: bad lang {c.get('lang')!r}")
            turns = c.get("turns")
            if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
                errors.append(f"{where}: turns must be a non-empty list of strings")
                turns = turns if isinstance(turns, list) else []
            exp = c.get("expect")
            if exp not in EXPECTS:
                errors.append(f"{where}: bad expect {exp!r}")
            stats[(exp, c.get("lang"))] += 1
            known = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}
            extra = set(c) - known
            if extra:
                errors.append(f"{where}: unknown fields {sorted(extra)}")
            if exp == "answer":
                dl = c.get("docs")
                if not isinstance(dl, list) or not dl:
                    errors.append(f"{where}: answer needs a non-empty docs list")
                    dl = []
                for d in dl:
                    if d not in docs:
                        errors.append(f"{where}: unknown doc id {d!r}")
            else:
                if "docs" in c:
                    errors.append(f"{where}: docs only allowed for answer cases")
            if exp == "handoff":
                if c.get("reason") not in REASONS:
                    errors.append(f"{where}: bad reason {c.get('reason')!r}")
                reasons[c.get("reason")] += 1
                if "handoff_by" in c:
                    hb = c["handoff_by"]
                    if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                        errors.append(f"{where}: handoff_by {hb!r} outside 0..{len(turns) - 1}")
                    elif hb > 0:
                        later += 1
            else:
                for k in ("reason", "handoff_by"):
                    if k in c:
                        errors.append(f"{where}: {k} only allowed for handoff cases")
            facts = c.get("facts", [])
            if facts and exp not in ("answer", "smalltalk"):
                errors.append(f"{where}: facts only make sense for answer/smalltalk")
            if not isinstance(facts, list) or not all(isinstance(x, str) and x.strip() for x in facts):
                errors.append(f"{where}: facts must be a list of non-empty strings")
                continue
            texts = [docs[d][1] for d in c.get("docs", []) if d in docs]
            for fact in facts:
                alts = [a.strip() for a in fact.split("|") if a.strip()]
                hit = any(norm(a) in norm(t) for a in alts for t in texts)
                if not hit:
                    errors.append(f"{where}: fact {fact!r} not found in any of {c.get('docs')}")

    print(f"Cases: {n}")
    for exp in ("answer", "handoff", "decline", "smalltalk"):
        print(f"  {exp:9s} de={stats[(exp, 'de')]:2d} en={stats[(exp, 'en')]:2d} "
              f"total={stats[(exp, 'de')] + stats[(exp, 'en')]:2d}")
    print(f"  handoff reasons: {dict(sorted(reasons.items()))}; handoff_by > 0: {later}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK: validation passed")


if __name__ == "__main__":
    main()
