#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the knowledge base.

Run with a venv that has reportlab and python-docx:
    python3 -m venv /tmp/driving-venv && /tmp/driving-venv/bin/pip install reportlab python-docx pypdf
    /tmp/driving-venv/bin/python tools/build_binary_docs.py
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


# ---------------------------------------------------------------- PDF helpers
def pdf(path, title, blocks, author="Fahrschule Grünpfeil GmbH"):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, styles["Title"]), Spacer(1, 6)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "li":
            for item in content:
                story.append(Paragraph("• " + item, styles["BodyText"]))
        elif kind == "table":
            data = [[Paragraph(c, styles["BodyText"]) for c in row] for row in content]
            t = Table(data, colWidths=[8.5 * cm, 8 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ead3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        story.append(Spacer(1, 5))
    doc.build(story)


# ---------------------------------------------------------------- DOCX helpers
def docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Fahrschule Grünpfeil GmbH"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, level=1)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for row in content:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
    d.save(str(path))


# ---------------------------------------------------------------- recht/agb.pdf (de)
AGB = [
    ("p", "Allgemeine Geschäftsbedingungen für die Ausbildung in allen Führerscheinklassen. Stand: 01.01.2026."),
    ("h", "§ 1 Geltungsbereich"),
    ("p", "Diese AGB gelten für alle Ausbildungsverträge zwischen der Fahrschule Grünpfeil GmbH, Gerberstraße 14, "
          "04105 Leipzig, und ihren Fahrschülerinnen und Fahrschülern (Privatkunden). Für Firmenkunden gelten ergänzend "
          "die Bedingungen von Grünpfeil Business."),
    ("h", "§ 2 Vertragsschluss und Widerruf"),
    ("p", "Der Ausbildungsvertrag kommt mit der Unterschrift beider Seiten im Büro oder mit der Bestätigung der "
          "Online-Anmeldung zustande. Bei Minderjährigen muss ein Erziehungsberechtigter unterschreiben. Wird der "
          "Vertrag online geschlossen, steht Ihnen ein Widerrufsrecht von 14 Tagen zu. Bereits in Anspruch genommene "
          "Leistungen werden anteilig berechnet."),
    ("h", "§ 3 Entgelte und Zahlung"),
    ("p", "Es gilt die Preisliste, die bei Vertragsschluss gültig war. Der Grundbetrag und das Lernmaterial sind bei "
          "der Anmeldung fällig. Fahrstunden werden im Voraus über das Guthaben in der App oder spätestens am Ende der "
          "Kalenderwoche bezahlt. Preisänderungen gelten nur für neu abgeschlossene Verträge; für laufende Verträge "
          "bleibt die bei Vertragsschluss gültige Preisliste maßgeblich. Gebühren der Prüfstelle und der Fahrerlaubnisbehörde sind keine Entgelte der Fahrschule."),
    ("h", "§ 4 Absage von Fahrstunden"),
    ("p", "Fahrstunden können bis 48 Stunden vor Beginn kostenfrei abgesagt werden. Maßgeblich ist der Eingang der "
          "Absage in der App, per WhatsApp oder per E-Mail."),
    ("table", [["Zeitpunkt der Absage", "Ausfallentgelt"],
               ["48 Stunden oder früher vor Beginn", "kostenfrei"],
               ["weniger als 48 Stunden, aber mindestens 24 Stunden vorher", "50 % des Fahrstundenpreises"],
               ["weniger als 24 Stunden vorher oder Nichterscheinen", "voller Fahrstundenpreis (100 %)"]]),
    ("p", "Bei Krankheit entfällt das Ausfallentgelt, wenn innerhalb von 3 Tagen ein ärztliches Attest vorgelegt wird. "
          "Die Fahrlehrerin bzw. der Fahrlehrer wartet 15 Minuten; wer später erscheint, gilt als nicht erschienen. "
          "Sagt die Fahrschule eine Fahrstunde ab, erhalten Sie kostenfrei einen Ersatztermin."),
    ("h", "§ 5 Prüfungen"),
    ("p", "Die Fahrschule meldet zur Prüfung an, wenn der Ausbildungsstand dies erlaubt. Sagen Sie einen "
          "Prüfungstermin weniger als 10 Werktage vorher ab, verfällt die Gebühr der Prüfstelle und wir berechnen 50 % "
          "der Vorstellungsgebühr. Bei Krankheit mit ärztlichem Attest entfällt unser Anteil; über die Gebühr der "
          "Prüfstelle entscheidet die Prüfstelle."),
    ("h", "§ 6 Kündigung und Fahrschulwechsel"),
    ("p", "Sie können den Ausbildungsvertrag jederzeit ohne Angabe von Gründen kündigen. Kündigen Sie vor Beginn des "
          "Theorieunterrichts, erstatten wir 50 % des Grundbetrags; nach Beginn des Theorieunterrichts wird der "
          "Grundbetrag nicht erstattet. Nicht verbrauchtes Guthaben erstatten wir innerhalb von 14 Tagen. Den "
          "Ausbildungsnachweis übergeben wir an Sie oder Ihre neue Fahrschule."),
    ("h", "§ 7 Ruhen und Ende der Ausbildung"),
    ("p", "Findet 12 Monate lang keine Ausbildung statt (weder Theorie noch Fahrstunde), endet der Vertrag automatisch. "
          "Für einen Wiedereinstieg berechnen wir 50 % des dann gültigen Grundbetrags."),
    ("h", "§ 8 Pflichten der Fahrschülerin / des Fahrschülers"),
    ("p", "Es gilt 0,0 Promille. Wer unter dem Einfluss von Alkohol, Drogen oder fahruntüchtig machenden Medikamenten "
          "erscheint, wird nicht ausgebildet; die Fahrstunde wird voll berechnet. Eine im Sehtest vorgeschriebene "
          "Sehhilfe ist zu tragen. Geeignetes Schuhwerk ist Pflicht, für Motorradstunden vollständige Schutzkleidung."),
    ("h", "§ 9 Haftung"),
    ("p", "Die Ausbildungsfahrzeuge sind vollkaskoversichert. Die Fahrschülerin bzw. der Fahrschüler haftet für "
          "Schäden am Fahrzeug nur bei Vorsatz. Einen Prüfungserfolg schuldet die Fahrschule nicht."),
    ("h", "§ 10 Intensivkurse"),
    ("p", "Für Intensivkurse ist bei der Buchung eine Anzahlung fällig (Drei-Wochen-Führerschein: 500 €; Fast Track "
          "International: 600 €). Für den Rücktritt gelten die Stornoregeln für Intensivkurse: bis 28 Tage vor "
          "Kursbeginn kostenfrei, 27 bis 8 Tage vorher 30 % des Paketpreises, ab 7 Tagen vorher 60 % des Paketpreises."),
    ("h", "§ 11 Datenschutz"),
    ("p", "Informationen zur Verarbeitung Ihrer Daten finden Sie in unseren Datenschutzhinweisen."),
    ("h", "§ 12 Schlussbestimmungen"),
    ("p", "Es gilt deutsches Recht. Gerichtsstand für Kaufleute ist Leipzig. Zur Teilnahme an einem "
          "Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle sind wir weder bereit noch verpflichtet. "
          "Sollte eine Bestimmung unwirksam sein, bleiben die übrigen Bestimmungen wirksam."),
]

# ---------------------------------------------------------------- recht/cancellation-policy.pdf (en)
CANCEL = [
    ("p", "Valid from 1 January 2026 for all private customers of Fahrschule Grünpfeil GmbH. This summary is part of "
          "our terms and conditions (AGB)."),
    ("h", "1. How to cancel"),
    ("p", "Cancel in the Grünpfeil app, via WhatsApp (0157 3391 2046) or by email to your branch. What counts is the "
          "time your cancellation reaches us. Phone calls are only accepted during office hours."),
    ("h", "2. Driving lessons"),
    ("table", [["When you cancel", "Fee"],
               ["48 hours or more before the lesson", "free of charge"],
               ["less than 48 hours but at least 24 hours before", "50 % of the lesson price"],
               ["less than 24 hours before, or no-show", "100 % of the lesson price"]]),
    ("p", "Example: a double lesson (2 x 45 minutes, class B) cancelled 30 hours in advance costs 68.00 €, i.e. 50 % "
          "of 136.00 €."),
    ("p", "Illness: if you submit a doctor's certificate within 3 days, no fee is charged. "
          "Late arrival: your instructor waits 15 minutes; after that the lesson counts as a no-show. "
          "If we cancel a lesson, you get a replacement appointment free of charge."),
    ("h", "3. Theory and practical tests"),
    ("p", "If you cancel a test appointment less than 10 working days before the test, the test centre fee is "
          "forfeited and we charge 50 % of our presentation fee. With a doctor's certificate we waive our part; the "
          "test centre decides on its own fee."),
    ("h", "4. Intensive courses (Three-Week Licence, Fast Track International)"),
    ("table", [["When you withdraw", "Fee"],
               ["28 days or more before the course starts", "free of charge, deposit refunded in full"],
               ["27 to 8 days before the start", "30 % of the package price"],
               ["7 days or less before the start", "60 % of the package price"],
               ["after the course has started", "no refund; with a doctor's certificate, unused services are kept as credit"]]),
    ("h", "5. Professional driver (BKF) modules"),
    ("p", "Private customers can cancel free of charge up to 7 days before the module; after that we charge 50 % of "
          "the module price. Business customers can send a substitute participant free of charge up to one day before."),
    ("h", "6. First-aid course"),
    ("p", "Free of charge up to 3 days before the course date; after that a no-show fee of 20 € is charged."),
    ("h", "7. Questions"),
    ("p", "Central phone 0341 4928 100 (Mon-Fri 09:00-17:00) or info@fahrschule-gruenpfeil.de."),
]

# ---------------------------------------------------------------- kurse/erste-hilfe-kurs.docx (de)
FIRSTAID = [
    ("p", "Wer einen Führerschein beantragt, muss an einer Erste-Hilfe-Schulung teilgenommen haben. Bei Grünpfeil "
          "können Sie den Kurs direkt in unseren Räumen machen – gemeinsam mit unserem Partner, der Rettungsschule "
          "Auwald e. V."),
    ("h", "Das Wichtigste auf einen Blick"),
    ("table", [["Umfang", "9 Unterrichtseinheiten à 45 Minuten an einem Tag"],
               ["Uhrzeit", "samstags 08:30 – 16:30 Uhr (inkl. Mittagspause)"],
               ["Ort", "Standort Leipzig-Zentrum, Gerberstraße 14, Schulungsraum 2 (2. OG)"],
               ["Preis für Grünpfeil-Fahrschüler", "39 €"],
               ["Preis für externe Teilnehmer", "45 €"],
               ["Teilnehmerzahl", "maximal 20 Personen"],
               ["Gültig für", "alle Führerscheinklassen, die Bescheinigung hat kein Ablaufdatum"]]),
    ("h", "Termine Januar bis März 2027"),
    ("table", [["Datum", "Plätze"],
               ["Samstag, 09.01.2027", "frei"],
               ["Samstag, 23.01.2027", "frei"],
               ["Samstag, 13.02.2027", "wenige Plätze"],
               ["Samstag, 27.02.2027", "frei"],
               ["Samstag, 13.03.2027", "frei"]]),
    ("p", "Im Dezember 2026 findet kein Erste-Hilfe-Kurs mehr statt."),
    ("h", "Inhalte"),
    ("li", ["Absichern einer Unfallstelle und Notruf",
            "Bewusstlosigkeit, stabile Seitenlage",
            "Herz-Lungen-Wiederbelebung und Einsatz eines Defibrillators (AED)",
            "Starke Blutungen, Wundversorgung, Schock",
            "Helmabnahme bei Motorradunfällen",
            "Verhalten bei Herzinfarkt, Schlaganfall und allergischem Schock"]),
    ("h", "Was muss ich mitbringen?"),
    ("li", ["gültigen Personalausweis oder Reisepass",
            "bequeme Kleidung (wir üben auch auf dem Boden)",
            "Verpflegung für die Mittagspause; Kaffee, Tee und Wasser stellen wir"]),
    ("h", "Allergien und gesundheitliche Einschränkungen"),
    ("p", "Für Teilnehmende mit Latexallergie stellen wir latexfreie Handschuhe bereit – bitte geben Sie die Allergie "
          "bei der Anmeldung an. Wer körperlich eingeschränkt ist (z. B. nach einer Operation), kann die praktischen "
          "Übungen angepasst mitmachen; sprechen Sie dazu am Kurstag mit der Kursleitung."),
    ("h", "Anmeldung und Stornierung"),
    ("p", "Anmeldung im Büro, in der Grünpfeil-App oder per E-Mail an info@fahrschule-gruenpfeil.de. Eine kostenfreie "
          "Stornierung ist bis 3 Tage vor dem Kurstag möglich. Bei späterer Absage oder Nichterscheinen berechnen wir "
          "eine Ausfallgebühr von 20 €. Die Teilnahmebescheinigung erhalten Sie direkt am Ende des Kurses."),
    ("h", "Kurse außerhalb von Grünpfeil"),
    ("p", "Sie können den Kurs auch bei jeder anderen anerkannten Stelle machen. Wichtig ist, dass die Bescheinigung "
          "9 Unterrichtseinheiten ausweist. Ältere Bescheinigungen (z. B. aus der Berufsausbildung) werden ebenfalls "
          "anerkannt, wenn sie diesen Umfang haben."),
]

# ---------------------------------------------------------------- zahlung/payment-plans.docx (en)
PAYPLAN = [
    ("p", "With FlexPay you can spread the cost of your driving licence over several months. FlexPay is available "
          "for private customers in all licence classes and for our intensive courses. It is free of interest."),
    ("h", "How it works"),
    ("li", ["Down payment: at registration you pay the basic fee and the learning materials (class B: 509.00 €).",
            "The remaining expected training costs (the amount to be financed) are split into equal monthly instalments.",
            "Instalments are collected by SEPA direct debit on the 1st of each month.",
            "Interest rate: 0 %. A one-time set-up fee of 25 € is charged with the first instalment.",
            "If you need more lessons than planned, we simply add them to the plan."]),
    ("h", "Maximum number of instalments"),
    ("p", "The number of instalments depends on the amount to be financed:"),
    ("table", [["Amount to be financed", "Maximum number of monthly instalments"],
               ["up to 1,500 €", "3 instalments"],
               ["1,500.01 € to 3,000 €", "6 instalments"],
               ["3,000.01 € to 6,000 €", "10 instalments"],
               ["more than 6,000 €", "12 instalments"]]),
    ("p", "Example: the amount to be financed is 2,700 €. You can pay it in up to 6 monthly instalments of 450 €."),
    ("h", "Who can use FlexPay?"),
    ("li", ["Private customers aged 18 or over with a bank account in the SEPA area.",
            "Under 18: a parent or guardian signs the payment plan and the direct debit mandate.",
            "Business customers cannot use FlexPay; they always pay by invoice (30 days net)."]),
    ("h", "Important rules"),
    ("li", ["Test centre fees and the licence office fee are not part of the plan; you pay them directly.",
            "Intensive courses: the package must be fully paid before the practical test.",
            "Missed instalment: we charge a reminder fee of 5 €. After two missed instalments, lesson bookings are paused until the arrears are paid.",
            "You can pay off the remaining amount early at any time, free of charge."]),
    ("h", "How to apply"),
    ("p", "Ask for the FlexPay form at the office or apply in the Grünpfeil app under Payments. We decide within 3 "
          "working days. No credit check (SCHUFA) is carried out for amounts up to 3,000 €."),
    ("p", "Questions about your personal payment plan or an instalment that could not be collected: please contact "
          "the office of your branch."),
]

if __name__ == "__main__":
    pdf(KB / "recht" / "agb.pdf", "Allgemeine Geschäftsbedingungen (AGB)", AGB)
    pdf(KB / "recht" / "cancellation-policy.pdf", "Cancellation policy - lessons, tests and courses", CANCEL)
    docx(KB / "kurse" / "erste-hilfe-kurs.docx", "Erste-Hilfe-Kurs für Führerscheinbewerber", FIRSTAID)
    docx(KB / "zahlung" / "payment-plans.docx", "FlexPay - payment plans for private customers", PAYPLAN)
    print("built 2 PDF + 2 DOCX")
