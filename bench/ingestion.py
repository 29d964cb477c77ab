"""Ingestion speed and memory: synthetic documents in every format → parse → chunk → embed → Chroma.

    .venv/bin/python bench/ingestion.py [--docs 40] [--sections 8]

Prints, per format, how fast files are parsed and chunked (no embedding), then the whole sync of the
folder into a fresh embedded store — sections per second, records per second (sections plus their
quotable units: each is one embedded text and one Chroma record; retrieval's "chunks"), plus the words
embedded for cross-lingual matching — the time of a second, no-change sync, peak memory (RSS), and the
sync's CPU time (what the machine computed; wall-clock stretches when other processes share the cores).
Target (issue 4): ingestion ≥ 100 chunks/s.
"""
from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.chunking import chunk_document, chunk_units  # noqa: E402
from knowledge.documents import load_folder  # noqa: E402
from knowledge.embedder import get_embedder  # noqa: E402
from knowledge.store import KnowledgeStore, open_client  # noqa: E402
from knowledge.sync import sync_folder  # noqa: E402

TOPICS = ["Versand", "Rückgabe", "Garantie", "Akku", "Zahlung", "Werkstatt", "Leasing", "Zubehör", "Rahmen", "Bremsen"]
WORDS = ("Lieferung Paket Werktage kostenlos Rücksendung Etikett Händler Rechnung Inspektion Reifen Schlauch Kette "
         "Schaltung Akku Ladegerät Reichweite Motor Display Rahmenhöhe Garantie Gewährleistung Zahlung Rechnung "
         "Kreditkarte Lastschrift Filiale Termin Probefahrt Leasing Dienstrad Versicherung Diebstahl Schloss").split()


def sentence(rng: random.Random) -> str:
    body = " ".join(rng.sample(WORDS, rng.randint(6, 12)))
    return f"{body.capitalize()} kostet {rng.randint(5, 300)} € und dauert {rng.randint(1, 14)} Tage."


