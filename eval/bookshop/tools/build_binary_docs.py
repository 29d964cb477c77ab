#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Tintenfalter knowledge base.

Usage:  /tmp/bookshop-venv/bin/python tools/build_binary_docs.py
Needs:  reportlab, python-docx (and pypdf for the self-check at the end).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"
styles = getSampleStyleSheet()


def pdf(path, title, author, story_items):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story_items)


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E2F4")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ]))
    return t


def P(text, style="BodyText"):
    return Paragraph(text, styles[style])


# ---------------------------------------------------------------- PDF 1
def versandkosten_2025():
    story = [
        P("Tintenfalter Buchhandlung GmbH", "Normal"),
        P("Versandkosten Deutschland 2025 (Archiv)", "Title"),
        P("Gültig für Bestellungen vom 1. Januar 2025 bis 31. Dezember 2025. "
          "<b>Diese Preisliste ist nicht mehr gültig.</b> Seit dem 1. Januar 2026 gelten die "
          "„Versandkosten Deutschland 2026“."),
        Spacer(1, 10),
        table([
            ["Versandart", "Bestellwert unter 25 €", "Bestellwert ab 25 €"],
            ["Standardversand (DHL, 1–3 Werktage)", "2,95 €", "kostenlos"],
            ["Expressversand (nächster Werktag)", "11,50 €", "7,50 €"],
            ["Click & Collect", "kostenlos", "kostenlos"],
            ["Sperrgut-Zuschlag (zusätzlich)", "12,90 €", "12,90 €"],
        ], [7.5 * cm, 4.5 * cm, 4.5 * cm]),
        Spacer(1, 10),
        P("Sperrgut 2025: Verpackung mit einer Seitenlänge über 100 cm oder Gewicht über 20 kg."),
        P("Schulbuchbestellungen über den Schulbuchservice waren versandkostenfrei."),
        P("Stand dieser Liste: 1. Dezember 2024. Archivfassung, nur zur Information für Bestellungen aus dem Jahr 2025."),
    ]
    pdf(KB / "versand" / "versandkosten-2025.pdf", "Versandkosten Deutschland 2025 (Archiv)",
        "Tintenfalter Buchhandlung GmbH", story)


# ---------------------------------------------------------------- PDF 2
def konditionen_schulen():
    story = [
        P("Tintenfalter Buchhandlung GmbH – Schulservice", "Normal"),
        P("Konditionen für Schulen und Bildungseinrichtungen, Schuljahr 2026/27", "Title"),
        P("Gültig vom 1. August 2026 bis 31. Juli 2027 für Einrichtungen mit freigeschaltetem Institutionskonto. "
          "Diese Konditionen gelten nicht für Bestellungen von Eltern oder Privatpersonen."),
        Spacer(1, 8),
        P("1. Nachlass auf Sammelbestellungen von Schulbüchern", "Heading2"),
        P("Bei Sammelbestellungen von Schulbüchern, die die Einrichtung selbst bestellt und bezahlt, "
          "gewähren wir im Rahmen des Buchpreisbindungsgesetzes folgenden Nachlass auf den Bestellwert:"),
        table([
            ["Bestellwert je Sammelbestellung", "Nachlass"],
            ["unter 500 €", "kein Nachlass"],
            ["500 € bis 2.499,99 €", "5 %"],
            ["2.500 € bis 9.999,99 €", "8 %"],
            ["ab 10.000 €", "10 %"],
        ], [9 * cm, 5 * cm]),
        Spacer(1, 6),
        P("Auf nicht preisgebundene Artikel (z. B. Bastelmaterial, Globen, Lernspiele) erhalten Einrichtungen 15 % Nachlass."),
        P("2. Zahlung", "Heading2"),
        P("Zahlung auf Rechnung, zahlbar innerhalb von 30 Tagen netto. Bei Zahlung innerhalb von 10 Tagen "
          "gewähren wir 2 % Skonto (nur auf nicht preisgebundene Artikel)."),
        P("3. Lieferung", "Heading2"),
        P("Lieferung frei Schule ab einem Bestellwert von 150 €. Darunter berechnen wir eine Lieferpauschale von 6,90 €. "
          "Klassensätze mit mehr als 30 Exemplaren bitte mindestens 4 Wochen im Voraus bestellen."),
        P("4. Rückgabe", "Heading2"),
        P("Unbenutzte, nicht eingebundene Klassensätze können innerhalb von 4 Wochen nach Lieferung zurückgegeben werden."),
        P("5. Ansprechpartnerin", "Heading2"),
        P("Katrin Aumüller, Leitung Schulservice, schulen@tintenfalter-buch.de, Telefon 0341 2290 4430."),
    ]
    pdf(KB / "schulen" / "konditionen-schulen-2026-27.pdf",
        "Konditionen für Schulen und Bildungseinrichtungen 2026/27", "Tintenfalter Buchhandlung GmbH", story)


