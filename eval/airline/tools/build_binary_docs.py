#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Kiebitz Air knowledge base.

Usage (from any directory):
    /tmp/airline-venv/bin/python tools/build_binary_docs.py

Needs: reportlab, python-docx (pypdf only for the self-check at the end).
Writes:
    kb/gepaeck/preisliste-2026.pdf            (de)
    kb/service/kidsguide-conditions.pdf       (en)
    kb/tarife/firmenkunden-tarif.docx         (de)
    kb/buchung/changes-and-cancellations.docx (en)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

styles = getSampleStyleSheet()
H1, H2, BODY = styles["Title"], styles["Heading2"], styles["BodyText"]
CELL = styles["BodyText"].clone("cell", fontSize=9, leading=11)


def pdf_table(rows, widths):
    data = [[Paragraph(str(c), CELL) for c in r] for r in rows]
    # header row: bold white text on dark blue
    data[0] = [Paragraph(f'<font color="white"><b>{c}</b></font>', CELL) for c in rows[0]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def build_pdf(path, title, blocks, meta_title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=meta_title,
                            author="Kiebitz Air Regional GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, H1), Spacer(1, 6)]
    for kind, content in blocks:
        if kind == "h":
            story += [Spacer(1, 6), Paragraph(content, H2)]
        elif kind == "p":
            story.append(Paragraph(content, BODY))
        elif kind == "table":
            rows, widths = content
            story += [Spacer(1, 4), pdf_table(rows, widths), Spacer(1, 6)]
    doc.build(story)


def build_docx(path, title, blocks, core_title, language):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = core_title
    d.core_properties.author = "Kiebitz Air Regional GmbH"
    d.core_properties.language = language
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    d.save(str(path))


# ---------------------------------------------------------------------------
# 1) Gepäck- und Servicepreisliste 2026 (PDF, de)
# ---------------------------------------------------------------------------
PREISLISTE_2026 = [
    ("p", "<b>Gültig ab 1. April 2026</b> für alle Buchungen ab diesem Datum. "
          "Sie ersetzt die Preisliste 2025 (gültig bis 31. März 2026). "
          "Alle Preise gelten pro Person und Strecke, inkl. MwSt., soweit anwendbar."),
    ("h", "Gepäck"),
    ("table", ([
        ["Leistung", "Online (bis 3 Std. vor Abflug)", "Flughafen / Hotline"],
        ["Zusätzliches Aufgabegepäck bis 23 kg", "35 €", "55 €"],
        ["Kabinentrolley bis 8 kg (nur Tarif Basic)", "18 €", "45 € (am Gate)"],
        ["Übergewicht 24–32 kg (pro Gepäckstück)", "40 €", "40 €"],
        ["Handgepäck zu groß oder zu schwer (Abgabe am Gate)", "–", "60 €"],
    ], [8 * cm, 4.5 * cm, 4.5 * cm])),
    ("p", "Sportgepäck (Fahrrad, Ski, Golf, Surfbrett) wird gesondert berechnet, "
          "siehe Merkblatt „Sports equipment and special baggage“."),
    ("h", "Tiere, Kinder, Service"),
    ("table", ([
        ["Leistung", "Preis"],
        ["Tier in der Kabine (bis 8 kg inkl. Transportbox)", "55 €"],
        ["Tier im Frachtraum (bis 32 kg inkl. Transportbox)", "120 €"],
        ["KiebitzKids Begleitservice (pro Kind)", "75 €"],
        ["Kleinkind unter 2 Jahren (ohne eigenen Sitz)", "29 €"],
        ["Namensänderung (Classic/Flex)", "45 €"],
        ["Umbuchungsgebühr Classic (zzgl. Tarifdifferenz)", "60 €"],
        ["Servicegebühr bei Buchung/Umbuchung über die Hotline", "15 €"],
        ["Check-in am Flughafenschalter (nur Tarif Basic)", "25 €"],
    ], [12 * cm, 5 * cm])),
    ("p", "Assistenzhunde sowie Hilfe für Reisende mit eingeschränkter Mobilität sind kostenlos."),
    ("p", "Stand: März 2026 · Kiebitz Air Regional GmbH · Airportallee 7 · 48268 Greven"),
]

# ---------------------------------------------------------------------------
# 2) KiebitzKids Escort Service – Terms and Conditions (PDF, en)
# ---------------------------------------------------------------------------
KIDS_TERMS = [
    ("p", "Version 2026 · These terms apply in addition to the General Conditions of Carriage "
          "of Kiebitz Air Regional GmbH."),
    ("h", "1. Who the service is for"),
    ("p", "Children aged 5 to 11 may only travel without an adult if they are booked on the "
          "KiebitzKids escort service (mandatory). For children aged 12 to 15 the service is "
          "optional at the parents' request. Children under 5 cannot travel alone. "
          "Young people aged 16 and over travel as adults."),
    ("h", "2. Fees"),
    ("table", ([
        ["Child", "Fee per flight"],
        ["First child in the booking", "75 €"],
        ["Each sibling on the same booking and flight", "40 €"],
    ], [9 * cm, 6 * cm])),
    ("p", "The fee is charged in addition to the fare and is refunded only if the flight is "
          "cancelled by Kiebitz Air."),
    ("h", "3. Booking"),
    ("p", "The service must be booked at least 72 hours before departure via the service hotline. "
          "It is available on direct flights only and not on flights departing after 21:00. "
          "A maximum of 4 escorted children can travel per flight."),
    ("h", "4. At the departure airport"),
    ("p", "The accompanying adult checks in with the child at the counter at least 90 minutes "
          "before departure and hands over the completed KiebitzKids form in three copies. "
          "The adult must remain at the airport until the aircraft has taken off."),
    ("h", "5. At the destination"),
    ("p", "The person named on the form must be at the arrival area at least 30 minutes before the "
          "scheduled landing and must show a photo ID. We only hand the child over to this person."),
    ("h", "6. If nobody collects the child"),
    ("p", "If the child is not collected, our staff will stay with the child and contact the "
          "emergency contact given on the form. If nobody can be reached within 2 hours, the child "
          "will be placed in the care of the local youth welfare authorities. Any costs incurred "
          "will be charged to the person who booked the service."),
    ("h", "7. Delays and diversions"),
    ("p", "If the flight is delayed or diverted, the child remains in the care of Kiebitz Air staff "
          "at all times. We inform the person collecting the child by phone."),
]

# ---------------------------------------------------------------------------
# 3) Rahmenbedingungen für Firmenkunden (DOCX, de)
# ---------------------------------------------------------------------------
FIRMENKUNDEN = [
    ("p", "Kiebitz Air Business – Stand: Januar 2026. Diese Bedingungen gelten für Unternehmen mit "
          "einem Firmenkonto bei Kiebitz Air Regional GmbH. Für Privatkunden gelten die "
          "Tarife Basic, Classic und Flex."),
    ("h", "1. Firmenkonto"),
    ("li", [
        "Für Unternehmen mit Sitz in der EU.",
        "Voraussetzung: mindestens 10 Flugsegmente pro Kalenderjahr.",
        "Die Registrierung ist kostenlos über das Firmenkundenportal business.kiebitz-air.de.",
        "Bis zu 25 Reisende und 3 Reisebuchende pro Firmenkonto.",
    ]),
    ("h", "2. Tarif Business Flex"),
    ("table", [
        ["Leistung", "Business Flex"],
        ["Aufgabegepäck", "1 × 23 kg"],
        ["Handgepäck", "persönlicher Gegenstand + Kabinentrolley bis 10 kg"],
        ["Sitzplatzwahl", "alle Sitzplätze inklusive, auch Beinfreiheit-Plus"],
        ["Umbuchung", "kostenlos bis 30 Minuten vor Abflug"],
        ["Stornierung", "volle Erstattung bis zum Abflug; bei Nichterscheinen (No-Show) 50 € Gebühr"],
        ["Namensänderung", "kostenlos bis 3 Stunden vor Abflug (innerhalb des Firmenkontos)"],
        ["Check-in und Boarding", "Priority Check-in und Priority Boarding"],
        ["Horizont-Punkte", "1.200 pro Strecke"],
    ]),
    ("h", "3. Rabatte"),
    ("li", [
        "8 % Rabatt auf die Tarife Classic und Flex ab 10 Flugsegmenten pro Jahr.",
        "12 % Rabatt ab 50 Flugsegmenten pro Jahr.",
        "Der Tarif Business Flex ist bereits rabattiert und wird nicht zusätzlich ermäßigt.",
    ]),
    ("h", "4. Abrechnung"),
    ("p", "Die Abrechnung erfolgt über eine monatliche Sammelrechnung, die wir als PDF per E-Mail "
          "versenden. Zahlungsziel: 30 Tage ohne Abzug. Einzelrechnungen je Reisendem sind auf "
          "Wunsch möglich."),
    ("h", "5. Ansprechpartner"),
    ("p", "Firmenkunden-Hotline: +49 251 7788 350, Montag bis Freitag 7:00–19:00 Uhr. "
          "E-Mail: firmenkunden@kiebitz-air.de. Key Account Management: Katrin Oldenburg-Seidel."),
    ("h", "6. Laufzeit"),
    ("p", "Das Firmenkonto läuft unbefristet und kann von beiden Seiten mit einer Frist von "
          "3 Monaten zum Quartalsende gekündigt werden."),
]

# ---------------------------------------------------------------------------
# 4) Terms for Changes, Cancellations and Refunds (DOCX, en)
# ---------------------------------------------------------------------------
CHANGES_EN = [
    ("p", "Private customers – valid for bookings from 1 April 2026. Corporate customers with a "
          "company account are subject to separate terms."),
    ("h", "1. Changing your flight"),
    ("table", [
        ["Fare", "Change of date or time", "Change of route or departure airport"],
        ["Basic", "not possible", "not possible"],
        ["Classic", "60 € per person and flight plus fare difference, up to 24 hours before departure",
         "route yes (same fee); departure airport no"],
        ["Flex", "free up to 2 hours before departure, plus fare difference if any",
         "yes, including switching between Münster/Osnabrück and Dresden"],
    ]),
    ("p", "Changes made via the service hotline incur an additional service fee of 15 €. "
          "Online changes in Manage Booking are free of this fee."),
    ("h", "2. Cancelling your flight"),
    ("table", [
        ["Fare", "Refund"],
        ["Basic", "taxes and fees only"],
        ["Classic", "fare minus 80 € per person and flight, up to 7 days before departure; "
                    "after that taxes and fees only"],
        ["Flex", "full refund up to 24 hours before departure; after that 50 %"],
    ]),
    ("p", "24-hour rule: any booking can be cancelled free of charge within 24 hours of booking, "
          "provided departure is at least 7 days away."),
    ("h", "3. Illness and bereavement"),
    ("li", [
        "If you cannot travel because of illness, the Classic cancellation fee of 80 € is waived "
        "on presentation of a doctor's certificate. Please send it within 14 days after the "
        "scheduled departure.",
        "In the event of the death of a close relative (spouse, partner, parent, child, sibling) "
        "we refund the full fare on presentation of a death certificate, whatever the fare.",
    ]),
    ("h", "4. Refunds and Kiebitz Credit"),
    ("p", "Refunds are made within 14 days to the original method of payment. Instead of a refund "
          "you can choose Kiebitz Credit, a travel credit worth the refund amount plus 10 %. "
          "Kiebitz Credit is valid for 24 months and can be used for flights and extras."),
    ("h", "5. Name changes"),
    ("p", "Classic and Flex tickets can be transferred to another person for 45 € per flight up to "
          "24 hours before departure. Basic tickets cannot be transferred; correcting up to three "
          "typing errors in a name is free of charge."),
    ("h", "6. If we cancel your flight"),
    ("p", "If Kiebitz Air cancels your flight you can choose between a free rebooking and a full "
          "refund, whatever your fare. Compensation may also be due – see the compensation FAQ."),
]


def main():
    build_pdf(KB / "gepaeck" / "preisliste-2026.pdf",
              "Gepäck- und Servicepreisliste 2026", PREISLISTE_2026,
              "Kiebitz Air – Gepäck- und Servicepreisliste 2026")
    build_pdf(KB / "service" / "kidsguide-conditions.pdf",
              "KiebitzKids Escort Service – Terms and Conditions", KIDS_TERMS,
              "Kiebitz Air – KiebitzKids Escort Service Terms")
    build_docx(KB / "tarife" / "firmenkunden-tarif.docx",
               "Rahmenbedingungen für Firmenkunden", FIRMENKUNDEN,
               "Kiebitz Air Business – Rahmenbedingungen für Firmenkunden", "de-DE")
    build_docx(KB / "buchung" / "changes-and-cancellations.docx",
               "Terms for Changes, Cancellations and Refunds", CHANGES_EN,
               "Kiebitz Air – Terms for Changes, Cancellations and Refunds", "en-GB")

    # self-check: text must be extractable
    try:
        from pypdf import PdfReader
        for p in [KB / "gepaeck" / "preisliste-2026.pdf", KB / "service" / "kidsguide-conditions.pdf"]:
            text = "".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
            print(f"{p.relative_to(ROOT)}: {len(text)} chars extracted")
    except ImportError:
        pass
    for p in [KB / "tarife" / "firmenkunden-tarif.docx", KB / "buchung" / "changes-and-cancellations.docx"]:
        d = Document(str(p))
        n = sum(len(par.text) for par in d.paragraphs) + sum(
            len(c.text) for t in d.tables for r in t.rows for c in r.cells)
        print(f"{p.relative_to(ROOT)}: {n} chars in paragraphs and tables")


if __name__ == "__main__":
    main()
