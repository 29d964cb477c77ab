"""Turning retrieved passages into a reply that cites them, or an honest "I don't know".

The offline path is extractive: it quotes the units (sentences, list items, table rows with their column
names, Q&A pairs) of the best document that answer the question best, so every word and number can be
traced to a document. A short section is quoted whole. When an LLM endpoint is configured, generation is
tried first and accepted only if its citations check out against the retrieved set.

The functions here are the parts; the order they are used in (retrieve, decide, compose, or generate then
guard) is the turn pipeline's (`pipeline/build.py`). ``bench/answer_quality.py --calibrate`` shows the numbers
behind the thresholds the decide stage takes. The knobs of how a quote is composed are ``QuotingSettings``
(`tandem/settings.py`): the functions that read them take one as ``quoting``, the measured defaults unless given.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge import answer_types
from knowledge.chunking import Chunk, Unit, plain_text, split_sentences, table_headers
from knowledge.editions import YEAR
from knowledge.replies import decline, lead_for, source_line
from knowledge.retrieval import Retrieval
from knowledge.store import Hit
from knowledge.text import fold, question_part, tokens
from tandem.settings import QuotingSettings

# The measured quoting knobs, for callers that set none (tests, benches, the training script): the stages get
# theirs from the settings (`pipeline/build.py`).
DEFAULT_QUOTING = QuotingSettings()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None = None
    section: str = ""

    @property
    def label(self) -> str:
        return f"{self.title} › {self.section}" if self.section and self.section != self.title else self.title

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "url": self.url, "section": self.section}


@dataclass(frozen=True)
class Answer:
    text: str
    citations: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confident: bool = False
    score: float = 0.0
    passages: list[Hit] = field(default_factory=list)
    coverage: float = 0.0                                  # share of the asked content the cited document holds
    missing: list[str] = field(default_factory=list)       # asked words the cited document does not cover
    unknown: list[str] = field(default_factory=list)       # asked words the whole knowledge base does not know
    reason: str = ""       # why it declined: "no_match", "low_score", "unknown_terms", "no_answer_type",
                           # "other_year", "not_a_kb_question"


def source_of(chunk: Chunk) -> Source:
    return Source(id=chunk.doc_id, title=chunk.title, url=chunk.url, section=chunk.section)


def sources_of(hits: Iterable[Hit]) -> list[Source]:
    """The sources a reply quoting ``hits`` names, each once and in order, without a document's untitled opening
    when one of its sections is named too: "Bike rental › What you need" says where the quote is; "Bike rental;
    Bike rental › What you need" names the page twice."""
    sources = list({s.label: s for s in (source_of(h.chunk) for h in hits)}.values())
    sectioned = {s.id for s in sources if s.label != s.title}
    return [s for s in sources if s.label != s.title or s.id not in sectioned]


def decline_answer(lang: str, score: float = 0.0, passages: list[Hit] | None = None, coverage: float = 0.0,
                   missing: list[str] | None = None, reason: str = "low_score",
                   unknown: list[str] | None = None) -> Answer:
    return Answer(text=decline(lang), confident=False, score=score, passages=passages or [], coverage=coverage,
                  missing=missing or [], unknown=unknown or [], reason=reason)


def coverage_of(result: Retrieval, doc_id: str,
                quoting: QuotingSettings = DEFAULT_QUOTING) -> tuple[float, list[str]]:
    """IDF-weighted share of the asked words that document ``doc_id`` holds, and the words it lacks.

    A word the knowledge base has nowhere weighs like the rarest word: the question is about something
    the knowledge base does not know.
    """
    idx = result.index
    if idx is None:
        return 1.0, []
    chunk_ids = set(idx.doc_chunks.get(doc_id, ()))
    total = got = 0.0
    missing = []
    for term in result.question_terms:
        strong = {w: s for w, s in term.matches.items() if s >= quoting.term_covered}
        weight = max((idx.idf.get(w, idx.max_idf) for w in strong), default=idx.max_idf)
        covered = max((s for w, s in strong.items() if idx.in_chunks(w, chunk_ids)), default=0.0)
        total += weight
        got += weight * covered
        if not covered:
            missing.append(term.word)
    return (got / total if total else 1.0), missing


def asked_words(result: Retrieval) -> list[str]:
    """The asked content words as written (compound parts and numbers left out)."""
    parts_of = {p for parts in result.parts.values() for p in parts}
    return [t.word for t in result.question_terms
            if not t.word.isdigit() and (t.word not in parts_of or t.word in result.parts)]


