#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the Stellwerk Parken knowledge base.

Run with a venv that has reportlab and python-docx:
    python3 -m venv /tmp/parking-venv
    /tmp/parking-venv/bin/pip install reportlab python-docx pypdf
    /tmp/parking-venv/bin/python tools/build_binary.py
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

# ---------------------------------------------------------------- content
# Each document: list of blocks: ("h1", text) ("h2", text) ("p", text) ("table", [rows])

SEASON_TERMS = [
    ("h1", "Season ticket terms and conditions"),
    ("p", "Monthly season tickets and annual season passes of Stellwerk Parken GmbH, Kanalstraße 14, 34517 Brannfeld. Valid from 1 January 2026."),
    ("h2", "1. Scope"),
    ("p", "These terms apply to all monthly season tickets (\"Monatskarte Rund um die Uhr\", \"Monatskarte Werktag\"), annual season passes and residents' permits issued by Stellwerk Parken GmbH. Our general parking regulations (Einstellbedingungen) apply in addition. If the two contradict each other, these terms take precedence."),
    ("h2", "2. Start of the contract"),
    ("p", "Monthly season tickets start on the 1st or the 15th of a month. Annual season passes start on the 1st of a month. The contract is concluded when we confirm your application in writing or by e-mail."),
    ("h2", "3. Access card"),
    ("p", "For garages with barriers you receive a personal access card. The deposit for the access card is 10.00 €. It is refunded when the card is returned at the end of the contract. A replacement card for a lost or damaged card costs 15.00 €; annual pass holders receive one replacement card per contract year free of charge. A lost card must be reported immediately so that it can be blocked."),
    ("h2", "4. Vehicles"),
    ("p", "Up to two licence plates can be registered per season ticket. Only one of these vehicles may be parked at the site at any one time. Changes of licence plate can be made free of charge in the StellwerkApp or at the customer office."),
    ("h2", "5. Right of use"),
    ("p", "A season ticket entitles you to park at the chosen site, but not on a specific space, unless a reserved space has been booked. In Parkhaus Am Markt, levels 4 and 5 are kept free for season ticket holders on weekdays until 10:00. If a site is temporarily full, we cannot guarantee a space; in this case we will reimburse the parking fee at another of our sites on presentation of the receipt."),
    ("h2", "6. Payment"),
    ("p", "Fees are collected by SEPA direct debit on the first bank working day of each month (annual pass: in advance for the full year, or quarterly). For each returned direct debit we charge the bank fees incurred, at a flat rate of 8.50 €. After two unsuccessful direct debits we may block the access card until the outstanding amount has been paid."),
    ("h2", "7. Price changes"),
    ("p", "We will announce price changes at least 6 weeks before they take effect, by e-mail or letter. You then have a special right to cancel the season ticket as of the date the new price takes effect. Prices of an annual pass already paid in full are not changed during the current contract year."),
    ("h2", "8. Term and cancellation"),
    ("table", [
        ["", "Monthly season ticket", "Annual season pass"],
        ["Term", "indefinite", "12 months, renews automatically for 12 months"],
        ["Notice period", "14 days to the end of any month", "3 months before the end of the contract year"],
        ["Early termination", "not applicable", "only when moving to another town; refund of unused full months minus 25.00 €"],
        ["How to cancel", "e-mail, app, customer office", "in writing or by e-mail"],
    ]),
    ("h2", "9. Pausing a season ticket"),
    ("p", "Season tickets cannot be paused or suspended, for example during holidays or illness. If you do not need your monthly ticket for a longer period, please cancel it and apply again later. Please note the waiting lists at some sites."),
    ("h2", "10. Transfer to another person"),
    ("p", "A season ticket is personal. It can only be transferred to another person with our prior written consent. We charge an administration fee of 15.00 € for a transfer. Passing on the access card to other people without consent entitles us to terminate the contract without notice."),
    ("h2", "11. Event days at P+R Stadion West"),
    ("p", "Season tickets for P+R Stadion West are not valid on event days from 3 hours before the start until 2 hours after the end of an event at the Auenpark-Arena. There is no reduction of the monthly price for these periods."),
    ("h2", "12. Termination for cause"),
    ("p", "Both parties may terminate the contract for good cause without notice. Good cause for us includes, in particular, payment arrears of more than two monthly fees, misuse of the access card or repeated serious violations of the parking regulations."),
]

