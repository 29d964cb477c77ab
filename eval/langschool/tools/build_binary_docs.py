#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents (2 PDF, 2 DOCX) of the
Fluentaro evaluation set.

Usage (from the set's root folder or anywhere):
    python3 -m venv /tmp/langschool-venv
    /tmp/langschool-venv/bin/pip install reportlab python-docx pypdf
    /tmp/langschool-venv/bin/python tools/build_binary_docs.py

Creates:
    kb/vertrag-zahlung/AGB_Fluentaro_2026.pdf           (de)
    kb/firmenkunden/Business_Rates_2026.pdf             (en)
    kb/pruefungen/Pruefungsordnung_FLZ_2026.docx        (de)
    kb/firmenkunden/Onboarding_Guide_Company_Clients.docx (en)

Afterwards the script extracts the text again (pypdf / python-docx) and
checks that key facts are present.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

STYLES = getSampleStyleSheet()
H1 = STYLES["Title"]
H2 = STYLES["Heading2"]
BODY = STYLES["BodyText"]
SMALL = STYLES["Normal"]

TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE8F0")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
)


def pdf_table(rows, widths):
    data = [[Paragraph(str(c), SMALL) for c in row] for row in rows]
    t = Table(data, colWidths=[w * cm for w in widths])
    t.setStyle(TABLE_STYLE)
    return t


def footer(canvas, doc, text):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, text)
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Seite/Page {doc.page}")
    canvas.restoreState()