def asked_matches(result: Retrieval) -> list[set[str]]:
    """Each asked word that matched the knowledge base, as the set of its words that count as it."""
    return [set(t.matches) for t in result.question_terms if t.matches]


def share_held(asked: list[set[str]], words: set[str]) -> float:
    """The share of the asked words (`asked_matches`) that ``words`` hold: a unit's, or a whole quote's."""
    return sum(1 for matches in asked if matches & words) / max(len(asked), 1)


def unknown_terms(result: Retrieval, question: str = "", lang: str = "", doc_id: str = "",
                  quoting: QuotingSettings = DEFAULT_QUOTING) -> list[str]:
    """Asked words that nothing in the knowledge base stands for (no exact, typo, stem or cross-lingual
    match, and no word of it even close): the question is about something it does not know.

    A dictionary translation is one of possibly many senses ('power' → 'Strom'), so it only counts when
    document ``doc_id`` — the one that would be quoted — holds it: "slider" is known to the German price
    list that says "Schieber", not to every page that mentions "Leistung".

    In German, what a question is about is a noun, and nouns are written with a capital letter: a word
    written only in lower case inside the sentence ("Wie wasche ich …", "… ohne dass es schimmelt") is a
    verb or an adjective, whose form the knowledge base may simply not use, and does not count."""
    terms = {t.word: t for t in result.question_terms}
    if lang == "de" and question:
        lower_only = _lower_case_words(question)
        terms = {w: t for w, t in terms.items() if w not in lower_only}

    idx = result.index
    doc_chunks = set(idx.doc_chunks.get(doc_id, ())) if idx is not None and doc_id else set()

    def unknown(word: str) -> bool:
        t = terms.get(word)
        if t is None or t.best >= quoting.term_covered or t.nearest >= quoting.unknown_below or word.isdigit():
            return False
        return not any(idx.in_chunks(w, doc_chunks) for w in t.translated) if doc_chunks else True

    parts_of = {p for parts in result.parts.values() for p in parts}
    out = []
    for word in terms:
        if word in parts_of and word not in result.parts:
            continue                      # judged with its compound
        parts = result.parts.get(word)
        if parts and not unknown(parts[-1]):
            if any(len(p) >= 4 and unknown(p) for p in parts[:-1]):
                out.append(word)          # 'Studentenrabatt': the head is known, what kind of it is not
            continue                      # a compound whose head and kind the knowledge base knows
        if unknown(word):
            out.append(word)
    return out


def _lower_case_words(text: str) -> set[str]:
    """Words written in lower case everywhere in ``text``; none when the writer capitalises no word inside
    a sentence (someone who writes everything in lower case gives no such hint)."""
    seen_upper, lower = set(), set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for n, word in enumerate(re.findall(r"[^\W\d_][\w-]*", sentence)):
            if word[:1].isupper():
                if n:
                    seen_upper.add(word.lower())
            else:
                lower.add(word.lower())
    return lower - seen_upper if seen_upper else set()


def wanted_types(question: str, context: str, used_context: bool) -> tuple[set[str], set[str]]:
    """Answer types the question asks for (preferred) and requires; a follow-up without a question word
    of its own ('und nach Österreich?') asks what the previous question asked."""
    asked = question_part(question)
    wanted, required = answer_types.expected_types(asked), answer_types.required_types(asked)
    if used_context and context and not wanted:
        previous = question_part(context)
        wanted, required = answer_types.expected_types(previous), answer_types.required_types(previous)
    return wanted, required


UNIT_FEATURES = ("unit_score", "section_score", "behind_best", "typed", "has_required", "named_row", "keyed_row",
                 "in_range", "is_row", "is_item", "is_qa", "is_sentence", "word_share", "length")


@dataclass
class UnitChoice:
    """One unit of the document being quoted, with what the choice of units weighs."""
    unit: Unit
    hit: Hit
    features: dict[str, float]
    hand_score: float           # the hand-weighted score the units are ordered by
    kinds: frozenset[str] = frozenset()     # the kinds of answer the question asks for that this unit holds


