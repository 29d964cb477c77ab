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
from knowledge.locale import all_words

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
    def context(self) -> str:
        return " › ".join(dict.fromkeys((self.title, *self.heading_path)))

    @property
    def embed_text(self) -> str:
        """Title and headings travel with the text: 'Schweiz' alone means nothing, under 'Versand' it does."""
        return f"{self.context}: {plain_text(self.text)}"


@dataclass(frozen=True)
class Unit:
    """The smallest quotable piece of a chunk: a sentence, a list item, a table row (as 'Header: value'
    pairs, so it reads on its own), or a question with its answer."""
    id: str
    chunk_id: str
    doc_id: str
    text: str
    kind: str
    start: int
    end: int
    lead: str = ""

    def embed_text(self, chunk: "Chunk") -> str:
        lead = f"{self.lead} – " if self.lead and not self.text.startswith(self.lead) else ""
        return f"{chunk.context}: {lead}{self.text}"


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
            text = doc.text[start:end].strip()
            if any(p.text != doc.text[p.start:p.end].strip() for p in pending):
                # a part of a split table: its text carries the table's header rows again
                text = "\n\n".join(p.text.strip() for p in pending)
            chunks.append(Chunk(
                id=f"{doc.id}#{len(chunks)}", doc_id=doc.id, title=doc.title, text=text,
                heading_path=path, url=_section_url(doc.url, path), language=doc.language, start=start, end=end,
            ))
            pending.clear()

    for block in blocks:
        if re.fullmatch(r"h[1-6]", block.kind):
            flush()
            level = int(block.kind[1])
            headings[:] = [h for h in headings if h[0] < level] + [(level, block.text.lstrip("#").strip())]
            continue
        for n, piece in enumerate(_split_large(block, doc.text)):
            size = sum(b.end - b.start for b in pending)
            starts_qa = piece.kind == "paragraph" and _QUESTION_LEAD.match(piece.text.split("\n", 1)[0] or "")
            # each part of a split table or list is a section of its own: two parts in one section would read as two
            # tables, and quoting could take one of them for the whole (`knowledge.answering._continued`)
            if pending and (n > 0 or size + piece.end - piece.start > MAX_CHUNK_CHARS or starts_qa):
                # an intro ("Es gibt vier Tarife:") stays with the table or list it introduces, not at a section's end
                # alone: it starts the next section, or with nothing before it, the section runs a little long
                intro = pending.pop() if n == 0 and _introduces(pending[-1], piece) else None
                flush()
                if intro is not None:
                    pending.append(intro)
            pending.append(piece)
    flush()
    if not chunks and doc.text.strip():
        chunks.append(Chunk(id=f"{doc.id}#0", doc_id=doc.id, title=doc.title, text=doc.text.strip(),
                            url=doc.url, language=doc.language, start=0, end=len(doc.text)))
    return chunks


def _introduces(block: _Block, piece: _Block) -> bool:
    """A paragraph ending in a colon right before a table or list introduces it."""
    return block.kind == "paragraph" and block.text.rstrip().endswith(":") \
        and piece.kind in ("table", "bullet_list", "ordered_list")


_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^:?-{2,}:?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"„“(*_]*[A-ZÄÖÜ0-9])")
_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.+?)\1")
MAX_UNIT_CHARS = 320


def chunk_units(chunk: Chunk) -> list[Unit]:
    """Split a chunk into quotable units, each with its span in the document."""
    raw: list[tuple[str, str, int, int, str]] = []   # kind, text, start, end, lead
    lines = chunk.text.splitlines(keepends=True)
    pos = chunk.start
    spans = []
    for line in lines:
        end = min(pos + len(line.rstrip("\n")), chunk.end)
        spans.append((line.rstrip("\n"), min(pos, end), end))
        pos += len(line)
    i = 0
    while i < len(spans):
        line, start, end = spans[i]
        if not line.strip():
            i += 1
            continue
        if _TABLE_LINE.match(line):
            header = None
            while i < len(spans) and _TABLE_LINE.match(spans[i][0]):
                cells = [_inline(c) for c in _cells(spans[i][0])]
                if header is None:
                    header = cells
                elif not _is_rule(cells):
                    text = "; ".join(f"{h}: {c}" if h else c for h, c in zip(header, cells) if c)
                    raw.append(("row", text, spans[i][1], spans[i][2], ""))
                i += 1
            continue
        if _LIST_ITEM.match(line):
            text, item_end = _LIST_ITEM.sub("", line, count=1), end
            i += 1
            while i < len(spans) and spans[i][0].strip() and spans[i][0].startswith((" ", "\t")) \
                    and not _LIST_ITEM.match(spans[i][0]):
                text += " " + spans[i][0].strip()
                item_end = spans[i][2]
                i += 1
            raw.extend(_split_long("item", _inline(text), start, item_end))
            continue
        # a paragraph: consecutive plain lines
        para = []
        while i < len(spans) and spans[i][0].strip() and not _TABLE_LINE.match(spans[i][0]) \
                and not _LIST_ITEM.match(spans[i][0]):
            para.append(spans[i])
            i += 1
        raw.extend(_paragraph_units(para))
    raw = _attach_list_intros(raw)
    units = []
    for n, (kind, text, start, end, lead) in enumerate(raw):
        if text.strip():
            units.append(Unit(id=f"{chunk.id}:{n}", chunk_id=chunk.id, doc_id=chunk.doc_id, text=text.strip(),
                              kind=kind, start=start, end=end, lead=lead))
    return units


