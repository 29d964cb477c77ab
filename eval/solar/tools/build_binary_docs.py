#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Sonnenkamm knowledge base.

Usage (from anywhere):
    /tmp/solar-venv/bin/python tools/build_binary_docs.py

Needs: reportlab, python-docx (and pypdf for the self-check at the end).
Writes:
    kb/pakete/waermepumpen-preisliste-2026.pdf       (de)
    kb/finanzierung/mietbedingungen-sonnenmiete.pdf  (de)
    kb/service/wartungsbedingungen.docx              (de)
    kb/service/warranty-terms.docx                   (en)
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import docx
from docx.shared import Pt

KB = Path(__file__).resolve().parent.parent / "kb"
STYLES = getSampleStyleSheet()


# --------------------------------------------------------------------------- PDF helpers
def _table(rows, widths):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2c14e")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def _pdf(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Sonnenkamm Energie GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, STYLES["Title"])]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, STYLES["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, STYLES["BodyText"]))
        elif kind == "t":
            rows, widths = content
            story.append(_table(rows, [w * cm for w in widths]))
        story.append(Spacer(1, 0.25 * cm))
    doc.build(story)


def build_heat_pump_prices():
    _pdf(KB / "pakete" / "waermepumpen-preisliste-2026.pdf",
         "Preisliste Wärmepumpen 2026 – KammWärme", [
             ("p", "Sonnenkamm Energie GmbH · Auwaldstraße 17 · 79110 Freiburg im Breisgau · Stand: 1. Februar 2026. "
                   "Gültig für Verträge, die bis zum 31. Dezember 2026 unterschrieben werden."),
             ("h", "Luft/Wasser-Wärmepumpen KammWärme"),
             ("t", ([
                 ["Modell", "Heizleistung", "Empfohlene Wohnfläche", "Schallleistung", "Preis inkl. Installation"],
                 ["KammWärme L7", "7 kW", "bis 120 m²", "52 dB(A)", "17.900 €"],
                 ["KammWärme L10", "10 kW", "120 bis 180 m²", "54 dB(A)", "21.400 €"],
                 ["KammWärme L14", "14 kW", "180 bis 260 m²", "57 dB(A)", "25.900 €"],
             ], [3.4, 2.4, 3.6, 2.6, 4.0])),
             ("p", "Alle Preise sind Endpreise für Privatkunden inklusive 19 % MwSt. und vor Abzug der staatlichen "
                   "Heizungsförderung (bis zu 70 % der förderfähigen Kosten, siehe Förderprogramme). "
                   "Die Heizleistung bezieht sich auf A-7/W35."),
             ("h", "Im Preis enthalten"),
             ("p", "Heizlastberechnung, Außeneinheit und Hydraulikmodul, Pufferspeicher 100 Liter, Montage, "
                   "hydraulischer Abgleich, Elektroanschluss, Inbetriebnahme, Einbindung in die SonnenKompass-App "
                   "und unser Förderservice."),
             ("h", "Optionen und Zusatzarbeiten"),
             ("t", ([
                 ["Leistung", "Preis"],
                 ["Warmwasserspeicher 300 Liter", "1.650 €"],
                 ["Demontage und Entsorgung des alten Öl- oder Gaskessels", "690 €"],
                 ["Reinigung und Entsorgung Öltank (bis 6.000 Liter)", "1.200 €"],
                 ["Austausch eines Heizkörpers", "480 € je Heizkörper"],
                 ["Betonfundament oder Wandkonsole für die Außeneinheit", "420 €"],
             ], [11.0, 5.0])),
             ("p", "Montagedauer: in der Regel 3 bis 5 Arbeitstage. Eine Miete (SonnenMiete) ist für Wärmepumpen "
                   "nicht möglich; eine Finanzierung über unsere Partnerbank schon."),
         ])