# ---------------------------------------------------------------- AGB (de, PDF)
AGB_SECTIONS = [
    ("§ 1 Geltungsbereich",
     ["Diese Allgemeinen Geschäftsbedingungen (AGB) gelten für alle Verträge zwischen der Fluentaro GmbH, "
      "Brückenbogen 14, 04109 Leipzig (nachfolgend „Fluentaro“) und Verbraucherinnen und Verbrauchern "
      "(Privatkundinnen und Privatkunden) über Sprachkurse, Einzelunterricht, die App Fluentaro Go und "
      "FLZ-Prüfungen. Für Unternehmen gelten gesonderte Rahmenverträge; diese AGB gelten für Firmenkunden nicht."]),
    ("§ 2 Vertragsschluss",
     ["Die Darstellung der Kurse auf fluentaro.de ist kein verbindliches Angebot. Mit dem Klick auf "
      "„Zahlungspflichtig buchen“ geben Sie ein verbindliches Angebot ab. Der Vertrag kommt mit unserer "
      "Buchungsbestätigung per E-Mail zustande. Die Vertragssprache ist Deutsch."]),
    ("§ 3 Widerrufsrecht",
     ["Verbraucherinnen und Verbraucher haben ein gesetzliches Widerrufsrecht. Die Widerrufsfrist beträgt "
      "14 Tage ab dem Tag des Vertragsschlusses. Der Widerruf ist ohne Angabe von Gründen möglich, z. B. per "
      "E-Mail an widerruf@fluentaro.de oder über das Widerrufsformular im Kundenkonto.",
      "Beginnt der Unterricht auf Ihren ausdrücklichen Wunsch bereits vor Ablauf der Widerrufsfrist, schulden "
      "Sie im Fall des Widerrufs Wertersatz für die bis dahin erbrachten Leistungen (anteilig nach "
      "Unterrichtseinheiten). Die vollständige Widerrufsbelehrung erhalten Sie mit der Buchungsbestätigung."]),
    ("§ 4 Preise und Zahlung",
     ["Es gilt die zum Zeitpunkt des Vertragsschlusses gültige Preisliste. Alle Preise sind Endpreise.",
      "Abo-Gebühren (Flex, Plus, Fluentaro Go Monat) sind monatlich im Voraus fällig. Pakete für Einzelunterricht, "
      "Präsenz-Abendkurse, Intensivkurse und Prüfungsgebühren sind bei Buchung fällig.",
      "Wir akzeptieren folgende Zahlungsarten: SEPA-Lastschrift, Kreditkarte (Visa, Mastercard) und PayPal. "
      "Zahlung auf Rechnung ist nur für Firmenkunden möglich. Barzahlung in den Lernzentren ist nicht möglich.",
      "Wird eine Lastschrift mangels Deckung oder wegen Widerspruchs zurückgegeben, berechnen wir die uns "
      "entstehenden Bankgebühren, höchstens 6,50 € pro Rücklastschrift."]),
    ("§ 5 Laufzeit und Kündigung",
     ["(1) Flex-Abos laufen auf unbestimmte Zeit und können mit einer Frist von 7 Tagen zum Ende des jeweiligen "
      "Abrechnungsmonats gekündigt werden.",
      "(2) Plus-Abos haben eine Mindestlaufzeit von 12 Monaten. Nach Ablauf der Mindestlaufzeit läuft der Vertrag "
      "auf unbestimmte Zeit weiter und kann jederzeit mit einer Frist von einem Monat gekündigt werden.",
      "(3) Fluentaro Go Monat kann mit einer Frist von 7 Tagen zum Monatsende gekündigt werden; Fluentaro Go Jahr "
      "endet nach 12 Monaten, sofern es nicht ausdrücklich verlängert wird.",
      "(4) Die Kündigung ist in Textform (E-Mail, Brief) oder über den Button „Vertrag kündigen“ im Kundenkonto "
      "möglich. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt."]),
    ("§ 6 Pausieren",
     ["Plus-Abos können bis zu 2 Monate pro Vertragsjahr pausiert werden. Der Antrag muss spätestens 7 Tage vor "
      "Beginn des Pausenmonats gestellt werden. Die Mindestlaufzeit verlängert sich um die Dauer der Pause. "
      "Flex-Abos können nicht pausiert werden."]),
    ("§ 7 Unterrichtsausfall",
     ["Fällt Unterricht aus Gründen aus, die Fluentaro zu vertreten hat, erhalten Sie einen Ersatztermin oder "
      "auf Wunsch eine Gutschrift bzw. Erstattung. An bundeseinheitlichen Feiertagen findet kein Unterricht statt; "
      "ausgefallene Termine werden nachgeholt."]),
    ("§ 8 Preisänderungen",
     ["Preisänderungen für laufende Abos kündigen wir mindestens 6 Wochen vor ihrem Inkrafttreten in Textform an. "
      "Sie haben in diesem Fall ein Sonderkündigungsrecht zum Zeitpunkt des Inkrafttretens. Während der "
      "Mindestlaufzeit eines Plus-Abos bleibt der Preis unverändert."]),
    ("§ 9 Pflichten der Teilnehmenden",
     ["Zugangsdaten dürfen nicht an Dritte weitergegeben werden. Das Aufzeichnen des Live-Unterrichts durch "
      "Teilnehmende ist nicht gestattet."]),
    ("§ 10 Haftung",
     ["Fluentaro haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, "
      "Körper oder Gesundheit. Im Übrigen haftet Fluentaro nur bei Verletzung wesentlicher Vertragspflichten und "
      "begrenzt auf den vertragstypischen, vorhersehbaren Schaden."]),
    ("§ 11 Verbraucherstreitbeilegung",
     ["Fluentaro ist nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer "
      "Verbraucherschlichtungsstelle teilzunehmen. Beschwerden bearbeiten wir über unser eigenes "
      "Beschwerdeverfahren (beschwerde@fluentaro.de)."]),
    ("§ 12 Schlussbestimmungen",
     ["Es gilt das Recht der Bundesrepublik Deutschland. Zwingende Verbraucherschutzvorschriften des Staates, in "
      "dem Sie Ihren gewöhnlichen Aufenthalt haben, bleiben unberührt. Sollte eine Bestimmung unwirksam sein, "
      "bleibt die Wirksamkeit der übrigen Bestimmungen unberührt."]),
]


