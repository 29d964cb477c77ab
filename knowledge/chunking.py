"""Splitting documents by their structure into passages that can be retrieved and quoted.

A chunk is a run of blocks under one heading path (a paragraph, a list, a Q&A pair, a few table rows),
small enough that its embedding stays about one thing and that quoting it answers a question. Each chunk
keeps its heading path and character span so a citation can point at the exact section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

from knowledge.documents import Document

MAX_CHUNK_CHARS = 700
_QUESTION_LEAD = re.compile(r"^\s*(\*\*|__)?[^\n]{3,200}\?\s*(\*\*|__)?\s*$", re.MULTILINE)
_md = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    title: str
    text: str
    heading_path: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    start: int = 0
    end: int = 0

    @property
    def section(self) -> str:
        return self.heading_path[-1] if self.heading_path else ""

    @property
    def embed_text(self) -> str:
        """Title and headings travel with the text: 'Schweiz' alone means nothing, under 'Versand' it does."""
        context = " › ".join(dict.fromkeys((self.title, *self.heading_path)))
        return f"{context}: {plain_text(self.text)}"


@dataclass
class _Block:
    kind: str
    start: int
    end: int
    text: str


def chunk_document(doc: Document) -> list[Chunk]:
    blocks = _blocks(doc.text)
    headings: list[tuple[int, str]] = []
    pending: list[_Block] = []
    chunks: list[Chunk] = []

    def flush() -> None:
        if pending:
            path = tuple(h for _, h in headings)
            start, end = pending[0].start, pending[-1].end
            chunks.append(Chunk(
                id=f"{doc.id}#{len(chunks)}", doc_id=doc.id, title=doc.title, text=doc.text[start:end].strip(),
                heading_path=path, url=_section_url(doc.url, path), language=doc.language, start=start, end=end,
            ))
            pending.clear()

    for block in blocks:
        if block.kind.startswith("h"):
            flush()
            level = int(block.kind[1])
            headings[:] = [h for h in headings if h[0] < level] + [(level, block.text.lstrip("#").strip())]
            continue
        for piece in _split_large(block, doc.text):
            size = sum(b.end - b.start for b in pending)
            starts_qa = piece.kind == "paragraph" and _QUESTION_LEAD.match(piece.text.split("\n", 1)[0] or "")
            if pending and (size + piece.end - piece.start > MAX_CHUNK_CHARS or starts_qa):
                flush()
            pending.append(piece)
    flush()
    if not chunks and doc.text.strip():
        chunks.append(Chunk(id=f"{doc.id}#0", doc_id=doc.id, title=doc.title, text=doc.text.strip(),
                            url=doc.url, language=doc.language, start=0, end=len(doc.text)))
    return chunks


def plain_text(markdown: str) -> str:
    """Markdown as a person would read it aloud: tables become 'Header: value; …' lines."""
    lines = markdown.splitlines()
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            if header is None:
                header = cells
                continue
            out.append("; ".join(f"{h}: {c}" if h else c for h, c in zip(header, cells) if c))
            continue
        header = None
        out.append(stripped)
    text = "\n".join(line for line in out if line)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    return text


def _blocks(text: str) -> list[_Block]:
    """Top-level Markdown blocks with their character spans, from markdown-it's line map."""
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    blocks: list[_Block] = []
    for token in _md.parse(text):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        first, last = token.map
        start, end = line_starts[first], line_starts[min(last, len(line_starts) - 1)]
        kind = token.tag if token.type == "heading_open" else token.type.replace("_open", "")
        blocks.append(_Block(kind=kind, start=start, end=end, text=text[start:end].strip()))
    return blocks


def _split_large(block: _Block, text: str) -> list[_Block]:
    """Tables and lists longer than a chunk are split by rows/items; a table keeps its header on each part."""
    if block.end - block.start <= MAX_CHUNK_CHARS or block.kind not in ("table", "bullet_list", "ordered_list"):
        return [block]
    lines, pos, offsets = text[block.start:block.end].splitlines(keepends=True), block.start, []
    for line in lines:
        offsets.append((pos, pos + len(line)))
        pos += len(line)
    parts: list[_Block] = []
    body = offsets[2:] if block.kind == "table" else offsets
    header = "".join(lines[:2]) if block.kind == "table" else ""
    current: list[tuple[int, int]] = []
    for span in body:
        if current and span[1] - current[0][0] + len(header) > MAX_CHUNK_CHARS:
            parts.append(_Block(block.kind, current[0][0], current[-1][1], header + text[current[0][0]:current[-1][1]]))
            current = []
        current.append(span)
    if current:
        parts.append(_Block(block.kind, current[0][0], current[-1][1], header + text[current[0][0]:current[-1][1]]))
    return parts


def _section_url(url: str | None, path: tuple[str, ...]) -> str | None:
    if not url or not path or len(path) < 2:
        return url
    slug = re.sub(r"[^\w]+", "-", path[-1].lower()).strip("-")
    return f"{url}#{slug}" if slug else url
