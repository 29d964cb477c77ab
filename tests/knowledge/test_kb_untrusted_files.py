"""Untrusted files: binary content is refused whatever the file is called, and PDF/DOCX are read in a child
process with memory and time limits, so a bomb is refused without the reading process growing."""
from __future__ import annotations

import io
import time
import zipfile

import pytest

from knowledge.documents import parse_document
from knowledge.formats import parse
from knowledge.formats.base import DocumentError
from knowledge.formats.isolated import parse_isolated
from tandem.settings import ROOT
from tests.knowledge.pdf_bomb import bomb


def rss_mb() -> int:
    with open("/proc/self/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) // 1024


def zipped() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", "hallo " * 1000)
    return out.getvalue()


@pytest.mark.parametrize("raw, reason", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
    (zipped(), "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n" + b"x" * 100, "PNG"),
    (bytes(range(1, 32)) * 300, "control characters"),
    (b"# Titel\n\n" + b"Text " * 3000 + b"\x00\x01\x02", "NUL bytes"),    # text first, binary after 8 KiB
])
@pytest.mark.parametrize("name", ["notes.md", "faq.txt", "page.html", "rows.csv"])
def test_binary_content_is_refused_whatever_the_extension(raw, reason, name):
    with pytest.raises(DocumentError, match=reason):
        parse(raw, name)


def test_text_with_a_stray_control_character_is_still_text():
    parsed = parse("# Versand\n\nWir liefern in 2\x0b3 Tagen – überall hin.\n".encode(), "versand.md")
    assert "Wir liefern" in parsed.text


def test_a_pdf_bomb_is_refused_and_the_reading_process_does_not_grow(monkeypatch):
    monkeypatch.setenv("TANDEM_PARSE_MEMORY_MB", "512")
    raw = bomb(400)
    parse_warm = parse(_small_pdf(), "warm.pdf")   # the forkserver is up before measuring
    assert parse_warm.text.strip()
    before = rss_mb()

    with pytest.raises(DocumentError):
        parse(raw, "bomb.pdf")

    assert rss_mb() - before < 50


def test_a_reader_over_its_time_limit_is_stopped_and_the_file_refused(monkeypatch):
    monkeypatch.setenv("TANDEM_PARSE_TIMEOUT_S", "1")
    started = time.monotonic()
    with pytest.raises(DocumentError, match="longer than 1 s"):
        parse_isolated("tests.knowledge.slow_reader", b"%PDF-", "endless.pdf")
    assert time.monotonic() - started < 5


def test_a_reader_that_dies_is_reported_not_raised_through():
    with pytest.raises(DocumentError, match="the reader stopped"):
        parse_isolated("tests.knowledge.slow_reader", b"die", "dies.pdf")


def _small_pdf() -> bytes:
    return (ROOT / "eval/fashion/kb/kundenclub/club-terms.pdf").read_bytes()


GERMAN = ("Die Lieferung erfolgt innerhalb von drei bis fünf Werktagen. Für Bestellungen unter fünfzig Euro berechnen "
          "wir eine Versandpauschale von vier Euro neunzig. Größere Räder werden von einer Spedition geliefert, die "
          "sich vorher telefonisch bei Ihnen meldet, um einen Termin zu vereinbaren. ")


def test_a_german_page_stamped_english_is_stored_as_german():
    html = f'<html lang="en-US"><head><title>Versand</title></head><body><h1>Versand</h1><p>{GERMAN * 3}</p></body></html>'
    assert parse_document(html.encode(), "versand.html", "versand").language == "de"


def test_a_declared_language_the_text_agrees_with_or_cannot_contradict_is_kept():
    english = "<html lang='en'><body><p>" + "We ship within three to five working days to most countries. " * 5
    assert parse_document((english + "</p></body></html>").encode(), "shipping.html", "shipping").language == "en"
    short = "<html lang='en'><body><p>Versand: 4,90 €</p></body></html>"
    assert parse_document(short.encode(), "short.html", "short").language == "en"


def test_front_matter_is_staffs_word_and_is_kept():
    text = f"---\nlanguage: en\n---\n# Versand\n\n{GERMAN * 3}\n"
    assert parse_document(text.encode(), "versand.md", "versand").language == "en"
