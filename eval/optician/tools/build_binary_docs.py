#!/usr/bin/env python3
"""Builds the PDF and DOCX documents of the Sehwerk knowledge base.

Run with a venv that has reportlab and python-docx:
    /tmp/optician-venv/bin/python tools/build_binary_docs.py
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


def pdf(path, title, blocks, meta_title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=meta_title, author="Sehwerk Optik & Hörakustik GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, styles["Title"])]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "t":
            data = [[Paragraph(c, styles["BodyText"]) for c in row] for row in content]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)


def docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.core_properties.title = title
    d.core_properties.author = "Sehwerk Optik & Hörakustik GmbH"
    d.save(str(path))


# ---------------------------------------------------------------- hearing aid price list (EN, PDF)
pdf(KB / "hoerakustik" / "hearing-aid-price-list.pdf",
    "Sehwerk Hearing Aid Price List 2026",
    [
        ("p", "Valid from 1 March 2026 in all Sehwerk branches with hearing-aid service (Leipzig-Zentrum, Erfurt, "
              "Halle). All prices in euros per device (one ear), incl. 19 % VAT. Our own hearing-aid range is sold "
              "under the name SONOVIA and is made for us by an established European manufacturer."),
        ("h", "Hearing aid tiers"),
        ("t", [
            ["Tier", "Best for", "Price per device without insurance (private price)",
             "Your own share per device with statutory health insurance*"],
            ["SONOVIA Essential", "quiet surroundings, one-to-one conversations, TV at home", "€790",
             "€0 (only the €10 statutory co-payment)"],
            ["SONOVIA Comfort", "everyday life, small groups, shopping", "€1,380", "€590"],
            ["SONOVIA Advanced", "restaurants, meetings, phone and TV streaming", "€1,980", "€1,190"],
            ["SONOVIA Premium", "demanding situations, music, fully automatic adaptation", "€2,680", "€1,890"],
        ]),
        ("p", "* Statutory health insurance (GKV) pays a fixed amount of €790 per ear for the complete provision "
              "(device, fitting and 6 years of service). On top of your own share you pay the statutory "
              "co-payment of €10 per device, unless you are exempt. A prescription from an ENT doctor is required."),
        ("h", "Options and accessories"),
        ("t", [
            ["Option", "Price"],
            ["Rechargeable version (Comfort, Advanced, Premium), incl. charger", "+€150 per device"],
            ["TV streamer", "€179"],
            ["Remote-control smartphone app", "free"],
            ["Loss and damage insurance, 4 years (deductible €150 per claim)", "€79 per device"],
        ]),
        ("p", "SONOVIA Essential is available with standard zinc-air batteries only."),
        ("h", "Included with every hearing aid"),
        ("p", "Free hearing test; fitting and fine-tuning; home trial of up to 3 weeks per model; 6 years of "
              "aftercare (cleaning every 6 months, domes and filters, readjustment); free loaner device during "
              "repairs."),
        ("h", "Manufacturer warranty"),
        ("t", [
            ["Tier", "Warranty"],
            ["Essential and Comfort", "3 years"],
            ["Advanced and Premium", "4 years"],
        ]),
        ("p", "The warranty covers manufacturing defects, not damage caused by moisture beyond the device's "
              "protection class, by impact or by loss. Prices for hearing aids from other manufacturers on request. "
              "Subject to change; the price list valid on the day of your order applies."),
    ],
    "Sehwerk Hearing Aid Price List 2026")

# ---------------------------------------------------------------- AGB (DE, PDF)
pdf(KB / "rechtliches" / "agb.pdf",
    "Allgemeine Geschäftsbedingungen (Auszug)",
    [
        ("p", "Sehwerk Optik &amp; Hörakustik GmbH, Brühl 12, 04109 Leipzig – Stand: 1. Februar 2026"),
        ("h", "§ 1 Geltungsbereich"),
        ("p", "Diese Bedingungen gelten für alle Verträge über Brillen, Kontaktlinsen, Hörgeräte, Zubehör und "
              "Dienstleistungen, die in unseren Filialen oder über den Online-Shop sehwerk-optik.de geschlossen "
              "werden. Für Geschäftskunden gelten ergänzend die gesonderten Geschäftskunden-Konditionen."),
        ("h", "§ 2 Vertragsschluss"),
        ("p", "In der Filiale kommt der Vertrag mit der Unterzeichnung des Auftrags zustande. Im Online-Shop stellt "
              "die Bestellung ein Angebot dar, das wir mit der Versandbestätigung annehmen. Die "
              "Bestellbestätigung per E-Mail ist noch keine Annahme."),
        ("h", "§ 3 Preise und Anzahlung"),
        ("p", "Alle Preise verstehen sich in Euro inklusive der gesetzlichen Mehrwertsteuer. Bei Brillen mit einem "
              "Auftragswert ab 500 € ist bei Auftragserteilung eine Anzahlung von 30 % fällig. Zuschüsse von "
              "Krankenkassen werden nur angerechnet, wenn eine gültige Verordnung bzw. Genehmigung vorliegt; wird "
              "der Zuschuss von der Kasse abgelehnt, ist der Differenzbetrag vom Kunden zu zahlen."),
        ("h", "§ 4 Abholung"),
        ("p", "Bestellte Brillen, Kontaktlinsen und Hörgeräte sind innerhalb von 3 Monaten nach unserer "
              "Benachrichtigung abzuholen. Erfolgt die Abholung nicht, setzen wir eine Nachfrist von 4 Wochen. "
              "Nach deren Ablauf dürfen wir vom Vertrag zurücktreten; bereits geleistete Anzahlungen werden mit "
              "den entstandenen Kosten verrechnet."),
        ("h", "§ 5 Eigentumsvorbehalt"),
        ("p", "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum."),
        ("h", "§ 6 Gewährleistung"),
        ("p", "Es gelten die gesetzlichen Gewährleistungsrechte mit einer Frist von 2 Jahren ab Übergabe. "
              "Freiwillige Garantien (z. B. Verträglichkeitsgarantie, Herstellergarantie) lassen die "
              "gesetzlichen Rechte unberührt."),
        ("h", "§ 7 Kostenvoranschläge"),
        ("p", "Kostenvoranschläge sind kostenlos und 3 Monate ab Ausstellungsdatum gültig."),
        ("h", "§ 8 Widerrufsrecht"),
        ("p", "Verbrauchern steht bei Fernabsatzverträgen ein Widerrufsrecht von 14 Tagen zu. Das Widerrufsrecht "
              "besteht nicht bei Waren, die nach Kundenspezifikation angefertigt werden, insbesondere Brillen mit "
              "Sehstärke und individuell angepasste Hörgeräte-Otoplastiken, sowie bei versiegelten Waren, die aus "
              "Gründen des Gesundheitsschutzes nicht zur Rückgabe geeignet sind, wenn die Versiegelung entfernt "
              "wurde (z. B. geöffnete Kontaktlinsen)."),
        ("h", "§ 9 Haftung"),
        ("p", "Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, "
              "Körper oder Gesundheit. Im Übrigen haften wir nur bei Verletzung wesentlicher Vertragspflichten, "
              "begrenzt auf den vorhersehbaren, vertragstypischen Schaden."),
        ("h", "§ 10 Streitbeilegung"),
        ("p", "Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer "
              "Verbraucherschlichtungsstelle teilzunehmen. Beschwerden richten Sie bitte an "
              "beschwerde@sehwerk-optik.de."),
        ("h", "§ 11 Schlussbestimmungen"),
        ("p", "Es gilt das Recht der Bundesrepublik Deutschland. Ist der Kunde Kaufmann, ist Gerichtsstand Leipzig."),
    ],
    "AGB Sehwerk Optik & Hörakustik GmbH (Auszug)")

# ---------------------------------------------------------------- computer glasses for employers (DE, DOCX)
docx(KB / "geschaeftskunden" / "bildschirmarbeitsplatzbrille.docx",
     "Firmenprogramm Bildschirmarbeitsplatzbrille – Informationsblatt für Arbeitgeber",
     [
         ("p", "Stand: März 2026. Dieses Informationsblatt richtet sich an Personalabteilungen, Arbeitsschutz-"
               "beauftragte und Geschäftsführungen, die ihren Beschäftigten Bildschirmarbeitsplatzbrillen über "
               "Sehwerk anbieten möchten."),
         ("h", "Wann muss der Arbeitgeber zahlen?"),
         ("p", "Nach der Verordnung zur arbeitsmedizinischen Vorsorge (ArbMedVV) muss der Arbeitgeber Beschäftigten "
               "an Bildschirmarbeitsplätzen eine Angebotsvorsorge ermöglichen. Ergibt die Untersuchung, dass die "
               "normale Brille für die Bildschirmentfernung nicht ausreicht, trägt der Arbeitgeber die Kosten für "
               "eine spezielle Sehhilfe in angemessenem Umfang. Eine modische Fassung oder Extras muss er nicht "
               "bezahlen."),
         ("h", "Unsere Festpreis-Pakete"),
         ("t", [
             ["Paket", "Inhalt", "Preis pro Brille (netto)"],
             ["Basis", "Fassung aus der Business-Kollektion, Einstärken-Bildschirmgläser, Entspiegelung", "149 €"],
             ["Komfort", "Fassung aus der Business-Kollektion, Arbeitsplatzgläser (Nahkomfort) für Bildschirm und "
                         "Lesen", "299 €"],
             ["Premium", "Fassung frei wählbar bis 150 € Listenpreis, individuelle Arbeitsplatzgläser, "
                         "Blaulichtfilter", "429 €"],
         ]),
         ("p", "Alle Preise zuzüglich der gesetzlichen Mehrwertsteuer. Der Sehtest ist in jedem Paket enthalten."),
         ("p", "Beschäftigte können auf eigene Kosten ein Upgrade wählen (z. B. eine andere Fassung). Dann "
               "berechnen wir dem Unternehmen den Paketpreis und der oder dem Beschäftigten nur die Differenz."),
         ("h", "Ablauf"),
         ("li", [
             "Das Unternehmen schließt einen Rahmenvertrag mit Sehwerk (kostenlos, jederzeit kündbar).",
             "Beschäftigte erhalten von der Personalabteilung einen Berechtigungsschein mit dem gewählten Paket.",
             "Mit dem Berechtigungsschein kommen sie in eine Sehwerk-Filiale, machen den Sehtest und suchen die "
             "Fassung aus.",
             "Die Brille ist nach etwa 7 Werktagen abholbereit.",
             "Wir stellen dem Unternehmen einmal im Monat eine Sammelrechnung.",
         ]),
         ("h", "Sehtest direkt in Ihrem Unternehmen"),
         ("p", "Ab 10 Mitarbeitenden kommen wir mit unserem mobilen Messplatz kostenlos zu Ihnen ins Unternehmen – "
               "im Umkreis von 30 km um Leipzig, Erfurt oder Halle. Wir benötigen dafür einen ruhigen Raum von "
               "etwa 12 m² mit Steckdose. Pro Tag können wir bis zu 25 Sehtests durchführen. Bei weniger als "
               "10 Mitarbeitenden kommen die Beschäftigten einfach in die nächste Filiale."),
         ("h", "Zahlungsbedingungen"),
         ("p", "Es gelten unsere Konditionen für Geschäftskunden (Business customers: payment terms). "
               "E-Rechnungen sind möglich."),
         ("h", "Schutzbrillen mit Sehstärke"),
         ("p", "Für Beschäftigte in Werkstatt, Labor oder Produktion fertigen wir auch Arbeitsschutzbrillen mit "
               "Sehstärke nach DIN EN ISO 16321. Preise erhalten Sie auf Anfrage."),
         ("h", "Ansprechpartner"),
         ("p", "Tobias Reuter, Firmenkundenbetreuung – E-Mail: firmenkunden@sehwerk-optik.de, "
               "Telefon: 0341 2290 499 (Mo–Fr 8:00–16:00 Uhr)."),
     ])

# ---------------------------------------------------------------- driving licence eye test (EN, DOCX)
docx(KB / "sehtest" / "driving-licence-eye-test.docx",
     "Driving licence eye test (Sehtest für den Führerschein)",
     [
         ("p", "Anyone applying for a German driving licence in the classes A, A1, A2, AM, B, BE, L or T needs an "
               "official eye test certificate (Sehtestbescheinigung) according to the Fahrerlaubnis-Verordnung "
               "(FeV). Sehwerk is an officially recognised eye test centre."),
         ("h", "Price and duration"),
         ("t", [
             ["Service", "Price", "Duration"],
             ["Driving licence eye test incl. certificate", "€8.00", "about 10 minutes"],
         ]),
         ("p", "No appointment is needed – just drop in during opening hours. If you prefer a fixed time, you can "
               "book one online."),
         ("h", "Where?"),
         ("p", "The driving licence eye test is available in Leipzig-Zentrum, Leipzig-Plagwitz and Erfurt. It is "
               "currently not offered in our Halle branch."),
         ("h", "What to bring"),
         ("li", [
             "A valid ID card (Personalausweis) or passport – we cannot issue a certificate without it.",
             "Your glasses or contact lenses, if you wear any.",
         ]),
         ("h", "How it works"),
         ("p", "We test your visual acuity with a standardised test device. You pass if you reach a visual acuity "
               "of at least 0.7 with both eyes (with glasses or contact lenses if necessary). If you need glasses "
               "or contact lenses to pass, this is noted on the certificate and your licence will carry the code "
               "01 – you must then always wear them when driving."),
         ("p", "If you do not pass, we cannot issue a certificate. We then recommend an examination by an "
               "ophthalmologist, who can issue a medical report (augenärztliches Zeugnis) instead."),
         ("h", "How long is the certificate valid?"),
         ("p", "The certificate must not be older than 2 years when you submit your application to the driving "
               "licence authority (Fahrerlaubnisbehörde)."),
         ("h", "Truck and bus licences"),
         ("p", "For classes C, C1, CE, D, D1 and DE (and for passenger transport licences) a more extensive eye "
               "examination by an ophthalmologist or occupational physician is required. We cannot issue this "
               "certificate."),
     ])
print("built")