def build_agb(path: Path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="AGB Fluentaro GmbH 2026", author="Fluentaro GmbH")
    story = [
        Paragraph("Allgemeine Geschäftsbedingungen der Fluentaro GmbH", H1),
        Paragraph("für Privatkundinnen und Privatkunden – Stand: 1. Januar 2026", BODY),
        Spacer(1, 0.4 * cm),
    ]
    for heading, paras in AGB_SECTIONS:
        story.append(Paragraph(heading, H2))
        for p in paras:
            story.append(Paragraph(p, BODY))
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph("Fluentaro GmbH · Brückenbogen 14 · 04109 Leipzig · Amtsgericht Leipzig HRB 48213 · "
                           "Geschäftsführung: Dr. Henrike Aldenhoven, Tobias Brenneisen", SMALL))
    doc.build(story,
              onFirstPage=lambda c, d: footer(c, d, "AGB Fluentaro GmbH – Stand 01.01.2026"),
              onLaterPages=lambda c, d: footer(c, d, "AGB Fluentaro GmbH – Stand 01.01.2026"))


# ------------------------------------------------------- Business rates (en, PDF)
def build_business_rates(path: Path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Fluentaro Business Rates 2026", author="Fluentaro GmbH")
    s = [
        Paragraph("Fluentaro Business – Rates 2026", H1),
        Paragraph("Valid for company contracts concluded or renewed between 1 January 2026 and 31 December 2026. "
                  "All prices are net prices in euros, plus statutory VAT. These rates do not apply to private "
                  "customers (see the private price list 2026).", BODY),
        Spacer(1, 0.3 * cm),
        Paragraph("1. Training formats", H2),
        pdf_table([
            ["Format", "Participants", "Price per teaching unit (45 min)"],
            ["Closed online group", "3–8", "78.00 €"],
            ["In-house group on-site", "3–10", "92.00 €"],
            ["Executive 1:1 online", "1", "64.00 €"],
            ["Executive 1:1 on-site", "1", "79.00 €"],
        ], [6, 3, 6]),
        Paragraph("Group prices are per teaching unit for the whole group, not per participant. "
                  "Minimum booking: 40 teaching units per contract year or 10 Go Business licences.", BODY),
        Paragraph("2. Fluentaro Go Business licences", H2),
        pdf_table([
            ["Product", "Price", "Conditions"],
            ["Fluentaro Go Business", "9.50 € per user per month", "annual billing, minimum 10 licences"],
        ], [5, 5, 6]),
        Paragraph("3. Volume discounts on teaching units (per contract year)", H2),
        pdf_table([
            ["Teaching units booked per contract year", "Discount"],
            ["from 200 teaching units", "5 %"],
            ["from 500 teaching units", "10 %"],
            ["from 1,000 teaching units", "12 %"],
        ], [10, 4]),
        Paragraph("Volume discounts are not applied to licences or exam fees.", BODY),
        Paragraph("4. Placement tests and exams", H2),
        pdf_table([
            ["Service", "Price"],
            ["Placement tests", "free for up to 50 employees per contract year, then 6.00 € per person"],
            ["FLZ exam A1–B1", "119.00 € per candidate"],
            ["FLZ exam B2–C1", "149.00 € per candidate"],
        ], [6, 9]),
        Paragraph("5. Travel costs for in-house training", H2),
        Paragraph("For in-house training more than 50 km away from our nearest learning centre (Leipzig or "
                  "Cologne) we charge a travel flat rate of 0.45 € per km (outward and return journey) from the "
                  "51st kilometre. Travel time is not charged.", BODY),
        Paragraph("6. Cancellation and payment", H2),
        Paragraph("In-house sessions can be cancelled free of charge up to 48 hours before the start; later "
                  "cancellations are charged in full. Invoices are issued monthly; payment term 30 days net.", BODY),
        Spacer(1, 0.4 * cm),
        Paragraph("Contact: Fluentaro Business · business@fluentaro.de · +49 341 5550 7790 "
                  "(Mon–Fri 9:00–17:00) · Head of Corporate Clients: Jasper Wennemann", SMALL),
    ]
    doc.build(s,
              onFirstPage=lambda c, d: footer(c, d, "Fluentaro Business Rates 2026 – confidential price list"),
              onLaterPages=lambda c, d: footer(c, d, "Fluentaro Business Rates 2026 – confidential price list"))


# ------------------------------------------------- Prüfungsordnung (de, DOCX)
def build_pruefungsordnung(path: Path):
    d = Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = "Prüfungs- und Zertifikatsordnung FLZ"
    d.core_properties.author = "Fluentaro GmbH, Prüfungsamt"
    d.add_heading("Prüfungs- und Zertifikatsordnung", 0)
    d.add_paragraph("Fluentaro Level-Zertifikat (FLZ) – Fassung vom 1. März 2026")

    d.add_heading("§ 1 Geltungsbereich", 1)
    d.add_paragraph("Diese Ordnung regelt die Prüfungen zum Fluentaro Level-Zertifikat (FLZ) auf den Niveaus "
                    "A1, A2, B1, B2 und C1 sowie die Ausstellung von Teilnahmebestätigungen. Die Prüfung steht "
                    "auch Personen offen, die keinen Kurs bei Fluentaro besuchen.")

    d.add_heading("§ 2 Prüfungsteile", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Prüfungsteil"
    t.rows[0].cells[1].text = "Dauer"
    for a, b in [("Lesen", "60 Minuten"), ("Hören", "40 Minuten"), ("Schreiben", "60 Minuten"),
                 ("Sprechen", "15 Minuten (vor Ort als Paarprüfung, online als Einzelprüfung)")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b

    d.add_heading("§ 3 Anmeldung", 1)
    d.add_paragraph("Die Anmeldung erfolgt über das Kundenkonto spätestens 21 Tage vor dem Prüfungstermin. "
                    "Die Prüfungsgebühr ist bei Anmeldung fällig. Prüfungen finden vor Ort in Leipzig oder Köln "
                    "oder online mit Aufsicht statt; die Termine werden auf fluentaro.de veröffentlicht.")

    d.add_heading("§ 4 Gebühren", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Leistung"
    t.rows[0].cells[1].text = "Gebühr"
    for a, b in [("FLZ-Prüfung A1, A2 oder B1", "129 €"),
                 ("FLZ-Prüfung B2 oder C1", "169 €"),
                 ("Wiederholung eines einzelnen Prüfungsteils", "59 €"),
                 ("Gedrucktes Zertifikat inkl. Versand", "12 €"),
                 ("Ersatzurkunde (PDF oder Druck)", "25 €")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("Kundinnen und Kunden mit aktivem Plus-Vertrag erhalten 20 % Ermäßigung auf die "
                    "Prüfungsgebühr und auf die Wiederholung einzelner Prüfungsteile. Für Firmenkunden gelten "
                    "die Business Rates.")

    d.add_heading("§ 5 Abmeldung und Rücktritt", 1)
    for txt in [
        "Eine Abmeldung ist bis 14 Tage vor dem Prüfungstermin kostenfrei; die Gebühr wird vollständig erstattet.",
        "Bei Abmeldung ab dem 13. Tag vor dem Prüfungstermin werden 50 % der Prüfungsgebühr einbehalten.",
        "Bei Nichterscheinen ohne Abmeldung wird die volle Prüfungsgebühr fällig.",
        "Bei Krankheit ist eine kostenfreie Umbuchung auf den nächsten Prüfungstermin möglich, wenn innerhalb "
        "von 5 Tagen nach dem Prüfungstermin ein ärztliches Attest eingereicht wird. Eine Erstattung erfolgt in "
        "diesem Fall nicht.",
    ]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("§ 6 Bewertung und Bestehen", 1)
    d.add_paragraph("Die Prüfung ist bestanden, wenn insgesamt mindestens 60 % der Punkte und in jedem "
                    "Prüfungsteil mindestens 50 % der Punkte erreicht werden. Wer die Prüfung insgesamt nicht "
                    "bestanden, aber mindestens drei von vier Prüfungsteilen bestanden hat, kann den nicht "
                    "bestandenen Teil innerhalb von 12 Monaten einzeln wiederholen.")

    d.add_heading("§ 7 Täuschungsversuche", 1)
    d.add_paragraph("Bei Täuschungsversuchen, insbesondere der Nutzung unerlaubter Hilfsmittel, wird die "
                    "Prüfung als nicht bestanden gewertet. Die Gebühr wird nicht erstattet.")

    d.add_heading("§ 8 Ergebnisse und Zertifikat", 1)
    d.add_paragraph("Die Ergebnisse werden innerhalb von 3 Wochen im Kundenkonto veröffentlicht. Das Zertifikat "
                    "wird als PDF mit einem Prüfcode ausgestellt; ein gedrucktes Exemplar kann gegen Gebühr "
                    "bestellt werden. Prüfungsergebnisse werden ohne Einwilligung nicht an Dritte, auch nicht an "
                    "Arbeitgeber, weitergegeben. Das Zertifikat ist unbefristet gültig.")

    d.add_heading("§ 9 Nachteilsausgleich", 1)
    d.add_paragraph("Prüfungsteilnehmende mit Behinderung oder chronischer Erkrankung können einen "
                    "Nachteilsausgleich beantragen (z. B. bis zu 25 % Zeitverlängerung oder ein separater Raum). "
                    "Der Antrag ist mindestens 4 Wochen vor dem Prüfungstermin mit einem ärztlichen Attest "
                    "an pruefungsamt@fluentaro.de zu richten. Prüfungen mit Nachteilsausgleich finden bevorzugt "
                    "im Lernzentrum Leipzig statt.")

    d.add_heading("§ 10 Teilnahmebestätigung", 1)
    d.add_paragraph("Unabhängig von einer Prüfung erhalten Teilnehmende an Live-Gruppenkursen, "
                    "Präsenz-Abendkursen und Intensivkursen kostenlos eine Teilnahmebestätigung, wenn sie "
                    "mindestens 75 % der Unterrichtseinheiten eines Moduls besucht haben. Die "
                    "Teilnahmebestätigung steht nach Modulende im Kundenkonto unter „Meine Dokumente“ zum Download "
                    "bereit. Sie bescheinigt die Teilnahme, aber kein Sprachniveau.")

    d.add_heading("§ 11 Inkrafttreten", 1)
    d.add_paragraph("Diese Ordnung tritt am 1. März 2026 in Kraft und ersetzt die Fassung vom 1. Januar 2025.")
    d.add_paragraph("Leipzig, im Februar 2026 – Fluentaro GmbH, Prüfungsamt (Leitung: Dr. Sanna Lehtovaara)")
    d.save(str(path))


# ------------------------------------------------ Onboarding guide (en, DOCX)
def build_onboarding(path: Path):
    d = Document()
    d.core_properties.title = "Onboarding Guide for Company Clients"
    d.core_properties.author = "Fluentaro Business"
    d.add_heading("Onboarding Guide for Company Clients", 0)
    d.add_paragraph("Fluentaro Business – version 3.2, September 2026. For HR and L&D teams of our corporate "
                    "clients.")

    d.add_heading("1. Your onboarding in six steps", 1)
    steps = [
        "Kick-off call (45 minutes) with your key account manager: goals, languages, budget and reporting needs.",
        "Set-up of the Fluentaro Business Cockpit, our admin portal. You can name up to 5 admin users.",
        "Inviting employees: the Cockpit sends personal invitation links by e-mail. Links are valid for 14 days; "
        "an automatic reminder goes out after 5 days.",
        "Placement tests: employees complete the online placement test (about 40 minutes).",
        "Group formation: we form groups within 10 business days after all placement tests are completed.",
        "Start of training: you receive the timetable and the classroom links for every group.",
    ]
    for s in steps:
        d.add_paragraph(s, style="List Number")

    d.add_heading("2. Managing learners and licences", 1)
    d.add_paragraph("Admins can add or remove learners in the Cockpit at any time. Additional Go Business "
                    "licences are billed pro rata from the day they are activated. Each licence can be reassigned "
                    "to another employee once per month.")

    d.add_heading("3. Reporting and data protection", 1)
    d.add_paragraph("HR admins can only see attendance and learning progress of employees who have given their "
                    "consent in their learner profile. Without consent, the Cockpit only shows whether a licence "
                    "is active or inactive. Employees can withdraw their consent at any time. Exam results are "
                    "never shared with the employer without the employee's consent.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Data", "With employee consent", "Without consent"
    for row in [("Licence active / inactive", "visible", "visible"),
                ("Attendance per session", "visible", "not visible"),
                ("Progress and module tests", "visible", "not visible"),
                ("FLZ exam results", "visible", "not visible")]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = row
    d.add_paragraph("Monthly attendance reports are sent to the admin users on the 3rd business day of each "
                    "month.")

    d.add_heading("4. When an employee leaves your company", 1)
    d.add_paragraph("Remove the employee in the Cockpit; the licence becomes free and can be reassigned "
                    "immediately. The employee can transfer their learning history to a private Fluentaro "
                    "account within 90 days. After 90 days their personal learning data is deleted.")

    d.add_heading("5. Invoices", 1)
    d.add_paragraph("Invoices are issued monthly and sent by e-mail to the billing address you provided. Purchase "
                    "order (PO) numbers and cost centres can be printed on the invoice if you tell us before the "
                    "first invoice. Payment term: 30 days.")

    d.add_heading("6. Contacts", 1)
    d.add_paragraph("Fluentaro Business team: business@fluentaro.de, +49 341 5550 7790 (Monday–Friday "
                    "9:00–17:00). Technical issues of individual learners: technical support +49 341 5550 7720.")
    d.save(str(path))


# ------------------------------------------------------------------- check
def extract_pdf(path: Path) -> str:
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def extract_docx(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


CHECKS = {
    "vertrag-zahlung/AGB_Fluentaro_2026.pdf": ["Widerrufsfrist", "PayPal", "7 Tagen", "12 Monaten", "6,50"],
    "firmenkunden/Business_Rates_2026.pdf": ["64.00", "92.00", "5 %", "0.45", "119.00"],
    "pruefungen/Pruefungsordnung_FLZ_2026.docx": ["169 €", "20 %", "60 %", "50 %", "75 %", "Attest"],
    "firmenkunden/Onboarding_Guide_Company_Clients.docx": ["consent", "14 days", "90 days"],
}


def main():
    build_agb(KB / "vertrag-zahlung" / "AGB_Fluentaro_2026.pdf")
    build_business_rates(KB / "firmenkunden" / "Business_Rates_2026.pdf")
    build_pruefungsordnung(KB / "pruefungen" / "Pruefungsordnung_FLZ_2026.docx")
    build_onboarding(KB / "firmenkunden" / "Onboarding_Guide_Company_Clients.docx")
    ok = True
    for rel, facts in CHECKS.items():
        p = KB / rel
        text = extract_pdf(p) if p.suffix == ".pdf" else extract_docx(p)
        missing = [f for f in facts if f not in text]
        print(f"{rel}: {len(text)} chars extracted, missing: {missing or 'none'}")
        ok &= not missing
    if not ok:
        raise SystemExit("some facts are missing from the extracted text")


if __name__ == "__main__":
    main()
