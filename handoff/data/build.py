"""Rebuild the detector's data files from snapshots of the public source repositories.

    .venv/bin/python handoff/data/build.py [--mirror DIR] [heldout|train|all]

Each source is a public GitHub repository (see SOURCES.md). They are read from bare git snapshots
under ``--mirror`` (default ``/work/.mirror``), one folder per repository named ``owner+name/repo``
(what the project's fetch tool produces; ``git clone --bare`` into that layout works the same). Only
``git show HEAD:path`` is used, so nothing from the sources is executed.

Outputs (all small, committed):

* ``heldout_real.jsonl`` — real customer messages from sources **not** used for training, labelled
  by hand (``heldout_labels.tsv``) before any model was trained. Never used to train or tune.
* ``train.jsonl`` — the tuning data: text, lang, reason (or ``none``), source.
* ``complaints.jsonl`` — tweets addressed to companies' customer-service accounts, labelled complaint or not by
  the corpus's authors, for the complaint model (``handoff/train.py --data handoff/data/complaints.jsonl
  --reasons complaint``); rows close to a held-out message are dropped.
* ``public_routine.jsonl`` / ``public_routine_check.jsonl`` — real routine requests (CLINC150, none of them in
  ``train.jsonl``) as extra "stays with the bot" rows for the turn model and its checks, and rows to count their
  false hand-overs on (``bench/detector.py``).

Sampling is seeded, so running this again gives the same files.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent

SRC = {
    "airline": ("AyushDhatwalia+Twitter-Airline-Sentiment", "Tweets.csv"),
    "de_reviews": ("madvx+NLP_22Z", "corpora_nlp22z/{name}.txt"),
    "isarcasm": ("iabufarha+iSarcasmEval", "train/train.En.csv"),
    "isarcasm_test": ("iabufarha+iSarcasmEval", "test/task_A_En_test.csv"),
    "germeval18": ("uds-lsv+GermEval-2018-Data", "germeval2018.training.txt"),
    "germeval18_test": ("uds-lsv+GermEval-2018-Data", "germeval2018.test.txt"),
    "olid": ("victoriyayeotobo+NLP-CW1", "olid-training-v1.0.tsv"),
    "clinc": ("clinc+oos-eval", "data/data_full.json"),
    "complaints": ("danielpreotiuc+complaints-social-media", "complaints-data.csv"),
}


def show(mirror: Path, repo: str, path: str) -> str:
    git_dir = mirror / repo / "repo"
    if not git_dir.exists():
        sys.exit(f"missing snapshot {git_dir}: fetch github:{repo.replace('+', '/')} first (see SOURCES.md)")
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8", errors="replace")


# ---------------------------------------------------------------- text clean-up

# The airline data set was published with a global search-and-replace applied to its texts
# ("Cancel" -> "Cancelled Flight", "late" -> "Late Flight", "booking" -> "Flight Booking Problems");
# undo it so the messages read as written.
_AIRLINE_FIXES = [
    (r"Cancelled Flight(l?ed|led|lation|ation|LED|s)?", lambda m: {
        None: "Cancel", "led": "Cancelled", "ed": "Canceled", "lation": "Cancellation", "ation": "Cancelation",
        "LED": "CANCELLED", "s": "Cancels"}.get(m.group(1), "Cancelled")),
    (r"Late Flight", lambda m: "late"),
    (r"Flight Booking Problems", lambda m: "booking"),
]


def clean_airline(text: str) -> str:
    for pattern, repl in _AIRLINE_FIXES:
        text = re.sub(pattern, repl, text)
    text = text.replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<")
    text = re.sub(r"^(\s*[.]?@\w+[:,]?\s*)+", "", text)       # the leading @airline address
    text = re.sub(r"https?://\S+", "", text)
    return " ".join(text.split())


def clean_tweet(text: str) -> str:
    text = text.replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<").replace("|LBR|", " ")
    text = re.sub(r"@\w+", "@USER", text)
    text = re.sub(r"https?://\S+|\bURL\b", "", text)
    text = re.sub(r"^(\s*@USER\s*)+", "", text)
    return " ".join(text.split())


# ---------------------------------------------------------------- held-out real messages

def heldout(mirror: Path) -> list[dict]:
    """The exact sampling used when the set was labelled (seeds 13 and 1313), then the hand labels."""
    labels: dict[str, str] = {}
    for line in (HERE / "heldout_labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, label = line.split()[:2]
            labels[key] = label

    rows = list(csv.DictReader(io.StringIO(show(mirror, *SRC["airline"]))))
    conf = lambda r: float(r["airline_sentiment_confidence"])  # noqa: E731
    en: list[tuple[str, dict]] = []
    used: set[str] = set()
    for seed, start in ((13, 0), (1313, 105)):
        rng = random.Random(seed)
        neg = [r for r in rows if r["airline_sentiment"] == "negative" and conf(r) >= 0.9 and r["tweet_id"] not in used]
        neu = [r for r in rows if r["airline_sentiment"] == "neutral" and "?" in r["text"] and r["tweet_id"] not in used]
        pos = [r for r in rows if r["airline_sentiment"] == "positive" and r["tweet_id"] not in used]
        picked = rng.sample(neg, 60) + rng.sample(neu, 25) + rng.sample(pos, 20)
        for i, r in enumerate(picked):
            en.append((f"en{start + i:03d}", r))
        used |= {r["tweet_id"] for r in picked}
        if seed == 13:
            rng_de = rng  # the German sample continued the same generator
            de_first = _de_sample(mirror, rng_de)

    # The second German batch excluded a fresh Random(13) draw instead of the first batch itself, so a
    # few reviews came up twice; they are dropped below (kept once, under their first id).
    neg_all = _de_lines(mirror, "negative_reviews")
    excluded = set(random.Random(13).sample(neg_all, 60))
    de_more = [("neg", t) for t in random.Random(1313).sample([t for t in neg_all if t not in excluded], 120)]

    out = []
    kinds = {"negative": "complaint", "neutral": "routine", "positive": "praise"}
    for key, r in en:
        label = labels.get(key)
        if label in (None, "skip"):
            continue
        out.append({"id": f"heldout-{key}", "lang": "en", "text": clean_airline(r["text"]), "reason": label,
                    "kind": "handoff" if label != "none" else kinds[r["airline_sentiment"]],
                    "source": f"airline-sentiment tweet {r['tweet_id']}"})
    de_kinds = {"neg": "complaint", "neu": "complaint", "pos": "praise"}
    seen_de: set[str] = set()
    for i, (kind, text) in enumerate(de_first + de_more):
        key = f"de{i:03d}"
        label = labels.get(key, "none")
        if label == "skip" or text in seen_de:
            continue
        seen_de.add(text)
        out.append({"id": f"heldout-{key}", "lang": "de", "text": " ".join(text.split()), "reason": label,
                    "kind": "handoff" if label != "none" else de_kinds[kind],
                    "source": f"NLP_22Z amazon.de review ({kind})"})
    return out


def _de_lines(mirror: Path, name: str) -> list[str]:
    repo, path = SRC["de_reviews"]
    text = show(mirror, repo, path.format(name=name))
    return [line.strip() for line in text.splitlines() if 25 <= len(line.strip()) <= 320]


def _de_sample(mirror: Path, rng: random.Random) -> list[tuple[str, str]]:
    n, u, p = (_de_lines(mirror, f) for f in ("negative_reviews", "neutral_reviews", "positive_reviews_balanced"))
    return ([("neg", x) for x in rng.sample(n, 60)] + [("neu", x) for x in rng.sample(u, 20)]
            + [("pos", x) for x in rng.sample(p, 20)])


# ---------------------------------------------------------------- training data

def train(mirror: Path) -> list[dict]:
    """Public corpora mapped to Tandem's reasons (see SOURCES.md for the mapping and why)."""
    rng = random.Random(2024)
    out: list[dict] = []

    def add(text: str, lang: str, reason: str, source: str) -> None:
        text = " ".join(text.split())
        if 3 <= len(text) <= 600:
            out.append({"text": text, "lang": lang, "reason": reason, "source": source})

    # iSarcasmEval (EN, intended sarcasm, labelled by the authors themselves): sarcastic -> sarcasm.
    # Only tweets labelled "sarcasm" or "irony"/"satire" count; understatement/overstatement/rhetorical
    # question alone are too weak a signal for a hand-over.
    for name in ("isarcasm", "isarcasm_test"):
        reader = csv.DictReader(io.StringIO(show(mirror, *SRC[name])))
        for r in reader:
            text = clean_tweet(r.get("tweet") or r.get("text") or "")
            label = r.get("sarcastic")
            if label is None or not text:
                continue
            if label == "1":
                strong = any(r.get(k) == "1" for k in ("sarcasm", "irony", "satire")) or name == "isarcasm_test"
                if strong:
                    add(text, "en", "sarcasm", "iSarcasmEval")
            else:
                add(text, "en", "none", "iSarcasmEval")

    # GermEval 2018 (DE tweets): INSULT and ABUSE -> emotional (directed anger, abuse), OTHER -> none;
    # PROFANITY alone is dropped (swearing without a target is not reason enough).
    for name in ("germeval18", "germeval18_test"):
        for line in show(mirror, *SRC[name]).splitlines():
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            text, coarse, fine = clean_tweet(parts[0]), parts[1], parts[2].strip()
            if fine in ("INSULT", "ABUSE"):
                add(text, "de", "emotional", "GermEval2018")
            elif coarse == "OTHER":
                add(text, "de", "none", "GermEval2018")

    # OLID (EN tweets): offensive and targeted at a person or group (TIN with IND/GRP) -> emotional;
    # not offensive -> none (sampled, there are many).
    olid_none = []
    for r in csv.DictReader(io.StringIO(show(mirror, *SRC["olid"])), delimiter="\t"):
        text = clean_tweet(r["tweet"])
        if r["subtask_a"] == "OFF" and r["subtask_b"] == "TIN" and r["subtask_c"] in ("IND", "GRP"):
            add(text, "en", "emotional", "OLID")
        elif r["subtask_a"] == "NOT":
            olid_none.append(text)
    for text in rng.sample(olid_none, 2500):
        add(text, "en", "none", "OLID")

    # CLINC150 (EN requests to a virtual assistant, many about banking, travel and orders): routine
    # questions -> none. Sampled per intent so no domain dominates.
    clinc = json.loads(show(mirror, *SRC["clinc"]))
    by_intent: dict[str, list[str]] = {}
    for split in ("train", "val", "test"):
        for text, intent in clinc[split]:
            by_intent.setdefault(intent, []).append(text)
    for intent, texts in sorted(by_intent.items()):
        for text in rng.sample(texts, min(12, len(texts))):
            add(text, "en", "none", "CLINC150")
    for text, _ in rng.sample(clinc["oos_train"] + clinc["oos_val"], 150):
        add(text, "en", "none", "CLINC150")

    seen = set()
    unique = []
    for row in out:
        key = row["text"].lower()
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def public_routine(mirror: Path, used: set[str]) -> tuple[list[dict], list[dict]]:
    """Real routine requests the detector must let through, as extra rows for the turn model and its checks
    (``public_routine.jsonl``) and, apart, rows to measure its false hand-overs on (``public_routine_check.jsonl``).

    Both from CLINC150, none of them in ``train.jsonl`` (``used``: its texts, lower-cased): the training rows from its train split (8 per
    intent and up to 100 out-of-scope, seeded), the check rows from its test split (1,500, seeded). Why: the turn model
    and its checks learned "stays with the bot" only from the evaluation companies' routine questions, written
    by helpers in a brief's style; short real requests ("nope not it", "please put my account on hold") were
    handed over as safety or sarcasm."""
    rng = random.Random(20261206)
    clinc = json.loads(show(mirror, *SRC["clinc"]))

    def fresh(rows: list) -> list[tuple[str, str]]:
        return [(text, intent) for text, intent in rows if text.lower() not in used]

    by_intent: dict[str, list[str]] = {}
    for text, intent in fresh(clinc["train"]):
        by_intent.setdefault(intent, []).append(text)
    picked = [t for _, texts in sorted(by_intent.items()) for t in rng.sample(texts, min(8, len(texts)))]
    out_of_scope = fresh(clinc["oos_train"] + clinc["oos_val"])
    picked += [t for t, _ in rng.sample(out_of_scope, min(100, len(out_of_scope)))]
    check = [t for t, _ in rng.sample(fresh(clinc["test"]), 1500)]

    def rows(texts: list[str], prefix: str) -> list[dict]:
        return [{"id": f"{prefix}-{i:04d}", "company": "CLINC150", "lang": "en", "kind": "routine", "label": "none",
                 "text": text} for i, text in enumerate(dict.fromkeys(texts), 1)]
    return rows(picked, "clinc-train"), rows(check, "clinc-check")


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}


