"""Splitting documents by structure: sections with heading paths and spans, and quotable units."""
from __future__ import annotations

from knowledge.chunking import MAX_CHUNK_CHARS, chunk_document, chunk_units
from knowledge.documents import Document

TEXT = """# Werkstatt

Wir reparieren alle Marken.

## Preise

### Schläuche

Ein Schlauchwechsel kostet 12,50 €. Er dauert etwa 20 Minuten.

## Häufige Fragen

**Kann ich mit Karte zahlen?**
Ja, mit girocard und Visa.

**Muss ich einen Termin machen?**
Nein, kleine Reparaturen gehen ohne Termin.

## Ausnahmen

Nicht repariert werden:
- Räder ohne Rahmennummer
- Akkus von Fremdherstellern

## Tabelle

| Leistung | Preis |
|---|---|
| Inspektion | 59 € |
| Bremsen | 24 € |
"""


def _doc(text: str = TEXT) -> Document:
    return Document(id="werkstatt", title="Werkstatt", text=text, language="de", url="https://radhaus.example/w")


def test_each_chunk_keeps_its_heading_path():
    chunks = chunk_document(_doc())
    tube = next(c for c in chunks if "Schlauchwechsel" in c.text)
    assert tube.heading_path == ("Werkstatt", "Preise", "Schläuche")
    assert tube.section == "Schläuche"


def test_chunk_span_points_at_its_text_in_the_document():
    doc = _doc()
    for chunk in chunk_document(doc):
        assert chunk.text in doc.text[chunk.start:chunk.end + 1]


def test_section_url_gets_an_anchor_for_subsections():
    tube = next(c for c in chunk_document(_doc()) if "Schlauchwechsel" in c.text)
    assert tube.url == "https://radhaus.example/w#schläuche"


def test_embedding_text_carries_title_and_headings():
    tube = next(c for c in chunk_document(_doc()) if "Schlauchwechsel" in c.text)
    assert tube.embed_text.startswith("Werkstatt › Preise › Schläuche: ")


def test_each_question_of_a_faq_starts_its_own_chunk():
    chunks = [c for c in chunk_document(_doc()) if c.section == "Häufige Fragen"]
    assert len(chunks) == 2 and chunks[1].text.startswith("**Muss ich")


def test_a_long_table_is_split_and_every_part_keeps_the_header():
    rows = "\n".join(f"| Leistung Nummer {i} mit langer Beschreibung | {i},00 € |" for i in range(60))
    doc = _doc(f"# Preise\n\n| Leistung | Preis |\n|---|---|\n{rows}\n")
    chunks = chunk_document(doc)
    assert len(chunks) > 1
    assert all(c.text.startswith("| Leistung | Preis |") for c in chunks)
    assert all(len(c.text) <= MAX_CHUNK_CHARS + 60 for c in chunks)


def test_each_part_of_a_split_table_is_a_section_of_its_own():
    # seven long rows: the parts' rows fit one section together, with the repeated header they do not
    hours = "Montag bis Freitag von 9 bis 18 Uhr, samstags von 10 bis 14 Uhr, sonntags zu"
    rows = "\n".join(f"| Filiale {i} | {hours:<82} |" for i in range(7))
    chunks = chunk_document(_doc(f"# Filialen\n\n| Ort | Zeiten |\n|---|---|\n{rows}\n"))
    assert len(chunks) == 2
    assert all(c.text.count("| Ort | Zeiten |") == 1 for c in chunks), [c.text for c in chunks]


def test_a_table_row_unit_reads_with_its_column_names():
    table = next(c for c in chunk_document(_doc()) if c.section == "Tabelle")
    texts = [u.text for u in chunk_units(table)]
    assert texts == ["Leistung: Inspektion; Preis: 59 €", "Leistung: Bremsen; Preis: 24 €"]


def test_a_question_and_its_answer_are_one_unit():
    faq = next(c for c in chunk_document(_doc()) if "Karte" in c.text)
    units = chunk_units(faq)
    assert [u.kind for u in units] == ["qa"]
    assert units[0].text == "Kann ich mit Karte zahlen? Ja, mit girocard und Visa."


def test_paragraph_sentences_are_separate_units():
    tube = next(c for c in chunk_document(_doc()) if "Schlauchwechsel" in c.text)
    assert [u.text for u in chunk_units(tube)] == ["Ein Schlauchwechsel kostet 12,50 €.", "Er dauert etwa 20 Minuten."]


def test_a_list_intro_becomes_the_lead_of_its_items():
    section = next(c for c in chunk_document(_doc()) if c.section == "Ausnahmen")
    units = chunk_units(section)
    assert [(u.kind, u.lead) for u in units] == [("item", "Nicht repariert werden")] * 2
    assert units[0].text == "Räder ohne Rahmennummer"


def test_a_list_intro_at_a_section_break_goes_with_its_list():
    filler = " ".join(["Wir versenden jedes Paket klimaneutral und gut gepolstert."] * 7)
    items = "\n".join(f"- Artikel der Gruppe {n} dürfen nicht in ein Paket, auch nicht gut verpackt." for n in range(6))
    chunks = chunk_document(_doc(f"# Versand\n\n{filler}\n\nBitte beachten Sie:\n\n{items}\n"))
    assert len(chunks) == 2
    assert not chunks[0].text.endswith(":"), chunks[0].text
    assert {u.lead for u in chunk_units(chunks[1])} == {"Bitte beachten Sie"}


def test_an_intro_alone_stays_with_its_long_list():
    # the list fits a section, the list with its intro does not
    items = "\n".join(f"- Artikel der Gruppe {n} dürfen nicht in ein Paket, auch nicht gut verpackt. Danke sehr!"
                      for n in range(8))
    chunks = chunk_document(_doc(f"# Versand\n\nBitte beachten Sie:\n\n{items}\n"))
    assert len(chunks) == 1
    assert {u.lead for u in chunk_units(chunks[0])} == {"Bitte beachten Sie"}


def test_unit_spans_lie_inside_their_chunk():
    doc = _doc()
    for chunk in chunk_document(doc):
        for unit in chunk_units(chunk):
            assert chunk.start <= unit.start <= unit.end <= chunk.end + 1