def table_headers(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """The header lines of the Markdown tables in ``text`` (a table line above a rule line): each line's number
    and its cells."""
    lines = text.splitlines()
    return [(n, _cells(line)) for n, (line, below) in enumerate(zip(lines, lines[1:]))
            if _TABLE_LINE.match(line) and _TABLE_LINE.match(below) and _is_rule(_cells(below))]


def _cells(line: str) -> tuple[str, ...]:
    """A Markdown table line's cells, stripped."""
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def _is_rule(cells) -> bool:
    """Whether a table line's cells are its header rule ("---", ":--:"), not a row."""
    return all(_TABLE_RULE.fullmatch(c.replace(" ", "")) for c in cells if c)


def _attach_list_intros(raw: list[tuple[str, str, int, int, str]]) -> list[tuple[str, str, int, int, str]]:
    """'Ausgenommen sind:' followed by a list: the intro becomes the lead of each item instead of a unit
    of its own (alone it answers nothing; the items alone lack what they are a list of)."""
    out: list[tuple[str, str, int, int, str]] = []
    intro = ""
    for i, (kind, text, start, end, lead) in enumerate(raw):
        nxt = raw[i + 1][0] if i + 1 < len(raw) else ""
        if kind == "sentence" and text.rstrip().endswith(":") and nxt in ("item", "row"):
            intro = text.rstrip().rstrip(":").strip()
            continue
        if kind in ("item", "row"):
            out.append((kind, text, start, end, lead or intro))
            continue
        intro = ""
        out.append((kind, text, start, end, lead))
    return out


def _paragraph_units(para: list[tuple[str, int, int]]) -> list[tuple[str, str, int, int, str]]:
    if not para:
        return []
    first = para[0][0].strip()
    lead_match = _BOLD_LEAD.match(first)
    lead = _inline(lead_match.group(2)).rstrip(":") if lead_match else ""
    if lead.endswith("?"):
        lead = ""
    # A question line followed by its answer is one unit: the answer alone lacks its subject, the
    # question alone answers nothing.
    whole = _inline(" ".join(text.strip() for text, _, _ in para))
    if len(para) > 1 and first.rstrip("*_ ").endswith("?") and len(whole) <= MAX_UNIT_CHARS + 180:
        return [("qa", whole, para[0][1], para[-1][2], "")]
    # The lines of a paragraph are one text, as Markdown renders them: hard-wrapped documents break
    # sentences across lines. Each sentence carries the paragraph's span.
    pieces = _sentences_with_answers(whole)
    return [("sentence", piece, para[0][1], para[-1][2], lead if n else "") for n, piece in enumerate(pieces)]


_WORD_BEFORE_STOP = re.compile(r"(?:(\S+)\s)?(\S+)[.!?]$")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``. A full stop after a day or month number ("am 24. Dezember") or an abbreviation
    ("z. B. Visa", "approx. 3 days"; the lists are `knowledge/locale/*.yml`) does not end a sentence: cutting
    there quoted half a sentence."""
    abbreviations = all_words("abbreviations")
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()]
        word = _WORD_BEFORE_STOP.search(before)
        if before.endswith(".") and word is not None:
            token = word.group(2).lower().lstrip("(„\"'")
            pair = f"{(word.group(1) or '').lower()}{token}"            # "z. B." as "z.b"
            if (token.isdigit() and len(token) <= 2) or token in abbreviations or pair in abbreviations:
                continue
        parts.append(before)
        start = match.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _sentences_with_answers(text: str) -> list[str]:
    """Sentences; a short question sentence is kept together with the sentence answering it."""
    parts = split_sentences(text)
    out: list[str] = []
    carry = ""
    for part in parts:
        if carry:
            part = f"{carry} {part}"
            carry = ""
        if part.endswith("?") and len(part) < 120:
            carry = part
            continue
        out.append(part)
    if carry:
        out.append(carry)
    return out


def _split_long(kind: str, text: str, start: int, end: int) -> list[tuple[str, str, int, int, str]]:
    if len(text) <= MAX_UNIT_CHARS:
        return [(kind, text, start, end, "")]
    return [(kind, piece, start, end, "") for piece in _sentences_with_answers(text)]


def _inline(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?!\w)", r"\2", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"^#+\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def plain_text(markdown: str) -> str:
    """Markdown as a person would read it aloud: tables become 'Header: value; …' lines, and a paragraph
    or list item hard-wrapped over several lines is one line again."""
    lines = _unwrapped(markdown.splitlines())
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


def _unwrapped(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        continues = (line.strip() and previous.strip() and not _TABLE_LINE.match(line)
                     and not _TABLE_LINE.match(previous) and not _LIST_ITEM.match(line)
                     and not line.lstrip().startswith("#") and not previous.lstrip().startswith("#")
                     and not previous.endswith(("  ", "\\")))
        if continues:
            out[-1] = previous.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


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
