"""What a bot message becomes on a messaging platform that shows plain text only.

Rasa hands an output channel one message at a time as a dict (``text``, ``buttons``, ``quick_replies``, ``image``,
``custom``...). Messenger, Instagram, WhatsApp and Telegram all show plain text; rich parts degrade instead of
vanishing:

- a Markdown link ``[title](url)`` becomes ``title (url)``;
- the knowledge base's sources (Tandem's ``custom.tandem.sources``) whose URL the text does not already show are
  added as ``title: url`` lines, so the citation stays checkable;
- buttons and quick replies become a numbered list; the follower may answer with the number
  (`choice_for` maps it back to the option's title);
- an image or attachment becomes its URL.

Every platform caps a message's length (Instagram 1000 characters, Messenger 2000, WhatsApp and Telegram 4096):
`split` cuts a long text into parts at paragraph, line, sentence or word boundaries and never inside a word (only a
single "word" longer than the limit, such as a giant URL, has to be cut).

Standard library only: this runs inside Rasa's process and Tandem's tests import it directly.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((https?://[^\s)]{1,2000})\)")
SOURCE_LEAD = {"de": "Quelle", "en": "Source"}


def _options(message: Dict[str, Any]) -> List[Dict[str, Any]]:
    found = message.get("buttons") or message.get("quick_replies") or []
    return [o for o in found if isinstance(o, dict) and (o.get("title") or o.get("payload"))]


def _tandem(message: Dict[str, Any]) -> Dict[str, Any]:
    custom = message.get("custom")
    tandem = custom.get("tandem") if isinstance(custom, dict) else None
    return tandem if isinstance(tandem, dict) else {}


def plain_text(message: Dict[str, Any]) -> str:
    """The whole message as one plain text (before splitting)."""
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    text = MARKDOWN_LINK.sub(lambda m: m.group(1) if m.group(2) in m.group(1) else f"{m.group(1)} ({m.group(2)})",
                             text)
    lines = [text.strip()] if text.strip() else []
    tandem = _tandem(message)
    lead = SOURCE_LEAD.get(str(tandem.get("language") or ""), SOURCE_LEAD["en"])
    for source in tandem.get("sources") or []:
        url = source.get("url") if isinstance(source, dict) else None
        if isinstance(url, str) and url.startswith(("http://", "https://")) and url not in "\n".join(lines):
            title = str(source.get("title") or "").strip()
            lines.append(f"{lead}: {title} – {url}" if title else f"{lead}: {url}")
    options = _options(message)
    if options:
        lines.append("\n".join(f"{number}. {option.get('title') or option.get('payload')}"
                               for number, option in enumerate(options, start=1)))
    for key in ("image", "attachment"):
        value = message.get(key)
        if isinstance(value, str) and value.strip():
            lines.append(value.strip())
        elif isinstance(value, dict):
            url = (value.get("payload") or {}).get("src") if isinstance(value.get("payload"), dict) else None
            url = url or value.get("url")
            if isinstance(url, str) and url.strip():
                lines.append(url.strip())
    return "\n\n".join(lines)


def choice_for(text: str, options: List[str]) -> Optional[str]:
    """The option a follower picked by answering with its number ("2", "2.", " 2 "), or None."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text or "")
    if not match or not options:
        return None
    number = int(match.group(1))
    return options[number - 1] if 1 <= number <= len(options) else None


def option_titles(message: Dict[str, Any]) -> List[str]:
    return [str(o.get("title") or o.get("payload")) for o in _options(message)]


# Where a long text may be cut, best first: between paragraphs, lines, sentences, words.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?…:;])\s+"), re.compile(r"\s+"))


def split(text: str, limit: int) -> List[str]:
    """Parts of at most ``limit`` characters, cut at the best boundary that fits, never inside a word unless one
    word alone is longer than the limit. Joining the parts with whitespace gives back every word in order."""
    if limit < 1:
        raise ValueError("limit must be positive")
    text = text.strip()
    parts: List[str] = []
    while len(text) > limit:
        window = text[: limit + 1]     # a boundary right after the limit still lets the part end at the limit
        cut = None
        for pattern in _BREAKS:
            ends = [m for m in pattern.finditer(window) if 0 < m.start() <= limit]
            if ends:
                cut = ends[-1]
                break
        if cut is None:                # one word longer than the limit: the only case that cuts a word
            parts.append(text[:limit])
            text = text[limit:].lstrip()
            continue
        parts.append(text[: cut.start()].rstrip())
        text = text[cut.end():].lstrip()
    if text:
        parts.append(text)
    return [p for p in parts if p]
