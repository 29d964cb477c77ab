#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Depotfuchs knowledge base.

Usage:  /tmp/storage-venv/bin/python tools/build_binary_docs.py
Needs:  reportlab, python-docx (pypdf is used for the self-check at the end)
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


def table(rows, widths=None):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d7b6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def pdf(path, title, blocks, meta_title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=meta_title, author="Depotfuchs GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, styles["Title"])]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "t":
            story.append(table(*content) if isinstance(content, tuple) else table(content))
            story.append(Spacer(1, 6))
    doc.build(story)


# ---------------------------------------------------------------- AGB (de, PDF)
AGB = [
    ("p", "Allgemeine Geschäftsbedingungen für die Vermietung von Lagerboxen an Privatkunden "
          "(Verbraucher) der Depotfuchs GmbH, Kranwerkstraße 12, 04229 Leipzig. Stand: 1. Februar 2026."),
    ("h", "§ 1 Geltungsbereich"),
    ("p", "Diese AGB gelten für alle Mietverträge über Lagerboxen, FuchsSpinde und Garagen mit Verbrauchern. "
          "Für Geschäftskunden gilt ausschließlich der Rahmenvertrag für Geschäftskunden."),
    ("h", "§ 2 Vertragsschluss"),
    ("p", "Der Vertrag kann online oder im Standortbüro geschlossen werden. Mieter müssen mindestens 18 Jahre alt sein "
          "und sich mit einem amtlichen Lichtbildausweis (Personalausweis oder Reisepass) ausweisen."),
    ("h", "§ 3 Mietdauer und Kündigung"),
    ("p", "Die Mindestmietdauer beträgt einen Monat. Danach verlängert sich der Vertrag jeweils um einen Mietmonat. "
          "Beide Seiten können mit einer Frist von 14 Tagen zum Ende eines Mietmonats in Textform kündigen. "
          "Das Recht zur fristlosen Kündigung aus wichtigem Grund bleibt unberührt."),
    ("h", "§ 4 Miete und Preisanpassung"),
    ("p", "Die Miete ist monatlich im Voraus zu zahlen. Depotfuchs kann die Miete höchstens einmal pro Kalenderjahr "
          "anpassen. Eine Preiserhöhung wird mindestens 6 Wochen vor Inkrafttreten in Textform angekündigt. "
          "Der Mieter kann in diesem Fall zum Zeitpunkt des Inkrafttretens außerordentlich kündigen."),
    ("h", "§ 5 Kaution"),
    ("p", "Der Mieter leistet eine Kaution in Höhe einer Monatsmiete. Sie wird nach Rückgabe und Abnahme der Box "
          "innerhalb von 21 Tagen zurückgezahlt, abzüglich offener Forderungen. Die Kaution wird nicht verzinst."),
    ("h", "§ 6 Zugang"),
    ("p", "Der Zugang erfolgt mit einem persönlichen PIN-Code während der Zugangszeiten des Standorts. Der Mieter kann "
          "bis zu zwei weitere Zugangsberechtigte benennen. Die Weitergabe des eigenen PIN-Codes an Dritte ist untersagt."),
    ("h", "§ 7 Nutzung"),
    ("p", "Die Box darf nur zur Lagerung genutzt werden. Wohnen, Übernachten, gewerbliche Tätigkeiten in der Box sowie "
          "die Einlagerung verbotener Gegenstände nach der Lagerordnung sind untersagt."),
    ("h", "§ 8 Zahlungsverzug"),
    ("p", "Für jede Mahnung berechnet Depotfuchs eine Mahngebühr von 5 €. Ab einem Zahlungsrückstand von 14 Tagen "
          "wird der Zugang zur Box gesperrt, bis alle fälligen Beträge bezahlt sind. Depotfuchs steht an den "
          "eingelagerten Sachen das gesetzliche Vermieterpfandrecht zu. Beträgt der Rückstand zwei Monatsmieten, "
          "kann Depotfuchs nach schriftlicher Androhung und Ablauf einer Frist von 4 Wochen die Sachen im Wege "
          "der öffentlichen Versteigerung verwerten."),
    ("h", "§ 9 Rückgabe und Räumung"),
    ("p", "Bei Vertragsende ist die Box geräumt, besenrein und ohne Schloss zurückzugeben. Räumt der Mieter nicht, "
          "kann Depotfuchs die Box öffnen und räumen lassen."),
    ("t", ([["Leistung bei Räumung durch Depotfuchs", "Preis"],
            ["Öffnen des Schlosses", "49 €"],
            ["Räumung und Entsorgung", "45 € je angefangenem Kubikmeter"],
            ["Endreinigung", "35 €"]], [10 * cm, 6 * cm])),
    ("h", "§ 10 Haftung"),
    ("p", "Depotfuchs haftet für Schäden an eingelagerten Sachen nur bei Vorsatz und grober Fahrlässigkeit sowie bei "
          "Verletzung von Leben, Körper und Gesundheit. Im Übrigen sind die Sachen über den Grundschutz bzw. den "
          "Schutzbrief Plus versichert."),
    ("h", "§ 11 Widerrufsrecht"),
    ("p", "Bei online oder telefonisch geschlossenen Verträgen haben Verbraucher ein Widerrufsrecht von 14 Tagen ab "
          "Vertragsschluss. Wurde die Box in dieser Zeit bereits genutzt, ist anteilig Miete zu zahlen."),
    ("h", "§ 12 Schlussbestimmungen"),
    ("p", "Es gilt deutsches Recht. Sollte eine Bestimmung unwirksam sein, bleiben die übrigen Bestimmungen wirksam."),
]

# ------------------------------------------------- Moving price sheet (en, PDF)
MOVING = [
    ("p", "Depotfuchs GmbH – Moving services in Leipzig, Hannover and Köln (Nuremberg: Storage Shuttle only). "
          "Valid for moves from 1 February 2026. All prices incl. 19 % VAT."),
    ("h", "Packages (fixed price, moves up to 30 km)"),
    ("t", ([["Package", "Price", "Team / vehicle", "Time included"],
            ["Basic", "from €449", "2 movers, 3.5 t van", "up to 4 hours"],
            ["Comfort", "from €1,190", "3 movers, 7.5 t truck", "up to 8 hours"],
            ["Storage Shuttle", "€189", "1 mover + driver, van (max. 5 m³)", "up to 2 hours"]],
           [3.5 * cm, 3 * cm, 6 * cm, 4 * cm])),
    ("p", "The final fixed price is confirmed after a free video survey. Comfort includes furniture "
          "disassembly and assembly (except kitchens) and packing of fragile items."),
    ("h", "Extras"),
    ("t", ([["Extra service", "Price"],
            ["Extra hour, Basic team (2 movers + van)", "€89 per hour"],
            ["Extra hour, Comfort team (3 movers + truck)", "€139 per hour"],
            ["Additional mover", "€35 per hour"],
            ["Parking restriction zone incl. permit (Halteverbotszone)", "€119"],
            ["Upright piano transport", "€290 (+ €40 per floor)"],
            ["Washing machine disconnect and connect", "€39"],
            ["Kitchen assembly", "€65 per hour per fitter"],
            ["Distance beyond 30 km", "€1.60 per km"],
            ["Floors without lift from the 4th floor", "€25 per floor"],
            ["Saturday surcharge", "20 % on the package price"]], [11 * cm, 5.5 * cm])),
    ("p", "No moves on Sundays and public holidays. Grand pianos, safes over 200 kg and moves abroad on request."),
    ("h", "Booking, payment and cancellation"),
    ("p", "Please book at least 10 days before your moving date. Payment by invoice within 7 days after the move "
          "or by credit card on the day."),
    ("t", ([["Cancellation", "Fee"],
            ["up to 5 working days before the move", "free of charge"],
            ["less than 5 working days before the move", "50 % of the package price"],
            ["on the moving day or no-show", "100 % of the package price"]], [11 * cm, 5.5 * cm])),
    ("p", "Questions: Service hotline 0800 3368 3824 or umzug@depotfuchs.de."),
]


def docx_file(path, title, parts):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Depotfuchs GmbH"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(title, level=0)
    for kind, content in parts:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            for item in content:
                d.add_paragraph(item, style="List Number")
        elif kind == "bl":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for row in content:
                cells = t.add_row().cells
                for c, val in zip(cells, row):
                    c.text = val
    d.save(str(path))


CLAIMS = [
    ("p", "Merkblatt für Privat- und Geschäftskunden der Depotfuchs GmbH. Versicherer: Elbtal Assekuranz AG. "
          "Stand: 1. Februar 2026."),
    ("h", "1. Sofort handeln"),
    ("bl", ["Bei Einbruch: Polizei verständigen und Anzeige innerhalb von 24 Stunden erstatten. Aktenzeichen notieren.",
            "Bei Wasser, Feuer oder Brandgeruch: Notfall-Nummer 0341 8890 4499 anrufen (rund um die Uhr), bei Gefahr zuerst 112.",
            "Nichts wegwerfen: Beschädigte Sachen bis zur Freigabe durch den Versicherer aufbewahren."]),
    ("h", "2. Schaden melden"),
    ("p", "Melden Sie den Schaden innerhalb von 7 Tagen, nachdem Sie ihn bemerkt haben – per E-Mail an "
          "schaden@depotfuchs.de oder im Kundenportal „Mein Fuchsbau“ unter Service > Schaden melden."),
    ("h", "3. Diese Unterlagen brauchen wir"),
    ("li", ["ausgefülltes Schadenformular (im Portal oder im Standortbüro)",
            "Fotos der beschädigten Sachen und der Box",
            "Liste der beschädigten Gegenstände mit geschätztem Zeitwert",
            "Kaufbelege, soweit vorhanden",
            "bei Einbruch: Aktenzeichen der Polizei"]),
    ("h", "4. Fristen auf einen Blick"),
    ("t", [["Was", "Frist"],
           ["Anzeige bei der Polizei (Einbruch)", "innerhalb von 24 Stunden"],
           ["Schadensmeldung an Depotfuchs", "innerhalb von 7 Tagen"],
           ["Eingangsbestätigung mit Schadennummer", "innerhalb von 2 Werktagen"],
           ["Bearbeitung durch den Versicherer", "ca. 15 Werktage nach Eingang aller Unterlagen"]]),
    ("h", "5. Auszahlung"),
    ("p", "Die Entschädigung zahlt die Elbtal Assekuranz AG direkt auf Ihr Konto. Erstattet wird der Zeitwert "
          "abzüglich der Selbstbeteiligung von 150 € je Schadensfall."),
]

FRAMEWORK = [
    ("p", "Rahmenvertrag über die Anmietung von Lagerflächen durch Unternehmer, Freiberufler und "
          "juristische Personen (Geschäftskunden). Depotfuchs GmbH, Kranwerkstraße 12, 04229 Leipzig. "
          "Fassung vom 1. Februar 2026."),
    ("h", "§ 1 Vertragsgegenstand"),
    ("p", "Depotfuchs vermietet dem Geschäftskunden Lagereinheiten an den im Einzelmietschein genannten Standorten. "
          "Für jede Einheit wird ein Einzelmietschein ausgestellt; es gelten die Regeln dieses Rahmenvertrags."),
    ("h", "§ 2 Laufzeit und Kündigung"),
    ("p", "Die Mindestlaufzeit je Einheit beträgt 3 Monate. Danach läuft der Einzelmietschein unbefristet und kann "
          "mit einer Frist von einem Monat zum Monatsende gekündigt werden. Die Kündigung bedarf der Textform."),
    ("h", "§ 3 Preise"),
    ("p", "Es gelten die Preise der aktuellen Preisliste als Nettopreise zuzüglich der gesetzlichen Umsatzsteuer. "
          "Mengenrabatte richten sich nach der Übersicht „Depotfuchs Business“. Eine Preisanpassung ist höchstens "
          "einmal jährlich mit einer Ankündigungsfrist von 2 Monaten möglich."),
    ("h", "§ 4 Sicherheitsleistung"),
    ("p", "Der Geschäftskunde leistet eine Kaution in Höhe von zwei Monatsmieten (netto) je Einheit. Alternativ kann "
          "eine unbefristete, selbstschuldnerische Bankbürgschaft einer deutschen Bank gestellt werden."),
    ("h", "§ 5 Rechnung und Zahlung"),
    ("p", "Depotfuchs stellt monatlich eine Sammelrechnung für alle Einheiten. Das Zahlungsziel beträgt 14 Tage "
          "ab Rechnungsdatum. Bei Verzug gelten die gesetzlichen Verzugszinsen für Geschäftsverkehr."),
    ("h", "§ 6 Versicherung"),
    ("p", "Für Geschäftskunden beträgt der Grundschutz 5.000 € je Einheit. Höhere Versicherungssummen bis "
          "100.000 € je Einheit werden auf Anfrage individuell angeboten. Die Selbstbeteiligung beträgt 250 € je Schadensfall."),
    ("h", "§ 7 Zugang und Warenannahme"),
    ("p", "Bis zu 5 Zugangskarten sind im Preis enthalten. Die Warenannahme an den Standorten Leipzig-Paunsdorf "
          "und Hannover-List wird nach der jeweils gültigen Preisübersicht berechnet."),
    ("h", "§ 8 Nutzung"),
    ("p", "Erlaubt ist die Lagerung von Waren, Material, Werkzeug und Akten. Nicht erlaubt sind Verkauf, "
          "Kundenverkehr, Produktion und dauerhafte Arbeitsplätze in der Einheit sowie Gefahrgut."),
    ("h", "§ 9 Nachweise"),
    ("p", "Bei Vertragsschluss ist ein aktueller Handelsregisterauszug oder eine Gewerbeanmeldung vorzulegen, "
          "bei Freiberuflern ein Nachweis der Tätigkeit (z. B. Steuernummer)."),
    ("h", "§ 10 Ansprechpartner"),
    ("p", "Geschäftskundenbetreuung: Tarek Demirel-Hoff, Telefon 0341 8890 4417, business@depotfuchs.de."),
]


def main():
    pdf(KB / "mietvertrag" / "agb-privatkunden.pdf",
        "Allgemeine Geschäftsbedingungen (AGB) – Privatkunden", AGB, "AGB Privatkunden Depotfuchs")
    pdf(KB / "umzug" / "moving-services-price-sheet-2026.pdf",
        "Moving services – price sheet 2026", MOVING, "Depotfuchs moving services price sheet 2026")
    docx_file(KB / "versicherung" / "merkblatt-schadensmeldung.docx", "Merkblatt Schadensmeldung", CLAIMS)
    docx_file(KB / "geschaeftskunden" / "rahmenvertrag-geschaeftskunden.docx",
              "Rahmenvertrag für Geschäftskunden", FRAMEWORK)

    # self-check: text must be extractable
    from pypdf import PdfReader
    for p in sorted(KB.rglob("*.pdf")):
        text = "".join(page.extract_text() for page in PdfReader(str(p)).pages)
        print(p.relative_to(KB), len(text), "chars")
    for p in sorted(KB.rglob("*.docx")):
        d = Document(str(p))
        text = "\n".join(x.text for x in d.paragraphs)
        text += "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
        print(p.relative_to(KB), len(text), "chars")


if __name__ == "__main__":
    main()
