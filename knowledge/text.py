"""Word-level text handling shared by indexing, retrieval and answering (German and English).

Everything here is language-generic: folding (case, accents, ß), tokens, a stop-word list of function
words and conversational filler, typo keys (single deletions, which also cover swapped neighbours) and
splitting a message into its question part. Nothing in here knows about any particular knowledge base.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from knowledge.locale import all_words, alternation

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[\u2600-\u27bf\U0001F300-\U0001FAFF])\s+")
_QUESTION_START = re.compile(rf"^\W*({alternation('question_starts')})\b", re.I)

# Function words and chat filler of both languages (`knowledge/locale/*.yml`): they carry no topic, so they
# neither retrieve passages nor count as something the knowledge base has to cover.
STOPWORDS = all_words("stopwords")


def fold(text: str) -> str:
    """Lower case without accents, ß as ss: 'Österreich' and 'osterreich' are the same word here."""
    text = text.lower().replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, hyphenated and apostrophe words kept whole ('e-mail', "gibt's")."""
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


def raw_tokens(text: str) -> list[str]:
    """The word tokens of ``tokens`` as written (not yet lower-cased)."""
    return _TOKEN.findall(text)


_CLITIC = re.compile(r"(?:'s|'m|'re|'ve|'d|'ll|n't)$")


def base_word(word: str) -> str:
    """'partner's' → 'partner', "don't" → 'do', "gibt's" → 'gibt'."""
    return _CLITIC.sub("", word) or word


def is_content(word: str) -> bool:
    word = base_word(word)
    if word in STOPWORDS or fold(word) in STOPWORDS:
        return False
    if word.isdigit():
        return True
    return len(word) > 1


_QUESTION_PHRASE = re.compile(
    r"\b(wie (?:lange?|oft|viele?|teuer|weit|schnell|spät|früh|groß|schwer)|wieviele?|"
    r"how (?:long|often|many|much|far|soon|late|early|big|large|heavy|fast|quickly)|"
    r"was (?:passiert|geschieht)|what (?:happens|will happen|would happen))\b", re.I)


def without_question_phrases(text: str) -> str:
    """'Wie lange …', 'how much …', 'what happens if …' ask for a kind of answer, not about a topic: drop them."""
    return _QUESTION_PHRASE.sub(" ", text)


def content_words(text: str) -> list[str]:
    """Words that carry meaning, lower-cased, in order of appearance, each once."""
    return list(dict.fromkeys(base_word(w) for w in tokens(text) if is_content(w)))


def word_parts(word: str) -> list[str]:
    """A hyphenated word and its parts ('e-mail-adresse' → itself, 'e-mail', 'adresse')."""
    parts = [p for p in re.split(r"[-']", word) if p]
    out = [word]
    if len(parts) > 1:
        out += [p for p in parts if len(p) > 2]
    return out


@lru_cache(maxsize=65536)
def deletes(word: str) -> frozenset[str]:
    """The word and every string one character shorter: two words within one typo (a wrong, missing,
    extra or swapped letter) share at least one of these keys."""
    return frozenset({word} | {word[:i] + word[i + 1:] for i in range(len(word))})


def typo_close(a: str, b: str) -> bool:
    """Whether two folded words of five or more letters differ by at most one edit (or a swap)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return bool(deletes(a) & deletes(b))


def shared_stem(a: str, b: str) -> bool:
    """Inflections: 'kündigen'/'kündigst', 'bitteren'/'bitter' share a long start and differ in a short
    ending (a compound such as 'Sauerteig' is no inflection of 'sauer')."""
    if abs(len(a) - len(b)) > 3:
        return False
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.75 * min(len(a), len(b))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def question_part(text: str, min_words: int = 0) -> str:
    """The sentences of a message that ask something; the whole message when none clearly does.

    'Ich hab keine Mühle zuhause. Verkauft ihr den auch gemahlen?' → the second sentence: what the
    knowledge base has to cover is what is asked, not the story around it. When the asked sentences hold fewer
    than ``min_words`` content words, they point back at the story ('… Geht das auch?'), so the sentence before
    the first of them joins them.
    """
    parts = sentences(text)
    at = [i for i, s in enumerate(parts) if "?" in s or _QUESTION_START.match(s) or _is_fragment(s)]
    if not at:
        return text
    if at[0] > 0 and len(content_words(without_question_phrases(" ".join(parts[i] for i in at)))) < min_words:
        at = [at[0] - 1, *at]
    return " ".join(parts[i] for i in at)


def _is_fragment(sentence: str) -> bool:
    """A few words without a full stop ('adresse pls', 'price for two?'): chat shorthand for a question."""
    stripped = sentence.strip()
    return len(tokens(stripped)) <= 4 and bool(content_words(stripped)) and not stripped.endswith((".", "!"))
