#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the DentaLinde knowledge base.

Run with the venv that has reportlab and python-docx:
    /tmp/dental-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

_styles = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=_styles["Heading1"], fontName="DejaVu-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle("h2", parent=_styles["Heading2"], fontName="DejaVu-Bold", fontSize=12.5, leading=16)
BODY = ParagraphStyle("body", parent=_styles["BodyText"], fontName="DejaVu", fontSize=9.5, leading=13)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="DejaVu-Bold")


def pdf_table(rows, widths):
    data = [[Paragraph(c, CELL_B if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee6")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa79a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def build_pdf(path, title, blocks, meta_title, lang):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta_title,
                            author="DentaLinde MVZ GmbH", lang=lang)
    story = [Paragraph(title, H1), Spacer(1, 6)]
    for kind, content, *rest in blocks:
        if kind == "h2":
            story += [Spacer(1, 6), Paragraph(content, H2)]
        elif kind == "p":
            story.append(Paragraph(content, BODY))
            story.append(Spacer(1, 4))
        elif kind == "table":
            story.append(pdf_table(content, rest[0]))
            story.append(Spacer(1, 6))
    doc.build(story)


def build_docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(title, level=1)
    for kind, content, *rest in blocks:
        if kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "bullet":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
    d.save(str(path))


# --------------------------------------------------------------------------------------------
# 1) PDF (de): Preisspannen Implantate und Aligner
# --------------------------------------------------------------------------------------------
preisspannen = [
    ("p", "DentaLinde MVZ GmbH · Lindenbrück-Mitte · Lindenbrück-Nord · Kessingen · Stand: Januar 2026"),
    ("p", "Die folgenden Preisspannen dienen Ihrer Orientierung. Die tatsächlichen Kosten hängen von Ihrem "
          "Befund ab. Vor jeder Behandlung erhalten Sie einen individuellen, schriftlichen Heil- und Kostenplan "
          "bzw. ein Festpreisangebot. Alle Beträge sind Gesamtkosten einschließlich Laborkosten; bei gesetzlich "
          "Versicherten wird der Festzuschuss der Krankenkasse für die Krone noch abgezogen."),
    ("h2", "Implantate"),
    ("table", [
        ["Leistung", "Preisspanne"],
        ["Implantat-Erstberatung inkl. Befund (30 Min.)", "kostenfrei"],
        ["3D-Röntgen (DVT) zur Planung", "180 – 260 €"],
        ["Einzelzahnimplantat inkl. Aufbau und Keramikkrone", "2.400 – 3.600 €"],
        ["Aufpreis Keramikimplantat (Zirkonoxid) statt Titan", "350 € pro Implantat"],
        ["Knochenaufbau (je nach Umfang)", "450 – 1.600 €"],
        ["Sinuslift (Knochenaufbau im Oberkiefer)", "900 – 1.900 €"],
        ["Zwei Implantate mit Druckknopf-Prothese (Unterkiefer)", "4.800 – 6.900 €"],
        ["Festsitzende Brücke auf 4 Implantaten (\u201eAll-on-4\u201c), je Kiefer", "11.500 – 16.500 €"],
    ], [11 * cm, 5 * cm]),
    ("p", "Alle Implantat-Operationen finden im Implantologie-Zentrum Lindenbrück-Mitte statt. "
          "Sedierung (Dämmerschlaf) oder Vollnarkose werden zusätzlich berechnet."),
    ("h2", "Aligner (unsichtbare Zahnschienen)"),
    ("table", [
        ["Leistung", "Preisspanne"],
        ["Aligner-Erstberatung inkl. 3D-Scan und Simulation", "49 € (wird bei Behandlungsbeginn angerechnet)"],
        ["SmileLine Light (bis zu 20 Schienen, leichte Fehlstellungen)", "1.800 – 2.900 €"],
        ["SmileLine Complete (unbegrenzte Schienen für 5 Jahre, komplexe Fälle)", "3.900 – 5.900 €"],
        ["Retainer festsitzend (Draht), je Kiefer", "280 €"],
        ["Retainer-Schienen herausnehmbar (Set Ober- und Unterkiefer)", "190 €"],
    ], [11 * cm, 5 * cm]),
    ("p", "Bei SmileLine Complete ist das erste Set herausnehmbarer Retainer bereits im Preis enthalten. "
          "Aligner-Scans und Kontrollen: Lindenbrück-Mitte sowie dienstags in Kessingen."),
    ("h2", "Finanzierung"),
    ("p", "Ab einem Rechnungsbetrag von 300 € ist eine Ratenzahlung über unseren Finanzierungspartner möglich "
          "(siehe Merkblatt Ratenzahlung). Die gesetzliche Krankenversicherung übernimmt weder Implantate "
          "noch Aligner-Behandlungen bei Erwachsenen."),
]
build_pdf(KB / "preise" / "implantate-aligner-preisspannen.pdf",
          "Preisspannen Implantate und Aligner 2026", preisspannen,
          "Preisspannen Implantate und Aligner 2026", "de-DE")

# --------------------------------------------------------------------------------------------
# 2) PDF (en): Privacy notice
# --------------------------------------------------------------------------------------------
privacy = [
    ("p", "DentaLinde MVZ GmbH · Version 3.2 · last updated 1 March 2026"),
    ("h2", "1. Who is responsible for your data"),
    ("p", "The controller within the meaning of the EU General Data Protection Regulation (GDPR) is "
          "DentaLinde MVZ GmbH, Marktstraße 14, 67410 Lindenbrück, represented by its managing directors "
          "Dr. Miriam Albers and Stefan Kohlhaas. Our external data protection officer is Tobias Renner "
          "(Nordlicht Datenschutz GmbH). You can reach him at datenschutz@dentalinde.de or by post at our "
          "address, marked \u201eDatenschutzbeauftragter\u201c."),
    ("h2", "2. Which data we process and why"),
    ("p", "We process your personal details (name, date of birth, address, contact details, insurance data) "
          "and health data (medical history, findings, X-rays, treatment documentation) in order to provide "
          "dental treatment and to bill it. The legal basis is Art. 6(1)(b) GDPR (treatment contract) and "
          "Art. 9(2)(h) GDPR (health care). For appointment reminders by SMS and email and for our billing "
          "partner DentaBill GmbH we ask for your separate consent (Art. 6(1)(a) GDPR), which you can withdraw at "
          "any time with effect for the future."),
    ("h2", "3. Recipients"),
    ("p", "Depending on your treatment, data is passed to: your statutory health insurer and the Association of "
          "Statutory Health Insurance Dentists (KZV) for billing; DentaBill GmbH for private invoices (only with "
          "consent); dental laboratories (only the data needed to make a crown or aligner); the aligner "
          "manufacturer (3D scans, pseudonymised); our online booking provider TerminPilot GmbH, which processes "
          "data on our behalf under a data processing agreement. We do not sell data and do not use it for "
          "advertising."),
    ("h2", "4. How long we keep your data"),
    ("table", [
        ["Type of data", "Retention period"],
        ["Patient records and treatment documentation", "10 years after the end of treatment (Section 630f BGB)"],
        ["X-rays and 3D scans", "10 years after the last examination"],
        ["Invoices and accounting records", "10 years (tax law)"],
        ["Online booking account", "until you delete it, at the latest 3 years after the last login"],
        ["SMS/email reminder consent", "until withdrawn"],
    ], [7 * cm, 9 * cm]),
    ("p", "For patients under 18, the retention period starts on their 18th birthday."),
    ("h2", "5. Your rights"),
    ("p", "You have the right to access your data (Art. 15 GDPR), to rectification (Art. 16), to erasure "
          "(Art. 17) where no legal retention obligation applies, to restriction of processing (Art. 18), to data "
          "portability (Art. 20) and to object (Art. 21). The first copy of your records is free of charge. "
          "Please send requests to datenschutz@dentalinde.de or by post. We answer within one month. To protect "
          "your data, we may ask you to confirm your identity."),
    ("p", "You also have the right to lodge a complaint with the competent data protection supervisory authority."),
    ("h2", "6. Website and cookies"),
    ("p", "Our website only uses technically necessary cookies. The online booking page sets a session cookie. "
          "We do not use tracking or advertising cookies."),
    ("h2", "7. Email and messaging"),
    ("p", "Normal email is not encrypted. Please do not send X-rays or detailed health information by email, "
          "WhatsApp or social media; on request we send you a secure upload link."),
]
build_pdf(KB / "service" / "privacy-notice.pdf", "Privacy notice for patients", privacy,
          "Privacy notice for patients", "en-GB")

# --------------------------------------------------------------------------------------------
# 3) DOCX (de): Merkblatt Ratenzahlung
# --------------------------------------------------------------------------------------------
raten = [
    ("p", "DentaLinde MVZ GmbH – Verwaltung und Abrechnung – Stand: Februar 2026"),
    ("p", "Größere Behandlungen wie Zahnersatz, Implantate oder Aligner müssen Sie nicht auf einmal bezahlen. "
          "Gemeinsam mit unserem Finanzierungspartner MediFinanz Süd GmbH bieten wir Ihnen eine bequeme "
          "Ratenzahlung an."),
    ("h2", "Voraussetzungen"),
    ("bullet", "Rechnungsbetrag ab 300 €"),
    ("bullet", "Wohnsitz in Deutschland und Volljährigkeit"),
    ("bullet", "positive Bonitätsprüfung durch MediFinanz Süd (SCHUFA-Abfrage)"),
    ("bullet", "Mindestrate 25 € pro Monat"),
    ("h2", "Laufzeiten und Zinsen"),
    ("table", [
        ["Laufzeit", "Effektiver Jahreszins", "Hinweis"],
        ["3–12 Monate", "0,0 %", "zinsfrei"],
        ["13–24 Monate", "3,9 %", ""],
        ["25–48 Monate", "5,9 %", ""],
        ["49–72 Monate", "6,9 %", "nur bei Beträgen ab 5.000 €"],
    ]),
    ("p", "Beispiel: Bei einem Eigenanteil von 2.400 € und einer Laufzeit von 12 Monaten zahlen Sie 12 Raten "
          "zu je 200 € – ohne Zinsen."),
    ("h2", "So funktioniert es"),
    ("bullet", "Sie erhalten von uns den Kostenplan bzw. die Rechnung."),
    ("bullet", "Den Finanzierungsantrag stellen Sie an der Rezeption oder online über den Link auf Ihrer Rechnung."),
    ("bullet", "Die Entscheidung erhalten Sie in der Regel innerhalb von etwa 10 Minuten."),
    ("bullet", "MediFinanz Süd bezahlt die Rechnung an uns; Ihre Raten zahlen Sie an MediFinanz Süd."),
    ("bullet", "Sondertilgungen und die vorzeitige Rückzahlung sind jederzeit kostenfrei möglich."),
    ("h2", "Teilzahlung direkt bei DentaLinde"),
    ("p", "Bei Rechnungsbeträgen bis 1.500 € können Sie alternativ direkt mit unserer Abrechnung eine "
          "Teilzahlung in bis zu 3 Monatsraten ohne Zinsen und ohne Bonitätsprüfung vereinbaren."),
    ("h2", "Kontakt"),
    ("p", "Abrechnung DentaLinde: abrechnung@dentalinde.de, Telefon 06841 55 20 50 (Mo–Do 9:00–15:00 Uhr)."),
]
build_docx(KB / "abrechnung" / "ratenzahlung.docx", "Merkblatt Ratenzahlung und Finanzierung", raten)

# --------------------------------------------------------------------------------------------
# 4) DOCX (en): Sedation options
# --------------------------------------------------------------------------------------------
sedation = [
    ("p", "Patient information sheet – DentaLinde MVZ GmbH – valid from January 2026"),
    ("p", "If you feel anxious about dental treatment or need a long procedure, we can help you relax. "
          "This sheet summarises the sedation options we offer, where they are available and what they cost. "
          "Your dentist will recommend the option that is right for you in a preliminary consultation."),
    ("h2", "Overview"),
    ("table", [
        ["Option", "Where", "Price", "Good to know"],
        ["Nitrous oxide (laughing gas)", "Lindenbrück-Nord, Lindenbrück-Mitte",
         "€95 for the first 30 minutes, €30 for each additional 15 minutes or part thereof",
         "You stay awake and relaxed. You may drive yourself home after a 30-minute recovery period."],
        ["Oral sedation (sedative tablet)", "all practices", "€45",
         "Taken 30–60 minutes before treatment. You must not drive for 24 hours and need an escort."],
        ["IV sedation (\u201ctwilight sleep\u201d)", "Lindenbrück-Mitte",
         "€290 for the first hour, €95 for each additional 30 minutes",
         "Given by an anaesthesia team. Escort required, no driving for 24 hours."],
        ["General anaesthesia", "Lindenbrück-Mitte (Tuesdays and Fridays)",
         "€390 for the first hour, €120 for each additional 30 minutes",
         "Given by our external anaesthesia team. No food for 6 hours before. Escort required."],
    ]),
    ("p", "Example: a 60-minute session with nitrous oxide costs €155 (€95 + 2 × €30)."),
    ("h2", "Insurance"),
    ("p", "For adults, sedation is a private service and is not covered by statutory health insurance. "
          "Statutory insurers cover general anaesthesia only in exceptional cases, e.g. for children under 12 "
          "with extensive treatment needs or for patients with certain disabilities. Private insurers often "
          "reimburse sedation if it is medically justified – please check your policy. You receive a written "
          "cost estimate before treatment."),
    ("h2", "Before your appointment"),
    ("bullet", "A preliminary consultation is required before IV sedation or general anaesthesia, usually about 2 weeks before treatment."),
    ("bullet", "Tell us about all medication, allergies and health conditions."),
    ("bullet", "Nitrous oxide is not used during the first trimester of pregnancy."),
    ("bullet", "Appointments with sedation are longer than 60 minutes in most cases: please cancel at least 48 hours in advance."),
    ("h2", "Questions?"),
    ("p", "Call our anxiety clinic at Lindenbrück-Nord on 06841 55 20 30 or the Lindenbrück-Mitte practice on 06841 55 20 10."),
]
build_docx(KB / "angst" / "sedation-options.docx", "Sedation options at DentaLinde", sedation)

print("built 2 PDF and 2 DOCX documents")
