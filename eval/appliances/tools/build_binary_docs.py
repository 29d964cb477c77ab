#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents (2 PDF, 2 DOCX).

Usage:
    python3 -m venv /tmp/appliances-venv
    /tmp/appliances-venv/bin/pip install reportlab python-docx pypdf
    /tmp/appliances-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/garantie/careplus-bedingungen.pdf        (de)
    kb/ersatzteile/spare-parts-price-list.pdf   (en)
    kb/reparatur/business-service-rates.docx    (en)
    kb/kontakt/beschwerdeverfahren.docx         (de)
"""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"
styles = getSampleStyleSheet()


def _pdf(path: Path, title: str, blocks, meta_title: str, lang: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta_title,
                            author="Velmora Hausgeräte GmbH", lang=lang)
    story = [Paragraph(title, styles["Title"]), Spacer(1, 0.4 * cm)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
            story.append(Spacer(1, 0.2 * cm))
        elif kind == "table":
            t = Table(content, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
    doc.build(story)


def build_careplus_terms():
    blocks = [
        ("p", "Stand: 1. März 2026. Anbieter: Velmora Hausgeräte GmbH, Lindenhofer Straße 14, 34117 Kassel."),
        ("h", "§ 1 Geltungsbereich"),
        ("p", "Diese Bedingungen gelten für die Anschlussgarantie Velmora CarePlus 3 und CarePlus 5 für "
              "Privatkunden in Deutschland. CarePlus kann innerhalb von 12 Monaten nach dem Kaufdatum des Geräts "
              "abgeschlossen werden."),
        ("h", "§ 2 Laufzeit"),
        ("p", "CarePlus 3 läuft 3 Jahre, CarePlus 5 läuft 5 Jahre. Die Laufzeit beginnt mit dem Ablauf der "
              "Herstellergarantie."),
        ("h", "§ 3 Leistungsumfang"),
        ("p", "Bei mechanischen und elektrischen Defekten übernimmt Velmora die Kosten für Ersatzteile, Arbeitszeit "
              "und Anfahrt des Werkskundendienstes. Es gibt keine Selbstbeteiligung. Die Anzahl der Reparaturen ist "
              "nicht begrenzt; die Gesamtleistung ist auf die Höhe des ursprünglichen Kaufpreises des Geräts begrenzt."),
        ("h", "§ 4 Ersatzgerät"),
        ("p", "Ist eine Reparatur wirtschaftlich nicht sinnvoll oder tritt derselbe Defekt nach zwei Reparaturen ein "
              "drittes Mal auf, erhält der Kunde ein gleichwertiges Ersatzgerät. Mit der Lieferung des Ersatzgeräts "
              "endet der CarePlus-Vertrag."),
        ("h", "§ 5 Ausschlüsse"),
        ("p", "Nicht abgedeckt sind: Unfallschäden (z. B. Sturz, Stoß, von außen eingedrungene Flüssigkeit), "
              "kosmetische Schäden wie Kratzer und Dellen, Zubehör und Verbrauchsmaterial (Filter, Lampen, "
              "Dichtungen bei normalem Verschleiß), Kalkschäden, gewerbliche Nutzung sowie Schäden durch nicht "
              "autorisierte Eingriffe."),
        ("h", "§ 6 Widerruf und Kündigung"),
        ("p", "Der Kunde kann den Vertrag innerhalb von 14 Tagen nach Abschluss ohne Angabe von Gründen widerrufen "
              "und erhält den vollen Preis zurück. Danach kann CarePlus jederzeit mit einer Frist von 30 Tagen "
              "gekündigt werden. Für die vollen verbleibenden Monate wird der Preis anteilig erstattet, abzüglich "
              "einer Bearbeitungsgebühr von 15,00 €."),
        ("h", "§ 7 Übertragung bei Verkauf"),
        ("p", "Wird das Gerät verkauft oder verschenkt, kann CarePlus kostenlos auf den neuen Eigentümer übertragen "
              "werden. Der Eigentümerwechsel ist innerhalb von 30 Tagen mit Name und Anschrift des neuen Eigentümers "
              "mitzuteilen."),
        ("h", "§ 8 Umzug ins Ausland"),
        ("p", "Wird das Gerät dauerhaft außerhalb Deutschlands betrieben, endet der Vertrag. Der Preis wird wie in "
              "§ 6 anteilig erstattet."),
    ]
    _pdf(KB / "garantie" / "careplus-bedingungen.pdf", "Bedingungen Velmora CarePlus", blocks,
         "Bedingungen Velmora CarePlus", "de-DE")


def build_spare_parts_list():
    rows = [
        ["Part", "Part no.", "Fits", "Price"],
        ["Door seal", "VM-DS-7086", "Velmora WM 7400, WM 8600", "€54.90"],
        ["Drain pump", "VM-DP-2210", "all Velmora washing machines", "€72.50"],
        ["Pump filter cover", "VM-FC-0113", "Velmora WM 7400, WM 8600, Brisko W6", "€9.90"],
        ["Carbon brush set", "BR-CB-0606", "Brisko W6", "€24.90"],
        ["Cutlery basket", "VM-CB-6001", "Velmora GS 60 Integra", "€29.90"],
        ["Lower basket wheels (set of 8)", "VM-WH-0008", "Velmora GS 45 Slim, GS 60 Integra", "€12.40"],
        ["Upper spray arm", "VM-SA-4560", "Velmora GS 45 Slim, GS 60 Integra", "€18.90"],
        ["Inner door glass pane", "VM-GL-3300", "Velmora BO 3 Pyro", "€89.00"],
        ["Oven lamp 25 W, 300 °C", "VM-LP-0025", "Velmora BO 2 Steam, BO 3 Pyro", "€7.50"],
        ["Fan motor", "VM-FM-2020", "Velmora BO 2 Steam", "€119.00"],
        ["Descaler (pack of 2)", "VM-DC-0002", "all washing machines and dishwashers", "€14.90"],
    ]
    blocks = [
        ("p", "Valid from 1 April 2026. All prices include 19% VAT and exclude shipping. Labour is not included. "
              "For shipping costs and delivery times see the page \"Ersatzteile bestellen\"."),
        ("table", rows),
        ("p", "Please always state the E-Nr. (model number) of your appliance when ordering. Parts not listed here "
              "are available on request at ersatzteile@velmora-hausgeraete.de."),
    ]
    _pdf(KB / "ersatzteile" / "spare-parts-price-list.pdf", "Velmora Original Spare Parts – Price List",
         blocks, "Velmora Original Spare Parts – Price List 2026", "en-GB")


def _docx_table(doc, rows):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r in rows:
        cells = table.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


def build_business_rates():
    doc = Document()
    doc.core_properties.title = "Velmora Business Service – Service rates for commercial customers 2026"
    doc.core_properties.language = "en"
    doc.add_heading("Velmora Business Service – Service rates for commercial customers 2026", 0)
    doc.add_paragraph("Valid from 1 January 2026. All prices are net prices plus statutory VAT (19%).")
    doc.add_heading("Who is this for?", 1)
    doc.add_paragraph("Businesses that use Velmora or Brisko appliances commercially, for example restaurants, "
                      "hair salons, hotels and holiday apartments, laundries, care homes and sports clubs. "
                      "The rates for private customers do not apply to commercial use.")
    doc.add_heading("Rates", 1)
    _docx_table(doc, [
        ["Service", "Price (net)"],
        ["Call-out fee (up to 50 km from the nearest service location)", "€65.00"],
        ["Additional distance beyond 50 km", "€1.10 per km"],
        ["Labour per started 15 minutes", "€24.00"],
        ["Emergency call-out within 4 hours (Kassel and Leipzig city areas only)", "€120.00"],
        ["ProLine service contract, per appliance per month", "€39.00"],
    ])
    doc.add_heading("ProLine service contract", 1)
    doc.add_paragraph("ProLine includes call-out fees and labour, a priority response on the next working day "
                      "and one maintenance visit per year. Spare parts are charged with a 20% discount. "
                      "The minimum term is 12 months; after that the contract can be cancelled with one month's notice.")
    doc.add_heading("Guarantee for commercial use", 1)
    doc.add_paragraph("Appliances used commercially have a manufacturer's guarantee of 12 months. "
                      "CarePlus plans are not available for commercial customers.")
    doc.add_heading("Payment and contact", 1)
    doc.add_paragraph("Payment by invoice, 30 days net. Business hotline 0561 98 17 450 (Monday to Friday, "
                      "7:00–18:00), email business@velmora-hausgeraete.de.")
    out = KB / "reparatur" / "business-service-rates.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


def build_complaints():
    doc = Document()
    doc.core_properties.title = "Beschwerdemanagement der Velmora Hausgeräte GmbH"
    doc.core_properties.language = "de"
    doc.add_heading("Beschwerdemanagement der Velmora Hausgeräte GmbH", 0)
    doc.add_paragraph("Stand: Juni 2026. Das Beschwerdeverfahren ist für Sie kostenlos.")
    doc.add_heading("1. So reichen Sie eine Beschwerde ein", 1)
    for item in [
        "Online-Formular unter velmora-hausgeraete.de/beschwerde",
        "E-Mail an beschwerde@velmora-hausgeraete.de",
        "Brief an Velmora Hausgeräte GmbH, Stichwort „Beschwerde“, Lindenhofer Straße 14, 34117 Kassel",
        "telefonisch über die Service-Hotline 0800 835 6672",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("2. Diese Angaben helfen uns", 1)
    doc.add_paragraph("Name und Anschrift, Kunden- oder Auftragsnummer, E-Nr. des Geräts, eine kurze Beschreibung "
                      "des Sachverhalts sowie vorhandene Unterlagen (Rechnung, Fotos).")
    doc.add_heading("3. Bearbeitungszeiten", 1)
    _docx_table(doc, [
        ["Schritt", "Frist"],
        ["Eingangsbestätigung", "innerhalb von 2 Werktagen"],
        ["Abschließende Antwort", "innerhalb von 14 Tagen"],
        ["Überprüfung durch die Kundenombudsstelle", "innerhalb von 21 Tagen"],
    ])
    doc.add_paragraph("Können wir eine Beschwerde nicht innerhalb von 14 Tagen abschließend beantworten, erhalten "
                      "Sie einen Zwischenbescheid mit Begründung.")
    doc.add_heading("4. Kundenombudsstelle", 1)
    doc.add_paragraph("Sind Sie mit unserer Antwort nicht zufrieden, können Sie eine erneute Prüfung durch unsere "
                      "unabhängige interne Kundenombudsstelle verlangen. Schreiben Sie dazu an "
                      "ombudsstelle@velmora-hausgeraete.de.")
    doc.add_heading("5. Verbraucherschlichtung", 1)
    doc.add_paragraph("Die Velmora Hausgeräte GmbH ist nicht verpflichtet und nicht bereit, an einem "
                      "Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.")
    out = KB / "kontakt" / "beschwerdeverfahren.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


if __name__ == "__main__":
    build_careplus_terms()
    build_spare_parts_list()
    build_business_rates()
    build_complaints()
    print("built 2 PDF and 2 DOCX files in", KB)