def unit_choices(result: Retrieval, doc_id: str, question: str = "", context: str = "",
                 quoting: QuotingSettings = DEFAULT_QUOTING) -> list[UnitChoice]:
    """Every unit of document ``doc_id`` with its features (`UNIT_FEATURES`)."""
    idx = result.index
    if idx is None:
        return []
    wanted, required = wanted_types(question, context, result.used_context)
    asked = asked_matches(result)
    held = _ranges_held_per_table(idx, doc_id, asked_measures(question))
    out = []
    for i in idx.doc_chunks.get(doc_id, ()):
        chunk = idx.chunks[i]
        hit = Hit(chunk=chunk, score=result.chunk_scores.get(chunk.id, 0.0))
        for j in idx.units_of.get(i, ()):
            unit = idx.units[j]
            text = f"{unit.lead} {unit.text}"
            kinds = frozenset(k for k in wanted if answer_types.holds(k, text))
            typed = bool(kinds)
            in_range = unit.kind == "row" and j in held
            named = in_range or (unit.kind == "row" and _names_row(result, unit, quoting))
            keyed = in_range or (named and typed and _names_row(result, unit, quoting, strongly=True))
            words = idx.words_of_unit(j)
            own = result.unit_scores.get(unit.id, 0.0)
            features = {
                "unit_score": own, "section_score": hit.score, "behind_best": 0.0, "typed": float(typed),
                "has_required": float(all(answer_types.holds(k, text) for k in required)),
                "named_row": float(named), "keyed_row": float(keyed), "in_range": float(in_range),
                "is_row": float(unit.kind == "row"), "is_item": float(unit.kind == "item"),
                "is_qa": float(unit.kind == "qa"), "is_sentence": float(unit.kind == "sentence"),
                "word_share": share_held(asked, words),
                "length": math.log1p(len(unit.text)),
            }
            hand = own + quoting.section_weight * hit.score + (quoting.answer_type_bonus if typed else 0.0) \
                + (quoting.row_key_bonus if named else 0.0)
            out.append(UnitChoice(unit, hit, features, hand, kinds))
    best = max((c.features["unit_score"] for c in out), default=0.0)
    for choice in out:
        choice.features["behind_best"] = best - choice.features["unit_score"]
    return out


def pick_units(result: Retrieval, doc_id: str, question: str = "", context: str = "",
               quoting: QuotingSettings = DEFAULT_QUOTING,
               ordered: list[UnitChoice] | None = None) -> tuple[list[tuple[Unit, Hit]], bool]:
    """The units of document ``doc_id`` that answer best, and whether one is a concluded table row (below).

    Each unit scores by its own match, a share of its section's score and bonuses for holding the kind of
    answer asked for or being the table row the question names, and units nearly as good as the leading one are
    quoted with it (`hand_order`). A logistic regression over the same unit features, trained on the tuning
    companies, quoted every expected fact for 449 of 521 documents leave-one-company-out against 443 for this
    order, and only when always quoting three units: too small a gain for longer replies, so it was not kept.

    The row whose ranges hold the most of the amounts the question gives, in the same unit ("I'm 180 cm, chest
    100 cm" and the row "176–182 cm; 97–102 cm"; `ranges_held`), is quoted as the only row of its table: the
    conclusion, not the whole table. Looking at every cell, not only the first, and matching units: fashion's
    size tables (key: the size) gained 3 answers leave-one-company-out, the other companies none. So is a row the
    question names by its key and that holds the kind of answer asked for, when it leads (`keyed_row_alone`); a table
    none of whose rows the question names is quoted whole when it is short (`_with_whole_tables`).

    The second value says whether the quote must stay this narrow: a concluded or named row is not widened into its
    whole short section by `compose`.

    ``ordered``: the document's `unit_choices` in `hand_order` when the caller has them already (the answer model
    reads the leading one's features).
    """
    idx = result.index
    if ordered is None:
        choices = unit_choices(result, doc_id, question, context, quoting)
        ordered = hand_order(choices, quoting) if choices else []
    if not ordered or idx is None:
        return [], False
    keyed_alone = quoting.keyed_row_alone and bool(ordered[0].features["keyed_row"])
    picked = _chosen(result, ordered, quoting, asked_measures(question), keyed_alone)
    in_range = {c.unit.id for c in ordered if c.features["in_range"]}
    return picked, keyed_alone or any(unit.id in in_range for unit, _ in picked)


