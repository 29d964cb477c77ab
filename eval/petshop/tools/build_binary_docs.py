#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents (2 PDF, 2 DOCX) of the
Napfreich pet-shop evaluation set.

Usage (from anywhere):
    python3 -m venv /tmp/petshop-venv
    /tmp/petshop-venv/bin/pip install reportlab python-docx pypdf
    /tmp/petshop-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/pflege/salon-preisliste-2026.pdf        (de, current grooming price list)
    kb/kundenkarte/teilnahmebedingungen.pdf    (de, loyalty programme terms)
    kb/pflege/salon-preisliste-2025.docx       (de, LAST YEAR's price list - near duplicate)
    kb/abo/business-supply-terms.docx          (en, Napfreich Pro terms for business customers)

After writing, the script extracts the text again (pypdf / python-docx) and
checks that a few key facts are present.
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import docx
from docx.shared import Pt
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

# ---------------------------------------------------------------- fonts
FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
_dejavu = Path("/usr/share/fonts/truetype/dejavu")
if (_dejavu / "DejaVuSans.ttf").exists() and (_dejavu / "DejaVuSans-Bold.ttf").exists():
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_dejavu / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_dejavu / "DejaVuSans-Bold.ttf")))
    FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

_styles = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=_styles["Heading1"], fontName=FONT_BOLD, fontSize=16, leading=20)
H2 = ParagraphStyle("h2", parent=_styles["Heading2"], fontName=FONT_BOLD, fontSize=12, leading=15)
BODY = ParagraphStyle("body", parent=_styles["BodyText"], fontName=FONT, fontSize=9.5, leading=13)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.grey)


CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11)
CELL_HEAD = ParagraphStyle("cellhead", parent=CELL, fontName=FONT_BOLD)


def pdf_table(rows, widths):
    # wrap every cell in a Paragraph so long texts break inside the column
    rows = [[Paragraph(c, CELL_HEAD if i == 0 else CELL) for c in row] for i, row in enumerate(rows)]
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ead3")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def build_pdf(path, story, title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Napfreich GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# ------------------------------------------------ PDF 1: Salon-Preisliste 2026
def salon_2026():
    s = [
        Paragraph("Napfreich Fellpflege – Preisliste 2026", H1),
        Paragraph("Gültig vom 1. Januar 2026 bis 31. Dezember 2026. Alle Preise in Euro inkl. 19 % MwSt. "
                  "Hundesalon in Hamburg-Eimsbüttel und Hamburg-Wandsbek, Katzenpflege nur in Hamburg-Eimsbüttel.", BODY),
        Spacer(1, 8),
        Paragraph("Größenklassen für Hunde", H2),
        Paragraph("Klein: bis 10 kg · Mittel: 10,1 bis 25 kg · Groß: ab 25,1 kg. "
                  "Maßgeblich ist das aktuelle Gewicht des Hundes am Termin.", BODY),
        Spacer(1, 6),
        Paragraph("Hunde – Pakete", H2),
        pdf_table([
            ["Leistung", "Klein", "Mittel", "Groß"],
            ["Baden & Föhnen", "35,00 €", "45,00 €", "59,00 €"],
            ["Komplettpflege (Baden, Schneiden, Föhnen, Krallen, Ohren)", "59,00 €", "75,00 €", "95,00 €"],
            ["Trimmen Rauhaar (inkl. Baden)", "65,00 €", "79,00 €", "99,00 €"],
            ["Nur Schneiden (ohne Baden)", "45,00 €", "55,00 €", "72,00 €"],
        ], [8.2 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm]),
        Spacer(1, 8),
        Paragraph("Einzelleistungen (alle Größen)", H2),
        pdf_table([
            ["Leistung", "Preis"],
            ["Krallenschneiden", "12,00 €"],
            ["Ohrenreinigung", "9,00 €"],
            ["Zahnpflege mit Enzym-Paste", "10,00 €"],
            ["Pfotenpflege (Haare zwischen den Ballen)", "8,00 €"],
            ["Welpen-Schnupperstunde (bis 6 Monate, 30 Minuten, Begleitperson darf dabei sein)", "25,00 €"],
        ], [12.8 * cm, 3.2 * cm]),
        Spacer(1, 8),
        Paragraph("Katzen (nur Hamburg-Eimsbüttel, Mittwoch und Donnerstag)", H2),
        pdf_table([
            ["Leistung", "Preis"],
            ["Komplettpflege Kurzhaar", "49,00 €"],
            ["Komplettpflege Langhaar", "69,00 €"],
            ["Krallenschneiden Katze", "12,00 €"],
        ], [12.8 * cm, 3.2 * cm]),
        Spacer(1, 8),
        Paragraph("Zuschläge", H2),
        pdf_table([
            ["Zuschlag", "Preis"],
            ["Verfilztes Fell (Hund oder Katze)", "15,00 € je angefangene 15 Minuten"],
            ["Spezialbad bei Flohbefall", "20,00 €"],
        ], [9.8 * cm, 6.2 * cm]),
        Spacer(1, 8),
        Paragraph("Hinweise", H2),
        Paragraph("Kostenlose Absage bis 24 Stunden vor dem Termin, danach Ausfallgebühr 15,00 €. "
                  "Gold-Kunden bei Pfotenpunkte erhalten einmal pro Kalenderjahr einen kostenlosen Krallenschnitt. "
                  "Bezahlung nach dem Termin in der Filiale.", BODY),
        Spacer(1, 14),
        Paragraph("Napfreich GmbH · Lotsenkai 7 · 20457 Hamburg · Stand: Dezember 2025", SMALL),
    ]
    build_pdf(KB / "pflege" / "salon-preisliste-2026.pdf", s, "Napfreich Fellpflege – Preisliste 2026")