# ---------------------------------------------------------------- DOCX 1
def gutscheinbedingungen():
    d = Document()
    d.core_properties.title = "Gutscheinbedingungen"
    d.core_properties.author = "Tintenfalter Buchhandlung GmbH"
    d.add_heading("Gutscheinbedingungen der Tintenfalter Buchhandlung GmbH", 0)
    d.add_paragraph("Stand: 1. März 2026")
    sections = [
        ("§ 1 Geltungsbereich",
         ["Diese Bedingungen gelten für alle Geschenkgutscheine der Tintenfalter Buchhandlung GmbH, "
          "also für E-Gutscheine, Geschenkkarten und Geschenkboxen, unabhängig davon, ob sie online oder in einer Filiale gekauft wurden."]),
        ("§ 2 Gültigkeit",
         ["Gutscheine sind drei Jahre gültig. Die Frist beginnt mit dem Ende des Jahres, in dem der Gutschein gekauft wurde.",
          "Beispiel: Ein im Jahr 2026 gekaufter Gutschein ist bis zum 31.12.2029 gültig."]),
        ("§ 3 Einlösung",
         ["Gutscheine können im Onlineshop und in allen Filialen eingelöst werden.",
          "Ausgeschlossen ist die Einlösung für den Kauf weiterer Gutscheine, für die Zahlung des Hörfalter-Abonnements und im Café Falterbar.",
          "Pro Online-Bestellung können höchstens 5 Gutscheine eingelöst werden."]),
        ("§ 4 Restguthaben und Rückgabe",
         ["Ein nicht verbrauchtes Guthaben bleibt auf dem Gutschein erhalten.",
          "Wird Ware zurückgegeben, die mit einem Gutschein bezahlt wurde, erstatten wir den entsprechenden Betrag als neuen Gutschein."]),
        ("§ 5 Keine Barauszahlung",
         ["Eine Barauszahlung von Gutscheinen ist ausgeschlossen.",
          "Ausnahme: Ein Restguthaben unter 5 € zahlen wir in unseren Filialen auf Wunsch bar aus."]),
        ("§ 6 Verlust und Diebstahl",
         ["Für verlorene oder gestohlene Gutscheine übernehmen wir keine Haftung. Wir sperren einen Gutschein und stellen "
          "einen Ersatz aus, wenn der Kaufbeleg oder die Bestellbestätigung vorgelegt wird und das Guthaben noch nicht eingelöst wurde.",
          "Für eine Ersatz-Geschenkkarte berechnen wir eine Bearbeitungsgebühr von 2,50 €. Ersatz-E-Gutscheine sind kostenlos."]),
        ("§ 7 Widerruf beim Online-Kauf",
         ["Online gekaufte Gutscheine können innerhalb von 14 Tagen widerrufen werden, sofern sie noch nicht ganz oder teilweise eingelöst wurden."]),
        ("§ 8 Firmengutscheine",
         ["Für Firmenbestellungen ab 20 Geschenkkarten können abweichende Vereinbarungen getroffen werden "
          "(z. B. Personalisierung, Zahlung auf Rechnung)."]),
    ]
    for heading, paras in sections:
        d.add_heading(heading, level=2)
        for p in paras:
            d.add_paragraph(p)
    d.add_paragraph("Tintenfalter Buchhandlung GmbH, Kolonnadenhof 7, 04109 Leipzig – Amtsgericht Leipzig, HRB 31177")
    out = KB / "gutscheine" / "gutscheinbedingungen.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


