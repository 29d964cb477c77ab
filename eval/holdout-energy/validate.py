#!/usr/bin/env python3
"""Consistency check for this evaluation set (format: /work/shared/eval/README.md)."""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
KB = HERE / "kb"
REASONS = {"emotional", "sarcasm", "human_request", "complex", "legal",
           "privacy_request", "safety", "repeated_failure"}
EXPECTS = {"answer", "handoff", "decline", "smalltalk"}
ALLOWED = {"id", "lang", "turns", "expect", "docs", "facts", "reason", "handoff_by", "note"}

docs = {p.relative_to(KB).with_suffix("").as_posix(): p.read_text(encoding="utf-8")
        for p in KB.rglob("*.md")}
errors, seen = [], set()
by_expect, by_lang = collections.Counter(), collections.Counter()
by_expect_lang, reasons = collections.Counter(), collections.Counter()
multi = 0
for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: invalid JSON: {e}"); continue
    cid = c.get("id")
    def err(msg): errors.append(f"{cid or 'line %d' % n}: {msg}")
    if set(c) - ALLOWED: err(f"unknown fields {set(c) - ALLOWED}")
    if not isinstance(cid, str) or not re.fullmatch(r"nrg-\d{3}", cid): err("bad id")
    if cid in seen: err("duplicate id")
    seen.add(cid)
    if c.get("lang") not in ("de", "en"): err("bad lang")
    t = c.get("turns")
    if not (isinstance(t, list) and t and all(isinstance(x, str) and x.strip() for x in t)): err("bad turns")
    e = c.get("expect")
    if e not in EXPECTS: err("bad expect")
    by_expect[e] += 1; by_lang[c.get("lang")] += 1; by_expect_lang[(e, c.get("lang"))] += 1
    multi += len(t) > 1
    if e == "answer":
        if not c.get("docs"): err("answer without docs")
        if not c.get("facts"): err("answer without facts")
    elif "docs" in c: err("docs on non-answer case")
    for d in c.get("docs", []):
        if d not in docs: err(f"doc {d!r} not in kb/")
    if e == "handoff":
        if c.get("reason") not in REASONS: err("bad/missing reason")
        reasons[c.get("reason")] += 1
        hb = c.get("handoff_by", len(t) - 1)
        if not (isinstance(hb, int) and 0 <= hb < len(t)): err("bad handoff_by")
    else:
        if "reason" in c or "handoff_by" in c: err("reason/handoff_by on non-handoff case")
    for f in c.get("facts", []):
        if not isinstance(f, str) or not f.strip(): err("empty fact"); continue
        if e == "answer":
            texts = [docs[d].lower() for d in c.get("docs", []) if d in docs]
            alts = [a.strip().lower() for a in f.split("|")]
            if not any(a and a in tx for a in alts for tx in texts):
                err(f"fact {f!r} not found in cited docs")

langs = collections.Counter()
for d, tx in docs.items():
    m = re.search(r"^language:\s*(\w+)", tx, re.M)
    langs[m.group(1) if m else ("en" if d.startswith("en/") else "?")] += 1
print(f"kb documents: {len(docs)} ({dict(langs)}; "
      f"{sum(1 for t in docs.values() if t.startswith('---'))} with front-matter)")
print(f"cases: {sum(by_expect.values())}, ids unique: {len(seen) == sum(by_expect.values())}")
print("by expect:", dict(by_expect))
print("by lang:", dict(by_lang))
print("by expect x lang:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by_expect_lang.items())})
print("handoff reasons:", dict(reasons))
print("multi-turn cases:", multi)
if errors:
    print(f"\n{len(errors)} ERROR(S):"); print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
