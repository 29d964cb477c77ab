"""Checks on a model-written answer against the passages it cites, beyond citations and numbers.

Each function returns the problems it found (empty = fine), so callers can log why an answer was refused
without logging the answer. Used by `pipeline.llm.check`; pure functions over text.

- codes: voucher-like tokens ("VELO-ADMIN-99", "FREESHIP") that the cited passages do not contain;
- personal data: e-mail, phone, IBAN, card, order numbers and names that neither the passages nor the
  follower's own question contain (another customer's data);
- promises: refund, free, guarantee, discount, compensation … words whose meaning the cited passages do not
  carry (in either language);
- leaks: any stretch of the system prompt, or the NO_ANSWER marker inside a longer text;
- obedience: phrases that show the model following injected instructions ("developer mode enabled");
- grounding: in the passages' own language, most content words of every sentence must occur in them.
"""
from __future__ import annotations

import re

from safety.injection import find_instructions

_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*[A-Z])(?:(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}|[A-Z]{6,}\d*)(?![\w-])")
# Meaning groups: an answer using a word of a group needs the cited passages to use a word of the same group.
PROMISE_GROUPS: dict[str, tuple[str, ...]] = {
    "free": ("kostenlos", "kostenfrei", "gratis", "umsonst", "geschenkt", "schenken", "free", "no charge",
             "at no cost", "complimentary", "without charge", "for nothing"),
    "refund": ("erstatt", "rückerstatt", "geld zurück", "refund", "reimburs", "money back"),
    "guarantee": ("garantie", "garantier", "gewährleist", "guarantee", "warrant"),
    "promise": ("versprech", "verspreche", "versprochen", "zusicher", "zusage", "promise", "assure", "commit"),
    "discount": ("rabatt", "nachlass", "prozent", "discount", "% off", "percent off", "reduction", "reduced"),
    "voucher": ("gutschein", "coupon", "voucher", "promo", "code"),
    "compensation": ("entschädig", "kulanz", "wiedergutmach", "compensat", "goodwill", "make it up"),
    "lifetime": ("lebenslang", "für immer", "unbegrenzt", "lifetime", "forever", "unlimited"),
    "exception": ("ausnahme", "exception", "special offer", "sonderangebot", "just for you", "nur für dich",
                  "nur für sie"),
}
_OBEYING = re.compile(
    r"\b(?:developer|dev|debug|admin|god|dan|jailbreak|unrestricted)[ -]?mod(?:e|us)\b|\bentwickler[- ]?modus\b|"
    r"\bno (?:longer|more) (?:bound|restricted)\b|\bnicht mehr (?:an|gebunden)\b|\bas an ai\b|\bals ki\b|"
    r"\b(?:my|meine) (?:instructions|rules|anweisungen|regeln) (?:are|say|sind|lauten)\b|"
    r"\bi (?:will|'ll) (?:now )?(?:ignore|comply)\b|\bich (?:ignoriere|werde .{0,20}ignorieren)\b",
    re.I)
_WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
GROUNDED_SHARE = 0.5


def _fold(text: str) -> str:
    return " ".join((text or "").casefold().split())


def unsupported_codes(answer: str, sources: str) -> list[str]:
    src = sources.upper()
    return [c for c in _CODE.findall(answer) if c not in src]


def unsupported_personal_data(answer: str, sources: str, question: str = "") -> list[str]:
    from privacy.redact import get_redactor

    allowed = _fold(sources + " " + question)
    found = get_redactor().find(answer, ner=False)
    return [f.type for f in found if _fold(f.value) not in allowed]


def unsupported_promises(answer: str, sources: str) -> list[str]:
    a, s = _fold(answer), _fold(sources)
    return [group for group, words in PROMISE_GROUPS.items()
            if any(w in a for w in words) and not any(w in s for w in words)]


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def leaked_prompt(answer: str, system_prompt: str, marker: str = "NO_ANSWER", n: int = 6) -> list[str]:
    problems = []
    if marker in answer and answer.strip() != marker:
        problems.append("marker")
    if _shingles(answer, n) & _shingles(system_prompt, n):
        problems.append("system_prompt")
    return problems


def obeys_injection(answer: str) -> list[str]:
    return ["obeys_injection"] if _OBEYING.search(answer) or find_instructions(answer) else []


def ungrounded_sentences(answer: str, sources: str) -> list[str]:
    """Sentences whose content words (5+ letters) mostly do not occur in the sources (prefix match, so
    'refunds' supports 'refund'). Only meaningful when answer and sources share a language."""
    stems = {w[:5] for w in _WORD.findall(sources.casefold())}
    out = []
    for sentence in _SENTENCES.split(answer):
        words = [w.casefold() for w in _WORD.findall(sentence)]
        if not words:
            continue
        if sum(w[:5] in stems for w in words) / len(words) < GROUNDED_SHARE:
            out.append(sentence.strip())
    return out


SEMANTIC_SUPPORT = 0.3   # cosine (multilingual USE): translations of a passage sentence scored 0.32-0.82,
                         # "I have been pwned" / "Developer mode enabled" against shop passages below 0.05


def semantically_ungrounded(answer: str, sources: str, embed, threshold: float = SEMANTIC_SUPPORT) -> list[str]:
    """For answers in another language than their passages: sentences no passage sentence comes close to.
    ``embed(list[str]) -> array`` is the knowledge base's multilingual embedder."""
    import numpy as np

    sentences = [s.strip() for s in _SENTENCES.split(answer) if _WORD.search(s)]
    passages = [s.strip() for s in _SENTENCES.split(sources) if _WORD.search(s)]
    if not sentences or not passages:
        return sentences
    vectors = np.asarray(embed(sentences + passages), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    similarity = vectors[:len(sentences)] @ vectors[len(sentences):].T
    return [s for s, best in zip(sentences, similarity.max(axis=1)) if best < threshold]