def markdown(rng: random.Random, n: int, sections: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    out = [f"---\ntitle: {topic} {n}\nlanguage: de\ntags: [{topic.lower()}]\n---\n", f"# {topic} {n}\n"]
    for s in range(sections):
        out.append(f"## {rng.choice(WORDS)} {s}\n")
        kind = s % 4
        if kind == 0:
            out.append(" ".join(sentence(rng) for _ in range(3)) + "\n")
        elif kind == 1:
            out.append("| Leistung | Preis | Dauer |\n|---|---|---|\n" + "".join(
                f"| {rng.choice(WORDS)} | {rng.randint(5, 99)} € | {rng.randint(1, 9)} Tage |\n" for _ in range(5)))
        elif kind == 2:
            out.append("".join(f"- {sentence(rng)}\n" for _ in range(4)))
        else:
            out.append("".join(f"**Wie lange dauert {rng.choice(WORDS)}?**\n{sentence(rng)}\n\n" for _ in range(2)))
    return "\n".join(out)


def html(md: str) -> str:
    lines = ["<html lang='de'><head><meta charset='utf-8'><title>x</title></head><body><main>"]
    for line in md.split("---\n", 2)[-1].splitlines():
        if line.startswith("## "):
            lines.append(f"<h2>{line[3:]}</h2>")
        elif line.startswith("# "):
            lines.append(f"<h1>{line[2:]}</h1>")
        elif line.startswith("- "):
            lines.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line.startswith("|") and "---" not in line:
            cells = "".join(f"<td>{c.strip()}</td>" for c in line.strip("|").split("|"))
            lines.append(f"<table><tr>{cells}</tr></table>")
        elif line.strip():
            lines.append(f"<p>{line.replace('**', '')}</p>")
    return "\n".join(lines + ["</main></body></html>"])


def docx_bytes(md: str) -> bytes:
    import docx

    document = docx.Document()
    for line in md.split("---\n", 2)[-1].splitlines():
        if line.startswith("#"):
            document.add_heading(line.lstrip("# "), level=min(line.count("#"), 3))
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip() and not line.startswith("|"):
            document.add_paragraph(line.replace("**", ""))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def csv_text(rng: random.Random, rows: int) -> str:
    return "Frage;Antwort;Kategorie\n" + "".join(
        f"Wie lange dauert {rng.choice(WORDS)} {i}?;{sentence(rng)};{rng.choice(TOPICS)}\n" for i in range(rows))


def pdf_bytes(md: str) -> bytes:
    from tests.knowledge.test_kb_formats import make_pdf

    lines = []
    for line in md.split("---\n", 2)[-1].splitlines():
        if line.strip() and not line.startswith("|"):
            size = 18 if line.startswith("# ") else 14 if line.startswith("## ") else 10
            lines.append((size, line.lstrip("#- ").replace("**", "")[:95]))
    return make_pdf([lines[i:i + 40] for i in range(0, len(lines), 40)])


def write_folder(folder: Path, docs: int, sections: int) -> None:
    rng = random.Random(42)
    for n in range(docs):
        md = markdown(rng, n, sections)
        kind = n % 5
        target = folder / TOPICS[n % len(TOPICS)].lower()
        target.mkdir(parents=True, exist_ok=True)
        if kind == 0:
            (target / f"doc{n}.md").write_text(md, encoding="utf-8")
        elif kind == 1:
            (target / f"doc{n}.html").write_text(html(md), encoding="utf-8")
        elif kind == 2:
            (target / f"doc{n}.docx").write_bytes(docx_bytes(md))
        elif kind == 3:
            (target / f"doc{n}.csv").write_text(csv_text(rng, sections * 2), encoding="utf-8")
        else:
            (target / f"doc{n}.pdf").write_bytes(pdf_bytes(md))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--sections", type=int, default=8)
    args = parser.parse_args()
    get_embedder().embed(["warm up"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "kb"
        write_folder(folder, args.docs, args.sections)
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"{args.docs} documents ({size / 1024:.0f} KiB) in md, html, docx, csv, pdf")

        t = time.perf_counter()
        loaded = load_folder(folder)
        parsed = time.perf_counter() - t
        assert not loaded.failures, loaded.failures
        by_format: dict[str, list[float]] = {}
        t = time.perf_counter()
        chunks = units = 0
        for doc in loaded.documents:
            cs = chunk_document(doc)
            chunks += len(cs)
            units += sum(len(chunk_units(c)) for c in cs)
        chunked = time.perf_counter() - t
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            from knowledge.documents import load_document

            t0 = time.perf_counter()
            load_document(path, folder)
            by_format.setdefault(path.suffix, []).append(time.perf_counter() - t0)
        print(f"parse:  {len(loaded.documents) / parsed:7.1f} docs/s ({parsed:.2f} s); per file: " +
              ", ".join(f"{k} {1000 * sum(v) / len(v):.1f} ms" for k, v in sorted(by_format.items())))
        print(f"chunk:  {chunks / chunked:7.0f} sections/s, {units} units ({chunked:.2f} s)")

        store = KnowledgeStore(open_client(None, Path(tmp) / "chroma"), "ingest-bench", get_embedder())
        before = rss_mb()
        t, cpu = time.perf_counter(), time.process_time()
        report = sync_folder(store, folder)
        took, cpu = time.perf_counter() - t, time.process_time() - cpu
        assert not report.failed, report.failed
        terms = store._terms.count()
        print(f"sync:   {report.chunks} sections + {units} units in {took:.1f} s = "
              f"{report.chunks / took:.1f} sections/s, {(report.chunks + units) / took:.1f} records/s "
              f"(a record: a section or a unit, each embedded and stored; also {terms} new words embedded)")
        print(f"        CPU time {cpu:.1f} s: {(report.chunks + units) / cpu:.1f} records per CPU-second")
        t = time.perf_counter()
        again = sync_folder(store, folder)
        print(f"resync: {len(again.unchanged)} unchanged in {time.perf_counter() - t:.2f} s")
        print(f"memory: peak RSS {rss_mb():.0f} MB (before the sync {before:.0f} MB)")


if __name__ == "__main__":
    main()