EINSTELL = [
    ("h1", "Einstellbedingungen der Stellwerk Parken GmbH"),
    ("p", "Allgemeine Geschäftsbedingungen für das Parken in den Parkhäusern, der Tiefgarage und auf den Park-&-Ride-Plätzen der Stellwerk Parken GmbH, Kanalstraße 14, 34517 Brannfeld. Stand: 1. Januar 2026."),
    ("h2", "§ 1 Geltungsbereich"),
    ("p", "Diese Einstellbedingungen gelten für alle Standorte der Stellwerk Parken GmbH (im Folgenden „Betreiber“). Sie hängen an allen Einfahrten und Kassenautomaten aus. Für Monats-, Jahres- und Anwohnerkarten gelten ergänzend die Vertragsbedingungen für Dauerparker."),
    ("h2", "§ 2 Vertragsschluss und Vertragsart"),
    ("p", "Der Vertrag kommt mit der Entnahme des Parkscheins, bei ticketlosen Standorten mit der Einfahrt bzw. dem Abstellen des Fahrzeugs zustande. Es handelt sich um einen Mietvertrag über einen Stellplatz. Bewachung, Verwahrung und Versicherung des Fahrzeugs sind nicht geschuldet."),
    ("h2", "§ 3 Parkentgelt"),
    ("p", "Das Parkentgelt richtet sich nach dem am Standort ausgehängten Tarif. Es ist vor der Ausfahrt zu entrichten. An ticketlosen Standorten kann es bis 48 Stunden nach der Ausfahrt bezahlt werden; danach wird eine Bearbeitungsgebühr von 15,00 € erhoben."),
    ("h2", "§ 4 Verlust des Parkscheins"),
    ("p", "Bei Verlust des Parkscheins wird eine Pauschale von 25,00 € berechnet, die eine Parkdauer von bis zu 24 Stunden abdeckt. Ist die tatsächliche Parkdauer länger, wird zusätzlich für jeden weiteren angefangenen Tag der Tageshöchstsatz berechnet. Dem Mieter bleibt der Nachweis gestattet, dass eine kürzere Parkdauer vorlag; dann wird nur diese berechnet."),
    ("h2", "§ 5 Höchstparkdauer"),
    ("p", "Ohne Dauerparkvertrag darf ein Fahrzeug höchstens 4 Wochen abgestellt werden, auf dem P+R-Platz Kaltenbrück Süd höchstens 14 Tage. Nach Ablauf dieser Frist und vorheriger schriftlicher Ankündigung am Fahrzeug ist der Betreiber berechtigt, das Fahrzeug auf Kosten des Halters entfernen zu lassen."),
    ("h2", "§ 6 Verhalten auf dem Gelände"),
    ("p", "Es gelten die Regeln der Straßenverkehrs-Ordnung. Die Höchstgeschwindigkeit beträgt 10 km/h. Rauchen, offenes Feuer und das Abbrennen von Feuerwerk sind verboten. Tanken, Reparaturen, Ölwechsel und Wagenwäsche sind nicht gestattet. Der Aufenthalt ist nur zum Abstellen und Abholen des Fahrzeugs erlaubt. Kinder und Tiere dürfen nicht unbeaufsichtigt im Fahrzeug bleiben."),
    ("h2", "§ 7 Haftung des Betreibers"),
    ("p", "Der Betreiber haftet für Schäden, die von ihm, seinen Mitarbeitern oder Beauftragten vorsätzlich oder grob fahrlässig verursacht werden. Bei Verletzung von Leben, Körper oder Gesundheit sowie bei Verletzung wesentlicher Vertragspflichten haftet er auch für einfache Fahrlässigkeit. Für Schäden, die durch andere Kunden oder sonstige Dritte verursacht werden, haftet der Betreiber nicht. Offensichtliche Schäden sind vor dem Verlassen des Standorts über die Sprechstelle anzuzeigen; andernfalls ist der Nachweis, dass der Schaden auf dem Gelände entstanden ist, vom Mieter zu führen."),
    ("h2", "§ 8 Haftung des Mieters"),
    ("p", "Der Mieter haftet für alle Schäden, die er oder seine Begleitpersonen am Gebäude, an Einrichtungen oder an anderen Fahrzeugen verursachen. Dies gilt insbesondere für Schäden durch Überschreiten der Einfahrtshöhe."),
    ("h2", "§ 9 Zurückbehaltungsrecht"),
    ("p", "Dem Betreiber steht wegen seiner Forderungen aus dem Mietvertrag ein Zurückbehaltungsrecht sowie ein Vermieterpfandrecht an dem eingestellten Fahrzeug zu."),
    ("h2", "§ 10 Hausrecht und Videoüberwachung"),
    ("p", "Der Betreiber übt das Hausrecht aus. Die Standorte sind videoüberwacht. Hinweise zum Datenschutz finden Sie in den Datenschutzhinweisen für Parkkunden."),
    ("h2", "§ 11 Gerichtsstand und Streitbeilegung"),
    ("p", "Gerichtsstand für Kaufleute ist Brannfeld. Der Betreiber ist nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen."),
]

