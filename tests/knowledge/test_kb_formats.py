"""Every format the knowledge base reads, from small files made here: structure kept, bad files refused.

The helpers (``make_pdf``, ``make_docx``) are used by the other knowledge-base tests too.
"""
from __future__ import annotations

import importlib
import io
import zipfile

import pytest

from knowledge.chunking import chunk_document, chunk_units
from knowledge.documents import DocumentError, load_folder, parse_document

# --- files made in the test -------------------------------------------------------------------------------------

def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[tuple[float, str]]], title: str | None = None) -> bytes:
    """A valid PDF (Helvetica, WinAnsi) with one line per (font size, text) pair, top to bottom."""
    objects: list[bytes] = []
    kids = []
    font_id = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_id} 0 R".encode())
        y, ops = 800, []
        for size, text in lines:
            y -= int(size * 1.6)
            ops.append(b"BT /F1 %d Tf 56 %d Td " % (size, y) + _pdf_string(text) + b" Tj ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info_id = font_id + 1
    objects.append(b"<< /Title " + _pdf_string(title) + b" >>" if title else b"<< >>")
    body = [b"<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) >>",
            b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)] + objects
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, obj in enumerate(body, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, info_id, xref)
    return bytes(out)


def make_docx(build) -> bytes:
    """A DOCX written by python-docx; ``build(document)`` adds the content."""
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SHIPPING_PDF = [[(20, "Versand und Lieferung"), (11, "Wir liefern innerhalb von 2 bis 3 Werktagen."),
                 (11, "Die Lieferung ist ab 50 € versandkostenfrei."), (15, "Ausland"),
                 (11, "Nach Österreich kostet der Versand 9,90 €.")],
                [(15, "Rücksendung"), (11, "Rücksendungen sind 30 Tage lang kostenlos.")]]


def _headings(doc) -> list[tuple[str, ...]]:
    return [c.heading_path for c in chunk_document(doc)]


# --- formats ----------------------------------------------------------------------------------------------------

def test_markdown_with_front_matter_keeps_its_metadata_and_sections():
    raw = "---\ntitle: Versand\nlanguage: de\nurl: https://x.example/versand\ntags: [versand]\n---\n\n# Versand\n\n" \
          "## Ausland\n\nNach Österreich 9,90 €.\n"
    doc = parse_document(raw.encode(), "versand.md", "versand")
    assert (doc.title, doc.language, doc.url, doc.tags) == ("Versand", "de", "https://x.example/versand", ("versand",))
    chunk = chunk_document(doc)[0]
    assert chunk.heading_path == ("Versand", "Ausland") and chunk.url == "https://x.example/versand#ausland"


def test_plain_text_is_read_as_paragraphs():
    doc = parse_document("Öffnungszeiten\n\nWir haben Montag bis Freitag von 9 bis 18 Uhr geöffnet.\n".encode(),
                         "zeiten.txt", "zeiten")
    assert doc.title == "zeiten" and "9 bis 18 Uhr" in " ".join(c.text for c in chunk_document(doc))


def test_html_keeps_headings_tables_and_lists_and_drops_navigation():
    html = """<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shipping | Velora</title>
    <link rel="canonical" href="https://velora.example/shipping"><script>var tracking = 1;</script></head>
    <body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
    <main><h1>Shipping</h1><p>We ship within <b>2–3 business days</b>.</p>
    <h2>Countries</h2><table><tr><th>Country</th><th>Price</th></tr><tr><td>Austria</td><td>9.90 €</td></tr>
    <tr><td>Switzerland</td><td>19.90 €</td></tr></table>
    <h2>Not shipped</h2><ul><li>Batteries over 500 Wh</li><li>Gift cards</li></ul></main>
    <footer>© Velora · Imprint</footer></body></html>"""
    doc = parse_document(html.encode(), "shipping.html", "en/shipping")
    assert (doc.title, doc.language, doc.url) == ("Shipping | Velora", "en", "https://velora.example/shipping")
    assert "tracking" not in doc.text and "Home" not in doc.text and "Imprint" not in doc.text
    assert ("Shipping", "Countries") in _headings(doc) and ("Shipping", "Not shipped") in _headings(doc)
    rows = [u.text for c in chunk_document(doc) for u in chunk_units(c) if u.kind == "row"]
    assert "Country: Austria; Price: 9.90 €" in rows
    items = [u.text for c in chunk_document(doc) for u in chunk_units(c) if u.kind == "item"]
    assert "Gift cards" in items


