#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the carservice knowledge base.

Usage (from anywhere):
    python3 -m venv /tmp/carservice-venv
    /tmp/carservice-venv/bin/pip install reportlab python-docx pypdf
    /tmp/carservice-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/reifen/reifenservice-preisliste-2026.pdf          (de)
    kb/geschaeftskunden/fleet-service-agreement.pdf      (en)
    kb/zahlung-garantie/garantiebedingungen-reparaturen.docx (de)
    kb/termine/replacement-car-terms.docx                (en)

After writing, the script extracts the text again (pypdf / python-docx) and
checks that a few key facts are present.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

styles = getSampleStyleSheet()
H1 = styles["Title"]
H2 = styles["Heading2"]
P = styles["BodyText"]
SMALL = styles["BodyText"].clone("small", fontSize=8, leading=10, textColor=colors.grey)


def _table(rows, widths):
    hdr = P.clone("hdr", textColor=colors.white, fontName="Helvetica-Bold")
    data = [[Paragraph(str(c), hdr) for c in rows[0]]]
    data += [[Paragraph(str(c), P) for c in r] for r in rows[1:]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b57")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


# ---------------------------------------------------------------- PDF 1 (de)
def build_tyre_pricelist(path: Path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Reifenservice-Preisliste 2026", author="Kolbenhof Autoservice GmbH")
    s = []
    s.append(Paragraph("Kolbenhof Autoservice – Reifenservice-Preisliste 2026", H1))
    s.append(Paragraph("Gültig vom 01.03.2026 bis 28.02.2027 in allen Filialen. Alle Preise inkl. 19 % MwSt.", P))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Räder- und Reifenwechsel (Pkw, Preis pro Fahrzeug mit 4 Rädern)", H2))
    s.append(_table([
        ["Leistung", "bis 16 Zoll", "17–18 Zoll", "ab 19 Zoll"],
        ["Räderwechsel (Kompletträder umstecken)", "29,00 €", "35,00 €", "45,00 €"],
        ["Reifenwechsel (Reifen auf Felge montieren, inkl. Auswuchten)", "69,00 €", "89,00 €", "119,00 €"],
        ["Auswuchten (pro Rad)", "9,50 €", "11,50 €", "14,50 €"],
    ], [7.5 * cm, 3 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Die Zollgröße richtet sich nach dem Felgendurchmesser (z. B. 205/55 R16 = 16 Zoll).", P))
    s.append(Paragraph("2. Zusatzleistungen", H2))
    s.append(_table([
        ["Leistung", "Preis"],
        ["RDKS-Sensoren anlernen (pauschal pro Fahrzeug)", "19,00 €"],
        ["Zuschlag SUV, Run-Flat- oder Übergrößen-Reifen (pro Satz)", "15,00 €"],
        ["Altreifenentsorgung (pro Reifen)", "4,50 €"],
        ["Ventilwechsel (pro Rad, Gummiventil)", "3,50 €"],
        ["Reifenreparatur (Lauffläche, pro Reifen)", "29,00 €"],
    ], [11 * cm, 4.5 * cm]))
    s.append(Paragraph("3. RadHotel – Reifeneinlagerung (4 Räder oder Reifen)", H2))
    s.append(_table([
        ["Tarif", "Leistungen", "Preis pro Saison"],
        ["RadHotel Basic", "Einlagerung, Profilmessung, Fotodokumentation", "69,00 €"],
        ["RadHotel Plus", "wie Basic, zusätzlich Räderwäsche und Auswuchten vor der Montage", "99,00 €"],
    ], [3.5 * cm, 8.5 * cm, 3.5 * cm]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Eine Saison ist ein Einlagerungszeitraum zwischen zwei Wechselterminen. "
                       "Der Räderwechsel selbst wird zusätzlich nach Tabelle 1 berechnet.", P))
    s.append(Paragraph("4. Hinweise", H2))
    s.append(Paragraph("In der Hochsaison (März/April, Oktober/November) ist eine Terminbuchung erforderlich. "
                       "Leichtmetallfelgen mit Felgenschloss: Bitte den Adapter mitbringen. "
                       "Für Transporter über 2,8 t gelten gesonderte Preise auf Anfrage.", P))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Kolbenhof Autoservice GmbH · Naumburger Werkhof 8 · 04229 Leipzig · "
                       "Hotline 0800 5652 2360 · Stand: Februar 2026", SMALL))
    doc.build(s)


# ---------------------------------------------------------------- PDF 2 (en)
def build_fleet_agreement(path: Path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Fleet Service Agreement - Key Terms 2026", author="Kolbenhof Autoservice GmbH")
    s = []
    s.append(Paragraph("Kolbenhof Fleet Service Agreement – Key Terms 2026", H1))
    s.append(Paragraph("Summary of the standard conditions of the Kolbenhof Flotte framework agreement. "
                       "Individual agreements may deviate; the signed framework contract prevails.", P))
    sections = [
        ("1. Eligibility",
         "Companies, public bodies and associations with at least 5 vehicles (cars or vans up to 3.5 t) "
         "registered to or leased by the organisation. Customers with 1 to 4 vehicles can use the "
         "Kolbenhof Gewerbe agreement instead."),
        ("2. Discounts",
         None),
        ("3. Invoicing and payment",
         "All jobs of a calendar month are combined in one collective invoice (Sammelrechnung), issued on "
         "the first working day of the following month. Payment term: 30 days net. A 2% early payment "
         "discount applies if the invoice is paid within 10 days."),
        ("4. Replacement vehicles",
         "For fleet customers a replacement vehicle is free of charge for any service or repair expected "
         "to take more than 4 hours, subject to availability. Up to 150 km per day are included; further "
         "kilometres are charged at EUR 0.20 per km. For shorter jobs the private customer rates apply."),
        ("5. Dedicated fleet manager",
         "Each fleet customer gets a personal fleet manager. Contact: flotte@kolbenhof-autoservice.de, "
         "phone 0341 98 76 199. We respond to fleet enquiries within 4 working hours."),
        ("6. Priority appointments",
         "We guarantee an appointment within 2 working days for repairs of fleet vehicles at the branch "
         "of your choice."),
        ("7. Reporting",
         "Quarterly cost report per vehicle (maintenance, repairs, tyres) as PDF and CSV."),
        ("8. Term and notice",
         "The agreement runs for 12 months and renews automatically by a further 12 months unless "
         "terminated with 3 months' notice before the end of the term."),
    ]
    for title, body in sections:
        s.append(Paragraph(title, H2))
        if body:
            s.append(Paragraph(body, P))
        else:
            s.append(_table([
                ["Item", "Fleet discount"],
                ["Labour (hourly rates)", "8%"],
                ["Spare parts", "5%"],
                ["Fixed-price packages (Service Kompakt, Service Komplett, E-Service)", "4%"],
                ["HU/AU, tyre storage (RadHotel)", "no discount"],
            ], [11 * cm, 4.5 * cm]))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Kolbenhof Autoservice GmbH · Naumburger Werkhof 8 · 04229 Leipzig · Version 2026-01", SMALL))
    doc.build(s)


# ---------------------------------------------------------------- DOCX 1 (de)
def build_warranty_terms(path: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Garantiebedingungen für Reparaturen und Ersatzteile", level=0)
    d.add_paragraph("Kolbenhof Autoservice GmbH – Stand: 01.01.2026")
    paras = [
        ("§ 1 Geltungsbereich",
         "Die Kolbenhof Reparaturgarantie gilt für alle von uns gelieferten und eingebauten Ersatzteile "
         "sowie für die dazugehörige Arbeitsleistung. Sie gilt zusätzlich zu Ihren gesetzlichen "
         "Gewährleistungsrechten; diese bleiben unberührt."),
        ("§ 2 Garantiedauer",
         "Die Garantie gilt 3 Jahre oder 100.000 km ab Rechnungsdatum, je nachdem, was zuerst eintritt. "
         "Für gewerblich genutzte Fahrzeuge mit hoher Laufleistung (Taxi, Mietwagen, Fahrschule, "
         "Kurierdienst) gilt eine Garantie von 1 Jahr ohne Kilometerbegrenzung."),
        ("§ 3 Ausschlüsse",
         "Nicht erfasst sind Verschleißteile (z. B. Bremsbeläge, Bremsscheiben, Wischerblätter, "
         "Glühlampen, Kupplungsbeläge), Schäden durch Unfall, unsachgemäße Nutzung oder Eingriffe "
         "Dritter sowie Folgeschäden durch verspätete Meldung eines Mangels."),
        ("§ 4 Vom Kunden mitgebrachte Teile",
         "Auf Teile, die Sie selbst beschafft und zum Einbau mitgebracht haben, übernehmen wir keine "
         "Garantie für das Teil selbst. Auf die Arbeitsleistung (den Einbau) gewähren wir eine Garantie "
         "von 12 Monaten. Kosten, die durch ein mangelhaftes mitgebrachtes Teil entstehen (z. B. "
         "erneuter Aus- und Einbau), tragen Sie selbst."),
        ("§ 5 Geltendmachung",
         "Bitte melden Sie einen Mangel unverzüglich, spätestens 14 Tage nach Feststellung. Die "
         "Nachbesserung erfolgt in jeder Kolbenhof-Filiale. Bitte legen Sie die Rechnung vor oder nennen "
         "Sie die Auftragsnummer (KH-…)."),
        ("§ 6 Abschleppkosten",
         "Führt ein Garantiefall dazu, dass Ihr Fahrzeug liegen bleibt, erstatten wir die Kosten für das "
         "Abschleppen zur nächsten Kolbenhof-Filiale bis zu 150 € gegen Beleg."),
        ("§ 7 Glasreparatur",
         "Muss eine von uns reparierte Windschutzscheibe innerhalb von 12 Monaten nach der Reparatur "
         "wegen eines Risses an der reparierten Stelle ausgetauscht werden, rechnen wir den gezahlten "
         "Reparaturpreis vollständig auf den Scheibentausch an."),
        ("§ 8 Übertragbarkeit",
         "Die Garantie ist an das Fahrzeug gebunden und geht bei einem Verkauf auf den neuen Halter über."),
    ]
    for h, t in paras:
        d.add_heading(h, level=2)
        d.add_paragraph(t)
    d.add_heading("Übersicht", level=2)
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Fall"
    tbl.rows[0].cells[1].text = "Garantie"
    for a, b in [
        ("Reparatur mit Kolbenhof-Teilen (privat)", "3 Jahre oder 100.000 km"),
        ("Taxi, Mietwagen, Fahrschule, Kurierdienst", "1 Jahr, ohne km-Begrenzung"),
        ("Mitgebrachte Teile – Arbeitsleistung", "12 Monate"),
        ("Mitgebrachte Teile – Teil selbst", "keine Garantie"),
        ("Abschleppkosten im Garantiefall", "bis 150 €"),
    ]:
        r = tbl.add_row().cells
        r[0].text, r[1].text = a, b
    d.save(str(path))


# ---------------------------------------------------------------- DOCX 2 (en)
def build_replacement_car_terms(path: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Kolbenhof Replacement Car – Terms for Private Customers", level=0)
    d.add_paragraph("Valid from 1 March 2026. Business customers with a fleet agreement: see the Fleet "
                    "Service Agreement.")
    d.add_heading("1. Availability", level=2)
    d.add_paragraph("Replacement cars are available at all branches for customers whose own vehicle is at "
                    "our workshop for service or repair, subject to availability. Please reserve your "
                    "replacement car when booking, at least 3 working days in advance.")
    d.add_heading("2. Prices", level=2)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Category", "Price per day", "Included kilometres per day"]):
        tbl.rows[0].cells[i].text = h
    for row in [
        ("City (small car)", "€19", "100 km"),
        ("Kombi (estate car)", "€29", "100 km"),
        ("Stromer (electric car; Leipzig-Plagwitz, Köln-Ehrenfeld, Nuremberg South only)", "€29", "150 km"),
    ]:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("Additional kilometres: €0.25 per km. If the value of your repair order exceeds €600, "
                    "the first day of a City car is free of charge. Customers with a valid Kolbenhof "
                    "Mobility Guarantee receive a replacement car free of charge for up to 3 days.")
    d.add_heading("3. Requirements", level=2)
    d.add_paragraph("The driver must be at least 21 years old and have held a valid driving licence for at "
                    "least 2 years. A deposit of €300 is blocked on a credit card when the car is handed "
                    "over; debit cards are not accepted for the deposit.")
    d.add_heading("4. Insurance", level=2)
    d.add_paragraph("All replacement cars have fully comprehensive insurance with an excess of €850 per "
                    "claim. You can reduce the excess to €250 for an additional €9 per day.")
    d.add_heading("5. Fuel and charging", level=2)
    d.add_paragraph("Please return the car with the same fuel level. Otherwise we charge €2.50 per missing "
                    "litre plus a €15 service fee. Electric cars must be returned with at least the same "
                    "charge level; otherwise a flat fee of €10 applies.")
    d.add_heading("6. Trips abroad", level=2)
    d.add_paragraph("Trips abroad are only permitted to EU countries bordering Germany and only with prior "
                    "written consent from the branch.")
    d.add_heading("7. Fines, smoking and pets", level=2)
    d.add_paragraph("Traffic fines and tolls are payable by the driver; we charge an administration fee of "
                    "€20 per fine notice. Smoking is not allowed in our cars. Pets may only travel in a "
                    "transport box. Special cleaning is charged at €80.")
    d.save(str(path))


def pdf_text(p):
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def docx_text(p):
    d = Document(str(p))
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


CHECKS = {
    KB / "reifen/reifenservice-preisliste-2026.pdf": ["35,00", "69,00", "119,00", "19,00", "99,00", "RadHotel Plus"],
    KB / "geschaeftskunden/fleet-service-agreement.pdf": ["30 days", "free of charge", "4 hours", "8%"],
    KB / "zahlung-garantie/garantiebedingungen-reparaturen.docx": ["100.000 km", "12 Monate", "150 €"],
    KB / "termine/replacement-car-terms.docx": ["€19", "21 years", "€850", "written consent"],
}


def main():
    build_tyre_pricelist(KB / "reifen/reifenservice-preisliste-2026.pdf")
    build_fleet_agreement(KB / "geschaeftskunden/fleet-service-agreement.pdf")
    build_warranty_terms(KB / "zahlung-garantie/garantiebedingungen-reparaturen.docx")
    build_replacement_car_terms(KB / "termine/replacement-car-terms.docx")
    ok = True
    for path, facts in CHECKS.items():
        text = pdf_text(path) if path.suffix == ".pdf" else docx_text(path)
        missing = [f for f in facts if f not in text]
        print(f"{path.relative_to(ROOT)}: {len(text)} chars, missing={missing}")
        ok &= not missing
    if not ok:
        raise SystemExit("some facts are not extractable")


if __name__ == "__main__":
    main()
