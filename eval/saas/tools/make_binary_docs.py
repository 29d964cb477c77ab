"""Generates the PDF and DOCX documents of the knowledge base (run with /tmp/saas-venv/bin/python)."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx

KB = Path(__file__).resolve().parent.parent / "kb"

# Use a TrueType font with full Unicode coverage if one is installed (umlauts, euro sign).
FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
for reg, bold in [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                  ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")]:
    if Path(reg).exists() and Path(bold).exists():
        pdfmetrics.registerFont(TTFont("KBSans", reg))
        pdfmetrics.registerFont(TTFont("KBSans-Bold", bold))
        FONT, FONT_BOLD = "KBSans", "KBSans-Bold"
        break


def make_pdf(path, title, blocks):
    styles = getSampleStyleSheet()
    for s in ("Title", "Heading2", "BodyText"):
        styles[s].fontName = FONT_BOLD if s != "BodyText" else FONT
    story = [Paragraph(title, styles["Title"]), Spacer(1, 0.3 * cm)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
            story.append(Spacer(1, 0.15 * cm))
        elif kind == "t":
            cell = styles["BodyText"]
            data = [[Paragraph(c, cell) for c in row] for row in content]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Zahlkontor Software GmbH").build(story)


def make_docx(path, title, blocks):
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Zahlkontor Software GmbH"
    d.add_heading(title, level=1)
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
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


# ---------------------------------------------------------------- PDF 1 (de)
make_pdf(KB / "preise" / "zusatzmodule-2026.pdf", "Preisliste Zusatzmodule 2026", [
    ("p", "Zahlkontor Software GmbH · Mühlgrabenweg 12 · 04229 Leipzig · Stand: 1. Januar 2026"),
    ("p", "Mit Zusatzmodulen erweitern Sie Ihren Zahlkontor-Tarif genau dort, wo Sie mehr brauchen. "
          "Alle Preise verstehen sich netto zuzüglich 19 % Umsatzsteuer. Zusatzmodule werden zusammen mit Ihrem Tarif abgerechnet "
          "und sind monatlich kündbar, auch wenn Sie Ihren Tarif jährlich bezahlen."),
    ("h", "Preisübersicht"),
    ("t", [
        ["Zusatzmodul", "Preis", "Buchbar in", "Hinweis"],
        ["E-Rechnung-Paket", "3,00 € pro Monat", "Solo", "in Plus und Team bereits enthalten"],
        ["Zusätzlicher Nutzer", "5,00 € pro Monat je Nutzer", "Plus, Team", "in Solo nicht möglich"],
        ["Zusatzspeicher 10 GB", "2,50 € pro Monat", "alle Tarife", "beliebig oft buchbar"],
        ["Belegscan Pro", "4,90 € pro Monat", "alle Tarife", "unbegrenzte Texterkennung statt 50 Belege pro Monat"],
        ["Weitere Bankverbindung", "1,90 € pro Monat je Konto", "alle Tarife", "zusätzlich zu den im Tarif enthaltenen Konten"],
        ["SMS-Erinnerung", "0,15 € je SMS", "Plus, Team", "nur an Mobilnummern in der EU"],
        ["Archivmodus", "4,00 € pro Monat", "nach Kündigung", "Nur-Lese-Zugriff, kein neuer Beleg möglich"],
    ]),
    ("h", "Zusatzmodule buchen"),
    ("p", "Sie buchen Zusatzmodule als Kontoinhaberin oder Kontoinhaber unter Einstellungen › Abonnement › Zusatzmodule. "
          "Das Modul steht sofort zur Verfügung. Für den laufenden Monat berechnen wir den Preis tagesgenau."),
    ("h", "Zusatzmodule kündigen"),
    ("p", "Sie können jedes Zusatzmodul zum Ende des laufenden Monats kündigen. Beim Zusatzspeicher müssen Sie vorher so viele "
          "Daten löschen oder exportieren, dass der im Tarif enthaltene Speicher wieder ausreicht."),
    ("h", "Preise 2025"),
    ("p", "Die Preise der Zusatzmodule 2025 gelten für Bestandskunden bis zur Umstellung auf die Tarife 2026. "
          "Ein zusätzlicher Nutzer kostete 2025 4,00 € pro Monat; alle anderen Module sind 2026 neu oder unverändert."),
])

# ---------------------------------------------------------------- PDF 2 (en)
make_pdf(KB / "legal" / "data-processing-summary.pdf", "Data processing at a glance", [
    ("p", "Zahlkontor Software GmbH · Version 3.1 · valid from 1 February 2026"),
    ("p", "This summary explains how we process personal data for you. The binding text is the data processing agreement "
          "(DPA), which account owners conclude in the app under Settings › Privacy. The DPA is available in German and English."),
    ("h", "Roles"),
    ("p", "For the data of your customers and suppliers that you store in Zahlkontor, you are the controller and Zahlkontor "
          "is the processor. For your own account and billing data, Zahlkontor is the controller."),
    ("h", "Where the data is stored"),
    ("p", "All data is stored in data centres in Frankfurt am Main and Nuremberg, Germany. We do not transfer personal data "
          "to countries outside the European Union."),
    ("h", "Sub-processors"),
    ("t", [
        ["Sub-processor", "Purpose", "Location"],
        ["Nordhost Rechenzentren GmbH", "hosting and backups", "Frankfurt am Main and Nuremberg, Germany"],
        ["Postlicht Mailservice GmbH", "sending invoice and system emails", "Germany"],
        ["Belegblick Texterkennung GmbH", "text recognition for receipts", "Germany"],
        ["ZahlPilot Payments B.V.", "online payment links (only if you enable ZahlPilot)", "Netherlands"],
    ]),
    ("p", "We announce new sub-processors by email at least 30 days in advance. You may object within this period."),
    ("h", "Requests from data subjects"),
    ("p", "Requests for access, correction or deletion of personal data can be sent to datenschutz@zahlkontor.example. "
          "We answer within 30 days. If a request concerns data that you control, we forward it to you and support you."),
    ("h", "Data protection officer"),
    ("p", "Our external data protection officer is Dr. Henrike Walzberg, reachable at datenschutz@zahlkontor.example "
          "or by post at our Leipzig address with the note 'Data protection officer - confidential'."),
    ("h", "Security incidents"),
    ("p", "If a personal data breach affects your data, we inform you without undue delay and at the latest within 48 hours."),
])

# ---------------------------------------------------------------- DOCX 1 (de)
make_docx(KB / "rechtliches" / "agb.docx", "Allgemeine Geschäftsbedingungen der Zahlkontor Software GmbH", [
    ("p", "Stand: 1. Januar 2026"),
    ("h", "§ 1 Geltungsbereich"),
    ("p", "Diese AGB gelten für alle Verträge über die Nutzung der Software Zahlkontor zwischen der Zahlkontor Software GmbH, "
          "Mühlgrabenweg 12, 04229 Leipzig, und ihren Kundinnen und Kunden. Das Angebot richtet sich ausschließlich an Unternehmer "
          "im Sinne des § 14 BGB, also an Gewerbetreibende, Freiberufler und Organisationen."),
    ("h", "§ 2 Vertragsschluss und Testphase"),
    ("p", "Mit der Registrierung beginnt eine kostenlose Testphase von 30 Tagen. Die Testphase endet automatisch; sie geht nicht "
          "ohne ausdrückliche Bestellung in einen kostenpflichtigen Vertrag über. Ein kostenpflichtiger Vertrag kommt zustande, "
          "wenn Sie einen Tarif auswählen und die Bestellung bestätigen."),
    ("h", "§ 3 Leistungen und Verfügbarkeit"),
    ("p", "Der Leistungsumfang ergibt sich aus der bei Vertragsschluss gültigen Tarifübersicht. Wir stellen eine Verfügbarkeit "
          "von 99,5 % im Jahresmittel sicher. Geplante Wartungsarbeiten kündigen wir mindestens 3 Tage vorher an und legen sie "
          "möglichst in die Zeit zwischen 22:00 und 6:00 Uhr."),
    ("h", "§ 4 Preise und Zahlung"),
    ("p", "Es gelten die Preise der jeweils aktuellen Preisliste zuzüglich der gesetzlichen Umsatzsteuer. Monatliche Tarife werden "
          "monatlich im Voraus, jährliche Tarife jährlich im Voraus abgerechnet. Die Zahlung erfolgt per SEPA-Lastschrift oder "
          "Kreditkarte, im Tarif Team bei jährlicher Zahlung auch per Überweisung auf Rechnung."),
    ("h", "§ 5 Laufzeit und Kündigung"),
    ("t", [
        ["Vertragsart", "Mindestlaufzeit", "Kündigungsfrist", "Verlängerung"],
        ["monatliche Zahlung", "1 Monat", "bis zum letzten Tag des Abrechnungsmonats", "um jeweils 1 Monat"],
        ["jährliche Zahlung", "12 Monate", "30 Tage vor Ende der Laufzeit", "um jeweils 12 Monate"],
        ["Zusatzmodule", "1 Monat", "zum Ende des laufenden Monats", "um jeweils 1 Monat"],
        ["Archivmodus", "1 Monat", "zum Ende des laufenden Monats", "um jeweils 1 Monat"],
    ]),
    ("p", "Die Kündigung erfolgt in der Software unter Einstellungen › Abonnement oder in Textform an abrechnung@zahlkontor.example. "
          "Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt."),
    ("h", "§ 6 Geld-zurück-Garantie"),
    ("p", "Bei der ersten jährlichen Zahlung erstatten wir den vollen Betrag, wenn Sie innerhalb von 14 Tagen nach der Zahlung kündigen. "
          "Für monatliche Tarife gibt es keine anteilige Erstattung."),
    ("h", "§ 7 Zahlungsverzug"),
    ("p", "Gerät die Kundin oder der Kunde mit der Zahlung in Verzug, versuchen wir die Zahlung nach 3 und nach 7 Tagen erneut. Nach "
          "14 Tagen Verzug dürfen wir den Zugang auf einen Nur-Lese-Modus beschränken. Für Rücklastschriften berechnen wir eine "
          "Gebühr von 3,50 €."),
    ("h", "§ 8 Preisänderungen"),
    ("p", "Preisänderungen kündigen wir mindestens 6 Wochen vor Inkrafttreten in Textform an. Sie haben dann ein Sonderkündigungsrecht "
          "zum Tag vor Inkrafttreten der neuen Preise."),
    ("h", "§ 9 Daten nach Vertragsende"),
    ("p", "Nach Vertragsende können Sie Ihre Daten 90 Tage lang exportieren. Danach löschen wir alle Daten endgültig, soweit keine "
          "gesetzliche Pflicht zur Aufbewahrung bei uns besteht. Für die Aufbewahrung Ihrer eigenen Geschäftsunterlagen sind Sie "
          "selbst verantwortlich."),
    ("h", "§ 10 Haftung"),
    ("p", "Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit. Bei leichter Fahrlässigkeit haften wir nur bei Verletzung "
          "wesentlicher Vertragspflichten und begrenzt auf den vorhersehbaren, vertragstypischen Schaden, höchstens jedoch auf "
          "die Entgelte der letzten 12 Monate."),
    ("h", "§ 11 Schlussbestimmungen"),
    ("p", "Es gilt deutsches Recht. Gerichtsstand ist Leipzig."),
])

# ---------------------------------------------------------------- DOCX 2 (en)
make_docx(KB / "services" / "onboarding-packages.docx", "Onboarding packages 2026", [
    ("p", "Get started faster with personal help from the Zahlkontor onboarding team. Our onboarding specialists set up your "
          "account with you, import your data and show you the features that matter for your business."),
    ("h", "Packages and prices"),
    ("t", [
        ["Package", "What is included", "Price (net)"],
        ["Quick Start", "one 60-minute video call: company settings, invoice template, first invoice", "149 EUR"],
        ["Full Setup", "import of customers, products and open invoices from your previous software, custom invoice "
                       "templates, dunning setup, 3 video sessions of 60 minutes", "490 EUR"],
        ["On-site Workshop", "half-day workshop (4 hours) at our Leipzig or Hamburg office for up to 6 participants", "690 EUR"],
    ]),
    ("p", "All prices plus 19 % VAT. Team customers with annual billing get the Quick Start package free of charge."),
    ("h", "Free weekly webinar"),
    ("p", "Not sure yet? Join our free live webinar 'Zahlkontor in 45 minutes' every Tuesday at 16:00 (German time). "
          "Registration is on our website; the recording is sent to all registered participants."),
    ("h", "How to book"),
    ("li", "Book online at www.zahlkontor.example/onboarding and choose a date."),
    ("li", "You receive a confirmation with a preparation checklist."),
    ("li", "For the Full Setup, send us your export files from your previous software at least 3 business days before the first session."),
    ("h", "Cancellation and rescheduling"),
    ("p", "You can cancel or reschedule free of charge up to 48 hours before the appointment. Later cancellations are charged "
          "at 50 % of the package price. Packages are valid for 6 months after booking."),
    ("h", "Language"),
    ("p", "Sessions are held in German or English. Please choose the language when booking."),
])
print("ok")
