"""What the answer model sees about one candidate document for one question.

A row per (question, candidate document): how well the document was retrieved, how much of the question it
covers, whether the quote composed from it holds the kind of answer asked for, and the former hand rules'
verdicts (unknown words, other years, answer type) as inputs rather than vetoes. The model (`pipeline.model`)
turns a row into the probability that answering from that document is right; training
(`scripts/train_answering.py`) and the decide stage compute rows with this one function.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from knowledge import answer_types
from knowledge.answering import (DEFAULT_QUOTING, Answer, UnitChoice, about_other_years, asked_matches, asked_words,
                                 compose, coverage_of, hand_order, pick_units, share_held, typed_unit_coverage,
                                 unit_choices, unknown_terms)
from knowledge.editions import title_years
from knowledge.retrieval import Retrieval
from knowledge.store import Hit
from knowledge.text import fold, tokens
from tandem.settings import QuotingSettings

FEATURES = (
    "score", "dense", "lexical", "rank", "behind_top", "coverage", "missing_share", "unknown_share",
    "unknown_compound", "needs_type", "type_held", "typed_fit", "other_year", "followup",
    "asked_words", "title_overlap", "dense_behind", "lexical_behind",
    "lead_unit", "lead_share", "lead_typed", "lead_row", "best_unit", "lead_behind", "share_behind",
    "superseded", "later_quote", "quote_share", "quote_share_behind",
)
# Features that carry a former hand rule's verdict, by rule: the ablation in scripts/train_answering.py drops
# one group at a time to see whether the rule still earns its place.
#
# Each candidate is also seen against the others: how far its dense and lexical match trail the best candidate's
# ("dense_behind", "lexical_behind"; `COMPARED_GROUPS`). Leave-one-company-out on twenty companies they lift the
# cases right minus wrong replies from 465 to 472, all of it on questions whose answer is in the asker's language.
#
# Tried and not kept: whether the candidate is in the asker's language (with every document's language known, and
# the share of candidates that are). It gained 29 more, but by learning the tuning sets' mix: four in ten of their
# answerable questions are answered only in the other language, and the model learned to prefer that language,
# losing 33 questions answerable in the asker's own (262 against 295 of 399 at 0.45). A brand's followers mostly
# ask what its pages in their language answer.
RULE_GROUPS = {
    "unknown_terms": ("unknown_share", "unknown_compound"),
    "answer_type": ("needs_type", "type_held", "typed_fit"),
    "other_year": ("other_year",),
}
# The question's own input, the same for every candidate: how much the message reads like a question a company's
# knowledge base answers rather than an off-topic request, a manipulation attempt or a near miss, from its sentence
# vector (`pipeline.model.QuestionModel`, learned from the tuning companies' answer and decline cases). The answer
# model reads it after the candidate features (`question_column`).
QUESTION_FEATURE = "question_answerable"
MODEL_FEATURES = (*FEATURES, QUESTION_FEATURE)
# The quote's leading unit (the sentence, row or Q&A pair quoted first, `knowledge.answering.hand_order`): its own
# match ("lead_unit": dense and lexical, as units compete), the share of the asked words it holds, whether it holds
# the kind of answer asked for or is a table row, the document's best unit match, and how far its match and share
# trail the best leading unit among the candidates. The document-level features say whether the document is about
# the question; these say whether the quote holds the answer. Leave-one-company-out on thirty-two companies they
# lift right minus wrong from 781 to 820 (two more, a unit's Q&A kind and whether it holds the required type, earned
# nothing and were left out).
LEAD_UNIT = ("lead_unit", "lead_share", "lead_typed", "lead_row", "best_unit", "lead_behind", "share_behind")
# Whether the candidate is an old edition a newer document replaces (`knowledge.editions`: last year's price list
# beside this year's) and the question names none of its years. A follower quoting an old price asks whether it
# still holds; the old list matches their words best and is almost never the answer (7 right of 177 such
# candidates on thirty-eight companies).
EDITION = ("superseded",)
# Later quotes of a document (`quote_orders`): whether the quote is its document's first or a later one, the share
# of the asked words its units hold, and how far that trails the best quote among the candidates. The document-level
# features are the same for every quote of a document, so these are what tells its quotes apart. On forty companies a
# second quote per document lifts the questions some candidate answers from 1,429 to 1,529 of 1,694 (a third: 1,563),
# yet the model almost never answers from a later quote: what it gains (right minus wrong 1,117 → 1,139) comes from a
# later quote that scores nearly as well lowering the first quote's share of the choice (README, eighteenth session).
QUOTES = ("later_quote", "quote_share", "quote_share_behind")
# Groups that are not former rules, dropped in the same ablation so the table shows what they earn.
COMPARED_GROUPS = {
    "behind_best": ("dense_behind", "lexical_behind"),
    "lead_unit": LEAD_UNIT,
    "question": (QUESTION_FEATURE,),
    "edition": EDITION,
    "quotes": QUOTES,
}


def question_column(rows: np.ndarray, question: float) -> np.ndarray:
    """Candidate rows with the question input appended as their last column: the answer model's inputs
    (`MODEL_FEATURES`), at run time and in training alike."""
    return np.hstack([rows, np.full((len(rows), 1), question)])


@dataclass
class Candidate:
    """One document the reply could be quoted from: the quote (with its document's coverage, missing and unknown
    words) and its features."""
    hit: Hit
    answer: Answer
    body: str
    features: np.ndarray
    probability: float = 0.0
    quote: int = 0              # 0 for the document's first quote, 1 for the second (`quote_orders`)

    @property
    def label(self) -> str:
        """How traces name it: the document, and which of its quotes when it is not the first."""
        return self.hit.chunk.doc_id if self.quote == 0 else f"{self.hit.chunk.doc_id} (quote {self.quote + 1})"


# The leading unit's features of a document without units (no index): it holds nothing.
_NO_UNIT = {"unit_score": 0.0, "word_share": 0.0, "typed": 0.0, "is_row": 0.0}


def candidate_hits(result: Retrieval, max_docs: int) -> list[Hit]:
    """The best hit of each of the first ``max_docs`` documents, best first."""
    seen: dict[str, Hit] = {}
    for hit in result.hits:
        if hit.chunk.doc_id not in seen:
            seen[hit.chunk.doc_id] = hit
        if len(seen) == max_docs:
            break
    return list(seen.values())


def superseded(result: Retrieval, hit: Hit, years: list[str]) -> bool:
    """Whether the hit's document is an edition a newer one replaces (`knowledge.editions`) and the question does
    not name one of its years: the price today, not last year's list the follower quotes."""
    if result.index is None or hit.chunk.doc_id not in result.index.superseded:
        return False
    return not {int(y) for y in years} & title_years(hit.chunk.title)