# ---------------------------------------------------------------- DOCX 2
def ticket_terms():
    d = Document()
    d.core_properties.title = "Terms and Conditions for Event Tickets"
    d.core_properties.author = "Tintenfalter Buchhandlung GmbH"
    style = d.styles["Normal"]
    style.font.size = Pt(10.5)
    d.add_heading("Terms and Conditions for Event Tickets", 0)
    d.add_paragraph("Tintenfalter Buchhandlung GmbH – valid from 1 September 2026")
    sections = [
        ("1. Scope",
         ["These terms apply to all tickets for readings and other events held by Tintenfalter in its branches in "
          "Leipzig Altstadt, Leipzig-Plagwitz and Halle (Saale)."]),
        ("2. Booking",
         ["Tickets can be booked online or at the till of any branch.",
          "For online bookings we charge a booking fee of €1.50 per ticket. There is no booking fee for tickets bought in a branch.",
          "A maximum of 8 tickets can be booked per order."]),
        ("3. Concessions",
         ["Concession tickets are available for students, trainees and people with a severe disability (proof required at the entrance). "
          "A companion of a person whose disability pass carries the marker \"B\" is admitted free of charge.",
          "Holders of the Falterkarte customer card receive €2 off every ticket."]),
        ("4. Cancellation by the customer",
         ["Tickets cancelled at least 7 days before the event are refunded in full, except for the booking fee.",
          "For cancellations less than 7 days before the event, no refund is possible. The ticket may, however, be transferred "
          "to another person free of charge by notifying veranstaltungen@tintenfalter-buch.de of the new name."]),
        ("5. Cancellation or postponement by Tintenfalter",
         ["If an event is cancelled, the ticket price including the booking fee is refunded automatically within 14 days.",
          "If an event is postponed, tickets remain valid for the new date. On request, we refund tickets for postponed events "
          "if the request reaches us within 4 weeks of the announcement of the new date."]),
        ("6. Admission",
         ["Doors open 30 minutes before the start. Seating is free (no reserved seats).",
          "Latecomers can only be admitted at a suitable break so as not to disturb the reading.",
          "Children under 14 must be accompanied by an adult."]),
        ("7. Recordings",
         ["Audio and video recordings of the events are not permitted. Photos without flash are allowed during the book signing."]),
        ("8. Safety and house rules",
         ["Please follow the instructions of our staff at all times. Emergency exits are marked with green signs.",
          "In case of a fire alarm or evacuation, leave the building calmly via the marked escape routes and go to the assembly point:",
          "Leipzig Altstadt: Kolonnadenhof courtyard, by the fountain.",
          "Leipzig-Plagwitz: customer car park in the courtyard.",
          "Halle (Saale): the square in front of the shop at Salzgrafenhof.",
          "The maximum number of visitors per room (Lesesaal 80, Gewölbekeller 50, Leseinsel 30) must not be exceeded."]),
        ("9. Liability",
         ["Tintenfalter is liable without limitation for intent and gross negligence. Otherwise the statutory provisions apply."]),
    ]
    for heading, paras in sections:
        d.add_heading(heading, level=2)
        for p in paras:
            d.add_paragraph(p)
    out = KB / "veranstaltungen" / "ticket-terms.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


def self_check():
    from pypdf import PdfReader
    import docx
    for p in sorted(KB.rglob("*.pdf")):
        text = "\n".join(page.extract_text() for page in PdfReader(str(p)).pages)
        print(f"{p.relative_to(KB)}: {len(text)} chars extracted")
    for p in sorted(KB.rglob("*.docx")):
        text = "\n".join(par.text for par in docx.Document(str(p)).paragraphs)
        print(f"{p.relative_to(KB)}: {len(text)} chars extracted")


if __name__ == "__main__":
    versandkosten_2025()
    konditionen_schulen()
    gutscheinbedingungen()
    ticket_terms()
    self_check()
