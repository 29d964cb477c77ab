#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the knowledge base.

Run with a venv that has reportlab and python-docx:
    /tmp/diy-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

KB = Path(__file__).resolve().parent.parent / "kb"


# ---------------------------------------------------------------- PDF helpers
def build_pdf(path, title, meta_title, blocks):
    """blocks: list of ("h", text) | ("p", text) | ("table", rows)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta_title,
                            author="Krautwald Bau & Garten GmbH")
    story = [Paragraph(title, styles["Title"]), Spacer(1, 6)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
            story.append(Spacer(1, 4))
        elif kind == "table":
            cell = styles["BodyText"].clone("cell", fontSize=9, leading=11)
            ncols = len(content[0])
            width = (A4[0] - 4.4 * cm) / ncols
            rows = [[Paragraph(c, cell) for c in row] for row in content]
            t = Table(rows, hAlign="LEFT", colWidths=[width] * ncols)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


# ---------------------------------------------------------------- DOCX helpers
def build_docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Krautwald Bau & Garten GmbH"
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
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))


# ---------------------------------------------------------------- rental terms (EN, PDF)
RENTAL_TERMS = [
    ("p", "Krautwald Bau &amp; Garten GmbH – valid for all rentals of tools, machines and trailers from "
          "1 March 2026. These terms apply in addition to the price list of the rental station."),
    ("h", "1. Who can rent"),
    ("p", "The renter must be at least 18 years old. The mini excavator is only rented to persons aged 21 or over. "
          "Please bring a valid identity card or passport. For trailers you also need your driving licence and the "
          "registration certificate of the towing vehicle, all as originals."),
    ("h", "2. Reservations and cancellation"),
    ("p", "Equipment and trailers can be reserved up to 4 weeks in advance by phone in the store or online in the "
          "customer account. Cancellation is free of charge up to 24 hours before the agreed pick-up time. For "
          "later cancellations or if you do not show up, we charge 50 % of the one-day rate."),
    ("h", "3. Deposit and payment"),
    ("p", "A deposit is payable when you pick up the equipment. The deposit can only be paid in cash or by "
          "girocard (German debit card); credit cards and gift cards are not accepted for the deposit. The rental "
          "fee itself can be paid with all payment methods accepted at the checkout, including credit cards. "
          "The deposit is refunded in full after proper return, using the same method it was paid with."),
    ("h", "4. Rental period and late return"),
    ("p", "The rental period starts at pick-up. We allow a grace period of 60 minutes. If you return the equipment "
          "later, the next higher tariff is charged (for example the one-day rate instead of the 4-hour rate); "
          "each further day started is charged at the one-day rate. Weekend rate: pick-up Saturday from 12:00 noon, "
          "return Monday by 9:00 am."),
    ("h", "5. Condition, cleaning and fuel"),
    ("p", "Equipment must be returned complete and in a clean condition. If equipment is returned dirty, we charge "
          "a cleaning fee:"),
    ("table", [["Item", "Cleaning fee"],
               ["Tools and machines", "€25.00"],
               ["Trailers (not swept clean)", "€15.00"],
               ["Carpet cleaner with full dirty-water tank", "€10.00"]]),
    ("p", "Petrol-driven machines are handed over with a full tank. If you return them without refuelling, we "
          "charge €3.50 per missing litre."),
    ("h", "6. Damage, liability and damage waiver"),
    ("p", "The renter is liable for loss of and damage to the rented equipment during the rental period, except for "
          "normal wear and tear. You can reduce your liability by taking out our optional damage waiver for 10 % of "
          "the rental price. With the damage waiver your liability is limited to a deductible of €250 per damage "
          "event. The damage waiver does not apply to damage caused intentionally or by gross negligence, to "
          "theft from unlocked vehicles, or to wear parts. Trailers are insured under our motor liability "
          "insurance; damage to the trailer itself is covered by the damage waiver as described above."),
    ("h", "7. Reporting damage and accidents"),
    ("p", "Any damage, malfunction or accident must be reported to the renting store immediately and before the "
          "equipment is used again. Stop using defective equipment at once. Accidents involving a trailer on "
          "public roads and any theft must also be reported to the police; please hand us a copy of the police "
          "report."),
    ("h", "8. Safe use"),
    ("p", "At pick-up our staff explain how to operate the equipment safely. The renter must wear suitable personal "
          "protective equipment (hearing protection, safety glasses, safety shoes), which is available in our "
          "stores. Subletting or passing the equipment on to third parties is not permitted."),
    ("h", "9. Business customers"),
    ("p", "Trade card customers receive 10 % discount on rental prices. The deposit may be waived for trade card "
          "customers with invoice payment; this is decided by the store."),
    ("p", "Krautwald Bau &amp; Garten GmbH, Gleisbogenstraße 12, 04357 Leipzig. Version 03/2026."),
]

# ---------------------------------------------------------------- privacy notice (DE, PDF)
DATENSCHUTZ = [
    ("p", "Stand: 01.09.2026. Diese Datenschutzhinweise erklären, wie die Krautwald Bau &amp; Garten GmbH "
          "personenbezogene Daten in ihren Märkten, im Onlineshop und bei ihren Services verarbeitet."),
    ("h", "1. Verantwortlicher"),
    ("p", "Krautwald Bau &amp; Garten GmbH, Gleisbogenstraße 12, 04357 Leipzig, E-Mail: "
          "service@krautwald-baumarkt.de"),
    ("h", "2. Datenschutzbeauftragter"),
    ("p", "Unseren externen Datenschutzbeauftragten erreichen Sie unter datenschutz@krautwald-baumarkt.de oder per "
          "Post an die oben genannte Anschrift mit dem Zusatz „Datenschutzbeauftragter“."),
    ("h", "3. Welche Daten wir verarbeiten"),
    ("table", [["Bereich", "Daten", "Zweck / Rechtsgrundlage"],
               ["Onlineshop", "Name, Adressen, E-Mail, Telefon, Bestellungen, Zahlungsdaten",
                "Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)"],
               ["Gartenfreunde-Karte / Profikarte", "Stammdaten, Einkäufe mit Karte, Punkte",
                "Vertrag; Werbung nur mit Einwilligung (lit. a)"],
               ["Mietstation", "Name, Anschrift, Ausweisnummer, Führerscheinklasse",
                "Vertragserfüllung, Sicherung unserer Ansprüche"],
               ["Baustofflieferung", "Lieferadresse, Telefonnummer für den Fahrer", "Vertragserfüllung"],
               ["Videoüberwachung", "Bildaufnahmen im Markt und auf dem Parkplatz",
                "berechtigtes Interesse (lit. f): Schutz vor Diebstahl und Vandalismus"]]),
    ("h", "4. Videoüberwachung in den Märkten"),
    ("p", "In Kassenbereichen, Eingängen, im Drive-in und auf den Parkplätzen setzen wir Videokameras ein. Darauf "
          "weisen Schilder an den Eingängen hin. Die Aufnahmen werden nach 72 Stunden automatisch gelöscht, es sei "
          "denn, sie werden zur Aufklärung eines konkreten Vorfalls (z. B. Diebstahl, Unfall) benötigt. Toiletten "
          "und Sozialräume werden nicht überwacht."),
    ("h", "5. Speicherdauer"),
    ("p", "Wir löschen Daten, sobald der Zweck entfällt. Rechnungen und Buchungsbelege bewahren wir aufgrund "
          "handels- und steuerrechtlicher Pflichten 10 Jahre auf. Mietverträge speichern wir 3 Jahre nach "
          "Vertragsende. Kundenkartendaten löschen wir 2 Jahre nach der letzten Nutzung der Karte oder nach "
          "Kündigung."),
    ("h", "6. Weitergabe an Dritte"),
    ("p", "Wir geben Daten nur weiter, soweit es für die Vertragserfüllung nötig ist, z. B. an Versanddienstleister, "
          "Speditionen, Zahlungsdienstleister (PayPal, Klarna, Kreditkartenunternehmen) und unseren IT-Dienstleister. "
          "Eine Übermittlung in Länder außerhalb der EU findet nur mit geeigneten Garantien statt."),
    ("h", "7. Newsletter und Werbung"),
    ("p", "Den Newsletter versenden wir nur mit Ihrer Einwilligung (Double-Opt-in). Sie können ihn jederzeit über den "
          "Abmeldelink oder im Kundenkonto abbestellen."),
    ("h", "8. Ihre Rechte"),
    ("p", "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), "
          "Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). "
          "Eine erteilte Einwilligung können Sie jederzeit widerrufen. Anfragen richten Sie bitte an "
          "datenschutz@krautwald-baumarkt.de; zur Sicherheit müssen wir Ihre Identität prüfen."),
    ("p", "Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, für uns zuständig ist die "
          "Sächsische Datenschutz- und Transparenzbeauftragte."),
    ("h", "9. Cookies"),
    ("p", "Technisch notwendige Cookies setzen wir ohne Einwilligung ein. Analyse- und Marketing-Cookies nur, wenn Sie "
          "im Cookie-Banner zustimmen. Ihre Auswahl können Sie jederzeit über „Cookie-Einstellungen“ im Fußbereich "
          "der Website ändern."),
]

# ---------------------------------------------------------------- Profikarte (DE, DOCX)
PROFIKARTE = [
    ("p", "Stand: Juli 2026. Die Profikarte ist die kostenlose Kundenkarte der Krautwald Bau & Garten GmbH für "
          "Gewerbetreibende, Handwerksbetriebe, Landwirte, Wohnungsgesellschaften, öffentliche Einrichtungen und "
          "eingetragene Vereine."),
    ("h", "1. Voraussetzungen"),
    ("li", "Gewerbeanmeldung oder Handelsregisterauszug (nicht älter als 12 Monate)"),
    ("li", "Freiberufler: Bescheinigung des Finanzamts über die Steuernummer"),
    ("li", "Personalausweis der antragstellenden Person; USt-IdNr. optional"),
    ("h", "2. Antrag und Bearbeitung"),
    ("p", "Den Antrag stellen Sie am Servicepoint jedes Marktes oder online über das Formular „Profikarte beantragen“. "
          "Die Bearbeitung dauert 3 Werktage. Für den Kauf auf Rechnung führen wir eine Bonitätsprüfung durch; bis "
          "zur Freischaltung können Sie die Karte bereits für den Sofortrabatt nutzen."),
    ("h", "3. Ihre Vorteile im Überblick"),
    ("table", [["Leistung", "Konditionen"],
               ["Sofortrabatt", "5 % auf das gesamte Sortiment, ausgenommen Aktionsware, Gutscheine und Pfand"],
               ["Werkzeug- und Anhängermiete", "10 % Rabatt auf den Mietpreis"],
               ["Kauf auf Rechnung", "Zahlungsziel 30 Tage, Kreditrahmen standardmäßig 5.000 € nach Bonitätsprüfung"],
               ["Sammelrechnung", "monatlich, mit Kommission/Projekt und Kartennummer je Einkauf"],
               ["Rückgabe", "60 Tage für originalverpackte, ungeöffnete Ware mit Beleg"],
               ["Holzzuschnitt", "die ersten 10 Schnitte je Einkauf kostenlos"],
               ["Baustoff-Drive-in Leipzig-Nord", "Mo–Fr ab 6:30 Uhr, Sa ab 7:30 Uhr"],
               ["Baustofflieferung", "Zone 1 kostenlos ab 500 € Warenwert"],
               ["Zusatzkarten", "bis zu 5 Zusatzkarten für Mitarbeitende, kostenlos"]]),
    ("h", "4. Rückgabe für Gewerbekunden"),
    ("p", "Abweichend von der Rückgabefrist für Privatkunden (30 Tage) nehmen wir von Profikarten-Kunden "
          "originalverpackte und ungeöffnete Ware innerhalb von 60 Tagen zurück. Die Erstattung erfolgt als Gutschrift "
          "auf der nächsten Sammelrechnung oder auf dem ursprünglichen Zahlungsweg. Zuschnitte, Sonderbestellungen und "
          "Meterware sind auch für Gewerbekunden ausgeschlossen."),
    ("h", "5. Zahlung und Mahnwesen"),
    ("p", "Rechnungen sind innerhalb von 30 Tagen ohne Abzug zahlbar. Bei Zahlungsverzug können wir den Kauf auf "
          "Rechnung sperren; Sofortrabatt und übrige Vorteile bleiben bestehen. Skonto gewähren wir nicht."),
    ("h", "6. Laufzeit und Kündigung"),
    ("p", "Die Profikarte ist unbefristet gültig und kann von beiden Seiten jederzeit ohne Angabe von Gründen "
          "gekündigt werden. Offene Rechnungen bleiben davon unberührt."),
    ("p", "Krautwald Bau & Garten GmbH · Gewerbekundenservice · Gleisbogenstraße 12 · 04357 Leipzig · "
          "gewerbe@krautwald-baumarkt.de"),
]

# ---------------------------------------------------------------- DIY workshops (EN, DOCX)
WORKSHOPS = [
    ("p", "Learn it, then do it yourself: in our hands-on workshops our trained staff show you step by step how it is "
          "done. Workshops take place in the workshop rooms of our Leipzig-Nord and Dresden stores. The Leipzig-Süd "
          "store does not host workshops."),
    ("h", "Workshop types"),
    ("table", [["Workshop", "Who", "When", "Fee"],
               ["Adult workshop", "ages 18 and over; teenagers 13–17 accompanied by an adult",
                "Saturdays 10:00 am – 12:30 pm", "15 € per person, returned as a 15 € shopping voucher"],
               ["Kids' workshop", "children aged 6–12", "first Saturday of the month (Feb and Mar), 2:00–3:30 pm",
                "free of charge"],
               ["Women's workshop", "women of all skill levels", "see programme", "15 € per person"]]),
    ("p", "Materials and tools are provided and are included in the fee. Each workshop has a maximum of 12 "
          "participants. For kids' workshops, one parent or guardian must stay in the store during the workshop."),
    ("h", "Programme January to March 2027"),
    ("table", [["Date", "Topic", "Store"],
               ["Sat 9 Jan 2027", "Tiling basics: walls and small floors", "Leipzig-Nord"],
               ["Sat 16 Jan 2027", "Wallpapering and painting like a pro", "Dresden"],
               ["Sat 23 Jan 2027", "Drilling and fixing in every kind of wall", "Leipzig-Nord"],
               ["Sat 30 Jan 2027", "Laying laminate and vinyl flooring", "Dresden"],
               ["Sat 6 Feb 2027", "Kids: building a bird house", "Leipzig-Nord and Dresden"],
               ["Sat 13 Feb 2027", "Building a raised bed", "Dresden"],
               ["Sat 20 Feb 2027", "Women's workshop: confident with power tools", "Leipzig-Nord"],
               ["Sat 27 Feb 2027", "Renewing silicone joints in the bathroom", "Leipzig-Nord"],
               ["Sat 6 Mar 2027", "Kids: sowing seeds and planting", "Leipzig-Nord and Dresden"],
               ["Sat 13 Mar 2027", "Pruning fruit trees", "Dresden"]]),
    ("h", "Registration"),
    ("p", "Register online under \"Workshops\" or at the information desk of the store. Registration opens 6 weeks "
          "before the workshop. You can cancel free of charge up to 48 hours before the start; after that, or if you do "
          "not show up, the fee is not refunded and no voucher is issued."),
    ("h", "Good to know"),
    ("li", "Please wear work clothes and closed shoes; safety glasses and hearing protection are provided."),
    ("li", "Workshops are held in German; our staff are happy to explain in English if needed."),
    ("li", "Gift idea: workshop places can be booked as a present – ask at the information desk."),
    ("li", "Private group workshops for companies or clubs (from 8 people) on request."),
]


def main():
    build_pdf(KB / "mietservice" / "rental-terms.pdf", "Rental Terms – Tools, Machines and Trailers",
              "Krautwald rental terms", RENTAL_TERMS)
    build_pdf(KB / "service" / "datenschutz.pdf", "Datenschutzhinweise für Kundinnen und Kunden",
              "Krautwald Datenschutzhinweise", DATENSCHUTZ)
    build_docx(KB / "kundenkarten" / "profikarte-gewerbe.docx", "Profikarte – Konditionen für Gewerbekunden",
               PROFIKARTE)
    build_docx(KB / "service" / "diy-workshops.docx", "DIY workshops at Krautwald", WORKSHOPS)
    print("built 2 PDF + 2 DOCX")


if __name__ == "__main__":
    main()