def quote_share(result: Retrieval, quoted: set[str], asked: list[set[str]]) -> float:
    """The share of the asked words (`asked_matches`) that some quoted unit holds."""
    idx = result.index
    if idx is None or not quoted:
        return 0.0
    words: set[str] = set()
    for unit_id in quoted:
        words |= idx.words_of_unit(idx.unit_pos[unit_id])
    return share_held(asked, words)


def quote_orders(result: Retrieval, doc_id: str, choices: list[UnitChoice], question: str, context: str,
                 quotes: int, quoting: QuotingSettings = DEFAULT_QUOTING) -> list[tuple[list[UnitChoice], set[str]]]:
    """Up to ``quotes`` unit orders for one document, each a quote of its own: the hand order of all its units, then
    the hand order of the units no earlier quote used. A document often holds the answer in a unit the first quote
    passes over (a second section, a row further down); the answer model weighs each quote as a candidate."""
    orders: list[tuple[list[UnitChoice], set[str]]] = []
    used: set[str] = set()
    for _ in range(quotes):
        rest = [c for c in choices if c.unit.id not in used]
        if not rest:
            break
        order = hand_order(rest, quoting)
        picked, _ = pick_units(result, doc_id, question, context, quoting, order)
        quoted = {unit.id for unit, _ in picked}
        orders.append((order, quoted))
        used |= quoted | {order[0].unit.id}
    return orders