def hand_order(choices: list[UnitChoice], quoting: QuotingSettings = DEFAULT_QUOTING) -> list[UnitChoice]:
    """The hand-weighted order: the lead, then the units within a margin of it."""
    scored = sorted(choices, key=lambda c: -c.hand_score)
    lead = scored[0]
    if lead.features["has_required"] == 0.0:
        holding = [c for c in scored if c.features["has_required"]]
        if holding and holding[0].hand_score >= lead.hand_score - quoting.required_margin:
            lead = holding[0]
    keyed = [c for c in scored if c.features["keyed_row"]]
    if keyed and not lead.features["keyed_row"]:
        lead = keyed[0]                 # the row the question names, with the kind of answer it asks for
    rest = [c for c in scored if c is not lead and c.hand_score >= lead.hand_score -
            (quoting.typed_unit_margin if c.features["typed"] else quoting.unit_margin)]
    if quoting.each_kind:
        rest = _each_kind_first(lead, rest)
    return [lead, *rest]


def _each_kind_first(lead: UnitChoice, rest: list[UnitChoice]) -> list[UnitChoice]:
    """``rest`` with, first, the best unit for each kind of answer asked for that the lead does not hold: a question
    asking for a place and a time is half answered by three units that each hold a time."""
    covered, first, later = set(lead.kinds), [], []
    for choice in rest:
        if choice.kinds - covered:
            first.append(choice)
            covered |= choice.kinds
        else:
            later.append(choice)
    return first + later


def _chosen(result: Retrieval, ordered: list[UnitChoice], quoting: QuotingSettings,
            measures: list[tuple[float, str]], keyed_alone: bool) -> list[tuple[Unit, Hit]]:
    """``keyed_alone``: the leading unit is a keyed row that answers without the other rows of its table."""
    idx = result.index
    concluded = {u.id for c in ordered if c.features["in_range"] for u in _table_of(idx, c.unit)}
    keyed = {u.id for u in _table_of(idx, ordered[0].unit)} if keyed_alone else set()
    chosen, sections, chars = [], set(), 0
    for choice in ordered:
        unit, hit = choice.unit, choice.hit
        if len(chosen) >= quoting.max_units:
            break
        if unit.id in concluded and not choice.features["in_range"]:
            continue                        # the row the asker's number falls in is the answer, not its neighbours
        if unit.id in keyed and not choice.features["keyed_row"]:
            continue                        # the row the question names is the answer, not the rows around it
        if hit.chunk.id not in sections and len(sections) >= 2:
            continue
        if chosen and chars + len(unit.text) > quoting.max_reply_chars - 150:
            continue
        chosen.append((unit, hit))
        sections.add(hit.chunk.id)
        chars += len(unit.text)
    chosen = _with_whole_tables(result, chosen, quoting, measures)
    chars = sum(len(u.text) for u, _ in chosen)
    return _with_short_paragraphs(idx, chosen, chars, quoting)


def _with_whole_tables(result: Retrieval, chosen: list[tuple[Unit, Hit]], quoting: QuotingSettings,
                       measures: list[tuple[float, str]]) -> list[tuple[Unit, Hit]]:
    """``chosen`` with each chosen row of a table `_whole_table` widens replaced by all of its rows, in their order
    and where its first chosen row stood; rows of other tables and the other units stay as chosen."""
    out: list[tuple[Unit, Hit]] = []
    done: set[str] = set()
    for unit, hit in chosen:
        if unit.id in done:
            continue
        rows = _whole_table(result, unit, quoting, measures)
        widened = rows or [unit]
        out.extend((u, hit) for u in widened)
        done |= {u.id for u in widened}
    return out


def _whole_table(result: Retrieval, unit: Unit, quoting: QuotingSettings,
                 measures: list[tuple[float, str]]) -> list[Unit]:
    """Every row of the table a chosen row belongs to, when the question names none of its rows and the rows fit
    ``whole_table_chars``: "when are you open?" over an opening-hours table asks for the week, not for the day whose
    row happens to match best. Empty when the rule is off, the unit is no row, the table is longer, or a row of it is
    named or holds an amount the question gives (that row is the answer). Judged on the whole table, not on the units
    left to a later quote, so a document's second quote never repeats rows of a table its first one quoted whole."""
    if not quoting.whole_table_chars or unit.kind != "row":
        return []
    rows = _table_of(result.index, unit)
    if len(rows) < 2 or sum(len(u.text) for u in rows) > quoting.whole_table_chars:
        return []
    if any(_names_row(result, u, quoting) or ranges_held(u, measures) for u in rows):
        return []
    if _continued(result.index, rows):
        return []
    return rows