# ------------------------------------- PDF 2: Teilnahmebedingungen Pfotenpunkte
def teilnahmebedingungen():
    paras = [
        ("§ 1 Veranstalter", "Das Bonusprogramm Pfotenpunkte wird von der Napfreich GmbH, Lotsenkai 7, 20457 Hamburg, betrieben."),
        ("§ 2 Teilnahme", "Teilnehmen können natürliche Personen ab 18 Jahren. Jede Person darf nur ein Hauptkonto führen. "
                          "Zu einem Hauptkonto können bis zu 2 Partnerkarten ausgegeben werden; Punkte einlösen kann nur die Inhaberin "
                          "oder der Inhaber des Hauptkontos. Die Teilnahme ist kostenlos. Einkäufe von Geschäftskunden zu "
                          "Napfreich-Pro-Konditionen nehmen nicht am Programm teil."),
        ("§ 3 Punkte sammeln", "Für jeden vollen Euro Einkaufswert wird 1 Punkt gutgeschrieben. Keine Punkte gibt es auf Versandkosten, "
                               "Geschenkkarten und Pfand. Punkte aus Online-Bestellungen werden nach Ablauf der 30-tägigen Rückgabefrist "
                               "gutgeschrieben. Vergessene Einkäufe in der Filiale können innerhalb von 90 Tagen mit Kassenbon nachgetragen werden. "
                               "Für zurückgegebene Artikel werden die Punkte wieder abgezogen."),
        ("§ 4 Punkte einlösen", "200 Punkte können in einen Gutschein über 5 € umgewandelt werden. Eine Einlösung ist nur in Schritten "
                                "von 200 Punkten möglich. Ein aus Punkten erstellter Gutschein ist 12 Monate ab Ausstellung gültig. "
                                "Eine Barauszahlung von Punkten oder Gutscheinen ist ausgeschlossen. Gutscheine aus Punkten können nicht "
                                "für den Kauf von Geschenkkarten verwendet werden."),
        ("§ 5 Verfall von Punkten", "Punkte verfallen am 31. Dezember des zweiten Kalenderjahres, das auf das Jahr der Gutschrift folgt. "
                                    "Beispiel: Punkte, die im Jahr 2024 gutgeschrieben wurden, verfallen am 31. Dezember 2026. "
                                    "Wir erinnern per E-Mail spätestens 4 Wochen vor dem Verfall an ablaufende Punkte, sofern eine "
                                    "E-Mail-Adresse hinterlegt ist."),
        ("§ 6 Gold-Status", "Wer in einem Kalenderjahr mindestens 1.000 Punkte sammelt, erhält für das gesamte folgende Kalenderjahr "
                            "(1. Januar bis 31. Dezember) den Gold-Status. Punkte aus Partnerkarten zählen mit. Die Vorteile des "
                            "Gold-Status werden auf der Programmseite Pfotenpunkte beschrieben."),
        ("§ 7 Verlust und Sperrung der Karte", "Der Verlust einer Karte ist unverzüglich im Kundenkonto oder beim Kundenservice zu melden. "
                                               "Für Punkte, die vor der Sperrmeldung von Dritten eingelöst wurden, haftet Napfreich nicht. "
                                               "Eine Ersatzkarte ist kostenlos."),
        ("§ 8 Kündigung", "Teilnehmende können die Teilnahme jederzeit ohne Frist kündigen. Vorhandene Punkte können bis zum "
                          "Wirksamwerden der Kündigung eingelöst werden und verfallen danach. Napfreich kann das Programm mit einer "
                          "Frist von 3 Monaten beenden; in diesem Fall können Punkte noch 3 Monate nach Programmende eingelöst werden."),
        ("§ 9 Datenschutz", "Die Verarbeitung personenbezogener Daten im Rahmen von Pfotenpunkte richtet sich nach den "
                            "Datenschutzhinweisen der Napfreich GmbH."),
        ("§ 10 Änderungen", "Napfreich kann diese Teilnahmebedingungen mit Wirkung für die Zukunft ändern. Änderungen werden mindestens "
                            "6 Wochen vorher per E-Mail oder in der App angekündigt."),
    ]
    s = [Paragraph("Teilnahmebedingungen Pfotenpunkte", H1),
         Paragraph("Bonusprogramm der Napfreich GmbH – Stand: 1. Februar 2026", BODY), Spacer(1, 8)]
    for head, text in paras:
        s += [Paragraph(head, H2), Paragraph(text, BODY), Spacer(1, 4)]
    build_pdf(KB / "kundenkarte" / "teilnahmebedingungen.pdf", s, "Teilnahmebedingungen Pfotenpunkte")