def build_rental_terms():
    sections = [
        ("§ 1 Vertragsgegenstand",
         "Die Sonnenkamm Energie GmbH (Vermieterin) überlässt dem Mieter eine Photovoltaikanlage (SonnenDach Start, "
         "Plus oder Max), auf Wunsch mit Batteriespeicher, zur Nutzung auf dem Gebäude des Mieters. Die Anlage bleibt "
         "bis zum Eigentumsübergang Eigentum der Vermieterin."),
        ("§ 2 Voraussetzungen",
         "Der Mieter muss Eigentümer des Gebäudes sein oder die schriftliche Zustimmung aller Eigentümer vorlegen. "
         "Der Vertrag setzt eine positive Bonitätsprüfung voraus."),
        ("§ 3 Laufzeit",
         "Der Vertrag läuft 240 Monate (20 Jahre) ab Inbetriebnahme. Eine ordentliche Kündigung ist während der "
         "Laufzeit ausgeschlossen. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt."),
        ("§ 4 Miete und Zahlung",
         "Die monatliche Miete ist für die gesamte Laufzeit fest. Sie wird zum 1. eines Monats per SEPA-Lastschrift "
         "eingezogen, erstmals im Monat nach der Inbetriebnahme. Für jede Mahnung berechnen wir 5,00 €."),
        ("§ 5 Leistungen der Vermieterin",
         "Wartung nach SonnenCheck Komfort, Reparaturen und Ersatzteile, Allgefahrenversicherung (Sturm, Hagel, "
         "Diebstahl, Feuer) und die SonnenKompass-App sind in der Miete enthalten."),
        ("§ 6 Vorzeitige Ablösung",
         "Der Mieter kann die Anlage jederzeit mit einer Frist von 3 Monaten zum Monatsende vorzeitig ablösen. "
         "Der Ablösebetrag entspricht der Summe der noch ausstehenden Monatsmieten abzüglich eines Nachlasses von 12 %. "
         "Mit Zahlung des Ablösebetrags geht die Anlage in das Eigentum des Mieters über."),
        ("§ 7 Verkauf des Gebäudes",
         "Verkauft der Mieter das Gebäude, kann der Mietvertrag auf den Käufer übertragen werden, sofern dieser die "
         "Bonitätsprüfung besteht. Für die Vertragsübertragung berechnen wir eine einmalige Übertragungsgebühr von 250 €. "
         "Alternativ kann der Mieter die Anlage vor dem Verkauf nach § 6 ablösen. Der Verkauf ist uns mindestens "
         "2 Monate vor dem Eigentumsübergang mitzuteilen."),
        ("§ 8 Eigentumsübergang nach Laufzeitende",
         "Nach Ablauf der 240 Monate geht die Anlage für einen Kaufpreis von 1 € in das Eigentum des Mieters über."),
        ("§ 9 Widerrufsrecht",
         "Verbraucher können den Vertrag innerhalb von 14 Tagen ab Vertragsschluss ohne Angabe von Gründen widerrufen. "
         "Die Widerrufsbelehrung erhalten Sie mit den Vertragsunterlagen."),
    ]
    blocks = [("p", "Allgemeine Mietbedingungen der Sonnenkamm Energie GmbH für das Produkt SonnenMiete. Stand: März 2026.")]
    for head, text in sections:
        blocks += [("h", head), ("p", text)]
    _pdf(KB / "finanzierung" / "mietbedingungen-sonnenmiete.pdf", "Mietbedingungen SonnenMiete", blocks)


# --------------------------------------------------------------------------- DOCX helpers
def _docx_table(document, rows):
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def build_maintenance_terms():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = "Bedingungen für Wartungsverträge"
    d.core_properties.author = "Sonnenkamm Energie GmbH"
    d.add_heading("Bedingungen für Wartungsverträge (SonnenCheck und WärmeCheck)", 0)
    d.add_paragraph("Sonnenkamm Energie GmbH, Auwaldstraße 17, 79110 Freiburg im Breisgau. Stand: Januar 2026.")

    d.add_heading("1. Laufzeit und Kündigung", 1)
    d.add_paragraph("Wartungsverträge laufen 12 Monate ab Vertragsbeginn. Sie verlängern sich automatisch um weitere "
                    "12 Monate, wenn sie nicht spätestens drei Monate vor Ablauf gekündigt werden. Die Kündigung ist in "
                    "Textform möglich, eine E-Mail an wartung@sonnenkamm-energie.de genügt. Sie erhalten innerhalb von "
                    "5 Werktagen eine Kündigungsbestätigung.")

    d.add_heading("2. Reaktionszeiten bei Störungen", 1)
    _docx_table(d, [
        ["Vertrag", "Reaktionszeit"],
        ["SonnenCheck Basis", "5 Werktage"],
        ["SonnenCheck Komfort", "48 Stunden (werktags)"],
        ["WärmeCheck", "24 Stunden bei Heizungsausfall von Oktober bis April, sonst 48 Stunden (werktags)"],
    ])
    d.add_paragraph("Die Reaktionszeit beginnt mit Eingang der Störungsmeldung und endet mit der Kontaktaufnahme durch "
                    "einen Techniker bzw. dem Beginn der Fernanalyse.")

    d.add_heading("3. Anfahrt", 1)
    d.add_paragraph("Anfahrtskosten sind für Wartungstermine innerhalb unseres Servicegebiets im Vertragspreis enthalten.")

    d.add_heading("4. Reparaturen außerhalb der Wartung", 1)
    d.add_paragraph("Reparaturen, die nicht unter die Garantie fallen, berechnen wir nach Aufwand. Der Stundensatz beträgt "
                    "89 € pro Stunde inkl. MwSt.; für Kunden mit SonnenCheck Komfort oder WärmeCheck 69 € pro Stunde. "
                    "Ersatzteile werden zusätzlich berechnet, sofern sie nicht unter die Garantie fallen.")

    d.add_heading("5. Termine", 1)
    d.add_paragraph("Wartungstermine kündigen wir mindestens 4 Wochen vorher an. Eine Absage oder Verschiebung ist bis "
                    "48 Stunden vor dem Termin kostenlos. Bei späterer Absage oder wenn niemand angetroffen wird, "
                    "berechnen wir eine Ausfallpauschale von 60 €.")

    d.add_heading("6. Preisanpassung", 1)
    d.add_paragraph("Wir können die Preise einmal jährlich um höchstens 5 % anpassen. Die Anpassung kündigen wir mindestens "
                    "6 Wochen vorher an. Sie haben dann ein Sonderkündigungsrecht zum Zeitpunkt der Preisänderung.")

    d.add_heading("7. Modulreinigung", 1)
    d.add_paragraph("Die Reinigung der Module ist nicht Bestandteil der Wartung. Sie kann für 4,50 € je Modul "
                    "(mindestens 90 € je Einsatz) zusätzlich gebucht werden.")
    out = KB / "service" / "wartungsbedingungen.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


