#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the KRANICH Rent knowledge base.

Run with the venv that has reportlab and python-docx:
    /tmp/carrental-venv/bin/python tools/build_binary_docs.py
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


def pdf(path, title, blocks, meta_title, lang):
    """blocks: list of ("h", text) | ("p", text) | ("t", rows)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta_title,
                            author="KRANICH Autovermietung GmbH", lang=lang)
    story = [Paragraph(title, styles["Title"]), Spacer(1, 8)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
            story.append(Spacer(1, 4))
        elif kind == "t":
            t = Table(content, repeatRows=1)
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc.build(story)


def docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))


# ---------------------------------------------------------------- Mietbedingungen (de, PDF)
AGB = [
    ("p", "KRANICH Autovermietung GmbH, Lotsenweg 18, 22769 Hamburg – Fassung vom 1. Januar 2026. "
          "Diese Bedingungen gelten für alle Mietverträge über PKW, Transporter und Kleinbusse mit Privat- und Geschäftskunden, "
          "soweit in einem Rahmenvertrag nichts Abweichendes vereinbart ist."),
    ("h", "§ 1 Vertragsgegenstand"),
    ("p", "Vermietet wird ein Fahrzeug der gebuchten Fahrzeugklasse. Ein Anspruch auf ein bestimmtes Modell, eine bestimmte Farbe "
          "oder Ausstattung besteht nicht. Steht kein Fahrzeug der gebuchten Klasse zur Verfügung, erhält der Mieter ohne Aufpreis "
          "ein Fahrzeug einer höheren Klasse."),
    ("h", "§ 2 Fahrberechtigung"),
    ("p", "Das Fahrzeug darf nur vom Mieter und von den im Mietvertrag eingetragenen Zusatzfahrern geführt werden. Alle Fahrer müssen "
          "bei Übergabe einen gültigen Führerschein im Original vorlegen und das Mindestalter sowie die Mindestdauer des Führerscheinbesitzes "
          "der jeweiligen Fahrzeugklasse erfüllen. Die Überlassung an nicht eingetragene Personen ist untersagt."),
    ("h", "§ 3 Mietdauer"),
    ("p", "Ein Miettag umfasst 24 Stunden ab dem im Vertrag genannten Abholzeitpunkt. Ein Mietvertrag kann für höchstens 28 "
          "zusammenhängende Tage abgeschlossen werden. Für längere Mieten muss das Fahrzeug spätestens nach 28 Tagen an einer Station "
          "vorgestellt werden; dort wird nach einer Fahrzeugkontrolle ein Anschlussvertrag geschlossen. Für Geschäftskunden mit "
          "Rahmenvertrag gelten abweichende Regelungen für Langzeitmieten. Eine Verlängerung der Mietdauer bedarf der vorherigen Zustimmung des Vermieters."),
    ("h", "§ 4 Zahlung und Kaution"),
    ("p", "Der Mietpreis richtet sich nach der bei Vertragsschluss gültigen Preisliste. Bei Abholung wird eine Kaution auf der Kreditkarte "
          "des Mieters reserviert. Nach Rückgabe werden Mietpreis, Zusatzleistungen und etwaige Nebenkosten (z. B. Betankung, Reinigung) abgerechnet."),
    ("h", "§ 5 Nutzung des Fahrzeugs"),
    ("p", "Untersagt sind insbesondere: die Teilnahme an Motorsportveranstaltungen, Rennen und Fahrsicherheitstrainings; Fahrschulunterricht; "
          "die Weitervermietung; die gewerbliche Personenbeförderung; der Transport leicht entzündlicher, giftiger oder sonst gefährlicher Stoffe; "
          "das Abschleppen anderer Fahrzeuge; Fahrten abseits befestigter Straßen. Anhänger dürfen nur mit einer ab Werk vorhandenen "
          "Anhängerkupplung und im Rahmen der zulässigen Anhängelast gezogen werden. Das Fahrzeug ist stets ordnungsgemäß zu verschließen."),
    ("h", "§ 6 Auslandsfahrten"),
    ("p", "Fahrten ins Ausland sind nur in die in der Länderübersicht genannten Staaten und nur nach Anmeldung bei Buchung oder Abholung erlaubt. "
          "Für einzelne Fahrzeugklassen gelten Einschränkungen."),
    ("h", "§ 7 Pflichten bei Unfall, Diebstahl und Schäden"),
    ("p", "Nach einem Unfall, Brand, Wildschaden oder Diebstahl hat der Mieter unverzüglich die Polizei zu verständigen, auch wenn kein Dritter "
          "beteiligt ist. Der Vermieter ist spätestens innerhalb von 24 Stunden zu informieren. Gegnerische Ansprüche darf der Mieter nicht anerkennen."),
    ("h", "§ 8 Haftung des Mieters"),
    ("p", "Der Mieter haftet für Schäden am Fahrzeug bis zur Höhe der Selbstbeteiligung des vereinbarten Schutzpakets. Die Haftungsreduzierung "
          "entfällt bei Vorsatz; bei grober Fahrlässigkeit kann der Vermieter die Haftungsreduzierung im Verhältnis zur Schwere des Verschuldens kürzen. "
          "Gleiches gilt bei Verletzung der Pflichten aus § 7 oder bei unerlaubten Auslandsfahrten."),
    ("h", "§ 9 Rückgabe"),
    ("p", "Das Fahrzeug ist zum vereinbarten Zeitpunkt an der vereinbarten Station mit vollem Tank bzw. mindestens 80 % Ladestand und in "
          "besenreinem Zustand zurückzugeben. Bei Rückgabe über die Schlüsselbox endet die Obhut des Mieters erst mit der Prüfung durch den Vermieter."),
    ("h", "§ 10 Verkehrsverstöße"),
    ("p", "Der Mieter haftet für alle während der Mietzeit begangenen Verkehrs- und Ordnungswidrigkeiten. Der Vermieter ist berechtigt, "
          "die Daten des Mieters an die zuständigen Behörden zu übermitteln und für jede Bearbeitung eine Verwaltungspauschale zu erheben."),
    ("h", "§ 11 Datenschutz"),
    ("p", "Die Verarbeitung personenbezogener Daten richtet sich nach den Datenschutzhinweisen des Vermieters."),
    ("h", "§ 12 Schlussbestimmungen"),
    ("p", "Es gilt deutsches Recht. Ist der Mieter Kaufmann, ist Gerichtsstand Hamburg. Mündliche Nebenabreden bestehen nicht. "
          "Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt."),
]

# ---------------------------------------------------------------- Corporate rate card (en, PDF)
RATE = [
    ("p", "Valid for rentals picked up between 1 January and 31 December 2026 by business customers with a KRANICH framework "
          "agreement. <b>All prices are net, excluding 19% VAT.</b> Private customers: please see the car rates 2026 and van rates 2026."),
    ("h", "Net rates"),
    ("t", [
        ["Class", "Example model", "Daily rate", "Weekly (7 days)", "Business Monthly (28 days)", "Included km"],
        ["B - Compact", "VW Golf or similar", "EUR 36.00", "EUR 229.00", "EUR 790.00", "300 km/day"],
        ["C - Mid-size", "Skoda Octavia or similar", "EUR 45.00", "EUR 289.00", "EUR 990.00", "300 km/day"],
        ["D - Estate", "Skoda Octavia Combi or similar", "EUR 51.00", "EUR 329.00", "EUR 1,090.00", "300 km/day"],
        ["E - SUV", "VW Tiguan or similar", "EUR 63.00", "EUR 399.00", "EUR 1,390.00", "300 km/day"],
        ["F - Premium", "BMW 5 Series or similar", "EUR 95.00", "EUR 599.00", "EUR 2,090.00", "400 km/day"],
        ["EB - Electric compact", "VW ID.3 or similar", "EUR 39.00", "EUR 249.00", "EUR 850.00", "300 km/day"],
        ["Panel van S", "VW Caddy Cargo or similar", "EUR 45.00", "EUR 259.00", "EUR 890.00", "200 km/day"],
        ["Panel van L (3.5 t)", "Mercedes Sprinter or similar", "EUR 69.00", "EUR 399.00", "EUR 1,290.00", "200 km/day"],
        ["Box van with tail lift", "Ford Transit box or similar", "EUR 99.00", "EUR 579.00", "not available", "200 km/day"],
    ]),
    ("h", "Included in all corporate rates"),
    ("p", "Comfort protection (excess EUR 500 for cars, EUR 1,000 for vans); additional drivers who are employees of the customer; "
          "winter tyres; invoice payment with monthly consolidated invoice. Extra kilometres: EUR 0.21 net (cars) and EUR 0.29 net (vans)."),
    ("h", "Business Monthly"),
    ("p", "Business Monthly is our long-term rental for companies: the 28-day contract renews automatically for another 28 days unless "
          "cancelled 7 days before the end of the term. One vehicle swap per term is free of charge. Business Monthly is not available "
          "for box vans with tail lift."),
    ("h", "Surcharges (net)"),
    ("t", [
        ["Item", "Net price"],
        ["Airport service fee (per rental)", "EUR 26.89"],
        ["One-way rental, cars", "EUR 66.39"],
        ["One-way rental, vans", "EUR 108.40"],
        ["Premium protection upgrade (per day)", "EUR 8.32 cars / EUR 10.92 vans"],
        ["Young driver fee (per day, drivers 21-24)", "EUR 12.61"],
    ]),
    ("p", "Volume discounts according to the number of rental days per year are granted on top of these rates; see the information sheet "
          "for business customers (Merkblatt Firmenkunden). Business customer service: +49 40 5550 8850, firmenkunden@kranich-rent.de."),
]

# ---------------------------------------------------------------- Merkblatt Firmenkunden (de, DOCX)
MERK = [
    ("p", "Stand: Juni 2026. Dieses Merkblatt erklärt, wie Unternehmen, Selbstständige und Einrichtungen ein Firmenkundenkonto bei "
          "KRANICH Rent eröffnen und welche Vorteile ein Rahmenvertrag bietet."),
    ("h", "Wer kann ein Firmenkundenkonto eröffnen?"),
    ("li", "Unternehmen mit Eintrag im Handelsregister"),
    ("li", "Gewerbetreibende mit Gewerbeanmeldung"),
    ("li", "Freiberufler (z. B. Ärztinnen, Rechtsanwälte, Architektinnen, Steuerberater)"),
    ("li", "Vereine, Verbände und öffentliche Einrichtungen"),
    ("h", "Welche Unterlagen brauchen wir?"),
    ("li", "Handelsregisterauszug (nicht älter als 6 Monate) oder Gewerbeanmeldung"),
    ("li", "Freiberufler: Kammerausweis oder Bescheinigung des Finanzamts über die Steuernummer"),
    ("li", "USt-IdNr., sofern vorhanden"),
    ("li", "Name einer verantwortlichen Ansprechperson und Liste der berechtigten Fahrerinnen und Fahrer"),
    ("p", "Nach Eingang der Unterlagen führen wir eine Bonitätsprüfung durch. Die Freischaltung erfolgt in der Regel innerhalb von 3 Werktagen. "
          "Ein Mindestumsatz ist für das Firmenkundenkonto nicht erforderlich."),
    ("h", "Ihre Vorteile mit Rahmenvertrag"),
    ("li", "Nettopreise gemäß Corporate Rate Card 2026 (englischsprachig), Komfort-Schutz inklusive"),
    ("li", "Monatliche Sammelrechnung, Zahlungsziel 14 Tage"),
    ("li", "Keine Kaution bei Zahlung per Rechnung"),
    ("li", "Zusatzfahrer: für Ihre Mitarbeitenden kostenlos, ohne Begrenzung der Anzahl"),
    ("li", "Stornierung kostenlos bis 2 Stunden vor Abholung, keine No-Show-Gebühr beim ersten Nichterscheinen pro Kalenderjahr"),
    ("li", "Prioritätsschalter an den Flughafenstationen Hamburg und Köln/Bonn"),
    ("li", "Kostenstellen- und Projektnummern auf der Rechnung"),
    ("h", "Volumenrabatt"),
    ("p", "Zusätzlich zu den Nettopreisen der Corporate Rate Card gewähren wir einen Volumenrabatt. Die Rabattstufe richtet sich nach den "
          "Miettagen des Vorjahres, im ersten Vertragsjahr nach Ihrer Prognose."),
    ("t", [
        ["Miettage pro Kalenderjahr", "Zusätzlicher Rabatt"],
        ["bis 19", "kein zusätzlicher Rabatt"],
        ["20–49", "5 %"],
        ["50–149", "8 %"],
        ["150–299", "12 %"],
        ["ab 300", "individuelles Angebot"],
    ]),
    ("h", "Langzeitmiete"),
    ("p", "Für Firmen bieten wir „Business Monthly\" an: 28-Tage-Verträge, die sich automatisch verlängern. Preise und Bedingungen stehen "
          "in der Corporate Rate Card."),
    ("h", "Kontakt"),
    ("p", "Firmenkundenservice: +49 40 5550 8850 (Montag bis Freitag 08:00–17:00 Uhr), firmenkunden@kranich-rent.de. "
          "Bitte senden Sie die Unterlagen für die Kontoeröffnung an diese E-Mail-Adresse."),
]

# ---------------------------------------------------------------- Damage assessment guide (en, DOCX)
DMG = [
    ("p", "Version 2026. This guide explains how KRANICH Rent assesses damage when a vehicle is returned, which minor marks we treat as "
          "normal wear and tear, and what we charge. The amount you pay is always limited to the excess of your protection package."),
    ("h", "Normal wear and tear – not charged"),
    ("li", "Scratches up to 2 cm that have not gone through the paint"),
    ("li", "Stone chips in the windscreen up to 5 mm, outside the driver's field of vision"),
    ("li", "Small dents up to 1 cm in diameter without paint damage"),
    ("li", "Normal signs of use on seats, floor mats and the load area of vans"),
    ("h", "Damage catalogue (flat rates incl. VAT)"),
    ("t", [
        ["Damage", "Flat rate"],
        ["Scratch through the paint, up to 10 cm", "€150.00"],
        ["Scratch through the paint, 10–30 cm", "€290.00"],
        ["Dent 1–3 cm without paint damage (paintless repair)", "€90.00"],
        ["Kerbed alloy wheel (per wheel)", "€80.00"],
        ["Windscreen chip repair", "€95.00"],
        ["Side mirror glass", "€120.00"],
        ["Tyre replacement, car (per tyre)", "€160.00"],
        ["Tyre replacement, van (per tyre)", "€220.00"],
        ["Lost or damaged key", "€350.00"],
        ["Windscreen replacement, larger dents, body damage", "workshop estimate or independent appraisal"],
    ]),
    ("p", "A damage processing fee of €49.00 per incident is added to every damage invoice. It is not charged to customers with Premium protection."),
    ("h", "Loss of use"),
    ("p", "If repair costs exceed €500, we may charge loss of use for the days the vehicle is in the workshop: 50% of the daily rate of "
          "the vehicle class, for a maximum of 5 days. Loss of use is not charged with Premium protection."),
    ("h", "How the assessment works"),
    ("li", "At the return, staff compare the vehicle with the photos taken at pick-up."),
    ("li", "New damage is photographed and listed in the return report, which you receive by email."),
    ("li", "For key drop-box returns, the check takes place at the next opening of the station; we send the photos with the report."),
    ("h", "If you disagree"),
    ("p", "You can object to a damage invoice within 14 days of receipt by emailing schaden@kranich-rent.de with your booking number "
          "and, if available, your own photos. We will not charge your card while the objection is being reviewed. For damage above €1,000 "
          "you may request an assessment by an independent appraiser."),
]


def main():
    pdf(KB / "buchung" / "mietbedingungen.pdf", "Allgemeine Mietbedingungen der KRANICH Autovermietung GmbH", AGB,
        "Allgemeine Mietbedingungen", "de")
    pdf(KB / "geschaeftskunden" / "corporate-rate-card.pdf", "KRANICH Rent – Corporate Rate Card 2026", RATE,
        "Corporate Rate Card 2026", "en")
    docx(KB / "geschaeftskunden" / "rahmenvertrag-merkblatt.docx",
         "Merkblatt Firmenkunden: Firmenkundenkonto und Rahmenvertrag", MERK)
    docx(KB / "rueckgabe" / "damage-assessment-guide.docx", "Damage assessment guide", DMG)
    print("built 2 PDF + 2 DOCX")


if __name__ == "__main__":
    main()
