"""CSV and TSV tables, read with the standard ``csv`` module (the delimiter is sniffed).

A table with a question and an answer column (``question``/``frage``/``q`` and ``answer``/``antwort``/``a``)
is a FAQ: every row becomes a bold question followed by its answer, grouped under a heading per
category/topic column if there is one, so each pair becomes its own chunk and quotable unit. Any other
table becomes a Markdown table whose header travels with every row ("Land: Österreich; Preis: 9,90 €").
"""
from __future__ import annotations

import csv
import io
import re

from knowledge.formats.base import DocumentError, Parsed, decode_text, markdown_table, table_cell, tidy_markdown

MAX_ROWS = 50_000
QUESTION = ("question", "questions", "frage", "fragen", "q", "faq", "query")
ANSWER = ("answer", "answers", "antwort", "antworten", "a", "reply")
GROUP = ("category", "kategorie", "topic", "thema", "section", "abschnitt", "bereich", "group", "gruppe")


def parse(raw: bytes, name: str) -> Parsed:
    text = decode_text(raw)
    if not text.strip():
        raise DocumentError("empty file")
    rows = _rows(text, tab=name.lower().endswith(".tsv"))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise DocumentError("a table needs a header row and at least one data row")
    if len(rows) > MAX_ROWS:
        raise DocumentError(f"table has {len(rows)} rows (at most {MAX_ROWS})")
    header = [_key(h) for h in rows[0]]
    question, answer = _column(header, QUESTION), _column(header, ANSWER)
    if question is not None and answer is not None:
        markdown = _faq(rows[1:], question, answer, _column(header, GROUP))
    else:
        markdown = markdown_table(rows)
    markdown = tidy_markdown(markdown)
    if not markdown.strip():
        raise DocumentError("no text in the table")
    return Parsed(text=markdown, title=_title(name))


def _title(name: str) -> str:
    stem = re.sub(r"[-_]+", " ", name.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip()
    return stem[:1].upper() + stem[1:] if stem else name


def _rows(text: str, tab: bool) -> list[list[str]]:
    try:
        if tab:
            dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab
        else:
            try:
                dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
            except csv.Error:
                dialect = csv.excel
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise DocumentError(f"malformed CSV: {exc}") from exc


def _key(value: str) -> str:
    return re.sub(r"[^\w]+", " ", value.strip().lower()).strip()


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for i, h in enumerate(header):
        if h in names:
            return i
    return None


def _faq(rows: list[list[str]], question: int, answer: int, group: int | None) -> str:
    groups: dict[str, list[str]] = {}
    for row in rows:
        q = table_cell(row[question]) if question < len(row) else ""
        a = " ".join((row[answer] if answer < len(row) else "").split())
        if not q or not a:
            continue
        if not q.endswith(("?", ".", "!", ":")):
            q += "?"
        name = table_cell(row[group]) if group is not None and group < len(row) else ""
        groups.setdefault(name, []).append(f"**{q}**\n{a}")
    parts = []
    for name, pairs in groups.items():
        if name:
            parts.append(f"## {name}")
        parts.extend(pairs)
    return "\n\n".join(parts)