# ------------------------------------------------ DOCX helpers
def docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


# ------------------------------------------- DOCX 1: Salon-Preisliste 2025 (old)
def salon_2025():
    d = new_doc()
    d.add_heading("Preisliste Hundesalon 2025", level=1)
    d.add_paragraph("Napfreich Fellpflege – gültig vom 01.01.2025 bis 31.12.2025. Alle Preise inkl. MwSt.")
    d.add_paragraph("Größenklassen: Klein bis 10 kg, Mittel bis 30 kg, Groß über 30 kg.")
    d.add_heading("Hunde", level=2)
    docx_table(d, [
        ["Leistung", "Klein", "Mittel", "Groß"],
        ["Baden & Föhnen", "32,00 €", "42,00 €", "55,00 €"],
        ["Komplettpflege", "55,00 €", "68,00 €", "89,00 €"],
        ["Trimmen Rauhaar", "60,00 €", "74,00 €", "92,00 €"],
    ])
    d.add_heading("Einzelleistungen", level=2)
    docx_table(d, [
        ["Leistung", "Preis"],
        ["Krallenschneiden", "10,00 €"],
        ["Ohrenreinigung", "8,00 €"],
        ["Welpen-Schnupperstunde (bis 6 Monate)", "22,00 €"],
    ])
    d.add_heading("Katzen (nur Eimsbüttel)", level=2)
    docx_table(d, [
        ["Leistung", "Preis"],
        ["Komplettpflege Kurzhaar", "45,00 €"],
        ["Komplettpflege Langhaar", "65,00 €"],
    ])
    d.add_heading("Sonstiges", level=2)
    d.add_paragraph("Zuschlag verfilztes Fell: 12,00 € je angefangene 15 Minuten.")
    d.add_paragraph("Ausfallgebühr bei Absage weniger als 24 Stunden vorher oder Nichterscheinen: 10,00 €.")
    d.add_paragraph("Interne Ablage Filiale Eimsbüttel – bei Rückfragen an die Salonleitung wenden.")
    path = KB / "pflege" / "salon-preisliste-2025.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