def _continued(idx, rows: list[Unit]) -> bool:
    """Whether the table ``rows`` is one part of a table longer than a section: `knowledge.chunking` splits such a
    table by rows into sections of their own that touch in the document, each beginning with the table's header line
    again. Half a week's opening hours quoted as the whole table would read as closed on the other days."""
    chunks = idx.doc_chunks.get(rows[0].doc_id, [])
    at = idx.chunk_pos.get(rows[0].chunk_id, -1)
    if at not in chunks:
        return False
    units = _units_beside(idx, rows[0])
    n = chunks.index(at)
    here = idx.chunks[at]
    if n > 0 and units[0].id == rows[0].id and not rows[0].lead and _runs_on(idx.chunks[chunks[n - 1]], here):
        return True
    return n + 1 < len(chunks) and units[-1].id == rows[-1].id and _runs_on(here, idx.chunks[chunks[n + 1]])


def _runs_on(first: Chunk, second: Chunk) -> bool:
    """Whether section ``second`` goes on with the table ``first`` ends with: it touches ``first`` in the document
    and begins with the same header line (every part of a split table begins with it)."""
    if first.end != second.start:
        return False
    opening = table_headers(second.text.strip())[:1]
    last = table_headers(first.text)[-1:]
    return bool(opening) and opening[0][0] == 0 and bool(last) and opening[0][1] == last[0][1]


def _table_of(idx, unit: Unit) -> list[Unit]:
    """The rows of the table a row belongs to, in their order: the rows on consecutive lines around it in its chunk
    under the same intro (a blank line, a heading or an intro sentence starts another table); empty for a unit that is
    no row."""
    if unit.kind != "row":
        return []
    units = _units_beside(idx, unit)
    at = next((n for n, u in enumerate(units) if u.id == unit.id), None)
    if at is None:
        return []
    first, last = at, at
    while first > 0 and _same_table(units[first - 1], units[first]):
        first -= 1
    while last + 1 < len(units) and _same_table(units[last], units[last + 1]):
        last += 1
    return units[first:last + 1]


def _units_beside(idx, unit: Unit) -> list[Unit]:
    """Every unit of ``unit``'s chunk, in their order (``unit`` among them)."""
    return [idx.units[j] for j in idx.units_of.get(idx.chunk_pos.get(unit.chunk_id, -1), ())]


def _same_table(above: Unit, below: Unit) -> bool:
    """Two rows on consecutive lines under the same intro."""
    return below.kind == above.kind == "row" and below.lead == above.lead and below.start - above.end <= 1


def _with_short_paragraphs(idx, chosen: list[tuple[Unit, Hit]], chars: int,
                           quoting: QuotingSettings) -> list[tuple[Unit, Hit]]:
    """A sentence is quoted with the rest of its paragraph when that is short: "The English version of our
    climbing course." means little without "Held once a month in our Munich store." after it."""
    have = {unit.id for unit, _ in chosen}
    out = list(chosen)
    for unit, hit in chosen:
        if unit.kind != "sentence":
            continue
        siblings = [u for u in _units_beside(idx, unit) if u.kind == "sentence" and u.start == unit.start]
        rest = [u for u in siblings if u.id not in have]
        size = sum(len(u.text) for u in siblings)
        if not rest or size > quoting.paragraph_chars or chars + size > quoting.max_reply_chars - 150:
            continue
        for sibling in rest:
            out.append((sibling, hit))
            have.add(sibling.id)
        chars += size
    return out


_AMOUNT_RANGE = re.compile(r"(?<![\d:.,])(\d+(?:[.,]\d+)?)\s*(?:–|-|—|bis|to)\s*(\d+(?:[.,]\d+)?)(?![\d:])"
                           r"(?:\s*([^\W\d_]+|[€$£%]))?", re.UNICODE)


def _number(text: str) -> float:
    """"1.500" is fifteen hundred (a German thousands point), "1,5" and "1.5" one and a half."""
    if re.fullmatch(r"\d{1,3}\.\d{3}", text):
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


_MEASURE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*([^\W\d_]+|[€$£%])", re.UNICODE)
_CURRENCY = {"€": "€", "eur": "€", "euro": "€", "euros": "€", "$": "$", "usd": "$", "dollar": "$", "dollars": "$",
             "£": "£", "gbp": "£"}


def _unit(word: str) -> str:
    word = fold(word)
    return _CURRENCY.get(word, word)