def test_html_in_its_declared_encoding_is_read():
    html = '<html><head><meta charset="iso-8859-1"></head><body><h1>Größe</h1><p>Maße in cm.</p></body></html>'
    doc = parse_document(html.encode("latin-1"), "groesse.html", "groesse")
    assert "Maße" in doc.text and doc.title == "Größe"


def test_pdf_headings_come_from_font_sizes_and_text_from_every_page():
    doc = parse_document(make_pdf(SHIPPING_PDF, title="Versand"), "versand.pdf", "versand")
    assert doc.title == "Versand" and doc.language == "de"
    paths = _headings(doc)
    assert ("Versand und Lieferung",) in paths and ("Versand und Lieferung", "Ausland") in paths
    assert ("Versand und Lieferung", "Rücksendung") in paths
    text = " ".join(c.text for c in chunk_document(doc))
    assert "Nach Österreich kostet der Versand 9,90 €." in text and "30 Tage lang kostenlos" in text


def test_docx_headings_by_style_lists_tables_and_bold_questions():
    def build(d):
        d.core_properties.title = "Garantie"
        d.core_properties.language = "de-DE"
        d.add_heading("Garantie", level=1)
        d.add_paragraph("Auf Rahmen geben wir 5 Jahre Garantie.")
        d.add_heading("Ausgenommen", level=2)
        d.add_paragraph("Reifen", style="List Bullet")
        d.add_paragraph("Ketten", style="List Bullet")
        d.add_heading("Preise", level=2)
        table = d.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Leistung", "Preis"
        table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Inspektion", "59 €"
        d.add_heading("Fragen", level=2)
        d.add_paragraph().add_run("Gilt die Garantie auch für Akkus?").bold = True
        d.add_paragraph("Ja, 2 Jahre.")

    doc = parse_document(make_docx(build), "garantie.docx", "garantie")
    assert (doc.title, doc.language) == ("Garantie", "de")
    paths = _headings(doc)
    assert ("Garantie",) in paths and ("Garantie", "Ausgenommen") in paths and ("Garantie", "Preise") in paths
    units = [(u.kind, u.text) for c in chunk_document(doc) for u in chunk_units(c)]
    assert ("item", "Reifen") in units and ("row", "Leistung: Inspektion; Preis: 59 €") in units
    assert ("qa", "Gilt die Garantie auch für Akkus? Ja, 2 Jahre.") in units


def test_a_faq_table_becomes_question_answer_pairs_grouped_by_category():
    csv = "Frage;Antwort;Kategorie\nKann ich mit Karte zahlen?;Ja, mit girocard und Visa.;Zahlung\n" \
          "Liefert ihr nach Japan;Nein, nur innerhalb der EU.;Versand\n"
    doc = parse_document(csv.encode(), "faq.csv", "service/faq")
    chunks = chunk_document(doc)
    assert [c.heading_path for c in chunks] == [("Zahlung",), ("Versand",)]
    units = [u for c in chunks for u in chunk_units(c)]
    assert [u.kind for u in units] == ["qa", "qa"]
    assert units[1].text == "Liefert ihr nach Japan? Nein, nur innerhalb der EU."


def test_another_table_becomes_rows_that_carry_their_header():
    csv = "Land,Preis,Lieferzeit\nÖsterreich,\"9,90 €\",3 Tage\nSchweiz,\"19,90 €\",5 Tage\n"
    doc = parse_document(csv.encode(), "versandkosten.csv", "versandkosten")
    rows = [u.text for c in chunk_document(doc) for u in chunk_units(c) if u.kind == "row"]
    assert rows == ["Land: Österreich; Preis: 9,90 €; Lieferzeit: 3 Tage", "Land: Schweiz; Preis: 19,90 €; Lieferzeit: 5 Tage"]
    assert doc.title == "Versandkosten"


