"""HTML pages: BeautifulSoup (lxml) finds the content, markdownify turns it into Markdown.

Headings stay headings, tables stay tables, lists stay lists, so the chunker sees the page's structure.
Navigation, headers, footers, scripts, forms and images are dropped. The encoding is the one the page
declares (``<meta charset>``), else UTF-8; a page in neither is refused rather than guessed.
"""
from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.dammit import EncodingDetector
from markdownify import markdownify

from knowledge.formats.base import DocumentError, Parsed, decode_text, language_code, tidy_markdown

DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "header",
        "footer", "aside", "form", "button", "input", "select", "textarea", "img", "picture", "video", "audio")


def parse(raw: bytes, name: str) -> Parsed:
    declared = EncodingDetector.find_declared_encoding(raw[:4096], is_html=True, search_entire_document=False)
    text = decode_text(raw, declared)
    soup = BeautifulSoup(text, "lxml")
    if soup.find() is None:
        raise DocumentError("no HTML found")
    title = _title(soup)
    html = soup.find("html")
    language = language_code(html.get("lang")) if html is not None else None
    url = _url(soup)
    keywords = soup.find("meta", attrs={"name": "keywords"})
    tags = tuple(k.strip() for k in str(keywords.get("content", "")).split(",") if k.strip()) if keywords else ()
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    markdown = tidy_markdown(markdownify(str(root), heading_style="ATX", bullets="-", strip=["a"]))
    if not markdown.strip():
        raise DocumentError("no text in the HTML page")
    return Parsed(text=markdown, title=title, url=url, language=language, tags=tags)


def _title(soup: BeautifulSoup) -> str | None:
    for found in (soup.find("meta", attrs={"property": "og:title"}), soup.title, soup.find("h1")):
        if found is None:
            continue
        value = found.get("content") if found.name == "meta" else found.get_text(" ", strip=True)
        if value and str(value).strip():
            return " ".join(str(value).split())
    return None


def _url(soup: BeautifulSoup) -> str | None:
    canonical = soup.find("link", rel="canonical")
    if canonical is not None and str(canonical.get("href", "")).startswith(("http://", "https://")):
        return str(canonical["href"])
    og = soup.find("meta", attrs={"property": "og:url"})
    if og is not None and str(og.get("content", "")).startswith(("http://", "https://")):
        return str(og["content"])
    return None