def asked_measures(question: str) -> list[tuple[float, str]]:
    """The amounts a question gives with their unit ("180 cm", "900 euros"), years left out."""
    out = []
    for number, unit in _MEASURE.findall(question):
        value = _number(number)
        if not 1900 <= value <= 2100:
            out.append((value, _unit(unit)))
    return out


def ranges_held(unit: Unit, measures: list[tuple[float, str]]) -> int:
    """How many of the asked amounts fall in a range of the same unit in this table row's cells: "180 cm tall,
    chest 100 cm" is held twice by the row whose height ("176–182 cm") and chest ranges hold them. An amount of
    another unit ("2 parcels" against "1–3 working days") and clock times ("10:00–18:00") are not held; a range
    without a unit ("170–185" under a "height (cm)" header) holds any."""
    cells = [cell.split(":", 1)[1] if ":" in cell else cell for cell in unit.text.split(";")]
    spans = [(_number(lo), _number(hi), _unit(u)) for cell in cells for lo, hi, u in _AMOUNT_RANGE.findall(cell)]
    return sum(1 for n, u in set(measures) if any(lo <= n <= hi and unit_ in (u, "") for lo, hi, unit_ in spans))


def _ranges_held_per_table(idx, doc_id: str, measures: list[tuple[float, str]]) -> set[int]:
    """The rows of document ``doc_id`` that hold the most asked amounts of their table (at least one; a table as
    `_table_of` bounds it): the conclusion a question giving measurements asks for."""
    if not measures:
        return set()
    out: set[int] = set()
    seen: set[str] = set()
    for i in idx.doc_chunks.get(doc_id, ()):
        for j in idx.units_of.get(i, ()):
            unit = idx.units[j]
            if unit.kind != "row" or unit.id in seen:
                continue
            table = _table_of(idx, unit)
            seen |= {u.id for u in table}
            held = {idx.unit_pos[u.id]: ranges_held(u, measures) for u in table}
            best = max(held.values())
            if best:
                out |= {k for k, n in held.items() if n == best}
    return out


def _names_row(result: Retrieval, unit: Unit, quoting: QuotingSettings, strongly: bool = False) -> bool:
    """Whether the question names this table row's key (its first cell): a table is looked up by its key.
    ``strongly``: by the word itself, a typo or inflection of it, its region or its translation's exact
    form — not by a word that is merely similar in meaning."""
    first = unit.text.split(";", 1)[0]
    key = first.split(":", 1)[1] if ":" in first else first
    words = {fold(w) for w in tokens(key)}
    if strongly:
        return any(w in words and s >= quoting.key_match for t in result.terms for w, s in t.matches.items())
    return any(w in words for t in result.terms for w in (*t.matches, *t.loose))


def quote(units: list[Unit]) -> str:
    """Sentences of one paragraph run on; list items and rows get a bullet each, under their intro."""
    lines: list[str] = []
    previous: Unit | None = None
    for unit in units:
        listed = unit.kind in ("item", "row")
        if listed:
            if unit.lead and (previous is None or previous.lead != unit.lead or previous.kind != unit.kind):
                lines.append(f"{unit.lead}:")
            lines.append("• " + unit.text)
        else:
            text = unit.text
            if unit.lead and not text.startswith(unit.lead) and (previous is None or previous.lead != unit.lead):
                text = f"{unit.lead}: {text}"
            if previous is not None and unit.kind == "sentence" and previous.kind == "sentence" \
                    and previous.chunk_id == unit.chunk_id and previous.start == unit.start:
                lines[-1] += " " + text
            else:
                lines.append(text)
        previous = unit
    return "\n".join(lines)