def test_a_long_table_is_split_into_sections_that_each_keep_the_header():
    rows = "\n".join(f"Filiale {i},Straße {i},0761 {1000 + i}" for i in range(60))
    doc = parse_document(f"Filiale,Adresse,Telefon\n{rows}\n".encode(), "filialen.tsv".replace("tsv", "csv"), "filialen")
    chunks = chunk_document(doc)
    assert len(chunks) > 1 and all(c.text.startswith("| Filiale | Adresse | Telefon |") for c in chunks)


# --- bad files ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage", "corrupt PDF"),
    ("truncated.pdf", make_pdf(SHIPPING_PDF)[:300], "PDF"),
    ("not-really.pdf", b"Hello, I am text pretending to be a PDF", "not a PDF"),
    ("scan.pdf", make_pdf([[]]), "no text"),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "DOCX"),
    ("not-a-zip.docx", b"just text", "not a DOCX"),
    ("no-word.docx", None, "no word/document.xml"),
    ("empty.html", b"  \n ", "empty"),
    ("latin1.html", "<p>Größe</p>".encode("latin-1"), "UTF-8"),
    ("scripts-only.html", b"<html><body><script>alert(1)</script></body></html>", "no text"),
    ("one-row.csv", b"question,answer\n", "header row and at least one data row"),
    ("binary.csv", b"a,b\n\x00\x01\x02", "binary"),
    ("latin1.txt", "Maße".encode("latin-1"), "UTF-8"),
])
def test_a_bad_file_is_refused_with_a_reason(name, data, reason):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = buffer.getvalue()
    with pytest.raises(DocumentError) as refused:
        parse_document(data, name, "x")
    assert reason.lower() in str(refused.value).lower()


def test_a_zip_bomb_docx_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr("knowledge.formats.docx.MAX_UNPACKED_BYTES", 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (2 * 1024 * 1024) + b">")
    with pytest.raises(DocumentError, match="unpacks to more than"):   # the reader itself (isolation aside)
        importlib.import_module("knowledge.formats.docx").parse(buffer.getvalue(), "bomb.docx")


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    (tmp_path / "ok.md").write_text("# Zeiten\n\nMontag bis Freitag.\n", encoding="utf-8")
    with open(tmp_path / "huge.pdf", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)           # sparse: 50 MB on paper, nothing on disk
    result = load_folder(tmp_path)
    assert [d.id for d in result.documents] == ["ok"]
    assert result.failures == [("huge.pdf", "file too large (50.0 MB > 25.0 MB)")]


def test_every_format_in_one_folder_gets_ids_from_relative_paths(tmp_path):
    files = {
        "a/markdown.md": b"# A\n\nText.\n", "b/text.txt": b"Text.\n", "c/page.html": b"<h1>C</h1><p>Text.</p>",
        "d/doc.pdf": make_pdf(SHIPPING_PDF), "e/word.docx": make_docx(lambda d: d.add_paragraph("Text.")),
        "f/table.csv": b"q,a\nWhy?,Because.\n", "g/table.tsv": b"Land\tPreis\nAT\t9\n",
    }
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    result = load_folder(tmp_path)
    assert result.failures == []
    assert sorted(d.id for d in result.documents) == sorted(rel.rsplit(".", 1)[0] for rel in files)


def test_two_files_with_the_same_id_are_reported(tmp_path):
    (tmp_path / "faq.md").write_text("# FAQ\n\nText.\n", encoding="utf-8")
    (tmp_path / "faq.csv").write_text("q,a\nWhy?,Because.\n", encoding="utf-8")
    result = load_folder(tmp_path)
    assert [d.id for d in result.documents] == ["faq"]
    assert result.failures[0][0] == "faq.md" and "same document id" in result.failures[0][1]
