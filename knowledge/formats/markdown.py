"""Markdown and plain text, each with optional YAML front-matter (title, url, language, tags)."""
from __future__ import annotations

import frontmatter
import yaml

from knowledge.formats.base import DocumentError, Parsed, decode_text


def parse(raw: bytes, name: str) -> Parsed:
    source = decode_text(raw)
    try:
        post = frontmatter.loads(source)
    except yaml.YAMLError as exc:
        raise DocumentError(f"malformed YAML front-matter: {exc}") from exc
    meta, body = post.metadata, post.content
    if not body.strip():
        raise DocumentError("no text after the front-matter")
    tags = meta.get("tags") or ()
    return Parsed(
        text=body,
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        language=str(meta["language"]) if meta.get("language") else None,
        tags=tuple(str(t) for t in tags) if isinstance(tags, (list, tuple)) else (str(tags),),
    )