RAHMEN = [
    ("h1", "Rahmenvertrag Geschäftskunden"),
    ("p", "Leistungsbeschreibung und Konditionen 2026 – Stellwerk Parken GmbH, Firmenkundenbetreuung"),
    ("h2", "1. Leistungen"),
    ("p", "Mit einem Geschäftskundenkonto bündeln Unternehmen, Behörden, Vereine und Selbständige alle Parkvorgänge, Dauerparkkarten, Gästetickets und Ladevorgänge ihrer Fahrzeuge an allen Standorten der Stellwerk Parken GmbH. Das Geschäftskundenkonto selbst ist kostenfrei."),
    ("h2", "2. Voraussetzungen"),
    ("p", "Voraussetzung ist ein Gewerbe, eine freiberufliche Tätigkeit, eine Behörde oder ein eingetragener Verein sowie mindestens 3 Fahrzeuge oder 2 Dauerparkkarten (Monats- oder Jahreskarten)."),
    ("h2", "3. Mengenrabatt auf Monats- und Jahreskarten"),
    ("p", "Der Rabatt richtet sich nach der Anzahl der gleichzeitig über das Geschäftskundenkonto laufenden Monats- und Jahreskarten (alle Standorte zusammen) und gilt für alle Karten des Kontos."),
    ("table", [
        ["Anzahl Karten", "Rabatt auf den Listenpreis"],
        ["2 bis 4", "kein Rabatt"],
        ["5 bis 9", "5 %"],
        ["10 bis 24", "8 %"],
        ["ab 25", "12 %"],
    ]),
    ("p", "Der Rabatt wird monatlich anhand der Kartenanzahl am 1. des Monats neu berechnet. Auf Kurzparkvorgänge, Gästetickets und Ladestrom wird kein Mengenrabatt gewährt."),
    ("h2", "4. Gästetickets für Besucher"),
    ("p", "Für Ihre Kunden und Besucher können Sie Gästetickets kaufen. Sie erhalten sie als QR-Codes per E-Mail; jedes Gästeticket gilt für eine Einfahrt und bis zu 24 Stunden."),
    ("table", [
        ["Gästeticket", "Preis je Ticket"],
        ["Parkhaus Am Markt, Brannfeld", "15,00 €"],
        ["Parkhaus Bahnhof Nord, Brannfeld", "11,00 €"],
        ["Altstadtgarage Wessenau", "13,00 €"],
    ]),
    ("p", "Mindestabnahme: 20 Gästetickets je Bestellung. Nicht genutzte Gästetickets verfallen am 31. Dezember des Folgejahres; eine Erstattung ist nicht möglich."),
    ("h2", "5. Stellwerk FleetCard"),
    ("p", "Jedes Fahrzeug oder jede Fahrerin bzw. jeder Fahrer kann eine FleetCard erhalten. Die Ausgabegebühr beträgt einmalig 5,00 € je Karte, eine Ersatzkarte kostet ebenfalls 5,00 €. Verlorene FleetCards sperrt die Leitstelle rund um die Uhr."),
    ("h2", "6. Abrechnung und Zahlung"),
    ("p", "Sie erhalten bis zum 5. Werktag des Folgemonats eine Sammelrechnung mit Einzelnachweis je Kennzeichen bzw. FleetCard. Zahlungsziel: 14 Tage netto. Zahlung per SEPA-Firmenlastschrift oder Überweisung. Rechnungsformate: PDF, ZUGFeRD oder XRechnung. Es können bis zu 50 Kostenstellen angelegt werden. Ladevorgänge werden auf Wunsch mit auf die Sammelrechnung gebucht."),
    ("h2", "7. Laufzeit und Kündigung"),
    ("p", "Der Rahmenvertrag läuft 12 Monate und verlängert sich jeweils um weitere 12 Monate, wenn er nicht mit einer Frist von 3 Monaten zum Ende der Laufzeit gekündigt wird. Die Anzahl der Monatskarten kann innerhalb des Vertrags mit einer Frist von 14 Tagen zum Monatsende angepasst werden."),
    ("h2", "8. Zahlungsverzug"),
    ("p", "Bei Zahlungsverzug von mehr als 30 Tagen nach Mahnung können FleetCards und Zugangskarten des Kontos gesperrt werden."),
    ("h2", "9. Ansprechpartnerin"),
    ("p", "Dagmar Kessler, Firmenkundenbetreuung, Telefon +49 5417 2290-30 (Montag bis Donnerstag 8:00 – 16:00 Uhr, Freitag 8:00 – 13:00 Uhr), E-Mail firmenkunden@stellwerk-parken.de."),
]

