#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Kurvio knowledge base.

Usage:
    python3 -m venv /tmp/carsharing-venv
    /tmp/carsharing-venv/bin/pip install reportlab python-docx pypdf
    /tmp/carsharing-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/tarife/preisliste-2026.pdf                          (de)
    kb/gebuehren-bussgelder/fee-schedule-2026.pdf          (en)
    kb/business/business-terms.docx                        (en)
    kb/schaden-versicherung/versicherungsbedingungen.docx  (de)
All content is invented (fictional company Kurvio Mobility GmbH).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

# A TrueType font so that €, ³ and umlauts are embedded and extractable.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
if (FONT_DIR / "DejaVuSans.ttf").exists():
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    FONT, FONT_BOLD = "DejaVu", "DejaVu-Bold"

_base = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=_base["Heading1"], fontName=FONT_BOLD, fontSize=16, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=_base["Heading2"], fontName=FONT_BOLD, fontSize=12, spaceBefore=8, spaceAfter=4)
BODY = ParagraphStyle("body", parent=_base["BodyText"], fontName=FONT, fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.grey)


def table(rows, widths=None):
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e5f")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ab")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f6")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def build_pdf(path, story, title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Kurvio Mobility GmbH",
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    doc.build(story)


def preisliste_2026():
    s = [
        Paragraph("Kurvio Preisliste 2026 – Privatkunden", H1),
        Paragraph("Gültig ab 1. Februar 2026. Ersetzt die Preisliste 2025. Alle Preise in Euro inkl. 19 % MwSt.", BODY),
        Spacer(1, 4),
        Paragraph("Einmalige Anmeldegebühr: 9,90 €. Keine monatliche Grundgebühr für Privatkunden.", BODY),
        Paragraph("Kurvio Flex (Minutentarif, free floating)", H2),
        table([
            ["Klasse", "Fahrzeugtyp", "Fahrminute", "Parkminute", "Stundendeckel", "24-h-Deckel"],
            ["S", "Kleinwagen", "0,29 €", "0,19 €", "14,90 €", "59,00 €"],
            ["M", "Kompaktklasse", "0,34 €", "0,19 €", "17,90 €", "69,00 €"],
            ["L", "Kombi / SUV", "0,42 €", "0,25 €", "21,90 €", "85,00 €"],
            ["E", "Elektro-Kompakt", "0,32 €", "0,19 €", "16,90 €", "65,00 €"],
        ]),
        Spacer(1, 4),
        Paragraph("Entsperrgebühr: 1,00 € pro Fahrt. Inklusive 150 km pro Fahrt, jeder weitere Kilometer 0,32 €. "
                  "Stunden- und Wochenendpakete siehe Seite „Pakete“.", BODY),
        Paragraph("Kurvio Station (Stundentarif, feste Stellplätze in Leipzig und Dresden)", H2),
        table([
            ["Klasse", "pro Stunde", "pro Tag", "pro km"],
            ["S", "3,90 €", "39,00 €", "0,25 €"],
            ["M", "4,90 €", "49,00 €", "0,27 €"],
            ["L", "6,50 €", "64,00 €", "0,30 €"],
        ]),
        Spacer(1, 4),
        Paragraph("Nachttarif (23:00–07:00): 1,00 € pro Stunde, der Kilometerpreis bleibt gleich.", BODY),
        Paragraph("Kurvio Van (Transporter, Abholung an den Van-Stationen)", H2),
        table([
            ["Modell", "Ladevolumen", "4 Stunden", "Tag (24 h)", "Wochenende"],
            ["Van S", "6 m³", "29,00 €", "59,00 €", "139,00 €"],
            ["Van M", "9 m³", "39,00 €", "79,00 €", "179,00 €"],
            ["Van L (3,5 t)", "13 m³", "49,00 €", "99,00 €", "219,00 €"],
        ]),
        Spacer(1, 4),
        Paragraph("Inklusive 150 km pro Tag (4-Stunden-Tarif: 50 km), jeder weitere Kilometer 0,35 €. "
                  "Wochenende = Freitag 12:00 bis Montag 10:00, inklusive 400 km.", BODY),
        Paragraph("Schutzpakete", H2),
        Paragraph("Das Schutzpaket Basis ist in allen Preisen enthalten. Die Schutzpakete Plus und Null "
                  "mit geringerer Selbstbeteiligung sind gegen Aufpreis buchbar (siehe „Selbstbeteiligung und Schutzpakete“).", BODY),
        Spacer(1, 10),
        Paragraph("Kurvio Mobility GmbH · Wendelinstraße 41 · 04229 Leipzig · Stand: Januar 2026", SMALL),
    ]
    build_pdf(KB / "tarife" / "preisliste-2026.pdf", s, "Kurvio Preisliste 2026")