def build_warranty_terms():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = "Sonnenkamm Warranty Terms"
    d.core_properties.author = "Sonnenkamm Energie GmbH"
    d.add_heading("Sonnenkamm Warranty Terms", 0)
    d.add_paragraph("Manufacturer's and installation warranty for private customers. Version 2026-01. "
                    "Sonnenkamm Energie GmbH, Auwaldstraße 17, 79110 Freiburg im Breisgau.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph("These terms apply to all components supplied and installed by Sonnenkamm from 1 January 2026. "
                    "The warranty periods start on the day of commissioning stated in the handover protocol.")

    d.add_heading("2. Warranty periods", 1)
    _docx_table(d, [
        ["Component", "Warranty"],
        ["Kamm Modul 445 W solar panels", "25-year product warranty; performance guarantee of at least 87.4 % of the "
                                          "nominal output after 30 years"],
        ["KammInverter 6 / 10 / 15", "10 years; can be extended to 20 years for EUR 390 if booked within 12 months "
                                     "of commissioning"],
        ["KammSpeicher 5 / 10 / 15 batteries", "10 years or 6,000 full cycles, whichever comes first; at least 70 % "
                                               "usable capacity during this period"],
        ["KammWärme heat pumps", "5 years; 7 years with an active WärmeCheck maintenance contract"],
        ["KammLader 11 wallbox", "3 years"],
        ["Installation workmanship", "5 years"],
        ["Roof penetrations (watertightness)", "10 years"],
    ])

    d.add_heading("3. How to make a claim", 1)
    d.add_paragraph("Please report a defect within 2 months of noticing it, either in the SonnenKompass app "
                    "(Menu > Service > Report a problem) or by email to garantie@sonnenkamm-energie.de. Include the serial "
                    "number from your system passport and, if possible, photos. We confirm receipt within 3 working days "
                    "and tell you the next steps. Defective parts are repaired or replaced free of charge, including "
                    "labour and travel within our service area.")

    d.add_heading("4. What is not covered", 1)
    for item in [
        "damage caused by storm, hail, lightning, fire or flooding (please contact your building insurance)",
        "damage caused by cleaning with a pressure washer or aggressive cleaning agents",
        "modifications or repairs by third parties that we have not approved",
        "damage caused by animals, for example martens biting through cables",
        "normal wear and loss of output within the guaranteed performance values",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("5. Your statutory rights", 1)
    d.add_paragraph("This warranty is given in addition to your statutory rights for defects (Gewährleistung), which "
                    "remain unaffected.")
    out = KB / "service" / "warranty-terms.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


# --------------------------------------------------------------------------- self-check
def extract_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


CHECKS = {
    "pakete/waermepumpen-preisliste-2026.pdf": ["21.400", "17.900", "690", "1.650", "54 dB(A)"],
    "finanzierung/mietbedingungen-sonnenmiete.pdf": ["250", "14 Tagen", "12 %", "240 Monate", "5,00"],
    "service/wartungsbedingungen.docx": ["drei Monate", "89", "69", "48 Stunden", "60 €"],
    "service/warranty-terms.docx": ["6,000", "390", "20 years", "87.4", "2 months"],
}

if __name__ == "__main__":
    build_heat_pump_prices()
    build_rental_terms()
    build_maintenance_terms()
    build_warranty_terms()
    for rel, needles in CHECKS.items():
        text = extract_text(KB / rel)
        missing = [n for n in needles if n not in text]
        print(f"{rel}: {len(text)} chars extracted, missing={missing}")
        assert not missing, rel