def whole_sentences(text: str, limit: int) -> str:
    """As many whole sentences from the start of ``text`` as fit in ``limit`` characters (at least one, cut at a
    word if even that is too long): a quote never stops mid-sentence."""
    out = ""
    for sentence in split_sentences(text):
        candidate = f"{out} {sentence}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    if out:
        return out
    cut = text[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"


def whole_section(chunk: Chunk) -> str:
    text = plain_text(chunk.text)
    return "\n".join(("• " + line[2:]) if line.startswith(("- ", "* ")) else line for line in text.splitlines())


def compose(question: str, lang: str, result: Retrieval, coverage: float, context: str,
            top: Hit | None = None, quoting: QuotingSettings = DEFAULT_QUOTING,
            ordered: list[UnitChoice] | None = None) -> tuple[Answer, str]:
    """The reply from the document of ``top`` (default: the best hit) and its quoted body (without
    lead-in and source line); ``ordered``: that document's units in `hand_order`, when computed already."""
    top = top or result.hits[0]
    doc_id = top.chunk.doc_id
    picked, concluded = pick_units(result, doc_id, question, context, quoting, ordered)
    if not picked:
        picked_hits = [top]
        body = whole_sentences(plain_text(top.chunk.text), quoting.max_reply_chars - 150)
    else:
        first_hit = picked[0][1]
        picked_hits = list({h.chunk.id: h for _, h in sorted(picked, key=lambda p: p[0].start)}.values())
        first_hit = next(h for h in picked_hits if h.chunk.id == first_hit.chunk.id)
        # a concluded row is quoted alone, not inside its whole short table
        short = len(plain_text(first_hit.chunk.text)) <= quoting.whole_section_chars and not concluded
        body = _body(picked, picked_hits, first_hit if short else None)
        if len(body) > quoting.max_reply_chars - 170:
            body = _body(picked, picked_hits, None)
    chunk = top.chunk
    lines = []
    lead = lead_for(lang, chunk.language, chunk.title)
    if lead:
        lines.append(lead)
    lines.append(body)
    sources = sources_of(picked_hits)
    lines.append("")
    lines.append(source_line(lang, [s.label for s in sources]))
    citations = list(dict.fromkeys(s.id for s in sources))
    answer = Answer(text="\n".join(lines), citations=citations, sources=sources, confident=True,
                    score=top.score, passages=picked_hits, coverage=coverage)
    return answer, body


def _body(picked: list[tuple[Unit, Hit]], hits: list[Hit], whole: Hit | None) -> str:
    parts = []
    for hit in sorted(hits, key=lambda h: h.chunk.start):
        if whole is not None and hit.chunk.id == whole.chunk.id:
            parts.append(whole_section(hit.chunk))
        else:
            parts.append(quote(sorted((u for u, h in picked if h.chunk.id == hit.chunk.id),
                                      key=lambda u: (u.start, u.id))))
    return "\n".join(parts)


def typed_unit_coverage(result: Retrieval, doc_id: str, required: set[str],
                        quoting: QuotingSettings = DEFAULT_QUOTING) -> float:
    """The largest IDF-weighted share of the asked words (with the previous turn's, for a follow-up) that
    one unit of ``doc_id`` holding the required answer types matches (0 when none holds them)."""
    idx = result.index
    if idx is None:
        return 0.0
    asked = result.terms if result.used_context else result.question_terms   # a follow-up keeps its topic
    terms = [{w: s for w, s in t.matches.items() if s >= quoting.fit_match} for t in asked]
    terms = [t for t in terms if t]
    total = sum(max(idx.idf.get(w, idx.max_idf) for w in t) for t in terms)
    best = 0.0
    for i in idx.doc_chunks.get(doc_id, ()):
        for j in idx.units_of.get(i, ()):
            unit = idx.units[j]
            if not all(answer_types.holds(kind, f"{unit.lead} {unit.text}") for kind in required):
                continue
            words = idx.words_of_unit(j)
            got = sum(max((s * idx.idf.get(w, idx.max_idf) for w, s in t.items() if w in words), default=0.0)
                      for t in terms)
            best = max(best, got / total if total else 0.0)
    return best


def own_language_first(hits: list[Hit], lang: str, quoting: QuotingSettings = DEFAULT_QUOTING) -> list[Hit]:
    """Hits in the order to answer from: a passage in the user's language goes before one in the other
    language that scores at most ``quoting.own_language_margin`` better — nearly as good, and readable."""
    margin = quoting.own_language_margin
    return sorted(hits, key=lambda h: -(h.score + (margin if h.chunk.language == lang else 0.0)))


def about_other_years(result: Retrieval, doc_id: str, years: list[str]) -> bool:
    """Whether document ``doc_id`` names years, but none the question asks about: "What did gas cost in
    2025?" is not answered by the 2026 price list, however well it matches otherwise."""
    idx = result.index
    if idx is None:
        return False
    chunks = [idx.chunks[i] for i in idx.doc_chunks.get(doc_id, ())]
    named = {y for c in chunks for y in YEAR.findall(f"{c.title} {c.text}")}
    return bool(named) and not named & set(years)