SCHADEN = [
    ("h1", "Schadensmeldung und Beschwerdeverfahren"),
    ("p", "Richtlinie für Kundinnen und Kunden der Stellwerk Parken GmbH – Stand: Januar 2026"),
    ("h2", "1. Sie entdecken einen Schaden an Ihrem Fahrzeug"),
    ("p", "Melden Sie den Schaden bitte noch vor dem Verlassen des Standorts über die Sprechstelle an der Schranke oder am Kassenautomaten. Die Leitstelle dokumentiert Zeit, Ort und Ihre Angaben und sichert die Videoaufzeichnungen. Machen Sie Fotos vom Schaden und von der Umgebung (Stellplatznummer, Säulen, Schilder)."),
    ("p", "Bei einem Unfall mit einem anderen Fahrzeug tauschen Sie bitte die Daten mit dem Unfallgegner aus. Ist der Verursacher unbekannt (Unfallflucht) oder wurde jemand verletzt, rufen Sie die Polizei unter 110."),
    ("h2", "2. Schriftliche Schadensmeldung"),
    ("p", "Senden Sie uns Ihre Schadensmeldung innerhalb von 7 Tagen an schaden@stellwerk-parken.de oder per Post. Bitte geben Sie an: Standort, Datum und Uhrzeit, Ebene und Stellplatz, Ticketnummer oder Kennzeichen, eine kurze Beschreibung, Fotos und – falls vorhanden – einen Kostenvoranschlag."),
    ("p", "Wichtig: Videoaufzeichnungen werden nach 72 Stunden automatisch überschrieben. Wenn Sie den Schaden erst später melden, können wir oft keine Aufnahmen mehr sichern."),
    ("h2", "3. So geht es weiter"),
    ("table", [
        ["Schritt", "Was passiert", "Frist"],
        ["Eingangsbestätigung", "Sie erhalten ein Aktenzeichen (z. B. SCH-2026-01234)", "innerhalb von 3 Werktagen"],
        ["Prüfung", "Auswertung von Videoaufzeichnungen und Leitstellenprotokoll", "–"],
        ["Entscheidung", "schriftliche Mitteilung; ggf. Weitergabe an unseren Haftpflichtversicherer", "in der Regel innerhalb von 4 Wochen"],
    ]),
    ("h2", "4. Wann haften wir?"),
    ("p", "Wir haften nach § 7 unserer Einstellbedingungen für Schäden, die wir oder unsere Mitarbeiter vorsätzlich oder grob fahrlässig verursacht haben, zum Beispiel durch eine defekte Schranke oder herabfallende Bauteile. Für Schäden durch andere Kunden haften wir nicht; in diesem Fall helfen wir Ihnen aber mit den gesicherten Aufnahmen, den Verursacher zu ermitteln. Prüfen Sie auch, ob Ihre Teil- oder Vollkaskoversicherung den Schaden übernimmt."),
    ("h2", "5. Beschwerdeverfahren"),
    ("p", "Für Beschwerden zum Beispiel über Abrechnung, Sauberkeit, defekte Einrichtungen oder das Verhalten unseres Personals gilt ein zweistufiges Verfahren:"),
    ("table", [
        ["Stufe", "Wohin", "Antwort"],
        ["Stufe 1: Kundenservice", "Service-Hotline, service@stellwerk-parken.de oder schaden@stellwerk-parken.de", "innerhalb von 5 Werktagen"],
        ["Stufe 2: Beschwerdemanagement", "beschwerde@stellwerk-parken.de (bitte Aktenzeichen aus Stufe 1 angeben)", "Prüfung durch die Leitung Kundenservice innerhalb von 14 Tagen"],
    ]),
    ("p", "An Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle nehmen wir nicht teil."),
    ("h2", "6. Erstattung falsch berechneter Parkgebühren"),
    ("p", "Wurde Ihnen eine Parkgebühr falsch berechnet (z. B. doppelte Abbuchung in der App, Kennzeichen falsch gelesen), beantragen Sie die Erstattung innerhalb von 3 Monaten über service@stellwerk-parken.de. Nach Prüfung erstatten wir den Betrag innerhalb von 10 Werktagen auf das ursprüngliche Zahlungsmittel."),
]

