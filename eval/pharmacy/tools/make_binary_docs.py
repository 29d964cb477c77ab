"""Generates the PDF and DOCX documents of kb/ (run with /tmp/pharmacy-venv/bin/python)."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx

KB = Path(__file__).resolve().parent.parent / "kb"

# a TrueType font so umlauts and the euro sign end up in the text layer
FONT = "Helvetica"
for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "/usr/share/fonts/dejavu/DejaVuSans.ttf"]:
    if Path(cand).exists():
        pdfmetrics.registerFont(TTFont("DejaVu", cand))
        FONT = "DejaVu"
        break


def pdf(path, title, blocks):
    ss = getSampleStyleSheet()
    for s in ("Title", "Heading2", "BodyText"):
        ss[s].fontName = FONT
    story = [Paragraph(title, ss["Title"]), Spacer(1, 8)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, ss["BodyText"]))
        elif kind == "t":
            t = Table(content, repeatRows=1)
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]))
            story.append(t)
        story.append(Spacer(1, 6))
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Kranichwald Apotheke").build(story)


def docx_file(path, title, blocks):
    d = docx.Document()
    d.core_properties.title = title
    d.add_heading(title, level=1)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Number")
        elif kind == "t":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


# ---------------------------------------------------------------- PDF 1: last year's price list
pdf(KB / "services/preisliste-2025.pdf", "Preisliste Gesundheitsleistungen 2025 (Archiv)", [
    ("p", "Kranichwald Apotheke, Lindenplatz 7 und Mühlenweg 22, Hallerstedt. Gültig vom 1. Januar 2025 bis 31. Dezember 2025. "
          "Diese Preisliste ist nicht mehr aktuell und wird nur zu Archivzwecken bereitgestellt, z. B. für Erstattungsanfragen zu Leistungen aus dem Jahr 2025."),
    ("h", "Messungen"),
    ("t", [["Leistung", "Preis 2025", "Termin nötig?"],
           ["Blutdruckmessung", "2,50 €", "nein"],
           ["Blutdruck-Langzeitmessung (24 h)", "25,00 €", "ja"],
           ["Blutzuckermessung", "4,00 €", "nein"],
           ["Cholesterin gesamt", "8,90 €", "nein"],
           ["Lipidprofil", "22,90 €", "ja, nüchtern"],
           ["HbA1c (Langzeitblutzucker)", "13,90 €", "nein"],
           ["Körperfett- und BMI-Analyse", "5,00 €", "nein"]]),
    ("h", "Beratung und Impfungen"),
    ("t", [["Leistung", "Preis 2025"],
           ["Medikationsanalyse (Selbstzahler)", "35,00 €"],
           ["Reiseimpf- und Reisemedizinberatung", "12,00 €"],
           ["Grippeimpfung (Selbstzahler)", "26,00 €"],
           ["Anmessen von Kompressionsstrümpfen", "kostenlos"]]),
    ("h", "Mietgeräte"),
    ("t", [["Gerät", "Preis 2025", "Kaution"],
           ["Milchpumpe", "1,80 € pro Tag", "50 €"],
           ["Babywaage", "10,00 € pro Woche", "30 €"],
           ["Inhaliergerät", "5,00 € pro Woche", "30 €"]]),
    ("p", "Rabatt mit der Kranich-Kundenkarte 2025: 5 % auf alle Messungen. Alle Preise inklusive Mehrwertsteuer."),
    ("h", "Hinweise"),
    ("p", "Die Messungen wurden 2025 in beiden Filialen angeboten, Impfungen und die Ausleihe von Milchpumpen nur in der Filiale Lindenplatz. "
          "Quittungen für Leistungen aus dem Jahr 2025 können Sie bis zum 31. März 2026 in jeder Filiale als Zweitschrift anfordern. "
          "Die aktuellen Preise finden Sie auf unserer Website unter „Preisliste Gesundheitsleistungen 2026“."),
])

# ---------------------------------------------------------------- PDF 2: terms and conditions
pdf(KB / "recht/agb.pdf", "Allgemeine Geschäftsbedingungen der Kranichwald Apotheke", [
    ("p", "Stand: 1. Februar 2026. Anbieter: Kranichwald Apotheke e. K., Inhaberin Dr. Marlene Oswitz, Lindenplatz 7, 34987 Hallerstedt. "
          "Zuständige Aufsichtsbehörde: Landesamt für Gesundheit Hallerstedt-Aue."),
    ("h", "§ 1 Geltungsbereich"),
    ("p", "Diese AGB gelten für alle Bestellungen über den Online-Shop, die App und den Bestellservice per Telefon. "
          "Bestellungen sind nur Personen ab 18 Jahren erlaubt. Für Geschäftskunden gelten ergänzend die Konditionen für Geschäftskunden."),
    ("h", "§ 2 Vertragsschluss"),
    ("p", "Die Darstellung der Produkte ist kein verbindliches Angebot. Mit dem Absenden der Bestellung geben Sie ein Angebot ab. "
          "Der Vertrag kommt zustande, wenn wir die Ware versenden oder die Annahme ausdrücklich per E-Mail bestätigen. "
          "Bei Arzneimitteln prüft vor dem Versand eine Apothekerin oder ein Apotheker die Bestellung; wir können Bestellungen "
          "aus pharmazeutischen Gründen ablehnen, etwa bei Verdacht auf Missbrauch."),
    ("h", "§ 3 Abgabemengen"),
    ("p", "Nicht verschreibungspflichtige Arzneimittel geben wir pro Bestellung in haushaltsüblichen Mengen ab, in der Regel höchstens 3 Packungen desselben Arzneimittels. "
          "Bei Schmerzmitteln und Abführmitteln kann die Menge weiter begrenzt werden."),
    ("h", "§ 4 Preise und Zahlung"),
    ("p", "Alle Preise enthalten die gesetzliche Mehrwertsteuer. Versandkosten werden vor Abschluss der Bestellung angezeigt. "
          "Bei Zahlungsverzug berechnen wir eine Mahngebühr von 2,50 € je Mahnung ab der zweiten Mahnung."),
    ("h", "§ 5 Fristen im Überblick"),
    ("t", [["Thema", "Frist"],
           ["Widerruf (Privatkunden, ausgenommen Arzneimittel)", "14 Tage ab Erhalt"],
           ["Meldung falscher oder beschädigter Lieferung", "7 Tage"],
           ["Zahlungsziel Rechnung (Privatkunden)", "14 Tage"],
           ["Gewährleistung bei Mängeln", "2 Jahre"],
           ["Aufbewahrung von Click & Collect-Bestellungen", "7 Tage"]]),
    ("h", "§ 6 Eigentumsvorbehalt"),
    ("p", "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum."),
    ("h", "§ 7 Haftung"),
    ("p", "Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, Körper oder Gesundheit. "
          "Unsere Online-Informationen ersetzen keine ärztliche Behandlung."),
    ("h", "§ 8 Streitbeilegung"),
    ("p", "Wir sind nicht verpflichtet und nicht bereit, an einem Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen. "
          "Es gilt deutsches Recht. Gerichtsstand für Kaufleute ist Hallerstedt."),
])

# ---------------------------------------------------------------- PDF 3: travel health brochure (en)
pdf(KB / "services/travel-health-brochure.pdf", "Travel health brochure: your travel pharmacy", [
    ("p", "Kranichwald Apotheke, Hallerstedt. A short guide for holidays and business trips. "
          "Our pharmacists offer travel health advice in both branches; vaccinations for travel (e.g. yellow fever) are not available at our pharmacy."),
    ("h", "Ready-made travel kits"),
    ("t", [["Kit", "Contents", "Price"],
           ["Travel Kit Basic", "plasters, wound spray, painkiller, diarrhoea tablets, thermometer", "€24.90"],
           ["Travel Kit Plus", "Basic contents plus insect repellent, sunburn gel, motion sickness tablets, cooling bag", "€39.90"],
           ["Travel Kit Kids", "child-friendly doses, fever syrup, plasters with animals", "€29.90"]]),
    ("p", "If you book a travel health consultation, the consultation fee is credited when you buy a travel kit or travel products worth €50 or more."),
    ("h", "Carrying medicine on a plane"),
    ("p", "Keep your medicine in your hand luggage, in the original packaging. Liquid medicines above 100 ml are allowed in hand luggage when you "
          "need them during the flight; carry a doctor's note. Insulin and cooled medicines belong in the hand luggage, never in the hold, "
          "because the hold can freeze. For strong painkillers and other narcotics you need a certificate for travel within the Schengen area, "
          "completed by your doctor and stamped by the health authority; it is valid for up to 30 days."),
    ("h", "Checklist before you go"),
    ("p", "1. Check the vaccination recommendations for your destination 6 to 8 weeks before departure. "
          "2. Make sure you have enough of your regular medicine for the whole trip plus 3 extra days. "
          "3. Pack a copy of your medication list in English. "
          "4. Ask us about sun protection and insect repellents suitable for the tropics."),
    ("h", "Time zones"),
    ("p", "If you take medicines at fixed times (for example the contraceptive pill or insulin), ask us for a personal schedule for the time shift."),
])

# ---------------------------------------------------------------- DOCX 1: business customers (de)
docx_file(KB / "geschaeftskunden/konditionen.docx", "Konditionen für Geschäftskunden", [
    ("p", "Die Kranichwald Apotheke beliefert Arztpraxen, Zahnarztpraxen, Pflegeeinrichtungen, Kitas und Unternehmen (Betriebsapotheke, Erste-Hilfe-Material). "
          "Diese Konditionen gelten ab 1. Januar 2026 und ergänzen unsere AGB."),
    ("h", "Anmeldung"),
    ("li", "Formular „Geschäftskundenkonto“ auf kranichwald-apotheke.de/b2b ausfüllen."),
    ("li", "Nachweis hochladen: Gewerbeanmeldung, Approbation oder Betriebserlaubnis."),
    ("li", "Nach Prüfung (in der Regel 2 Werktage) erhalten Sie Ihre Kundennummer, die mit B2B- beginnt."),
    ("h", "Versand und Mindestbestellwert"),
    ("t", [["Punkt", "Geschäftskunden"],
           ["Mindestbestellwert", "50 €"],
           ["Versandkosten unter 150 € Bestellwert", "6,90 €"],
           ["Versandkosten ab 150 € Bestellwert", "kostenlos"],
           ["Kühlversand", "6,50 € Zuschlag"],
           ["Lieferung durch eigenen Botendienst (Hallerstedt)", "kostenlos ab 50 €"]]),
    ("h", "Zahlung"),
    ("p", "Geschäftskunden zahlen per Rechnung mit einem Zahlungsziel von 30 Tagen. Bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto. "
          "Auf Wunsch erstellen wir eine Sammelrechnung zum Monatsende."),
    ("h", "Mengenrabatt auf Sanitäts- und Praxisbedarf"),
    ("t", [["Bestellwert pro Monat", "Rabatt"],
           ["ab 500 €", "3 %"],
           ["ab 1.000 €", "5 %"],
           ["ab 2.500 €", "7 %"]]),
    ("p", "Der Rabatt gilt nicht für verschreibungspflichtige Arzneimittel, deren Preise gesetzlich festgelegt sind."),
    ("h", "Heimversorgung"),
    ("p", "Für Pflegeeinrichtungen stellen wir Medikamente wochenweise in Blistern zusammen. Dafür schließen wir einen gesonderten Versorgungsvertrag. "
          "Kein Widerrufsrecht: Für Geschäftskunden gilt das gesetzliche Widerrufsrecht nicht."),
    ("h", "Bestellwege"),
    ("p", "Geschäftskunden bestellen über den Online-Shop nach dem Login mit ihrer B2B-Kundennummer, per E-Mail oder per Fax an 05673 48 21 99. "
          "Bestellungen, die werktags bis 11:00 Uhr eingehen, verlassen unser Haus am selben Tag. Lieferscheine und Rechnungen stehen im Kundenkonto als PDF bereit."),
    ("h", "Ansprechpartnerin"),
    ("p", "Sabine Kerlinger, Geschäftskundenbetreuung, Telefon 05673 48 21 95, E-Mail b2b@kranichwald-apotheke.de (Mo–Fr 08:00–16:00 Uhr)."),
])

# ---------------------------------------------------------------- DOCX 2: medication review (en)
docx_file(KB / "services/medication-review.docx", "Medication review: is your medicine working together?", [
    ("p", "If you take several medicines every day, side effects and interactions become more likely. In a medication review, a pharmacist "
          "at Kranichwald Apotheke looks at everything you take - prescription medicines, over-the-counter products, supplements and herbal teas."),
    ("h", "Who can have a review?"),
    ("p", "Patients with statutory health insurance who take at least 5 long-term medicines receive the review free of charge once a year. "
          "Everyone else can book it as a self-payer for €39.00."),
    ("h", "How it works"),
    ("li", "Book an appointment in either branch (about 45 minutes)."),
    ("li", "Bring every medicine you take in a bag, including eye drops, inhalers, creams and supplements (the 'brown bag' method)."),
    ("li", "The pharmacist records your medicines and asks how you take them."),
    ("li", "Within 7 days you get a second short appointment with the results and an updated medication plan."),
    ("li", "With your consent, we send suggestions to your doctor. We never change a prescription ourselves."),
    ("h", "What we check"),
    ("t", [["Check", "Example"],
           ["Interactions", "a painkiller that weakens a blood pressure medicine"],
           ["Double medication", "the same active ingredient under two brand names"],
           ["Dosage and timing", "a tablet that must be taken 30 minutes before breakfast"],
           ["Handling", "inhaler technique, splitting tablets"]]),
    ("h", "Your data"),
    ("p", "Your medication plan is stored in your customer file in the branch and, if you wish, in your online account. You can ask for it to be deleted at any time."),
])
print("done")