def fee_schedule_2026():
    s = [
        Paragraph("Kurvio Fee Schedule 2026", H1),
        Paragraph("English version. Valid from 1 February 2026 for private customers. All amounts in euros incl. 19% VAT. "
                  "Fees for business customers are set out in the Business Terms.", BODY),
        Paragraph("Fines and administration", H2),
        table([
            ["Item", "Fee"],
            ["Admin fee per traffic or parking fine", "€19.50"],
            ["Towing (in addition to towing company costs)", "€50.00"],
            ["Payment reminder", "€5.00"],
            ["Chargeback / returned direct debit", "€12.00 plus bank charges"],
        ], widths=[110 * mm, 55 * mm]),
        Paragraph("Vehicle condition", H2),
        table([
            ["Item", "Fee"],
            ["Cleaning – light soiling", "€30.00"],
            ["Cleaning – heavy soiling", "€120.00"],
            ["Smoking in the vehicle", "€150.00"],
            ["Animals without a transport box", "€50.00"],
            ["Missing charging cable", "€250.00"],
            ["Wrong fuel (misfuelling)", "€300.00 plus repair costs"],
        ], widths=[110 * mm, 55 * mm]),
        Paragraph("Trip end and use", H2),
        table([
            ["Item", "Fee"],
            ["Incorrect trip end / relocation of the car", "€35.00"],
            ["Fuel below 10% at end of a Flex trip", "€15.00"],
            ["Battery below 10% at end of trip (electric)", "€20.00"],
            ["Lost fuel card", "€50.00"],
            ["Late return of a van", "€15.00 per started hour plus time price"],
            ["Trip abroad without registration in the app", "€500.00"],
        ], widths=[110 * mm, 55 * mm]),
        Spacer(1, 6),
        Paragraph("If a fee was charged in error, please contact us within 30 days of the invoice.", BODY),
        Spacer(1, 10),
        Paragraph("Kurvio Mobility GmbH · Wendelinstraße 41 · 04229 Leipzig · help@kurvio-mobil.de", SMALL),
    ]
    build_pdf(KB / "gebuehren-bussgelder" / "fee-schedule-2026.pdf", s, "Kurvio Fee Schedule 2026")


def _docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = title
    d.core_properties.author = "Kurvio Mobility GmbH"
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for row in content:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    d.save(str(path))


def business_terms():
    _docx(KB / "business" / "business-terms.docx", "Kurvio Business – Terms for Business Customers", [
        ("p", "Version 3.1, valid from 1 January 2026. These terms supplement the general terms and conditions of "
              "Kurvio Mobility GmbH for companies, freelancers and public bodies using Kurvio Business."),
        ("h", "1. Plans"),
        ("table", [
            ["Plan", "Monthly fee (net)", "Drivers", "Minimum term"],
            ["Business Start", "€0", "up to 5", "none"],
            ["Business Pro", "€29", "unlimited", "3 months, then cancellable monthly with 30 days' notice"],
        ]),
        ("h", "2. Drivers and administrators"),
        ("li", "The customer nominates at least one administrator who manages drivers in the business portal."),
        ("li", "Every driver must pass the Kurvio licence check before the first trip."),
        ("li", "The customer is liable for all charges, fees and damage caused by its drivers on business trips."),
        ("h", "3. Invoicing and payment"),
        ("p", "Kurvio issues one consolidated invoice per month, at the latest by the 5th of the following month. "
              "Invoices are payable within 14 days of the invoice date by SEPA B2B direct debit or bank transfer."),
        ("p", "For late payment we charge a reminder fee of €5. If an invoice is more than 30 days overdue, "
              "Kurvio may suspend all driver accounts linked to the company."),
        ("h", "4. Fines and administration fees"),
        ("p", "If a driver commits a traffic or parking offence, Kurvio passes the driver's details to the authority. "
              "For business customers the administration fee is €25 (net) per fine or notice. It appears on the next "
              "monthly invoice."),
        ("h", "5. Damage and protection"),
        ("p", "The protection packages for private customers apply. Business Pro customers can book Protection Plus "
              "for all drivers at a company rate of €3.90 per trip (net)."),
        ("h", "6. Credit check"),
        ("p", "Kurvio carries out a credit check before activating a business account and may ask for a deposit."),
        ("h", "7. Governing law"),
        ("p", "German law applies. The place of jurisdiction for merchants is Leipzig."),
    ])