# ----------------------------------- DOCX 2: Napfreich Pro business supply terms
def business_terms():
    d = new_doc()
    d.add_heading("Napfreich Pro – Supply Terms for Business Customers", level=1)
    d.add_paragraph("Napfreich GmbH, Lotsenkai 7, 20457 Hamburg – valid from 1 March 2026. "
                    "These terms replace the Napfreich Pro terms of 1 April 2024.")
    d.add_heading("1. Who can register", level=2)
    d.add_paragraph("Napfreich Pro is open to businesses and organisations that keep or care for animals: registered breeders, "
                    "animal shelters and rescue organisations, veterinary practices, dog daycare and boarding businesses, and "
                    "professional groomers. Please send us a copy of your trade licence or, for non-profit organisations, proof "
                    "of non-profit status. Private customers cannot register for Napfreich Pro.")
    d.add_heading("2. Prices and volume discounts", level=2)
    d.add_paragraph("All Napfreich Pro prices are net prices plus statutory VAT. Volume discounts are based on the net order "
                    "value of the previous calendar month:")
    docx_table(d, [
        ["Monthly net order value", "Volume discount"],
        ["below €500", "none"],
        ["€500 to €1,499", "5%"],
        ["€1,500 and above", "8%"],
    ])
    d.add_heading("3. Animal shelters", level=2)
    d.add_paragraph("Registered non-profit animal shelters and rescue organisations receive an additional 10% discount on all "
                    "dog and cat food, on top of any volume discount.")
    d.add_heading("4. Minimum order and delivery", level=2)
    docx_table(d, [
        ["Delivery type", "Delivery time", "Cost (net)"],
        ["Parcel, order below €250 net", "2–3 business days", "€14.90 flat rate"],
        ["Parcel, order from €250 net", "2–3 business days", "free"],
        ["Pallet (from approx. 200 kg)", "2–4 business days", "€59.00, free from €1,500 net"],
    ])
    d.add_paragraph("The minimum order value is €150 net. Delivery is to business addresses in Germany only. "
                    "Pallet deliveries require a delivery point accessible by truck.")
    d.add_heading("5. Payment", level=2)
    d.add_paragraph("Payment by invoice with a payment term of 30 days net. If you pay within 10 days, you may deduct a 2% "
                    "early payment discount. SEPA direct debit is also available. First orders are delivered against "
                    "SEPA direct debit or prepayment only.")
    d.add_heading("6. Returns and complaints", level=2)
    d.add_paragraph("The voluntary 30-day return policy for private customers does not apply to Napfreich Pro orders. "
                    "Defective, damaged or wrong goods must be reported within 5 business days of delivery.")
    d.add_heading("7. Loyalty programme", level=2)
    d.add_paragraph("Napfreich Pro purchases do not earn Pfotenpunkte and cannot be paid with Pfotenpunkte vouchers.")
    d.add_heading("8. Contact", level=2)
    d.add_paragraph("Napfreich Pro team: phone 040 66969 350 (Monday to Friday 8:00–17:00), e-mail b2b@napfreich.example. "
                    "Customers with a monthly order value above €1,500 net get a personal account manager.")
    path = KB / "abo" / "business-supply-terms.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


# ------------------------------------------------ verification
def pdf_text(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def docx_text(p):
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


CHECKS = {
    "pflege/salon-preisliste-2026.pdf": ["95,00", "69,00", "59,00", "25,1 kg", "15,00"],
    "kundenkarte/teilnahmebedingungen.pdf": ["31. Dezember 2026", "200 Punkte", "12 Monate", "1.000 Punkte"],
    "pflege/salon-preisliste-2025.docx": ["31.12.2025", "89,00", "65,00"],
    "abo/business-supply-terms.docx": ["10%", "€250", "30 days", "€150", "2%"],
}

if __name__ == "__main__":
    salon_2026()
    teilnahmebedingungen()
    salon_2025()
    business_terms()
    ok = True
    for rel, needles in CHECKS.items():
        p = KB / rel
        text = pdf_text(p) if rel.endswith(".pdf") else docx_text(p)
        missing = [n for n in needles if n not in text]
        print(f"{rel}: {len(text)} chars extracted, missing={missing}")
        ok &= not missing
    raise SystemExit(0 if ok else 1)