def candidates(result: Retrieval, question: str, lang: str, context: str, required: set[str], years: list[str],
               max_docs: int = 4, quoting: QuotingSettings = DEFAULT_QUOTING,
               quotes_per_doc: int = 2) -> list[Candidate]:
    """Each candidate document's composed quotes (``quotes_per_doc`` at most, `quote_orders`) and their feature rows,
    the quotes composed with ``quoting`` (the shipped answer model was trained on rows computed with the defaults)."""
    hits = candidate_hits(result, max_docs)
    if not hits:
        return []
    top = hits[0].score
    best_dense, best_lexical = max(h.dense for h in hits), max(h.lexical for h in hits)
    asked = max(len(asked_words(result)), 1)
    question_words = {fold(w) for w in tokens(question)}
    choices = [unit_choices(result, hit.chunk.doc_id, question, context, quoting) for hit in hits]
    # what compose quotes from, each led by its lead; a document without units gives its one whole-section quote
    orders = [quote_orders(result, hit.chunk.doc_id, c, question, context, quotes_per_doc, quoting) if c
              else [([], set())] for hit, c in zip(hits, choices)]
    leads = [[order[0].features if order else _NO_UNIT for order, _ in doc_orders] for doc_orders in orders]
    asked_sets = asked_matches(result)
    shares = [[quote_share(result, quoted, asked_sets) for _, quoted in doc_orders] for doc_orders in orders]
    best_lead = max(lead["unit_score"] for doc_leads in leads for lead in doc_leads)
    best_share = max(lead["word_share"] for doc_leads in leads for lead in doc_leads)
    best_quote_share = max(share for doc_shares in shares for share in doc_shares)
    out = []
    for rank, (hit, doc_choices, doc_orders, doc_leads, doc_shares) in enumerate(zip(hits, choices, orders, leads,
                                                                                      shares)):
        doc_id = hit.chunk.doc_id
        coverage, missing = coverage_of(result, doc_id, quoting)
        unknown = unknown_terms(result, question, lang, doc_id, quoting)
        title_words = {fold(w) for w in tokens(hit.chunk.title)}
        seen_bodies: set[str] = set()
        for later, ((order, _), lead, share) in enumerate(zip(doc_orders, doc_leads, doc_shares)):
            answer, body = compose(question, lang, result, coverage, context, top=hit, quoting=quoting,
                                   ordered=order)
            if body in seen_bodies:
                continue
            seen_bodies.add(body)
            answer = replace(answer, missing=missing, unknown=unknown)       # the decide stage reports them
            row = {
                "score": hit.score,
                "dense": hit.dense,
                "lexical": hit.lexical,
                "rank": float(rank),
                "behind_top": top - hit.score,
                "coverage": coverage,
                "missing_share": len(missing) / asked,
                "unknown_share": len(unknown) / asked,
                "unknown_compound": float(any(w in result.parts for w in unknown)),
                "needs_type": float(bool(required)),
                "type_held": float(all(answer_types.holds(kind, body) for kind in required)),
                "typed_fit": typed_unit_coverage(result, doc_id, required, quoting) if required else 0.0,
                "other_year": float(bool(years) and about_other_years(result, doc_id, years)),
                "followup": float(result.used_context),
                "asked_words": math.log1p(asked),
                "title_overlap": len(question_words & title_words) / max(len(title_words), 1),
                "dense_behind": best_dense - hit.dense,
                "lexical_behind": best_lexical - hit.lexical,
                "lead_unit": lead["unit_score"],
                "lead_share": lead["word_share"],
                "lead_typed": lead["typed"],
                "lead_row": lead["is_row"],
                "best_unit": max((c.features["unit_score"] for c in doc_choices), default=0.0),
                "lead_behind": best_lead - lead["unit_score"],
                "share_behind": best_share - lead["word_share"],
                "superseded": float(superseded(result, hit, years)),
                "later_quote": float(later),
                "quote_share": share,
                "quote_share_behind": best_quote_share - share,
            }
            out.append(Candidate(hit, answer, body, np.array([row[name] for name in FEATURES], dtype=np.float64),
                                 quote=later))
    return out