def versicherungsbedingungen():
    _docx(KB / "schaden-versicherung" / "versicherungsbedingungen.docx",
          "Versicherungs- und Haftungsbedingungen Kurvio", [
        ("p", "Stand: Januar 2026. Diese Bedingungen gelten für alle Fahrten mit Kurvio Flex, Kurvio Station und Kurvio Van."),
        ("h", "1. Haftpflichtversicherung"),
        ("p", "Alle Fahrzeuge sind haftpflichtversichert mit einer pauschalen Deckungssumme von 100 Mio. €, "
              "für Personenschäden höchstens 15 Mio. € je geschädigter Person."),
        ("h", "2. Vollkasko und Teilkasko"),
        ("p", "Schäden am Mietfahrzeug sind über eine Vollkasko- und Teilkaskoversicherung abgedeckt. Die Kundin bzw. "
              "der Kunde trägt je Schadensfall die Selbstbeteiligung des gewählten Schutzpakets "
              "(Basis: 1.000 € Pkw / 1.500 € Transporter; Plus: 350 € / 500 €; Null: 0 €)."),
        ("h", "3. Pflichten im Schadenfall"),
        ("li", "Jeder Unfall und jeder Schaden ist sofort, spätestens innerhalb von 24 Stunden, in der App oder über die "
               "Notfall-Hotline zu melden."),
        ("li", "Bei Unfällen mit Fremdbeteiligung und bei Wildunfällen ist immer die Polizei hinzuzuziehen."),
        ("li", "Ein Schuldanerkenntnis gegenüber Dritten darf nicht abgegeben werden."),
        ("h", "4. Alkohol und Drogen"),
        ("p", "Für alle Kurvio-Fahrten gilt eine 0,0-Promille-Grenze. Fahrten unter Einfluss von Alkohol, Drogen oder "
              "berauschenden Medikamenten führen zum Verlust des Versicherungsschutzes aus den Schutzpaketen."),
        ("h", "5. Auslandsfahrten"),
        ("p", "Mit Kurvio Flex sind Fahrten ins Ausland nicht erlaubt. Mit Kurvio Station und Kurvio Van sind Fahrten "
              "nach Österreich, Tschechien, Polen, Dänemark, in die Niederlande, nach Belgien, Luxemburg, Frankreich "
              "und in die Schweiz erlaubt."),
        ("p", "Jede Auslandsfahrt muss mindestens 48 Stunden vor Fahrtbeginn in der App unter „Auslandsfahrt anmelden“ "
              "angemeldet werden. Bei nicht angemeldeten Auslandsfahrten entfällt der Kaskoschutz und es wird eine "
              "Vertragsstrafe laut Gebührenübersicht fällig."),
        ("h", "6. Berechtigte Fahrer"),
        ("p", "Fahren darf ausschließlich die Person, die das Fahrzeug über ihr eigenes, geprüftes Kurvio-Konto gebucht hat."),
        ("h", "7. Rückgriff"),
        ("p", "Bei grober Fahrlässigkeit oder Vorsatz behält sich Kurvio den Rückgriff über die Selbstbeteiligung hinaus vor."),
    ])


if __name__ == "__main__":
    preisliste_2026()
    fee_schedule_2026()
    business_terms()
    versicherungsbedingungen()
    for p in sorted(KB.rglob("*")):
        if p.suffix in {".pdf", ".docx"}:
            print(p.relative_to(ROOT), p.stat().st_size, "bytes")