# The reserved "Customer Support on Twitter" corpus (SOURCES.md) holds tweets to companies' support accounts, 90 %
# of them from the last quarter of 2017 and the rest from the year before. The complaints corpus collected tweets
# to such accounts too, so its tweets to them from those months are left out: the reserved check must stay unseen
# even where both caught the same tweet. Its random tweets and replies (addressed to no company) are kept.
TWCS_PERIOD = (datetime(2016, 10, 1, tzinfo=timezone.utc), datetime(2018, 1, 1, tzinfo=timezone.utc))
RANDOM_TWEETS = {"random_tweet", "random_reply"}


def tweet_time(tweet_id: int) -> datetime:
    """When a tweet was written, from its id (Twitter's "snowflake" ids carry milliseconds since 2010-11-04)."""
    return datetime.fromtimestamp(((tweet_id >> 22) + 1288834974657) / 1000, tz=timezone.utc)


def complaints(mirror: Path, held_out: list[str]) -> list[dict]:
    """The complaints corpus (Preoţiuc-Pietro et al., ACL 2019): every tweet, complaint -> "complaint", the rest
    (questions to the same accounts, random tweets and replies) -> "none". Tweets to the accounts from the reserved
    corpus's months are left out (``TWCS_PERIOD``). A tweet sharing at least half of its
    word trigrams with a held-out real message is dropped, so the held-out set stays unseen even where both
    corpora caught the same airline's followers."""
    held = [_shingles(t) for t in held_out]
    out, dropped, reserved = [], 0, 0
    for tweet_id, text, label, domain in csv.reader(io.StringIO(show(mirror, *SRC["complaints"]))):
        text = clean_tweet(text)
        if not 3 <= len(text) <= 600:
            continue
        if domain not in RANDOM_TWEETS and TWCS_PERIOD[0] <= tweet_time(int(tweet_id)) < TWCS_PERIOD[1]:
            reserved += 1
            continue
        own = _shingles(text)
        if any(len(own & h) >= 0.5 * min(len(own), len(h)) for h in held):
            dropped += 1
            continue
        out.append({"text": text, "lang": "en", "reason": "complaint" if label == "1" else "none",
                    "source": f"complaints-{domain}"})
    print(f"complaints: {reserved} tweets from the reserved corpus's months and {dropped} close to a held-out "
          "message dropped")
    return list({r["text"]: r for r in out}.values())


def write(rows: list[dict], name: str) -> None:
    path = HERE / name
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((r["lang"], r.get("reason", r.get("label"))) for r in rows)
    print(f"{path.relative_to(HERE.parent.parent)}: {len(rows)} rows, {path.stat().st_size / 1e6:.2f} MB")
    for (lang, reason), n in sorted(counts.items()):
        print(f"  {lang} {reason:<16}{n:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="?", default="all", choices=("heldout", "train", "routine", "complaints", "all"))
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    if args.what in ("heldout", "all"):
        write(heldout(args.mirror), "heldout_real.jsonl")
    if args.what in ("train", "all"):
        write(train(args.mirror), "train.jsonl")
    if args.what in ("routine", "all"):
        used = {json.loads(line)["text"].lower() for line in (HERE / "train.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()}
        training, check = public_routine(args.mirror, used)
        write(training, "public_routine.jsonl")
        write(check, "public_routine_check.jsonl")
    if args.what in ("complaints", "all"):
        held_lines = (HERE / "heldout_real.jsonl").read_text(encoding="utf-8").splitlines()
        held_out = [json.loads(line)["text"] for line in held_lines if line.strip()]
        write(complaints(args.mirror, held_out), "complaints.jsonl")


if __name__ == "__main__":
    main()