# ---------------------------------------------------------------- writers

def build_pdf(path: Path, blocks, title: str):
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for kind, content in blocks:
        if kind == "h1":
            story += [Paragraph(content, styles["Title"]), Spacer(1, 0.3 * cm)]
        elif kind == "h2":
            story += [Paragraph(content, styles["Heading2"])]
        elif kind == "p":
            story += [Paragraph(content, body), Spacer(1, 0.15 * cm)]
        elif kind == "table":
            data = [[Paragraph(c, body) for c in row] for row in content]
            t = Table(data, colWidths=[(A4[0] - 4 * cm) / len(content[0])] * len(content[0]))
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [t, Spacer(1, 0.3 * cm)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Stellwerk Parken GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


def build_docx(path: Path, blocks, title: str):
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Stellwerk Parken GmbH"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, content in blocks:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(str(path))


def main():
    build_pdf(KB / "dauerparken" / "season-ticket-terms.pdf", SEASON_TERMS, "Season ticket terms and conditions")
    build_pdf(KB / "rechtliches" / "einstellbedingungen.pdf", EINSTELL, "Einstellbedingungen")
    build_docx(KB / "geschaeftskunden" / "rahmenvertrag-geschaeftskunden.docx", RAHMEN, "Rahmenvertrag Geschäftskunden 2026")
    build_docx(KB / "service" / "schadensmeldung-beschwerden.docx", SCHADEN, "Schadensmeldung und Beschwerdeverfahren")
    print("built 2 PDF + 2 DOCX")


if __name__ == "__main__":
    main()
